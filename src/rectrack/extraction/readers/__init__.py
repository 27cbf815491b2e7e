"""Readers turn bytes of one format into a Document (plain text plus blocks)."""
