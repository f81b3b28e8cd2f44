"""newsloom.copies"""
