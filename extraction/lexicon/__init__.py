"""The vocabulary of the extraction as data: one concept a file (``<concept>.toml``).

Each file has a ``description``, optionally ``reads_as`` (what a sentence holding one of its phrases
is read as), and a list of ``[[entry]]`` tables. An entry names its ``phrases`` (or, for reference
data such as newspapers, its own keys) with ``positive`` example sentences that must read the way the
entry says and ``negative`` ones that must not. The examples are tests
(tests/extraction/test_lexicon_examples.py); the matchers are built from the phrases at load time,
so adding a phrasing is one line in one file plus its example.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Entry:
    phrases: tuple[str, ...]
    positive: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()
    data: dict = field(default_factory=dict, compare=False, hash=False)  # any other keys of the entry


@dataclass(frozen=True)
class Concept:
    name: str
    description: str
    reads_as: str | None
    entries: tuple[Entry, ...]

    @property
    def phrases(self) -> tuple[str, ...]:
        """Every phrase of the concept, longest first (so an alternation prefers the longest)."""
        seen = {p for e in self.entries for p in e.phrases}
        return tuple(sorted(seen, key=lambda p: (-len(p), p)))


def concept_names() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.toml"))


@cache
def load(name: str) -> Concept:
    """The concept in ``<name>.toml`` (KeyError naming the file when it does not exist)."""
    path = HERE / f"{name}.toml"
    if not path.exists():
        raise KeyError(f"no lexicon file {path.name} in {HERE}")
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    entries = []
    for item in raw.get("entry", []):
        item = dict(item)
        phrases = item.pop("phrases", None)
        if phrases is None:
            phrases = [item["phrase"]] if "phrase" in item else []
            item.pop("phrase", None)
        entries.append(Entry(tuple(phrases), tuple(item.pop("positive", ())), tuple(item.pop("negative", ())), item))
    return Concept(name, raw.get("description", ""), raw.get("reads_as"), tuple(entries))


def alternation(name: str, **data) -> str:
    """The concept's phrases as one regular-expression alternation (longest first, literal text); with
    keywords, only the phrases of the entries whose other keys have those values (``position="after"``)."""
    import re

    concept = load(name)
    phrases = concept.phrases
    if data:
        chosen = {p for e in concept.entries if all(e.data.get(k) == v for k, v in data.items()) for p in e.phrases}
        phrases = tuple(p for p in phrases if p in chosen)
    return "(?:" + "|".join(re.escape(p) for p in phrases) + ")"


def needs(name: str) -> tuple[frozenset[str], ...]:
    """The speed pre-check of a pattern built from the concept: one of its phrases, lower-cased, must occur.

    Derived from the same file as the pattern, so the two cannot drift apart."""
    return (frozenset(p.lower() for p in load(name).phrases),)
