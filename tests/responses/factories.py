"""Test data for the tracker pages: responses written through the services, published in one step.

Shared by tests/complaints, tests/organisations and tests/responses (``from tests.responses.factories import ...``).
"""
import datetime

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.core import projection
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from rectrack.responses.models import Response
from rectrack.tracker import projector
from tests.support import record
from tests.support.factories import ResponseFactory

SC = "safe-to-share"


def rec(number: str, slug: str = SC) -> Recommendation:
    return Recommendation.objects.get(super_complaint_id=slug, number=str(number))


def org(org_id: str) -> Organisation:
    return Organisation.objects.get(pk=org_id)


def publish(response: Response) -> Response:
    """Published as the workflow would (a published version, the tracker updated), without its permissions."""
    return record.publish(response)[0]


def make_response(user, number, org_id, *, published=True, counts_for=(), **data) -> Response:
    response = ResponseFactory(user=user, recommendation=rec(number), organisation=org(org_id), **data)
    for other in counts_for:
        services.request_joint(user=user, response=response, organisation=org(other))
    return publish(response) if published else response


def make_synthetic_complaint(slug: str, n_recommendations: int, organisations: list[Organisation]) -> SuperComplaint:
    """A super-complaint whose every recommendation is owed by every given organisation."""
    super_complaint = SuperComplaint.objects.create(
        slug=slug,
        title=f"Synthetic {slug}",
        short_title=f"Synthetic {slug}",
        report_published="2022-01-01",
        report_published_date=datetime.date(2022, 1, 1),
    )
    recs = Recommendation.objects.bulk_create([
        Recommendation(super_complaint=super_complaint, number=str(i + 1), order=i, text=f"Do thing {i + 1}.",
                       recipient_classes=["chief_constables"]) for i in range(n_recommendations)
    ])
    Recipient.objects.bulk_create(
        [
            Recipient(recommendation=r, organisation=o, recipient_class="chief_constables")
            for r in recs
            for o in organisations
        ]
    )
    projection.touch(projector.pairs_of_recommendations(r.pk for r in recs))  # bulk_create sends no signals
    return super_complaint


def fill_synthetic(super_complaint: SuperComplaint, user, every: int = 2) -> list[Response]:
    """A published response for every ``every``-th owed cell, with one action each."""
    out = []
    recipients = Recipient.objects.filter(recommendation__super_complaint=super_complaint).select_related(
        "recommendation", "organisation"
    )
    for i, r in enumerate(recipients.order_by("pk")):
        if i % every:
            continue
        response = services.create_response(user=user, recommendation=r.recommendation, organisation=r.organisation,
                                             data={"progress": ["complete", "in_progress", "not_started"][i % 3],
                                                   "narrative": "Text.\nMore text."})
        services.add_action(user=user, response=response, data={"description": "An action"})
        out.append(publish(response))
    return out
