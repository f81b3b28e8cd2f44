"""newsloom.extract"""
