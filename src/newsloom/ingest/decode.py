"""Finding the character encoding of a page, and telling text from binary junk.

The order of evidence:

1. a byte-order mark;
2. the charset an HTTP ``Content-Type`` header declares;
3. the charset the document itself declares (``<meta charset>``,
   ``<meta http-equiv="Content-Type">``, an XML declaration);
4. strict UTF-8;
5. statistical detection (charset-normalizer), where several encodings read
   the text equally well the one most used on news sites wins.

A declared legacy charset loses to UTF-8 when the bytes are valid UTF-8
with non-ASCII sequences in them: mislabelled UTF-8 pages are common, while
legacy-encoded text that happens to be valid UTF-8 is vanishingly rare.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from newsloom.ingest import signatures as sig

# How much of a document is searched for a declared charset.
_DECLARATION_WINDOW = 16 * 1024
# How much of a document the statistical detector sees.
_DETECTOR_WINDOW = 512 * 1024

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""",
    re.IGNORECASE,
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{1,40})["']""", re.I)
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B))
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE)


@dataclass(slots=True)
class Detection:
    """The encoding found for some bytes and the evidence it came from."""

    encoding: str | None  # a Python codec name, None when no encoding reads the bytes
    evidence: str  # bom | http | declared | utf-8 | detector | none


def normalize_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, ``None`` if Python knows no such codec.

    Labels that browsers read as a superset (``iso-8859-1`` as ``windows-1252``)
    are mapped to the superset.
    """
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    key = name.replace("-", "_")
    mapped = sig.DECLARED_ALIASES.get(key)
    if mapped:
        name = codecs.lookup(mapped).name
    if name in {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}:
        # a page declaring UTF-16 in ASCII bytes cannot be UTF-16: the
        # declaration was read from single-byte text (the web standard reads it as UTF-8)
        return "utf-8"
    return name


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` names."""
    for bom, name in sig.BOMS:
        if data.startswith(bom):
            return name
    return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a ``Content-Type`` value, as a codec name."""
    if not content_type:
        return None
    m = _CT_CHARSET.search(content_type)
    return normalize_charset(m.group(1)) if m else None


def charset_from_markup(data: bytes) -> str | None:
    """The charset an HTML or XML document declares near its start."""
    head = data[:_DECLARATION_WINDOW]
    m = _XML_ENCODING.search(head)
    if m:
        found = normalize_charset(m.group(1).decode("ascii", "replace"))
        if found:
            return found
    for m in _META_CHARSET.finditer(head):
        found = normalize_charset(m.group(1).decode("ascii", "replace"))
        if found:
            return found
    return None


def sniff_binary(head: bytes) -> str | None:
    """What kind of binary file ``head`` (the first bytes of an input) is, or ``None`` for text."""
    if not head:
        return None
    if bom_encoding(head):
        return None
    for magic, offset, what in sig.BINARY_MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return what
    sample = head[:8192]
    if _utf16_without_bom(sample):
        return None
    if b"\x00" in sample:
        return "binary data (it contains NUL bytes)"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls / len(sample) > sig.CONTROL_BYTE_LIMIT:
        return f"binary data ({controls} control bytes in its first {len(sample)})"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when ``sample`` looks like BOM-less UTF-16 text."""
    n = len(sample) // 2 * 2
    if n < 16 or b"\x00" not in sample:
        return None
    even_nul = sample[0:n:2].count(0)
    odd_nul = sample[1:n:2].count(0)
    half = n // 2
    if odd_nul > 0.7 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.7 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    return None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        codecs.decode(data, encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _decodes_prefix(data: bytes, encoding: str) -> bool:
    """Whether ``data`` decodes, allowing one multi-byte sequence cut at the end."""
    dec = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        dec.decode(data, final=False)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 but for a few stray bytes (pages stitched from parts in two encodings)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return multibyte >= 20 and bad * sig.STRAY_BYTE_RATIO <= multibyte


def _detect_statistically(data: bytes) -> tuple[str | None, str]:
    """The encoding charset-normalizer finds, with ties broken towards the web's common encodings."""
    from charset_normalizer import from_bytes

    sample = data[:_DETECTOR_WINDOW]
    results = list(from_bytes(sample, cp_isolation=list(sig.WEB_ENCODINGS)))
    rank = {name: i for i, name in enumerate(sig.PREFERRED_ENCODINGS)}
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    if results and high >= sig.DETECTOR_MIN_EVIDENCE:

        def score(r) -> float:
            return r.chaos - sig.DETECTOR_COHERENCE_WEIGHT * r.coherence

        best = min(score(r) for r in results)
        close = [r for r in results if score(r) <= best + sig.DETECTOR_SCORE_TOLERANCE]
        close.sort(key=lambda r: (rank.get(r.encoding, len(rank)), score(r)))
        return normalize_charset(close[0].encoding), "detector"
    # too little to judge, or the detector gave up: the first common encoding that reads every byte
    for name in sig.PREFERRED_ENCODINGS:
        if name != "utf_8" and (_decodes_prefix(sample, name) if len(data) > len(sample) else _decodes(sample, name)):
            return normalize_charset(name), "fallback"
    return None, "none"


def detect_encoding(
    data: bytes,
    *,
    content_type: str | None = None,
    markup: bool = False,
) -> Detection:
    """Find the encoding of ``data``.

    ``content_type`` is an HTTP or archive ``Content-Type`` value; with
    ``markup`` the document's own charset declaration is read too.
    """
    bom = bom_encoding(data)
    if bom:
        return Detection(bom, "bom")
    utf16 = _utf16_without_bom(data[:8192])
    if utf16 and _decodes_prefix(data[: _DETECTOR_WINDOW], utf16):
        return Detection(utf16, "utf-16 pattern")

    probe = data[:_DETECTOR_WINDOW]
    cut = len(data) > len(probe)
    is_utf8 = _decodes_prefix(probe, "utf-8") if cut else _decodes(probe, "utf-8")
    has_non_ascii = not probe.isascii()

    for evidence, declared in (
        ("http", charset_from_content_type(content_type)),
        ("declared", charset_from_markup(data) if markup else None),
    ):
        if not declared:
            continue
        if is_utf8 and has_non_ascii and not declared.startswith("utf"):
            return Detection("utf-8", "utf-8")
        if (_decodes_prefix(probe, declared) if cut else _decodes(probe, declared)):
            return Detection(declared, evidence)

    if is_utf8:
        return Detection("utf-8", "utf-8")
    if _mostly_utf8(probe):
        return Detection("utf-8", "utf-8 with stray bytes")
    found, evidence = _detect_statistically(data)
    return Detection(found, evidence)


def decode_content(data: bytes, encoding: str | None) -> str:
    """Text of ``data`` read as ``encoding`` (UTF-8 when unknown); bad bytes become U+FFFD."""
    enc = encoding or "utf-8"
    try:
        return codecs.decode(data, enc, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")
