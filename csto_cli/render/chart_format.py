"""The membership chart for a terminal (Rich), and as SVG. Letters carry the status without colour."""

from __future__ import annotations

import datetime as dt
import io

from rich.console import Console
from rich.text import Text

from ..messages import t
from ..model import Event, FactBase
from ..queries.chart import ChartRow, Period, chart_rows, key_events, periods
from ..records import record
from .localized import as_of_text, localized
from .view import inert

LETTERS = {
    "member": "M",
    "signatory": "S",
    "observer": "O",
    "former": "F",
    "suspended": "X",
    "frozen": "Z",
    "none": "·",
}
STYLES = {
    "member": "bold green",
    "signatory": "cyan",
    "observer": "blue",
    "former": "bright_black",
    "suspended": "bold red",
    "frozen": "bold yellow",
    "none": "bright_black",
}
MARKS = "①②③④⑤⑥⑦⑧⑨"
LABEL_WIDTH = 16  # "KAZ Kazakhstan" and a space


@record
class Chart:
    """The chart laid out for a width: the text a terminal shows, and the same as an SVG image."""

    art: Text
    width: int
    periods: int

    def text(self, color: bool) -> str:
        return render_chart(self.art, self.width, color)

    def svg(self) -> str:
        return render_svg(self.art, max(self.width, LABEL_WIDTH + self.periods + 2), "csto chart")


def draw(base: FactBase, first: int, last: int, until: dt.date, codes: frozenset[str], lang: str, width: int) -> Chart:
    """Lay the chart out: as many cells a year as the width allows, from `first` to `until`."""
    per_year = choose_per_year(width, LABEL_WIDTH, last - first + 1)
    cols = periods(first, last, per_year, until)
    rows = chart_rows(base, cols, codes)
    events = key_events(base, cols[0].start, cols[-1].end)
    return Chart(build(rows, cols, events, base.meta.as_of, lang, LABEL_WIDTH, width), width, len(cols))


def write_svg(chart: Chart, path: str) -> None:
    """Write the chart as an SVG image (OSError if the file cannot be written)."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(chart.svg())


def choose_per_year(width: int, label_width: int, years: int) -> int:
    """Cells per year: 1, 2 (half-years) or 4 (quarters), as the width allows."""
    room = width - label_width - 1
    for per_year in (4, 2):
        if years * per_year <= room:
            return per_year
    return 1


def _column_of(day: dt.date, cols: list[Period]) -> int | None:
    for i, p in enumerate(cols):
        if p.start <= day <= p.end:
            return i
    return None


def build(
    rows: list[ChartRow],
    cols: list[Period],
    events: list[Event],
    as_of: dt.date,
    lang: str,
    label_width: int,
    width: int,
) -> Text:
    out = Text()
    title = t("title.chart", lang, first=cols[0].start.year, last=cols[-1].end.year)
    out.append(inert(title) + "\n", style="bold")
    per_year = sum(1 for c in cols if c.start.year == cols[0].start.year)
    axis = [" "] * len(cols)
    for i, p in enumerate(cols):
        if p.start.month == 1 and (p.start.year % 5 == 0 or i == 0):
            label = str(p.start.year)
            free = axis[max(0, i - 1) : i + len(label)]
            if i + len(label) <= len(axis) and all(a == " " for a in free):
                axis[i : i + len(label)] = list(label)
    out.append(" " * label_width + "".join(axis) + "\n", style="dim")
    marks = [" "] * len(cols)
    for n, e in enumerate(events):
        col = _column_of(e.date.start, cols)
        if col is not None:
            marks[col] = MARKS[n] if n < len(MARKS) else "*"
    out.append(" " * label_width + "".join(marks) + "\n", style="bold magenta")
    for row in rows:
        name = localized(row.state, "name", lang)
        out.append(f"{row.state.code} {inert(name)}"[: label_width - 1].ljust(label_width))
        for status in row.cells:
            out.append(LETTERS[status], style=STYLES[status])
        out.append("\n")
    out.append("\n")
    used = 0
    for status, letter in LETTERS.items():
        item = f"{letter} {t('chart.' + status, lang)}"
        if used and used + 3 + len(item) > width:
            out.append("\n")
            used = 0
        out.append("   " if used else "")
        out.append(letter, style=STYLES[status])
        out.append(item[1:])
        used += (3 if used else 0) + len(item)
    out.append("\n")
    for n, e in enumerate(events):
        title_text = localized(e, "title", lang)
        line = f"{MARKS[n] if n < len(MARKS) else '*'} {e.date} {inert(title_text)}"
        out.append(_wrap(line, width, 2) + "\n")
    unit = t(f"chart.unit.{per_year}", lang)
    out.append(_wrap(t("chart.footer", lang, unit=unit, as_of=as_of_text(as_of, lang)), width, 0), style="dim")
    return out


def _wrap(text: str, width: int, indent: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width, subsequent_indent=" " * indent)) or text


def render_chart(text: Text, width: int, color: bool) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="auto" if color else None,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
    )
    console.print(text)
    return buffer.getvalue()


def render_svg(text: Text, width: int, title: str) -> str:
    console = Console(
        record=True,
        file=io.StringIO(),
        width=width,
        force_terminal=True,
        color_system="truecolor",
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
    )
    console.print(text)
    return console.export_svg(title=title)
