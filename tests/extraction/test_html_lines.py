"""How the HTML reader reads what CMS pages do instead of semantic markup (ADR 0008, "Invariance"): line breaks,
bold paragraphs for headings, pages without a <main>."""
from rectrack.extraction.blocks import HEADING, PARAGRAPH
from rectrack.extraction.readers.html import read_html


def _blocks(html: str) -> list[tuple[str, str, bool]]:
    return [(b.kind, b.text, b.bold) for b in read_html(html).blocks]


def test_line_breaks_keep_lines_and_an_empty_line_ends_a_block_as_in_a_text_file():
    got = _blocks("<main><p>Sussex Police<br>Church Lane<br>5 March 2024<br><br><strong>Recommendation 3</strong>"
                  "<br>The audit is complete.</p></main>")
    assert got == [(PARAGRAPH, "Sussex Police\nChurch Lane\n5 March 2024", False),
                   (PARAGRAPH, "Recommendation 3\nThe audit is complete.", False)]
    # a bold line of its own is a heading, as a bold paragraph is
    assert _blocks("<main><p><strong>Recommendation 3</strong><br><br>The audit is complete.</p></main>") == [
        (HEADING, "Recommendation 3", True), (PARAGRAPH, "The audit is complete.", False)]
    # the source's own newlines are only spaces
    assert _blocks("<main><p>The audit\nis complete.</p></main>") == [(PARAGRAPH, "The audit is complete.", False)]
    # a line break inside a heading or a cell is a space, not a new line
    assert [t for _, t, _ in _blocks("<main><h2>Recommendation 3<br>Training</h2></main>")] == [
        "Recommendation 3 Training"]


def test_a_break_after_a_long_unfinished_line_is_a_wrap():
    got = _blocks("<main><p>Every case is now reviewed by an inspector at twenty-eight days, as the national<br>"
                  "bail lead set out.<br>Next line.</p></main>")
    assert got == [(PARAGRAPH, "Every case is now reviewed by an inspector at twenty-eight days, as the national "
                               "bail lead set out.\nNext line.", False)]


def test_loose_text_with_line_breaks_outside_paragraphs_keeps_its_lines():
    assert [t for _, t, _ in _blocks("<main><div>Our ref: AB/12<br>5 March 2024<br><br>Dear Sir</div></main>")] == [
        "Our ref: AB/12\n5 March 2024", "Dear Sir"]


def test_a_short_bold_paragraph_is_a_heading_but_a_bold_sentence_is_not():
    got = _blocks("<main><p><b>Officer training (recommendation 7)</b></p><p><strong>We have completed this "
                  "work.</strong></p><p>Plain text.</p></main>")
    assert got[0] == (HEADING, "Officer training (recommendation 7)", True)
    assert got[1] == (PARAGRAPH, "We have completed this work.", True)
    assert got[2][0] == PARAGRAPH


_MENU = "<div class='dropdown-columns'><ul>" + "".join(f"<li><a href='/{i}'>Page {i}</a></li>" for i in range(8)) \
    + "</ul></div>"


def test_a_page_without_landmarks_loses_its_menus_but_not_its_links_in_prose():
    page = (f"<html><body>{_MENU}<div id='content'><h1>Our response</h1><p>See <a href='/r'>the report</a> for "
            "the recommendations; we have completed the review.</p></div></body></html>")
    texts = [t for _, t, _ in _blocks(page)]
    assert texts == ["Our response", "See the report for the recommendations; we have completed the review."]
    # a page with a <main> is trusted to say where its content is: a list of links inside it is kept
    kept = [t for _, t, _ in _blocks(f"<html><body><main>{_MENU}<p>Text.</p></main></body></html>")]
    assert "Page 3" in kept


def test_a_page_without_landmarks_takes_its_date_from_a_byline_time_but_not_from_furniture():
    byline = "<p class='byline'><time datetime='2024-05-21'>21 May 2024</time> &middot; 3 min read</p>"
    doc = read_html("<html><body class='page-with-sidebar'><div class='site-footer'><time datetime='2020-01-01'>"
                    f"2020</time></div><div id='content'><h1>Update</h1>{byline}<p>Text.</p></div></body></html>")
    assert doc.meta.get("published") == "2024-05-21"
    doc = read_html("<html><body><footer><p><time datetime='2020-01-01'>1 January 2020</time></p></footer>"
                    "<div><h1>Update</h1><p>Text.</p></div></body></html>")
    assert "published" not in doc.meta
    # a byline on its own line of a paragraph whose next line is the text
    doc = read_html("<html><body><article><p><time datetime='2024-05-21'>21 May 2024</time> &middot; 3 min read"
                    "<br><br>The force has completed the review of every case, and it will report in June.</p>"
                    "</article></body></html>")
    assert doc.meta.get("published") == "2024-05-21"


def test_a_layout_table_is_read_as_the_page_and_a_data_table_as_rows():
    page = ("<main><table><tr><td><p>Cumbria Constabulary</p><p>30 November 2021</p></td></tr>"
            "<tr><td><h2>Recommendation 1</h2><p>Complete.</p></td></tr></table></main>")
    assert _blocks(page) == [(PARAGRAPH, "Cumbria Constabulary", False), (PARAGRAPH, "30 November 2021", False),
                             (HEADING, "Recommendation 1", False), (PARAGRAPH, "Complete.", False)]
    two_columns = "<main><table><tr><td><h3>Contents</h3></td><td><p>Our response</p></td></tr></table></main>"
    assert [k for k, _, _ in _blocks(two_columns)] == [HEADING, PARAGRAPH]
    presentation = "<main><table role='presentation'><tr><td>Left</td><td>Right</td></tr></table></main>"
    assert [t for _, t, _ in _blocks(presentation)] == ["Left", "Right"]
    data = "<main><table><tr><th>Ref</th><th>Status</th></tr><tr><td>1</td><td>Complete</td></tr></table></main>"
    assert [t for _, t, _ in _blocks(data)] == ["Ref | Status", "1 | Complete"]


def test_a_collapsed_panel_is_read_but_other_hidden_things_are_not():
    page = ("<main><h2><button aria-controls='p1' aria-expanded='false'>Recommendation 2</button></h2>"
            "<div id='p1' hidden><p>The audit is complete.</p></div>"
            "<div class='accordion-body' aria-hidden='true'><p>Training is under way.</p></div>"
            "<div hidden><p>Menu item</p></div><span aria-hidden='true'>icon</span><p>Text.</p></main>")
    assert [t for _, t, _ in _blocks(page)] == ["Recommendation 2", "The audit is complete.",
                                                "Training is under way.", "Text."]


def test_an_ordered_lists_items_carry_the_numbers_a_browser_shows():
    page = ("<main><ol><li>First.</li><li>Second.</li></ol><ol start='4'><li>Fourth.</li><li value='9'>Ninth.</li>"
            "<li>Tenth.</li></ol><ol type='a'><li>Part a.</li><li>Part b.</li></ol><ul><li>Bullet.</li></ul></main>")
    assert [t for _, t, _ in _blocks(page)] == ["1. First.", "2. Second.", "4. Fourth.", "9. Ninth.", "10. Tenth.",
                                                "a. Part a.", "b. Part b.", "Bullet."]


def test_an_item_that_writes_its_own_number_is_not_numbered_twice():
    page = ("<main><ol><li>7.1 every officer is trained; and</li><li>7.2 victims are referred.</li>"
            "<li>(c) a third part.</li><li>Recommendation 9: its answer.</li><li>Plain item.</li></ol></main>")
    assert [t for _, t, _ in _blocks(page)] == ["7.1 every officer is trained; and", "7.2 victims are referred.",
                                                "(c) a third part.", "Recommendation 9: its answer.", "5. Plain item."]
