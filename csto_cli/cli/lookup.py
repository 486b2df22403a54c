"""The lookup commands: members, member-status, timeline, fact."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from ..messages import t
from ..model import EVENT_KINDS, FactBase, NotFound, State
from ..records import replace
from ..render.localized import localized
from .options import (
    CountryOpt,
    FromOpt,
    OnOpt,
    StatusChoice,
    ToOpt,
    complete_country,
    complete_kind,
    complete_property,
    output_options,
    resolve_states,
    state_codes,
)
from .output import Output, batch_lines, not_found, not_found_message, parse_day, say, the_period, usage

if TYPE_CHECKING:
    from ..queries.membership import StateStatus


@output_options
def members(
    on: OnOpt = None,
    status: Annotated[StatusChoice, typer.Option("--status", "-s", help="Which status to list.")] = StatusChoice.member,
    country: CountryOpt = None,
    *,
    out: Output,
) -> None:
    """List the states with a status (default: members) on a day (default: today).

    \b
    Examples:
      csto members
      csto members --on 2010-06-01 --format json | jq -r '.[].code'
      csto members --on 2012       (every state that was a member at some time in 2012)
      csto members --status all --lang ar
      csto members --status all --country ARM,UZB
    """
    from ..queries.membership import members_in, members_on
    from ..render.views import members_view

    base = out.load()
    codes = state_codes(base, country, out.lang)
    day, period = out.day(base, on), the_period(on)
    found = members_in(base, period, day, status.value) if period else members_on(base, day, status.value)
    rows = [r for r in found if not codes or r.state.code in codes]
    out.emit(members_view(base, rows, day, status.value, out.lang))


@output_options
def member_status(
    country: Annotated[
        str,
        typer.Argument(
            metavar="COUNTRY",
            help="ISO code, English, Arabic or Russian name; '-' reads names from stdin.",
            autocompletion=complete_country,
            show_default=False,
        ),
    ],
    on: OnOpt = None,
    no_history: Annotated[bool, typer.Option("--no-history", help="Only the answer, without the history.")] = False,
    history_only: Annotated[
        bool, typer.Option("--history-only", help="Only the history: every event that names the state.")
    ] = False,
    *,
    out: Output,
) -> None:
    """Show one state's status on a day, then its whole history, with sources.

    \b
    Examples:
      csto member-status Uzbekistan --on 2008-06-01
      csto member-status Uzbekistan --on 2012      (the status at the end of 2012, and its changes)
      csto member-status Armenia --no-history
      csto member-status Armenia --history-only --format csv
      csto member-status قرغيزستان --format json
      csto member-status Казахстан --lang ru
      printf 'Armenia\\nKZ\\n' | csto member-status - --format jsonl
    """
    from ..queries.membership import history, status_in, status_on
    from ..queries.names import resolve_state
    from ..render import contract
    from ..render.views import MEMBER_STATUS_FIELDS, member_status_view, members_view, timeline_view

    if no_history and history_only:
        usage("--no-history and --history-only exclude each other")
    if country == "-" and (no_history or history_only):
        usage("--no-history and --history-only are for one state, not for names read from stdin ('-')")
    base = out.load()
    day, period = out.day(base, on), the_period(on)

    def status(state: State) -> StateStatus:
        return status_in(base, state, period, day) if period else status_on(base, state, day)

    if country != "-":
        try:
            state = resolve_state(base, country)
        except NotFound as exc:
            not_found(exc, out.lang)
        events = history(base, state)
        if history_only:
            name = localized(state, "name", out.lang)
            out.emit(replace(timeline_view(base, events, out.lang), title=t("title.history", out.lang, name=name)))
            return
        view = member_status_view(base, status(state), events, out.lang)
        if no_history:
            document = {k: v for k, v in view.document.items() if k != "history"}
            view = replace(view, sections=(), document=document)
        elif events:
            listing = f"csto member-status {state.code} --history-only --format {out.format.value}"
            out.note_dropped("the history", listing)
        out.emit(view)
        return
    fields = MEMBER_STATUS_FIELDS
    failed = 0

    def answers() -> Iterator[StateStatus]:
        nonlocal failed
        for line in batch_lines("-", usage=False):
            name = (line.text or "").strip()
            try:
                if line.error:
                    raise ValueError(line.error)
                if name:
                    yield status(resolve_state(base, name))
            except NotFound as exc:
                failed += 1
                say(f"csto: line {line.number}: {not_found_message(exc, out.lang)}")
            except ValueError as exc:
                failed += 1
                say(f"csto: line {line.number}: {exc}")

    out.emit_each(
        answers(),
        lambda rows: replace(members_view(base, rows, day, "all", out.lang), fields=fields),
        lambda row: contract.stamped(base, [contract.status_json(row, out.lang)])[0],
    )
    if failed:
        raise typer.Exit(1)


@output_options
def timeline(
    from_: FromOpt = None,
    to: ToOpt = None,
    country: CountryOpt = None,
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", "-k", help="Only events of this kind (repeatable).", autocompletion=complete_kind),
    ] = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Text in the title (English, Arabic or Russian) or the place.")
    ] = None,
    *,
    out: Output,
) -> None:
    """List events in date order, filtered by period, state, kind or text.

    \b
    Examples:
      csto timeline --country KAZ --from 2022-01
      csto timeline --kind withdrawal --format csv
      csto timeline --search معاهدة
      csto timeline --search Ташкент --lang ru
    """
    from ..queries.lookup import find
    from ..queries.timeline import timeline as events
    from ..render.views import timeline_view

    start, end = parse_day(from_, "--from"), parse_day(to, "--to", end=True)
    if start and end and end < start:
        usage(f"--to {end} is before --from {start}")
    for k in kind or ():
        try:
            find(dict.fromkeys(EVENT_KINDS), k, "event kind", n=3)
        except NotFound as exc:
            close = exc.suggestions
            hint = f"; did you mean: {', '.join(close)}?" if close else f"; kinds: {', '.join(EVENT_KINDS)}"
            raise typer.BadParameter(f"unknown event kind {k!r}{hint}", param_hint="--kind") from None
    base = out.load()
    states = resolve_states(base, country, out.lang)
    found = events(base, start, end, frozenset(s.code for s in states), frozenset(kind or ()), search)
    if not found:
        for warning in _coverage(base, states, out.lang):
            out.warn(warning)
    out.emit(timeline_view(base, found, out.lang))


def _coverage(base: FactBase, states: list[State], lang: str) -> list[str]:
    """What the record covers, said when a timeline comes out empty: an empty answer must not read as
    "nothing happened"."""
    from ..queries.membership import history
    from ..render.localized import localized

    lines = []
    for state in states:
        held = history(base, state)
        name = localized(state, "name", lang)
        if held:
            first, last = str(held[0].date), str(held[-1].date)
            lines.append("csto: " + t("warn.no_events_state", lang, name=name, first=first, last=last))
        else:
            lines.append("csto: " + t("warn.no_events_never", lang, name=name))
    if not lines and base.events:
        span = f"{base.events[0].date} – {max(e.date.sort_key for e in base.events)[0]}"
        lines.append("csto: " + t("warn.no_events", lang, covers=span))
    return lines


@output_options
def fact(
    prop: Annotated[
        str | None,
        typer.Argument(
            metavar="[PROPERTY]",
            help="e.g. secretary-general, headquarters.",
            autocompletion=complete_property,
            show_default=False,
        ),
    ] = None,
    on: OnOpt = None,
    all_: Annotated[bool, typer.Option("--all", "-a", help="Every value, with deprecated and disputed ones.")] = False,
    *,
    out: Output,
) -> None:
    """Show the organization's facts: the best-ranked value on a day, or every value with --all.

    \b
    Examples:
      csto fact secretary-general --on 2021-06-01
      csto fact secretary-general --on 2022      (every value that held during 2022)
      csto fact secretary-general --all
      csto fact "генеральный секретарь" --lang ru
      csto fact --format json
    """
    from ..queries import statements as q
    from ..render.views import statements_view

    base = out.load()
    day, period = out.day(base, on), the_period(on)
    try:
        prop = None if prop is None else q.check_property(base, prop)  # an id, or its label in any language
        if prop is None:
            found = q.overview(base, day) if not all_ else sorted(base.statements, key=lambda s: s.property)
            title = t("title.facts", out.lang, on=day.isoformat())
        elif all_:
            found = q.all_values(base, prop)
            title = t("title.fact_all", out.lang, property=_label(prop, out.lang))
        else:
            found = q.best_within(base, prop, period, day) if period else q.best_on(base, prop, day)
            title = t("title.fact", out.lang, property=_label(prop, out.lang), on=str(period or day))
    except NotFound as exc:
        not_found(exc, out.lang)
    view = statements_view(base, found, title, out.lang, single=prop is not None and not all_)
    if prop is not None and not all_ and not found:
        say(f"csto: no value of {prop} is recorded for {day.isoformat()}")
        view = replace(view, records=[], document=None, rows=[])
    out.emit(view)


def _label(prop: str, lang: str) -> str:
    """A property in a title: its id in English (what the user types), its label in other languages."""
    return prop if lang == "en" else t(f"property.{prop}", lang)
