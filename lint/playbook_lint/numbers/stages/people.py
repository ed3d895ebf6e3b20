"""Numbers of people and their time: person-time saved, the reach of a thing built, a
team's size and time spent."""

from __future__ import annotations

import re

from playbook_lint.numbers.candidate import (
    _ANY_TIME,
    _LONG_TIME,
    _NEXT2,
    _TEAM_NOUNS,
    _TIME,
    Candidate,
    Decision,
    _marks,
)
from playbook_lint.numbers.reasons import Reason
from playbook_lint.numbers.stages._shared import (
    _ABOUT,
    _ACTIVITY_AFTER,
    _ADOPTERS,
    _ADOPTION,
    _ADOPTION_NEAR,
    _CHANGE_BEFORE,
    _CHANGE_VERB_BEFORE,
    _CONTRACT_AFTER,
    _COURSE_BEFORE,
    _DID_HOURS_BEFORE,
    _EFFORT,
    _HOURS,
    _HOURS_RESULT_AFTER,
    _INTERNSHIP_BEFORE,
    _LEARNING_WORDS,
    _LOOKED_AFTER_BEFORE,
    _MADE_N_BEFORE,
    _OFF_AFTER,
    _ON_ACTIVITY_AFTER,
    _PEOPLE,
    _PER_PERIOD_AFTER,
    _PERSON_SUPPORTED_BEFORE,
    _PERSON_WORDS,
    _PLACE,
    _PLURAL_THEN_VERB,
    _ROLE_TIME_AFTER,
    _SAVED_VERB_BEFORE,
    _SAVING_PEOPLE,
    _SOONER_AFTER,
    _SUPPORTED_BEFORE,
    _TAUGHT_BEFORE,
    _TEAM_BEFORE,
    _TEAM_CUES,
    _TOOK_BEFORE,
    _TOTAL_AFTER,
    _USE_AFTER,
    _arrow_near,
    _changed_before,
    _cue_in_clause,
    _found_before,
    _is_range_top,
    _many_hours_given,
    _no_reach,
    _people_end,
    _saving_before,
    _schedule,
    _scope_before,
    _team_or_source,
    _unhedged_prev,
    _use_told_after,
)
from playbook_lint.words import load

_EXPERIENCE = load("experience_words")


_PERSON_TIME_AFTER = re.compile(
    # not "30,000 people a month": a rate of people
    r"(?:[- \t](?!(?:a|an|per|each|every)\b)[a-z]+)?[- \t](?:hours?|hrs?|h|days?|weeks?|months?|"
    r"years?)\b"
)
# "estimated at around a thousand engineer hours", "Project effort: 14 person-months"
_ESTIMATE_BEFORE = re.compile(
    # "dropped by, we estimated, about 6 engineer-hours": a hedge on a measure, not a plan
    r"(?i:\b(?:estimat\w*(?![ \t]*,)|budget\w*|plann\w*|scop\w*)\b[^.;\n]{0,30}$"
    r"|\best\.[ \t]*(?:~[ \t]*|about[ \t]+|around[ \t]+)?$"  # "est. 40 dev-hours/quarter"
    r"|\beffort[ \t]*(?::|was\b|is\b|of\b)[^.;\n]{0,20}$"
    # "it was a big effort, like six engineer-months"
    r"|\beffort[ \t]*,?[ \t]+(?:(?:about|around|roughly|like|maybe|some)[ \t]+|~[ \t]*)?$)"
)


# After a saving verb, people or their hours named past a word or three of role or kind:
# "save 3 ops FTE", "saves ~10 on-call hours a week", "freeing ~20 actuary-hours",
# "freed up one full-time QA engineer"
_SAVED_STAFF_AFTER = re.compile(
    r"(?i:(?:[ \t]*[\w]+(?:[- \t]+|(?=-)-)){0,3}?[ \t]*"
    r"(?:ftes?|hours|hrs|days|weeks|engineers?|analysts?|people|persons?|developers?|"
    r"testers?|agents?|reviewers?|staff|officers?|clerks?|accountants?|nurses?)\b"
    # whole people of any role: "freed up two full-time adjusters", "two full-time
    # paralegals' worth"
    r"|[ \t]+full[- ]time[ \t]+[a-z]+s\b)"
)


def _saved_staff(c: Candidate) -> re.Match[str] | None:
    """People or their hours saved, named past a word or three of role: '3 ops FTE'."""
    if c.token.split("/")[0] in _ANY_TIME or not _found_before(
        c.text, c.start, 40, _SAVED_VERB_BEFORE, ("sav", "free", "reclaim")
    ):
        return None  # a bare time ("saved 3 weeks", "300 hours/yr") is duration's or rate's
    return _SAVED_STAFF_AFTER.match(c.text, c.end, c.limit)


def _fte_cut(c: Candidate) -> bool:
    """FTE a change verb took away: "reduced manual QA effort by 3 FTEs", "reducing branch
    data entry by ~1.5 FTE per branch"."""
    return (
        c.token in ("fte", "ftes")
        and _unhedged_prev(c.text, c.start, c.prev) == "by"
        and c.before(_CHANGE_VERB_BEFORE, 60)
    )


def person_time(c: Candidate) -> Decision | None:
    """Person-time: '40 engineer-hours', '120 analyst hours', '2 FTE' saved. Hours
    spent ('spent 200 person-hours') are effort."""
    # "40 engineer-hours"; "freed up two people" (a word for people, saved whole) reads on
    found = (
        _PERSON_TIME_AFTER.match(c.text, c.unit_stop, c.limit)
        if c.token in _PERSON_WORDS
        # "2 pathologist-days", "12 tester-hours", "~60 on-call hours"
        else _ROLE_TIME_AFTER.match(c.text, c.end, c.limit)
        if c.token.isalpha() and c.token not in _ANY_TIME
        else None
    )
    staff = _saved_staff(c) if found is None else None
    if staff is None and found is None and c.token in _STAFF_NOUNS:
        staff = _STAFF_FREED_AFTER.match(c.text, c.unit_stop, c.limit)  # "3 analysts freed"
    if (
        found is None
        and not (
            (c.token in ("fte", "ftes", "headcount") or c.token in _TEAM_NOUNS)
            and (
                _saving_before(c)
                # "1.5 FTE freed up", "2 FTE redeployed", "~3 FTE of manual matching removed"
                or (
                    c.token in ("fte", "ftes")
                    and _FTE_SAVED_AFTER.match(c.text, c.unit_stop, c.limit)
                )
                or (c.token in ("fte", "ftes") and c.before(_REMOVED_BEFORE, 40))
                or (c.before(_TOOK_BEFORE, 30) and _OFF_AFTER.match(c.text, c.unit_stop, c.limit))
                or (c.before(_GOT_BEFORE, 30) and _BACK_AFTER.match(c.text, c.unit_stop, c.limit))
                or c.before(_GOT_BACK_BEFORE, 40)
            )
        )
        and staff is None
        and not _fte_cut(c)
    ):
        return None
    if _fte_cut(c):
        return Decision(Reason.PERSON_TIME, c.unit_stop)  # "cut support effort by ~2 FTE"
    stop = found.end() if found else c.unit_stop
    if found is None and staff is not None:
        stop = max(stop, staff.end())
    if (
        _effort_nearer(c)
        # "6 engineer-months of work" ("took 1.5 FTE of work off the team" hands it back)
        or (
            _ESTIMATE_AFTER.match(c.text, stop, c.limit)
            and not _OFF_AFTER.match(c.text, stop, c.limit)
        )
        # "6 engineer-months migrating Jenkins": the time a job took
        or (_DOING_AFTER.match(c.text, stop, c.limit) and not _saving_before(c))
        or (c.before(_ESTIMATE_BEFORE, 50) and not _saving_before(c))
        # "the rebuild took us about four engineer-months" ("took ten hours a week off" saves)
        or (
            c.before(_TOOK_BEFORE, 50)
            and not _OFF_AFTER.match(c.text, stop, c.limit)
            and not _saving_before(c)
            # "now takes the 3 analysts about 30 analyst-hours less each close"
            and not _SAVED_RIGHT_AFTER.match(c.text, stop, c.limit)
        )
    ):
        return Decision(Reason.EFFORT, stop)
    if found is not None and c.token not in _PERSON_WORDS:
        # a role's time ("12 tester-hours") counts only when saved, never on its own
        if not _person_time_saved(c, stop, period=False):
            return None
    elif found is not None and (
        not _person_time_saved(c, stop)
        # "12 tester-hours on regression every release": time spent on a job
        or (
            _ON_JOB_AFTER.match(c.text, stop, c.limit)
            and not _person_time_saved(c, stop, period=False)
        )
    ):
        # "something like eight engineer-months between three of us": the size of a job
        return Decision(Reason.EFFORT, stop)
    return Decision(Reason.PERSON_TIME, stop)


# People freed whole, named by their role (in English, Spanish or Portuguese): "3 analysts
# freed for other work", "3 analistas liberados pra outras frentes"
_STAFF_NOUNS = _TEAM_NOUNS | {"analistas", "pessoas", "personas", "engenheiros", "ingenieros"}
_STAFF_FREED_AFTER = re.compile(
    r"(?i:[ \t]+(?:freed|liberad[oa]s)[ \t]+(?:up[ \t]+)?"
    r"(?:for|to|pra|para)\b)"
)
_FTE_SAVED_AFTER = re.compile(
    r"(?i:(?:[ \t]+of[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}?"
    r"(?:work|time|effort|review|matching|checking|"
    # "2 FTE of manual smoke-testing freed": any activity named by its gerund
    # ("2 FTE of manual QA on the imagery catalogue replaced by automated checks", "0.8
    # FTE of platform-team time no longer spent on tickets")
    r"toil|labou?r|qa|support|triage|admin|[\w-]+ing))?[^.;\n]{0,40}?\b(?:saved|freed|off|back|"
    r"redeployed|removed|reallocated|replaced|no[ \t]+longer[ \t]+spent|"
    r"returned|released|reassigned|no[ \t]+longer[ \t]+needed|gone|"
    # "~2 FTE of reception staff moved to patient care", "3 FTE moved from manual review to
    # fraud investigations", "2 FTE of patrol rounds now go to TPM work"
    r"moved[ \t]+(?:to|over[ \t]+to|onto|into|from)|(?:now[ \t]+)?(?:go|goes|went)[ \t]+to)\b)"
)
# Person-time that recurs is time saved: "40 engineer-hours a week", "~2 analyst-days per
# release" (handed back, "800 analyst hours back", is _SAVED_WORD_AFTER's)
_PERIOD_AFTER = re.compile(
    r"(?i:[^.;\n]{0,30}?\b(?:a[ \t]+(?:week|month|year|quarter|day|sprint)|per[ \t]+\w+|"
    r"each[ \t]+\w+|every[ \t]+\w+|weekly|monthly|annually|yearly|quarterly|daily)\b"
    r"|[^.;\n]{0,3}/[ \t]?[a-z]+)"
)


_ON_JOB_AFTER = re.compile(r"(?i:[ \t]+on[ \t]+(?!call\b|-call\b))")
_SAVED_WORD_AFTER = re.compile(
    r"(?i:[^.;\n]{0,30}?\b(?:saved|freed|back|reclaimed|returned|less|fewer|avoided|off|"
    # in Spanish and Portuguese: "~800 horas-hombre/mes de revisión manual eliminadas"
    r"eliminad[oa]s|ahorrad[oa]s|economizad[oa]s|liberad[oa]s|menos)\b)"
)


def _person_time_saved(c: Candidate, stop: int, *, period: bool = True) -> bool:
    """Whether person-time (N engineer-hours) is time saved: a saving, a change or an
    automation before it, or a saving (or, with `period`, a period) after it."""
    return (
        _saving_before(c)
        or c.before(_REMOVED_BEFORE, 40)
        or c.before(_CHANGE_VERB_BEFORE, 60)
        or c.before(_CHANGE_BEFORE)
        or c.before(_USED_TO_BEFORE, 50)  # "used to eat about 200 analyst-hours"
        or _SAVED_WORD_AFTER.match(c.text, stop, c.limit) is not None
        or (period and _PERIOD_AFTER.match(c.text, stop, c.limit) is not None)
    )


_USED_TO_BEFORE = re.compile(r"(?i:\bused[ \t]+to\b[^.;\n]{0,40}$)")


def _effort_nearer(c: Candidate) -> bool:
    """A word of effort in the number's clause, with no saving between it and the number
    ('we worked out it saved the team about 5 person-hours a week' saves)."""
    if not _cue_in_clause(c, _EFFORT, commas=True):
        return False
    if not _saving_before(c):
        return True
    cue_end = (c._marks or _marks(c)).last_before(_EFFORT, max(0, c.start - 80), c.start)
    saving = _SAVING_PEOPLE.search(c.text, max(0, c.start - 40), c.start)
    return saving is None or cue_end is None or cue_end > saving.start()


# "we got roughly two FTE of manual review back": people's time handed back
_GOT_BEFORE = re.compile(r"(?i:\b(?:got|get|gets|getting|gave|give|gives|giving)\b[^.;\n]{0,25}$)")
_BACK_AFTER = re.compile(r"(?i:(?:[ \t]+of)?(?:[ \t]+[\w-]+){0,3}?[ \t]+back\b)")
# "removed ~1.5 FTE of manual review", "replaced roughly 2 FTE of label checking"
# "the compliance team gets back 1.5 FTE"
_GOT_BACK_BEFORE = re.compile(
    r"(?i:\b(?:got|gets|get|getting|gave|gives|give|giving)[ \t]+back\b[^.;\n\d]{0,25}$)"
)
_REMOVED_BEFORE = re.compile(r"(?i:\b(?:remov|replac|automat)\w*\b[^.;\n\d]{0,25}$)")
# "6 engineer-months of effort estimated": the size of the work, not time saved
_ESTIMATE_AFTER = re.compile(
    r"(?i:[ \t]+(?:of[ \t]+(?:effort|work)|estimated|(?:were[ \t]+|was[ \t]+)?budgeted|"
    r"(?<=months)[ \t,]+which|"
    r"went[ \t]+into|project|programme|program|effort|initiative|migration|rewrite)\b)"
)


_WORDS_AFTER = re.compile(r"(?:\+|-odd|-plus|-some)?(?:[ \t]+[\w&'.-]+){1,4}")


_BY_ABOUT = re.compile(
    r"(?i:\bby(?:[ \t]+(?:roughly|about|around|nearly|almost|over|some|more[ \t]+than|all|~|"
    r"something[ \t]+like|like|maybe|approximately"
    # "used daily by the paper's ~180 editors"
    r"|the[ \t]+[\w-]+(?:'s|\u2019s)[ \t]*(?:~|about|around|over)?)"
    # "used by, I think, a hundred and forty chemists"
    r"|[ \t]*,[ \t]*(?:i[ \t]+think|i'd[ \t]+say|i[ \t]+believe|i[ \t]+guess|if[ \t]+i[ \t]+"
    r"remember[ \t]+right)[ \t]*,[ \t]*(?:roughly|about|around|over|some|~)?)"
    r"[ \t]*$)"
)


def reach(c: Candidate) -> Decision | None:
    """People or organisations who use a thing built: 'adopted by 120 analysts', 'used
    by 40 hospitals', 'serves 600+ store managers', '30 hospitals rely on it'. Without a
    word of use nearby, '5 data scientists' is a team (the next stage). Whom a person
    looked after is the job's scope."""
    if c.before(_LOOKED_AFTER_BEFORE, 50) or _scope_before(c.text, c.start):
        # "looked after about 150 accounts", "on-call for a platform serving 8 million"
        return Decision(Reason.BASELINE, c.unit_stop)
    if _found_before(c.text, c.start, 60, _SUPPORTED_BEFORE, _SUPPORTED_STEMS) and (
        staff := _STAFF_OR_ORGS_SOON.match(c.text, c.end, c.limit)
    ):
        return Decision(Reason.BASELINE, staff.end())  # "supported 20 property agencies"
    if _found_before(c.text, c.start, 80, _PERSON_SUPPORTED_BEFORE, ("support",)) and (
        users := _STAFF_OR_ORGS_SOON.match(c.text, c.end, c.limit)
        or _USERS_SOON.match(c.text, c.end, c.limit)
        or _SITES_SOON.match(c.text, c.end, c.limit)
    ):
        return Decision(Reason.BASELINE, users.end())  # "Supported 200+ internal users"
    return _reach(c)


_USERS_SOON = re.compile(
    r"(?i:\+?(?:[ \t]+or[ \t]+so)?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:users|analysts|customers)\b)"
)
# The places a person supported: "Supported 40+ warehouse sites during the WMS rollout",
# "I supported about 40 factories" ("the platform supported 40 hospitals" is reach)
_SITES_SOON = re.compile(
    r"(?i:\+?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:sites|factories|plants|stores|branches|"
    r"warehouses|depots|mines|offices|clinics|schools|hospitals|locations|outlets|companies|"
    r"groups|universities|colleges|institutions|organi[sz]ations|firms|practices)\b)"
)
# Every match of _SUPPORTED_BEFORE holds one of these, lowercased.
_SUPPORTED_STEMS = ("supported", "contact", "embedded", "partnered", "relationship")
_STAFF_OR_ORGS_SOON = re.compile(
    r"(?i:\+?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:clients|tenants|agencies|governments|squads|teams|"
    r"partners|accounts|merchants|staff|employees|colleagues|agents|nurses|engineers|analysts|"
    r"developers|hires|interns|departments|studios|units|banks|labs|operators|managers|"
    r"pharmacies|officers|trusts|councils|authorities|ministries|municipalities|cooperatives|"
    r"co-ops|advertisers|publishers|brands|sellers|retailers)\b)"
)


def _reach(c: Candidate) -> Decision | None:
    if (
        c.num.lower() == "one"
        or (c.scan.eligible() and _no_reach(c.text, c.scan, c.start, c.prev))
        or c.before(_PLACE_OF, 40)  # "served a country of 50 million people": its size
    ):
        return None
    first = _reach_told_first(c)
    if first is not None:
        return Decision(Reason.REACH, first)
    # no word of use but maybe one after the people; or whom the writer taught ("trained 30
    # analysts on dbt"), who reach nothing unless they are told to use something after
    if not _marks(c).spans(_ADOPTION_NEAR)[0] or c.before(_TAUGHT_BEFORE, 40):
        return _use_told_after(c)
    if _team_or_source(c):
        return None
    used_before = c.prev in _ADOPTION or _cue_in_clause(c, _ADOPTION_NEAR, width=70)
    if used_before and _FUTURE_USE.search(c.text, max(0, c.start - 50), c.start):
        return Decision(Reason.INTENT)  # "will be used by thousands of stores": a hope
    if used_before and (c.prev == "by" or c.before(_BY_ABOUT, 24)):
        return Decision(Reason.REACH)  # "used by 40 hospitals", "relied on by roughly 90"
    stop = _adopter_after(c) or (c.unit_stop if used_before and c.token in _PEOPLE else None)
    if stop is not None and (used_before or _USE_AFTER.match(c.text, stop, c.limit)):
        return Decision(Reason.REACH, stop)
    return _use_told_after(c)


_TEAM_GREW_BEFORE = re.compile(r"(?i:\b(?:team|squad|headcount|org)\b[^.;\n]{0,40}$)")
# Growth told by where it got to: "it got to 8k+ members", "grew to 40 clinics"
_GREW_TO_BEFORE = re.compile(
    r"(?i:\b(?:got|grew|grown|climbed|went|growing|getting)"
    # "Grew the project's Discord to 12k+ members"
    r"(?:[ \t]+(?:the|our|its|my|their)(?:[ \t]+[\w'\u2019-]+){1,3}?)?"
    r"[ \t]+(?:up[ \t]+)?to[ \t]+" + _ABOUT + r"$)"
)


def _reach_told_first(c: Candidate) -> int | None:
    """Where the people reached end, when the reach is told before them: 'it got to 8k+
    members in the first quarter', 'in use at 25 partner airlines'. Whom a thing was
    built for is not its reach ('built a sales dashboard for 12 regional managers'): no
    word says they use it."""
    if c.before(_GREW_TO_BEFORE, 50) and not c.before(_TEAM_GREW_BEFORE, 60):
        return _people_end(c)  # not "a 6-person team that grew to 15 people"
    if c.before(_IN_USE_AT, 24):
        return _adopter_after(c)  # "in use at 25 partner airlines' websites"
    if c.before(_IS_WHAT_BEFORE, 24) and (used := _PLURAL_THEN_VERB.match(c.text, c.end, c.limit)):
        # "the version I built is what about 120 researchers run every backtest through"
        return used.end("noun")
    return None


_IS_WHAT_BEFORE = re.compile(
    r"(?i:\b(?:is|was|are|were)[ \t]+what[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+|~[ \t]*)?$)"
)


_IN_USE_AT = re.compile(
    r"(?i:\bin[ \t]+(?:daily[ \t]+)?use[ \t]+(?:at|in|across|by)[ \t]+" + _ABOUT + r"$)"
)
_FUTURE_USE = re.compile(
    r"(?i:\b(?:will|(?:going|is|are|planned|scheduled|due)?[ \t]*to[ \t]+be)[ \t]+"
    r"(?:be[ \t]+|soon[ \t]+)?(?:[\w-]+[ \t]+)?(?:used|adopted|rolled|serve|reach|relied|"
    r"available)\b[^.;\n]{0,30}$)"
)


def _adopter_after(c: Candidate) -> int | None:
    """Where the first of the four words after the number ends when it names people or
    organisations (_ADOPTERS), else None."""
    words = _WORDS_AFTER.match(c.text, c.end, c.limit)
    if words is None:
        return None
    stop = c.end
    for word in words.group(0).split():
        stop = c.text.index(word, stop) + len(word)
        low = word.lower().strip(".,;:'\u2019")
        if low in ("hidden", "the", "that", "which", "our", "their"):
            return None  # "256 hidden units"; "three screens the officers used": not theirs
        if low in _ADOPTERS:
            return stop
    return None


def team(c: Candidate) -> Decision | None:
    """Team sizes: 12 engineers, a team of 12, managed 5."""
    if c.token in _TEAM_NOUNS and not (c.token == "reports" and c.before(_MADE_N_BEFORE, 24)):
        return Decision(Reason.TEAM_SIZE, c.unit_stop)
    if c.prev in _TEAM_CUES and c.before(_TEAM_BEFORE):
        return Decision(Reason.TEAM_SIZE)
    return None


_LEARNING_NEAR = re.compile(
    r"(?i:\b(?:courses?|coursework|bootcamp|certification|certificate|mooc|speciali[sz]ation|"
    r"nanodegree|self-study|studied|billable)\b)"
)
# After these a number of hours is how long something takes, not effort put in
_TAKES_PREV = frozenset(
    {"in", "within", "under", "to", "takes", "took", "take", "down", "below", "than", "from"}
)


def _hours_put_in(c: Candidate, stop: int) -> bool:
    """Hours someone put in: 'I spent about four months, maybe 600 hours in total',
    'I put in, I'd guess, 400 hours', 'covered ~200 hours of on-call shifts'. Hours
    saved or changed are results."""
    if (
        _changed_before(c)
        or _saving_before(c)
        or _PER_PERIOD_AFTER.match(c.text, stop, c.limit)  # "alleviated 4 hours of work every week"
    ):
        return False
    if _TOTAL_AFTER.match(c.text, stop, c.limit) or c.before(_DID_HOURS_BEFORE, 30):
        return True
    if _unhedged_prev(c.text, c.start, c.prev) in _TAKES_PREV:
        return False
    if _many_hours_given(c, stop):
        return True  # "~500 hrs as PagerDuty primary", "~300 hrs of weekend work"
    # an effort cue earlier in the sentence, commas and "so" between allowed
    cue_end = (c._marks or _marks(c)).last_before(_EFFORT, max(0, c.start - 80), c.start)
    return cue_end is not None and _SENTENCE_END.search(c.text, cue_end, c.start) is None


_SENTENCE_END = re.compile(r"[.;!?\n](?!\d)")


def _learning_hours(c: Candidate) -> bool:
    return (
        c.token in _HOURS
        and not _LEARNING_WORDS.isdisjoint((c._marks or _marks(c)).words())
        and _LEARNING_NEAR.search(c.text, max(0, c.start - 80), min(c.limit, c.unit_stop + 40))
        is not None
        and not _changed_before(c)
        and not _saving_before(c)
    )


_OF_MY_TIME = re.compile(r"(?i:[ \t]+of[ \t]+(?:my|our|his|her|their)[ \t]+(?:own[ \t]+)?time\b)")


_OF_ROLE_TIME = re.compile(r"(?i:[ \t]+of[ \t]+(?:[\w'-]+[ \t]+){0,2}?time\b)")
_DOING_AFTER = re.compile(r"(?i:[ \t]+(?:spent[ \t]+)?(?!saving\b|freeing\b)[a-z]+ing\b)")
# "~2 days of tester time saved": whose time, then the saving
_ROLE_TIME_SAVED_AFTER = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?time[ \t]+(?:saved|freed|given[ \t]+back)\b)"
)


_SAVED_RIGHT_AFTER = re.compile(r"(?i:[ \t]+(?:saved|freed|back|less|fewer)\b)")


def _time_per_period(c: Candidate, unit: str, stop: int) -> Decision | None:
    """Time glued to its period ('15 hrs/week', '2 days/week'): how much someone worked,
    a baseline estimated, or a rate."""
    if (
        unit in _HOURS
        and _ON_ACTIVITY_AFTER.match(c.text, stop, c.limit)
        and not _saving_before(c)
        and not c.before(_CHANGE_VERB_BEFORE, 60)
    ):
        return Decision(Reason.EFFORT, stop)  # "approx. 15 hrs/week on support tickets"
    if unit in _LONG_TIME and c.before(_INTERNSHIP_BEFORE, 40) and not _saving_before(c):
        return Decision(Reason.EFFORT, stop)  # "a retainer with a start-up, 2 days/week"
    if _work_days(c.token) and not _hours_changed(c, stop):
        return Decision(Reason.EFFORT, stop)  # "looking for 4 days/week": a schedule
    if unit not in _TIME:
        return None
    if (
        (
            _cue_in_clause(c, _EFFORT, commas=True)
            or c.before(_INTERNSHIP_BEFORE, 40)  # "internship (40 h/week)"
        )
        # "a scheduled Looker job, saves producers ~10 h/week": the job is the thing built
        and not c.before(_SAVED_VERB_BEFORE, 40)
    ) or (
        _OF_MY_TIME.match(c.text, stop, c.limit)  # "~10 hrs/week of my time"
        or _CONTRACT_AFTER.match(c.text, stop, c.limit)
    ):
        return Decision(Reason.EFFORT, stop)  # "put in ~80 hrs/week", "internship (40 h/week)"
    if (
        c.before(_ESTIMATE_BEFORE, 40)
        and not c.before(_SAVING_PEOPLE, 40)
        and not _SAVED_RIGHT_AFTER.match(c.text, stop, c.limit)  # "HR estimates ~8 hrs/week saved"
    ):
        return Decision(Reason.BASELINE, stop)  # "estimated 10 hrs/week of alert toil"
    if unit in _HOURS and not _hours_changed(c, stop):
        # "~12 hrs/week of support tickets", "15-20 hrs/week available": hours someone
        # works, not hours saved (those are told with a saving or a change)
        return Decision(Reason.EFFORT, stop)
    return Decision(Reason.RATE, stop)


def _work_days(token: str) -> bool:
    """Days of a working week ('3 days/wk', '2 days/week'): a schedule."""
    unit, _, per = token.partition("/")
    return unit in ("day", "days", "d") and per in ("week", "wk", "w")


def _hours_changed(c: Candidate, stop: int) -> bool:
    """Hours a week told as saved, freed or changed: 'saves ~25 hrs/week', 'from 12
    hrs/week to 2', 'cut to 3 hrs/week'."""
    return bool(
        _saving_before(c)
        or c.before(_CHANGE_VERB_BEFORE, 60)
        or (
            _unhedged_prev(c.text, c.start, c.prev) in ("from", "to", "by", "under", "below")
            # "I freelance, fifteen to twenty hours a week": a range, not a change
            and not _is_range_top(c)
        )
        or _HOURS_RESULT_AFTER.match(c.text, stop, c.limit)
        or _arrow_near(c.text, c.start, stop, c.limit)
        or c.before(_HOURS_DOWN_BEFORE, 70)
    )


# "on-call toil down ~12 hrs/week", "removed ~25 hrs/week of ad-hoc SQL requests", "no more
# 6 h/week of hand-checking", "reduced manual keying ... by approx. 150 hours/month"
_HOURS_DOWN_BEFORE = re.compile(
    r"(?i:\b(?:down|removed?|removes|no[ \t]+more|reduc\w*|cut|sav\w*|free(?:d|s|ing)?|eliminat\w*|"
    r"dropp\w*|trimm\w*|shaved|back|spar(?:e|es|ed|ing))\b[^;\n]{0,70}$)"
)


def time_spent(c: Candidate) -> Decision | None:
    """Time that is not a result: effort ('spent 200 hours on'), years of experience
    ('two to four years of experience'); and hours a week, a rate ('15 hrs/week')."""
    low, stop = c.token, c.unit_stop
    if "/" in low:
        per = _time_per_period(c, low.split("/")[0], stop)
        if per is not None:
            return per
    if low in _HOURS and _schedule(c, stop):
        return Decision(Reason.EFFORT, stop)  # "a ~3-month contract, 30-ish hours a week"
    period = _PER_PERIOD_AFTER.match(c.text, stop, c.limit) if low in _HOURS else None
    if period is not None and not _hours_changed(c, stop):
        # hours a week with no saving told: what someone works ("looking for something
        # around 32 hours a week"), or what a chore cost before the work ("ten, twelve
        # hours a week of people resetting sessions"), which a later number may pair with
        of_what = c.text.startswith(" of ", period.end())
        return Decision(Reason.BASELINE if of_what else Reason.EFFORT, stop)
    if (
        (
            (low in _TIME or low in _LONG_TIME)
            and (
                (
                    _cue_in_clause(c, _EFFORT, commas=True)
                    and not c.before(_CHANGE_BEFORE)
                    and not _saving_before(c)
                    # "caught a looping agent in about twenty minutes": a time to detect
                    and not c.before(_CAUGHT_IN_BEFORE, 70)
                    and not _SOONER_AFTER.match(c.text, stop, c.limit)  # "3 weeks early"
                )
                or _ACTIVITY_AFTER.match(c.text, stop, c.limit)
            )
        )
        or (
            (low in _TIME or low in _LONG_TIME) and c.before(_COURSE_BEFORE, 40)  # a course's hours
        )
        or (low in _HOURS and _hours_put_in(c, stop))
    ):  # "maybe 600 hours in total"
        return Decision(Reason.EFFORT, stop)
    if _learning_hours(c) or (low in _LONG_TIME and _EXPERIENCE_AFTER.match(c.text, stop, c.limit)):
        # "a DeepLearning.AI specialisation (~60 hrs)"; "two to four years of experience"
        return Decision(Reason.EFFORT if low in _HOURS else Reason.EXPERIENCE, stop)
    prev = _unhedged_prev(c.text, c.start, c.prev)
    if (
        low in _TIME
        and (prev == "for" or (prev == "over" and not c.before(_CHANGE_VERB_BEFORE, 60)))
        and not _saving_before(c)
    ):
        # "ran the canary for 48 hours": how long something ran, not a result
        return Decision(Reason.PERIOD, stop)
    if low in _LONG_TIME and (
        _saving_before(c)
        or _ROLE_TIME_SAVED_AFTER.match(c.text, stop, c.limit)
        # "replacing 3 days of geologist time per field campaign"
        or (c.before(_REMOVED_BEFORE, 40) and _OF_ROLE_TIME.match(c.text, stop, c.limit))
    ):
        # "saved the team two days a week", "~2 days of tester time saved per release"
        return Decision(Reason.PERSON_TIME, stop)
    return _compute_saved(c)


# How fast something was caught: "caught a looping agent in about twenty minutes"
_CAUGHT_IN_BEFORE = re.compile(
    r"(?i:\b(?:caught|detected|spotted|flagged|noticed)\b[^.;\n]{0,50}\b(?:in|within)[ \t]+"
    r"(?:about|around|roughly|under|less[ \t]+than|~)?[ \t]*$)"
)


def _compute_saved(c: Candidate) -> Decision | None:
    """Compute time saved: 'a loss-spike alert that saved about 600 GPU hours'."""
    if c.token in ("gpu", "cpu", "compute", "node", "machine") and _saving_before(c):
        hours = _NEXT2.match(c.text, c.unit_stop, c.limit)
        if hours is not None and hours.group("tok").lower() in ("hours", "days"):
            return Decision(Reason.UNIT, hours.end())
    return None


_EXPERIENCE_AFTER = re.compile(
    r"\+?[ \t]+(?:of[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:" + "|".join(sorted(_EXPERIENCE)) + r")\b"
)
_PLACE_OF = re.compile(
    r"(?i:\b" + _PLACE + r"[ \t]+of[ \t]+"
    r"(?:(?:about|around|over|roughly|nearly|almost|some|more[ \t]+than)[ \t]+|~[ \t]*)?$)"
)
