"""Agent texts written for training (set B: longer, formal or warm messages from B2B,
developer, cloud, AI, security and privacy support, the deciding sentence in the
middle), by a helper who saw neither the rules nor the other texts. Part of tuning: they
train the kind model and the rules may read them; never held.
"""

from __future__ import annotations

TRAIN_B: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            (
                "Good morning, and thank you for reaching out to the Enterprise Support team. I "
                "completely understand how disruptive an interrupted data sync can be for your "
                "organisation. Your request has been logged as case {ticket} and assigned to a "
                "senior engineer on our integrations team. You can expect a detailed update from "
                "them within the next four business hours. We appreciate your patience in the "
                "meantime."
            ),
            (
                "Hi Priya, thanks so much for the detailed write-up about the webhook retries; "
                "it's genuinely helpful. I've passed everything along to our API platform "
                "engineers so they can dig into it properly. One of them will come back to you "
                "directly once they've had a chance to investigate. Warm regards, Daniel"
            ),
            (
                "Dear Ms. Okafor, Thank you for submitting your data subject access request "
                "under the GDPR. We confirm that it was received today and has been entered into "
                "our privacy request register. Our Data Protection Office will process it within "
                "the statutory period of one month and will contact you with the outcome. Kind "
                "regards, Privacy Team"
            ),
            (
                "Hello, I'm the virtual assistant for CloudNest Hosting. I'm sorry to hear your "
                "staging server is acting up, that's never fun. I've created ticket {ticket} "
                "with the details you shared and placed it in the queue for our infrastructure "
                "team. A human engineer will pick it up shortly; current wait times are around "
                "30 minutes."
            ),
            (
                "Hello Mr. Alvarez, I'm very sorry for the inconvenience with the student portal "
                "login over the weekend. Please know that your message has been forwarded to the "
                "Registrar's IT liaison, who handles account access for enrolled students. They "
                "will review it and reach out to you by email as soon as possible. Thank you for "
                "your understanding."
            ),
            (
                "Hi there, thank you for flagging the unexpected output from the summarisation "
                "model; feedback like this really matters to us. I've escalated your report to "
                "our model quality team and attached the examples you included. We'll follow up "
                "with you once they've looked into it, most likely by the end of this week. "
                "Thanks again for helping us improve!"
            ),
        ),
        "de": (
            (
                "Sehr geehrte Frau Berger, vielen Dank für Ihre Nachricht und die ausführliche "
                "Fehlerbeschreibung zur ERP-Schnittstelle. Wir bedauern die Unannehmlichkeiten "
                "sehr. Ihr Anliegen wurde unter der Vorgangsnummer {ticket} erfasst und an unser "
                "Integrationsteam übergeben. Ein Spezialist meldet sich spätestens am kommenden "
                "Werktag bei Ihnen. Mit freundlichen Grüßen"
            ),
            (
                "Hallo Jonas, danke dir für den Hinweis zum Umzug deiner Domain! Ich habe deine "
                "Anfrage an unser DNS-Team weitergereicht, weil die Kolleginnen dort direkten "
                "Zugriff auf die Registrar-Daten haben. Sie schauen sich das heute noch an und "
                "melden sich dann bei dir. Viele Grüße, Mia"
            ),
            (
                "Sehr geehrter Herr Dr. Wolff, hiermit bestätigen wir den Eingang Ihres "
                "Auskunftsersuchens nach Art. 15 DSGVO. Ihr Schreiben wurde in unserem "
                "Datenschutzregister vermerkt und an den betrieblichen Datenschutzbeauftragten "
                "weitergeleitet. Sie erhalten die angeforderten Informationen innerhalb der "
                "gesetzlichen Frist. Mit freundlichen Grüßen, Ihr Datenschutzteam"
            ),
            (
                "Hallo und willkommen beim Chat-Support! Ich bin der digitale Assistent und habe "
                "Ihre Frage zur Kündigung des Rahmenvertrags notiert. Da Vertragsfragen von "
                "unserem Account-Management bearbeitet werden, habe ich Sie dort in die "
                "Warteschlange eingereiht. Die voraussichtliche Wartezeit liegt bei etwa zehn "
                "Minuten."
            ),
            (
                "Guten Morgen, vielen Dank, dass Sie sich an das Bürgerportal gewandt haben. Wir "
                "bedauern sehr, dass Ihr Wohngeldantrag nicht vollständig übermittelt werden "
                "konnte. Ihre Meldung liegt nun der zuständigen Fachstelle vor, die den Vorgang "
                "{ticket} prüfen und Ihnen schriftlich Bescheid geben wird. Wir danken Ihnen für "
                "Ihr Verständnis."
            ),
            (
                "Hi Lukas, vielen Dank, dass du uns die merkwürdigen Übersetzungen unseres "
                "KI-Tools gemeldet hast, so etwas hilft uns enorm! Deine Beispiele liegen jetzt "
                "beim Team, das sich um die Modellqualität kümmert. Die Kollegen schauen sich "
                "das in den nächsten Tagen in Ruhe an, und wir kommen dann wieder auf dich zu. "
                "Liebe Grüße!"
            ),
        ),
        "fr": (
            (
                "Bonjour Madame Lefèvre, nous vous remercions pour votre message et pour la "
                "précision de votre description. Votre demande concernant la migration de vos "
                "bases de données a bien été enregistrée sous la référence {ticket}. Un "
                "architecte cloud de notre équipe en prendra connaissance et reviendra vers vous "
                "d'ici demain midi. Nous restons à votre disposition. Cordialement, le Support "
                "Entreprise"
            ),
            (
                "Salut Théo, merci pour ton message et désolé pour ce souci avec le SDK Android "
                "! J'ai transmis ton rapport et tes journaux à notre équipe mobile, qui va "
                "regarder ça de près. Quelqu'un te recontactera dès qu'on aura du nouveau. Bonne "
                "journée à toi !"
            ),
            (
                "Madame, Monsieur, nous accusons réception de votre demande de portabilité de "
                "vos données personnelles, conformément à l'article 20 du RGPD. Celle-ci a été "
                "transmise à notre délégué à la protection des données, qui la traitera dans un "
                "délai maximal d'un mois. Nous vous prions d'agréer nos salutations distinguées."
            ),
            (
                "Bonjour ! Je suis l'assistant virtuel de NuageVert. Je suis navré que votre "
                "site soit inaccessible, je comprends à quel point c'est stressant. J'ai placé "
                "votre demande dans la file d'attente prioritaire de nos techniciens ; le délai "
                "d'attente estimé est actuellement d'environ quinze minutes. Merci de rester "
                "connecté."
            ),
            (
                "Bonjour Monsieur Girard, je vous remercie pour votre patience et vous prie de "
                "nous excuser pour les difficultés rencontrées sur l'espace candidat. Votre "
                "signalement a été transmis au service de la scolarité, qui gère les "
                "inscriptions. Un agent examinera votre dossier {ticket} et vous répondra par "
                "courriel dans les meilleurs délais. Bien cordialement"
            ),
            (
                "Bonjour Camille, merci infiniment d'avoir pris le temps de nous signaler ces "
                "réponses incohérentes de l'assistant IA. C'est exactement le genre de retour "
                "qui nous aide à progresser. J'ai fait suivre vos exemples à l'équipe chargée de "
                "la qualité des modèles, qui les analysera cette semaine et vous tiendra "
                "informée. Très belle journée !"
            ),
        ),
        "es": (
            (
                "Estimado Sr. Ortega: Le agradecemos sinceramente que se haya puesto en contacto "
                "con nuestro equipo de Soporte Empresarial. Lamentamos las molestias que le está "
                "ocasionando el retraso en la emisión de facturas electrónicas. Hemos registrado "
                "su solicitud con el número {ticket} y la hemos asignado a un especialista en "
                "facturación, que se comunicará con usted en un plazo de 24 horas hábiles. "
                "Atentamente, el equipo de Soporte Empresarial."
            ),
            (
                "¡Hola, Valentina! Muchas gracias por escribirnos y por contarnos con tanto "
                "detalle lo que pasa con la API de pagos. He reenviado tu consulta a nuestro "
                "equipo de desarrolladores, que es quien puede revisar los registros del "
                "servidor. En cuanto tengan algo, te escribiremos por aquí mismo. ¡Un abrazo!"
            ),
            (
                "Estimada Sra. Medina: Por medio de la presente confirmamos la recepción de su "
                "solicitud de acceso a sus datos personales, presentada al amparo del RGPD. Su "
                "petición ha quedado registrada y será atendida por nuestro Delegado de "
                "Protección de Datos dentro del plazo legal de un mes. Reciba un cordial saludo."
            ),
            (
                "Hola, soy el asistente virtual de Servicios Digitales del Ayuntamiento. Siento "
                "mucho que no haya podido completar su solicitud de cita previa. He trasladado "
                "su caso {ticket} a un gestor de la oficina de atención ciudadana, que lo "
                "revisará durante el día de hoy. Gracias por su paciencia."
            ),
            (
                "Buenas tardes, Andrés. Lamento muchísimo el inconveniente con tu matrícula en "
                "línea; entiendo perfectamente lo estresante que es a pocos días del plazo "
                "final. Tu mensaje ya está en la cola de la Secretaría Académica y una persona "
                "del equipo lo atenderá por orden de llegada; el tiempo de respuesta habitual es "
                "de dos a tres días hábiles. Gracias por tu comprensión."
            ),
            (
                "Hola, Marta. Te agradezco de corazón que nos hayas avisado de las respuestas "
                "inexactas del asistente de IA. Hemos registrado tu comentario junto con las "
                "capturas que nos enviaste, y el equipo de calidad del modelo lo revisará. "
                "Volveremos a ponernos en contacto contigo cuando tengamos conclusiones. ¡Que "
                "tengas un excelente día!"
            ),
        ),
        "ko": (
            (
                "안녕하십니까, 엔터프라이즈 기술지원팀입니다. 데이터 동기화 지연으로 업무에 "
                "불편을 드려 진심으로 죄송합니다. 말씀해 주신 내용은 {ticket} 번호로 "
                "접수되었으며, 담당 엔지니어에게 배정되었습니다. 영업일 기준 1일 이내에 상세한 "
                "안내를 드리겠습니다. 감사합니다."
            ),
            (
                "안녕하세요, 지현 님! 웹훅 오류에 대해 자세히 알려 주셔서 정말 감사해요. 보내 "
                "주신 로그와 함께 API 개발팀에 그대로 전달해 두었어요. 확인이 끝나는 대로 저희가 "
                "먼저 연락드릴게요. 조금만 기다려 주세요!"
            ),
            (
                "고객님, 안녕하십니까. 개인정보 열람 요청을 보내 주셔서 감사합니다. 요청서는 "
                "정상적으로 접수되어 개인정보보호 담당 부서로 이관되었습니다. 관련 법령에 따라 "
                "10일 이내에 처리 결과를 회신해 드릴 예정입니다. 양해 부탁드립니다."
            ),
            (
                "안녕하세요, 클라우드 호스팅 상담 챗봇입니다. 서버 접속 문제로 많이 답답하셨을 "
                "것 같아요. 문의하신 내용을 {ticket} 번호로 등록하고 인프라 팀 대기열에 올려 "
                "두었습니다. 현재 예상 대기 시간은 약 20분이에요."
            ),
            (
                "안녕하십니까, 민원 포털 고객센터입니다. 증명서 발급 과정에서 오류가 발생하여 "
                "불편을 드린 점 깊이 사과드립니다. 문의 내용은 해당 업무 담당 부서로 "
                "전달되었으며, 검토 후 담당자가 직접 연락을 드릴 것입니다. 기다려 주셔서 "
                "감사합니다."
            ),
            (
                "수진 님, 안녕하세요. AI 번역 결과가 이상하다는 제보 정말 감사드려요. 보내 주신 "
                "예시는 모델 품질 팀에서 검토할 수 있도록 접수해 두었어요. 이번 주 안으로 검토 "
                "결과를 알려 드릴게요. 좋은 하루 보내세요!"
            ),
        ),
        "ja": (
            (
                "いつも大変お世話になっております。エンタープライズサポート窓口でございます。"
                "このたびはデータ連携の不具合によりご迷惑をおかけしており、"
                "誠に申し訳ございません。お問い合わせ内容は受付番号{ticket}にて承り、"
                "担当エンジニアへ引き継ぎいたしました。翌営業日中に改めてご連絡差し上げますので、"
                "今しばらくお待ちくださいませ。"
            ),
            (
                "佐藤様、お問い合わせいただきありがとうございます。"
                "APIのレスポンス遅延について詳しくお知らせいただき、大変助かります。"
                "いただいた情報は開発チームへ共有いたしましたので、調査結果がまとまり次第、"
                "担当者よりご連絡いたします。何卒よろしくお願いいたします。"
            ),
            (
                "このたびは個人情報の開示請求をお送りいただき、誠にありがとうございます。"
                "ご請求は本日付で正式に受理し、個人情報保護管理者へ回付いたしました。"
                "法令に定められた期間内に回答書をお送りいたしますので、"
                "恐れ入りますが今しばらくお待ちください。"
            ),
            (
                "こんにちは、クラウドホスティングのサポートAIアシスタントです。"
                "サーバーに接続できない状況とのこと、ご不便をおかけして申し訳ありません。"
                "お問い合わせを技術チームの対応待ちリストに登録いたしました。"
                "現在の待ち時間はおよそ15分です。順番にご案内いたしますので、"
                "このままお待ちください。"
            ),
            (
                "お問い合わせいただき、ありがとうございます。"
                "電子申請システムでの手続きにつきましてご不便をおかけし、深くお詫び申し上げます。"
                "いただいた内容は案件番号{ticket}として記録し、所管の担当課へ転送いたしました。"
                "担当課にて確認のうえ、追ってご回答申し上げます。"
            ),
            (
                "山田様、AIチャットの回答内容についてご報告いただき、本当にありがとうございます。"
                "お寄せいただいた事例は、品質改善チームが確認できるよう記録いたしました。"
                "今週中を目処に検討し、結果をご連絡いたしますね。"
                "引き続きよろしくお願いいたします。"
            ),
        ),
    },
    "answer": {
        "en": (
            (
                "Hi Marcus, thanks for your patience while we looked into {ticket}. The 429 "
                "errors you're seeing come from the per-key rate limit, which on your current "
                "plan is 600 requests per minute. Your integration spikes above that at the top "
                "of each hour when the batch job starts. Spreading those calls out, or switching "
                "to the bulk endpoint, will keep you under the limit. Feel free to reply if you "
                "have any questions."
            ),
            (
                "Dear Mr. Lindqvist, Thank you for your patience, and please accept our "
                "apologies for the confusion. The invoice you received reflects the annual "
                "renewal of your 50-seat licence, which was set to auto-renew in your original "
                "agreement. The additional line item is the prorated cost of the five seats "
                "added in March. I hope this clarifies the charges. Best regards, Accounts Team"
            ),
            (
                "Hello, and thank you for contacting Account Security; I'm sorry for the worry "
                "this caused. The sign-in alert you received was triggered by your own login "
                "from a new browser. The location shown is based on your internet provider's "
                "server, which is why it displayed a different city. No one else has accessed "
                "your account. Let us know if anything else comes up."
            ),
            (
                "Hi Sofia, I'm so sorry the deployment failed right before your launch; I know "
                "the timing is awful. Our engineers traced it to an expired TLS certificate on "
                "the load balancer in your EU region, which made the health checks fail. You can "
                "renew it under Networking > Certificates in the dashboard and then trigger a "
                "fresh deploy, and the build should go live within a few minutes. We're here if "
                "you need anything else."
            ),
            (
                "Dear Parent, Thank you for your message about the enrolment portal. Tickets for "
                "the spring concert are not sold through the portal; they go on sale on 3 April "
                "on the school's events page, with a limit of four per family. Please note that "
                "the portal itself will be closed for maintenance this Saturday morning. Warm "
                "wishes from the school office."
            ),
            (
                "Hello, and thanks for your thoughtful question about data retention. "
                "Conversation logs in your workspace are stored for 30 days and then permanently "
                "deleted, and they are never used to train our models unless an admin opts in "
                "under Settings > Data Controls. Enterprise workspaces can also shorten the "
                "retention period to 7 days. Hope this helps, and have a lovely day."
            ),
        ),
        "de": (
            (
                "Guten Tag Herr Schuster, vielen Dank für Ihre Geduld. Die Fehlermeldung 403 "
                "entsteht, weil Ihr Token nur Lesezugriff hat; für Schreibvorgänge benötigen Sie "
                "den Scope „write:orders“. Einen neuen Token mit den passenden Berechtigungen "
                "können Sie im Entwicklerportal unter „API-Zugänge“ erstellen. Bei Fragen können "
                "Sie gerne jederzeit auf diese Nachricht antworten. Freundliche Grüße"
            ),
            (
                "Hallo Sarah, danke für deine Frage, und sorry, dass es etwas gedauert hat! "
                "Deine Umsatzsteuer-ID erscheint nur dann auf der Rechnung, wenn sie vor dem "
                "Rechnungsdatum im Konto hinterlegt war. Für künftige Rechnungen trägst du sie "
                "einfach unter „Abrechnung“ > „Firmendaten“ ein; bereits erstellte Rechnungen "
                "lassen sich leider nicht mehr ändern. Melde dich gern, falls sonst noch etwas "
                "ist."
            ),
            (
                "Sehr geehrte Frau Yilmaz, vielen Dank für Ihr Interesse an der Anmeldung mit "
                "Passkeys. Ein Passkey ersetzt Ihr Passwort durch einen kryptografischen "
                "Schlüssel, der sicher auf Ihrem Gerät gespeichert wird und sich nicht abfangen "
                "lässt. Sie können ihn in den Kontoeinstellungen unter „Sicherheit“ hinzufügen, "
                "und Ihr bisheriges Passwort bleibt als Rückfalloption bestehen. Mit "
                "freundlichen Grüßen"
            ),
            (
                "Hallo Herr Krämer, zu Ihrer Anfrage {ticket}: Es tut mir leid, dass Ihre Seite "
                "gestern Abend nicht erreichbar war. Ursache war ein Wartungsfenster in unserem "
                "Frankfurter Rechenzentrum, bei dem ein Netzwerk-Switch ausgetauscht wurde; "
                "dadurch waren einige Server etwa 40 Minuten offline. Künftige Wartungsarbeiten "
                "kündigen wir Ihnen vorab per E-Mail an. Viele Grüße"
            ),
            (
                "Liebe Frau Hoffmann, vielen Dank für Ihre Anfrage. Ihr Semesterticket wird ab "
                "diesem Semester nicht mehr per Post verschickt, sondern steht ab dem 1. April "
                "als PDF im Studierendenportal unter „Meine Dokumente“ bereit. Sie können es "
                "ausdrucken oder direkt auf dem Smartphone vorzeigen. Wir wünschen Ihnen einen "
                "guten Start ins Semester!"
            ),
            (
                "Hallo Tim, danke für deine Nachricht! Das Kontextfenster unseres "
                "Standardmodells umfasst 128.000 Tokens, was ungefähr 300 Seiten Text "
                "entspricht. Längere Dokumente werden automatisch in Abschnitte aufgeteilt, was "
                "die Antwortqualität bei sehr umfangreichen Verträgen etwas beeinträchtigen "
                "kann. Für solche Fälle empfehlen wir die Funktion „Dokumentanalyse“. Einen "
                "schönen Tag dir!"
            ),
        ),
        "fr": (
            (
                "Bonjour Monsieur Dubois, merci pour votre patience pendant notre analyse du "
                "dossier {ticket}. Les erreurs 502 proviennent du délai d'expiration de votre "
                "passerelle, fixé à 30 secondes, alors que certaines de vos requêtes de rapport "
                "prennent près d'une minute. Vous pouvez augmenter ce délai dans la console, "
                "onglet « Réseau », ou passer par notre point d'accès asynchrone. N'hésitez pas "
                "à nous répondre si vous avez des questions. Cordialement"
            ),
            (
                "Bonjour Julie, désolée pour la confusion ! Le montant plus élevé sur ta facture "
                "correspond au passage automatique à l'offre Pro à la fin de ta période d'essai. "
                "Si tu préfères revenir à l'offre gratuite, tu peux le faire à tout moment dans "
                "« Abonnement », et la différence sera calculée au prorata. Belle journée !"
            ),
            (
                "Madame, nous comprenons tout à fait votre inquiétude et vous remercions de "
                "votre vigilance. Le courriel que vous avez reçu ne provient pas de nos services "
                ": il s'agit d'une tentative d'hameçonnage. Nous ne vous demanderons jamais "
                "votre mot de passe par courriel, et votre compte ne présente aucune activité "
                "suspecte. Vous pouvez simplement supprimer ce message. Bien à vous"
            ),
            (
                "Bonjour, je suis sincèrement désolé pour l'interruption de service de ce matin. "
                "Elle a été causée par une mise à jour défectueuse de notre équilibreur de "
                "charge dans la région Paris, que nos équipes ont annulée vers 9 h 40. Un "
                "rapport d'incident détaillé sera publié sur notre page de statut d'ici "
                "vendredi. Nous restons à votre écoute."
            ),
            (
                "Bonjour Madame Roux, merci pour votre question. Les billets pour la journée "
                "portes ouvertes ne sont pas délivrés via le portail étudiant : ils sont à "
                "retirer gratuitement sur le site de l'université à partir du 2 mars. Les "
                "inscriptions aux ateliers, en revanche, sont clôturées depuis lundi, car toutes "
                "les places ont été prises. Bonne fin de journée"
            ),
            (
                "Bonjour Antoine, merci pour ta question sur la confidentialité. Les documents "
                "que tu importes dans l'assistant sont chiffrés et conservés uniquement le temps "
                "de la session, puis supprimés. Ils ne servent jamais à entraîner nos modèles. "
                "Les administrateurs de ton organisation peuvent par ailleurs désactiver "
                "l'import de fichiers dans les paramètres. Au plaisir de t'aider à nouveau !"
            ),
        ),
        "es": (
            (
                "Estimado Sr. Ríos: Gracias por su paciencia mientras analizábamos el caso. Los "
                "rechazos que observa se deben a que las solicitudes se firman con la clave de "
                "pruebas en lugar de la clave de producción; por eso el servidor devuelve el "
                "código 401. Basta con sustituir la clave en la configuración de su integración "
                "por la que aparece en el panel, sección «Credenciales». No dude en responder a "
                "este mensaje si tiene alguna pregunta. Un cordial saludo."
            ),
            (
                "¡Hola, Lucía! Perdona la espera y gracias por preguntar. El cargo adicional de "
                "este mes corresponde al almacenamiento que superó los 100 GB incluidos en tu "
                "plan; cada GB adicional se factura a 0,02 €. Si quieres evitarlo, puedes "
                "activar la limpieza automática de copias antiguas en los ajustes del proyecto. "
                "¡Un saludo!"
            ),
            (
                "Estimada clienta: Comprendemos perfectamente su preocupación y le agradecemos "
                "que nos haya contactado. El SMS que recibió con un enlace para «verificar su "
                "cuenta» no fue enviado por nosotros; se trata de un intento de suplantación. "
                "Nuestro equipo no ha detectado ningún acceso indebido a su cuenta, y le "
                "recomendamos no abrir el enlace. Quedamos a su disposición."
            ),
            (
                "Hola, Sergio. Sobre la incidencia {ticket}, siento de veras las molestias que "
                "te causó la caída del servidor de correo anoche. El problema se originó por un "
                "disco lleno en uno de los nodos de almacenamiento, lo que impidió recibir "
                "mensajes durante unas dos horas. Los correos que llegaron en ese intervalo se "
                "entregaron después de forma automática, así que no se perdió ninguno. Si notas "
                "cualquier otra cosa rara, aquí estamos."
            ),
            (
                "Buenos días, Sra. Castillo. Gracias por su consulta. Las entradas para la "
                "ceremonia de graduación no se gestionan desde el portal de matrícula, sino que "
                "se reparten en la Secretaría de la facultad a partir del 10 de junio, con un "
                "máximo de cuatro por estudiante. La Secretaría permanecerá cerrada por las "
                "tardes durante todo el mes de julio. Le deseamos una feliz celebración."
            ),
            (
                "Hola, Diego. ¡Qué buena pregunta! Las conversaciones con nuestro asistente se "
                "guardan durante 30 días para que puedas retomarlas y después se eliminan de "
                "forma definitiva. No las usamos para entrenar modelos salvo que lo autorices "
                "expresamente en «Privacidad», y si trabajas con información sensible puedes "
                "activar el modo temporal, que no guarda nada. ¡Aquí estamos para lo que "
                "necesites!"
            ),
        ),
        "ko": (
            (
                "안녕하십니까, 고객님. {ticket} 건 확인을 기다려 주셔서 감사합니다. 말씀하신 429 "
                "오류는 API 키당 분당 요청 한도를 초과할 때 발생합니다. 현재 요금제의 한도는 "
                "분당 1,000건이며, 매시 정각에 실행되는 배치 작업에서 요청이 한꺼번에 몰리고 "
                "있습니다. 요청을 분산하시거나 일괄 처리 엔드포인트를 사용하시면 한도 안에서 "
                "안정적으로 호출하실 수 있습니다. 궁금한 점이 있으시면 언제든 회신 주십시오."
            ),
            (
                "안녕하세요, 도윤 님! 문의 주셔서 감사해요. 이번 달 청구서에 추가된 금액은 월 "
                "중간에 늘리신 사용자 5명에 대한 일할 계산 요금이에요. 다음 달부터는 기본 요금에 "
                "합산되어 청구될 예정이에요. 다른 궁금한 점 있으면 편하게 말씀해 주세요."
            ),
            (
                "고객님, 걱정이 크셨을 텐데 연락 주셔서 감사합니다. 받으신 로그인 알림은 "
                "고객님께서 새 노트북으로 직접 로그인하신 기록에 의한 것입니다. 표시된 위치는 "
                "인터넷 서비스 제공업체의 서버 위치를 기준으로 하기 때문에 실제와 다르게 나타날 "
                "수 있습니다. 계정에 대한 무단 접근은 확인되지 않았습니다."
            ),
            (
                "안녕하세요. 어제 저녁 사이트 접속 장애로 불편을 드려 정말 죄송해요. 원인은 서울 "
                "리전 로드밸런서의 설정 변경 오류였고, 약 30분 동안 일부 요청이 실패했어요. 재발 "
                "방지를 위해 설정 변경 전에 자동 검증 절차를 거치도록 바꿨어요. 더 궁금한 내용이 "
                "있으면 편하게 알려 주세요."
            ),
            (
                "안녕하십니까, 학사지원센터입니다. 문의 주셔서 감사합니다. 학위수여식 입장 "
                "티켓은 포털이 아니라 학과 사무실에서 6월 10일부터 배부하며, 학생 1인당 3매까지 "
                "받으실 수 있습니다. 참고로 온라인 졸업 가운 대여 접수는 지난주에 마감되었지만, "
                "행사 당일 현장 대여는 가능합니다."
            ),
            (
                "안녕하세요! 좋은 질문 감사해요. 저희 AI 서비스의 대화 기록은 30일 동안 보관된 "
                "뒤 자동으로 삭제돼요. 사용자가 직접 동의하지 않는 한 모델 학습에는 사용되지 "
                "않아요. 설정 > 데이터 제어 메뉴에서 언제든지 기록 저장을 끌 수도 있어요."
            ),
        ),
        "ja": (
            (
                "お世話になっております。お待たせしてしまい、申し訳ございません。"
                "ご指摘の403エラーは、"
                "ご利用中のアクセストークンに書き込み権限が付与されていないために発生しております"
                "。開発者コンソールの「認証情報」画面から、"
                "write権限を含むトークンを再発行いただければ、"
                "書き込みのリクエストも受け付けられるようになります。ご不明な点がございましたら、"
                "お気軽にご返信ください。"
            ),
            (
                "ご請求金額についてお問い合わせいただき、ありがとうございます。"
                "今月分に加算されている金額は、"
                "月の途中で追加されたストレージ容量50GB分の日割り料金でございます。"
                "翌月以降は通常の月額料金に含めてご請求いたします。何かございましたら、"
                "いつでもお声がけください。"
            ),
            (
                "ご心配をおかけしており、誠に恐縮でございます。"
                "お受け取りになったメールは弊社から送信したものではなく、"
                "いわゆるフィッシングメールでございます。"
                "弊社がメールでパスワードをお尋ねすることはございませんので、"
                "リンクは開かずに削除していただければ問題ございません。"
                "お客様のアカウントに不審なアクセスは確認されておりません。"
            ),
            (
                "{ticket}の件につきまして、このたびはサービスをご利用いただけない状態となり、"
                "大変申し訳ございませんでした。原因は東京リージョンのストレージ装置の障害で、"
                "午前2時から約40分間、一部のサイトが表示できない状態となっておりました。"
                "詳細な障害報告書は、今週中にステータスページにて公開いたします。"
            ),
            (
                "お問い合わせありがとうございます。"
                "オープンキャンパスの参加チケットは学生ポータルではなく、"
                "大学公式サイトの申込フォームより発行しております。なお、"
                "模擬授業の事前予約は定員に達したため受付を締め切っておりますが、"
                "当日参加枠もございます。皆様のご来場を心よりお待ちしております。"
            ),
            (
                "ご質問いただきありがとうございます。"
                "アップロードされたファイルは暗号化して保存され、"
                "セッション終了から30日後に自動的に削除されます。"
                "お客様が明示的に許可されない限り、AIモデルの学習に利用することはございません。"
                "また、"
                "管理者様は管理画面からファイルアップロード機能自体を無効化することも可能です。"
            ),
        ),
    },
    "needs_info": {
        "en": (
            (
                "Hi Jordan, thank you so much for your patience while we've been working through "
                "this with you. I'm really sorry the export keeps failing. To narrow it down, "
                "could you send us the request ID shown in the error banner and the approximate "
                "time the export was started? Once we have that, we can pull the relevant server "
                "logs. Thanks again!"
            ),
            (
                "Dear Dr. Chen, Thank you for reaching out, and I apologise for the delay in "
                "getting back to you. Before we can process your request to erase your personal "
                "data, we need to verify your identity. Please reply from the email address "
                "registered to your account, or provide the last four digits of the payment card "
                "on file. We appreciate your understanding."
            ),
            (
                "Hello, thanks for the update on case {ticket}, and I'm sorry you're still "
                "seeing timeouts. It would help a lot to know which region your instances are in "
                "and whether the issue affects all endpoints or only the /v2/search route. A "
                "short curl output with verbose logging would also be very useful. Kind regards"
            ),
            (
                "Hi Amelia, I completely understand how frustrating it is to be locked out right "
                "before a deadline, and we'd like to get you back in as quickly as possible. "
                "Could you try resetting your password from the portal's login page one more "
                "time and let us know whether the reset email arrives? If it doesn't, please "
                "check your spam folder and tell us what you find."
            ),
            (
                "Good afternoon, Thank you for your detailed report; it's much appreciated. Our "
                "team has reviewed the SSO configuration on our side, but we'd need a copy of "
                "your identity provider's SAML metadata file to continue. Would you be able to "
                "attach it to this thread, along with a screenshot of the error page? Many "
                "thanks in advance."
            ),
            (
                "Hello Mr. Haddad, I'm sorry for the trouble with your grant application upload. "
                "So that we can look into the right record, would you mind confirming your "
                "applicant reference number and the exact file name you tried to upload? With "
                "those details we can check the submission logs right away. Thank you for your "
                "patience."
            ),
        ),
        "de": (
            (
                "Guten Tag Herr Neumann, vielen Dank für Ihre Geduld, während wir die "
                "fehlgeschlagene Datenbankmigration untersucht haben. Um die Ursache eingrenzen "
                "zu können, benötigen wir noch die vollständigen Migrationsprotokolle sowie die "
                "Versionsnummer Ihres PostgreSQL-Servers. Könnten Sie uns diese bitte zukommen "
                "lassen? Mit freundlichen Grüßen"
            ),
            (
                "Hallo Anna, oh je, das klingt wirklich ärgerlich, tut mir leid! Damit ich mir "
                "das genauer anschauen kann: Auf welchem Gerät und in welchem Browser öffnest du "
                "die Lernplattform, und erscheint dabei eine Fehlermeldung? Ein Screenshot wäre "
                "auch super. Danke dir!"
            ),
            (
                "Sehr geehrte Frau Lange, vielen Dank für Ihren Antrag auf Löschung Ihrer "
                "personenbezogenen Daten. Bevor wir diesen bearbeiten können, müssen wir Ihre "
                "Identität bestätigen. Bitte antworten Sie von der bei uns hinterlegten "
                "E-Mail-Adresse oder nennen Sie uns Ihre Kundennummer. Wir danken Ihnen für Ihr "
                "Verständnis."
            ),
            (
                "Hallo, danke für das Update zu Vorgang {ticket}. Schade, dass deine Pods "
                "weiterhin neu starten. Es wäre für uns sehr hilfreich zu wissen, ob die "
                "Neustarts mit einem bestimmten Deployment begonnen haben und welche "
                "Speicherlimits du gesetzt hast. Wenn du magst, schick uns auch die Ausgabe von "
                "„kubectl describe pod“ mit. Viele Grüße"
            ),
            (
                "Guten Tag, wir entschuldigen uns für die Unannehmlichkeiten rund um Ihre "
                "Überweisung. Unsere Buchhaltung hat den Zahlungseingang bereits geprüft, konnte "
                "ihn aber noch keinem Kundenkonto zuordnen. Dürften wir Sie bitten, uns das "
                "Buchungsdatum und den Verwendungszweck der Überweisung mitzuteilen? Herzlichen "
                "Dank im Voraus."
            ),
            (
                "Hallo Herr Brandt, es tut mir leid, dass der Upload im Förderportal nicht "
                "geklappt hat. Könnten Sie bitte versuchen, die Datei als PDF statt als "
                "Word-Dokument hochzuladen, und mir kurz Bescheid geben, ob es dann "
                "funktioniert? Falls nicht, teilen Sie mir bitte die genaue Fehlermeldung mit. "
                "Vielen Dank!"
            ),
        ),
        "fr": (
            (
                "Bonjour Monsieur Petit, merci beaucoup pour votre patience, nous savons que ce "
                "problème dure depuis plusieurs jours. Afin de poursuivre nos investigations, "
                "pourriez-vous nous transmettre le fichier HAR généré depuis votre navigateur "
                "ainsi que le nom exact de l'espace de travail concerné ? Ces éléments nous "
                "permettront de reproduire l'erreur. Cordialement"
            ),
            (
                "Bonjour Léa, je suis vraiment désolée que tu n'arrives plus à te connecter, "
                "c'est pénible ! Pour que je puisse vérifier ton compte, tu peux m'indiquer "
                "l'adresse e-mail utilisée à l'inscription et m'envoyer une capture d'écran du "
                "message d'erreur ? Merci d'avance !"
            ),
            (
                "Madame, Monsieur, nous avons bien pris connaissance de votre demande "
                "d'effacement de données. Avant de pouvoir y donner suite, nous devons toutefois "
                "vérifier votre identité. Nous vous serions reconnaissants de bien vouloir nous "
                "répondre depuis l'adresse électronique associée à votre compte, ou de nous "
                "indiquer votre numéro client. Veuillez agréer nos salutations distinguées."
            ),
            (
                "Bonjour, merci pour ces précisions concernant le dossier {ticket}. Pour aller "
                "plus loin, il nous serait très utile de savoir si le problème survient sur tous "
                "vos environnements ou uniquement en production, et depuis quelle date "
                "précisément. Si possible, joignez également la sortie complète de la commande "
                "de déploiement. Bien cordialement"
            ),
            (
                "Bonjour Madame Fontaine, toutes nos excuses pour la gêne occasionnée lors de la "
                "connexion via l'authentification unique. Nous avons vérifié la configuration de "
                "notre côté et tout semble correct. Pourriez-vous essayer de vous connecter "
                "depuis une fenêtre de navigation privée et nous dire si l'erreur persiste ? "
                "Merci par avance pour votre aide."
            ),
            (
                "Bonjour Monsieur Mercier, je suis navrée pour ce contretemps avec votre demande "
                "de bourse. Afin de retrouver votre dossier, auriez-vous l'amabilité de me "
                "confirmer votre numéro INE ainsi que la date à laquelle vous avez déposé votre "
                "demande ? Je pourrai alors vérifier son statut immédiatement. Bien à vous"
            ),
        ),
        "es": (
            (
                "Estimado Sr. Fuentes: Le agradecemos mucho su paciencia durante estos días y "
                "lamentamos que la sincronización siga fallando. Para continuar con la "
                "investigación, necesitaríamos que nos facilitara el identificador de la "
                "solicitud que aparece en el mensaje de error y la hora aproximada en que se "
                "produjo. Con esos datos podremos revisar los registros de inmediato. "
                "Atentamente, Soporte Técnico."
            ),
            (
                "¡Hola, Paula! Uf, qué rabia que no puedas entrar, lo siento mucho. ¿Me dices "
                "con qué correo te registraste y si el error aparece también desde el móvil? Si "
                "puedes mandarme una captura de pantalla, mejor todavía. ¡Gracias!"
            ),
            (
                "Estimado usuario: Hemos recibido su solicitud de supresión de datos personales. "
                "Antes de poder tramitarla, es imprescindible verificar su identidad, por lo que "
                "le rogamos que nos remita una copia de su documento de identidad o que responda "
                "desde la dirección de correo asociada a su cuenta. Agradecemos de antemano su "
                "colaboración."
            ),
            (
                "Hola, gracias por los detalles adicionales sobre la incidencia {ticket}. Nos "
                "sería de gran ayuda saber en qué región están desplegadas tus instancias y "
                "desde cuándo exactamente notas la lentitud. Si además pudieras adjuntar la "
                "salida de «traceroute» hacia tu servidor, podríamos descartar problemas de red. "
                "Un saludo."
            ),
            (
                "Buenas tardes, Sra. Navarro. Le pedimos disculpas por las dificultades para "
                "firmar el documento en la sede electrónica. ¿Podría intentarlo de nuevo con "
                "otro navegador, por ejemplo Firefox, y confirmarnos si el error persiste? En "
                "caso afirmativo, le agradeceríamos que nos indicara el texto exacto del aviso "
                "que aparece. Muchas gracias."
            ),
            (
                "Hola, Javier. Lamento el contratiempo con la entrega de tu trabajo final en el "
                "campus virtual. Para localizar tu envío, ¿podrías confirmarme el nombre de la "
                "asignatura, el grupo y la fecha en que intentaste subir el archivo? Con eso lo "
                "reviso enseguida. ¡Gracias por tu paciencia!"
            ),
        ),
        "ko": (
            (
                "안녕하십니까, 고객님. 오랫동안 기다려 주셔서 진심으로 감사드립니다. 내보내기 "
                "오류의 원인을 파악하기 위해, 오류 메시지에 표시된 요청 ID와 작업을 시작하신 "
                "대략적인 시각을 알려 주시겠습니까? 해당 정보가 있으면 서버 로그를 바로 확인할 "
                "수 있습니다."
            ),
            (
                "서연 님, 로그인이 안 돼서 많이 속상하셨죠. 정말 죄송해요. 확인을 위해 가입하실 "
                "때 사용한 이메일 주소와 오류 화면 스크린샷을 보내 주실 수 있을까요? 받는 대로 "
                "바로 살펴볼게요!"
            ),
            (
                "고객님, 개인정보 삭제 요청을 보내 주셔서 감사합니다. 다만 요청을 처리하기 전에 "
                "본인 확인 절차가 필요합니다. 계정에 등록된 이메일 주소로 회신해 주시거나, 가입 "
                "시 사용하신 휴대전화 번호 뒤 네 자리를 알려 주시기 바랍니다."
            ),
            (
                "안녕하세요, {ticket} 건에 대해 추가로 알려 주셔서 감사해요. 원인을 좁히려면 "
                "인스턴스가 어느 리전에 있는지, 그리고 모든 엔드포인트에서 시간 초과가 나는지 "
                "특정 경로에서만 나는지 알면 큰 도움이 될 것 같아요. 가능하시면 curl -v 출력 "
                "결과도 함께 첨부해 주세요."
            ),
            (
                "안녕하십니까. SSO 로그인 과정에서 불편을 드려 죄송합니다. 저희 쪽 설정에는 "
                "이상이 없는 것으로 확인되었습니다. 번거로우시겠지만 시크릿 모드 브라우저에서 "
                "다시 로그인을 시도해 보시고, 오류가 계속 발생하는지 알려 주시면 감사하겠습니다."
            ),
            (
                "안녕하세요, 온라인 강의 수강 신청 관련 문의 감사드려요. 정확한 신청 내역을 찾기 "
                "위해 학번과 신청하신 과목명을 한 번 더 확인해 주실 수 있을까요? 확인되는 대로 "
                "바로 처리 상황을 살펴볼게요."
            ),
        ),
        "ja": (
            (
                "いつもご利用いただき、誠にありがとうございます。調査にお時間をいただいており、"
                "大変恐縮です。原因の特定のため、恐れ入りますが、"
                "エラー画面に表示されているリクエストIDと、"
                "発生したおおよその日時をお知らせいただけますでしょうか。いただいた情報をもとに、"
                "サーバーログを確認いたします。"
            ),
            (
                "田中様、ログインできない状況とのこと、ご不便をおかけして申し訳ありません。"
                "お手数ですが、ご登録のメールアドレスと、"
                "エラー画面のスクリーンショットをお送りいただけますか。確認でき次第、"
                "すぐに対応いたします。"
            ),
            (
                "個人情報の削除をご依頼いただき、ありがとうございます。大変恐縮ではございますが、"
                "ご本人様確認のため、ご登録のメールアドレスからご返信いただくか、"
                "会員番号をお知らせいただく必要がございます。確認が取れ次第、"
                "手続きを進めてまいります。"
            ),
            (
                "{ticket}の件で追加情報をお寄せいただき、ありがとうございます。差し支えなければ、"
                "インスタンスをご利用のリージョンと、"
                "タイムアウトが全てのエンドポイントで発生しているか、"
                "特定のパスのみかをお教えいただけますと幸いです。可能であれば、"
                "curl -v の出力結果も添付いただけますと助かります。"
            ),
            (
                "シングルサインオンでのログインにつき、ご迷惑をおかけしております。"
                "弊社側の設定には問題がないことを確認いたしました。お手数をおかけしますが、"
                "シークレットウィンドウで再度ログインをお試しいただき、"
                "エラーが解消するかどうかご教示いただけますでしょうか。"
            ),
            (
                "奨学金の申請状況についてお問い合わせいただき、ありがとうございます。"
                "該当の申請を確認するため、恐れ入りますが、"
                "学籍番号と申請された日付をご確認のうえお知らせいただけますでしょうか。"
                "いただき次第、速やかに状況をお調べいたします。"
            ),
        ),
    },
    "resolved": {
        "en": (
            (
                "Hi Tomás, I hope you're having a good week. Just a quick note to let you know "
                "that the billing discrepancy on your account has been corrected and the "
                "overcharge was refunded this morning. Since everything is now in order, I've "
                "marked ticket {ticket} as solved. If anything else comes up, you're always "
                "welcome to open a new request. Best wishes"
            ),
            (
                "Dear Customer, We are writing to inform you that your request to delete all "
                "personal data associated with your account has been completed in accordance "
                "with Article 17 of the GDPR. All records have been removed from our production "
                "systems, and backups will be purged within 30 days. This request is now closed. "
                "Yours sincerely, Data Protection Office"
            ),
            (
                "Hello, I hope this message finds you well. We haven't heard back from you "
                "regarding case {ticket} for a week now, so we'll assume the suggested "
                "configuration change sorted things out. The case will close automatically in 48 "
                "hours if there's no reply. Thank you for choosing our platform, and have a "
                "wonderful day."
            ),
            (
                "Hi Lena, Thank you for bearing with us through this one; I know it took longer "
                "than any of us wanted. To summarise: the failing builds were caused by a stale "
                "dependency cache on our runners, which we've purged and rebuilt, and your "
                "pipelines have been green for the past 24 hours. With that, we're considering "
                "this issue resolved and I'll close out the ticket. It's been a pleasure working "
                "with you!"
            ),
            (
                "Good evening, I'm glad to confirm that the two-factor authentication problem on "
                "your account has been fixed and you should be able to sign in normally now. As "
                "we agreed on our call, I'm closing this case on our end. Thank you for your "
                "patience and kindness throughout. Warm regards, Account Security Team"
            ),
            (
                "Hello Ms. Nakamura, Many thanks for confirming that the course enrolment now "
                "shows correctly on your student dashboard; I'm delighted that worked out. I "
                "have gone ahead and marked your request as resolved in our system, so no "
                "further action is needed from you. Wishing you every success this semester."
            ),
        ),
        "de": (
            (
                "Guten Tag Herr Vogel, ich hoffe, es geht Ihnen gut. Ihre neue Domain ist "
                "inzwischen weltweit erreichbar, und das SSL-Zertifikat wurde erfolgreich "
                "ausgestellt. Da damit alles erledigt ist, habe ich Ihr Ticket {ticket} als "
                "gelöst markiert. Sollte sich noch etwas ergeben, eröffnen Sie gern jederzeit "
                "eine neue Anfrage. Mit freundlichen Grüßen"
            ),
            (
                "Sehr geehrte Damen und Herren, wir freuen uns, Ihnen mitteilen zu können, dass "
                "der Auftragsverarbeitungsvertrag nun von beiden Seiten unterzeichnet vorliegt. "
                "Eine Kopie finden Sie im Kundenportal unter „Verträge“. Ihre Anfrage ist damit "
                "abgeschlossen. Mit freundlichen Grüßen, Ihre Rechtsabteilung"
            ),
            (
                "Hallo Felix, wir haben seit einer Woche nichts mehr von dir zu Vorgang {ticket} "
                "gehört und gehen daher davon aus, dass die vorgeschlagene Änderung geholfen "
                "hat. Wenn wir bis übermorgen keine Rückmeldung erhalten, wird der Vorgang "
                "automatisch geschlossen. Danke, dass du unsere Plattform nutzt, und einen "
                "schönen Tag noch!"
            ),
            (
                "Hallo Frau Winter, vielen Dank, dass Sie so geduldig mit uns waren. Kurz "
                "zusammengefasst: Die sporadischen 504-Fehler gingen auf eine falsch "
                "konfigurierte Health-Check-Regel zurück, die gesunde Instanzen aus dem Pool "
                "entfernt hat, und seit der Korrektur am Montag ist der Fehler nicht mehr "
                "aufgetreten. Damit betrachten wir das Problem als behoben und schließen den "
                "Fall. Es war uns eine Freude, mit Ihnen zusammenzuarbeiten!"
            ),
            (
                "Hi Ben, super Neuigkeiten: Deine E-Mail-Adresse wurde erfolgreich geändert, und "
                "alle aktiven Sitzungen auf fremden Geräten sind beendet. Wie besprochen "
                "schließe ich die Anfrage jetzt auf unserer Seite. Danke dir für deine Geduld! "
                "Viele Grüße vom Sicherheitsteam"
            ),
            (
                "Liebe Frau Köhler, herzlichen Dank für Ihre Rückmeldung, dass Ihr "
                "Abschlusszeugnis nun im Portal zum Download bereitsteht. Es freut mich sehr, "
                "dass das geklappt hat. Ich habe Ihre Anfrage in unserem System als erledigt "
                "gekennzeichnet; Sie müssen nichts weiter tun. Alles Gute für Ihren weiteren Weg!"
            ),
        ),
        "fr": (
            (
                "Bonjour Madame Bernard, j'espère que vous allez bien. Je vous confirme que la "
                "double facturation de votre abonnement a été corrigée et que le remboursement a "
                "été émis ce matin. Tout étant désormais en ordre, j'ai clôturé le ticket "
                "{ticket}. N'hésitez pas à ouvrir une nouvelle demande si besoin. Très "
                "cordialement"
            ),
            (
                "Madame, Monsieur, nous vous informons que votre demande de suppression de "
                "données a été entièrement traitée conformément à l'article 17 du RGPD. "
                "L'ensemble de vos données personnelles a été effacé de nos systèmes, et votre "
                "demande est désormais close. Veuillez agréer nos salutations distinguées. Le "
                "Service Protection des Données"
            ),
            (
                "Bonjour Hugo, sans nouvelles de ta part depuis une semaine au sujet du dossier "
                "{ticket}, nous supposons que la solution proposée a fonctionné. Sans réponse de "
                "ta part, la demande sera automatiquement fermée dans trois jours. Merci "
                "d'utiliser notre plateforme et bonne continuation !"
            ),
            (
                "Bonjour Monsieur Lambert, merci encore pour votre patience tout au long de "
                "cette enquête. Pour résumer : les pertes de connexion venaient d'une fuite de "
                "mémoire dans notre proxy, corrigée par la version 4.2.1 déployée mardi, et "
                "aucun incident n'a été constaté depuis. Nous considérons donc le problème comme "
                "résolu et clôturons le dossier. Ce fut un plaisir de travailler avec vous."
            ),
            (
                "Bonjour Inès, bonne nouvelle : ton compte a été déverrouillé et la vérification "
                "en deux étapes fonctionne à nouveau normalement. Comme convenu au téléphone, je "
                "ferme ta demande de notre côté. Merci pour ta gentillesse et ta patience ! "
                "L'équipe Sécurité des comptes"
            ),
            (
                "Bonjour Madame Garnier, merci de nous avoir confirmé que votre attestation de "
                "scolarité est bien téléchargeable depuis votre espace. Je suis ravi que tout "
                "soit rentré dans l'ordre. J'ai marqué votre demande comme résolue ; aucune "
                "action supplémentaire n'est nécessaire de votre part. Excellente fin de "
                "semestre !"
            ),
        ),
        "es": (
            (
                "Estimado Sr. Herrera: Esperamos que se encuentre muy bien. Le confirmamos que "
                "las facturas electrónicas pendientes se han emitido correctamente y ya están "
                "disponibles en su panel. Dado que la incidencia está solucionada, hemos cerrado "
                "el caso {ticket}. Si necesita algo más, puede abrir una nueva solicitud en "
                "cualquier momento. Un cordial saludo."
            ),
            (
                "Estimada Sra. Vidal: Le informamos de que su solicitud de supresión de datos, "
                "formulada conforme al artículo 17 del RGPD, ha sido atendida en su totalidad. "
                "Todos sus datos personales han sido eliminados de nuestros sistemas activos. "
                "Damos por finalizada su solicitud. Atentamente, la Oficina de Protección de "
                "Datos"
            ),
            (
                "Hola, Carla. Como no hemos tenido noticias tuyas desde la semana pasada sobre "
                "la incidencia {ticket}, entendemos que el cambio de configuración que te "
                "sugerimos resolvió el problema. Si no respondes en los próximos cinco días, la "
                "incidencia se cerrará automáticamente. ¡Gracias por confiar en nosotros!"
            ),
            (
                "Buenos días, Sr. Domínguez. Muchas gracias por su paciencia a lo largo de todo "
                "este proceso. A modo de resumen: los tiempos de espera se debían a un índice "
                "que faltaba en la base de datos; lo creamos el jueves y desde entonces las "
                "consultas responden en menos de 200 ms. Con ello, damos la incidencia por "
                "resuelta y procedemos a cerrarla. Ha sido un placer ayudarle."
            ),
            (
                "¡Hola, Nico! Buenas noticias: ya hemos recuperado el acceso a tu cuenta y has "
                "vuelto a configurar la verificación en dos pasos sin problemas. Tal como "
                "hablamos por teléfono, cierro la solicitud. ¡Mil gracias por tu paciencia y "
                "amabilidad!"
            ),
            (
                "Estimada Sra. Molina: Le agradecemos que nos haya confirmado que su certificado "
                "de empadronamiento ya puede descargarse desde la sede electrónica. Nos alegra "
                "mucho que todo se haya solucionado. Hemos marcado su consulta como resuelta, "
                "por lo que no es necesario que realice ninguna otra gestión. Reciba un cordial "
                "saludo."
            ),
        ),
        "ko": (
            (
                "안녕하십니까, 고객님. 이중 결제된 금액은 오늘 오전 환불 처리가 완료되었습니다. "
                "모든 문제가 해결되어 문의 {ticket} 건을 해결 완료로 처리하였습니다. 추가로 "
                "도움이 필요하시면 언제든 새 문의를 남겨 주십시오. 감사합니다."
            ),
            (
                "고객님께. 요청하신 개인정보 삭제가 관련 법령에 따라 모두 완료되었음을 알려 "
                "드립니다. 고객님의 개인정보는 저희 시스템에서 영구적으로 삭제되었습니다. 이로써 "
                "본 요청은 종결되었습니다. 개인정보보호팀 드림."
            ),
            (
                "안녕하세요, 민재 님! {ticket} 건과 관련해 일주일 동안 답장이 없으셔서, 안내해 "
                "드린 설정 변경으로 문제가 해결된 것으로 보고 있어요. 이틀 안에 회신이 없으면 "
                "문의가 자동으로 종료될 예정이에요. 저희 플랫폼을 이용해 주셔서 감사해요!"
            ),
            (
                "안녕하십니까. 긴 시간 동안 함께해 주셔서 감사드립니다. 정리하면, 배포 지연은 "
                "컨테이너 레지스트리의 인증 토큰 만료 때문이었으며, 토큰 자동 갱신을 설정한 뒤 "
                "지난 3일 동안 모든 배포가 정상적으로 완료되었습니다. 이에 따라 본 건은 해결된 "
                "것으로 보고 종료하겠습니다. 함께 일할 수 있어 즐거웠습니다."
            ),
            (
                "하은 님, 반가운 소식 전해 드려요! 2단계 인증 문제가 해결되어 이제 정상적으로 "
                "로그인하실 수 있어요. 통화로 말씀드린 대로 이 문의는 저희 쪽에서 종료할게요. "
                "그동안 기다려 주셔서 정말 감사해요."
            ),
            (
                "안녕하십니까, 학생지원센터입니다. 수강 신청 내역이 정상적으로 표시된다는 확인 "
                "회신 감사드립니다. 문의하신 건은 처리 완료로 변경해 두었으니 따로 조치하실 "
                "사항은 없습니다. 남은 학기도 잘 마무리하시길 바랍니다."
            ),
        ),
        "ja": (
            (
                "いつも大変お世話になっております。二重に請求されていた金額につきましては、"
                "本日付で返金手続きが完了いたしました。本件は解決いたしましたので、"
                "お問い合わせ{ticket}はクローズとさせていただきます。また何かございましたら、"
                "新たにお問い合わせくださいませ。"
            ),
            (
                "個人情報の削除請求につきまして、"
                "ご依頼いただいたすべての個人データの削除が完了いたしましたことをご報告いたします"
                "。これをもちまして、本件の対応は終了とさせていただきます。ご利用いただき、"
                "誠にありがとうございました。"
            ),
            (
                "{ticket}の件につきまして、1週間ほどご連絡がございませんでしたので、"
                "ご案内した設定変更により解消されたものと判断しております。"
                "3日以内にご返信がない場合、本お問い合わせは自動的にクローズされます。"
                "今後ともどうぞよろしくお願いいたします。"
            ),
            (
                "長期間にわたりご協力いただき、誠にありがとうございました。経緯をまとめますと、"
                "メール配信の遅延は送信サーバーのキュー設定の誤りによるもので、"
                "水曜日に修正して以降、遅延は一度も発生しておりません。"
                "以上をもちまして本件は解決済みとし、チケットをクローズいたします。"
            ),
            (
                "鈴木様、お待たせいたしました。アカウントのロックを解除し、"
                "二段階認証も正常にご利用いただける状態となりました。お電話でお話ししたとおり、"
                "本件はこちらで完了とさせていただきますね。ご丁寧にご対応いただき、"
                "ありがとうございました。"
            ),
            (
                "成績証明書が正常にダウンロードできたとのご連絡、ありがとうございます。"
                "無事に解決し、安心いたしました。"
                "お問い合わせは対応完了として処理いたしましたので、これ以上のお手続きは不要です。"
                "残りの学期も充実したものとなりますようお祈りしております。"
            ),
        ),
    },
}
