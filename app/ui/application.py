"""The Qt application: bundled fonts, the user's language (ours and Qt's own strings), settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.render import fonts

LANGUAGES = ("en", "fr")
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def settings() -> QSettings:
    return QSettings("Parcours", "Parcours")


def chosen_language() -> str:
    """The language from Preferences, else the system's when we speak it, else English."""
    chosen = str(settings().value("language", "system"))
    if chosen in LANGUAGES:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with fonts and translators installed (reused if it exists)."""
    existing = QApplication.instance()
    application = existing if isinstance(existing, QApplication) else QApplication(argv or [])
    application.setOrganizationName("Parcours")
    application.setApplicationName("Parcours")
    application.setApplicationDisplayName("Parcours")
    register_fonts()
    install_translators(application, chosen_language())
    return application


def register_fonts() -> None:
    """Give Qt the same font files the poster writers measure with, and the same fallback for
    characters Open Sans lacks (arrows, ticks...), so the canvas breaks lines as they print."""
    for face in fonts.all_faces():
        QFontDatabase.addApplicationFont(str(fonts.face_path(face)))
    QFont.insertSubstitution(fonts.FAMILY, fonts.FALLBACK_FAMILY)
    QApplication.setFont(QFont(fonts.FAMILY, 10))


_installed: list[QTranslator] = []


def install_translators(application: QCoreApplication, language: str) -> None:
    """Load our strings and Qt's own (qtbase_fr.qm ships in the PySide6 wheel)."""
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_translations), ("parcours", str(TRANSLATIONS))):
        translator = QTranslator(application)
        if translator.load(f"{name}_{language}", folder):
            application.installTranslator(translator)
            _installed.append(translator)
