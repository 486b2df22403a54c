#!/usr/bin/env python3
"""Synthetic fact bases 10×, 100×, 1000× the bundled one, and (with --measure) how csto's load time grows.

Each k× base holds the bundled states, events and statements plus k-1 copies of them: every copied state
gets a synthetic code (three letters that are neither a real ISO 3166-1 alpha-3 code nor one already in
the file) and a name carrying that code; every copied event and statement gets a fresh id and points at
the copied states. Sources are shared. Needs Python 3.11+ (tomllib).

    python bench/synth.py                   # write the files (to $TMPDIR/csto-synth) and validate the 10× one
    python bench/synth.py --measure         # ... and time queries at 1×, 10×, 100×, 1000×

Each query is timed two ways, always as a whole new process:
  first  = the first run on this content: csto parses the TOML and fills its parsed-base cache;
  cached = every later run: a new process that reads the cache (what scripts and users get).
The 1,000× file (about 170 MB) is over csto's default 50 MB bound, so the runs set CSTO_MAX_MB.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import string
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomllib
from _common import captured_run, child_env, find_csto, first_line, median, timed_run

BUNDLED = Path(__file__).resolve().parent.parent / "data" / "facts.toml"
TARGET_MS = 2000.0  # the largest base: a query in a new process (cache filled) within 2 s

# ISO 3166-1 alpha-3 codes (assigned, plus a few withdrawn ones still seen in the wild): never generated.
_ISO_TEXT = """
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM
BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR
CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB
GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA
JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA
MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS
SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON
TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE ANT CSK DDR
SCG SUN TMP YUG ZAR XKX
"""
ISO_ALPHA3 = frozenset(_ISO_TEXT.split())
# ISO's user-assigned alpha-2 codes: AA, QM-QZ, XA-XZ, ZZ (synthetic states share these; alpha2 need not be unique)
USER_ALPHA2 = ("AA", *(f"Q{c}" for c in "MNOPQRSTUVWXYZ"), *(f"X{c}" for c in string.ascii_uppercase), "ZZ")


def synthetic_codes(taken: set[str]) -> Iterator[str]:
    """Three-letter codes in ISO's user-assigned ranges first (XAA-XZZ, QMA-QZZ, AAA-AAZ, ZZA-ZZZ), then any other."""
    letters = string.ascii_uppercase
    user = [f"X{a}{b}" for a in letters for b in letters] + [f"Q{a}{b}" for a in letters[12:] for b in letters]
    user += [f"AA{c}" for c in letters] + [f"ZZ{c}" for c in letters]
    rest = ("".join(t) for t in itertools.product(letters, repeat=3))
    seen: set[str] = set()
    for code in itertools.chain(user, rest):
        if code not in seen and code not in taken and code not in ISO_ALPHA3:
            seen.add(code)
            yield code


# --- building ---------------------------------------------------------------------------------------------
@dataclass
class Synth:
    doc: dict[str, Any]
    codes: list[str] = field(default_factory=list)  # every synthetic code, in order of allocation
    copies_with_states: int = 0

    def scaled(self, factor: int) -> dict[str, Any]:
        """The document with factor-1 copies of states, events and statements appended."""
        states: list[dict[str, Any]] = self.doc.get("states", [])
        self._allocate(len(states) * (factor - 1))
        out = dict(self.doc)
        out["states"] = list(states)
        out["events"] = list(self.doc.get("events", []))
        out["statements"] = list(self.doc.get("statements", []))
        ids = {r.get("id") for table in ("events", "statements") for r in out[table]}
        for copy in range(1, factor):
            own = (copy - 1) % max(self.copies_with_states, 1)  # past the code space, copies share states
            mapping = {s["code"]: self.codes[own * len(states) + i] for i, s in enumerate(states)} if states else {}
            if copy <= self.copies_with_states:
                out["states"].extend(_state(s, mapping[s["code"]], len(out["states"])) for s in states)
            for table in ("events", "statements"):
                for rec in self.doc.get(table, []):
                    new = _renamed(rec, copy, ids)
                    if table == "events" and isinstance(rec.get("states"), list):
                        new["states"] = [mapping.get(c, c) for c in rec["states"]]
                    elif isinstance(rec.get("value"), list) and rec.get("property") in ("members", "observers"):
                        new["value"] = [mapping.get(c, c) for c in rec["value"]]
                    out[table].append(new)
        return out

    def _allocate(self, wanted: int) -> None:
        if len(self.codes) >= wanted:
            return
        states = self.doc.get("states", [])
        taken = {s.get("code") for s in states}
        gen = synthetic_codes({c for c in taken if isinstance(c, str)})
        self.codes = list(itertools.islice(gen, wanted))
        self.copies_with_states = len(self.codes) // len(states) if states else 0


def _state(orig: dict[str, Any], code: str, n: int) -> dict[str, Any]:
    new = dict(orig, code=code, alpha2=USER_ALPHA2[n % len(USER_ALPHA2)])
    new["name"], new["name_ar"] = f"{orig['name']} {code}", f"{orig['name_ar']} {code}"
    if isinstance(orig.get("name_ru"), str):
        new["name_ru"] = f"{orig['name_ru']} {code}"
    for key in ("aliases", "aliases_ar", "aliases_ru"):  # every spelling unique: names must not collide
        if isinstance(orig.get(key), list):
            new[key] = [f"{a} {code}" for a in orig[key]]
    return new


def _renamed(rec: dict[str, Any], copy: int, ids: set[Any]) -> dict[str, Any]:
    new = dict(rec)
    if isinstance(rec.get("id"), str):
        ident = f"{rec['id']}-s{copy}"
        while ident in ids:
            ident += "x"
        ids.add(ident)
        new["id"] = ident
    return new


# --- a small TOML writer ----------------------------------------------------------------------------------
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
SUBTABLES = frozenset({"disputed"})  # arrays of tables written as [[parent.key]], not inline


def toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else toml_value(key)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):  # a JSON string is a TOML basic string, once DEL is escaped too
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
    if hasattr(value, "isoformat"):  # TOML dates and times, should a base ever use them
        return str(value.isoformat())
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _table(lines: list[str], header: str, name: str, rec: dict[str, Any]) -> None:
    lines.append(header)
    subs = {k for k, v in rec.items() if k in SUBTABLES and isinstance(v, list) and v}
    lines.extend(f"{toml_key(k)} = {toml_value(v)}" for k, v in rec.items() if k not in subs)
    for key in subs:
        for item in rec[key]:
            lines.append("")
            _table(lines, f"[[{name}.{toml_key(key)}]]", f"{name}.{toml_key(key)}", item)


def dump_toml(doc: dict[str, Any]) -> str:
    lines = ["# Synthetic csto fact base written by bench/synth.py: not facts."]
    for name, value in doc.items():
        lines.append("")
        if isinstance(value, dict):
            _table(lines, f"[{toml_key(name)}]", toml_key(name), value)
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
            for i, rec in enumerate(value):
                if i:
                    lines.append("")
                _table(lines, f"[[{toml_key(name)}]]", toml_key(name), rec)
        else:
            lines.append(f"{toml_key(name)} = {toml_value(value)}")
    return "\n".join(lines) + "\n"


# --- measuring --------------------------------------------------------------------------------------------
@dataclass
class Row:
    query: str
    size: int
    path: Path
    counts: dict[str, int]
    first: list[float] = field(default_factory=list)
    cached: list[float] = field(default_factory=list)
    error: str = ""

    def med(self, which: str) -> float | None:
        samples = self.first if which == "first" else self.cached
        return median(samples) if samples and not self.error else None


def measure(csto: Path, files: dict[int, Path], counts: dict[int, dict[str, int]], country: dict[int, str],
            opts: argparse.Namespace, tmp: Path) -> list[Row]:  # fmt: skip
    opts.max_mb = str(max(50, *(-(-f.stat().st_size // 2**20) for f in files.values())))
    rows: list[Row] = []
    serial = itertools.count()
    for size, path in files.items():
        queries = {
            "members": ["members", "--on", "2010-06-01", "--format", "json"],
            "timeline": ["timeline", "--country", country[size], "--format", "tsv"],
        }
        for query, args in queries.items():
            if sys.stderr.isatty():
                sys.stderr.write(f"\r  measuring {query} at {size}× ... ")
                sys.stderr.flush()
            rows.append(_measure_one(Row(query, size, path, counts[size]), [str(csto), *args, "--facts", str(path)],
                                     opts, tmp, serial))  # fmt: skip
    if sys.stderr.isatty():
        sys.stderr.write("\r" + " " * 50 + "\r")
    return rows


def _measure_one(row: Row, argv: list[str], opts: argparse.Namespace, tmp: Path, serial: Iterator[int]) -> Row:
    """First and cached runs of one query on one file, alternating. Cached runs are cheap: always --runs of
    them. First runs stop early when they would take more than --budget seconds (at least one)."""
    cached_env = child_env(CSTO_CACHE_DIR=str(tmp / f"cached-{next(serial)}"), CSTO_MAX_MB=opts.max_mb)
    start = time.perf_counter()
    try:
        fill = captured_run(argv, cached_env, timeout=opts.timeout)  # untimed: fills the cache, checks the query
    except subprocess.TimeoutExpired:
        row.error = f"timed out after {opts.timeout:g} s"
        return row
    first_run = time.perf_counter() - start
    if fill.returncode != 0:
        why = (first_line(fill.stderr) or first_line(fill.stdout)).replace(str(row.path), row.path.name)
        row.error = f"exit {fill.returncode}: {why}"
        return row
    first_runs = max(1, min(opts.runs, int(opts.budget / max(first_run, 1e-3))))
    for i in range(opts.runs):
        if i < first_runs:
            first_env = child_env(CSTO_CACHE_DIR=str(tmp / f"first-{next(serial)}"), CSTO_MAX_MB=opts.max_mb)
            try:
                row.first.append(timed_run(argv, first_env, timeout=opts.timeout)[0])
            except subprocess.TimeoutExpired:
                row.error = f"timed out after {opts.timeout:g} s"
                break
        row.cached.append(timed_run(argv, cached_env, timeout=opts.timeout)[0])
    return row


COLUMNS = "  {:<9} {:>5} {:>7} {:>7} {:>6} {:>12} {:>5} {:>8} {:>8} {:>7} {:>7}"


def report(rows: list[Row], country: dict[int, str], out: Any) -> dict[str, Any]:
    sizes = sorted({r.size for r in rows})
    print("time by size: median ms of whole processes (runs: first/cached); first = parses the TOML", file=out)
    print("  and fills an empty cache; cached = a new process reading the cache a first run filled", file=out)
    print("  members  = csto members --on 2010-06-01 --format json --facts FILE", file=out)
    codes = ", ".join(f"{country[s]} at {s}×" for s in sizes)
    print(f"  timeline = csto timeline --country CODE --format tsv --facts FILE  (CODE: {codes})", file=out)
    header = ("query", "size", "states", "events", "stmts", "bytes", "runs", "first", "cached", "first×", "cached×")
    print(COLUMNS.format(*header), file=out)
    results = []
    prev: dict[str, Row] = {}
    for row in sorted(rows, key=lambda r: (r.query, r.size)):
        first, cached = row.med("first"), row.med("cached")
        before = prev.get(row.query)
        steps = [_step(row.med(w), before.med(w) if before else None) for w in ("first", "cached")]
        prev[row.query] = row
        c, size = row.counts, row.path.stat().st_size
        counts = (f"{c['states']:,}", f"{c['events']:,}", f"{c['statements']:,}", f"{size:,}")
        runs = f"{len(row.first)}/{len(row.cached)}"
        line = COLUMNS.format(row.query, f"{row.size}×", *counts, runs, _ms(first), _ms(cached),
                              _ratio(steps[0]), _ratio(steps[1]))  # fmt: skip
        print(line.rstrip(), file=out)
        if row.error:
            print(f"  {'':<9} {'':>5} {row.error}", file=out)
        results.append({
            "query": row.query, "size": row.size, "file": str(row.path), "bytes": size, **row.counts,
            "first_runs": len(row.first), "cached_runs": len(row.cached),
            "first_ms": _round(first), "cached_ms": _round(cached),
            "first_step": _round(steps[0]), "cached_step": _round(steps[1]),
            "first_samples": [round(x, 3) for x in row.first], "cached_samples": [round(x, 3) for x in row.cached],
            "error": row.error,
        })  # fmt: skip
    print("  first× / cached×: time ÷ time at the size before; per 10× step, linear growth is ≤ ~10×", file=out)
    biggest = max(sizes)
    verdicts = []
    for row in (r for r in rows if r.size == biggest):
        cached = row.med("cached")
        ok = cached is not None and cached <= TARGET_MS
        verdicts.append({"query": row.query, "size": biggest, "cached_ms": _round(cached), "pass": ok})
        shown = "no time (error above)" if cached is None else f"{cached:.0f} ms"
        print(f"  target: {row.query} at {biggest}×, new process, cache filled ≤ {TARGET_MS:.0f} ms: {shown}  "
              f"{'PASS' if ok else 'FAIL'}", file=out)  # fmt: skip
    return {"rows": results, "targets": verdicts}


def _step(now: float | None, before: float | None) -> float | None:
    return now / before if now is not None and before else None


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _ratio(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


# --- main -------------------------------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--facts", type=Path, default=BUNDLED, help=f"the base to scale (default: {BUNDLED})")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "csto-synth",
                    help="where to write facts-Nx.toml (default: $TMPDIR/csto-synth)")  # fmt: skip
    ap.add_argument("--sizes", type=_sizes, default="1,10,100,1000", help="factors (default: 1,10,100,1000)")
    ap.add_argument("--csto", help="the csto to run (default: the csto next to this python, else on PATH)")
    ap.add_argument("--no-validate", action="store_true", help="skip `csto validate` on the 10× file")
    ap.add_argument("--measure", action="store_true", help="time first and cached queries at every size")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per query, size and cache state (default 5)")
    ap.add_argument(
        "--budget",
        type=float,
        default=30.0,
        help="seconds of first runs per query and size: slow sizes get fewer runs, at least 1 (default 30)",
    )
    ap.add_argument("--timeout", type=float, default=120.0, help="give up on a run after this long, s (default 120)")
    ap.add_argument("--json", action="store_true", help="with --measure: JSON results on stdout, the table on stderr")
    args = ap.parse_args()
    sizes: list[int] = args.sizes
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    out = sys.stderr if args.json else sys.stdout
    csto = find_csto(args.csto) if args.measure or not args.no_validate else None

    doc = tomllib.loads(args.facts.read_text("utf-8"))
    synth = Synth(doc)
    args.out.mkdir(parents=True, exist_ok=True)
    files: dict[int, Path] = {}
    counts: dict[int, dict[str, int]] = {}
    for size in sizes:
        scaled = synth.scaled(size)
        files[size] = args.out / f"facts-{size}x.toml"
        files[size].write_text(dump_toml(scaled), "utf-8")
        counts[size] = {t: len(scaled.get(t, [])) for t in ("states", "events", "statements")}
        c = counts[size]
        print(f"wrote {files[size]}: {files[size].stat().st_size:,} bytes, {c['states']:,} states, "
              f"{c['events']:,} events, {c['statements']:,} statements", file=out)  # fmt: skip
    n_states = len(doc.get("states", []))
    if synth.copies_with_states < max(sizes) - 1 and n_states:
        print(f"note: the code space holds {synth.copies_with_states} copies of the {n_states} states; "
              "further copies reuse them", file=out)  # fmt: skip

    if csto and not args.no_validate:
        check = next((s for s in sizes if s == 10), next((s for s in sizes if s > 1), sizes[0]))
        proc = captured_run([str(csto), "validate", str(files[check])], child_env(CSTO_NO_CACHE="1"))
        verdict = "valid" if proc.returncode == 0 else f"INVALID (exit {proc.returncode})"
        print(f"csto validate {files[check].name}: {verdict}", file=out)
        for line in (proc.stdout + proc.stderr).splitlines()[:12]:
            print(f"  {line}", file=out)

    if not args.measure or csto is None:
        return
    busiest = _busiest_state(doc)
    country = {s: busiest if s == 1 or not synth.codes else synth.codes[_index_of(doc, busiest)] for s in sizes}
    with tempfile.TemporaryDirectory(prefix="csto-synth-cache-") as tmp:
        rows = measure(csto, files, counts, country, args, Path(tmp))
    summary = report(rows, country, out)
    if args.json:
        json.dump({"csto": str(csto), "source": str(args.facts), "runs": args.runs, **summary}, sys.stdout, indent=1)
        sys.stdout.write("\n")


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(s) for s in text.split(",") if s.strip()})
    except ValueError:
        sizes = []
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give positive integers, e.g. 1,10,100")
    return sizes


def _busiest_state(doc: dict[str, Any]) -> str:
    """The state named by the most events (its copies are what timeline --country asks for)."""
    named = Counter(c for e in doc.get("events", []) for c in e.get("states", []))
    codes = [s["code"] for s in doc.get("states", [])]
    return max(codes, key=lambda c: named[c]) if codes else "ARM"


def _index_of(doc: dict[str, Any], code: str) -> int:
    return next(i for i, s in enumerate(doc["states"]) if s["code"] == code)


if __name__ == "__main__":
    main()
