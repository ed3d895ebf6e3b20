"""Configuration from ``[tool.playbook-lint]`` in pyproject.toml or ``.playbook-lint.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playbook_lint.source import InputError
from playbook_lint.spec import KINDS

if TYPE_CHECKING:
    from pathlib import Path

KEYS = ("select", "extend-select", "ignore", "kind", "exclude")


class Config:
    """Settings from a configuration file; every field is optional."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        self.select: list[str] | None = None
        self.extend_select: list[str] = []
        self.ignore: list[str] = []
        self.kind: str | None = None
        self.exclude: list[str] = []


def find(start: Path) -> Path | None:
    """The nearest .playbook-lint.toml, or pyproject.toml with our table, from start up."""
    for folder in [start, *start.parents]:
        dedicated = folder / ".playbook-lint.toml"
        if dedicated.is_file():
            return dedicated
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = pyproject.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if "[tool.playbook-lint]" in text:
                return pyproject
    return None


def load(path: Path) -> Config:
    import tomllib
    from pathlib import Path

    shown = path.name if path.parent == Path.cwd() else str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(shown, f"cannot read configuration ({error.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(shown, "configuration is not valid UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(shown, f"configuration is not valid TOML ({error})") from None
    table = data
    prefix = ""
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("playbook-lint", {})
        prefix = "[tool.playbook-lint] "
    if not isinstance(table, dict):
        raise InputError(shown, f"{prefix}must be a table")
    config = Config(path=shown)
    for key, value in table.items():
        if key not in KEYS:
            raise InputError(
                shown, f"{prefix}unknown key '{key}' (allowed: {', '.join(KEYS)})", _line(path, key)
            )
        if key == "kind":
            if value not in KINDS:
                raise InputError(
                    shown, f"{prefix}kind must be one of {', '.join(KINDS)}", _line(path, key)
                )
            config.kind = value
            continue
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise InputError(shown, f"{prefix}{key} must be a list of strings", _line(path, key))
        if key == "select":
            config.select = value
        elif key == "extend-select":
            config.extend_select = value
        elif key == "ignore":
            config.ignore = value
        else:
            config.exclude = value
    return config


def _line(path: Path, key: str) -> int | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines, 1):
        if line.strip().startswith((key + " ", key + "=", f'"{key}"')):
            return number
    return None
