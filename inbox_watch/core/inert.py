"""Mail text made inert before a terminal or a notification shows it.

Pure. A subject, a sender's name or a snippet is the sender's text: it may carry
terminal escape sequences (``ESC ]8;;file:///...`` links, ``ESC [2J`` clearing the
screen), bidirectional overrides that reverse what follows (U+202E), thousands of
combining marks, or a megabyte of text. The store keeps it as it came; what is shown
is this: controls in caret notation (``^[``), no bidi controls, at most a few
combining marks per character, and a bounded length. Rich markup needs nothing here:
the terminal views build ``rich.text.Text``, which never reads markup.
"""

from __future__ import annotations

import unicodedata

# Directional embeddings, overrides and isolates, and the marks that steer them.
_BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
# Zero-width joiner and non-joiner shape emoji and Indic/Persian text: kept.
_KEPT_FORMAT = frozenset("\u200c\u200d")
MAX_COMBINING = 4  # enough for Vietnamese or a Korean jamo sequence, not for "Zalgo"
DEFAULT_LIMIT = 300


def inert(text: str, limit: int = DEFAULT_LIMIT) -> str:
    """``text`` safe to print: controls shown as ``^X``, bidi controls dropped,
    combining marks capped, at most ``limit`` characters (then "…").

    >>> inert("Re: \x1b[2Jhello\u202egnp.exe")
    'Re: ^[[2Jhellognp.exe'
    >>> inert("x" * 10, limit=4)
    'xxx…'
    """
    # Bounded work for a megabyte subject: what is read is a small multiple of what
    # can be shown (dropped marks and controls need some slack).
    window = text[: limit * 8]
    shown: list[str] = []
    marks = 0
    for char in window:
        if char in _BIDI_CONTROLS:
            continue
        category = unicodedata.category(char)
        if category.startswith("M"):
            marks += 1
            if marks > MAX_COMBINING:
                continue
        else:
            marks = 0
        shown.append(_visible(char, category))
    result = "".join(shown)
    if len(result) > limit or len(window) < len(text):
        return result[: limit - 1] + "…"
    return result


def _visible(char: str, category: str) -> str:
    if char in "\t\n\r":
        return " "  # one line per field
    if category == "Cc":
        code = ord(char)
        if code < 0x20 or code == 0x7F:
            return "^" + chr(code ^ 0x40)  # ESC -> ^[, DEL -> ^?
        return f"<U+{code:04X}>"  # C1 controls (CSI 0x9B among them)
    if category == "Cf" and char not in _KEPT_FORMAT:
        return ""
    return char
