"""The benchmark's shape: 8 super-complaints x 30 recommendations x 94 recipients, ~22,000 responses."""
import datetime
import itertools

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.core.vocabulary import Position, Progress, WorkflowState
from rectrack.organisations.models import Organisation
from rectrack.responses.models import Action, Evidence, Response

NARRATIVE = ("The force has reviewed its policy and procedures in line with the recommendation. A working group "
             "chaired by the lead for public protection meets monthly and reports to the strategic board. ") * 3


def build(complaints: int = 8, recommendations: int = 30, recipients: int = 94) -> list[SuperComplaint]:
    from simple_history.utils import bulk_create_with_history

    orgs = (list(Organisation.objects.filter(kind="force").order_by("name"))
            + list(Organisation.objects.filter(kind="policing_body").order_by("name"))
            + list(Organisation.objects.filter(kind="national").order_by("name")))[:recipients]
    progress = itertools.cycle([p.value for p in Progress])
    position = itertools.cycle([p.value for p in Position])
    made = []
    for i in range(complaints):
        super_complaint = SuperComplaint.objects.create(slug=f"bench-{i}", title=f"Benchmark super-complaint {i}",
                                           short_title=f"Benchmark {i}", order=100 + i,
                                           report_published="2021-01-01",
                                           report_published_date=datetime.date(2021, 1, 1))
        recs = Recommendation.objects.bulk_create([
            Recommendation(super_complaint=super_complaint, number=str(n), order=n, text=f"Recommendation {n} text.",
                           recipient_classes=["chief_constables"]) for n in range(1, recommendations + 1)])
        Recipient.objects.bulk_create([Recipient(recommendation=r, organisation=o, recipient_class="x")
                                       for r in recs for o in orgs])
        responses = [
            Response(recommendation=r, organisation=o, progress=next(progress), position=next(position),
                     narrative=NARRATIVE, as_of=datetime.date(2021, 6, 1),
                     state=WorkflowState.PUBLISHED if (k % 10) else WorkflowState.DRAFT)
            for k, (r, o) in enumerate(itertools.product(recs, orgs)) if k % 17  # some without a response
        ]
        bulk_create_with_history(responses, Response, batch_size=2000)
        made.append(super_complaint)
    # One organisation with actions and evidence on every response of the first super-complaint.
    first = Response.objects.filter(recommendation__super_complaint=made[0], organisation=orgs[0])
    Action.objects.bulk_create([Action(response=r, description=f"Action {k} for {r.recommendation_id}",
                                       owner="Head of safeguarding", due_date=datetime.date(2022, 1, 1))
                                for r in first for k in range(3)])
    Evidence.objects.bulk_create([Evidence(response=r, kind="link", title="Policy", url="https://example.org/p")
                                  for r in first])
    return made
