"""From bytes to the contract's JSON object: read, then analyse."""
from __future__ import annotations

import re
from pathlib import Path

from . import complaint, dates, orgs, refs, status
from .blocks import Document
from .catalogue import Catalogue
from .errors import ExtractionError
from .formats import DOCX, HTML, MARKDOWN, PDF, TEXT, decode, sniff
from .limits import DEFAULT_LIMITS, Limits, megabytes
from .segment import Segment, Segmenter, _NUM, expand_numbers, find_markers
from .textutil import sentences

LOW_CONFIDENCE = 0.6

_FULFILS = re.compile(r"\bthis\s+(?:\w+\s+){0,2}(?:fulfils|fulfills|discharges|satisfies|meets|completes)\s+"
                      r"recommendation\s+(" + _NUM + r")", re.I)
_UPDATE_REC = re.compile(r"\b(?:provide|publish|submit|send)\s+(?:an?\s+|their\s+)?(?:update|progress\s+report|"
                         r"report\s+on\s+progress)", re.I)
_UPDATE_SAID = re.compile(r"\b(?:this\s+(?:update|response|report|document|letter)|provide\s+an\s+update|"
                          r"(?:an|this)\s+update)\b", re.I)


def _readers():
    from .readers.docx import read_docx
    from .readers.html import read_html
    from .readers.markdown import read_markdown
    from .readers.pdf import read_pdf
    from .readers.text import read_text
    # binary formats take bytes; the others take the decoded text
    return {PDF: (read_pdf, False), DOCX: (read_docx, False), HTML: (read_html, True),
            MARKDOWN: (read_markdown, True), TEXT: (read_text, True)}


def _size_error(size: int, max_bytes: int) -> ExtractionError:
    return ExtractionError(
        f"The file is {size / 1048576:.1f} MB, over the {megabytes(max_bytes)} limit for extraction.")


def read_document(data: bytes, filename: str = "", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Bytes to a Document (plain text and blocks); ExtractionError when unusable."""
    if len(data) > limits.max_file_bytes:
        raise _size_error(len(data), limits.max_file_bytes)
    fmt = sniff(data, filename)
    reader, wants_text = _readers()[fmt]
    try:
        doc = reader(decode(data) if wants_text else data, limits=limits)
    except ExtractionError:
        raise
    except RecursionError:
        raise ExtractionError(f"The {fmt} file is nested too deeply to read.") from None
    except MemoryError:
        raise ExtractionError(f"The {fmt} file needs too much memory to read.") from None
    if not doc.text.strip():
        raise ExtractionError(f"The {fmt} file contains no text.")
    return doc


def warm(catalogue: Catalogue) -> None:
    """Build the catalogue's name and complaint indexes now rather than on the first document."""
    complaint.detect("", [], catalogue)
    orgs.index(catalogue)


def run_task(task: str, data: bytes, filename: str, catalogue: Catalogue, limits: Limits = DEFAULT_LIMITS,
             with_text: bool = True) -> dict:
    """One request of the child process (sandbox.py): JSON-ready, and nothing else."""
    if task == "extract":
        doc = read_document(data, filename, limits)
        out = {"result": analyse(doc, filename, catalogue)}
        if with_text:
            out["text"] = doc.text
        return out
    raise ExtractionError(f"Unknown task {task!r}.")


def extract_bytes(data: bytes, filename: str, catalogue: Catalogue, limits: Limits = DEFAULT_LIMITS) -> dict:
    """The contract's object for one file; raises ExtractionError with one sentence if unreadable."""
    doc = read_document(data, filename, limits)
    return analyse(doc, filename, catalogue)


def read_path(path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """A file's bytes, refused before reading when it is over the size limit."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > limits.max_file_bytes:
            raise _size_error(size, limits.max_file_bytes)
        return p.read_bytes()
    except IsADirectoryError:
        raise ExtractionError("The path is a folder, not a file.") from None
    except FileNotFoundError:
        raise ExtractionError("The file does not exist.") from None
    except PermissionError:
        raise ExtractionError("The file cannot be read (permission denied).") from None
    except OSError as e:
        raise ExtractionError(f"The file cannot be read ({e.strerror or e}).") from None


def extract_path(path, catalogue: Catalogue, limits: Limits = DEFAULT_LIMITS) -> dict:
    return extract_bytes(read_path(path, limits), str(path), catalogue, limits)


def analyse(doc: Document, filename: str, catalogue: Catalogue) -> dict:
    text = doc.text
    warnings: list[str] = []
    idx = orgs.index(catalogue)
    mentions = idx.find(text)

    sc, sc_conf, _ = complaint.detect(text, mentions, catalogue)
    if sc is None:
        warnings.append("Could not tell which super-complaint this document answers.")

    # where the front matter ends: the first recommendation passage, or a fifth of the text
    markers = find_markers(doc)
    front_end = markers[0].start if markers else min(len(text), max(1500, len(text) // 5))
    title_end = _title_end(doc)
    primary = orgs.resolve(text, mentions, idx, front_end)
    zones = orgs.foreign_zones(doc, mentions, idx, primary, front_end)
    if zones:
        mentions = [m for m in mentions if not _inside(m.start, zones)]
        markers = [m for m in markers if not _inside(m.start, zones)]
    authors = orgs.find_authors(text, mentions, idx, front_end, title_end, primary)
    roles = {"chief_constables" if idx.orgs[a].kind == "force" else "policing_bodies" for a in authors}

    seg = Segmenter(doc, sc, roles, zones)
    segments = seg.segments(markers)
    seg.align(segments)
    warnings.extend(seg.warnings)

    excluded = set(sc.catalogue_dates) if sc else set()
    if not sc:
        for other in catalogue.super_complaints:
            excluded |= other.catalogue_dates
    doc_date = dates.document_date(doc, excluded, warnings, zones)

    responses = _responses(doc, segments, sc, idx, warnings)
    _fulfils(doc, sc, responses)
    responses.sort(key=lambda r: (r["start"], _id_key(r["recommendation"])))
    if not responses:
        warnings.append("No response to a recommendation was found.")
    for r in responses:
        if r["confidence"] < LOW_CONFIDENCE:
            warnings.append(f"Recommendation {r['recommendation']}: progress '{r['progress']}' is a low-confidence "
                            f"reading ({r['confidence']:.2f}); please check it.")

    result = {
        "file": filename,
        "format": doc.format,
        "super_complaint": sc.slug if sc else None,
        "organisations": [{"id": a, "name": idx.orgs[a].name, "kind": idx.orgs[a].kind} for a in authors],
        "document_date": doc_date,
        "responses": responses,
        "warnings": warnings,
        "super_complaint_confidence": sc_conf,
        "text_length": len(text),
    }
    if doc.pages is not None:
        result["pages"] = doc.pages
    return result


def _inside(pos: int, zones: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in zones)


def _title_end(doc: Document) -> int:
    if not doc.blocks:
        return 0
    first = doc.blocks[0]
    end = first.end
    if len(first.text) < 30 and len(doc.blocks) > 1:
        end = doc.blocks[1].end
    return min(end, 600)


def _id_key(rid: str):
    m = re.match(r"(\d+)", rid or "")
    return (int(m.group(1)) if m else 999, rid)


def _responses(doc: Document, segments: list[Segment], sc, idx, warnings) -> list[dict]:
    text = doc.text
    chosen: dict[str, Segment] = {}
    for s in segments:
        for rid in s.ids:
            prev = chosen.get(rid)
            if prev is None or _preference(s, text) > _preference(prev, text):
                chosen[rid] = s
    known = idx.known_names
    out = []
    for rid, s in chosen.items():
        label_span = [(s.start, min(s.end, s.start + len(s.label)))]
        st = status.classify(text, s.answer, s.status_cells, label_span)
        rec = sc.recommendation(rid) if sc else None
        rec_text = (rec.text if rec and rec.text else "") or s.quote_text(text)
        if st.confidence < 0.9 and _UPDATE_REC.search(rec_text[:200]):
            said = next(((a, b) for a, b in s.answer if _UPDATE_SAID.search(text[a:b])), None)
            if said:
                # the document is itself the update the recommendation asks for
                st.progress, st.confidence = status.COMPLETE, 0.75
                st.evidence = status.clean(_sentence_with(text, said, _UPDATE_SAID))
        ref_text = " ".join(text[a:b] for a, b in s.ref_spans)
        answer = s.answer_text(text)
        actions = refs.action_counts(answer)
        if actions and st.confidence < 0.9 and actions.get("total") and "completed" in actions:
            # "20 actions ... eight of these are completed" says how far the work has got
            done = actions["completed"] >= actions["total"]
            st.progress = status.COMPLETE if done else status.IN_PROGRESS
            st.confidence = 0.8
        r = {
            "recommendation": rid,
            "label": s.label,
            "progress": st.progress,
            "position": st.position,
            "confidence": st.confidence,
            "evidence": st.evidence,
            "start": s.start,
            "end": s.end,
            "references": refs.references(ref_text),
            "mentions": refs.named_bodies(answer, known),
            "position_confidence": st.position_confidence,
            "position_evidence": st.position_evidence,
        }
        if st.evidence_span:
            r["evidence_start"], r["evidence_end"] = st.evidence_span
        if len(s.ids) > 1:
            r["shared_with"] = [i for i in s.ids if i != rid]
        if actions:
            r["actions"] = actions
        out.append(r)
    return out


def _sentence_with(text, span, rx) -> str:
    for a, b in sentences(text, *span):
        if rx.search(text[a:b]):
            return text[a:b]
    return text[span[0]:span[1]]


def _preference(s: Segment, text: str) -> tuple:
    return (s.kind in ("response", "row"), len(s.answer_text(text)))


def _fulfils(doc: Document, sc, responses: list[dict]) -> None:
    """'This update fulfils recommendation 8': the document itself answers it."""
    low = doc.text.lower()
    if not any(w in low for w in ("fulfil", "discharges", "satisfies", "meets", "completes")):
        return
    have = {r["recommendation"] for r in responses}
    cat_ids = {r.id for r in sc.recommendations} if sc else set()
    for m in _FULFILS.finditer(doc.text):
        for rid in expand_numbers(m.group(1)):
            if rid in have or (cat_ids and rid not in cat_ids):
                continue
            span = next(((a, b) for a, b in sentences(doc.text, max(0, m.start() - 300), min(len(doc.text), m.end() + 300))
                         if a <= m.start() < b), (m.start(), m.end()))
            responses.append({
                "recommendation": rid, "label": doc.text[span[0]:span[1]][:200], "progress": status.COMPLETE,
                "position": "not_stated", "confidence": 0.8, "evidence": status.clean(doc.text[span[0]:span[1]]),
                "start": span[0], "end": span[1], "references": [], "mentions": [],
                "position_confidence": 0.5, "position_evidence": "",
                "evidence_start": span[0], "evidence_end": span[1],
            })
            have.add(rid)
