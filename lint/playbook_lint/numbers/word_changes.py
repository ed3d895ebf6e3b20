"""Before-and-after changes stated without digits: 'from days to minutes', 'from weekly
to hourly', 'turned a quarterly forecast into a nightly one', 'cut to zero',
'zero-downtime', and a ratio written before its number ('x3 faster').

Each match is a mention with :attr:`Reason.WORDS_CHANGE`, which counts. A cheap test on
the lowercased answer decides whether the patterns run at all.
"""

from __future__ import annotations

import re

_SPAN = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|"
    r"(?:a|an|one|a[ \t]+few|several|multi|multiple)[ \t-]+(?:seconds?|minutes?|hours?|days?|"
    r"weeks?|months?|quarters?|years?)|milliseconds?|"
    r"multi-(?:second|minute|hour|day|week|month)s?|overnight|"
    r"[a-z]+-(?:second|minute|hour|day|week|month|quarter|year)s?)"
)
_CADENCE = (
    r"(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annual(?:ly)?|"
    r"same[- ]day|next[- ]day|real[- ]time|near[- ]real[- ]time|instant(?:ly|aneous)?|"
    r"on[- ]demand|continuous(?:ly)?|streaming|"
    r"(?:on[ \t]+)?every[ \t]+(?:merge|commit|deploy|push|change|release|request|pull[ \t]request))"
)
_END = r"(?:" + _SPAN + r"|" + _CADENCE + r"|zero|none|nothing|nil|near[- ]zero|seconds)"
_W = r"[\w'-]+[ \t]+"  # one word and the space after it

WORD_CHANGE = re.compile(
    r"(?i:\bfrom[ \t]+(?:" + _W + r"){0,3}?(?:" + _SPAN + r"|" + _CADENCE + r"|batch)\b"
    r"[^.;!?\n\d]{0,50}?\b(?:to|into|down[ \t]+to|under)[ \t]+(?:" + _W + r"){0,3}?" + _END + r"\b"
    r"|\b(?:turned|made|moved|changed|switched|took|converted)[ \t]+(?:"
    + _W
    + r"){0,4}?"
    + _CADENCE
    + r"[ \t]+(?:"
    + _W
    + r"){0,3}?(?:into|to)[ \t]+(?:a[ \t]+|an[ \t]+)?"
    + _CADENCE
    + r"\b"
    r"|\b(?:cut|reduc\w*|brought|bring\w*|dropp\w*|drop|fell|fall\w*|went|go(?:es|ing)?|lower\w*|"
    r"eliminat\w*|trimm\w*|shr[ai]nk\w*|decreas\w*|got|get\w*|kept|keep\w*|stay\w*|remain\w*)\b"
    r"[^.;!?\n]{0,50}?\b(?:to|down[ \t]+to|at)[ \t]+(?:near[- ])?(?:zero|none|nil)\b"
    r"(?![ \t-]+(?:shot|day|trust|knowledge|copy|config|padding|based))"
    r"|\b(?:cut|reduc\w*|brought|bring\w*|shorten\w*|dropp\w*|sped|speed\w*|shr[ai]nk\w*|"
    r"trimm\w*|lower\w*)\b[^.;!?\n]{0,50}?\b(?:to|into|down[ \t]+to)[ \t]+(?:under[ \t]+|"
    r"less[ \t]+than[ \t]+|a[ \t]+few[ \t]+|mere[ \t]+|just[ \t]+)?(?:an?[ \t]+)?"
    r"(?:seconds|minutes|milliseconds|an[ \t]+hour|a[ \t]+minute|a[ \t]+second|real[- ]time|"
    r"same[- ]day|near[- ]zero|nil|overnight)\b"
    r"|\b(?:" + _SPAN + r"|" + _CADENCE + r")\b[^.;!?\n\d]{0,30}?(?:\b(?:instead[ \t]+of|"
    r"rather[ \t]+than|down[ \t]+from|up[ \t]+from|compared[ \t]+(?:to|with))|\([ \t]*"
    r"(?:was|from|previously))[ \t]+(?:" + _W + r"){0,2}?(?:" + _SPAN + r"|" + _CADENCE + r")\b"
    r"|\b(?:no|without|with[ \t]+no|with[ \t]+zero)[ \t]+(?:downtime|data[ \t-]loss|"
    r"customer[ \t-]impact|dropped[ \t]+(?:requests|writes|events))\b"
    r"|\b(?:twice|thrice)[ \t]+the[ \t]+(?:throughput|speed|traffic|volume|capacity|coverage|"
    r"accuracy|revenue|conversions?|users|output)\b"
    r"|\beliminat\w*[ \t]+(?:all|every)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:incidents?|outages?|"
    r"errors?|failures?|manual|regressions?|escalations?|pages|tickets|defects?|restarts?)\b"
    r"|\bzero[ \t-](?:downtime|incidents?|outages?|defects?|errors?|regressions?|data[ \t-]loss|"
    r"dropped|failed|lost|missed|manual|pages|escalations|critical|sev-?\d|p[01]s?|"
    r"customer[ \t-]impact|false[ \t-]negatives?)\b"
    r"|(?<![\w.])[x\u00d7]\d+(?:\.\d+)?(?=[ \t]+(?:faster|more|fewer|less|cheaper|higher|"
    r"lower|larger|smaller|quicker|speed-?up|improvement|increase|throughput|boost|gain)\b))"
)
HINT = re.compile(
    r"from |zero|into |x\d|\u00d7\d| none| nil|seconds|minutes|same[- ]day|real[- ]time|"
    r"overnight|an hour|a minute|a second|eliminat|instead of|rather than|down from|up from|"
    r"compared|\(was|\(previously|downtime|twice|thrice|data loss|dropped|impact"
)
