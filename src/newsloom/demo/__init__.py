"""The demo corpus that ships with newsloom.

A dozen invented news pages, in the shapes newsloom reads (plain-text page
dumps, HTML, JSONL), written so that every stage of the pipeline has
something visible to do.  ``newsloom demo`` runs the whole pipeline on
:func:`demo_dir`.  ``extras/`` holds inputs the demo does not ingest by
default (an RSS feed whose links point at hosts that do not exist) and
``expected.json``, a description of what the corpus contains: its stories,
copies, rewrites and the events between the two countries, for checking a
pipeline run against.

All text is fictional; see ``README.md`` in this folder.
"""
from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import Any

_PACKAGE = "newsloom.demo"
_stack = ExitStack()
atexit.register(_stack.close)
_cache: dict[str, Path] = {}


def _folder(name: str) -> Path:
    """A real folder on disk holding the packaged folder ``name``.

    An ordinary install keeps package files on disk, so the folder is
    returned as it is.  When the package is imported from an archive, the
    folder is copied once into a temporary directory removed at exit.
    """
    if name in _cache:
        return _cache[name]
    node = resources.files(_PACKAGE).joinpath(name)
    if isinstance(node, Path):
        path = node
    else:
        tmp = Path(_stack.enter_context(tempfile.TemporaryDirectory(prefix="newsloom-demo-")))
        path = tmp / name
        _copy_tree(node, path)
    if not path.is_dir():
        raise FileNotFoundError(f"the newsloom demo folder {name!r} is missing from the installed package")
    _cache[name] = path
    return path


def _copy_tree(node: Any, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for child in node.iterdir():
        if child.is_dir():
            _copy_tree(child, target / child.name)
        else:
            with resources.as_file(child) as src:
                shutil.copyfile(src, target / child.name)


def demo_dir() -> Path:
    """The folder of demo pages that ``newsloom demo`` ingests."""
    return _folder("pages")


def extras_dir() -> Path:
    """The folder of demo inputs that are not ingested by default (``feed.xml``, ``expected.json``)."""
    return _folder("extras")


def demo_files() -> list[Path]:
    """Every demo page, sorted by name."""
    return sorted(p for p in demo_dir().iterdir() if p.is_file() and not p.name.startswith("."))


def expected() -> dict[str, Any]:
    """What the demo corpus contains (stories, copies, rewrites, events), as written by its authors."""
    return json.loads((extras_dir() / "expected.json").read_text(encoding="utf-8"))


__all__ = ["demo_dir", "demo_files", "expected", "extras_dir"]
