"""The labelled sets in tests/extraction/corpus, scored with the team's scorer: the figures must not fall.

The development sets were tuned on (they guard against regressions). The first held-out set was scored once
before any change was made for it and has been used since (see ADR 0008); its floors are the bars of issue
10, so a change that generalises worse fails here before it reaches the lead. The second and third held-out
sets (`heldout2`, `heldout3`) were each scored once before any change was made for them (ADR 0008 records
those figures) and are guarded the same way since. The fourth (`heldout4`) was scored once untuned and then
tuned on, with a development document of its own for each change (`dev3`): both are guarded a little below
what they measure now, so a regression fails without a rounding making it flaky. The fifth (`heldout5`) was
written after that round and scored once untuned at its end; two classes it showed were then fixed (with `dev3`
documents), so it is guarded the same way. The sixth (`heldout6`) was written first in round six and scored once
untuned; the round's changes were made for the classes it showed, each with a `dev4` document, so it is a
development set now and guarded a little below its measured figures like the fourth. The seventh (`heldout7`)
was written after those changes and scored once untuned at the round's end; the three classes it showed were then
fixed (with `dev4` documents), so it is guarded the same way. The eighth (`heldout8`) was written first in round
eight, by someone writing as the documents' authors write rather than to the rules, and scored once untuned; the
round's changes were made for the classes it showed, each with a `dev5` document, so it is a development set now
and guarded a little below its measured figures. The ninth (`heldout9`) was written after those changes and scored
once untuned at the round's end; the classes it showed were then fixed (with `dev5` documents), so it is guarded
a little below its figures after them, like the seventh. The tenth (`heldout10`) was written at the very end of
that round and scored once untuned; its two classes were fixed in round nine (with `dev6` documents), so it is a
development set now, guarded a little below its figures after them. The eleventh
(`heldout11`) was written first in round nine, as the documents' authors write, and scored once untuned; the round's
changes were made for the classes it showed, each with a `dev6` document, so it is a development set now and guarded
a little below its measured figures. The twelfth (`heldout12`) was written after those changes and scored once
untuned; the classes it showed were then fixed (with `dev6` documents), so it is guarded the same way. The
thirteenth (`heldout13`) was written at the end of round nine and scored once untuned; four of its classes were then
fixed (with `dev6` documents), so it is guarded a little below its figures after them. The fourteenth
(`heldout14`) was written at the very end of round nine and scored once untuned; its classes of who, when and where
were fixed in round ten (with `dev7` documents), so it is a development set now, guarded a little below its figures
after them. The fifteenth (`heldout15`) was written first in round ten, before any change, and scored once untuned;
the round's changes were made for the classes it showed (with `dev7` documents), so it is a development set too,
guarded a little below its figures after them. The sixteenth (`heldout16`, dense in progress) was written at the
start of round ten and scored once untuned; the progress classes it showed were then fixed (with `dev8`
documents), so it is a development set now, guarded a little below its figures after them. The seventeenth to
twentieth (`heldout17` to `heldout20`) were written by writers who read neither the engine nor the other sets and
never ran the engine; `heldout17` and `heldout18` were scored once and their classes passed to round ten's engineers,
`heldout19` and `heldout20` were scored once, untuned, at the round's end: guarded below those figures. Round eleven
tuned on all four (they are development sets now, guarded below their figures after it) and ended by scoring
`heldout21` and `heldout22`, a third blind writer's, once, untuned: guarded below those figures.
"""
import json
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))

import score as corpus_score  # noqa: E402

BARS = {"sc": 0.95, "orgs": 0.85, "date": 0.85, "align_f1": 0.90, "progress": 0.80}
FLOORS = {
    "dev": {"sc": 1.0, "orgs": 0.95, "date": 1.0, "align_f1": 0.98, "progress": 0.95, "position": 0.95},
    "dev2": {"sc": 1.0, "orgs": 1.0, "date": 1.0, "align_f1": 1.0, "progress": 0.95, "position": 0.95},
    "heldout": BARS,
    "heldout2": BARS,
    "heldout3": BARS,
    "dev3": {"sc": 1.0, "orgs": 0.9, "date": 0.9, "align_f1": 0.95, "progress": 0.9, "position": 0.8},
    "heldout4": {"sc": 0.96, "orgs": 0.93, "date": 0.96, "align_f1": 0.97, "progress": 0.95, "position": 0.9},
    "heldout5": {"sc": 0.96, "orgs": 0.9, "date": 0.96, "align_f1": 0.95, "progress": 0.9, "position": 0.9},
    "dev4": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    "heldout6": {"sc": 0.96, "orgs": 0.96, "date": 0.96, "align_f1": 0.97, "progress": 0.95, "position": 0.9},
    "heldout7": {"sc": 0.96, "orgs": 0.96, "date": 0.96, "align_f1": 0.95, "progress": 0.9, "position": 0.9},
    "dev5": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    "heldout8": {"sc": 0.96, "orgs": 0.92, "date": 0.96, "align_f1": 0.97, "progress": 0.92, "position": 0.7},
    "heldout9": {"sc": 0.96, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.9},
    "heldout10": {"sc": 0.96, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.9},
    "dev6": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    "heldout11": {"sc": 0.95, "orgs": 0.96, "date": 0.9, "align_f1": 0.95, "progress": 0.93, "position": 0.9},
    "heldout12": {"sc": 0.96, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    "heldout13": {"sc": 0.96, "orgs": 0.9, "date": 0.95, "align_f1": 0.95, "progress": 0.75},
    "heldout14": {"sc": 0.96, "orgs": 0.95, "date": 0.85, "align_f1": 0.95, "progress": 0.9, "position": 0.9},
    "dev7": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    "heldout15": {"sc": 0.96, "orgs": 0.95, "date": 0.95, "align_f1": 0.93, "progress": 0.9, "position": 0.9},
    "dev8": {"sc": 1.0, "orgs": 0.7, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.9},
    "heldout16": {"sc": 0.96, "orgs": 0.9, "date": 0.9, "align_f1": 0.8, "progress": 0.88, "position": 0.85},
    # the blind writers' sets (ADR 0008, "Blind sets"): guarded below what they measured at the end of round ten, so
    # a change that reads them worse fails here; they are far below the bars on progress, and that is the honest state
    "heldout17": {"sc": 0.96, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.85, "position": 0.92},
    "heldout18": {"sc": 0.96, "orgs": 0.95, "date": 0.95, "align_f1": 0.93, "progress": 0.82, "position": 0.9},
    "heldout19": {"sc": 0.96, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.95},
    "heldout20": {"sc": 0.96, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.75, "position": 0.9},
    # round eleven's alignment classes, one document of our own each (ADR 0008, Decision 15); progress is not its aim
    # the third blind writer's sets, scored once, untuned, at round eleven's end (ADR 0008): below those figures;
    # their authors and dates below round twelve's figures after its who / when classes (Decision 20)
    # tuned on in round twelve (Decisions 19-21): guarded below what they read after it
    "heldout21": {"sc": 0.96, "orgs": 0.92, "date": 0.97, "align_f1": 0.97, "progress": 0.88, "position": 0.92},
    "heldout22": {"sc": 0.96, "orgs": 0.92, "date": 0.97, "align_f1": 0.97, "progress": 0.88, "position": 0.95},
    # the fourth blind writers' sets, scored at round twelve's start and once after its first half, untuned, then tuned
    # on in its second half (Decisions 22, 23): below what they read after it
    "heldout23": {"sc": 0.96, "orgs": 0.95, "date": 0.97, "align_f1": 0.96, "progress": 0.88, "position": 0.95},
    "heldout24": {"sc": 0.96, "orgs": 0.97, "date": 0.97, "align_f1": 0.97, "progress": 0.9, "position": 0.95},
    # the fifth blind writers' sets, scored once, untuned, at round twelve's end (ADR 0008), then tuned on in round
    # thirteen (Decisions 25-27, 29): below what they read after it
    "heldout25": {"sc": 0.96, "orgs": 0.97, "date": 0.97, "align_f1": 0.97, "progress": 0.9, "position": 0.97},
    "heldout26": {"sc": 0.96, "orgs": 0.97, "date": 0.97, "align_f1": 0.97, "progress": 0.95, "position": 0.97},
    # the sixth blind writers' sets, scored at round thirteen's start and once after its first half, untuned, then
    # tuned on in its second half (Decisions 31, 32): below what they read after it
    "heldout27": {"sc": 0.96, "orgs": 0.87, "date": 0.97, "align_f1": 0.9, "progress": 0.87, "position": 0.83},
    "heldout28": {"sc": 0.96, "orgs": 0.78, "date": 0.86, "align_f1": 0.9, "progress": 0.74, "position": 0.58},
    # the seventh blind writers' sets, scored at round fourteen's start and once at its end, untuned (Decision 37):
    # below what they read at the end
    "heldout29": {"sc": 0.93, "orgs": 0.97, "date": 0.95, "align_f1": 0.83, "progress": 0.58, "position": 0.9},
    "heldout30": {"sc": 0.93, "orgs": 0.76, "date": 0.93, "align_f1": 0.86, "progress": 0.7, "position": 0.75},
    "heldout31": {"sc": 0.95, "orgs": 0.87, "date": 0.92, "align_f1": 0.89, "progress": 0.8, "position": 0.77},
    "heldout32": {"sc": 0.97, "orgs": 0.84, "date": 0.92, "align_f1": 0.85, "progress": 0.72, "position": 0.73},
    # the ninth blind writers' sets, scored at round sixteen's start and once at its end, untuned (Decision 52): below
    # what they read at the start
    "heldout33": {"sc": 0.97, "orgs": 0.81, "date": 0.94, "align_f1": 0.8, "progress": 0.65, "position": 0.65},
    "heldout34": {"sc": 0.97, "orgs": 0.91, "date": 0.89, "align_f1": 0.87, "progress": 0.69, "position": 0.69},
    "dev9": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.8, "position": 0.9},
    "dev10": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.9, "progress": 0.95, "position": 0.95},
    # round eleven's who / when / references set (ADR 0008, Decision 17): a document per class, each failing before it
    "dev11": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.9, "progress": 0.8},
    # round twelve's alignment set (ADR 0008, Decision 19): a document per class, each failing before it
    "dev12": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.8},
    # round twelve's who / when set (ADR 0008, Decision 20): a document per class, each failing before it
    "dev13": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.9, "progress": 0.9},
    # round twelve's progress and position classes (Decision 21); its authors and dates are another helper's
    "dev14": {"sc": 1.0, "orgs": 0.85, "date": 0.8, "align_f1": 0.95, "progress": 0.85, "position": 0.95},
    "dev15": {"sc": 1.0, "orgs": 0.85, "date": 0.85, "align_f1": 0.95, "progress": 0.9, "position": 0.95},
    # round twelve's second half, who / when / which (Decision 23): a document per class, each failing before it
    "dev16": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.9},
    # round thirteen's who / when set (Decision 25): a document per class, each failing before it in some format
    "dev17": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.9},
    # round thirteen's alignment set (Decision 26): a number named only as a mention; a document per class, each
    # failing before it
    "dev18": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.9},
    # round thirteen's progress and position classes (Decision 27): a document per class, each failing before it
    "dev19": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.95},
    # round thirteen's three conventions of how one sentence is read (Decision 29): each document failing before it
    "dev20": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.9, "position": 0.9},
    # round thirteen's second half, subj15 (Decision 31): answers by subject without numbers, each failing before it
    "dev21": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.95},
    # round thirteen's second half, track15 (Decision 32): reads 1.000 on every figure scored (no position in its gold)
    "dev22": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    # round fourteen, align16 (Decision 34): whose numbering a number is; reads 1.000 on every figure scored (F1 0.545
    # on dfead50)
    "dev23": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    # round fourteen, progress16 (Decision 35): progress by the answer's latest state; reads 1.000 on every figure
    # (0.667 progress on the round's starting code)
    "dev24": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.95},
    # round fourteen's authors16 (Decision 36): who wrote it and when, by structure; reads 1.000 on every figure
    "dev25": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.95},
    # round fourteen, track17 (Decision 38): a "Complete" row whose update books the work's own step for later; reads
    # 1.000 on every figure (0.667 progress on the round's starting code); no position is labelled
    "dev26": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    # round fifteen, progress18 (Decision 39): progress as an analyst weighs its evidence; reads 1.000 on every figure
    # (0.350 progress on d65657d)
    "dev27": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.95},
    # round fifteen's authors18 (Decision 41): who wrote it, when and the position stated, by structure; reads 1.000 on
    # every figure (orgs 0.455, date 0.636, position 0.444 on the round's starting code)
    "dev29": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.95},
    # round fifteen, align18 (Decision 40): which report a paper on several answers, numbers named as another's; reads
    # 1.000 on every figure (sc 0.750, F1 0.727 on the round's starting code); no position is labelled
    "dev28": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    # round fifteen, reader18 (Decision 43): what other bodies will report is not progress of the writer's; progress
    # 1.000 (0.667 on the round's starting code); the national statement's PDF copy names no author the engine reads
    # (orgs 0.750: another class, left); no position is labelled
    "dev30": {"sc": 1.0, "orgs": 0.7, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    # round fifteen, refuse18 (Decision 46): refusals in the verbs and tenses official letters decline with; progress
    # and position 1.000 (0.333 and 0.167 on the round's starting code, which read two of them as accepted)
    "dev31": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.95},
    # round sixteen, scope19 (Decision 48): numbers the document names but does not answer; alignment F1 1.000 (0.700
    # on the round's starting code, which read twelve of them as answers); no position is labelled
    "dev33": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    # round sixteen, position19 (Decision 50): positions read from a statement's scope, and a refusal of the
    # recommendation itself whatever its reason; position 1.000 (0.308 on the round's starting code); the national
    # summary's PDF names no author the engine reads (orgs 0.875: another class, left)
    "dev35": {"sc": 1.0, "orgs": 0.85, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.95},
    # round sixteen, align19 (Decision 47): answers whose recommendation stands where no rule read it; align_f1 and
    # progress 1.000 (0.529 and 0.280 on the round's starting code, 1b3b6a8); the email's "have been accepted" of a
    # group gives no position (position 0.800: the position reading is another helper's, left)
    "dev32": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95, "position": 0.75},
    # round sixteen, authors19 (Decision 51): who wrote it and when, read by structure; orgs and dates 1.000 (0.250 and
    # 0.625 on the round's starting code); no position is labelled
    "dev36": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    # round sixteen, align20 (Decision 55): a place in a named group as the object of the sentence's subject;
    # align_f1 and progress 1.000 (0.667 and 0.000 on the half's starting code); no position is labelled
    "dev38": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    # round sixteen, progress19 (Decision 49): progress read by structure (an acceptance only, a group's member by its
    # place, a share settled beside "Complete", a review that found a gap, another recommendation's subject, a
    # one-answer document's work section); progress 1.000 (0.409 on the round's starting code); no position labelled
    "dev34": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
    # round sixteen, progress20 (Decision 54): a row shared by several recommendations gives one its own status where
    # its update marks it by number; a report for many bodies that counts some still to follow is under way; progress
    # 1.000 (0.571 on the round's starting code, ac7bea6); no position labelled
    "dev37": {"sc": 1.0, "orgs": 0.95, "date": 0.95, "align_f1": 0.95, "progress": 0.95},
}


@pytest.fixture(scope="module")
def scorer():
    if not corpus_score.SCORER.exists():
        pytest.skip(f"the shared scorer is not at {corpus_score.SCORER}")
    return corpus_score


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_set_scores_at_least_its_floor(scorer, catalogue, name):
    preds = scorer.predictions(CORPUS / name, catalogue)
    figures = scorer.score(CORPUS / name, preds)
    low = {k: figures[k] for k, floor in FLOORS[name].items() if not figures[k] >= floor}
    assert not low, f"{name}: {figures}"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "docx", "pdf"])
def test_every_format_of_the_held_out_set_meets_the_bars(scorer, catalogue, fmt):
    preds = scorer.predictions(CORPUS / "heldout", catalogue)
    figures = scorer.score(CORPUS / "heldout", preds, [fmt])
    # a format with few documents may miss one author or one answer: the bars less one document's worth
    low = {k: figures[k] for k, bar in BARS.items() if not figures[k] >= bar - 0.1}
    assert not low, f"{fmt}: {figures}"


def test_every_set_is_built_from_its_source(scorer):
    # the committed files are what build.py writes: a gold per rendering, naming its document
    for name in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "heldout", "heldout2", "heldout3", "heldout4",
                 "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
                 "heldout13", "heldout14", "dev7", "heldout15", "heldout16", "dev8", "heldout17", "heldout18",
                 "heldout19", "heldout20", "calib", "dev9", "dev10", "dev11", "heldout21", "heldout22",
                 "heldout23", "heldout24", "dev12", "dev13", "dev14", "heldout25", "heldout26", "dev15", "dev16",
                 "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "heldout27", "heldout28", "dev23",
                 "dev24", "dev25", "heldout29", "heldout30", "dev26", "dev27", "dev28", "dev29", "dev30",
                 "heldout31", "heldout32", "dev31", "heldout33", "heldout34", "dev32", "dev33", "dev34",
                 "dev35", "dev36", "dev37", "dev38"):
        golds = sorted((CORPUS / name / "gold").glob("*.json"))
        assert golds, name
        for g in golds:
            gold = json.loads(g.read_text())
            assert (CORPUS / name / gold["file"]).is_file(), g
            assert gold["super_complaint"] and gold["organisations"]["required"] is not None
