#!/usr/bin/env python3
"""Start-up benchmark for the installed csto: whole processes, interleaved with two Python baselines.

Every round runs every command once, in a fresh random order, so drift (CPU frequency, other load) hits
all commands alike. Reports medians and p90 in ms, ratios to `python -c pass` and `python -c "import typer"`
(the interpreter of csto's venv), and PASS/FAIL against the start-up targets. It reports; it always exits 0.

    python bench/startup.py                 # the csto next to this python
    python bench/startup.py --csto ~/.venv/bin/csto --runs 50 --json > startup.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from _common import captured_run, child_env, find_csto, first_line, interpreter_of, median, p90, timed_run

BATCH_NAMES = ("Armenia", "Russia", "Kazakhstan", "KGZ", "بيلاروسيا", "Uzbekistan", "Tajikistan", "BLR",
               "Kyrgyz Republic", "روسيا", "Russian Federation", "كازاخستان", "أرمينيا", "TJK", "KZ")  # fmt: skip
BATCH_CLAIMS = ("member Armenia --on 2010-01-01", "fact headquarters Moscow", "date treaty-signed 1992-05-15",
                "member Uzbekistan --on 2008-06-01", "member Russia", "former Uzbekistan --on 2013-01-01")  # fmt: skip


@dataclass
class Case:
    key: str
    label: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    stdin: Path | None = None
    ok_rc: tuple[int, ...] = (0,)
    targets: tuple[tuple[str, float], ...] = ()  # ("pass" | "typer", max ratio) or ("ms", max wall time)
    batch: bool = False
    samples: list[float] = field(default_factory=list)
    codes: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


# A reference point, not a target: the least a Typer app can do for a JSON answer (one command, one
# argument, stdlib json). csto's figures read best beside it.
MINIMAL_TYPER_APP = """
import json, typer
app = typer.Typer(rich_markup_mode=None, add_completion=False)
@app.command()
def status(country: str, on: str = "") -> None:
    print(json.dumps({"code": country[:3].upper(), "status": "member"}))
app()
"""


# What `import typer` costs a process that, like csto (csto_cli/__main__.py), runs with the cyclic
# collector off and leaves through os._exit: the floor csto's own work sits on.
LEAVE_AS_CSTO_DOES = "import gc, os; gc.disable(); import typer; os._exit(0)"


def build_cases(csto: Path, python: Path, tmp: Path, batch_size: int) -> list[Case]:
    exe, py = str(csto), str(python)
    names, claims = tmp / "names.txt", tmp / "claims.txt"
    names.write_text("".join(f"{n}\n" for n in itertools.islice(itertools.cycle(BATCH_NAMES), batch_size)), "utf-8")
    claims.write_text("".join(f"{c}\n" for c in itertools.islice(itertools.cycle(BATCH_CLAIMS), batch_size)), "utf-8")
    complete = {"_CSTO_COMPLETE": "complete_bash", "COMP_WORDS": "csto member-status Ar", "COMP_CWORD": "2"}
    n = f"{batch_size:,}"
    return [
        Case("pass", "python -c pass", [py, "-c", "pass"]),
        Case("typer", 'python -c "import typer"', [py, "-c", "import typer"]),
        Case("typer-app", "minimal Typer app printing JSON (reference)", [py, "-c", MINIMAL_TYPER_APP, "Armenia"]),
        Case("typer-exit", "import typer, leave as csto does (reference)", [py, "-c", LEAVE_AS_CSTO_DOES]),
        Case("member-status-json", "csto member-status Armenia --format json",
             [exe, "member-status", "Armenia", "--format", "json"], targets=(("typer", 1.25), ("pass", 6.5))),
        Case("members-table", "csto members --format table", [exe, "members", "--format", "table"],
             targets=(("typer", 1.8),)),
        Case("timeline-tsv", "csto timeline --format tsv", [exe, "timeline", "--format", "tsv"]),
        Case("help", "csto --help", [exe, "--help"], targets=(("typer", 1.6),)),
        Case("usage-error", "csto members --bogus (exit 2)", [exe, "members", "--bogus"], ok_rc=(2,),
             targets=(("typer", 1.6),)),
        Case("completion", "csto member-status Ar<TAB> (bash)", [exe], env=complete, targets=(("typer", 1.3),)),
        Case("batch-member-status", f"csto member-status - < {n} names", [exe, "member-status", "-"],
             stdin=names, targets=(("ms", 1000.0),), batch=True),
        Case("batch-check", f"csto check --file - < {n} claims", [exe, "check", "--file", "-"], stdin=claims,
             ok_rc=(0, 1, 3), targets=(("ms", 1000.0),), batch=True),
    ]  # fmt: skip


def warm_up(cases: list[Case], env: dict[str, str], show_sample: bool, out: TextIO) -> None:
    """Run each command once, untimed: fills the .pyc and parsed-base caches, checks exit codes and output."""
    for case in cases:
        proc = captured_run(case.argv, env | case.env, case.stdin)
        if proc.returncode not in case.ok_rc:
            why = first_line(proc.stderr) or first_line(proc.stdout)
            case.notes.append(f"exit {proc.returncode} (expected {'/'.join(map(str, case.ok_rc))}): {why}")
        if case.key == "completion" and not proc.stdout.strip():
            case.notes.append("the completion request returned no completions")
        if show_sample:
            print(f"--- {case.label}  [exit {proc.returncode}]", file=out)
            lines = (proc.stdout or proc.stderr).splitlines()
            for line in lines[:8]:
                print(f"    {line[:110]}", file=out)
            if len(lines) > 8:
                print(f"    ... ({len(lines) - 8} more lines)", file=out)


def measure(cases: list[Case], env: dict[str, str], rounds: int, rng: random.Random) -> None:
    """Round-robin: each round runs every case once, in a shuffled order."""
    progress = sys.stderr.isatty()
    for r in range(rounds):
        if progress:
            sys.stderr.write(f"\r  {cases[0].label if cases[0].batch else 'start-up'}: round {r + 1}/{rounds} ")
            sys.stderr.flush()
        order = cases[:]
        rng.shuffle(order)
        for case in order:
            ms, rc = timed_run(case.argv, env | case.env, case.stdin)
            case.samples.append(ms)
            case.codes.add(rc)
    if progress:
        sys.stderr.write("\r" + " " * 60 + "\r")


def evaluate(case: Case, base: dict[str, float]) -> list[dict[str, Any]]:
    med = median(case.samples)
    results = []
    for against, limit in case.targets:
        value = med if against == "ms" else med / base[against]
        results.append({"against": against, "max": limit, "value": round(value, 3), "pass": value <= limit})
    return results


def target_text(targets: tuple[tuple[str, float], ...]) -> str:
    return " ".join(f"≤{limit:g} ms" if against == "ms" else f"≤{limit:g}×{against}" for against, limit in targets)


def report(cases: list[Case], header: str, out: TextIO) -> dict[str, Any]:
    base = {c.key: median(c.samples) for c in cases if c.key in ("pass", "typer")}
    width = max(len(c.label) for c in cases)
    twidth = max(len(target_text(c.targets)) for c in cases)
    rows: list[dict[str, Any]] = []
    met = total = 0
    print(header, file=out)
    print(f"  {'command':<{width}}  {'median':>7} {'p90':>7}  {'×pass':>6} {'×typer':>6}  {'target':<{twidth}} result",
          file=out)  # fmt: skip
    for case in cases:
        if case.batch and rows and not rows[-1]["batch"]:
            runs = len(case.samples)
            print(f"  batch, wall time ({runs} run{'s' if runs > 1 else ''}):", file=out)
        med, q90 = median(case.samples), p90(case.samples)
        checks = evaluate(case, base)
        ok = all(c["pass"] for c in checks)
        met, total = met + (ok if checks else 0), total + bool(checks)
        ratios = ("", "") if case.batch else (f"{med / base['pass']:.2f}", f"{med / base['typer']:.2f}")
        result = ("PASS" if ok else "FAIL") if checks else ""
        bad_rc = sorted(case.codes - set(case.ok_rc))
        if bad_rc:
            result += f" (exit {','.join(map(str, bad_rc))}!)"
        print(f"  {case.label:<{width}}  {med:7.1f} {q90:7.1f}  {ratios[0]:>6} {ratios[1]:>6}  "
              f"{target_text(case.targets):<{twidth}} {result}".rstrip(), file=out)  # fmt: skip
        rows.append({
            "key": case.key, "label": case.label, "argv": case.argv, "env": case.env, "batch": case.batch,
            "runs": len(case.samples), "median_ms": round(med, 2), "p90_ms": round(q90, 2),
            "min_ms": round(min(case.samples), 2), "ratio_pass": round(med / base["pass"], 3),
            "ratio_typer": round(med / base["typer"], 3), "exit_codes": sorted(case.codes),
            "targets": checks, "pass": ok if checks else None, "notes": case.notes,
        })  # fmt: skip
    print(f"  targets met: {met}/{total}", file=out)
    for case in cases:
        for note in case.notes:
            print(f"  note: {case.label}: {note}", file=out)
    return {"results": rows, "targets_met": met, "targets_total": total}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--csto", help="the csto to time (default: the csto next to this python, else on PATH)")
    ap.add_argument("--runs", type=int, default=30, help="rounds of start-up timings (default 30)")
    ap.add_argument("--batch-runs", type=int, default=5, help="rounds of the two batch timings (default 5)")
    ap.add_argument("--batch-size", type=int, default=10_000, help="lines fed to each batch command (default 10000)")
    ap.add_argument("--seed", type=int, default=None, help="seed for the shuffled order (default: random)")
    ap.add_argument("--show-sample", action="store_true", help="print each command's output once (warm-up run)")
    ap.add_argument("--json", action="store_true", help="JSON results on stdout; the table goes to stderr")
    args = ap.parse_args()
    if min(args.runs, args.batch_runs, args.batch_size) < 1:
        ap.error("--runs, --batch-runs and --batch-size must be at least 1")

    csto = find_csto(args.csto)
    python = interpreter_of(csto)
    out = sys.stderr if args.json else sys.stdout
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="csto-bench-") as tmp:
        # a private parsed-base cache, filled by the warm-up: every timed run sees a warm cache
        env = child_env(CSTO_CACHE_DIR=str(Path(tmp) / "cache"))
        cases = build_cases(csto, python, Path(tmp), args.batch_size)
        probe = "import sys, typer; print(sys.version.split()[0], typer.__version__)"
        versions = captured_run([str(python), "-c", probe], env).stdout.split()
        warm_up(cases, env, args.show_sample, out)
        measure([c for c in cases if not c.batch], env, args.runs, rng)
        measure([c for c in cases if c.batch], env, args.batch_runs, rng)
    py_version, typer_version = [*versions, "?", "?"][:2]
    header = (f"csto start-up: {csto} (Python {py_version}, typer {typer_version}); "
              f"{args.runs} shuffled rounds; times in ms; warm caches")  # fmt: skip
    summary = report(cases, header, out)
    if args.json:
        meta = {
            "csto": str(csto), "python": str(python), "python_version": py_version, "typer_version": typer_version,
            "runs": args.runs, "batch_runs": args.batch_runs, "batch_size": args.batch_size, "seed": args.seed,
        }  # fmt: skip
        json.dump(meta | summary, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")


if __name__ == "__main__":
    main()
