"""Refresh the example outputs in README.md by running each example command.

Every block that follows a line `<!-- run: csto ... -->` is replaced by a fenced block holding that
command and its real output (at 100 columns, without colour). Run: python docs/update_readme.py
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(<!-- run: (?P<cmd>.+?) -->\n)```[a-z]*\n.*?```\n", re.S)


def run(command: str) -> str:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "LANG": "C.UTF-8"}
    env.pop("CSTO_FACTS", None)
    csto = Path(sys.executable).parent / "csto"
    words = shlex.split(command)
    shell = any(ch in command for ch in "|;>&$") or "printf" in command
    if shell:
        line = command.replace("csto ", f"{csto} ", 1) if command.startswith("csto ") else command
        line = line.replace("| csto ", f"| {csto} ")
        line = line.replace("; csto ", f"; {csto} ")
        proc = subprocess.run(["bash", "-c", line], capture_output=True, text=True, env=env)
    else:
        proc = subprocess.run([str(csto), *words[1:]], capture_output=True, text=True, env=env)
    out = proc.stdout + (proc.stderr if proc.stderr else "")
    return out.rstrip("\n")


def main() -> None:
    text = README.read_text(encoding="utf-8")

    def replace(m: re.Match[str]) -> str:
        cmd = m["cmd"]
        return f"{m[1]}```console\n$ {cmd}\n{run(cmd)}\n```\n"

    README.write_text(BLOCK.sub(replace, text), encoding="utf-8")


if __name__ == "__main__":
    main()
