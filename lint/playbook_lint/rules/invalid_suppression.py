"""PL902: a suppression comment with no reason or an unknown rule."""

from __future__ import annotations

from collections.abc import Iterator

from playbook_lint.rulebase import ALL_KINDS, DocumentContext, Hit, Severity, rule
from playbook_lint.spec import AnswerKind


@rule(
    code="PL902",
    name="invalid-suppression",
    severity=Severity.ERROR,
    summary="A suppression comment has no reason or names an unknown rule.",
    message="Suppression ignored: {problem}",
    fix='Write disable=RULE reason="why this answer cannot show it", with a known '
    "rule name or code.",
    what=(
        "Every suppression must say why: "
        '`<!-- playbook-lint: disable=quantified-outcome reason="numbers under NDA" -->`. '
        "A suppression with no reason, an empty reason or an unknown rule does not "
        "suppress anything and is reported."
    ),
    why=(
        "A reason turns a silenced warning into a decision you can defend, and lets a "
        "reviewer tell a deliberate exception from a shortcut."
    ),
    bad="<!-- playbook-lint: disable=quantified-outcome -->\n- Worked on the search ranking model.",
    good='<!-- playbook-lint: disable=quantified-outcome reason="figures under NDA" -->\n'
    "- Rebuilt search ranking with a two-tower model, read out through an A/B test.",
    use_instead="A reason in double quotes.",
    kinds=ALL_KINDS,
    default_kinds=ALL_KINDS,
    bad_kind=AnswerKind.RESUME,
    scope="document",
)
def check(ctx: DocumentContext) -> Iterator[Hit]:
    for item in ctx.doc.suppressions:
        if item.problem is not None:
            yield Hit(item.start, item.end, {"problem": item.problem})
