"""The tenth held-aside part (round 10), written by a helper who had read neither the
rules nor the tuning texts: scored once while held (bench: precision 1.000, recall
0.973, ticket 1.000, kind 0.918; its 120 texts classified directly: rules alone 0.875,
rules + model 0.933), then moved into tuning for round 11. Its misses were read for
structure, not copied into rules.
"""

from __future__ import annotations

ROUND11: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Hi Kim, thanks for reaching out. Your request has been logged as {ticket} "
            "and a member of our billing team will pick it up within two business days.",
            "Got it — I've passed this on to our hardware repair group. They'll be in "
            "touch once they've had a look.",
            "Dear Mr. Alvarez, We hereby confirm receipt of your correspondence "
            "regarding the payout discrepancy. The matter has been placed in the queue "
            "of our Finance Operations department, and you will receive a response in "
            "due course. Kind regards, Customer Care",
            "Hello! I'm an AI assistant for Nimbus Support. I've created a case for "
            "your DNS question and routed it to a human specialist, who will reply by "
            "email.",
            "This is an automated message: we have received your report about API rate "
            "limits under reference {ticket}. Our engineers review incoming reports in "
            "order and will get back to you as soon as possible.",
        ),
        "de": (
            "Guten Tag, vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der "
            "Vorgangsnummer {ticket} erfasst und an unsere Buchhaltung weitergeleitet. "
            "Mit freundlichen Grüßen",
            "Hallo Jonas, danke dir! Ich hab das an die Kollegen vom Versand "
            "weitergegeben, die melden sich bei dir.",
            "Sehr geehrte Frau Berger, hiermit bestätigen wir den Eingang Ihrer "
            "Reklamation zum defekten Netzteil. Ein Techniker wird sich den Fall "
            "voraussichtlich innerhalb von 48 Stunden ansehen.",
            "Kurze Info: Ihre Anfrage zum Datenexport liegt uns vor und steht in der "
            "Warteschlange. Sie hören von uns.",
            "Hallo, ich bin der virtuelle Assistent des Support-Teams. Ich habe Ihr "
            "Problem mit der Zwei-Faktor-Authentifizierung notiert und an einen "
            "Mitarbeiter übergeben, der Ihnen später antworten wird.",
        ),
        "fr": (
            "Bonjour Madame Leroy, nous accusons bonne réception de votre demande de "
            "remboursement, enregistrée sous la référence {ticket}. Elle sera traitée "
            "par notre service comptabilité dans les meilleurs délais. Cordialement,",
            "Salut Théo, bien reçu ! Je transmets à l'équipe technique, quelqu'un "
            "revient vers toi dès que possible.",
            "Bonjour, votre message concernant la configuration DNS de votre domaine a "
            "été transmis à un spécialiste. Comptez environ trois jours ouvrés pour "
            "une réponse.",
            "Merci de nous avoir contactés. Ceci est une réponse automatique : votre "
            "demande {ticket} a bien été prise en compte et placée en file d'attente.",
            "Bonjour, je suis l'assistant virtuel du support. J'ai ouvert un dossier "
            "pour votre problème de versement et un conseiller humain vous "
            "recontactera par e-mail.",
        ),
        "es": (
            "Hola Marta, gracias por escribirnos. Hemos registrado tu solicitud con el "
            "número {ticket} y la revisará alguien del equipo de facturación.",
            "Estimado Sr. Gómez: Le confirmamos que hemos recibido su reclamación "
            "relativa al envío extraviado. Un agente la estudiará y se pondrá en "
            "contacto con usted en un plazo máximo de 72 horas. Atentamente,",
            "Recibido. Lo paso al departamento de seguridad y te dirán algo en cuanto puedan.",
            "Este es un mensaje automático. Su consulta sobre los límites de la API ha "
            "quedado en cola y será atendida por orden de llegada.",
            "¡Hola! Soy un asistente de IA. He derivado tu consulta sobre la "
            "renovación de la suscripción a un compañero humano, que te responderá más "
            "tarde.",
        ),
        "ko": (
            "안녕하세요 고객님, 문의하신 환불 건이 정상적으로 접수되었습니다. 접수 "
            "번호는 {ticket}이며, 담당 부서에서 확인 후 연락드리겠습니다.",
            "보내주신 내용 잘 받았어요. 배송팀에 전달해 두었으니 조금만 기다려 주세요.",
            "고객님의 계정 접근 관련 요청이 기술지원팀으로 이관되었습니다. 영업일 기준 "
            "2~3일 이내에 회신드릴 예정입니다.",
            "안녕하세요, AI 상담봇입니다. 도메인 설정 문의를 상담원에게 넘겨 드렸으며, "
            "상담원이 확인하는 대로 메일로 답변드릴게요.",
            "본 메일은 자동 발송 메일입니다. 정산 관련 문의({ticket})가 대기열에 "
            "등록되었으며 순서대로 처리될 예정입니다.",
        ),
        "ja": (
            "お世話になっております。お問い合わせいただいた請求内容の件、"
            "{ticket}として受け付けいたしました。担当者より改めてご連絡いたします。",
            "ご連絡ありがとうございます。修理のご依頼は技術部門へ回しましたので、"
            "確認が取れ次第お知らせしますね。",
            "本メールは自動送信です。APIのエラーに関するお問い合わせを受領しました。"
            "順番に対応しておりますので、今しばらくお待ちください。",
            "田中様 いつもご利用いただきありがとうございます。"
            "データエクスポートに関するご依頼を承りました。"
            "通常3営業日以内にご回答いたします。",
            "こんにちは、AIアシスタントです。二段階認証についてのご相談は、"
            "スタッフに引き継ぎました。後ほどスタッフからメールでご返信します。",
        ),
    },
    "answer": {
        "en": (
            "Hi Priya, the double charge you saw is a pre-authorisation hold, not a "
            "real payment. It drops off your statement automatically within 5-7 days, "
            "so no action is needed on your side.",
            "The 429 responses mean you're over the 100 requests/minute limit on the "
            "Starter plan. Add exponential backoff to your client, or upgrade to "
            "Growth, which raises the cap to 1,000 per minute.",
            "Dear customer, thank you for your patience. Our warehouse was closed on "
            "Monday for the public holiday, which is why your parcel left a day late. "
            "It is now with the courier and the tracking page should update tonight. "
            "Please let us know if you have any other questions.",
            "I'm an AI assistant. To export your data, go to Settings > Privacy > "
            "Download my data and pick CSV or JSON. The archive is emailed to you once "
            "it's ready, usually within an hour.",
            "Hello, I looked into case {ticket}: the payout was held because the "
            "account holder name on file doesn't match the name on the bank account. "
            "Mismatched payouts are blocked automatically; once the name under Payouts "
            "> Bank details is updated, the next payout run includes the held amount.",
        ),
        "de": (
            "Hi Lukas, wenn du dein Handy verloren hast, kannst du dich mit einem der "
            "zehn Backup-Codes anmelden, die du beim Einrichten der "
            "Zwei-Faktor-Authentifizierung bekommen hast. Danach unter Sicherheit "
            "einfach ein neues Gerät koppeln.",
            "Sehr geehrter Herr Wagner, die Verzögerung bei Ihrer Auszahlung zum "
            "Vorgang {ticket} ist auf eine Umstellung unseres Zahlungsdienstleisters "
            "zurückzuführen. Sämtliche offenen Beträge werden am kommenden Freitag "
            "gesammelt überwiesen. Mit freundlichen Grüßen",
            "Der Fehler 401 tritt auf, weil der API-Schlüssel seit dem 1. März nur "
            "noch im Header „Authorization“ akzeptiert wird und nicht mehr als "
            "URL-Parameter.",
            "Guten Tag, Ihr Eintrittsticket für die Messe ist leider nicht "
            "übertragbar. Den Namen darauf können Sie aber bis 24 Stunden vor Beginn "
            "selbst im Kundenkonto ändern.",
            "Hallo! Ich bin ein KI-Assistent. Eine Kündigung Ihres Abos ist jederzeit "
            "zum Ende des laufenden Abrechnungszeitraums möglich; bis dahin bleiben "
            "alle Funktionen aktiv. Bei weiteren Fragen melden Sie sich gern.",
        ),
        "fr": (
            "Bonjour, le remboursement a été émis de notre côté le 12 ; selon votre "
            "banque, il faut compter cinq à dix jours ouvrés pour le voir apparaître "
            "sur votre relevé.",
            "Salut Inès, pour changer les serveurs DNS de ton domaine, va dans "
            "Domaines > Gestion > Serveurs de noms et remplace les deux entrées par "
            "celles de ton hébergeur. La propagation peut prendre jusqu'à 24 h.",
            "Madame, Monsieur, Suite à votre demande {ticket}, nous vous informons que "
            "la garantie de votre appareil couvre les pièces et la main-d'œuvre "
            "jusqu'au 30 juin prochain. La réparation sera donc entièrement prise en "
            "charge. Veuillez agréer nos salutations distinguées.",
            "Je suis un assistant IA. Les limites de débit de l'API sont "
            "réinitialisées toutes les 60 secondes ; l'en-tête X-RateLimit-Remaining "
            "indique combien de requêtes il vous reste.",
            "Bonjour, notre agence de Lyon était fermée toute la semaine dernière pour "
            "travaux, c'est pourquoi personne n'a répondu au téléphone. Elle a rouvert "
            "lundi et les horaires habituels s'appliquent de nouveau. N'hésitez pas à "
            "revenir vers nous pour toute autre question.",
        ),
        "es": (
            "Hola Diego, el cargo de 9,99 € corresponde a la renovación anual de tu "
            "plan, que se activó automáticamente el día 3. Si no quieres que se "
            "repita, puedes desactivar la renovación en Cuenta > Suscripción.",
            "Estimada Sra. Ruiz: En relación con su expediente {ticket}, le informamos "
            "de que el retraso en la entrega se debió a una incidencia en la aduana. "
            "El paquete ya ha sido liberado y llegará a su domicilio el jueves.",
            "El error 503 que ves viene de una caída de nuestro proveedor de nube "
            "entre las 14:00 y las 14:40 (UTC). Las peticiones que fallaron en ese "
            "intervalo se pueden reintentar sin problema.",
            "Soy un asistente virtual. Para activar la verificación en dos pasos, abra "
            "Seguridad en su perfil, pulse «Activar» y escanee el código QR con su "
            "aplicación de autenticación.",
            "Buenas, el billete que compraste por error no admite reembolso, pero sí "
            "puedes cambiarlo gratis por otra fecha desde la app antes de la salida.",
        ),
        "ko": (
            "정산금은 매월 15일에 지급되며, 15일이 주말이나 공휴일이면 다음 영업일에 "
            "입금됩니다. 이번 달은 15일이 일요일이라 16일에 들어갈 예정이에요.",
            "API 호출 시 403 오류가 나는 건 발급받으신 키에 쓰기 권한이 없어서예요. "
            "콘솔의 키 관리 메뉴에서 권한을 '읽기/쓰기'로 바꾸시면 바로 적용됩니다.",
            "고객님께서 문의하신 {ticket} 건 관련하여 안내드립니다. 해당 제품은 "
            "구매일로부터 1년간 무상 수리가 가능하며, 가까운 서비스센터에 방문하시면 "
            "당일 수리도 받으실 수 있습니다.",
            "저는 AI 상담 도우미입니다. 비밀번호를 잊으셨다면 로그인 화면의 '비밀번호 "
            "찾기'를 누르신 뒤, 가입하신 이메일로 전송된 링크를 통해 새 비밀번호를 "
            "설정하시면 됩니다.",
            "지난 토요일은 물류센터 휴무일이라 출고가 하루 늦어졌습니다. 현재 상품은 "
            "택배사로 넘어갔고, 내일 오후 중 도착할 예정입니다. 그 밖에 궁금한 점 "
            "있으시면 언제든 말씀해 주세요.",
        ),
        "ja": (
            "お問い合わせの件ですが、年額プランから月額プランへの変更は、"
            "次回更新日に自動的に切り替わります。"
            "それまでは現在のプランをそのままご利用いただけます。",
            "ご質問ありがとうございます。レート制限は1分あたり60リクエストで、"
            "超えた場合は429が返ります。リトライの際は数秒空けていただくと安定します。",
            "佐藤様 お世話になっております。"
            "{ticket}にてお問い合わせいただいた返金につきまして、"
            "先週金曜日にご指定の口座へ振込手続きを行っております。"
            "銀行によっては反映まで数日かかる場合がございます。",
            "AIアシスタントです。独自ドメインを使うには、"
            "DNSの管理画面でCNAMEレコードを追加し、"
            "値に「sites.example.net」を指定してください。"
            "反映まで最大で24時間ほどかかります。",
            "ポイントの有効期限は最後にご利用いただいた日から1年です。なお、"
            "店舗は年末年始の12月31日から1月3日まで休業しておりますのでご注意ください。",
        ),
    },
    "needs_info": {
        "en": (
            "Hi Sam, to look into the failed payout I'll need the last four digits of "
            "the bank account it was meant to go to, plus the date you expected it.",
            "Thanks so much for your patience while we dug into this. Could you send "
            "us a screenshot of the error you get when you sign in, along with the "
            "browser and version you're using?",
            "Dear Ms. Chen, regarding your case {ticket}: before our technicians can "
            "book the repair, we would need the serial number printed on the underside "
            "of the unit and a copy of your proof of purchase.",
            "Mind checking whether the TXT record still shows up when you run a DNS "
            "lookup on your domain? Reply with what you see and we'll take it from "
            "there.",
            "I'm an AI assistant. It would help to know which API endpoint returns the "
            "500 error and roughly what time (with time zone) the last failure "
            "happened.",
        ),
        "de": (
            "Hallo Herr Schmidt, damit wir die Erstattung prüfen können, benötigen wir "
            "noch die Rechnungsnummer sowie das Datum der Bestellung.",
            "Kannst du bitte mal den Cache leeren, dich neu einloggen und mir dann "
            "sagen, ob der Export immer noch abbricht?",
            "Sehr geehrte Damen und Herren, vielen Dank für Ihre Geduld. Um Ihre "
            "Anfrage {ticket} weiter bearbeiten zu können, bitten wir Sie, uns die "
            "vollständige Fehlermeldung aus dem Protokoll zukommen zu lassen. Mit "
            "freundlichen Grüßen",
            "Welche Sendungsnummer steht auf Ihrer Versandbestätigung zu {ticket}? "
            "Ohne sie können wir das Paket beim Kurierdienst leider nicht "
            "nachverfolgen.",
            "Ich bin ein KI-Assistent. Bevor ich die Zwei-Faktor-Authentifizierung "
            "zurücksetzen lasse, bestätigen Sie bitte, dass die E-Mail-Adresse, von "
            "der Sie schreiben, auch die Ihres Kontos ist.",
        ),
        "fr": (
            "Bonjour, pourriez-vous nous indiquer l'identifiant de la transaction qui "
            "figure sur votre relevé bancaire ? Cela nous permettra de retrouver le "
            "paiement.",
            "Salut Hugo, merci pour ta patience ! Tu peux m'envoyer une capture "
            "d'écran de la page où le code de double authentification est refusé ?",
            "Madame, Afin de donner suite à votre dossier {ticket}, nous aurions "
            "besoin d'une photo de l'appareil endommagé ainsi que du bon de livraison. "
            "Dans l'attente de ces éléments, nous vous prions d'agréer nos salutations "
            "distinguées.",
            "Essayez de régénérer votre clé API puis de relancer la requête, et "
            "dites-nous si l'erreur 403 persiste.",
            "Je suis l'assistant virtuel. Pour que je puisse vérifier votre "
            "abonnement, merci de me préciser l'adresse e-mail utilisée lors de "
            "l'inscription.",
        ),
        "es": (
            "Hola Lucía, ¿me podrías decir con qué correo hiciste la compra? Así "
            "localizo el pedido y reviso el reembolso.",
            "Estimado cliente: Para continuar con la gestión de su caso {ticket}, le "
            "rogamos nos remita una copia de la factura y el número de serie del "
            "equipo. Quedamos a la espera de su respuesta.",
            "Gracias por la paciencia. Antes de seguir, necesitaríamos saber desde qué "
            "país intentas iniciar sesión, porque el bloqueo podría deberse a una "
            "regla de seguridad regional.",
            "Prueba a bajar la concurrencia a 5 peticiones simultáneas durante una "
            "hora y cuéntanos si siguen apareciendo los errores 429.",
            "Soy un asistente de IA. Confirme, por favor, si el dominio que quiere "
            "transferir es el que termina en .es o el .com, ya que en su cuenta "
            "figuran ambos.",
        ),
        "ko": (
            "안녕하세요 고객님, 확인을 위해 주문번호와 결제하신 카드사명을 회신해 주시겠어요?",
            "오래 기다려 주셔서 감사합니다. 정확한 원인 파악을 위해 오류가 발생한 "
            "화면을 캡처해서 보내주시면 큰 도움이 됩니다.",
            "{ticket} 문의 건 처리를 위해 기기 뒷면에 있는 시리얼 번호가 필요합니다. "
            "사진으로 찍어 첨부해 주시기 바랍니다.",
            "혹시 앱을 최신 버전으로 업데이트한 뒤에도 같은 문제가 생기는지 한번 "
            "확인해 보시고 알려 주실 수 있을까요",
            "AI 상담봇입니다. 정산 계좌 변경을 진행하려면 본인 확인이 필요해요. 가입 "
            "시 등록하신 휴대폰 번호 뒷자리 4자리를 답장으로 보내 주세요.",
        ),
        "ja": (
            "お世話になっております。恐れ入りますが、"
            "ご購入時の注文番号をお知らせいただけますでしょうか。",
            "お待たせしてしまい申し訳ございません。調査のため、エラー発生時のログファイ"
            "ルをこちらのメールに添付してお送りいただけますと幸いです。",
            "{ticket}の件、念のため確認させてください。ご請求先の住所は、"
            "ご登録済みの東京都の住所のままでよろしいでしょうか。",
            "一度ログアウトして再ログインしてもらって、"
            "それでも2段階認証のコードが届かないか教えてもらえますか。",
            "AIアシスタントです。配送状況をお調べするには、"
            "お届け先の郵便番号が必要です。ご返信にてお知らせください。",
        ),
    },
    "resolved": {
        "en": (
            "Hi Alex, good news: the sync bug behind your missing invoices was fixed "
            "in last night's release, so I'm closing this ticket now.",
            "We haven't heard back from you, so case {ticket} will be closed "
            "automatically in 72 hours. Replying to this email will reopen it.",
            "Dear Mr. Okafor, Further to our earlier correspondence, we are pleased to "
            "confirm that the replacement unit was delivered and the faulty one has "
            "been received at our depot. As nothing further is outstanding, we have "
            "now marked your request as resolved. Yours sincerely,",
            "Done — your 2FA has been reset, and I've marked this one as solved.",
            "I'm an AI assistant. It looks like the DNS records now point to the "
            "correct server and your site is loading again, so I'll go ahead and close "
            "this conversation. Thanks for contacting us!",
        ),
        "de": (
            "Hallo Frau Yilmaz, die fehlerhafte Abbuchung wurde storniert und der "
            "Betrag Ihrem Konto gutgeschrieben. Damit ist Ihr Anliegen erledigt, und "
            "wir schließen den Vorgang {ticket}.",
            "Da wir keine Rückmeldung erhalten haben, wird diese Anfrage in drei Tagen "
            "automatisch geschlossen.",
            "Hi Tim, der Export läuft wieder durch – das Problem lag an einer falschen "
            "Zeitzone in den Einstellungen, die ich korrigiert habe. Ich setze das "
            "Ticket jetzt auf gelöst.",
            "Sehr geehrter Herr Braun, nach Abschluss der Reparatur wurde Ihr Gerät "
            "heute an Sie zurückgesandt. Wir betrachten den Fall somit als "
            "abgeschlossen.",
            "Ich bin ein KI-Assistent. Ihre Anfrage wurde als gelöst markiert. Falls "
            "doch noch etwas fehlt, antworten Sie einfach auf diese Nachricht.",
        ),
        "fr": (
            "Bonjour, le remboursement a bien été crédité sur votre carte ; je clôture "
            "donc votre demande {ticket}.",
            "Sans nouvelles de votre part d'ici vendredi, ce dossier sera fermé automatiquement.",
            "Salut Chloé, c'est réglé : le problème de limite d'API venait d'un quota "
            "mal configuré sur ton compte, on l'a corrigé. Je passe le ticket en "
            "résolu.",
            "Madame, Monsieur, Nous avons le plaisir de vous informer que votre colis "
            "a été livré ce matin. Votre réclamation est désormais close. Nous vous "
            "remercions de votre confiance.",
            "Je suis un assistant IA. Votre accès au compte a été rétabli et la "
            "demande est considérée comme terminée. Bonne journée !",
        ),
        "es": (
            "Hola Pablo, ya está solucionado: el cobro duplicado se ha anulado y verás "
            "el abono en unos días. Cierro la incidencia.",
            "Le informamos de que, al no haber recibido respuesta, su solicitud "
            "{ticket} se cerrará automáticamente en 48 horas.",
            "Estimada Sra. Navarro: Tras la sustitución de la batería, su equipo "
            "funciona correctamente según las pruebas realizadas. Damos por finalizado "
            "el caso. Reciba un cordial saludo.",
            "Listo, tu cuenta vuelve a estar desbloqueada y he marcado el ticket como resuelto.",
            "Soy un asistente virtual. Como el pago pendiente ya figura en tu cuenta, "
            "he dado por cerrada esta conversación. ¡Gracias por escribirnos!",
        ),
        "ko": (
            "안녕하세요 고객님, 중복 결제된 금액은 오늘 취소 처리되었습니다. 문의하신 "
            "건은 이것으로 종결하겠습니다.",
            "추가 회신이 없으셔서 {ticket} 문의는 3일 후 자동으로 종료될 예정입니다.",
            "API 키 권한 문제는 저희 쪽에서 수정 완료했어요. 이제 정상적으로 호출되는 "
            "것 확인했고, 티켓은 해결됨으로 변경해 둘게요.",
            "고객님의 수리 요청 {ticket} 건은 제품 수령이 확인되어 최종 완료 "
            "처리되었습니다. 이용해 주셔서 감사합니다.",
            "AI 상담봇입니다. 계정 잠금이 해제되어 이 상담은 마무리하겠습니다. 좋은 하루 보내세요.",
        ),
        "ja": (
            "お世話になっております。二重請求分の返金処理が完了いたしましたので、"
            "本件はこれにてクローズとさせていただきます。",
            "その後ご返信がございませんので、{ticket}は7日後に自動的にクローズされます。",
            "ドメインの設定を修正したところ、サイトが表示されるようになりました。"
            "この問い合わせは解決済みにしておきますね。",
            "鈴木様 交換品の到着を確認いたしました。これをもちまして本件の対応を終了いたします。",
            "AIアシスタントです。パスワードの再設定が完了し、"
            "ログインできることを確認しましたので、このチケットを完了にしました。",
        ),
    },
}
