"""The project's settings with the static files collected where the benchmark put them.

Production mode (manifest static storage) needs collected static files; the benchmark collects them
into a directory of its own (BENCH_STATIC_ROOT) rather than into the deployment's STATIC_ROOT.
"""

import os
from pathlib import Path

from config.settings import *  # noqa: F401,F403
from config.settings import BASE_DIR

STATIC_ROOT = Path(os.environ.get("BENCH_STATIC_ROOT", BASE_DIR / "var" / "bench-static"))
