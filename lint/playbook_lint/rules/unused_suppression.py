"""PL901: a suppression comment that suppressed nothing (see playbook_lint.suppressions)."""

from __future__ import annotations

from collections.abc import Iterator

from playbook_lint.rulebase import ALL_KINDS, DocumentContext, Hit, Severity, rule
from playbook_lint.spec import AnswerKind


@rule(
    code="PL901",
    name="unused-suppression",
    severity=Severity.WARNING,
    summary="A suppression comment suppresses nothing.",
    message="Suppression of '{rules}' suppresses nothing",
    fix="Delete the comment: the finding it was written for is gone.",
    what=(
        "Flags a `playbook-lint: disable=...` comment when none of the rules it names "
        "reported a finding in its scope. A comment that names a rule which did not run "
        "(because `--select` or `--ignore` left it out) is not reported: the linter "
        "cannot tell whether it is stale."
    ),
    why=(
        "A stale suppression hides the next real problem in the same answer. When every "
        "suppression still earns its place, the linter's silence means something."
    ),
    bad='<!-- playbook-lint: disable=quantified-outcome reason="NDA" -->\n'
    "- Cut p99 latency from 120 ms to 45 ms, watched on the latency dashboard.",
    good="- Cut p99 latency from 120 ms to 45 ms, watched on the latency dashboard.",
    use_instead="No comment where nothing needs suppressing.",
    kinds=ALL_KINDS,
    default_kinds=ALL_KINDS,
    bad_kind=AnswerKind.RESUME,
    scope="document",
)
def check(ctx: DocumentContext) -> Iterator[Hit]:
    for item, used in zip(ctx.doc.suppressions, ctx.used, strict=False):
        # Rules that did not run cannot prove the comment stale.
        if item.problem is None and not used and all(name in ctx.active for name in item.rules):
            yield Hit(item.start, item.end, {"rules": ", ".join(item.rules)})
