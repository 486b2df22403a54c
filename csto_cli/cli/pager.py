"""Long answers on a terminal go through a pager, as git and systemctl do; a pipe never gets one.

The pager is $CSTO_PAGER, else $PAGER, else `less -FRX` (quit at once if the text fits, keep colour,
leave the text on the screen). An empty CSTO_PAGER, `cat`, --no-pager or a pager that is not
installed print straight to the terminal.
"""

from __future__ import annotations

import os
import sys

DEFAULT = "less -FRX"


def height() -> int:
    lines = os.environ.get("LINES")
    if lines and lines.isdigit():
        return int(lines)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).lines
    except (OSError, ValueError):
        return 24


def command() -> str | None:
    """The pager to run, or None to print straight out."""
    import shlex
    import shutil

    env = os.environ
    chosen = env["CSTO_PAGER"] if "CSTO_PAGER" in env else env.get("PAGER") or DEFAULT
    try:
        words = shlex.split(chosen)
    except ValueError:
        return None
    if not words or words[0] == "cat" or shutil.which(words[0]) is None:
        return None
    return chosen


def wanted(text: str, enabled: bool) -> str | None:
    """The pager command when `text` should go through one: a terminal, taller than its screen."""
    if not enabled or not sys.stdout.isatty() or text.count("\n") < height():
        return None
    return command()


def page(text: str, pager: str) -> int:
    """Show `text` through `pager` (run by the shell, as git runs $PAGER); the pager's exit code."""
    import subprocess

    sys.stdout.flush()
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX"), "LV": os.environ.get("LV", "-c")}
    try:
        proc = subprocess.Popen(pager, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        return -1
    try:
        assert proc.stdin is not None
        proc.stdin.write(text.encode("utf-8", "replace"))
        proc.stdin.close()
    except BrokenPipeError:  # the reader quit the pager before reading everything
        pass
    while True:
        try:
            return proc.wait()
        except KeyboardInterrupt:  # Ctrl-C belongs to the pager (less uses it to stop a search)
            continue
