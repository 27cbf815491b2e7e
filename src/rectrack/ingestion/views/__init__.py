"""Ingestion pages, one module per resource: documents (list, upload, page, download), jobs, review."""
