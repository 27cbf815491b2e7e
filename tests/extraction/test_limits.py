"""Each reader bounds what it inflates and refuses the rest, quickly, with one sentence."""
import time
from dataclasses import replace

import pytest
from makers import glyphs, pdf_bytes, raw_pdf, zip_bomb

from rectrack.extraction import ExtractionError, read_document
from rectrack.extraction.limits import DEFAULT_LIMITS, Limits, megabytes

# Generous: these must fail in well under a second on a quiet machine; a loaded 2-core one is slower.
FAST = 15.0


def refused(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> str:
    started = time.monotonic()
    with pytest.raises(ExtractionError) as e:
        read_document(data, name, limits)
    assert time.monotonic() - started < FAST
    msg = str(e.value)
    assert "\n" not in msg and msg.endswith(".") and len(msg) < 300
    return msg


def test_a_small_pdf_whose_page_inflates_to_forty_million_glyphs():
    data = raw_pdf(glyphs(40_000_000))
    assert len(data) < 500_000
    assert "Page 1 of the PDF inflates to more than 16 MB" in refused(data, "bomb.pdf")


def test_a_pdf_page_dense_with_glyphs_within_the_content_bound():
    msg = refused(raw_pdf(glyphs(2_000_000)), "dense.pdf")
    assert "Page 1 of the PDF draws about 2,000,000 characters, more than the 100,000" in msg


def test_a_pdf_form_drawn_thousands_of_times():
    # a few kilobytes: one form of 10,000 glyphs, drawn 4,000 times on the page
    data = raw_pdf(b"/F0 Do " * 4000, forms={"F0": glyphs(10_000)})
    assert len(data) < 50_000
    assert "draws about 40,000,000 characters" in refused(data, "forms.pdf")


def test_a_pdf_with_too_many_pages():
    data = pdf_bytes("<p>One</p><p style='page-break-before: always'>Two</p><p style='page-break-before: always'>3</p>")
    assert "The PDF has 3 pages, more than the 2" in refused(data, "long.pdf", Limits(max_pdf_pages=2))


def test_the_characters_pdfium_counts_are_bounded_too():
    # what the content scan estimates is checked again on the laid-out page
    data = pdf_bytes("<p>" + "word " * 400 + "</p>")
    assert "draws about" in refused(data, "x.pdf", Limits(max_pdf_page_chars=500))


def test_an_ordinary_pdf_is_read():
    doc = read_document(pdf_bytes("<h1>Kent Police</h1><p>Recommendation 1. Complete.</p>"), "ok.pdf")
    assert "Recommendation 1" in doc.text


def test_a_docx_zip_bomb():
    data = zip_bomb(300)
    assert len(data) < 1_000_000
    assert "zip bomb" in refused(data, "bomb.docx")


def test_one_docx_part_over_its_own_bound():
    msg = refused(zip_bomb(3), "big.docx", Limits(max_docx_part_bytes=1048576, max_docx_ratio=10**6))
    assert "A part of the Word document (word/document.xml) would unpack to 3 MB, over the 1 MB" in msg


def test_a_hundred_thousand_nested_divs():
    data = b"<html><body>" + b"<div>" * 100_000 + b"Recommendation 1 complete" + b"</div>" * 100_000 + b"</body></html>"
    assert "nests its elements more than 400 deep" in refused(data, "deep.html")


def test_void_and_self_closed_elements_add_no_depth():
    html = "<html><body><main>" + "<p>Recommendation 1<br><img src=x><span/></p>" * 600 + "</main></body></html>"
    assert "Recommendation 1" in read_document(html.encode(), "flat.html").text


def test_a_page_with_too_many_elements():
    html = "<html><body>" + "<p>x</p>" * 2000 + "</body></html>"
    assert "more than 1,000 elements" in refused(html.encode(), "big.html", Limits(max_html_elements=1000))


def test_nesting_inside_markdown_html_blocks_is_bounded():
    md = "# Response\n\n" + "<div>" * 5000 + "x" + "</div>" * 5000 + "\n"
    assert "nests its elements" in refused(md.encode(), "x.md")


def test_a_huge_single_line_text():
    assert "a single paragraph or line of 2,500,000 characters" in refused(b"x" * 2_500_000, "line.txt")


def test_a_text_over_the_total_bound():
    assert "more than 3,000,000 characters" in refused(b"word " * 4_000_000, "huge.txt")


def test_a_paragraph_of_many_short_lines_is_one_block_and_bounded():
    data = ("Recommendation 1\n\n" + "a line of prose\n" * 20_000).encode()
    assert "single paragraph or line" in refused(data, "para.txt", Limits(max_block_chars=100_000))


def test_html_output_text_is_bounded():
    html = "<html><body>" + "<p>" + "word " * 100 + "</p>" * 1 + "</body></html>"
    assert "more than 200 characters" in refused(html.encode(), "x.html", Limits(max_text_chars=200))


def test_overrides_are_checked():
    assert DEFAULT_LIMITS.with_overrides({"child_cpu_seconds": 5}).child_cpu_seconds == 5
    assert DEFAULT_LIMITS.with_overrides(None) is DEFAULT_LIMITS
    with pytest.raises(ValueError, match="Unknown extraction limit"):
        DEFAULT_LIMITS.with_overrides({"max_bananas": 1})
    with pytest.raises(ValueError, match="positive whole numbers"):
        DEFAULT_LIMITS.with_overrides({"max_pdf_pages": 0})
    assert replace(DEFAULT_LIMITS, max_pdf_pages=3).max_pdf_pages == 3


def test_sizes_read_as_a_person_writes_them():
    assert megabytes(1024 ** 3) == "1 GB" and megabytes(25 * 1048576) == "25 MB"
    assert megabytes(1536 * 1024) == "1.5 MB" and megabytes(2000) == "2 KB" and megabytes(300) == "300 bytes"
