"""``newsloom serve``: run the web app with uvicorn.

It binds 127.0.0.1 unless told otherwise: the app is meant for one person on
their own machine, and ingest (when allowed) writes to their store.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .app import create_app

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000,
          allow_ingest: bool = False, token: str | None = None, *, log_level: str = "info") -> None:
    """Serve the store at ``db_path`` on ``host:port`` until interrupted."""
    import uvicorn

    app = create_app(db_path, allow_ingest=allow_ingest, token=token)
    if host not in LOOPBACK:
        print(f"newsloom serve: listening on {host}, reachable from other machines;"
              " pages from the store are shown to whoever connects", file=sys.stderr)
    if allow_ingest:
        shown = "from NEWSLOOM_TOKEN" if token else app.state.ingest_token
        print(f"newsloom serve: ingest is on; token {shown}", file=sys.stderr)
    print(f"newsloom serve: http://{'[' + host + ']' if ':' in host else host}:{port}/", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False,
                server_header=False)
