"""newsloom.store"""
