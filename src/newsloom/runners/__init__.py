"""newsloom.runners"""
