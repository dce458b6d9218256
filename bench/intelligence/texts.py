"""What agents (and bots) write inside the helpdesks' wrappers: the tuning part.

Written here, varied on purpose (greetings, lengths, politeness, who speaks), in the six
languages inbox-watch supports. The rules are tuned against these; the held part
(``held.py``) was written afterwards and is never used while tuning. ``{ticket}`` is
replaced by the ticket as the helpdesk writes it, when the text mentions one.
"""

from __future__ import annotations

LANGUAGES = ("en", "de", "fr", "es", "ko", "ja")

# kind -> language -> texts
TUNING: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Thanks for reaching out! We have received your request and a member of our team "
            "will get back to you within 2 business days.",
            "This is an automated message to confirm we got your email. Your ticket number is "
            "{ticket}. Please keep it for future reference.",
            "Hello,\n\nWe've received your message and opened case {ticket}. Our support "
            "engineers review requests in the order they arrive.",
            "Your request has been logged. Expect a reply from our team soon; there is no need "
            "to send it again.",
        ),
        "de": (
            "Vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und melden uns "
            "innerhalb von zwei Werktagen.",
            "Dies ist eine automatische Bestätigung. Ihre Ticketnummer lautet {ticket}.",
            "Hallo,\n\nIhre Anfrage ist bei uns eingegangen und wird unter der Nummer {ticket} "
            "bearbeitet. Bitte antworten Sie nicht auf diese E-Mail.",
            "Wir haben Ihr Anliegen erhalten. Ein Mitarbeiter wird sich so bald wie möglich "
            "bei Ihnen melden.",
        ),
        "fr": (
            "Merci de nous avoir contactés. Nous avons bien reçu votre demande et nous vous "
            "répondrons dans les meilleurs délais.",
            "Ceci est un message automatique : votre demande a été enregistrée sous le numéro "
            "{ticket}.",
            "Bonjour,\n\nNous accusons réception de votre message. Un conseiller reviendra vers "
            "vous sous 48 heures.",
            "Votre ticket {ticket} a bien été créé. Inutile de nous renvoyer votre message.",
        ),
        "es": (
            "Gracias por contactarnos. Hemos recibido su solicitud y le responderemos lo antes "
            "posible.",
            "Este es un mensaje automático. Su número de ticket es {ticket}.",
            "Hola,\n\nHemos recibido tu consulta y la hemos registrado con el número {ticket}. "
            "Un agente te contestará pronto.",
            "Su caso ha sido creado correctamente. No es necesario que vuelva a escribirnos.",
        ),
        "ko": (
            "문의해 주셔서 감사합니다. 고객님의 문의가 정상적으로 접수되었으며, 영업일 기준 "
            "2일 이내에 답변드리겠습니다.",
            "본 메일은 자동 발송 메일입니다. 접수 번호는 {ticket}입니다.",
            "안녕하세요.\n\n고객님의 문의가 접수되었습니다. 담당자가 확인 후 순차적으로 "
            "답변드리겠습니다.",
            "문의 번호 {ticket}(으)로 접수되었습니다. 같은 내용을 다시 보내실 필요는 없습니다.",
        ),
        "ja": (
            "お問い合わせいただきありがとうございます。内容を確認のうえ、2営業日以内にご連絡いたします。",
            "このメールは自動送信されています。お問い合わせ番号は{ticket}です。",
            "お問い合わせを受け付けました。担当者より順次ご返信いたしますので、今しばらくお待ちください。",
            "チケット{ticket}として受付いたしました。同じ内容を再送いただく必要はございません。",
        ),
    },
    "answer": {
        "en": (
            "Hi there,\n\nI checked your account and the duplicate charge has been refunded. "
            "It should appear on your statement within 5-10 days.",
            "Thanks for your patience. Our engineers found the cause: the API key had been "
            "rotated by an admin. Creating a new key in the dashboard fixes it.",
            "Hello! The export limit on your plan is 10,000 rows. You can split the export by "
            "date range to get everything.",
            "Good news: the login issue was caused by an outage on our side, which is now over. "
            "You should be able to sign in again.",
            "I've reset the two-factor settings on your account, so you can enrol a new device "
            "the next time you log in.",
        ),
        "de": (
            "Guten Tag,\n\nwir haben die doppelte Abbuchung geprüft und Ihnen den Betrag "
            "erstattet. Die Gutschrift erscheint in wenigen Tagen.",
            "Danke für Ihre Geduld. Die Ursache war ein abgelaufenes Zertifikat auf unserer "
            "Seite; es wurde erneuert.",
            "Hallo,\n\ndie Funktion ist in Ihrem Tarif enthalten. Sie finden sie unter "
            "Einstellungen > Export.",
            "Wir haben Ihr Konto entsperrt. Sie können sich ab sofort wieder anmelden.",
        ),
        "fr": (
            "Bonjour,\n\nnous avons vérifié votre compte : le double prélèvement a été remboursé.",
            "Merci pour votre patience. Le problème venait d'une mise à jour de notre côté ; "
            "il est corrigé depuis ce matin.",
            "La limite de votre offre est de 50 projets. Vous pouvez archiver les anciens pour "
            "en créer de nouveaux.",
            "Votre compte a été débloqué, vous pouvez de nouveau vous connecter.",
        ),
        "es": (
            "Hola,\n\nhemos revisado su cuenta y le hemos reembolsado el cargo duplicado.",
            "Gracias por su paciencia. El error se debía a una actualización nuestra y ya "
            "está corregido.",
            "La exportación está disponible en Configuración > Datos. Puede descargar todo "
            "en formato CSV.",
            "Hemos desbloqueado su cuenta; ya puede iniciar sesión de nuevo.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n확인 결과 중복 결제된 금액은 환불 처리되었습니다. 카드사에 "
            "따라 3~5영업일 내에 반영됩니다.",
            "기다려 주셔서 감사합니다. 로그인 오류는 당사 서버 점검으로 인한 것이었으며 현재는 "
            "정상화되었습니다.",
            "요청하신 기능은 설정 > 내보내기 메뉴에서 이용하실 수 있습니다.",
            "계정 잠금을 해제해 드렸습니다. 이제 다시 로그인하실 수 있습니다.",
        ),
        "ja": (
            "お世話になっております。\n\n確認したところ、二重に請求された金額は返金処理が完了しております。",
            "お待たせいたしました。ログインできない問題は当社側の障害によるもので、現在は復旧しております。",
            "ご要望の機能は「設定」>「エクスポート」からご利用いただけます。",
            "アカウントのロックを解除いたしました。再度ログインをお試しください。",
        ),
    },
    "needs_info": {
        "en": (
            "Hi,\n\nTo look into this, could you send us a screenshot of the error and the "
            "approximate time it happened?",
            "Thanks for the report. Can you please confirm the email address on the account "
            "and the last four digits of the card?",
            "We need a bit more information before we can continue: which browser and version "
            "are you using?",
            "Could you reply with the request ID shown at the bottom of the failing API "
            "response? That lets us find the logs.",
            "Before I can make this change, please verify that you own the account by replying "
            "from the address it is registered with.",
        ),
        "de": (
            "Hallo,\n\nkönnten Sie uns bitte einen Screenshot der Fehlermeldung schicken?",
            "Damit wir weiterhelfen können, benötigen wir noch die E-Mail-Adresse Ihres Kontos.",
            "Bitte teilen Sie uns mit, welchen Browser Sie verwenden.",
            "Können Sie uns die Rechnungsnummer nennen, um die es geht?",
        ),
        "fr": (
            "Bonjour,\n\npourriez-vous nous envoyer une capture d'écran du message d'erreur ?",
            "Afin de poursuivre, merci de nous indiquer l'adresse e-mail associée au compte.",
            "Pouvez-vous nous préciser le navigateur que vous utilisez ?",
            "Nous avons besoin de quelques informations supplémentaires : la date et l'heure "
            "de la tentative de paiement.",
        ),
        "es": (
            "Hola,\n\n¿podría enviarnos una captura de pantalla del error?",
            "Para continuar necesitamos el correo electrónico asociado a su cuenta.",
            "Por favor, indíquenos qué navegador está utilizando.",
            "¿Nos puede facilitar el número de factura al que se refiere?",
        ),
        "ko": (
            "안녕하세요.\n\n확인을 위해 오류 화면의 스크린샷을 보내주실 수 있을까요?",
            "원활한 처리를 위해 계정에 등록된 이메일 주소를 알려주시기 바랍니다.",
            "사용 중이신 브라우저와 버전을 회신 부탁드립니다.",
            "결제하신 카드의 마지막 네 자리를 알려주시면 바로 확인해 드리겠습니다.",
        ),
        "ja": (
            "お手数ですが、エラー画面のスクリーンショットをお送りいただけますでしょうか。",
            "確認のため、アカウントに登録されているメールアドレスをお知らせください。",
            "ご利用のブラウザとバージョンを教えていただけますか。",
            "恐れ入りますが、対象の請求書番号をご返信ください。",
        ),
    },
    "resolved": {
        "en": (
            "Since we haven't heard back from you, we're marking this ticket as solved. Reply "
            "to this email to reopen it.",
            "I'm glad that worked! I'll go ahead and close this case now.",
            "This request has been resolved. If you need anything else, just open a new one.",
            "We are closing this conversation as the issue appears to be fixed.",
        ),
        "de": (
            "Da wir nichts mehr von Ihnen gehört haben, schließen wir dieses Ticket nun.",
            "Ihre Anfrage wurde als gelöst markiert. Antworten Sie einfach, um sie wieder "
            "zu öffnen.",
            "Das Problem ist behoben, wir schließen den Vorgang hiermit ab.",
        ),
        "fr": (
            "Sans nouvelles de votre part, nous clôturons ce ticket.",
            "Votre demande a été marquée comme résolue. Répondez à ce message pour la rouvrir.",
            "Le problème étant réglé, nous fermons cette demande.",
        ),
        "es": (
            "Como no hemos recibido respuesta, cerramos este ticket.",
            "Su solicitud ha sido marcada como resuelta. Responda a este correo para reabrirla.",
            "El problema está solucionado, así que damos por cerrado el caso.",
        ),
        "ko": (
            "추가 문의가 없으셔서 본 문의는 종료 처리되었습니다.",
            "문의하신 내용이 해결되어 티켓을 종료합니다. 다시 문의가 필요하시면 회신해 주세요.",
            "해당 건은 해결 완료로 처리되었습니다.",
        ),
        "ja": (
            "ご返信がございませんでしたので、本件はクローズとさせていただきます。",
            "お問い合わせは解決済みとなりました。再度ご質問がある場合はこのメールにご返信ください。",
            "問題が解決しましたので、本チケットを終了いたします。",
        ),
    },
}
