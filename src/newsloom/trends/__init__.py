"""newsloom.trends"""
