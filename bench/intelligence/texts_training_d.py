"""Agent texts written for training (set D: stiff, translated-sounding corporate and
legal text, AI assistants, status updates, non-native writers), by a helper who saw
neither the rules nor the other texts. Part of tuning: they train the kind model and
the rules may read them; never held.
"""

from __future__ import annotations

TRAIN_D: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {
        "en": (
            "Dear Customer, we hereby confirm receipt of your request, which has been "
            "registered under reference {ticket}. A member of our billing department will "
            "contact you within five (5) working days.",
            "As an AI assistant, I have forwarded your message to a human colleague in our "
            "network operations team. They will review it and get back to you as soon as "
            "possible.",
            "Status: escalated to second-level support. Update from our service desk: your "
            "report is now in the queue of the hardware team and will be examined in order "
            "of receipt.",
            "Hello, thank you for your writing. Your complaint is well received by us and is "
            "passed to the responsible department, who will revert to you shortly. Best "
            "regards",
            "Good afternoon. Please be advised that your claim notification {ticket} has "
            "been logged in our system and assigned to a claims handler. Expected processing "
            "time is approximately 10 business days.",
            "Our virtual agent has recorded your enquiry about the planned maintenance "
            "outage. A specialist will look into it and respond by e-mail no later than "
            "tomorrow evening.",
        ),
        "de": (
            "Sehr geehrte Kundin, sehr geehrter Kunde, hiermit bestätigen wir den Eingang "
            "Ihres Schreibens. Ihr Anliegen wurde unter der Vorgangsnummer {ticket} erfasst "
            "und wird schnellstmöglich bearbeitet.",
            "Als KI-Assistent habe ich Ihre Anfrage an einen Mitarbeiter unserer "
            "Fachabteilung weitergeleitet. Sie erhalten innerhalb von 48 Stunden eine "
            "Rückmeldung per E-Mail.",
            "Status: In Bearbeitung. Ihre Störungsmeldung {ticket} wurde an unseren "
            "Netzbetreiber eskaliert; wir informieren Sie, sobald uns eine Stellungnahme "
            "vorliegt.",
            "Guten Tag, danke für Ihre Nachricht. Wir haben Ihre Beschwerde an die "
            "zuständige Stelle im Bürgeramt übergeben, die sich in Kürze bei Ihnen melden "
            "wird. Mit freundlichen Grüßen",
            "Hallo, Ihr Antrag auf Tarifwechsel ist bei uns angekommen und befindet sich in "
            "der Warteschlange. Aufgrund des hohen Aufkommens beträgt die Bearbeitungszeit "
            "derzeit etwa drei Wochen.",
            "Hallo, wir haben Ihre Mail bekommen und geben sie weiter an unsere Technik, die "
            "wird Ihnen bald antworten. Bitte haben Sie bisschen Geduld. Grüße",
        ),
        "fr": (
            "Madame, Monsieur, nous accusons bonne réception de votre courrier, enregistré "
            "sous la référence {ticket}. Il sera traité dans les meilleurs délais par le "
            "service concerné.",
            "En tant qu'assistant IA, j'ai transmis votre demande à un conseiller de notre "
            "service technique. Celui-ci reviendra vers vous sous 24 à 48 heures ouvrées.",
            "Statut : escaladé au niveau 2. Votre signalement a été pris en compte et placé "
            "dans la file d'attente de l'équipe réseau, qui l'examinera prochainement.",
            "Bonjour, merci pour votre message. Votre réclamation a bien été transmise à "
            "notre service contentieux, qui prendra contact avec vous dès que possible. "
            "Cordialement",
            "Notre agent virtuel a enregistré votre demande de résiliation {ticket}. Un "
            "collaborateur va l'étudier et vous apportera une réponse écrite d'ici la fin de "
            "la semaine.",
            "Bonjour, nous avons bien reçu votre mail et nous le passons à notre équipe de "
            "technicien, ils vont regarder et vous répondre bientôt. Merci de votre "
            "compréhension",
        ),
        "es": (
            "Estimado cliente: le confirmamos la recepción de su solicitud, que ha quedado "
            "registrada con el número {ticket}. Un gestor del departamento de facturación se "
            "pondrá en contacto con usted en un plazo de 72 horas.",
            "Como asistente de IA, he derivado su consulta a un agente humano del equipo "
            "técnico. Le responderán por correo electrónico a la mayor brevedad posible.",
            "Estado: escalado. Su incidencia {ticket} ha sido trasladada al departamento de "
            "redes y se encuentra en cola para su revisión.",
            "Hola, gracias por escribirnos. Hemos recibido su reclamación y la hemos "
            "remitido al área correspondiente del ayuntamiento, que le contestará en los "
            "próximos días. Un saludo",
            "Nuestro agente virtual ha registrado su petición de portabilidad. Un "
            "especialista la revisará y le informará del resultado en un plazo aproximado de "
            "cinco días hábiles.",
            "Hola, su mensaje está recibido y pasamos a nuestro equipo de soporte, ellos van "
            "a mirar el caso y responder a usted pronto. Gracias por la paciencia",
        ),
        "ko": (
            "고객님, 문의하신 내용이 정상적으로 접수되었습니다. 접수 번호는 {ticket}이며, 담당 부서에서 확인 "
            "후 영업일 기준 3일 이내에 연락드리겠습니다.",
            "AI 상담원으로서 고객님의 요청을 전문 상담사에게 전달했어요. 확인되는 대로 답변드릴게요.",
            "처리 상태: 상위 부서 이관. 고객님께서 신고하신 통신 장애 건은 네트워크 운영팀으로 이관되어 검토 대기 "
            "중입니다.",
            "안녕하세요, 보내주신 보험금 청구서가 접수되었습니다. 심사 담당자가 배정되었으며 결과는 약 7~10일 후 "
            "문자로 안내될 예정입니다.",
            "가상 상담원이 요금 이의 신청({ticket})을 기록해 두었어요. 담당자가 내용을 살펴본 뒤 다시 "
            "연락드릴 거예요.",
            "안녕하세요. 고객님 민원은 관할 구청 담당 부서로 전달되었습니다. 처리 순서에 따라 검토 후 "
            "회신드리겠습니다.",
        ),
        "ja": (
            "お問い合わせいただきありがとうございます。受付番号{ticket}にて承りました。担当部署にて確認のうえ、"
            "3営業日以内にご連絡いたします。",
            "AIアシスタントとして、いただいたご相談を技術担当のスタッフへ引き継ぎました。"
            "折り返しのご連絡まで今しばらくお待ちください。",
            "ステータス：エスカレーション済み。ご報告の通信障害は回線保守部門へ転送され、現在調査待ちとなっております。",
            "保険金請求書類を受領しました。査定担当者が確認後、結果を書面でお知らせします。通常10日ほどかかります。",
            "バーチャルエージェントが料金に関するご意見（{ticket}）を記録しました。担当者が内容を確認し、"
            "後日メールでご回答します。",
            "メッセージ受け取りました。ハードウェア担当に回しておくので、分かったらまたこっちから連絡しますね。",
        ),
    },
    "answer": {
        "en": (
            "Dear Sir or Madam, the annual premium adjustment results from the revised "
            "tariff effective 1 January. Pursuant to clause 7.2 of your policy conditions, "
            "you may object in writing within one month of receipt of this notice.",
            "As an AI assistant, I can explain how to reset your router: hold the reset "
            "button on the back for 10 seconds until the power LED blinks orange, then wait "
            "about three minutes for the device to restart with factory settings.",
            "Update from our engineering team: the packet loss on your line was caused by a "
            "faulty port at the local exchange. The port was replaced this morning and the "
            "line measurements now show normal values.",
            "Hello, the amount of 24.90 EUR was credited to your account today and will be "
            "visible on your next invoice. Feel free to reply if you have any other "
            "questions.",
            "Good day. The ticket machine in the town hall lobby accepts only coins; card "
            "payment is possible at counter 3, which is closed on Fridays but open Monday to "
            "Thursday from 8:00 to 12:00.",
            "Regarding {ticket}: your daily transfer limit has been raised to 5,000 USD as "
            "requested, effective immediately in online banking. Standing orders created "
            "before today keep the old limit.",
        ),
        "de": (
            "Sehr geehrter Herr Müller, gemäß § 5 der Allgemeinen Versicherungsbedingungen "
            "sind Glasschäden im Rahmen Ihrer Hausratversicherung mitversichert. Die "
            "Selbstbeteiligung beträgt 150 Euro je Schadensfall.",
            "Als KI-Assistent kann ich Ihnen Folgendes mitteilen: Die Rufumleitung "
            "aktivieren Sie durch Eingabe von **21*Zielrufnummer# und Drücken der "
            "Anruftaste. Zum Deaktivieren wählen Sie ##21#.",
            "Update aus unserem Technik-Team: Der Speicherplatz Ihres Webhosting-Pakets "
            "wurde auf 50 GB erweitert. Die Änderung ist bereits aktiv, ein Neustart ist "
            "nicht erforderlich.",
            "Guten Tag, unsere Filiale in der Bahnhofstraße ist wegen Umbau bis zum 30. "
            "April geschlossen. Bargeld können Sie in dieser Zeit an allen Automaten unserer "
            "Partnerbanken kostenfrei abheben.",
            "Hallo, zu Ihrer Anfrage {ticket}: Die Abschlagszahlung wurde ab Juni wie "
            "besprochen auf 78 Euro monatlich reduziert. Bei weiteren Fragen können Sie uns "
            "jederzeit gerne schreiben.",
            "Hallo, das Problem mit Drucker kommt von alte Treiber. Sie laden neue Version "
            "von unsere Webseite unter Support > Downloads und installieren, dann "
            "funktioniert wieder normal. Grüße",
        ),
        "fr": (
            "Madame, conformément à l'article 12 des conditions générales, le délai de "
            "rétractation est de quatorze jours à compter de la signature du contrat. Passé "
            "ce délai, la résiliation reste possible avec un préavis d'un mois.",
            "En tant qu'assistant IA, je peux vous indiquer la marche à suivre : "
            "connectez-vous à votre espace client, rubrique « Mes factures », puis cliquez "
            "sur « Télécharger » à côté du mois souhaité.",
            "Mise à jour de notre équipe technique : le certificat de votre serveur a été "
            "renouvelé et la configuration du pare-feu a été corrigée. Le site répond de "
            "nouveau normalement depuis 14 h.",
            "Bonjour, concernant le dossier {ticket}, nous avons procédé au remboursement de "
            "32,50 € sur votre compte bancaire ; le virement apparaîtra sous trois à cinq "
            "jours ouvrés. N'hésitez pas à nous écrire pour toute autre question.",
            "Bonjour, la mairie annexe est fermée le samedi, mais le dépôt des demandes de "
            "passeport peut se faire en ligne sur le site de l'ANTS, 7 jours sur 7.",
            "Bonjour, le problème de la facture vient du changement de tarif en mars. Nous "
            "avons corrigé le montant et la nouvelle facture est disponible dans votre "
            "espace. Bonne journée",
        ),
        "es": (
            "Estimada señora: de conformidad con la cláusula 9 de las condiciones generales "
            "de la póliza, los daños por agua quedan cubiertos siempre que se deban a una "
            "rotura accidental de tuberías. La franquicia aplicable es de 100 euros.",
            "Como asistente de IA, le indico los pasos: acceda a la banca en línea, "
            "seleccione «Tarjetas», pulse «Bloquear temporalmente» y confirme con la clave "
            "enviada a su móvil.",
            "Actualización del equipo de ingeniería: hemos ampliado la memoria de su "
            "servidor virtual a 8 GB y reiniciado la instancia. El rendimiento ya es el "
            "esperado.",
            "Hola, en relación con el caso {ticket}, hemos abonado 15,00 € en su cuenta por "
            "la interrupción del servicio; el importe aparecerá en su próxima factura. Si "
            "tiene cualquier otra duda, estamos a su disposición.",
            "Buenos días, la oficina de atención al ciudadano permanece cerrada por las "
            "tardes durante agosto; el horario de mañana es de 9:00 a 14:00 y la cita previa "
            "se obtiene en la sede electrónica.",
            "Hola, el error de la app viene de versión antigua. Tiene que actualizar desde "
            "la tienda de aplicaciones y después funciona normal otra vez. Saludos",
        ),
        "ko": (
            "고객님, 약관 제12조에 따라 해지 시 위약금은 잔여 약정 기간에 비례하여 산정됩니다. 현재 기준으로 예상 "
            "위약금은 약 45,000원입니다.",
            "AI 어시스턴트로서 안내드릴게요. 공유기 뒷면의 리셋 버튼을 10초간 누르면 초기화되고, 약 3분 후 다시 "
            "연결할 수 있어요.",
            "엔지니어링팀 업데이트: 서버 디스크 용량을 100GB로 증설했고, 재부팅 없이 바로 적용되었습니다.",
            "안녕하세요, {ticket} 건 관련하여 이번 달 요금에서 8,800원을 감면 처리했습니다. 다음 청구서에 "
            "반영되며, 궁금한 점이 있으시면 언제든 문의해 주세요.",
            "안녕하세요. 주민센터는 매주 토요일 문을 닫지만, 주민등록등본은 정부24 홈페이지에서 24시간 발급받으실 "
            "수 있습니다.",
            "고객님, 이체 한도가 1일 5백만 원으로 상향되었어요. 지금 바로 모바일 뱅킹에서 사용하실 수 있어요.",
        ),
        "ja": (
            "ご契約約款第8条に基づき、解約時の違約金は残存期間に応じて算定されます。現時点での概算額は9,800円（税込）です。",
            "AIアシスタントとしてご案内します。ルーター背面のリセットボタンを10秒間長押しすると初期化され、"
            "約3分後に再接続が可能になります。",
            "エンジニアリングチームからの更新：サーバーのメモリを16GBへ増設し、本日午前に反映を完了しました。",
            "{ticket}の件につきまして、今月分の請求額から1,100円を減額いたしました。次回の請求書に反映されます。"
            "ほかにご不明点があればお気軽にどうぞ。",
            "市役所の窓口は土日閉庁ですが、住民票の写しはコンビニ交付サービスで毎日6時半から23時まで取得できます。",
            "振込限度額、1日100万円に引き上げておいたよ。設定はもう反映済みだから、アプリからすぐ使えます。",
        ),
    },
    "needs_info": {
        "en": (
            "Thank you for your patience while we examined your case {ticket}. To proceed "
            "with the refund, we kindly require a copy of the original invoice and the IBAN "
            "of the account holder.",
            "As an AI assistant, I am not able to locate your contract with the details "
            "given. Could you please provide your customer number or the meter number shown "
            "on your last bill?",
            "Status: pending customer. Our technician needs to know at which times the "
            "disconnections occur and whether other devices are affected. Please advise at "
            "your earliest convenience.",
            "Hello, for continue the process we need you confirm the date of birth of "
            "insured person and send the photo of damaged item. After receive we can "
            "proceed. Regards",
            "Dear customer, it would help us to know which firmware version is installed on "
            "your device. You can find it under Settings > About; kindly reply with the "
            "number displayed there.",
            "Good morning. Please clear the DNS cache on your server and restart the "
            "service, then let us know whether error 502 still appears for {ticket}. Kind "
            "regards",
        ),
        "de": (
            "Vielen Dank für Ihre Geduld. Um Ihren Schadensfall {ticket} abschließend prüfen "
            "zu können, benötigen wir noch eine Kopie des Polizeiberichts sowie Fotos der "
            "beschädigten Gegenstände.",
            "Als KI-Assistent kann ich Ihr Kundenkonto leider nicht eindeutig zuordnen. "
            "Bitte teilen Sie mir Ihre Vertragsnummer oder die bei uns hinterlegte "
            "Postleitzahl mit.",
            "Status: Warten auf Kundenrückmeldung. Für die weitere Analyse wäre es hilfreich "
            "zu wissen, seit wann die Verbindungsabbrüche auftreten und ob sie auch per "
            "LAN-Kabel vorkommen.",
            "Guten Tag, bitte führen Sie einen Neustart des Modems durch und teilen Sie uns "
            "anschließend mit, ob die DSL-Leuchte dauerhaft grün leuchtet.",
            "Sehr geehrte Damen und Herren, zur Bearbeitung Ihres Antrags fehlt uns noch der "
            "Nachweis über Ihren Wohnsitz. Wir bitten um Zusendung innerhalb von 14 Tagen.",
            "Hallo, können Sie bitte sagen, welche Seriennummer hat das Gerät? Steht auf "
            "Aufkleber unten. Ohne diese wir können nicht weitermachen.",
        ),
        "fr": (
            "Merci de votre patience. Afin de poursuivre l'instruction de votre dossier "
            "{ticket}, nous vous remercions de bien vouloir nous faire parvenir un "
            "justificatif de domicile de moins de trois mois.",
            "En tant qu'assistant IA, je n'ai pas pu identifier votre contrat. Pourriez-vous "
            "m'indiquer votre numéro de client ou le numéro de PDL figurant sur votre "
            "facture ?",
            "Statut : en attente du client. Pour que nos techniciens puissent avancer sur "
            "l'incident {ticket}, il nous faudrait savoir à quelle heure la coupure est "
            "survenue et si le voyant de la box clignote.",
            "Bonjour, pourriez-vous essayer de vous connecter depuis un autre navigateur et "
            "nous dire si le message d'erreur persiste ? Cordialement",
            "Madame, Monsieur, la déclaration de sinistre est incomplète : il manque la date "
            "exacte de l'incident ainsi que le devis de réparation. Nous restons dans "
            "l'attente de ces éléments.",
            "Bonjour, pour vérifier nous avons besoin que vous confirmez l'adresse email "
            "utilisé pour la commande et le numéro de série de l'appareil. Merci",
        ),
        "es": (
            "Le agradecemos su paciencia. Para continuar con la tramitación del expediente "
            "{ticket}, necesitamos que nos remita una copia de su DNI y el certificado de "
            "titularidad de la cuenta.",
            "Como asistente de IA, no he podido localizar su contrato. ¿Podría facilitarme "
            "el número de cliente o el CUPS que aparece en su factura?",
            "Estado: pendiente del cliente. Para avanzar, nos sería de gran ayuda saber "
            "desde qué fecha se producen los cortes y si afectan a todos los dispositivos.",
            "Buenas tardes, por favor reinicie el router manteniendo pulsado el botón "
            "durante 30 segundos e indíquenos si la luz de Internet se queda en verde.",
            "Estimado cliente: en la documentación recibida para el siniestro {ticket} falta "
            "la fecha del incidente y el presupuesto de reparación. Quedamos a la espera de "
            "dichos datos para seguir adelante.",
            "Hola, para revisar nosotros necesitamos que confirme la dirección de correo "
            "usada en el pedido y número de serie del equipo. Gracias",
        ),
        "ko": (
            "기다려 주셔서 감사합니다. {ticket} 건 처리를 계속 진행하려면 진단서 사본과 영수증을 추가로 보내 "
            "주셔야 합니다.",
            "AI 상담원으로서 고객님의 계약 정보를 찾지 못했어요. 고객번호나 가입하신 휴대폰 번호를 알려 주시겠어요?",
            "처리 상태: 고객 회신 대기. 정확한 원인 파악을 위해 장애가 발생한 시각과 단말기 모델명을 알려 주시면 "
            "도움이 됩니다.",
            "안녕하세요, 모뎀 전원을 껐다 켠 후에도 같은 오류가 나오는지 확인하시고 결과를 알려 주세요.",
            "고객님, 제출하신 서류에 신청인 서명이 누락되어 있습니다. 서명하신 신청서를 다시 첨부해 주시기 바랍니다.",
            "제품 뒷면에 있는 시리얼 번호 확인 가능하실까요? 번호 있어야 보증 조회 진행할 수 있어요.",
        ),
        "ja": (
            "お待たせしており申し訳ございません。{ticket}の手続きを進めるため、"
            "診断書の写しと領収書をご提出いただけますでしょうか。",
            "AIアシスタントではお客様のご契約を特定できませんでした。お客様番号またはご登録の電話番号を教えていただけますか。",
            "ステータス：お客様回答待ち。原因の切り分けのため、"
            "障害が発生した時刻とご利用端末の機種名をお知らせいただけると助かります。",
            "モデムの電源を入れ直しても同じエラーが出るか確認して、結果を教えてください。",
            "ご提出の申請書に押印が漏れておりました。恐れ入りますが、押印済みの書類を再度ご送付ください。",
            "製品の裏にあるシリアル番号、わかる？それがないと保証の確認ができないんだ。",
        ),
    },
    "resolved": {
        "en": (
            "Dear Customer, we are pleased to inform you that your request {ticket} has been "
            "processed completely and the case is now closed. Should you have further "
            "concerns, please open a new request.",
            "As an AI assistant, I have marked this conversation as resolved since the "
            "password reset link worked for you. Thank you for contacting us.",
            "Status: Solved. Summary: the SSL certificate was renewed and the domain is "
            "again reachable over HTTPS. This ticket will be closed automatically in 72 "
            "hours if no reply is received.",
            "Hello, the wrong charge is reversed and your issue is now considered finished "
            "from our side. We close the ticket herewith. Have a nice day.",
            "Good afternoon. As no further response was received from you, your service "
            "request will be closed automatically after 7 days without reply.",
            "Update from our claims department: the payment of your claim was made on 12 "
            "March and the file {ticket} has been archived as settled. No further action is "
            "required on your part.",
        ),
        "de": (
            "Sehr geehrte Kundin, sehr geehrter Kunde, Ihr Vorgang {ticket} wurde "
            "vollständig bearbeitet und ist hiermit abgeschlossen. Für neue Anliegen "
            "eröffnen Sie bitte einen neuen Vorgang.",
            "Als KI-Assistent markiere ich diese Unterhaltung als gelöst, da die Rechnung "
            "nun korrekt angezeigt wird. Vielen Dank für Ihre Kontaktaufnahme.",
            "Status: Gelöst. Zusammenfassung: Der fehlerhafte DNS-Eintrag wurde korrigiert, "
            "Ihre Domain ist wieder erreichbar. Das Ticket wird nach 5 Tagen ohne Antwort "
            "automatisch geschlossen.",
            "Guten Tag, da wir seit zwei Wochen keine Rückmeldung von Ihnen erhalten haben, "
            "schließen wir Ihre Anfrage {ticket} nun. Mit freundlichen Grüßen",
            "Update aus der Fachabteilung: Die Gutschrift wurde verbucht und die "
            "Angelegenheit ist damit für uns erledigt. Der Fall wird geschlossen.",
            "Hallo, das Problem ist jetzt gelöst und wir machen Ticket zu. Wenn wieder "
            "Fehler kommt, schreiben Sie einfach neues Ticket. Schönen Tag noch",
        ),
        "fr": (
            "Madame, Monsieur, nous vous informons que votre demande {ticket} a été traitée "
            "et que le dossier est désormais clôturé.",
            "En tant qu'assistant IA, je considère cette conversation comme résolue puisque "
            "votre ligne fonctionne de nouveau. Merci d'avoir contacté notre service.",
            "Statut : Résolu. Récapitulatif : le disque défectueux a été remplacé et la "
            "synchronisation RAID est terminée. Sans réponse de votre part, le ticket sera "
            "fermé automatiquement sous 7 jours.",
            "Bonjour, faute de retour de votre part depuis le 3 mai, nous procédons à la "
            "clôture de votre réclamation. Cordialement",
            "Mise à jour du service client : l'indemnisation a été versée et votre dossier "
            "de sinistre {ticket} est classé. Aucune démarche supplémentaire n'est "
            "nécessaire.",
            "Bonjour, votre problème est réglé maintenant, donc nous fermons le ticket. Si "
            "autre problème, vous pouvez ouvrir une nouvelle demande. Bonne journée",
        ),
        "es": (
            "Estimado cliente: le comunicamos que su solicitud {ticket} ha sido tramitada en "
            "su totalidad y el caso queda cerrado.",
            "Como asistente de IA, he marcado esta conversación como resuelta, ya que ha "
            "podido acceder de nuevo a su cuenta. Gracias por contactar con nosotros.",
            "Estado: Resuelto. Resumen: se sustituyó la fuente de alimentación defectuosa y "
            "el equipo funciona correctamente. La incidencia se cerrará automáticamente en 5 "
            "días si no recibimos respuesta.",
            "Hola, al no haber recibido respuesta por su parte en los últimos diez días, "
            "procedemos a cerrar su consulta. Un saludo",
            "Actualización del departamento de siniestros: la indemnización ya ha sido "
            "abonada y el expediente se archiva como finalizado. No es necesaria ninguna "
            "acción adicional.",
            "Hola, ya está solucionado su problema y cerramos el ticket {ticket} ahora. Si "
            "pasa otra vez, puede abrir una nueva solicitud. Buen día",
        ),
        "ko": (
            "고객님, 문의하신 {ticket} 건은 처리가 완료되어 종결되었습니다. 이용해 주셔서 감사합니다.",
            "AI 상담원이 이 대화를 해결됨으로 표시했어요. 비밀번호 재설정이 잘 되었다니 다행이에요.",
            "처리 상태: 해결. 요약: 만료된 SSL 인증서를 갱신하여 사이트 접속이 정상화되었습니다. 7일 내 회신이 "
            "없으면 본 문의는 자동으로 종료됩니다.",
            "안녕하세요, 2주 동안 회신이 없어 해당 문의를 종료 처리하겠습니다.",
            "보상팀 업데이트: 보험금 지급이 완료되었으며 사고 접수 건 {ticket}은 종결 처리되었습니다. 추가로 "
            "하실 절차는 없습니다.",
            "요금 오류 건 정정 완료했고요, 이 건은 이걸로 마무리하고 닫을게요. 좋은 하루 보내세요.",
        ),
        "ja": (
            "お問い合わせ{ticket}につきましては、対応が完了いたしましたのでクローズとさせていただきます。",
            "AIアシスタントがこの会話を解決済みにしました。パスワードの再設定ができてよかったです。",
            "ステータス：解決済み。概要：期限切れのSSL証明書を更新し、サイトへのアクセスが正常に戻りました。"
            "7日以内にご返信がない場合、本件は自動的にクローズされます。",
            "2週間ご返信がございませんでしたので、本お問い合わせは終了とさせていただきます。",
            "保険金のお支払いが完了し、本事故の受付案件は終結となりました。お手続きは以上です。",
            "請求ミスは直しておいた。この件はこれで完了として閉じるね。",
        ),
    },
}
