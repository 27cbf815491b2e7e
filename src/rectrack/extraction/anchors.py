"""Answers that start inside running prose, not at a heading.

Analysts read prose like this as answers to particular recommendations:

    "Recommendations 1, 4 and 5 are addressed to chief constables. On the first of these, officers ..."
    "... Turning to recommendation 6, the commissioner has ..."
    "Of the two recommendations for commissioners, the first asks ... The second asks ..."
    "Recommendations 2, 3 and 7 fall to chief officers; we will adopt whatever position the lead agrees."
    "The NPCC accepts recommendation 9. ..."

This module finds the sentences where such an answer begins (an *anchor*), resolves ordinals ("the
first of these", "the second") against the last list of recommendations the document named or the
group it described ("the two recommendations for commissioners", read from the catalogue's
recipients), and splits the paragraph there, so that each anchor opens a block of its own and the
segmenter treats it like a heading. A sentence that only describes recommendations ("Recommendations
1, 4 and 5 are for chief constables") anchors nothing unless it goes on to answer them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, Document, quoted_message
from .catalogue import SuperComplaint
from .segment import (
    _GENERIC_HEADING,
    _NOT_FOR_US,
    _NUMLIST,
    _SUBJECT_WORDS,
    ORDINAL_PLACE,
    ORDINAL_REC,
    Marker,
    _stem,
    answer_content,
    expand_numbers,
    subject_stems,
)
from .textutil import NUMBER_WORDS, can_match, sentences

_REC = r"(?:HMICFRS\s+)?recommendations?\s*(?:no\.?\s*|number\s+)?"
# "On recommendation 5,", "Turning to recommendation 6,", "In respect of recommendations 1 and 4 ..."
_LEAD = re.compile(
    # minutes in reported speech: "The Head of Public Protection reported that, on recommendation 1, the force ..."
    r"^(?:[^.]{0,160}?\b(?:reported|said|explained|confirmed|noted|told\s+(?:members|the\s+\w+))\s+that,?\s+)?"
    r"\W{0,3}(?:(?:and|but|finally|lastly|next|so)\s*,?\s+)?(?:on|turning(?:\s+now)?\s+to|regarding|as\s+regards|as\s+for|for|with\s+regard\s+to|"
    r"in\s+(?:respect|relation)\s+(?:of|to)|concerning|moving(?:\s+on)?\s+to|in\s+response\s+to|our\s+response\s+to|"
    r"as\s+to|about|"
    # "The Government's position on recommendation 2 is that ...", "Our update on recommendation 5:"
    r"(?:(?:the|our|its|their|my)\s+)?(?:[\w\u2019']+['\u2019]s?\s+)?(?:position|view|update|answer)\s+(?:on|regarding))"
    # "On the interim measure in recommendation 1, I can confirm ...": the subject in its recommendation
    r"\s+(?:the\s+)?(?:(?:[\w'\u2019-]+\s+){1,5}?(?:in|of|under)\s+(?:the\s+)?)?" + _REC + r"(?P<nums>" + _NUMLIST
    + r")\b", re.I)
# minutes in reported speech whose that-clause has the recommendation as its subject, or names it inside the
# subject: "the Deputy Chief Constable said that recommendation 1 had been implemented", "The Commissioner reported
# that the review of support services under recommendation 3 had been paused"
_REPORTED = re.compile(
    r"^[^.]{0,160}?\b(?:reported|said|explained|confirmed|noted|told\s+(?:members|the\s+\w+))\s+that,?\s+"
    r"(?:the\s+[\w'\u2019\- ]{2,60}?\s+(?:under|for|on|against)\s+(?:the\s+)?)?" + _REC + r"(?P<nums>" + _NUMLIST
    + r")\b(?=\s+(?:had|has|was|were|is|are|would|will|could|remained|remains)\b)", re.I)
# minutes whose officer reports on a recommendation, the minute then saying what was reported: "The Head of
# Partnerships reported on recommendation 8 of the report. The scrutiny group had met twice; ..."
_REPORTED_ON = re.compile(
    r"\b(?:reported|updated\s+(?:members|the\s+\w+)|gave\s+(?:an\s+|a\s+verbal\s+)?update|"
    r"presented\s+(?:an\s+update|a\s+(?:report|paper)))\s+(?:on|against|about)\s+(?:the\s+(?:progress|work)\s+"
    r"(?:on|against)\s+)?(?:the\s+)?" + _REC + r"(?P<nums>" + _NUMLIST + r")\b", re.I)
# "The Deputy Chief Constable reported that every open case had been reviewed under recommendation 1 by March":
# the work the officer reports, done under it
_REPORTED_UNDER = re.compile(
    r"\b(?:reported|said|explained|confirmed)\s+that\b[^.;:]{0,160}?\b(?:been|being|was|were)\s+\w+ed\s+"
    r"(?:under|for|against)\s+(?:the\s+)?" + _REC + r"(?P<nums>" + _NUMLIST + r")\b", re.I)


def _reported_on(s: str, low: str) -> re.Match | None:
    """Minutes' "X reported on recommendation 8" or "X said that ... had been done under recommendation 1", the
    speaker named in the sentence's first 160 characters: looked for only where the verbs are (searching from every
    position of every sentence for a speaker cost more than the rest of this module's new looks)."""
    m = None
    if "reported " in low or "update" in low or "presented " in low:
        m = _REPORTED_ON.search(s)
    if m is None and " that " in low and ("said" in low or "reported" in low or "explain" in low or "confirm" in low):
        m = _REPORTED_UNDER.search(s)
    return m if m is not None and m.start() <= 160 and "." not in s[:m.start()] else None

# "Recommendation 4 asks forces to ...", "Recommendations 2, 3 and 7 fall to chief officers; we ..."
_SUBJECT = re.compile(r"^\W{0,3}" + _REC + r"(?P<nums>" + _NUMLIST + r")\b", re.I)
# "The NPCC accepts recommendation 9", "we have already done what recommendations 1 and 6 ask" (the look-ahead names
# the verbs' first letters: a pattern opening with a class is tried only where one stands, a third of the time of
# trying the alternation at every position; under re.I it takes the capitals and case folds as the verbs do)
_INLINE = re.compile(
    r"(?=[acdfimprstw])\b(?:accept(?:s|ed|ing)?|agree(?:s|d)?\s+with|done\s+what|meet|met|meets|meeting|implement(?:ed|s|ing)|"
    r"complet(?:ed|es|ing)|deliver(?:ed|s|ing)|fulfil(?:s|led|ling)?|achieved|"
    r"answer(?:s|ed)?|respond(?:s|ed|ing)?\s+to|addressed|started?\s+work\s+on|work\s+on|action\s+on|"

    r"progress\s+(?:on|against|with)|support(?:s|ed)?|welcome[sd]?|taken\s+forward|\bas|"
    # "We regard recommendation 1 as complete", "The force is taking forward recommendation 3"
    r"regard(?:s|ed)?|consider(?:s|ed)?|deem(?:s|ed)?|tak(?:es?|ing)\s+forward|satisf(?:y|ies|ied|ying))\s+"
    r"(?:(?:the|all|both|this|that|each|its|our|their|what)\s+)?(?:\w+\s+){0,2}?" + _REC + r"(?P<nums>" + _NUMLIST
    + r")\b", re.I)
# "We have not yet started on recommendation 7.", "the first we have dealt with is recommendation 15."
_BEGUN_ON = re.compile(r"\b(?:(?:started|begun|began|start|begin)\s+on|dealt\s+with(?:\s+is)?)\s+(?:the\s+)?" + _REC
                       + r"(?P<nums>" + _NUMLIST + r")\b", re.I)
# "we sent HMICFRS our response on recommendation 27"
_RESPONSE_ON = re.compile(r"\b(?:our|its|their|my)\s+(?:response|reply|update|answer)\s+(?:on|regarding)\s+(?:the\s+)?"
                          + _REC + r"(?P<nums>" + _NUMLIST + r")\b", re.I)
# "We are also working with the Commissioner on recommendation 16, ...": tried only where "work" and "with" are
# "I understand that the APCC will also respond on behalf of all commissioners, as recommendation 27 envisages": the
# writer reports another body's act, done as the recommendation asks; that body's answer, not the writer's
_THEIRS_AS_ASKED = re.compile(r"\b(?:understand|note|noted|know|am\s+told|are\s+told|aware|informed)\s+that\s+"
                              r"(?:the\s+)?(?:apcc|npcc|home\s+office|college\s+of\s+policing|association\s+of\s+police\s+and\s+crime"
                              r"\s+commissioners|national\s+police\s+chiefs['\u2019]?\s+council|government|ministry\s+of\s+"
                              r"justice)\b[^.;]{0,160}$", re.I)
_WORKING_WITH_ON = re.compile(r"\bwork(?:ing|ed)?\s+(?:together\s+|closely\s+)?with\s+(?:the\s+|our\s+|its\s+)?"
                              r"[\w'\u2019]+(?:\s+[\w'\u2019]+){0,3}?\s+on\s+(?:the\s+)?" + _REC
                              + r"(?P<nums>" + _NUMLIST + r")\b", re.I)
_ORDINALS = {**ORDINAL_PLACE, "former": 0, "last": -1, "final": -1, "latter": -1}
_ORDINAL = re.compile(
    r"^(?:(?:of|taking|turning\s+to|among|as\s+for)\s+the\s+(?:\w+\s+)?recommendations\s+[^,]{0,80},\s*)?\W{0,3}(?:(?:on|as\s+for|turning\s+to|for|regarding|and|"
    # "Work on the second, on cultural awareness, has begun": the sentence's subject is the work on a place of the
    # group (one noun, then "on"), so the place is the topic as in "On the second, ..."
    r"but|[a-z]+\s+(?:on|against|towards))\s+)?the\s+(?P<ord>" + "|".join(_ORDINALS)
    # "The first of the recommendations to commissioners asked for ...": the group named after the place (its
    # recipients read by _group_of from the same sentence)
    + r")\b(?:\s+of\s+(?:these|them|those|the\s+\w+(?:\s+(?:made\s+|addressed\s+)?(?:to|for)\s+(?:the\s+)?"
    r"(?:police\s+and\s+crime\s+commissioners|commissioners|pccs|chief\s+constables|chief\s+officers|forces|"
    r"policing\s+bodies))?))?(?:\s+(?:recommendation|one"
    # "The first thing the report asked was ...", after a group said by whom it asked
    r"|thing\s+(?:that\s+)?(?:the\s+report|it)\s+(?:asked|asks)(?:\s+(?:of\s+)?(?:us|me|forces|chief\s+constables))?))?"
    r"\s*(?:,|:|\u2013|-|\(|"
    r"(?:asks|asked|requires|required|calls|called|concerns|is|was|relates|recommends|seeks|sought|wants|will|has|"
    r"had|have|remains|needs|"
    r"began|begins|started|starts|should|must|can)\b)", re.I)
# "everything it asked of chief constables": the group of a recipient's recommendations, named by the asking
_ASKED_OF = re.compile(r"\b(?:everything|all|each\s+thing|what)\s+(?:that\s+)?(?:the\s+report|it)\s+(?:asked|asks)\s+"
                       r"of\s+(?:the\s+)?(?P<who>chief\s+constables|forces|police\s+forces|commissioners|police\s+and\s+crime\s+"
                       r"commissioners|pccs)\b", re.I)
_ORDINAL_VERDICT = re.compile(
    r"[,;]\s+(?:and\s+|so\s+|and\s+so\s+|which\s+means\s+(?:that\s+)?)?the\s+(?P<ord>" + "|".join(_ORDINALS)
    + r")\s+(?:recommendation\s+|one\s+)?(?:is|has\s+been|was|can\s+be\s+regarded\s+as)\s+(?:now\s+|therefore\s+|"
    r"already\s+|fully\s+)?(?:met|complete|completed|done|delivered|implemented|in\s+place|closed|achieved|"
    r"discharged)\W{0,3}$", re.I)
_NUMBERED_VERDICT = re.compile(
    r",\s+(?:and\s+|so\s+|and\s+so\s+|which\s+means\s+(?:that\s+)?|meaning\s+(?:that\s+)?)"
    r"(?:the\s+report['\u2019]s\s+)?" + _REC + r"(?P<nums>" + _NUMLIST + r")(?:\s+of\s+(?:the|its|your)\s+report)?\s+"
    r"(?:is|are|has\s+been|have\s+been|was|were|can\s+be\s+regarded\s+as)\s+(?:now\s+|therefore\s+|already\s+|fully\s+)?(?:met|complete|completed|done|"
    r"delivered|implemented|in\s+place|closed|achieved|discharged)(?:\s+(?:for|in)\s+[\w ]{2,30})?\W{0,3}$", re.I)
_ORDINAL_WORDS = re.compile(r"\bthe\s+(?:" + "|".join(_ORDINALS) + r")\b")
_COUNT_WORDS = r"(?:two|three|four|five|six|both|the)"
_RECIPIENT_GROUP = re.compile(
    r"\b"
    + _COUNT_WORDS
    # "The first two recommendations are for chief constables": said of the group, as "the two ... that are for"
    + r"\s+recommendations\s+(?:(?:that\s+)?(?:are|were)\s+)?(?:for|addressed\s+to|to|directed\s+(?:at|to)|"
    r"made\s+to|aimed\s+at|concerning|relevant\s+to|that\s+concern)\s+(?:the\s+)?(?P<who>police\s+and\s+crime\s+"
    r"commissioners?|pccs?|commissioners?|chief\s+constables?|chief\s+officers?|forces?|policing\s+bodies|the\s+home\s+office|"
    r"home\s+office|us|me|my\s+office|our\s+office)",
    re.I,
)
_WHO = [("policing_bodies", re.compile(r"commissioner|pcc|policing\s+bod|\bme\b|my\s+office|our\s+office", re.I)),
        ("chief_constables", re.compile(r"chief|force|\bus\b", re.I)),
        ("home_office", re.compile(r"home\s+office", re.I))]
# "as set out in recommendation 4", "pending the outcome of recommendation 2": a reference, not the subject
_REC_AT_END = re.compile(_REC + r"$", re.I)
# "accepts the part of recommendation 3 addressed to commissioners" names what is accepted: not a reference
_REFERENCE_BEFORE = re.compile(r"\b(?:(?<!\bpart\s)(?<!\bparts\s)of|in|under|(?<!dealt )with|by|to|see|and|"
                               r"reference\s+to|per|from|than|like)\s+$", re.I)


def split_at_anchors(doc: Document, super_complaint: SuperComplaint | None,
                     block_marker: callable) -> tuple[Document, dict[int, Marker]]:
    """The document with paragraphs split where an answer starts, and the markers of those anchors keyed
    by the index of their block in the new document. `block_marker(block)` tells whether a block already
    opens a passage by itself (a heading-like marker), so its first sentence is left to that rule."""
    text = doc.text
    blocks: list[Block] = []
    markers: dict[int, Marker] = {}
    group: list[str] = []
    # a report with one recommendation, answered by a document that never numbers one: once per document, and only
    # for such reports
    # (an email reply is judged by the reply: the earlier message it quotes below is the asker's, and its "please
    # update us on recommendation 8" does not number the writer's answers)
    # (asked only when the text numbers one at all, and the reply's end kept for the later stages' reading)
    first = _NUMBERED_ANYWHERE.search(text) if super_complaint is not None else None
    numberless = super_complaint is not None and (first is None or first.start() >= quoted_message(doc))
    single = numberless and len(super_complaint.recommendations) == 1
    subjects = None  # the recommendations named by no number anywhere, with their words: built when first needed
    carried: list[str] = []
    places = False  # a recommendation was named by its place in the report ("the seventh recommendation")
    opened = False  # inside a section a heading-like marker opened ("Recommendation 5. To chief constables")
    for b in doc.blocks:
        if b.kind not in (PARAGRAPH, LIST_ITEM) or b.kind == TABLE_ROW:
            if b.kind == HEADING:
                group = _group_of(b.text, super_complaint) or group
                opened = _may_mark(b.text.lower()) and block_marker(b)
                if not opened and super_complaint is not None and "recommendation " in b.text.lower():
                    # "Confidence in reporting (the recommendation made jointly to chief constables and
                    # commissioners)": a heading names its recommendation by whom it is for as a sentence does, and
                    # opens its section as a numbered heading would
                    named = _heading_by_recipient(b.text, super_complaint)
                    if named:
                        markers[len(blocks)] = Marker(len(blocks), named, "plain", b.text[:200], b.start, b.start)
                        opened = True
            carried = []
            blocks.append(b)
            continue
        carry_in, carried = carried, []
        low = b.text.lower()
        marked = _may_mark(low) and block_marker(b)  # a heading-like marker opens the block (asked once a block)
        opened = opened or marked
        abbreviated = "rec " in low or "recs " in low or "rec." in low
        abbreviated = abbreviated and _ABBREVIATED.search(b.text)
        if " asked of " in low and super_complaint is not None and not group:
            # "I said we would accept everything it asked of chief constables": the recipient's recommendations are a
            # group, and "The first thing the report asked ..." then counts among them
            m = _ASKED_OF.search(b.text)
            who = m and next((c for c, rx in _WHO if rx.search(m.group("who"))), None)
            if who and all(r.recipients_known for r in super_complaint.recommendations):
                group = [r.id for r in super_complaint.recommendations if who in r.recipients]
        if len(group) > 1 and low.startswith(_TOPIC_OPENS) and "recommend" not in low and not abbreviated \
                and super_complaint is not None:
            # "On promoting confidence in reporting, the joint plan has been drafted", after "recommendations 5 and 6
            # were addressed to commissioners": a paragraph opening with its topic, within a group named before it,
            # answers the one of the group whose text the topic's words are (no number needed)
            m = _topic_in_group(b.text, group, super_complaint)
            if m is not None:
                blocks.extend(_split_block(text, b, [(b.start, m)], markers, len(blocks)))
                continue
        if "recommend" not in low and not abbreviated and not ((group or places) and _ORDINAL_WORDS.search(low)):
            # "The report asks commissioners to assess local access to specialist support. We did so in January."
            cut = _asked_by_subject(text, b, low, super_complaint, subjects) if "ask" in low or (
                "call" in low and _CALL_FOR.search(low)) else None
            if cut is None:
                blocks.append(b)  # no sentence here can anchor an answer, nor describe a group
                continue
            subjects, (a, m) = cut
            if m is None:
                blocks.append(b)
                continue
            blocks.extend(_split_block(text, b, [(a, m)], markers, len(blocks)))
            continue
        sents = sentences(text, b.start, b.end)
        if len(sents) > 1 and _NUMBER_ONLY.fullmatch(text, *sents[0]):
            sents = [(sents[0][0], sents[1][1])] + sents[2:]  # "2." alone is the paragraph's number, not a sentence
        cuts: list[tuple[int, Marker | None]] = _trailing_references(text, b, sents)
        last = ""
        before = carry_in  # the numbers the sentence before named, when it opened no answer (or the paragraph before)
        before_in: str | None = None  # or the sentence that may name them, read only when a later one asks (rarely)
        for k, (a, e) in enumerate(sents if not cuts else ()):
            s = text[a:e]
            if abbreviated:
                # "On Rec 3 we have ...", "Recs 4 and 5 are complete": the short form read as the word (for matching
                # only: the anchor's offsets are the sentence's)
                s = _ABBREVIATED.sub(lambda x: "recommendations " if x.group(1) else "recommendation ", s)
            if k == 0 and s.lstrip()[:1] in _PARAGRAPH_NUMBER_OPENS:
                # a paper's numbered paragraph ("3.2 On the second recommendation, ...", "2. Bail conditions
                # (recommendation 5). The force ..."): the number is the paper's, and the sentence starts after it
                s = _PARAGRAPH_NUMBER.sub("", s, count=1)
            slow = s.lower()
            own_group = _group_of(
                s, super_complaint, slow
            )  # "Of the two recommendations for commissioners, the first asks ..."
            in_group = own_group or group
            if not in_group and places and "recommendation" not in slow:
                # "we have finished the work on the seventh recommendation ... The tenth, on training, is also done":
                # after a place in the report, a bare ordinal counts in the report too
                in_group = [r.id for r in super_complaint.recommendations]
            nums, kind = _anchor(
                s, k, sents, text, in_group, super_complaint, marked if k == 0 else False, single
            )
            if not nums and numberless and "recommendations" in slow:
                # a statement on the day of the report that names no number: "we accept all three of its
                # recommendations for policing" answers each of them (its position; what follows, its plans)
                nums, kind = _all_accepted(s, super_complaint), "sentence"
            m = _AS_ASKED.match(s) if not nums and not opened and "recommendation" in slow else None
            if not m and not nums and not opened and super_complaint is not None and "recommendation" in slow \
                    and slow.startswith(("as ", "in line", "in accordance", "pursuant", "in keeping")):
                # "As required by the first recommendation of the report, I write ...": its place, read as its number
                m = _AS_ASKED.match(_numbered(s, [], super_complaint, False)[0])
                s = m.string if m else s
            if m and not _SHOULD.search(s, m.end()):
                # "As per recommendation 27, the Association agreed to respond for every commissioner": done as it
                # asked ("In line with recommendation 4, forces should ..." only restates it); inside another
                # recommendation's section it says what that answer draws on, and opens nothing
                nums, kind = expand_numbers(m.group("nums")), "sentence"
            if not nums and (before or before_in) and "recommendation" in slow and _THAT_REC.search(s):
                if before_in is not None:
                    before, before_in = _named_once(before_in), None
                if len(before) == 1 and answer_content(s):
                    # "The report asks commissioners in recommendation 15 to review ... The Commissioner accepted
                    # the recommendation in November.": the one the sentence before named, which only described it
                    nums, kind = before, "sentence"
            last = s
            # what a later "the recommendation" would mean, read when one asks
            before, before_in = [], None if nums or "recommendation" not in slow else s
            if nums and k == len(sents) - 1 and k > 0 and not cuts and _VERDICT.search(s) \
                    and "recommend" not in text[b.start:a].lower():
                # "Officers no longer pass such details on; PSD has checked. We regard the first recommendation as
                # complete.": a verdict closing its paragraph is about the whole paragraph, and ends the answer
                cuts.append((b.start, Marker(-1, nums, kind, s[:200], b.start, b.start, closes=True)))
            elif nums:
                cuts.append((a, Marker(-1, nums, kind, s[:200], a, a)))  # the sentence is part of the answer
            if own_group:
                group = own_group
            elif not group and not places and super_complaint is not None and " recommendation" in slow \
                    and ORDINAL_REC.search(s):
                places = True
        # "Recommendation 16 concerns joint reviews." then, in the next paragraph, "We have agreed to that
        # recommendation ...": what a paragraph that opened no answer last named carries to the next one
        # (only from a sentence that says what it is about in the writer's words, "The report's recommendation 16
        # concerns ...": a heading's "Recommendation A (report recommendation 5)" above the quoted text is the
        # document's own numbering, and the answer under it is that heading's)
        if not cuts and not opened and b.kind == PARAGRAPH and b.text[:1] in _PARAGRAPH_NUMBER_OPENS \
                and super_complaint is not None:
            minute = _minute_of_one(text, b, super_complaint)
            if minute:
                cuts.append((b.start, minute))
        carried = []
        if not cuts and (before or before_in) and _ABOUT_IT.search(last):
            carried = _named_once(before_in) if before_in is not None else before
        if not cuts:
            blocks.append(b)
            continue
        blocks.extend(_split_block(text, b, cuts, markers, len(blocks)))
    split = Document(text, blocks, doc.format, doc.pages, doc.meta)
    if "quoted" in doc.found:  # the same text: where the quoted message starts is found once, for authors and dates
        split.found["quoted"] = doc.found["quoted"]
    return split, markers


def _minute_of_one(text: str, b: Block, super_complaint: SuperComplaint) -> Marker | None:
    """A numbered paragraph of minutes or a paper ("5.2 The DCC confirmed that the force instruction on recommendation
    1 ... had been issued", "(i) ... Of the recommendations for commissioners, recommendation 15 had been met") that
    names one of the report's recommendations, and no other, is the record's item on it: the paragraph is its answer,
    wherever in the paragraph the number stands. Read only where no sentence opened an answer; a number named as a
    reference ("the protocol under recommendation 3") or as what is asked for ("asked for a report on recommendation
    5") is not the item's subject."""
    if not (_PARAGRAPH_NUMBER.match(b.text) or _ROMAN_IN_BRACKETS.match(b.text)):
        return None
    found = list(_NAMED.finditer(b.text))
    numbers = {n for m in found for n in expand_numbers(m.group(1))}
    if len(numbers) != 1 or len(found) != 1:
        return None
    m = found[0]
    number = numbers.pop()
    if number not in {r.id for r in super_complaint.recommendations}:
        return None
    q = re.search(r"[.?!](?:\s|$)", b.text[m.end():] + " ")
    if q and q.group(0)[0] == "?":
        return None  # "1. What has the force done about recommendation 3?": a request's question, not its answer
    lead = b.text[max(0, m.start() - 40):m.start()]
    if _REFERENCE_BEFORE.search(lead) or _ASKED_FOR.search(lead) or not answer_content(b.text):
        return None
    if _DESCRIPTION.match(b.text[m.end():]):
        return None  # "1.1 ... Recommendation 15 asks commissioners to review ...": a background's description of it
    # "6.3 ... the force cannot finalise it until the national protocol (recommendation 3) is issued": a number inside
    # a clause of waiting is what the item waits on, as in any sentence (`_waited_on`), not the item's subject
    sent = b.text.rfind(". ", 0, m.start()) + 1
    if _waited_on(b.text[sent:], b.text[sent:].lower(), m.start() - sent):
        return None
    return Marker(-1, [number], "sentence", b.text[:200], b.start, b.start)


# a minute's item numbered "(iii)" (the paper-number pattern takes "(c)" and "iii)")
_ROMAN_IN_BRACKETS = re.compile(r"\s*\([ivx]{1,4}\)\s+(?=[A-Z])")
# what is asked for, not reported: "asked for a joint report on", "requested an update on" ("A member asked about
# recommendation 16. The Commissioner said ..." is a question the minute answers, and stays the item's subject)
_ASKED_FOR = re.compile(r"\b(?:(?:asked|asks|will\s+ask)\s+for|requested|requests)\s+(?:a|an|the)?\s*[\w ]{0,30}?"
                        r"\b(?:on|about)\s+$", re.I)


_TOPIC_OPENS = ("on ", "as for ", "turning to ", "regarding ", "as regards ", "in relation to ")
_OPENING_MARKS = " \t\n\"'(*-\u2022\u2018\u201c"
_TOPIC_FIRST = re.compile(r"\W{0,3}(?:on|as\s+for|turning\s+to|regarding|as\s+regards|in\s+relation\s+to)\s+"
                          r"(?P<what>[^,.;:]{6,80}),\s+(?P<rest>[^.;]{12,})", re.I)


def _topic_in_group(para: str, group: list[str], super_complaint: SuperComplaint) -> Marker | None:
    """The marker for a paragraph whose first sentence opens with its topic set off by a comma ("On promoting
    confidence in reporting, ...") when the topic's words (two or more that say what it is about) are the text of
    one of the group in scope, clearly ahead of the rest of the group, and the sentence goes on to answer; else None.
    The pool is the group the document named, not the whole report: among two or three, a topic's few words pick one
    reliably."""
    m = _TOPIC_FIRST.match(para)
    if not m or not answer_content(m.group("rest")):
        return None
    words = {_stem(w) for w in _SUBJECT_WORDS.findall(m.group("what").lower()) if w not in _GENERIC_HEADING}
    if len(words) < 2:
        return None
    shares = sorted(((len(words & subject_stems(r.quotable_text)) / len(words), r.id)
                     for r in super_complaint.recommendations if r.id in group and r.text), reverse=True)
    if len(shares) < 2 or shares[0][0] < 0.6 or shares[1][0] > shares[0][0] - 0.5:
        return None
    return Marker(-1, [shares[0][1]], "sentence", para[:200], 0, 0)


def _heading_by_recipient(heading: str, super_complaint: SuperComplaint) -> list[str]:
    """The one recommendation a heading names by whom it is for ("the recommendation made jointly to chief
    constables and commissioners", "The recommendation for commissioners"), as _numbered reads a sentence; else []."""
    low = heading.lower()
    if not _named_without_number(low)[1]:
        return []
    named, _ = _numbered(heading, [], super_complaint, False)
    if named == heading or _NAMED.search(heading):
        return []  # named by no recipient, or numbered already (the marker rules read that)
    found = _NAMED.findall(named)
    return expand_numbers(found[0]) if len(found) == 1 else []


def _named_once(s: str) -> list[str]:
    """The one recommendation a sentence names, once and not in passing: what a later "the recommendation" means."""
    named = _NAMED.findall(s)
    return expand_numbers(named[0]) if len(named) == 1 and not _PENDING.search(s) else []


def _may_mark(low: str) -> bool:
    """Whether a lower-cased block could open with a marker (every marker names a recommendation: "rec" or "R5"),
    so that the marker's patterns are tried only on those."""
    if "rec" in low[:160]:
        return True
    # "R5" as a word: found by its letter and digit first (a pattern opening with \b is tried at every position of
    # every block, and cost more than the marker patterns it gates)
    for m in _R_DIGIT.finditer(low, 0, 160):
        if m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_"):
            return True
    return False


_R_DIGIT = re.compile(r"r\d")
_ABBREVIATED = re.compile(r"\bRec(s)?\.?\s*(?=\d{1,2}\b)", re.I)
_NUMBER_ONLY = re.compile(r"\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s*")
_PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\(?[a-h]\)|[ivx]{1,4}[.)])\s+(?=[A-Z\"\u201c])")
# the characters such a number can open with: the pattern is tried only on sentences opening with one
_PARAGRAPH_NUMBER_OPENS = frozenset("0123456789(abcdefghivx")


def _split_block(text: str, b: Block, cuts: list[tuple[int, Marker]], markers: dict[int, Marker],
                 first: int) -> list[Block]:
    """The block cut where each anchor starts; each anchor's marker is recorded under its piece's index (the pieces
    are appended to the document's blocks from index `first`)."""
    starts = [b.start] + [a for a, _ in cuts if a > b.start]
    bounds = list(zip(starts, starts[1:] + [b.end]))
    by_start = dict(cuts)
    pieces = []
    for a, e in bounds:
        while e > a and text[e - 1].isspace():
            e -= 1
        pieces.append(replace(b, text=text[a:e], start=a, end=e, bold=b.bold and a == b.start))
        m = by_start.get(a)
        if m:
            markers[first + len(pieces) - 1] = replace(m, block=first + len(pieces) - 1, start=a, end=a)
    return pieces


# "The report asks commissioners to assess local access to specialist victim support.": a recommendation named by
# what it asks, with no number
# "answers the report's call for chief constables to make sure ...": the report's call, as its asking
_ASKED_TO = re.compile(r"\b(?:asks?|asked)\s+(?P<who>[\w'\u2019 ]{0,40}?\s)?to\s+(?P<what>[^.;:]{12,160})", re.I)
# kept apart from _ASKED_TO, whose one opening word lets the engine look for it quickly, and tried only where "call" is
_CALLED_TO = re.compile(r"\bcall(?:s|ed)?\s+(?:for|on)\s+(?P<who>[\w'\u2019 ]{0,40}?\s)?to\s+(?P<what>[^.;:]{12,160})",
                        re.I)


def _asked_to(text: str, a: int, e: int, call: bool) -> re.Match | None:
    return _ASKED_TO.search(text, a, e) or (_CALLED_TO.search(text, a, e) if call else None)
_CALL_FOR = re.compile(r"\bcall(?:s|ed)?\s+(?:for|on)\s")
# whom the report asked, named in the sentence: only the recommendations for them are candidates
_ASKED_WHO = [("policing_bodies", re.compile(r"commissioner|\bpccs?\b|policing\s+bod|mayor", re.I)),
              ("chief_constables", re.compile(r"chief\s+(?:constable|officer)|\bforces\b", re.I)),
              ("home_office", re.compile(r"home\s+office", re.I))]


def _asked_by_subject(text: str, b: Block, low: str, super_complaint, subjects):
    """(the recommendations' words, (where the answer starts, its marker)) for a paragraph that says what the report
    asks in words a single recommendation's text has (three of four of the asked words or more, clearly ahead of the
    next), when the document names that recommendation by no number and the paragraph goes on to answer it; the
    marker is None when there is none. `subjects` carries the catalogue's words from one paragraph to the next."""
    call = "call" in low
    if super_complaint is None or subjects == [] or not (_asked_to(text, b.start, b.end, call) or "on the" in low):
        return subjects, (0, None)
    sents = sentences(text, b.start, b.end)
    for k, (a, e) in enumerate(sents):
        # "On the review of services that each commissioner is asked to complete, 29 offices have begun": the subject
        # opens the sentence
        m = _ON_THE_ASKED.match(text, a, e) or _asked_to(text, a, e, call)
        if not m:
            continue
        words = {_stem(w) for w in _SUBJECT_WORDS.findall(m.group("what").lower()) if w not in _GENERIC_HEADING}
        if len(words) < 3:
            continue
        if subjects is None:  # built once a document, when a sentence first asks for something
            named = {n for x in _NAMED.finditer(text) for n in expand_numbers(x.group(1))}
            subjects = [(r.id, subject_stems(r.quotable_text))
                        for r in super_complaint.recommendations if r.text and r.id not in named]
            if not subjects:
                break
        who = (m.groupdict().get("who") or "").strip()
        named = [c for c, rx in _ASKED_WHO if rx.search(who)] if who else []
        cls = named[0] if named else None
        pool = subjects
        if cls:
            # "The report asked commissioners to assess ...": of the texts with these words, the one for them
            pool = [(rid, stems) for rid, stems in subjects
                    if cls in super_complaint.recommendation(rid).recipients
                    or not super_complaint.recommendation(rid).recipients_known]
            # "its call for chief constables to ...", naming them alone: theirs alone, not one shared with others
            # (a joint one is asked of both: "chief constables and commissioners")
            alone = [(rid, stems) for rid, stems in pool if len(named) == 1
                     and tuple(super_complaint.recommendation(rid).recipients) in ((cls,), ())]
            pool = alone or pool
        shares = sorted(((len(words & stems) / len(words), rid) for rid, stems in pool), reverse=True)
        if not shares:
            continue
        best, rid = shares[0]
        # whom it asked, when said, is evidence of its own: fewer shared words then suffice
        if best < (0.6 if cls else 0.75) or (len(shares) > 1 and shares[1][0] > best - 0.25):
            continue
        later = " ".join(text[x:y] for x, y in sents[k + 1:k + 3])
        if answer_content(text[m.end():e]) if m.re is _ON_THE_ASKED else (later and answer_content(later)):
            return subjects, (a, Marker(-1, [rid], "sentence", text[a:e][:200], a, a))
    return subjects, (0, None)


_ON_THE_ASKED = re.compile(r"\W{0,3}on\s+the\s+(?P<what>[^,.;:]{8,120}?)\s+(?:that|which)\s+[^,.;:]{0,60}?\b"
                           r"(?:asked|asks)\s+"
                           r"(?:us\s+)?to\s+\w+(?:\s+\w+)?\s*,", re.I)
_NAMED = re.compile(r"\brecommendations?\s+(?:no\.?\s*|number\s+)?(" + _NUMLIST + r")", re.I)


_TRAILING_REFERENCE = re.compile(r"\(\s*(?:see\s+)?" + _REC + r"(?P<nums>" + _NUMLIST + r")\s*\)", re.I)
_CLOSES_CLAUSE = re.compile(r"\s*(?:[.;,:!?]|$|\n|and\b|but\b)")
_CLAUSE_START = re.compile(r"(?:[.;:!?]\s+|\)\s*[;,.]?\s+)")


def _trailing_references(text: str, b: Block, sents) -> list[tuple[int, Marker]]:
    """"... has asked its supplier for the change (recommendation 7); until then ... Training will be reviewed
    (recommendation 10)." A reference in brackets closes the clause that answers it: each clause starts a
    passage for the recommendation named at its end. Only when two or more such references share a
    paragraph (one alone names a recommendation in passing)."""
    refs = list(_TRAILING_REFERENCE.finditer(text, b.start, b.end))
    if len(refs) < 2:
        return []
    cuts = []
    prev_end = b.start
    for m in refs:
        if not _CLOSES_CLAUSE.match(text, m.end()):
            # "The change to our records (recommendation 7) has been implemented.": the bracket names the subject
            # of its sentence, which opens the passage
            start = next((a for a, e in sents if a <= m.start() < e), m.start())
            if start >= prev_end:
                cuts.append((start, Marker(-1, expand_numbers(m.group("nums")), "sentence", text[start:m.end()][:200],
                                           start, start)))
            prev_end = m.end()
            continue
        start = prev_end
        # the clause opens after the last sentence or clause break before the reference
        for c in _CLAUSE_START.finditer(text, prev_end, m.start()):
            if text[c.end():m.start()].strip():
                start = c.end()
        while start < m.start() and text[start].isspace():
            start += 1
        clause = text[start:m.end()]
        if not answer_content(clause):
            prev_end = m.end()
            continue
        cuts.append((start, Marker(-1, expand_numbers(m.group("nums")), "sentence", clause[:200], start, start)))
        prev_end = m.end()
    return cuts


# a recommendation named without its number: by its place in the report ("your fourth recommendation", "the second
# recommendation of the report"), by whom it is for ("the recommendation for the NPCC"), or as "the recommendation"
# of a report that makes only one
_NUMBERED_ANYWHERE = re.compile(r"\brec(?:ommendation)?s?\.?\s*(?:no\.?\s*)?\d", re.I)
_WHO_WORDS = (r"npcc|national\s+police\s+chiefs|apcc|association(?:\s+of\s+police)?|home\s+office|"
              r"ministry\s+of\s+justice|"
              r"police\s+and\s+crime\s+commissioners|commissioners|pccs|chief\s+constables")
_SINGULAR_REC = re.compile(
    r"\b(?:(?:the|your|its|their|this|that)\s+(?:report['\u2019]s\s+)?(?:single\s+|only\s+|one\s+)?|(?:made\s+)?one\s+|"
    r"a\s+single\s+)recommendation\b(?!s|\s*(?:no\.?\s*|number\s+)?\d)"
    r"(?:\s+(?:for|to|addressed\s+to|made\s+to|directed\s+at|made\s+jointly\s+to|(?:addressed\s+)?jointly\s+to)\s+"
    r"(?:the\s+)?(?P<who>" + _WHO_WORDS + r")"
    # "the recommendation made jointly to chief constables and commissioners": the one for both
    r"(?:\s+and\s+(?:the\s+)?(?P<who2>" + _WHO_WORDS + r"))?)?", re.I)
# "The NPCC's recommendation on data standards", "Of its recommendations, only one is addressed to commissioners"
_POSSESSIVE_REC = re.compile(r"\b(?:the\s+)?(?P<who>" + _WHO_WORDS + r")['\u2019]s?\s+recommendation\b(?!s)", re.I)
_ONLY_ONE = re.compile(r"\bonly\s+one(?:\s+recommendation)?\s+(?:of\s+them\s+)?(?:is\s+|was\s+)?(?:for|"
                       r"(?:addressed|made|directed)\s+(?:solely\s+|only\s+|just\s+)?(?:to|at))\s+(?:the\s+)?"
                       r"(?P<who>" + _WHO_WORDS + r")", re.I)
_RECIPIENT_WORDS = ("for ", "to ", "addressed", "made ", "directed")


def _named_without_number(low: str) -> tuple[bool, bool, bool]:
    """Whether a lower-cased sentence may name a recommendation by an ordinal ("fourth recommendation"), by whom it
    is for ("recommendation for the NPCC", "one recommendation to the Home Office"), or as its recipient's ("the
    NPCC's recommendation", "only one is for commissioners"): a look at each "recommendation" in it, no pattern."""
    ordinal = recipient = possessive = False
    i = low.find("recommendation")
    while i >= 0:
        before = low[max(0, i - 3):i]
        ordinal = ordinal or before in ("st ", "nd ", "rd ", "th ")
        recipient = recipient or low.startswith(_RECIPIENT_WORDS, i + 15) or before == "ne "
        possessive = possessive or before in ("'s ", "\u2019s ")
        i = low.find("recommendation", i + 14)
    return ordinal, recipient, possessive or "only one" in low


# whom a place counts among: one recipient ("to chief constables"; "to chief constables and commissioners" is a
# joint recommendation, read by _SINGULAR_REC)
_WHOSE = (r"(?:made\s+|addressed\s+|directed\s+)?(?:to|for|at)\s+(?:the\s+)?"
          r"(?P<who>police\s+and\s+crime\s+commissioners|commissioners|pccs|chief\s+constables|chief\s+officers|"
          r"forces|policing\s+bodies)\b(?!\s+and\b)")
_PLACE_AMONG = re.compile(r"\bthe\s+(?P<ord>" + "|".join(ORDINAL_PLACE) + r")\s+(?:of\s+the\s+recommendations|"
                          r"recommendation)\s+" + _WHOSE, re.I)


_REC_THAT = re.compile(r"\bthe\s+recommendation\s+that\s+"
                       r"(?P<who>police\s+and\s+crime\s+commissioners|commissioners|pccs|chief\s+constables|"
                       r"chief\s+officers|forces)\s+(?:should\s+)?(?P<what>[^.;:]{12,160})", re.I)


def _by_subject(what: str, who: str, super_complaint: SuperComplaint) -> str | None:
    """The one recommendation for `who` whose text has three of five or more of the words of `what`, clearly ahead of
    the next (as _asked_by_subject weighs a sentence that names whom the report asked), else None."""
    words = {_stem(w) for w in _SUBJECT_WORDS.findall(what.lower()) if w not in _GENERIC_HEADING}
    if len(words) < 3:
        return None
    cls = next((c for c, rx in _ASKED_WHO if rx.search(who)), None)
    pool = [r for r in super_complaint.recommendations if r.text and (cls in r.recipients or not r.recipients_known)]
    shares = sorted(((len(words & subject_stems(r.quotable_text)) / len(words), r.id) for r in pool), reverse=True)
    if not shares or shares[0][0] < 0.6 or (len(shares) > 1 and shares[1][0] > shares[0][0] - 0.25):
        return None
    return shares[0][1]


def _recipients_recs(who: str, super_complaint: SuperComplaint, place: int) -> list[str]:
    """A recipient's recommendations in the report's order, as _group_of counts them: those the catalogue knows are
    theirs, and, when it knows fewer than the place asks for, those it cannot give to anyone else too."""
    cls = next((c for c, rx in _WHO if rx.search(who)), None)
    if cls is None:
        return []
    recs = super_complaint.recommendations
    known = [r.id for r in recs if cls in r.recipients]
    if len(known) <= place and any(not r.recipients_known for r in recs):
        return [r.id for r in recs if cls in r.recipients or not r.recipients_known]
    return known


_ORDINAL_PAIR = re.compile(r"\b(?:the|your|its|their)\s+(?:report['\u2019]s\s+)?(?P<a>" + "|".join(ORDINAL_PLACE)
                           + r")\s+and\s+(?:the\s+)?(?P<b>" + "|".join(ORDINAL_PLACE) + r")\s+recommendations\b", re.I)
_AND_PART_OF = re.compile(r"\s+and\s+(?:the\s+)?(?:[\w'\u2019]+\s+){0,3}?(?:part|parts|element|elements|aspects?)"
                          r"\s+of\s+the\s+(?P<ord>" + "|".join(ORDINAL_PLACE) + r")\b(?!\s+recommendations)", re.I)
_REPORT_RECOMMENDED = re.compile(r"\b(?:which|that|as)\s+(?:the|its|your|their)\s+report\s+recommend(?:s|ed)\b", re.I)
_SINGLE_WHO = [("npcc", re.compile(r"npcc|national", re.I)), ("apcc", re.compile(r"apcc|association", re.I)),
               ("home_office", re.compile(r"home", re.I)), ("ministry_of_justice", re.compile(r"ministry", re.I)),
               ("policing_bodies", re.compile(r"commissioners|pccs", re.I)),
               ("chief_constables", re.compile(r"chief", re.I))]


def _numbered(s: str, group: list[str], super_complaint, single: bool) -> tuple[str, int]:
    """The sentence with a recommendation named without its number written as "recommendation N" (for matching
    only: the anchor's offsets are the sentence's), and, when it was "the recommendation" of a one-recommendation
    report (which any answer after it is about), where that name ends in the new sentence (else -1)."""
    if super_complaint is None:
        return s, -1
    low = s.lower()
    # the patterns below are tried only where their words are (the sentences that name a recommendation are many)
    ordinal, recipient, possessive = _named_without_number(low)
    among = " of the recommendations " in low
    that = "recommendation that " in low
    if not single and not (ordinal or recipient or possessive or among or that):
        return s, -1
    ids = [r.id for r in super_complaint.recommendations]
    m = _REC_THAT.search(s) if that else None
    if m:
        # "the recommendation that commissioners assess local access to specialist support": named by whom it asks
        # and what, when those words pick one of that recipient's recommendations clearly
        rid = _by_subject(m.group("what"), m.group("who"), super_complaint)
        if rid:
            return s[:m.start()] + "recommendation " + rid + s[m.end():], -1
    m = _ORDINAL_PAIR.search(s) if ordinal and " and " in low else None
    if m and not group:
        # "On the second and third recommendations, ...": two places in the report, joined
        a, b = (str(ORDINAL_PLACE[m.group(k).lower()] + 1) for k in ("a", "b"))
        if a in ids and b in ids:
            return s[:m.start()] + f"recommendations {a} and {b}" + s[m.end():], -1
    m = _PLACE_AMONG.search(s) if ordinal or among else None
    if m:
        # "Local action A covers the first of the recommendations to chief constables", "the second recommendation
        # to chief constables": the place among the recipient's, not in the report
        i = ORDINAL_PLACE[m.group("ord").lower()]
        among = _recipients_recs(m.group("who"), super_complaint, i)
        if i < len(among):
            return s[:m.start()] + "recommendation " + among[i] + s[m.end():], -1
        return s, -1
    m = ORDINAL_REC.search(s) if ordinal else None
    if m:
        i = ORDINAL_PLACE[m.group("ord").lower()]
        # "the first recommendation" after a list ("Recommendations 2 and 5 ...") is the list's; "your fourth
        # recommendation" and one past the list's end are the report's
        if not group or i >= len(group) or not m.group(0).lower().startswith("the ") or "report" in m.group(0).lower():
            place = str(i + 1)
            if place in ids:
                # "On the second recommendation and the chief constables' part of the third, ...": the part of
                # another, named by its place after "and", is answered with it
                p = _AND_PART_OF.match(s, m.end())
                if p and str(ORDINAL_PLACE[p.group("ord").lower()] + 1) in ids:
                    other = str(ORDINAL_PLACE[p.group("ord").lower()] + 1)
                    return s[:m.start()] + f"recommendations {place} and {other}" + s[p.end():], -1
                return s[:m.start()] + "recommendation " + place + s[m.end():], -1
    m = _REPORT_RECOMMENDED.search(s) if single and "report recommend" in low else None
    if m:  # "the Home Office's review, which the report recommended, ...": the one recommendation, named by its verb
        name = "recommendation " + ids[0]
        return s[:m.start()] + name + s[m.end():], m.start() + len(name)
    named = [(m, False) for m in _SINGULAR_REC.finditer(s)] if single or recipient else []
    if possessive:
        named += [(m, False) for m in _POSSESSIVE_REC.finditer(s)] + [(m, True) for m in _ONLY_ONE.finditer(s)]
    for m, only_one in named:
        who = m.group("who")
        who2 = m.groupdict().get("who2")
        if who and who2:
            pair = {next(c for c, rx in _SINGLE_WHO if rx.search(w)) for w in (who, who2)}
            found = [r.id for r in super_complaint.recommendations if pair <= set(r.recipients)]
        elif who:
            cls = next(c for c, rx in _SINGLE_WHO if rx.search(who))
            found = [r.id for r in super_complaint.recommendations if cls in r.recipients]
            if len(found) > 1:  # "the recommendation for commissioners": the one for them alone, not a joint one
                found = [r.id for r in super_complaint.recommendations if tuple(r.recipients) == (cls,)]
        elif single and m.group(0).lower().split()[0] not in ("this", "that"):
            found = ids
        else:
            continue
        if len(found) == 1:
            name = "recommendation " + found[0]
            # "only one is for commissioners, and it has been met": what follows answers it, as after "the
            # recommendation" of a one-recommendation report ("The report made one recommendation to the Home
            # Office, to ... We accept it.")
            # "The report made one recommendation to commissioners alone: to assess ... The Commissioner accepted
            # it." introduces the one, as "only one" does
            tail = not who or only_one or single or m.group(0).lower().startswith(("one ", "made one ", "a single "))
            return s[:m.start()] + name + s[m.end():], m.start() + len(name) if tail else -1
    return s, -1


def _anchor(s: str, k: int, sents, text: str, group: list[str], super_complaint, marked: bool,
            single: bool = False) -> tuple[list[str], str]:
    """The recommendation numbers an answer starting with sentence s is about, or []. `single`: the document
    answers a report with one recommendation and never numbers one, so "the recommendation" is that one."""
    s, only = _numbered(s, group, super_complaint, single)
    nums, kind = _anchor_numbered(s, k, sents, text, group, super_complaint, marked, single)
    if nums or only < 0 or marked:
        return nums, kind
    # a report with one recommendation: a sentence naming "the recommendation" that goes on to answer it is its
    # answer ("We are working with the Home Office on the recommendation. Our unit has interviewed ..."), unless
    # it only says whom it is for
    later = " ".join(text[a:e] for a, e in sents[k + 1:k + 3])
    # "The report's single recommendation is for the Home Office, working with chief constables. The force has given
    # its project team ...": in a one-recommendation report, what the writer goes on to say it did is its answer
    # "The report's first recommendation is for the Home Office, and the others are addressed to chief constables":
    # what follows answers the others (the report left them unnumbered), not this one
    theirs = _NOT_FOR_US.search(s) and (_OTHERS_FOR.search(s) or not (single and later and answer_content(later)
                                                                       and not _NOT_FOR_US.search(later)))
    if not theirs and not _DESCRIPTION.match(s[only:]) and (answer_content(s) or answer_content(later)):
        return [_NAME_BEFORE.search(s, 0, only).group(1)], "sentence"
    return [], ""


_NAME_BEFORE = re.compile(r"recommendation (\S+)$")
_OTHERS_FOR = re.compile(r"\b(?:the\s+)?(?:others|rest|remaining\s+(?:ones|recommendations)|other\s+recommendations)\s+"
                         r"(?:are|were)\s+(?:all\s+)?(?:addressed\s+to|for|made\s+to|directed\s+(?:at|to))\b", re.I)


def _reported_speech(low: str) -> bool:
    return "said" in low or "report" in low or "explain" in low or "confirm" in low or "noted" in low or "told" in low


def _anchor_numbered(s: str, k: int, sents, text: str, group: list[str], super_complaint,
                     marked: bool, single: bool = False) -> tuple[list[str], str]:
    low = s.lower()
    if "recommendation" not in low:  # every anchor but an ordinal names one
        m = _ORDINAL.match(s) if group and "the " in low else None
        # "Northumbria Police had already revised its policy, so the first is met.": a verdict on one of the group
        # closing the sentence whose account it judges
        m = m or (_ORDINAL_VERDICT.search(s) if group and "the " in low and ("," in s or ";" in s) else None)
        if m:
            i = _ORDINALS[m.group("ord").lower()]
            if -len(group) <= i < len(group):
                return [group[i]], "sentence"
        return [], ""
    m = _LEAD.match(s) or (_REPORTED.match(s) if " that" in low and _reported_speech(low) else None) or (
        _reported_on(s, low))
    if not m:  # '... the APCC's lead for victims, said: "On recommendation 27 we have begun ..."'
        # (its verbs looked for first, `can_match`: the case-blind pattern was tried at every position of the sentence)
        q = _QUOTATION_OPENS.search(s) if can_match(_QUOTATION_OPENS, s, low) else None
        if q and q.end() < len(s):  # what is quoted reads like a sentence of its own: "^" anchors at 0 only
            quoted = s[q.end():]
            if _LEAD.match(quoted) or _SUBJECT.match(quoted):  # '... said: "Recommendation 4 is already met: ..."'
                return _anchor(quoted, k, sents, text, group, super_complaint, marked, single)
    if m:
        return (expand_numbers(m.group("nums")), "sentence") if not marked else ([], "")
    # "Local action B is recommendation 4, on safe reporting pathways. We are working with ...": a section of the
    # writer's own numbering opening by saying which of the report's recommendations it covers
    m = _OWN_LABEL.match(s) if k == 0 else None
    if m and not marked:
        later = " ".join(text[a:e] for a, e in sents[k + 1:k + 3])
        if answer_content(s[m.end():]) or (later and answer_content(later)):
            return expand_numbers(m.group("nums")), "sentence"
    # "On cultural awareness, which is recommendation 2, the force is working with ...": the subject, then its number
    # set off as a clause, then the answer
    topical = low.lstrip(_OPENING_MARKS).startswith(_TOPIC_OPENS)  # "On ...", "Regarding ...": the patterns' gate
    m = _ON_WHICH_IS.match(s) if ", which" in low or topical and (", recommendation" in low or ", the " in low) \
        else None
    if m and not marked and answer_content(s[m.end():]) and not _DESCRIPTION.match(s[m.end():]):
        return expand_numbers(m.group("nums")), "sentence"
    m = _ORDINAL.match(s)
    if m and group:
        i = _ORDINALS[m.group("ord").lower()]
        if -len(group) <= i < len(group):
            return [group[i]], "sentence"
    # "On cultural awareness, the second recommendation, the work is partly done": the topic, then its place set
    # off as an apposition, then the answer (as "..., which is recommendation 2, ..."); the place counts in the group
    # the document named, else in the report
    m = _ON_TOPIC_PLACE.match(s) if topical and ", the " in low and not marked else None
    if m and answer_content(s[m.end():]) and not _DESCRIPTION.match(s[m.end():]):
        i = ORDINAL_PLACE[m.group("ord").lower()]
        if group:
            return ([group[i]], "sentence") if i < len(group) else ([], "")
        if super_complaint is not None and i < len(super_complaint.recommendations):
            return [super_complaint.recommendations[i].id], "sentence"
    m = _SUBJECT.match(s)
    if m:
        if marked:
            return [], ""
        rest = s[m.end():]
        later = " ".join(text[a:e] for a, e in sents[k + 1:k + 3])
        # "Recommendation 4 asks forces to build pathways. We have met ..." answers it; a sentence that only
        # says whom the recommendations are for does not
        nums = expand_numbers(m.group("nums"))
        if ("other" in low or "rest " in low or "remaining" in low) and _OTHERS_FOR.search(s) and _NOT_FOR_US.search(s):
            return [], ""  # "Recommendation 1 is for the Home Office, and the others are for chief constables"
        # "Recommendations 16 and 25 are for me and the Chief Constable together. We have agreed to take them
        # forward ...": a listing of the writer's own, which the next sentence answers as a group, is their answer
        listed = _LISTING.match(s)
        if listed and listed.group("neg") and not _NOT_ALONE.match(s, listed.end()):
            return [], ""  # "Recommendation 8 is not for chief constables.": put aside, whatever follows
        listing = len(nums) > 1 and listed and not (
            _LISTED_FOR_US.match(s) and _AS_A_GROUP.search(later))
        after = _after_description(rest)
        if "welcome" in after or "support" in after or "endorse" in after or "note" in after:
            if _WELCOME_ONLY.match(after) and _NOT_FOR_US.search(s):
                # "Recommendation 1 is for the Home Office and I welcome it.": a word on another body's
                # recommendation, not an answer (what follows is about the writer's own)
                return [], ""
        if answer_content(after) or (later and answer_content(later) and not listing):
            return nums, "sentence"
        return [], ""
    # "All forces have accepted the three recommendations made for policing: recommendations 1 and 2 and the part of
    # recommendation 3 that falls to chief constables": the group, then its numbers after the colon
    m = _LIST_AFTER_GROUP.search(s) if ":" in s else None
    if m and _LIST_OPENS.match(m.group("list")):
        nums = [n for x in _NAMED.finditer(m.group("list")) for n in expand_numbers(x.group(1))]
        bare = _BARE_LIST.match(m.group("list")) if not nums else None
        if bare:  # "We have accepted the recommendations for forces: 1, 4 and 5."
            nums = expand_numbers(bare.group(1))
        if nums:
            return list(dict.fromkeys(nums)), "sentence"
    m = _INLINE.search(s) or (_WORKING_WITH_ON.search(s) if "with" in low and "work" in low else None) or (
        _BEGUN_ON.search(s) if " on " in low or "dealt with" in low else None) or (
        _RESPONSE_ON.search(s) if " on recommendation" in low or "regarding recommendation" in low else None)
    if m and not _REFERENCE_BEFORE.search(_REC_AT_END.sub("", s[:m.start("nums")])) \
            and not (" that " in low and low.startswith("as ", m.start()) and _THEIRS_AS_ASKED.search(s, 0, m.start())):
        return expand_numbers(m.group("nums")), "sentence"
    # "I am writing to update you on the recommendation made to chief constables about bail, which we accept": a
    # letter's sentence of purpose names what the letter is about, and what follows it answers that
    m = _WRITING_ON.search(s) if "writ" in low else None
    if m:
        return expand_numbers(m.group("nums")), "sentence"
    m = _BRACKETED_SUBJECT.match(s)
    # ("Recording for suspects cannot start until the national standard (recommendation 3) has been agreed": the
    # bracketed number inside a clause of waiting is what is waited on, as the subject-naming reading's is)
    if m and answer_content(s[m.end():]) and not _waited_on(s, low, m.start("nums")):
        return expand_numbers(m.group("nums")), "sentence"
    # '"... asked forces to review their training, recommendation 10, and every officer has done the course."': the
    # number set off by commas names the act before it, and the rest of the sentence answers it
    m = _APPOSITIVE.search(s) if ", recommendation" in low or ", hmicfrs recommendation" in low else None
    if m and (answer_content(s[m.end():]) if m.group("verb") in ("and", "but", "so")
              else not _DESCRIPTION.match(s[m.start("verb"):])):
        # "..., recommendation 10, and every officer has ...", "The joint review, recommendation 16, is half way
        # through" (the number set off between the subject and its verb; "is for the Home Office" only describes it)
        return expand_numbers(m.group("nums")), "sentence"
    # the recommendation named inside the sentence's subject: "The assessment asked for in recommendation 6 was
    # carried out in March", "Awareness of cultures, which is what the report asks for in recommendation 2, is being
    # built into the course" (the subject's verb follows the number)
    # both patterns below need "under/for/in/by (the) recommendation" or "including recommendation": looked for first
    referred = _referred(low)
    m = _IN_SUBJECT.search(s) if referred else None
    if m and not _DESCRIPTION.match(s[m.start("verb"):]) and not _waited_on(s, low, m.start()):
        return expand_numbers(m.group("nums")), "sentence"
    # set off by commas after the verb: "I am now reviewing, under recommendation 3, whether ...", "the changes,
    # including recommendation 2's separate route, are being brought in"
    m = _PARENTHETIC.search(s) if referred and ", " in low else None
    if m and answer_content(s[m.end():]):
        return expand_numbers(m.group("nums")), "sentence"
    # the answer given first and the recommendation after it: "The force has finished its review, which was
    # recommendation 1."; "I have asked the Chief Constable about recommendation 1, on ...; the force is revising"
    m = _WHICH_WAS.search(s) if "which" in low else None
    if m and answer_content(s[:m.start()]):
        return expand_numbers(m.group("nums")), "sentence"
    # a verdict on a numbered recommendation closing the sentence whose account it judges: "Every officer has done
    # the new course, which means recommendation 10 of the report is complete for us" (as "..., so the first is met")
    m = _NUMBERED_VERDICT.search(s) if ("which" in low or " so " in low or "meaning" in low) and "," in s else None
    if m and answer_content(s[:m.start()]):
        return expand_numbers(m.group("nums")), "sentence"
    # "Every detective has now done the course that recommendation 6 requires."
    m = _THAT_ASKS.search(s) if "that recommendation" in low or "which recommendation" in low else None
    if m and answer_content(s[:m.start()]):
        return expand_numbers(m.group("nums")), "sentence"
    m = _ON_DESCRIBED.search(s) if referred and ("work" in low or "ed " in low or "un " in low) else None
    if m and answer_content(s):
        # "we are working with those organisations on the arrangements described in recommendation 5; ..."
        return expand_numbers(m.group("nums")), "sentence"
    m = _ABOUT.search(s) if "about" in low else None
    if m and answer_content(s[m.end():]):
        return expand_numbers(m.group("nums")), "sentence"
    # "Pre-charge bail conditions (recommendation 5). The force will ...": a paragraph that opens with its topic and
    # the number in brackets, a heading run into its answer (a board paper's numbered paragraphs)
    m = _TOPIC_THEN_NUMBER.match(s) if k == 0 and len(s) < 140 and (
        ")" in s[-5:] or s.rstrip(" .:")[-1:].isdigit()) else None
    if m and not marked:
        later = " ".join(text[a:e] for a, e in sents[k + 1:k + 3])
        # what follows is its answer, as under a heading ("Bail conditions - recommendation 5." too; "this
        # recommendation has been met", "A duty inspector now reviews every notice"), unless it names another by
        # number or only restates what is asked
        if later and not _NAMED.search(later) and not _SHOULD.search(later):
            return expand_numbers(m.group("nums") or m.group("nums2")), "sentence"
    # "The report also asks commissioners to assess local support (recommendation 6). My office will ...": a
    # sentence saying what the report asks, closed by the recommendation's number, with its answer after it
    m = _CLOSING_REFERENCE.search(s) if ")" in s[-5:] else None
    if m and not marked and _ASKS.search(s, 0, m.start()):
        later = " ".join(text[a:e] for a, e in sents[k + 1:k + 3])
        if not later and k == len(sents) - 1 and sents:
            # the sentence closes its paragraph ("... as an included classification (recommendation 7)." / "The
            # force's change went live in February."): the answer opens the next paragraph, as it would go on in
            # this one (the next paragraph only, up to its first break)
            later = text[sents[k][1]:sents[k][1] + 400].lstrip()
            later = later[:later.find("\n\n")] if "\n\n" in later else later
        if later and answer_content(later) and "recommend" not in later.lower():
            return expand_numbers(m.group("nums")), "sentence"
    return [], ""


_OWN_LABEL = re.compile(r"^\W{0,3}(?:our\s+|this\s+|the\s+)?(?:local\s+|joint\s+|force\s+)?"
                        r"(?:action|commitment|objective|priority|workstream|theme|item|section|part)\s+(?:[A-Z]|\d{1,2}|one|two|three|four|five|six)\b"
                        r"\s*(?:covers|is|answers|addresses|corresponds\s+to|maps\s+to|relates\s+to|responds\s+to|"
                        r"is\s+our\s+(?:response|answer)\s+to)\s+"
                        # "Local action D is the Commissioner's: the recommendation that commissioners assess ..."
                        r"(?:the\s+[\w'\u2019]+(?:['\u2019]s|s['\u2019])\s*[:,\-\u2013]?\s+)?(?:the\s+)?" + _REC
                        + r"(?P<nums>" + _NUMLIST
                        + r")\b", re.I)
# (or the number alone in apposition: "Regarding diversity awareness, recommendation 2, the force has begun ...")
_ON_WHICH_IS = re.compile(r"^\W{0,3}(?:on|as\s+for|turning\s+to|regarding|as\s+regards)\s+[^,.;:]{3,80},\s+"
                          r"(?:which\s+(?:is|was)\s+"
                          r"(?:(?:the\s+)?(?:subject|topic)\s+of\s+|(?:what\s+)?(?:the\s+report\s+)?(?:asks\s+for\s+in\s+)?)?)?"
                          r"(?:the\s+(?:report['\u2019]s\s+)?)?" + _REC + r"(?P<nums>" + _NUMLIST + r")\s*,\s+", re.I)
_ON_TOPIC_PLACE = re.compile(r"^\W{0,3}(?:on|as\s+for|turning\s+to|regarding|as\s+regards)\s+[^,.;:]{3,80},\s+"
                             r"(?:which\s+(?:is|was)\s+)?the\s+(?:report['\u2019]s\s+)?(?P<ord>"
                             + "|".join(ORDINAL_PLACE) + r")\s+(?:recommendation|one)\s*,\s+", re.I)
_REFERRING = ("under ", "for ", "in ", "by ", "including ", "of ", "to ", " at ")


def _referred(low: str) -> bool:
    """Whether some "recommendation" in a lower-cased sentence follows a preposition ("under recommendation 3", "in
    the recommendation 6" after its ordinal was written as a number): a look at each, no pattern."""
    i = low.find("recommendation")
    while i >= 0:
        before = low[max(0, i - 12):i].removesuffix("the ").removesuffix("hmicfrs ")
        if before.endswith(_REFERRING):
            return True
        i = low.find("recommendation", i + 14)
    return False


_VERDICT = re.compile(r"\b(?:regard|consider|deem|judge|treat)(?:s|ed)?\s+(?:that\s+)?(?:the\s+|this\s+)?(?:\w+\s+)?"
                      r"recommendation\b[^.;]{0,12}?\s(?:as\s+|to\s+be\s+|now\s+)?(?:complete|completed|met|closed|"
                      r"discharged|done|implemented|achieved|fulfilled)\b", re.I)
# (a subject's verb of state too: "The change needed for recommendation 7 depends on a national release")
_VERB_AFTER = r"(?P<verb>is|was|are|were|has|have|had|will|remains?|depends?|relies|rely|rests?|awaits?|waits?|" \
    r"continues?|needs?)\s+"
_APPOSITIVE = re.compile(r"\w,\s+" + _REC + r"(?P<nums>" + _NUMLIST + r")\s*,\s+"
                         r"(?P<verb>and|but|so|is|was|are|were|has|have|had|will|remains?)\s+", re.I)
# a clause of waiting after the sentence's main clause: "the force cannot finalise it until the national protocol
# which the Home Office is preparing under recommendation 3 is issued"
_WAITING_CLAUSE = re.compile(r"\S[^;:]*?\b(?:until|till|pending|before|once|as\s+soon\s+as)\s+[^;:,]*$", re.I)


def _waited_on(s: str, low: str, at: int) -> bool:
    """Whether the recommendation named at `at` stands inside a clause of waiting that follows the sentence's main
    clause: the main clause is the writer's answer (to the passage it stands in), and the number names what the
    writer waits on, another body's work, not what the sentence answers. A sentence opening with the clause ("Once
    the review under recommendation 3 is done, we will publish it") is not read so: its main clause follows."""
    if not any(w in low for w in (" until ", " till ", " pending ", " before ", " once ", " as soon as ")):
        return False
    # the main clause is the one the number stands in: after a semicolon or colon, a second main clause begins
    # ("ethnicity is now recorded for every victim; recording for suspects cannot start until ...")
    start = max(s.rfind(";", 0, at), s.rfind(":", 0, at)) + 1
    while start < at and s[start].isspace():
        start += 1
    return bool(_WAITING_CLAUSE.match(s, start, at))


_IN_SUBJECT = re.compile(
    r"\b(?:(?:asks?|asked|calls?|called|seeks?|sought|requires?|required|requested|recommended|described|set\s+out|"
    # "The safeguarding protocol at recommendation 3 is being developed": "at" names its place as "under" does
    # "the assessment asked of commissioners by recommendation 6 was completed": the asking verb with whom it asked
    r"proposed)(?:\s+for|\s+of\s+(?:the\s+)?[\w'\u2019]+(?:\s+[\w'\u2019]+){0,5}?)?\s+(?:in|by|under)|under|for|in|at)"
    r"\s+(?:the\s+)?" + _REC + r"(?P<nums>" + _NUMLIST
    + r")\s*,?\s+"
    + _VERB_AFTER, re.I)
_PARENTHETIC = re.compile(r",\s+(?:[\w'\u2019]+\s+){0,6}?(?:under|for|including|as\s+part\s+of|in\s+response\s+to|"
                          r"as\s+(?:asked|required|set\s+out)\s+(?:by|in))\s+(?:the\s+)?" + _REC
                          + r"(?P<nums>" + _NUMLIST + r")(?:['\u2019]s\b[^,.;]{0,80})?\s*,\s+", re.I)
_WHICH_WAS = re.compile(r",\s+which\s+(?:was|is|were|are)\s+(?:what\s+)?(?:[\w'\u2019]+\s+){0,4}?" + _REC
                        + r"(?P<nums>" + _NUMLIST + r")\W*$", re.I)
_TOPIC_THEN_NUMBER = re.compile(r"^\W{0,3}[A-Z][\w'\u2019\-,/ ]{2,90}?(?:\s*\(\s*(?:see\s+)?" + _REC + r"(?P<nums>"
                               + _NUMLIST + r")\s*\)|(?:\s[-\u2013\u2014]|:)\s*" + _REC + r"(?P<nums2>" + _NUMLIST
                               + r"))\s*[.:]?\s*$", re.I)
_THAT_ASKS = re.compile(r"\b(?:that|which)\s+" + _REC + r"(?P<nums>" + _NUMLIST + r")\s+"
                        r"(?:requires?|required|asks?\s+for|"
                        r"asked\s+for|asks?|asked|calls?\s+for|called\s+for|recommends?|recommended|seeks?|sought|"
                        r"sets?\s+out|describes?|described)\b", re.I)
# work on, or an act done to, the thing a recommendation describes: "we are working with them on the arrangements
# described in recommendation 5", "have started the joint review asked of them by recommendation 16"
_ON_DESCRIBED = re.compile(r"(?:\bwork(?:ing|ed|s)?\b[^.;:]{0,80}?\bon|\b(?:started|begun|began|finished|completed|"
                           r"carried\s+out|set\s+up|launched|delivered|published|agreed))\s+"
                           r"(?:the\s+|a\s+|an\s+|our\s+|its\s+|their\s+)?[\w'\u2019 -]{3,80}?\s+"
                           r"(?:described|set\s+out|"
                           r"asked\s+for|called\s+for|required|sought|recommended|"
                           # "the joint review asked of them by recommendation 16"
                           r"asked\s+of\s+(?:them|us|me|it|forces|commissioners|chief\s+constables))\s+(?:in|by)\s+"
                           r"(?:the\s+)?" + _REC
                           + r"(?P<nums>" + _NUMLIST + r")", re.I)
_ABOUT = re.compile(r"\babout\s+(?:the\s+)?" + _REC + r"(?P<nums>" + _NUMLIST + r")\s*[,;:]\s+", re.I)
_CLOSING_REFERENCE = re.compile(r"\(\s*(?:see\s+)?" + _REC + r"(?P<nums>" + _NUMLIST + r")\s*\)\W{0,3}$", re.I)
_ASKS = re.compile(r"\b(?:asks?|asked|call(?:s|ed)?\s+(?:on|for)|recommends?|recommended|wants?|requires?)\b", re.I)


_WRITING_ON = re.compile(r"\b(?:i|we)\s+(?:am\s+|are\s+)?writ(?:e|ing)\s+(?:to\s+(?:update|inform|tell|brief|give)\s+"
                         r"(?:you|hmicfrs|the\s+inspectorate|hm\s+chief\s+inspector)(?:\s+(?:an?\s+)?(?:update|account|"
                         r"progress))?|(?:to\s+(?:respond|reply)\s+)?)\s*(?:on|about|regarding|to|in\s+relation\s+to)\s+"
                         r"(?:the\s+|your\s+)?(?:progress\s+(?:on|against|with)\s+(?:the\s+)?)?" + _REC + r"(?P<nums>"
                         + _NUMLIST + r")\b", re.I)


# "Cultural awareness training (recommendation 2) has been delivered in 30 forces": the bracket names the subject
# the sentence opens with, and what follows answers it (one such bracket alone in a paragraph anchors too)
_BRACKETED_SUBJECT = re.compile(r"^\W{0,3}[A-Za-z][\w'\u2019\- ]{2,100}?\s*\(\s*" + _REC + r"(?P<nums>" + _NUMLIST
                                + r")\s*\)\s+(?!and\b|but\b|or\b)(?=[a-z])", re.I)


# a quotation opening after a speaker: what is quoted reads like a sentence of its own
_QUOTATION_OPENS = re.compile(r"\b(?:said|says|added|commented|explained|stated)\s*[:,]?\s*[\"\u201c\u2018']\s*", re.I)

# what a sentence says the recommendation asks, or whom it is for; "is being taken forward" is an answer
_DESCRIPTION = re.compile(r"^\s*(?:\([^)]{0,80}\)\s*)?(?:asks?|asked|requires?|calls?\s+(?:for|on)|recommends?|"
                          r"says?|states?|(?:is|are|was|were)\s+(?:not\s+)?(?:for|about|addressed|directed|aimed|concerned|made)|"
                          r"concerns?|relates?|seeks?|wants?|falls?|fell|covers?)\b"
                          # the description ends where a clause of the answer joins it: "asked us to make this
                          # possible and our system has allowed it since February"
                          r"(?:[^;:.]*?(?=,?\s+(?:and|but)\s+(?:we|our|it|this|that|i|my|they|its|every|all)\b)|[^;:.]*)",
                          re.I)


def _after_description(rest: str) -> str:
    """What follows the part of a sentence that says what the recommendation asks ("asks forces to ...; we ...")."""
    m = _DESCRIPTION.match(rest)
    if not m:
        return rest
    return rest[m.end():]


# "Recommendations 1, 4 and 5 are for chief constables": an overview, whatever follows it
# (in any tense: "Recommendations 1 and 4 were made to chief constables" lists the report as well; and "Recommendations
# 8 and 9 are not for chief constables" names them only to put them aside)
_LISTING = re.compile(r"^\W{0,3}" + _REC + _NUMLIST + r"\s+(?:are|is|were|was)\s+(?P<neg>not\s+)?(?:for|addressed\s+to|"
                      r"directed\s+(?:at|to)|aimed\s+at|made\s+to)\b", re.I)


# the clause after "is for the Home Office" that only welcomes it: "and I welcome it", ", which we fully support"
_WELCOME_ONLY = re.compile(r"\W*(?:and|but|which|,)?\s*(?:i|we|the\s+(?:force|commissioner|pcc|chief\s+constable))?\s*"
                           r"(?:very\s+much\s+|strongly\s+|fully\s+|warmly\s+)?(?:welcomes?|supports?|endorses?|"
                           r"notes?)\s*(?:it|this|them|that|both)?\s*\W*$", re.I)
# "is not for chief constables alone": shared, not put aside
_NOT_ALONE = re.compile(r"[^.;:]{0,60}?\b(?:alone|only|solely|just)\b", re.I)
_LISTED_FOR_US = re.compile(r"^\W{0,3}" + _REC + _NUMLIST + r"\s+(?:are|is)\s+(?:both\s+|jointly\s+)?"
                            r"(?:for|addressed\s+to|directed\s+(?:at|to)|aimed\s+at|made\s+to)\s+(?:me|us|my\s+office|our\s+office|this\s+"
                            r"office|this\s+force|both\s+of\s+us)\b", re.I)
_AS_A_GROUP = re.compile(r"\b(?:them|both|these\s+(?:two|three|recommendations)|each\s+of\s+them)\b", re.I)
_GROUP_NUMS = re.compile(r"\brecommendations\s+(" + _NUMLIST + r")", re.I)


def _group_of(s: str, super_complaint: SuperComplaint | None, low: str | None = None) -> list[str]:
    """The recommendations a sentence lists ("Recommendations 1, 4 and 5 ...") or describes by their
    recipients ("the two recommendations for commissioners"), in the report's order (`low`: s lower-cased, if the
    caller has it)."""
    if "recommendations" not in (low if low is not None else s.lower()):
        return []
    m = _GROUP_NUMS.search(s)
    if m:
        nums = expand_numbers(m.group(1))
        if len(nums) > 1:
            return nums
    m = _RECIPIENT_GROUP.search(s)
    if m and super_complaint is not None:
        who = m.group("who")
        for cls, rx in _WHO:
            if rx.search(who):
                recs = super_complaint.recommendations
                known = [r.id for r in recs if cls in r.recipients]
                count = _COUNTS.get(m.group(0).split()[0].lower(), 2)
                if len(known) < count and any(not r.recipients_known for r in recs):
                    # the catalogue does not know whom most of the report's recommendations are for: "of the
                    # recommendations to chief constables, the second" counts, in the report's order, those it
                    # knows are theirs and those it cannot say are anyone else's
                    return [r.id for r in recs if cls in r.recipients or not r.recipients_known]
                return known
    return []


_ABOUT_IT = re.compile(r"\brecommendations?\s+(?:no\.?\s*)?\d{1,2}[a-k]?\s*(?:\([^)]{0,60}\)\s*)?,?\s*(?:concerns?|"
                       r"is\s+about|relates?\s+to|deals?\s+with|covers?|asks?|asked|calls?\s+for|is\s+on|focuses\s+on|"
                       r"requires?)\b", re.I)
_THAT_REC = re.compile(r"\b(?:the|this|that)\s+recommendation\b(?!s|\s*(?:no\.?\s*|number\s+)?\d)", re.I)
# "pending the outcome of recommendation 2", "with reference to recommendation 1": another named in passing
_PENDING = re.compile(r"\b(?:outcome\s+of|reference\s+to|pending|depends?\s+on|subject\s+to)\s+(?:the\s+)?" + _REC
                      + r"\d", re.I)
_AS_ASKED = re.compile(r"^\W{0,3}(?:as\s+per|in\s+line\s+with|in\s+accordance\s+with|as\s+(?:asked|requested|required|"
                       r"called\s+for|set\s+out)\s+(?:in|by)|pursuant\s+to|in\s+keeping\s+with)\s+(?:the\s+)?" + _REC
                       # "As required by the first recommendation of the report, I write to explain ..."
                       + r"(?P<nums>" + _NUMLIST + r")\b(?:\s+of\s+(?:the|your|its)\s+report)?\s*,?\s+", re.I)
_SHOULD = re.compile(r"\b(?:should|must|are\s+asked|is\s+asked|ought)\b", re.I)
_ACCEPTING = (r"\b(?:accept(?:s|ed|ing)?|agree[sd]?\s+(?:to|with)|support(?:s|ed|ing)?|welcome[sd]?|"
              r"implement(?:s|ed|ing)?|tak(?:e|es|en|ing)\s+forward)\s+")
_LIST_AFTER_GROUP = re.compile(_ACCEPTING + r"(?:all\s+)?(?:the\s+|its\s+|their\s+|your\s+|these\s+)?(?:[\w-]+\s+)?"
                               r"recommendations\b[^.:;]{0,80}:\s*(?P<list>[^.;]{3,200})", re.I)
_LIST_OPENS = re.compile(r"\W{0,2}(?:namely\s+)?(?:(?:the\s+)?(?:hmicfrs\s+)?recommendations?\s+(?:no\.?\s*)?)?\d",
                         re.I)
_BARE_LIST = re.compile(r"\W{0,2}(?:namely\s+)?(" + _NUMLIST + r")\s*(?:[.;]|$)", re.I)
# two to ten, and "both" counting two here (a group accepted whole: "accepts both recommendations")
_NUMBER_WORDS = {"both": 2, **{w: n for n, w in enumerate(NUMBER_WORDS[2:11], 2)}}
_ALL_ACCEPTED = re.compile(
    _ACCEPTING + r"(?P<all>all\s+(?:of\s+)?|each\s+of\s+|every\s+one\s+of\s+)?"
    r"(?:the\s+|its\s+|their\s+|your\s+|these\s+|(?:the\s+)?report['\u2019]s\s+)?"
    r"(?P<n>" + "|".join(_NUMBER_WORDS) + r"|\d{1,2})?\s*(?:of\s+(?:the\s+|its\s+|their\s+|your\s+|"
    r"(?:the\s+)?report['\u2019]s\s+)?)?recommendations\b(?P<rest>[^.;:]{0,60})", re.I)
_FOR_WHOM = re.compile(r"^\s*(?:(?:that\s+(?:are|were)\s+)?(?:made\s+)?(?:for|to)|addressed\s+to|directed\s+(?:at|to)|"
                       r"aimed\s+at)\s+(?:the\s+)?(?P<who>policing|the\s+police|police\s+forces|forces|chief\s+"
                       r"(?:constables|officers)|police\s+and\s+crime\s+commissioners|commissioners|pccs|home\s+office)\b",
                       re.I)
# the narrower words first: "police forces" are chief constables, "policing" every policing body
_WHOM_CLASSES = [("forces", {"chief_constables"}), ("chief", {"chief_constables"}),
                 ("commissioners", {"policing_bodies"}), ("pccs", {"policing_bodies"}), ("home", {"home_office"}),
                 ("polic", {"chief_constables", "npcc", "policing_bodies", "college_of_policing", "apcc"})]


# the same group as the subject of the sentence, its verb after it: "the three recommendations for chief constables
# have all been implemented", "All four of the report's recommendations were accepted in full"
_GROUP_THEN_ACCEPTED = re.compile(
    r"(?:\b(?P<all>all\s+(?:of\s+)?|each\s+of\s+)|\b)(?:the\s+|its\s+|their\s+|your\s+|these\s+|"
    r"(?:the\s+)?report['\u2019]s\s+)?(?P<n>" + "|".join(_NUMBER_WORDS) + r"|\d{1,2})?\s*(?:of\s+(?:the\s+|its\s+|"
    r"their\s+|your\s+|(?:the\s+)?report['\u2019]s\s+)?)?recommendations\b(?P<rest>[^.;:,]{0,60}?)\s+"
    r"(?:have|has|had|were|are|was)\s+(?:(?:all|each|now|both|already|fully|since|then)\s+){0,2}(?:been\s+)?"
    r"(?:(?:all|each|now|both|already|fully)\s+)?(?:accepted|implemented|completed|met|delivered|taken\s+forward|"
    r"adopted|achieved|fulfilled|put\s+in\s+place|agreed)\b", re.I)


def _all_accepted(s: str, super_complaint: SuperComplaint) -> list[str]:
    """The recommendations a sentence accepts as a group, by count ("all three of its recommendations") and for whom
    ("for policing", "made to chief constables"), when the count and the catalogue agree; else []. A group named
    only as "all the recommendations", by no count and for no one, is left (whose they are is not said). The group
    may stand before its verb or after it ("the three recommendations for chief constables have all been
    implemented"): what is read is the group, its count and its recipients, not the order of the words."""
    m = _ALL_ACCEPTED.search(s)
    if not m or not (m.group("all") or m.group("n")):
        m = _GROUP_THEN_ACCEPTED.search(s)
        if not m or not (m.group("all") or m.group("n")) or (m.group("rest").strip() and not _FOR_WHOM.match(
                m.group("rest"))):
            return []
    recs = super_complaint.recommendations
    n = m.group("n")
    count = int(n) if n and n.isdigit() else _NUMBER_WORDS.get((n or "").lower())
    w = _FOR_WHOM.match(m.group("rest"))
    if w:
        who = w.group("who").lower()
        classes = next(c for key, c in _WHOM_CLASSES if key in who)
        chosen = [r.id for r in recs if set(r.recipients) & classes]
        known = all(r.recipients_known for r in recs)
        if count is not None and len(chosen) != count:
            chosen = [r.id for r in recs] if count == len(recs) else []
        elif count is None and not known:
            chosen = []
        return chosen
    return [r.id for r in recs] if count == len(recs) else []


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


__all__ = ["split_at_anchors"]
