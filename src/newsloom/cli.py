"""The ``newsloom`` command: a thin layer over the library.

Exit codes: 0 all went well; 1 an error stopped the command; 2 bad usage;
3 the command finished but some inputs were quarantined or pages failed.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def default_db() -> Path:
    if os.environ.get("NEWSLOOM_DB"):
        return Path(os.environ["NEWSLOOM_DB"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsloom")) / "newsloom.db"


def _console(stderr: bool = True):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


class RichProgress:
    """Progress bars on a terminal, one per stage; silent when output is piped."""

    def __init__(self, console):
        self.console = console

    @contextmanager
    def stage(self, name: str, total: int | None):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        columns = [TextColumn("[bold]{task.description:<8}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn()]
        with Progress(*columns, console=self.console, transient=False,
                      disable=not self.console.is_terminal) as bar:
            task = bar.add_task(name, total=total)
            yield lambda n=1: bar.advance(task, n)


def print_summary(summary, console) -> None:
    from rich.table import Table

    table = Table(title="newsloom run", show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [
        ("inputs read", summary.inputs_read),
        ("pages new", summary.pages_new),
        ("pages already stored", summary.pages_seen_before),
        ("pages extracted", summary.pages_extracted),
        ("pages failed", summary.pages_failed),
        ("articles made", summary.articles),
        ("duplicates found", summary.duplicates),
        ("rewrites found", summary.rewrites),
        ("stories touched", summary.stories_touched),
        ("articles read for facts", summary.facts_articles),
        ("articles whose facts failed", summary.facts_failed),
        ("inputs quarantined", summary.failed_inputs),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    for reason, n in sorted(summary.quarantined.items()):
        table.add_row(f"  quarantined: {reason}", str(n))
    for flag, n in sorted(summary.page_flags.items()):
        table.add_row(f"  pages flagged: {flag}", str(n))
    console.print(table)
    for message in summary.quarantine_messages[:20]:
        console.print(f"[yellow]quarantined[/]: {message}", markup=True, highlight=False)
    if len(summary.quarantine_messages) > 20:
        console.print(f"... and {len(summary.quarantine_messages) - 20} more (newsloom quarantine)")


def _ingest_options(args):
    from .ingest import IngestOptions

    options = IngestOptions()
    if getattr(args, "timeout", None) is not None:
        options.timeout = args.timeout
    if getattr(args, "max_bytes", None) is not None:
        options.max_bytes = args.max_bytes
    if getattr(args, "ignore_robots", False):
        options.respect_robots = False
    return options


def _run(args, stages) -> int:
    from .pipeline import run_pipeline

    console = _console()
    summary = run_pipeline(args.inputs, args.db, stages=stages, runner=args.runner,
                           workers=args.workers, ingest_options=_ingest_options(args),
                           progress=RichProgress(console))
    print_summary(summary, console)
    console.print(f"store: {args.db}")
    return EXIT_PARTIAL if summary.failed_inputs or summary.pages_failed or summary.facts_failed else EXIT_OK


def cmd_ingest(args) -> int:
    return _run(args, ("ingest",))


def cmd_run(args) -> int:
    return _run(args, ("ingest", "extract", "copies", "stories", "facts"))


def cmd_demo(args) -> int:
    from .demo import demo_dir

    args.inputs = [str(demo_dir())]
    code = _run(args, ("ingest", "extract", "copies", "stories", "facts"))
    console = _console(stderr=False)
    from .store import Store

    with Store(args.db) as store:
        total = store.list_stories(limit=1)[0]
        stories = [dict(r) for r in store.db.execute(
            "SELECT * FROM stories ORDER BY n_articles DESC, n_outlets DESC, last DESC LIMIT 5")]
        console.print(f"\n[bold]{total} stories[/] in the demo store; the largest:", markup=True)
        for story in stories:
            console.print(f"  {story['id']}  {story['n_articles']} articles, {story['n_outlets']} outlets"
                          f"  {story['label'] or ''}", markup=False)
    db = f" --db {args.db}"
    console.print("\nWhere to look next:", style="bold")
    console.print(f"  newsloom stories{db}\n  newsloom relations KAZ UZB{db}\n"
                  f"  newsloom timeline KAZ UZB{db}\n  newsloom export{db} --format jsonl > articles.jsonl\n"
                  f"  newsloom serve{db}   (then open http://127.0.0.1:8000/)", markup=False)
    return EXIT_OK if code == EXIT_OK else code


def cmd_export(args) -> int:
    from . import export
    from .store import Store

    with Store(args.db) as store:
        if args.format == "parquet":
            if not args.output:
                print("newsloom export: --format parquet needs --output FILE", file=sys.stderr)
                return EXIT_USAGE
            n = export.write_parquet(store, args.output)
        else:
            writer = export.write_jsonl if args.format == "jsonl" else export.write_csv
            if args.output:
                with open(args.output, "w", encoding="utf-8", newline="") as out:
                    n = writer(store, out)
            else:
                n = writer(store, sys.stdout)
    print(f"exported {n} articles", file=sys.stderr)
    return EXIT_OK


def _open_existing(db: Path):
    from .store import Store

    if not Path(db).exists():
        raise SystemExit(f"newsloom: no store at {db} (run `newsloom run INPUTS --db {db}` first)")
    return Store(db)


def cmd_stats(args) -> int:
    with _open_existing(args.db) as store:
        stats = store.stats()
    if args.format == "json":
        print(json.dumps(stats, indent=1))
    else:
        for key, value in stats.items():
            print(f"{key:24} {value}")
    return EXIT_OK


def cmd_quarantine(args) -> int:
    with _open_existing(args.db) as store:
        rows = store.quarantined()
    if args.format == "json":
        print(json.dumps(rows, indent=1))
    else:
        for row in rows:
            print(f"{row['reason']:16} {row['message']}")
    return EXIT_OK


def cmd_stories(args) -> int:
    with _open_existing(args.db) as store:
        total, rows = store.list_stories(limit=args.limit, offset=args.offset)
    if args.format == "json":
        print(json.dumps({"total": total, "stories": rows}, indent=1, ensure_ascii=False))
        return EXIT_OK
    print(f"{total} stories")
    for row in rows:
        span = f"{(row['first'] or '?')[:10]} .. {(row['last'] or '?')[:10]}"
        print(f"{row['id']}  {span}  {row['n_articles']:3} articles {row['n_outlets']:2} outlets  {row['label'] or ''}")
    return EXIT_OK


def cmd_story(args) -> int:
    with _open_existing(args.db) as store:
        story = store.get_story(args.id)
    if not story:
        print(f"newsloom: no story {args.id}", file=sys.stderr)
        return EXIT_ERROR
    if args.format == "json":
        story["articles"] = [{k: v for k, v in a.to_dict().items() if k != "text"} for a in story["articles"]]
        print(json.dumps(story, indent=1, ensure_ascii=False))
        return EXIT_OK
    print(f"{story['label'] or story['id']}\n{(story['first'] or '?')[:10]} .. {(story['last'] or '?')[:10]}"
          f", outlets: {', '.join(story['outlets']) or '-'}")
    for a in story["articles"]:
        note = f"  copy of {a.duplicate_of}" if a.duplicate_of else (f"  rewrite of {a.rewrite_of}" if a.rewrite_of else "")
        print(f"  {(a.published or '?')[:10]}  {a.outlet or '-':20}  {a.id}  {a.title or ''}{note}")
    return EXIT_OK


def cmd_search(args) -> int:
    from .extract.quality import UNRELIABLE_SOURCE_FLAGS

    with _open_existing(args.db) as store:
        total, rows = store.search(args.query, outlet=args.outlet, since=args.since, until=args.until,
                                   entity=args.entity, country=args.country, limit=args.limit,
                                   skip_flags=UNRELIABLE_SOURCE_FLAGS if args.skip_flagged else ())
    if args.format == "json":
        print(json.dumps({"total": total, "results": rows}, indent=1, ensure_ascii=False))
        return EXIT_OK
    print(f"{total} articles")
    for row in rows:
        print(f"{(row['published'] or '?')[:10]}  {row['outlet'] or '-':20}  {row['id']}  {row['title'] or ''}")
    return EXIT_OK


def cmd_timeline(args) -> int:
    from .trends import timeline

    with _open_existing(args.db) as store:
        rows = store.events_between(args.a.upper(), args.b.upper())
        items = timeline(rows, args.a.upper(), args.b.upper())
    if args.format == "json":
        print(json.dumps(items, indent=1, ensure_ascii=False, default=str))
        return EXIT_OK
    for item in items:
        print(f"{str(item.get('date') or '?')[:10]}  {item.get('actor1')}->{item.get('actor2')}  "
              f"{item.get('type'):11} {item.get('polarity'):11}  {item.get('evidence', '')[:110]}")
    return EXIT_OK


def cmd_relations(args) -> int:
    from .trends import relations

    with _open_existing(args.db) as store:
        rows = store.events_between(args.a.upper(), args.b.upper())
        index = relations(rows, args.a.upper(), args.b.upper(), freq=args.freq)
        series, left_out = index["series"], index["ambiguous"]
    if args.format == "json":
        print(json.dumps(series, indent=1, ensure_ascii=False, default=str))
        return EXIT_OK
    print(f"{args.a.upper()}-{args.b.upper()} cooperation (+) / conflict (-) index per {args.freq},"
          " with its 95% interval; each real-world event counted once")
    for point in series:
        value = point.get("index", 0.0) or 0.0
        bar = ("+" * round(max(0.0, value) * 2)) or ("-" * round(max(0.0, -value) * 2))
        low, high = point.get("low"), point.get("high")
        interval = f"[{low:+6.2f} {high:+6.2f}]" if low is not None and high is not None else " " * 15
        print(f"{point.get('period')}  {value:+6.2f} {interval}  events {point.get('events', 0):3}"
              f"  reports {point.get('reports', 0):3}  {bar}")
    if series and series[0].get("undated"):
        print(f"left out: {series[0]['undated']} events without a date precise enough for a {args.freq}")
    for item in left_out:
        print(f"left out, date reads two ways ({' or '.join(item['periods'])}): {item['type']} "
              f"{item['actor1']}->{item['actor2']} {float(item.get('intensity') or 0):+.1f}  "
              f"{(item.get('evidence') or '')[:90]}")
    return EXIT_OK


def cmd_serve(args) -> int:
    from .web.serve import serve

    token = os.environ.get("NEWSLOOM_TOKEN") if args.allow_ingest else None
    if args.allow_ingest and not token:
        print("newsloom serve: --allow-ingest needs a token in the NEWSLOOM_TOKEN variable", file=sys.stderr)
        return EXIT_USAGE
    serve(args.db, host=args.host, port=args.port, allow_ingest=args.allow_ingest, token=token)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsloom",
        description="Turn raw news pages into a clean, searchable, evidence-backed picture of a story.",
        epilog="Try `newsloom demo` first. Each command has --help.")
    parser.add_argument("--version", action="version", version=f"newsloom {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name, func, help_text):
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", type=Path, default=None,
                       help="store file (default: $NEWSLOOM_DB or newsloom.db in your data folder)")
        p.set_defaults(func=func)
        return p

    def add_inputs(p, required=True):
        p.add_argument("inputs", nargs="+" if required else "*", metavar="INPUT",
                       help="files, folders (read recursively), globs, http(s) URLs or feed URLs")
        p.add_argument("--timeout", type=float, help="seconds to wait for a URL (default 20)")
        p.add_argument("--max-bytes", type=int, help="largest page or response kept (default 20 MB)")
        p.add_argument("--ignore-robots", action="store_true", help="fetch URLs that robots.txt disallows")
        p.add_argument("--runner", default="local", choices=("local", "ray"),
                       help="where per-page stages run (ray needs newsloom[ray])")
        p.add_argument("--workers", type=int, default=1,
                       help="processes for the per-page stages (extract, facts); default 1")

    def add_format(p):
        p.add_argument("--format", choices=("text", "json"), default="text")

    add_inputs(add("ingest", cmd_ingest, "Read inputs into the store, keeping every raw page (no processing)."))
    add_inputs(add("run", cmd_run, "Ingest inputs, then extract, find copies, group stories and read facts."),
               required=False)
    p = add("demo", cmd_demo, "Run the whole pipeline on the demo corpus that ships with newsloom.")
    p.set_defaults(inputs=[], runner="local", workers=1, timeout=None, max_bytes=None, ignore_robots=False)
    p = add("export", cmd_export, "Write every article with what newsloom found about it.")
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    p.add_argument("--output", "-o", help="file to write (default: standard output; required for parquet)")
    add_format(add("stats", cmd_stats, "Counts of what the store holds."))
    add_format(add("quarantine", cmd_quarantine, "Inputs that could not be read, with the reason."))
    p = add("stories", cmd_stories, "List stories, the latest first.")
    p.add_argument("--limit", type=int, default=30)
    p.add_argument("--offset", type=int, default=0)
    add_format(p)
    p = add("story", cmd_story, "Show one story with its articles and outlets.")
    p.add_argument("id")
    add_format(p)
    p = add("search", cmd_search, "Full-text search over articles.")
    p.add_argument("query")
    for name in ("outlet", "since", "until", "entity", "country"):
        p.add_argument(f"--{name}")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--skip-flagged", action="store_true",
                   help="leave out articles from pages flagged as error notices or machine-generated junk")
    add_format(p)
    p = add("timeline", cmd_timeline, "Events between two countries (ISO alpha-3 codes), in date order.")
    p.add_argument("a")
    p.add_argument("b")
    add_format(p)
    p = add("relations", cmd_relations, "Cooperation-conflict index between two countries over time.")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--freq", choices=("week", "month"), default="month")
    add_format(p)
    p = add("serve", cmd_serve, "Open the web app and JSON API over the store.")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--allow-ingest", action="store_true",
                   help="let the app ingest uploads and URLs (needs NEWSLOOM_TOKEN)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "db", None) is None:
        args.db = default_db() if args.command != "demo" else default_db().with_name("demo.db")
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("newsloom: interrupted; everything finished so far is stored", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
