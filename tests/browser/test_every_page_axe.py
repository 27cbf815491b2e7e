"""axe-core on every page of the site, for every role that can see it: zero WCAG 2.2 A/AA violations.

The pages come from the URL resolver (``get_resolver().url_patterns``), not from a list: a new page is covered as
soon as its route exists. Path parameters are filled from a small demo record built here (a published response
with an action and evidence, a draft under scrutiny, a joint request, a read document with answers, a snapshot,
a proposed recommendation, an API token). A route fails the test when no role could open it as a page and it is
not in ``EXCLUDED`` below with its reason, or when its ``pk`` is not in ``OBJECT_FOR`` (say which object it names).

Speed: the Django test client first finds which routes each role may open (fast, in-process), so the browser
only loads pages that render; one Chromium context per role, one page reused for every visit.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from rectrack.accounts.tokens import create_token
from rectrack.complaints.models import Recommendation, TimelineEvent
from rectrack.ingestion import engine
from rectrack.ingestion import services as ingestion
from rectrack.ingestion.models import RecommendationProposal
from rectrack.organisations.models import Organisation
from rectrack.publishing.snapshots import take_snapshot
from rectrack.responses import services as responses
from rectrack.work import scrutiny
from tests.ingestion.helpers import answer, result
from tests.support import browser as support
from tests.support.record import publish
from tests.support.users import PASSWORD, make_user

SLUG = "safe-to-share"
ROLES = {  # role: (user role, organisation); anonymous has none
    "anonymous": None,
    "inspectorate": ("inspectorate", None),
    "force editor": ("org_editor", "sussex-police"),
    "PCC editor": ("org_editor", "sussex-pcc"),
    "designated body": ("designated_body", "liberty"),
}

# Routes that are not pages, each group with its reason. Everything else must render for some role.
EXCLUDED_NAMESPACES = {
    "api",  # the JSON API (and its OpenAPI viewer, a third-party page): checked by schemathesis, not axe
    "admin",  # Django's admin site: Django's own markup, for the inspectorate's data fixes only
}
EXCLUDED = {
    # Downloads: files, not pages (CSV, XLSX, JSON, PDF, SVG, stored documents and evidence).
    "publishing:opendata", "publishing:snapshot_download", "publishing:record_pdf", "work:record_pdf",
    "publishing:chart", "publishing:organisation_chart", "publishing:source_document", "exports:download",
    "ingestion:download", "responses:evidence_file", "responses:published_evidence_file",
    "ingestion:job_status",  # the job page's JSON poll
    # POST-only endpoints (a button on a page that is checked; GET is refused with 405).
    "accounts:logout", "ingestion:fetch", "ingestion:refetch", "ingestion:accept", "ingestion:undo_rejection",
    "ingestion:accept_confident", "ingestion:proposal_accept", "ingestion:proposal_reject",
    "workflow:transition", "responses:evidence_public", "ingestion:report_upload", "ingestion:reject",
}

TEXT = "Recommendation 1. We have stopped sharing data. Recommendation 4. Work continues."


@dataclass
class Demo:
    users: dict
    published: object
    draft: object
    action: object
    evidence: object
    joint: object
    document: object
    answer: object
    job: object
    snapshot: object
    event: object
    proposal: object
    tokens: dict
    reset: tuple


def build_demo(monkeypatch) -> Demo:
    users = {role: make_user(f"axe-{role.replace(' ', '-').lower()}", *spec) for role, spec in ROLES.items() if spec}
    force, pcc, inspector = users["force editor"], users["PCC editor"], users["inspectorate"]
    body = users["designated body"]
    body.email = "body@example.org"
    body.save()

    def rec(number):
        return Recommendation.objects.get(super_complaint_id=SLUG, number=number)

    sussex, sussex_pcc = Organisation.objects.get(pk="sussex-police"), Organisation.objects.get(pk="sussex-pcc")
    data = {"position": "accepted", "progress": "in_progress", "narrative": "Work is under way.",
            "as_of": datetime.date(2021, 6, 1)}
    published = responses.create_response(user=force, recommendation=rec("1"), organisation=sussex, data=data)
    action = responses.add_action(user=force, response=published, data={"description": "Train call handlers",
                                                                         "owner": "Head of contact"})
    evidence = responses.add_evidence_link(user=force, response=published, url="https://example.org/plan",
                                           title="Action plan", public=True)
    [published] = publish(published, user=inspector)
    draft = responses.create_response(user=force, recommendation=rec("4"), organisation=sussex, data=data)
    scrutiny.record(user=pcc, response=draft, text="Name the owner of the pathway.")
    own = responses.create_response(user=pcc, recommendation=rec("5"), organisation=sussex_pcc, data=data)
    joint = responses.request_joint(user=pcc, response=own, organisation=sussex)

    monkeypatch.setattr(engine, "extract", lambda data, filename, **kw: engine.Extracted(
        result=result(filename, [answer("1", 0, 47), answer("4", 48, len(TEXT))]), text=TEXT))
    stored = ingestion.store_document(user=inspector, source=b"a response document", filename="response.txt")
    job = ingestion.run_extraction(stored.job.pk)
    document = stored.document

    proposal = RecommendationProposal.objects.create(
        super_complaint_id=SLUG, filename="report.txt", uploaded_by=inspector, uploaded_at=datetime.datetime.now(
            datetime.UTC), number="9", text="Chief constables should publish their data.",
        recipient_classes=["chief_constables"])
    tokens = {role: create_token(user=user, name="axe", access="read", days=30)[0].pk for role, user in users.items()}
    return Demo(users=users, published=published, draft=draft, action=action, evidence=evidence, joint=joint,
                document=document, answer=document.answers.first(), job=job,
                snapshot=take_snapshot(user=inspector, super_complaint=None),
                event=TimelineEvent.objects.filter(super_complaint_id=SLUG).first(), proposal=proposal,
                tokens=tokens, reset=(urlsafe_base64_encode(force_bytes(body.pk)),
                                      default_token_generator.make_token(body)))


# The object a route's ``pk`` (and ``answer_pk``) names, by route name; other parameters are the same everywhere.
OBJECT_FOR = {
    "work:scrutiny": lambda d, role: d.draft.pk,
    "catalogue:event_edit": lambda d, role: d.event.pk, "catalogue:event_delete": lambda d, role: d.event.pk,
    "responses:detail": lambda d, role: d.published.pk, "responses:edit": lambda d, role: d.published.pk,
    "responses:action_create": lambda d, role: d.published.pk,
    "responses:evidence_file_create": lambda d, role: d.published.pk,
    "responses:evidence_link_create": lambda d, role: d.published.pk,
    "responses:assess": lambda d, role: d.published.pk, "responses:adequacy": lambda d, role: d.published.pk,
    "responses:redact": lambda d, role: d.published.pk,
    "responses:action_edit": lambda d, role: d.action.pk, "responses:action_delete": lambda d, role: d.action.pk,
    "responses:evidence_delete": lambda d, role: d.evidence.pk,
    "responses:joint_decision": lambda d, role: d.joint.pk,
    "accounts:token_revoke": lambda d, role: d.tokens.get(role, 0),
    "ingestion:job": lambda d, role: d.job.pk,
    "ingestion:proposal_edit": lambda d, role: d.proposal.pk,
    "publishing:snapshot": lambda d, role: d.snapshot.pk,
    **{f"ingestion:{name}": (lambda d, role: d.document.pk)
       for name in ("document", "retry", "delete", "reassign", "review", "add_missed")},
    **{f"ingestion:{name}": (lambda d, role: (d.document.pk, d.answer.pk)) for name in ("correct", "reject")},
}
SAME_EVERYWHERE = {"slug": SLUG, "org_id": "sussex-police", "number": "1"}
# Pages that need a query string to say what they are about.
QUERY_FOR = {
    "responses:create": lambda d: f"?recommendation={d.draft.recommendation_id}&organisation=sussex-police",
    "responses:no_response": lambda d: f"?super_complaint={SLUG}&organisation=sussex-police",
    # One organisation's deadlines: the national list is the same markup, a hundred times longer.
    "tracker:deadline_list": lambda d: "?organisation=sussex-police",
}


def routes(patterns=None, prefix="", namespace=""):
    """(name, parameter names) of every route, walking the resolver."""
    for p in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(p, URLResolver):
            ns = f"{namespace}:{p.namespace}".strip(":") if p.namespace else namespace
            yield from routes(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            name = f"{namespace}:{p.name}".strip(":") if p.name else f"{namespace}:<unnamed {prefix}{p.pattern}>"
            converters = getattr(p.pattern, "converters", {}) or {}
            params = list(converters) or list(p.pattern.regex.groupindex)
            yield name, params


def url_for(name: str, params: list[str], demo: Demo, role: str) -> str | None:
    kwargs = {}
    for param in params:
        if param in SAME_EVERYWHERE:
            kwargs[param] = SAME_EVERYWHERE[param]
        elif param in ("uidb64", "token"):
            kwargs = {**kwargs, "uidb64": demo.reset[0], "token": demo.reset[1]}
        elif param in ("pk", "answer_pk"):
            if name not in OBJECT_FOR:
                return None
            value = OBJECT_FOR[name](demo, role)
            kwargs["pk"], *rest = value if isinstance(value, tuple) else (value,)
            if rest:
                kwargs["answer_pk"] = rest[0]
        else:
            return None
    return reverse(name, kwargs=kwargs) + (QUERY_FOR[name](demo) if name in QUERY_FOR else "")


_VOLATILE = re.compile(r'(name="csrfmiddlewaretoken" value="|nonce=")[^"]*"')


def main_content(html: str) -> str:
    """The page's main content, without what changes on every request: two roles with the same main content
    see the same page but for the header, which axe checks on each role's own pages."""
    start, end = html.find("<main"), html.find("</main>")
    return _VOLATILE.sub(r"\1", html[start:end] if start >= 0 and end > start else html)


# Two tabs: axe runs in one (in the browser's renderer) while the server renders the next page for the other.
TABS = 2
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": support.AXE_TAGS}, "resultTypes": ["violations"]}


def start_axe(tab) -> None:
    """Start axe-core in the tab without waiting; ``window.__rectrackAxe`` is the promise of its violations."""
    if not tab.evaluate("() => typeof window.axe === 'object'"):
        tab.evaluate(support.axe_source())
    tab.evaluate("(options) => { window.__rectrackAxe = window.axe.run(document, options).then(r => r.violations); }",
                 AXE_OPTIONS)


def is_page(response) -> bool:
    return response.status_code == 200 and response.get("Content-Type", "").startswith("text/html")


def test_every_page_has_no_axe_violations(browser, live_url, monkeypatch):
    demo = build_demo(monkeypatch)
    all_routes = [(n, ps) for n, ps in routes() if n.split(":")[0] not in EXCLUDED_NAMESPACES and n not in EXCLUDED]
    unfillable = sorted({n for n, ps in all_routes if url_for(n, ps, demo, "inspectorate") is None})
    assert not unfillable, f"Routes whose parameters this test cannot fill (add them to OBJECT_FOR): {unfillable}"

    opened: dict[str, list[str]] = {}
    failures: list[str] = []
    checked: set[tuple[str, str]] = set()
    for role, spec in ROLES.items():
        client = Client()
        if spec:
            client.force_login(demo.users[role])
        pages = []
        for name, params in all_routes:
            url = url_for(name, params, demo, role)
            response = client.get(url, follow=True)
            final = response.redirect_chain[-1][0] if response.redirect_chain else url
            if not is_page(response) or ("/accounts/sign-in/" in final and name != "accounts:login"):
                continue  # not this role's page
            key = (name, main_content(response.content.decode()))
            if key in checked:  # the same page another role was checked on (its header is checked on its home)
                opened.setdefault(name, []).append(role)
                continue
            checked.add(key)
            pages.append((name, url))
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        context.set_default_timeout(30_000)
        try:
            tabs = [context.new_page() for _ in range(TABS)]
            if spec:
                support.sign_in(tabs[0], live_url, demo.users[role].username, PASSWORD)
            waiting: list = [None] * TABS
            for i, item in enumerate([*pages, *[None] * TABS]):
                tab = tabs[i % TABS]
                if waiting[i % TABS]:  # this tab's previous page: its result
                    done_name, done_url = waiting[i % TABS]
                    opened.setdefault(done_name, []).append(role)
                    if violations := tab.evaluate("() => window.__rectrackAxe"):
                        failures.append(f"[{role}] {support.format_violations(violations, done_url)}")
                    waiting[i % TABS] = None
                if item is None:
                    continue
                name, url = item
                tab.goto(f"{live_url}{url}", wait_until="load")
                start_axe(tab)
                waiting[i % TABS] = (name, url)
        finally:
            context.close()

    # The walk found the site's pages, and each role saw what it should (a check on the check).
    assert len(opened) > 60 and "anonymous" in opened["publishing:record"]
    assert set(opened["work:record"]) == {"inspectorate", "force editor", "PCC editor"}
    assert opened["ingestion:reassign"] == ["inspectorate"]
    never = sorted(n for n, _ in all_routes if n not in opened)
    assert not never, ("Routes no role could open as a page: make them render for the role that uses them, or add "
                       f"them to EXCLUDED with the reason: {never}")
    assert not failures, "\n".join(failures)
