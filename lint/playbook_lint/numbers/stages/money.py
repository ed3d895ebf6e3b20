"""Money: a result, or a price, a budget, pay or a bill, which are not."""

from __future__ import annotations

import re

from playbook_lint.numbers.candidate import (
    Candidate,
    Decision,
)
from playbook_lint.numbers.reasons import Reason
from playbook_lint.numbers.stages._shared import (
    _BILL_AFTER,
    _BRACKET_BEFORE,
    _CHANGE_VERB_BEFORE,
    _CURRENCY_CODES,
    _CURRENCY_WORDS,
    _EACH_AFTER,
    _ESTIMATED_MONEY_BEFORE,
    _FUNDS_AFTER,
    _FUNDS_BEFORE,
    _MONEY_AFTER,
    _NOT_BOUGHT_BEFORE,
    _PAID_FOR_BEFORE,
    _PERCENT,
    _PRICE_SET_BEFORE,
    _PRICED_BEFORE,
    _SPEND_NOUN_BEFORE,
    _SPENT_BEFORE,
    _SPENT_HEDGED,
    _UNIT_PRICE_AFTER,
    _arrow_near,
    _at_before,
    _pay_told,
    _year_number,
)


def pay(c: Candidate) -> Decision | None:
    """A person's own pay is not a result of their work: 'Current CTC: 18 LPA', 'Salary
    expectation €85-95k', 'Current package 58k€ brut + 10% bonus', 'Comp: US$385k TC'.
    Only amounts are read (money, a bare 'k', a share of bonus): '4k HR staff use the
    salary tool' is people."""
    if not (
        c.cur
        or c.token in _CURRENCY_CODES
        or c.token in _CURRENCY_WORDS  # "my current package is eighty-five thousand pesos"
        or c.token == "euro"  # "looking at around 95 to 105k euro"
        # "Looking for 25k+ AED/month": the code glued to its period
        or c.token.partition("/")[0] in _CURRENCY_CODES
        or c.token in _PAY_UNITS
        or (c.token in _PERCENT and _BONUS_AFTER.match(c.text, c.unit_stop, c.limit))
        or (c.mag and c.token in ("", "+", "€", "£", "$"))
        # said aloud: "my comp right now is two point four million Hong Kong dollars", "around
        # a hundred and ten K"
        or (c.spelled and c.num.lower().endswith(("thousand", "million")))
        or (c.mag and c.mag.strip().lower() in ("million", "thousand"))
        or (c.spelled and c.mag)
    ):
        return None
    if not (
        _pay_told(c.text, c.scan.words(), (c.start, c.end, c.unit_stop), c.limit)
        or (c.token in _PERCENT and _PAY_CHANGE_AFTER.match(c.text, c.unit_stop, c.limit))
    ):
        return None
    if c.before(_CHANGE_VERB_BEFORE, 50) or c.before(_MONEY_MADE_BEFORE, 50):
        return None  # "cut salary-processing errors by $40k": a result
    amount = c.token in _PAY_UNITS or c.token in _CURRENCY_CODES or c.token in _PERCENT
    return Decision(Reason.PAY, c.unit_stop if amount else c.end)


_PAY_UNITS = frozenset({"k", "lpa", "lakh", "lakhs", "l", "m"})
# A currency sign after a magnitude: "budget ~350 k\u20ac", "1.4M\u20ac fixed-price"
_SIGN_AFTER = re.compile(r"[ \t]?[\u20ac\u00a3](?![\w\u20ac\u00a3])")
_BONUS_AFTER = re.compile(
    r"(?i:[ \t]+(?:annual[ \t]+)?(?:bonus|raise|hike|increment|pay[ \t]+(?:cut|rise|raise))\b)"
)
# A change to one's own pay names pay by itself: "even with a 20% pay cut"
_PAY_CHANGE_AFTER = re.compile(r"(?i:[ \t]+pay[ \t]+(?:cut|rise|raise)\b)")


def money(c: Candidate) -> Decision | None:
    """Money counts ($200k saved, $1.2M revenue); money paid or a price is not a result
    ('paid $30k for the licence', 'costs $0.002 per query')."""
    sign = _SIGN_AFTER.match(c.text, c.end, c.limit) if c.mag and not c.cur else None
    if (
        not c.cur
        and sign is None
        and not (c.token in _CURRENCY_CODES and c.next is not None and not c.dashed)
        # "a grant of about four hundred thousand euros": money said in words (not a year:
        # "after the 2023 naira redesign")
        and not (c.token in _CURRENCY_WORDS and c.next is not None and not _year_number(c.num))
    ):
        return None  # money is "$200k", "350 k€", or "8 crore INR" with the code after it
    if (c.prev in _SPENT_BEFORE or c.before(_SPENT_HEDGED, 24)) and not _MONEY_CHANGED_AFTER.match(
        c.text, c.unit_stop, c.limit
    ):
        found = c.next
        stop = found.end() if found and found.group("tok").lower() in ("k", "m", "b") else c.end
        return Decision(Reason.SPEND, sign.end() if sign else stop)
    stop = sign.end() if sign else c.end
    found = c.next
    if found and found.group("tok").lower() in _MONEY_AFTER:
        stop = found.end()
    if (_FUNDS_AFTER.match(c.text, stop, c.limit) or c.before(_FUNDS_BEFORE, 80)) and not (
        # "cut the licence cost by about $45k a year": the amount a change made (a grant
        # won or secured stays funds)
        c.before(_CHANGE_VERB_BEFORE, 60)
    ):
        return Decision(Reason.FUNDS, stop)
    if (
        _BILL_AFTER.match(c.text, stop, c.limit)
        # "Saved $2M in server costs", "€3.1k/month lower AWS bill": a result
        and not c.before(_CHANGE_VERB_BEFORE, 60)
        and not c.before(_MONEY_MADE_BEFORE, 60)
        and not _MONEY_CHANGED_AFTER.match(c.text, stop, c.limit)
    ):
        return Decision(Reason.SPEND, stop)  # "a ₹40 lakh monthly AWS bill": what was paid
    if c.before(_ESTIMATED_MONEY_BEFORE, 40):
        return Decision(Reason.INTENT, stop)  # "business case estimated $1M savings"
    if (
        c.before(_SPEND_NOUN_BEFORE, 60) or _UNIT_PRICE_AFTER.match(c.text, stop, c.limit)
    ) and not (
        c.before(_CHANGE_VERB_BEFORE, 60)
        or c.before(_MONEY_MADE_BEFORE, 60)
        or _arrow_near(c.text, c.start, stop, c.limit)
        or _MONEY_CHANGED_AFTER.match(c.text, stop, c.limit)
    ):
        return Decision(Reason.SPEND, stop)  # "cloud spend of ~€6k/month", "<€0.004/GB"
    if (
        (
            _at_before(c.text, c.start)
            and (_EACH_AFTER.match(c.text, stop, c.limit) or c.before(_PRICED_BEFORE, 60))
        )
        or (
            # "at CHF 900/day"; "Contract: 3 days/wk, inside IR35, £550/day"
            (_at_before(c.text, c.start) or c.before(_CONTRACT_BEFORE, 80))
            and _PER_TIME_AFTER.match(c.text, stop, c.limit)
        )
        or (
            # "Bought & configured 60 Chromebooks (~£280 each)"
            _EACH_AFTER.match(c.text, stop, c.limit) and c.before(_PAID_FOR_BEFORE, 60)
        )
        # the price of what was bought, in brackets: "Procured 2x DGX H100 (AUD 1.1M)"
        # ("avoided buying 24 extra GPU nodes (~$1.1M)" is a saving)
        or (
            c.before(_BRACKET_BEFORE, 10)
            and c.before(_PRICED_BEFORE, 60)
            and not c.before(_NOT_BOUGHT_BEFORE, 70)
        )
        or (
            c.before(_PRICE_SET_BEFORE, 70)
            and not c.before(_CHANGE_VERB_BEFORE, 70)
            and not c.before(_MONEY_MADE_BEFORE, 70)
        )
    ):
        # "bought 120 devices at $499 each"; "priced the tiers at $1,500 / $4,000", "my day
        # rate was around 1,200 euros", "avg contract 18k/yr": prices, not results
        return Decision(Reason.SPEND, stop)
    return Decision(Reason.MONEY, stop)


# A rate for time, after "at": "3 days/week at CHF 900/day", "at $85/hour"
_PER_TIME_AFTER = re.compile(r"(?i:[ \t]*(?:/|per[ \t]+|an[ \t]+|a[ \t]+)(?:day|hour|hr|h)\b)")
_CONTRACT_BEFORE = re.compile(r"(?i:\b(?:contract(?:or)?|freelance|ir35|billed|rate)\b[^.;\n]*$)")
# A cost told as changed after it: "scrap cost ~¥2.4M/month lower"
_MONEY_CHANGED_AFTER = re.compile(
    r"(?i:(?:[ \t]*/[ \t]*[a-z]+|[ \t]+(?:a|per)[ \t]+[a-z]+)?[ \t]+"
    r"(?:lower|less|cheaper|down|saved)\b)"
)
# Money a piece of work brought in, after a word of price: "the new tier drove $1.2M ARR"
_MONEY_MADE_BEFORE = re.compile(
    r"(?i:\b(?:drove|driv\w*|generat\w*|brought|add\w*|won|clos(?:e|ed|es|ing)|land\w*|earn\w*|made|"
    r"grew|lift\w*|unlock\w*|recover\w*|secur\w*|sav\w*)\b[^.;\n]*$)"
)
