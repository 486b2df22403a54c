"""The words that make a sentence a claim, in English, Arabic and Russian, as patterns over the
normalised text (lower case; Arabic أ/إ/آ→ا, ة→ه, ى→ي, ئ→ي). English and Russian entries are word
beginnings (stems); Arabic entries may carry the clitics و ف ب ل ك and the article ال."""

from __future__ import annotations

import re

from ..records import record


def _ar(*words: str) -> str:
    return rf"(?:و|ف)?(?:لل|ب|ل|ك)?(?:ال)?(?:{'|'.join(words)})"


_CUES: dict[str, str] = {
    "org": r"csto|collective security treaty organi[sz]ation|organi[sz]ation|alliance|bloc\b|"
    r"одкб|организаци|блок\w*|альянс|" + _ar("منظمه", "تكتل", "تحالف", "حلف\\b"),
    "treaty": r"treaty|tashkent pact|collective security treaty\b|договор|ташкентск\w* пакт|"
    + _ar("معاهده", "اتفاقيه", "ميثاق طشقند"),
    "charter": r"charter|устав|" + _ar("ميثاق(?! طشقند)"),
    # "the signatory countries" names states, it does not say they signed anything
    "sign": r"sign(?!ator(?:y|ies) (?:countries|states|nations|parties))|conclud|подпис|заключ|"
    + _ar("وقع", "توقيع", "موقع", "مبرم", "ابرم"),
    # "created headlines" creates nothing
    "found": r"found(?!ation)|establish|creat(?!\w* (?:headlines|a stir|problems|tension))|set up|formed\b|form\b|"
    r"renamed|transformed into|переименова|преобразова|"
    r"основа|созда|учрежд|образова|"
    + _ar("تاسس", "تاسيس", "انبثق", "انشا", "انشي", "نشات", "اسس", "تشكل", "تشكيل", "اقام"),
    "in_force": r"into force|took effect|came into effect|в силу|" + _ar("حيز التنفيذ", "حيز النفاذ", "سريان"),
    "renew": r"renew|extend|prolong|продл|пролонг|" + _ar("تجديد", "تمديد", "جدد", "مدد"),
    # not renewing the treaty is how Azerbaijan, Georgia and Uzbekistan left it
    "not_renew": r"(?:not|declined|refused|failed) (?:to )?(?:renew|extend|prolong)|"
    r"(?:отказал\w*|не стал\w*|не) (?:продл|пролонг)\w*|"
    + _ar("رفضت تجديد", "رفض تجديد", "لم تجدد", "لم يجدد", "عدم تجديد"),
    "decide": r"decid|decision|решил|решени|постанов|" + _ar("قرر", "قرار"),
    "leave": r"withdr[ae]w|withdrawn|withdrawal|left\b|leave|leaving|quit|pull(?:ed|s)? out|exit|"
    r"вышл|вышел|выйд|выход|покину|" + _ar("انسحب", "انسحاب", "خرج", "خروج", "غادر", "مغادره"),
    "suspend": r"suspen|приостанов|" + _ar("علق", "تعليق", "علقت", "ايقاف", "اوقفت", "اوقف"),
    "freeze": r"froze|freez|замороз|заморажив|" + _ar("جمد", "تجميد", "مجمد"),
    "join": r"join|accede|accession|became (?:a |an )?(?:full |full-fledged )?(?:\w+ )?(?:member|participant)|"
    r"присоедин|вступил(?!\w* в силу)|вступл|" + _ar("انضم", "انضمام"),
    "rejoin": r"rejoin|return|came back|comes? back|"
    r"restor\w* (?:its |their |the country's |the country’s )?membership|вернул|возвращ|восстанов|"
    + _ar("عادت", "عوده", "استعاد", "عاد"),
    "observer": r"observer|наблюдател|" + _ar("مراقب"),
    "member": r"member|membership|participation|(?:(?:does|do) not|doesn't|don't|no longer) "
    r"(?:take part|takes part|participate)|член|участ(?:и|в)|входя|входит|в состав|"
    + _ar("عضو", "اعضا", "عضويه", "مشارك"),
    "list_all": r"consist|comprise|made up of|composed of|состоит|объединяет|входят|"
    + _ar("تتكون", "يتكون", "مكون", "تتالف", "يتالف", "هم كل من", "هي كل من", "تضم", "يضم", "تشمل", "يشمل"),
    "list_some": r"includ|such as|among|включа|в том числе|среди|" + _ar("بينها", "من بين", "مثل"),
    "troops": r"troops|paratroop|soldier|servicem[ae]n|peacekeeper|personnel|contingent|militar|"
    r"военнослужащ|миротворц|десантник|солдат|военны|бойц|человек|"
    + _ar("جندي", "جنود", "عنصر", "عسكري", "فرد", "افراد", "قوات", "مقاتل", "مظلي"),
    "deploy": r"sent\b|send|entered\b|deploy|dispatch|arriv|направ|ввод|ввел|ввели|введ|развер|прибы|переброс|"
    + _ar("ارسل", "ارسال", "نشر", "بعث", "ايفاد", "وصل", "وصول", "دفع", "نشرت"),
    "request": r"request|asked|appeal|обрати|обращ|попрос|просьб|запрос|" + _ar("طلب", "استنجد", "ناشد", "استدعي"),
    "rapid": r"rapid reaction|crrf|оперативного реагирования|ксор|" + _ar("رد سريع", "رد السريع", "تدخل السريع"),
    "peacekeeping": r"peacekeep|миротвор|" + _ar("حفظ السلام"),
    "sg": r"secretary[- ]general|secretary general|генеральн\w* секретар|генсек|" + _ar("امين العام", "امين عام"),
    "appoint": r"appoint|named|elected|became|took office|took over|назнач|избран|стал|возглави|"
    + _ar("عين", "تعيين", "انتخب", "تولي", "اصبح", "ترأس"),
    "exercise": r"exercise|drill|manoeuvre|maneuver|учени|маневр|" + _ar("مناورات", "مناوره", "تدريبات", "تمارين"),
    "agreement": r"protocol|agreement|accord\b|протокол|соглашени|" + _ar("بروتوكول", "اتفاق"),
    "candidacy": r"candida|could join|might join|may join|possibility of \w+ join|кандидат|"
    + _ar("امكانيه انضمام", "ترشيح", "ترشح"),
    "chair": r"chair(?:s|ed|ing|manship|man)?\b|rotating presidency|председател\w*|председательств\w*|"
    + _ar("تترأس", "يترأس", "ترأس", "رئاسه الدوريه", "الرئاسه الدوريه"),
    "ratify": r"ratif|ратифиц|" + _ar("صادق", "مصادقه", "صدق"),
    "hq": r"headquarter|based in|seat\b|штаб-квартир|штаб квартир|" + _ar("مقر"),
    "states": r"states\b|countries|nations\b|republics|members\b|государств|стран|республик|членов|"
    + _ar("دول\\b", "دوله", "بلدان", "جمهوريات", "اعضاء"),
    "withdraw_forces": r"withdrawal of|(?:troops|peacekeepers|forces|units) (?:left|withdr)|"
    r"withdr[ae]w (?:the |its |their )?(?:troops|forces|peacekeepers|contingent)|вывод|"
    + _ar("سحب", "انسحاب القوات", "انسحاب قوات"),
}
# Words that make a sentence an opinion, a prediction or a condition, not a statement of fact.
_MODAL = (
    r"could|might|(?<!\d )may\b(?!\s*\d)|possib|expect|propos|suggest|would|should|will\b|shall|won't|if\b|"
    r"whether|perhaps|likely|"
    r"plans? to|intends?|expected to|"
    r"может|могут|могла|мог\b|будет|будут|бы\b|если|возможно|вероятно|планиру|намерен|собира|предлож|ожида|"
    + _ar(
        "سوف\\b",
        "يتوقع",
        "متوقع",
        "امكاني",
        "اقترح",
        "مقترح",
        "لو\\b",
        "اذا\\b",
        "ربما\\b",
        "يمكن",
        "محتمل",
        "ينبغي",
        "يجب\\b",
        "قد ت",
        "قد ي",
        "ستكون",
        "نيه\\b",  # "نية يريفان الانسحاب": an intention, not a withdrawal
        "تنوي",
        "ينوي",
        "سيكون",
    )
)
_NEGATION = r"not\b|never|n't|no longer|не\b|ни\b|нет\b|" + _ar("لم\\b", "لن\\b", "ليس", "ليست", "عدم", "لا\\b")

_START = r"(?<![^\W\d_])"
CUES: dict[str, re.Pattern[str]] = {k: re.compile(_START + f"(?:{v})") for k, v in _CUES.items()}
MODAL = re.compile(_START + f"(?:{_MODAL})")
NEGATION = re.compile(_START + f"(?:{_NEGATION})")
# Quoted speech: four words or more between quotation marks ("frozen" in scare quotes is the writer's)
QUOTES = re.compile(r"[\"“«„](?:[^\"“”«»„\s]+\s+){3,}[^\"“”«»„]*?[\"”»“]")


@record
class Cue:
    name: str
    start: int
    end: int


def find_cues(text: str) -> list[Cue]:
    out = [
        Cue(name, m.start(), _word_end(text, m.end())) for name, pattern in CUES.items() for m in pattern.finditer(text)
    ]
    # "Collective Security Treaty Organization", "منظمة معاهدة الأمن الجماعي": the treaty in the name is the
    # organization, not the treaty
    names = [c for c in out if c.name == "org"]
    out = [
        c
        for c in out
        if c.name != "treaty" or not any(o.start <= c.start < o.end or 0 <= c.start - o.end <= 1 for o in names)
    ]
    refusals = [c for c in out if c.name == "not_renew"]
    if refusals:  # "declined to renew" is no renewal
        out = [c for c in out if c.name != "renew" or not any(r.start <= c.start < r.end for r in refusals)]
    return sorted(out, key=lambda c: c.start)


def _word_end(text: str, end: int) -> int:
    while end < len(text) and (text[end].isalnum()):
        end += 1
    return end
