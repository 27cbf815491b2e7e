import pytest

from tests.responses import factories


@pytest.fixture
def sussex_response(users):
    """Sussex Police's published response to recommendation 1 of 'Safe to share?'."""
    return factories.make_response(users.inspector, "1", "sussex-police", progress="in_progress")


@pytest.fixture
def draft_response(users):
    """Northumbria Police's unpublished (draft) response to recommendation 1."""
    return factories.make_response(users.inspector, "1", "northumbria-police", published=False)
