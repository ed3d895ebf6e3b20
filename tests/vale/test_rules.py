"""Every rule of the Playbook style, against a file that must trigger it and one that must not.

Each rule has tests/vale/fixtures/<Rule>/bad.md and good.md. Vale runs on them with
--output=JSON (through scripts/vale_docs.py, which is how the docs are checked too) and the
alerts of that rule in bad.md must be exactly the ones listed here: line, column, matched
text. good.md must raise no alert at all, from any rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from vale_docs import ROOT, Alert

from .conftest import FIXTURES

STYLE = ROOT / "styles" / "Playbook"

# rule -> the alerts bad.md must raise, as (line, column, matched text), in order.
EXPECTED: dict[str, list[tuple[int, int, str]]] = {
    "Exclamation": [(3, 12, "passed!"), (4, 20, "ms!!")],
    "Headings": [(1, 7, "To"), (1, 10, "Prepare"), (5, 16, "Feature"), (5, 24, "Store")],
    "Hype": [
        (3, 3, "cutting-edge"),
        (3, 35, "seamless"),
        (4, 9, "game-changer"),
        (4, 36, "revolutionary"),
    ],
    "Percent": [(3, 16, "12 %"), (3, 38, "3.5 %")],
    "PlainWords": [(3, 1, "Leverage"), (3, 24, "leveraged"), (3, 44, "utilized")],
    "ProductNames": [
        (3, 10, "Pytorch"),
        (3, 21, "tensorflow"),
        (3, 46, "tensorRT"),
        (4, 11, "k8s"),
        (4, 19, "kubernetes"),
        (4, 46, "kafka"),
        (4, 58, "grpc"),
        (5, 15, "Postgres"),
        (5, 38, "Github"),
        (5, 57, "Nvidia"),
    ],
    "Repetition": [(3, 7, "the the")],
    "Spelling": [(3, 5, "modle")],
    "UnitSpelling": [
        (3, 16, "msec"),
        (3, 33, "secs"),
        (3, 52, "qps"),
        (3, 64, "req/s"),
        (4, 20, "gb"),
        (4, 30, "Gb"),
    ],
    "Units": [
        (3, 19, "120ms"),
        (3, 28, "45ms"),
        (3, 48, "2s"),
        (4, 15, "16GB"),
        (4, 31, "8GPUs"),
        (4, 48, "10kQPS"),
    ],
    "Voice": [(3, 1, "The candidate should"), (4, 1, "One should"), (4, 42, "Users should")],
    "Weasel": [
        (3, 1, "Simply"),
        (3, 27, "easy"),
        (4, 7, "just"),
        (4, 14, "very"),
        (4, 37, "obviously"),
        (6, 10, "Really"),
        (8, 5, "Basically"),
        (8, 32, "clearly"),
    ],
}


AlertsByFile = dict[Path, list[Alert]]


def positions(alerts: list[Alert]) -> list[tuple[int, int, str]]:
    return [(a.line, a.start, a.match) for a in alerts]


def test_every_rule_has_fixtures_and_expectations() -> None:
    rules = sorted(p.stem for p in STYLE.glob("*.yml"))
    assert rules == sorted(EXPECTED), "each styles/Playbook/*.yml rule needs an EXPECTED entry"
    for rule in rules:
        for name in ("bad.md", "good.md"):
            assert (FIXTURES / rule / name).is_file(), f"missing fixture {rule}/{name}"


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_bad_fixture_raises_exactly_the_expected_alerts(
    rule: str, fixture_alerts: AlertsByFile
) -> None:
    alerts = [
        a for a in fixture_alerts[FIXTURES / rule / "bad.md"] if a.check == f"Playbook.{rule}"
    ]
    assert positions(alerts) == EXPECTED[rule]


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_good_fixture_raises_nothing(rule: str, fixture_alerts: AlertsByFile) -> None:
    alerts = fixture_alerts[FIXTURES / rule / "good.md"]
    assert [str(a) for a in alerts] == []


def test_alert_span_covers_the_match(fixture_alerts: AlertsByFile) -> None:
    (alert,) = [a for a in fixture_alerts[FIXTURES / "Units" / "bad.md"] if a.match == "16GB"]
    assert (alert.start, alert.end) == (15, 18)
    assert alert.severity == "error"
    assert "16GB" in alert.message


def test_markup_front_matter_code_macros_and_quotes_are_not_prose(
    fixture_alerts: AlertsByFile,
) -> None:
    alerts = fixture_alerts[FIXTURES / "scope" / "markup.md"]
    assert [str(a) for a in alerts] == []


def test_admonition_details_and_tab_bodies_are_checked_where_they_stand(
    fixture_alerts: AlertsByFile,
) -> None:
    alerts = fixture_alerts[FIXTURES / "scope" / "containers.md"]
    assert [(a.check, a.line, a.start, a.match) for a in alerts] == [
        ("Playbook.Weasel", 5, 19, "simply"),  # !!! tip body
        ("Playbook.ProductNames", 9, 16, "k8s"),  # ??? example body
        ("Playbook.Units", 13, 21, "45ms"),  # === tab body
        ("Playbook.Weasel", 17, 24, "just"),  # !!! note nested in a tab
        ("Playbook.Weasel", 27, 24, "basically"),  # back at the top level
    ]


def test_example_answers_are_checked_for_product_names_only(fixture_alerts: AlertsByFile) -> None:
    answer = FIXTURES / "scope" / "examples" / "answers" / "design-scope-weak.md"
    alerts = fixture_alerts[answer]
    assert [(a.check, a.line, a.match) for a in alerts] == [("Playbook.ProductNames", 8, "Pytorch")]
