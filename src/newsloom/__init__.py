"""newsloom: raw news pages in, a clean, searchable, evidence-backed story out."""

__version__ = "0.1.0"
