"""Round 5 of the tuning texts: the fourth held part.

Written after round 4 of tuning and scored once as held aside (2026-12-03: kind
accuracy 0.833, ticket 0.993, precision and recall 0.972; ``bench/results/
intelligence-round4-first.json``), then moved into the tuning part.
"""

from __future__ import annotations

ROUND5: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Hi Kim,\n\nthis is a confirmation that we have your request on file as {ticket}. "
            "A support specialist will be in touch by email, typically within 1-2 business "
            "days.",
            "Thanks, your submission went through. Our team reads every message and replies "
            "in the order we get them.",
            "Hello! We've opened ticket {ticket} for you. You'll get an email from us as soon "
            "as someone has had a look.",
        ),
        "de": (
            "Hallo Kim,\n\nhiermit bestätigen wir, dass Ihre Anfrage unter {ticket} bei uns "
            "vorliegt. Ein Support-Mitarbeiter meldet sich in den nächsten Tagen per E-Mail.",
            "Danke, Ihre Nachricht ist angekommen. Wir beantworten alle Anfragen der Reihe nach.",
            "Guten Tag,\n\nfür Sie wurde das Ticket {ticket} eröffnet. Sie hören von uns, "
            "sobald sich jemand Ihr Anliegen angesehen hat.",
        ),
        "fr": (
            "Bonjour Kim,\n\nnous vous confirmons que votre demande est bien enregistrée "
            "({ticket}). Un spécialiste vous écrira sous un à deux jours ouvrés.",
            "Merci, votre message nous est parvenu. Nous répondons à toutes les demandes "
            "dans l'ordre d'arrivée.",
            "Bonjour,\n\nle ticket {ticket} a été ouvert pour vous. Vous recevrez un e-mail dès "
            "qu'un conseiller l'aura examiné.",
        ),
        "es": (
            "Hola Kim,\n\nte confirmamos que tu solicitud consta en nuestro sistema como "
            "{ticket}. Un especialista te escribirá en uno o dos días hábiles.",
            "Gracias, tu mensaje nos ha llegado. Respondemos a todas las consultas por orden "
            "de llegada.",
            "Buenos días,\n\nse ha abierto el ticket {ticket} a su nombre. Recibirá un correo "
            "en cuanto un agente lo haya revisado.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n문의가 {ticket} 번호로 정상 등록되었음을 알려드립니다. "
            "담당 상담원이 1~2영업일 내에 메일로 연락드립니다.",
            "메시지가 잘 전달되었습니다. 모든 문의는 도착한 순서대로 답변해 드리고 있습니다.",
            "고객님의 요청으로 티켓 {ticket}이(가) 생성되었습니다. 담당자가 확인하는 즉시 "
            "메일로 안내드리겠습니다.",
        ),
        "ja": (
            "お問い合わせありがとうございます。\n\nお問い合わせを{ticket}として登録いたしました。"
            "担当者より1〜2営業日以内にメールでご連絡いたします。",
            "メッセージは無事に届いております。すべてのお問い合わせに到着順で回答しております。",
            "チケット{ticket}を作成いたしました。担当者が内容を確認し次第、メールにてご案内します。",
        ),
    },
    "answer": {
        "en": (
            "Hi Kim,\n\nthanks for bearing with us. Your second device is now registered for "
            "two-factor sign-in, and the lost one has been removed from the account.",
            "I checked with billing: the invoice address is fixed for this and all future "
            "invoices. The updated copy is attached.",
            "The export failures were caused by a timeout on our side that we've since "
            "raised. I re-ran your last export and it completed in four minutes.",
        ),
        "de": (
            "Hallo Kim,\n\nIhr neues Gerät ist jetzt für die Zwei-Faktor-Anmeldung "
            "eingetragen, das verlorene haben wir entfernt.",
            "Die Rechnungsadresse ist für diese und alle künftigen Rechnungen korrigiert. Die "
            "neue Fassung liegt bei.",
            "Die Exportfehler kamen von einem Zeitlimit bei uns, das wir inzwischen erhöht "
            "haben. Ihr letzter Export lief danach in vier Minuten durch.",
        ),
        "fr": (
            "Bonjour Kim,\n\nvotre nouvel appareil est désormais enregistré pour la "
            "double authentification et l'ancien a été retiré du compte.",
            "L'adresse de facturation est corrigée pour cette facture et les suivantes. "
            "Vous trouverez la nouvelle version en pièce jointe.",
            "Les échecs d'export venaient d'un délai d'expiration chez nous, que nous avons "
            "augmenté. Votre dernier export s'est terminé en quatre minutes.",
        ),
        "es": (
            "Hola Kim,\n\ntu nuevo dispositivo ya está configurado para la verificación en "
            "dos pasos y hemos quitado el que perdiste.",
            "La dirección de facturación está corregida para esta y las próximas facturas. "
            "Te adjunto la versión nueva.",
            "Los fallos de exportación se debían a un tiempo de espera en nuestro lado, que "
            "ya hemos ampliado. Tu última exportación terminó en cuatro minutos.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n새 기기를 2단계 인증 기기로 등록해 드렸고, 분실하신 기기는 "
            "계정에서 삭제했습니다.",
            "청구서 주소를 이번 청구서와 이후 청구서 모두에 반영했습니다. "
            "수정본을 첨부해 드립니다.",
            "내보내기 실패는 저희 쪽 시간 제한 설정 때문이었으며 현재는 늘려 두었습니다. "
            "마지막 내보내기를 다시 실행해 보니 4분 만에 끝났습니다.",
        ),
        "ja": (
            "お世話になっております。\n\n新しい端末を2段階認証用に登録し、紛失された端末は"
            "アカウントから削除いたしました。",
            "請求先住所は今回および今後の請求書すべてで修正済みです。修正版を添付いたします。",
            "エクスポートの失敗は弊社側のタイムアウト設定が原因でしたので、上限を引き上げました。"
            "前回のエクスポートを再実行したところ、4分で完了しました。",
        ),
    },
    "needs_info": {
        "en": (
            "Hi Kim,\n\nhappy to help with this. So I can find the right account, may I have "
            "the email address you used when you signed up?",
            "Got it, thanks. I just need one more thing from you: the approximate time the "
            "errors started, including your time zone.",
            "Before I escalate this, please try the export once more in a private browser "
            "window and let me know whether it fails the same way.",
        ),
        "de": (
            "Hallo Kim,\n\ngerne helfe ich weiter. Mit welcher E-Mail-Adresse haben Sie sich "
            "damals registriert?",
            "Alles klar, danke. Mir fehlt nur noch eine Angabe: ungefähr wann die Fehler "
            "begonnen haben, mit Zeitzone.",
            "Bevor ich das weitergebe, versuchen Sie den Export bitte noch einmal in einem "
            "privaten Browserfenster und geben Sie mir Bescheid, ob er genauso fehlschlägt.",
        ),
        "fr": (
            "Bonjour Kim,\n\navec plaisir. Avec quelle adresse e-mail vous êtes-vous inscrit "
            "à l'origine ?",
            "C'est noté, merci. Il me manque juste une information : l'heure approximative à "
            "laquelle les erreurs ont commencé, avec votre fuseau horaire.",
            "Avant de transmettre le dossier, essayez l'export encore une fois dans une "
            "fenêtre de navigation privée et dites-moi s'il échoue de la même façon.",
        ),
        "es": (
            "Hola Kim,\n\ncon gusto te ayudo. ¿Con qué correo electrónico te registraste en "
            "su momento?",
            "Entendido, gracias. Solo me falta un dato: la hora aproximada en que empezaron "
            "los errores, con tu zona horaria.",
            "Antes de escalarlo, intenta la exportación otra vez en una ventana privada del "
            "navegador y cuéntame si falla igual.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n기꺼이 도와드리겠습니다. 가입하실 때 사용하신 이메일 주소가 "
            "어떻게 되시나요?",
            "확인했습니다. 한 가지만 더 필요합니다. 오류가 처음 발생한 대략적인 시각을 시간대와 "
            "함께 알려 주십시오.",
            "상위 부서로 전달하기 전에, 시크릿 창에서 내보내기를 한 번 더 시도해 보시고 같은 "
            "방식으로 실패하는지 말씀해 주세요.",
        ),
        "ja": (
            "お世話になっております。\n\n喜んでお手伝いいたします。ご登録時にお使いになった"
            "メールアドレスはどちらでしょうか。",
            "承知いたしました。あと1点だけ、エラーが始まったおおよその時刻をタイムゾーンと"
            "併せてお知らせください。",
            "エスカレーションの前に、プライベートウィンドウでもう一度エクスポートをお試しいただき、"
            "同じように失敗するかご連絡いただけますか。",
        ),
    },
    "resolved": {
        "en": (
            "I'm wrapping up this ticket now that the new device works. Take care!",
            "Hi Kim,\n\nas we didn't get a reply, this case has been closed. If you still "
            "need help, simply respond and we'll pick it back up.",
            "This request has been resolved and archived. Thanks for reaching out to us.",
        ),
        "de": (
            "Da das neue Gerät funktioniert, schließe ich den Vorgang hiermit ab. Alles Gute!",
            "Hallo Kim,\n\nweil wir keine Antwort erhalten haben, wurde dieser Fall "
            "geschlossen. Antworten Sie einfach, falls Sie noch Hilfe brauchen.",
            "Diese Anfrage ist gelöst und archiviert. Danke, dass Sie sich gemeldet haben.",
        ),
        "fr": (
            "Le nouvel appareil fonctionnant, je clôture ce dossier. Bonne continuation !",
            "Bonjour Kim,\n\nfaute de réponse de votre part, ce dossier a été fermé. Si vous "
            "avez encore besoin d'aide, répondez simplement à ce message.",
            "Cette demande est résolue et archivée. Merci de nous avoir écrit.",
        ),
        "es": (
            "Ya que el nuevo dispositivo funciona, doy por cerrada esta solicitud. ¡Que te "
            "vaya bien!",
            "Hola Kim,\n\nal no recibir respuesta, hemos cerrado este caso. Si aún necesitas "
            "ayuda, responde a este correo y lo retomamos.",
            "Esta solicitud quedó resuelta y archivada. Gracias por escribirnos.",
        ),
        "ko": (
            "새 기기가 정상 작동하여 이번 문의는 여기서 마무리하겠습니다. 좋은 하루 보내세요.",
            "안녕하세요, 고객님.\n\n회신을 받지 못해 이 건을 종료 처리했습니다. "
            "도움이 더 필요하시면 "
            "이 메일에 답장해 주세요.",
            "해당 요청은 해결 완료되어 보관 처리되었습니다. 문의해 주셔서 감사합니다.",
        ),
        "ja": (
            "新しい端末が問題なく動作しておりますので、本件はこれにて完了とさせていただきます。",
            "お世話になっております。\n\nご返信がなかったため、このケースはクローズされました。"
            "引き続きサポートが必要な場合は、本メールにご返信ください。",
            "本リクエストは解決済みとなり、アーカイブされました。お問い合わせありがとうございました。",
        ),
    },
}
