"""Charsets: a MIME charset label to a Python codec, with the aliases and fallbacks
real mail needs (EUC-KR as CP949, Shift_JIS as CP932, GB2312 as GB18030 ...).
"""

from __future__ import annotations

import codecs
import functools
import re

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def no_surrogates(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


# Names real mail uses that Python spells differently, or where a superset
# decodes what the senders actually meant (Outlook's ks_c_5601-1987 is
# cp949; "iso-8859-1" mail is nearly always windows-1252; gb2312 senders
# use GBK/GB18030 characters).
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601_1987": "cp949",
    "ks_c_5601": "cp949",
    "ksc5601": "cp949",
    "ksc_5601": "cp949",
    "euc-kr": "cp949",
    "euckr": "cp949",
    "x-windows-949": "cp949",
    "windows-949": "cp949",
    "gb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "cn-gb": "gb18030",
    "big5": "big5hkscs",
    "x-big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "ascii",
    "ascii": "ascii",
    "ansi_x3.4-1968": "ascii",
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-6-i": "iso8859_6",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "unicode-1-1-utf-7": "utf-7",
    "utf8": "utf-8",
}
# Then tried in order when the declared charset fails strictly.
_FALLBACKS = {
    "ascii": ("utf-8", "cp1252", "latin-1"),
    "cp1252": ("utf-8", "latin-1"),
    "iso2022_jp": ("iso2022_jp_2", "iso2022_jp_ext", "cp932"),
    "euc_jp": ("euc_jis_2004", "cp932"),
}
_NOT_TEXT = frozenset({"unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined"})


@functools.lru_cache(maxsize=512)
def codec_for(charset: str | None) -> str | None:
    """The Python codec for a MIME charset name, or None for unknown/bogus names."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower().split("*", 1)[0]
    if not name or len(name) > 40:
        return None
    name = _CHARSET_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_TEXT:
        return None
    return info.name


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Text from ``data`` in ``charset``; never raises.

    A declared charset that fails (or that Python does not know) falls back
    to UTF-8, then to UTF-8 with replacement characters. Undeclared 8-bit
    text is tried as UTF-8, then as windows-1252, the usual legacy case.

    >>> decode_bytes(b"caf\\xff", "x-bogus"), decode_bytes(b"caf\\xe9", None)
    ('caf\\ufffd', 'café')
    """
    codec = codec_for(charset)
    if codec is None:
        candidates = ["utf-8"] if charset else ["utf-8", "cp1252"]
    else:
        candidates = [codec, *_FALLBACKS.get(codec, ("utf-8",))]
    for candidate in candidates:
        try:
            return no_surrogates(data.decode(candidate))
        except (UnicodeError, LookupError):
            continue
    return no_surrogates(data.decode(codec or "utf-8", "replace"))
