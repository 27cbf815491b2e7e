"""Organisation names: variants built by rule from organisations.csv, and who wrote a document.

Documents name a body in many ways ("Sussex PCC", "OPCC for Sussex", "the Office of the Sussex
Police and Crime Commissioner", "the Constabulary"). Rather than listing the spellings seen in
sample files, every variant is derived from the reference names: the area is the name without
its policing suffix, and each kind of body gets the usual templates around its area.
Generic role words ("the Force", "OPCC", "the Commissioner") are resolved to the bodies of the
area the document is about.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import accumulate

from .catalogue import Catalogue, Organisation
from .textutil import lowered

_TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)?|&", re.I)
_APOSTROPHE_S = re.compile(r"['\u2019]s$")
_SMALL = {"of", "and", "the", "for", "&", "in", "on", "a"}
_FORCE_SUFFIXES = ("police service", "police force", "constabulary", "police")
_COMMISSIONER_TITLE = re.compile(
    r"\b(?:police,?\s+(?:fire\s+(?:and\s+rescue\s+)?(?:and\s+)?)?(?:and\s+)?crime(?:\s+and\s+victims['\u2019]?)?\s+"
    r"commissioner|commissioner(?:\s*\(.*\))?)\b", re.I)

# Templates around an area name, by the kind of body; "{a}" is the normalised area.
_FORCE_TEMPLATES = ("{a} police", "{a} constabulary", "{a} police force", "{a} police service",
                    "chief constable of {a}", "{a} chief constable")
_PCC_TEMPLATES = (
    "{a} pcc", "{a} pfcc", "{a} opcc", "{a} opfcc", "{a} commissioner",
    "{a} police and crime commissioner", "{a} police fire and crime commissioner",
    "{a} police and crime commissioner office", "{a} office of the police and crime commissioner",
    "{a} office of the pcc", "office of the {a} police and crime commissioner",
    "office of the {a} police fire and crime commissioner", "office of the {a} pcc",
    "police and crime commissioner for {a}", "police fire and crime commissioner for {a}",
    "pcc for {a}", "pfcc for {a}", "opcc for {a}", "opfcc for {a}",
    "office of the police and crime commissioner for {a}", "office of the pcc for {a}",
    "office of the police fire and crime commissioner for {a}", "commissioner for {a}",
)
_MAYOR_TEMPLATES = ("mayor of {a}", "{a} mayor", "{a} combined authority", "{a} deputy mayor for policing",
                    "deputy mayor for policing and crime for {a}")
# Welsh bodies publish bilingually: "Heddlu Gwent", "Comisiynydd Heddlu a Throseddu Dyfed-Powys"
_WELSH_FORCE_TEMPLATES = ("heddlu {a}",)
_WELSH_PCC_TEMPLATES = ("comisiynydd heddlu a throseddu {a}", "swyddfa comisiynydd heddlu a throseddu {a}",
                        "comisiynydd {a}")
_WELSH_AREA_WORDS = {"north": "gogledd", "south": "de", "wales": "cymru"}
_AUTHORITY_TEMPLATES = ("{a} police authority", "{a} police authority board")

# Role words that stand for the area's own force or policing body.
_ROLES = {
    "force": ("the force", "our force", "this force", "the constabulary", "our constabulary",
              "the chief constable", "chief constable", "the police force", "the chief officer team",
              "commissioner of police of the metropolis", "commissioner of the city of london police"),
    "policing_body": ("the commissioner", "police and crime commissioner", "police fire and crime commissioner",
                      "office of the police and crime commissioner", "office of the pcc",
                      "the commissioner office", "office of the commissioner", "the office of the pcc",
                      "police and crime commissioner office", "deputy police and crime commissioner",
                      "deputy mayor for policing and crime", "deputy mayor for policing", "the deputy mayor",
                      "police fire and crime commissioner office"),
}
_COMMISSIONER_LED = re.compile(r"\bmetropolitan\b|\bcity\s+of\s+london\b", re.I)
_ROLE_ACRONYMS = {"OPCC": "policing_body", "OPFCC": "policing_body", "PCC": "policing_body",
                  "PFCC": "policing_body", "DPCC": "policing_body"}


# _TOKEN on text already lower-cased, without re.I: the same matches (these four are the characters besides A-Z
# that re.I lets [a-z] match; lower-casing leaves no A-Z), and a third faster, as no character is case-folded
_TOKEN_LOW = re.compile(r"[a-z0-9\u0130\u0131\u017f\u212a]+(?:['\u2019][a-z\u0130\u0131\u017f\u212a]+)?|&")


# the same, capturing: re.split returns the words between the gaps, in C (finditer makes a match object a word)
_SPLIT = re.compile(f"({_TOKEN.pattern})", re.I)
_SPLIT_LOW = re.compile(f"({_TOKEN_LOW.pattern})")


def words(text: str) -> tuple[list[str], list[int], list[int]]:
    """The normalised words of text, with their start and end offsets (three lists of one length)."""
    low = lowered(text)
    if len(low) != len(text):  # a few characters lowercase to two; keep offsets exact
        low = text
        parts = _SPLIT.split(text)
        out = [w.lower() for w in parts[1::2]]
    else:
        parts = _SPLIT_LOW.split(low)
        out = parts[1::2]
    # parts alternate gap, word, gap, ..., gap: the running length before a word is its start, after it its end
    offsets = list(accumulate(map(len, parts)))
    if "'" in low or "\u2019" in low or "&" in low:
        # a word that is not alphanumeric is "&" or has an apostrophe
        out = [t if t.isalnum() else "and" if t == "&" else _APOSTROPHE_S.sub("", t).replace("'", "").replace(
            "\u2019", "") for t in out]
    if "majesty" in low:  # "Her Majesty's" and "His Majesty's" name the same body
        for k in range(1, len(out)):
            if out[k] == "majesty" and out[k - 1] == "her":
                out[k - 1] = "his"
    return out, offsets[0:-1:2], offsets[1::2]


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) for every word of text."""
    return list(zip(*words(text)))


def norm(text: str) -> str:
    return " ".join(words(text)[0])


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", re.sub(r"\(.*?\)", "", name)) if w]
    sig = [w for w in words if w.lower() not in _SMALL and w[:1].isalpha()]
    return "".join(w[0].upper() for w in sig)


@dataclass(frozen=True)
class Entry:
    ids: tuple[str, ...]  # empty for role words
    kind: str  # name | area | role
    role: str | None = None  # force | policing_body for role words


@dataclass
class Mention:
    start: int
    end: int
    entry: Entry
    ids: tuple[str, ...]  # resolved ids (role words get theirs from the document's area)


def _area_of(org: Organisation, name: str) -> str | None:
    n = re.sub(r"\(.*?\)", "", name).strip()
    if org.kind == "force":
        low = n.lower()
        for suf in _FORCE_SUFFIXES:
            if low.endswith(" " + suf):
                return n[: -len(suf) - 1].strip()
        return None
    if org.kind == "policing_body":
        low = n.lower()
        if low.startswith("mayor of "):
            return n[len("mayor of "):].strip()
        if " police authority" in low:
            return n[: low.index(" police authority")].strip()
        m = re.match(r"(?:police(?:,?\s+fire)?\s+and\s+crime\s+commissioner|commissioner)\s+for\s+(.+)$", n, re.I)
        if m:
            return m.group(1).strip()
        stripped = _COMMISSIONER_TITLE.sub("", n).strip(" ,")
        if stripped and stripped != n:
            return stripped
    return None


_AND_CRIME = re.compile(r"\s+(?:and|&)\s+crime\b", re.I)


class OrgIndex:
    """All name variants of the catalogue's organisations, matched over a token stream."""

    def __init__(self, catalogue: Catalogue):
        self.orgs = catalogue.org_by_id
        self.entries: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.acronyms: dict[str, Entry] = {}
        self.family: dict[str, str] = {}  # org id -> id of the force it belongs with
        self.members: dict[str, list[str]] = defaultdict(list)
        self.areas: dict[str, set[str]] = defaultdict(set)  # org id -> normalised areas
        for o in catalogue.organisations:
            fam = o.oversees if o.kind == "policing_body" and o.oversees else o.id
            if o.kind in ("force", "policing_body"):
                self.family[o.id] = fam
                self.members[fam].append(o.id)
        office_acronyms: dict[str, set[str]] = defaultdict(set)
        for o in catalogue.organisations:
            names = (o.name,) + o.former_names
            for name in names:
                self._add(norm(name), Entry((o.id,), "name"))
                for inner in re.findall(r"\((.*?)\)", name):
                    for part in re.split(r"\s+-\s+", inner):
                        if part.isupper() and len(part) >= 3:
                            self.acronyms[part] = Entry((o.id,), "name")
                        elif len(part.split()) >= 2:
                            self._add(norm(part), Entry((o.id,), "name"))
                            if o.kind == "policing_body" and len(acronym(part)) >= 4:
                                # "GMCA": the initials of a combined authority's own name
                                self.acronyms.setdefault(acronym(part), Entry((o.id,), "name"))
                    self._add(norm(re.sub(r"\s*\(.*?\)", "", name)), Entry((o.id,), "name"))
                acr = acronym(name)
                # initials name national bodies and some forces ("NPCC", "GMP"); a PCC's would
                # collide with them ("Norfolk PCC" is not the NPCC), so offices get "OxPCC" below
                if len(acr) >= 3 and "-" not in name and (
                        o.kind in ("national", "designated_body") or (o.kind == "force" and len(name.split()) >= 3)):
                    self.acronyms.setdefault(acr, Entry((o.id,), "name"))
                area = _area_of(o, name)
                if o.kind == "policing_body" and o.oversees in self.orgs and not area:
                    area = _area_of(self.orgs[o.oversees], self.orgs[o.oversees].name)
                if area:
                    self._add_area(o, area, office_acronyms)
            if o.kind == "policing_body" and o.oversees in self.orgs:
                force = self.orgs[o.oversees]
                for fname in (force.name,) + force.former_names:
                    farea = _area_of(force, fname)
                    if farea:
                        self._add_area(o, farea, office_acronyms)
        for acr, ids in office_acronyms.items():
            self.acronyms.setdefault(acr, Entry(tuple(sorted(ids)), "name"))
        for role, phrases in _ROLES.items():
            for p in phrases:
                self._add(norm(p), Entry((), "role", role))
        for acr, role in _ROLE_ACRONYMS.items():
            self.acronyms[acr] = Entry((), "role", role)
        self.prefixes = {key[:j] for key in self.entries for j in range(1, len(key) + 1)}
        self.first_words = {key[0] for key in self.entries}
        self.known_names = {" ".join(k) for k in self.entries}
        # the words find() must look at: those beginning a name, and the lower case of every ASCII acronym (a
        # superset: find() checks each fully); a word with other letters is always looked at
        self.gate = self.first_words | {a.lower() for a in self.acronyms if a.isascii()}

    def _add(self, key: str, entry: Entry):
        words = tuple(key.split())
        if words and entry not in self.entries[words]:
            self.entries[words].append(entry)

    def _add_area(self, o: Organisation, area: str, office_acronyms):
        a = norm(area)
        if not a:
            return
        self.areas[o.id].add(a)
        if o.kind == "force":
            templates = _FORCE_TEMPLATES
        elif o.body_type == "mayor":
            templates = _MAYOR_TEMPLATES + _PCC_TEMPLATES
        elif o.body_type == "police authority":
            templates = _AUTHORITY_TEMPLATES
        else:
            templates = _PCC_TEMPLATES
        for t in templates:
            self._add(t.format(a=a), Entry((o.id,), "name"))
        if o.country == "Wales":
            welsh = {a, " ".join(_WELSH_AREA_WORDS.get(w, w) for w in a.split())}
            for t in _WELSH_FORCE_TEMPLATES if o.kind == "force" else _WELSH_PCC_TEMPLATES:
                for wa in welsh:
                    self._add(t.format(a=wa), Entry((o.id,), "name"))
        self._add(a, Entry((self.family.get(o.id, o.id),), "area"))
        if o.kind == "policing_body":
            # "OSPCC": Office of the Sussex PCC; the same letters may fit several areas
            initials = "".join(w[0] for w in a.split() if w not in _SMALL).upper()
            if initials:
                office_acronyms[f"O{initials}PCC"].add(o.id)
                office_acronyms[f"O{initials}PFCC"].add(o.id)

    def find(self, text: str) -> list[Mention]:
        toks, starts_at, ends_at = words(text)
        out: list[Mention] = []
        n = len(toks)
        prefixes, entries, starts, acronyms, gate = self.prefixes, self.entries, self.first_words, self.acronyms, \
            self.gate
        i = 0  # the first word not yet read (a name found skips its words)
        # most words begin no name: one set lookup each, in one comprehension rather than the loop below
        if text.isascii():
            candidates = [c for c, t in enumerate(toks) if t in gate]
        else:
            candidates = [c for c, t in enumerate(toks) if t in gate or not t.isascii()]
        for c in candidates:
            if c < i:
                continue
            i = c
            t, s, e = toks[i], starts_at[i], ends_at[i]
            if t not in starts and (e - s < 3 or not text[s].isupper() or t.upper() not in acronyms):
                continue
            hit = None
            if t in starts:
                key: tuple = ()
                k = 0
                # extend while the words so far begin some variant; keep the longest full match
                while i + k < n:
                    key = key + (toks[i + k],)
                    if key not in prefixes:
                        break
                    k += 1
                    found = entries.get(key)
                    if found and (k > 1 or text[s].isupper()):  # single words only as proper nouns
                        hit = (k, found)
            if hit is None and e - s >= 3 and t.upper() in self.acronyms and not text[s:e].islower():
                hit = (1, [self.acronyms[t.upper()]])
            if hit:
                k, found = hit
                entry = found[0] if len(found) == 1 else Entry(
                    tuple(sorted({x for en in found for x in en.ids})), found[0].kind, found[0].role)
                end = ends_at[i + k - 1]
                if entry.ids and all(self.orgs[x].kind == "force" for x in entry.ids if x in self.orgs) \
                        and _AND_CRIME.match(text, end):
                    # "the Surrey Police and Crime Plan", "Kent Police and Crime Panel": not the force, but they
                    # name the area (a panel paper's cover may be the only place that says whose office wrote it)
                    fams = tuple(sorted({self.family.get(x, x) for x in entry.ids}))
                    out.append(Mention(s, end, Entry(fams, "area"), fams))
                    i += k
                    continue
                out.append(Mention(s, end, entry, entry.ids))
                i += k
        return out


def index(catalogue: Catalogue) -> OrgIndex:
    return catalogue.cached("org_index", OrgIndex)


# --- who wrote the document -------------------------------------------------------------------

def resolve(text: str, mentions: list[Mention], idx: OrgIndex, head_end: int,
            described: list[Mention] = ()) -> str | None:
    """Pick the area the document is about and give role words its bodies. `described`: the names in what
    the file says about itself (the site it is on, its letterhead), which count like the head's."""
    score: Counter = Counter()
    for m in [*mentions, *described]:
        fams = {idx.family[i] for i in m.ids if i in idx.family}
        if len(fams) != 1:
            continue
        w = 3 if m in described or m.start < head_end else 1
        score[fams.pop()] += w
    primary = score.most_common(1)[0][0] if score else None
    # in London "the Commissioner" heads a force, not a policing body
    commissioner_led = primary in idx.orgs and bool(_COMMISSIONER_LED.search(idx.orgs[primary].name))
    for m in mentions:
        if m.entry.kind == "role":
            role = m.entry.role
            if commissioner_led and role == "policing_body" and text[m.start:m.end].lower().endswith("commissioner") \
                    and "crime" not in text[m.start:m.end].lower():
                role = "force"
            m.ids = tuple(i for i in idx.members.get(primary, ()) if _role_of(idx.orgs[i]) == role)
        elif len(m.ids) > 1 and primary:
            own = tuple(i for i in m.ids if idx.family.get(i) == primary)
            m.ids = own or ()
    return primary


def _role_of(o: Organisation) -> str:
    return "force" if o.kind == "force" else "policing_body"


# --- letters from other bodies appended to a response ------------------------------------------

_APPENDIX = re.compile(r"^\W*(?:annex|annexe|appendix|appendices|enclosure|attachment|schedule)\b", re.I)
_FOREIGN_INTRO = re.compile(
    r"^\W*(?:(?:annex|annexe|appendix|enclosure|attachment|schedule)\b[^:\n]{0,20}?[:.\-\u2013]?\s*)?"
    r"(?:a\s+)?(?:copy\s+of\s+)?(?:the\s+)?(?:letter|response|reply|correspondence|update)\s+(?:from|by|of)\b"
    r"|^\W*(?:annex|annexe|appendix|enclosure|attachment)\b.{0,100}\b(?:letter|response|reply|correspondence)\b", re.I)


def foreign_zones(doc, mentions: list[Mention], idx: OrgIndex, primary: str | None,
                  after: int) -> list[tuple[int, int]]:
    """Spans holding another body's letter ("Annex A: letter from the Home Office"): what it says
    about a recommendation is its answer, not the document's, and its writer is no author."""
    zones: list[tuple[int, int]] = []
    start = None
    for b in doc.blocks:
        if b.start < after or len(b.text) > 200:
            continue
        opens = False
        if _FOREIGN_INTRO.match(b.text):
            ids = {i for m in mentions if b.start <= m.start < b.end and m.entry.kind == "name" for i in m.ids}
            if ids:
                if primary:
                    opens = not any(idx.family.get(i) == primary for i in ids)
                else:
                    opens = all(idx.orgs[i].kind == "national" for i in ids if i in idx.orgs)
        if opens:
            if start is None:
                start = b.start
        elif start is not None and _APPENDIX.match(b.text):
            zones.append((start, b.start))
            start = None
    if start is not None:
        zones.append((start, len(doc.text)))
    return zones
