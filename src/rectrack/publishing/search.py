"""Search of the public record: published responses, their published actions and the recommendations.

One selector, ``search()``, hides the two back ends (ADR 0016): PostgreSQL full-text search (a stored
``tsvector`` with a GIN index, ranked by ``ts_rank``, passages by ``ts_headline``) and SQLite FTS5 (an
external-content table kept by triggers, ranked by ``bm25``, passages by ``snippet``). Both read
``SearchEntry`` rows, which this module alone writes: an entry exists only while its version is the
response's current, unwithdrawn published version, so a draft, a withdrawn version or redacted text can
never be found. The index follows the record through model signals, inside the transaction that changed it.

Passages are made safe here: the back end marks matches with two control characters (which
``core.validators`` refuses in any text people write), the text is escaped, and only then are the marks
turned into ``<mark>`` elements, always balanced.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, QuerySet
from django.db.models.signals import post_save
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.core.signals import text_redacted
from rectrack.core.vocabulary import LABELS, Progress
from rectrack.organisations.models import Organisation
from rectrack.publishing.models import SearchEntry
from rectrack.responses.models import Response, ResponseVersion
from rectrack.responses.selectors import current_versions

PER_PAGE = 20
MAX_PAGE = 10**6  # as the API's search
MAX_TERMS = 12
MAX_QUERY = 200
START, STOP = "\x02", "\x03"
FTS_TABLE = "publishing_search_fts"
CONFIG = "english"
_WORD = re.compile(r"\w+", re.UNICODE)

# The public labels of the result types (an entry's kind).
TYPE_LABELS = {"response": "What the organisation said", "action": "Action", "recommendation": "Recommendation"}


# --- Keeping the index ---------------------------------------------------------------------------------

def _vectorise(entries: QuerySet[SearchEntry]) -> None:
    """PostgreSQL: fill the stored vectors (the organisation or title weighs more than the text)."""
    if connection.vendor == "postgresql":
        entries.update(vector=SearchVector("title", weight="A", config=CONFIG)
                       + SearchVector("body", weight="B", config=CONFIG))


def _response_entries(version: ResponseVersion) -> list[SearchEntry]:
    response = version.response
    common = {"super_complaint_id": response.recommendation.super_complaint_id,
              "recommendation_id": response.recommendation_id, "organisation_id": response.organisation_id,
              "response_id": response.pk, "version_id": version.pk, "progress": version.progress,
              "as_of": version.as_of, "title": response.organisation.name}
    entries = [SearchEntry(kind=SearchEntry.Kind.RESPONSE, body=version.narrative, **common)]
    entries += [SearchEntry(kind=SearchEntry.Kind.ACTION, body=action.description, status=action.status,
                            action_id=action.action_id, **common)
                for action in version.actions.all() if action.description.strip()]
    return entries


def _recommendation_entry(rec: Recommendation) -> SearchEntry | None:
    if not rec.text.strip():
        return None
    return SearchEntry(kind=SearchEntry.Kind.RECOMMENDATION, super_complaint_id=rec.super_complaint_id,
                       recommendation_id=rec.pk, title=f"Recommendation {rec.number}", body=rec.text)


def _versions() -> QuerySet[ResponseVersion]:
    return current_versions().select_related("response__organisation", "response__recommendation") \
        .prefetch_related("actions")


def index_response(response_id: int) -> None:
    """Make the index hold exactly the response's current published version (or nothing of it)."""
    SearchEntry.objects.filter(response_id=response_id).delete()
    version = _versions().filter(response_id=response_id).first()
    if version is not None:
        SearchEntry.objects.bulk_create(_response_entries(version))
        _vectorise(SearchEntry.objects.filter(response_id=response_id))


def index_recommendation(rec: Recommendation) -> None:
    SearchEntry.objects.filter(kind=SearchEntry.Kind.RECOMMENDATION, recommendation_id=rec.pk).delete()
    entry = _recommendation_entry(rec)
    if entry is not None:
        entry.save()
        _vectorise(SearchEntry.objects.filter(pk=entry.pk))


def rebuild() -> int:
    """Rebuild the whole index from the record (``rectrack rebuild_search``); returns the number of entries."""
    SearchEntry.objects.all().delete()
    entries = [e for rec in Recommendation.objects.all() if (e := _recommendation_entry(rec)) is not None]
    for version in _versions().iterator(chunk_size=2000):
        entries.extend(_response_entries(version))
    SearchEntry.objects.bulk_create(entries, batch_size=2000)
    _vectorise(SearchEntry.objects.all())
    return len(entries)


def is_stale() -> bool:
    """Whether the index plainly disagrees with the record (a database filled before the index existed)."""
    responses = SearchEntry.objects.filter(kind=SearchEntry.Kind.RESPONSE).count()
    recs = SearchEntry.objects.filter(kind=SearchEntry.Kind.RECOMMENDATION).count()
    return responses != current_versions().count() or recs != Recommendation.objects.exclude(text="").count()


def _on_response(sender, instance: Response, **kwargs) -> None:
    # Most saves are edits of the working copy: only a change of the published version (publication,
    # a revision published, withdrawal) changes what may be found.
    indexed = (SearchEntry.objects.filter(response_id=instance.pk, kind=SearchEntry.Kind.RESPONSE)
               .values_list("version_id", flat=True).first())
    if indexed != instance.published_version_id:
        index_response(instance.pk)


def _on_version(sender, instance: ResponseVersion, created=False, **kwargs) -> None:
    # A new version is indexed when the response points at it; a changed one (redacted, withdrawn) at once.
    if not created:
        index_response(instance.response_id)


def _on_redacted(sender, response_id: int, **kwargs) -> None:
    index_response(response_id)


def _on_recommendation(sender, instance: Recommendation, **kwargs) -> None:
    index_recommendation(instance)


def connect() -> None:
    post_save.connect(_on_response, sender=Response, dispatch_uid="publishing-search-response")
    post_save.connect(_on_version, sender=ResponseVersion, dispatch_uid="publishing-search-version")
    post_save.connect(_on_recommendation, sender=Recommendation, dispatch_uid="publishing-search-recommendation")
    text_redacted.connect(_on_redacted, dispatch_uid="publishing-search-redacted")


def rebuild_if_stale(sender, **kwargs) -> None:
    if is_stale():
        rebuild()


# --- Reading -------------------------------------------------------------------------------------------

def terms(text: str) -> list[str]:
    """The words of a query: letters and digits only, so nothing in it is read as query syntax."""
    return [w.casefold() for w in _WORD.findall(text[:MAX_QUERY])][:MAX_TERMS]


def highlight(text: str) -> SafeString:
    """Back-end marked text as HTML: escaped first, then the marks as balanced ``<mark>`` elements."""
    out, marked = [], False
    for part in re.split(f"([{START}{STOP}])", text):
        if part in (START, STOP):
            want = part == START
            if want != marked:
                out.append("<mark>" if want else "</mark>")
                marked = want
        elif part:
            out.append(escape(part))
    if marked:
        out.append("</mark>")
    return mark_safe("".join(out))  # noqa: S308 - every piece of text above is escaped


def plain_passage(text: str, limit: int = 240) -> SafeString:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return escape(text)


@dataclass
class SearchFilters:
    q: str = ""
    super_complaint: str = ""
    recommendation: str = ""
    organisation: str = ""
    kind: str = ""
    region: str = ""
    progress: str = ""
    type: str = ""
    page: int = 1
    errors: dict[str, str] = field(default_factory=dict)

    FIELDS = ("q", "super_complaint", "recommendation", "organisation", "kind", "region", "progress", "type")

    @classmethod
    def from_query(cls, params) -> SearchFilters:
        """Read and check a query string; a value that names nothing is an error (and nothing is searched)."""
        values = {name: str(params.get(name, "") or "").strip() for name in cls.FIELDS}
        errors = {}
        if len(values["q"]) > MAX_QUERY:
            errors["q"] = f"Search terms must be {MAX_QUERY} characters or fewer"
        checks = {
            "super_complaint": (
                lambda v: SuperComplaint.objects.filter(slug=v).exists(),
                "Choose a super-complaint from the list",
            ),
            "recommendation": (
                lambda v: len(v) <= 20 and Recommendation.objects.filter(number=v).exists(),
                "Choose a recommendation from the list",
            ),
            "organisation": (
                lambda v: len(v) <= 100 and Organisation.objects.filter(pk=v).exists(),
                "Choose an organisation from the list",
            ),
            "kind": (lambda v: v in Organisation.Kind.values, "Choose a kind of organisation from the list"),
            "region": (
                lambda v: len(v) <= 100 and Organisation.objects.filter(region=v).exists(),
                "Choose a region from the list",
            ),
            "progress": (lambda v: v in {p.value for p in Progress}, "Choose a progress from the list"),
            "type": (lambda v: v in SearchEntry.Kind.values, "Choose a type of result from the list"),
        }
        for name, (valid, message) in checks.items():
            if values[name] and not valid(values[name]):
                errors[name] = message
        try:
            page = int(params.get("page") or 1)
        except (TypeError, ValueError):
            page = 0
        if page < 1:
            errors["page"] = "The page must be a whole number, 1 or more"
            page = 1
        # Past the last page shows the last; a number beyond any page stops here, not as an OFFSET the database
        # cannot hold (a 40-digit page was a server error, ADR 0021).
        page = min(page, MAX_PAGE)
        return cls(**values, page=page, errors=errors)

    @property
    def active(self) -> bool:
        return any(getattr(self, name) for name in self.FIELDS)

    def entries(self) -> QuerySet[SearchEntry]:
        qs = SearchEntry.objects.order_by()
        lookups = {"super_complaint": "super_complaint_id", "recommendation": "recommendation__number",
                   "organisation": "organisation_id", "kind": "organisation__kind", "region": "organisation__region",
                   "progress": "progress", "type": "kind"}
        return qs.filter(**{path: getattr(self, name) for name, path in lookups.items() if getattr(self, name)})


@dataclass
class Result:
    entry: SearchEntry
    passage: SafeString

    @property
    def type_label(self) -> str:
        return TYPE_LABELS[self.entry.kind]

    @property
    def url(self) -> str:
        e = self.entry
        if e.kind == SearchEntry.Kind.RECOMMENDATION:
            return reverse("publishing:recommendation", args=[e.super_complaint_id, e.recommendation.number])
        return (reverse("publishing:record", args=[e.super_complaint_id, e.organisation_id])
                + f"#recommendation-{e.recommendation.number}")

    @property
    def heading(self) -> str:
        e = self.entry
        if e.kind == SearchEntry.Kind.RECOMMENDATION:
            return f"Recommendation {e.recommendation.number}"
        return f"{e.organisation.name} on recommendation {e.recommendation.number}"

    @property
    def progress_label(self) -> str:
        return LABELS.get(self.entry.progress, "") if self.entry.progress else ""

    @property
    def status_label(self) -> str:
        return LABELS.get(self.entry.status, "") if self.entry.status else ""


@dataclass
class SearchPage:
    filters: SearchFilters
    results: list[Result]
    total: int
    page: int
    per_page: int = PER_PAGE

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def first(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.total else 0

    @property
    def last(self) -> int:
        return min(self.total, self.page * self.per_page)


def _fts_match(words: list[str]) -> str:
    # Each word a quoted FTS5 string (words hold letters and digits only), all required.
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _sqlite(entries: QuerySet[SearchEntry], words: list[str], offset: int, limit: int):
    inner, params = entries.values("id").query.sql_with_params()
    match = _fts_match(words)
    # "+rowid": the words drive the search (the full-text index) and the filtered entries are only a set to test
    # against; a bare "rowid IN (...)" let SQLite walk every entry and test the words on each (1.2 s, not 15 ms,
    # at national size).
    where = f"{FTS_TABLE} MATCH %s AND +rowid IN ({inner})"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {where}", [match, *params])  # noqa: S608
        total = cursor.fetchone()[0]
        # The organisation or title counts four times the text; ties in the order of the record.
        cursor.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {where} "  # noqa: S608
                       f"ORDER BY bm25({FTS_TABLE}, 4.0, 1.0), rowid LIMIT %s OFFSET %s",
                       [match, *params, limit, offset])
        ids = [row[0] for row in cursor.fetchall()]
        passages = {}
        if ids:
            marks = ", ".join(["%s"] * len(ids))
            cursor.execute(f"SELECT rowid, snippet({FTS_TABLE}, 1, %s, %s, %s, 40) FROM {FTS_TABLE} "  # noqa: S608
                           f"WHERE {FTS_TABLE} MATCH %s AND rowid IN ({marks})", [START, STOP, " … ", match, *ids])
            passages = dict(cursor.fetchall())
    rows = _labelled(SearchEntry.objects.all()).in_bulk(ids) if ids else {}
    return total, [(rows[pk], passages.get(pk, "")) for pk in ids]


def _labelled(entries: QuerySet[SearchEntry]) -> QuerySet[SearchEntry]:
    """Entries with what a result shows beside its passage, in the same query."""
    return entries.select_related("organisation", "recommendation", "super_complaint").defer("vector")


def _postgres(entries: QuerySet[SearchEntry], words: list[str], offset: int, limit: int):
    query = SearchQuery(" ".join(words), config=CONFIG, search_type="plain")
    matched = entries.filter(vector=query)
    total = matched.count()
    # The page's ids first, then the passages of those rows only: PostgreSQL computes a select list for every
    # row an OFFSET skips, and ts_headline is the costly part (page 300 of a common word: 290 ms, not ~60).
    ids = list(matched.annotate(rank=SearchRank(F("vector"), query)).order_by("-rank", "pk")
               .values_list("pk", flat=True)[offset:offset + limit])
    rows = {e.pk: e for e in _labelled(SearchEntry.objects.filter(pk__in=ids)).annotate(
        passage=SearchHeadline("body", query, config=CONFIG, start_sel=START, stop_sel=STOP, max_words=40,
                               min_words=15, max_fragments=2, fragment_delimiter=" … "))} if ids else {}
    return total, [(rows[pk], rows[pk].passage) for pk in ids]


def search(filters: SearchFilters, *, per_page: int = PER_PAGE) -> SearchPage:
    """One page of results, best first (in the record's order when there are no words to rank by).
    A constant number of queries: the count, the page's ids, its rows with their passages (on SQLite the passages
    and the rows apart).
    A page past the last gives the last page."""
    found = _search(filters, per_page)
    if found.total and filters.page > found.pages:
        filters.page = found.pages
        found = _search(filters, per_page)
    return found


def _search(filters: SearchFilters, per_page: int) -> SearchPage:
    if filters.errors:
        return SearchPage(filters, [], 0, 1, per_page)
    entries = filters.entries()
    words = terms(filters.q)
    offset = (filters.page - 1) * per_page
    if words:
        backend = _postgres if connection.vendor == "postgresql" else _sqlite
        total, found = backend(entries, words, offset, per_page)
        results = [Result(entry, highlight(passage or "")) for entry, passage in found]
    else:
        total = entries.count()
        page = list(_labelled(entries).order_by("super_complaint__order", "recommendation__order", "kind",
                                                "organisation__name", "pk")[offset:offset + per_page])
        results = [Result(entry, plain_passage(entry.body)) for entry in page]
    return SearchPage(filters, results, total, filters.page, per_page)


def filter_options(filters: SearchFilters) -> dict:
    """The choices of the search form (four queries)."""
    recs = Recommendation.objects.order_by("super_complaint__order", "order")
    if filters.super_complaint:
        recs = recs.filter(super_complaint_id=filters.super_complaint)
    numbers = list(dict.fromkeys(recs.values_list("number", flat=True)))
    return {
        "super_complaints": [
            (super_complaint.slug, str(super_complaint))
            for super_complaint in SuperComplaint.objects.only("slug", "title", "short_title")
        ],
        "recommendations": numbers,
        "organisations": list(
            Organisation.objects.exclude(kind=Organisation.Kind.DESIGNATED_BODY)
            .order_by("name")
            .values_list("id", "name")
        ),
        "kinds": [(k, label) for k, label in Organisation.Kind.choices if k != Organisation.Kind.DESIGNATED_BODY],
        "regions": sorted(set(Organisation.objects.exclude(region="").values_list("region", flat=True))),
        "progress": [(p.value, LABELS[p.value]) for p in Progress],
        "types": list(TYPE_LABELS.items()),
    }
