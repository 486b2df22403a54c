"""Refresh (or check) the example outputs in README.md and docs/*.md by running each example.

Every block that follows a line `<!-- run: COMMAND -->` is replaced by a fenced block holding that
command and its real output, run from the repository's root (so paths are relative) with what
changes by itself pinned: 100 columns, no colour, English locale, and today = TODAY (examples that
depend on the day also pin it with --on). `--check` changes nothing and exits 1 if any example
differs from a fresh run, naming it (as sqlite-utils does with `cog --check`).

    python docs/update_readme.py            # rewrite the examples
    python docs/update_readme.py --check    # CI: fail when an example is stale or edited by hand
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "CONTRIBUTING.md")
TODAY = "2026-12-02"
BLOCK = re.compile(r"(<!-- run: (?P<cmd>.+?) -->\n)```[a-z]*\n.*?```\n", re.S)


def run(command: str) -> str:
    bin_dir = str(Path(sys.executable).parent)
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("CSTO_", "LC_")) and k not in ("NO_COLOR", "LANGUAGE")
    }
    env.update(
        COLUMNS="100",
        NO_COLOR="1",
        LANG="C.UTF-8",
        CSTO_TODAY=TODAY,
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
    )
    proc = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    return (proc.stdout + proc.stderr).rstrip("\n")


def refreshed(text: str) -> str:
    return BLOCK.sub(lambda m: f"{m[1]}```console\n$ {m['cmd']}\n{run(m['cmd'])}\n```\n", text)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    files = [Path(a) for a in argv if a != "--check"] or [f for f in FILES if f.exists()]
    stale = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        fresh = refreshed(text)
        if fresh == text:
            continue
        if not check:
            path.write_text(fresh, encoding="utf-8")
            print(f"updated {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
            continue
        stale += 1
        diff = difflib.unified_diff(text.splitlines(), fresh.splitlines(), str(path), "fresh run", lineterm="", n=1)
        print("\n".join(list(diff)[:40]))
    if stale:
        print(
            f"{stale} file(s) have examples that differ from a fresh run: python docs/update_readme.py", file=sys.stderr
        )
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
