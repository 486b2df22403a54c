"""Every label csto shows, in English and Arabic, in one place."""

from __future__ import annotations

import os

LANGS = ("en", "ar")

MESSAGES: dict[str, tuple[str, str]] = {
    # column headings
    "col.code": ("Code", "الرمز"),
    "col.name": ("Name", "الاسم"),
    "col.status": ("Status", "الوضع"),
    "col.since": ("Since", "منذ"),
    "col.note": ("Note", "ملاحظة"),
    "col.date": ("Date", "التاريخ"),
    "col.kind": ("Kind", "النوع"),
    "col.title": ("Event", "الحدث"),
    "col.states": ("States", "الدول"),
    "col.place": ("Place", "المكان"),
    "col.sources": ("Sources", "المصادر"),
    "col.property": ("Property", "الخاصية"),
    "col.value": ("Value", "القيمة"),
    "col.start": ("From", "من"),
    "col.end": ("To", "إلى"),
    "col.rank": ("Rank", "الرتبة"),
    "col.id": ("Id", "المعرّف"),
    "col.on": ("On", "في"),
    "col.participation": ("Participation", "المشاركة"),
    "col.disputed": ("Disputed", "متنازع عليه"),
    "col.verdict": ("Verdict", "الحكم"),
    "col.claim": ("Claim", "الادعاء"),
    "col.record": ("The record holds", "ما يثبته السجل"),
    "col.quote": ("Quote", "الاقتباس"),
    "col.supports": ("Supports", "يدعم"),
    "col.evidence": ("Evidence", "الدليل"),
    "col.publisher": ("Publisher", "الناشر"),
    "col.supports_n": ("Supports", "يدعم"),
    "col.contradicted_n": ("Contradicted", "مرفوض"),
    "col.title_src": ("Title", "العنوان"),
    "col.subject": ("Subject", "الموضوع"),
    "col.was": ("Was", "كان"),
    "col.became": ("Became", "أصبح"),
    "col.because": ("Events", "الأحداث"),
    "supports.record": ("record", "السجل"),
    "supports.other": ("other side", "الطرف الآخر"),
    "title.check": ("Claim check", "التحقق من الادعاء"),
    "title.evidence": ("Evidence", "الأدلة"),
    "title.audit": ("Audit of “{title}”", "تدقيق «{title}»"),
    "title.sources": ("Sources", "المصادر"),
    "title.diff": ("Changes from {first} to {second}", "التغييرات من {first} إلى {second}"),
    # statuses and ranks
    "status.member": ("member", "عضو"),
    "status.signatory": ("signatory", "دولة موقِّعة"),
    "status.observer": ("observer", "مراقب"),
    "status.former": ("former member", "عضو سابق"),
    "status.suspended": ("suspended", "عضوية معلّقة"),
    "status.none": ("not a member", "ليست عضوًا"),
    "participation.frozen": ("participation frozen", "المشاركة مجمّدة"),
    "rank.preferred": ("preferred", "مفضّلة"),
    "rank.normal": ("normal", "عادية"),
    "rank.deprecated": ("deprecated", "مرفوضة"),
    # titles and notes
    "title.members": (
        "CSTO states with status “{status}” on {on}",
        "دول منظمة معاهدة الأمن الجماعي بوضع «{status}» في {on}",
    ),
    "title.member_status": ("{name}: {status} on {on}", "{name}: {status} في {on}"),
    "title.history": ("History of {name}", "سجل {name}"),
    "title.timeline": ("CSTO timeline", "التسلسل الزمني لمنظمة معاهدة الأمن الجماعي"),
    "title.facts": ("CSTO facts on {on}", "حقائق عن المنظمة في {on}"),
    "title.fact": ("{property} on {on}", "{property} في {on}"),
    "title.fact_all": ("{property}: every recorded value", "{property}: كل القيم المسجّلة"),
    "footer.as_of": ("Record as of {as_of}", "السجل محدَّث حتى {as_of}"),
    "footer.as_of_age": ("Record as of {as_of}, {days} days ago", "السجل محدَّث حتى {as_of}، قبل {days} يومًا"),
    "footer.disputed": (
        "‡ disputed: sources give other values (see --format json)",
        "‡ متنازع عليه: تذكر المصادر قيمًا أخرى",
    ),
    "footer.unverified": ("? not confirmed in a source", "? لم يتأكد من مصدر"),
    "note.frozen_since": ("participation frozen since {date}", "المشاركة مجمّدة منذ {date}"),
    "note.uncertain": ("this change is dated only to {date}", "هذا التغيير مؤرّخ بـ{date} فقط"),
    "note.acting": ("acting", "بالنيابة"),
    "note.change": ("{before} → {after} on {on}", "{before} ← {after} في {on}"),
    "note.changed_within": ("changed within {period}: {changes}", "تغيّر خلال {period}: {changes}"),
    "empty": ("(no records)", "(لا توجد سجلات)"),
    "title.chart": ("CSTO membership, {first}–{last}", "العضوية في منظمة معاهدة الأمن الجماعي، {first}–{last}"),
    "chart.member": ("member", "عضو"),
    "chart.signatory": ("signatory", "موقِّعة"),
    "chart.observer": ("observer", "مراقب"),
    "chart.former": ("former", "سابق"),
    "chart.suspended": ("suspended", "معلّقة"),
    "chart.frozen": ("participation frozen", "مشاركة مجمّدة"),
    "chart.none": ("not in", "خارجها"),
    "chart.unit.1": ("one column a year", "عمود لكل سنة"),
    "chart.unit.2": ("one column a half-year", "عمود لكل نصف سنة"),
    "chart.unit.4": ("one column a quarter", "عمود لكل ربع سنة"),
    "chart.footer": (
        "{unit}; each cell shows the status that held for most of it. Record as of {as_of}",
        "{unit}؛ تُظهر كل خانة الوضع الذي ساد أغلب مدتها. السجل محدَّث حتى {as_of}",
    ),
    # event kinds and properties
    "kind.treaty-signed": ("treaty signed", "توقيع المعاهدة"),
    "kind.accession": ("accession", "انضمام"),
    "kind.treaty-in-force": ("treaty in force", "دخول المعاهدة حيز التنفيذ"),
    "kind.renewal": ("renewal", "تجديد"),
    "kind.withdrawal": ("withdrawal", "انسحاب"),
    "kind.charter-signed": ("charter signed", "توقيع الميثاق"),
    "kind.charter-in-force": ("charter in force", "دخول الميثاق حيز التنفيذ"),
    "kind.rejoined": ("rejoined", "عودة العضوية"),
    "kind.suspended": ("suspended", "تعليق العضوية"),
    "kind.participation-frozen": ("participation frozen", "تجميد المشاركة"),
    "kind.observer-granted": ("observer status", "منح صفة المراقب"),
    "kind.candidacy": ("candidacy", "ترشيح"),
    "kind.appointment": ("appointment", "تعيين"),
    "kind.force-created": ("force created", "إنشاء قوة"),
    "kind.agreement": ("agreement", "اتفاق"),
    "kind.deployment": ("deployment", "نشر قوات"),
    "kind.withdrawal-of-forces": ("withdrawal of forces", "سحب القوات"),
    "kind.exercise": ("exercise", "مناورات"),
    "kind.summit": ("summit", "قمة"),
    "kind.request": ("request", "طلب"),
    "kind.statement": ("statement", "تصريح"),
    "kind.ratification": ("ratification", "مصادقة"),
    "property.headquarters": ("headquarters", "المقر"),
    "property.secretary-general": ("secretary-general", "الأمين العام"),
    "property.chairmanship": ("chairmanship", "الرئاسة"),
    "property.founding": ("founding", "التأسيس"),
    "property.purposes": ("purposes", "الأهداف"),
    "property.charter-principles": ("charter principles", "مبادئ الميثاق"),
    "property.collective-defence": ("collective defence", "الدفاع الجماعي"),
    "property.peacekeeping-forces-size": ("peacekeeping forces size", "حجم قوات حفظ السلام"),
    "property.rapid-reaction-force-size": ("rapid reaction force size", "حجم قوة الرد السريع"),
    "property.observers": ("observers", "المراقبون"),
    "property.un-observer-status": ("UN observer status", "صفة المراقب في الأمم المتحدة"),
    "property.members": ("members (as a source lists them)", "الأعضاء (كما يذكرهم مصدر)"),
    "property.official-languages": ("official languages", "اللغات الرسمية"),
    "property.secretariat": ("secretariat", "الأمانة العامة"),
    "property.origins": ("origins", "الأصول"),
    "property.description": ("description", "الوصف"),
    "property.chairmanship-term": ("chairmanship term", "مدة الرئاسة"),
    # talk on stderr
    "warn.after_as_of": (
        "warning: {on} is in the future, after the record's as-of date {as_of}; the record cannot know it",
        "تحذير: {on} في المستقبل، بعد تاريخ تحديث السجل {as_of}؛ لا يمكن للسجل أن يعرفه",
    ),
    "err.unknown": ("unknown {what} {query!r}", "{what} غير معروف: «{query}»"),
    "err.did_you_mean": ("did you mean: {names}?", "هل تقصد: {names}؟"),
}


def default_lang() -> str:
    """The language the locale asks for, if csto speaks it; else English. LANGUAGE is a priority
    list (GNU gettext); otherwise the first of LC_ALL, LC_MESSAGES and LANG that is set decides."""
    for part in os.environ.get("LANGUAGE", "").split(":"):
        if _code(part) in LANGS:
            return _code(part)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "ar" if _code(value) == "ar" else "en"
    return "en"


def _code(locale_name: str) -> str:
    return locale_name.split("_")[0].split(".")[0].split("@")[0].lower()


def t(key: str, lang: str, **fields: object) -> str:
    en, ar = MESSAGES[key]
    text = ar if lang == "ar" else en
    return text.format(**fields) if fields else text
