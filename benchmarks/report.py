"""The benchmark's figures as rows of one table, each judged against the budget of issue 5."""

from __future__ import annotations

from dataclasses import dataclass, field

PAGE_BUDGET_MS = 200
PAGE_BUDGET_QUERIES = 15
REPORT_BUDGET_MS = 2000  # the DOCX report of one resolution (issue 10)
CSV_BUDGET_S, EXPORT_BUDGET_MB = 10, 300
WORKER_BUDGET_MB = 200
EXTRACTION_BUDGET_RATIO = 2.0


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


def pages_rows(results: dict[str, dict]) -> list[Row]:
    names = next(iter(results.values()))["pages"].keys()
    rows = []
    for name in names:
        cells = {}
        for scale in ("small", "national"):
            page = results.get(scale, {}).get("pages", {}).get(name)
            cells[scale] = (
                ""
                if page is None
                else (
                    f"{page['p50_ms']:.0f} / {page['p95_ms']:.0f} ms · {page['queries']} q"
                    + ("" if page["statuses"] == [200] else f" · HTTP {page['statuses']}")
                )
            )
        judged = results.get("national", results.get("small"))["pages"][name]
        queries = {s: r["pages"][name]["queries"] for s, r in results.items()}
        budget_ms = REPORT_BUDGET_MS if name.startswith("report") else PAGE_BUDGET_MS
        ok = (
            judged["p95_ms"] <= budget_ms
            and judged["queries"] <= PAGE_BUDGET_QUERIES
            and len(set(queries.values())) == 1
            and judged["statuses"] == [200]
        )
        rows.append(
            Row(
                f"page {name} (p50 / p95, queries)",
                cells["small"],
                cells["national"],
                f"p95 ≤ {budget_ms} ms, ≤ {PAGE_BUDGET_QUERIES} q, same q",
                _verdict(ok, "national" in results),
            )
        )
    return rows


def _verdict(ok: bool, final: bool = True) -> str:
    return ("met" if ok else "NOT met") + ("" if final else " (small only)")


def export_rows(exports: dict[str, dict], scale: str) -> list[Row]:
    rows = []
    for fmt, e in exports.items():
        figure = (
            f"{e['seconds']:.1f} s, peak {e['peak_mb']:.0f} MB (+{e['peak_mb'] - e['baseline_mb']:.0f}), "
            f"{e['targets']:,} targets" + ("" if e["status"] == 200 else f", HTTP {e['status']}")
        )
        if fmt == "csv":
            ok = (
                e["status"] == 200
                and e["streamed"]
                and e["seconds"] <= CSV_BUDGET_S
                and e["peak_mb"] <= EXPORT_BUDGET_MB
            )
            budget = f"≤ {CSV_BUDGET_S} s, ≤ {EXPORT_BUDGET_MB} MB, streamed"
        else:
            ok = e["status"] == 200 and e["streamed"] and e["peak_mb"] <= EXPORT_BUDGET_MB
            budget = f"rows not held twice (streamed file, ≤ {EXPORT_BUDGET_MB} MB)"
        cells = {"small": "", "national": ""}
        cells[scale] = figure
        rows.append(
            Row(
                f"export all targets {fmt.upper()}",
                cells["small"],
                cells["national"],
                budget,
                _verdict(ok, scale == "national"),
            )
        )
    return rows


def extraction_rows(e: dict) -> list[Row]:
    extraction_aps = e["articles"] / e["extraction_s"]
    tokenize_aps = e["articles"] / e["tokenize_s"]
    ratio = extraction_aps / tokenize_aps
    return [
        Row(
            f"extraction, {e['articles']} articles",
            national=(f"{extraction_aps:.1f} art/s, {e['characters'] / e['extraction_s']:,.0f} char/s"),
        ),
        Row(
            f"word_tokenize, {e['sentences']} sentences",
            national=(f"{tokenize_aps:.1f} art/s, {e['characters'] / e['tokenize_s']:,.0f} char/s"),
        ),
        Row(
            "extraction ÷ word_tokenize",
            national=f"{ratio:.1f}×",
            budget=f"≥ {EXTRACTION_BUDGET_RATIO:.0f}×",
            met=_verdict(ratio >= EXTRACTION_BUDGET_RATIO),
        ),
    ]


def import_rows(i: dict) -> list[Row]:
    return [
        Row(
            f"import_articles into a fresh db, {i['files']} files",
            national=(
                f"{i['files'] / i['seconds']:.1f} art/s ({i['articles']} articles, {i['targets']} targets, "
                f"{i['achievements']} achievements in {i['seconds']:.1f} s)"
            ),
        )
    ]


BIG_IMPORT_BUDGET_S = 10


def big_import_rows(results: dict[str, dict]) -> list[Row]:
    """The big article: its import time, and the longest an admin edit waited meanwhile (every one saved)."""
    rows = []
    for label, b in results.items():
        saved = b["edits"] > 0 and b["edit_statuses"] == [302]
        rows.append(
            Row(
                f"big article, {b['items']:,} items, {label}: import; longest admin edit",
                national=(
                    f"import {b['import_s']:.1f} s ({b['targets']} targets, {b['achievements']} results, "
                    f"{b['scorecards']} scorecards); admin edit longest {b['edit_max_s']:.2f} s, "
                    f"median {b['edit_p50_s']:.2f} s, {b['edits']} edits HTTP {b['edit_statuses']}"
                ),
                budget=f"import ≤ {BIG_IMPORT_BUDGET_S} s, every edit saved",
                met=_verdict(b["import_s"] <= BIG_IMPORT_BUDGET_S and saved),
            )
        )
    return rows


def load_rows(label: str, scale: str, r: dict) -> list[Row]:
    def cells(text: str) -> dict:
        return {"small": text} if scale == "small" else {"national": text}

    edits_ok = bool(r["admin_edits"]) and all(s == 302 for s in r["admin_edits"])
    clean = (
        r["server_errors"] == 0 and r["locked"] == 0 and r["client_errors"] == 0 and edits_ok and r["import_rc"] == 0
    )
    rss = max((w["rss_mb"] for w in r["workers"]), default=0)
    nlp = any(w["underthesea"] for w in r["workers"])
    return [
        Row(
            f"load {label}: req/s, p50 / p95",
            **cells(
                f"{r['rps']:.1f} req/s, {r['p50_ms']:.0f} / {r['p95_ms']:.0f} ms ({r['requests']} req, {r['seconds']:.0f} s)"
            ),
        ),
        Row(
            f"load {label}: 5xx, locked, import, admin edits",
            **cells(
                f"{r['server_errors']} 5xx, {r['locked']} locked, {r['client_errors']} conn err, import exit "
                f"{r['import_rc']} ({r['import_seconds']:.0f} s), edits {r['admin_edits']}"
            ),
            budget="0 5xx, 0 locked, edits saved",
            met=_verdict(clean),
        ),
        Row(
            f"load {label}: worker RSS",
            **cells(
                " / ".join(f"{w['rss_mb']:.0f} MB" for w in r["workers"]) + ("; underthesea loaded!" if nlp else "")
            ),
            budget=f"< {WORKER_BUDGET_MB} MB, no underthesea",
            met=_verdict(rss < WORKER_BUDGET_MB and not nlp),
        ),
    ]


def table(report: Report) -> str:
    """The report as one Markdown table, then the machine."""
    header = Row("Measure", "Small (Bến Tre; Lai Châu 2025)", "National", "Budget", "Met")
    rows = [header, *report.rows]
    widths = [max(len(getattr(r, f)) for r in rows) for f in ("measure", "small", "national", "budget", "met")]

    def line(r: Row) -> str:
        cells = (r.measure, r.small, r.national, r.budget, r.met)
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *(line(r) for r in report.rows)]
    m = report.machine
    out.append("")
    out.append(
        f"Machine: {m['nproc']} cores, {m['memory_gb']} GB, Python {m['python']}, SQLite {m['sqlite']}; "
        f"load average {m['load_average']} before, {m.get('load_average_after', '?')} after."
    )
    return "\n".join(out)
