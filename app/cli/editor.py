"""`parcours [FILE]`: the editor, started the way a desktop program should start.

Before Qt is loaded, a missing display or missing system libraries become one sentence (Qt
itself would abort the process with a page of text). The editor then runs with its log file
and its crash watch, so that a crash leaves a report and the next start says where it is.
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.util
import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path

from . import EXIT_ERROR, SUBCOMMANDS_HELP, add_common_options

SELF_TEST_SECONDS = 3.0


def editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parcours",
        description="Offline editor for customer journey maps. Without a command, opens the "
        "editor; commands work with no display:\n" + SUBCOMMANDS_HELP,
        epilog="parcours COMMAND --help describes a command's arguments.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="a map to open (.cjm)")
    parser.add_argument("--sample", action="store_true", help="open a copy of the sample map")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=f"for packagers: start the editor, open FILE, print its menus as JSON, close after "
        f"{SELF_TEST_SECONDS:g} seconds; exit 0 if all went well",
    )
    add_common_options(parser, top=True)
    parser.set_defaults(run=run_editor, command="editor")
    return parser


def run_editor(options: argparse.Namespace) -> int:
    """Open the editor window on FILE, on the sample map, or empty."""
    problem = display_problem()
    if problem:
        print(f"parcours: {problem}", file=sys.stderr)
        return EXIT_ERROR
    from app import diagnostics

    scratch = None
    if options.self_test and "PARCOURS_DATA_DIR" not in os.environ:
        # never offer, nor touch, the user's own unsaved work
        scratch = tempfile.mkdtemp(prefix="parcours-self-test-")
        os.environ["PARCOURS_DATA_DIR"] = scratch
    diagnostics.start_logging(options.debug)
    watch = diagnostics.CrashWatch()
    watch.start()
    from app.ui.startup import start

    try:
        paths = [options.file] if options.file else []
        return start(paths, options.sample, SELF_TEST_SECONDS if options.self_test else None)
    finally:
        watch.stop()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def display_problem() -> str | None:
    """Why Qt could not open a window here, in one sentence; None when it should work."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: Qt's choice, made on purpose
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY")
    if not display:
        return "the editor needs a display; without one, use parcours info, check or export."
    if not _x_server_answers(display):
        return f"the editor cannot reach the display {display}; is the graphical session running?"
    missing = _missing_xcb_library()
    if missing:
        return (
            f"the editor cannot open a window: the system library {missing} is missing "
            "(see “System packages” in Parcours's README for the packages to install)."
        )
    return None


def _x_server_answers(display: str) -> bool:
    """Connect to the X server's socket (local or TCP), as Xlib would."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return True  # a form we do not know: let Qt try
    try:
        if host in ("", "unix"):
            with socket.socket(socket.AF_UNIX) as connection:
                connection.settimeout(2)
                address = f"/tmp/.X11-unix/X{number}"
                try:
                    connection.connect(address)
                except OSError:
                    connection.connect("\0" + address)  # Linux's abstract socket
        else:
            socket.create_connection((host, 6000 + int(number)), timeout=2).close()
    except OSError:
        return False
    return True


def _missing_xcb_library() -> str | None:
    """Load Qt's xcb plugin the way Qt will: the loader names the first library it misses."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt/plugins/platforms/libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error).split(":")[0]
    return None
