"""Load test of the newsloom JSON API on loopback.

Builds a synthetic store (10,000 articles by default, with stories, entities,
quotes and events) through the Store API, starts ``uvicorn`` with the web app
on 127.0.0.1 in a child process, then sends a fixed number of requests to the
story and search endpoints from a bounded asyncio + httpx load generator and
prints requests/s and p50/p99 latency per endpoint.  It stops by itself.

    python benchmarks/bench_api.py [--articles 10000] [--requests 2000] [--concurrency 16]
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import multiprocessing
import random
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from newsloom.records import Article, Entity, Event, Quote, RawPage, content_hash
from newsloom.store import Store

FILLER = ("the a of to in on and said that with for after before by from at as was were will "
          "would could officials people region week month year new old local national").split()
_SYLLABLES = ("ka ro mi ten sul var do pe lin gra tor ba ne si fu mar zel o ri an").split()


def _vocabulary(n: int = 6000, seed: int = 3) -> list[str]:
    """Invented content words; drawn with Zipf-like weights, like the words of real news."""
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


WORDS = _vocabulary()
_WEIGHTS = [1 / (rank + 10) for rank in range(len(WORDS))]
_CUM = list(itertools.accumulate(_WEIGHTS))
OUTLETS = [f"Outlet {chr(65 + i)}{chr(97 + i)} News" for i in range(20)]
PEOPLE = [f"{first} {last}" for first in ("Ada", "Bo", "Cyr", "Dee", "Eli", "Fen", "Gus", "Hal")
          for last in ("Marsh", "Noor", "Ortiz", "Pike", "Quell")]
COUNTRIES = [("Kazakhstan", "KAZ"), ("Uzbekistan", "UZB"), ("Armenia", "ARM"), ("Georgia", "GEO"),
             ("Azerbaijan", "AZE"), ("Turkey", "TUR")]


def word(rng: random.Random) -> str:
    return rng.choices(WORDS, cum_weights=_CUM)[0]


def sentence(rng: random.Random, n: int = 14, topic: list[str] | None = None) -> str:
    words = []
    for _ in range(n):
        r = rng.random()
        if topic and r < 0.12:
            words.append(rng.choice(topic))
        elif r < 0.45:
            words.append(word(rng))
        else:
            words.append(rng.choice(FILLER))
    return " ".join(words).capitalize() + "."


def build(path: Path, n_articles: int, per_story: int = 10, seed: int = 7) -> dict:
    """A synthetic store of ``n_articles`` articles in stories of ``per_story``."""
    rng = random.Random(seed)
    store = Store(path)
    started = time.perf_counter()
    story_ids = []
    with store.transaction():
        for i in range(n_articles):
            story = f"story-{i // per_story:05d}"
            if not story_ids or story_ids[-1] != story:
                story_ids.append(story)
                topic = [word(rng) for _ in range(5)]
            person = rng.choice(PEOPLE)
            (c1, a1), (c2, a2) = rng.sample(COUNTRIES, 2)
            quote = sentence(rng, 10)
            event_sentence = f"{c1} and {c2} signed a {word(rng)} accord."
            paragraphs = [sentence(rng, topic=topic) + " " + sentence(rng, topic=topic) for _ in range(3)]
            paragraphs.append(f"\"{quote}\" said {person}. {event_sentence}")
            paragraphs += [sentence(rng, topic=topic) + " " + sentence(rng, topic=topic) for _ in range(2)]
            text = "\n\n".join(paragraphs)
            day = 1 + (i // per_story) % 28
            month = 1 + (i // (per_story * 28)) % 12
            raw = f"{i}\n{text}".encode()
            page = RawPage(id=content_hash(raw), source=f"bench/{i}.txt", kind="text", content=raw,
                           url=f"https://news{i % 20}.example/{i}", http_status=200, encoding="utf-8")
            store.add_page(page)
            article = Article(
                id=Article.make_id(page.id, 0, text), page_id=page.id, source=page.source, text=text,
                title=f"{rng.choice(topic).capitalize()} {word(rng)} {rng.choice(topic)}",
                outlet=OUTLETS[i % len(OUTLETS)], published=f"2025-{month:02d}-{day:02d}",
                published_precision="day", language="en", url=page.url)
            store.put_extraction(page.id, [article], language="en")
            for name, code in ((c1, a1), (c2, a2)):
                pos = text.find(name)
                article.entities.append(Entity(name, "GPE", pos, pos + len(name), name, code))
            pos = text.find(person)
            article.entities.append(Entity(person, "PERSON", pos, pos + len(person), person))
            pos = text.find(quote)
            article.quotes.append(Quote(quote, person, pos, pos + len(quote), speaker_canonical=person))
            pos = text.find(event_sentence)
            sign = 1 if rng.random() < 0.6 else -1
            article.events.append(Event("AGREE" if sign > 0 else "ACCUSE", a1, a2,
                                        "cooperation" if sign > 0 else "conflict", sign * rng.uniform(1, 8),
                                        event_sentence, pos, pos + len(event_sentence),
                                        date=article.published, date_precision="day"))
            store.put_facts(article)
            store.assign_story(article.id, story)
    store.refresh_stories({s: f"Story {s[-5:]}" for s in story_ids})
    seconds = time.perf_counter() - started
    stats = store.stats()
    store.close()
    return {"seconds": seconds, "stories": story_ids, "stats": stats}


def _serve(db: str, port: int) -> None:
    import uvicorn

    from newsloom.web import create_app

    uvicorn.run(create_app(db), host="127.0.0.1", port=port, log_level="warning", access_log=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def load(base: str, urls: list[tuple[str, str]], concurrency: int) -> dict[str, list[float]]:
    """Send every URL once with at most ``concurrency`` in flight; latency per endpoint."""
    latencies: dict[str, list[float]] = {}
    failures: list[str] = []
    queue: asyncio.Queue = asyncio.Queue()
    for item in urls:
        queue.put_nowait(item)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        async def worker():
            while True:
                try:
                    kind, url = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t0 = time.perf_counter()
                r = await client.get(url)
                elapsed = time.perf_counter() - t0
                if r.status_code != 200:
                    failures.append(f"{r.status_code} {url}")
                latencies.setdefault(kind, []).append(elapsed)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    if failures:
        raise SystemExit(f"{len(failures)} requests failed, e.g. {failures[0]}")
    return latencies


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=2000, help="requests per endpoint")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--db", help="store to build (default: a temporary file)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="newsloom-bench-") as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "bench.db"
        built = build(db, args.articles)
        print(f"store: {built['stats']['articles']} articles, {built['stats']['stories']} stories,"
              f" {built['stats']['events']} events; built in {built['seconds']:.1f} s")
        port = free_port()
        proc = multiprocessing.get_context("spawn").Process(target=_serve, args=(str(db), port), daemon=True)
        proc.start()
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.time() + 30
            while True:
                try:
                    if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.time() > deadline or not proc.is_alive():
                    raise SystemExit("the server did not start")
                time.sleep(0.1)
            rng = random.Random(1)
            stories = built["stories"]
            plan = {
                "story": [("story", f"/api/stories/{rng.choice(stories)}") for _ in range(args.requests)],
                "search": [("search", f"/api/search?q={word(rng)}+{word(rng)}"
                                      + (f"&country={rng.choice(COUNTRIES)[1]}" if rng.random() < 0.3 else ""))
                           for _ in range(args.requests)],
            }
            # a short warm-up so that connections and caches are open
            asyncio.run(load(base, plan["story"][:50] + plan["search"][:50], args.concurrency))
            print(f"{'endpoint':10} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
            for kind, urls in plan.items():
                t0 = time.perf_counter()
                lat = asyncio.run(load(base, urls, args.concurrency))[kind]
                wall = time.perf_counter() - t0
                print(f"{kind:10} {len(lat):8d} {len(lat) / wall:8.1f} {statistics.median(lat) * 1000:8.1f}"
                      f" {percentile(lat, 0.99) * 1000:8.1f}")
            sample = [httpx.get(base + url, timeout=30).json()["paging"]["total"] for _, url in plan["search"][:100]]
            print(f"(concurrency {args.concurrency}; a search query matched {statistics.mean(sample):.0f}"
                  f" articles on average, median {statistics.median(sample):.0f})")
        finally:
            proc.terminate()
            proc.join(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
