"""Load and concurrency: gunicorn in production mode under a bounded Python client.

Every address is 127.0.0.1; every loop is bounded in count and in time; the gunicorn master and
the import are this module's own subprocesses and are stopped by their process ids.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

HOST = "127.0.0.1"
MAX_REQUESTS_PER_CLIENT = 20_000
REQUEST_TIMEOUT = 30
LOCKED = re.compile(rb"database is locked", re.I)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Session:
    """Cookies and CSRF for one logged-in user over plain HTTP on loopback."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.lock = threading.Lock()

    def request(self, method: str, path: str, body: dict | None = None, conn=None) -> tuple[int, bytes]:
        own = conn is None
        conn = conn or http.client.HTTPConnection(HOST, self.port, timeout=REQUEST_TIMEOUT)
        with self.lock:
            cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        headers = {"Cookie": cookie, "Host": f"{HOST}:{self.port}"}
        data = None
        if body is not None:
            data = urlencode(body, doseq=True).encode()
            headers.update(
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Origin": f"http://{HOST}:{self.port}",
                    "Referer": f"http://{HOST}:{self.port}{path}",
                }
            )
        try:
            conn.request(method, path, body=data, headers=headers)
            response = conn.getresponse()
            content = response.read()
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    with self.lock:
                        self.cookies[name.strip()] = rest.split(";", 1)[0]
            return response.status, content
        finally:
            if own:
                conn.close()

    def login(self, username: str, password: str) -> None:
        status, page = self.request("GET", "/admin/login/")
        form = FormReader.read(page)
        status, _ = self.request(
            "POST",
            "/admin/login/?next=/",
            {
                "csrfmiddlewaretoken": form.get("csrfmiddlewaretoken", ""),
                "username": username,
                "password": password,
                "next": "/",
            },
        )
        if status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"login over HTTP failed (status {status})")


class FormReader(HTMLParser):
    """The fields of a page's largest <form method=post> (not e.g. the language switcher), as a browser sends them."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict[str, list[str]]] = []
        self.fields: dict[str, list[str]] | None = None
        self.select: str | None = None
        self.textarea: str | None = None

    @classmethod
    def read(cls, page: bytes) -> dict:
        reader = cls()
        reader.feed(page.decode("utf-8", "replace"))
        fields = max(reader.forms, key=len, default={})
        return {k: v[0] if len(v) == 1 else v for k, v in fields.items()}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self.fields = {}
            self.forms.append(self.fields)
        if self.fields is None:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind in ("submit", "button", "file", "image"):
                return
            self.fields.setdefault(name, []).append(a.get("value") or ("on" if kind == "checkbox" else ""))
        elif tag == "select" and name:
            self.select = name
        elif tag == "option" and self.select and "selected" in a:
            self.fields.setdefault(self.select, []).append(a.get("value") or "")
        elif tag == "textarea" and name:
            self.textarea = name
            self.fields.setdefault(name, []).append("")

    def handle_data(self, data):
        if self.textarea and self.fields is not None:
            self.fields[self.textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "form":
            self.fields = None


@dataclass
class LoadResult:
    requests: int = 0
    seconds: float = 0
    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0
    admin_edits: list[int] = field(default_factory=list)


def _client(session: Session, urls: list[str], offset: int, deadline: float, result: LoadResult, lock) -> None:
    conn = http.client.HTTPConnection(HOST, session.port, timeout=REQUEST_TIMEOUT)
    latencies, statuses, errors = [], {}, 0
    for n in range(MAX_REQUESTS_PER_CLIENT):
        if time.monotonic() >= deadline:
            break
        url = urls[(offset + n) % len(urls)]
        started = time.perf_counter()
        try:
            status, _ = session.request("GET", url, conn=conn)
        except (OSError, http.client.HTTPException):
            errors += 1
            conn.close()
            conn = http.client.HTTPConnection(HOST, session.port, timeout=REQUEST_TIMEOUT)
            continue
        latencies.append((time.perf_counter() - started) * 1000)
        statuses[status] = statuses.get(status, 0) + 1
    conn.close()
    with lock:
        result.latencies_ms += latencies
        result.errors += errors
        for status, count in statuses.items():
            result.statuses[status] = result.statuses.get(status, 0) + count


def admin_edit(session: Session, achievement_id: str, step: int) -> int:
    """Change an achievement's note through the admin form (GET, then POST with its CSRF token)."""
    path = f"/admin/tracker/achievement/{achievement_id}/change/"
    status, page = session.request("GET", path)
    if status != 200:
        return status
    form = FormReader.read(page)
    form["note"] = f"benchmark edit {step}"
    form["_save"] = "Save"
    status, _ = session.request("POST", path, form)
    return status  # 302: saved and redirected; 200: the form came back with errors


def worker_memory(master_pid: int) -> dict[int, dict]:
    """VmRSS (MB) of each gunicorn worker and whether underthesea is mapped into it."""
    workers = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            if int(stat.rsplit(")", 1)[1].split()[1]) != master_pid:
                continue
            status = (entry / "status").read_text()
            rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
            mapped = "underthesea" in (entry / "maps").read_text()
        except (OSError, AttributeError, ValueError, IndexError):
            continue
        workers[int(entry.name)] = {"rss_mb": rss, "underthesea": mapped}
    return workers


def _wait_ready(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/admin/login/")
            if conn.getresponse().status == 200:
                conn.close()
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"gunicorn did not answer on {HOST}:{port} within {timeout:.0f} s")


def _stop(process: subprocess.Popen, grace: float = 15) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def load_run(
    *,
    env: dict,
    python: str,
    repo: Path,
    workdir: Path,
    urls: dict[str, str],
    password: str,
    import_folder: Path,
    seconds: float,
    clients: int,
    workers: int = 2,
) -> dict:
    """Mixed page requests from `clients` threads for `seconds`, while an import and admin edits run."""
    port = free_port()
    log_path = workdir / "gunicorn.log"
    gunicorn = [
        str(Path(python).parent / "gunicorn"),
        "config.wsgi:application",
        "--workers",
        str(workers),
        "--bind",
        f"{HOST}:{port}",
        "--timeout",
        "60",
        "--error-logfile",
        "-",
    ]
    import_log = workdir / "import.log"
    with open(log_path, "wb") as log, open(import_log, "wb") as ilog:
        server = subprocess.Popen(gunicorn, cwd=repo, env=env, stdout=log, stderr=subprocess.STDOUT)
        importer = None
        try:
            _wait_ready(port, 60)
            session = Session(port)
            session.login("bench", password)
            pages = [u for name, u in urls.items() if not name.startswith(("_", "report"))]
            result, lock = LoadResult(), threading.Lock()
            memory: dict[int, dict] = {}
            started = time.monotonic()
            deadline = started + seconds
            threads = [
                threading.Thread(target=_client, args=(session, pages, i, deadline, result, lock), daemon=True)
                for i in range(clients)
            ]
            for thread in threads:
                thread.start()
            importer = subprocess.Popen(
                [python, "manage.py", "import_articles", str(import_folder), "--no-progress"],
                cwd=repo,
                env=env,
                stdout=ilog,
                stderr=subprocess.STDOUT,
            )
            edits_at = [seconds * share for share in (0.25, 0.5, 0.75)]
            import_finished = None
            while time.monotonic() < deadline:
                elapsed = time.monotonic() - started
                if import_finished is None and importer.poll() is not None:
                    import_finished = elapsed
                if edits_at and elapsed >= edits_at[0]:
                    edits_at.pop(0)
                    result.admin_edits.append(admin_edit(session, urls["_achievement"], len(result.admin_edits)))
                for pid, figures in worker_memory(server.pid).items():
                    seen = memory.setdefault(pid, {"rss_mb": 0.0, "underthesea": False})
                    seen["rss_mb"] = max(seen["rss_mb"], figures["rss_mb"])
                    seen["underthesea"] |= figures["underthesea"]
                time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
            for thread in threads:
                thread.join(REQUEST_TIMEOUT + 5)
            result.seconds = time.monotonic() - started
            result.requests = len(result.latencies_ms)
            try:
                import_rc = importer.wait(max(30.0, seconds))
            except subprocess.TimeoutExpired:
                import_rc = None
            import_seconds = import_finished or (time.monotonic() - started)
        finally:
            if importer is not None:
                _stop(importer)
            _stop(server)
    log_bytes = log_path.read_bytes() + import_log.read_bytes()
    server_errors = sum(n for status, n in result.statuses.items() if status >= 500)
    return {
        "requests": result.requests,
        "seconds": result.seconds,
        "rps": result.requests / result.seconds,
        "p50_ms": _pct(result.latencies_ms, 0.5),
        "p95_ms": _pct(result.latencies_ms, 0.95),
        "statuses": {str(k): v for k, v in sorted(result.statuses.items())},
        "server_errors": server_errors,
        "client_errors": result.errors,
        "locked": len(LOCKED.findall(log_bytes)),
        "admin_edits": result.admin_edits,
        "import_rc": import_rc,
        "import_seconds": import_seconds,
        "import_summary": import_log.read_text(errors="replace").strip().splitlines()[-2:],
        "workers": list(memory.values()),
        "log": str(log_path),
    }


def _pct(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def dump(result: dict) -> str:
    return json.dumps(result, indent=2, default=str)
