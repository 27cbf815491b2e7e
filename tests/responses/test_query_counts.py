"""Pages use the same number of queries whatever the data size (small dataset vs one 3x bigger)."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rectrack.organisations.models import Organisation
from rectrack.responses import services
from rectrack.responses.models import Response
from tests.responses import factories
from tests.support.shared import module_users_per_test, per_test  # noqa: F401 (module_users_per_test: users)

# Filled in by the tests (printed with -s) so the report can quote them.
COUNTS: dict[str, int] = {}


def build_datasets(users) -> dict:
    forces = list(Organisation.objects.filter(kind="force").order_by("pk"))
    small = factories.make_synthetic_complaint("small", 3, forces[:4])
    big = factories.make_synthetic_complaint("big", 9, forces[4:16])
    factories.fill_synthetic(small, users.inspector)
    big_responses = factories.fill_synthetic(big, users.inspector)
    # the big side's response gets 3x the children and history
    rich = big_responses[0]
    for i in range(3):
        services.add_action(user=users.inspector, response=rich, data={"description": f"Extra {i}"})
        services.add_evidence_link(user=users.inspector, response=rich, url=f"https://example.org/{i}", title=f"L{i}")
        services.add_evidence_file(user=users.inspector, response=rich, title=f"F{i}",
                                   uploaded=SimpleUploadedFile(f"f{i}.txt", b"x" * (i + 1)))
        services.update_response(user=users.inspector, response=rich, data={"narrative": f"Version {i}"})
    services.set_assessment(user=users.inspector, response=rich, status="discharged")
    services.update_response(user=users.inspector, response=rich, data={},
                             counts_for=[])
    return {
        "small": {"super_complaint": small, "org": forces[0].pk, "response": Response.objects.filter(
            recommendation__super_complaint=small).order_by("pk").first().pk},
        "big": {"super_complaint": big, "org": forces[4].pk, "response": rich.pk},
    }


# One pair of datasets for both roles (building them is most of the time): tests/support/shared.py.
@pytest.fixture(scope="module")
def module_datasets(module_db, module_users):
    with module_db():
        return build_datasets(module_users)


@pytest.fixture
def datasets(module_datasets, db):
    return per_test(module_datasets)


def count(client, url) -> int:
    client.get(url)  # warm caches (sessions, content types, template loaders)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


PAGES = {
    "matrix": lambda d: f"/super-complaints/{d['super_complaint'].slug}/",
    "matrix filtered": lambda d: (
        f"/super-complaints/{d['super_complaint'].slug}/?kind=force&progress=complete&sort=-answered"
    ),
    "recommendation": lambda d: f"/super-complaints/{d['super_complaint'].slug}/recommendations/1/",
    "organisation": lambda d: f"/organisations/{d['org']}/",
    "response": lambda d: f"/responses/{d['response']}/",
    "edit response": lambda d: f"/responses/{d['response']}/edit/",
}


@pytest.mark.parametrize("role", ["inspector", "anonymous"])
def test_query_count_does_not_grow_with_data(datasets, users, client_for, role):
    """Every page at both sizes, on one pair of datasets (building them is most of the test's time)."""
    if role == "anonymous":
        Response.objects.update(state="published")
    client = client_for(None if role == "anonymous" else users.inspector)
    grew = {}
    for page, url in PAGES.items():
        if role == "anonymous" and page == "edit response":
            continue  # a signed-in page
        small = count(client, url(datasets["small"]))
        big = count(client, url(datasets["big"]))
        COUNTS[f"{page} ({role})"] = big
        print(f"\nqueries {page} ({role}): small {small}, 3x bigger {big}")
        if small != big:
            grew[page] = (small, big)
    assert grew == {}, f"queries grew with the data (small, big): {grew}"
