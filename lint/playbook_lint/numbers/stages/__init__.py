"""The number stages: each looks at one candidate number and either decides (a reason
from :class:`~playbook_lint.numbers.reasons.Reason`, which says whether it counts) or
passes (``None``) to the next. ``STAGES`` below is the order; the first decision wins.

Each stage reads a :class:`~playbook_lint.numbers.candidate.Candidate`: the number, the
token after it and its window of the answer. The stages live by concern in the modules
of this package (``exclusions``, ``context``, ``sizes``, ``money``, ``people``,
``durations``, ``results``), each with the patterns only it reads; ``_shared`` holds what
several stages or the fast path read. :mod:`playbook_lint.numbers.fast` gives the
decisions of ``unit``, ``duration``, ``money`` and ``scale`` without the stages before
them when its proof holds, so a test added to a stage before those must be named there.

To tune: edit a word list in ``playbook_lint/data/``, a pattern in a stage's module, or
add a stage function and put it in ``STAGES`` where it belongs. ``playbook-lint
--show-numbers FILE`` shows each number's reason; tests/lint/test_real_text.py holds the
cases.
"""

from __future__ import annotations

from collections.abc import (
    Callable,
)

from playbook_lint.numbers.candidate import (
    _KEY_WORDS,
    Candidate,
    Decision,
    _marks,
)
from playbook_lint.numbers.stages._shared import (
    _ASK_NOUNS,
    _BASELINE,
    _BASELINE_AFTER_WORDS,
    _CONFIG,
    _CONFIG_AFTER_PARTS,
    _FOUND_CUES,
    _GATE_WORDS,
    _INTENT,
    _LISTED_WORDS,
    _LOAD_TEST_WORDS,
    _PERCENT,
    _TRIGGER,
    fallback,
)
from playbook_lint.numbers.stages.context import (
    baseline,
    intent,
    one_in,
    setting,
)
from playbook_lint.numbers.stages.durations import (
    duration,
    times,
)
from playbook_lint.numbers.stages.exclusions import (
    excluded,
    glued_tail,
    name_part,
    rank,
    uptake_taken,
)
from playbook_lint.numbers.stages.money import (
    money,
    pay,
)
from playbook_lint.numbers.stages.people import (
    person_time,
    reach,
    team,
    time_spent,
)
from playbook_lint.numbers.stages.results import (
    change_size,
    from_none,
    named_metric,
    percentile,
    rate,
    scale,
    spelled,
)
from playbook_lint.numbers.stages.sizes import (
    calendar,
    glued_letters,
    input_size,
    label,
    model_size,
    operating_point,
    processed_data,
    unit,
)

Stage = Callable[[Candidate], Decision | None]


STAGES: tuple[Stage, ...] = (
    excluded,
    glued_tail,
    uptake_taken,
    rank,
    name_part,
    intent,
    one_in,
    baseline,
    setting,
    input_size,
    processed_data,
    pay,
    money,
    glued_letters,
    operating_point,
    unit,
    label,
    model_size,
    calendar,
    person_time,
    reach,
    team,
    time_spent,
    duration,
    times,
    named_metric,
    scale,
    rate,
    spelled,
    percentile,
    from_none,
    change_size,
)


# The stages that read the context of a number (targets, baselines, settings) decide
# nothing in an answer with none of their words; such answers skip them.
_CONTEXT_STAGES = frozenset({intent, baseline, setting})
_PLAIN_STAGES = tuple(stage for stage in STAGES if stage not in _CONTEXT_STAGES)
_CONTEXT_WORDS = (
    _KEY_WORDS[id(_INTENT)]
    | _KEY_WORDS[id(_BASELINE)]
    | _KEY_WORDS[id(_CONFIG)]
    | _KEY_WORDS[id(_TRIGGER)]
    | _CONFIG_AFTER_PARTS
    | _BASELINE_AFTER_WORDS
    | _FOUND_CUES
    | {"canary", "canaries", "ramp", "ramped", "ramping", "rollout", "rolled", "rolling", "roll"}
    | {"exposure", "traffic", "split", "going", "test", "testing", "flag", "released", "every"}
    | {"n", "k", "releasing", "release", "tests", "flags", "exposed"}
    | {"load", "stress", "soak", "capacity", "slo", "slos", "sla", "slas", "goal", "goals"}
    | _LOAD_TEST_WORDS
    | _ASK_NOUNS
    | {"objective", "objectives", "dedicated", "devoted", "spent", "spend", "split", "allocated"}
    | {"forecast", "forecasts", "forecasted", "projected", "predicted", "designed", "design"}
    | {"sized", "size", "sizing", "architected", "planned", "plan"}
    | {"seconded", "gave", "give", "assigned", "loaned", "expected", "estimated", "projects"}
    | {"handles", "supports", "serves", "can", "had", "have", "would", "d"}
    | _GATE_WORDS
)


def classify(c: Candidate) -> Decision:
    """The first stage that decides, or the fallback."""
    words = (c._marks or _marks(c)).words()
    context = (
        c.token in _PERCENT  # rollout shares
        or not _CONTEXT_WORDS.isdisjoint(words)
        or (c.scan.colon_before(c.start) and not _LISTED_WORDS.isdisjoint(words))
    )
    for stage in STAGES if context else _PLAIN_STAGES:
        decision = stage(c)
        if decision is not None:
            return decision
    return fallback(c)
