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

    Where the regex engine has no quick scan for the positions a match may open at (a cased first letter under
    IGNORECASE; a shape opening with "\\b", a look-behind, an optional part), it tries the whole shape at every
    position of a text. Such a shape gets a lookahead of the characters its matches open with, a cheap test
    made first. The lookahead only restates what the shape requires, so the matches are the same."""
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
    """The lookahead "(?=[...])" of the characters every match of `regex` opens with, or None where it is not
    known or would not help (the engine scans by itself for a first literal or class it can fold)."""
    if not isinstance(regex, str) or flags & re.VERBOSE:
        return None
    items = list(_sre_parse.parse(regex, flags))
    opening = _first_chars(items)
    if not opening or _engine_scans(items, flags):
        return None
    return "(?=[" + "".join(sorted(opening)) + "])"


def _first_chars(items: list) -> set[str] | None:
    """The members (in character-class syntax) of a class one of which opens every match of the parsed
    sequence `items` (None: not known, or the sequence may match nothing or open at the text's start only)."""
    optional: set[str] = set()  # what the optional parts before the first required one open with
    for op, av in items:
        name = str(op)
        if name == "AT":
            if str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
                return None  # searched at one position only: nothing to skip
            continue  # "\b" consumes nothing
        if name in ("ASSERT", "ASSERT_NOT"):
            continue  # a look-around consumes nothing
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner = _first_chars(list(av[2]))
            if inner is None:
                return None
            optional |= inner
            if av[0] >= 1:
                return optional
            continue
        found = _element_chars(name, av)
        return None if found is None else optional | found
    return None


def _element_chars(name: str, av) -> set[str] | None:
    """What one required element of a sequence opens with (see `_first_chars`)."""
    if name == "LITERAL":
        return {re.escape(chr(av))}
    if name == "IN":
        return _class_chars(av)
    if name == "SUBPATTERN":
        return _first_chars(list(av[-1]))
    if name == "ATOMIC_GROUP":
        return _first_chars(list(av))
    if name == "BRANCH":
        branches = [_first_chars(list(b)) for b in av[1]]
        return None if any(b is None for b in branches) else set().union(*branches)
    return None  # any character, a back-reference, a negated literal: not known


# The categories a class may hold, in class syntax.
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def _class_chars(members: list) -> set[str] | None:
    """The members of a class of literals, short ranges and \\d, \\s, \\w (None for a negated class or others)."""
    found: set[str] = set()
    for op, av in members:
        name = str(op)
        if name == "LITERAL":
            found.add(re.escape(chr(av)))
        elif name == "RANGE" and av[1] - av[0] < 64:
            found.update(re.escape(chr(c)) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            found.add(_CATEGORIES[str(av)])
        else:
            return None
    return found


def _engine_scans(items: list, flags: int) -> bool:
    """Whether the regex engine finds by itself where a match may open: a shape opening with a literal or a
    class (or an alternation of literals), none of it a cased letter under IGNORECASE."""
    while items and str(items[0][0]) == "SUBPATTERN" and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][-1])
    if not items:
        return False
    op, av = items[0]
    name = str(op)
    if name == "BRANCH":
        return all(b and str(b[0][0]) == "LITERAL" and _foldable([b[0]], flags) for b in av[1])
    return name in ("LITERAL", "IN") and _foldable([(op, av)] if name == "LITERAL" else av, flags)


def _foldable(members: list, flags: int) -> bool:
    """Whether the engine can scan for these class members: no cased letter among them under IGNORECASE."""
    if not flags & re.IGNORECASE:
        return True
    for op, av in members:
        name = str(op)
        if name == "LITERAL" and _cased(chr(av)):
            return False
        if name == "RANGE" and (av[1] > 0xFFFF or any(_cased(chr(c)) for c in range(av[0], av[1] + 1))):
            return False
    return True


def _cased(c: str) -> bool:
    return c.lower() != c or c.upper() != c


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
