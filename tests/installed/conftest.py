"""Parcours as a new user gets it: the sdist and wheel built from this checkout, the wheel
installed by packaging/install-for-me into a fresh virtual environment under a temporary home,
and commands run from a folder that has nothing to do with the checkout.

The build and the install happen once per test session (about 30 s, most of it pip unpacking
PySide6 from its cache); every test then runs real processes against that installation.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"


@dataclass(frozen=True)
class Dists:
    sdist: Path
    wheel: Path


@dataclass(frozen=True)
class Installation:
    """One user's home with Parcours installed in it."""

    home: Path
    work: Path  # an unrelated folder to run commands from

    @property
    def command(self) -> Path:
        return self.home / ".local" / "bin" / "parcours"

    @property
    def python(self) -> Path:
        return self.home / ".local" / "share" / "parcours" / "venv" / "bin" / "python"

    @property
    def log_dir(self) -> Path:
        return self.home / ".local" / "state" / "Parcours" / "log"

    def env(self, **extra: str) -> dict[str, str]:
        """A new user's environment: no virtual environment, no checkout, no display."""
        env = {"PATH": SYSTEM_PATH, "HOME": str(self.home), "LANG": "C.UTF-8"}
        env.update(extra)
        return env

    def run(
        self, *args: str | Path, timeout: float = 120, **extra: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.command), *map(str, args)],
            cwd=self.work,
            env=self.env(**extra),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def self_test(self, *args: str | Path, **extra: str) -> tuple[dict, str]:
        """The editor offscreen for a few seconds (`--self-test`): its report and its stderr."""
        result = self.run(*args, "--self-test", QT_QPA_PLATFORM="offscreen", **extra)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


@pytest.fixture(scope="session")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Dists:
    """`python -m build`: the sdist, then the wheel built from that sdist (so the sdist is
    proven to hold what a build needs)."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (sdist,) = out.glob("parcours-*.tar.gz")
    (wheel,) = out.glob("parcours-*.whl")
    return Dists(sdist, wheel)


def pip_cache() -> str:
    found = subprocess.run(
        [sys.executable, "-m", "pip", "cache", "dir"], capture_output=True, text=True
    )
    return found.stdout.strip() if found.returncode == 0 else ""


@pytest.fixture(scope="session")
def installed(dists: Dists, tmp_path_factory: pytest.TempPathFactory) -> Installation:
    """The wheel installed by the per-user install script, under a temporary home."""
    home = tmp_path_factory.mktemp("home")
    work = tmp_path_factory.mktemp("elsewhere")
    installation = Installation(home, work)
    # a Python with no environment; pip as this machine is set up (its cache and mirrors)
    env = installation.env(PYTHON=str(Path(sys.base_prefix) / "bin" / "python3"))
    env.update({name: value for name, value in os.environ.items() if name.startswith("PIP_")})
    cache = pip_cache()
    if cache:
        env["PIP_CACHE_DIR"] = cache  # the user's downloads: PySide6 is not fetched again
    user_config = Path.home() / ".config" / "pip" / "pip.conf"
    if user_config.is_file() and "PIP_CONFIG_FILE" not in env:
        env["PIP_CONFIG_FILE"] = str(user_config)
    done = subprocess.run(
        [str(ROOT / "packaging" / "install-for-me"), "--wheel", str(dists.wheel)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return installation
