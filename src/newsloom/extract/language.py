"""Language identification for article text (py3langid, bundled model)."""
from __future__ import annotations

import re
from functools import lru_cache

# Below this many letters a guess is noise.
MIN_LETTERS = 20
# Below this normalised probability the text is called unknown.
MIN_CONFIDENCE = 0.5
# Enough text to decide; longer texts are cut to keep identification cheap.
MAX_CHARS = 4000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str | None, float]:
    """The ISO 639-1 code of ``text``'s language and its probability.

    Returns ``(None, 0.0)`` when there is too little text to tell, and
    ``(None, p)`` when the best guess is below the confidence floor.
    """
    sample = (text or "")[:MAX_CHARS]
    if len(re.findall(r"[^\W\d_]", sample)) < MIN_LETTERS:
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    prob = float(prob)
    if prob < MIN_CONFIDENCE:
        return None, prob
    return lang, prob


def detect_language(text: str) -> str | None:
    """The language code of ``text`` or None when it cannot be told."""
    return identify(text)[0]
