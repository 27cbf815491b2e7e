"""Reads of responses and their actions: what each viewer may see, one table read two ways.

A ``Viewer`` says whose working copies someone may read (``rectrack.responses.rules``): the inspectorate
everyone's, an organisation editor its own organisation's and its paired bodies', everyone else nobody's.
For every other response they see the published version only, and nothing of a response that was never
published or was withdrawn. The querysets here annotate each row with what this viewer sees (``v_*``), so
the pages, the API and the downloads read the same columns and cannot drift apart.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, CharField, DateField, DateTimeField, F, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce

from rectrack.core.uploads import discard_after_commit
from rectrack.core.vocabulary import Assessment, JointStatus, WorkflowState
from rectrack.responses.models import Action, Evidence, JointLink, PublishedAction, Response, ResponseVersion
from rectrack.responses.rules import insider_organisations, is_inspectorate

# The fields a response shows; the published version has the same names.
CONTENT_FIELDS = ["position", "progress", "narrative", "as_of", "inspectorate_ref", "local_ref", "owner",
                  "governance_board", "source", "source_label"]


@dataclass(frozen=True)
class Viewer:
    """Whose internal working copies a user may read: everyone's, some organisations', or nobody's."""

    everything: bool = False
    insiders: frozenset[str] = frozenset()
    user: object = None

    def sees_internal(self, organisation_id: str) -> bool:
        return self.everything or organisation_id in self.insiders

    @property
    def public_only(self) -> bool:
        return not self.everything and not self.insiders


PUBLIC = Viewer()


def viewer_for(user) -> Viewer:
    """The viewer of a request's user (cached on the user object: one request)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return PUBLIC
    cached = getattr(user, "_rectrack_viewer", None)
    if cached is None:
        cached = Viewer(everything=bool(is_inspectorate(user)), insiders=insider_organisations(user), user=user)
        user._rectrack_viewer = cached
    return cached


def as_viewer(who) -> Viewer:
    return who if isinstance(who, Viewer) else viewer_for(who)


def _internal_q(viewer: Viewer, prefix: str = "") -> Q:
    return Q(**{f"{prefix}organisation_id__in": viewer.insiders})


def visible_q(viewer: Viewer, prefix: str = "") -> Q | None:
    """Rows of responses this viewer may see at all (None: every row)."""
    if viewer.everything:
        return None
    published = Q(**{f"{prefix}published_version__isnull": False})
    return published | _internal_q(viewer, prefix) if viewer.insiders else published


def _seen(viewer: Viewer, name: str, output_field):
    """The value this viewer sees of one field: the working copy's, or the published version's."""
    if viewer.everything:
        return F(name)
    if not viewer.insiders:
        return F(f"published_version__{name}")
    return Case(When(_internal_q(viewer), then=F(name)), default=F(f"published_version__{name}"),
                output_field=output_field)


def visible_responses(who, queryset: QuerySet[Response] | None = None) -> QuerySet[Response]:
    """Responses this viewer may see, each annotated with what it sees: ``v_<field>`` for every content field,
    ``v_state`` ("published" for a published version read from outside), ``v_updated_at`` and
    ``v_internal`` (whether the working copy is shown)."""
    viewer = as_viewer(who)
    qs = Response.objects.all() if queryset is None else queryset
    condition = visible_q(viewer)
    if condition is not None:
        qs = qs.filter(condition)
    fields = {f.name: f for f in ResponseVersion._meta.concrete_fields}
    annotations = {f"v_{name}": _seen(viewer, name, fields[name]) for name in CONTENT_FIELDS}
    if viewer.everything:
        annotations |= {"v_state": F("state"), "v_updated_at": F("updated_at"), "v_internal": Value(True)}
    elif not viewer.insiders:
        annotations |= {"v_state": Value(WorkflowState.PUBLISHED.value, output_field=CharField()),
                        "v_updated_at": F("published_version__published_at"), "v_internal": Value(False)}
    else:
        internal = _internal_q(viewer)
        annotations |= {
            "v_state": Case(When(internal, then=F("state")), default=Value(WorkflowState.PUBLISHED.value),
                            output_field=CharField()),
            "v_updated_at": Case(When(internal, then=F("updated_at")), default=F("published_version__published_at"),
                                 output_field=DateTimeField()),
            "v_internal": Case(When(internal, then=Value(True)), default=Value(False)),
        }
    annotations["v_assessment"] = Coalesce("assessment__status", Value(Assessment.NOT_ASSESSED.value),
                                           output_field=CharField())
    return qs.annotate(**annotations)


def response_queryset(who) -> QuerySet[Response]:
    return visible_responses(who).select_related("recommendation__super_complaint", "organisation")


def get_visible_response(pk: int, *, user) -> Response:
    """One response as this user may see it (``Response.DoesNotExist`` if they may not), with what its page
    shows beside it (its published version, the assessment and the version it was made on) in the same query."""
    return response_queryset(user).select_related("published_version", "assessment__on_version").get(pk=pk)


def counts_for(response_ids) -> dict[int, list[str]]:
    """The organisations each response counts for (accepted joint answers), one query."""
    out: dict[int, list[str]] = {}
    for response_id, org_id in (JointLink.objects.filter(response_id__in=list(response_ids),
                                                         status=JointStatus.ACCEPTED)
                                .order_by("organisation_id").values_list("response_id", "organisation_id")):
        out.setdefault(response_id, []).append(org_id)
    return out


def current_versions() -> QuerySet[ResponseVersion]:
    """The versions the public reads now: each response's latest published one, not withdrawn."""
    return ResponseVersion.objects.filter(response__published_version=F("pk"), withdrawn_at__isnull=True)


def published_evidence_file(response_id: int, evidence_id: int) -> dict | None:
    """A file anyone may download: listed as public evidence in the response's current published version
    (the entry: title, file name, size, hash), even if the working copy has since dropped it."""
    version = current_versions().filter(response_id=response_id).first()
    if version is None:
        return None
    return next((item for item in version.evidence
                 if item.get("id") == evidence_id and item.get("kind") == Evidence.Kind.FILE), None)


def discard_evidence_file(sender, instance, **kwargs) -> None:
    """``post_delete`` receiver: the stored bytes go after the commit, unless still shared or published."""
    stored = instance.file
    if stored and stored.name:
        discard_after_commit(sender, stored.name, stored.storage,
                             keep=lambda: current_versions().filter(evidence__icontains=instance.sha256).exists())


# --- Actions ---------------------------------------------------------------------------------------------

ACTION_COLUMNS = ["id", "response", "super_complaint", "recommendation", "organisation", "description", "owner",
                  "due_date", "status", "completed_on"]
_LIVE_ACTION = {
    "id": "id",
    "response": "response_id",
    "super_complaint": "response__recommendation__super_complaint_id",
    "recommendation": "response__recommendation__number",
    "organisation": "response__organisation_id",
    "description": "description",
    "owner": "owner",
    "due_date": "due_date",
    "status": "status",
    "completed_on": "completed_on",
}
_PUBLISHED_ACTION = {
    "id": "action_id", "response": "version__response_id",
    "super_complaint": "version__response__recommendation__super_complaint_id",
    "recommendation": "version__response__recommendation__number",
    "organisation": "version__response__organisation_id", "description": "description", "owner": "owner",
    "due_date": "due_date", "status": "status", "completed_on": "completed_on",
}
_TYPES = {"due_date": DateField(), "completed_on": DateField()}


def _columns(queryset, paths: dict[str, str]):
    annotated = queryset.annotate(**{f"a_{name}": F(path) for name, path in paths.items()})
    return annotated.values(*[f"a_{name}" for name in ACTION_COLUMNS])


def visible_actions(who, *, responses: QuerySet[Response] | None = None, status: str = "",
                    action_id: int | None = None) -> QuerySet:
    """Action rows this viewer may see, as dicts keyed ``a_<column>`` (see ``ACTION_COLUMNS``): the live
    actions of the responses it sees internally, and the published copies of the others' current versions.
    ``responses`` narrows to some responses (a queryset of ``Response``), ``status`` and ``action_id`` to
    some actions (filtered before the two parts are joined: a union cannot be filtered afterwards)."""
    viewer = as_viewer(who)
    # No ordering in the parts: a union takes its order from the caller.
    live = Action.objects.order_by()
    published = PublishedAction.objects.filter(version__response__published_version=F("version")).order_by()
    if responses is not None:
        ids = responses.values("pk")
        live, published = live.filter(response__in=ids), published.filter(version__response__in=ids)
    if status:
        live, published = live.filter(status=status), published.filter(status=status)
    if action_id is not None:
        live, published = live.filter(pk=action_id), published.filter(action_id=action_id)
    if viewer.everything:
        return _columns(live, _LIVE_ACTION)
    published = published.exclude(version__response__organisation_id__in=viewer.insiders)
    if not viewer.insiders:
        return _columns(published, _PUBLISHED_ACTION)
    live = live.filter(response__organisation_id__in=viewer.insiders)
    return _columns(live, _LIVE_ACTION).union(_columns(published, _PUBLISHED_ACTION), all=True)


def action_row(row: dict) -> dict:
    """An ``a_``-keyed action row as plain columns."""
    return {name: row[f"a_{name}"] for name in ACTION_COLUMNS}
