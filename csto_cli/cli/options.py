"""The options every command shares, defined once (`output_options`), and shell completion."""

from __future__ import annotations

import enum
import functools
import inspect
from collections.abc import Callable, Iterator
from typing import Annotated, Any

import typer

from .. import loader
from ..model import EVENT_KINDS, CstoError, FactBase, NotFound, State
from ..render import Format
from .output import Output


class Lang(str, enum.Enum):
    en = "en"
    ar = "ar"
    ru = "ru"


class StatusChoice(str, enum.Enum):
    member = "member"
    signatory = "signatory"
    observer = "observer"
    former = "former"
    suspended = "suspended"
    all = "all"


# --- completion: names come from the fact base the user points at ---------------------------
def _complete_base() -> FactBase | None:
    """The base to complete from; only a regular file: a shell waiting on a FIFO would hang."""
    import stat

    path = loader.resolve_path(None)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None
        return loader.load(path)
    except (CstoError, OSError):
        return None


def complete_country(incomplete: str) -> Iterator[str]:
    from ..queries.names import fold

    base = _complete_base()
    if base is None:
        return
    key = fold(incomplete)
    for s in base.states:
        for name in (s.code, s.name, s.name_ar, *s.aliases, *s.aliases_ar, *filter(None, (s.name_ru,)), *s.aliases_ru):
            if fold(name).startswith(key):
                yield name


def complete_property(incomplete: str) -> Iterator[str]:
    from ..queries.statements import properties

    base = _complete_base()
    yield from (p for p in properties(base) if p.startswith(incomplete)) if base else ()


def complete_kind(incomplete: str) -> Iterator[str]:
    yield from (k for k in EVENT_KINDS if k.startswith(incomplete))


# --- options, defined once ------------------------------------------------------------------
FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format. Default: table on a terminal, tsv in a pipe.",
        case_sensitive=False,
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
FieldsOpt = Annotated[str | None, typer.Option("--fields", help="Comma-separated fields to show.", metavar="A,B")]
NoHeadersOpt = Annotated[bool, typer.Option("--no-headers", help="Drop the header row (csv, tsv, table).")]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="No colour or bold (also: NO_COLOR=1).")]
BidiOpt = Annotated[
    bool,
    typer.Option(
        "--bidi",
        envvar="CSTO_BIDI",
        help="For terminals without RTL support: Arabic in visual order, --lang ar tables right to left.",
    ),
]
LangOpt = Annotated[
    Lang | None, typer.Option("--lang", help="Language of labels and names: en, ar or ru. Default: from LANG.")
]
FactsOpt = Annotated[
    str | None,
    typer.Option("--facts", envvar=loader.ENV_VAR, help="Read another fact base of the same schema.", metavar="PATH"),
]
OnOpt = Annotated[
    str | None,
    typer.Option(
        "--on",
        help="The day to answer for (YYYY-MM-DD), or a whole month or year (YYYY-MM, YYYY). Default: today.",
        metavar="DATE",
    ),
]
FromOpt = Annotated[
    str | None, typer.Option("--from", help="First day; a year or month starts on its first day.", metavar="DATE")
]
ToOpt = Annotated[
    str | None, typer.Option("--to", help="Last day; a year or month ends on its last day.", metavar="DATE")
]
NoPagerOpt = Annotated[
    bool, typer.Option("--no-pager", help="Never page a long answer (pager: CSTO_PAGER, PAGER or less -FRX).")
]
CountryOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--country",
        "-c",
        help="Only these states: code or name in any language; repeatable or comma-separated.",
        autocompletion=complete_country,
        metavar="COUNTRY",
    ),
]


def resolve_states(base: FactBase, values: list[str] | None, lang: str) -> list[State]:
    """The states --country names; a name that holds a comma is tried whole first."""
    from ..queries.names import resolve_state
    from .output import not_found

    found: dict[str, State] = {}
    for value in values or ():
        try:
            parts = [resolve_state(base, value)]
        except NotFound as exc:
            if "," not in value:
                not_found(exc, lang)
            parts = []
            for part in (p.strip() for p in value.split(",")):
                if part:
                    try:
                        parts.append(resolve_state(base, part))
                    except NotFound as exc:
                        not_found(exc, lang)
        found.update((s.code, s) for s in parts)
    return list(found.values())


def state_codes(base: FactBase, values: list[str] | None, lang: str) -> frozenset[str]:
    return frozenset(s.code for s in resolve_states(base, values, lang))


# The options every command that prints records shares, in the order help lists them.
SHARED_OPTIONS: tuple[tuple[str, Any, Any], ...] = (
    ("facts", FactsOpt, None),
    ("fmt", FormatOpt, None),
    ("json_", JsonOpt, False),
    ("fields", FieldsOpt, None),
    ("no_headers", NoHeadersOpt, False),
    ("no_color", NoColorOpt, False),
    ("bidi", BidiOpt, False),
    ("lang", LangOpt, None),
    ("no_pager", NoPagerOpt, False),
)


def output_options(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command the shared options (sqlite-utils' @output_options): Typer sees them in the
    signature; the command receives them resolved, as one `out: Output` argument."""
    own = [p for p in inspect.signature(command, eval_str=True).parameters.values() if p.name != "out"]
    shared = [
        inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=a) for n, a, d in SHARED_OPTIONS
    ]

    @functools.wraps(command)
    def run(**kwargs: Any) -> None:
        out = Output(**{name: kwargs.pop(name) for name, _, _ in SHARED_OPTIONS})
        command(out=out, **kwargs)

    del run.__wrapped__  # Typer must read the signature below, not the command's own
    run.__signature__ = inspect.Signature([*own, *shared])  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in (*own, *shared)}
    return run
