from tests.workflow.fixtures import make_response, rec, rec8, sts, sussex  # noqa: F401 - fixtures
