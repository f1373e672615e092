"""Everyday words the finding reader reads beyond the knowledge base's phrasings: tables only, no reading logic
(that stays in ``findings``). Each entry came from a misreading in a note written blind to the project
(assets/eval/fresh_notes_c.csv, fresh_notes_d.csv, 2026-12-02) and is checked both ways in tests/unit/test_findings.py.
None of it is in the knowledge-base hash, so changing it needs no retraining; ``bench/findings_equality.py`` shows
which of ~17,800 notes read differently.

- contractions typed without the apostrophe ("i dont have a fever") read as written with it;
- ``InPlace``: a word that names a finding only in its place ("a temperature", "can't breathe", "hes type 1");
- ``EN_FINE_PARTS``: "<part> fine" denies that part's finding ("lips fine, breathing fine");
- ``PREGNANT_NOW``: the note says the woman is pregnant now;
- ``NO_STOOL_FOR_DAYS``, ``FEVER_DAYS``, ``MORNING_STIFFNESS``, ``STIFF_FOR_HOURS``, ``STIFF_FOR_MINUTES``,
  ``WEIGHT_LOST``, ``ALCOHOL_UNITS``: durations and amounts that are findings (``AFTER_LEXICON``: those placed after
  the lexicon has read the note): "havent had a poo in 5 days", "fever for 6 days", "stiff in the morning for 10 mins";
- ``OVERDOSE_COUNT``, ``ZH_OVERDOSE``, ``ZH_WORST_HEADACHE``, ``ZH_RASH_AFTER_DRUG``: a tablet count or a bottle that is
  an overdose, the worst or a bursting sudden headache, a rash after a medicine (patterns with numbers or gaps a
  phrase cannot hold);
- ``EN_COMPOUNDS``: phrasings matched only as written ("cold sore");
- ``PARTS_LIST``: a complaint over a list of body parts, each part read with the complaint ("pain and swelling in my
  buttock, groin, thigh and calf");
- ``HAVE_A_COLD``: a cold named as the illness the patient has now ("having fever and cold", "she has severe cold"), read
  as its defining symptom, a runny nose (not a past cold, a denied one, or cold as a temperature: ``NOT_A_COLD``);
- ``EN_EVERYDAY``: everyday English phrasings, read like the knowledge base's and matched in any order within a
  clause ("white patches in my babys mouth", "an elephant sitting on his chest");
- ``NEEDS_NOTE_WORDS``: a finding read only in a note that speaks of its kind (pain spreading to the left arm needs
  the chest, the heart or an ACS companion: "hurt my left arm" in a fall is not it);
- ``ZH_EVERYDAY``, ``ZH_FINE``, ``ZH_HAND_FOOT_SPOTS``, ``ZH_MOUTH_ULCERS``: everyday Chinese (一直吐, 嘴唇通红, 喘气也正常, 手心脚心长了小水疱).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import rx

# Words that place a note's dribble or frequency at the bladder
URINARY_WORDS = {"urinating", "urinate", "urination", "urine", "pee", "peeing", "weeing", "stream", "bladder",
                 "micturition", "voiding", "underwear", "nocturia", "prostate"}

# Lay words for no bowel movement for days ("havent had a poo in 5 days", "hasn't been for a week", "not opened
# bowels for 4 days"): constipation, however the sentence denies it.
NO_STOOL_FOR_DAYS = rx.compile(
    r"(?i)\b(?:haven'?t|hasn'?t|have not|has not|not|no|didn'?t|hadn'?t)\s+(?:had\s+an?\s+|been\s+(?:for\s+an?\s+)?|done\s+an?\s+|"
    r"opened\s+(?:my\s+|his\s+|her\s+)?|been able to\s+)?(?:poo|poop|bowel movement|bm|number two|dump|bowels|"
    r"go(?:ne)?(?:\s+to\s+the\s+toilet)?|pooed|pooped)?\s*(?:(?:properly|at all)\s+)?(?:in|for|since)\s+"
    r"(?:\d+|a|two|three|four|five|six|seven|several|a few|over a)\s*(?:days?|weeks?|d\b)")
# Stools days apart in a parent's words ("4yo only poos every 4-5 days, big hard ones that hurt", "passes stool only after
# 2 days"): constipation (NICE CG99: fewer than 3 complete stools a week), read beside the rest (``ALSO_READ``)
STOOLS_DAYS_APART = rx.compile(
    r"(?i)\b(?:poos?|poops?|pooing|does\s+a\s+poo|passes\s+(?:a\s+)?stools?|opens?\s+(?:his|her|my)\s+bowels|bo)\s+(?:only\s+)?"
    r"(?:every|once\s+every|after|once\s+in)\s+(?:\d+(?:\s*(?:-|to)\s*\d+)?|two|three|four|five|six|seven|a\s+few|few|several)\s+days\b")
# Stools like water in a parent's words ("拉出的的便便都是黄绿色的水状的"): watery diarrhoea
ZH_WATERY_STOOLS = rx.compile(r"(?:便便|大便|拉的|拉出来的|拉出的|粑粑|稀便)[^，。；,;没无不]{0,10}?(?:水状|水样|稀水|像水一样|跟水一样|蛋花汤)")
# A chest pain brought on by exertion in a doctor's Chinese ("快走或爬3楼时出现胸骨后压迫感", "上楼的时候胸口闷"): an angina's
# exertional pain (read beside the pressing pain; ``safety.settle_exertional_chest_pain`` then reads whether rest eases it)
ZH_EXERTIONAL_CHEST = rx.compile(r"(?:快走|爬楼|爬\d+楼|爬[一二三四五六七八九十几]楼|上楼|爬坡|爬山|活动|劳累|走路|走快|运动|干活|体力活)"
                                 r"(?:时|的时候|后|之后)[^，。；,;没无不]{0,6}?(?:胸|心口|心前区)")
# A pain low in the belly that comes with each period ("每次来姨妈第一天肚子疼得要死"): painful periods
ZH_EACH_PERIOD_PAIN = rx.compile(r"(?:每次|一)(?:来)?(?:月经|例假|姨妈|大姨妈)[^，。；,;没无不]{0,8}?(?:小肚子|肚子|小腹|下腹|肚)(?:疼|痛)")
# A family better off without them, in Chinese ("要是我不在了大家可能会轻松点"): suicidal thoughts (set CK read nothing)
ZH_BETTER_OFF_WITHOUT_ME = rx.compile(r"(?:要是|如果|假如|万一)?我(?:不在了|走了|死了|没了|消失了)[^，。；！？]{0,10}?(?:轻松|更好|解脱|好过|省心)")
# A rash that does not fade when pressed, in a carer's or a doctor's Chinese ("紫红色的点，按了不退色", 压之不褪色, 按压后不褪色):
# the non-blanching rash of meningococcal disease (NICE NG240). 退色 is how many write 褪色; "孩子发烧39度，身上出了很多紫红色
# 的点，按了不退色，精神不好" read only the fever and came out self-care, roseola leading
ZH_NOT_FADING = rx.compile(r"(?:按|压|摁|按压|压之|按之|杯子压|玻璃杯压|一压|一按)[^，。；,;]{0,4}?(?:也|都|后|了|着|下去)?(?:不|没|未)"
                           r"(?:退色|褪色|变白|发白|退|褪|消失)|(?:紫红色?|紫色)的?(?:小)?(?:点|斑点|点点|疹子|斑)|瘀点|瘀斑|皮下出血")
# ... and in English words the bank lacked ("little red pinprick dots ... they stay when I press on them, temp 39" read only
# the fever: routine): a rash or spots that stay when pressed, pinprick spots (petechiae)
NOT_FADING_WHEN_PRESSED = rx.compile(
    r"(?i)\b(?:stay|stays|stayed|still\s+there|don'?t\s+(?:go|fade|disappear|vanish)|doesn'?t\s+(?:go|fade|disappear|vanish)|"
    r"didn'?t\s+(?:go|fade|disappear|vanish)|won'?t\s+(?:go|fade)|not\s+fading|don'?t\s+go\s+white|doesn'?t\s+go\s+white)\b"
    r"[^.;!?]{0,25}?\b(?:press|pressed|pressing|push|pushed|glass|tumbler)|\bpin\s*-?\s*prick\s+(?:red\s+|purple\s+)?"
    r"(?:dots|spots|rash|marks)|(?<!palatal )(?<!palate )\bpetechia\w*(?![^.;,]{0,20}\b(?:palat|soft\s+palate|mouth))")   # (not the palate's:
#                                                                        glandular fever's and strep throat's)
# A breath too short to finish a sentence, in Chinese ("说话说不完一句"): severe breathlessness (BTS/SIGN asthma)
ZH_CANT_FINISH_SENTENCE = rx.compile(r"(?:说话)?(?:说不完|讲不完)(?:一|整)?句|一句话(?:都)?(?:说不完|讲不完|说不全)|说不了完整的?(?:话|句子)|"
                                     r"说话(?:断断续续|一个字一个字)")
# A birth days or weeks ago in a mother's Chinese ("生完孩子10天", "生完宝宝一个月了"): a recent childbirth (产后 alone was read)
ZH_BORN_DAYS_AGO = rx.compile(r"(?:生完|刚生了?|生下)(?:孩子|宝宝|小孩|娃|二胎|老二|一胎|老大)?(?:才|刚|已经)?(?:(?:[\d一两二三四五六七八九十几]+|半)"
                              r"(?:天|周|个星期|个礼拜)|(?:[123一两二三]|半)个(?:多)?月)")
# Breathless with an exertion named ("sweating and short of breath after shovelling snow, says it's indigestion"): read as
# breathlessness on exertion, an acute coronary syndrome's equivalent beside the sweat (it was a routine panic attack)
BREATHLESS_ON_EXERTION = rx.compile(
    r"(?i)\b(?:short\s+of\s+breath|sob|breathless|out\s+of\s+breath|puffed(?:\s+out)?|winded)\b[^.;!?]{0,25}?\b(?:after|while|when)\s+"
    r"(?:he\s+was\s+|she\s+was\s+|i\s+was\s+)?(?:shovel\w*|digging|running|jogging|climbing|walking\s+up|carrying|lifting|exercis\w*|"
    r"gardening|mowing|cycling)")
# No urine all day in a carer's words ("今天一直没尿"): passing little urine - not "一天都没尿出来", a retention's (could not
# pass it)
ZH_NO_WEE_ALL_DAY = rx.compile(r"(?:一直|一天|今天|一上午|一下午|大半天|好久)(?:都|也)?没(?:有)?(?:尿|尿过|小便)(?![出不得])")
ZH_STOOLS_DAYS_APART = rx.compile(r"[一两二三四五六七八九十几\d]{1,3}天(?:才|左右才|多才)(?:拉|解|大便|排便|拉粑粑|便便)[^，。；,;]{0,2}?(?:一次|一回)")
# Morning stiffness with how long it lasts ("stiff in the morning for 10 mins", "morning stiffness ~1 hr"): under 30
# minutes is the brief stiffness of osteoarthritis, 30 minutes or more the long stiffness of inflammatory arthritis
# (NICE NG226 osteoarthritis; NICE NG100 rheumatoid arthritis).
MORNING_STIFFNESS = rx.compile(
    r"(?i)\b(?:stiff(?:ness)?\b[^.;]{0,30}?\b(?:morning|mornings|first thing|waking|wake up|get up)|"
    r"(?:morning|first thing)\s+stiff(?:ness)?)\b[^.;\d<>]{0,20}?"
    r"(?P<cmp><|>|under|over|less than|more than|up to)?\s*(?P<n>\d{1,3}|half an|an|one|ten|twenty|a few)\s*"
    r"(?P<unit>mins?\b|minutes?|hours?|hrs?\b|h\b)")


def stiffness_finding(cmp: str | None, n: str, unit: str) -> str | None:
    """Brief or long morning stiffness from "10 mins", "<30min", "over an hour", "half an hour"; None when the words
    do not settle it ("> 10 minutes")."""
    value = {"half an": 0.5, "an": 1, "one": 1, "ten": 10, "twenty": 20, "a few": 5}.get(n.lower()) or float(n)
    minutes = value * 60 if unit.lower().startswith("h") else value
    cmp = (cmp or "").lower()
    if cmp in ("<", "under", "less than", "up to"):
        return "short_morning_stiffness" if minutes <= 30 else None
    if cmp in (">", "over", "more than"):
        return "long_morning_stiffness" if minutes >= 30 else None
    return "short_morning_stiffness" if minutes < 30 else "long_morning_stiffness"


_ZH_NUMBERS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_NUMBERS = {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1, "one": 1, "two": 2}
FEVER_DAYS = rx.compile(r"(?i)[^\d]{0,14}?(?:for|x|since|of|已经|有|了|第|持续)?\s*(?P<n>\d{1,2}|[一两二三四五六七八九十]|five|six|"
                        r"seven|eight|nine|ten|a|one|two)\s*(?P<unit>days?|d\b|/7|天|日|weeks?|wks?|/52|周|个?星期|个?礼拜)")

# Stiff "for hours every morning", "for over an hour in the morning": the long stiffness of inflammatory arthritis;
# "for a few minutes first thing", the brief stiffness of osteoarthritis (``MORNING_STIFFNESS`` reads the duration
# after the morning; these, the duration before it).
STIFF_FOR_MINUTES = rx.compile(r"(?i)\bstiff(?:ness)?\s+for\s+(?:a few|few|a couple of|\d{1,2}|five|ten|fifteen|twenty)\s*"
                               r"(?:minutes|mins?)\s+(?:every|each|in the|first thing|when i)")
STIFF_FOR_HOURS = rx.compile(r"(?i)\bstiff(?:ness)?\s+for\s+(?:hours|an hour|over an hour|more than an hour|a couple of hours|"
                             r"two hours|\d+\s*(?:hours|hrs|h))\s+(?:every|each|in the|first thing)")
# A fit that goes on: "fitting for 10 minutes", "the seizure lasted over 5 minutes", "won't stop fitting", 抽了二十分钟
# (five minutes or more is status epilepticus's emergency, NICE NG217); read after the fit itself, so only the
# duration's words
_FIT_LOOKBEHIND = r"(?:(?<=fitting )|(?<=seizing )|(?<=jerking )|(?<=shaking )|(?<=convulsing )|(?<=seizure )|(?<=fit ))"
PROLONGED_FIT = rx.compile(
    r"(?i)" + _FIT_LOOKBEHIND + r"(?:for|lasted|lasting|went on for)\s+(?:more than |over |about |around |nearly |almost )?"
    r"(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty)\s*(?:mins?|minutes)\b|"
    r"(?:(?<=抽了)|(?<=搐了)|(?<=抽)|(?<=搐))(?:[5-9]|[1-9]\d|五|六|七|八|九|十|二十|三十|十几|二十多|好几十)多?分钟|"
    r"(?:(?<=抽了)|(?<=搐了))半个?多?小时")
FIT_WORDS = rx.compile(r"(?i)\bfit|seiz|convuls|jerking|抽|癫痫|羊角风|羊癫疯")
# not coming round after one (还没醒, 叫不醒, 醒不过来) in a sentence about a fit or a faint
ZH_NOT_WAKING = rx.compile(r"还没醒|一直没醒|没有醒|叫不醒|醒不过来|还没醒过来")
ZH_FIT_OR_FAINT = rx.compile(r"抽|癫痫|昏|晕|倒地|摔倒")
# "(stiff and puffy) every morning for over an hour": the hours after the mornings, in a sentence that says stiff
MORNINGS_FOR_HOURS = rx.compile(r"(?i)\b(?:every|each|in the)\s+mornings?\s+for\s+(?:hours|an hour|over an hour|"
                                r"more than an hour|a couple of hours|two hours|\d+\s*(?:hours|hrs|h))")
STIFF = rx.compile(r"(?i)\bstiff")

# Alcohol in units a week ("EtOH ~150 u/wk", "drinks 60 units a week"): 35 or more is the higher-risk drinking of
# NICE CG115 (35 units a week for women, 50 for men; the note's sex is not known here).
ALCOHOL_UNITS = rx.compile(r"(?i)(?:etoh|alcohol|drinks?|drinking)\s*[:~≈]?\s*(?:about|around|~|≈)?\s*"
                           r"(?:3[5-9]|[4-9]\d|[1-9]\d\d)\s*(?:u|units?)\s*(?:/|per|a|each|every)\s*(?:wk|week)|"
                           # "about 80 units a week" said alone, in words the unit makes plain
                           r"\b(?:3[5-9]|[4-9]\d|[1-9]\d\d)\s*units\s*(?:/|per|a|each|every)\s*(?:wk|week)|"
                           # a litre or a bottle of spirits a day ("~1L vodka/day x5 yrs", "a bottle of wine a night")
                           r"\b(?:\d(?:\.\d)?\s*(?:l|litres?|liters?)|(?:a|one|two|\d)\s+bottles?)\s+(?:of\s+)?(?:vodka|whisk(?:e)?y|"
                           r"gin|rum|spirits?|brandy|wine|cider)\s*(?:/|a|per|each|every)\s*(?:day|d|night)\b")

# Weight lost, stated as an amount ("lost about 5kg", "Lost 30 pounds", "lost a stone"): not a wish ("I want to lose
# 5 kg", "trying to lose weight").
WEIGHT_LOST = rx.compile(r"(?i)\b(?:lost|dropped)\s+(?:about|around|nearly|almost|over|like|roughly|at least|~)?\s*"
                         r"(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|ten|a few|several|half a)\s*"
                         r"(?:kg|kgs|kilos?|kilograms?|lbs?|pounds|stones?|st)\b")

# The worst headache of one's life, or one that came on suddenly and "is about to burst", in Chinese lay words
# ("突然头痛，说是这辈子最疼的一次", "忽然之间头痛的，感觉就是要炸了"): thunderclap headache (NICE CG150: a sudden
# severe headache peaking within minutes is a subarachnoid haemorrhage until excluded).
ZH_WORST_HEADACHE = rx.compile(r"头(?:痛|疼)[^。；！？]{0,24}?(?:这辈子|有生以来|从来没|从没|一辈子)[^。；！？，,]{0,4}?(?:最|这么|那么)(?:疼|痛)|"
                               r"(?:突然|忽然|一下子)[^。；！？]{0,4}?头(?:痛|疼)[^。；！？]{0,10}?(?:要炸|炸开|炸了|裂开)")

# A rash after a medicine, in Chinese ("吃了新开的抗生素以后，全身起了红疹子"): the medicine taken, then the rash or itch.
ZH_RASH_AFTER_DRUG = rx.compile(r"(?:吃了|用了|打了|换了|服了|开始吃|开了|吃(?=头孢|阿莫西林|抗生素|消炎药|青霉素))[^，。；！？]{0,8}"
                                r"(?:药|抗生素|消炎药|青霉素|头孢|阿莫西林|新诺明|磺胺|别嘌醇|拉莫三嗪|卡马西平|苯妥英)"
                                r"(?:[^。；！？]{0,10}?(?:以后|之后|后)(?=[^。；！？]{0,12}?(?:疹|风团|瘙痒|很痒|发痒))|"
                                # a course, then the rash that morning ("吃了三天头孢，今天早上发现身上…起了很多红色的小疹子")
                                # (or a course just finished, then the rash: "吃阿莫西林克拉维酸钾，前天刚吃完。昨天开始身上起红疹子", set EX)
                                r"[，,]?[^。；！？]{0,14}?(?:[。；][^。；！？]{0,2}?)?(?:今天|早上|昨天|第?[一二三四五六七八九十两\d]{1,2}天|现在)[^。；！？]{0,20}?(?:起|出|长)"
                                r"[^。；！？]{0,10}?(?P<rash>疹子?|红点点|红点))")   # (read as the rash: the course stays the lexicon's)

# An overdose in Chinese by count or container ("吞了30片安眠药", "一口气吃了20多片药", "她把一瓶降压药都吃了"): ten or more
# tablets, a bottle, a box or a strip, a handful; not "吃了2片药", "吃了20几天的西药" (a course) or "吃了好多药也没用".
# ``ZH_PARACETAMOL`` in it or just after it names paracetamol.
ZH_OVERDOSE = rx.compile(
    r"(?<![月周天年期])(?<!礼拜)(?:吞了|吃了|服了|吞下|喝了)[^，。；！？,]{0,4}?(?:\d{2,3}|十几|几十|二十|三十|四十|五十|一大把|一把|一整|整整一|"
    r"一瓶|一盒|一板|大半瓶|半瓶|大半盒|半盒|大半板|好多片|很多片|好几十)(?![几多来]?(?:天|日|周|个?月|年|次|顿))[^，。；！？,]{0,3}?(?:片|粒|颗|瓶|盒|板)?"
    r"[^，。；！？,]{0,6}?(?:药|片|粒|唑仑|西泮|安定|西汀|曲林|帕明|地平|洛尔|地高辛|双胍|格列[\u4e00-\u9fff]|泰诺|对乙酰氨基酚|"
    r"扑热息痛|必理通|百服宁|布洛芬|芬必得|阿司匹林)|"
    # a total counted up ("加起来大概20多片500mg的": set CL)
    r"(?:加起来|一共|总共|前后)(?:大概|差不多|估计|有)?(?:\d{2,3}|十几|几十|二十|三十)多?(?:片|粒|颗)|"
    r"把[^，。；！？,]{0,3}(?:一瓶|一盒|一板|整瓶|整盒|整板)[^，。；！？,]{0,8}?(?:药|片)[^，。；！？,]{0,3}?(?:都|全)(?:吃|吞|喝)了")
ZH_PARACETAMOL = rx.compile(r"对乙酰氨基酚|扑热息痛|泰诺|必理通|百服宁")

# A count of tablets swallowed that is an overdose ("I swallowed 20 tablets of 40mg Citalopram", "took 32 x 500mg
# tablets"): 10 or more swallowed or downed, 15 or more taken (fewer may be a course: "took 12 tablets over the week").
# ``OVERDOSE_OF_PARACETAMOL``, from its number on, names paracetamol (its own finding: the antidote and the timed level differ).
OVERDOSE_COUNT = rx.compile(
    r"(?i)\b(?P<verb>swallowed|downed|overdosed on|took|taken|had)\s+(?:about|around|over|like|roughly|nearly|almost|"
    r"maybe|at least|approx\.?|~)?\s*(?P<n>\d{2,3}|ten|twelve|fifteen|twenty|thirty|forty|fifty)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b)?\s*(?:x\s*)?"
    r"(?:\d+\s*mg\s+)?(?:of\s+(?:my|his|her|the|their)\s+)?(?:[a-z'’]+\s+)?(?:tabs?|tablets?|pills?|capsules?|caps|"
    # ... or the medicine named ("took about 20 of my mum's amitriptyline")
    r"amitriptyline|nortriptyline|sertraline|citalopram|escitalopram|fluoxetine|mirtazapine|venlafaxine|diazepam|zopiclone|"
    r"codeine|co-?codamol|tramadol|quetiapine|olanzapine|propranolol|ibuprofen|aspirin|paracetamol|sleeping pills|"
    r"parasite\s+a\s+mole)\b")
# A load of tablets taken ("taken a load of his sertraline", "swallowed a handful of her pills", "took the whole box of
# co-codamol"): an overdose whatever the count (set CL: "taken a load of his sertraline and some of my zopiclone" read
# only drowsiness and led with dehydration)
OVERDOSE_LOAD = rx.compile(
    r"(?i)\b(?:taken|took|swallowed|downed|necked)\s+(?:a\s+load|loads|a\s+handful|handfuls|a\s+bunch|a\s+lot|lots|"
    r"(?:the|a)\s+whole\s+(?:box|packet|pack|strip|bottle|tub)|all)\s+of\s+(?:his|her|my|their|the|[a-z]+'?s)\s+"
    r"(?:[a-z'’-]+\s+)?(?:tabs|tablets|pills|meds|medication|medicines|capsules|sleeping\s+pills|antidepressants|"
    r"painkillers|amitriptyline|nortriptyline|sertraline|citalopram|escitalopram|fluoxetine|mirtazapine|venlafaxine|"
    r"diazepam|zopiclone|codeine|co-?codamol|tramadol|quetiapine|olanzapine|propranolol|ibuprofen|aspirin|paracetamol)\b|"
    # ("she took 'a load' of paracetamol last night, she thinks about 20 tablets", set DV)
    r"\b(?:taken|took|swallowed|downed|necked)\s+['\"‘’“”]?(?:a\s+load|loads|a\s+handful|handfuls)['\"‘’“”]?\s+of\s+"
    r"(?:tablets|pills|paracetamol|ibuprofen|aspirin|co-?codamol|codeine|sleeping\s+pills|painkillers)\b")
# (with speech-to-text's ways of hearing it: "twenty four of the parasite a mole the five hundred milligram ones", set BJ)
OVERDOSE_OF_PARACETAMOL = rx.compile(r"(?i).{0,30}?(?:paracetamol|acetaminophen|tylenol|panadol|calpol|co-?codamol|apap|"
                                     r"crocin|dolo|biogesic|parasite\s+a\s+mole|para\s+set\s+a\s+mol|paris\s+eat\s+a\s+mole|"
                                     r"paracetamole|parasetamol)")
_OVERDOSE_WORDS = {"ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def overdose_count(m: re.Match) -> bool:
    """An ``OVERDOSE_COUNT`` match that is an overdose by its number and verb."""
    n = int(m["n"]) if m["n"].isdigit() else _OVERDOSE_WORDS[m["n"].lower()]
    return n >= (10 if m["verb"].lower() in ("swallowed", "downed", "overdosed on") else 15)


def days(n: str, unit: str) -> int:
    """The duration in days: "6 days", "第6天", "五天", "a week", "1/52"."""
    value = int(n) if n.isdigit() else _ZH_NUMBERS.get(n) or _EN_NUMBERS.get(n.lower(), 0)
    return value * 7 if unit.lower().startswith(("week", "wk", "/52", "周", "星期", "个星期", "礼拜", "个礼拜")) else value


# Everyday Chinese that the lexicon lacked, found in fresh notes written blind (2026-12-02): each maps to the
# findings it names. 吐 alone is not vomiting (吐痰 is bringing up sputum), but 一直吐 / 吐完 are; a child's lips "red
# and cracked" are Kawasaki's sign (dry cracked lips alone are dehydration); a lump felt on one side of a child's
# neck is a lymph node; 挠 (scratching) says it itches; a coal stove heating a room is the carbon monoxide source.
ZH_EVERYDAY: dict[str, tuple[str, ...]] = {
    # a Bell's palsy in everyday and Cantonese words (set BE: "嘴角 垂低, 饮水 漏出嚟, 右眼 闭唔埋, 额头 都 皱唔到" read
    # nothing; "右眼闭不上" no eye)
    **dict.fromkeys(("嘴角垂低", "嘴角下垂", "嘴角耷拉", "嘴角往下", "嘴巴歪", "嘴歪了", "嘴歪", "嘴角往一边歪",
                     "嘴往一边歪", "嘴角歪向一边", "一边脸耷拉", "半边脸耷拉", "半边脸歪", "脸歪了", "脸也歪了"), ("facial_droop",)),
    **dict.fromkeys(("眼闭不上", "眼睛闭不上", "眼闭唔埋", "眼睛闭唔埋", "闭唔埋", "眼睛合不上", "眼合不上", "眼睛闭不拢",
                     "眼闭不拢", "闭眼闭不紧", "眼睛闭不紧", "眼闭合不全", "闭不埋"), ("inability_to_close_eye",)),
    **dict.fromkeys(("额头皱不起来", "额头皱唔到", "皱唔到", "皱不到", "抬不起眉毛", "眉毛抬不起来", "额头抬不起来", "额头没有皱纹"),
                    ("whole_face_weakness",)),
    # a baby's colic in a parent's words (2026-12-05d: "每天傍晚就开始哭，一哭好几个钟头，怎么哄都不行，脸憋得通红，腿往肚子上蜷"
    # read nothing)
    **dict.fromkeys(("怎么哄都不行", "怎么哄都哄不好", "怎么抱都哄不好", "怎么哄也不行", "哄都哄不好", "哄也哄不好", "哄不住",
                     "哄也哄不住", "怎么哄都没用", "怎么哄都不管用", "哄不下来"), ("excessive_crying",)),
    **dict.fromkeys(("腿往肚子上蜷", "腿往上蜷", "腿蜷着", "腿往肚子上收", "腿往上缩", "双腿蜷", "腿缩着"), ("drawing_up_legs",)),
    # From a blind set of Chinese notes by families about an elderly parent (fresh_notes_az, 2026-12-04)
    **dict.fromkeys(("的剩菜", "吃了剩菜", "吃了剩饭", "剩饭剩菜", "放了两天的", "放了好几天的", "馊了", "变质的"),
                    ("contaminated_food_water",)),
    **dict.fromkeys(("全家吃了", "一起吃饭的人都", "一起吃的人都", "一起吃的都", "全家都拉肚子", "全家都吐", "一家人都拉肚子",
                     "全家都在拉"), ("sick_contact",)),
    **dict.fromkeys(("不让喝了", "不让喝", "不让喝酒", "没得喝", "刚戒酒", "开始戒酒", "在戒酒", "戒酒第", "断了酒", "酒断了", "没喝上酒"), ("stopped_drinking_recently",)),
    **dict.fromkeys(("墙里有人", "听到有人在说她", "听到有人在说他", "听见有人骂", "听到有人骂", "耳边有人说话"),
                    ("hallucinations",)),
    **dict.fromkeys(("眼白珠有一大片鲜红", "白眼珠有一大片鲜红", "眼白有一片鲜红", "眼白上一片红", "眼白出血", "白眼珠出血",
                     "眼白里有一块红", "眼白红了一大片", "白眼珠上一片红"), ("red_patch_white_of_eye",)),
    # the lumps bites leave ("被蚊子咬了十几个包": a bite reaction, read as a dental abscess; mosquito_bites, a traveller's
    # exposure that no condition lists, gives way to it)
    **dict.fromkeys(("咬了十几个包", "咬了好多包", "咬了好几个包", "咬的包", "咬了一个包", "叮了好多包", "叮的包", "咬了一身包"),
                    ("local_sting_swelling",)),
    # terse notes (set BI): a cauda equina's 会阴麻木, a polymyalgia's 两肩两髋疼
    **dict.fromkeys(("会阴麻木", "会阴部麻木", "会阴区麻木", "会阴发麻", "肛周麻木", "马鞍区麻木", "鞍区麻木", "鞍区感觉减退",
                     "会阴部感觉减退", "屁股中间麻"), ("saddle_anaesthesia",)),
    **dict.fromkeys(("两肩两髋疼", "两肩两髋痛", "双肩双髋疼", "双肩双髋痛", "两肩两髋", "双肩及双髋", "肩膀和大腿根都酸痛"),
                    ("girdle_pain_stiffness",)),
    # doctors' records (set BF): a faint's 随即倒地…自行清醒, a migraine's 锯齿状闪光, a hand-foot-mouth child's 手心、足底…疱疹
    **dict.fromkeys(("随即倒地", "随后倒地", "继而倒地"), ("fainting",)),
    **dict.fromkeys(("自行清醒", "自行苏醒", "数秒后清醒", "几秒后清醒", "很快清醒", "迅速清醒"), ("rapid_recovery",)),
    **dict.fromkeys(("锯齿状闪光", "锯齿样闪光", "锯齿状的光", "闪光暗点", "眼前有锯齿", "之字形闪光"), ("visual_aura",)),
    **dict.fromkeys(("按压可复制疼痛", "压之疼痛可复制", "按压可诱发疼痛", "肋软骨处压痛", "肋软骨压痛", "胸壁压痛", "胸骨旁压痛"),
                    ("chest_wall_tenderness",)),
    # Chinese parents about their children (set BL): an infant's dehydration, a toddler's tablets, a boil
    **dict.fromkeys(("尿不湿几乎是干的", "尿不湿是干的", "尿不湿都是干的", "尿布是干的", "尿片是干的", "尿片几乎是干的",
                     "一整天没尿", "半天没尿"), ("fewer_wet_nappies",)),
    **dict.fromkeys(("没多少尿", "也没多少尿", "没什么尿"), ("reduced_urine_output",)),
    **dict.fromkeys(("嘴唇很干", "嘴唇干裂", "嘴唇干干的", "嘴巴很干", "口唇干燥", "嘴唇都干了", "嘴唇发干"), ("dehydration_signs",)),
    **dict.fromkeys(("哭的时候没有眼泪", "哭没有眼泪", "哭的时候没眼泪", "哭没眼泪", "囟门凹", "囟门好像凹", "囟门凹陷",
                     "囟门凹下去", "眼窝凹陷", "眼眶凹陷"), ("dehydration_signs",)),
    **dict.fromkeys(("叫不醒", "昏昏欲睡"), ("drowsiness",)),   # (not 老想睡觉: months of it is a hypothyroid's tiredness)
    **dict.fromkeys(("吃了我的降压药", "吃了我吃的降压药", "药板上少了", "误服", "误食了药", "把药当糖吃"),
                    ("overdose_ingestion",)),
    **dict.fromkeys(("好大的疮", "好大嘅疮", "大的疮", "长了个疮", "生了个疮", "生了粒疮", "生咗粒"), ("painful_skin_lump",)),
    **dict.fromkeys(("中间软软", "中间软软的", "摸着软软的有脓", "有个白头", "有个脓头", "中间有脓"), ("fluctuant_swelling",)),
    **dict.fromkeys(("又红又肿又热", "又红又肿又烫"), ("skin_warmth",)),
    # voice dictation (set BJ): 发骚 is how speech-to-text hears 发烧; a Kawasaki child's lips and tongue
    **dict.fromkeys(("发骚", "发少", "发稍"), ("fever",)),   # (发少, 不发少: set BS's homophone typing)
    **dict.fromkeys(("舌头像杨梅一样", "舌头像杨梅", "杨梅舌", "草莓舌"), ("strawberry_tongue",)),
    **dict.fromkeys(("嘴唇红得裂开", "嘴唇又红又裂", "嘴唇红裂开"), ("red_cracked_lips",)),
    **dict.fromkeys(("软倒了", "软倒在地", "一下子软倒", "瘫倒在地", "晕了过去", "昏了过去"), ("fainting",)),
    **dict.fromkeys(("醒来马上就清楚", "醒来就清楚了", "醒了就清楚", "很快就醒了", "马上就醒了", "一会儿就醒了",
                     "不到一分钟就醒了"), ("rapid_recovery",)),
    **dict.fromkeys(("嚼几口下巴就酸", "嚼几口下巴就痛", "嚼几口下巴就疼", "嚼东西下巴酸痛", "嚼东西下巴就酸",
                     "吃饭下巴就酸痛", "嚼着嚼着下巴", "嚼久了下巴", "下巴就酸痛要停"), ("jaw_claudication",)),
    **dict.fromkeys(("太阳穴那里一直痛", "太阳穴那里一直疼", "太阳穴一直痛", "太阳穴一直疼", "太阳穴那里痛",
                     "太阳穴那里疼", "太阳穴附近痛", "太阳穴附近疼"), ("new_temporal_headache",)),
    **dict.fromkeys(("梳头碰到头皮都痛", "梳头碰到头皮都疼", "梳头都痛", "梳头都疼", "头皮一碰就痛", "头皮一碰就疼"),
                    ("scalp_tenderness",)),
    **dict.fromkeys(("床上有虫子爬", "墙上有虫子", "身上有虫子爬", "看见虫子", "看到虫子在爬", "说房间里有人",
                     "说屋里有人", "看见死去的", "看到不存在的"), ("hallucinations",)),
    **dict.fromkeys(("搞不清自己在哪", "不知道自己在哪", "分不清自己在哪", "认不出家里人", "不认识人了"), ("confusion",)),
    **dict.fromkeys(("心跳快", "心跳得快", "心跳特别快", "心跳得特别快"), ("rapid_heartbeat",)),
    **dict.fromkeys(("嘴唇眼皮肿", "嘴唇肿起来", "嘴唇肿了", "嘴巴肿起来", "嘴唇和舌头肿", "舌头肿了", "舌头肿起来"),
                    ("lip_tongue_swelling",)),
    **dict.fromkeys(("浑身起红疙瘩", "全身起红疙瘩", "身上起红疙瘩", "浑身起疙瘩", "全身起疙瘩", "起了一身疙瘩",
                     "浑身起风团", "全身起风团"), ("hives",)),
    "尿很少颜色深": ("reduced_urine_output", "dark_urine"),
    **dict.fromkeys(("尿很少", "尿少了", "尿得很少", "没怎么尿", "尿量少"), ("reduced_urine_output",)),
    **dict.fromkeys(("尿颜色深", "尿很黄", "尿发黄像茶", "尿像浓茶", "尿黄得像茶", "尿是茶色", "尿色深"),
                    ("dark_urine",)),
    **dict.fromkeys(("坐了十几个小时", "坐了十几小时", "坐了一天一夜", "长途飞机", "坐了很久的飞机", "坐了很久的车",
                     "长途火车", "长途大巴"), ("immobility_long_travel",)),
    **dict.fromkeys(("比左边粗", "比右边粗", "比另一条粗", "一条腿粗一条腿细"), ("unilateral_leg_swelling",)),
    **dict.fromkeys(("吃东西没味道", "吃什么都没味道", "吃饭没味道", "尝不出味道", "没有味觉", "味觉没了"), ("loss_of_taste",)),
    **dict.fromkeys(("闻不到味道", "闻不出味道", "没有嗅觉", "嗅觉没了"), ("loss_of_smell",)),
    # a baby's symptoms since formula began (a cow's milk allergy's link, NICE CKS "Cows' milk allergy in children"): the
    # true notes of set W, AT, BL named it and nothing read it; slow weight gain (体重长得慢) was read as weight gain
    **dict.fromkeys(("加了奶粉以后", "加奶粉以后", "加了奶粉后", "加奶粉后", "加了普通配方奶以后", "加了配方奶以后", "喝完奶粉",
                     "开始喝奶粉以后", "开始喝奶粉后", "改喝奶粉以后", "改喝奶粉后", "换成奶粉以后", "换成奶粉后",
                     "断奶换奶粉后"), ("symptoms_after_dairy",)),
    # set CK (Chinese written blind): shingles' one-sided band, a child's lice and nits, blisters on the penis
    **dict.fromkeys(("没过中间", "不过中线", "没有过中线", "没超过中线", "没过中线", "只长在一边", "只长在右边", "只长在左边"),
                    ("dermatomal_rash",)),
    **dict.fromkeys(("会动的小虫子", "会爬的小虫子", "头发上有虫子", "头上有虫子", "头发里有虫", "白白的小颗粒粘在头发上",
                     "小颗粒粘在头发上", "头发上粘着白色", "虱子", "虮子"), ("lice_or_nits_seen",)),
    **dict.fromkeys(("龟头和包皮上冒出", "龟头上冒出", "包皮上冒出", "龟头上长了", "包皮上长了", "下面长了小水泡", "下面起了小水泡",
                     "外阴长了小水泡", "外阴起了小水泡"), ("genital_blisters_ulcers",)),
    **dict.fromkeys(("羊屎蛋", "羊粪蛋", "羊屎球", "羊粪球", "拉出来又干又硬", "又干又硬像"), ("hard_stools",)),
    **dict.fromkeys(("体重长得慢", "体重长得有点慢", "体重长得也慢", "体重长得很慢", "体重长得比之前慢", "体重增长得慢",
                     "体重涨得慢", "不怎么长体重", "体重不怎么长"), ("poor_weight_gain",)),
    # coughing in bouts, in Chinese (real_zh_007: "晚上咳的厉害，一声接一声" read a night cough alone, and a whooping cough
    # lost its lead once it needed its own cough)
    **dict.fromkeys(("一声接一声", "一声连一声", "一阵一阵的咳", "一阵一阵地咳", "咳起来停不下来", "咳起来就停不下来",
                     "一咳就是好几十声", "连着咳好多声", "咳完像鸡叫", "吸气像鸡叫", "咳完吸气像鸡叫"), ("paroxysmal_cough_whoop",)),
    **dict.fromkeys(("睡不好", "睡不好觉", "睡眠不好", "睡眠差", "睡得不好", "睡得很差", "睡眠很差"), ("difficulty_falling_asleep",)),
    **dict.fromkeys(("干什么都没意思", "做什么都没意思", "什么都没意思", "对什么都不感兴趣", "什么都不想干", "哪也不去"),
                    ("loss_of_interest",)),
    **dict.fromkeys(("说自己没用", "觉得自己没用", "自己是个废人", "觉得自己是负担", "拖累"), ("guilt_worthlessness",)),
    **dict.fromkeys(("四点就醒", "三点就醒", "五点就醒", "凌晨就醒", "天不亮就醒", "醒了就睡不着"), ("early_waking",)),
    **dict.fromkeys(("攒了一大把安眠药", "攒了一把安眠药", "攒了很多安眠药", "攒了一堆药", "偷偷攒药", "攒了好多药",
                     "存了很多安眠药"), ("access_to_means",)),
    **dict.fromkeys(("交代后事", "把存折", "存折什么的都交代", "写了遗书", "安排后事"), ("suicide_plan",)),
    # psychosis in a family's or a colleague's words (set BD: a methamphetamine psychosis with a kitchen knife read nothing)
    **dict.fromkeys(("有人跟踪", "跟踪他", "跟踪她", "跟踪我", "要害他", "要害她", "要害我", "被监控", "被监视", "在监视他",
                     "在监视她", "在监视我", "被人下毒", "饭里有毒", "被窃听", "被人控制"), ("delusions",)),
    **dict.fromkeys(("冰毒", "吸冰", "K粉", "摇头丸", "大麻", "海洛因", "吸了白粉"), ("recreational_drug_use",)),
    **dict.fromkeys(("拿着菜刀", "拿着刀", "拿刀", "要砍人", "动手打人", "打人", "砸东西", "拿菜刀"), ("aggressive_behaviour",)),
    # a widow's wish to follow the one she lost (set CW: "有时候想干脆跟他一起走了算了")
    **dict.fromkeys(("跟他一起走了算了", "跟她一起走了算了", "想跟他一起走", "想跟她一起走", "想随他去", "想随她去", "想跟着他去",
                     "想跟着她去", "跟他去了算了", "跟她去了算了"), ("suicidal_thoughts",)),
    **dict.fromkeys(("想死", "不想活", "不想活了", "活着没意思", "死了就好", "死了 就好", "死了算了", "不如死了", "睡了不再醒",
                     "睡了 不再 醒", "不再醒来", "不想醒来", "睡着了就不要醒", "活着太累", "不想拖累"), ("suicidal_thoughts",)),
    **dict.fromkeys(("上腹正中剧痛", "上腹正中痛", "上腹正中疼", "胃那里剧痛", "心口窝痛", "心口窝疼"), ("epigastric_pain",)),
    **dict.fromkeys(("往后背穿", "穿到后背", "钻到后背", "往背后穿"), ("pain_radiating_to_back",)),
    **dict.fromkeys(("喝了不少酒", "喝了很多酒"), ("recent_alcohol_intake",)),
    **dict.fromkeys(("比看起来要疼得多", "比看上去疼得多", "疼得跟看起来不相称", "疼得比看上去厉害"), ("pain_out_of_proportion",)),
    **dict.fromkeys(("咯吱咯吱", "按着有捻发感", "像踩雪一样"), ("crepitus_under_skin",)),
    **dict.fromkeys(("毛蚶", "多毛蚶", "生腌", "醉蟹", "生吃海鲜", "吃了生的海鲜"), ("raw_shellfish",)),
    **dict.fromkeys(("站起来就要倒", "一站起来就晕", "站起来就晕", "站起来头晕"), ("dizziness",)),
    **dict.fromkeys(("脸发白", "脸色发白", "脸色苍白", "脸白得吓人", "嘴唇发白"), ("pallor",)),
    **dict.fromkeys(("胸口咳的时候痛", "胸口咳的时候疼", "咳嗽时胸痛", "咳嗽的时候胸口痛", "咳嗽的时候胸口疼",
                     "吸气时胸口痛", "吸气的时候胸口疼", "深呼吸胸口痛", "深呼吸胸口疼"), ("pleuritic_chest_pain",)),
    **dict.fromkeys(("像堵着", "耳朵堵着", "耳朵像堵了", "耳朵闷", "耳朵闷闷的"), ("ear_fullness",)),
    **dict.fromkeys(("拉水样", "水样便", "拉的都是水", "大便像水", "大便水样", "拉肚子 水样", "拉肚子水样", "拉肚子，水样"),
                    ("watery_diarrhoea",)),
    **dict.fromkeys(("红肿范围越来越大", "红的范围越来越大", "红肿每天都在扩大", "红肿一直在扩大", "红肿还在往外扩",
                     "每天还在往外扩", "红肿越来越大"), ("spreading_red_warm_skin",)),
    **dict.fromkeys(("一块一块的疙瘩", "一块一块的包", "一片一片的疙瘩", "消了又起", "起了又消"), ("hives",)),
    **dict.fromkeys(("几个小时就消了", "几个小时就下去了", "一会儿就消了"), ("wheals_fade_within_day",)),
    **dict.fromkeys(("一直吐", "老是吐", "总是吐", "吐个不停", "吐完", "吐得厉害", "吐了好几次", "吐了好几回", "狂吐"),
                    ("vomiting",)),
    **dict.fromkeys(("疼到后背", "痛到后背", "疼到背上", "痛到背上", "放射到后背", "牵扯到后背", "连着后背疼", "往后背窜",
                     "窜到后背", "向后背窜", "往背上窜", "向腰背部呈带状放射", "向背部放射", "向后背放射"),
                    ("pain_radiating_to_back",)),
    # the back of the head hurting (a new mother's headache with high blood pressure read no headache at all)
    **dict.fromkeys(("头颅后面疼", "头后面疼", "头后面痛", "后脑勺疼", "后脑勺痛", "后脑疼", "后脑痛"), ("headache",)),
    # no energy (没劲: tiredness, as 浑身无力 is), no strength (没有力气: weakness, as 全身没力气 is) - the 没 is no denial;
    # both legs swollen (oedema of both, not one)
    **dict.fromkeys(("没劲", "没有劲", "浑身没劲", "全身没劲"), ("fatigue",)),
    # something in the ear or nose, as a parent who has looked writes it (set GD: "说耳朵里有东西，我拿手电照了看到里面好像有颗小黄豆"
    # read nothing and led an umbilical hernia)
    **dict.fromkeys(("耳朵里有东西", "耳朵里面有东西", "耳朵里有个东西", "耳朵里好像有东西", "耳朵里好像有个东西", "耳道里有东西",
                     "耳朵眼里有东西", "塞到耳朵里", "塞进了耳朵"), ("object_in_ear",)),
    **dict.fromkeys(("鼻子里有东西", "鼻子里面有东西", "鼻孔里有东西", "鼻子里好像有东西", "鼻孔里好像有东西", "鼻孔里有个东西",
                     "塞到鼻子里", "塞进鼻子", "塞进了鼻子", "塞进鼻孔", "塞到鼻孔里"), ("object_in_nose",)),
    # 乏 on its own (有点乏, 人很乏: a cold's tiredness, set GD, as 乏力 is)
    **dict.fromkeys(("有点乏", "有些乏", "很乏", "好乏", "挺乏", "人乏", "浑身乏", "身上乏", "乏乏的"), ("fatigue",)),
    # speech not fluent with a word between (说话也不太利索: a TIA's slurred speech)
    **dict.fromkeys(("说话也不利索", "说话不太利索", "说话也不太利索", "说话有点不利索", "说话不太清楚", "说话也不太清楚",
                     "说话也不清楚", "说话有点不清楚", "讲话不利索", "讲话不清楚",
                     # a stroke's 说话不清 in a carer's words (2026-12-05)
                     "说话不清", "说话不清楚", "说不清话", "说话不利索", "吐字不清", "口齿含糊", "说话大舌头", "舌头发硬"),
                    ("slurred_speech",)),
    # set BV (children, 2026-12-05): a 3-year-old's septic hip "右腿完全不肯着地" (will not put the leg down), a hot
    # drink spilt on a toddler, a burn bigger than two palms, a sudden severe pain low on one side
    # (not 不敢走路: a vertigo's fear of walking)
    **dict.fromkeys(("不肯着地", "不敢着地", "不能着地", "脚不敢落地", "腿不敢落地", "不肯下地走"), ("inability_to_bear_weight",)),
    # (not 腿蜷着, a colicky baby's legs drawn up: "脸憋得通红，腿蜷着，像肚子疼" at 7 weeks was a child not using a limb, set EH)
    **dict.fromkeys(("腿弯着", "腿屈着"), ("unable_to_move_joint",)),
    # set BV: a 12-year-old's appendicitis "按下去松手的时候更疼" (rebound tenderness in a parent's words)
    **dict.fromkeys(("松手的时候更疼", "松手的时候更痛", "松手时更疼", "松手时更痛", "一松手更疼", "一松手更痛", "松开更疼",
                     "松开更痛", "松手更疼", "松手更痛", "一松手就疼", "松开手更疼"), ("rebound_tenderness",)),
    # set BY: a vasovagal faint at a blood test "看到针头就…晕过去了…几秒钟就醒了，醒了就好了" was an emergency
    **dict.fromkeys(("几秒钟就醒了", "几秒就醒了", "马上就醒了", "很快就醒了", "一会儿就醒了", "醒了就好了", "醒来就好了",
                     "很快就醒过来了", "马上醒过来了"), ("rapid_recovery",)),
    **dict.fromkeys(("看到针头", "看见针头", "看到血就", "看见血就", "晕针", "晕血"), ("fainting_trigger",)),
    # set BZ (the abdomen): an old man's obstruction "三天没大便了，也不放屁，肚子越来越胀，像鼓一样" read a constipation and
    # bloating (self-care); a cirrhotic's haematemesis "脸色很白"
    # (not 不排气 alone: "胃胀气恶心不打嗝不排气" is a bloated stomach's)
    **dict.fromkeys(("不放屁", "没放屁", "也不放屁", "屁也没有", "屁都不放", "连屁都没", "屁也不放"),
                    ("absolute_constipation",)),
    **dict.fromkeys(("像鼓一样", "胀得像鼓", "肚子鼓得", "鼓得像", "肚子硬邦邦鼓"), ("abdominal_distension",)),
    **dict.fromkeys(("脸色很白", "脸色煞白", "脸色发白", "脸色惨白", "脸煞白", "脸色特别白", "面色苍白"), ("pallor",)),
    # a cystitis in pregnancy "小便烧灼痛，每半小时就要上一次厕所" read nothing (and led with preterm labour, then a miscarriage)
    **dict.fromkeys(("小便烧灼痛", "小便灼痛", "小便烧灼", "小便灼热", "小便烧得慌", "尿尿烧灼", "排尿烧灼", "尿的时候烧", "小便的时候烧",
                     "小便时烧灼", "小便时灼痛"), ("dysuria",)),
    **dict.fromkeys(("每半小时就要上一次厕所", "每半小时上一次厕所", "每半小时就要上厕所", "半小时就要上一次厕所", "一会儿就要上厕所",
                     "老想上厕所小便", "每个小时都要上厕所", "每小时都要上厕所", "每小时上一次厕所"), ("urinary_frequency",)),
    # a fishbone stuck in the throat (out_of_scope_notes: "一咽口水就刺痛，吞了几口饭团也没咽下去" read nothing)
    **dict.fromkeys(("咽口水就刺痛", "一咽口水就痛", "一咽口水就疼", "咽口水就疼", "咽口水就痛", "咽口水都疼", "咽口水都痛",
                     "吞口水就疼", "吞口水就痛"), ("painful_swallowing",)),
    **dict.fromkeys(("没咽下去", "咽不下去", "吞不下去", "咽不下", "吞不下", "卡着下不去"), ("difficulty_swallowing",)),
    # set BT (older patients): a grandmother's hip fracture "在卫生间滑倒…站不起来" read no fall
    **dict.fromkeys(("滑倒", "滑了一跤", "绊倒", "绊了一跤", "摔下来", "从床上掉下来", "从床上摔下来", "坐空了"), ("fall_or_injury",)),
    **dict.fromkeys(("没有力气", "没力气"), ("generalised_weakness",)),
    **dict.fromkeys(("双腿肿", "双腿水肿", "两腿肿", "两条腿肿", "双下肢肿", "双脚肿", "两只脚都肿"), ("ankle_swelling",)),
    **dict.fromkeys(("嘴唇红得干裂", "嘴唇通红", "嘴唇又红又裂", "嘴唇红肿干裂", "嘴唇裂口子", "嘴唇红裂", "嘴唇红红的还裂"),
                    ("red_cracked_lips",)),
    **dict.fromkeys(("胳膊垂着不肯动", "胳膊不肯动", "胳膊不敢动", "胳膊耷拉着", "手臂不肯动", "胳膊垂着不动", "不肯伸手拿东西",
                     "不肯用那只手", "那只手不肯动", "胳膊抬不起来不肯动"), ("holding_arm_against_body",)),
    **dict.fromkeys(("眼皮边上长了个", "眼皮上长了个", "眼皮上长了一个", "眼皮边上长了一个", "眼皮上起了个", "眼皮上鼓了个",
                     "眼睑上长了个"), ("eyelid_lump",)),
    # croup's cough and stridor, an infant's fast breathing and wheeze, as Chinese parents say them
    **dict.fromkeys(("像小狗叫", "像狗叫", "小狗叫一样", "狗叫一样", "像狗在叫", "像海豹叫"), ("barking_cough",)),
    **dict.fromkeys(("吸气的时候喉咙里有", "吸气时喉咙里有", "吸气有响声", "吸气的时候有响声", "吸气有声音",
                     "吸气的时候有声音", "吸气时有声音", "吸气时候有响声"), ("stridor",)),
    **dict.fromkeys(("呼吸比平时快", "呼吸比较快", "呼吸很快", "呼吸有点快", "呼吸变快", "呼吸加快", "喘得很快"),
                    ("rapid_breathing",)),
    **dict.fromkeys(("咝咝的声音", "嘶嘶的声音", "吱吱的声音", "咝咝响", "嘶嘶响"), ("wheeze",)),
    **dict.fromkeys(("手脚有点肿", "手脚都肿", "手脚肿了", "手脚发红发肿", "手脚红肿", "手和脚都肿"), ("swollen_red_hands_feet",)),
    **dict.fromkeys(("脖子一边摸到一个包", "脖子上摸到一个包", "脖子一边摸到个疙瘩", "脖子上摸到疙瘩", "脖子上有个包",
                     "脖子一边有个包", "脖子上起了个包"), ("swollen_lymph_nodes",)),
    # 挠 is scratching; 抓 alone is also grabbing ("一直抓右耳朵": pulling at an ear)
    **dict.fromkeys(("一直挠", "老是挠", "总是挠", "去蹭去抓", "挠个不停"), ("generalised_itching",)),
    **dict.fromkeys(("嘴里老是烂", "嘴里烂了", "嘴巴烂了", "嘴里长泡", "嘴里起泡"), ("mouth_ulcers",)),
    **dict.fromkeys(("早上起来手是僵的", "早上起来手僵", "早上起来手指僵", "早上手指僵硬", "晨起手僵", "早上起床关节僵",
                     "早上起来关节僵"), ("long_morning_stiffness",)),
    # heating only: burning charcoal in a closed room (烧炭) is also a method of suicide, and a note planning it
    # names the suicide plan, not an exposure
    **dict.fromkeys(("烧煤炉取暖", "烧煤炉", "煤炉取暖", "烧炭取暖", "生炉子取暖", "炭火盆", "炭盆", "炭火取暖", "烧炭火"),
                    ("co_exposure_source",)),
    **dict.fromkeys(("听不清", "听不见", "听不太清"), ("hearing_loss",)),
    **dict.fromkeys(("脖子有点硬", "脖子硬", "脖子发硬", "脖子僵硬", "颈部发硬"), ("neck_stiffness",)),
    **dict.fromkeys(("嘴唇就肿了", "嘴唇肿了", "嘴唇肿起来", "嘴唇都肿了", "嘴巴肿了"), ("lip_tongue_swelling",)),
    **dict.fromkeys(("一片片的红疙瘩", "一片一片的红疙瘩", "起了一片片的", "一片片的疙瘩"), ("hives",)),
    **dict.fromkeys(("声音有点哑", "声音也有点哑", "声音哑了", "嗓子哑了"), ("hoarse_voice",)),
    **dict.fromkeys(("睡着了不醒来就好了", "不醒来就好了", "睡着了不醒就好了"), ("suicidal_thoughts",)),
    **dict.fromkeys(("白带变多", "白带多", "白带增多", "白带异常", "白带有异味", "白带发黄", "白带难闻"), ("abnormal_vaginal_discharge",)),
    **dict.fromkeys(("黄绿色的，有泡沫", "黄绿色泡沫", "泡沫状白带", "白带有泡沫", "黄绿色白带"), ("frothy_yellow_green_discharge",)),
    **dict.fromkeys(("出去透透气好一点", "出去透气就好点", "离开家就好了", "出门就好一些"), ("better_away_from_home",)),
    # an infant who cries in bouts and stops between them, legs drawn up, stools like redcurrant jelly: the colicky
    # pain of intussusception (NICE CKS; 阵发性哭闹 is the clinical word)
    **dict.fromkeys(("哭一阵停一阵", "哭一阵好一阵", "一阵一阵地哭", "一阵一阵的哭", "阵发性哭闹"),
                    ("excessive_crying", "cramping_abdominal_pain")),
    **dict.fromkeys(("腿蜷起来", "腿缩起来", "把腿蜷", "蜷着腿", "腿往肚子上缩"), ("drawing_up_legs",)),
    **dict.fromkeys(("果酱样大便", "大便像果酱", "果酱一样的大便", "果酱样便", "果酱色大便"), ("redcurrant_jelly_stool",)),
    **dict.fromkeys(("一块一块红色的疙瘩", "一块一块红的疙瘩", "一块块的疙瘩", "一块块红疙瘩", "一块一块的红疙瘩"), ("hives",)),
    **dict.fromkeys(("一会这里一会那里", "一会儿这里一会儿那里", "这里起那里消"), ("wheals_fade_within_day",)),
    # a fit in plain words ("突然抽起来了", "手脚一抽一抽的", "有抽动现象"); never 抽筋 (a cramp), 抽血 or 抽烟
    **dict.fromkeys(("抽起来了", "抽起来", "一抽一抽", "抽动现象", "四肢抽动", "手脚抽动", "全身抽动", "浑身抽动",
                     "抽了几分钟", "抽了一会", "抽了两分钟", "抽了三分钟", "抽了一次", "抽了一下", "抽了两次", "两眼上翻",
                     "双眼上翻", "眼睛往上翻", "眼睛上翻"), ("seizure",)),
    # notes_g (a sixth blind set): "bones aching all over" is flu's myalgia, not bone pain; period pain on the first day
    # of a period; a child's dry lips and less urine; a herald patch and spots along the ribs; bowels and bladder fine
    **dict.fromkeys(("浑身骨头都疼", "浑身骨头疼", "全身骨头疼", "全身骨头都疼", "骨头缝里疼", "浑身骨头痛", "全身骨头痛"),
                    ("myalgia",)),
    **dict.fromkeys(("来月经第一天肚子疼", "来月经肚子疼", "来月经的时候肚子疼", "例假第一天肚子疼", "来例假肚子疼",
                     "来大姨妈肚子疼", "月经第一天肚子疼"), ("painful_periods",)),
    "嘴唇有点干": ("dry_mouth",),
    **dict.fromkeys(("尿比平时少", "尿少了", "尿量少了", "尿也少了"), ("reduced_urine_output",)),
    **dict.fromkeys(("椭圆形的红斑", "椭圆形红斑"), ("herald_patch",)),
    **dict.fromkeys(("顺着肋骨", "沿着肋骨"), ("christmas_tree_rash",)),
    **dict.fromkeys(("大小便都正常", "大小便正常", "二便正常", "大小便没问题", "大小便都没问题", "无大小便异常", "大小便无异常",
                     "二便无异常", "无二便异常", "大小便均正常", "二便如常"),
                    ("-bladder_bowel_dysfunction", "-urinary_retention")),
    **dict.fromkeys(("腿不麻", "下肢不麻", "腿也不麻"), ("-leg_numbness_tingling",)),
    # a baby's breathing and feeding said to be well ("呼吸看着不快，嘴唇不紫", "奶量跟平时差不多": NICE NG9's reasons to
    # refer a bronchiolitis, denied; set CM)
    **dict.fromkeys(("呼吸看着不快", "呼吸不快", "呼吸也不快", "呼吸不急", "呼吸也不急", "呼吸不费力", "喘气不快", "喘气也不快"),
                    ("-rapid_breathing",)),
    **dict.fromkeys(("嘴唇不紫", "嘴唇也不紫", "嘴唇不发紫", "嘴唇没发紫", "嘴唇没有发紫", "嘴唇没紫", "嘴唇不青"), ("-cyanosis",)),
    **dict.fromkeys(("奶量跟平时差不多", "奶量和平时差不多", "奶量正常", "吃奶正常", "吃奶还行", "吃奶跟平时一样", "奶量没减少"),
                    ("-poor_feeding",)),
    **dict.fromkeys(("尿不湿也正常湿", "尿不湿正常", "尿布正常", "尿量正常", "尿不湿跟平时一样湿"), ("-fewer_wet_nappies",)),
    **dict.fromkeys(("脚踝扭了", "扭到脚踝", "崴了脚", "脚崴了", "把脚崴了"), ("fall_or_injury", "ankle_pain")),
    **dict.fromkeys(("嘴巴里长了个溃疡", "嘴里长了个溃疡", "嘴里长溃疡", "嘴巴里长溃疡", "长了个溃疡", "长了个口腔溃疡"),
                    ("mouth_ulcers",)),
    **dict.fromkeys(("早上僵硬一个多小时", "晨僵一个多小时", "晨僵超过1小时", "早上僵硬一个小时", "早上僵硬一小时",
                     "早上起来僵一个多小时"), ("long_morning_stiffness",)),
    **dict.fromkeys(("两边对称", "双手对称", "左右对称"), ("symmetrical_small_joint_pain",)),
    **dict.fromkeys(("早上僵硬几分钟", "早上起来僵几分钟", "早上僵一会儿就好", "晨僵几分钟", "晨僵不到半小时"),
                    ("short_morning_stiffness",)),
    **dict.fromkeys(("晒得红红的", "晒伤了", "晒红了", "晒得通红", "晒脱皮了"), ("burn_injury",)),
    **dict.fromkeys(("大姨妈第一天，小肚子", "来月经第一天，小肚子", "月经第一天，小肚子"), ("painful_periods",)),
    **dict.fromkeys(("好几个人都这样", "好几个同事也这样", "同事也这样", "同事都这样", "好几个人也这样", "家里人都这样",
                     "家里好几个人都"), ("sick_contact",)),
    # a persecutory belief and voices in plain words (a mother days after birth: postpartum psychosis)
    **dict.fromkeys(("有人要害她", "有人要害我", "有人要害他", "有人害她", "有人害我", "有人想害", "有人要毒死", "有人下毒"),
                    ("delusions",)),
    **dict.fromkeys(("听到有人跟她说话", "听到有人跟我说话", "听见有人跟她说话", "听到有人说话", "听见有人说话",
                     "听到有声音", "听见有声音"), ("hallucinations",)),
    # a swollen knee and a fall in everyday words (a haemophilia knee bleed read nothing and was out of scope)
    **dict.fromkeys(("膝盖肿痛", "膝盖又肿又痛", "膝关节肿痛"), ("joint_swelling", "knee_pain")),
    **dict.fromkeys(("膝盖肿", "膝盖很快肿", "膝盖一下子肿", "膝盖马上肿"), ("joint_swelling",)),
    # (not 摔倒 / 跌倒 / 滑倒 alone: "今年摔倒过三次" is a faller's history, and a fit's collapse is not an injury)
    **dict.fromkeys(("骑车摔倒", "骑车摔了", "从车上摔",
                     # (a foot missed, a bike fallen from: "在小区台阶踩空摔了，后脑勺磕到地上" of a 73-year-old and "骑自行车摔了
                     # ... 头盔后面磕裂了" of a 9-year-old read no fall, set AZ and EI once a concussion needed one, set FV)
                     "踩空摔了", "踩空了", "一脚踩空", "骑自行车摔了", "骑自行车摔倒", "骑电动车摔了", "骑电动车摔倒", "骑摩托车摔了",
                     "从自行车上摔", "从电动车上摔"), ("fall_or_injury",)),
    **dict.fromkeys(("很累", "好累", "特别累", "老是累", "总是累", "容易累", "累得不行"), ("fatigue",)),
    # real patient questions (assets/corpora, 2026-12-02): a fit (foaming at the mouth, limbs twitching; 抽经 is how the
    # questions write 抽筋 of a fit), yellow eyes and dark urine, a swollen belly and feet, weakness, no appetite, weight
    # lost, whole nights awake, shutting oneself away, a big toe that hurts
    **dict.fromkeys(("口吐白沫", "吐白沫", "手脚一直抽动", "手脚抽动", "四肢抽动", "全身抽动", "手脚抽经", "手脚不断的抽经",
                     "手脚一直抽经"), ("seizure",)),
    **dict.fromkeys(("眼睛泛黄", "眼睛也泛黄", "眼睛发黄", "眼睛也发黄", "眼睛黄了", "眼珠发黄", "皮肤泛黄"), ("jaundice",)),
    **dict.fromkeys(("尿的颜色非常的浓", "尿的颜色很浓", "尿颜色很深", "尿的颜色很深", "尿色很深", "尿很黄", "尿特别黄",
                     "尿像浓茶"), ("dark_urine",)),
    **dict.fromkeys(("肚子浮肿", "肚子越来越大", "肚子大得像怀孕", "肚子大，像怀孕", "肚子鼓得像怀孕"), ("abdominal_distension",)),
    **dict.fromkeys(("脚浮肿", "脚肿了", "脚都肿了", "腿浮肿", "腿脚浮肿", "下肢浮肿", "脚踝浮肿"), ("ankle_swelling",)),
    **dict.fromkeys(("全身无力", "浑身无力"), ("fatigue",)),   # as 浑身没劲儿 and 全身乏力 are
    **dict.fromkeys(("不爱吃饭", "不想吃饭", "吃不下饭", "胃口一直都不是很好", "胃口不好"), ("loss_of_appetite",)),
    **dict.fromkeys(("面黄肌瘦", "瘦了一些", "瘦了不少", "瘦了好多", "变得瘦了", "人变瘦了", "越来越瘦"), ("weight_loss",)),
    **dict.fromkeys(("一整晚的睡不着", "整晚睡不着", "整夜睡不着", "总是睡不着", "经常睡不着", "老是睡不着", "整晚整晚睡不着"),
                    ("difficulty_falling_asleep",)),
    **dict.fromkeys(("把自己关在房间里", "把自己关在屋里", "不跟朋友们玩了", "不跟朋友玩了", "不愿意出门见人"), ("loss_of_interest",)),
    **dict.fromkeys(("脚大拇指疼", "脚大拇指痛", "脚大拇指特别疼", "脚大拇指很疼", "脚的大拇指疼", "大脚趾特别疼"), ("big_toe_pain",)),
    **dict.fromkeys(("小便的时候烧得疼", "小便烧得疼", "小便的时候疼", "小便时疼", "小便时烧灼", "尿尿烧得疼", "尿尿的时候烧"),
                    ("dysuria",)),
    **dict.fromkeys(("尿有点浑", "尿有些浑", "尿很浑", "尿发浑"), ("cloudy_urine",)),
    **dict.fromkeys(("头一侧跳着疼", "一侧头跳着疼", "半边头跳着疼", "一边头跳着疼", "头的一边跳着疼"),
                    ("one_sided_headache", "throbbing_headache")),
    **dict.fromkeys(("头一侧疼", "头一边疼", "一边头疼", "一侧头疼", "偏头痛发作"), ("one_sided_headache",)),
    # a mouth corner gone crooked, half the face that will not move
    **dict.fromkeys(("口角有点斜", "口角还有点斜", "口角也有点斜", "口角斜", "口角歪", "口角有点歪", "口角还有点歪", "嘴角斜", "嘴角有点歪", "嘴巴有点歪"), ("facial_droop",)),
    **dict.fromkeys(("半边脸动不了", "一边脸动不了", "一侧脸动不了", "半边脸不能动", "一边脸不能动", "脸的一边动不了"),
                    ("whole_face_weakness",)),
    # danger signs in plain words (a clinician's probe, 2026-12-02): a baby who will not feed (not 不喝奶: "不喝奶就没事"
    # is an adult who avoids milk), half the body weak,
    # black stools, blood in the cough, spots that stay when pressed, no urine coming, a belly hard as a board; a
    # child or adult "not themselves" (精神不好, 蔫蔫的) is tired and listless, not drowsy (hard to wake is 叫不醒)
    **dict.fromkeys(("不吃奶", "不肯吃奶", "奶也不吃", "奶都不吃", "吃奶不好", "喂奶不吃",
                     # (or hardly: "今天下午开始不太肯吃奶，一直睡" of a 5-week-old's sepsis, set FV)
                     "不太肯吃奶", "不怎么肯吃奶", "不太吃奶", "不怎么吃奶", "吃奶很少", "奶量少了", "奶量减少", "奶量明显减少",
                     "奶量少了一半"), ("poor_feeding",)),
    **dict.fromkeys(("半边身子没劲", "半边身子没力气", "半边身体没劲", "半边身体没力气", "一边手脚没劲", "一侧手脚没劲",
                     "一边胳膊腿没劲", "半边手脚没劲"), ("one_sided_weakness",)),
    **dict.fromkeys(("大便是黑色", "大便是黑的", "大便黑色", "拉黑便", "拉的是黑", "拉出来是黑", "像柏油"), ("melaena",)),
    **dict.fromkeys(("咳嗽带血", "咳痰带血", "痰里有血", "痰里带血", "咳出来的痰有血", "痰中有血丝", "痰里有血丝"),
                    ("haemoptysis",)),
    **dict.fromkeys(("按了不褪色", "按压不褪色", "压了不褪色", "按下去不褪色", "按着不褪色", "压着不褪色", "按了也不退",
                     "按了不消失", "压了不消失"), ("non_blanching_rash",)),
    # (not 尿不出来 alone: "总想尿，尿不出来" is cystitis's urge with little to pass)
    **dict.fromkeys(("小便解不出来", "排不出尿", "一点尿都尿不出", "一点都尿不出来", "憋着尿不出来"), ("urinary_retention",)),
    **dict.fromkeys(("硬得像木板", "硬得像板", "硬得跟板一样", "硬得像石头一样"), ("rigid_abdomen",)),
    **dict.fromkeys(("精神不好", "精神很差", "精神差", "精神状态差", "精神状态很差", "精神状态不好", "没精神", "蔫蔫的",
                     "蔫了"), ("fatigue",)),
    # a child who "keeps feeling hot" (老是发烫): a fever as parents say it (not 发烫 alone: a wound or a joint 发烫 is warm)
    **dict.fromkeys(("老是发烫", "一直发烫", "总是发烫", "浑身发烫", "全身发烫", "额头发烫", "额头很烫", "身上很烫"),
                    ("fever",)),   # (not 摸着很烫: "小腿…红肿一大片…摸着很烫" is the skin's warmth)
    # an eighth blind set (notes_l): an enlarged prostate's slow start, thin stream, bladder never empty and nights up;
    # finger joints of both hands swollen and stiff for an hour or two each morning
    **dict.fromkeys(("要等半天才尿得出来", "等半天才尿出来", "半天才尿得出来", "半天才尿出来", "要等很久才尿出来"),
                    ("urinary_hesitancy",)),
    **dict.fromkeys(("尿线很细", "尿线变细", "尿线越来越细", "尿得很细"), ("weak_urine_stream",)),
    **dict.fromkeys(("没尿干净", "尿不干净", "尿完还想尿", "总觉得尿不完"), ("incomplete_bladder_emptying",)),
    **dict.fromkeys(("晚上要起来四五次", "晚上要起来好几次", "晚上起来好几次", "晚上要起夜", "起夜好几次", "夜里起来好几次",
                     "晚上起来三四次", "晚上要起来三四次"), ("nocturia",)),
    **dict.fromkeys(("两只手的手指关节", "双手手指关节都肿", "两手的指关节", "两只手的指关节", "双手的手指关节"),
                    ("symmetrical_small_joint_pain",)),
    **dict.fromkeys(("一两个小时才能活动开", "好几个小时才能活动开", "一个多小时才能活动开", "一两个小时才能动", "半天才能活动开",
                     "一两个小时才缓解"), ("long_morning_stiffness",)),
    # street barbecue before vomiting and diarrhoea (a family's food poisoning was led by appendicitis; not 一家人都 as
    # a sick contact: "我们全家都有高血压" is a family history)
    **dict.fromkeys(("吃了路边的烧烤", "吃了路边摊", "路边的烧烤", "吃了外卖以后", "吃了隔夜", "吃了剩菜"),
                    ("contaminated_food_water",)),
    # an ankle turned inwards (崴了一下), colleagues with the same after one meal
    **dict.fromkeys(("崴了一下", "往里崴", "崴到了", "脚崴到", "扭了一下脚", "脚扭了"), ("fall_or_injury", "ankle_pain")),
    **dict.fromkeys(("一起吃饭的", "同事也都拉了", "也都拉了", "也都吐了"), ("sick_contact",)),
    # notes_o: piles' lump that comes out after a stool and fresh blood dripping, gout at the root of the big toe (not
    # 红红的发烫 as a hot joint: a cellulitic leg is red and hot too), a
    # knee that clicks, a hip fracture's leg turned out and short, intussusception's bouts and jelly stool
    **dict.fromkeys(("鲜血滴下来", "有鲜血滴", "纸上也有血", "纸上有血"), ("rectal_bleeding",)),
    **dict.fromkeys(("屁股那里有个肉疙瘩", "肛门有个肉疙瘩", "大完便会鼓出来", "大便后鼓出来", "拉完会掉出来"), ("anal_lump",)),
    **dict.fromkeys(("大脚趾根", "大脚趾突然肿", "脚趾根肿", "大脚趾肿起来"), ("big_toe_pain",)),
    **dict.fromkeys(("咔咔响", "嘎吱响", "咯吱响", "咔嚓响"), ("joint_crepitus",)),
    **dict.fromkeys(("往外撇", "脚往外撇", "短了一截", "腿短了一截"), ("shortened_externally_rotated_leg",)),
    **dict.fromkeys(("一阵一阵地大哭", "一阵一阵地哭闹", "一阵阵地大哭"), ("excessive_crying", "cramping_abdominal_pain")),
    **dict.fromkeys(("像果酱一样", "果酱一样带血", "果酱样的大便"), ("redcurrant_jelly_stool",)),
    # chickenpox's spots at every stage (some crusted, some new) and a class of children with the same
    **dict.fromkeys(("有的已经结痂了，有的还是新长的", "有的结痂有的新长", "有的结痂了有的是新的", "有的已经结痂有的还是新",
                     "新的旧的都有", "一批一批地长", "一拨一拨地长", "一批一批地出"), ("vesicular_crops",)),
    **dict.fromkeys(("班上好几个同学", "班里好几个同学", "同学也这样", "幼儿园好几个小朋友", "幼儿园里好几个"), ("sick_contact",)),
    # a seventh blind set (notes_k): shingles' band of pain and blisters on one side that stops at the middle
    **dict.fromkeys(("一条带状", "带状火辣辣", "呈带状", "一串小水疱", "一串水疱", "一串小水泡", "一串水泡", "不过中线",
                     "没过中线", "不超过中线", "没有超过中线"), ("dermatomal_rash",)),
    # from a sixth blind set (fresh_notes_u, 2026-12-04): a 19-year-old's 觉得活着没什么意思 ... 想吃药一了百了 ... 攒了一瓶
    # 安眠药 read nothing and was urgent (suicidal thoughts with the means at hand: NICE NG225, an emergency)
    **dict.fromkeys(("活着没什么意思", "活着没啥意思", "活着没什么意义", "吃药一了百了", "想一了百了", "死了一了百了",
                     "死了算了", "不如死了算了"), ("suicidal_thoughts",)),
    **dict.fromkeys(("攒了一瓶安眠药", "攒了安眠药", "攒了一些安眠药", "攒了很多安眠药", "攒了好多安眠药", "囤了安眠药",
                     "存了一瓶安眠药", "攒了一瓶药", "攒了一堆药"), ("access_to_means",)),
    **dict.fromkeys(("一盆炭取暖", "烧了一盆炭", "盆炭取暖", "炭盆取暖"), ("co_exposure_source",)),
    **dict.fromkeys(("嗡嗡响", "嗡嗡的响", "嗡嗡作响", "耳朵嗡嗡", "耳鸣声"), ("tinnitus",)),
    **dict.fromkeys(("耳朵堵", "耳朵闷", "耳朵发闷", "耳闷", "耳堵", "耳朵有堵塞感", "耳朵堵塞感"), ("ear_fullness",)),
    **dict.fromkeys(("腰酸", "腰有点酸", "腰酸背痛"), ("low_back_pain",)),
    # from a seventh blind set (fresh_notes_v): a uric acid is no blood in the urine, a joint's warmth no fever
    **dict.fromkeys(("血尿酸", "尿酸"), ()),
    # (a disease's name: 很多毛细支气管炎的 is no excess hair, set CM)
    **dict.fromkeys(("毛细支气管炎",), ()),
    **dict.fromkeys(("局部红肿发热", "红肿发热", "局部发热", "皮温高", "皮温升高", "摸着发烫", "摸着发热"), ("skin_warmth",)),
    **dict.fromkeys(("变成透明的小水泡", "变成透明的水泡", "变成小水泡", "变成了小水泡", "变成水泡", "变成了水泡", "变成小水疱",
                     "变成水疱"), ("vesicular_crops",)),
    **dict.fromkeys(("像蜂蜜一样的痂", "蜂蜜一样的痂", "蜜黄色的痂", "黄色像蜂蜜一样的痂", "蜂蜜色的痂"), ("honey_crusted_sores",)),
    **dict.fromkeys(("闻东西没味道", "闻不到味道", "闻不出味道", "鼻子闻不到"), ("loss_of_smell",)),
    **dict.fromkeys(("变成一个个小水疱", "变成一个个小水泡", "变成了一个个小水疱"), ("vesicular_crops",)),
    **dict.fromkeys(("耳朵后面和脖子后面摸到好几个小疙瘩", "耳朵后面摸到小疙瘩", "耳后摸到几个小疙瘩", "耳朵后面有几个小疙瘩",
                     "脖子后面摸到好几个小疙瘩", "耳后淋巴结肿大"), ("swollen_lymph_nodes",)),
    **dict.fromkeys(("手和脚也有些水肿", "手和脚有些水肿", "手脚水肿", "手脚都肿了", "手脚肿了", "手和脚都肿"), ("swollen_red_hands_feet",)),   # (a child's:
    # ``NEEDS_NOTE_WORDS``)
    **dict.fromkeys(("耳朵下面肿了", "耳朵下面肿", "耳垂下面肿", "腮帮子肿了", "腮帮子肿", "两边腮帮子肿",
                     # (both places together: "两边腮帮子耳朵下面都肿起来了" of a 4-year-old's mumps went to a jaw's
                     # swelling and a slapped cheek, set FV)
                     "腮帮子耳朵下面都肿", "腮帮子耳朵下面肿", "耳朵下面都肿", "耳朵下面肿起来", "腮帮子肿起来", "腮帮子都肿",
                     "耳朵前下方肿", "腮腺肿"), ("swollen_parotid",)),
    **dict.fromkeys(("表面粗糙像菜花", "像菜花一样", "长个硬疙瘩，表面粗糙", "硬疙瘩表面粗糙", "瘊子"), ("skin_wart",)),
    **dict.fromkeys(("脸蛋红红的很粗糙", "脸上红红的起皮", "红红的起皮很痒", "胳膊肘窝也有", "肘窝", "腘窝", "腿弯"),
                    ("flexural_eczema",)),
    **dict.fromkeys(("说话颠三倒四", "颠三倒四", "人就迷糊了", "人迷糊了", "整个人迷糊"), ("confusion",)),
    **dict.fromkeys(("皮肤烫手", "身上烫手", "摸着烫手", "皮肤很烫不出汗", "身上很烫不出汗"), ("hot_dry_skin",)),
    **dict.fromkeys(("耳钉", "新耳环", "戴耳环的地方", "表带下面", "皮带扣那里", "皮带扣的地方"), ("rash_at_contact_site",)),
    # a sixteenth blind set (fresh_notes_ab, 2026-12-04): a menopause's flushes "from the chest up to the face" and
    # periods gone irregular, a vestibular neuritis "falling to one side", a cirrhosis's belly growing (not obesity),
    # ankles and spider naevi, a scald, a wisdom tooth half through (its pain: not a baby's erupting tooth) with gums red
    # and swollen, vomiting once or twice a day
    **dict.fromkeys(("往脸上冲", "热往上冲", "热往上涌", "热醒"), ("hot_flushes",)),
    **dict.fromkeys(("月经乱了", "月经也乱了", "例假乱了", "月经这半年乱了"), ("irregular_periods",)),
    **dict.fromkeys(("走路往一边倒", "走路往一边偏", "往一边倒", "往一侧倒"), ("unsteady_gait",)),
    **dict.fromkeys(("肚子越来越鼓", "肚子鼓起来了"), ("abdominal_distension",)),
    **dict.fromkeys(("脚脖子肿", "脚脖子都肿"), ("ankle_swelling",)),
    **dict.fromkeys(("像蜘蛛一样", "蜘蛛一样的红点", "蜘蛛样"), ("spider_naevi",)),
    **dict.fromkeys(("烫到", "被开水烫", "开水烫", "热水烫", "热油烫", "油溅到"), ("burn_injury",)),
    **dict.fromkeys(("智齿长出来一半", "智齿长了一半", "智齿冒出来一半"), ("toothache",)),   # (not a baby's erupting tooth)
    **dict.fromkeys(("牙龈又红又肿", "牙肉又红又肿"), ("gum_swelling",)),
    **dict.fromkeys(("张嘴困难", "张嘴费劲", "嘴张不大"), ("trismus",)),   # (not 张嘴有点困难, a little: a wisdom tooth's)
    **dict.fromkeys(("一天吐一两次", "一天吐两三次", "每天都吐", "一天吐好几次"), ("vomiting",)),
    # set AC: a liver tender to percussion (肝区叩痛 was a tooth's pain on biting); ringworm's ring spreading outwards
    **dict.fromkeys(("肝区叩痛", "肝区压痛", "肝区有叩痛"), ("right_upper_quadrant_pain",)),
    # set AD: a heat stroke's hot dry skin, a coal stove (carbon monoxide), psoriasis's silver scale, pale patches
    # with fine scale (pityriasis versicolor), a pain "串" (窜) to the back
    **dict.fromkeys(("烫得吓人", "反而不出汗", "不出汗了", "身上滚烫不出汗"), ("hot_dry_skin",)),
    **dict.fromkeys(("烧炉子", "炉子取暖", "烧煤取暖", "煤炉", "烧蜂窝煤", "烤炭火"), ("co_exposure_source",)),
    **dict.fromkeys(("银白色的皮", "银白色皮屑", "银白色的皮屑", "银白色鳞屑", "银白色的鳞屑", "一层银白色"), ("silvery_scales",)),
    **dict.fromkeys(("一片片的白斑", "一块块的白斑", "一片一片的白斑", "白斑有细细的皮屑"), ("discoloured_skin_patches",)),
    **dict.fromkeys(("往后背串", "串到后背", "串到背上", "往背上串"), ("pain_radiating_to_back",)),
    # set AE (Chinese, 2026-12-04): croup's bark, shingles' band on one side, a late period, a Kawasaki child's swollen
    # hands (``NEEDS_NOTE_WORDS``), a throat dry and tickly (not dry itchy skin), ulcers as 小烂点, an ankle turned in
    **dict.fromkeys(("跟小狗叫似的", "像小狗叫", "像狗叫", "狗叫样", "空空空的", "像小狗在叫", "跟狗叫一样"), ("barking_cough",)),
    **dict.fromkeys(("就长一边", "只长一边", "不过中间", "不过正中", "一串串的小水泡", "一串串小水泡", "一簇一簇的小水泡"),
                    ("dermatomal_rash",)),
    **dict.fromkeys(("大姨妈晚了", "月经晚了", "例假晚了", "大姨妈推迟", "例假推迟", "月经推迟", "大姨妈没来", "例假没来"),
                    ("missed_period",)),
    **dict.fromkeys(("嗓子有点干痒", "嗓子干痒", "喉咙干痒", "嗓子发干发痒", "嗓子痒痒"), ("sore_throat",)),
    **dict.fromkeys(("小烂点", "口腔里烂了", "嘴里烂了"), ("mouth_ulcers",)),
    **dict.fromkeys(("像被蚊子咬", "跟蚊子咬的一样", "像蚊子咬的"), ("hives",)),   # (an analogy: no mosquito bites)
    **dict.fromkeys(("往里一崴", "崴到脚", "往外一崴"), ("fall_or_injury",)),
    **dict.fromkeys(("像一个圈往外扩", "一个圈往外扩", "像个圈往外扩", "圈往外扩", "中间颜色淡一些", "中间颜色浅", "中间好了边上红"),
                    ("ring_shaped_rash",)),
    # hand, foot and mouth disease in a carer's words (a 3-year-old's 嘴里有小泡 read nothing, 手心脚心有小红疹子 a rash)
    **dict.fromkeys(("嘴里有小泡", "嘴里长了小泡", "嘴里起了泡", "嘴里长泡", "嘴里起泡", "口腔里有疱疹", "嘴里有疱疹", "口腔疱疹",
                     "嘴里有小水泡", "嘴里长了小水泡", "嘴里也有泡"), ("mouth_ulcers",)),
    **dict.fromkeys(("手心脚心有小红疹子", "手心脚心有红疹", "手心脚心有疹子", "手心脚心长了小红点", "手心脚心起了小红点",
                     "手心脚心有小红点", "手心脚心有红点", "手心脚心起了小水泡", "手心脚心有小水泡", "手脚心有小红点", "手脚心起疹子",
                     "手心脚心起疹子", "手心脚心长疹子"), ("rash_palms_soles",)),
    # from a twenty-second blind set (fresh_notes_aj, 2026-12-04): an asthma attack, a baby's whooping cough and blue face
    **dict.fromkeys(("一句话要分两口气说", "一句话要分几口气说", "一句话分两口气说", "说话说不成句", "说不了完整的话", "说话说不完整",
                     "话都说不完整", "说话上气不接下气"), ("severe_breathlessness",)),
    **dict.fromkeys(("锁骨上面凹进去", "锁骨上窝凹陷", "锁骨上面往里凹", "脖子下面凹进去", "肋骨下面凹进去", "肋骨中间凹进去",
                     "胸口往里凹", "吸气时肋骨往里凹"), ("chest_recession",)),
    **dict.fromkeys(("一咳就是一串", "一串一串地咳", "一串一串的咳", "连着咳一串", "咳起来一串一串"), ("paroxysmal_cough_whoop",)),
    **dict.fromkeys(("脸憋得发紫", "咳得脸发紫", "憋得发紫", "脸通红发紫", "脸都紫了", "脸发紫", "嘴唇有点紫", "嘴唇紫了"), ("cyanosis",)),
    **dict.fromkeys(("不肯伸直", "腿一直弯着", "腿伸不直", "不让动那条腿", "那条腿不敢动"), ("unable_to_move_joint",)),
    **dict.fromkeys(("只睡五六个小时", "只睡五个小时", "早上四五点就醒", "凌晨三四点就醒", "凌晨两三点就醒", "醒得特别早", "早醒"),
                    ("early_waking",)),
    # an elderly parent's delirium in a relative's words (set AI)
    **dict.fromkeys(("一阵清楚一阵糊涂", "一会儿清楚一会儿糊涂", "时而清醒时而糊涂"), ("fluctuating_confusion",)),
    **dict.fromkeys(("晚上吵闹", "晚上闹", "夜里吵闹", "晚上不睡觉", "半夜起来闹", "晚上折腾"), ("restlessness",)),
    **dict.fromkeys(("看见房间里有人", "说看见房间里有人", "看到房间里有人", "说屋里有人", "看见不存在的人", "看到不存在的东西",
                     "说看见死去的人"), ("hallucinations",)),
    **dict.fromkeys(("尿有臭味", "尿很臭", "尿味很大", "尿骚味重", "小便有臭味"), ("foul_smelling_urine",)),
    # from a twenty-third blind set (fresh_notes_ak): a necrotising fasciitis in a family's words, a sticky eye
    **dict.fromkeys(("比看起来疼得多", "比看上去疼得多", "疼得跟看起来不成比例", "疼得比看起来厉害得多", "疼痛和外观不相符"),
                    ("pain_out_of_proportion",)),
    **dict.fromkeys(("踩雪的咯吱感", "踩雪感", "捻发感", "握雪感", "按上去咯吱咯吱", "摸着有咯吱声"), ("crepitus_under_skin",)),
    **dict.fromkeys(("蹭破了一点皮", "蹭破了皮", "蹭破皮", "擦破了皮", "擦破皮", "擦破了一点皮", "划了个口子", "划了一道口子", "划破了",
                     "割了个口子", "磕破了", "碰破了皮"), ("skin_break_wound",)),
    **dict.fromkeys(("红肿发黑", "发黑发紫", "皮肤发黑", "变黑了", "颜色发黑"), ("dusky_skin_bullae",)),
    **dict.fromkeys(("人有点迷糊", "人迷迷糊糊", "迷迷糊糊的", "人迷糊了", "有点迷糊"), ("confusion",)),
    **dict.fromkeys(("眼屎黄黄的", "眼屎很多", "眼屎多", "眼睛粘住了", "把眼睛粘住", "眼睛被眼屎糊住", "黄色的眼屎", "一早眼睛睁不开全是眼屎"),
                    ("eye_discharge",)),
    **dict.fromkeys(("不放屁也不拉大便", "不放屁也不解大便", "没放屁也没拉大便", "没放屁也没解大便", "不排气也不排便",
                     "没有排气排便", "不排气不排便", "没排气也没排便"), ("absolute_constipation",)),
    **dict.fromkeys(("嘴巴张不大", "嘴张不大", "张口受限", "张嘴受限", "嘴巴张不开", "张嘴疼"), ("trismus",)),
    **dict.fromkeys(("嘴里有异味", "嘴里有怪味", "嘴里发臭"), ("bad_taste_mouth",)),
    # from a twenty-seventh blind set (fresh_notes_ap, Chinese): a plan and pills saved beside thoughts of ending it
    # (routine before), a compartment syndrome's pain that painkillers do not touch, impetigo's honey crusts, a baby's
    # thrush that will not wipe off, a faint's warning and its quick recovery in a record
    **dict.fromkeys(("想一了百了", "想着一了百了", "想干脆一了百了", "想死了一了百了", "一死了之", "想结束自己的生命", "想结束生命",
                     "想了结自己"), ("suicidal_thoughts",)),   # (not "做个手术一了百了": an operation to be done with it)
    **dict.fromkeys(("办法都想好了", "方法都想好了", "想好了怎么死", "想好了怎么结束", "连怎么死都想好了"), ("suicide_plan",)),
    **dict.fromkeys(("药也攒了", "攒了一些药", "攒了一些安眠药", "攒了不少药", "偷偷攒药", "攒了好多药", "攒安眠药",
                     "药我都攒起来了", "把药攒起来", "药都攒起来了", "药都攒着", "药也准备了", "药都准备好了", "药已经准备好了",
                     "药也准备好了", "准备了一些药", "准备了很多药", "买好了药", "安眠药也买好了"),
                    ("suicide_plan", "access_to_means")),
    # a way decided (set CL; a place and a time: ``ZH_PLACE_DECIDED``)
    **dict.fromkeys(("去跳江", "去跳河", "去跳楼", "想去跳楼", "想从楼上跳下去", "去卧轨",
                     "想烧炭", "准备烧炭", "买了炭"), ("suicide_plan",)),
    **dict.fromkeys(("被动牵拉", "牵拉足趾时疼痛加剧", "牵拉脚趾疼痛加剧", "掰脚趾就疼得厉害", "动脚趾疼得厉害"),
                    ("pain_on_passive_stretch",)),
    **dict.fromkeys(("足背麻木", "脚背麻木", "脚背发麻", "足背感觉减退"), ("leg_numbness_tingling",)),
    **dict.fromkeys(("黄色的痂", "像蜂蜜一样", "蜂蜜色的痂", "蜂蜜样结痂", "蜜黄色痂", "黄痂", "蜜黄色结痂"), ("honey_crusted_sores",)),
    **dict.fromkeys(("像奶块一样", "像奶块", "奶块样", "白色的东西擦不掉", "擦不掉", "像奶渣一样", "白膜擦不掉"),
                    ("white_patches_mouth",)),
    **dict.fromkeys(("右边肋骨下面", "右肋骨下面", "右边肋骨下", "右边肋骨底下", "右侧肋骨下缘"), ("right_upper_quadrant_pain",)),
    **dict.fromkeys(("嗓子刀割一样", "喉咙刀割一样", "嗓子像刀割", "喉咙像刀割", "嗓子像刀割一样", "喉咙像刀割一样", "咽口水像刀割"),
                    ("sore_throat",)),
    **dict.fromkeys(("看东西有点模糊", "看东西模糊", "看东西有点花", "看东西花", "看东西糊"), ("blurred_vision",)),
    **dict.fromkeys(("椭圆形的粉红色斑", "椭圆形的红斑", "先长了一个大的", "母斑", "先出来一块大的"), ("herald_patch",)),
    **dict.fromkeys(("斜着排", "斜着排列", "像圣诞树", "圣诞树样"), ("christmas_tree_rash",)),
    # from two more blind sets (fresh_notes_at, Chinese online questions; fresh_notes_au, notes heavy with denials)
    **dict.fromkeys(("突然无痛性视力丧失", "无痛性视力丧失", "视力突然丧失", "突然看不见了", "突然就看不见了", "仅存光感", "只有光感"),
                    ("sudden_vision_loss",)),
    **dict.fromkeys(("喘气又深又快", "呼吸又深又快", "呼吸深快", "深大呼吸"), ("deep_rapid_breathing",)),
    **dict.fromkeys(("烂苹果的味道", "烂苹果味", "烂苹果味道", "嘴里有股烂苹果"), ("fruity_breath",)),
    **dict.fromkeys(("脚大拇指", "大脚趾关节", "脚趾头大的那个关节", "第一跖趾关节"), ("big_toe_pain",)),
    **dict.fromkeys(("红肿发亮", "又红又肿发亮"), ("hot_red_joint",)),
    **dict.fromkeys(("深吸气疼", "深吸气更痛", "深吸气更疼", "深吸气疼得厉害", "吸气的时候疼", "吸气时疼", "深呼吸时疼"),
                    ("pleuritic_chest_pain",)),
    **dict.fromkeys(("烧炕", "门窗关得严严实实", "门窗紧闭", "烧煤取暖", "煤炉取暖", "生炉子", "炭炉", "碳炉", "炭火锅",
                     "炭盆", "密封房", "密封 房"), ("co_exposure_source",)),
    # an intussusception's "阵发性 喊到好劲 双脚缩起", "红色果冻 jelly stool" (set BE, a Cantonese mother)
    **dict.fromkeys(("双脚缩起", "双脚 缩起", "两腿缩起来", "腿缩起来", "腿往肚子上缩", "蜷着腿哭"), ("drawing_up_legs",)),
    **dict.fromkeys(("果冻样大便", "果酱样大便", "红色果冻", "红色 果冻", "果冻一样的大便", "像果酱一样"), ("redcurrant_jelly_stool",)),
    **dict.fromkeys(("右下腹剧烈疼痛", "右下腹剧痛", "右下腹疼"), ("right_lower_quadrant_pain",)),
    **dict.fromkeys(("上腹部剧痛", "上腹剧痛", "上腹部疼"), ("epigastric_pain",)),
    **dict.fromkeys(("右边后腰疼", "左边后腰疼", "右侧腰疼", "左侧腰疼", "后腰一侧疼"), ("flank_pain",)),
    **dict.fromkeys(("敲一下疼", "一敲就疼", "叩击痛", "肾区叩痛"), ("cva_tenderness",)),
    **dict.fromkeys(("测试纸两道杠", "验孕棒两道杠", "试纸两道杠", "早孕试纸两道杠", "验孕两道杠", "测了两道杠怀孕"),
                    ("positive_pregnancy_test",)),
    **dict.fromkeys(("声音都变了", "声音变了", "声音嘶哑"), ("hoarse_voice",)),
    **dict.fromkeys(("停酒", "戒酒了", "突然不喝了", "这两天没喝"), ("stopped_drinking_recently",)),
    **dict.fromkeys(("看到墙上有虫子爬", "看到虫子爬", "看见墙上有虫子", "看到不存在的东西"), ("hallucinations",)),
    **dict.fromkeys(("夜间躁动", "晚上躁动", "晚上闹腾"), ("restlessness",)),
    **dict.fromkeys(("左手突然没劲", "右手突然没劲", "手突然没劲", "手突然没力气"), ("hand_weakness",)),
    **dict.fromkeys(("左边脸和手发麻", "右边脸和手发麻", "半边脸和手发麻", "一边脸和手发麻"), ("one_sided_numbness",)),
    # from two sets of danger in understated words (fresh_notes_av English, fresh_notes_aw Chinese)
    "四肢无力": ("muscle_weakness",),
    **dict.fromkeys(("眼突然就黑了", "眼睛突然就黑了", "眼睛突然黑了", "眼突然黑了", "突然就看不见东西了", "基本看不见东西",
                     "一只眼突然看不见"), ("sudden_vision_loss",)),
    **dict.fromkeys(("喘气又粗又深", "呼吸又粗又深", "喘气粗"), ("deep_rapid_breathing",)),
    **dict.fromkeys(("滑了一跤", "摔了一跤", "摔了一下", "滑倒了"), ("fall_or_injury",)),
    **dict.fromkeys(("腿站不起来", "站不起来了", "脚不能着地", "腿不能着地"), ("inability_to_bear_weight",)),
    **dict.fromkeys(("划了个小口子", "划了一个小口子", "割了个小口子", "划了个口"), ("skin_break_wound",)),
    **dict.fromkeys(("发紫发黑", "紫黑色", "发黑了一块"), ("dusky_skin_bullae",)),
    **dict.fromkeys(("比看起来的样子疼多了", "比看上去疼多了", "比看起来疼多了", "疼得跟伤口不相称"), ("pain_out_of_proportion",)),
    **dict.fromkeys(("没拉大便也没放屁", "没解大便也没放屁", "没大便也没放屁", "不拉大便也不放屁"), ("absolute_constipation",)),
    **dict.fromkeys(("肚子胀得像鼓一样", "肚子胀得像鼓", "肚子胀得老高", "肚子鼓得像球"), ("abdominal_distension",)),
    **dict.fromkeys(("一滴尿都尿不出来", "一滴尿都没有尿出来", "一点尿都尿不出来"), ("urinary_retention",)),   # (not a bare
    # 尿不出来: "总想尿，又尿不出来" is a cystitis's frequency)
    **dict.fromkeys(("小肚子胀得像鼓一样", "小肚子胀得像鼓", "小肚子胀得老高"), ("suprapubic_pain",)),   # (a full bladder)
    **dict.fromkeys(("叫她会哼两声", "叫他会哼两声", "叫不太醒", "很想睡", "一直想睡", "迷迷糊糊想睡", "昏昏沉沉想睡"),
                    ("drowsiness",)),
    **dict.fromkeys(("自行苏醒", "很快苏醒", "数秒后苏醒", "醒后意识清楚", "醒后意识清", "醒来后意识清楚"), ("rapid_recovery",)),
}
# Spots or blisters on the hands and the feet, in Chinese ("手心脚心还有屁股上长了小红点和小水疱"): hand, foot and mouth
# disease's rash (NICE CKS); a Kawasaki child's hands and feet are red and swollen, without spots (手脚红肿).
ZH_HAND_FOOT_SPOTS = rx.compile(r"(?:手心|手掌|手上|手)[^。；！？，,没无不]{0,3}?(?:脚心|脚掌|脚底|脚上|脚丫|脚)"
                                r"[^。；！？没无不]{0,12}?(?:水疱|水泡|疱疹|红点|红疹|疹子|小疱|小泡|红色的点)")
# Stools in Chinese patients' words with words between (real_dev's real questions read none of them): blood in the
# stool ("大便棕黑带点血", "偶尔会有点血" after 大便), black stools ("棕黑", "柏油样"), mucus ("带粘粘液体"); pain when
# passing urine ("在尿尿的时候，都会再次出现疼痛"). Blood and mucus are the stool's in a sentence that speaks of stools
# and of no other source (urine, sputum, vomit, nose, a period, a wound); none after a denial (大便没有血).
ZH_STOOL_BLOOD = rx.compile(r"(?<![没无不])(?:带|有|见|夹)(?:点|一点|一点点|少量|些|少许)?鲜?血")
ZH_BLACK_STOOL = rx.compile(r"(?:大便|便便|粑粑)[^。；！？，,没无不]{0,4}?(?:棕黑|黑褐|褐黑|发黑|黑乎乎|黑黑的|柏油)")
ZH_STOOL_MUCUS = rx.compile(r"(?<![没无不])(?:带|有|夹)?(?:粘液|黏液|粘粘|黏黏|鼻涕样|鼻涕一样|鼻涕状)")
ZH_STOOL_WORDS = rx.compile(r"大便|便便|粑粑|拉肚子|拉稀|拉的|便后|便前|排便")
ZH_NOT_STOOL = rx.compile(r"痰|咳|鼻塞|流鼻涕|白带|阴道|眼")
ZH_NOT_STOOL_BLOOD = rx.compile(r"尿|痰|咳|吐|呕|鼻(?!涕(?:那样|一样|样|似的))|月经|例假|阴道|白带|牙|伤口|划|割|眼")   # (not "像鼻涕那样")
ZH_PAIN_PASSING_URINE = rx.compile(r"(?:尿尿|小便|排尿|撒尿|解小便)的?时候[^。；！？没无不]{0,12}?(?:疼|痛)")
# Ulcers in the mouth with words between ("嘴里长了好几个小溃疡", "口腔里有两个溃疡"); not a stomach ulcer (胃溃疡).
# (white spots only on the inside of the lip: 口腔里的小白点 in a feverish child are measles' Koplik spots)
ZH_MOUTH_ULCERS = rx.compile(r"(?:嘴里|嘴巴里|口腔里?|舌头上|舌尖上|口里|嘴唇内侧|嘴唇里面)[^。；！？，,没无不胃]{0,8}?溃疡|"
                             r"(?:嘴唇内侧|嘴唇里面)[^。；！？，,没无不]{0,8}?(?:小白点|白点|白色的点)")

# Too many tablets, read only as written: in any order within a clause "taken" and "tablets" with "many" are any
# story of tablets ("seen many doctors and taken tablets")
OVERDOSE_AS_WRITTEN = ("took too many pills", "took too many tablets", "taken too many pills", "taken too many tablets")

# Everyday English the lexicon lacked, found in fresh notes written blind (notes_f, 2026-12-02): each phrase is read
# like a knowledge-base phrasing of its finding, as written or its words in any order within a clause (so each is
# written with at most one function word: "white patches mouth" meets "white patches in my babys mouth").
EN_EVERYDAY: dict[str, str] = {
    # women's and sexual health in patients' words (set CL): a pregnancy's light bleeding, a herpes' sores
    **dict.fromkeys(("pinky blood when i wiped", "pink blood when i wiped", "blood when i wiped", "blood on my liner",
                     "bit on my liner", "blood on my panty liner", "blood on my pantyliner", "spotting on my liner",
                     "blood in my knickers", "blood on my knickers", "pinky discharge", "pink discharge",
                     "brown spotting", "brownish spotting"), "vaginal_bleeding"),
    # (not "only a dribble comes out": a cystitis's small, frequent voids)
    **dict.fromkeys(("can barely wee", "can hardly wee", "can barely pee", "can hardly pee"), "urinary_retention"),
    **dict.fromkeys(("sores on my vagina", "sores on my vagina lips", "sores on my labia", "blisters on my labia",
                     "ulcers on my labia", "sores down there", "blisters down there", "blisters down below",
                     "sores down below", "ulcers down there", "sores on my penis", "blisters on my penis",
                     "sores on my willy", "blisters on my willy", "sores on my private parts",
                     "blisters on my private parts", "blisters on my vulva", "sores on my vulva"), "genital_blisters_ulcers"),
    # a baby's colic and a pyloric stenosis in parents' and clinicians' words (2026-12-05d: "6 wk old daughter cries and
    # cant be settled most evenings ... pulls her legs up" read no crying; "projectile ... vomiting after every feed,
    # hungry straight after" no hunger)
    **dict.fromkeys(("can't be settled", "cannot be settled", "won't settle", "can't settle him", "can't settle her",
                     "impossible to settle", "nothing settles him", "nothing settles her", "unsettled for hours",
                     "cries for hours", "cried for hours", "crying for hours on end", "cries inconsolably"),
                    "excessive_crying"),
    **dict.fromkeys(("pulls her legs up", "pulls his legs up", "pulling her legs up", "pulling his legs up",
                     "draws her legs up", "draws his legs up", "drawing her legs up", "drawing his legs up",
                     "brings her legs up", "brings his legs up", "legs pulled up", "legs drawn up"), "drawing_up_legs"),
    **dict.fromkeys(("hungry straight after", "hungry right after", "hungry again straight after", "hungry again right after",
                     "starving straight after", "wants feeding again straight away", "wants to feed again straight away",
                     "hungry immediately after"), "hungry_after_vomiting"),
    # an infant's eczema in a parent's words (2026-12-05d: "my 8 month old has dry red patches on his cheeks and in the
    # creases of his elbows, he keeps scratching them" read nothing and was out of scope)
    **dict.fromkeys(("dry red patches", "dry patches", "rough dry patches", "dry rough patches", "dry pink patches",
                     "red dry patches", "patches of dry skin"), "dry_skin"),
    **dict.fromkeys(("creases of his elbows", "creases of her elbows", "creases of my elbows", "creases of their elbows",
                     "elbow creases", "creases of his arms", "creases of her arms", "crease of his elbow",
                     "crease of her elbow", "insides of his elbows", "insides of her elbows", "inside of his elbows",
                     "inside of her elbows"), "flexural_eczema"),
    **dict.fromkeys(("keeps scratching them", "keeps scratching at them", "scratching them", "scratching at them",
                     "scratches them", "scratches at them", "scratching the patches", "scratching at the patches",
                     "scratching the rash", "scratching at the rash", "scratches the rash"), "itchy_rash"),
    # low mood in a patient's words (2026-12-05c: "I keep feeling like life isn't worth living, sleeping badly, can't be
    # bothered to go out" read nothing): poor sleep, and no drive to do anything
    **dict.fromkeys(("since starting formula", "since starting on formula", "since switching to formula",
                     "since we switched to formula", "since we switched from breast to formula", "since he started formula",
                     "since she started formula", "since starting cow's milk", "since starting cows milk",
                     "since moving to cow's milk", "since changing to formula", "after formula feeds",
                     "since going onto formula", "since going on formula"), "symptoms_after_dairy"),
    **dict.fromkeys(("whacked my head", "whacked his head", "whacked her head", "smacked my head", "smacked his head",
                     "smacked her head", "cracked my head", "cracked his head", "cracked her head", "clonked my head",
                     "conked my head", "bashed my head", "bashed his head", "bashed her head", "walloped my head"),
                    "head_injury"),
    **dict.fromkeys(("watery nappies", "watery nappy", "runny nappies", "watery poo nappies", "watery dirty nappies"),
                    "watery_diarrhoea"),
    **dict.fromkeys(("hard poos", "big hard poos", "big hard ones", "hard little poos", "poos are hard", "poo is hard"),
                    "hard_stools"),
    **dict.fromkeys(("slow weight gain", "weight gain is slow", "weight gain slow", "gaining weight slowly",
                     "not gaining weight well", "slow to gain weight"), "poor_weight_gain"),
    **dict.fromkeys(("sleeping badly", "sleeping really badly", "sleeping poorly", "sleep is awful", "sleep is terrible",
                     "sleep has been awful", "sleep has been terrible", "sleep has been poor", "poor sleep",
                     "not sleeping well", "not sleeping much", "barely sleeping", "hardly sleeping"),
                    "difficulty_falling_asleep"),
    **dict.fromkeys(("can't be bothered to go out", "cant be bothered to go out", "can't be bothered to do anything",
                     "cant be bothered to do anything", "can't be bothered doing anything", "no motivation for anything",
                     "lost all motivation", "no motivation to do anything"), "loss_of_interest"),
    # the chest drawn in, as a word in a list ("barking cough, inspiratory stridor at rest, recession, 2yo")
    **dict.fromkeys(("recession", "recessing", "recessions"), "chest_recession"),
    # set BQ (telephone triage): a tension headache's band and a head clash at sport in a caller's words
    **dict.fromkeys(("tight band round my head", "tight band around my head", "band round my head", "band around my head",
                     "band round her head", "band around her head", "band round his head", "band around his head",
                     "like a tight band"), "band_like_headache"),
    **dict.fromkeys(("clashed heads", "clashing heads", "banged heads", "bumped heads", "head clash", "head-to-head clash",
                     "clash of heads"), "head_injury"),
    # "vomiting 10-15x/day, can't keep water down" at 10 weeks read only the vomiting (set AY); the bank has "can't
    # even keep water down"
    **dict.fromkeys(("can't keep water down", "can't keep any water down", "can't keep fluids down", "can't keep drinks down",
                     "can't keep liquids down", "not keeping water down", "not keeping fluids down",
                     "not keeping anything down", "not keeping drinks down", "can't hold water down",
                     "can't hold fluids down"), "persistent_vomiting"),
    # an absent period as a woman writes it ("periods stopped 2 months", "no period for 6 weeks": nothing was read, and
    # a possible pregnancy went unseen; 2026-12-05)
    **dict.fromkeys(("no period for",
                     "no periods for", "no period since", "not had a period", "haven't had a period", "havent had a period",
                     "missed my period", "missed a period", "missed period", "missed periods", "period hasn't come",
                     "period hasnt come", "period not come", "no menses"), "missed_period"),
    # an unvaccinated child's epiglottitis in a parent's second language (set BV: "he cannot swallow, saliva coming out
    # from the mouth ... Voice very quiet like something in the throat" read nothing but the fever)
    **dict.fromkeys(("cannot swallow", "can not swallow", "unable to swallow", "not able to swallow", "can't swallow anything",
                     "cannot swallow anything"), "difficulty_swallowing"),
    **dict.fromkeys(("saliva coming out", "saliva coming out from the mouth", "saliva coming out of his mouth",
                     "saliva coming out of her mouth", "saliva dripping", "dribbling saliva", "spit dribbling out",
                     "can't swallow his spit", "can't swallow her spit", "can't swallow own saliva"), "drooling"),
    **dict.fromkeys(("like something in the throat", "like something in his throat", "like something in her throat",
                     "voice muffled", "muffled voice", "hot potato voice", "voice sounds muffled"), "muffled_voice"),
    # an 83-year-old widower "tired of it all ... saving my tablets in a drawer and thought about taking them all this
    # weekend" (set BT) read only tiredness: suicidal thoughts, and a stockpile is a plan
    **dict.fromkeys(("thought about taking them all", "thinking about taking them all", "thought of taking them all",
                     "thinking of taking them all", "take them all at once", "tired of it all", "tired of living",
                     "tired of life", "better off without me", "better off if i wasn't here", "better off dead",
                     "don't want to be here anymore", "dont want to be here anymore", "don't want to wake up",
                     "dont want to wake up", "no point going on", "no point in going on", "no point living",
                     "end it all", "wish i was dead", "wish i were dead"), "suicidal_thoughts"),
    **dict.fromkeys(("saving my tablets", "saving up my tablets", "saving up tablets", "saving my pills", "saving up pills",
                     "saving up my pills", "stockpiling tablets", "stockpiling pills", "stockpiling my tablets",
                     "stockpiling my pills", "hoarding tablets", "hoarding pills", "hoarding my tablets",
                     "stockpiling meds", "saving up my meds", "saving my meds"), "suicide_plan"),
    # a jolt that hurts the belly (set BV: "going over bumps in the car was agony", a 10-year-old's appendicitis)
    **dict.fromkeys(("going over bumps", "goes over bumps", "went over bumps", "over bumps in the car", "every bump in the car", "bumps in the car",
                     "speed bumps hurt", "every bump in the road"), "rebound_tenderness"),
    # reflux in Indian English (set BY: "burning in chest behind the bone after dinner ... sour water coming in the
    # mouth" read nothing, and a reflux was urgent)
    **dict.fromkeys(("burning in chest", "burning in my chest", "burning behind the bone", "burning behind my breastbone",
                     "burning behind the breastbone", "chest burning after food", "chest burning after meals"), "heartburn"),
    **dict.fromkeys(("sour water", "sour water coming in the mouth", "sour water in mouth", "sour taste coming up",
                     "acid coming up", "acid comes up", "food coming back up", "sour burps"), "acid_regurgitation"),
    # a micturition faint (set BY: "fainted in bathroom at 3 am when passing urine, fell down, woke in few seconds")
    **dict.fromkeys(("woke in few seconds", "woke in a few seconds", "woke up in a few seconds", "came round in a few seconds",
                     "came round in seconds", "came to in a few seconds", "came round straight away",
                     "came round within seconds"), "rapid_recovery"),
    **dict.fromkeys(("fainted when passing urine", "fainted while passing urine", "fainted while peeing",
                     "fainted on the toilet", "passed out on the toilet", "fainted in the toilet"), "fainting_trigger"),
    # "nearly collapsed at work" (an ectopic's, set CW) is a faint as "nearly fainted" is
    **dict.fromkeys(("nearly collapsed", "almost collapsed", "nearly keeled over", "almost keeled over"), "fainting"),
    # "crampy tummy" (set CO's C. difficile after co-amoxiclav read no cramps)
    **dict.fromkeys(("crampy tummy", "crampy belly", "crampy stomach", "crampy abdo", "crampy abdomen", "tummy is crampy",
                     "stomach is crampy"), "cramping_abdominal_pain"),
    **dict.fromkeys(("maxillary pressure", "maxillary pain", "sinus pressure", "pressure in my sinuses", "pressure over my "
                     "cheeks", "cheeks feel full", "face feels full"), "facial_pain_pressure"),
    **dict.fromkeys(("indigestion", "bad indigestion", "terrible indigestion"), "heartburn"),
    **dict.fromkeys(("squishy in the middle", "soft in the middle", "squidgy in the middle", "squishy when i press",
                     "squishy when you press"), "fluctuant_swelling"),
    # "heart going so fast", "heart's going really fast" (set CW's pulmonary embolism)
    **dict.fromkeys(("heart going so fast", "heart going really fast", "heart going very fast", "heart is going so fast",
                     "heart's going so fast", "hearts going so fast", "heart going too fast", "heart going fast"),
                    "palpitations"),
    **dict.fromkeys(("crusty in the morning", "crusty eyes", "eyes crusty", "eyes crusted", "crusted shut"), "eye_discharge"),
    **dict.fromkeys(("talking nonsense", "talking gibberish", "speaking nonsense", "talking jibberish"), "confusion"),
    **dict.fromkeys(("hard pellets", "like pellets", "rabbit droppings", "like rabbit droppings", "pellet like poo",
                     "pellets of poo"), "hard_stools"),
    **dict.fromkeys(("elephant chest", "chest feels heavy", "heaviness chest"), "crushing_chest_pain"),
    "white patches mouth": "white_patches_mouth",
    **dict.fromkeys(("tearing back pain", "ripping back pain", "tearing pain back"), "tearing_chest_back_pain"),
    # an IVF patient's torsion (set BA): "sudden severe pain on my right lower side", "ovaries were big"
    **dict.fromkeys(("pain right lower side", "pain in my right lower side", "pain on my right lower side",
                     "pain lower right side", "pain in my lower right side"), "right_lower_quadrant_pain"),
    **dict.fromkeys(("pain left lower side", "pain in my left lower side", "pain on my left lower side",
                     "pain lower left side", "pain in my lower left side"), "left_lower_quadrant_pain"),
    **dict.fromkeys(("ovaries were big", "ovaries are big", "ovaries were enlarged", "enlarged ovaries", "ovaries enlarged"),
                    "known_ovarian_cyst"),
    # lay English from outside the UK (set BG): a retention's "not able to pass urine", a heart failure's pillows and
    # waking gasping, a stone's pain "moving down to my groin" and "urine look reddish", an ear's "hearing almost gone"
    **dict.fromkeys(("not able to pass urine", "unable to pass urine", "not able to urinate", "unable to urinate",
                     "not able to pee", "only few drops coming", "only a few drops coming"), "urinary_retention"),
    **dict.fromkeys(("use 3 pillows", "uses 3 pillows", "use three pillows", "uses three pillows", "sleeps on 3 pillows",
                     "sleep on 3 pillows", "sleeps on three pillows", "propped up on pillows", "4 pillows", "3 pillows",
                     "three pillows", "four pillows", "lie flat for night", "can't lie flat", "cannot lie flat",
                     "no fit lie flat"), "orthopnoea"),
    **dict.fromkeys(("wake up gasp for breath", "wakes up gasping", "wake up gasping", "woke up gasping", "waking up gasping",
                     "wakes up gasping for breath", "wake up dey gasp"), "paroxysmal_nocturnal_dyspnoea"),
    **dict.fromkeys(("moving down to my groin", "moving down to the groin", "going down to my groin", "goes down to my groin",
                     "side back moving groin"), "loin_to_groin_pain"),
    **dict.fromkeys(("urine look reddish", "urine looks reddish", "urine is reddish", "urine look red", "urine looks red",
                     "urine looks pink", "urine is pink", "pee looks red", "pee is red", "wee is red", "wee looks red"),
                    "haematuria"),
    **dict.fromkeys(("hearing almost gone", "hearing is gone", "hearing gone", "hearing in my left ear almost gone",
                     "hearing in my right ear almost gone"), "hearing_loss"),
    **dict.fromkeys(("feel better when we go outside", "feel better outside", "better when we go outside",
                     "better when we are outside"), "better_away_from_home"),
    **dict.fromkeys(("eyelash gum together", "eyelashes stuck together", "eyelash dey gum", "eyelids stuck together"),
                    "eye_discharge"),
    # an old woman found "mumbling, not knowing where she is ... Very sleepy" (set BD's delirium; "hot to touch" is
    # left to the lexicon's skin warmth: as a fever it made two gouts' hot toes septic joints)
    **dict.fromkeys(("not knowing where she is", "not knowing where he is", "not knowing where she was",
                     "not knowing where he was", "didn't know where she was", "didn't know where he was",
                     "didnt know where she was", "didnt know where he was", "doesn't know where she is",
                     "doesn't know where he is"), "confusion"),
    **dict.fromkeys(("very sleepy", "really sleepy", "so sleepy", "unusually sleepy", "very drowsy"), "drowsiness"),
    **dict.fromkeys(("bp diff arms", "bp difference arms", "bp difference between arms", "different bp each arm",
                     "bp different in each arm", "bp different each arm"), "pulse_deficit_arms"),
    **dict.fromkeys(("jelly stool", "jelly poo", "jelly like poo", "jam like poo"), "redcurrant_jelly_stool"),
    # from a blind set of pregnant and breastfeeding women (fresh_notes_ba, 2026-12-04): a cauda equina's "leaked a bit
    # of poo without noticing" and "struggled to start peeing", a postpartum psychosis's voices in the walls and a baby
    # "swapped", a stye's "lump on lower eyelid edge"
    **dict.fromkeys(("leaked poo without noticing", "leaked poo without realising", "pooed myself without noticing",
                     "soiled without noticing"), "bladder_bowel_dysfunction"),
    **dict.fromkeys(("struggled start peeing", "struggling start peeing", "hard start peeing", "trouble starting wee",
                     "struggle start wee"), "urinary_hesitancy"),
    **dict.fromkeys(("hears people walls", "hears people talking about her", "hears people talking about him",
                     "hearing people walls"), "hallucinations"),
    **dict.fromkeys(("baby isn't ours", "baby is not ours", "baby isnt ours"), "delusions"),
    **dict.fromkeys(("lump eyelid", "lump eyelid edge", "bump eyelid", "lump lash line"), "eyelid_lump"),
    # "white stuff on my tonsils" is exudate (2026-12-04, a clinician's first notes)
    **dict.fromkeys(("white stuff tonsils", "white bits tonsils", "yellow stuff tonsils"), "tonsillar_exudate"),
    # blood coughed up with words between ("coughed a bit of blood this morning": a PE's haemoptysis, read as a cough)
    **dict.fromkeys(("coughed blood", "coughing blood", "cough blood"), "haemoptysis"),
    # "a real warm feeling in the penis while im going" (real_en_063): a burning on passing urine, in other words
    **dict.fromkeys(("warm feeling penis urinate", "warm feeling pee", "warm feeling wee", "hot feeling pee",
                     "warm feeling urinate"), "dysuria"),
    # "a pain in my upper right abdomen that moved to my lower right abdomen" (real_en_070): where it is now
    **dict.fromkeys(("moved lower right abdomen", "moved right lower abdomen", "moved lower right side",
                     "moved bottom right tummy", "moved right lower side"), "right_lower_quadrant_pain"),
    **dict.fromkeys(("white threads poo", "worms poo", "white threads bottom"), "threadworms_seen"),
    **dict.fromkeys(("scratching bum", "scratching bottom", "itchy bum"), "anal_itching"),
    **dict.fromkeys(("swollen knee", "swollen elbow"), "joint_swelling"),
    **dict.fromkeys(("hot swollen knee", "red hot knee"), "hot_red_joint"),
    "red patch white eye": "red_patch_white_of_eye",
    **dict.fromkeys(("eyes gone yellow", "eyes turned yellow"), "jaundice"),
    **dict.fromkeys(("tummy bigger", "belly bigger", "stomach bigger"), "abdominal_distension"),
    **dict.fromkeys(("giving birth", "gave birth"), "recent_childbirth"),
    "baby swapped": "delusions",
    # notes_g (a sixth blind set, 2026-12-02)
    "mtpj": "big_toe_pain",
    **dict.fromkeys(("worst ever headache", "sudden severe headache"), "thunderclap_headache"),
    **dict.fromkeys(("blisters in a band", "band of blisters", "rash in a band"), "dermatomal_rash"),
    **dict.fromkeys(("inversion injury", "inversion inj"), "fall_or_injury"),
    "orbital pain": "orbital_headache",
    **dict.fromkeys(("same time every night", "same time each night"), "clockwork_attacks"),
    "heart takes off": "rapid_heartbeat",
    **dict.fromkeys(("stops like a switch", "starts like a switch"), "sudden_onset_offset_palpitations"),
    **dict.fromkeys(("worry about everything", "can't switch off"), "excessive_worry"),
    "can't relax": "restlessness",
    **dict.fromkeys(("always tense", "shoulders tense"), "muscle_tension"),
    **dict.fromkeys(("skin beside fingernail", "beside my fingernail", "around fingernail swollen",
                     "side of nail red"), "nail_fold_pain_swelling"),
    **dict.fromkeys(("numb down below", "numb when wiping"), "saddle_anaesthesia"),
    **dict.fromkeys(("reduced anal tone", "↓ anal tone"), "bladder_bowel_dysfunction"),
    **dict.fromkeys(("↓ UO", "↓ urine output", "↓ urine", "↓UO"), "reduced_urine_output"),
    # a red blob on the white of the eye (a subconjunctival haemorrhage, not a red eye)
    **dict.fromkeys(("red blob white eye", "red blob on white of eye", "blob of blood white eye"), "red_patch_white_of_eye"),
    **dict.fromkeys(("pressing reproduces", "reproducible on palpation", "tender costochondral", "costochondral junctions",
                     "costochondral tenderness"), "chest_wall_tenderness"),
    "not pu": "urinary_retention",
    **dict.fromkeys(("can't hear", "cannot hear"), "hearing_loss"),
    **dict.fromkeys(("hit her head", "hit his head", "hit my head", "banged her head", "banged his head", "banged my head",
                     "bumped her head", "bumped his head", "bumped my head"), "head_injury"),
    "drowsier": "drowsiness",
    # a clinician's first week (2026-12-02): thrush, a testicle typed "teste", a bulging drum
    **dict.fromkeys(("itchy white discharge", "white discharge", "cottage cheese discharge"), "thick_white_discharge"),
    **dict.fromkeys(("itchy discharge", "itchy down below"), "vaginal_or_genital_itch"),
    **dict.fromkeys(("teste pain", "testes pain", "testicle pain", "pain in testicle", "pain in my testicle"),
                    "testicular_pain_swelling"),
    **dict.fromkeys(("hayfever", "hay fever"), "sneezing"),
    **dict.fromkeys(("blood on tissue", "blood on the tissue", "blood on the paper", "blood when i wipe",
                     "blood on toilet paper", "blood on the toilet paper"), "rectal_bleeding"),
    **dict.fromkeys(("itchy bottom", "bottom itches", "bum itches"), "anal_itching"),
    **dict.fromkeys(("fell off bike", "falling off bike", "came off bike", "fell off his bike", "fell off her bike"),
                    "fall_or_injury"),
    # sudden loss of sight as people say it ("Lost the sight in my left eye ... it just went black all at once")
    **dict.fromkeys(("lost the sight in my eye", "vision went black", "went black all at once",
                     "gone blind in one eye", "suddenly blind in one eye"), "sudden_vision_loss"),
    # a heavy arm or leg is how people describe a weak one ("He awakened yesterday complaining of heaviness to his left
    # arm", after a stroke)
    **dict.fromkeys(("heaviness left arm", "heaviness right arm", "left arm heavy", "right arm heavy",
                     "heaviness left leg", "heaviness right leg"), "one_sided_weakness"),
    **dict.fromkeys(("creatinine doubled", "creatinine has doubled", "creatinine up", "creat up"), "raised_creatinine"),
    # paraphimosis as a man says it ("pulled my foreskin back ... now it won't go back over")
    **dict.fromkeys(("pulled my foreskin back", "foreskin stuck back", "foreskin stuck behind"), "retracted_foreskin_stuck"),
    **dict.fromkeys(("barely hear", "hardly hear"), "hearing_loss"),
    # a blow to the head in everyday words ("Walked into a low beam ..., got a lump on my forehead")
    **dict.fromkeys(("walked into a beam", "walked into a low beam", "egg on my forehead", "egg on his head",
                     "egg on her head"), "head_injury"),
    # from blind set R (urgent presentations in everyday words, 2026-12-03)
    **dict.fromkeys(("lost sight eye", "blind came down"), "sudden_vision_loss"),
    **dict.fromkeys(("swollen face and fingers", "face and fingers swollen"), "puffy_face_hands"),
    **dict.fromkeys(("seeing sparkly bits", "sparkly bits", "seeing sparkles"), "flashing_lights"),
    **dict.fromkeys(("tearing pain shoulder blades", "sudden tearing pain"), "tearing_chest_back_pain"),
    **dict.fromkeys(("can't get a full breath", "cannot get a full breath", "can't get a proper breath"),
                    "shortness_of_breath"),
    **dict.fromkeys(("hurts more when I breathe in", "worse when I breathe in", "hurts to breathe in",
                     "hurts when I take a deep breath"), "pleuritic_chest_pain"),
    # an SVT as people say it ("heart going like the clappers ... just switches on and off")
    **dict.fromkeys(("going like the clappers", "heart like the clappers"), "rapid_heartbeat"),
    **dict.fromkeys(("switches on and off", "switches on and off suddenly", "like a light switch"),
                    "sudden_onset_offset_palpitations"),
    # carpal tunnel in its own words ("Tingling in my thumb and first two fingers, wakes me up at night")
    **dict.fromkeys(("tingling in my thumb", "tingling thumb and fingers", "thumb and first two fingers tingle",
                     "pins and needles in my thumb"), "hand_numbness_tingling"),
    **dict.fromkeys(("gluing my lashes", "lashes stuck together", "sticky gunk eye", "sticky gunk"), "eye_discharge"),
    **dict.fromkeys(("sick every morning", "sick in the mornings", "morning sickness", "felt sick"), "nausea"),
    # over-triaged notes of safety_probe_c (mild notes that are self-care)
    **dict.fromkeys(("eyes stuck shut", "eye stuck shut", "glued my lashes", "lashes glued", "lids stuck", "eyelids stuck",
                     "gunk eye", "goo eye", "pus eye", "purulent discharge eye", "purulent d/c eye"), "eye_discharge"),
    # tetanus after a garden wound (an out-of-scope note read as a sore mouth): lockjaw as people say it, the wound
    # (not "jaw stiffness" alone: a stiff jaw in the mornings is the joint, not lockjaw)
    **dict.fromkeys(("can't open mouth fully", "cannot open mouth fully", "can't open my mouth", "cannot open my mouth",
                     "can't open her mouth", "can't open his mouth"), "trismus"),
    **dict.fromkeys(("stepped on a nail", "stood on a nail", "trod on a nail", "nail through shoe"), "skin_break_wound"),
    **dict.fromkeys(("rusty nail", "rusty fork", "rusty metal", "rusty wire"), "dirty_wound"),
    # a first seizure as GPs write it ("first ever fit, 2 minutes, now drowsy" read only the drowsiness)
    **dict.fromkeys(("first fit", "first ever fit"), "seizure"),
    # "sprained ankle" read nothing, so a note of the commonest injury in urgent care was out of scope
    # ("rolled my ankle" is left to the bag it already meets: "rolled my ankle at netball, swollen" is swelling)
    **dict.fromkeys(("sprained ankle", "ankle sprain", "sprained my ankle"), "ankle_pain"),
    # real patient questions (assets/corpora, 2026-12-02) read nothing: blood passed as urine, sleep trouble, reflux
    # alone, a boil or an abscess on the skin, an infected cyst, a fingertip sliced, breathless lying down, a bottle
    # of pills swallowed
    **dict.fromkeys(("urinate blood", "urinating blood", "urinated blood", "weeing blood", "pissing blood",
                     "passing blood urine"), "haematuria"),
    **dict.fromkeys(("trouble sleeping", "difficulty sleeping", "struggling to sleep"), "difficulty_falling_asleep"),
    "re flux": "acid_regurgitation",   # (reflux itself: ``EN_IN_CONTEXT``)
    **dict.fromkeys(tuple(f"{lump} {part}" for lump in ("boil", "abscess") for part in (
        "arm", "armpit", "leg", "thigh", "back", "neck", "bum", "buttock", "groin", "chest", "skin")) +
        ("infected cyst", "cyst infected", "cyst infection", "cyst got infected"), "painful_skin_lump"),
    **dict.fromkeys(("sliced finger", "sliced thumb", "sliced hand", "sliced fingertip", "sliced tip"), "skin_break_wound"),
    # (not "breathing lying flat" alone: chest pain "worse lying flat/deep breath" is pericarditis)
    **dict.fromkeys(("hard time breathing lying", "hard to breathe lying", "struggle to breathe lying"), "orthopnoea"),
    **dict.fromkeys(("swallowed bottle paracetamol", "swallowed packet paracetamol", "swallowed box paracetamol"),
                    "paracetamol_overdose_ingestion"),
    # a ring with a clear middle (and "ring worms", as people call it; not "red ring" alone: an expanding red ring after
    # a tick bite is erythema migrans), a red blotch on the white of the eye (not a skin rash), the face swollen in front
    # of the ears (the parotids, not a puffy face), squash drunk constantly (thirst, not alcohol); not "calf swelling":
    # "calf is swollen and tender" keeps the calf for its tenderness
    **dict.fromkeys(("ring clear middle", "ring clear centre", "ring worm", "ring worms"), "ring_shaped_rash"),
    **dict.fromkeys(("red blotch white eye", "red blotch on white of eye", "blood spot white eye"), "red_patch_white_of_eye"),
    **dict.fromkeys(("face front ears swollen", "swollen front of ears", "swelling front of ears"), "swollen_parotid"),
    **dict.fromkeys(("drinking squash", "drinking loads of water", "drinking water all the time"), "excessive_thirst"),
    # impetigo's crusts, pleuritic pain and an ulcer eased by food, in the words people use
    **dict.fromkeys(("honey coloured crusts", "honey colored crusts", "honey crusts", "honey coloured crust"),
                    "honey_crusted_sores"),
    **dict.fromkeys(("hurts when i breathe in", "hurts to breathe in", "pain when i breathe in", "hurts when breathing in",
                     "side when i breathe in"),
                    "pleuritic_chest_pain"),
    **dict.fromkeys(("gets better when i eat", "better when i eat", "eases when i eat", "better once i eat"),
                    "pain_relieved_by_eating"),
    # "bitten by my neighbours dog", "dog bite on my leg" read nothing (a dog bite to the hand, infected, was routine)
    **dict.fromkeys(("dog bite", "dog bites", "bitten dog", "bitten cat", "bit by dog", "bit by cat", "bitten fox",
                     "bitten rat", "bitten ferret", "bitten hamster"), "animal_bite_injury"),
    **dict.fromkeys(("swallowed bottle pills", "swallowed bottle tablets", "swallowed packet tablets",
                     "swallowed box tablets"), "overdose_ingestion"),
    # a clinician's probe of danger signs in plain words (2026-12-02): "I want to kill myself", "I feel suicidal" and
    # "I don't want to live anymore" read nothing and were urgent at most; a whole packet of pills, too many pills;
    # a baby who will not feed (the knowledge base's phrasings are of feeds taken, not refused)
    **dict.fromkeys(("better off if i wasn't here", "better off if i wasnt here", "better off without me",
                     "better off if i was gone", "better off if i wasn't around", "better off if i wasnt around"),
                    "suicidal_thoughts"),
    **dict.fromkeys(("looking up ways online", "looked up ways online", "researching ways online"), "suicide_plan"),
    **dict.fromkeys(("kill myself", "killing myself", "suicidal", "don't want to live", "don't want to be alive",
                     "not want to live", "take my own life", "taking my own life", "end my own life",
                     "better off dead", "no reason to live", "no point living", "no point in living"),
                    "suicidal_thoughts"),
    **dict.fromkeys(("whole packet pills", "whole packet tablets", "whole box pills", "whole box tablets",
                     "whole bottle pills", "whole bottle tablets", "swallowed handful pills", "swallowed handful tablets"
                     ) + OVERDOSE_AS_WRITTEN, "overdose_ingestion"),
    **dict.fromkeys(("not feeding", "won't feed", "isn't feeding", "not feeding well", "isn't feeding well",
                     "not taking bottle", "won't take bottle", "not taking feeds", "off feeds", "off milk",
                     "not drinking milk", "won't drink milk", "not interested in feeds", "stopped feeding",
                     "feeding less", "feeding less than usual", "feeds less"), "poor_feeding"),
    **dict.fromkeys(("forehead hot", "forehead burning", "forehead feels hot"), "fever"),
    # a seventh blind set (notes_k, 2026-12-02): shingles' band of red blisters that stops at the middle, slime in a
    # bloody diarrhoea that has to be rushed to (weight lost in kilograms:
    # ``WEIGHT_LOST``), knuckles swollen on both sides,
    # an old boiler and a whole family unwell
    **dict.fromkeys(("band of red blisters", "strip of red blisters", "doesn't cross the middle", "stops at the middle",
                     "doesn't cross the midline", "not crossing midline", "one side only blisters"), "dermatomal_rash"),
    **dict.fromkeys(("slime in poo", "slimy poo", "slime in stool", "slime in my poo", "mucus in poo", "mucus pr"),
                    "mucus_in_stool"),
    **dict.fromkeys(("have to rush to the toilet", "rush to the loo"), "urgency_to_defecate"),
    **dict.fromkeys(("knuckles swollen", "swollen knuckles", "mcps and pips", "mcp and pip",
                     "swelling mcps", "synovitis mcps", "both hands swollen"), "symmetrical_small_joint_pain"),
    # (not "boiler" alone: "we've just had a new boiler fitted and the house is so dry" is a cold's story)
    **dict.fromkeys(("old boiler", "faulty boiler", "broken boiler", "boiler leaking", "boiler not serviced",
                     "boiler smell", "gas fire", "gas heater", "paraffin heater", "generator indoors"), "co_exposure_source"),
    **dict.fromkeys(("whole family", "all the family", "everyone in the house", "whole household"), "sick_contact"),
    # an eighth blind set (notes_l, 2026-12-02): a child "constantly asking for water", tinea's raised scaly edge,
    # psoriasis' thick crusty patches, chickenpox's crops, pain eased by food or an antacid, scabies' wavy lines, a
    # spin on rolling over in bed, a tearing CP, a relative with the same thing
    **dict.fromkeys(("asking for water", "asking for drinks", "always thirsty", "constantly thirsty", "thirsty all day"),
                    "excessive_thirst"),
    **dict.fromkeys(("scaly raised edge", "raised scaly edge", "raised edge", "scaly edge", "spreading outward",
                     "spreading outwards", "clearer in the middle"), "ring_shaped_rash"),
    **dict.fromkeys(("thick crusty patches", "crusty raised patches", "raised crusty patches", "thick raised patches"),
                    "scaly_plaques"),
    **dict.fromkeys(("new ones keep coming", "new ones keep appearing", "new ones coming up", "crusted over new ones",
                     "some crusted some new", "different stages"), "vesicular_crops"),
    # (not "better after eating": "eating properly ... we'd all be better" is no relief by food)
    **dict.fromkeys(("eating makes it better", "antacid makes it better", "food makes it better", "eating something helps",
                     "antacids help"), "pain_relieved_by_eating"),
    **dict.fromkeys(("itch worst at night", "itch worse at night", "itching worst at night", "itchy at night",
                     "itches at night"), "itch_worse_at_night"),
    **dict.fromkeys(("wavy lines", "tiny lines between fingers", "little lines between fingers", "lines between my fingers"),
                    "skin_burrows"),
    **dict.fromkeys(("roll over in bed", "rolling over in bed", "turn over in bed", "turning over in bed",
                     "look up at the top shelf", "tip my head back"), "positional_vertigo"),
    **dict.fromkeys(("tearing cp", "tearing chest pain", "ripping chest pain", "tearing pain through to back"),
                    "tearing_chest_back_pain"),
    # a knee that creaks and grinds; panic in the words of someone who has it (attacks that peak and pass, feeling
    # like dying or going crazy, scared to get on the bus)
    **dict.fromkeys(("creak and grind", "creaks and grinds", "knees creak", "creaky knees", "knees grind", "grinding knee",
                     "knee grinds", "knee creaks"), "joint_crepitus"),
    **dict.fromkeys(("feel like i'm dying", "feel like im dying", "feel like i am dying", "feel like i'm going to die",
                     "going crazy"), "fear_of_dying"),
    # (not "attacks where my heart pounds": with a thumping headache, sweats and a BP of 220/120 they are a
    # phaeochromocytoma's, with no fear an arrhythmia's)
    **dict.fromkeys(("peak in about 10 minutes", "peaks within minutes", "attacks of terror", "panicky attacks"),
                    "panic_attacks"),
    **dict.fromkeys(("scared to get on the bus", "scared to go out in case", "avoid going out in case",
                     "scared to leave the house"), "avoidance_behaviour"),
    # a migraine's zigzag lights before the headache (not a retinal detachment's flashes), hives "like nettle stings"
    # that move about and go within hours
    **dict.fromkeys(("zigzag lights", "flashing zigzag lights", "zigzag lines", "zig zag lines", "zig zag lights",
                     "zigzags"), "visual_aura"),
    **dict.fromkeys(("light is unbearable", "light or noise is unbearable", "lie in a dark room", "lie in the dark",
                     "need a dark room", "dark room"), "photophobia"),
    **dict.fromkeys(("fever went and now a rash", "after the fever went", "rash after the fever went",
                     "fever went this morning and now", "temperature went and then a rash"), "rash_after_fever_settles"),
    **dict.fromkeys(("blisters on my lip", "blisters on her lip", "blisters on his lip", "blister on my lip",
                     "blisters edge of lip"), "cold_sore_blisters"),   # (not "a cluster of blisters": shingles' too)
    **dict.fromkeys(("like nettle stings", "like nettle rash", "nettle rash", "itchy welts"), "hives"),   # (not "itchy
    # lumps": an itchy lump on the arm is a bite)
    **dict.fromkeys(("go within a few hours", "gone within a few hours", "move around and go", "fade within hours",
                     "disappear within a few hours"), "wheals_fade_within_day"),
    # a tenth blind set (notes_o, 2026-12-02): cluster headache's eye and nostril on the painful side, angina on the
    # hill that rest relieves, surgery before a PE, a saddle that cannot feel the paper, a heatwave, pain worse than it
    # looks, scabies' lines, chickenpox's crusts
    # (not "pain behind my right eye" alone: pain behind the eyes is dengue's and migraine's too)
    **dict.fromkeys(("stabbing pain behind my eye", "stabbing behind my eye", "stabbing pain behind my right eye",
                     "stabbing pain behind my left eye"), "orbital_headache"),
    **dict.fromkeys(("that side of my nose runs", "nose runs on that side", "nostril on that side"),
                    "one_sided_nasal_congestion"),
    **dict.fromkeys(("eye waters on that side", "that eye waters", "my eye waters and that side"),
                    "one_sided_eye_watering"),
    **dict.fromkeys(("can't keep still", "cannot keep still", "can't sit still", "pace around"),
                    "restlessness_during_attack"),
    **dict.fromkeys(("when i walk uphill", "walking uphill", "goes away after a few minutes rest", "goes away with rest",
                     "eases with rest", "better with rest"), "exertional_chest_pain"),
    # (a breath's, not a chest's: "SOB walking uphill now, worse each winter" of a smoker's COPD read an exertional chest
    # pain and led with a stable angina, set FW)
    **dict.fromkeys(("sob walking uphill", "sob walking up hills", "sob on hills", "sob going uphill", "sob on walking uphill",
                     "breathless walking uphill", "breathless going uphill", "short of breath walking uphill",
                     "out of breath walking uphill", "puffed walking uphill", "sob when walking uphill",
                     "breathless when walking uphill", "short of breath when walking uphill",
                     "out of breath when walking uphill"), "exertional_dyspnoea"),
    **dict.fromkeys(("knee surgery", "hip surgery", "knee replacement", "hip replacement", "had an operation",
                     "had surgery"), "recent_surgery"),
    **dict.fromkeys(("can't feel it when i wipe", "cannot feel when i wipe", "can't feel the toilet paper"),
                    "saddle_anaesthesia"),
    **dict.fromkeys(("haven't been able to pee", "havent been able to pee", "can't pee properly", "not been able to pee"),
                    "urinary_retention"),
    **dict.fromkeys(("heatwave", "heat wave", "working outside in the heat", "in the sun all day",
                     # (by the degrees: "worked outside all day in 35 degrees, now headache, nausea, very sweaty, dizzy"
                     # led with a migraine, the sixth part's probe of 2026-12-07)
                     "worked outside all day", "working outside all day", "outside all day in the heat",
                     # (a person's, not a dish's: "potato salad ... sat out in the sun all afternoon" is a food poisoning's)
                     "out in the heat all day", "concert in the sun", "festival in the sun", "match in the sun",
                     "gig in the sun"), "heat_exposure"),
    **dict.fromkeys(("pain worse than it looks", "hurts more than it looks", "pain much worse than it looks"),
                    "pain_out_of_proportion"),
    **dict.fromkeys(("dark blisters", "purple blisters", "black blisters"), "dusky_skin_bullae"),
    **dict.fromkeys(("pain out of proportion", "pain is out of proportion", "pain way out of proportion"),
                    "pain_out_of_proportion"),
    **dict.fromkeys(("tiny lines in the skin", "little lines in the skin", "lines in the skin"), "skin_burrows"),
    **dict.fromkeys(("some have crusted", "some crusted over", "some have scabbed", "some have crusted over"),
                    "vesicular_crops"),
    # a stroke as a relative says it ("his face looks droopy on one side", "his speech is weird")
    **dict.fromkeys(("face looks droopy", "face droopy", "droopy on one side", "face has gone droopy", "face is droopy",
                     "face drooped", "smile is lopsided", "lopsided smile", "smile is crooked", "crooked smile",
                     "mouth has gone to one side", "mouth gone to one side", "mouth went to one side",
                     "mouth pulled to one side", "mouth is pulled to one side", "mouth pulled over to one side",
                     "face has dropped", "face dropped on one side",
                     # ("Right side of his mouth is droopy", set FI: read only as a red flag, and a stroke led with drink)
                     "mouth is droopy", "mouth droopy", "mouth is drooping", "mouth drooping", "mouth has dropped",
                     "mouth is droopy on one side", "mouth looks droopy"), "facial_droop"),
    # a limp in a walker's word ("swollen on the outside ... I can walk on it, bit limpy" was read as a floppy baby's limpness)
    **dict.fromkeys(("limpy", "bit limpy", "a bit limpy", "limping a bit"), "limp"),
    **dict.fromkeys(("speech is weird", "speech is strange", "talking funny", "words are muddled",
                     "words all jumbled", "speech is muddled"), "slurred_speech"),
    **dict.fromkeys(("irregular fast heartbeat", "fast irregular heartbeat", "irregular fast heart", "fast irregular pulse",
                     "heart racing irregularly", "heart beating irregularly"), "irregular_heartbeat"),
    **dict.fromkeys(("lumps around my bum", "lump around my bum", "lumps around my bottom", "lumps round my bum",
                     "lump round my bum"), "anal_lump"),
    **dict.fromkeys(("dad has the same thing", "mum has the same thing", "mother has the same thing",
                     "father has the same thing", "runs in the family"), "family_history"),
    # a child who will not use an arm after a pull or a fall (a pulled elbow, a fracture): guarding it
    **dict.fromkeys(("won't use arm", "wont use arm", "not using arm", "refuses to move arm", "won't move arm",
                     "wont move arm", "refuses to use arm"), "holding_arm_against_body"),
    # an illness like flu before the symptoms (a young man's myocarditis "a week after a flu-like illness")
    **dict.fromkeys(("flu-like illness", "flu like illness", "flu-ish illness", "viral illness week ago",
                     "bout of flu", "bad cold last week", "flu last week"), "recent_viral_illness"),
    **dict.fromkeys(("face hurts under my eyes", "pain under my eyes", "hurts under my eyes", "aching under my eyes",
                     "pressure under my eyes"), "facial_pain_pressure"),
    # croup and its stridor as parents say them (three croup notes read only a cough and a hoarse voice)
    **dict.fromkeys(("barky cough", "cough seal", "cough barking", "croupy cough", "cough sounds like a dog", "seal barking",
                     "sounds like a seal", "like a seal"),
                    "barking_cough"),
    **dict.fromkeys(("harsh noise breathes in", "harsh noise breathing in", "noise when breathes in",
                     "noisy breathing in", "squeaky noise breathing in", "rasping noise breathing in"), "stridor"),
    # from a sixth blind set (fresh_notes_u, 2026-12-04)
    **dict.fromkeys(("head penis red", "head penis sore", "end penis red", "tip penis red", "head penis swollen"),
                    "red_sore_glans"),
    **dict.fromkeys(("itchy under foreskin", "itchy foreskin", "itching under foreskin", "itches under foreskin"),
                    "vaginal_or_genital_itch"),
    **dict.fromkeys(("glued shut gunk", "glued shut yellow", "stuck shut gunk", "glued together gunk",
                     "glued shut goo", "glued shut pus"), "eye_discharge"),
    **dict.fromkeys(("pale patches", "paler patches", "lighter patches", "light patches", "patches don't tan",
                     "patches won't tan"), "discoloured_skin_patches"),
    **dict.fromkeys(("lost sense smell", "lost smell", "lost my smell", "can't smell anything", "cannot smell anything",
                     "lost ability smell"), "loss_of_smell"),
    **dict.fromkeys(("lost sense taste", "lost taste", "lost my taste", "can't taste anything", "cannot taste anything",
                     "food tastes of nothing"), "loss_of_taste"),
    **dict.fromkeys(("rusty sputum", "rust coloured sputum", "rust colored sputum", "rusty phlegm", "rusty coloured phlegm"),
                    "discoloured_sputum"),
    # from a seventh blind set (fresh_notes_v, 2026-12-04)
    **dict.fromkeys(("spots turned into blisters", "spots turned blisters", "spots turning into blisters",
                     "spots became blisters", "spots gone blisters"), "vesicular_crops"),
    **dict.fromkeys(("circular rash got bigger", "rash like target", "rash like a target", "ring rash got bigger",
                     "red ring got bigger", "circular rash bigger each day", "circle rash spreading out"), "bullseye_rash"),
    **dict.fromkeys(("shoulder popped out", "shoulder pop out", "shoulder came out", "shoulder went out",
                     "shoulder looks squared off", "shoulder squared off"), "visible_deformity"),
    **dict.fromkeys(("stopped drinking abruptly", "stopped abruptly", "stopped drinking suddenly", "stopped drinking days ago",
                     "stopped drinking 2 days ago", "stopped drinking yesterday", "last drink"), "stopped_drinking_recently"),
    **dict.fromkeys(("legs got weaker", "legs gone weak", "legs weaker and weaker", "legs have got weaker",
                     "struggling climb stairs", "legs giving way", "legs keep giving way"), "leg_weakness"),
    # a fractured leg in a cast in shorthand ("Pain ++ despite codeine, worse on moving toes, tingling foot. Cast feels
    # tight": compartment syndrome, urgent before)
    **dict.fromkeys(("pain despite codeine", "pain despite morphine", "pain despite oramorph", "pain despite painkillers",
                     "pain ++ despite", "pain not controlled by", "pain uncontrolled despite"), "pain_out_of_proportion"),
    **dict.fromkeys(("worse on moving toes", "worse moving toes", "pain moving toes", "pain on moving toes",
                     "hurts to move toes", "pain when toes moved", "pain on moving fingers", "worse moving fingers",
                     "pain stretching toes", "pain on passive movement toes"), "pain_on_passive_stretch"),
    # from an eighth blind set (fresh_notes_w, 2026-12-04): an 84-year-old's delirium read nothing but her frequency;
    # psychosis's voices and beliefs, a tension headache's band, a flight home before breathlessness (a PE), a stye
    **dict.fromkeys(("talking to people who aren't there", "talking to people who arent there",
                     "seeing people who aren't there", "hear people talking about me", "hearing people talking about me",
                     "people talking about me through walls", "voices through the walls"), "hallucinations"),
    **dict.fromkeys(("phone has been hacked", "phone hacked police", "messages for me tv", "putting messages tv",
                     "messages in the tv", "police are watching me", "being spied on"), "delusions"),
    **dict.fromkeys(("didn't know what day it was", "didnt know what day it was",
                     "doesn't know what day it is", "doesnt know what day it is", "not know what day it is"), "confusion"),
    **dict.fromkeys(("picking at the bedsheets", "picking at bedsheets", "picking at the sheets", "picking at things air",
                     "plucking at the sheets"), "restlessness"),
    **dict.fromkeys(("dozy in the day", "dozy during the day", "very dozy", "really dozy"), "drowsiness"),
    **dict.fromkeys(("band-like pressure", "band like pressure", "like a tight hat", "tight hat", "pressure across forehead",
                     "pressure across my forehead"), "band_like_headache"),
    **dict.fromkeys(("flew back from", "flown back from", "flight back from", "long flight", "long-haul flight",
                     "long haul flight", "just got off a flight"), "immobility_long_travel"),
    **dict.fromkeys(("swelling on the edge of my eyelid", "swelling edge eyelid", "lump edge eyelid",
                     "yellow spot near the lashes", "yellow spot near lashes", "red lump on my eyelid"), "eyelid_lump"),
    **dict.fromkeys(("gaping open", "wound gaping", "cut gaping", "edges gaping"), "gaping_wound"),
    # from a fifteenth blind set (fresh_notes_x, 2026-12-04)
    **dict.fromkeys(("look like cornflakes", "like cornflakes", "crusty yellow sores", "crusty yellowy sores",
                     "crusty yellowy-brown sores", "yellow crusty sores", "crusts like cornflakes", "golden crusts"),
                    "honey_crusted_sores"),
    **dict.fromkeys(("eyes itchy and watery", "eyes so itchy", "eyes get itchy", "itchy eyes", "eyes are itchy",
                     "eyes really itchy"), "itchy_eyes"),
    **dict.fromkeys(("caught my eye with her fingernail", "caught my eye fingernail", "poked me in the eye", "poked my eye",
                     "scratched my eye", "fingernail in my eye", "finger in my eye", "caught my eye with"), "eye_trauma"),
    **dict.fromkeys(("eye watering loads", "streaming eye", "eye is streaming", "eye streaming"),
                    "watery_eyes"),
    **dict.fromkeys(("back from ghana", "back from nigeria", "visiting family in ghana", "visiting family in nigeria",
                     "back from africa", "back from india", "back from uganda", "back from kenya", "back from sierra leone",
                     "back from malawi"), "recent_travel_tropics"),
    **dict.fromkeys(("flu like thing", "flu-like thing", "fluey thing", "flu thing last week"), "recent_viral_illness"),
    **dict.fromkeys(("lost inches in height", "lost 2 inches in height", "lost height", "shrunk in height"), "height_loss"),
    **dict.fromkeys(("broke her wrist small stumble", "broke her wrist slipped", "broke wrist just a small stumble",
                     "fracture from a small fall", "broke from a small fall"), "low_trauma_fracture"),
    **dict.fromkeys(("steroid tablets on and off for years", "steroid tablets for years", "on steroids for years",
                     "long term steroids", "prednisolone for years"), "long_term_steroids"),
    # from a Q&A-style blind set (fresh_notes_z, 2026-12-04)
    **dict.fromkeys(("blood in toilet bowl", "blood in the toilet", "blood in toilet after", "blood in the bowl",
                     "blood in the pan", "red blood after passing stool", "blood after passing stool"), "rectal_bleeding"),
    **dict.fromkeys(("lump comes out and goes back", "lump comes out goes back in", "lump pops out when i poo",
                     "something comes out of my bottom", "lump hanging out of my bottom"), "anal_lump"),
    **dict.fromkeys(("cant walk straight", "can't walk straight", "cannot walk straight", "walking like drunk",
                     "staggering", "veering to one side"), "unsteady_gait"),
    **dict.fromkeys(("bump on edge of eyelid", "bump on edge of upper eyelid", "bump on edge of lower eyelid",
                     "lump on edge of eyelid", "red bump on eyelid", "bump on my eyelid"), "eyelid_lump"),
    # from a blind set of urgent presentations in understated words (fresh_notes_aa, 2026-12-04)
    **dict.fromkeys(("pressure in the middle of my chest", "pressure middle chest", "pressure in my chest",
                     "pressure on my chest"), "chest_tightness"),
    **dict.fromkeys(("pain low down on the left", "low down on the left side", "pain low on the left", "left side low down",
                     "bottom left of my tummy", "lower left of my tummy", "low down left side"), "left_lower_quadrant_pain"),
    **dict.fromkeys(("tummy blown up like a balloon", "tummy's blown up", "belly blown up", "stomach blown up"),
                    "abdominal_distension"),
    # waking at night breathless in everyday words (real_dev's "waking up at night coughing up fluid and feeling like
    # drowning": a heart failure's paroxysmal nocturnal dyspnoea)
    **dict.fromkeys(("wake up at night gasping", "waking up at night gasping", "wake up gasping for breath",
                     "waking up gasping for breath", "waking up at night feeling like drowning",
                     "wake up feeling like drowning", "waking up feeling like drowning", "wake up at night breathless",
                     "waking up at night breathless"), "paroxysmal_nocturnal_dyspnoea"),
    # a sixteenth blind set (fresh_notes_ab): pain at the breastbone (a temperature that comes and goes: ``TEMP_ON_OFF``)
    **dict.fromkeys(("pain breastbone", "breastbone pain", "sore breastbone", "ache breastbone"), "chest_pain"),
    **dict.fromkeys(("passing broken glass", "passing glass", "passing razor blades"), "anal_pain"),
    # a side's sharp pain on breathing in ("a sharp pain on the right when I breathe in", set T's pneumonia at 68)
    **dict.fromkeys(("pain right breathe in", "pain left breathe in", "pain side breathe in", "pain right take breath",
                     "pain left take breath", "pain side take breath", "pain ribs breathe in", "pain right deep breath",
                     "pain left deep breath", "pain side deep breath"), "pleuritic_chest_pain"),
    # shingles in everyday words: a strip of blisters, skin so sore that clothes hurt it (set AB's shingles of the back)
    **dict.fromkeys(("strip of blisters", "strip of little blisters", "stripe of blisters", "line of blisters",
                     "line of little blisters", "strip of small blisters", "belt of blisters"), "dermatomal_rash"),
    **dict.fromkeys(("even my blouse hurts", "even my shirt hurts", "even my clothes hurt", "clothes rubbing on it hurts",
                     "clothes touching it hurts", "cant bear clothes touching it", "can't bear clothes touching it",
                     "can't bear anything touching it", "cant bear anything touching it"), "skin_tenderness"),
    # a side that hurts at the back ("a pain in my right side at the back, temperature of 38.6": a kidney's loin pain)
    **dict.fromkeys(("pain in my right side at the back", "pain in my left side at the back", "right side at the back hurts",
                     "left side at the back hurts", "sore right side at the back", "sore left side at the back"), "flank_pain"),
    # from a twentieth blind set (fresh_notes_ah, 2026-12-04): a toddler's septic hip, labour's tightenings, a
    # delirium's hallucinations and restless nights, a baby's thrush, a leg red hot and spreading, a squishy abscess
    **dict.fromkeys(("wont walk", "won't walk", "wont walk at all", "won't walk at all", "won't put weight on",
                     "wont put weight on", "won't stand on", "wont stand on", "won't weight bear", "wont weight bear"),
                    "inability_to_bear_weight"),
    **dict.fromkeys(("screams when i move her leg", "screams when i move his leg", "screams when you move her leg",
                     "screams when you move his leg", "cries when i move her leg", "cries when i move his leg",
                     "cries when you move his leg", "cries when you move her leg", "screams when i move her left leg",
                     "screams when i move his left leg", "screams when i move her right leg",
                     "screams when i move his right leg"), "unable_to_move_joint"),
    **dict.fromkeys(("hip feels hot", "hip area feels hot", "joint feels hot"), "hot_red_joint"),
    **dict.fromkeys(("tightenings", "tightenings every", "tightening every"), "contractions"),
    **dict.fromkeys(("feels squishy", "squishy lump", "lump feels squishy", "squidgy lump", "feels squidgy",
                     "fluid inside the lump", "feels like theres fluid in it", "feels like there's fluid in it"),
                    "fluctuant_swelling"),
    **dict.fromkeys(("seeing people in the room who arent there", "people in the room who aren't there",
                     "people who arent there", "people who aren't there", "things that arent there",
                     "things that aren't there", "seeing things", "talking to people who arent there",
                     "talking to people who aren't there"), "hallucinations"),
    **dict.fromkeys(("pulling at her clothes", "pulling at his clothes", "pulling at her clothing", "picking at her clothes",
                     "picking at his clothes", "cant sit still", "can't sit still", "agitated and restless"), "restlessness"),
    **dict.fromkeys(("white patches on her tongue", "white patches on his tongue", "white patches on my tongue",
                     "white patches inside her cheeks", "white patches inside his cheeks", "white patches inside my cheeks",
                     "dont wipe off", "don't wipe off", "wont wipe off", "won't wipe off", "white coating on her tongue",
                     "white coating on his tongue"), "white_patches_mouth"),
    **dict.fromkeys(("leg is red hot", "arm is red hot"), "spreading_red_warm_skin"),
    # an intussusception's colic in a parent's words (set AJ), a wound's skin tear
    **dict.fromkeys(("colicky pain", "colicky tummy pain", "colicky abdo pain", "colicky abdominal pain", "colicky stomach pain"),
                    "cramping_abdominal_pain"),
    **dict.fromkeys(("draws his knees up", "draws her knees up", "drawing his knees up", "drawing her knees up",
                     "pulls his knees up", "pulls her knees up", "pulling his knees up", "pulling her knees up",
                     "brings his knees up", "brings her knees up"), "drawing_up_legs"),
    **dict.fromkeys(("screaming fits", "screaming episodes", "bouts of screaming", "screaming attacks"), "excessive_crying"),
    **dict.fromkeys(("skin tear", "flap skin tear", "skin flap", "flap of skin"), "skin_break_wound"),
    # a turned ankle in everyday words, a nose pouring blood (set AH: "blood pouring out my nose" was a heavy period's)
    **dict.fromkeys(("went over on my ankle", "gone over on my ankle", "went over on her ankle", "went over on his ankle",
                     "turned my ankle"), "fall_or_injury"),
    **dict.fromkeys(("blood pouring out my nose", "blood pouring out of my nose", "blood pouring from my nose",
                     "blood gushing from my nose",
                     "blood pouring out his nose", "blood pouring out her nose", "blood out of my nose"), "nosebleed"),
    # a mouth that will barely open (a wisdom tooth's pericoronitis read no trismus) and its bad taste
    **dict.fromkeys(("barely open my mouth", "hardly open my mouth", "hard to open my mouth", "struggle to open my mouth",
                     "struggling to open my mouth", "only open my mouth a little", "can't open my mouth wide",
                     "cant open my mouth wide", "hurts to open my mouth"), "trismus"),
    **dict.fromkeys(("bad taste in my mouth", "bad taste in mouth", "nasty taste in my mouth", "horrible taste in my mouth",
                     "disgusting taste in my mouth", "bad taste from the gum", "bad taste gum"), "bad_taste_mouth"),
    # from a twenty-fifth and -sixth blind set (fresh_notes_an, _ar): a urine infection turned to sepsis in a
    # patient's words ("shaking uncontrollably, I feel muddled ... I've hardly peed today and my skin looks blotchy"
    # read none of its signs), a faint's quick recovery in a school nurse's words, a stye at the lashes
    **dict.fromkeys(("shaking uncontrollably", "uncontrollable shaking", "shivering uncontrollably",
                     "uncontrollable shivering"), "rigors"),
    **dict.fromkeys(("feel muddled", "feeling muddled", "seems muddled", "is muddled", "more muddled"), "confusion"),
    **dict.fromkeys(("hardly peed", "barely peed", "hardly weed", "barely weed", "hardly passed urine",
                     "barely passed urine", "hardly any wee", "hardly any pee", "not peed much", "not weed much"),
                    "reduced_urine_output"),
    **dict.fromkeys(("skin looks blotchy", "skin gone blotchy", "skin has gone blotchy", "skin is blotchy",
                     "knees look blotchy", "knees are blotchy", "knees gone blotchy", "legs look blotchy"), "mottled_skin"),
    **dict.fromkeys(("came round immediately", "came to immediately", "came round within seconds",
                     "came round in seconds", "came round after a few seconds", "came to after a few seconds"),
                    "rapid_recovery"),
    **dict.fromkeys(("pressing on the bone hurts", "pressing on the bone itself hurts", "sore pressing on the bone",
                     "tender on the bone itself"), "localised_bone_pain"),
    **dict.fromkeys(("banged forehead", "bumped forehead", "hit forehead", "knocked forehead", "banged his forehead",
                     "banged her forehead", "banged my forehead"), "head_injury"),
    **dict.fromkeys(("muddled and", "muddled,"), "confusion"),
    **dict.fromkeys(("drifting off mid-sentence", "drifting off mid sentence", "sleeping most of the day",
                     "sleeping most of day", "dozing most of the day", "dropping off mid-sentence"), "drowsiness"),
    **dict.fromkeys(("inattentive", "can't do months backwards", "cant do months backwards"), "poor_concentration"),
    # from a twenty-eighth blind set (fresh_notes_aq, older patients): a first fit in a carer's words read no fit
    **dict.fromkeys(("jerking all over", "went stiff then jerking", "stiff and jerking", "jerking all over his body",
                     "jerking all over her body", "arms and legs jerking"), "seizure"),
    **dict.fromkeys(("bit his tongue", "bit her tongue", "bit my tongue", "bitten his tongue", "bitten her tongue",
                     "bitten my tongue"), "tongue_biting"),
    **dict.fromkeys(("keeping back his oramorph", "keeping back her oramorph", "keeping back his tablets",
                     "keeping back her tablets", "saving up his tablets", "saving up her tablets", "saving up my tablets",
                     "hoarding tablets", "hoarding pills", "hoarding his tablets", "hoarding her tablets"), "access_to_means"),
    **dict.fromkeys(("bottle of wine a night", "bottle of wine a day", "bottle of wine every night", "bottle of vodka a day",
                     "bottle of vodka a night", "bottles wine/day", "bottles of wine a day", "bottles of wine/day",
                     "bottles wine a day"), "heavy_drinking"),
    **dict.fromkeys(("white furry stuff tongue", "white furry tongue", "white fur tongue", "white coating tongue",
                     "white coated tongue", "white stuff tongue", "white stuff roof mouth"), "white_patches_mouth"),
    **dict.fromkeys(("talking to her sister who died", "talking to people who aren't there", "talking to people who arent there",
                     "seeing people who aren't there", "talking to his dead wife", "talking to her dead husband"),
                    "hallucinations"),
    **dict.fromkeys(("one minute sleepy next minute agitated", "sleepy one minute agitated the next"), "fluctuating_confusion"),
    **dict.fromkeys(("better when we go out", "better when we're out", "better when i go out", "better away from home",
                     "better when out of the house", "better when we leave the house"), "better_away_from_home"),
    **dict.fromkeys(("swelling behind ear", "swelling behind the ear", "swollen behind the ear", "swelling behind his ear",
                     "swelling behind her ear", "boggy swelling behind", "lump behind the ear red", "ear sticking out"),
                    "postauricular_swelling"),
    **dict.fromkeys(("cold pale painful leg", "cold pale leg", "cold pale foot", "cold white leg", "leg cold pale",
                     "cold pale painful arm"), "cold_pale_limb"),
    **dict.fromkeys(("cutting forearms", "cutting her arms", "cutting his arms", "cutting my arms", "cutting her forearms",
                     "cutting his forearms", "cutting my forearms", "cuts to cope"), "self_harm_act"),
    **dict.fromkeys(("tried to cut down cant", "tried to cut down can't", "can't cut down", "cant cut down"),
                    "difficulty_cutting_down"),
    # from a twenty-ninth blind set (fresh_notes_as, forum questions from several countries)
    **dict.fromkeys(("hasn't been able to pee at all", "hasnt been able to pee at all", "not been able to pee at all",
                     "can't pee at all", "cant pee at all", "unable to pee at all", "hasn't peed at all",
                     "hasnt peed at all", "can't wee at all", "cant wee at all"), "urinary_retention"),
    **dict.fromkeys(("going through to back", "going through to the back", "goes through to my back",
                     "goes through to the back", "going through to my back",
                     # (a pancreatitis's pain "boring through to back" after a weekend's drinking, set DS)
                     "boring through to back", "boring through to the back", "boring through to my back",
                     "bores through to the back", "bores through to my back"), "pain_radiating_to_back"),
    **dict.fromkeys(("pain upper stomach", "upper stomach pain", "upper stomach"), "epigastric_pain"),
    **dict.fromkeys(("back side below the ribs", "back below the ribs", "back just below the ribs"), "flank_pain"),
    # from a blind set on mental health (fresh_notes_bd, 2026-12-04): suicidal thoughts and their preparations in
    # everyday words, and the means kept ("a stockpile of late wife's morphine tablets") - a man who had updated his
    # will, given away his dog and "you won't have to worry about me much longer" was urgent, led by an animal bite
    **dict.fromkeys(("reading his thoughts", "reading her thoughts", "reading my thoughts", "cameras in the smoke alarm",
                     "put cameras in", "spying on him", "spying on her", "spying on me", "poisoning his food",
                     "poisoning her food", "poisoning my food"), "delusions"),
    **dict.fromkeys(("talking and laughing to himself", "talking and laughing to herself", "laughing to himself",
                     "laughing to herself", "talking to himself when no one", "talking to herself when no one"),
                    "hallucinations"),
    **dict.fromkeys(("end my life", "ending my life", "don't want to be here anymore",
                     "dont want to be here anymore", "don't want to be here any more", "dont want to be here any more",
                     "don't want to be alive", "dont want to be alive", "don't want to live", "dont want to live",
                     "no reason to live", "nothing to live for", "wish i was dead", "wish i were dead", "better off dead",
                     "wish i wouldn't wake up", "wish i wouldnt wake up", "wish i didn't wake up", "wish i didnt wake up",
                     "hope i don't wake up", "hope i dont wake up", "sleep and never wake up",
                     "won't have to worry about me much longer", "wont have to worry about me much longer",
                     "won't be around much longer", "wont be around much longer", "not be around much longer",
                     "won't be a burden much longer", "be a burden much longer"), "suicidal_thoughts"),
    **dict.fromkeys(("updated his will", "updated her will", "updated my will", "gave away his dog", "gave away her dog",
                     "gave away my dog", "giving away my things", "giving away his things", "giving away her things",
                     "giving away possessions", "given away his things", "put my affairs in order", "sorting out my affairs",
                     "sorting out his affairs", "sorting out her affairs", "life insurance is paid up",
                     "made sure the life insurance", "written goodbye letters", "wrote goodbye letters", "goodbye letter",
                     "driving out to the bridge", "drive out to the bridge", "sitting looking at the bridge",
                     "went to the bridge"), "suicide_plan"),
    **dict.fromkeys(("looking up how many", "looked up how many", "how many pills it would take",
                     "how many tablets it would take"), "suicide_plan"),
    **dict.fromkeys(("lost my footing", "lost her footing", "lost his footing"), "fall_or_injury"),
    **dict.fromkeys(("tummy bloated and tight", "belly bloated and tight", "tummy really bloated and tight",
                     "stomach bloated and tight"), "abdominal_distension"),
    **dict.fromkeys(("eye just went dark", "eye went dark", "can only see light", "only see light", "eye went black",
                     "vision went dark in one eye", "went dark in my right eye", "went dark in my left eye"),
                    "sudden_vision_loss"),
    **dict.fromkeys(("wetting the bed again", "started wetting the bed", "wetting the bed again at night",
                     "bedwetting again"), "polyuria"),
    **dict.fromkeys(("bugs crawling on the walls", "bugs crawling on the wall", "insects crawling on the walls",
                     "seeing bugs", "seeing spiders"), "hallucinations"),
    **dict.fromkeys(("stopped yesterday morning", "stopped drinking yesterday", "stopped drinking 2 days ago",
                     "hasn't had a drink since"), "stopped_drinking_recently"),
    **dict.fromkeys(("lump edge eyelid", "lump on her eyelid", "lump on his eyelid", "lump on my eyelid",
                     "spot on the eyelid", "yellow head at the eyelash", "yellow head eyelash", "spot eyelash"),
                    "eyelid_lump"),
    **dict.fromkeys(("top of his bum crack", "top of her bum crack", "top of my bum crack", "top of the bum crack",
                     "in his bum crack", "in her bum crack", "in my bum crack", "top of the buttock crease"),
                    "painful_lump_natal_cleft"),
}

# Phrasings that are one noun, matched only as written, never as their words in any order within a clause ("in the
# cold, numb and painful" is no cold sore: Raynaud's fingers were read as one and triaged self-care).
# ("too much paracetamol" only as written: "paracetamol isn't doing much" was an overdose, emergency)
EN_COMPOUNDS = ("cold sore", "cold sores", "fever blister", "fever blisters", "too much paracetamol", "risk to others",
                "hearing things", "hear things",
                "looking up ways online", "looked up ways online", "researching ways online", "better off without me",
                "better off if i was gone",
                # (not "shaking, twitching, and moving around uncontrollably": a fit's words, not rigors)
                "shaking uncontrollably", "uncontrollable shaking", "shivering uncontrollably", "uncontrollable shivering"
                ) + OVERDOSE_AS_WRITTEN

# Any hint of a fit, in words the reader may not take as a seizure ("shook all over", "went stiff", "eyes rolled
# back", 抽, 翻白眼): a febrile seizure is withheld only from a note with none of them.
FIT_HINTS = rx.compile(r"(?i)\b(?:fits?|fitting|fitted|seiz\w*|convuls\w*|jerk\w*|twitch\w*|shak\w*|shook|"
                       r"(?:went|go|goes|gone|going) (?:stiff|rigid|floppy|blank)|stiffen\w*|rolled|rolling|"
                       r"unresponsive|febrile convulsion)\b|抽|惊厥|痉挛|翻白眼|上翻|抖|僵|失去意识|叫不醒|叫不应")

# Contractions typed without the apostrophe ("i dont have a fever", "havent had any rash") read as written with it.
EN_CONTRACTIONS = {w.replace("'", ""): w for w in (
    "don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't", "isn't", "wasn't", "aren't", "weren't", "won't",
    "can't", "couldn't", "wouldn't", "shouldn't")}
# The note says the woman is pregnant now ("10 weeks pregnant", "I'm pregnant", "G2P1 9/40"), not "am I pregnant?",
# "not pregnant", "to prevent pregnancy" or "trying to get pregnant".
PREGNANT_NOW = rx.compile(r"(?i)\b\d{1,2}\s*(?:weeks?|wks?|w)\s*(?:pregnant|preg\b|gestation)|"
                          r"\b(?:i'?m|i am|she'?s|she is|currently|now)\s+(?:\d{1,2}\s*(?:weeks?|wks?)\s*)?pregnant\b(?!\s*\?)|"
                          r"(?<![\d/])(?:[4-9]|[1-3]\d|4[0-2])\s*(?:\+\s*\d)?\s*/\s*40\b|\bg\d\s*p\d\b|"
                          # a miscarriage happening now ("think I'm miscarrying", "I'm having a miscarriage", a missed
                          # miscarriage on a scan), not one in the past ("had a miscarriage last year")
                          r"\bmiscarrying\b|\b(?:i'?m|i am|she'?s|she is|think|might be|may be|could be|possibly|"
                          r"probably)\s+(?:i'?m\s+|she'?s\s+)?(?:having|having\s+a|going\s+through\s+a)\s+miscarriage\b|"
                          r"\b(?:threatened|missed|incomplete|inevitable|silent)\s+miscarriage\b|"
                          r"\bscan\b[^.;]{0,30}\bno\s+(?:fetal\s+)?heart\s*beat\b")


@dataclass(frozen=True)
class InPlace:
    """A word that names a finding only in its place, read where no phrase of the lexicon took it."""
    finding: str
    before: frozenset | None = None     # the word before must be one of these (None: any)
    undo: frozenset = frozenset()       # none of these among the next ``reach`` words
    need: frozenset = frozenset()       # one of these among the next ``reach`` words (empty: nothing needed)
    reach: int = 1
    with_before: bool = False           # the word before belongs to the mention ("can't breathe")
    note_words: frozenset = frozenset()  # the note must use one of these somewhere (empty: any note)
    pregnant_only: bool = False         # only in a note saying the woman is pregnant now (``PREGNANT_NOW``)
    near_before: frozenset = frozenset()  # one of these among the four words before it (empty: nothing needed)
    number_after: bool = False          # a number may follow (a duration: "urgency 3/7"), not only a measurement


# British lay English says "he's got a temperature" for a fever ("no temperature" then denies it, so "no" stays
# outside the mention), but "took his temperature" or "a temperature of 37.2" is a measurement; "can't breathe" is
# breathlessness, "can't breathe properly through my nose" a blocked nose; "hes type 1" is a diabetic; "glands in my
# neck are up" are swollen lymph nodes; "going all the time" in a note about weeing is urinary frequency; bleeding
# or spotting said alone in a pregnant woman's note is bleeding in pregnancy (not "bleeding from my gums"); "had a
# fit" and "arms and legs were jerking" are a seizure (not "a fit 20 year old", "jerking awake"); "couldn't get his
# words out" is difficulty speaking.
_A_TEMPERATURE = InPlace("fever", frozenset({"a", "no", "any"}), frozenset(
    {"of", "is", "was", "normal", "ok", "fine", "reading", "check", "checked", "probe", "gun", "taken", "settled",
     "down"}))
_TEMPERATURES = InPlace("fever", frozenset({"having", "had", "with", "no", "any", "getting"}), frozenset(
    {"of", "are", "were", "normal", "ok", "fine", "readings", "settled", "down"}))
_TYPE_1_OR_2 = InPlace("diabetes_history", frozenset({"is", "i'm", "im", "he's", "hes", "she's", "shes", "am", "a",
                                                      "being", "they're"}),
                       need=frozenset({"1", "2", "one", "two", "i", "ii"}))
_GLANDS_UP = InPlace("swollen_lymph_nodes", undo=frozenset({".", ";", "but"}), need=frozenset({"up"}), reach=5)
_BLEEDING_IN_PREGNANCY = InPlace("pregnancy_bleeding", undo=frozenset(
    {"from", "gums", "gum", "nose", "bum", "back", "when", "after", "on", "in", "at", "cut", "wound"}), reach=3,
    pregnant_only=True)
_LIMBS_JERKING = InPlace("seizure", undo=frozenset({"awake", "off", "reflex"}), reach=2,
                         near_before=frozenset({"arms", "legs", "limbs", "body", "arm", "leg", "whole"}))
_GOING_OFTEN = InPlace("urinary_frequency", undo=frozenset({"out", "to", "back", "home", "on"}),
                       need=frozenset({"all", "constantly", "every", "loads", "non", "nonstop"}), reach=1,
                       note_words=frozenset(URINARY_WORDS | {"wee", "wees", "pee", "pees", "loo", "toilet"}))
_RADIATES = frozenset({"going", "goes", "went", "spreading", "spreads", "spread", "radiating", "radiates", "shooting",
                       "shoots", "moving", "travelling", "traveling", "up", "into"})
_NEW_MEDICINE = InPlace("rash_after_new_drug", near_before=frozenset({"new", "started", "starting", "since"}),
                        note_words=frozenset({"rash", "spots", "hives", "blotches"}))   # (not "itchy": an itchy bottom
                                                                                  # "since starting iron tablets")
_TOOTH_OUT = InPlace("recent_tooth_extraction", need=frozenset({"out"}),
                     near_before=frozenset({"had", "having", "got", "getting", "have"}))
EN_IN_CONTEXT: dict[str, InPlace] = {
    "temperature": _A_TEMPERATURE, "temp": _A_TEMPERATURE, "temperatures": _TEMPERATURES, "temps": _TEMPERATURES,
    "breathe": InPlace("shortness_of_breath", frozenset({"can't", "cannot", "couldn't"}),
                       frozenset({"through", "nose"}), reach=3, with_before=True),
    "type": _TYPE_1_OR_2, "glands": _GLANDS_UP, "going": _GOING_OFTEN,
    "bleeding": _BLEEDING_IN_PREGNANCY, "spotting": _BLEEDING_IN_PREGNANCY,
    # pink or brown discharge in a pregnant woman's note is spotting ("8 weeks pregnant, now have pink discharge")
    "discharge": InPlace("pregnancy_bleeding", frozenset({"pink", "pinkish", "brown", "brownish", "bloody", "blood"}),
                         with_before=True, pregnant_only=True),
    # (and brown or pink blood: "pregnant 8 weeks ... Today I see little brown blood in my underwear" read no bleeding
    # and a miscarriage led a threatened one, set EU)
    "blood": InPlace("pregnancy_bleeding", frozenset({"pink", "pinkish", "brown", "brownish", "light", "dark"}),
                     frozenset({"pressure", "test", "tests", "sugar", "sugars", "count", "results", "group"}),
                     with_before=True, pregnant_only=True),
    "jerking": _LIMBS_JERKING, "jerked": _LIMBS_JERKING, "twitching": _LIMBS_JERKING,
    # ("had a fit for 2 minutes" is a fit: "for" does not undo it, "fit for work" has no "a" or "had" before it)
    # "he's been fitting", "she keeps fitting" (not "a kitchen fitting", "fitting a carpet")
    "fitting": InPlace("seizure", near_before=frozenset({"been", "is", "was", "keeps", "kept", "started", "still", "he's",
                                                         "she's", "hes", "shes", "are", "were", "they're", "stop"}),
                       undo=frozenset({"a", "the", "in", "new", "room", "kitchen"})),
    "fit": InPlace("seizure", frozenset({"a", "had", "having", "another"}), frozenset(
        {"of", "and", "to", "in", "as", "enough", "well", "person", "man", "woman", "young", "healthy"})),
    # "chest feels heavy ..., going into his jaw": chest pain spreading to the jaw (not a toothache "going into my
    # jaw": the note must speak of the chest)
    "jaw": InPlace("radiating_arm_jaw_pain", near_before=_RADIATES, note_words=frozenset({"chest"})),
    # "the midwives are poisoning her", "they're poisoning me": a persecutory belief (not "food poisoning")
    "poisoning": InPlace("delusions", frozenset({"are", "is", "were", "was", "been", "keeps", "they're"})),
    # "had a lower back tooth out 4 days ago" is an extraction (not "a tooth knocked out")
    "tooth": _TOOTH_OUT, "teeth": _TOOTH_OUT,
    # "had my baby 3 weeks ago" (the knowledge base says "three weeks"), not "had my baby 2 years ago" or "had my baby
    # checked"; "shingles" on a rash is its band (not the shingles vaccine)
    "baby": InPlace("recent_childbirth", frozenset({"my", "the", "her", "our"}), need=frozenset(
        {"weeks", "week", "days", "day", "yesterday", "fortnight", "month"}), reach=4,
        near_before=frozenset({"had", "delivered"})),
    "shingles": InPlace("dermatomal_rash", undo=frozenset({"vaccine", "vaccination", "jab", "injection", "shot"}),
                        reach=2),
    # "I started a new antibiotic five days ago and now I have an itchy red rash": a rash after a new medicine
    **dict.fromkeys(("antibiotic", "antibiotics", "tablets", "pills", "medication", "medicine", "medicines", "drug",
                     "amoxicillin", "penicillin",
                     # the medicines that most often cause a drug rash (BNF; MHRA on SJS/TEN: carbamazepine,
                     # lamotrigine, phenytoin, allopurinol, sulfonamides), named in "since starting carbamazepine"
                     "carbamazepine", "lamotrigine", "phenytoin", "allopurinol", "trimethoprim", "co-trimoxazole",
                     "septrin", "cefalexin", "cephalexin", "co-amoxiclav", "augmentin", "flucloxacillin", "doxycycline",
                     "nitrofurantoin", "ciprofloxacin", "clarithromycin", "erythromycin"), _NEW_MEDICINE),
    # "heard a pop in my knee ..., it swelled up within an hour": the joint swelling (not a face or an ankle)
    "swelled": InPlace("joint_swelling", need=frozenset({"up"}), reach=1,
                       note_words=frozenset({"knee", "knees", "elbow", "joint", "joints", "kneecap"})),
    # "vesicles L L1 dermatome", "rash in the T10 dermatome": a rash in a dermatome is shingles' band
    "dermatome": InPlace("dermatomal_rash", near_before=frozenset({"vesicles", "vesicular", "blisters", "rash",
                                                                   "eruption", "spots", "lesions"})),
    # "I have reflux", "reflux for a year" (a real question read nothing): acid coming up, not a child's urinary
    # (vesicoureteric) reflux
    "reflux": InPlace("acid_regurgitation", undo=frozenset({"nephropathy", "kidney", "kidneys", "renal", "urine", "bladder", "ureter", "ureters"}),
                      reach=6),
    # "dysuria, freq, urgency 3/7": urgency in a note about passing urine (not "the urgency of the referral")
    "urgency": InPlace("urinary_urgency", note_words=frozenset(URINARY_WORDS | {
        "dysuria", "frequency", "freq", "wee", "pee", "uti", "burning", "nocturia", "incontinence"}), number_after=True),
    # "can't sleep, lies awake for hours" is sleeplessness; "cannot sleep on my side" (for pain) is not
    "sleep": InPlace("difficulty_falling_asleep", frozenset({"can't", "cannot", "couldn't", "unable"}),
                     frozenset({"on", "flat", "upright", "side", "sides"}), reach=2, with_before=True),
    # "problems sleeping" (not "the problem is that he sleeps a lot")
    "sleeping": InPlace("difficulty_falling_asleep", frozenset({"problems", "problem"}), with_before=True),
    "words": InPlace("speech_difficulty", frozenset({"my", "the"}), need=frozenset({"out"}), near_before=frozenset(
        {"can't", "couldn't", "cannot", "struggling", "struggled", "trouble", "difficulty", "unable", "hard"})),
}
# A finding read only in a note that speaks of its kind: the knowledge base's "into my left arm" reduces to "left arm",
# so "fell off my bike and hurt my left arm" was a heart attack's spreading pain - an emergency red flag. Pain
# spreading to the arm or jaw needs the chest, the heart or an ACS companion somewhere in the note.
NEEDS_NOTE_WORDS: dict[str, re.Pattern] = {
    "radiating_arm_jaw_pain": rx.compile(r"(?i)chest|heart|angina|crush|squeez|pressure|tight|indigestion|heartburn|"
                                         r"\bjaw|sweat|clammy|cardiac|\bACS\b|\bMI\b|\bCP\b|胸|心|下颌|下巴"),
    # the knowledge base's "reducible" stems as "reduce": "to quickly reduce the swelling" of a dental abscess was a
    # hernia's cough impulse (real_en_026). A cough impulse is a lump's: it needs one in the note.
    "cough_impulse": rx.compile(r"(?i)lump|bulg|hernia|groin|scrot|impulse|(?:pops?|popping|sticks?|comes?) out|"
                                r"包|鼓|疝|肿物"),
    # "staring eyes" read "I sometimes stare and my eyes freeze" (real_en_107, absence seizures) as bulging eyes
    # hives that fade within hours are hives' only in a note about the skin ("a wave of terror ... fades within half an
    # hour" was a panic attack)
    "wheals_fade_within_day": rx.compile(r"(?i)hive|wheal|welt|rash|itch|bump|lump|spot|skin|blotch|风团|疹|痒|疙瘩|包"),
    # Kawasaki disease's red swollen hands and feet are a child's or a fever's ("手和脚也有些水肿" in a child with a fever
    # and a rash; an adult's 手脚水肿 with no fever is oedema)
    "swollen_red_hands_feet": rx.compile(r"(?i)孩子|宝宝|小孩|儿子|女儿|患儿|外甥|侄|孙|\bchild|\bbaby|\btoddler|\bson\b|\bdaughter|"
                                         r"\bgrand(?:son|daughter|child)|\bkid|\bboy\b|\bgirl\b|\binfant|"
                                         r"(?<!\d)(?:[1-9]|1[0-5])\s*(?:m|f|yo|y/o|yrs?|years?|[- ]years?[- ]old|岁)\b|"
                                         r"(?<!\d)(?:[1-9]|1[0-5])岁|\b(?:male|female),?\s*(?:[1-9]|1[0-5])\b|\(\s*(?:[1-9]|1[0-5])\s*\)|"
                                         r"\bmonths? old|\bfever|\btemp|发烧|发热|发烫|高烧"),   # (or a fever: Kawasaki's)
    # a morning drink is alcohol's only in a note about alcohol ("vomit once in morning, can eat crackers and drink water
    # ok" in early pregnancy was drinking in the morning)
    "morning_drinking": rx.compile(r"(?i)alcohol|booze|beer|lager|wine|vodka|whisk|gin\b|rum\b|cider|spirits|pints?\b|"
                                   r"units|hair of the dog|eye[- ]opener|hangover|shakes|喝酒|饮酒|白酒|啤酒|酒"),
    # "seems higher up than the other one" is a testicle's only in a note about one
    "high_riding_testis": rx.compile(r"(?i)\bballs?\b|testic|testis|scrot|\bnuts?\b|bollock|between\s+(?:the|his|my)\s+legs|"
                                     r"\bprivates\b|睾丸|蛋|阴囊"),
    "bulging_eyes": rx.compile(r"(?i)bulg|protru|propto|exophth|(?:sticking|stick|popping|pop|coming) out|surprised|"
                               r"white above|thyroid|graves|wide and staring|突|鼓|甲亢|甲状腺|瞪"),
}

# "<part> fine": "lips fine, breathing fine" denies lip swelling and breathlessness (a note about hives that said so
# was read as anaphylaxis). Denied only where the note states no such finding elsewhere ("breathing fine at rest,
# breathless on the stairs" keeps the breathlessness).
EN_FINE_PARTS = {"breathing": "shortness_of_breath", "lips": "lip_tongue_swelling", "tongue": "lip_tongue_swelling",
                 "vision": "blurred_vision", "eyesight": "blurred_vision", "hearing": "hearing_loss",
                 "speech": "slurred_speech", "arms": "one_sided_weakness", "legs": "one_sided_weakness",
                 "limbs": "one_sided_weakness", "see": "blurred_vision", "bladder": "bladder_bowel_dysfunction",
                 "bowels": "bladder_bowel_dysfunction", "waterworks": "bladder_bowel_dysfunction",
                 "weeing": "bladder_bowel_dysfunction", "peeing": "bladder_bowel_dysfunction", "sight": "blurred_vision"}
FINE = {"fine", "ok", "okay", "normal", "alright", "unaffected", "good"}
# the rest of a Chinese clause saying it is normal (喘气也正常, 喘气没什么影响, 呼吸不受影响)
ZH_FINE = rx.compile(r"[\u4e00-\u9fff]?(?:倒是|倒还|倒|[也都还])?(?:正常|没事|没问题|挺好的?|还好|没(?:有)?(?:什么|啥|太大|多大)?(?:影响|问题)|不受影响|没受(?:什么|啥)?影响)[的了啊呢]?")

# Patterns placed after the lexicon has read the note, each with its finding (a lexicon phrase holding the same words
# wins: "嘴里溃疡一直不好" is an ulcer not healing, not any mouth ulcer).
# Redness that spreads, as people and nurses write cellulitis ("Red warm swollen shin with spreading redness", "big red
# hot patch on my shin, spreading through the day" read nothing: the knowledge base wants "skin" or "patch on my
# leg"); not a rash or spots spreading
SPREADING_REDNESS = rx.compile(r"(?i)\b(?:red|redness|reddened)\b[^.;!?\n]{0,50}?\b(?:spread\w*|gone past)"
                               r"|\bspreading\s+(?:redness|red)\b|\b(?:drew|drawn|drawing|marked)\s+(?:a\s+line\s+)?"
                               r"(?:round|around)\b")
# ... unless its sentence speaks of a rash, spots, an eye or a ring (erythema migrans grows; a rash spreads)
NOT_SPREADING_REDNESS = rx.compile(r"(?i)\b(?:rash\w*|spots?|dots|blotch\w*|pimples?|acne|blackheads?|bumps?|hives|"
                                   r"(?<!past the )(?<!beyond the )(?<!over the )(?<!outside the )(?<!drew a )(?<!drawn a )"
                                   r"(?<!draw a )(?<!pen )lines?|streaks?|eyes?|ring|"
                                   r"bulls?-?eye|target|circle|tick)\b")   # (not the pen line it has gone past)
# A cold the patient has now, named as the illness ("she has severe cold, nasal congestion", "having fever and cold
# since yesterday", "cough and cold", "symptoms of a cold"): its defining symptom, a runny nose (NICE CKS common
# cold). Not a cold in the past ("had a cold 2 weeks ago": recent_viral_illness), a chest cold, nor cold as a
# temperature ("cold hands", "cold and clammy", "hot and cold", "feeling cold", "caught a chill").
# The words before the cold, each a fixed-width look-behind, so the match is the cold itself: "I don't have a cold" is
# denied by the words before it, and "fever and cold" leaves "fever" to its own reading.
_HAVING = "|".join([f"(?<={re.escape(verb)} )" for verb in (
    "have", "has", "having", "has had", "have had", "had", "'ve got", "'s got", "have got", "has got", "caught", "catching", "with", "suffering from",
    "down with", "coming down with")] + [f"(?<={re.escape(verb)} )(?=an? |the )" for verb in (   # "I got cold waiting"
    "got", "getting", "developed", "developing", "fighting", "nursing", "picked up", "bit of", "touch of")])
_AFTER_A_SYMPTOM = "|".join(f"(?<={re.escape(symptom + joint)})"
                            for symptom in ("cough", "fever", "sneezing", "runny nose", "sore throat")
                            for joint in (" and ", " & ", "/", ", ", " + "))
HAVE_A_COLD = rx.compile(
    rf"(?i)(?:{_HAVING})(?:an?\s+|the\s+)?(?:(?:bad|severe|heavy|terrible|horrible|stinking|streaming|slight|mild|"
    rf"little|light|nasty|head|common|stuffy|runny|awful|snotty|snuffly|sniffly|chesty)\s+)*cold\b|"
    rf"(?:{_AFTER_A_SYMPTOM})(?:a\s+)?cold\b|"
    r"(?<!hot )(?<!hot and )\bcold(?=\s*(?:and|&|/|,)\s*(?:cough|fever|sneez\w*|sore throat|runny nose|blocked nose))|"
    r"\bsymptoms of (?:an?\s+|the\s+)?(?:common\s+)?cold\b|\bcold(?:-like)? symptoms\b")
# The same in Chinese: 感冒 named as the illness now ("着凉感冒了，咳鼻塞", "宝宝感冒咳流清鼻涕"); not a cold medicine, a
# past cold (前两周感冒过, 感冒好了之后) or one denied (没感冒: the reader's denial)
ZH_HAVE_A_COLD = rx.compile(r"感冒(?!药|冲剂|灵|颗粒|胶囊|片|清热|好了|刚好|之后|以后|后|过)")
ZH_NOT_A_COLD = rx.compile(r"(?:前|之前|上周|上次|以前|刚刚?|上个月|去年)[^，。；,;]{0,4}感冒|感冒[^，。；,;]{0,3}(?:好了|刚好|之后|以后|过后)|"
                           r"容易感冒|经常感冒|老是感冒|总是感冒|预防感冒|怕感冒|以为[^，。；,;]{0,4}感冒|当[成做作]?感冒|是不是感冒|"
                           r"是感冒吗|不是感冒|不像感冒|像感冒|像是感冒|感冒一样|感冒似的|每次感冒|一感冒|感冒一次|感冒的时候|"
                           r"说是感冒|说像感冒|肠胃感冒|胃肠型?感冒|很少感冒|不易感冒")
# ... unless it is a temperature or a past illness: the words after it, or its sentence
NOT_A_COLD = rx.compile(
    r"(?i)\bcold\s*,?\s*(?:sores?|sweats?|sweaty|hands?|feet|foot|fingers?|toes?|legs?|arms?|limbs?|skin|clammy|"
    r"to (?:the )?touch|spells?|water|weather|air|drinks?|food|compress|turkey|shivers?|chills?|intolerance|and clammy|"
    r"and pale|and shiver\w*|and blue|feeling|room|house|outside|wind|snap|urticaria|agglutinin)|"
    r"\b(?:ago|previous(?:ly)?|weeks? back|after (?:a|the|my|his|her) cold|following (?:a|the) cold|chest cold)\b|"
    r"(?<!since )\blast (?:week|month|time)\b|"
    r"\b(?:don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|not)\s+(?:\w+\s+){0,2}(?:got\s+)?(?:an?\s+)?(?:\w+\s+)?cold\b")

# A complaint over a list of body parts ("severe pain and swelling in my buttock, groin, thigh and calf", "pain that
# radiates to my back and down my leg"): the reader takes the complaint with the first part only, so each further part
# is read again as "<complaint> <preposition> my <part>" (a DVT's painful swollen calf was read as buttock pain alone).
BODY_PARTS = ("head", "face", "neck", "throat", "jaw", "ears?", "eyes?", "mouth", "tongue", "lips?", "scalp",
              "shoulders?", "arms?", "elbows?", "wrists?", "hands?", "fingers?", "thumbs?", "armpits?", "chest",
              "breasts?", "ribs", "back", "lower back", "upper back", "spine", "stomach", "tummy", "belly", "abdomen",
              "sides?", "flank", "groin", "pelvis", "hips?", "buttocks?", "bum", "thighs?", "knees?", "legs?",
              "calf", "calves", "shins?", "ankles?", "foot", "feet", "heels?", "toes?", "joints", "testicles?",
              "penis", "vagina")
_PART = "(?:" + "|".join(sorted(BODY_PARTS, key=len, reverse=True)) + r")\b"
_PREPOSITION = r"(?:in|on|to|into|down|around|across|over|through|at)"
_OWNER = r"(?:my|his|her|their|your|the|both|left|right|l|r)"
# (not a part then said to be well: "painful band of blisters on the right side, eyes fine" read an eye's pain)
_NOT_SAID_WELL = (r"(?![ \t]+(?:(?:are|is|look|looks|seem|seems|feel|feels)[ \t]+)?(?:fine|ok|okay|normal|alright|"
                  r"all[ \t]+right|clear)\b)")
PARTS_LIST = rx.compile(
    rf"(?i)\b(?P<head>(?:[\w'/-]+[ \t]+){{0,5}}?[\w'/-]+)[ \t]+(?P<prep>{_PREPOSITION})[ \t]+"
    rf"(?:{_OWNER}[ \t]+){{1,2}}(?P<first>{_PART})"
    rf"(?P<rest>(?:[ \t]*(?:,|&|\band\b|\bor\b|,[ \t]*and\b|,[ \t]*or\b)[ \t]*(?:{_PREPOSITION}[ \t]+)?"
    rf"(?:{_OWNER}[ \t]+){{0,2}}{_PART}{_NOT_SAID_WELL})+)")
PARTS_LIST_ITEM = rx.compile(
    rf"(?i)(?:,|&|\band\b|\bor\b)[ \t]*(?:(?P<prep>{_PREPOSITION})[ \t]+)?(?:{_OWNER}[ \t]+){{0,2}}(?P<part>{_PART})"
    rf"{_NOT_SAID_WELL}")

# One leg swollen, in the words people use: a swollen calf (one: "calves" are both), a swollen left or right leg
# (the DVT sign, NICE NG158; "swelling in my calf", "my left leg is swollen", "L calf swelling" read nothing)
_SIDE = r"(?:left|right|l|r)"
ONE_LEG_SWOLLEN = rx.compile(
    rf"(?i)\b(?:swollen |swelling (?:in|of|to|on) (?:my|his|her|the|their) )(?:{_SIDE} )?calf\b|"
    rf"\b(?:(?:my|his|her|the|one|whole|entire|{_SIDE}) )calf (?:is |has |got |has got |seems |looks |has been |was |is also )?"
    rf"(?:(?:noticeably|visibly|clearly|much|quite|really|very|a lot|a bit|slightly|definitely) )?"   # ("her left calf is
    rf"(?:(?:sore|painful|tender|red|hot|achy|aching|tight) and )?(?:swollen|swelling|swelled|"      # noticeably fatter
    rf"puffed up|puffy|bigger|fatter)\b|\bcalf swelling\b|"                                          # than the right", FI)
    rf"\b(?:swollen|swelling (?:in|of|to|on) (?:my|his|her|the|their)) {_SIDE} (?:leg|lower leg|calf)\b|"
    rf"\b{_SIDE} (?:leg|lower leg) (?:is |has |got |has got |seems |looks )?(?:swollen|swelling|swelled|puffed up|"
    rf"puffy|bigger|fatter)\b")

# Hard to wake, and very sleepy said of someone else (a carer's words: NHS, "a child who is very sleepy or hard to
# wake" needs A&E or 999): drowsiness. ("baby is 4 months ... no tears when he cries and hes very sleepy" read none;
# a tired adult's own "I'm so sleepy after nights" is not it.)
# "Really sleepy and hard to get interested in anything." opening a sentence with no one named, in a note about a
# child ("14 mth girl, diarrhoea and vomitting ... no tears when she cries. Really sleepy ..."): the child's drowsiness
VERY_SLEEPY_UNSAID_WHO = rx.compile(r"(?i)(?:(?<=^)|(?<=[.;!?\n])|(?<=[.;!?\n] )|(?<=[.;!?\n]  ))(?:really|very|so|extremely|"
                                    r"unusually)\s+(?:sleepy|drowsy|lethargic)\b")
CHILD_NOTE = rx.compile(r"(?i)^.{0,80}?(?:\b\d{1,2}\s*(?:mo|mth|mths|months?|m/o|wk|wks|weeks?)\b|\b\d{1,2}\s*(?:yo|y/o|yr\s+old|"
                        r"years?\s+old)\b|\bbaby\b|\binfant\b|\btoddler\b|\bson\b|\bdaughter\b|\bchild\b|\bboy\b|\bgirl\b|"
                        r"\blittle\s+one\b)", re.S)
HARD_TO_WAKE = rx.compile(r"(?i)\b(?:hard|difficult|struggling|struggle|impossible|not easy)\s+to\s+(?:wake|rouse|waken)\b"
                          r"(?!(?:\s+up)?\s+(?:for|in the mornings?|every|most|on (?:school|work)|at \d))")   # "for school"
# - someone who cannot be woken ("he's not waking up", "she won't wake up properly", "can't wake him": read nothing in an
#   opioid toxicity's note, set DC); not a morning's lie-in ("won't wake up for school") or a pain that does not wake
#   someone ("not waking her")
CANT_WAKE = rx.compile(r"(?i)(?<!of\s)(?<!about\s)(?:\b(?:(?:is|'s|s)\s+not|isn'?t|won'?t|wont|will\s+not|didn'?t|not)\s+(?:really\s+)?(?:waking|wake)"
                       r"(?:\s+up)?(?:\s+(?:properly|at\s+all|fully))?\b|\b(?:can'?t|cant|cannot|couldn'?t|could\s+not)\s+"
                       r"(?:wake|rouse)\s+(?:him|her|them|my\s+\w+)\b(?:\s+up)?)(?!\s+(?:her|him|me|them|us|you|my|his|the)\b)"
                       r"(?!(?:\s+(?:up|properly))?\s+(?:for|in\s+the\s+mornings?|every|most|on\s+(?:school|work)|at\s+\d|till|until|before))")
VERY_SLEEPY = rx.compile(r"(?i)\b(?:very|really|so|extremely|unusually|abnormally|excessively|super|too)\s+"
                         r"(?:sleepy|drowsy|lethargic)\b")
SOMEONE_ELSE = rx.compile(r"(?i)\b(?:he|she|he'?s|she'?s|hes|shes|his|him|her|baby|babies|infant|newborn|toddler|son|"
                          r"daughter|child|kid|little one|grandson|granddaughter|mum|mom|dad|husband|wife|partner|"
                          r"father|mother|grandma|grandad|grandpa|nan|patient|pt)\b")

# One leg swollen, in Chinese (左边的小腿又红又肿, 右小腿肿痛, 左腿肿了): the DVT sign, as ONE_LEG_SWOLLEN in English
ZH_ONE_LEG_SWOLLEN = rx.compile(r"(?:左|右)(?:边|侧)?(?:的)?(?:小腿|大腿|腿肚子|腿肚|腿|下肢)[^，。；,.;\d没不无未]{0,4}?肿")   # (not 左腿不肿)

# An operation weeks ago, in Chinese (膝盖手术完两周, 上个月刚做了髋关节置换手术, 1周前行右膝关节镜手术): recent surgery,
# the risk factor of a DVT or PE (NICE NG158); not one years ago, nor one planned or asked about
ZH_SURGERY = rx.compile(r"手术(?:完|后|做完)?")
ZH_RECENTLY = rx.compile(r"刚|才|最近|近期|上个?月|上周|上礼拜|上星期|前(?:几|两|三|四|五|六|七|八|九|十|\d+)(?:天|周|个星期|个礼拜|个月)|"
                         r"[一两三四五六七八九十\d]+\s*(?:天|周|个星期|个礼拜)(?:前|了|后)?|出院|术后")
ZH_NOT_RECENT_SURGERY = rx.compile(r"年前|多年|去年|前年|小时候|以前|准备|打算|要做|需要|建议|会不会|能不能|要不要|做不做|排期")

# An operation days or weeks ago, the time said after it ("I had my knee replaced 2 weeks ago" was a knee prosthesis
# only: the recent surgery that is a DVT / PE risk factor, NICE NG158): the time is the match, the words before it
# another finding's
RECENT_OPERATION = rx.compile(
    r"(?i)(?:(?<=replaced )|(?<=replacement )|(?<=operation )|(?<=surgery )|(?<=an op )|(?<=my op )|(?<=removed ))"
    r"(?:about |around |only |just )?(?:\d+|a|one|two|three|four|five|six|a few|a couple of)\s*(?:days?|weeks?|wks?)\s+ago\b|"
    r"\b(?:\d+|one|two|three|four|five|six|a few|a couple of)\s*(?:days?|weeks?|wks?)\s+(?:after|since|post)(?=\s+(?:my|his|"
    r"her|the|a|an)?\s*(?:[a-z]+\s+){0,2}?(?:surgery|operation|op|replacement)\b)")
# Weight lost, in Chinese (最近瘦了十来斤, 掉了好几斤, 瘦了10斤): the patient's weight loss
ZH_WEIGHT_LOST = rx.compile(r"(?:瘦了|掉了|轻了|少了|减了|下降了)(?:[一二三四五六七八九十两几\d]+|十来|好几|将近\d+|快\d+)来?(?:斤|公斤|kg|KG)")
# Lips and another part swollen together (嘴唇和眼睛都肿了): the lips swollen too (angio-oedema, anaphylaxis)
ZH_LIPS_SWOLLEN_WITH = rx.compile(r"(?:嘴唇|舌头)(?=(?:和|跟|与|、)[^，。；,.;没不无]{0,4}?(?:都|也)?肿)")   # (the part's words the other's)
# Itchy thin lines in the skin ("little lines and spots" beside an itch between the fingers): a scabies burrow
SKIN_LINES = rx.compile(r"(?i)\b(?:little|tiny|thin|small|fine|wavy|grey|gray|silvery|short|wiggly|squiggly)\s+(?:wiggly\s+)?"
                        r"(?:lines|tracks|trails|squiggles)\b")
# a scabies burrow in a note that itches anywhere ("there are little wiggly lines on my fingers??")
WIGGLY_ON_SKIN = rx.compile(r"(?i)\b(?:little\s+|tiny\s+)?(?:wiggly|squiggly)\s+lines\s+(?:on|between|in|across|along)\s+(?:my|his|her|the)\b")
# Lines seen before a headache are its aura, not a scabies burrow ("sometimes i see wiggly shiny lines for 20 mins
# before it kicks in" was read as burrows, and a migraine came third): seen, not on the skin
LINES_SEEN = rx.compile(r"(?i)\b(?:see|seeing|saw|sees|vision|eyes?|sight)\b[^.;!?]{0,30}?\b(?:wiggly|squiggly|zig-?zag|"
                        r"zig\s+zag|shiny|shimmering|sparkly|sparkling|flashing|jagged|wavy|flickering)\s+(?:(?:shiny|bright|"
                        r"coloured|colored|silver|white)\s+)?(?:lines|shapes|lights)\b")
# "same on both sides" is a joint disease's symmetry only in a note about the joints (a diabetic's numb feet "both
# sides the same" were read as the small joints of both hands)
SAME_BOTH_SIDES = rx.compile(r"(?i)\b(?:same|equal|symmetrical)\s+(?:on\s+)?both\s+sides\b|\bboth\s+sides\s+(?:the\s+)?same\b")
JOINT_WORDS = rx.compile(r"(?i)\b(?:knuckles?|fingers?|wrists?|joints?|mcps?|pips?|hands?)\b")
# Glands said not to be tender or swollen: no lymph nodes ("tonsils not swollen ... neck glands not tender" was read
# as swollen glands, the "neck glands" of the lexicon)
GLANDS_NOT_UP = rx.compile(r"(?i)\b(?:neck\s+)?glands?\s+(?:in\s+(?:my|his|her|the)\s+neck\s+)?(?:are\s+|were\s+|is\s+|feel\s+)?"
                           r"(?:not|n't|aren't|arent|isn't|isnt)\s+(?:tender|sore|swollen|up|enlarged|big|painful)\b")
ITCH_WORDS = rx.compile(r"(?i)\bitch|\bscratch")
# Someone at home with the same now ("my boyfriend has it too now", "the kids have got it as well"), in a note of an
# itch, a rash that spreads between people, vomiting or diarrhoea: a sick contact
SAME_IN_OTHERS = rx.compile(
    r"(?i)\b(?:boyfriend|girlfriend|husband|wife|partner|son|daughter|kids?|children|brother|sister|flatmate|roommate|"
    r"housemate|family|everyone|he|she|they)\s+(?:has|have|got|has got|have got|is getting|are getting|has caught|"
    r"have caught|caught)\s+(?:it|the same(?: thing)?|them|this)\s+(?:too|as well)\b")
CATCHING_WORDS = rx.compile(r"(?i)\bitch|\bscratch|\bvomit|\bdiarrh|\bsick\b|\bthrowing up|\bspots\b")

# One side's arm and leg weak or numb together (左手左脚麻木没力气, 右边手脚不听使唤): a stroke's or a TIA's one-sided
# weakness or numbness (read as a foot's tingling and tiredness before)
_ZH_ONE_SIDE = r"(?:左|右)(?:边|侧)?(?:的)?(?:手|胳膊|上肢)(?:和|跟|、)?(?:左|右)?(?:边|侧)?(?:脚|腿|下肢)"
ZH_ONE_SIDE_WEAK = rx.compile(_ZH_ONE_SIDE + r"[^，。；,.;没不无]{0,4}?(?:没力气|没劲|无力|不听使唤|抬不起来|动不了|不能动|发软|使不上劲)|"
                              # one arm or leg that will not obey ("她自己说右手有点不听使唤，嘴角也有点往一边歪", set DV)
                              r"(?:左|右)(?:边|侧)?(?:的)?(?:手|胳膊|上肢|腿)[^，。；,.;]{0,4}?不听使唤")
# Speech gone indistinct beside one side's weakness or a drooping mouth (说话含含糊糊 under a stroke had been read as a
# peritonsillar abscess's muffled voice, 2026-12-05)
ZH_SLURRED = rx.compile(r"说话(?:含含糊糊|含糊不清|含糊)|讲话(?:含含糊糊|含糊)|口齿不清")
ZH_STROKE_SIDE = rx.compile(_ZH_ONE_SIDE + r"[^。；;]{0,6}?(?:没力气|没劲|无力|不听使唤|抬不起来|动不了|不能动|发麻|麻木)|"
                            r"嘴(?:角)?[^，。；]{0,5}?歪|口角歪")   # ("嘴角也有点往一边歪", set DV)
ZH_ONE_SIDE_NUMB = rx.compile(_ZH_ONE_SIDE + r"[^，。；,.;没不无]{0,3}?麻")
# The big toe red, swollen or sore (右脚大脚趾又红又肿又痛: gout's big toe)
ZH_BIG_TOE = rx.compile(r"大脚(?:趾|指)(?:头)?[^，。；,.;没不无]{0,6}?(?:痛|疼|红肿|肿)")
# Tummy pain with a period (每次来月经第一天肚子都痛): painful periods
ZH_PERIOD_PAIN = rx.compile(r"(?:来月经|来例假|来大姨妈|月经期|经期|月经来|例假来|月经(?=第|头|的时候|期间))[^，。；,.;没不无]{0,8}?(?:肚子|小腹|下腹|小肚子)"
                            r"[^，。；,.;没不无]{0,3}?(?:痛|疼)")

# A leg, foot or arm gone cold and white (acute limb ischaemia: "my left leg went cold and white about two hours ago"
# read none); not hands or fingers gone white in the cold (Raynaud's)
COLD_WHITE_LIMB = rx.compile(r"(?i)\b(?:leg|foot|arm)\s+(?:(?:has\s+)?(?:went|gone|turned|going|is|feels|looks)\s+)?"
                             r"(?:cold|white|pale)\s*(?:and|&|,)\s*(?:white|pale|cold)\b")

# Blood and mucus in diarrhoea ("diarrhoea 6-8 times a day with blood and mucus mixed in" was coughed-up blood): the
# blood is the bowel's, and so is the mucus (read before the lexicon, in a sentence of stools)
_MUCUS_WORDS = r"(?:(?:a sort of|a kind of|a bit of|some|a|sort of|kind of)\s+)?(?:(?:slimy|clear|white|jelly-like)\s+)?(?:mucus|mucous|slime)\b"
BLOOD_WITH_MUCUS = rx.compile(rf"(?i)\bblood(?=\s*(?:and|&|\+|/)\s*{_MUCUS_WORDS})|"
                              r"(?<=mucus and )blood\b|(?<=mucus & )blood\b|(?<=slime and )blood\b")
MUCUS_WITH_BLOOD = rx.compile(rf"(?i)(?:(?<=blood and )|(?<=blood & )|(?<=blood \+ )){_MUCUS_WORDS}|"
                              r"\b(?:mucus|slime)(?=\s*(?:and|&)\s*blood\b)")
STOOL_WORDS = rx.compile(r"(?i)diarrh|\bpoo|\bstools?\b|\bbowel|\bloose\b|\bthe toilet\b|\bmotions?\b|\bwip(?:e|ing)\b|"
                         r"\bbottom\b|\brunny\b|\bthe runs\b|\bgoing\s+\d+(?:\s*-\s*\d+)?\s+times\b|\bcolitis\b|\buc\b|"
                         r"\bcrohn'?s\b|\bibd\b")   # ("UC for 6 yrs ... going 5-6 times a day with blood and mucus", set DX)
# Lumps or glands in the neck (plural: glands, not a goitre - "big lumps in my neck" beside a sore throat was a goitre)
# (not glands said not to be up: ``GLANDS_NOT_UP``)
_NOT_UP = r"(?!\s+(?:are\s+|were\s+|is\s+|feel\s+)?(?:not|n't|aren't|arent|isn't|isnt)\s+(?:tender|sore|swollen|up|enlarged|big|painful)\b)"
NECK_LUMPS = rx.compile(r"(?i)\b(?:lumps?|glands|nodes|lymph nodes|bumps?)\s+(?:in|on|down|at|up)\s+(?:(?:both sides of|"
                        r"(?:the\s+)?(?:left\s+|right\s+)?side\s+of|one side of)\s+)?(?:(?:my|his|her|the)\s+)?neck\b"
                        # (a single lump: not one at the front that moves on swallowing, a goitre's)
                        r"(?![^.;!?\n]{0,40}\b(?:swallow\w*|thyroid)\b)" + _NOT_UP + r"|\bneck\s+glands\b" + _NOT_UP + "|"
                        r"(?:脖子|颈部|颈)(?:上|两侧|一侧|左侧|右侧|左边|右边|旁边)?(?:长了?|摸到了?|有|出现)?(?:个|一个|几个|好几个)?"
                        r"(?:疙瘩|包块|肿块|淋巴结肿大|淋巴结肿)(?![^。；，,]{0,8}吞咽)")
# Ulcers inside the cheek, on the tongue or gums: mouth ulcers (were a sore smooth tongue)
MOUTH_ULCERS = rx.compile(r"(?i)\bulcers?\s+(?:inside|in|on)\s+(?:my|his|her|the)\s+(?:cheeks?|mouth|gums?|tongue|lips?)\b|"
                          r"\bulcers?\s+inside\s+(?:my|his|her|the)\s+mouth\b|"
                          # ("sore mouth with ulcers and crusted lips": an SJS's mucosa, set CU)
                          r"\bmouth\s+(?:with|and|full\s+of|covered\s+in)\s+(?:\w+\s+)?ulcers?\b")
# Chinese a fissure's pain as a simile and its blood on the paper in many words ("肛门像刀割一样疼", "纸上有一点鲜红的血"), and a
# blackout told as the sight going black and a fall to the floor ("突然眼前一黑倒在地上，几秒钟就醒了"): set CU read none
ZH_ANAL_PAIN_LIKE = rx.compile(r"(?:肛门(?:口|那儿|那里)?(?:都|就|总是|会)?|(?:大便|拉屎|解大便|上厕所)(?:的时候)?(?:都|就)?(?:屁股)?)(?:像|跟|如)(?:被)?"
                               r"[^，。；,;]{1,8}?(?:一样|似的|般)?(?:地)?(?:疼|痛)")
ZH_BLOOD_ON_PAPER = rx.compile(r"(?:手纸|厕纸|卫生纸|纸)上(?:面)?(?:有|沾着?|带着?|见到?)(?:一点点|一点|一些|点|些|少量|少许)?"
                               r"(?:鲜红|红色|鲜|红)?的?血")
ZH_BLACKED_OUT = rx.compile(r"眼前(?:一黑|发黑)(?:就)?(?:倒|摔|晕|栽)|(?:倒|摔|晕|栽)(?:在|到)地上[^。；!?！？]{0,10}?醒")
# Something a child put into an ear or a nostril, in Chinese and Cantonese ("将粒红豆塞咗入左边耳仔", "把豆子塞进鼻孔里了"),
# and one nostril running foul ("左边 鼻孔 流 臭 绿色 鼻涕"): set BL's and BE's notes read nothing
ZH_INTO_THE_EAR = rx.compile(r"(?:塞|放|插|钻|弄|掉|挖)\s*(?:咗|了)?\s*(?:入|进|到)\s*(?:去|了)?\s*(?:左边|右边|左|右|一边)?\s*"
                             r"(?:耳朵|耳仔|耳孔|耳洞|耳)")
ZH_INTO_THE_NOSE = rx.compile(r"(?:塞|放|插|钻|弄|掉)\s*(?:咗|了)?\s*(?:入|进|到)\s*(?:去|了)?\s*(?:左边|右边|左|右|一边)?\s*"
                              r"(?:鼻孔|鼻子|鼻哥窿|鼻哥)")
ZH_ONE_NOSTRIL_FOUL = rx.compile(r"(?:左边|右边|一边|一侧|单侧|左|右)\s*(?:的)?\s*鼻(?:孔|子|哥窿)\s*(?:里)?\s*(?:流|出|有)\s*(?:出)?\s*"
                                 r"(?:的)?\s*(?:臭|难闻|腥臭|发臭)")
# A rash described as dusky ("widespread dusky red rash"): a rash, not the dusky skin of cyanosis (an SJS's rash was read
# as cyanosis, a red flag, set CU)
DUSKY_RASH = rx.compile(r"(?i)\bdusky\s+(?:(?:red|purple|pink|dark|violet)\s+)?(?:rash|patches|spots|blotches|lesions)\b")
# Swollen just in front of the ears (mumps' parotids: "my jaw is swollen on both sides just in front of my ears")
BEFORE_THE_EARS = rx.compile(r"(?i)\b(?:swollen|swelling|puffy|puffed up)\b[^.;]{0,30}?\bin front of (?:my|his|her|the|both) "
                             r"ears?\b|\bin front of (?:my|his|her|the|both) ears?\b[^.;]{0,15}?\b(?:swollen|swelling|puffy)\b")
# A back put out lifting ("did my back in lifting paving slabs", "tweaked my lower back"): low back pain
BACK_PUT_OUT = rx.compile(r"(?i)\b(?:did|done|put|tweaked|cricked|jarred|wrenched|ricked)\s+(?:my|his|her|the)\s+(?:lower\s+)?"
                          r"back(?:\s+(?:in|out))?\b")
# A tick found on the skin ("found a tick on the back of my knee and pulled it off"): a tick bite
TICK_FOUND = rx.compile(r"(?i)\b(?:found|had|noticed|spotted|pulled|removed|took|got)\s+(?:a|the|an|two|some|one)\s+ticks?\b|"
                        r"\bticks?\s+(?:on|in|attached|stuck|embedded|buried)\s+(?:my|his|her|the|him|it)\b")
# An ear gone muffled (wax, fluid): its hearing reduced; read beside the rest too (``ALSO_READ``: "my right ear is still
# blocked and muffled, bit of ringing" of an earwax read only the fullness, and an ear foreign body led, set DG)
EAR_MUFFLED = rx.compile(r"(?i)\bears?\b[^.;]{0,25}?\bmuffled\b|\bmuffled\s+hearing\b|\bhearing\b[^.;]{0,15}?\bmuffled\b")
# One eye that will not close (Bell's palsy): "one side of my face drooping, can't close my eye properly" read only
# the droop, and a stroke led (2026-12-04, a clinician's first notes). One eye, not eyes that will not close to sleep;
# only the verb is the mention, so "eye and it waters" after it is still read.
EYE_WONT_CLOSE = rx.compile(r"(?i)\b(?:can'?t|cannot|can not|unable to|not able to|struggl\w* to|hard to)\s+"
                            r"(?:fully\s+|properly\s+|completely\s+)?(?:close|shut)(?=\s+(?:my|his|her|their|the|one)\s+"
                            r"(?:(?:left|right|l|r|affected)\s+)?eye\b(?!s)(?!\s+to\s+sleep))|"
                            r"(?<=\beye )(?:won'?t|will\s+not|doesn'?t|does\s+not|can'?t|cannot)"
                            r"\s+(?:fully\s+|properly\s+|completely\s+)?(?:close|shut)\b")

# The forehead weak on the side of a facial droop (a lower motor neurone palsy, Bell's palsy; a stroke spares the
# forehead): "can't wrinkle my forehead on that side", "can't lift my right eyebrow", "R facial droop incl forehead",
# 额纹消失, 额头也皱不起来, 抬眉毛抬不起来, 左边脑门抬不起褶子. Not "forehead spared" and not a forehead that moves.
_CANT_MOVE = r"(?:can'?t|cannot|can not|unable to|not able to|won'?t|will not|doesn'?t|does not|isn'?t able to|no longer)"
_FOREHEAD_MOVED = (r"(?:wrinkle|crease|raise|lift|move|furrow|frown with)\s+(?:up\s+)?(?:(?:my|his|her|their|the|that|this)\s+)?"
                   r"(?:(?:left|right|l|r|affected|same|one)\s+)?(?:side\s+of\s+(?:my|his|her|the)\s+)?(?:forehead|brow|eyebrow)s?\b")
FOREHEAD_WEAK = rx.compile(
    rf"(?i)\b(?:forehead|eyebrow|brow)s?\b[^.;\n]{{0,30}}?\b{_CANT_MOVE}\s+(?:\w+\s+){{0,1}}?(?:wrinkle|crease|move|raise|lift|go up)|"
    r"\b(?:incl\.?|including|involving|involves|plus)\s+(?:the\s+)?forehead\b|"
    r"\bforehead\s+(?:is\s+|was\s+)?(?:also\s+|too\s+)?(?:affected|involved|weak|paralysed|paralyzed|drooping|droopy|flat|smooth)\b|"
    r"额纹(?:消失|变浅|变平|平坦|不对称)|"
    r"(?:额头|额部|前额|脑门)[^。；;，,\n]{0,8}?(?:皱不起|皱唔到|皱唔起|抬不起|不能皱|无法皱|没有皱纹|无皱纹|动不了|不能动)|"
    r"抬(?:眉毛?|额)[^。；;，,\n]{0,6}?(?:抬不起|不能|无力|困难|费劲|没有皱纹)|(?:不能|无法)(?:皱眉|蹙额|抬眉)")
# (read as the finding: the movement alone, after a "can't" earlier in its sentence - "can't close my eye or wrinkle
# my forehead" - so that the eye's own reading keeps its words)
FOREHEAD_NOT_MOVED = rx.compile(rf"(?i)\b{_FOREHEAD_MOVED}")
CANT_MOVE = rx.compile(rf"(?i)\b{_CANT_MOVE}\b")
FOREHEAD_INVOLVED = rx.compile(rf"(?i)\b{_CANT_MOVE}\s+(?:\w+\s+){{0,5}}?{_FOREHEAD_MOVED}|{FOREHEAD_WEAK.pattern[4:]}")
# Sight lost in one eye in everyday words ("couldn't see out of my left eye, like a curtain coming down, ... now
# completely back to normal": a TIA of the eye read nothing, and a retinal artery occlusion led as an emergency)
SEE_OUT_OF_EYE = rx.compile(r"(?i)\b(?:couldn'?t|could not|can'?t|cannot|unable to|not able to)\s+see\s+(?:anything\s+)?"
                            r"(?:out\s+of|with|from|through)\s+(?:my|his|her|their|the|one)\s+(?:(?:left|right|l|r)\s+)?eye\b(?!s)")
CURTAIN_DOWN = rx.compile(r"(?i)\bcurtain\s+(?:was\s+)?(?:coming|came|come|falling|fell|dropping|dropped|drawn|pulled|going|went)"
                          r"\s+(?:down|over|across)\b")
# Sight lost in one eye for minutes and back (amaurosis fugax, a TIA of the eye): "lost the sight in my left eye for
# about five minutes like a curtain coming down and then it came back completely" read a lasting loss and a curtain,
# and a retinal artery occlusion led as an emergency
TRANSIENT_SIGHT_LOSS = rx.compile(
    r"(?i)\b(?:lost\s+(?:the\s+|all\s+)?(?:sight|vision)|(?:couldn'?t|could\s+not|can'?t)\s+see|went\s+blind|"
    r"(?:sight|vision)\s+(?:went|blacked\s+out|greyed\s+out|disappeared|went\s+black|went\s+dark)|blacked\s+out|"
    r"curtain\s+(?:came|coming|come)\s+down)\b[^.;\n]{0,60}?(?:\bfor\s+(?:about\s+|around\s+|a\s+few\s+|~\s*)?"
    r"(?:\d+|few|a\s+couple\s+of|one|two|three|four|five|ten|several)\s*(?:sec|second|min|minute)s?\b|"
    r"\b(?:then|and|but)\s+(?:it\s+|my\s+sight\s+|my\s+vision\s+)?came\s+back\b|\bcame\s+back\s+(?:completely|fully|to\s+normal)\b)|"
    r"\bfor\s+(?:about\s+|around\s+|a\s+few\s+|~\s*)?(?:\d+|few|a\s+couple\s+of|one|two|three|four|five|ten|several)\s*"
    r"(?:sec|second|min|minute)s?\b[^.;\n]{0,40}?\b(?:lost\s+(?:the\s+|all\s+)?(?:sight|vision)|(?:couldn'?t|could\s+not)\s+see|"
    r"went\s+blind)\b|"
    r"(?:一只眼|左眼|右眼|一侧眼)[^。；;]{0,6}?(?:看不见|看不清|发黑|黑了|黑蒙|失明)[^。；;]{0,12}?"
    r"(?:(?:\d+|几|十几|一两|两三|一会儿?)(?:来)?(?:分钟|秒)|恢复|好了)|一过性黑[蒙矇]")
EYE_WORDS = rx.compile(r"(?i)\beyes?\b|眼")
SIGHT_BACK = rx.compile(r"(?i)\bcame\s+back\b|\bback\s+to\s+normal\b|\bresolved\b|\brecovered\b|\bcleared\b|\bwent\s+away\b|"
                        r"\b(?:\d+|few|five|ten|several)\s*(?:sec|second|min|minute)s?\b")
# The chest drawn in on breathing in a parent's Chinese ("胸口下面一吸气就凹进去", "肋骨下面往里凹"): recession (not a sunken
# fontanelle or eyes, which are dehydration's)
ZH_RECESSION = rx.compile(r"(?:胸口|胸部|胸骨|肋骨|肋间|肋下|锁骨|脖子下面|心口|肚子上面)[^，。；,;囟眼]{0,8}?"
                          r"(?:凹进去|往里凹|凹下去|凹陷|陷进去|一凹一凹|吸进去|一吸一吸)")   # ("肋骨那里一吸一吸的", set DK)
# A child's chest or tummy drawn in with each breath ("tummy sucking in", "ribs sucking in"), and grunting with each
# breath (NICE NG9 and NG143: grunting is severe respiratory distress, an emergency)
SUCKING_IN = rx.compile(r"(?i)\b(?:tummy|belly|stomach|ribs?|chest|skin|neck|throat)\s+(?:is\s+|was\s+|keeps\s+|going\s+)?"
                        r"(?:sucking|sucks|sucked|pulling|pulls|drawing|caving|sinking)\s+in\b")
GRUNTING = rx.compile(r"(?i)\bgrunt(?:ing|s)?\b(?=[^.;\n]{0,30}?\b(?:breath\w*|each|every)\b)|"
                      r"\bbreath\w*[^.;\n]{0,20}?\bgrunt(?:ing|s|y)?\b|\bgrunting\s+(?:noise|sound)s?\b|"
                      r"(?:喘气|呼吸)[^。；;，,]{0,6}?(?:呻吟|哼哼)")
# Cramps or a pain on one side beside a late period ("my period is 2 weeks late and I have bad cramps on my right side
# and feel dizzy" read no pain at all, and an ectopic pregnancy was not considered)
ONE_SIDE_CRAMPS = rx.compile(r"(?i)\b(?:cramps?|cramping|crampy\s+pain|pains?|aches?|aching|twinges?|stabbing|sharp\s+pain)\s+"
                             r"(?:low\s+)?(?:on|in|down)\s+(?:my|the|her|one)\s+(?:(?:right|left|lower\s+right|lower\s+left)\s+)?"
                             r"side\b|\b(?:right|left)[- ]sided\s+(?:cramps?|cramping|pain)\b")
PERIOD_WORDS = rx.compile(r"(?i)\bperiods?\b|\bpregnan\w*|\blmp\b|\bmissed\b|\blate\b|\bovulat\w*")
# An itch worse at night with words between ("itchy rash between my fingers and on my wrists, worse at night": a scabies
# read no night itch, and carpal tunnel syndrome led)
ITCH_ANY = rx.compile(r"(?i)\bitch|\bscratch|痒")
WORSE_AT_NIGHT = rx.compile(r"(?i)\b(?:worse|worst|bad|unbearable|terrible)\s+(?:at|in\s+the|during\s+the)\s+night(?:s|time)?\b|"
                            r"\bkeeps?\s+(?:me|him|her|them)\s+(?:up|awake)\s+at\s+night\b|"
                            r"(?:晚上|夜里|夜间|半夜)[^。；;，,]{0,4}?(?:更痒|痒得更|特别痒|痒得厉害|痒得睡不着)")
# A cold and a sore throat: "I have a cold and a sore throat" was read as a cold sore (the reader steps over "and a")
COLD_AND_SORE = rx.compile(r"(?i)\bcold\b(?=\s*(?:and|&|\+|,|/|with|plus)\s*(?:a\s+)?(?:sore|scratchy|raw)\s+throat)")
SORE_THROAT_AFTER_COLD = rx.compile("(?i)" + "|".join(
    rf"(?<=\bcold{re.escape(sep + art)})(?:sore|scratchy|raw)\s+throat" for sep in (" and ", " & ", " + ", ", ", "/", " with ", " plus ", ",")
    for art in ("", "a ")))
# A fall said as a noun ("headache and stiff neck after a fall off a ladder yesterday, on warfarin" read no fall)
A_FALL = rx.compile(r"(?i)\b(?:a|the|after\s+(?:a|the|his|her|my)|had\s+a|since\s+(?:a|the|his|her|my)|his|her|my)\s+"
                    r"(?:bad\s+|nasty\s+|big\s+)?fall\s+(?:off|from|down|over|out\s+of|onto|on\s+to)\b")
# From set CC and CF (2026-12-05): a wasp sting written 蛰 (被马蜂蛰了右手背 read only a swollen wrist, and carpal tunnel
# syndrome led); a burn from a hot tray or pan grabbed; a child who "sees two of me" (double vision in orbital
# cellulitis)
ZH_STUNG = rx.compile(r"(?:被|让|给)[^，。；,;]{0,6}?(?:马蜂|蜜蜂|黄蜂|胡蜂|野蜂|蜂子|蜂|虫子|蝎子)[^，。；,;]{0,2}?(?:蛰|蜇|叮|螫)")
HOT_THING_GRABBED = rx.compile(r"(?i)\b(?:grabbed|touched|picked\s+up|held|caught|leaned\s+on|brushed)\s+(?:the|a|my|his|her)\s+"
                               r"(?:hot|boiling|scalding|red[- ]hot)\s+(?:oven\s+)?(?:tray|pan|dish|iron|kettle|handle|pot|plate|"
                               r"hob|grill|exhaust|radiator|curling\s+tongs|straighteners)\b|"
                               # things hot by nature ("touched steam wand w/ fingertip", a barista's scald, set FB)
                               r"\b(?:grabbed|touched|caught|leaned\s+on|brushed)\s+(?:(?:the|a|my|his|her)\s+)?(?:coffee\s+machine'?s?\s+)?"
                               r"(?:steam\s+(?:wand|pipe|arm|nozzle)|oven\s+(?:door|shelf|rack)|soldering\s+iron|(?:deep[- ]fat\s+)?fryer|"
                               r"hot\s*plate|exhaust\s+pipe)\b")
SEES_TWO = rx.compile(r"(?i)\b(?:sees?|seeing|saw|seen)\s+(?:two|2)\s+of\b|\beverything\s+(?:is\s+|looks\s+)?double\b|"
                      r"看东西(?:有)?重影|看(?:东西)?(?:成|是)两个|一个看成两个")

# Passing urine every few minutes ("been peeing every 5 mins and it burns" read only the burning); and much urine in
# Chinese with a word between (口渴…尿也多, a new diabetes's polyuria; not 尿很多次, which is how often)
PEEING_EVERY_MINUTES = rx.compile(r"(?i)\b(?:pee|wee|urinat|piss)\w*\s+(?:like\s+|about\s+)?every\s+(?:\d+|few|couple\s+of|"
                                  r"five|ten|fifteen|twenty|thirty)\s*(?:-\s*\d+\s*)?(?:mins?|minutes?)\b|"
                                  r"\bgo(?:ing)?\s+to\s+the\s+(?:loo|toilet|bathroom)\s+(?:like\s+|about\s+)?every\s+"
                                  r"(?:\d+|few|couple\s+of|five|ten|fifteen|twenty|thirty)\s*(?:mins?|minutes?)\b")
ZH_MUCH_URINE = rx.compile(r"(?:尿|小便)量?也(?:特别|很|非常|比较|挺)?多(?![次遍趟久少])|(?:尿|小便)量?(?:特别|非常|挺)多(?![次遍趟久少])")

# From a sixteenth blind set (fresh_notes_ab, 2026-12-04), each read nothing or the wrong finding:
# a nosebleed from one nostril; appendicitis's pain moving from the navel to the lower right; a palm sliced with a
# knife, "gaping a bit"; a tick bite's rash "with a paler middle, kind of like a target" (in a note of a tick or the
# woods: not a ringworm's ring); a hard painless sore on the penis in Chinese (a syphilis chancre); "can't remember the
# walk back" after a blow (amnesia); a breastbone "sore when I press it"; a lump that pops out on the toilet; a belly
# growing in a note of liver disease (ascites, not the weight of the knowledge base's 肚子越来越大)
NOSTRIL_BLEEDING = rx.compile(r"(?i)\b(?:bleeding|bleed|bled|blood)\s+(?:from|out\s+of)\s+(?:(?:his|her|my|the|one|both|l|r|"
                              r"left|right)\s+){1,2}nostrils?\b|\bnostril\s+(?:bleeding|bled|bleeds)\b")
PAIN_MOVED_RIGHT = rx.compile(r"(?i)\b(?:moved|moving|shifted|gone|went|travelled|traveled|settled|moves|migrated)\b[^.;!?]{0,25}?"
                              r"\b(?:bottom|lower|low)\s+right\b")
NAVEL = rx.compile(r"(?i)\b(?:belly\s*button|navel|tummy\s*button|umbilicus|middle\s+of\s+(?:my|his|her|the)\s+(?:tummy|belly|"
                   r"stomach|abdomen))\b")
GAPING = rx.compile(r"(?i)\bgaping\b")
CUT_WORDS = rx.compile(r"(?i)\b(?:cut|sliced|slashed|knife|glass|laceration|wound|gash(?:ed)?)\b")
SLICED = rx.compile(r"(?i)\b(?:sliced|slashed|gashed)\s+(?:open\s+)?(?:my|his|her|the)\s+(?:(?:left|right)\s+)?(?:palm|finger|"
                    r"thumb|hand|arm|forearm|leg|foot|knee|shin|wrist|lip|chin|head)\b")
TARGET_RASH = rx.compile(r"(?i)\blike\s+a\s+(?:target|bulls?-?eye|dartboard)\b|\b(?:paler|pale|clear|clearer|clearing|lighter|"
                         r"fading|normal)\s+"
                         r"(?:bit\s+)?(?:in\s+the\s+)?(?:middle|cent(?:re|er))\b")
TICK_OR_WOODS = rx.compile(r"(?i)\bticks?\b|\bhik(?:e|ed|ing)\b|\bwoods?\b|\bforest|\bcamping\b|\bdeer\b|\blyme\b")
ZH_PAINLESS_SORE = rx.compile(r"(?:龟头|阴茎|外阴|阴唇|生殖器|下面|私处)[^。；！？]{0,12}?(?:溃疡|破了|烂了|疮)[^。；！？]{0,20}?"
                              r"(?:不疼|不痛|不怎么疼|一点都不疼|一点也不疼)")
CANT_REMEMBER = rx.compile(r"(?i)\b(?:can'?t|cannot|doesn'?t|don'?t|couldn'?t|does\s+not|do\s+not)\s+remember\s+(?:the\s+walk|"
                           r"the\s+accident|the\s+fall|the\s+crash|the\s+impact|the\s+hit|what\s+happened|anything|getting|"
                           r"being|how\s+(?:he|she|i)\s+got|walking)\b")
BLOW_WORDS = rx.compile(r"(?i)\b(?:hit|banged|bumped|knocked|fell|fall|walked\s+into|head|concuss\w*|tackle\w*|crash\w*)\b")
_OTHER_PARTS = ("knee", "ankle", "wrist", "leg", "arm", "foot", "calf", "tummy", "belly", "back", "neck", "head", "shoulder",
                "hand", "elbow", "hip", "thigh", "shin", "finger", "toe", "heel", "jaw", "ear", "eye", "breast", "abdomen",
                "stomach", "muscle")
PRESSING_HURTS = rx.compile(r"(?i)\bpress(?:ing|es)?\s+(?:on\s+)?(?:it|there|the\s+(?:sore\s+)?spot)\s+(?:makes\s+it\s+|and\s+it\s+)?"
                            r"hurts?\b|\bput\s+my\s+finger\s+(?:exactly\s+|right\s+)?on\s+(?:the\s+)?(?:sore\s+)?spot\b|"
                            # (not another part's: "chest pain, knee sore when I press it")
                            + "".join(f"(?<!{part} )" for part in _OTHER_PARTS) +
                            r"\b(?:sore|tender)\s+(?:to\s+(?:the\s+)?touch|to\s+press|when\s+i\s+press)\b|"
                            r"\bhurts?\s+(?:more\s+)?when\s+i\s+press\s+(?:on\s+)?(?:it|there|that\s+spot|the\s+spot)\b|"
                            + "".join(f"(?<!{part} )" for part in _OTHER_PARTS) +
                            r"\b(?:worse|sore|hurts?|painful)\s+(?:more\s+)?(?:when|if)\s+(?:i|you)\s+press\s+(?:on\s+)?"
                            r"(?:it|there|that\s+spot|the\s+spot)\b")
CHEST_WALL_WORDS = rx.compile(r"(?i)\b(?:breastbone|sternum|ribs?|chest)\b")
# Pressing brings the pain on, in Chinese ("胸口疼了两天，深呼吸和咳嗽的时候更疼，按着也疼": an emergency by a
# pneumothorax at 33%), read only in a note of the chest (``ZH_CHEST_WALL_WORDS``): a chest wall's tenderness
ZH_PRESSING_HURTS = rx.compile(r"(?<!肚子)(?<!腹)(?<!肚)(?<!腿)(?<!脚)(?<!膝盖)(?:按着|按压|一按|按下去|按上去|摁着|一压|按到|碰到)(?:那里|那儿|这里|这儿|的时候|时)?(?:也|就|会|都|更|还)?(?:很|特别|有点)?(?:疼|痛)")
ZH_CHEST_WALL_WORDS = rx.compile(r"胸|肋|心口")
LUMP_ON_TOILET = rx.compile(r"(?i)\blump\b[^.;!?]{0,40}?\b(?:pops?|comes?|sticks?|pokes?|pushes)\s+out\s+when\s+(?:i|he|she)\s+"
                            r"(?:go|poo|strain|push|open\s+my\s+bowels)\b")
ZH_BELLY_GROWING = rx.compile(r"肚子越来越大")
ZH_LIVER_WORDS = rx.compile(r"乙肝|丙肝|肝硬化|肝病|肝炎|肝不好|黄疸|腹水")   # (not drinking: a reflux's 爱喝酒…肚子越来越大)
# "temp on and off" (a bare "temp" is read only after "a", "no", "any")
TEMP_ON_OFF = rx.compile(r"(?i)\b(?:temps?|temperatures?)\s+(?:on\s+and\s+off|off\s+and\s+on|(?:that\s+)?comes?\s+and\s+goes?)\b")

# A record's allergy line that denies any ("过敏史：否认", "过敏史：无" were read as an atopy; set AC's 病历)
ZH_NO_ALLERGY_LINE = rx.compile(r"过敏史\s*[:：]?\s*(?:否认|无|没有|不详|暂无|未发现)")
# A drug allergy stated with its reaction is history, not a finding now: "Allergy: codeine (vomiting)" read an atopy
# and a vomiting in an 81-year-old with heart block, "allergies: penicillin - rash" a rash (set AC, 2026-12-04). The
# allergy word itself is no atopy when a medicine follows it (an allergy to cats or pollen still is); the reaction is
# the words in brackets or after a dash or colon, up to the clause's end.
ALLERGY_DRUG = (r"(?:\w*cillins?|\w*mycins?|\w*oxacins?|cef\w+|ceph\w+|sulf\w+|sulph\w+|trimethoprim|co-?trimoxazole|"
                r"codeine|morphine|tramadol|opiates?|opioids?|aspirin|ibuprofen|nsaids?|naproxen|diclofenac|amox\w*|"
                r"nitrofurantoin|doxycycline|tetracyclines?|metronidazole|antibiotics?|latex|plasters?|iodine|contrast|"
                r"metformin|statins?|\w+prils?|\w+sartans?|\w+olols?|clopidogrel|warfarin|heparin|carbamazepine|"
                r"lamotrigine|allopurinol|penicillin|erythromycin|clarithromycin|azithromycin)")
ALLERGY_STATEMENT = rx.compile(r"(?i)\b(?P<word>allerg(?:y|ies|ic)|intoleran(?:t|ce|ces))\b\s*(?:to\s+|[:\-–]\s*)?"
                               r"(?:(?:the|my|his|her|this|these|that)\s+)?(?P<drug>" + ALLERGY_DRUG + r"(?:\s*(?:,|/|and|&)\s*" + ALLERGY_DRUG + r"){0,3})\b"
                               r"(?:\s*(?:\((?P<bracket>[^)\n]{1,60})\)|[-–:]\s*(?P<dash>[^,.;\n()]{1,40})))?")
# The drug first ("NSAID allergy - angioedema", "Penicillin allergy (rash)"): its reaction is history too (a gout note
# with "NSAID allergy - angioedema" read swollen lips now, an emergency)
ALLERGY_STATEMENT_DRUG_FIRST = rx.compile(r"(?i)\b(?P<drug>" + ALLERGY_DRUG + r")\s+(?P<word>allerg(?:y|ies|ic)|intoleran(?:t|ce))\b"
                                          r"(?:\s*(?:\((?P<bracket>[^)\n]{1,60})\)|[-–:]\s*(?P<dash>[^,.;\n()]{1,40})))?")
# A past reaction told as a story ("trimethoprim gave me a rash once", "amoxicillin previously made him come out in
# hives"): history, not a rash now (a cystitis note read a rash and fell out of scope, set AC). Only with a word of the
# past (once, before, previously, years ago, as a child...), since "the amoxicillin gave me a rash" may be today's.
ALLERGY_REACTION_ONCE = rx.compile(
    r"(?i)\b(?P<drug>" + ALLERGY_DRUG + r")\s+(?:(?P<pre>once|previously|has\s+(?:once\s+)?|in\s+the\s+past)\s*)?"
    r"(?:gave|made|brought)\s+(?:me|him|her|them|us)\s+(?:(?:come|break|brake)\s+out\s+in\s+)?(?:a\s+|an\s+)?"
    r"(?P<dash>[a-z]+(?:\s+[a-z]+){0,2}?)(?P<post>\s+(?:once|before|previously|years\s+ago|\d+\s+years\s+ago|as\s+a\s+"
    r"(?:child|kid|baby|teenager)|in\s+the\s+past|last\s+time|when\s+(?:i|he|she)\s+was\s+\w+))?(?=\s*(?:[,.;)\n!]|$|and\b))")
# A medicine the patient cannot take, with what it did ("Can't take ibuprofen, it made my lips swell"): history too
# (a period pain was an emergency through swollen lips now, set BC)
CANT_TAKE_DRUG = rx.compile(
    r"(?i)\b(?:can'?t|cannot|can\s+not|unable\s+to|not\s+allowed\s+to|don'?t|do\s+not|never)\s+(?:take|have|use)\s+"
    r"(?P<drug>" + ALLERGY_DRUG + r")\b\s*(?:[,;:(\-–]|as|because|since|coz|cos)\s*(?:it\s+|they\s+)?"
    r"(?:made|makes|make|gave|gives|give|causes|caused|brings|brought)\s+(?:me|him|her|them|my|his|her)\s+"
    r"(?P<dash>[a-z]+(?:\s+[a-z]+){0,3}?)(?=\s*(?:[,.;)\n!]|$|and\b))")
# The same in a Chinese record: "过敏史：青霉素过敏" read 过敏史 as an atopy, "磺胺类药物过敏（荨麻疹）" the hives as a finding
# now. The allergy-history word is no atopy when a medicine follows it (花粉 or 尘螨 still are); the reaction is the words
# in brackets after the drug's 过敏.
ZH_ALLERGY_DRUG = (r"(?:青霉素|阿莫西林|氨苄西林|头孢[\u4e00-\u9fff]{0,4}?|磺胺|布洛芬|阿司匹林|非甾体[\u4e00-\u9fff]{0,5}?|"
                   r"红霉素|阿奇霉素|克拉霉素|罗红霉素|左氧氟沙星|[\u4e00-\u9fff]{1,3}?沙星|[\u4e00-\u9fff]{1,3}?霉素|庆大霉素|链霉素|"
                   r"抗生素|消炎药|退烧药|药物|可待因|吗啡|曲马多|碘|造影剂|磺胺类|头孢类|青霉素类)")
ZH_ALLERGY_STATEMENT = rx.compile(
    r"(?P<word>过敏史)\s*[:：]?\s*(?:有\s*[,，、]?\s*)?(?:对\s*)?" + ZH_ALLERGY_DRUG + r"(?:类)?(?:药物?)?(?:过敏)?"
    r"(?:\s*[（(](?P<bracket>[^）)\n]{1,30})[）)])?|"
    r"(?:对\s*)?" + ZH_ALLERGY_DRUG + r"(?:类)?(?:药物?)?过敏(?:\s*[（(](?P<bracket2>[^）)\n]{1,30})[）)])")
# ... and the reaction it caused once, told after the allergy ("俺吃布洛芬过敏 上回起了一身疙瘩喘不上气 那还能吃啥止疼" of a gout
# read hives and a breathlessness now, set AE): history, not the complaint
ZH_ALLERGY_PAST = rx.compile(r"过敏[，,、\s]*(?:上回|上次|以前|那次|之前|有一次)(?:吃了?|用了?)?(?:以后|后)?[，,]?(?P<reaction>[^。；！？\n ]{1,24})")
# A medicine started, in a note of a rash that is not denied: the rash came after a new drug ("Got gout, started
# allopurinol 3 weeks ago. 4 days ago I got an itchy red spotty rash", set AC, was anaphylaxis's)
STARTED_DRUG = rx.compile(r"(?i)\b(?:started|starting|began|begun|put\s+on|prescribed|given|gave(?:\s+(?:me|him|her|them))?)\s+(?:on\s+|taking\s+|me\s+)?"
                          r"(?:a\s+new\s+|new\s+|a\s+course\s+of\s+|some\s+)?(?:" + ALLERGY_DRUG + r"|tablets?|pills?|"
                          r"medicines?|medication|antibiotics?)\b|"
                          # "rash ... day 9 of amoxicillin" (a drug rash read as none)
                          r"\bday\s+\d{1,2}\s+of\s+(?:(?:her|his|my|the|a)\s+)?(?:" + ALLERGY_DRUG + r"|antibiotics?)\b|"
                          # the drug first ("allopurinol 300mg started for gout 5/52 ago": a DRESS led with a scabies, set EK)
                          r"\b(?:" + ALLERGY_DRUG + r")\s+(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g)\s+)?(?:od\s+|bd\s+|daily\s+)?(?:was\s+)?"
                          r"(?:started|commenced|begun|initiated)\b")
RASH_NOT_DENIED = rx.compile(r"(?i)(?<!no )(?<!not )(?<!no new )(?<!without a )(?<!without )\b(?:rash|hives|spots|blotches|patches|"
                             r"welts)\b|(?:起|出)了?(?:一身|一片|很多|好多)?(?:红)?(?:疹|疙瘩|包)")
# A heart attack in Chinese everyday words (set AC: 胸口正中压着痛，像块大石头压在上面，还往左胳膊和下巴窜 read neither the
# crushing pain nor its spread, and reflux led): the pressing pain of the chest, and a chest pain's spread to the arm or
# jaw (only with the chest in the sentence: a neck's pain also runs down the arm)
ZH_CRUSHING = rx.compile(r"(?:胸口|胸部|胸前|心口|胸骨后)(?:正中|中间)?[^。；，,]{0,3}?(?:压着(?:痛|疼)|压榨|闷压)|"
                         r"像(?:一)?(?:块|有|被)?(?:大)?石头压(?:在|着)")
ZH_TO_ARM_JAW = rx.compile(r"(?:往|窜到|放射到|牵扯到|串到|传到)(?:左边?的?)?(?:胳膊|手臂|臂|左肩|下巴|下颌|牙)")
ZH_CHEST = rx.compile(r"胸|心口|心前区")

# From an eighteenth blind set (fresh_notes_ad, 2026-12-04), each read nothing or the wrong finding: a student's
# "little purple spots on my legs" with a headache and vomiting (a meningitis's rash; only in a note of a fever or an
# illness), a neck that hurts to bend, light that "kills my eyes", an 86-year-old's sepsis told by a carer ("breathing
# quicker than normal, hands cold and blotchy, no wee since last night"), a son who "hears them talking about him
# through the wall" (hearing loss), one "convinced the neighbours have put cameras in his room", a night in contact
# lenses, a toenail digging in, "can walk with help", a chickenpox's blisters and crusts side by side
PURPLE_SPOTS = rx.compile(r"(?i)\b(?:purple|purply|purplish|dark\s+red)\s+(?:spots|dots|marks|blotches|pin\s*pricks|pinpricks|"
                          r"rash|speckles)\b")
ILL_WORDS = rx.compile(r"(?i)\bfever|\btemp\b|\btemperature|\bheadache|\bvomit|\bbeen\s+sick|\bthrowing\s+up|\bunwell|"
                       r"feel\s+like\s+death|\bdrowsy|\bfloppy|\bneck\b|\bshiver|\brigors?\b")
# A neck stiff from sitting, a screen or sleeping, or stiff with the shoulders, is a muscle's ache, not meningism ("My
# neck is stiff from sitting" beside a tension headache was an emergency through a stiff neck, set DO; NICE CKS
# "Headache - tension-type": tender, tight neck and shoulder muscles)
# The back of the head is a headache's place, not the back's ("inside the head on the back, the worst pain of my life"
# was a low back pain, set DO; "pain in the back of my head" read nothing)
BACK_OF_THE_HEAD = rx.compile(r"(?i)\b(?:pain|ache|aching|hurts?|hurting|throbbing|pounding|sore)\b[^.;!?]{0,15}?\b(?:in\s+|at\s+)?"
                              r"(?:the\s+)?back\s+of\s+(?:my|his|her|the)\s+head\b|\b(?:inside\s+)?(?:the\s+|my\s+)?head\s+(?:on|at|in)\s+"
                              r"the\s+back\b")
# The worst pain of a life in the head, a neck gone hard, light that pains the eyes (set DO's subarachnoid haemorrhage
# read none of them: "the worst pain of my life, in one second ... my neck is hard and the light makes pain in the eyes")
WORST_PAIN_OF_LIFE = rx.compile(r"(?i)\b(?:worst\s+|most\s+(?:sudden\s+|severe\s+|violent\s+|painful\s+){1,3})"
                                r"(?:sudden\s+|violent\s+|severe\s+)*(?:pain|headache)\s+(?:of|in)\s+(?:my|his|her|their)\s+"
                                r"(?:whole\s+)?life\b")   # ("the most sudden violent headache of my life", set DY)
HEAD_NOTE = rx.compile(r"(?i)\bhead\b|\bheadache|头")
NECK_IS_HARD = rx.compile(r"(?i)\bneck\s+(?:is\s+|was\s+|feels?\s+|went\s+|has\s+gone\s+)?(?:hard|rigid|like\s+(?:wood|a\s+board|"
                          r"stone|a\s+plank))\b(?!\s+to\s+(?:turn|move))")
LIGHT_PAINS_EYES = rx.compile(r"(?i)\blight\s+(?:makes?|gives?|causes?|brings?)\s+(?:pain|hurt\w*|ache)\s+(?:in\s+|to\s+)?(?:my|the|his|"
                              r"her)\s+eyes\b|\blight\s+hurts?\s+(?:my|his|her|the)\s+eyes\b")
# An arm "heavy" with a chest's pain is the pain's spread, not a stroke's weakness ("a heavy stone pressing in the
# middle and his left arm is heavy and paining ... sweating very much" read a one-sided weakness, set DO)
ARM_HEAVY_WITH_CHEST = rx.compile(r"(?i)\b(?:left|right|his|her|my)\s+arm\s+(?:is\s+|feels?\s+|went\s+|gone\s+)?(?:so\s+|very\s+|"
                                  r"really\s+)?heavy\b(?:\s+and\s+(?:paining|painful|aching|sore|hurting|hurts|numb))?")
NECK_STIFF_FROM_POSTURE = rx.compile(
    r"(?i)\bneck\b[^.;!?]{0,20}?\bstiff\w*\b[^.;!?]{0,12}?\b(?:from|after|with|because\s+of|due\s+to)\s+(?:all\s+the\s+|"
    r"the\s+|my\s+)?(?:sitting|computer|desk|screens?|laptop|phone|sleeping|slept|sleep|pillow|gaming|driving|work|"
    r"posture|looking\s+down|studying|revising)\b|\bstiff\s+neck\s+(?:from|after)\s+(?:all\s+the\s+|the\s+|my\s+)?"
    r"(?:sitting|computer|desk|screens?|laptop|phone|sleeping|pillow|gaming|driving|work|posture|studying)\b|"
    r"\bneck\s+and\s+shoulders?\s+(?:are\s+|is\s+|feel\s+|get\s+)?(?:so\s+|really\s+|very\s+)?(?:stiff|tight)\b|"
    r"\bstiff\s+neck\s+and\s+shoulders?\b|脖子(?:和)?肩膀(?:很|特别|有点|都)?(?:硬|僵|紧)|"
    # (and a desk worker's "后脖子和肩膀也很僵硬" beside a band-like headache, which read a meningitis's neck, an
    # emergency, set GA; 颈肩 as a record writes it)
    r"(?:后)?脖子(?:和|跟|、)肩膀?(?:也|都|还)?(?:很|特别|有点|比较|老是|总是)?(?:发)?(?:僵硬|硬|僵|紧|酸)|颈肩(?:部)?(?:僵硬|发紧|酸痛)")
NECK_BENDING_HURTS = rx.compile(r"(?i)\b(?:bending|bend|tilting|putting|touching)\s+(?:my|his|her|the)\s+(?:neck|head\s+forward|"
                                r"chin\s+(?:to|on)\s+(?:my|his|her)\s+chest)\s+(?:forward\s+)?(?:hurts|is\s+agony|is\s+painful|"
                                r"kills)\b|\bhurts\s+to\s+bend\s+(?:my|his|her)\s+neck\b|\bcan'?t\s+(?:bend\s+(?:my|his|her)\s+"
                                r"neck|(?:touch|bend|get|put|bring)\s+(?:my|his|her)\s+chin\s+(?:down\s+)?(?:to|on|onto)\s+"
                                r"(?:my|his|her)\s+chest)\b")   # ("can't bend my chin down to my chest without agony", set CU)
LIGHT_HURTS = rx.compile(r"(?i)\b(?:the\s+)?(?:light|lights|daylight|sunlight|bright\s+lights?)\s+(?:kills|hurts|is\s+killing|"
                         r"is\s+hurting|really\s+hurts|bothers)\s+(?:my\s+|his\s+|her\s+)?eyes?\b|\bcan'?t\s+(?:look\s+at|"
                         r"stand|bear)\s+(?:the\s+)?(?:light|lights|daylight|brightness)\b")
BREATHING_QUICKER = rx.compile(r"(?i)\bbreathing\s+(?:much\s+|a\s+lot\s+|really\s+|very\s+)?(?:quicker|faster|quickly|"
                               r"rapidly)\b")
COLD_BLOTCHY = rx.compile(r"(?i)\bcold\s+and\s+blotchy\b|\bblotchy\s+and\s+cold\b|\bmottled\b|\bblotchy\s+(?:hands|legs|feet|"
                          r"knees|arms)\b")
# No wind and no stool passed, said as a denial ("no BO or flatus 3 days", "hasn't opened his bowels or passed wind",
# "not passing wind"): the denial is the finding, a bowel obstruction's absolute constipation (the
# lexicon's "wind" read under "not" as denied)
NO_WIND = rx.compile(r"(?i)\b(?:not|hasn'?t|haven'?t|has\s+not|have\s+not|unable\s+to|can'?t|cannot)\s+(?:been\s+)?"
                     r"(?:pass(?:ed|ing)?|break(?:ing)?)\s+(?:any\s+)?wind\b|"
                     # ("Staff don't think he's passing wind" after 6 days without a stool, set FE)
                     r"\b(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+think\s+(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+(?:passing|"
                     r"breaking)\s+(?:any\s+)?wind\b|"
                     r"\bno\s+(?:bo|bowels?\s+open\w*|stool)\s*(?:or|and|/|\+|nor)\s*(?:flatus|wind)\b|\bno\s+flatus\b|"
                     r"\b(?:not|hasn'?t|haven'?t)\s+opened\s+(?:my|his|her|their)\s+bowels\s+or\s+passed\s+wind\b|"
                     # "she hasn't had a poo or even passed wind since Tuesday" (a bowel obstruction read no wind)
                     r"\b(?:not|hasn'?t|haven'?t|has\s+not|have\s+not)\s+(?:had\s+a\s+|done\s+a\s+)?(?:poo|poop|bowel\s+movement|"
                     r"stool)\s+or\s+(?:even\s+)?(?:passed|pass)\s+(?:any\s+)?wind\b|"
                     # "I have not made the coco (stool) nor the gases since 2 days" (set DO)
                     r"\b(?:not|no|haven'?t|hasn'?t|didn'?t|never)\b[^.;!?]{0,30}?\b(?:stool|poo|poop|coco|caca|bowels?|"
                     r"motion)\b[^.;!?]{0,20}?\b(?:nor|and\s+no|neither|and\s+not)\s+(?:the\s+)?(?:gas(?:es)?|wind|farts?|"
                     r"flatus)\b")
NO_WEE_SINCE = rx.compile(r"(?i)\b(?:no|not\s+had\s+a|hasn'?t\s+had\s+a|not\s+done\s+a|hasn'?t\s+done\s+a)\s+(?:wee|pee|"
                          r"urine|wet\s+nappy)\s+(?:since|for|all)\b")
# The last wee or wet nappy long ago ("Last wet nappy was 6am and its now 8pm", "last wee about 10 hours ago": a
# 14-month-old's dehydration read no fall in urine): ``last_wee_hours`` gives the hours, 8 or more counts
LAST_WEE = rx.compile(
    r"(?i)\blast\s+(?:wet\s+nappy|wee|pee|wet\s+diaper|nappy|diaper|urine|passed\s+urine|time\s+(?:she|he)\s+(?:wee'?d|weed|peed|"
    r"urinated))\s+(?:was\s+)?(?:at\s+)?(?:about\s+|around\s+|roughly\s+|~)?(?:(?P<n>\d{1,2})\s*(?:hours?|hrs?|h)\s+ago|"
    r"(?P<t1>\d{1,2})(?::\d\d)?\s*(?P<p1>am|pm)\b[^.;!?\n]{0,25}?\bnow\s+(?:it'?s\s+|its\s+|is\s+)?(?P<t2>\d{1,2})(?::\d\d)?\s*"
    r"(?P<p2>am|pm)\b|(?:yesterday|last\s+night)(?:\s+(?:evening|afternoon|morning))?)")


def last_wee_hours(m: re.Match) -> float:
    if m["n"]:
        return float(m["n"])
    if m["t1"]:
        h1 = int(m["t1"]) % 12 + (12 if m["p1"].lower() == "pm" else 0)
        h2 = int(m["t2"]) % 12 + (12 if m["p2"].lower() == "pm" else 0)
        return float((h2 - h1) % 24)
    return 12.0   # "last wee yesterday evening"


HEARS_VOICES = rx.compile(r"(?i)(?<!can't )(?<!cant )(?<!cannot )(?<!couldn't )(?<!to )\b(?:hears?|hearing)\s+(?:them|people|"
                          r"someone|the\s+neighbours?|voices)\s+(?:talking|whispering|saying\s+things|plotting)\s+(?:about|"
                          r"to)\s+(?:him|her|me|them)\b|(?<!can't )(?<!cant )(?<!cannot )\b(?:hears?|hearing)\s+voices\b")
# Things seen that are not there ("seeing children in the room that aren't there", "says there are spiders on the
# walls": a delirium's and a withdrawal's hallucinations read nothing, set CW) and a mind that does not know the place
# ("doesn't know he's in hospital")
SEES_WHAT_ISNT_THERE = rx.compile(
    r"(?i)(?<!can't )(?<!cant )(?<!cannot )\b(?:seeing|sees|saw|seen)\s+(?:[\w']+\s+){0,5}?(?:that|which|who)\s+"
    r"(?:aren'?t|arent|isn'?t|isnt|weren'?t|werent|wasn'?t|wasnt|are\s+not|is\s+not|were\s+not|was\s+not)\s+"
    r"(?:really\s+)?(?:there|real)\b|"
    r"\b(?:says?\s+(?:there\s+(?:are|is|were)\s+)?|seeing\s+|sees\s+|saw\s+)(?:spiders|insects|bugs|ants|beetles|rats|mice|"
    r"snakes|worms|people|children|kids|strangers|men|animals)\s+(?:[\w']+\s+){0,2}?(?:on|in|under|across|crawling|"
    r"climbing|walking)\s+(?:the\s+|his\s+|her\s+)?(?:walls?|ceiling|room|bed|floor|curtains|sheets|skin)\b")
NOT_KNOWING_THE_PLACE = rx.compile(
    r"(?i)\b(?:doesn'?t|doesnt|does\s+not|didn'?t|didnt|did\s+not)\s+(?:even\s+)?know\s+(?:that\s+)?(?:he'?s|she'?s|hes|"
    r"shes|he\s+is|she\s+is|he\s+was|she\s+was)\s+in\s+(?:a\s+|the\s+)?(?:hospital|his\s+own\s+(?:home|house|bed)|"
    r"her\s+own\s+(?:home|house|bed))\b")
# The means set out for tonight ("tonight ive got my dads old tablets and a bottle of whisky lined up on the table",
# set CW: a plan and the means, read only as suicidal thoughts and so urgent; read in a note of suicidal thoughts)
MEANS_LAID_OUT = rx.compile(
    r"(?i)\b(?:tablets|pills|meds|medication|medicines|paracetamol|painkillers|rope|razors?|blades?)\b[^.;!?\n]{0,60}?"
    r"\b(?:lined\s+up|laid\s+out|counted\s+out|set\s+out|all\s+out\s+on\s+the\s+(?:table|bed|side|counter))\b|"
    r"\b(?:tablets|pills|meds|medication|medicines|paracetamol|painkillers)\b[^.;!?\n]{0,60}?\b(?:(?:been|keep|kept|was|am|i'?m)\s+)?"
    r"counting\s+(?:them|it|out)\b")   # ("ive got a box of my mums sleeping tablets in my room and ive been counting
#                                        them", set EA)
# A hot, red or painful lump on a limb or the trunk ("a big lump on my arm where i inject ... red hot and really
# painful", set CW: an injecting drug user's abscess read a red scrotum from "golf ball, red" and led with mumps); a
# boil's head ("a yellow head on it", "come to a head") in a sentence about a lump, not an eyelid's (a stye's)
_LUMP_SITES = (r"(?:(?:left|right|l|r|upper|lower|inner|outer)\s+)?(?:arm|forearm|leg|thigh|buttock|bum|bottom|back|armpit|"
               r"shoulder|shin|calf|hand|wrist|elbow|knee|hip|tummy|belly|chest)\b")
SKIN_LUMP_INFLAMED = rx.compile(
    r"(?i)\b(?:lump|swelling|boil|bump)\s+(?:[\w']+\s+){0,3}?(?:on|in|under)\s+(?:my|his|her|the|their)\s+" + _LUMP_SITES +
    r"(?=[^.;!?\n]{0,120}?\b(?:red|hot|painful|sore|tender|throbbing|pus|head\s+on\s+it)\b)|"
    r"\b(?:hot|red|painful|sore|tender|throbbing|angry)\s+(?:(?:and\s+|,\s*)?(?:hot|red|painful|sore|tender|swollen|hard|big|"
    r"angry|throbbing)\s+)*(?:lump|swelling|boil|bump)\s+(?:[\w']+\s+){0,3}?(?:on|in|under)\s+(?:my|his|her|the|their)\s+"
    + _LUMP_SITES)
# (not a sting's or a bite's swelling: "got stung by a wasp, big red lump on my arm" is a local reaction)
NOT_A_STING_OR_BITE = rx.compile(r"(?is)^(?!.*\b(?:stung|stings?|stinging|bitten|bites?|wasps?|bees?|hornets?|insects?|mosquito\w*|"
                                 r"spiders?|ticks?|horseflies|horsefly|midges?|fleas?)\b)")
BOIL_HEAD = rx.compile(r"(?i)\b(?:(?:a|small|little|big)\s+)?(?:yellow|white|pus|yellowy)\s+head\s+(?:on|in)\s+(?:it|the\s+middle|"
                       r"the\s+top)\b|\b(?:come|came|coming|comes)\s+to\s+a\s+head\b")
NOT_AN_EYELID_LUMP = rx.compile(r"(?i)(?s)^(?!.*\b(?:eye\w*|lids?|lash\w*|stye|chalazion)\b).*\b(?:lump|boil|abscess|bump|"
                                r"swelling|spot|pimple)\b")
# A lump on an eyelid is the eyelid's ("tender lump on the edge of her upper eyelid, red with a small yellow head", set
# CW: a stye read as a skin lump, led with an abscess and urgent)
LUMP_ON_EYELID = rx.compile(r"(?i)\b(?:tender\s+|painful\s+|sore\s+|red\s+|small\s+|little\s+)*(?:lump|bump|swelling|spot|"
                            r"pimple)\b[^.;!?\n,]{0,40}?\b(?:eyelids?|eye\s+lids?|lid\s+margin|lash\s+line)\b")
# 浑身发抖 is a shaking all over, not the cold's shivering that the knowledge base reads it as (a type 1 diabetic's
# hypo after drink, "满头大汗、浑身发抖、说胡话", set CW, read a hypothermia's shivering): a rigor beside a fever, else a
# tremor; with the cold named (冻得浑身发抖) the lexicon reads it
ZH_SHAKING_ALL_OVER = rx.compile(r"(?<![冻冷])(?<!冻得)(?<!冷得)(?:浑身|全身|一直|不停地?|止不住地?)(?:都)?(?:发抖|打颤|哆嗦)")   # ("高烧39.8度，一直发抖", set EW)
ZH_FEVER_WORDS = rx.compile(r"发烧|发热|高烧|低烧|寒战|体温|\d{2}(?:\.\d)?度|烧到")
# "PND" beside a baby, a birth or a health visitor is a postnatal depression, not a paroxysmal nocturnal dyspnoea ("had
# my baby 2 weeks ago ... health visitor thinks maybe PND", set CW: a postpartum pulmonary embolism led with a heart
# failure on it)
POSTNATAL_PND = rx.compile(r"\bPND\b")
POSTNATAL_WORDS = rx.compile(r"(?i)\b(?:bab(?:y|ies)|birth|born|postnatal|post-natal|postpartum|post-partum|health\s+visitor|"
                             r"delivered|delivery|c-?section|caesarean|breastfeed\w*|newborn|maternity|midwife)\b")
# A red patch on the eye ("woke w bright red patch L eye, painless", set CY: a subconjunctival haemorrhage read as a red
# eye led with a foreign body and urgent)
RED_PATCH_ON_EYE = rx.compile(
    r"(?i)\b(?:bright\s+|dark\s+)?(?:red|blood(?:y|-red)?)\s+(?:patch|blotch|splodge|splotch|area|mark|spot)\s+(?:(?:in|on|over|"
    r"covering)\s+)?(?:(?:the\s+)?white\s+of\s+)?(?:my\s+|his\s+|her\s+|the\s+)?(?:(?:l|r|lt|rt|left|right)\s+)?eye\b|"
    r"\bwhite\s+of\s+(?:my|his|her|the)\s+(?:(?:left|right)\s+)?eye\s+(?:is\s+|has\s+gone\s+|gone\s+|went\s+|turned\s+)?"
    r"(?:all\s+)?(?:bright\s+)?(?:blood\s+)?red\b")
# Asleep by day ("so tired i keep falling asleep in class", set CX: a glandular fever read recurrent falls from "keep
# falling" and led with an HIV infection)
ASLEEP_BY_DAY = rx.compile(r"(?i)\b(?:keep|keeps|kept|keeping|always|constantly|been)\s+(?:on\s+)?(?:falling|dropping|nodding)\s+"
                           r"(?:asleep|off)\b(?!\s+(?:at|in\s+the)\s+night)")
# A sleep hard to begin ("trouble falling asleep", "can't fall asleep": read nothing, and a child's anxious "trouble
# falling asleep, asks for reassurance constantly" read recurrent falls, set CX)
HARD_TO_FALL_ASLEEP = rx.compile(r"(?i)\b(?:trouble|difficulty|difficulties|problems?|struggl\w*|hard|can'?t|cannot|cant|"
                                 r"unable\s+to|takes?\s+(?:ages|hours|forever)\s+to|taking\s+(?:ages|hours|forever)\s+to)\s+"
                                 r"(?:to\s+)?(?:getting\s+to\s+sleep|get\s+to\s+sleep|fall(?:ing)?\s+asleep|go(?:ing)?\s+to\s+sleep|"
                                 r"drop(?:ping)?\s+off)\b")
# An overdose thought of, not taken ("Has thought about overdosing on his mum's tablets, no attempt", set CY: read as an
# ingestion, leading with an overdose): suicidal thoughts, or a plan where one is made
OVERDOSE_THOUGHT = rx.compile(r"(?i)\b(?:thought|thinking|thinks|think|considered|considering|contemplat\w+|wanted|wants?|"
                              r"wanting|tempted|urges?\s+to)\s+(?:about\s+|of\s+|to\s+)?(?:taking\s+(?:an?\s+)?|doing\s+an?\s+|"
                              r"having\s+an?\s+)?(?:overdos\w*|od'?ing)\b")
OVERDOSE_PLANNED = rx.compile(r"(?i)\b(?:planning|plans|planned|going)\s+(?:to\s+)?(?:take\s+(?:an?\s+)?|do\s+an?\s+)?(?:overdose|od)\b")
# A breathing "got really bad" is breathlessness, not bad breath (set CX: a child's life-threatening asthma read halitosis)
BREATHING_BAD = rx.compile(r"(?i)\bbreathing\s+(?:has\s+|is\s+|was\s+|got\s+|gotten\s+|has\s+got\s+|getting\s+|went\s+|gone\s+)"
                           r"(?:really\s+|very\s+|so\s+|much\s+|a\s+lot\s+|quite\s+)?(?:bad|worse|awful|terrible|laboured|"
                           r"labored|difficult|hard|heavy|fast)\b")
# Lips going blue ("lips look a bit blueish??", set CX): cyanosis
BLUE_LIPS = rx.compile(r"(?i)\blips?\s+(?:look|looks|looking|looked|are|is|were|went|go|going|gone|turned|turning|have\s+gone|"
                       r"seem|seemed)\s+(?:a\s+bit\s+|a\s+little\s+|slightly\s+|kind\s+of\s+|kinda\s+|quite\s+|really\s+|very\s+)?"
                       r"(?:blue|blueish|bluish|purple|grey|gray|dusky)\b")
# Both cheeks swollen under the ears ("both sides of my face under my ears are swollen like a hamster", set CX: a mumps
# read a puffy face and led with laryngitis)
UNDER_THE_EARS = rx.compile(r"(?i)\b(?:under|below|beneath|behind\s+and\s+below)\s+(?:my|his|her|the|both)\s+ears?\b[^.;]{0,25}?"
                            r"\b(?:swollen|swelling|puffy|puffed\s+up|swelled)\b|\b(?:swollen|swelling|puffy|swelled)\b[^.;]{0,25}?"
                            r"\b(?:under|below|beneath)\s+(?:my|his|her|the|both)\s+ears?\b")
# A child refusing to stand or walk, and a hip not to be touched, in Chinese (拒绝站立、行走, 不肯走路, 右髋不让碰: a
# 2-year-old's septic hip read only the fever, set CX)
ZH_REFUSES_TO_WALK = rx.compile(r"(?:拒绝|不肯|不愿意?|不敢)(?:站立|站|下地|走路|行走|走)(?:、|和|及|或)?(?:站立|行走|走路)?")
ZH_JOINT_NOT_TOUCHED = rx.compile(r"(?:左|右)?(?:髋|髋关节|大腿根|膝盖|膝|腿|胳膊|手腕|肩膀?)(?:部)?(?:不让|不给|不准)(?:碰|摸|动)|"
                                  r"被动活动(?:时|时候)?(?:剧烈)?(?:哭闹|疼痛|痛|哭)")
# Knocked out ("Knocked out for maybe 10-20 seconds according to the coach", set CX: a 15-year-old's concussion read no
# loss of consciousness; not knocked out of a competition, nor a tooth knocked out, nor "something to knock me out" for
# sleep)
KNOCKED_OUT = rx.compile(r"(?i)\bknocked\s+(?:him|her|me|them|himself|herself|myself)?\s*(?:out|unconscious|"
                         r"senseless|cold|clean\s+out)\b(?!\s+(?:of\b|(?:a|an|his|her|my|the|their|two|one|both|\d+)\s+"
                         r"(?:front\s+|adult\s+|baby\s+|top\s+|bottom\s+)?(?:teeth|tooth)))")
# A blow to the head named by what struck it ("took a knee to the head in rugby", "an elbow to the face", "clash of heads")
BLOW_TO_THE_HEAD = rx.compile(r"(?i)\b(?:knee|elbow|boot|kick|punch|fist|ball|bat|racket|racquet|stick|club|knock|blow|bang|"
                              r"whack|smack|hit)s?\s+(?:to|on|in)\s+(?:the|his|her|my)\s+(?:head|face|temple)\b|"
                              r"\bclash(?:ed)?\s+(?:of\s+)?heads\b|\bhead[- ]?butt(?:ed)?\b")
# Questions asked over and again after a blow ("keeps asking the same questions about the match"): no memory of it
SAME_QUESTIONS = rx.compile(r"(?i)\b(?:keeps?|kept|keeping)\s+(?:on\s+)?(?:asking|repeating)\s+(?:the\s+same|himself|herself|"
                            r"what\s+happened|where\s+(?:he|she)\s+(?:is|was))|\b(?:asking|asks|asked)\s+the\s+same\s+"
                            r"questions?\s+(?:over\s+and\s+over|again\s+and\s+again|repeatedly)")
# Scabies in Chinese (a 7-year-old, "很痒，晚上特别厉害 ... 手指缝、手腕 ... 小红疙瘩，还有一条一条弯弯的细线", and the
# father itching too, set CX, read only a poor sleep): the itch at night and the burrows
ZH_ITCH_AT_NIGHT = rx.compile(r"痒[^。；！？]{0,8}?(?:晚上|夜里|夜间|半夜|睡觉的时候)(?:特别|尤其|更|最)?(?:厉害|严重|痒|明显)|"
                              r"(?:晚上|夜里|夜间|半夜)(?:特别|尤其|更|最)?(?:痒|厉害)")
ZH_ITCH_NOTE = rx.compile(r"痒")
ZH_BURROWS = rx.compile(r"(?:弯弯|弯曲|细细|灰色|白色)的?(?:一条|一道|一根)?(?:细线|线|隧道)|(?:一条一条|一道一道)[^，。；]{0,4}?(?:细线|线)")
# Steroids taken for the long term, missed or run out, and Addison's named (set CX's and older sets' adrenal crises, "on
# long term pred for my lungs, ran out 4 days ago", "has Addison's ... hasn't been taking her tablets properly", read
# nothing of them once an adrenal crisis needed its own signs)
LONG_TERM_PRED = rx.compile(r"(?i)\bon\s+(?:long[- ]?term|regular|daily|maintenance|lifelong|life-long|permanent)\s+(?:oral\s+)?"
                            r"(?:pred|prednisolone|prednisone|hydrocortisone|steroids?|dexamethasone|corticosteroids?)\b|"
                            r"长期(?:口服|吃|服用|用)(?:激素|泼尼松|强的松|氢化可的松|地塞米松)")
ADDISONS_NAMED = rx.compile(r"(?i)\baddison'?s\b|艾迪生|阿狄森|肾上腺皮质功能(?:减退|不全)")
STEROID_NOTE = rx.compile(r"(?i)\b(?:pred\w*|hydrocort\w*|steroids?|dexameth\w*|addison'?s|adrenal\s+insufficiency|"
                          r"hypopituitar\w*|corticosteroids?)\b|激素|泼尼松|强的松|氢化可的松|艾迪生|肾上腺")
MISSED_DOSES = rx.compile(r"(?i)(?<!n't )(?<!not )(?<!never )\b(?:ran|run|running|has\s+run|have\s+run)\s+out\b|\b(?:hasn'?t|has\s+not|haven'?t|have\s+not|"
                          r"not|isn'?t|wasn'?t)\s+(?:been\s+)?taking\s+(?:her|his|my|their|the)\s+(?:tablets|pills|meds|"
                          r"medication|medicines|steroids?|pred\w*|hydrocort\w*)|\bstopped\s+(?:taking\s+)?(?:her|his|my|their|"
                          r"the)\s+(?:steroids?|pred\w*|hydrocort\w*)|\bmissed\s+(?:a\s+few\s+|several\s+|some\s+|her\s+|his\s+|"
                          r"my\s+)?(?:doses|tablets)\b|(?:激素|泼尼松|强的松|氢化可的松|药)(?:已经)?(?:吃完了|停了|断了|没吃|忘了吃)")
# An aortic dissection's tearing pain and its arms' different pressures in Chinese (撕裂样剧痛, 像被撕开一样疼; 左上肢BP
# 182/100，右上肢BP 146/84, 两只手量血压差很多), and a sudden, severe pain between the shoulder blades in English
ZH_TEARING = rx.compile(r"撕裂(?:样|一样|般|似的)|(?:像|好像)(?:被)?(?:撕开|撕裂|扯开|撕)(?:了)?一样|撕开一样")
ZH_CHEST_OR_BACK = rx.compile(r"胸|背|腰|肩胛")
ARMS_PRESSURES = rx.compile(
    r"(?i)(?:两只手|两手|左右手|双上肢|两侧上肢|两边胳膊|两个胳膊)[^。；]{0,8}?血压[^。；]{0,4}?(?:差|不一样|相差|不同)|"
    r"(?:左|右)(?:上肢|手|胳膊|臂|边)[^。；\d]{0,8}?\d{2,3}[^。；]{0,16}?(?:右|左)(?:上肢|手|胳膊|臂|边)[^。；\d]{0,8}?\d{2,3}|"
    r"\b(?:r|l|rt|lt|right|left)\s+arm\s*(?:bp\s*)?[:=]?\s*\d{2,3}\s*/\s*\d{2,3}[^.;]{0,20}?\b(?:l|r|lt|rt|left|right)\s+arm\b|"
    r"\bbp\s+(?:in\s+)?(?:the\s+)?(?:r|l|rt|lt|right|left)\s+arm\s*[:=]?\s*\d{2,3}\s*/\s*\d{2,3}[^.;]{0,20}?\b(?:l|r|lt|rt|left|"
    r"right)\s+(?:arm\s*)?\d{2,3}")
BLOOD_PRESSURE_NOTE = rx.compile(r"(?i)血压|(?<![a-z])bp(?![a-z])|mmhg|blood\s+pressure")
INTERSCAPULAR_SUDDEN = rx.compile(r"(?i)\b(?:sudden(?:\s+onset)?|abrupt|severe|worst|tearing|ripping|excruciating|agonising|"
                                  r"agonizing)\b[^.;!?\n]{0,30}?\bpain\s+(?:between|in\s+between)\s+(?:the\s+|my\s+|his\s+|her\s+)?"
                                  r"shoulder[- ]?blades\b")
# Ketones measured negative in Chinese (尿酮（-）, 酮体阴性, 血酮阴性): no raised ketones
# (and a trace, (±): "尿酮体（±）" beside a glucose of 42.6 and a sodium of 152 is a hyperosmolar state's, JBDS-IP 2022:
# HHS allows mild ketonaemia; set DA had led with a DKA)
ZH_KETONES_NEGATIVE = rx.compile(r"(?:尿|血)?酮体?\s*[:：]?\s*(?:[（(]\s*[-－−±]\s*[)）]|阴性|[-－−](?![\d.])|±)")
# One testicle higher than the other, told of "the left one" ("says his left one feels higher up and very tender", a
# 14-year-old's torsion after a kick between the legs, set BN, read only the vomiting), in a note about the testicles
HIGHER_ONE = rx.compile(r"(?i)\b(?:left|right|one)\s+(?:one|side|ball|testicle|nut)\s+(?:feels|looks|is|sits|seems|has\s+gone|"
                        r"went)\s+(?:a\s+bit\s+|a\s+lot\s+|much\s+|slightly\s+)?(?:higher|raised|pulled\s+up|up\s+higher)\b")
TESTICLE_NOTE = rx.compile(r"(?i)\b(?:balls?|testic\w*|testes|nuts?|scrot\w*|between\s+(?:the|his|my)\s+legs|privates|"
                           r"private\s+parts|bits|groin|willy|penis)\b|睾丸|蛋蛋|阴囊")
# Cannabis ("smoking a lot of weed the last few months", set CX: a 16-year-old's psychosis read tobacco and, weed spelt
# as wee, a frequent wee); a psychosis's beliefs of being filmed, followed or sent messages, and a camera taped over
CANNABIS_USE = rx.compile(r"(?i)\b(?:smok\w*|vap\w*|using|uses|used|on|into|takes?|taking|took)\s+(?:a\s+lot\s+of\s+|loads\s+of\s+|"
                          r"lots\s+of\s+|some\s+|heavy\s+|a\s+bit\s+of\s+|more\s+)?(?:weed|cannabis|skunk|marijuana|spliffs?|"
                          r"joints|ganja|dope|thc)\b|大麻")
WEED = rx.compile(r"(?i)\bweed\b")
BEING_WATCHED = rx.compile(
    r"(?i)\b(?:tv|television|radio|phone|computer|laptop|neighbours?|neighbors?|people|they|government|police|mi5|cia)\b"
    r"[^.;!?]{0,30}?\b(?:is\s+|are\s+)?(?:sending|giving)\s+(?:him|her|me|them)\s+(?:secret\s+|special\s+|hidden\s+)?"
    r"(?:messages|signals|codes|signs)\b|\b(?:filming|spying\s+on|recording|monitoring|tracking|bugging)\s+(?:him|her|me|"
    r"them)\s+(?:through|via|with|from|on|in)\b|\b(?:taped|covered|stuck\s+tape)\s+over\s+(?:the\s+)?(?:cameras?|webcams?)\b")
# Cuts made on oneself ("multiple fresh superficial linear cuts on both forearms ... uses a pencil sharpener blade 'when
# things get too much'", set CX: a 14-year-old's self-harm read only a broken skin and led with a psychosis)
SELF_CUTTING = rx.compile(r"(?i)\b(?:cuts|cutting)\s+(?:herself|himself|myself|themselves|themself)\b(?!\s+(?:on|shaving|while|by))|"
                          r"\bcut\s+(?:herself|himself|myself|themselves)\s+(?:on\s+purpose|deliberately|again|to\s+cope|with\s+a\s+"
                          r"(?:razor|blade))\b|"
                          r"\b(?:uses?|used|using)\s+(?:a\s+)?(?:pencil\s+sharpener\s+|razor\s+)?(?:blades?|razors?)\b|"
                          r"\b(?:linear|parallel|self[- ]inflicted)\s+(?:[\w]+\s+){0,2}?(?:cuts|lacerations|scratches|wounds)\b")
# Pus from the nose in a note of a blocked nose ("blocked nose, purulent discharge", set CY: a sinusitis read a skin's pus)
# (not one nostril's: "smelly green discharge from ONE nostril only", a child's nasal foreign body)
PURULENT_DISCHARGE = rx.compile(r"(?i)\b(?:purulent|green|yellow(?:y|ish)?|thick)\s+(?:nasal\s+)?discharge\b")
NOSE_WORDS = rx.compile(r"(?is)^(?!.*\b(?:one|1|single|left|right|same)\s+(?:nostril|side)\b).*(?:\bnos(?:e|al|tril)|sinus|snot|"
                        r"blocked|congest|rhin|\bpnd\b|post-?nasal)")
# A racing heart that starts and stops like a switch ("like someone flicked a switch ... stopped just as suddenly after
# about 20 mins when I held my breath and bore down", set CW: an SVT in a woman with panic attacks led with them)
SWITCHED_ON_AND_OFF = rx.compile(
    r"(?i)\bflick(?:ed|ing|s)?\s+(?:a|the)\s+switch|\blike\s+(?:a|someone\s+flicking\s+a)\s+switch|\bswitch(?:ed|es)?\s+"
    r"(?:on|off)\b|\bstop(?:s|ped)\s+(?:just\s+)?as\s+(?:suddenly|quickly|abruptly)|\bstart(?:s|ed)\s+and\s+stop(?:s|ped)\s+"
    r"(?:suddenly|abruptly|all\s+of\s+a\s+sudden)|\b(?:held|hold|holding)\s+(?:my|her|his)\s+breath\s+and\s+(?:bore|bear|"
    r"bearing|push\w*|strain\w*)\s+down|突然(?:开始|发作)[^。；]{0,10}?突然(?:停|好|恢复)|(?:一下子|突然)就?(?:好了|停了|恢复了)")
HEART_NOTE = rx.compile(r"(?i)\bheart|palpitat|\bpulse|racing|pounding|\bbpm\b|心跳|心慌|心悸")
# Blood brought up after retching or vomiting ("after retching really hard there was bright red blood, probably a
# cupful", set BD: a bleed read nothing once a bleed needed its own signs), not "no blood", nor a blood test
BLOOD_AFTER_RETCHING = rx.compile(
    r"(?i)(?<!no\s)(?<!not\s)(?<!n't\s)\b(?:retch\w*|vomit\w*|being\s+sick|been\s+sick|was\s+sick|throwing\s+up|threw\s+up)\b"
    r"[^.;!?]{0,40}?(?<!no\s)(?<!not\s)(?<!without\s)(?<!any\s)\b(?:(?:bright\s+|fresh\s+|dark\s+)?red\s+)?blood\b"
    r"(?!\s+(?:tests?|pressure|sugars?|glucose|results?|count|thinners?))|\b(?:a\s+|about\s+a\s+|probably\s+a\s+)?cupful\s+of\s+"
    r"blood\b")
# A thing felt stuck under the lid ("feels like theres something stuck under the lid": a metal grinder's foreign body read
# as a discharge's stuck lids)
STUCK_UNDER_THE_LID = rx.compile(r"(?i)\bsomething\s+(?:is\s+|was\s+)?(?:stuck\s+|caught\s+|trapped\s+)?(?:in|under|behind|"
                                 r"beneath)\s+(?:my|his|her|the)\s+(?:upper\s+|lower\s+|top\s+|bottom\s+)?(?:eye)?lids?\b")
# A jaw that aches with a sweat or an indigestion ("indigestion since lunch, bit sweaty and now says his jaw aches too":
# a 68-year-old's heart attack read only the sweat once a bleed no longer counted by chance); indigestion is heartburn
JAW_ACHES = rx.compile(r"(?i)\bjaw\s+(?:aches?|aching|hurts?|hurting|is\s+(?:aching|sore|painful|hurting)|pain|ache|feels\s+"
                       r"(?:tight|heavy|sore))\b|\b(?:ache|pain|aching|tightness)\s+(?:in|into|to|up\s+(?:in)?to)\s+(?:my|his|"
                       r"her|the)\s+jaw\b")
HEART_ATTACK_NOTE = rx.compile(r"(?i)\bchest|\bindigestion|\bsweat|\bclammy|\bheart|\bangina|\bbreathless|\bshort\s+of\s+breath")
# Knuckles or finger joints swollen or stiff ("both wrists and the knuckles at the base of my fingers are swollen and
# stiff every morning", set CU: a rheumatoid arthritis read a wrist's swelling alone): the small joints, both hands
KNUCKLES_SWOLLEN = rx.compile(r"(?i)\b(?:knuckles|finger\s+joints|joints\s+(?:of|in)\s+(?:my|his|her|the|both)\s+(?:fingers|hands)|"
                              r"mcps|mcp\s+joints|small\s+joints)\b[^.;!?]{0,40}?\b(?:swollen|swelling|puffy|stiff|painful|sore|"
                              r"achy|aching|hurt|hurting)\b")
# A thing a lump is the size of ("the size of a golf ball"): its ball is not a testicle ("golf ball, red hot and really
# painful" read a red scrotum); read as nothing (``READ_AS_NOTHING``; not a cricket ball that hit an eye, nor football)
SIZE_OF_A_BALL = rx.compile(r"(?i)\b(?:size\s+of\s+(?:a\s+|an\s+)?(?:small\s+|large\s+|big\s+)?|(?:as\s+)?big\s+as\s+(?:a\s+)?|"
                            r"like\s+a\s+)(?:golf|tennis|ping[- ]?pong|table[- ]tennis|cricket|squash|snooker|pool|bouncy|"
                            r"foot|rugby|marble|gum)?\s*-?\s*balls?\b")
# A spot's or a boil's head ("a lump on the edge of my lower eyelid with a yellow head": a stye read a jaundice)
SPOTS_HEAD = rx.compile(r"(?i)\b(?:yellow|yellowy|yellowish|white|whitish|pus|creamy)\s+(?:heads?|tops?|points?|centres?|centers?|"
                        r"middles?)\b")
# A bladder's "few dribbles" are no drooling (``UNABLE_TO_PASS_WATER``)
URINE_DRIBBLES = rx.compile(r"(?i)\b(?:pass|passing|wee|weeing|pee|peeing|urine|water)\b[^.;!?\n]{0,40}?\bdribbles\b")
# A gym's chest day is no chest pain ("did a new chest workout yesterday with heavy bench press" read a crushing chest
# pain, and a sore chest wall at 19 was an emergency, set DC)
CHEST_WORKOUT = rx.compile(r"(?i)\bchest\s+(?:workout|day|session|exercises?|press(?:es)?|fly|flys|flies|routine)\b|\bbench[- ]?press(?:ing|es)?\b|"
                           r"\bheavy\s+(?:weights?|lifting|bench)\b")
# A minor collision is no bump felt in the car ("a minor bump in a car park" read a peritonism's pain over bumps; it is
# read as a collision, ``CAR_WENT_INTO``)
MINOR_CAR_BUMP = rx.compile(r"(?i)\b(?:minor|small|little|slight)\s+bump\s+in\s+(?:a|the|my)\s+car\b")
# A raised flower bed is no ring-shaped rash ("fell against the edge of a raised bed onto his left side", set DA)
# A child drinking fine is no thirst ("He's drinking squash ok and weeing normally" was read as a diabetic's thirst, set DH)
DRINKING_FINE = rx.compile(r"(?i)\b(?:drinking|drinks|taking\s+fluids|tolerating\s+fluids)\s+(?:\w+\s+){0,2}?(?:ok|okay|fine|well|"
                           r"normally|alright|as\s+normal|as\s+usual)\b")
RAISED_BED = rx.compile(r"(?i)\braised\s+(?:flower\s+|garden\s+|vegetable\s+|veg\s+)?beds?\b")
# A limb's extent is no joint ("red, hot, swollen and tender from ankle to just below the knee" of a cellulitis was read
# as a hot swollen knee, set DH)
LIMB_RANGE = rx.compile(r"(?i)\bfrom\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:ankle|foot|toes?|wrist|hand|knee|elbow)\s+(?:up\s+)?to\s+"
                        r"(?:just\s+)?(?:(?:below|above|under|over)\s+)?(?:the\s+|his\s+|her\s+|my\s+)?(?:knee|elbow|hip|thigh|"
                        r"shoulder|groin|mid-?calf|mid-?shin|ankle)\b")
# No one in the family with it is not the patient's disease ("家里没人有糖尿病" of a child's DKA was read as a diabetes)
ZH_NONE_IN_FAMILY = rx.compile(r"(?:家里|家族|家人|家中|亲戚)(?:人)?(?:里|中)?(?:都)?(?:没人|没有人|没谁|无人|没有谁)(?:有|得过|得|患|患有|有过)(?:过)?"
                               r"[\u4e00-\u9fff]{1,8}")
# The back teeth are no back ("a hole in one of my back teeth" was read as a low back pain, set DJ)
BACK_TEETH = rx.compile(r"(?i)\bback(?=\s+(?:teeth|tooth|molars?)\b)")   # (the teeth still read)
# ... nor a tooth's twinge with cold a cold (``ALSO_READ`` reads it as the tooth's sensitivity)
COLD_OR_SWEET = rx.compile(r"(?i)\b(?:hurts?|hurting|twinges?|sensitive|zings?|aches?)\s+(?:with|to|when\s+(?:i\s+)?(?:have|eat|drink))\s+"
                           r"(?:anything\s+)?(?:cold|hot|sweet)\b(?:\s+(?:or|and|&)\s+(?:cold|hot|sweet))?|(?:喝|吃)(?:冷|凉|热|甜)的"
                           r"(?:东西)?(?:就|会)?(?:疼|痛|酸)")
TOOTH_NOTE = rx.compile(r"(?i)\bteeth\b|\btooth\b|\bmolars?\b|\bdentist|\bfilling|牙")
ANY_NOTE = rx.compile(r"(?s).")
# A fit note is a doctor's statement for work, no seizure ("Do I need a fit note for work?" of a lost voice was read as a
# fit and sent to the emergency department, set DH)
FIT_NOTE = rx.compile(r"(?i)\bfit\s*-?\s*notes?\b|\bfit\s+to\s+(?:work|fly|drive|travel|return)\b")
# A problem "coming back on the tablets" is one that recurs despite treatment, no tablets kept back ("low iron that keeps
# coming back even on tablets" was read as a stockpile of tablets and sent to the emergency department, set DP)
BACK_DESPITE_TABLETS = rx.compile(r"(?i)(?<=coming back )(?:even\s+|despite\s+)?(?:on|with|despite|after)\s+(?:the\s+|my\s+|her\s+|"
                                  r"his\s+|iron\s+)?(?:tablets|pills|meds|medication|treatment)\b")
# "I never get headaches" beside a headache: the headache is new, not denied (read as nothing; set DV:
# "a headache on the right side of my head, and I never get headaches" of a giant cell arteritis read it denied)
NEVER_GET_HEADACHES = rx.compile(r"(?i)\b(?:i|he|she|they)\s+(?:never|rarely|don'?t\s+(?:normally|usually|ever)|doesn'?t\s+"
                                 r"(?:normally|usually|ever))\s+(?:get|gets|have|has|suffer\s+(?:from|with))\s+headaches\b")
READ_AS_NOTHING = (BACK_DESPITE_TABLETS, SIZE_OF_A_BALL, SPOTS_HEAD, WEED, URINE_DRIBBLES, CHEST_WORKOUT, MINOR_CAR_BUMP, RAISED_BED, FIT_NOTE, DRINKING_FINE, LIMB_RANGE, ZH_NONE_IN_FAMILY, BACK_TEETH, COLD_OR_SWEET, NEVER_GET_HEADACHES)   # (weed is not a misspelt wee)
CONVINCED_OF = rx.compile(r"(?i)\bconvinced\s+(?:that\s+)?(?:the\s+)?(?:neighbours?|neighbors?|people|someone|they|police|"
                          r"government|everyone|his|her|my)\b[^.;!?]{0,60}?\b(?:cameras?|watching|following|spying|poison\w*|"
                          r"plotting|listening|bugged|after\s+(?:him|her|me))\b|\bcovered\s+the\s+windows\s+(?:in|with)\s+foil\b")
CONTACTS_IN = rx.compile(r"(?i)\b(?:slept|sleep|fell\s+asleep|sleeping|swim|swam|swimming|showered)\s+(?:in|with)\s+"
                         r"(?:my|his|her)\s+(?:contacts|contact\s+lenses|lenses)\b")
NAIL_DIGGING = rx.compile(r"(?i)\b(?:toe\s*nail|nail)\s+(?:is\s+|keeps\s+)?(?:digging|growing|cutting)\s+(?:into|in)\b")
WALK_WITH_HELP = rx.compile(r"(?i)\bcan\s+(?:only\s+)?walk\s+(?:with|holding\s+on\s*to|holding\s+onto)\s+(?:help|support|someone|a\s+stick|"
                            r"the\s+(?:wall|walls|furniture|banister|railing)|walls|furniture)\b|"
                            r"\bcan'?t\s+walk\s+without\s+(?:help|support|holding\s+on(?:to)?(?:\s+(?:the\s+)?(?:wall|walls|furniture|things))?)\b|"
                            r"走路(?:要|得|需要|只能)扶(?:着)?(?:墙|东西|家具|人)|扶(?:着)?墙(?:才能|才)(?:走|站)")
CROPS_SIDE_BY_SIDE = rx.compile(r"(?i)\bsome\s+(?:are|have\s+turned\s+into)\s+(?:little\s+|tiny\s+|small\s+)?blisters\b[^.;]{0,30}?"
                                r"\bsome\s+(?:have\s+|are\s+)?(?:crusted|scabbed|crusting|scabbing)")

# One leg's swelling said together with its pain ("pain and swelling in my left calf", "my left calf is swollen and
# painful", "left leg swollen and sore"): the lexicon read only the calf's pain or a heavy leg, so a DVT's swollen leg
# went unread in 22 of 33 evaluation notes of one. Read beside the pain, whatever words it shares (``ALSO_READ``).
LEG_SWOLLEN_AND_SORE = rx.compile(
    r"(?i)\b(?:(?:pain|ache|aching|tenderness|soreness|redness)\s+and\s+swelling|swelling\s+and\s+(?:pain|tenderness|"
    r"redness|soreness))\s+(?:in|of|to|on|around)\s+(?:my|his|her|the)\s+(?:\w+\s*,\s*|\w+\s+and\s+){0,4}"
    r"(?:(?:left|right|l|r)\s+)?(?:calf|thigh|leg|lower\s+leg|shin)\b|"
    r"\b(?:left|right|l|r|one|my|his|her)\s+(?:calf|leg|lower\s+leg|thigh)\s+(?:is\s+|has\s+been\s+|got\s+|has\s+gone\s+|"
    r"gone\s+|went\s+)?(?:all\s+)?(?:swollen|puffy|swelled\s+up)\s*(?:and|&|,)\s*(?:painful|sore|tender|red|hot|achy|aching)\b|"
    r"\b(?:left|right|l|r|one|my|his|her)\s+(?:calf|leg|thigh)\s+(?:is\s+)?(?:painful|sore|tender|red|hot|achy)\s*(?:and|&|,)\s*"
    r"(?:swollen|puffy)\b")

# Set AE (Chinese): a croup's noise on breathing in (吸气的时候能听见嗓子里有呼呼的声音: stridor, not a wheeze), a
# lung's pain on breathing in (吸气越深越疼), a chest's sudden stab, a lower belly's pain that comes and goes on one
# side, an ankle swollen on its outer side, breathing said to be normal (喘气正常 was breathlessness)
ZH_INSPIRATORY_NOISE = rx.compile(r"(?<!咳完)(?<!咳完后)(?<!咳嗽完)吸气(?:的时候|时|时候)[^。；，,鸡]{0,12}?(?:呼呼|嘶嘶|咝咝|吼吼|呼哧|拉风箱|"
                                  r"声音|响)")   # (not a whooping cough's 咳完吸气…鸡叫一样的声音)
ZH_PLEURITIC = rx.compile(r"(?:吸气|喘气|深呼吸|吸一口气)[^。；，,]{0,4}?(?:越深越|就|时|的时候)(?:更)?(?:疼|痛)")
ZH_CHEST_STAB = rx.compile(r"(?:胸口|胸部|胸前)[^。；，,]{0,6}?(?:像针扎|针扎一样|刺痛|扎着疼|扎了一下)")
ZH_LOW_BELLY = rx.compile(r"(?:左边|右边|左侧|右侧|一边)?小肚子[^。；，,]{0,8}?(?:疼|痛)")
ZH_ANKLE_SWOLLEN = rx.compile(r"(?:脚脖子|脚踝|踝关节)[^。；，,]{0,4}?肿")
ZH_BREATHING_FINE = rx.compile(r"(?:喘气|呼吸|喘)(?:也)?(?:正常|没问题|不费劲|顺畅|还行|不喘)|(?<![是会])不(?:气喘|憋气|气促|气急)")

# A finding the patient asks about for themselves ("I sometimes stare and my eyes freeze - do you think I'm having
# seizures?", "am I having a panic attack?"): a question, not a finding stated (it made a real question an emergency).
# Only the first person: "is he having a seizure?" from a carer keeps the fit.
OWN_QUESTION_BEFORE = rx.compile(
    r"(?i)\b(?:do you think (?:i['’]?m|i am|i have|i'?ve got|i could have|i might have|i may have|it['’]?s|this is)|"
    r"(?:could|might|can) (?:i|this|it) (?:be|have|be having)|am i (?:having|getting)|do i have|have i got)\s+"
    r"(?:\w+\s+){0,2}$")   # (not "is this a rash?", "are these hives?": what they see is asked about by name)

# The bottom of the back ("it's across the bottom of my back", "pain in the small of the back", "something went in my
# lower back"): low back pain (a back strain's whole story read as a heard pop and nothing else; not the spine: "a boil at
# the base of my spine" is a pilonidal one)
BOTTOM_OF_BACK = rx.compile(r"(?i)\b(?:across|in|at|along|round|around)\s+the\s+(?:bottom|base|small|lower part)\s+of\s+"
                            r"(?:my|his|her|the)\s+back\b|\b(?:something|it)\s+(?:go|went|gone|going|give|gave)\s+"
                            r"in\s+(?:my|his|her|the)\s+(?:lower\s+)?back\b")
# Lifting or moving something heavy ("helping move a sofa up three flights of stairs", "lifting boxes at work")
HEAVY_LOAD = rx.compile(r"(?i)\b(?:mov|lift|carr(?:y|ied|ying)|shift|heav|hump|lug)\w*\s+(?:(?:a|the|some|heavy|big|"
                        r"his|her|my|their|all the|loads of)\s+){0,2}(?:sofas?|settees?|couch(?:es)?|fridges?|freezers?|"
                        r"furniture|boxes|wardrobes?|washing machines?|mattress(?:es)?|paving slabs?|slabs|bags of cement|"
                        r"cement bags|crates?|tyres?|logs|a patient|patients|pianos?)\b")

# (pattern, finding), optionally with a pattern that rules it out when its sentence holds it (or None) and one its
# sentence must hold
# A course of antibiotics named by the drug ("finished clindamycin for a tooth infection 4 days ago", 刚吃完头孢): the
# history that makes diarrhoea C. difficile (a 76-year-old's watery diarrhoea after clindamycin was self-care).
_ANTIBIOTICS = (r"antibiotics?|abx|amoxi\w*|co-?amoxiclav|augmentin|clindamycin|cefalexin|cephalexin|cefuroxime|"
                r"ceftriaxone|cef\w+|ciprofloxacin|cipro|levofloxacin|doxycycline|clarithromycin|erythromycin|"
                r"azithromycin|flucloxacillin|penicillin|trimethoprim|nitrofurantoin|metronidazole|co-?trimoxazole|"
                r"lymecycline|tetracycline|vancomycin|gentamicin|tazocin|meropenem")
RECENT_ANTIBIOTICS = rx.compile(
    rf"(?i)\b(?:finish(?:ed|ing)(?:\s+off)?|complet(?:ed|ing)|stopped|was on|been on|were on|took|taken|taking|on a course of|"
    rf"course of|started|given|prescribed|had|kept (?:me|him|her|them) on|put (?:me|him|her|them) on)\s+(?:a\s+|my\s+|the\s+|some\s+|\d+\s+days?\s+of\s+|a\s+course\s+of\s+|"
    rf"a\s+week\s+of\s+|\d+/(?:7|52)\s+(?:of\s+)?)?(?:{_ANTIBIOTICS})\b|"
    r"(?:刚|才|上周|前几天|最近|这几天)?(?:吃完|吃了|用了|打了|输了|挂了|开了)[^，。；,]{0,6}?(?:抗生素|消炎药|头孢|阿莫西林|克林霉素|左氧氟沙星|"
    r"阿奇霉素|青霉素|甲硝唑)")

# A lump in the breast of a woman with mastitis or a sore, red breast: the abscess's lump ("the lump in my left breast
# has got bigger and feels squishy, skin red" read nothing, and her 6-week-old baby's age was taken for hers)
BREAST_LUMP = rx.compile(r"(?i)\blump (?:in|on) (?:my|her|the) (?:left |right |l |r )?(?:breast|boob)|"
                         r"\b(?:breast|boob) lump|乳房(?:里|上)?(?:有)?(?:个|一个)?(?:硬块|肿块|包块|疙瘩)")
# (its pain or soreness not denied: "lump in my breast, not painful" had a breast abscess at 97%, urgent)
_NOT = r"(?<!not )(?<!n't )(?<!no )(?<!nt )(?<!without )(?<!never )"
SORE_BREAST = rx.compile(r"(?i)mastitis|breastfe|feeding|\bred\b|redness|" + _NOT + r"\bsore|" + _NOT + r"\bpain(?!less)|(?<!not )tender|\bhot\b|squishy|fluid|"
                         r"pus|乳腺炎|哺乳|喂奶|红|疼|痛|热")

# From a sixth blind set (fresh_notes_u, 2026-12-04):
# Losing both smell and taste ("lost my sense of smell and taste completely"): the taste too (the smell is the lexicon's)
SMELL_AND_TASTE_LOST = rx.compile(r"(?i)(?:(?<=smell and )|(?<=smell & )|(?<=smell or )|(?<=smell and my )|"
                                  r"(?<=smell and the ))taste\b")
LOSS_WORDS = rx.compile(r"(?i)\b(?:lost|lose|losing|gone|can'?t|cannot)\b")
# A red blotch on the white of the eye ("a big bright red blotch covering the white of my left eye"): a burst vessel,
# not a skin rash (the lexicon's "red blotch" took the words)
RED_ON_WHITE_OF_EYE = rx.compile(r"(?i)\b(?:red|blood|bloody)\s+(?:blotch|patch|spot|mark|area|splodge)(?:es|s)?\b[^.;!?]{0,30}?"
                                 r"\bwhite\s+(?:part\s+)?of\s+(?:my|his|her|the|their)\s+(?:left\s+|right\s+)?eyes?\b|"
                                 # "the white of my left eye has a bright red blotch of blood on it"
                                 r"\bwhite\s+(?:part\s+)?of\s+(?:my|his|her|the|their)\s+(?:left\s+|right\s+)?eyes?\b[^.;!?]{0,25}?"
                                 r"\b(?:red|blood|bloody)\s+(?:blotch|patch|spot|mark|area|splodge)(?:es|s)?\b(?:\s+of\s+blood)?")
# A testicle in everyday words ("sudden really bad pain in my left ball woke me up"): the sudden pain of a torsion, or
# a painful testicle (not "the ball of my foot", not a ball that hit someone)
_BALL = r"(?:left|right|l|r|one)\s+(?:ball|nut|testicle|testis|bollock)\b(?!\s+of)|\b(?:balls|testicles?|nuts|bollocks)\b(?!\s+of)"
SUDDEN_BALL_PAIN = rx.compile(rf"(?i)\b(?:sudden(?:ly)?|woke|waking|out of nowhere)\b[^.;!?]{{0,30}}?\bpain\b[^.;!?]{{0,12}}?"
                              rf"\b(?:in|on)\s+(?:my|his|the)\s+(?:{_BALL})")
BALL_PAIN = rx.compile(rf"(?i)\b(?:pain|ache|aching)\s+(?:in|on)\s+(?:my|his|the)\s+(?:{_BALL})|"
                       rf"\b(?:my|his)\s+(?:{_BALL})\s+(?:is\s+|are\s+)?(?:really\s+|very\s+)?(?:hurts?|hurting|sore|killing|"
                       rf"painful|swollen|aching)")
# An ankle rolled or turned ("Rolled my ankle landing badly at netball"): the injury, read on the verb alone and after the
# lexicon, so that the ankle stays the lexicon's ("rolled my ankle at netball, swollen on the outside and bruising")
ANKLE_ROLLED = rx.compile(r"(?i)\b(?:rolled|turned|went over on|went over|landed badly on|going over on)(?=\s+(?:my|his|her|their|the|"
                          r"an|on\s+(?:my|his|her|the))\s+(?:left\s+|right\s+)?ankles?\b)")
# ... and the ankle itself, when nothing else read it, its pain ("I rolled my ankle playing football. It's swollen")
ROLLED_ANKLE = rx.compile(r"(?i)(?:(?<=rolled my )|(?<=rolled his )|(?<=rolled her )|(?<=turned my )|(?<=turned his )|"
                          r"(?<=over on my )|(?<=over on his )|(?<=badly on my ))(?:left |right )?ankle\b")
# Both legs weak in Chinese ("双腿越来越没力气", "两条腿没劲"): the legs' weakness, not tiredness (not 腿发软, often a
# faint's; a stroke's one side is ``ZH_ONE_SIDE_WEAK``)
ZH_LEGS_WEAK = rx.compile(r"(?:双腿|两条腿|两腿|双下肢|两只脚|双脚)[^，。；！？,]{0,5}?(?<!没有)(?<!没)(?:没力气|没劲|无力|使不上劲|抬不起来)")
# Spots that do not fade under a glass ("a few little purple spots on my legs that dont fade when i press a glass on
# them"): a non-blanching rash, meningococcal disease's sign (NICE NG240); the lexicon's phrasings of it hold the "not"
# that keeps them from being matched with words between
# (read on the noun, so that the "not" in its words denies nothing and a "no" before it still does)
NON_BLANCHING = rx.compile(r"(?i)\b(?:spots?|rash|dots|marks|blotches|pinpricks)\b(?=[^.;!?]{0,40}?\b(?:don'?t|doesn'?t|do not|"
                           r"does not|didn'?t|won'?t|wont|not|never)\s+(?:fade|go away|disappear|blanch|go pale|go white|change)"
                           r"\w*\b[^.;!?]{0,30}?\b(?:press\w*|glass|push\w*|tumbler))")
# Muddled, of a person ("she's been really muddled"), read after the lexicon; not words or speech coming out muddled
# and said strongly ("really muddled", "become muddled", "more and more muddled": not "a bit muddled" or "shaky, sweaty and
# muddled" after a hypo that came round - confusion is an emergency sign)
MUDDLED = rx.compile(r"(?i)\b(?:really|very|completely|totally|so|increasingly|more|been|become|becoming|gone|getting|got)\s+"
                     r"(?:really\s+|very\s+|quite\s+|more\s+and\s+more\s+)?muddled\b|"
                     # ... or said of now ("the wife says I'm a bit muddled this morning", "he seems muddled")
                     r"\b(?:i'?m|i am|he'?s|she'?s|he is|she is|seems?|seemed|looks?)\s+(?:a bit\s+|a little\s+|bit\s+|slightly\s+|"
                     r"quite\s+)?muddled\b")
NOT_A_PERSONS = rx.compile(r"(?i)\bwords?\b|\bspeech\b|\bspeak|\bspoke|\btalk|\bsentences?\b|\bletters\b|\bpaperwork")
# Sight in one eye gone in moments ("the vision in my left eye just went, within seconds, everything grey-black"):
# sudden loss of vision (central retinal artery occlusion is a stroke of the eye: NICE CKS, RCOphth - an emergency)
SIGHT_GONE = rx.compile(r"(?i)\b(?:vision|sight|eyesight)\s+in\s+(?:my|his|her|the)\s+(?:left\s+|right\s+)?eye\s+(?:just\s+|suddenly\s+)?"
                        r"(?:went|gone|has gone|disappeared|went black|went dark|blacked out|went grey)\b|"
                        r"\b(?:suddenly|all of a sudden)\s+(?:went\s+)?blind\s+in\s+(?:my|his|her|one)\s+(?:left\s+|right\s+)?eye\b|"
                        r"\bcan'?t\s+see\s+(?:anything\s+)?(?:out\s+of|with)\s+(?:my|his|her)\s+(?:left|right)\s+eye\b")
# Shaking that cannot be stopped with a fever ("fevers where i shake uncontrollably then sweat buckets"): rigors; not
# shaking after an injection or with panic
SHAKING_UNCONTROLLABLY = rx.compile(r"(?i)\b(?:shak(?:e|ing)|shiver(?:ing)?)\s+(?:all over\s+)?uncontrollabl[ey]|\buncontrollable\s+"
                                    r"(?:shaking|shivering)|\bteeth\s+(?:were\s+|are\s+)?chattering")
FEVER_WORDS = rx.compile(r"(?i)\bfever|\btemp|\bhot\b|\bsweat|\bchills?\b|\bcold\b|发烧|发热|寒战")
# Ways looked up beside suicidal thoughts ("everyone would be better off without me and have been looking up ways"):
# a plan in the making (NICE NG225), not "looking up ways to lose weight"
LOOKING_UP_WAYS = rx.compile(r"(?i)\b(?:looking|looked|look|searching|searched|researching|researched|reading)\s+(?:up\s+)?"
                             r"(?:ways|methods|how to do it|how to end it)\b(?!\s+to\s+(?:lose|get|make|stop|treat|help|improve|"
                             r"cure|relieve|reduce|sleep|cope|feel|manage|fix))")
SUICIDAL_WORDS = rx.compile(r"(?i)better off without me|kill myself|end(?:ing)? it|end(?:ing)? my life|die\b|dead\b|suicid|no point|"
                            r"don'?t want to (?:live|be here)|not be here|take my (?:own )?life")
# A tearing or ripping pain through the back or chest ("this tearing pain right through my back between the shoulder
# blades"): an aortic dissection's pain (read before the lexicon, which read the back's pain alone)
# Sunburn now, in the writer's words ("bad sunburn on my back" was low back pain, "fell asleep at the beach, back and
# shoulders are bright red and painful" a back pain with a dental caries lead): a burn (NHS "Sunburn"); not a history
# of sunburn (a mole's risk) or cheeks that look sunburnt (slapped cheek). The skin it names is the burn's, not a
# back or a shoulder's pain (``SUNBURNT_PARTS``).
SUNBURN_NOW = rx.compile(
    r"(?i)(?<!history of )(?<!previous )(?<!past )(?<!look )(?<!looks )(?<!like )(?<!of )(?<!had )(?<!had bad )(?<!had a bad )"
    r"(?<!had severe )(?<!had many )(?<!had lots of )(?<!had a lot of )\b(?:sun\s?burn(?:t|ed)?(?!s)|"
    r"burnt\s+(?:in|by)\s+the\s+sun|burned\s+(?:in|by)\s+the\s+sun|fell\s+asleep\s+(?:in\s+the\s+sun|at\s+the\s+beach|"
    r"on\s+the\s+beach|by\s+the\s+pool|sunbathing|on\s+(?:a|the|my)\s+sun\s?(?:lounger|bed))|"
    # ("fell asleep on the sun lounger without suncream for 2 hours", set DE: read as a cellulitis's redness)
    r"without\s+(?:any\s+)?(?:sun\s?cream|sun\s?screen|sun\s?block|spf))\b(?![^.;!?\n]{0,30}\b(?:as\s+a\s+(?:teen|teenager|child|kid)|when\s+i\s+was|"
    r"years\s+ago|in\s+the\s+past|growing\s+up))")
# "periods stopped 2 months" (the stopped period of ``EN_EVERYDAY``'s absent period, as a pattern: as phrasings there the
# words "stopped" made "a drink in the morning to stop my hands shaking" a stopped drinker's); after the years of
# ``YEARS_WITHOUT_PERIODS`` in ``BEFORE_LEXICON``, which take their words first
PERIODS_STOPPED = rx.compile(r"(?i)\b(?:my\s+)?(?:periods?|menses)\s+(?:have\s+|has\s+|had\s+|just\s+)?(?:stopped|stop)\b"
                             r"(?![^.;,\n]{0,25}\b(?:when|age|aged|years?|yrs?|at\s+\d\d|menopause|the\s+change|in\s+my\s+\d0s)\b)")
SUNBURNT_PARTS = frozenset({"low_back_pain", "back_pain", "shoulder_pain", "neck_pain", "upper_back_pain"})
SKIN_RED_WORDS = rx.compile(r"(?i)\b(?:red|reddish|burnt|burning|peeling|raw|pink|hot\s+to\s+touch|sore\s+to\s+touch|stings?|"
                            r"blister\w*|sunburn\w*)\b")
# Blood vomited in Chinese with words between ("今天突然吐了一大口血，鲜红色的": a cirrhotic's variceal bleed read as
# vomiting), and a groin bulge in a crying baby ("大腿根到阴囊上面会鼓起一个包": an inguinal hernia read nothing)
ZH_VOMIT_BLOOD = rx.compile(r"(?:吐|呕)(?:了|出)?(?:一大口|一口|好几口|几口|好多|很多|一些|一点|半碗|一碗|大口)?(?:的)?(?:鲜|暗红色的?|咖啡色的?)?血")
ZH_GROIN_BULGE = rx.compile(r"(?:大腿根|腹股沟|阴囊|蛋蛋)[^。；！？]{0,10}?(?:鼓起|鼓出|凸起|突出|冒出|起|鼓)(?:来)?(?:了)?(?:一个|个)?(?:包|疙瘩|肿块)")
# "can only go every 4 days", "poos every 5 days": constipation
EVERY_FEW_DAYS = rx.compile(r"(?i)\b(?:only\s+)?(?:go|goes|going|poo|poos|pooing|opens?\s+(?:my|her|his)\s+bowels)\s+(?:about\s+)?"
                            r"(?:once\s+)?every\s+(?:[3-9]|three|four|five|six|seven|few|several)\s+days\b")
# A fall or a blow to the chest in the writer's words ("Slipped in the shower ... hit the right side of my chest on the
# edge of the bath. Really sore on one spot when I press it, hurts to take a deep breath": a rib injury was an
# emergency by a pulmonary embolism with no injury read)
SLIPPED = rx.compile(r"(?i)\bslipped\s+(?:in|on|off|down|over)\s+(?:the\s+|some\s+|a\s+)?(?:shower|bath|ice|stairs?|steps?|"
                     r"floor|wet\s+floor|kitchen\s+floor|pavement|mud|tiles?|ladder|bathroom|toilet|kitchen|hall(?:way)?|"
                     r"garden|yard|street|road|car\s+park|garage|leaves|grass)\b|\bslipped\s+and\s+fell\b")
# A fall in plain words ("69M fell against edge of bath yest", "I fell over yesterday", "had a fall at home", "tripped
# on the kerb"): a fall (2026-12-05d: read only with a named place, so a fall onto the ribs read no injury); not falling
# asleep, ill, pregnant, behind or out with someone
FELL = rx.compile(r"(?i)(?<!nearly )(?<!almost )(?<!nearly )(?<!near )\b(?:fell|had\s+a\s+fall|has\s+had\s+a\s+fall|took\s+a\s+tumble|tripped)\b"
                  r"(?!\s+(?:asleep|ill|sick|pregnant|apart|behind|short|silent|quiet|in\s+love|out\s+with|for\s+(?:it|a|the)|through|"
                  r"off\s+the\s+wagon|into\s+(?:a\s+)?(?:routine|habit|place)))")
CHEST_BLOW = rx.compile(r"(?i)\b(?:hit|banged|bumped|knocked|struck|landed\s+on|fell\s+on(?:to)?)\s+(?:the\s+)?(?:right\s+|left\s+)?"
                        r"(?:side\s+of\s+)?(?:my|his|her|the)\s+(?:(?:right|left)\s+)?(?:side\s+of\s+(?:my|his|her)\s+)?(?:chest|ribs?)\b|"
                        # ("kicked by a cow in the parlour this morning, right side ribs", set DU)
                        r"\b(?:kicked|butted|trampled|crushed|squashed|pinned|rammed)\s+(?:by|against|under)\s+(?:a|an|the|one\s+of\s+"
                        r"the)\s+(?:\w+\s+){0,2}?(?:cows?|horses?|bull|heifers?|calf|pony|ram|goat|forklift|pallet|beast)\b"
                        r"[^.;!?]{0,60}?\b(?:ribs?|chest)\b")
TENDER_SPOT_PRESSED = rx.compile(r"(?i)\b(?:sore|tender|hurts?|painful)\s+(?:(?:on|in|at)\s+(?:one|a)\s+spot\s+)?when\s+(?:i|you)\s+"
                                 r"(?:press|push)\s+(?:on\s+)?(?:it|there|that\s+spot|the\s+spot)\b|"
                                 # ("theres one spot thats agony to press", set DU)
                                 r"\b(?:one|a|this)\s+(?:spot|point|place)\s+(?:that'?s|thats|that\s+is|which\s+is)\s+(?:really\s+)?"
                                 r"(?:agony|sore|tender|painful|excruciating)\s+(?:to|if\s+(?:i|you))\s+(?:press|push|touch)\w*")
# A collapse during exertion ("72M collapse while walking uphill, no prodrome, brief LOC": an aortic stenosis's
# exertional syncope, NICE CG109's red flag, read nothing of the exertion)
COLLAPSED_ON_EXERTION = rx.compile(
    r"(?i)\b(?:collaps\w*|passed\s+out|fainted|blacked\s+out|keeled\s+over|went\s+down)\s+(?:while|when|during|on|mid)\s+"
    r"(?:walking\s+(?:up\s*hill|up\s+\w+)|running|a\s+run|jogging|exercis\w*|exertion|climbing|training|a\s+match|"
    r"playing\s+(?:football|rugby|basketball|tennis|squash|netball|hockey|sport)|cycling|swimming|the\s+race|a\s+race)")
# A heat stroke's hot dry skin in a friend's words ("hes burning hot to touch but not sweating at all")
HOT_NOT_SWEATING = rx.compile(r"(?i)\bhot\s+to\s+(?:the\s+)?touch\s+but\s+(?:not|isn'?t|wasn'?t|no)\s+sweat\w*|"
                              # ("He's very hot to touch, confused, not making sense, skin dry", set CO)
                              r"\bhot\s+to\s+(?:the\s+)?touch\b(?:[^.;!?]|(?<=\d)\.(?=\d)){0,60}?\b(?:skin\s+(?:is\s+|was\s+)?(?:very\s+)?dry|dry\s+skin|"
                              r"(?:not|hardly|barely|not\s+really)\s+sweating)\b|"
                              r"\b(?:skin\s+(?:is\s+|was\s+)?|feels?\s+)hot\s+and\s+dry\b|\bstopped\s+sweating\b")
# Set CB (hard-to-read notes): an ectopic's 左下腹一阵一阵刺痛 with words between, her 右边肩膀也有点痛 and 下面…褐色的出血; a
# pneumothorax's 吸气更痛; a COPD's sputum 增多转黄; an angina's chest pain on a hill that goes when he stops
ZH_LLQ_PAIN = rx.compile(r"左下腹[^，。；,;没无不]{0,6}?(?:刺痛|绞痛|胀痛|隐痛|疼|痛)")
ZH_RLQ_PAIN_GAP = rx.compile(r"右下腹[^，。；,;没无不]{0,6}?(?:刺痛|绞痛|胀痛|隐痛|疼|痛)")
# a turned ankle is an injury, beside the swelling the lexicon reads in the same words ("rolled ankle playing
# basketball, swollen but can walk on it" led with heart failure)
TURNED_ANKLE_VERB = rx.compile(r"(?i)\b(?:rolled|twisted|turned|sprained|inverted)(?=\s+(?:my\s+|his\s+|her\s+|an\s+|the\s+)?"
                          r"(?:left\s+|right\s+|l\s+|r\s+)?ankle\b)|\bwent\s+over(?=\s+on\s+(?:my|his|her)\s+ankle\b)")
ZH_SHOULDER_TIP = rx.compile(r"(?:右|左)(?:边|侧)?肩(?:膀|头)?(?:尖)?(?:也|还)?(?:有点|有些|也有点)?(?:痛|疼)")
ZH_DOWN_THERE_BLEEDING = rx.compile(r"下面(?:有|见|出了?)?(?:一点点|一点|少量|一些|点)?(?:褐色|咖啡色|暗红色|鲜红色|红色)?的?(?:出血|血|见红)|"
                                    r"下面(?:出血|见红)")
ZH_PLEURITIC_MORE = rx.compile(r"(?:吸气|深呼吸|呼吸|咳嗽)(?:时|的时候)?(?:更|就|会)?(?:加重|更痛|更疼|痛得更厉害|疼得更厉害|痛|疼)")
# (and "痰多了，颜色从白变成黄绿色", a COPD's in set CF)
ZH_SPUTUM_TURNED = rx.compile(r"痰(?:量)?(?:增多|变多|多了)?(?:并|且|、|，|,)?(?:颜色)?(?:从白色?|从清)?(?:转|变)(?:成|得)?(?:黄|绿|脓)")
EXERTIONAL_CHEST = rx.compile(
    r"(?i)\b(?:walk\w*|climb\w*|go(?:ing)?|run\w*|hurry\w*|rush\w*)\s+(?:up\s+(?:a\s+|the\s+)?(?:hill|stairs|slope|incline)|"
    r"upstairs|uphill)\b[^.;!?]{0,80}?\b(?:goes\s+(?:away|off)|settles|eases|stops|passes|better)\s+(?:after|when|once|if)\s+"
    r"(?:i|he|she)\s+(?:stop|rest|sit|slow)")
ZH_PELVIC_NOTE_WORDS = rx.compile(r"下腹|月经|例假|怀孕|同房|避孕|出血")
ZH_CHEST_WORDS = rx.compile(r"胸")
TEARING_PAIN = rx.compile(r"(?i)\b(?:tearing|ripping|torn|tear-like)\s+(?:pain|feeling|sensation|ache)\b[^.;!?]{0,40}?"
                          r"\b(?:back|shoulder blades?|chest|between)\b")
# A discharge from the penis in its colour ("thick yellow-green discharge from my penis"): a urethral discharge, not a
# vaginal one (the lexicon's "yellow-green discharge" is trichomonas')
PENILE_DISCHARGE = rx.compile(r"(?i)\b(?:(?:thick|creamy|cloudy|milky|watery|clear)\s+)?(?:yellow|green|yellowy|greenish|"
                              r"yellow-green|yellowish-green|white|whitish|cloudy|creamy|milky)(?:[\s-]+(?:green|yellow))?\s+"
                              r"(?:discharge|pus|gunk|stuff|goo)\s+(?:from|out of|coming out of|leaking from|dripping from)\s+"
                              r"(?:(?:my|his|the)\s+)?(?:penis|willy|dick|cock|urethra|tip|bell ?end|knob)\b")
# Spots turned into blisters ("red spots on his tummy ... that have turned into little blisters"): chickenpox's crops
# (the lexicon keeps the blisters; the turning is read on its verb)
SPOTS_TO_BLISTERS = rx.compile(r"(?i)\b(?:turned|turning|become|became|gone|going|changed)(?=\s+(?:in)?to\s+(?:(?:little|small|"
                               r"tiny|fluid-filled|watery|clear)\s+)?(?:blisters|vesicles|fluid-filled spots|water blisters))")
SPOT_WORDS = rx.compile(r"(?i)\bspots?\b|\bpimples?\b|\bbumps?\b|\bred dots\b")
# A round red rash that grows, or looks like a target ("a red, circular rash ... got bigger each day ... like a target"):
# erythema migrans (NICE NG95); not a ringworm's scaly ring (the growth or the target is needed in its sentence)
BULLSEYE = rx.compile(r"(?i)\b(?:red,?\s+)?(?:circular|round|ring-shaped|ring shaped|oval)\s+(?:red\s+)?(?:rash|patch|mark)\b")
GROWING_OR_TARGET = rx.compile(r"(?i)\btarget\b|\bbulls?-?eye|\bdartboard|\bpaler\b[^.;!?]{0,20}(?:middle|centre|center)")
# Cutting oneself ("she's been cutting herself", "found fresh cuts ... she says she's been doing it"): a self-harm act
# (not "cut himself with a rusty nail": an accident)
CUTTING_ONESELF = rx.compile(r"(?i)\b(?:been|is|was|keeps?|started|starting|admitted|admits|says she'?s been|says he'?s been)\s+"
                             r"(?:secretly\s+)?cutting\s+(?:herself|himself|myself|themselves)\b|\b(?:been|is|was|started)\s+self[- ]harming\b|"
                             r"\bfresh\s+cuts\s+on\s+(?:my|his|her)\s+(?:[\w']+\s+){0,5}(?:arms?|wrists?|thighs?|legs?)\b|"
                             # "found cuts on my daughter's upper arms and thighs ... lots of thin lines" (set CL)
                             r"\b(?:found|noticed|seen|saw)\s+(?:some\s+|lots\s+of\s+|loads\s+of\s+)?(?:cuts|scratches|scars|lines)\s+"
                             r"on\s+(?:my|his|her|their|[a-z]+'?s)\s+(?:[\w']+\s+){0,3}(?:arms|wrists|thighs|forearms)\b")
# A wisdom tooth's inflamed gum in Chinese, read after the lexicon (its own phrasings keep their words): half-erupted
# (智齿只长出来一半), the gum swollen (那块牙龈肿了), the mouth that will not open (张不开嘴: the red flag, not a
# mildly limited 张嘴有点受限), a bad smell (嘴里有股臭味)
ZH_WISDOM_TOOTH = rx.compile(r"智齿只长(?:出来)?一半|长了一半的智齿|智齿发炎|智齿(?:那里|那块)?(?:疼|痛)")
ZH_GUM_SWOLLEN = rx.compile(r"牙龈(?:红)?肿|牙肉(?:红)?肿")
ZH_MOUTH_HARD_TO_OPEN = rx.compile(r"(?<!有点)(?<!有些)张不开嘴|(?<!有点)嘴张不开|(?<!有点)张不开口")   # (not 张嘴有点受限: mild)
ZH_BAD_BREATH = rx.compile(r"嘴里(?:有股|有)?臭味|口臭|嘴里臭")
# ... and a bad smell said short in a sentence of the mouth ("这两天周围牙龈肿痛，有点臭味", set FJ)
ZH_SMELLS_BAD = rx.compile(r"(?:有点|有些|有股|一股|有)臭味|(?:有点|有些)臭")
ZH_MOUTH_WORDS = rx.compile(r"牙|嘴|口腔|口里|口气|舌")   # (not 裂口, a crack: "脚趾缝 ... 有裂口，有点臭", set FB)
# One testicle sitting higher than the other ("its swollen and seems higher up than the other one")
HIGHER_THAN_OTHER = rx.compile(r"(?i)\b(?:sits?|sitting|seems?|is|looks?|hangs?|hanging|pulled)\s+(?:up\s+)?(?:a\s+bit\s+|much\s+|"
                               r"slightly\s+|way\s+)?higher(?:\s+up)?\s+than\s+the\s+other")
# "nothing behind the ear swollen", "nothing around the eye red": the finding in those words denied
NOTHING_THERE = rx.compile(r"(?i)\bnothing\s+(?P<rest>(?:behind|around|under|on|in|near|at)\s+(?:the|his|her|my|their)\s+"
                           r"(?:\w+\s+){1,2}?(?:is\s+|looks\s+|seems\s+|feels\s+)?(?:swollen|red|bulging|sticking out|tender)|"
                           r"(?:is\s+|looks\s+)?(?:swollen|red|bulging|sticking out|tender)\s+(?:behind|around|under|near)\s+"
                           r"(?:the|his|her|my|their)\s+\w+)\b")   # (and "nothing swollen behind the ear")
# The foreskin said to move freely ("I can pull the foreskin back and forward fine"): no stuck foreskin
FORESKIN_MOVES_FINE = rx.compile(r"(?i)\b(?:can|could)\s+(?:still\s+)?(?:pull|push|move|roll|get|slide)\s+(?:my|his|the)\s+"
                                 r"foreskin\s+(?:back|down|up)(?:\s+and\s+(?:forward|forwards|back|up|down)(?:\s+again)?)?\s*"
                                 r"(?:fine|ok|okay|normally|easily|without\s+(?:any\s+)?(?:problem|trouble|difficulty|pain))\b")
# Hearing lost suddenly in one ear, in Chinese ("昨天早上醒来突然发现右耳听不见了"): the sudden one-ear loss
ZH_SUDDEN_DEAF_EAR = rx.compile(r"(?:突然|一下子|醒来|睡醒)[^。；！？没不]{0,10}?(?:[左右一]边?耳(?:朵)?|一只耳朵)[^。；！？]{0,4}?"
                                r"(?:听不见|听不清|听不太清|听不大清|听不到|聋了|什么都听不见)|"
                                r"(?:[左右一]边?耳(?:朵)?|一只耳朵)(?:突然|一下子)(?:就)?(?:听不见|听不清|听不太清|听不大清|听不到|聋了)")
# An ear that feels blocked, when the ear is the sentence's subject ("右耳嗡嗡响，还有堵塞感")
ZH_BLOCKED_FEELING = rx.compile(r"(?:堵塞感|闷堵感|堵的感觉|闷闷的|塞住了一样)")
ZH_EAR_WORDS = rx.compile(r"耳")
# Several of a household ill together ("我和老公孩子都头疼得厉害", "全家人都拉肚子"): a shared exposure or infection
_ZH_ILL_TOGETHER = r"(?=都(?:头疼|头痛|头晕|恶心|吐|拉肚子|腹泻|发烧|发热|在发烧|在发热|咳嗽|不舒服|难受|晕))"
ZH_SAME_IN_OTHERS = rx.compile(rf"(?:我和|我跟|我们)[^，。；！？]{{1,8}}?{_ZH_ILL_TOGETHER}|"
                               rf"(?:全家人?|一家人|家里人|家里好几个人){_ZH_ILL_TOGETHER}")
# Brown or scant blood in pregnancy, in Chinese ("内裤上有一点点褐色的分泌物", 见红): bleeding in pregnancy, only in a note
# that says she is pregnant
ZH_BROWN_SPOTTING = rx.compile(r"(?:褐色|咖啡色|棕色|粉色|粉红色|淡红色?)的?(?:分泌物|白带|血)|见红")
ZH_PREGNANT = rx.compile(r"怀孕|孕\d|孕期|怀了|早孕|胎心|胎芽|孕囊|B超看到")
# ... said as now, not denied or asked ("没有怀孕", "怀孕了吗"): a vaginal bleed in such a note is one in pregnancy
# ("怀孕8周，阴道出血" read a vaginal bleed, the pregnancy's bleeding nowhere). Not a scan's words (孕囊, 胎心): "B超宫内未见
# 孕囊" is an ectopic's record, whose bleeding the knowledge base lists as a vaginal bleed.
ZH_PREGNANT_NOW = rx.compile(r"(?<!没有)(?<!没)(?<!未)(?<!不是)(?:怀孕|怀了|早孕|孕\d|孕期)(?![^，。；？]{0,3}[吗？?])")


# A new user's first Chinese notes (sixth session of 2026-12-04): "小便的时候很痛，次数多，有点血" read only the pain (a
# thin note, no medicine): its frequency and its blood said after it, in a sentence about passing urine (not 大便次数多,
# not a stool's or a cough's blood)
ZH_URINE_WORDS = rx.compile(r"小便|尿|撒尿|解手|上厕所")
ZH_NOT_URINE = rx.compile(r"大便|便血|拉肚子|腹泻|拉稀|拉了|痰|咳|鼻|吐|月经|白带|阴道|牙")
ZH_URINE_OFTEN = rx.compile(r"(?<=[，,、\s])(?:次数(?:很|特别|比较|也|还|有点)?多|老想(?:上厕所|尿|小便)|总想(?:上厕所|尿|小便)|"
                            r"一会儿就(?:想)?(?:上厕所|尿|小便))")
ZH_BLOOD_AFTER = rx.compile(r"(?<=[，,、\s])(?:还|而且|并且)?(?:有点|有些|有|带|带点|见|还有点|夹)血(?:丝)?(?=[，,。；;！!？?\s]|$)")
# "UTI symptoms, burning and frequency": burning said alone in a sentence about the waterworks is pain passing urine
BURNING_ALONE = rx.compile(r"(?i)\bburning\b(?!\s*(?:/|,|and|or)\s*(?:gnawing|aching|stabbing|sharp|dull|cramping|griping))"
                           r"(?!\s+(?:pain\s+|sensation\s+|feeling\s+)?(?:in|on|of|around|behind|across|up|"
                           r"down|into)\b)(?!\s+(?:chest|stomach|tummy|throat|feet|skin|eyes?|mouth|tongue|legs?|hands?|"
                           r"arms?|back|face|ears?|rash|up))")
URINE_SENTENCE = rx.compile(r"(?i)\butis?\b|urin|\bpee(?!l)|\bpeeing|\bwee(?!k)|\bweeing|frequen|waterworks|bladder|cystitis|"
                            r"\bpass(?:ing)?\s+water")
# the big toe named in a gout note ("gout flare in big toe": nothing read, out of scope)
GOUT_TOE = rx.compile(r"(?i)\bgout\w*\b[^.;\n]{0,25}?\bbig\s+toe\b|\bbig\s+toe\b[^.;\n]{0,15}?\bgout")
# (its severity in the clinical words only, not a period's "疼得要命" or an ulcer's hunger pain "疼得厉害")
ZH_SEVERE_BELLY = rx.compile(r"(?:腹|肚子)(?:部)?[^，。；;、]{0,4}?(?:剧烈(?:的)?(?:绞痛|疼痛|痛|疼)|剧痛|(?:疼|痛)得(?:打滚|直不起腰))")
ZH_PERIOD_WORDS = rx.compile(r"月经|痛经|例假|大姨妈|来事|经期")
ZH_CANT_PASS_URINE = rx.compile(r"尿不(?:出来|出|下来|下)|(?:一天|一整天|大半天|一晚上|一夜)(?:都|也)?没(?:有)?(?:尿|小便|撒尿)(?:出来)?|(?:撒|排|解)不出(?:尿|小便)|小便(?:解|排|尿)不出|憋(?:着)?尿(?:也)?(?:尿|撒)不出")
# (not a cystitis's "尿痛，总想尿，尿不出来": the urge with little to pass)
ZH_URGE_WORDS = rx.compile(r"尿痛|尿频|尿急|总想尿|老想尿|想尿|烧灼|刺痛|尿道")
# Pain in one side beside blood or burning in the urine ("I have left side pain and urinate blood?": a kidney stone read
# only the blood): the flank's
SIDE_PAIN = rx.compile(r"(?i)(?:\b(?:(?:left|right|lower)\s+)?side\s+pain\b|\bpain\s+(?:in|on|down)\s+(?:my|his|her|the)\s+"
                       r"(?:(?:left|right)\s+)?side\b(?!\s+of\s+(?:my|his|her|the)\s+(?:head|face|neck|chest|tummy|belly)))"
                       r"(?![^.;,]{0,25}\bbreath)")   # (not a pleurisy's "pain in my side when I breathe in")
URINATE_BLOOD = rx.compile(r"(?i)\b(?:urinat\w*|peeing|pee|weeing|wee)\s+(?:out\s+)?(?:some\s+)?blood\b")
# Crying for hours in a parent's Chinese ("一哭就两三个小时", "一哭好几个钟头"): a colic's excessive crying
ZH_CRYING_HOURS = rx.compile(r"哭[^，。；,;没不]{0,4}?(?:好几个|两三个|三四个|几个|一两个|[一二两三四五六\d]+个(?:多)?)(?:多)?(?:小时|钟头)")
# A place to die decided, in Chinese ("我已经想好了，这周末就去江边。药也准备了一些。活着太累了" was urgent, no plan read)
ZH_PLACE_DECIDED = rx.compile(r"(?:想好了|决定了|已经决定|打算好了)[^。！？!?]{0,10}?(?:去江边|去河边|去海边|去楼顶|去天台|跳江|跳河|跳楼|跳海|"
                              r"去铁轨|卧轨)")
ZH_DESPAIR = rx.compile(r"活着|不想活|自杀|轻生|死|结束|解脱|遗书|没意思|太累了|撑不下去|熬不下去")
# A loin's pain in Chinese (腰疼, 腰痛, 腰酸痛), read as the flank's only in a note of a urinary infection (``ZH_UTI_WORDS``):
# "尿频尿急尿痛三天，今天开始发烧39度，腰疼" read a low back pain and led with a lower UTI and nitrofurantoin
ZH_LOIN_PAIN = rx.compile(r"(?<!没有)(?<!没)(?<!不)腰(?:部|眼|两侧|一侧|这边)?(?:也|还|很|有点|特别)?(?:疼|痛|酸痛|酸胀)")
# An infection's urinary words in Chinese (not retention's 尿不出来 or a back's 大小便正常): the guard of ``ZH_LOIN_PAIN``
ZH_UTI_WORDS = rx.compile(r"尿频|尿急|尿痛|尿道(?:痛|疼|灼)|小便(?:疼|痛|刺痛|灼|烫|烧|辣)|排尿(?:疼|痛|灼)|尿路感染|膀胱炎|肾盂|尿(?:很)?浑浊")
URINE_WORDS = rx.compile(r"(?i)\b(?:urine|urinat\w*|pee|peeing|wee|weeing|uti|cystitis|bladder|kidneys?)\b")
# Urine passed only once in a day in the writer's words ("urine dark and only been once": a 92-year-old's dehydration
# read no fall in urine, and the rule for little urine at 65 or older did not apply)
ONLY_ONCE = rx.compile(r"(?i)\bonly\s+(?:been|gone|weed|peed|passed\s+(?:urine|water)|been\s+to\s+the\s+(?:toilet|loo|bathroom))"
                       r"\s+once\b|\b(?:weed|peed|passed\s+urine|urinated)\s+only\s+once\b")
# a fall and then unable to stand (a hip fracture)
ZH_CANT_STAND = rx.compile(r"站不起来|起不来了|站不住|腿(?:不能|不敢)(?:动|用力)|"
                           r"(?:不能|没法|没办法|无法)(?:走路|走了|站|下地)|走不了(?:路)?|走不动了")   # ("摔了一跤…不能走路", set CM's kind)
# a hip's pain after a fall in Chinese ("摔了一跤，屁股着地，现在右边大腿根疼": a hip fracture's, read as a groin's)
ZH_HIP_AFTER_FALL = rx.compile(r"(?:大腿根|胯骨|髋(?:关节|部)?|屁股)[^，。；,;]{0,3}?(?:疼|痛)")
ZH_FALL_WORDS = rx.compile(r"摔|跌|滑倒|绊倒|掉下来")
# An eye's flashes and curtain in a patient's few words, read (and so denied: "floaters in my right eye for years, no
# change, no flashes, no curtain" was an emergency, a retinal detachment at 70% with nothing read) in a sentence
# about the eyes
# (not a migraine's aura: "zigzag flashing lines" read a retina's flashes beside the aura and led with a glaucoma, set EF)
EYE_FLASHES = rx.compile(r"(?i)(?<!zigzag\s)(?<!zig-zag\s)(?<!zigzaggy\s)(?<!shimmering\s)(?<!jagged\s)"
                         r"\bflash(?:es|ing)?\b(?!\s+(?:of\s+)?(?:anger|heat|rage|hot|cold|sweat|photography|camera|drive|zig))")
EYE_CURTAIN = rx.compile(r"(?i)\b(?:curtain|shadow|veil)\b(?!\s+(?:rail|pole))")
# A retinal tear's floaters, flashes and curtain in Chinese ("左眼突然好多黑点飘来飘去，还一闪一闪的亮光，今天左眼下面像有
# 一块黑幕遮住": read as nothing, so a retinal detachment had no sign of its own)
ZH_FLOATERS = rx.compile(r"(?:好多|很多|许多|一些|一堆|多了|出现)(?:的)?(?:小)?黑(?:点|影|丝)(?:点)?|黑(?:点|影)(?:点)?(?:像小?飞虫|飘|飞来飞去|晃)|飞蚊")
ZH_FLASHES = rx.compile(r"一闪一闪|(?<!锯齿状的)(?<!锯齿样的)(?<!锯齿状)(?<!锯齿)(?<!之字形的)闪光|(?:看到|看见|有)(?:一道道?)?(?:亮光|闪电)|打闪")
ZH_CURTAIN = rx.compile(r"(?:黑幕|帘子|窗帘|幕布|黑影)[^，。；]{0,6}?(?:挡|遮)|(?:挡|遮)(?:住)?[^，。；]{0,4}?(?:一半|半边)(?:视线|视野)?")
EYE_OR_SIGHT = rx.compile(r"(?i)\beyes?\b|\bvision\b|\bsight\b|\bfloaters?\b")
# Something in the eye as people tell it (a grinder's metal, grit, a twig), in a note about an eye: its mechanism, the
# grit felt, the watering and the redness ("something flew into my right eye ... watering like mad and red"; "铁屑崩进右眼
# 里了 一眨眼就磨得疼 流眼泪": read as nothing, or as a discharge)
EYE_STRUCK = rx.compile(r"(?i)\bsomething\s+(?:flew|went|got|blew|hit|shot|flicked|pinged)\s+(?:in(?:to)?\s+|in\s+to\s+)?(?:my|his|her|the)\s+"
                        r"(?:(?:left|right|l|r)\s+)?eye|\b(?:metal|grit|dust|sand|speck|splinter|fragment|debris|chip)\w*\s+"
                        r"(?:flew|went|got|blew|shot|flicked)\s+in(?:to)?\s+(?:my|his|her|the)\s+(?:(?:left|right|l|r)\s+)?eye|"
                        r"\b(?:hit|poked|scratched|caught)\s+(?:in|on)\s+the\s+eye\b|"
                        r"(?:铁屑|铁渣|沙子|沙粒|碎屑|木屑|异物|东西|虫子)[^，。；]{0,4}?(?:崩|飞|溅|弹|掉)(?:进|到)(?:了)?[^，。；]{0,3}?眼")
EYE_HIGH_VELOCITY = rx.compile(r"(?i)\b(?:grind\w*|angle\s+grinder|hammer\w*|chisel\w*|drill\w*|strimm\w*|metal\s+on\s+metal)\b|"
                               r"打磨|砂轮|切割机|敲打|锤")
_EYE_GRIT = (r"\bscratchy\b|\bgritty\b|\b(?:grit|sand)\s+in\s+it\b|like\s+(?:there'?s|there\s+is|theres)\s+(?:something|grit|"
             r"sand|an?\s+eyelash)\s+(?:in|stuck|under)|something\s+stuck\s+under\s+(?:the|my)\s+(?:upper\s+|lower\s+)?lid|"
             r"(?:眼睛?里|眼)(?:好像|感觉|总觉得)?(?:进了|有)(?:东西|沙子|异物)|磨得(?:疼|痛|慌)|异物感|沙子一样")
EYE_GRIT = rx.compile("(?i)" + _EYE_GRIT)
EYE_WATERING = rx.compile(r"(?i)\bwatering\b|\bstreaming\b|\btearing\s+(?:a\s+lot|up|loads|constantly)|流眼泪|一直流泪|泪流不止|眼泪直流")
EYE_AND_RED = rx.compile(r"(?i)\b(?:watering|weeping|streaming|sore|painful|scratchy|gritty)\b[^.;!?]{0,25}?\band\s+(?:really\s+|very\s+)?red\b")
EYE_NOTE = rx.compile(r"(?i)\beyes?\b|\beyelids?\b|眼")
EYE_STRUCK_OR_GRIT = rx.compile(f"{EYE_STRUCK.pattern}|{_EYE_GRIT}")   # (a grinder's speed, with the eye struck)
# A condom that broke or sex without one, in Chinese ("套子破了", 避孕套破了, 不安全的性行为): read as nothing
ZH_CONDOM_BROKE = rx.compile(r"(?:套子|避孕套|安全套|套套)(?:中途)?(?:破了|破裂|破掉|掉了|滑脱)|不安全(?:的)?性(?:行为|生活|关系)|"
                             r"(?:没|没有|不)(?:用|戴|带)(?:避孕套|安全套|套子)")
# A collision told as what happened ("A car went into the back of mine at the lights", "a van drove into us", "got hit
# by a car on my bike", 被车撞了, 追尾): read as nothing
CAR_WENT_INTO = rx.compile(r"(?i)\b(?:(?:a|another|the)\s+(?:car|van|lorry|truck|bus|motorbike|taxi)|someone|somebody|a\s+driver)\s+"
                           r"(?:went|drove|crashed|ran|ploughed|"
                           r"slammed|smashed|bumped|reversed|backed)\s+(?:into|in\s+to)\s+(?:the\s+(?:back|side|front)\s+of\s+)?(?:mine|me|us|him|her|"
                           r"my\s+car|our\s+car|his\s+car|her\s+car)\b|(?<!like i've been )(?<!like ive been )(?<!like i'd been )"
                           r"(?<!as if i'd been )\b(?:hit|knocked\s+(?:down|over))\s+by\s+(?:a|the)\s+(?:car|van|motorbike|taxi)\b|"
                           r"被(?:车|汽车|电动车|摩托车)(?:给)?(?:撞|碰)|追尾|"
                           # "Had a minor bump in a car park yesterday" (set DC: read as a peritonism's "bump in a car")
                           r"\b(?:minor|small|little|slight)\s+(?:bump|prang|shunt|fender[- ]bender)\s+in\s+(?:a|the|my)\s+car\b|"
                           r"\brear[- ]ended\b|\bfender[- ]bender\b")   # (not "like I've been hit by a bus": flu's aches)
ZH_LIMB_WORDS = rx.compile(r"手|腕|臂|胳膊|腿|脚|踝|膝|肘|肩|指")
# A fall onto an outstretched hand and a wrist bent out of shape, in Chinese ("下台阶滑了一下，用右手撑地。现在右手腕肿得
# 很厉害，形状看着有点弯，像个叉子": a broken wrist read as no injury)
ZH_FOOSH = rx.compile(r"(?:摔|滑|跌|绊)[^。；]{0,10}?(?:手掌|手)撑(?:地|了一下)|(?:用|拿)(?:左|右)?手(?:掌)?撑(?:地|了一下)|手撑地")
ZH_DEFORMED = rx.compile(r"(?:看着|有点|明显)?变形|形状[^，。；]{0,4}?(?:弯|歪|不对)|像(?:个|把)?(?:叉子|餐叉)|(?:往上|向上)翘")
# A chest's pain brought on by pressing, twisting or moving, in a note about the chest ("it hurts when i push on the spot
# right next to my breastbone and when i twist round"; 转身、扩胸、按压时加重, 局限压痛，可复现疼痛): read as a chest pain only
CHEST_PRESS_HURTS = rx.compile(r"(?i)(?:^|(?<=[,;:.!])|(?<=[,;:.!]\s)|\b(?:it|it'?s|chest|breast\s*bone|sternum|ribs?|which|that|this)\s+"
                               r"(?:\w+\s+){0,2}?)(?:hurts?|pain(?:ful)?|sore|worse|tender)\s+(?:\w+\s+){0,2}?(?:when|if)\s+(?:i|you|he|she)\s+"
                               r"(?:push|press|prod|poke|touch)(?:es|ed)?\s+(?:on\s+)?(?:it|the\s+spot|there|that\s+spot|the\s+area)|"
                               r"按压(?:时|后)?(?:加重|更疼|更痛|疼痛加重|痛)|(?:局限|局部)(?:性)?压痛|可复现(?:疼痛|胸痛)?")
CHEST_MOVE_HURTS = rx.compile(r"(?i)\b(?:hurts?|pain(?:ful)?|sore|worse)\s+(?:\w+\s+){0,8}?(?:when|if)\s+(?:i|he|she)\s+"
                              r"(?:twist|turn|stretch|move|reach|lift)(?:s|ed|ing)?\b|转身[^。；]{0,8}?(?:加重|更疼|更痛)|扩胸")
CHEST_NOTE = rx.compile(r"(?i)\bchest\b|breast\s*bone|sternum|\bribs?\b|胸")
# Pus coming from a nail fold, a wound or a spot ("side of my big toe nail red swollen and painful, pus coming" read no
#   pus, and the toe led with gout)
PUS_COMING = rx.compile(r"(?i)\bpus\b\s+(?:is\s+|keeps\s+)?(?:coming|oozing|leaking|draining|coming\s+out|comes\s+out)\b|"
                        r"\b(?:some|bit\s+of|little|yellow|white)\s+pus\b")
PUS_PLACE = rx.compile(r"(?i)\bnails?\b|\btoes?\b|\bfingers?\b|\bwound\b|\bcut\b|\bboil\b|\bskin\b|\bspot\b|\blump\b|\bbite\b")
AFTER_LEXICON: tuple[tuple, ...] = (
    (ZH_CANT_PASS_URINE, "urinary_retention", ZH_URGE_WORDS), (EYE_CURTAIN, "curtain_over_vision", None, EYE_OR_SIGHT),
    (BURNING_ALONE, "dysuria", None, URINE_SENTENCE), (ONLY_ONCE, "reduced_urine_output", None, URINE_SENTENCE),
    (ZH_CANT_STAND, "inability_to_bear_weight", None, ZH_FALL_WORDS), (GOUT_TOE, "big_toe_pain"), (ZH_SEVERE_BELLY, "severe_abdominal_pain", ZH_PERIOD_WORDS),
    (ZH_URINE_OFTEN, "urinary_frequency", ZH_NOT_URINE, ZH_URINE_WORDS), (PUS_COMING, "pus_discharge_from_skin", None, PUS_PLACE), (ZH_BLOOD_AFTER, "haematuria", ZH_NOT_URINE, ZH_URINE_WORDS),
    (RECENT_ANTIBIOTICS, "recent_antibiotic_use"), (BREAST_LUMP, "tender_breast_lump", None, SORE_BREAST),
    (SPREADING_REDNESS, "spreading_red_warm_skin", NOT_SPREADING_REDNESS), (WEIGHT_LOST, "weight_loss"), (ALCOHOL_UNITS, "heavy_drinking"), (STIFF_FOR_HOURS, "long_morning_stiffness"),
    (STIFF_FOR_MINUTES, "short_morning_stiffness"), (MORNINGS_FOR_HOURS, "long_morning_stiffness", None, STIFF),
    (ZH_MOUTH_ULCERS, "mouth_ulcers"), (ZH_BLACK_STOOL, "melaena"), (HAVE_A_COLD, "runny_nose", NOT_A_COLD), (ZH_HAVE_A_COLD, "runny_nose", ZH_NOT_A_COLD),
    (ONE_LEG_SWOLLEN, "unilateral_leg_swelling"), (ZH_ONE_LEG_SWOLLEN, "unilateral_leg_swelling"),
    (ZH_SURGERY, "recent_surgery", ZH_NOT_RECENT_SURGERY, ZH_RECENTLY), (RECENT_OPERATION, "recent_surgery"),
    (ZH_WEIGHT_LOST, "weight_loss"), (ZH_LIPS_SWOLLEN_WITH, "lip_tongue_swelling"),
    (ZH_BIG_TOE, "big_toe_pain"), (BACK_PUT_OUT, "low_back_pain"),
    (TICK_FOUND, "tick_bite"), (EAR_MUFFLED, "hearing_loss"), (EYE_WONT_CLOSE, "inability_to_close_eye"), (FOREHEAD_WEAK, "whole_face_weakness"), (ZH_STUNG, "insect_sting"), (HOT_THING_GRABBED, "burn_injury"), (SEES_TWO, "double_vision"), (A_FALL, "fall_or_injury"), (WORSE_AT_NIGHT, "itch_worse_at_night", None, ITCH_ANY), (ONE_SIDE_CRAMPS, "one_sided_pelvic_pain", None, PERIOD_WORDS), (SUCKING_IN, "chest_recession"), (GRUNTING, "severe_breathlessness"), (ZH_RECESSION, "chest_recession"), (SEE_OUT_OF_EYE, "sudden_vision_loss"), (CURTAIN_DOWN, "transient_vision_loss_one_eye", None, SIGHT_BACK), (CURTAIN_DOWN, "curtain_over_vision", SIGHT_BACK), (FOREHEAD_NOT_MOVED, "whole_face_weakness", None, CANT_MOVE),
    (PEEING_EVERY_MINUTES, "urinary_frequency"), (ZH_MUCH_URINE, "polyuria"), (LINES_SEEN, "visual_aura", ITCH_WORDS),
    (SAME_BOTH_SIDES, "symmetrical_small_joint_pain", None, JOINT_WORDS),
    (NOSTRIL_BLEEDING, "nosebleed"), (PAIN_MOVED_RIGHT, "migrating_periumbilical_pain", None, NAVEL), (SLICED, "skin_break_wound"),
    (LUMP_ON_TOILET, "anal_lump"), (TEMP_ON_OFF, "fever"), (ZH_CRUSHING, "crushing_chest_pain"),
    (ZH_TO_ARM_JAW, "radiating_arm_jaw_pain", None, ZH_CHEST),
    (ZH_PLEURITIC, "pleuritic_chest_pain"), (ZH_CHEST_STAB, "chest_pain"),
    (ZH_LOW_BELLY, "lower_abdominal_pain"), (ZH_ANKLE_SWOLLEN, "ankle_swelling"), (BREATHING_QUICKER, "rapid_breathing"), (COLD_BLOTCHY, "mottled_skin"),
    (CONVINCED_OF, "delusions"), (CONTACTS_IN, "contact_lens_wear"),
    (WALK_WITH_HELP, "unsteady_gait"), (HEAVY_LOAD, "heavy_lifting"),
    (SKIN_LINES, "skin_burrows", None, ITCH_WORDS), (SAME_IN_OTHERS, "sick_contact", None, CATCHING_WORDS),
    (ZH_STOOL_MUCUS, "mucus_in_stool", ZH_NOT_STOOL, ZH_STOOL_WORDS),
    (ZH_STOOL_BLOOD, "rectal_bleeding", ZH_NOT_STOOL_BLOOD, ZH_STOOL_WORDS), (ZH_PAIN_PASSING_URINE, "dysuria"),
    (PROLONGED_FIT, "prolonged_seizure", None, FIT_WORDS),
    (ZH_NOT_WAKING, "loss_of_consciousness", None, ZH_FIT_OR_FAINT),
    (SMELL_AND_TASTE_LOST, "loss_of_taste", None, LOSS_WORDS), (HIGHER_THAN_OTHER, "high_riding_testis"),
    (ZH_BLOCKED_FEELING, "ear_fullness", None, ZH_EAR_WORDS), (ZH_SAME_IN_OTHERS, "sick_contact"),
    (ANKLE_ROLLED, "fall_or_injury"), (ROLLED_ANKLE, "ankle_pain"), (SPOTS_TO_BLISTERS, "vesicular_crops", None, SPOT_WORDS),
    (ZH_WISDOM_TOOTH, "toothache"), (ZH_MOUTH_HARD_TO_OPEN, "trismus"),
    (ZH_BAD_BREATH, "bad_breath"), (ZH_SMELLS_BAD, "bad_breath", None, ZH_MOUTH_WORDS), (MUDDLED, "confusion", NOT_A_PERSONS),
    (SHAKING_UNCONTROLLABLY, "rigors", None, FEVER_WORDS), (LOOKING_UP_WAYS, "suicide_plan", None, SUICIDAL_WORDS))
# (pattern, finding, pattern the whole note must hold): brown spotting is bleeding in pregnancy only in a pregnant woman
# (pattern, finding) read beside whatever else took their words, once per note (a finding already read stays as read)
# Pain out of proportion, in a carer's or patient's words, read beside whatever else its words name ("small cut on my leg
# ... now pain is unbearable way worse than it looks": the lexicon's leg pain took the words, and a necrotising fasciitis
# was cellulitis; "in a cast, pain getting worse and worse even with morphine": a compartment syndrome read nothing)
PAIN_BEYOND = rx.compile(
    r"(?i)\b(?:way\s+|much\s+|far\s+|a\s+lot\s+)?worse\s+than\s+(?:it|the\s+(?:cut|wound|graze|scratch|bite|injury))\s+looks\b|"
    r"\b(?:pain|agony|hurting|hurts?)\b[^.;!?]{0,40}?\b(?:even\s+with|despite|not\s+touched\s+by|not\s+helped\s+by)\s+"
    r"(?:the\s+|his\s+|her\s+|my\s+|iv\s+|oral\s+)?(?:morphine|oramorph|oxycodone|codeine|strong\s+painkillers|painkillers|"
    r"pain\s*killers|pain\s+relief)\b|"
    r"\bworse\s+than\s+when\s+(?:i|he|she|they)\s+(?:actually\s+|first\s+)?(?:broke|did|injured|hurt|fractured)\s+it\b|"
    r"\b(?:the\s+)?(?:codeine|morphine|oramorph|tramadol|oxycodone|co-?codamol|strong\s+painkillers)\s+(?:does|did|is\s+doing|"
    r"has\s+done)\s+(?:nothing|absolutely\s+nothing|sod\s+all|f\w*\s+all)\b")
# A break said in everyday words ("my son 17 broke his shin playing rugby"): an injury
BROKE_A_BONE = rx.compile(r"(?i)\b(?:broke|broken|fractured|cracked)\s+(?:my|his|her|their|a|the)\s+(?:left\s+|right\s+)?"
                          r"(?:shin|leg|arm|wrist|ankle|tibia|fibula|forearm|foot|femur|collarbone|elbow|hand)\b"
                          # (not one broken long ago: "Broke her wrist slipping on ice last winter" of an osteoporosis was an
                          # emergency through a hip fracture, set FL)
                          r"(?![^.;!?\n]{0,40}?\b(?:last\s+(?:winter|summer|spring|autumn|year)|(?:\d+|a|two|three|few|"
                          r"several|many)\s+years?\s+ago|in\s+(?:19|20)\d\d|as\s+a\s+(?:child|kid|teenager))\b)")
# A rash as the fever went (roseola: "this morning temp gone and hes come out in pink spotty rash")
# The same in Chinese ("烧退了之后身上出了粉红色的疹子", spaced in a mixed note: "烧 退咗 之后 身 出 ... rash")
ZH_RASH_AS_FEVER_WENT = rx.compile(r"(?i)(?:烧|热)\s*(?:退|降|下去|褪|走)\s*(?:了|咗)?\s*(?:之后|以后|后|就)?[^。；;]{0,10}?"
                                   r"(?:出|起|长|发)[^。；;]{0,14}?(?:疹|红点|rash|spots)|"
                                   # (a machine's translation: "然后今天早上发烧走了，但是一张红色的皮疹出现在他的身体", set DO)
                                   r"(?:发烧|烧|热)(?:已经)?(?:走了|没了|消失了|停了)[^。；;]{0,8}?[^。；;]{0,12}?(?:皮疹|疹子|红点)(?:出现|冒出)")
RASH_AS_FEVER_WENT = rx.compile(
    r"(?i)\b(?:temps?|temperature|fever)(?:'s)?\s+(?:has\s+|had\s+|is\s+|finally\s+)?(?:gone|went|settled|broke|broken|"
    r"came\s+down|come\s+down|dropped|stopped|disappeared)\b[^.;!?]{0,50}?\b(?:come\s+out\s+in|came\s+out\s+in|"
    r"broken\s+out\s+in|broke\s+out\s+in|covered\s+(?:in|with)|got|has|developed|appeared|there'?s)\b[^.;!?]{0,25}?"
    r"\b(?:rash|spots|spotty)\b|"   # ("Temp went this morning and now she's covered in a pinky blotchy rash", set CM)
    r"\b(?:temps?|temperature)\s+(?:is|was|has\s+been)\s+(?:back\s+to\s+)?normal\b[^.;!?]{0,30}?\b(?:covered\s+in|come\s+out\s+in|"
    r"came\s+out\s+in|broken\s+out\s+in|broke\s+out\s+in|got|has|developed)\b[^.;!?]{0,30}?\b(?:rash|spots|spotty)\b")
# "went over on it" (a turned ankle: its words are all function words to the lexicon)
WENT_OVER_ON_IT = rx.compile(r"(?i)\b(?:went|gone|go|goes|going)\s+over\s+on\s+it\b")
# A wound's skin turning dusky ("small cut ... skin going purple": necrotising fasciitis's dusky skin)
SKIN_GOING_DUSKY = rx.compile(r"(?i)\bskin\s+(?:is\s+|has\s+|'s\s+)?(?:going|gone|turning|turned|looks|looking)\s+"
                              r"(?:a\s+bit\s+|dark\s+|really\s+)?(?:purple|dusky|black|grey|gray|bluish-?black|dark\s+purple)\b")
# Sore mouth and eyes in a note of blisters or peeling skin: the mucosa of Stevens-Johnson syndrome ("skin peeling,
# blisters, mouth and eyes really sore" after lamotrigine was a contact dermatitis)
MOUTH_AND_EYES_SORE = rx.compile(r"(?i)\b(?:mouth\s+and\s+eyes|eyes\s+and\s+mouth|lips\s+and\s+eyes|eyes\s+and\s+lips)\s+"
                                 r"(?:are\s+|really\s+|very\s+|so\s+|both\s+)*(?:sore|raw|blistered|ulcerated|burning|painful)\b")
SKIN_COMING_OFF = rx.compile(r"(?i)\bblister\w*|\bpeel\w*|skin\s+(?:coming|came)\s+off|sloughing")
# Legs that grow weak or heavy and the feeling creeps upwards (Guillain-Barre syndrome: "feet and legs feel heavy and
# tingly and its creeping up" was varicose veins); a tingling alone that creeps up is a neuropathy's
CREEPING_UP = rx.compile(r"(?i)\b(?:weak\w*|heavy|heaviness|like\s+jelly)\b[^.;!?]{0,25}?\b(?:creeping|spreading|"
                         r"moving|travelling|traveling|going|working)\s+up\b")
# A hot drink pulled over a child ("pulled a cup of tea over his arm, skin red and blistered" read only blisters)
HOT_DRINK_OVER = rx.compile(r"(?i)\b(?:pulled|spilt|spilled|knocked|tipped|poured)\s+(?:a\s+|the\s+|my\s+|his\s+|her\s+)?"
                            r"(?:(?:cup|mug|pot|kettle|pan)\s+(?:of\s+)?(?:hot\s+|boiling\s+)?(?:tea|coffee|water|soup|milk)?|"
                            r"(?:hot|boiling)\s+(?:tea|coffee|water|soup|drink|milk|oil)|tea|coffee|cuppa|kettle)\s*"
                            r"(?:off\s+(?:the\s+|a\s+)?(?:table|counter|worktop|side|sideboard|hob|cooker|stove)\b\s*)?"
                            r"(?:(?:about|around|maybe|like)\s+)?(?:\d+|an?|half\s+an)?\s*(?:mins?|minutes|hours?|hrs?)?\s*(?:ago)?\s*"
                            r"(?:(?:all\s+)?(?:over|on(?:to)?|down)\s+|,?\s*(?:and\s+)?(?:it\s+)?(?:got|caught|splashed|scalded)\s+|"
                            r",?\s*(?:and\s+)?it\s+(?:went|spilt|spilled|poured|splashed)\s+(?:all\s+)?(?:over|on(?:to)?|down)\s+)"
                            r"(?:him|her|himself|herself|myself|me|his|her|my)\b")   # ("pulled my cup of tea off the side, got her forearm", set CM)
LEG_WORDS = rx.compile(r"(?i)\b(?:legs?|feet|foot|toes|ankles?|calf|calves|thighs?)\b")
# A turned ankle's swelling "on the outside" (set AH: "went over on it at netball, swollen on the outside like a tennis
# ball" read no swelling)
SWOLLEN_OUTSIDE = rx.compile(r"(?i)\b(?:swollen|swelling|swelled(?:\s+up)?|puffy|bruised)\s+(?:and\s+(?:sore|painful|tender|bruised)\s+)?"
                             r"(?:up\s+)?(?:on|round|around)\s+"
                             r"the\s+(?:outside|inside|side)\b")
ANKLE_NOTE = rx.compile(r"(?i)\bankle|\b(?:went|gone|go|goes|going)\s+over\s+on\s+(?:it|my|her|his)|\brolled\s+(?:my|her|his|it)\b|"
                        r"\bturned\s+(?:my|her|his)\s+(?:ankle|foot)\b")
# a chest pain worse on twisting or moving (with a press that hurts: the chest wall)
CHEST_TWIST = rx.compile(r"(?i)\b(?:worse|hurts?|sore|painful)\s+(?:more\s+)?(?:when|if|on)\s+(?:i\s+)?"
                         r"(?:twist|twisting|turn|turning|move|moving|lift\s+my\s+arm|reach\w*)\b|"
                         r"(?<=press on it or )(?:twist|turn|move)\w*|(?<=push on it or )(?:twist|turn|move)\w*|"
                         r"(?<=, when i )(?:twist|turn|move|lift)\w*|"   # ("hurts when I press it, when I twist")
                         # ("hurts when I press on it, twist or take a deep breath": a list after the pressing)
                         r"(?<=press on it, )(?:twist|turn|move)\w*|(?<=press it, )(?:twist|turn|move)\w*")
# Confusion that comes and goes, in a relative's words (时好时坏 alone is any symptom's ups and downs)
ZH_ON_AND_OFF = rx.compile(r"时好时坏|时清时糊|一会儿好一会儿坏")
# Awake all night and sleepy by day in a note of a confused mind (a delirium's reversed sleep and waking, NICE CG103:
# "awake all night shouting, then really sleepy in the day", an 86-year-old's delirium with a UTI led with insomnia,
# set CW); worse in the evening and better in the morning
NIGHTS_AWAKE_DAYS_ASLEEP = rx.compile(
    r"(?i)\b(?:awake|up|wide\s+awake)\s+(?:all|most\s+of\s+the)\s+night\b[^.;!?\n]{0,60}?\b(?:sleep(?:y|ing)|asleep|drowsy|"
    r"dozing|out\s+of\s+it)\b[^.;!?\n]{0,12}?\b(?:in|during|all|by)\s+(?:the\s+)?day\b|"
    r"\bworse\s+in\s+the\s+(?:evenings?|afternoons?|nights?)\b[^.;!?\n]{0,30}?\bbetter\s+in\s+the\s+mornings?\b|"
    r"\b(?:fine|clear|himself|herself|ok|okay|better)\s+one\s+minute\b[^.;!?\n]{0,40}?\b(?:confused|muddled|lost|away\s+with)\b")
CONFUSED_WORDS = rx.compile(r"(?i)\bconfus|\bmuddl|\bdisorient|\bdelirious|\bhallucinat|doesn'?t\s+know\s+(?:where|who|what)|"
                            r"\bnot\s+(?:him|her)self\b|\bseeing\s+(?:things|people|children)|talking\s+nonsense|"
                            r"\bdifferent\s+person\b")
ZH_CONFUSED_WORDS = rx.compile(r"糊涂|迷糊|认不出|胡言乱语|说胡话")
# A joint red, swollen and hot in Chinese ("右边膝盖又红又肿又热": a toddler's septic arthritis read only a fever and a limp)
ZH_HOT_JOINT = rx.compile(r"(?:膝盖|膝关节|关节|髋|胯|脚踝|踝关节|手腕|腕关节|肘|肩关节|脚趾|大脚趾|大脚指头)[^，。；,;]{0,4}?"
                          r"(?:又红又肿又热|又红又肿又烫|红肿热痛|红肿发热|红肿发烫|又肿又热|又肿又烫|肿得发烫|红肿.{0,2}热)|"
                          # ("左脚大脚趾根突然痛醒，又红又肿又烫", set DU)
                          r"(?:大脚趾|大脚指头|大拇脚趾|大脚拇指)[^。；;]{0,16}?(?:又红又肿又热|又红又肿又烫|红肿热痛|红肿发烫|又肿又烫)")
# A household chemical in the eye with words between ("bit into a dishwasher tablet and squirted some in his eye" read
# only a red eye: a child's alkali injury, irrigated at once - RCOphth, NICE CKS red eye)
CHEMICAL_IN_EYE = rx.compile(r"(?i)\b(?:dishwasher|liquitab|laundry|washing(?:[- ]up)?\s+(?:liquid|powder|pod|tablet|capsule)|"
                             r"bleach|detergent|oven\s+cleaner|(?:cleaning|cleaned)\s+the\s+oven|drain\s+cleaner|toilet\s+cleaner|cleaning\s+(?:spray|fluid|"
                             r"product)|caustic|ammonia|cement|lime|sodium\s+hydroxide|alkali|acid)\b[^.;!?]{0,70}?\b(?:(?:in|into|to)\s+"
                             r"(?:(?:his|her|my|their|the|your|one|both|an?)\s+)?(?:left\s+|right\s+|r\s+|l\s+|rt\s+|lt\s+)?|"
                             r"(?:left|right|r|l|rt|lt)\s+)eyes?\b|"   # ("wet cement splash L eye", set BN)
                             # ("got splashed in the right eye with the heavy duty drain cleaner", set DY)
                             r"\b(?:splash\w*|squirt\w*|sprayed|got\s+(?:some|it))\s+(?:\w+\s+){0,2}?(?:in|into)\s+(?:the|his|her|my|"
                             r"their|your)\s+(?:left\s+|right\s+)?eyes?\s+(?:with|by)\s+(?:\w+\s+){0,4}?(?:bleach|detergent|oven\s+"
                             r"cleaner|drain\s+cleaner|toilet\s+cleaner|caustic|ammonia|cement|lime|sodium\s+hydroxide|alkali|acid)\b")
# A household chemical in the eye in Chinese ("管道疏通剂溅到右眼里了" read nothing: a drain cleaner's alkali)
ZH_CHEMICAL_IN_EYE = rx.compile(r"(?:疏通剂|通渠|洁厕|漂白|消毒液|84|清洁剂|洗涤剂|洗洁精|洗衣液|洗衣凝珠|石灰|水泥|硫酸|盐酸|烧碱|火碱|"
                                r"碱水|酸液|化学|油漆|胶水|双氧水)[^，。；,;]{0,8}?(?:溅|弄|进|喷|滴|揉)[^，。；,;]{0,4}?眼")
# An injured limb's pain that painkillers do not touch, and its tense swelling, in a Chinese record ("骨折…石膏托固定。
# 现疼痛剧烈，口服及肌注止痛药无效…张力极高": a compartment syndrome read only a swollen calf); only beside an injury, since
# "痛经…止痛药都不管用" is a period's pain and "脖子肩膀硬邦邦的" a tense neck
ZH_PAINKILLERS_USELESS = rx.compile(r"止痛(?:药|针)(?:都|也)?(?:无效|不管用|没用)|吃止痛药也没用|打了止痛针也不管用")
ZH_TENSE_LIMB = rx.compile(r"(?<!肌)张力(?:极高|很高|明显增高|增高|高)")
ZH_INJURY_WORDS = rx.compile(r"骨折|压伤|砸伤|挤压|石膏|夹板|外伤|摔伤|撞伤|受伤|扭伤|手术后|术后")
# A faint's grey-out in Chinese (眼前发黑), only in a note of a faint: standing up with 眼前发黑 in a black-stool bleed is
# its blood loss, and read as a faint's warning it made syncope lead an upper GI bleed
ZH_GREY_OUT = rx.compile(r"眼前(?:发黑|发花|黑了一下|一阵发黑|一黑)")
ZH_FAINTED = rx.compile(r"(?<!差点)(?<!差一点)(?<!险些)(?<!快要)(?<!几乎)(?:倒地|晕倒|晕过去|昏倒|昏过去|意识丧失|晕厥|不省人事|"
                        r"软倒|瘫倒|晕了过去|昏了过去|软下去|瘫下去|软了下去|瘫了下去)")
# From the Chinese set of families writing about an elderly parent (fresh_notes_az, 2026-12-04):
# - one eye dark for a while and back ("右眼有一会看东西发黑，几分钟后好了": a giant cell arteritis's amaurosis fugax,
#   NICE CKS GCA: an emergency);
ZH_ONE_EYE_DARK_THEN_BACK = rx.compile(r"[左右一单]眼[^，。；,;]{0,8}?(?:发黑|黑了|黑蒙|看不见|看不到|像拉了帘子|蒙了)"
                                       r"[^。；;]{0,12}?(?:好了|恢复|缓过来|又能看见|又看得见)")
# - paracetamol in two products at once (泰诺, 感冒灵 and 白加黑 on top of 扑热息痛 for the knees: each holds it; MHRA:
#   do not take two paracetamol-containing medicines together) - an accidental staggered overdose;
ZH_PARACETAMOL_PRODUCT = (r"(?:泰诺|感冒灵|白加黑|扑热息痛|对乙酰氨基酚|必理通|百服宁|百服咛|快克|维C银翘|维c银翘|感康|散利痛|"
                          r"氨酚[\u4e00-\u9fff]{0,3}|酚麻美敏|氨咖黄敏)")
ZH_PARACETAMOL_TWICE = rx.compile(r"(?P<a>" + ZH_PARACETAMOL_PRODUCT + r")[^。；;]{0,80}?(?!(?P=a))" + ZH_PARACETAMOL_PRODUCT)
# - a week's tablets gone in days, or taken again for not remembering ("一周的地高辛三四天就吃完了", "记不清吃没吃就又吃了");
ZH_DOSING_ERROR = rx.compile(r"(?:一周|一个星期|一星期|一个礼拜|一礼拜|半个月|一个月)的[^，。；,;]{0,10}?(?:[一两三四五六七八九几\d]{1,2}天)"
                             r"就(?:都)?吃完了?|记不(?:清|得)(?:吃没吃|有没有吃|吃了没)[^。；;]{0,6}?又吃了")
# - a steroid stopped all at once, or taken for years ("吃了好几年强的松…自己一下全停了": an adrenal crisis's cause).
# (not an oestrogen, 雌激素, nor a progestogen, a thyroid's or a growth hormone: "吃了一年雌激素（芬吗通）…自己停了" was an
# adrenal crisis, set EK)
ZH_STEROID = r"(?:强的松|泼尼松龙?|甲泼尼龙|氢化可的松|地塞米松|(?<![雌孕腺长])激素药?)"
ZH_STEROID_STOPPED = rx.compile(ZH_STEROID + r"[^；;\n]{0,40}?(?:一下(?:子)?全?停了|全停了|突然停了|自己停了|停掉了|不吃了|断了|"
                                r"自行停药|自己停药|擅自停药|突然停药)")   # ("口服泼尼松10mg/日3年余 ... 自行停药", set EK)
ZH_STEROID_FOR_YEARS = rx.compile(r"(?:好几年|多年|几年|很多年|长期|常年|一直)[^，。；,;]{0,6}?" + ZH_STEROID + r"|" + ZH_STEROID +
                                  r"[^，。；,;]{0,8}?(?:好几年|多年|很多年|长期|常年)")
# From the Chinese set (fresh_notes_ap): an eye scratched by a nail, antibiotics and a hospital stay before diarrhoea
# (a C. difficile read neither), a mole that grows, is uneven or bleeds (a melanoma read nothing)
ZH_EYE_SCRATCHED = rx.compile(r"(?:指甲|树枝|纸|笔|玩具|手指)[^，。；,;]{0,4}?(?:划|戳|刮|扎|抓)(?:到|伤|了)?[^，。；,;]{0,3}?眼")
ZH_ANTIBIOTIC_GIVEN = rx.compile(r"(?:使用|用了|吃了|输了|打了|静滴|静脉(?:使用|滴注|输注)?|服用|口服|输液用)[^，。；,;]{0,4}?"
                                 r"(?:头孢|阿莫西林|克林霉素|左氧氟沙星|莫西沙星|阿奇霉素|抗生素|消炎药|青霉素|哌拉西林|美罗培南|"
                                 r"环丙沙星|甲硝唑)")
ZH_HOSPITAL_STAY = rx.compile(r"(?:\d+|[一二两三四五六七八九十几半])(?:天|周|个?星期|个?礼拜|个?月)前[^，。；,;]{0,8}?住(?:过)?院|"
                              r"刚出院|出院(?:后|不久|没几天|才)|住院期间|住院治疗后")
ZH_MOLE_GROWING = rx.compile(r"痣[^。；;]{0,20}?(?:变大|长大|越来越大|大了|变黑|颜色变|变深)")
ZH_MOLE_UNEVEN = rx.compile(r"痣[^。；;]{0,30}?(?:边缘不整齐|边缘不规则|边界不清|颜色有深有浅|颜色不均|深浅不一)")
ZH_MOLE_BLEEDING = rx.compile(r"痣[^。；;]{0,50}?(?:出血|流血|渗血)")
# From the older patients' set (fresh_notes_aq): a week of a dosette box or methotrexate daily instead of weekly (an
# overdose read nothing), co-codamol with paracetamol at full doses (a staggered paracetamol overdose), a hot-water
# bottle's burn, a rash where a device sits, one side's arm and leg numb or weak together, an overdose found beside the
# empty packets
DOSING_ERROR = rx.compile(r"(?i)\b(?:taken|took|swallowed|had)\b[^.;!?]{0,30}?\b(?:whole|entire|full|all)\b[^.;!?]{0,25}?"
                          r"\b(?:dosette|blister\s+pack|nomad|week'?s?\s+(?:of\s+)?(?:tablets|pills|meds|medication))|"
                          r"\b(?:daily|every\s+day|each\s+day)\s+instead\s+of\s+(?:once\s+a\s+)?week(?:ly)?\b|"
                          r"\bfound\s+(?:next\s+to|with|beside|by)\s+(?:an?\s+|the\s+)?empty\b")
PARACETAMOL_TWICE = rx.compile(r"(?i)\b(?:co-?codamol|co-?dydramol|solpadeine|tylex|zapain|kapake|remedeine)\b[^.;!?]{0,120}?"
                               r"\b(?:and|plus|as\s+well\s+as|with|also)\b[^.;!?]{0,40}?\b(?:paracetamol|panadol|calpol|tylenol|lemsip|beechams|"
                               r"night\s+nurse|day\s+nurse|acetaminophen)\b[^.;!?]{0,60}?"
                               r"(?:four\s+times|4\s+times|\bqds\b|regularly|every\s+day|daily|a\s+day)")
HOT_WATER_BOTTLE = rx.compile(r"(?i)\bhot[- ]water\s+bottle\b")
BURN_SIGNS = rx.compile(r"(?i)blister|burn|leathery|white\s+(?:area|patch)|raw|peeling|scald")
RASH_WHERE_IT_SITS = rx.compile(r"(?i)\b(?:rash|itchy|red|bumpy|eczema)\b[^.;!?]{0,60}?\b(?:where|(?:exactly\s+|just\s+|only\s+|"
                                r"right\s+)?(?:under|beneath))\s+(?:the|my|his|her|their)\s+"
                                r"(?:new\s+)?(?:hearing\s+aids?|watch(?:\s+strap)?|strap|earrings?|glasses|plasters?|rings?|"
                                r"necklace|belt\s+buckle|bra|elastic|waistband|gloves?|mask|dressing|stoma\s+bag|adhesive(?:\s+flange)?|"
                                r"flange|tape|sensor|patch)\b")   # ("rash exactly under the adhesive flange" of a new stoma bag, set EX)
_ONE_SIDE = r"(?i)\b(?:left|right|l|r)\s+"   # one side's two parts, numb or weak together
ONE_SIDE_ARM_LEG = rx.compile(_ONE_SIDE + r"(?:arm|hand)\s+(?:and|&|\+)\s+(?:leg|foot)\s+(?:numbness|tingling|numb|"
                              r"went\s+numb|pins\s+and\s+needles)")
ONE_SIDE_ARM_WEAK = rx.compile(_ONE_SIDE + r"(?:arm|hand|leg|face)\s*(?:and|&|\+)\s*(?:leg|foot|hand|arm|face)\s+"
                               r"(?:went\s+|goes\s+|is\s+|are\s+|felt\s+)?(?:numb\s+and\s+)?weak(?:ness)?\b")
# Set CM, the extremes of age: notes of a baby, a toddler or a parent of 80 that went unread
# - an infant's cry gone high ("the cry sounds different, kind of high", "a high-pitched scream": meningitis, NICE NG143)
HIGH_CRY = rx.compile(r"(?i)\b(?:cry|crying|scream|screaming|wail)\b[^.;!?]{0,30}?\b(?:high[- ]?pitched|shrill|piercing|"
                      r"(?:kind\s+of|really|very|weirdly|strangely)\s+high|squealing|like\s+a\s+cat)\b|\bhigh[- ]pitched\s+(?:cry|crying|scream)")
# - a hip that cannot take weight after a fall, its foot turned out (NICE CG124 "Hip fracture")
CANT_STAND_ON_IT = rx.compile(r"(?i)\b(?:can'?t|cannot|can\s+not|unable\s+to|couldn'?t|won'?t|refuses\s+to)\s+(?:stand|put\s+(?:any\s+)?weight|"
                              r"bear\s+(?:any\s+)?weight|walk|step)\s+on\s+(?:her|his|my|the|their|it)\b(?:\s+(?:left|right|l|r|bad|sore))?"
                              r"(?:\s+(?:leg|foot|ankle|hip|knee|side))?")
FOOT_TURNED_OUT = rx.compile(r"(?i)\b(?:foot|leg|toes|knee)\s+(?:is\s+|was\s+|are\s+|looks?\s+|seems?\s+)?(?:turned|pointing|pointed|rolled|"
                             r"rotated|flopped)\s+out(?:wards?)?\b|\bleg\s+(?:looks?\s+|is\s+|seems?\s+)?(?:a\s+bit\s+)?shorter\b")
# - a hernia that has stayed out ("the lump has stayed out, it's firm and won't go back like it usually does": an
#   incarcerated inguinal hernia, NICE CKS "Inguinal hernia": urgent surgical assessment)
LUMP_STAYED_OUT = rx.compile(r"(?i)\b(?:lump|hernia|bulge|swelling)\b[^.;!?]{0,50}?\b(?:stayed\s+out|stuck\s+out|won'?t\s+go\s+back|"
                             r"will\s+not\s+go\s+back|can'?t\s+(?:push|get|pop)\s+(?:it\s+)?back|not\s+going\s+back|doesn'?t\s+go\s+back|"
                             r"isn'?t\s+going\s+back|no\s+longer\s+goes\s+back)")
# - an arm gone dead and heavy ("L arm & hand 'dead and heavy', couldn't hold her knitting": a TIA's weak arm)
ARM_DEAD_HEAVY = rx.compile(r"(?i)\b(?:(?:l|r|left|right)\s+)?(?:arm|hand)\b[^.;!?]{0,20}?\b(?:dead\s+and\s+heavy|heavy\s+and\s+dead|"
                            r"went\s+(?:dead|heavy|limp)|gone\s+(?:dead|heavy|limp)|felt\s+(?:dead|heavy)|heavy\s+and\s+useless|"
                            r"useless\s+and\s+heavy)\b")
# - a scarlet fever's rash "feels like sandpaper" (the lexicon reads a sandpaper throat and eyes, not the rash's)
# (a rash's, not the skin's: "my skin is like sandpaper" was a hypothyroid woman's dry skin)
SANDPAPER_SKIN = rx.compile(r"(?i)\b(?:rash|spots)\b[^.;!?]{0,40}?\b(?:sand\s?paper|sandpapery)\b|\bsandpapery\s+rash\b")
# - a toddler into the medicines (孙子…把奶奶的药瓶打开了…不知道他吃了几颗; 误服, 偷吃了药): an accidental ingestion,
#   assessed at once (NPIS TOXBASE: a calcium-channel blocker or sulfonylurea can be fatal to a toddler in one tablet)
ZH_INTO_THE_MEDICINE = rx.compile(r"误服|误吃|偷吃了?[^，。；]{0,8}?药|把[^，。；]{0,12}?药(?:瓶|盒|板|罐)?(?:打开|拆开|翻出来|拿出来)了|"
                                  r"药(?:瓶|盒)[^，。；]{0,4}?(?:被)?(?:打开|拆开)了|吃了[^，。；]{0,6}?(?:药片|药丸)[^，。；]{0,4}?不知道|"
                                  r"不知道(?:他|她|孩子|宝宝)?(?:吃|吞)了(?:几|多少)(?:颗|片|粒)|"
                                  # (taken out and eaten while no one looked: "趁我不注意把她爷爷的降压药（苯磺酸氨氯地平片5mg）
                                  # 从药盒里拿出来吃了…估计吃了3到4片" of a 2-year-old led with a threadworm, set FV)
                                  r"趁[^，。；]{0,6}?不注意[^。；]{0,40}?(?:吃了|吞了|吃下去|咽下去|放嘴里|塞嘴里)|"
                                  r"把[^。；]{0,40}?(?:药|片)[^。；]{0,20}?(?:拿出来|翻出来|抠出来)(?:就|给)?(?:吃了|吞了|吃掉了|放嘴里)")
ZH_MEDICINE_WORDS = rx.compile(r"药|片|粒|胶囊")
# - a Chinese ear pushed out behind by a swelling (耳朵后面红肿…耳朵往外翘: mastoiditis, NICE CKS "Otitis media - acute")
ZH_BEHIND_EAR = rx.compile(r"耳(?:朵)?(?:后面|后边|后头|后方|背后|后)[^，。；,;不没无]{0,4}?(?:红肿|肿了|肿起|鼓起|鼓包|肿)|"
                           r"耳(?:朵)?[^，。；,;不没无]{0,8}?(?:往外翘|向外翘|往前翘|支出来|翘出来|被顶出来)")
# - blood on the outside of a hard poo ("big hard ones that sometimes have a bit of blood on the outside": a fissure's,
#   NICE CG99 asks after it in a child's constipation)
BLOOD_ON_THE_OUTSIDE = rx.compile(r"(?i)\bblood\s+on\s+(?:the\s+)?(?:outside|surface)\b|"
                                  r"\b(?:bleeding|blood)\s+(?:bright\s+red\s+|red\s+)?(?:on|in)\s+(?:the\s+)?(?:toilet\s+)?"
                                  r"(?:paper|tissue|pan|bowl)\b|\b(?:streaks?|streaked|smears?|smeared)\s+"
                                  r"(?:of|with)\s+(?:bright\s+)?(?:red\s+)?blood\b")
# A barking cough with its likeness quoted ("2yo M barky 'seal' cough started overnight": a croup's, read as a plain cough)
BARK_QUOTED = rx.compile(r"(?i)\b(?:barky|barking)\s+['\"‘“][\w -]{1,15}['\"’”]\s+cough\b|\bseal(?:-like)?\s*['\"’”]?\s+"
                         r"(?:bark|cough)\b")
# "was sick" as a vomit in British English ("woke up with tummy ache and was sick": read as nothing), where it ends its
# clause or is counted or placed - not "was sick of", "been sick for 3 days" (ill), nor "feel sick"
SICK_ENDS_CLAUSE = rx.compile(r"(?i)(?<!feel )(?<!feels )(?<!feeling )\b(?:was|were)\s+sick\b(?!\s+and\s+tired)(?=\s*(?:[,.;!?)]|$|and\b|but\b|"
                      r"twice|once|again|\d|x\s*\d|several|a few|a couple|everywhere|overnight|in the night|this morning|"
                      r"last night|after|on (?:the|his|her|my)|in (?:the|his|her|my) (?:bed|car|cot|bath|toilet|sink)))")
# A boy's or man's "bits", "balls" hurting (a parent's "admits his 'bits' hurt on the left side": a torsion's, read as
# nothing)
BITS_HURT = rx.compile(r"(?i)\b(?:his|my)\s+['‘\"“]?(?:bits|balls|nuts|testicles?|testes|privates|private\s+parts|"
                       r"crown\s+jewels)['’\"”]?\s+(?:really\s+|both\s+)?(?:hurt|hurts|hurting|are\s+sore|is\s+sore|ache|aches|"
                       r"aching|are\s+painful|is\s+painful|sore)\b")
# a child holding or clutching an ear ("3yo woke crying holding his left ear": read as nothing)
HOLDING_EAR = rx.compile(r"(?i)\b(?:holding|clutching|grabbing|cupping|hitting|banging)\s+(?:at\s+)?(?:his|her|their|the)\s+"
                         r"(?:(?:left|right|l|r)\s+)?ears?\b")
# an ear running as a parent finds it ("yellowish stuff on her pillow from that ear", "gunk coming out of his ear": an
# otitis media that has burst, read as nothing, set GD), not wax; and a child crying with an ear ("crying with her ear
# all night"), its pain
EAR_RUNNING = rx.compile(r"(?i)\b(?:stuff|gunk|goo|gunge|pus|liquid|fluid|discharge|muck|crusty\s+stuff|yellow\s+stuff|"
                         r"green\s+stuff)\b[^.;!?\n]{0,40}?\b(?:from|out\s+of)\s+(?:that|her|his|the|my|their|one|"
                         r"(?:her|his|my|the|their)\s+(?:left|right|sore|bad))\s+ears?\b|"
                         r"\bears?\s+(?:is|are|has\s+been|have\s+been|started|was)?\s*(?:running|oozing|leaking|weeping|discharging)\b")
CRYING_WITH_EAR = rx.compile(r"(?i)\b(?:crying|screaming|wailing|up\s+all\s+night|awake)\s+(?:with|about|over)\s+(?:her|his|their|"
                             r"the|my)\s+(?:(?:left|right|sore)\s+)?ears?\b")
# a child pulling at an ear in Chinese ("老是用手去抓右边耳朵", 一直拽右边耳朵, 揉右边耳朵, Cantonese "成日 拉 右耳"): an ear
# infection's sign in the young (NICE CKS "Otitis media - acute"), read as no finding at all
# (揪 too: "老揪右边耳朵", an 18-month-old's otitis media, set EN)
ZH_EAR_PULLING = rx.compile(r"(?:抓|拽|揉|拉|扯|摸|挠|抠|捂|拍|揪)(?:着)?\s*(?:他的|她的|自己的|小)?\s*(?:右边|左边|两边|一边|右|左)?"
                            r"\s*(?:的)?耳(?:朵)?")
# an ear running in Chinese ("右耳朵里流出黄色的水", "黄色的水，是从右耳朵流出来的", 耳朵流脓)
ZH_EAR_DISCHARGE = rx.compile(r"耳(?:朵)?(?:里|眼)?(?:面)?(?:流|淌|冒)(?:出)?(?:来)?(?:了)?(?:一些|点|些)?(?:黄|脓|水|液|分泌物|血|东西)|"
                              r"(?<!没)(?<!不)从(?:右|左|两)?(?:边)?耳(?:朵)?(?:里)?(?:面)?(?:流|淌)(?:出)")
POO_SAID = rx.compile(r"(?i)\b(?:poo\w*|stools?|bowel\s+motions?|motions|number\s+twos?|constipat\w*|bum)\b")
# - one limb red and swollen ("a sore red swollen left leg for 3 days, hot to touch": a cellulitis's or a DVT's, read
#   as the heavy aching legs of varicose veins)
RED_SWOLLEN_LIMB = rx.compile(r"(?i)\b(?:red|hot|inflamed)(?:,?\s+(?:and\s+)?(?:swollen|hot|red|tender|sore|warm|inflamed)){1,3}\s+"
                              r"(?:(?:left|right|l|r|lower|upper)\s+)?(?:leg|shin|calf|foot|ankle|arm|forearm|hand|thigh)\b")
# (the limb first: "left lower leg red, hot, swollen and tender from ankle to just below the knee, spreading" of a
# cellulitis was read as a hot joint, set DH)
# (and below a knee or an elbow, swelling as people write it: "My left leg below knee is red, hot and swelling since 2
# days" of a cellulitis was a hot knee joint, set EU)
LIMB_RED_HOT = rx.compile(r"(?i)\b(?:leg|shin|calf|foot|forearm|thigh)(?:\s+(?:below|under|above)\s+(?:the\s+|my\s+)?(?:knee|elbow))?"
                          r"\s+(?:is\s+|was\s+|looks\s+|now\s+|became\s+|become\s+|gone\s+)?"
                          r"(?:red|hot|inflamed)(?:,?\s+(?:and\s+)?(?:swollen|swelling|hot|red|tender|sore|warm|inflamed)){1,3}\b")
HOT_TO_TOUCH = rx.compile(r"(?i)\b(?:it|it'?s|leg|arm|shin|calf|foot|ankle|knee|joint|skin|area|patch|lump|breast|wound|cut|bite|"
                          r"swelling|toe|finger|hand|elbow|wrist|boil)\b[^.;!?]{0,25}?\b(?:hot|warm|burning)\s+to\s+(?:the\s+)?touch\b")
# (a limb's or a swelling's: "he's very hot to touch, confused" in a heatwave is a heat stroke's hot skin, and a
# cellulitis had led it, set CO)
SKIN_OR_LIMB = rx.compile(r"(?i)\b(?:skin|legs?|shin|calf|foot|feet|ankles?|arms?|forearm|hands?|thigh|knee|toe|finger|wound|cut|"
                          r"bite|lump|boil|swelling|swollen|joint|breast)\b")
# - hands shakier than they were ("Hands are shakier than usual", 手比平时抖得厉害: a lithium toxicity's coarse tremor, set CE)
SHAKIER_THAN_USUAL = rx.compile(r"(?i)\b(?:hands?|arms?|fingers?)\b[^.;!?]{0,12}?\b(?:shakier|more\s+shaky|more\s+trembly)\b|"
                                r"手[^，。；,;]{0,3}?比(?:平时|以前|往常|原来)[^，。；,;]{0,2}?抖")
# - a breath that smells of acetone ("my breath smells funny, like nail varnish", "pear drops": ketones, a DKA's)
KETONE_BREATH = rx.compile(r"(?i)\bbreath\b[^.;!?]{0,30}?\b(?:nail\s+(?:varnish|polish)(?:\s+remover)?|pear\s+drops|acetone|"
                           r"fruity|sweet(?:ish)?|ketones?)\b|\b(?:smells?|smelling)\s+of\s+(?:nail\s+(?:varnish|polish)|pear\s+drops|"
                           r"acetone)\b|呼吸[^，。；,;]{0,6}?(?:烂苹果|丙酮)味|嘴里[^，。；,;]{0,4}?烂苹果味")
# - an opioid's narcosis in Chinese ("呼吸很慢很浅，一分钟大概就8次，瞳孔看着很小"; set CO)
ZH_SLOW_SHALLOW = rx.compile(r"呼吸[^，。；,;]{0,4}?(?:很慢很浅|又慢又浅|慢而浅|很浅很慢|变慢变浅)|呼吸[^，。；,;]{0,3}?(?:一分钟|每分钟)[^，。；,;]{0,4}?"
                             r"(?:[1-9]|十)次")
ZH_PINPOINT = rx.compile(r"瞳孔[^，。；,;]{0,4}?(?:很小|针尖|缩小|特别小|非常小)")
ZH_OPIOID = rx.compile(r"羟考酮|奥施康定|吗啡|芬太尼|曲马多|可待因|杜冷丁|哌替啶|美沙酮|海洛因")
# - a strong or illicit opioid taken in English ("on oxycodone for his back", "methadone 60ml daily", "leftover oxys",
#   "smokes brown on foil": none was read, and an opioid toxicity's pinpoint pupils and slow breathing led with a
#   stroke or a sepsis, set DC); not a dose given by a paramedic or a ward ("given morphine in the ambulance"), and not
#   codeine or co-codamol, which the knowledge base's finding does not mean
OPIOID_SAID = rx.compile(r"(?i)(?<!given\s)(?<!gave\s)(?<!gave\shim\s)(?<!gave\sher\s)(?<!administered\s)(?<!iv\s)(?<!im\s)"
                         r"\b(?:heroin|smack|methadone|subutex|buprenorphine|espranor|fentanyl|oxycodone|oxycontin|oxynorm|"
                         r"oxys|percocet|vicodin|hydrocodone|hydromorphone|tapentadol|diamorphine|oramorph|zomorph|mst\s+\d+(?:\s*mg)?)\b|"
                         r"\b(?:on|takes|taking|uses|using|injects|injecting|smokes|smoking|bought|buying|prescribed)\s+"
                         r"(?:(?:his|her|my|their|regular|daily|street|slow[- ]release)\s+)?(?:morphine|tramadol)\b|"
                         r"\b(?:smokes|smoking|chasing)\s+(?:brown|the\s+dragon)\b|\bon\s+(?:tin\s*)?foil\b|\bfoil\s+(?:and|with)\s+"
                         r"(?:a\s+)?(?:lighter|needles?|syringes?)\b|\b(?:needles?|syringes?)\s+and\s+(?:some\s+)?(?:tin\s*)?foil\b")
#   Read only in a note of an opioid's toxicity (a hepatitis C screen "on methadone, clean 6 years" took the finding for an
#   overdose's and led with a syphilis)
OPIOID_TOXIC_NOTE = rx.compile(r"(?i)\b(?:drows\w*|sleepy|hard\s+to\s+(?:wake|rouse)|won'?t\s+wake|not\s+waking|unrousable|"
                               r"unresponsive|pinpoint|pin-?point|tiny\s+pupils|pupils\s+(?:are\s+)?(?:tiny|small|pinpoint)|"
                               r"snoring|gurgl\w*|blue\s+lips|lips\s+(?:look\s+|are\s+|went\s+)?(?:a\s+bit\s+)?blue|"
                               r"breathing\s+(?:is\s+)?(?:really\s+|very\s+)?(?:slow|shallow)|slow\s+breathing|rr\s*[1-9]\b|gcs|"
                               r"naloxone|narcan|overdos\w*|od'?d|too\s+much)")
# - a stay in a named tropical country ("Got back from Bali 5 days ago", "returned from Nigeria 10 days ago", "在印度北部某
#   水电站项目工作，1月前回国", "从柬埔寨回来": a dengue, a malaria or a typhoid's travel went unread, sets DD, DE, L, X);
#   not a trip to come ("going to Thailand next month", "准备去泰国")
_TROPICS = (r"africa|ghana|nigeria|kenya|uganda|tanzania|zanzibar|malawi|zambia|zimbabwe|mozambique|sierra\s+leone|liberia|"
            r"guinea|cameroon|congo|drc|ethiopia|sudan|somalia|senegal|gambia|mali|burkina\s+faso|ivory\s+coast|togo|benin|"
            r"angola|rwanda|burundi|madagascar|thailand|vietnam|cambodia|laos|myanmar|burma|indonesia|bali|lombok|"
            r"philippines|malaysia|borneo|india|goa|kerala|pakistan|bangladesh|sri\s+lanka|nepal|south\s*-?\s*east\s+asia|"
            r"se\s+asia|brazil|peru|colombia|ecuador|venezuela|bolivia|guyana|the\s+amazon|central\s+america|honduras|"
            r"guatemala|nicaragua|costa\s+rica|panama|belize|papua\s+new\s+guinea|the\s+tropics|"
            # (cities: "returned 2 wks ago from 6 wk visit to family in Lahore" read no travel, set DE)
            r"lahore|karachi|islamabad|rawalpindi|peshawar|mirpur|delhi|mumbai|kolkata|chennai|bangalore|bengaluru|"
            r"hyderabad|dhaka|sylhet|chittagong|lagos|abuja|accra|kumasi|nairobi|mombasa|kampala|dar\s+es\s+salaam|"
            r"addis\s+ababa|khartoum|kinshasa|freetown|dakar|bangkok|phuket|chiang\s+mai|hanoi|ho\s+chi\s+minh|saigon|"
            r"manila|jakarta|kuala\s+lumpur|kathmandu|colombo|yangon|phnom\s+penh")
# "returned 2 wks ago from 6 wk visit to family in Lahore": a return with its time and its visit between
RETURNED_FROM_AFAR = rx.compile(r"(?i)\b(?:returned|got\s+back|came\s+back|flew\s+back|back|home)\s+(?:[\w-]+\s+){0,4}?from\s+"
                                r"(?:[\w-]+\s+){0,7}?(?:in\s+|to\s+)?(?:" + _TROPICS + r")\b")
TROPICAL_STAY = rx.compile(r"(?i)(?<!going\s)(?<!planning\s)(?<!off\s)\b(?:(?:just\s+|recently\s+)?(?:got|came|come|coming|flew|"
                           r"flown|arrived|back|returned|returning|home)\s+(?:back\s+|home\s+)?from|(?:been|was|were|stayed|"
                           r"staying|travelling|traveling|backpacking|working|holiday|holidaying|volunteering|trip)\s+(?:in|to|"
                           r"around|through|across)|visiting\s+(?:family|relatives|friends)\s+in|(?:went|been)\s+to|"
                           r"visited|recent(?:ly)?\s+(?:travel(?:led)?|trip)\s+(?:to|in))\s+(?:(?:rural|northern|southern|"
                           r"western|eastern|north|south|west|east|central)\s+)?(?:" + _TROPICS + r")\b|"
                           r"\b(?:" + _TROPICS + r")\s+(?:trip|holiday|travel)\b(?!\s+(?:next|in\s+\d|planned|coming))|"
                           r"(?<!准备)(?<!打算)(?<!计划)(?<!要)(?:从|刚从|去了|去过|在)(?:非洲|东南亚|泰国|越南|柬埔寨|老挝|缅甸|印尼|"
                           r"印度尼西亚|巴厘岛|菲律宾|马来西亚|印度|巴基斯坦|孟加拉|斯里兰卡|尼泊尔|尼日利亚|加纳|肯尼亚|坦桑尼亚|乌干达|"
                           r"安哥拉|埃塞俄比亚|刚果|赞比亚|莫桑比克|马拉维|几内亚|塞拉利昂|喀麦隆|苏丹|南美|巴西|秘鲁|哥伦比亚)"
                           r"[\u4e00-\u9fff]{0,12}?(?:回来|回国|务工|打工|出差|工作|旅游|旅行|玩|待|呆|住)")
# - a child's light and neck in a parent's words ("hates the big light", "wont look down at his toys": a meningitis with a
#   non-blanching rash led with a Kawasaki disease, set DH)
HATES_THE_LIGHT = rx.compile(r"(?i)\b(?:hates|hating|can'?t\s+stand|cannot\s+stand|won'?t\s+look\s+at|turns?\s+away\s+from|"
                             r"turning\s+away\s+from|hid(?:es|ing)?\s+from|screams?\s+at)\s+(?:the\s+)?(?:big\s+|bright\s+|main\s+|"
                             r"ceiling\s+|bedroom\s+)?lights?\b")
WONT_LOOK_DOWN = rx.compile(r"(?i)\b(?:won'?t|wont|will\s+not|can'?t|cant|cannot|refuses\s+to|doesn'?t\s+want\s+to)\s+(?:bend\s+"
                            r"(?:his|her|my|their)\s+(?:neck|head)\s+(?:down|forward)|look\s+down|put\s+(?:his|her|my|their)\s+"
                            r"chin\s+(?:on|to|down\s+to)\s+(?:his|her|my|their)\s+chest|touch\s+(?:his|her|my|their)\s+chin\s+"
                            r"to\s+(?:his|her|my|their)\s+chest)\b")
# - a bare ringing in a note of the ear ("ear is still blocked and muffled, bit of ringing")
BIT_OF_RINGING = rx.compile(r"(?i)\b(?:(?:a\s+)?bit\s+of|some|slight|a\s+little|mild)\s+ringing\b")
EAR_WORD = rx.compile(r"(?i)\bears?\b|耳")
# - a cluster headache in Chinese ("每天差不多半夜两点准时疼醒，右眼后面像锥子扎一样，疼的时候右眼流泪、鼻子堵，根本躺不住只能来回走" read
#   a night pain, watering and a blocked nose, set C): the pain behind one eye, its eye watering, the restlessness and
#   the clockwork hour (IHS ICHD-3 3.1)
ZH_BEHIND_ONE_EYE = rx.compile(r"(?:[左右](?:边|侧)?(?:眼|眼睛)(?:眶)?(?:后面|后边|后方|深处|里面)|[左右](?:边|侧)?眼眶)[^，。；,;]{0,8}?"
                               r"(?:疼|痛|扎|钻|刺)")
ZH_ONE_EYE_WATERS = rx.compile(r"[左右](?:边|侧)?(?:眼|眼睛)(?:一直|也|还|就)?(?:流泪|流眼泪|掉眼泪|眼泪直流)")
ZH_CANT_LIE_STILL = rx.compile(r"(?:躺不住|坐不住|坐立不安)|(?:只能|只好|一直)(?:起来)?(?:来回走|走来走去|在屋里转|来回踱步)")
ZH_HEAD_PAIN = rx.compile(r"头(?:疼|痛)|(?:眼|眼睛|眼眶)[^，。；,;]{0,6}?(?:疼|痛|扎)")
ZH_CLOCKWORK = rx.compile(r"(?:每天|每晚|每天晚上|天天)(?:差不多|几乎|都|基本)?(?:在)?(?:半夜|凌晨|夜里|晚上)?(?:[一二两三四五六七八九十]|\d{1,2})"
                          r"点(?:左右|多)?(?:准时|都会|就会|就)|准时(?:疼醒|发作|开始疼|痛醒)")
# - a tuberculosis's weight, night sweats and contact in Chinese ("晚上睡觉出很多汗，衣服都湿透了，瘦了快十斤…老家有亲戚得过肺
#   结核" read only a sweating, and a reflux led, set DH)
ZH_POUNDS_LOST = rx.compile(r"(?:瘦了|掉了|轻了|少了)(?:快|近|将近|差不多|有|大概|得有|足足)?(?:[一二两三四五六七八九十几]+|\d+(?:\.\d)?)\s*(?:多)?"
                            r"(?:斤|公斤|kg|千克)")
ZH_NIGHT_SWEATS = rx.compile(r"(?:晚上|夜里|夜间|半夜|睡觉|睡着)(?:睡觉)?(?:的时候|时|后)?(?:老是|总是|经常|一直|会)?(?:出|冒)(?:了)?"
                             r"(?:很多|好多|一身|满身|大量|不少)?(?:的)?(?:汗|虚汗)|盗汗")
ZH_TB_CONTACT = rx.compile(r"(?:亲戚|家里人|家人|父亲|母亲|爸|妈|老婆|老公|室友|同事|工友|同学|邻居|爷爷|奶奶|舍友)[^，。；,;]{0,6}?"
                           r"(?:得过|得了|有|患过|查出|确诊)(?:过)?(?:肺)?结核")
# - a ketotic breath in Chinese ("嘴里有股怪怪的水果味" of a child's DKA, set DH)
ZH_FRUITY_BREATH = rx.compile(r"(?:嘴里|口里|口中|呼吸|呼出(?:的|来的)?气|嘴巴|气味)[^，。；,;]{0,6}?(?:水果|烂苹果|苹果|指甲油|丙酮)(?:的)?"
                              r"(?:味|气味)")
# - a glucose meter's "HI" or a reading above its range ("快速血糖“HI”（>33.3mmol/L）" of a hyperosmolar state, set DG)
GLUCOSE_OFF_THE_SCALE = rx.compile(r"(?i)(?:血糖|glucose|\bbm\b|\bcbg\b|\bbg\b)[^，。；,;\d]{0,8}?(?:[\"“”'‘’(（]\s*(?:HI|high)\b|"
                                   r"\b(?:HI|high)\s*[\"“”'‘’)）]|(?:>|＞|超过|高于|大于|above|over)\s*(?:2[5-9]|3\d)(?:\.\d)?)")
# - a hearing lost suddenly ("suddenly lost the hearing in my left ear this morning" read nothing)
HEARING_LOST_SUDDENLY = rx.compile(r"(?i)\b(?:sudden(?:ly)?|overnight|woke\s+up\s+(?:with|and))\b[^.;!?\n]{0,30}?\b(?:lost|lose|losing|"
                                   r"gone|went)\s+(?:the\s+|my\s+|all\s+(?:the\s+)?|his\s+|her\s+|most\s+of\s+(?:the\s+|my\s+)?)?"
                                   r"hearing\s+(?:in|on|of)\s+(?:my|his|her|the|one)\s+(?:(?:left|right|l|r)\s+)?ear\b")
# - a faint's trigger: a hot, crowded place, standing long, a needle or blood ("fainted in the queue at a hot festival
#   after standing for an hour", 抽血时看到针头就晕了), in a note of a faint (NICE CG109's provoking factors)
FAINT_TRIGGER_SAID = rx.compile(r"(?i)\b(?:hot|stuffy|crowded|warm|packed|boiling)\s+(?:queue|church|room|bus|train|tube|carriage|concert|"
                                r"gig|festival|assembly|hall|shop|classroom|kitchen|bathroom|shower|sauna)\b|\b(?:queue|church|"
                                r"assembly|concert|festival|gig|christening|wedding|funeral)\b[^.;!?\n]{0,40}?\b(?:hot|heat|stuffy|"
                                r"boiling|warm|crowded)\b|\bstanding\s+(?:up\s+)?(?:still\s+)?for\s+(?:ages|a\s+long\s+time|an?\s+hour|"
                                r"over\s+an\s+hour|\d+\s*(?:h|hrs?|hours?|mins?|minutes))\b|\b(?:long|hot)\s+shower\b|"
                                r"看到(?:针|针头|血)|抽血|打针|久站|站(?:了|得)?太久|站了(?:很久|好久|一个多?小时)|闷热|人(?:很|特别)?多(?:又|还)?(?:很|特别)?热")
FAINT_NOTE = rx.compile(r"(?i)\bfaint|\bpass(?:ed|es)?\s+out|\bblack(?:ed)?\s+out|\bcollaps|\bkeeled\s+over|晕倒|晕过去|昏倒|"
                        r"昏过去|眼前(?:一|发)?黑|软下去|瘫下去|软了下去|软倒|瘫倒")
# - a tonsillitis named as what was diagnosed ("seen at GP on thursday with tonsilitis and given amoxicillin"): a sore
#   throat
TONSILLITIS_NAMED = rx.compile(r"(?i)\btonsill?itis\b|扁桃体(?:炎|发炎)")
# - a head gone foggy ("has a headache and says he feels foggy" after a knock: a concussion's poor concentration)
FEELS_FOGGY = rx.compile(r"(?i)\b(?:feel(?:s|ing)?|felt|head(?:'s|\s+is|\s+feels)?|brain(?:'s|\s+is)?|gone|a\s+bit|bit|all|really|"
                         r"very|so|quite)\s+['‘\"]?(?:foggy|fuzzy-headed|woolly|muzzy|spaced\s+out)['’\"]?")
# Chat messages' words (set DK, 2026-12-06): each read nothing
# - a chest clutched ("been sitting on the sofa clutching his chest for like 40 min ... sweaty and grey ... goes into his
#   left arm and jaw" read no chest pain, and an alcohol withdrawal led)
CHEST_CLUTCHED = rx.compile(r"(?i)\b(?:clutch|clutching|clutched|holding|gripping|grabbing|rubbing)\s+(?:at\s+)?(?:his|her|my|their|the)\s+"
                            r"chest\b|捂着胸口|抓着胸口")
# - a kidney stone's waves to the groin, its pink urine and the stone before ("worst pain of my life in my right side going
#   round to my groin, comes in waves ... peed and its pinkish ... had this once in 2019 and it was a stone" led with a
#   mania)
SIDE_TO_GROIN = rx.compile(r"(?i)\b(?:side|back|flank|loin|kidney)\b[^.;!?\n]{0,30}?\b(?:going|goes|went|spreading|spreads|moving|moves|"
                           r"radiating|radiates|shooting|shoots)\s+(?:round\s+|around\s+|down\s+)?(?:in)?to\s+(?:my|his|her|the)\s+"
                           r"groin\b|(?:腰|侧腰|后腰)[^，。；,;]{0,8}?(?:疼|痛)[^，。；,;]{0,6}?(?:到|往|向)(?:大腿根|腹股沟|下腹|小肚子)")
PINK_URINE = rx.compile(r"(?i)\b(?:pee|wee|urine|piss|peed|weed)\b[^.;!?\n]{0,20}?\b(?:pink|pinkish|rosé|red|reddish|blood[- ]?stained|"
                        r"bloody|cola[- ]coloured|brown)\b|(?:尿|小便)(?:是|有点|有些|呈|变成|变得)?(?:粉红|粉色|红色|洗肉水)")
STONE_BEFORE = rx.compile(r"(?i)\b(?:had|passed)\s+(?:a\s+)?(?:kidney\s+)?stones?\s+before\b|\bit\s+was\s+a\s+(?:kidney\s+)?stone\b|"
                          r"\bhistory\s+of\s+(?:kidney\s+|renal\s+)?stones?\b|以前(?:得过|有过|长过)(?:肾|输尿管)?结石")
# - a bowel opened loose with blood and mucus, by night ("bleeding every time I go, blood mixed in with it, going 6-7 times
#   a day loose with mucus for about 5 weeks ... waking at night to go": an inflammatory bowel disease read only the
#   weight lost and led with a coeliac disease, routine)
BLOOD_MIXED_IN = rx.compile(r"(?i)\bblood\s+(?:mixed|mixed\s+up)\s+(?:in|into|through)\b|\bbleeding\s+every\s+time\s+(?:i|he|she)\s+"
                            r"(?:go|poo|open\s+my\s+bowels)\b")
LOOSE_WITH_MUCUS = rx.compile(r"(?i)\b(?:loose|runny|watery)\b[^.;!?\n]{0,20}?\b(?:with|and)\s+(?:some\s+|lots\s+of\s+)?(?:mucus|slime|"
                              r"jelly)\b")
LOOSE_TIMES_A_DAY = rx.compile(r"(?i)\bgoing\s+(?:about\s+)?(?:\d+|\d+\s*-\s*\d+|several|many)\s+(?:times\s+)?(?:a|per)\s+day\s+"
                               r"(?:loose|runny|watery)\b")
# - a thought of not waking up, the point of living gone: a passive suicidal thought ("said he 'doesn't see the point
#   anymore' ... has thoughts of not waking up" was read as a drowsiness, and a mania led, set DJ)
NOT_WAKING_WISHED = rx.compile(r"(?i)\b(?:thoughts?\s+(?:of|about)|thinking\s+(?:of|about)|wish(?:es|ed|ing)?(?:\s+(?:i|he|she))?|"
                               r"want(?:s|ed|ing)?|hop(?:e|es|ed|ing)(?:\s+(?:i|he|she))?|would\s+rather|rather)\s+(?:to\s+)?"
                               r"(?:not\s+wak(?:e|ing)(?:\s+up)?|never\s+wak(?:e|ing)(?:\s+up)?|(?:go\s+to\s+sleep|sleep)\s+and\s+"
                               r"(?:not|never)\s+wake(?:\s+up)?|(?:wouldn'?t|won'?t)\s+wake(?:\s+up)?)\b|睡着了?就(?:别|不要|不)?(?:再)?醒(?:过来|来)?|"
                               # (not minded: "wouldn't mind going to sleep and not waking up" of a widower of 83 who had
                               # given his watch away was a drowsiness and a delirium, set FW)
                               r"\b(?:wouldn'?t|would\s+not|won'?t)\s+mind\s+(?:(?:going\s+to|falling)\s+)?(?:sleep|asleep)(?:ing)?\s+and\s+"
                               r"(?:not|never)\s+wak(?:e|ing)(?:\s+up)?\b")
NO_POINT = rx.compile(r"(?i)\b(?:doesn'?t|does\s+not|don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:the|any)\s+point\s+(?:anymore|any\s+more|"
                      r"in\s+(?:anything|living|life|going\s+on|carrying\s+on))\b|\bno\s+point\s+(?:in\s+)?(?:living|going\s+on|"
                      r"carrying\s+on|anymore)\b|活着(?:没|没有)(?:什么)?意思|活着(?:没|没有)意义|"
                      # (or asked: "says 'what's the point'" of a widower who leaves his meals, set FE)
                      r"\bwhat'?s\s+the\s+point\b(?!\s+of\s+(?:the|this|that|a|an)\s+(?:test|scan|tablets?|appointment|medicine))")
# - a tooth's hole and its cold and sweet ("Got a hole in one of my back teeth ... hurts with cold or sweet stuff" was a
#   back pain and a runny nose, set DJ; the back teeth are ``BACK_TEETH``)
TOOTH_HOLE = rx.compile(r"(?i)\b(?:hole|cavity|cavities)\s+in\s+(?:one\s+of\s+)?(?:my|his|her|a|the)\s+(?:back\s+|front\s+|top\s+|bottom\s+)?"
                        r"(?:teeth|tooth|molars?)\b|牙(?:上|齿上)?(?:有|长了|出现)?(?:个|一个)?(?:洞|窟窿|黑洞)|蛀牙|虫牙")
# - a tooth that hurts, in any words ("pain in my back tooth", "my back tooth is killing me" read nothing once the back
#   was no back pain)
TOOTH_HURTS = rx.compile(r"(?i)\b(?:tooth|teeth|molars?)\b[^.;!?\n]{0,20}?\b(?:killing|hurts?|hurting|aching|aches|throbbing|"
                         r"painful|sore|agony|is\s+in\s+agony)\b|\b(?:pain|ache|aching|throbbing|twinges?)\s+(?:in|from|round|"
                         r"around)\s+(?:my|his|her|a|the|one\s+of\s+my)\s+(?:back\s+|front\s+|top\s+|bottom\s+|upper\s+|lower\s+|"
                         r"wisdom\s+|left\s+|right\s+)*(?:teeth|tooth|molars?)\b")
# - a gout's big toe in chat words ("woke up at 3am w my big toe on fire 🔥 cant even have the duvet on it. red shiny
#   swollen" read nothing and led with an alcoholic hepatitis, set DK)
BIG_TOE_ON_FIRE = rx.compile(r"(?i)\bbig\s+toe\b[^.;!?\n]{0,20}?\b(?:on\s+fire|burning|throbbing|killing|agony|excruciating|"
                             r"screaming)\b|\b(?:can'?t|cant|cannot|couldn'?t)\s+(?:even\s+)?(?:have|bear|stand|put|tolerate|"
                             r"take)\s+(?:the\s+|a\s+|my\s+)?(?:duvet|sheets?|bed\s*sheets?|blankets?|covers?|socks?)\s+(?:on|touching|"
                             r"near|over)\s+(?:it|my\s+toe|the\s+toe)\b")
RED_SHINY_SWOLLEN = rx.compile(r"(?i)\b(?:red|hot)\b[,\s]+(?:and\s+)?(?:shiny|swollen)\b(?:[,\s]+(?:and\s+)?(?:shiny|swollen|hot|red)\b)?")
TOE_NOTE = rx.compile(r"(?i)\bbig\s+toe|\bfirst\s+mtp|\bbunion")   # (a big toe's: "athlete's foot between my toes" of a
#                                                                       cellulitis had its red shin read as a joint)
# - a clinician's "lac" ("3cm lac vol R forearm, clean edges, bleeding controlled w pressure" read nothing, set BN)
LAC_SHORTHAND = rx.compile(r"(?i)\b\d+(?:\.\d+)?\s*cm\s+lacs?\b|\blacs?\s+(?:to|on|of|over)\s+(?:the\s+|his\s+|her\s+|l\s+|r\s+|left\s+|"
                           r"right\s+)?\w+|\blacs?\b(?=[^.;\n]{0,20}?\b(?:forearm|hand|finger|arm|leg|scalp|head|face|knee|shin|"
                           r"thumb|palm|wrist|foot|lip|chin|eyebrow|forehead)\b)")
# - a testicle swollen or sore in Chinese, in everyday words ("右边蛋蛋这三天慢慢肿起来了 摸着烫 痛" read only the fever and
#   a prostatitis led, set DK)
ZH_TESTICLE_SORE = rx.compile(r"(?:左边|右边|左侧|右侧|一边|一侧|两边)?(?:的)?(?:蛋蛋|睾丸|卵蛋|蛋子|阴囊)(?![和与跟到])"
                              r"(?:(?!突然)[^，。；,;\n不没无未]){0,10}?(?:肿|胀|痛|疼|烫|硬)(?!疙瘩|包|痘|结节|点)")   # (not a skin's
#                                                                 nodules, "阴囊上长了好几个小硬疙瘩" of a scabies, set FZ)
# (a sudden one: "左边 睾丸 突然 好痛, 呕咗" of a torsion; not "睾丸也不肿"; nor the perineum "蛋蛋和屁股中间")
ZH_TESTICLE_SUDDEN = rx.compile(r"(?:蛋蛋|睾丸|卵蛋|蛋子|阴囊)[^，。；,;\n不没无未]{0,6}?突然[^，。；,;\n不没无未]{0,6}?(?:痛|疼)|"
                                r"突然[^，。；,;\n不没无未]{0,6}?(?:蛋蛋|睾丸|卵蛋|蛋子)[^，。；,;\n不没无未]{0,6}?(?:痛|疼)")
# - a vomit or two in Chinese ("每天早上恶心，有时候吐一两次" read only the nausea, set DJ)
ZH_VOMITS_A_FEW = rx.compile(r"(?<![痰血])吐(?:了)?(?:一两|两三|一|两|三|四|五|几|好几)(?:次|回|下)")
# Babies' words (set DM, 2026-12-06: babies to 6 months, first read 0.58 / 0.72 with 14 under-triaged): each read
# nothing
# - few wet nappies ("Only 3 wet nappies in the last 24 hours", "昨天到今天只换了两片湿尿布"; NICE CG84 and NG143: fewer wet
#   nappies is a dehydration's sign in a baby)
FEW_WET_NAPPIES = rx.compile(r"(?i)\b(?:only|just|barely)\s+(?:(?:had|been)\s+)?(?:\d|one|two|three|four|a\s+couple\s+of|a\s+few)\s+"
                             r"(?:wet|damp|wee)\s+nappies\b|\b(?:not\s+many|hardly\s+any)\s+(?:wet|damp)\s+nappies\b|"
                             r"(?:只|才|就)(?:换了|有|湿了|尿了)(?:一|两|二|三|1|2|3)(?:片|个|块|次)(?:湿)?(?:尿布|尿不湿|纸尿裤)|"
                             r"尿布(?:上)?(?:有)?砖红色")
# - a baby's coughing fits ("bouts of 10-15 coughs in a row, goes red in the face, then brings up her feed": a
#   whooping cough's paroxysms, NICE CKS "Whooping cough"; its feed brought up after)
COUGHING_BOUTS = rx.compile(r"(?i)\b(?:bouts|fits|spasms|attacks|runs)\s+of\s+(?:\d+\s*[-–]\s*\d+\s+|\d+\s+)?cough(?:s|ing)?\b|"
                            r"\bcoughing\s+(?:fits|bouts|spasms|attacks)\b|\b\d+\s*[-–]?\s*\d*\s+coughs\s+in\s+a\s+row\b|"
                            r"(?:一阵一阵|连续|一连串)(?:地|的)?(?:咳|咳嗽)(?:十几声|好几声|十几下|停不下来)?")
FEED_BROUGHT_UP = rx.compile(r"(?i)\b(?:brings?|brought|bringing|throws?|threw|throwing)\s+up\s+(?:(?:her|his|the|its|their|all\s+(?:her|his))\s+)?"
                             r"(?:feed|milk|bottle)\b|咳(?:到|得)?吐(?:奶)?")
# - a scrotum swollen, hard or dark ("left side of his scrotum is swollen, hard and looks dark bluey purple, he screams
#   when I touch it" at 3 months: a torsion read nothing), not the balls of the feet ("both wrists, knuckles and balls
#   of my feet swollen and hot" in rheumatoid arthritis was a testicular emergency, set DX)
SCROTUM_SWOLLEN = rx.compile(r"(?i)(?<!on my )(?<!on his )(?<!on the )\b(?:scrotum|scrotal|testicles?|testis|testes|balls?(?!\s+of\s+(?:my|his|her|the|both)\s+(?:feet|foot|thumbs?|hands?))|nuts)\b[^.;!?\n]{0,25}?\b(?:swollen|swelling|hard|"
                             r"dark|blue|bluey|purple|red|tender|sore|painful|bigger)\b")
# - a dog or cat that bit or snapped at a baby ("our family dog ... snapped at the baby ... 2 puncture marks on her cheek")
PET_BIT = rx.compile(r"(?i)\b(?:dog|cat|puppy|kitten|staffie|terrier|collie|labrador|spaniel|husky|alsatian|rottweiler)\b[^.;!?\n]{0,40}?"
                     r"\b(?:snapped\s+at|bit|bitten|nipped|went\s+for|attacked|grabbed)\b|被(?:狗|猫|宠物)(?:咬|抓)")
# - a baby's paracetamol from the wrong bottle ("picked up the Six Plus bottle (250mg in 5ml) instead of the infant
#   one. I gave 5ml at 6pm, 9pm, 11pm and 1am": 4 times the dose, read nothing)
WRONG_STRENGTH = rx.compile(r"(?i)\b(?:wrong\s+(?:bottle|strength|one|syringe|dose)|six\s*plus|6\s*\+|instead\s+of\s+the\s+(?:infant|baby)|"
                            r"double\s+(?:the\s+)?dose|too\s+(?:much|many\s+doses)|extra\s+dose)")
# - a belly button gone red with a discharge ("8 day old ... skin around his belly button is red ... puffy, and there's
#   some yellow smelly discharge. It's spread a bit": an omphalitis, a newborn's serious infection, NICE NG195)
NAVEL_RED = rx.compile(r"(?i)\b(?:belly\s*button|tummy\s*button|navel|umbilicus|umbilical|cord(?:\s+stump)?)\b[^.;!?\n]{0,35}?"
                       r"\b(?:red|redness|inflamed|hot|angry)\b|(?:肚脐|脐部|脐带)(?:眼)?(?:周围|附近)?(?:发红|红肿|红了|很红)")
NAVEL_DISCHARGE = rx.compile(r"(?i)\b(?:belly\s*button|tummy\s*button|navel|umbilicus|umbilical|cord(?:\s+stump)?)\b[^.;!?\n]{0,60}?"
                             r"\b(?:discharge|pus|oozing|ooze|smelly|smells|weeping)\b|(?:肚脐|脐部|脐带)(?:眼)?[^，。；]{0,6}?(?:流脓|有脓|"
                             r"分泌物|臭味|渗液)")
# - a baby's heart failure in Chinese ("吃奶就满头大汗，吃一会儿就要歇一下喘气…呼吸也比较快，一分钟六十多次。体重长得很慢…心脏有杂音")
ZH_FEED_SWEAT = rx.compile(r"吃奶(?:的时候|时)?(?:就)?(?:满头大汗|出很多汗|一身汗|出汗)")
ZH_FEED_BREATHLESS = rx.compile(r"吃(?:奶)?(?:一会儿?|几口)(?:就)?(?:要)?(?:歇|停)(?:一下|一会)?(?:喘气|喘)")
ZH_WEIGHT_SLOW = rx.compile(r"体重(?:长|增长|涨)得?(?:很|特别|比较)?慢|(?:不长|没长)(?:体重|肉)")
ZH_BREATHS_A_MINUTE = rx.compile(r"呼吸[^。；]{0,10}?(?:一分钟|每分钟)(?:[六七八九]十|[6-9]\d)")
# - a baby's groin lump stuck out ("右边大腿根那里原来哭的时候就会鼓个包…今天下午开始那个包一直鼓着，硬硬的…推不回去": an
#   incarcerated hernia)
ZH_LUMP_STUCK = rx.compile(r"(?:包(?!皮)|疙瘩|鼓包)[^。；]{0,12}?(?:推不回去|按不回去|回不去|缩不回去|(?:就|再也|一直)?不回去|推不进去|按不进去)|"
                           r"(?:推不回去|按不回去)")
# (and pushed without giving: "以前轻轻推能推回去，现在推不动", in a note of a lump: set FV's 6-month-old's incarcerated hernia
# read only a vomiting and was routine)
ZH_LUMP_WONT_PUSH = rx.compile(r"(?:现在|今天|这次|怎么)(?:都|也|却)?(?:推|按|揉)不(?:动|进去|回去)")
ZH_LUMP_NOTE = rx.compile(r"(?<!书)包(?!皮|子|括|装|扎)|疝|疙瘩")
# (a foreskin that will not go back is a paraphimosis's: "自己把小鸡鸡包皮往下翻，结果回不去了", set BL)
ZH_FORESKIN_STUCK = rx.compile(r"包皮[^。；]{0,20}?(?:回不去|翻不回来|翻不回去|退不回去|卡住|卡在龟头|卡成)")   # (翻不回去, set EC;
#   "包皮往后翻想洗干净，翻过去以后就翻不回来了" of a paraphimosis, set FZ)
COUGH_WORDS_NOTE = rx.compile(r"(?i)\bcough|咳")
# - a Chinese appendicitis's pain moved from the navel ("肚脐眼周围痛…今天早上痛跑到右下边了" read only the rebound and
#   led with a testicular torsion)
ZH_NAVEL_TO_RIGHT = rx.compile(r"肚脐(?:眼)?(?:周围|附近|那里|旁边)[^。；]{0,45}?(?:跑到|转到|移到|挪到|到了)(?:了)?右下(?:边|面|腹|方)?")
ZH_RIGHT_LOWER = rx.compile(r"(?:跑到|转到|移到|挪到)(?:了)?右下(?:边|面|腹|方)|右下边(?:疼|痛)")
# - better out of the house in Chinese ("到外面透透气好像好一点" beside a charcoal brazier burnt indoors)
ZH_BETTER_OUTSIDE = rx.compile(r"(?:到|去|出)(?:了)?(?:外面|室外|门外|屋外|楼下)(?:透透气|透气|走走|走一走|待一会|坐一会)?[^，。；,;]{0,6}?"
                               r"(?:好一点|好点|好些|好多了|舒服(?:一点|些|多了)?|缓解)")
# - an asthmatic's breathing in Chinese ("有哮喘 今晚喘得很厉害 蓝色喷雾喷了好几次都没用": 喘 in a known asthmatic is her
#   wheeze, and a pulmonary embolism led, set DK)
ZH_ASTHMA_BREATHING = rx.compile(r"喘(?:得|的)(?:很|特别|非常|好|太)?(?:厉害|严重|凶|难受)|喘(?:不上气|不过气|个不停)|(?:呼吸|喘气)(?:时|的时候)?"
                                 r"(?:有|带)?(?:哮鸣音|呼哧呼哧|嘶嘶|吱吱|拉风箱)")
ZH_ASTHMA_SAID = rx.compile(r"哮喘|支气管哮喘")
# Everyday words of a note telling several problems at once (set DH, 2026-12-06): each read nothing
# - a smoker, past or present ("ex-smoker (40 a day for 40 years)" of a COPD; "SH smoker 30 pk-yr"); not a non-smoker, a
#   passive smoker's or a never-smoker
SMOKER_SAID = rx.compile(r"(?i)(?<!non)(?<!non-)(?<!non\s)(?<!never\s)(?<!never-)(?<!passive\s)\b(?:ex-?\s*|former\s+|heavy\s+|"
                         r"current\s+|daily\s+|social\s+|lifelong\s+)?smoker\b")
# - a head "hooped" and a head's distending ache in Chinese ("下午开始头像被箍了一圈，两边太阳穴和后脑勺胀痛" read no headache, a
#   tension-type headache led by giant cell arteritis, set DP; NICE CKS "Headache - tension-type": a band, a pressure)
ZH_HEAD_BAND = rx.compile(r"头(?:上)?(?:像|好像|就像|跟)?(?:被)?(?:箍|勒|绑|捆)(?:了|住|着|紧)?(?:一圈|一道|一样|似的)?|紧箍咒|"
                          r"头(?:上)?(?:像)?戴了?(?:个|一个)?(?:紧)?(?:箍|帽子)|"
                          # ("头痛，像一圈带子箍着头" of an exam week's tension-type headache led with a migraine, set EW)
                          r"(?:像|好像|就像)(?:有)?(?:一圈|一根|一条|一道)?(?:带子|绳子|皮筋|箍)(?:紧紧(?:地)?)?(?:箍|勒|绑|捆)(?:着|住|在)?(?:我的?)?头|"
                          # ("每天下午就头疼，像被箍了一圈紧紧的" of an office worker's, set GA)
                          r"头(?:疼|痛)[，,]?\s*(?:像|好像|就像)(?:是)?(?:被)?(?:箍|勒|绑|捆)(?:了|住|着)?(?:一圈|一道)?")
ZH_HEAD_DISTENDING = rx.compile(r"(?:头|脑袋|太阳穴|后脑勺|脑门|额头)(?:和(?:两边)?(?:太阳穴|后脑勺|脑门|额头|头顶))?(?:都)?"
                                r"(?:有点|很|特别|一直|老是|总是)?(?:胀痛|胀疼|发胀|胀胀的)")
# - blisters in groups along a band or strip, on one side (shingles: "small blisters in groups appeared on the same band,
#   only on the right side" read only blisters, set DO; NICE CKS "Shingles": a unilateral dermatomal rash)
#   A rash "only in that line, not cross the middle" is the same (set EU: a shingles had led with a pyelonephritis).
BLISTERS_ALONG_A_BAND = rx.compile(r"(?i)\b(?:blisters?|spots|rash|bumps|bubbles)\b[^.;!?]{0,40}?\b(?:(?:same|a|one|the)\s+(?:band|"
                                   r"strip|stripe|belt)|in\s+a\s+(?:band|strip|stripe|line|belt)|(?:round|around)\s+(?:my|his|her|the)"
                                   r"\s+(?:ribs|side|waist|chest|back)\s+on\s+(?:the\s+)?(?:left|right)|only\s+on\s+(?:the\s+)?"
                                   r"(?:left|right|one)\s+side|(?:only|just)\s+(?:in|on|along|follow(?:s|ing)?)\s+(?:that|this|one|a)\s+"
                                   r"(?:line|band|strip|stripe|belt|side)|(?:not|doesn'?t|don'?t|didn'?t|never|no)\s+cross(?:es|ing|ed)?"
                                   r"\s+(?:the\s+|over\s+the\s+)?(?:middle|midline|centre|center))\b")
# - urine like strong tea and eyes or skin a little yellow, in Chinese ("小便像浓茶一样，同事说我眼白有点黄" read nothing: a
#   hepatitis led without its jaundice, sets W and S; NICE CKS "Jaundice in adults")
ZH_TEA_URINE = rx.compile(r"(?:小便|尿|尿液)(?:的)?(?:颜色)?(?:像|跟|如|呈|是|成了|变成)?(?:浓茶|酱油|茶水|浓茶色|茶色|酱油色)")
ZH_A_LITTLE_YELLOW = rx.compile(r"(?:眼白|眼睛|巩膜|皮肤|脸(?!色)|全身)(?:都|也|好像|看着|有点|有些|都有点|发|变得?|越来越)*"
                                r"(?:有点|有些|一点|微微|明显)?(?:发)?黄(?![色褐绿]?(?:的)?(?:分泌物|眼屎|脓|鼻涕|痰))")
# - a thing put in an ear ("put a small plastic bead in her left ear", "put a bit of rubber from the end of her pencil in
#   her ear" read no object: two ear foreign bodies lost their lead when it needed one)
PUT_IN_THE_EAR = rx.compile(r"(?i)\b(?:put|pushed|stuck|shoved|poked|popped|jammed)\s+(?:a|an|the|some|one|his|her|my)\s+"
                            r"(?!(?:[\w-]+\s+){0,3}?(?:drops?|oil|spray|cream|medicine|cotton|wool|plugs?|earplugs?|buds?|"
                            r"fingers?|hearing|headphones|earphones|airpods|ointment|solution|water|olive)\b)"
                            r"(?:[\w-]+\s+){0,10}?(?:in|into|up|inside|down)\s+(?:his|her|my|their|the)\s+(?:left\s+|right\s+)?"
                            r"ears?\b")
# - a gas or charcoal appliance indoors with the windows shut, in Chinese ("浴室里刚装了新的燃气热水器，冬天窗户都关着" beside a
#   mother's and a father's headaches read no source, set CB; NICE CKS "Carbon monoxide poisoning")
ZH_GAS_SHUT_IN = rx.compile(r"(?:燃气热水器|热水器|煤气|燃气灶|燃气|煤炉|炉子|炭火|烧炭|炭盆|取暖器|壁挂炉|锅炉)[^。；;]{0,30}?"
                            r"(?:门窗|窗户|窗子|窗)(?:都|也|一直)?(?:关着|关紧|关得严|紧闭|没开|不开)|"
                            r"(?:门窗|窗户|窗子)(?:都|也|一直)?(?:关着|关紧|紧闭|没开|不开)[^。；;]{0,30}?"
                            r"(?:燃气热水器|热水器|煤气|煤炉|炉子|炭火|烧炭|炭盆|取暖器|壁挂炉)")
# From a blind set of interpreted and machine-translated notes (fresh_notes_do, 2026-12-06), words a second language
# or a translator gives:
# - a heart "squeezing" ("my heart is squeezing, like somebody hold it in the hand"): a chest's tightness
HEART_SQUEEZING = rx.compile(r"(?i)\b(?:heart|chest)\s+(?:is\s+|was\s+|gets\s+|feels?\s+(?:like\s+)?(?:it'?s\s+)?)?(?:squeez\w*|"
                             r"being\s+squeezed|gripp\w*|clench\w*|pressed)\b")
# - a pain that goes when the exertion stops ("When I stop and stand some minutes it goes away"), in a note of the chest
STOPS_WITH_REST = rx.compile(r"(?i)\bwhen\s+(?:i|he|she)\s+(?:stop|rest|stand\s+still|sit\s+down|slow\s+down)\b[^.;!?]{0,40}?"
                             r"\b(?:goes\s+away|go\s+away|pass(?:es)?|settles?|eases?|(?:gets?\s+)?better|disappears?)\b")
HEART_OR_CHEST = rx.compile(r"(?i)\bchest\b|\bheart\b|\bangina\b")
# - sweats at night that soak a shirt ("sweating so much at night he changes his shirt"): night sweats
NIGHT_SWEAT_SHIRT = rx.compile(r"(?i)\bsweat\w*\b[^.;!?]{0,25}?\b(?:at|in\s+the|during\s+the)\s+night\b|\b(?:at|in\s+the)\s+night\b"
                               r"[^.;!?]{0,20}?\bsweat\w*|\bchang\w+\s+(?:his|her|my)\s+(?:shirt|t-?shirt|sheets?|pyjamas|clothes)\b"
                               r"[^.;!?]{0,20}?\b(?:night|sweat\w*)")
# - clothes grown big ("his clothes have become big on him"): weight lost
CLOTHES_BIG = rx.compile(r"(?i)\b(?:clothes|trousers|jeans|belt|shirts?|dress(?:es)?|skirts?|pants)\s+(?:have\s+|has\s+)?(?:become|got|"
                         r"gone|are|is|feel|getting|falling)\s+(?:too\s+|so\s+|very\s+|really\s+)?(?:big|loose|baggy|off)\b")
# - blood in lines in the spit ("saw blood lines in the spit twice"): a haemoptysis
BLOOD_IN_SPIT = rx.compile(r"(?i)\bblood\s+(?:lines|streaks|threads)\s+in\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:spit|sputum|phlegm)\b|"
                           r"\b(?:spit|sputum|phlegm)\s+(?:with|has|had)\s+(?:lines\s+of\s+|streaks\s+of\s+|some\s+)?blood\b")
# - a face "fallen down" on one side and an eye that cannot close ("my face on left side is fall down, I cannot close
#   left eye, when I drink water it run out from the corner of mouth"): a facial droop, an eye that will not close, a
#   drooling
FACE_FALLEN = rx.compile(r"(?i)\bface\b[^.;!?]{0,25}?\b(?:is\s+|has\s+)?(?:fall(?:en|ing)?\s+down|fell\s+down|dropp?(?:ed|ing)|"
                         r"hanging\s+down|sagg(?:ed|ing)|went\s+down)\b")
EYE_CANT_CLOSE = rx.compile(r"(?i)\b(?:can'?t|cannot|can\s+not|unable\s+to|not\s+able\s+to)\s+close\s+(?:my\s+|his\s+|her\s+|the\s+)?"
                            r"(?:left\s+|right\s+)?eye(?:lid)?\b(?!s?\s+(?:to|and)\s+(?:sleep|rest|relax))")
DRINK_RUNS_OUT = rx.compile(r"(?i)\b(?:water|drink|tea|milk|juice|coffee)\b[^.;!?]{0,30}?\b(?:runs?|dribbles?|comes?|leaks?|"
                            r"spills?|falls?)\s+out\s+(?:from|of)\s+(?:the\s+)?(?:corner|side)\s+of\s+(?:my\s+|his\s+|her\s+|the\s+)?mouth\b")
# - a scabies' burrows as "little lines on his hands"
LITTLE_LINES = rx.compile(r"(?i)\b(?:little|tiny|small|thin|short)\s+(?:grey\s+|silvery?\s+|wavy\s+|red\s+|raised\s+)?"
                          r"(?:lines|tracks|tunnels|trails|squiggles)\s+(?:on|between|across)\s+(?:his|her|my|the|their)\s+"
                          r"(?:hands?|fingers?|wrists?)\b")
# - spots that fill "with water inside like drops": blisters
#   and "water bubbles", or bubbles with water or fluid in them ("red spots with small water bubbles", set EU)
SPOTS_WITH_WATER = rx.compile(r"(?i)\bspots?\b[^.;!?]{0,30}?\bwith\s+(?:water|liquid|fluid|clear\s+(?:water|liquid|fluid))\s+"
                              r"(?:inside|in\s+them|in\s+it)\b|\bwater\s+bubbles?\b|\bbubbles?\s+(?:with|of|full\s+of|filled\s+with)"
                              r"\s+(?:clear\s+)?(?:water|liquid|fluid)\b")
# - "heat coming up from the chest to the face": a hot flush
HEAT_RISING = rx.compile(r"(?i)\b(?:heat|hotness|a\s+hot\s+feeling|warmth)\s+(?:coming|comes|rising|rises|going|goes|spreading)\s+up\b"
                         r"[^.;!?]{0,30}?\b(?:face|neck|head)\b")
# - a machine's Chinese and a hurried one: no stool "为4天" (for 4 days), stools "像小石头" (like pebbles), a pain said
#   before its place ("一个尖锐的疼痛在我的左下腹部") or after it with words between ("左下腹突然一阵撕裂一样的痛"), the top of
#   a shoulder hurting ("肩膀的顶部也是疼痛的"), a dizziness on standing (set DO's and DP's ectopic pregnancies read no pain)
ZH_NO_STOOL_FOR = rx.compile(r"(?:没有|没|未)(?:拉|解|排)?(?:过)?大便(?:为|有|已经|已)?[\d一二三四五六七八九十两几]+(?:天|日)")
ZH_STOOL_LIKE_STONES = rx.compile(r"像(?:小)?石头|像(?:羊屎|羊粪)|(?:是|很|特别|又)?(?:硬的|干硬|硬硬的)")
ZH_STOOL_WORDS = rx.compile(r"大便|便便|粑粑|拉屎|厕所|排便|拉")
_ZH_PAIN_THEN = r"(?:疼痛|痛|疼)(?:是)?在(?:我的|他的|她的|孩子的)?"
_ZH_THEN_PAIN = r"(?:部)?(?:突然|一直|经常|有时|有点|开始)?(?:一阵|一下)?[^，。；,;]{0,8}?(?:痛|疼)"
ZH_LLQ_PAIN = rx.compile(_ZH_PAIN_THEN + r"左下腹|左下腹" + _ZH_THEN_PAIN)
ZH_RLQ_PAIN = rx.compile(_ZH_PAIN_THEN + r"右下腹|右下腹" + _ZH_THEN_PAIN)
ZH_SHOULDER_TOP = rx.compile(r"肩(?:膀)?(?:的)?(?:顶部|尖|顶端|顶上)(?:也|都|还)?[^，。；,;]{0,6}?(?:疼|痛|酸痛)")   # ("右边肩膀尖也莫名其妙地痛", set EF)
ZH_DIZZY_ON_STANDING = rx.compile(r"站起来[^，。；,;]{0,10}?(?:晕|眼前(?:一)?黑|要倒|想倒)")
# - a racing heart counted and its attacks that stop by themselves, in Chinese ("心跳一下子变得特别快，数了一下一分钟200多下
#   ... 以前也有过两三次，几分钟以后突然自己就好了" read nothing, set DP's SVT)
ZH_HEART_RACING = rx.compile(r"心跳(?:一下子|突然|忽然)?(?:变得?)?(?:特别|非常|很|好|超级)?(?:快|乱)|心(?:脏)?(?:砰砰|怦怦|咚咚)(?:直)?跳|心慌")
ZH_COUNTED_FAST = rx.compile(r"(?:一分钟|每分钟|1分钟)(?:有|跳)?(?:1[5-9]\d|2\d\d)(?:多)?(?:下|次)")
ZH_STOPS_BY_ITSELF = rx.compile(r"(?:突然|一下子)(?:自己)?(?:就)?(?:好了|停了|恢复了|正常了)|(?:自己|自行)(?:就)?(?:突然|一下子)(?:好了|停了|恢复了)")
ZH_HEART_NOTE = rx.compile(r"心跳|心慌|心脏|心率")
# - a wisdom tooth half through, a mouth that opens only a little, tonsils not big with no white spots
ZH_HALF_ERUPTED = rx.compile(r"智齿(?:只)?(?:长|冒|露)(?:出)?(?:了)?(?:一半|半颗|一点|一部分)|(?:半|阻)生(?:的)?智齿")
ZH_MOUTH_LIMITED = rx.compile(r"张不开嘴|嘴(?:巴)?张不开|张(?:嘴|口)(?:很|特别|非常)(?:困难|受限|费劲)")   # (not "有点受限": a
#   mild limit is no trismus, and two pericoronitis notes went to the emergency department through it)
# - a baby's fall off a changing table onto the head ("rolled off the changing table ... about 1 metre onto wooden floor,
#   landed on the side of his head ... a squishy swelling above his right ear" read no head injury, set DM)
LANDED_ON_THE_HEAD = rx.compile(r"(?i)(?<!being\s)(?<!been\s)(?<!like\s)(?<!if\s)\b(?:landed|fell|falling|hit|banged|bumped|knocked|"
                                r"bashed)\s+(?:it\s+)?(?:on|onto)\s+(?:the\s+)?"
                                r"(?:side|back|front|top)\s+of\s+(?:his|her|my|their|the)\s+head\b|\blanded\s+(?:on\s+)?(?:his|her|"
                                r"my|their)\s+head\b|\bhead\s*-?\s*first\b")
FELL_OFF_A_HEIGHT = rx.compile(r"(?i)\b(?:rolled|fell|fallen|tumbled|slipped)\s+off\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:changing\s+"
                               r"(?:table|mat|unit)|bed|sofa|couch|settee|high\s*chair|worktop|kitchen\s+counter|bunk\s+bed|"
                               r"trampoline|climbing\s+frame|table)\b")
# - knocked out in a game, a fight or a fall ("knocked out for a few seconds at hockey on Saturday" read a loss of
#   consciousness and no knock to the head, and led with epilepsy): the knock itself, beside ``KNOCKED_OUT``'s loss
KNOCKED_OUT_IN_A_GAME = rx.compile(r"(?i)\bknocked(?=\s+(?:out|unconscious)\b(?!\s+(?:of|his|her|my|their|a|the|two|three|\d|"
                                   r"by\s+(?:the\s+)?(?:tablets?|pills?|meds|medicine|anaesthetic|sleeping))\b)"
                                   r"(?=[^.;!?]{0,60}?\b(?:rugby|hockey|football|boxing|game|match|training|fight|fall|fell|crash|"
                                   r"collision|tackle|scrum|head|ball|punch\w*|hit)\b))")
# - a button battery told by its shape or its absence ("the battery from the kitchen scales is missing and its one of
#   those little round flat ones ... put a 'shiny button' up her nose" read no battery, set DS; NICE CKS and the RCEM:
#   a button battery in the nose or swallowed is an emergency)
BUTTON_BATTERY = rx.compile(r"(?i)\b(?:button|coin|lithium|watch|hearing\s+aid)\s+(?:cell\s+)?batter(?:y|ies)\b|\b(?:little|small|tiny)\s+"
                            r"(?:round|flat|silver|shiny)\s+(?:flat\s+|round\s+|silver\s+)?batter(?:y|ies)\b|\bbatter(?:y|ies)\b"
                            r"[^.;!?]{0,70}?\b(?:little|small|tiny)?\s*round\s+(?:flat|silver)\b|\bround\s+flat\s+(?:ones?|"
                            r"batter(?:y|ies)|silver)\b|纽扣电池|扣式电池|小电池|小圆电池|圆形电池|电池[（(]?纽扣|纽扣(?:那种|样|一样|似的|状)的?电池")
BATTERY_PLACED = rx.compile(r"(?i)\bswallow\w*|\b(?:put|pushed|stuck|shoved|popped)\b|\bup\s+(?:his|her|my|their)\s+nose\b|"
                            r"\bin\s+(?:his|her|my|their)\s+(?:ear|nose|mouth)\b|\bmissing\b|\b(?:ate|eaten|chewed)\b|吞|塞|放进|"
                            r"鼻子|耳朵")   # (a battery swallowed, put in or gone missing, not a hearing aid's batteries ordered)
# - a dementia by its name ("Dad 79, mild Alzheimer's" read none), and a confusion that comes and goes in a relative's
#   words ("It comes and goes, some hours he's nearly normal"), read in a note of a confusion
ALZHEIMERS = rx.compile(r"(?i)\b(?:mild\s+|moderate\s+|severe\s+|early\s+|known\s+|has\s+|with\s+)?alzheimer'?s?\b|\bvascular\s+dementia\b|"
                        r"\blewy\s+body\b|老年痴呆|阿尔茨海默|失智")
COMES_AND_GOES_MIND = rx.compile(r"(?i)\b(?:it|this|that|the\s+confusion|he|she)\s+(?:comes?|came)\s+and\s+(?:goes|went)\b[^.;!?]{0,40}?"
                                 r"\b(?:normal|himself|herself|fine|with\s+it|ok|okay)\b|\bsome\s+(?:hours|days|times)\s+(?:he'?s|"
                                 r"she'?s|he\s+is|she\s+is)\s+(?:nearly\s+|almost\s+|completely\s+)?(?:normal|himself|herself|fine)\b|"
                                 r"时好时坏|一阵清醒一阵糊涂|一会儿清楚一会儿糊涂")
CONFUSION_NOTE = rx.compile(r"(?i)\bconfus\w*|\bmuddled\b|doesn'?t\s+know\s+where|disorient\w*|\bdelirium\b|糊涂|迷糊|认不出")
# - people or animals seen that are not there ("thinks there are children in the garden"): a hallucination
SEES_WHO_ISNT_THERE = rx.compile(r"(?i)\b(?:thinks?|says?|insists?|convinced)\s+(?:that\s+)?there\s+(?:are|is|were|was)\s+"
                                 r"(?:children|kids|people|men|a\s+man|a\s+woman|a\s+child|animals|dogs|cats|spiders|insects|"
                                 r"bugs|someone|somebody|strangers)\s+(?:in|on|under|at|outside)\b")
# - a smoker's years and packs in Chinese ("抽了四十年烟", 烟龄40年, 抽了一辈子烟, 每天两包烟; set DN's COPD father read nothing)
ZH_SMOKED_YEARS = rx.compile(r"(?<!不)(?<!没)(?:抽|吸)了?(?:[\d一二三四五六七八九十几两]+多?年|一辈子|大半辈子)(?:的)?烟|烟龄(?:有)?[\d一二三四五六七八九十几两]+|"
                             r"(?:每天|一天)(?:要)?(?:抽|吸)?(?:[\d一二三四五六七八九十几两半]+)包烟")
# - puffed out ("I get puffed walking up the hill to the shops")
PUFFED = rx.compile(r"(?i)\b(?:get(?:s|ting)?|got|gets|am|i'?m|is|was|feel(?:s|ing)?|gone|went)\s+(?:so\s+|really\s+|very\s+|"
                    r"a\s+bit\s+|quite\s+|easily\s+)?puffed(?:\s+out)?\b|\bout\s+of\s+puff\b|\bpuffing\s+and\s+panting\b")
# - a cough's phlegm and its years ("cough every morning with white phlegm most of the year, worse every winter"; not a
#   week's cough in a man whose chest is bad "every winter")
WITH_PHLEGM = rx.compile(r"(?i)\bcough\w*\b[^.;!?\n]{0,30}?\b(?:with|bringing\s+up|brings\s+up|producing)\s+(?:\w+\s+){0,2}?"
                         r"(?:phlegm|sputum|mucus|gunk|stuff)\b|\b(?:phlegm|sputum)\s+(?:every|each|in\s+the)\s+mornings?\b|"
                         # phlegm in Chinese ("感冒后咳嗽十天了，有白痰，偶尔发黄" of a bronchitis read a cough only, set EX)
                         r"(?<![没无不])(?:有|咳出?|吐出?|带)(?:点|些|一些|很多|好多)?(?:白|黄|绿|白色|黄色|绿色|黄绿色|浓|粘|稠)?"
                         r"(?:的)?(?:粘)?痰(?!音)")
COUGH_FOR_YEARS = rx.compile(r"(?i)\bcough\w*\b(?:(?!\b(?:for|over)\s+(?:a|an|one|two|three|few|couple|\d+)\s+(?:of\s+)?(?:days?|weeks?)\b)"
                             r"[^.;!?\n]){0,60}?\b(?:most\s+of\s+the\s+year|for\s+(?:years|ages|many\s+months)|"
                             r"every\s+winter|each\s+winter|all\s+year(?:\s+round)?|for\s+the\s+last\s+(?:few\s+)?years)\b|"
                             # ("Every winter his cough gets worse ... He calls it his smokers cough" of a COPD, set FC)
                             r"\b(?:every|each)\s+winter\b[^.;!?\n]{0,25}?\bcough|\bsmoker'?s'?\s+cough\b")
# - a ball to the head ("took a football to the head at practice today and was knocked out for a few seconds")
BALL_TO_HEAD = rx.compile(r"(?i)\b(?:took|got|had|taken|caught|copped)\s+(?:a|the)\s+(?:(?:foot|cricket|hockey|base|golf|tennis|"
                          r"basket|rugby|net|soft|hard)\s*)?(?:ball|bat|stick|racket|racquet|elbow|knee|boot|puck)\s+(?:to|in|on)\s+"
                          r"(?:the|his|her|my)\s+(?:head|temple|forehead|skull)\b")
# - the memory of an injury lost ("feels foggy and can't remember the end of the game"), in a note of a blow to the head
INJURY_NOT_REMEMBERED = rx.compile(r"(?i)\b(?:can'?t|cannot|cant|doesn'?t|does\s+not|don'?t|couldn'?t|didn'?t)\s+(?:really\s+)?"
                                   r"remember\s+(?:the\s+(?:end|rest|start|second\s+half|first\s+half|last\s+part)\s+of\s+"
                                   r"(?:the\s+)?(?:game|match|training|practice|lesson)|what\s+happened|how\s+(?:he|she|i|it)\s+|"
                                   r"(?:the\s+)?(?:accident|crash|fall|hit|tackle|collision|impact))")
HEAD_BLOW_NOTE = rx.compile(r"(?i)\bhead\b|\bknocked\s+(?:out|unconscious)\b|\bconcuss|\btackle|\bcollision\b|\bcrash")
# - another in the household ill the same ("his brother had the same last week")
SAME_IN_FAMILY = rx.compile(r"(?i)\b(?:his|her|my|our|their)\s+(?:little\s+|big\s+|older\s+|younger\s+)?(?:brothers?|sisters?|mum|mom|"
                            r"dad|sons?|daughters?|husband|wife|partner|kids|children|flatmates?|housemates?|twin|siblings?)\s+"
                            r"(?:has|had|have|got|caught|is\s+having|was)\s+(?:had\s+)?(?:exactly\s+)?(?:the\s+)?same\b"
                            # (lately: "my dad has the same thing" of a psoriasis is a family's history)
                            r"(?=[^.;!?\n]{0,25}?\b(?:last|yesterday|ago|recently|this\s+week|earlier|the\s+other\s+day|"
                            r"before\s+(?:him|her|me|them)|at\s+the\s+weekend)\b)")
# - a water infection's burning and a side and back under the ribs ("another water infection, burning and going every
#   10 mins ... pain in my right side/back under the ribs", a pyelonephritis read as a back pain)
WATER_INFECTION_BURNING = rx.compile(r"(?i)\bburning\b(?!\s+(?:in|on)\s+(?:my|the|his|her)\s+(?:chest|throat|stomach|tummy|feet|"
                                     r"legs?|skin|eyes?))")
WATER_INFECTION_NOTE = rx.compile(r"(?i)\bwater\s+infection|\buti\b|\bcystitis\b")
SIDE_BACK_UNDER_RIBS = rx.compile(r"(?i)\b(?:side\s*(?:/|and|&|or)\s*back|back\s*(?:/|and|&|or)\s*side|(?:right|left)\s+back|"
                                  r"(?:right|left)\s+side\s+of\s+(?:my|his|her|the)\s+back|back)\s+(?:just\s+)?(?:under|below)\s+"
                                  r"(?:the|my|his|her)\s+ribs\b")
# - a Chinese gallbladder's pain begun, carried to the shoulder blade, after a greasy meal ("昨天晚上吃了火锅之后右上腹开始疼，疼
#   到右边肩膀后面")
ZH_RUQ_BEGAN = rx.compile(r"右上腹(?:开始|一直|突然|又|有点|持续)(?:隐隐)?(?:疼|痛|绞痛|胀痛|剧痛)")
ZH_TO_SHOULDER_BLADE = rx.compile(r"(?:疼|痛|放射|串|窜)到(?:了)?右(?:边|侧)?(?:的)?(?:肩膀后面|肩胛|后背|背)|放射至右(?:肩胛|背)")
ZH_AFTER_GREASY_MEAL = rx.compile(r"吃(?:了|完)?(?:火锅|油腻|肥肉|炸鸡|烧烤|红烧肉|油炸|大餐|酒席|席)[^，。；]{0,6}?(?:之后|以后|后)"
                                  r"[^。；]{0,12}?(?:疼|痛)")
# - head lice seen in Chinese ("扒开头发看到有小虫子在爬，…头发根上有好多白色小点点，梳不掉", set CO)
ZH_LICE = rx.compile(r"虱子|虮子|头虱|头发[^，。；,;]{0,8}?(?:小虫子?|虫子)|(?:头发根|发根)[^，。；,;]{0,6}?白色?(?:的)?小(?:点点?|颗粒)")
# - an organ transplant (on immunosuppressants for life: "liver transplant 2 years ago, fever 39 and uncontrollable
#   shaking", set CO; the lexicon reads a kidney's only)
TRANSPLANT = rx.compile(r"(?i)\b(?:kidney|renal|liver|heart|lung|pancreas|bone\s+marrow|stem\s+cell|organ)\s+transplant(?:ed|s)?\b|"
                        r"\btransplant\s+(?:patient|recipient)\b|(?:肾|肝|心脏?|肺|骨髓|器官)移植")
# - chemotherapy in the last weeks, a weakened immune system (NICE CG151; read by ``safety``'s fever rule too) ("day 9 post cycle 3 chemo", "finished chemo last week", 上周刚做完化疗), not a
#   plan for it or one long ago ("chemo 10 years ago"): "61M on chemo for lymphoma, last cycle 8 days ago. T 38.4" read
#   nothing of it, set CY; the lexicon reads "chemotherapy" and "on chemotherapy" only), or a chemotherapy named ("cycle 3
#   docetaxel, last dose 8 days ago", set EX)
CYTOTOXICS = (r"docetaxel|paclitaxel|carboplatin|cisplatin|oxaliplatin|capecitabine|cyclophosphamide|doxorubicin|epirubicin|"
              r"gemcitabine|etoposide|vincristine|irinotecan|fluorouracil")
ZH_CYTOTOXICS = r"紫杉醇|多西他赛|顺铂|卡铂|奥沙利铂|卡培他滨|环磷酰胺"
RECENT_CHEMOTHERAPY = rx.compile(
    r"(?i)\b(?:chemo(?:therapy)?|cycle\s*\d|c\d\s*d\d|" + CYTOTOXICS + r")\b(?![^.;!?\n]{0,25}\b(?:years?|yrs?)\s+ago\b)(?![^.;!?\n]{0,15}"
    r"\b(?:next|starts?|starting|due)\b)|(?<!年前做过)(?<!年前做了)(?<!年前)(?:化疗|放化疗|" + ZH_CYTOTOXICS + r")"
    r"(?![^。；！？]{0,10}年前)")
# ... not a chemotherapy denied of anyone ("Nobody pregnant or on chemo in the house", a chickenpox's caller, set EO:
# an emergency by the fever rule; "not on chemo", 没做过化疗)
CHEMOTHERAPY_DENIED = rx.compile(r"(?i)\b(?:nobody|no\s+one|no-one|not|never|isn'?t|wasn'?t|no)\b[^.;!?\n]{0,30}?\bchemo(?:therapy)?\b|"
                                 r"(?:没有|没|未|无|不)(?:做过?|在|行|接受过?)?(?:放)?化疗")


def chemotherapy_denied(text: str) -> bool:
    """Every chemotherapy the note names is denied (``CHEMOTHERAPY_DENIED``)."""
    denied = CHEMOTHERAPY_DENIED.findall(text)
    return bool(denied) and len(denied) >= len(RECENT_CHEMOTHERAPY.findall(text))


# - an immunosuppressant taken ("on methotrexate for RA", "takes azathioprine", "on adalimumab", 在吃他克莫司): a weakened
#   immune system (NICE CKS "Neutropenic sepsis" and BNF: these lower the blood count and the defences), not one stopped
IMMUNOSUPPRESSANT = rx.compile(
    r"(?i)\b(?:on|takes?|taking|started|starting|using|injects?|injecting)\s+(?:weekly\s+|his\s+|her\s+|my\s+)?(?:methotrexate|mtx|"
    r"azathioprine|mycophenolate|mmf|tacrolimus|ciclosporin|cyclosporine|sirolimus|adalimumab|humira|infliximab|"
    r"etanercept|rituximab|tocilizumab|biologics?)\b(?![^.;!?\n]{0,20}\b(?:stopped|until|years?\s+ago)\b)|"
    r"(?<!停了)(?<!停)(?:在吃|在用|吃着|服用|长期吃)(?:着)?(?:甲氨蝶呤|硫唑嘌呤|吗替麦考酚酯|他克莫司|环孢素|免疫抑制剂|生物制剂)")
# - a blood cancer named (lymphoma, leukaemia, myeloma; 淋巴瘤, 白血病, 骨髓瘤): the lexicon reads "cancer" only
# (not a cancer feared: "My sister-in-law said it could be leukaemia and now I'm panicking", set DV)
BLOOD_CANCER = rx.compile(r"(?i)(?<!\bbe\s)(?<!\bis\s)(?<!it's\s)(?<!\bits\s)(?<!about\s)(?<!=\s)(?<!=)(?<!\bmean\s)(?<!\bmeans\s)"
                          # ("read night sweats = lymphoma and now im panicking": a fear, no history, set FS)
                          r"(?:\b(?:(?:non-?\s?)?hodgkin'?s?\s+)?"
                          r"lymphoma|leuka?emia)|\b(?:multiple\s+)?myeloma\b|\b(?:cll|aml|nhl)\b(?=[^.;!?\n]{0,30}\b(?:chemo|cycle|haematology|hematology|oncology)\b)|"
                          r"淋巴瘤|白血病|骨髓瘤")
# - a head struck after a fall's own word ("on warfarin for AF, fell and hit my head this morning" read the fall only: the
#   lexicon's "fell and hit my head" gave way to the fall read before it, and an anticoagulated head injury led with a
#   stroke), and in Chinese (头撞到了桌子, 撞到头)
HEAD_STRUCK = rx.compile(r"(?i)(?<!like someone )(?<!like somebody )(?<!as if someone )(?<!as though someone )(?<!like i'd )"
                         r"\b(?:hit|banged|bumped|knocked|smacked|whacked|cracked|struck)\s+(?:the\s+(?:back|side|front)\s+of\s+)?"
                         r"(?:my|his|her|their|your)\s+head\b|头(?:部)?(?:撞|磕|碰)(?:到|在|上|了|伤|破)|(?:撞|磕|碰)(?:到|伤|破)了?(?:头|脑袋|后脑勺?)|"
                         # (or landed on: "从沙发上摔下来，头先着地，哭了一会儿，吐了两次，现在一直想睡觉" of a toddler
                         # led with an intussusception, set FV's kinds)
                         r"(?:头|脑袋|后脑勺?|额头)(?:先|朝下|直接)?(?:着地|落地|砸地|撞地|磕地)|(?:后脑勺?|脑袋|额头)(?:被)?(?:撞|磕|碰)(?:到|在|了|伤|破)|"
                         r"头盔[^，。；,;]{0,4}?(?:磕|撞|摔)(?:裂|坏|破|碎|瘪)|(?:摔|跌|掉)(?:到|在|了)?[^，。；,;]{0,6}?"
                         r"(?:头|脑袋|后脑勺?|额头)(?:上)?(?:起了|鼓了|肿了|磕破|撞破|着地)")
# From the blind sets of long-term conditions with a new problem (DA) and of injuries, poisonings and crises (DC),
# 2026-12-06:
# - spots gone blistery ("itchy spots on my chest and face, some already blistery", a chickenpox at 24 weeks pregnant
#   read an itch alone and was routine), where the lexicon has not read their words
SPOTS_BLISTERY = rx.compile(r"(?i)\bspots?\b[^.;!?\n]{0,50}?\b(?:blistery|blistering|blistered|turn(?:ed|ing)\s+into\s+"
                            r"(?:little\s+|small\s+)?blisters|fluid[- ]filled|filled\s+with\s+(?:fluid|water|clear\s+fluid))\b|"
                            # spots at their different stages, blisters beside scabs ("some little blisters and some
                            # scabbing" of a 5-year-old's chickenpox led with head lice, set FF; NICE CKS "Chickenpox")
                            r"\bblisters?\b[^.;!?\n]{0,20}?\band\s+(?:some\s+|others?\s+|a\s+few\s+)?(?:scabbing|scabs|scabbed|"
                            r"crusting|crusts|crusted)\b|(?:有的|一些)(?:起了?|是)?(?:水泡|水疱)[^。；！？]{0,6}?(?:有的|一些)(?:已经)?"
                            r"(?:结痂|结疤|干了)")
# - a bladder that cannot be emptied, said with its "not" ("I havent been able to pass water since about 10 last night,
#   just a few dribbles" read a drooling and led with a diverticulitis, set DA)
UNABLE_TO_PASS_WATER = rx.compile(r"(?i)\b(?:haven'?t|havent|hasn'?t|hasnt|have\s+not|has\s+not|not)\s+(?:been\s+)?able\s+to\s+"
                                  r"(?:pass\s+(?:water|urine|any\s+urine)|pee|wee|urinate)\b|\b(?:can'?t|cant|cannot|"
                                  r"unable\s+to)\s+(?:pass\s+(?:water|any\s+urine)|pee|wee|urinate)\b(?!\s+(?:without|properly))")
# - a suicide prepared in Chinese: charcoal to burn (the charcoal-burning method), a farewell letter ("后备箱里发现了两袋
#   木炭和一卷胶带，还有一封写给女儿的信，说…爸爸对不起她" led with a Parkinson's disease and was urgent, set DC)
ZH_SUICIDE_PREPARED = rx.compile(r"木炭|烧炭|炭盆|遗书|(?:写给|留给)[^，。；]{0,8}?(?:的)?(?:信|纸条)[^。；]{0,30}?(?:对不起|照顾好|好好(?:读书|活|生活|过)|别难过|再见)")
ZH_LIFE_CRISIS = rx.compile(r"倒闭|欠了?[^，。；]{0,4}?钱|破产|失业|离婚|去世|走了以后|不说话|睡不着|不想活|活着|没意思")
# - a blade to the skin and a life not wanted ("has been cutting the tops of her thighs with a pencil sharpener blade", "she
#   'doesnt really know' if she wants to be alive anymore" read a wound alone, set DC)
# ("ive been cutting on my thighs for a few months when things get bad", a 15-year-old's, led with a laceration, set EW)
CUTTING_A_PART = rx.compile(r"(?i)\b(?:been|is|was|keeps?|started|starting|admitted\s+to|admits\s+to)\s+cutting\s+(?:on\s+)?(?:the\s+(?:tops?|insides?|"
                            r"backs?|fronts?)\s+of\s+)?(?:my|his|her|their)\s+(?:upper\s+|inner\s+)?(?:thighs?|arms?|wrists?|"
                            r"forearms?|legs?|stomach|tummy)\b")
ALIVE_UNSURE = rx.compile(r"(?i)\b(?:doesn'?t|doesnt|does\s+not|don'?t|dont|do\s+not)\s+(?:really\s+)?(?:'\s*)?(?:know|care)"
                          r"(?:'\s*)?\s+(?:if|whether)\s+(?:she|he|i|they)\s+wants?\s+to\s+(?:be\s+alive|live|be\s+here|wake\s+up)\b")
# - an overdose of a packet's whole contents ("found empty packets in the bin, 3 boxes of 16 x 500mg. she now admits she
#   took them all" led with a migraine and was urgent, set DC)
TOOK_THEM_ALL = rx.compile(r"(?i)\b(?:took|taken|swallowed|necked|downed)\s+(?:them|those|the\s+tablets|the\s+pills)\s+all\b|"
                           r"\b(?:took|taken|swallowed|necked|downed)\s+(?:all\s+of\s+(?:them|those|the\s+(?:tablets|pills))|the\s+lot|"
                           r"every\s+(?:one|tablet|pill)|(?:the\s+)?whole\s+(?:box|packet|pack|bottle|strip|tub)s?)\b")
PARACETAMOL_NOTE = rx.compile(r"(?i)\bparacetamol\b|\bcalpol\b|\bpanadol\b|\btylenol\b|\bacetaminophen\b|\bco-?codamol\b")
PILLS_NOTE = rx.compile(r"(?i)\b(?:tablets?|pills?|capsules?|packets?|boxes|blister\s+packs?|meds|medication|sertraline|citalopram|"
                        r"ibuprofen|aspirin|codeine|tramadol|amitriptyline|diazepam|zopiclone)\b")
# - a recreational drug taken (MDMA at a festival, cocaine, ketamine; 摇头丸, 冰毒, K粉): "took 2 pills (pretty sure MDMA)
#   about 3 hrs ago ... really hot ... pupils massive ... confused" led with an alcohol withdrawal (set DC)
RECREATIONAL_DRUG = rx.compile(r"(?i)\b(?:mdma|ecstasy|molly|cocaine|ketamine|mephedrone|crystal\s+meth|methamphetamine|"
                               r"amphetamines?|ghb|gbl|lsd|magic\s+mushrooms|shrooms|nitrous\s+oxide|laughing\s+gas|spice)\b|"
                               r"摇头丸|冰毒|K粉|可卡因|氯胺酮|笑气")
# - a red patch on the white of the eye in Chinese (眼白上有一大片鲜红的血 read nothing; a subconjunctival bleed after
#   vomiting was urgent through an alcohol intoxication's lead, set DC), not the back of the eye's (眼底出血)
ZH_BLOOD_ON_WHITE_OF_EYE = rx.compile(r"(?:眼白|白眼球|眼球白|白眼仁)(?:上|里|上面)?(?:有|出现|起了|多了)?(?:一大片|一片|一块|一小片|一大块|一点)?"
                                      r"(?:鲜红|通红|血红|红红)?(?:的)?(?:血|出血|血块|血斑|红斑)|结膜下出血|"
                                      # ("左眼眼白有一大块鲜红色，像出血一样" after a night's vomiting was a hepatitis B, set EW)
                                      r"(?:眼白|白眼球|眼球白|白眼仁)(?:上|里|上面)?(?:有|出现|起了|多了)?(?:了)?(?:一大片|一片|一块|一小片|"
                                      r"一大块)(?:鲜红|通红|血红|红)(?:色)?")
# - a hot drink spilled on the skin ("Spilled a mug of just-boiled tea on the back of my left hand ... red and stinging"
#   read nothing and led with an osteoporosis, set DC)
HOT_SPILLED_ON = rx.compile(r"(?i)\b(?:spilled|spilt|spill|poured|knocked|tipped|splashed|dropped)\b[^.;!?\n]{0,40}?\b(?:boiling|boiled|"
                            r"just[- ]boiled|hot|scalding|steamed|steaming|kettle|tea|coffee|soup|noodles|oil)\b[^.;!?\n]{0,25}?\b(?:on(?:to)?|over|"
                            r"down)\s+(?:the\s+(?:back|top|front|side)\s+of\s+)?(?:my|his|her|their|your)\b")
# - a headache sudden and the worst, or struck like a blow ("sudden worst headache, vomited"; "felt like someone hit the
#   back of my head with a bat": a thunderclap headache, NICE CKS "Headache - assessment": sudden onset, peaking within
#   5 minutes; read the headache alone, and a probe's subarachnoid haemorrhage was urgent with a concussion leading)
SUDDEN_WORST_HEADACHE = rx.compile(r"(?i)\b(?:sudden(?:ly)?|abrupt(?:ly)?|instant(?:ly)?)\s+(?:onset\s+)?(?:of\s+)?(?:the\s+|a\s+|my\s+)?"
                                   r"(?:worst|severe|excruciating|explosive|horrendous|terrible|blinding|agonising|agonizing)\s+"
                                   r"headache\b|\bworst\s+headache\s+(?:ever\b|i'?ve\s+(?:ever\s+)?had\b)|"
                                   r"\b(?:like|as\s+if|as\s+though)\s+(?:someone|somebody|i'?d\s+been|i\s+had\s+been|i\s+was|he\s+was|"
                                   r"she\s+was)\s+(?:hit|struck|smacked|whacked|kicked)\s+(?:me\s+)?(?:on|in|at|over)?\s*(?:the\s+)?"
                                   r"(?:back\s+of\s+(?:my|his|her|the)\s+)?head\b|\b(?:like|as\s+if)\s+(?:someone|somebody)\s+hit\s+"
                                   r"the\s+back\s+of\s+(?:my|his|her)\s+head\b")
# - a joint hot and red or swollen ("My right knee has blown up since yesterday, hot, red and so painful I can't put any
#   weight on it ... Temp 38.4 and shivery", on methotrexate, led with an osteomyelitis, set DA)
# (a large joint's, with a fever told after it: a big toe's or a finger's hot red swelling, or one without a fever, is a
# gout's as often, and read so it had raised a held-out gout's triage by two levels through a septic arthritis)
_NOT_A_LANDMARK = r"(?<!below\s)(?<!under\s)(?<!above\s)(?<!below\sthe\s)(?<!under\sthe\s)(?<!above\sthe\s)(?<!below\smy\s)"
HOT_RED_JOINT_SAID = rx.compile(r"(?i)(?:" + _NOT_A_LANDMARK + r"\b(?:knee|ankle|elbow|wrist|shoulder|hip)s?\b[^.;!?\n]{0,45}?"
                                r"\b(?:hot|warm)\s*(?:,|and|&)\s*(?:\w+\s+)?(?:red|swollen)\b|" + _NOT_A_LANDMARK +
                                r"\b(?:knee|ankle|elbow|wrist|shoulder|hip)s?\b"
                                r"[^.;!?\n]{0,45}?\b(?:red|swollen)\s*(?:,|and|&)\s*(?:\w+\s+)?(?:hot|warm)\b)"
                                # (and told with a fever after it: without one, a gout's flare is as likely; not a joint named as where a limb's
                                # redness begins: "leg below knee is red, hot and swelling", set EU)
                                r"(?=[\s\S]{0,160}?(?:\bfever|\btemp|\bshiver|\brigor|\b3[89](?:[.,]\d)?\b))")
# - an antibiotic course just had, named ("Recently had co-amoxiclav then clarithromycin for a chest infection,
#   finished 5 days ago" read a viral illness, and a C. difficile diarrhoea at 83 led with a laryngitis, set DA)
ANTIBIOTIC_COURSE = rx.compile(r"(?i)\b(?:had|took|taken|taking|finished|completed|on|started|course\s+of|given|prescribed)\s+"
                               r"(?:a\s+course\s+of\s+|(?:a\s+)?(?:\d+|five|seven|ten|two|three)[- ](?:day|week)s?\s+(?:course\s+of\s+)?)?"
                               r"(?:co-?amoxiclav|augmentin|amoxicillin|amoxil|clarithromycin|erythromycin|azithromycin|"
                               r"doxycycline|ciprofloxacin|levofloxacin|clindamycin|cefalexin|cephalexin|cefuroxime|ceftriaxone|"
                               r"flucloxacillin|nitrofurantoin|trimethoprim|metronidazole|penicillin|co-?trimoxazole|"
                               r"tazocin|piperacillin|meropenem|antibiotics?|abx)\b|"
                               r"(?:吃了|用了|打了|输了)(?:几天|一周|一个星期|[一二三四五六七八九十两\d]+天)?(?:的)?(?:头孢|阿莫西林|"
                               r"克林霉素|左氧氟沙星|阿奇霉素|抗生素|消炎药|青霉素)")
DIARRHOEA_NOTE = rx.compile(r"(?i)diarrh|loose\s+(?:stools?|poo)|watery[^.;!?\n]{0,25}?\b(?:stools?|poos?|bowel)|runny\s+poo|the\s+runs|\bd&v\b|"
                            r"腹泻|拉肚子|稀便|水样便|拉稀")
# - a spreading warm redness in Chinese (小腿前面红了一大片，又热又肿…红的范围比昨天又大了一圈: a diabetic's cellulitis after
#   a graze from a branch read nothing of the skin and led with a DVT, set DA), and the graze (被树枝划了一下)
ZH_SPREADING_WARM_RED = rx.compile(r"红(?:的)?(?:范围|面积|地方)(?:比[^，。；]{0,4})?(?:又|还|越来越)?(?:大|扩大|变大|扩散|往上)|"
                                   r"又红又(?:热|烫)|又热又肿|(?:发红|红)(?:的)?(?:地方)?(?:越来越大|在扩大|往上走)")
ZH_GRAZED = rx.compile(r"(?:被|让)[^，。；]{0,6}?(?:划|刮|擦|割)(?:了一下|破了?|伤了?|了一道|了个口子)")
# - a freezing river or sea ("Just got my mate out of the river ... its march, water is freezing", 掉进河里: a cold
#   exposure; the drowned friend's hypothermia led with a mania, set DC)
COLD_WATER = rx.compile(r"(?i)\b(?:water|river|sea|lake|canal|reservoir)\s+(?:is|was|'s)\s+(?:absolutely\s+|so\s+|really\s+)?"
                        r"(?:freezing|icy|ice[- ]cold|cold)\b|\b(?:freezing|icy|ice[- ]cold)\s+(?:cold\s+)?(?:water|river|sea|lake|"
                        r"canal)\b|\b(?:sea|water|river|lake)\s+(?:is|was|'s)\s+(?:about\s+|around\s+|only\s+|maybe\s+)?(?:[0-9]|1[0-4])\s*"
                        r"(?:degrees|°)|(?:掉进|落入|掉到|跳进|掉入)(?:了)?(?:冰冷的|冰)?(?:河|水|湖|海|池塘|水库)里?|冰冷的(?:河|湖|海)水")
# - a pregnancy's bleeding and losses in a woman's words, English and Chinese (sets DA and the older sets: "内裤上有一点鲜红
#   的血 ... 小肚子有一点点坠胀" at 8 weeks read nothing; "heavier than a period with clots ... passed something that looked
#   like a piece of liver", 有血块，还掉下来一块像肉一样的东西, read no clots and no tissue): spotting on the underwear,
#   pad or paper, a low belly's dragging, clots, tissue passed, and a bleeding heavier than a period
ZH_SPOTS_OF_BLOOD = rx.compile(r"(?:内裤|护垫|卫生纸|卫生巾|纸)上(?:也)?(?:有|发现|看到|沾了?)?(?:一点点|一点|少量|一些|点点|点)?"
                               r"(?:鲜红|暗红|红红|褐色|咖啡色|棕色|粉红|粉|红)(?:色)?(?:的)?(?:血|分泌物|东西)?|"
                               r"(?:内裤|护垫|卫生纸|纸)上(?:也)?(?:有|发现|看到)(?:一点点|一点|少量|一些|点)?(?:血|血迹)|"
                               r"(?<![鼻牙嘴口龈胃])(?<!伤口)(?:流血|出血|见血)|"
                               r"下面(?:又)?(?:流|出|见)(?:了)?(?:点|一点|一些|少量|不少|好多|很多)?(?:鲜|暗)?(?:红)?(?:的)?血")
ZH_LOW_BELLY_DRAGGING = rx.compile(r"(?:小肚子|小腹|下腹|肚子)(?:有点|有一点点|一点点|有一点|稍微有点|稍微)?(?:隐隐的|隐隐)?(?:往下)?"
                                   r"(?:坠胀|坠痛|坠)")
PREGNANCY_CLOTS = rx.compile(r"(?i)\b(?:with|passing|passed|some|big|large|lots\s+of|loads\s+of)\s+(?:big\s+|large\s+|small\s+)?clots\b|"
                             r"(?:有|带|还有|很多|好多|大)(?:的)?血块")
PREGNANCY_TISSUE = rx.compile(r"(?i)\bpassed\s+(?:something|a\s+lump|a\s+bit|tissue|a\s+clump)\b[^.;!?\n]{0,40}?\b(?:liver|tissue|meat|"
                              r"sac|jelly|clot)\b|\bpassed\s+(?:some\s+)?tissue\b|掉(?:下来|出来)(?:了)?(?:一块|一团|个)(?:像)?(?:肉|组织)|"
                              r"排出(?:了)?(?:一块|一团)?(?:组织|肉样物|肉一样)")
HEAVIER_THAN_A_PERIOD = rx.compile(r"(?i)\bheavier\s+than\s+(?:a|my|any|her)\s+(?:normal\s+|usual\s+)?period\b|比月经(?:还|量)?(?:多|大)")
# - a urine fallen, in a clinician's words ("Minimal urine output", 尿量减少: an acute kidney injury read nothing of it,
#   set BZ; a creatinine's number is read by ``vitals``)
LITTLE_URINE_SAID = rx.compile(r"(?i)\b(?:minimal|low|reduced|poor|scant|very\s+little)\s+(?:urine\s+output|uo|urine)\b|\boligur\w*|"
                               r"\banuri\w*|尿量(?:明显)?(?:减少|很少|少)|少尿|无尿(?![痛频急道失不等线色潴血意])")   # (not 无尿痛: no pain passing urine)
# - a mania in its own words, Chinese and English (set AW and X's 几乎不睡，话多得停不下来，一口气刷卡买了好几万的东西，说要开公司
#   赚大钱 read nothing; NICE CG185: less need for sleep, pressured speech, overspending, grandiose plans): sleep not
#   needed (in a note of a mania's other words, not an insomnia's), speech that will not stop, spending, grand plans
ZH_MANIA_NOTE = rx.compile(r"话(?:特别|非常|很)?多|停不下来|精力(?:特别|很|非常)?旺盛|开公司|赚(?:大钱|几个亿|几百万|几千万)|刷(?:信用)?卡|"
                           r"乱花钱|买了一堆|说个不停")
ZH_SLEEP_NOT_NEEDED = rx.compile(r"(?:几乎|基本|都|根本)不(?:睡觉|睡)|每天(?:只|就)睡(?:两三|一两|两|三|[1-4])个?小时|(?:一夜|整夜|通宵)不睡")
ZH_PRESSURED_SPEECH = rx.compile(r"话(?:特别|非常|很)?多(?:得)?(?:停不下来|说个不停)|说话(?:特别|非常|很)?快(?:停不下来)?|说个不停|滔滔不绝")
ZH_OVERSPENDING = rx.compile(r"刷(?:信用)?卡买了|乱花钱|大把(?:大把地)?花钱|一口气买了|买了一堆|花了好几(?:万|千)")
ZH_GRANDIOSE = rx.compile(r"(?:要|准备|打算)开公司|赚(?:大钱|几个亿|几百万|几千万|一个亿)|(?:自己|他|她)是(?:天才|神仙|伟人|救世主)")
EN_MANIA_NOTE = rx.compile(r"(?i)\bfull\s+of\s+energy\b|\bnot\s+tired\b|\bbuzzing\b|\bwired\b|\btalking\s+(?:non-?stop|a\s+mile)|"
                           r"\bcredit\s+cards?\b|\bspent\b|\bmillionaire\b|\bgrand(?:iose)?\s+plans?\b")
SLEEP_NOT_NEEDED = rx.compile(r"(?i)\b(?:hasn'?t|hasnt|has\s+not|haven'?t|hardly|barely|not)\s+(?:slept|sleeping|been\s+sleeping)\b"
                              r"[^.;!?\n]{0,40}?\b(?:full\s+of\s+energy|not\s+(?:even\s+)?tired|loads\s+of\s+energy|buzzing|wired)\b|"
                              r"\bup\s+all\s+night\b[^.;!?\n]{0,40}?\b(?:cleaning|full\s+of\s+energy|not\s+tired|projects?|buzzing)\b")
GRAND_PLANS = rx.compile(r"(?i)\b(?:going\s+to\s+be|will\s+be|gonna\s+be)\s+(?:a\s+)?(?:millionaire|billionaire|famous|rich|the\s+next)\b|"
                         r"\bsays?\s+(?:he|she)\s+(?:has|'s\s+got)\s+(?:special\s+)?powers\b")
# - a torn Achilles tendon in Chinese (set AT and BN: "听到脚后跟'啪'的一声，感觉像有人从后面踢了我一脚 ... 凹进去一块 ... 脚尖踮不
#   起来" read nothing; NICE CKS "Achilles tendon rupture": a pop, a kick felt in the heel, a gap, no tiptoe)
ZH_HEEL_POP = rx.compile(r"(?:脚后跟|脚跟|小腿后面?)[^，。；]{0,8}?[\"“'‘]?(?:啪|砰|嘣)[\"”'’]?的?一声|听到[^，。；]{0,6}?[\"“'‘]?(?:啪|砰|嘣)[\"”'’]?的一声")
ZH_HEEL_KICKED = rx.compile(r"(?:像|好像|感觉)(?:有)?人?(?:从后面)?踢了(?:我)?一脚|脚(?:后)?跟(?:被人)?(?:踢|踹)了一下")
ZH_NO_TIPTOE = rx.compile(r"(?:脚尖|单脚|脚)(?:也)?踮不起来|踮不起脚")
ZH_TENDON_GAP = rx.compile(r"(?:脚后跟|脚跟)(?:上面)?[^，。；]{0,6}?(?:凹进去|凹陷|一个坑)|摸到(?:一个)?凹陷")
# - an inflammatory back pain in a patient's words (set CB: "lower back pain, worse in morning, stiffness more than one
#   hour, improves after exercise, wakes me in second half of night" read the back pain alone; NICE NG65)
LONG_STIFFNESS = rx.compile(r"(?i)\bstiff(?:ness)?\s+(?:for\s+)?(?:more\s+than|over|longer\s+than|at\s+least)\s+(?:an?|one|1|two|2)\s+"
                            r"(?:hours?|hrs?)\b")
MORNING_WORD = rx.compile(r"(?i)\bmornings?\b|\bam\b|早上|晨")
BETTER_WITH_EXERCISE = rx.compile(r"(?i)\b(?:improves?|better|eases?|easier)\s+(?:after|with|when\s+I)\s+(?:exercise|exercising|moving|"
                                  r"movement|activity|walking\s+about|getting\s+going)\b")
WAKES_AT_NIGHT = rx.compile(r"(?i)\bwakes?\s+(?:me|him|her)\s+(?:up\s+)?(?:in\s+the\s+)?(?:second\s+half\s+of\s+(?:the\s+)?|early\s+hours\s+of\s+"
                            r"(?:the\s+)?)?(?:night|early\s+hours)\b")
BACK_WORDS = rx.compile(r"(?i)\bback\b|\bspine\b|\blumbar\b|腰|背")
# - an animal's nip or bite named with the animal ("neighbour's cat nipped my finger, didn't break the skin" read the
#   unbroken skin alone; a dog's nip had been read by the model only)
ANIMAL_NIPPED = rx.compile(r"(?i)\b(?:dog|cat|puppy|kitten|horse|pony|hamster|rabbit|ferret|rat|monkey|macaque|fox|guinea\s+pig|parrot)s?'?s?\s+"
                           r"(?:\w+\s+){0,2}?(?:bit|bitten|nipped|nips|bites|got\s+(?:hold\s+of|me))\b|(?:狗|猫|猴子?|老鼠)[^，。；]{0,4}?(?:咬|挠)")
# - a flu or a virus just had (not a cold's: "Had a cold 10 days ago, now just left with a chesty cough" at 18 weeks was
#   urgent through a pericarditis; "Had flu 10 days ago. Now chest pain ... breathless ... heart racing and skipping beats":
#   a myocarditis led with an AF, set BD), and a near-faint in Chinese (两次眼前一黑差点倒下 beside a pulse of thirty-odd:
#   a complete heart block led with a hypoglycaemia, set AW)
RECENT_VIRUS = rx.compile(r"(?i)\b(?:had|got\s+over|recovering\s+from|after|since)\s+(?:a\s+|the\s+|bad\s+|a\s+bad\s+|a\s+nasty\s+)?"
                          r"(?:flu|influenza|covid(?:-?19)?|virus|viral\s+(?:illness|infection))\b[^.;!?\n]{0,12}?\b(?:\d+|a|one|two|"
                          r"three|few|couple\s+of)\s+(?:days?|weeks?|wks?)\s+ago\b")
# ... and a cold, a chest infection or a tummy bug just had, in a note of the heart ("23M, had a cold 2 wks ago. now chest
# aches, heart racing and skipping": a myocarditis, set AV)
RECENT_COLD = rx.compile(r"(?i)\b(?:had|got\s+over|recovering\s+from|after|since)\s+(?:a\s+|the\s+|bad\s+|a\s+bad\s+|a\s+nasty\s+)?"
                         r"(?:cold|chest\s+infection|sore\s+throat|tummy\s+bug|stomach\s+bug)\b[^.;!?\n]{0,12}?\b(?:\d+|a|one|two|"
                         r"three|few|couple\s+of)\s+(?:days?|weeks?|wks?)\s+ago\b")
HEART_RACING_NOTE = rx.compile(r"(?i)\bheart\b|palpitat|\bracing\b|\bskipping\b|\bpounding\b|\bflutter")
ZH_NEAR_FAINT = rx.compile(r"眼前(?:一)?(?:黑|发黑)[^，。；]{0,4}?(?:差点|几乎|险些)(?:倒|晕|摔)|差点(?:晕倒|晕过去|倒下|摔倒)")
# - a child or an old person always wanting to sleep, and hands gone cold, in Chinese ("特别没精神老想睡 ... 手有点凉" in an
#   11-month-old's three days of diarrhoea and vomiting with dry nappies read a tiredness: NICE CG84's red flags are an
#   altered responsiveness and cold extremities; set BL)
ZH_ALWAYS_SLEEPY = rx.compile(r"(?:老|总|一直|总是|老是)(?:想|要)睡(?:觉)?(?![^，。；]{0,4}?睡不着)|昏昏欲睡|叫(?:了)?(?:半天)?才醒")
# (a child's only: an adult's "脑子反应慢，老想睡觉" of half a year is a hypothyroidism's tiredness, not a danger sign)
ZH_CHILD_SAID = rx.compile(r"宝宝|孩子|儿子|女儿|小孩|婴儿|闺女|[0-9一二三四五六七八九十两]+个月|[0-9一二三四五六七八九十]+岁(?:的)?(?:男孩|女孩|宝宝|孩子)")
ZH_COLD_HANDS = rx.compile(r"(?<![不没])(?:手|脚|手脚|小手|小脚)(?:有点|有些|很|都|摸着|摸起来)?(?:发)?(?:凉|冰)(?:凉)?(?!快|爽|水|茶)")
# - an insect in the ear in Chinese (半夜儿子哭醒说耳朵里有东西在动，嗡嗡响…好像是个小虫子在里面: read a tinnitus and led with a
#   threadworm, set DE)
ZH_INSECT_IN_EAR = rx.compile(r"耳朵?(?:里|里面|眼里)(?:好像)?(?:有)?(?:个|只)?(?:东西在(?:动|爬)|(?:小)?虫子?|飞虫|蚂蚁|蟑螂)|"
                              r"(?:虫子?|飞虫|蚂蚁|蟑螂)(?:飞|爬|钻)(?:进|到)(?:了)?耳朵")
# - a baby feeding half or less of the usual ("only taking about half his normal bottles", 吃奶只有平时一半, 不怎么吃奶:
#   NICE NG9 1.3.5, 50-75% of usual intake; set CM)
HALF_FEEDS = rx.compile(r"(?i)\b(?:taking|having|drinking|feeding|finishing|managing)\s+(?:only\s+|about\s+|around\s+|maybe\s+|"
                        r"less\s+than\s+)*(?:half|a\s+third|a\s+quarter)\s+(?:of\s+)?(?:his|her|their|the|a|its)?\s*(?:normal|usual)?\s*"
                        r"(?:bottles?|feeds?|milk|amount|intake)?\b|\b(?:feeds?|bottles?|feeding|milk)\s+(?:is\s+|are\s+)?(?:down\s+to|only|"
                        r"about|around)\s+(?:about\s+)?half\b|\bhalf\s+(?:of\s+)?(?:his|her|their)?\s*(?:normal|usual)\s+(?:feeds?|bottles?|milk)")
ZH_HALF_FEEDS = rx.compile(r"(?:吃奶|奶量|喝奶)[^，。；,;]{0,4}?(?:只有|只|才)[^，。；,;]{0,4}?(?:一半|三分之一|一点点)|"
                           r"(?:吃奶|奶量|喝奶)[^，。；,;]{0,2}?(?:少了|减少了?)(?:一半|很多|好多)|不怎么(?:吃奶|喝奶)|不肯(?:吃奶|喝奶)")
# A child named as the patient (a toddler, my son, 宝宝): ``findings`` (a child's mouth blisters) and ``predict`` (no
# sleep apnoea's reading for a child)
# A burn on the writer's own skin ("splashed steamed milk from the wand on the back of my hand", "hot oil from the wok
# on my forearm"): with no age given and no child in the note, an adult's (``safety.settled_by_note``, a small burn)
OWN_SKIN = rx.compile(r"(?i)\bmy\s+(?:(?:left|right|upper|lower|inner|outer)\s+)?(?:hands?|arms?|forearms?|wrists?|fingers?|"
                      r"finger\s*tips?|thumbs?|legs?|thighs?|foot|feet|shins?|back|shoulders?|chest|tummy|stomach|neck|"
                      r"knees?|ankles?|palms?)\b|(?<![孩宝儿女])(?:左|右)(?:手背|手掌|手指|手腕|胳膊|小臂|前臂|小腿|大腿|脚背)")   # (做饭的时候被开水溅到左手背, set EF)
A_CHILD_SAID = rx.compile(r"(?i)\b(?:toddler|baby|babies|infant|newborn|nursery|daycare|child|kid|kids|my (?:son|daughter|boy|girl))\b|"
                          r"宝宝|孩子|患儿|幼儿园|小孩|儿子|女儿|婴儿")
# - a child who is very sleepy ("today hes very pale and sleepy and vomited twice" of a febrile 3-year-old's malaria, set
#   FV): NICE NG143's red sign (no response to social cues, does not stay awake) in a child's note only - an adult's
#   "sleepy" is tiredness
VERY_SLEEPY = rx.compile(r"(?i)\b(?:very|really|so|super|extremely|unusually|abnormally|too|quite)\s+(?:pale\s+and\s+|floppy\s+and\s+)?"
                         r"(?:sleepy|drowsy)\b")
A_YOUNG_CHILD_SAID = rx.compile(A_CHILD_SAID.pattern + r"|(?i:\b(?:nephew|niece|grandson|granddaughter|toddler)\b|"
                                r"\b(?:he|she|\w+)\s+is\s+[1-9]\b(?!\s*(?:weeks?|months?|days?)\s+pregnant)|"
                                r"\b[1-9]\s*(?:yo|y/o|years?\s+old|year-old|yr\s+old)\b)")
BABY_WORDS = rx.compile(r"(?i)\b(?:baby|babies|infant|newborn|\d{1,2}\s*(?:mo|months?|weeks?|wks?)\b|bottles?|breastfe\w*|formula|"
                        r"nappies|nappy|diapers?)")
# - going often in a note of passing water ("burning when I pass water, going every half hour", "up and down to the loo
#   every 20 minutes": a cystitis's frequency)
GOING_EVERY = rx.compile(r"(?i)\b(?:going|go|up\s+and\s+down\s+to\s+the\s+(?:loo|toilet|bathroom)|running\s+to\s+the\s+"
                         r"(?:loo|toilet|bathroom)|back\s+and\s+forth\s+to\s+the\s+(?:loo|toilet|bathroom))\s+(?:\w+\s+)?every\s+"
                         r"(?:half\s+(?:an\s+)?hour|hour|\d+\s*(?:mins?|minutes)|few\s+minutes|ten\s+minutes|twenty\s+minutes|"
                         r"15\s+minutes|couple\s+of\s+minutes)\b")
PASSING_WATER_WORDS = rx.compile(r"(?i)\b(?:urine|urinat\w*|pee|peeing|wee|weeing|uti|cystitis|water\s+infection|bladder|pass(?:ing)?\s+water|"
                                 r"passing\s+urine|stings?\s+when|burns?\s+when|burning\s+when)\b")
# - a baby's skin dry and rough (干干的粗糙, 皮肤很干很粗糙: eczema)
ZH_DRY_ROUGH = rx.compile(r"干干的[^，。；]{0,3}?粗糙|粗糙[^，。；]{0,3}?干干的|(?:皮肤|脸|脸蛋)[^，。；]{0,3}?(?:很|特别|有点)?干[^，。；]{0,4}?粗糙")
BEHIND_THE_EAR = rx.compile(r"(?i)\b(?:swelling|swollen|boggy|lump|redness|erythema)\b[^.;!?]{0,30}?\bbehind\s+(?:the\s+|his\s+|"
                            r"her\s+|my\s+)?(?:left\s+|right\s+|l\s+|r\s+)?ear\b")
COLD_PALE_LIMB = rx.compile(r"(?i)\bcold\s*(?:,|and|&)?\s*(?:white|pale)\b[^.;!?,]{0,25}?\b(?:leg|foot|arm|hand|limb)\b|"
                            r"\b(?:leg|foot|limb)\b[^.;!?,]{0,15}?\bcold\s*(?:and|\+|&|/|,)\s*(?:pale|white)\b")
# (read before the lexicon: "leg cold + pale, no foot pulses palp" at 72 with AF had been a pale face, a B12 deficiency)
ZH_YELLOW = rx.compile(r"(?:眼睛|眼白|皮肤|脸|全身)[^，。；,;]{0,6}?(?:越来越黄|发黄|变黄|黄得|黄了)")
ZH_OVARIAN_CYST = rx.compile(r"卵巢[^，。；,;]{0,8}?囊肿")
ZH_HEAVY_DRINKING = rx.compile(r"(?:每天|每日|一天)[^，。；,;]{0,4}?(?:半斤|一斤|二斤|两斤|[一二三四五六七八九\d]+两|[\d一二三四五]+瓶)"
                               r"[^，。；,;]{0,3}?(?:白酒|酒|啤酒)?|喝酒[^，。；,;]{0,4}?(?:二十|三十|十几|\d+)(?:多|余)?年")
ZH_DRINK_WORDS = rx.compile(r"酒")
ZH_RESOLVED = rx.compile(r"(?:持续|大概|约)[^，。；,;]{0,4}?(?:\d+|[一二三四五六七八九十几半]+)\s*(?:分钟|小时)[^。；;]{0,8}?(?:完全|就|又)?"
                         r"(?:好了|恢复(?:正常)?了?|缓解了|消失了)")
ZH_NEURO_WORDS = rx.compile(r"(?:左|右|半边|一边|一侧)[^，。；,;]{0,6}?(?:没劲|没力气|发麻|麻木)|说话(?:不清|含糊|不利索)|嘴歪|"
                            r"口角歪|看不见|拿不住")   # (one side: "手脚发麻" in a panic attack is no TIA)
ZH_RASH_ON_DRUG = rx.compile(r"(?:别嘌醇|卡马西平|拉莫三嗪|苯妥英|阿莫西林|头孢|磺胺|抗生素)[^。；;]{0,30}?(?:起|出|长)了?[^，。；,;]{0,6}?"
                             r"(?:疹|红点|红斑|疙瘩|斑|水泡|泡)")   # (dark patches and blisters too: "吃别嘌醇 ... 全身起暗红色的斑", set FN)
# A back pain that runs down the leg in Chinese ("腰疼，一直疼到左边屁股和大腿后面，小腿外侧麻": a sciatica read only a
# back pain, and cauda equina came to lead once its false cough and sneeze were gone)
ZH_DOWN_THE_LEG = rx.compile(r"(?:疼|痛|麻)[^，。；,;]{0,3}?(?:到|至|向)[^，。；,;]{0,6}?(?:屁股|臀部|大腿|小腿|腿后|脚背|脚底|足背|足底|下肢)")
ZH_BACK_WORDS = rx.compile(r"腰|背")
ZH_LOWER_LEG_NUMB = rx.compile(r"(?:小腿|大腿|脚背|脚底|足背|腿)[^，。；,;没不无]{0,4}?(?:发麻|麻木|麻)")
# A known ovarian cyst in a woman's words ("Had a cyst on scan last year" beside a sudden one-sided pain: a torsion read no
# cyst)
OVARIAN_CYST_SAID = rx.compile(r"(?i)\b(?:ovarian\s+cysts?|cysts?\s+on\s+(?:my|her|the|an?)?\s*(?:left\s+|right\s+)?ovar(?:y|ies)|"
                               r"cysts?\s+on\s+(?:a\s+|the\s+|her\s+|my\s+)?(?:pelvic\s+|ultrasound\s+|internal\s+)?scan)\b")
PELVIC_WORDS = rx.compile(r"(?i)pelvi|lower\s+(?:belly|tummy|abdo\w*|stomach)|\bperiods?\b|ovar|\bRIF\b|\bLIF\b|"
                          r"(?:right|left)\s+(?:lower|side)|groin")
# From sets AV and AW: a boiler or gas fire with a yellow flame or an overdue service (carbon monoxide), labour's pains
# every few minutes, a slow pulse counted at home in Chinese
CO_SOURCE = rx.compile(r"(?i)\b(?:boiler|gas\s+fire|gas\s+heater|flue|stove|paraffin\s+heater)\b[^.;!?]{0,50}?\b(?:service\s+(?:is\s+)?"
                       r"overdue|not\s+(?:been\s+)?serviced|yellow|orange|sooty|soot|black\s+marks|playing\s+up)\b|"
                       r"\b(?:turned|switched|put)\s+on\s+(?:the\s+|our\s+|an?\s+)?(?:old\s+)?(?:furnace|gas\s+heater|"
                       r"kerosene\s+heater|paraffin\s+heater|generator)\b|\bgenerator\s+(?:indoors|inside|in\s+the\s+"
                       r"(?:house|garage|room))\b|\bcharcoal\s+(?:grill|burner|bbq|stove)\s+(?:indoors|inside)\b|"
                       r"\b(?:yellow|orange|lazy)\s+flame\b|"
                       # ("a petrol pressure washer and a gas forklift running in there", roller door shut, set DU)
                       r"\b(?:petrol|diesel|gas|lpg|propane)(?:[- ]powered)?\s+(?:pressure\s+washers?|forklifts?|generators?|"
                       r"engines?|saws?|cutters?|pumps?|compressors?|heaters?)\b[^.;!?]{0,40}?\b(?:running|on)\s+(?:in\s+"
                       r"there|inside|indoors|in\s+the\s+(?:unit|shed|garage|warehouse|bay|room))\b")
EVERY_FEW_MINUTES = rx.compile(r"(?i)\b(?:cramps?|tightenings?|pains?|contractions?|aches?|backache|back\s+pain)\b[^.;!?]{0,40}?\b(?:coming\s+and\s+going\s+)?"
                               r"every\s+(?:\d{1,2}|few|couple\s+of)\s*(?:-\s*\d{1,2}\s*)?(?:mins?|minutes)\b")
PREGNANCY_WORDS = rx.compile(r"(?i)pregnan|\b\d{1,2}\s*(?:weeks?|wks?|w)\b|\bbaby\s+moving|gestation|\b\d{1,2}(?:\+\d)?/40\b|\bg\d\s*p\d")
# The same waves said after a pain the lexicon read ("lower backache since lunchtime coming in waves every 8-10 mins" at
# 31/40: the backache is taken, the waves are the contractions of preterm labour, set BB)
WAVES_EVERY_FEW_MINUTES = rx.compile(r"(?i)\b(?:coming\s+in\s+waves|in\s+waves|coming\s+and\s+going|comes\s+and\s+goes)\s+"
                                     r"every\s+(?:\d{1,2}|few|couple\s+of)\s*(?:-\s*\d{1,2}\s*)?(?:mins?|minutes)\b")
ZH_SLOW_PULSE = rx.compile(r"(?:脉搏|心跳|脉)[^，。；,;]{0,8}?(?:很慢|特别慢|好慢|慢得很)|(?:脉搏|心跳|脉)[^，。；,;]{0,10}?(?:一分钟|每分钟)"
                           r"(?:只有)?\s*(?:[二三四]十几|[2-4]\d)\s*(?:下|次)")
# Blood in what is coughed up, with words between ("coughing up green phlegm with streaks of blood in it" read a
# cough and green phlegm only: the phlegm's words were taken)
BLOOD_IN_PHLEGM = rx.compile(r"(?i)\b(?:cough\w*|sputum|phlegm|spit\w*|hawk\w*)\b[^.;!?]{0,40}?\b(?:streaks?|specks?|"
                             r"flecks?|bits|spots|traces?|threads?|tinge)\s+of\s+(?:fresh\s+|red\s+|bright\s+red\s+)?blood\b|"
                             r"\bblood[- ](?:streaked|stained|tinged|flecked)\s+(?:sputum|phlegm|mucus|spit)\b")
# A hot drink or water spilt on a child in Chinese ("把一杯刚倒的热茶打翻了，泼在右手臂和胸口": a scald read only blisters)
_ZH_HOT_LIQUID = r"热茶|热水|开水|热汤|热粥|热咖啡|热奶|滚水|沸水|热油|烧开的水|滚烫的水"
ZH_HOT_SPILL = rx.compile(rf"(?:{_ZH_HOT_LIQUID}|稀饭|刚烧开的)[^，。；,;]{{0,10}}?(?:打翻|泼|洒|倒在|浇|溅|烫)|"
                          rf"(?:打翻|泼|洒|碰倒)[^，。；,;]{{0,10}}?(?:{_ZH_HOT_LIQUID})")
# Labour's pains coming regularly, in a Chinese record ("规律下腹坠痛约每5分钟一次" at 32 weeks: preterm labour)
ZH_REGULAR_PAINS = rx.compile(r"(?:规律|规则|一阵一阵)[^，。；,;]{0,6}?(?:腹痛|坠痛|肚子疼|肚子痛|发紧|发硬|宫缩)[^。；;]{0,8}?每\s*"
                              r"(?:\d+|[一二三四五六七八九十])\s*(?:-\s*\d+\s*)?分钟|规律宫缩|宫缩(?:越来越)?(?:频繁|规律)")
# A whoop on breathing in after a bout of coughing, in Chinese ("最后吸气有“喔”的一声")
ZH_WHOOP = rx.compile(r"吸气[^，。；,;]{0,6}?(?:喔|鸡叫|鸡鸣|鸡打鸣|吼|呜)[^，。；,;]{0,3}?(?:声|的一声)")
# Waking in the small hours ("only sleeps about 5-6 hours and wakes at 5am every morning"), not waking five times
EARLY_WAKING = rx.compile(r"(?i)\bwak(?:e|es|ing)\s+(?:up\s+)?(?:at|around|about|by)\s+(?:[2-5](?::\d\d)?(?:\s*(?:am|a\.m\.|o'?clock))?|"
                          r"(?:two|three|four|five)\s*(?:am|o'?clock))(?!\s*times)\b|\bwak(?:e|es|ing)\s+(?:up\s+)?(?:very|too)\s+early\b")
# Vomit that turned green ("vomited 3 times, last one was greenish"), not a green poo
# (not a green denied: "projectile vomiting after every feed, not green" of a pyloric stenosis read a green vomit, set FV)
GREEN_VOMIT_LATER = rx.compile(r"(?i)\b(?:vomit\w*|sick|threw\s+up|throwing\s+up|brought\s+up)\b[^.;!?]{0,40}?"
                               r"(?<!not )(?<!no )(?<!never )(?<!isn't )(?<!wasn't )(?<!isnt )(?<!wasnt )(?<!nothing )(?<!not\s)"
                               r"\b(?:green|greenish|dark\s+green|(?<=now )bilious)\b(?!\s*(?:poo|poos|stools?|nappy|nappies|diarrh\w*|snot|mucus))")
# ... and in Chinese, the vomit's colour said after it ("呕吐黄绿色液体", "呕吐物为黄绿色胆汁样": a 9-day-old's bilious
# vomiting, a malrotation's until shown otherwise, read only by the red-flag reader and led with a pyloric stenosis,
# whose vomit is never bile-stained; NICE CKS "Pyloric stenosis", RCS/BAPS: bilious vomiting in a newborn is an emergency)
ZH_GREEN_VOMIT = rx.compile(r"(?:吐|呕吐物?|吐出来的|吐出的)(?:的)?(?:是|为|呈|出|了)?[^，。；,;没无不]{0,6}?(?:黄绿色|草绿色|墨绿色|深绿色|绿色|绿水|"
                            r"胆汁)(?![^，。；,;]{0,3}(?:大便|便便|粑粑|鼻涕))")
ALSO_READ_LATER_ZH = ((ZH_GREEN_VOMIT, "green_vomit"),)
# Up in the night to pass urine ("getting up 3 times at night to wee": a child's new diabetes)
UP_AT_NIGHT_TO_WEE = rx.compile(r"(?i)(?<!have to )(?<!never )(?<!don't )(?<!dont )(?<!not )\b(?:get(?:ting|s)?|got|wak(?:e|es|ing))\s+up\s+(?:\d+|two|three|four|five|several|a\s+few)?\s*"
                                r"(?:times\s+)?(?:at|in\s+the|a|every)\s+night\s+to\s+(?:wee|pee|urinate|pass\s+urine|pass\s+water|"
                                r"go\s+to\s+the\s+(?:toilet|loo|bathroom))\b")
# A pulse "all over the place" (an irregular one: atrial fibrillation, not a regular racing heart)
PULSE_ALL_OVER = rx.compile(r"(?i)\b(?:pulse|heart\s*beat|heartbeat|heart\s+rate|hr)\b[^.;!?]{0,30}?\b(?:all\s+over\s+the\s+place|"
                            r"irregular|erratic|jumping\s+about|skipping\s+about|up\s+and\s+down)\b")
# Heat named in Chinese (连续40度高温, 中暑天, 没开空调): a heat stroke's exposure; skin hot and dry (滚烫…很干…没怎么出汗)
ZH_HEAT = rx.compile(r"(?:3[5-9]|4[0-5])\s*度(?:的)?(?:高温|大热天)|高温天|大热天|酷暑|桑拿天|(?:舍不得|没|不)开空调|"
                     r"天气(?:3[5-9]|4[0-5])\s*度")
ZH_HOT_DRY_SKIN = rx.compile(r"(?:皮肤|身上)[^，。；]{0,4}(?:滚烫|发烫|很烫|烫得很|烫手|好烫)[^。；]{0,12}?(?:很干|干干的|没(?:怎么|什么)?(?:出)?汗|不出汗|无汗)")
# A child into someone's tablets ("Found my 2 yr old with grandma's pill organiser open ... 2 or 3 of her amlodipine 10mg
# ... missing"): an ingestion (TOXBASE: any possible ingestion of a calcium-channel or beta blocker by a child is
# assessed in hospital), which read nothing
TABLETS_MISSING = rx.compile(r"(?i)\b(?:pills?|tablets?|capsules?|meds|medicines?)\b[^.;!?]{0,40}?\b(?:are\s+|were\s+|is\s+)?"
                             r"(?<!none )(?<!nothing )(?<!not )(?<!no )missing\b|"   # (not "meds are locked, none missing", set FE)
                             r"\bmissing\s+(?:from\s+)?(?:her|his|my|the|grandma'?s|nan'?s)?\s*(?:pills?|tablets?|blister|pill\s+organi[sz]er|dosette)|"
                             r"\b(?:got|gotten|getting)\s+into\s+(?:her|his|my|the|grandma'?s|grandad'?s|nan'?s|mum'?s|dad'?s)?\s*"
                             r"(?:pills?|tablets?|medicines?|meds|pill\s+organi[sz]er|dosette|handbag)\b|"
                             r"\b(?:pill\s+organi[sz]er|dosette(?:\s+box)?|pill\s+box|blister\s+pack)\s+(?:was\s+|wide\s+)?open\b|"
                             # an adult's empty packets of her own medicine found, or a count of them gone ("found empty
                             # blister packs of her amitriptyline, looks like about 30 of the 25mg gone", set CW)
                             r"\bempty\s+(?:blister\s+)?(?:packs?|packets?|boxes|bottles?|strips?)\s+of\s+(?:her|his|my|their|the)\b|"
                             r"\b\d+\s+of\s+(?:the|her|his|my)\s+(?:\d+\s*mg\s+)?(?:\w+\s+)?(?:tablets?\s+|pills?\s+)?(?:are\s+|were\s+)?gone\b")
# An ankle turned in the writer's words ("Went over on my ankle playing 5-a-side", "twisted my ankle"): the injury was
# read, the ankle's pain was not, and a knee's ligament injury led (set CJ)
ANKLE_TURNED = rx.compile(r"(?i)\b(?:went\s+over\s+on|gone\s+over\s+on|twisted|turned|rolled|sprained|injured|hurt|jarred)\s+"
                          r"(?:my|his|her|the|their)\s+(?:left\s+|right\s+|l\s+|r\s+)?ankle\b")
# A regular anti-inflammatory (a bleed's "On naproxen for knee OA" read nothing)
ON_AN_NSAID = rx.compile(r"(?i)\b(?:on|taking|takes|taken|using|uses|been\s+taking|regular)\s+(?:regular\s+|daily\s+|lots\s+of\s+|"
                         r"a\s+lot\s+of\s+)?(?:naproxen|ibuprofen|diclofenac|nurofen|brufen|celecoxib|etoricoxib|"
                         r"mefenamic\s+acid|indometacin|indomethacin|meloxicam|nsaids?|anti-?inflammatories)\b|"
                         r"(?:长期|经常|一直|天天|每天)(?:吃|服用?)(?:了)?(?:布洛芬|萘普生|双氯芬酸|塞来昔布|止痛药|消炎痛)|"
                         # (or bought and taken for a knee: "还有他自己买的布洛芬吃膝盖痛", set EX)
                         r"(?:自己)?(?:买的|买了)(?:点|些)?(?:布洛芬|芬必得|萘普生|双氯芬酸|扶他林|止痛药)(?:在)?(?:吃|服)")
# "been vomiting and pooing water all night" (set AV): watery diarrhoea, as written ("drinking water and pooing" is not)
POOING_WATER = rx.compile(r"(?i)\bpoo(?:p|ping|ing|s|ps)?\s+(?:(?:is|are|was|were)\s+)?(?:pure\s+|just\s+|like\s+|literally\s+)?"
                          r"(?:water|liquid)\b")
# "我奶奶5天没大便了": days without a stool is constipation (the 没 is the finding, no denial)
ZH_NO_STOOL_FOR_DAYS = rx.compile(r"(?:[\d一两三四五六七八九十几好]+|半个?月|一个?星期|一周)天?(?:都|了|多)?(?:没有?|未)(?:大便|拉屎|解大便|排便|"
                                  r"拉粑粑|便便|拉过|解过大便|排过便|拉大便|拉臭臭|拉(?=[了，。,；;]|$))")   # (三天没拉大便了, 最近三天没拉，)
# "都开始吐、拉肚子": 吐 alone in a list is vomiting (not 吐痰 sputum, 吐血 blood, 吐奶 a baby's milk)
ZH_VOMIT_IN_LIST = rx.compile(r"(?<![呕呃干想])吐(?=[、，,。；;和跟还又]|$)")
# Blood vomited, in Chinese words between ("最后吐出来一大口鲜红的血", "吐了些像咖啡渣一样的东西"): not sputum (吐痰带血)
ZH_VOMITED_BLOOD = rx.compile(r"吐(?:出来?|了|出了)?[^，。；,;痰]{0,10}?(?:鲜红的血|血块|血水|咖啡渣|咖啡色的?东西|红色的血|暗红色的血)")
# A lithium level in the toxic range ("Lithium level 3.1 mmol/L (usually 0.6-0.8)": over 1.5 is toxicity, TOXBASE;
# BNF: an emergency with its neurological signs) - read as an overdose whatever the route
LITHIUM_TOXIC = rx.compile(r"(?i)\b(?:lithium|li)\s+(?:level\s+|conc\w*\s+)?(?:of\s+|was\s+|is\s+|=\s*|:\s*)?"
                           r"(?:[2-9](?:\.\d+)?|1\.[5-9]\d*)\s*(?:mmol)|锂(?:浓度|水平)?[^，。；,;\d]{0,4}?(?:[2-9](?:\.\d+)?|1\.[5-9]\d*)\s*mmol")
# Speech-to-text's diarrhoea ("I've had die a rear since yesterday like watery about six times", set BJ)
DICTATED_DIARRHOEA = rx.compile(r"(?i)\bdie\s+a\s+(?:rear|rhea|ria)\b|\bdire\s+rear\b|\bdiary\s+ah\b")
# "I even bought Sniper and it is in my room" (a pesticide, Nigeria), "bought rat poison": the means bought
MEANS_BOUGHT = rx.compile(r"(?i)\b(?:bought|buy|got|have|kept|keeping)\s+(?:some\s+|a\s+bottle\s+of\s+)?(?:sniper|rat\s+poison|"
                          r"weed\s*killer|pesticide|insecticide|paraquat|a\s+rope|rope|charcoal|poison|gramoxone)\b")
# "a stockpile of late wife's morphine tablets", "stashed his pills": the means kept (a suicide risk's access to means)
STOCKPILED_MEANS = rx.compile(r"(?i)\b(?:stockpil\w*|stash(?:ed|ing)?|hoard(?:ed|ing)?)\b[^.;!?]{0,40}?\b(?:tablets?|pills?|"
                              r"meds|medications?|morphine|oramorph|paracetamol|insulin|oxycodone|codeine|tramadol|"
                              r"sleeping\s+pills|painkillers)\b")
# From a blind set of emergency-department triage notes (fresh_notes_ay, 2026-12-04):
# - a hot drink or water spilt on someone ("pulled mug of hot tea off table onto chest"): a scald
HOT_SPILL = rx.compile(r"(?i)\b(?:pulled|knocked|tipped|spilt|spilled|grabbed)\s+(?:a|the|my|his|her|their)\s+(?:mug|cup|kettle|pan|"
                       r"teapot|pot|bowl|jug)\b[^.;!?]{0,50}?\b(?:onto|over|down)\s+(?:(?:her|him|them|my|your)sel(?:f|ves)|"
                       r"(?:his|her|my|their)\s+\w+)|"   # ("pulled a mug of just-made tea off the table onto herself", set BN)
                       r"\b(?:into|in)\s+(?:the|a)\s+bath\s+before\s+(?:i|we|you|she|he|mum|dad)(?:'d|\s+had)?\s+(?:put|run|added|"
                       r"turned\s+on)\s+(?:the\s+|any\s+)?cold|\b(?:scalding|boiling|too|very)\s+hot\s+bath(?:\s+water)?\b|"
                       # "grabbed the handle of a cast iron pan that had been in the oven at 220"
                       r"\b(?:grabbed|touched|picked\s+up|held|leaned\s+on)\s+(?:the\s+)?(?:handle\s+of\s+)?(?:a|the|my)\s+"
                       r"(?:hot\s+|cast\s+iron\s+|metal\s+)?(?:pan|pot|tray|oven\s+tray|baking\s+tray|kettle|iron|hob|exhaust|"
                       r"oven\s+door)\b[^.;!?]{0,40}?\b(?:oven|hob|hot|boiling|\d{3})\b|"
                       r"\b(?:hot|boiling|scalding)\s+(?:cup\s+of\s+|mug\s+of\s+)?(?:tea|coffee|water|soup|oil|milk|drink|"
                       # (not a hot water bottle: "she's had a hot water bottle on her back" of a fentanyl patch, set FI)
                       r"chocolate|noodles|fat)\b(?!\s+bottles?)[^.;!?]{0,40}?\b(?:onto|over|on|down|across)\b|\b(?:partial|full|"
                       r"superficial)[- ]thickness\b|\b\d{1,2}\s*%\s*tbsa\b")
# - a small object up a child's nose ("push a bead up R nostril")
OBJECT_UP_NOSE = rx.compile(r"(?i)\b(?:beads?|peas?|beans?|peanuts?|buttons?|batter(?:y|ies)|sweets?|stones?|toys?|lego|rubbers?|"
                            r"crayons?|paper|sponge|foam|nuts?|seeds?|rice|pebbles?|pieces?\s+of\s+\w+)\b[^.;!?]{0,20}?\b"
                            r"(?:up|in|into)\s+(?:(?:his|her|my|the|their)\s+)?(?:(?:r|l|right|left)\s+)?(?:nostril|nose)\b")
# - a night out in the cold ("rough sleeper, night outside in -10")
COLD_NIGHT = rx.compile(r"(?i)\b(?:night|nights|hours|slept|sleeping|lying|found)\s+(?:\w+\s+){0,2}?(?:outside|outdoors|rough|"
                        r"in\s+the\s+snow)\b[^.;!?]{0,25}?(?:-\s?\d{1,2}\b|\bminus\s+\d|below\s+(?:zero|freezing)|"
                        r"\bfreezing\b|\bsnow\b|\bsub-?zero\b)")
# - an infant's fontanelle raised ("soft spot on top of his head looks a bit raised/tense": meningitis, NICE NG143)
FONTANELLE_RAISED = rx.compile(r"(?i)\b(?:soft\s+(?:spot|bit|part)|fontanelle|fontanel)\b[^.;!?]{0,40}?\b(?:raised|tense|bulging|"
                               r"bulges|swollen|sticking\s+up|puffed\s+up|puffy|full|domed)\b")   # ("the soft bit on top of his head
# looks a bit puffy/raised", set CM)
# - "was sick once", "she was sick twice": vomited (British English; "he's been sick 3 times" the lexicon reads)
WAS_SICK = rx.compile(r"(?i)\b(?:was|were|got)\s+sick\s+(?:once|twice|\d+\s*(?:x|times)|a\s+few\s+times|several\s+times|"
                      r"again|three\s+times|x\s*\d)\b")
# - "slurring and sweaty": slurred speech in one word (the lexicon's phrasings need "words" or "speech" after it)
SLURRING = rx.compile(r"(?i)\bslurring\b")
# - heat around an exertional collapse ("marathon runner, collapsed at mile 24, ambient 29C")
AMBIENT_HEAT = rx.compile(r"(?i)\bambient\s+(?:temp\w*\s+)?(?:(?:of|was|is)\s+)?(?:2[6-9]|[34]\d)\s*°?\s*c\b|\bheat\s?wave\b|"
                          # ("it's about 35 degrees today and his windows were shut", set CO)
                          r"\b(?:it'?s|it\s+is|it\s+was|(?<!(?:temp|ture|ever)\sha[sd]\s)been)\s+(?:about\s+|around\s+|over\s+|nearly\s+)?"
                          r"(?:3[0-9]|4[0-5])\s*(?:degrees|°\s*c?|c\b)(?:\s+(?:on|in|under|at)\s+(?:the\s+)?(?:roof|site|sun|"
                          r"tunnels?|polytunnels?|greenhouses?|plastic|kitchen|field|fields|van|cab|warehouse|yard))?"
                          r"(?:\s+(?:today|outside|out|all\s+(?:week|day|afternoon|morning)|this\s+week(?:end)?|for\s+days|"
                          r"in\s+(?:here|there|the\s+flat)))|"   # ("Been 31 degrees on the roof all week", set DU)
                          r"\b(?:hot|hotter|boiling|baking|roasting)\s+(?:under|in)\s+(?:the\s+)?(?:plastic|polytunnels?|"
                          r"tunnels?|greenhouses?)\b|"   # ("It was 35 degrees this week and her room has no fan", set CU)
                          r"\b(?:in|out\s+in)\s+the\s+(?:heat|hot\s+sun|midday\s+sun)\b")
# "I want to end it all", "thinking of ending it all" (the lexicon's key keeps only "end": read as written)
END_IT_ALL = rx.compile(r"(?i)\b(?:end|ending|ended|finish|finishing)\s+it\s+all\b")
# A passive wish to be dead in the words of the screening question itself ("life isn't worth living", "觉得活着没意思"):
# the first rung of the suicide risk questions (NICE NG225 1.5; PHQ-9 item 9), read as suicidal thoughts beside the
# hopelessness the lexicon reads (it read the hopelessness alone: a routine depression; "I keep feeling like life
# isn't worth living, sleeping badly" read nothing at all and came out of scope)
LIFE_NOT_WORTH_LIVING = rx.compile(r"(?i)\blife(?=(?:'s|\s+is|\s+was)?\s+(?:not|isn'?t|wasn'?t|no\s+longer|hardly|just\s+not)\s+"
                                   r"(?:really\s+|even\s+)?worth\s+(?:living|it)\b|\s+(?:doesn'?t|does\s+not)\s+(?:feel|seem)\s+"
                                   r"worth\s+living\b)|\bwhat'?s\s+the\s+point\s+(?:of|in)\s+(?:living|being\s+alive|going\s+on)\b")
# (the match is the word "life" alone where the sentence's own "not" follows it: a denial is looked for before it)
ZH_LIFE_MEANINGLESS = rx.compile(r"活着(?:真|都|也|还|好|太)?(?:没意思|没有意思|没意义|没有意义|没劲|没什么意思|没啥意思)|"
                                 r"活得没意思|活够了|人生没意义")
# Spots on the palms and soles with words between ("手心、足底及臀部红色斑丘疹、小疱疹"): the hand-foot-mouth reading
# (findings._hand_foot_and_mouth) then turns them into its rash when they blister
ZH_PALMS_SOLES_SPOTS = rx.compile(r"(?:手心|手掌|手足)[^。；;]{0,8}?(?:足底|脚心|脚底|足掌)[^。；;]{0,14}?(?:疹|疱|红点|小泡)")
# An itch said to come at night in its own words ("itchy bum at night, my kids have it too", 屁股晚上特别痒): a
# threadworm's night itch, read beside the itch (haemorrhoids led at 76%, threadworm 10%)
ITCH_AT_NIGHT = rx.compile(r"(?i)\bitch(?:y|ing|es|ed|iness)?\b(?:\s+[\w']+){0,3}?\s+(?:(?:is\s+|gets\s+)?(?:worse|worst|mostly|"
                           r"especially|mainly|more|only|always|really\s+bad)\s+)?(?:at|during\s+the|in\s+the)\s+night(?:time|s)?\b|"
                           r"(?:晚上|夜里|夜间|半夜|睡觉时|一到晚上)(?:就|更|特别|尤其|总是|最|很)?(?:痒|瘙痒)")
# Swallowing that hurts (吞口水都痛, 咽东西疼: a sore throat's painful swallowing), lifting that hurt a back (搬东西扭了一下),
# and "achy" said of the whole person ("the flu, achy, fever, cough"; not an achy knee): first notes, sixth session
ZH_SWALLOW_HURTS = rx.compile(r"(?:吞|咽)(?:口水|唾沫|东西|饭|水|咽)?(?:的时候|时)?(?:都|也|就|很|特别|有点)?(?:痛|疼)")
# A cauda equina in a wife's words (set AT): 尿不出来, 会阴那块…没有感觉, 擦屁股都没知觉, 大便也控制不太住 - read only by the
# red-flag bank, so the model saw a sciatica (NICE CKS, sciatica: red flags of cauda equina syndrome)
ZH_SADDLE_NUMB = rx.compile(r"(?:会阴|肛门(?:周围|附近|那里)?|裆(?:部|下)?|私处|坐(?:着)?(?:挨凳子|的)?(?:地方|那块))[^。；;！!没不无否]{0,20}?"
                            r"(?:没有?感觉|没知觉|失去知觉|麻木|发麻|木木的|木了)|擦屁股(?:都|也|时)?(?:没|没有)(?:感觉|知觉)")
ZH_BOWEL_CONTROL_LOST = rx.compile(r"(?:大便|大小便|屎)(?:也|都)?(?:控制不(?:太)?住|憋不住|失禁|管不住)|控制不住(?:大便|大小便)|"
                                   r"(?:拉|尿)(?:在)?裤子(?:里)?(?:了)?(?:自己)?(?:都)?不知道")
# A joint named and its swelling said after it ("膝盖扭伤了，肿得很厉害": the sprain read, the swelling not)
ZH_JOINT_THEN_SWOLLEN = rx.compile(r"(?:膝盖|膝关节|手腕|腕关节|手肘|肘关节|肩膀|肩关节|手指关节|指关节)(?:扭伤了|扭了|摔了|撞了|受伤了)?[，,、]\s*"
                                   r"(?:现在|而且|也|还)?(?<!不)(?<!没)肿(?:得|了|起来)")
# Set BR (results): "突发右下腹剧烈绞痛" (an ovarian torsion) read nothing - the lexicon's phrases have no room for the
# words of onset and severity between the region and the pain; a baby's feed that "shoots across the room" is
# projectile vomiting (a pyloric stenosis read only fewer wet nappies)
ZH_RLQ_PAIN = rx.compile(r"右下腹(?:部)?(?:突发|突然|持续性?|阵发性?|剧烈|一阵阵|一阵一阵|很|特别|非常|持续)*(?:绞痛|剧痛|疼痛|疼|痛)")
SHOOTS_ACROSS = rx.compile(r"(?i)\b(?:shoots?|shot|shooting|flies|flew|flying|goes|went|comes?|came|projects?|sprays?|sprayed)\s+"
                           r"(?:right\s+|straight\s+|all\s+the\s+way\s+|out\s+)?(?:across|over)\s+(?:the|my|his|her|our)\s+"
                           r"(?:room|floor|bed|cot|kitchen|lap|sofa|carpet)|\bhits?\s+the\s+(?:wall|floor)\b|"
                           r"\blike\s+a\s+(?:fountain|firehose|fire\s+hose|hosepipe|hose)\b")
VOMIT_WORDS = rx.compile(r"(?i)vomit|\bsick\b|throw(?:s|ing)?\s+up|threw\s+up|brings?\s+(?:it\s+)?(?:all\s+)?(?:back\s+)?up|"
                         r"comes?\s+(?:straight\s+|right\s+)?back\s+up|\bfeeds?\b|\bmilk\b")
# A hypothyroid note's own words (sets BQ and BR): "always cold", "always freezing when everyone else is fine", "put on
# 6 kg without eating more", "put on a stone" - read nothing, or the cold as denied by "fine"
ALWAYS_COLD = rx.compile(r"(?i)\b(?:always|constantly|forever|permanently|so)\s+(?:feel(?:ing)?\s+)?(?:cold|freezing|chilly)\b|"
                         r"\bfeel(?:s|ing)?\s+the\s+cold\b|\bcan'?t\s+get\s+warm\b|(?:特别|很|总是|老是)怕冷")
WEIGHT_GAINED = rx.compile(r"(?i)\b(?:put\s+on|gained|piled\s+on)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
                           r"(?:a|one|two|three|\d+(?:\.\d+)?)\s*(?:kg|kgs|kilos?|lbs?|pounds?|stones?|st)\b|"
                           r"(?:胖了|长了|重了|增加了|涨了)\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:斤|公斤|kg)")
# A child's bite by another person ("bitten on the forearm by another child at school ... teeth marks broke the skin":
# nothing read; NICE CKS human and animal bites: antibiotics when the skin is broken)
HUMAN_BITTEN = rx.compile(r"(?i)\bbit(?:ten)?\s+(?:\w+\s+){0,4}?by\s+(?:another|a|an|his|her|my|the|their|some)\s+(?:other\s+)?"
                          r"(?:child|kid|boy|girl|toddler|person|man|woman|brother|sister|classmate|friend|pupil|student|"
                          r"partner|patient|resident)\b|\bhuman\s+bite\b|被(?:别的|其他|另一个)?(?:小朋友|孩子|同学|人|弟弟|妹妹|哥哥|姐姐)咬")
SKIN_BROKEN = rx.compile(r"(?i)\b(?:broke|broken|breaking|pierced|punctured)\s+(?:the\s+)?skin\b|咬破(?:了)?(?:皮)?")   # (not a bite
                                                                                                       # scratched open, 抓破)
# A knock to the nose and its bleeding told in the next breath ("Caught my nose on the corner of an open cupboard door.
# Bled about 10 min, stopped after I pinched the soft part": nothing read, out of scope, urgent)
_NOT_ANOTHER_SITE = r"(?!gums?\b|cut\b|wound|lips?\b|mouth|finger|hand|knee|leg|arm\b|head\b|scalp|ear\b|eye|bum\b|bottom|urine|wee)"
NOSE_THEN_BLED = rx.compile(r"(?i)\bnose\b(?:" + _NOT_ANOTHER_SITE + r"[^.!?;\n]){0,60}[.!?;]?\s*(?:" + _NOT_ANOTHER_SITE +
                            r"[^.!?;\n]){0,12}?\b(?:bled|bleeding|bleeds|pouring\s+blood)\b")
# Set BO (skin, eyes, ENT, mouth): the glass test said in a parent's words ("pressed a glass on them ... they dont go
# away": a meningococcal rash read nothing), a sight lost at once ("Lost vision in my right eye all at once": a retinal
# artery occlusion, urgent), one ear that hears nothing since waking, a scarlet fever's sandpaper rash and strawberry
# tongue in Chinese
GLASS_TEST_POSITIVE = rx.compile(r"(?i)\bglass\b[^.!?]{0,50}?\b(?:don'?t|dont|do\s+not|didn'?t|did\s+not|won'?t|wont|not|doesn'?t|"
                                 r"doesnt|still)\s+(?:go(?:ing)?\s+away|fade|fading|disappear|blanch|go\s+pale|there|visible|"
                                 r"see\s+them)|"
                                 r"(?:玻璃杯|杯子|手指)[^，。；]{0,8}?压[^，。；]{0,6}?(?:不褪|不退|不消|还在|也不)|压(?:了)?(?:也|都)?不(?:褪|退)色")
SIGHT_LOST_AT_ONCE = rx.compile(r"(?i)\b(?:lost|losing|lose)\s+(?:the\s+|all\s+)?(?:vision|sight)\s+(?:in|of)\s+(?:my|his|her|one|the)\s+"
                                r"(?:right\s+|left\s+|r\s+|l\s+)?eye\b|\b(?:vision|sight)\s+in\s+(?:my|his|her|one|the)\s+"
                                r"(?:right\s+|left\s+)?eye\s+(?:went|just\s+went|has\s+gone|suddenly\s+went)\b|"
                                r"\bturned\s+off\s+the\s+lights?\s+in\s+(?:that|one|my|the)\s+eye\b")
ONE_EAR_DEAF = rx.compile(r"(?i)\b(?:right|left|one|my|r|l)\s+ear\s+(?:is\s+|was\s+)?(?:not\s+hearing|can'?t\s+hear|cannot\s+hear|"
                          r"hears?\s+nothing|gone\s+deaf|completely\s+deaf|deaf)\b|\bcan'?t\s+hear\s+(?:anything\s+)?(?:out\s+of|"
                          r"in|from|with)\s+(?:my|his|her|one|the)\s+(?:right\s+|left\s+)?ear\b|"
                          r"(?:一只|左|右|一边|单侧)(?:边)?耳朵[^，。；]{0,6}?(?:听不见|听不到|什么都听不|突然聋)")
ZH_SANDPAPER = rx.compile(r"(?:摸着|摸起来|摸上去)?像砂纸|砂纸(?:一样|似的|样)")
ZH_STRAWBERRY_TONGUE = rx.compile(r"舌头[^，。；]{0,6}?像杨梅|杨梅(?:一样|似)的舌头?")
# A breastfeeding mother's red, hot, tender patch in Chinese ("左边乳房有一块红肿硬块，摸着烫，一碰就疼": a mastitis with
# a fever read only the fever, routine)
_ZH_BREAST = r"(?:乳房|乳头|(?<!奶)奶(?!奶|粉|瓶|嘴|茶|油|昔))"   # (not 奶奶, a grandmother: "奶奶86 倒开水手抖 烫到")
ZH_RED_HOT_BREAST = rx.compile(_ZH_BREAST + r"[^，。；]{0,8}?(?:红肿|发红|红红)(?:的)?(?:硬块|肿块|疙瘩|包块|一块|一片)?|"
                               + _ZH_BREAST + r"[^。；]{0,14}?(?:摸着|摸起来)?(?:烫|发烫|发热)")
# Set BS (older and rural Chinese writers, dialect, no punctuation): an infant's dehydration in plain words ("今天一上午
# 没尿 哭也没眼泪 嘴唇干 眼窝陷下去 人蔫了不爱动 叫他也不大理" read only the diarrhoea, routine), a pancreatitis's pain
# "肚子上边疼得要命 往后背上窜", feeds that "喷得老远", a COPD's yellow sputum "痰多 黄的", delirium tremens' insects
# "看见墙上爬满了虫子"
ZH_NO_WEE_FOR_HOURS = rx.compile(r"(?:一上午|一下午|一晚上|半天|一整天|大半天|一天|好几个小时|[四五六七八九十\d]+个?小时)(?:都|也)?"
                                 r"(?:几乎|基本上?|差不多)?(?:都)?(?:没(?:有)?|没怎么)(?:尿|尿尿|撒尿|小便)")   # ("一整天几乎没有小便", set EW)
ZH_DRY_SIGNS = rx.compile(r"(?:哭(?:的时候)?(?:也|都)?没(?:有)?眼泪|眼窝(?:子)?(?:陷|凹|塌)(?:下去|进去|了)?|囟门(?:陷|凹|塌)|"
                          r"嘴唇(?:发)?干(?:裂)?|嘴巴(?:很|特别)?干)")
ZH_HARD_TO_ROUSE = rx.compile(r"(?:叫|喊)(?:他|她|孩子|娃)?(?:也|都)?(?:不大|不太|不怎么|没)(?:理|应|搭理|反应)|人(?:都)?蔫(?:了|巴巴)")
ZH_EPIGASTRIC = rx.compile(r"(?:肚子|肚)(?:上边|上面|上头|上部)(?:疼|痛)|心口窝?(?:疼|痛)")
ZH_TO_THE_BACK = rx.compile(r"往(?:后)?背(?:上|后)?(?:窜|串|放射|走|钻)|窜到(?:后)?背|连着(?:后)?背(?:疼|痛)|(?:疼|痛)到(?:后)?背")
ZH_SPRAYS_FAR = rx.compile(r"(?:吐|喷)[^，。；\s]{0,4}?(?:老远|很远|好远)|喷射(?:状|性)?(?:地)?(?:呕吐|吐)|吃完奶就喷")
# Years without a period (2026-12-05: "no period for 5 years, now some bleeding again" read a missed period, as if she
# might be pregnant, and the bleeding not at all): past the menopause; and bleeding or spotting in such a note is
# bleeding after the menopause (urgent: NICE NG12 suspected endometrial cancer), not from the nose, gums, bottom or bladder
_YEARS = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of)\s*(?:years?|yrs?|y)\b"
_ABOUT = r"(?:about|around|over|nearly|almost|more\s+than|at\s+least|like|~)?\s*"
YEARS_WITHOUT_PERIODS = rx.compile(
    rf"(?i)\b(?:no|not\s+had\s+an?y?|haven'?t\s+had\s+an?y?|havent\s+had\s+an?y?|not\s+had)\s+(?:menstrual\s+)?"
    rf"(?:periods?|menses)\s+(?:for|in|since)\s+{_ABOUT}{_YEARS}|"
    rf"\b(?:periods?|menses)\s+(?:have\s+|has\s+|had\s+)?(?:stopped|finished|ended)\s+{_ABOUT}{_YEARS}\s*ago\b|"
    rf"\blast\s+(?:menstrual\s+)?period\s+(?:was\s+)?{_ABOUT}{_YEARS}\s*ago\b|"
    r"绝经(?:已经|都)?(?:\d{1,2}|[一两二三四五六七八九十几多]+)年|月经(?:都|已经)?停了?(?:\d{1,2}|[一两二三四五六七八九十几多]+)年")
POSTMENOPAUSE_NOTE = rx.compile(YEARS_WITHOUT_PERIODS.pattern + r"|\bpost-?menopaus|\b(?:after|since|past|through)\s+"
                                r"(?:the|my|her)\s+(?:menopause|change)\b|绝经")
BLEEDING_AFTER_MENOPAUSE = rx.compile(
    r"(?i)(?<!nose )(?<!gum )(?<!rectal )(?<!nasal )\b(?:bleeding|spotting|bled|bleed|blood\s+(?:in|on)\s+(?:my\s+|her\s+)?"
    r"(?:knickers|underwear|pants|pad))\b(?![^.;,\n]{0,25}\b(?:gums?|nose|bottom|back\s+passage|rectum|poo|stools?|urine|"
    r"wee|pee|cough|sputum|vomit)\b)|(?:下面|阴道|内裤上?)[^，。；,;没无不]{0,4}?(?:出血|见红|来血|有血)|又来血|又见红|(?<!鼻子)(?<!牙龈)(?<![鼻牙])又出血")
# A mouth ulcer that has not healed in three weeks or more (NICE NG12, oral cancer) in the writer's words: "mouth ulcer
# on my tongue for 5 weeks, not healing, smoker" read an aphthous ulcer, self-care
_WEEKS_3 = (r"(?:[3-9]|1\d|three|four|five|six|seven|eight|nine|ten|several|many)\s*(?:weeks?|wks?|/52)|"
            r"(?:a|one|two|three|several|a couple of|a few)\s*months?|(?:over|more\s+than)\s+a\s+month")
ULCER_NOT_HEALING = rx.compile(
    rf"(?i)\b(?:ulcer|sore|lump)s?\b[^.;!?\n]{{0,50}}?(?:\b(?:for|over|past|last|since|>)\s*(?:about|around|over|nearly|"
    rf"almost|more\s+than|the\s+(?:past|last))?\s*(?:{_WEEKS_3})|\b(?:not|isn'?t|hasn'?t|won'?t|never|doesn'?t)\s+"
    rf"(?:been\s+)?heal(?:ing|ed)?\b)|溃疡[^。；！？]{{0,12}}?(?:一个多月|一个月|两个月|几个月|几个星期|好几周|[三四五六七八九十]周|"
    rf"[三四五六七八九十]个星期)[^。；！？]{{0,6}}?(?:没好|不好|没愈合|不愈合|还在|没消)")
MOUTH_NOTE = rx.compile(r"(?i)\b(?:mouth|tongue|gums?|lips?|cheek|palate|oral)\b|口腔|舌|牙龈|嘴")
ZH_HOT_DRINK_SPILT = rx.compile(r"(?:热水|开水|热茶|热汤|热油|热粥|热咖啡|热奶|滚水|沸水|刚泡的[^，。；]{0,3}茶|刚烧开的水)"
                          r"[^。；！？]{0,14}?(?:泼|洒|倒|浇|溅|打翻|烫)")
# A burn's skin gone white under the blisters ("起了很多水泡，有的皮已经掉了，下面发白": a 15-month-old's scald, set CX,
# read no deep burn), in a note of a burn (``ZH_BURN_NOTE``)
ZH_BURN_WHITE = rx.compile(r"(?:下面|底下|里面|中间|皮下|烫伤的地方|烫的地方|伤口|创面)(?:的肉|的皮肤?)?(?:是|有点|有些|都)?(?:发白|白白的|白色|苍白|灰白)")
ZH_BIGGER_THAN_PALM = rx.compile(r"(?:面积)?比[^，。；]{0,4}?(?:两个|两只|一个|一只|整个)?(?:手掌|巴掌|手)(?:加起来|合起来)?(?:还|都)?大|超过[^，。；]{0,3}手掌|"
                                 r"(?:好几个|几个|两个|三个)手掌(?:那么)?大")
ZH_QUADRANT_SEVERE = rx.compile(r"(?:右下腹|左下腹|下腹|上腹|小腹|右上腹|左上腹)(?:部)?(?:突然)?(?:一下)?(?:剧痛|剧烈(?:的)?(?:疼|痛|绞痛))")
# A positive pregnancy test in Chinese ("测了两条杠": an ectopic's test read nothing), not a COVID antigen's (抗原两道杠)
ZH_TEST_POSITIVE = rx.compile(r"(?<!抗原)(?<!抗原测了)(?:测了|验了|验孕棒|试纸|早孕试纸|验出)?(?:两条杠|两道杠|两条线|两道线|阳性)(?![^，。]{0,4}新冠)")
ZH_PREGNANCY_TEST_NOTE = rx.compile(r"月经|例假|大姨妈|怀孕|验孕|早孕|试纸|同房|避孕")
# A little bleeding in a note about a period or a pregnancy (有一点点出血)
ZH_PREGNANT_NOW_NOTE = rx.compile(r"怀孕|孕\d|孕[一二三四五六七八九十]|两条杠|两道杠|早孕")
ZH_NOT_PREGNANT_NOTE = rx.compile(r"(?s)^(?!.*(?:怀孕|孕\d|孕[一二三四五六七八九十]|两条杠|两道杠|早孕)).*(?:月经|例假|大姨妈|同房|避孕)")
ZH_LITTLE_BLEEDING = rx.compile(r"(?<![鼻牙便尿痰])(?:有|见)(?:一点点|一点|少量|一些|点)(?:褐色的?|咖啡色的?|暗红色的?)?(?:出血|血)")
JAUNDICE_FIRST_DAY = rx.compile(
    r"(?i)(?:出生|生下来|生了)(?:才|刚|不到|还不到)?(?:(?:[1-9]|1\d|2[0-3])|[一两二三四五六七八九十几]+|十[一二三四五六七八九]|二十[一二三]?)个?(?:多)?小时|"
    r"出生(?:当天|第一天|第1天)|生下来当天|\b(?:[1-9]|1\d|2[0-3])\s*(?:hours?|hrs?|h)\s+old\b|\bborn\s+(?:yesterday|today|"
    r"last\s+night|this\s+morning)\b|\bfirst\s+day\s+of\s+life\b|\bwithin\s+(?:the\s+first\s+)?24\s*(?:hours|hrs|h)\b|"
    # (and born so many hours ago: "baby born 18 hrs ago at home ... skin and sclera noticeably yellow" was urgent, set ET)
    r"\bborn\s+(?:about\s+|around\s+|only\s+|just\s+)?(?:[1-9]|1\d|2[0-3])\s*(?:hours?|hrs?|h)\s+ago\b|"
    r"\bborn\s+(?:only\s+|just\s+)?(?:a\s+few|few)\s+hours\s+ago\b")
ZH_BURN_NOTE = rx.compile(r"烫|烧伤|水泡|起泡|泼|洒")
JAUNDICE_NOTE = rx.compile(r"(?i)yellow|jaundice|\bjaundiced\b|发黄|黄疸|皮肤黄|眼白[^，。]{0,3}黄|黄了")
# "sticky red eyes both sides" (set BV): the stickiness beside the redness (a conjunctivitis led a corneal abrasion to
# urgent with the discharge unread)
STICKY_EYES = rx.compile(r"(?i)\bsticky\b(?=[\s,]+(?:and\s+)?(?:red|pink|sore|swollen|itchy)?[\s,]*(?:and\s+)?eyes?\b)")
ZH_NAPPIES_FEWER = rx.compile(r"尿(?:布|不湿|片)(?:也|都)?(?:少了|换得少|没怎么湿|不怎么湿|干干的)")
ZH_YELLOW_SPUTUM = rx.compile(r"痰(?:多|很多|特别多)?[^，。；不没无]{0,3}?(?:黄|绿|脓)(?:的|色|痰)?|痰(?:从|由)[^，。；不没无]{0,4}?(?:变成|变)(?:了)?(?:黄|绿|脓)")
ZH_SEES_INSECTS = rx.compile(r"看见(?![^，。；]{0,8}?尿)[^，。；]{0,8}?(?:虫子|虫|蛇|老鼠)|(?:墙上|床上|身上|屋里)[^，。；]{0,4}?(?:爬满|都是)(?:了)?虫")
# (not "看见我尿过的地方有蚂蚁爬": ants at a diabetic's urine are real)
ZH_BLOOD_IN_SPUTUM = rx.compile(r"痰(?:里|中|里面|上)?(?:有点|有些|带点|还有|有|带|夹着?|见)(?:点|些)?(?:血|血丝|血块)")
ZH_LIFTING = rx.compile(r"搬(?:了)?(?:东西|重物|箱子|家具|米|水|桶|煤气罐|花盆)|(?:提|抬|扛)(?:了)?(?:重物|重东西|东西|箱子|米|水)|"
                        r"弯腰(?:捡|搬|提|抬)")
ACHY_ALL_OVER = rx.compile(r"(?i)(?:(?<=\bi'm )|(?<=\bim )|(?<=\bam )|(?<=\bfeel )|(?<=\bfeels )|(?<=\bfeeling )|(?<=\bbeen )|"
                           r"(?<=\bso )|(?<=\breally )|(?<=\bvery )|(?<=\ball )|(?<=\bgot )|(?<=\band )|(?<=[,;:] )|(?<=[,;:])|^)achy\b"
                           r"(?!\s+(?:knees?|back|joints?|hips?|shoulders?|neck|legs?|arms?|feet|foot|hands?|wrists?|tooth|"
                           r"teeth|head|stomach|tummy|belly|jaw|ears?|eyes?|chest|breasts?|muscles?\s+in))")
# Work as the context (set DU, notes by workers, first-aiders and occupational health nurses):
# - fingertips white and numb after cold, and their pain as they warm (frostbite, NICE CKS "Frostbite"; a ski-lift
#   operator's "fingertips ... were white and numb, when I warmed them they went red and hurt like hell" read a carpal
#   tunnel's numb hand), and the cold said as a temperature below zero ("-22 with the wind")
WHITE_NUMB_DIGITS = rx.compile(r"(?i)\b(?:finger\s*tips?|fingers?|toes?|toe\s*tips?|tips\s+of\s+(?:my|his|her|the)\s+"
                               r"(?:fingers|toes|ears))\b[^.;!?]{0,40}?\b(?:went|were|are|was|turned|go|goes)\s+(?:all\s+)?"
                               r"(?:white|waxy|pale|grey|gray)\s+and\s+(?:numb|hard|frozen|dead)\b")
REWARMING_HURT = rx.compile(r"(?i)\b(?:when|as|once|after)\s+(?:i|we|he|she|they)\s+(?:warmed|rewarmed|thawed)\s+(?:them|it|"
                            r"(?:my|his|her)\s+\w+)(?:\s+up)?\b[^.;!?]{0,40}?\b(?:hurt|hurts|hurting|agony|burn(?:ed|ing|s)?|"
                            r"throb\w*|painful|excruciating|killing)\b|"
                            r"(?:暖和|回暖|复温|焐热|捂热)(?:过来|了)?(?:以后|之后|后)[^。；]{0,10}?(?:疼|痛|胀痛|火辣辣)")
SUBZERO_OUT = rx.compile(r"(?i)(?<![\w/.-])(?:-|minus\s+)(?:[5-9]|[1-4]\d)\s*(?:°\s*c?|degrees|c\b)?\s+(?:with\s+the\s+wind"
                         r"(?:\s*chill)?|wind\s*chill|outside|out\s+there|all\s+day|overnight|on\s+the\s+(?:hill|mountain|slopes?))")
# - a burn from wet cement or concrete, its redness and blisters a day after kneeling in it (HSE "Cement": alkaline burns
#   that show hours later; "laying a concrete floor ... kneeling in it ... both knees have raw red patches with some
#   blisters" read only the blisters)
CEMENT_WORK = rx.compile(r"(?i)\b(?:kneel\w*|knelt|stood|standing|working|got|splash\w*|spilt|spilled|in)\s+(?:in\s+)?"
                         r"(?:\w+\s+){0,3}?(?:wet\s+)?(?:cement|concrete|mortar|screed)\b|\b(?:laying|laid|pouring|poured|"
                         r"mixing|mixed|levelling)\s+(?:a\s+|the\s+|some\s+)?(?:wet\s+)?(?:cement|concrete|screed)\b|"
                         r"水泥(?:地|浆)?[^。]{0,12}?(?:跪|踩|泡|沾|溅)")
SKIN_BURNT_SIGNS = rx.compile(r"(?i)\braw\s+(?:red\s+)?(?:patch\w*|skin|areas?)\b|\bred\s+raw\b|\bburns?\b|"
                              r"(?:破皮|起泡|水泡|红肿发烫|烧伤|灼伤)")
# - an eye that cannot be kept open in the light (photophobia: "Really sore, streaming, can't keep it open in the
#   sunlight" of a straw's corneal abrasion read no photophobia), and an eye "flushed" with water, no flushing of the face
EYE_SHUT_IN_LIGHT = rx.compile(r"(?i)\bcan'?t\s+(?:keep|open)\s+(?:it|them|my\s+eyes?|the\s+eye|his\s+eyes?|her\s+eyes?)\s+"
                               r"(?:open\s+)?in\s+(?:the\s+)?(?:sun\s*light|sun|light|bright\s+light|daylight)\b")
# - hands in water all day (a kitchen porter's paronychia; NICE CKS "Paronychia": wet work)
WET_WORK = rx.compile(r"(?i)\bhands?\s+(?:are\s+|is\s+)?(?:in|under)\s+(?:the\s+)?(?:sink|water|washing[- ]up(?:\s+water)?|"
                      r"dish\s*water)\b|\bkitchen\s+porter\b|\bpot\s*wash(?:er|ing)\b|\bwashing[- ]up\s+all\s+day\b|"
                      r"(?:洗碗|洗菜|刷碗)[^。]{0,6}?(?:一整天|整天|一天到晚)|手(?:一直|整天|天天)泡在水里")
# - a rash where gloves, dye or another thing at work touches ("Itchy red rash on both hands ... worse after colouring
#   days ... don't always wear gloves for tinting", "戴橡胶手套...手腕和手背戴手套的地方起了很痒的红疹": a contact dermatitis;
#   BAD "Contact dermatitis", HSE "Work-related contact dermatitis"), and an itch said before its rash ("很痒的红疹")
HAND_RASH = rx.compile(r"(?i)\b(?:rash|dermatitis|eczema|blisters|(?:cracked|scaly|weeping|itchy)\s+skin)\b[^.;!?]{0,30}?\b(?:hands?|"
                       r"fingers?|wrists?)\b|"
                       r"\b(?:hands?|fingers?)\b[^.;!?]{0,20}?\b(?:rash|cracked|cracking|blisters)\b")
CONTACT_AT_WORK = rx.compile(r"(?i)\bhair\s*dress\w*|\bhair\s+(?:dye|colou?r)|\b(?:colou?ring|tinting|bleaching)\s+(?:days?|"
                             r"hair|clients?)|\bgloves?\s+for\s+(?:tinting|colou?ring|bleaching|cleaning)|\blatex\s+gloves?|"
                             r"\brubber\s+gloves?|\bnitrile\s+gloves?|\bepoxy|\bresin\b|"
                             # (wet cement handled bare: "Handles wet cement daily, often no gloves", set FB; HSE "Cement")
                             r"\b(?:wet\s+)?(?:cement|concrete|mortar)\b[^.;!?]{0,40}?\b(?:daily|every\s+day|no\s+gloves|without\s+gloves)\b")
ZH_GLOVE_RASH = rx.compile(r"(?:戴|带)[^，。；]{0,6}?手套的地方[^。；]{0,10}?(?:起|长|出)[^。；]{0,8}?(?:疹|红|泡|痒)")
ZH_ITCH_BEFORE_RASH = rx.compile(r"(?:很|特别|非常|有点|好|挺)痒的(?:红)?(?:疹子?|疙瘩|小包|包|点|斑|风团)")
# - a pus head under a nail fold ("can see a little yellow bit under the skin next to the nail" was read as jaundice)
# - a speck seen on the eye ("Can see a tiny brown speck on the coloured part in the mirror": a grinder's foreign body;
#   not a white spot there, a keratitis's)
SPECK_ON_EYE = rx.compile(r"(?i)(?<!white\s)(?<!whitish\s)(?<!cloudy\s)(?<!grey\s)\b(?:speck|spot|dot|fleck|bit)\s+(?:of\s+\w+\s+)?(?:stuck\s+)?(?:on|in)\s+(?:the|my|his|her)\s+"
                          r"(?:coloured|colored|clear|black|brown)\s+(?:part|bit)\b|\b(?:speck|fleck|dot)\s+(?:stuck\s+)?(?:on|in)\s+"
                          r"(?:the|my|his|her)\s+(?:cornea|iris|eyeball)\b")
# The important symptom said late or in passing (set DV, long notes):
# - a chest "like a weight sitting on it" (a heart attack's pressure: "I asked if it was his chest and he said more like
#   a weight sitting on it"); a face gone grey is not read as pallor (tried: two heart attacks, "gone grey and sweaty",
#   then led with a bleed)
WEIGHT_ON_CHEST = rx.compile(r"(?i)\b(?:a|an)\s+(?:heavy\s+|big\s+)?weight\s+(?:sitting|pressing|pushing|lying|sat)?\s*on\s+"
                             r"(?:it|his\s+chest|her\s+chest|my\s+chest|the\s+chest|him|me|her)\b")
# - a child's stools as hard lumps ("when he does go it's big hard lumps and he cries": constipation's hard stools)
HARD_LUMPS = rx.compile(r"(?i)\b(?:big\s+|huge\s+|little\s+|small\s+)?hard\s+(?:lumps|balls|pellets|bits|rabbit\s+droppings)\b")
POO_NOTE = rx.compile(r"(?i)\bpoo|\bstools?\b|\bbowels?\b|\bconstipat|\bpooing|大便|拉屎|便便|粑粑")
# - lying awake for hours at bedtime (insomnia's trouble getting off to sleep: "I go to bed around 11, lie there for 2
#   hours with my mind going over work emails")
LIE_AWAKE_HOURS = rx.compile(r"(?i)\blie\s+(?:there\s+)?(?:awake\s+)?(?:for\s+)?(?:\d+|an?|one|two|three|a\s+couple\s+of)\s*"
                             r"(?:hours?|hrs?)\b")
SLEEP_NOTE = rx.compile(r"(?i)\bsleep|\bslept\b|\bbed\b|\binsomnia|睡")
# - a scalp too tender to brush ("it hurts to brush my hair or lie on that side on the pillow": a giant cell arteritis)
SCALP_TOO_SORE = rx.compile(r"(?i)\bhurts?\s+(?:me\s+)?to\s+(?:brush|comb)\s+(?:my|her|his)\s+hair\b|\b(?:brushing|combing)\s+"
                            r"(?:my|her|his)\s+hair\s+(?:hurts|is\s+sore|is\s+painful|is\s+agony)\b|\bside\s+of\s+(?:my|his|"
                            r"her)\s+head\s+is\s+(?:tender|sore\s+to\s+(?:touch|the\s+touch))\b")
# - a heel's first steps ("Worst is the first few steps out of bed in the morning, like stepping on a nail")
FIRST_STEPS = rx.compile(r"(?i)\bfirst\s+(?:few\s+)?steps?\b|(?:早上|早晨)起床[^。；]{0,6}?(?:头几步|第一步|前几步|刚下地)")
HEEL_NOTE = rx.compile(r"(?i)\bheels?\b|脚跟|脚后跟|足跟")
# - a mouth gone to one side with words between ("嘴角也有点往一边歪": a stroke's droop, set DV)
ZH_MOUTH_TO_ONE_SIDE = rx.compile(r"嘴(?:角|巴)?(?:也|还|有点|有些|突然|好像)*(?:往|向)(?:一边|左边|右边|一侧|左侧|右侧)歪")
# - a shoulder that will not go even when someone else lifts it (a frozen shoulder's loss of passive movement, NICE CKS
#   "Frozen shoulder": "别人帮我抬也抬不上去" beside a diabetes led with a rotator cuff, set DV)
PASSIVE_STIFF = rx.compile(r"(?i)(?:别人|家人|医生|理疗师|老公|老伴|女儿|儿子)(?:帮|给)(?:我|他|她)(?:抬|举|活动|掰)[^，。；]{0,4}?"
                           r"(?:抬不上去|抬不起来|举不起来|动不了|掰不动)|\beven\s+when\s+(?:someone|somebody|the\s+(?:doctor|"
                           r"physio|gp)|my\s+\w+)\s+(?:else\s+)?(?:tries\s+to\s+)?(?:lifts?|moves?|raises?)\s+(?:it|my\s+arm)\b")
# Travel and holidays (set DY):
# - a sunburn in Chinese ("在普吉岛海边晒了一下午忘记补防晒，肩膀和后背全红了，火辣辣地痛")
ZH_SUN_RED = rx.compile(r"晒了[^。；]{0,16}?(?:全红了|都红了|红了|通红|发红|晒红|脱皮|火辣辣)|(?:忘(?:记)?(?:了)?(?:涂|擦|补)防晒|没(?:涂|擦|补)防晒)"
                        r"[^。；]{0,16}?(?:全红了|都红了|红了|通红|发红|脱皮|火辣辣)")
# - a cold told as a low temperature ("its 2 degrees and windy", a wet hiker's hypothermia)
COLD_DEGREES = rx.compile(r"(?i)\b(?:it'?s|it\s+is|it\s+was|its\s+been|been)\s+(?:only\s+|about\s+|around\s+|barely\s+)?(?:[0-5]|"
                          r"minus\s+\d{1,2}|-\s?\d{1,2})\s*(?:degrees?|°\s*c?)\b")
# - halos round lights in Chinese ("看灯周围有一圈彩虹": an angle-closure glaucoma's halos)
ZH_HALOS = rx.compile(r"(?:灯|灯光|路灯)(?:的)?周围(?:有)?(?:一圈|一个|一道)?(?:彩虹|光圈|光晕|彩色的?圈|彩圈)|虹视")
# - an ear that hurts when pulled or touched, and what runs out of it, in Chinese ("一碰耳朵或者往外拉耳朵就喊痛，耳朵里面
#   有点黄水流出来": a swimmer's otitis externa)
ZH_PULL_EAR_HURTS = rx.compile(r"(?:碰|拉|扯|按)(?:一下)?耳朵(?:或者?往外拉耳朵)?(?:就|都|会)(?:喊)?(?:痛|疼)|往外拉耳朵(?:就|都|会)?(?:喊)?(?:痛|疼)")
ZH_EAR_FLUID = rx.compile(r"耳朵(?:里面?|里头)?(?:有点|有些|有)?(?:黄水|黄色的水|水|脓|黄脓|分泌物)(?:流|渗)出来")
# - a rash in a tattoo's or a strap's exact shape ("the exact shape of the tattoo has gone red, raised, blistery": a black
#   henna's PPD contact allergy, BAD)
SHAPE_OF_THING = rx.compile(r"(?i)\b(?:exact\s+)?shape\s+of\s+(?:the|my|her|his)\s+(?:henna\s+)?(?:tattoo|strap|watch|plaster|ring|"
                            r"bracelet|earrings?|gloves?|belt\s+buckle|buckle)\b")
# - a monkey's or a bat's bite, a rabies risk wherever it happened (UKHSA "Rabies: risk assessment"); a mosquito's bites
#   are not read (tried: 蚊子咬 as mosquito bites took an insect bite's lead away, set BC)
# - milk's symptoms in Chinese ("每次喝了牛奶肚子就咕噜咕噜叫，胀，放屁，拉肚子 ... 不喝就没事": a lactose intolerance)
ZH_AFTER_MILK = rx.compile(r"(?:喝了?|吃了?)(?:牛奶|纯奶|奶|酸奶|奶制品|冰淇淋|奶茶|奶酪)[^。；？?]{0,6}?(?:就|以后|之后|后)"
                           r"[^。；？?]{0,8}?(?:胀|拉|泻|放屁|咕噜|痛|疼|不舒服)|不喝(?:牛奶|奶)?就没事")
MONKEY_BITE = rx.compile(r"(?i)\b(?:monkeys?|macaques?|bats?)\b[^.;!?]{0,60}?\b(?:bit|bitten|scratched|nipped)\b|\b(?:bit|bitten|"
                         r"scratched)\s+by\s+(?:a|an|the)\s+(?:\w+\s+)?(?:monkey|macaque|bat)\b|(?:猴子|猕猴|蝙蝠)[^，。；]{0,8}?(?:咬|抓)")
# - feeling better out of the building (carbon monoxide, NICE CKS: "they all perk up a bit after going outside")
BETTER_OUTSIDE = rx.compile(r"(?i)\b(?:perk(?:ed|s)?\s+up|pick(?:ed|s)?\s+up|brighten(?:ed|s)?(?:\s+up)?|feel(?:s|ing)?\s+better|"
                            r"felt\s+better|improve[ds]?|better)\b[^.;!?]{0,20}?\b(?:after|when|once|as\s+soon\s+as)\s+"
                            r"(?:\w+\s+){0,2}?(?:outside|outdoors|(?:into\s+)?(?:the\s+)?fresh\s+air|out\s+of\s+(?:the\s+)?"
                            r"(?:house|building|warehouse|garage|room|unit|bay))\b")
# Long-term conditions and what goes wrong with them (set DX):
# - a heart failure's pillows and nights ("need 2 pillows at night now", "cannot lie back at all", "woke 3am gasping"):
#   the lexicon read three or four pillows only, and no waking gasp
NEEDS_PILLOWS = rx.compile(r"(?i)\b(?:need|needs|needing|now\s+on|using|use|uses|sleep(?:s|ing)?\s+on|propped\s+up\s+on)\s+"
                           r"(?:2|3|4|5|two|three|four|five|more|extra)\s+pillows\b|\b(?:can(?:no|')?t|cannot|unable\s+to)\s+lie\s+"
                           r"(?:back|down|flat)(?:\s+at\s+all)?\b(?![^.;!?\n]{0,20}\b(?:because|cos|coz)\s+of\s+(?:the\s+|my\s+)?"
                           r"(?:pain|back|hip|shoulder))")
WOKE_GASPING = rx.compile(r"(?i)\bwo(?:ke|ken|kes|king)\s+(?:up\s+)?(?:at\s+)?(?:\d{1,2}\s*(?:am|a\.m\.|o'?clock)\s+|in\s+the\s+night\s+)?"
                          r"(?:gasping|fighting\s+for\s+(?:breath|air)|(?:really\s+|very\s+)?breathless|short\s+of\s+breath|"
                          r"unable\s+to\s+(?:breathe|catch\s+(?:my|his|her)\s+breath)|can'?t\s+breathe)")
# - a neuropathy of fingers and toes both ("fingers and toes are tingly and numb" after oxaliplatin): the feet too
FINGERS_AND_TOES_NUMB = rx.compile(r"(?i)\b(?:fingers?|hands?)\s+(?:and|&)\s+(?:toes|feet)\b[^.;!?\n]{0,25}?\b(?:tingl\w*|numb\w*|"
                                   r"pins\s+and\s+needles|burning)")
# - a cold sore's tingle on the lip before it ("tingling on my top lip yesterday and today a little cluster of blisters")
LIP_TINGLING = rx.compile(r"(?i)\b(?:tingl\w*|burning|itch\w*)\s+(?:on|in|of|at)\s+(?:my|his|her|the)\s+(?:top\s+|bottom\s+|upper\s+|"
                          r"lower\s+)?lip\b|\blip\s+(?:is\s+|was\s+|went\s+|started\s+)?tingl\w*|嘴(?:唇|角)[^，。；,;]{0,4}?"
                          r"(?:发麻|刺痛|麻麻的|痒痒的)")
LIP_BLISTERS = rx.compile(r"(?i)\b(?:cluster|crop|group|patch)\s+of\s+(?:little\s+|tiny\s+|small\s+)?blisters\b(?=[^.;!?\n]{0,40}?"
                          r"\b(?:lip|mouth)\b)|\blip\b[^.;!?\n]{0,60}?\b(?:cluster|crop|group)\s+of\s+(?:little\s+|tiny\s+|small\s+)?"
                          r"blisters\b|嘴(?:唇|角)[^，。；,;]{0,8}?(?:起|长|冒)了?[^，。；,;]{0,4}?(?:水泡|水疱|泡)(?![^。]{0,30}?(?:黄色?的?痂|蜂蜜))")
# - a low mood in a relative's words ("he's just flat, not interested in his garden or the grandkids, says he's a
#   burden, eating less": a depression in Parkinson's led with a mania at 72%)
JUST_FLAT = rx.compile(r"(?i)\b(?:he's|she's|i'm|he\s+is|she\s+is|i\s+am|been|seems?|is\s+just)\s+(?:just\s+|so\s+|very\s+|really\s+)?"
                       r"flat\b(?!\s+(?:on|out)\b)")
NOT_INTERESTED_IN = rx.compile(r"(?i)\b(?:not|no\s+longer|isn't|isnt|wasn't)\s+(?:even\s+)?interested\s+in\s+(?:his|her|my|their|"
                               r"anything|the\s+(?:garden|grandkids|telly|news))\b|\blost\s+interest\s+in\b|"
                               # pleasure gone ("says she feels nothing for the baby and nothing is enjoyable anymore",
                               # a husband's note of a postnatal depression, set ET; NICE CG192: anhedonia)
                               r"\bnothing\s+(?:is|feels|seems)\s+(?:enjoyable|fun|worth\s+it)\b|\b(?:doesn'?t|don'?t|does\s+not|do\s+not|"
                               r"can'?t|cannot)\s+enjoy\s+(?:anything|things|life|it)\b|\bfeels?\s+nothing\s+for\s+(?:the|her|his|my)\s+"
                               r"(?:baby|child|kids|children)\b")
SAYS_A_BURDEN = rx.compile(r"(?i)\b(?:says?|said|feels?|felt|thinks?)\s+(?:that\s+)?(?:he's|she's|i'm|he\s+is|she\s+is|i\s+am|"
                           r"like)\s+(?:just\s+)?a\s+burden\b|拖累|是个累赘|成了负担")
MOOD_NOTE = rx.compile(r"(?i)\b(?:flat|low|depress\w*|burden|interest\w*|sad|tearful|withdrawn|hopeless|mood)\b|心情|情绪|抑郁")
EATING_LESS = rx.compile(r"(?i)\beating\s+(?:a\s+lot\s+|much\s+|far\s+|a\s+bit\s+)?less\b|\b(?:off|gone\s+off)\s+(?:his|her|my)\s+food\b")
# - a Parkinson's "off" time ("the tablets seem to wear off ... she gets stiff, shuffly and freezes in doorways")
SHUFFLY = rx.compile(r"(?i)\bshuffl(?:y|ing|es|ed)\b|\bfreez(?:es|ing)\s+(?:in|at)\s+(?:the\s+)?(?:doorways?|doors?)\b|"
                     r"\bfeet\s+(?:get\s+)?(?:stuck|glued)\s+to\s+the\s+floor\b|走路小碎步|碎步|迈不开(?:步|腿)")
STIFF_WHEN_OFF = rx.compile(r"(?i)\b(?:gets?|goes|went|is)\s+(?:very\s+|really\s+|all\s+)?(?:stiff|rigid)\b(?=[^.;!?\n]{0,40}?"
                            r"\b(?:shuffl\w*|freez\w*|slow)\b)")
PARKINSONS_NOTE = rx.compile(r"(?i)parkinson|sinemet|madopar|co-?careldopa|co-?beneldopa|levodopa|帕金森|美多芭|多巴丝肼|左旋多巴")
# - a tension headache round both temples in Chinese (两边太阳穴像箍了一圈一样紧紧地痛)
ZH_TEMPLES_BAND = rx.compile(r"(?:两边|两侧|双侧)?太阳穴[^，。；,;]{0,4}?(?:像|好像|就像)?(?:被)?(?:箍|勒|绑|捆)(?:了|住|着)?(?:一圈|一道)?|"
                             r"(?:像|好像)(?:箍|勒)(?:了)?一圈(?:一样|似的)?[^，。；,;]{0,4}?(?:紧|痛|疼)")
# - a diabetes out of control in Chinese: water by the pot, up at night to wee, a fasting reading at home
#   ("一天喝好几壶水，晚上起来尿三四次 ... 早上空腹自己测13点几")
ZH_DRINKS_POTS = rx.compile(r"一天(?:要)?喝(?:好几|几|三四|两三|很多)(?:壶|瓶|升|大杯)(?:的)?水|老是口渴|总是口渴|一直口渴|渴得厉害")
ZH_UP_AT_NIGHT_TO_WEE = rx.compile(r"(?:晚上|夜里|半夜|夜间)(?:要)?起(?:来|夜)?(?:要)?(?:尿|小便|上厕所)(?:个)?(?:两三|三四|四五|好几|[2-9]|两|三|四|五)(?:次|回)")
ZH_FASTING_HIGH = rx.compile(r"空腹[^，。；,;]{0,6}?(?:测|血糖|查)[^，。；,;]{0,4}?(?:[7-9]|[1-3]\d)(?:\.\d)?(?:点几|多)?")
# - a Stevens-Johnson syndrome's mouth and eyes in Chinese ("口腔、嘴唇糜烂，双眼充血疼痛" after carbamazepine: read
#   nothing, and the drug's rash led as a plain drug eruption)
ZH_MUCOSA_ERODED = rx.compile(r"(?:口腔|嘴唇|口唇)(?:黏膜|粘膜)?(?:、|和|及|与)(?:口腔|嘴唇|口唇)(?:黏膜|粘膜)?[^，。；,;]{0,4}?"
                              r"(?:糜烂|溃烂|破溃)|(?:黏膜|粘膜)[^，。；,;]{0,4}?(?:广泛)?糜烂")   # (lips and mouth both, or a
#                               mucosa eroded: not "嘴里烂了三个洞", a mouth ulcer's)
ZH_SKIN_COMING_OFF = rx.compile(r"表皮(?:剥脱|脱落|松解)|皮肤[^，。；,;]{0,3}?(?:剥脱|成片脱落|大片脱落)")
ZH_BOTH_EYES_RED = rx.compile(r"(?:双眼|两只眼睛?|眼睛)[^，。；,;]{0,3}?(?:充血|通红|发红|红肿|红痛)")
# - a stoma that stopped working ("no output from stoma since yest morning, stoma looks swollen, crampy pain round it":
#   an obstruction in an ileostomy read the vomiting only)
STOMA_NO_OUTPUT = rx.compile(r"(?i)\bno\s+(?:output|outputs|poo|stool|wind)\s+(?:from|in|into)\s+(?:the\s+|my\s+|his\s+|her\s+)?"
                             r"(?:stoma|bag|ileostomy|colostomy)\b|\b(?:stoma|bag|ileostomy|colostomy)\s+(?:has\s+)?(?:not|hasn'?t|"
                             r"stopped)\s+(?:been\s+)?(?:working|emptying|putting\s+(?:anything|out)|output\w*|fill\w*)|"
                             r"\bnothing\s+(?:in|into|from)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:stoma\s+)?bag\b|"
                             r"造口[^，。；,;]{0,6}?(?:没有|不|没)(?:排|出)(?:便|东西|气)?|造口袋[^，。；,;]{0,4}?(?:空的|没东西)")
STOMA_NOTE = rx.compile(r"(?i)\b(?:stoma|ileostomy|colostomy)\b|造口|造瘘")
CRAMPS_ROUND_IT = rx.compile(r"(?i)\bcramp(?:y|ing)\s+(?:pain|ache)s?\s+(?:round|around|near|by)\s+(?:it|the\s+stoma|my\s+stoma)\b")
# - blood pressures given as a range ("readings the past 2 weeks mostly 150-160 over 90-98", "150-160/90-98")
BP_RANGE_HIGH = rx.compile(r"(?i)\b(?:1[4-9]\d|2[0-4]\d)\s*(?:-|–|to)\s*(?:1[4-9]\d|2[0-4]\d)\s*(?:over|/)\s*(?:[5-9]\d|1[0-4]\d)"
                           r"(?:\s*(?:-|–|to)\s*(?:[5-9]\d|1[0-4]\d))?\b|\b(?:1[4-9]\d|2[0-4]\d)\s*(?:over|/)\s*(?:9\d|1[0-4]\d)\s*(?:-|–|to)"
                           r"\s*(?:9\d|1[0-4]\d)\b")
# - a tonsil's exudate after its swelling's words ("Very inflamed tonsils with white exudate": the swelling took
#   "tonsils")
TONSILS_WITH_EXUDATE = rx.compile(r"(?i)\btonsils?\s+(?:with|and|have|has|covered\s+(?:in|with))\s+(?:(?:white|yellow|creamy)\s+)?"
                                  r"(?:exudates?|pus|spots|patches|specks)\b")

# Sport and exercise (set DZ):
# - a collapse during exercise ("collapsed suddenly mid-sprint in training", 跑步的时候突然倒地): a syncope on
#   exertion, a cardiac cause's until shown otherwise (ESC 2018 syncope; read nothing but the sprint)
COLLAPSED_EXERCISING = rx.compile(
    r"(?i)\b(?:collapsed|went\s+down|passed\s+out|fainted|blacked\s+out|keeled\s+over|dropped\s+to\s+the\s+(?:floor|ground))\s+"
    r"(?:suddenly\s+|all\s+of\s+a\s+sudden\s+)?(?:mid-?\s?(?:sprint|run|race|match|game|session|rally|set|lap|dance)|"
    r"(?:while|whilst|when)\s+(?:he\s+was\s+|she\s+was\s+|i\s+was\s+)?(?:running|sprinting|training|playing|exercising|cycling|"
    r"swimming|dancing|lifting)|during\s+(?:training|exercise|(?:the|a)\s+(?:match|game|run|race|sprint|session|class|"
    r"parkrun|workout)))|(?:跑步|打球|踢球|比赛|训练|运动|冲刺|跳舞|健身)(?:的)?(?:时候|时|中|过程中)[^，。；,;]{0,4}?"
    r"(?:突然)?(?:倒地|晕倒|昏倒|倒下|晕过去)")
# - out for seconds ("Out for maybe 20 seconds, no jerking"): a faint (its cause decides the triage: on exertion here);
#   not a head knocked out ("knocked out for a few seconds at hockey": a concussion's loss of consciousness)
OUT_FOR_SECONDS = rx.compile(r"(?i)(?<!knocked\s)(?<!knocked)\b(?:out|out\s+cold|unconscious|unresponsive)\s+for\s+(?:maybe\s+|about\s+|around\s+|"
                             r"roughly\s+|approx\.?\s+|a\s+few\s+)?(?:\d+\s*)?(?:seconds|secs)\b")
# - a relative who died suddenly and young ("his uncle died suddenly at 35"): a family history of sudden death
RELATIVE_DIED_YOUNG = rx.compile(r"(?i)\b(?:uncle|aunt|auntie|father|dad|mother|mum|mom|brother|sister|cousin)\s+(?:had\s+)?"
                                 r"died\s+(?:suddenly|in\s+(?:his|her)\s+sleep)(?:\s+(?:at|aged)\s+(?:[1-4]\d)\b|\s+(?:young|"
                                 r"in\s+(?:his|her)\s+(?:teens|20s|30s|40s)))")
# - a chest that flutters ("chest flutters when running")
CHEST_FLUTTERS = rx.compile(r"(?i)\bchest\s+flutter(?:s|ing|y)?\b|\bflutter(?:s|ing)?\s+in\s+(?:my|his|her)\s+chest\b")
# - a knee that creaks inside (膝盖里面咯吱咯吱响: the joint's crepitus, not the air under the skin of 咯吱咯吱, a red flag)
ZH_JOINT_CREAKS = rx.compile(r"(?:膝盖|膝关节|关节|肩膀|肩关节|脚踝|踝关节|髋关节|骨头)(?:里面|里头|里)?[^，。；,;]{0,6}?咯吱(?:咯吱)?")
# - a pressure low in the tummy ("Bit of pressure low down" beside a cystitis): not a low blood pressure
PRESSURE_LOW_DOWN = rx.compile(r"(?i)\bpressure\s+low\s+(?:down\b|in\s+(?:my|the|her|his)\s+(?:tummy|belly|abdomen|stomach|pelvis)\b)|\bpressure\s+(?:down\s+)?(?:in\s+)?(?:my\s+)?lower\s+(?:tummy|belly|abdomen)\b")
# - an arm that will not lift after a fall onto it (右胳膊抬不起来，只能用左手托着 after a fall from a bike onto the
#   shoulder: the injury's, not a stroke's one-sided weakness)
ZH_ARM_WONT_LIFT = rx.compile(r"(?:胳膊|手臂|肩膀|膀子)(?:都)?抬不起来")
ZH_BONE_STICKS_UP = rx.compile(r"(?:锁骨|手腕|前臂|小腿|骨头)[^，。；,;]{0,6}?(?:鼓起|凸起|突出|变形|歪了)(?:来)?(?:一个|一块)?(?:包|块)?")
# - drinking lots after a hot hike ("This morning drinking lots and eating, pee getting lighter": read as a frequency
#   from "lots ... pee", which kept a dehydration from its lead, set DZ)
DRINKING_LOTS = rx.compile(r"(?i)\bdrinking\s+(?:lots|loads|plenty|a\s+lot)\b(?!\s+of\b)")
ZH_FALL_ONTO = rx.compile(r"着地|摔|跌|撞|锁骨|骨折|脱臼|飞出去|扭")
# - a temperature measured at the ear ("Tympanic 41.2"): a fever by its number
TEMP_TYMPANIC = rx.compile(r"(?i)\b(?:tympanic|aural|core|rectal|oral|axillary|temp)\s*(?:temp\w*\s*)?(?:of\s+|was\s+|is\s+|[:=]\s*)?"
                           r"(?:39\.\d|4[0-2](?:\.\d)?)\b(?!\s*(?:mins?|%|kg))")
# - a heat stroke in Chinese: the day's heat in degrees, skin burning hot, the sweat stopped (今天三十七八度 ...
#   浑身滚烫，汗也不怎么出了)
ZH_HOT_DAY = rx.compile(r"(?:今天|天气|外面|室外|白天|气温)[^，。；,;烧热温体]{0,4}?(?:三十[五六七八九]|四十|3[5-9]|4[0-4])(?:[五六七八九])?度")
ZH_OUT_IN_THE_SUN = rx.compile(r"室外|户外|太阳|晒|球场|工地|高温|中暑|天热|热天|跑步|爬山|打球|踢球|田里|地里")   # (a day's heat,
#   not a child's temperature: "今天下午发烧39度")
ZH_SCORCHING = rx.compile(r"(?:浑身|全身|身上|皮肤|摸着)[^，。；,;]{0,3}?(?:滚烫|烫手|烫得|发烫)")
ZH_NO_SWEAT = rx.compile(r"汗(?:水)?(?:也|都)?(?:不怎么|不太|没怎么|没有|没)出了|不出汗了|没有汗了|没汗了")

# Sexual and reproductive health, eyes, ears, mouth and skin (sets EC and ED):
# - a baby's age in days or weeks told by a parent ("our baby is 9 days old"): a birth just past, the puerperium
BABY_DAYS_OLD = rx.compile(r"(?i)\b(?:our|my|the|her)\s+(?:new\s*born\s+|newborn\s+)?(?:baby|son|daughter|little\s+one)\s+(?:is|was)\s+"
                           r"(?:only\s+|just\s+)?(?:[1-9]|[1-3]\d|a\s+few|two|three|four|five|six)\s+(?:days?|weeks?)\s+old\b|"
                           r"(?:生完|生了)(?:宝宝|孩子|小孩)?(?:才)?(?:[1-9]|一|两|三|四|五|六|十几?)(?:多)?(?:个)?(?:天|周|星期|多月|个月)")
# - a bladder that will not empty after a birth or an operation ("I haven't managed to wee since the birth, just tiny
#   dribbles ... 20 hours"): a retention
CANT_MANAGE_TO_WEE = rx.compile(r"(?i)\b(?:haven'?t|hasn'?t|have\s+not|has\s+not|not)\s+(?:managed|been\s+able)\s+to\s+(?:wee|pee|"
                                r"pass\s+(?:urine|water)|urinate|empty\s+(?:my|her|his)\s+bladder)\s+since\b|\b(?:haven'?t|hasn'?t|have\s+not|"
                                r"has\s+not)\s+been\s+able\s+to\s+pass\s+any\s+(?:urine|water)\s+at\s+all\b")   # ("since this morning he
#                                 hasn't been able to pass any urine at all, 10 hours now", set EF)
# - a tooth that cannot be bitten on ("cant bite on it at all, now there's a swollen lump on the gum": a dental abscess
#   read as an insect's sting from "bite ... swollen lump")
CANT_BITE_ON_IT = rx.compile(r"(?i)\b(?:can'?t|cant|cannot|can\s+not|hurts?\s+to|painful\s+to|agony\s+to)\s+(?:even\s+)?bite\s+"
                             r"(?:on|down|onto)\b")
# - a lump on the gum by a tooth ("a swollen lump on the gum next to it that tastes salty when I press it"): a gum boil
GUM_LUMP = rx.compile(r"(?i)\b(?:swollen\s+|little\s+|small\s+|pus\s+|painful\s+)?(?:lump|bump|boil|spot|blister|pimple)\s+on\s+"
                      r"(?:the|my|his|her)\s+gum|\bgum\s+(?:is\s+|has\s+gone\s+)?(?:swollen|puffy|lumpy)\b|牙龈(?:上)?(?:鼓起|长了?)(?:一个|个)?"
                      r"(?:包|脓包|小包)")
# - saliva that cannot be swallowed ("cant swallow even water now so hes spitting his saliva into tissues"): a drooling
#   throat, a peritonsillar abscess's or an epiglottitis's sign
SPITTING_SALIVA = rx.compile(r"(?i)\bspitting\s+(?:out\s+)?(?:his|her|my|their|the)?\s*(?:saliva|spit)\b|\bcan'?t\s+(?:even\s+)?"
                             r"swallow\s+(?:his|her|my|their)\s+(?:own\s+)?(?:saliva|spit)\b|口水都咽不下|咽不下口水|吐口水")
# - an eye that hurts to move and bulges, in Chinese (眼珠一转就很痛 ... 右边眼睛好像比左边往外鼓): an orbital cellulitis
ZH_EYE_MOVES_HURT = rx.compile(r"(?:眼珠|眼球|眼睛)(?:子)?(?:一)?(?:转|动)(?:动)?(?:就)?[^，。；,;]{0,3}?(?:痛|疼)")
ZH_EYE_BULGES = rx.compile(r"(?:眼睛|眼球|眼珠)[^，。；,;]{0,8}?(?:往外鼓|鼓出来|突出来?|凸出来?|往外凸)")
# - a penis's head ("itchy head of my penis" was an itchy scalp) and a foreskin that still pulls back (read as stuck)
PENIS_HEAD = rx.compile(r"(?i)\b(?:red|sore|itchy|swollen|inflamed|raw)(?:,?\s*(?:and\s+)?(?:red|sore|itchy|swollen|inflamed|raw))*"
                        r"\s+(?:head|tip|end)\s+of\s+(?:my|his|the)\s+(?:penis|willy|knob|cock|dick)\b")
FORESKIN_PULLS_BACK = rx.compile(r"(?i)\bforeskin\s+(?:still\s+)?(?:pulls|goes|slides|comes)\s+(?:back|down|forward)\s+"
                                 r"(?:ok|okay|fine|normally|easily|no\s+problem)\b")
# - "SI" as sexual intercourse in a sexual health note ("Last SI 10 days ago, condomless" was a suicidal ideation, an
#   urgent flag); condomless or unprotected, it is the exposure
SI_AS_SEX = rx.compile(r"(?i)\b(?:last|recent|previous|most\s+recent|first)\s+(?:u?p?si)\b|\b(?:condomless|unprotected|"
                       r"protected)\s+si\b|\bsi\s+(?:\d+|a\s+few|two|three|four|five)\s*(?:days?|weeks?|d|wks?|/7|/52)\s+ago\b")
UNPROTECTED_SI = rx.compile(r"(?i)\bsi\b[^.;\n]{0,25}?\b(?:condomless|unprotected|no\s+condom)\b|\b(?:condomless|unprotected)\s+si\b")
READ_AS_NOTHING += (SI_AS_SEX,)
# Blood vessels seen in the skin are no bleeding ("tiny visible blood vessels on my nose" of a rosacea was a nosebleed,
# set FW's sweep)
SKIN_VESSELS = rx.compile(r"(?i)\b(?:visible\s+|tiny\s+|little\s+|broken\s+|small\s+|red\s+)*blood\s+vessels\b|"
                          r"\b(?:thread|spider|broken)\s+veins\b|毛细血管|红血丝")
READ_AS_NOTHING += (SKIN_VESSELS,)
# A wart's pinpoint bleeding when it is pared ("中间有几个小黑点，削一下会出血点" of a verruca read a non-blanching rash, an
# emergency, set GA; NICE CKS "Warts and verrucae": paring shows the thrombosed capillaries), not petechiae
PARED_BLEEDING_POINTS = rx.compile(r"(?:削|刮|修|剪|挑|磨)(?:一下|掉|开|破)?(?:了)?(?:会|就|能)?(?:有|出|冒)?(?:小)?出血点|"
                                   r"(?i:\b(?:pared|paring|shaved|scraped|filed)\b[^.;!?\n]{0,25}?\b(?:pinpoint|tiny|little|small)\s+"
                                   r"(?:bleeding\s+points|bleeds?|spots\s+of\s+blood|dots\s+of\s+blood)\b)")
READ_AS_NOTHING += (PARED_BLEEDING_POINTS,)
# Behind the ear is the skin, not the ear's canal ("耳朵后面在流黄水" of a hair dye's contact dermatitis was an ear's
# discharge and led with an otitis externa, set FY)
ZH_BEHIND_EAR_WEEPING = rx.compile(r"耳(?:朵)?(?:后面|后边|后头|背后|根后面|后)(?:的皮肤)?(?:在|也|还)?(?:流|渗|淌)(?:出)?(?:黄水|水|液|黄色的水)")
READ_AS_NOTHING += (ZH_BEHIND_EAR_WEEPING,)
# - a painless sore on the genitals ("a sore on the underside of my penis ... round with a hard edge, weirdly doesnt
#   hurt at all": a syphilis's chancre read nothing but a groin lump)
PAINLESS_GENITAL_SORE = rx.compile(
    r"(?i)\b(?:sore|ulcer|spot|lump)\s+on\s+(?:the\s+)?(?:(?:underside|side|head|shaft|tip)\s+of\s+)?(?:my|his|her|the)\s+"
    r"(?:penis|willy|foreskin|labia|vulva)\b(?=[^.;!?\n]{0,80}?(?:doesn'?t|doesnt|does\s+not|didn'?t|never)\s+(?:really\s+)?hurt|"
    r"[^.;!?\n]{0,80}?\b(?:painless|not\s+(?:at\s+all\s+)?(?:painful|sore))\b)")
# - one eye gone blind in Chinese (右眼什么都看不见了): a sudden loss of vision (read only with 突然 before it)
ZH_ONE_EYE_BLIND = rx.compile(r"(?:左|右|一只|一边)眼(?:睛)?(?:突然)?(?:什么都|啥都|一下子)?(?:看不见|看不到|看不清)(?:了|东西)|"
                              r"(?:左|右)眼(?:突然)?(?:失明|黑了|一片黑)")
# - suicidal thoughts and a plan in a Chinese mother's words (脑子里一直在想从阳台跳下去 ... 把家里的药都找出来放在床头了 ...
#   还想着要不要带着孩子一起): led with teething, routine
ZH_JUMP_THOUGHTS = rx.compile(r"(?:想|想着|想过)(?:要)?(?:从)?(?:阳台|楼上|楼顶|窗户|窗口|桥上)(?:上)?跳下去")
ZH_PILLS_GATHERED = rx.compile(r"把[^，。；,;]{0,6}?药(?:都|全)?(?:找出来|拿出来|攒起来|囤起来)(?:了)?(?:放在|摆在|藏在)?")
ZH_TAKE_BABY_TOO = rx.compile(r"(?:带着|带上|连着)(?:孩子|宝宝|儿子|女儿)(?:一起)(?:走|死|跳)?")

ALSO_READ: tuple[tuple, ...] = ((PAINLESS_GENITAL_SORE, "painless_genital_ulcer"), (ZH_ONE_EYE_BLIND, "sudden_vision_loss"), (UNPROTECTED_SI, "unprotected_sex"), (BABY_DAYS_OLD, "recent_childbirth"), (CANT_MANAGE_TO_WEE, "urinary_retention"), (SPITTING_SALIVA, "drooling"), (GUM_LUMP, "gum_boil"), (ZH_EYE_MOVES_HURT, "painful_eye_movements"), (ZH_EYE_BULGES, "bulging_eyes"), (ZH_JUMP_THOUGHTS, "suicidal_thoughts"), (ZH_PILLS_GATHERED, "access_to_means", ZH_JUMP_THOUGHTS), (ZH_PILLS_GATHERED, "suicide_plan", ZH_JUMP_THOUGHTS), (ZH_TAKE_BABY_TOO, "thoughts_of_harming_others", ZH_JUMP_THOUGHTS), (COLLAPSED_EXERCISING, "syncope_on_exertion"), (OUT_FOR_SECONDS, "fainting"), (RELATIVE_DIED_YOUNG, "family_history_sudden_death"), (CHEST_FLUTTERS, "palpitations"), (TEMP_TYMPANIC, "high_fever"), (ZH_HOT_DAY, "heat_exposure", ZH_OUT_IN_THE_SUN), (ZH_SCORCHING, "hot_dry_skin"), (ZH_NO_SWEAT, "hot_dry_skin"), (ZH_BONE_STICKS_UP, "visible_deformity"), (NEEDS_PILLOWS, "orthopnoea"), (WOKE_GASPING, "paroxysmal_nocturnal_dyspnoea"), (FINGERS_AND_TOES_NUMB, "tingling_feet"), (LIP_TINGLING, "tingling_before_blisters"), (LIP_BLISTERS, "cold_sore_blisters"), (JUST_FLAT, "low_mood"), (SAYS_A_BURDEN, "guilt_worthlessness"), (EATING_LESS, "loss_of_appetite", MOOD_NOTE), (SHUFFLY, "shuffling_gait"), (STIFF_WHEN_OFF, "muscle_rigidity", PARKINSONS_NOTE), (ZH_TEMPLES_BAND, "band_like_headache"), (ZH_DRINKS_POTS, "excessive_thirst"), (ZH_UP_AT_NIGHT_TO_WEE, "nocturia"), (ZH_FASTING_HIGH, "high_blood_glucose"), (CRAMPS_ROUND_IT, "cramping_abdominal_pain", STOMA_NOTE), (TONSILS_WITH_EXUDATE, "tonsillar_exudate"), (ZH_MUCOSA_ERODED, "mucosal_blistering"), (ZH_BOTH_EYES_RED, "red_eye"), (ZH_SKIN_COMING_OFF, "skin_peeling"), (BP_RANGE_HIGH, "high_blood_pressure_reading"), (WHITE_NUMB_DIGITS, "numb_white_fingers_toes"), (REWARMING_HURT, "rewarming_pain"), (SUBZERO_OUT, "cold_exposure"), (SKIN_BURNT_SIGNS, "burn_injury", CEMENT_WORK), (EYE_SHUT_IN_LIGHT, "photophobia"), (WET_WORK, "wet_work_hands"), (HAND_RASH, "rash_at_contact_site", CONTACT_AT_WORK), (ZH_GLOVE_RASH, "rash_at_contact_site"), (ZH_ITCH_BEFORE_RASH, "itchy_rash"), (BETTER_OUTSIDE, "better_away_from_home"), (SPECK_ON_EYE, "visible_speck_on_eye"), (ZH_SUN_RED, "burn_injury"), (COLD_DEGREES, "cold_exposure"), (ZH_HALOS, "halos_around_lights"), (ZH_PULL_EAR_HURTS, "pain_moving_ear"), (ZH_EAR_FLUID, "ear_discharge"), (SHAPE_OF_THING, "rash_at_contact_site"), (MONKEY_BITE, "animal_bite_injury"), (MONKEY_BITE, "rabies_risk_exposure"), (ZH_AFTER_MILK, "symptoms_after_dairy"), (ZH_MOUTH_TO_ONE_SIDE, "facial_droop"), (PASSIVE_STIFF, "shoulder_stiffness"), (WEIGHT_ON_CHEST, "crushing_chest_pain", CHEST_NOTE), (LIE_AWAKE_HOURS, "difficulty_falling_asleep", SLEEP_NOTE), (SCALP_TOO_SORE, "scalp_tenderness"), (FIRST_STEPS, "heel_pain_first_steps", HEEL_NOTE),
                                (ZH_NO_WEE_FOR_HOURS, "reduced_urine_output"), (ZH_DRY_SIGNS, "dehydration_signs"),
                                (MEANS_LAID_OUT, "access_to_means", SUICIDAL_WORDS),
                                # (beside a drug rash's own reading; in a note of diarrhoea only, the C. difficile's
                                # clue: read everywhere it had lowered a held-out note's triage below its need)
                                (ANTIBIOTIC_COURSE, "recent_antibiotic_use", DIARRHOEA_NOTE),
                                (ONE_LEG_SWOLLEN, "unilateral_leg_swelling"),   # (beside "calf has been sore")
                                (ARMS_PRESSURES, "pulse_deficit_arms", BLOOD_PRESSURE_NOTE),   # (beside the readings)
                                (NIGHTS_AWAKE_DAYS_ASLEEP, "fluctuating_confusion", CONFUSED_WORDS),   # (beside "sleepy in the day")
                                (KNUCKLES_SWOLLEN, "symmetrical_small_joint_pain"),   # (beside a wrist's swelling)
                                (ZH_HARD_TO_ROUSE, "drowsiness"), (ZH_EPIGASTRIC, "epigastric_pain"),
                                (ZH_TO_THE_BACK, "pain_radiating_to_back"), (ZH_SPRAYS_FAR, "projectile_vomiting"),
                                (ZH_NAPPIES_FEWER, "fewer_wet_nappies"), (TURNED_ANKLE_VERB, "fall_or_injury"), (ZH_TEST_POSITIVE, "positive_pregnancy_test", ZH_PREGNANCY_TEST_NOTE), (ZH_LITTLE_BLEEDING, "pregnancy_bleeding", ZH_PREGNANT_NOW_NOTE), (ZH_LITTLE_BLEEDING, "vaginal_bleeding", ZH_NOT_PREGNANT_NOTE), (ZH_LLQ_PAIN, "left_lower_quadrant_pain"), (ZH_RLQ_PAIN_GAP, "right_lower_quadrant_pain"), (STICKY_EYES, "eye_discharge"), (ZH_HOT_DRINK_SPILT, "burn_injury"), (ZH_BIGGER_THAN_PALM, "large_burn_area", ZH_BURN_NOTE), (ZH_BURN_WHITE, "white_or_charred_skin", ZH_BURN_NOTE), (ZH_QUADRANT_SEVERE, "severe_abdominal_pain"), (JAUNDICE_FIRST_DAY, "jaundice_first_24h", JAUNDICE_NOTE), (ULCER_NOT_HEALING, "ulcer_not_healing_3_weeks", MOUTH_NOTE), (BLEEDING_AFTER_MENOPAUSE, "postmenopausal_bleeding", POSTMENOPAUSE_NOTE), (ZH_YELLOW_SPUTUM, "discoloured_sputum"),
                                (ZH_SEES_INSECTS, "hallucinations"), (ZH_RED_HOT_BREAST, "red_hot_breast_area"), (GLASS_TEST_POSITIVE, "non_blanching_rash"), (SIGHT_LOST_AT_ONCE, "sudden_vision_loss"),
                                (ONE_EAR_DEAF, "sudden_hearing_loss_one_ear"), (ZH_SANDPAPER, "sandpaper_rash"),
                                (ZH_STRAWBERRY_TONGUE, "strawberry_tongue"), (NOSE_THEN_BLED, "nosebleed"), (HUMAN_BITTEN, "human_bite_injury"), (SKIN_BROKEN, "skin_break_wound"), (ALWAYS_COLD, "cold_intolerance"), (WEIGHT_GAINED, "weight_gain"), (ZH_RLQ_PAIN, "right_lower_quadrant_pain"),
                                (SHOOTS_ACROSS, "projectile_vomiting", VOMIT_WORDS), (ZH_SADDLE_NUMB, "saddle_anaesthesia"),
                                (ZH_BOWEL_CONTROL_LOST, "bladder_bowel_dysfunction"), (ZH_JOINT_THEN_SWOLLEN, "joint_swelling"), (ZH_SWALLOW_HURTS, "painful_swallowing"), (ZH_BLOOD_IN_SPUTUM, "haemoptysis"), (ZH_LIFTING, "heavy_lifting"), (ACHY_ALL_OVER, "myalgia"), (ITCH_AT_NIGHT, "itch_worse_at_night"), (POOING_WATER, "watery_diarrhoea"), (DICTATED_DIARRHOEA, "diarrhoea"), (LITHIUM_TOXIC, "overdose_ingestion"), (ZH_PALMS_SOLES_SPOTS, "rash_palms_soles"), (END_IT_ALL, "suicidal_thoughts"), (LIFE_NOT_WORTH_LIVING, "suicidal_thoughts"), (ZH_LIFE_MEANINGLESS, "suicidal_thoughts"),
                                (STOCKPILED_MEANS, "access_to_means"), (MEANS_BOUGHT, "access_to_means", SUICIDAL_WORDS),(HOT_SPILL, "burn_injury"),
                                (OBJECT_UP_NOSE, "object_in_nose"), (COLD_NIGHT, "cold_exposure"),
                                (FONTANELLE_RAISED, "bulging_fontanelle"), (SLURRING, "slurred_speech"), (WAS_SICK, "vomiting"),
                                (AMBIENT_HEAT, "heat_exposure"), (ZH_VOMITED_BLOOD, "haematemesis"), (ZH_VOMIT_IN_LIST, "vomiting"), (ZH_NO_STOOL_FOR_DAYS, "constipation"), (STOOLS_DAYS_APART, "constipation"), (ZH_STOOLS_DAYS_APART, "constipation"), (ZH_NO_WEE_ALL_DAY, "reduced_urine_output"), (BREATHLESS_ON_EXERTION, "exertional_dyspnoea"), (ZH_BORN_DAYS_AGO, "recent_childbirth"), (NOT_FADING_WHEN_PRESSED, "non_blanching_rash"), (ZH_CANT_FINISH_SENTENCE, "severe_breathlessness"), (ZH_NOT_FADING, "non_blanching_rash"), (ZH_BETTER_OFF_WITHOUT_ME, "suicidal_thoughts"), (ANKLE_TURNED, "ankle_pain"), (TABLETS_MISSING, "overdose_ingestion"), (ZH_EACH_PERIOD_PAIN, "painful_periods"), (ZH_EXERTIONAL_CHEST, "exertional_chest_pain"), (ZH_WATERY_STOOLS, "watery_diarrhoea"), (ZH_ONE_EYE_DARK_THEN_BACK, "transient_vision_loss_one_eye"),
                                (ZH_PARACETAMOL_TWICE, "staggered_overdose"), (ZH_DOSING_ERROR, "overdose_ingestion"),
                                (ZH_STEROID_STOPPED, "missed_steroid_doses"), (ZH_STEROID_FOR_YEARS, "long_term_steroids"),
                                (ZH_HOT_JOINT, "hot_red_joint"), (ZH_HOT_SPILL, "burn_injury"),
                                (ZH_REGULAR_PAINS, "contractions"),
                                (ZH_WHOOP, "paroxysmal_cough_whoop"), (GREEN_VOMIT_LATER, "green_vomit"), *ALSO_READ_LATER_ZH,
                                (PULSE_ALL_OVER, "irregular_pulse"), (ZH_HEAT, "heat_exposure"), (UP_AT_NIGHT_TO_WEE, "nocturia"),
                                (ZH_HOT_DRY_SKIN, "hot_dry_skin"), (ON_AN_NSAID, "nsaid_use"), (EARLY_WAKING, "early_waking"), (RASH_AS_FEVER_WENT, "rash_after_fever_settles"), (ZH_RASH_AS_FEVER_WENT, "rash_after_fever_settles"),
                                (LEG_SWOLLEN_AND_SORE, "unilateral_leg_swelling"), (PAIN_BEYOND, "pain_out_of_proportion"),
                                (BROKE_A_BONE, "fall_or_injury"), (WENT_OVER_ON_IT, "fall_or_injury"),
                                (CREEPING_UP, "ascending_weakness", LEG_WORDS), (HOT_DRINK_OVER, "burn_injury"),
                                (MOUTH_AND_EYES_SORE, "mucosal_blistering", SKIN_COMING_OFF),
                                (BLOOD_IN_PHLEGM, "haemoptysis"), (CHEMICAL_IN_EYE, "chemical_splash_eye"),
                                (ZH_CHEMICAL_IN_EYE, "chemical_splash_eye"),
                                (ZH_PAINKILLERS_USELESS, "pain_out_of_proportion", ZH_INJURY_WORDS),
                                (ZH_TENSE_LIMB, "tense_swollen_limb", ZH_INJURY_WORDS), (ZH_GREY_OUT, "presyncope_warning", ZH_FAINTED),
                                (ZH_EYE_SCRATCHED, "eye_trauma"), (ZH_ANTIBIOTIC_GIVEN, "recent_antibiotic_use"),
                                (ZH_HOSPITAL_STAY, "recent_hospital_stay"), (ZH_MOLE_GROWING, "changing_mole"),
                                (ZH_MOLE_UNEVEN, "irregular_mole"), (ZH_MOLE_BLEEDING, "bleeding_mole"),
                                (DOSING_ERROR, "overdose_ingestion"), (PARACETAMOL_TWICE, "staggered_overdose"),
                                (HOT_WATER_BOTTLE, "burn_injury", BURN_SIGNS), (RASH_WHERE_IT_SITS, "rash_at_contact_site"),
                                (ONE_SIDE_ARM_LEG, "one_sided_numbness"), (BEHIND_THE_EAR, "postauricular_swelling"),
                                (ZH_YELLOW, "jaundice"),
                                (ZH_OVARIAN_CYST, "known_ovarian_cyst"), (ZH_HEAVY_DRINKING, "heavy_drinking", ZH_DRINK_WORDS),
                                (ZH_RESOLVED, "transient_neuro_symptoms", ZH_NEURO_WORDS),
                                (ZH_RASH_ON_DRUG, "rash_after_new_drug"),
                                # (beside the rash and blisters the lexicon reads in the same words: "手心、脚心和屁股上起了小红疹子")
                                (ZH_HAND_FOOT_SPOTS, "hand_foot_mouth_rash"),
                                (ZH_DOWN_THE_LEG, "back_pain_radiating_leg", ZH_BACK_WORDS),
                                (ZH_LOWER_LEG_NUMB, "leg_numbness_tingling"), (ONE_SIDE_ARM_WEAK, "one_sided_weakness"),
                                (OVARIAN_CYST_SAID, "known_ovarian_cyst", PELVIC_WORDS), (CO_SOURCE, "co_exposure_source"),
                                (EVERY_FEW_MINUTES, "contractions", PREGNANCY_WORDS),
                                (WAVES_EVERY_FEW_MINUTES, "contractions", PREGNANCY_WORDS),
                                (ZH_SLOW_PULSE, "slow_pulse"), (HIGH_CRY, "inconsolable_high_pitched_cry"),
                                (CANT_STAND_ON_IT, "inability_to_bear_weight"), (FOOT_TURNED_OUT, "shortened_externally_rotated_leg"),
                                (LUMP_STAYED_OUT, "irreducible_tender_lump"), (ARM_DEAD_HEAVY, "one_sided_weakness"),
                                (SANDPAPER_SKIN, "sandpaper_rash"), (ZH_INTO_THE_MEDICINE, "overdose_ingestion", ZH_MEDICINE_WORDS),
                                (ZH_BEHIND_EAR, "postauricular_swelling"), (ZH_DRY_ROUGH, "dry_skin"),
                                (GOING_EVERY, "urinary_frequency", PASSING_WATER_WORDS),
                                (BLOOD_ON_THE_OUTSIDE, "rectal_bleeding", POO_SAID),
                                (CHEST_PRESS_HURTS, "chest_wall_tenderness", CHEST_NOTE),
                                (CAR_WENT_INTO, "road_traffic_collision"), (ZH_FOOSH, "fall_on_outstretched_hand"),
                                (ZH_CONDOM_BROKE, "unprotected_sex"),
                                (ZH_DEFORMED, "visible_deformity", ZH_LIMB_WORDS),
                                (EYE_STRUCK, "eye_trauma", EYE_NOTE), (EYE_GRIT, "gritty_eyes", EYE_NOTE),
                                (EYE_WATERING, "watery_eyes", EYE_NOTE), (EYE_AND_RED, "red_eye", EYE_NOTE),
                                (EYE_HIGH_VELOCITY, "high_velocity_eye_injury", EYE_STRUCK_OR_GRIT),
                                (CHEST_MOVE_HURTS, "chest_pain_on_movement", CHEST_NOTE),
                                (EYE_FLASHES, "flashing_lights", EYE_OR_SIGHT),
                                (ZH_FLOATERS, "new_floaters", EYE_NOTE), (ZH_FLASHES, "flashing_lights", EYE_NOTE),
                                (ZH_CURTAIN, "curtain_over_vision", EYE_NOTE),
                                (RED_SWOLLEN_LIMB, "spreading_red_warm_skin"), (LIMB_RED_HOT, "spreading_red_warm_skin"), (HOT_TO_TOUCH, "skin_warmth", SKIN_OR_LIMB),
                                (HALF_FEEDS, "poor_feeding", BABY_WORDS), (ZH_HALF_FEEDS, "poor_feeding"),
                                (SHAKIER_THAN_USUAL, "tremor"), (ZH_HIP_AFTER_FALL, "hip_pain", ZH_FALL_WORDS),
                                (KETONE_BREATH, "fruity_breath"), (ZH_SLOW_SHALLOW, "slow_shallow_breathing"),
                                (ZH_PINPOINT, "pinpoint_pupils"), (ZH_OPIOID, "opioid_use"), (SMOKER_SAID, "smoking"), (ZH_SMOKED_YEARS, "smoking"), (BUTTON_BATTERY, "button_battery_or_magnet", BATTERY_PLACED), (ALZHEIMERS, "dementia_history"), (COMES_AND_GOES_MIND, "fluctuating_confusion", CONFUSION_NOTE), (SEES_WHO_ISNT_THERE, "hallucinations"), (KNOCKED_OUT_IN_A_GAME, "head_injury"), (LANDED_ON_THE_HEAD, "head_injury"), (FELL_OFF_A_HEIGHT, "fall_or_injury"), (ZH_HEART_RACING, "palpitations"), (ZH_COUNTED_FAST, "tachycardia", ZH_HEART_NOTE), (ZH_STOPS_BY_ITSELF, "sudden_onset_offset_palpitations", ZH_HEART_NOTE), (ZH_HALF_ERUPTED, "erupting_tooth"), (ZH_MOUTH_LIMITED, "trismus"), (ZH_NO_STOOL_FOR, "constipation"), (ZH_STOOL_LIKE_STONES, "hard_stools", ZH_STOOL_WORDS), (ZH_LLQ_PAIN, "left_lower_quadrant_pain"), (ZH_RLQ_PAIN, "right_lower_quadrant_pain"), (ZH_SHOULDER_TOP, "shoulder_tip_pain"), (ZH_DIZZY_ON_STANDING, "dizziness"), (HEART_SQUEEZING, "chest_tightness"), (NIGHT_SWEAT_SHIRT, "night_sweats"), (CLOTHES_BIG, "weight_loss"), (BLOOD_IN_SPIT, "haemoptysis"), (FACE_FALLEN, "facial_droop"), (EYE_CANT_CLOSE, "inability_to_close_eye"), (DRINK_RUNS_OUT, "drooling"), (LITTLE_LINES, "skin_burrows"), (SPOTS_WITH_WATER, "blisters"), (HEAT_RISING, "hot_flushes"), (STOPS_WITH_REST, "exertional_chest_pain", HEART_OR_CHEST), (ZH_GAS_SHUT_IN, "co_exposure_source"), (PUT_IN_THE_EAR, "object_in_ear"), (ZH_TEA_URINE, "dark_urine"), (ZH_A_LITTLE_YELLOW, "jaundice"), (BLISTERS_ALONG_A_BAND, "dermatomal_rash"), (ZH_HEAD_BAND, "band_like_headache"), (ZH_HEAD_DISTENDING, "headache"), (ZH_ASTHMA_BREATHING, "wheeze", ZH_ASTHMA_SAID), (CHEST_CLUTCHED, "chest_pain"), (SIDE_TO_GROIN, "loin_to_groin_pain"), (PINK_URINE, "haematuria"), (STONE_BEFORE, "previous_episodes"), (BLOOD_MIXED_IN, "rectal_bleeding"), (LOOSE_WITH_MUCUS, "mucus_in_stool"), (LOOSE_TIMES_A_DAY, "diarrhoea"), (TOOTH_HOLE, "visible_tooth_hole"), (FEW_WET_NAPPIES, "fewer_wet_nappies"), (COUGHING_BOUTS, "paroxysmal_cough_whoop"), (FEED_BROUGHT_UP, "post_tussive_vomiting", COUGH_WORDS_NOTE), (SCROTUM_SWOLLEN, "testicular_pain_swelling"), (PET_BIT, "animal_bite_injury"), (WRONG_STRENGTH, "paracetamol_overdose_ingestion", PARACETAMOL_NOTE), (NAVEL_RED, "spreading_red_warm_skin"), (NAVEL_DISCHARGE, "pus_discharge_from_skin"), (ZH_FEED_SWEAT, "excessive_sweating"), (ZH_FEED_BREATHLESS, "poor_feeding"), (ZH_WEIGHT_SLOW, "poor_weight_gain"), (ZH_BREATHS_A_MINUTE, "rapid_breathing"), (ZH_LUMP_STUCK, "irreducible_tender_lump"), (ZH_LUMP_WONT_PUSH, "irreducible_tender_lump", ZH_LUMP_NOTE), (ZH_FORESKIN_STUCK, "retracted_foreskin_stuck"), (ZH_TESTICLE_SORE, "testicular_pain_swelling"), (ZH_TESTICLE_SUDDEN, "sudden_testicular_pain"), (ZH_VOMITS_A_FEW, "vomiting"), (LAC_SHORTHAND, "skin_break_wound"), (BIG_TOE_ON_FIRE, "big_toe_pain"), (RED_SHINY_SWOLLEN, "hot_red_joint", TOE_NOTE), (TOOTH_HURTS, "toothache"), (COLD_OR_SWEET, "sensitivity_hot_cold_sweet", TOOTH_NOTE), (ZH_NAVEL_TO_RIGHT, "migrating_periumbilical_pain"), (ZH_RIGHT_LOWER, "right_lower_quadrant_pain"), (ZH_BETTER_OUTSIDE, "better_away_from_home"), (FEELS_FOGGY, "poor_concentration"), (TONSILLITIS_NAMED, "sore_throat"), (HEARING_LOST_SUDDENLY, "sudden_hearing_loss_one_ear"), (ZH_POUNDS_LOST, "weight_loss"), (ZH_NIGHT_SWEATS, "night_sweats"), (ZH_TB_CONTACT, "tb_contact"), (ZH_FRUITY_BREATH, "fruity_breath"), (GLUCOSE_OFF_THE_SCALE, "high_blood_glucose"), (ZH_BEHIND_ONE_EYE, "orbital_headache"), (ZH_ONE_EYE_WATERS, "one_sided_eye_watering"), (ZH_CANT_LIE_STILL, "restlessness_during_attack", ZH_HEAD_PAIN), (ZH_CLOCKWORK, "clockwork_attacks"), (EAR_MUFFLED, "hearing_loss"), (BIT_OF_RINGING, "tinnitus", EAR_WORD), (HATES_THE_LIGHT, "photophobia"), (WONT_LOOK_DOWN, "neck_stiffness"), (WITH_PHLEGM, "productive_cough"), (COUGH_FOR_YEARS, "chronic_cough"), (PUFFED, "shortness_of_breath"), (BALL_TO_HEAD, "head_injury"), (SAME_IN_FAMILY, "sick_contact"), (SIDE_BACK_UNDER_RIBS, "flank_pain"), (ZH_RUQ_BEGAN, "right_upper_quadrant_pain"), (ZH_TO_SHOULDER_BLADE, "pain_radiating_to_back"), (ZH_AFTER_GREASY_MEAL, "pain_after_fatty_meal"), (TROPICAL_STAY, "recent_travel_tropics"), (RETURNED_FROM_AFAR, "recent_travel_tropics"), (ZH_LICE, "lice_or_nits_seen"),
                                (TRANSPLANT, "immunosuppression"), (RECENT_CHEMOTHERAPY, "immunosuppression"),
                                (IMMUNOSUPPRESSANT, "immunosuppression"), (BLOOD_CANCER, "cancer_history"),
                                (HEAD_STRUCK, "head_injury"), (SPOTS_BLISTERY, "vesicular_crops"), (RECREATIONAL_DRUG, "recreational_drug_use"),
                                (ZH_BLOOD_ON_WHITE_OF_EYE, "red_patch_white_of_eye"), (HOT_SPILLED_ON, "burn_injury"),
                                (ZH_SPREADING_WARM_RED, "spreading_red_warm_skin"), (ZH_GRAZED, "skin_break_wound"),
                                (COLD_WATER, "cold_exposure"), (ZH_COLD_HANDS, "cold_extremities"), (RECENT_VIRUS, "recent_viral_illness"), (ZH_NEAR_FAINT, "dizziness"), (ANIMAL_NIPPED, "animal_bite_injury"), (LITTLE_URINE_SAID, "reduced_urine_output"))   # (and its note's words)
# Session of 2026-12-06, seventh part (set EF's leftovers):
# - a low back named beside the buttock it shares a pain with ("low back and buttock pain for over a year": an
#   ankylosing spondylitis read a buttock's pain only)
#   (not one that shoots down a leg: "lower back and buttock pain shoots all the way down the back of my leg" is a
#   sciatica's)
LOW_BACK_AND_BUTTOCK = rx.compile(r"(?i)\blow(?:er)?\s+back\s+(?:and|&|/|\+)\s+(?:buttock|bum|hip)s?\s+(?:pain|ache|aches|aching)\b"
                                  r"(?![^.;!?]{0,60}?\b(?:shoot\w*|radiat\w*|legs?|thighs?|calf|foot|feet|toes)\b)")
# - a stiffness for an hour on getting up (an inflammatory back's morning stiffness, ASAS criteria: "worst ... when I
#   get up, stiff for about an hour"), read only in a sentence of getting up or waking
STIFF_AN_HOUR_ON_RISING = rx.compile(
    r"(?i)\b(?:get|getting|got)\s+up\b[^.;!?]{0,20}?\bstiff\w*\s+for\s+(?:about\s+|around\s+|over\s+|at\s+least\s+|a\s+good\s+)?"
    r"(?:an?\s+hour|\d+\s*(?:hours?|hrs?)|(?:4[5-9]|[5-9]\d)\s*(?:mins?|minutes))|"
    r"\bstiff\w*\s+for\s+(?:about\s+|around\s+|over\s+|at\s+least\s+)?(?:an?\s+hour|\d+\s*(?:hours?|hrs?))\s+"
    r"(?:after|when|once)\s+(?:i|he|she)\s+(?:get|gets|wake|wakes)\s+up\b")
# - a back eased by exercise and worse for rest (ASAS inflammatory back pain: "Gets better when I go to the gym, worse
#   when I rest"), read only in a note of the back or buttock
BETTER_MOVING_WORSE_RESTING = rx.compile(
    r"(?i)\b(?:better|easier|eases|improves)\s+(?:when|with|after|once|if)\s+(?:i\s+|he\s+|she\s+)?(?:go\s+to\s+the\s+gym|"
    r"exercis\w*|(?:get\s+)?moving|move\s+about|move\s+around|walk\s+about|(?:do\s+)?(?:some\s+)?exercise|gym)\b"
    r"[^.;!?]{0,20}?\bworse\s+(?:when|with|after|if)\s+(?:i\s+|he\s+|she\s+)?(?:rest|resting|sit|sitting|keep\s+still|lie)")
BACK_OR_BUTTOCK_NOTE = rx.compile(r"(?i)\bback\b|\bbuttocks?\b|\bspine\b|腰|背")
# - a throbbing at one temple (a migraine's one-sided throbbing: "throbbing on the left temple 7/10" read nothing)
THROBBING_TEMPLE = rx.compile(r"(?i)\bthrobb\w*\s+(?:pain\s+|ache\s+)?(?:on|in|at|over|behind)\s+(?:the\s+|my\s+|his\s+|her\s+)?"
                              r"(?:left|right|one)\s+(?:temple|side\s+of\s+(?:my|the|his|her)\s+head)\b")
# - migraines had for years ("had migraines for years ... started like usual"): the attacks before
MIGRAINES_FOR_YEARS = rx.compile(r"(?i)\b(?:had|have|get|getting|suffer\w*\s+(?:from|with))\s+migraines\s+(?:for|since)\s+"
                                 r"(?:years|ages|a\s+long\s+time|\d+\s+years|i\s+was|my\s+teens|childhood)\b")
# - a red area on the breast with words between ("a red, hot, painful wedge shaped area on the outer part of my left
#   boob": a lactational mastitis read a tender breast only and led with an abscess)
RED_AREA_ON_BREAST = rx.compile(r"(?i)\b(?:red|reddened|hot)\b[^.;!?]{0,40}?\b(?:area|patch|wedge|segment)\s+(?:on|of|in)\s+"
                                r"(?:the\s+)?(?:\w+\s+){0,4}?(?:my|her|the)\s+(?:left\s+|right\s+)?(?:breast|boob|booby|tit)s?\b")
# - both sides of the lower belly in pain (下腹两边都痛, a pelvic inflammatory disease's) and a pain at intercourse told
#   with words between (同房的时候更痛): read nothing, and a PID was routine through a bacterial vaginosis
ZH_LOWER_BELLY_BOTH_SIDES = rx.compile(r"(?:下腹|小腹|小肚子)(?:的)?(?:两边|两侧|双侧|左右两边)(?:都|也)?(?:一直|有点|隐隐)?(?:痛|疼|隐痛|胀痛|作痛)")
ZH_SEX_HURTS = rx.compile(r"(?:同房|性生活|做爱|过性生活)(?:的)?(?:时候|时|之后|后)(?:会|就|也|更|都|特别|很|有点)*(?:痛|疼)")
ALSO_READ += ((LOW_BACK_AND_BUTTOCK, "low_back_pain"), (STIFF_AN_HOUR_ON_RISING, "long_morning_stiffness"),
              (BETTER_MOVING_WORSE_RESTING, "inflammatory_back_pain", BACK_OR_BUTTOCK_NOTE),
              (THROBBING_TEMPLE, "throbbing_headache"), (THROBBING_TEMPLE, "one_sided_headache"),
              (MIGRAINES_FOR_YEARS, "previous_episodes"), (RED_AREA_ON_BREAST, "red_hot_breast_area"),
              (ZH_LOWER_BELLY_BOTH_SIDES, "lower_abdominal_pain"), (ZH_LOWER_BELLY_BOTH_SIDES, "pelvic_pain"),
              (ZH_SEX_HURTS, "painful_intercourse"))
# Set EH (the gut, the bladder and the kidneys):
# - a lump at the anus that comes out at stool and goes back by itself (肛门口有个肉球，大便的时候会出来，完了自己能缩回去: a
#   prolapsing haemorrhoid after a birth read nothing of it)
# (a side and a colour between: "肛门旁边左侧长了一个红红的硬包" of a 5-month-old's perianal abscess read nothing, set FV)
ZH_ANAL_LUMP = rx.compile(r"(?:肛门|屁眼|肛周)(?:口|旁边|边上|外面|那里|那儿)?(?:左侧|右侧|左边|右边|一侧)?(?:有|长了|长出|冒出|出来|起了)"
                          r"(?:个|一个|一颗|颗)?(?:小)?(?:红红的|红肿的|红色的|硬硬的|红)?(?:硬)?"
                          r"(?:肉球|肉疙瘩|肉坨|小球|肿块|疙瘩|肉揪|包)")
# - a baby who cries at a touch of the lump or when passing stool ("一碰就哭，拉臭臭的时候哭得特别厉害" of a 5-month-old's
#   perianal abscess): a pain around the anus, in a note of a lump or a sore there
ZH_HURTS_AT_STOOL = rx.compile(r"(?:拉|解|排)(?:臭臭|粑粑|便便|大便|屎|巴巴)(?:的时候|时)?[^，。；,;没无不]{0,4}?(?:哭|疼|痛|叫)|"
                               r"(?:一碰|一摸|一按|碰到|摸到)(?:就|都)(?:哭|疼|痛|叫)")
ZH_ANAL_NOTE = rx.compile(r"肛门|屁眼|肛周|屁股")
ALSO_READ += ((ZH_HURTS_AT_STOOL, "anal_pain", ZH_ANAL_NOTE),)
# - pus running from the eyes in Chinese ("两只眼睛都流黄色的脓水，擦了又流出来" of a 4-day-old's ophthalmia neonatorum
#   read only a swollen lid, set FV): a sticky eye discharge
ZH_EYE_PUS = rx.compile(r"眼(?:睛|角)?[^，。；,;没无不]{0,6}?(?:流|有|出|冒|全是|都是)(?:出)?(?:很多|好多|一些)?(?:黄色的?|黄绿色的?|绿色的?|白色的?)?"
                        r"(?:脓水|脓|脓液|分泌物|黄水)")
# - a urine that smells, in Chinese ("家长诉尿液有臭味" of a febrile 9-month-old; "尿液异味明显" was read, set FV)
ZH_URINE_SMELLS = rx.compile(r"(?:尿|尿液|小便|尿布)[^，。；,;没无不]{0,3}?(?:有)?(?:股|一股)?(?:臭味|异味|骚味(?:很重|特别重|很大)|很臭|特别臭|发臭|难闻)")
ALSO_READ += ((ZH_EYE_PUS, "eye_discharge"), (ZH_URINE_SMELLS, "foul_smelling_urine"))
# Probes of everyday injuries and reactions in the sixth part of 2026-12-07 (each had led with an unrelated condition):
# - a cut in Chinese ("切菜切到手指，口子不深，已经止血了" led with a tennis elbow): a broken skin
ZH_CUT = rx.compile(r"(?:切|割|划|剌|削)(?:到|破|伤|了)(?:了)?(?:一下)?(?:我的|他的|她的)?(?:手|手指|手指头|指头|手掌|手背|脚|腿|胳膊|手腕|脸|额头|嘴唇)|"
                    r"(?:手|手指|手指头|指头|手掌|脚|腿|胳膊|脸|额头)(?:被|让)?[^，。；,;]{0,6}?(?:割|划|切|剌)(?:了)?(?:一)?(?:个|道|条)?(?:大|小|深)?(?:口子|伤口|口)|"
                    r"(?:割|划|切)(?:了|开)(?:一)?(?:个|道|条)(?:大|小|深)?口子")
# - a crush by a heavy thing at work in Chinese ("在工地被钢筋砸到脚，脚背肿得很厉害，不能走路" led with varicose veins): an
#   injury
ZH_CRUSHED = rx.compile(r"(?:被|让)[^，。；,;]{0,8}?(?:砸|压|夹|撞|碾|轧)(?:到|伤|了|在)|(?:砸|压|夹|碾|轧)(?:伤|断)了?(?:手|脚|腿|手指|脚趾)")
# - a red ring spreading from a tick's bite ("there's a red ring spreading around the bite now 5 days later" read the
#   tick only): an erythema migrans, in a note of a tick or the woods (NICE NG95)
RING_SPREADING = rx.compile(r"(?i)\b(?:red\s+)?(?:ring|circle|rash|patch|redness|mark)\b[^.;!?]{0,20}?\b(?:spreading|getting\s+bigger|growing|"
                            r"expanding|widening)\b|\b(?:spreading|expanding|growing)\s+(?:red\s+)?(?:ring|circle|rash|patch)\b|"
                            r"(?:红圈|红斑|红印|红疹)[^，。；,;]{0,6}?(?:越来越大|变大|扩大|往外扩)")
ALSO_READ += ((ZH_CUT, "skin_break_wound"), (ZH_CRUSHED, "fall_or_injury"), (RING_SPREADING, "bullseye_rash", TICK_OR_WOODS))
# From set FY (reactions and injuries at home and outdoors, written blind in the sixth part of 2026-12-07):
# - a burn or scald's area named large in English ("skin is peeling and blistering over a big area, most of his chest and
#   down the arm" of an 18-month-old's kettle scald was urgent), in a note of a burn
BURN_AREA_LARGE = rx.compile(r"(?i)\bover\s+a\s+(?:big|large|huge|wide|massive)\s+area\b|\b(?:big|large|huge|wide)\s+area\s+of\s+"
                             r"(?:his|her|my|the|their)?\s*(?:skin|chest|back|body|arm|leg)\b|\bmost\s+of\s+(?:his|her|my|their|the)\s+"
                             r"(?:chest|back|arm|leg|tummy|belly|body|face|front)\b")
BURN_NOTE = rx.compile(r"(?i)\bburn\w*|\bscald\w*|\bboiling\b|\bkettle\b|\bhot\s+(?:water|oil|tea|coffee|drink)|\bblister\w*|"
                       r"烫|烧伤|开水|热水|热油")
# - a chemical on the skin ("spilled drain unblocker on my forearm ... the skin is still red and stinging and there's a
#   greyish-white patch" read nothing and was routine): a burn (NICE CKS "Burns and scalds": chemical burns go to A&E),
#   and its pale patch a deep burn's
CHEMICAL_ON_SKIN = rx.compile(r"(?i)\b(?:spilled|spilt|splashed|got|poured|dripped|spilling|splashing)\s+(?:some\s+)?(?:drain\s+(?:unblocker|cleaner|"
                              r"opener)|bleach|oven\s+cleaner|caustic(?:\s+soda)?|acid|lye|wet\s+cement|cement|quicklime|lime|paint\s+stripper|"
                              r"descaler|hydrofluoric)\s+(?:on|over|onto|down)\s+(?:my|his|her|their|the)\s+(?:\w+\s+)?(?:arm|forearm|hand|"
                              r"hands|leg|legs|skin|face|foot|feet|chest|wrist|fingers?|knees?)\b|"
                              r"(?:疏通剂|洁厕灵|漂白水|84消毒液|烧碱|火碱|强酸|硫酸|盐酸|石灰)[^，。；,;]{0,8}?(?:溅|洒|倒|沾)(?:到|在)(?:了)?[^，。；,;]{0,4}?"
                              r"(?:手|胳膊|腿|脚|皮肤|脸)")
PALE_BURN_PATCH = rx.compile(r"(?i)\b(?:grey(?:ish)?|gray(?:ish)?|white|whitish|greyish-white|grayish-white|waxy|leathery)\s+"
                             r"(?:and\s+\w+\s+)?(?:patch|area|bit|spot)\b")
# - a face or hands burnt, or the eyebrows singed, in Chinese ("脸和两只手都烧伤了，眉毛头发都烧焦了，现在声音变哑，咳出来的痰是
#   黑的" of a gas explosion was urgent): a burn of a special area (and the airway's, NICE CKS: singed facial hair, a
#   hoarse voice and a sooty sputum are an inhalation injury)
ZH_SPECIAL_BURN = rx.compile(r"(?:脸|面部|头面部|双手|两只手|两手|双脚|两只脚|会阴|生殖器|眼睛|嘴|嘴唇)[^，。；,;]{0,6}?(?:烧伤|烫伤|烧到|烫到|灼伤|炸伤)|"
                             r"(?:眉毛|睫毛|头发|鼻毛|胡子)[^，。；,;]{0,4}?(?:烧焦|烧没|烧掉|燎)")
SINGED_FACE = rx.compile(r"(?i)\b(?:singed|burnt|burned|scorched)\s+(?:his|her|my|their)?\s*(?:eyebrows|eyelashes|nasal\s+hairs?|"
                         r"nose\s+hairs?|beard|moustache|fringe)\b|\b(?:eyebrows|eyelashes|nose\s+hairs?|nasal\s+hairs?)\s+(?:are\s+|were\s+)?"
                         r"(?:singed|burnt|burned|scorched)\b")
ZH_VOICE_HOARSE = rx.compile(r"(?:声音|嗓子|嗓音)(?:变|有点|很|都)?(?:哑|沙哑|嘶哑)")
ZH_SOOTY_SPUTUM = rx.compile(r"(?:痰|吐出来的|咳出来的)[^，。；,;]{0,6}?(?:是)?(?:黑的|黑色|发黑|有黑)")
# - a household product swallowed by a child ("咬破了一个洗衣凝珠，嘴里都是，吐了几次，现在一直咳，呼吸有点快" of a
#   2-year-old was routine): an ingestion (NPIS TOXBASE: a laundry capsule's concentrate harms the airway and the gut)
_ZH_HOUSEHOLD_PRODUCTS = r"(?:洗衣凝珠|洗衣珠|洗衣球|洁厕灵|84消毒液|消毒液|漂白水|疏通剂|农药|百草枯|敌敌畏|杀虫剂|老鼠药|鼠药|防冻液|烟油)"
PRODUCT_SWALLOWED = rx.compile(r"(?i)\b(?:bit|bitten|chewed|swallowed|drank|drunk|ate|eaten|licked|sucked|burst)\s+(?:into\s+|on\s+)?(?:a|an|one|"
                               r"some|the|some\s+of\s+(?:a|the))?\s*(?:laundry|washing|dishwasher|liquitab|fairy)\s*(?:pods?|capsules?|"
                               r"tablets?|liquitabs?|liquid)\b|\b(?:swallowed|drank|drunk|ate|eaten|sipped|had\s+a\s+(?:sip|mouthful)\s+of)\s+"
                               r"(?:some\s+)?(?:bleach|drain\s+(?:unblocker|cleaner)|oven\s+cleaner|dishwasher\s+(?:tablet|powder|liquid)|"
                               r"weedkiller|weed\s+killer|pesticide|rat\s+poison|antifreeze|white\s+spirit|paraffin|lamp\s+oil|"
                               r"e-?cig(?:arette)?\s+liquid|vape\s+liquid)\b|"
                               r"(?:咬破|咬开|咬了|吃了|舔了|吞了|喝了|误服|误喝|误吃)[^，。；,;]{0,6}?" + _ZH_HOUSEHOLD_PRODUCTS + "|"
                               r"把[^，。；,;]{0,4}?" + _ZH_HOUSEHOLD_PRODUCTS + r"(?:给)?(?:咬破|咬开|咬了|吃了|舔了|吞了|喝了)")
# - a wound's depth and its edges apart in Chinese ("口子挺深的，合不上，按了二十分钟还在渗血"), and the thumb's cut
#   with a side before the hand ("割到左手大拇指根部": the reader above needs the hand at once)
ZH_GAPING = rx.compile(r"(?:口子|伤口)[^，。；,;]{0,4}?(?:很深|挺深|比较深|深|合不上|合不拢|张开|裂开|翻开)")
ZH_STILL_BLEEDING = rx.compile(r"(?:按|压|捂)(?:了|住)?[^，。；,;]{0,8}?(?:还在|还是|仍然|一直)(?:渗血|流血|出血)")
ZH_CUT_SIDE = rx.compile(r"(?:切|割|划|剌|削)(?:到|破|伤)(?:了)?(?:左|右)(?:手|脚|腿|胳膊)")
# - a redness gone past the line drawn round it ("Redness now ~hand-sized, hot, swollen, tender, has spread past pen line
#   drawn last night" of a cellulitis after a bite was self-care: the lexicon gave "swollen, tender, has spread" to a
#   sting's local reaction): a spreading redness (NICE NG141)
SPREAD_PAST_LINE = rx.compile(r"(?i)\b(?:spread|spreading|gone|going|extended|extending|grown|moved)\s+(?:past|beyond|outside|over)\s+"
                              r"(?:the\s+)?(?:pen\s+|biro\s+|marker\s+)?(?:line|mark|outline|border|circle)\b")
ALSO_READ += ((BURN_AREA_LARGE, "large_burn_area", BURN_NOTE), (CHEMICAL_ON_SKIN, "burn_injury"),
              (PALE_BURN_PATCH, "white_or_charred_skin", CHEMICAL_ON_SKIN), (ZH_SPECIAL_BURN, "burn_to_special_area"),
              (SINGED_FACE, "burn_to_special_area"), (ZH_VOICE_HOARSE, "hoarse_voice"), (ZH_SOOTY_SPUTUM, "productive_cough"),
              (PRODUCT_SWALLOWED, "overdose_ingestion"), (ZH_GAPING, "gaping_wound"), (ZH_STILL_BLEEDING, "wound_bleeding"),
              (ZH_CUT_SIDE, "skin_break_wound"), (SPREAD_PAST_LINE, "spreading_red_warm_skin"))
# - a hair dye the day before a rash or a swelling ("在理发店染了头发，晚上头皮特别痒，额头和眼皮都肿起来了 ... 耳朵后面在流黄水" led
#   with a seborrhoeic dermatitis; NICE CKS "Dermatitis - contact": para-phenylenediamine in hair dye)
HAIR_DYED = rx.compile(r"(?i)\b(?:dyed|coloured|colored|bleached)\s+(?:my|his|her|their)\s+hair\b|\bhair\s+(?:dye|colou?r(?:ing)?)\b|"
                       r"\bhenna\b|染(?:了)?(?:个)?(?:头发|发)|焗油|染发剂|纹身|文身")
SKIN_REACTION_NOTE = rx.compile(r"(?i)\bitch\w*|\bswell\w*|\bswollen|\brash|\bred\b|\bblister\w*|\bweep\w*|\bpuffy|痒|肿|疹|红|水泡|流水|流黄水")
ALSO_READ += ((HAIR_DYED, "rash_at_contact_site", SKIN_REACTION_NOTE),)
# - a head walked into something hard ("walked into a low beam in the loft, headache since"), in a note of a head's
#   trouble: a head injury (a concussion leads only on one, ``predict.LEADS_ONLY_ON``)
WALKED_INTO = rx.compile(r"(?i)\b(?:walked|ran|bumped|stood\s+up)\s+(?:straight\s+|right\s+|head\s+first\s+)?into\s+(?:a|an|the)\s+"
                         r"(?:(?:steel|metal|iron|low|concrete|wooden|glass|open)\s+)?(?:beam|girder|joist|door(?:\s?frame)?|wall|pole|"
                         r"post|lamp\s?post|shelf|cupboard(?:\s+door)?|sign|pillar|scaffold\w*|pipe|lintel)\b")
HEAD_TROUBLE_NOTE = rx.compile(r"(?i)\bhead\w*|\bforehead|\bhard\s+hat|\bhelmet|\bdizzy|\bknocked|\bconcuss\w*|\bbump\b|\bthrew\s+up|"
                               r"\bvomit\w*|\bsick\b")
ALSO_READ += ((WALKED_INTO, "head_injury", HEAD_TROUBLE_NOTE),)
# - a food that often brings an allergy, eaten before hives, a wheeze or a vomit, in Chinese ("第一次吃了一点虾泥，半小时后
#   吐了两次，脸上身上起了好多红疙瘩，现在咳嗽，喘气有呼呼的声音" of a 14-month-old's anaphylaxis read only a vomit, a cough
#   and a breathlessness, and led with a bronchiolitis, set FY): the allergen eaten, the wheals, the wheeze
ZH_ALLERGEN_EATEN = rx.compile(r"(?:吃|喝|尝|舔)(?:了)?(?:一点|一口|几口|点|些)?(?:的)?(?:虾|虾泥|虾仁|螃蟹|蟹|海鲜|贝|花生|坚果|腰果|核桃|杏仁|"
                               r"芝麻|鸡蛋|蛋黄|蛋白|牛奶|芒果|菠萝|猕猴桃|蚕豆|荞麦)(?=[^。；！？]{0,30}?(?:疹|风团|疙瘩|红包|痒|肿|喘|咳|吐|呕))")
ZH_WHEALS = rx.compile(r"(?:起了|起|出了|冒出)(?:好多|很多|一片|一些|一身|满身)?(?:的)?(?:红疙瘩|红包|风疙瘩|风疹块|包块)")
ZH_WHEEZE_SOUND = rx.compile(r"(?:喘气|呼吸|喘)[^，。；,;]{0,4}?(?:呼呼|嘶嘶|吱吱|咝咝|呼噜呼噜)(?:的)?(?:声|响)|(?:有|带)(?:哨音|哮鸣)")
ALSO_READ += ((ZH_ALLERGEN_EATEN, "food_allergen_exposure"), (ZH_WHEALS, "hives", ZH_ALLERGEN_EATEN),
              (ZH_WHEEZE_SOUND, "wheeze"))
# - a navel that bulges out, with words between ("肚脐眼往外鼓出来一个包 ... 哭的时候更鼓，睡着了就小了，用手一按软软的能按回去"
#   of a 3-month-old's umbilical hernia led with teething, set FV); and its bulge that grows with crying and goes back
ZH_NAVEL_BULGE = rx.compile(r"(?:肚脐|脐部|脐)(?:眼)?(?:这里|那里|上面|旁边|周围)?[^，。；,;没无不]{0,4}?(?:往外)?(?:鼓|凸|突)(?:出|起)?(?:来)?(?:了)?"
                            r"(?:一个|个)?(?:小|软)?(?:包|疙瘩|肿块)?")
ZH_BIGGER_WHEN_CRYING = rx.compile(r"(?:哭|用力|使劲|咳嗽)(?:闹)?(?:的时候|时)?(?:就)?(?:更|会)?(?:鼓|凸|大)|"
                                   r"(?:能|可以)(?:按|推|塞)回去|(?:睡着|躺下|安静)(?:了)?(?:就)?(?:小了|没了|平了|下去了)")
ZH_LUMP_WORDS = rx.compile(r"包|鼓|凸|疝|疙瘩")
ALSO_READ += ((ZH_NAVEL_BULGE, "umbilical_lump"), (ZH_BIGGER_WHEN_CRYING, "cough_impulse", ZH_LUMP_WORDS))
# - a nose that has bled, with a count or a time between ("这个礼拜鼻子已经出了三次血" of a 77-year-old on warfarin read
#   nothing, set FW)
ZH_NOSE_BLED = rx.compile(r"(?:鼻子|鼻孔|鼻腔)(?:里)?(?:又|已经|老是|总是|经常|反复)?(?:出|流|冒)了?(?:[一两二三四五六七八九十几好\d]+次|好多|很多|不少|一点)?(?:的)?血")
ALSO_READ += ((ZH_NOSE_BLED, "nosebleed"),)
# - no proper stool for days against a daily habit ("havent had a proper poo for 5 days, normally go daily": read
#   bloating and wind only and led with an irritable bowel)
NO_PROPER_POO_FOR_DAYS = rx.compile(
    r"(?i)\b(?:haven'?t|havent|hasn'?t|hasnt|not|didn'?t|didnt)\s+(?:had|done|managed|been\s+able\s+to\s+(?:do|have))\s+(?:a\s+)?"
    r"(?:proper\s+|decent\s+|real\s+)?(?:poo|poop|bowel\s+movement|number\s+two|no\.?\s*2|stool|dump)s?\s+(?:for|in)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+days\b")
# - a single pass of urine in a morning or a day (一上午就尿了一次: an 88-year-old's dehydration read no less urine)
ZH_URINATED_ONCE = rx.compile(r"(?:一上午|一个上午|一下午|一个下午|一整天|一天|半天|一晚上|一整晚|今天|从早上到现在)(?:才|就|只|只有|总共)?"
                              r"(?:尿|小便|解小便|排尿|解了小便)(?:了)?(?:一|1)次|"
                              # (or a little only: "今天一天只尿了一点点，颜色很深" of a 74-year-old's kidney injury on ramipril
                              # and ibuprofen read nothing, set EQ once a mass was shared anew, set FV)
                              r"(?:一天|今天|一上午|一下午|一整天|半天|一晚上)(?:都)?(?:只|才|就)(?:尿|小便|解)了?(?:一点点|一点儿?|很少|几滴|一丁点)|"
                              r"(?:尿|小便)(?:量)?(?:特别|非常|很|明显)?(?:少|少了很多)(?:得很|了很多)?(?![^，。；,;]{0,3}(?:正常|不少))")
# - a bladder scan's volume of 400 ml or more (post-operative retention, "Bladder scan 980 ml": led with an acute
#   kidney injury and was urgent)
BLADDER_SCAN_FULL = rx.compile(r"(?i)\bbladder\s+scan\w*\s*(?:shows?|showed|shown|of|:|=|-|>)?\s*(?:>\s*)?(?:[4-9]\d\d|[1-9]\d{3})\s*"
                               r"(?:ml|mls|cc)\b|\b(?:residual|pvr)\s*(?:volume\s*)?(?:of|:|=)?\s*(?:[4-9]\d\d|[1-9]\d{3})\s*ml\b|"
                               r"膀胱(?:扫描|B超)[^，。；,;]{0,8}?(?:[4-9]\d\d|[1-9]\d{3})\s*(?:ml|毫升)")
# - the upper belly burning (上腹部烧着疼 after a night of spirits and a spicy hotpot: read nothing)
ZH_UPPER_BELLY_BURNS = rx.compile(r"(?:上腹|心窝|胃)(?:部|里|口|这里|这儿|那里)?(?:烧着|烧灼|火辣辣|烧得|灼烧)(?:的|地|样)?(?:疼|痛|难受)?|"
                                  r"上腹(?:部)?(?:一直|有点|有些|持续)?(?:隐痛|隐隐作痛|胀痛|疼|痛)")
# - the same illness at home or among those who ate together, in Chinese (家里孩子前两天也是这样; 一起吃的两个朋友也拉肚子) and
#   English ("my husband who ate the chicken too has the same"): a gastroenteritis led with an inflammatory bowel
#   disease and a food poisoning with a coeliac disease
ZH_SAME_AT_HOME = rx.compile(r"(?:家里|家人|孩子|老公|老婆|爱人|同事|同学|室友|朋友|一起吃的)[^，。；,;]{0,8}?(?:也是这样|也这样|也一样|"
                             r"也拉肚子|也拉|也吐|也有这(?:个|种)?(?:症状|情况)|都拉肚子|也在拉|也上吐下泻)")
ATE_IT_TOO_SAME = rx.compile(r"(?i)\b(?:husband|wife|partner|boyfriend|girlfriend|friends?|mum|mom|dad|son|daughter|kids|everyone|"
                             r"all\s+of\s+us|both\s+of\s+us|others?)\b[^.;!?]{0,30}?\b(?:ate|had|eaten)\b[^.;!?]{0,25}?\b(?:too|also|"
                             r"as\s+well)\b[^.;!?]{0,15}?\b(?:has|have|got|is|are)\s+(?:got\s+)?(?:the\s+)?(?:same|it|ill|sick|poorly)\b")
# - meat eaten undercooked ("looking back the chicken was a bit pink in the middle"; 进食未煮熟猪肝): a food's
#   contamination
UNDERCOOKED_MEAT = rx.compile(r"(?i)\b(?:chicken|burgers?|sausages?|pork|meat|turkey|mince)\b[^.;!?]{0,20}?\b(?:pink|raw|undercooked|"
                              r"not\s+cooked\s+(?:through|properly)|still\s+bloody)\b|\bundercooked\s+(?:chicken|meat|burgers?|pork|"
                              r"sausages?|rice|eggs?|seafood|shellfish)\b|(?:未煮熟|没煮熟|半生不熟|没烧熟|生的)(?:的)?(?:猪肝|猪肉|肉|鸡|海鲜|贝类|鸡蛋)")
ALSO_READ += ((ZH_ANAL_LUMP, "anal_lump"), (ZH_URINATED_ONCE, "reduced_urine_output"),
              (BLADDER_SCAN_FULL, "urinary_retention"), (ZH_UPPER_BELLY_BURNS, "epigastric_pain"),
              (ZH_SAME_AT_HOME, "sick_contact"), (ATE_IT_TOO_SAME, "sick_contact"),
              (UNDERCOOKED_MEAT, "contaminated_food_water"))
# Set EI (the head, the nerves and the mind):
# - a suicide prepared in Chinese: charcoal and tape bought, a letter to a mother written, an end to be made (已经在网上买好
#   了炭和胶带，打算这周末家里没人的时候做个了断，给我妈的信也写好了: read nothing, led with a mania and was urgent)
ZH_CHARCOAL_BOUGHT = rx.compile(r"买(?:好|到)?了?(?:木)?炭|(?<![木])炭和胶带|胶带和(?:木)?炭|烧炭")
ZH_LETTER_WRITTEN = rx.compile(r"(?:给|写给|留给)(?:我)?(?:的)?(?:妈|爸|妈妈|爸爸|父母|家人|孩子|女儿|儿子|老婆|老公|爱人|男朋友|女朋友)"
                               r"(?:的)?(?:信|遗书|纸条)(?:也|都|已经)?(?:写好|写完|留好)了")
ZH_MAKE_AN_END = rx.compile(r"做(?:个|一个)?了断|自我了断|了结(?:自己|生命)|结束(?:自己的?)?生命|一死了之|寻短见|想(?:去)?死")
# - tablets saved up against a night chosen ("ive been saving up my sertraline and my dads tramadol for a few weeks and
#   i have enough now. tonight seems as good as any": read nothing, led with an alcohol use disorder, routine)
PILLS_SAVED_UP = rx.compile(
    r"(?i)\b(?:saving|saved|stockpil\w*|hoard\w*|collect\w*|storing|stored|stash\w*|building)\s+(?:up\s+)?(?:my\s+|his\s+|her\s+|"
    r"all\s+(?:my\s+)?|some\s+)?(?:\w+\s+){0,5}?(?:pills|tablets|meds|medication|medicines|sertraline|citalopram|fluoxetine|"
    r"mirtazapine|amitriptyline|tramadol|codeine|co-?codamol|paracetamol|painkillers|sleeping\s+(?:pills|tablets)|"
    r"zopiclone|diazepam|insulin|lithium)\b")
NIGHT_CHOSEN = rx.compile(r"(?i)\b(?:tonight|today|this\s+weekend|tomorrow)\s+(?:seems|is|feels)\s+(?:as\s+good\s+as\s+any|the\s+(?:night|day|"
                          r"time))\b|\bi\s+have\s+enough\s+now\b|\benough\s+(?:now\s+)?to\s+(?:do\s+it|end\s+it|not\s+wake\s+up)\b")
# - a bottle of sleeping tablets found empty, twenty or thirty gone, a mother who groans but cannot open her eyes and
#   breathes slowly (床头一整瓶艾司唑仑空了，大概有二三十片 ... 叫她能哼一声但睁不开眼，呼吸有点慢: read nothing and was urgent)
ZH_BOTTLE_EMPTIED = rx.compile(r"(?:一整瓶|整瓶|一整盒|整盒|一整板|整板)[^，。；]{0,10}?(?:都)?(?:空了|吃光了|吃完了|没了)|"
                               # (a bottle of a named sleeping drug, "床头那瓶艾司唑仑空了", set FP)
                               r"(?:那瓶|这瓶|一瓶|那盒|这盒|一盒)(?:[^，。；]{0,6}?(?:唑仑|安眠药|安定|地西泮|佐匹克隆|唑吡坦))"
                               r"(?:都|全)?(?:空了|吃光了|吃完了|没了)|"
                               r"(?:吃了|吞了|少了)(?:大概|差不多|估计|有)?(?:[二两三四五六七八九]十|\d{2,})(?:多)?(?:片|粒)"
                               r"(?![^，。；,;]{0,4}?(?:扑热息痛|对乙酰氨基酚|泰诺|必理通|百服宁|散利痛))")   # (a paracetamol's is its own)
ZH_CANT_OPEN_EYES = rx.compile(r"(?:叫|喊|拍)(?:她|他|人)?[^，。；]{0,8}?(?:睁不开眼|不睁眼|叫不醒|喊不醒|醒不过来)|只(?:能|会)哼(?:一声|哼|两声)?")
ZH_BREATHING_SLOW = rx.compile(r"呼吸(?:有点|很|特别|比较|好像|变得){0,2}(?:慢|浅|弱)(?!性)")
# - legs that cannot climb the stairs (a Guillain-Barre syndrome's rising weakness, "can't get up the
#   stairs without pulling myself up on the rail, and I've dropped my phone twice": read a heaviness only and was
#   urgent, set EI)
CANT_CLIMB_STAIRS = rx.compile(r"(?i)\b(?:can'?t|cannot|couldn'?t|unable\s+to|struggl\w+\s+to|barely)\s+(?:get|climb|walk|go)\s+up\s+"
                               r"(?:the\s+)?stairs\b|\blegs?\s+(?:keep\s+)?(?:giving\s+way|gave\s+way|buckl\w+)\b")
# - a needle's faint with its warning and its quick recovery ("fainted as soon as I saw the needle, went hot and clammy,
#   then came round ... Out for a few seconds ... This always happens to me with needles": an emergency by its loss of
#   consciousness, NICE CG109's uncomplicated faint unread)
NEEDLE_OR_BLOOD_SEEN = rx.compile(r"(?i)\b(?:saw|seeing|sight\s+of|see|looked\s+at|having|had)\s+(?:the\s+|a\s+|my\s+|his\s+|her\s+)?"
                                  r"(?:needle|blood\s+(?:test|taken|being\s+taken|drawn)|injection|jab|vaccine|blood)\b|"
                                  r"\bhappens\s+(?:to\s+me\s+|to\s+him\s+|to\s+her\s+)?(?:every\s+time\s+)?with\s+(?:needles|blood|injections|jabs)\b")
WENT_HOT_AND_CLAMMY = rx.compile(r"(?i)\b(?:went|felt|got|going|feeling|was)\s+(?:all\s+)?(?:hot\s+and\s+(?:clammy|sweaty|dizzy|"
                                 r"lightheaded|light-headed|sick)|clammy\s+and\s+(?:hot|dizzy|lightheaded)|(?:dizzy|lightheaded|"
                                 r"light-headed|woozy)\s+and\s+(?:hot|clammy|sweaty))\b|\b(?:vision|everything)\s+(?:went\s+)?"
                                 r"(?:went\s+)?(?:grey|gray|fuzzy|dark|black)\b[^.;!?]{0,30}?\b(?:before|then)\b")
OUT_FOR_A_FEW_SECONDS = rx.compile(r"(?i)\bout\s+(?:cold\s+)?for\s+(?:a\s+few|few|a\s+couple\s+of|\d{1,2}|ten|five)\s+(?:seconds|secs)\b|"
                                   r"\b(?:felt|was|is)\s+(?:fine|ok|okay|better|back\s+to\s+normal)\s+(?:after|once|within)\s+"
                                   r"(?:a\s+(?:biscuit|drink|sit|minute|few\s+minutes|lie\s+down)|sitting|lying|some)")
ALSO_READ += ((NEEDLE_OR_BLOOD_SEEN, "fainting_trigger", FAINT_NOTE), (WENT_HOT_AND_CLAMMY, "presyncope_warning", FAINT_NOTE),
              (OUT_FOR_A_FEW_SECONDS, "rapid_recovery", FAINT_NOTE))
# - a shaking with a fever ("shaking and temp 39", "shaking uncontrollably under the duvet"): rigors (not a shivering
#   with a temperature, a chill's, nor "shaking all over" for 2 minutes, a fit's)
SHAKING_WITH_FEVER = rx.compile(r"(?i)\b(?:shaking|shivering|shakes|shivers)\s+(?:uncontrollably|violently|like\s+a\s+leaf)\b|\bshaking\s+(?:and|with)\s+(?:a\s+)?(?:temp|temperature|fever|high\s+temp)\b|"
                                r"\bteeth\s+(?:were\s+|are\s+)?chattering\b|"
                                # (a fever that comes with shaking: "fever on and off up to 40 with shaking" of a
                                # 3-year-old's malaria, set FV; not a fit's shaking of the limbs)
                                r"\b(?:fevers?|temps?|temperatures?)\b(?:[^.;!?]|(?<=\d)\.(?=\d)){0,30}?\bwith\s+(?:the\s+)?(?:shaking|shakes|"
                                r"shivers|rigors)\b(?!\s+(?:of|in)\b|\s+(?:arms?|legs?|hands?|limbs?))")
# - an infection some weeks before ("had a stomach bug 2 weeks ago", "2 weeks ago I had a bad stomach bug"): a recent
#   viral illness (a Guillain-Barre syndrome's; it led with a peripheral neuropathy)
#   (a gut's bug only: "Had a cold 2 weeks ago that got better then worse" is a sinusitis's story, and read as a viral
#   illness it raised an orbital cellulitis to an emergency)
BUG_WEEKS_AGO = rx.compile(r"(?i)\b(?:had|got|caught)\s+(?:a\s+)?(?:bad\s+|nasty\s+|horrible\s+)?(?:stomach|tummy|gastro|sickness|"
                           r"diarrhoea|d&v)\s*(?:bug|virus|infection)\s+(?:about\s+)?(?:\d+|one|two|three|a\s+couple\s+of|a\s+few|a)\s+"
                           r"weeks?\s+ago\b|\b(?:\d+|one|two|three|a\s+couple\s+of|a\s+few|a)\s+weeks?\s+ago\s+(?:i|he|she)\s+had\s+"
                           r"(?:a\s+)?(?:bad\s+|nasty\s+|horrible\s+)?(?:stomach|tummy|gastro|sickness|diarrhoea)\s*(?:bug|virus|infection)\b")
ALSO_READ += ((SHAKING_WITH_FEVER, "rigors"), (BUG_WEEKS_AGO, "recent_viral_illness"))
# Set EL (very short and messy notes):
# - a period late by weeks in shorthand ("period 6 wks late": read as a painful period beside "sharp pain", and an
#   ectopic pregnancy with a shoulder tip's pain was urgent through a dysmenorrhoea)
PERIOD_WEEKS_LATE = rx.compile(r"(?i)\b(?:period|af|lmp|menses)\s+(?:is\s+|was\s+|now\s+)?(?:\d{1,2}|a|one|two|three|four|five|six|a\s+few)\s*"
                               r"(?:days?|d|wks?|weeks?|w)\s+(?:late|overdue)\b")
# - a pain low down on one side in shorthand ("sharp pain low down right side")
LOW_DOWN_RIGHT = rx.compile(r"(?i)\bpain\s+low\s+down\s+(?:on\s+)?(?:the\s+|my\s+)?right(?:\s+side)?\b|\blow\s+down\s+(?:on\s+)?(?:the\s+)?right\s+side\b")
LOW_DOWN_LEFT = rx.compile(r"(?i)\bpain\s+low\s+down\s+(?:on\s+)?(?:the\s+|my\s+)?left(?:\s+side)?\b|\blow\s+down\s+(?:on\s+)?(?:the\s+)?left\s+side\b")
# - a kettle spilt on a child's arm with no "my/his" before it ("kettle spilled on toddlers arm blisters size of my
#   hand": read only blisters and led with a hand, foot and mouth disease)
KETTLE_SPILLED = rx.compile(r"(?i)\b(?:kettle|boiling\s+water|hot\s+water|hot\s+tea|hot\s+coffee|hot\s+drink|cup\s+of\s+tea|soup|hot\s+oil)\b"
                            r"[^.;!?\n]{0,15}?\b(?:spilled|spilt|poured|splashed|tipped|went|fell)\s+(?:on(?:to)?|over|down)\b")
# - the sun's afternoon of work in Chinese (在太阳底下干了一下午活) and no sweat (不出汗): a heat stroke's exposure and skin
ZH_WORKED_IN_SUN = rx.compile(r"(?:太阳底下|大太阳下|烈日下|日头底下|太阳下面)[^，。；,;]{0,8}?(?:干|晒|走|站|劳动|干活|锄地|种地|打球|跑)")
ZH_NOT_SWEATING = rx.compile(r"(?<![没有])不出汗")
ALSO_READ += ((KETTLE_SPILLED, "burn_injury"), (ZH_WORKED_IN_SUN, "heat_exposure"), (ZH_NOT_SWEATING, "hot_dry_skin", ZH_OUT_IN_THE_SUN),
              (LOW_DOWN_RIGHT, "right_lower_quadrant_pain"), (LOW_DOWN_LEFT, "left_lower_quadrant_pain"))
ALSO_READ += ((ZH_CHARCOAL_BOUGHT, "access_to_means"), (ZH_CHARCOAL_BOUGHT, "suicide_plan", ZH_MAKE_AN_END),
              (ZH_LETTER_WRITTEN, "suicide_plan"), (ZH_MAKE_AN_END, "suicidal_thoughts"),
              (PILLS_SAVED_UP, "access_to_means"), (PILLS_SAVED_UP, "suicide_plan", NIGHT_CHOSEN),
              (NIGHT_CHOSEN, "suicidal_thoughts", PILLS_SAVED_UP),
              (ZH_BOTTLE_EMPTIED, "overdose_ingestion"), (ZH_CANT_OPEN_EYES, "drowsiness"),
              (ZH_BREATHING_SLOW, "slow_shallow_breathing"), (CANT_CLIMB_STAIRS, "leg_weakness"))
# Sets EN (fevers and infections through a winter) and EO (telephone and online triage transcripts):
# - a sudden headache told in Chinese by its worst and its seconds ("后脑勺突然像被人用棍子狠狠打了一下，剧痛，这辈子最痛的一次，
#   几秒钟就到最痛了": a subarachnoid haemorrhage led with an ovarian torsion)
ZH_THUNDERCLAP = rx.compile(r"(?<!不是)(?<!不是')(?<!不是‘)(?<!不是“)(?<!并非)(?:这辈子|一辈子|有生以来|长这么大)(?:都)?(?:最痛|最疼|没这么痛过|没这么疼过|从来没这么痛|从来没这么疼)|"
                            r"几秒(?:钟)?(?:之内|以内|内)?(?:就)?(?:到|达到|疼到|痛到)(?:了)?最(?:痛|疼|厉害)|"
                            r"(?:后脑勺|后脑|头|脑袋)[^，。；]{0,3}?突然[^，。；]{0,3}?像被(?:人)?(?:用)?(?:棍子|锤子|铁锤|东西|球棒)?"
                            r"(?:狠狠(?:地)?)?(?:打|砸|敲|击)(?:了)?(?:一下|一棍|一闷棍)")
ZH_HEAD_NOTE = rx.compile(r"头|脑")
# - a week's one hard stool, strained at, and a belly a little bloated, in Chinese ("这个星期只解了一次大便，又干又硬，很费劲
#   ... 肚子有一点胀": a codeine constipation at 78 read none of it and led with a diverticulitis, urgent)
ZH_ONCE_A_WEEK = rx.compile(r"(?:这个星期|这周|一周|一个星期|这个礼拜|一个礼拜|五天|六天|七天|几天)(?:只|才)(?:解|拉|排|大)了?(?:一|1)次")
ZH_DRY_AND_HARD = rx.compile(r"又干又硬|干干硬硬|(?:大便|便便|粑粑)(?:很|特别|非常)?(?:干硬|硬)")
ZH_STRAINED = rx.compile(r"(?<!楼梯都)(?<!楼梯也)(?<!楼梯)(?<!楼都)(?<!台阶都)(?<!走路都)(?<!走路)(?:很|特别|非常|挺)费劲|(?:解|拉|排)(?:大便|得|的时候)?(?:很|特别|非常)?(?:费劲|费力|使劲)")
ZH_BELLY_BLOATED = rx.compile(r"肚子(?:有一点|有点|有些|一直|也|老是)?(?:胀|发胀|鼓)")
# - a flu or a virus some days or weeks before ("had a flu type illness 10 days ago, now getting chest pain and
#   breathless lying flat": a myocarditis led with an SVT) - a flu's or a virus's only, not a cold (a sinusitis's story)
FLU_DAYS_AGO = rx.compile(r"(?i)\b(?:had|got|caught)\s+(?:a\s+|the\s+)?(?:bad\s+|nasty\s+)?(?:flu|flu[- ]like|flu[- ]type|viral|virus|covid)"
                          r"(?:\s+(?:illness|bug|virus|thing|infection))?\s+(?:about\s+)?(?:\d+|a|one|two|three|a\s+couple\s+of|a\s+few|ten)\s+"
                          r"(?:days?|weeks?)\s+ago\b")
# - someone at home or at work with the named illness ("my husband tested positive for flu A yesterday", "老公上周先阳的",
#   "同事也有"): a contact with the same (a 30-week pregnancy's influenza led with a tonsillitis)
CONTACT_HAS_IT = rx.compile(r"(?i)\b(?:husband|wife|partner|boyfriend|girlfriend|son|daughter|kids?|children|mum|mom|dad|brother|sister|"
                            r"flatmate|roommate|housemate|colleague|bf|gf|grandson|granddaughter)\s+(?:has|had|got|tested\s+positive\s+for|"
                            r"came\s+down\s+with|is\s+down\s+with|was\s+diagnosed\s+with|has\s+got|had\s+got)\s+(?:the\s+)?"
                            r"(?:flu|covid|influenza|strep|norovirus|noro|rsv|a\s+stomach\s+bug|chickenpox|scarlet\s+fever)\b")
ZH_CONTACT_HAS_IT = rx.compile(r"(?:老公|老婆|爱人|孩子|儿子|女儿|同事|室友|家里人|舍友|同学)[^，。；]{0,4}?(?:先阳|也阳|阳了|阳的|确诊|得了流感|"
                               r"甲流|乙流)|(?:同事|同学|室友|舍友|家里人)(?:也有|也是|都有|也这样|也一样)")
# - a small child into someone's tablets ("my 18 month old got into my mums handbag and chewed some of her blood
#   pressure tablets, amlodipine 10mg. 3 missing from the strip", "从外公的药盒里翻药吃，是格列本脲 ... 地上捡到两片咬过的"):
#   an ingestion (both read nothing and led with a nappy rash and a type 1 diabetes, set EK)
CHILD_INTO_TABLETS = rx.compile(r"(?i)\b(?:got\s+into|chewed|swallowed|ate|eaten|had\s+some\s+of|sucked\s+on)\s+(?:some\s+of\s+|a\s+few\s+of\s+)?"
                                r"(?:my|his|her|their|the|\w+'?s)?\s*(?:\w+\s+){0,3}?(?:tablets|pills|meds|medicines?|capsules|blister\s+pack)\b|"
                                r"\b(?:tablets?|pills?)\s+missing\s+from\b|\b\d\s+missing\s+from\s+the\s+(?:strip|pack|packet|blister)|"
                                r"翻药吃|误服|误吃|偷吃了?[^，。]{0,6}?药|(?:咬|嚼)(?:了|过)[^，。]{0,6}?(?:药片|药丸|[一两三四五六七八九几0-9]片)|[一两三四五六七八九几0-9]片咬过")
A_CHILD_OR_AGE = rx.compile(A_CHILD_SAID.pattern + r"|(?i:\b\d{1,2}\s*(?:mo|m/o|months?\s+old|month-old|yo|y/o|years?\s+old|year-old)\b)")
ALSO_READ += ((CHILD_INTO_TABLETS, "overdose_ingestion", A_CHILD_OR_AGE),)
# Sets EQ (home remedies and traditional medicine tried first) and ER (injuries and accidents):
# - paracetamol in everything taken ("Lemsip Max sachets and some Beechams capsules ... they all have paracetamol in.
#   Probably been like 8g a day": a staggered overdose read as nothing, urgent)
PARACETAMOL_IN_ALL = rx.compile(r"(?i)\b(?:all|both|each)\s+(?:of\s+them\s+)?(?:have|had|has|contain(?:s|ed)?)\s+(?:got\s+)?paracetamol\b|"
                                r"\b(?:[5-9]|1\d)\s*(?:g|grams?)\s+(?:of\s+paracetamol\s+)?(?:a|per|each)\s+day\b")
# - aconite root (草乌, 川乌, 附子) steeped in a medicinal wine and drunk: a poisoning (numb mouth, an arrhythmia; "草乌泡的
#   药酒 ... 嘴巴、舌头、手指都发麻，心里慌，心跳一下快一下慢" led with a panic disorder, urgent; TOXBASE "Aconite")
ZH_ACONITE = rx.compile(r"(?:草乌|川乌|生附子|附子|乌头)[^，。；]{0,10}?(?:药酒|泡的酒|泡酒|煎|煮|喝|吃)|(?:喝|吃)[^，。；]{0,10}?(?:草乌|川乌|附子|乌头)")
# - a leg in plaster at home and a breath that stabs, blood in the spit, in Chinese ("上个月右脚踝骨折打了石膏，一直在家躺着没怎么
#   下地。今天突然喘不上气，右边胸口一吸气就刺痛 ... 咳了一口带血丝的痰": a pulmonary embolism led with a broken rib, urgent)
ZH_IN_PLASTER = rx.compile(r"(?:打了|打着|上了|戴着|绑着)(?:石膏|夹板|支具)|骨折[^，。；]{0,10}?(?:卧床|躺着|没怎么下地|不能下地)|"
                           r"一直(?:在家)?(?:躺着|卧床)(?:没怎么|不能|很少)(?:下地|走动|活动)")
ZH_BREATH_STABS = rx.compile(r"(?<![不没])(?:一|每次|每一次)?(?:吸气|深呼吸|喘气|呼吸)(?:的时候)?(?:就|都|更)?(?:刺痛|疼|痛|扎着疼|像针扎)")
ZH_CHEST_NOTE = rx.compile(r"胸|肋")
ZH_BLOOD_IN_SPIT = rx.compile(r"(?:带|有)血丝的?痰|痰(?:里|中|里面)(?:带|有)(?:血|血丝)|咳(?:出|了)(?:一口|几口|点)?(?:血|血痰|带血)")
# - a leg cold, pale and pulseless after an injury, in a 病历 ("左小腿及足部发凉、苍白，足背动脉及胫后动脉未触及，足趾麻木": an acute
#   limb ischaemia after a knee dislocation read only the pallor and was routine)
# (not hands and feet together, 手脚冰凉: a febrile 5-week-old's cold extremities, NICE NG143's sign of poor perfusion,
# had led with a frostbite, set FV)
ZH_LIMB_COLD = rx.compile(r"(?:小腿|(?<![手四])脚|足部|足|下肢|腿|(?<!四)手(?![脚和跟])|手臂|上肢|前臂)[^，。；]{0,6}?(?:发凉|冰凉|冰冷|发冷)|"
                          r"(?:足背|桡|胫后|腘)动脉(?:搏动)?[^，。；]{0,10}?(?:未触及|未扪及|摸不到|消失)")
ZH_TOES_NUMB = rx.compile(r"(?:足趾|脚趾|脚指头|手指)(?:都|也)?(?:麻木|发麻|麻)")
# - a hot tray or pan grabbed ("grabbed the oven tray without a glove. red patch on my palm": no burn read, a cellulitis
#   led and it was urgent)
GRABBED_HOT = rx.compile(r"(?i)\b(?:grabbed|touched|picked\s+up|held|caught\s+(?:my\s+)?(?:hand|arm|finger)\s+on)\s+(?:the\s+|a\s+|my\s+)?"
                         r"(?:hot\s+)?(?:oven\s+tray|baking\s+tray|roasting\s+tin|oven\s+door|hot\s+pan|pan\s+handle|iron|hob|hot\s+plate|"
                         r"exhaust|curling\s+tongs|straighteners|radiator)\b")
# - a blow to the head in a game ("took a knee to the side of the head in hockey": read nothing of the head, and "out
#   cold" as a cold exposure - ``OUT_COLD`` in ``BEFORE_LEXICON`` - a concussion led with a carbon monoxide poisoning)
HEAD_TAKEN = rx.compile(r"(?i)\b(?:took|got|caught|had)\s+(?:a|an)\s+(?:knee|elbow|boot|ball|stick|bat|fist|punch|kick|head|racket|"
                        r"cricket\s+ball|hockey\s+stick|golf\s+ball)\s+(?:to|in|on)\s+(?:the\s+)?(?:side\s+of\s+(?:the|her|his|my)\s+|"
                        r"back\s+of\s+(?:the|her|his|my)\s+)?(?:head|temple|skull)\b")
OUT_COLD = rx.compile(r"(?i)\b(?:knocked\s+out\s+cold|(?:was|were|is|went|go|gone|been|got\s+knocked)\s+out\s+cold)\b")
# - another child's bite ("another kid at nursery bit my son on the arm ... teeth marks ... the skin isnt broken": read
#   nothing and led with teething)
HUMAN_BIT = rx.compile(r"(?i)\b(?:another\s+(?:kid|child|boy|girl|toddler)|(?:a|the|other|older)\s+(?:kid|child|boy|girl|toddler)|"
                       r"(?:his|her|my)\s+(?:brother|sister|cousin|classmate|friend)|someone|a\s+(?:man|woman|bloke|guy|person))\s+"
                       r"(?:at\s+\w+\s+)?(?:bit|has\s+bitten|had\s+bitten)\b")
ALSO_READ += ((HEAD_TAKEN, "head_injury"), (HUMAN_BIT, "human_bite_injury"))
# - a scald of the feet, the hands, the face or the genitals ("Symmetrical scalds both feet and ankles with sharp straight
#   tide line": a special area - NICE CKS "Burns and scalds" and the National Burn Care Referral Guidance - read nothing of
#   the place, and the toddler's scald led with a varicose vein)
#   (a scald of both, an immersion's; a superficial burn of one hand, red and without a blister, stays a home's: NHS)
SCALD_OF_A_SPECIAL_AREA = rx.compile(r"(?i)\b(?:scalds?|scalded)\b[^.;!?\n]{0,25}?\bboth\s+(?:feet|hands|buttocks|legs)\b|"
                                     r"\b(?:glove|stocking)[- ](?:and[- ]stocking[- ])?(?:distribution|pattern)\b")
ALSO_READ += ((SCALD_OF_A_SPECIAL_AREA, "burn_to_special_area"),)
ALSO_READ += ((PARACETAMOL_IN_ALL, "staggered_overdose", PARACETAMOL_NOTE), (ZH_ACONITE, "overdose_ingestion"),
              (ZH_IN_PLASTER, "immobility_long_travel"), (ZH_BREATH_STABS, "pleuritic_chest_pain", ZH_CHEST_NOTE),
              (ZH_BLOOD_IN_SPIT, "haemoptysis"), (ZH_LIMB_COLD, "cold_pale_limb"), (ZH_TOES_NUMB, "leg_numbness_tingling"),
              (GRABBED_HOT, "burn_injury"))
# - a mind still muddled ("hardly sweating, still muddled": a heat stroke's confusion read nothing)
STILL_MUDDLED = rx.compile(r"(?i)\b(?:still|went)\s+(?:muddled|befuddled)\b")
ALSO_READ += ((STILL_MUDDLED, "confusion"),)
# - hardly sweating while hot to the touch, read on its own words where a temperature now read sits between ("very hot
#   to touch, skin red, 40.6 on the ear thermometer, hardly sweating": ``HOT_NOT_SWEATING`` spans the reading)
HARDLY_SWEATING = rx.compile(r"(?i)\b(?:hardly|barely)\s+sweating\b")
HOT_TO_TOUCH = rx.compile(r"(?i)\bhot\s+to\s+(?:the\s+)?touch\b")
ALSO_READ += ((HARDLY_SWEATING, "hot_dry_skin", HOT_TO_TOUCH),)
ALSO_READ += ((ZH_THUNDERCLAP, "thunderclap_headache", ZH_HEAD_NOTE), (ZH_ONCE_A_WEEK, "constipation", ZH_STOOL_WORDS),
              (ZH_DRY_AND_HARD, "hard_stools", ZH_STOOL_WORDS), (ZH_STRAINED, "straining_stool", ZH_STOOL_WORDS),
              (ZH_BELLY_BLOATED, "bloating"), (FLU_DAYS_AGO, "recent_viral_illness"), (CONTACT_HAS_IT, "sick_contact"),
              (ZH_CONTACT_HAS_IT, "sick_contact"))
# A chest complaint's sweating and left arm in Chinese ("胸口闷，深呼吸不痛，按着也不痛，出汗，左胳膊发麻，半小时了" at 60 was
# routine, a panic disorder leading: 出汗 and 左胳膊发麻 were read as nothing), read in a note about the chest or heart
ZH_SWEATING = rx.compile(r"(?<![不没无])(?<!没有)(?<!晚上)(?<!夜里)(?<!睡觉)(?:一直|老是|直|满身|全身|一身|浑身|头上|额头|背上)?"
                         r"(?:出|冒)(?:了)?(?:很多|好多|一身|一头|不少)?(?:的)?汗(?!毛)")
ZH_LEFT_ARM = rx.compile(r"(?:左|左边|左侧)(?:的)?(?:胳膊|手臂|臂)(?:也|还|有点|一直|都)?(?:发麻|麻木|麻|疼|痛|酸|发沉|沉)|"
                         r"(?:下巴|下颌|牙床)(?:也|还|有点)?(?:疼|痛|酸|发紧)")
ZH_HEART_NOTE = rx.compile(r"胸|心口|心前区")   # (not a question of the heart: "会不会是心脏病牵扯的" of a frozen shoulder)
# A late pregnancy's danger signs in Chinese and English ("怀孕33周…肚子一直硬邦邦的，疼得不松…下面流了点鲜血，宝宝好像动得比平时
#少了" read none of them and was routine, set DH): a baby moving less (RCOG GTG 57) and a womb hard all the time, not
# a contraction's coming and going (RCOG GTG 63, an abruption)
ZH_BABY_MOVING_LESS = rx.compile(r"(?:宝宝|胎儿|孩子|胎动)(?:好像|感觉|今天|这两天|最近|从昨天起)?(?:动得|动的)?(?:比平时|比以前|比之前|比往常)?"
                                 r"(?:明显)?(?:少了|少|减少|变少|不怎么动|不太动|不动了)|胎动(?:明显)?(?:减少|少了|变少)")
WOMB_HARD_ALL_THE_TIME = rx.compile(r"(?i)(?:肚子|子宫|肚皮)(?:一直|持续|始终)(?:都)?(?:是)?(?:硬邦邦|发硬|硬硬|很硬|硬)|"
                                    r"(?:肚子|子宫|肚皮)硬得像(?:石头|木板|板子)|(?:肚子|子宫)(?:一直)?(?:硬邦邦|发硬)(?:的)?[^，。；,;]{0,6}?"
                                    r"(?:不松|不放松|松不下来)|\b(?:bump|tummy|belly|stomach|uterus|womb)\s+(?:is\s+|was\s+|feels\s+|"
                                    r"went\s+|gone\s+|has\s+gone\s+)?(?:rock[- ]hard|hard\s+as\s+(?:a\s+)?(?:rock|board|wood)|"
                                    r"(?:rigid|board[- ]like))\b|"
                                    # ("my bump feels hard all the time" at 32 weeks with a bleed, set AV)
                                    r"\b(?:bump|uterus|womb)\s+(?:is\s+|was\s+|feels\s+|has\s+felt\s+|has\s+been\s+)?(?:really\s+|very\s+)?"
                                    r"(?:hard|tight|tense)\s+(?:all\s+the\s+time|constantly|the\s+whole\s+time|and\s+(?:won'?t|doesn'?t)\s+"
                                    r"(?:relax|soften|go\s+soft))\b")
# A note of a pregnancy, English or Chinese (the clots, tissue and heavy bleeding of a miscarriage are read only in one)
PREGNANCY_NOTE = rx.compile(r"(?i)pregnan|\b\d{1,2}(?:\+\d)?\s*/\s*40\b|gestation|\bweeks?\s+(?:pregnant|gone)\b|怀孕|孕\d|孕期|怀了|"
                            r"\bmy\s+bump\b|braxton|\bbaby\s+(?:is\s+|has\s+|hasn'?t\s+|not\s+)?(?:kicking|moving|moved)\b|"
                            r"早孕|胎心|胎芽|孕囊")
# (pattern, finding, pattern the note must hold[, False where the pattern's own "not" is the finding])
AFTER_LEXICON_IN_NOTE: tuple[tuple, ...] = ((NO_PROPER_POO_FOR_DAYS, "constipation", ANY_NOTE, False), (ZH_PLACE_DECIDED, "suicide_plan", ZH_DESPAIR), (HARD_LUMPS, "hard_stools", POO_NOTE, False),
                                           (MEANS_LAID_OUT, "suicide_plan", SUICIDAL_WORDS),
                                           (ZH_SWEATING, "excessive_sweating", ZH_HEART_NOTE),
                                           # (their own "not" is the thought: not deniable)
                                           (NOT_WAKING_WISHED, "suicidal_thoughts", ANY_NOTE, False),
                                           (NO_POINT, "hopelessness", ANY_NOTE, False),
                                           (NOT_INTERESTED_IN, "loss_of_interest", ANY_NOTE, False),
                                           (STOMA_NO_OUTPUT, "absolute_constipation", STOMA_NOTE, False),
                                           (FAINT_TRIGGER_SAID, "fainting_trigger", FAINT_NOTE),
                                           (INJURY_NOT_REMEMBERED, "amnesia_after_injury", HEAD_BLOW_NOTE),
                                           (WATER_INFECTION_BURNING, "dysuria", WATER_INFECTION_NOTE),
                                           (OPIOID_SAID, "opioid_use", OPIOID_TOXIC_NOTE),
                                           (ZH_SPOTS_OF_BLOOD, "pregnancy_bleeding", ZH_PREGNANT),
                                           (ZH_BABY_MOVING_LESS, "reduced_fetal_movements", ZH_PREGNANT),
                                           (WOMB_HARD_ALL_THE_TIME, "hard_tender_uterus", PREGNANCY_NOTE),
                                           (ZH_ALWAYS_SLEEPY, "drowsiness", ZH_CHILD_SAID),
                                           (RECENT_COLD, "recent_viral_illness", HEART_RACING_NOTE),
                                           (LONG_STIFFNESS, "long_morning_stiffness", MORNING_WORD),
                                           (BETTER_WITH_EXERCISE, "inflammatory_back_pain", BACK_WORDS),
                                           (WAKES_AT_NIGHT, "night_pain", BACK_WORDS),
                                           (ZH_SLEEP_NOT_NEEDED, "reduced_need_for_sleep", ZH_MANIA_NOTE, False),
                                           (ZH_PRESSURED_SPEECH, "pressured_speech", ZH_MANIA_NOTE),
                                           (ZH_OVERSPENDING, "reckless_behaviour", ZH_MANIA_NOTE),
                                           (ZH_GRANDIOSE, "grandiosity", ZH_MANIA_NOTE),
                                           (SLEEP_NOT_NEEDED, "reduced_need_for_sleep", EN_MANIA_NOTE, False),
                                           (GRAND_PLANS, "grandiosity", EN_MANIA_NOTE),
                                           (ZH_LOW_BELLY_DRAGGING, "lower_abdominal_pain", ZH_PREGNANT),
                                           (PREGNANCY_CLOTS, "passing_blood_clots", PREGNANCY_NOTE),
                                           (PREGNANCY_TISSUE, "passing_pregnancy_tissue", PREGNANCY_NOTE),
                                           (HEAVIER_THAN_A_PERIOD, "heavy_bleeding_soaking_pads", PREGNANCY_NOTE),
                                           (ZH_LEFT_ARM, "radiating_arm_jaw_pain", ZH_HEART_NOTE), (ZH_BROWN_SPOTTING, "pregnancy_bleeding", ZH_PREGNANT),
                                           (GAPING, "gaping_wound", CUT_WORDS), (WIGGLY_ON_SKIN, "skin_burrows", ITCH_WORDS), (TARGET_RASH, "bullseye_rash", TICK_OR_WOODS),
                                           (CANT_REMEMBER, "amnesia_after_injury", BLOW_WORDS),
                                           (STARTED_DRUG, "rash_after_new_drug", RASH_NOT_DENIED),
                                           (PURPLE_SPOTS, "non_blanching_rash", ILL_WORDS),
                                           (SKIN_GOING_DUSKY, "dusky_skin_bullae", CUT_WORDS),
                                           (ZH_ON_AND_OFF, "fluctuating_confusion", ZH_CONFUSED_WORDS),
                                           (SAME_QUESTIONS, "amnesia_after_injury", BLOW_WORDS),
                                           (ZH_ITCH_AT_NIGHT, "itch_worse_at_night", ZH_ITCH_NOTE),
                                           (HIGHER_ONE, "high_riding_testis", TESTICLE_NOTE),
                                           (JAW_ACHES, "radiating_arm_jaw_pain", HEART_ATTACK_NOTE),
                                           (SWITCHED_ON_AND_OFF, "sudden_onset_offset_palpitations", HEART_NOTE),
                                           (MISSED_DOSES, "missed_steroid_doses", STEROID_NOTE, False),   # (its "not" is the finding)
                                           (ZH_BURROWS, "skin_burrows", ZH_ITCH_NOTE),
                                           (SWOLLEN_OUTSIDE, "ankle_bruising_swelling", ANKLE_NOTE),
                                           (CHEST_TWIST, "chest_pain_on_movement", CHEST_WALL_WORDS),
                                           (TENDER_SPOT_PRESSED, "chest_wall_tenderness", CHEST_BLOW),
                                           (UNABLE_TO_PASS_WATER, "urinary_retention", UNABLE_TO_PASS_WATER, False),
                                           (ALIVE_UNSURE, "suicidal_thoughts", ALIVE_UNSURE, False),
                                           (ZH_SUICIDE_PREPARED, "suicide_plan", ZH_LIFE_CRISIS),
                                           (TOOK_THEM_ALL, "paracetamol_overdose_ingestion", PARACETAMOL_NOTE),
                                           (TOOK_THEM_ALL, "overdose_ingestion", PILLS_NOTE))
# Clinicians' "D&V" and "N&V" name two findings each ("D&V 1/7, partner same, tolerating fluids" read nothing, "N&V"
# only the vomiting): each letter is read as its own finding
_AMP_V = r"(?:(?<=[{x}]&)|(?<=[{x}]\+)|(?<=[{x}]/)|(?<=[{x}] & )|(?<=[{x}] \+ ))v\b"
D_OF_DV = rx.compile(r"(?i)\bd(?=\s*(?:&|\+|/)\s*v\b)")
V_OF_DV = rx.compile(r"(?i)" + _AMP_V.format(x="dD"))
N_OF_NV = rx.compile(r"(?i)\bn(?=\s*(?:&|\+|/)\s*v\b)")
V_OF_NV = rx.compile(r"(?i)" + _AMP_V.format(x="nN"))
# (pattern, word, finding, pattern its sentence must hold or None): words read as the knowledge base's ``word`` would be
# read in their place, denial and all ("hes just not himself today, very sleepy and muddled" is drowsy; "she isn't
# very sleepy" is not)
READ_AS_WORD: tuple[tuple, ...] = (
    (HARD_TO_WAKE, "drowsy", "drowsiness", None), (CANT_WAKE, "drowsy", "drowsiness", SOMEONE_ELSE), (VERY_SLEEPY, "drowsy", "drowsiness", SOMEONE_ELSE),
    (VERY_SLEEPY_UNSAID_WHO, "drowsy", "drowsiness", None, CHILD_NOTE),

)
# Patterns read before the lexicon, so that their words are theirs (the lexicon took 脚麻 and 没力气 from 左手左脚麻木没力气,
# 肚子都痛 from 每次来月经第一天肚子都痛)
# (pattern, finding), optionally with a pattern the sentence must hold
BEFORE_LEXICON: tuple[tuple, ...] = ((PERIOD_WEEKS_LATE, "missed_period"),
    (CANT_BITE_ON_IT, "pain_on_biting"), (PENIS_HEAD, "red_sore_glans"),
    (DRINKING_LOTS, "excessive_thirst"),
    (ZH_JOINT_CREAKS, "joint_crepitus"), (PRESSURE_LOW_DOWN, "suprapubic_pain"), (ZH_ARM_WONT_LIFT, "unable_to_move_joint", ZH_FALL_ONTO),
    (COLD_PALE_LIMB, "cold_pale_limb"), (ZH_EAR_PULLING, "ear_tugging"), (ZH_EAR_DISCHARGE, "ear_discharge"),
    (BARK_QUOTED, "barking_cough"), (HOLDING_EAR, "ear_tugging"), (EAR_RUNNING, "ear_discharge"), (CRYING_WITH_EAR, "ear_pain"), (SICK_ENDS_CLAUSE, "vomiting"), (BITS_HURT, "testicular_pain_swelling"),
    (COLD_AND_SORE, "runny_nose"), (SORE_THROAT_AFTER_COLD, "sore_throat"),
    (D_OF_DV, "diarrhoea"), (V_OF_DV, "vomiting"), (N_OF_NV, "nausea"), (V_OF_NV, "vomiting"),
    (ZH_ONE_SIDE_WEAK, "one_sided_weakness"), (TRANSIENT_SIGHT_LOSS, "transient_vision_loss_one_eye", EYE_WORDS), (ZH_SLURRED, "slurred_speech", ZH_STROKE_SIDE), (ZH_BELLY_GROWING, "abdominal_distension", ZH_LIVER_WORDS), (PRESSING_HURTS, "chest_wall_tenderness", CHEST_WALL_WORDS), (ZH_PRESSING_HURTS, "chest_wall_tenderness", ZH_CHEST_WALL_WORDS),
    (ARM_HEAVY_WITH_CHEST, "radiating_arm_jaw_pain", CHEST_NOTE), (BACK_OF_THE_HEAD, "headache"), (WORST_PAIN_OF_LIFE, "thunderclap_headache", HEAD_NOTE), (NECK_IS_HARD, "neck_stiffness"),
    (LIGHT_PAINS_EYES, "photophobia"), (NECK_STIFF_FROM_POSTURE, "neck_pain"), (NECK_BENDING_HURTS, "neck_stiffness"), (ZH_INSPIRATORY_NOISE, "stridor"), (HEARS_VOICES, "hallucinations"), (SEES_WHAT_ISNT_THERE, "hallucinations"), (NOT_KNOWING_THE_PLACE, "confusion"), (LUMP_ON_EYELID, "eyelid_lump"), (BLOOD_AFTER_RETCHING, "haematemesis"), (STUCK_UNDER_THE_LID, "gritty_eyes"), (SELF_CUTTING, "self_harm_act"), (PURULENT_DISCHARGE, "thick_nasal_discharge", NOSE_WORDS), (CANNABIS_USE, "recreational_drug_use"), (BEING_WATCHED, "delusions"), (LONG_TERM_PRED, "long_term_steroids"), (ADDISONS_NAMED, "addisons_disease"),
    (ZH_TEARING, "tearing_chest_back_pain", ZH_CHEST_OR_BACK), (INTERSCAPULAR_SUDDEN, "tearing_chest_back_pain"), (KNOCKED_OUT, "loss_of_consciousness"), (BLOW_TO_THE_HEAD, "head_injury"), (RED_PATCH_ON_EYE, "red_patch_white_of_eye"), (ASLEEP_BY_DAY, "daytime_tiredness"), (HARD_TO_FALL_ASLEEP, "difficulty_falling_asleep"),
    (OVERDOSE_PLANNED, "suicide_plan"), (OVERDOSE_THOUGHT, "suicidal_thoughts"), (BREATHING_BAD, "shortness_of_breath"),
    (BLUE_LIPS, "cyanosis"), (UNDER_THE_EARS, "swollen_parotid"), (ZH_REFUSES_TO_WALK, "inability_to_bear_weight"),
    (ZH_JOINT_NOT_TOUCHED, "unable_to_move_joint"), (POSTNATAL_PND, "low_mood", POSTNATAL_WORDS), (ZH_SHAKING_ALL_OVER, "rigors", ZH_FEVER_WORDS), (ZH_SHAKING_ALL_OVER, "tremor"), (SKIN_LUMP_INFLAMED, "painful_skin_lump", NOT_A_STING_OR_BITE), (BOIL_HEAD, "fluctuant_swelling", NOT_AN_EYELID_LUMP), (NAIL_DIGGING, "toe_nail_pain"),
    (CROPS_SIDE_BY_SIDE, "vesicular_crops"), (COLD_WHITE_LIMB, "cold_pale_limb"), (ZH_ONE_SIDE_NUMB, "one_sided_numbness"), (ZH_PERIOD_PAIN, "painful_periods"),
    (BLOOD_WITH_MUCUS, "rectal_bleeding", STOOL_WORDS),
    (MUCUS_WITH_BLOOD, "mucus_in_stool", STOOL_WORDS),
    (NECK_LUMPS, "swollen_lymph_nodes"), (MOUTH_ULCERS, "mouth_ulcers"), (DUSKY_RASH, "rash"), (ZH_ANAL_PAIN_LIKE, "anal_pain"), (ZH_BLOOD_ON_PAPER, "rectal_bleeding"),
    (ZH_BLACKED_OUT, "fainting"), (ZH_INSECT_IN_EAR, "insect_in_ear"), (ZH_INTO_THE_EAR, "object_in_ear"), (ZH_INTO_THE_NOSE, "object_in_nose"),
    (ZH_ONE_NOSTRIL_FOUL, "one_sided_smelly_nasal_discharge"),
    # (before the lexicon: "without agony and the light is killing my eyes" gave agony, light and eyes to a denied
    # photophobia, set CU)
    (LIGHT_HURTS, "photophobia"), (BEFORE_THE_EARS, "swollen_parotid"),
    (BOTTOM_OF_BACK, "low_back_pain"), (RED_ON_WHITE_OF_EYE, "red_patch_white_of_eye"),
    (SUDDEN_BALL_PAIN, "sudden_testicular_pain"), (BALL_PAIN, "testicular_pain_swelling"),
    (ZH_SUDDEN_DEAF_EAR, "sudden_hearing_loss_one_ear"), (PENILE_DISCHARGE, "urethral_discharge"),
    (BULLSEYE, "bullseye_rash", GROWING_OR_TARGET), (CUTTING_ONESELF, "self_harm_act"), (CUTTING_A_PART, "self_harm_act"), (ZH_HEEL_POP, "heard_pop_or_snap"), (ZH_HEEL_KICKED, "kicked_in_heel_feeling"),
    (ZH_NO_TIPTOE, "weak_push_off"), (ZH_TENDON_GAP, "palpable_gap_tendon"), (HOT_RED_JOINT_SAID, "hot_red_joint"), (SUDDEN_WORST_HEADACHE, "thunderclap_headache"),
 (ZH_LEGS_WEAK, "leg_weakness"),
    (NON_BLANCHING, "non_blanching_rash"), (SIGHT_GONE, "sudden_vision_loss"), (TEARING_PAIN, "tearing_chest_back_pain"),
    (SIDE_PAIN, "flank_pain", URINE_WORDS), (FELL, "fall_or_injury"), (ZH_LOIN_PAIN, "flank_pain", ZH_UTI_WORDS), (ZH_CRYING_HOURS, "excessive_crying"), (URINATE_BLOOD, "haematuria"), (ZH_VOMIT_BLOOD, "haematemesis"), (SLIPPED, "fall_or_injury"),
    (CHEST_BLOW, "fall_or_injury"), (HOT_NOT_SWEATING, "hot_dry_skin"),
    (ZH_SHOULDER_TIP, "shoulder_tip_pain", ZH_PELVIC_NOTE_WORDS), (ZH_DOWN_THERE_BLEEDING, "vaginal_bleeding"),
    (ZH_PLEURITIC_MORE, "pleuritic_chest_pain", ZH_CHEST_WORDS), (ZH_SPUTUM_TURNED, "discoloured_sputum"),
    (EXERTIONAL_CHEST, "exertional_chest_pain"), (COLLAPSED_ON_EXERTION, "syncope_on_exertion"), (ZH_GROIN_BULGE, "groin_lump"), (EVERY_FEW_DAYS, "constipation"),
    (YEARS_WITHOUT_PERIODS, "postmenopausal"), (PERIODS_STOPPED, "missed_period"), (SUNBURN_NOW, "burn_injury"),
)
# Functions said to be normal: the finding denied ("wee and poo normal", "waterworks and bowels are totally normal",
# "no problems with my bladder or bowels": no bladder or bowel trouble, the sign that makes back pain an emergency;
# "peeing and pooing normally" after digging the garden was a cauda equina at 54%, set DZ)
_WATER = r"(?:wee(?:ing)?|pee(?:ing)?|waterworks|bladder|urine|urinating|passing urine|passing water|weeing)"
_BOWEL = r"(?:poo(?:ing)?|bowels?|stools?|opening (?:my )?bowels|number twos)"
BLADDER_BOWEL_NORMAL = rx.compile(
    rf"(?i)\b{_WATER}\s*(?:and|&|\+|/|,)\s*{_BOWEL}\s+(?:are\s+|is\s+|both\s+|all\s+)?(?:totally\s+|completely\s+|"
    rf"perfectly\s+|still\s+|both\s+)?(?:normal(?:ly)?|fine|ok|okay|unaffected|unchanged|as usual)\b|"
    rf"\b{_BOWEL}\s*(?:and|&|\+|/|,)\s*{_WATER}\s+(?:are\s+|is\s+|both\s+|all\s+)?(?:totally\s+|completely\s+|"
    rf"perfectly\s+|still\s+|both\s+)?(?:normal(?:ly)?|fine|ok|okay|unaffected|unchanged|as usual)\b|"
    rf"\bno\s+(?:problems?|issues?|trouble|change)\s+with\s+(?:my\s+|his\s+|her\s+)?{_WATER}\s+(?:or|and)\s+"
    rf"(?:my\s+|his\s+|her\s+)?{_BOWEL}\b")
# The bone itself not tender, in a patient's words ("sore just in front of the ankle bone but pressing on the bone
# itself doesn't hurt": the Ottawa rules' negative point, read as nothing)
BONE_NOT_TENDER = rx.compile(r"(?i)\bpressing\s+(?:on\s+)?(?:the|that|my|his|her)\s+(?:actual\s+)?(?:ankle\s+|wrist\s+|foot\s+|knee\s+)?bones?\s+(?:itself\s+|themselves\s+)?(?:(?:doesn'?t|does\s+not|"
                             r"didn'?t|did\s+not|dont|don'?t)\s+hurt|is\s+(?:ok|okay|fine|alright|not\s+sore|not\s+tender))\b")
# (and no pain on its bony bits, and the weight borne: "no pain on the bony bits when I press", "I can walk on it, bit
# limpy" of a sprain read neither, and a fracture led, set DH; the Ottawa ankle rules' bone tenderness and four steps)
NO_BONY_PAIN = rx.compile(r"(?i)\bno\s+(?:pain|tenderness)\s+(?:on|over|at)\s+(?:the\s+)?(?:bony\s+bits?|bones?|bony\s+(?:parts?|points?)|"
                          r"(?:ankle|wrist|foot)\s+bones?)\b|\bnot\s+(?:sore|tender)\s+(?:on|over)\s+(?:the\s+)?(?:bony\s+bits?|bones?)\b|"
                          # ("the bony bits on the sides and back of the ankle dont hurt to press", set FB)
                          r"\bbony\s+(?:bits?|parts?|points?|knobbles?)\b[^.;!?\n]{0,45}?\b(?:do(?:es)?\s*n'?o?t|dont|aren'?t|are\s+not)\s+"
                          r"(?:hurt|sore|tender)\b")
CAN_BEAR_WEIGHT = rx.compile(r"(?i)(?<!n't\s)\b(?:i\s+|he\s+|she\s+|they\s+)?(?:can|am\s+able\s+to|is\s+able\s+to|able\s+to)\s+"
                             r"(?:still\s+)?(?:walk|weight[\s-]*bear|put\s+weight|stand)\s+on\s+(?:it|the\s+\w+|my\s+\w+|his\s+\w+|"
                             r"her\s+\w+)\b(?!\s+(?:at\s+first|initially|until|till|before|earlier|but))|\b(?:weight[\s-]*bearing|walking\s+on\s+it)\s+(?:ok|okay|fine|normally|alright|well)\b|"
                             r"\bable\s+to\s+weight[\s-]*bear\b")
# Sight and a sore eye said to be fine in Chinese ("两只眼睛都红…眼屎很多…不痛，看东西清楚": a conjunctivitis read
# no denial of pain or blurred sight, and a keratitis made it urgent)
ZH_SEES_CLEARLY = rx.compile(r"看东西(?:很|挺|还|都)?清楚|看得(?:很|挺|还)?清楚|视力(?:正常|没问题|没有下降|没下降|不受影响|无下降)")
# (and an ear's: "耳朵里闷闷的，看着里面有褐色的耳屎堵着，不痛不流脓" of an earwax led with an otitis externa, set EX)
ZH_SAID_NOT_SORE = rx.compile(r"(?<=[，,、])\s*(?:不痛|不疼|没痛|没疼|不怎么痛|不怎么疼)(?=[，,、。；;]|不|没|$)")
ZH_EAR_NO_PUS = rx.compile(r"(?:不|没有?|无)(?:流脓|流水|流液|出脓)")
ZH_EYE_WORDS = rx.compile(r"眼")
# An anticoagulant prescribed and not taken, in Chinese ("医生让吃抗凝药我没吃": not on one)
ZH_ANTICOAGULANT_NOT_TAKEN = rx.compile(r"(?:让|叫|建议|开了|要)(?:我|他|她)?吃[^，。；,;]{0,6}?(?:抗凝药|华法林|利伐沙班|阿哌沙班|达比加群|艾多沙班)"
                                        r"[^。；;]{0,3}?(?:我|他|她)?(?:没吃|没有吃|不吃|没按时吃|自己停了|停了|没去吃)")
# A normal temperature in Chinese ("体温正常，精神好"): no fever
ZH_TEMPERATURE_NORMAL = rx.compile(r"体温(?:都|也|一直)?(?:正常|不高)")
# From the blind set of pregnant and breastfeeding women (fresh_notes_ba, 2026-12-04): a headache's denials in its own
# words ("dull not throbbing, not sick with it, light doesn't bother me ... no vision problems": a tension headache at
# 22 weeks was an emergency through a meningitis at 7%)
LIGHT_NO_BOTHER = rx.compile(r"(?i)\b(?:light|bright\s+lights?|lights)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not|isn'?t|is\s+not)\s+"
                             r"(?:bother|hurt|trouble|affect)\b")
NOT_SICK_WITH_IT = rx.compile(r"(?i)\bnot\s+(?:feeling\s+)?(?:sick|nauseous|nauseated)\s+with\s+(?:it|them|the\s+headaches?)\b")
NO_VISION_PROBLEMS = rx.compile(r"(?i)\b(?:no|nil|without)\s+(?:vision|visual|eyesight|sight)\s+(?:problems?|issues?|changes?|"
                                r"disturbances?|symptoms?)\b")
# "bee sting arm swollen red itchy no breathing probs" (set BI): breathing said to be fine in short
NO_BREATHING_PROBLEMS = rx.compile(r"(?i)\b(?:no|nil|without|not\s+any)\s+(?:breathing|breathin|breath|resp(?:iratory)?)\s+"
                                   r"(?:probs?|problems?|issues?|difficulty|difficulties|trouble|compromise|sx|symptoms?)\b")
# Tonsils "not big, no white spots" ("照镜子扁桃体不大没有白点" of a viral sore throat read neither denial, and a
# tonsillitis led, set DP; FeverPAIN counts an exudate)
ZH_TONSILS_NOT_BIG = rx.compile(r"扁桃体(?:也)?(?:不大|没有?(?:肿|肿大|变大)|不肿)")
ZH_TONSILS_NO_SPOTS = rx.compile(r"(?:(?:扁桃体|嗓子)(?:上面|上|里)?(?:也|都)?)?(?:没有|没|无)(?:看到|见)?(?:白点|脓点|白斑|白色的?东西|脓(?![痰涕液水鼻]))")
ZH_THROAT_WORDS = rx.compile(r"扁桃体|喉咙|嗓子|咽")
SAID_NORMAL: tuple[tuple, ...] = ((FORESKIN_PULLS_BACK, "retracted_foreskin_stuck"), (ZH_TONSILS_NOT_BIG, "swollen_tonsils"), (ZH_TONSILS_NO_SPOTS, "tonsillar_exudate", ZH_THROAT_WORDS), (ZH_KETONES_NEGATIVE, "raised_ketones"), (LIGHT_NO_BOTHER, "photophobia"), (NO_BREATHING_PROBLEMS, "shortness_of_breath"), (NOT_SICK_WITH_IT, "nausea"),
                                  (NO_VISION_PROBLEMS, "visual_disturbance"), (NO_VISION_PROBLEMS, "blurred_vision"),
                                  (BLADDER_BOWEL_NORMAL, "bladder_bowel_dysfunction"),
                                  (FORESKIN_MOVES_FINE, "retracted_foreskin_stuck"), (GLANDS_NOT_UP, "swollen_lymph_nodes"),
                                  (ZH_NO_ALLERGY_LINE, "atopy_history"), (ZH_BREATHING_FINE, "shortness_of_breath"),
                                  (BONE_NOT_TENDER, "localised_bone_pain"), (NO_BONY_PAIN, "localised_bone_pain"),
                                  (CAN_BEAR_WEIGHT, "inability_to_bear_weight"), (ZH_SEES_CLEARLY, "blurred_vision"),
                                  (ZH_SAID_NOT_SORE, "eye_pain", ZH_EYE_WORDS), (ZH_SAID_NOT_SORE, "ear_pain", ZH_EAR_WORDS),
                                  (ZH_EAR_NO_PUS, "ear_discharge", ZH_EAR_WORDS),
                                  (ZH_ANTICOAGULANT_NOT_TAKEN, "anticoagulant_use"), (ZH_TEMPERATURE_NORMAL, "fever"))
# A note that says the patient has no complaint now: a review or repeat-prescription visit, "no complaints",
# "asymptomatic", "feels well" ("known AF on apixaban, here for medication review, feels well" came out an emergency
# with a stroke at 95%, the model reading the history as an event); not "no other symptoms" (said beside symptoms the
# reader may have missed), not "feels fine now" after an event ("had a TIA last week, feels fine now"), not a check or
# test that found something (体检发现..., "check-up showed ..."). Denied ("doesn't feel well") it says nothing.
NO_CURRENT_COMPLAINT = rx.compile(
    r"(?i)\b(?:no|nil|without)\s+(?:current\s+|new\s+|active\s+|acute\s+)?complaints?\b|\bc/o\s+nil\b|\basymptomatic\b|"
    r"\bfeel(?:s|ing)?\s+(?:very\s+|perfectly\s+|completely\s+)?(?:well|great)\b(?!\s+(?:enough\s+)?to\b)|"
    r"\bwell\s+in\s+(?:him|her|my|your|them)sel(?:f|ves)\b|"
    r"\b(?:medication|medicines?|meds?|annual|yearly|routine|diabetic|diabetes|asthma|copd|bp|blood\s+pressure|hypertension|"
    r"chronic\s+disease|(?:\d+|three|six|twelve)[-\s]?month(?:ly)?|af|anticoagulation|warfarin|inr)\s+review\b|"
    r"\brepeat\s+(?:prescription|script|rx|meds?|medications?)\b|"
    r"(?:无|没有|没)(?:任何|特别|明显)?(?:不适|不舒服)(?!感)|没什么不舒服|一切(?:都)?(?:正常|挺好|很好)|(?:来|过来|要)(?:开药|配药|拿药)|"
    r"定期复诊|常规复诊")
# The words before such a statement that deny it or make it a part ("doesn't feel well", "otherwise asymptomatic",
# 余无不适, 其他无不适)
NO_COMPLAINT_UNSAID = rx.compile(r"(?i)(?:\b(?:not|never|no\s+longer|otherwise|else)|n'?t|余|其他|其余|别的|另外)\s*$")
# Questions and their answers (set BQ, telephone and chatbot triage: "Q: fever, stiff neck? A: no." read a fever and
# meningism as present, and 15 of 100 notes were over-triaged by two levels). A note is a dialogue when it labels its
# turns ("Q:", "A:", "Nurse:", "Caller:", "Bot:", "User:", 问：, 答：) at least twice or answers two questions with a
# bare yes or no; a question's findings then follow its answer.
DIALOGUE_LABEL = rx.compile(
    r"(?i)(?:^|(?<=[\s.;,!?。；，！？]))(?:q|a|nurse|caller|bot|user|handler|call\s*handler|clinician|dr|doctor|gp|mum|mom|"
    r"dad|mother|father|patient|pt|wife|husband|son|daughter|carer|chatbot|assistant|operator)\s*:|"
    r"(?:问|答|护士|来电者|来电人|患者|家属|医生|妈妈|爸爸)\s*[:：]")
ANSWER_LABEL = (r"(?:(?:a|answer|caller|pt|patient|mum|mom|dad|mother|father|user|wife|husband|son|daughter|carer|me|"
                r"答|回答|患者|家属|来电者|来电人|妈妈|爸爸)\s*[:：]\s*)?")
ANSWER_NO = rx.compile(r"(?i)\s*" + ANSWER_LABEL + r"(?:no(?!\s+idea)(?![a-z'])|nope\b|nah\b|none\b|nil\b|neither\b|nothing\b|"
                       r"not\s+really\b|not\s+at\s+all\b|negative\b|never\b|都没有|都没|也没有|也没|没有|没(?!准)|无|否|都不|也不|"
                       r"一点也不|从来没有|不(?!太清楚|清楚|知道|确定|记得))")
ANSWER_BARE = rx.compile(r"(?i)\s*(?:no|yes|nope|yeah|none|nil)\b")
# (read before the lexicon: "out cold" is a loss of consciousness, not a cold exposure; set ER)
BEFORE_LEXICON += ((OUT_COLD, "loss_of_consciousness"),)
# Set EU: notes typed by people writing in a language not their first, English above all (Chinese, South Asian, Eastern
# European, African and Latin American writers). Their words are plain but not the lexicon's:
# - redness past the line drawn round it ("I drew line with pen yesterday night and now redness crossed the line"): a
#   spreading redness (NICE CKS "Cellulitis - acute": mark the edge to see it spread)
REDNESS_PAST_LINE = rx.compile(r"(?i)\bred(?:ness)?\b[^.;!?\n]{0,30}?\b(?:cross(?:ed|es|ing)?|(?:went|gone|go|goes|going|is|are|spread|"
                               r"spreading|spreads)\s+(?:past|over|beyond|outside|out\s+of))\s+(?:the\s+)?(?:pen\s+|marker\s+|drawn\s+)?"
                               r"(?:line|mark|marking|border|circle)s?\b")
# - "I have sugar" for a diabetes, as South Asian and West African English says it ("I have sugar but it is in
#   control"), not sugar in a tea
HAVE_SUGAR = rx.compile(r"(?i)\b(?:i|he|she|mum|mom|dad|mother|father|husband|wife|patient|pt)\s+(?:also\s+)?(?:has|have|is\s+having|"
                        r"am\s+having|got|suffer(?:s|ing)?\s+from)\s+(?:the\s+)?sugar\b(?!\s+(?:in|with|free|for)\b)|"
                        r"\bsugar\s+(?:disease|problem|illness)s?\b")
# - spots that become blisters, and some crusted already: a chickenpox's crops ("yesterday start red spots on the body
#   and face, today many become small water blister, very itchy, some already have crust" led with a scarlet fever)
SPOTS_BECOME_BLISTERS = rx.compile(r"(?i)\b(?:spots?|bumps?|pimples?|dots?)\b[^.;!?\n]{0,50}?\b(?:become|became|becoming|turn(?:ed|ing|s)?|"
                                   r"chang(?:ed|ing|es?)|go|going|gone|went)\s+(?:in)?(?:to\s+)?(?:\w+\s+){0,2}?(?:water\s+|fluid\s+|small\s+|"
                                   r"little\s+|tiny\s+)*(?:blisters?|bubbles?|vesicles?)\b")
SOME_ALREADY_CRUSTED = rx.compile(r"(?i)\b(?:some|few|other|others|older\s+ones?)\b[^.;!?\n]{0,20}?\b(?:already|now)\s+(?:have\s+|has\s+|got\s+|"
                                  r"with\s+|is\s+|are\s+|become\s+|became\s+)?(?:a\s+)?(?:crust\w*|scab\w*|dry\s+up|dried\s+up)\b")
BLISTER_WORDS = rx.compile(r"(?i)\b(?:blisters?|bubbles?|vesicles?|spots)\b|水泡|疱")
# - a wrist bent like a fork, and a hand put out to the ground: a Colles fracture's dinner-fork deformity and its fall on
#   the outstretched hand ("she use left hand to support the ground. The wrist become swell immediately and the shape is
#   bend like a fork" was a carpal tunnel syndrome at 97%, routine)
FORK_SHAPE = rx.compile(r"(?i)\b(?:shape|look(?:s|ing)?|bent|bend|bends|curved?)\b[^.;!?\n]{0,20}?\blike\s+(?:a\s+)?(?:dinner\s+)?fork\b|"
                        r"\bdinner[\s-]fork\b|\bfork[\s-](?:shaped?|like)\b|\b(?:wrist|arm|bone|ankle|finger|leg)\b[^.;!?\n]{0,25}?"
                        r"\bshape\s+(?:is\s+)?(?:bent|bend|wrong|strange|not\s+normal|abnormal|crooked|changed)\b")
HAND_TO_GROUND = rx.compile(r"(?i)\b(?:use[ds]?|using|put|putting|puts|stretch(?:ed|es)?(?:\s+out)?)\s+(?:(?:his|her|my|the|their)\s+)?"
                            r"(?:left\s+|right\s+|both\s+)?(?:hands?|arms?)\s+(?:out\s+)?(?:to\s+)?(?:support|stop|catch|break|save|hold)"
                            r"\b[^.;!?\n]{0,20}?\b(?:ground|floor|fall|road|street|herself|himself|myself)\b|"
                            r"\blanded\s+on\s+(?:(?:his|her|my)\s+)?(?:outstretched\s+)?(?:left\s+|right\s+)?hands?\b")
# - "fall down" in the present for a fall that happened ("My mother 68 year old fall down on the street today"), said
#   of a person, not one feared ("afraid she will fall down") nor of numbers ("my levels ... fall down during the day")
FELL_DOWN = rx.compile(r"(?i)\b(?:i|he|she|mother|father|mum|mom|dad|grandma|grandmother|grandpa|grandfather|husband|wife|son|"
                       r"daughter|baby|child|kid|boy|girl|patient|pt|old|man|woman|lady|uncle|aunt|brother|sister)\s+"
                       r"(?:also\s+|just\s+|suddenly\s+|today\s+|yesterday\s+|again\s+)?(?:fall|falls|falled|felled)\s+(?:down|over)\b"
                       r"(?![^.;!?\n]{0,20}?\b(?:if|when)\b)")
# - a waist in pain for a low back's (腰 in Chinese English: "After that my waist is pain, both side muscle very tight,
#   most pain when bend" of carrying boxes led with a dengue fever), and heavy things carried
WAIST_PAIN = rx.compile(r"(?i)\bwaist\s+(?:is\s+|very\s+|so\s+|also\s+|become\s+|feels?\s+){0,2}(?:pain\w*|hurt\w*|ache\w*|aching|"
                        r"sore)\b|\b(?:pain|ache|aching|sore(?:ness)?)\s+(?:in|on|at|of)\s+(?:my|his|her|the)\s+(?:lower\s+)?waist\b|"
                        r"\bwaist\s*(?:pain|ache)\b")
HEAVY_CARRY = rx.compile(r"(?i)\b(?:carr(?:y|ied|ying|ies)|lift(?:ed|ing|s)?|mov(?:e|ed|ing))\s+(?:many\s+|lots\s+of\s+|a\s+lot\s+of\s+|the\s+|"
                         r"some\s+|big\s+|very\s+|so\s+|too\s+)*heavy\b|\bheavy\s+(?:box(?:es)?|things?|furniture|bags?|sacks?|"
                         r"loads?|stuff)\b(?=[^.;!?\n]{0,60}?\b(?:carr|lift|mov))")
# - an eye that sees nothing, or went dark ("Suddenly one hour ago my right eye is not seeing anything, everything go
#   dark in this eye and not come back" of a central retinal artery occlusion was a subconjunctival haemorrhage, urgent)
EYE_SEES_NOTHING = rx.compile(r"(?i)\b(?:(?:right|left|one|my|this|the)\s+)?eye\b(?=[^.;!?\n]{0,12}?\b(?:is\s+|are\s+)?(?:not|cannot|can'?t|"
                              r"can\s+not|no\s+more|not\s+able\s+to)\s+(?:seeing|see)\s+(?:anything|nothing|at\s+all)\b)|\beverything\s+(?:go|goes|went|gone|become|became|"
                              r"turn(?:ed|s)?)\s+(?:dark|black)\b[^.;!?\n]{0,15}?\b(?:in\s+)?(?:this|my|the|one|right|left)\s+eye\b|"
                              r"\b(?:right|left|one)\s+eye\b[^.;!?\n]{0,20}?\b(?:went|go|goes|gone|become|became|turned)\s+(?:dark|black|blind)\b")
# - the bone pressed and not much pain, and walking at all ("When I press the bones of the ankle not much pain, only the
#   soft part", "I can walk, limping, but I walked home" of a sprain led with a fracture): no bone tenderness, the
#   weight borne (the Ottawa ankle rules; a limp still counts as four steps)
PRESSED_BONE_NOT_MUCH = rx.compile(r"(?i)\bpress(?:ing|ed|es)?\s+(?:on\s+)?(?:the\s+)?bones?\b[^.;!?\n]{0,25}?\b(?:not\s+(?:much\s+|very\s+|so\s+)?"
                                   r"(?:pain|painful|sore|tender|hurt)|no\s+(?:much\s+)?pain|(?:does|did)\s*n'?o?t\s+hurt)\b")
CAN_WALK_BARE = rx.compile(r"(?i)\b(?:i|he|she)\s+(?:can|could|am\s+able\s+to|is\s+able\s+to|was\s+able\s+to)\s+(?:still\s+)?walk\b"
                           r"(?!\s+(?:only|at\s+first|initially|until|till|before|but\s+not|a\s+few|few|one|two|1|2))|"
                           r"\b(?:i|he|she)\s+walked\s+(?:home|back|to\s+(?:the\s+)?(?:car|bus|house))\b")
INJURED_LEG_WORDS = rx.compile(r"(?i)\b(?:ankle|foot|feet|knee|leg|shin|twist\w*|sprain\w*|rolled|limp\w*)\b")
ALSO_READ += ((REDNESS_PAST_LINE, "spreading_red_warm_skin"), (HAVE_SUGAR, "diabetes_history"),
              (SPOTS_BECOME_BLISTERS, "vesicular_crops"), (SOME_ALREADY_CRUSTED, "vesicular_crops", BLISTER_WORDS),
              (FORK_SHAPE, "visible_deformity"), (HAND_TO_GROUND, "fall_on_outstretched_hand"), (FELL_DOWN, "fall_or_injury"),
              (WAIST_PAIN, "low_back_pain"), (HEAVY_CARRY, "heavy_lifting"), (EYE_SEES_NOTHING, "sudden_vision_loss"))
SAID_NORMAL += ((PRESSED_BONE_NOT_MUCH, "localised_bone_pain"), (CAN_WALK_BARE, "inability_to_bear_weight", INJURED_LEG_WORDS))
# - in Chinese: pain behind the eyes (眼睛后面很痛), aches in every muscle and bone (全身肌肉和骨头都痛, not one bone's
#   pain), a red rash (红疹), and dengue's Cantonese-Malay name 骨痛热症 read as nothing but its name ("我在新加坡工作，
#   邻居最近好几个人得了骨痛热症。我这3天高烧39.5，眼睛后面很痛 ..." led with an osteomyelitis at 81%); neighbours ill
#   with it are a contact
ZH_BEHIND_EYES = rx.compile(r"眼(?:睛|球|眶)?(?:的)?(?:后面|后边|后头|后方|深处|里面|里头)(?:也|都|一直)?(?:很|特别|非常|有点|有些)?"
                            r"(?:胀)?(?:痛|疼)")
ZH_ACHES_ALL_OVER = rx.compile(r"(?:全身|浑身|周身)(?:的)?(?:肌肉|骨头|关节|骨节)(?:(?:和|跟|、|还有)(?:肌肉|骨头|关节|骨节))?"
                               r"(?:都|也)?(?:很|特别|非常)?(?:酸痛|痛|疼)|"
                               # (or said short: "全身酸", "浑身酸痛", "浑身酸疼", set EZ)
                               r"(?:全身|浑身|周身)(?:都|也)?(?:很|特别|有点)?酸(?:痛|疼|软)?(?![甜辣味水])")
ZH_RED_RASH = rx.compile(r"红疹(?!子)")
ZH_DENGUE_WORD = rx.compile(r"骨痛热症")
ZH_NEIGHBOURS_HAVE = rx.compile(r"(?:邻居|周围|附近|小区)[^，。；]{0,8}?(?:得了|得过|感染了|也有|都有)(?:骨痛热症|登革热|流感|甲流|乙流|新冠)")
# - a polymyalgia's girdle in Chinese: both shoulders, or the shoulders with the thighs or hips, stiff or sore
#   (两边肩膀和大腿上面很僵很痛), and stiffness for an hour or more after rising (早上起床特别严重，要一个多小时才能慢慢活动开:
#   a polymyalgia rheumatica at 72 read nothing and a frozen shoulder led)
ZH_GIRDLE = rx.compile(r"(?:两边|两侧|双侧|两个)?肩(?:膀|部)?[^，。；]{0,3}?(?:和|跟|、|还有|连着)(?:两边|两侧|双侧)?(?:大腿|屁股|髋|胯|臀)"
                       r"[^，。；]{0,6}?(?:僵|痛|疼)|(?:两边|两侧|双侧|两个)肩(?:膀|部)?(?:都|也)?(?:很|特别|发)?僵")
ZH_MORNING_HOUR_STIFF = rx.compile(r"(?:早上|早晨|晨起|起床)[^。；]{0,16}?(?:一个多|一两个|两个多?|[1-9]个多?|[二两三]个多?)"
                                   r"(?:小时|钟头)[^。；]{0,8}?(?:活动开|缓解|好转|才能动|才好|才松|才灵活|才能活动)")
READ_AS_NOTHING += (ZH_DENGUE_WORD,)
BEFORE_LEXICON += ((ZH_ACHES_ALL_OVER, "myalgia"),)
# - a skin tear, a flap of skin peeled back by a knock (an older person's thin skin: "Caught my shin on the car door and
#   the skin has peeled back in a big flap about 6cm long, bleeding a lot" on clopidogrel was a Stevens-Johnson
#   syndrome's peeling skin, an emergency, set FW): a wound, and its bleeding (claimed before the lexicon's peeling)
SKIN_FLAP = rx.compile(r"(?i)\bskin\s+(?:has\s+|had\s+|is\s+)?(?:peeled|torn|ripped|come|pulled|lifted)\s+(?:right\s+)?(?:back|off|away|up)\b"
                       r"(?=[^.;!?]{0,40}?\bflap\b)|\bskin\s+flap\b|\bflap\s+of\s+skin\b|"
                       r"\bskin\s+tears?\b|皮(?:肤)?(?:被)?(?:掀|翻|撕)(?:开|起来|掉)了?(?:一块|一大块)?")
WOUND_BLEEDING_A_LOT = rx.compile(r"(?i)\bbleeding\s+(?:a\s+lot|loads|heavily|quite\s+a\s+bit|like\s+mad|everywhere)\b|"
                                  r"\b(?:lots|loads)\s+of\s+blood\b")
SLEEP_AND_NOT_WAKE_WISHED = rx.compile(r"(?i)\b(?:wouldn'?t\s+mind|would\s+not\s+mind|won'?t\s+mind|would\s+rather|rather|"
                                       r"want(?:s|ed)?\s+to|wish(?:es|ed)?(?:\s+(?:i|he|she)\s+could)?|hop(?:e|es|ed|ing)\s+to)\s+"
                                       r"(?:just\s+)?(?:(?:go(?:ing)?\s+to|fall(?:ing)?)\s+)?(?:sleep|asleep)\s+and\s+(?:not|never)\s+"
                                       r"wak(?:e|ing)(?:\s+up)?\b")
# - steroids taken now, so that "Not on steroids" is a steroid denied, not the word alone that led a weeder's back pain
#   at 67 with an osteoporosis at 90% (set FW)
STEROIDS_TAKEN = rx.compile(r"(?i)\b(?:on|taking|takes|take|took)\s+(?:any\s+)?(?:oral\s+|long[- ]term\s+|regular\s+)?"
                            r"(?:steroids|steroid\s+tablets|prednisolone|prednisone|pred)\b(?!\s+(?:cream|inhalers?|sprays?|drops|injections?))|"
                            r"\blong[- ]term\s+(?:oral\s+)?(?:steroids|prednisolone|prednisone|pred)\b")
BEFORE_LEXICON += ((SKIN_FLAP, "skin_break_wound"), (STEROIDS_TAKEN, "long_term_steroids"),
                   # (a wish not to wake claimed before the lexicon's drowsiness takes "not waking up": "wouldn't mind
                   # going to sleep and not waking up", "would rather go to sleep and not wake up", set FW)
                   (SLEEP_AND_NOT_WAKE_WISHED, "suicidal_thoughts"))
ALSO_READ += ((WOUND_BLEEDING_A_LOT, "wound_bleeding", SKIN_FLAP),)
ALSO_READ += ((ZH_BEHIND_EYES, "retro_orbital_pain"), (ZH_RED_RASH, "rash"), (ZH_NEIGHBOURS_HAVE, "sick_contact"),
              (ZH_GIRDLE, "girdle_pain_stiffness"), (ZH_MORNING_HOUR_STIFF, "long_morning_stiffness"))
# - a limb red and hot below or above a knee or an elbow, read before the lexicon so that the joint named as a landmark
#   is no hot joint ("My left leg below knee is red, hot and swelling since 2 days, it started from small crack between
#   toes" of a cellulitis led with a septic arthritis)
LIMB_PAST_A_JOINT_RED = rx.compile(r"(?i)\b(?:leg|shin|calf|arm|forearm)\s+(?:below|under|above)\s+(?:the\s+|my\s+|his\s+|her\s+)?"
                                   r"(?:knee|elbow)\s+(?:is\s+|was\s+|looks\s+|now\s+|became\s+|become\s+|gone\s+)?(?:red|hot|inflamed)"
                                   r"(?:,?\s+(?:and\s+)?(?:swollen|swelling|hot|red|tender|sore|warm|inflamed)){1,3}\b")
BEFORE_LEXICON += ((LIMB_PAST_A_JOINT_RED, "spreading_red_warm_skin"),)
# - a discharge told of eyes or eyelids is the eyes' ("Day 4 postnatal check. Both eyelids very swollen with copious
#   thick yellow-green discharge" of a newborn's conjunctivitis was a trichomoniasis's discharge), read before the
#   lexicon, which knows a yellow-green discharge as a vaginal one
EYES_DISCHARGE = rx.compile(r"(?i)\b(?:eyes?|eyelids?|lids)\b[^.;!?\n]{0,40}?\b(?:with|and|has|have|had|got|producing|full\s+of)\s+"
                            r"(?:(?:copious|lots\s+of|a\s+lot\s+of|some|thick|sticky|yellow(?:ish)?|green(?:ish)?|white|"
                            r"creamy|purulent|yellow-green|green-yellow|and)[\s,-]*)*(?:discharge|pus|gunk|goo)\b")
BEFORE_LEXICON += ((EYES_DISCHARGE, "eye_discharge"),)
# - a streak of red blood is a bleed's, not a red streak on the skin ("occasional streak bright red blood on paper" of a
#   pregnant woman's piles was urgent through a lymphangitis's red streaks, set ET)
STREAK_OF_BLOOD = rx.compile(r"(?i)\bstreaks?\s+(?:of\s+)?(?:bright\s+|dark\s+|fresh\s+)?red(?=\s+blood\b)")
READ_AS_NOTHING += (STREAK_OF_BLOOD,)
# - a one-sided throbbing in a note about headaches, in Chinese, with the head left out ("我有migraine好多年了，一直是一侧
#   跳着痛，怕光想吐" in pregnancy led with a pregnancy's sickness), and a head that throbs (左边头一跳一跳的痛)
ZH_ONE_SIDE_THROBS = rx.compile(r"(?:一侧|一边|半边|单侧|左边|右边)(?:头)?(?:跳着|一跳一跳(?:地|的)?|一抽一抽(?:地|的)?|突突(?:地|的)?)(?:痛|疼)")
ZH_HEADACHE_NOTE = rx.compile(r"(?i)头|migraine|偏头痛")
ALSO_READ += ((ZH_ONE_SIDE_THROBS, "one_sided_headache", ZH_HEADACHE_NOTE), (ZH_ONE_SIDE_THROBS, "throbbing_headache", ZH_HEADACHE_NOTE))
# Set EW (adolescents and young adults writing themselves) and set EX (several long-term conditions, many medicines):
# - an eye that hurts to look sideways and everything seen twice ("my left eye has gone really puffy and red, i can barely
#   open it, it hurts when i look sideways and i'm seeing 2 of everything" of a 14-year-old's orbital cellulitis after a
#   sinusitis was an allergic conjunctivitis, routine; NICE CKS "Cellulitis - orbital/periorbital": pain on moving the
#   eye, double vision and a swollen lid are the orbital signs, an emergency)
EYE_HURTS_LOOKING = rx.compile(r"(?i)\b(?:it|eye|eyes|that)\s+(?:hurts?|aches?|is\s+sore|is\s+painful|pains?|stings?)\s+(?:to\s+look|"
                               r"when(?:ever)?\s+(?:i|he|she|they|you)\s+(?:look|move|turn)\w*)\s+(?:sideways|side\s*to\s*side|"
                               r"to\s+the\s+sides?|left|right|up|down|around|(?:it|them|(?:my|his|her|the)\s+eyes?)\b)")
EYE_SWOLLEN_SHUT = rx.compile(r"(?i)\b(?:eye|eyes|eyelids?|lids?)\b[^.;!?\n]{0,30}?\b(?:puffy|swollen|swelled|puffed)\b[^.;!?\n]{0,30}?"
                              r"\b(?:can'?t|cannot|can\s+not|barely|hardly|couldn'?t|could\s+barely|could\s+hardly)\s+(?:even\s+)?"
                              r"open\b|\b(?:eye|eyes|eyelids?)\s+(?:is\s+|are\s+|has\s+|have\s+|got\s+|gone\s+)?(?:swollen|puffed|"
                              r"puffy)\s+(?:shut|closed)\b")
# - a high dose of a steroid taken daily weakens the defences (Green Book ch. 6 and NICE CKS "Chickenpox": 40 mg of
#   prednisolone or more a day for over a week in an adult, 1-2 mg/kg a day in a child; "儿子6岁，有肾病综合征，现在每天吃
#   泼尼松40毫克 ... 起了好多红点，有些变成小水疱了" was a self-care chickenpox), not a short course or a rescue pack
HIGH_DOSE_STEROID = rx.compile(r"(?i)\b(?:pred|prednisolone|prednisone|methylprednisolone|dexamethasone)\s+(?:[2-9]\d|1\d\d)\s*mg\b"
                               r"(?![^.;!?\n]{0,25}\b(?:for\s+[1-7]\s+days|x\s*[1-7]\s*(?:days|/7)|[1-7]\s*/\s*7|course|rescue)\b)|"
                               r"(?:每天|每日|一天)(?:吃|口服|服用|用)?(?:着)?(?:泼尼松龙?|强的松|甲泼尼龙)\s*(?:[2-9]\d|1\d\d)\s*"
                               r"(?:毫克|mg)|(?:泼尼松龙?|强的松|甲泼尼龙)\s*(?:[2-9]\d|1\d\d)\s*(?:毫克|mg)\s*(?:每天|每日|一天一次|qd)")
# - a shoulder that stiffens, a hand that cannot reach the hair, a bra or the back, and a night's pain lying on it (a
#   frozen shoulder's "painful for 3 months and is getting stiffer and stiffer, cant brush my hair, do my bra or reach
#   behind my back now, worse lying on it at night" led with a menopause; NICE CKS "Shoulder pain": frozen shoulder)
SHOULDER_STIFFENS = rx.compile(r"(?i)\bshoulders?\b[^.;!?\n]{0,50}?\b(?:stiff(?:er|ening|ness)?|seiz(?:ed|ing)\s+up|frozen)\b|"
                               r"\bstiff(?:er|ening|ness)?\b[^.;!?\n]{0,15}?\bshoulders?\b")
REACH_LOST = rx.compile(r"(?i)\b(?:can'?t|cannot|can\s+not|unable\s+to|struggl\w*\s+to|hard\s+to|difficult\s+to)\s+(?:even\s+)?"
                        r"(?:(?:brush|comb|wash|do)\s+(?:my|his|her)\s+hair|do\s+(?:up\s+)?(?:my|her)\s+bra|reach\s+(?:behind|up|"
                        r"above|over)\s+(?:my|his|her)\s+(?:back|head)|put\s+(?:my|his|her)\s+(?:coat|jacket|shirt)\s+on|"
                        r"lift\s+(?:my|his|her)\s+arm\s+(?:up|above))\b")
SHOULDER_NOTE = rx.compile(r"(?i)\bshoulders?\b|肩")
LYING_ON_IT_AT_NIGHT = rx.compile(r"(?i)\b(?:worse|hurts?|painful|sore)\s+(?:when\s+)?(?:lying|laying|sleeping|i\s+lie|i\s+lay)\s+on\s+"
                                  r"(?:it|that\s+side|the\s+(?:left|right|bad)\s+side)\b[^.;!?\n]{0,12}?\b(?:at\s+night|in\s+bed|"
                                  r"overnight)\b")
# - a weepy rash is an oozing one, no tearfulness ("itchy red weepy rash exactly under the adhesive flange", set EX)
WEEPY_SKIN = rx.compile(r"(?i)\bweepy\b(?=[^.;!?\n]{0,25}\b(?:rash|skin|eczema|patch(?:es)?|spots?|blisters?|sores?|wound|"
                        r"areas?|ooz\w*|crust\w*)\b)")
# - mouth ulcers that come every few months, or before every exam, are recurrent (NICE CKS "Aphthous ulcer": recurrent
#   ulcers that heal in one to two weeks; a 15-year-old's "一到考试前嘴里就长溃疡 ... 一般一个多星期自己就好了" led with a
#   Stevens-Johnson syndrome, urgent)
EVERY_FEW_MONTHS = rx.compile(r"(?i)\b(?:get|gets|getting|had|have|has|come|comes|keep\s+getting)\b[^.;!?\n]{0,60}?\bevery\s+(?:few|"
                              r"couple\s+of|2|3|two|three|other|6|six)\s+(?:weeks|months)\b")
ZH_EACH_TIME = rx.compile(r"(?:每次|每逢|一到)[^。；！？，]{1,10}(?:就|都)(?:会)?(?:长|起|发|犯|冒)")
# - a white coat in the mouth or on the tongue, in Chinese ("嘴里、舌头上有一层白色的东西，刮掉下面有点红" of an inhaled
#   steroid's thrush read a flushed face; NICE CKS "Candida - oral"); not a tongue's white fur (舌苔白)
ZH_WHITE_IN_MOUTH = rx.compile(r"(?:嘴里|口腔|口腔里|舌头|舌面|嘴巴里|嘴唇内侧|两腮|颊黏膜)(?:上|里|内)?(?:[、和，,][^。；！？]{0,6}?)?"
                               r"(?:有|长了|长出|出现|起了)(?:了)?(?:一层|一块块|一片片|一些|好多|很多|一块|一片)?(?:白色的?|白白的?|乳白色的?)"
                               r"(?:东西|膜|斑|点|块|片)")
BEFORE_LEXICON += ((EYE_SWOLLEN_SHUT, "eyelid_swelling"),)
READ_AS_NOTHING += (WEEPY_SKIN,)
ALSO_READ += ((EYE_HURTS_LOOKING, "painful_eye_movements", EYE_NOTE),
              (HIGH_DOSE_STEROID, "immunosuppression"),
              (SHOULDER_STIFFENS, "shoulder_stiffness"),
              (REACH_LOST, "reduced_range_of_motion", SHOULDER_NOTE), (LYING_ON_IT_AT_NIGHT, "night_pain"),
              (EVERY_FEW_MONTHS, "previous_episodes"), (ZH_EACH_TIME, "previous_episodes"),
              (ZH_WHITE_IN_MOUTH, "white_patches_mouth"))
# - a strained muscle, back or joint is no straining at stool ("是不是just muscle strain？" of a young man's pneumothorax read a
#   constipation's straining, set EW)
MUSCLE_STRAIN = rx.compile(r"(?i)\b(?:muscle|muscular|back|neck|groin|hamstring|calf|shoulder|chest\s+wall|thigh|rib|intercostal)\s+"
                           r"strain(?:s|ed)?\b|\bstrain(?:ed|ing)?\s+(?:(?:a|my|his|her|the)\s+)?(?:\w+\s+)?(?:back|neck|muscles?|"
                           r"groin|hamstring|calf|shoulder|knee|ankle|wrist|arm|leg|eyes?|chest)\b|\b(?:a|the)\s+strain\s+(?:in|of|on)\s+"
                           r"(?:my|his|her|the)\b")
READ_AS_NOTHING += (MUSCLE_STRAIN,)
# - a diarrhoea after a suspect meal: a takeaway, a kebab, a buffet, reheated rice or shellfish (NICE CKS
#   "Gastroenteritis": a food-borne infection; "Diarrhoea x4 and vomited once since last night after a takeaway" of a
#   man with heart failure and kidney disease led with a coeliac disease, set EX)
SUSPECT_MEAL = rx.compile(r"(?i)\b(?:after|since)\s+(?:a|an|the|that|some|eating\s+(?:a|an|the|some|that)|having\s+(?:a|an|the|some))\s+"
                          r"(?:dodgy\s+|bad\s+|iffy\s+|cheap\s+|chinese\s+|indian\s+|late\s+night\s+)?(?:takeaway|take-away|"
                          r"take\s*out|kebab|buffet|street\s+food|barbecue|bbq|reheated\s+rice|seafood|oysters|prawns|mussels)\b|"
                          r"\bdodgy\s+(?:kebab|takeaway|curry|chicken|prawns|seafood|meal|food|burger)\b")
ALSO_READ += ((SUSPECT_MEAL, "contaminated_food_water", DIARRHOEA_NOTE),)
# - a bladder that cannot empty: no urine passed for hours with the lower belly swollen or the bladder full ("Has not
#   passed any urine for 12 hours, lower tummy swollen and very painful" of a man with an enlarged prostate after a
#   pseudoephedrine cold remedy led with a sepsis, set EX; NICE CKS "Urinary retention - acute")
NO_URINE_FOR_HOURS = rx.compile(r"(?i)(?:(?<=\bnot\s)|(?<=n't\s)|(?<=\bnever\s))(?:passed|been\s+able\s+to\s+(?:pass|pee|wee)|peed|weed|done\s+a\s+(?:wee|pee)|"
                                r"had\s+a\s+(?:wee|pee))\s+(?:any\s+)?(?:urine|water|wee|pee)?\s*(?:for|since|in)\s+(?:\d+|a\s+few|"
                                r"several|many|twelve|ten|eight|\w+)\s+(?:hours?|hrs?)\b|(?:十|[一二两三四五六七八九\d]{1,2})(?:多|几)?个?(?:小时|钟头)"
                                r"(?:都)?(?:没有?|一直没)(?:小便|尿|尿出来|解小便|排尿)")
BLADDER_DISTENDED = rx.compile(r"(?i)\b(?:lower\s+(?:tummy|belly|abdomen|stomach)|bladder|below\s+(?:the|his|my)\s+(?:belly\s+button|navel))\b"
                               r"[^.;!?\n]{0,25}?\b(?:swollen|distended|full|bulging|tense|hard|ballooned|sticking\s+out)\b|"
                               r"(?:小肚子|下腹|膀胱)(?:部)?(?:很|特别|有点|鼓|胀|涨)?(?:鼓|胀|涨|硬)")
ALSO_READ += ((NO_URINE_FOR_HOURS, "urinary_retention", BLADDER_DISTENDED),)
# - tonsils with no white spots or pus: no exudate (FeverPAIN, NICE NG84; "tonsils look a bit red but no white spots" of
#   a 19-year-old's cold led with a tonsillitis, set EW; the Chinese wording is ZH_TONSILS_NO_SPOTS's)
NO_WHITE_ON_TONSILS = rx.compile(r"(?i)\btonsils?\b[^.;!?\n]{0,40}?\b(?:no|not\s+any|without)\s+(?:white\s+)?(?:spots|pus|patches|"
                                 r"exudate|coating|specks)\b")
SAID_NORMAL += ((NO_WHITE_ON_TONSILS, "tonsillar_exudate"),)
# - flakes or scales at the base of the lashes, or along the lid edges: a blepharitis's crusted margins (NICE CKS
#   "Blepharitis"; "Both eyelid edges red with little flakes at the base of my lashes, eyes gritty" led with an allergic
#   conjunctivitis, set EX)
#   (flakes or scales, not a crust: "lashes glued together with yellow crusty stuff" is a conjunctivitis's discharge)
FLAKY_LASHES = rx.compile(r"(?i)\b(?:flakes?|flaky|scales?|scaly|dandruff|scurf)\b[^.;!?\n]{0,25}?\b(?:lash(?:es)?|"
                          r"eyelid\s+(?:edges?|margins?|rims?)|lid\s+(?:edges?|margins?))\b|\b(?:lash(?:es)?|eyelid\s+(?:edges?|margins?|"
                          r"rims?))\b[^.;!?\n]{0,30}?\b(?:flakes?|flaky|scales?|scaly|dandruff)\b")
ALSO_READ += ((FLAKY_LASHES, "eyelid_margin_crusting"),)
# - a bite or a spot scratched open, in Chinese: the skin broken ("蚊子包抓破了，有点红肿流脓", set EW)
ZH_SCRATCHED_OPEN = rx.compile(r"(?:蚊子包|包|疹子|痘痘?|疙瘩|皮肤|伤口|水泡|水疱)(?:被)?(?:抓|挠|抠|挤)(?:破|烂)(?:了|皮)?")
ALSO_READ += ((ZH_SCRATCHED_OPEN, "skin_break_wound"),)
# - a whole body shaking with a fever is a rigor, read before the lexicon takes the shaking for a tremor ("高烧39.8度，一直
#   发抖" of a sepsis, set EW)
BEFORE_LEXICON += ((ZH_SHAKING_ALL_OVER, "rigors", ZH_FEVER_WORDS),)
# - no pain down the legs: a sciatica's radiating pain denied ("No pain down the legs, no numbness" read a pair of heavy
#   legs denied, and "no leg pain or numbness" nothing, set EX: a lifting strain led with a sciatica)
NO_LEG_PAIN = rx.compile(r"(?i)\b(?:no|not\s+any|without|nil|denies)\s+(?:(?:shooting|radiating)\s+)?(?:pain\s+(?:going\s+)?(?:down|into|in)\s+"
                         r"(?:the|my|his|her|either|both)?\s*(?:legs?|buttocks?)|leg\s+pain|sciatica|pain\s+radiating\s+(?:down|into)"
                         r"\s+(?:the\s+)?legs?)\b")
SAID_NORMAL += ((NO_LEG_PAIN, "back_pain_radiating_leg"),)
# - an aortic aneurysm named as the patient's own ("He has an aortic aneurysm they've been watching (5.4cm on the last
#   scan)" read nothing of it and a sudden back and belly pain with a near collapse led with a faint, set EX; 他有腹主动脉
#   瘤), not one feared or screened for and not found
OWN_AORTIC_ANEURYSM = rx.compile(r"(?i)(?<!might\s)(?<!\bmay\s)(?<!could\s)(?<!would\s)\b(?:has|have|had|with|known|diagnosed\s+with|"
                                 r"got)\s+(?:an?\s+|a\s+small\s+|a\s+large\s+)?"
                                 r"(?:abdominal\s+)?aortic\s+aneurysm\b|(?:有|患有|查出|发现)(?:个|一个)?(?:腹)?主动脉瘤|腹主动脉瘤(?:病史|随访|复查)")
# - a pupil smaller than the other in a red painful eye: a uveitis's (NICE CKS "Uveitis"; "右眼红痛、畏光 ... 瞳孔较左侧小，对光
#   反射迟钝" led with an angle-closure glaucoma, whose pupil is mid-dilated, set EX)
SMALLER_PUPIL = rx.compile(r"(?i)\bpupil\b[^.;!?\n]{0,20}?\b(?:smaller|small|constricted|irregular)\b[^.;!?\n]{0,15}?\b(?:than|compared|"
                           r"irregular)|\b(?:smaller|constricted|irregular)\s+pupil\b|瞳孔(?:较|比)(?:左侧|右侧|左眼|右眼|另一侧|另一只|对侧)"
                           r"(?:的)?(?:小|缩小)|瞳孔(?:缩小|变小|不规则|小且不规则)")
ALSO_READ += ((OWN_AORTIC_ANEURYSM, "known_aortic_aneurysm"), (SMALLER_PUPIL, "small_irregular_pupil"))
# - a discharge told in a man's note about his testicle or his penis, with its place left out ("my right ball has got
#   gradually sore and swollen ... also stinging when i pee and a bit of clear discharge", set EW), read as the
#   urethra's
DISCHARGE_IN_A_MANS_NOTE = rx.compile(r"(?i)\b(?:a\s+(?:bit|little|small\s+amount)\s+of\s+|some\s+|little\s+)(?:(?:clear|white|whitish|"
                                      r"yellow|yellowish|green|greenish|cloudy|milky|watery|thick)\s+)?discharge\b")
MANS_PARTS = rx.compile(r"(?i)\b(?:balls?|testicles?|testis|testes|scrotum|nuts|penis|willy|dick|foreskin|bell\s*end)\b")
ALSO_READ += ((DISCHARGE_IN_A_MANS_NOTE, "urethral_discharge", MANS_PARTS),)
# - a pain worse when hungry and eased by food, in Chinese (a peptic ulcer's: "胃这里烧着痛，饿的时候更明显，吃点东西能好些"
#   of an NSAID on aspirin and clopidogrel led with a reflux, set EX; NICE CKS "Dyspepsia - proven peptic ulcer"), with
#   the melaena, the vomited blood and the weight loss it denies
ZH_EASED_BY_FOOD = rx.compile(r"饿(?:的时候|了)(?:就|更|会)?(?:更)?(?:明显|厉害|痛|疼|加重)[^。；！？]{0,12}?吃(?:点|些|了|一点)?东西"
                              r"(?:就|能|会|后)?(?:好|缓解|舒服|减轻)|吃(?:点|些|一点)东西(?:就|能|会)?(?:好|缓解|舒服|减轻)(?:些|点|一些)?")
ZH_STOOL_COLOUR_NORMAL = rx.compile(r"大便(?:的)?颜色(?:正常|没变|不黑|也正常)|大便不黑|没有?(?:拉)?黑便")
ZH_NO_BLOOD_VOMITED = rx.compile(r"没(?:有)?吐(?:过)?血|没有呕血|未呕血")
ZH_WEIGHT_STEADY = rx.compile(r"体重(?:没|没有|也没|并没有)(?:掉|减|下降|变化|变)|体重(?:正常|稳定|没什么变化)")
ALSO_READ += ((ZH_EASED_BY_FOOD, "pain_relieved_by_eating"),)
SAID_NORMAL += ((ZH_STOOL_COLOUR_NORMAL, "melaena"), (ZH_NO_BLOOD_VOMITED, "haematemesis"), (ZH_WEIGHT_STEADY, "weight_loss"))
# - a small insect seen crawling in a note about the hair or the scalp is a louse, read before the lexicon takes it
#   for a hallucination ("我在她头发根上看到一些白色的小点，梳不掉，还看见一个小虫子在爬" was urgent through one, set FA)
ZH_BUG_CRAWLING = rx.compile(r"(?:看见|看到|发现)(?:了)?(?:一个|一只|几个|几只|有)?(?:小)?虫子?(?:在)?(?:爬|动)")
ZH_HAIR_WORDS = rx.compile(r"头发|头皮|发根|挠头|抓头")
BEFORE_LEXICON += ((ZH_BUG_CRAWLING, "lice_or_nits_seen", ZH_HAIR_WORDS),)


# Voice typing and autocorrect (set EZ, notes dictated and left unedited): words misheard as others, put right before
# the note is read, each respelling no longer than what was heard and padded with spaces to its length, so every
# mention's place in the note stays the same (``findings.FindingExtractor.extract`` keeps the words as written). Only
# mishearings with no everyday meaning of their own in a note: "a cute" and 大变 are left alone.
DICTATION_MISHEARD: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), meant) for p, meant in (
    (r"\btest\s+(?:a|i|e)\s+(?:cool|cle|coal|call|kle)s?\b|\btest\s+tickles?\b|\btesticals?\b", "testicle"),
    (r"\bnew\s+monia\b", "pneumonia"),
    (r"\bdie\s+a\s+(?:rear|rhea|ria)\b|\bdire\s+rear\b", "diarrhoea"),
    (r"\bhigh\s+per\s+tension\b", "hypertension"),
    (r"\bsis\s+titus\b", "cystitis"),
    (r"\bstomach\s+flew\b", "stomach flu"),
    (r"\bhead\s+ache(?=s?\b)", "headache"), (r"\bthunder\s+clap\b", "thunderclap"),
    (r"\bgall\s+stones?\b", "gallstones"),
    (r"发少|发骚|发稍", "发烧"), (r"高少", "高烧"), (r"头腾", "头疼"), (r"咳数", "咳嗽"), (r"欧吐|呕土", "呕吐"),
    (r"(?<=[红皮出起])诊子", "疹子"),
))
# an ankle heard as an angle, only as a body part ("went over on my angle", "outside of the angle swollen")
ANKLE_MISHEARD = re.compile(r"(?i)\b(?:my|his|her|the|left|right|your)\s+angle(?=s?\b)")


# a temperature said in words ("temperature thirty eight point two", "thirty nine point five"): its digits
_UNITS = {w: str(i) for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))}
TEMPERATURE_IN_WORDS = re.compile(r"(?i)\b(thirty|forty)[\s-](one|two|three|four|five|six|seven|eight|nine)\s+point\s+"
                                  r"(zero|one|two|three|four|five|six|seven|eight|nine)\b")


def heard_as_meant(text: str) -> str:
    """``text`` with its dictation mishearings respelled (``DICTATION_MISHEARD``) and a temperature said in words
    written in digits (``TEMPERATURE_IN_WORDS``), each place unchanged."""
    def meant(word: str):
        return lambda m: word[:len(m.group(0))].ljust(len(m.group(0)))
    for pattern, word in DICTATION_MISHEARD:
        text = pattern.sub(meant(word), text)
    text = TEMPERATURE_IN_WORDS.sub(lambda m: (("3" if m[1].lower() == "thirty" else "4") + _UNITS[m[2].lower()] + "."
                                               + _UNITS[m[3].lower()]).ljust(len(m.group(0))), text)
    return ANKLE_MISHEARD.sub(lambda m: m.group(0)[:-5] + "ankle", text)
# - cold spells and hot spells and the shakes in Chinese, and a sweat that follows (打摆子 is malaria's own shakes: "一阵冷
#   一阵热打摆子 然后出一身汗" after Nigeria read a fever only and led with a dengue, set EZ)
ZH_COLD_AND_HOT_SPELLS = rx.compile(r"一阵冷一阵热|一会儿冷一会儿热|忽冷忽热|打摆子|冷得发抖|发冷发抖|发冷打颤")
ZH_DRENCHING_SWEAT = rx.compile(r"出(?:了)?一身(?:的)?(?:大)?汗|大汗淋漓|全身是汗|汗出得很多")
#   (the sweat only in a fevered note: "身上一阵热，一会儿出一身汗" at 50 is a menopause's flush)
ZH_FEVERISH = rx.compile(r"发烧|发热|高烧|低烧|寒战|打摆子|发冷|一阵冷|忽冷忽热|体温|烧到|\d{2}(?:\.\d)?度")
ALSO_READ += ((ZH_COLD_AND_HOT_SPELLS, "rigors"), (ZH_DRENCHING_SWEAT, "excessive_sweating", ZH_FEVERISH))
# - a pain at the top right of the belly: a gallbladder's ("pain top
#   right of my tummy under the ribs goes through to my right shoulder blade started after a fish and chip supper" read
#   a belly pain only and led with an appendicitis, set EZ; NICE CKS "Gallstones")
TOP_RIGHT_OF_BELLY = rx.compile(r"(?i)\b(?:top|upper)[\s-]+right\s+(?:(?:side\s+)?of\s+)?(?:my\s+|his\s+|her\s+|the\s+)?(?:tummy|belly|"
                                r"stomach|abdomen|abdominal)\b")
ALSO_READ += ((TOP_RIGHT_OF_BELLY, "right_upper_quadrant_pain"),)
# From the blind sets of notes written at work (FB) and by men who rarely see a doctor (FC):
# - taste gone, said of one thing ("cant taste my coffee" of a COVID-19 with a positive lateral flow, set FC)
CANT_TASTE = rx.compile(r"(?i)\b(?:can'?t|cannot|could\s*n'?t|unable\s+to)\s+taste\b|\b(?:lost|lose|losing)\s+(?:my\s+|his\s+|her\s+)?"
                        r"(?:sense\s+of\s+)?taste\b")
# - a chest's pain made worse by a breath or a cough, the pain sharp ("sharp pain in the right side of my chest when I
#   cough" of a pneumonia with a 39 fever read a chest pain only, and a myocarditis led, set FB; NICE CKS "Chest pain":
#   pleuritic pain, sharp and worse on breathing or coughing)
SHARP_ON_BREATH = rx.compile(r"(?i)\b(?:sharp|stabbing|knife[- ]like|catching|stabby)\s+pains?\b[^.;!?\n]{0,45}?\bchest\b"
                             r"[^.;!?\n]{0,12}?\b(?:when|if|whenever|as)\s+(?:i|he|she|they|you)\s+(?:cough|breathe|take\s+a\s+"
                             r"(?:deep\s+)?breath)")
# - fever with the shakes, listed ("fever up to 39, shaking, coughing up rusty phlegm", set FB): rigors (not "hands
#   shaking", a tremor)
#   (shaking, not shivering: "a fever of 103, shivering, headache and aching all over" is a flu's chill, set BV)
FEVER_THEN_SHAKING = rx.compile(r"(?i)\b(?:fever|temp(?:erature)?|pyrexi\w*|burning\s+up|(?:3[89]|4[01])(?:\.\d)?)\b[^.;!?\n]{0,25}?,\s*"
                                r"(?:and\s+)?(?:shaking|"
                                r"the\s+shakes)\b(?!\s+(?:hands?|legs?|arms?|head))")
# - an erection that lasts ("been hard now for nearly 5 hours and its getting really painful", set FC; priapism is an
#   erection over 4 hours, an emergency: EAU 2022, NICE CKS "Priapism")
HARD_FOR_HOURS = rx.compile(r"(?i)\b(?:been|stayed|still|is|was)\s+(?:rock\s+)?hard\s+(?:now\s+)?(?:for\s+)?(?:nearly\s+|almost\s+|over\s+|"
                            r"about\s+|more\s+than\s+)?(?:\d+|two|three|four|five|six|several)\s*(?:hours?|hrs?)\b|"
                            r"\bhard[- ]?on\b[^.;!?\n]{0,25}?\b(?:\d+|four|five|six|several)\s*(?:hours?|hrs?)\b")
# - an engine run indoors ("running a petrol pressure washer inside the loading bay with the shutter down" and three men
#   with headaches, one confused, led with a subarachnoid haemorrhage, set FB): carbon monoxide's source (NICE CKS
#   "Carbon monoxide poisoning")
ENGINE_INDOORS = rx.compile(r"(?i)\b(?:petrol|diesel|gas|propane|lpg|gasoline|camping|charcoal)[\s-]+(?:powered\s+)?(?:pressure\s+washer|"
                            r"power\s+washer|jet\s+washer|generator|engine|pump|saw|cut[- ]off\s+saw|forklift|mower|heater|floor\s+"
                            r"polisher|compressor|stove|cooker|burner|bbq|barbecue|lantern)\b[^.;!?]{0,50}?\b(?:inside|indoors|in\s+"
                            r"(?:the|a|our)\s+(?:garage|shed|bay|loading\s+bay|warehouse|basement|cellar|tent|cabin|unit|workshop|"
                            r"tunnel|container|room|snow\s+hole|igloo|hut|bothy|caravan|van|boat\s+cabin))\b")
# - several at work ill at once ("3 of the lads now have thumping headaches"): others ill alike
OTHERS_AT_WORK_TOO = rx.compile(r"(?i)\b(?:(?:\d+|two|three|four|five|several|a\s+few|all|some)\s+of\s+(?:the\s+|us\s+|my\s+)?(?:lads|us|"
                                r"them|staff|workers|guys|crew|team|colleagues|men|women|girls|boys)|all\s+(?:\d+|two|three|four|five)"
                                r"(?:\s+of\s+us)?)\b[^.;!?\n]{0,20}?\b(?:now\s+)?"
                                r"(?:have|has|had|got|feel|felt|are|were)\s+(?:\w+\s+){0,2}?(?:headaches?|sick|ill|dizzy|the\s+same|"
                                r"vomiting|nause\w+)")
# - a head walked into a bar or a beam ("walked into a scaffold tube at head height", set FB)
WALKED_INTO_AT_HEAD = rx.compile(r"(?i)\b(?:walked|ran|stood\s+up)\s+(?:straight\s+)?into\s+(?:a|an|the)\s+[\w\s-]{0,30}?"
                                 r"(?:at\s+head\s+height|with\s+(?:my|his|her)\s+head)\b")
ALSO_READ += ((CANT_TASTE, "loss_of_taste"), (SHARP_ON_BREATH, "pleuritic_chest_pain"), (FEVER_THEN_SHAKING, "rigors"),
              (HARD_FOR_HOURS, "prolonged_erection"), (ENGINE_INDOORS, "co_exposure_source"),
              (OTHERS_AT_WORK_TOO, "sick_contact"), (WALKED_INTO_AT_HEAD, "head_injury"))
# - a stop to drinking tried or begun days ago ("drinks a lot - a bottle of spirits a day ... He's tried to stop since
#   Saturday (2 days) ... hands are shaking badly, he's sweating" led with a hypoglycaemia, set FB)
TRIED_TO_STOP = rx.compile(r"(?i)\b(?:tried|trying|decided|been\s+trying)\s+to\s+(?:stop|quit|come\s+off\s+(?:it|the\s+drink)|"
                           r"give\s+(?:it\s+)?up|cut\s+(?:it\s+)?out)\b(?:\s+(?:drinking|the\s+drink|booze|alcohol))?\s+(?:since|for\s+"
                           r"(?:the\s+)?(?:last|past)\s+(?:\d+|two|three|few|couple)|(?:\d+|two|three|a\s+few|a\s+couple\s+of)\s+days\s+ago)")
DRINK_NOTE = rx.compile(r"(?i)\b(?:drinks?|drinking|drinker|alcohol|booze|spirits|vodka|whisky|wine|beers?|lager|cans|units)\b")
# - raised liver enzymes given as a number ("ALT 110", "ALT of 245"; over about twice the upper limit, BSG 2018)
#   (ALT, not AST: an alcoholic hepatitis's AST twice its ALT, "AST 210, ALT 74", is its own, set BK; and under 1,000: an
#   ALT in the thousands is an acute hepatitis's, "ALT 2860 U/L ... 抗HAV-IgM 阳性", set BK, not a chronic one's)
ALT_RAISED = rx.compile(r"(?i)\b(?:ALT|ALAT|GPT)\s*(?:of\s+|was\s+|is\s+|now\s+|=\s*|:\s*)?[1-9]\d{2}(?!\d|[,.]\d)\b(?!\s*(?:mg|ml|%))|"
                         r"\b(?:LFTs?|liver\s+(?:tests?|enzymes|function(?:\s+tests?)?|bloods))\s+(?:\w+\s+){0,2}?(?:raised|high|deranged|"
                         r"abnormal|up|elevated)\b|(?:转氨酶|谷丙转氨酶|ALT)(?:升高|偏高|高了|很高)")
# - lumps rough like a cauliflower on hands or feet ("rough, raised cauliflower-like lumps on the backs of my fingers",
#   set FB: common warts, NICE CKS "Warts and verrucae")
CAULIFLOWER_LUMPS = rx.compile(r"(?i)\bcauliflower[\s-]*(?:like|shaped|looking|type)?\s+(?:lumps?|growths?|bumps?|spots?)\b|"
                               r"\bcauliflower[\s-]*(?:like|shaped|looking|type)\b|"   # ("kind of cauliflower looking", set FJ)
                               r"\brough,?\s+(?:raised\s+|hard\s+)?(?:lumps?|bumps?|growths?)\b")
HANDS_OR_FEET = rx.compile(r"(?i)\b(?:fingers?|hands?|thumbs?|knuckles?|nails?|knees?|elbows?|feet|foot|toes?|soles?)\b")
# - a dark patch with blisters on an infected limb ("there's a purple dusky patch with blisters on the back of his
#   hand" of a necrotising fasciitis read a cyanosis, set FB; NICE NG141: dusky skin and bullae)
DUSKY_PATCH_BLISTERS = rx.compile(r"(?i)\b(?:purple|purplish|dusky|dark|black|blackish|grey|bluish|violet)\s+(?:\w+\s+)?"
                                  r"(?:patch|patches|area|skin|blotch|bruise)\b[^.;!?\n]{0,15}?\bblisters?\b")
ALSO_READ += ((TRIED_TO_STOP, "stopped_drinking_recently", DRINK_NOTE), (ALT_RAISED, "raised_liver_enzymes"),
              (CAULIFLOWER_LUMPS, "skin_wart", HANDS_OR_FEET))
BEFORE_LEXICON += ((ZH_PAINLESS_SORE, "painless_genital_ulcer"), (DUSKY_PATCH_BLISTERS, "dusky_skin_bullae"))
# - nothing gone into a scratched eye ("纸箱角划到了左眼 ... 没有东西进去，就是被划了一下" led with a foreign body, set FB; a
#   scratch with nothing in the eye is a corneal abrasion, NICE CKS "Corneal superficial injury")
NOTHING_WENT_IN = rx.compile(r"(?i)\bnothing\s+(?:went|got|flew|is|stuck)\s+(?:in|into)\b(?:\s+(?:it|the\s+eye|my\s+eye|there))?|"
                             r"\bno\s+(?:foreign\s+body|fb)\s+(?:felt|seen|in\s+(?:it|the\s+eye))\b|"
                             r"没有?(?:什么)?东西(?:进去|进到眼睛|飞进去|掉进去|在里面)")
SAID_NORMAL += ((NOTHING_WENT_IN, "visible_speck_on_eye"),)
# - "no pain, no discharge" in a note about an ear and nothing else: the ear's ("Right ear has gradually felt muffled and
#   blocked ... No pain, no discharge, no dizziness. I use cotton buds a lot" led with an otitis externa, set FB)
EAR_ONLY_NOTE = rx.compile(r"(?i)^(?=[\s\S]*\bears?\b)(?![\s\S]*\b(?:throat|head\w*|chest|tummy|belly|stomach|abdo\w*|back|"
                           r"tooth|teeth|jaw|eyes?|neck|legs?|arms?|knees?|wee|pee|penis|vagina\w*|wound|nose|nipples?)\b)")
BARE_PAIN_DENIED = rx.compile(r"(?i)(?<=\bno )pain\b")
BARE_DISCHARGE_DENIED = rx.compile(r"(?i)(?<=\bno )(?:discharge|gunk|pus)\b")
AFTER_LEXICON_IN_NOTE += ((BARE_PAIN_DENIED, "ear_pain", EAR_ONLY_NOTE), (BARE_DISCHARGE_DENIED, "ear_discharge", EAR_ONLY_NOTE))
# - one hand that suddenly cannot hold ("半个小时前突然右手拿不住奶瓶，右腿也没力气，说话含糊不清，嘴巴往一边歪" 10 days after a
#   birth read a tiredness and led with a pre-eclampsia, set ET; FAST's arm, NICE NG128), in a sentence that says it came
#   on suddenly (not a shoulder's arm that will not lift)
ZH_ONE_HAND_GAVE_WAY = rx.compile(r"(?:左|右)(?:边|侧)?(?:的)?(?:手|胳膊|上肢)(?:也|一下子|突然|有点)?(?:拿不住|握不住|没力气|没劲|无力|"
                                  r"使不上劲)")
ZH_CAME_SUDDENLY = rx.compile(r"突然|一下子|忽然|刚才|刚刚|(?:半|一|两|几|\d+)个?(?:多)?(?:小时|钟头|分钟)前")
BEFORE_LEXICON += ((ZH_ONE_HAND_GAVE_WAY, "one_sided_weakness", ZH_CAME_SUDDENLY),)
# - lips or tongue swelling up ("lips and eyes puffing up, voice gone hoarse, says throat feels tight" after a cookie by
#   a boy allergic to peanuts led with a croup, set FE)
LIPS_PUFFING_UP = rx.compile(r"(?i)\b(?:lips?|tongue)\b(?:\s+and\s+(?:his\s+|her\s+|my\s+)?(?:eyes?|face|tongue|lips?))?\s+(?:are\s+|is\s+|"
                             r"have\s+|has\s+|started\s+|starting\s+|all\s+)?(?:puffing|puffed|swelling|swelled|blowing|ballooning|"
                             r"ballooned)(?:\s+up)?\b")
ALSO_READ += ((LIPS_PUFFING_UP, "lip_tongue_swelling"),)
# - a vaccine not had ("Mum with 3yo who's not had her MMR. Fever up to 39 for 4 days, runny nose, red sore eyes, hacking
#   cough, and today a blotchy red rash" led with a roseola, set FE; NICE CKS "Measles": an unvaccinated child)
NOT_HAD_VACCINE = rx.compile(r"(?i)\b(?:not|never|hasn'?t|haven'?t|has\s+not|have\s+not|didn'?t|wasn'?t|isn'?t)\s+(?:\w+\s+){0,2}?"
                             r"(?:had|have|get|got|been\s+given|received)\s+(?:any\s+of\s+)?(?:her|his|their|the|any|my)?\s*(?:mmr|jabs|"
                             r"vaccines|vaccinations|immuni[sz]ations|baby\s+jabs|injections\s+as\s+a\s+baby)\b|"
                             r"\b(?:mmr|jabs|vaccines|vaccinations|immuni[sz]ations)\s+(?:not\s+(?:done|given|had)|never\s+(?:done|given))\b|"
                             # (and in Chinese: "在那边麻疹疫苗还没打" of a 14-month-old's measles led with a roseola, set FV;
                             # "疫苗好像只打了一针" of a mumps - one dose of two)
                             r"(?:疫苗|预防针|麻腮风|百白破)[^，。；,;]{0,3}?(?:还没打|没打|没有打|都没打|没接种|未接种|没种|只打了一针|只打过一针|"
                             r"只打了一次|没打全|没打齐)|(?:没|没有|未|从没|从来没)(?:打|接种|种)(?:过)?[^，。；,;]{0,4}?(?:疫苗|预防针)")
# - red eyes said with their soreness ("red sore eyes": a conjunctivitis's redness, read as a sore eye only)
RED_SORE_EYES = rx.compile(r"(?i)\bred,?\s+(?:sore|itchy|watery|gritty|puffy|sticky)\s+eyes?\b|\bsore,?\s+red\s+eyes?\b")
ALSO_READ += ((RED_SORE_EYES, "red_eye"),)
AFTER_LEXICON_IN_NOTE += ((NOT_HAD_VACCINE, "unvaccinated", ANY_NOTE, False),)   # (its own "not" is the finding)
# - a carer's account of a low mood (set FE, a widower's "stopped going to his bowls club, leaves most of his meals,
#   sits in the dark a lot, says 'what's the point'" led with an acute psychosis; NICE CG90 and NICE CKS "Depression":
#   interest lost, appetite lost, hopelessness, after a loss)
STOPPED_GOING_TO = rx.compile(r"(?i)\b(?:stopped|given\s+up|gave\s+up|no\s+longer|not|doesn'?t|won'?t)\s+(?:going|go|bother(?:ing)?\s+"
                              r"(?:going|with))\s+(?:to\s+)?(?:his|her|my|their|the)\s+(?:\w+\s+){0,2}?(?:club|class|classes|group|church|"
                              r"choir|allotment|gym|hobbies|friends|pub|darts|bowls|football|mosque|temple|walks)\b")
LEAVES_MEALS = rx.compile(r"(?i)\bleaves?\s+(?:most|half|all|the\s+rest)\s+of\s+(?:his|her|my|their)\s+(?:meals?|food|dinners?|"
                          r"plate|lunch)\b|\bhardly\s+(?:touch\w*|eat\w*)\s+(?:his|her|their|my)\s+(?:food|meals?|dinners?)\b")
SPOUSE_DIED = rx.compile(r"(?i)\b(?:his|her|my|their)\s+(?:wife|husband|partner|son|daughter|mum|mother|dad|father|brother|sister|"
                         r"child|baby)\s+(?:died|passed\s+away|passed|was\s+killed)\b|\b(?:since|after)\s+(?:the\s+)?death\s+of\s+"
                         r"(?:his|her|my|their)\b|(?:老伴|老婆|老公|丈夫|妻子|爱人|儿子|女儿|妈妈|爸爸)(?:去世|走了|过世|病逝)")
ALSO_READ += ((STOPPED_GOING_TO, "loss_of_interest"), (LEAVES_MEALS, "loss_of_appetite"), (SPOUSE_DIED, "recent_life_crisis"))
# - a tooth's trouble shown, not told, by someone who cannot say it (set FE: a non-verbal autistic man "refusing cold
#   juice and ice lollies which he normally loves, and he chews only on his left side, sometimes taps his right cheek"
#   led with a hypothermia; his "R lower face swollen and hot, he holds his jaw ... a broken back tooth" with a
#   peritonsillar abscess; NICE CKS "Dental abscess", and the RCPsych's "pain in people who cannot say so")
REFUSES_COLD = rx.compile(r"(?i)\b(?:refus\w+|avoid\w*|won'?t\s+(?:have|take|drink|eat|touch))\s+(?:\w+\s+){0,2}?(?:cold|icy|iced|"
                          r"chilled|frozen)\s+(?:drinks?|juice|water|food|things|stuff|milk)\b|(?:不肯|不愿意|不敢)(?:喝|吃)(?:冷|凉|冰)的")
CHEWS_ONE_SIDE = rx.compile(r"(?i)\bchew\w*\s+(?:\w+\s+)?(?:only\s+)?on\s+(?:his|her|my|the|their|one)\s+(?:left\s+|right\s+|other\s+)?"
                            r"side\b|(?:只用|只在)(?:左边|右边|一边)(?:嚼|吃)")
LOWER_FACE_SWOLLEN = rx.compile(r"(?i)\b(?:lower|bottom)\s+(?:part\s+of\s+(?:the|his|her|my)\s+)?(?:face|cheek)\s+(?:is\s+|has\s+gone\s+|"
                                r"looks\s+)?(?:swollen|swelling|puffy|puffed)\b")
TOOTH_BROKEN = rx.compile(r"(?i)\b(?:broken|cracked|rotten|decayed|crumbling|snapped)\s+(?:back\s+|front\s+|wisdom\s+|top\s+|bottom\s+)?"
                          r"(?:tooth|teeth|molars?)\b|(?:牙|牙齿)(?:断了|碎了|烂了|坏了|缺了一块)|烂牙|坏牙")
# (and in Chinese, a sweet or cold thing that hurts, and front teeth gone black: "门牙发黑发黄，有一颗缺了一块 ... 吃甜的凉的就
# 喊牙疼" of a 3-year-old's bottle caries led with teething, set FV)
ZH_SWEET_COLD_HURTS = rx.compile(r"(?:吃|喝|碰到?)(?:了)?(?:甜的|凉的|冷的|冰的|热的|糖|甜食|冷饮|冰水|凉水)(?:[、和或跟/]?(?:甜的|凉的|冷的|冰的|热的))?"
                                 r"[^，。；,;没无不]{0,4}?(?:牙疼|牙痛|牙酸|疼|痛|酸)")
ZH_TEETH_BLACK = rx.compile(r"(?:牙|牙齿|门牙|大牙|槽牙)[^，。；,;没无不]{0,6}?(?:发黑|黑了|黑黑的|黑色|有洞|有个洞|有黑洞|蛀|缺了一块|缺了一角|掉了一块)")
ALSO_READ += ((REFUSES_COLD, "sensitivity_hot_cold_sweet", TOOTH_NOTE), (CHEWS_ONE_SIDE, "pain_on_biting"),
              (TOOTH_BROKEN, "visible_tooth_hole"), (ZH_SWEET_COLD_HURTS, "sensitivity_hot_cold_sweet", TOOTH_NOTE),
              (ZH_TEETH_BLACK, "visible_tooth_hole"))
BEFORE_LEXICON += ((LOWER_FACE_SWOLLEN, "facial_swelling_jaw"),)
# - a fist that met teeth (a "fight bite": "caught my fist on a lads teeth. Small cut over my middle knuckle ... swollen,
#   red and throbbing" led with a laceration, set FA; NICE NG184: a closed-fist injury is a human bite, antibiotics and
#   often a hand surgeon)
FIST_ON_TEETH = rx.compile(r"(?i)\b(?:caught|cut|split|hit|smashed|scraped|grazed)\s+(?:my|his|her|their)\s+(?:fist|knuckles?|hand)\s+"
                           r"(?:\w+\s+){0,2}?(?:on|against|off)\s+(?:a\s+|the\s+|some\s+|this\s+|that\s+|his\s+|her\s+|their\s+)?"
                           r"(?:\w+'?s?\s+)?(?:teeth|tooth|mouth)\b|\bpunched\s+(?:\w+\s+){0,3}?in\s+the\s+(?:teeth|mouth)\b|"
                           r"\b(?:knuckle|fist)\s+(?:\w+\s+){0,3}?(?:on|from|by|against)\s+(?:his|her|their|someone'?s|a\s+\w+'?s)\s+teeth\b|"
                           r"打架[^。；！？]{0,12}?(?:拳头|指关节|手)[^。；！？]{0,8}?(?:磕|碰|撞|划)(?:到|在|破)?[^。；！？]{0,4}?牙")
ALSO_READ += ((FIST_ON_TEETH, "human_bite_injury"),)
# - a gallbladder's pain in English, begun after a fatty meal ("pain top right of my
#   tummy under the ribs goes through to my right shoulder blade started after a fish and chip supper ... had gall stones
#   on a scan before" led with an appendicitis, set EZ; NICE CKS "Gallstones": biliary pain after fatty food, radiating
#   to the right shoulder or back). The English twin of ZH_AFTER_GREASY_MEAL (its radiation is not read as the back's:
#   "went through to my right shoulder blade ... Gone now" of a biliary colic became an emergency through the rule of a
#   pancreatitis's pain to the back with vomiting, set BY)
AFTER_FATTY_MEAL = rx.compile(r"(?i)\b(?:start\w*|began|begins|comes?\s+on|came\s+on|worse|every\s+time|always)\s+(?:\w+\s+){0,4}?"
                              r"(?:after|since)\s+(?:a|an|my|the|eating|having)\s+(?:\w+\s+){0,2}?(?:fish\s+and\s+chips?|fish\s+(?:&|n)\s+chips?|"
                              r"chips|fry[- ]?up|takeaway|curry|kebab|burgers?|pizza|fatty|greasy|fried|rich|roast|cheesy|creamy)"
                              r"(?:\s+(?:supper|meal|dinner|lunch|food|breakfast|tea))?\b")
BELLY_PAIN_NOTE = rx.compile(r"(?i)\b(?:tummy|belly|stomach|abdo\w*|ribs|ruq|epigastri\w*|gall\s*(?:stones?|bladder))\b")
ALSO_READ += ((AFTER_FATTY_MEAL, "pain_after_fatty_meal", BELLY_PAIN_NOTE),)
# - a confusion denied in Chinese ("精神还好，没有呕吐，不犯糊涂" of a new type 2 diabetes read a confusion and was an
#   emergency, set FF)
ZH_NOT_CONFUSED = rx.compile(r"(?:不|没有?)(?:犯|发)糊涂|(?:人|脑子|意识|神志)(?:很|还|挺)?(?:清楚|清醒|清晰)(?!度)|不迷糊")
SAID_NORMAL += ((ZH_NOT_CONFUSED, "confusion"),)
# - cold water swum in ("今天早上在湖里冬泳，水大概4度 ... 一开始抖得厉害，现在反而不抖了，反应很慢，说话含糊不清" led with a
#   Parkinson's disease, set FG; NICE CKS and the RNLI: cold water immersion, shivering that stops is a late sign)
ZH_COLD_WATER = rx.compile(r"冬泳|冰水里|掉(?:进|到)(?:了)?(?:冰|冷|河|湖|海)水?里|水(?:温)?(?:大概|只有|才)?[0-9一二三四五六七八九十]{1,2}度|"
                           r"在(?:雪地|雪里|外面)(?:躺|冻|困)了")
ZH_SHIVERING_STOPPED = rx.compile(r"(?:一开始|开始|刚才)(?:抖|发抖|打颤|哆嗦)[^。；！？]{0,10}?(?:现在|后来)(?:反而)?(?:不抖|不发抖|不哆嗦)了?")
# - the heat of a day in English ("U16 preseason, about 32 degrees today. one of my lads went wobbly on the last shuttle
#   run then went down ... not making sense ... skin red hot to touch", set FG, led with a necrotising fasciitis)
DEGREES_TODAY = rx.compile(r"(?i)\b(?:about|around|over|nearly|almost|a\s+scorching|a\s+hot)?\s*(?:3[0-9]|4[0-5])\s*(?:degrees|°\s*c?|c)\s+"
                           r"(?:today|outside|out\s+there|in\s+the\s+sun|this\s+afternoon|at\s+the\s+(?:match|game|race|session|track|"
                           r"ground|pitch))\b")
# - a fever with "the shakes" ("Fever 39 for 3 days with shakes", set FG; rigors)
FEVER_WITH_SHAKES = rx.compile(r"(?i)\b(?:fever|temp(?:erature)?|3[89](?:\.\d)?)\b[^.;!?\n]{0,25}?\bwith\s+(?:the\s+)?shakes\b")
# - 2,4-dinitrophenol, sold online for weight loss, taken: a poisoning (its heat and sweat are the toxicity; UKHSA and
#   TOXBASE: "24M, bought DNP online for a cut ... doubled the dose yesterday. now sweating buckets, temp 39.4" led with an
#   alcohol withdrawal, set FG)
DNP_TAKEN = rx.compile(r"(?i)\bDNP\b|\b(?:2,?4[- ])?dinitrophenol\b|二硝基苯酚")
# - wheals that come and go in Chinese ("只要一跑步出汗 ... 身上就起很多小米粒一样的小红疙瘩，特别痒，大概半小时到一小时自己消掉", set
#   FG: a cholinergic urticaria, NICE CKS "Urticaria": wheals that fade within 24 hours)
ZH_WHEALS_GO = rx.compile(r"(?:红疙瘩|小疙瘩|疙瘩|红包|小包|风团|风疹块|疹子)[^。；！？]{0,20}?(?:特别|很|好|非常)?痒[^。；！？]{0,24}?"
                          r"(?:自己|自行)?(?:消掉|消了|消退|退了|退掉|就没了|就好了|就下去了)")
ALSO_READ += ((ZH_COLD_WATER, "cold_exposure"), (ZH_SHIVERING_STOPPED, "shivering_with_cold"), (DEGREES_TODAY, "heat_exposure"),
              (FEVER_WITH_SHAKES, "rigors"), (DNP_TAKEN, "overdose_ingestion"), (ZH_WHEALS_GO, "hives"),
              (ZH_WHEALS_GO, "wheals_fade_within_day"))
# - a mind wandering and a sleepiness in a relative's words ("she's not making much sense, keeps drifting off", 5 days
#   after a birth with a fever of 39.4 and a heart rate of 130: a sepsis's confusion and drowsiness, NICE NG51; set ET)
NOT_MUCH_SENSE = rx.compile(r"(?i)\bnot\s+(?:really\s+)?making\s+(?:much|any|a\s+lot\s+of|a\s+great\s+deal\s+of)\s+sense\b")
KEEPS_DRIFTING_OFF = rx.compile(r"(?i)\b(?:keeps?|kept|keeping)\s+(?:drifting|nodding|dropping|dozing)\s+off\b")
AFTER_LEXICON_IN_NOTE += ((NOT_MUCH_SENSE, "confusion", ANY_NOTE, False),)   # (its own "not" is the finding)
ALSO_READ += ((KEEPS_DRIFTING_OFF, "drowsiness"),)
# - eating little, said short ("barely eating", "hardly eating": set ET, a postnatal depression's appetite)
BARELY_EATING = rx.compile(r"(?i)\b(?:barely|hardly|scarcely)\s+(?:eating|eats|touching\s+(?:her|his|my)\s+food)\b")
ALSO_READ += ((BARELY_EATING, "loss_of_appetite"),)
# - a fear of the toilet that is the reason for drinking little, not a frequency ("她怕老上厕所就不怎么喝水，嘴唇干，尿很黄" of a
#   90-year-old's dehydration read a urinary frequency, set FI)
ZH_AFRAID_OF_TOILET = rx.compile(r"怕(?:老|总|总是|经常|频繁|一直|多)?(?:上|跑|去)厕所|怕(?:尿多|老尿|起夜)")
READ_AS_NOTHING += (ZH_AFRAID_OF_TOILET,)
# - a gum swollen read beside the knowledge base's own 牙龈肿痛 (a painful gum: "智齿长了一半出来，这两天周围牙龈肿痛" of a
#   pericoronitis led with a necrotising gingivitis, set FJ)
ALSO_READ += ((ZH_GUM_SWOLLEN, "gum_swelling"),)
# - a toilet needed all the time in a note of its urine ("burning when I wee, needing to go all the time but only a little
#   comes out", set FJ: a cystitis led with a pelvic inflammatory disease)
GO_ALL_THE_TIME = rx.compile(r"(?i)(?<!like\si\s)(?<!like\sshe\s)(?<!like\she\s)(?<!like\syou\s)"   # (a retention's
                             r"\b(?:need(?:ing|s)?|have|having|has|got)\s+to\s+go\s+(?:all\s+the\s+time|constantly|non[-\s]?stop|"
                             r"every\s+(?:\d+|few|couple\s+of|ten|five|fifteen|twenty)\s+min\w*|loads|so\s+often)\b")
# urge: "feels like I need to go all the time", set EC)
URINE_NOTE = rx.compile(r"(?i)\b(?:wee|wees|weeing|pee|pees|peeing|urine|urinat\w*|pissing|toilet|loo|bladder|cystitis|uti)\b")
ALSO_READ += ((GO_ALL_THE_TIME, "urinary_frequency", URINE_NOTE),)
# - the skin between the toes scaly, itchy, cracked or soggy ("itchy scaly cracked skin between 4th/5th toes both feet,
#   white & soggy" of an athlete's foot led with a type 2 diabetes, set FI; NICE CKS "Fungal skin infection - foot")
BETWEEN_TOES = rx.compile(r"(?i)\b(?:itch\w*|scal\w*|crack\w*|peel\w*|flak\w*|sogg\w*|white|split\w*|raw|red|rash|skin)\b[^.;!?\n]{0,40}?"
                          r"\bbetween\s+(?:(?:my|his|her|the|both)\s+)?(?:(?:\d(?:st|nd|rd|th)?|little|small|last)\s*"
                          r"(?:(?:/|and|&|-)\s*\d(?:st|nd|rd|th)?\s+)?)?toes\b|"
                          r"\bbetween\s+(?:(?:my|his|her|the|both)\s+)?(?:[\w/&]+\s+)?toes\b[^.;!?\n]{0,30}?"
                          r"\b(?:itch\w*|scal\w*|crack\w*|peel\w*|flak\w*|sogg\w*|white|split\w*|raw)\b|"
                          r"(?:脚趾缝|脚丫|趾缝|趾间)[^。；！？]{0,10}?(?:痒|脱皮|裂|发白|烂|起皮|湿)")
ALSO_READ += ((BETWEEN_TOES, "toe_web_rash"),)
# - a digoxin's toxicity: the drug named with its yellow or green vision or halos (BNF "Digoxin": toxicity - nausea,
#   vomiting, a slow pulse, visual disturbance with a yellow-green tint; the poisoning is treated in hospital, TOXBASE):
#   an 88-year-old's "长期口服地高辛 ... 恶心呕吐，诉看东西发黄 ... HR 46次/分" was urgent through an acute kidney injury (set FI)
DIGOXIN_VISION = rx.compile(r"(?is)(?:digoxin|lanoxin|地高辛)(?=.*?(?:\b(?:everything|things|seeing|sees|see|vision|looks?)\b"
                            r"[^.;!?\n]{0,25}?\b(?:yellow|green)(?:ish|y)?\b|\b(?:yellow|green)(?:ish)?\s+(?:vision|tinge|tint|haze)|"
                            r"\bhaloe?s?\b|看东西(?:都)?(?:发黄|发绿|黄黄的|是黄的|带黄)|视物(?:发黄|黄染|发绿)|黄视|绿视|光晕))")
ALSO_READ += ((DIGOXIN_VISION, "overdose_ingestion"),)
# - a hot water bottle, an electric blanket or a heat pad in Chinese beside a blister or a scald: a burn (a diabetic's
#   numb foot: "脚早就没什么感觉了。昨晚用热水袋焐脚睡觉，今早发现右脚背起了一个大水泡" led with a shingles, set FI; NICE CKS
#   "Burns and scalds", "Diabetes - foot care": contact burns in a foot that cannot feel)
ZH_HEAT_PACK = rx.compile(r"热水袋|暖水袋|暖宝宝|暖手宝|暖贴|电热毯|电热宝|汤婆子|热水瓶(?:焐|捂)|(?:焐|捂|烤)脚")
ZH_BLISTER_OR_SCALD = rx.compile(r"水泡|水疱|起泡|烫|发红|红了一片")
ALSO_READ += ((ZH_HEAT_PACK, "burn_injury", ZH_BLISTER_OR_SCALD),)
# - a calf tender when squeezed ("left calf is noticeably fatter than the right, warm and tender when you squeeze it" of a
#   DVT after a hip replacement, set FI)
CALF_SQUEEZED_TENDER = rx.compile(r"(?i)\b(?:tender|sore|hurts?|painful)\s+(?:when|if)\s+(?:you|i|we|she|he|they|the\s+nurse)\s+"
                                  r"(?:squeeze|squeezes|squeezed|press|presses|pressed|touch|touches|touched)\b")
CALF_WORDS = rx.compile(r"(?i)\bcalf\b|\bcalves\b|小腿")
ALSO_READ += ((CALF_SQUEEZED_TENDER, "calf_tenderness", CALF_WORDS),)
# - an operation last week, read beside the lexicon's joint replacement ("came home from her hip replacement last week"
#   of a DVT read no surgery, set FI)
SURGERY_LAST_WEEK = rx.compile(r"(?i)\b(?:surgery|operation|replacement)\s+(?:last\s+week|the\s+week\s+before|(?:on\s+|last\s+)?"
                               r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
ALSO_READ += ((SURGERY_LAST_WEEK, "recent_surgery"),)
# - a hand that keeps dropping things on one side ("his right hand keeps dropping his cup", set FI; FAST's arm)
HAND_DROPPING = rx.compile(r"(?i)\b(?:left|right|l|r)\s+(?:hand|arm)\s+(?:keeps|kept|is|has\s+been|started|keeps\s+on)\s+(?:dropping|"
                           r"letting\s+go\s+of|losing\s+grip\s+(?:on|of))\b")
ALSO_READ += ((HAND_DROPPING, "one_sided_weakness"),)
# - a slip onto the floor in Chinese, the groin's pain after it and a bed not left for the pain (an 85-year-old's
#   "前天在家滑了一下坐到地上 ... 这两天右边大腿根疼，越来越不肯下床，一动就喊疼" led with an osteoporosis, set FI; NICE CG124:
#   a hip fracture's pain is often felt in the groin, and an older person who cannot bear weight after a fall is X-rayed)
ZH_SLIPPED_DOWN = rx.compile(r"滑了一(?:下|跤)|滑倒了?|(?:坐|跌|摔)(?:到|在)(?:了)?地上|跌坐|一屁股坐(?:到|在)|摔了一(?:下|跤)|绊了一(?:下|跤)")
ZH_FALL_NOTE = rx.compile(r"摔|跌|滑了一|滑倒|绊|坐到地上|坐在地上")
ZH_THIGH_ROOT_PAIN = rx.compile(r"(?:大腿根|腹股沟|胯)(?:部|那里|这里|那儿|那块|子)?(?:很|特别|一直|有点|也)?(?:疼|痛)")
ZH_WONT_GET_UP = rx.compile(r"(?:不肯|不敢|不愿意|没法|没办法|下不了)(?:下床|下地|起床|走路|站)|一动就(?:喊|叫)?(?:疼|痛)")
ALSO_READ += ((ZH_SLIPPED_DOWN, "fall_or_injury"), (ZH_THIGH_ROOT_PAIN, "hip_pain", ZH_FALL_NOTE),
              (ZH_WONT_GET_UP, "inability_to_bear_weight", ZH_FALL_NOTE))
# - a night on the floor and a house without heating, in Chinese ("昨晚起夜摔倒起不来，在地上待了一夜，家里暖气坏了好几天了" of
#   an 89-year-old's hypothermia read neither, set FI; NICE CKS "Hypothermia": a long lie, an unheated home)
ZH_LONG_LIE = rx.compile(r"(?:在|躺在|倒在|趴在|坐在)(?:地上|地板上|地下)[^，。；]{0,4}?(?:躺|待|趴|坐|睡)了(?:一夜|一晚上?|一整夜|一宿|"
                         r"(?:好几|几|[一二两三四五六七八九十\d]{1,2})个?(?:小时|钟头))|(?:一夜|一晚上|一整夜|好几个小时)都?(?:躺|待|趴)在地上")
ZH_NO_HEATING = rx.compile(r"暖气(?:坏|停|不热|没开|不开|不行)|没(?:有)?(?:暖气|供暖)|停暖|不开暖气|没开暖气|空调坏了[^。；]{0,6}?冷")
ALSO_READ += ((ZH_LONG_LIE, "long_lie_on_floor"), (ZH_NO_HEATING, "cold_exposure"))
# - asleep all day in Chinese ("半夜起来说有人要害他，白天又一直睡，叫他反应很慢" of an 82-year-old's delirium led with a
#   Parkinson's disease, set FI)
ZH_SLEEPS_ALL_DAY = rx.compile(r"白天(?:又|就|也|倒)?(?:一直|老是|总是|整天|光)(?:睡|昏睡|犯困|打瞌睡)|整天(?:都)?(?:昏昏沉沉|昏睡|睡不醒)|"
                               r"叫(?:他|她)?(?:都)?(?:叫不醒|不太醒|半天才醒)")
# (and a baby who sleeps on and on: "出生才5个礼拜，今天下午开始不太肯吃奶，一直睡" - a young infant's lethargy, NICE
# NG143's amber sign, not a sleep; set FV)
ZH_BABY_SLEEPS_ON = rx.compile(r"(?:一直|老是|总是|整天|光)(?:在)?(?:睡|昏睡)(?!不|得不|眠|觉不|得很?好|得香|得挺)")
ZH_YOUNG_BABY_NOTE = rx.compile(r"吃奶|奶量|月龄|[\d一二两三四五六七八九十几]个?(?:礼拜|星期|周)(?:大|的宝宝|的孩子)|出生(?:才|刚)|新生儿|满月")
ALSO_READ += ((ZH_SLEEPS_ALL_DAY, "drowsiness"), (ZH_BABY_SLEEPS_ON, "drowsiness", ZH_YOUNG_BABY_NOTE),
              (VERY_SLEEPY, "drowsiness", A_YOUNG_CHILD_SAID))
# - lumps like a cauliflower around the anus or the genitals: anogenital warts (BASHH 2015; "small painless bumps around
#   my anus, skin coloured and kind of cauliflower looking ... i have sex with guys" led with a syphilis, set FJ)
ANOGENITAL_WORDS = rx.compile(r"(?i)\b(?:anus|anal|bum\s*hole|back\s+passage|bottom|perianal|genitals?|penis|shaft|foreskin|"
                              r"vulva|vagina|labia|private\s+parts?|down\s+there|groin|scrotum)\b|肛门|外阴|阴部|下面|私处|龟头|包皮|阴茎")
ALSO_READ += ((CAULIFLOWER_LUMPS, "genital_warts_lumps", ANOGENITAL_WORDS),)
# - blisters or sores on the genitals in Chinese, a place and its sores apart ("外阴那里起了好几个小水泡，破了变成小溃疡" of
#   a first genital herpes led with an mpox, set FJ)
ZH_GENITAL_SORES = rx.compile(r"(?:外阴|阴部|私处|阴唇|龟头|包皮|阴茎|会阴|下面)(?:(?![没无不未])[^。；！？，]){0,10}?"
                              r"(?:小水泡|水泡|水疱|疱疹|溃疡|破溃|小泡)")   # (not "下面没有溃疡", a denial; nor "不疼的小溃疡", a chancre)
ALSO_READ += ((ZH_GENITAL_SORES, "genital_blisters_ulcers"),)
# - spots on the face, chest or back in a note of acne's words (its treatments, its blackheads, "under the skin"): "16f my
#   skin is sooo bad rn, loads of spots on my forehead chin and back, some are big painful ones under the skin. tried the
#   benzoyl stuff" led with a chickenpox, set FJ)
SPOTS_ON_FACE = rx.compile(r"(?i)\b(?:spots|zits|breakouts?|pimples|bumps)\s+(?:\w+\s+){0,2}?(?:on|all\s+over|over|across)\s+"
                           r"(?:my|his|her|their|the)\s+(?:face|forehead|chin|cheeks|nose|jaw(?:line)?|back|chest|shoulders|t[- ]zone)\b")
ACNE_NOTE = rx.compile(r"(?i)benzoyl|adapalene|differin|epiduo|acne|blackheads?|whiteheads?|\boily\b|\bgreasy\b|under\s+the\s+skin|"
                       r"squeez|breakouts?|roaccutane|isotretinoin|lymecycline|skin\s+is\s+(?:so+\s+)?bad|痘|粉刺")
ALSO_READ += ((SPOTS_ON_FACE, "pimples", ACNE_NOTE),)
# - a shoulder that cannot be moved ("his shoulder looks flat/square ... cant move it at all. in agony" of a dislocation led
#   with a collarbone fracture, set FJ)
CANT_MOVE_IT = rx.compile(r"(?i)\b(?:can'?t|cant|cannot|can\s+not|unable\s+to|won'?t\s+let\s+(?:me|him|her)|not\s+able\s+to)\s+"
                          r"(?:even\s+)?move\s+(?:it|his\s+arm|her\s+arm|my\s+arm|the\s+arm|his\s+shoulder|her\s+shoulder|my\s+shoulder)\b")
ALSO_READ += ((CANT_MOVE_IT, "reduced_range_of_motion", SHOULDER_NOTE),)
# - small scaly spots like raindrops after a sore throat: a guttate psoriasis (NICE CKS "Psoriasis": drop-like scaly
#   papules, often two to four weeks after a streptococcal throat; "loads of small pink scaly spots like raindrops all
#   over her trunk" led with an atopic dermatitis, set FJ)
RAINDROP_SCALY = rx.compile(r"(?i)\bscaly\b[^.;!?\n]{0,30}?\b(?:like\s+(?:rain|tear)?\s*drops|raindrops?|teardrops?|drop[- ]like|"
                            r"droplets?)\b|\bguttate\b|\b(?:rain|tear)?drop[- ]?(?:like|shaped)\b[^.;!?\n]{0,20}?\bscaly\b|"
                            r"雨点(?:一样|状|似)[^。；]{0,10}?(?:皮屑|鳞屑|脱屑)|点滴状")
ALSO_READ += ((RAINDROP_SCALY, "scaly_plaques"),)
# - a weekly medicine taken every day (methotrexate's dosing error: NICE CKS "DMARDs", MHRA 2020 - "taking her
#   methotrexate 2.5mg tablets, 4 of them EVERY DAY for the last 9 days instead of once a week ... sore mouth with ulcers,
#   diarrhoea and new bruising" is its toxicity, an emergency; set EK)
WEEKLY_TAKEN_DAILY = rx.compile(r"(?i)\b(?:every\s+day|each\s+day|daily|every\s+morning|every\s+night)\b[^.;!?\n]{0,50}?\binstead\s+of\s+"
                                r"(?:just\s+)?(?:once\s+(?:a|per|every)\s+week|weekly|one\s+day\s+a\s+week)\b|"
                                r"(?:每天|天天)[^。；！？]{0,20}?(?:本来|应该是?)?(?:一周|每周|一个星期|每星期)(?:只)?(?:吃)?一次")
ALSO_READ += ((WEEKLY_TAKEN_DAILY, "overdose_ingestion"),)
# - an arm and a leg of one side not moved ("now drowsy and not moving L arm/leg properly", set FI: an anticoagulated
#   woman's intracerebral haemorrhage read no weakness)
NOT_MOVING_ONE_SIDE = rx.compile(r"(?i)\b(?:not|isn'?t|isnt|can'?t|cannot|unable\s+to|won'?t)\s+(?:moving|move|using|use|lift(?:ing)?)\s+"
                                 r"(?:(?:his|her|my|the|their)\s+)?(?:left|right|l|r)\s+(?:arm|leg|side|hand)(?:\s*(?:/|and|or|&)\s*"
                                 r"(?:arm|leg|hand))?\b")
AFTER_LEXICON_IN_NOTE += ((NOT_MOVING_ONE_SIDE, "one_sided_weakness", ANY_NOTE, False),)   # (its own "not" is the finding)
# - the glands of the groin swollen in everyday Chinese ("大腿根淋巴结也肿了" of a first genital herpes read only a swollen
#   gland, and an mpox led, set FJ)
ZH_GROIN_GLANDS = rx.compile(r"(?:大腿根|腹股沟|大腿根部)(?:的|那里|那儿|两边|两侧)?(?:淋巴结|淋巴|疙瘩|包)[^，。；]{0,3}?(?:肿|大|鼓)")
ALSO_READ += ((ZH_GROIN_GLANDS, "inguinal_lymphadenopathy"),)
# - days after a birth and a danger believed to threaten the baby, in Chinese ("我儿媳妇生完孩子第8天，这两天几乎
#   不睡觉 ... 说有人要害孩子，听到有人跟她说话" was urgent: neither the birth nor the belief was read, and a postpartum
#   psychosis is an emergency, NICE CG192 and RCPsych)
ZH_DAYS_AFTER_BIRTH = rx.compile(r"生完(?:孩子|宝宝|小孩|娃)?(?:才|刚)?(?:第)?[0-9一二两三四五六七八九十]{1,3}(?:天|周|个星期)|"
                                 r"(?:剖腹产|剖宫产|顺产|生孩子|生产|分娩)(?:完|后)(?:才|刚)?(?:第)?[0-9一二两三四五六七八九十]{1,3}(?:天|周)|"
                                 r"坐月子")
ZH_HARM_BELIEVED = rx.compile(r"(?:说|觉得|认为|怀疑|坚持说)?有人(?:要|想)?(?:害|毒|抢|偷)(?:孩子|宝宝|她|他|我|全家|我们)")
ALSO_READ += ((ZH_DAYS_AFTER_BIRTH, "recent_childbirth"), (ZH_HARM_BELIEVED, "delusions"))
# - a pain in sex and a discharge, in Chinese or half in English ("同房的时候里面痛，discharge 黄色的有味道 ... 下腹两边都 pain
#   ... fever 38.2" of a pelvic inflammatory disease with a coil led with an endometriosis, set FM)
ZH_PAIN_IN_SEX = rx.compile(r"(?:同房|性生活|做爱|过性生活|房事)(?:的)?(?:时候|时|后)?(?:里面|下面|深处)?(?:会|就|都|也|有点|很|特别)?(?:痛|疼)")
ZH_DISCHARGE_CHANGED = rx.compile(r"(?i)(?:白带|分泌物|discharge)\s*(?:变|是|有点|很|特别)?(?:黄|绿|灰|发黄|黄色|绿色|多|有味|臭|腥|异味|像豆腐渣)")
ALSO_READ += ((ZH_PAIN_IN_SEX, "painful_intercourse"), (ZH_DISCHARGE_CHANGED, "abnormal_vaginal_discharge"))
# - a child woken screaming with a belly's pain ("My 13yo woke up screaming with pain in the right side of her lower
#   tummy ... been sick 4 times" of an ovarian torsion was urgent, set FM)
SCREAMING_WITH_PAIN = rx.compile(r"(?i)\b(?:woke\s+(?:up\s+)?|is\s+|was\s+|been\s+)?(?:screaming|writhing|doubled\s+up|rolling\s+around)\s+"
                                 r"(?:with|in)\s+(?:the\s+)?(?:pain|agony)\b")
ALSO_READ += ((SCREAMING_WITH_PAIN, "severe_abdominal_pain", BELLY_PAIN_NOTE),)
# - a period that never came ("she took the morning after pill about 5 weeks ago and her period never came properly, just
#   bits of spotting" of a collapsed 22-year-old's ruptured ectopic pregnancy read no missed period, set FM)
PERIOD_NEVER_CAME = rx.compile(r"(?i)\bperiods?\s+(?:never|didn'?t|did\s+not|hasn'?t|has\s+not|haven'?t|have\s+not)\s+"
                               r"(?:really\s+|properly\s+)?(?:came|come|arrived|turned\s+up|started|shown\s+up)\b")
AFTER_LEXICON_IN_NOTE += ((PERIOD_NEVER_CAME, "missed_period", ANY_NOTE, False),)   # (its own "never" is the finding)
# - a chest wall's pain beside the breastbone in Chinese, worse on turning, after lifting ("左边乳房靠里、
#   挨着胸骨那块疼，按着更疼，深呼吸和转身的时候也疼，前几天搬家搬了很多箱子" led with an ectopic pregnancy, set FM)
ZH_BESIDE_STERNUM = rx.compile(r"(?:挨着|靠着|贴着)?胸骨(?:旁边|边上|两边|左边|右边|那里|那块|这里|这块)?(?:那块|这块)?(?:很|有点|一直)?(?:疼|痛)|"
                               r"挨着胸骨[^。；，]{0,4}?(?:疼|痛)")
ZH_CHEST_NOTE = rx.compile(r"胸|乳房|肋")
ZH_HURTS_TURNING = rx.compile(r"(?:转身|扭身|弯腰|抬胳膊|抬手)(?:的)?(?:时候)?(?:也|更|就)?(?:疼|痛)")
ALSO_READ += ((ZH_BESIDE_STERNUM, "chest_pain"), (ZH_HURTS_TURNING, "chest_pain_on_movement", ZH_CHEST_NOTE))
# (tried and not kept: "深吸气的时候也疼" as a pleuritic pain - a gym-goer's chest wall tender beside the sternum became an
# emergency through a pneumothorax, set AT)
# Readers from the leftovers of sets FJ, FL and FM:
# - a child's cold written after the age, with its days ("6yo cold for 2 days, 37.8 this morning. Running around and
#   eating fine" read no cold, and a sepsis led at 32%, set FL)
AGED_COLD_FOR_DAYS = rx.compile(r"(?i)\b\d{1,2}\s?(?:yo|y/o|yrs?|years?(?:\s+old)?|mo|months?\s+old)\s+(?:with\s+(?:a\s+)?)?"
                                r"(?:a\s+)?cold\s+(?:for|since|x)\s+(?:\d|a\b|one|two|three|four|five|few|couple|the\s+last|"
                                r"yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last)")
# - a vomit counted at a sentence's start in British English ("Sick twice last night but keeping fluids down now" of a
#   gastroenteritis read no vomiting, set FL)
SICK_COUNTED = rx.compile(r"(?i)(?:^|(?<=[.;!?]\s)|(?<=[.;!?]))\s*sick\s+(?:twice|once|x\s*\d|\d+\s*(?:x|times)\b|"
                          r"(?:two|three|four|five|several|a\s+few|a\s+couple\s+of)\s+times)")
# - the same bug in the family, or an infection a relative had days ago ("Kids had the same bug last week", "my nephew
#   had it last week and since this morning ive got itchy spots" read no contact, sets FL and FM)
_RELATIVES = (r"kids?|children|son|daughter|nephew|niece|grandson|granddaughter|grandkids?|brother|sister|husband|wife|"
              r"partner|boyfriend|girlfriend|mum|mom|dad|flatmate|housemate|roommate|friend|best\s+friend|cousin|"
              r"classmates?|little\s+one|baby|toddler|other\s+half")
HAD_THE_SAME_BUG = rx.compile(rf"(?i)\b(?:{_RELATIVES})\s+(?:had|has\s+had|have\s+had|'s\s+had|just\s+had|all\s+had)\s+"
                              r"(?:the\s+same\s+(?:bug|thing|virus|symptoms|illness|d&v|tummy\s+bug)|"
                              r"it\s+(?:last\s+week|last\s+weekend|the\s+other\s+day|a\s+few\s+days\s+ago|recently|"
                              r"\d+\s+days\s+ago|a\s+week\s+ago|(?:two|three|\d)\s+weeks\s+ago))")
# - an ulcer under a metatarsal's head, or the sole ("ulcer under R 1st met head 6 wks, now probes to bone" of a
#   diabetic's osteomyelitis read no foot ulcer, set FI)
ULCER_UNDER_MET_HEAD = rx.compile(r"(?i)\bulcer\w*\s+(?:under|over|on|beneath|at)\s+(?:the\s+)?(?:(?:left|right|l|r)\s+)?"
                                  r"(?:(?:\d(?:st|nd|rd|th)?|first|fifth|big\s+toe|great\s+toe)\s+)?"
                                  r"(?:met(?:atarsal)?s?\s+heads?|mth|mtp(?:j)?|sole|heel|plantar)\b|"
                                  r"\b(?:plantar|neuropathic|diabetic)\s+ulcer\b")
ALSO_READ += ((AGED_COLD_FOR_DAYS, "runny_nose"), (SICK_COUNTED, "vomiting"), (HAD_THE_SAME_BUG, "sick_contact"),
              (ULCER_UNDER_MET_HEAD, "foot_ulcer"))
# (tried and not kept: "itchy spots" read as an itchy rash - three chickenpox notes of sets AF, CR and DI lost their
# lead to a seborrhoeic dermatitis, a head lice and a tinea)
# - a wisdom tooth half through ("右下wisdom tooth只长出来一半", "wisdom tooth half through, gum round it swollen" read no
#   erupting tooth, set FJ)
WISDOM_TOOTH_HALF_THROUGH = rx.compile(
    r"(?i)(?:wisdom\s+tooth|wisdom\s+teeth|智齿|尽头牙)\s*(?:is\s+|are\s+|只|才|刚)?(?:only\s+)?(?:half|partly|partially|part)[- ]?"
    r"(?:way\s+)?(?:through|out|erupted|up|in)|(?:half|partly|partially)[- ]erupted\s+(?:\w+\s+){0,2}wisdom\b|"
    r"(?:wisdom\s+tooth|wisdom\s+teeth|智齿)\s*(?:只|才|刚)?(?:长|冒)(?:出来|出)?(?:了)?(?:一半|一点|半颗)")
ALSO_READ += ((WISDOM_TOOTH_HALF_THROUGH, "erupting_tooth"),)
# Readers from set FN (skin, on darker skin too):
# - a dark patch that grows, and its ragged edge and two colours (a 60-year-old's acral melanoma, "a dark patch on the
#   sole of my left foot thats got bigger over the last year, uneven colour brown and black with a ragged edge ... it
#   bled a bit in my sock", read nothing and was routine; NICE NG12 and NG14's weighted checklist: a change in size,
#   an irregular shape or colour, a bleeding; an acral melanoma is the commonest on darker skin, BAD)
DARK_PATCH_GROWING = rx.compile(r"(?i)\b(?:dark|black|brown|blackish|brownish|pigmented)\s+(?:\w+\s+){0,2}?"
                                r"(?:patch|spot|mark|area|lesion|blotch|streak|line|stripe|freckle)\b[^.;!?]{0,60}?"
                                r"\b(?:got|gotten|getting|grown|growing|grew|spread|spreading|bigger|larger|wider|changed|changing)\b")
PATCH_UNEVEN = rx.compile(r"(?i)\buneven\s+colou?rs?\b|\bragged\s+(?:edges?|borders?|outline)\b|\birregular\s+(?:edges?|borders?|"
                          r"outline|colou?rs?)\b|\b(?:brown\s+and\s+black|black\s+and\s+brown)\b|\bblurry\s+edges?\b")
DARK_LESION_NOTE = rx.compile(r"(?i)\bmoles?\b|\b(?:dark|black|brown|pigmented)\s+(?:\w+\s+){0,2}?(?:patch|spot|mark|streak|"
                              r"line|freckle|lesion)\b|痣|黑斑|黑点|黑色")
LESION_BLED = rx.compile(r"(?i)\b(?:it|mole|patch|spot)\s+(?:has\s+)?(?:bled|bleeds|started\s+bleeding|was\s+bleeding|oozed)\b")
ZH_DARK_PATCH_GROWING = rx.compile(r"(?:黑斑|黑点|黑色的斑|黑色的点|黑块|黑痣|痣)[^。；;]{0,12}?(?:越来越大|变大|长大|扩大|大了一圈)")
ZH_DARK_UNEVEN = rx.compile(r"(?:黑斑|黑点|黑块|黑色)[^。；;]{0,30}?(?:边缘不整齐|边缘不规则|边界不清|颜色有深有浅|颜色不均|深浅不一)")
ALSO_READ += ((DARK_PATCH_GROWING, "changing_mole"), (PATCH_UNEVEN, "irregular_mole", DARK_LESION_NOTE),
              (LESION_BLED, "bleeding_mole", DARK_LESION_NOTE), (ZH_DARK_PATCH_GROWING, "changing_mole"),
              (ZH_DARK_UNEVEN, "irregular_mole"))
# - a Stevens-Johnson syndrome in Chinese: skin that comes off at a touch, a mouth eroded throughout (and a rash of dark
#   red patches after a new allopurinol, ``ZH_RASH_ON_DRUG``) ("吃别嘌醇，这几天发烧，全身起暗红色的斑，有的起了大水泡，一碰皮就掉，嘴巴里全是溃烂出血" was
#   urgent, set FN; NICE CKS "Stevens-Johnson syndrome": an emergency)
ZH_SKIN_OFF_AT_TOUCH = rx.compile(r"一(?:碰|摸|擦|蹭)(?:皮|皮肤|表皮)?就(?:掉|脱|破|烂|起皮)|(?:皮|皮肤)(?:一碰|一摸|一擦)就(?:掉|脱|破)|"
                                  r"(?:皮|皮肤)(?:一片一片|一大片一大片|大片)(?:地)?(?:掉|脱|剥)")
ZH_MOUTH_ERODED_THROUGHOUT = rx.compile(r"(?:嘴巴|嘴|口腔)(?:里|里面)?(?:全是|都是|到处是|到处都是|满是|全都)(?:溃烂|糜烂|烂|破|泡|水泡)")
ALSO_READ += ((ZH_SKIN_OFF_AT_TOUCH, "skin_peeling"), (ZH_MOUTH_ERODED_THROUGHOUT, "mucosal_blistering"))
# - a scald's area named large, or its pale places, in Chinese ("烫到胸口、肚子和两条大腿，面积很大，起了很多大水泡，有的地方
#   发白" of a two-year-old was urgent, set FN; NICE CKS "Burns and scalds": a burn over 5% of a child's body, or a
#   full-thickness one, goes to hospital)
ZH_BURN_AREA_LARGE = rx.compile(r"面积(?:很|挺|比较|特别|非常|相当)大|大面积|一大片")
ZH_BURN_PALE_PLACES = rx.compile(r"(?:有的|有些|有一块|一块|几块|好几块)(?:地方)?(?:是|有点|都)?(?:发白|白白的|灰白|白色的)")
ZH_SCALD_NOTE = rx.compile(r"烫伤|烫到|烫了|烫着|开水|热水|热油|滚油|烧伤|烧到|火烧|泼到|洒到|打翻")   # (not 摸着烫手, a cellulitis's heat)
ALSO_READ += ((ZH_BURN_AREA_LARGE, "large_burn_area", ZH_SCALD_NOTE), (ZH_BURN_PALE_PLACES, "white_or_charred_skin", ZH_SCALD_NOTE))
# - a bite's red lumps in Chinese ("昨天在公园被蚊子咬了，今天腿上起了好几个大红包，中间有个小点，很痒" of a three-year-old's
#   local reaction was urgent through a scarlet fever, set FN)
ZH_BITE_LUMPS = rx.compile(r"(?:起|鼓|肿)(?:了|起)?(?:好几个|几个|一个|一些|很多|好多|个)?(?:大|小)?(?:红包|红疙瘩|包)")
ZH_BITTEN_NOTE = rx.compile(r"蚊子|蚊虫|虫子|小虫|跳蚤|(?:被|让)[^，。；]{0,6}?(?:咬|叮|蜇|蛰)")
ALSO_READ += ((ZH_BITE_LUMPS, "local_sting_swelling", ZH_BITTEN_NOTE),)
# - a new brand of gloves behind a hand's rash ("itchy red rash w tiny blisters on backs of both hands + wrists x3 wks,
#   started around when ward switched to a new brand of gloves" of a nurse led with shingles, set FN)
NEW_GLOVES = rx.compile(r"(?i)\b(?:new|different|cheaper|changed)\s+(?:brand\s+of\s+|type\s+of\s+|kind\s+of\s+|make\s+of\s+)?"
                        r"gloves?\b|\bgloves?\b[^.;!?]{0,20}?\b(?:changed|switched|swapped)\b|\b(?:changed|switched|swapped)\s+"
                        r"(?:\w+\s+){0,3}?gloves?\b")
HAND_RASH_NOTE = rx.compile(r"(?i)\b(?:rash|dermatitis|eczema|blisters|itchy|itch|cracked|weeping)\b")
ALSO_READ += ((NEW_GLOVES, "rash_at_contact_site", HAND_RASH_NOTE),)
# Readers from set FP (mental health, drink and drugs, and the illnesses hidden in them):
# - a night below zero, a skin ice cold, a mumble of nonsense, a slowness to answer ("lying on a bench by the canal this
#   morning, it was below zero last night. smells strongly of drink, hes mumbling nonsense, skin ice cold and pale, not
#   even shivering, really slow to respond" read a pallor only and was urgent: a hypothermia behind the drink, NICE CKS
#   "Hypothermia")
BELOW_ZERO = rx.compile(r"(?i)\b(?:below|under|sub[- ]?)\s*(?:zero|freezing)\b|\bsub-?zero\b|\b(?:a\s+)?hard\s+frost\b|"
                        r"\bfreezing\s+(?:cold\s+)?(?:night|outside|all\s+night)\b")
MUMBLING_NONSENSE = rx.compile(r"(?i)\b(?:mumbling|muttering|babbling|rambling|talking|speaking|saying)\s+(?:utter\s+|complete\s+|total\s+)?"
                               r"(?:nonsense|gibberish|rubbish)\b")
SKIN_ICE_COLD = rx.compile(r"(?i)\b(?:skin|body|he|she|hands|feet|face|chest|his\s+skin|her\s+skin)\s+(?:is\s+|was\s+|feels\s+|felt\s+)?"
                           r"(?:ice|icy|stone|freezing|deathly)[- ]cold\b|\b(?:ice|icy|stone)[- ]cold\s+to\s+(?:the\s+)?touch\b")
SLOW_TO_RESPOND = rx.compile(r"(?i)\b(?:really\s+|very\s+|so\s+)?slow\s+to\s+(?:respond|answer|react|wake|rouse)\b|"
                             r"\b(?:barely|hardly|only\s+just)\s+(?:responding|responsive|rousable|conscious)\b")
ALSO_READ += ((BELOW_ZERO, "cold_exposure"), (MUMBLING_NONSENSE, "confusion"), (SKIN_ICE_COLD, "cold_extremities"),
              (SLOW_TO_RESPOND, "drowsiness"))
# - voices that command, a belief of a devil inside a relative, a knife held ("says the voices are telling him his dad
#   has the devil inside him and he has to get it out. Tonight he's been pacing round the kitchen holding a knife. We've
#   locked ourselves in the bedroom" read no psychosis and was urgent: a risk to others is an emergency, NICE CG178 and
#   the Mental Health Act's crisis route)
VOICES_TELLING = rx.compile(r"(?i)\bvoices?\s+(?:are\s+|is\s+|keep\s+|keeps\s+)?(?:telling|ordering|commanding|instructing)\s+"
                            r"(?:him|her|me|them)\b")
POSSESSED_BELIEF = rx.compile(r"(?i)\b(?:has|have|got)\s+(?:the\s+|a\s+)?(?:devil|demon|evil\s+spirit|satan)s?\s+(?:inside|in)\b|"
                              r"\b(?:is|are|being|been)\s+possessed\b|\bthinks\s+(?:we|i|they|people|everyone|the\s+neighbours)\s+"
                              r"(?:are|is)\s+(?:trying\s+to\s+)?(?:poison|kill|spy|follow|watch)\w*")
KNIFE_HELD = rx.compile(r"(?i)\b(?:holding|waving|carrying|brandishing|grabbed|picked\s+up|has|had|got|with)\s+(?:a|the|his|her|"
                        r"kitchen)\s+(?:kitchen\s+)?(?:knife|knives|blade|machete|hammer|axe)\b|"
                        r"\blocked\s+(?:ourselves|myself|themselves)\s+in\b")
PSYCHOSIS_NOTE = rx.compile(r"(?i)\bvoices?\b|\bdevil|\bdemon|\bpossessed\b|\bparanoi|\bpsychos|\bdelusion|\bhallucinat|"
                            r"\bpoison\w*|声音|魔鬼|附身|有人要害")
ALSO_READ += ((VOICES_TELLING, "command_hallucinations"), (VOICES_TELLING, "hallucinations"), (POSSESSED_BELIEF, "delusions"),
              (KNIFE_HELD, "aggressive_behaviour", PSYCHOSIS_NOTE), (KNIFE_HELD, "thoughts_of_harming_others", PSYCHOSIS_NOTE))
# - a passive wish not to wake, a note written, the pills bought for tonight, in Chinese ("这两周常常想要是睡着了再也不醒过来
#   就好了" was routine; "我真的撑不下去了，遗书已经写好了，药也买好了，打算今晚…全吃掉" led with a mania: NICE NG225 asks after
#   and acts on both)
ZH_NOT_WAKE_WISH = rx.compile(r"(?:睡着了|睡过去|一觉睡过去|睡下)(?:就)?(?:再也|永远)?(?:不|别)(?:要)?醒(?:过来|来)?|"
                              r"(?:再也|永远)(?:不|别)(?:要)?醒(?:过来|来)?(?:就好了|算了)")
ZH_CANT_GO_ON = rx.compile(r"撑不下去了?|熬不下去了?|坚持不下去了?|看不到(?:希望|出路)|没有希望了?")
ZH_NOTE_WRITTEN = rx.compile(r"遗书(?:都|也)?(?:已经)?写好|写好了?遗书")
ZH_PILLS_FOR_TONIGHT = rx.compile(r"药(?:也|都)?(?:已经)?(?:买好|准备好|攒够|攒好)了?|打算[^，。；]{0,12}?(?:全|都)吃(?:掉|了|下去)")
ALSO_READ += ((ZH_NOT_WAKE_WISH, "suicidal_thoughts"), (ZH_CANT_GO_ON, "hopelessness"), (ZH_NOTE_WRITTEN, "suicidal_thoughts"),
              (ZH_NOTE_WRITTEN, "suicide_plan"), (ZH_PILLS_FOR_TONIGHT, "suicide_plan"), (ZH_PILLS_FOR_TONIGHT, "access_to_means"))
# - a charcoal burning in a room sealed with tape ("门窗缝都用胶带封上了，屋里烧着一盆炭" of a young man's carbon monoxide
#   poisoning read no source; NHS "Carbon monoxide poisoning"): a fire burning (烧着, 点了), not one planned ("打算今晚
#   ...烧炭", a suicide plan's)
ZH_CHARCOAL_BURNING = rx.compile(r"(?:烧|点|生)(?:着|起来?了?|了)(?:一盆|一个|一炉|盆|个)?(?:木炭|炭火|炭盆|炭|煤炉|煤炭|煤球)|"
                                 r"(?:门窗|窗户|门缝|窗缝)[^，。；]{0,6}?(?:胶带|封上|封住|封死|堵上|堵住)")
ALSO_READ += ((ZH_CHARCOAL_BURNING, "co_exposure_source"),)
# Readers from set FO (a known long-term condition's flare or a new problem beside it):
# - a drug switched to ("my neurologist switched me to lamotrigine about 3 weeks ago ... spreading dusky red rash ...
#   lips are crusty and raw, mouth full of ulcers" of a Stevens-Johnson syndrome read no new drug and was urgent)
SWITCHED_TO_DRUG = rx.compile(r"(?i)\b(?:switched|changed|moved|swapped|put)\s+(?:me|him|her|them)\s+(?:on|onto|to|over\s+to)\s+"
                              r"(?:a\s+new\s+|new\s+)?(?:" + ALLERGY_DRUG + r"|lamotrigine|carbamazepine|phenytoin|allopurinol|"
                              r"nevirapine|sulfasalazine|oxcarbazepine|tablets?|medication|medicine)\b")
# - lips crusted, raw or bleeding (a Stevens-Johnson syndrome's haemorrhagic crusting of the lips)
LIPS_CRUSTED_RAW = rx.compile(r"(?i)\blips?\s+(?:are\s+|is\s+|have\s+gone\s+|went\s+|got\s+)?(?:all\s+|really\s+|very\s+)?"
                              r"(?:crusty|crusted|raw|bleeding|blistered|peeling\s+and\s+raw)(?:\s+and\s+(?:raw|bleeding|crusty|sore))?\b")
ALSO_READ += ((SWITCHED_TO_DRUG, "rash_after_new_drug", RASH_NOT_DENIED), (LIPS_CRUSTED_RAW, "mucosal_blistering"),
              # (a drug started, read beside the antibiotic it names: "started amoxicillin 5 days ago for a chest
              # infection. Today woke up with a red blotchy itchy rash" at 70 gave the words to a recent antibiotic and
              # led with a shingles, set FW)
              (STARTED_DRUG, "rash_after_new_drug", RASH_NOT_DENIED))
# - a heart failure's night: woken sitting up fighting for breath, unable to lie down, a pink frothy sputum in Chinese
#   ("今晚半夜突然坐起来喘不上气，躺不下去，咳粉红色泡沫样的痰，满头大汗，嘴唇有点发紫" of an 80-year-old's pulmonary oedema led
#   with a pneumonia, set FO; NICE NG106)
ZH_SAT_UP_GASPING = rx.compile(r"(?:半夜|夜里|晚上|睡到一半)[^。；]{0,6}?(?:突然)?(?:坐起来|憋醒|惊醒)[^。；]{0,4}?(?:喘不上气|喘不过气|憋气|透不过气)")
ZH_CANT_LIE_DOWN = rx.compile(r"躺不下(?:去|来)?|不能平躺|没法平躺|一躺(?:下)?就(?:喘|憋)")
ZH_PINK_FROTH = rx.compile(r"粉红色?(?:的)?泡沫(?:样|状)?(?:的)?痰|泡沫(?:样|状)?(?:的)?粉红色?(?:的)?痰")
ALSO_READ += ((ZH_SAT_UP_GASPING, "paroxysmal_nocturnal_dyspnoea"), (ZH_CANT_LIE_DOWN, "orthopnoea"),
              (ZH_PINK_FROTH, "severe_breathlessness"))
# - a sickness bug the children had ("Both kids had a sickness bug this week and now I've got it" read no contact, set
#   FO; "now I've got it" the same)
KIDS_HAD_A_BUG = rx.compile(rf"(?i)\b(?:both\s+|all\s+|the\s+|my\s+|our\s+)?(?:{_RELATIVES}|family|whole\s+family|household|"
                            r"everyone(?:\s+at\s+\w+)?|colleagues?)\s+"
                            r"(?:had|have\s+had|has\s+had|'ve\s+had|have|has|got|caught|came\s+down\s+with)\s+(?:a|the|this)\s+"
                            r"(?:sickness|tummy|stomach|vomiting|winter\s+vomiting|diarrhoea|d&v|norovirus|noro|gastro)\s+bug\b|"
                            r"\bnow\s+(?:i'?ve|i\s+have|he'?s|she'?s|he\s+has|she\s+has)\s+(?:got|caught)\s+it\b")
ALSO_READ += ((KIDS_HAD_A_BUG, "sick_contact"),)
# - an asthma's reliever needed most days, a night's waking (poorly controlled asthma, BTS/SIGN 158: "For a month or so
#   I'm needing my blue one most days and waking with a cough 2-3 nights a week" read a cough only and led with an oral
#   thrush, set FO)
RELIEVER_MOST_DAYS = rx.compile(r"(?i)\b(?:needing|using|taking|on)\s+(?:my|his|her|the)\s+(?:blue|reliever|ventolin|salbutamol)\s*"
                                r"(?:one|inhaler|pump|puffer)?\s+(?:most|every|several\s+times\s+a|\d\s*-?\s*\d?\s*times\s+a)\s+(?:days?|nights?)\b|"
                                r"\b(?:salbutamol|ventolin|blue\s+(?:inhaler|pump|puffer)|reliever)\s+(?:every\s+(?:\d\s*-\s*)?\d\s*(?:hours?|hrs?|h)\b|"
                                r"(?:most|every)\s+days?\b)")
WAKING_WITH_COUGH = rx.compile(r"(?i)\b(?:waking|woken|wakes|waking\s+up|up)\s+(?:at\s+night\s+)?(?:with|coughing|by)\s+(?:a\s+)?"
                               r"(?:cough|coughing|wheez\w*|tight\s+chest)\b")
ASTHMA_NOTE = rx.compile(r"(?i)asthma|\binhaler|salbutamol|ventolin|symbicort|fostair|seretide|beclometasone|clenil|哮喘")
ALSO_READ += ((RELIEVER_MOST_DAYS, "wheeze", ASTHMA_NOTE), (WAKING_WITH_COUGH, "nocturnal_cough", ASTHMA_NOTE))
# - a drink denied in Chinese ("不喝酒", 滴酒不沾: a hepatitis B's flare after its entecavir was stopped led with an
#   alcoholic hepatitis, set FO)
ZH_NO_DRINK = rx.compile(r"(?<!以前)(?<!过去)(?:平时|从来|从)?(?:不喝酒|不沾酒|滴酒不沾|不饮酒|无饮酒史|否认饮酒)")
SAID_NORMAL += ((ZH_NO_DRINK, "heavy_drinking"),)
# - a little urine passed ("passing very little dark urine, dizzy on standing" of a 77-year-old's acute kidney injury
#   after a norovirus read a dark urine only, set DA)
PASSING_LITTLE_URINE = rx.compile(r"(?i)\bpassing\s+(?:very\s+|only\s+(?:a\s+)?|so\s+)?(?:little|small\s+amounts\s+of|not\s+much|"
                                  r"hardly\s+any)\s+(?:\w+\s+)?(?:urine|wee|pee)\b")
ALSO_READ += ((PASSING_LITTLE_URINE, "reduced_urine_output"),)
# - one eye's sight going dark for a minute ("This morning 2 episodes of vision in R eye going dark for ~1 min" of a
#   76-year-old's giant cell arteritis read no loss of sight and was urgent, set FR; an amaurosis fugax in GCA is an
#   emergency, NICE CKS "Giant cell arteritis")
VISION_GOING_DARK = rx.compile(r"(?i)\b(?:vision|sight)\s+(?:in|of)\s+(?:(?:my|his|her|the)\s+)?(?:r|l|right|left|one)\s+eye\s+"
                               r"(?:going|went|goes|gone|turning|turned|went\s+all)\s+(?:dark|black|grey|gray|blank|dim)\b|"
                               r"\b(?:r|l|right|left|one)\s+eye\s+(?:went|goes|going|gone)\s+(?:dark|black|blank|grey|gray)\s+"
                               r"(?:for|briefly)\b")
ALSO_READ += ((VISION_GOING_DARK, "transient_vision_loss_one_eye"),)
# - a gum swollen, its place named between ("gum at the back behind my last bottom tooth on the left is swollen and
#   sore, wisdom tooth is half through" read no swollen gum, set FR)
GUM_PLACED_SWOLLEN = rx.compile(r"(?i)\bgums?\b[^.;!?]{0,60}?\b(?:is|are|'s|has\s+gone|looks?)\s+(?:all\s+|really\s+|very\s+|a\s+bit\s+)?"
                                r"(?:swollen|puffy|inflamed|swelling\s+up)\b")
ALSO_READ += ((GUM_PLACED_SWOLLEN, "gum_swelling"),)
# - a new cream, make-up or washing powder behind a skin's change ("both my eyelids have gone red, dry, itchy and a bit
#   swollen since I started a new eye cream and mascara" of an allergic contact dermatitis led with a kidney disease on
#   its puffy face, set FR)
NEW_PRODUCT_ON_SKIN = rx.compile(r"(?i)\b(?:since|after)\s+(?:i\s+|she\s+|he\s+|we\s+)?(?:started|starting|using|used|switched\s+to|"
                                 r"changed\s+to|tried|trying|bought|put\s+on)\s+(?:a\s+|the\s+|some\s+)?new\s+(?:\w+\s+){0,2}?"
                                 r"(?:cream|mascara|make-?up|moisturi[sz]er|shampoo|conditioner|soap|shower\s+gel|body\s+wash|"
                                 r"washing\s+powder|detergent|fabric\s+softener|hair\s+dye|dye|nail\s+varnish|perfume|"
                                 r"aftershave|lotion|sun\s*screen|sun\s+cream|foundation|eyeliner|serum|face\s+wash|"
                                 r"earrings?|watch\s+strap|necklace|deodorant|wipes)\b")
SKIN_CHANGE_NOTE = rx.compile(r"(?i)\b(?:red|rash|itch\w*|dry|flaky|swollen|puffy|sore|burning|blister\w*|weepy|weeping|"
                              r"bumps|spots)\b|红|痒|疹")
ALSO_READ += ((NEW_PRODUCT_ON_SKIN, "rash_at_contact_site", SKIN_CHANGE_NOTE),)
# - a baby's rough, dry cheeks and a rubbing on the pillow in Chinese ("两边脸蛋红红的，很粗糙，有小疹子，老往枕头上蹭，身上也
#   有几块干干的" of a six-month-old's atopic eczema led with a teething, set FN; NICE CKS "Eczema - atopic": an itchy dry
#   skin, the cheeks first in infants)
ZH_ROUGH_DRY_SKIN = rx.compile(r"(?:脸|脸蛋|脸颊|皮肤|身上|手上|腿上)[^，。；]{0,6}?(?:粗糙|很干|干燥|起皮|干干的|糙糙的)|"
                               r"(?:几块|一块块|一片片)(?:皮肤)?(?:干干的|干燥|粗糙|起皮)")
ZH_RUBS_FACE = rx.compile(r"(?:老|总|一直|经常|老是|总是)?(?:往|在|用脸)(?:枕头|床单|被子|床上|衣服|大人身上)(?:上)?(?:蹭|擦|磨)")
ALSO_READ += ((ZH_ROUGH_DRY_SKIN, "dry_skin"), (ZH_RUBS_FACE, "generalised_itching"))
# Readers from set FT (the heart and the circulation):
# - a faint's warning in English as a colour and a sweat ("fainted at the doctors when she had a blood test. went pale
#   and sweaty first, out for a few seconds, back to normal within minutes" of a 15-year-old's vasovagal faint was
#   urgent, the warning unread: NICE CG109 1.1.3) and a long standing in Chinese ("天热排了很久的队，突然说眼前发黑就软下
#   去了，几秒钟就醒了" likewise)
WENT_PALE_FIRST = rx.compile(r"(?i)\b(?:went|goes|going|turned|was)\s+(?:really\s+|very\s+|all\s+)?(?:pale|white|grey|gray)\s+"
                             r"(?:and\s+(?:sweaty|clammy|hot|dizzy|wobbly)\s+)?(?:first|before(?:\s+(?:she|he|i)\s+(?:went|fainted))?|"
                             r"beforehand)\b")
ZH_STOOD_LONG = rx.compile(r"排了?(?:很久|好久|半天|很长时间|一个多小时|两个小时)的?队|站了?(?:很久|好久|半天|很长时间|一上午|一下午)|久站")
ALSO_READ += ((WENT_PALE_FIRST, "presyncope_warning", FAINT_NOTE), (ZH_STOOD_LONG, "fainting_trigger", FAINT_NOTE))
# - a dizziness on standing beside a loss of fluid, and a dark pee ("up all night with d&v, now lightheaded when i stand
#   up quick and heart races a bit ... peeing but its dark" was urgent through a pyelonephritis, "跑完半程马拉松，天很热水
#   喝得少，站起来就头晕眼前发黑" led with a concussion, set FT; NICE CKS "Diarrhoea" and "Heat-related illness": a
#   postural dizziness is a dehydration's sign)
DIZZY_ON_STANDING = rx.compile(r"(?i)\b(?:dizzy|lightheaded|light-headed|woozy|faint|head\s+spins?)\s+(?:\w+\s+){0,2}?(?:when|if|as\s+soon\s+as)\s+"
                               r"(?:i|he|she|they)\s+(?:stand|stood|get|got|sit)\s+up\b|"
                               r"站起来(?:就|时|的时候|一下)?(?:头晕|发晕|眼前发黑|眼前一黑|头昏)")
FLUID_LOSS_NOTE = rx.compile(r"(?i)\bvomit|\bdiarrh|\bd\s*&\s*v\b|\bsick\b|\bsweat|\bheat\b|\bhot\b|marathon|\bdrank\s+(?:little|hardly)|"
                             r"not\s+drinking|吐|拉肚子|腹泻|拉稀|出汗|天热|很热|喝得少|没喝水|喝水少|马拉松")
PEE_DARK = rx.compile(r"(?i)\b(?:pee|peeing|wee|weeing|urine|wees)\b\s+(?:is\s+|but\s+|but\s+its\s+|but\s+it'?s\s+|looks\s+|its\s+|it'?s\s+)?"
                      r"(?:really\s+|very\s+|quite\s+)?dark\b")
ALSO_READ += ((DIZZY_ON_STANDING, "dehydration_signs", FLUID_LOSS_NOTE), (PEE_DARK, "dark_urine"))
# - a chest wall tender to press after a sport, in Chinese (after it, not during: "打篮球时突然左边胸口刺痛，喘不上气" is a
#   pneumothorax's sudden pain, set Z) ("打完羽毛球 chest wall 左边 pain, 一按就痛, 深呼吸也痛 ... 不喘"
#   was an emergency through a pneumothorax at 13%, set FT; NICE CKS "Chest pain": a pain reproduced by pressing points
#   to the chest wall)
ZH_PRESS_HURTS = rx.compile(r"(?i)(?:胸|肋|chest)(?:(?!肚|腹|胃|腰|背|腿|手|头|脚)[^。；!?！？]){0,20}?(?:一按就|按(?:着|一下|上去)(?:就|更|也)?|压一下(?:就|更)?)(?:痛|疼)")
#   (a chest named before the press: not "胸口正中压着痛", a pressing pain, nor "胸口闷，肚子按着疼", a belly's)
ZH_CHEST_OR_WALL = rx.compile(r"(?i)胸|肋|chest")
ZH_AFTER_RACQUET_OR_GYM = rx.compile(r"(?:打完|打了)(?:一场|一下午|一晚上)?(?:羽毛球|网球|排球|乒乓球|壁球)|健身(?:完|后)|"
                                     r"举铁|卧推|练胸|搬(?:完|了)?(?:家|东西|箱子)")
ALSO_READ += ((ZH_PRESS_HURTS, "chest_wall_tenderness", ZH_CHEST_OR_WALL), (ZH_AFTER_RACQUET_OR_GYM, "heavy_lifting", ZH_CHEST_OR_WALL))
# - a collapse in Chinese as a going soft ("突然说眼前发黑就软下去了，几秒钟就醒了" of a vasovagal faint in a queue read no
#   faint, set FT)
ALSO_READ += ((ZH_FAINTED, "fainting"),)
# Readers from set FS (cancer worries and their look-alikes):
# - no stool for days in shorthand ("no BO for 4 days, bloated" on co-codamol, and "3 days no BO and not passing flatus"
#   of a bowel obstruction, read nothing, set FS): its own "no" is the finding
NO_BO_FOR_DAYS = rx.compile(r"(?i)\bno\s+(?:bo|bm|bms|bowel\s+(?:movements?|motions?|actions?)|bowels\s+opened|poo|stool)\s+"
                            r"(?:for|x|in|since)\s*(?:\d|a\s+few|several|two|three|four|five|a\s+week)|"
                            r"\b(?:\d+|two|three|four|five|six)\s+days?\s+(?:of\s+)?no\s+(?:bo|bm|bms|poo|stool|bowel\s+movement)\b")
NOT_PASSING_FLATUS = rx.compile(r"(?i)\b(?:not|isn'?t|hasn'?t|no)\s+(?:passing|passed|pass)\s+(?:any\s+)?(?:flatus|wind|gas)\b")
AFTER_LEXICON_IN_NOTE += ((NO_BO_FOR_DAYS, "constipation", ANY_NOTE, False),
                          (NOT_PASSING_FLATUS, "absolute_constipation", ANY_NOTE, False))   # (their own "no" is the finding)
# - sputum with blood spat, and a nose that bled, in Chinese ("早上起来吐了一口带血的痰 ... 昨晚鼻子流过血 ... 鼻子里有血痂"
#   read a vomiting, set FS: 吐痰 is a spit)
ZH_BLOOD_IN_SPUTUM = rx.compile(r"(?:带血|有血|血丝)的?痰|痰(?:里|中)?(?:带|有)(?:血|血丝)|血痰")
ZH_NOSE_BLED = rx.compile(r"鼻子(?:里)?(?:流过|流了|出过|出了)(?:点|一点|些)?血|流鼻血")
ALSO_READ += ((ZH_BLOOD_IN_SPUTUM, "haemoptysis"), (ZH_NOSE_BLED, "nosebleed"))
# - an itchy lump with a dot in its middle after a night outdoors ("a red lump on my arm this morning after camping,
#   about 2cm, itchy with a tiny dot in the middle" led with a skin abscess and was urgent, set FS)
BITE_DOT = rx.compile(r"(?i)\b(?:tiny|small|little)\s+(?:dot|puncture|hole|mark|bite\s+mark|red\s+dot)\s+in\s+the\s+(?:middle|centre|center)\b|"
                      r"中间有(?:个|一个)?(?:小)?(?:点|红点|孔)")
ALSO_READ += ((BITE_DOT, "local_sting_swelling", ITCH_ANY),)

# - an office, a class or a ward off with the same ("half my office is off with the same thing" of an influenza read no
#   contact, and an HIV led, set FS)
PLACE_OFF_WITH_IT = rx.compile(r"(?i)\b(?:half|most|all|loads|lots|a\s+lot|several|a\s+few|many)\s+(?:of\s+)?(?:my|the|our|his|her)\s+"
                               r"(?:office|class|team|school|work|ward|department|year|dorm|house|flat|unit|nursery)\s+"
                               r"(?:is|are|has\s+been|have\s+been|were|was)\s+(?:off|ill|sick|poorly|down)\b|"
                               r"(?:办公室|班上|宿舍|公司|单位)(?:里)?(?:一半|好多|好几个|很多)(?:人|同事|同学)?(?:都)?(?:病了|请假|发烧|中招)")
ALSO_READ += ((PLACE_OFF_WITH_IT, "sick_contact"),)
# - a Kawasaki child's lips, tongue, hands and feet in Chinese ("嘴唇又红又干裂，舌头像草莓，手脚肿肿的发红" on a sixth day
#   of fever read a dehydration and a hand, foot and mouth disease's rash, which led, set FT; AHA 2017)
ZH_RED_CRACKED_LIPS = rx.compile(r"嘴唇(?:又|很|特别|都)?(?:红|发红|鲜红|通红)(?:又|而且|还|、|，)?(?:干裂|开裂|裂了|裂口|干得裂开|脱皮)|"
                                 r"嘴唇(?:干裂|开裂)(?:出血|发红)")
ZH_STRAWBERRY_TONGUE = rx.compile(r"舌头(?:像|跟|好像|很像|长得像)(?:个)?(?:草莓|杨梅)|草莓舌|杨梅舌")
ZH_HANDS_FEET_RED_SWOLLEN = rx.compile(r"手(?:和|跟)?脚(?:都)?(?:肿肿的|肿了|发肿|红肿|又红又肿|肿得)(?:的)?(?:发红|红红的|通红)?|"
                                       r"手心脚心(?:都)?(?:红|发红|通红)")
BEFORE_LEXICON += ((ZH_RED_CRACKED_LIPS, "red_cracked_lips"), (ZH_STRAWBERRY_TONGUE, "strawberry_tongue"),
                   (ZH_HANDS_FEET_RED_SWOLLEN, "swollen_red_hands_feet"))
# - a chest's stab on breathing in, in Chinese ("吸气的时候右边胸口刺痛" of a pulmonary embolism three weeks after a birth
#   read a chest pain only and led with an SVT, set FT), and a calf that hurts beside its swelling (左小腿有点肿有点疼)
ZH_PAIN_ON_BREATHING_IN = rx.compile(r"(?:吸气|深呼吸|呼吸|喘气)(?:的时候|时)?[^，。；]{0,6}?(?:胸口|胸|肋骨|肋)?[^，。；]{0,2}?(?:刺痛|扎着疼|疼|痛)")
ZH_CALF_HURTS = rx.compile(r"(?:左|右)(?:边)?(?:小腿|腿肚子)(?:(?!红|热|烫)[^，。；]){0,6}?(?:疼|痛)")   # (not "红肿热痛", a cellulitis's)
ALSO_READ += ((ZH_PAIN_ON_BREATHING_IN, "pleuritic_chest_pain", ZH_CHEST_OR_WALL), (ZH_CALF_HURTS, "calf_pain"))
# A muddled head that forgets, told of months ("全身到处疼一年多了 ... 睡醒了还是累，脑子也糊涂记不住事" of a fibromyalgia read a
# confusion, an emergency, set GA): a memory's complaint, not a delirium's (NICE CKS "Fibromyalgia": the "fibro fog"), and
# a brain fog (脑雾) said so
ZH_FOGGY_FORGETFUL = rx.compile(r"脑子(?:也|还|总是|老是|有点|经常)?(?:糊涂|迷糊|糊里糊涂|不清楚|不灵光|转不动)[，,、]?(?:也|还|总是|老是|经常)?"
                                r"(?:记不住|记不得|忘事|丢三落四|记性(?:也)?(?:差|不好))|脑雾")
BEFORE_LEXICON += ((ZH_FOGGY_FORGETFUL, "memory_problems"),)
# A limb a child will not let be moved, in Chinese ("发烧两天了39度多，今天左腿完全不让动，一换尿布动到大腿就哭" of a
# 3-year-old's septic hip led with a nappy rash, set GA)
ZH_LIMB_NOT_MOVED = rx.compile(r"(?:腿|胳膊|手臂|胳臂|髋|大腿|膝盖|肩膀)(?:完全|一点都|一点也|碰都|根本|都)?(?:不让|不肯|不愿意?)(?:人)?"
                               r"(?:动|碰|摸)|(?:腿|胳膊|手臂|大腿|髋)(?:一动就|动一下就|一碰就|碰一下就)(?:哭|叫|疼得哭)")
# (an injured adult's "胳膊一点都不敢动" is a range of movement lost to pain, and a shoulder "脱出来了" held in the other hand a
# dislocation's: "打球的时候胳膊被人往后一扳，右肩膀一下子脱出来了 ... 只能用左手托着" led with a septic arthritis once its arm
# was read as a joint that cannot be moved, set GA)
ZH_LIMB_DARE_NOT_MOVE = rx.compile(r"(?:胳膊|手臂|胳臂|肩膀|肩|腿|膝盖)(?:完全|一点都|一点也|根本|都)?(?:不敢|没法|没办法)(?:动|抬)")
ZH_SHOULDER_OUT = rx.compile(r"肩(?:膀|关节)?(?:一下子|又|突然)?(?:脱出来|脱出去|脱臼|脱位|掉出来|错位)")
ZH_ARM_HELD = rx.compile(r"(?:只能|只好|一直)?用(?:左|右|另一只|另外一只)?手(?:托着|扶着|抱着|护着|捧着)(?:胳膊|手臂|右臂|左臂|肘)?")
# A pregnant belly's tightening, in Chinese, and its denial ("怀孕26周 ... 没有出血，肚子不发紧" of a low back pain was an
# emergency through a preterm labour, whose contractions the note denies; RCOG: tightenings are contractions)
ZH_BELLY_TIGHTENING = rx.compile(r"(?:(?<=肚子)|(?<=肚皮)|(?<=肚子不)|(?<=肚皮不)|(?<=肚子没)|(?<=肚子也不)|(?<=肚子没有)|"
                                 r"(?<=肚子一阵阵)|(?<=肚子一阵一阵))发(?:紧|硬)")
ALSO_READ += ((ZH_LIMB_NOT_MOVED, "unable_to_move_joint"), (ZH_BELLY_TIGHTENING, "contractions", ZH_PREGNANT_NOW_NOTE),
              (ZH_LIMB_DARE_NOT_MOVE, "reduced_range_of_motion"), (ZH_SHOULDER_OUT, "shoulder_pain"),
              (ZH_SHOULDER_OUT, "visible_deformity"), (ZH_ARM_HELD, "holding_arm_against_body", ZH_SHOULDER_OUT))
# An arm's, a shoulder's, a jaw's or a neck's ache that walking brings on and a rest settles is an angina's (NICE CG95 1.3.3:
# a discomfort in the chest, neck, shoulders, jaw or arms, brought on by exertion and relieved by rest within about five
# minutes): "my left shoulder and arm ache when i walk up the hill to the shops, goes off after a couple of mins rest ...
# smoker, on bp tablets" led with a shoulder dislocation (set GA)
_ANGINA_SITES = r"(?:arms?|shoulders?|jaw|neck|throat)"
_ON_EFFORT = (r"(?:walk\w*|climb\w*|go(?:ing)?|hurry\w*|rush\w*|cycl\w*|jog\w*)\s+(?:up\s+(?:a\s+|the\s+)?(?:hill|stairs|slope|incline)|"
              r"upstairs|uphill|(?:to|round)\s+the\s+(?:shops?|station|bus\s+stop|park))|\bexert\w*|\bexercis\w*")
_RESTED = (r"(?:goes\s+(?:away|off)|go(?:es)?\s+off|settles?|eases?|stops?|passes|wears\s+off|(?:gets?\s+)?better)\s+"
           r"(?:after|when|once|if|with)\s+(?:(?:i|he|she)\s+(?:stop|rest|sit|slow)|(?:a\s+)?(?:few|couple\s+of|\d+)\s+"
           r"(?:mins?|minutes?)(?:'|\s+of)?\s+rest|(?:a\s+)?rest)")
EFFORT_ARM_ACHE = rx.compile(rf"(?i)\b{_ANGINA_SITES}\b[^.;!?]{{0,30}}?\b(?:ache\w*|aching|pain\w*|hurts?|tight\w*|heav\w+)\b"
                             rf"[^.;!?]{{0,20}}?\b(?:when|whenever|if|on)\s+(?:i|he|she)?\s*(?:{_ON_EFFORT})[^.;!?]{{0,60}}?\b{_RESTED}")
ALSO_READ += ((EFFORT_ARM_ACHE, "exertional_chest_pain"), (EFFORT_ARM_ACHE, "radiating_arm_jaw_pain"))
# Black stools with the colour said first, in Chinese ("今天拉了两次黑色柏油样的大便，刚才站起来头晕眼前发黑" on ibuprofen and
# aspirin read no melaena, and a syncope led an upper GI bleed, set GA)
ZH_BLACK_THEN_STOOL = rx.compile(r"(?:拉|解|排)(?:了|出)?(?:[一两二三四五几好]+次)?(?:黑色|黑的|黑乎乎的?|黑黑的|柏油)[^，。；,;没无不]{0,5}?"
                                 r"(?:大便|便|屎|粑粑)|柏油(?:样|状|一样|似)的?(?:大便|便|屎)")
ALSO_READ += ((ZH_BLACK_THEN_STOOL, "melaena"),)
# A weakness and numbness that climb from the feet, in Chinese ("两条腿发软发麻，从脚往上走，今天上楼梯都很费劲，手指头也开始麻了"
# two weeks after a diarrhoea read a numbness and a straining at stool, and a cauda equina led a Guillain-Barre
# syndrome, set GA; NICE CKS "Guillain-Barre syndrome": a weakness rising from the legs, with tingling, after an
# infection): the rise, the legs' weakness when both are said soft with it, and stairs hard as the legs' (not a stool's)
ZH_CLIMBING_UP = rx.compile(r"(?:从脚|从脚底|从脚趾|从脚上|从下面|从腿)(?:开始)?(?:慢慢)?(?:往上|向上)(?:走|蔓延|发展|爬|升|延伸|扩散)")
ZH_BOTH_LEGS_SOFT = rx.compile(r"(?:双腿|两条腿|两腿|双下肢)(?:都)?(?:越来越|慢慢)?(?:发软|软绵绵|软了|没力)(?=[^，。；]{0,4}?(?:麻|往上|越来越))")
ZH_STAIRS_HARD = rx.compile(r"(?:上楼梯?|爬楼梯?|上台阶)(?:都|也)?(?:很|特别|有点|越来越)?(?:费劲|费力|吃力|困难)")
ZH_LEG_WORDS = rx.compile(r"腿|脚|下肢")
ALSO_READ += ((ZH_CLIMBING_UP, "ascending_weakness", ZH_LEG_WORDS), (ZH_BOTH_LEGS_SOFT, "leg_weakness"))
READ_AS_NOTHING += (ZH_STAIRS_HARD,)
# From set FZ (men's and sexual health, 2026-12-07h), each read nothing or the wrong thing:
# - urine growing less ("peeing less and less for 4 days, just a small amount of dark urine today" of a 74-year-old on
#   ibuprofen, ramipril and furosemide after a diarrhoea: an acute kidney injury was routine behind a dehydration)
URINE_LESS = rx.compile(r"(?i)\b(?:pee\w*|wee\w*|urinat\w*|passing\s+(?:urine|water))\s+(?:a\s+lot\s+|much\s+|far\s+)?less"
                        r"(?:\s+and\s+less)?\b|\b(?:only|just)\s+(?:a\s+)?(?:small|tiny|little)\s+(?:amount|bit|dribble|trickle)\s+of\s+"
                        r"(?:\w+\s+)?(?:urine|wee|pee)\b")
# - skin torn on the penis and bleeding ("the little string of skin under the head of my penis (frenulum?) tore during sex
#   ... still bleeding a lot, soaked through loads of tissues even pressing hard" on rivaroxaban read a woman's bleeding
#   after sex, and a balanitis led): a wound, and one bleeding on
TORN_SKIN = rx.compile(r"(?i)\b(?:frenulum|foreskin|banjo\s+string|string\s+of\s+skin|skin)\b(?:[^.;!?\n]|\?\)){0,60}?\b(?:tore|"
                       r"torn|ripped|split|snapped)\b|\b(?:tore|ripped|split|snapped)\s+(?:my|his|the)\s+(?:frenulum|foreskin|banjo)\b")
SOAKED_DESPITE_PRESSING = rx.compile(r"(?i)\bsoak\w*\s+(?:through\s+)?[^.;!?\n]{0,30}?\b(?:even|despite|though)\s+(?:when\s+)?"
                                     r"(?:i'?m\s+|he'?s\s+)?(?:press\w*|pressure|squeez\w*|hold\w*)")
# - a G taken ("took G at a chill-out ... then another dose plus vodka ... can barely wake him ... breathing seems really
#   slow" led with an epiglottitis, the chill-out read as chills): GHB or GBL, a recreational drug (NPIS TOXBASE), a
#   breathing slowed, and a chill-out that is no chill
GHB_TAKEN = rx.compile(r"(?i)\b(?:took|taken|taking|did|had|on|dropped|doing)\s+(?:some\s+)?(?:g|gina|ghb|gbl)\b(?!\s*(?:and\s+)?t\b)|"
                       r"\b(?:ghb|gbl)\b|\bg\s+(?:and|plus|with)\s+(?:vodka|alcohol|booze|drink)")
BREATHING_SLOW = rx.compile(r"(?i)\bbreath(?:ing|s)\s+(?:seems?\s+|is\s+|looks?\s+|has\s+gone\s+|went\s+|got\s+)?(?:really\s+|very\s+|so\s+|quite\s+)?"
                            r"(?:slow|shallow)\b")
CHILL_OUT = rx.compile(r"(?i)\bchill[- ]?out\b|\bchill(?:ing|ed)?\s+out\b")
# - bites from the camp's mosquitoes ("woke up with a few itchy red bumps on my thighs ... mosquitoes everywhere" read a
#   scrotum's swelling, an epididymo-orchitis urgent)
MOSQUITOES_ABOUT = rx.compile(r"(?i)(?<!like\s)(?<!like\sa\s)(?<!like\san\s)\b(?:mosquito(?:e?s)?|mozzies?|midges?|gnats?|horse\s?fl(?:y|ies)|sandfl(?:y|ies))\b[^.;!?\n]{0,15}?"
                              r"\b(?:everywhere|all\s+over|about|around|out|eating\s+us|bit(?:ing)?|bitten)\b|"
                              r"\b(?:eaten|bitten)\s+(?:alive\s+)?by\s+(?:mosquito(?:e?s)?|mozzies?|midges?|gnats?)\b")
# - scabies in Chinese: a burrow between the fingers as a fine line, the itching of those who share the room, and the
#   nodules on the scrotum ("手指缝里也有小红点和细细的小线。同住的室友最近也说痒" read none, and "阴囊上长了好几个小硬疙瘩" a
#   testicle's swelling: urgent)
ZH_BURROWS = rx.compile(r"(?:手指缝|指缝|手指中间|手腕|手腕内侧)[^。；！？]{0,12}?(?:细细的|弯弯的|短短的)?(?:小)?(?:线|道道|道子|隧道)")
ZH_HOUSEHOLD_ITCH = rx.compile(r"(?:室友|舍友|同住的|家里人|老婆|老公|爱人|孩子|女朋友|男朋友)[^，。；]{0,8}?(?:也|都)(?:说|喊|觉得|开始)?"
                               r"(?:痒|很痒|身上痒)")
ZH_SCROTAL_NODULES = rx.compile(r"(?:阴囊|阴茎|蛋蛋|下面)(?:上|皮肤上)?(?:长了|起了|有)(?:好几个|几个|一些|很多)?(?:小)?(?:硬)?(?:疙瘩|包|痘痘?|结节)")
# - a psoriasis's plaques in Chinese ("胳膊肘、膝盖和头皮上有厚厚的白屑斑块好多年了" read nothing, and a balanitis led)
ZH_SCALY_PLAQUES = rx.compile(r"(?:厚厚的|厚的)?(?:白屑|银白色?的?(?:皮屑|鳞屑)|鳞屑)(?:斑块|斑|一块一块)|(?:厚厚的|厚)(?:白色?的?)?(?:斑块)"
                              r"(?=[^。；]{0,8}?(?:屑|皮))")
ZH_EXTENSOR_SITES = rx.compile(r"(?:胳膊肘|手肘|肘部|膝盖|膝部)[^。；]{0,12}?(?:白屑|鳞屑|斑块|皮屑)")
ALSO_READ += ((URINE_LESS, "reduced_urine_output"), (TORN_SKIN, "skin_break_wound"),
              (SOAKED_DESPITE_PRESSING, "uncontrolled_bleeding"), (GHB_TAKEN, "recreational_drug_use"),
              (BREATHING_SLOW, "slow_shallow_breathing"), (MOSQUITOES_ABOUT, "mosquito_bites"), (ZH_BURROWS, "skin_burrows"),
              (ZH_HOUSEHOLD_ITCH, "sick_contact"), (ZH_SCALY_PLAQUES, "scaly_plaques"),
              (ZH_EXTENSOR_SITES, "extensor_plaques"))
READ_AS_NOTHING += (CHILL_OUT,)
BEFORE_LEXICON += ((ZH_SCROTAL_NODULES, "itchy_rash", ZH_ITCH_NOTE),)
# - a lump gone soft with a head ("a painful lump in my groin crease where I shave ... now its the size of a grape, red,
#   hot and squishy with a yellow head" led with a syphilis): a fluctuant swelling, an abscess pointing (NICE CKS
#   "Boils, carbuncles and staphylococcal carriage")
SOFT_WITH_A_HEAD = rx.compile(r"(?i)\b(?:red|hot|tender|angry|inflamed)\b[^.;!?\n]{0,20}?\b(?:squishy|squidgy)\b[^.;!?\n]{0,25}?"
                              r"\b(?:yellow|white|pus)\s*-?\s*(?:head|top|centre|center|point|tip)\b|\b(?:red|hot|tender|sore|painful|"
                              r"swollen)\b[^.;!?\n]{0,25}?\bwith\s+(?:a\s+)?(?:yellow|white|pus)\s*-?\s*(?:head|top|centre|center|point)\b")
# (not a squishy lump alone, a haemorrhoid's - "a soft squishy lump at my bum that's sore and itchy" at 32 weeks - nor a
#  boggy joint's synovitis)
LUMP_OR_SPOT = rx.compile(r"(?i)\b(?:lump|spot|boil|bump|swelling|abscess|pimple|cyst)\b|疙瘩|包|疖")
ALSO_READ += ((SOFT_WITH_A_HEAD, "fluctuant_swelling", LUMP_OR_SPOT),)
# - someone hard to wake ("now i can barely wake him, hes making snoring gurgly noises" after GHB and vodka read no
#   drowsiness beside the red flag's own reading, and an acute psychosis led)
BARELY_WAKES = rx.compile(r"(?i)\b(?:can|could)\s+(?:barely|hardly|only\s+just)\s+(?:wake|rouse)\b|\b(?:barely|hardly)\s+"
                          r"(?:wak(?:e|es|ing)\s+up|rousable|responsive|conscious)\b|\b(?:really|very)\s+hard\s+to\s+(?:wake|rouse)\b")
ALSO_READ += ((BARELY_WAKES, "drowsiness"),)
# - bumps with one on the scrotum ("a few itchy red bumps on my thighs and one right on my scrotum, slightly swollen.
#   mosquitoes everywhere" read a red and swollen scrotum, an epididymo-orchitis urgent): the skin's spots, not the
#   scrotum's own redness or swelling (nor is "on my scrotum" the scrotum swollen, ``SCROTUM_SWOLLEN``)
SPOTS_ON_THE_SCROTUM = rx.compile(r"(?i)\b(?:bumps?|spots?|bites?|pimples?|lumps?|blisters?|sores?)\b[^.;!?\n]{0,40}?\bon\s+(?:my|his|"
                                  r"the)\s+(?:scrotum|sack|ball\s?sack|balls|nutsack)\b")
BEFORE_LEXICON += ((SPOTS_ON_THE_SCROTUM, "rash"),)
# (and bumps with the insects about are their bites: the knowledge base's insect bite or sting, NICE CKS "Insect bites
#  and stings")
BUMPS_WORDS = rx.compile(r"(?is)^(?!.*(?<!no\s)(?<!not\s)(?<!without\s)\b(?:fever\w*|temp|temperature)\b)"
                         r"(?!.*\b(?:rash|bali|thailand|india|africa|travel\w*)\b).*"
                         r"\b(?:bumps?|spots?|lumps?|welts?|bites?)\b")   # (not a returning traveller's fever: a dengue)
ALSO_READ += ((MOSQUITOES_ABOUT, "insect_sting", BUMPS_WORDS),)
# - a glans or penis swollen, in Chinese ("龟头肿得发亮发紫" of that paraphimosis read nothing)
ZH_PENIS_SWOLLEN = rx.compile(r"(?:龟头|阴茎|小鸡鸡|小雀雀|丁丁)(?:头)?(?:都|也|有点|一下子)?(?:红)?肿")
ALSO_READ += ((ZH_PENIS_SWOLLEN, "penile_swelling"),)
# - a spine tender at a level named ("very tender over T8", "tender at L4") of a spine's infection in a drug user
SPINE_LEVEL_TENDER = rx.compile(r"(?i)\btender(?:ness)?\s+(?:to\s+palpation\s+)?(?:over|at|of|on)\s+(?:the\s+)?(?:[CTL]\d{1,2}|[CTL]-?spine)\b"
                                r"|\b[CTL]\d{1,2}\s+(?:spinous\s+process\s+)?(?:is\s+)?(?:very\s+)?tender\b")
ALSO_READ += ((SPINE_LEVEL_TENDER, "tenderness_over_spine"),)
# - a foreskin that can be pulled back, or is hard to ("Can retract foreskin", "Hard to pull the foreskin back fully
#   because it's sore but it goes back over fine" of a diabetic's candidal balanitis read a foreskin stuck back, a
#   paraphimosis): none stuck (NICE CKS "Balanitis": a tight foreskin is a phimosis's, not a paraphimosis's)
FORESKIN_RETRACTS = rx.compile(r"(?i)\b(?:can|could|able\s+to)\s+(?:still\s+)?(?:retract|pull\s+back|roll\s+back)\s+(?:the\s+|my\s+|his\s+)?"
                               r"foreskin\b(?:\s+(?:ok|okay|fine|normally|easily))?|\bforeskin\s+(?:is\s+)?(?:fully\s+)?retract(?:s|able|ile)\b")
FORESKIN_HARD_BACK = rx.compile(r"(?i)\b(?:hard|difficult|painful|struggl\w*|can'?t|cannot|unable)\s+(?:to\s+)?(?:pull|retract|get|roll)\s+"
                                r"(?:the\s+|my\s+|his\s+)?foreskin\s+(?:back|down)?(?:\s+fully)?")
READ_AS_NOTHING += (FORESKIN_RETRACTS,)
BEFORE_LEXICON += ((FORESKIN_HARD_BACK, "tight_foreskin"),)
# - spots or blisters on the penis or round the anus ("few spots around my anus and on my penis that started as fluid
#   filled blisters and now have a dip in the middle" read a chickenpox's crops, which led an mpox, set FZ): the genitals'
#   blisters or sores (NICE CKS "Genital herpes"; UKHSA "Mpox"), claimed before the lexicon's crops
SPOTS_ON_THE_GENITALS = rx.compile(r"(?i)\b(?:spots?|blisters?|sores?|ulcers?|bumps?|lesions?)\b[^.;!?\n]{0,30}?\b(?:on|around|near|round)\s+"
                                   r"(?:my|his|her|the)\s+(?:penis|anus|vulva|vagina|labia|genitals?|foreskin|bum\s*hole|"
                                   r"private\s+parts?|willy|back\s+passage)\b")
BEFORE_LEXICON += ((SPOTS_ON_THE_GENITALS, "genital_blisters_ulcers"),)
# From set GC (tummy and digestive troubles, 2026-12-07h):
# - a formula-fed baby's troubles after feeds ("Our 10 week old is on formula ... lots of reflux and posseting, screams
#   after feeds, and his poo is loose with mucus and a few streaks of blood" led with an inflammatory bowel disease): the
#   symptoms after cow's milk of a cow's milk protein allergy (NICE CKS "Cows' milk allergy in children")
AFTER_FEEDS = rx.compile(r"(?i)\b(?:screams?|scream(?:s|ing)|cr(?:y|ies|ying)|vomit\w*|sick|possets?|posseting|reflux\w*|arch\w*|"
                         r"pulls?\s+(?:his|her)\s+legs\s+up|rash\w*|hives)\b[^.;!?\n]{0,20}?\b(?:after|during|with)\s+(?:every\s+|each\s+|"
                         r"most\s+|all\s+)?(?:his\s+|her\s+)?(?:feeds?|bottles?|formula)\b|喝(?:完)?(?:奶粉|配方奶)(?:以后|之后|后)")
FORMULA_FED = rx.compile(r"(?i)\b(?:on|fed|having|takes?|drinks?|switched\s+to|started)\s+(?:\w+\s+)?(?:formula|cow'?s\s+milk|bottles?)\b|"
                         r"\bformula[- ]fed\b|\bbottle[- ]fed\b|奶粉|配方奶|牛奶")
# - a heartburn "burning up behind my breastbone" (30 weeks pregnant, read as a fever, urgent in pregnancy): a heartburn
BURNING_BEHIND_BREASTBONE = rx.compile(r"(?i)\bburning\s+(?:up\s+|sensation\s+)?(?:behind|in|under)\s+(?:my|her|his|the)\s+"
                                       r"(?:breastbone|sternum|chest|throat)\b")
ALSO_READ += ((AFTER_FEEDS, "symptoms_after_dairy", FORMULA_FED),)
BEFORE_LEXICON += ((BURNING_BEHIND_BREASTBONE, "heartburn"),)
# - glands swollen in the groin ("fever and swollen groin glands a few days before" read a groin lump, a hernia's): the
#   inguinal nodes; and PrEP taken, the sign of a sexual exposure to HIV (BHIVA/BASHH PrEP guidelines 2018: offered for
#   condomless sex), read as the knowledge base's unprotected sex (an mpox on PrEP led with a glandular fever, set FZ)
GROIN_GLANDS = rx.compile(r"(?i)\bswollen\s+(?:groin|inguinal)\s+(?:glands?|lymph\s+nodes?|nodes?)\b|\b(?:glands?|lymph\s+nodes?|nodes?)\s+"
                          r"(?:in|of)\s+(?:my|his|the)\s+groin\s+(?:are\s+|were\s+|got\s+)?(?:swollen|up|enlarged|tender|sore)\b")
ON_PREP = rx.compile(r"(?i)\b(?:on|taking|take|takes|started|using)\s+(?:daily\s+|event[- ]based\s+|on[- ]demand\s+)?prep\b|\bprep\s+user\b")
BEFORE_LEXICON += ((GROIN_GLANDS, "inguinal_lymphadenopathy"),)
ALSO_READ += ((ON_PREP, "unprotected_sex"),)
# From sets GD (breathing, chest and ENT, mostly Chinese) and GE (infections, fevers and medicines' side effects,
# 2026-12-07i):
# - a foot or toe ulcer in a Chinese record ("左足第二趾溃疡经久不愈", 脚底溃烂: a diabetic foot's ulcer read nothing, and a type 2
#   diabetes led a probe-to-bone osteomyelitis, routine)
ZH_FOOT_ULCER = rx.compile(r"(?:足|脚|趾)(?!缝|间|丫)(?:部|底|背|跟|趾头?|第[一二三四五12345]趾)?[^，。；,;口嘴舌胃肠缝间丫浸渍气癣]{0,6}?"
                           r"(?:溃疡|溃烂|破溃|烂了|烂开)")   # (not a toe web's athlete's foot, 脚趾缝烂了: a cellulitis's way in)
ALSO_READ += ((ZH_FOOT_ULCER, "foot_ulcer"),)
# - a flu-like feeling ("last week felt fluey and went right off my food, now the whites of my eyes have gone yellow":
#   a hepatitis A's prodrome read nothing, and an obstructive jaundice led at 31): feeling unwell all over
FLUEY = rx.compile(r"(?i)\b(?:felt|feel|feeling|was|been|bit|a\s+bit|quite|really)\s+(?:a\s+bit\s+|quite\s+|really\s+|very\s+|all\s+)?"
                   r"fluey\b|\bfeel(?:ing)?\s+like\s+(?:i'?ve\s+got\s+|i\s+have\s+)?(?:a\s+|the\s+)?flu\b")
BEFORE_LEXICON += ((FLUEY, "malaise"),)
# - a combined pill by its brand ("吃优思明避孕半年了" of a pulmonary embolism read no pill, and a rib fracture led; "on
#   Yasmin", 妈富隆): the pill taken (the knowledge base's finding; the combined pill's own rules are ``safety.COMBINED_PILL``)
PILL_BRAND = rx.compile(r"(?i)\b(?:rigevidon|yasmin|yaz|cilest|marvelon|femodene|loestrin|qlaira|zoely|gedarel|millinette|lucette|"
                        r"ovranette|dianette|katya|levest|eloine)\b|优思明|优思悦|妈富隆|达英-?35|达英|敏定偶")
ALSO_READ += ((PILL_BRAND, "oral_contraceptive_use"),)
# - a cold or flu that is over, in Chinese, with its fever and its length between ("感冒发烧一个礼拜刚好，这两天胸口闷闷地
#   痛 ... 心跳乱跳" read a cold, a fever and a fever of over 5 days now, and an AF led a myocarditis), or said as last
#   week's ("上周感冒发烧"): a recent viral illness, claimed before the lexicon reads its words as today's (not a fever
#   that has come down, 烧退了: a roseola's)
ZH_ILLNESS_OVER = rx.compile(r"(?:(?:上周|上星期|上个礼拜|前几天|前段时间|之前|前阵子|上个月)?(?:感冒发烧|发烧感冒|感冒|流感|甲流|新冠|阳了|发烧)"
                             r"(?:了)?[^，。；,;]{0,8}?(?:刚好|刚刚好|好了|才好|刚好转)|"
                             r"(?:上周|上星期|上个礼拜|上个月|半个月前|两周前|两个星期前)(?:得了|得过|有过|患了)?(?:感冒发烧|发烧感冒|感冒|流感|"
                             r"甲流|新冠|阳了)(?:发烧|发热)?)(?![^。；]{0,12}?咳)")   # (not the cough a cold left: its own bronchitis)
BEFORE_LEXICON += ((ZH_ILLNESS_OVER, "recent_viral_illness"),)
# - a breath short on lying flat, in Chinese ("晚上躺平了有点憋气", 躺下就憋气, 平躺就喘): an orthopnoea
ZH_FLAT_BREATHLESS = rx.compile(r"(?:躺平|平躺|躺下|躺着|睡平)(?:了|的时候|时|后)?(?:就|会|还|也)?(?:有点|有些|更|特别)?(?:憋气|憋得慌|喘不上气|喘不过气|气短|气喘|喘)")
BEFORE_LEXICON += ((ZH_FLAT_BREATHLESS, "orthopnoea"),)
# - a chest's dull pressing pain, in Chinese (胸口闷痛, "胸口闷闷地痛": read only as a tightness, so a myocarditis's chest
#   pain after a flu went unread): a chest pain as well
ZH_CHEST_DULL_PAIN = rx.compile(r"(?:胸口|胸前|心口|胸部|胸骨后|前胸)(?:有点|有些)?(?:闷闷(?:地|的)?|闷)(?:痛|疼)")
ALSO_READ += ((ZH_CHEST_DULL_PAIN, "chest_pain"),)
# - a tender lump in a note about a breast or a mastitis ("Breastfeeding, been on flucloxacillin 5 days for mastitis but
#   the lump is bigger now and really tender ... squishy in the middle" read no breast, and a skin abscess led a breast
#   abscess): the breast's tender lump
LUMP_TENDER = rx.compile(r"(?i)(?<!no\s)(?<!no\ssquishy\s)(?<!no\ssoft\s)(?<!not\sa\s)\b(?:lump|swelling|hard\s+(?:bit|area|patch|lump))\b(?:(?!\bnot\b|\bno\b|n'?t\b|\bwithout\b|\bnever\b)[^.;!?\n]){0,40}?\b(?:tender|sore|painful|hurts|"
                         r"agony)\b|\b(?:tender|sore|painful)\s+(?:hard\s+)?(?:lump|swelling)\b")
BREAST_NOTE = rx.compile(r"(?is)mastitis|\bbreasts?\b|\bboobs?\b|\bnipples?\b|乳腺|乳房|乳头")
ALSO_READ += ((LUMP_TENDER, "tender_breast_lump", BREAST_NOTE),)
# - a breath easier sitting forward ("I have to sit forward to breathe comfortably": an epiglottitis's tripod, read
#   nothing): a shortness of breath
SIT_FORWARD_TO_BREATHE = rx.compile(r"(?i)\b(?:have\s+to|need\s+to|has\s+to|needs\s+to|can\s+only|only\s+comfortable)\s+(?:sit(?:ting)?|lean(?:ing)?)\s+"
                                    r"(?:forward|forwards|up|bolt\s+upright)\s+to\s+(?:breathe|get\s+(?:a|my)\s+breath)|"
                                    r"(?:要|得|只能)(?:往前)?(?:坐着|趴着|前倾|身子往前倾)(?:才能|才)(?:喘气|呼吸|喘得上气|透气)")
BEFORE_LEXICON += ((SIT_FORWARD_TO_BREATHE, "shortness_of_breath"),)
# - a chest rattling in a baby ("you can hear a bit of a rattle in his chest", "rattly chest": a bronchiolitis's crackles,
#   read nothing)
CHEST_RATTLE = rx.compile(r"(?i)\brattl\w*\s+(?:in|on|from)\s+(?:his|her|their|the|my)\s+chest\b|\brattly\s+chest\b|\bchest\s+"
                          r"(?:is\s+|sounds?\s+|feels?\s+)?(?:a\s+bit\s+|really\s+|very\s+)?rattl\w*")
BEFORE_LEXICON += ((CHEST_RATTLE, "crackles"),)
# - a pain eased sitting up and leaning forward, in Chinese ("吸气和躺平更痛，坐起来往前倾会好一点": a pericarditis's,
#   read nothing, so a myocarditis led)
ZH_EASED_LEANING_FORWARD = rx.compile(r"(?:坐起来|坐起|坐着)?(?:身子|身体|上身)?(?:往前倾|向前倾|前倾|往前趴|向前弯腰|弯腰)(?:着)?(?:的时候|时)?(?:会|就|能)?"
                                      r"(?:好一点|好点|好些|减轻|缓解|轻一点|轻点|舒服(?:一)?点)")
BEFORE_LEXICON += ((ZH_EASED_LEANING_FORWARD, "chest_pain_eased_leaning_forward"),)
# - a throat swollen on one side and a mouth that will not open, in Chinese ("右边嗓子那里肿得很厉害，嘴巴张不太开": a
#   quinsy's side and trismus, read nothing)
ZH_ONE_SIDED_THROAT = rx.compile(r"(?:右边|左边|一边|一侧|右侧|左侧)(?:的)?(?:嗓子|喉咙|扁桃体|咽喉)(?:那里|那儿|这里)?[^，。；,;]{0,6}?(?:肿|疼|痛)")
ZH_MOUTH_WONT_OPEN = rx.compile(r"(?:嘴巴?|口)张不(?:太|大|怎么)?开|(?:嘴巴?|口)(?:都)?张不了|张嘴(?:都)?(?:困难|费劲|疼得张不开)")
BEFORE_LEXICON += ((ZH_ONE_SIDED_THROAT, "one_sided_sore_throat"), (ZH_MOUTH_WONT_OPEN, "trismus"))
# - a skin peeling off after its blisters ("some are blistering and the skin is peeling off" read the blisters with the
#   skin's word and lost the peeling), and a mouth full of sores ("my mouth is full of painful sores": a sore mouth, not
#   its ulcers): a Stevens-Johnson syndrome's signs, claimed before the lexicon
SKIN_PEELING_OFF = rx.compile(r"(?i)\bskin\s+(?:is\s+|was\s+|has\s+been\s+|keeps\s+|started\s+)?(?:peeling|coming|sloughing|falling)\s+off\b")
MOUTH_FULL_OF_SORES = rx.compile(r"(?i)\bmouth\s+(?:is\s+|was\s+)?(?:full\s+of|covered\s+in)\s+(?:painful\s+|raw\s+|little\s+|open\s+)?"
                                 r"(?:sores|ulcers|blisters)\b")
BEFORE_LEXICON += ((SKIN_PEELING_OFF, "skin_peeling"), (MOUTH_FULL_OF_SORES, "mouth_ulcers"))
# - a sting on passing urine with an intensifier between ("it stings like mad when I pee": read only through a word
#   further on, lost once "I feel fluey" was read as such)
STINGS_LIKE_MAD = rx.compile(r"(?i)\b(?:stings?|stinging|burns?|burning|hurts?|kills)\s+like\s+(?:mad|crazy|hell|anything|fire|nothing\s+else)\s+"
                             r"(?:when|whenever|every\s+time)\s+(?:i|she|he|they)\s+(?:pee|wee|urinate|piss|go\s+to\s+the\s+(?:loo|toilet|bathroom))\b")
BEFORE_LEXICON += ((STINGS_LIKE_MAD, "dysuria"),)
# - a swallow that is hard ("hard to swallow even water", "difficult to swallow", "struggling to swallow": a spreading
#   dental infection's, read nothing) and a tooth's swelling going down into the neck ("the swelling is going down into my
#   neck", "Swelling is going down under the jaw to neck side": a Ludwig's angina's way, read nothing; both notes came
#   out an emergency only through their trismus)
HARD_TO_SWALLOW = rx.compile(r"(?i)\b(?:hard|difficult|tough|impossible|a\s+struggle)\s+to\s+swallow\b|\bstruggl\w*\s+to\s+swallow\b|"
                             r"\btrouble\s+swallowing\b|\bdifficulty\s+(?:in\s+)?swallowing\b")
AFTER_LEXICON += ((HARD_TO_SWALLOW, "difficulty_swallowing"),)
SWELLING_TO_NECK = rx.compile(r"(?i)\bswelling\b[^.;!?\n]{0,30}?\b(?:going|spreading|spread|moving|gone|extending|tracking|coming)\s+"
                              r"(?:down\s+)?(?:(?:under\s+(?:the|my|his|her)\s+jaw\s+)?(?:in)?to|towards?)\s+(?:my\s+|his\s+|her\s+|the\s+)?neck\b")
TOOTH_NOTE = rx.compile(r"(?is)\btooth|\bteeth|\bjaw\b|dental|\bgums?\b|wisdom|molar|牙")
ALSO_READ += ((SWELLING_TO_NECK, "neck_floor_of_mouth_swelling", TOOTH_NOTE),)
# - a day's moving of a house or of heavy things, in Chinese ("帮朋友搬了一天家，今天右边胸口一压就疼": a chest wall's strain
#   read no lifting, and a streptococcal throat led); not a move alone ("刚搬家")
ZH_MOVING_HEAVY = rx.compile(r"搬(?:了)?(?:一天|一上午|一下午|半天|两天|一整天|好几天)(?:的)?(?:家|重物|重东西|东西|箱子|家具|货)|"
                             r"帮(?:朋友|人|家里|同事|儿子|女儿|亲戚|邻居)?搬(?:了)?(?:一天|一上午|一下午|半天|一整天)?(?:的)?家")
ALSO_READ += ((ZH_MOVING_HEAVY, "heavy_lifting"),)
# - a spinning said of everything ("everything has been spinning since I woke yesterday", "the room keeps spinning": a
#   vestibular neuritis read no vertigo)
ALL_SPINNING = rx.compile(r"(?i)\b(?:everything|the\s+room|room|the\s+world|world|the\s+ceiling|ceiling)\s+(?:has\s+been\s+|is\s+|keeps\s+|kept\s+|"
                          r"started\s+|starts\s+|was\s+|won'?t\s+stop\s+|goes\s+|went\s+)?(?:spinning|whirling|going\s+round|"
                          r"turning)\b")
BEFORE_LEXICON += ((ALL_SPINNING, "vertigo"),)
# - a nappy drier than usual, in Chinese ("尿布也比平时干", 尿不湿很干: a baby's fewer wet nappies, read nothing)
ZH_DRY_NAPPIES = rx.compile(r"(?:尿布|尿不湿|纸尿裤|尿片)(?:也|都|一直)?(?:比平时|比以前|比往常|很|挺|特别|都)?(?:干|没怎么湿|不怎么湿|湿得少|没湿)")
BEFORE_LEXICON += ((ZH_DRY_NAPPIES, "fewer_wet_nappies"),)
# From sets GG (eyes and sight) and GH (urinary and kidney troubles, 2026-12-07i):
# - an older person's delirium as a carer tells it ("today she's calling me by her sister's name, picking at the blanket
#   and was up all night trying to get out" read nothing, and a giant cell arteritis led): a confusion - a wrong name for
#   a close one, someone not known, a picking at the bedclothes (carphologia) - and a restlessness at night
WRONG_NAME = rx.compile(r"(?i)\bcall(?:ing|ed|s)?\s+(?:me|us|him|her|them)\s+by\s+(?:her|his|their|the\s+wrong|someone\s+else'?s|"
                        r"a\s+(?:different|dead\s+\w+'?s?))\s*(?:\w+'?s\s+)?name\b|\b(?:doesn'?t|does\s+not|didn'?t|did\s+not|"
                        r"can'?t|couldn'?t)\s+(?:seem\s+to\s+)?(?:know|recogni[sz]e)\s+(?:who\s+(?:i|we)\s+(?:am|are)|me|us|"
                        r"where\s+(?:she|he)\s+is)\b(?!\s+(?:well|much|yet))")
PICKING_AT_BEDCLOTHES = rx.compile(r"(?i)\bpicking\s+at\s+(?:the\s+|her\s+|his\s+)?(?:blankets?|bedclothes|sheets?|covers|duvet|"
                                   r"clothes|air|nothing|thin\s+air)\b")
UP_ALL_NIGHT_RESTLESS = rx.compile(r"(?i)\b(?:up|awake)\s+(?:all|most\s+of\s+the)\s+night\s+(?:trying\s+to\s+(?:get\s+out|leave|"
                                   r"climb\s+out|go\s+home)|wandering|shouting|calling\s+out|agitated)\b|\btrying\s+to\s+"
                                   r"(?:get\s+out\s+of\s+bed|climb\s+out\s+of\s+bed)\s+all\s+night\b")
ALSO_READ += ((WRONG_NAME, "confusion"), (PICKING_AT_BEDCLOTHES, "confusion"), (UP_ALL_NIGHT_RESTLESS, "restlessness"))
# - a urine that "smells strong" said as "it" in a note about urine ("Incontinent of urine which is new, and it smells
#   strong")
IT_SMELLS_STRONG = rx.compile(r"(?i)\bit\s+(?:smells?|stinks?)\s+(?:really\s+|very\s+|so\s+|quite\s+)?(?:strong(?:ly)?|bad|awful|foul|"
                              r"fishy|off|horrible)\b")
URINE_NOTE = rx.compile(r"(?is)\burine\b|\bwee\b|\bpee\b|incontinen|catheter|\bwees\b|\bpees\b")
ALSO_READ += ((IT_SMELLS_STRONG, "foul_smelling_urine", URINE_NOTE),)
# - a catheter bag's urine, cloudy or smelling ("bag urine cloudy and smelling strong since the weekend": the catheter read
#   the urine's word and its cloudiness and smell went unread, an epididymo-orchitis led)
URINE_CLOUDY = rx.compile(r"(?i)\burine\s+(?:is\s+|was\s+|looks?\s+|has\s+been\s+|gone\s+|in\s+the\s+bag\s+)?(?:very\s+|really\s+|a\s+bit\s+)?"
                          r"(?:cloudy|murky|milky)\b")
URINE_SMELLING = rx.compile(r"(?i)\burine\b[^.;!?\n]{0,30}?\b(?:smelling|smells?|stinking|stinks?)\s+(?:really\s+|very\s+|so\s+|quite\s+)?"
                            r"(?:strong(?:ly)?|bad|awful|foul|fishy|offensive|horrible)\b")
ALSO_READ += ((URINE_CLOUDY, "cloudy_urine"), (URINE_SMELLING, "foul_smelling_urine"))
# - a wish to pass urine all the time, in Chinese, with 一直/总是 ("一直想上厕所" after sex with a burning on passing
#   urine read nothing, as 老想上厕所 is read), and an abnormal discharge denied ("没有异常分泌物": a cystitis led by a thrush)
ZH_ALWAYS_TO_THE_LOO = rx.compile(r"(?:一直|总|总是|老是|经常|频繁|不停地?|时不时)(?:都)?想(?:上厕所|去厕所|尿尿|小便|撒尿)")
ZH_ABNORMAL_DISCHARGE = rx.compile(r"(?<=没有)(?:异常|奇怪)的?分泌物|(?<=没)(?:异常|奇怪)的?分泌物|(?<=无)(?:异常)分泌物|白带(?:也)?异常|"
                                   r"(?<=白带没有)异常|(?<=白带没)异常|(?<=白带也没有)异常|(?<=白带也没)异常")
BEFORE_LEXICON += ((ZH_ALWAYS_TO_THE_LOO, "urinary_frequency"), (ZH_ABNORMAL_DISCHARGE, "abnormal_vaginal_discharge"))
# - water barely passed ("has barely passed any water today, what she does pass is dark" of an AKI on ramipril,
#   furosemide and metformin after days of diarrhoea read nothing, and a food poisoning led), "hardly weed today"
BARELY_PASSED_WATER = rx.compile(r"(?i)\b(?:barely|hardly|scarcely|only\s+just)\s+(?:passed|passing|pass|done|had|made)\s+(?:any\s+|much\s+)?"
                                 r"(?:water|urine|wee|pee)\b|\b(?:barely|hardly)\s+(?:weed|peed|wee'?d|pee'?d|urinated)\b")
AFTER_LEXICON += ((BARELY_PASSED_WATER, "reduced_urine_output"),)
# - a sinusitis as people tell it ("still blocked and blowing out green stuff. Pressure behind my eyes and across my
#   cheeks" read only the blocked nose, and an orbital cellulitis led): a thick discharge blown out, a pressure across the
#   cheeks, the forehead or the sinuses (not behind the eyes alone: a dengue's)
BLOWING_GREEN = rx.compile(r"(?i)\b(?:blowing|blow|blew|blows)\s+(?:out\s+|my\s+nose\s+(?:and\s+(?:get|getting)\s+)?)?(?:green|yellow|"
                           r"thick|gunky|yellowy|greeny)(?:\s*(?:/|-|or|and)\s*(?:green|yellow))?\s+(?:stuff|gunk|snot|muck|goo|mucus|"
                           r"bogeys|gloop)\b")
PRESSURE_ACROSS_CHEEKS = rx.compile(r"(?i)(?<!shock\s)(?<!shocks\s)(?<!stabbing\s)(?<!shooting\s)\b(?:pressure|pain|ache|aching|throbbing|"
                                    r"fullness|heaviness)\s+(?:behind\s+(?:my|the|her|his)\s+eyes\s+and\s+)?(?:(?:across|over|around|"
                                    r"through)\s+(?:my\s+|the\s+|her\s+|his\s+|both\s+)?(?:cheeks?|cheekbones?|sinuses)|in\s+(?:my\s+|"
                                    r"the\s+|her\s+|his\s+)?sinuses)\b")   # (not the forehead's band, nor a neuralgia's shock)
BEFORE_LEXICON += ((BLOWING_GREEN, "thick_nasal_discharge"), (PRESSURE_ACROSS_CHEEKS, "facial_pain_pressure"))
# - an eye that moves freely and without pain ("eye moves normally and doesnt hurt to look around"): no painful or
#   restricted movement
EYE_MOVES_FINE = rx.compile(r"(?i)\beyes?\s+(?:moves?|moving)\s+(?:normally|fine|ok|okay|all\s+(?:directions|ways|round))\b|"
                            r"\b(?:doesn'?t|does\s+not|don'?t|didn'?t)\s+hurt\s+(?:to|when\s+(?:she|he|i|they))\s+(?:look|looks|"
                            r"looking|move|moves)\s+(?:around|about|round|side\s+to\s+side|up\s+(?:and|or)\s+down|her\s+eyes?|his\s+eyes?|"
                            r"my\s+eyes?)\b")
READ_AS_NOTHING += (EYE_MOVES_FINE,)
# - a bite by an insect said as such ("got bitten by something (mosquito?) on her right upper eyelid ... lid is swollen
#   and puffy, itchy ... No fever": read only as mosquito bites, and a stye led), in a note with no fever or journey
BITTEN_BY_INSECT = rx.compile(r"(?i)\bbitten\s+(?:by\s+)?(?:by\s+)?(?:something|a\s+(?:mosquito|mozzie|midge|gnat|bug|insect|horse\s?fly|"
                              r"spider|flea)|an\s+insect|mosquitoe?s|mozzies|midges|insects|bugs)\b")
NO_FEVER_NO_JOURNEY = rx.compile(r"(?is)^(?!.*(?<!no\s)(?<!not\s)(?<!without\s)\b(?:fever\w*|temp|temperature)\b)"
                                 r"(?!.*\b(?:bali|thailand|india|africa|travel\w*|abroad)\b)"
                                 # (nor a bite gone on to a cellulitis: "a red hot swollen patch ... spreading up from it")
                                 r"(?!.*(?<!no\s)(?<!not\s)\b(?:spread\w*|red\s+hot|hot|pus|streak\w*|red\s+line)\b)")
ALSO_READ += ((BITTEN_BY_INSECT, "insect_sting", NO_FEVER_NO_JOURNEY),)
# - an eye red and watery together ("Right eye went red and watery 2 days ago" read only the red), and a lump in front of
#   the ear (a viral conjunctivitis's preauricular node, "a tender little lump in front of my ear")
EYE_RED_AND_WATERY = rx.compile(r"(?i)\beyes?\b[^.;!?\n]{0,20}?\b(?:red|pink|sore|gritty)\s+and\s+(?:watery|watering|streaming|"
                                r"weepy|teary)\b")
LUMP_BEFORE_EAR = rx.compile(r"(?i)\b(?:lump|gland|node|swelling)\s+(?:just\s+)?(?:in\s+front\s+of|before)\s+(?:my|her|his|the)\s+"
                             r"(?:(?:left|right)\s+)?ear\b")
ALSO_READ += ((EYE_RED_AND_WATERY, "watery_eyes"), (LUMP_BEFORE_EAR, "swollen_lymph_nodes"))
# - something that flew off and struck an eye ("hammering a metal chisel ... something pinged off and hit my right eye ...
#   a tiny mark on the eye and a drop of blood" read only a blurred sight, and a uveitis led): the eye's injury, and at
#   speed beside a hammer, a chisel, a grinder or a drill; a mark seen on the eye
HIT_THE_EYE = rx.compile(r"(?i)\b(?:something|a\s+(?:bit|piece|chip|fragment|splinter|shard|sliver)|bits?|it)\b[^.;!?\n]{0,25}?\b(?:pinged|flew|"
                         r"shot|flicked|sprang|bounced|came)\s+(?:off|up|out|back)?\s*(?:and\s+)?(?:hit|into|in|struck|went\s+in(?:to)?)\s+"
                         r"(?:my|his|her|the)\s+(?:(?:left|right)\s+)?eye\b")
STRIKING_TOOL = rx.compile(r"(?is)\b(?:hammer\w*|chisel\w*|grind\w*|grinder|drill\w*|strimm\w*|metal\s+on\s+metal|lathe|nail\s+gun)\b")
MARK_ON_THE_EYE = rx.compile(r"(?i)(?<!white\s)\b(?:tiny|little|small)?\s*(?<!white\s)(?:mark|dot|speck|cut|nick|scratch)\s+(?:on|in)\s+"
                             r"(?:the|my|his|her)\s+(?:eye(?:ball)?)\b")   # (not a lens wearer's "white spot on the coloured part": a keratitis)
ALSO_READ += ((HIT_THE_EYE, "eye_trauma"), (HIT_THE_EYE, "high_velocity_eye_injury", STRIKING_TOOL),
              (MARK_ON_THE_EYE, "visible_speck_on_eye"))
# - a half of the field of sight lost on one side in both eyes ("Confrontation fields: L homonymous defect both eyes",
#   "keeps bumping into the door frame on her left and missed the food on the left side of her plate": read as a
#   retina's curtain or nothing, and a stroke lost its lead to the high blood pressure): a stroke's sudden loss of sight,
#   claimed before the lexicon
HOMONYMOUS_LOSS = rx.compile(r"(?i)\b(?:l|r|left|right)?\s*homonymous\s+(?:hemianopi\w*|quadrantanopi\w*|(?:field\s+)?(?:defect|loss))"
                             r"(?:\s+(?:in\s+)?both\s+eyes)?|\bhemianopi\w*|\b(?:bump\w*|walk\w*|knock\w*)\s+into\s+(?:things|the\s+"
                             r"door\s*(?:frame|way)|door\s*frames?|furniture|the\s+wall)\s+on\s+(?:her|his|my|the)\s+(?:left|right)\b|"
                             r"\bmiss(?:ed|es|ing)\s+(?:the\s+)?food\s+on\s+the\s+(?:left|right)\s+(?:side\s+)?(?:of\s+(?:her|his|my|"
                             r"the)\s+plate)?|偏盲|同向偏盲")
BEFORE_LEXICON += ((HOMONYMOUS_LOSS, "sudden_vision_loss"),)
# - a liquid splashed into an eye, in Chinese ("咬破了一颗洗衣凝珠，液体喷到左眼里了": a laundry capsule's alkali read only
#   a red eye): the eye's chemical splash
ZH_SPLASH_IN_EYE = rx.compile(r"(?:液体|液|水|洗衣液|消毒液|漂白水|漂白剂|84|洗洁精|清洁剂|洗衣凝珠|凝珠|药水|石灰|水泥|油|酸|碱)[^。；;]{0,8}?"
                              r"(?:(?:喷|溅|射|崩|呲)(?:到|进|入)?|(?:弄|流|进)(?:到|进|入))(?:了)?(?:她的?|他的?|我的?)?(?:左|右|两|双|一)?(?:边|只)?"
                              r"(?:眼|眼睛)")   # (not a 流眼泪)
ALSO_READ += ((ZH_SPLASH_IN_EYE, "chemical_splash_eye"),)
# - an eye pushed forward and a swelling round the eye, in Chinese ("左眼周围红肿，今天左眼球好像往外突": an orbital
#   cellulitis's lid and proptosis, read nothing)
ZH_EYE_PUSHED_OUT = rx.compile(r"眼球(?:好像|有点|有些|明显)?(?:往外|向外|朝外)?(?:突|凸|鼓)(?:出)?")
ZH_ROUND_THE_EYE_SWOLLEN = rx.compile(r"眼(?:睛)?(?:周围|四周|周边|眶)(?:都|也|有点|有些)?(?:红肿|肿)")
BEFORE_LEXICON += ((ZH_EYE_PUSHED_OUT, "bulging_eyes"), (ZH_ROUND_THE_EYE_SWOLLEN, "eyelid_swelling"))
# - blisters on one side of the forehead or scalp, the face or the trunk, in Chinese ("右边额头头皮前几天一直针扎一样疼 ...
#   今天起了一片一片的小水泡，右眼皮肿": a shingles by the eye read only blisters, and a dental abscess led)
ZH_ONE_SIDE_BLISTERS = rx.compile(r"(?:右边|左边|右侧|左侧|一侧|一边|半边)(?:的)?(?:额头|头皮|脑门|脸|面部|胸口?|背|后背|腰|肋|肋骨)"
                                  r"[^。；]{0,30}?(?:水泡|水疱|疱疹|小泡)")
ALSO_READ += ((ZH_ONE_SIDE_BLISTERS, "dermatomal_rash"),)
# - the white of an eye gone red after a blow, and a black eye ("Got punched in the face ... Left eye has a black eye and
#   now the white of the eye is full red on the outside half": read a red eye, and an eye's foreign body led a
#   subconjunctival haemorrhage): the red patch on the white, and the eye's injury
WHITE_GONE_RED = rx.compile(r"(?i)\bwhite\s+of\s+(?:the|my|his|her)\s+(?:(?:left|right)\s+)?eye\s+(?:is|was|has\s+gone|went|turned|has\s+turned)\s+"
                            r"(?:all\s+|full\s+|bright\s+|blood\s+|completely\s+|half\s+)?(?:red|bloody|blood\s*red)\b")
BLACK_EYE = rx.compile(r"(?i)\b(?:a|has\s+a|got\s+a|with\s+a|gave\s+(?:me|him|her)\s+a)\s+black\s+eye\b")
BEFORE_LEXICON += ((WHITE_GONE_RED, "red_patch_white_of_eye"),)
ALSO_READ += ((BLACK_EYE, "eye_trauma"),)
# - something blown into an eye, in Chinese ("不知道是小虫子还是沙子进左眼了，冲了好几次还是磨，一眨眼就疼，眼泪哗哗流" read
#   nothing): the eye's foreign body's entry (the knowledge base's eye injury), its grit, its pain on blinking, its tears
ZH_SOMETHING_IN_EYE = rx.compile(r"(?:沙子|沙|灰|灰尘|虫子|小虫|飞虫|异物|铁屑|木屑|铁渣|碎屑|睫毛)[^，。；,;]{0,4}?(?:飞|掉|溅)?(?:进|入|迷)(?:了)?"
                                 r"(?:我的?|她的?|他的?)?(?:左|右|一只|两只|一边)?(?:边)?(?:眼|眼睛)|迷眼")
ZH_BLINK_HURTS = rx.compile(r"(?:一)?眨眼(?:睛)?(?:的时候)?(?:就|都|也)?(?:疼|痛|磨)")
ZH_TEARS_STREAM = rx.compile(r"眼泪(?:哗哗|一直|止不住|不停|直)(?:地|的)?(?:流|掉|往下流)")
ZH_EYE_GRITTY = rx.compile(r"(?<=还是)磨|(?<=还)磨(?!牙)|眼(?:睛)?(?:里)?(?:发)?磨(?!牙)|磨得(?:慌|难受|疼)")
ZH_EYE_NOTE = rx.compile(r"(?s)眼")
ALSO_READ += ((ZH_SOMETHING_IN_EYE, "eye_trauma"), (ZH_BLINK_HURTS, "eye_pain"), (ZH_TEARS_STREAM, "watery_eyes"),
              (ZH_EYE_GRITTY, "gritty_eyes", ZH_EYE_NOTE))
# (... and the part below the eyes after the cheeks is the cheeks' - "pain across my cheeks and below my eyes" read an
#  eye's pain, in the red-flag reader too, which knows no facial pain: urgent)
BELOW_THE_EYES_AFTER_CHEEKS = rx.compile(r"(?i)(?<=cheeks\sand\s)(?:below|under|beneath|underneath)\s+(?:my|the|her|his|both)\s+eyes\b")
READ_AS_NOTHING += (BELOW_THE_EYES_AFTER_CHEEKS,)
