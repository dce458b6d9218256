"""Round 4 of the tuning texts: the third held part.

Written after round 3 of tuning and scored once as held aside (2026-12-03: kind
accuracy 0.847, ticket 0.993, precision and recall 1.000;
``bench/results/intelligence-round3.json``), then moved into the tuning part.
"""

from __future__ import annotations

ROUND4: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Hey Kim, thanks for getting in touch! We've logged this as {ticket}. Expect to "
            "hear from a human within the next two business days.",
            "Hello,\n\nWe're confirming that your support request was submitted successfully. "
            "No need to do anything else for now; we'll email you as soon as we have an "
            "update.",
            "Thank you for your email. This mailbox is monitored Monday through Friday and "
            "your message ({ticket}) will be answered in the order it was received.",
        ),
        "de": (
            "Hallo Kim,\n\ndanke für Ihre Kontaktaufnahme. Ihr Anliegen wird unter {ticket} "
            "geführt und so schnell wie möglich von uns beantwortet.",
            "Dies ist eine automatisch versandte Eingangsbestätigung. Bitte haben Sie etwas "
            "Geduld, wir kommen innerhalb von 48 Stunden auf Sie zu.",
            "Guten Tag,\n\nwir haben Ihre Supportanfrage {ticket} aufgenommen und an das "
            "zuständige Team weitergeleitet, das sich in Kürze meldet.",
        ),
        "fr": (
            "Bonjour Kim,\n\nmerci de votre prise de contact. Votre demande est enregistrée "
            "sous {ticket} ; nous vous recontactons sous deux jours ouvrés.",
            "Ceci est un accusé de réception automatique. Un agent étudiera votre message et "
            "vous répondra dès que possible.",
            "Bonjour,\n\nnous avons bien noté votre demande ({ticket}). L'équipe support la "
            "prendra en charge dans les 24 heures.",
        ),
        "es": (
            "Hola Kim,\n\ngracias por ponerte en contacto. Tu solicitud quedó registrada con "
            "el número {ticket} y te contestaremos en un máximo de dos días laborables.",
            "Este es un acuse de recibo automático: hemos recibido tu mensaje y pronto un "
            "agente se pondrá en contacto contigo.",
            "Buenas tardes,\n\nsu petición {ticket} ha entrado en nuestro sistema. Le "
            "responderemos lo antes posible.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n고객님의 문의가 {ticket} 번호로 등록되었습니다. "
            "2영업일 이내에 답변을 드리도록 하겠습니다.",
            "본 메일은 발신 전용 자동 안내 메일입니다. 문의 내용을 확인한 후 순차적으로 회신해 "
            "드리겠습니다.",
            "안녕하세요. 고객지원팀입니다. 요청 건({ticket})을 잘 전달받았으며, 담당자 배정 후 "
            "연락드리겠습니다.",
        ),
        "ja": (
            "お問い合わせありがとうございます。\n\n以下の受付番号にて承りました：{ticket}\n"
            "担当者より順次ご回答いたしますので、しばらくお待ちください。",
            "本メールはシステムより自動で送信しています。お問い合わせ内容を確認のうえ、"
            "3営業日以内にご連絡いたします。",
            "サポートチームです。ご依頼（{ticket}）を確かにお預かりしました。回答まで少々お時間を"
            "いただきます。",
        ),
    },
    "answer": {
        "en": (
            "Hi Kim,\n\nthe invoice now shows your company's new address. You can download "
            "the corrected PDF from the billing page.",
            "We tracked the login loop down to a stale session cookie. I've cleared your "
            "sessions on our side, so signing in should work on the first try now.",
            "Hello,\n\nyou were charged twice because two subscriptions were active. I "
            "cancelled the duplicate and refunded $19.00 to your card.",
        ),
        "de": (
            "Hallo Kim,\n\ndie Rechnung trägt jetzt die neue Firmenadresse. Die korrigierte "
            "PDF finden Sie auf der Abrechnungsseite.",
            "Die Anmeldeschleife kam von einem veralteten Sitzungscookie. Wir haben Ihre "
            "Sitzungen zurückgesetzt, die Anmeldung klappt jetzt wieder.",
            "Es waren zwei Abonnements aktiv. Das doppelte haben wir gekündigt und Ihnen "
            "19,00 € erstattet.",
        ),
        "fr": (
            "Bonjour Kim,\n\nla facture porte désormais la nouvelle adresse de votre société. "
            "Le PDF corrigé est disponible dans l'espace facturation.",
            "La boucle de connexion venait d'un cookie de session périmé. Nous avons "
            "réinitialisé vos sessions : la connexion fonctionne à nouveau.",
            "Deux abonnements étaient actifs. Nous avons annulé le doublon et remboursé "
            "19,00 € sur votre carte.",
        ),
        "es": (
            "Hola Kim,\n\nla factura ya muestra la nueva dirección de tu empresa. Puedes "
            "descargar el PDF corregido desde la página de facturación.",
            "El bucle de inicio de sesión lo causaba una cookie caducada. Hemos reiniciado "
            "tus sesiones y ya puedes entrar sin problema.",
            "Tenías dos suscripciones activas. Cancelamos la duplicada y te devolvimos "
            "19,00 € a la tarjeta.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n청구서의 주소를 새 회사 주소로 수정했습니다. 결제 페이지에서 "
            "수정된 PDF를 내려받으실 수 있습니다.",
            "로그인 반복 현상은 만료된 세션 쿠키 때문이었습니다. 저희 쪽에서 세션을 초기화해 "
            "두었으니 이제 정상적으로 로그인됩니다.",
            "구독이 두 개 활성화되어 있어 이중으로 결제되었습니다. 중복 구독을 해지하고 "
            "19,000원을 환불 처리했습니다.",
        ),
        "ja": (
            "お世話になっております。\n\n請求書の宛名を新しいご住所に修正いたしました。"
            "請求ページから修正版のPDFをダウンロードいただけます。",
            "ログインが繰り返される現象は、期限切れのセッションクッキーが原因でした。"
            "セッションをリセットいたしましたので、現在は正常にログインできます。",
            "サブスクリプションが2件有効になっていたため二重請求となっておりました。"
            "重複分を解約し、1,900円を返金いたしました。",
        ),
    },
    "needs_info": {
        "en": (
            "Hi Kim,\n\nI'd like to check one thing first: do you still have access to the "
            "phone number on the account?",
            "To move forward we'll need a screenshot of the billing page showing both "
            "charges. Reply to this email with it attached.",
            "Thanks! One more question: roughly how many rows does the file you're exporting have?",
        ),
        "de": (
            "Hallo Kim,\n\neine Frage vorab: Haben Sie noch Zugriff auf die Telefonnummer, "
            "die im Konto hinterlegt ist?",
            "Damit wir weitermachen können, benötigen wir einen Screenshot der "
            "Abrechnungsseite mit beiden Buchungen.",
            "Danke! Noch eine Frage: Wie viele Zeilen hat die Datei ungefähr, die Sie exportieren?",
        ),
        "fr": (
            "Bonjour Kim,\n\nune question d'abord : avez-vous encore accès au numéro de "
            "téléphone associé au compte ?",
            "Pour avancer, il nous faut une capture d'écran de la page de facturation "
            "montrant les deux prélèvements.",
            "Merci ! Encore une question : combien de lignes contient à peu près le fichier "
            "que vous exportez ?",
        ),
        "es": (
            "Hola Kim,\n\nuna pregunta antes de seguir: ¿todavía tienes acceso al número de "
            "teléfono de la cuenta?",
            "Para avanzar necesitamos una captura de la página de facturación en la que se "
            "vean los dos cargos.",
            "¡Gracias! Una pregunta más: ¿cuántas filas tiene más o menos el archivo que exportas?",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n먼저 한 가지 확인드리고 싶습니다. 계정에 등록된 휴대폰 번호를 "
            "아직 사용하고 계신가요?",
            "진행을 위해 두 건의 결제가 모두 보이는 결제 페이지 캡처 화면이 필요합니다.",
            "감사합니다. 한 가지 더 여쭙겠습니다. "
            "내보내시려는 파일의 행 수가 대략 어느 정도인지요?",
        ),
        "ja": (
            "お世話になっております。\n\nまず1点確認させてください。アカウントに登録の電話番号は"
            "現在もお使いでしょうか。",
            "調査を進めるにあたり、2件の請求が表示された請求ページの画面キャプチャをご送付ください。",
            "ありがとうございます。もう1点お伺いします。エクスポートされるファイルはおおよそ何行"
            "ありますか。",
        ),
    },
    "resolved": {
        "en": (
            "Glad we could sort this out! I'm marking the conversation as done on our end; "
            "just write back if anything changes.",
            "Hi Kim,\n\nwe haven't heard from you in a while, so we've gone ahead and closed "
            "your support case. Replying here will reopen it.",
            "Your request {ticket} is now resolved. Thank you for contacting us.",
        ),
        "de": (
            "Schön, dass es wieder klappt! Ich markiere die Unterhaltung bei uns als erledigt.",
            "Hallo Kim,\n\nda wir länger nichts von Ihnen gehört haben, haben wir Ihren "
            "Supportfall geschlossen. Eine Antwort auf diese E-Mail öffnet ihn wieder.",
            "Ihre Anfrage {ticket} ist nun gelöst. Vielen Dank für Ihre Kontaktaufnahme.",
        ),
        "fr": (
            "Ravi que tout soit rentré dans l'ordre ! Je marque la conversation comme "
            "terminée de notre côté.",
            "Bonjour Kim,\n\nsans nouvelles de votre part depuis un moment, nous avons clos "
            "votre dossier. Il suffit de répondre à ce message pour le rouvrir.",
            "Votre demande {ticket} est désormais résolue. Merci de nous avoir contactés.",
        ),
        "es": (
            "¡Qué bien que ya funcione! Marco la conversación como finalizada por nuestra parte.",
            "Hola Kim,\n\ncomo no hemos sabido de ti en un tiempo, hemos cerrado tu caso de "
            "soporte. Si respondes a este correo se volverá a abrir.",
            "Tu solicitud {ticket} ya está resuelta. Gracias por contactarnos.",
        ),
        "ko": (
            "문제가 해결되어 다행입니다. 저희 쪽에서 이 상담은 완료로 표시해 두겠습니다.",
            "안녕하세요, 고객님.\n\n한동안 회신이 없으셔서 지원 요청을 종료했습니다. 이 메일에 "
            "답장하시면 다시 열립니다.",
            "고객님의 문의 {ticket}이(가) 해결 처리되었습니다. 이용해 주셔서 감사합니다.",
        ),
        "ja": (
            "無事解決してよかったです。こちらでこのやり取りを完了扱いにいたします。",
            "お世話になっております。\n\nしばらくご返信がございませんでしたので、サポートケースを"
            "クローズいたしました。本メールにご返信いただくと再開されます。",
            "お問い合わせ{ticket}は解決済みとなりました。ご利用ありがとうございました。",
        ),
    },
}
