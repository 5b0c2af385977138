"""The production server (gunicorn.conf.py) keeps answering while slow clients trickle their headers.

Starts gunicorn as production would, on a fresh migrated SQLite database, holds more slow
connections than there are workers, and asks for /healthz and a page meanwhile. The same
siege against gunicorn's sync workers shows what the set-up protects against.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).parent / "gunicorn"
SLOW_CLIENTS = 6


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def production_env(tmp_path_factory) -> dict:
    database = tmp_path_factory.mktemp("gunicorn") / "db.sqlite3"
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update(
        {
            "DATABASE_URL": f"sqlite:///{database}",
            "DJANGO_PRODUCTION": "1",
            "SECRET_KEY": secrets.token_urlsafe(60),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "SESSION_COOKIE_SECURE": "0",
            "CSRF_COOKIE_SECURE": "0",
            "SECURE_HSTS_SECONDS": "0",
            "WEB_CONCURRENCY": "1",
            "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
            "BENCH_STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
        }
    )
    for command in (["migrate", "--noinput", "-v", "0"], ["collectstatic", "--noinput", "-v", "0"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=REPO, env=env, check=True, timeout=300, capture_output=True
        )
    return env


def start(env: dict, *extra: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    server = subprocess.Popen(
        [str(GUNICORN), "config.wsgi", "--bind", f"127.0.0.1:{port}", *extra],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if get(port, "/healthz", timeout=2)[0] == 200:
            return server, port
        time.sleep(0.3)
    server.kill()
    raise AssertionError("gunicorn did not start")


def get(port: int, path: str, timeout: float) -> tuple[int | None, bytes]:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
    except OSError:
        return None, b""
    status = data.split(b" ", 2)[1] if data.startswith(b"HTTP/") else b""
    return (int(status) if status.isdigit() else None), data


def slow_clients(port: int, count: int) -> list[socket.socket]:
    """Connections that send half a request line and then hold it, as a slowloris client does."""
    held = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        held.append(sock)
    return held


def stop(server: subprocess.Popen, held: list[socket.socket]) -> None:
    for sock in held:
        sock.close()
    server.terminate()
    try:
        server.wait(20)
    except subprocess.TimeoutExpired:
        server.kill()


def test_the_production_workers_answer_while_slow_clients_hold_connections(production_env):
    server, port = start(production_env)
    held = slow_clients(port, SLOW_CLIENTS)
    try:
        time.sleep(1)
        started = time.monotonic()
        health = get(port, "/healthz", timeout=5)
        login = get(port, "/admin/login/", timeout=5)
        elapsed = time.monotonic() - started
    finally:
        stop(server, held)

    assert health[0] == 200 and b'"database": "ok"' in health[1]
    assert login[0] == 200
    assert elapsed < 5


def test_sync_workers_would_be_held_by_the_same_clients(production_env):
    server, port = start(production_env, "--worker-class", "sync")
    held = slow_clients(port, 2)
    try:
        time.sleep(1)
        status, _ = get(port, "/healthz", timeout=3)
    finally:
        stop(server, held)

    assert status is None  # the one sync worker is busy reading a request that never ends
