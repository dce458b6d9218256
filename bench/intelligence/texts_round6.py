"""The fifth held-aside part (round 5 of the protocol): scored once while held
(kind 0.910, precision and recall 1.000, ticket 0.993; bench/results), then moved into
tuning for round 6. Its misses were read for structure, not copied into rules.
"""

from __future__ import annotations

ROUND6: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Hello Kim,\n\nGood news: your request made it to us and has the number {ticket}. "
            "We usually answer within a day, Monday to Friday.",
            "Thank you! A ticket ({ticket}) was opened in our system. One of our agents "
            "will contact you as soon as possible.",
            "Your email is now with our support team. Hang tight, we'll be in touch shortly.",
        ),
        "de": (
            "Hallo Kim,\n\nIhre Anfrage ist unter {ticket} bei uns eingegangen. Wir antworten "
            "normalerweise innerhalb eines Werktages.",
            "Vielen Dank! Für Ihr Anliegen wurde das Ticket {ticket} angelegt. Ein Kollege "
            "meldet sich so bald wie möglich.",
            "Ihre E-Mail liegt jetzt bei unserem Support-Team. Wir melden uns in Kürze.",
        ),
        "fr": (
            "Bonjour Kim,\n\nvotre demande nous est bien arrivée et porte le numéro {ticket}. "
            "Nous répondons en général sous un jour ouvré.",
            "Merci ! Un ticket ({ticket}) a été ouvert dans notre système. Un agent vous "
            "contactera dès que possible.",
            "Votre e-mail est entre les mains de notre équipe support. Nous revenons vers vous "
            "rapidement.",
        ),
        "es": (
            "Hola Kim,\n\ntu solicitud nos ha llegado con el número {ticket}. Solemos responder "
            "en menos de un día hábil.",
            "¡Gracias! Se abrió un ticket ({ticket}) en nuestro sistema. Un agente se pondrá en "
            "contacto contigo lo antes posible.",
            "Tu correo ya está con nuestro equipo de soporte. Te responderemos en breve.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n문의가 접수 번호 {ticket}(으)로 잘 전달되었습니다. 보통 영업일 "
            "기준 하루 안에 답변드립니다.",
            "감사합니다. 시스템에 티켓({ticket})이 생성되었으며 상담원이 최대한 빨리 연락드리겠습니다.",
            "보내주신 메일이 고객지원팀에 전달되었습니다. 곧 연락드리겠습니다.",
        ),
        "ja": (
            "お問い合わせいただきありがとうございます。\n\nお問い合わせは番号{ticket}で承っております。"
            "通常1営業日以内にご返信いたします。",
            "ありがとうございます。システム上でチケット（{ticket}）が作成されました。担当者より"
            "できるだけ早くご連絡いたします。",
            "メールはサポートチームに届いております。まもなくご連絡いたします。",
        ),
    },
    "answer": {
        "en": (
            "Hi Kim,\n\nthe login loop is fixed: your account had two sessions fighting over "
            "the same token, and I've revoked the stale one.",
            "I've corrected the company name on all three invoices. You'll find the updated "
            "copies in the billing section now.",
            "The duplicate charge has been reversed; your bank statement should show the "
            "credit within a week.",
        ),
        "de": (
            "Hallo Kim,\n\ndie Anmeldeschleife ist behoben: Zwei Sitzungen haben sich um "
            "dasselbe Token gestritten, die alte haben wir widerrufen.",
            "Ich habe den Firmennamen auf allen drei Rechnungen korrigiert. Die neuen Fassungen "
            "finden Sie im Abrechnungsbereich.",
            "Die doppelte Abbuchung wurde storniert; die Gutschrift sehen Sie innerhalb einer "
            "Woche auf Ihrem Kontoauszug.",
        ),
        "fr": (
            "Bonjour Kim,\n\nla boucle de connexion est corrigée : deux sessions se disputaient "
            "le même jeton, nous avons révoqué l'ancienne.",
            "J'ai corrigé le nom de la société sur les trois factures. Les nouvelles versions "
            "sont dans l'espace facturation.",
            "Le double prélèvement a été annulé ; le crédit apparaîtra sur votre relevé d'ici "
            "une semaine.",
        ),
        "es": (
            "Hola Kim,\n\nel bucle de inicio de sesión está resuelto: dos sesiones competían "
            "por el mismo token y revocamos la antigua.",
            "He corregido el nombre de la empresa en las tres facturas. Las versiones nuevas "
            "están en la sección de facturación.",
            "El cargo duplicado se ha anulado; verás el abono en tu extracto en una semana.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n로그인 반복 문제를 해결했습니다. 두 세션이 같은 토큰을 두고 "
            "충돌하고 있어 오래된 세션을 폐기했습니다.",
            "세 장의 청구서 모두에서 회사명을 수정했습니다. 결제 메뉴에서 새 청구서를 확인하실 수 "
            "있습니다.",
            "중복 결제가 취소되었습니다. 일주일 안에 카드 명세서에 반영됩니다.",
        ),
        "ja": (
            "お世話になっております。\n\nログインの繰り返しは、2つのセッションが同じトークンを"
            "奪い合っていたことが原因でしたので、古いセッションを無効化いたしました。",
            "3件すべての請求書で会社名を修正いたしました。請求メニューから新しい請求書をご確認"
            "いただけます。",
            "二重請求は取り消されました。1週間以内にカードの明細に反映されます。",
        ),
    },
    "needs_info": {
        "en": (
            "Hi Kim,\n\nso we can reproduce this: which browser and version are you on, and "
            "does it also happen in the desktop app?",
            "Thanks for the screenshot. Could I also get the request ID shown at the bottom "
            "of the error page?",
            "To verify that you own the account, reply with the last four digits of the card "
            "on file and the month it expires.",
        ),
        "de": (
            "Hallo Kim,\n\ndamit wir das nachstellen können: Welchen Browser in welcher Version "
            "nutzen Sie, und tritt es auch in der Desktop-App auf?",
            "Danke für den Screenshot. Könnte ich noch die Request-ID bekommen, die unten auf "
            "der Fehlerseite steht?",
            "Zur Bestätigung, dass das Konto Ihnen gehört, antworten Sie bitte mit den letzten "
            "vier Ziffern der hinterlegten Karte und ihrem Ablaufmonat.",
        ),
        "fr": (
            "Bonjour Kim,\n\npour reproduire le problème : quel navigateur et quelle version "
            "utilisez-vous, et cela arrive-t-il aussi dans l'application ?",
            "Merci pour la capture. Pourrais-je aussi avoir l'identifiant de requête affiché "
            "en bas de la page d'erreur ?",
            "Pour vérifier que le compte vous appartient, répondez avec les quatre derniers "
            "chiffres de la carte enregistrée et son mois d'expiration.",
        ),
        "es": (
            "Hola Kim,\n\npara reproducirlo: ¿qué navegador y versión usas, y pasa también en "
            "la aplicación de escritorio?",
            "Gracias por la captura. ¿Podría tener también el ID de solicitud que aparece al "
            "pie de la página de error?",
            "Para verificar que la cuenta es tuya, responde con los cuatro últimos dígitos de "
            "la tarjeta registrada y su mes de caducidad.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n재현을 위해 어떤 브라우저의 몇 버전을 쓰시는지, 데스크톱 앱에서도 "
            "같은 문제가 생기는지 확인 부탁드립니다.",
            "스크린샷 감사합니다. 오류 페이지 하단에 표시된 요청 ID도 받을 수 있을까요?",
            "계정 소유 확인을 위해 등록된 카드 번호 끝 네 자리와 유효기간 월을 회신해 주세요.",
        ),
        "ja": (
            "お世話になっております。\n\n再現のため、ご利用のブラウザとバージョン、またデスクトップ"
            "アプリでも発生するかをお知らせいただけますか。",
            "スクリーンショットありがとうございます。エラーページ下部のリクエストIDもいただけますか。",
            "アカウントのご本人確認のため、ご登録カードの下4桁と有効期限の月をご返信ください。",
        ),
    },
    "resolved": {
        "en": (
            "Since everything checks out now, I'm setting this case to closed. Thanks for "
            "your patience, Kim!",
            "Hi Kim,\n\nthis ticket was automatically closed after 7 days without a reply. "
            "Write back any time if you still need us.",
            "Your support request has been completed. We're glad we could help.",
        ),
        "de": (
            "Da jetzt alles passt, setze ich diesen Fall auf geschlossen. Danke für Ihre "
            "Geduld, Kim!",
            "Hallo Kim,\n\ndieses Ticket wurde nach 7 Tagen ohne Antwort automatisch "
            "geschlossen. Schreiben Sie uns jederzeit, wenn Sie noch Hilfe brauchen.",
            "Ihre Supportanfrage ist abgeschlossen. Schön, dass wir helfen konnten.",
        ),
        "fr": (
            "Comme tout est en ordre, je passe ce dossier à l'état fermé. Merci de votre "
            "patience, Kim !",
            "Bonjour Kim,\n\nce ticket a été fermé automatiquement après 7 jours sans réponse. "
            "Écrivez-nous à tout moment si vous avez encore besoin de nous.",
            "Votre demande d'assistance est terminée. Ravis d'avoir pu vous aider.",
        ),
        "es": (
            "Como ya está todo en orden, paso este caso a cerrado. ¡Gracias por tu paciencia, Kim!",
            "Hola Kim,\n\neste ticket se cerró automáticamente tras 7 días sin respuesta. "
            "Escríbenos cuando quieras si aún nos necesitas.",
            "Tu solicitud de soporte se ha completado. Nos alegra haber podido ayudar.",
        ),
        "ko": (
            "모든 것이 정상으로 확인되어 이 건을 종료 상태로 변경합니다. 기다려 주셔서 감사합니다.",
            "안녕하세요, 고객님.\n\n7일간 회신이 없어 이 티켓은 자동으로 닫혔습니다. 도움이 필요하시면 "
            "언제든 다시 연락 주세요.",
            "고객님의 지원 요청 처리가 완료되었습니다. 도움이 되어 기쁩니다.",
        ),
        "ja": (
            "すべて問題ないことを確認できましたので、本件をクローズに変更いたします。",
            "お世話になっております。\n\n7日間ご返信がなかったため、このチケットは自動的に閉じられ"
            "ました。引き続きお困りの際はいつでもご連絡ください。",
            "サポートリクエストの対応が完了しました。お役に立てて何よりです。",
        ),
    },
}
