"""The csto command line: the only place Typer is imported.

Only the command being run is registered with Typer, so a run pays for building one command, not
all of them; help for the whole program and unknown commands register every command.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Annotated, Any

import typer
from typer._click import exceptions as click_exceptions  # Typer 0.28 vendors Click here
from typer.core import TyperGroup

EXIT_CODES = """\b
Exit codes:
  0  success (an empty result is still a success)
  1  a lookup found nothing (unknown country, property or event), the fact base is broken,
     or a file cannot be written
  2  usage error (bad option, bad date); csto check: 0 true, 1 false, 2 error, 3 disputed or unknown"""

# command name → (module, function), in the order help lists them
COMMANDS: dict[str, tuple[str, str]] = {
    "members": ("lookup", "members"),
    "member-status": ("lookup", "member_status"),
    "timeline": ("lookup", "timeline"),
    "fact": ("lookup", "fact"),
    "check": ("factcheck", "check"),
    "audit": ("factcheck", "audit"),
    "sources": ("factcheck", "sources"),
    "open": ("browse", "open_"),
    "diff": ("factcheck", "diff"),
    "scan": ("scan", "scan"),
    "chart": ("chart", "chart"),
    "export": ("export", "export"),
    "validate": ("admin", "validate"),
}


class CstoGroup(TyperGroup):
    """Reports a usage error as one line on stderr (Click prints usage, a hint and the error on four)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        standalone_mode = kwargs.pop("standalone_mode", True)
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except click_exceptions.NoArgsIsHelpError as exc:  # `csto` alone: the help, as data, and success
            sys.stdout.write(exc.format_message() + "\n")
            code = 0
        except click_exceptions.ClickException as exc:
            code = exc.exit_code
            sys.stderr.write(_one_line(exc) + "\n")
        except typer.Abort:
            code = 1
            sys.stderr.write("csto: aborted\n")
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


# Words people reach for, mapped to the option csto uses for the idea (did-you-mean on unknown options).
SYNONYMS = {
    "state": "country", "states": "country", "countries": "country", "nation": "country", "member": "country",
    "date": "on", "day": "on", "at": "on", "when": "on",
    "since": "from", "start": "from", "after": "from", "until": "to", "end": "to", "before": "to",
    "output": "format", "out": "format", "language": "lang", "locale": "lang", "type": "kind",
    "query": "search", "grep": "search", "text": "search", "field": "fields", "columns": "fields",
    "colour": "no-color", "color": "no-color", "version": "version",
}  # fmt: skip


def _one_line(exc: click_exceptions.ClickException) -> str:
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, click_exceptions.NoSuchOption):
        return f"csto: error: {_no_such_option(exc, ctx)}" + (
            f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        )
    message = " ".join(exc.format_message().split())
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return f"csto: error: {message}{hint}"


def _no_such_option(exc: click_exceptions.NoSuchOption, ctx: Any) -> str:
    """`no such option --state; did you mean --country?`: a synonym first, then a near spelling."""
    import difflib

    known = [n for p in (ctx.command.params if ctx is not None else ()) for n in p.opts if not getattr(p, "hidden", 0)]
    word = exc.option_name.split("=", 1)[0]
    guesses = []
    synonym = "--" + SYNONYMS.get(word.lstrip("-").lower(), "")
    if synonym in known:
        guesses.append(synonym)
    guesses += [g for g in difflib.get_close_matches(word, known, n=3, cutoff=0.6) if g not in guesses]
    message = f"no such option {word}"
    return message + (f"; did you mean {' or '.join(guesses[:3])}?" if guesses else "")


def build_app(only: str | None = None) -> typer.Typer:
    """The Typer app with every command, or with just `only` (still a group: `csto NAME ...`)."""
    app = typer.Typer(
        cls=CstoGroup,
        name="csto",
        help="Facts about the Collective Security Treaty Organization (CSTO), with dates and sources.\n\n" + EXIT_CODES,
        rich_markup_mode=None,  # plain help: Typer's rich help imports rich_utils, ~50 ms
        pretty_exceptions_enable=False,
        no_args_is_help=True,
        add_completion=True,
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    )
    app.callback(invoke_without_command=False)(_program)  # keeps `csto NAME` a group with one command
    for name, (module, function) in COMMANDS.items():
        if only is None or name == only:
            func = getattr(importlib.import_module(f"{__name__}.{module}"), function)
            app.command(name)(func)
    if only is None:
        app.command("help")(_help)
    return app


def _help(
    ctx: typer.Context,
    command: Annotated[
        str | None, typer.Argument(metavar="[COMMAND]", help="The command to explain.", show_default=False)
    ] = None,
) -> None:
    """Show the help for csto, or for one command.

    \b
    Examples:
      csto help
      csto help member-status
    """
    from .output import fail, write

    parent = ctx.parent
    assert parent is not None
    group = parent.command
    if command is None:
        write(group.get_help(parent) + "\n")
        return
    sub = group.get_command(parent, command)  # type: ignore[attr-defined]
    if sub is None:
        import difflib

        close = difflib.get_close_matches(command, list(COMMANDS), n=3)
        hint = f"; did you mean {' or '.join(close)}?" if close else f"; commands: {', '.join(COMMANDS)}"
        fail(f"no such command {command!r}{hint}", 2)
    with sub.make_context(command, ["--help"], parent=parent, resilient_parsing=True) as sub_ctx:
        write(sub.get_help(sub_ctx) + "\n")


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        sys.stdout.write(f"csto {__version__}\n")
        raise typer.Exit(0)


def _program(
    show_version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Facts about the Collective Security Treaty Organization (CSTO), with dates and sources."""


def command_named(argv: list[str]) -> str | None:
    """The command a command line runs, if it names one (completion requests included)."""
    words = argv
    complete = os.environ.get("_CSTO_COMPLETE")
    if complete:
        words = os.environ.get("COMP_WORDS", "").split()[1:] or os.environ.get("_TYPER_COMPLETE_ARGS", "").split()[1:]
    for word in words:
        if not word.startswith("-"):
            return word if word in COMMANDS else None
        if word in ("--help", "-h", "--install-completion", "--show-completion"):
            return None
    return None


def run(argv: list[str] | None = None) -> int:
    """Run one command line and return its exit code. The process starts in `csto_cli.__main__`."""
    args = sys.argv[1:] if argv is None else argv
    app = build_app(command_named(args))
    try:
        app(args=args)
    except SystemExit as exc:
        return exit_code(exc.code)
    except KeyboardInterrupt:
        sys.stderr.write("csto: interrupted\n")
        return 130
    except BrokenPipeError:  # Click writing help or completions to a reader that stopped early
        from .streams import stop_writing

        stop_writing()
        return 0
    except OSError as exc:  # ... or to a full disk (our own writes say so themselves: output.write)
        from .output import cannot_write, say
        from .streams import discard_stdout

        discard_stdout()
        say(cannot_write(exc))
        return 1
    return 0


def exit_code(code: object) -> int:
    """What `sys.exit(code)` would make of it: None is success, a message is said and is failure."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")
    return 1


def __getattr__(name: str) -> typer.Typer:
    # `from csto_cli.cli import app` gives the whole program (tests, documentation), built on demand.
    if name == "app":
        return build_app()
    raise AttributeError(name)
