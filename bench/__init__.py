"""The benchmark of issue 7: `python -m bench` (make bench, make bench-large).

Not installed with inbox-watch and not collected by pytest; tests/bench tests its parts.
"""
