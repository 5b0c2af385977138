"""The benchmark's small-scale smoke run: the table comes out and every page keeps its query budget.

The full benchmark (national scale, the gunicorn load test, PostgreSQL) is `python manage.py
benchmark` and is not part of the test run; this runs `--quick` (small scale, a few requests and
articles) against var/bench-small-<demo data version>.sqlite3, built on first use.
"""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from benchmarks.articles import generate_articles
from benchmarks.report import PAGE_BUDGET_QUERIES

PAGES = [
    "overview",
    "province",
    "district",
    "province 2026",
    "commune",
    "theme",
    "targets",
    "targets filtered",
    "target history",
    "resolution",
    "report of a resolution (DOCX)",
]


@pytest.mark.benchmark
def test_the_quick_benchmark_prints_one_table_within_the_query_budget(tmp_path):
    out = StringIO()
    figures_file = tmp_path / "figures.json"

    call_command("benchmark", "--quick", "--json", str(figures_file), stdout=out, verbosity=0)

    table = out.getvalue()
    assert table.startswith("| Measure")
    for page in PAGES:
        assert f"page {page} " in table
    assert "export all targets CSV" in table and "extraction ÷ word_tokenize" in table
    figures = json.loads(figures_file.read_text())
    pages = figures["pages"]["small"]["pages"]
    assert set(pages) == set(PAGES)
    for name, page in pages.items():
        assert page["statuses"] == [200], name
        assert 0 < page["queries"] <= PAGE_BUDGET_QUERIES, name
    assert figures["import"]["articles"] == figures["import"]["files"]


def test_the_generated_articles_are_the_same_for_the_same_seed_and_all_different():
    first, again = generate_articles(40, seed=7), generate_articles(40, seed=7)

    assert first == again
    assert len({a.text for a in first}) == 40
    assert all(a.text.splitlines()[2].endswith("(GMT+7)") for a in first)
