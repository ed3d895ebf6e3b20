"""Two start-up and parse speed-ups keep the behaviour they replace.

* ``playbook_lint.inputs`` maps suffixes to readers by reading each reader's
  ``SUFFIXES = (...)`` line from its source, importing the module only when that line does
  not look like a plain tuple of strings. The map must equal the one importing every
  reader gives.
* ``playbook_lint.source.LineStart`` finds "start of line" patterns by searching from
  newline to newline. It must find exactly what ``re.compile("^(?:BODY)", re.M)`` finds.
"""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import playbook_lint
from playbook_lint import inputs
from playbook_lint.source import LineStart

INPUTS_DIR = Path(inputs.__file__).parent
PACKAGE_DIR = Path(playbook_lint.__file__).parent


# --- 1. suffixes read from source ------------------------------------------------------


def _reader_names_in_folder() -> set[str]:
    """Every reader module, listed from the folder itself (helpers start with '_')."""
    return {path.stem for path in INPUTS_DIR.glob("*.py") if not path.stem.startswith("_")}


def _short(module: ModuleType) -> str:
    return module.__name__.rpartition(".")[2]


def test_every_module_in_the_folder_is_a_reader() -> None:
    assert {_short(module) for module in inputs.readers().values()} == _reader_names_in_folder()
    assert set(inputs._claims().values()) == _reader_names_in_folder()


def test_suffix_map_read_from_source_equals_the_imported_map() -> None:
    imported = {suffix: _short(module) for suffix, module in inputs.readers().items()}
    assert inputs._claims() == imported


@pytest.mark.parametrize("name", sorted(_reader_names_in_folder()))
def test_each_reader_claims_its_imported_suffixes(name: str) -> None:
    module = importlib.import_module(f"playbook_lint.inputs.{name}")
    assert isinstance(module.SUFFIXES, tuple)
    assert inputs._claimed(name) == module.SUFFIXES
    # Lowercase with a leading dot: reader_for lowercases the path before looking it up.
    assert all(re.fullmatch(r"\.[a-z0-9]+", suffix) for suffix in module.SUFFIXES)


@pytest.mark.parametrize("suffix", sorted(inputs.readers()))
def test_reader_for_picks_the_imported_reader(suffix: str) -> None:
    expected = inputs.readers()[suffix]
    assert inputs.reader_for(f"answer{suffix}") is expected
    assert inputs.reader_for(f"ANSWER{suffix.upper()}") is expected


def test_a_run_imports_only_the_reader_its_file_needs() -> None:
    """The point of reading SUFFIXES from source: a PDF run does not import the others."""
    code = (
        "import sys\n"
        "from playbook_lint import inputs\n"
        "inputs.reader_for('resume.pdf')\n"
        "print(' '.join(sorted(m.rpartition('.')[2] for m in sys.modules\n"
        "    if m.startswith('playbook_lint.inputs.'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    readers_imported = {name for name in done.stdout.split() if not name.startswith("_")}
    assert readers_imported == {"pdf"}


_PARSED_READER = '''"""A reader whose SUFFIXES line is a plain tuple: read from source."""
SUFFIXES = (".alpha", ".beta")


def read(path, data, kind=None):
    raise NotImplementedError
'''

_COMPUTED_READER = '''"""A reader whose SUFFIXES line is not a plain tuple of strings."""
SUFFIXES = tuple(f".{name}" for name in ("gamma", "delta"))


def read(path, data, kind=None):
    raise NotImplementedError
'''

_SINGLE_QUOTED_READER = """SUFFIXES = ('.epsilon',)


def read(path, data, kind=None):
    raise NotImplementedError
"""


@pytest.fixture
def reader_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """playbook_lint.inputs pointed at a folder of made-up readers, caches cleared."""
    (tmp_path / "parsed.py").write_text(_PARSED_READER, encoding="utf-8")
    (tmp_path / "computed.py").write_text(_COMPUTED_READER, encoding="utf-8")
    (tmp_path / "quoted.py").write_text(_SINGLE_QUOTED_READER, encoding="utf-8")
    (tmp_path / "_helper.py").write_text("SUFFIXES = ('.helper',)\n", encoding="utf-8")
    names = [f"playbook_lint.inputs.{stem}" for stem in ("parsed", "computed", "quoted")]
    caches = (inputs.readers, inputs._claims, inputs._reader)
    monkeypatch.setattr(inputs, "__path__", [str(tmp_path)])
    importlib.invalidate_caches()
    for cache in caches:
        cache.cache_clear()
    try:
        yield tmp_path
    finally:
        for cache in caches:
            cache.cache_clear()
        for name in names:
            sys.modules.pop(name, None)


@pytest.mark.usefixtures("reader_folder")
def test_a_suffixes_line_that_cannot_be_parsed_is_imported_instead() -> None:
    claims = inputs._claims()
    assert claims == {
        ".alpha": "parsed",
        ".beta": "parsed",
        ".gamma": "computed",
        ".delta": "computed",
        ".epsilon": "quoted",
    }
    # The plain line was read from source; the other two had to be imported.
    assert "playbook_lint.inputs.parsed" not in sys.modules
    assert "playbook_lint.inputs.computed" in sys.modules
    assert "playbook_lint.inputs.quoted" in sys.modules
    assert claims == {suffix: _short(module) for suffix, module in inputs.readers().items()}
    assert _short(inputs.reader_for("story.GAMMA")) == "computed"
    assert _short(inputs.reader_for("story.beta")) == "parsed"


# --- 2. LineStart ----------------------------------------------------------------------


def _line_start_uses() -> dict[str, LineStart]:
    """Every ``NAME = LineStart(...)`` in the package, found in the source, so that a new
    use is checked without editing this test."""
    uses: dict[str, LineStart] = {}
    calls = 0
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "LineStart"
            ):
                calls += 1
        module_name = ".".join(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
        module_name = module_name.removesuffix(".__init__")
        for statement in tree.body:
            if (
                isinstance(statement, ast.Assign)
                and isinstance(statement.value, ast.Call)
                and isinstance(statement.value.func, ast.Name)
                and statement.value.func.id == "LineStart"
            ):
                for target in statement.targets:
                    assert isinstance(target, ast.Name)
                    module = importlib.import_module(module_name)
                    uses[f"{module_name}.{target.id}"] = getattr(module, target.id)
    # A LineStart built inside a function would escape the check below: none may be.
    assert calls == len(uses), "every LineStart must be a module-level NAME = LineStart(...)"
    return uses


LINE_START_USES = _line_start_uses()


def test_the_known_line_start_uses_are_found() -> None:
    assert {
        "playbook_lint.inputs._masks.ORDERED_MARKER",
        "playbook_lint.inputs.markdown._NEEDS_PARSER",
        "playbook_lint.units._STAR_HINT",
    } <= set(LINE_START_USES)
    assert all(isinstance(use, LineStart) for use in LINE_START_USES.values())


def _reference(use: LineStart) -> re.Pattern[str]:
    """``(?m)^BODY`` with the caller's flags: what LineStart's docstring promises."""
    return re.compile(f"^(?:{use.first.pattern})", use.first.flags | re.MULTILINE)


def _differences(use: LineStart, text: str, pos: int) -> list[str]:
    """How LineStart disagrees with the reference pattern on text from pos (none: [])."""
    reference = _reference(use)
    problems = []
    expected = [match.span() for match in reference.finditer(text, pos)]
    found = list(use.spans(text, pos))
    if found != expected:
        problems.append(f"spans from {pos}: {found} != {expected}")
    if use.search(text) != (reference.search(text) is not None):
        problems.append(f"search: {use.search(text)} != {reference.search(text)}")
    return problems


# Line ends of every kind (only \n ends a line for re and for LineStart), blanks, and the
# characters and words the real bodies look for: list numbers, quote and heading marks,
# setext and thematic-break runs, bullets, bold marks and STAR labels.
_TOKENS = (
    *("\n", "\n", "\r\n", "\r", " ", " ", "   ", "    ", "\t", "\u00a0"),
    *("1", "7", "42", "1234567890", ".", ")", ">", "=", "==", "-", "---", "*", "_", "+"),
    *("#", "###", "**", "__", "\u2022", ":", "S", "T", "A", "R", "x", "e"),
    *("Situation", "task", "ACTION", "Result", "outcome", "Impact", "what happened"),
    *("What\thappened", "Sit", "Tasks", "STAR"),
)
_TEXT = st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join)


@pytest.mark.parametrize("name", sorted(LINE_START_USES))
@settings(max_examples=1500, deadline=None)
@given(text=_TEXT, data=st.data())
def test_line_start_finds_what_the_multiline_pattern_finds(
    name: str, text: str, data: st.DataObject
) -> None:
    pos = data.draw(st.integers(min_value=0, max_value=len(text)), label="pos")
    assert _differences(LINE_START_USES[name], text, pos) == []


def test_the_comparison_catches_a_body_that_breaks_the_contract() -> None:
    """The property above can fail: a body that runs across a newline (\\s matches it) or
    uses $ without re.M does not behave as (?m)^BODY, and the comparison says so."""
    assert _differences(LineStart(r"\s*x"), "\n\nx", 0) != []
    assert _differences(LineStart(r"-+[ \t]*$"), "--\nx", 0) != []
    assert _differences(LineStart(r"-+[ \t]*$", re.M), "--\nx", 0) == []


# Readable examples of the three real uses.
ORDERED_MARKER = LINE_START_USES["playbook_lint.inputs._masks.ORDERED_MARKER"]
NEEDS_PARSER = LINE_START_USES["playbook_lint.inputs.markdown._NEEDS_PARSER"]
STAR_HINT = LINE_START_USES["playbook_lint.units._STAR_HINT"]


def test_ordered_markers_are_found_at_line_starts_only() -> None:
    text = "1. Cut latency by 40%\n  2) Shipped it\nIn 2024. we grew\nv 3. not a marker"
    assert list(ORDERED_MARKER.spans(text)) == [(0, 2), (22, 26)]
    assert text[22:26] == "  2)"


def test_an_ordered_marker_at_the_end_of_a_line_counts() -> None:
    assert list(ORDERED_MARKER.spans("Steps:\n1.\n2.")) == [(7, 9), (10, 12)]


def test_a_carriage_return_does_not_start_a_line() -> None:
    # decode() turns \r\n and \r into \n; on raw text \r is an ordinary character.
    assert list(ORDERED_MARKER.spans("a\r1. b")) == []
    assert list(ORDERED_MARKER.spans("a\r\n1. b")) == [(3, 5)]
    assert list(ORDERED_MARKER.spans("a\n1. b")) == [(2, 4)]


def test_spans_from_a_position_inside_a_line_skip_that_line() -> None:
    text = "x 1. no\n1. yes"
    assert list(ORDERED_MARKER.spans(text, 2)) == [(8, 10)]
    assert list(ORDERED_MARKER.spans(text, 8)) == [(8, 10)]
    assert list(ORDERED_MARKER.spans(text, 9)) == []


def test_markdown_constructs_that_need_the_parser() -> None:
    assert NEEDS_PARSER.search("Intro\n    indented code")
    assert NEEDS_PARSER.search("> quoted")
    assert NEEDS_PARSER.search("Title\n=====\n")
    assert NEEDS_PARSER.search("text\n* * *\nmore")
    assert not NEEDS_PARSER.search("- one bullet\n- two bullets\n## Heading")
    assert not NEEDS_PARSER.search("a > b and x = y")


def test_star_hints_find_label_lines() -> None:
    text = "**Situation:** old\n- Task: new\nThe action was\n## Result\nR: fine"
    starts = [start for start, _ in STAR_HINT.spans(text)]
    assert starts == [0, 19, 46, 56]
    assert list(STAR_HINT.spans(text, 1)) == list(STAR_HINT.spans(text))[1:]
