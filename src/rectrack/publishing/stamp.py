"""A cheap fingerprint of a super-complaint's data, to key cached tables, charts and the matrix.

One query, read from the database so that every web process and the background worker agree. It changes
when, for the super-complaint:

- a response is added, edited (``updated_at``), deleted, published or unpublished, or its joint
  organisations change;
- a workflow transition is recorded (the deadline clocks read submission dates);
- a deadline extension is granted, edited or removed, or a deadline setting changes (the super-complaint's
  initial response date, a recommendation's ``update_due``: logged, and they bump the version below);
- a no-response check is recorded, edited or removed;
- its recipients or recommendations change, or any organisation changes (name, kind, region);
- a snapshot is taken.

Reference data without a timestamp bumps ``complaints.DataVersion`` in the writer's transaction
(``rectrack.complaints.versions``). ``bump_version`` (this process's cache counter, connected by the
publishing app) is still part of the stamp. Cached entries also expire.
"""
import hashlib

from django.core.cache import cache
from django.db.models import Count, IntegerField, Max, OuterRef, Q, Subquery

from rectrack.complaints.models import DataVersion, Recipient, Recommendation, SuperComplaint
from rectrack.publishing.models import Snapshot
from rectrack.responses.models import NoResponseCheck, Response
from rectrack.vocabulary import WorkflowState
from rectrack.workflow.models import DeadlineExtension, DeadlineSettingChange, Transition

VERSION_KEY = "publishing:version"
TABLE_SECONDS = 10 * 60


def bump_version(*args, **kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def _aggregate(queryset, group: str, aggregate):
    """A scalar subquery: ``aggregate`` over the rows of ``queryset`` (filtered on the outer super-complaint)."""
    return Subquery(queryset.order_by().values(group).annotate(v=aggregate).values("v")[:1])


def _parts(super_complaint: SuperComplaint):
    """Every figure of the stamp: one SELECT of scalar subqueries (a values() queryset)."""
    sc = OuterRef("pk")
    responses = Response.objects.filter(recommendation__super_complaint=sc)
    joint = Response.counts_for.through.objects.filter(response__recommendation__super_complaint=sc)
    transitions = Transition.objects.filter(response__recommendation__super_complaint=sc)
    extensions = DeadlineExtension.objects.filter(recommendation__super_complaint=sc)
    settings_changes = DeadlineSettingChange.objects.filter(super_complaint=sc)
    checks = NoResponseCheck.objects.filter(super_complaint=sc)
    recipients = Recipient.objects.filter(recommendation__super_complaint=sc)
    recommendations = Recommendation.objects.filter(super_complaint=sc)
    by_response = "recommendation__super_complaint"
    by_child = "response__recommendation__super_complaint"
    figures = {
        "r_latest": _aggregate(responses, by_response, Max("updated_at")),
        "r_n": _aggregate(responses, by_response, Count("id")),
        "r_published": _aggregate(responses, by_response,
                                  Count("id", filter=Q(state=WorkflowState.PUBLISHED))),
        "j_n": _aggregate(joint, by_child, Count("id")),
        "j_max": _aggregate(joint, by_child, Max("id")),
        "t_n": _aggregate(transitions, by_child, Count("id")),
        "t_max": _aggregate(transitions, by_child, Max("id")),
        "e_n": _aggregate(extensions, "recommendation__super_complaint", Count("id")),
        "e_max": _aggregate(extensions, "recommendation__super_complaint", Max("id")),
        "d_max": _aggregate(settings_changes, "super_complaint", Max("id")),
        "c_n": _aggregate(checks, "super_complaint", Count("id")),
        "c_max": _aggregate(checks, "super_complaint", Max("id")),
        "p_n": _aggregate(recipients, "recommendation__super_complaint", Count("id")),
        "p_max": _aggregate(recipients, "recommendation__super_complaint", Max("id")),
        "m_n": _aggregate(recommendations, "super_complaint", Count("id")),
        "s_max": Subquery(Snapshot.objects.filter(Q(super_complaint=sc) | Q(super_complaint__isnull=True))
                          .order_by("-id").values("id")[:1], output_field=IntegerField()),
        "version": Subquery(DataVersion.objects.filter(name="reference").values("value")[:1]),
    }
    queryset = SuperComplaint.objects.filter(pk=super_complaint.pk).annotate(**figures).values(*figures)
    return queryset


_COMPILED: dict[tuple[str, str], tuple[str, tuple, list[str]]] = {}  # (alias, slug) -> SQL, params, names


def _figures(super_complaint: SuperComplaint) -> dict:
    """Run the stamp's query; its SQL is compiled once per database and super-complaint (compiling the
    ORM's seventeen subqueries cost more than running them)."""
    from django.db import connections

    alias = SuperComplaint.objects.db
    key = (alias, super_complaint.pk)
    if key not in _COMPILED:
        queryset = _parts(super_complaint)
        sql, params = queryset.query.get_compiler(using=alias).as_sql()
        _COMPILED[key] = (sql, tuple(params), list(queryset.query.annotation_select))
    sql, params, names = _COMPILED[key]
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return dict(zip(names, row)) if row else {}


def data_stamp(super_complaint: SuperComplaint) -> str:
    """1 query; none if the stamp is pinned on this instance (``pin_data_stamp``)."""
    pinned = getattr(super_complaint, "_pinned_data_stamp", None)
    if pinned is not None:
        return pinned
    parts = _figures(super_complaint)
    raw = "|".join([super_complaint.slug, *(f"{k}={v}" for k, v in sorted(parts.items())),
                    f"cache={cache.get(VERSION_KEY, 0)}"])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def pin_data_stamp(super_complaint: SuperComplaint) -> str:
    """Compute the stamp and keep it on this instance: later ``data_stamp`` calls with it (e.g. the page's
    charts hook) cost no query. Only for an instance that lives for one read-only request."""
    super_complaint._pinned_data_stamp = None
    super_complaint._pinned_data_stamp = data_stamp(super_complaint)
    return super_complaint._pinned_data_stamp
