"""Subjects: the reply and forward prefixes mail clients add, in one place.

Pure. Used by classification (does a subject continue a conversation?) and by matching
(do two subjects name the same request?).
"""

from __future__ import annotations

import re

# The prefixes of the mail clients our users meet (English, German, Nordic, Dutch,
# French, Spanish/Portuguese, Italian, Polish, Turkish, Finnish, Korean, Japanese,
# Chinese), with Outlook's counter "RE[2]:" and full-width colons.
_PREFIX_WORDS = (
    r"re|aw|antw|fw|fwd|wg|tr|rv|res|sv|vs|vb|vl|ynt|r|rif|odp|enc|doorst"
    r"|답장|회신|전달|返信|転送|答复|回复|转发"
)
# Tags a mail system or helpdesk puts in front of the prefix: "[EXTERNAL] RE: ...",
# "[Acme] Re: ..." (Zendesk's account tag), "*EXTERNAL* Re: ...". They count only
# when a prefix follows them.
_LEADING_TAGS = r"(?:\[[^\[\]\n]{1,40}\]\s*|\*{1,2}external\*{1,2}\s*:?\s*)*"
REPLY_PREFIX = re.compile(
    r"^\s*" + _LEADING_TAGS + r"(?:(?:" + _PREFIX_WORDS + r")\s*(?:\[\d+\])?\s*[:：]\s*)+",
    re.IGNORECASE,
)
_TAGS = re.compile(r"\[[^\]]*\]|\(\s*\d+\s*\)|#\d+")


def has_reply_prefix(subject: str) -> bool:
    """True when the subject answers or forwards earlier mail.

    >>> [has_reply_prefix(s) for s in ("AW: Ihre Anfrage", "회신: 문의", "Recap: x")]
    [True, True, False]
    """
    return REPLY_PREFIX.search(subject) is not None


def strip_prefixes(subject: str) -> str:
    """The subject without its reply and forward prefixes.

    >>> strip_prefixes("Re: RE[2]: Fwd: Billing")
    'Billing'
    """
    return REPLY_PREFIX.sub("", subject)


def normalise_subject(subject: str) -> str:
    """A subject without reply prefixes, ticket tags and case, for comparison.

    >>> normalise_subject("Re: [Request #123] Billing  question")
    'billing question'
    """
    stripped = _TAGS.sub(" ", strip_prefixes(subject))
    return " ".join(stripped.lower().split())
