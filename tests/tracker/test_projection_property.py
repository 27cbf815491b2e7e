"""Projected == recomputed: after any history of writes, the standings the projector kept up to date write by
write are exactly what it computes from the record from scratch, and what ``rebuild()`` writes.

Each example is a random sequence of the writes people make to one recommendation's cells: responses
created, edited, submitted, published, withdrawn, returned to draft and deleted; joint answers requested,
accepted, declined and removed; deadlines extended. Writes the service refuses (a second response, a joint
answer for a body with its own) are part of the history too: a refused write must change nothing.
"""
import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from rectrack.complaints.models import Recipient, Recommendation
from rectrack.core.vocabulary import Clock, Progress, WorkflowState
from rectrack.responses import services
from rectrack.responses.models import JointLink, Response
from rectrack.tracker import projector
from rectrack.tracker.models import Standing
from rectrack.workflow import services as workflow_services
from tests.support.record import set_state
from tests.support.users import make_user

ORGS = 3  # the recipients an example writes for: enough for joint answers both ways and a bystander
STATES = [WorkflowState.DRAFT, WorkflowState.SUBMITTED, WorkflowState.PUBLISHED, WorkflowState.WITHDRAWN]

org = st.integers(0, ORGS - 1)
write = st.one_of(
    st.tuples(st.just("create"), org, st.sampled_from(list(Progress)), st.integers(0, 400)),
    st.tuples(st.just("edit"), org, st.sampled_from(list(Progress))),
    st.tuples(st.just("state"), org, st.sampled_from(STATES)),
    st.tuples(st.just("delete"), org),
    st.tuples(st.just("joint"), org, org),
    st.tuples(st.just("decide"), org, st.booleans()),
    st.tuples(st.just("unlink"), org),
    st.tuples(st.just("extend"), org, st.sampled_from(list(Clock)), st.integers(1, 90)),
)


def _rows(rec_id: int) -> dict:
    return {(s.recommendation_id, s.organisation_id): {c: getattr(s, c) for c in projector.COLUMNS}
            for s in Standing.objects.filter(recommendation_id=rec_id)}


class ProjectedEqualsRecomputed(TestCase):
    @classmethod
    def setUpTestData(cls):
        # A recommendation owed by a force and the body that oversees it (so joint answers are possible).
        pair = (Recipient.objects.filter(organisation__kind="force", organisation__oversees__isnull=True,
                                         recommendation__super_complaint__slug="safe-to-share")
                .select_related("organisation").order_by("recommendation__order", "organisation_id"))
        for recipient in pair:
            overseer = Recipient.objects.filter(recommendation_id=recipient.recommendation_id,
                                                organisation__oversees=recipient.organisation).first()
            if overseer:
                break
        else:  # the catalogue always has one; say so plainly if it ever does not
            raise AssertionError("no recommendation is owed by both a force and its policing body")
        cls.rec = Recommendation.objects.get(pk=recipient.recommendation_id)
        bystander = (Recipient.objects.filter(recommendation=cls.rec, organisation__kind="force")
                     .exclude(organisation=recipient.organisation).select_related("organisation").first())
        cls.orgs = [recipient.organisation, overseer.organisation, bystander.organisation]
        cls.inspector = make_user("property-inspector", "inspectorate")

    def _apply(self, step) -> None:
        kind, i, *rest = step
        organisation = self.orgs[i]
        own = Response.objects.filter(recommendation=self.rec, organisation=organisation).first()
        if kind == "create":
            progress, days = rest
            services.create_response(user=self.inspector, recommendation=self.rec, organisation=organisation,
                                     data={"narrative": "Our answer.", "progress": progress,
                                           "as_of": datetime.date(2022, 1, 1) + datetime.timedelta(days=days)})
        elif kind == "decide":
            link = JointLink.objects.filter(response__recommendation=self.rec, organisation=organisation).first()
            if link:
                services.decide_joint(user=self.inspector, link=link, accept=rest[0])
        elif kind == "extend":
            clock, days = rest
            workflow_services.grant_extension(
                user=self.inspector, recommendation=self.rec, organisation=organisation, clock=clock,
                new_due=datetime.date(2026, 1, 1) + datetime.timedelta(days=days), reason="Asked for time.")
        elif own is None:
            return  # the other writes need a response of this body
        elif kind == "edit":
            services.update_response(user=self.inspector, response=own, data={"progress": rest[0]})
        elif kind == "state":
            set_state(own, rest[0])
        elif kind == "delete":
            services.delete_response(user=self.inspector, response=own)
        elif kind == "joint":
            services.request_joint(user=self.inspector, response=own, organisation=self.orgs[rest[0]])
        elif kind == "unlink":
            for link in JointLink.objects.filter(response=own):
                services.remove_joint(user=self.inspector, link=link)

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(write, min_size=1, max_size=12))
    def test_projected_equals_recomputed(self, history):
        for step in history:
            try:
                self._apply(step)
            except (ValidationError, PermissionDenied):
                pass  # refused: it must have changed nothing, which the comparison below also checks
        projected = _rows(self.rec.pk)
        pairs = set(projector.pairs_of_recommendations([self.rec.pk]))
        assert set(projected) == pairs
        assert projected == projector.compute(pairs)
        projector.rebuild()
        assert _rows(self.rec.pk) == projected
