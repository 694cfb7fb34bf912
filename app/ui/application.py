"""The Qt application: bundled fonts, the user's language (ours and Qt's own strings), settings.

Nothing here may stop Parcours from starting: a missing font or translation, or settings that
cannot be read, is one sentence (`diagnostics.notice`) and Parcours starts without it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from app import bundled, diagnostics
from app.render import fonts

LANGUAGES = ("en", "fr")
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
"""Qt's own strings that the French catalogue shipped with Qt lacks (Qt 6 gave the file
dialog's labels mnemonics its catalogue does not know): our catalogue, consulted first,
fills them in."""
DESKTOP_ID = "org.parcours.Parcours"
"""The application's id: its .desktop entry, AppStream metainfo and icon bear this name."""


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
    application.setDesktopFileName(DESKTOP_ID)
    check_settings()
    application.setWindowIcon(application_icon())
    register_fonts()
    install_translators(application, chosen_language())
    return application


def check_settings() -> None:
    """Settings that cannot be read are one sentence; Parcours then starts with the defaults."""
    store = settings()
    if store.status() != QSettings.Status.NoError:
        diagnostics.notice(
            f"Parcours could not read its settings file {store.fileName()}; "
            "it starts with the default settings."
        )


def application_icon() -> QIcon:
    """Our icon in every size we drew (small sizes come from the simplified drawing)."""
    icon = QIcon()
    try:
        folder = bundled.path("icons")
    except bundled.MissingResourceError as error:
        diagnostics.notice(error.meanwhile("its windows show no icon"))
        return icon
    for png in sorted(folder.glob("parcours-*.png")):
        icon.addFile(str(png))
    return icon


def register_fonts() -> None:
    """Give Qt the same font files the poster writers measure with, and the same fallback for
    characters Open Sans lacks (arrows, ticks...), so the canvas breaks lines as they print."""
    for face in fonts.all_faces():
        try:
            QFontDatabase.addApplicationFont(str(bundled.path("fonts", face)))
        except bundled.MissingResourceError as error:
            diagnostics.notice(error.meanwhile("the editor uses a system font"))
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
    try:
        ours = str(bundled.path("translations", f"parcours_{language}.qm").parent)
    except bundled.MissingResourceError as error:
        diagnostics.notice(error.meanwhile("the interface stays in English"))
        return
    for name, folder in (("qtbase", qt_translations), ("parcours", ours)):
        translator = QTranslator(application)
        if translator.load(f"{name}_{language}", folder):
            application.installTranslator(translator)
            _installed.append(translator)
