"""Unit rules: name variants from the reference data, dates, markers, segmentation, status."""
import pytest

from rectrack.extraction import read_document
from rectrack.extraction.blocks import Document
from rectrack.extraction.dates import document_date
from rectrack.extraction.orgs import index
from rectrack.extraction.segment import expand_numbers, find_markers
from rectrack.extraction.status import classify


@pytest.mark.parametrize("phrase,org", [
    ("the OPCC for Sussex", "sussex-pcc"),
    ("Sussex PCC", "sussex-pcc"),
    ("Northumbria's Office of the Police and Crime Commissioner", "northumbria-pcc"),
    ("Office of the Avon and Somerset Police and Crime Commissioner", "avon-and-somerset-pcc"),
    ("Avon & Somerset Constabulary", "avon-and-somerset-constabulary"),
    ("Avon and Somerset Police", "avon-and-somerset-constabulary"),  # force suffixes are interchangeable
    ("Kent Constabulary", "kent-police"),
    ("Hampshire Constabulary", "hampshire-and-isle-of-wight-constabulary"),  # a former name
    ("South Yorkshire Police and Crime Commissioner", "south-yorkshire-mayor"),  # a former name
    ("Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly", "devon-and-cornwall-pcc"),
    ("the Devon and Cornwall PCC", "devon-and-cornwall-pcc"),
    ("Cambridgeshire and Peterborough PCC", "cambridgeshire-pcc"),
    ("MOPAC", "london-mayor"),
    ("GMP", "greater-manchester-police"),
    ("the NPCC", "npcc"),
    ("Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services", "hmicfrs"),
    ("Centre for Women\u2019s Justice", "centre-for-womens-justice"),
])
def test_name_variants_are_built_by_rule(catalogue, phrase, org):
    found = index(catalogue).find(phrase)
    assert found and org in found[-1].ids


def test_initials_of_a_pcc_do_not_take_the_npcc(catalogue):
    assert index(catalogue).find("NPCC")[0].ids == ("npcc",)


def test_role_words_resolve_to_the_documents_area(catalogue):
    from rectrack.extraction import extract_bytes
    text = ("Response from the Chief Constable and the OPCC\n\nThis is the joint update of Dorset Police and "
            "the Dorset Police and Crime Commissioner on the Safe to share? report (Liberty, Southall Black Sisters).")
    r = extract_bytes(text.encode(), "x.txt", catalogue).to_json()
    assert {o["id"] for o in r["organisations"]} == {"dorset-police", "dorset-pcc"}


def _doc(text):
    return read_document(text.encode(), "x.txt")


@pytest.mark.parametrize("text,expected", [
    ("Response from Kent PCC dated 17th June 2021\n\nThe report was published on 17 December 2020.", "2021-06-17"),
    ("We publish the position (as at January 2022).\n\nWork began in March 2021.", "2022-01"),
    ("Kent Police\n\n3 March 2022\n\nDear Sir,\n\nThe report of 17 December 2020 asked for this.", "2022-03-03"),
    ("Work started in May 2021 and ended in September 2021. We will finish by March 2023.", "2021-09"),
    ("Last updated: 04/05/2022\n\nText.", "2022-05-04"),
])
def test_document_date(text, expected):
    assert document_date(_doc(text), {"2020-12-17", "2018-12-18"}, []) == expected


def test_report_dates_are_never_the_document_date():
    assert document_date(_doc("The report was published on 17 December 2020."), {"2020-12-17"}, []) is None


@pytest.mark.parametrize("label,numbers,kind", [
    ("Recommendation 1. To chief constables", ["1"], "plain"),
    ("Recommendation one (HMICFRS Ref #17531. Sussex Ref REC2499)", ["1"], "plain"),
    ("Response to recommendation 4", ["4"], "response"),
    ("Rec 4", ["4"], "plain"),
    ("R5: update", ["5"], "response"),
    ("Recommendations 1, 4 and 5", ["1", "4", "5"], "plain"),
    ("Recommendations 2 to 4", ["2", "3", "4"], "plain"),
    ("Recommendation 7.1", ["7.1"], "plain"),
    ("Recommendation 4a", ["4a"], "plain"),
    ("Current status of recommendation five: complete", ["5"], "status"),
    ("Notes to recommendation 1:", ["1"], "notes"),
])
def test_markers(label, numbers, kind):
    markers = find_markers(_doc(label))
    assert [(m.numbers, m.kind) for m in markers] == [(numbers, kind)]


def test_prose_mentions_are_not_markers():
    assert find_markers(_doc("In line with Recommendation 4, we have mapped the pathways.")) == []


def test_expand_numbers():
    assert expand_numbers("1, 4 and 5") == ["1", "4", "5"]
    assert expand_numbers("one and two") == ["1", "2"]


def test_overview_list_is_not_a_set_of_responses(catalogue):
    from rectrack.extraction import extract_bytes
    text = ("Kent Police response to the super-complaint by Liberty and Southall Black Sisters\n\n"
            "The report contained eight recommendations:\n\n"
            + "".join(f"Recommendation {i}. To chief constables\n\n" for i in range(1, 9))
            + "We set out our answers below.\n\nRecommendation 1. To chief constables\n\n"
            "Kent Police consider this recommendation implemented and complete.\n")
    r = extract_bytes(text.encode(), "x.txt", catalogue).to_json()
    assert [x["recommendation"] for x in r["responses"]] == ["1"]


def _status(sentence):
    doc = Document(sentence, [], "text")
    return classify(doc.text, [(0, len(sentence))], [])


@pytest.mark.parametrize("sentence,progress,position", [
    ("Sussex Police consider this recommendation implemented and complete.", "complete", "not_stated"),
    ("We accept this recommendation and it is now fully implemented.", "complete", "accepted"),
    ("Status: In progress", "in_progress", "not_stated"),
    ("We accept this recommendation in part.", "not_stated", "partially_accepted"),
    ("The force does not accept this recommendation.", "not_stated", "not_accepted"),
    ("They are waiting for the national guidance from the NPCC before any definitive action.", "awaiting_national",
     "not_stated"),
    ("A draft policy is being consulted on and work is ongoing.", "in_progress", "not_stated"),
    ("Work on this recommendation has not yet started.", "not_started", "not_stated"),
    ("Although the work has not all been concluded, the pathway is ongoing.", "in_progress", "not_stated"),
])
def test_status(sentence, progress, position):
    st = _status(sentence)
    assert (st.progress, st.position) == (progress, position)


def test_explicit_statements_are_confident_and_cues_are_not():
    assert _status("We consider this recommendation complete.").confidence >= 0.9
    weak = _status("Officers will be briefed.")
    # a plan alone: nothing done yet, or work under way (round ten reads it as not started, ADR 0008); never sure
    assert weak.progress in ("in_progress", "not_started") and weak.confidence < 0.6
    assert _status("Nothing to report here.").progress == "not_stated"


@pytest.mark.parametrize("label,numbers", [
    ("2.1 Recommendations 1, 4 and 5", ["1", "4", "5"]),
    ("3. Recommendation 6 \u2013 PCCs", ["6"]),
    ("Section 4: Recommendation 2", ["2"]),
    ("(a) Recommendation 5", ["5"]),
    ("Part II - Response to recommendation 3", ["3"]),
])
def test_markers_after_outline_numbers(label, numbers):
    assert [m.numbers for m in find_markers(_doc(label))] == [numbers]


@pytest.mark.parametrize("sentence", [
    "1.2 Recommendations 1, 4 and 5 are for chief constables, and recommendation 6 is for PCCs.",
    "Recommendation 8 asks every recipient for an update.",
    "Recommendations 2 and 3 of the report fall to the Home Office.",
])
def test_sentences_about_recommendations_are_not_markers(sentence):
    assert find_markers(_doc(sentence)) == []


@pytest.mark.parametrize("sentence,progress", [
    ("Complete.", "complete"), ("In progress.", "in_progress"), ("Status: Ongoing", "in_progress"),
    ("RAG status: Green", "complete"), ("RAG: Amber", "in_progress"), ("Not yet started", "not_started"),
    ("Closed", "complete"), ("Implemented", "complete"), ("Partially implemented.", "in_progress"),
    ("Discharged.", "complete"), ("On hold", "awaiting_national"),
    ("Awaiting national guidance from the College of Policing.", "awaiting_national"),
    ("Complete \u2013 the policy was amended in March.", "complete"),
])
def test_one_or_two_word_status_sentences_are_explicit(sentence, progress):
    st = _status("We reviewed the policy with partners. " + sentence)
    assert st.progress == progress and st.confidence >= 0.9


@pytest.mark.parametrize("sentence", ["Met with partners in May.", "Open days were held for the community.",
                                      "Closed meetings were held."])
def test_status_words_inside_prose_are_not_statements(sentence):
    assert _status(sentence).confidence < 0.9


def test_bare_numbers_follow_the_documents_own_list():
    text = ("The report's recommendations for chief constables are recommendations 7.1 and 7.2.\n\n"
            "2.1 Background\n\nWe have read the report.\n\n"
            "7.1 Chief constables should record stalking correctly\n\nDone.\n\n"
            "7.2 Chief constables should appoint a stalking lead\n\nA lead is being recruited.\n")
    assert [m.numbers for m in find_markers(_doc(text))] == [["7.1"], ["7.2"]]
    # without the document's own list, "7.1 ..." is a section number
    assert find_markers(_doc(text.split("\n\n", 1)[1])) == []


def test_passage_table_status_column(catalogue):
    from rectrack.extraction import extract_bytes
    md = ("# Kent Police response to the Safe to share? super-complaint (Liberty and Southall Black Sisters)\n\n"
          "## Recommendation 1\n\nWe changed the policy.\n\n| Action | Owner | Status |\n| --- | --- | --- |\n"
          "| Brief officers | Head of Crime | Complete |\n| Audit referrals | Inspector | In progress |\n")
    r = extract_bytes(md.encode(), "kent.md", catalogue).to_json()
    (x,) = r["responses"]
    assert (x["recommendation"], x["progress"]) == ("1", "in_progress") and x["confidence"] >= 0.9
