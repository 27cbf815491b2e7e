"""Fixtures: see tests/api/sample.py."""
from tests.api.sample import api_client, module_sample, sample  # noqa: F401
from tests.support.shared import module_users_per_test  # noqa: F401
