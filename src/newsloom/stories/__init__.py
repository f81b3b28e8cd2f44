"""newsloom.stories"""
