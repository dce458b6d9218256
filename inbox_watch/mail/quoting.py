"""The new text of a reply: its own words, without quoted history, forwards and signatures."""

from __future__ import annotations

import functools
import logging
import re

from mailparser_reply import EmailReplyParser

from inbox_watch.core.quoting import own_lines

log = logging.getLogger(__name__)

# Quoted-history detection looks at the top of the body only: the new text is
# there, and the reply parser's regexes are superlinear on long lines.
_NEW_TEXT_WINDOW = 32 * 1024

_REPLY_PARSER_MAX_LINE = 300

# Not "pl": its Outlook rule splits on a single "Data:"/"Od:" line.
REPLY_LANGUAGES = ("en", "de", "fr", "es", "ko", "ja", "it", "nl")


def extract_new_text(body_text: str) -> str:
    """The reply's own new text: the core's line rules, then the reply
    parser for history headers they do not know.

    >>> extract_new_text("Fixed.\\n\\nOn Tue, 2 Sep 2025, Me <me@x.org> wrote:\\n> help")
    'Fixed.'
    """
    return _reply_parser_cut(own_lines(body_text[:_NEW_TEXT_WINDOW]))


# Cheap pre-check: a line ending in a colon, or starting with one or two short
# words and a colon (Outlook's "From:", "Von:", "보낸 사람:").
_REPLY_PARSER_TRIGGER = re.compile(
    r"[:：][ \t]*$|^[ \t>*]*[^\s:：]{1,20}(?:[ \t][^\s:：]{1,20})?[ \t]*[:：]|Original Message",
    re.MULTILINE | re.IGNORECASE,
)


@functools.cache
def _reply_parser() -> EmailReplyParser:
    return EmailReplyParser(languages=list(REPLY_LANGUAGES))


def _reply_parser_cut(lines: list[str]) -> str:
    """Let mail-parser-reply find what the line rules missed (other languages'
    "wrote" lines, Outlook header blocks) and keep the text above it."""
    text = "\n".join(lines).strip()
    if not text or not _REPLY_PARSER_TRIGGER.search(text):
        return text  # every history header it knows has a colon (or "Original Message")
    # Its regexes are quadratic on long lines ("On " + 16 KB takes seconds):
    # hand it placeholders for those and put them back afterwards.
    long_lines: dict[str, str] = {}
    short: list[str] = []
    for line in lines:
        if len(line) > _REPLY_PARSER_MAX_LINE:
            key = f"\ue000{len(long_lines)}\ue001"
            long_lines[key] = line.strip()
            short.append(key)
        else:
            short.append(line)
    try:
        parsed = _reply_parser().read(text="\n".join(short))
        replies = parsed.replies
    except Exception:
        log.debug("mail-parser-reply failed; keeping the line-rule result", exc_info=True)
        return text
    if len(replies) < 2 or replies[0].headers:
        return text  # no history found (or it starts the text: nothing to cut by)
    result = str(replies[0].content)
    for key, line in long_lines.items():
        result = result.replace(key, line)
    return result.strip()
