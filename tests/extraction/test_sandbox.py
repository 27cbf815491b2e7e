"""The child process: bad documents fail with one sentence inside its limits; the next document goes on."""
import json
import time
from dataclasses import replace

import pytest
from makers import glyphs, raw_pdf, zip_bomb

from rectrack.extraction import ExtractionError
from rectrack.extraction.catalogue import catalogue_to_mapping, default_paths
from rectrack.extraction.cli import main
from rectrack.extraction.limits import DEFAULT_LIMITS, MB
from rectrack.extraction.sandbox import Sandbox

GOOD = (b"Kent Police response\n\nDated 9 June 2021\n\nRecommendation 1\n\n"
        b"We consider this recommendation implemented and complete.\n")
DEEP = b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000 + b"</body></html>"
# Far above what the refusals take, so the tests do not flake on a loaded machine.
WALL = 60


def fails(sandbox: Sandbox, data: bytes, name: str) -> tuple[str, float]:
    started = time.monotonic()
    with pytest.raises(ExtractionError) as e:
        sandbox.run("extract", data, name)
    return str(e.value), time.monotonic() - started


def still_reads(sandbox: Sandbox) -> None:
    out = sandbox.run("extract", GOOD, "good.txt")
    assert out["result"]["responses"][0]["progress"] == "complete"
    assert out["text"].startswith("Kent Police response")


def test_bombs_are_refused_by_the_readers_inside_a_small_memory_limit():
    # if a reader inflated any of these, the 512 MB child would die and say so instead
    limits = replace(DEFAULT_LIMITS, child_memory_bytes=512 * MB, child_wall_seconds=WALL)
    with Sandbox(default_paths(), limits) as sandbox:
        for data, name, sentence in [
            (raw_pdf(glyphs(40_000_000)), "bomb.pdf", "inflates to more than 16 MB"),
            (raw_pdf(glyphs(3_000_000)), "dense.pdf", "draws about 3,000,000 characters"),
            (zip_bomb(300), "bomb.docx", "zip bomb"),
            (DEEP, "deep.html", "nests its elements more than 400 deep"),
            (b"x" * 2_500_000, "line.txt", "a single paragraph or line"),
        ]:
            msg, took = fails(sandbox, data, name)
            assert sentence in msg, (name, msg)
            assert took < WALL
        still_reads(sandbox)


def test_a_document_needing_more_memory_than_the_limit():
    limits = replace(DEFAULT_LIMITS, max_pdf_page_chars=10 ** 9, child_memory_bytes=400 * MB, child_wall_seconds=WALL)
    with Sandbox(default_paths(), limits) as sandbox:
        msg, _ = fails(sandbox, raw_pdf(glyphs(5_000_000)), "dense.pdf")
        assert msg == "Reading the file needed more memory than the 400 MB limit."
        still_reads(sandbox)  # a fresh child


def test_a_document_needing_more_cpu_time_than_the_limit():
    lax = replace(DEFAULT_LIMITS, max_html_depth=10 ** 7, max_html_elements=10 ** 7)
    with Sandbox(default_paths(), replace(lax, child_cpu_seconds=1, child_wall_seconds=WALL)) as sandbox:
        msg, _ = fails(sandbox, DEEP, "deep.html")
        assert msg == "Reading the file needed more than the 1 s CPU-time limit, so it was stopped."
        still_reads(sandbox)


def test_a_document_taking_longer_than_the_wall_clock_limit():
    lax = replace(DEFAULT_LIMITS, max_html_depth=10 ** 7, max_html_elements=10 ** 7, child_cpu_seconds=600)
    with Sandbox(default_paths(), replace(lax, child_wall_seconds=2)) as sandbox:
        msg, took = fails(sandbox, DEEP, "deep.html")
        assert msg.startswith("Reading the file took longer than the 2 s limit")
        assert took < 30
    # the killed child is gone: a new sandbox starts cleanly
    with Sandbox(default_paths(), DEFAULT_LIMITS) as sandbox:
        still_reads(sandbox)


def test_a_result_over_the_output_limit():
    with Sandbox(default_paths(), replace(DEFAULT_LIMITS, child_result_bytes=300)) as sandbox:
        msg, _ = fails(sandbox, GOOD, "good.txt")
        assert msg.startswith("Reading the file produced ") and msg.endswith(" of results, over the 300 bytes limit.")


def test_a_file_over_the_size_limit_never_reaches_the_child():
    with Sandbox(default_paths(), replace(DEFAULT_LIMITS, max_file_bytes=10)) as sandbox:
        msg, _ = fails(sandbox, GOOD, "good.txt")
        assert "over the" in msg and sandbox._proc is None


def test_unreadable_files_and_good_ones_share_one_child():
    with Sandbox(default_paths(), DEFAULT_LIMITS) as sandbox:
        assert fails(sandbox, b"", "empty.txt")[0] == "The file is empty."
        first = sandbox._proc
        still_reads(sandbox)
        assert sandbox._proc is first


def test_a_catalogue_given_as_data(catalogue):
    with Sandbox(catalogue_to_mapping(catalogue), DEFAULT_LIMITS) as sandbox:
        out = sandbox.run("extract", GOOD, "good.txt", with_text=False)
    assert out["result"]["organisations"][0]["id"] == "kent-police" and "text" not in out


def test_a_broken_catalogue_is_one_sentence():
    with Sandbox({"super_complaints": "nonsense"}, DEFAULT_LIMITS) as sandbox:
        msg, _ = fails(sandbox, GOOD, "good.txt")
    assert msg.startswith("The catalogue given to the engine is incomplete")


def test_the_command_line_reads_every_file_in_the_child(tmp_path, capsys):
    bomb, good = tmp_path / "bomb.pdf", tmp_path / "good.txt"
    bomb.write_bytes(raw_pdf(glyphs(40_000_000)))
    good.write_bytes(GOOD)
    assert main([str(bomb), str(good)]) == 1
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert "inflates to more than 16 MB" in lines[0]["error"]
    assert lines[1]["responses"][0]["progress"] == "complete"
    assert main(["--in-process", str(good)]) == 0
    assert json.loads(capsys.readouterr().out)["file"] == str(good)
