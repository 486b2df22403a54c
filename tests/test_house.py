"""The house rules a merge can break silently: small modules."""

from __future__ import annotations

from pathlib import Path

import csto_cli

PACKAGE = Path(csto_cli.__file__).parent


def test_no_module_is_over_400_lines() -> None:
    sizes = {
        p.relative_to(PACKAGE).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
        for p in PACKAGE.rglob("*.py")
    }
    assert sizes, "no modules found"
    assert {name: n for name, n in sizes.items() if n > 400} == {}
