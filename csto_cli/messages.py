"""Every label csto shows, in English, Arabic and Russian, in one place."""

from __future__ import annotations

import os

LANGS = ("en", "ar", "ru")

MESSAGES: dict[str, tuple[str, str, str]] = {
    "col.code": ("Code", "الرمز", "Код"),
    "col.name": ("Name", "الاسم", "Название"),
    "col.status": ("Status", "الوضع", "Статус"),
    "col.since": ("Since", "منذ", "С"),
    "col.note": ("Note", "ملاحظة", "Примечание"),
    "col.date": ("Date", "التاريخ", "Дата"),
    "col.kind": ("Kind", "النوع", "Вид"),
    "col.title": ("Event", "الحدث", "Событие"),
    "col.states": ("States", "الدول", "Государства"),
    "col.sources": ("Sources", "المصادر", "Источники"),
    "col.property": ("Property", "الخاصية", "Свойство"),
    "col.value": ("Value", "القيمة", "Значение"),
    "col.start": ("From", "من", "С"),
    "col.end": ("To", "إلى", "По"),
    "col.rank": ("Rank", "الرتبة", "Ранг"),
    "col.id": ("Id", "المعرّف", "Идентификатор"),
    "col.line": ("Line", "السطر", "Строка"),
    "col.verdict": ("Verdict", "الحكم", "Вердикт"),
    "col.claim": ("Claim", "الادعاء", "Утверждение"),
    "col.record": ("The record holds", "ما يثبته السجل", "Что содержит запись"),
    "col.quote": ("Quote", "الاقتباس", "Цитата"),
    "col.supports": ("Supports", "يدعم", "Подтверждает"),
    "col.evidence": ("Evidence", "الدليل", "Свидетельство"),
    "col.publisher": ("Publisher", "الناشر", "Издатель"),
    "col.supports_n": ("Supports", "يدعم", "Подтверждает"),
    "col.contradicted_n": ("Contradicted", "مرفوض", "Опровергнуто"),
    "col.title_src": ("Title", "العنوان", "Заголовок"),
    "col.subject": ("Subject", "الموضوع", "Предмет"),
    "col.was": ("Was", "كان", "Было"),
    "col.became": ("Became", "أصبح", "Стало"),
    "col.because": ("Events", "الأحداث", "События"),
    "supports.record": ("record", "السجل", "запись"),
    "supports.other": ("other side", "الطرف الآخر", "другая сторона"),
    "title.scan": ("{n} checkable claims", "{n} ادعاءات قابلة للتحقق", "проверяемых утверждений: {n}"),
    "verdict.true": ("TRUE", "صحيح", "ВЕРНО"),
    "verdict.partly": ("PARTLY TRUE", "صحيح جزئيًا", "ЧАСТИЧНО ВЕРНО"),
    "verdict.false": ("FALSE", "خطأ", "НЕВЕРНО"),
    "verdict.disputed": ("DISPUTED", "متنازع عليه", "СПОРНО"),
    "verdict.unknown": ("UNKNOWN", "غير معروف", "НЕИЗВЕСТНО"),
    "title.check": ("Claim check", "التحقق من الادعاء", "Проверка утверждения"),
    "title.evidence": ("Evidence", "الأدلة", "Свидетельства"),
    "title.audit": ("Audit of “{title}”", "تدقيق «{title}»", "Проверка «{title}»"),
    "title.sources": ("Sources", "المصادر", "Источники"),
    "title.diff": (
        "Changes from {first} to {second}",
        "التغييرات من {first} إلى {second}",
        "Изменения с {first} по {second}",
    ),
    "status.member": ("member", "عضو", "член"),
    "status.signatory": ("signatory", "دولة موقِّعة", "подписант"),
    "status.observer": ("observer", "مراقب", "наблюдатель"),
    "status.former": ("former member", "عضو سابق", "бывший член"),
    "status.suspended": ("suspended", "عضوية معلّقة", "членство приостановлено"),
    "status.none": ("not a member", "ليست عضوًا", "не член"),
    "participation.frozen": ("participation frozen", "المشاركة مجمّدة", "участие заморожено"),
    "rank.preferred": ("preferred", "مفضّلة", "предпочтительный"),
    "rank.normal": ("normal", "عادية", "обычный"),
    "rank.deprecated": ("deprecated", "مرفوضة", "отвергнутый"),
    "title.members": (
        "CSTO states with status “{status}” on {on}",
        "دول منظمة معاهدة الأمن الجماعي بوضع «{status}» في {on}",
        "Государства ОДКБ со статусом «{status}» на {on}",
    ),
    "title.member_status": ("{name}: {status} on {on}", "{name}: {status} في {on}", "{name}: {status} на {on}"),
    "title.history": ("History of {name}", "سجل {name}", "История: {name}"),
    "title.timeline": ("CSTO timeline", "التسلسل الزمني لمنظمة معاهدة الأمن الجماعي", "Хронология ОДКБ"),
    "title.facts": ("CSTO facts on {on}", "حقائق عن المنظمة في {on}", "Факты об ОДКБ на {on}"),
    "title.fact": ("{property} on {on}", "{property} في {on}", "{property} на {on}"),
    "title.fact_all": (
        "{property}: every recorded value",
        "{property}: كل القيم المسجّلة",
        "{property}: все записанные значения",
    ),
    "footer.as_of": ("Record as of {as_of}", "السجل محدَّث حتى {as_of}", "Запись актуальна на {as_of}"),
    "age.days": ("{days} days ago", "قبل {days} يومًا", "{days} дн. назад"),
    "footer.disputed": (
        "‡ disputed: sources give other values (see --format json)",
        "‡ متنازع عليه: تذكر المصادر قيمًا أخرى",
        "‡ оспаривается: источники дают другие значения (см. --format json)",
    ),
    "footer.unverified": ("? not confirmed in a source", "? لم يتأكد من مصدر", "? не подтверждено источником"),
    "note.frozen_since": (
        "participation frozen since {date}",
        "المشاركة مجمّدة منذ {date}",
        "участие заморожено с {date}",
    ),
    "note.uncertain": (
        "this change is dated only to {date}",
        "هذا التغيير مؤرّخ بـ{date} فقط",
        "изменение датировано лишь {date}",
    ),
    "note.acting": ("acting", "بالنيابة", "врио"),
    "note.change": ("{before} → {after} on {on}", "{before} ← {after} في {on}", "{before} → {after} с {on}"),
    "note.changed_within": (
        "changed within {period}: {changes}",
        "تغيّر خلال {period}: {changes}",
        "изменения за {period}: {changes}",
    ),
    "title.chart": (
        "CSTO membership, {first}–{last}",
        "العضوية في منظمة معاهدة الأمن الجماعي، {first}–{last}",
        "Членство в ОДКБ, {first}–{last}",
    ),
    "chart.member": ("member", "عضو", "член"),
    "chart.signatory": ("signatory", "موقِّعة", "подписант"),
    "chart.observer": ("observer", "مراقب", "наблюдатель"),
    "chart.former": ("former", "سابق", "бывший"),
    "chart.suspended": ("suspended", "معلّقة", "приостановлено"),
    "chart.frozen": ("participation frozen", "مشاركة مجمّدة", "участие заморожено"),
    "chart.none": ("not in", "خارجها", "вне"),
    "chart.unit.1": ("one column a year", "عمود لكل سنة", "одна колонка — год"),
    "chart.unit.2": ("one column a half-year", "عمود لكل نصف سنة", "одна колонка — полгода"),
    "chart.unit.4": ("one column a quarter", "عمود لكل ربع سنة", "одна колонка — квартал"),
    "chart.footer": (
        "{unit}; each cell shows the status that held for most of it. Record as of {as_of}",
        "{unit}؛ تُظهر كل خانة الوضع الذي ساد أغلب مدتها. السجل محدَّث حتى {as_of}",
        "{unit}; в каждой клетке — статус, действовавший большую часть периода. Запись актуальна на {as_of}",
    ),
    "kind.treaty-signed": ("treaty signed", "توقيع المعاهدة", "подписание договора"),
    "kind.accession": ("accession", "انضمام", "присоединение"),
    "kind.treaty-in-force": ("treaty in force", "دخول المعاهدة حيز التنفيذ", "вступление договора в силу"),
    "kind.renewal": ("renewal", "تجديد", "продление"),
    "kind.withdrawal": ("withdrawal", "انسحاب", "выход"),
    "kind.charter-signed": ("charter signed", "توقيع الميثاق", "подписание устава"),
    "kind.charter-in-force": ("charter in force", "دخول الميثاق حيز التنفيذ", "вступление устава в силу"),
    "kind.rejoined": ("rejoined", "عودة العضوية", "возвращение"),
    "kind.suspended": ("suspended", "تعليق العضوية", "приостановление членства"),
    "kind.participation-frozen": ("participation frozen", "تجميد المشاركة", "заморозка участия"),
    "kind.observer-granted": ("observer status", "منح صفة المراقب", "статус наблюдателя"),
    "kind.candidacy": ("candidacy", "ترشيح", "кандидатура"),
    "kind.appointment": ("appointment", "تعيين", "назначение"),
    "kind.force-created": ("force created", "إنشاء قوة", "создание сил"),
    "kind.agreement": ("agreement", "اتفاق", "соглашение"),
    "kind.deployment": ("deployment", "نشر قوات", "развёртывание сил"),
    "kind.withdrawal-of-forces": ("withdrawal of forces", "سحب القوات", "вывод сил"),
    "kind.exercise": ("exercise", "مناورات", "учения"),
    "kind.summit": ("summit", "قمة", "саммит"),
    "kind.request": ("request", "طلب", "запрос"),
    "kind.statement": ("statement", "تصريح", "заявление"),
    "kind.ratification": ("ratification", "مصادقة", "ратификация"),
    "property.headquarters": ("headquarters", "المقر", "штаб-квартира"),
    "property.secretary-general": ("secretary-general", "الأمين العام", "генеральный секретарь"),
    "property.chairmanship": ("chairmanship", "الرئاسة", "председательство"),
    "property.founding": ("founding", "التأسيس", "основание"),
    "property.purposes": ("purposes", "الأهداف", "цели"),
    "property.charter-principles": ("charter principles", "مبادئ الميثاق", "принципы устава"),
    "property.collective-defence": ("collective defence", "الدفاع الجماعي", "коллективная оборона"),
    "property.peacekeeping-forces-size": (
        "peacekeeping forces size",
        "حجم قوات حفظ السلام",
        "численность миротворческих сил",
    ),
    "property.rapid-reaction-force-size": (
        "rapid reaction force size",
        "حجم قوة الرد السريع",
        "численность сил оперативного реагирования",
    ),
    "property.observers": ("observers", "المراقبون", "наблюдатели"),
    "property.un-observer-status": ("UN observer status", "صفة المراقب في الأمم المتحدة", "статус наблюдателя в ООН"),
    "property.members": (
        "members (as a source lists them)",
        "الأعضاء (كما يذكرهم مصدر)",
        "члены (по данным источника)",
    ),
    "property.official-languages": ("official languages", "اللغات الرسمية", "официальные языки"),
    "property.secretariat": ("secretariat", "الأمانة العامة", "секретариат"),
    "property.origins": ("origins", "الأصول", "истоки"),
    "property.description": ("description", "الوصف", "характеристика"),
    "property.chairmanship-term": ("chairmanship term", "مدة الرئاسة", "срок председательства"),
    "note.record_age": (
        "record as of {as_of}, {days} days ago; later changes are not in it",
        "السجل محدَّث حتى {as_of}، قبل {days} يومًا؛ التغييرات اللاحقة ليست فيه",
        "запись актуальна на {as_of}, {days} дн. назад; более поздних изменений в ней нет",
    ),
    "note.future": (
        "{on} is in the future, after the record's as-of date {as_of}; the record shows {verdict}",
        "{on} في المستقبل، بعد تاريخ تحديث السجل {as_of}؛ السجل يُظهر {verdict}",
        "{on} в будущем, позже даты актуальности записи {as_of}; по записи: {verdict}",
    ),
    "warn.after_as_of": (
        "warning: {on} is in the future, after the record's as-of date {as_of}; the record cannot know it",
        "تحذير: {on} في المستقبل، بعد تاريخ تحديث السجل {as_of}؛ لا يمكن للسجل أن يعرفه",
        "предупреждение: {on} в будущем, позже даты актуальности записи {as_of}; запись не может этого знать",
    ),
    "err.unknown": ("unknown {what} {query!r}", "{what} غير معروف: «{query}»", "неизвестно ({what}): «{query}»"),
    "err.did_you_mean": ("did you mean: {names}?", "هل تقصد: {names}؟", "возможно, вы имели в виду: {names}?"),
    "participation.suspended": ("participation suspended", "المشاركة معلّقة", "участие приостановлено"),
    "footer.checked": ("checked {checked}", "تم التحقق في {checked}", "проверена {checked}"),
    "note.suspended_since": (
        "participation suspended since {date}",
        "المشاركة معلّقة منذ {date}",
        "участие приостановлено с {date}",
    ),
    "note.never": (
        "never a party to the treaty or the organization",
        "لم تكن طرفًا في المعاهدة أو المنظمة قط",
        "никогда не участвовало в ДКБ/ОДКБ",
    ),
    "kind.participation-suspended": ("participation suspended", "تعليق المشاركة", "приостановление участия"),
    "kind.observer-ended": ("observer status ended", "انتهاء صفة المراقب", "утрата статуса наблюдателя"),
    "kind.session": ("session", "دورة", "сессия"),
    "kind.decision": ("decision", "قرار", "решение"),
    "kind.mission": ("mission", "بعثة", "миссия"),
    "kind.refusal": ("refusal", "رفض", "отказ"),
    "kind.institution": ("institution", "مؤسسة", "институт"),
    "warn.no_events": (
        "no events match; the record covers {covers}",
        "لا أحداث مطابقة؛ يغطي السجل {covers}",
        "в хронологии нет событий, отвечающих условиям; запись охватывает {covers}",
    ),
    "warn.no_events_state": (
        "{name}: no events in this period; the record's events for {name} run from {first} to {last}",
        "{name}: لا أحداث في هذه الفترة؛ أحداث السجل عن {name} من {first} إلى {last}",
        "{name}: нет событий в этом периоде; события записи о {name}: с {first} по {last}",
    ),
    "warn.no_events_never": (
        "{name}: the record holds no events (never a party to the treaty or the organization)",
        "{name}: لا يحوي السجل أي حدث (لم تكن طرفًا في المعاهدة أو المنظمة قط)",
        "{name}: в записи нет ни одного события (государство никогда не участвовало в ДКБ/ОДКБ)",
    ),
    # verdicts on claims in the reader's words (queries/verdicts.py)
    "claim.members": ("the members on {day} are {names}", "الأعضاء في {day} هم {names}", "члены на {day}: {names}"),
    "claim.members_some": ("{names} are members on {day}", "{names} أعضاء في {day}", "{names} — члены на {day}"),
    "claim.observers": (
        "the observers on {day} are {names}",
        "المراقبون في {day} هم {names}",
        "наблюдатели на {day}: {names}",
    ),
    "claim.missing": ("missing: {names}", "ناقص: {names}", "не названы: {names}"),
    "claim.extra": (
        "not {what} on {day}: {names}",
        "ليست {what} في {day}: {names}",
        "не {what} на {day}: {names}",
    ),
    "claim.count": ("{n} {what} on {day}", "{n} {what} في {day}", "{n} {what} на {day}"),
    "claim.value": ("{title}: {value}", "{title}: {value}", "{title}: {value}"),
    "claim.disputed_value": (
        "the record holds {value}; sources also give {others}",
        "يثبت السجل {value}؛ وتذكر مصادر أيضًا {others}",
        "по записи {value}; источники называют также {others}",
    ),
    "claim.change": ("{names}: {what}", "{names}: {what}", "{names}: {what}"),
    "claim.no_event": ("no such event for {names}", "لا حدث كهذا لـ{names}", "такого события нет: {names}"),
    "claim.post": ("{person}: {post}, {when}", "{person}: {post}، {when}", "{person}: {post}, {when}"),
    "claim.held": ("held it {start}..{end}", "شغله {start}..{end}", "занимал {start}..{end}"),
    "claim.founded": ("the CSTO was founded: {date}", "تأسست المنظمة: {date}", "ОДКБ основана: {date}"),
    "change.leave": ("left", "انسحبت", "вышли"),
    "change.suspend": ("suspended membership", "علّقت عضويتها", "приостановили членство"),
    "change.freeze": ("froze participation", "جمّدت مشاركتها", "заморозили участие"),
    "change.join": ("joined", "انضمت", "вступили"),
    "change.rejoin": ("returned", "عادت", "вернулись"),
    "change.observer": ("became observers", "أصبحت مراقبة", "стали наблюдателями"),
    "what.member": ("members", "أعضاء", "члены"),
    "what.observer": ("observers", "مراقبين", "наблюдатели"),
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
            return _code(value) if _code(value) in LANGS else "en"
    return "en"


def _code(locale_name: str) -> str:
    return locale_name.split("_")[0].split(".")[0].split("@")[0].lower()


def t(key: str, lang: str, **fields: object) -> str:
    en, ar, ru = MESSAGES[key]
    text = ar if lang == "ar" else ru if lang == "ru" else en
    return text.format(**fields) if fields else text
