"""The response record of a force and its commissioner, in the shape forces already publish (ADR 0019).

In order: the force, its commissioner (the PCC or equivalent paired with it) and its chief constable; the report
and its summary; the recommendations addressed to either; the commissioner's response; the chief constable's
response; the commissioner's overall comments. An organisation that is neither a force nor a policing body (a
national body) has the same record with one part: its own response.

This module reads the public record only (published versions, through the tracker's public columns). The internal
record (working copies and the commissioner's scrutiny, "not published") is built on top of it by
``rectrack.work.selectors.records``, which may read what this layer may not.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from django.http import Http404

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.organisations.selectors import partners
from rectrack.publishing.selectors import organisation_record

HEADINGS = {"commissioner": "The commissioner's response", "chief_constable": "The chief constable's response"}
ADDRESSEES = {"commissioner": "the commissioner", "chief_constable": "the chief constable"}
FORCE = Organisation.Kind.FORCE
POLICING_BODY = Organisation.Kind.POLICING_BODY


@dataclass
class Part:
    """One writer's part of the record: what it owes, each with the answer shown (a ``RecordItem`` of the
    public record, or the internal record's item)."""

    key: str  # "commissioner", "chief_constable" or "organisation"
    organisation: Organisation | None  # None: nobody paired to write this part
    items: list = field(default_factory=list)

    @property
    def heading(self) -> str:
        if self.key in HEADINGS:
            return HEADINGS[self.key]
        return f"The response of {self.organisation.name}" if self.organisation else "The response"

    @property
    def missing(self) -> str:
        return ("No commissioner or equivalent is paired with this force in rectrack." if self.key == "commissioner"
                else "No force is paired with this body in rectrack.")

    @property
    def answered(self) -> int:
        """How many have a published answer (the internal record's items say whether theirs has one)."""
        return sum(1 for i in self.items if getattr(i, "has_public_version", i.response is not None))


@dataclass
class AddressedRecommendation:
    recommendation: Recommendation
    to: list[str]  # the parts' keys it is addressed to, in the record's order

    @property
    def addressees(self) -> str:
        return " and ".join(ADDRESSEES.get(key, "this organisation") for key in self.to)


@dataclass
class ResponseRecord:
    super_complaint: SuperComplaint
    organisation: Organisation  # the organisation whose page this is
    force: Organisation | None = None
    commissioner: Organisation | None = None
    parts: list[Part] = field(default_factory=list)  # commissioner's first, then the chief constable's

    @property
    def paired_shape(self) -> bool:
        """A force or a policing body: the record of force, commissioner and chief constable."""
        return self.organisation.kind in (FORCE, POLICING_BODY)

    @property
    def sections(self) -> list[Part]:
        """The response sections in the record's order; for a force or a policing body always the commissioner's
        and the chief constable's, an empty one saying that nobody is paired to write it."""
        if not self.paired_shape:
            return self.parts
        found = {p.key: p for p in self.parts}
        return [found.get(key) or Part(key, None) for key in ("commissioner", "chief_constable")]

    @property
    def items(self) -> list:
        return [i for p in self.parts for i in p.items]

    @property
    def published_count(self) -> int:
        return sum(p.answered for p in self.parts)

    @property
    def recommendations(self) -> list[AddressedRecommendation]:
        """Every recommendation owed by a part, in the report's order, with whom it is addressed to."""
        found: dict[int, AddressedRecommendation] = {}
        for part in reversed(self.parts):  # the chief constable first in "addressed to"
            for item in part.items:
                rec = item.recommendation
                found.setdefault(rec.pk, AddressedRecommendation(rec, [])).to.append(part.key)
        return sorted(found.values(), key=lambda a: (a.recommendation.order, a.recommendation.pk))


def commissioner_and_force(organisation: Organisation) -> tuple[Organisation | None, Organisation | None]:
    """(force, commissioner) of a force or a policing body: the organisation itself and the body paired with it
    (``oversees`` first, then a pair the inspectorate linked). (None, None) for any other kind. Three queries."""
    if organisation.kind not in (FORCE, POLICING_BODY):
        return None, None
    other_kind = POLICING_BODY if organisation.kind == FORCE else FORCE
    others = list(Organisation.objects.filter(pk__in=partners(organisation.pk), kind=other_kind).order_by("name"))

    def oversight(o: Organisation) -> bool:
        return o.oversees_id == organisation.pk or organisation.oversees_id == o.pk

    other = next((o for o in others if oversight(o)), others[0] if others else None)
    return (organisation, other) if organisation.kind == FORCE else (other, organisation)


def response_record(super_complaint: SuperComplaint, organisation: Organisation,
                    build=organisation_record) -> ResponseRecord:
    """The record of ``organisation`` (and its pair) for one super-complaint; 404 if neither owes anything.

    ``build(super_complaint, organisation)`` gives one part's items: the published answers by default; the
    internal record passes its own. A constant number of queries."""
    force, commissioner = commissioner_and_force(organisation)
    record = ResponseRecord(super_complaint, organisation, force, commissioner)
    if record.paired_shape:
        for key, org in (("commissioner", commissioner), ("chief_constable", force)):
            if org is not None:
                record.parts.append(Part(key, org, build(super_complaint, org)))
    else:
        record.parts.append(Part("organisation", organisation, build(super_complaint, organisation)))
    if not any(p.items for p in record.parts if p.organisation.pk == organisation.pk):
        raise Http404("This organisation owes no response to this super-complaint.")
    return record
