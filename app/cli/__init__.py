"""`parcours` on the command line: open the editor, or create, inspect, check and export maps.

`parcours FILE` opens the editor and `parcours COMMAND ...` runs a sub-command with no display;
a word that is neither a command nor a file name is an error rather than a map to create.
What a user can get wrong prints one sentence on stderr; a closed pipe (`parcours templates |
head -1`) ends quietly; only a bug in Parcours leaves a report, in the log folder.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app.version import VERSION

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_BUG = 70  # EX_SOFTWARE: an internal error, reported in the log folder
EXIT_INTERRUPTED = 130
EXIT_CLOSED_PIPE = 141  # as a program killed by SIGPIPE, what `cat` gives in `cat | head -1`
SUBCOMMANDS = ("new", "templates", "info", "check", "export", "import", "merge", "copy")
SUBCOMMANDS_HELP = """\
  new FILE        create a map from a template
  templates       list the templates
  info FILE       summary of a map (validates it first)
  check FILE      validate a map; exit 0 when it is valid
  export FILE     export a poster (pdf, png, svg), a spreadsheet (csv, xlsx) or JSON
  import MAP FILE import a spreadsheet's rows into a journey of MAP
  merge MINE THEIRS -o OUT   merge two copies of one map into OUT
  copy MAP OUT    write a copy of a map (--without-history to leave its history out)"""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        status = _dispatch(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler, not at exit
        return status
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_CLOSED_PIPE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _dispatch(args: list[str]) -> int:
    word = next((arg for arg in args if not arg.startswith("-")), None)
    if word is not None and word not in SUBCOMMANDS and not _names_a_file(word):
        return _unknown_command(word)
    if word in SUBCOMMANDS:
        from .commands import subcommand_parser

        parser = subcommand_parser()
    else:
        from .editor import editor_parser

        parser = editor_parser()
    options = parser.parse_args(args)
    from app import diagnostics

    if options.command != "editor":
        diagnostics.start_logging(options.debug, to_file=False)
    from app.model.errors import DocumentError

    try:
        return int(options.run(options))
    except DocumentError as error:
        print(f"parcours: {error}", file=sys.stderr)
        return EXIT_ERROR
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception:  # a bug of ours: a report, not a traceback
        diagnostics.report_unexpected(*sys.exc_info())
        return EXIT_BUG


def _names_a_file(word: str) -> bool:
    """A map to open: an existing path, or a name with a folder or an extension."""
    return "." in word or "/" in word or os.sep in word or Path(word).exists()


def _unknown_command(word: str) -> int:
    close = difflib.get_close_matches(word, SUBCOMMANDS, n=1)
    hint = f" (did you mean “{close[0]}”?)" if close else ""
    print(
        f"parcours: “{word}” is not a command{hint}; the commands are "
        f"{', '.join(SUBCOMMANDS[:-1])} and {SUBCOMMANDS[-1]}, and a map to open is named "
        f"with its extension ({word}.cjm).",
        file=sys.stderr,
    )
    return EXIT_USAGE


def _quiet_stdout() -> None:
    """After a closed pipe, Python would complain again when it flushes stdout at exit."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def add_common_options(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """`--debug` on every command (and `--version` on the top level)."""
    if top:
        parser.add_argument("--version", action="version", version=f"parcours {VERSION}")
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="log everything, on stderr too; show the traceback of an internal error",
    )
