"""`rectrack extract` per the contract: JSON Lines in input order, errors per file, exit status."""
import json

from rectrack.extraction.cli import main


def _lines(capsys):
    out = capsys.readouterr()
    return [json.loads(x) for x in out.out.splitlines()], out.err


def test_json_lines_in_input_order_with_per_file_errors(tmp_path, capsys):
    good = tmp_path / "good.md"
    good.write_text("# Kent Police response\n\n## Recommendation 1\n\nWe consider this recommendation complete.\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.pdf"
    code = main([str(empty), str(good), str(missing)])
    lines, err = _lines(capsys)
    assert code == 1
    assert [x["file"] for x in lines] == [str(empty), str(good), str(missing)]
    assert lines[0] == {"file": str(empty), "error": "The file is empty."}
    assert lines[1]["format"] == "markdown" and lines[1]["responses"][0]["progress"] == "complete"
    assert set(lines[2]) == {"file", "error"}
    assert err == ""  # no progress bar when stderr is not a terminal


def test_all_good_exits_zero(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("Recommendation 4\n\nWork is ongoing.\n")
    assert main([str(f)]) == 0
    lines, _ = _lines(capsys)
    assert set(lines[0]) >= {"file", "format", "super_complaint", "organisations", "document_date", "responses",
                             "warnings"}


def test_usage_errors_exit_two(tmp_path, capsys):
    assert main([]) == 2
    assert main(["--catalogue", str(tmp_path / "nope.yaml"), "x.txt"]) == 2
    assert main(["--bogus", "x.txt"]) == 2
    err = capsys.readouterr().err
    assert "usage" in err and "Cannot read the super-complaints catalogue" in err


def test_size_limit_option(tmp_path, capsys):
    f = tmp_path / "big.txt"
    f.write_bytes(b"a " * 600_000)
    assert main(["--max-mb", "1", str(f)]) == 1
    lines, _ = _lines(capsys)
    assert "over the 1 MB limit" in lines[0]["error"]
