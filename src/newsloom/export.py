"""Export articles with everything newsloom found about them.

One record per article; the field names are the ones the evaluation tools
read (``source``, ``text``, ``published``, ``story``, ``rewrite_of`` ...).
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .store import Store

FIELDS = (
    "id", "source", "url", "title", "outlet", "published", "published_precision",
    "published_ambiguous", "published_alternatives", "author", "section", "kind", "language",
    "flags", "text", "story", "duplicate_of", "rewrite_of", "entities", "quotes", "events",
)
NESTED = ("published_alternatives", "flags", "entities", "quotes", "events")
FORMATS = ("jsonl", "csv", "parquet")


def records(store: Store) -> Iterator[dict[str, Any]]:
    """Every article as a plain dict, in arrival order."""
    for article in store.iter_articles(facts=True):
        data = article.to_dict()
        yield {name: data.get(name) for name in FIELDS}


def write_jsonl(store: Store, out: IO[str]) -> int:
    n = 0
    for record in records(store):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(store: Store, out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    n = 0
    for record in records(store):
        for name in NESTED:
            record[name] = json.dumps(record[name], ensure_ascii=False)
        writer.writerow(record)
        n += 1
    return n


def write_parquet(store: Store, path: str | Path, *, batch: int = 2000) -> int:
    """Parquet needs a file: nested fields are kept as JSON text columns."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RuntimeError("Parquet export needs pyarrow: pip install 'newsloom[export]'") from exc
    schema = pa.schema([(name, pa.bool_() if name == "published_ambiguous" else pa.string())
                        for name in FIELDS])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        rows: list[dict[str, Any]] = []
        for record in records(store):
            for name in NESTED:
                record[name] = json.dumps(record[name], ensure_ascii=False)
            rows.append(record)
            if len(rows) == batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n
