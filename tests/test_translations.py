"""French ships complete: every string of the interface has its translation, and it loads."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "parcours_fr.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_interface_string_has_a_french_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    shipped = messages(TS)
    missing = sorted(key for key in messages(fresh) if key not in shipped)
    assert missing == [], "run ./dev translations and translate these"
    unfinished = sorted(
        key for key, message in shipped.items()
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    )  # fmt: skip
    assert unfinished == []


def test_the_built_catalogue_matches_its_source(tmp_path: Path) -> None:
    qm = TS.with_suffix(".qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    rebuilt = tmp_path / "rebuilt.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(rebuilt)], check=True, capture_output=True)
    assert rebuilt.read_bytes() == qm.read_bytes(), "run ./dev translations"


def test_document_errors_and_menus_read_in_french(qapp) -> None:
    from app.model import InvalidFileError, SaveError
    from app.model.pictures import NOT_A_PICTURE, PictureError
    from app.ui.application import install_translators
    from app.ui.messages import user_message

    install_translators(qapp, "fr")
    try:
        assert user_message(InvalidFileError("prêt.cjm", "the file is empty")) == (
            "Impossible d’ouvrir prêt.cjm : le fichier est vide."
        )
        assert (
            user_message(InvalidFileError("a.cjm", "it holds out-of-range values (table card)"))
            == "Impossible d’ouvrir a.cjm : il contient des valeurs hors limites (table card)."
        )
        assert user_message(SaveError("a.cjm", "the disk is full")) == (
            "a.cjm n’a pas été enregistré : le disque est plein. "
            "Le fichier sur le disque n’a pas changé."
        )
        assert user_message(PictureError(NOT_A_PICTURE, "notes.jpg")).startswith(
            "notes.jpg n’est pas une image que Parcours accepte"
        )
    finally:
        install_translators(qapp, "en")


def test_a_refused_edit_reads_in_french_from_its_code(qapp) -> None:
    from app.model import InvalidEditError
    from app.ui.application import install_translators
    from app.ui.messages import user_message

    install_translators(qapp, "fr")
    try:
        assert user_message(InvalidEditError("gone", element="card")) == (
            "Cet élément n’existe plus dans cette carte (carte)."
        )
        assert user_message(InvalidEditError("emotion_range")) == (
            "Une émotion va de -5 (le pire) à +5 (le meilleur)."
        )
    finally:
        install_translators(qapp, "en")
    assert str(InvalidEditError("gone", element="card")) == (
        "That card no longer exists in this map."
    )
