"""newsloom.facts"""
