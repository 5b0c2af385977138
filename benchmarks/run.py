"""Run the whole benchmark and print one table: `python -m benchmarks.run [--quick] ...`.

`python manage.py benchmark` is the same with the same options. Databases live in var/ (git-ignored)
and are built when missing: var/bench-small.sqlite3 and var/bench-national.sqlite3.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from benchmarks.articles import articles_write
from benchmarks.tasks import RESULT_PREFIX

REPO = Path(__file__).resolve().parents[1]
VAR = REPO / "var"
PAGE_BUDGET_MS = 200
PAGE_BUDGET_QUERIES = 15
CSV_BUDGET_S, EXPORT_BUDGET_MB = 10, 300
WORKER_BUDGET_MB = 200
EXTRACTION_BUDGET_RATIO = 2.0
POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


class BenchmarkError(RuntimeError):
    pass


@dataclass
class Options:
    quick: bool = False
    scales: tuple[str, ...] = ("small", "national")
    requests: int = 20
    articles: int = 200
    exports: bool = True
    load: bool = True
    load_seconds: float = 60
    load_clients: int = 8
    load_scale: str = "national"
    postgres: bool = True
    postgres_scale: str = "small"
    data_dir: Path = VAR
    parts: tuple[str, ...] = ("pages", "exports", "extraction", "import", "load")

    @classmethod
    def quick_run(cls, **overrides) -> Options:
        """The smoke run: small scale, few requests and articles, no gunicorn, no PostgreSQL."""
        values = dict(quick=True, scales=("small",), requests=2, articles=6, exports=True, load=False,
                      postgres=False)
        values.update(overrides)
        return cls(**values)


@dataclass
class Row:
    measure: str
    small: str = ""
    national: str = ""
    budget: str = ""
    met: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    raw: dict = field(default_factory=dict)
    machine: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- subprocesses


def bench_env(database_url: str, secret_key: str, static_root: Path) -> dict[str, str]:
    """Production mode (DEBUG off, manifest static files) on plain HTTP over loopback."""
    env = dict(os.environ)
    env.update({
        "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "benchmarks.settings", "DJANGO_PRODUCTION": "1",
        "SECRET_KEY": secret_key, "ALLOWED_HOSTS": "127.0.0.1,testserver", "BENCH_STATIC_ROOT": str(static_root),
        # No TLS on loopback: no redirect to https, cookies sent over http.
        "SECURE_SSL_REDIRECT": "0", "SESSION_COOKIE_SECURE": "0", "CSRF_COOKIE_SECURE": "0",
        "SECURE_HSTS_SECONDS": "0", "PYTHONUNBUFFERED": "1",
    })
    return env


def manage(env: dict, *args: str, timeout: float = 900) -> str:
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=timeout)
    if done.returncode:
        raise BenchmarkError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def task(env: dict, name: str, timeout: float = 900, **arguments) -> dict:
    done = subprocess.run([sys.executable, "-m", "benchmarks.tasks", name, json.dumps(arguments)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX):])
    raise BenchmarkError(f"task {name} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def database_build(env: dict, scale: str | None) -> None:
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_units")
    if scale:
        manage(env, "generate_demo_data", "--scale", scale, timeout=1800)


def _built(path: Path, build: Callable[[Path], None]) -> Path:
    """`path`, built through a temporary file when missing (an interrupted build leaves nothing behind)."""
    if not path.exists():
        building = path.with_name(path.stem + ".building.sqlite3")
        for leftover in building.parent.glob(building.name + "*"):
            leftover.unlink()
        build(building)
        sqlite_copy(building, path)
        for leftover in building.parent.glob(building.name + "*"):
            leftover.unlink()
    return path


def base_database(options: Options, make_env: Callable[[str], dict], log) -> Path:
    """var/bench-base.sqlite3: migrated, with the units and no resolutions (the start of every other one)."""
    def build(building: Path) -> None:
        log("building bench-base.sqlite3 (migrate, load_units) ...")
        database_build(make_env(sqlite_url(building)), None)

    return _built(options.data_dir / "bench-base.sqlite3", build)


def sqlite_database(options: Options, scale: str, make_env: Callable[[str], dict], log) -> Path:
    """var/bench-<scale>.sqlite3: the base database with generate_demo_data --scale, built when missing.

    Tasks migrate it in-process before measuring, so an existing file follows new migrations.
    """
    def build(building: Path) -> None:
        sqlite_copy(base_database(options, make_env, log), building)
        env = make_env(sqlite_url(building))
        log(f"building bench-{scale}.sqlite3 (generate_demo_data --scale {scale}) ...")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "generate_demo_data", "--scale", scale, timeout=1800)

    return _built(options.data_dir / f"bench-{scale}.sqlite3", build)


def static_collect(env: dict, static_root: Path) -> None:
    """collectstatic into the benchmark's own STATIC_ROOT when missing or older than static/."""
    manifest = static_root / "staticfiles.json"
    newest = max((f.stat().st_mtime for f in (REPO / "static").rglob("*") if f.is_file()), default=0)
    if not manifest.exists() or manifest.stat().st_mtime < newest:
        manage(env, "collectstatic", "--noinput", "-v", "0")


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of a (WAL) database through SQLite's backup API."""
    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()


# --------------------------------------------------------------------------- the parts


def pages_rows(results: dict[str, dict]) -> list[Row]:
    names = next(iter(results.values()))["pages"].keys()
    rows = []
    for name in names:
        cells = {}
        for scale in ("small", "national"):
            page = results.get(scale, {}).get("pages", {}).get(name)
            cells[scale] = "" if page is None else (
                f"{page['p50_ms']:.0f} / {page['p95_ms']:.0f} ms · {page['queries']} q"
                + ("" if page["statuses"] == [200] else f" · HTTP {page['statuses']}"))
        judged = results.get("national", results.get("small"))["pages"][name]
        queries = {s: r["pages"][name]["queries"] for s, r in results.items()}
        ok = (judged["p95_ms"] <= PAGE_BUDGET_MS and judged["queries"] <= PAGE_BUDGET_QUERIES
              and len(set(queries.values())) == 1 and judged["statuses"] == [200])
        rows.append(Row(f"page {name} (p50 / p95, queries)", cells["small"], cells["national"],
                        f"p95 ≤ {PAGE_BUDGET_MS} ms, ≤ {PAGE_BUDGET_QUERIES} q, same q", _verdict(ok, "national" in results)))
    return rows


def _verdict(ok: bool, final: bool = True) -> str:
    return ("met" if ok else "NOT met") + ("" if final else " (small only)")


def export_rows(exports: dict[str, dict], scale: str) -> list[Row]:
    rows = []
    for fmt, e in exports.items():
        figure = (f"{e['seconds']:.1f} s, peak {e['peak_mb']:.0f} MB (+{e['peak_mb'] - e['baseline_mb']:.0f}), "
                  f"{e['targets']:,} targets" + ("" if e["status"] == 200 else f", HTTP {e['status']}"))
        if fmt == "csv":
            ok = e["status"] == 200 and e["streamed"] and e["seconds"] <= CSV_BUDGET_S and e["peak_mb"] <= EXPORT_BUDGET_MB
            budget = f"≤ {CSV_BUDGET_S} s, ≤ {EXPORT_BUDGET_MB} MB, streamed"
        else:
            ok = e["status"] == 200 and e["streamed"] and e["peak_mb"] <= EXPORT_BUDGET_MB
            budget = f"rows not held twice (streamed file, ≤ {EXPORT_BUDGET_MB} MB)"
        cells = {"small": "", "national": ""}
        cells[scale] = figure
        rows.append(Row(f"export all targets {fmt.upper()}", cells["small"], cells["national"], budget,
                        _verdict(ok, scale == "national")))
    return rows


def extraction_rows(e: dict) -> list[Row]:
    extraction_aps = e["articles"] / e["extraction_s"]
    tokenize_aps = e["articles"] / e["tokenize_s"]
    ratio = extraction_aps / tokenize_aps
    return [
        Row(f"extraction, {e['articles']} articles", national=(
            f"{extraction_aps:.1f} art/s, {e['characters'] / e['extraction_s']:,.0f} char/s")),
        Row(f"word_tokenize, {e['sentences']} sentences", national=(
            f"{tokenize_aps:.1f} art/s, {e['characters'] / e['tokenize_s']:,.0f} char/s")),
        Row("extraction ÷ word_tokenize", national=f"{ratio:.1f}×", budget=f"≥ {EXTRACTION_BUDGET_RATIO:.0f}×",
            met=_verdict(ratio >= EXTRACTION_BUDGET_RATIO)),
    ]


def import_rows(i: dict) -> list[Row]:
    return [Row(f"import_articles into a fresh db, {i['files']} files", national=(
        f"{i['files'] / i['seconds']:.1f} art/s ({i['articles']} articles, {i['targets']} targets, "
        f"{i['achievements']} achievements in {i['seconds']:.1f} s)"))]


def load_rows(label: str, scale: str, r: dict) -> list[Row]:
    def cells(text: str) -> dict:
        return {"small": text} if scale == "small" else {"national": text}

    edits_ok = bool(r["admin_edits"]) and all(s == 302 for s in r["admin_edits"])
    clean = r["server_errors"] == 0 and r["locked"] == 0 and r["client_errors"] == 0 and edits_ok and r["import_rc"] == 0
    rss = max((w["rss_mb"] for w in r["workers"]), default=0)
    nlp = any(w["underthesea"] for w in r["workers"])
    return [
        Row(f"load {label}: req/s, p50 / p95", **cells(
            f"{r['rps']:.1f} req/s, {r['p50_ms']:.0f} / {r['p95_ms']:.0f} ms ({r['requests']} req, {r['seconds']:.0f} s)")),
        Row(f"load {label}: 5xx, locked, import, admin edits", **cells(
            f"{r['server_errors']} 5xx, {r['locked']} locked, {r['client_errors']} conn err, import exit "
            f"{r['import_rc']} ({r['import_seconds']:.0f} s), edits {r['admin_edits']}"),
            budget="0 5xx, 0 locked, edits saved", met=_verdict(clean)),
        Row(f"load {label}: worker RSS", **cells(
            " / ".join(f"{w['rss_mb']:.0f} MB" for w in r["workers"]) + ("; underthesea loaded!" if nlp else "")),
            budget=f"< {WORKER_BUDGET_MB} MB, no underthesea", met=_verdict(rss < WORKER_BUDGET_MB and not nlp)),
    ]


# --------------------------------------------------------------------------- the run


def machine() -> dict:
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    return {"nproc": os.cpu_count(), "memory_gb": round(int(memory) / 1048576, 1),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def postgres_database(env_for: Callable[[str], dict], scale: str, log):
    """A throwaway PostgreSQL database on 127.0.0.1 with the demo data; returns (url, drop)."""
    import psycopg

    name = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    url = f"postgres://postgres@127.0.0.1:5432/{name}"
    try:
        log(f"building PostgreSQL database {name} ({scale}) ...")
        database_build(env_for(url), scale)
    except BaseException:
        drop()
        raise
    return url, drop


def run(options: Options, log: Callable[[str], None] = lambda text: None) -> Report:
    report = Report(machine=machine())
    options.data_dir.mkdir(parents=True, exist_ok=True)
    secret_key = secrets.token_urlsafe(64)
    static_root = options.data_dir / "bench-static"
    work = Path(tempfile.mkdtemp(prefix="bench-", dir=options.data_dir))

    def env_for(url: str) -> dict:
        return bench_env(url, secret_key, static_root)

    try:
        static_collect(env_for(sqlite_url(work / "static.sqlite3")), static_root)
        pages, databases = {}, {}
        for scale in options.scales:
            databases[scale] = sqlite_database(options, scale, env_for, log)
            if "pages" in options.parts:
                log(f"pages at {scale} scale ({options.requests} requests each) ...")
                pages[scale] = task(env_for(sqlite_url(databases[scale])), "pages", requests=options.requests)
        if pages:
            report.raw["pages"] = pages
            report.rows += pages_rows(pages)
        if options.exports and "exports" in options.parts:
            scale = "national" if "national" in databases else options.scales[-1]
            exports = {}
            for fmt in ("csv", "xlsx"):
                log(f"export {fmt} at {scale} scale ...")
                exports[fmt] = task(env_for(sqlite_url(databases[scale])), "export", fmt=fmt)
            report.raw["exports"] = exports
            report.rows += export_rows(exports, scale)
        if "extraction" in options.parts:
            log(f"extraction and word_tokenize on {options.articles} articles ...")
            extraction = task(env_for(sqlite_url(work / "unused.sqlite3")), "extraction", count=options.articles,
                              seed=2025)
            report.raw["extraction"] = extraction
            report.rows += extraction_rows(extraction)
        if "import" in options.parts:
            report.rows += import_part(options, env_for, work, log, report)
        if options.load and "load" in options.parts:
            report.rows += load_part(options, env_for, databases, work, log, report)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report.machine["load_average_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return report


def import_part(options: Options, env_for, work: Path, log, report: Report) -> list[Row]:
    log("import into a fresh database ...")
    folder = work / "articles"
    articles_write(folder, options.articles, seed=2025)
    sqlite_copy(base_database(options, env_for, log), work / "import.sqlite3")
    imported = task(env_for(sqlite_url(work / "import.sqlite3")), "import", folder=str(folder))
    report.raw["import"] = imported
    return import_rows(imported)


def load_part(options: Options, env_for, databases: dict, work: Path, log, report: Report) -> list[Row]:
    from benchmarks.load import load_run

    rows = []
    folder = work / "load-articles"
    articles_write(folder, options.articles, seed=4242)
    password = secrets.token_urlsafe(16)
    scale = options.load_scale if options.load_scale in databases else options.scales[-1]
    copy = work / f"load-{scale}.sqlite3"
    sqlite_copy(databases[scale], copy)
    env = env_for(sqlite_url(copy))
    prepared = task(env, "prepare_load", password=password)
    log(f"load test, SQLite {scale}: {options.load_clients} clients for {options.load_seconds:.0f} s ...")
    result = load_run(env=env, python=sys.executable, repo=REPO, workdir=work, urls=prepared["urls"], password=password,
                      import_folder=folder, seconds=options.load_seconds, clients=options.load_clients)
    report.raw["load_sqlite"] = result
    rows += load_rows(f"SQLite ({scale})", scale, result)
    if options.postgres:
        url, drop = postgres_database(env_for, options.postgres_scale, log)
        try:
            env = env_for(url)
            prepared = task(env, "prepare_load", password=password)
            log(f"load test, PostgreSQL {options.postgres_scale} ...")
            result = load_run(env=env, python=sys.executable, repo=REPO, workdir=work, urls=prepared["urls"],
                              password=password, import_folder=folder, seconds=options.load_seconds,
                              clients=options.load_clients)
            report.raw["load_postgres"] = result
            rows += load_rows(f"PostgreSQL ({options.postgres_scale})", options.postgres_scale, result)
        finally:
            drop()
    return rows


def table(report: Report) -> str:
    """The report as one Markdown table, then the machine."""
    header = Row("Measure", "Small (Bến Tre)", "National", "Budget", "Met")
    rows = [header, *report.rows]
    widths = [max(len(getattr(r, f)) for r in rows) for f in ("measure", "small", "national", "budget", "met")]

    def line(r: Row) -> str:
        cells = (r.measure, r.small, r.national, r.budget, r.met)
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    out = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *(line(r) for r in report.rows)]
    m = report.machine
    out.append("")
    out.append(f"Machine: {m['nproc']} cores, {m['memory_gb']} GB, Python {m['python']}, SQLite {m['sqlite']}; "
               f"load average {m['load_average']} before, {m.get('load_average_after', '?')} after.")
    return "\n".join(out)


def parser(p: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    p = p or argparse.ArgumentParser(description=__doc__)
    p.add_argument("--quick", action="store_true", help="small-scale smoke run: few requests, no load test")
    p.add_argument("--skip-national", action="store_true", help="small scale only")
    p.add_argument("--requests", type=int, help="requests per page (default 20)")
    p.add_argument("--articles", type=int, help="generated articles for extraction and import (default 200)")
    p.add_argument("--load-seconds", type=float, help="length of each load test (default 60)")
    p.add_argument("--load-clients", type=int, help="concurrent load clients (default 8)")
    p.add_argument("--skip-load", action="store_true", help="no gunicorn load test")
    p.add_argument("--skip-postgres", action="store_true", help="no PostgreSQL load test")
    p.add_argument("--postgres-scale", choices=["small", "national"], help="data of the PostgreSQL run (small)")
    p.add_argument("--data-dir", type=Path, help="where the benchmark databases live (var/)")
    p.add_argument("--only", nargs="+", choices=list(Options.parts), help="run only these parts")
    p.add_argument("--json", type=Path, help="also write every figure as JSON to this file")
    return p


def options_from(args: dict) -> Options:
    options = Options.quick_run() if args.get("quick") else Options()
    if args.get("skip_national"):
        options.scales = ("small",)
    for key in ("requests", "articles", "load_seconds", "load_clients", "postgres_scale", "data_dir"):
        if args.get(key) is not None:
            setattr(options, key, args[key])
    if args.get("skip_load"):
        options.load = False
    if args.get("skip_postgres"):
        options.postgres = False
    if args.get("only"):
        options.parts = tuple(args["only"])
    return options


def main(argv: list[str] | None = None) -> None:
    args = vars(parser().parse_args(argv))
    started = time.perf_counter()
    report = run(options_from(args), log=lambda text: print(text, file=sys.stderr, flush=True))
    print(table(report))
    print(f"Benchmark took {time.perf_counter() - started:.0f} s.", file=sys.stderr)
    if args.get("json"):
        Path(args["json"]).write_text(json.dumps({"machine": report.machine, **report.raw}, indent=2, default=str))


if __name__ == "__main__":
    main()
