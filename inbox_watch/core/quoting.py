"""Where a message's own words end: helpdesk delimiters, quoted history,
forwarded parts and signatures, as line rules over plain text.

The one home of this rule: the mail layer cuts a reply's new text with it,
and ticket extraction cuts again with it so that a footer's or a quoted
mail's number never becomes a ticket.
"""

from __future__ import annotations

import functools
import re

from inbox_watch.core import vendors

_OWN_DELIMITERS = (
    "##- Please type your reply above this line -##",
    "Please type your reply above this line",
    "Please reply above this line",
    "Reply above this line",
    "Please do not write below this line",
)
_DELIMITER_WORDS = re.compile(
    r"(?:reply|respond|write|type|answer|antworten?|schreiben)\b.{0,40}\babove\s+(?:this|the)\s+line"
    r"|do\s+not\s+(?:write|reply)\s+below\s+this\s+line"
    r"|(?:oberhalb|über)\s+dieser\s+zeile|au-dessus\s+de\s+cette\s+ligne"
    r"|(?:encima|arriba)\s+de\s+esta\s+l[ií]nea|この行より上|이\s*줄\s*위",
    re.IGNORECASE,
)


@functools.cache
def _delimiters() -> tuple[str, ...]:
    # Every helpdesk style's delimiters, plus the common ones of this module.
    found = [d for d in vendors.ALL_REPLY_DELIMITERS if d.strip()]
    return tuple(dict.fromkeys(d.strip().lower() for d in (*found, *_OWN_DELIMITERS)))


def _is_delimiter(line: str) -> bool:
    stripped = line.strip().lstrip(">").strip()
    if not stripped or len(stripped) > 120:
        return False
    # Zendesk localises the sentence but always wraps it in "##- ... -##".
    if stripped.startswith("##") and stripped.endswith("##") and any(map(str.isalpha, stripped)):
        return True
    lowered = stripped.lower()
    return any(d in lowered for d in _delimiters()) or bool(_DELIMITER_WORDS.search(stripped))


_WROTE = re.compile(
    r"^(?:"
    r"On\b.{0,250}\bwrote\s*:"  # en (Gmail, Apple Mail, Thunderbird)
    r"|Am\b.{0,250}\bschrieb\b.{0,250}:"  # de
    r"|Le\b.{0,250}\ba\s+[ée]crit\s*:"  # fr
    r"|El\b.{0,250}\bescribi[óo]\s*:"  # es
    r"|\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일.{0,250}(?:작성|님이\s*씀|보냄)\S*\s*:"  # ko
    # ja: Gmail "2025年9月3日(水) 10:00 Name <a@b>:", Outlook/Thunderbird variants
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,250}(?:>|のメッセージ|書きました|wrote)\s*[:：]"
    r"|.{0,250}<[^<>\s]+@[^<>\s]+>\s*(?:wrote|schrieb|a\s+[ée]crit|escribi[óo]|님이\s*작성\S*)\s*:"
    r")\s*$",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"^(?:-{2,}|_{2,}|={2,})\s*(?:Forwarded message|Forwarded e-?mail|Original Message"
    r"|Weitergeleitete Nachricht|Urspr[üu]ngliche Nachricht|Originalnachricht"
    r"|Message transf[ée]r[ée]|Message d'origine|Message original"
    r"|Mensaje reenviado|Mensaje original"
    r"|전달된 메시지|전달된 메일|원본 메시지|원본 메일|転送されたメッセージ|転送メッセージ"
    r"|元のメッセージ|オリジナルメッセージ)\s*(?:-{2,}|_{2,}|={2,})?\s*$"
    r"|^(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht"
    r"|D[ée]but du message r[ée]exp[ée]di[ée]|Inicio del mensaje reenviado)\s*:\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(
    r"^\**(?:From|Von|De|Van|Da|Från|Od|보낸\s*사람|差出人|送信者|发件人)\**\s*[:：]", re.IGNORECASE
)
_OUTLOOK_NEXT = re.compile(
    r"^\**(?:Sent|Date|To|Subject|Cc|Gesendet|Datum|An|Betreff|Envoy[ée]|[ÀA]|Objet"
    r"|Enviado|Fecha|Para|Asunto|보낸\s*날짜|받는\s*사람|제목|날짜|送信日時|日時|宛先|件名|日付)\**\s*[:：]",
    re.IGNORECASE,
)
_RULE = re.compile(r"^[-_=─—–*~]{10,}$")
_DECORATION = re.compile(r"[-_=─—–*~]*")


def own_lines(text: str) -> list[str]:
    """The lines of ``text`` that are the sender's own: above helpdesk
    delimiters, quoted history, forwarded parts and the signature.

    Zendesk puts its delimiter at the *top* of an agent's mail with the
    newest comment right below it; then the text after the delimiter, up to
    the next older comment, is the new text.

    >>> own_lines("Fixed.\\n\\nOn Tue, 2 Sep 2025, Me <me@x.org> wrote:\\n> help")
    ['Fixed.']
    """
    lines = text.split("\n")
    if not any(line.strip() for line in lines):
        return []
    # Jira Service Management opens with a short "—-—-—-—" rule above its
    # "Reply above this line." delimiter: decoration, so the delimiter is still on top.
    top = next((i for i, line in enumerate(lines) if not _DECORATION.fullmatch(line.strip())), 0)
    zendesk = False
    delimiter = next((i for i, line in enumerate(lines) if _is_delimiter(line)), None)
    if delimiter is not None:
        if delimiter == top:
            lines = lines[delimiter + 1 :]
            zendesk = True
        else:
            lines = lines[:delimiter]
    return _cut_history(lines, zendesk=zendesk)


def _cut_history(lines: list[str], *, zendesk: bool) -> list[str]:
    kept: list[str] = []
    intro_done = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(">"):
            continue  # quoted; inline answers between quotes are kept
        if stripped == "--":
            break  # RFC 3676 signature separator
        if zendesk and _RULE.match(stripped):
            # Zendesk separates comments with a rule; the first one often only
            # closes the "Your request (12345) has been updated" intro: one
            # short paragraph, where a comment has an author line, a blank
            # line and the text.
            text = "\n".join(kept).strip()
            if not intro_done and "\n\n" not in text and len(text) <= 400:
                intro_done = True
                kept.append(line)
                continue
            break
        if stripped and _starts_history(stripped, lines, index):
            break
        kept.append(line)
    while kept and (not kept[-1].strip() or _RULE.match(kept[-1].strip())):
        kept.pop()
    return kept


def _starts_history(stripped: str, lines: list[str], index: int) -> bool:
    if len(stripped) > 600:
        return False
    if _FORWARD.match(stripped) or _is_delimiter(stripped):
        return True
    if _WROTE.match(stripped):
        return True
    following = [line.strip() for line in lines[index + 1 : index + 4]]
    # Gmail wraps a long "On ..., Name <address> wrote:" over two lines.
    if (
        following
        and following[0].endswith((":", "："))
        and len(following[0]) <= 300
        and _WROTE.match(stripped + " " + following[0])
    ):
        return True
    if _OUTLOOK_FROM.match(stripped):
        return any(_OUTLOOK_NEXT.match(line) for line in following if line)
    return False
