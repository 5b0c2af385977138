"""gunicorn settings for production: `gunicorn config.wsgi` reads this file from the working directory.

The timeout is 120 s, not gunicorn's default 30 s, so a download of every national target as
XLSX or CSV is never cut off mid-file.
"""

import os

bind = os.environ.get("GUNICORN_BIND", os.environ.get("BIND", "127.0.0.1:8000"))
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
timeout = 120
accesslog = "-"  # to stdout
