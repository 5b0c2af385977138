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


def pattern(regex: str | bytes, flags: int = IGNORE_CASE) -> re.Pattern:
    """A compiled shape (case-insensitive unless told otherwise: papers print the same words in any case).

    A case-insensitive shape gets a lookahead for the characters its matches can open with: under IGNORECASE
    the regex engine builds no quick scan for a cased first letter and tries the whole shape at every position
    of a text. The lookahead only restates what the shape requires, so the matches are the same."""
    lead = _lead(regex, flags)
    if lead is not None:
        try:
            compiled = re.compile(f"{lead}(?:{regex})", flags)
        except re.error:  # global inline flags ("(?i)...") must open the expression: left as written
            return re.compile(regex, flags)
        _SOURCES[compiled] = regex  # `needs` reads the shape as written, without the lookahead
        return compiled
    return re.compile(regex, flags)


# The shapes as written, of the patterns `pattern` gave a lookahead.
_SOURCES: dict[re.Pattern[str], str] = {}


def _lead(regex: str | bytes, flags: int) -> str | None:
    """The lookahead "(?=[...])" of the characters every match of `regex` opens with, or None where it would not
    help: a case-sensitive, verbose or bytes shape, or none of those characters a cased letter (the engine
    scans for those itself)."""
    if not isinstance(regex, str) or not flags & re.IGNORECASE or flags & re.VERBOSE:
        return None
    chars = _first_chars(list(_sre_parse.parse(regex, flags)))
    if not chars or not any(c.lower() != c.upper() for c in chars):
        return None
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def _first_chars(items: list) -> set[str] | None:
    """The characters one of which opens every match of the parsed sequence `items` (None: not known, or the
    sequence may match nothing or open at the start of the text only)."""
    for op, av in items:
        name = str(op)
        if name == "AT":
            if str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
                return None  # searched at one position only: nothing to skip
            continue  # "\b" consumes nothing
        if name in ("ASSERT", "ASSERT_NOT"):
            continue  # a look-around consumes nothing
        if name == "LITERAL":
            return {chr(av)}
        if name == "IN":
            return _class_chars(av)
        if name == "SUBPATTERN":
            return _first_chars(list(av[-1]))
        if name == "ATOMIC_GROUP":
            return _first_chars(list(av))
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            return _first_chars(list(av[2])) if av[0] >= 1 else None
        if name == "BRANCH":
            branches = [_first_chars(list(b)) for b in av[1]]
            return None if any(b is None for b in branches) else set().union(*branches)
        return None  # any character, a category, a back-reference: not known
    return None


def _class_chars(members: list) -> set[str] | None:
    """The characters of a character class of literals and short ranges (None for anything else)."""
    chars: set[str] = set()
    for op, av in members:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < 64:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a negated class, a category ("\d", "\w"), a long range
    return chars


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
    tree = _sre_parse.parse(_SOURCES.get(compiled, compiled.pattern), compiled.flags)
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
