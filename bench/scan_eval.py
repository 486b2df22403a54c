"""Recall, precision and verdict accuracy of `csto scan` on the hand-labelled articles in
tests/fixtures/articles/ (NAME.txt with NAME.json: the claims a reader checking the article against the
record would list, each with its quote, kind, record subject and expected verdict).

A reported claim matches a label when it names the same record subject (event id, property, or the
same states) and its quote overlaps the labelled quote. Run: python bench/scan_eval.py [-v]"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from csto_cli import loader
from csto_cli.model import FactBase
from csto_cli.scan.claims import Claim, scan_text

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "articles"


def _same_subject(label: str, claim: str) -> bool:
    if "," in label or "," in claim or label.isupper():
        return set(label.split(",")) == set(claim.split(","))
    return label == claim


def evaluate(base: FactBase, name: str, verbose: bool) -> tuple[int, int, int, int, int, int, list[str]]:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    spec = json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))
    claims = scan_text(base, text, dt.date.fromisoformat(spec["on"]))
    used: set[int] = set()
    found = right = true_as_false = 0
    misses: list[str] = []
    for label in spec["claims"]:
        start = text.index(label["quote"])
        end = start + len(label["quote"])
        match: Claim | None = None
        for same_kind in (True, False):  # a claim of the labelled kind first, then any on the subject
            for i, c in enumerate(claims):
                if i in used or (same_kind and c.kind != label["kind"]):
                    continue
                if _same_subject(label["subject"], c.subject) and c.start < end and start < c.end:
                    match = c
                    used.add(i)
                    break
            if match is not None:
                break
        if match is None:
            misses.append(f"  miss   {name}: [{label['kind']} {label['subject']}] {label['quote']}")
            continue
        found += 1
        right += match.verdict == label["verdict"]
        true_as_false += label["verdict"] == "true" and match.verdict == "false"
        if match.verdict != label["verdict"]:
            misses.append(f"  wrong  {name}: {label['quote']} — expected {label['verdict']}, got {match.verdict}")
    extra = [c for i, c in enumerate(claims) if i not in used]
    misses += [f"  extra  {name}: [{c.kind} {c.subject}] {c.verdict}: {c.quote}" for c in extra]
    return len(spec["claims"]), found, len(claims), len(claims) - len(extra), right, true_as_false, misses


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    —"


def main() -> int:
    verbose = "-v" in sys.argv
    base = loader.load(None)
    print(f"{'text':24} {'labels':>6} {'found':>5} {'reported':>8} {'recall':>7} {'precision':>9} {'verdicts':>8}")
    totals = [0] * 6
    held = [0] * 6
    fresh = [0] * 6
    third = [0] * 6
    fourth = [0] * 6
    problems: list[str] = []
    for path in sorted(ARTICLES.glob("*.json")):
        labels, found, reported, real, right, bad, misses = evaluate(base, path.stem, verbose)
        spec = json.loads(path.read_text(encoding="utf-8"))
        for i, n in enumerate((labels, found, reported, real, right, bad)):
            totals[i] += n
            held[i] += (
                n
                if spec.get("held_out") and not spec.get("fresh") and not spec.get("third") and not spec.get("fourth")
                else 0
            )
            fresh[i] += n if spec.get("fresh") else 0
            third[i] += n if spec.get("third") else 0
            fourth[i] += n if spec.get("fourth") else 0
        problems += misses
        print(
            f"{path.stem:24} {labels:6} {found:5} {reported:8} {_pct(found, labels):>7} "
            f"{_pct(real, reported):>9} {_pct(right, found):>8}"
        )
    sets = (
        ("held-out set 1 (held_*)", held),
        ("held-out set 2 (fresh_*)", fresh),
        ("held-out set 3 (third_*)", third),
        ("held-out set 4 (fourth_*)", fourth),
    )
    for name, part in sets:
        if part[0]:
            p_labels, p_found, p_reported, p_real, p_right, _ = part
            print(
                f"{name:24} {p_labels:6} {p_found:5} {p_reported:8} {_pct(p_found, p_labels):>7} "
                f"{_pct(p_real, p_reported):>9} {_pct(p_right, p_found):>8}"
            )
    labels, found, reported, real, right, bad = totals
    print(
        f"{'TOTAL':24} {labels:6} {found:5} {reported:8} {_pct(found, labels):>7} "
        f"{_pct(real, reported):>9} {_pct(right, found):>8}"
    )
    print(f"claims labelled true given false: {bad}")
    print("misses, wrong verdicts and extra claims:")
    print("\n".join(problems) or "  none")
    ok = found / labels >= 0.85 and real / max(reported, 1) >= 0.90 and right / max(found, 1) >= 0.90 and bad == 0
    print("targets (recall >= 85%, precision >= 90%, verdicts >= 90%, none true-as-false):", "MET" if ok else "NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
