"""Split a document into one passage per recommendation and align it to the catalogue.

Order of evidence, strongest first: an explicit marker ("Recommendation one", "Response to
recommendation 4", a table row numbered 5), the recommendation text the passage quotes, then
the order of the passages. Similarity to catalogue texts only breaks ties.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from rectrack.core.vocabulary import Progress

from . import scores
from .blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, Document
from .catalogue import Recommendation, SuperComplaint, parent_number
from .dates import find_dates
from .recipients import recipients_in
from .status import progress_finding, status_only
from .textutil import NUMBER_WORDS, PLACE_WORDS, fold, sentences

_WORD_NUMS = {w: str(i) for i, w in enumerate(NUMBER_WORDS)}
_NUM = (r"(?:\d{1,2}\.\d{1,2}(?!\d|\.\d)|\d{1,2}(?:[a-k](?![a-z])|\s?\([a-k]\))?(?![\d])|"
        r"(?:" + "|".join(sorted(_WORD_NUMS, key=len, reverse=True)) + r")\b)")
# "Rec 17 - 0%": a share after a dash is the line's progress, not a second number
_NUMLIST = _NUM + r"(?:\s*(?:,|and|&|or|to|-|\u2013)\s*(?:recommendation\s+)?" + _NUM + r"(?!\s?%))*"
# an outline number or section word before the marker: "2.1", "3.", "(a)", "Section 4:", "Part II -"
_OUTLINE = (r"(?P<outline>(?:(?:section|part|chapter|paragraph|item)\s+)?(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-h]|[ivx]{1,4})"
            r"(?:\s*[.):\-\u2013]\s*|\s+)|(?:section|part|chapter)\s+)?")
_MARKER = re.compile(
    r"^\W{0,4}"
    + _OUTLINE
    + r"(?:(?P<resp>(?:(?:our|the|force|pcc|opcc|joint|chief\s+constable['\u2019]?s?|commissioner['\u2019]?s?|"
    r"constabulary['\u2019]?s?)\s+)?(?:response|reply|update|progress\s+update|position|action\s+plan|actions)\s+"
    r"(?:to|on|for|against|in\s+relation\s+to|regarding)\s+(?:the\s+)?)"
    r"|(?P<status>(?:current\s+)?(?:status|progress|position)\s+(?:of|on|against)\s+(?:the\s+)?)"
    r"|(?P<notes>(?:notes?|footnotes?|background|context)\s+(?:to|on|for)\s+(?:the\s+)?))?"
    # a record's key line has a colon before its numbers: "Recommendations: 1 to 4" over "Subject: ..."
    r"(?:HMICFRS\s+)?(?P<word>recommendations?|recs?\.?|r(?=\d))\s*(?:no\.?|number|#)?\s*(?::[ \t]*)?"
    r"(?P<nums>" + _NUMLIST + r")"
    r"(?P<suffix>\s*[-\u2013:.)]?\s*(?:response|update|progress\s+update)\b)?",
    re.I,
)
# what follows the numbers when a block is a sentence about the recommendations, not a heading
_PROSE_AFTER = re.compile(
    r"\s*(?:\([^)]{0,60}\)\s*)?(?:(?:of|in|from)\s+(?:the|this|that|our|their)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:are|is|was|were|has|have|had|asks?|asked|calls?\s+(?:for|on)|requires?|required|sets?\s+out|concerns?|"
    r"relates?|deals?\s+with|covers?|will|would|should|must|recommends?|states?|says|said|addresses|appl(?:y|ies)|"
    r"seeks?|aims?|remains?|focus(?:es)?|falls?|fell|also|both|all|together|were)\b", re.I)
_OUTLINE_NUMBER = re.compile(
    r"^\W{0,2}(?:(?:section|part|chapter|paragraph)\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.):]\s*|\s+)"
    r"(?=\S)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?;,]['\"\u2019\u201d)]?\s*$")
_SHORT_PROGRESS = re.compile(r"^(?:current\s+|overall\s+)?progress(?:\s+status)?$")
_OWNER_HEADER = re.compile(r"\b(?:owner|lead|leads|responsible|accountable|sro|action\s+owner|lead\s+officer)\b")
_SOURCE_HEADER = re.compile(r"\W*(?:source|report|inspection|review|report\s+(?:title|name)|origin)\W*")
_SUB_HEADER = re.compile(r"\bsub\b|sub-?rec|\bpart\b|\baction\s+(?:no|ref|number)\b|\bref\b|\bno\.?$")
_UPDATE_HEADER = re.compile(
    r"\b(?:initial|original|first)\s+(?:response|update)|\bupdate\b.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\bupdate\b|"
    r"\b(?:progress|position|response)\s+(?:at|as\s+at|as\s+of|in)\b.*\b(?:19|20)\d\d\b|\b\d{1,2}[- ]month\s+update\b")


def _named_item(cell: str) -> bool:
    """Whether a recommendation column's cell names an item in words and no number ("Commissioners: inclusive
    consultation"): a look at its characters, no pattern (one with two spans of words backtracked on long cells)."""
    cell = cell.strip()
    return len(cell) >= 5 and cell[0].isalpha() and " " in cell and not any(c.isdigit() or c in ".!?" for c in cell)
# a table's last column that counts what the rows name ("Number", "No. of forces", "Count", "Total")
_COUNT_HEADER = re.compile(r"\W*(?:number|no\.?|count|total|tally)(?:\s+of\s+[\w ]{2,30})?\W*")
_VERSION_HEADER = re.compile(r"\W*(?:document\s+)?(?:version|revision|issue\s+no\.?|v\.?)(?:\s+(?:no\.?|number))?\W*")
_BARE_NUMBER = re.compile(r"^\W{0,2}(?:R|Rec\.?\s*)?(?P<nums>\d{1,2}(?:\.\d{1,2})?[a-k]?)\W{0,3}$", re.I)
_LEADING_NUMBER = re.compile(r"^\W{0,2}(?P<nums>\d{1,2}(?:\.\d{1,2})?)[.):\s]")
# a tracker's number cell shared by several recommendations: "11, 12", "13 and 14", "R1 / R2", "R9 and R10", "3 & 4"
# a table's header whose every column only says which recommendation, for whom and what it asks
_OVERVIEW_HEADER = re.compile(r"\W*(?:(?:rec(?:ommendation)?s?\.?|no\.?|number|ref(?:erence)?|#)\s*"
                              r"(?:no\.?|number|ref)?|"
                              r"(?:recommendation\s+)?(?:text|summary|wording|title|subject|theme|topic|description)|"
                              r"(?:addressed\s+)?to|for|recipients?|addressees?|addressed\s+to|(?:made|directed)\s+to|"
                              r"who|for\s+whom|"
                              r"(?:recommendation\s+)?(?:in\s+)?(?:brief|short|summary))?\W*", re.I)
_NUMBERS_CELL = re.compile(r"^\W{0,2}(?P<nums>(?:R|Recs?\.?\s*)?\d{1,2}[a-k]?(?:\s*(?:,|&|\+|-|\u2013|\band\b|\bto\b|"
                           r"\s/\s|/(?=\s*R))\s*(?:R|Recs?\.?\s*)?\d{1,2}[a-k]?)+)\W{0,3}$", re.I)


# the same list opening a cell that goes on to name their subjects: "3 and 4. Recording data; body-worn video"
_NUMBERS_LEAD = re.compile(r"^\W{0,2}(?P<nums>(?:R|Recs?\.?\s*)?\d{1,2}[a-k]?(?:\s*(?:,|&|\band\b|\s/\s)\s*"
                           r"(?:R|Recs?\.?\s*)?"
                           r"\d{1,2}[a-k]?)+)\s*(?:[.):\-\u2013]\s|\s\()", re.I)


def cell_numbers(cell: str) -> list[str]:
    """The recommendations a number cell lists ("11, 12", "R1 / R2", "3 and 4. Recording data; body-worn video"), or
    [] when it holds one number or prose."""
    m = _NUMBERS_CELL.match(cell.strip()) or _NUMBERS_LEAD.match(cell.strip())
    if not m:
        return []
    return expand_numbers(re.sub(r"(?i)\brecs?\.?\s*|\br(?=\d)", "", m.group("nums")).replace("/", ","))
_END_HEADING = re.compile(
    r"^\W*(?:appendix|appendices|annex|annexe|glossary|conclusions?|closing|contact(?:\s+us)?|references|"
    r"further\s+information|yours\s+(?:sincerely|faithfully)|signed|notes?\s+(?:to|for)\s+editors|ends\W*$|"
    r"(?:other\s+)?recommendations\s+"
    r"(?:made|addressed|directed)\s+to|summary\s+of\s+recommendations|letter\s+from)\b", re.I)
_SUBHEADING = re.compile(
    r"^\W*(?:next\s+steps|progress|update|response|our\s+response|actions?|current\s+(?:status|position)|status|"
    r"background|evidence|governance|owner(?:ship)?|lead|timescales?|comments?|summary\s+of\s+progress|"
    r"further\s+(?:work|action)|communications?|policy|audit|training|risks?|outcomes?|notes?|"
    # the answer's heading naming the office that gives it, set at the recommendation's own level:
    # "Recommendation 3a" then "Commissioner's response" (one passage, not two)
    r"(?:the\s+)?(?:police\s+and\s+crime\s+)?(?:commissioner|chief\s+constable|force|pcc|opcc|mayor|constabulary)"
    r"(?:['\u2019]s)?\s+(?:response|update|comments?|position))\b", re.I)
_ANSWER_HEADING = re.compile(
    r"^\W*(?:(?:our|force|pcc|opcc|the\s+force['\u2019]?s|joint|organisational)\s+)?(?:response|update|progress"
    r"(?:\s+update)?|current\s+(?:status|position)|status|position|action\s+taken|actions?\s+taken|"
    r"activity|comments?)\b", re.I)
_RECOMMENDATION_LANGUAGE = re.compile(
    r"\b(?:should|we\s+recommend|must|are\s+recommended\s+to|is\s+recommended\s+to)\b", re.I)
# a recommendation's own sentence: its recipients, then what they should do
_REPORTS_SENTENCE = re.compile(r"\W{0,3}(?:all\s+|that\s+)?(?:chief\s+constables|(?:police\s+)?forces|"
                               r"police(?:,\s+fire)?\s+and\s+crime\s+commissioners|commissioners|pccs|the\s+home\s+office|the\s+npcc|the\s+national"
                               r"\s+police\s+chiefs['\u2019]?\s+council|the\s+college\s+of\s+policing|the\s+apcc|the\s+"
                               r"ministry\s+of\s+justice)\b[^.;:]{0,80}?\bshould\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|our|i|my|has\s+been|have\s+been|was|were)\b", re.I)
# a paragraph that opens with a speaker and a quotation: 'The PCC for Cleveland said: "...', '"...," said the lead.'
_SPEAKER_QUOTE = re.compile(r"^[^\"\u201c\n]{3,160}?\b(?:said|says|added|commented|explained|stated)\s*[:,]?\s*"
                            r"[\"\u201c]|^[\"\u201c][^\"\u201d]{10,}[\"\u201d,]\s*(?:said|says|added)\b", re.I)
# the writer saying in so many words that it leaves the recommendation aside: "is not for the force", "is not covered
# by this update", "was not made to chief constables" (the report's listing verb, negated, as `anchors._LISTING` reads
# it) ("is not for chief constables alone", "is not for us to decide" do not)
_PUT_ASIDE_WORDS = (r"(?:is|are|was|were)\s+not\s+(?:for|addressed\s+to|made\s+to|directed\s+(?:at|to))\s+"
                    r"(?![^.;:]{0,40}?\b(?:alone|only|solely|to\s+\w+)\b)|"
                    # the document's own scope leaving it out: "is not covered in this paper", "is not part of this
                    # decision" (a decision record's or a note's scope, as a paper's)
                    r"not\s+(?:(?:covered|answered|addressed|dealt\s+with)\s+(?:in|by)|part\s+of)\s+"
                    r"this\s+(?:paper|report|document|response|update|letter|page|decision|record|note)")
_NOT_FOR_US = re.compile(
    r"\b(?:not\s+applicable|n/a|not\s+(?:directed|addressed|aimed)\s+at\s+(?:us|the\s+force|forces|pccs?)|"
    r"(?:reply|replying|respond|responding|answer|answering|write|writing|report|reporting)\s+"
    # "I have asked forces to report their progress to you directly": answered by them, elsewhere
    r"(?:(?:on\s+)?(?:their|its)\s+(?:own\s+)?(?:progress|response)\s+)?"
    r"(?:(?:to\s+|on\s+)?(?:it|them|you|the\s+inspectorate|hmicfrs)\s+)?"
    r"(?:separately|directly)|answering\s+them|"
    # "it is not for the force and is not covered in this paper": the writer puts it aside
    + _PUT_ASIDE_WORDS + r"|"
    # "Forces continue to report their own progress on recommendations 4 and 5": others answer them, to others
    r"(?:report|reports|reporting|publish|publishes|publishing)\s+(?:on\s+)?their\s+own\s+(?:progress|responses?)\b|"
    # "Recommendations 16 and 25 ... are being taken forward separately": answered elsewhere, not here
    r"(?:taken\s+forward|dealt\s+with|handled|considered|covered|addressed)\s+(?:separately|elsewhere)|"
    r"(?:published|publish)\s+(?:his|her|its|their)\s+own\s+response|not\s+repeated\s+(?:their|its|the)\s+answers|"
    # a commissioner's "this was a matter for the Chief Constable"; "has been answered by the APCC" (another body's)
    r"(?:is|was|are|were)\s+(?:a\s+)?matters?\s+for\s+the\s+(?:chief\s+constable|force)|"
    r"(?:has|have|had|will\s+be|is\s+being)\s+(?:been\s+)?answered\s+by\s+(?:the\s+)?(?!us\b|our\b|this\b)|"
    # (minutes report it in the past: "The Commissioner said that it was for the Home Office")
    r"(?:is|are|was|were)\s+(?:only\s+)?(?:for|directed\s+(?:at|to)|addressed\s+to)\s+(?:the\s+)?(?:home\s+office|npcc|"
    r"national\s+police|college\s+of\s+policing|government|crown\s+prosecution|cps|ministry|apcc|association\s+of|"
    r"inspectorate|hmicfrs|iopc))\b", re.I)
_PUT_ASIDE = re.compile(r"\b(?:" + _PUT_ASIDE_WORDS + r")\b", re.I)
# a passage opening by saying whose matter the recommendation is, a national body's: "That is a matter for the
# Government.", "This is a matter for the Home Office." (read at the passage's start only: inside an answer, "... which
# we believe is a matter for the Ministry of Justice" puts aside a part, not the recommendation)
_MATTER_FOR = re.compile(r"\W{0,3}(?:that|this|it|which)\s+(?:is|was|remains)\s+(?:a\s+)?matters?\s+for\s+(?:the\s+)?"
                         r"(?:home\s+office|government|npcc|national\s+police|college\s+of\s+policing|apcc|ministry|"
                         r"crown\s+prosecution|cps|inspectorate|hmicfrs|iopc)\b", re.I)
# "in recommendation 1, to the Home Office", "recommendation 1 (for the NPCC)", "Recommendation 1 of the report, to the
# Home Office, ...": named only as another body's (the report named between the number and its recipient is the
# same apposition)
_NAMED_FOR_OTHER = re.compile(r"\brecommendation\s+" + _NUM + r"(?:\s+of\s+(?:the|that|this|its)\s+report)?\s*[,:(]?\s*"
                              r"(?:is\s+|was\s+)?(?:for|to|addressed\s+to)"
                              r"\s+(?:the\s+)?(?:home\s+office|npcc|national\s+police\s+chiefs|college\s+of\s+policing|"
                              r"government|ministry\s+of\s+justice|apcc)\b", re.I)
# a passage whose opening sentence has the recommendation for its subject, named with a national body as its recipient:
# "Recommendations 2, 3 and 7 are for the Home Office", "Recommendation 1, to the Home Office, asks it to ...",
# "Recommendation 1 asks the Home Office to ...", "The recommendation to the NPCC on data standards is being taken
# forward nationally": whose recommendation it is is settled where it is named, so it is that body's, whatever the
# passage runs on into, unless the writer is that body (or the sentence joins a local recipient to it: "asks the Home
# Office and chief constables")
_OPENS_AS_THEIRS = re.compile(
    r"\W{0,3}(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?(?:the\s+)?(?:report['\u2019]s\s+)?recommendations?"
    r"(?:\s+(?:no\.?\s*)?" + _NUMLIST + r")?"
    r"(?:\s+of\s+(?:the|that|this|its)\s+report)?\s*[,:(]?\s*"
    r"(?:(?:is|are|was|were)\s+(?:only\s+|solely\s+)?(?:for|addressed\s+to|directed\s+(?:at|to)|made\s+to)|to|for|"
    r"asks|asked|calls\s+on|called\s+on|requires|required)\s+(?:the\s+)?"
    r"(?P<who>home\s+office|npcc|national\s+police\s+chiefs|college\s+of\s+policing|government|ministry\s+of\s+justice|"
    r"apcc|association\s+of\s+police\s+and\s+crime)\b"
    r"(?![^.;,]{0,40}?\s(?:and|with)\s+(?:the\s+)?(?:chief|forces?\b|police\s+and\s+crime|commissioners|pccs|"
    r"policing\s+bodies|mayors?))", re.I)
# a sentence whose subject is a national body, in the third person: "The College of Policing will revise its guidance
# (action 1)." (that body's own act or plan, told by a writer that is not that body: its news, not the writer's answer)
_THEIRS_SUBJECT = re.compile(r"\W{0,3}(?:the\s+)?(?P<who>home\s+office|government|npcc|national\s+police\s+"
                             r"chiefs['\u2019]?\s+council|college\s+of\s+policing|ministry\s+of\s+justice|apcc|association\s+of\s+police"
                             r"\s+and\s+crime\s+commissioners)\s+(?:has|have|had|will|is|are|was|were|\w+s)\b", re.I)
# the organisation each recipient `_OPENS_AS_THEIRS` names is (the government's is the Home Office's)
_THEIRS_ID = (("home", "home-office"), ("gov", "home-office"), ("npcc", "npcc"), ("national", "npcc"),
              ("college", "college-of-policing"), ("ministry", "ministry-of-justice"), ("apcc", "apcc"),
              ("association", "apcc"))
# the writer's own act in the first person, after another's part in one sentence ("..., and we have issued ...")
_OWN_ACT = re.compile(r"\b(?:[Ww]e|I)\s+(?:have|had|will|shall|are|am|were|was|did|\w+ed)\b")
# a list's lead-in giving the report's own words: "The report recommends that:", "Its recommendations are:", "The
# inspectorates asked chief constables to:"
_REPORTS_LEAD_IN = re.compile(r"\b(?:report|it|they|inspectorates?|investigation)\s+(?:also\s+)?(?:recommends?|"
                              r"recommended|asks?|asked|calls?\s+for|called\s+for|says?|said|found)\b|"
                              r"\brecommendations?\s+(?:are|were|is|was)\b", re.I)
# a record's answer line: a label of progress or status, its colon, then the answer ("Position reported: Ongoing")
_RECORD_ANSWER_LINE = re.compile(r"^[ \t]*(?:progress|status|update|response|(?:current\s+)?position)(?:\s+\w+)?"
                                 r"[ \t]*:[ \t]*\w", re.I | re.M)
# a section's heading that puts what it holds outside the writer's answers: "Recommendations not for commissioners",
# "Actions for other bodies", "Recommendations to other bodies" (the report's own preposition for its recipients)
_OTHERS_SECTION = re.compile(r"\bnot\s+(?:for|addressed\s+to|directed\s+(?:at|to)|applicable\s+to)\s|"
                             r"\b(?:for|to)\s+other\s+(?:bodies|organisations|organizations|agencies|partners)\b"
                             r"(?![\u2019'])", re.I)
# a tracker's cell at the end of an answer: "For the NPCC.", "A matter for the Home Office." (read on the tail only)
_WHOSE_ONLY = re.compile(r"(?:^|[|.;:\-\u2013]\s*)(?:(?:this\s+is\s+)?a\s+matter\s+)?for\s+(?:the\s+)?(?:home\s+office|"
                         r"npcc|national\s+police\s+chiefs|college\s+of\s+policing|apcc|government|ministry\s+of\s+"
                         r"justice)\W*$", re.I)


# a freedom of information reply's answer that the information is not held says nothing about the recommendation
# (read in the passage's first sentence: "Recommendation 6 is for the commissioner, and the force holds no information
# about it" run on after another answer is that other number's passage, not a word on this one)
_NOT_HELD = re.compile(r"\b(?:(?:does|do)\s+not\s+hold\s+(?:this|the|that|any)\s+information|holds?\s+no\s+"
                       r"information)\b", re.I)


def _not_held(answer: str) -> bool:
    if "hold" not in answer[:300]:
        return False
    end = answer.find(". ")
    return bool(_NOT_HELD.search(answer, 0, end if end > 0 else 300))


def _not_for_us(answer: str) -> bool:
    return bool(_NOT_FOR_US.search(answer[:300]) or _WHOSE_ONLY.search(answer[-60:])
                or _NOT_FOR_NAMED.fullmatch(answer))


# whom a recommendation is for, among the local bodies: read against the kinds of body that wrote the document
_FOR_LOCAL = re.compile(r"\b(?:is|are)\s+(?:only\s+|solely\s+|(?P<also>also\s+))?(?:for|addressed\s+to|"
                        r"directed\s+(?:at|to)|"
                        r"a\s+matter\s+for)\s+(?:the\s+)?(?P<who>chief\s+constables?|(?:police\s+)?forces|force|chief\s+"
                        r"officers|police(?:,\s+fire)?\s+and\s+crime\s+commissioners?|commissioners?|pccs?|opcc|office\s+of\s+"
                        # a mayor's office is London's and Manchester's policing body ("is for MOPAC")
                        r"the\s+police|mopac|(?:deputy\s+)?mayor)\b", re.I)
# another party named as the one that will answer: "The Chief Constable will answer recommendations 1 and 2 through
# the NPCC" in a commissioner's letter (read against the kinds of body that wrote the document: a force's "the force
# will report on recommendation 3 to the panel" is its own)
_ANSWERED_BY = re.compile(r"\b(?:the\s+)?(?P<who>chief\s+constables?|(?:police\s+)?forces?|(?:police(?:,\s+fire)?\s+"
                          r"and\s+crime\s+)?commissioners?|pccs?|opcc|(?:deputy\s+)?mayor|mopac|npcc|national\s+police\s+"
                          r"chiefs['\u2019]?\s+council|apcc|home\s+office|college\s+of\s+policing)"
                          r"(?:\s+for\s+[\w ]{3,40}?)?\s+(?:will|is\s+to|are\s+to|is\s+going\s+to|intends?\s+to|"
                          r"plans?\s+to)\s+(?:answer|respond\s+to|"
                          r"reply\s+to|report\s+on|respond\s+on)\b", re.I)
# a national body's act as the subject of the passage's first sentence, with the recommendation only as what it asks
_THEIRS_AS_ASKED = re.compile(r"\W{0,3}(?:the\s+)?(?:apcc|npcc|home\s+office|college\s+of\s+policing|association\s+"
                              r"of\s+police\s+and\s+crime\s+commissioners|national\s+police\s+chiefs['\u2019]?\s+council|"
                              r"government|ministry\s+of\s+justice)\s+(?:is|are|has|have|will|was|were)\b[^.;]{0,160}?"
                              r",?\s+as\s+(?:the\s+)?recommendations?\s+\d{1,2}[a-k]?\s+(?:asks|asked|requires|required|"
                              r"envisages|envisaged|recommends|recommended|sets\s+out)\b", re.I)
_TOLD_BY_THEM = re.compile(r"\b(?:the\s+force|the\s+chief\s+constable|forces|the\s+commissioner|the\s+pcc|the\s+opcc|"
                           r"the\s+commissioner['\u2019]s\s+office)\s+(?:has|have|had)\s+(?:told|informed|assured|"
                           r"reported|confirmed|completed|finished|\w+ed)\b|\b(?:told|assured|informed)\s+(?:us|me)\b",
                           re.I)
# a tracker row's only words: "Not for GMP", "Not applicable to the force" (dashes in the empty cells)
_NOT_FOR_NAMED = re.compile(r"\W*not\s+(?:for|applicable\s+to|relevant\s+to)\s+[\w&'\u2019 ]{2,30}?[\s\W]*", re.I)
# what makes a sentence an answer rather than a description of the recommendations
ANSWER_WORDS = re.compile(
    r"\b(?:we|our|us|i|my|has\s+been|have\s+been|had\s+been|was|were|is\s+being|are\s+being|will|shall|we'll|"
    r"completed?|implemented|introduced|launched|issued|agreed|accept(?:s|ed)?|commissioned|funded|appointed|"
    r"reviewed|started|begun|began|planned|plan\s+to|awaiting|waiting|await|in\s+place|under\s*way|ongoing|"
    r"in\s+progress|not\s+yet|done|finished|delivered|adopted|adopt|established|developed|developing|drafted|"
    r"drafting|working|support(?:s|ed)?|welcome[sd]?|follow|regard|consider|due\s+to|start|begin|expect(?:s|ed)?|"
    r"achieved|ongoing|being|asked|"
    # a perfect, of an irregular verb too ("The force has given the project team a summary")
    r"(?:has|have|had)\s+(?:\w+ed|given|sent|held|written|taken|built|brought|shown|told|met|run|made|put|set|sought)|"
    r"changed|created|added|revised|updated|trained|briefed|"
    r"published|set\s+up|put\s+in\s+place|starts|begins|commences|live)\b", re.I)


def answer_content(sentence: str) -> bool:
    return bool(ANSWER_WORDS.search(sentence))


# a wish for another body's work ("We would welcome the involvement of commissioners", "We look forward to the Home
# Office's review") and another body's news ("The Home Office has not yet responded") say nothing of the writer's own
_WISH = re.compile(r"\W*(?:we|i|the\s+[\w'\u2019 ]{2,50}?)\s+(?:would\s+(?:welcome|like\s+to\s+see|encourage|urge)|"
                   r"looks?\s+forward\s+to|hopes?\s+(?:that|to)|(?:would\s+)?(?:encourages?|urges?)\s+(?:the|it|them))\b",
                   re.I)
_THEIR_SILENCE = re.compile(r"\W*(?:the\s+)?(?:home\s+office|government|npcc|national\s+police\s+chiefs['\u2019]?\s+"
                            r"council|college(?:\s+of\s+policing)?|ministry(?:\s+of\s+justice)?|cps|crown\s+prosecution"
                            r"\s+service|apcc|inspectorate|hmicfrs)\s+(?:has|have|had)\s+not\s+(?:yet\s+)?(?:responded|"
                            r"replied|published\s+(?:its|a|their)\s+(?:response|reply)|said\s+how)\b", re.I)


# another body's act done as the recommendation asked: "...; it has done so", "The APCC has now responded" (read only
# where no national body wrote the document: the body itself would say "we")
_THEIR_DONE = re.compile(r"\W*(?:it|they|the\s+(?:home\s+office|government|npcc|national\s+police\s+chiefs['\u2019]?\s+"
                         r"council|college(?:\s+of\s+policing)?|ministry(?:\s+of\s+justice)?|apcc|association\s+of\s+"
                         r"police\s+and\s+crime\s+commissioners))\s+(?:has|have|had)\s+(?:now\s+|already\s+|since\s+)?"
                         r"(?:done\s+so|responded|replied|published\s+(?:its|a|their)\s+(?:response|reply))\W*$", re.I)
_DESCRIBES = re.compile(r"\W*(?:the\s+report['\u2019]s\s+)?recommendations?\s+\d{1,2}[a-k]?\s+(?:asks|asked|calls|"
                       r"called|is\s+for|are\s+for|is\s+addressed|requires|recommends|wants|seeks)\b", re.I)


def _others_news_only(answer: str, done: bool = False) -> bool:
    """Whether an answer says only what the recommendation asks and whom of, and then wishes for that body's work or
    gives its news (a signature line, with no answer's words, may follow). `done`: that body's act done counts as its
    news too ("Recommendation 27 asked the APCC to respond ...; it has done so"), for a writer that is not a national
    body."""
    theirs_done = done and ("done so" in answer or "responded" in answer or "replied" in answer
                            or "published" in answer)
    if not theirs_done and "not" not in answer and "welcome" not in answer and "forward" not in answer \
            and "hope" not in answer and "urge" not in answer and "encourage" not in answer and "like" not in answer:
        return False  # cheap gate: neither pattern can match
    news = False
    for a, e in sentences(answer, 0, len(answer)):
        if _WISH.match(answer, a, e) or _THEIR_SILENCE.match(answer, a, e) or (
                theirs_done and _THEIR_DONE.match(answer, a, e)):
            news = True
        elif _DESCRIBES.match(answer, a, e):
            semi = answer.find(";", a, e)
            if theirs_done and semi > 0 and _THEIR_DONE.match(answer, semi + 1, e):
                news = True  # "...; it has done so": the description, then that body's news, in one sentence
        elif answer_content(answer[a:e]):
            return False
    return news


_HEADING_PLACES = PLACE_WORDS
# a recommendation named by its place in the report: "your fourth recommendation", "the report's twelfth recommendation"
ORDINAL_REC = re.compile(r"\b(?:your|the|its|their)\s+(?:report['\u2019]s\s+)?(?P<ord>" + "|".join(_HEADING_PLACES)
                         + r")\s+recommendation\b(?!s)", re.I)
ORDINAL_PLACE = {w: i for i, w in enumerate(_HEADING_PLACES)}
_ORDINAL_HEADING = re.compile(r"\W{0,3}(?:(?:our\s+)?(?:response|update)\s+(?:to|on)\s+)?(?:the\s+|your\s+|its\s+)?"
                              r"(?P<ord>" + "|".join(_HEADING_PLACES) + r")\s+recommendation\b(?!s)", re.I)
_WORDS = re.compile(r"[a-z0-9]+")
_CLOSING_REMARK = re.compile(r"\([^()]{3,120}\)\W*$")
# a heading's words that say what it is about (four letters or more, less the words every section heading uses)
_SUBJECT_WORDS = re.compile(r"[a-z]{4,}")
_GENERIC_HEADING = frozenset("""response responses update updates progress police force forces commissioner
commissioners report action actions plan plans next steps with from joint position status current background overview
summary recommendations their this that what work about other further areas area local national chief constable
constables office governance risks risk comments""".split())
# (a plural in -ies is its singular in -y, and an adjective in -al or a word's last e its root: "policies" and
# "policy", "cultural" and "cultures", "service" and "services" read as one word; "police" stays apart from "policy")
_SUFFIXES = ("ings", "ing", "ments", "ment", "ies", "ed", "es", "s", "al", "e")
# a count of one group's recommendations the document says it answers: "There are two recommendations for
# commissioners", "the three recommendations made to policing", "both of the recommendations addressed to PCCs"
_GROUP_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DECLARED_GROUP = re.compile(
    r"\b(?P<n>both|two|three|four|five|six|[2-9])\s+(?:of\s+(?:the|its|your)\s+)?(?:[\w-]+\s+)?recommendations\s+"
    r"(?:(?:that\s+(?:are|were)\s+)?(?:made|addressed|directed)\s+)?(?:to|for|at)\s+(?:the\s+)?"
    r"(?P<who>policing|police\s+forces|forces|chief\s+(?:constables|officers)|police\s+and\s+crime\s+commissioners|"
    r"commissioners|pccs|policing\s+bodies)\b", re.I)
# the narrower words first: "police forces" are chief constables, "policing" every policing body
_GROUP_CLASSES = [("forces", {"chief_constables"}), ("chief", {"chief_constables"}),
                  ("commissioners", {"policing_bodies"}), ("pccs", {"policing_bodies"}),
                  ("bodies", {"policing_bodies"}),
                  ("polic", {"chief_constables", "npcc", "policing_bodies", "college_of_policing", "apcc"})]


@functools.lru_cache(maxsize=512)
def subject_stems(text: str) -> frozenset[str]:
    """A recommendation text's words as `_stem` gives them (the catalogue's texts are few and read by every document:
    kept once)."""
    return frozenset(_stem(w) for w in _SUBJECT_WORDS.findall(text.lower()))


def _stem(word: str) -> str:
    """"commissioned" and "commissioning" as one word, "services" and "service", "assessment" and "assess" (a
    heading's words against a recommendation's); "access" keeps its last s."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[:-3] + "y" if suffix == "ies" else word[:-len(suffix)]
    return word
_SHORTHAND_STATUS = re.compile(r"^\W{0,3}(?:WIP|TBC|BAU|\d{1,3}\s?%)(?:\W|$)")
_RECIPIENTS_ONLY = re.compile(r"^\W*(?:to|for)\s+(?:the\s+|all\s+)?(?:chief|police|home|national|college|recipients|"
                              r"forces|pccs?)\b", re.I)
_RECIPIENT_HEADING = re.compile(r"^\W{0,3}(?:our\s+)?(?:rec(?:ommendation)?s?\.?)\s*\S{1,8}\s*[.:)\-\u2013]?\s*"
                                r"(?:\(\s*)?(?:to|for)\s+(?:the\s+)?(.{3,120})$", re.I)


@dataclass
class Marker:
    block: int
    numbers: list[str]
    kind: str  # plain | response | status | notes | row
    label: str
    start: int
    end: int  # end of the marker phrase in the document text
    outline: int | None = None  # depth of an outline number before it ("2.1" is 2), if any
    closes: bool = False  # a verdict closing its paragraph ("We regard recommendation 1 as complete."): the answer ends


@dataclass
class UpdateColumn:
    """A column of dated updates in an action plan."""

    index: int
    header: str
    as_of: str | None
    initial: bool = False


@dataclass
class TableRowParts:
    """One table row of a passage, cell by cell: an action plan's sub-recommendation, owner and updates."""

    block: int
    sub: str | None = None
    cells: dict[int, tuple[int, int]] = field(default_factory=dict)
    roles: dict[int, str] = field(default_factory=dict)

    def cells_of(self, role: str) -> list[tuple[int, int]]:
        return [span for ci, span in sorted(self.cells.items()) if self.roles.get(ci) == role]


@dataclass
class Segment:
    numbers: list[str]
    kind: str
    label: str
    start: int
    end: int
    blocks: list[int]
    quote: list[tuple[int, int]] = field(default_factory=list)
    answer: list[tuple[int, int]] = field(default_factory=list)
    status_cells: list[tuple[int, int]] = field(default_factory=list)
    ref_spans: list[tuple[int, int]] = field(default_factory=list)
    text_match: str | None = None  # catalogue id whose text the passage quotes
    ids: list[str] = field(default_factory=list)
    rows: list[TableRowParts] = field(default_factory=list)  # a table passage's rows, cell by cell
    update_columns: list[UpdateColumn] = field(default_factory=list)

    def answer_text(self, text: str) -> str:
        return " ".join(text[s:e] for s, e in self.answer)

    def quote_text(self, text: str) -> str:
        return " ".join(text[s:e] for s, e in self.quote)


def expand_numbers(nums: str) -> list[str]:
    return list(_expanded(nums))  # a list of its own: callers extend it


@functools.lru_cache(maxsize=4096)
def _expanded(nums: str) -> tuple[str, ...]:
    """"4 to 6", "2, 3 and 7", "R1 / R2": the numbers, in order, once each (read for every sentence that names one,
    so kept: a document says the same few over and over)."""
    found = re.findall(_NUM, nums, re.I)
    out: list[str] = []
    pieces = re.split(r"\s*(?:,|and|&|or)\s*", nums)
    for piece in pieces:
        m = re.match(
            r"^(?:recommendation\s+)?(" + _NUM + r")\s*(?:to|-|\u2013)\s*(?:recommendation\s+)?(" + _NUM + r")$",
            piece.strip(),
            re.I,
        )
        if m:
            a, b = _num(m.group(1)), _num(m.group(2))
            if a.isdigit() and b.isdigit() and 0 < int(b) - int(a) < 30:
                out.extend(str(i) for i in range(int(a), int(b) + 1))
                continue
        for f in re.findall(_NUM, piece, re.I):
            out.append(_num(f))
    if not out:
        out = [_num(f) for f in found]
    seen = []
    for n in out:
        if n not in seen:
            seen.append(n)
    return tuple(seen)


def _num(token: str) -> str:
    t = token.strip().lower().replace(" ", "").replace("(", "").replace(")", "")
    return _WORD_NUMS.get(t, t)


def _bigrams(text: str) -> set:
    """The word pairs of a text (the words alone: quotes, dashes and spacing make no difference)."""
    w = _WORDS.findall(text.lower())
    return set(zip(w, w[1:]))


def containment(block_grams: set, rec_grams: set, shared: int | None = None) -> float:
    """shared: how many pairs the two have, when the caller has counted them (len(block_grams & rec_grams))."""
    if len(block_grams) < 3 or not rec_grams:
        return -1.0  # too short to say
    return (len(block_grams & rec_grams) if shared is None else shared) / len(block_grams)


@functools.lru_cache(maxsize=64)
def _catalogue_grams(texts: tuple[tuple[str, str], ...]) -> tuple[dict[str, frozenset], dict[tuple, tuple[str, ...]]]:
    """The word pairs of each recommendation's text (by id), and which recommendations have each pair: the same for
    every document answering the report, so made once, not once a document."""
    grams = {rid: frozenset(_bigrams(text)) for rid, text in texts}
    having: dict[tuple, list[str]] = {}
    for rid, g in grams.items():
        for pair in g:
            having.setdefault(pair, []).append(rid)
    return grams, {pair: tuple(rids) for pair, rids in having.items()}


def _quote_bar(grams: set) -> float:
    """Share of a block's word pairs found in a recommendation for it to count as quoting it:
    a short answer that paraphrases the recommendation ("this letter provides an update")
    shares many of its few pairs, so short blocks need more."""
    return scores.QUOTE_SHARE_LONG if len(grams) >= scores.QUOTE_LONG_PAIRS else scores.QUOTE_SHARE_SHORT


def _follows(prev: Segment | None, s: Segment) -> bool:
    """s continues prev's numbering (7 then 8), as the items of one list do."""
    try:
        return prev is not None and int(s.numbers[0]) == int(prev.numbers[-1]) + 1
    except (ValueError, IndexError):
        return False


def _takes_one_by_one(current: Segment, m: Marker) -> bool:
    """"Progress on recommendations 1 and 5" then "In respect of recommendation 1, ..." and "As regards
    recommendation 5, ...": a sentence naming some of the passage's recommendations opens an answer of its own."""
    return m.kind == "sentence" and len(current.numbers) > 1 and set(m.numbers) < set(current.numbers)


_OUTLINE_DIGITS = re.compile(r"\d{1,2}(?:\.\d{1,2})*")


def _outline_depth(outline: str | None) -> int | None:
    m = _OUTLINE_DIGITS.search(outline or "")
    return m.group().count(".") + 1 if m else None


def block_marker(b: Block, i: int = -1) -> Marker | None:
    """The marker a block opens with ("Recommendation one (HMICFRS Ref #17531)", "Response to recommendation
    4"), or None when it has none or is a sentence about the recommendations rather than a heading."""
    if b.kind == TABLE_ROW:
        return None
    head = b.text[:160].lower()
    if "rec" not in head and not _R_NUMBER.search(head):
        return None  # every marker names a recommendation ("rec", "recommendation", "R5")
    m = _MARKER.match(b.text)
    if not m:
        # a heading that names its recommendation by its place: "The fourth recommendation (protective notices)"
        o = _ORDINAL_HEADING.match(b.text) if (b.kind == HEADING or b.bold) and len(b.text) <= 160 else None
        if o:
            first_line = b.text.split("\n", 1)[0]
            return Marker(i, [str(_HEADING_PLACES.index(o.group("ord").lower()) + 1)], "plain", first_line[:200],
                          b.start, b.start + o.end())
        return _trailing_marker(b, i)
    if b.kind not in (HEADING, LIST_ITEM) and not b.bold and len(b.text) > 300:
        # a long paragraph only counts when the number is set off like a heading
        # (or the marker is a line of its own: a heading the text reader joined to its paragraph)
        after = b.text[m.end():m.end() + 3]
        if not re.match(r"^[ \t]*(?:\n|[-\u2013:.)(])", after):
            return None
    if _PROSE_AFTER.match(b.text, m.end()):
        return None  # "Recommendations 1, 4 and 5 are for chief constables": a sentence about them
    kind = "plain"
    if m.group("resp") or m.group("suffix"):
        kind = "response"
    elif m.group("status"):
        kind = "status"
    elif m.group("notes"):
        kind = "notes"
    nums = expand_numbers(m.group("nums"))
    first_line = b.text.split("\n", 1)[0]
    label = first_line if len(first_line) <= 200 else b.text[: m.end()]
    return Marker(i, nums, kind, label, b.start, b.start + m.end(), _outline_depth(m.group("outline")))


# a heading that names its subject first and the recommendation after it: "Training (recommendation 10)",
# "Argymhelliad 6 / Recommendation 6" (Welsh and English), "Victim information - Recommendation 25"; the part of it
# the section covers may follow the number ("Support services (recommendation 3, part a)"): the section is still 3's
_TRAILING_MARKER = re.compile(
    # ("(report recommendation 1)": a paper numbering its own sections names the report's number so)
    r"(?:\(|/|\||\s[-\u2013\u2014:]\s)\s*(?:HMICFRS\s+|(?:the\s+)?report(?:['\u2019]s)?\s+)?(?:recommendations?|recs?\.?)"
    r"\s*(?:no\.?\s*|number\s+)?(?P<nums>" + _NUMLIST + r")"
    r"(?:\s*,?\s*(?:part|parts|element|strand)\s+(?:[a-h]|\d{1,2}|[ivx]{1,4})\b)?"
    r"\s*\)?\W{0,2}$", re.I)


def _trailing_marker(b: Block, i: int) -> Marker | None:
    if b.kind != HEADING or len(b.text) > 120 or "\n" in b.text.strip():
        return None
    m = _TRAILING_MARKER.search(b.text)
    if not m:
        return None
    return Marker(i, expand_numbers(m.group("nums")), "plain", b.text.strip(), b.start, b.start + m.end(), None)


def find_markers(doc: Document, super_complaint: SuperComplaint | None = None) -> list[Marker]:
    markers = [m for m in (block_marker(b, i) for i, b in enumerate(doc.blocks)) if m]
    quoted = _quoted_message(doc)
    if quoted is not None:
        # a reply above the message it answers ("-----Original Message-----"): the request quoted below lists the
        # recommendations it asked about, and the reply above answers them; read the reply when it answers any
        reply = _bare_number_markers(doc, [m for m in markers if m.block < quoted], quoted)
        reply = _number_led_lines(doc, reply, super_complaint, quoted)
        if reply:
            return reply
    return _question_markers(doc, _number_led_lines(doc, _bare_number_markers(doc, markers), super_complaint))


# a request's numbered question naming one recommendation: "2. What is the current position on recommendation 4?"
_QUESTION_ITEM = re.compile(r"^\W{0,2}(?:q(?:uestion)?\s*)?(?P<q>\d{1,2})[.):]\s+(?P<rest>[^?]{5,300}\?)", re.I)
# the reply's answer to it by the question's number: "Question 2. The force has drafted ...", "Q2: ..."
_QUESTION_ANSWER = re.compile(r"^\W{0,2}(?:question|q)\s*(?P<q>\d{1,2})\b\s*[.):\-\u2013]?\s+(?=\S)", re.I)


def _question_markers(doc: Document, markers: list[Marker]) -> list[Marker]:
    """A reply to numbered questions answers by the question's number ("Question 2. The force has drafted ..."): the
    number is the request's, and the recommendation is the one its question names ("2. What is the current position
    on recommendation 4?"), as an analyst reads a freedom of information reply. Only a question naming one
    recommendation maps; an answer the markers already read (its sentence naming the recommendation) keeps that."""
    asked: dict[str, list[str]] = {}
    answers: list[tuple[int, re.Match]] = []
    for i, b in enumerate(doc.blocks):
        if b.kind == TABLE_ROW or len(b.text) > 1500:
            continue
        t = b.text
        if "?" in t[:320]:
            m = _QUESTION_ITEM.match(t)
            if m:
                named = [n for x in _NAMED_NUMBERS.finditer(m.group("rest")) for n in expand_numbers(x.group(1))]
                if len(named) == 1:
                    asked[m.group("q")] = named
                continue
        if asked and t[:1] in "Qq":
            m = _QUESTION_ANSWER.match(t)
            if m and m.group("q") in asked:
                answers.append((i, m))
    if not answers:
        return markers
    covered = {m.block for m in markers}
    extra = []
    for i, m in answers:
        # the anchors may have split the answer after "Question 2." (its sentence naming the recommendation)
        if i in covered or (i + 1 in covered and doc.blocks[i + 1].start - doc.blocks[i].start <= m.end() + 1):
            continue
        b = doc.blocks[i]
        extra.append(Marker(i, asked[m.group("q")], "plain", b.text[:200], b.start, b.start + m.end(), None))
    return sorted(markers + extra, key=lambda m: m.block) if extra else markers


# a short line led by the report's numbers and a dash or colon, then its answer: "15 - done. The review ...",
# "7.1 and 7.2 – done", "Recs 3/4: in hand" (an email's or a note's list; a full stop after the number is the
# document's own paragraph numbering, and a time "16:52" has no space after its colon)
_NUMBER_LED = re.compile(r"^\W{0,2}(?:recs?\.?\s*|recommendations?\s+)?(?P<nums>\d{1,2}(?:\.\d{1,2})?[a-k]?"
                         r"(?:\s*(?:,|&|/|\band\b)\s*\d{1,2}(?:\.\d{1,2})?[a-k]?)*)[ \t]*[-\u2013\u2014:][ \t]+(?=\S)",
                         re.I)
_LED_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})?[a-k]?")
# the document naming a recommendation by number anywhere ("rec 7", "recommendations 15 and 16"): its numbers are
# the report's, not only its own
_NAMES_A_NUMBER = re.compile(r"\brec(?:ommendation)?s?\.?\s*(?:no\.?\s*)?\d", re.I)


def _number_led_lines(doc: Document, markers: list[Marker], super_complaint: SuperComplaint | None,
                      limit: int | None = None) -> list[Marker]:
    """A list of short lines each led by a report's number and a dash or colon answers each number, as an analyst
    reads an email's "15 - done" / "16 - accepted, but not yet started". Whose numbering the numbers are decides it:
    every number must be one of the report's recommendations (or a part of one), the document must name some
    recommendation by number elsewhere, and at least two such lines must say something after the dash (answer
    words; one line led by a number is a figure or a heading). A run 1, 2, 3, ... from one is
    the document's own item numbering (minutes' "1 - Apologies") unless the text names each as a recommendation.
    A line the markers already read ("Rec 9: in hand") counts towards the list, and one naming more numbers than its
    marker read ("Recs 12/13 - not started") answers them all."""
    if super_complaint is None or not super_complaint.recommendations:
        return markers
    ids = {r.id for r in super_complaint.recommendations}
    by_block = {m.block: m for m in markers}
    # numbers a heading or line already names ("## Recommendations 18 to 21" over "- 20: case files: on hold"): the
    # group heading's own reading takes each line by its number
    named = {n for m in markers if len(m.numbers) > 1 for n in m.numbers}
    cands: list[tuple[int, re.Match, list[str]]] = []
    said = 0  # lines whose words answer
    for i, b in enumerate(doc.blocks[:limit]):
        if b.kind == TABLE_ROW or len(b.text) > 800:
            continue
        m = _NUMBER_LED.match(b.text)  # anchored: fails within a few characters on every other block
        if not m:
            continue
        nums = _LED_NUMBER.findall(m.group("nums"))
        if not all(n in ids or parent_number(n) in ids for n in nums):
            continue
        if i not in by_block and all(n in named for n in nums):
            continue
        said += answer_content(b.text[m.end():m.end() + 200])
        cands.append((i, m, nums))
    if said < 2 or not any(i not in by_block or len(nums) > len(by_block[i].numbers) for i, _, nums in cands) \
            or not _NAMES_A_NUMBER.search(doc.text):
        return markers
    led = sorted({int(re.match(r"\d+", n).group()) for _, _, nums in cands for n in nums})
    if led == list(range(1, len(led) + 1)):
        listed = {n for x in _NAMED_NUMBERS.finditer(doc.text) for n in expand_numbers(x.group(1))}
        if not all(n in listed for _, _, nums in cands for n in nums):
            return markers
    out = dict(by_block)
    for i, m, nums in cands:
        if i not in out:
            b = doc.blocks[i]
            out[i] = Marker(i, nums, "plain", b.text[:200], b.start, b.start + m.end(), None)
        elif len(nums) > len(out[i].numbers) and set(out[i].numbers) <= set(nums):
            out[i] = replace(out[i], numbers=nums)
    return sorted(out.values(), key=lambda m: m.block)


_QUOTED_MESSAGE = re.compile(r"^\s*(?:-{2,}\s*(?:original\s+message|forwarded\s+message)|_{5,}\s*$|from:[^\n]{3,120}\n"
                             r"\s*sent:)", re.I)


def _quoted_message(doc: Document) -> int | None:
    """The block where an email's quoted earlier message begins, after the reply (not the email's own header)."""
    for i, b in enumerate(doc.blocks):
        if i > 2 and b.kind != TABLE_ROW and _QUOTED_MESSAGE.match(b.text):
            return i
    return None


# "r5" as a word's start ("\br\d"), written to open with its letter: a pattern opening with \b was tried at every
# position of each block's head, one opening with "r" only at each "r" (a quarter of the time; the same matches)
_R_NUMBER = re.compile(r"r(?<!\wr)\d")
# a heading naming whom its section's recommendations are for: "Recommendations to the Chief Constable",
# "## Recommendations for police and crime commissioners" (the recipient alone: no number, no other words)
_RECIPIENT_HEADING = re.compile(r"[#*_\s]*recommendations\s+(?:made\s+|addressed\s+)?(?:to|for)\s+(?:the\s+)?"
                                r"(?P<who>[\w\s'\u2019]{3,50}?)[\s:*_]*", re.I)
_RECIPIENT_HEADING_LINE = re.compile(r"^[#*_ \t]*recommendations\s+(?:made\s+|addressed\s+)?(?:to|for)\s", re.I | re.M)
# a record's form row that names its subject: "Title | ...", "Subject | ...", "Re: | ..."
_TITLE_CELL = re.compile(r"^\W{0,2}(?:title|subject|re|decision\s+title|report\s+title)\W{0,2}\s*\|", re.I)
_NAMED_NUMBERS = re.compile(r"\brecommendations?\s+(?:no\.?\s*|number\s+)?(" + _NUMLIST + r")", re.I)


def _bare_number_markers(doc: Document, markers: list[Marker], limit: int | None = None) -> list[Marker]:
    """"7.1 Chief constables should ..." opens the answer to recommendation 7.1 when the document's own
    list of recommendations uses that numbering; "2.1 Background" stays a section of the document. Only the blocks
    before `limit` are read, when given."""
    have = {n for m in markers for n in m.numbers}
    cands = []
    for i, b in enumerate(doc.blocks[:limit]):
        if b.kind == TABLE_ROW or len(b.text) > 1200:
            continue
        m = _OUTLINE_NUMBER.match(b.text) if len(b.text) <= 400 else None
        if m and m.group(1) not in have and _RECOMMENDATION_LANGUAGE.search(b.text, m.end(), m.end() + 200):
            cands.append((i, m))
            continue
        # an email's or a note's answers, each opened by the number and its topic: "6 (officers' understanding of
        # protective measures) - 2,140 of our officers have ...", "3 (bail conditions): not yet started"
        m = _NUMBER_TOPIC.match(b.text)
        if m and m.group(1) not in have:
            cands.append((i, m))
    if len(cands) < 2:
        return markers
    listed = {n for x in _NAMED_NUMBERS.finditer(doc.text) for n in expand_numbers(x.group(1))}
    marked = {m.block for m in markers}
    extra = [Marker(i, [m.group(1)], "plain", doc.blocks[i].text[:200], doc.blocks[i].start,
                    doc.blocks[i].start + m.end(), m.group(1).count(".") + 1)
             for i, m in cands if m.group(1) in listed and i not in marked]
    if len(extra) < 2:
        return markers
    return sorted(markers + extra, key=lambda m: m.block)


_NUMBER_TOPIC = re.compile(r"^\W{0,2}(\d{1,2})\s*\([^()\n]{3,80}\)\s*(?:[-\u2013:]|\.(?=\s))\s+(?=\S)")


class Segmenter:
    def __init__(self, doc: Document, super_complaint: SuperComplaint | None, author_roles: set[str],
                 foreign: list[tuple[int, int]] = (), sole_role: str | None = None,
                 author_kinds: frozenset[str] = frozenset(), own_kinds: frozenset[str] | None = None,
                 author_ids: frozenset[str] = frozenset()):
        self.doc = doc
        self.foreign = list(foreign)  # letters from other bodies: nothing in them is a response
        self.text = doc.text
        self.super_complaint = super_complaint
        self.recs: list[Recommendation] = [
            r for r in (super_complaint.recommendations if super_complaint else ()) if r.text
        ]
        self.rec_grams, self._having = _catalogue_grams(tuple((r.id, r.full_text) for r in self.recs))
        self.author_roles = author_roles
        self.sole_role = sole_role  # every author is a force ("chief_constables") or every one a policing body
        self.author_kinds = author_kinds  # the kinds of body that wrote it ("force", "policing_body", "national")
        # the kinds the writers are themselves, without those a national association answers for: the APCC speaks
        # for commissioners, but "Individual commissioners will answer recommendations 15 and 16 themselves" in its
        # page is their answer to give elsewhere, not the association's
        self.own_kinds = author_kinds if own_kinds is None else own_kinds
        # the writers' organisations: a recommendation named as the Home Office's is another's in a force's paper,
        # the writer's own in the Home Office's
        self.author_ids = author_ids
        self._under_others: list[bool] | None = None  # per block: under a heading for other bodies
        self.warnings: list[str] = []
        # recommendations whose passage said they are another body's: no later guess gives them a passage
        self.dropped_as_others: set[str] = set()
        self._block_sim: dict[int, tuple[str | None, float]] = {}
        self._block_grams: dict[int, set] = {}
        self._first_rows: dict[int, Block] | None = None

    # --- similarity of a block to the catalogue texts
    def _grams(self, i: int) -> set:
        if i not in self._block_grams:
            self._block_grams[i] = _bigrams(self.doc.blocks[i].text)
        return self._block_grams[i]

    def block_match(self, i: int) -> tuple[str | None, float]:
        if i not in self._block_sim:
            grams = self._grams(i)
            best, score = None, -1.0
            # each pair of the block looked up once, rather than the block intersected with every recommendation
            shared: dict[str, int] = {}
            for pair in grams:
                for rid in self._having.get(pair, ()):
                    shared[rid] = shared.get(rid, 0) + 1
            for rid, rg in self.rec_grams.items():
                c = containment(grams, rg, shared.get(rid, 0))
                if c > score:
                    best, score = rid, c
            self._block_sim[i] = (best, score)
        return self._block_sim[i]

    def is_quote_block(self, i: int) -> bool | None:
        """True: quotes the catalogue; False: the author's own words; None: too short to tell."""
        b = self.doc.blocks[i]
        if _MARKER.match(b.text) and _MARKER.match(b.text).group("notes"):
            return True
        if not self.recs:
            return None if len(b.text) < 25 else False
        rid, c = self.block_match(i)
        if c < 0:
            return None
        return c >= _quote_bar(self._grams(i))

    # --- building segments
    def segments(self, markers: list[Marker] | None = None) -> list[Segment]:
        blocks = self.doc.blocks
        markers = (find_markers(self.doc) if markers is None else markers) or self._text_markers()
        markers = self._subject_headings(markers)
        markers = self._recipient_headings(markers)
        if self.foreign:
            markers = [m for m in markers if not any(a <= m.start < b for a, b in self.foreign)]
        zone_starts = {a for a, _ in self.foreign}
        rec_tables = [s for s in self._table_segments() if not any(a <= s.start < b for a, b in self.foreign)]
        table_blocks = {i for s in rec_tables for i in s.blocks}
        segs: list[Segment] = []
        by_block = {m.block: m for m in markers}
        current: Segment | None = None
        cur_marker: Marker | None = None
        for i, b in enumerate(blocks):
            if i in table_blocks:
                if current:
                    segs.append(current)
                current = cur_marker = None
                continue
            m = by_block.get(i)
            if m and (current is None or m.kind in ("plain", "response")
                      or not set(m.numbers) & set(current.numbers)
                      or _takes_one_by_one(current, m)):
                if current:
                    segs.append(current)
                current = Segment(m.numbers, m.kind, m.label, b.start, b.end, [i])
                cur_marker = m
                if m.closes:  # the paragraph the verdict closes is the whole answer
                    segs.append(current)
                    current = cur_marker = None
                continue
            if current is None:
                continue
            if not m and (b.start in zone_starts or self._ends(cur_marker, b)):
                segs.append(current)
                current = cur_marker = None
                continue
            current.blocks.append(i)
            current.end = b.end
            if b.kind == TABLE_ROW:
                current.status_cells.extend(self._status_cells(i))
        if current:
            segs.append(current)
        for s in segs:
            self._split_quote(s, by_block.get(s.blocks[0]))
        segs.extend(rec_tables)
        segs.sort(key=lambda s: s.start)
        kept = self._drop_overviews(segs)
        return kept or self._subject_line_segment() or self._one_named_segment() or self._authors_own_segment()

    def _subject_line_segment(self) -> list[Segment]:
        """A letter about one recommendation names it in its subject line ("Safe to share? Recommendation 3: a
        safeguarding protocol"), not in a heading: its body, to the sign-off, is the answer."""
        blocks = self.doc.blocks
        for i, b in enumerate(blocks[:12]):
            if len(b.text) > 200 or not (b.bold or b.kind == HEADING or i < 6):
                continue
            if b.kind == TABLE_ROW and not _TITLE_CELL.match(b.text):
                # a record's form: its "Title" or "Subject" row is its subject line ("Title | Response to ... -
                # Recommendation 3a"), the rows below its answer; any other row is the form's own
                continue
            m = _NAMED_NUMBERS.search(b.text)
            if not m or _MARKER.match(b.text) or _NAMED_FOR_OTHER.search(b.text) or self._one_of_a_list(i):
                # "... and, in recommendation 1, to the Home Office": no subject line of the writer's; nor is one
                # entry of a list ("APCC: response ... to recommendation 8 (May 2024)" among other bodies' responses)
                continue
            nums = expand_numbers(m.group(1))
            seg = self._body_after(i, nums) if len(nums) == 1 else None
            if seg:
                return [seg]
        return []

    def _one_named_segment(self) -> list[Segment]:
        """A paper about one recommendation names it once, in its background ("Recommendation 13 asks commissioners
        to ..."), and answers it in sections of its own ("Decision: I approve ... Recruitment is under way"): when no
        passage was found and the whole text names one recommendation, and no other, what follows is its answer.
        (Only read when nothing else was: a document with no answer at all is rare.)"""
        blocks = self.doc.blocks
        ids = {r.id for r in self.super_complaint.recommendations} if self.super_complaint else set()
        named: set[str] = set()
        first = None
        for i, b in enumerate(blocks):
            if b.kind == TABLE_ROW or self._foreign(b):
                continue
            for m in _NAMED_NUMBERS.finditer(b.text):
                named.update(expand_numbers(m.group(1)))
                first = i if first is None else first
            # "As you know, the report's third recommendation falls to us." names it by its place
            for m in ORDINAL_REC.finditer(b.text) if "recommendation" in b.text else ():
                place = str(ORDINAL_PLACE[m.group("ord").lower()] + 1)
                if place in ids:
                    named.add(place)
                    first = i if first is None else first
        if len(named) != 1 or first is None or self._one_of_a_list(first) or _NOT_FOR_US.search(blocks[first].text) \
                or named & self.dropped_as_others or _NAMED_FOR_OTHER.search(blocks[first].text) \
                or self._in_others_section(first):
            # a passage for it said it is another's ("This recommendation is for the Home Office."), or the text names
            # it only as another body's ("It makes recommendations to chief constables and, in recommendation 1, to
            # the Home Office.")
            return []
        seg = self._body_after(first, sorted(named))
        return [seg] if seg else []

    def _one_of_a_list(self, i: int) -> bool:
        """Block `i` is one item of a list of several (a collection page's "APCC: response ... to recommendation 8 (May
        2024)" among the other bodies' responses): a paper about one recommendation states it in its own prose or
        heading; an entry among others cites something, and the list is no answer to the number it names."""
        blocks = self.doc.blocks
        return blocks[i].kind == LIST_ITEM and any(
            0 <= j < len(blocks) and blocks[j].kind == LIST_ITEM for j in (i - 1, i + 1))

    def _in_others_section(self, i: int) -> bool:
        """The block stands under a heading that says its section is for other bodies (the blocks under each heading
        are marked in one pass, once a document: a long text without headings is not walked back for every passage)."""
        if self._under_others is None:
            # (only the headings' own short texts are searched: a search of a long document's whole text cost more
            # than the walk)
            under: list[bool] = []
            now = False
            for b in self.doc.blocks:
                under.append(now)
                if b.kind == HEADING:
                    now = len(b.text) <= 120 and bool(_OTHERS_SECTION.search(b.text))
            self._under_others = under
        return 0 <= i < len(self._under_others) and self._under_others[i]

    def _subject_headings(self, markers: list[Marker]) -> list[Marker]:
        """A section headed by a recommendation's subject, not its number ("Commissioned services" above the
        commissioner's review of them): the one recommendation whose text has every word of the heading (two or more
        words that say what it is about), when nothing else names it. In a document that numbers no recommendation
        (a scrutiny page with a section per subject), the one it fits must be for local policing, chief constables
        or commissioners: a heading whose words are only a national body's recommendation's ("Support for victims"
        on a commissioner's page, the Home Office's work on victims' experience) is the writer's own subject."""
        if not self.recs:
            return markers
        numbered = bool(markers)
        markers = self._declared_subjects(markers)
        blocks = self.doc.blocks
        # a heading that names the report ("Policing and immigration status: Commissioner's response") is about all of
        # it, though its words are in one recommendation's text
        names = [fold(x) for x in (self.super_complaint.short_title, self.super_complaint.title.split(":")[0])
                 if len(x) > 8]
        heads = [i for i, b in enumerate(blocks) if b.kind == HEADING and len(b.text) <= 60 and "ecommend" not in b.text
                 and not b.text[:1].isdigit() and not any(n in fold(b.text) for n in names)]
        if not heads:
            return markers
        named = {n for m in markers for n in m.numbers}
        marked = {m.block for m in markers}
        out = list(markers)
        for i in heads:
            words = {_stem(w) for w in _SUBJECT_WORDS.findall(blocks[i].text.lower()) if w not in _GENERIC_HEADING}
            if len(words) < 2 or i in marked:
                continue
            fits = [r for r in self.recs if words <= self._rec_stems(r)]
            if len(fits) == 1 and fits[0].id not in named \
                    and (numbered or set(fits[0].recipients) & {"chief_constables", "policing_bodies"}):
                out.append(Marker(i, [fits[0].id], "plain", blocks[i].text, blocks[i].start, blocks[i].start))
                named.add(fits[0].id)
        return sorted(out, key=lambda m: m.block) if len(out) > len(markers) else markers

    def _recipient_headings(self, markers: list[Marker]) -> list[Marker]:
        """A section headed by whom its recommendations are for, not by their numbers ("Recommendations to the Chief
        Constable", "Recommendations for commissioners"): the section answers that recipient's recommendations, as an
        analyst reads a response laid out by recipient. It holds those of the recipient's the document answers in no
        passage of their own (a "Recommendation 5" heading elsewhere answers 5 there). Read for local policing's
        recommendations only (chief constables', commissioners'), where the catalogue knows every recommendation's
        recipients; a heading for a national body's recommendations ("Recommendations to the Home Office") is, in a
        force's or a commissioner's response, about another body's work; and only in a force's or a commissioner's
        document (a force, or the commissioner who holds it to account, answers for local policing)."""
        every = self.super_complaint.recommendations if self.super_complaint else ()
        if not every or not all(r.recipients_known for r in every) or not self.own_kinds \
                or not self.own_kinds <= {"force", "policing_body"}:
            # (a national body's page headed "Recommendations for forces" says whose they are, not how they went)
            return markers
        if not _RECIPIENT_HEADING_LINE.search(self.text):
            return markers  # (one scan of the text for such a line, before a walk over the blocks)
        blocks = self.doc.blocks
        heads = [i for i, b in enumerate(blocks) if b.kind == HEADING and len(b.text) <= 80
                 and b.text.lstrip("#*_ ")[:15].lower() == "recommendations" and _RECIPIENT_HEADING.fullmatch(b.text)]
        if not heads:
            return markers
        marked = {m.block for m in markers}
        named = {n for m in markers for n in m.numbers}
        out = list(markers)
        for i in heads:
            who = set(recipients_in(_RECIPIENT_HEADING.fullmatch(blocks[i].text).group("who")))
            if i in marked or not who or not who <= {"chief_constables", "policing_bodies"}:
                continue
            nums = [r.id for r in every if who & set(r.recipients) and "all_recipients" not in r.recipients
                    and r.id not in named]
            if nums:
                out.append(Marker(i, nums, "plain", blocks[i].text, blocks[i].start, blocks[i].start))
                named.update(nums)
        return sorted(out, key=lambda m: m.block) if len(out) > len(markers) else markers

    def _declared_subjects(self, markers: list[Marker]) -> list[Marker]:
        """A document that says how many recommendations of one group it answers ("There are two recommendations for
        commissioners, and I accept both", "an update on the three recommendations made to policing") and then gives
        as many sections headed by a subject, not a number, answers them one by one in the report's order: an analyst
        maps each heading to the group's recommendation in turn. Read only where the catalogue's count for the group
        is the document's, the headings are exactly that many, none of the group is named by number, and no heading's
        words fit another of the group better than the one its place gives it (a heading's words may fit none: "The
        consideration of findings" is the third by its place)."""
        blocks = self.doc.blocks
        original = markers
        if not any("recommendations" in b.text for b in blocks[:40]):
            return markers  # the word gate: no count of recommendations stated
        for i, b in enumerate(blocks[:40]):
            if b.kind == TABLE_ROW or "recommendations" not in b.text or len(b.text) > 600:
                continue
            m = _DECLARED_GROUP.search(b.text)
            if not m:
                continue
            count = _GROUP_COUNTS.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else 0)
            who = m.group("who").lower()
            classes = next(c for key, c in _GROUP_CLASSES if key in who)
            # the count is the catalogue's only where it knows every recommendation's recipients; the update every
            # recipient owes the inspectorate is no subject of a section
            every = self.super_complaint.recommendations if self.super_complaint else ()
            group = [r for r in every if set(r.recipients) & classes and "all_recipients" not in r.recipients]
            if not count or len(group) != count or not all(r.recipients_known for r in every):
                return markers
            # the declaring sentence may itself be read as the group's answer ("I accept both of the recommendations
            # made to commissioners"): the sections after it are their passages, and it keeps its word on position
            markers = [mk for mk in markers if not (mk.block == i and mk.kind == "sentence")]
            named = {n for mk in markers for n in mk.numbers}
            if any(r.id in named for r in group):
                return original
            heads = self._subject_lines(i + 1)
            if len(heads) != count:
                return original
            for (_, label), r in zip(heads, group):
                words = {_stem(w) for w in _SUBJECT_WORDS.findall(label.lower()) if w not in _GENERIC_HEADING}
                fit = len(words & self._rec_stems(r))
                if any(len(words & self._rec_stems(o)) > fit for o in group if o is not r):
                    return original  # the headings are not in the report's order, or not the group's subjects
            marked = {mk.block for mk in markers}
            if any(j in marked for j, _ in heads):
                return original
            out = markers + [Marker(j, [r.id], "plain", label, blocks[j].start, blocks[j].start)
                             for (j, label), r in zip(heads, group)]
            return sorted(out, key=lambda mk: mk.block)
        return original

    def _subject_lines(self, start: int) -> list[tuple[int, str]]:
        """The subject headings after block `start`, to the sign-off: a heading, a short bold line, or a paragraph's
        own first line when it is short, has no sentence's end, and the paragraph's prose starts on the next line
        with a capital ("Cultural awareness" over its paragraph in a Word letter whose bold run and line break are
        one paragraph)."""
        blocks = self.doc.blocks
        out: list[tuple[int, str]] = []
        for j in range(start, min(len(blocks), start + 60)):
            b = blocks[j]
            if _END_HEADING.match(b.text) or self._foreign(b):
                break
            if b.kind == TABLE_ROW:
                return []
            first, _, rest = b.text.partition("\n")
            if b.kind == HEADING or b.bold:
                label = b.text if len(b.text) <= 60 and "\n" not in b.text else ""
            else:
                label = first if rest[:1].isupper() and len(first) <= 60 and first[:1].isupper() \
                    and len(rest) > len(first) else ""
            if not label or _SENTENCE_END.search(label) or label[:1].isdigit() or "ecommend" in label \
                    or len(label.split()) > 8:
                continue
            out.append((j, label))
        return out

    def _rec_stems(self, r: Recommendation) -> frozenset[str]:
        return subject_stems(r.quotable_text)

    def _authors_own_segment(self) -> list[Segment]:
        """A commissioner's statement that names no recommendation, about a report that makes one recommendation to
        commissioners alone ("Our panel will start reviewing section 60 authorisations in March"), answers that one;
        likewise a force's. Only read when nothing else was, and never when the text names any recommendation."""
        if self.super_complaint is None or self.sole_role is None:
            return []
        own = [r.id for r in self.super_complaint.recommendations if tuple(r.recipients) == (self.sole_role,)]
        blocks = self.doc.blocks
        if len(own) != 1 or len(blocks) < 2:
            return []
        if any(_NAMED_NUMBERS.search(b.text) or ORDINAL_REC.search(b.text) for b in blocks if "ecommend" in b.text):
            return []
        seg = self._body_after(0, own)
        return [seg] if seg else []

    def _foreign(self, b: Block) -> bool:
        return any(a <= b.start < e for a, e in self.foreign)

    def _body_after(self, i: int, nums: list[str]) -> Segment | None:
        """A passage for `nums` opened by block i and running to the sign-off (or another body's letter), if the
        blocks after it answer something."""
        blocks = self.doc.blocks
        body = []
        for j in range(i + 1, len(blocks)):
            if _END_HEADING.match(blocks[j].text) or self._foreign(blocks[j]):
                break
            body.append(j)
        if not any(answer_content(blocks[j].text) for j in body):
            return None
        b = blocks[i]
        seg = Segment(nums, "plain", b.text[:200], b.start, blocks[body[-1]].end, [i] + body)
        seg.answer = [(blocks[j].start, blocks[j].end) for j in body]
        seg.ref_spans.append((b.start, b.end))
        return seg

    def _text_markers(self) -> list[Marker]:
        """No numbered headings: a block quoting a catalogue recommendation starts its passage."""
        out: list[Marker] = []
        for i, b in enumerate(self.doc.blocks):
            if b.kind == TABLE_ROW or len(self._grams(i)) < 15:
                continue
            rid, c = self.block_match(i)
            if rid and c >= scores.TEXT_MARKER and (not out or out[-1].numbers != [rid]):
                out.append(Marker(i, [rid], "plain", b.text[:200], b.start, b.start))
        return out

    def _ends(self, marker: Marker, b: Block) -> bool:
        marker_block = self.doc.blocks[marker.block]
        if len(b.text) < 120 and _END_HEADING.match(b.text) and not b.text.lstrip()[:1].islower():
            # "Contact us", "Signed:" close it; "contact or specialist advisers in place." (a line a PDF wrapped
            # inside the answer) does not
            return True
        m = _MARKER.match(b.text)
        if m and not set(expand_numbers(m.group("nums"))) & set(marker.numbers):
            return True  # "Recommendation 3 is for the NPCC.": about another recommendation, even as prose
        o = _ORDINAL_HEADING.match(b.text) if "recommendation" in b.text[:60].lower() else None
        if o and str(_HEADING_PLACES.index(o.group("ord").lower()) + 1) not in marker.numbers:
            return True  # "The fourth recommendation is for the Home Office.": another, named by its place
        if marker.outline and len(b.text) < 100 and not _SENTENCE_END.search(b.text):
            # "2.2 Recommendation 6" runs until the next section numbered 2.3, 3. or the like
            m = _OUTLINE_NUMBER.match(b.text)
            if m and m.group(1).count(".") + 1 <= marker.outline:
                return True
        if marker.kind == "sentence" and b.kind == PARAGRAPH and _SPEAKER_QUOTE.match(b.text) \
                and "recommend" not in b.text.lower() and self._after_answer(marker, b):
            # a news item: after the paragraph that answers it, speakers' quotations are comment on the whole
            # ("The commissioner for Cleveland said: 'I welcome this update'"), not this recommendation's answer
            return True
        if b.kind != HEADING and not b.bold or status_only(b.text):
            return False  # "RAG status: Green" set as a heading belongs to the passage it closes
        if marker_block.kind != HEADING:
            # a passage opened by a bold line or inside prose ends at the next heading that is not one of
            # its own ("Progress", "Our response")
            return not _SUBHEADING.match(b.text) and not _ANSWER_HEADING.match(b.text)
        if b.kind == HEADING:
            if b.level and marker_block.level and b.level < marker_block.level:
                return True
            same = b.level == marker_block.level or not (b.level and marker_block.level)
            return same and not _SUBHEADING.match(b.text)
        return False

    def _after_answer(self, marker: Marker, b: Block) -> bool:
        """The passage already says how far the work has got before this block ("All 43 commissioners have accepted
        recommendation 8" says nothing of progress: the quotation that follows may be its answer)."""
        a, e = marker.start, self.doc.blocks[marker.block].end
        return progress_finding(self.text, sentences(self.text, a, e)).value != Progress.NOT_STATED

    def _split_quote(self, s: Segment, marker: Marker | None):
        text = self.text
        first = self.doc.blocks[s.blocks[0]]
        s.ref_spans.append((first.start, min(first.end, first.start + 300)))
        body = list(s.blocks[1:])
        # a labelled paragraph ("Recommendation 1: As an interim measure ...") carries its own text
        # (a short remainder, "To chief constables", only names the recipients)
        remainder = text[marker.end:first.end].lstrip(" .:-\u2013").rstrip() if marker else ""
        # "Recommendation 2: the guidance is being revised." answers in a few words too
        words = len(remainder.split())
        if marker and (len(remainder) > 120 or status_only(remainder) or (
                (words >= 6 or (words >= 3 and answer_content(remainder)))
                and (remainder.rstrip("\"'\u201d\u2019)")[-1:] in ".!?"  # a quotation's closing mark ends it too
                     # an action plan's line: "Rec 5 - footage shared with panels (two of five so far)"; a slide's
                     # bullet in headline form: "Rec 10 - in train: 62% of investigators trained"
                     or (first.kind == LIST_ITEM and (_CLOSING_REMARK.search(remainder)
                                                      or (words >= 3 and answer_content(remainder)))))
                and not _RECIPIENTS_ONLY.match(remainder))
                # a record's lines under its key line: "Recommendations: 1 to 3 / Topic: ... / Progress: All done"
                or ("\n" in remainder and _RECORD_ANSWER_LINE.search(remainder))
                # a tracker's bullet that is only a status in shorthand: "Rec 13 - 45%", "Rec 11 - WIP: with Legal"
                or (first.kind == LIST_ITEM and _SHORTHAND_STATUS.match(remainder)
                and not _RECIPIENTS_ONLY.match(remainder))):
            raw = text[marker.end:first.end]
            rest = (marker.end + len(raw) - len(raw.lstrip(" .:-\u2013")), first.end)
            grams = _bigrams(text[rest[0]:rest[1]])
            is_q = max((containment(grams, g) for g in self.rec_grams.values()), default=-1) >= _quote_bar(grams)
            if not self.recs:
                is_q = bool(_RECOMMENDATION_LANGUAGE.search(text[rest[0]:rest[1]])) and bool(body)
            # "Recommendation 12: Chief constables should review their use of orders." in a list of the report's
            # recommendations: the report's own sentence, though the catalogue has not its words to compare
            is_q = is_q or bool(_REPORTS_SENTENCE.match(text, *rest) and not _FIRST_PERSON.search(text, *rest))
            (s.quote if is_q else s.answer).append(rest)
        answer_heading = next((k for k, i in enumerate(body)
                               if self.doc.blocks[i].kind == HEADING or self.doc.blocks[i].bold
                               if _ANSWER_HEADING.match(self.doc.blocks[i].text)), None)
        k = 0
        if self.recs:
            while k < len(body):
                q = self.is_quote_block(body[k])
                if q is False:
                    break
                if q is None and not any(self.is_quote_block(j) for j in body[k + 1:k + 2]):
                    break
                k += 1
        elif answer_heading is not None:
            k = answer_heading
        elif len(body) > 1:
            b0 = self.doc.blocks[body[0]].text
            if _RECOMMENDATION_LANGUAGE.search(b0) and not _FIRST_PERSON.search(b0):
                k = 1
                while k < len(body) and self.doc.blocks[body[k]].kind == LIST_ITEM \
                        and not _FIRST_PERSON.search(self.doc.blocks[body[k]].text):
                    k += 1
                if k >= len(body):
                    k = 1
        for i in body[:k]:
            b = self.doc.blocks[i]
            s.quote.append((b.start, b.end))
        for i in body[k:]:
            b = self.doc.blocks[i]
            if self.recs and (self.is_quote_block(i) or False) and self.block_match(i)[1] >= scores.QUOTE_RESTATED:
                continue  # the recommendation's own words restated inside the answer
            s.answer.append((b.start, b.end))
        quote = s.quote_text(text)
        if quote and self.recs:
            s.text_match = self._match_text(quote)

    def _match_text(self, quote: str) -> str | None:
        grams = _bigrams(quote)
        scored = sorted(((containment(grams, g), rid) for rid, g in self.rec_grams.items()), reverse=True)
        if not scored or scored[0][0] < scores.TEXT_MATCH:
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < scores.TEXT_MATCH_CLOSE:
            # close call: let the full fuzzy similarity decide
            q = fold(quote)[:1500]
            best = max(self.recs, key=lambda r: fuzz.partial_ratio(q, fold(r.full_text)))
            return best.id
        return scored[0][1]

    # --- tables laid out as one row per recommendation
    def _table_segments(self) -> list[Segment]:
        out: list[Segment] = []
        rows_by_table: dict[int, list[int]] = {}
        for i, b in enumerate(self.doc.blocks):
            if b.kind == TABLE_ROW:
                rows_by_table.setdefault(b.table, []).append(i)
        for rows in rows_by_table.values():
            out.extend(self._one_table(rows))
        return out

    def _table_roles(self, first: Block) -> tuple[bool, list[str], dict[int, str]]:
        """Whether a table's first row is a header, its cells, and the role of each column: rec (the
        recommendation's number or text), sub (a sub-recommendation's number: "7.1"), owner, status, update
        (a dated update or the initial response: their dates are in `self.update_columns`), answer."""
        header_cells = [fold(c) for c in first.cell_texts(self.text)]
        has_header = first.header or (all(len(c) < 60 for c in header_cells) and any(
            re.search(r"recommendation|response|status|progress|update|action|\bb?rag\b", c) for c in header_cells))
        roles: dict[int, str] = {}
        if has_header:
            for ci, h in enumerate(header_cells):
                if (re.search(r"\b(?:status|b?rag|position|complete[d]?)\b", h) or _SHORT_PROGRESS.match(h)) \
                        and not re.search(r"update|comment|narrative|detail", h):
                    roles[ci] = "status"  # "Status", "RAG", "Progress", "Current progress"
                elif _OWNER_HEADER.search(h):
                    roles[ci] = "owner"
                elif _SOURCE_HEADER.fullmatch(h):
                    roles[ci] = "source"  # a register of several inspections' recommendations: which report
                elif _SUB_HEADER.search(h) and "rec" in roles.values():
                    roles[ci] = "sub"
                elif _UPDATE_HEADER.search(h):
                    roles[ci] = "update"
                elif re.search(r"\b(?:response|update|progress|action|comment|evidence|activity|narrative)", h):
                    roles[ci] = "answer"
                elif ci and ci == len(header_cells) - 1 and _COUNT_HEADER.fullmatch(h):
                    # "Progress reported by commissioners | Number": a bare "Number" in the last column, after a
                    # column of words, counts them; which recommendation stands first in a tracker, never last
                    roles[ci] = "count"
                elif re.search(r"\b(?:recommendation|rec|no|number|ref|reference|#)\b", h) or h in ("", "#"):
                    roles[ci] = "rec"
        return has_header, header_cells, roles

    def update_columns(self, first: Block, roles: dict[int, str]) -> list[UpdateColumn]:
        """The dated columns of an action plan, oldest first: "Initial response (November 2024)", "March 2025
        update". A column without a date keeps its place: the initial response comes first."""
        cols = []
        for ci, (cs, ce) in enumerate(first.cells):
            if roles.get(ci) != "update":
                continue
            header = self.text[cs:ce]
            found = find_dates(header)
            as_of = found[-1].iso if found else None
            initial = bool(re.search(r"initial|original|first|56[- ]day", header, re.I))
            cols.append(UpdateColumn(ci, header, as_of, initial))
        cols.sort(key=lambda c: (not c.initial and c.as_of is not None, c.as_of or ""))
        return cols

    def _status_cells(self, row: int) -> list[tuple[int, int]]:
        """A table inside a passage ("Action | Owner | Status"): the cells of its status column."""
        b = self.doc.blocks[row]
        if self._first_rows is None:
            self._first_rows = {}
            for x in self.doc.blocks:
                if x.kind == TABLE_ROW:
                    self._first_rows.setdefault(x.table, x)
        first = self._first_rows[b.table]
        if first is b:
            return []
        has_header, _, roles = self._table_roles(first)
        return [c for ci, c in enumerate(b.cells) if has_header and roles.get(ci) == "status"]

    def _form_table(self, rows: list[int]) -> list[Segment]:
        """A form laid out as label | value rows ("Recommendation number | 3", "Response | ..."): one passage."""
        blocks, text = self.doc.blocks, self.text
        nums, answer, status, label = [], [], [], ""
        for i in rows:
            b = blocks[i]
            if len(b.cells) != 2:
                return []
            (ks, ke), (vs, ve) = b.cells
            key = fold(text[ks:ke])
            if len(key) > 40:
                return []
            if re.search(r"\brec(?:ommendation)?s?\b", key) and not nums:
                m = _BARE_NUMBER.match(text[vs:ve]) or _MARKER.match(text[vs:ve]) or _LEADING_NUMBER.match(text[vs:ve])
                if m:
                    nums, label = expand_numbers(m.group("nums")), text[b.start:b.end]
                    continue
            if re.search(r"\b(?:status|b?rag|progress\s+status)\b", key):
                status.append((vs, ve))
            if re.search(r"\b(?:response|update|progress|action|comment|evidence|status|position)\b", key):
                answer.append((vs, ve))
        if not nums or not answer:
            return []
        seg = Segment(nums, "row", label[:200], blocks[rows[0]].start, blocks[rows[-1]].end, list(rows))
        seg.answer, seg.status_cells = answer, status
        return [seg]

    def _one_table(self, rows: list[int]) -> list[Segment]:
        form = self._form_table(rows)
        if form:
            return form
        blocks, text = self.doc.blocks, self.text
        first = blocks[rows[0]]
        has_header, header_cells, roles = self._table_roles(first)
        if header_cells and all(_OVERVIEW_HEADER.fullmatch(h.strip()) for h in header_cells):
            return []  # "No. | Recipient | Summary": the report's recommendations listed for reference, no answers
        if header_cells and _VERSION_HEADER.fullmatch(header_cells[0]):
            return []  # "Version | Date | Change": the document's own history; "2.0" and "3.2" are its issues
        updates = self.update_columns(first, roles) if has_header else []
        data = rows[1:] if has_header else rows
        others = self._other_reports_rows(data, roles)
        segs: list[Segment] = []
        current: Segment | None = None
        for i in data:
            b = blocks[i]
            cells = b.cells
            if i in others:  # a register's row for another inspection (PEEL, a thematic): not this report's
                if current:
                    segs.append(current)
                current = None
                continue
            nums: list[str] = []
            for ci, (cs, ce) in enumerate(cells):
                if roles.get(ci, "rec" if ci == 0 else None) != "rec":
                    continue
                ct = text[cs:ce]
                nums = cell_numbers(ct)
                if nums:
                    break
                m = _MARKER.match(ct) or _BARE_NUMBER.match(ct) or _LEADING_NUMBER.match(ct)
                if m:
                    nums = expand_numbers(m.group("nums"))
                    break
            rec_cell_text = " ".join(text[cs:ce] for ci, (cs, ce) in enumerate(cells) if roles.get(ci) == "rec")
            text_id = self._match_text(rec_cell_text) if self.recs and len(rec_cell_text) > 40 else None
            sub = next((self._number_in(text[cs:ce]) for ci, (cs, ce) in enumerate(cells) if roles.get(ci) == "sub"),
                       None)
            if nums and current is not None and len(nums) == 1 and self._parent(nums[0]) != nums[0] \
                    and self._parent(nums[0]) in [self._parent(n) for n in current.numbers]:
                # "7.2" in the number column under recommendation 7: a part of it, not a new recommendation
                sub, nums = nums[0], []
            if nums or text_id:
                if current:
                    segs.append(current)
                label = text[cells[0][0]:cells[0][1]] if cells else b.text
                if has_header and _BARE_NUMBER.match(label) and label.strip(" .").isdigit() and header_cells \
                        and header_cells[0]:
                    label = f"{first.cell_texts(text)[0]} {label}"  # "Rec No. 4" rather than "4"
                if len(label) > 200:
                    label = label[:200]
                current = Segment(nums or [text_id], "row", label, b.start, b.end, [i])
                current.text_match = text_id
                current.update_columns = updates
            elif current is None:
                continue
            elif has_header and roles.get(0) == "rec" and cells and _named_item(text[cells[0][0]:cells[0][1]]):
                # "Commissioners: inclusive consultation before commissioning" in the recommendation column: an item
                # of its own that the report left unnumbered, not more of the row above
                segs.append(current)
                current = None
                continue
            else:
                current.blocks.append(i)
                current.end = b.end
            row = TableRowParts(i, sub or (nums[0] if nums and self._parent(nums[0]) != nums[0] else None))
            for ci, (cs, ce) in enumerate(cells):
                role = roles.get(ci)
                if role is None:
                    role = "rec" if ci == 0 else ("quote" if self._cell_is_quote(cs, ce) else "answer")
                row.cells[ci] = (cs, ce)
                row.roles[ci] = role
                if role == "rec":
                    current.quote.append((cs, ce))
                    current.ref_spans.append((cs, ce))
                elif role in ("quote", "sub", "owner", "source"):
                    if role == "quote":
                        current.quote.append((cs, ce))
                elif role == "status":
                    current.status_cells.append((cs, ce))
                    current.answer.append((cs, ce))
                else:
                    current.answer.append((cs, ce))
            current.rows.append(row)
        if current:
            segs.append(current)
        if not any(s.numbers and s.numbers[0] for s in segs):
            return []
        return segs

    def _other_reports_rows(self, data: list[int], roles: dict[int, str]) -> set[int]:
        """Rows of a register whose source or report column names another report, when other rows name this one
        ("Super-complaint | Police response to stalking" beside "Thematic | Vetting, misconduct and misogyny")."""
        cols = [ci for ci, r in roles.items() if r == "source"]
        if not cols or self.super_complaint is None:
            return set()
        names = [fold(x) for x in (self.super_complaint.short_title, self.super_complaint.title.split(":")[0])
                 if len(x) > 8] + ["super-complaint", "super complaint", "supercomplaint"]
        ours = {}
        for i in data:
            cells = self.doc.blocks[i].cells
            src = fold(" ".join(self.text[cells[ci][0]:cells[ci][1]] for ci in cols if ci < len(cells)))
            ours[i] = bool(src.strip()) and any(n in src for n in names)
        if not any(ours.values()):
            return set()
        return {i for i, o in ours.items() if not o and any(
            self.text[cs:ce].strip() for ci, (cs, ce) in enumerate(self.doc.blocks[i].cells) if ci in cols)}

    def _parent(self, n: str) -> str:
        return self.super_complaint.parent_id(n) if self.super_complaint else parent_number(n)

    @staticmethod
    def _number_in(cell: str) -> str | None:
        m = _BARE_NUMBER.match(cell) or _LEADING_NUMBER.match(cell)
        return m.group("nums").strip() if m else None

    def _cell_is_quote(self, cs: int, ce: int) -> bool:
        if not self.recs:
            return False
        grams = _bigrams(self.text[cs:ce])
        return max((containment(grams, g) for g in self.rec_grams.values()), default=-1) >= _quote_bar(grams)

    def _drop_overviews(self, segs: list[Segment]) -> list[Segment]:
        """A run of numbered lines with nothing under them lists the report; it answers nothing."""
        text = self.text
        keep = []
        empty_run = 0
        prev: Segment | None = None
        for s in segs:
            answer = s.answer_text(text).strip()
            # "Complete.", "Implemented in February 2021." answer in a few words; "To chief constables" does not;
            # a table row numbered for a recommendation answers it with whatever it says
            if not answer or (len(answer) < 40 and s.kind != "row" and not (
                    status_only(answer) or answer_content(answer) or _SHORTHAND_STATUS.match(answer))):
                empty_run += 1
                prev = s
                continue
            if empty_run >= 2 and s.kind == "plain" and self._same_style(segs, s) and _follows(prev, s):
                empty_run = 0
                continue  # the last line of an overview list runs into the prose after it
            empty_run = 0
            prev = s
            if self._opens_as_theirs(s) and not self._waits_on_sole(answer, self._headings_in(s)):
                # "Recommendation 1 asks the Home Office to ...", in a force's paper: the Home Office's (in a report
                # with that one recommendation, the writer's waiting on the Home Office is still its answer)
                self.dropped_as_others.update(s.numbers)
                continue
            if len(answer) < 500 and (_not_for_us(answer) or self._for_others(answer) or _MATTER_FOR.match(answer)
                                      or self._cell_puts_aside(s) or _not_held(answer) or self._opens_as_others(s)) \
                    and not self._answered_beside(s) and not self._waits_on_sole(answer, self._headings_in(s)):
                self.dropped_as_others.update(s.numbers)
                continue  # "This recommendation is for the Home Office."
            if s.kind == "plain" and self._in_reports_list(s):
                continue  # "The report recommends that:" and its items: the report's words, not the writer's answer
            if s.kind != "row" and self._in_others_section(s.blocks[0]):
                # under "Matters for other organisations": what the report asks of them, not the writer's answer
                self.dropped_as_others.update(s.numbers)
                continue
            if len(answer) < 300 and s.kind != "row" and _others_news_only(answer, "national" not in self.author_kinds):
                # "Recommendation 1 asks the Home Office to commission work ... The Home Office has not yet
                # responded.": a briefing's news of the recipient, not the writer's answer
                self.dropped_as_others.update(s.numbers)
                continue
            keep.append(s)
        return keep

    def _for_others(self, answer: str) -> bool:
        """"Recommendations 7 and 10 are for chief constables" written by a national body, "This recommendation is for
        the Police and Crime Commissioner" by a force: whom it is for, when no author is of that kind, says it is
        answered elsewhere ("for chief constables and commissioners together", by a commissioner, is its own)."""
        if not self.author_kinds:
            return False
        if "national" not in self.author_kinds and " as " in answer and _THEIRS_AS_ASKED.match(answer, 0, 300):
            # "The APCC is also collating commissioners' responses, as recommendation 27 asks", in a commissioner's
            # letter: a national body's act, told in the third person by a writer that is not that body
            return True
        by = _ANSWERED_BY.search(answer, 0, 300) if "will" in answer or " to " in answer else None
        if by:
            # (in the passage's first sentence only: a later line about another recommendation's answerer, run into
            # this passage, does not make this one another's)
            first = sentences(answer, 0, min(len(answer), 300))
            if first and by.end() <= first[0][1]:
                who = by.group("who").lower()
                kind = "national" if re.search(r"npcc|apcc|national|office|college", who) else (
                    "force" if re.search(r"chief|force", who) else "policing_body")
                if kind not in self.own_kinds and (kind not in self.author_kinds or not _OWN_ACT.search(
                        answer, by.end(), first[0][1])):
                    # whom the writer names as the one that will answer: a body of another kind than the writer's
                    # own, the members an association speaks for among them, answers it elsewhere (unless the
                    # sentence goes on to the writer's own act: "Each chief constable is to report on it, and we
                    # have issued the practice note it asks for" is the association's answer too)
                    return True
        m = _FOR_LOCAL.search(answer[:300])
        if not m or m.group("also"):
            return False  # "are also directed to chief constables": shared with the writer, not only theirs
        whom = answer[m.start("who"):m.end("who") + 60].split(".")[0].lower()
        theirs = {"force"} if re.search(r"chief|force", whom) else set()
        if re.search(r"commissioner|pcc|policing\s+bod|mayor|mopac", whom):
            theirs.add("policing_body")
        # a commissioner's report of the force's own answer ("The force has told us that its audit was completed")
        # is that answer, told at second hand
        return bool(theirs) and not theirs & self.author_kinds and not _TOLD_BY_THEM.search(answer)

    def _in_reports_list(self, s: Segment) -> bool:
        """A passage opening on an item of a list that a lead-in gives as the report's own words ("The report
        recommends that:" over one item per recommendation), running on into the next item: the list says what the
        report asks, item by item; a passage read from its first item through the rest answers nothing."""
        blocks = self.doc.blocks
        i = s.blocks[0]
        if blocks[i].kind != LIST_ITEM or len(s.blocks) < 2 or blocks[s.blocks[1]].kind != LIST_ITEM:
            return False
        j = i - 1
        while j >= 0 and blocks[j].kind == LIST_ITEM:
            j -= 1
        lead = blocks[j].text.rstrip() if j >= 0 else ""
        return lead.endswith(":") and len(lead) < 200 and bool(_REPORTS_LEAD_IN.search(lead))

    def _opens_as_others(self, s: Segment) -> bool:
        """A paragraph that opens by naming the number with another body as its recipient, in apposition
        ("Recommendation 1 of the report, to the Home Office, and those to chief constables are for those bodies to
        answer."): the sentence's subject is another's recommendation, so what it says is about that body's part, not
        the writer's answer (a heading "Recommendation 1: to the Home Office" over an answer is a heading, not read)."""
        b = self.doc.blocks[s.blocks[0]]
        return b.kind == PARAGRAPH and b.text[:14].lower().startswith("recommendation") \
            and bool(_NAMED_FOR_OTHER.match(b.text))

    def _opens_as_theirs(self, s: Segment) -> bool:
        """A passage of prose whose opening sentence names its recommendation with a national body as the recipient
        ("Recommendations 2, 3 and 7 are for the Home Office (...)", "Recommendation 1, to the Home Office, asks it to
        ...", "The recommendation to the NPCC on ... is being taken forward nationally"): the sentence says whose the
        recommendation is where it names it, so the passage is about that body's part, at any length (a first line
        saying so used to be read only in a passage under 500 characters, and an overview's sentence running on into
        the writer's general acceptance was kept). Read only where the writers are known and that body is not among
        them, and not on a heading or a row (a heading "Recommendation 1: to the Home Office" stands over an answer)."""
        if not self.author_ids or s.kind == "row" or "ecommendation" not in self.text[s.start:s.start + 30]:
            return False
        if self.doc.blocks[s.blocks[0]].kind not in (PARAGRAPH, LIST_ITEM):
            return False
        m = _OPENS_AS_THEIRS.match(self.text, s.start, min(s.end, s.start + 300))
        if not m:
            return False
        who = m.group("who").lower()
        theirs = next(oid for key, oid in _THEIRS_ID if who.startswith(key))
        return theirs not in self.author_ids

    def _theirs_told(self, text: str, a: int, e: int) -> bool:
        """Whether the sentence text[a:e] is a national body's act told in the third person by writers that are not
        that body, with no act of the writer's own in it."""
        if not self.author_ids:
            return False
        m = _THEIRS_SUBJECT.match(text, a, e)
        if not m or _OWN_ACT.search(text, m.end(), e):
            return False
        who = m.group("who").lower()
        return next(oid for key, oid in _THEIRS_ID if who.startswith(key)) not in self.author_ids

    def _headings_in(self, s: Segment) -> frozenset[str]:
        """The texts of the headings a passage ran on into (the next section's title: no sentence of its answer)."""
        blocks = self.doc.blocks
        return frozenset(blocks[i].text.strip() for i in s.blocks[1:] if blocks[i].kind == HEADING)

    def _waits_on_sole(self, answer: str, headings: frozenset[str] = frozenset()) -> bool:
        """A report with one recommendation, for a national body: a force's "Recommendation 1 is for the Home Office.
        We are waiting for its decision and will not change our practice until then." is that force's answer (it
        waits on the national body), not a line saying the recommendation is someone else's."""
        if self.super_complaint is None or len(self.super_complaint.recommendations) != 1:
            return False
        first = sentences(answer, 0, len(answer))
        if first and "not" in answer and _PUT_ASIDE.search(answer, first[0][0], first[0][1]):
            return False  # "... is addressed to the Home Office and is not covered by this update": put aside
        if first and "matter" in answer and _MATTER_FOR.match(answer, first[0][0], first[0][1]):
            # "That is a matter for the Government." opening the passage after the quoted recommendation: the writer
            # leaves it to its recipient (the page goes on to its own work on other findings), it does not wait on it
            return False
        # "Recommendation 1 is for the Home Office. We would welcome the involvement of commissioners in its work.":
        # a wish for the recipient's work, or its news, is no answer of the writer's
        # and "Forces should review their local procedures ..." after it is what others must do, no answer either
        # (a page's "Updated 30 June 2022" run into the passage is the page's line, not the writer's answer)
        # (and a national body's own act or plan told in the third person, "The College of Policing will revise its
        # guidance", is that body's news, not the writer's waiting)
        own = " ".join(answer[a:e] for a, e in first[1:] if not _REPORTS_SENTENCE.match(answer, a, e)
                       and not (e - a < 40 and find_dates(answer[a:e])) and not self._theirs_told(answer, a, e)
                       and answer[a:e] not in headings)
        return len(first) > 1 and bool(own) and answer_content(own) and not _others_news_only(answer[first[1][0]:])

    def _cell_puts_aside(self, s: Segment) -> bool:
        """A row one of whose cells says whose the recommendation is ("10 | NPCC | For the NPCC"): the cells read
        joined ("NPCC For the NPCC") hide the cell's own start, so each is read alone (a row another cell answers is
        kept by `_answered_beside`)."""
        return s.kind == "row" and len(s.answer) > 1 and any(_not_for_us(self.text[a:e]) for a, e in s.answer)

    def _answered_beside(self, s: Segment) -> bool:
        """A row of a joint response answers in one column what another calls not applicable ("Commissioner: the
        assessment has not yet begun | Chief Constable: Not applicable to the force")."""
        if s.kind != "row" or len(s.answer) < 2:
            return False
        cells = [self.text[a:e] for a, e in s.answer]
        return any(answer_content(c) and not _not_for_us(c) for c in cells)

    def _same_style(self, segs: list[Segment], s: Segment) -> bool:
        idx = segs.index(s)
        if idx == 0:
            return False
        prev = self.doc.blocks[segs[idx - 1].blocks[0]]
        cur = self.doc.blocks[s.blocks[0]]
        return prev.kind == cur.kind and prev.bold == cur.bold and prev.level == cur.level

    # --- alignment to the catalogue
    def align(self, segs: list[Segment]) -> None:
        if not self.recs:
            for s in segs:
                s.ids = list(
                    dict.fromkeys(
                        (self.super_complaint.parent_id(n) if self.super_complaint else parent_number(n))
                        for n in s.numbers
                        if n
                    )
                )
            return
        cat_ids = [r.id for r in self.super_complaint.recommendations]
        renumbered = any(s.text_match and s.numbers and self.super_complaint.parent_id(s.numbers[0]) != s.text_match
                         and len(s.numbers) == 1 for s in segs)
        if not renumbered:
            renumbered = self._recipients_disagree(segs)
        if not renumbered:
            for s in segs:
                ids = []
                for n in s.numbers:
                    p = self.super_complaint.parent_id(n) if n else s.text_match
                    if p and p not in cat_ids and s.text_match:
                        p = s.text_match
                    if p:
                        ids.append(p)
                        if p not in cat_ids:
                            self.warnings.append(
                                f"'{s.label[:60]}' names recommendation {p}, which the catalogue does not list.")
                s.ids = list(dict.fromkeys(ids))
            return
        self.warnings.append("The document numbers the recommendations its own way; they were matched to the "
                             "catalogue by their text and order.")
        relevant = [r.id for r in self.super_complaint.recommendations
                    if not self.author_roles or set(r.recipients) & (self.author_roles | {"all_recipients"})]
        used: set[str] = set()
        last = -1
        for s in segs:
            if s.text_match:
                s.ids = [s.text_match]
            else:
                candidates = [r for r in relevant if r not in used and cat_ids.index(r) > last]
                if not candidates:
                    candidates = [r for r in cat_ids if r not in used]
                if not candidates:
                    continue
                s.ids = [self._best_by_answer(s, candidates)]
                self.warnings.append(f"'{s.label[:60]}' was matched to recommendation {s.ids[0]} by its position.")
            used.update(s.ids)
            last = max(last, max(cat_ids.index(i) for i in s.ids if i in cat_ids))

    def _best_by_answer(self, s: Segment, candidates: list[str]) -> str:
        first = candidates[0]
        answer = fold(s.answer_text(self.text))[:2000]
        if not answer or len(candidates) == 1:
            return first
        similarity = {c: fuzz.token_set_ratio(answer, fold(self.super_complaint.recommendation(c).full_text))
                      for c in candidates[:3]}
        best = max(similarity, key=similarity.get)
        return best if similarity[best] - similarity[first] >= scores.RENUMBERED_BY_ANSWER else first

    def _recipients_disagree(self, segs: list[Segment]) -> bool:
        """'Recommendation 2. To chief constables' when the catalogue's 2 is for the Home Office."""
        disagree = agree = 0
        for s in segs:
            # a heading that names its recipients: "Recommendation 2. To chief constables"
            m = _RECIPIENT_HEADING.match(s.label)
            if not m or len(s.numbers) != 1 or s.kind == "sentence":
                continue
            said = set(recipients_in(m.group(1)))
            rec = self.super_complaint.recommendation(self.super_complaint.parent_id(s.numbers[0]))
            count = self.super_complaint.recommendation_count
            beyond = rec is None and count is not None and s.numbers[0].isdigit() and int(s.numbers[0]) > count
            if not said or (rec is not None and not rec.recipients_known) or (rec is None and not beyond):
                continue  # the catalogue does not know whom it is for (or lists only some): nothing to disagree with
            if rec is None or not said & set(rec.recipients):
                disagree += 1
            else:
                agree += 1
        return disagree > agree
