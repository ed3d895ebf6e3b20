"""PL103: three or more technologies named with no data scale and no outcome."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from playbook_lint.rulebase import ALL_KINDS, AnswerContext, Hit, Severity, rule
from playbook_lint.spec import AnswerKind
from playbook_lint.words import lines


@rule(
    code="PL103",
    name="tech-without-impact",
    severity=Severity.WARNING,
    summary="Three or more technologies listed with no data scale and no outcome.",
    message="{count} technologies named ({names}) with no data scale or outcome",
    fix="Tie the tools to what they did: the data scale they handled or the outcome they produced.",
    what=(
        "Flags an answer (or a resume bullet) that names three or more technologies "
        "(frameworks, databases, clouds, model families) but contains no measured number "
        "at all: no data scale such as `40 TB` or `3k QPS`, and no outcome."
    ),
    why=(
        "A list of tools reads like a keyword filter, and interviewers have seen every "
        "list. What they cannot see elsewhere is what the tools did for you at what "
        "scale."
    ),
    bad="- Built a pipeline with Kafka, Spark, Airflow and Kubernetes.",
    good="- Built a Kafka, Spark and Airflow pipeline that processes 2B events a day, "
    "cutting feature freshness from 24 h to 15 min.",
    use_instead="Fewer tools, each tied to a scale or an outcome.",
    kinds=ALL_KINDS,
    default_kinds=ALL_KINDS,
    bad_kind=AnswerKind.RESUME,
)
def check(ctx: AnswerContext) -> list[Hit]:
    if ctx.outcome() or technology_count(ctx.text, ctx.answer.start, ctx.answer.end) < 3:
        return []
    techs = technologies(ctx.text, ctx.answer.start, ctx.answer.end)
    if len(techs) < 3:
        return []
    names = ", ".join(name for name, _, _ in techs[:4]) + (", ..." if len(techs) > 4 else "")
    first = techs[0][1]
    line = ctx.doc.position(first)[0]
    last_on_line = max(end for _, start, end in techs if ctx.doc.position(start)[0] == line)
    return [Hit(first, last_on_line, {"count": len(techs), "names": names})]


_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9+#]*(?:[./-][A-Za-z0-9+#]+)*")


class _Names(NamedTuple):
    single: dict[str, str]  # one token, exact spelling -> the name shown
    multi: dict[str, str]  # words joined by single spaces -> the name shown
    multi_pattern: re.Pattern[str] | None


@functools.cache
def _names() -> _Names:
    """The technology list in playbook_lint/data/technologies.txt, read on first use."""
    single: dict[str, str] = {}
    multi: dict[str, str] = {}
    for line in lines("technologies"):
        spellings = [part.strip() for part in line.split(" | ")]
        for spelling in spellings:
            token = _TOKEN.fullmatch(spelling)
            (single if token else multi)[" ".join(spelling.split())] = spellings[0]
    pattern = None
    if multi:
        # Longest first, grouped by first character, each group written as that character,
        # then the look-behind over the character before it, then the rest of the names:
        # (?<![\w&/.+-])(?:Stable Diffusion|Spark SQL) matches what
        # S(?<![\w&/.+-].)(?:table Diffusion|park SQL) matches, but a pattern that opens
        # with one of a few characters lets re skip to them instead of trying every offset.
        groups: dict[str, list[str]] = {}
        for name in sorted(multi, key=len, reverse=True):
            words = name.split()
            rest = re.escape(words[0][1:]) + "".join(r"[ \t]+" + re.escape(w) for w in words[1:])
            groups.setdefault(name[0], []).append(rest)
        body = "|".join(
            rf"{re.escape(first)}(?<![\w&/.+-].)(?:{'|'.join(rests)})"
            for first, rests in groups.items()
        )
        pattern = re.compile(rf"(?:{body})(?![\w&+])")
    return _Names(single, multi, pattern)


def technology_count(text: str, start: int, end: int) -> int:
    """An upper bound on the technologies text[start:end] names, found cheaply."""
    names = _names()
    single = names.single
    found = {single[word] for word in single.keys() & _TOKEN.findall(text, start, end)}
    if names.multi_pattern is not None:
        found.update(names.multi_pattern.findall(text, start, end))
    return len(found)


def technologies(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Distinct technologies in order of first mention: (name as written, start, end).

    Names match case-sensitively and whole: "Stable Diffusion" is one name, while
    "stable" and "Surprise" on their own are English words. Two spellings of one
    technology ("Postgres", "PostgreSQL") count once.
    """
    names = _names()
    found: list[tuple[int, int, str, str]] = []  # start, end, technology, as written
    taken: list[tuple[int, int]] = []
    if names.multi_pattern is not None:
        for match in names.multi_pattern.finditer(text, start, end):
            written = " ".join(match.group(0).split())
            found.append((match.start(), match.end(), names.multi[written], written))
            taken.append(match.span())
    get = names.single.get
    for match in _TOKEN.finditer(text, start, end):
        word = match.group(0)
        name = get(word)
        if name is None or any(s <= match.start() < e for s, e in taken):
            continue
        found.append((match.start(), match.end(), name, word))
    found.sort()
    seen: dict[str, tuple[str, int, int]] = {}
    for begin, stop, name, written in found:
        seen.setdefault(name, (written, begin, stop))
    return list(seen.values())
