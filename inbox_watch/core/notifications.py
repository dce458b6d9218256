"""Notification wrappers: the boilerplate a helpdesk puts around an agent's comment.

Pure. Zendesk, Jira Service Management, Request Tracker, Freshdesk, Help Scout and
Intercom send an agent's answer inside their own notification text ("Your request
(12345) has been updated. To add additional comments, reply to this email.",
"Ingrid Dahl commented:", "View request · Turn off this request's notifications").
Classification reads the comment, not the wrapper; the wrapper only says whether a
person's comment is inside.

The lines are written from the helpdesks' default templates (Zendesk's default
triggers, Jira Service Management's customer notifications, RT's Correspondence
template, Intercom's and Help Scout's mail footers), in our six languages where the
product localises them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Lines that announce a person's comment below them. Matched on case-folded text.
_COMMENT_INTRO = re.compile(
    # Zendesk: "Your request (12345) has been updated." (localised), optionally
    # followed on the same line by "To add additional comments, reply to this email."
    r"^(?:your |ihre |votre |su |tu )?"
    r"(?:request|anfrage|demande|solicitud|richiesta|요청|リクエスト)"
    r"\s*\(#?[0-9]{1,20}\)\s*(?:이|가|は|が)?\s*"
    r"(?:has been updated|was updated|wurde aktualisiert|a été mise à jour|a été mis à jour"
    r"|ha sido actualizada|ha sido actualizado|se ha actualizado|업데이트되었습니다|更新されました"
    r"|が更新されました)[.。]?.*$"
    # Jira Service Management: "Ingrid Dahl commented:", localised.
    r"|^.{1,80}? (?:commented|replied|hat kommentiert|hat geantwortet|a commenté|a répondu"
    r"|comentó|ha comentado|respondió)\s*[:：]?$"
    r"|^.{1,40}?님이 (?:댓글을 (?:남겼습니다|작성했습니다|달았습니다)|답변했습니다)[.:：]?$"
    r"|^.{1,40}?(?:さん)?が(?:コメントしました|返信しました)[。:：]?$"
    # django-helpdesk's updated_submitter: "The following comment was added to ticket
    # [support-12]:", localised.
    r"|^(?:the following comment was added to ticket|folgender kommentar wurde zum ticket"
    r"|le commentaire suivant a été ajouté au ticket) .{1,40}?\s*[:：]?$"
    # Request Tracker's Correspondence template opens with the ticket's URL.
    # (its admin templates write "Ticket <URL: ... >").
    r"|^\s*(?:ticket\s+)?<url:\s*\S+/ticket/display\.html\?id=[0-9]+\s*>$",
    re.MULTILINE,
)

# Boilerplate that says nothing about the kind; removed before phrases are read.
_BOILERPLATE = re.compile(
    # Zendesk's trigger sentences and footer.
    r"(?:to add additional comments|to add a comment|to reopen (?:the|this) request"
    r"|um weitere kommentare hinzuzufügen|pour ajouter des commentaires"
    r"|para (?:añadir|agregar) comentarios)[^.\n]*(?:\.|$)"
    r"|^this email is a service from .*$|^delivered by zendesk.*$"
    r"|^\[[a-z0-9]{6}-[a-z0-9]{4,5}\]$"
    # django-helpdesk's update notice: "You recently logged a ticket with a subject of
    # "..." with us. This e-mail is to advise you of an update to that ticket."
    r"|^(?:you recently logged a ticket|sie haben kürzlich das ticket|vous avez récemment ouvert"
    r"|recientemente usted envió el ticket).*$"
    r"|^this e-mail is to advise you of an update.*$"
    # django-helpdesk's updated_submitter footer, localised (emailtemplate.json).
    r"|^(?:if you need to provide us with further information, please reply to this e-mail"
    r"|wenn sie uns weitere informationen mitteilen möchten, antworten sie bitte auf diese"
    r"|si vous voulez nous fournir d'autres informations, merci de répondre à ce mail).*$"
    # osTicket's ticket.reply footer (include/i18n/en_US/templates/email/ticket.reply.yaml).
    r"|^if you wish to provide additional comments or information regarding the issue,"
    r" please reply to this email.*$"
    r"|^can you please confirm that this resolution addresses your needs.*$"
    # Jira Service Management's footer and delimiter.
    r"|^view request(?:\s*[:·].*)?$|^turn off this request's notifications.*$"
    r"|^this is shared with .*$|^.{0,80}powered by jira service management.*$"
    r"|^(?:-- |—-—-—-—\s*)?reply above this line\.?.*$"
    # Intercom's and Help Scout's footers.
    r"|^.{0,40}(?:we run on|powered by) (?:intercom|help scout).*$"
    r"|^sent (?:via|from) help scout.*$"
    # Rules between comments.
    r"|^[-_=─—–*~]{4,}$",
    re.MULTILINE,
)


# Zendesk's comment byline, which opens the comment: the author ("Maria Lopez (Acme)")
# and the date ("Nov 24, 2026, 10:03 PST", "24. Nov. 2026", "2026-11-24 10:03"), each
# on its own line.
_BYLINE = re.compile(
    r"\A(?:[^\W\d][\w.' -]{1,40} \([^()\n]{1,40}\)\s*\n)?"
    r"(?:(?:[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? [a-zäéû]{3,9}\.? \d{4}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:,? \d{1,2}:\d{2}[^\n]{0,12})?\s*\n)?"
)


@dataclass(frozen=True, slots=True)
class Unwrapped:
    """A notification's text without its wrapper.

    ``text`` is what is left to classify; ``comment`` is True when the wrapper
    announced a person's comment and one is there.
    """

    text: str
    comment: bool


def unwrap(folded: str) -> Unwrapped:
    """The comment inside a helpdesk notification, from case-folded own text.

    >>> unwrap("ingrid dahl commented:\\n\\nthe gateway was updated.\\n\\nview request")
    Unwrapped(text='the gateway was updated.', comment=True)
    >>> unwrap("your request (48213) has been received.\\n\\nto add additional comments, "
    ...        "reply to this email.")
    Unwrapped(text='your request (48213) has been received.', comment=False)
    """
    announced = _COMMENT_INTRO.search(folded) is not None
    text = _COMMENT_INTRO.sub("", folded)
    text = _BOILERPLATE.sub("", text)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in text.splitlines()))
    text = text.strip()
    if announced:
        text = _BYLINE.sub("", text + "\n", count=1).strip()
    return Unwrapped(text, announced and bool(text))
