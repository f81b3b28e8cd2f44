"""newsloom.web"""
