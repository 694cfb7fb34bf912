"""The installed wheel, used as a new user would use it, from a folder outside the checkout.

Each test that starts Parcours gives it a home of its own (settings, logs, working copies),
so that one test's crash or broken settings never reaches another; the program itself is the
one installation of the session. The last test uninstalls it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.version import VERSION

from .conftest import ROOT, Dists, Installation

pytestmark = pytest.mark.slow

FRENCH_MENUS = ["Fichier", "Édition", "Insertion", "Éléments", "Affichage", "Aide"]
ENGLISH_MENUS = ["File", "Edit", "Insert", "Evidence", "View", "Help"]
MIME = "application/x-parcours-map"
DESKTOP = "org.parcours.Parcours.desktop"
SKIPPED = {"__pycache__", ".venv", "build", "dist", ".pytest_cache", ".ruff_cache", ".hypothesis"}


def source_files(*folders: str) -> set[str]:
    """The checkout's files under `folders`, as relative paths (caches and builds left out)."""
    found = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*"):
            relative = path.relative_to(ROOT)
            if (
                path.is_file()
                and not SKIPPED & set(relative.parts)
                and ".egg-info" not in str(relative)
            ):
                found.add(relative.as_posix())
    return found


def package_dir(installed: Installation) -> Path:
    found = subprocess.run(
        [str(installed.python), "-c", "import app, sys; print(app.__file__)"],
        cwd=installed.work,
        env=installed.env(),
        capture_output=True,
        text=True,
        check=True,
    )
    return Path(found.stdout.strip()).parent


def test_the_wheel_holds_the_code_and_every_resource(dists: Dists) -> None:
    names = set(zipfile.ZipFile(dists.wheel).namelist())
    code = {name for name in source_files("app") if name.endswith((".py", ".sql"))}
    assert code - names == set()
    shipped = {
        "app/" + name
        for name in source_files("resources")
        if not name.endswith((".ts", ".py")) or name == "resources/__init__.py"
    }
    assert shipped - names == set()
    assert any(name.endswith("dist-info/licenses/LICENSE") for name in names)
    assert not [n for n in names if n.startswith("app/resources/") and n.endswith(".ts")]


def test_the_sdist_holds_what_building_and_testing_need(dists: Dists) -> None:
    with tarfile.open(dists.sdist) as sdist:
        top = f"parcours-{VERSION}/"
        names = {member.name.removeprefix(top) for member in sdist.getmembers()}
    expected = source_files("app", "resources", "tests", "docs", "bench", "packaging")
    expected |= {"LICENSE", "README.md", "pyproject.toml", "setup.py", "dev", ".ci/run"}
    assert expected - names == set()


def test_commands_work_from_an_unrelated_folder(installed: Installation) -> None:
    assert package_dir(installed).is_relative_to(installed.home)
    version = installed.run("--version")
    assert (version.returncode, version.stdout) == (0, f"parcours {VERSION}\n")
    created = installed.run("new", "x.cjm", "--template", "sample")
    assert created.returncode == 0, created.stderr
    for poster in ("x.pdf", "x.svg"):
        exported = installed.run("export", "x.cjm", "-o", poster)
        assert exported.returncode == 0, exported.stderr
        assert exported.stdout == f"Wrote {poster}\n"
    assert (installed.work / "x.pdf").read_bytes().startswith(b"%PDF")
    assert b"Open Sans" in (installed.work / "x.svg").read_bytes()
    info = installed.run("info", "x.cjm", "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["project"]["language"] == "fr" and data["counts"]["assets"] == 5


def test_exports_match_those_of_the_checkout(installed: Installation, tmp_path: Path) -> None:
    """Same fonts, same drawings, same code: the same bytes (PDF dates pinned by
    SOURCE_DATE_EPOCH, which ReportLab honours)."""
    pinned = {"SOURCE_DATE_EPOCH": "1700000000"}
    installed.run("new", tmp_path / "m.cjm", "--template", "sample")
    for suffix, options in (("pdf", []), ("svg", []), ("png", ["--paper", "A4", "--dpi", "72"])):
        ours = installed.run("export", tmp_path / "m.cjm", "-o", tmp_path / f"w.{suffix}",
                             *options, **pinned)  # fmt: skip
        assert ours.returncode == 0, ours.stderr
        checkout = subprocess.run(
            [sys.executable, "-m", "app", "export", str(tmp_path / "m.cjm"),
             "-o", str(tmp_path / f"c.{suffix}"), *options],
            env={**os.environ, **pinned}, cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert checkout.returncode == 0, checkout.stderr
        same = (tmp_path / f"w.{suffix}").read_bytes() == (tmp_path / f"c.{suffix}").read_bytes()
        assert same, f"the {suffix.upper()} of the wheel differs from the checkout's"


def test_the_editor_opens_the_map_in_french(installed: Installation, tmp_path: Path) -> None:
    installed.run("new", "carte.cjm", "--template", "sample")
    report, _ = installed.self_test("carte.cjm", HOME=str(tmp_path), LC_ALL="fr_FR.UTF-8")
    assert report["menus"] == FRENCH_MENUS
    assert report["documents"] == ["carte.cjm"]
    assert report["icon"] and report["notices"] == []
    logs = tmp_path / ".local" / "state" / "Parcours" / "log"
    assert f"Parcours {VERSION} starting" in (logs / "parcours.log").read_text("utf-8")
    assert sorted(p.name for p in logs.iterdir()) == ["parcours.log"], "a clean exit leaves no mark"


def test_a_closed_pipe_ends_quietly(installed: Installation) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before Parcours writes, as after `| head -1`
    try:
        result = subprocess.run(
            [str(installed.command), "templates"],
            stdout=write, stderr=subprocess.PIPE, env=installed.env(), text=True, timeout=60,
        )  # fmt: skip
    finally:
        os.close(write)
    assert (result.returncode, result.stderr) == (141, "")
    shell = subprocess.run(
        f"'{installed.command}' templates | head -1",
        shell=True, env=installed.env(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert shell.stdout.startswith("blank") and shell.stderr == ""


def moved_away(*paths: Path) -> contextlib.AbstractContextManager[None]:
    """Files of the installation missing for the time of a block (a damaged installation)."""

    @contextlib.contextmanager
    def away() -> Iterator[None]:
        for path in paths:
            path.rename(path.with_name(path.name + ".away"))
        try:
            yield
        finally:
            for path in paths:
                path.with_name(path.name + ".away").rename(path)

    return away()


def test_a_missing_font_is_one_sentence(installed: Installation, tmp_path: Path) -> None:
    """No poster is drawn with the wrong font; the editor still starts (with no map: a map
    cannot be laid out without its font)."""
    installed.run("new", "r.cjm", "--template", "blank")
    with moved_away(package_dir(installed) / "resources" / "fonts" / "OpenSans-Bold.ttf"):
        export = installed.run("export", "r.cjm", "-o", "r.pdf")
        assert export.returncode == 1
        assert export.stderr == (
            "parcours export: Parcours is missing its file fonts/OpenSans-Bold.ttf; the "
            "installation is damaged, reinstall Parcours.\n"
        )
        assert not (installed.work / "r.pdf").exists()
        report, _ = installed.self_test(HOME=str(tmp_path))
        assert report["notices"] == [
            "Parcours is missing its file fonts/OpenSans-Bold.ttf, so the editor uses a system "
            "font; reinstall Parcours."
        ]


def test_missing_translations_and_icons_are_one_sentence(
    installed: Installation, tmp_path: Path
) -> None:
    installed.run("new", "t.cjm", "--template", "blank")
    resources = package_dir(installed) / "resources"
    with moved_away(resources / "translations" / "parcours_fr.qm", resources / "icons"):
        report, stderr = installed.self_test("t.cjm", HOME=str(tmp_path), LC_ALL="fr_FR.UTF-8")
    assert report["menus"] == ENGLISH_MENUS and report["documents"] == ["t.cjm"]
    assert report["notices"] == [
        "Parcours is missing its file icons, so its windows show no icon; reinstall Parcours.",
        "Parcours is missing its file translations/parcours_fr.qm, so the interface stays in "
        "English; reinstall Parcours.",
    ]
    assert all(f"parcours: {notice}\n" in stderr for notice in report["notices"])
    assert not report["icon"]


def test_unwritable_logs_and_unreadable_settings(installed: Installation, tmp_path: Path) -> None:
    """Parcours starts all the same, and says in one sentence each what it goes without."""
    installed.run("new", "s.cjm")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    settings = tmp_path / ".config" / "Parcours" / "Parcours.conf"
    settings.mkdir(parents=True)  # a folder where the settings file should be: unreadable
    report, stderr = installed.self_test(
        "s.cjm", HOME=str(tmp_path), XDG_STATE_HOME=str(blocker / "state")
    )
    assert report["documents"] == ["s.cjm"] and report["menus"] == ENGLISH_MENUS
    log_folder = blocker / "state" / "Parcours" / "log"
    assert report["notices"] == [
        f"Parcours cannot write its log in {log_folder} (not a directory); it goes on without.",
        f"Parcours could not read its settings file {settings}; it starts with the default "
        "settings.",
    ]
    assert stderr.count("parcours: ") == 2


def test_a_crash_is_reported_at_the_next_start(installed: Installation, tmp_path: Path) -> None:
    installed.run("new", "c.cjm")
    logs = tmp_path / ".local" / "state" / "Parcours" / "log"
    editor = subprocess.Popen(
        [str(installed.command), "c.cjm", "--self-test"],
        cwd=installed.work, env=installed.env(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while not list(logs.glob("running-*.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    editor.send_signal(signal.SIGSEGV)  # what a crash in Qt's C++ code looks like
    _, stderr = editor.communicate(timeout=60)
    assert editor.returncode == -signal.SIGSEGV
    assert "Segmentation fault" in stderr or list(logs.glob("faults-*.txt"))
    report, stderr = installed.self_test("c.cjm", "--debug", HOME=str(tmp_path))
    assert f"INFO parcours: Parcours {VERSION} starting" in stderr, "--debug logs on stderr too"
    (crash,) = logs.glob("crash-*.txt")
    assert report["notices"] == [
        f"Parcours closed unexpectedly last time; the report is in {crash}."
    ]
    assert "Segmentation fault" in crash.read_text("utf-8")
    again, _ = installed.self_test("c.cjm", HOME=str(tmp_path))
    assert again["notices"] == [], "said once, not at every start"


def package_files(package: Path) -> list[tuple[str, int]]:
    """Every file of the installed package with its modification time (bytecode aside)."""
    return sorted(
        (str(p.relative_to(package)), p.stat().st_mtime_ns)
        for p in package.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


def test_nothing_is_written_inside_the_installed_package(installed: Installation) -> None:
    package = package_dir(installed)
    files = package_files(package)
    installed.run("new", "n.cjm", "--template", "sample")
    installed.run("export", "n.cjm", "-o", "n.png", "--paper", "A4", "--dpi", "72")
    assert package_files(package) == files


def test_the_desktop_files_pass_their_validators() -> None:
    linux = ROOT / "packaging" / "linux"
    entry = subprocess.run(
        ["desktop-file-validate", str(linux / DESKTOP)], capture_output=True, text=True
    )
    assert entry.returncode == 0 and "error" not in entry.stdout, entry.stdout
    metainfo = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(linux / "org.parcours.Parcours.metainfo.xml")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert metainfo.returncode == 0, metainfo.stdout + metainfo.stderr


def xdg(installed: Installation, *args: str) -> str:
    done = subprocess.run(
        ["xdg-mime", *args], cwd=installed.work, env=installed.env(XDG_CURRENT_DESKTOP="X-Generic"),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_maps_open_parcours_from_the_file_manager(installed: Installation) -> None:
    """The file manager's questions, asked through xdg-mime: the type of a map (by its
    content even without its extension), and which application opens that type."""
    installed.run("new", "fm.cjm")
    (installed.work / "fm-without-extension").write_bytes((installed.work / "fm.cjm").read_bytes())
    other = sqlite3.connect(installed.work / "other-program.db")
    other.execute("create table t(x)")
    other.commit()
    other.close()
    assert xdg(installed, "query", "filetype", "fm.cjm") == MIME
    assert xdg(installed, "query", "filetype", "fm-without-extension") == MIME
    assert xdg(installed, "query", "filetype", "other-program.db") == "application/vnd.sqlite3"
    assert xdg(installed, "query", "default", MIME) == DESKTOP
    entry = installed.home / ".local" / "share" / "applications" / DESKTOP
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    command = exec_line.removeprefix("Exec=").split()[0]
    opened = subprocess.run(
        [command, "check", "fm.cjm"], cwd=installed.work, env=installed.env(),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert opened.returncode == 0, "the menu entry's command is a working parcours"
    icons = installed.home / ".local" / "share" / "icons" / "hicolor"
    assert (icons / "256x256" / "apps" / "org.parcours.Parcours.png").is_file()
    assert (icons / "scalable" / "apps" / "org.parcours.Parcours.svg").is_file()


def test_uninstall_removes_what_the_install_added(installed: Installation) -> None:
    """Last: the session's installation is gone afterwards."""
    done = subprocess.run(
        [str(ROOT / "packaging" / "install-for-me"), "--uninstall"],
        cwd=installed.work, env=installed.env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    share = installed.home / ".local" / "share"
    assert not installed.command.exists() and not (share / "parcours").exists()
    assert not (share / "applications" / DESKTOP).exists()
    assert not list(share.glob("icons/hicolor/*/apps/org.parcours.Parcours.*"))
    assert xdg(installed, "query", "filetype", "fm-without-extension") != MIME
    assert xdg(installed, "query", "default", MIME) == ""
