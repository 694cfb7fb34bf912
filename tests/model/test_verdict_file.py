"""Verdicts on stored pictures kept between runs (app/model/verdict_file.py): a picture checked
once is judged by its kept verdict in the next process instead of being decoded again, its bytes
are still hashed at every use, and a damaged, oversized or unwritable verdict file costs nothing
but a check."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

from app.model.picture_check import (
    DROPPED_ALTERED,
    DROPPED_DAMAGED,
    DROPPED_MESSAGES,
    DROPPED_METADATA,
    CheckedPicture,
    PictureRefusal,
    checked,
    forget_verdicts,
)
from app.model.pictures import prepare_picture
from app.model.verdict_file import FOLDER, MAX_BYTES, _code_of, rules
from tests.hostile_maps import HOSTILE_PICTURES, clean_jpeg, sha

ROOT = Path(__file__).resolve().parents[2]

# a process of its own: checks the clean picture of seed argv[1] under the key of seed argv[2]
CHILD = """
import sys
from app.model.picture_check import PictureRefusal, checked
from app.model.pictures import prepare_picture
from tests.hostile_maps import clean_jpeg

bytes_of = prepare_picture(clean_jpeg(seed=int(sys.argv[1])))
key_of = prepare_picture(clean_jpeg(seed=int(sys.argv[2])))
verdict = checked(
    key_of.sha256, "image/jpeg", key_of.width, key_of.height, bytes_of.data, key_of.thumbnail
)
print(verdict.template if isinstance(verdict, PictureRefusal) else "passed")
"""


def check_in_a_new_process(data: Path, seed: int, key_seed: int | None = None) -> str:
    """The verdict a fresh process gives, with `data` as its data folder."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(seed), str(seed if key_seed is None else key_seed)],
        env=dict(os.environ, PARCOURS_DATA_DIR=str(data)),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    return done.stdout.strip()


def verdict_file(data: Path) -> Path:
    return data / FOLDER / f"{rules()}.tsv"


def test_the_next_process_judges_a_picture_by_its_kept_verdict(data_dir: Path) -> None:
    assert check_in_a_new_process(data_dir, seed=3) == "passed"
    kept = verdict_file(data_dir).read_text("ascii")
    picture = prepare_picture(clean_jpeg(seed=3))
    assert kept.startswith(picture.sha256 + "\t") and kept.count("\n") == 1
    assert kept.endswith(f"\t{picture.width}x{picture.height}\tok\n")
    # were the picture decoded again, it would pass: the kept verdict is what decides
    verdict_file(data_dir).write_text(kept.replace("\tok\n", "\t0\n"), "ascii")
    assert check_in_a_new_process(data_dir, seed=3) == DROPPED_DAMAGED
    assert verdict_file(data_dir).read_text("ascii").count("\n") == 1  # nothing checked again


def test_bytes_are_hashed_at_every_use_whatever_was_kept(data_dir: Path) -> None:
    assert check_in_a_new_process(data_dir, seed=3) == "passed"
    # other bytes under the key of a picture that passed
    assert check_in_a_new_process(data_dir, seed=4, key_seed=3) == DROPPED_ALTERED


def test_a_refusal_is_kept_as_such(data_dir: Path) -> None:
    forget_verdicts()  # this process may have judged the same bytes in an earlier test
    data, media_type, width, height = HOSTILE_PICTURES["gps"]
    thumbnail = clean_jpeg((60, 40))
    verdict = checked(sha(data), media_type, width, height, data, thumbnail)
    assert isinstance(verdict, PictureRefusal) and verdict.template == DROPPED_METADATA
    line = verdict_file(data_dir).read_text("ascii")
    assert line == (
        f"{sha(data)}\t{sha(thumbnail)}\timage/jpeg\t320x240\t"
        f"{DROPPED_MESSAGES.index(DROPPED_METADATA)}\n"
    )


def test_damaged_lines_are_passed_over(data_dir: Path) -> None:
    picture = prepare_picture(clean_jpeg(seed=3))
    folder = data_dir / FOLDER
    folder.mkdir(parents=True)
    verdict_file(data_dir).write_bytes(
        b"not a verdict\n\xff\xfe\x00 binary\n"
        + picture.sha256.encode()  # a line cut short by a full disk
        + b"\t"
    )
    assert check_in_a_new_process(data_dir, seed=3) == "passed"
    lines = verdict_file(data_dir).read_bytes().split(b"\n")
    assert lines[-1] == b"" and lines[-2].endswith(b"\tok")


def test_an_oversized_file_is_started_again(data_dir: Path) -> None:
    (data_dir / FOLDER).mkdir(parents=True)
    verdict_file(data_dir).write_bytes(b"x" * (MAX_BYTES + 1))
    assert check_in_a_new_process(data_dir, seed=3) == "passed"  # first read: dropped
    assert verdict_file(data_dir).stat().st_size < 200
    assert check_in_a_new_process(data_dir, seed=3) == "passed"


def test_a_folder_that_cannot_hold_the_file_only_costs_a_check(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / FOLDER).write_text("a file where the folder should be", "utf-8")
    assert check_in_a_new_process(data_dir, seed=3) == "passed"
    assert check_in_a_new_process(data_dir, seed=3) == "passed"
    assert (data_dir / FOLDER).read_text("utf-8") == "a file where the folder should be"


def test_forgetting_verdicts_removes_the_file(data_dir: Path) -> None:
    forget_verdicts()
    picture = prepare_picture(clean_jpeg(seed=6))
    row = (picture.sha256, "image/jpeg", picture.width, picture.height, picture.data)
    assert isinstance(checked(*row, picture.thumbnail), CheckedPicture)
    assert verdict_file(data_dir).is_file()
    forget_verdicts()
    assert not verdict_file(data_dir).exists()
    assert isinstance(checked(*row, picture.thumbnail), CheckedPicture)  # checked again
    assert verdict_file(data_dir).read_text("ascii").count("\n") == 1


def test_the_rules_fingerprint_follows_the_checking_code() -> None:
    def checking_module(side: int, test: str) -> types.ModuleType:
        module = types.ModuleType("checks_under_test")
        exec(f"MAX_SIDE = {side}\n\ndef fits(x):\n    return {test}\n", module.__dict__)
        return module

    first = _code_of(checking_module(4096, "x < MAX_SIDE"))
    assert _code_of(checking_module(4096, "x < MAX_SIDE")) == first
    assert _code_of(checking_module(2048, "x < MAX_SIDE")) != first  # a limit
    assert _code_of(checking_module(4096, "x <= MAX_SIDE")) != first  # a rule
    assert verdict_file(Path("x")).name == f"{rules()}.tsv"
