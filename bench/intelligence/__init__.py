"""Generalisation of the mail intelligence: a labelled set of support conversations in
real helpdesk wrappers, and its score (``python -m bench.intelligence``)."""
