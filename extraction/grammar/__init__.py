"""The grammar of the extraction: every pattern the NLP matches, named, in one package.

The words of the language live in the data files (extraction/lexicon/*.toml); the shapes they are
arranged in (a result verb, then a bound, then a number; a plan word and its qualifiers closing a
phrase) live here, one module per part of the reading:

- `plans`: what tells a plan from a result (cues.py reads through it), `statements`: the roles of the
  numbers of a clause (its share of the plan, its plan in brackets, its growth, a size);
- `periods`: years, terms, parts of a year, comparisons; `article`: the walk of an article (headlines,
  reviews and plans, congress wording);
- `places`: units and their prefixes, the newspaper; `sections`: where a unit's section starts;
- `numbers`: numbers and their units; `text`: words, sentences, list markers, directions, items;
- `scorecards`: "15/24 chỉ tiêu đạt và vượt" in the shapes papers print; `documents`: files and saved pages.

The NLP modules import their patterns from here; no regular expression is written anywhere else in
extraction/. A grammar module imports only this package and the lexicon.

`pattern` compiles a named shape; `needs` derives from a compiled pattern the words one of which any
match must contain, so a cheap substring test can skip texts the pattern cannot match. It is computed
from the pattern itself, never kept by hand beside it.
"""

from __future__ import annotations

import re
from functools import cache

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse as _sre_parse  # type: ignore[no-redef]

IGNORE_CASE = re.IGNORECASE

# Shared pieces of several shapes, spelled once.
YEAR = r"((?:19|20)\d\d)"  # a year of the periods the tracker knows
DASH = r"[-–—]"  # the dashes of "2020 - 2025", "1 – 1,5%"


def pattern(regex: str, flags: int = IGNORE_CASE) -> re.Pattern[str]:
    """A compiled shape (case-insensitive unless told otherwise: papers print the same words in any case)."""
    return re.compile(regex, flags)


def may_match(needs: tuple[frozenset[str], ...], lowered: str) -> bool:
    """Whether a lower-cased text holds, for each group of `needs`, one of the group's words."""
    contains = lowered.__contains__  # map() over a bound method: no generator frame per word
    for group in needs:
        if not any(map(contains, group)):
            return False
    return True


@cache
def needs(compiled: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """The speed pre-check of a pattern: groups of lower-case words, one word of each group occurring in
    every text the pattern matches (an empty tuple when nothing can be required).

    Derived from the parsed pattern: a literal run is required; an alternation requires one of what its
    branches require; a repeat that may be absent, a character class or a look-around requires nothing."""
    tree = _sre_parse.parse(compiled.pattern, compiled.flags)
    groups: list[frozenset[str]] = []
    _required(list(tree), groups)  # each element of the top-level sequence is required on its own
    groups = [g for g in groups if g and all(w.strip() for w in g)]
    if compiled.flags & re.IGNORECASE:
        # letters whose case folding str.lower() does not mirror: no safe substring test for that group
        groups = [g for g in groups if not any(_odd_case(w) for w in g)]
    groups.sort(key=lambda g: (len(g), -min(len(w) for w in g)))
    return tuple(dict.fromkeys(groups))[:3]


def _required(items: list, every: list[frozenset[str]] | None = None) -> frozenset[str] | None:
    """Words one of which every match of the sequence `items` contains (None: no such words); with `every`,
    the requirement of each element of the sequence is also collected there."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def note(found: frozenset[str] | None) -> None:
        nonlocal best
        best = _better(best, found)
        if every is not None and found:
            every.append(found)

    def close_run() -> None:
        if run:
            note(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        close_run()
        if name == "SUBPATTERN":
            note(_required(list(av[-1])))
        elif name == "BRANCH":
            branches = [_required(list(b)) for b in av[1]]
            if all(branches):
                note(frozenset().union(*branches))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            note(_required(list(av[2])))
        elif name == "ATOMIC_GROUP":
            note(_required(list(av)))
    close_run()
    return best


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: fewer alternatives, then longer shortest word."""
    if not b or any(not w.strip() for w in b):
        return a
    if not a:
        return b
    key = lambda s: (len(s), -min(len(w) for w in s))  # noqa: E731
    return b if key(b) < key(a) else a


def _odd_case(word: str) -> bool:
    return any(c.upper().lower() != c or c.lower() != c.casefold() for c in word if c.isalpha())
