"""Throughput and memory of the extraction engine, on one core.

The engine is single-threaded; throughput is documents per second of this process's CPU
time, so other work on the machine does not distort it.

Renders the three shared sample responses as text, Markdown, HTML, DOCX and PDF many times
over in a temporary folder, then prints:

    BENCH extract_docs_per_s_<format> N docs/s   (text, markdown, html, docx, pdf)
    BENCH extract_pdf_pages_per_s N pages/s
    BENCH extract_peak_mb_1000 N MB              (RSS high-water of a fresh process, 1,000 documents)

Then how well it reads, on documents written for rectrack's tests (`tests/extraction/corpus`, never copied
from published responses) and on the shared sample corpus, with the team's scorer:

    BENCH extract_heldout_<figure>[_<format>] F fraction    (the first held-out set: scored once untuned,
                                                             then used; sc, orgs, date, align_f1, progress,
                                                             position)
    BENCH extract_heldout2_<figure>[_<format>] F fraction   (the second: scored once, then used)
    BENCH extract_heldout3_<figure>[_<format>] F fraction   (the third: scored once, then used)
    BENCH extract_heldout4_<figure>[_<format>] F fraction   (the fourth; heldout5 to heldout15 the
                                                             fifth to fifteenth, heldout16 round ten's progress
                                                             set, heldout17 to heldout22 the blind sets; see
                                                             ADR 0008 for each set's untuned figures and which
                                                             were tuned on since)
    BENCH extract_shared_corpus_<figure> F fraction
    BENCH extract_heldout_calibration_ece F             (expected calibration error of the confidences)
    BENCH extract_blind_sentences_<progress|position> F fraction  (a blind writer's held-back sentences, each
                                                             read as a one-sentence answer; ADR 0008 Decision 18)
    BENCH extract_blind_sentences2_<progress|position> F fraction  (a second blind writer's, round thirteen)
    BENCH extract_blind_sentences3_<progress|position> F fraction  (a third blind writer's, round fourteen)
    BENCH extract_blind_passages_<heldback|dev>_<progress|position> F fraction  (another's answer passages, each
                                                             read whole as one answer)

and the reliability table of the held-out set: for each band of confidence, how many proposals and how
many of them were right.

Run: .venv/bin/python bench/bench_extraction.py   (about two minutes)

The throughput figures swing by a fifth between runs on the shared 2-core machine (others' work lands inside the
loop); to compare two versions of the engine, alternate them in separate processes and take each document's least
CPU time over many passes (ADR 0008, "Throughput, round nine"). A change to the engine's machinery must leave its
outputs as they were: `bench/outputs_snapshot.py write DIR` before it, `check DIR` after it.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rectrack.extraction import extract_path, load_catalogue, read_document  # noqa: E402
from rectrack.extraction.blocks import HEADING, LIST_ITEM  # noqa: E402
from rectrack.extraction.catalogue import default_paths  # noqa: E402

SAMPLES = ("avon-and-somerset", "northumbria", "sussex")
PER_FORMAT = {"text": 100, "markdown": 100, "html": 100, "docx": 40, "pdf": 3}
BATCH = {"text": 300, "markdown": 300, "html": 250, "docx": 140, "pdf": 10}  # 1,000 documents
EXT = {"text": "txt", "markdown": "md", "html": "html", "docx": "docx", "pdf": "pdf"}


def _sources() -> dict[str, str]:
    shared = ROOT.parent / "shared" / "corpus" / "safe-to-share"
    if not shared.is_dir():
        shared = ROOT / "src" / "rectrack" / "sample_corpus"
    out = {}
    for name in SAMPLES:
        hits = list(shared.rglob(f"{name}.txt"))
        if not hits:
            sys.exit(f"bench: sample {name}.txt not found under {shared}")
        out[name] = hits[0].read_text(encoding="utf-8")
    return out


def _renderings(name: str, md: str) -> dict[str, bytes]:
    from markdown_it import MarkdownIt
    doc = read_document(md.encode(), f"{name}.md")
    body = MarkdownIt("commonmark").enable("table").render(md)
    page = ("<!DOCTYPE html><html><head><title>Response</title><script>var t = 1;</script></head><body>"
            "<div class='cookie-banner'><p>We use cookies.</p></div><nav><ul><li>Home</li></ul></nav>"
            f"<main>{body}</main><footer>Contact us</footer></body></html>")
    import docx
    d = docx.Document()
    for b in doc.blocks:
        if b.kind == HEADING:
            d.add_heading(b.text, level=min(b.level or 2, 6))
        elif b.kind == LIST_ITEM:
            d.add_paragraph(b.text, style="List Bullet")
        else:
            p = d.add_paragraph()
            p.add_run(b.text).bold = b.bold
    bio = io.BytesIO()
    d.save(bio)
    import weasyprint
    pdf = weasyprint.HTML(string=f"<html><body>{body}</body></html>").write_pdf()
    return {"text": doc.text.encode(), "markdown": md.encode(), "html": page.encode(), "docx": bio.getvalue(),
            "pdf": pdf}


def _write_corpus(tmp: Path) -> dict[str, list[Path]]:
    renders = {name: _renderings(name, md) for name, md in _sources().items()}
    files: dict[str, list[Path]] = {f: [] for f in EXT}
    for fmt in EXT:
        n = max(PER_FORMAT[fmt], BATCH[fmt])
        for i in range(n):
            name = SAMPLES[i % len(SAMPLES)]
            data = renders[name][fmt]
            if fmt in ("text", "markdown"):
                data += f"\n\nCopy {i}.\n".encode()  # distinct files, same shape
            p = tmp / fmt / f"{name}-{i:04d}.{EXT[fmt]}"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
            files[fmt].append(p)
    return files


_BATCH_CHILD = """
import resource, sys
sys.path.insert(0, sys.argv[1])
from rectrack.extraction import ExtractionError, extract_path, load_catalogue
cat = load_catalogue(sys.argv[2], sys.argv[3])
n = 0
for line in open(sys.argv[4], encoding="utf-8"):
    try:
        extract_path(line.strip(), cat)
        n += 1
    except ExtractionError:
        pass
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def main() -> int:
    yaml_path, csv_path = default_paths()
    if not yaml_path.exists():
        ref = ROOT.parent / "shared" / "reference"
        yaml_path, csv_path = ref / "super_complaints.yaml", ref / "organisations.csv"
    catalogue = load_catalogue(yaml_path, csv_path)
    with tempfile.TemporaryDirectory(prefix="rectrack-bench-") as tmpdir:
        tmp = Path(tmpdir)
        files = _write_corpus(tmp)
        extract_path(files["text"][0], catalogue)  # build the name index once, as a long run would
        for fmt in EXT:
            # and import each format's reader once (markdown-it, selectolax, python-docx, pypdfium2), as a long run
            # would: without bytecode caches (PYTHONDONTWRITEBYTECODE) markdown-it's import costs about 0.1 s and
            # python-docx's 0.17 s, a twentieth of the Markdown loop and a tenth of the DOCX one, which no
            # document after the first pays (a file outside the timed ones)
            extract_path(files[fmt][-1], catalogue)
        pdf_pages = 0
        for fmt in EXT:
            chosen = files[fmt][: PER_FORMAT[fmt]]
            # CPU time of this process: what one core delivers, whatever else shares the machine
            t0 = time.process_time()
            for p in chosen:
                r = extract_path(p, catalogue)
                if fmt == "pdf":
                    pdf_pages += r.pages or 0
            dt = time.process_time() - t0
            print(f"BENCH extract_docs_per_s_{fmt} {len(chosen) / dt:.1f} docs/s", flush=True)
            if fmt == "pdf":
                print(f"BENCH extract_pdf_pages_per_s {pdf_pages / dt:.1f} pages/s", flush=True)
        batch = [p for fmt in EXT for p in files[fmt][: BATCH[fmt]]]
        listing = tmp / "batch.txt"
        listing.write_text("\n".join(str(p) for p in batch), encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", _BATCH_CHILD, str(ROOT / "src"), str(yaml_path), str(csv_path),
                              str(listing)], capture_output=True, text=True, check=True).stdout.split()
        done, maxrss_kb = int(out[0]), int(out[1])
        if done != len(batch):
            print(f"bench: only {done} of {len(batch)} documents were read", file=sys.stderr)
        print(f"BENCH extract_peak_mb_1000 {maxrss_kb / 1024:.1f} MB", flush=True)
    quality(catalogue)
    return 0


FIGURES = ("sc", "orgs", "date", "align_f1", "progress", "position")
HELD_OUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
            "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15")
# round ten's progress set: scored once untuned, then tuned on (a development set now; ADR 0008)
HELD_OUT += ("heldout16",)
# the blind writers' sets (ADR 0008): heldout19 and heldout20 scored once, untuned, at round ten's end
HELD_OUT += ("heldout17", "heldout18", "heldout19", "heldout20")
# a third blind writer's sets, scored once, untuned, at round eleven's end
HELD_OUT += ("heldout21", "heldout22")
# a fourth blind writer's sets (two writers side by side), scored at round twelve's start and once at its end, untuned
HELD_OUT += ("heldout23", "heldout24")
# a fifth blind writer's sets (two writers), written mid-round twelve, scored then and once at its end, untuned
HELD_OUT += ("heldout25", "heldout26")
# a sixth blind writer's sets (two writers), written at round thirteen's start, scored then and once after its first
# half, untuned; tuned on in its second half
HELD_OUT += ("heldout27", "heldout28")
# a seventh blind writer's sets (two writers), written at round fourteen's start, scored then and once at its end,
# untuned (Decision 37)
HELD_OUT += ("heldout29", "heldout30")
# an eighth blind writer's sets (two writers), written at round fifteen's start, scored then and once at its end,
# untuned (Decision 44)
HELD_OUT += ("heldout31", "heldout32")
# a ninth blind writer's sets (two writers), written at round sixteen's start, scored then and once at its end,
# untuned (Decision 52)
HELD_OUT += ("heldout33", "heldout34")
# development sets printed beside them (not in the reliability table, which is for sets scored before tuning)
DEVELOPMENT = ("dev9",)  # round eleven's alignment classes (ADR 0008, Decision 15)
DEVELOPMENT += ("dev10",)  # round eleven's progress and position classes (ADR 0008, Decision 16)
DEVELOPMENT += ("dev11",)  # round eleven's who wrote a document, when, and its references (ADR 0008, Decision 17)
DEVELOPMENT += ("dev12",)  # round twelve's alignment classes, from heldout21 and heldout22 (ADR 0008, Decision 19)
DEVELOPMENT += ("dev13",)  # round twelve's who wrote a document and when (ADR 0008, Decision 20)
DEVELOPMENT += ("dev14",)  # round twelve's progress and position classes (ADR 0008, Decision 21)
DEVELOPMENT += ("dev15",)  # round twelve's second half, position classes from heldout23 and heldout24 (ADR 0008,
#                            Decision 22)
DEVELOPMENT += ("dev16",)  # round twelve's second half: who wrote it, when, which recommendations (Decision 23)
DEVELOPMENT += ("dev17",)  # round thirteen: who wrote it and when, from heldout25 and heldout26 (Decision 25)
DEVELOPMENT += ("dev18",)  # round thirteen's alignment: a number named only as a mention, not an answer (Decision 26)
DEVELOPMENT += ("dev19",)  # round thirteen's progress and position classes, from heldout25 and heldout26 (Decision 27)
DEVELOPMENT += ("dev20",)  # round thirteen's sent14: refusal, plan to come, acceptance in other words (Decision 29)
DEVELOPMENT += ("dev21",)  # round thirteen's second half, subj15: answers by subject, without numbers (Decision 31)
DEVELOPMENT += ("dev22",)  # round thirteen's second half, track15: a tracker's update against its status column
#                            (Decision 32)
DEVELOPMENT += ("dev23",)  # round fourteen, align16: whose numbering a number is (number-led lines, another's
#                            matter, the document's scope, another report's section; Decision 34)
DEVELOPMENT += ("dev24",)  # round fourteen, progress16: progress by the answer's latest state (Decision 35)
DEVELOPMENT += ("dev25",)  # round fourteen's authors16: who wrote it and when, read by structure (Decision 36)
DEVELOPMENT += ("dev26",)  # round fourteen, track17: a "Complete" row whose update books the work's own step
#                            for later is under way (Decision 38)
DEVELOPMENT += ("dev27",)  # round fifteen, progress18: progress as an analyst weighs its evidence (a question, a
#                            step done then the next, a share, parts in rows, the first step not taken; Decision 39)
DEVELOPMENT += ("dev29",)  # round fifteen's authors18: who wrote it, when and the position stated, read by structure
#                            (Decision 41)
DEVELOPMENT += ("dev28",)  # round fifteen, align18: a paper on several reports answers the one its sections'
#                            answers stand under; numbers named as another's are not answers (Decision 40)
DEVELOPMENT += ("dev30",)  # round fifteen, reader18: what other bodies will report is not progress of the
#                            writer's, with the retrained reader adopted (Decision 43)
DEVELOPMENT += ("dev31",)  # round fifteen, refuse18: a refusal the writer states, in any tense, person or verb of
#                            declining, is not accepted and begins nothing (Decision 46)
DEVELOPMENT += ("dev33",)  # round sixteen, scope19: numbers named but not answered (a national body's recommendation
#                            named where it is named, a number waited on, one entry of a list) (Decision 48)
DEVELOPMENT += ("dev35",)  # round sixteen, position19: a refusal of the recommendation itself whatever its reason;
#                            acceptance read from a statement's scope (a set then "all of which", the one answered, a
#                            collated response's members) (Decision 50)
DEVELOPMENT += ("dev32",)  # round sixteen, align19: answers whose recommendation stands where no rule read it (a
#                            wrapped numbered paragraph, an email's quoted message, a recipient's section, a topic
#                            within a named group, a heading naming it by recipients) (Decision 47)
DEVELOPMENT += ("dev36",)  # round sixteen, authors19: who wrote it and when, read by structure (a page's list of
#                            others' responses, a byline of names, the recipient answering as "we", the page's dates
#                            against the latest event its body tells; Decision 51)
DEVELOPMENT += ("dev37",)  # round sixteen, progress20: a row shared by several recommendations, its update marking one
#                            of them by number; a report for many bodies counting some still to follow (Decision 54)
DEVELOPMENT += ("dev34",)  # round sixteen, progress19: accepting says nothing of progress; a group's member by its
#                            place, a share settled beside "Complete", a review that found a gap, another's subject,
#                            a one-answer document's work section (Decision 49)
DEVELOPMENT += ("dev38",)  # round sixteen, align20: a place in a group named before, read as the object of the
#                            sentence's subject ("Progress on the second ...") (Decision 55)


def quality(catalogue) -> None:
    corpus = ROOT / "tests" / "extraction" / "corpus"
    if not (corpus / "heldout" / "gold").is_dir():
        print("bench: the labelled sets are not in tests/extraction/corpus; quality not measured", flush=True)
        return
    sys.path.insert(0, str(corpus))
    sys.path.insert(0, str(ROOT / "src" / "rectrack" / "extraction" / "model"))
    import score as corpus_score
    from calibrate import corpus_pairs

    from rectrack.extraction.calibration import reliability

    for name in HELD_OUT + DEVELOPMENT:
        preds = corpus_score.predictions(corpus / name, catalogue)
        print(f"{name:10} " + " ".join(f"{f:>9}" for f in FIGURES), flush=True)
        for fmt in [None, *corpus_score.EXT_FORMAT.values()]:
            figures = corpus_score.score(corpus / name, preds, [fmt] if fmt else None)
            print(f"{fmt or 'all':10} " + " ".join(f"{figures.get(f, float('nan')):9.3f}" for f in FIGURES), flush=True)
            for f in FIGURES:
                print(f"BENCH extract_{name}_{f}{'_' + fmt if fmt else ''} {figures.get(f, float('nan')):.3f} fraction",
                      flush=True)
    shared = ROOT.parent / "shared" / "corpus"
    if (shared / "gold").is_dir():
        figures = corpus_score.score(shared, corpus_score.predictions_for(shared / "safe-to-share", catalogue,
                                                                         "safe-to-share"))
        for f in FIGURES:
            print(f"BENCH extract_shared_corpus_{f} {figures.get(f, float('nan')):.3f} fraction", flush=True)
    pairs = [p for name in HELD_OUT for p in corpus_pairs(corpus / name, catalogue, stages=None)]
    *rows, (_, ece) = reliability(pairs)
    print("reliability of the held-out confidences (progress, the held-out sets):", flush=True)
    for lo, hi, n, mean, right in rows:
        if n:
            print(f"  {lo:.1f}-{hi:.1f}  proposals {n:3}  mean confidence {mean:.2f}  right {right:.2f}", flush=True)
    print(f"BENCH extract_heldout_calibration_ece {ece:.3f} error", flush=True)
    for axis, right in blind_sentences().items():
        print(f"BENCH extract_blind_sentences_{axis} {right:.3f} fraction", flush=True)
    for axis, right in blind_sentences("heldback_blind2.tsv").items():
        print(f"BENCH extract_blind_sentences2_{axis} {right:.3f} fraction", flush=True)
    for axis, right in blind_sentences("heldback_blind3.tsv").items():
        print(f"BENCH extract_blind_sentences3_{axis} {right:.3f} fraction", flush=True)
    for axis, right in blind_sentences("heldback_blind4.tsv").items():
        print(f"BENCH extract_blind_sentences4_{axis} {right:.3f} fraction", flush=True)
    for half in ("heldback", "dev"):
        for axis, right in blind_passages(half).items():
            print(f"BENCH extract_blind_passages_{half}_{axis} {right:.3f} fraction", flush=True)


def blind_sentences(name: str = "heldback_blind.tsv") -> dict[str, float]:
    """The engine's whole reading (rules and statistical reader) of a blind writer's held-back sentences
    (`model/heldback_blind.tsv`, round eleven's, `heldback_blind2.tsv`, round thirteen's, `heldback_blind3.tsv`,
    round fourteen's, or `heldback_blind4.tsv`, round sixteen's: never trained on), each read as a one-sentence
    answer: the share whose progress, and whose position, the writer's label gives ("none" is not stated)."""
    from train import HERE as MODEL
    from train import read

    none = {"none": "not_stated"}
    return read_as_answers([(none.get(g, g), none.get(p, p), s) for g, p, s in read(MODEL / name)])


def blind_passages(half: str) -> dict[str, float]:
    """The same for a blind writer's answer passages (`tests/extraction/corpus/passages`, ADR 0008 Decision 18): what
    one responder writes about one recommendation, two to six sentences or a tracker row. `dev` is the half the
    lead's round-eleven classes were found on; `heldback` is never tuned on."""
    path = ROOT / "tests" / "extraction" / "corpus" / "passages" / f"{half}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return read_as_answers([(r["progress"], r["position"], r["text"]) for r in rows if "text" in r])


def read_as_answers(rows: list[tuple[str, str, str]]) -> dict[str, float]:
    """The share of (progress, position, text) rows whose text, read whole as one answer, reads as labelled."""
    from rectrack.extraction.status import classify

    right = {"progress": 0, "position": 0}
    for progress, position, text in rows:
        got = classify(text, [(0, len(text))], [])
        right["progress"] += got.progress == progress
        right["position"] += got.position == position
    return {axis: n / len(rows) for axis, n in right.items()}


if __name__ == "__main__":
    sys.exit(main())
