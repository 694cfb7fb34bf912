"""The conventions of a desktop program's command line, run as real processes from the checkout:
--version, an unknown command, the display checks, `-o -`, help for every argument, and a
docs page that tells the truth about the options."""

from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.commands import subcommand_parser
from app.cli.editor import editor_parser
from app.version import VERSION
from tests.conftest import env_without_display

ROOT = Path(__file__).resolve().parents[1]


def parcours(*args: str | Path, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True,
        cwd=cwd,
        env={**env_without_display(), **env},
        timeout=120,
    )


def test_version() -> None:
    result = parcours("--version")
    assert (result.returncode, result.stdout) == (0, f"parcours {VERSION}\n".encode())


def test_an_unknown_command_is_an_error_not_a_map(tmp_path: Path) -> None:
    result = parcours("exprot", "carte.cjm", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "parcours: “exprot” is not a command (did you mean “export”?); the commands are new, "
        "templates, info, check, export, import, merge and copy, and a map to open is named with "
        "its extension (exprot.cjm).\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_map_name_still_opens_the_editor(tmp_path: Path) -> None:
    """`parcours carte.cjm` is the editor (here without a display: it says so)."""
    result = parcours(tmp_path / "carte.cjm")
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "parcours: the editor needs a display; without one, use parcours info, check or export.\n"
    )


def unused_display() -> str:
    """A display number no X server listens on."""
    for number in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", 6000 + number)) != 0:
                    return f":{number}"
    raise AssertionError("no free display number")


def test_an_unreachable_display_is_one_sentence() -> None:
    display = unused_display()
    result = parcours("--sample", DISPLAY=display)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"parcours: the editor cannot reach the display {display}; is the graphical session "
        "running?\n"
    )


@pytest.fixture(scope="module")
def sample_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("map") / "pret.cjm"
    assert parcours("new", target, "--template", "sample").returncode == 0
    return target


@pytest.mark.parametrize("fmt", ["svg", "pdf"])
def test_export_to_standard_output(fmt: str, sample_map: Path, tmp_path: Path) -> None:
    pinned = {"SOURCE_DATE_EPOCH": "1700000000"}
    piped = parcours("export", sample_map, "-o", "-", "--format", fmt, "--paper", "A3", **pinned)
    assert piped.returncode == 0, piped.stderr
    assert piped.stderr == b""
    written = tmp_path / f"poster.{fmt}"
    assert parcours("export", sample_map, "-o", written, "--paper", "A3", **pinned).returncode == 0
    assert piped.stdout == written.read_bytes()


def test_export_to_standard_output_needs_a_format(sample_map: Path) -> None:
    result = parcours("export", sample_map, "-o", "-")
    assert (result.returncode, result.stdout) == (1, b"")
    assert (
        result.stderr == b"parcours export: With -o -, say the format: --format pdf, png or svg.\n"
    )


def every_parser() -> dict[str, argparse.ArgumentParser]:
    """The editor's parser and each sub-command's, by the name a user types."""
    parsers = {"parcours": editor_parser()}
    top = subcommand_parser()
    (commands,) = [a for a in top._actions if isinstance(a, argparse._SubParsersAction)]
    parsers.update(commands.choices)
    return parsers


def arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if not isinstance(a, argparse._SubParsersAction)]


def test_every_argument_has_its_help_line() -> None:
    missing = [
        f"{name} {action.option_strings or action.dest}"
        for name, parser in every_parser().items()
        for action in arguments(parser)
        if not action.help
    ]
    assert missing == []


@pytest.mark.parametrize("command", ["new", "templates", "info", "check", "export"])
def test_help_of_each_command_lists_its_options(command: str) -> None:
    result = parcours(command, "--help")
    assert result.returncode == 0
    text = result.stdout.decode()
    for action in arguments(every_parser()[command]):
        for option in action.option_strings:
            assert option in text


def test_the_command_line_page_covers_every_option() -> None:
    """docs/command-line.md names every option of every command, and no option that does not
    exist."""
    page = (ROOT / "docs" / "command-line.md").read_text("utf-8")
    real = {
        option
        for parser in every_parser().values()
        for action in arguments(parser)
        for option in action.option_strings
        if option.startswith("--")
    }
    documented = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", page))
    assert real - documented == set(), "options missing from docs/command-line.md"
    assert documented - real == set(), "docs/command-line.md names options that do not exist"
