"""Round 3 of the tuning texts: the second held part.

Written after round 2 of tuning and scored once as held aside (2026-12-03: kind
accuracy 0.785, ticket 0.993, precision and recall 1.000;
``bench/results/intelligence-round2.json``), then moved into the tuning part.
"""

from __future__ import annotations

ROUND3: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Hi there,\n\nJust a quick note to let you know your email landed safely with "
            "our support desk. Your reference is {ticket}. Someone from the team will pick "
            "it up within one working day.",
            "Thanks for writing in. Your ticket {ticket} has been added to our support queue "
            "and an engineer will be assigned to it shortly.",
            "Hello Kim,\n\nThis auto-reply confirms receipt of your email. We answer requests "
            "Monday to Friday, usually in under 24 hours.",
        ),
        "de": (
            "Hallo Kim,\n\nwir bestätigen den Empfang Ihrer E-Mail. Ihr Anliegen hat die "
            "Nummer {ticket} erhalten; ein Mitarbeiter kümmert sich schnellstmöglich darum.",
            "Guten Tag,\n\nIhr Ticket {ticket} wurde angelegt. Wir antworten Ihnen in der "
            "Regel innerhalb eines Werktages.",
            "Danke für Ihre Nachricht an den Support. Sie erhalten von uns eine Antwort, "
            "sobald sich ein Kollege Ihr Anliegen angesehen hat.",
        ),
        "fr": (
            "Bonjour,\n\nnous accusons bonne réception de votre e-mail. Votre ticket porte le "
            "numéro {ticket} ; un conseiller vous répondra sous 48 heures.",
            "Merci d'avoir contacté notre support. Votre demande {ticket} a été prise en "
            "compte et sera traitée dans les plus brefs délais.",
            "Bonjour Kim,\n\nceci est une réponse automatique : votre message est arrivé dans "
            "notre file d'attente. Nous revenons vers vous très vite.",
        ),
        "es": (
            "Hola,\n\nconfirmamos la recepción de tu correo. Hemos abierto el ticket {ticket} y "
            "un miembro del equipo lo revisará lo antes posible.",
            "Gracias por contactar con soporte. Su caso {ticket} quedó registrado; recibirá "
            "una respuesta en las próximas 24 horas.",
            "Hola Kim,\n\ntu consulta ya está en manos de nuestro equipo. Te escribiremos en "
            "cuanto tengamos novedades.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n문의 메일이 정상적으로 수신되었습니다. "
            "접수 번호는 {ticket}이며, 영업일 기준 1일 이내에 담당자가 회신드릴 예정입니다.",
            "문의해 주셔서 감사합니다. 요청하신 문의 {ticket}가 접수되어 검토 대기 중입니다.",
            "안녕하세요. 보내주신 메일을 잘 받았습니다. 확인하는 대로 바로 연락드리겠습니다.",
        ),
        "ja": (
            "お問い合わせいただきありがとうございます。\n\nメールを確かに受信いたしました。"
            "受付番号は{ticket}です。担当者より2営業日以内にご連絡いたします。",
            "サポートセンターです。お問い合わせ{ticket}を受付いたしました。回答まで今しばらく"
            "お待ちください。",
            "本メールは自動送信です。いただいたご連絡は担当部署に届いております。",
        ),
    },
    "answer": {
        "en": (
            "Hi Kim,\n\nI looked into the double charge: the second payment was an "
            "authorisation hold that your bank will release by itself within five days. "
            "You won't be billed twice.",
            "Good news: the export job now finishes. We raised the size limit on your "
            "workspace to 2 GB, so larger archives go through as well.",
            "Hello,\n\nthe 500 errors came from a faulty deploy on our side between 09:10 and "
            "09:40 UTC. It was rolled back and your API keys were not affected.",
        ),
        "de": (
            "Hallo Kim,\n\ndie zweite Abbuchung war nur eine Vormerkung Ihrer Bank und "
            "verschwindet innerhalb weniger Tage von selbst.",
            "Ihr Export läuft jetzt wieder durch. Wir haben das Limit Ihres Arbeitsbereichs "
            "auf 2 GB erhöht.",
            "Guten Tag,\n\nwir haben Ihr Konto entsperrt. Sie können sich ab sofort wieder "
            "mit Ihrem neuen Passwort anmelden.",
        ),
        "fr": (
            "Bonjour Kim,\n\nle second prélèvement était une simple pré-autorisation ; votre "
            "banque l'annulera d'elle-même sous quelques jours.",
            "L'export fonctionne de nouveau : nous avons relevé la limite de votre espace de "
            "travail à 2 Go.",
            "Bonjour,\n\nvotre compte est débloqué, vous pouvez vous reconnecter avec votre "
            "nouveau mot de passe dès maintenant.",
        ),
        "es": (
            "Hola Kim,\n\nel segundo cargo era una preautorización del banco y desaparecerá "
            "por sí solo en unos días.",
            "La exportación ya funciona: hemos ampliado el límite de tu espacio de trabajo a 2 GB.",
            "Buenos días,\n\nhemos desbloqueado su cuenta; ya puede entrar con la nueva "
            "contraseña.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n두 번째 결제는 카드사의 승인 보류 건으로, 며칠 안에 자동으로 "
            "취소됩니다. 실제로 두 번 청구되지는 않습니다.",
            "내보내기 기능이 다시 정상 동작합니다. "
            "워크스페이스의 용량 한도를 2GB로 늘려 두었습니다.",
            "계정 잠금을 해제했습니다. 지금부터 새 비밀번호로 로그인하실 수 있습니다.",
        ),
        "ja": (
            "お世話になっております。\n\n2件目の請求はカード会社による仮押さえで、数日以内に"
            "自動的に取り消されます。二重に請求されることはございません。",
            "エクスポートが再び正常に完了するようになりました。ワークスペースの上限を2GBに"
            "引き上げております。",
            "アカウントのロックを解除いたしました。新しいパスワードで今すぐログインいただけます。",
        ),
    },
    "needs_info": {
        "en": (
            "Hi Kim,\n\nto trace the payment I'll need the last four digits of the card and "
            "the date of the second charge. Could you reply with both?",
            "Thanks for the details so far. What is the exact error text you see when the "
            "export stops?",
            "Hello,\n\nbefore we can unlock the account, please send a photo of the recovery "
            "codes page or the email address you signed up with.",
        ),
        "de": (
            "Hallo Kim,\n\num die Zahlung zuzuordnen, brauchen wir die letzten vier Ziffern "
            "der Karte. Könnten Sie uns diese schicken?",
            "Welche Fehlermeldung erscheint genau, wenn der Export abbricht?",
            "Guten Tag,\n\nschicken Sie uns bitte einen Screenshot der Fehlermeldung, damit "
            "wir das Problem nachstellen können.",
        ),
        "fr": (
            "Bonjour Kim,\n\npour retrouver le paiement, il nous faudrait les quatre derniers "
            "chiffres de la carte. Pouvez-vous nous les communiquer ?",
            "Quel message d'erreur s'affiche exactement lorsque l'export s'arrête ?",
            "Bonjour,\n\nenvoyez-nous une capture d'écran de l'erreur afin que nous puissions "
            "reproduire le problème.",
        ),
        "es": (
            "Hola Kim,\n\npara localizar el pago nos harían falta los últimos cuatro dígitos "
            "de la tarjeta. ¿Nos los puedes enviar?",
            "¿Qué mensaje de error aparece exactamente cuando se detiene la exportación?",
            "Buenos días,\n\nenvíenos una captura de pantalla del error para que podamos "
            "reproducirlo.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n결제 내역 확인을 위해 카드 번호 끝 네 자리와 "
            "두 번째 결제 일자를 회신 부탁드립니다.",
            "내보내기가 중단될 때 화면에 표시되는 오류 메시지를 정확히 알려주실 수 있을까요?",
            "문제 재현을 위해 오류 화면의 스크린샷을 첨부해 주시면 감사하겠습니다.",
        ),
        "ja": (
            "お世話になっております。\n\nお支払いを特定するため、カード番号の下4桁と2件目の"
            "請求日をお知らせいただけますでしょうか。",
            "エクスポートが止まる際に表示されるエラーメッセージを正確にお教えください。",
            "再現確認のため、エラー画面のスクリーンショットを添付してご返信いただけますと幸いです。",
        ),
    },
    "resolved": {
        "en": (
            "Since the refund has gone through, I'll go ahead and close out this ticket. "
            "Thanks for your patience!",
            "This conversation was closed automatically because it had no activity for 7 days.",
            "Hi Kim,\n\nglad the export works again. I've set your request to Solved; "
            "replying to this email will reopen it.",
        ),
        "de": (
            "Da die Erstattung erfolgt ist, schließe ich dieses Ticket jetzt. Vielen Dank für "
            "Ihre Geduld!",
            "Diese Anfrage wurde automatisch geschlossen, da es 7 Tage lang keine Aktivität gab.",
            "Hallo Kim,\n\nschön, dass der Export wieder läuft. Ich habe Ihr Ticket auf "
            "„Gelöst“ gesetzt.",
        ),
        "fr": (
            "Le remboursement étant effectué, je clôture ce ticket. Merci de votre patience !",
            "Cette conversation a été fermée automatiquement après 7 jours sans activité.",
            "Bonjour Kim,\n\nravi que l'export fonctionne à nouveau. J'ai passé votre demande "
            "au statut « Résolu ».",
        ),
        "es": (
            "Como el reembolso ya se ha realizado, cierro este ticket. ¡Gracias por tu paciencia!",
            "Esta conversación se cerró automáticamente tras 7 días sin actividad.",
            "Hola Kim,\n\nme alegra que la exportación vuelva a funcionar. He marcado tu "
            "solicitud como resuelta.",
        ),
        "ko": (
            "환불이 완료되어 본 티켓을 닫겠습니다. 기다려 주셔서 감사합니다.",
            "7일 동안 추가 활동이 없어 이 대화는 자동으로 종료되었습니다.",
            "안녕하세요, 고객님.\n\n내보내기가 다시 잘 된다니 다행입니다. 문의 상태를 '해결됨'으로 "
            "변경해 두었습니다.",
        ),
        "ja": (
            "返金が完了いたしましたので、本チケットはこれにて終了とさせていただきます。",
            "7日間やり取りがなかったため、この会話は自動的に閉じられました。",
            "お世話になっております。\n\nエクスポートが復旧したとのことで安心いたしました。"
            "お問い合わせのステータスを「解決済み」に変更いたしました。",
        ),
    },
}
