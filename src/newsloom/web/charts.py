"""Server-rendered SVG for the relations chart.

The cooperation-conflict index over time: a zero line, one point per period
(its area grows with the number of events), an uncertainty band and whiskers
of 95 % (the series' own interval, else 1.96 standard errors), labelled axes, and each point a link to
the events that make it.  Every value that reaches the markup is escaped; the
SVG uses presentation attributes only, so it obeys a strict
Content-Security-Policy whether it is inlined in a page or served alone.
"""
from __future__ import annotations

import math
from datetime import date

from markupsafe import Markup, escape

from .views import period_start

WIDTH, HEIGHT = 760, 320
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 24, 56
Z95 = 1.96

COLOURS = {
    "cooperation": "#2f7d5b",
    "conflict": "#b5443b",
    "neutral": "#6b7280",
    "band": "#9db4d3",
    "axis": "#4b5563",
    "grid": "#e5e7eb",
    "zero": "#374151",
    "text": "#374151",
}


def _nice(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k not below ``value``."""
    if value <= 0:
        return 1.0
    exp = math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * 10 ** exp >= value - 1e-12:
            return step * 10 ** exp
    return 10 ** (exp + 1)


def _fmt(v: float) -> str:
    return f"{v:+.1f}" if v else "0"


def relations_chart(series: list[dict], *, a: str, b: str, freq: str = "month",
                    href_prefix: str = "") -> Markup:
    """An SVG chart of ``series`` (dicts with period, index, low/high or se, events, anchor)."""
    title = f"{a}–{b} cooperation–conflict index per {freq}"
    points = []
    for p in series:
        start = period_start(str(p.get("period")))
        if start is None or p.get("index") is None:
            continue
        value = float(p["index"])
        points.append((start, value, _interval(p, value), int(p.get("events") or 0), p))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}"'
        f' width="{WIDTH}" height="{HEIGHT}" role="img" aria-labelledby="chart-title chart-desc"'
        f' font-family="system-ui, sans-serif" font-size="12">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(_describe(points))}</desc>',
    ]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    if not points:
        out.append(f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle"'
                   f' fill="{COLOURS["text"]}">No dated events between {escape(a)} and {escape(b)}.</text>')
        out.append("</svg>")
        return Markup("".join(out))

    extent = max(max(max([abs(v), *(abs(x) for x in (e or ()))]) for _, v, e, _, _ in points), 1.0)
    top = _nice(extent)
    days = [s.toordinal() for s, *_ in points]
    lo, hi = min(days), max(days)
    pad = max(15, (hi - lo) * 0.04)
    lo, hi = lo - pad, hi + pad

    def x(d: date) -> float:
        return LEFT + (d.toordinal() - lo) / (hi - lo) * plot_w

    def y(v: float) -> float:
        return TOP + (top - v) / (2 * top) * plot_h

    # grid and y axis
    for k in range(-2, 3):
        v = top * k / 2
        yy = y(v)
        colour = COLOURS["zero"] if k == 0 else COLOURS["grid"]
        width = 1.5 if k == 0 else 1
        cls = "zero-line" if k == 0 else "grid-line"
        out.append(f'<line class="{cls}" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{yy:.1f}" y2="{yy:.1f}"'
                   f' stroke="{colour}" stroke-width="{width}"/>')
        out.append(f'<text x="{LEFT - 8}" y="{yy + 4:.1f}" text-anchor="end"'
                   f' fill="{COLOURS["text"]}">{escape(_fmt(v))}</text>')
    out.append(f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{TOP + plot_h}" stroke="{COLOURS["axis"]}"/>')
    out.append(f'<text x="16" y="{TOP + plot_h / 2:.1f}" text-anchor="middle"'
               f' transform="rotate(-90 16 {TOP + plot_h / 2:.1f})" fill="{COLOURS["text"]}">'
               f'conflict (−) · index · cooperation (+)</text>')
    # x axis: at most 8 labelled periods
    base = TOP + plot_h
    out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{base}" y2="{base}" stroke="{COLOURS["axis"]}"/>')
    step = max(1, math.ceil(len(points) / 8))
    for i, (start, *_rest, p) in enumerate(points):
        if i % step:
            continue
        xx = x(start)
        out.append(f'<line x1="{xx:.1f}" x2="{xx:.1f}" y1="{base}" y2="{base + 5}" stroke="{COLOURS["axis"]}"/>')
        out.append(f'<text x="{xx:.1f}" y="{base + 19}" text-anchor="middle"'
                   f' fill="{COLOURS["text"]}">{escape(str(p.get("period")))}</text>')
    out.append(f'<text x="{LEFT + plot_w / 2:.1f}" y="{HEIGHT - 10}" text-anchor="middle"'
               f' fill="{COLOURS["text"]}">{escape(freq)} (events dated by the event, else by the article)</text>')
    # uncertainty band through the points that have one
    with_err = [(s, v, e or (v, v)) for s, v, e, _, _ in points]
    if len(with_err) >= 2 and any(e is not None for _, _, e, _, _ in points):
        upper = " ".join(f"{x(s):.1f},{y(e[1]):.1f}" for s, v, e in with_err)
        lower = " ".join(f"{x(s):.1f},{y(e[0]):.1f}" for s, v, e in reversed(with_err))
        out.append(f'<polygon class="band" points="{upper} {lower}" fill="{COLOURS["band"]}"'
                   f' fill-opacity="0.35" stroke="none"/>')
    # the line through the points
    if len(points) >= 2:
        path = " ".join(f"{x(s):.1f},{y(v):.1f}" for s, v, *_ in points)
        out.append(f'<polyline class="trend" points="{path}" fill="none" stroke="{COLOURS["axis"]}"'
                   f' stroke-width="1.5" stroke-opacity="0.6"/>')
    # whiskers and points, each point a link to its evidence
    for start, value, err, n, p in points:
        xx, yy = x(start), y(value)
        if err is not None:
            out.append(f'<line class="whisker" x1="{xx:.1f}" x2="{xx:.1f}" y1="{y(err[1]):.1f}"'
                       f' y2="{y(err[0]):.1f}" stroke="{COLOURS["axis"]}" stroke-width="1"/>')
            for cap in err:
                out.append(f'<line class="whisker-cap" x1="{xx - 4:.1f}" x2="{xx + 4:.1f}" y1="{y(cap):.1f}"'
                           f' y2="{y(cap):.1f}" stroke="{COLOURS["axis"]}" stroke-width="1"/>')
        tone = "cooperation" if value > 0 else "conflict" if value < 0 else "neutral"
        r = 4 + min(8.0, math.sqrt(max(n, 1)) * 1.5)
        label = (f"{p.get('period')}: index {value:+.2f}"
                 + (f" (95% {err[0]:+.2f} to {err[1]:+.2f})" if err is not None else "")
                 + f", {n} event{'s' if n != 1 else ''}")
        href = f"{href_prefix}#{p.get('anchor', '')}"
        out.append(f'<a class="point-link" href="{escape(href)}" aria-label="{escape(label)}">'
                   f'<circle class="point {tone}" cx="{xx:.1f}" cy="{yy:.1f}" r="{r:.1f}"'
                   f' fill="{COLOURS[tone]}" fill-opacity="0.85" stroke="#ffffff" stroke-width="1.5"'
                   f' data-period="{escape(str(p.get("period")))}" data-index="{value:.3f}">'
                   f'<title>{escape(label)}</title></circle></a>')
    out.append("</svg>")
    return Markup("".join(out))


def _interval(p: dict, value: float) -> tuple[float, float] | None:
    """(low, high) of a point: its own interval, else 1.96 standard errors around it."""
    low, high = p.get("low"), p.get("high")
    try:
        if low is not None and high is not None and float(high) > float(low):
            return float(low), float(high)
        se = p.get("se", p.get("stderr"))
        if se not in (None, "") and float(se) > 0:
            return value - Z95 * float(se), value + Z95 * float(se)
    except (TypeError, ValueError):
        return None
    return None


def _describe(points) -> str:
    if not points:
        return "No data."
    values = [v for _, v, *_ in points]
    return (f"{len(points)} periods from {points[0][4].get('period')} to {points[-1][4].get('period')};"
            f" index from {min(values):+.2f} to {max(values):+.2f}.")
