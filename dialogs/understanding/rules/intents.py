"""What a cardholder asks for or tells, whatever the question: an intent, the cause of the
missed payment, a vulnerability, the card's last four digits, the language named.
"""

from __future__ import annotations

import re
from enum import StrEnum

from dialogs.domain.vocabulary import Cause
from dialogs.understanding.rules.amounts.corrections import _CORRECTION
from dialogs.understanding.rules.cardholder import _WRITTEN_FOR_THE_CARDHOLDER
from dialogs.understanding.rules.numerals import (
    _CN_DIGIT_CLASS,
    CHINESE_DIGITS,
    _spell_out,
    without_phone_numbers,
)
from dialogs.understanding.rules.safety import _NOT_DISPUTE, _own_money_lost
from dialogs.understanding.rules.text import (
    Phrases,
    alternatives,
    compile_phrases,
    fold,
    normalize,
    regex,
    words_only,
)


class Intent(StrEnum):
    """What a cardholder may ask for at any step, whatever the question was."""

    PERSON = "person"
    STOP_REMINDERS = "stop_reminders"
    RESUME_REMINDERS = "resume_reminders"
    HELP = "help"
    LANGUAGE = "language"
    PLAN = "plan"
    AGREE = "agree"


# ================================================================================================
# Intents, causes, vulnerability
# ================================================================================================

#: Said before or after a request without changing it: "please", "I want to", "请", "kérem".
REQUEST_BEFORE = (
    r"please", r"pls", r"plz", r"i want(?: to)?", r"i wanna", r"i'd like(?: to)?",
    r"i would like(?: to)?", r"i need(?: to)?", r"can i", r"could i", r"may i", r"let me",
    r"can you", r"could you", r"just", r"show me", r"show", r"give me", r"get me", r"go to",
    r"kérem", r"kérek", r"kérlek", r"szeretnék", r"szeretném", r"legyen szíves",
    r"请", r"我要", r"我想", r"想", r"要", r"帮我", r"麻烦", r"给我", r"我需要", r"需要",
)  # fmt: skip


_REQUEST_BEFORE = alternatives(REQUEST_BEFORE)
REQUEST_AFTER = (
    r"please", r"pls", r"plz", r"thanks", r"thank you", r"thx", r"now", r"asap",
    r"kérem", r"kérek", r"köszönöm", r"köszi", r"most", r"légyszi", r"légyszíves",
    r"谢谢", r"吧", r"了", r"啊", r"呀", r"一下",
)  # fmt: skip
_REQUEST_AFTER = alternatives(REQUEST_AFTER)

#: The whole message, give or take the words above, is the request. Short words such as "help",
#: "stop" or "plan" mean the request only when they are all there is: "I can't stop worrying"
#: is not a request to stop reminders, "I need help paying" is not a request for the help text.
INTENT_WHOLE_MESSAGE: dict[Intent, tuple[str, ...]] = {
    Intent.PERSON: (
        r"(?:(?:a|an|the|real|live|actual|talk to|speak to|talk with|speak with|to) )*"
        r"(?:person|human|agent|operator|representative|someone|somebody|people|manager)",
        r"customer (?:service|support)",
        r"转?(?<!工)人工(?!智能|资|資|出|发|發|係|系)(?:客服|服务)?", r"客服", r"真人(?:客服)?",
        r"ügyintéző\w*", r"(?:élő )?ember\w*", r"ügyfélszolgálat\w*", r"munkatárs\w*",
    ),
    Intent.STOP_REMINDERS: (
        r"stop(?: it| that| this| everything| all| now)?", r"unsubscribe", r"opt ?out",
        r"停", r"停止", r"别发了", r"退订", r"不要再发了",
        r"leiratkoz\w*", r"állj(?:on)? le", r"ne írj(?:on)?(?: többet)?",
    ),
    Intent.RESUME_REMINDERS: (
        r"resume(?: (?:the )?(?:reminders?|messages?|notifications?))?",
        r"start(?: (?:the )?reminders?)? again", r"reminders? (?:back )?on",
        r"恢复", r"恢复提醒", r"继续提醒", r"重新提醒",
        r"emlékeztetők? (?:újra|vissza)",
    ),
    Intent.HELP: (
        r"help(?: me)?", r"help", r"menu", r"commands?", r"what can you do",
        r"how does (?:this|it) work",
        r"帮助", r"帮帮我", r"帮忙", r"怎么用(?:这个)?", r"这个怎么用", r"使用说明", r"菜单",
        r"求助",
        r"segítség\w*", r"segíts(?:en)?", r"súgó", r"menü", r"parancsok", r"hogyan működik",
        r"mit tudsz",
    ),
    Intent.LANGUAGE: (
        r"languages?", r"(?:change|switch) (?:the )?language", r"english", r"hungarian", r"chinese",
        r"magyar", r"magyarul", r"angol", r"angolul", r"kínai", r"kínaiul", r"nyelv\w*",
        r"中文", r"英文", r"英语", r"英語", r"汉语", r"漢語", r"普通话", r"匈牙利语", r"语言",
        r"語言", r"切换语言", r"简体中文", r"说中文",
    ),
    Intent.PLAN: (
        r"(?:(?:my|the|current|repayment|payment) )*(?:plan|schedule)",
        r"计划", r"我的计划", r"还款计划", r"我的还款计划", r"还款安排", r"查看计划",
        r"(?:a )?(?:fizetési |törlesztési )?terv(?:em|emet|et)?", r"ütemterv\w*",
    ),
    Intent.AGREE: (
        r"(?:i )?(?:agree|accept)"
        r"(?: (?:to )?(?:it|this|that|the plan|the offer|the terms|the agreement))?",
        r"agreed", r"deal", r"it'?s a deal", r"(?:i )?confirm(?:ed)?", r"i'?m in",
        r"let'?s do (?:it|this)", r"go for it", r"sign me up", r"approved?",
        r"同意", r"我同意", r"接受", r"我接受", r"同意方案", r"同意这个方案", r"确认", r"確認",
        r"我确认", r"确认协议", r"成交", r"签了", r"没意见", r"就这么定了?", r"就这样吧?",
        r"elfogadom", r"egyetértek", r"beleegyezem", r"rendben,? elfogadom", r"jóváhagyom",
        r"megerősítem", r"áll az alku", r"benne vagyok", r"vállalom", r"aláírom",
        r"megegyeztünk", r"rendben van",
        r"(?:(?:ok|oké|oke|okés|igen|jó|rendben) )?(?:(?:ez )?jól hangzik )?(?:csináljuk|"
        r"vágjunk bele|legyen így)",
        r"(?:(?:ok|okay|yes|yeah|great) )?(?:(?:that |it )?sounds (?:good|great|fine|fair) )?"
        r"let'?s (?:do it|do this|go with it)",
        r"(?:听起来)?(?:不错|挺好|可以)(?:的)? ?(?:就这么(?:定|办)了?|就这样吧?)",
        r"(?:ok|oké|oke|okés|rendben|igen|jó),? (?:elfogadom|vállalom|aláírom|beleegyezem)",
        # Put down for the plan: "go on then, count me in", "na jó, írjanak be", "行, 给我办了".
        r"(?:(?:go on|alright|ok|okay|fine) then,? )?"
        r"(?:put me down(?: for (?:it|that|this|one))?|count me in|book me in|sign me up)",
        r"(?:(?:na )?(?:jó|jól van|rendben|oké|oke|mehet),? )?(?:írjanak|írjon|írj|írják|írd) "
        r"(?:be|fel)(?: engem| a nevem(?:et)?)?",
        r"(?:(?:行吧|好吧|好的|可以|嗯|行|好|那|那就|就)\W?)*(?:给我|帮我)?(?:就)?"
        r"(?:办(?:上|了|理)|办吧|安排(?:上|了|吧))(?:吧)?",
        # A yes, then the agreement asked for: "yep all good, send it over", "rendben, küldje",
        # "行 发过来吧" (not "send it over" alone: to read it first is no yes)
        r"(?:(?:yes|yep|yeah|ok|okay|fine|all good|sounds good|great|perfect|alright) )+"
        r"(?:please )?send (?:it|it to me|me it|the agreement|the paperwork)"
        r"(?: over| through| across| on)?(?: please)?",
        r"(?:(?:igen|rendben|oké|oke|jó|ok|mehet) )+(?:kérem )?"
        r"(?:küldje|küldjék|küldjétek|küldd|küldheti|küldhetik|küldhetitek)(?: át| el)?"
        r"(?: kérem)?(?: a szerződést| a megállapodást)?",
        r"(?:(?:行|好的|好|可以|没问题|嗯|ok) ?)+(?:那就|就)?(?:发过来|发给我|发我)(?:吧)?",
    ),
}  # fmt: skip
_WHOLE_MESSAGE = {
    intent: re.compile(
        rf"(?:(?:{_REQUEST_BEFORE}) ?)*(?:{alternatives(patterns)})(?: ?(?:{_REQUEST_AFTER}))*"
    )
    for intent, patterns in INTENT_WHOLE_MESSAGE.items()
}

#: Phrases that carry the request anywhere in a longer message.
INTENT_IN_A_SENTENCE: dict[Intent, tuple[str, ...]] = {
    Intent.PERSON: (
        r"\b(?:talk|speak|chat)\w* (?:to|with) (?:(?:a|an|some|your|real|live|actual) )*"
        r"(?:person|human|agent|someone|somebody|operator|representative|manager|people)\b",
        r"\b(?:want|need|get|connect me to|transfer me to)\w* "
        r"(?:(?:a|an|to|with|real|live|actual) )*"
        r"(?:human|agent|operator|representative)\b",
        # (not one's own work: "I work in customer service", "as a customer service person")
        r"(?<!\bin )(?<!\bas a )(?<!\bas )\bcustomer (?:service|support)\b",
        r"\breal person\b", r"\blive agent\b",
        # (not Cantonese pay: "人工出港纸", "人工一万二")
        r"(?<!工)人工(?!智能|资|資|出|发|發|係|系|高|低|多少|[0-9一二两兩三四五六七八九十几幾])",
        # (not one's own work: "在商场做客服", "当客服的")
        r"(?<![做当干])客服(?!工作)", r"真人",
        r"(?:跟|和|找|同)(?:个|一个)?(?:工作)?人(?:员)?(?:聊|谈|说|沟通|商量)",
        # Not a clerk greeted ("Tisztelt Ügyintéző!") or reported ("az ügyintéző is ezt mondta").
        # Nor one's own work: "ügyintéző vagyok a hivatalban", "ügyintézőként dolgozom".
        r"(?<!tisztelt )(?<!kedves )\bügyintéz(?!\w*ként)\w*\b"
        r"(?! (?:is |már |nekem |azt |ezt |úgy )*(?:mondt|írt|közölt|szólt|ígért|javasolt)\w*)"
        r"(?! (?:vagyok|voltam|dolgozom)\b)",
        r"\bügyfélszolgálat\w*", r"\bemberrel\b", r"\bélő ember",
        r"\bbeszél\w*.{0,40}\bvalakivel\b", r"\bvalakivel\b.{0,40}\bbeszél",
        r"\bmunkatárs(?:sal|at)\b",
        # told to someone rather than typed: "inkább valakinek elmondanám", "could someone ring me"
        r"\binkább (?:valakinek|egy embernek|telefonon|szóban) (?:\w+ )?(?:el)?mond\w*",
        r"\b(?:could|can) (?:someone|somebody|a person|one of you) (?:phone|call|ring) me\b",
        r"(?:还是|宁愿)?(?:找|跟)(?:个|一个)?人(?:当面|电话)?(?:说|讲)",
        # a call asked for from someone: "能不能让人打电话给我", "get someone to ring me"; in
        # traditional characters or Cantonese: "搵個人打電話畀我"
        r"(?:让|讓|叫|派|安排|搵)(?:个|個|一个|一個)?(?:人|工作人员|工作人員|同事)(?:给我|給我|畀我)?"
        r"(?:打(?:个|個)?(?:电话|電話)|打(?:给|給|畀)我|回(?:个|個)?(?:电话|電話))",
        # someone asked for who could ring: "有没有人可以打个电话给我", "能不能找个人打电话给我"
        # (not "有没有人打电话给我": whether anyone rang)
        r"(?:(?:有没有|有冇|有沒有)(?:个|個)?人(?:可以|能|會|会)|(?:能不能|可不可以|可唔可以)?"
        r"(?:找|搵)(?:个|個|一个|一個)?人)(?:给我|給我|畀我)?打(?:个|個)?(?:电话|電話)",
        r"\b(?:get|have|ask|send) (?:someone|somebody|a person|one of you) to (?:phone|call|ring) "
        r"me\b",
        r"(?<!\bne )\b(?:hívjon|hívjanak|hívna|hívnának|hívjatok) (?:\w+ )?(?:fel|vissza)\b",
        # a person wanted on the phone: "he wants a person on the phone", "élő embert akar a
        # telefonba", "要电话里有个真人"
        r"\b(?:wants?|needs?|wanted|would like|prefers?) (?:a |an )?(?:real |live |actual )?"
        r"(?:person|human) on the (?:phone|line)\b",
        r"\b(?:embert|ügyintézőt) (?:akar|szeretne|kér)\w* (?:a )?telefon(?:ba|on|nál)\b",
        # a thing gone through with a person, not a bot: "rather go through my budget with an
        # actual person"
        r"\bwith (?:an? )?(?:actual|proper|live) (?:person|human(?: being)?)\b",
        # a real adviser, not the bot: "i'd rather sort this with a real adviser", "egy igazi
        # tanácsadóval", "想找个真正的顾问"
        r"\b(?:real|actual|proper|live|human) (?:advis[eo]rs?|agents?|operators?|case workers?)\b",
        r"\b(?:igazi|valódi|élő|hús-vér) (?:tanácsadó|ügyintéző|munkatárs|operátor)\w*",
        r"真正的(?:顾问|客服|工作人员|专员)",
    ),
    Intent.STOP_REMINDERS: (
        r"\bunsubscribe\b", r"\bopt[- ]?out\b",
        r"\bstop (?:(?:all|the|these|those|your|this|sending|texting|messaging|contacting|calling|"
        r"bothering|me|with) )*(?:reminders?|messages?|texts?|texting|messaging|notifications?|sms|"
        r"spam|contacting me|calling me|bothering me|e-?mails?)\b",
        r"\b(?:don't|do not|dont) (?:send|text) (?:me )?(?:any ?more |more )?"
        r"(?:reminders?|messages?|texts?)\b",
        r"\b(?:don't|do not|dont) (?:text|message|remind|contact) me\b",
        r"\bno more (?:reminders?|messages?|texts?|notifications?|chasers?|chasing)\b",
        r"退订", r"别再发", r"别发了", r"不要再发", r"不要发了", r"不要提醒", r"别提醒",
        r"不要再提醒", r"别再提醒", r"停止提醒", r"取消提醒", r"关闭提醒", r"停止发送",
        r"不要再联系", r"别再联系",
        # the calls and the texts together: "这几天先别给我打电话发短信了"
        r"(?:别|不要|不用)(?:再)?(?:给我)?打电话(?:和|跟|或者|也别|也不要)?(?:给我)?发(?:短信|消息|信息)",
        # what the reminder is for named: "别再给我发还款提醒了", "不要再推送催款短信",
        # "别老给我发短信催了"
        r"(?:别|不要|不用)(?:再|老|总|老是|总是|一直)?(?:给我)?(?:发|推送)(?:送)?"
        r"(?:还款|催款|催收|扣款)?的?"
        r"(?:提醒|消息|短信|通知)",
        # (up to three words between, a count among them: "ne küldjenek már naponta 3 sms-t")
        r"\bleiratkoz\w*", r"\bne küldj\w* (?:\w+ ){0,3}(?:üzenet|emlékeztet|sms|értesít)\w*",
        r"\bne (?:írjon|írjanak|írj|zaklass\w*)\b", r"\bemlékeztet\w* (?:leállít|kikapcsol)\w*",
        r"\b(?:leállít|kikapcsol)\w* (?:az )?emlékeztet\w*", r"\bne emlékeztess\w*",
        # the verb split by its helper: "le tudnák állítani most az emlékeztetőket?"
        r"\b(?:le|ki) (?:\w+ )?(?:állít|kapcsol)\w* (?:\w+ ){0,4}emlékeztet\w*",
        # not written to every day: "legyenek szívesek nem írni minden nap", "不要每天都发"
        r"\b(?:ne|nem) (?:írni|írjanak|írjon|üzenni|üzenjenek|keresni) (?:nekem )?"
        r"(?:\w+ )?minden (?:egyes )?(?:nap|áldott nap)\w*",
        r"\b(?:stop|quit|don'?t|do not|dont) (?:writing|messaging|texting|write|message|text) "
        r"(?:to )?(?:me )?every (?:single )?day\b",
        r"(?:别|不要)(?:再)?(?:每天|天天)(?:都)?(?:给我)?(?:发|写|联系|打扰)",
        # not so many a day: "别一天发好几条短信了", "stop texting me so many times a day"
        r"(?:别|不要)(?:再)?(?:一天|每天)(?:都)?(?:给我)?(?:发|打)(?:好几|那么多|这么多|几|十几)"
        r"(?:条|个|次|遍)",
        r"\b(?:stop|quit) (?:texting|messaging) me\b",
        r"\b(?:don'?t|do not|dont) (?:send|text|message) (?:me )?(?:so many|that many|this many|"
        r"loads of|all these) (?:texts?|messages?|reminders?|times)\b",
        # the texts paused or switched off: "能不能先把那些催款短信停了", "can you pause the
        # texts", "állítsák le az sms-eket"; the calls named with them: "短信和电话能不能先停了"
        r"(?:短信|提醒|通知)(?:和|跟|还有)?(?:电话)?(?:能不能|可不可以|可以|请|麻烦)?(?:先)?"
        r"(?:停了|停掉|停一下|停一停|关掉|关了)",
        r"把[^\u3002\uff0c,]{0,6}(?:短信|提醒|通知)(?:先|都|全)?(?:停|关|取消)",
        r"\b(?:pause|hold off|put on hold|switch off|turn off) (?:(?:the|your|these|all|those) )?"
        r"(?:reminders?|texts?|messages?|notifications?|chasers?)\b",
        r"\b(?:leállít|kikapcsol|szüneteltet|felfüggeszt)\w* (?:az )?(?:sms|üzenet|értesítés)\w*",
        # (the things pointed at: "kapcsolják ki ezeket az emlékeztetőket")
        r"\b(?:állíts|kapcsolj)\w* (?:le|ki) (?:(?:ezeket|azokat|ezt|azt) )?(?:az )?"
        r"(?:sms|üzenet|értesítés|emlékeztet)\w*",
        # the familiar imperative, "kapcsold ki az sms-eket" (not "kapcsolj"): "turn the
        # notifications off", beside a time that is no answer ("ne reggel 7kor, kapcsold ki")
        r"\bkapcsold (?:le|ki) (?:\w+ )?(?:az )?(?:sms|üzenet|értesítés|emlékeztet)\w*",
        # the object first: "a napközbeni sms-eket kérem kikapcsolni"
        r"\b(?:sms|üzenet|értesítés|emlékeztet)\w*(?: \w+)? (?:kérem |kérném |legyenek szívesek )?"
        r"(?:kikapcsolni|leállítani|kikapcsolását|leállítását)\b",
        # no more of them to come: "ne jöjjenek több értesítések", "ne érkezzen több sms"
        r"\bne (?:jöjjenek|jöjjön|érkezzenek|érkezzen|küldjenek|küldjön) (?:több|további|többet|"
        r"már|semmilyen) (?:\w+ )?(?:sms|üzenet|értesítés|emlékeztet)\w*",
    ),
    Intent.RESUME_REMINDERS: (
        r"\bresume (?:the |my |all )?(?:reminders?|messages?|notifications?)\b",
        r"\b(?:turn|switch) (?:the )?reminders? (?:back )?on\b",
        r"\b(?:turn|switch) (?:back )?on (?:the )?reminders?\b",
        r"\b(?:start|restart|enable|re-?enable)\w* (?:sending )?(?:me )?(?:the )?reminders?\b",
        r"\bremind me again\b", r"\breminders? (?:again|back)\b",
        r"恢复提醒", r"重新提醒", r"继续提醒", r"开启提醒", r"打开提醒", r"恢复通知",
        r"重新开启提醒", r"恢复发送", r"再提醒我",
        # the reminders first: "把提醒重新打开", "通知再开起来吧"
        r"(?:提醒|通知)(?:重新|再)(?:打开|开启|开起来|恢复)",
        r"\bújra\b.{0,40}\bemlékeztet", r"\bemlékeztet\w*.{0,40}\bújra\b",
        r"\b(?:bekapcsol|visszakapcsol|folytat|újraindít)\w* (?:az )?emlékeztet\w*",
        r"\bemlékeztet\w* (?:bekapcsol|visszakapcsol|folytat|újraindít)\w*",
        r"\b(?:kapcsol|indít)\w* (?:vissza|be|újra) (?:az )?emlékeztet\w*",
        r"\b(?:vissza|be|újra) (?:\w+ )?(?:kapcsol|indít)\w* (?:\w+ ){0,3}emlékeztet\w*",
    ),
    Intent.HELP: (),
    Intent.LANGUAGE: (
        r"\b(?:change|switch|select|set|another|different)\w* (?:the |my |a )?language\b",
        r"\b(?:in|speak|write|use|talk in|reply in|answer in) "
        r"(?:english|hungarian|chinese|magyar|mandarin)\b",
        r"\bdo you speak\b",
        r"语言", r"語言", r"说中文", r"讲中文", r"用中文", r"说英文", r"用英文",
        r"说英语", r"用英语", r"(?:中文|英文|英语)(?:可以|行|好)(?:吗|嗎|么|麼|不)",
        r"(?:可以|能)(?:说|讲|用)(?:中文|英文|英语)",
        r"(?:切换|换|改|转)(?:成|到|为|回)?(?:英文|英语|中文|汉语|匈牙利语|匈牙利文)",
        # Hungarian asked for, also for another who reads it: "能不能用匈牙利语跟他说"
        r"(?:能不能|可不可以|能|可以)(?:用|说|讲)(?:匈牙利语|匈牙利文)",
        # a language the bot has not, asked for by name: "能用维吾尔语吗", "有藏文的吗"
        r"(?:用|说|讲|有|换成?)(?:维吾尔|维语|蒙古|蒙|藏|哈萨克|朝鲜|壮|彝|粤|广东|日|韩|俄|越南)"
        r"(?:语|文|话)(?:的)?(?:吗|嘛|么|不|版)",
        r"(?:能不能|可不可以|能|可以)(?:用|说|讲|换成?)(?:维吾尔|蒙古|藏|哈萨克|朝鲜|粤|广东|日|韩|俄)"
        r"(?:语|文|话)",
        # the country named, as a Korean or a Japanese writer says it: "可以用韩国语跟我说吗"
        r"(?:能不能|可不可以|能|可以)(?:用|说|讲|换成?)(?:韩国|日本|越南|蒙古国)(?:语|文|话)",
        r"\b(?:switch|change|go|move|turn)\w* (?:it |this |back )?(?:to|into) "
        r"(?:english|hungarian|chinese|mandarin|magyar)\b",
        # a language the bot has not, asked for by name: "can we do this in polish please", "is
        # possible to speak in romanian?" (not "we speak in polish at home")
        r"\b(?:(?:can|could|may) (?:we|you|i) (?:please )?|possible (?:to )?|please )"
        r"(?:speak|talk|write|chat|continue|do (?:this|it|that)|answer|reply) (?:to me |with me )?"
        r"in (?:spanish|portuguese|polish|romanian|ukrainian|russian|arabic|urdu|punjabi|hindi|"
        r"bengali|gujarati|turkish|italian|french|german|lithuanian|bulgarian|tagalog|farsi|"
        r"kurdish|somali)\b",
        # (not the language a thing was written in: "ezt az excelemből másoltam angolul")
        r"(?<!másoltam )(?<!írtam )\b(?:angol|magyar|kínai)(?:ra|ul)\b(?! (?:másoltam|írtam)\b)",
        # (not a language's school, teacher, lesson or exam, named as one's work: "nyelviskolám
        # van", "nyelvtanár vagyok")
        r"\bnyelv(?!isk|tan|vizsg|órá|óra|oktat|kurzus|tábor|stúdió|szak)\w*",
        r"(?<!másoltam )(?<!írtam )\b(?:magyarul|angolul|kínaiul)\b(?! (?:másoltam|írtam)\b)",
    ),
    Intent.PLAN: (
        r"\b(?:show|see|view|send|check|get|open|display)\w* (?:me )?(?:my |the )?(?:current )?"
        r"(?:repayment |payment )?(?:plan|schedule)\b",
        r"\bwhat(?:'s| is) my (?:current )?(?:repayment |payment )?(?:plan|schedule)\b",
        r"\bwhere(?:'s| is) my (?:repayment |payment )?(?:plan|schedule)\b",
        r"\bmy (?:repayment|payment) (?:plan|schedule)\b",
        r"\bwhat (?:i|we) (?:signed up (?:for|to)|agreed to|signed)\b",
        r"(?:查看|看看|看一下|看下|显示|发|给我看|查询)(?:一下)?(?:我的)?(?:还款)?计划",
        r"还款计划", r"计划是什么", r"我的计划在哪",
        # The plan's wording asked for: "我的方案具体是怎么写的", "上次定的是什么方案".
        r"方案(?:具体)?(?:是)?(?:怎么写|怎么说|写的(?:是)?什么|写了什么|内容)",
        r"(?:上次|之前|当时)(?:我们)?(?:定|商量|约定|说|谈)(?:好)?的(?:是)?(?:什么|哪个)方案",
        # The plan agreed asked to be sent again: "把那个方案再发我看看", "之前的方案再给我看一下"
        r"(?:那个|我的|之前的|上次的|定好的)(?:还款)?方案(?:再)?(?:发|给)(?:我|过来)(?:看看|看一下|看下)?",
        r"\b(?:mutas|lát|megnéz|küld|hol)\w* (?:\w+ ){0,2}terv\w*", r"\btervem\w*",
        r"\b(?:fizetési|törlesztési) terv\w*", r"\bütemterv\w*",
    ),
    Intent.AGREE: (
        r"\bi (?:fully |do |hereby )?(?:agree|accept)\b(?! not| nothing)",
        # Said in a second language: "yes sir I am agree", "igen én elfogad".
        r"\bi(?: am|'m|m) agree\b", r"(?<!nem )\bén elfogad\b",
        # Asking where to sign: "absolutely, where do I sign?", "hol írjam alá?", "在哪签字".
        r"\bwhere (?:do|can|should|shall) i sign\b", r"\bhol (?:kell )?(?:írjam|írom) alá\b",
        r"(?:在)?哪(?:里|儿)?签(?:字|名)?|签(?:在)?哪(?:里|儿)",
        # "Agreed" opening the message, a remark after it: "agreed, the fees are fair enough";
        # or closing it, a remark before it: "talked to the wife, we're happy, agreed".
        r"^(?:(?:yes|ok|okay|fine|alright)\W+)?agreed\b", r"[,.;!-] ?agreed\W*$",
        # A couple's yes, after talking it over: "spoke to my husband last night, we agree".
        r"\bwe (?:both |all )?(?:fully |do )?(?:agree|accept)\b(?! not| nothing)",
        r"\b(?:put me down for (?:it|that|this|the plan)|count me in|"
        r"sign me up for (?:it|that|this))\b",
        r"(?<![不没沒未别別])(?<!不太)(?<!不能)(?<!不会)同意",
        r"(?<![不没沒未别別])(?<!不太)(?<!不能)(?<!不会)接受",
        r"就这么(?:定|办)了?", r"(?<![有])没(?:有)?(?:意见|意見)",
        r"(?<!nem )\belfogadom\b", r"\begyetértek\b", r"\bbeleegyezem\b",
    ),
}  # fmt: skip
_IN_A_SENTENCE = {
    intent: compile_phrases(patterns)
    for intent, patterns in INTENT_IN_A_SENTENCE.items()
    if patterns
}
#: All of them as one, in any order: a message that holds none (most answers) is read once
#: against them all, not once for each intent (the Chinese ones only where it has Chinese).
_ANY_IN_A_SENTENCE = Phrases(
    pattern for patterns in INTENT_IN_A_SENTENCE.values() for pattern in patterns
)
#: A stop asked for before, taken back now: "told you to stop them before, but send them again",
#: "korábban kértem, hogy ne küldjenek, de most mégis küldjék", "之前让你们别发提醒, 现在还是发吧":
#: the reminders resumed, not stopped (the stop is only told).
REMINDERS_STOP_TAKEN_BACK = (
    r"\b(?:told|asked) you\b.{0,30}\b(?:stop|not to send)\b.{0,60}\b(?:but|now|so)\b"
    r"(?: (?:could|can|will|would) you| please| just)* (?:send|start|turn|switch|put)\w* (?:them|"
    r"those|the reminders?|it)(?: back)?(?: on)?(?: again| back on| back\b)",
    r"\b(?:kértem|mondtam|szóltam)\b.{0,30}\bne (?:küldj|írj)\w*.{0,60}\b(?:de|most)\b"
    r"(?: most)?(?: mégis| inkább| újra)* (?:küldj\w*|kapcsolj\w* vissza|írj\w*)",
    # switched off by oneself before (told in the past), asked to be switched on again after:
    # "korábban kikapcsoltam az értesítéseket, kérem kapcsolják vissza az emlékeztetőket"
    r"\b(?:ki|le)(?:kapcsol|állít)(?:t|ott)(?:am|uk)\b.{0,80}\b(?:(?:kapcsol|indít)\w* "
    r"(?:vissza|be|újra)|(?:vissza|be|újra)(?:kapcsol|indít)\w*)",
    r"(?:之前|以前|上次|前面|先前|原来|当初)[^。]{0,12}(?:别|不要|停)[^。]{0,8}(?:提醒|发)"
    r"[^。]{0,6}?[,。 ](?:但是?|不过|可是)?(?:现在|如今)(?:还是|又|再|重新)?(?:给我)?"
    r"(?:发吧|发|恢复|继续|打开|开回来)(?!不)",
    # switched off before, asked to be switched on again after: "上次把通知关了, 现在请重新打开通知"
    # (the one who switched them off and why told first: "之前我爸嫌短信烦 把提醒关了 ...")
    r"(?:之前|以前|上次|前面|先前|原来|当初)[^。]{0,20}(?:别|不要|停|关)[^。]{0,40}"
    r"(?:(?:把)?(?:提醒|通知|短信)(?:重新|再)(?:打开|开启|开起来|恢复)"
    r"|(?:重新|再)(?:打开|开启|恢复)(?:提醒|通知|短信))",
    # switched off before, "rather switch them on" after: "以前把提醒关了 老忘 还是帮我开回来吧",
    # "… 还是把通知给我打开吧"
    r"(?:之前|以前|上次|前面|先前|原来|当初)[^。]{0,12}(?:关|停)[^。]{0,40}"
    r"(?:还是|现在)(?:把(?:提醒|通知|短信))?(?:给我|帮我)?(?:重新|再)?(?:开回来|打开|开启|恢复|开开)",
    # the stop asked before, a slip told, then "rather send them": "以前嫌烦让你们别发了 结果这个月
    # 忙忘了 还是给我发吧"
    r"(?:之前|以前|上次|前面|先前|原来|当初)[^。]{0,12}(?:别|不要|停)[^。]{0,8}(?:提醒|发)[^。]{0,40}"
    r"(?:还是|现在|麻烦)(?:给我|帮我)?(?:继续|重新|再)?发(?:提醒|短信)?吧",
)  # fmt: skip
_REMINDERS_STOP_TAKEN_BACK = compile_phrases(REMINDERS_STOP_TAKEN_BACK, read_often=False)
_COMMAND_RE = re.compile(r"/([a-z]+)(?:@\w+)?(?: .*)?")
#: A request said in the whole message is short; longer texts are only searched for phrases.
_SHORT_MESSAGE = 60

#: Telegram commands; ``/plan@overdue_bot`` works too.
COMMANDS = {
    "person": Intent.PERSON,
    "stop": Intent.STOP_REMINDERS,
    "resume": Intent.RESUME_REMINDERS,
    "help": Intent.HELP,
    "language": Intent.LANGUAGE,
    "plan": Intent.PLAN,
}


#: Someone of one's own consulted first ("run it past my social worker", "át kell beszélnem a
#: fiammal", "先跟我女儿商量"): no bank clerk asked for, whatever the classifier hears.
CONSULTS_ONES_OWN = (
    r"\b(?:run|talk|go|check|discuss|think)\w* (?:over |through )?"
    r"(?:it |this |that |things |them )?(?:past|by|over|through|with) (?:my|our) (?:\w+ ){0,2}"
    r"(?:wife|husband|partner|son|daughter|mum|mom|dad|brother|sister|family|social worker|"
    r"support worker|carer|key worker|friend|accountant|solicitor|advi[sc]er)s?\b",
    r"\b(?:át kell beszélnem|átbeszélem|megbeszélem|meg kell beszélnem|egyeztetek|egyeztetnem "
    r"kell)\b.{0,40}\b\w*(?:férjem|feleségem|párom|fiam|lányom|anyám|apám|testvérem|bátyám|öcsém|"
    r"nővérem|húgom|családom|munkás|gondozó|tanácsadó|könyvelő|ügyvéd)\w*",
    r"(?:跟|和|同)(?:我)?(?:的)?(?:老婆|老公|丈夫|妻子|儿子|女儿|妈|爸|哥|姐|弟|妹|家里人|家人|社工|"
    r"护工|律师|会计)[^ ]{0,4}(?:商量|说一下|说说|聊聊|讨论)",
)  # fmt: skip
_CONSULTS_ONES_OWN = compile_phrases(CONSULTS_ONES_OWN)


def consults_ones_own(text: str) -> bool:
    """Whether the message says the person will consult someone of their own first."""
    return bool(_CONSULTS_ONES_OWN.search(fold(normalize(text))))


def read_intent(
    text: str, language: str, *, in_sentences: bool = True, as_a_whole: bool = True
) -> Intent | None:
    """What the cardholder asks for, whatever the current question, in any of the three languages.

    Read in this order: a command (``/person``, ``/stop``, ``/resume``, ``/help``, ``/language``,
    ``/plan``); then the whole (short) message as a request, give or take "please", "I want to",
    "请", "kérem" (:data:`INTENT_WHOLE_MESSAGE`); then, unless ``in_sentences`` is false, phrases
    that carry a request inside a longer message (:data:`INTENT_IN_A_SENTENCE`). Intents are
    tried in the order of :class:`Intent`, so "talk to a person about my plan" asks for a person.
    ``None`` otherwise: "no", "yes", "I can't stop worrying", "I need help paying" are answers,
    not requests. Without ``as_a_whole``, the whole message is not read as a request again (the
    caller has read it so already and found none): only the command and the phrases are.
    """
    folded = fold(normalize(text))
    command = _COMMAND_RE.fullmatch(folded)
    if command:
        return COMMANDS.get(command[1])
    words = words_only(folded)
    if as_a_whole and len(words) <= _SHORT_MESSAGE:
        for intent, pattern in _WHOLE_MESSAGE.items():
            if pattern.fullmatch(words):
                return intent
    if not in_sentences:
        return None
    asked_before = "sto" in folded or "ne " in folded or "提醒" in folded or "发" in folded
    asked_before = asked_before or "通知" in folded or "短信" in folded
    asked_before = asked_before or "kapcsolt" in folded or "allitott" in folded
    if asked_before and _REMINDERS_STOP_TAKEN_BACK.search(folded):
        return Intent.RESUME_REMINDERS  # "之前让你们别发, 现在还是发吧": resumed
    # (a message without punctuation reads the same in words: it is not searched twice)
    punctuated = words != folded
    if not (
        _ANY_IN_A_SENTENCE.found_in(folded) or (punctuated and _ANY_IN_A_SENTENCE.found_in(words))
    ):
        return None
    for intent, pattern in _IN_A_SENTENCE.items():
        if pattern.search(folded) or (punctuated and pattern.search(words)):
            return intent
    return None


#: What a family runs for its living, after "családi": "a családi pékségünk", "a családi
#: tökmag olajütőnk" (its trouble is the business's, no family emergency).
_A_FAMILY_BUSINESS_HU = (
    r"(?:vállalkozás|gazdaság|üzem|műhely|cég|bolt|pékség|pincészet|panzió|étterm|malm|malom|"
    r"olajütő|olajprés|manufaktúr|farm)\w*"
)


#: Why the payment is late, in order of precedence: when a message names two causes, the first
#: listed wins. A dispute comes first because it changes what we may do at all; the hardship
#: causes come before the others.
CAUSE_PHRASES: dict[Cause, tuple[str, ...]] = {
    Cause.DISPUTE: (
        r"\b(?:not|isn't|isnt|is not) (?:even )?"
        r"(?:mine\b|my (?:debt|purchase|transaction|charge|card|account|spending)\b)",
        r"\bi dispute\b", r"\bdisput\w*", r"\bfraud\w*",
        r"\bnever (?:made|bought|authori[sz]ed|used|ordered)\b",
        r"\b(?:didn't|did not|didnt) (?:make|buy|order|authori[sz]e) "
        r"(?:this|that|these|those|the|any)\b",
        r"\bunauthori[sz]ed\b",
        r"\bstolen\b", r"\bidentity theft\b", r"\bscam\w*", r"\b(?:don't|do not|dont) owe\b",
        r"\balready paid\b", r"\bwrong amount\b",
        r"不是我刷", r"不是我消费", r"不是我买", r"不是我的(?!错|問題|问题|责任)", r"有异议",
        r"异议", r"盗刷", r"被盗", r"诈骗", r"欺诈", r"没消费过", r"没有消费", r"不认可",
        r"不承认", r"冒用",
        r"已经还了", r"已经还清", r"已还款",
        r"\bnem az enyém\b", r"\bnem az én tartozásom\b",
        r"\bnem én (?:vásároltam|költöttem|vettem|fizettem)\b", r"\bvitat\w*", r"\bcsalás\w*",
        r"\bcsaló(?!d)\w*", r"\bellopt\w*", r"\bjogosulatlan\w*", r"\bmár (?:ki)?fizettem\b",
        r"\bnem tartozom\b", r"\bvisszaélés\w*",
    ),
    Cause.JOB_LOSS: (
        r"\blost (?:my|the|his|her|our|a) (?:job|work|employment)\b", r"\bjob ?loss\b",
        r"\bunemploy\w*", r"\blaid off\b", r"\blay-?offs?\b", r"\b(?:got|been|was|were) fired\b",
        r"\blaid (?:me|us|everyone|everybody|the (?:crew|lads|team|staff))(?: all)? off\b",
        r"\bfired\b", r"\bno job\b", r"\bjobless\b", r"\bwithout (?:a )?job\b", r"\bout of work\b",
        r"\bredundan\w*", r"\blet (?:me|us) go\b", r"\blost my position\b",
        r"\b(?:was|got|been|were|then|and|being|now) let go\b(?! of)",
        r"失业", r"失業", r"没工作", r"没有工作", r"沒工作", r"被裁", r"裁员", r"下岗", r"丢了工作",
        r"工作丢了", r"被辞退", r"辞退", r"被开除", r"开除", r"找不到工作",
        # the employer gone under, the boss fled with the wages owed: "厂子倒闭了 老板跑了 工资
        # 还欠着" (not one's own firm: "我的公司倒闭了" stays business trouble)
        # (not a customer's: "客户的老板跑了 货款没结")
        r"(?<!客户)(?<!客户的)(?<!甲方)(?<!甲方的)(?<!对方)(?<!对方的)(?:老板|包工头)(?:也|都)?"
        r"(?:跑了|跑路|卷钱跑)",
        r"\bmunkanélkül\w*", r"\belveszt\w* (?:az )?(?:állás|munk)\w*",
        r"\b(?:állás|munk)\w* elveszt\w*", r"\belbocsát\w*", r"\bkirúg\w*",
        r"\bveszt\w* el (?:az )?(?:állás|munk)\w*",
        r"\bcontract (?:wasn'?t|was not|wasnt|not|never|didn'?t get|hasn'?t been|won'?t be) "
        r"(?:renewed|extended)\b",
        r"\bcontract (?:ended|ran out|finished|expired|came to an end|was terminated)\b",
        r"\bnem (?:hosszabbították|újították) meg\b", r"\blejárt a (?:munka)?szerződés\w*",
        r"\bszerződés\w* (?:lejárt|megszűnt|nem hosszabbít)\w*",
        r"合同(?:到期|没续|不续|没有续|没再续|结束)", r"没(?:有)?续(?:约|签)",
        r"\bnincs (?:munkám|állásom)\b", r"\bleépít\w*",
        r"\bfelmondtak\b",
        # a gig app's account closed, sent away from a factory: "uber deactivated my account",
        # "the factory send me away, no more work for me"
        r"\bdeactivat\w* (?:my|me|the|our)\b", r"\b(?:account|profile) (?:was |got |has been )?"
        r"(?:deactivated|banned|blocked|shut down)\b",
        r"\bsen[dt] (?:me|us) away\b",
        r"\bno (?:more )?(?:driving |delivery )?work (?:at all|for me)\b",
        r"\bdeaktiv[aá]lt[aá]k\b", r"\bletiltott[aá]k a fi[oó]k\w*",
        # a placement or post lost, a live-in job ended with the household: "lost the placement",
        # "elvesztettem a helyemet", "工作就没了", "平台把我号封了"
        r"\blost (?:my|the|her|his) (?:placement|position|post)\b",
        r"\belveszt\w* (?:a |az )?(?:helyem|munkahelyem|állásom)\w*",
        r"工作(?:就|也|一下子|全)?没了", r"(?:号|账号|帐号)(?:也|就)?(?:被)?封(?:了|掉)",
        r"把我(?:的)?(?:号|账号|帐号)(?:给)?封",
        # let go by the boss, told by a helper: "老板把他们几个全辞了", "他被厂里辞了"
        r"把(?:他|她|我)(?:们)?(?:几个|俩|两个)?(?:都|全)?(?:给)?辞(?:了|掉|退)",
        r"被(?:老板|公司|厂里|单位)?(?:给)?辞(?:了|掉)",
    ),
    Cause.ILLNESS: (
        r"(?<!worried )\bsick\w*(?! (?:of|and tired)\b)",
        r"\b(?:am|i'm|im|been|was|is|got|fell|very|seriously|became|become|being) ill\b",
        r"\billness\w*", r"\bhospital\w*", r"\bsurger\w*", r"\boperation on\b", r"\bdisease\b",
        r"\binjur\w*", r"\baccident\b", r"\bmedical\b", r"\bdiagnos\w*", r"\btreatment\b",
        # a crash on the road, said like an accident: "my lad was in a car crash in may"
        r"\bin a (?:bad |car |road |motorbike |bike )?crash\b",
        r"\bhad a (?:bad )?(?:car|road|motorbike|bike) crash\b",
        r"\bcancer\b", r"\bcovid\b", r"\bhealth (?:problems?|issues?)\b", r"\bdoctor\w*",
        # a seizure, intensive care: "a big seizure, three weeks in icu", "intenzíven feküdt"
        r"\bseizures?\b", r"\bepilep\w*", r"\bintensive care\b", r"\bicu\b",
        r"\bintenzív\w*", r"\brohama? volt\b", r"\bepilepsz\w*",
        r"癫痫", r"抽搐", r"重症监护", r"进了icu", r"在icu",
        r"\bchemo\w*", r"\bstroke\b", r"\bheart attack\b",
        r"\b(?:broke|broken|fractured|snapped|dislocated) (?:my |his |her )?(?:wrist|arm|leg|ankle|"
        r"hip|foot|hand|back|collarbone|shoulder|knee|ribs?)\b", r"\bfractur\w*",
        r"\bslipped (?:a )?disc\b",
        # the own back or joint hurt, said the everyday way: "done my back in", "put my back out"
        r"\b(?:done|did|put|hurt|wrecked|knackered|injured) my (?:back|knee|shoulder|neck|ankle|"
        r"hip|wrist)(?: in| out)?\b",
        r"\bagyvérzés\w*", r"\bstroke-?(?:ot|ja|om)?\b", r"\binfarktus\w*", r"\bszívroham\w*",
        # (not a machine broken: "eltörött a présgép", "eltört a sütője")
        r"\b(?:eltört|eltörtem|törött|eltörött)\w*(?! (?:a |az )?(?:\w+ )?\w*(?:gép|sütő|kemence|"
        r"autó|kocsi|szerszám|traktor)\w*)",
        r"生病", r"病了", r"住院", r"手术", r"手術",
        r"医院(?!排班|上班|工作|值班|的班|的工作)",
        r"醫院", r"看病", r"治病", r"疾病", r"中风", r"中風", r"脑梗", r"脑出血", r"脑溢血",
        r"心梗", r"心脏病", r"骨折", r"摔断", r"癌症", r"肿瘤",
        # a cancer by its kind or its treatment: "查出乳腺癌", "在做化疗"
        r"癌", r"化疗", r"放疗",
        r"受伤", r"病倒", r"身体不好", r"病情", r"重病", r"大病", r"治疗", r"开刀",
        # a burn or a fall named by how it hurt: "油锅烫伤了手", "摔伤了腿"
        r"(?:烫|烧|摔|扭|砸|割)伤",
        # a fall's injury named by the part hurt: "从梯子上摔下来 伤了腰"
        r"伤了(?:脊椎|脊柱|腰椎|腰|腿|胳膊|手|脚|头|骨头|神经)",
        # a joint or a ligament named as broken: "膝盖坏了 韧带断了", "跳舞拉伤了韧带"
        r"韧带(?:也|都)?(?:断|撕裂|拉伤|伤)", r"(?:拉伤|撕裂|伤)了?韧带", r"半月板",
        r"(?:膝盖|腰椎|腰|脚踝|手腕|肩膀|胳膊|腿)(?:也|都)?(?:坏了|伤了|断了)",
        # a condition named, or flaring up, or rest ordered by a doctor: "手腕得了腱鞘炎", "颈椎病
        # 犯了", "医生让我必须歇着"
        r"(?:得了|患了|查出)[\u4e00-\u9fff]{1,4}?(?:炎|病|症)",
        r"[\u4e00-\u9fff]{1,3}病(?:又)?犯了",
        r"医生(?:让|叫|要)我(?:必须|一定要|一定得|先|得)?(?:歇|休息|静养|卧床)",
        r"beteg", r"\bkórház\w*", r"\bműtét\w*", r"\bmegműtöttek\b", r"\boperált\w*",
        # the loanword, as a learner says it: "lányom operáció volt", "vakbél operációm"
        r"\boperáció(?!s rendszer)\w*",
        # a surgery named by what was operated on: "térdműtétem volt", "epeműtét után"
        r"\b\w+(?:i )?műtét(?:em|e|et|ek|ről|re|ből|tel|en)?\b",
        # the own part operated on, or a syndrome: "műtötték a jobb vállamat", "alagút
        # szindrómával műtöttek"
        r"\b(?:meg)?műtötték (?:a |az )?(?:jobb |bal )?\w+m[ae]t\b", r"\bszindróm\w*",
        r"\bbaleset\w*", r"\bkezelés\w*", r"\begészség\w*", r"\bdiagnosztiz\w*",
        r"\bállapítottak meg\b", r"\bsclerosis\b", r"\bdiagnosed\b",
        # a cancer's treatment: "kemoterápiára hordom a feleségem", "kemóra jár"
        r"\bkemoterápi\w*", r"\bkemó(?:ra|n|s|ból|kúr\w*)?\b",
        # an inflammation named by the part: "ínhüvelygyulladás a jobb kezemben", "ízületi
        # gyulladás" (not a fire: "kigyulladt a műhely")
        r"gyulladás\w*",
    ),
    Cause.REDUCED_INCOME: (
        r"\b(?:paternity|maternity|parental|statutory sick) (?:pay|leave)\b", r"\bon ssp\b",
        r"\b(?:gyes|gyed|csed)\w*", r"产假工资", r"休产假", r"陪产假",
        r"\b(?:salary|pay|wage|income|hours|earnings)\w* "
        r"(?:was |were |got |has been |have been |is |are )?"
        r"(?:cut|reduced|lowered|decreased|dropped|fell|went down|smaller|lower)\b",
        r"\b(?:pay|salary|wage) cuts?\b",
        r"\b(?:shifts?|hours|overtime|pay|wages?) (?:got |were |was |have been |has been )?"
        r"(?:slashed|halved|cut|reduced|dropped)\b",
        r"\bműszak\w* (?:\w+ )?(?:megvág|csökkent|elvett|kevesebb)\w*",
        r"\b(?:megvág|csökkent|elvett)\w* (?:a )?műszak\w*",
        r"\bvissza(?:vág|vett|fog)\w* (?:a )?műszak\w*",
        r"\b(?:vág|vett|fog)\w* vissza (?:a )?műszak\w*",
        r"\bműszak\w* (?:\w+ ){0,2}(?:vissza|le)(?:vág|vett|fog)\w*",
        r"班次(?:被)?(?:砍|减|少)", r"排班(?:少|减)", r"班(?:被)?(?:砍|减)(?:到|了|成)",
        r"(?:砍|减|少)了?(?:我)?(?:的)?(?:几个)?(?:班|工时)",
        r"\bcut (?:in |to )?(?:my )?(?:pay|salary|hours|wages?)\b",
        r"\b(?:cut|slashed|halved|reduced) (?:my |our )(?:\w+ )?(?:shifts|hours)\b",
        r"\bless (?:work|hours|money|income|pay|shifts)\b", r"\bfewer (?:hours|shifts)\b",
        r"\breduced (?:hours|income|salary|pay|wages?)\b", r"\b(?:earn|earning|make|making) less\b",
        r"\blower (?:salary|income|pay|wages?)\b", r"\bpart[- ]time\b", r"\bshort[- ]time\b",
        r"\bincome(?:'s| is| was| has been)? (?:way |well |a lot |right )?down\b",
        r"\bfurlough\w*",
        # Overtime, a bonus or days of work gone ("mainly the overtime stopping", "csak heti 3
        # napot dolgozhatok", "加班没了", "一周只能上三天班").
        r"\b(?:overtime|bonus(?:es)?|commission|tips|extra shifts?)\b (?:\w+ ){0,2}(?:stopp\w*|"
        r"dried up|drying up|gone|ended|ending|finished|disappeared|taken away|scrapped)\b",
        r"\b(?:no (?:more )?|lost (?:my |the |all )?|stopped (?:the |my |all )?|scrapped (?:the |"
        r"my )?)(?:overtime|bonus(?:es)?|commission|extra shifts)\b",
        r"\b(?:only|just) (?:\w+ ){0,2}(?:[0-9]+|one|two|three|four) (?:days?|shifts?) a week\b",
        r"\btúlór\w*\b (?:\w+ ){0,2}(?:megszűn|elmarad|leáll|elfogy|nincs|szűnt meg|szűnik meg|"
        r"maradt el|állt le)\w*",
        r"\b(?:nincs|nincs több|megszűnt|elvették|leállították|elmaradt)\w* (?:a )?(?:túlór|"
        r"prémium|jutalék)\w*",
        # Round 62's: work on commission said to dwindle ("jutalékra dolgozom, és alig van
        # ügyfél", "jutalékos vagyok, lezárult a kampány")
        r"\bjutalék(?:ra|ból|os|osként)\b.{0,60}\b(?:alig|kevesebb|lezárult|leállt|elfogy|"
        r"megszűnt|véget ért)\w*",
        # Round 63's (en): sales dropping for one paid on commission ("on commission and sales
        # have dried up", "sales have fallen off a cliff and im commission only")
        r"\bsales\b (?:\w+ ){0,3}(?:dropped|dropping|dried up|drying up|fallen|fell|collapsed|"
        r"slumped|down|dead)\b.{0,100}\bcommission\b",
        r"\bcommission\b.{0,60}\bsales\b (?:\w+ ){0,3}(?:dropped|dropping|dried up|drying up|"
        r"fallen|fell|collapsed|slumped|down|dead)\b",
        r"\b(?:csak|már csak) (?:heti |havi )?(?:[0-9]+|egy|két|kettő|három|négy) (?:napot|napban|"
        r"órát|órában|műszakot)\b",
        r"加班(?:费)?(?:也)?(?:没了|取消了|停了|没有了|少了)", r"(?:没有|没)(?:了)?加班",
        r"(?:一周|每周|一个星期|一个礼拜|每个星期)(?:只|就)(?:能|让)?(?:上|干|做)?"
        r"(?:[0-9一二两三四]+)天",
        r"\b(?:cut|halved|reduced|slashed) (?:my|our) (?:\w+ )?(?:visits|rounds|calls|routes|"
        r"deliveries|drops|jobs|clients)\b",
        # a salesperson's commission gone, the base pay left: "提成一分没有 只剩底薪"
        r"提成(?:一分|一分钱)?(?:都|也)?(?:没有|没了|拿不到|少了)",
        # paid by the tour, the lesson or the show, and fewer of them: "一直是按团结钱的 … 团一下子
        # 少了一大半"
        r"按(?:团|课时|节课|节|场)(?:结|算|计|给)(?:钱|工资|工钱)?.{0,120}?(?:少了|减少|砍了|停了)",
        r"(?:只剩|只有|只拿|光拿)(?:下)?[0-9一二两三四五六七八九十百千万块元.]*(?:的)?底薪",
        r"收入减少", r"收入下降", r"收入降低", r"收入少了", r"降薪", r"减薪", r"工资少了",
        r"工资降了", r"工资减少", r"工资低", r"工资不够", r"拖欠工资", r"发不出工资",
        r"工作减少", r"停薪",
        r"\bkevesebb\w* (?:a |lett a )?(?:fizetés|jövedelm|bér|pénz|munk|kereset)\w*",
        r"\b(?:fizetés|jövedelm|bér|kereset)\w* (?:\w+ )?(?:csökkent|kevesebb)\w*",
        r"\bcsökkent\w* (?:a )?(?:fizetés|jövedelm|bér|munkaid|kereset)\w*",
        r"\bfizetéscsökkent\w*", r"\bbércsökkent\w*", r"\brészmunkaid\w*",
        # half the pay coming in: "csak fele pénzt kapok", "a bérem felét kapom", "félfizetés"
        r"\bfele (?:annyi )?(?:pénz|fizetés|bér|kereset)\w* (?:kap|jön|jár|fizet)\w*",
        r"\b(?:pénz|fizetés|bér|kereset)\w* fel[eé]t (?:kap|adj|fizet)\w*", r"\bfélfizetés\w*",
        # half the work coming in: "fele annyi megrendelés jön", "fele annyi film jön már"
        r"\bfele annyi \w+ (?:jön|jönnek|van|akad|kapok)\b",
        # ... or ordered, asked for: "a kiadó fele annyi kottát rendel, mint tavaly"
        r"\bfele annyi \w+ (?:rendel|rendelnek|rendeltek|kér|kérnek|kértek)\b",
        # the own trade called out less, or work only in a season: "esős volt a nyár, alig
        # hívtak darazsakhoz", "vízimentő vagyok, csak nyáron van munka"
        r"\b(?:alig|ritkán|ritkábban|kevesebbszer) (?:hívtak|hívnak|hívott|hív)(?: ki| engem)?\b",
        r"\bcsak (?:nyáron|télen|tavasszal|ősszel|(?:a )?szezonban|idényben) (?:van|akad|volt) "
        r"(?:munk|meló|megrendelés)\w*",
        # only the base pay, the extras gone: "csak alapbért kapok, pótlékok nélkül"
        r"\bcsak (?:az )?alapbér\w*", r"\bpótlékok nélkül\b",
        r"\brövidített munkaid\w*", r"\bmunkaid\w* (?:\w+ )?csökk\w*",
        # Hours cut to a number: "they cut me to 20 hours", "heti 40 órából 24 lett", "heti 16
        # órára vettek vissza", "砍到一周16个小时".
        r"\b(?:cut|dropped|reduced|knocked|put|brought) (?:me|us|my hours|our hours) "
        r"(?:back |down )?to (?:only |just )?(?:[0-9]+|\w+) (?:hours|hrs|days|shifts)\b",
        # the staff named, the cardholder among them: "the firm cut all the juniors to 3 days"
        r"\b(?:cut|dropped|reduced|knocked|put) (?:all |most )?(?:of )?(?:the |our )?(?:staff|team|"
        r"trainees|juniors|apprentices|drivers|workers|employees|crew|lads|girls|everyone|"
        r"everybody) (?:back |down )?(?:on|to) (?:only |just )?(?:[0-9]+|\w+) "
        r"(?:hours|hrs|days|shifts)\b",
        # only a side job's shifts left: "the school's shut for winter so im just on bar shifts"
        r"\b(?:just|only) (?:on|doing|getting|picking up) (?:a few |the odd |some )?(?:\w+ )?"
        r"shifts\b",
        r"\bfrom [0-9]+ (?:hours? )?(?:down )?to [0-9]+ (?:hours|hrs)\b",
        r"\b[0-9]+ órából (?:csak )?[0-9]+\b", r"\b[0-9]+ ?órára (?:vettek|tettek|raktak|"
        r"csökkentettek|vágtak) (?:vissza|le)?",
        # the working week cut to fewer days: "levettek 3 napra a gyárban", "négy napra tettek"
        r"\b(?:[0-9]|két|három|négy) ?napra (?:vettek|tettek|raktak|csökkentettek) (?:vissza|le)?",
        r"\b(?:le|vissza)(?:vettek|tettek|raktak) (?:minket |engem )?(?:[0-9]|két|három|négy) ?"
        r"napra\b",
        r"(?:砍|减|降|缩)(?:到|成)(?:了)?(?:一周|每周|一天|每天)?[0-9一二两三四五六七八九十]+个?(?:小时|钟头)",
        r"(?:工时|上班时间|钟点)(?:被)?(?:砍|减|缩|少)",
        # a benefit suspended, for a reassessment or otherwise: "pension credit suspended",
        # "felfüggesztették a rokkantsági ellátásomat", "低保被暂停了"
        r"\b(?:benefits?|pension credit|universal credit|pip|esa|allowance|carer'?s allowance)\b"
        r"(?: \w+){0,3} (?:suspended|stopped|paused|frozen)\b",
        r"\b(?:suspended|stopped|paused|froze) (?:my |the )?(?:benefits?|pension credit|"
        r"universal credit|pip|esa|allowance)\b",
        # Round 62's: child support stopped by the other parent ("a volt férjem nem fizeti a
        # tartásdíjat", "elmaradt a gyerektartás"): an income that stopped coming
        r"\b(?:nem|sem|se) (?:fizet|utal|küld|ad)\w* (?:\w+ )?(?:a |az )?(?:gyerektartás|"
        r"tartásdíj)\w*",
        r"\b(?:gyerektartás|tartásdíj)\w* (?:\w+ )?(?:nem (?:fizet|utal|jön|jött|kapom|kaptam)|"
        r"elmarad|elmaradt|megszűnt|abbamaradt)\w*",
        r"\b(?:elmaradt|megszűnt|nem jön|nem jött) (?:a |az )?(?:gyerektartás|tartásdíj)\w*",
        r"\bfelfüggeszt\w* (?:a |az )?(?:\w+ )?\w*(?:ellátás|nyugdíj|segély|támogatás|járadék)\w*",
        r"\b\w*(?:ellátás|nyugdíj|segély|támogatás|járadék)\w* (?:\w+ )?felfüggeszt\w*",
        r"(?:低保|补助|补贴|救济金|养老金|失业金|残疾金)(?:被)?(?:暂停|停了|停发|取消|冻结)",
    ),
    Cause.FAMILY_EMERGENCY: (
        r"\bfamily\b", r"\bdivorc\w*", r"\bseparat(?:ed|ion)\b", r"\bfuneral\w*", r"\bbereave\w*",
        r"\bpassed away\b", r"\bdied\b", r"\bdeath\b", r"\bnewborn\b", r"\bpregnan\w*",
        r"\bbaby\b", r"\bgave birth\b", r"\bbabá\w*", r"\bbabánk\w*", r"宝宝", r"寶寶",
        # (not the births of a town, a children's trade's customers: "现在生孩子的少了")
        r"生孩子(?!的(?:人)?(?:都|也)?(?:少|越来越少|不多))",
        r"家里出事", r"家里有事", r"家人", r"家庭", r"家中", r"离婚", r"離婚", r"葬礼", r"丧事",
        r"去世", r"过世", r"過世",
        # (not a family's business, "a családi olajütőnk présgépe tönkrement": read below)
        rf"\bcsalád\w*\b(?! (?:\w+ ){{0,2}}{_A_FAMILY_BUSINESS_HU})",
        r"\bválás(?:om|unk|a|t|ra|ban|unkat)?\b", r"\belvál\w*", r"\btemetés\w*",
        r"\bgyász\w*", r"\bmeghalt\b", r"\belhunyt\b", r"出殡", r"办后事",
    ),
    Cause.BUSINESS_TROUBLE: (
        r"\bbusiness\w*",
        r"\bmy (?:own )?(?:company|shop|store|restaurant|firm|startup|salon|cafe)\b",
        r"\bshop\b", r"\bbankrupt\w*", r"\binsolven\w*", r"\bself[- ]employed\b", r"\bfreelanc\w*",
        r"\bmy (?:nail |hair |beauty )?(?:salon|bar|bakery|garage|stall|studio|business)\b",
        r"\bszalon\w*", r"美甲店", r"理发店", r"店(?:里|铺)?.{0,4}(?:赚|亏|没生意)",
        r"\b(?:clients?|customers?) "
        r"(?:didn't|did not|don't|do not|haven't|have not|won't|stopped) pay",
        # a customer's bill unpaid, or the jobs gone: "a client never paid me for the kitchen",
        # "the contractor still owes me 3k", "had hardly any jobs since the van broke"
        r"\b(?:clients?|customers?|contractors?) (?:\w+ )?(?:never|still hasn'?t|hasn'?t|has not) "
        r"paid (?:me|us)\b", r"\b(?:clients?|customers?|contractors?) (?:still )?owes? (?:me|us)\b",
        r"\b(?:hardly|barely) any (?:jobs|customers|clients|bookings|orders|trade)\b",
        r"\bsales (?:dropped|fell|went down)\b",
        r"\bcompany (?:went |has gone |is going )?(?:bankrupt|under|bust)\b",
        r"\bcompany (?:closed|shut)\b",
        r"生意", r"公司倒闭",
        # a craftsman's trade with no takers left: "我这手艺眼看就没人要了"
        r"手艺(?:眼看|快|都|也)?(?:就)?没人要",
        r"倒闭", r"破产", r"做买卖", r"亏损", r"亏本", r"店铺", r"开店",
        # a trader's stock bought dear or gone bad: "进价太高", "压了一批货", "货全烂了"
        r"进价", r"压(?:了|的)?(?:一批|一堆|很多|不少)?货",
        # stock left unsold on one's hands: "新机一降价 压的货全砸手里了"
        r"(?:货|东西)(?:全|都)?砸(?:在)?手(?:里|上)",
        # what a farm sells fetching too little: "豆价太低了", "貂皮价格跌得厉害"
        r"(?:皮|豆|粮|猪|牛|羊|鸡|蛋|奶|果|茶|棉|鱼|虾|玉米|小麦|稻谷|苹果|柠檬|橘子|桔子|橙子|梨|"
        r"桃|西瓜|香蕉|荔枝|芒果|葡萄|蒜|姜|辣椒|菜)(?:子|的)?(?:价格|价钱|价)"
        r"(?:都|也|又|一直|太|很)?(?:低|跌|掉|下跌|暴跌)",
        # what the buyers pay for a crop, too little: "收购价才一块多一斤"
        r"收购价(?:格|钱)?(?:都|也|又|一直|太|很|才|只有|就)?(?:低|跌|掉|压|[0-9一二两三四五六七八九几]+(?:块|毛))",
        r"货(?:都|全)?(?:坏了|烂了|卖不(?:出去|掉|动))",
        r"滞销",
        # a farm's stock or crop lost: "鱼塘被大水冲了", "虾苗死了一大半", "大棚让雪压塌了"
        r"(?:网箱|鱼塘|虾塘|蟹塘|鱼池|大棚|养殖场|猪场|鸡场|猪圈|鸡舍)(?:都|全|也)?(?:被|让)?"
        r"(?:大水|洪水|水|雪|风)?(?:冲|淹|毁|压塌|吹塌|塌)",
        r"(?:鱼|虾|蟹|黄鳝|泥鳅|甲鱼|鸡|鸭|鹅|猪|牛|羊)(?:苗|仔)?(?:都|全|也)?(?:跑了|跑光|死了|"
        r"死光|病死|淹死|冻死|冲走)",
        r"(?:庄稼|收成|果子|菜)(?:都|全|也)?(?:淹了|冻死|旱死|烂了|毁了|泡坏)", r"绝收",
        # a crop beaten down by hail: "冰雹把苹果全砸了", "麦子全让雹子打倒了", "瓜都打烂了"
        r"(?:冰雹|雹子)[^ ,\u3002]{0,8}?(?:打|砸)(?:烂|坏|倒|光|没|了)",
        r"(?:庄稼|收成|果子|瓜|麦子|稻子|玉米|苹果|葡萄|棉花|苗)(?:都|全|也)?(?:被|让)?"
        r"(?:冰雹|雹子)?(?:打烂|砸烂|打坏|砸坏|打光)",
        # a business opened that did not pay: "开了个小书屋 一直亏"
        r"开了(?:个|一个|家|一家)[^ ,\u3002]{0,6}(?:馆|店|铺|厂|作坊|工作室)",
        r"个体", r"没活(?:干)?", r"活都没有", r"接不到活", r"没有活干", r"没有订单",
        r"我的店", r"小店", r"客户不付",
        r"小(?:饭馆|餐馆|饭店|吃店|超市|卖部|面馆)",
        r"(?:我|自己)(?:开的|的)(?:饭馆|餐馆|饭店|餐厅|面馆|小吃店|奶茶店|超市|店)",
        r"\bvállalkoz\w*", r"\bcégem\w*", r"\bcég\w* (?:csőd|tönkre|bezár|megszűn)\w*",
        # a family's business, or what it makes not selling: "a családi pincészetünk", "a
        # tavaszi alomból 4 kölyök nem kelt el"
        rf"\bcsaládi (?:\w+ ){{0,2}}{_A_FAMILY_BUSINESS_HU}",
        r"\bnem (?:kelt|keltek|kel|kelnek|fogyott|fogytak) el\b",
        r"\bcsőd\w*", r"\büzlet\w*", r"\bboltom\w*", r"\bügyfel\w* nem fizet\w*",
        r"\b(?:büfém|éttermem|kávézóm|műhelyem|pékségem|standom)\w*",
        # regulars gone to a cheaper rival, a stall rained off: "my regulars went there",
        # "a törzsvendégeim átmentek", "老顾客都跑去那边了", "摊子一分钱没进"
        r"\bmy regulars\b", r"\b(?:regulars|customers|clients) (?:all )?(?:went|moved|switched|"
        r"go|started going) (?:there|over|to (?:them|her|him|it))\b", r"\bcompetitor\w*",
        r"\btörzsvendég\w*", r"\bkonkurenci\w*", r"\bvendégeim\w* (?:át|el)mentek\b",
        r"老顾客", r"回头客", r"老客户", r"抢生意", r"摊子", r"摆摊", r"出摊", r"摊位",
        r"\bforgalm(?:a|unk|am)\b.{0,20}\b(?:visszaesett|csökkent|felére|esett|zuhant)\w*",
        # Round 62's: the takings of what one runs fallen, customers hardly coming, a webshop's,
        # a crop lost to the weather ("a bevételünk a felére esett", "alig jön vendég", "a jég
        # elverte a búzát", "a termés oda")
        r"\bbevétel(?:e|em|ünk|ek)?\b.{0,20}\b(?:visszaesett|csökkent|felére|esett|zuhant|"
        r"elapadt)\w*",
        r"\balig (?:jön|jönnek|jár|járnak) (?:már |még )?(?:egy-két )?(?:valaki|vevő|vendég|ügyfél|"
        r"kuncsaft|megrendelő|megrendelés|rendelés|horgász|látogató|turista)\w*",
        # what the business runs on broken down at its busiest: "bedöglött a jéggép
        # kompresszora júliusban, a főszezon közepén"
        r"\b(?:bedöglött|elromlott|tönkrement|leégett|lerobbant|kiégett)\b.{0,80}\bfőszezon\w*",
        # the same of a season past: "esős volt a nyár, a standhoz alig jött valaki"
        r"\balig (?:jött|jöttek|járt|jártak) (?:már |még |oda |hozzám )?(?:egy-két )?(?:valaki|"
        r"vevő|vendég|ügyfél|kuncsaft|megrendelő|megrendelés|rendelés|látogató|turista)\w*",
        r"\bdropship\w*", r"\bwebshopom\w*", r"\bwebáruházam\w*",
        # the bookings of one's trade called off: "a céges bulik felét lefújták", "lemondták a
        # rendezvényeket, alig van meló"
        r"\b(?:buli|rendezvény|esküvő|foglalás|fellépés|koncert|megrendelés)\w* (?:\w+ ){0,2}"
        r"(?:le ?fújt|lemondt)\w*",
        r"\b(?:le ?fújt|lemondt)\w* (?:\w+ ){0,2}(?:buli|rendezvény|esküvő|foglalás|fellépés|"
        r"koncert|megrendelés)\w*",
        # the main customer gone elsewhere: "a legnagyobb megrendelőnk, egy pékség, elment máshoz"
        r"\b(?:legnagyobb|fő|egyetlen|állandó) (?:vevő|megrendelő|ügyfel|ügyfél|partner)\w*,? "
        r"(?:\w+,? ){0,3}(?:elment|átment|otthagy|elpártolt|felmond)\w*",
        r"\b(?:vevő|megrendelő|ügyfel|ügyfél)\w*,? (?:\w+,? ){0,3}(?:elment|átment|átpártolt)\w* "
        r"máshoz\b",
        r"\b(?:jég|aszály|szárazság|hőség|fagy|vihar|árvíz|belvíz)\w* (?:\w+ )?(?:elverte|"
        r"tönkretette|elvitte|kiszárította|elpusztította|elfagyasztotta) (?:a |az )?(?:\w+ )?"
        r"(?:termés|vetés|repcé|búzá|kukoricá|napraforgó|szőlő|gyümölcs|termény|burgonyá|krumpli|"
        r"zöldség|káposztá|paprik|paradicsom|hagymá|uborká|dinnyé|almá|barack|meggy)\w*",
        r"\b(?:az )?(?:egész )?termés\w* (?:is )?(?:oda|odavan|odalett|tönkrement|elpusztult|"
        r"odaveszett)\b",
        # no harvest at all: "a szárazság miatt nem lett termés"
        r"\bnem (?:lett|volt) (?:semmi )?termés\b",
        r"\b(?:étterem|étterm|kávézó|büfé|pékség|cukrászd|fodrászat|műhely|bolt)\w* (?:\w+ )?"
        r"(?:amit|amelyet) "
        r"(?:vezettem|vittem|üzemeltettem|nyitottam)\b",
    ),
    Cause.FORGOT: (
        r"\bforg[oe]t\w*", r"\bslipped my mind\b",
        r"\bwent (?:clean |right )?out of my (?:head|mind)\b",
        r"\b(?:didn't|did not|didnt) (?:notice|realize|realise)\b",
        r"\bmissed (?:it|the (?:payment|due date|date))\b", r"\boverlooked\b",
        r"忘了", r"忘记", r"忘記", r"忘掉", r"没记住", r"没注意",
        r"\belfelejt\w*", r"\belfeled\w*", r"\bmegfeledkez\w*", r"\bkiment a fejemből\b",
        r"\bfelejtett(?:em|ük) el\b", r"\bfeledkezt(?:em|ünk) meg\b",
        r"\bnem figyeltem\b",
    ),
    # Round 62's: a tax office's bill for back tax or a fine that took the money ("a NAV
    # kiszabott rám egy adóbírságot", "adóhátralékot kellett fizetnem"): none of the buttons,
    # the debt owned (tried last, after every other cause)
    Cause.OTHER: (
        r"\b(?:adóhátralék|adótartozás|adóbírság|pótadó|adóhiány)\w*",
        r"\bnav\w*\b.{0,30}\b(?:kivetett|kiszabott|kirótt|megbírságolt)\b",
        # a loan stood surety for, now paid by the cardholder: "kezes voltam a bátyám hitelénél,
        # most tőlem vonják"
        r"\bkezes (?:voltam|vagyok|lettem)\b", r"\bkezességet vállaltam\b", r"\bkezeskénte?\b",
    ),
}  # fmt: skip


_CAUSES = {
    cause: compile_phrases(patterns, read_often=False) for cause, patterns in CAUSE_PHRASES.items()
}

#: A relative or someone close: their illness is a family emergency, not the cardholder's own.
RELATIVES = (
    r"\b(?:my |our |his |her )(?:mother|mom|mum|mommy|mummy|father|dad|daddy|parents?|wife|"
    r"husband|partner|spouse|son|daughter|child|children|kids?|baby|brother|sister|grandma|"
    r"grandpa|grandmother|grandfather|grandparents?|uncle|aunt|cousin|nephew|niece|in-laws?|"
    r"fianc\w*|boyfriend|girlfriend|family|relatives?|mother-in-law|father-in-law)\b",
    r"\b(?:mom|mum|dad)'?s?\b", r"\brelatives?\b", r"\bfamily member\b",
    # a child named by being a twin: "one of the twins", "az egyik iker", "双胞胎里有一个"
    r"\b(?:the|my|our) twins?\b", r"\bikr\w*", r"\biker(?:ek|em|eim|ünk)?\b", r"双胞胎",
    r"\b(?:anyám|anyu\w*|anyukám|anyósom|apám|apu\w*|apukám|apósom|szüleim|feleségem|férjem|"
    r"párom|fiam|lányom|gyerekem|gyermekem|gyerekeim|babánk|babám|testvérem|bátyám|öcsém|"
    r"nővérem|húgom|nagymamám|nagyim|nagyapám|nagypapám|nagyszüleim|unokám|családtag|kisfiam|"
    r"kislányom|kisbabám|gyerekünk|fiunk|lányunk)\w*",
    r"\brokon\w*",
    # a spouse in country or old speech, with its article (no "Uram," of address): "az uramnak
    # szívinfarktusa volt", "az asszonyomat megműtötték"
    r"\baz (?:uram|asszonyom|emberem)(?:nak|mal|mat|at|tól|nál|hoz|ra)?\b",
    # "az asszony" alone, the wife in country speech: "az asszonyt megműtötték", "az asszonynak
    # stroke-ja volt"
    r"\baz asszony(?:t|nak|nál|hoz|ra|tól)?\b",
    # a helper's, the cardholder's relative: "az apja agyvérzést kapott", "a felesége kórházban van"
    r"\b(?:az )?(?:apja|anyja|édesapja|édesanyja|szülei|felesége|férje|testvére|bátyja|öccse|"
    r"nővére|húga|nagymamája|unokája)\b", r"\ba (?:fia|lánya|párja)\b",
    r"(?<![宝寶])妈|(?<![宝寶])媽|爸|父亲|父親|母亲|母親|老婆|老公|妻子|丈夫|孩子|儿子|兒子|女儿|女兒|宝宝|寶寶|哥哥|姐姐|"
    r"弟弟|妹妹|爷爷|爺爺|奶奶|外公|外婆|姥姥|姥爷|亲戚|親戚|家人|家里人|老人|公公|婆婆|岳父|岳母",
    # grandchildren, a nephew or niece, a son's wife or a daughter's husband, a wife in plain
    # speech: "小孙子打翻开水烫伤了", "外甥住院了", "媳妇做了手术"
    r"孙子|孫子|孙女|孫女|外孙|外孫|侄子|侄女|外甥|闺女|閨女|儿媳|兒媳|女婿|媳妇|媳婦",
    # a helper's, the cardholder's spouse in old age: "他老伴摔了一跤" (not one's own "靠老伴的
    # 退休金", beside the cardholder's own illness)
    r"(?:他|她)(?:的)?老伴",
    # a husband in old age, said plainly: "老头子上个月中风了" (not "宝妈": the young mothers a
    # cardholder works for, above)
    r"老头子|老頭子",
    # a spouse in northern country speech: "俺家那口子中风了", "我们家那口子住院了"
    r"(?:俺|我|我们|俺们|咱)(?:家|家里)?(?:的)?那口子",
)  # fmt: skip
_RELATIVES = compile_phrases(RELATIVES)
#: Another earner of the household lost their job: the cardholder's income went down.
PARTNER_LOST_JOB = (
    r"\b(?:my |our )?(?:husband|wife|partner|hubby|spouse|boyfriend|girlfriend|dad|mum|mom|"
    r"father|mother)\b(?: \w+){0,2} (?:lost (?:his|her|their) job|got (?:laid off|fired|sacked)|"
    r"was (?:laid off|made redundant|fired|sacked)|is (?:unemployed|out of work))",
    r"\b(?:a )?(?:férjem|feleségem|párom|élettársam)\w* (?:\w+ )?(?:elvesztette|kirúgták|"
    r"elbocsátották|munkanélküli)",
    r"(?:老公|老婆|丈夫|妻子|爱人|对象)(?:他|她)?(?:失业|被裁|被辞退|下岗|丢了工作)",
)  # fmt: skip
_PARTNER_LOST_JOB = compile_phrases(PARTNER_LOST_JOB)


#: A hospital named: where a nurse works, as well as where a patient lies.
_HOSPITAL = regex(r"\bhospital\w*|\bkorhaz\w*|医院|醫院")


def names_a_relative(text: str) -> bool:
    """Whether the message names a relative ("my dad", "az egyik ikrem", "我妈"): an illness in it
    may be theirs."""
    return bool(_RELATIVES.search(fold(normalize(text))))


def read_cause(text: str, language: str) -> Cause | None:
    """Why the payment is late, from free text in any of the three languages; ``None`` if unsaid.

    Causes are tried in the order of :data:`CAUSE_PHRASES` (dispute first, then job loss,
    illness, reduced income, family emergency, business trouble, forgetting), so "I lost my job
    because I was ill" is a job loss. A relative's illness is a family emergency ("my dad had a
    stroke", "anyám beteg", "我妈住院了"). Negations are not parsed ("not sick" still names
    illness); the dialogue confirms the cause before it matters.
    """
    folded = fold(normalize(text))
    for cause, pattern in _CAUSES.items():
        if pattern.search(folded):
            if cause is Cause.DISPUTE and (
                _own_money_lost(text) or not pattern.search(_NOT_DISPUTE.sub(" ", folded))
            ):
                continue  # a scam that took their savings, or "not disputing it": not a dispute
            written_for = _WRITTEN_FOR_THE_CARDHOLDER.search(folded)
            if cause in (Cause.JOB_LOSS, Cause.ILLNESS) and written_for:
                return cause  # "writing for my dad, the cardholder: he had a stroke"
            if cause is Cause.JOB_LOSS and _PARTNER_LOST_JOB.search(folded):
                return Cause.REDUCED_INCOME  # "my husband lost his job": less coming in
            if (
                cause is Cause.ILLNESS
                and _CAUSES[Cause.REDUCED_INCOME].search(folded)
                and not pattern.search(_HOSPITAL.sub(" ", folded))
            ):
                continue  # "they cut my shifts at the hospital": where they work, no illness
            if cause is Cause.ILLNESS and not pattern.search(
                _THE_OTHER_PARTY_HURT_ZH.sub(" ", folded)
            ):
                continue  # "出了个事故 我全责 对方住院": the other party's injury, no one's own
            if cause is Cause.ILLNESS and _PET.search(folded):
                return Cause.OTHER  # "the vet, the dog's leg operation": a pet is no cardholder
            if (
                cause is Cause.ILLNESS
                and _RELATIVES.search(folded)
                and not _OWN_ILLNESS_FIRST_ZH.match(folded)
            ):
                return Cause.FAMILY_EMERGENCY  # "my dad had a stroke"
            if cause is not Cause.JOB_LOSS and _GAMBLING.search(folded):
                return Cause.OTHER  # "szerencsejáték, de már kezelésre járok": not an illness
            if (
                cause is Cause.BUSINESS_TROUBLE
                and "借给" in folded
                and not pattern.search(_LENT_NOT_REPAID_ZH.sub(" ", folded))
            ):
                return Cause.OTHER  # "钱借给弟弟了 他做生意亏了还不上": a loan not paid back
            if (
                cause is Cause.FAMILY_EMERGENCY
                and _CAUSES[Cause.FORGOT].search(folded)
                and not _RELATIVES.search(folded)
                and not pattern.search(_FUNERALS_AT_WORK.sub(" ", folded))
            ):
                return Cause.FORGOT  # "went out of my head, the parish had a funeral every day"
            return cause
    if _HOME_DISASTER.search(folded) and _RELATIVES.search(folded):
        return Cause.FAMILY_EMERGENCY  # "my son's flat flooded, I paid for where he stayed"
    if (
        _own_money_lost(text)
        or _PET.search(folded)
        or _HOME_DISASTER.search(folded)
        or _MOVED_HOME.search(folded)
        or _PAY_DAY_MOVED.search(folded)
        or _RENT_RISE.search(folded)
        or _COST_OF_LIVING.search(folded)
        or _GAMBLING.search(folded)
        or _THING_BROKEN.search(folded)
    ):
        return Cause.OTHER  # a scam took their money; rent or prices went up; the boiler broke
    return None


#: The cardholder's own illness said first, a relative named after it only as who keeps things
#: going: "我去年脑梗住了院 店里都是我儿子在管" (an illness, not the relative's); so too with the
#: "我" left out, as it mostly is: "受伤了 矿上砸了脚 老婆吓坏了", "烫伤了 … 店就我跟我媳妇两个人",
#: "干活的时候从架子上摔下来了".
_OWN_ILLNESS_FIRST_ZH = regex(
    r"我(?:自己)?(?:年初|年底|去年|今年|前年|上个?月|前段时间|前阵子|年前|年后|过年)?(?:的时候)?"
    r"(?:突然)?(?:中风|脑梗|脑溢血|心梗|住院|生病|病了|得了|查出|骨折|摔断|摔伤|开刀|做了手术|"
    r"动了手术)"
    r"|(?:上个?月|前段时间|前阵子)?(?:突然)?(?:受伤|受了伤|工伤|骨折|摔断|摔伤|烫伤|烧伤|生病了|病了)"
    # the own joint said first: "我膝盖坏了 … 不能教孩子们了"
    r"|(?:我|俺)(?:的)?(?:膝盖|腰椎|腰|腿|脚踝|手腕|肩膀|胳膊)(?:也|都)?(?:坏了|伤了|断了|受伤)"
    # a fall at work said first, no one named before it: "摘果子的时候从梯子上摔下来了 老婆…"
    r"|(?:(?:我|俺)?(?:(?!爸|妈|老|儿|女|孩|哥|姐|弟|妹|爷|奶|婆|他|她)[\u4e00-\u9fff]){1,8}"
    r"的时候)?(?:从[\u4e00-\u9fff]{1,4})?(?:摔下来|掉下来)"
)
#: The other party of an accident hurt or in hospital, whose costs the cardholder pays ("撞了人
#: 对方住院 赔了五万"): no illness of the cardholder's or the family's.
_THE_OTHER_PARTY_HURT_ZH = regex(
    r"(?:对方|被撞的人|伤者|人家)(?:的)?(?:住院|受伤|伤了|骨折|手术|医药费|治疗)[^\s,.!?;]{0,6}"
)
#: Savings lent to someone who cannot pay them back, the borrower's own trouble told inside it:
#: "把积蓄借给朋友开店 结果他生意赔了还不上" (something else: no business of the cardholder's).
_LENT_NOT_REPAID_ZH = regex(r"借给[^。]{0,40}?(?:还不上|还不了|不还|没还|要不回|收不回|没钱还)")
#: Funerals or a death named with no relative: someone else's, as at work ("the parish had a
#: funeral nearly every day"); beside a forgotten payment, the forgetting is the cause.
_FUNERALS_AT_WORK = regex(
    r"\bfuneral\w*|\bdeath\b|\bdied\b|\btemetés\w*|\btemetes\w*|葬礼|丧事|出殡|办后事"
)
#: A pet and its vet: an animal's illness is "something else", no one's in the family. (Not the
#: saying "a kutya se vesz …": no one buys.)
_PET = compile_phrases(
    (r"\bvets?\b", r"\bdog'?s?\b", r"\bcat'?s?\b", r"\bpupp(?:y|ies)\b", r"\bpets?\b",
     r"\bállatorvos\w*", r"\bkuty[aá](?! sem?\b)\w*", r"\bmacsk[aá]\w*", r"\bkiskuty\w*",
     r"狗", r"猫", r"宠物", r"兽医")
)  # fmt: skip
#: A home flooded or burnt: a relative's is a family emergency, the cardholder's own something else.
_HOME_DISASTER = compile_phrases(
    (r"\bflood\w*", r"\bburn(?:ed|t) down\b", r"\b(?:house|flat) fire\b",
     r"\belöntötte (?:a )?víz\b", r"\bbeázott\w*", r"\bleégett\w*", r"\bcsőtörés\w*",
     r"(?:房子|家)(?:被)?(?:淹|烧)", r"火灾", r"着火")
)  # fmt: skip
#: Moved country or home and the first months cost more: "something else".
_MOVED_HOME = compile_phrases(
    (r"\bmoved (?:back |home )?(?:from abroad|back home|country|house)\b", r"\brelocat\w*",
     r"\b(?:haza)?költöz\w*", r"从国外搬回", r"搬回(?:国|来)", r"搬家")
)  # fmt: skip

#: The money paid in on another day than before, so the debit went first: "my pension got moved
#: to a different day", "más napon jön a fizetésem", "退休金改到另一天发". No money lost.
_PAY_DAY_MOVED = compile_phrases(
    (
        r"\b(?:pension|pay ?day|wages?|salary|benefits?|uc|pay)\b.{0,30}\b(?:moved|changed|"
        r"shifted|switched|put back)\b.{0,30}\b(?:day|date)\b",
        r"\b(?:changed|moved|shifted) the (?:day|date) (?:my |our )?(?:pension|wages?|salary|"
        r"benefits?|pay)\b",
        r"\b(?:changed|moved|shifted) (?:my |our |the )?(?:pension|pay ?day|wages?|salary|"
        r"benefits?)\b.{0,20}\b(?:day|date)\b",
        r"\b(?:nyugdíj|fizetés|bér|utalás)\w*.{0,30}\b(?:másik|más|új|későbbi) nap\w*",
        r"\b(?:másik|más|új|későbbi) nap\w*.{0,20}\b(?:nyugdíj|fizetés|bér|utalás)\w*",
        r"\bbérnap\w*.{0,20}(?:elcsúsz|áttett|áttet|változ)\w*",
        r"(?:退休金|养老金|工资|发薪日|发薪|到账日)[^。]{0,8}(?:改到|挪到|换到|推到|推迟|往后挪|改成|换了日子)",
    )
)


#: Gambling: one of the causes the buttons call "something else", treated or not.
_GAMBLING = compile_phrases(
    (r"\bgambl\w*", r"\bbetting\b", r"\bbookies\b", r"\bcasino\w*", r"\bszerencsejáték\w*",
     r"\bkaszinó\w*", r"\bsportfogad\w*", r"\bjátékfügg\w*", r"\bnyerőgép\w*", r"赌", r"博彩",
     r"彩票")
)  # fmt: skip


#: A costly thing broke or was written off (the boiler, the car): "something else".
_THING_BROKEN = compile_phrases(
    (
        r"\b(?:boiler|car|van|motorbike|engine|gearbox|roof|washing machine|fridge|freezer)\b"
        r"(?: \w+){0,5} (?:broke|broken|packed (?:in|up)|died|gave up|blew up|failed|"
        r"written off|was a write-off|totall?ed|needed (?:replacing|fixing|a new)|conked out)\b",
        r"\b(?:wrote off|written off|write-off) (?:my|the|our) (?:car|van)\b",
        r"\b(?:kazán|autó|kocsi|motor|tető|mosógép|hűtő|bojler)\w*(?: \w+){0,4} "
        r"(?:elromlott|tönkrement|totálkáros|lerobbant|beázott|felmondta)\w*",
        r"\b(?:elromlott|tönkrement|lerobbant|totálkáros lett) (?:a |az )?(?:kazán|autó|kocsi|"
        r"motor|mosógép|hűtő|bojler)\w*",
        r"(?:热水器|锅炉|车子?|电动车|发动机|冰箱|洗衣机|屋顶)[^\u3002,.]{0,6}(?:坏了|报废|撞坏|要换|漏水)",
    ),
    read_often=False,
)

#: Everything dearer ("cost of living", "drágaság, a rezsi duplája lett", "物价涨得厉害"): no
#: button names it, so it is "something else".
_COST_OF_LIVING = compile_phrases(
    (
        r"\bcost of living\b",
        r"\b(?:prices|bills|energy bills|food|groceries|everything)\b "
        r"(?:\w+ ){0,2}(?:went|have gone|has gone|gone|shot|going) up\b",
        r"\bdrágaság\w*",
        r"\binfláció\w*",
        r"\bmegélhetés\w*",
        r"\b(?:rezsi|árak|minden)\w* (?:\w+ )?(?:duplá|emelked|nőtt|megnőtt|drágul|felment|"
        r"elszáll)\w*",
        r"物价",
        r"生活成本",
        r"什么都(?:在)?涨",
        r"(?:电费|水电费?|燃气费?|菜价)(?:又|都|也)?涨",
    )
)
#: The rent put up: one of the causes the buttons call "something else".
_RENT_RISE = compile_phrases(
    (
        r"\brent (?:\w+ )?(?:went|has gone|had gone|shot|jumped|rose|has risen|increased|doubled|"
        r"was put|got put|is going) up\b",
        r"\brent (?:\w+ )?(?:jumped|rose|increased|doubled|went through the roof)\b",
        r"\b(?:put|putting|raised|hiked|increased|upped|bumped) (?:up )?(?:the |my |our )?rent\b",
        r"\brent (?:rise|increase|hike)s?\b",
        r"\b(?:lakbér|albérlet|bérleti díj)\w* (?:\w+ )?(?:emel|nőtt|drágul|felment|megemel|"
        r"megnőtt|duplájára)\w*",
        r"\b(?:meg)?emel\w* (?:\w+ )?(?:a |az )?(?:lakbér|albérlet|bérleti díj)\w*",
        r"涨(?:了)?[0-9一二两三四五六七八九十百千块元]*房租",
        r"房租(?:又|也|突然)?涨",
    )
)

#: People whose death or grave illness the cardholder may tell us about.
_CLOSE_PEOPLE = (
    r"(?:husband|wife|partner|spouse|mother|father|mom|mum|dad|son|daughter|child|baby|brother|"
    r"sister|parents?|grandmother|grandfather|grandma|grandpa|fianc[eé]e?|boyfriend|girlfriend|"
    r"he|she|they|family member|relative)"
)
#: Words that mean this person needs care before a negotiation: suicide or self-harm, a death,
#: grave illness, a mental-health crisis, confusion. Erring on the side of caring is fine ("I'm
#: dying to pay this off" is flagged); plain false friends are not ("deadline", "my phone died").
VULNERABILITY_PHRASES = (
    # en
    r"\bsuicid\w*", r"\bkill(?:ing)? myself\b", r"\bend (?:it all|my life)\b", r"\bending it all\b",
    r"\btake my (?:own )?life\b", r"\bself[- ]?harm\w*", r"\b(?:hurt|harm|cut)(?:ting)? myself\b",
    r"\b(?:don't|do not|dont) want to (?:live|be alive|go on|be here)\b", r"\bno reason to live\b",
    r"\bnothing to live for\b", r"\bbetter off dead\b", r"\bwish i (?:was|were) dead\b",
    r"\bwant to die\b", r"\bwanna die\b", r"\bdying\b",
    r"\b(?:can't|cannot|cant|can not) (?:go on|take (?:it|this) any ?more|cope)\b", r"\bhopeless\b",
    rf"\b{_CLOSE_PEOPLE} (?:has |had |just |recently |suddenly )?(?:died|passed)\b",
    r"\bpassed away\b", r"\bfuneral\w*", r"\bbereave\w*", r"\bdeath\b", r"\bwidow\w*",
    rf"\blost my {_CLOSE_PEOPLE}\b",
    r"\bcancer\b", r"\btumou?r\b",
    r"\bterminal(?:ly)? (?:ill|illness|cancer|disease|diagnosis|condition|stage)\b",
    r"\bi(?: am|'m|m) terminal\b", r"\bchemo\w*", r"\bdialysis\b", r"\bpalliative\b",
    r"\bhospice\b",
    r"\b(?:nervous|mental|emotional) breakdown\b", r"\bbreakdown\b(?! of)", r"\bbreaking down\b",
    r"\bdepress(?:ed|ion|ive)\b", r"\bpanic attacks?\b", r"\bmental health\b", r"\bpsychiatr\w*",
    r"\bbipolar\b", r"\bschizo\w*",
    r"\b(?:i )?(?:don't|do not|dont|can't|cannot|cant) understand "
    r"(?:anything|any of this|what is happening|what's happening)\b",
    r"\bi(?: am|'m|m) (?:so |very |really |completely )?confused\b", r"\bdementia\b",
    r"\balzheimer\w*",
    # zh
    r"自杀", r"自殺", r"不想活", r"活不下去", r"活着没意思", r"轻生", r"輕生", r"寻死", r"想死",
    r"结束生命", r"结束自己", r"跳楼", r"割腕",
    r"去世", r"过世", r"過世", r"离世", r"逝世", r"病逝", r"葬礼", r"丧事", r"丧偶",
    r"(?:丈夫|老公|妻子|老婆|爸爸|妈妈|父亲|母亲|孩子|儿子|女儿|家人|爷爷|奶奶|外公|外婆|亲人).{0,2}(?:死了|没了|走了)",
    r"癌", r"化疗", r"晚期", r"绝症", r"肿瘤", r"白血病", r"透析",
    r"抑郁", r"抑鬱", r"焦虑症", r"惊恐", r"崩溃", r"崩潰", r"精神病", r"心理问题", r"想不开",
    r"什么都不懂", r"什么都不明白", r"完全不懂", r"(?:什么都|完全|都)(?:看|听)不懂", r"痴呆",
    r"失智",
    # hu
    r"\böngyilkos\w*", r"\bmegölöm magam\b", r"\bvégzek magammal\b", r"\bvéget vetek\b",
    r"\bnem akarok (?:tovább )?élni\b", r"\bnincs értelme (?:élni|az életnek)\b", r"\bmeghalni\b",
    r"\bmeghalt\b", r"\bmeghalok\b", r"\belhunyt\b", r"\bhalál(?:a|ában|át|os|eset\w*|t)\b",
    r"\btemetés\w*", r"\bgyász\w*", r"\bözvegy\w*",
    r"\brákbeteg\w*", r"\bdaganat\w*", r"\bkemoterápi\w*", r"\bkemó\w*", r"\bterminális\b",
    r"\bgyógyíthatatlan\w*",
    r"\bdepresszi\w*", r"\bpánikroham\w*", r"\bidegösszeroppan\w*", r"\bösszeomlottam\b",
    r"\bösszeomlás\w*", r"\bpszichiát\w*", r"\bnem bírom (?:tovább|már|ezt)\b",
    r"\bsemmit (?:sem |se )?(?:nem )?értek\b", r"\bnem értek semmit\b", r"\bdemenci\w*",
    r"\balzheimer\w*",
)  # fmt: skip


_VULNERABILITY = Phrases(VULNERABILITY_PHRASES)
#: Matched with accents only: unaccented "rak" is "puts" (and "rá-" starts many words), "halal"
#: is an English word.
VULNERABILITY_PHRASES_WITH_ACCENTS = (r"\brák(?:os|om|ot|ja|ban|kal)?\b", r"\bhalál\b")
_VULNERABILITY_WITH_ACCENTS = re.compile("|".join(VULNERABILITY_PHRASES_WITH_ACCENTS))


def signals_vulnerability(text: str) -> bool:
    """Whether the message says something that needs a person's care before any negotiation.

    All languages at once (:data:`VULNERABILITY_PHRASES`): suicide or self-harm, a death, grave
    illness, a mental-health crisis, confusion. A false alarm costs a specialist a minute; a
    missed one can cost far more, so the phrases lean towards flagging.
    """
    plain = normalize(text)
    accented = "rák" in plain or "halál" in plain  # (each match of the accented phrases has one)
    return bool(
        _VULNERABILITY.found_in(fold(plain))
        or (accented and _VULNERABILITY_WITH_ACCENTS.search(plain))
    )


# ================================================================================================
# The card's last four digits, the language named
# ================================================================================================

_CARD_NUMBER = re.compile(r"(?<![0-9])[0-9]{4}(?:[ -]?[0-9]{4}){2,3}(?![0-9])")
_FOUR_DIGITS = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
#: A digit typed as a keycap emoji ("4️⃣"): the digit, its variation selector and the keycap.
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3")
_SPACED_DIGITS = re.compile(
    r"(?<![0-9])[0-9](?:(?:[ .-]|, ?)[0-9]){3}(?![0-9]|(?:[ .-]|, ?)[0-9])"
)  # "7 7 0 3", "6-2-0-5", "6,2,0,5"
_CHINESE_FOUR = re.compile(
    rf"(?<![{_CN_DIGIT_CLASS}])[{_CN_DIGIT_CLASS}]{{4}}(?![{_CN_DIGIT_CLASS}])"
)
#: A space between Chinese digits said one by one ("三 八 零 六").
_SPACED_CHINESE_DIGITS = re.compile(
    rf"(?<=[{_CN_DIGIT_CLASS}]) "
    rf"(?=[{_CN_DIGIT_CLASS}](?: [{_CN_DIGIT_CLASS}])*(?![ {_CN_DIGIT_CLASS}]))"
)
_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "nulla": "0", "egy": "1", "kettő": "2", "ketto": "2", "két": "2", "ket": "2", "három": "3",
    "harom": "3", "négy": "4", "negy": "4", "öt": "5", "ot": "5", "hat": "6", "hét": "7",
    "het": "7", "nyolc": "8", "kilenc": "9", "niner": "9",
}  # fmt: skip
_SPELLED_FOUR = re.compile(
    rf"\b(?:{'|'.join(_DIGIT_WORDS)})(?:[ ,-]+(?:{'|'.join(_DIGIT_WORDS)})){{3}}\b"
)


#: Digits as speech-to-text writes them down: "ate too won six" is 8216. Read only as a run of
#: four, with at least one real digit word among them (see :func:`_misheard_four`).
_HOMOPHONES = {
    "ate": "8", "won": "1", "too": "2", "to": "2", "tu": "2", "tree": "3", "for": "4", "fore": "4",
    "sicks": "6", "nein": "9",
}  # fmt: skip
_ENGLISH_DIGITS = ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight",
                   "nine")  # fmt: skip
_MISHEARD_FOUR = re.compile(
    rf"\b(?:{'|'.join((*_HOMOPHONES, *_ENGLISH_DIGITS))})"
    rf"(?:[ ,-]+(?:{'|'.join((*_HOMOPHONES, *_ENGLISH_DIGITS))})){{3}}\b"
)


def _misheard_four(plain: str) -> str | None:
    """The four digits of a dictated run such as "ate too won six", if exactly one."""
    found = set()
    for run in _MISHEARD_FOUR.findall(plain):
        words = re.split(r"[ ,-]+", run)
        if any(w in _HOMOPHONES for w in words) and any(w in _ENGLISH_DIGITS for w in words):
            found.add("".join(_HOMOPHONES.get(w) or _DIGIT_WORDS[w] for w in words))
    return found.pop() if len(found) == 1 else None


_DOUBLE_DIGIT = re.compile(r"\b(?:double|dupla) ([0-9])\b")
_WORDS = "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
#: A digit word said twice as "double seven", "dupla hetes" (a seven): the word twice.
_DOUBLE_DIGIT_WORD = re.compile(rf"\b(?:double|dupla) ({_WORDS})(?:-?[aeoö]?s)?\b")
#: "then" between digit words said one by one: "hét hét, aztán egy kilenc".
_THEN_AMONG_DIGIT_WORDS = re.compile(
    rf"\b({_WORDS})[ ,]+(?:and then|then|aztán|azután|utána|majd)[ ,]+(?=(?:{_WORDS})\b)"
)
#: Digits said the way a call centre says them: 拐 seven, 洞 zero, beside other digits.
_SAID_DIGITS_ZH = re.compile(
    r"(?<=[零一二三四五六七八九拐洞])[拐洞]|[拐洞](?=[零一二三四五六七八九拐洞])"
)
_DIGIT_WORD_AMONG_DIGITS = re.compile(
    rf"(?<=[0-9] )(?:{'|'.join(_DIGIT_WORDS)})\b(?= [0-9])|(?<=[0-9] )(?:{'|'.join(_DIGIT_WORDS)})"
    rf"\b(?= (?:{'|'.join(_DIGIT_WORDS)}) [0-9])"
)


def read_card_digits(text: str) -> str | None:
    """The card's last four digits, said alone or in a sentence; ``None`` unless exactly one.

    "9017", "my card ends in 9017", "尾号是3902", "5120-ra végződik", "7 7 0 3", "****1981",
    "xxxx xxxx xxxx 4471", a whole card number (its last four), "九零一七", "nine oh one seven".
    Two different groups of four ("1234 or 4321") are not read.
    """
    plain = normalize(text).replace("幺", "一")  # 幺: how "one" is said in digits
    plain = plain.translate(_EASTERN_ARABIC_DIGITS)  # "٣٨١٥" typed on an Arabic keyboard
    plain = _KEYCAP.sub(r"\1", plain)  # "4️⃣8️⃣1️⃣6️⃣": keycap emoji, one digit each
    plain = without_phone_numbers(plain)  # "ends 9172, my phone is 06 30 123 4567"
    plain = _SPACED_CHINESE_DIGITS.sub("", plain)  # "三 八 零 六" said digit by digit
    plain = _SAID_DIGITS_ZH.sub(lambda m: "七" if m[0] == "拐" else "零", plain)  # "拐拐一九"
    plain = _DOUBLE_DIGIT.sub(lambda m: f"{m[1]} {m[1]}", plain)  # "double 3": 3 3
    plain = _DOUBLE_DIGIT_WORD.sub(lambda m: f"{m[1]} {m[1]}", plain)  # "double seven"
    plain = _THEN_AMONG_DIGIT_WORDS.sub(r"\1 ", plain)  # "hét hét, aztán egy kilenc"
    plain = _DIGIT_WORD_AMONG_DIGITS.sub(lambda m: _DIGIT_WORDS[m[0]], plain)  # "8 zero 5 6"
    corrected = list(_CORRECTION.finditer(fold(plain)))
    if corrected and len(plain) == len(fold(plain)):  # "4417, wait no, its 4471": those after
        # the last correction with digits after it ("3350 哦不对 是3358 刚才看错了": its "错了"
        # closes the message)
        for correction in reversed(corrected):
            after = read_card_digits(plain[correction.end() :])
            if after is not None:
                return after
    plain = _CHINESE_FOUR.sub(
        lambda m: "".join(str(CHINESE_DIGITS[ch]) for ch in m[0]) if "两" not in m[0] else m[0],
        plain,
    )
    plain = _SPELLED_FOUR.sub(
        lambda m: "".join(_DIGIT_WORDS[w] for w in re.split(r"[ ,-]+", m[0])), plain
    )
    plain = _PAIRS_SPELLED.sub(_pairs_as_digits, plain)  # "hetvenhárom nyolcvanegy": 7381
    plain = _NOT_THE_OTHER.sub(r"\1", plain)  # "5531 not 5513 sorry": the first
    plain = _DATE.sub(lambda m: " " * len(m[0]), plain)  # "DOB 14/03/1986, 2290"
    others = set(_NOT_A_CARDS_DIGITS.findall(fold(plain)))  # a phone's, an identity card's
    others |= set(_OLD_CARDS_DIGITS.findall(fold(plain)))  # "a régi kártyám 7734 volt"
    others |= {m[1] or m[2] for m in _FIRST_DIGITS_SAID.finditer(fold(plain))}  # "starts 4658"
    marked = _said_to_be_the_cards(plain) - others
    own = set(_OWN_DIGITS.findall(fold(plain))) - others
    if len(own) == 1 and marked - own:  # "my husband's card ends 7710, mine is 3342"
        return str(own.pop())
    credit = set(_CREDIT_CARDS_DIGITS.findall(fold(plain))) - others
    if len(credit) == 1 and set(_FOUR_DIGITS.findall(plain)) - credit:
        return str(credit.pop())  # "my debit card ends 5521, the credit card one is 6093"
    if len(marked) == 1:  # "account 11773016-12345678, card ends 8846": the one said so
        return marked.pop()
    if len(marked) > 1:  # "card ending 5520, account ending 7714": the one said of the card
        of_the_card = set(_DIGITS_OF_THE_CARD_NAMED.findall(fold(plain))) & marked
        if len(of_the_card) == 1:
            return str(of_the_card.pop())
    found = {re.sub(r"[^0-9]", "", m)[-4:] for m in _CARD_NUMBER.findall(plain)}
    if not found:
        money = {m[1] or m[2] for m in _FOUR_DIGITS_OF_MONEY.finditer(fold(plain))}
        found = set(_FOUR_DIGITS.findall(plain)) - money  # "1500 ft for the new card, 2046"
        found |= {re.sub(r"[^0-9]", "", m) for m in _SPACED_DIGITS.findall(plain)}
        if not found:  # "1,094": four digits typed with a thousands separator
            found = {m[1] + m[2] for m in _FOUR_WITH_A_SEPARATOR.finditer(plain)}
        if not found and (parts := _FOUR_IN_TWO_PARTS_ALONE.fullmatch(plain)):
            found = {"".join(filter(None, parts.groups()))}  # "53 08": the four, nothing else
        if not found and (parts := _FOUR_IN_TWO_PARTS_AFTER_THE_END_HU.search(fold(plain))):
            found = {parts[1] + parts[2]}  # "a kártya vége 53 08": said to be the end, then two
    if len(found) > 1:  # "ends 6648, the old one expired in 2023": the year is no card's digits
        found -= _years_said(plain)
    if others & found:  # "ends in 3006, my phone number ends 3119": the phone's are not the card's
        found -= others
        if not found:
            return None
    own &= found
    if len(found) > 1 and len(own) == 1:  # "wife's card ends 1190, mine ends 4482"
        found = own
    if not found:
        return (
            _misheard_four(plain)
            or _four_spelled_as_one_number(plain)
            or _four_with_a_letter_slipped(plain)
        )
    return found.pop() if len(found) == 1 else None


#: Four characters, digits but for one letter a keyboard or a screen shows like a digit: o for
#: a zero, l or i for a one ("后四位 6O91", "ends 3l07"); never a word ("l8r", "2nd").
_FOUR_WITH_A_LETTER = re.compile(r"(?<![a-z0-9])(?=[0-9]*[oli][0-9]*(?![a-z0-9]))[0-9oli]{4}")
_LETTERS_AS_DIGITS = str.maketrans("oli", "011")


def _four_with_a_letter_slipped(plain: str) -> str | None:
    """The card's four digits typed with one letter slipped in for a digit, if exactly one such
    group and no other four digits were read ("后四位 6O91" is 6091, "22l5" 2215)."""
    if not any(letter in plain for letter in "oli"):
        return None
    found = {m[0].translate(_LETTERS_AS_DIGITS) for m in _FOUR_WITH_A_LETTER.finditer(plain)}
    return found.pop() if len(found) == 1 else None


#: Four digits said to be where the long card number starts: "the long number starts 4658",
#: "first four are 4658", "az eleje 4658", "4658-cal kezdődik", "开头是4658": not its last four.
_FIRST_DIGITS_SAID = re.compile(
    r"(?:\b(?:starts?|starting|begins?|beginning)(?: (?:with|in|on))?|\bfirst (?:four|4)"
    r"(?: digits| numbers)?(?: (?:are|is))?|\beleje\b(?: (?:az|a))?|开头(?:是)?|前四位(?:是)?)"
    r"\W{0,3}(?<![0-9])([0-9]{4})(?![0-9])|(?<![0-9])([0-9]{4})-?(?:t[oe]l|[vc]?[ae]l) kezd\w*"
)
#: The whole message the four digits typed in two parts, two pairs or three and a stray space
#: before the last: "53 08", "11 87.", "471 6" (a sentence with two pairs in it may be a date or a
#: time, and is not read so; one and three, "5 520", is read as a thousands separator).
_FOUR_IN_TWO_PARTS_ALONE = re.compile(r"\W*([0-9]{2}) ([0-9]{2})\W*|\W*([0-9]{3}) ([0-9])\W*")
#: The same two pairs said last, after the Hungarian words for the card's end: "kártya vége 53
#: 08", "az utolsó négy 71 20", or right after the card named, a helper's "apu kártyája 62 17".
_FOUR_IN_TWO_PARTS_AFTER_THE_END_HU = re.compile(
    r"(?:\bvege|\butolso (?:negy|4)(?: szam\w*)?|\bvegzodik|\bkartya(?:ja|m|nk)?)\W*"
    r"([0-9]{2}) ([0-9]{2})\W*$"
)
#: Digits typed on an Arabic or a Persian keyboard ("٣٨١٥"): the same digits.
_EASTERN_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: Four digits typed as an amount is, with a thousands separator: "1,094", "3.382", "5 520".
_FOUR_WITH_A_SEPARATOR = re.compile(r"(?<![0-9.,])([0-9])[,. ]([0-9]{3})(?![0-9]|[.,][0-9])")
#: Four digits said right after the card is named, beside an account's or another's: "card
#: ending 5520, account ending 7714", "a kártya vége 5520, a számláé 7714", "卡尾号5520".
_DIGITS_OF_THE_CARD_NAMED = re.compile(
    r"(?:\bcard\b|\bkartya\w*|卡)[^0-9]{0,16}?(?<![0-9])([0-9]{4})(?![0-9])"
)


def _four_spelled_as_one_number(plain: str) -> str | None:
    """Four digits spelled out as one number, all the message says: "ezerkilencszázhetvenöt" is
    1975, "one thousand and ninety four" 1094."""
    folded = fold(plain).strip(" .!")
    for language in ("hu", "en"):
        said = _spell_out(folded, language).strip(" .!")
        if _FOUR_DIGITS.fullmatch(said):
            return said
    return None


#: A date ("14/03/1986", "1986.03.14", "2019-05-01"): its digits are no card's.
_DATE = re.compile(
    r"(?<![0-9])(?:[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}"
    r"|(?:19|20)[0-9]{2}[./-][0-9]{1,2}[./-][0-9]{1,2}\.?)(?![0-9])"
)
#: Four digits (or four said one by one) said to be the card's last: "card ends in 2290", "last
#: four: 2 5 3 0", "a kártya vége 8846", "7 1 4 4 a vége", "3307-re végződik", "尾号8846".
_FOUR_SAID = r"(?<![0-9])([0-9]{4}|[0-9](?:[ .-][0-9]){3})(?![0-9]|[ .-][0-9])"
_CARDS_DIGITS = re.compile(
    r"(?:\b(?:ends?|ending|ended)(?: (?:in|with|on))?|\blast (?:four|4)(?: digits| numbers)?"
    r"|\blast (?:digits|numbers)|\butolso (?:negy|4)(?: szam\w*)?|\bveg(?:e|en|ere)\b|"
    r"尾号|尾數|尾数|后四位|末四位|最后四位|最后(?:是|为)|最后几位)"
    rf"(?: (?:are|is|was|=|van|az|a))?\W{{0,3}}(?:是|为)?\W{{0,2}}{_FOUR_SAID}"
    rf"|{_FOUR_SAID}(?:-?r[ae] vegz\w*| (?:a|az) vege\b)"
)


#: Four digits said to be the card in arrears, beside another card: "the one i owe on is 2207",
#: "amelyiken a tartozás van, az 2207", "欠钱的那张是2207".
_THE_CARD_OWED = re.compile(
    r"(?:\bthe one (?:i owe (?:on|money on)|in arrears|(?:that'?s|thats|that is) (?:overdue|in "
    r"arrears)|with the (?:debt|arrears)|i'?m behind on)|\b(?:amelyiken|amin|amelyikkel) (?:a )?"
    r"(?:tartozom|tartozas(?: van)?|van a tartozas|hatralek\w*)|欠(?:钱|款|债)的(?:那张|那个|卡)|"
    r"逾期的(?:那张|那个|卡))[^0-9]{0,12}?(?<![0-9])([0-9]{4})(?![0-9])"
)


def _said_to_be_the_cards(plain: str) -> set[str]:
    """The groups of four digits said to be the card's last (see :data:`_CARDS_DIGITS`), or the
    card owed on beside another (see :data:`_THE_CARD_OWED`)."""
    folded = fold(plain)
    return {re.sub(r"[^0-9]", "", m[1] or m[2]) for m in _CARDS_DIGITS.finditer(folded)} | set(
        _THE_CARD_OWED.findall(folded)
    )


#: Four digits said as a correction of four others: "5531 not 5513", "3319 not the 3391 i typed",
#: "2291 nem az 2219", "是3371不是3317" (read after :func:`normalize`, which makes a full-width
#: comma a comma).
_NOT_THE_OTHER = re.compile(
    r"(?<![0-9])([0-9]{4})[ ,]*(?:not|nem|不是)[ ,]*(?:(?:the|az?|那个) ?)?[0-9]{4}(?![0-9])",
    re.IGNORECASE,
)
#: Four digits said to be a phone number's or an identity document's ("my phone number ends
#: 3119", "手机尾号也是四位5590", "身份证尾号是1234"): never the card's. (Not the phone said
#: to be where it is, in a helper's hands: "她手机在我这 尾号0418" is the card's.)
_NOT_A_CARDS_DIGITS = re.compile(
    r"(?:phone|mobile|telefon\w*|mobil\w*|手机(?!在)|电话|\bid (?:card|number|no)\b|identity card|"
    r"passport|szemelyi\w*|igazolvany\w*|utlevel\w*|身份证|护照)"
    r"[^0-9]{0,30}?(?<![0-9])([0-9]{4})(?![0-9])"
)
#: Four digits said right after an old card is named, beside the one asked about: "my old card
#: was 5120", "a régi kártyám 5120 volt", "旧卡是5120": not the card's.
_OLD_CARDS_DIGITS = re.compile(
    r"(?:\b(?:old|previous|expired) (?:card|one)(?:'?s)?(?: (?:was|is|number|no|ended|ends|ending|"
    r"in|with|digits|last (?:four|4)))*|\b(?:regi|elozo|lejart)(?: kartya\w*)?(?: (?:volt|az|vege|"
    r"szama))*|(?:旧卡|老卡|以前的卡|之前的卡|以前那张|之前那张)(?:是|的|尾号|号码|卡号|后四位|为)*)"
    r"\W{0,3}(?<![0-9])([0-9]{4})(?![0-9])"
)
#: Four digits said to be the cardholder's own, beside another's: "wife's card ends 1190, mine
#: ends 4482", "a feleségemé 1190, az enyém 4482", "我老婆的卡尾号1190 我的是4482". (A partner's
#: card said alone is the one asked about: the cardholder may write for them.)
_OWN_DIGITS = re.compile(
    r"(?:\bmine\b|\bmy own\b|\bmy card\b|\benyem\w*|我的|我自己的)[^0-9]{0,20}?"
    r"(?<![0-9])([0-9]{4})(?![0-9])"
)
#: Four digits said to be the credit card's beside another card's (a debit card, a student
#: account's): "the credit card one is 6093", "a hitelkártya az 6093", "信用卡那张是6093".
_CREDIT_CARDS_DIGITS = re.compile(
    r"(?:\bcredit ?card|\bhitelkartya\w*|信用卡)[^0-9]{0,20}?(?<![0-9])([0-9]{4})(?![0-9])"
)
#: Four digits said as money, with a currency after or before them ("levontak 1500 ft-ot" for a
#: new card, "£1200"): no card's digits.
_FOUR_DIGITS_OF_MONEY = re.compile(
    r"(?<![0-9])([0-9]{4}) ?(?:ft\b|forint|huf\b|pounds?\b|quid\b|gbp\b|元|块|yuan\b|rmb\b)"
    r"|[£$€¥] ?([0-9]{4})(?![0-9])"
)
#: Two-digit numbers as words, each from 10 to 99: the card's digits said two at a time.
_TENS = {
    "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
    "tíz": 10, "tiz": 10, "tizen": 10, "húsz": 20, "husz": 20, "huszon": 20, "harminc": 30,
    "negyven": 40, "ötven": 50, "otven": 50, "hatvan": 60, "hetven": 70, "nyolcvan": 80,
    "kilencven": 90,
}  # fmt: skip
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "egy": 1, "kettő": 2, "ketto": 2, "két": 2, "három": 3, "harom": 3, "négy": 4,
    "negy": 4, "öt": 5, "ot": 5, "hat": 6, "hét": 7, "het": 7, "nyolc": 8, "kilenc": 9,
}  # fmt: skip
#: The English teens, said whole ("nineteen oh four"; Hungarian builds them: "tizenkilenc").
_TEENS = {
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
#: A pair that starts with a zero: "oh four", "zero seven", "nulla négy" (as 04, 07, 04).
_ZERO_FIRST = ("oh", "zero", "nulla")
_UNIT_WORD = rf"(?:{'|'.join(sorted(_UNITS, key=len, reverse=True))})"
_TWO_DIGITS_SPELLED = (
    rf"(?:{'|'.join(_TEENS)})"
    rf"|(?:{'|'.join(sorted(_TENS, key=len, reverse=True))})(?:[ -]?{_UNIT_WORD})?"
    rf"|(?:{'|'.join(_ZERO_FIRST)})[ -]{_UNIT_WORD}"
)
_PAIRS_SPELLED = re.compile(rf"\b({_TWO_DIGITS_SPELLED})[ ,-]+({_TWO_DIGITS_SPELLED})\b")


def _two_digits(said: str) -> str:
    """ "hetvenhárom" or "seventy three" as "73", "nineteen" as "19", "oh four" as "04"."""
    if said in _TEENS:
        return str(_TEENS[said])
    zero = next((word for word in _ZERO_FIRST if said.startswith(word + " ")), None)
    if zero is not None:
        return f"0{_UNITS[said[len(zero) :].strip(' -')]}"
    tens = max((word for word in _TENS if said.startswith(word)), key=len)
    rest = said[len(tens) :].strip(" -")
    return str(_TENS[tens] + _UNITS.get(rest, 0))


def _pairs_as_digits(match: re.Match[str]) -> str:
    return _two_digits(match[1]) + _two_digits(match[2])


#: A four-digit year said as one: "in 2023", "2021-ben", "2020年", "expired 2019".
_YEAR_SAID = re.compile(
    r"(?:\b(?:in|since|from|until|till|by|year|expired|expires|expiry|exp|lejárt|óta|born|"
    r"born in|született|szül\.?)\W{0,2})"
    r"((?:19|20)[0-9]{2})(?![0-9])"
    r"|(?<![0-9])((?:19|20)[0-9]{2})(?:年|\W?(?:-?ben|-?ban|-?ig|-?től|-?tól|-?es|-?as|óta)\b)"
    # taken back as a birth year: "1948 - no hang on thats the year i was born. 2261"
    r"|(?<![0-9])((?:19|20)[0-9]{2}|[12] [09] [0-9] [0-9])(?![0-9]| [0-9])"
    r"(?=[^0-9]{0,40}?(?:year i was born|birth ?year|"
    r"year of (?:my )?birth|sz[uü]let[eé]si [eé]v|sz[uü]lettem|出生|生日|"
    # or as this year, digit by digit too: "2 0 2 5? no thats the year", "az az évszám", "那是年份"
    r"(?:that'?s|thats|that is|it'?s|its) (?:just |only )?(?:the |this |a )?year\b|"
    r"[eé]vsz[aá]m|年份))",
    re.IGNORECASE,
)


def _years_said(plain: str) -> set[str]:
    """The four-digit groups of ``plain`` said as a year (see :data:`_YEAR_SAID`)."""
    return {(m[1] or m[2] or m[3]).replace(" ", "") for m in _YEAR_SAID.finditer(plain)}


#: Names of the three languages, in each of them.
LANGUAGE_NAMES = {
    "en": (r"\benglish\b", r"\bangol\w*", r"英文", r"英语", r"英語", r"\beng\b"),
    # not "magyaráz" (explain): "angolul jobban el tudnám magyarázni" names English alone
    "hu": (r"\bhungarian\b", r"\bmagyar(?!áz)\w*", r"匈牙利", r"\bhun\b"),
    "zh": (
        r"\bchinese\b", r"\bmandarin\b", r"\bkínai\w*", r"中文", r"汉语", r"漢語", r"普通话",
        r"华语", r"國語", r"\bzh\b",
    ),
}  # fmt: skip
_LANGUAGE_NAMES = {code: compile_phrases(names) for code, names in LANGUAGE_NAMES.items()}


def read_language_named(text: str) -> str | None:
    """The one language the message names ("in English please", "magyarul", "说中文"), if one;
    not the one it says the cardholder does not speak ("nem beszélek jól magyarul")."""
    folded = _NOT_SPOKEN.sub(" ", fold(normalize(text)))
    named = _languages_named(folded)
    if len(named) > 1:  # "magyarul, de kínaiul jobb lenne": the one preferred after a "but"
        turn = list(_TURN.finditer(folded))
        after = folded[turn[-1].end() :] if turn else ""
        named = _languages_named(after) if _PREFERRED.search(after) else named
    if len(named) > 1:  # "can we switch to english? i speak chinese ok but …": the one switched to
        switched = {
            code
            for found in _SWITCHED_TO.finditer(folded)
            for code in _languages_named(folded[found.end() : found.end() + 10])
        }
        named = list(switched) if len(switched) == 1 else named
    return named[0] if len(named) == 1 else None


def _languages_named(folded: str) -> list[str]:
    return [code for code, pattern in _LANGUAGE_NAMES.items() if pattern.search(folded)]


_TURN = regex(r"\b(?:but|de|viszont)\b|但是?|不过|可是")
#: A language asked to be switched to: "switch to english", "换成英文".
_SWITCHED_TO = regex(
    r"\b(?:switch|change|go|move|turn)\w* (?:it |this |back |over )?(?:to|into) "
    r"|(?:切换|换|改|转)(?:成|到|为|回)",
    read_often=False,
)
#: Said of the language preferred to another: "chinese would be better", "inkább angolul".
_PREFERRED = compile_phrases(
    (r"\bbetter\b", r"\brather\b", r"\bprefer\w*", r"\bjobb\w*", r"\binkább\b", r"更好",
     r"最好", r"比较好", r"更方便", r"更习惯", r"\beasier\b", r"\bkönnyebb\w*", r"更容易",
     r"容易(?:啲|些|点)")
)  # fmt: skip


#: A language the cardholder does not (well) speak or read is not the one asked for.
NOT_SPOKEN = (
    r"\b(?:i )?(?:don'?t|do not|doesn'?t|does not|can'?t|cannot|can not) "
    r"(?:speak|read|understand|write) "
    r"(?:\w+ )?(?:english|hungarian|chinese|mandarin)\b(?: (?:well|very well|much))?",
    # "i dont really get the hungarian"
    r"\b(?:i )?(?:don'?t|dont|do not|can'?t|cant|cannot) (?:really |quite |fully |always )?(?:get|"
    r"follow) (?:the )?(?:english|hungarian|chinese|mandarin)\b",
    # "中文读得很慢": read slowly
    r"(?:中文|汉语|英文|英语|匈牙利语)(?:我)?(?:读|看|写|说|打)(?:得)?(?:很|太|比较|特别)?(?:慢|吃力|费劲)",
    # the characters read slowly: "中文字看得很慢"
    r"(?:中文|汉语|英文|英语)(?:字|的字)(?:我)?(?:读|看|写|认)(?:得)?(?:很|太|比较|特别|有点)?"
    r"(?:慢|吃力|费劲)",
    # the characters not understood: "中文字看不太懂", "中文的字我看不懂"
    r"(?:中文|汉语|英文|英语)(?:字|的字)(?:我)?(?:都|也)?(?:看|读|认)(?:得)?"
    r"(?:不太懂|不懂|不明白|不太明白|不全|不太认识|不认识)",
    # "i get lost with the hungarian numbers", "i struggle with the english"
    r"\b(?:i )?(?:get|got|am|'?m|im) (?:a bit |so |really )?(?:lost|confused|muddled|stuck) "
    r"(?:with|in|by|on) (?:the )?(?:english|hungarian|chinese|mandarin)\b",
    r"\bi (?:really )?(?:struggle|struggling|battle) with (?:the )?(?:english|hungarian|chinese)\b",
    # (or a helper's: "her english isn't very good", "my mum's chinese is basic")
    r"\b(?:my|her|his|their|(?:my )?(?:mum|mom|mam|dad|wife|husband|partner)'?s) "
    r"(?:english|hungarian|chinese)(?: reading| writing| spelling| typing)? (?:is |isn'?t |"
    r"isnt |not |aint |is not )?"
    r"(?:so |very |that |too |really |a bit |quite )?(?:bad|poor|weak|limited|basic|rusty|slow|"
    r"not (?:so |very |that |too )?good|good|(?:not )?enough|not (?:so |very )?strong)\b",
    # "a magyar helyesírásom már nem a régi", "az angolom rozsdás"
    r"\b(?:magyar|angol|kínai)(?:om|(?: (?:helyesírás|nyelvtud|írás|olvasás)\w*))? (?:már )?"
    r"(?:nem a régi|gyenge|rossz|rozsdás|nem (?:túl |olyan )?jó)\b",
    r"\bnem (?:\w+ )?(?:beszél|ért|olvas|tud)\w* (?:\w+ )?"
    r"(?:magyarul|angolul|kínaiul)\b",
    r"\b(?:magyarul|angolul|kínaiul) (?:nem|alig|rosszul) (?:\w+ )?(?:megy|értek|beszélek|tudok|"
    r"olvasok)\w*(?: (?:jól|túl jól|annyira))?",
    r"\b(?:a |az )?(?:magyar|angol|kínai)t? (?:nem|alig|rosszul) (?:\w+ )?(?:értem|érteni|"
    r"beszélem|olvasom|tudom)\b(?: (?:jól|túl jól|annyira))?",
    r"(?:不会|不懂|看不懂|听不懂|不太会|看不太懂|听不太懂|不太懂)(?:说|讲|看)?(?:中文|汉语|英文|英语|匈牙利语)",
    # only a little of it spoken: "汉语只会说一点", "英语就会讲几句"
    r"(?:中文|汉语|英文|英语|匈牙利语)(?:我)?(?:只会|就会|只能|只懂)(?:说|讲|听|看)?"
    r"(?:一点点?|几句|一些|点)",
    # a thing in the language not read: "匈牙利语的数字我看不太懂", "英文的短信看不懂", the
    # questions often: "中文的问题我总是看不明白"
    r"(?:中文|汉语|英文|英语|匈牙利语|匈牙利文)的(?:数字|字|内容|意思|短信|消息|说明|句子|信|问题)"
    r"(?:我|我们)?(?:都|也|老|总|总是|老是|经常|常常)?(?:看|听|读)?(?:得)?"
    r"(?:不太懂|不懂|不明白|不太明白|不清楚)",
    r"(?:中文|汉语|英文|英语|匈牙利语)(?:我|我们)?(?:看|听|说|讲|读|写)?(?:得)?(?:不太懂|不懂|不太会|不会|"
    r"不好|不太好|"
    r"不太行|不行|一般|很差|太差)",
    # a document in the language read with effort: "中文合同里的条款我看着有点费劲"
    r"(?:中文|汉语|英文|英语|匈牙利语|匈牙利文)(?:的)?(?:合同|协议|条款|术语|文件|说明)[^。 ]{0,8}?"
    r"(?:我|我们)?(?:看|读)(?:得|着|起来)?(?:很|太|比较|特别|有点|有些)?(?:慢|吃力|费劲|不太懂|不懂)",
    # Who they are not: "nem vagyok magyar", "I'm not English", "我不是中国人".
    r"\bnem vagyok (?:\w+ )?(?:magyar|angol|kínai)\b",
    # who they are beside another word, not the language asked: "kanadai magyar vagyok", "i'm
    # a british-chinese"
    r"\b(?!én\b|is\b|csak\b)\w+ (?:magyar|angol|kínai) (?:származású )?vagyok\b",
    r"\b(?:i'?m|i am|im) (?:a )?(?!native\b|fluent\b)\w+[- ](?:english|hungarian|chinese)\b"
    r"(?! speaker)",
    r"\b(?:i'?m|i am|im) not (?:\w+ )?(?:english|hungarian|chinese|british)\b",
    r"不是(?:中国|匈牙利|英国)人",
    # another's nationality: "我丈夫是匈牙利人", "my husband is hungarian", "a férjem kínai"
    r"(?:丈夫|老公|妻子|老婆|爱人|对象|婆婆|公公|孩子)是(?:中国|匈牙利|英国)人",
    r"\bmy (?:husband|wife|partner|mum|mother|dad|father|in-laws?) (?:is|'s) (?:english|"
    r"hungarian|chinese|british)\b",
    r"\b(?:a )?(?:férjem|feleségem|párom|anyósom|apósom) (?:magyar|angol|kínai)\b",
    # Said to be hard: "english is hard for me", "nehéz nekem a magyar", "中文对我来说太难了".
    r"\b(?:english|hungarian|chinese|mandarin) (?:is|'s|s) (?:\w+ )?(?:hard|difficult|tough)\b",
    r"\bnehéz (?:nekem |nekünk )?(?:a |az )?(?:magyar|angol|kínai)\w*",
    r"\b(?:a |az )?(?:magyar|angol|kínai)\w* (?:\w+ )?(?:nehéz|nehezen megy)\b",
    r"(?:中文|汉语|英文|英语|匈牙利语)(?:对我来说|对我|我)?(?:太|很|有点|有些|挺)?(?:难|難)",
    # Not one's mother tongue: "english isn't my first language", "a magyar nem az anyanyelvem".
    r"\b(?:english|hungarian|chinese|mandarin) (?:is not|isn'?t|isnt|'?s not) my (?:first|native|"
    r"mother)(?: (?:language|tongue))?\b",
    r"\b(?:a |az )?(?:magyar|angol|kínai) (?:nyelv )?nem (?:az )?anyanyelvem\b",
    r"\bnem (?:a |az )?(?:magyar|angol|kínai) (?:nyelv )?(?:az )?anyanyelvem\b",
    r"(?:中文|汉语|英文|英语|匈牙利语)不是我的母语",
    # Good enough for a chat, not for money: "my english is ok for chatting but not for money".
    r"\bmy (?:english|hungarian|chinese) is (?:ok|okay|fine|alright|good enough)\b(?: for \w+)?,? "
    r"but not\b",
    # "my english is ok but money forms no"
    r"\bmy (?:english|hungarian|chinese) is (?:ok|okay|fine|alright|good enough)\b(?: for \w+)?,? "
    r"but (?:the )?(?:money|bank|banking|financial|official) (?:\w+ )?(?:no|not|nope)\b",
    # good enough for talking, not named for the money: "my english is ok for talking but can we
    # do the money part in hungarian"; the money words in one language confuse
    r"\bmy (?:english|hungarian|chinese) is (?:ok|okay|fine|alright|good enough) for (?:talking|"
    r"chatting|speaking|talk|chat|everyday)\b",
    r"\b(?:the )?(?:money |financial |bank )?(?:words?|terms?|letters?|forms?) in (?:english|"
    r"hungarian|chinese) (?:confuse|confuses|lose|loses|baffle|baffles) me\b",
    r"\b(?:a |az )?(?:magyar|angol|kínai) (?:\w+ )?(?:szöveg|szavak|kifejezés|levél|levelek|"
    r"nyomtatvány)\w* (?:nem|alig|rosszul) (?:\w+ )?(?:értem|értek|olvasom)\b",
    # a helper who reads the papers in it better: "megkérdezem a férjem, ő jobban érti a magyar
    # papírokat" (the language is the helper's, not asked for)
    r"\bjobban (?:érti|ért|olvassa|tudja|beszéli) (?:a |az )?(?:magyar|angol|kínai)\w*"
    r"(?: (?:papír|irat|levél|levelek|nyomtatvány|szöveg|szerződés|hivatal)\w*)?",
    r"\b(?:az )?(?:angolom|magyarom|kínaim) (?:elég|jó|oké|ok|megfelelő)\w*\b(?: \w+){0,3},? "
    r"de (?:a )?(?:pénz\w*|ehhez|ilyesmi\w*) nem\b",
    r"(?:中文|汉语|英文|英语)(?:聊天|日常)(?:还|也)?(?:行|可以|凑合)[^ ]{0,4}(?:但|不过|可是)",
    # Not great at it, or slow to type it, beside the language asked for: "my hungarian isn't
    # great for bank words", "a magyarom nem túl jó", "我中文打字很慢".
    r"\bmy (?:english|hungarian|chinese)(?: reading| writing| typing| spelling)? (?:isn'?t|isnt|"
    r"is not|aint|'?s not) (?:so |very |that |"
    r"too |really |all that )?(?:great|good enough|up to (?:it|much))\b",
    r"\bmy (?:english|hungarian|chinese) (?:typing|spelling|writing) (?:is |'?s )?(?:\w+ )?"
    r"(?:slow|bad|poor|terrible|awful)\b",
    r"\b(?:slow|bad|terrible) at (?:typing|writing|spelling) (?:in )?(?:english|hungarian|"
    r"chinese)\b",
    r"\b(?:az )?(?:angolom|magyarom|kínaim) (?:nem|nem túl|nem elég|nem annyira|nem igazán) "
    r"(?:jó|erős|elég jó)\w*",
    r"\b(?:magyarul|angolul|kínaiul) (?:\w+ )?(?:lassan|nehezen|rosszul) (?:gépel|ír)\w*",
    r"\b(?:lassan|nehezen|rosszul) (?:gépel|ír)\w* (?:\w+ )?(?:magyarul|angolul|kínaiul)\b",
    r"(?:我)?(?:中文|汉语|英文|英语)(?:打字|输入|拼写|写字)(?:很|太|特别|有点|比较)?"
    r"(?:慢|难|费劲|不行|不好)",
    # Slow or tiring to read: "reading this much chinese is slow for me", "lassan olvasok
    # magyarul", "看这么多中文太慢了"; typing it so too ("打中文字太累了").
    r"\b(?:reading|writing|typing) (?:this much |so much |all this |all that |in )?(?:english|"
    r"hungarian|chinese|mandarin) (?:is|'s|s) (?:so |too |very |really |a bit |quite )?(?:slow|"
    r"hard|difficult|tough|tiring|exhausting)\b",
    r"\b(?:magyarul|angolul|kínaiul) (?:\w+ )?(?:lassan|nehezen) (?:olvas|ért)\w*",
    r"\b(?:lassan|nehezen) (?:olvas|ért)\w* (?:\w+ )?(?:magyarul|angolul|kínaiul)\b",
    r"(?:看|打)(?:这么多|那么多)?(?:中文|汉语|英文|英语)(?:字)?(?:很|太|特别|有点|比较)?"
    r"(?:慢|累|吃力|费劲)",
    r"(?:中文|汉语|英文|英语)(?:字|的字)?(?:我)?(?:看着|看起来|读着|读起来)(?:很|太|特别|有点|比较|挺)?"
    r"(?:费劲|吃力|累|难)",
    # The one another is read better than: "reads chinese much better than english", "kínaiul
    # jobban boldogul, mint angolul", "她看中文比英文强": the language after "than" is not the
    # one asked for.
    r"\bbetter than (?:in |with |at )?(?:english|hungarian|chinese|mandarin)\b",
    r"\bjobban(?: \w+){0,2},? mint (?:a |az )?(?:magyarul|angolul|kínaiul|magyar|angol|"
    r"kínai)\w*",
    r"比(?:中文|汉语|英文|英语|匈牙利语)",
    # Round 52's: read slowly in Cantonese ("我睇英文好慢"); not understood with the verb last
    # ("a számokat angolul nem értem"); good enough but not for the numbers ("a magyarom ok, de a
    # számokkal nehezen megy"); weak, or worse than another ("a magyarom még gyenge", "az
    # angolom jobb, mint a magyarom"); the characters not all known ("中文字认不全", "can't read
    # all the chinese characters"); reading and writing both weak ("中文读写不太行").
    r"(?:睇|看)(?:中文|英文|英语|汉语)(?:好|很|太|有啲|有点)?(?:慢|辛苦|吃力|费劲|难)",
    r"睇唔(?:明|懂|太明)(?:啲)?(?:中文|英文|英语|汉语)",
    r"\b(?:magyarul|angolul|kínaiul) (?:nem|alig|rosszul) (?:\w+ )?(?:értem|érti|értjük|értik)\b"
    r"(?: (?:jól|túl jól|annyira))?",
    r"\b(?:az )?(?:angolom|magyarom|kínaim) (?:\w+ )?(?:elég|jó|oké|ok|okés|megfelelő|megy)\w*\b"
    r"(?: \w+){0,3},? de (?:a )?(?:szám|pénz|hivatalos|bank)\w*\b.{0,20}\b(?:nem|nehezen|rosszul|"
    r"alig)\b",
    r"\b(?:az )?(?:angolom|magyarom|kínaim) (?:még |elég |nagyon |túl |kicsit |egy kicsit )?"
    r"(?:gyenge|rossz|kezdő|hiányos)\b",
    r"\bjobb,? mint (?:a |az )?(?:magyarom|angolom|kínaim)\b",
    r"\bnem (?:\w+ )?(?:értem|érti|értjük|olvasom|olvassa) (?:jól |túl jól |annyira )?(?:a |az )?"
    r"(?:magyar|angol|kínai) (?:\w+ )?(?:szöveg|szavak|szám|nyelv|levél|levelek)\w*",
    r"\b(?:a |az )?(?:magyar|angol|kínai) (?:\w+ )?(?:szám|szöveg|szavak)\w* (?:nem|alig|rosszul) "
    r"(?:\w+ )?(?:érti|értjük|értik|olvassa)\b",
    r"\b(?:lenne|volna|jobb|könnyebb|inkább) nem (?:magyarul|angolul|kínaiul)\b",
    r"(?:中文|汉语|英文|英语)(?:字|的字)?(?:我)?(?:认不全|认不得|不认得|认不出|不太认识|不认识|看不全|"
    r"认得不多)",
    r"(?:中文|汉语|英文|英语)(?:我)?(?:读写|听说|读和写)(?:都)?(?:不太行|不行|不好|不太好|很差|一般)",
    r"\b(?:can'?t|cannot|don'?t|do not) (?:read|recognise|recognize|know) (?:all |many |most )?"
    r"(?:of )?(?:the )?(?:chinese|hungarian|english) (?:characters|letters|words|numbers)\b",
    # the phone's dictation named by its language, no language asked for: "my chinese voice
    # input keeps mishearing me, can we switch to english", "中文语音输入老是听错"
    r"\b(?:my |the )?(?:chinese|mandarin|hungarian|english) (?:voice (?:input|typing|"
    r"recognition)|dictation|speech to text|keyboard)\b",
    r"(?:中文|汉语|普通话|英文|英语|匈牙利语)(?:的)?(?:语音输入|语音识别|输入法|键盘)",
)  # fmt: skip
_NOT_SPOKEN = compile_phrases(NOT_SPOKEN, read_often=False)
