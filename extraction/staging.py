"""Uploads waiting between the preview and the staff's "import": bytes and extraction on disk.

Kept out of the session (an article may be megabytes) and out of the database (nothing is
stored before staff press import). A token is the SHA-256 of the bytes.
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path

from django.conf import settings

from extraction.grammar.documents import UPLOAD_TOKEN as TOKEN

MAX_AGE = 24 * 3600


@dataclass
class StagedUpload:
    token: str
    data: bytes
    filename: str
    extraction: dict


def _folder() -> Path:
    folder = Path(getattr(settings, "EXTRACTION_STAGING_DIR", "") or Path(tempfile.gettempdir()) / "extraction-uploads")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def upload_stage(*, data: bytes, filename: str, extraction: dict) -> str:
    """Keep an upload until staff import it; return its token. Old uploads are cleared on the way."""
    folder = _folder()
    now = time.time()
    for old in folder.glob("*"):
        if now - old.stat().st_mtime > MAX_AGE:
            old.unlink(missing_ok=True)
    token = sha256(data).hexdigest()
    (folder / f"{token}.bin").write_bytes(data)
    (folder / f"{token}.json").write_text(json.dumps({"filename": filename, "extraction": extraction}), "utf-8")
    return token


def upload_load(*, token: str) -> StagedUpload | None:
    if not TOKEN.match(token or ""):
        return None
    folder = _folder()
    try:
        data = (folder / f"{token}.bin").read_bytes()
        meta = json.loads((folder / f"{token}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return StagedUpload(token, data, meta["filename"], meta["extraction"])


def upload_discard(*, token: str) -> None:
    if TOKEN.match(token or ""):
        for suffix in (".bin", ".json"):
            (_folder() / f"{token}{suffix}").unlink(missing_ok=True)
