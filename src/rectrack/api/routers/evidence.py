"""/api/evidence: a response's evidence (files and links). Who sees what follows ADR 0012: the working copy's
evidence (internal and public, current) to those who may read the working copy; to everyone else only the
evidence listed as public in the response's current published version. Files download from the pages' own
routes (always as attachments), named in ``download``."""
import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.urls import reverse
from ninja import Field, File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile

from rectrack.api.common import (
    CHANGE_ERRORS,
    DETAIL_ERRORS,
    MAX_ID,
    WRITE_AUTH,
    WRITE_ERRORS,
    ObjectId,
    expected_version,
    response_named,
    with_etag,
)
from rectrack.api.schemas import EvidenceCreate, EvidenceOut, EvidencePatch
from rectrack.core.audit import require
from rectrack.responses import services
from rectrack.responses.models import Evidence, Response
from rectrack.responses.selectors import visible_responses

router = Router(tags=["evidence"])


class EvidenceFilters(Schema):
    response: int = Field(ge=1, le=MAX_ID, description="The response whose evidence to list.")


def _live(e: Evidence) -> dict:
    is_file = e.kind == Evidence.Kind.FILE
    return {"id": e.pk, "response": e.response_id, "kind": e.kind, "title": e.title, "url": e.url,
            "filename": e.filename, "content_type": e.content_type, "size": e.size, "sha256": e.sha256,
            "public": e.public, "added": e.uploaded_at.date(),
            "download": reverse("responses:evidence_file", args=[e.pk]) if is_file else None}


def _published(response_id: int, entry: dict) -> dict:
    is_file = entry.get("kind") == Evidence.Kind.FILE
    return {"id": entry["id"], "response": response_id, "kind": entry.get("kind"), "title": entry.get("title", ""),
            "url": entry.get("url", ""), "filename": entry.get("filename", ""),
            "content_type": entry.get("content_type", ""), "size": entry.get("size"),
            "sha256": entry.get("sha256", ""), "public": True, "added": datetime.date.fromisoformat(entry["added"]),
            "download": (reverse("responses:published_evidence_file", args=[response_id, entry["id"]])
                         if is_file else None)}


def _seen_response(request, response_id: int) -> Response:
    response = visible_responses(request.user).select_related("published_version").filter(pk=response_id).first()
    if response is None:
        raise Http404("Not found.")
    return response


def _rows(response: Response) -> list[dict]:
    """The evidence this caller sees of a response it sees: the working copy's, or the published version's."""
    if response.v_internal:
        return [_live(e) for e in response.evidence.order_by("uploaded_at", "pk")]
    return [_published(response.pk, entry) for entry in response.published_version.evidence]


def _live_evidence(request, evidence_id: int) -> tuple[Evidence, Response]:
    """The live evidence and its response as this caller sees it: 404 if it sees neither."""
    evidence = Evidence.objects.filter(pk=evidence_id).first()
    if evidence is None:
        raise Http404("Not found.")
    return evidence, _seen_response(request, evidence.response_id)


def evidence_to_change(request, evidence_id: int) -> Evidence:
    """404 if the caller does not see this evidence at all, 403 if it sees only the published record."""
    evidence, response = _live_evidence(request, evidence_id)
    if not response.v_internal:
        if not any(row["id"] == evidence.pk for row in _rows(response)):
            raise Http404("Not found.")
        raise PermissionDenied("You do not have permission to change this evidence.")
    # Checked before If-Match, so a caller who may not change it gets 403 rather than 428.
    require(request.user, "responses.change_evidence", evidence, "You do not have permission to change this evidence.")
    return evidence


@router.get("", response={200: list[EvidenceOut], **DETAIL_ERRORS}, summary="List a response's evidence")
def list_evidence(request, filters: Query[EvidenceFilters]):
    """For those who may read the response's working copy: all its evidence (public or internal). For everyone
    else: the public evidence of its current published version."""
    return _rows(_seen_response(request, filters.response))


@router.get("/{evidence_id}", response={200: EvidenceOut, **DETAIL_ERRORS}, summary="One piece of evidence")
def get_evidence(request, evidence_id: ObjectId, response: HttpResponse):
    """The ETag header (for evidence you may change) is what PATCH and DELETE send back as If-Match."""
    evidence, owner = _live_evidence(request, evidence_id)
    row = next((r for r in _rows(owner) if r["id"] == evidence.pk), None)
    if row is None:
        raise Http404("Not found.")
    with_etag(response, evidence, when=owner.v_internal and request.user.has_perm("responses.change_evidence",
                                                                                   evidence))
    return row


@router.post("", response={201: EvidenceOut, **WRITE_ERRORS}, auth=WRITE_AUTH, summary="Add evidence")
def create_evidence(request, payload: Form[EvidenceCreate], response: HttpResponse,
                    file: File[UploadedFile | None] = None):
    """multipart/form-data: a file (the part named file; accepted by its content: PDF, DOCX, HTML, Markdown, text,
    images and spreadsheets, within the upload size limit) or a url, not both. Same permissions as the pages."""
    # A form schema ignores fields it does not name; like the JSON writes (extra="forbid"), refuse them.
    unknown = sorted((set(request.POST) - set(EvidenceCreate.model_fields)) | (set(request.FILES) - {"file"}))
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "Extra inputs are not permitted"))
    owner = response_named(request, payload.response)
    if not owner.v_internal:
        raise PermissionDenied("You do not have permission to add evidence to this response.")
    if (file is None) == (not payload.url):
        raise ValidationError({"file": "Send either a file or a url (a web address), not both."})
    if file is not None:
        added = services.add_evidence_file(user=request.user, response=owner, uploaded=file, title=payload.title,
                                           public=payload.public)
    else:
        added = services.add_evidence_link(user=request.user, response=owner, url=payload.url, title=payload.title,
                                           public=payload.public)
    with_etag(response, added)
    return Status(201, _live(added))


@router.patch("/{evidence_id}", response={200: EvidenceOut, **CHANGE_ERRORS}, auth=WRITE_AUTH,
              summary="Change evidence's title or whether it is public")
def update_evidence(request, evidence_id: ObjectId, payload: EvidencePatch, response: HttpResponse):
    """Only the fields sent, with If-Match: the ETag of your last GET. The file or link itself never changes."""
    evidence = evidence_to_change(request, evidence_id)
    services.update_evidence(user=request.user, evidence=evidence, data=payload.model_dump(exclude_unset=True),
                             expected_version=expected_version(request, evidence))
    return _live(with_etag(response, Evidence.objects.get(pk=evidence.pk)))


@router.delete("/{evidence_id}", response={204: None, **CHANGE_ERRORS}, auth=WRITE_AUTH, summary="Remove evidence")
def delete_evidence(request, evidence_id: ObjectId):
    """With If-Match. The stored file goes once nothing (no other evidence, no published version) refers to it."""
    evidence = evidence_to_change(request, evidence_id)
    services.delete_evidence(user=request.user, evidence=evidence, expected_version=expected_version(request, evidence))
    return Status(204, None)
