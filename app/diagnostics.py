"""The log, crash reports, and the sentences a user sees when something around the work fails.

A desktop program that closes unexpectedly must leave a trace a person can send us, and say so
at its next start; and nothing around the work itself (a log folder that cannot be written, a
missing translation, unreadable settings) may stop Parcours from starting: each is one
sentence, a *notice*, on stderr, in the log and in the editor's status bar.
No Qt here: the command line uses it too.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import logging
import os
import platform
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from app.model.workspace import _process_alive  # the lock files' test, Windows included
from app.version import VERSION

LOG_NAME = "parcours.log"
LOG_BYTES = 1_000_000
"""Size at which the log rotates; with the kept copies, at most 4 MB of logs per user."""
KEPT_LOGS = 3

log = logging.getLogger("parcours")
log.addHandler(logging.NullHandler())  # no log file: nothing, rather than logging's stderr
log.propagate = False
_notices: list[str] = []
error_listeners: list[Callable[[Path | None], None]] = []
"""Called after an unexpected error was reported (the editor shows a dialog)."""


def log_dir() -> Path:
    """The per-user log folder (platformdirs: ~/.local/state/Parcours/log on Linux,
    %LOCALAPPDATA%\\Parcours\\Logs on Windows, ~/Library/Logs/Parcours on macOS)."""
    import platformdirs

    return Path(platformdirs.user_log_dir("Parcours", appauthor=False))


def notice(sentence: str) -> None:
    """Tell the user one sentence about a problem Parcours goes on despite (once a run)."""
    if sentence in _notices:
        return
    _notices.append(sentence)
    log.warning(sentence)
    if not any(
        isinstance(h, logging.StreamHandler) and h.stream is sys.stderr for h in log.handlers
    ):
        with contextlib.suppress(OSError, ValueError):
            print(f"parcours: {sentence}", file=sys.stderr)


def notices() -> list[str]:
    """The notices of this run, for the editor's status bar."""
    return list(_notices)


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def start_logging(debug: bool = False, to_file: bool = True) -> Path | None:
    """Log to the rotating file in the user's log folder; `--debug` logs everything, on stderr
    too. Returns the log file, or None when it cannot be written (one notice, no log)."""
    logging.raiseExceptions = False  # a log that fails mid-run must not print tracebacks
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    if debug:
        echo = logging.StreamHandler(sys.stderr)
        echo.setFormatter(logging.Formatter("parcours: %(levelname)s %(name)s: %(message)s"))
        log.addHandler(echo)
    if not to_file:
        return None
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            folder / LOG_NAME, maxBytes=LOG_BYTES, backupCount=KEPT_LOGS, encoding="utf-8"
        )
    except OSError as error:
        notice(f"Parcours cannot write its log in {folder} ({_reason(error)}); it goes on without.")
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.info(
        "Parcours %s starting (Python %s on %s)",
        VERSION,
        platform.python_version(),
        platform.platform(),
    )
    return folder / LOG_NAME


def write_report(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> Path | None:
    """An unexpected error into the log and a crash report file; the report's path, if any."""
    text = "".join(traceback.format_exception(kind, value, tb))
    log.critical("Unexpected error:\n%s", text)
    header = f"Parcours {VERSION}, Python {platform.python_version()}, {platform.platform()}\n"
    folder = log_dir()
    report = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        report.write_text(header + text, encoding="utf-8")
    except OSError:
        return None
    return report


def report_unexpected(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """sys.excepthook: a report instead of a bare traceback, and one sentence saying where."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    report = write_report(kind, value, tb)
    where = f"the report is in {report}" if report else "no report could be written"
    with contextlib.suppress(OSError, ValueError):
        print(f"parcours: Parcours hit an unexpected error; {where}.", file=sys.stderr)
    if log.isEnabledFor(logging.DEBUG):
        traceback.print_exception(kind, value, tb)
    for listener in error_listeners:
        listener(report)


class CrashWatch:
    """Marks a running editor, so that the next start can tell it closed unexpectedly.

    Each run leaves `running-PID.json` in the log folder and `faults-PID.txt`, where
    faulthandler writes the Python stacks if the process dies of a fatal signal; a clean exit
    removes both. A mark whose process no longer exists is a crash: its fault dump (or, for a
    kill that left none, the log) is the report the next start names.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or log_dir()
        self.mark = self.folder / f"running-{os.getpid()}.json"
        self.faults_path = self.folder / f"faults-{os.getpid()}.txt"
        self._faults: IO[str] | None = None

    def start(self) -> None:
        """Report a previous crash (one notice), then watch this run."""
        report = self.previous_crash()
        if report is not None:
            notice(f"Parcours closed unexpectedly last time; the report is in {report}.")
        sys.excepthook = report_unexpected
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.mark.write_text(json.dumps({"pid": os.getpid(), "version": VERSION}), "utf-8")
            self._faults = self.faults_path.open("w", encoding="utf-8")
        except OSError:
            return  # no log folder: the notice about it was given by start_logging
        faulthandler.enable(self._faults)

    def stop(self) -> None:
        """A clean exit: no crash to report next time."""
        if self._faults is not None:
            faulthandler.disable()
            self._faults.close()
            self._faults = None
        with contextlib.suppress(OSError):
            self.faults_path.unlink(missing_ok=True)
            self.mark.unlink(missing_ok=True)

    def previous_crash(self) -> Path | None:
        """The report of the latest run that died, if one did; its marks are cleared."""
        found: Path | None = None
        try:
            marks = sorted(self.folder.glob("running-*.json"), key=lambda p: p.stat().st_mtime)
        except OSError:
            return None
        for mark in marks:
            pid = mark.stem.removeprefix("running-")
            if not pid.isdigit() or _process_alive(int(pid)):
                continue
            faults = self.folder / f"faults-{pid}.txt"
            found = self.folder / LOG_NAME
            with contextlib.suppress(OSError):
                if faults.stat().st_size > 0:
                    stamp = datetime.fromtimestamp(faults.stat().st_mtime)
                    found = faults.rename(self.folder / f"crash-{stamp:%Y%m%d-%H%M%S}-{pid}.txt")
            with contextlib.suppress(OSError):
                faults.unlink(missing_ok=True)
                mark.unlink()
        if found is not None:
            log.warning("The previous run closed unexpectedly; report: %s", found)
        return found
