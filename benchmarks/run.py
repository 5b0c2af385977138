"""Run the whole benchmark and print one table: `python -m benchmarks.run [--quick] ...`.

`python manage.py benchmark` is the same with the same options. Databases live in var/ (git-ignored)
and are built when missing: var/bench-small-<version>.sqlite3 and var/bench-national-<version>.sqlite3,
the version a stamp of the code that writes the demo data.
"""

from __future__ import annotations

import argparse
import hashlib
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.articles import articles_write
from benchmarks.report import (
    Report,
    Row,
    big_import_rows,
    export_rows,
    extraction_rows,
    import_rows,
    load_rows,
    pages_rows,
    table,
)
from benchmarks.tasks import RESULT_PREFIX

REPO = Path(__file__).resolve().parents[1]
VAR = REPO / "var"
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
    parts: tuple[str, ...] = ("pages", "exports", "extraction", "import", "big", "load")
    big_items: int = 4000

    @classmethod
    def quick_run(cls, **overrides) -> Options:
        """The smoke run: small scale, few requests and articles, no gunicorn, no PostgreSQL."""
        values = dict(
            quick=True,
            scales=("small",),
            requests=2,
            articles=6,
            exports=True,
            load=False,
            postgres=False,
            big_items=600,
        )
        values.update(overrides)
        return cls(**values)


# --------------------------------------------------------------------------- subprocesses


def bench_env(database_url: str, secret_key: str, static_root: Path) -> dict[str, str]:
    """Production mode (DEBUG off, manifest static files) on plain HTTP over loopback."""
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
            "DJANGO_PRODUCTION": "1",
            "SECRET_KEY": secret_key,
            "ALLOWED_HOSTS": "127.0.0.1,testserver",
            "BENCH_STATIC_ROOT": str(static_root),
            # No TLS on loopback: no redirect to https, cookies sent over http.
            "SECURE_SSL_REDIRECT": "0",
            "SESSION_COOKIE_SECURE": "0",
            "CSRF_COOKIE_SECURE": "0",
            "SECURE_HSTS_SECONDS": "0",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def manage(env: dict, *args: str, timeout: float = 900) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode:
        raise BenchmarkError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def task(env: dict, name: str, timeout: float = 900, **arguments) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.tasks", name, json.dumps(arguments)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
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


DEMO_SOURCES = ("tracker/demo.py", "tracker/management/commands/generate_demo_data.py")


def demo_data_version() -> str:
    """A stamp of the code that writes the demo data: a database built by other code is never reused."""
    digest = hashlib.sha256()
    for name in DEMO_SOURCES:
        digest.update((REPO / name).read_bytes())
    return digest.hexdigest()[:10]


def sqlite_database(options: Options, scale: str, make_env: Callable[[str], dict], log) -> Path:
    """var/bench-<scale>-<demo data version>.sqlite3: the base database with generate_demo_data --scale,
    built when missing; files of other versions (and unversioned ones from before) are removed.

    Tasks migrate it in-process before measuring, so an existing file follows new migrations.
    """
    path = options.data_dir / f"bench-{scale}-{demo_data_version()}.sqlite3"

    def build(building: Path) -> None:
        sqlite_copy(base_database(options, make_env, log), building)
        env = make_env(sqlite_url(building))
        log(f"building {path.name} (generate_demo_data --scale {scale}) ...")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "generate_demo_data", "--scale", scale, timeout=3600)

    for stale in [*options.data_dir.glob(f"bench-{scale}.sqlite3*"), *options.data_dir.glob(f"bench-{scale}-*")]:
        if not stale.name.startswith(path.stem):
            log(f"removing {stale.name}: demo data of another version")
            stale.unlink()
    return _built(path, build)


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


# --------------------------------------------------------------------------- the run


def machine() -> dict:
    memory = next(
        (line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), "0"
    )
    return {
        "nproc": os.cpu_count(),
        "memory_gb": round(int(memory) / 1048576, 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


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
            extraction = task(
                env_for(sqlite_url(work / "unused.sqlite3")), "extraction", count=options.articles, seed=2025
            )
            report.raw["extraction"] = extraction
            report.rows += extraction_rows(extraction)
        if "import" in options.parts:
            report.rows += import_part(options, env_for, work, log, report)
        if "big" in options.parts:
            report.rows += big_import_part(options, env_for, work, log, report)
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


def big_import_part(options: Options, env_for, work: Path, log, report: Report) -> list[Row]:
    """One article of options.big_items items written while admin edits are saved, SQLite then PostgreSQL."""
    results = {}
    copy = work / "big.sqlite3"
    sqlite_copy(base_database(options, env_for, log), copy)
    log(f"big article ({options.big_items} items) with admin edits, SQLite ...")
    results["SQLite"] = task(env_for(sqlite_url(copy)), "big_import", items=options.big_items)
    if options.postgres:
        url, drop = postgres_database(env_for, None, log)
        try:
            log(f"big article ({options.big_items} items) with admin edits, PostgreSQL ...")
            results["PostgreSQL"] = task(env_for(url), "big_import", items=options.big_items)
        finally:
            drop()
    report.raw["big_import"] = results
    return big_import_rows(results)


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

    def run_load(env, prepared):
        return load_run(
            env=env,
            python=sys.executable,
            repo=REPO,
            workdir=work,
            urls=prepared["urls"],
            password=password,
            import_folder=folder,
            seconds=options.load_seconds,
            clients=options.load_clients,
        )

    result = run_load(env, prepared)
    report.raw["load_sqlite"] = result
    rows += load_rows(f"SQLite ({scale})", scale, result)
    if options.postgres:
        url, drop = postgres_database(env_for, options.postgres_scale, log)
        try:
            env = env_for(url)
            prepared = task(env, "prepare_load", password=password)
            log(f"load test, PostgreSQL {options.postgres_scale} ...")
            result = run_load(env, prepared)
            report.raw["load_postgres"] = result
            rows += load_rows(f"PostgreSQL ({options.postgres_scale})", options.postgres_scale, result)
        finally:
            drop()
    return rows


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
