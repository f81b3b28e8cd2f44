"""Tables that ingest's sniffing and decoding consult.

Kept apart from the logic in :mod:`newsloom.ingest.sources` and
:mod:`newsloom.ingest.decode` so that they can be extended without touching
code.
"""
from __future__ import annotations

# Leading bytes of file formats that are never a news page.  Each entry:
# (signature, offset of the signature, what the file is).
BINARY_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"RIFF", 0, "a RIFF media file (WebP, WAV, AVI)"),
    (b"PK\x03\x04", 0, "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", 0, "an empty ZIP archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"BZh", 0, "a bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"\x28\xb5\x2f\xfd", 0, "a Zstandard archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\x7fELF", 0, "an ELF executable"),
    (b"MZ", 0, "a Windows executable"),
    (b"\xca\xfe\xba\xbe", 0, "a Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", 0, "a Mach-O executable"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"ftyp", 4, "an MP4/QuickTime media file"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"OggS", 0, "an Ogg media file"),
    (b"\x1a\x45\xdf\xa3", 0, "a Matroska/WebM media file"),
    (b"wOFF", 0, "a web font"),
    (b"wOF2", 0, "a web font"),
    (b"\x00\x00\x01\x00", 0, "an icon file"),
    (b"PAR1", 0, "a Parquet file"),
)

# Byte-order marks, longest first (the UTF-32 LE mark begins with UTF-16 LE's).
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# Declared charsets that browsers read as another one (the web's encoding
# standard maps these labels to windows-1252, a superset).
DECLARED_ALIASES: dict[str, str] = {
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "iso8859_9": "cp1254",
    "tis_620": "cp874",
    "iso8859_11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
}

# When the detector finds several encodings that read a text equally well,
# the one used most on news sites wins.  Python codec names.
PREFERRED_ENCODINGS: tuple[str, ...] = (
    "utf_8",
    "cp1252",
    "cp1251",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1256",
    "cp1255",
    "cp1257",
    "koi8_r",
    "iso8859_15",
    "iso8859_2",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "cp949",
)

# The encodings statistical detection chooses among: those pages on the web are
# written in (DOS, Mac and EBCDIC code pages read Western text about as well
# as windows-1252 does, but almost no page uses them).
WEB_ENCODINGS: tuple[str, ...] = (
    "utf_8",
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "iso8859_2",
    "iso8859_4",
    "iso8859_5",
    "iso8859_7",
    "iso8859_8",
    "iso8859_13",
    "iso8859_15",
    "iso8859_16",
    "koi8_r",
    "koi8_u",
    "cp874",
    "gb18030",
    "big5",
    "cp932",
    "euc_jp",
    "iso2022_jp",
    "cp949",
)

# Statistical detection ranks candidates by chaos (how odd the decoded text
# looks) minus this weight times coherence (how much it reads like a
# language); candidates within the tolerance of the best are decided by the
# preference order above.
DETECTOR_COHERENCE_WEIGHT = 0.1
DETECTOR_SCORE_TOLERANCE = 0.02
# Fewer non-ASCII bytes than this are too little to tell encodings apart:
# the most common web encoding that reads them all is taken.
DETECTOR_MIN_EVIDENCE = 5

# A text that is valid UTF-8 but for a few bytes is read as UTF-8 when its
# multi-byte characters outnumber the bad bytes this many times.
STRAY_BYTE_RATIO = 20

# Share of control bytes (other than tab, newline, carriage return, form feed,
# vertical tab, escape) above which a text-looking input is called binary.
CONTROL_BYTE_LIMIT = 0.05

# Media types (of HTTP responses and archive records) newsloom can read as a page.
HTML_TYPES: frozenset[str] = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES: frozenset[str] = frozenset({"text/plain"})
FEED_TYPES: frozenset[str] = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/xml",
        "text/xml",
    }
)
JSONL_TYPES: frozenset[str] = frozenset(
    {"application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/json-seq"}
)

# File name endings, lower case.
HTML_EXTENSIONS: frozenset[str] = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})
TEXT_EXTENSIONS: frozenset[str] = frozenset({".txt", ".text"})
JSONL_EXTENSIONS: frozenset[str] = frozenset({".jsonl", ".ndjson", ".jsonlines"})
FEED_EXTENSIONS: frozenset[str] = frozenset({".rss", ".atom", ".xml"})
WARC_EXTENSIONS: frozenset[str] = frozenset({".warc", ".wet", ".arc"})
