"""How long `csto scan` takes on a 5,000-word article, as whole processes (target: <= 1 s).

The article is built from the evaluation texts (Arabic, English and Russian, claims and opinion
mixed) repeated to 5,000 words. Reports the median and p90 of N runs of `csto scan FILE --format json`
beside `csto members --format json` (start-up and loading the record), and the import cost of the scanner.
Run: python bench/scan_speed.py [--runs N] [--words N] [--csto PATH]"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from _common import child_env, find_csto, interpreter_of, median, p90, timed_run

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "articles"


def article(words: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    out: list[str] = []
    count = 0
    while count < words:
        for text in texts:
            out.append(text)
            count += len(text.split())
            if count >= words:
                break
    return "\n\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--csto")
    args = parser.parse_args()
    csto = find_csto(args.csto)
    env = child_env()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(article(args.words), encoding="utf-8")
        words = len(path.read_text(encoding="utf-8").split())
        commands = {
            "members --format json": [str(csto), "members", "--format", "json"],
            f"scan ({words} words) --format json": [str(csto), "scan", str(path), "--format", "json"],
        }
        for argv in commands.values():
            timed_run(argv, env)  # warm the parsed-base cache and the .pyc files
        print(f"{'command':40} {'median ms':>10} {'p90 ms':>8}")
        results = {}
        for name, argv in commands.items():
            samples = [timed_run(argv, env)[0] for _ in range(args.runs)]
            results[name] = median(samples)
            print(f"{name:40} {median(samples):10.0f} {p90(samples):8.0f}")
        members_ms, scan_ms = results.values()
        verdict = "MET" if scan_ms <= 1000 else "NOT MET"
        print(f"scan minus start-up: {scan_ms - members_ms:.0f} ms; target <= 1000 ms in all: {verdict}")
        python = interpreter_of(csto)
        cost = subprocess.run(
            [str(python), "-X", "importtime", "-c", "import csto_cli.scan.claims, csto_cli.scan.text"],
            capture_output=True, text=True, env=env,
        )  # fmt: skip
        top = [
            line
            for line in cost.stderr.splitlines()
            if line.rstrip().endswith(("csto_cli.scan.claims", "csto_cli.scan.text"))
        ]
        total = sum(int(line.split("|")[1]) for line in top)
        print(f"import cost of the scanner (cumulative, -X importtime): {total / 1000:.1f} ms")


if __name__ == "__main__":
    main()
