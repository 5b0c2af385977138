"""Run the extraction pipeline in a child process, so the web worker never imports underthesea.

The upload preview needs what the pipeline reads, but underthesea and its models would
take a web worker far past its memory budget. The child is `manage.py extract_articles
--format json FILE`, which touches no database; its JSON (resolution-extraction/1) is the
same contract the command line and the scorer use, and ArticleExtraction.from_json reads it back
into the pipeline's dataclasses when the upload is imported (extraction.services.extraction_of).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings

# Below gunicorn's 120 s timeout: the child is stopped, and staff told, before the worker is killed.
DEFAULT_TIMEOUT = 100
PREFIX = "extraction-preview-"


def _die_with_parent() -> None:
    """In the child: be killed when the web worker that started it dies (Linux), never left running."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _sweep(older_than: float) -> None:
    """Remove the folders of previews whose worker died before it could (kill -9 skips the cleanup)."""
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            if now - folder.stat().st_mtime > older_than:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


class IsolatedExtractionError(Exception):
    """The child process failed or timed out; the message is one line for staff."""


def extraction_isolated(*, data: bytes, filename: str, timeout: float | None = None) -> dict:
    """The resolution-extraction/1 article the pipeline reads from these bytes, run in a child process."""
    timeout = timeout or getattr(settings, "EXTRACTION_PREVIEW_TIMEOUT", DEFAULT_TIMEOUT)
    name = Path(filename or "upload.txt").name or "upload.txt"
    if Path(name).suffix.lower() not in (".txt", ".html", ".htm"):
        name += ".txt"
    _sweep(older_than=2 * timeout)
    with tempfile.TemporaryDirectory(prefix=PREFIX) as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        command = [
            sys.executable,
            str(Path(settings.BASE_DIR) / "manage.py"),
            "extract_articles",
            "--format",
            "json",
            str(path),
        ]
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings")}
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                timeout=timeout,
                env=env,
                cwd=settings.BASE_DIR,
                check=False,
                preexec_fn=_die_with_parent,
            )
        except subprocess.TimeoutExpired as exc:
            raise IsolatedExtractionError(f"the extraction took more than {timeout:.0f} s and was stopped") from exc
    payload = _json_in(done.stdout.decode("utf-8", "replace"))
    if not isinstance(payload, dict) or not payload.get("articles"):
        lines = [line for line in done.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
        reason = lines[-1].strip() if lines else f"exit status {done.returncode}, no output"
        raise IsolatedExtractionError(f"the extraction failed: {reason}")
    return payload["articles"][0]


def _json_in(output: str) -> dict | None:
    """The JSON document in the child's output, ignoring anything printed before it."""
    start = output.find("{")
    while start >= 0:
        try:
            payload = json.loads(output[start:])
        except json.JSONDecodeError:
            start = output.find("{", start + 1)
            continue
        return payload if isinstance(payload, dict) else None
    return None
