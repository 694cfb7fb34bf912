"""The editor's side of untrusted pictures: checked on worker threads, shown only once clean.

A stored picture is checked (`app.model.picture_check`) before the canvas or a panel decodes
it; a check costs about 10 ms a photo, so it never runs on the GUI thread. Right after a map
is opened every picture it holds is checked in the background (the open itself stays within
its budget: nothing is checked before the first paint); until its verdict arrives a picture
shows as a plain grey frame, then as itself, or as a crossed placeholder when refused. The
user is told once, in one sentence per picture, whose picture was left out.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QPixmap

from app.model import JourneyDocument
from app.model.infos import AssetData
from app.model.picture_check import (
    DROPPED_MESSAGES,
    CheckedPicture,
    PictureRefusal,
    StoredPictures,
    Verdict,
)
from app.model.snapshot import asset_data

CONTEXT = "PictureChecks"
ELEMENTS = {
    "card": str(QT_TRANSLATE_NOOP("PictureChecks", "card “%1”")),
    "emotion_point": str(QT_TRANSLATE_NOOP("PictureChecks", "emotion point “%1”")),
    "stage": str(QT_TRANSLATE_NOOP("PictureChecks", "stage “%1”")),
    "persona": str(QT_TRANSLATE_NOOP("PictureChecks", "persona “%1”")),
    "journey": str(QT_TRANSLATE_NOOP("PictureChecks", "journey “%1”")),
    "evidence": str(QT_TRANSLATE_NOOP("PictureChecks", "library photo “%1”")),
}
# lupdate finds the sentences here; they are the model's DROPPED_* templates
_SENTENCES = (
    QT_TRANSLATE_NOOP(
        "PictureChecks",
        "The picture of %1 was left out: it is damaged or not a picture Parcours stores.",
    ),
    QT_TRANSLATE_NOOP(
        "PictureChecks", "The picture of %1 was left out: its bytes do not match its fingerprint."
    ),
    QT_TRANSLATE_NOOP(
        "PictureChecks",
        "The picture of %1 was left out: it carries metadata (such as where it was taken) that "
        "Parcours never stores.",
    ),
    QT_TRANSLATE_NOOP(
        "PictureChecks",
        "The picture of %1 was left out: it is larger than Parcours stores pictures.",
    ),
)
assert _SENTENCES == DROPPED_MESSAGES


class _Signals(QObject):
    done = Signal(str, object)  # sha256, Verdict | None


class _Check(QRunnable):
    def __init__(self, store: StoredPictures, sha256: str, signals: _Signals) -> None:
        super().__init__()
        self.store, self.sha256, self.signals = store, sha256, signals

    def run(self) -> None:
        try:
            verdict = self.store.check(self.sha256)
        except Exception:  # a worker must never die silently; the picture stays unshown
            verdict = None
        self.signals.done.emit(self.sha256, verdict)


class PictureChecks(QObject):
    """Verdicts on one document's pictures, arriving from worker threads.

    `picture(sha256)` never blocks on a check: it returns None while the picture is being
    checked (and starts the check if nobody asked yet)."""

    checked = Signal(str)  # sha256: its verdict is known, repaint what shows it
    dropped = Signal(str)  # one sentence, once per refused picture

    def __init__(self, document: JourneyDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._store = document.stored_pictures()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._ok: set[str] = set()
        self._refused: dict[str, PictureRefusal] = {}
        self._pending: set[str] = set()
        self._closed = False

    def check_all(self) -> None:
        """Check every picture of the map in the background (started once the map shows)."""
        if self._closed:
            return
        for sha256 in self._store.stored_keys():
            self._start(sha256)

    def picture(self, sha256: str) -> Verdict | None:
        """The checked picture, its refusal, or None while its check runs."""
        refusal = self._refused.get(sha256)
        if refusal is not None:
            return refusal
        if sha256 in self._ok:
            # the verdict is cached by hash: this reads the bytes and hashes them (~1 ms)
            verdict = self._store.check(sha256)
            if isinstance(verdict, CheckedPicture):
                return verdict
            self._ok.discard(sha256)
        self._start(sha256)
        return None

    def asset(self, sha256: str) -> AssetData | None:
        """The checked picture as the canvas's picture cache reads it; None while it is being
        checked, or when it was refused (see `refused`)."""
        verdict = self.picture(sha256)
        if not isinstance(verdict, CheckedPicture):
            return None
        return asset_data(verdict)

    def refused(self, sha256: str) -> bool:
        """Whether the picture failed its check (known once its check is done)."""
        return sha256 in self._refused

    def thumbnail(self, sha256: str) -> QPixmap | None:
        """The picture's checked thumbnail; an empty pixmap when refused, None while checked."""
        verdict = self.picture(sha256)
        if verdict is None:
            return None
        pixmap = QPixmap()
        if isinstance(verdict, CheckedPicture):
            pixmap.loadFromData(verdict.thumbnail)
        return pixmap

    def close(self) -> None:
        """Stop: queued checks are dropped, running ones finish, the reader closes."""
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone()
        self._store.close()

    def _start(self, sha256: str) -> None:
        if self._closed or sha256 in self._pending or sha256 in self._refused:
            return
        self._pending.add(sha256)
        self._pool.start(_Check(self._store, sha256, self._signals))

    def _done(self, sha256: str, verdict: Verdict | None) -> None:
        self._pending.discard(sha256)
        if self._closed:
            return
        if isinstance(verdict, CheckedPicture):
            self._ok.add(sha256)
        elif isinstance(verdict, PictureRefusal):
            self._refused[sha256] = verdict
            self.dropped.emit(self.sentence(verdict))
        self.checked.emit(sha256)

    def sentence(self, refusal: PictureRefusal) -> str:
        """Why the picture was left out, naming the element that shows it, translated."""
        user = self.document.picture_user(refusal.sha256) or ("evidence", "")
        kind, label = user
        label = " ".join(label.split())
        label = label if len(label) <= 60 else label[:59] + "…"
        element = QCoreApplication.translate(CONTEXT, ELEMENTS[kind]).replace("%1", label)
        template = QCoreApplication.translate(CONTEXT, refusal.template)
        return template.replace("%1", element)
