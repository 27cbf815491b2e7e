"""The one place the service calls the pure-Python extraction engine.

The engine reads by the service's own catalogue: ``catalogue()`` builds it from the database
(super-complaints, recommendations with their parts, organisations) at every extraction, so a
recommendation added in the service is read by the next extraction. The packaged YAML stays the
catalogue of the database-free ``rectrack extract``.

The engine runs in a child process with memory, CPU-time, wall-clock and output limits
(``rectrack.extraction.sandbox``), so a hostile or broken document fails its job with one sentence
instead of taking the worker down. Limits come from ``rectrack.extraction.limits``; the setting
``RECTRACK_EXTRACTION_LIMITS`` (a dict) overrides any of them, and the file-size bound is the service's
upload limit (``RECTRACK_MAX_UPLOAD_BYTES``), so whatever was stored can be read.

Tests replace ``extract`` (``monkeypatch.setattr(engine, "extract", fake)``) to drive ingestion with
any result; everything else in ingestion goes through this function.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from django.conf import settings

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.extraction import catalogue as engine_catalogue
from rectrack.extraction.errors import ExtractionError
from rectrack.extraction.limits import DEFAULT_LIMITS, Limits
from rectrack.extraction.report import ReportResult
from rectrack.extraction.results import ExtractionResult
from rectrack.extraction.sandbox import Sandbox
from rectrack.organisations.models import Organisation

__all__ = ["ExtractionError", "Extracted", "extract", "extract_recommendations", "limits", "catalogue"]


@dataclass(frozen=True)
class Extracted:
    result: ExtractionResult
    text: str  # the plain text the result's offsets point into

    def __post_init__(self):
        # a contract object (what the child sends, or a test's fake) is checked and typed once, here
        if isinstance(self.result, dict):
            object.__setattr__(self, "result", ExtractionResult.from_json(self.result))
        elif not isinstance(self.result, ExtractionResult):
            raise ExtractionError("The engine's result is not valid (it is not a result object).")


def catalogue(only: str | None = None) -> engine_catalogue.Catalogue:
    """The engine's catalogue from the database, as it is now (four queries). ``only``: one super-complaint's
    slug, for a document the inspectorate moved to it (the engine can then find no other; ADR 0019)."""
    recommendations: dict[str, list] = {}
    complaints_qs = SuperComplaint.objects.prefetch_related("designated_bodies")
    recommendations_qs = Recommendation.objects.order_by("super_complaint_id", "order", "pk")
    if only is not None:
        complaints_qs = complaints_qs.filter(slug=only)
        recommendations_qs = recommendations_qs.filter(super_complaint_id=only)
    for r in recommendations_qs:
        recommendations.setdefault(r.super_complaint_id, []).append(engine_catalogue.Recommendation(
            id=r.number, recipients=tuple(r.recipient_classes or ()),
            text=(r.text or None) if r.text_known else None,
            parts=tuple(engine_catalogue.Part(str(p.get("id")), str(p.get("text") or ""))
                        for p in r.parts or () if isinstance(p, dict) and p.get("id") is not None),
            notes=tuple(str(n) for n in r.notes or ()), due=r.update_due.isoformat() if r.update_due else None,
            text_is_summary=r.text_is_summary,
            recipients_known=bool(r.recipient_classes),  # the database keeps "not yet known" as no classes
        ))
    complaints = [
        engine_catalogue.SuperComplaint(
            slug=super_complaint.slug,
            title=super_complaint.title,
            short_title=super_complaint.short_title,
            designated_bodies=tuple(o.pk for o in super_complaint.designated_bodies.all()),
            received=super_complaint.received or None,
            report_published=super_complaint.report_published or None,
            keywords=tuple(super_complaint.keywords or ()),
            recipients=tuple(super_complaint.recipient_classes or ()),
            follow_up=tuple(
                engine_catalogue.FollowUp(str(f.get("date") or ""), str(f.get("what") or ""))
                for f in super_complaint.follow_up or ()
                if isinstance(f, dict)
            ),
            recommendations=tuple(recommendations.get(super_complaint.slug, ())),
            recommendation_count=super_complaint.recommendation_count,
            status="published" if super_complaint.report_published else "under_investigation",
            investigated_by=tuple(super_complaint.investigated_by or ()),
            features_of_policing=tuple(super_complaint.features_of_policing or ()),
        )
        for super_complaint in complaints_qs
    ]
    organisations = [engine_catalogue.Organisation(
        id=o.pk, name=o.name, kind=o.kind, oversees=o.oversees_id, body_type=o.body_type, region=o.region,
        former_names=tuple(o.former_names or ()), country=o.country,
    ) for o in Organisation.objects.all()]
    return engine_catalogue.Catalogue(complaints, organisations)


@functools.cache
def _limits(overrides: tuple, max_file_bytes: int) -> Limits:
    return DEFAULT_LIMITS.with_overrides({"max_file_bytes": max_file_bytes, **dict(overrides)})


def limits() -> Limits:
    overrides = getattr(settings, "RECTRACK_EXTRACTION_LIMITS", None) or {}
    return _limits(tuple(sorted(overrides.items())), settings.RECTRACK_MAX_UPLOAD_BYTES)


def extract(data: bytes, filename: str, super_complaint: str | None = None) -> Extracted:
    """Run the engine on one file in a child process; raises ExtractionError (one sentence) when it
    cannot be read, or could not be read within the limits. ``super_complaint``: read it against that
    super-complaint only (its slug), as the inspectorate chose."""
    with Sandbox(engine_catalogue.catalogue_to_mapping(catalogue(only=super_complaint)), limits()) as sandbox:
        out = sandbox.run("extract", data, filename)
    if not isinstance(out, dict) or not isinstance(out.get("text"), str):
        raise ExtractionError("The engine's result is not valid (it holds no text).")
    return Extracted(result=out.get("result"), text=out["text"])


def extract_recommendations(data: bytes, filename: str) -> ReportResult:
    """A report's numbered recommendations (number, recipients, text, due date, parts), read in a child
    process like any document; raises ExtractionError (one sentence) when the file cannot be read. For the
    inspectorate's "import recommendations from a report" review: nothing is saved here."""
    with Sandbox(engine_catalogue.catalogue_to_mapping(catalogue()), limits()) as sandbox:
        out = sandbox.run("recommendations", data, filename, with_text=False)
    if not isinstance(out, dict) or not isinstance(out.get("result"), dict):
        raise ExtractionError("The engine's result is not valid (it holds no recommendations).")
    return ReportResult.from_json(out["result"])
