"""The eighth held-aside part (round 8 of the protocol, written in other registers):
scored once while held (kind 0.701, precision 1.000, recall 0.972, ticket 0.993;
bench/results), then moved into tuning for round 9. Its misses were read for structure,
not copied into rules.
"""

from __future__ import annotations

ROUND9: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Dear customer,\n\nwe acknowledge receipt of your enquiry, reference {ticket}. "
            "A member of staff will be assigned and respond in due course.",
            "Quick heads-up: your ticket {ticket} is waiting for the next free agent. Average "
            "wait today is about 6 hours.",
            "Thanks, this is now with the right team. You don't have to do anything else; "
            "we'll email you with an update.",
        ),
        "de": (
            "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nwir bestätigen den Empfang Ihrer "
            "Anfrage mit der Referenz {ticket}. Ein Mitarbeiter wird zugewiesen und antwortet "
            "zeitnah.",
            "Kurzer Hinweis: Ihr Ticket {ticket} wartet auf den nächsten freien Mitarbeiter. "
            "Die Wartezeit liegt heute bei etwa 6 Stunden.",
            "Danke, das liegt jetzt beim richtigen Team. Sie müssen nichts weiter tun; wir "
            "schicken Ihnen per E-Mail ein Update.",
        ),
        "fr": (
            "Madame, Monsieur,\n\nnous accusons réception de votre demande, référence "
            "{ticket}. Un collaborateur y sera affecté et vous répondra prochainement.",
            "Petite info : votre ticket {ticket} attend le prochain agent disponible. "
            "L'attente moyenne aujourd'hui est d'environ 6 heures.",
            "Merci, c'est maintenant entre les mains de la bonne équipe. Vous n'avez rien "
            "d'autre à faire ; nous vous enverrons une mise à jour par e-mail.",
        ),
        "es": (
            "Estimado cliente:\n\nacusamos recibo de su consulta, referencia {ticket}. Se le "
            "asignará un miembro del equipo que le responderá a la mayor brevedad.",
            "Aviso rápido: tu ticket {ticket} espera al próximo agente libre. La espera media "
            "hoy es de unas 6 horas.",
            "Gracias, esto ya lo tiene el equipo adecuado. No tienes que hacer nada más; te "
            "enviaremos una actualización por correo.",
        ),
        "ko": (
            "고객님께,\n\n참조 번호 {ticket}의 문의를 수령하였음을 확인드립니다. 담당 직원이 "
            "배정되는 대로 답변을 드리겠습니다.",
            "안내드립니다. 고객님의 티켓 {ticket}은(는) 다음 상담원을 기다리는 중이며, 오늘 평균 "
            "대기 시간은 약 6시간입니다.",
            "감사합니다. 이 건은 담당 팀으로 넘어갔습니다. 더 하실 일은 없으며 진행 상황은 메일로 "
            "알려드리겠습니다.",
        ),
        "ja": (
            "お客様各位\n\n参照番号{ticket}のお問い合わせを確かに受領いたしました。担当者を"
            "割り当て次第、回答いたします。",
            "お知らせです。チケット{ticket}は次の担当者の対応待ちです。本日の平均待ち時間は約6時間"
            "です。",
            "ありがとうございます。本件は担当チームに引き継がれました。お客様の追加の作業は不要で、"
            "進捗はメールでお知らせします。",
        ),
    },
    "answer": {
        "en": (
            "Hi Kim,\n\nshort version: it was a bug in 4.2.1 and 4.2.2 fixes it. Update from "
            "the Help menu and the crash on export goes away.",
            "Your API key was rotated automatically because it appeared in a public "
            "repository. The new one is on the Keys page.",
            "We checked the logs: every one of your 31 emails was delivered, the last at "
            "09:42 today. The recipient's spam filter kept them.",
        ),
        "de": (
            "Hallo Kim,\n\nkurz gesagt: Es war ein Fehler in 4.2.1, Version 4.2.2 behebt ihn. "
            "Aktualisieren Sie über das Hilfe-Menü, dann stürzt der Export nicht mehr ab.",
            "Ihr API-Schlüssel wurde automatisch ausgetauscht, weil er in einem öffentlichen "
            "Repository stand. Den neuen finden Sie auf der Seite Schlüssel.",
            "Wir haben die Protokolle geprüft: Alle 31 E-Mails wurden zugestellt, die letzte "
            "heute um 09:42. Der Spamfilter des Empfängers hat sie zurückgehalten.",
        ),
        "fr": (
            "Bonjour Kim,\n\nen bref : c'était un bug de la 4.2.1, la 4.2.2 le corrige. Mettez "
            "à jour depuis le menu Aide et le plantage à l'export disparaît.",
            "Votre clé d'API a été changée automatiquement car elle figurait dans un dépôt "
            "public. La nouvelle se trouve sur la page Clés.",
            "Nous avons vérifié les journaux : vos 31 e-mails ont tous été remis, le dernier "
            "aujourd'hui à 9 h 42. Le filtre anti-spam du destinataire les a retenus.",
        ),
        "es": (
            "Hola Kim,\n\nen resumen: era un fallo de la 4.2.1 y la 4.2.2 lo corrige. Actualiza "
            "desde el menú Ayuda y el cierre al exportar desaparece.",
            "Tu clave de API se cambió automáticamente porque apareció en un repositorio "
            "público. La nueva está en la página Claves.",
            "Revisamos los registros: se entregaron los 31 correos, el último hoy a las 9:42. "
            "Los retuvo el filtro de spam del destinatario.",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n요약하면 4.2.1 버전의 버그였고 4.2.2에서 수정되었습니다. 도움말 "
            "메뉴에서 업데이트하시면 내보내기 중 종료되는 문제가 사라집니다.",
            "API 키가 공개 저장소에 노출되어 자동으로 교체되었습니다. 새 키는 키 페이지에 "
            "있습니다.",
            "로그를 확인한 결과 31통의 메일이 모두 전달되었고 마지막은 오늘 9시 42분이었습니다. "
            "수신자의 스팸 필터가 메일을 보관하고 있었습니다.",
        ),
        "ja": (
            "お世話になっております。\n\n要点を申し上げますと、4.2.1の不具合で、4.2.2で修正"
            "されています。ヘルプメニューから更新いただければ、エクスポート時の強制終了は解消"
            "します。",
            "APIキーが公開リポジトリに掲載されていたため、自動的に差し替えられました。新しいキー"
            "はキーのページにございます。",
            "ログを確認したところ、31通のメールはすべて配信済みで、最後は本日9時42分でした。"
            "受信側の迷惑メールフィルタで保留されていました。",
        ),
    },
    "needs_info": {
        "en": (
            "Hi Kim,\n\nthe number you sent has nine digits, but account IDs have ten. Mind "
            "double-checking it for me?",
            "To move this forward we'll have to see the exact request your integration "
            "sends, with the API key removed.",
            "Please take a moment to answer these two questions: did the charge happen once "
            "or twice, and on which dates?",
        ),
        "de": (
            "Hallo Kim,\n\ndie Nummer, die Sie geschickt haben, hat neun Stellen, Kontonummern "
            "haben aber zehn. Würden Sie sie noch einmal für mich prüfen?",
            "Um weiterzukommen, müssen wir die genaue Anfrage sehen, die Ihre Integration "
            "sendet, ohne den API-Schlüssel.",
            "Bitte nehmen Sie sich kurz Zeit für zwei Fragen: Wurde einmal oder zweimal "
            "abgebucht, und an welchen Tagen?",
        ),
        "fr": (
            "Bonjour Kim,\n\nle numéro que vous avez envoyé a neuf chiffres, alors que les "
            "identifiants de compte en ont dix. Pourriez-vous le revérifier ?",
            "Pour avancer, nous devons voir la requête exacte que votre intégration envoie, "
            "sans la clé d'API.",
            "Merci de prendre un instant pour répondre à deux questions : le prélèvement a-t-il "
            "eu lieu une ou deux fois, et à quelles dates ?",
        ),
        "es": (
            "Hola Kim,\n\nel número que enviaste tiene nueve cifras, pero los ID de cuenta "
            "tienen diez. ¿Lo puedes comprobar otra vez?",
            "Para avanzar tenemos que ver la petición exacta que envía tu integración, sin la "
            "clave de API.",
            "Tómate un momento para responder dos preguntas: ¿el cargo fue una vez o dos, y en "
            "qué fechas?",
        ),
        "ko": (
            "안녕하세요, 고객님.\n\n보내주신 번호는 아홉 자리인데 계정 ID는 열 자리입니다. 한 번 더 "
            "확인해 주시겠어요?",
            "진행을 위해서는 연동에서 보내는 요청 원문을 API 키를 지운 상태로 보아야 합니다.",
            "잠시 시간을 내어 두 가지 질문에 답해 주세요. 결제가 한 번이었나요, 두 번이었나요? "
            "날짜는 언제였나요?",
        ),
        "ja": (
            "お世話になっております。\n\nお送りいただいた番号は9桁ですが、アカウントIDは10桁です。"
            "もう一度ご確認いただけますか。",
            "調査を進めるには、連携から送信される実際のリクエストを、APIキーを除いた形で拝見する"
            "必要がございます。",
            "恐れ入りますが、2点お答えください。請求は1回でしたか2回でしたか、またそれは何日"
            "でしたか。",
        ),
    },
    "resolved": {
        "en": (
            "All set on our side, so I'm wrapping up this ticket. Take care, Kim!",
            "Hi Kim,\n\nyour case was resolved automatically after we shipped the fix to all "
            "regions. No action is needed.",
            "We're considering this matter closed. If the error returns, a reply here picks "
            "the thread back up.",
        ),
        "de": (
            "Bei uns ist alles erledigt, also schließe ich dieses Ticket ab. Alles Gute, Kim!",
            "Hallo Kim,\n\nIhr Fall wurde automatisch gelöst, nachdem die Korrektur in allen "
            "Regionen ausgerollt war. Sie müssen nichts tun.",
            "Wir betrachten die Angelegenheit als abgeschlossen. Taucht der Fehler wieder auf, "
            "nimmt eine Antwort hier den Faden wieder auf.",
        ),
        "fr": (
            "Tout est en ordre de notre côté, je clôture donc ce ticket. Prenez soin de vous, "
            "Kim !",
            "Bonjour Kim,\n\nvotre dossier a été résolu automatiquement après le déploiement du "
            "correctif dans toutes les régions. Aucune action n'est nécessaire.",
            "Nous considérons cette affaire comme close. Si l'erreur revient, une réponse ici "
            "reprend la conversation.",
        ),
        "es": (
            "Todo listo por nuestra parte, así que doy por cerrado este ticket. ¡Cuídate, Kim!",
            "Hola Kim,\n\ntu caso se resolvió automáticamente al publicar la corrección en "
            "todas las regiones. No tienes que hacer nada.",
            "Damos este asunto por cerrado. Si el error vuelve, una respuesta aquí retoma la "
            "conversación.",
        ),
        "ko": (
            "저희 쪽 작업이 모두 끝나 이 티켓을 마무리합니다. 좋은 하루 보내세요!",
            "안녕하세요, 고객님.\n\n모든 지역에 수정 사항이 배포되어 고객님의 케이스가 자동으로 "
            "해결 처리되었습니다. 따로 하실 일은 없습니다.",
            "이 사안은 종결된 것으로 보겠습니다. 오류가 다시 나타나면 여기로 회신해 주세요.",
        ),
        "ja": (
            "弊社側の作業がすべて終わりましたので、本チケットを締めさせていただきます。",
            "お世話になっております。\n\n全リージョンへの修正配信に伴い、お客様のケースは自動的に"
            "解決となりました。お手続きは不要です。",
            "本件は完結したものとさせていただきます。エラーが再発した場合はこちらにご返信ください。",
        ),
    },
}
