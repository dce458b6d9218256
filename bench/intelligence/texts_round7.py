"""The sixth held-aside part (round 6 of the protocol): scored once while held
(kind 0.875, precision 1.000, recall 0.972, ticket 0.993; bench/results), then moved
into tuning for round 7. Its misses were read for structure, not copied into rules.
"""

from __future__ import annotations

ROUND7: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "This is an automated note to say we've got your email. For your records, the "
            "reference is {ticket}; our support hours are 9am to 6pm CET.",
            "Hi there,\n\nthanks for writing in! Case {ticket} is now in our support queue "
            "and the next available engineer will pick it up.",
            "We have your message. Expect to hear from a person on our team within two "
            "working days.",
        ),
        "de": (
            "Dies ist eine automatische Bestätigung: Ihre E-Mail ist angekommen. Ihre "
            "Referenz lautet {ticket}; unser Support ist werktags von 9 bis 18 Uhr erreichbar.",
            "Guten Tag,\n\ndanke für Ihre Nachricht! Fall {ticket} steht jetzt in unserer "
            "Warteschlange, der nächste freie Techniker übernimmt ihn.",
            "Ihre Nachricht liegt uns vor. Ein Mitarbeiter aus unserem Team meldet sich "
            "innerhalb von zwei Werktagen.",
        ),
        "fr": (
            "Ceci est un accusé de réception automatique : votre e-mail nous est parvenu. "
            "Votre référence est {ticket} ; notre support est joignable de 9 h à 18 h.",
            "Bonjour,\n\nmerci de nous avoir écrit ! Le dossier {ticket} est dans notre file "
            "d'attente et le prochain technicien disponible s'en occupera.",
            "Nous avons bien votre message. Une personne de notre équipe vous écrira sous "
            "deux jours ouvrés.",
        ),
        "es": (
            "Este es un aviso automático para confirmar que hemos recibido tu correo. Tu "
            "referencia es {ticket}; nuestro horario de soporte es de 9 a 18 h.",
            "Hola,\n\n¡gracias por escribirnos! El caso {ticket} ya está en nuestra cola y lo "
            "atenderá el próximo técnico disponible.",
            "Tenemos tu mensaje. Una persona de nuestro equipo te escribirá en un plazo de dos "
            "días hábiles.",
        ),
        "ko": (
            "본 메일은 자동 발송되었습니다. 보내주신 이메일을 잘 받았으며, 참조 번호는 {ticket}입니다. "
            "상담 시간은 평일 오전 9시부터 오후 6시까지입니다.",
            "안녕하세요.\n\n연락 주셔서 감사합니다! 케이스 {ticket}이(가) 상담 대기열에 등록되었으며 "
            "가장 먼저 가능한 엔지니어가 맡게 됩니다.",
            "메시지를 확인했습니다. 영업일 기준 2일 이내에 담당자가 직접 답장드리겠습니다.",
        ),
        "ja": (
            "本メールは自動送信です。お送りいただいたメールを受信いたしました。参照番号は{ticket}"
            "です。サポート受付時間は平日9時から18時です。",
            "こんにちは。\n\nご連絡ありがとうございます。ケース{ticket}はサポートの待ち行列に"
            "登録され、手の空いたエンジニアが順番に対応いたします。",
            "メッセージを拝受しました。2営業日以内に担当者より直接ご返信いたします。",
        ),
    },
    "answer": {
        "en": (
            "Hi Kim,\n\ngo to Settings > Billing and click Download next to each month; the "
            "PDF there already carries your VAT number.",
            "The webhook failures came from an expired certificate on our side. We renewed "
            "it this morning and replayed the 214 missed events.",
            "Your storage limit is now 500 GB. The change applies to every project in the "
            "organisation, no restart needed.",
        ),
        "de": (
            "Hallo Kim,\n\ngehen Sie zu Einstellungen > Abrechnung und klicken Sie neben jedem "
            "Monat auf Herunterladen; das PDF dort enthält Ihre USt-IdNr. bereits.",
            "Die Webhook-Fehler kamen von einem abgelaufenen Zertifikat bei uns. Wir haben es "
            "heute früh erneuert und die 214 verpassten Ereignisse nachgesendet.",
            "Ihr Speicherlimit liegt jetzt bei 500 GB. Die Änderung gilt für alle Projekte der "
            "Organisation, ein Neustart ist nicht nötig.",
        ),
        "fr": (
            "Bonjour Kim,\n\nallez dans Paramètres > Facturation et cliquez sur Télécharger à "
            "côté de chaque mois ; le PDF contient déjà votre numéro de TVA.",
            "Les échecs de webhook venaient d'un certificat expiré chez nous. Nous l'avons "
            "renouvelé ce matin et renvoyé les 214 événements manqués.",
            "Votre limite de stockage est maintenant de 500 Go. Le changement vaut pour tous "
            "les projets de l'organisation, sans redémarrage.",
        ),
        "es": (
            "Hola Kim,\n\nve a Ajustes > Facturación y pulsa Descargar junto a cada mes; el PDF "
            "ya incluye tu número de IVA.",
            "Los fallos del webhook venían de un certificado caducado en nuestro lado. Lo "
            "renovamos esta mañana y reenviamos los 214 eventos perdidos.",
            "Tu límite de almacenamiento ya es de 500 GB. El cambio se aplica a todos los "
            "proyectos de la organización, sin reiniciar nada.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n설정 > 결제에서 각 월 옆의 다운로드를 누르시면 됩니다. 해당 "
            "PDF에는 사업자 번호가 이미 포함되어 있습니다.",
            "웹훅 실패는 저희 쪽 인증서가 만료되어 생긴 문제였습니다. 오늘 아침 인증서를 갱신하고 "
            "누락된 이벤트 214건을 다시 전송했습니다.",
            "저장 용량 한도가 500GB로 늘어났습니다. 조직의 모든 프로젝트에 적용되며 재시작은 "
            "필요 없습니다.",
        ),
        "ja": (
            "お世話になっております。\n\n設定 > 請求から各月の横にある「ダウンロード」を押して"
            "ください。そのPDFには登録番号がすでに記載されています。",
            "Webhookの失敗は弊社側の証明書の期限切れが原因でした。今朝更新し、未送信だった"
            "214件のイベントを再送いたしました。",
            "ストレージの上限を500GBに変更いたしました。組織内のすべてのプロジェクトに適用され、"
            "再起動は不要です。",
        ),
    },
    "needs_info": {
        "en": (
            "Hi Kim,\n\nwe're unable to go further without the order number from your "
            "confirmation email. It starts with ORD.",
            "One thing would help a lot: run `acme doctor --verbose` and paste the output "
            "into your reply.",
            "What time zone were you in when the charge appeared, and was it on the mobile "
            "app or the website?",
        ),
        "de": (
            "Hallo Kim,\n\nohne die Bestellnummer aus Ihrer Bestätigungsmail kommen wir nicht "
            "weiter. Sie beginnt mit ORD.",
            "Eine Sache würde sehr helfen: Führen Sie `acme doctor --verbose` aus und fügen "
            "Sie die Ausgabe in Ihre Antwort ein.",
            "In welcher Zeitzone waren Sie, als die Abbuchung erschien, und war das in der "
            "App oder auf der Website?",
        ),
        "fr": (
            "Bonjour Kim,\n\nsans le numéro de commande de votre e-mail de confirmation, nous "
            "ne pouvons pas aller plus loin. Il commence par ORD.",
            "Une chose nous aiderait beaucoup : lancez `acme doctor --verbose` et collez le "
            "résultat dans votre réponse.",
            "Dans quel fuseau horaire étiez-vous quand le prélèvement est apparu, et était-ce "
            "dans l'application ou sur le site ?",
        ),
        "es": (
            "Hola Kim,\n\nsin el número de pedido de tu correo de confirmación no podemos "
            "seguir. Empieza por ORD.",
            "Una cosa nos ayudaría mucho: ejecuta `acme doctor --verbose` y pega la salida en "
            "tu respuesta.",
            "¿En qué zona horaria estabas cuando apareció el cargo, y fue en la app o en la web?",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n확인 메일에 있는 주문 번호가 없으면 더 진행하기 어렵습니다. "
            "번호는 ORD로 시작합니다.",
            "한 가지가 큰 도움이 됩니다. `acme doctor --verbose`를 실행하신 뒤 결과를 답장에 "
            "붙여 주세요.",
            "결제가 표시되었을 때 어느 시간대에 계셨고, 모바일 앱과 웹사이트 중 어디에서였나요?",
        ),
        "ja": (
            "お世話になっております。\n\n確認メールに記載の注文番号がないと、これ以上調査を"
            "進められません。番号はORDで始まります。",
            "一点お願いがございます。`acme doctor --verbose`を実行し、その出力を返信に"
            "貼り付けてください。",
            "請求が表示されたとき、どのタイムゾーンにいらっしゃいましたか。また、アプリと"
            "ウェブサイトのどちらでしたか。",
        ),
    },
    "resolved": {
        "en": (
            "We've gone ahead and marked your ticket as solved. Replying to this email "
            "will open it again.",
            "Hi Kim,\n\nthis conversation was closed because the fix has shipped. Thanks for "
            "reporting it!",
            "I'll close this one out now that the refund has gone through. Have a great week.",
        ),
        "de": (
            "Wir haben Ihr Ticket als gelöst markiert. Wenn Sie auf diese E-Mail antworten, "
            "wird es wieder geöffnet.",
            "Hallo Kim,\n\ndiese Unterhaltung wurde geschlossen, da die Korrektur ausgeliefert "
            "ist. Danke für Ihre Meldung!",
            "Da die Erstattung durch ist, schließe ich diesen Vorgang jetzt. Eine schöne Woche!",
        ),
        "fr": (
            "Nous avons marqué votre ticket comme résolu. Répondre à cet e-mail le rouvrira.",
            "Bonjour Kim,\n\ncette conversation a été fermée car le correctif est en "
            "production. Merci de nous l'avoir signalé !",
            "Le remboursement étant passé, je clôture cette demande. Bonne semaine !",
        ),
        "es": (
            "Hemos marcado tu ticket como resuelto. Si respondes a este correo, se volverá a "
            "abrir.",
            "Hola Kim,\n\nesta conversación se cerró porque la corrección ya está publicada. "
            "¡Gracias por avisarnos!",
            "Como el reembolso ya se ha hecho, cierro esta solicitud. ¡Que tengas buena semana!",
        ),
        "ko": (
            "고객님의 티켓을 해결됨으로 표시했습니다. 이 메일에 회신하시면 티켓이 다시 열립니다.",
            "안녕하세요, 고객님.\n\n수정 사항이 배포되어 이 대화를 종료했습니다. 알려 주셔서 "
            "감사합니다!",
            "환불이 완료되어 이번 문의는 여기서 마무리하겠습니다. 좋은 한 주 보내세요.",
        ),
        "ja": (
            "お客様のチケットを解決済みにいたしました。このメールにご返信いただくと再度"
            "オープンされます。",
            "こんにちは。\n\n修正がリリースされたため、この会話をクローズいたしました。ご報告"
            "ありがとうございました。",
            "返金が完了しましたので、本件はこれにて終了とさせていただきます。",
        ),
    },
}
