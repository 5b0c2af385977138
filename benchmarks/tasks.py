"""Measurements that each run in a subprocess of their own: `python -m benchmarks.tasks TASK JSON`.

The runner sets DATABASE_URL before starting the subprocess, so a task sees exactly one database;
the task prints one line `BENCH-RESULT {json}` that the runner reads back.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

RESULT_PREFIX = "BENCH-RESULT "
# The meeting report of the province's term resolution (the most targets): its own budget, not in the load test.
REPORT_PAGE = "report of a resolution (DOCX)"
BENCH_USER = "bench"


def _django() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1) of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def bench_user(password: str | None = None):
    """The superuser the benchmark logs in as (created in the benchmark database when missing)."""
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(
        username=BENCH_USER, defaults={"is_staff": True, "is_superuser": True}
    )
    if password:
        user.set_password(password)
        user.save()
    return user


def page_urls() -> dict[str, str]:
    """The pages to measure, chosen deterministically from data present at both scales (Bến Tre, Lai Châu 2025)."""
    from django.db.models import Count

    from tracker.demo import SMALL_PROVINCE, SMALL_PROVINCE_2025
    from tracker.models import Achievement, Resolution, Target, Unit

    province = Unit.objects.get(slug=SMALL_PROVINCE, level=Unit.Level.PROVINCE)
    district = Unit.objects.filter(parent=province, resolutions__isnull=False).order_by("slug").first()
    resolution = Resolution.objects.filter(unit=district, kind="term").order_by("id").first()
    target = Target.objects.filter(resolution=resolution).annotate(n=Count("achievements")).order_by("-n", "id").first()
    # Today's structure: a 2025 province in the running year, and one of its communes.
    province_2025 = Unit.objects.get(slug=SMALL_PROVINCE_2025, level=Unit.Level.PROVINCE)
    commune = Unit.objects.filter(parent=province_2025, resolutions__isnull=False).order_by("slug").first()
    reported = (
        Resolution.objects.filter(unit=province, kind="term").annotate(n=Count("targets")).order_by("-n", "id").first()
    )
    return {
        "overview": "/",
        "province": f"/provinces/{province.slug}/",
        "district": f"/districts/{district.slug}/",
        "province 2026": f"/provinces/{province_2025.slug}/?period=2026",
        "commune": f"/communes/{commune.slug}/",
        "theme": "/themes/economy/",
        "targets": "/targets/",
        "targets filtered": f"/targets/?province={province.pk}&year=2023&status=not_met&sort=-completion",
        "target history": f"/targets/{target.pk}/",
        "resolution": f"/resolutions/{resolution.pk}/",
        REPORT_PAGE: f"/resolutions/{reported.pk}/report.docx",
        "_achievement": str(Achievement.objects.filter(target=target).order_by("id").values_list("pk", flat=True)[0]),
    }


def task_pages(requests: int = 20) -> dict:
    """Server time p50/p95 and SQL query count of every page, through the test Client."""
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(bench_user())
    results = {}
    for name, url in page_urls().items():
        if name.startswith("_"):
            continue
        reset_queries()  # the request resets the log: start the capture from an empty one
        with CaptureQueriesContext(connection) as queries:  # also the warm-up request
            response = client.get(url)
        query_count = len(queries)  # now: the log it reads is cleared by the next request
        statuses = {response.status_code}
        timings = []
        for _ in range(requests):
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            statuses.add(response.status_code)
        results[name] = {
            "url": url,
            "queries": query_count,
            "statuses": sorted(statuses),
            "n": requests,
            "p50_ms": statistics.median(timings),
            "p95_ms": percentile(timings, 0.95),
        }
    return {"pages": results}


def task_export(fmt: str) -> dict:
    """Export every target through /targets/?_export=, consuming the streamed response."""
    from django.test import Client

    from tracker.models import Target

    client = Client()
    client.force_login(bench_user())
    targets = Target.objects.count()
    baseline = peak_rss_mb()
    started = time.perf_counter()
    response = client.get(f"/targets/?_export={fmt}")
    size = lines = 0
    chunks = response.streaming_content if response.streaming else [response.content]
    for chunk in chunks:
        size += len(chunk)
        lines += chunk.count(b"\n")
    elapsed = time.perf_counter() - started
    if hasattr(response, "close"):
        response.close()
    return {
        "format": fmt,
        "status": response.status_code,
        "streamed": response.streaming,
        "seconds": elapsed,
        "bytes": size,
        "lines": lines,
        "targets": targets,
        "baseline_mb": baseline,
        "peak_mb": peak_rss_mb(),
    }


def task_extraction(count: int, seed: int) -> dict:
    """Extraction beside underthesea.word_tokenize over every sentence of the same texts."""
    from benchmarks.articles import generate_articles
    from extraction.gazetteer import gazetteer_load
    from extraction.pipeline import extract_document
    from extraction.reader import read_text

    documents = [read_text(a.text, a.name) for a in generate_articles(count, seed=seed)]
    characters = sum(len(d.text) for d in documents)
    sentences = [d.text[s:e] for d in documents for s, e in d.sentence_spans()]
    gazetteer = gazetteer_load()
    extract_document(documents[0], gazetteer=gazetteer)  # warm-up: lazy tables and caches
    started = time.perf_counter()
    items = 0
    for document in documents:
        article = extract_document(document, gazetteer=gazetteer)
        items += sum(len(r.targets) + len(r.achievements) + len(r.scorecards) for r in article.resolutions)
    extraction_s = time.perf_counter() - started
    model_started = time.perf_counter()
    from underthesea import word_tokenize

    word_tokenize(sentences[0])  # warm-up: loads the model
    model_s = time.perf_counter() - model_started
    started = time.perf_counter()
    for sentence in sentences:
        word_tokenize(sentence)
    tokenize_s = time.perf_counter() - started
    return {
        "articles": len(documents),
        "characters": characters,
        "sentences": len(sentences),
        "items": items,
        "extraction_s": extraction_s,
        "tokenize_s": tokenize_s,
        "tokenize_model_s": model_s,
    }


def task_import(folder: str) -> dict:
    """import_articles on a folder of generated articles, into the (fresh) database of DATABASE_URL."""
    from io import StringIO

    from django.core.management import call_command

    from tracker.models import Achievement, Article, Target

    files = len(list(Path(folder).glob("*.txt")))
    started = time.perf_counter()
    call_command("import_articles", folder, verbosity=0, stdout=StringIO(), stderr=StringIO())
    elapsed = time.perf_counter() - started
    return {
        "files": files,
        "articles": Article.objects.count(),
        "targets": Target.objects.count(),
        "achievements": Achievement.objects.count(),
        "seconds": elapsed,
    }


def _edited_target():
    """A target staff edit in the admin while the big article is written (created once)."""
    from decimal import Decimal

    from tracker.models import Resolution, Target, Unit

    unit = Unit.objects.get(slug="ben-tre", level=Unit.Level.PROVINCE)
    resolution, _ = Resolution.objects.get_or_create(unit=unit, kind="annual", start_year=2022, end_year=2022)
    target, _ = Target.objects.get_or_create(
        resolution=resolution,
        indicator="chỉ tiêu sửa trong lúc nhập",
        defaults={"theme_id": "economy", "planned_value": Decimal(100)},
    )
    return target


def task_big_import(items: int = 4000, edit_pause: float = 0.25) -> dict:
    """Write one article of `items` items while another process saves admin edits without pause.

    The import time is article_store's (the writing: the reading is generated with the text);
    each admin edit is a GET of the change form and its POST, timed from the POST.
    """
    import subprocess
    import tempfile

    from benchmarks.big_article import big_article
    from extraction.services import article_store

    target = _edited_target()
    bench_user()
    document, reading = big_article(items)
    folder = Path(tempfile.mkdtemp(prefix="bench-big-"))
    editor = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "benchmarks.tasks",
            "admin_edits",
            json.dumps({"target": target.pk, "folder": str(folder), "pause": edit_pause}),
        ],
        cwd=Path(__file__).resolve().parents[1],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not (folder / "ready").exists() and editor.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # a few edits before the import starts
    started = time.perf_counter()
    result = article_store(document=document, extraction=reading, source_file="big-article.txt")
    import_s = time.perf_counter() - started
    time.sleep(0.5)
    (folder / "stop").touch()
    out, err = editor.communicate(timeout=120)
    edits = next(
        (
            json.loads(line[len(RESULT_PREFIX) :])
            for line in reversed(out.splitlines())
            if line.startswith(RESULT_PREFIX)
        ),
        {"statuses": [], "seconds": [], "error": err[-2000:]},
    )
    return {
        "items": items,
        "import_s": import_s,
        "targets": result.targets,
        "achievements": result.achievements,
        "scorecards": result.scorecards,
        "edits": len(edits["statuses"]),
        "edit_statuses": sorted(set(edits["statuses"])),
        "edit_max_s": max(edits["seconds"], default=0.0),
        "edit_p50_s": statistics.median(edits["seconds"]) if edits["seconds"] else 0.0,
        "edit_error": edits.get("error", ""),
    }


def task_admin_edits(target: int, folder: str, pause: float) -> dict:
    """Save the target's admin form again and again until told to stop; status and time of each save."""
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()  # response.context, to post back the form as a browser would
    client = Client()
    client.force_login(bench_user())
    url = f"/admin/tracker/target/{target}/change/"
    stop, statuses, seconds = Path(folder) / "stop", [], []
    (Path(folder) / "ready").touch()
    n = 0
    while not stop.exists():
        form = client.get(url).context["adminform"].form
        data = {form.add_prefix(name): form[name].value() for name in form.fields if form[name].value() is not None}
        data["planned_value"] = str(100 + n % 7)
        data.update({"achievements-TOTAL_FORMS": "0", "achievements-INITIAL_FORMS": "0"})
        started = time.perf_counter()
        response = client.post(url, data)
        seconds.append(time.perf_counter() - started)
        statuses.append(response.status_code)
        n += 1
        time.sleep(pause)
    return {"statuses": statuses, "seconds": seconds}


def task_prepare_load(password: str) -> dict:
    """The load test's user (with a password, it logs in over HTTP) and its page URLs."""
    bench_user(password)
    return {"urls": page_urls()}


DATABASE_TASKS = {"pages", "export", "import", "prepare_load", "big_import"}
TASKS = {
    "pages": task_pages,
    "export": task_export,
    "extraction": task_extraction,
    "import": task_import,
    "prepare_load": task_prepare_load,
    "big_import": task_big_import,
    "admin_edits": task_admin_edits,
}


def main(argv: list[str]) -> None:
    name, arguments = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    _django()
    if name in DATABASE_TASKS:  # a benchmark database built before new migrations follows them
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)
    result = TASKS[name](**arguments)
    print(RESULT_PREFIX + json.dumps(result, default=str), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
