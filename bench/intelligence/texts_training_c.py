"""Agent texts written for training (set C: casual, chatty and apologetic consumer
support, with minimal pairs: a completed action or a closure, an instruction or an ask
to report back), by a helper who saw neither the rules nor the other texts. Part of
tuning: they train the kind model and the rules may read them; never held.
"""

from __future__ import annotations

TRAIN_C: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Hey there! Thanks for reaching out about the missing coins in your account. I've "
            "passed this along to our game support team and they'll dig in shortly.",
            "Hi Sam, sorry for the hassle with your booking! Your request is logged as {ticket} "
            "and someone from our travel team will get back to you within 24 hours.",
            "Got it, thanks! I've escalated this to our billing folks since it's a bit outside "
            "what I can see. You'll hear from them soon.",
            "Thanks for the heads-up about the app crashing. We've added your report to the "
            "queue and an engineer will take a look in the next couple of days.",
            "Hi! Just letting you know we received your message about the tracker not syncing. "
            "Our device team is on it and will reply as soon as they can. Cheers!",
            "Oh no, sorry about that! I've flagged case {ticket} for our seller support team, "
            "and they usually respond within one business day.",
        ),
        "de": (
            "Hi! Danke, dass du dich meldest. Ich hab dein Anliegen zum verschwundenen Skin an "
            "die Kollegen aus dem Spiel-Support weitergegeben, die schauen sich das an.",
            "Hallo Lena, sorry für den Stress mit der Ferienwohnung! Deine Anfrage ist unter "
            "{ticket} bei uns gespeichert, ein Kollege meldet sich innerhalb von 24 Stunden.",
            "Alles klar, danke! Das muss sich unser Zahlungsteam ansehen, deshalb habe ich es "
            "dorthin eskaliert. Rechne bitte mit zwei bis drei Werktagen.",
            "Hey, danke für den Bugreport! Er steht jetzt bei unseren Entwicklern auf der Liste "
            "und wird geprüft, sobald jemand frei ist.",
            "Guten Tag! Ihre Nachricht zum Fitnessband ist bei uns eingegangen. Wir melden uns "
            "so schnell wie möglich bei Ihnen. Viele Grüße",
            "Oh je, das tut uns echt leid! Der Fall {ticket} liegt jetzt beim Verkäufer-Support, "
            "normalerweise bekommst du innerhalb eines Werktags eine Antwort.",
        ),
        "fr": (
            "Salut ! Merci pour ton message au sujet de ta sauvegarde perdue. Je l'ai transmis à "
            "l'équipe technique du jeu, quelqu'un revient vers toi très vite.",
            "Bonjour Claire, désolé pour ce souci avec votre chambre d'hôtel ! Votre demande est "
            "enregistrée sous le numéro {ticket} et un conseiller vous répondra sous 48 h.",
            "C'est noté, merci ! Comme ça touche à la facturation, j'ai fait remonter ta demande "
            "au service concerné. Ils te recontacteront dans les prochains jours.",
            "Bonjour, nous avons bien reçu votre signalement concernant le capteur de la montre. "
            "Il est dans la file d'attente de notre équipe produit.",
            "Coucou ! Ta demande est bien arrivée chez nous. On jette un œil et on te fait un "
            "retour dès que possible. Bonne journée !",
            "Oups, vraiment désolés ! Le dossier {ticket} a été confié à notre équipe vendeurs ; "
            "comptez environ un jour ouvré pour avoir une réponse.",
        ),
        "es": (
            "¡Hola! Gracias por escribirnos por las gemas que no te llegaron. Ya le pasé tu caso "
            "al equipo del juego y te responderán pronto.",
            "Hola Marta, ¡perdona las molestias con el apartamento! Registramos tu solicitud con "
            "el número {ticket} y alguien te contactará en menos de 24 horas.",
            "¡Entendido, gracias! Lo he escalado a nuestro equipo de pagos porque yo no tengo "
            "acceso a esa parte. Te escribirán en cuanto lo revisen.",
            "Hola, nos llegó tu aviso de que la app se cierra sola al abrir el mapa. Ya está en "
            "la cola de desarrollo y lo revisaremos esta semana.",
            "¡Buenas! Solo para avisarte de que recibimos tu mensaje sobre la báscula. Alguien "
            "del equipo lo mirará y te contestará lo antes posible.",
            "¡Uy, lo sentimos mucho! Hemos enviado el caso {ticket} al soporte de vendedores; "
            "suelen responder en un día hábil.",
        ),
        "ko": (
            "안녕하세요! 아이템이 사라진 건으로 문의 주셨네요. 게임 운영팀에 전달해 두었으니 곧 "
            "연락드릴게요.",
            "고객님, 숙소 예약 건으로 불편을 드려 죄송합니다. 문의는 {ticket} 번호로 "
            "접수되었으며 24시간 이내에 담당자가 회신드리겠습니다.",
            "확인했어요, 감사합니다! 결제 관련 내용이라 제가 직접 볼 수가 없어서 결제팀으로 넘겨 "
            "두었어요. 2~3일 정도 걸릴 수 있어요.",
            "앱이 자꾸 꺼지는 문제 제보 고마워요. 개발팀 대기열에 올려 두었고 순서대로 살펴볼 "
            "예정입니다.",
            "안녕하세요, 스마트워치 관련 문의 잘 받았습니다. 기기 담당 팀에서 검토 후 최대한 "
            "빨리 답변드리겠습니다.",
            "앗, 정말 죄송해요! {ticket} 건은 판매자 지원팀에 상위 전달했어요. 보통 영업일 기준 "
            "하루 안에 답이 가요.",
        ),
        "ja": (
            "お問い合わせありがとうございます!消えたアイテムの件、ゲーム運営チームに共有しました"
            "。確認でき次第ご連絡しますね。",
            "ご予約の件でご迷惑をおかけしてすみません。お問い合わせ番号{ticket}で受け付けましたの"
            "で、24時間以内に担当者よりご連絡いたします。",
            "了解です、ありがとうございます!お支払いまわりは私の方で見られないので、決済チームに"
            "エスカレーションしました。2〜3営業日ほどお待ちください。",
            "アプリが落ちる件のご報告、助かります。開発チームの対応待ちリストに入れましたので、順"
            "番に調査していきます。",
            "スマートウォッチについてのお問い合わせ、確かに受け付けました。担当部署で内容を確認の"
            "うえ、改めてご返信いたします。",
            "大変申し訳ありません!{ticket}の件は出品者サポートに引き継ぎました。通常は1営業日以内"
            "に返答があります。",
        ),
    },
    "answer": {
        "en": (
            "Hi! Good news, I've refunded the double charge on your subscription. It should show "
            "up on your card in 3-5 business days. Let us know if anything else comes up!",
            "Hey, sorry for the confusion! To get your streak back, open the app, go to Settings "
            "> Sync and tap Restore Progress. It usually takes a minute to show up.",
            "Thanks for waiting! Your flight change is confirmed for March 14, and the new "
            "e-ticket is already in your inbox.",
            "Hi Jess, the strap on the Pulse 2 is swappable: just press the little pin on the "
            "back and slide it out. Any standard 20 mm band will fit.",
            "Sorry about that! The buffering happens when the app is stuck on an old cache. "
            "Clear the cache under Settings > Storage, restart the app and it will play normally "
            "again.",
            "Hey! For {ticket}, I've reset your password and sent a fresh login link to your "
            "email. It's good for 30 minutes, so grab it while it's hot.",
        ),
        "de": (
            "Hi! Die doppelte Abbuchung für dein Premium-Abo hab ich storniert, das Geld ist in "
            "ein paar Tagen wieder bei dir.",
            "Hallo! Wenn Folgen nicht mehr herunterladen, lösch den Download-Ordner in der App "
            "und lade sie neu. Danach klappt es in der Regel sofort.",
            "Hey Tom, dein Zug ist jetzt auf Freitag, den 12. Juni, umgebucht, ohne Aufpreis. "
            "Das neue Ticket liegt in der App unter Meine Reisen.",
            "Guten Tag, der Akku der Uhr hält etwa sieben Tage. Schalten Sie das "
            "Always-on-Display aus, kommen Sie sogar auf knapp zehn Tage.",
            "Sorry, dass es gedauert hat! Zu {ticket}: Dein Konto ist wieder entsperrt und du "
            "kannst dich ganz normal einloggen. Meld dich, falls sonst noch was ist.",
            "Hi! Die Rücksendung kostet dich nichts: Etikett in der Bestellübersicht ausdrucken, "
            "Paket zukleben und an einer beliebigen Packstation abgeben.",
        ),
        "fr": (
            "Bonjour ! J'ai annulé le prélèvement en double sur votre abonnement, le "
            "remboursement apparaîtra sur votre compte d'ici 5 jours ouvrés.",
            "Salut ! Pour que la vidéo arrête de saccader, baisse la qualité à 720p dans les "
            "réglages de lecture, ça règle le problème dans la plupart des cas.",
            "Bonne nouvelle : votre vol est désormais prévu le 3 avril à 9 h 40, et la nouvelle "
            "carte d'embarquement est disponible dans l'appli.",
            "Bonjour, le bracelet est étanche jusqu'à 50 mètres, donc vous pouvez le garder pour "
            "nager sans problème. Évitez juste le sauna et l'eau très chaude.",
            "Désolé pour l'attente ! Concernant {ticket}, votre mot de passe a été réinitialisé "
            "et un lien de connexion vous a été envoyé par e-mail.",
            "Coucou ! Les objets achetés en jeu sont liés au compte, pas à l'appareil : "
            "connecte-toi avec ton identifiant sur le nouveau téléphone et tout sera là. "
            "N'hésite pas si tu as d'autres questions !",
        ),
        "es": (
            "¡Hola! Ya te devolví el cobro duplicado de la suscripción. Verás el dinero en tu "
            "tarjeta en unos 3 a 5 días hábiles.",
            "¡Perdona el lío! Para recuperar tu lista de reproducción, cierra sesión, vuelve a "
            "entrar y desliza hacia abajo en Biblioteca para actualizarla.",
            "Listo: tu vuelo quedó cambiado al 22 de mayo y el nuevo billete electrónico ya está "
            "en tu correo.",
            "Hola, el reloj se carga por completo en unas dos horas con el cable original. Si "
            "usas un cargador de pared, que sea de 5 V para no dañar la batería.",
            "Sobre {ticket}: restablecimos tu contraseña y te mandamos un enlace de acceso por "
            "correo. ¡Cualquier otra cosa, nos dices!",
            "¡Hola! Puedes vender hasta 20 artículos gratis al mes; a partir de ahí se cobra una "
            "comisión del 5 % por venta.",
        ),
        "ko": (
            "안녕하세요! 이중으로 결제된 구독료는 방금 환불 처리해 드렸어요. 카드사에 따라 "
            "3~5영업일 안에 반영됩니다.",
            "영상이 자꾸 끊기면 설정 > 저장공간에서 캐시를 삭제하고 앱을 다시 켜 보세요. 대부분 "
            "이걸로 해결돼요.",
            "항공편은 6월 5일 오전 10시 출발로 변경 완료되었습니다. 새 전자항공권은 이메일로 "
            "보내 드렸어요.",
            "고객님, 이 밴드는 5기압 방수라 수영할 때 착용하셔도 괜찮습니다. 다만 사우나나 "
            "뜨거운 물은 피해 주세요.",
            "{ticket} 건 관련해서 비밀번호를 초기화해 드렸습니다. 메일로 간 링크로 새 비밀번호를 "
            "설정하시면 돼요. 다른 문제 생기면 언제든 말씀 주세요!",
            "중고 거래 수수료는 판매 금액의 3%이고, 구매자는 따로 내지 않아요. 정산은 구매 확정 "
            "다음 날 들어옵니다.",
        ),
        "ja": (
            "二重に請求されていたサブスク料金、返金しておきました!カード会社によりますが、3〜5営"
            "業日ほどで反映されます。",
            "動画がカクつく場合は、再生設定で画質を720pに下げてみてください。たいていはこれで安定"
            "しますよ。",
            "新幹線のご予約は4月18日の9時発に変更済みです。新しいチケットはアプリの「予約一覧」か"
            "らご確認いただけます。",
            "こちらのバンドは5気圧防水なので、プールでもそのまま使えます。ただ、お風呂やサウナは"
            "避けてくださいね。",
            "{ticket}の件、パスワードをリセットしました。メールでお送りしたリンクから新しいパスワ"
            "ードを設定してください。ほかに何かあれば気軽にどうぞ!",
            "ゲーム内で購入したアイテムはアカウントに紐づいています。新しい端末で同じIDでログイン"
            "すれば、そのまま引き継がれますよ。",
        ),
    },
    "needs_info": {
        "en": (
            "Hi! Sorry you're stuck on the loading screen. Could you send me a screenshot of the "
            "error and tell me which device you're playing on?",
            "Thanks for reaching out! To find your reservation, we'd need the booking reference "
            "or the email you used when you booked.",
            "Hey, sorry about the sync issue. Can you try unpairing the watch and pairing it "
            "again, then let me know if the steps show up?",
            "Hi there, happy to help with ticket {ticket}! It would help to know roughly when "
            "the charge appeared and the last four digits of the card.",
            "Oops, that shouldn't happen. Could you check whether you're on the latest app "
            "version and tell us what number it shows under Settings > About?",
            "Hi! Before I can release the payment to the seller, I need you to confirm whether "
            "the item arrived in the condition described. Just reply yes or no.",
        ),
        "de": (
            "Hallo! Schick mir bitte einen Screenshot von der Fehlermeldung und sag mir, ob du "
            "auf PC oder Konsole spielst.",
            "Hi, sorry für die Umstände mit der Ferienwohnung! Wir bräuchten noch die "
            "Buchungsnummer, sonst finden wir die Reservierung leider nicht.",
            "Hey, sorry wegen dem Ruckeln im Stream! Könntest du einmal im Router auf 5 GHz "
            "wechseln und mir dann sagen, ob es besser wird?",
            "Guten Tag, vielen Dank für Ihre Geduld bei {ticket}. Es würde uns helfen zu wissen, "
            "an welchem Tag die Abbuchung genau erschienen ist.",
            "Hallo! Mit welchem Nutzernamen bist du im Spiel angemeldet? Ohne den finde ich "
            "deinen Account leider nicht.",
            "Hi! Kannst du uns zu {ticket} ein, zwei Fotos vom beschädigten Paket schicken? Dann "
            "können wir uns an den Verkäufer wenden.",
        ),
        "fr": (
            "Salut ! Tu peux m'envoyer une capture d'écran du message d'erreur et me dire sur "
            "quelle console tu joues ?",
            "Bonjour, pour retrouver votre location de voiture, il nous faudrait le numéro de "
            "réservation ou l'adresse e-mail utilisée.",
            "Désolé pour le souci de son ! Essaie de déconnecter puis reconnecter ton casque "
            "Bluetooth, et dis-moi si le décalage est toujours là.",
            "Bonjour, merci pour votre patience concernant {ticket}. Pourriez-vous nous "
            "confirmer la date exacte du débit et le moyen de paiement utilisé ?",
            "Oh, ce n'est pas normal. Ce serait utile de savoir quelle version de l'appli tu "
            "utilises ; tu la trouves dans Réglages > À propos.",
            "Bonjour ! Avant de débloquer le paiement au vendeur, pouvez-vous vérifier le "
            "contenu du colis et nous dire s'il correspond à l'annonce ?",
        ),
        "es": (
            "¡Hola! ¿Me mandas una captura del error y me dices en qué dispositivo juegas?",
            "Hola, para localizar tu reserva necesitaríamos el código de confirmación o el "
            "correo con el que la hiciste.",
            "Perdona el lío con la báscula. ¿Puedes quitarle las pilas un minuto, volver a "
            "ponerlas y contarme si ya se conecta con la app?",
            "Hola, gracias por la paciencia con {ticket}. Nos ayudaría saber qué día exacto "
            "apareció el cargo y los últimos cuatro dígitos de la tarjeta.",
            "Vaya, eso no debería pasar. ¿Podrías decirnos qué pasos seguiste justo antes de que "
            "se vaciara el carrito?",
            "¡Hola! Antes de liberar el pago al vendedor, necesitamos que nos confirmes si el "
            "artículo llegó tal como se describía.",
        ),
        "ko": (
            "안녕하세요! 오류 화면 스크린샷이랑 어떤 기기로 플레이하시는지 알려 주실 수 있을까요?",
            "예약 내역을 찾으려면 예약 번호나 예약하실 때 쓰신 이메일 주소가 필요해요.",
            "번거로우시겠지만 워치 연결을 해제했다가 다시 페어링해 보시고, 걸음 수가 제대로 "
            "뜨는지 알려 주세요.",
            "{ticket} 건 확인 중인데요, 결제가 정확히 며칠에 찍혔는지 알려 주시면 훨씬 빨리 찾을 "
            "수 있을 것 같아요.",
            "혹시 앱 버전이 어떻게 되시나요? 설정 > 앱 정보에서 확인하실 수 있습니다.",
            "판매자에게 대금을 넘기기 전에 물건이 설명대로 도착했는지 확인 부탁드립니다. "
            "네/아니요로만 답해 주셔도 돼요.",
        ),
        "ja": (
            "エラー画面のスクショと、お使いの機種を教えてもらえますか?",
            "ご予約を確認するため、予約番号またはご登録のメールアドレスをお知らせいただけますでし"
            "ょうか。",
            "お手数ですが、一度ウォッチのペアリングを解除して再接続してみて、歩数が表示されるか教"
            "えてください。",
            "{ticket}について調査中です。請求が発生した日付がわかると助かります。",
            "ちなみにアプリのバージョンっていくつになってますか?設定の「アプリ情報」で見られます。",
            "出品者へ代金をお支払いする前に、商品が説明どおりの状態で届いたかご確認をお願いできま"
            "すか?",
        ),
    },
    "resolved": {
        "en": (
            "Hi! Since the refund went through, I'm going to close this ticket now. Thanks for "
            "your patience, and have a great week!",
            "Hey, just a quick note: we haven't heard back from you, so case {ticket} will close "
            "automatically in 48 hours. No reply needed if you're all sorted.",
            "Glad the booking issue is fixed! I've marked this request as solved on our end. "
            "Happy travels!",
            "Hi Alex, your issue with the heart-rate sensor has been resolved and this case is "
            "now closed. Thanks for bearing with us.",
            "Awesome, thanks for confirming the stream works again! That wraps things up, so I'm "
            "closing out ticket {ticket}. Take care!",
            "Sorry again for the mix-up with your order. Everything's been taken care of, and "
            "we've closed this conversation. Cheers!",
        ),
        "de": (
            "Hallo! Die Erstattung ist durch, daher schließe ich dieses Ticket jetzt. Danke für "
            "deine Geduld und noch eine schöne Woche!",
            "Hi, kurze Info: Wir haben länger nichts von dir gehört, daher wird {ticket} in drei "
            "Tagen automatisch geschlossen. Du musst nichts weiter tun.",
            "Super, freut mich, dass der Stream wieder läuft! Ich markiere deine Anfrage damit "
            "als gelöst.",
            "Guten Tag, Ihr Anliegen zur Synchronisierung der Uhr ist erledigt und der Fall "
            "wurde geschlossen. Vielen Dank für Ihre Geduld.",
            "Danke für die Rückmeldung! Dann ist das Thema für uns abgeschlossen und ich mache "
            "{ticket} zu. Mach's gut!",
            "Sorry nochmal für das Durcheinander mit der Bestellung. Die Sache ist geklärt, und "
            "wir haben das Gespräch hiermit beendet. Viele Grüße",
        ),
        "fr": (
            "Bonjour ! Le remboursement étant passé, je clôture ce ticket. Merci pour votre "
            "patience et belle semaine !",
            "Petit message : sans nouvelles de ta part, la demande {ticket} sera fermée "
            "automatiquement dans 72 h. Pas besoin de répondre si tout est réglé.",
            "Top, ravi que ta réservation soit réglée ! J'ai marqué la demande comme résolue de "
            "notre côté. Bon voyage !",
            "Bonjour, votre problème de capteur cardiaque est résolu et le dossier est "
            "maintenant clos. Merci encore de votre compréhension.",
            "Merci d'avoir confirmé que tout remarche ! On peut considérer l'affaire comme "
            "terminée, je ferme la conversation. À bientôt !",
            "Encore désolés pour ce couac avec ta commande. Tout est rentré dans l'ordre et le "
            "ticket {ticket} est désormais fermé.",
        ),
        "es": (
            "¡Hola! Como el reembolso ya se procesó, voy a cerrar este ticket. ¡Gracias por tu "
            "paciencia y buena semana!",
            "Un aviso rápido: como no hemos sabido de ti, el caso {ticket} se cerrará "
            "automáticamente en 48 horas. No hace falta que respondas si ya está todo bien.",
            "¡Genial que se arreglara lo de la reserva! He marcado la solicitud como resuelta. "
            "¡Buen viaje!",
            "Hola, tu incidencia con el sensor de ritmo cardíaco quedó resuelta y el caso está "
            "cerrado. Gracias por tu comprensión.",
            "¡Gracias por confirmar que el streaming ya va bien! Con esto damos el tema por "
            "terminado y cierro la conversación {ticket}. ¡Un saludo!",
            "Perdona otra vez el lío con tu pedido. Todo quedó solucionado y hemos dado por "
            "cerrada esta consulta.",
        ),
        "ko": (
            "환불이 정상적으로 완료되어 이 문의는 종료 처리하겠습니다. 기다려 주셔서 감사해요!",
            "안녕하세요. 한동안 답변이 없으셔서 {ticket} 문의는 48시간 뒤 자동으로 종료될 "
            "예정이에요. 이미 해결되셨다면 따로 답장 안 주셔도 됩니다.",
            "예약 문제가 해결됐다니 다행이에요! 저희 쪽에서 해결 완료로 표시해 두었습니다. "
            "즐거운 여행 되세요.",
            "고객님, 심박 센서 관련 문의는 해결되어 상담을 종료합니다. 이용해 주셔서 감사합니다.",
            "스트리밍 잘 된다고 확인해 주셔서 감사합니다! 이걸로 {ticket} 건은 마무리하고 "
            "닫을게요.",
            "주문 건으로 혼란 드려 다시 한 번 죄송합니다. 모든 처리가 끝나서 이번 상담은 "
            "종료되었습니다.",
        ),
        "ja": (
            "返金が完了しましたので、本件はこれでクローズとさせていただきます。ご協力ありがとうご"
            "ざいました!",
            "その後ご返信がないため、{ticket}のお問い合わせは72時間後に自動でクローズされます。解"
            "決済みでしたら返信は不要です。",
            "予約の件、無事に解決してよかったです!こちらで「解決済み」にしておきますね。よい旅を!",
            "心拍センサーの不具合の件は解決済みとなりましたので、本お問い合わせを終了いたします。",
            "配信が直ったとのご連絡ありがとうございます!これで一件落着ですね、チケット{ticket}は"
            "閉じさせてもらいます。",
            "ご注文の件では何度もご迷惑をおかけしました。すべての対応が完了し、このお問い合わせは"
            "終了となりました。",
        ),
    },
}
