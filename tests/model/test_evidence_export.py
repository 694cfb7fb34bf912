"""Export of evidence to a folder: every photo and one Markdown index, safe names, nothing
overwritten, nothing outside the folder, and one clear sentence when the disk says no."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import unicodedata
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

import pytest

from app.model import DocumentError, JourneyDocument
from app.model.evidence_export import (
    NAME_LIMIT,
    ExportError,
    collect_evidence,
    export_evidence,
    safe_file_name,
    write_evidence,
)
from tests.model.test_pictures import encoded, photo

HOSTILE_CAPTIONS = [
    "../../etc/passwd",
    "CON",
    "a/b\\c",
    "x" * 300,
    "🧑‍💻 Atelier ☕ « client »",
    "Reçu\u202egpj.exe",  # a right-to-left override hiding an extension
    "line\r\nbreak\ttab nul",  # NUL and other controls: refused by the verbs (see text.py)
    "lpt1.backup",
    " ... ",
]
RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(10)),
    *(f"LPT{n}" for n in range(10)),
}


@pytest.fixture
def document() -> Iterator[JourneyDocument]:
    """Photos with hostile captions (one picture used twice), quotes, a link and a note."""
    document = JourneyDocument.new("purchase", "en")
    journey = document.journeys()[0].id
    stages = document.stages(journey)
    lanes = {lane.kind: lane.id for lane in document.lanes(journey)}
    card = document.add_card(lanes["text"], stages[0].id, "Calls the bank").first_added
    for seed, caption in enumerate(HOSTILE_CAPTIONS):
        document.add_photo(encoded(photo((120, 90), seed=seed), "JPEG"), title=caption)
    logo = photo((120, 90), seed=99).convert("RGBA")
    logo.putpixel((0, 0), (0, 0, 0, 0))  # transparent somewhere: stored and exported as PNG
    shared = encoded(logo, "PNG")
    document.add_photo(shared, text="The counter, seen from the queue", targets=[("card", card)])
    document.add_photo(shared, title="The same counter again")
    document.add_evidence(
        "quote",
        targets=[("card", card), ("stage", stages[0].id)],
        text="« J’ai attendu *20* minutes »\n<script>alert('x')</script>",
        speaker="Marie",
        source="Interview 3",
        date="2026-10-02",
    )
    document.add_evidence("quote", text="Nobody called me back.", speaker="Marc")
    document.add_evidence("link", title="Review", url="https://example.org/review?id=4")
    document.add_evidence("link", title="Odd", url="javascript:alert(1)")
    document.add_evidence("note", text="Ask the branch about queues.")
    yield document
    document.close()


def inside(folder: Path, paths: list[Path]) -> bool:
    base = folder.resolve()
    return all(p.resolve().parent == base for p in paths)


def assert_safe(name: str) -> None:
    assert name == unicodedata.normalize("NFC", name)
    assert "/" not in name and "\\" not in name and ".." not in name
    assert not any(unicodedata.category(c) in ("Cc", "Cf") and c != "\u200d" for c in name)
    assert not set('<>:"|?*') & set(name)
    assert name == name.strip() and not name.startswith(".") and not name.endswith(".")
    assert name.split(".")[0].strip().upper() not in RESERVED
    assert len(name) <= NAME_LIMIT + 12 and len(name.encode()) <= 200


# -- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("../../etc/passwd", "…-…-etc-passwd"),
        ("CON", "CON_"),
        ("con.tar", "con_.tar"),
        ("COM¹", "COM¹_"),
        ("a/b\\c", "a-b-c"),
        ("e\u0301te\u0301", "été"),  # decomposed accents become one character each
        ("Reçu\u202egpj.exe", "Reçugpj.exe"),
        ("line\nbreak\ttab\x00nul", "line break tab nul"),
        ("Wait... what?", "Wait… what"),
        ("  .hidden.  ", "hidden"),
        ("", "Photo"),
        ("...", "…"),
        ("/", "-"),
        ("\x00\x01", "Photo"),
    ],
)
def test_safe_file_names(caption: str, expected: str) -> None:
    assert safe_file_name(caption, "Photo") == expected
    assert_safe(expected)


def test_long_and_emoji_names_are_cut_to_whole_characters() -> None:
    assert safe_file_name("x" * 300, "Photo") == "x" * NAME_LIMIT
    emoji = safe_file_name("🧑‍💻" * 100, "Photo")
    assert len(emoji.encode()) <= 160 and not emoji.endswith("\u200d")
    assert emoji.encode().decode() == emoji


# -- the export -------------------------------------------------------------------------------


def test_export_writes_every_photo_once_and_one_index(
    document: JourneyDocument, tmp_path: Path
) -> None:
    folder = tmp_path / "report" / "evidence"
    written = export_evidence(document, folder)
    assert folder.is_dir()  # created, parents included
    assert inside(folder, written)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
    photos, index = written[:-1], written[-1]
    assert index.name == "Evidence.md"
    assert len(photos) == len(HOSTILE_CAPTIONS) + 1  # the shared picture is written once
    for path in written:
        assert_safe(path.name)
    stored = {document.asset(e.asset_sha256).data for e in document.evidence() if e.kind == "photo"}
    assert {p.read_bytes() for p in photos} == stored
    assert {p.suffix for p in photos} == {".jpg", ".png"}
    names = [p.name for p in photos]
    assert "…-…-etc-passwd.jpg" in names and "CON_.jpg" in names and "a-b-c.jpg" in names
    assert "The counter, seen from the queue.png" in names
    assert not list(tmp_path.glob("etc*")) and not (tmp_path.parent / "etc").exists()


def test_the_index_lists_quotes_with_speaker_source_date_and_uses(
    document: JourneyDocument, tmp_path: Path
) -> None:
    index = export_evidence(document, tmp_path)[-1]
    text = index.read_text("utf-8")
    journey = document.journeys()[0].title
    stage = document.stages(document.journeys()[0].id)[0].title
    assert text.startswith(f"# {document.project().title}: evidence\n")
    quotes = text.split("## Quotes (2)")[1].split("## Photos")[0]
    assert "> « J’ai attendu \\*20\\* minutes »" in quotes  # Markdown shows the stars
    assert "\\<script\\>" in quotes and "<script>" not in text
    assert "— Marie, Interview 3, 2026-10-02" in quotes
    assert f"Used on: card “Calls the bank” ({journey}); stage “{stage}” ({journey})" in quotes
    assert "> Nobody called me back.\n\n— Marc\n\nNot used on the map." in quotes
    assert "## Photos (11)" in text
    assert "![The counter, seen from the queue](<The counter, seen from the queue.png>)" in text
    assert "![The same counter again](<The counter, seen from the queue.png>)" in text
    assert "[https://example.org/review?id=4](<https://example.org/review?id=4>)" in text
    assert "javascript:alert(1)" in text and "](<javascript" not in text
    assert "## Notes (1)\n\n> Ask the branch about queues.\n" in text


def test_a_french_map_gets_a_french_index(tmp_path: Path) -> None:
    document = JourneyDocument.new("purchase", "fr")
    try:
        document.add_evidence("quote", text="Trop long", speaker="Marc")
        index = export_evidence(document, tmp_path)[-1]
    finally:
        document.close()
    assert index.name == "Éléments de preuve.md"
    text = index.read_text("utf-8")
    assert "## Verbatims (1)" in text and "Non utilisé sur la carte." in text


def test_nothing_is_overwritten(document: JourneyDocument, tmp_path: Path) -> None:
    (tmp_path / "Evidence.md").write_text("my own notes", "utf-8")
    (tmp_path / "CON_.jpg").write_bytes(b"my own photo")
    first = export_evidence(document, tmp_path)
    assert (tmp_path / "Evidence.md").read_text("utf-8") == "my own notes"
    assert (tmp_path / "CON_.jpg").read_bytes() == b"my own photo"
    assert first[-1].name == "Evidence (2).md"
    assert "CON_ (2).jpg" in [p.name for p in first]
    second = export_evidence(document, tmp_path)
    assert second[-1].name == "Evidence (3).md"
    assert not set(first) & set(second)
    assert all(p.exists() for p in first)


def test_a_symbolic_link_in_the_folder_is_never_followed(
    document: JourneyDocument, tmp_path: Path
) -> None:
    folder, outside = tmp_path / "out", tmp_path / "precious.txt"
    folder.mkdir()
    outside.write_text("keep me", "utf-8")
    (folder / "Evidence.md").symlink_to(outside)
    (folder / "CON_.jpg").symlink_to(tmp_path / "nowhere.jpg")  # dangling
    (folder / "a-b-c.jpg").symlink_to(folder / "a-b-c.jpg")  # a loop
    written = export_evidence(document, folder)
    assert outside.read_text("utf-8") == "keep me"
    assert not (tmp_path / "nowhere.jpg").exists()
    assert inside(folder, written) and written[-1].name == "Evidence (2).md"
    assert {"CON_ (2).jpg", "a-b-c (2).jpg"} <= {p.name for p in written}


def test_an_empty_library_writes_nothing(tmp_path: Path) -> None:
    document = JourneyDocument.new()
    try:
        assert export_evidence(document, tmp_path / "empty") == []
    finally:
        document.close()
    assert (tmp_path / "empty").is_dir()


def test_the_writing_half_needs_no_document(document: JourneyDocument, tmp_path: Path) -> None:
    export = collect_evidence(document)  # on the GUI thread
    document.close()
    written = write_evidence(export, tmp_path)  # on a worker thread: plain data only
    assert len(written) == len(HOSTILE_CAPTIONS) + 2


# -- when the disk says no --------------------------------------------------------------------


def test_a_file_in_place_of_the_folder(document: JourneyDocument, tmp_path: Path) -> None:
    (tmp_path / "report").write_text("a file", "utf-8")
    with pytest.raises(ExportError) as caught:
        export_evidence(document, tmp_path / "report")
    assert (
        str(caught.value) == "The evidence was not exported to report: it is a file, not a folder."
    )
    with pytest.raises(DocumentError, match="not exported to deeper"):
        export_evidence(document, tmp_path / "report" / "deeper")


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder on read-only media (a read-only bind mount when we are root, else chmod)."""
    source, mounted = tmp_path / "stick", tmp_path / "stick-ro"
    source.mkdir(), mounted.mkdir()
    if os.geteuid() != 0:
        source.chmod(0o555)
        yield source
        source.chmod(0o755)
        return
    subprocess.run(["mount", "--bind", "-o", "ro", str(source), str(mounted)], check=True)
    subprocess.run(["mount", "-o", "remount,ro,bind", str(mounted)], check=True)
    try:
        yield mounted
    finally:
        subprocess.run(["umount", str(mounted)], check=True)


@pytest.mark.parametrize("sub", ["", "new report"])
def test_a_read_only_folder_is_one_clear_sentence(
    document: JourneyDocument, read_only_folder: Path, sub: str
) -> None:
    folder = read_only_folder / sub if sub else read_only_folder
    with pytest.raises(ExportError) as caught:
        export_evidence(document, folder)
    assert str(caught.value) == (
        f"The evidence was not exported to {folder.name}: "
        "the folder is read-only or you lack permission to write there."
    )
    assert list(read_only_folder.iterdir()) == []


@contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """Writes past `limit` bytes fail with EFBIG in this process while the block runs."""
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limits[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[tuple[Path, AbstractContextManager[None]]]:
    """A folder that fills up: a 320 KiB tmpfs when we are root, else a 64 KiB limit per
    file (RLIMIT_FSIZE) around the export. Yields the folder and that context."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if os.geteuid() != 0:
        yield folder, file_size_limit(64 * 1024)
        return
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=320k", "tmpfs", str(folder)], check=True)
    try:
        yield folder, nullcontext()
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_full_disk_leaves_no_half_export(small_disk) -> None:
    folder, full = small_disk
    document = JourneyDocument.new()
    try:
        for seed in range(6):  # six photos of about 150 KB each
            document.add_photo(
                encoded(photo((1400, 1000), seed=seed), "PNG"), title=f"Photo {seed}"
            )
        (folder / "already there.txt").write_text("mine", "utf-8")
        with full, pytest.raises(ExportError) as caught:
            export_evidence(document, folder / "report")
    finally:
        document.close()
    assert str(caught.value) == "The evidence was not exported to report: the disk is full."
    assert sorted(p.name for p in folder.iterdir()) == ["already there.txt"]
