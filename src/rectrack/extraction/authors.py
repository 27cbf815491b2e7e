"""Who wrote a document: the organisations that wrote or answer in it, not every body it mentions.

An analyst looks at where a name stands. Each place adds points to the organisation it names
(`scores.AUTHOR_*`):

- the file's own description: a web page's title and the site it is on, a letter's letterhead in the
  page header, the title or letterhead at the top of the text;
- a phrase that says whose the document is: "response from X", "X's response", "on behalf of X",
  "From: X", "This is the joint response of X and Y", "X has responded to the recommendations";
- the body speaking: "X accepts this recommendation", "X has commissioned", "X is working with ...";
- the signature: the names and titles after "Yours sincerely", or at the end of a statement; a title
  names its body ("Police and Crime Commissioner for Gwent", "NPCC Lead for ...", "Minister of State
  for Crime and Policing" is the Home Office), and a national title outranks the signatory's own force;
- a spokesperson: "Speaking for the APCC, its lead, the Commissioner for Dorset, said" speaks for the
  APCC, not for Dorset.

Names in other places (partners, bodies consulted, "the Chief Constable, who will reply separately")
add nothing; a few subtract. National bodies count only from the places above, never from being the
subject of a sentence alone, since responses talk about them all the time. The organisations with
enough points are the authors, in the order their evidence appears; when none has, the most-named body
of the area the document is about is.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict

from . import scores
from .blocks import TABLE_ROW, Document, control_cells, quoted_message
from .orgs import Mention, OrgIndex
from .textutil import ASCII_FOLDS, can_match, finditer, lowered, openings

_WHAT_IS_FROM = (r"(?:response|responses|update|reply|submission|statement|letter|position|action\s+plan|"
                 r"progress\s+report)")
# each alternative opens with words of its own ("joint X" and "X" rather than an optional "joint"), so that
# `textutil.finditer` tries the pattern only where those words stand (it was tried at every position of the front
# matter, some 0.14 ms a thousand characters)
_AUTHOR_CUE = re.compile(
    r"\b(?:(?:joint\s+" + _WHAT_IS_FROM + "|" + _WHAT_IS_FROM + r")"
    # [ \t]: a title ending "... government response" above a "From: Home Office" line is not "response from"
    r"[ \t]+(?:is\s+)?(?:from|by|of)\b(?!:)|on\s+behalf\s+of|prepared\s+by|submitted\s+by|"
    r"written\s+by|provided\s+by|published\s+by|made\s+(?:on\s+[^.\n]{3,30}\s+)?by|issued\s+by|laid\s+by|from:|author:|"
    # a tracker's or plan's keeper: "This tracker is owned jointly by X and Y", "maintained by", "compiled by"
    r"(?:owned|maintained|compiled)\s+(?:jointly\s+)?by|"
    # a paper's cover form: "Report of | The Police and Crime Commissioner", "Paper by: NPCC Lead for ..."
    r"(?<![\w ])(?:report|paper|briefing)\s+(?:of|by)\s*[:|]|"
    # a tracker's keeper on a labelled line of its own: "Owner: NPCC Lead for Bail Management", "Plan owner: ..."
    r"(?<![\w ])(?:(?:document|plan|tracker)\s+owner|owner)\s*:|"
    # the document saying whose work it records: "This tracker records what Lincolnshire Police is doing", "this
    # page sets out how the force and the Commissioner are answering": the body whose plan it is
    r"this\s+(?:tracker|plan|page|update|report|document|paper|note|table|log)\s+(?:records|sets\s+out|shows|"
    r"describes|summari[sz]es|tracks|reports)\s+(?:what|how|the\s+(?:progress|work|actions?)\s+(?:of|by))\s+|"
    r"speaking\s+(?:for|on\s+behalf\s+of))\s*(?:the\s+)?", re.I)
# used with .match(text, pos), which anchors at pos by itself ("^" would only match at 0)
_AUTHOR_AFTER = re.compile(
    r"[ \t:\-\u2013]{0,3}(?:['\u2019]s\s+)?(?:joint\s+|summary\s+|updated\s+|second\s+|final\s+)?"
    r"(?:response|update|reply|"
    r"progress\s+update|progress\s+report|submission|position|action\s+plan|statement|comments|foreword|news|"
    r"press\s+release|media\s+release|press\s+office|media\s+(?:team|office|enquiries))\b"
    r"(?!\s+(?:from|by)\b)|\s+(?:has|have)\s+(?:published|responded|considered|written|set\s+out|collated|"
    r"gathered|provided|produced|prepared)\b|\s+(?:responds?|welcomes?)\b",
    re.I,
)
_OWN_REPORT = re.compile(
    r"\W{0,3}(?:['\u2019]s\s+)?(?:progress\s+|annual\s+|interim\s+|national\s+)?(?:report|overview|"
    r"briefing|note|summary|update|analysis)\s*(?:on|of|to|for|:)|"
    # a body's own series: "APCC Members' Briefing 2021/27", "NPCC Policy Bulletin 4", "College Weekly Update: ..."
    # (an audience or series word, then the kind of paper and its number or the title's end; a report's subject in
    # between, "HMICFRS super-complaint report on ...", is no series)
    r"\s+(?:members['\u2019]?\s+|member\s+|policy\s+|portfolio\s+|weekly\s+|monthly\s+)(?:briefing|bulletin|"
    r"update|note|newsletter)\b(?:\s*(?:no\.?\s*)?\d[\d/.-]*)?\s*(?:[:\-\u2013]|$)",
    re.I,
)
_WINDOW_STOP = re.compile(r"[.;:\n]|\bto\s+the\b|\bregarding\b|\bconcerning\b|\bin\s+response\b", re.I)
# the body answering: "X accepts", "X has commissioned", "X is working"
_SPEAKS = re.compile(
    r"\W{0,2}(?:now\s+|has\s+|have\s+|had\s+|is\s+|are\s+|will\s+|also\s+|already\s+|fully\s+){0,3}"
    r"(?:consider|considers|considered|deem|deems|regard|regards|accept|accepts|accepted|agree|agrees|agreed|"
    r"implemented|completed|commissioned|funded|introduced|launched|issued|appointed|reviewed|changed|"
    r"working|developing|reviewing|building|preparing|moving|rewriting|mapping|delivering|taking|changing|"
    r"supports?|welcomes?|responds?|responded|published|collated|gathered|asked|written|wrote|"
    r"set\s+out|made|taken|put|begun|started|received|"
    # a record of a meeting: "The Deputy Chief Constable reported that ...", "presented the update"
    r"reported\s+that|presented\s+(?:the|an?|its|his|her)\s+(?:[\w'\u2019]+\s+){0,2}?(?:update|report|response))\b",
    re.I)
# an email's closings too: "Best wishes" (and "With best wishes"), "Warm regards", "Regards," on a line of its own
# (every alternative opens with a word, none a common one: `textutil.openings` gates the scan on them)
_SIGN_OFF = re.compile(r"\byours\s+(?:sincerely|faithfully|truly)\b|"
                       r"\b(?:kind|best|warm|warmest)\s+(?:regards|wishes)\b|(?<![^\n])regards,?[ \t]*$|"
                       # "the terms were signed off by the Commissioner", "signed up to": a past act, no signature
                       r"\bsigned(?::\s|\s(?!off\b|up\b|into\b|in\b|out\b))",
                       re.I | re.M)
# names that a sentence shows are someone else's answer, or a partner's
_NOT_THE_AUTHOR_AFTER = re.compile(
    r"\W{0,3}(?:who|which)\s+(?:will|has|have)\s+(?:reply|replied|respond|responded|publish|published|answer)|"
    r"\W{0,3}(?:will|is\s+to|are\s+to)\s+(?:reply|respond|answer|publish)|"
    r"\W{0,3}(?:has|have)\s+been\s+consulted|\W{0,3},?\s+whose\s+response", re.I)
_ELSEWHERE = re.compile(r"[^.\n]{0,160}?\b(?:(?:published|set\s+out|available|issued|posted)\s+(?:separately|elsewhere|"
                        # "... is published on the force's website", "can be read on its own site"
                        # (or "on the Surrey Police website": the body's name before the word)
                        r"(?:on|at)\s+(?:the\s+\w+['\u2019]s|its|their|the\s+force|the\s+commissioner|"
                        r"the(?:\s+[A-Z][\w&'\u2019-]*){1,5})\s+(?:own\s+)?"
                        r"(?:website|web\s*site|site|web\s*pages?|pages?))|"
                        # "South Wales Police has published its own response to recommendations 1 and 4"
                        r"(?:has|have)\s+published\s+(?:its|their)\s+own\b|"
                        # "... has published a separate response": the adjective of "published separately"
                        r"(?:has|have)\s+(?:published|issued|sent|made)\s+(?:an?\s+|its\s+|their\s+)?separate\b|"
                        # "The Chief Constable has written to you separately about them": another's letter, reported
                        r"(?:written|wrote|replied|responded|reported|answered)\s+(?:to\s+(?:you|us|them|the\s+"
                        r"[\w'\u2019 ]{2,40}?)\s+)?separately\b)", re.I)
# the object of another's scrutiny: "the Board examined the force's response", "scrutiny of Gwent Police's response"
_SCRUTINISED_BEFORE = re.compile(
    r"\b(?:examined|scrutinised|scrutinized|reviewed|considered|discussed|challenged|questioned|assessed|tested|"
    r"received|welcomed|noted|(?:scrutiny|review|examination|assessment)\s+of)\s+(?:the\s+)?$", re.I)
# the subject of a clause about what someone else will do: "until the Home Office has responded", "once the force has"
_CLAUSE_BEFORE = re.compile(r"\b(?:until|unless|once|after|before|when|whether|if|till|pending|awaiting|waiting\s+for)"
                            r"\s+(?:the\s+)?$", re.I)
# a byline: the body's name opens the line, then its date: "Cambridgeshire Constabulary - published 21 November 2024"
_BYLINE_AFTER = re.compile(r"[ \t]*[-\u2013\u2014|\u00b7\u2022][ \t]*(?:first\s+|last\s+)?"
                           r"(?:published|updated|posted|issued)\b|"
                           # a tracker's masthead: the name as a sentence of its own, then the paper's particulars
                           # ("Cheshire Constabulary. Version 3. Position as at 30 June 2023.")
                           r"\.[ \t]+(?:version\b|v\d|(?:(?:data|position|status|figures|information)[ \t]+)?"
                           r"as[ \t]+at\b|(?:last[ \t]+|first[ \t]+)?(?:updated|published)\b|prepared[ \t]+by\b|"
                           r"owner:)", re.I)
_NOT_THE_AUTHOR_BEFORE = re.compile(
    r"(?:answered|consulted|funded|commissioned|supported|contacted|informed)\s+by\s+(?:the\s+)?$|"
    r"\b(?:are|is)\s+(?:for|addressed\s+to|directed\s+at)\s+(?:the\s+)?$|\bwith\s+(?:the\s+)?$|\bto\s+(?:the\s+)?$|"
    r"\bfor\s+(?:the\s+)?$|\b(?:scrutiny|review|assessment|oversight|evaluation)\s+of\s+(?:the\s+)?$", re.I)
# first person singular of a commissioner: "my office", "the services I fund"
_COMMISSIONER_VOICE = re.compile(r"\bmy\s+(?:office|team|victims|commissioning|police\s+and\s+crime\s+plan|"
                                 r"deputy)\b|\b(?:services|support)\s+(?:that\s+)?i\s+(?:fund|commission)|"
                                 r"\bi\s+(?:have\s+)?(?:commissioned|funded|fund|commission)\b", re.I)
# the same, in two parts that open with words of their own ("my", "services", "support"), and the verbs of "I fund",
# "I have commissioned", found first, with the "I" looked for before them (`commissioner_voice`)
_MY_VOICE = re.compile(r"\bmy\s+(?:office|team|victims|commissioning|police\s+and\s+crime\s+plan|deputy)\b|"
                       r"\b(?:services|support)\s+(?:that\s+)?i\s+(?:fund|commission)", re.I)
_I_VERB = re.compile(r"(?:commissioned|funded|fund|commission)\b", re.I)


def commissioner_voice(text: str, end: int) -> int | None:
    """Where `_COMMISSIONER_VOICE.search(text, 0, end)` starts, or None: the same answer, with the patterns tried only
    where their words stand (the whole pattern, a case-blind alternation opening with a one-letter word, was tried at
    every position of the document: some 0.45 ms of a 19 ms Markdown reading)."""
    t = text[:end] if end < len(text) else text
    low = lowered(t)
    if len(low) != len(t) or any(c in t for c in ASCII_FOLDS):  # a letter that lower-cases to two, or re.I folds
        m = _COMMISSIONER_VOICE.search(t)
        return m.start() if m else None
    first = next(finditer(_MY_VOICE, t, low), None)
    best = first.start() if first else None
    for v in finditer(_I_VERB, t, low):
        at = _first_person_before(t, v.start())
        if at is not None and (best is None or at < best):
            best = at
    return best


def _first_person_before(t: str, verb: int) -> int | None:
    """Where "I" stands before the verb at `verb` as "\\bi\\s+(?:have\\s+)?" reads it, or None."""
    j = verb
    while j > 0 and t[j - 1].isspace():  # \s is what str.isspace calls space
        j -= 1
    if j == verb:
        return None
    if _word_i_ends(t, j):
        return j - 1
    if j >= 4 and t[j - 4:j].lower() == "have":
        k = m = j - 4
        while m > 0 and t[m - 1].isspace():
            m -= 1
        if m < k and _word_i_ends(t, m):
            return m - 1
    return None


def _word_i_ends(t: str, e: int) -> bool:
    # "i" ending at e, with a word boundary before it (\w is what str.isalnum calls alphanumeric, and "_")
    return e >= 1 and t[e - 1] in "iI" and (e == 1 or not (t[e - 2].isalnum() or t[e - 2] == "_"))


# titles of office that name their body
_NATIONAL_TITLES = [
    (
        "npcc",
        re.compile(
            r"\b(?:npcc|national\s+police\s+chiefs['\u2019]?\s+council)(?:['\u2019]s)?\s+(?:national\s+)?"
            r"(?:lead|chair|portfolio)|"
            # "the national lead for ...", but not "the APCC's national lead for ...": that names its own body
            r"(?<![a-z]['\u2019]s\s)(?<![a-z]s['\u2019]\s)\bnational\s+(?:policing\s+)?lead\s+for\b|\bchair\s+of\s+the\s+(?:npcc|national\s+police\s+chiefs)",
            re.I,
        ),
    ),
    (
        "apcc",
        re.compile(
            r"\b(?:apcc|association\s+of\s+police\s+and\s+crime\s+commissioners)(?:['\u2019]s?)?\s+"
            r"(?:joint\s+|deputy\s+|portfolio\s+|national\s+)*(?:lead|chair)|"
            r"\bchair\s+of\s+the\s+(?:apcc|association\s+of\s+police)|"
            r"\bspeaking\s+(?:for|on\s+behalf\s+of|as)\s+the\s+apcc",
            re.I,
        ),
    ),
    (
        "home-office",
        re.compile(
            r"\b(?:minister\s+(?:of\s+state\s+)?for\s+(?:crime|policing|safeguarding|security|"
            r"victims|violence|immigration)|home\s+secretary|secretary\s+of\s+state\s+for\s+the\s+home\s+"
            r"department|permanent\s+secretary,\s+home\s+office)",
            re.I,
        ),
    ),
    (
        "ministry-of-justice",
        re.compile(
            r"\b(?:lord\s+chancellor|secretary\s+of\s+state\s+for\s+justice|(?:parliamentary\s+)?"
            r"under-secretary\s+of\s+state\s+for\s+justice|minister\s+(?:of\s+state\s+)?for\s+"
            r"(?:courts|justice|prisons|victims\s+and\s+sentencing))",
            re.I,
        ),
    ),
    ("cps", re.compile(r"\bdirector\s+of\s+public\s+prosecutions|\bchief\s+crown\s+prosecutor", re.I)),
    (
        "college-of-policing",
        re.compile(r"\bchief\s+executive(?:\s+officer)?,?\s+(?:of\s+the\s+)?college\s+of\s+policing", re.I),
    ),
]


_APPENDIX = re.compile(r"^\W*(?:annex|annexe|appendix|enclosure|attachment)\b|\bletter\s+from\b", re.I)
# a copy list runs on over its hard-wrapped lines, to the paragraph's end
_COPY_LINE = re.compile(r"^\W*(?:cc|copy\s+to|copies\s+to|copied\s+to|distribution|enc(?:losure)?s?)\b[^\n]*"
                        r"(?:\n(?![ \t]*\n)[^\n]*)*", re.I | re.M)
# "the report made recommendations to the Home Office": the national body the report addresses may be the one
# answering (a local body named so in a force's or commissioner's document is not, and still loses points)
_RECIPIENT_OF = re.compile(r"\brecommendations?\s+(?:\w+\s+){0,3}?(?:to|for)\s+(?:the\s+)?$", re.I)
# the same said at a sentence's length: "the two recommendations of the report that are addressed jointly to the Home
# Office": a body the recommendations are addressed to is the body that answers them, not a bystander
_ADDRESSED_RECOMMENDATIONS = re.compile(r"\brecommendations?\b[^.\n]{0,140}?\b(?:addressed|made|directed|given)\s+"
                                        r"(?:\w+\s+)?(?:to|at)\s+(?:the\s+)?$", re.I)
# a page carrying others' papers: "we have added the second NPCC response", "attached is the force's update"
_CARRIED_BEFORE = re.compile(r"\b(?:added|uploaded|attached|enclosed|linked\s+to)\s+(?:the\s+)?(?:(?:first|second|"
                             r"third|latest|new|final|updated|full)\s+)?$", re.I)
# a line that links a file, closed by the file's kind and size: "National Police Chiefs' Council - letter of 5
# September 2022 (PDF, 210KB)"; the name on it is the listed document's writer, not the page's
_FILE_LINK_END = re.compile(r"\((?:pdf|docx?|word|odt|rtf|xlsx?|csv|html?)\b[^()\n]{0,30}\)\W*$", re.I)
# a building named after the body that owns it, in an address or a venue: a place, not a writer
_BUILDING_AFTER = re.compile(r"[ \t]+(?:headquarters|hq|station|house|centre|center|building|offices)\b", re.I)
# under a signature, "to (the)" names whom something goes to; "for the College of Policing" signs for it
_SENT_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
# a record of a meeting: its heading says so ("Panel - Minutes", "Notes of the meeting", "Record of the meeting")
_MEETING_RECORD = re.compile(r"\bminutes\b|\b(?:notes|record)\s+of\s+(?:the\s+)?meeting\b", re.I)
# in a meeting's record, an officer giving the account of their body's own work: "The Commissioner reported on
# recommendation 3a", "The Deputy Chief Constable updated the Panel", "introduced the paper"; the minutes are theirs
_GIVES_ACCOUNT = re.compile(r"\W{0,2}(?:also\s+|then\s+|further\s+)?(?:reported|updated|briefed|presented|introduced|"
                            r"outlined|summarised|summarized|confirmed|explained|advised|informed|said)\b", re.I)
# the force's chief officers by the short forms minutes use ("The DCC confirmed that ...", "T/ACC Smith updated"): a
# force's officer giving the account of the force's work in a record of a meeting makes the force of the record's area
# one of its authors, though the record never spells the force's name (its capitals: "acc" is no officer)
_FORCE_OFFICER = re.compile(r"\b(?:T/)?(?:DCC|ACC|(?:Deputy|Assistant|Temporary\s+Assistant)\s+Chief\s+Constable)\b"
                            r"(?:[ \t]+[A-Z][\w'\u2019-]+)?")
# a force's name that runs on into the area's "Police (, Fire) and Crime" title is the opening of another body's name:
# "Essex Police, Fire and Crime Panel" is the panel that scrutinises the commissioner, no work of Essex Police (a
# committee of the force's own, "Kent Police Strategic Board", keeps its force: its name runs on otherwise)
_LONGER_BODY_AFTER = re.compile(r",?[ \t]+(?:Fire(?:[ \t]+and[ \t]+Rescue)?,?[ \t]+)?and[ \t]+Crime\b", re.I)
# another body's response the document carries with it, not its own words: "The Chief Constable's response to the
# recommendations made to chief constables is attached", "enclosed with this letter" (the passive of what
# `_CARRIED_BEFORE` reads in the active: "we have attached the force's response")
_CARRIED_AFTER = re.compile(r"[^.]{0,160}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:attached|"
                            r"enclosed|appended|annexed)\b|"
                            # its publication told as a past event of its own date: "The Home Office's response to
                            # recommendation 4 was published in November 2022": another document, reported
                            r"[^.;]{0,160}?\b(?:was|were|had\s+been)\s+(?:first\s+)?(?:published|issued|sent|"
                            r"submitted)\s+(?:in|on)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:19|20)\d\d\b", re.I)
# a line listing a document: a title with its date in brackets closing the line, and no verb ("NPCC statement in
# response to the report (16 December 2022)", "Home Office: response (May 2024)"): a page's list of others' papers
_DATED_LINK_END = re.compile(r"\([^()\n]{0,30}\b(?:19|20)\d\d\)\W*$")
# a report, inspection or guidance named earlier in the same sentence: the "published by" after it is its maker's
_OTHERS_WORK_BEFORE = re.compile(r"\b(?:report|super-?complaint|inspection|guidance|review|findings)\b[^.\n]{0,140}$",
                                 re.I)
# documents in the plural as the subject of a verb of making: "Responses from forces are published by ...", "updates
# will be issued by": this document is one; the many are others' (the plural's sentence only)
_OTHERS_DOCUMENTS_BEFORE = re.compile(r"\b(?:responses|updates|replies|submissions|letters|statements|reports|plans|"
                                      r"papers)\b[^.\n]{0,80}?\b(?:are|were|will\s+be|have\s+been|get)\s+(?:also\s+|"
                                      r"now\s+|all\s+)?$", re.I)
_BY_OF_MAKING = re.compile(r"(?:published|issued|made|laid|written)\b", re.I)
_BY = re.compile(r"\bby\s+(?:the\s+)?", re.I)
# what a document says of its own making, just before the "by": "Made on 3 December", "Published", "Laid"
_MADE_BY = re.compile(r"\b(?:made|laid|published|issued|signed|written|prepared|submitted|presented|"
                      r"produced)\b(?:\s+on\s+[^.\n]{3,30})?\s*$", re.I)
_ADDRESSEE_BEFORE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$", re.I)
_SAID = re.compile(r"\b(?:said|says|commented|added)\b")
_SPOKESPERSON_OF = re.compile(
    r"(?:['\u2019]s)?\s+(?:joint\s+|national\s+|deputy\s+)?(?:lead|chair|spokesperson|spokesman|"
    r"spokeswoman|portfolio\s+lead|president|chief\s+executive)\b[^,.\n]{0,40},\s*(?:the\s+)?",
    re.I,
)
_SAID_AFTER = re.compile(r"[^.\n]{0,30}?\b(?:said|says|commented|added)\b", re.I)
_OFFICE_TITLE = re.compile(
    r"[\s|:]*(?:the\s+)?(?:deputy\s+|assistant\s+|acting\s+|interim\s+)?(?:chief\s+executive|chief\s+finance\s+officer|"
    r"monitoring\s+officer|(?:head|director)\s+of\s+[\w ]{2,40}?|"
    r"[\w ]{2,40}?\s+(?:manager|officer|lead|adviser|advisor|analyst|co-?ordinator))"
    r"\s*(?:,|\bof\b|\bat\b|\bfor\b)\s*(?:the\s+)?", re.I)
# the labels of a document control table's keeper
# (not "Organisation": a record of a meeting's attendance lists other bodies under it)
_CONTROL_OWNER = re.compile(r"\W*(?:document\s+|plan\s+|report\s+)?(?:owner|owned\s+by|authors?|prepared\s+by|"
                            r"produced\s+by|written\s+by|issued\s+by)\W*", re.I)
# an email's sender before their organisation in brackets: "From: Marsh, Alan (NPCC Migrant Victims Portfolio)"
_SENDER = re.compile(r"[ \t]*[A-Z][\w'\u2019-]+(?:,?[ \t]+[A-Z][\w'\u2019.-]*){0,3}[ \t]*\([ \t]*(?:the[ \t]+)?")
# the plural of a document word before "from": the responses of several bodies, reported ("Responses from the NPCC,
# the Home Office and the APCC to our report have now been published")
_OTHERS_RESPONSES = re.compile(r"(?:responses|updates|replies|submissions|letters|statements)\s", re.I)
_RECEIVED_AFTER = re.compile(r"\b(?:have|has|had)\s+(?:now\s+|all\s+)?been\s+(?:published|received|collected|"
                             r"made\s+public|submitted|shared)\b|"
                             r"\b(?:are|were)\s+(?:now\s+)?(?:published|available|listed|set\s+out)\b", re.I)
# a partner in the file's own description: a force's footer "Working in partnership with the Police and Crime
# Commissioner for Kent" names whom it works with, not a second writer
_PARTNER_BEFORE = re.compile(r"\b(?:in\s+partnership\s+with|(?:working|together)\s+with|with\s+the\s+support\s+of|"
                             r"supported\s+by|funded\s+by)\s+(?:the\s+)?$", re.I)
# a title's subtitle naming the paper as the body's own: "...: NPCC progress note", "... - APCC update"
_SUBTITLE_END = re.compile(r"(?::|[ \t][-\u2013\u2014])[ \t]*(?:the[ \t]+)?$", re.I)
_SUBTITLE_OWN = re.compile(r"(?:['\u2019]s)?[ \t]+(?:(?:progress|position|briefing)[ \t]+"
                           r"(?:note|update|summary|report)|note|update|summary)[ \t.]*", re.I)
# what follows a body's name in its own letterhead or footer: its street address, ending in a postcode
_POSTAL_ADDRESS = re.compile(r"[ \t]*,[^\n]{0,100}?\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}[ \t.]*")
_JOINED = re.compile(r"[\s,&/]*(?:(?:and|the|its|our)\b[\s,&/]*)*", re.I)
# the same in a byline of names, where a commissioner's name may come with its office ("... and the Office of the
# Durham Police, Crime and Victims' Commissioner"); a full stop may close the line
_BYLINE_JOINED = re.compile(r"[\s,&/]*(?:(?:and|the|its|our|office\s+of)\b[\s,&/]*)*\.?\s*", re.I)


def _shifted(m: Mention, by: int) -> Mention:
    return Mention(m.start - by, m.end - by, m.entry, m.ids)


class _Evidence:
    def __init__(self):
        self.points: dict[str, float] = defaultdict(float)
        self.first: dict[str, int] = {}
        self.vetoed: set[str] = set()

    def add(self, ids, points: float, pos: int) -> None:
        for i in ids:
            self.points[i] += points
            self.first[i] = min(self.first.get(i, pos), pos)


def find_authors(doc: Document, mentions: list[Mention], idx: OrgIndex, front_end: int, title_end: int,
                 primary: str | None) -> list[str]:
    text = doc.text
    # an email reply's quoted earlier message was written by whom the reply answers ("Yours sincerely, ... HMICFRS")
    quoted = quoted_message(doc)
    named = [m for m in mentions if m.entry.kind in ("name", "role") and m.ids and m.start < quoted
             and not (m.entry.kind == "name" and _LONGER_BODY_AFTER.match(text, m.end, m.end + 40))]
    ev = _Evidence()

    def kind(i: str) -> str:
        return idx.orgs[i].kind if i in idx.orgs else ""

    def owner(value: str, m: Mention) -> bool:
        """A national body in a title wrote it only when the title is its own ("NPCC response to ...", a
        letterhead that is just its name), not when it names the report ("HMICFRS super-complaint")."""
        lead = value[:m.start]
        opens = not lead.strip(" \"'(").lower().removeprefix("the").strip()
        if not opens and _SUBTITLE_END.search(lead) and _SUBTITLE_OWN.fullmatch(value, m.end):
            # "Stalking super-complaint: NPCC progress note": the subtitle after the colon is the body's own paper
            return True
        rest = value[m.end:].split("\n")[0]
        # "Home Office, 2 Marsham Street, London SW1P 4DF" in a letter's footer: the body's own postal address
        alone = opens and (not rest.strip(" .,:;\"')") or bool(_POSTAL_ADDRESS.fullmatch(rest)))
        # "NPCC report on progress" opening a title is the NPCC's; "the HMICFRS, College and IOPC report" is not
        return alone or bool(_AUTHOR_AFTER.match(value, m.end, m.end + 60)) or (
            opens and bool(_OWN_REPORT.match(value, m.end, m.end + 40)))

    def local_writer() -> bool:
        return any(p >= scores.AUTHOR_MIN and kind(i) in ("force", "policing_body") for i, p in ev.points.items())

    # 1. the file's own description, and the title or letterhead at the top
    # (a PDF's running header and footer, "running", are read like a title: a national body there must own it)
    for key, weight in (("site", scores.AUTHOR_SITE), ("title", scores.AUTHOR_TITLE), ("header", scores.AUTHOR_TITLE),
                        ("running", scores.AUTHOR_TITLE)):
        for value in (doc.meta.get(key) or "").split(" / ") if key == "running" else [doc.meta.get(key) or ""]:
            for m in idx.find(value) if value else ():
                if m.entry.kind == "name" and not _PARTNER_BEFORE.search(value, max(0, m.start - 40), m.start) \
                        and not _BUILDING_AFTER.match(value, m.end, m.end + 20) \
                        and not _LONGER_BODY_AFTER.match(value, m.end, m.end + 40):
                    ev.add([i for i in m.ids if kind(i) != "national" or key not in ("title", "running")
                            or owner(value, m)], weight, -1)
            for title_rx in _NATIONAL_TITLES if value else ():
                if title_rx[1].search(value):
                    ev.add([title_rx[0]], weight, -1)
    front = doc.blocks[min(len(doc.blocks), 6) - 1].end if doc.blocks else 0
    for by in _BY.finditer(text, 0, front):  # "Made on 3 December by the Minister for Safeguarding": a title of office
        if not _MADE_BY.search(text, max(0, by.start() - 40), by.start()):
            continue  # "once it has been agreed by the NPCC lead for bail": someone else's act, not the author
        for org, rx in _NATIONAL_TITLES:
            if rx.match(text, by.end(), by.end() + 120):
                ev.add([org], scores.AUTHOR_TITLE, by.start())
    inside = _inside_address(doc)
    for m in named:
        if m.start < title_end:
            if _ADDRESSEE_BEFORE.search(text, max(0, m.start - 30), m.start):
                continue  # "update to the Office of the Police and Crime Commissioner": whom it is for
            if inside[0] <= m.start < inside[1]:
                continue  # "Chief Constable / Hampshire and Isle of Wight Constabulary" above "Dear Chief Constable"
            if _recipient_field(text, m.start):
                continue  # an email header's "To: Policy Officer, Office of the Police and Crime Commissioner"
            if _BUILDING_AFTER.match(text, m.end, m.end + 20):
                continue  # a letterhead's address, "Gloucestershire Police Headquarters": where the office sits
            if _SCRUTINISED_BEFORE.search(text, max(0, m.start - 40), m.start):
                continue  # a title "Scrutiny of the force's response to ...": the work examined, not its writer's
            local = [i for i in m.ids if kind(i) != "national"]
            block = next((b for b in doc.blocks if b.start <= m.start < b.end), None)
            if m.entry.kind == "role" and block is not None and \
                    any(rx.search(text, m.end, block.end) for _, rx in _NATIONAL_TITLES):
                continue  # "Deputy Chief Constable, NPCC Lead for ...": the lead's rank, not a force of the area
            if block is not None and owner(text[block.start:block.end], _shifted(m, block.start)):
                local = list(m.ids)
            ev.add(local, scores.AUTHOR_TITLE, m.start)
    # a control table's owner or author ("Owner | Version | Date" over "Surrey Police | 2.1 | 21/11/2024")
    for a, b in control_cells(doc, max(front, title_end), _CONTROL_OWNER):
        ev.add([i for m in named if a <= m.start < b for i in m.ids], scores.AUTHOR_CUE, a)
    # 2. phrases that say whose the document is: the names right after the phrase, joined by "and"
    listed: list[tuple[int, int]] | None = None  # table rows below the front matter, found at the first cue
    for cue in finditer(_AUTHOR_CUE, text[:max(front_end, min(len(text), 2000))]):
        if _BY_OF_MAKING.match(cue.group(0)) and (
                _OTHERS_WORK_BEFORE.search(text, max(0, cue.start() - 160), cue.start()) or
                _OTHERS_DOCUMENTS_BEFORE.search(text, max(0, cue.start() - 120), cue.start())):
            continue  # "the report on stalking published by HMICFRS": who made the report, not this document; and
            # "Responses from forces are published by HMICFRS": several documents, so none of them this one
        if listed is None:
            listed = [(b.start, b.end) for b in doc.blocks[6:] if b.kind == TABLE_ROW]
        if any(a <= cue.start() < b for a, b in listed):
            continue  # a table below the front matter listing documents: "NPCC | Letter from the NPCC lead | June 2021"
        stop = _WINDOW_STOP.search(text, cue.end() + 1, min(len(text), cue.end() + 200))
        end = stop.start() if stop else min(len(text), cue.end() + 200)
        if _OTHERS_RESPONSES.match(cue.group(0)) and \
                _RECEIVED_AFTER.search(text, cue.end(), min(len(text), end + 160)):
            continue  # "Responses from the NPCC and the APCC ... have now been published": others' answers, reported
        # "From: Chief Constable, NPCC Lead for Bail Management": the national title is the writer's body, the rank
        # before it the lead's own (the signature reads the same so)
        national_post = any(rx.search(text, cue.end(), end) for _, rx in _NATIONAL_TITLES)
        pos = cue.end()
        for m in sorted((m for m in named if cue.end() <= m.start < end), key=lambda m: m.start):
            if national_post and m.entry.kind == "role" and all(kind(i) != "national" for i in m.ids):
                pos = m.end
                continue
            between = text[pos:m.start]
            # "Report of: | Deputy Chief Executive, Office of the Police and Crime Commissioner": the writer's post
            # comes before the body it names
            sender = _SENDER.fullmatch(between) and cue.group(0).strip().lower() == "from:"
            post = pos == cue.end() and (_OFFICE_TITLE.fullmatch(between) or sender)
            if not _JOINED.fullmatch(between) and not post:
                break
            ev.add(m.ids, scores.AUTHOR_CUE, m.start)
            pos = m.end
    for m in named:
        # a role word ("the force's position") says whose document it is before the answers start or as a heading
        # of its own ("Chief Constable's comments"): inside the answers' sentences a commissioner's letter speaks
        # of the force's response as often as of its own
        if m.start >= max(front_end, 3000) or not _AUTHOR_AFTER.match(text, m.end, m.end + 60):
            continue  # (where the mention stands first: most stand below the front matter, and a test of a number
            # costs nothing beside the pattern's)
        if m.entry.kind == "role" and m.start >= front_end and not _opens_short_block(doc, m.start):
            continue
        if m.start >= front_end and all(kind(i) == "national" for i in m.ids) and local_writer() \
                and not _opens_short_block(doc, m.start):
            # "The NPCC has responded nationally on behalf of chief constables" in the answers of a paper a force's
            # title or header already owns: the national body's answer, reported (the APCC's own page, owned by no
            # local body, naming itself so is still its own)
            continue
        if _ELSEWHERE.match(text, m.end, m.end + 200) or _elsewhere_below(doc, m.start) or \
                _CARRIED_AFTER.match(text, m.end, m.end + 200):
            continue  # "the Chief Constable's response ..., which is published separately" (or "is attached"): not
            # this document
        if _SCRUTINISED_BEFORE.search(text, max(0, m.start - 40), m.start) or \
                _CLAUSE_BEFORE.search(text, max(0, m.start - 30), m.start) or \
                _CARRIED_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue  # "the Board examined the force's response", "until the Home Office has responded"
        eol = text.find("\n", m.end)
        if _FILE_LINK_END.search(text, m.end, eol if eol >= 0 else len(text)):
            continue  # "Second NPCC response - overview (PDF, 1.1MB)": a link to another document, listed
        if m.start >= title_end and _listed_document(text, m.start, eol if eol >= 0 else len(text)):
            continue  # "Updated NPCC response (25 March 2024)" in a page's list of responses: a document it lists
        ev.add(m.ids, scores.AUTHOR_CUE, m.start)
    for k, m in enumerate(named):
        # a byline opening a line of the front matter: "Cambridgeshire Constabulary - published 21 November 2024";
        # a joint one names each body, joined by "and" ("Hertfordshire Constabulary and the Hertfordshire Police and
        # Crime Commissioner. Position as at ..."): every name of the line's opening list signs it
        if m.start < front_end and _BYLINE_AFTER.match(text, m.end, m.end + 40):
            line_start = text.rfind("\n", 0, m.start) + 1
            group = [m]
            while k > 0 and named[k - 1].end <= group[0].start and named[k - 1].start >= line_start and \
                    _JOINED.fullmatch(text, named[k - 1].end, group[0].start) and \
                    "," not in text[named[k - 1].end:group[0].start]:
                k -= 1
                group.insert(0, named[k])
            if text[line_start:group[0].start].strip().lower() in ("", "the", "by"):
                for g in group:
                    ev.add(g.ids, scores.AUTHOR_CUE, g.start)
    # a byline of names alone, a line of the opening below the title that only names bodies ("Wiltshire Police and
    # the Office of the Police and Crime Commissioner for Wiltshire and Swindon" under "... joint progress tracker"):
    # the bodies whose paper it is, each of them (an inside address above "Dear" names whom a letter is to)
    opening: list[Mention] = []  # the names of the opening blocks (mentions come in the text's order)
    limit = doc.blocks[min(len(doc.blocks), _OPENING_BLOCKS) - 1].end if doc.blocks else 0
    for m in named:
        if m.start >= limit:
            break
        opening.append(m)
    for b in doc.blocks[1:_OPENING_BLOCKS]:
        if b.start < title_end or b.end - b.start > 200 or inside[0] <= b.start < inside[1]:
            continue
        line = [m for m in opening if b.start <= m.start < b.end]
        pos = b.start
        for m in line:
            if m.start < pos or not _BYLINE_JOINED.fullmatch(text, pos, m.start):
                break
            pos = m.end
        else:
            if line and _BYLINE_JOINED.fullmatch(text, pos, b.end):
                for m in line:
                    ev.add(m.ids, scores.AUTHOR_CUE, m.start)
    # 3. the body speaking, anywhere (national bodies excepted: responses talk about them)
    for m in named:
        local = [i for i in m.ids if kind(i) in ("force", "policing_body")]
        if local and _SPEAKS.match(text, m.end, m.end + 80) and not _ELSEWHERE.match(text, m.end, m.end + 200) and \
                not _CLAUSE_BEFORE.search(text, max(0, m.start - 30), m.start):
            ev.add(local, scores.AUTHOR_SPEAKS, m.start)  # (a national body's name is not read: it would add nothing)
    # 3a. a meeting's record: the bodies whose officers give the account of their own work wrote it with the meeting
    # (a commissioner reporting to a panel is as much its author as the force; the panel itself is no body of ours)
    if _MEETING_RECORD.search(text, 0, max(title_end, min(len(text), 300))):
        for m in named:
            if _GIVES_ACCOUNT.match(text, m.end, m.end + 30) and \
                    not _CLAUSE_BEFORE.search(text, max(0, m.start - 30), m.start):
                ev.add([i for i in m.ids if kind(i) in ("force", "policing_body")], scores.AUTHOR_CUE, m.start)
        area_forces = [i for i in idx.members.get(primary, ()) if kind(i) == "force"] if primary else []
        for officer in _FORCE_OFFICER.finditer(text) if area_forces else ():  # asked only of a meeting's record
            if _GIVES_ACCOUNT.match(text, officer.end(), officer.end() + 30) and \
                    not _CLAUSE_BEFORE.search(text, max(0, officer.start() - 30), officer.start()):
                ev.add(area_forces, scores.AUTHOR_CUE, officer.start())
                break
    # 4. the signature (a copy list under it names whom it was sent to, not who signed)
    copies = [(m.start(), m.end()) for m in _COPY_LINE.finditer(text)]
    for zone_start, zone_end in _signature_zones(doc):
        if zone_start >= quoted:
            continue
        zone = _blank(text, zone_start, zone_end, copies)
        national = [org for org, rx in _NATIONAL_TITLES if rx.search(zone)]
        ev.add(national, scores.AUTHOR_SIGNATURE, zone_start)
        for m in named:
            if zone_start <= m.start < zone_end and not any(a <= m.start < b for a, b in copies) and \
                    not _SENT_TO_BEFORE.search(text, max(0, m.start - 30), m.start):
                # (not "Send the letter to the NPCC" in an action list closing the text: whom it goes to)
                ids = m.ids
                if national:  # "NPCC Lead for Migrant Victims, Derbyshire Constabulary": the signatory's home force
                    ids = [i for i in ids if kind(i) == "national"]
                ev.add(ids, scores.AUTHOR_SIGNATURE, m.start)
    # 3b. a commissioner writing in the first person, where the document names no body of its own (read after the
    # signature, which may show that a national body wrote it)
    # a national body's letter ("my office is mapping ...") is not a commissioner's, whatever area it is posted from
    national_writes = any(p >= scores.AUTHOR_MIN and kind(i) == "national" for i, p in ev.points.items())
    voice = commissioner_voice(text, quoted) if primary and not national_writes else None
    if voice is not None:
        ev.add([i for i in idx.members.get(primary, ()) if kind(i) == "policing_body"], scores.AUTHOR_CUE, voice)
    # 5. a spokesperson speaks for the body they represent; partners and others' answers add nothing
    # (once per body: a table that says "not applicable to the force" fifteen times is not fifteen times less
    # the force's; and only for names: role words like "the force" mostly mean the author's own bodies)
    against: set[str] = set()
    # the body whose website the page is on: "Write to Norfolk Constabulary" in its contact lines, "Action 1 for the
    # College of Policing" on the College's page are its own address and its own work, not another's
    site_own = {i for m in idx.find(doc.meta["site"]) for i in m.ids} if doc.meta.get("site") else set()
    for m in named:
        before = text[max(0, m.start - 40):m.start]
        recipient = m.entry.kind == "name" and m.start > title_end and _NOT_THE_AUTHOR_BEFORE.search(before) \
            and not (_RECIPIENT_OF.search(before) and all(kind(i) == "national" for i in m.ids)) \
            and not _ADDRESSED_RECOMMENDATIONS.search(text, max(0, m.start - 200), m.start)
        if _NOT_THE_AUTHOR_AFTER.match(text, m.end, m.end + 60) or (recipient and not set(m.ids) <= site_own):
            fresh = [i for i in m.ids if i not in against]
            ev.add(fresh, -scores.AUTHOR_CUE, m.start)
            against.update(fresh)
    # a national body's own site quoting another national body's lead ("The NPCC lead, a chief constable, said" on
    # the College's news page) is quoting a partner, not writing with it
    site_national = {i for i in site_own if kind(i) == "national"}
    low = lowered(text)  # the gates below skip a scan of the whole text where its pattern's words are not there
    for said in _SAID.finditer(text) if can_match(_SAID, text, low) else ():
        # "the NPCC lead for honour-based abuse said": a spokesperson's title names their body
        a = max(text.rfind(".", 0, said.start()), text.rfind("\n", 0, said.start()), said.start() - 300) + 1
        e = min(x for x in (text.find(".", said.end()), text.find("\n", said.end()), said.end() + 200) if x >= 0)
        ev.add([org for org, rx in _NATIONAL_TITLES
                if rx.search(text, a, e) and (not site_national or org in site_national)], scores.AUTHOR_CUE, a)
    for m in named:
        # "The APCC's joint lead for victims, the Commissioner for Cumbria, said": speaks for the APCC
        if _SPOKESPERSON_OF.match(text, m.end, m.end + 80):
            after = _SPOKESPERSON_OF.match(text, m.end, m.end + 80).end()
            for other in named:
                if other is not m and after <= other.start < after + 10 and _SAID_AFTER.match(text, other.end,
                                                                                             other.end + 40):
                    ev.vetoed.update(i for i in other.ids if i not in m.ids)
    speaking = re.compile(r"\bspeaking\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?", re.I)
    for sp in speaking.finditer(text) if can_match(speaking, text, low) else ():
        said = text.find(" said", sp.end(), sp.end() + 300)
        end = said if said > 0 else min(len(text), sp.end() + 200)
        first = next((m for m in named if sp.end() <= m.start < end), None)
        for m in named:
            if first is not None and m is not first and first.start < m.start < end:
                ev.vetoed.update(m.ids)  # "Speaking for the APCC, its lead, the PCC for Dorset, said"
    if not any(p >= scores.AUTHOR_MIN for p in ev.points.values()):
        # 6. no writer named so far: an answer under a heading giving its recipient ("Action 1 (College of Policing)",
        # "Recommendation 4 - National Police Chiefs' Council") that opens in the first person plural ("We have
        # completed the review ...") is that recipient's own answer; one body so named throughout, not several
        # (a Markdown or text rendering has lost the site's name the HTML page carried: the body still says it)
        answering = {tuple(m.ids) for m in named if _answers_as_recipient(doc, m)}
        if len(answering) == 1:
            # (its naming as the report's addressee, "an action for the College of Policing", took points from it:
            # the recipient of a recommendation answering it in the first person is the one writer that reading
            # allows, so what was taken is given back)
            ids = list(next(iter(answering)))
            for i in ids:
                ev.points[i] = max(ev.points[i], 0.0)
            ev.add(ids, scores.AUTHOR_CUE, 0)
    negative = {i for i, p in ev.points.items() if p < 0}
    authors = [i for i, p in ev.points.items()
               if p >= scores.AUTHOR_MIN and i not in ev.vetoed and kind(i) in ("force", "policing_body", "national")]
    authors.sort(key=lambda i: (ev.first.get(i, 0), -ev.points[i]))
    if not authors and primary:
        counts = defaultdict(int)
        for m in named:
            for i in m.ids:
                if idx.family.get(i) == primary and i not in ev.vetoed and i not in negative:
                    counts[i] += 1
        total = sum(counts.values())
        authors = [i for i, c in sorted(counts.items(), key=lambda kv: -kv[1]) if c >= 0.4 * total]
    return authors


_SALUTATION = re.compile(r"^\W*dear\s", re.I)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def _inside_address(doc: Document) -> tuple[int, int]:
    """A letter's inside address: the short lines just above "Dear ...", past the letterhead and the date line (which
    may stand above or below them). It names whom the letter is to, never who wrote it; (0, 0) when there is none."""
    blocks = doc.blocks[:12]
    i = next((k for k, b in enumerate(blocks) if _SALUTATION.match(b.text)), None)
    if i is None:
        return 0, 0

    def dated(b) -> bool:
        return len(b.text) < 40 and bool(_YEAR_IN.search(b.text))

    j = i - 1
    below = j >= 1 and dated(blocks[j])  # the date stands between the address and the salutation
    if below:
        j -= 1
    k = j  # the address runs up over short lines (one block, or one a line) to the date, never to the first block
    while k >= 1 and blocks[k].kind != TABLE_ROW and len(blocks[k].text) <= 200 and not dated(blocks[k]):
        k -= 1
    if k == j or not (below or dated(blocks[k])):
        return 0, 0
    return blocks[k + 1].start, blocks[j].end


# a message header's labelled fields: the label says what the names after it are (a field may wrap onto lines of its
# own, so the field a name stands in is the last label above it)
_HEADER_LABEL = re.compile(r"(?:^|\n)[ \t]*(from|to|cc|bcc|sent|date|subject|reply-to)[ \t]*:", re.I)


def _recipient_field(text: str, pos: int) -> bool:
    """The name at pos stands in a message header's "To:", "Cc:" or "Bcc:" field: whom it was sent to, never its
    writer, however the header wraps."""
    a = text.rfind("\n\n", 0, pos) + 1  # the header is one block: its fields run up to the blank line
    labels = [m.group(1).lower() for m in _HEADER_LABEL.finditer(text, max(a, pos - 300), pos)]
    return bool(labels) and labels[-1] in ("to", "cc", "bcc")


_SENTENCE_GAP = re.compile(r"\. ")


def _elsewhere_below(doc: Document, pos: int) -> bool:
    """A heading "The Chief Constable's response" whose section only says where that response is published ("North
    Wales Police's response to them is published on the force's website"): the section is not that body's answer."""
    for k, b in enumerate(doc.blocks):
        if b.start <= pos < b.end:
            if len(b.text) > 80 or k + 1 >= len(doc.blocks):
                return False
            below = doc.blocks[k + 1].text[:400]
            return any(_ELSEWHERE.match(below, a) for a in [0] + [m.end() for m in _SENTENCE_GAP.finditer(below)])
    return False


# a heading naming an answer and its recipient: "Action 1 (College of Policing)", "Recommendation 4 - the NPCC", "Rec 2:
# for the Home Office" (the number, then a bracket, dash or colon, the body's name closing the heading)
_RECIPIENT_HEADING = re.compile(r"\W*(?:recommendation|rec\.?|action)\s*\d{1,2}[a-z]?\s*[(:\-\u2013\u2014]\s*"
                                r"(?:for\s+|to\s+)?(?:the\s+)?", re.I)
_WE_OPENS = re.compile(r"\W*(?:we|our)\b", re.I)
_OPENING_BLOCKS = 4


def _answers_as_recipient(doc: Document, m: Mention) -> bool:
    """The name closes a heading that gives an answer's recipient, and the block below opens with "We" or "Our"."""
    text = doc.text
    if not _RECIPIENT_HEADING.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start):
        return False  # (the line's opening first: most names stand in no such heading, and no block is looked for)
    for k, b in enumerate(doc.blocks):
        if b.start <= m.start < b.end:
            return b.end - b.start < 120 and k + 1 < len(doc.blocks) and \
                bool(_RECIPIENT_HEADING.fullmatch(text, b.start, m.start)) and \
                not text[m.end:b.end].strip(" )].") and bool(_WE_OPENS.match(text, doc.blocks[k + 1].start))
    return False


def _listed_document(text: str, pos: int, eol: int) -> bool:
    """The line is an entry in a list of documents: a short line closed by its date in brackets, with no verb."""
    if not _DATED_LINK_END.search(text, pos, eol):
        return False
    a = text.rfind("\n", 0, pos) + 1
    return eol - a < 200 and not _FINITE_VERB.search(text, a, eol)


def _opens_short_block(doc: Document, pos: int) -> bool:
    """The mention at pos opens a short block (a heading), but for a leading "the"."""
    for b in doc.blocks:
        if b.start <= pos < b.end:
            lead = doc.text[b.start:pos].strip().lower()
            return lead in ("", "the") and len(b.text) <= 80
    return False


def _blank(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with the given spans blanked out (offsets kept)."""
    chars = list(text[start:end])
    for a, b in spans:
        for k in range(max(a, start), min(b, end)):
            chars[k - start] = " "
    return "".join(chars)


def _signature_lines_end(text: str, start: int, end: int) -> int:
    """Where the short lines a block opens with (a signature kept as one paragraph: "DCC Alan Marsh", "NPCC Lead for
    ...", "National Police Chiefs' Council") give way to prose; start when its first line is prose already."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line = text[pos:nl if nl >= 0 else end]
        if len(line) > 90 or line.rstrip().endswith((".", "?", "!")) or ". " in line:
            return pos
        pos = nl + 1 if nl >= 0 else end
    return end


# "HMICFRS, Police perpetrated domestic abuse, 2022.": a footnote's citation (body, title, year)
_CITATION = re.compile(r"^\W*(?:\d{1,2}\s+)?[A-Z][^,\n]{1,60},\s+[^\n]{3,160}?,\s+(?:\w+\s+)?(?:19|20)\d\d\.?\s*$")
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had)\b", re.I)


def _sign_offs(text: str):
    """The sign-offs, tried only where one of their opening words stands: the pattern's case-blind alternatives
    tried at every position of a long report cost more than the rest of the signature search."""
    low = lowered(text)
    if not can_match(_SIGN_OFF, text, low):
        return
    words = openings(_SIGN_OFF)
    if words is None or any(c in text for c in ASCII_FOLDS):  # a letter re.I folds to ASCII: scan it all
        yield from _SIGN_OFF.finditer(text)
        return
    at = sorted(i for w in words if w in low for i in _occurrences(low, w))
    end = 0
    for i in at:
        m = _SIGN_OFF.match(text, i) if i >= end else None
        if m:
            end = m.end()
            yield m


def _occurrences(low: str, word: str):
    i = low.find(word)
    while i >= 0:
        yield i
        i = low.find(word, i + 1)


def _signature_zones(doc: Document) -> list[tuple[int, int]]:
    """Where a signature stands: after "Yours sincerely", and the last short lines of a document that ends
    with names and titles rather than prose."""
    text = doc.text
    zones = []
    starts: list[int] = []
    for m in _sign_offs(text):
        # the short lines after "Yours sincerely": a name, a title, a body; not an appended letter
        end = min(len(text), m.end() + 300)
        starts = starts or [b.start for b in doc.blocks]  # the blocks after it, found by halving: an email's
        for b in doc.blocks[bisect.bisect_left(starts, m.end()):]:  # closings recur in every quoted message
            if len(b.text) > 120 or _APPENDIX.match(b.text):
                # a signature whose lines stay one paragraph (name, title, body, address) above an email's
                # disclaimer is read to its first line of prose
                end = min(end, b.start if _APPENDIX.match(b.text) else _signature_lines_end(text, b.start, b.end))
                break
        zones.append((m.end(), end))
    tail = []
    for b in reversed(doc.blocks[-4:]):
        # a sentence, or a quotation closing a news item ('..., said: "We will ..."'), is not a signature
        ends = b.text.rstrip().rstrip("\"'\u201d\u2019)").endswith((".", "?", "!", ":"))
        # "Recommendation 3 is for the NPCC.": a short sentence is prose too, not a name or a title
        prose = ends and (len(b.text) > 60 or bool(_FINITE_VERB.search(b.text)))
        prose = prose or bool(_CITATION.match(b.text))  # a footnote citing a body's report is no signature
        if b.kind == TABLE_ROW or len(b.text) > 160 or prose:
            break
        tail.append(b)
    if tail and len(doc.blocks) > len(tail):
        zones.append((tail[-1].start, tail[0].end))
    return zones
