"""Agent texts written for training (set A: short and terse messages, macros, bots,
e-commerce, logistics, telecom and banking support), by a helper who saw neither the
rules nor the other texts. Part of tuning: they train the kind model and the rules may
read them; never held.
"""

from __future__ import annotations

TRAIN_A: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Got it, thanks. We've logged this as {ticket} and someone will get back to you "
            "shortly.",
            "Hi! I'm the virtual assistant for Northwind Bank. I've passed your message to our "
            "card team; expect a reply within 1 business day.",
            "Thanks for reaching out. Your request is in the queue and an agent will pick it up "
            "in roughly 2 hours.",
            "Received. Forwarding to our warehouse team now.",
            "This is an automated reply: we've received your email and will respond as soon as "
            "possible. No need to resend it.",
            "Thanks Maria, I've escalated {ticket} to our network engineers. They'll look into "
            "the outage in your area and I'll update you by tomorrow.",
        ),
        "de": (
            "Danke, Ihre Anfrage ist bei uns eingegangen. Wir melden uns innerhalb von 24 Stunden.",
            "Hallo! Ich bin der virtuelle Assistent der Stadtsparkasse. Ich habe Ihr Anliegen "
            "an einen Berater weitergeleitet.",
            "Ihre Nachricht wurde unter der Nummer {ticket} erfasst. Ein Kollege aus dem "
            "Versand schaut sich das an.",
            "Kurz von unterwegs: hab's gesehen, ich kümmere mich morgen früh darum.",
            "Automatische Antwort: Wegen hohen Aufkommens kann die Bearbeitung bis zu drei "
            "Werktage dauern. Ihr Anliegen steht in der Warteschlange.",
            "Vielen Dank für Ihre Geduld. Wir haben den Fall {ticket} an die Technik übergeben "
            "und melden uns, sobald es Neuigkeiten gibt.",
        ),
        "fr": (
            "Bonjour, nous avons bien reçu votre demande et un conseiller vous répondra sous 48 h.",
            "Je suis l'assistant virtuel de la banque. Votre message a été transmis au "
            "service cartes.",
            "Merci, c'est noté. Dossier {ticket} créé, on revient vers vous rapidement.",
            "Réponse automatique : votre e-mail est en file d'attente. Délai moyen de "
            "traitement : 2 jours ouvrés.",
            "Vu, je transfère à l'équipe logistique.",
            "Merci pour votre message. J'ai demandé à notre technicien de vérifier la ligne, "
            "je vous tiens au courant dans la journée (réf. {ticket}).",
        ),
        "es": (
            "¡Hola! Hemos recibido tu solicitud y te responderemos en menos de 24 horas.",
            "Soy el asistente virtual de Banco Sol. He trasladado tu consulta a un gestor.",
            "Gracias, queda registrada con el número {ticket}.",
            "Respuesta automática: tu mensaje está en cola. Tiempo de espera estimado: 3 horas.",
            "Recibido, lo paso al equipo de almacén y te digo algo.",
            "Gracias por escribirnos. Un técnico revisará la incidencia {ticket} de tu línea "
            "y se pondrá en contacto contigo mañana.",
        ),
        "ko": (
            "안녕하세요, 문의 잘 접수되었습니다. 영업일 기준 1일 이내에 답변드리겠습니다.",
            "저는 새봄은행 챗봇 '봄이'예요. 말씀하신 내용은 상담사에게 넘겨 드렸어요.",
            "접수번호 {ticket}(으)로 등록되었습니다. 담당자가 확인 후 연락드릴 예정입니다.",
            "확인했어요! 물류팀에 바로 전달할게요.",
            "자동 응답입니다. 현재 문의량이 많아 답변까지 최대 2일 정도 소요될 수 있습니다.",
            "기다려 주셔서 감사합니다. 기술팀에서 {ticket} 건 회선 상태를 점검한 뒤 "
            "내일 중으로 다시 안내드릴게요.",
        ),
        "ja": (
            "お問い合わせありがとうございます。内容を確認のうえ、2営業日以内にご連絡いたします。",
            "私はバーチャルアシスタントです。ご相談内容を担当オペレーターに引き継ぎました。",
            "受付番号{ticket}で承りました。担当者より改めてご連絡します。",
            "了解です、配送チームに回しておきますね。",
            "【自動返信】ただいまお問い合わせが集中しており、回答まで3日ほどお時間を"
            "いただく場合がございます。",
            "ご連絡ありがとうございます。{ticket}について回線の状況を技術部門で調査して"
            "おります。明日中に進捗をお知らせします。",
        ),
    },
    "answer": {
        "en": (
            "Your parcel left our Leipzig hub this morning and is due Thursday. Tracking may "
            "lag by a few hours.",
            "Hi, the extra charge is a one-off roaming fee from your trip on 3 May. It won't "
            "appear again on next month's bill.",
            "You can reset your PIN in the app under Cards > Security > Change PIN. No branch "
            "visit needed.",
            "The concert ticket you bought is non-refundable, but you can transfer it to a "
            "friend from your account page.",
            "Update on {ticket}: I've issued a refund of $24.99 to your original payment "
            "method; banks usually take 3-5 days to show it. Let us know if anything else "
            "comes up.",
            "Hi! I'm Ava, the virtual assistant. Our stores open at 9am Monday to Saturday and "
            "are closed on Sundays.",
        ),
        "de": (
            "Ihr Paket liegt in der Packstation am Hauptbahnhof und kann bis Freitag abgeholt "
            "werden.",
            "Die Gebühr von 4,90 € fällt an, weil das Konto im Mai überzogen war. Sie wird nur "
            "einmal berechnet.",
            "Die Störung in Ihrem Gebiet geht auf einen Kabelschaden zurück. Laut Netzbetreiber "
            "soll sie bis heute Abend behoben sein.",
            "Rücksendungen sind innerhalb von 30 Tagen kostenlos; das Etikett finden Sie unter "
            "Mein Konto > Bestellungen.",
            "Zu {ticket}: Ich habe Ihren Tarif auf 20 GB umgestellt, die Änderung gilt ab dem "
            "nächsten Abrechnungszeitraum. Melden Sie sich gern, falls noch etwas ist.",
            "Hallo, ich bin der digitale Assistent. Unsere Filialen sind an Feiertagen "
            "geschlossen, Überweisungen können Sie aber jederzeit online ausführen.",
        ),
        "fr": (
            "Votre colis est en point relais depuis ce matin ; vous avez 10 jours pour le retirer.",
            "Les frais de 12 € correspondent à un appel vers un numéro surtaxé le 14 mars.",
            "Pour bloquer votre carte, allez dans l'appli, rubrique Cartes, puis « Faire "
            "opposition ». C'est immédiat.",
            "Suite à votre demande {ticket}, j'ai modifié l'adresse de livraison : la commande "
            "partira donc à Lyon. N'hésitez pas si vous avez d'autres questions.",
            "Bonjour ! Je suis Léa, l'assistante virtuelle. Nos agences sont fermées le "
            "dimanche mais le service client répond 7j/7.",
            "Le ticket de caisse n'est pas nécessaire pour un retour : la facture disponible "
            "dans votre espace client suffit.",
        ),
        "es": (
            "Tu pedido salió del almacén ayer y llegará el jueves por la tarde.",
            "El cargo de 9,99 € es la cuota anual de la tarjeta, que se cobra cada enero.",
            "Puedes cambiar la contraseña desde Ajustes > Seguridad; el enlace caduca a los "
            "15 minutos.",
            "Sobre el caso {ticket}: te he aplicado un descuento del 20 % en la próxima "
            "factura. Si necesitas algo más, aquí estamos.",
            "Soy Leo, el asistente virtual. Las oficinas están cerradas los festivos, pero la "
            "app funciona 24/7.",
            "Para la devolución basta con el ticket de compra o el correo de confirmación del "
            "pedido.",
        ),
        "ko": (
            "주문하신 상품은 오늘 오전 출고되어 내일 도착 예정입니다.",
            "이번 달 요금에 포함된 5,500원은 해외 로밍 데이터 사용료예요. 다음 달에는 "
            "청구되지 않습니다.",
            "비밀번호는 앱의 [설정] > [보안]에서 바로 변경하실 수 있어요.",
            "{ticket} 문의 관련, 요청하신 대로 배송지를 부산으로 변경해 두었습니다. "
            "다른 궁금한 점 있으시면 언제든 말씀해 주세요.",
            "안녕하세요, AI 상담봇입니다. 지점은 주말과 공휴일에 문을 닫지만, 인터넷뱅킹은 "
            "24시간 이용 가능합니다.",
            "공연 티켓은 관람일 3일 전까지 취소하시면 전액 환불됩니다.",
        ),
        "ja": (
            "ご注文の商品は本日発送済みで、明日の午前中に届く予定です。",
            "請求額に含まれる1,100円は、先月の海外ローミング通信料です。",
            "暗証番号はアプリの「カード」→「セキュリティ設定」から変更できますよ。",
            "{ticket}の件、お届け先を大阪のご住所に変更いたしました。ほかにご不明点が"
            "あればいつでもどうぞ。",
            "AIチャットボットです。店舗は年末年始は閉店しますが、オンラインストアは通常どおり"
            "営業しています。",
            "映画のチケットは上映開始の30分前までならキャンセル可能です。",
        ),
    },
    "needs_info": {
        "en": (
            "Thanks for your patience so far. Could you send a screenshot of the error you see "
            "at checkout?",
            "Can you confirm the last 4 digits of the card?",
            "Hi, to locate the order we'd need the order number or the email used at purchase.",
            "Please restart the router, wait two minutes, and tell us whether the light turns "
            "green.",
            "Regarding {ticket}: it would help to know which date the payment left your account.",
            "I'm the virtual assistant. What's your account ID? I can then pull up your plan.",
        ),
        "de": (
            "Können Sie uns bitte ein Foto vom beschädigten Karton schicken?",
            "Danke für Ihre Geduld! Damit wir weitermachen können, bräuchten wir noch Ihre "
            "Kundennummer.",
            "Welches Gerät und welche App-Version nutzen Sie?",
            "Bitte melden Sie sich einmal ab und wieder an und sagen Sie uns, ob der Fehler "
            "weiterhin auftritt.",
            "Zu {ticket}: Es wäre hilfreich zu wissen, an welchem Tag die Abbuchung erfolgt ist.",
            "Bestätigen Sie bitte kurz, ob die Lieferadresse in der Bahnhofstraße 12 noch stimmt.",
        ),
        "fr": (
            "Pourriez-vous nous envoyer une capture d'écran du message d'erreur ?",
            "Merci de votre patience. Pour avancer, il nous faudrait votre numéro de commande.",
            "Vous êtes sur quel forfait exactement ?",
            "Pouvez-vous redémarrer la box et nous dire si le voyant reste rouge ?",
            "Concernant {ticket}, pouvez-vous confirmer la date et le montant de la transaction ?",
            "Il serait utile de savoir si le problème se produit aussi en Wi-Fi ou seulement "
            "en 4G.",
        ),
        "es": (
            "¿Nos mandas una foto de la etiqueta del paquete?",
            "Gracias por la paciencia. Para seguir, necesitaríamos el DNI del titular.",
            "¿Desde qué fecha no tienes conexión?",
            "Prueba a desactivar el modo avión unos segundos y cuéntanos si vuelve la cobertura.",
            "Sobre {ticket}: ¿puedes confirmar que el IBAN termina en 4821?",
            "Nos ayudaría saber qué navegador usas y si el error sale también en el móvil.",
        ),
        "ko": (
            "오류 화면을 캡처해서 보내 주실 수 있을까요?",
            "기다려 주셔서 감사합니다. 확인을 위해 주문번호를 알려 주시겠어요?",
            "사용 중인 휴대폰 기종이 어떻게 되세요?",
            "공유기 전원을 껐다가 1분 뒤에 다시 켜 보시고, 인터넷이 되는지 알려 주세요.",
            "{ticket} 건 관련하여, 결제하신 날짜와 금액을 확인 부탁드립니다.",
            "정확한 확인을 위해 등록된 휴대폰 번호 뒷자리 4자리가 필요합니다.",
        ),
        "ja": (
            "エラー画面のスクリーンショットを送っていただけますか？",
            "お待たせしており申し訳ございません。お手数ですが、注文番号をお知らせください。",
            "ご利用の機種とOSのバージョンを教えてもらえますか？",
            "一度ルーターを再起動して、ランプが緑に変わるか確認してみてください。"
            "結果を教えていただければ次の手順をご案内します。",
            "{ticket}の件で、お引き落としの日付を確認させていただけますでしょうか。",
            "ご本人確認のため、ご登録の生年月日が必要となります。",
        ),
    },
    "resolved": {
        "en": (
            "Your ticket {ticket} has been marked as solved. If you reply within 7 days it "
            "will reopen automatically.",
            "The duplicate charge has been reversed and the card unblocked, so I'm closing "
            "this case now. Thanks!",
            "Glad it's working again! Marking this resolved.",
            "We haven't heard back, so this request will close automatically in 48 hours.",
            "Replacement delivered and signed for today, so we're closing {ticket}. Have a "
            "good week!",
            "All sorted: your number has been ported and the old SIM deactivated. This case "
            "is now closed.",
        ),
        "de": (
            "Ihr Anliegen {ticket} ist erledigt und wurde geschlossen.",
            "Die doppelte Abbuchung wurde storniert und der Betrag gutgeschrieben. Damit "
            "schließen wir den Vorgang ab.",
            "Super, dass es wieder klappt! Ich setze das Ticket auf gelöst.",
            "Da wir keine Rückmeldung erhalten haben, wird diese Anfrage in 3 Tagen "
            "automatisch geschlossen.",
            "Der Router wurde getauscht und die Leitung läuft stabil – der Fall {ticket} ist "
            "hiermit abgeschlossen. Schönen Tag noch!",
            "Erledigt: Ihre Rufnummer ist portiert, wir haben den Auftrag geschlossen.",
        ),
        "fr": (
            "Votre demande {ticket} est désormais résolue et clôturée.",
            "Le remboursement de 39,90 € a été effectué et votre compte est à jour ; je "
            "clôture donc le dossier.",
            "Parfait, ravi que ça remarche ! Je passe le ticket en résolu.",
            "Sans réponse de votre part, ce ticket sera fermé automatiquement dans 5 jours.",
            "C'est réglé : la nouvelle carte SIM est activée. Dossier {ticket} clos, bonne "
            "journée !",
            "Le colis de remplacement a été livré, nous considérons donc cette réclamation "
            "comme terminée.",
        ),
        "es": (
            "Tu caso {ticket} ya está resuelto y cerrado.",
            "Hemos anulado el cobro duplicado y el importe ya está en tu cuenta, así que "
            "cerramos la incidencia.",
            "¡Genial que ya funcione! Lo marco como solucionado.",
            "Como no hemos recibido respuesta, esta solicitud se cerrará automáticamente en "
            "72 horas.",
            "Listo: la portabilidad se completó y tu número ya está activo. Damos el caso por "
            "cerrado.",
            "El reembolso se ha completado. Cierro el ticket {ticket}, ¡que tengas buen día!",
        ),
        "ko": (
            "문의하신 {ticket} 건은 처리 완료되어 종료되었습니다.",
            "중복 결제된 금액은 취소 처리되었고 카드사 반영까지 확인했습니다. 이 문의는 "
            "종료하겠습니다.",
            "다시 잘 된다니 다행이에요! 해결됨으로 처리해 둘게요.",
            "추가 답변이 없으시면 이 문의는 3일 후 자동으로 종료됩니다.",
            "교환 상품 배송이 완료되어 {ticket} 건을 마무리합니다. 이용해 주셔서 감사합니다.",
            "번호이동이 정상적으로 완료되었습니다. 본 상담은 해결 처리되었어요.",
        ),
        "ja": (
            "お問い合わせ{ticket}は解決済みとしてクローズいたしました。",
            "二重請求分の返金が完了し、口座への反映も確認できましたので、本件は完了と"
            "させていただきます。",
            "直ってよかったです！こちらで解決済みにしておきますね。",
            "ご返信がない場合、このお問い合わせは7日後に自動的にクローズされます。",
            "交換品のお届けが完了しましたので、本件はこれにて終了となります。"
            "ありがとうございました。",
            "SIMの再発行と開通が済みました。このチケット（{ticket}）は完了にしておきます。",
        ),
    },
}
