"""The routes that show a response, its actions, evidence, history or comments, and how to read them: shared by
the visibility matrix and the redaction tests. Markers and the world: ``tests/security/conftest.py``."""
import io
import re
from dataclasses import dataclass

import openpyxl
import pypdfium2

from rectrack.publishing import charts
from tests.security.conftest import SC, STATES, marker

PUBLISHED_LIKE = ("published", "revision")  # states in which the public reads a published version
ALL_MARKERS = re.compile(rb"[a-z]+-[a-z0-9]+-zx")


@dataclass(frozen=True)
class Route:
    name: str
    url: str
    per_state: bool = False  # the URL names one response (formatted per state)
    public: bool = False  # a public page: everyone, insiders included, reads the published record
    shows: frozenset = frozenset()  # the kinds of marker this route displays (narr, act, pubev, intev, cmt, bytes)
    internal_only: bool = False  # only insiders may open it at all (404 for everyone else)
    published_only: bool = False  # serves the published copy only, for everyone (404 unless published)
    page_always: bool = False  # a page of a recommendation: it exists whatever the state of the response


def _kinds(*names):
    return frozenset(names)


ROUTES = [
    # One response
    Route("response page", "/responses/{pk}/", per_state=True, shows=_kinds("narr", "act", "pubev", "intev", "cmt")),
    Route("API response", "/api/responses/{pk}", per_state=True, shows=_kinds("narr")),
    Route("API action", "/api/actions/{action}", per_state=True, shows=_kinds("act1")),
    Route("API evidence", "/api/evidence/{file}", per_state=True, shows=_kinds("pubev1")),
    Route("API evidence of a response", "/api/evidence?response={pk}", per_state=True, shows=_kinds("pubev", "intev")),
    Route(
        "evidence file (working copy)",
        "/responses/evidence/{file}/file",
        per_state=True,
        shows=_kinds("bytes"),
        internal_only=True,
    ),
    Route(
        "evidence file (published)",
        "/responses/{pk}/published-evidence/{file}/",
        per_state=True,
        shows=_kinds("bytes"),
        published_only=True,
    ),
    Route(
        "tracker recommendation",
        f"/super-complaints/{SC}/recommendations/{{number}}/",
        per_state=True,
        page_always=True,
        shows=_kinds("narr"),
    ),
    Route(
        "public recommendation",
        f"/public/{SC}/recommendations/{{number}}/",
        per_state=True,
        page_always=True,
        public=True,
    ),
    Route(
        "public comparison",
        f"/public/{SC}/recommendations/{{number}}/compare/",
        per_state=True,
        page_always=True,
        public=True,
        shows=_kinds("narr"),
    ),
    # Many responses
    Route("super-complaint and matrix", f"/super-complaints/{SC}/"),
    Route("organisation page", "/organisations/sussex-police/"),
    Route("paired body's page", "/organisations/sussex-pcc/"),
    Route("deadlines", "/workflow/deadlines/"),
    Route("public index", "/public/", public=True),
    Route("public super-complaint", f"/public/{SC}/", public=True),
    Route("public organisation", f"/public/{SC}/organisations/sussex-police/", public=True),
    Route(
        "public record",
        f"/public/{SC}/organisations/sussex-police/record/",
        public=True,
        shows=_kinds("narr", "act", "pubev"),
    ),
    Route(
        "public record PDF",
        f"/public/{SC}/organisations/sussex-police/record.pdf",
        public=True,
        shows=_kinds("narr", "act", "pubev"),
    ),
    *(Route(f"open data {fmt}", f"/public/{SC}.{fmt}", public=True) for fmt in ("csv", "json", "xlsx")),
    *(Route(f"chart {name}", f"/public/{SC}/charts/{name}.svg", public=True) for name in charts.RENDERERS),
    Route("snapshots", "/public/snapshots/", public=True),
    Route("snapshot", "/public/snapshots/{snapshot}/", public=True),
    *(
        Route(f"snapshot {fmt}", f"/public/snapshots/{{snapshot}}.{fmt}", public=True, shows=_kinds("narr"))
        for fmt in ("csv", "json", "xlsx")
    ),
    *(
        Route(f"export responses {fmt}", f"/exports/responses.{fmt}?super_complaint={SC}", shows=_kinds("narr"))
        for fmt in ("csv", "json", "xlsx")
    ),
    *(
        Route(f"export actions {fmt}", f"/exports/actions.{fmt}?super_complaint={SC}", shows=_kinds("act"))
        for fmt in ("csv", "xlsx")
    ),
    Route("export matrix", f"/exports/matrix.csv?super_complaint={SC}"),
    Route("API responses", f"/api/responses?super_complaint={SC}", shows=_kinds("narr")),
    Route("API actions", f"/api/actions?super_complaint={SC}", shows=_kinds("act")),
    Route("API matrix", f"/api/super-complaints/{SC}/matrix"),
]


def working_markers(state: str, kind: str) -> set[str]:
    """What an insider reads of one response's working copy."""
    revised = state == "revision"
    return {
        "narr": {marker("narr", "revdraft" if revised else state)},
        "act": {marker("act", state)} | ({marker("act", "revdraft")} if revised else set()),
        "act1": {marker("act", state)},  # the response's first action alone
        "pubev": {marker("pubev", state)} | ({marker("pubev", "revdraft")} if revised else set()),
        "pubev1": {marker("pubev", state)},  # one piece of public evidence alone
        "intev": {marker("intev", state)},
        "cmt": set() if state == "draft" else {marker("cmt", state)},
        "bytes": {marker("bytes", state)},
    }[kind]


def published_markers(state: str, kind: str) -> set[str]:
    """What everyone reads of one response's published version (nothing unless one is public now)."""
    if state not in PUBLISHED_LIKE or kind in ("intev", "cmt"):
        return set()
    return {marker(kind.removesuffix("1"), state)}


def every_marker() -> set[str]:
    kinds = ["narr", "act", "pubev", "intev", "cmt", "bytes"]
    return {m for s in STATES for k in kinds for m in working_markers(s, k) | published_markers(s, k)}


def body_text(response) -> bytes:
    """The text of a page or download (XLSX cells and PDF text extracted)."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    content_type = response.get("Content-Type", "")
    if "spreadsheetml" in content_type:
        book = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
        body = "\n".join(str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row
                         if c is not None).encode()
    elif "pdf" in content_type:
        pdf = pypdfium2.PdfDocument(body)
        body = "\n".join(page.get_textpage().get_text_range() for page in pdf).encode()
    return body


def url_for(route: Route, world, state: str | None) -> str:
    if state is None:
        return route.url.format(snapshot=world.snapshot.pk)
    response = world.responses[state]
    return route.url.format(pk=response.pk, action=world.actions[state].pk, file=world.public[state].pk,
                            number=response.recommendation.number)
