"""The unit vocabulary's examples are its tests: every positive example of lexicon/units.toml,
lexicon/unit_lookalikes.toml, lexicon/admitted_members.toml and lexicon/index_names.toml reads the quantity written after its "=>"
(value in Vietnamese notation, then the unit as printed), every negative one reads no quantity at all."""

from __future__ import annotations

import pytest

from extraction import lexicon
from extraction.nlp.numbers import find_quantities, parse_number

UNIT_FILES = ["units", "unit_lookalikes", "admitted_members", "index_names"]


def _examples(kind: str):
    for name in UNIT_FILES:
        for n, entry in enumerate(lexicon.load(name).entries):
            for sentence in getattr(entry, kind):
                yield pytest.param(sentence, id=f"{name}[{n}] {sentence[:50]}")


def test_every_unit_entry_has_examples_that_say_what_they_read():
    for name in UNIT_FILES:
        for entry in lexicon.load(name).entries:
            assert entry.phrases and (entry.positive or entry.negative), (name, entry.phrases)
            assert all(" => " in example for example in entry.positive), (name, entry.phrases)


def test_a_phrase_is_listed_once():
    phrases = [p.lower() for e in lexicon.load("units").entries for p in e.phrases]
    assert sorted({p for p in phrases if phrases.count(p) > 1}) == []


@pytest.mark.parametrize("example", list(_examples("positive")))
def test_a_positive_example_reads_its_quantity(example):
    sentence, _, want = example.rpartition(" => ")
    value, _, unit = want.partition(" ")  # "0,78" alone: a value with no unit
    assert (parse_number(value), unit) in [(q.value, q.unit) for q in find_quantities(sentence)]


@pytest.mark.parametrize("example", list(_examples("negative")))
def test_a_negative_example_reads_no_quantity(example):
    assert [(q.value, q.unit) for q in find_quantities(example)] == []


def test_a_new_unit_is_one_line_of_the_data_file(tmp_path):
    """A word added to units.toml is read after a number, with no code change."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    copy = tmp_path / "lexicon"
    shutil.copytree(root / "extraction" / "lexicon", copy)
    units = copy / "units.toml"
    units.write_text(
        units.read_text("utf-8") + '\n[[entry]]\nphrases = ["giếng khoan"]\n'
        'positive = ["Khoan mới 14 giếng khoan. => 14 giếng khoan"]\n',
        "utf-8",
    )
    program = (
        "import sys, pathlib, extraction.lexicon as lexicon\n"
        "lexicon.HERE = pathlib.Path(sys.argv[1])\n"
        "from extraction.nlp.numbers import find_quantities\n"
        "print([(str(q.value), q.unit) for q in find_quantities('Khoan mới 14 giếng khoan.')])\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", program, str(copy)], cwd=root, capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "[('14', 'giếng khoan')]"
