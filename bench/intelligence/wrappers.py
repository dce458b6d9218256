"""The helpdesks' notification wrappers, each rendering one role of a conversation.

Open-source helpdesks' wrappers follow their shipped default templates (SOURCES names
repository@commit:path and licence; the template text is theirs, the placeholders
filled here). The closed helpdesks' wrappers are written from their documented
conventions (../shared/HELPDESKS.md and the README's helpdesk table), not copied from
real mail. The agent's text inside always comes from ``texts.py`` or ``held.py``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field

ROLES = ("acknowledgement", "answer", "needs_info", "resolved", "survey")


@dataclass(frozen=True)
class Rendered:
    """One message of a wrapper: what the From, Subject and body say."""

    subject: str
    body: str
    html: bool = False
    from_name: str = ""
    from_address: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    shows_ticket: bool = True  # the ticket is written somewhere a reader sees it


@dataclass(frozen=True)
class Message:
    """What a wrapper is asked to render."""

    role: str
    language: str
    title: str  # the user's own subject
    text: str  # the agent's words (empty for surveys and some acknowledgements)
    agent: str
    ticket: str  # as the helpdesk writes it


@dataclass(frozen=True)
class Wrapper:
    key: str
    vendor: str  # the vendor's name in the config (or a built-in vendor's slug)
    helpdesk: str  # the config's helpdesk style for that vendor
    domains: tuple[str, ...]
    source: str
    licence: str
    languages: tuple[str, ...]  # the wrapper's own words exist in these
    render: Callable[[Message], Rendered]
    ticket_of: Callable[[int], tuple[str, str | None]]  # (as written, as normalised)
    threads: bool = True  # sets In-Reply-To/References
    builtin: bool = False
    not_support: tuple[str, ...] = ()
    modes: tuple[str, ...] = ("ticket", "message_id", "subject", "auto")
    extra: dict[str, str] = field(default_factory=dict)


def _numeric(prefix: str = "") -> Callable[[int], tuple[str, str | None]]:
    def ticket_of(n: int) -> tuple[str, str | None]:
        return f"{prefix}{n}", str(n)

    return ticket_of


# -- Zendesk (documented conventions: "##- Please type your reply above this line -##",
#    "Your request (N) has been updated", Auto-Submitted on every notification) ---------

_ZD_DELIMITER = {
    "en": "##- Please type your reply above this line -##",
    "de": "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##",
    "fr": "##- Veuillez répondre au-dessus de cette ligne. -##",
    "es": "##- Por favor, escriba su respuesta encima de esta línea -##",
    "ko": "##- 이 줄 위에 회신을 입력하세요 -##",
    "ja": "##- この行の上に返信を入力してください -##",
}
_ZD_UPDATED = {
    "en": "Your request ({t}) has been updated. To add additional comments, reply to this email.",
    "de": "Ihre Anfrage ({t}) wurde aktualisiert. Antworten Sie auf diese E-Mail, um weitere "
    "Kommentare hinzuzufügen.",
    "fr": "Votre demande ({t}) a été mise à jour. Pour ajouter des commentaires, répondez à "
    "cet e-mail.",
    "es": "Su solicitud ({t}) ha sido actualizada. Para añadir comentarios, responda a este "
    "correo electrónico.",
    "ko": "요청({t})이 업데이트되었습니다. 의견을 추가하려면 이 이메일에 회신하세요.",
    "ja": "リクエスト（{t}）が更新されました。コメントを追加するには、このメールに返信してください。",
}
_ZD_RECEIVED = {
    "en": "Your request ({t}) has been received and is being reviewed by our support staff.",
    "de": "Ihre Anfrage ({t}) ist eingegangen und wird von unserem Support-Team geprüft.",
    "fr": "Votre demande ({t}) a été reçue et va être examinée par notre équipe d'assistance.",
    "es": "Su solicitud ({t}) ha sido recibida y está siendo revisada por nuestro equipo de "
    "asistencia.",
    "ko": "요청({t})이 접수되었으며 지원팀에서 검토하고 있습니다.",
    "ja": "リクエスト（{t}）を受け付けました。サポート担当者が確認しています。",
}
_ZD_SURVEY = {
    "en": "How would you rate the support you received?\n\nGood, I'm satisfied\n"
    "Bad, I'm unsatisfied",
    "de": "Wie würden Sie den erhaltenen Support bewerten?\n\nGut, ich bin zufrieden\n"
    "Schlecht, ich bin unzufrieden",
    "fr": "Comment évalueriez-vous l'assistance reçue ?\n\nBonne, je suis satisfait\n"
    "Mauvaise, je ne suis pas satisfait",
    "es": "¿Cómo calificaría la asistencia recibida?\n\nBuena, estoy satisfecho\n"
    "Mala, no estoy satisfecho",
    "ko": "받으신 지원에 대해 어떻게 평가하시겠습니까?\n\n좋음, 만족합니다\n나쁨, 만족하지 않습니다",
    "ja": "受けたサポートをどのように評価しますか？\n\n良い、満足している\n悪い、満足していない",
}


def _zendesk(brand: str, address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        lang = m.language if m.language in _ZD_DELIMITER else "en"
        auto = (("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"))
        if m.role == "acknowledgement":
            body = f"{_ZD_RECEIVED[lang].format(t=m.ticket)}\n\n{m.text}".strip()
            return Rendered(
                f"[{brand}] Re: {m.title}", body, from_name=f"{brand} Support",
                from_address=address, headers=auto,
            )  # fmt: skip
        if m.role == "survey":
            # The default satisfaction automation's subject and rating section.
            body = f"{_ZD_DELIMITER[lang]}\n\n{_ZD_SURVEY[lang]}"
            return Rendered(
                f"Request #{m.ticket}: How would you rate the support you received?", body,
                from_name=f"{brand} Support", from_address=address, headers=auto,
            )  # fmt: skip
        body = (
            f"{_ZD_DELIMITER[lang]}\n\n{_ZD_UPDATED[lang].format(t=m.ticket)}\n\n"
            f"{'-' * 30}\n\n{m.agent} ({brand})\n\n{m.text}\n\n{'-' * 30}\n\n"
            f"Kim\n\n{m.title}: it no longer works since yesterday.\n"
        )
        return Rendered(
            f"[{brand}] Re: {m.title}", body, from_name=f"{m.agent} ({brand})",
            from_address=address, headers=auto,
        )  # fmt: skip

    return render


# -- Freshdesk (documented: "[#N]" subjects, "Ticket ID #N", Auto-Submitted) ----------

_FD_ACK = {
    "en": "Dear customer,\n\nWe would like to acknowledge that we have received your request "
    "and a ticket has been created with Ticket ID #{t}.\nA support representative will be "
    "reviewing your request and will send you a personal response (usually within 24 hours).",
    "de": "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nwir bestätigen den Eingang Ihrer "
    "Anfrage. Es wurde ein Ticket mit der Ticket-ID #{t} erstellt.",
    "fr": "Cher client,\n\nNous accusons réception de votre demande : un ticket a été créé avec "
    "l'identifiant #{t}.",
    "es": "Estimado cliente,\n\nConfirmamos que hemos recibido su solicitud y se ha creado un "
    "ticket con el ID #{t}.",
}
_FD_SURVEY = (
    "Hello,\n\nWe'd love to hear what you think of our customer service. Please take a moment "
    "to answer one simple question by clicking either link below:\n\nHow would you rate your "
    "overall satisfaction for the resolution provided by the agent?\n\nAwesome\nJust Okay\n"
    "Not Good"
)


def _freshdesk(brand: str, address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        auto = (("Auto-Submitted", "auto-generated"),)
        if m.role == "acknowledgement":
            lang = m.language if m.language in _FD_ACK else "en"
            return Rendered(
                f"Ticket Received - {m.title}", _FD_ACK[lang].format(t=m.ticket),
                from_name=f"{brand} Support", from_address=address, headers=auto,
            )  # fmt: skip
        if m.role == "survey":
            return Rendered(
                f"[#{m.ticket}] How did we do? - {m.title}", _FD_SURVEY,
                from_name=f"{brand} Support", from_address=address, headers=auto,
            )  # fmt: skip
        return Rendered(
            f"Re: [#{m.ticket}] {m.title}", f"{m.text}\n\nRegards,\n{m.agent}\n{brand} Support",
            from_name=f"{m.agent} | {brand}", from_address=address, headers=auto,
        )  # fmt: skip

    return render


# -- Intercom (documented: no number in the subject, threads by headers, Auto-Submitted,
#    the conversation id in links; the rating mail) -------------------------------------

_RATING = "Rate your conversation\n\nTerrible  Bad  OK  Great  Amazing"


def _intercom(brand: str, address: str, bot: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        auto = (("Auto-Submitted", "auto-generated"),)
        link = f"https://app.intercom.com/a/inbox/conversation/{m.ticket}"
        if m.role == "survey":
            return Rendered(
                f"Re: {m.title}", _RATING, from_name=brand, from_address=address,
                headers=auto, shows_ticket=False,
            )  # fmt: skip
        name = bot if m.role == "acknowledgement" else m.agent
        return Rendered(
            f"Re: {m.title}", f"{m.text}\n\n{name}\n{brand}\n\n[View conversation]({link})",
            from_name=f"{name} from {brand}", from_address=address, headers=auto,
        )  # fmt: skip

    return render


# -- Salesforce Service Cloud (documented: "Case #", ref:_00D...:ref thread ids) -------


def _salesforce(brand: str, address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        ref = f"ref:_00D5j8Xa._5005j{m.ticket[-6:]}:ref"
        subject = f"Case {m.ticket}: {m.title} [ {ref} ]"
        if m.role == "acknowledgement":
            body = (
                f"Thank you for contacting {brand} Support. Case Number: {m.ticket} has been "
                f"created.\n\n{m.text}\n\n{ref}"
            )
        elif m.role == "survey":
            body = (
                f"Tell us about your recent support experience with case {m.ticket}.\n\n"
                "On a scale of 1 to 10, how likely are you to recommend us?\n\n" + ref
            )
        else:
            body = f"{m.text}\n\nBest regards,\n{m.agent}\n{brand} Customer Support\n\n{ref}"
        return Rendered(subject, body, from_name=f"{brand} Support", from_address=address)

    return render


# -- Help Scout (documented: conversation number "#N" on some mailboxes) ---------------


def _helpscout(brand: str, address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        if m.role == "survey":
            body = (
                f"How would you rate my reply?\n\nGreat  Okay  Not Good\n\nConversation #{m.ticket}"
            )
        elif m.role == "acknowledgement":
            body = f"{m.text}\n\nConversation #{m.ticket}"
        else:
            body = f"{m.text}\n\n{m.agent}\n{brand}\n\nConversation #{m.ticket}"
        return Rendered(
            f"Re: {m.title}", body, from_name=f"{m.agent} at {brand}", from_address=address
        )

    return render


# -- Jira Service Management (documented: "KEY-N" subjects, "Reply above this line.",
#    "X commented:", status changes) --------------------------------------------------

_JSM = {
    "en": ("Reply above this line.", "{a} commented:", "{a} changed the status to Resolved."),
    "de": (
        "Antworten Sie oberhalb dieser Zeile.",
        "{a} hat einen Kommentar hinzugefügt:",
        "{a} hat den Status in Erledigt geändert.",
    ),
    "fr": (
        "Répondez au-dessus de cette ligne.",
        "{a} a commenté :",
        "{a} a changé le statut en Résolu.",
    ),
    "es": (
        "Responda por encima de esta línea.",
        "{a} ha comentado:",
        "{a} cambió el estado a Resuelto.",
    ),
    "ja": (
        "この行より上に返信してください。",
        "{a} さんのコメント:",
        "{a} さんがステータスを解決済みに変更しました。",
    ),
    "ko": (
        "이 줄 위에 회신하세요.",
        "{a}님이 댓글을 남겼습니다:",
        "{a}님이 상태를 해결됨(으)로 변경했습니다.",
    ),
}


def _jira(brand: str, address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        lang = m.language if m.language in _JSM else "en"
        above, commented, status = _JSM[lang]
        auto = (("Auto-Submitted", "auto-generated"), ("X-JIRA-FingerPrint", "a1b2c3d4"))
        top = f"—-—-—-—\n\n{above}\n\n"
        if m.role == "acknowledgement":
            body = f"{top}{m.text}\n\nView request · Turn off this request's notifications"
        elif m.role == "resolved":
            body = (
                f"{top}{status.format(a=m.agent)}\n\n{commented.format(a=m.agent)}\n\n{m.text}"
                "\n\nView request · Turn off this request's notifications"
            )
        elif m.role == "survey":
            body = (
                f"{top}How satisfied are you with how {m.agent} and the team handled "
                "your request?\n\n1  2  3  4  5\n\nView request"
            )
        else:
            body = (
                f"{top}{commented.format(a=m.agent)}\n\n{m.text}\n\nView request · "
                "Turn off this request's notifications\n\nThis is shared with Kim."
            )
        return Rendered(
            f"{m.ticket} {m.title}", body, from_name=f"{m.agent} ({brand} Service Desk)",
            from_address=address, headers=auto,
        )  # fmt: skip

    return render


# -- Request Tracker: etc/initialdata's Autoreply, Correspondence and Resolved ---------

RT_SOURCE = "bestpractical/rt@72106ba9935f3a2bab3d55572066cbfbbdc7f9ab:etc/initialdata"
_RT_AUTOREPLY = """Greetings,

This message has been automatically generated in response to the
creation of a trouble ticket regarding:
        "{title}",
a summary of which appears below.

There is no need to reply to this message right now.  Your ticket has been
assigned an ID of {tag}.

Please include the string:

         {tag}

in the subject line of all future correspondence about this issue. To do so,
you may reply to this message.

                        Thank you,
                        {address}

-------------------------------------------------------------------------
{title}: it no longer works since yesterday.
"""
_RT_RESOLVED = (
    "According to our records, your request has been resolved. If you have any\n"
    "further questions or concerns, please respond to this message.\n"
)


def _rt(rtname: str, address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        tag = f"[{rtname} #{m.ticket}]"
        headers = (("RT-Ticket", f"{rtname} #{m.ticket}"), ("RT-Originator", address))
        if m.role == "acknowledgement":
            body = _RT_AUTOREPLY.format(title=m.title, tag=tag, address=address)
            return Rendered(
                f"{tag} AutoReply: {m.title}", body, from_address=address,
                from_name=f"{rtname} via RT", headers=(*headers, ("Auto-Submitted", "auto-replied")),
            )  # fmt: skip
        if m.role == "resolved":
            return Rendered(
                f"{tag} Resolved: {m.title}", _RT_RESOLVED, from_address=address,
                from_name=f"{m.agent} via RT", headers=headers,
            )  # fmt: skip
        return Rendered(
            f"{tag} Re: {m.title}", f"{m.text}\n", from_address=address,
            from_name=f"{m.agent} via RT", headers=headers,
        )  # fmt: skip

    return render


# -- OTOBO (OTRS/Znuny family): the default auto response and the "Ticket#" hook --------

OTOBO_SOURCE = (
    "RotherOSS/otobo@9f0e4d921d0b6458275e68e50ebb882ac48a9261:"
    "scripts/database/otobo-initial_insert.xml (auto_response 1), "
    "Kernel/Config/Files/XML/Ticket.xml (Ticket::Hook)"
)
_OTOBO_ACK = """This is a demo text which is send to every inquiry.
It could contain something like:

Thanks for your email. A new ticket has been created.

You wrote:
> {title}: it no longer works since yesterday.

Your email will be answered by a human ASAP

Have fun with OTOBO! :-)

Your OTOBO Team
"""


def _otobo(brand: str, address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        hook = f"[Ticket#{m.ticket}]"
        if m.role == "acknowledgement":
            return Rendered(
                f"{hook} RE: {m.title}", _OTOBO_ACK.format(title=m.title),
                from_name=f"{brand} Service", from_address=address,
                headers=(("Auto-Submitted", "auto-replied"), ("X-OTOBO-Loop", "yes")),
            )  # fmt: skip
        body = f"{m.text}\n\nMit freundlichen Grüßen / Kind regards\n{m.agent}\n{brand}\n"
        return Rendered(
            f"{hook} RE: {m.title}", body, from_name=f"{m.agent} via {brand}", from_address=address
        )

    return render


def _otobo_ticket(n: int) -> tuple[str, str | None]:
    number = f"20261{n % 10}0310{n:06d}"  # DateChecksum-like: date, system id, counter
    return number, number


# -- Zammad: "[Ticket#N]" subject hook and its default auto reply (written from the
#    documented trigger; the repository is too large to fetch here) --------------------


def _zammad(brand: str, address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        hook = f"[Ticket#{m.ticket}]"
        if m.role == "acknowledgement":
            body = (
                f"Your request (Ticket#{m.ticket}) has been received and will be reviewed by "
                f"our support staff.\n\nTo provide additional information, please reply to "
                f"this email or click on the following link:\nhttps://help.{brand.lower()}."
                f"example/#ticket/zoom/{m.ticket}\n\nYour {brand} Team\n\n[Zammad, your "
                "customer support system]"
            )
            return Rendered(
                f"Thanks for your inquiry ({m.title}) {hook}", body, from_name=f"{brand} Helpdesk",
                from_address=address, headers=(("Auto-Submitted", "auto-generated"),),
            )  # fmt: skip
        return Rendered(
            f"RE: {m.title} {hook}", f"{m.text}\n\n{m.agent}\n{brand} Helpdesk",
            from_name=f"{m.agent} via {brand} Helpdesk", from_address=address,
        )  # fmt: skip

    return render


# -- osTicket: include/i18n/en_US/templates/email/ticket.autoresp.yaml, ticket.reply.yaml

OSTICKET_SOURCE = (
    "osTicket/osTicket@4689926b2d3d25754f0ddcf8d4e181a2817f6d56:"
    "include/i18n/en_US/templates/email/ticket.autoresp.yaml, ticket.reply.yaml"
)


def _osticket(brand: str, address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        link = f"https://support.{brand.lower()}.example/view.php?t={m.ticket}"
        footer = (
            '<hr><div style="color: rgb(127, 127, 127); font-size: small; "><em>If you wish '
            "to provide additional comments or information regarding the issue, please reply "
            f'to this email or <a href="{link}"><span style="color: rgb(84, 141, 212);" >login '
            "to your account</span></a> for a complete archive of your support requests."
            "</em></div>"
        )
        sign = f'<div style="color: rgb(127, 127, 127);">Your {brand} Team,<br>{m.agent}</div>'
        if m.role == "acknowledgement":
            body = (
                "<h3><strong>Dear Kim,</strong></h3><p>A request for support has been created "
                f"and assigned #{m.ticket}. A representative will follow-up with you as soon "
                f'as possible. You can <a href="{link}">view this ticket\'s progress online</a>.'
                f"</p><br>{sign}{footer}"
            )
            subject = f"Support Ticket Opened [#{m.ticket}]"
        else:
            text = "".join(f"<p>{html.escape(p)}</p>" for p in m.text.split("\n\n"))
            body = f"<h3><strong>Dear Kim,</strong></h3>{text}<br><br>{sign}{footer}"
            subject = f"Re: {m.title} [#{m.ticket}]"
        return Rendered(
            subject, f"<html><body>{body}</body></html>", html=True,
            from_name=f"{brand} Support", from_address=address,
        )  # fmt: skip

    return render


# -- django-helpdesk: src/helpdesk/fixtures/emailtemplate.json (en, de, fr, es) ---------

DJANGO_HELPDESK_SOURCE = (
    "django-helpdesk/django-helpdesk@360bace463c78314adb07d6b8bffc4676b73be29:"
    "src/helpdesk/fixtures/emailtemplate.json (newticket_submitter, updated_submitter, "
    "resolved_submitter)"
)
_DH = {
    "en": (
        "(Opened)",
        "(Updated)",
        "(Resolved)",
        "Hello,\n\nThis is a courtesy e-mail to let you know that we have received your "
        'helpdesk query with a subject of "{title}". \n\nYou do not have to do anything '
        "further at this stage. Your ticket has been assigned a number of {ticket} and will "
        "be responded to shortly.\n\nIf you wish to send us further details, or if you have "
        "any queries about this ticket, please include the ticket id of '{ticket}' in the "
        'subject. The easiest way to do this is just press "reply" to this message.',
        'Hello,\n\nYou recently logged a ticket with a subject of "{title}" with us. This '
        "e-mail is to advise you of an update to that ticket.\n\nThe following comment was "
        "added to ticket {ticket}:\n\n{text}\n\nIf you need to provide us with further "
        "information, please reply to this e-mail and keep the subject intact.",
        'Hello,\n\nYou recently logged a ticket with a subject of "{title}" with us. This '
        "e-mail is to advise you of a resolution to that ticket.\n\nThe following resolution "
        "was added to ticket {ticket}:\n\n{text}\n\nCan you please confirm that this "
        "resolution addresses your needs so we may close this ticket? If you have any further "
        "queries, or if you do not believe this resolution is adequate, please reply to this "
        "e-mail and keep the subject intact.",
    ),
    "de": (
        "(Eröffnet)",
        "(Aktualisiert)",
        "(Gelöst)",
        "Hallo,\n\nGerne teilen wir Ihnen mit, dass wir Ihre Helpdesk-Anforderung mit dem "
        'Betreff "{title}" erhalten haben. \n\nAn dieser Stelle sind keine weiteren Eingaben '
        "von Ihnen nötig. Ihrem Ticket wurde die ID {ticket} zugewiesen und es wird in Kürze "
        "bearbeitet werden.",
        'Hallo,\n\nSie haben kürzlich das Ticket "{title}" bei uns eröffnet. Hiermit möchten '
        "wir Ihnen eine Aktualisierung mitteilen.\n\nFolgender Kommentar wurde zum Ticket "
        "{ticket} hinzugefügt:\n\n{text}\n\nWenn Sie uns weitere Informationen mitteilen "
        "möchten, antworten Sie bitte auf diese E-Mail und lassen den Betreff unverändert.",
        'Hallo,\n\nSie haben kürzlich das Ticket "{title}" bei uns eröffnet. Hiermit möchten '
        "wir Ihnen mitteilen, dass dafür eine Lösung gefunden wurde.\n\nFür das Ticket "
        "{ticket} wurde folgende Lösung vorgeschlagen:\n\n{text}\n\nWir möchten Sie bitten zu "
        "bestätigen, dass diese Lösung Ihren Anforderungen entspricht, damit wir dieses Ticket "
        "schließen können.",
    ),
    "fr": (
        "(Ouvert)",
        "(Mis à jour)",
        "(Résolu)",
        "Bonjour,\n\nCe courriel permet de vous informer que nous avons reçu votre demande de "
        'support dont le sujet est "{title}".\n\nVous n\'avez rien de plus à faire pour le '
        "moment. Votre ticket porte l'identifiant  {ticket} et sera traité rapidement.",
        "Bonjour,\n\nVous avez récemment ouvert chez nous un ticket dont le sujet est "
        '"{title}". Ce message vous informe d\'une mise à jour du ticket.\n\nLe commentaire '
        "suivant a été ajouté au ticket {ticket} :\n\n{text}\n\nSi vous voulez nous fournir "
        "d'autres informations, merci de répondre à ce mail en conservant le sujet tel-quel.",
        "Bonjour,\n\nVous avez récemment ouvert chez nous un ticket dont le sujet est "
        '"{title}". Ce message vous informe d\'une résolution de la demande.\n\nLa solution '
        "suivante a été donnée au ticket {ticket}:\n\n{text}\n\nMerci de confirmer que cette "
        "solution vous convient afin que nous puissions clore le ticket.",
    ),
    "es": (
        "(Creado)",
        "(Actualizado)",
        "(Resuelto)",
        'Hola,\n\nEste e-mail es para informar que recibimos su consulta "{title}". \n\n'
        "Usted no debe realizar nada en este momento. Su Ticket está identificado con el "
        "número {ticket} y será respondido prontamente.",
        'Hola,\n\nRecientemente usted envió el Ticket "{title}". Este correo es para informar '
        "que su Ticket ha sido actualizado.\n\n{text}",
        'Hola,\n\nRecientemente usted envió el Ticket "{title}". Este e-mail es para informar '
        "que su Ticket ha sido resuelto.\n\nLa siguiente solución fue dada a su Ticket "
        "{ticket}:\n\n{text}\n\n¿Puede confirmar que esta solución cumple con lo que necesita "
        "para cerrar este Ticket?",
    ),
}


def _django_helpdesk(brand: str, address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        lang = m.language if m.language in _DH else "en"
        opened, updated, resolved, ack, update, resolution = _DH[lang]
        tag = f"[{m.ticket}]"
        if m.role == "acknowledgement":
            subject, body = f"{tag} {m.title} {opened}", ack
        elif m.role == "resolved":
            subject, body = f"{tag} {m.title} {resolved}", resolution
        else:
            subject, body = f"{tag} {m.title} {updated}", update
        return Rendered(
            subject, body.format(title=m.title, ticket=tag, text=m.text),
            from_name=f"{brand} Helpdesk", from_address=address,
        )  # fmt: skip

    return render


def _django_ticket(n: int) -> tuple[str, str | None]:
    return f"support-{n}", str(n)


# -- FreeScout: resources/views/emails/customer/reply_fancy_text.blade.php and
#    app/Misc/Mail.php (REPLY_SEPARATOR_TEXT); no number in the mail by default --------

FREESCOUT_SOURCE = (
    "freescout-helpdesk/freescout@7c3e57aa57b47e6c5127575cdb2792f42da597db:"
    "resources/views/emails/customer/reply_fancy_text.blade.php, app/Misc/Mail.php"
)


def _freescout(brand: str, address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        separator = "-- Please reply above this line --"
        if m.role == "acknowledgement":
            body = f"{m.text}\n\n{brand}"
        else:
            body = (
                f"{separator}\n\n{m.text}\n\n{m.agent}\n{brand}\n\n"
                "-----------------------------------------------------------\n"
                f"## Kim, on Dec 1 @ 09:12 (UTC):\n{m.title}: it no longer works since "
                "yesterday."
            )
        return Rendered(
            f"Re: {m.title}", body, from_name=f"{m.agent} ({brand})", from_address=address,
            shows_ticket=m.ticket in body,  # only when the mailbox's auto reply names it
        )  # fmt: skip

    return render


# -- Microsoft (catalogue): TrackingID# and 16 digits ----------------------------------


def _microsoft(address: str) -> Callable[[Message], Rendered]:
    def render(m: Message) -> Rendered:
        subject = f"[Case {m.ticket}] {m.title} - TrackingID#{m.ticket}"
        body = f"{m.text}\n\nBest regards,\n{m.agent}\nMicrosoft Support Engineer"
        return Rendered(subject, body, from_name="Microsoft Support", from_address=address)

    return render


def _microsoft_ticket(n: int) -> tuple[str, str | None]:
    number = f"2512{n:012d}"
    return number, number


WRAPPERS: tuple[Wrapper, ...] = (
    Wrapper(
        "zendesk", "Nimbus Hosting", "zendesk", ("nimbus.example",),
        "documented conventions (HELPDESKS.md: Zendesk)", "-",
        ("en", "de", "fr", "es", "ko", "ja"), _zendesk("Nimbus", "support@nimbus.example"),
        _numeric(), not_support=("news.nimbus.example",),
    ),
    Wrapper(
        "freshdesk", "Orbit CRM", "freshdesk", ("orbit.example",),
        "documented conventions (HELPDESKS.md: Freshdesk)", "-", ("en", "de", "fr", "es"),
        _freshdesk("Orbit", "help@orbit.example"), _numeric(),
    ),
    Wrapper(
        "intercom", "Lumen Analytics", "intercom", ("lumen.example", "lumen.intercom-mail.com"),
        "documented conventions (HELPDESKS.md: Intercom)", "-", ("en",),
        _intercom("Lumen", "support@lumen.example", "Lumi"),
        lambda n: (f"2150000{n:08d}", f"2150000{n:08d}"), modes=("message_id", "subject"),
    ),
    Wrapper(
        "openai", "openai", "openai", ("openai.com",),
        "HELPDESKS.md: OpenAI (Intercom; Fin; rating mail)", "-", ("en",),
        _intercom("OpenAI", "support@openai.com", "Fin"),
        lambda n: (f"2151000{n:08d}", f"2151000{n:08d}"), builtin=True, modes=("message_id", "subject"),
    ),
    Wrapper(
        "salesforce", "Vertex Cloud", "salesforce", ("vertex.example",),
        "documented conventions (HELPDESKS.md: Salesforce)", "-", ("en",),
        _salesforce("Vertex", "support@vertex.example"), lambda n: (f"{n:08d}", str(n)),
        threads=False,
    ),
    Wrapper(
        "helpscout", "Quill Docs", "helpscout", ("quill.example",),
        "documented conventions (HELPDESKS.md: Help Scout)", "-", ("en",),
        _helpscout("Quill", "help@quill.example"), _numeric(),
    ),
    Wrapper(
        "jira", "Kestrel IT", "jira", ("kestrel.example",),
        "documented conventions (HELPDESKS.md: Jira Service Management)", "-",
        ("en", "de", "fr", "es", "ja", "ko"), _jira("Kestrel", "jira@kestrel.example"),
        lambda n: (f"KIT-{n}", f"KIT-{n}"),
    ),
    Wrapper(
        "rt", "Borealis IT", "rt", ("borealis.example",), RT_SOURCE, "GPL-2.0", ("en",),
        _rt("borealis.example", "help@borealis.example"), _numeric(),
    ),
    Wrapper(
        "otobo", "Helix Energy", "otrs", ("helix.example",), OTOBO_SOURCE, "GPL-3.0", ("en",),
        _otobo("Helix", "service@helix.example"), _otobo_ticket,
    ),
    Wrapper(
        "zammad", "Tundra Games", "zammad", ("tundra.example",),
        "Zammad's default auto reply trigger, from its documentation (not fetched)", "-",
        ("en",), _zammad("Tundra", "support@tundra.example"), lambda n: (f"3{n:04d}", f"3{n:04d}"),
    ),
    Wrapper(
        "osticket", "Pioneer Print", "generic", ("pioneer.example",), OSTICKET_SOURCE,
        "GPL-2.0", ("en",), _osticket("Pioneer", "support@pioneer.example"),
        lambda n: (f"{n:06d}", str(n)),
    ),
    Wrapper(
        "django-helpdesk", "Cobalt Labs", "generic", ("cobalt.example",),
        DJANGO_HELPDESK_SOURCE, "BSD-3-Clause", ("en", "de", "fr", "es"),
        _django_helpdesk("Cobalt", "helpdesk@cobalt.example"), _django_ticket,
    ),
    Wrapper(
        "freescout", "Meadow Books", "generic", ("meadow.example",), FREESCOUT_SOURCE,
        "AGPL-3.0", ("en",), _freescout("Meadow", "hello@meadow.example"),
        lambda n: (str(n), str(n)), modes=("message_id", "subject"),
    ),
    Wrapper(
        "github", "github", "zendesk", ("githubsupport.com",),
        "documented conventions (Zendesk) on GitHub Support's documented sender", "-",
        ("en", "ja"), _zendesk("GitHub", "support@githubsupport.com"), _numeric(),
        builtin=True,
    ),
    Wrapper(
        "microsoft", "microsoft", "generic", ("microsoft.com",),
        "inbox-watch issue 11 (TrackingID# + 16 digits)", "-", ("en",),
        _microsoft("support@mail.support.microsoft.com"), _microsoft_ticket, builtin=True,
        modes=("ticket", "subject"),
    ),
)  # fmt: skip
