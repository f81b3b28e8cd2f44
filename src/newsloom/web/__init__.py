"""newsloom.web: the web app and JSON API over a newsloom store.

``create_app(db_path, allow_ingest=False, token=None)`` builds the FastAPI
app; ``serve(db_path, host="127.0.0.1", port=8000, ...)`` runs it with
uvicorn.  Page data comes from :mod:`newsloom.web.views`, one function per
page, shared by the HTML pages and their JSON twins under ``/api``.
"""
from __future__ import annotations

__all__ = ["create_app", "serve"]


def create_app(db_path, *, allow_ingest: bool = False, token: str | None = None):
    from .app import create_app as _create_app

    return _create_app(db_path, allow_ingest=allow_ingest, token=token)


def serve(db_path, host: str = "127.0.0.1", port: int = 8000, allow_ingest: bool = False,
          token: str | None = None):
    from .serve import serve as _serve

    return _serve(db_path, host=host, port=port, allow_ingest=allow_ingest, token=token)
