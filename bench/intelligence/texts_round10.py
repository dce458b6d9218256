"""The ninth held-aside part (round 9 of the protocol): scored once while held (kind
0.736, precision 1.000, recall 1.000, ticket 0.993; bench/results), then moved into
tuning for round 10. Its misses were read for structure, not copied into rules.
"""

from __future__ import annotations

ROUND10: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Hello,\n\nthis message confirms that we've opened support case {ticket} on your "
            "behalf. Please keep this number handy if you contact us again.",
            "Hey Kim! Just letting you know we've seen your request ({ticket}) and a "
            "teammate is on it. You'll hear from us by tomorrow.",
            "Your enquiry has been passed to our billing specialists, who aim to answer "
            "within three working days.",
        ),
        "de": (
            "Guten Tag,\n\nmit dieser Nachricht bestätigen wir, dass wir den Supportfall "
            "{ticket} für Sie eröffnet haben. Bitte halten Sie die Nummer bereit, falls Sie "
            "uns erneut kontaktieren.",
            "Hallo Kim! Nur kurz: Wir haben Ihre Anfrage ({ticket}) gesehen, ein Kollege "
            "kümmert sich darum. Sie hören spätestens morgen von uns.",
            "Ihre Anfrage wurde an unsere Abrechnungsspezialisten weitergegeben, die "
            "innerhalb von drei Werktagen antworten möchten.",
        ),
        "fr": (
            "Bonjour,\n\nce message confirme que nous avons ouvert le dossier de support "
            "{ticket} en votre nom. Gardez ce numéro à portée de main si vous nous recontactez.",
            "Salut Kim ! Juste pour te dire que nous avons vu ta demande ({ticket}) et qu'un "
            "collègue s'en occupe. Tu auras de nos nouvelles d'ici demain.",
            "Votre demande a été transmise à nos spécialistes de la facturation, qui "
            "s'efforcent de répondre sous trois jours ouvrés.",
        ),
        "es": (
            "Hola:\n\neste mensaje confirma que hemos abierto el caso de soporte {ticket} a tu "
            "nombre. Ten este número a mano si vuelves a escribirnos.",
            "¡Hola Kim! Solo para contarte que hemos visto tu solicitud ({ticket}) y que un "
            "compañero se está ocupando. Sabrás de nosotros mañana como tarde.",
            "Tu consulta se ha pasado a nuestros especialistas de facturación, que intentan "
            "responder en tres días laborables.",
        ),
        "ko": (
            "안녕하세요.\n\n고객님 명의로 지원 케이스 {ticket}을(를) 열었음을 알려드립니다. 다시 "
            "문의하실 때 이 번호를 함께 알려 주시면 됩니다.",
            "안녕하세요, 고객님! 요청({ticket})을 확인했고 담당자가 살펴보고 있습니다. 늦어도 내일까지 "
            "연락드리겠습니다.",
            "문의하신 내용은 결제 전문 팀에 전달되었으며, 영업일 3일 이내 답변을 목표로 하고 있습니다.",
        ),
        "ja": (
            "お世話になっております。\n\nお客様名義でサポートケース{ticket}を開設いたしました。"
            "再度ご連絡の際はこの番号をお手元にご用意ください。",
            "こんにちは！リクエスト（{ticket}）を確認し、担当者が対応を始めております。遅くとも"
            "明日までにご連絡いたします。",
            "お問い合わせは請求担当の専門チームに回付いたしました。3営業日以内の回答を目指して"
            "おります。",
        ),
    },
    "answer": {
        "en": (
            "Hi Kim,\n\nthe invoice shows two lines because the upgrade was prorated: 11 days "
            "at the old price and 19 at the new one. The total is correct.",
            "Yes, you can keep your workspace name. Renaming the organisation doesn't touch "
            "workspace URLs.",
            "I looked into the delay: payouts to Korean banks take two extra days because of "
            "the currency conversion. Yours arrived on Monday.",
        ),
        "de": (
            "Hallo Kim,\n\ndie Rechnung hat zwei Zeilen, weil das Upgrade anteilig berechnet "
            "wurde: 11 Tage zum alten und 19 zum neuen Preis. Die Summe stimmt.",
            "Ja, Sie können Ihren Workspace-Namen behalten. Die Umbenennung der Organisation "
            "ändert keine Workspace-URLs.",
            "Ich habe mir die Verzögerung angesehen: Auszahlungen an koreanische Banken dauern "
            "wegen der Währungsumrechnung zwei Tage länger. Ihre kam am Montag an.",
        ),
        "fr": (
            "Bonjour Kim,\n\nla facture a deux lignes parce que la mise à niveau a été "
            "calculée au prorata : 11 jours à l'ancien prix et 19 au nouveau. Le total est juste.",
            "Oui, vous pouvez garder le nom de votre espace. Renommer l'organisation ne change "
            "pas les URL des espaces.",
            "J'ai regardé le retard : les virements vers les banques coréennes prennent deux "
            "jours de plus à cause de la conversion. Le vôtre est arrivé lundi.",
        ),
        "es": (
            "Hola Kim,\n\nla factura tiene dos líneas porque la mejora se prorrateó: 11 días al "
            "precio antiguo y 19 al nuevo. El total es correcto.",
            "Sí, puedes conservar el nombre de tu espacio. Cambiar el nombre de la organización "
            "no toca las URL de los espacios.",
            "Revisé el retraso: los pagos a bancos coreanos tardan dos días más por la "
            "conversión de divisa. El tuyo llegó el lunes.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n업그레이드가 일할 계산되어 청구서에 두 줄이 표시됩니다. 기존 요금 "
            "11일과 새 요금 19일이며 합계는 정확합니다.",
            "네, 워크스페이스 이름은 그대로 유지하실 수 있습니다. 조직 이름을 바꿔도 워크스페이스 "
            "주소는 바뀌지 않습니다.",
            "지연 원인을 확인해 보니 한국 은행으로의 지급은 환전 때문에 이틀이 더 걸립니다. "
            "고객님의 지급은 월요일에 도착했습니다.",
        ),
        "ja": (
            "お世話になっております。\n\nアップグレードが日割り計算されたため、請求書に2行表示"
            "されています。旧料金11日分と新料金19日分で、合計は正しい金額です。",
            "はい、ワークスペース名はそのままお使いいただけます。組織名を変更してもワークスペース"
            "のURLは変わりません。",
            "遅延について確認しました。韓国の銀行への送金は為替換算のため2日ほど余分にかかります。"
            "お客様の分は月曜日に着金しております。",
        ),
    },
    "needs_info": {
        "en": (
            "Hi Kim,\n\nI can see two accounts under your name. Which one should the credit "
            "go to: the personal one or the one for Acme Ltd?",
            "Thanks for the details. The one thing still open is the device model; you'll "
            "find it under Settings > About.",
            "We're ready to reset the password once you confirm the recovery phone number "
            "ending in 42 is still yours.",
        ),
        "de": (
            "Hallo Kim,\n\nich sehe zwei Konten auf Ihren Namen. Auf welches soll die "
            "Gutschrift gehen: das private oder das der Acme GmbH?",
            "Danke für die Angaben. Offen ist nur noch das Gerätemodell; Sie finden es unter "
            "Einstellungen > Info.",
            "Wir setzen das Passwort zurück, sobald Sie bestätigen, dass die "
            "Wiederherstellungsnummer mit der Endung 42 noch Ihnen gehört.",
        ),
        "fr": (
            "Bonjour Kim,\n\nje vois deux comptes à votre nom. Sur lequel faut-il verser "
            "l'avoir : le personnel ou celui d'Acme SARL ?",
            "Merci pour les détails. Il ne reste que le modèle de l'appareil ; vous le trouverez "
            "dans Réglages > Informations.",
            "Nous réinitialiserons le mot de passe dès que vous aurez confirmé que le numéro de "
            "récupération se terminant par 42 est toujours le vôtre.",
        ),
        "es": (
            "Hola Kim,\n\nveo dos cuentas a tu nombre. ¿A cuál enviamos el abono: a la personal "
            "o a la de Acme S.L.?",
            "Gracias por los datos. Solo queda pendiente el modelo del dispositivo; lo "
            "encontrarás en Ajustes > Información.",
            "Restableceremos la contraseña en cuanto confirmes que el teléfono de recuperación "
            "que termina en 42 sigue siendo tuyo.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n고객님 명의의 계정이 두 개 보입니다. 환불 금액을 개인 계정과 "
            "Acme 법인 계정 중 어디로 넣어 드릴까요?",
            "자세히 알려 주셔서 감사합니다. 이제 기기 모델만 남았습니다. 설정 > 정보에서 확인하실 "
            "수 있습니다.",
            "끝자리가 42인 복구용 전화번호가 지금도 고객님 번호인지 확인해 주시면 비밀번호를 "
            "재설정하겠습니다.",
        ),
        "ja": (
            "お世話になっております。\n\nお客様名義のアカウントが2つございます。返金はどちらに"
            "入金すればよろしいでしょうか。個人用とAcme株式会社用がございます。",
            "詳細をありがとうございます。残るは端末の機種のみです。設定 > 情報からご確認いただけ"
            "ます。",
            "末尾42の復旧用電話番号が現在もお客様のものであるとご確認いただけ次第、パスワードを"
            "再設定いたします。",
        ),
    },
    "resolved": {
        "en": (
            "Great news that it's sorted. I'm setting your request to solved now; thanks "
            "for working through it with us!",
            "Hi Kim,\n\nwe're closing out tickets that have been quiet for 10 days, and "
            "yours is one of them. Just reply to pick it up again.",
            "This case is now closed. It was a pleasure helping you.",
        ),
        "de": (
            "Super, dass es gelöst ist. Ich setze Ihre Anfrage jetzt auf gelöst; danke, dass "
            "Sie es mit uns durchgegangen sind!",
            "Hallo Kim,\n\nwir schließen Tickets, die seit 10 Tagen ruhen, und Ihres gehört "
            "dazu. Antworten Sie einfach, um es wieder aufzunehmen.",
            "Dieser Fall ist jetzt geschlossen. Es war uns eine Freude, Ihnen zu helfen.",
        ),
        "fr": (
            "Super que ce soit réglé. Je passe votre demande en résolue ; merci d'avoir "
            "travaillé dessus avec nous !",
            "Bonjour Kim,\n\nnous fermons les tickets sans activité depuis 10 jours, et le "
            "vôtre en fait partie. Répondez simplement pour le reprendre.",
            "Ce dossier est maintenant clos. Ce fut un plaisir de vous aider.",
        ),
        "es": (
            "Genial que esté solucionado. Pongo tu solicitud como resuelta; ¡gracias por "
            "revisarlo con nosotros!",
            "Hola Kim,\n\nestamos cerrando los tickets sin actividad desde hace 10 días y el "
            "tuyo es uno de ellos. Responde para retomarlo.",
            "Este caso ya está cerrado. Fue un placer ayudarte.",
        ),
        "ko": (
            "해결되어 다행입니다. 요청을 지금 해결 상태로 바꾸겠습니다. 함께 확인해 주셔서 감사합니다!",
            "안녕하세요, 고객님.\n\n10일 동안 활동이 없는 티켓을 닫고 있으며 고객님의 티켓도 그중 "
            "하나입니다. 회신하시면 다시 이어집니다.",
            "이 케이스는 이제 종료되었습니다. 도와드릴 수 있어 기뻤습니다.",
        ),
        "ja": (
            "解決して何よりです。リクエストを解決済みに変更いたします。ご協力ありがとうござい"
            "ました。",
            "お世話になっております。\n\n10日間動きのないチケットをクローズしており、お客様の"
            "チケットも対象です。ご返信いただければ再開いたします。",
            "本ケースはクローズとなりました。お手伝いできて光栄でした。",
        ),
    },
}
