"""The words of a verdict in three languages (en, ar, ru): claim and record sentences, change verbs,
and the names of states and events in the reader's language."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Event, FactBase, State

_TEXT: dict[str, tuple[str, str, str]] = {
    "members": ("the members on {day} are {names}", "الأعضاء في {day} هم {names}", "члены на {day}: {names}"),
    "members_some": ("{names} are members on {day}", "{names} أعضاء في {day}", "{names} — члены на {day}"),
    "observers": (
        "the observers on {day} are {names}",
        "المراقبون في {day} هم {names}",
        "наблюдатели на {day}: {names}",
    ),
    "missing": ("missing: {names}", "ناقص: {names}", "не названы: {names}"),
    "extra": ("not {what} on {day}: {names}", "ليست {what_ar} في {day}: {names}", "не {what_ru} на {day}: {names}"),
    "count": ("{n} {what} on {day}", "{n} {what_ar} في {day}", "{n} {what_ru} на {day}"),
    "value": ("{title}: {value}", "{title}: {value}", "{title}: {value}"),
    "disputed_value": (
        "the record holds {value}; sources also give {others}",
        "يثبت السجل {value}؛ وتذكر مصادر أيضًا {others}",
        "по записи {value}; источники называют также {others}",
    ),
    "change": ("{names}: {what}", "{names}: {what_ar}", "{names}: {what_ru}"),
    "no_event": ("no such event for {names}", "لا حدث كهذا لـ{names}", "такого события нет: {names}"),
    "post": ("{person}: {post}, {when}", "{person}: {post}، {when}", "{person}: {post}, {when}"),
    "held": ("held it {start}..{end}", "شغله {start}..{end}", "занимал {start}..{end}"),
    "founded": ("the CSTO was founded: {date}", "تأسست المنظمة: {date}", "ОДКБ основана: {date}"),
}
CHANGE_WORDS = {
    "leave": ("left", "انسحبت", "вышли"),
    "suspend": ("suspended membership", "علّقت عضويتها", "приостановили членство"),
    "freeze": ("froze participation", "جمّدت مشاركتها", "заморозили участие"),
    "join": ("joined", "انضمت", "вступили"),
    "rejoin": ("returned", "عادت", "вернулись"),
    "observer": ("became observers", "أصبحت مراقبة", "стали наблюдателями"),
}
CHANGE_KINDS = {
    "leave": ("withdrawal",),
    "suspend": ("participation-suspended", "suspended"),
    "freeze": ("participation-frozen",),
    "join": ("accession", "treaty-signed", "rejoined"),
    "rejoin": ("rejoined",),
    "observer": ("observer-granted",),
}
WHAT = {"member": ("members", "أعضاء", "члены"), "observer": ("observers", "مراقبين", "наблюдатели")}


def say(key: str, lang: str, **fields: object) -> str:
    en, ar, ru = _TEXT[key]
    return (ar if lang == "ar" else ru if lang == "ru" else en).format(**fields)


def pick(triple: tuple[str, str, str], lang: str) -> str:
    return triple[1] if lang == "ar" else triple[2] if lang == "ru" else triple[0]


def state_name(state: State, lang: str) -> str:
    if lang == "ar":
        return state.name_ar
    if lang == "ru" and state.name_ru:
        return state.name_ru
    return state.name


def title(e: Event, lang: str) -> str:
    return (e.title_ar if lang == "ar" else e.title_ru if lang == "ru" and e.title_ru else None) or e.title


def names(base: FactBase, codes: Iterable[str], lang: str) -> str:
    sep = "، " if lang == "ar" else ", "
    return sep.join(state_name(base.state_by_code[c], lang) for c in codes) or "—"
