"""Whatever the bytes, the engine returns a result or raises ExtractionError: nothing else."""
import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from makers import docx_bytes, pdf_bytes

from rectrack.extraction import ExtractionError, extract_bytes
from rectrack.extraction.formats import sniff

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@functools.lru_cache(maxsize=1)
def _seeds():
    html = ("<html><body><h2>Recommendation 1</h2><p>We consider this recommendation complete.</p>"
            "<table><tr><td>4</td><td>In progress</td></tr></table></body></html>")
    return {
        "docx": docx_bytes(lambda d: (d.add_heading("Recommendation 4", 2), d.add_paragraph("Work is ongoing."))),
        "pdf": pdf_bytes(html),
        "html": html.encode(),
        "md": b"# Response\n\n**Recommendation 5** | x |\n|---|\n- item\n",
    }


def _run(data: bytes, name: str, catalogue):
    try:
        r = extract_bytes(data, name, catalogue).to_json()
    except ExtractionError as e:
        assert str(e)
        return
    assert set(r) >= {"file", "format", "super_complaint", "organisations", "document_date", "responses", "warnings"}
    for x in r["responses"]:
        assert 0 <= x["start"] <= x["end"] <= r["text_length"]
        assert 0.0 <= x["confidence"] <= 1.0


@_SETTINGS
@given(data=st.binary(max_size=4000), name=st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a.pdf", "a"]))
def test_arbitrary_bytes(data, name, catalogue):
    _run(data, name, catalogue)


@_SETTINGS
@given(text=st.text(max_size=3000))
def test_arbitrary_text(text, catalogue):
    _run(text.encode("utf-8"), "a.txt", catalogue)
    _run(text.encode("utf-8"), "a.md", catalogue)
    _run(("<html><body>" + text + "</body></html>").encode("utf-8", "surrogatepass"), "a.html", catalogue)


@_SETTINGS
@given(kind=st.sampled_from(["docx", "pdf", "html", "md"]), cut=st.floats(0, 1),
       flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8))
def test_damaged_documents(kind, cut, flips, catalogue):
    data = bytearray(_seeds()[kind])
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    data = bytes(data[: max(1, int(len(data) * cut))]) if cut < 0.97 else bytes(data)
    _run(data, f"x.{kind}", catalogue)


@_SETTINGS
@given(data=st.binary(max_size=2000))
def test_sniffer_never_fails_unexpectedly(data):
    try:
        assert sniff(data, "x") in ("text", "markdown", "html", "docx", "pdf")
    except ExtractionError:
        pass
