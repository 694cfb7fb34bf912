"""Photos enter a map off the GUI thread: decode, orient, strip and shrink in a worker pool.

Decoding a 12-megapixel JPEG takes a good part of a second; done on the GUI thread, a folder of
workshop photos would freeze the window. Workers only run `prepare_picture_file` (pure Pillow,
no session); the GUI thread stores each prepared picture, which is a quick insert.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.model import DocumentError
from app.model.picture_store import PictureStore
from app.model.pictures import Picture, prepare_picture, prepare_picture_file

from .messages import user_message


class _Signals(QObject):
    prepared = Signal(int, object)  # index, Picture
    failed = Signal(int, str)  # index, sentence


class _Job(QRunnable):
    def __init__(
        self,
        index: int,
        source: Path | bytes,
        name: str,
        signals: _Signals,
        store: PictureStore | None,
    ) -> None:
        super().__init__()
        self.index, self.source, self.name, self.signals = index, source, name, signals
        self.store = store

    def run(self) -> None:
        try:
            if isinstance(self.source, Path):
                picture = prepare_picture_file(self.source)
            else:
                picture = prepare_picture(self.source, self.name)
            if self.store is not None:
                self.store.store(picture)
        except DocumentError as error:
            self.signals.failed.emit(self.index, user_message(error))
        except sqlite3.Error as error:  # the working copy's disk is full, or was removed
            sentence = QCoreApplication.translate(
                "PhotoIntake", "%1 could not be stored in the map (%2)."
            )
            self.signals.failed.emit(
                self.index, sentence.replace("%1", self.name).replace("%2", str(error))
            )
        except Exception as error:  # a worker must never die silently
            self.signals.failed.emit(self.index, f"{self.name}: {error}")
        else:
            self.signals.prepared.emit(self.index, picture)


class PhotoIntake(QObject):
    """Prepares several pictures in parallel, with progress and cancel; reports in order."""

    finished = Signal(list, list)  # [(name, Picture)] in the order given, [sentences]
    picture_ready = Signal(int, str, object)  # index, name, Picture: as soon as each is ready

    def __init__(
        self,
        parent: QWidget,
        sources: list[tuple[Path | bytes, str]],
        store: PictureStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._sources = sources
        self._store = store
        self._results: dict[int, Picture] = {}
        self._errors: dict[int, str] = {}
        self._cancelled = False
        self._signals = _Signals(self)
        self._signals.prepared.connect(self._prepared)
        self._signals.failed.connect(self._failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(1, min(4, QThreadPool.globalInstance().maxThreadCount())))
        self._progress: QProgressDialog | None = None
        if len(sources) > 1:
            self._progress = QProgressDialog(
                self.tr("Preparing the photos…"), self.tr("Cancel"), 0, len(sources), parent
            )
            self._progress.setWindowTitle(self.tr("Adding photos"))
            self._progress.setMinimumDuration(300)
            self._progress.canceled.connect(self.cancel)

    def start(self) -> None:
        for index, (source, name) in enumerate(self._sources):
            self._pool.start(_Job(index, source, name, self._signals, self._store))

    def cancel(self) -> None:
        self._cancelled = True
        self._pool.clear()
        self._done()

    def wait(self) -> None:
        """Block until every job has reported (for scripts and tests)."""
        self._pool.waitForDone()

    def _prepared(self, index: int, picture: Picture) -> None:
        if self._cancelled:
            return
        self._results[index] = picture
        self.picture_ready.emit(index, self._sources[index][1], picture)
        self._step()

    def _failed(self, index: int, sentence: str) -> None:
        self._errors[index] = sentence
        self._step()

    def _step(self) -> None:
        count = len(self._results) + len(self._errors)
        if self._progress is not None:
            self._progress.setValue(count)
        if count == len(self._sources) and not self._cancelled:
            self._done()

    def _done(self) -> None:
        self._pool.waitForDone()
        if self._store is not None:
            self._store.close()
        if self._progress is not None:
            self._progress.reset()
        if self._cancelled:
            self.finished.emit([], [])
            return
        prepared = [(self._sources[i][1], self._results[i]) for i in sorted(self._results)]
        self.finished.emit(prepared, [self._errors[i] for i in sorted(self._errors)])


def take_in(
    parent: QWidget,
    sources: list[tuple[Path | bytes, str]],
    done: Callable[[list[tuple[str, Picture]], list[str]], None],
    ready: Callable[[int, str, Picture], None] | None = None,
    store: PictureStore | None = None,
) -> PhotoIntake:
    """Start preparing `sources` ((path or bytes, name)); `ready` hears of each picture as it
    is prepared (and, with a `store`, already stored by the worker), `done` gets them all (in
    order) and the refusals once every job ended."""
    intake = PhotoIntake(parent, sources, store)
    if ready is not None:
        intake.picture_ready.connect(ready)
    intake.finished.connect(done)
    intake.finished.connect(intake.deleteLater)
    intake.start()
    return intake
