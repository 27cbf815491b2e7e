"""The Markdown reader skips markdown-it's inline parse of a text no inline rule acts in: the tokens must be exactly
those of markdown-it's own parse, for any Markdown."""

from markdown_it import MarkdownIt

from rectrack.extraction.readers import markdown

from .randomtext import joined_pieces

PIECES = ["word", "Recommendation 4", " ", "  ", ".", ",", ":", "-", "--", "+", "=", "#", "$", "%", "@", "^", "{", "}",
          ">", "'", '"', "\u2019", "\u00e9", "7", "**", "*", "_", "__", "`", "``", "~", "~~", "!", "[", "]", "(", ")",
          "[a link](http://example.org)", "![an image](x.png)", "<b>", "</b>", "<br>", "<http://example.org>", "&amp;",
          "&", "&#39;", "\\", "\\*", "http://example.org", "\n", "\n\n", "  \n", "\n- ", "\n1. ", "\n# ", "\n## ",
          "\n> ", "\n    ", "\n```\n", "\n---\n", "\n| a | b |\n| --- | --- |\n| c | d |\n", "\nTitle\n===\n",
          "\n<div>", "</div>\n", "\t"]


def _parse_as_markdown_it_does(text: str):
    return MarkdownIt("commonmark", {"html": True}).enable("table").parse(text)


def test_the_shortcut_is_on_for_the_reader_s_rules():
    assert markdown._ACTING is not None
    assert [r.name for r in markdown._MD.core.ruler.__rules__ if r.enabled] == ["normalize", "block", "inline",
                                                                                 "text_join"]


def test_the_same_tokens_as_markdown_it_on_random_markdown():
    skipped = 0
    for text in joined_pieces(PIECES, 13, 4000, 30, 1):
        ours = markdown._MD.parse(text)
        assert ours == _parse_as_markdown_it_does(text), repr(text)
        skipped += sum(1 for t in ours if t.type == "inline" and not markdown._ACTING.search(t.content))
    assert skipped > 1000  # the shortcut was taken (else this would test nothing)


def test_a_plain_paragraph_is_one_text_token():
    inline = [t for t in markdown._MD.parse("# Recommendation 4: accepted\n\nWork is complete - see annex.")
              if t.type == "inline"]
    assert [[(c.type, c.content) for c in t.children] for t in inline] == [
        [("text", "Recommendation 4: accepted")], [("text", "Work is complete - see annex.")]]
