"""Before-and-after changes stated without digits: 'from days to minutes', 'from weekly
to hourly', 'turned a quarterly forecast into a nightly one', 'cut to zero',
'zero-downtime', and a ratio written before its number ('x3 faster').

Each match is a mention with :attr:`Reason.WORDS_CHANGE`, which counts. Each pattern
runs only when cheap tests on the lowercased answer find its key words: first plain
substrings (one of them is in every match), then a short hint pattern.
"""

from __future__ import annotations

import re

_SPAN = (
    # ("from most nights to about once a month")
    r"(?:seconds?|minutes?|hours?|days?|nights|weeks?|months?|quarters?|years?|"
    r"(?:a|an|one|a[ \t]+few|a[ \t]+couple[ \t]+of|several|multi|multiple)[ \t-]+(?:seconds?|"
    r"minutes?|hours?|days?|"
    # ("from about a quarter to a couple of sprints")
    r"weeks?|months?|quarters?|years?|sprints?)|milliseconds?|"
    r"multi-(?:second|minute|hour|day|week|month)s?|overnight|all[ \t]+(?:night|day|weekend|week)|"
    r"(?:the[ \t]+)?(?:whole|entire|full)[ \t]+(?:afternoon|morning|day|night|evening|week)|"
    r"(?:a|one|every)[ \t]+fortnight|fortnights|"
    # "most of an afternoon", "half of the morning"
    r"(?:most|all|half|much)[ \t]+of[ \t]+(?:an?|the)[ \t]+(?:afternoon|morning|day|week|"
    r"night|evening)|"
    # "a 6-week cycle", "up-to-two-months": a span glued by dashes, or with a digit
    r"(?:[a-z]+-){1,3}(?:second|minute|hour|day|week|month|quarter|year)s?|"
    r"\d+(?:\.\d+)?[ \t-]?(?:second|minute|hour|day|week|month|quarter|year)s?)"
)
_CADENCE = (
    r"(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annual(?:ly)?|"
    r"bi-?weekly|bi-?monthly|semi-?annual(?:ly)?|intra-?day|"
    r"(?:once|twice|several[ \t]+times|multiple[ \t]+times)[ \t-]+(?:a|per)[ \t-]+"
    r"(?:day|night|week|fortnight|month|quarter|year|sprint|decade)|"
    # ("from a once-a-decade inventory to every summer")
    r"every[ \t]+(?:summer|winter|spring|autumn|season|year)|"
    r"(?:once|twice)[ \t]+every[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:days?|weeks?|months?|quarters?)|"
    r"same[- ]day|next[- ]day|real[- ]time|near[- ]real[- ]time|(?:near[- ])?instant(?:ly|aneous)?|"
    # ("from next-morning to near real time")
    r"(?:the[ \t]+)?next[ \t-]+(?:morning|afternoon|evening|week)|"
    r"on[- ]demand|continuous(?:ly)?|streaming|"
    # ("on every schedule change")
    r"(?:on[ \t]+)?every[ \t]+(?:[\w-]+[ \t]+)?(?:merge|commit|deploy|push|change|release|request|"
    # ("from once a quarter to every PR")
    r"pull[ \t]request|pr|mr|"
    r"day|night|hour|week|morning|sprint|shift|build|month|quarter|fortnight|weekend|evening|"
    # ("from ad hoc to every Sunday")
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"few[ \t]+(?:seconds|minutes|hours)))"
)
_END = (
    r"(?:" + _SPAN + r"|" + _CADENCE + r"|zero|none|nothing|nil|near[- ]zero|seconds|"
    r"(?:(?:almost|nearly|basically|virtually|practically)[ \t]+)?never|"
    # "from a daily occurrence to a rare one"
    r"(?:a[ \t]+)?rare[ \t]+(?:one|event|thing|occurrence)|rarely|"
    # "from a monthly release train to whenever we wanted"
    r"whenever[ \t]+(?:we|they|you|teams?|anyone)[ \t]+(?:wanted|want|wants|needed|need|"
    r"needs|liked|like|likes)|"
    # "from deploying once a month ... to deploying whenever a PR merged"
    r"whenever[ \t]+(?:a|the)[ \t]+(?:pr|change|commit|merge)[ \t]+"
    r"(?:merged|landed|was[ \t]+merged)|"
    r"(?:a|an|one|a[ \t]+single|half[ \t]+an?)[ \t]+(?:afternoon|morning|evening|day|night|hour)|"
    r"(?:over|by|before|after)[ \t]+(?:lunch(?:time)?|midnight|breakfast|dawn)|"
    r"same[ \t-]+(?:afternoon|morning|evening|week|night)|"
    # "from a day of manual work to a single click"
    # ("from a 2-week manual job to a one-click pipeline")
    r"(?:a[ \t]+(?:single[ \t]+)?|one[ \t]+)click|(?:a[ \t]+)?(?:one|single)-click|"
    # "page load went from several seconds to well under one"
    r"(?:well[ \t]+)?(?:under|below)[ \t]+(?:one|a[ \t]+second)\b|"
    # "from overnight to under a lunch break", "from a weekly manual export to fully
    # automated"
    r"(?:(?:under|within|in)[ \t]+)?(?:a|one)[ \t]+(?:lunch|coffee)[ \t]+break|"
    r"(?:fully[ \t]+)?automat(?:ed|ic))"
)
_W = r"[\w'-]+[ \t]+"  # one word and the space after it
# people named by a plural ("analysts", "paralegals"), not a span of time ("saved hours")
_PLURAL_NOT_TIME = (
    r"(?!(?:seconds|minutes|hours|days|weeks|months|years|mornings|afternoons)\b)[a-z]+s"
)
# What an ordinal after "finished", "came" or "placed" counts when it is not a place won:
# "finished 3rd year", "finished second round", "came first to the office"
NOT_A_PLACE = (
    r"(?:year|semester|term|grade|round|stage|phase|half|sprint|quarter|week|month|day|"
    r"edition|iteration|version|draft|time|attempt|try|to)\b"
)
_DAY_AND_A_HALF = r"(?:a[ \t]+day|an[ \t]+hour|a[ \t]+week)[ \t]+and[ \t]+a[ \t]+half"
# A part of a day or a whole one, said in words: "half a day", "a day and a half"
_PART_OF_DAY = (
    r"(?:half[ \t]+an?[ \t]+(?:day|hour|week)|" + _DAY_AND_A_HALF + r"|"
    r"an?[ \t]+(?:full[ \t]+|whole[ \t]+)?(?:day|hour|week|morning|afternoon))"
)
# a word that is not a year: "the engine from 2012 took 40 minutes to plan a day" holds no
# change from one span to another
_W_WORD = r"(?!\d{4}\b)[\w'-]+[ \t]+"

_TIME_WORD = (
    r"second|minute|hour|day|week|month|quarter|year|daily|weekly|nightly|hourly|monthly|"
    r"quarterly|yearly|annual|real[- ]time|same[- ]day|next[- ]day|on[- ]demand|continuous|"
    r"streaming|overnight|instant|every|night|afternoon"
)

# A time of day: "5:30am", "03:30", "7 am", "noon", "Wednesday afternoon"
_CLOCK = (
    r"(?:\d{1,2}(?::\d{2})?[ \t]*(?:am|pm|a\.m\.|p\.m\.)(?![\w.])|\d{1,2}:\d{2}\b|noon|midnight|"
    r"(?:late|early|mid-?)[ \t]*(?:morning|afternoon|evening)|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?)"
)

# Each way of stating a change in words, with cheap tests on the lowercased answer that
# must pass before its pattern runs: (words, substrings, hint, pattern). Every match of
# the pattern, lowercased, holds one of the words as a whole word (None: no such test),
# and a match of the hint; every text the hint finds holds one of the substrings. A set
# lookup and `in` on a string are much cheaper than a regex search. The hint and the
# pattern are compiled when first needed: many answers never need some of them.
_Entry = tuple[frozenset[str] | None, tuple[str, ...], str, str]
_X_VERBS = (
    *("cut", "reduced", "reduces", "improved", "improves", "boosted", "boosts", "sped"),
    *("dropped", "increased", "grew", "lifted", "multiplied", "slashed"),
)
PATTERNS: tuple[_Entry, ...] = tuple(
    (None if words is None else frozenset(words), keys, hint, "(?i:" + pattern + ")")
    for words, keys, hint, pattern in (
        (
            # one of a thing where there were many: "a fibre cut gives one page instead of
            # hundreds", "a single alert instead of 40"
            ("instead",),
            (" instead of ",),
            r"\b(?:one|a single|zero|no) ",
            r"\b(?:one|a[ \t]+single|zero|no)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]+instead[ \t]+of"
            r"[ \t]+(?:(?:about|around|over|some)[ \t]+)?"
            r"(?:hundreds|dozens|thousands|tens|\d[\d,]*)\b",
        ),
        (
            # staffing cut, told as people (times time) before and after: "from 3 people x
            # 1 week to one afternoon for one person", "from two FTE to about half of one"
            ("from",),
            ("from ",),
            r"from \S+ (?:people|engineers|analysts|persons|staff|ftes?)\b",
            r"\bfrom[ \t]+(?:~[ \t]*)?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|"
            r"nine|ten)[ \t]+(?:people|engineers|analysts|persons|staff|ftes?)\b"
            r"(?:[ \t]*[x\u00d7][ \t]*[\w.]+(?:[ \t]+[\w.]+)?)?[ \t]+to[ \t]+"
            # (not a team grown: "from 4 people to 11 people")
            r"(?:(?:about|around|roughly|just|under)[ \t]+|~[ \t]*)?(?:(?:one|half|a|an)"
            r"[\w .-]{0,30}?\b(?:person|fte|of[ \t]+one|afternoon|morning|day|hours?|"
            r"minutes?|min)|\d+(?:\.\d+)?[ \t]*(?:minutes?|mins?|hours?|hrs?))\b",
        ),
        (
            ("from",),
            ("from",),  # ("from, like, whenever someone remembered")
            # ("from, like, two days", "from manual to fully automated")
            r"from\W(?:.{0,60}?)(?:" + _TIME_WORD + r"|manual|batch|hoc|remember|click)",
            # ("from, like, whenever someone remembered, to every month")
            # ('from "whenever someone remembers" to nightly': quoted)
            r"\bfrom,?[ \t]+(?:like,[ \t]+)?[\"\u201c]?"
            # (manual work made automatic, with no time or cadence said, is no measure:
            # "from manual to fully automated", "from manual Excel to automated Power BI")
            r"(?!(?:(?:fully|mostly|largely|a|an|the)[ \t]+)?manual"
            r"(?:[ \t]+(?!(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|"
            r"annual\w*|once|twice)\b)[\w-]+){0,2}[ \t]+to[ \t]+(?:[\w-]+[ \t]+)?"
            r"(?:fully[ \t]+)?automat)"
            r"(?:~[ \t]*)?(?:"
            + _W_WORD
            + r"){0,4}?(?:"
            + _SPAN
            + r"|"
            + _CADENCE
            # ('from "come back tomorrow" to minutes')
            + r"|batch|manual(?:ly)?|ad[ \t-]hoc|(?:come[ \t]+back[ \t]+)?tomorrow|"
            # no schedule, or a call by hand: "from ad hoc to monthly", "from whenever
            # someone remembered to every month", "from a phone call to a click"
            r"whenever[ \t]+(?:someone|somebody|anyone|people|we|they)[ \t]+(?:remember(?:ed|s)?|"
            r"had[ \t]+time|asked)|(?:a[ \t]+)?phone[ \t]+calls?)\b"
            # ("from nightly to, like, once a month")
            r"[^.;!?\n\d]{0,80}?\b(?:to|into|down[ \t]+to|under),?[ \t]+"
            # ("to, I think, maybe once a quarter")
            r"(?:(?:like|maybe|about|around|roughly|basically|i[ \t]+think|i'd[ \t]+say|"
            r"i[ \t]+guess|um|uh),[ \t]+)?(?:" + _W + r"){0,3}?" + _END + r"\b",
        ),
        (
            # use from none to most: "went from almost nobody using it to most of the
            # Krakow office"
            ("from",),
            ("nobody", "no one", "no-one"),
            r"from (?:\w+ )?no",
            r"\bfrom[ \t]+(?:(?:almost|nearly|basically|practically|virtually)[ \t]+)?"
            r"(?:nobody|no[ \t-]one)(?:[ \t]+[\w-]+){0,3}?[ \t]+to[ \t]+"
            r"(?:(?:almost|nearly|basically|practically|virtually)[ \t]+)?"
            r"(?:everyone|everybody|most|all|half|the[ \t]+whole)\b",
        ),
        (
            # what used to happen on a cadence, and none now: "Complaints used to come
            # almost every week, and the last term basically none"
            ("used",),
            ("used to ",),
            r"used to .{0,60}?every ",
            r"\bused[ \t]+to[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:(?:almost|nearly)[ \t]+)?(?:every|each)"
            r"[ \t]+(?:day|week|month|night|shift|release|sprint|term)\b[^.;!?\n]{0,60}?"
            r"(?:\b(?:basically|almost|virtually|practically|nearly)[ \t]+)?"
            r"\b(?:none|zero|nothing|never)\b",
        ),
        (
            # a share of failures gone: "from every third unit to none"
            ("from",),
            ("from every ",),
            r"from every \S+ \S+ to ",
            r"\bfrom[ \t]+(?:about[ \t]+)?every[ \t]+(?:other|second|third|fourth|fifth|tenth|"
            r"\d+(?:st|nd|rd|th))[ \t]+[\w-]+[ \t]+to[ \t]+(?:(?:almost|nearly|basically|"
            r"virtually)[ \t]+)?(?:none|zero|nothing|nil)\b",
        ),
        (
            # "Release cadence of the SDK went quarterly to fortnightly": no "from"
            ("went", "gone", "moved"),
            ("ly to ",),
            r"(?:went|gone|moved) \S+ly to ",
            r"\b(?:went|gone|moved)[ \t]+" + _CADENCE + r"[ \t]+to[ \t]+" + _CADENCE + r"\b",
        ),
        (
            ("turned", "made", "moved", "changed", "switched", "took", "converted"),
            ("to ",),
            # ("to near real time", "to several times a day")
            r"(?:into|to) .{0,30}?(?:" + _TIME_WORD + r")",
            r"\b(?:turned|made|moved|changed|switched|took|converted)[ \t]+(?:"
            + _W
            + r"){0,4}?(?:"
            + _SPAN
            + r"|"
            + _CADENCE
            + r")"
            + r"[ \t]+(?:"
            + _W
            + r"){0,3}?(?:into|to)[ \t]+(?:a[ \t]+|an[ \t]+)?"
            + _CADENCE
            + r"\b",
        ),
        (
            ("turned", "turning", "turns", "converted", "made"),
            ("into ",),
            r"into .{0,50}?(?:in|within|under) (?:a few |just )?(?:seconds|minutes|milliseconds)",
            r"\b(?:turned|turning|turns|converted|made)\b[^.;!?\n]{0,60}?\b(?:"
            + _SPAN
            + r"|"
            + _CADENCE
            + r")\b[^.;!?\n]{0,60}?\binto\b[^.;!?\n\d]{0,50}?\b(?:in|within|under)[ \t]+"
            r"(?:a[ \t]+few[ \t]+|just[ \t]+)?(?:seconds|minutes|milliseconds)\b",
        ),
        (
            ("zero", "none", "nil", "nothing"),
            ("zero", "none", "nil", "nothing"),
            r"(?:(?:to|at) (?:[a-z]+ )?|now,? (?:it'?s|it is|that'?s) (?:[a-z]+ )*)"
            r"(?:near[- ])?(?:zero|none|nil|nothing)",
            r"\b(?:cut(?:s|ting)?|reduc\w*|brought|bring\w*|dropp\w*|drop|fell|fall\w*|went|"
            r"go(?:es|ing|ne)?|"
            r"dr[io]ve|driv\w*|push\w*|took|tak(?:e|es|ing)|"
            r"lower\w*|eliminat\w*|trimm\w*|shr[ai]nk\w*|decreas\w*|got|get\w*|kept|keep\w*|"
            r"stay\w*|remain\w*)\b[^.;!?\n]{0,50}?\b(?:to|down[ \t]+to|at)[ \t]+"
            r"(?:(?:basically|essentially|practically|virtually|effectively|pretty[ \t]+much|"
            r"almost|nearly)[ \t]+)?"
            r"(?:near[- ])?"
            # "cut the annotation backlog to nothing"
            r"(?:zero|none|nil|nothing)\b"
            r"(?![ \t-]+(?:shot|day|trust|knowledge|copy|config|padding|based))"
            # a bullet with no verb: "duplicate records down to zero after the fix"
            r"|\bdown[ \t]+to[ \t]+(?:near[- ])?(?:zero|none|nil|nothing)\b"
            r"(?![ \t-]+(?:shot|day|trust|knowledge|copy|config|padding|based))"
            # where it is now, after what it was: "... three to four hours a week on
            # renewals. Now it's basically zero"
            r"|\bnow[ \t,]+(?:it'?s|it[ \t]+is|that'?s)[ \t]+(?:(?:basically|essentially|"
            r"practically|virtually|pretty[ \t]+much|almost|nearly)[ \t]+)?(?:near[- ])?"
            r"(?:zero|none|nil|nothing)\b(?![ \t-]+(?:shot|day|trust|knowledge|copy|config))",
        ),
        (
            (
                *("seconds", "minutes", "milliseconds", "hour", "minute", "second", "time"),
                *("day", "zero", "nil", "overnight"),
            ),
            ("to ",),
            r"(?:to|into) (?:under |less than |a few |mere |just )?(?:an? )?(?:seconds|minutes|"
            r"milliseconds|hour|minute|second|real[- ]time|same[- ]day|near[- ]zero|nil|overnight)",
            r"\b(?:cut|reduc\w*|brought|bring\w*|shorten\w*|dropp\w*|sped|speed\w*|"
            r"shr[ai]nk\w*|trimm\w*|lower\w*)\b[^.;!?\n]{0,50}?\b(?:to|into|down[ \t]+to)[ \t]+"
            r"(?:under[ \t]+|less[ \t]+than[ \t]+|a[ \t]+few[ \t]+|mere[ \t]+|just[ \t]+)?"
            r"(?:an?[ \t]+)?(?:seconds|minutes|milliseconds|an[ \t]+hour|a[ \t]+minute|"
            r"a[ \t]+second|real[- ]time|same[- ]day|near[- ]zero|nil|overnight)\b",
        ),
        (
            ("instead", "rather", "from", "compared", "was", "previously"),
            ("instead of", "rather than", "from", "compared", "(was", "(previously"),
            r"instead of|rather than|down from|up from|compared|\((?:was|from|previously)",
            r"\b(?:" + _SPAN + r"|" + _CADENCE + r")\b[^.;!?\n\d]{0,30}?(?:\b(?:instead[ \t]+of|"
            r"rather[ \t]+than|down[ \t]+from|up[ \t]+from|compared[ \t]+(?:to|with))|\([ \t]*"
            r"(?:was|from|previously))[ \t]+(?:"
            # ("every night instead of a manual spreadsheet once a month"; not "compared
            # with prod retrieval each day", a cadence of the comparison)
            + r"(?!(?:each|per)\b)"
            + _W
            + r"){0,3}?(?:"
            + _SPAN
            + r"|"
            + _CADENCE
            # the unit told once: "2 days instead of 7", "in 2 weeks instead of 6"
            + r"|\d+(?:\.\d+)?(?!\w|[.,]\d)"
            + r")\b",
        ),
        (
            # a time of day instead of another: "the file now lands by 5:30am on average
            # versus 9:40am before", "now ends around 03:30 instead of after 09:00"
            ("instead", "versus", "vs", "rather", "compared"),
            (" instead of ", "versus ", " vs", "rather than ", "compared "),
            r"\d|noon|midnight|morning|afternoon|evening|day\b",
            # (after a word of something done or arriving: not "meet at 9am instead of 10")
            r"\b(?:now|land\w*|end(?:s|ed)?|finish\w*|done|ready|arriv\w*|out|complet\w*|"
            r"available|publish\w*|deliver\w*|ship\w*|runs?|ran)\b[^.;!?\n\d]{0,30}?"
            r"\b(?:by|at|around|before|until)[ \t]+(?:(?:about|around|roughly)[ \t]+|~[ \t]*)?"
            + _CLOCK
            + r"[^.;!?\n]{0,30}?\b(?:instead[ \t]+of|versus|vs\.?|rather[ \t]+than|"
            r"compared[ \t]+(?:to|with))[ \t]+(?:(?:after|around|about|at|by|before|late|"
            r"early)[ \t]+)?(?:" + _CLOCK + r"|\d{1,2}\b(?![.,:]?\d))",
        ),
        (
            # none now, against a count before: "no critical findings, down from 47 the first
            # time", "not one call-back was lost, against 23 in the quarter before"
            ("no", "zero", "none", "not"),
            ("from ", "against ", "versus ", " vs", "compared "),
            r"\b(?:no|zero|none|not)\b",
            r"\b(?:no|zero|none|not[ \t]+(?:a[ \t]+)?(?:one|single))\b[^.;!?\n\d]{0,60}?,?[ \t]+"
            r"(?:down[ \t]+from|against|versus|vs\.?|compared[ \t]+(?:to|with))[ \t]+"
            r"(?:(?:about|around|roughly|over)[ \t]+|~[ \t]*)?\d+(?:[.,]\d+)*",
        ),
        (
            # the old cadence, then the new after "now": "Category sales reports that ran
            # monthly now refresh hourly"
            ("now",),
            ("now ",),
            r"ly,? (?:and )?now ",
            r"\b(?:ran|run|runs|was|were|came|arrived|refreshed|updated|went[ \t]+out)[ \t]+"
            + _CADENCE
            + r"[ \t]*,?[ \t]+(?:and[ \t]+)?now[ \t]+(?:[\w-]+[ \t]+){0,2}?"
            + _CADENCE
            + r"\b",
        ),
        (
            # the time now, then the time it was: "lag now clears in mins, not hrs"
            ("not",),
            (" not ",),
            r"\bin \S+,? not ",
            r"\bin[ \t]+(?:"
            + _SPAN
            + r"|mins|secs|hrs)[ \t]*,?[ \t]+not[ \t]+(?:"
            + _SPAN
            + r"|mins|secs|hrs)\b",
        ),
        (
            ("from",),
            ("from",),  # ("from, like, two days to under an hour")
            r"from\W.{0,40}?to (?:under |below |less than |within |about |around |roughly )?"
            r"(?:an? |one |half a )",
            r"\bfrom\b[^.;!?\n\d]{1,40}?\bto[ \t]+(?:(?:under|below|less[ \t]+than|within|"
            r"about|around|roughly)[ \t]+)?(?:a|an|one|half[ \t]+a)[ \t]+(?:second|minute|"
            r"millisecond|hour|day)\b",
        ),
        (
            ("down",),
            ("down to ",),
            r"down to (?:an? |the |a few )?(?:afternoon|morning|day|hour|minute|few|same|seconds|"
            r"minutes|hours)",
            r"\b(?:it'?s|is|are|was|were|now|got|get\w*|brought|bring\w*|cut|took|went|came|"
            r"gone|has|have|had)[ \t]+(?:[\w']+[ \t]+){0,2}?"
            r"down[ \t]+to[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:afternoon|morning|day|hour|minute|"
            r"few[ \t]+(?:seconds|minutes|hours)|same[ \t-]+day|seconds|minutes|hours)\b",
        ),
        (
            None,
            ("\u2192", "->", "=>"),
            r"\u2192|->|=>",
            r"\b(?:" + _SPAN + r"|" + _CADENCE + r"|batch)\b[^.;!?\n\d]{0,20}?(?:\u2192|->|=>)"
            # "manual restarts: from daily \u2192 never since the upgrade"
            r"[ \t]*(?:" + _W + r"){0,2}?(?:" + _SPAN + r"|" + _CADENCE + r"|never|zero|none)\b",
        ),
        (
            ("swapped", "swapping", "replaced", "replacing", "traded", "exchanged"),
            ("for ", "with "),
            r"(?:for|with) (?:an? |the )?(?:" + _TIME_WORD + r")",
            # "replaced a monthly manual process with a daily automated one"
            r"\b(?:swapp(?:ed|ing)|replac(?:ed|ing)|traded|exchanged)[ \t]+(?:"
            + _W
            + r"){0,3}?"
            + _CADENCE
            + r"[ \t]+(?:"
            + _W
            + r"){0,4}?(?:for|with)[ \t]+(?:an?[ \t]+|the[ \t]+)?"
            + _CADENCE
            + r"\b",
        ),
        (
            ("used", "before", "previously"),
            ("used to ", "before", "previously"),
            r"(?:used to |before|previously).{0,200}?(?:\bnow\b|\btoday\b|these days|"
            r"by the time i left|\bafter\b|with (?:the|our|my) |got it|went to)",
            # "used to take a week to ship a fix; now it goes out the same day", "before,
            # the rules were updated weekly by hand; after the pipeline they update hourly"
            r"(?:\bused[ \t]+to[ \t]+[a-z]+|\b(?:before|previously)[,:]?)\b"
            r"[^.;!?\n]{0,60}?\b(?:"
            + _SPAN
            + r"|"
            + _CADENCE
            + r")\b[^\n]{0,160}?\b(?:now|today|these[ \t]+days|after|with[ \t]+the[ \t]+new|"
            # "with the test automation it's about an hour"
            r"with[ \t]+(?:the|our|my)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:automation|tool|pipeline|"
            r"bot|script|service|rewrite|model)|"
            r"by[ \t]+the[ \t]+time[ \t]+i[ \t]+left|"
            # "used to run weekly, and we got it running every hour", "it went to near real-time"
            r"got[ \t]+it|(?:it|that|this|we|they)[ \t]+went[ \t]+to)"
            r"\b[^.;!?\n]{0,120}?\b" + _END + r"\b",
        ),
        (
            ("took", "take", "takes", "taking"),
            ("now", "today", "these days"),
            r"(?:now|today|these days)[^.;!?\n]{0,30}?(?:seconds|minutes|milliseconds|an? |"
            r"overnight)",
            # a slow thing then, a quick one now: "it took hours for the big statements ...
            # now it's seconds per statement", "what took two analysts a full week now runs
            # in an afternoon", "took the finance team all week now runs overnight"
            r"\b(?:took|takes?|taking)[ \t]+(?:[\w']+[ \t]+){0,4}?(?:hours|days|weeks|minutes|"
            r"(?:a[ \t]+)?(?:full|whole|entire)[ \t]+(?:day|week)|all[ \t]+(?:day|week)|"
            r"an?[ \t]+(?:week|month|fortnight))\b"
            # "... now takes one person half a day"
            r"[^\n]{0,160}?\b(?:now|today|these[ \t]+days)\b[^.;!?\n]{0,30}?\b(?:seconds|minutes|"
            r"milliseconds|an?[ \t]+(?:minute|second|afternoon|morning)|overnight|"
            r"half[ \t]+(?:a[ \t]+day|an[ \t]+(?:hour|afternoon|morning)))\b",
        ),
        (
            ("no", "not", "zero"),
            ("no ", "not ", "zero "),
            # "no missed cut-off in the five months since", "not a single failed payroll run
            # in a year", "zero misses in the 5 months since the rewrite"
            r"(?:no|not a single|not one|zero) .{0,40}?(?:outage|incident|sev|p1|p0|breach|"
            r"data loss|"
            r"miss|fail|escalation|complaint|downtime|rollback|regression|chargeback|repeat|"
            r"recurrence)",
            r"\b(?:no|not[ \t]+a[ \t]+single|not[ \t]+one|zero)[ \t]+"
            r"(?:(?:[\w-]+[ \t]+){0,2}?(?:outages?|incidents?|sev-?[012]s?|p[01]s?|breaches|"
            r"rollbacks|data[ \t-]loss|misses|failures|escalations|complaints|downtime|regressions|"
            r"chargebacks|repeats?|recurrences?)"
            r"(?:[ \t]+[\w-]+){0,4}?[ \t]+(?:since|after|in|for|over|across|during|through)\b|"
            # "missed" and "failed" only over a span of time: "no failed login in the logs" is not
            r"(?:missed|failed)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]+(?:since\b|(?:in|for|over)[ \t]+"
            r"(?:the[ \t]+)?(?:last[ \t]+|past[ \t]+)?(?:[\w-]+[ \t]+)?(?:days?|weeks?|months?|"
            r"quarters?|years?|sprints?|releases?)\b))",
        ),
        (
            ("tenth", "fifth", "quarter", "third", "half"),
            # (the "a" is optional in the pattern: "cut it to third of its length")
            ("tenth", "fifth", "quarter", "third", "half"),
            r"tenth|fifth|quarter|third|half",
            r"\b(?:dropp\w*|drop|fell|fall\w*|cut|reduc\w*|went|brought|lower\w*|shr[ai]nk\w*|"
            r"got|shaved|trimm\w*|slash\w*|down)\b[^.;!?\n]{0,40}?"
            r"\b(?:less[ \t]+than|under|about|around|to|by|below)[ \t]+(?:a[ \t]+)?"
            r"(?:tenth|fifth|quarter|third|half)[ \t]+(?:of|what)\b",
        ),
        (
            ("half", "quarter", "third"),
            ("half", "quarter", "third"),
            r"(?:half|quarter|third) (?:of )?a (?:percent|point|pp)",
            # a fraction of a point changed: "cut false declines by half a percentage point"
            r"\bby[ \t]+(?:(?:about|around|roughly|almost|nearly|like|over|just[ \t]+over)[ \t]+)?"
            r"(?:half|a[ \t]+quarter|a[ \t]+third)[ \t]+(?:of[ \t]+)?a[ \t]+"
            r"(?:percentage[ \t]+point|percent(?:age)?|point|pp)\b",
        ),
        (
            ("since",),
            ("since",),
            r"since",
            # none of something bad since a change: "we haven't lost a single record since"
            r"\b(?:haven'?t|hasn'?t|have[ \t]+not|has[ \t]+not|never)[ \t]+(?:lost|dropped|"
            r"missed|had|seen|corrupted)[ \t]+(?:a[ \t]+single|one[ \t]+single|one|any)[ \t]+"
            r"(?:[\w-]+[ \t]+)?[\w-]+[ \t,]+since\b",
        ),
        (
            ("of",),
            ("budget",),
            r"budget",
            # An error budget's share used or left, once the budget is named: "we only used
            # about a quarter of it", "burned less than a third of the error budget", "ended
            # the quarter with about 60 percent of it left"
            r"\b(?:used|burn(?:ed|t)|spent|consumed|ate(?:[ \t]+through)?|"
            r"ended[^.;!?\n]{0,30}?\bwith)[ \t]+(?:only[ \t]+|just[ \t]+)?"
            # ("burned more than 2% of it" is how an alert's threshold reads: left out)
            r"(?:(?:about|around|roughly|under|barely|maybe|less[ \t]+than)[ \t]+)?"
            r"(?:a[ \t]+tenth|a[ \t]+fifth|a[ \t]+quarter|a[ \t]+third|half|two[ \t]+thirds|"
            r"\d+(?:\.\d+)?[ \t]*(?:%|percent|per[ \t]+cent))[ \t]+of[ \t]+"
            r"(?:it|(?:the|our|its|their)[ \t]+(?:[\w-]+[ \t]+)?(?:error[ \t]+)?budget)\b",
        ),
        (
            (
                *("downtime", "loss", "impact", "dropped", "incidents", "outages", "incident"),
                *("outage", "breach", "breaches"),
                *("accuracy", "quality", "precision", "recall"),
            ),
            (
                *("downtime", "data", "customer", "dropped", "incident", "outage", "breach"),
                *("accuracy", "quality", "precision", "recall"),
            ),
            r"downtime|data.loss|customer.impact|dropped|incident|outage|breach|"
            r"(?:loss|drop|compromise|degradation|regression) (?:in|of) "
            r"(?:accuracy|quality|precision|recall)",
            # "w/o downtime", "with no customer-facing incidents"
            r"(?:\b(?:no|without|with[ \t]+no|with[ \t]+zero)|\bw/o)[ \t]+"
            r"(?:downtime|data[ \t-]loss|customer[ \t-]impact|"
            r"dropped[ \t]+(?:requests|writes|events))\b|"
            r"(?:\b(?:without|with[ \t]+no|with[ \t]+zero)|\bw/o)[ \t]+"
            r"(?:(?:customer|user)-facing[ \t]+|p[0-2][ \t]+|sev-?[0-2][ \t]+|an?[ \t]+|any[ \t]+)?"
            r"(?:(?:slo|sla)[ \t]+)?(?:incidents?|outages?|breach(?:es)?)\b|"
            # "without any compromise in accuracy": a result held
            r"\b(?:no|without(?:[ \t]+any)?)[ \t]+(?:loss|drop|compromise|degradation|regression)"
            r"[ \t]+(?:in|of)[ \t]+(?:accuracy|quality|precision|recall)\b",
        ),
        (
            ("under", "below", "within", "than"),
            (
                *("under a", "below a", "within a", "than a", "under one", "within one"),
                *("under the", "below the", "within the", "than the"),
            ),
            r"(?:under|below|within|than) (?:a|an|one|half a|the) (?:second|minute|hour|day)",
            # A level said aloud once the change is made: "after the change it's under a
            # second", "now it's done within a day" (the before is told earlier)
            r"\b(?:now|afterwards|after[ \t]+(?:the|that|this|our|we|it|i)|today|these[ \t]+days|"
            r"since[ \t]+then|by[ \t]+the[ \t]+end|down[ \t]+to)\b"
            # ("... should be under a second" is a target: left out)
            r"(?:(?!\b(?:should|must|needs?|has[ \t]+to|have[ \t]+to|target|goal|aim)\b)"
            r"[^.;!?\n]){0,60}?\b(?:under|below|within|less[ \t]+than)[ \t]+"
            r"(?:a|an|one|half[ \t]+a|the)[ \t]+(?:second|minute|hour|day)\b",
        ),
        (
            ("back",),
            ("back",),
            r"back",
            # Time handed back to people: "analysts get back about half a day each per
            # week", "we gave them those two days back", "getting their Monday mornings back"
            r"\b(?:gave|give|gives|giving|got|get|gets|getting|took|takes|taking|handed|hands)"
            r"[ \t]+(?:[\w'-]+[ \t]+){0,3}?back[ \t]+(?:about[ \t]+|around[ \t]+|roughly[ \t]+|"
            r"nearly[ \t]+|almost[ \t]+|over[ \t]+|something[ \t]+like[ \t]+|like[ \t]+|"
            r"maybe[ \t]+|~[ \t]*)?(?:half[ \t]+a[ \t]+day|" + _DAY_AND_A_HALF + r"|"
            r"a[ \t]+(?:full[ \t]+)?day|an?[ \t]+hour|"
            r"(?:a|one|two|three|four|five|\d+)[ \t-]+"
            r"(?:days?|hours?|afternoons?|mornings?|weeks?))\b"
            r"(?![ \t]+(?:later|earlier|after|before|ago|late))|"
            r"\b(?:gave|give|gives|giving|got|get|gets|getting)[ \t]+(?:[\w'-]+[ \t]+){0,4}?"
            r"(?:days?|hours?|mornings?|afternoons?|evenings?|weekends?)[ \t]+back\b",
        ),
        (
            (*("save", "saved", "saves", "saving", "freed", "frees", "shaved", "shaves"),),
            (
                "half",
                "a day",
                "an hour",
                "a week",
                "a morning",
                "an afternoon",
                "a full",
                "a whole",
            ),
            r"(?:sav|free|shav)\w* (?:\S+ ){0,8}?(?:half|an?) ",
            # Time saved, said in words, for a period or for people: "saved about half a
            # day per sprint for each of 7 developers", "frees up a full day a week"
            # (a saving foreseen is no outcome: "would save each developer an hour a day")
            r"(?<!would )(?<!could )(?<!might )(?<!should )(?<!will )(?<!'d )(?<!'ll )(?<!to )"
            r"\b(?:sav(?:e|ed|es|ing)|fre(?:ed|es|eing)[ \t]+up|shav(?:e|ed|es|ing))[ \t]+"
            # whom: "the network team", "paralegals", "each of our 9 travel consultants"
            r"(?:(?:us|them|him|her|me|(?:the|our|my|their)[ \t]+(?:[\w-]+[ \t]+)?team|everyone|"
            r"each(?:[ \t]+[\w'\u2019-]+){1,5}?|" + _PLURAL_NOT_TIME + r")[ \t]+)?"
            r"(?:(?:about|around|roughly|nearly|almost|over|like|something[ \t]+like|maybe|"
            r"up[ \t]+to|at[ \t]+least)[ \t]+)?"
            + _PART_OF_DAY
            # (a week of work or engineer time; not "saved a week of logs")
            + r"[ \t]+(?:(?:a|per|each|every)\b|of[ \t]+(?:[\w-]+[ \t]+)?(?:time|work|effort|toil|"
            r"engineer|analyst|developer|manual)\w*)",
        ),
        (
            # the cadence now, then what it was when the writer came: "the assimilation
            # cycle now runs hourly; when I started it was every three hours"
            ("now",),
            ("when i ", "when we "),
            r"now (?:runs|refreshes|updates|lands|arrives|ships|happens|is|goes out) ",
            r"\bnow[ \t]+(?:runs|refreshes|updates|lands|arrives|ships|happens|is|goes[ \t]+out)"
            r"[ \t]+(?:only[ \t]+)?(?:" + _CADENCE + r")\b[^!?\n]{0,60}?\bwhen[ \t]+(?:i|we)[ \t]+"
            r"(?:started|joined|arrived|came[ \t]+in|took[ \t]+(?:it[ \t]+)?over)[ \t,]+"
            r"(?:it|that|this|they)[ \t]+(?:was|were|ran|came)[ \t]+(?:running[ \t]+|out[ \t]+)?"
            r"(?:" + _CADENCE + r"|every[ \t]+(?:[\w-]+[ \t]+)?"
            r"(?:minutes|hours|days|weeks|months))\b",
        ),
        (
            ("left",),
            ("by the time i left", "by the time we left", "when i left", "when we left"),
            r"(?:ran|runs|run|was|were|happened|went out) (?:only )?\S+",
            # a cadence then, and where it was at the end: "the data refresh ran weekly,
            # and by the time I left it was hourly"
            r"\b(?:ran|runs|run|was|were|happened|went[ \t]+out)[ \t]+(?:only[ \t]+)?"
            # ("ran weekly, and when I left it was running hourly")
            r"(?:" + _CADENCE + r")\b[^!?\n]{0,80}?\b(?:by[ \t]+the[ \t]+time|when)[ \t]+"
            r"(?:i|we)[ \t]+"
            r"left[ \t,]+(?:it|that|this|they|we)[ \t]+(?:was|were|ran|had)[ \t]+"
            r"(?:running[ \t]+|going[ \t]+|gone[ \t]+)?(?:" + _CADENCE + r")\b",
        ),
        (
            ("thing", "affair", "ceremony", "ritual", "event", "exercise"),
            ("thing", "affair", "ceremony", "ritual", "event", "exercise"),
            r"(?:" + _CADENCE + r") (?:thing|affair|ceremony|ritual|event|exercise)",
            # A cadence then, another now, a sentence or two apart: "releases were a
            # monthly thing with a change board ... By the time I left we were deploying daily"
            r"\b(?:" + _CADENCE + r")[ \t]+(?:thing|affair|ceremony|ritual|event|exercise)\b"
            r"[^!?\n]{0,200}?\b(?:by[ \t]+the[ \t]+time[ \t]+(?:i|we)[ \t]+left|now|nowadays|"
            r"these[ \t]+days|today)\b[^.;!?\n]{0,40}?\b(?:" + _CADENCE + r"|"
            r"(?:several|multiple)[ \t]+times[ \t]+a[ \t]+day)\b",
        ),
        (
            ("since",),
            ("since",),
            r"(?:n't|not|never) (?:fired|paged|gone off|triggered|tripped|broken|failed|crashed)",
            # "the SLA-miss alerts haven't fired since": what stopped happening
            r"\b(?:haven't|hasn't|have[ \t]+not|has[ \t]+not|never)[ \t]+(?:once[ \t]+)?"
            r"(?:fired|paged|gone[ \t]+off|triggered|tripped|broken|failed|crashed)[ \t]+"
            r"(?:once[ \t]+)?since\b",
        ),
        (
            ("saved", "saves", "saving", "freed", "frees", "freeing"),
            ("saved", "saves", "saving", "freed", "frees", "freeing"),
            r"sav(?:ed|es|ing)|free(?:d|s|ing)",
            # person-time saved in words: "freed about half a day of a QA engineer every
            # release", "saves the team a day a week"
            r"\b(?:sav(?:ed|es|ing)|free(?:d|s|ing)(?:[ \t]+up)?)[ \t]+"
            # whom: "us", "the team", "analysts", "each new QA joiner"
            r"(?:(?:us|me|them|the[ \t]+(?:[\w-]+[ \t]+)?team|each(?:[ \t]+[\w-]+){1,5}?|"
            + _PLURAL_NOT_TIME
            + r")[ \t]+)?"
            r"(?:about[ \t]+|around[ \t]+|roughly[ \t]+|nearly[ \t]+|~[ \t]*)?"
            r"(?:half[ \t]+an?[ \t]+fte\b|"
            + _PART_OF_DAY
            # whose time ("of a QA engineer") or how often; not "a week of access logs"
            + r"[ \t]+(?:a|per|every|each|of[ \t]+(?:(?:a|an|the|one|our|my|each)[ \t]+)?"
            r"(?:[\w-]+[ \t]+){0,2}?(?:engineer|analyst|developer|person|people|staff|team|"
            r"tester|manual[ \t]+work|work|effort|toil|time|setup|set-up|onboarding|rework|"
            r"re-keying|admin|paperwork)s?)\b)",
        ),
        (
            ("since",),
            ("needed since", "required since"),
            r"(?:needed|required) since",
            # "none needed since go-live", "no manual re-runs needed since the cut-over"
            r"\b(?:none|no[ \t]+(?:[\w-]+[ \t]+){0,3}?[\w-]+)[ \t]+"
            r"(?:(?:have|has)[ \t]+been[ \t]+|(?:were|was)[ \t]+)?(?:needed|required)[ \t]+since\b",
        ),
        (
            ("disappeared", "vanished", "away"),
            ("disappeared", "vanished", "went away"),
            r"disappeared|vanished|went away",
            # "cold starts basically disappeared": a count that went to nothing
            r"\b(?:cold[ \t]+starts|errors|timeouts|crashes|incidents|pages|alerts|tickets|"
            r"complaints|failures|outages|retries|duplicates|deadlocks|stalls|escalations|"
            r"freezes|hangs)\b"
            # "mostly went away" tells no amount, only that some of it went
            r"[^.;!?\n]{0,40}?(?<!mostly[ \t])(?<!largely[ \t])(?<!partly[ \t])"
            r"(?<!somewhat[ \t])(?<!partially[ \t])"
            r"\b(?:disappeared|vanished|went[ \t]+away)\b",
        ),
        (
            ("factor",),
            ("factor",),
            r"factor",
            # "cut costs by factor 50", "a factor of 3 faster": a ratio in words
            r"\b(?:by|of)[ \t]+(?:a[ \t]+)?factor[ \t]+(?:of[ \t]+)?(?:~|about[ \t]+|around[ \t]+|"
            r"over[ \t]+|almost[ \t]+|nearly[ \t]+)?\d+(?:[.,]\d+)?\b",
        ),
        (
            ("sub",),
            ("sub-second", "sub-minute", "sub-millisecond", "sub second"),
            r"to sub.(?:second|minute|millisecond)",
            # "we got the sensor pipeline to sub-second latency": a level reached, in words
            r"\b(?:got|get\w*|brought|bring\w*|cut|reduc\w*|took|drove|pushed|sped|speed\w*|"
            r"lower\w*|dropp\w*|went)\b[^.;!?\n]{0,50}?\bto[ \t]+sub[- ](?:second|minute|"
            r"millisecond)\b",
        ),
        (
            ("tens", "hundreds", "thousands", "dozens"),
            ("times",),
            r"(?:tens|hundreds|thousands|dozens) of times",
            # a ratio said as a round plural: "hundreds of times faster"
            r"\b(?:tens|hundreds|thousands|dozens)[ \t]+of[ \t]+times[ \t]+(?:faster|quicker|"
            r"cheaper|smaller|larger|more|fewer|less|higher|lower)\b",
        ),
        (
            ("lowest", "worst", "bottom", "last"),
            ("highest", "best", "top"),
            r"(?:lowest|worst|bottom|last).{0,80}?(?:highest|best|top)",
            # a rank changed, in words: "from the lowest satisfaction scores in the
            # company to one of the highest"
            r"\bfrom[ \t]+(?:the[ \t]+|our[ \t]+)?(?:lowest|worst|bottom|last)\b[^.;!?\n\d]{0,80}?"
            r"\bto[ \t]+(?:one[ \t]+of[ \t]+|among[ \t]+)?(?:the[ \t]+)?(?:highest|best|top)\b",
        ),
        (
            (
                *("won", "winning", "wins", "took", "secured", "awarded", "earned", "received"),
                *("placed", "finished", "came", "ranked", "ranking"),
            ),
            ("first", "second", "third", "fourth", "fifth"),
            r"first|second|third|fourth|fifth",
            # a place won, in words, as "won 1st place" is in digits: "won first place at
            # DubHacks", "placed second in the regional final"
            r"\b(?:(?:won|winning|wins|took|secured|awarded|earned|received)[ \t]+(?:the[ \t]+)?"
            r"(?:first|second|third)[ \t]+(?:place|prize)|(?:placed|finished|came|ranked|ranking)"
            r"[ \t]+(?:first|second|third|fourth|fifth)(?![ \t]+" + NOT_A_PLACE + r"))\b",
        ),
        (
            ("twice", "thrice"),
            ("twice", "thrice"),
            r"twice|thrice",
            r"\b(?:twice|thrice)[ \t]+the[ \t]+(?:throughput|speed|traffic|volume|capacity|"
            r"coverage|accuracy|revenue|conversions?|users|output)\b",
        ),
        (
            None,
            ("eliminat",),
            r"eliminat",
            r"\beliminat\w*[ \t]+(?:all|every)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:incidents?|p[0-3]s?|"
            r"sev-?[0-3]s?|"
            r"outages?|errors?|failures?|manual|regressions?|escalations?|pages|tickets|defects?|"
            r"restarts?)\b"
            # "eliminated timeouts on large uploads": failures of a system brought to none
            r"|\beliminat\w*[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:timeouts|outages|crashes|"
            r"deadlocks|hangs|freezes|double[ \t-]charges|duplicate[ \t]+charges)\b",
        ),
        (
            ("zero", "0"),
            ("zero", "0 ", "0-"),
            r"zero|(?<![\w.,])0[ -]",
            r"(?:\bzero|(?<![\w.,])0)[ \t-](?:[\w]+(?:[-/][\w]+)?[ \t]+){0,2}?"
            r"(?:downtime|incidents?|"
            r"outages?|defects?|errors?|"
            r"regressions?|data[ \t-]loss|dropped|failed|failures?|lost|missed|manual|pages|"
            r"escalations|"
            r"critical|sev-?\d+s?|p[01]s?|customer[ \t-]impact|false[ \t-]negatives?|"
            r"rollbacks?|breaches|security[ \t-]incidents?|duplicates?|duplicate[ \t]+[\w-]+|"
            r"crash(?:es)?|hangs|freezes|timeouts|hallucinations?|discrepanc(?:y|ies)|"
            r"disruptions?|double[ \t-]charges?|mismatch(?:es)?|rejects?|violations?)\b"
            # "0 mispriced orders reached customers", "zero bad approvals came from it"
            r"|(?:\bzero|(?<![\w.,])0)[ \t](?:bad|wrong|incorrect|mispriced|erroneous|fraudulent|"
            r"corrupted|late|unplanned|stale|false|leaked)[ \t]+[a-z][\w-]*"
            # what is left of a problem: "zero shared passwords left in the team vaults"
            r"|(?:\bzero|(?<![\w.,])0)[ \t](?:[\w-]+[ \t]+){0,2}?[a-z][\w-]*s[ \t]+"
            r"(?:left|remaining|remain|outstanding)\b",
        ),
        (
            (
                *("faster", "more", "fewer", "less", "cheaper", "higher", "lower", "larger"),
                *("smaller", "quicker", "speed", "speedup", "improvement", "increase"),
                *("throughput", "boost", "gain", "per"),
            ),
            ("x", "\u00d7"),
            r"[x\u00d7]\d",
            r"(?<![\w.])[x\u00d7]\d+(?:\.\d+)?(?=[ \t]+(?:faster|more|fewer|less|cheaper|"
            r"higher|lower|larger|smaller|quicker|speed-?up|improvement|increase|throughput|boost|"
            r"gain)\b|[ \t]+[\w-]+[ \t]+per\b)"  # "x2.5 orders per picker-hour"
            r"|(?<=throughput )[x\u00d7]\d+(?:\.\d+)?\b|(?<=speed )[x\u00d7]\d+(?:\.\d+)?\b",
        ),
        (
            ("instead",),
            ("instead of",),
            r"instead of \d",
            # a time of day moved: "reports now ready by 9am instead of 3pm"
            r"\b\d{1,2}(?::\d\d)?[ \t]*[ap]\.?m\.?[ \t]+instead[ \t]+of[ \t]+"
            r"\d{1,2}(?::\d\d)?[ \t]*[ap]\.?m\b\.?",
        ),
        (
            ("used", "was", "were", "took"),
            ("now", "it's", "it\u2019s", "it is", "by the time", "it took", "it takes"),
            r"\bnow\b|it's|it\u2019s|it is|by the time i left|it took|it takes",
            # a span or a cadence then, another one now, told across a clause: "the
            # settlement report was weekly, and after the new reconciliation it's daily",
            # "retraining was done like once a quarter ... now it retrains every week",
            # "used to take weeks ... it's down to a couple of days now"
            # (not a plan: "the plan was to take the VaR run from overnight to intraday")
            r"\b(?:used[ \t]+to[ \t]+(?:take|run|be|happen)|was|were|took)(?![ \t]+to\b)[ \t,]+"
            # ("retraining was, like, whenever the data scientist remembered, maybe quarterly")
            r"(?:[\w',]+[ \t]+){0,8}?(?:"
            + _SPAN
            + r"|"
            + _CADENCE
            # (not a course's length: "Took a 40-hour Rust course; now ~10 hours a week on ...")
            + r")\b(?![ \t]+(?:[\w-]+[ \t]+)?(?:course|training|bootcamp|certification|class|"
            r"workshop|programme|program)s?\b)"
            # ("it's", not "its": "compare its top results ... every morning")
            r"[^\n]{0,160}?\b(?:it(?:'|\u2019)s|it[ \t]+is|now|"
            r"by[ \t]+the[ \t]+time[ \t]+i[ \t]+left|"
            r"(?:it|that|this)[ \t]+(?:took|takes))\b[^.;!?\n]{0,40}?\b(?:"
            + _SPAN
            + r"|"
            + _CADENCE
            + r")\b",
        ),
        (
            ("down", "cut", "reduced", "dropped", "fell", "brought"),
            (" to ",),
            r" to (?:\w+ )?(?:an?|one|half) ",
            # a span reached in words: "the analytics showed it down to maybe an hour a week"
            r"\b(?:down|cut|reduced|dropped|fell|brought[ \t]+(?:it|that|them)[ \t]+down)"
            r"[ \t]+to[ \t]+"
            r"(?:(?:maybe|about|around|roughly|just|under|less[ \t]+than)[ \t]+)?"
            r"(?:an?|one|half[ \t]+an?)[ \t]+(?:hour|day|minute|week|afternoon|morning)\b",
        ),
        (
            # a cadence found, then the one it was made: "The VaR backtest was weekly when I
            # got there. We made it daily", "Map updates were weekly ... We got it to daily"
            ("was", "were", "ran"),
            ("made it ", "got it ", "moved it ", "took it ", "brought it "),
            r"(?:made|got|moved|took|brought) it (?:to |down to |up to )?\S+ly\b",
            r"\b(?:was|were|ran)[ \t]+(?:only[ \t]+)?(?:" + _CADENCE + r")\b[^!?\n]{0,120}?"
            r"\b(?:we|i)[ \t]+(?:made|got|moved|took|brought)[ \t]+(?:it|that|them|this)[ \t]+"
            r"(?:(?:down|up)[ \t]+)?(?:to[ \t]+)?(?:" + _CADENCE + r")\b",
        ),
        (
            # the cadence now, then what it was before: "the spam-ring job runs hourly now
            # ... Before, it was, um, whenever someone on the policy team remembered"
            ("now",),
            ("before",),
            r"ly now\b",
            r"\b(?:" + _CADENCE + r")[ \t]+now\b[^!?\n]{0,120}?\bbefore\b[ \t,]+"
            r"(?:it|that|this|they)[ \t]+(?:was|were|ran)[ \t,]+"
            r"(?:(?:um|uh|like|basically),[ \t]+)?(?:" + _CADENCE + r"|ad[ \t-]hoc|manual(?:ly)?|"
            r"whenever[ \t]+(?:[\w-]+[ \t]+){0,5}?(?:remembered|had[ \t]+time|asked))\b",
        ),
        (
            _X_VERBS,
            ("x", "\u00d7"),
            r"[x\u00d7]\d",
            # the ratio right after a verb of change: "flaky UI tests cut x3", "boosted x2"
            r"\b(?:" + "|".join(_X_VERBS) + r")[ \t]+(?:by[ \t]+)?(?:~[ \t]*)?"
            r"[x\u00d7]\d+(?:\.\d+)?(?![\w.])",
        ),
    )
)


def find(text: str, start: int, end: int, low: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of every change in words in text[start:end], sorted; ``low`` is that
    text lowercased and ``words`` its words (runs of word characters), or more words.
    Two patterns can read the same words: both spans are kept."""
    spans: list[tuple[int, int]] = []
    for needed, keys, hint, pattern in PATTERNS:
        if needed is not None and needed.isdisjoint(words):
            continue
        for key in keys:
            if key in low:
                if _compiled(hint).search(low):
                    found = _compiled(pattern).finditer(text, start, end)
                    spans.extend(match.span() for match in found)
                break
    if len(spans) > 1:
        spans.sort()
    return spans


_COMPILED: dict[str, re.Pattern[str]] = {}


def _compiled(source: str) -> re.Pattern[str]:
    pattern = _COMPILED.get(source)
    if pattern is None:
        pattern = _COMPILED[source] = re.compile(source)
    return pattern
