"""Running the bundled program (``make bundle``: dist/officer-desk) as an officer's PC
would: an empty environment (what ``env -i`` gives), a fresh home folder, and a PATH with
no Python and no virtual environment on it."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: The bundle's folder; OFFICER_DESK_BUNDLE names another (the hosted CI's, say).
FOLDER = Path(os.environ.get("OFFICER_DESK_BUNDLE") or ROOT / "dist" / "officer-desk")
PROGRAM = FOLDER / ("officer-desk.exe" if sys.platform == "win32" else "officer-desk")
#: How long one command may take (a first start of the window on a busy machine).
TIMEOUT_S = 180


def bundle_present() -> bool:
    return PROGRAM.is_file()


@dataclass
class Home:
    """A fresh home folder and the empty environment the program runs in."""

    path: Path

    @property
    def env(self) -> dict[str, str]:
        bin_dir = self.path / "bin"  # an empty PATH: no Python, no virtual environment
        bin_dir.mkdir(exist_ok=True)
        env = {"HOME": str(self.path), "PATH": str(bin_dir), "QT_QPA_PLATFORM": "offscreen"}
        if sys.platform == "win32":  # Windows cannot start a program without these
            env.update({k: os.environ[k] for k in ("SYSTEMROOT", "WINDIR") if k in os.environ})
            env.update({"USERPROFILE": str(self.path), "APPDATA": str(self.path / "AppData"),
                        "LOCALAPPDATA": str(self.path / "AppData" / "Local")})
        return env

    def run(self, *args: str | Path, check: bool = True, env: dict[str, str] | None = None,
            wrap: list[str] | None = None) -> subprocess.CompletedProcess[str]:
        """``officer-desk ARGS`` in this home (its working folder); ``wrap``: a command
        to start it through (its own environment is still the empty one)."""
        done = subprocess.run(
            [*(wrap or []), str(PROGRAM), *map(str, args)], cwd=self.path,
            env={**self.env, **(env or {})},
            capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT_S, check=False,
            stdin=subprocess.DEVNULL)
        if check:
            assert done.returncode == 0, (
                f"officer-desk {' '.join(map(str, args))} exited {done.returncode}\n"
                f"stdout: {done.stdout}\nstderr: {done.stderr}")
        return done
