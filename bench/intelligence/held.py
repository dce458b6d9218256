"""The held-aside part's agent texts (round 11): written by an author who had not read
the rules or the tuning texts, and never used to change a rule. Scored separately
(``python -m bench.intelligence``).
"""

from __future__ import annotations

HELD: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Hi Marta, thanks for reaching out about the roaming charges on your line. "
            "Your request has been logged as {ticket} and a billing specialist will get "
            "back to you within two business days.",
            "Got it — I've passed this over to our hardware returns team. They usually "
            "reply within 24 hours.",
            "Dear Mr. Okafor, We hereby confirm receipt of your insurance claim "
            "documentation. Your file has been queued for review by a claims adjuster, "
            "who will contact you in due course. Kind regards, Claims Department",
            "Thank you for contacting SkyRoute Airlines. This is an automated message: "
            "your message about booking changes is in our queue and an agent will respond "
            "as soon as one becomes available.",
            "Hey! Escalated this to the platform engineers who own the API quota service. "
            "Someone from that team will follow up with you directly. Cheers, Dan",
        ),
        "de": (
            "Guten Tag Frau Becker, vielen Dank für Ihre Nachricht. Ihr Anliegen wurde "
            "unter der Vorgangsnummer {ticket} erfasst und an unsere Schadenabteilung "
            "weitergeleitet. Mit freundlichen Grüßen",
            "Hi Jonas, danke dir! Hab das an unser Billing-Team weitergegeben, die melden "
            "sich bei dir, spätestens Montag.",
            "Dies ist eine automatische Eingangsbestätigung. Ihre Anfrage {ticket} befindet "
            "sich in der Warteschlange; die aktuelle Bearbeitungszeit beträgt ca. 3 Werktage.",
            "Sehr geehrter Herr Yilmaz, wir bestätigen hiermit den Eingang Ihrer "
            "Rücksendeanfrage für das defekte Netzteil. Ein Mitarbeiter unserer Technik "
            "wird den Fall prüfen und sich anschließend bei Ihnen melden.",
            "Danke für die Info zur Buchung. Ich habe den Fall an die zweite Supportebene "
            "eskaliert – ein Kollege schaut sich das heute noch an.",
        ),
        "fr": (
            "Bonjour, nous accusons bonne réception de votre demande de remboursement. "
            "Elle a été enregistrée sous la référence {ticket} et sera traitée par notre "
            "service comptable dans les meilleurs délais.",
            "Salut Théo, c'est noté ! J'ai transmis ton message à l'équipe technique, "
            "quelqu'un te répond d'ici demain.",
            "Madame, Monsieur, votre déclaration de sinistre a bien été reçue. Un "
            "gestionnaire prendra contact avec vous sous 72 heures ouvrées. Veuillez "
            "agréer nos salutations distinguées.",
            "Message automatique : votre demande {ticket} est en file d'attente. Un "
            "conseiller vous répondra dès que possible.",
            "Merci pour votre patience. Votre dossier concernant la portabilité de votre "
            "numéro a été escaladé auprès de notre service opérateur, qui reviendra vers "
            "vous directement.",
        ),
        "es": (
            "Hola Lucía, hemos recibido tu consulta sobre la factura de marzo. La hemos "
            "registrado con el número {ticket} y te escribiremos en cuanto tengamos "
            "novedades.",
            "Estimado Sr. Ramírez: Le confirmamos la recepción de su solicitud de "
            "reembolso. Un agente de nuestro equipo la revisará y se pondrá en contacto "
            "con usted en un plazo máximo de 48 horas. Atentamente,",
            "¡Gracias por escribirnos! Su mensaje está en cola y será atendido por el "
            "próximo agente disponible.",
            "Ya lo he pasado al equipo de seguridad de cuentas, ellos te contestan directamente.",
            "Buenas tardes. Su caso {ticket} ha sido escalado al departamento de "
            "siniestros, que lo estudiará y le informará de la resolución por correo "
            "electrónico.",
        ),
        "ko": (
            "안녕하세요, 고객님. 문의하신 보험금 청구 건이 정상적으로 "
            "접수되었습니다(접수번호 {ticket}). 담당자가 검토한 뒤 "
            "영업일 기준 3일 이내에 연락드리겠습니다.",
            "말씀하신 결제 오류는 기술팀에 전달해 두었어요. 확인되는 대로 다시 연락드릴게요!",
            "고객님의 문의({ticket})가 대기열에 등록되었습니다. 현재 상담 요청이 "
            "많아 답변까지 다소 시간이 걸릴 수 있는 점 양해 부탁드립니다.",
            "안녕하세요. 게임 계정 복구 요청은 상위 부서로 이관되었습니다. "
            "전담팀에서 확인 후 직접 안내해 드릴 예정입니다.",
            "접수 완료됐습니다. 오늘 중으로 담당 엔지니어가 살펴볼 거예요.",
        ),
        "ja": (
            "お問い合わせいただきありがとうございます。ご依頼は受付番号{ticket}にて"
            "承りました。担当者より2営業日以内にご連絡いたします。",
            "いただいた内容は技術チームに共有しました。確認でき次第、改めてご連絡しますね。",
            "本メールは自動送信です。お問い合わせは順番に対応しておりますので、"
            "担当者からの返信まで今しばらくお待ちください。",
            "山田様、保険金請求の書類を確かに受領いたしました。"
            "査定担当部署にて順次確認を進めてまいります。",
            "了解です、上の者にエスカレーションしておきました。折り返し連絡が行くと思います。",
        ),
    },
    "answer": {
        "en": (
            "Hi Priya, following up on case {ticket}: I've refunded the duplicate charge of "
            "$49 to your card ending 4471; it should appear on your statement within 5-10 "
            "business days. Let us know if you have other questions!",
            "To reset your school portal password, open the login page, click 'Forgot "
            "password' and enter your student number. A reset link is sent to the email "
            "on file and is valid for one hour.",
            "Good news: the fare you booked includes one free change, so you can move your "
            "flight to Friday in Manage Booking without paying a fee. Your e-ticket number "
            "stays the same.",
            "The Frankfurt pickup desk is closed on Sundays, but you can collect the car "
            "from the airport branch, which is open 24/7. Just show your booking "
            "confirmation and driving licence at the counter.",
            "Thank you very much for your patience while we looked into this. I checked "
            "with our tax engine team and the deduction you're seeing is correct: home "
            "office expenses are capped at 1,500 for the 2023 tax year, so the software "
            "automatically limited the amount. Nothing is wrong with your return and you "
            "can file it as it is. Have a lovely evening.",
        ),
        "de": (
            "Hallo Herr Schulz, ich habe die doppelte Abbuchung storniert; der Betrag von "
            "29,90 € wird Ihnen innerhalb von fünf Werktagen gutgeschrieben. Bei weiteren "
            "Fragen sind wir gern für Sie da.",
            "Du kannst dein Passwort fürs Schulportal selbst zurücksetzen: Auf der "
            "Anmeldeseite auf „Passwort vergessen“ klicken, Schülernummer eingeben, "
            "fertig. Der Link in der Mail ist eine Stunde gültig.",
            "Das Roaming in der Schweiz ist in Ihrem Tarif nicht enthalten, da die Schweiz "
            "nicht zur EU gehört. Sie können aber in der App unter „Optionen“ das Paket "
            "„Travel World“ für 4,99 € pro Woche hinzubuchen.",
            "Ihr Bahnticket ist im Kundenkonto unter „Meine Reisen“ als PDF hinterlegt und "
            "kann dort jederzeit erneut heruntergeladen werden. Ein Ausdruck ist nicht "
            "nötig, das Handy-Display reicht bei der Kontrolle.",
            "Zu Ihrer Anfrage {ticket}: Wir haben Ihr API-Kontingent wie besprochen auf "
            "20.000 Anfragen pro Tag erhöht. Die Änderung ist ab sofort aktiv, ein "
            "Neustart Ihrer Anwendung ist nicht erforderlich.",
        ),
        "fr": (
            "Bonjour Mme Laurent, j'ai procédé au remboursement des frais de livraison, "
            "soit 3,90 €, sur votre carte bancaire. Le montant apparaîtra sous 3 à 5 jours "
            "ouvrés.",
            "Pour changer ton pseudo dans le jeu, va dans Profil > Paramètres > Identité. "
            "Tu peux le modifier gratuitement une fois tous les 30 jours.",
            "Le comptoir de location de l'aéroport de Nice est fermé après 23 h, mais vous "
            "pouvez déposer le véhicule sur le parking P5 et glisser les clés dans la "
            "boîte prévue à cet effet. L'état des lieux sera fait le lendemain matin.",
            "Votre quota d'appels API est calculé sur une fenêtre glissante de 60 minutes "
            "et non par heure fixe. Une fois la limite atteinte, l'API renvoie une erreur "
            "429 ; il suffit alors d'attendre quelques minutes avant de relancer vos "
            "requêtes. N'hésitez pas si vous avez d'autres questions.",
            "Concernant votre demande {ticket}, nous avons réactivé votre compte sur la "
            "plateforme de signature électronique. Vous pouvez de nouveau envoyer des "
            "documents à signer dès maintenant.",
        ),
        "es": (
            "Hola Andrés, ya te devolvimos los 12,50 € del pedido que llegó frío. Verás "
            "el reembolso en tu tarjeta en unos 3-5 días hábiles.",
            "Para activar el roaming, entre en la app Mi Línea, vaya a Servicios > Roaming "
            "y pulse Activar. El servicio queda operativo en unos minutos y no tiene coste "
            "adicional dentro de la UE.",
            "La oficina de Málaga permanece cerrada los domingos, pero puede recoger el "
            "coche en el mostrador del aeropuerto, abierto las 24 horas. Solo necesita su "
            "carné de conducir y la tarjeta con la que pagó la reserva.",
            "En relación con su caso {ticket}, le informamos de que hemos restablecido la "
            "contraseña de su cuenta. Recibirá en breve un correo con una contraseña "
            "temporal que deberá cambiar en su primer inicio de sesión.",
            "Sobre lo que preguntabas de las comisiones: retirar criptomonedas a una "
            "billetera externa cuesta 0,0005 BTC, mientras que las transferencias entre "
            "usuarios de la plataforma son gratuitas. Cualquier otra duda, aquí estamos.",
        ),
        "ko": (
            "고객님, 문의 번호 {ticket} 건으로 중복 결제된 15,000원은 오늘 "
            "카드사에 취소 요청을 완료했습니다. 카드사 사정에 따라 "
            "3~5영업일 이내에 환불됩니다.",
            "해외 로밍은 앱에서 바로 켜실 수 있어요. '내 요금제 > 부가서비스 > "
            "로밍'에서 원하는 국가를 선택하시면 됩니다.",
            "API 호출 한도는 매일 자정(UTC 기준)에 초기화됩니다. 한도를 늘리시려면 "
            "대시보드의 '요금제 변경' 메뉴에서 상위 플랜으로 전환하시면 됩니다. "
            "다른 궁금한 점이 있으시면 언제든 문의해 주세요.",
            "예매하신 공연 티켓은 마이페이지의 '예매 내역'에서 모바일 티켓으로 "
            "확인하실 수 있습니다. 입장 시 QR 코드를 보여 주시면 됩니다.",
            "비밀번호를 초기화해 드렸습니다. 등록된 휴대폰으로 임시 비밀번호가 "
            "발송되었으니 로그인 후 꼭 변경해 주세요.",
        ),
        "ja": (
            "お問い合わせ{ticket}の件、二重になっていたご請求について、本日3,300円の"
            "返金処理を行いました。カード会社によっては反映まで数日かかる場合がございます。",
            "パスワードはログイン画面の「パスワードをお忘れの方」から再設定できます。"
            "登録メールアドレス宛てにリンクが届きますので、1時間以内にお手続きください。",
            "成田空港店は22時で閉店いたしますが、店舗横の返却ボックスに鍵を入れて"
            "いただければ時間外でもご返却いただけます。車両の点検は翌朝こちらで行います。",
            "確定申告ソフトの医療費控除は、払った医療費のうち10万円を超えた部分が"
            "対象になるよ。金額が少なく表示されているのはその計算のためだから、"
            "入力内容はそのままで大丈夫。",
            "APIの利用上限は毎月1日にリセットされます。上限の引き上げをご希望の場合は、"
            "管理画面の「プラン変更」から上位プランへ切り替えてください。"
            "ほかにご不明な点がございましたらお気軽にお問い合わせください。",
        ),
    },
    "needs_info": {
        "en": (
            "Could you send us a screenshot of the error you see when signing the "
            "document? That will help us figure out what's going wrong.",
            "Thanks for your patience so far. To continue with the RMA for your router, "
            "we'd need the serial number printed on the sticker underneath the device, "
            "plus a copy of your purchase invoice.",
            "Mind checking whether the missing order shows up under 'Past orders' in the "
            "app? Let me know what you find and I'll take it from there.",
            "Hello, regarding {ticket}: please tell us which email address the game "
            "account was originally registered with, as we can't find it under the one "
            "you wrote from.",
            "Hi, try clearing the app cache and logging in again, then reply to this email "
            "saying whether the withdrawal button appears. If it still doesn't, include "
            "the exact time you tried so we can check the logs.",
        ),
        "de": (
            "Könnten Sie uns bitte die Rechnungsnummer und das Kaufdatum des Geräts "
            "mitteilen? Ohne diese Angaben können wir die Garantieprüfung leider nicht "
            "starten.",
            "Danke für deine Geduld! Damit wir weitermachen können, bräuchten wir noch "
            "einen Screenshot der Fehlermeldung beim Einloggen.",
            "Sehr geehrte Damen und Herren, zur weiteren Bearbeitung des Schadensfalls "
            "{ticket} benötigen wir eine Kopie des Polizeiberichts sowie Fotos der "
            "beschädigten Gegenstände.",
            "Probier bitte mal, das Dokument in einem anderen Browser zu signieren, und "
            "sag mir dann kurz, ob der Fehler weiterhin auftritt.",
            "Hallo, bitte bestätigen Sie uns, ob die Lieferadresse Hauptstraße 12 in Köln "
            "noch aktuell ist, bevor wir die Ersatzlieferung veranlassen.",
        ),
        "fr": (
            "Pourriez-vous nous transmettre une capture d'écran du message d'erreur ainsi "
            "que la version de l'application que vous utilisez ?",
            "Merci de votre patience. Afin de poursuivre l'instruction du dossier "
            "{ticket}, il nous faudrait une copie de votre facture d'achat.",
            "Tu peux vérifier si le virement apparaît bien dans l'historique de ton "
            "portefeuille et me dire ce que tu vois ?",
            "Bonjour, pouvez-vous nous confirmer la date exacte de votre vol retour ainsi "
            "que le nom figurant sur la réservation.",
            "Je vous invite à redémarrer la box puis à nous indiquer si le voyant Internet "
            "reste rouge. En fonction de votre réponse, nous pourrons programmer "
            "l'intervention d'un technicien.",
        ),
        "es": (
            "¿Podría enviarnos el número de serie del portátil y una foto de la etiqueta "
            "de la parte inferior? Con eso podremos tramitar la devolución.",
            "Gracias por la paciencia. Para seguir con tu caso {ticket} necesitaríamos el "
            "justificante de pago de la reserva.",
            "Prueba a cerrar sesión y volver a entrar, y cuéntame si sigue apareciendo el "
            "aviso de cuota superada.",
            "Le agradeceríamos que nos confirmara la fecha y la hora aproximada en la que "
            "realizó la transferencia.",
            "hola, me falta saber con que correo te registraste en el juego, porque con "
            "este no me sale ninguna cuenta",
        ),
        "ko": (
            "정확한 확인을 위해 오류 화면을 캡처해서 보내 주시겠어요?",
            "기다려 주셔서 감사합니다. 반품 접수를 진행하려면 제품 시리얼 번호와 "
            "구매 영수증 사본이 필요합니다.",
            "혹시 주문하실 때 쿠폰을 적용하셨는지 알려 주실 수 있을까요? "
            "그에 따라 환불 금액이 달라집니다.",
            "문의 {ticket} 관련하여, 출금 신청하신 날짜와 지갑 주소를 회신해 주시기 바랍니다.",
            "앱을 삭제했다가 다시 설치해 보시고, 그래도 로그인이 안 되는지 말씀해 주세요.",
        ),
        "ja": (
            "恐れ入りますが、エラーが表示された画面のスクリーンショットを"
            "お送りいただけますでしょうか。",
            "お待たせしており申し訳ございません。調査を進めるにあたり、"
            "ご注文番号とご購入日をお知らせいただけますと幸いです。",
            "お手数ですが、ルーターの電源を一度抜いて30秒ほど待ってから差し直し、"
            "ランプの色が変わるかどうか教えてください。",
            "お問い合わせ{ticket}の件で、登録時のメールアドレスが分からないと"
            "アカウントを特定できないので、そのアドレスを教えてもらえますか？",
            "ご予約の搭乗者名がパスポートの表記と一致しているか、"
            "ご確認のうえご返信をお願いいたします。",
        ),
    },
    "resolved": {
        "en": (
            "Your case {ticket} has been marked as resolved. Thank you for contacting us.",
            "Hi Sam, the DNS records are now pointing at the new server and your site "
            "loads fine from our end, so I'm closing this ticket. Feel free to open a new "
            "one anytime.",
            "Dear Customer, This is to inform you that your service request {ticket} "
            "concerning the international roaming activation has been completed and is "
            "now closed. Best regards",
            "Glad we got the delivery refund sorted! I'll go ahead and mark this "
            "conversation as solved.",
            "Thanks for confirming the tax form downloads correctly now. I'm setting this "
            "request to Closed on our side; the fix was a corrupted browser cache, so "
            "clearing it should help if it ever happens again.",
        ),
        "de": (
            "Ihr Ticket {ticket} wurde als gelöst markiert. Vielen Dank, dass Sie sich an "
            "uns gewandt haben.",
            "Super, dass die Synchronisierung jetzt wieder klappt! Ich schließe den Fall damit ab.",
            "Sehr geehrter Herr Wagner, nachdem die fehlerhafte Mahngebühr storniert und "
            "Ihr Konto wieder freigeschaltet wurde, ist Ihre Anfrage hiermit "
            "abgeschlossen. Mit freundlichen Grüßen, Ihr Kundenservice",
            "Kurze Info: Die Anfrage zur Mietwagen-Kaution ist erledigt und wird nun von "
            "uns geschlossen.",
            "Hallo Lea, danke für die Rückmeldung. Der Vorgang ist damit beendet – wir "
            "haben ihn in unserem System auf „geschlossen“ gesetzt.",
        ),
        "fr": (
            "Votre demande {ticket} est désormais clôturée. Merci de nous avoir contactés.",
            "Super, ravi que l'accès à l'espace élèves refonctionne ! Je passe le ticket "
            "en résolu.",
            "Madame, nous vous informons que votre réclamation relative à la facturation "
            "de l'abonnement a été traitée et que le dossier est clos. Nous vous prions "
            "d'agréer, Madame, l'expression de nos salutations distinguées.",
            "Merci pour la confirmation. Le problème venait d'un certificat SSL expiré, "
            "que nous avons renouvelé ; je clôture donc cette conversation.",
            "Bonjour, nous marquons votre demande comme résolue suite au remboursement de "
            "la commande. Bonne journée !",
        ),
        "es": (
            "Su incidencia {ticket} ha sido resuelta y cerrada. Gracias por confiar en nosotros.",
            "¡Genial que ya funcione la firma! Doy por cerrada la conversación.",
            "Estimada Sra. Gómez: Una vez aplicado el abono correspondiente a la "
            "penalización, damos por finalizada su reclamación. Reciba un cordial saludo.",
            "Te confirmo que hemos marcado la solicitud como resuelta: el cargo duplicado "
            "ya está anulado y el dominio se ha renovado correctamente.",
            "Buenos días, procedemos a cerrar este ticket, ya que el acceso al portal "
            "escolar quedó restablecido ayer. Un saludo.",
        ),
        "ko": (
            "고객님의 문의({ticket})는 처리가 완료되어 종료되었습니다. 이용해 주셔서 감사합니다.",
            "도메인 연결 문제는 DNS 설정을 수정해서 해결됐어요. 이 건은 이만 종료 처리할게요!",
            "안녕하십니까. 요청하신 렌터카 보증금 환불 건은 해결 완료로 "
            "처리되었음을 알려 드립니다.",
            "확인해 주셔서 감사합니다. 해당 상담은 지금 종료하겠습니다.",
            "학부모 포털 접속 오류가 해결된 것을 확인했으므로 본 요청은 "
            "'해결됨' 상태로 변경하였습니다. 좋은 하루 보내세요.",
        ),
        "ja": (
            "お問い合わせ{ticket}は解決済みとしてクローズいたしました。"
            "ご利用ありがとうございました。",
            "無事に電子署名ができたとのことで安心しました。"
            "こちらのチケットはこれで完了とさせていただきます。",
            "配達遅延の件（{ticket}）につきましては、返金処理が完了いたしましたので、"
            "本件はこれにて終了とさせていただきます。",
            "原因はブラウザのキャッシュでした。解決したので、このお問い合わせは閉じておくね。",
            "ご確認ありがとうございます。本チャットは解決済みとなりましたので、"
            "ここで終了いたします。",
        ),
    },
}
