"""newsloom.ingest"""
