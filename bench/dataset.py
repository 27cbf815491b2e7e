"""A synthetic national dataset for benchmarks: every force and policing body answering 8 x 30 recommendations.

    from bench.dataset import generate
    summary = generate(scale=1.0)      # needs a migrated, otherwise empty database and Django set up

What it builds, on top of the real reference data (``load_reference``: organisations and the catalogue):

- the catalogue's 8 super-complaints, each topped up with synthetic recommendations to 30 (recipient
  classes chief_constables + policing_bodies), with a ``Recipient`` row for every force and policing body;
- a ``Response`` for ~90% of recipient pairs (position/progress from ``rectrack.core.vocabulary``; ~80%
  published, the rest draft, submitted or returned), a few joint responses (a force's response counting
  for its policing body), an inspectorate ``Assessment`` on ~35% of published responses;
- 3 ``Action`` rows per response;
- 10 ``HistoricalResponse`` rows per response (simple-history, inserted directly with ``bulk_create``),
  showing a plausible path from a first draft to the current values, dated across the years since the
  report; one creation history row per action plus a change row for a third of them.

``scale`` < 1 keeps the structure (8 x 30 recommendations) but takes that fraction of the forces and
policing bodies (at least one of each): ``scale=0.02`` is a tiny dataset for tests. ``scale`` > 1
multiplies the number of recommendations per super-complaint instead.

Everything is random but seeded (``seed``), so two builds are identical. Rows go in with ``bulk_create``
in batches, one transaction; at scale 1 that is 19,476 responses (of 21,673 owed pairs), 58,428 actions and
~272,000 history rows (194,760 response + 77,867 action), built in ~70 s of CPU (1-2 minutes on SQLite or
PostgreSQL on an unloaded 2-core machine). The national organisations (86 forces and policing bodies)
cap the pairs at ~21,700, so there are fewer responses than a 92-recipient estimate (~22,000) would give.
"""
from __future__ import annotations

import datetime
import io
import random
import time
from dataclasses import dataclass, field

BATCH = 1000  # responses per batch (their actions and history rows go in with them)
RECOMMENDATIONS_PER_COMPLAINT = 30
VERSIONS_PER_RESPONSE = 10
ACTIONS_PER_RESPONSE = 3
RESPONSE_RATE = 0.90
PUBLISHED_RATE = 0.80
JOINT_RATE = 0.30  # of policing bodies without their own response, where the force they oversee answered
ASSESSED_RATE = 0.35
BENCH_USERNAME = "bench-inspector"

SENTENCES = [
    "The force has reviewed its policy in light of the recommendation and agreed changes with the chief officer group.",
    "A task and finish group chaired by an assistant chief constable meets monthly to oversee delivery.",
    "Training for frontline officers and call handlers has been commissioned from the College of Policing.",
    "Guidance has been published on the intranet and briefed to all supervisors through the daily management meeting.",
    "An audit of a dip sample of 100 cases found that the new process is being followed in most cases.",
    "Further work is needed to embed the changes in neighbourhood teams and the public protection unit.",
    "We are working with local specialist support services to agree a referral pathway for victims.",
    "The police and crime commissioner holds the chief constable to account for progress at the quarterly board.",
    "Performance data is now reported to the strategic governance board and published on the force website.",
    "The recommendation has been accepted in full and is recorded on the force's HMICFRS action tracker.",
    "Delivery depends on the national guidance being updated; the force will adopt it as soon as it is issued.",
    "A new IT system due to go live next year will record the information the recommendation requires.",
    "The force has appointed a single point of contact and a strategic lead for this area of business.",
    "Victim feedback surveys will be used to measure whether the changes have improved the service.",
    "Regional collaboration with neighbouring forces means some actions are owned by the regional unit.",
    "Budget for the additional posts was agreed in the medium-term financial plan.",
]
ACTION_TEXTS = [
    "Review and update the force policy and procedure",
    "Deliver training to officers and staff",
    "Audit compliance with the new process",
    "Publish performance information on the website",
    "Agree a referral pathway with specialist services",
    "Report progress to the governance board",
    "Update the IT system to capture the required data",
    "Brief supervisors and monitor through the daily management meeting",
]
OWNERS = ["Assistant Chief Constable (Crime)", "Head of Public Protection", "Detective Chief Superintendent",
          "Chief Inspector, Learning and Development", "Head of Performance", "Deputy Chief Constable",
          "Chief Executive, OPCC", "Head of Strategy and Change"]
BOARDS = ["Strategic Governance Board", "Public Protection Board", "Force Performance Board",
          "Joint Audit Committee", "Victims and Witnesses Board", "Accountability Board"]
REC_PHRASES = [
    "Chief constables should ensure that their force has a clear policy on {t} and that officers understand it.",
    "Chief constables and policing bodies should review how {t} is recorded and monitored, and publish the results.",
    "Policing bodies should hold chief constables to account for the force's approach to {t}.",
    "Chief constables should make sure that training on {t} is given to all relevant officers and staff.",
    "Chief constables should work with local partners to improve the support given to victims in cases of {t}.",
]
PROGRESS_WEIGHTS = {"complete": 30, "in_progress": 40, "awaiting_national": 10, "not_started": 8, "not_stated": 12}
POSITION_WEIGHTS = {"accepted": 70, "partially_accepted": 15, "not_accepted": 3, "not_stated": 12}
UNPUBLISHED_STATES = ["draft", "submitted", "returned"]
ASSESSMENTS = ["not_assessed", "evidence_accepted", "evidence_insufficient", "discharged"]
VERSION_FIELDS = ["position", "progress", "narrative", "as_of", "inspectorate_ref", "local_ref", "owner",
                  "governance_board", "source", "source_label"]


@dataclass
class Summary:
    super_complaints: int = 0
    recommendations: int = 0
    recommendations_created: int = 0
    recipients: int = 0
    recipients_created: int = 0
    responses: int = 0
    published: int = 0
    joint: int = 0
    assessments: int = 0
    actions: int = 0
    response_history: int = 0
    action_history: int = 0
    seconds: float = 0.0
    organisations: list[str] = field(default_factory=list)
    new_recommendation_ids: list[int] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"{self.super_complaints} super-complaints, {self.recommendations} recommendations, "
                f"{self.recipients} recipients, {self.responses} responses ({self.published} published, "
                f"{self.joint} joint), {self.actions} actions, {self.response_history} response history rows, "
                f"{self.action_history} action history rows, {self.assessments} assessments "
                f"in {self.seconds:.1f} s")


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _dates(rng: random.Random, start: datetime.datetime, end: datetime.datetime, n: int) -> list[datetime.datetime]:
    span = max((end - start).total_seconds(), 3600.0)
    return sorted(start + datetime.timedelta(seconds=rng.uniform(0, span)) for _ in range(n))


def _participants(scale: float):
    from rectrack.organisations.models import Organisation

    forces = list(Organisation.objects.filter(kind=Organisation.Kind.FORCE).order_by("id"))
    bodies = list(Organisation.objects.filter(kind=Organisation.Kind.POLICING_BODY).order_by("id"))
    if scale >= 1:
        return forces, bodies
    forces = forces[:max(1, round(len(forces) * scale))]
    chosen = {f.id for f in forces}
    # Policing bodies that oversee the chosen forces first, so joint responses still occur.
    bodies.sort(key=lambda b: (b.oversees_id not in chosen, b.id))
    return forces, bodies[:max(1, round(len(bodies) * scale))]


def _top_up_recommendations(rng, complaints, forces, bodies, per_complaint: int, summary: Summary):
    from rectrack.complaints.models import Recipient, Recommendation

    topics = {}
    new_recipients = []
    for super_complaint in complaints:
        existing = list(super_complaint.recommendations.order_by("order"))
        numbers = {r.number for r in existing}
        order = max((r.order for r in existing), default=-1) + 1
        topic = (super_complaint.keywords or [super_complaint.short_title.lower()])
        topics[super_complaint.slug] = topic
        new = []
        n = len(existing) + 1
        while len(existing) + len(new) < per_complaint:
            while str(n) in numbers:
                n += 1
            t = topic[(n - 1) % len(topic)]
            due = (super_complaint.report_published_date or datetime.date(2025, 6, 1)) + datetime.timedelta(
                days=rng.choice([180, 365, 540])
            )
            new.append(Recommendation(
                super_complaint=super_complaint, number=str(n), order=order, text=rng.choice(REC_PHRASES).format(t=t),
                recipient_classes=["chief_constables", "policing_bodies"], update_due=due,
            ))
            numbers.add(str(n))
            order += 1
        Recommendation.objects.bulk_create(new, batch_size=500)
        summary.recommendations_created += len(new)
        summary.new_recommendation_ids += [r.pk for r in new]
        for rec in new:
            new_recipients += [
                Recipient(recommendation=rec, organisation=o, recipient_class="chief_constables") for o in forces
            ]
            new_recipients += [
                Recipient(recommendation=rec, organisation=o, recipient_class="policing_bodies") for o in bodies
            ]
    Recipient.objects.bulk_create(new_recipients, batch_size=2000)
    summary.recipients_created = len(new_recipients)


def generate(scale: float = 1.0, *, seed: int = 20251121, verbosity: int = 0) -> Summary:
    """Build the synthetic national dataset in the current database (see the module docstring)."""
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone

    from rectrack.accounts.models import User
    from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
    from rectrack.core import projection
    from rectrack.publishing import search
    from rectrack.responses.models import (
        Action,
        Assessment,
        JointLink,
        PublishedAction,
        Response,
        ResponseVersion,
    )
    from rectrack.tracker import projector

    if scale <= 0:
        raise ValueError("scale must be positive")
    started = time.perf_counter()
    rng = random.Random(seed)
    summary = Summary()
    call_command("load_reference", verbosity=0, stdout=io.StringIO())
    if Response.objects.exists():
        raise RuntimeError("generate() needs a database without responses: it builds the dataset from scratch.")

    HistoricalResponse = Response.history.model
    HistoricalAction = Action.history.model
    # The history keeps every field of a response but the pointer to its published version.
    response_fields = [f.attname for f in Response._meta.concrete_fields if f.name != "published_version"]
    action_fields = [f.attname for f in Action._meta.concrete_fields]
    now = timezone.now()

    # Rows go in with bulk_create (no signals): the tracker's read model is rebuilt once at the end.
    with transaction.atomic(), projection.suspended():
        user, _ = User.objects.get_or_create(username=BENCH_USERNAME, defaults={"role": User.Role.INSPECTORATE})
        forces, bodies = _participants(scale)
        participants = {o.id for o in forces + bodies}
        overseen_by = {b.oversees_id: b.id for b in bodies if b.oversees_id}
        complaints = list(SuperComplaint.objects.all())
        per_complaint = max(RECOMMENDATIONS_PER_COMPLAINT, round(RECOMMENDATIONS_PER_COMPLAINT * scale))
        _top_up_recommendations(rng, complaints, forces, bodies, per_complaint, summary)
        summary.super_complaints = len(complaints)
        summary.recommendations = Recommendation.objects.count()
        summary.organisations = sorted(participants)

        report_date = {
            super_complaint.slug: datetime.datetime.combine(
                super_complaint.report_published_date or (now.date() - datetime.timedelta(days=365)),
                datetime.time(9), tzinfo=datetime.UTC)
            for super_complaint in complaints
        }
        # Every owed pair: national recipients of catalogue recommendations are kept; forces and
        # policing bodies only when they take part at this scale.
        pairs = list(
            Recipient.objects.filter(recommendation__super_complaint__in=complaints)
            .filter(organisation__kind="national").values_list(
                "recommendation_id", "organisation_id", "recommendation__super_complaint_id")
        ) + list(
            Recipient.objects.filter(recommendation__super_complaint__in=complaints, organisation_id__in=participants)
            .values_list("recommendation_id", "organisation_id", "recommendation__super_complaint_id")
            .order_by("recommendation__super_complaint__order", "recommendation__order", "organisation_id")
        )
        summary.recipients = Recipient.objects.filter(recommendation__super_complaint__in=complaints).count()
        owed = {(r, o) for r, o, _ in pairs}
        answered = {}
        for rec_id, org_id, slug in pairs:
            if rng.random() < RESPONSE_RATE:
                answered[(rec_id, org_id)] = slug

        joint_rows = []
        keys = list(answered)
        for start in range(0, len(keys), BATCH):
            batch_keys = keys[start:start + BATCH]
            responses, plans = [], []
            for rec_id, org_id in batch_keys:
                slug = answered[(rec_id, org_id)]
                dates = _dates(rng, report_date[slug] + datetime.timedelta(days=20), now - datetime.timedelta(days=1),
                               VERSIONS_PER_RESPONSE)
                progress = _weighted(rng, PROGRESS_WEIGHTS)
                position = _weighted(rng, POSITION_WEIGHTS)
                published = rng.random() < PUBLISHED_RATE
                sentences = rng.sample(SENTENCES, rng.randint(3, 8))
                resp = Response(
                    recommendation_id=rec_id, organisation_id=org_id, position=position, progress=progress,
                    narrative=" ".join(sentences), as_of=dates[-1].date(),
                    inspectorate_ref=f"SC-{slug[:12].upper()}-{rec_id}", local_ref=f"AFI-{rng.randint(100, 9999)}",
                    owner=rng.choice(OWNERS), governance_board=rng.choice(BOARDS),
                    state="published" if published else rng.choice(UNPUBLISHED_STATES),
                )
                responses.append(resp)
                plans.append((dates, sentences))
            Response.objects.bulk_create(responses, batch_size=BATCH)

            actions, history, assessments = [], [], []
            for resp, (dates, sentences) in zip(responses, plans):
                summary.published += resp.state == "published"
                base = {name: getattr(resp, name) for name in response_fields}
                for v, when in enumerate(dates):
                    last = v == len(dates) - 1
                    frac = (v + 1) / len(dates)
                    row = dict(base)
                    if not last:
                        row["progress"] = "not_started" if frac < 0.3 else (
                            "in_progress" if resp.progress in ("complete", "in_progress") else resp.progress)
                        row["position"] = "not_stated" if v == 0 else resp.position
                        row["narrative"] = " ".join(sentences[:max(1, round(len(sentences) * frac))])
                        row["as_of"] = when.date()
                        row["state"] = "draft" if frac < 0.5 else ("submitted" if v == len(dates) - 2 else "draft")
                        row["updated_at"] = when
                    row["created_at"] = dates[0]
                    history.append(
                        HistoricalResponse(
                            **row,
                            history_date=when,
                            history_type="+" if v == 0 else "~",
                            history_change_reason="Created"
                            if v == 0
                            else ("Published" if last and resp.state == "published" else "Edited"),
                            history_user_id=user.pk if rng.random() < 0.3 else None,
                        )
                    )
                for _ in range(ACTIONS_PER_RESPONSE):
                    due = dates[0].date() + datetime.timedelta(days=rng.randint(60, 720))
                    status = rng.choices(["not_started", "in_progress", "complete"], weights=[20, 45, 35])[0]
                    actions.append(Action(
                        response=resp, description=rng.choice(ACTION_TEXTS), owner=rng.choice(OWNERS), due_date=due,
                        status=status, completed_on=min(due, now.date()) if status == "complete" else None,
                    ))
                if resp.state == "published" and rng.random() < ASSESSED_RATE:
                    assessments.append(Assessment(response=resp, status=rng.choice(ASSESSMENTS),
                                                  comment="Evidence reviewed by the inspectorate.", assessed_by=user))
            Action.objects.bulk_create(actions, batch_size=2000)
            HistoricalResponse.objects.bulk_create(history, batch_size=2000)
            # Published responses: their content as published version 1, with its actions.
            published = [(resp, dates) for resp, (dates, _) in zip(responses, plans) if resp.state == "published"]
            versions = ResponseVersion.objects.bulk_create([
                ResponseVersion(response=resp, number=1, published_at=dates[-1], published_by=user,
                                **{name: getattr(resp, name) for name in VERSION_FIELDS})
                for resp, dates in published], batch_size=2000)
            by_response = {v.response_id: v for v in versions}
            PublishedAction.objects.bulk_create([
                PublishedAction(version=by_response[a.response_id], action_id=a.pk, description=a.description,
                                owner=a.owner, due_date=a.due_date, status=a.status, completed_on=a.completed_on)
                for a in actions if a.response_id in by_response], batch_size=2000)
            for resp, _ in published:
                resp.published_version = by_response[resp.pk]
            Response.objects.bulk_update([resp for resp, _ in published], ["published_version"], batch_size=2000)
            Assessment.objects.bulk_create(assessments, batch_size=2000)

            action_history = []
            for action, resp_dates in zip(actions, (d for d, _ in plans for _ in range(ACTIONS_PER_RESPONSE))):
                row = {name: getattr(action, name) for name in action_fields}
                created = resp_dates[min(2, len(resp_dates) - 1)]
                row["created_at"] = created
                action_history.append(HistoricalAction(**row, history_date=created, history_type="+",
                                                       history_change_reason="Added", history_user_id=None))
                if rng.random() < 1 / 3:
                    when = resp_dates[-1]
                    action_history.append(HistoricalAction(**row, history_date=when, history_type="~",
                                                           history_change_reason="Edited", history_user_id=None))
            HistoricalAction.objects.bulk_create(action_history, batch_size=2000)

            summary.responses += len(responses)
            summary.actions += len(actions)
            summary.response_history += len(history)
            summary.action_history += len(action_history)
            summary.assessments += len(assessments)

            for resp in responses:
                body = overseen_by.get(resp.organisation_id)
                pair = (resp.recommendation_id, body)
                if body and pair in owed and pair not in answered and rng.random() < JOINT_RATE:
                    joint_rows.append(JointLink(response_id=resp.pk, organisation_id=body, status="accepted",
                                                requested_by=user, decided_by=user, decided_at=now))
            if verbosity:
                print(f"dataset: {summary.responses}/{len(keys)} responses", flush=True)
        JointLink.objects.bulk_create(joint_rows, batch_size=2000)
        summary.joint = len(joint_rows)
    projector.rebuild()
    # The public search index, as the publishing services keep it (the bulk writes above bypass them).
    search.rebuild()

    summary.seconds = time.perf_counter() - started
    return summary

