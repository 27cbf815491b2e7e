"""Fixtures: see tests/api/sample.py."""
from tests.api.sample import api_client, sample  # noqa: F401
