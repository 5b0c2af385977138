"""The upload preview's child process: stopped before gunicorn would kill the worker, and never left
behind (nor its copy of the upload) when the worker dies mid-preview."""

import os
import runpy
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from django.conf import settings

from extraction import isolated

REPO = Path(__file__).resolve().parents[2]


def test_the_preview_gives_up_before_gunicorn_kills_the_worker():
    gunicorn = runpy.run_path(str(REPO / "gunicorn.conf.py"))

    assert settings.EXTRACTION_PREVIEW_TIMEOUT < gunicorn["timeout"]
    assert isolated.DEFAULT_TIMEOUT < gunicorn["timeout"]


def children_of_previews() -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if isolated.PREFIX.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_a_worker_killed_mid_preview_leaves_no_child_and_no_upload_behind(tmp_path):
    text = (
        "Huyện ủy Chợ Lách đề ra 24 chỉ tiêu năm 2022.\n\n" + "Phát triển 80 đảng viên mới. " * 12000
    )  # about 8 s of reading
    (tmp_path / "bai.txt").write_text(text, "utf-8")
    script = tmp_path / "worker.py"
    script.write_text(
        textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        sys.path.insert(0, {str(REPO)!r})
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        import django
        django.setup()
        from extraction.isolated import extraction_isolated
        extraction_isolated(data=Path({str(tmp_path / "bai.txt")!r}).read_bytes(), filename="bai.txt")
    """),
        "utf-8",
    )
    worker = subprocess.Popen([sys.executable, str(script)], cwd=REPO, env={**os.environ, "TMPDIR": str(tmp_path)})
    deadline = time.monotonic() + 30
    while not [p for p in children_of_previews() if p != worker.pid] and time.monotonic() < deadline:
        time.sleep(0.1)
    children = [p for p in children_of_previews() if p != worker.pid]
    assert children, "the preview's child did not start"

    os.kill(worker.pid, signal.SIGKILL)  # gunicorn's timeout, or the OOM killer
    worker.wait()
    deadline = time.monotonic() + 2  # the child would read on for seconds if nothing stopped it
    while (
        any(
            Path(f"/proc/{pid}").exists() and b"zombie" not in Path(f"/proc/{pid}/status").read_bytes().lower()
            for pid in children
        )
        and time.monotonic() < deadline
    ):
        time.sleep(0.1)

    assert not [
        pid
        for pid in children
        if Path(f"/proc/{pid}").exists() and b"(zombie)" not in Path(f"/proc/{pid}/status").read_bytes()
    ]
    assert list(tmp_path.glob(isolated.PREFIX + "*"))  # the worker died before removing the upload ...
    os.environ["TMPDIR"], before = str(tmp_path), os.environ.get("TMPDIR")
    try:
        import tempfile

        tempfile.tempdir = None
        isolated._sweep(older_than=0)  # ... and the next preview clears it
    finally:
        tempfile.tempdir = None
        if before is None:
            os.environ.pop("TMPDIR")
        else:
            os.environ["TMPDIR"] = before
    assert not list(tmp_path.glob(isolated.PREFIX + "*"))
