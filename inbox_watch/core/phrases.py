"""The vocabulary of support mail: phrase families per reply kind, in six languages.

Pure data (strings and compiled patterns) for ``core.classify``. Written from the
wording of helpdesks' default templates and documentation (Zendesk, Freshdesk,
Intercom, Jira Service Management, Help Scout, RT, OTRS/Znuny, Zammad), never from
one fixture's sentence; inflections go in the ``*_WORDING`` patterns.
"""

from __future__ import annotations

import re

# Phrases per kind, in English, German, French, Spanish, Korean and Japanese.
# They are matched on NFKC-normalised, case-folded text (so "ß" is "ss") with straight quotes,
# so write them in lower case with "'" as the apostrophe.

SURVEY = (
    # Intercom's rating mail (OpenAI's among them) and other rating widgets.
    "rate your conversation",
    "rate this conversation",
    "rate the conversation",
    "terrible bad ok great amazing",
    "how was your experience",
    "tell us how we did",
    "take a moment to rate",
    "feedback survey",
    "rate your experience with",
    "bewerten sie ihre",
    "bewerten sie unseren",
    "wie war ihre erfahrung",
    "évaluez votre conversation",
    "évaluez cette conversation",
    "califica tu conversación",
    "califique su experiencia",
    "대화를 평가",
    "설문",
    "会話を評価",
    "ご意見をお聞かせ",
    "評価をお願い",
    "how would you rate",
    "rate our support",
    "rate your support",
    "rate the support",
    "rate your experience",
    "how did we do",
    "customer satisfaction",
    "satisfaction survey",
    "satisfaction rating",
    "how satisfied",
    "wie zufrieden",
    "bewerten sie",
    "kundenumfrage",
    "kundenzufriedenheit",
    "zufriedenheitsumfrage",
    "satisfaction client",
    "comment évalueriez-vous",
    "évaluez notre",
    "évaluer notre",
    "enquête de satisfaction",
    "cómo calificaría",
    "califique nuestro",
    "encuesta de satisfacción",
    "만족도",
    "평가해 주세요",
    "평가해주세요",
    "満足度",
    "アンケート",
    "評価してください",
    "ご評価",
)

# The inflected and reordered survey wording: "rate your recent conversation",
# "how likely are you to recommend", "take our short survey", "Umfrage",
# "encuesta", "répondre à notre enquête" (a bare "enquête" is also an investigation).
SURVEY_WORDING = re.compile(
    r"(?<![a-z])rate (?:your|our|the|this|my) (?:recent |latest |last )?"
    r"(?:conversation|experience|support|service|interaction|chat|reply|answer|agent)"
    r"|(?<![a-z])how (?:would|did) you rate"
    r"|(?<![a-z])how likely are you to recommend"
    r"|(?<![a-z])(?:take|complete|answer|fill (?:in|out)) (?:a|our|this|the) "
    r"(?:short |quick |brief |\d+-minute )?survey"
    r"|(?<![a-z])(?:short|quick|brief|customer) survey"
    r"|(?<![a-z])good, i'm satisfied|(?<![a-z])bad, i'm unsatisfied"
    r"|umfrage|(?<![a-z])(?:ihre|eine|kurze) bewertung(?![a-z])"
    r"|bewertung (?:abgeben|unseres|unserer)"
    r"|(?<![a-z])(?:courte |petite |brève )enquête|enquête (?:de satisfaction|rapide|client)"
    r"|(?:répond\w*|participe\w*) à (?:notre|cette|une|l') ?enquête"
    r"|(?<![a-z])encuesta(?![a-z])"
    r"|(?<![a-z])valor[ae] (?:nuestr[oa]|su|tu) (?:atención|servicio|soporte)"
    r"|만족도|설문|평가해\s?주|満足度|アンケート|評価(?:をお願い|してください|にご協力)"
)

RESOLVED = (
    "has been solved",
    "was solved",
    "has been resolved",
    "was resolved",
    "marked as resolved",
    "marked as solved",
    "has been closed",
    "was closed",
    "we have closed",
    "we've closed",
    "ticket closed",
    "request closed",
    "case closed",
    "wurde gelöst",
    "als gelöst markiert",
    "wurde geschlossen",
    "wurde abgeschlossen",
    "a été résolue",
    "a été résolu",
    "considérée comme résolue",
    "a été fermée",
    "a été fermé",
    "a été clôturée",
    "a été clôturé",
    "ha sido resuelta",
    "ha sido resuelto",
    "marcada como resuelta",
    "marcado como resuelto",
    "marquée comme résolue",
    "marqué comme résolu",
    "marquée comme fermée",
    "damos por cerrado",
    "damos por cerrada",
    "damos por resuelto",
    "damos por resuelta",
    "ha sido cerrada",
    "ha sido cerrado",
    "se ha cerrado",
    "해결되었습니다",
    "해결됨으로",
    "종료되었습니다",
    "종결되었습니다",
    "解決済み",
    "解決しました",
    "クローズしました",
    "クローズいたしました",
    "クローズいたします",
    "終了しました",
    "終了いたします",
    "終了させていただきます",
)

# Agents word it freely: "I've marked this conversation as resolved",
# "we have closed your ticket".
RESOLVED_WORDING = re.compile(
    # mark / marks / marked / marking ... as resolved / solved / closed / done:
    # "We're marking this conversation as resolved", "I've marked this conversation
    # (#123) as closed", "marked your request as solved".
    # Not the bare "mark": "I'll mark this as resolved later" is an intention.
    r"(?<![a-z])mark(?:ed|ing) (?:this|your|the|it)?\s?(?:[\w()#\-]+ ){0,3}"
    r"as (?:re)?solved|(?<![a-z])mark(?:ed|ing) (?:this|your|the|it)?\s?"
    r"(?:[\w()#\-]+ ){0,3}as (?:closed|done|complete)"
    # "we have closed your ticket", "closing this conversation", "I'll close the case".
    r"|(?<![a-z])(?:closed|closing|resolved|solved) (?:this|your|the|our) "
    r"(?:ticket|request|case|conversation|issue|inquiry|enquiry)"
    # Jira, Freshdesk, Zammad, OTRS notices: "status changed to Resolved",
    # "Your request status changed to: Closed", "State: closed successful".
    r"|(?<![a-z])(?:status|state|statut|estado)(?: has)? changed (?:from [^\n]{1,30} )?"
    r"to\s*[:\"']?\s*"
    r"(?:resolved|closed|solved|done|gelöst|geschlossen|erledigt|résolu|fermé|clôturé"
    r"|resuelto|cerrado|解決済み|クローズ|해결|종료|완료)"
    r"|(?<![a-z])(?:status|state|statut|estado|ticket-status)\s*[:：]\s*"
    r"(?:resolved|closed(?: successful)?|solved|gelöst|geschlossen|résolu|fermé|resuelto|cerrado)"
    r"(?![a-z])"
    # German, French, Spanish: "wir schließen Ihre Anfrage", "nous clôturons votre
    # demande", "cerramos su solicitud".
    r"|(?<![a-z])(?:schliessen wir|wir schliessen|nous clôturons|nous fermons|cerramos|cerraremos"
    r"|hemos cerrado|nous avons clôturé|nous avons fermé|haben wir (?:[\w\-]+ ){0,3}geschlossen)"
    r" (?:ihre|ihren|ihr|diesen|diese|dieses|den|die|das|votre|cette|ce|cet|le|la|su|esta|este"
    r"|el|la|tu)(?![a-z])"
    r"|(?:상태가|상태를|상태:)\s*'?(?:해결|종료|완료)|ステータス[がは:：]\s*(?:解決|クローズ|完了)"
    # "티켓을 종료합니다", "문의를 종결하겠습니다", "本件をクローズいたします".
    r"|(?:티켓|문의|요청|건)(?:을|를|은|는)?\s?(?:종료|종결|완료)\s?(?:합니다|하겠습니다|처리)"
    r"|(?:本件|チケット|お問い合わせ)(?:を|は)?(?:クローズ|終了)(?:と|いた|させ)"
    # Jira Service Management's event lines: "Ingrid Dahl changed the status to
    # Resolved", "... resolved this as Done".
    r"|(?<![a-z])changed the status (?:of (?:this|your) request )?to\s*[:\"']?\s*"
    r"(?:resolved|closed|done|solved)"
    r"|(?<![a-z])resolved this (?:request |issue )?as "
    r"|(?<![a-z])a changé le statut (?:en|à|vers)\s*[:\"'«]?\s*(?:résolu|fermé|clôturé|terminé)"
    r"|(?<![a-z])hat den status (?:auf|in)\s*[:\"'„]?\s*(?:gelöst|geschlossen|erledigt)"
    r"|(?<![a-z])cambió el estado a\s*[:\"'«]?\s*(?:resuelto|cerrado)"
    r"|ステータスを[「\"']?(?:解決|クローズ|完了)"
    # "Closing this out", "we're closing your ticket", "we are now closing this".
    r"|(?<![a-z])(?:closing|close|closed) (?:this|it|that)(?: one)? out(?![a-z])"
    # "I'm marking this one done on our end", "marked it complete" (not "mark" alone).
    r"|(?<![a-z])mark(?:ed|ing) (?:this|it|that)(?: one)? (?:as )?(?:done|resolved|solved"
    r"|closed|complete|completed)(?![a-z])"
    r"|(?<![a-z])(?:we're|we are|i'm|i am) (?:now |going ahead and )?closing (?:this|your|the)"
    r"(?![a-z])(?! (?:[a-z\-]+ )?(?:account|subscription|workspace|organi[sz]ation))"
    r"|(?<![a-z])(?:i'll|we'll|i will|we will) (?:now |go ahead and )?close (?:this|your|the)"
    r" (?:ticket|request|case|conversation|issue)(?![a-z])"
    # django-helpdesk's resolved_submitter: "The following resolution was added to ticket".
    r"|(?<![a-z])(?:the )?following resolution was added|folgende lösung vorgeschlagen"
    r"|la solution suivante a été donnée|la siguiente solución fue dada"
    r"|해결 완료|종료 처리되었습니다|완료 처리되었습니다|クローズとさせていただ|完了とさせていただ"
    r"|終了いたしました|対応を完了いたしました"
)

ACKNOWLEDGEMENT = (
    "we received your request",
    "we have received your request",
    "we've received your request",
    "we have received your message",
    "we've received your message",
    "we received your message",
    "we have received your email",
    "we've received your email",
    "we have received your e-mail",
    "we have received your inquiry",
    "we have received your enquiry",
    "we have received your ticket",
    "we have received your support request",
    "your request has been received",
    "has been received and",
    "this is an automated",
    "this is an automatic",
    "automated message",
    "automatische bestätigung",
    "automatisch erstellte nachricht",
    "automatisch generierte",
    "message automatique",
    "mensaje automático",
    "auto-reply",
    "autoreply",
    "automatic reply",
    "automated reply",
    "automatische antwort",
    "réponse automatique",
    "respuesta automática",
    "자동 응답",
    "自動応答",
    "confirms receipt",
    "confirm receipt",
    "confirmation of receipt",
    "bestätigen den empfang",
    "accusons bonne réception",
    "confirmamos la recepción",
    "confirmamos el recibo",
    "수신 확인",
    "受信確認",
    "eingangsbestätigung",
    "automatisch versandt",
    "발신 전용",
    "발신전용",
    "자동 안내",
    "자동 발송",
    "자동발송",
    "自動送信",
    "自動返信",
    "we acknowledge receipt",
    "we would like to acknowledge that we have received",
    "bestätigen den eingang",
    "bestätigen wir den eingang",
    "accusons réception",
    "accusé de réception",
    "acusamos recibo",
    "acuse de recibo",
    # Request Tracker's autoreply template.
    "has been automatically generated in response",
    "get back to you as soon as",
    "will respond as soon as",
    "we aim to respond within",
    "a ticket has been created",
    "ticket has been opened",
    "wir haben ihre anfrage erhalten",
    "wir haben ihre nachricht erhalten",
    "ihre anfrage ist bei uns eingegangen",
    "vielen dank für ihre anfrage",
    "nous avons bien reçu votre",
    "nous avons reçu votre",
    "votre demande a bien été reçue",
    "votre demande a été reçue",
    "hemos recibido su",
    "hemos recibido tu",
    "su solicitud ha sido recibida",
    "문의가 접수되었습니다",
    "문의를 접수했습니다",
    "요청이 접수되었습니다",
    "접수되었습니다",
    "お問い合わせを受け付けました",
    "お問い合わせを受け付けいたしました",
    "受け付けました",
    "受付いたしました",
    # "Reception is complete": the receipt itself, with or without a noun.
    "受付が完了",
    "受付完了",
    "접수가 완료",
    "접수 완료",
)

# The inflected confirmations: "We've successfully received your support ticket",
# "Your request has been submitted", "Ihre Anfrage wurde erfolgreich erstellt",
# "votre message a bien été enregistré", "su consulta fue registrada",
# "문의가 정상적으로 접수되었습니다", "ご依頼を承りました".
# A ticket written between a noun and its verb: " (12345)", " #12345", " KIT-12".
_TICKET_ASIDE = r"(?:\s?\(\s?#?[a-z0-9\-]{2,24}\s?\)|\s#?[a-z0-9\-]*[0-9][a-z0-9\-]*)?"

ACKNOWLEDGEMENT_WORDING = re.compile(
    # A promise of updates to come: "we'll email you with an update", "wir schicken Ihnen
    # per E-Mail ein Update", "nous vous enverrons une mise à jour", "te enviaremos una
    # actualización", "진행 상황은 메일로 알려드리겠습니다", "進捗はメールでお知らせします".
    r"(?<![a-z])(?:we|i)(?:'ll| will| shall) (?:email|send|write|notify|update|message) you"
    r"(?: [\w\-]+){0,3} (?:an? )?update(?![a-z])"
    r"|(?<![a-z])(?:we|i)(?:'ll| will) keep you (?:posted|updated|informed)(?![a-z])"
    r"|(?<![a-z])(?:schicken|senden) (?:wir )?ihnen [^.\n]{0,25}(?:ein update|eine aktualisierung)"
    r"|(?<![a-z])halten (?:wir )?sie auf dem laufenden"
    r"|(?<![a-z])(?:enverrons|enverrai) une mise à jour|vous tiendr(?:ons|ai) informée?"
    r"|(?<![a-z])(?:enviaremos|enviaré) una actualización|(?:te|le) mantendremos informad[oa]"
    r"|진행\s?(?:상황|사항)(?:은|을|도)?\s?[^.\n]{0,10}(?:알려|안내해\s?)드리"
    r"|進捗(?:は|を|状況は)[^。\n]{0,10}(?:お知らせ|ご連絡|ご報告)"
    # "We've logged this as 48213", "I have registered it under 48213".
    r"|(?<![a-z])(?:we've|we have|i've|i have) (?:logged|registered|filed|recorded|opened|created)"
    r" (?:this|it) (?:as|under|with)(?![a-z])"
    r"|(?<![a-z])(?:we|we've|we have|i have|i've) (?:successfully |just )?(?:received|got) your "
    r"(?:[a-z\-]+ )?(?:request|message|e-?mail|inquiry|enquiry|ticket|question|case|submission"
    r"|query)"
    # The ticket may stand between the noun and its verb: "Your request (12345) has
    # been received", "Votre ticket KIT-12 a bien été créé", "요청(12345)이 접수되었으며".
    r"|(?<![a-z])your (?:[a-z\-]+ )?(?:request|ticket|case|message|inquiry|enquiry|e-?mail|query)"
    + _TICKET_ASIDE
    + r" (?:has been|was|is) (?:successfully )?"
    r"(?:received|submitted|created|logged|opened|registered|recorded)"
    r"|(?<![a-z])(?:a|your) (?:new )?(?:support )?(?:ticket|case|request)(?: for support)?"
    r" (?:has been|was) (?:created|opened|logged|raised)"
    # Salesforce's "Case Number: 00012345 has been created".
    r"|(?<![a-z])(?:case|ticket|request)(?: number| id| no\.?)?\s*[:：#]?\s*[a-z0-9\-]{3,20}"
    r" (?:has been|was) (?:created|opened|logged)"
    r"|(?<![a-z])(?:we|we'll|our team|an agent|one of our (?:agents|team members|specialists))"
    r" (?:will )?(?:get back to you|respond|reply|be in touch|contact you)"
    r" (?:as soon as|shortly|within|soon)"
    r"|(?:wir haben|haben wir|dass wir) (?:ihre|ihr|ihren) (?:[a-zäöü\-]+ )?(?:[a-zäöü]+-)?"
    r"(?:anfrage|anforderung|anliegen|nachricht|e-?mail|mail|ticket)"
    r"(?: [^.\n]{0,80})? (?:erhalten|empfangen)"
    r"|ihre (?:[a-zäöü\-]+ )?(?:anfrage|nachricht|e-?mail|ticket)"
    + _TICKET_ASIDE
    + r" (?:ist|wurde) (?:bei uns )?"
    r"(?:erfolgreich )?(?:eingegangen|erstellt|aufgenommen|registriert|angelegt|erhalten)"
    r"|(?:es )?(?:wurde|ist) ein (?:neues )?ticket (?:[^.\n]{0,40} )?(?:erstellt|angelegt|eröffnet)"
    r"|nous avons (?:bien )?reçu votre"
    r"|votre (?:demande|message|requête|ticket|e-?mail)"
    + _TICKET_ASIDE
    + r" a (?:bien )?été (?:reçue?|enregistrée?|créée?|transmise?)"
    r"|(?<![a-z])un (?:nouveau )?(?:ticket|dossier) a été (?:créé|ouvert|enregistré)"
    r"|(?:hemos recibido|recibimos) (?:su|tu)"
    r"|(?:su|tu) (?:solicitud|consulta|mensaje|caso|ticket|petición)"
    + _TICKET_ASIDE
    + r" (?:ha sido|fue|se ha) (?:recibid[oa]|registrad[oa]|cread[oa])"
    r"|se ha (?:creado|abierto|registrado) (?:un|el|su) (?:nuevo )?(?:ticket|caso)"
    r"|(?:문의|요청|티켓|신청)" + _TICKET_ASIDE + r"(?:가|이|를|을)?\s?(?:정상적으로\s?)?접수"
    r"(?:되었습니다|됐습니다|했습니다|하였습니다|되었어요|되었으며|되었고|되어)"
    r"|(?:お問い合わせ|ご依頼|リクエスト|チケット|ご質問)"
    + _TICKET_ASIDE
    + r"を?(?:受け付け|受付|承り)(?:ました|いたしました|致しました)"
    # A hand-off to the people who will answer: "I've passed your message to our card
    # team", "ich habe Ihr Anliegen an einen Berater weitergeleitet", "j'ai transmis ton
    # rapport à l'équipe mobile", "he trasladado tu consulta a un gestor", "상담사에게 넘겨
    # 드렸어요", "担当オペレーターに引き継ぎました".
    r"|(?<![a-z])(?:i've|i have|we've|we have|i|we) (?:just |now )?(?:passed|forwarded"
    r"|escalated|handed|transferred|routed|referred|sent|assigned)(?: \w+){0,5}"
    r" (?:to|along to|over to|on to) (?:our|the|a|an|one of our|your)(?![a-z])"
    r"|(?<![a-z])(?:passing|forwarding|escalating|handing) (?:this|it|your \w+)"
    r"(?: \w+)? (?:to|over to|along to|on to)(?![a-z])"
    r"|(?<![a-z])(?:an|zu) (?:unser(?:e|en|em)?|die|den|das|einen?|ihren?) (?:[\wäöü\-]+ ){0,3}?"
    r"(?:team|kolleg\w*|abteilung|berater\w*|fachabteilung|support\w*|spezialist\w*"
    r"|techniker\w*)(?: [\wäöü\-]+){0,3} (?:weitergeleitet|weitergegeben|weitergereicht"
    r"|eskaliert|übergeben)"
    r"|(?<![a-z])(?:weitergeleitet|weitergegeben|weitergereicht|eskaliert|übergeben) an"
    r" (?:unser|die|den|das|einen?)(?![a-z])"
    r"|(?<![a-z])(?:j'ai|nous avons|je l'ai|nous l'avons) (?:bien )?(?:transmis|transféré"
    r"|fait remonter|confié|escaladé|remonté)(?: [\w'\-]+){0,4} (?:à|au|aux)(?![a-z])"
    r"|(?<![a-z])a été (?:transmise?|transférée?|confiée?|escaladée?) (?:à|au|aux)(?![a-z])"
    r"|(?<![a-z])(?:he|hemos|lo he|la he|lo hemos|la hemos|lo paso|la paso|te paso)"
    r"(?: (?:trasladado|transferido|derivado|escalado|enviado|pasado|remitido))?"
    r"(?: [\w\-]+){0,4} (?:al|a la|a los|a las|a nuestro|a nuestra|a un|a una)"
    r" (?:[\w\-]+ )?(?:equipo|departamento|área|gestor|técnico|especialista|soporte|agente)"
    r"|(?:에게|팀에|팀으로|부서에|부서로|담당자에게)\s?(?:바로\s?)?(?:전달(?:했|하였|드렸|해\s?드렸|해\s?두었"
    r"|할게|하겠|되었)|넘겨\s?(?:드렸|두었|드릴)|이관(?:했|하였|되었)|상위\s?전달|에스컬레이션)"
    r"|(?:に|へ)(?:て)?(?:引き継ぎ|引継ぎ|エスカレーション|転送|回付|共有)"
    r"(?:ました|いたしました|致しました|しました|いたします|します)"
    r"|(?:に|へ)回して?おき(?:ます|ました)"
    # "We will get back to you" in Korean and Japanese: "영업일 기준 2일 이내에
    # 답변드리겠습니다", "確認のうえ、2営業日以内にご連絡いたします".
    r"|(?:이내에|순차적으로|빠른 시일 내에|확인 후)\s?(?:답변|연락|회신)\s?(?:을\s?)?드리겠습니다"
    r"|(?:以内に|順次|追って|確認(?:のうえ|の上|次第))[^。\n]{0,20}"
    r"(?:ご連絡|ご返信|ご回答|回答)(?:いたします|します|差し上げます)"
)

# Asks for something from the user. Each phrase counts only in a sentence that
# is not conditional ("If you have more details, please provide them" is the
# courtesy line of an auto-reply, not an ask).
NEEDS_INFO = (
    "could you please send",
    "could you please provide",
    "could you please share",
    "could you please confirm",
    "could you send",
    "could you provide",
    "could you share",
    "could you confirm",
    "could you tell us",
    "can you send",
    "can you provide",
    "can you share",
    "can you confirm",
    "would you mind sending",
    "please provide",
    "please send us",
    "please send the",
    "please share",
    "please confirm",
    "please reply with",
    "we need more information",
    "we need additional information",
    "we need some more information",
    "we need the following",
    "könnten sie uns bitte",
    "könnten sie bitte",
    "können sie uns",
    "bitte senden sie",
    "bitte schicken sie",
    "bitte teilen sie uns",
    "bitte geben sie uns",
    "wir benötigen weitere informationen",
    "wir benötigen noch",
    "benötigen wir",
    "pourriez-vous",
    "pouvez-vous nous",
    "merci de nous envoyer",
    "merci de nous fournir",
    "merci de nous indiquer",
    "veuillez nous fournir",
    "veuillez nous envoyer",
    "veuillez fournir",
    "nous avons besoin de plus d'informations",
    "nous avons besoin d'informations",
    "¿podría",
    "podría enviarnos",
    "podría proporcionar",
    "puede compartir",
    "puede enviarnos",
    "por favor envíe",
    "por favor, envíe",
    "por favor proporcione",
    "por favor, proporcione",
    "necesitamos más información",
    "necesitamos información adicional",
    "보내 주시겠습니까",
    "보내주시겠습니까",
    "보내 주시겠어요",
    "보내 주세요",
    "보내주세요",
    "알려 주시기 바랍니다",
    "알려주시기 바랍니다",
    "알려 주세요",
    "알려주세요",
    "제공해 주시기 바랍니다",
    "제공해 주세요",
    "추가 정보가 필요합니다",
    "送っていただけますか",
    "お送りください",
    "お送りいただけますか",
    "ご提供ください",
    "ご提供いただけますか",
    "教えていただけますか",
    "お知らせください",
    "追加情報が必要",
    "詳細をお知らせ",
)

# The inflected asks: "could you please kindly send us", "would you be able to
# provide", "könnten Sie uns bitte die Protokolle senden", "お送りいただけますでしょうか".
NEEDS_INFO_WORDING = re.compile(
    r"(?<![a-z])(?:could|can|would|will) you (?:please |kindly |also )*"
    r"(?:be able to |try to )?"
    r"(?:send|provide|share|confirm|tell|attach|forward|upload|let us know|reply with|give us"
    r"|describe|clarify|check|verify|include)(?![a-z])"
    r"|(?<![a-z])(?:please|kindly) (?:could you )?(?:send|provide|share|attach|forward|upload"
    r"|reply with|let us know|confirm|describe|clarify|verify)(?![a-z])"
    r"|(?<![a-z])(?:könnten|können|würden) sie (?:uns )?(?:bitte )?(?:noch )?(?:[\w\-]+ ){0,6}?"
    r"(?:senden|schicken|mitteilen|zukommen lassen|geben|bestätigen|nennen|beschreiben"
    r"|hochladen|anhängen)(?![a-z])"
    r"|(?<![a-z])bitte (?:senden|schicken|teilen|geben|nennen|beschreiben|bestätigen) sie"
    r"|(?<![a-z])(?:pourriez|pouvez)-vous (?:nous )?(?:[\w'\-]+ ){0,4}?"
    r"(?:envoyer|fournir|transmettre|indiquer|préciser|confirmer|partager|communiquer)"
    r"|(?<![a-z])(?:nos |me )?(?:podría|podrías|puede|puedes|podrían) (?:usted )?"
    r"(?:por favor )?(?:enviar|proporcionar|compartir|indicar|confirmar|adjuntar|facilitar"
    r"|decir)(?:nos|me)?(?![a-z])"
    r"|(?<![a-z])(?:le|les|te) (?:rogamos|agradeceríamos|agradecería)(?: que)? (?:nos )?"
    r"(?:remit|envi|enví|indiqu|facilit|confirm|proporcion|adjunt|mand)\w*"
    r"|(?<![a-z])por favor,? (?:indíquenos|indícanos|envíenos|envíanos|facilítenos|confírmenos"
    r"|proporciónenos|adjunte|envíe|indique|confirme)"
    r"|(?<![a-z])(?:para (?:poder )?(?:continuar|avanzar|ayudarle|ayudarte),? )?necesitamos"
    r" (?:que nos|el|la|los|las|su|sus|tu|tus|una?|unos|unas|algun\w*|más)(?![a-z])"
    r"|(?<![a-z])il nous (?:faut|faudrait|manque)(?! (?:un peu )?(?:plus de |encore du )?temps)"
    # (not across "いたします": "順次ご連絡いたしますので、お待ちください" is our promise)
    r"|(?:送|提供|教え|共有|添付|ご連絡|お知らせ|ご返信|ご回答)(?:(?!いたし|致し|します)[^。！？\n]){0,12}"
    r"(?:いただけますか|いただけますでしょうか"
    r"|いただけませんか|ください|くださいますよう|いただけますと幸い|いただけると幸い"
    r"|いただければ幸い|いただきたく)"
    r"|(?:보내|제공해|알려|공유해|첨부해|확인해|회신해|답장해|말씀해|기재해|작성해|전달해)\s?"
    r"(?:주시겠어요|주시겠습니까|주시기 바랍니다|주세요|주십시오|주시면"
    r"|주실\s?수\s?(?:있을까요|있으신가요|있으실까요|있습니까))"
    r"|(?:회신|답변|전달|첨부|확인|제출)(?:을|를)?\s?부탁(?:드립니다|드려요|합니다)"
    # "We need a few more details", "we'll need some additional information",
    # "추가 정보가 필요합니다", "nous aurions besoin de", "necesitaríamos".
    r"|(?<![a-z])(?:we|i)(?: will| would|'ll|'d)? (?:need|require)"
    r" (?:a few |some |a bit |a little )?"
    r"(?:more|additional|further) (?:information|details|info)"
    r"|(?<![a-z])(?:more|additional|further) (?:information|details) (?:is|are) (?:needed|required)"
    r"|추가\s?(?:정보|자료)(?:가|를)?\s?(?:필요|보내|제공|요청|알려|주시)"
    r"|nous aurions besoin d|necesitar[íi]amos|wir würden (?:noch )?[\w\- ]{0,30}benötigen"
    # What is still missing: "mir fehlt nur noch eine Angabe", "il me manque une
    # information", "me falta un dato", "I just need one more thing from you".
    r"|(?<![a-z])(?:mir|uns) fehl(?:t|en) (?:nur )?(?:noch )?(?:eine?|die|der|das|ihre?)(?![a-z])"
    r"|(?<![a-z])il (?:me|nous) manque|(?<![a-z])(?:me|nos) falta(?:n)?(?![a-z])"
    # "the last piece I'm missing is the error text", "was mir noch fehlt, ist ...",
    # "最後に必要なのは...です", "마지막으로 필요한 것은 ...입니다".
    r"|(?<![a-z])(?:i'm|i am|we're|we are) (?:still |only )?missing(?![a-z])"
    r"|(?<![a-z])(?:the )?(?:last|only|one) (?:piece|thing|detail|item)s?"
    r" (?:(?:i|we) )?(?:still )?(?:need|require)(?![a-z])"
    r"|(?<![a-z])was (?:mir|uns) (?:jetzt )?(?:noch )?fehlt(?![a-z])"
    r"|(?:最後に|あと|まだ)必要なのは|(?:마지막으로|추가로|아직) 필요한 (?:것은|건)"
    r"|(?<![a-z])(?<!n't )(?<!not )(?<!no )need (?!nothing)[^.\n]{0,30}from you(?![a-z])"
    # "let me know whether it fails the same way", "geben Sie mir Bescheid, ob ...".
    r"|(?<![a-z])(?:let (?:me|us) know|tell (?:me|us)) (?:whether|how|which|what|when)(?![a-z])"
    r"|(?<![a-z])geben sie (?:mir|uns) bescheid,? ob(?![a-z])|dites-(?:moi|nous) si(?![a-z])"
    # Imperatives: "Teilen Sie uns bitte die Domain mit", "Senden Sie uns ...",
    # "merci de nous préciser ...", "veuillez nous indiquer ..." (not "merci de
    # patienter", "veuillez agréer", "merci de nous avoir contactés", "bitte antworten
    # Sie nicht").
    r"|^\s*(?:bitte )?(?:senden|schicken|teilen|geben|nennen|beschreiben|bestätigen|laden"
    r"|hängen|prüfen|überprüfen|antworten|schildern|übermitteln|leiten|reichen|fügen"
    r"|führen) sie(?![a-z])(?! nicht)"
    r"|(?<![a-z])(?:merci de|veuillez|je vous prie de|nous vous prions de) (?:bien vouloir )?"
    r"(?:nous |me )?(?!patienter|noter|agréer|excuser|accepter|avoir|être|votre|notre|leur)"
    r"[a-zéè]+(?:er|ir|re)(?![a-z])"
    r"|(?<![a-z])(?!contactez|appelez)(?:[a-zéè]+ez|dites|faites)-(?:nous|moi)(?![a-z])"
    r"|(?<![a-z])(?:envíe|envía|indíque|indíca|facilíte|facilíta|confírme|confírma|proporcióne"
    r"|proporcióna|adjúnte|adjúnta|mánde|mánda|díga|di|compárta|compárte|escríba|escríbe"
    r"|cuénte|cuénta|reenvíe|reenvía|remíta|remíte)(?:nos|me)(?![a-z])"
    # "To verify the account, reply with the last four digits ...", "responde con ...",
    # "répondez avec ...", "antworten Sie mit ..." (an imperative at the clause start:
    # not "we will reply with an update").
    r"|(?:^|[,:;]\s*|(?<![a-z])please )(?:reply|respond|answer|write back)"
    r" (?:to this (?:e-?mail|message) )?with(?![a-z])"
    r"|(?:^|[,:;]\s*)(?:respond[ae]|responda|contest[ae]|conteste)(?:nos)? con(?![a-z])"
    r"|(?:^|[,:;]\s*)(?:répondez|réponds)(?:-nous|-moi)? (?:avec|en (?:nous )?(?:indiquant"
    r"|précisant|donnant))(?![a-z])"
    r"|(?<![a-z])antworten sie (?:uns |mir )?(?:bitte )?mit(?![a-z])"
    # A blocker: "we're unable to go further without the order number", "ohne die
    # Bestellnummer kommen wir nicht weiter", "sin el número no podemos seguir",
    # "注文番号がないと、これ以上調査を進められません", "주문 번호가 없으면 진행하기 어렵습니다".
    r"|(?<![a-z])(?:unable to|can't|cannot|can not|won't be able to) (?:go|proceed|continue"
    r"|move|investigate|look)[^.\n]{0,25}? without(?![a-z])"
    r"|(?<![a-z])without [^.\n]{1,60}?(?:we|i) (?:can't|cannot|can not|are unable|won't)"
    r"|(?<![a-z])ohne [^.\n]{1,60}?(?:kommen wir nicht weiter|können wir nicht)"
    r"|(?<![a-z])sans [^.\n]{1,60}?nous ne pouvons pas|ne pouvons pas (?:aller plus loin"
    r"|continuer|avancer|poursuivre) sans"
    r"|(?<![a-z])sin [^.\n]{1,60}?no podemos|no podemos (?:seguir|continuar|avanzar) sin"
    r"|(?:がないと|がなければ|なしでは)[^。\n]{0,20}(?:進められません|できません|進めることができません)"
    r"|없(?:으면|이는)[^.\n]{0,20}(?:어렵습니다|어려워|진행할 수 없|진행이 어렵)"
    # Put something into your reply: "paste the output into your reply", "fügen Sie die
    # Ausgabe in Ihre Antwort ein", "collez le résultat dans votre réponse", "결과를 답장에
    # 붙여 주세요", "出力を返信に貼り付けてください".
    r"|(?<![a-z])(?:into|in|to|with) your (?:reply|response|answer)(?![a-z])"
    r"|(?<![a-z])in ihre(?:r)? antwort(?![a-z])|(?<![a-z])dans votre réponse(?![a-z])"
    r"|(?<![a-z])en (?:tu|su) respuesta(?![a-z])"
    r"|(?:답장|회신)에 [^.\n]{0,15}(?:주세요|주십시오|주시기 바랍니다)"
    r"|返信に[^。\n]{0,15}(?:ください|いただけますか)"
    # "we'll have to see the exact request", "müssen wir die genaue Anfrage sehen",
    # "nous devons voir", "tenemos que ver", "보아야 합니다", "拝見する必要がございます".
    r"|(?<![a-z])(?:we|i)(?:'ll| will)? (?:have to|need to|must) see(?![a-z])"
    r"|(?<![a-z])müssen wir [^.\n]{0,40}sehen(?![a-z])|(?<![a-z])nous devons voir(?![a-z])"
    r"|(?<![a-z])(?:tenemos que|necesitamos) ver(?![a-z])|(?:보아야|봐야) 합니다"
    r"|拝見する必要"
    r"|nous avons besoin (?:de |d')(?:quelques |plus d'|d'autres )?"
    r"(?:informations|détails|précisions)"
    r"|ご教示(?:ください|いただけますか|いただけますでしょうか)"
    # "we need you to confirm ...", "we'll need a copy of the invoice", "wir benötigen
    # zur Prüfung noch eine Kopie" (not "we need to check" or "wir brauchen etwas Zeit").
    r"|(?<![a-z])(?:we|i)(?: will| would|'ll|'d)? (?:need|require) (?:you(?: to)?|your|from you"
    r"|(?:a|the|some) (?:copy|screenshot|screen recording|log|logs|file|document|receipt"
    r"|invoice|photo|number|name|address|link|example|confirmation|proof))(?![a-z])"
    r"|(?<![a-z])(?:wir benötigen|wir brauchen|benötigen wir|brauchen wir)(?![a-z])"
    r"(?! (?:etwas |noch |mehr |ein wenig |ein bisschen )*(?:zeit|geduld))"
    r"|nous avons besoin (?:de votre|que vous)|necesitamos (?:su|tu|que)"
    # What would help: "it would help to know which date ...", "es wäre hilfreich zu
    # wissen", "il serait utile de savoir", "nos ayudaría saber", "日付がわかると助かります",
    # "알려 주시면 도움이 됩니다"; and the conditional mood of need: "we'd need the order
    # number", "wir bräuchten noch Ihre Kundennummer".
    r"|(?<![a-z])(?:it|that) (?:would|'d) (?:really |also )?help (?:a lot |us )?"
    r"(?:to know|if you could|if we (?:had|knew|could see))(?![a-z])"
    r"|(?<![a-z])(?:es )?wäre (?:uns |für uns )?(?:sehr |eine große )?(?:hilfreich|hilfe)"
    r"(?: zu wissen)?(?![a-z])"
    r"|(?<![a-z])(?:il |ce )(?:nous )?serait (?:très |vraiment )?utile (?:de savoir|d'avoir"
    r"|de connaître|que vous)"
    r"|(?<![a-z])nos (?:ayudaría|sería de (?:gran |mucha )?ayuda|vendría bien) (?:saber|conocer"
    r"|tener|que)"
    r"|(?:わかる|分かる|教えていただける|お知らせいただける|ご共有いただける)と(?:大変)?助かります"
    r"|(?:알려|보내|공유해) 주시면 (?:큰 |많은 )?도움이 됩니다"
    r"|(?<![a-z])(?:we|i)(?:'d| would) need (?!to (?:check|look|wait|investigate|escalate)"
    r"|(?:more |some |a bit more |a little more )?time)"
    r"|(?<![a-z])(?:wir|ich) (?:bräuchten|bräuchte|benötigten)(?![a-z])"
    r"|(?:사본|자료|정보|스크린샷|캡처|로그|번호|주소|이름|파일|영수증|사진|증빙)[^.\n]{0,10}?"
    r"(?:이|가)\s?필요"
    r"|(?:コピー|資料|情報|スクリーンショット|ログ|番号|住所|お名前|ファイル|領収書)(?:が|を)\s?"
    r"(?:必要|ご用意)"
)

# Our own need, not the user's: "we need to check with the bank", "il nous faut encore
# du temps", "wir brauchen etwas Zeit", "necesitamos un poco más de tiempo", "조금 더 시간이
# 필요합니다", "お時間をいただいております". An answer that says so asks for nothing.
OUR_NEED = re.compile(
    r"(?<![a-z])(?:we|i)(?:'ll| will| would|'d)? (?:need|have) (?:to (?:check|look|wait|investigate"
    r"|escalate|confirm with|verify with|talk to|speak to|ask)"
    r"|(?:a bit |a little |some )?(?:more )?time)(?![a-z])"
    r"|(?<![a-z])(?:wir|ich) (?:brauchen|benötigen|bräuchten|brauche)(?: noch)?"
    r" (?:etwas |ein wenig |ein bisschen |mehr )*(?:zeit|geduld)(?![a-z])"
    r"|(?<![a-z])il nous (?:faut|faudra|faudrait) (?:encore )?(?:un peu )?(?:plus de |du )?temps"
    r"|(?<![a-z])necesitamos (?:un poco )?(?:más )?tiempo(?![a-z])"
    r"|(?:조금 더 |추가 )?시간이 (?:더 )?필요|(?:お時間|時間)(?:を|が)(?:いただ|頂|要し|必要)"
)
# An instruction with its outcome is a solution, not an ask: "clear the cache, then it
# works", "dann funktioniert es wieder", "ça devrait régler le problème", "y ya debería
# funcionar", "재부팅하시면 정상적으로 작동합니다", "再起動いただければ解消いたします".
SOLVES = re.compile(
    r"(?<![a-z])(?:then|and|after that) (?:it|this|that|everything)(?:'ll| will| should)"
    r" (?:work|be fixed|be back|sync|load)(?![a-z])"
    r"|(?<![a-z])(?:that|this) (?:should|will) (?:fix|solve|resolve|sort) (?:it|this|the)(?![a-z])"
    r"|(?<![a-z])dann (?:funktioniert|klappt|geht|läuft) (?:es|das|alles)(?![a-z])"
    r"|(?<![a-z])(?:sollte|müsste|wird) (?:es|das) (?:wieder )?(?:funktionieren|klappen|gehen)"
    r"|(?<![a-z])(?:ça|cela|ce qui) (?:devrait|va|doit) (?:fonctionner|marcher|régler|résoudre)"
    r"|(?<![a-z])et (?:ça|cela|tout) (?:fonctionnera|marchera|rentrera dans l'ordre)"
    r"|(?<![a-z])(?:debería|deberá|va a) (?:volver a )?(?:funcionar|resolverse|solucionarse)"
    r"|(?<![a-z])y (?:ya )?(?:funcionará|se solucionará|quedará resuelto)"
    r"|(?:하시면|하면|하신 후|하신 뒤)[^.\n]{0,15}(?:정상적으로|다시) (?:작동|이용|사용|표시)"
    r"|(?:すると|すれば|いただくと|いただければ|後に)[^。\n]{0,15}(?:解消|改善|正常に|ご利用いただけ)"
)

# Sentence-level cues: two words of a family in one sentence, in any order, so that
# word order, inflection and what stands between them do not matter. A cue counts
# only in a sentence that is not conditional, not negated and not a question.
#
# The nouns a helpdesk names the user's request by (not "issue" or "problem": "the
# problem was solved" is an answer; "your ticket was closed" is a notice).
REQUEST_NOUN = re.compile(
    r"(?<![a-z])(?:ticket|request|case|conversation|inquiry|enquiry|query|submission"
    r"|vorgang|anfrage|anliegen|fall|supportanfrage|serviceanfrage"
    r"|demande|dossier|requête|solicitud|caso|consulta|petición|conversación|incidencia"
    r"|incidente|incident|unterhaltung|konversation)(?:s|en|e)?(?![a-z])"
    r"|(?<![a-z])(?:support|service|kunden)(?:anfrage|ticket|fall)"
    r"|(?<![a-z])(?:vorgangs|ticket|referenz|anfrage)nummer(?![a-z])"
    # (not the verbs "요청하신 환불", "문의하신 내용": what was asked for, not the request)
    r"|(?:문의|요청)(?:하신|한|드린) 내용|(?:문의|요청)(?!하신|한|드린|하셨|하시|드렸)|티켓"
    r"|(?:본|해당|요청하신|문의하신|이|\d)\s?건(?=[은는이을를의\s]|$)"
    r"|대화|상담|本件|やり取り|やりとり|ケース|チケット|お問い合わせ|お問合せ|案件|ご依頼|会話"
    r"|リクエスト|요청 건|문의 건|케이스|사안"
    r"|(?<![a-z])(?:matter|angelegenheit|affaire|asunto|réclamation|reclamación|auftrag|thema"
    r"|gespräch)(?![a-z])"
)
# The same nouns plus the mail itself, for "your message reached us".
RECEIVED_NOUN = re.compile(
    REQUEST_NOUN.pattern
    + r"|(?<![a-z])(?:message|e-?mail|mail|nachricht|mensaje|correo|courriel)(?![a-z])"
    # what the user reported: "your report", "Ihre Meldung", "votre signalement"
    r"|(?<![a-z])(?:report|bug report|meldung|hinweis|signalement|rapport|reporte|aviso)(?![a-z])"
    r"|메일|메시지|제보|신고|メール|ご連絡|ご報告"
)
# Solved or closed, as a participle, a verb or a state: "has been automatically
# closed", "I'm going to mark this ticket as resolved", "haben wir Ihr Ticket
# geschlossen", "als gelöst markieren", "클로즈", "종료하였습니다", "クローズされました".
CLOSURE = re.compile(
    r"(?<![a-z])(?:closed|resolved|solved|closing|close out|close|closes"
    r"|as (?:resolved|solved|closed|done|complete)|(?:been|is|was|now) completed)(?![a-z])"
    r"|(?<![a-z])(?:geschlossen|gelöst|abgeschlossen|als erledigt|schliessen|schliessen wir"
    r"|schliesse|schliesst|schloss|clos|finalizad[oa]s?|terminée?s?|terminad[oa]s?|beendet"
    r"|wrap(?:s|ping|ped)? (?:up|this up|it up)"
    r"|clôtur(?:e|es|ons|er|é|ée|és|ées|erai|erons)|ferm(?:e|ons|er|é|ée|és|ées|erai|erons)"
    r"|résolue?s?"
    r"|cerrad[oa]s?|cerr(?:ar|amos|aré|aremos|ó)|cierr[oa]|resuelt[oa]s?|solucionad[oa]s?"
    r"|completad[oa]s?|complétée?s?|resolvi(?:ó|mos)|resolveremos)(?![a-z])"
    r"|종료(?:하였|했|되었|됐|합니다|하겠|처리|할게|할께|해 두|해 드리)|종결"
    r"|(?:처리\s?)?완료(?:되었|됐|했|하였|처리)|해결(?:되었|됐|완료|됨)"
    r"|닫(?:겠|았|혔|힙|습|아)|마무리(?:하겠|했|합니다|되었|하였|짓)|해결\s?처리"
    r"|(?:완료|종료|해결|닫힘)\s?(?:상태)?(?:로|으로)\s?(?:표시|변경|처리|전환)"
    r"|完結|締め(?:させ|ます|まし)|解決(?:となり|しました|いたしました)"
    r"|クローズ|終了(?:し|いた|させ|と)|解決済|完了(?:し|いた|と|に(?:し|いた|させ))|閉じ(?:られ|ま|させ|さ)|閉鎖|完了扱い"
)
# The stems of closure words, loosely, in any inflection ("se cerrará", "종료될 예정",
# "クローズされます", "gelöst", "résolu", "marked as done"): not a cue of its own, only
# what the learned reading needs to see before it reads a closure.
CLOSURE_STEM = re.compile(
    r"(?<![a-z])(?:clos|resolv|solv|solution|done|complete|finish|wrap|settled|sorted"
    r"|schliess|geschloss|gelöst|lös|erledig|abgeschlossen|beend|geklärt"
    r"|clôtur|ferm|résol|termin|réglé|cerr|cierr|resuel|resolv|soluci|finaliz|complet)"
    r"|종료|종결|마무리|해결|닫|완료|처리\s?완료|クローズ|終了|解決|完了|閉じ|締め|完結|解消"
)
# What makes a closure word no closure: a negation just before it ("has not been
# closed", "noch nicht geschlossen") or just after it in Korean and Japanese ("종료되지
# 않았습니다", "クローズしていません"), a reopening, or a "before" ("Before we close
# this ticket, could you confirm ...?" is an ask).
NEGATED_BEFORE = re.compile(
    r"(?<![a-z])(?:not|never|no longer|yet to|n't|nicht|pas|plus|jamais|no|aún no|todavía no)"
    r"(?: [\w'\-]+){0,2} ?$"
)
NEGATED_AFTER = re.compile(r"^.{0,6}(?:지 않|지 못|ません|ていない|ておりません)")
NOT_A_CLOSURE = re.compile(
    r"(?<![a-z])(?:reopen\w*|re-open\w*|before|bevor|avant|antes|wieder (?:geöffnet|eröffnet)"
    r"|rouver\w*|reabiert\w*|reabrir\w*)(?![a-z])"
    r"|다시 열|재개|再開|再オープン|前に"
)
# What else may be closed: "we're closing your account as requested" is an answer.
CLOSED_OTHER = re.compile(
    r"(?<![a-z])(?:account|subscription|konto|abonnement|abo|compte|cuenta|suscripción|workspace"
    r"|organi[sz]ation"
    # places that close for the day: "counter 3 is closed on Fridays", "la mairie est fermée"
    r"|counter|lobby|store|shop|office|branch|warehouse|mairie|agence|boutique|entrepôt|filiale"
    r"|schalter|laden|lager"
    r"|geschäft|oficina|tienda|sucursal|almacén)(?![a-z])|계정|구독|지점|매장|창고|アカウント|サブスクリプション|契約"
    r"|窓口|店舗|支店|倉庫"
)
# Idioms that use a request noun for something else: "in this case", "auf jeden Fall",
# "en este caso", "dans ce cas".
NOUN_IDIOM = re.compile(
    r"(?<![a-z])(?:in|im|en|auf|in any|in that|in which|just in)"
    r" (?:this |that |any |each |diesem |jedem |jeden |este |ese |ese |cualquier |todo )?"
    r"(?:case|fall|caso)(?![a-z])"
)
# Received, registered or queued: "your message has reached our team", "ist bei uns
# angekommen", "nous est bien parvenu", "ha llegado correctamente", "wir haben Ihre
# Anfrage unter der Vorgangsnummer ... erfasst", "ya está en nuestra cola",
# "정상 접수되었습니다", "受付が完了しました".
RECEIPT_VERB = re.compile(
    r"(?<![a-z])(?:received|reached (?:us|our|the)|arrived|landed|come through|made it"
    r"|logged|registered|recorded|queued|opened|created|queue|in the hands of"
    r"|erhalten|eingegangen|angekommen|erfasst|registriert|aufgenommen|angelegt"
    r"|warteschlange|eröffnet|erstellt|geführt|notiert|vermerkt|noted|vorliegt|vorliegen"
    r"|liegt (?:uns|mir|bei uns) (?:bereits |jetzt |nun )?vor"
    r"|went through|gone through|(?:was|were|been) submitted"
    # "we confirm that your request ...", "hiermit bestätigen wir, dass Ihre Anfrage ...".
    r"|confirm(?:s|ing)? that|bestätigen wir|(?:vous |te |le )?confirm(?:ons|amos) que|consta"
    r"|reçue?s?|parvenue?s?|enregistrée?s?|arrivée?s?|prise? en (?:compte|charge)|file d'attente"
    r"|ouverte?s?|créée?s?|notée?s?"
    r"|recibid[oa]s?|llegado|registrad[oa]s?|cola|en manos de|abiert[oa]s?|cread[oa]s?"
    r"|abri(?:ó|mos)|cre(?:ó|amos)|registr(?:ó|amos)"
    # "we have your message", "we've got your email", "tenemos tu mensaje".
    r"|(?:we|i) (?:now )?(?:have|'ve got|have got|got) (?:your|the)|nous avons bien votre"
    # In the queue: "your ticket is waiting for the next free agent", "wartet auf den
    # nächsten freien Mitarbeiter", "attend le prochain agent", "espera al próximo agente".
    r"|waiting for (?:the next|an?) (?:free |available )?(?:agent|engineer|person|member"
    r"|specialist)|wartet auf (?:den nächsten|einen)|attend (?:le prochain|un) (?:agent"
    r"|technicien|conseiller)|espera al próximo|entre les mains"
    r"|tenemos (?:tu|su)|wir haben ihre)(?![a-z])"
    r"|수신(?:되었|됐|했|하였)|(?:잘\s?)?받았(?:습니다|어요|으며|고)|대기열"
    r"|(?:다음|담당) (?:상담원|직원|담당자)(?:을|를) 기다리|対応待ち|待機中|수령(?:하였|했|되었)"
    r"|접수(?:되|했|하였|완료)|(?:메시지|메일|문의)(?:를|을) 확인(?:했|하였)|등록(?:되었|됐)"
    r"|생성(?:되었|됐|했|하였)|만들어졌|개설(?:되었|됐)|作成され|起票|受信いたし|受信しました"
    r"|お預かり(?:しました|いたしました)|作成(?:いた)?しました"
    r"|届いて(?:おります|います)|受付(?:が完了|完了|いた|し)|受け付け|承りました|届きました"
)
# A promise to answer soon, in either order: "a specialist will look into it shortly",
# "our typical response time is one business day", "le contestaremos en un plazo de
# 24 horas", "unser Team meldet sich in Kürze", "1営業日以内に回答いたします".
FUTURE_REPLY = re.compile(
    r"(?<![a-z])(?:get back to you|respond to you|reply to you|be in touch|contact you|follow up"
    r"|reach out|get in touch|be in contact|pondr(?:á|án) en contacto"
    r"|look into (?:it|this|your)|review (?:it|this|your)|response time"
    r"|(?:will|'ll) (?:respond|reply)"
    r"|(?:we|team|engineers|agents?|specialists?|someone|they)(?: [a-z]+)? (?:respond|reply|answer)"
    r"|pick (?:it|this|your \w+) up|take a look|be assigned|(?:will|'ll) write"
    r"|hear (?:back )?from (?:us|a|an|our|someone|one of)(?![a-z])"
    r"|(?:will|shall) be (?:answered|handled|reviewed|processed|looked at|picked up)"
    r"|kommen (?:[\wäöü]+ ){0,5}auf sie zu|beantwort(?:et|en)|prendr\w+ en charge"
    r"|(?:replies|answers|responds|reply|answer|respond) in the order|escribir(?:á|án|emos)"
    r"|(?:erhalten|bekommen) (?:sie )?(?:von uns )?eine antwort|schreiben (?:wir )?ihnen"
    r"|recevrez une réponse|vous écrir\w+|recibir\w* una respuesta|escribiremos"
    r"|melden uns|meldet sich|melden sich|antworten (?:wir|ihnen)|bearbeiten"
    r"|répondr\w+|recontacter\w*|contacter\w*|reviendr\w+ vers vous|revenons vers vous"
    r"|trait(?:er|é|ée|és|ées|era|erons)"
    r"|contestar\w+|responder\w+|pondremos en contacto|atender\w+)(?![a-z])"
    r"|(?:답변|답장|연락|회신|안내)\s?(?:을|를|해)?\s?드(?:리|릴|립)"
    r"|처리하고 있|검토 후|확인하는 대로"
    r"|(?:ご連絡|ご返信|ご回答|回答|対応|ご案内)(?:いたします|します|差し上げ|させていただ|しており)"
)
SOON = re.compile(
    r"(?<![a-z])(?:as soon as|shortly|soon|within|in the next|business days?|working days?|hours"
    r"|in kürze|innerhalb|schnellstmöglich|so bald|sobald|so schnell wie möglich|baldmöglichst"
    r"|zeitnah|stunden|werktag\w*"
    r"|reihenfolge|sous|d'ici|prochainement|rapidement|dès que|heures|jours ouvrés|au plus vite"
    r"|très vite|brefs délais|meilleurs délais|en cuanto|cuanto antes|próximas"
    r"|in the order|dans l'ordre|en el orden"
    r"|en breve|pronto|lo antes posible|dentro de|en un plazo|horas|días hábiles|día hábil"
    r"|en orden)(?![a-z])"
    r"|영업일|이내|빠르게|빠른 시일|곧|바로|즉시|순차적|순서대로"
    r"|以内|営業日|順次|追って|改めて|早急|順番|次第|到着順|受付順"
)
# A question asks the reader for an answer ("Which browser are you using?"), unless
# it is the courtesy of a closing line ("Is there anything else?") or rhetorical.
QUESTION = re.compile(
    r"[?？]|(?:까요|나요|습니까|(?:です|でした|ます|ました|ません|でしょう)か)[\s。.]*$"
)
COURTESY_QUESTION = re.compile(
    r"(?<![a-z])(?:anything else|something else|any other|other questions|further questions"
    r"|does (?:this|that) (?:help|answer|make sense|work for you)|help you with"
    r"|weitere fragen|sonst noch|noch etwas|autre chose|d'autres questions|algo más"
    r"|otra pregunta|otras preguntas|did you know|wussten sie|saviez-vous|sabías"
    r"|^\s*(?:why|warum|wieso|pourquoi|por qué|¿por qué))(?![a-z])|^\s*(?:왜|なぜ|どうして)"
    r"|다른 문의|추가 문의|추가로 궁금|궁금하신|더 필요하신|도움이 되셨"
    r"|他にご質問|ほかにご質問|他に何か"
    r"|お役に立て"
)

CONDITIONAL = re.compile(
    r"(?<![a-z])(?:if|in case|should you|feel free|whenever|unless|otherwise"
    r"|falls|wenn|sofern|gerne|sonst|andernfalls"
    r"|si vous|s'il y a|si jamais|n'hésitez pas|sinon|à moins"
    r"|si tiene|si necesita|si desea|si usted|no dude|de lo contrario|a menos)(?![a-z])"
    r"|경우|있으시면|있으면|場合|ございましたら|あれば|でしたら"
    # "if it happens again": "오류가 다시 나타나면", "재발하면" (not every "-면": "차례가
    # 되면 연락드리겠습니다" is "when", and "번호가 없으면 진행하기 어렵습니다" a blocker).
    r"|다시 [가-힣]*면(?=[\s,])|재발(?:하|되)면"
)
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")

# Mail that shares the vendor's domain but is no support reply.
NOT_SUPPORT = (
    "verification code",
    "login code",
    "log-in code",
    "sign-in code",
    "security code",
    "one-time code",
    "your code is",
    "password reset",
    "reset your password",
    "new sign-in",
    "new login",
    "security alert",
    "bestätigungscode",
    "anmeldecode",
    "sicherheitscode",
    "passwort zurücksetzen",
    "code de vérification",
    "code de connexion",
    "réinitialiser votre mot de passe",
    "código de verificación",
    "código de inicio de sesión",
    "restablecer tu contraseña",
    "인증 코드",
    "인증코드",
    "로그인 코드",
    "認証コード",
    "確認コード",
    "ログインコード",
)
# Receipts and invoices: only in a subject that does not continue a
# conversation ("Re: question about my invoice" is support).
RECEIPT = re.compile(
    r"(?<![a-z])(?:receipt|invoice|payment (?:received|confirmation)|your subscription"
    r"|rechnung|quittung|zahlungsbestätigung|reçu|facture|recibo|factura"
    r"|영수증|청구서|결제 완료|領収書|請求書|お支払い"
    # Order confirmations and shipping notices: "Order #55123 confirmed".
    r"|order confirm(?:ation|ed)|order\s+(?:#\s?|no\.?\s?)?[0-9][0-9\-]*\s+(?:is\s+|has\s+)?"
    r"(?:confirmed|shipped|dispatched)"
    r"|your order (?:has |is |was )?(?:been )?(?:confirmed|shipped|dispatched)"
    r"|bestellbestätigung|confirmation de commande|confirmación de(?:l)? pedido"
    r"|주문 확인|ご注文確認|ご注文の確認)(?![a-z])"
)
# Delivery status and read-receipt reports (RFC 3464, RFC 8098) and the
# addresses MTAs send them from: a bounce from the vendor's own mail server is
# no reply, whatever it quotes of the user's message.
REPORT_TYPE = re.compile(
    r"multipart/report\s*;.*report-type\s*=\s*\"?(?:delivery-status|disposition-notification)",
    re.IGNORECASE,
)
MTA_LOCAL_PARTS = frozenset({"mailer-daemon", "postmaster"})
MARKETING = re.compile(
    r"(?<![a-z])(?:newsletter|webinar|introducing|announcing|new features?|product update"
    r"|what's new|event|unsubscribe|neuigkeiten|nouveautés|novedades"
    r"|뉴스레터|ニュースレター|新機能)(?![a-z])"
)
