"""Document extraction engine: reads published responses and returns structured, cited responses.

Pure Python; imports nothing from Django or other rectrack packages.
"""
from .catalogue import Catalogue, load_catalogue
from .errors import ExtractionError
from .pipeline import analyse, extract_bytes, extract_path, read_document

# `read_document` + `analyse` are the two steps of `extract_bytes`, public so ingestion can keep the text.
__all__ = ["extract_bytes", "extract_path", "load_catalogue", "ExtractionError", "Catalogue", "read_document",
           "analyse"]
