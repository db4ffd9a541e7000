"""README stays true: every `fayan` command it names exists, its two make targets exist, and
every file it links is there."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(set(re.findall(r"`fayan ([a-z]+)(?: [a-z]+)?", README)))
SUBCOMMANDS = sorted(set(re.findall(r"`fayan (notes [a-z]+)", README)))


def test_readme_names_commands() -> None:
    assert {"import", "list", "show", "search"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS + SUBCOMMANDS)
def test_every_readme_command_exists(command: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "core.cli", *command.split(), "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "usage: fayan" in proc.stdout


def test_make_targets_in_readme_exist() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M)


def test_ci_runs_make_test() -> None:
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_every_file_the_readme_links_exists() -> None:
    links = re.findall(r"\]\(([^)#\s]+)\)", README)
    assert "docs/accuracy.md" in links
    missing = [link for link in links if "://" not in link and not (REPO / link).exists()]
    assert not missing, missing
