"""Finding and checking CSTO claims in an article (queries level: pure code, no I/O, no Typer, no Rich)."""
