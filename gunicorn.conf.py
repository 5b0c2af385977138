"""gunicorn settings for production: `gunicorn config.wsgi` reads this file from the working directory.

Workers are gevent's: each connection is a greenlet, so clients that trickle their headers or
read slowly hold a few kilobytes, not a worker (two such clients made the site unreachable with
sync workers). The timeout is 120 s, not gunicorn's default 30 s, so a download of every national
target as XLSX or CSV is never cut off mid-file; the upload preview's child process is stopped
before that (EXTRACTION_PREVIEW_TIMEOUT, 100 s). The README's "Production" section gives the set-up
behind a TLS proxy.
"""

import os

# Greenlets come and go with their requests: a database connection kept per greenlet would
# outlive nobody's use of it, so connections close at the end of each request.
os.environ.setdefault("CONN_MAX_AGE", "0")

bind = os.environ.get("GUNICORN_BIND", os.environ.get("BIND", "127.0.0.1:8000"))
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gevent")
worker_connections = int(os.environ.get("GUNICORN_WORKER_CONNECTIONS", "1000"))
timeout = 120
graceful_timeout = 30
keepalive = 5
# Headers that never finish are dropped rather than kept: at most this many header fields and bytes.
limit_request_fields = 100
limit_request_field_size = 8190
accesslog = "-"  # to stdout
