"""Which super-complaint a document answers, weighed from everything the catalogue says about each one.

A reader recognises a report by its full title, by the name it goes by ("Safe to share?", "A duty to
protect", the part of the title before its colon), by its short title, by the designated body that
raised it, by its keywords, and, in a letter that names it only by its subject, by the words that belong
to that subject and to no other report ("stalking", "section 60", "modern slavery", "honour-based").
Each kind of evidence adds points (`scores.COMPLAINT_*`); the page title of a web page or the letterhead
of a letter counts with the text. The leader must have enough points and lead the next report clearly;
a close call is settled by how much of each report's recommendation texts the document quotes.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from . import scores
from .blocks import HEADING, Document
from .catalogue import Catalogue, SuperComplaint
from .orgs import Mention
from .segment import _bigrams, block_marker, expand_numbers
from .textutil import fold, spaced

_WORD = re.compile(r"\b(?:[Ss]ection \d+|[A-Za-z][a-z'-]{4,}|[A-Z]{2,6}\b)")
# words every report shares: they say a document is about a super-complaint, not which
_GENERIC = frozenset("""
police policing report reports super-complaint super complaint complaints response responses victims victim
recommendation recommendations chief constables constable forces force crime crimes commissioner commissioners
home office college inspectorate independent office conduct justice criminal national their with from that this
into about these those which where when have been will would should could also made make report's police's
england wales investigation investigations investigated public feature features policing's interests harm harmed
significantly significant designated body bodies people officers officer support services service report on
action actions plans against cases involving lack culture reporting purposes passing operation perception
prioritising respond risk background community public order status awareness professional standards
standard women girls violence safe share data witness witnesses safeguarding response enforcement over
search project centre trust human referral mechanism notices measures protect sharing
""".split())


@dataclass(frozen=True)
class _Profile:
    complaint: SuperComplaint
    title: str
    name: str  # the report's own name: its title before the colon
    short: str
    keywords: tuple[tuple[str, bool, re.Pattern], ...]
    words: frozenset[str]  # the subject's own words, shared with no other report
    quoted: tuple[set, ...]  # word pairs of each recommendation text
    follow_up_dates: tuple[str, ...]  # "15 november 2022": days the catalogue records a response


def _keyword(kw: str) -> tuple[str, bool, re.Pattern]:
    """(folded keyword for a quick substring test, case-sensitive?, whole-word pattern)."""
    acronym = kw.isupper() and len(kw) <= 6
    rx = re.compile(r"(?<![\w-])" + re.escape(fold(kw) if not acronym else kw).replace(r"\ ", r"[\s-]+") + r"(?![\w-])")
    return fold(kw), acronym, rx


def _count_word(text: str, word: str) -> int:
    """How often an acronym stands as a word of its own ("SPO", not the middle of "RESPONSE"): substring finds with
    a look at each side, far cheaper than a pattern opening with a look-behind, which is tried at every position."""
    n, i, size = 0, text.find(word), len(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + size] if i + size < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            n += 1
        i = text.find(word, i + size)
    return n


def _stem(w: str) -> str:
    """"pathways" and "pathway" count as one word (a plural's s; not "ss", nor an acronym)."""
    return w[:-1] if len(w) > 5 and w.endswith("s") and not w.endswith("ss") and not w.isupper() else w


def _shared_phrase(keyword: str, super_complaint: SuperComplaint, cat: Catalogue) -> bool:
    """Whether another report's title, keywords or features use this keyword too."""
    k = fold(keyword)
    for other in cat.super_complaints:
        if other.slug != super_complaint.slug and k in fold(" ".join([other.title, other.short_title, *other.keywords,
                                                         *other.features_of_policing])):
            return True
    return False


def _vocabulary(super_complaint: SuperComplaint) -> set[str]:
    text = " ".join(
        [
            super_complaint.title,
            super_complaint.short_title,
            " ".join(super_complaint.keywords),
            " ".join(super_complaint.features_of_policing),
        ]
    )
    words = set()
    for w in _WORD.findall(text):
        w = w if w.isupper() else w.lower().strip("'-")
        if w.endswith("'s"):
            w = w[:-2]
        if w and w.lower() not in _GENERIC:
            words.add(w)
    return words


_SMALL_WORDS = frozenset(("and", "of", "the", "as", "for", "to", "in", "on", "a"))


def _initials(keyword: str) -> str:
    """The initials a subject of three words or more is written as: "honour-based abuse" is HBA, "violence against
    women and girls" VAWG ("" for a shorter subject, whose two letters would name many things)."""
    words = [w for w in re.split(r"[\s-]+", keyword) if w and w.lower() not in _SMALL_WORDS]
    acr = "".join(w[0] for w in words).upper()
    return acr if 3 <= len(acr) <= 6 and acr.isalpha() and not keyword.isupper() else ""


def _with_initials(super_complaint: SuperComplaint) -> list[str]:
    """The catalogue's keywords and the initials of each long one ("HBA super-complaint", "VAWG strategy")."""
    out = list(super_complaint.keywords)
    for k in super_complaint.keywords:
        acr = _initials(k)
        if acr and acr not in out:
            out.append(acr)
    return out


def _profiles(catalogue: Catalogue) -> list[_Profile]:
    def build(cat: Catalogue) -> list[_Profile]:
        vocab = {super_complaint.slug: _vocabulary(super_complaint) for super_complaint in cat.super_complaints}
        initials = Counter(a for sc in cat.super_complaints for a in set(_with_initials(sc)) if a.isupper())
        shared = Counter(w for words in vocab.values() for w in words)
        out = []
        for super_complaint in cat.super_complaints:
            m = re.match(r"^(.{6,80}?)(?::|\?)\s", super_complaint.title + " ")
            name = (
                fold(m.group(1) + ("?" if super_complaint.title[len(m.group(1)) :].startswith("?") else ""))
                if m
                else ""
            )
            out.append(
                _Profile(
                    complaint=super_complaint,
                    title=fold(super_complaint.title),
                    name=name if len(name.split()) >= 2 else "",
                    short=fold(super_complaint.short_title),
                    keywords=tuple(
                        _keyword(k) + (_shared_phrase(k, super_complaint, cat) if k in super_complaint.keywords
                                       else initials[k] > 1,) for k in _with_initials(super_complaint)
                    ),
                    words=frozenset(_stem(w) for w in vocab[super_complaint.slug] if shared[w] == 1),
                    quoted=tuple(_bigrams(r.quotable_text) for r in super_complaint.recommendations if r.text),
                    follow_up_dates=tuple(
                        _spelt(f.date) for f in super_complaint.follow_up if re.fullmatch(r"\d{4}-\d\d-\d\d", f.date)
                    ),
                )
            )
        return out
    return catalogue.cached("complaint_profiles", build)


def detect(text: str, mentions: list[Mention], catalogue: Catalogue,
           meta: dict[str, str] | None = None) -> tuple[SuperComplaint | None, float, dict]:
    """The super-complaint, a confidence, and every complaint's points (for tests and warnings)."""
    head_extra = " ".join(v for k, v in (meta or {}).items() if k in ("title", "header", "site"))
    folded = fold(head_extra + "\n" + text) if head_extra else fold(text)
    head = folded[:4000]
    present = set(spaced(folded, _PUNCTUATION).split())  # a phrase is counted only if its first word is here
    words = _subject_counts(catalogue, head_extra + "\n" + text[:200_000], folded, present)

    mentioned = {i for m in mentions if m.entry.kind == "name" for i in m.ids}
    # the document's own title: a web page's title and the first line of the text
    raw_title = (meta or {}).get("title", "") + "\n" + text.lstrip()[:200].split("\n", 1)[0]
    title = fold(raw_title)
    answers_numbered = bool(_NUMBERED_RECOMMENDATION.search(text[:200_000]))
    points: dict[str, float] = {}
    complaint_words = _complaint_word_starts(folded)
    for p in _profiles(catalogue):
        score = 0.0
        if p.title and p.title in folded:
            score += scores.COMPLAINT_TITLE
        elif p.name and p.name in folded:
            score += scores.COMPLAINT_REPORT_NAME
        elif p.title and len(p.title) > 30 and _title_words_present(p.title, head):
            score += scores.COMPLAINT_TITLE_WORDS
        if p.short and len(p.short) > 12 and p.short in folded:
            score += scores.COMPLAINT_SHORT_TITLE
        score += scores.COMPLAINT_DESIGNATED_BODY * len(set(p.complaint.designated_bodies) & mentioned)
        for low, acronym, _rx, shared in p.keywords:
            # substring counts first: a pattern opening with a look-behind is tried at every position
            if acronym:
                n = _count_word(text, low.upper())
            else:
                n = folded.count(low) if low.split(" ", 1)[0] in present else 0
            if n:  # a phrase another report's subject also uses ("domestic abuse") says less
                share = scores.COMPLAINT_SHARED_KEYWORD if shared else 1
                score += (scores.COMPLAINT_KEYWORD + 0.5 * math.log(n)) * share
                # "the honour-based abuse super-complaint": the subject used as the complaint's name
                if not acronym and _names_the_complaint(folded, low, complaint_words):
                    score += scores.COMPLAINT_NAMED_BY_SUBJECT * share
        # "Derbyshire Constabulary: protective measures action log": a title naming the subject says what
        # the document is about, more than the same words in passing
        # an acronym as a word of its own ("SPO" is not the middle of "RESPONSE")
        in_title = [shared for low, acronym, rx, shared in p.keywords if (rx.search(raw_title) if acronym else low in
                                                                          title)]
        if in_title:
            score += scores.COMPLAINT_TITLE_KEYWORD * (1 if not all(in_title) else scores.COMPLAINT_SHARED_KEYWORD)
        subject = sum(scores.COMPLAINT_SUBJECT_WORD + 0.3 * math.log(words[w]) for w in p.words if words.get(w))
        score += min(subject, scores.COMPLAINT_SUBJECT_CAP)
        if any(d in head for d in p.follow_up_dates):
            score += scores.COMPLAINT_FOLLOW_UP
        if answers_numbered and not p.complaint.recommendations:
            score *= scores.COMPLAINT_NO_RECOMMENDATIONS  # still being investigated: nothing to answer yet
        points[p.complaint.slug] = round(score, 2)
    _answered_under_names(folded, catalogue, points)
    ranked = sorted(points.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] - ranked[1] < scores.COMPLAINT_CLOSE_CALL:
        doc_grams = None
        for p in _profiles(catalogue):  # quoted recommendation texts settle close calls
            if p.quoted:
                if doc_grams is None:
                    doc_grams = _bigrams(text)
                n = sum(1 for g in p.quoted if g and len(g & doc_grams) / len(g) >= 0.5)
                points[p.complaint.slug] = round(
                    points[p.complaint.slug] + scores.COMPLAINT_QUOTED_RECOMMENDATION * n, 2
                )
    if not points:
        return None, 0.0, points
    best = max(points, key=points.get)
    ranked = sorted(points.values(), reverse=True)
    margin = ranked[0] - (ranked[1] if len(ranked) > 1 else 0)
    if points[best] < scores.COMPLAINT_MIN_SCORE or margin < scores.COMPLAINT_MIN_MARGIN:
        return None, 0.0, points
    conf = round(min(0.99, 0.5 + margin / 20), 2)
    return catalogue.sc_by_slug[best], conf, points


_ANSWER_NUMBER = re.compile(r"\brecommendations?\s+(?:no\.?\s*)?(\d{1,2})\b")


def _answered_under_names(folded: str, catalogue: Catalogue, points: dict[str, float]) -> None:
    """A document that answers two reports ("This paper responds to A duty to protect and to The hidden victims")
    answers the recommendations under each one's name: the report whose name a numbered recommendation follows
    (a heading, a sentence) is the one the document answers by number, and the other is prose about it."""
    named: list[tuple[int, str]] = []
    for p in _profiles(catalogue):
        for phrase in {x for x in (p.title, p.name, p.short) if x and len(x) > 12}:
            at = folded.find(phrase)
            while at >= 0 and len(named) < 200:
                named.append((at, p.complaint.slug))
                at = folded.find(phrase, at + len(phrase))
    if len({slug for _, slug in named}) < 2:
        return
    named.sort()
    answered: dict[str, set[str]] = {}
    for m in _ANSWER_NUMBER.finditer(folded):
        under = [slug for at, slug in named if at < m.start()]
        if under:
            answered.setdefault(under[-1], set()).add(m.group(1))
    for slug, numbers in answered.items():
        points[slug] = round(points[slug] + scores.COMPLAINT_ANSWERED_UNDER_NAME * min(
            len(numbers), scores.COMPLAINT_ANSWERED_UNDER_NAME_MAX), 2)


def also_answered(doc: Document, catalogue: Catalogue, chosen: SuperComplaint) -> list[SuperComplaint]:
    """Other reports the document answers in a section of their own (a heading naming the report by its title, name
    or short title): the result names one report, so a reviewer must be told that another part was not read."""
    out: list[SuperComplaint] = []
    for c, _ in other_report_headings(doc, catalogue, chosen):
        if c not in out:
            out.append(c)
    return out


def other_report_headings(doc: Document, catalogue: Catalogue,
                          chosen: SuperComplaint) -> list[tuple[SuperComplaint, int]]:
    """Each heading (its block's index) that names another report than the chosen one, with that report: where the
    document's section on the other report begins."""
    headings = [(i, fold(b.text)) for i, b in enumerate(doc.blocks) if b.kind == HEADING and len(b.text) < 300]
    return _naming(headings, catalogue, chosen)


def report_title_lines(doc: Document, catalogue: Catalogue) -> list[tuple[SuperComplaint, int]]:
    """Each heading or short title line ("Safe to share?" alone on its line, which a text reader keeps as a
    paragraph) that names a report, the chosen one included: where a section on a report begins."""
    lines = [(i, fold(b.text)) for i, b in enumerate(doc.blocks)
             if (b.kind == HEADING and len(b.text) < 300)
             or (len(b.text) <= 100 and "\n" not in b.text and not b.text.rstrip().endswith((".", ",", ";", ":")))]
    return _naming(lines, catalogue, None)


# a line that calls itself a report's section: "Stalking (report of 27 September 2024)", "Honour-based abuse
# super-complaint"
_CALLS_ITSELF_A_REPORT = re.compile(r"\b(?:report|super[\s-]?complaint)\b")
_LEADING_NUMBERING = re.compile(r"^[\W\d]*(?:[a-z]\W\s*)?")


def _opens_with_subject(p: _Profile, line: str) -> bool:
    """Whether a title line opens with the report's own subject (a keyword no other report uses) and calls itself a
    report: the heading of that report's section in a paper on several ("Stalking (report of ...)")."""
    if "report" not in line and "complaint" not in line:
        return False
    head = line[_LEADING_NUMBERING.match(line).end():]  # "2. Stalking ..." or "(b) Stalking ...": the numbering aside
    return any(head.startswith(low) for low, acronym, _rx, shared in p.keywords if not acronym and not shared) \
        and bool(_CALLS_ITSELF_A_REPORT.search(line))


def _titled(doc: Document, p: _Profile) -> bool:
    """Whether the document's own title (its page title, or its first heading) names the report, by its title, name,
    short title or a keyword of its own."""
    first = next((b.text for b in doc.blocks[:5] if b.kind == HEADING), "")
    title = fold((doc.meta.get("title") or "") + " \n " + first)
    return any(x and len(x) > 12 and x in title for x in (p.title, p.name, p.short)) \
        or any(low in title for low, acronym, _rx, shared in p.keywords if not acronym and not shared)


def report_of_the_answers(doc: Document, catalogue: Catalogue, chosen: SuperComplaint,
                          named: frozenset[str] | None = None
                          ) -> tuple[SuperComplaint, list[tuple[SuperComplaint, int]], bool]:
    """A paper answering several reports, each in a section headed by its report, answers the one whose section holds
    its answers: each section owns the numbered recommendations under it, and the document's report is the one those
    answers belong to (a board update's "Safe to share?" section listing two numbers closed years ago does not make
    a stalking paper a safe-to-share one; its name in a heading weighs in `detect`, its section's answers weigh here).
    Sections are counted by the blocks under each heading that name a recommendation; even counts go to the section
    the paper takes up first. Read only where title lines name two reports, the chosen one among them. Returns the
    report and the other reports' section lines (their block indices; a text or PDF rendering keeps a section's title
    as a short paragraph, which `other_report_headings` does not read), and whether one section clearly holds the
    most answers (an even count is settled by order only for a report `detect` chose)."""
    lines = [(i, fold(b.text)) for i, b in enumerate(doc.blocks)
             if (b.kind == HEADING and len(b.text) < 300)
             or (len(b.text) <= 100 and "\n" not in b.text and not b.text.rstrip().endswith((".", ",", ";", ":")))]
    heads: list[tuple[int, SuperComplaint]] = []
    for p in _profiles(catalogue):
        # (only the reports the text names with points enough, when the caller knows them: `named`)
        if not p.complaint.recommendations or (named is not None and p.complaint.slug not in named):
            continue
        phrases = [x for x in (p.title, p.name, p.short) if x and len(x) > 12]
        heads.extend((i, p.complaint) for i, h in lines if any(x in h for x in phrases) or _opens_with_subject(p, h))
    if len({c.slug for _, c in heads}) < 2 or chosen.slug not in {c.slug for _, c in heads}:
        return chosen, [], False
    if _titled(doc, next(p for p in _profiles(catalogue) if p.complaint.slug == chosen.slug)):
        # "Panel, 8 May 2025: stalking super-complaint update" over a stalking section and another report's: the
        # paper's own title says which report it is on, and the other section is the aside
        return chosen, [(c, i) for i, c in heads if c.slug != chosen.slug], False
    heads.sort(key=lambda x: x[0])
    starts = sorted({i for i, _ in heads})
    blocks = doc.blocks
    answers: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, c in heads:
        end = next((j for j in starts if j > i), len(blocks))
        for j in range(i + 1, end):
            if blocks[j].kind == HEADING and block_marker(blocks[j]) is None:
                end = j  # the section ends at the next heading that is not a recommendation's own
                break
        n = sum(1 for j in range(i + 1, end) if "recommendation" in blocks[j].text.lower())
        answers[c.slug] = answers.get(c.slug, 0) + n
        first.setdefault(c.slug, i)
    best = max(answers, key=lambda slug: (answers[slug], -first[slug]))
    report = catalogue.sc_by_slug[best] if answers[best] else chosen
    clear = answers[best] > max((n for slug, n in answers.items() if slug != best), default=0)
    return report, [(c, i) for i, c in heads if c.slug != report.slug], clear


def _naming(lines: list[tuple[int, str]], catalogue: Catalogue,
            chosen: SuperComplaint | None) -> list[tuple[SuperComplaint, int]]:
    out = []
    for p in _profiles(catalogue):
        if (chosen is not None and p.complaint.slug == chosen.slug) or not p.complaint.recommendations:
            continue
        phrases = [x for x in (p.title, p.name, p.short) if x and len(x) > 12]
        out.extend((p.complaint, i) for i, h in lines if any(x in h for x in phrases))
    return sorted(out, key=lambda x: x[1])


_COMPLAINT_WORDS = (" super-complaint", " super complaint", " supercomplaint")


def _complaint_word_starts(folded: str) -> list[int] | None:
    """Where the words "super-complaint" (and its spellings) stand, each with the space before it; None when there are
    so many that searching the text for each subject is cheaper."""
    at: list[int] = []
    for tail in _COMPLAINT_WORDS:
        i = folded.find(tail)
        while i >= 0:
            if len(at) >= 50:
                return None
            at.append(i)
            i = folded.find(tail, i + 1)
    return at


def _names_the_complaint(folded: str, keyword: str, starts: list[int] | None = None) -> bool:
    """Whether "<keyword> super-complaint" is in the text (its words found once a document, in `starts`, rather than
    the whole text searched three times for each subject)."""
    if starts is None:
        return any(keyword + tail in folded for tail in _COMPLAINT_WORDS)
    n = len(keyword)
    return any(i >= n and folded.startswith(keyword, i - n) for i in starts)


_NUMBERED_RECOMMENDATION = re.compile(r"\b(?:recommendation|rec)\.?\s*(?:no\.?\s*)?\d", re.I)

_MONTHS = ("january february march april may june july august september october november december").split()


def _spelt(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {_MONTHS[int(m) - 1]} {y}"


_PUNCTUATION = '.,;:!?()[]{}"/|*_'  # each a space


def _subject_counts(catalogue: Catalogue, text: str, folded: str, present: set[str]) -> Counter:
    """How often each report's subject words occur: one pass of one pattern per case (acronyms keep theirs)."""
    def build(cat):
        words = {w for p in _profiles(cat) for w in p.words}
        lower = sorted((w for w in words if not w.isupper()), key=len, reverse=True)
        upper = sorted((w for w in words if w.isupper()), key=len, reverse=True)
        return tuple(lower), tuple(upper)
    lower, upper = catalogue.cached("complaint_subject_words", build)
    counts: Counter = Counter({w: folded.count(w) for w in lower if w.split(" ", 1)[0] in present})
    counts.update({w: text.count(w) for w in upper})  # acronyms: their capitals are rare enough to count as is
    return +counts


@functools.lru_cache(maxsize=256)
def _title_words(title: str) -> frozenset[str]:
    # a report's title is the same for every document: its words found once, not once a document and report
    return frozenset(re.findall(r"[a-z]{4,}", title))


def _title_words_present(title: str, head: str) -> bool:
    words = _title_words(title)
    if not words:
        return False
    return sum(map(head.__contains__, words)) / len(words) >= 0.8  # (a count in C: asked of every report)


# --- a document that never names its report -------------------------------------------------------------

_ANSWERED = re.compile(r"\b(?:recommendations?|rec\.?)\s*(?:no\.?\s*)?(\d{1,2}(?:[a-k]|\.\d{1,2})?(?:\s*(?:,|and|&)\s*"
                       r"\d{1,2}[a-k]?)*)", re.I)
# whom a body in the document's title answers for: a force for chief constables, a commissioner for policing bodies
_RECIPIENT_OF_KIND = {"force": "chief_constables", "policing_body": "policing_bodies"}
_RECIPIENT_OF_ID = {"home-office": "home_office", "npcc": "npcc", "apcc": "apcc", "college-of-policing": "college"}


def by_circumstance(text: str, document_date: str | None, mentions: list[Mention], kinds: dict[str, str],
                    catalogue: Catalogue) -> SuperComplaint | None:
    """The report a document answers when it never names it: "Recommendation 1 asks chief constables to review
    live and closed cases ... Recommendation 3 ..." from a force and its commissioner, dated December 2022.

    An analyst reasons from the circumstances: the document answers numbered recommendations, so it answers a
    report published before its date; of those, the one whose recommendations with these numbers are addressed
    to the bodies writing (a force answers chief constables' recommendations, a commissioner policing bodies')
    fits. None unless exactly one report fits best."""
    if not document_date:
        return None
    numbers = {re.match(r"\d+", n).group() for m in _ANSWERED.finditer(text[:200_000])
               for n in expand_numbers(m.group(1)) if re.match(r"\d+", n)}
    if not numbers:
        return None
    head = text[:600]
    writers = {_RECIPIENT_OF_KIND.get(kinds.get(i, "")) or _RECIPIENT_OF_ID.get(i) for m in mentions
               if m.start < len(head) for i in m.ids} - {None}
    writers = writers or {"chief_constables", "policing_bodies"}
    fits: dict[str, float] = {}
    for super_complaint in catalogue.super_complaints:
        published = super_complaint.report_published or ""
        if not super_complaint.recommendations or not published or published[:7] > document_date[:7]:
            continue  # nothing to answer yet, or published after the document was written
        count = super_complaint.recommendation_count or (
            len(super_complaint.recommendations) if not super_complaint.unnumbered_recommendations else None
        )
        if count and any(int(n) > count for n in numbers):
            continue  # the document answers a recommendation this report does not have
        fit = 0
        for n in numbers:
            rec = super_complaint.recommendation(n)
            if rec and (set(rec.recipients) & writers or "all_recipients" in rec.recipients):
                fit += 1
        fits[super_complaint.slug] = fit / len(numbers)
    ranked = sorted(fits.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 0.75 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return catalogue.sc_by_slug[ranked[0][0]]
