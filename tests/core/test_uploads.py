"""Uploads accepted by content (the sniffer) and limited while they stream (the upload handler)."""
import http.client
import io
import re
import zipfile
from urllib.parse import urlparse

import docx
import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.test import override_settings

from rectrack.core import uploads

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


# --- Test files, made here ----------------------------------------------------------------------------

def pdf() -> bytes:
    return b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def docx_bytes(text="Recommendation 1. We have stopped sharing data.") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    book = openpyxl.Workbook()
    book.active["A1"] = "Action"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def ods_bytes() -> bytes:
    return zip_of({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<office/>"})


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"
GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8 \x0e\x00\x00\x00"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"This program cannot be run"
HTML = b"<!DOCTYPE html>\n<html><head><title>Response</title></head><body><p>Recommendation 1.</p></body></html>"


def check(data: bytes, name: str, formats=uploads.DOCUMENT_FORMATS) -> uploads.Format:
    return uploads.check_upload(SimpleUploadedFile(name, data), filename=name, formats=formats)


def refusal(data: bytes, name: str, formats=uploads.DOCUMENT_FORMATS) -> str:
    with pytest.raises(ValidationError) as e:
        check(data, name, formats)
    return e.value.message_dict["file"][0]


# --- Accepted by content ------------------------------------------------------------------------------

@pytest.mark.parametrize("data, name, expected", [
    (pdf(), "response.pdf", uploads.PDF),
    (b"\r\n" + pdf(), "response.PDF", uploads.PDF),  # the header may follow a few bytes
    (docx_bytes(), "response.docx", uploads.DOCX),
    (HTML, "response.html", uploads.HTML),
    (HTML, "response.htm", uploads.HTML),
    (HTML, "response", uploads.HTML),  # no extension: the content decides
    (b"<html><body><p>Our plan is attached as %PDF-1.7.</p></body></html>", "page.html", uploads.HTML),
    (b"# Recommendation 1\n\nWe have stopped.", "response.md", uploads.MARKDOWN),
    (b"Recommendation 1. We have stopped.\n", "response.txt", uploads.TEXT),
    (b"Recommendation 1. We have stopped.\n", "response", uploads.TEXT),
    ("Caf\u00e9 \u2013 the force\u2019s plan".encode("cp1252"), "cp1252.txt", uploads.TEXT),
    ("Caf\u00e9 \u2013 plan".encode("utf-8-sig"), "bom.txt", uploads.TEXT),
    ("Unicode text from Notepad \u2013 plan".encode("utf-16"), "utf16.txt", uploads.TEXT),
    (b"Line one\x0bWord line break\x0cpage two\tTab\r\n", "word.txt", uploads.TEXT),
])
def test_documents_are_recognised_by_their_content(data, name, expected):
    assert check(data, name) == expected


@pytest.mark.parametrize("data, name, expected", [
    (PNG, "photo.png", uploads.PNG),
    (JPEG, "photo.jpg", uploads.JPEG),
    (JPEG, "photo.jpeg", uploads.JPEG),
    (GIF, "chart.gif", uploads.GIF),
    (WEBP, "chart.webp", uploads.WEBP),
    (xlsx_bytes(), "plan.xlsx", uploads.XLSX),
    (ods_bytes(), "plan.ods", uploads.ODS),
    (b"action,owner\nTraining,DCI Smith\n", "plan.csv", uploads.CSV),
    (pdf(), "minutes.pdf", uploads.PDF),
])
def test_evidence_may_also_be_images_and_spreadsheets(data, name, expected):
    assert check(data, name, uploads.EVIDENCE_FORMATS) == expected


def test_images_and_spreadsheets_are_not_documents():
    assert refusal(PNG, "photo.png") == ("The selected file is a PNG image. The selected file must be a PDF, "
                                         "DOCX, HTML, Markdown or plain text file.")
    assert refusal(xlsx_bytes(), "plan.xlsx").startswith("The selected file is an Excel spreadsheet (XLSX).")
    assert refusal(b"a,b\n1,2\n", "plan.csv").startswith("The selected file is a CSV file.")


# --- Refused ---------------------------------------------------------------------------------------------

def test_a_program_named_pdf_is_refused():
    message = refusal(EXE, "response.pdf", uploads.EVIDENCE_FORMATS)
    assert message.startswith("The selected file is a Windows program. The selected file must be a PDF, DOCX")
    assert "PNG, JPEG, GIF, WebP, XLSX, ODS or CSV file." in message


def test_html_named_docx_is_refused():
    assert refusal(HTML, "response.docx") == (
        "The selected file’s name ends in .docx but the file is a web page (HTML). Choose the file again, "
        "or rename it to end in .html if that is what it is.")


@pytest.mark.parametrize("data, name, what", [
    (pdf(), "response.docx", "a PDF"),
    (docx_bytes(), "response.pdf", "a Word document (DOCX)"),
    (PNG, "photo.jpg", "a PNG image"),
    (b"plain words", "response.exe", "a plain text file"),
])
def test_a_name_that_contradicts_the_content_is_refused(data, name, what):
    assert f"but the file is {what}." in refusal(data, name, uploads.EVIDENCE_FORMATS)


@pytest.mark.parametrize("data, what", [
    (zip_of({"word/document.xml": b"<w:document/>", "[Content_Types].xml": b"<Types/>",
             "word/vbaProject.bin": b"macro"}), "an Office file with macros"),
    (zip_of({"notes.txt": b"hello"}), "a ZIP archive"),
    (zip_of({"word/document.xml": b"<w:document/>"}), "a ZIP archive"),  # no [Content_Types].xml: not Office
    (b"PK\x03\x04" + b"\x00" * 40, "a damaged ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "an old binary Office file (.doc or .xls)"),
    (b"Recommendation 1.\x00\x00 binary", "binary data, not text"),
    (b"Looks like text\x01\x02\x03 but is not", "binary data, not text"),
    (b"\xc3\x28 not UTF-8 and \x81 not Windows-1252", "text in an encoding rectrack cannot read (save it as UTF-8)"),
    (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
     "an SVG image"),
])
def test_content_that_is_not_an_accepted_format_is_refused(data, what):
    assert refusal(data, "file.docx" if data.startswith(b"PK") else "file", uploads.EVIDENCE_FORMATS).startswith(
        f"The selected file is {what}.")


def test_the_whole_text_is_checked_not_only_its_start():
    data = b"Recommendation 1. We have stopped.\n" * 5000 + b"\x00"
    assert "binary data" in refusal(data, "long.txt")


def test_empty_and_oversized_files_are_refused_by_size_first():
    assert refusal(b"", "empty.txt") == "The selected file is empty."
    with override_settings(RECTRACK_MAX_UPLOAD_BYTES=10):
        assert refusal(b"x" * 11, "big.txt") == "The selected file must be smaller than 10 bytes."
        assert check(b"x" * 10, "big.txt") == uploads.TEXT  # exactly the limit is allowed
        with pytest.raises(ValidationError, match="smaller than 10 bytes"):
            uploads.check_upload(b"\x00" * 11, filename="big.bin", formats=uploads.DOCUMENT_FORMATS)
    with override_settings(RECTRACK_MAX_UPLOAD_BYTES=25 * 1024 * 1024):
        assert uploads.size_limit_message() == "The selected file must be smaller than 25 MB."


def test_bytes_and_files_are_read_from_the_start_and_left_there():
    upload = SimpleUploadedFile("r.txt", b"Recommendation 1.")
    upload.read(5)
    assert uploads.check_upload(upload, filename="r.txt", formats=uploads.DOCUMENT_FORMATS) == uploads.TEXT
    assert upload.read() == b"Recommendation 1."
    assert uploads.check_upload(b"%PDF-1.4", filename="r.pdf", formats=uploads.DOCUMENT_FORMATS) == uploads.PDF


def test_the_hint_and_the_accept_attribute_come_from_the_formats():
    assert uploads.accepted_list(uploads.DOCUMENT_FORMATS) == "PDF, DOCX, HTML, Markdown or plain text"
    assert uploads.accept_attribute(uploads.DOCUMENT_FORMATS) == ".pdf,.docx,.html,.htm,.md,.markdown,.txt,.text"
    assert uploads.extension("a/b/Report.Final.PDF") == ".pdf"
    assert uploads.extension(".hidden") == "" and uploads.extension("README") == ""


# --- The size limit while the upload streams ----------------------------------------------------------

class _Request:
    upload_handlers = []


def test_the_handler_keeps_a_file_within_the_limit():
    with override_settings(RECTRACK_MAX_UPLOAD_BYTES=100):
        handler = uploads.LimitedUploadHandler(_Request())
    handler.new_file("file", "r.txt", "text/plain", None)
    for chunk in (b"a" * 60, b"b" * 40):
        assert handler.receive_data_chunk(chunk, 0) is None  # kept by this handler, the last in the chain
    kept = handler.file_complete(100)
    kept.seek(0)
    assert kept.read() == b"a" * 60 + b"b" * 40 and not getattr(kept, "refused", False)
    kept.close()


def test_the_handler_deletes_what_it_wrote_and_keeps_nothing_past_the_limit(tmp_path):
    with override_settings(RECTRACK_MAX_UPLOAD_BYTES=100, FILE_UPLOAD_TEMP_DIR=str(tmp_path)):
        handler = uploads.LimitedUploadHandler(_Request())
        handler.new_file("file", "big.pdf", "application/pdf", None)
    handler.receive_data_chunk(b"x" * 80, 0)
    assert len(list(tmp_path.iterdir())) == 1  # within the limit, written to a temporary file
    for _ in range(1000):  # 80 kB more, none of it kept
        handler.receive_data_chunk(b"y" * 80, 0)
    assert list(tmp_path.iterdir()) == []  # the partial temporary file is gone
    refused = handler.file_complete(0)
    assert isinstance(refused, uploads.RefusedUpload) and refused.refused
    assert refused.name == "big.pdf" and refused.size == 80 * 1001 and refused.read() == b""
    assert uploads.is_too_large(refused)


def test_the_limit_counts_every_file_of_a_request():
    with override_settings(RECTRACK_MAX_UPLOAD_BYTES=100):
        handler = uploads.LimitedUploadHandler(_Request())
    handler.new_file("a", "a.txt", "text/plain", None)
    handler.receive_data_chunk(b"a" * 70, 0)
    first = handler.file_complete(70)
    handler.new_file("b", "b.txt", "text/plain", None)
    handler.receive_data_chunk(b"b" * 70, 0)
    second = handler.file_complete(70)
    assert not getattr(first, "refused", False) and second.refused and second.size == 70
    with pytest.raises(ValidationError, match="must be smaller than"):
        uploads.check_upload(second, filename="b.txt", formats=uploads.DOCUMENT_FORMATS)
    first.close()


def test_it_is_the_upload_handler_for_every_request(settings):
    assert settings.FILE_UPLOAD_HANDLERS == ["rectrack.core.uploads.LimitedUploadHandler"]


@pytest.mark.django_db
def test_an_oversized_upload_through_django_is_refused_without_writing_it(users, client_for, monkeypatch):
    written = []
    keep = TemporaryFileUploadHandler.receive_data_chunk

    def spy(self, raw_data, start):
        written.append(len(raw_data))
        return keep(self, raw_data, start)

    monkeypatch.setattr(TemporaryFileUploadHandler, "receive_data_chunk", spy)
    limit = 256 * 1024
    with override_settings(RECTRACK_MAX_UPLOAD_BYTES=limit):
        page = client_for(users.inspector).post("/documents/upload/", {
            "file": SimpleUploadedFile("big.txt", b"Recommendation 1. " * (4 * 1024 * 1024 // 18))})
    html = page.content.decode()
    assert page.status_code == 200 and "govuk-error-summary" in html
    assert "The selected file must be smaller than 256 KB." in html
    assert sum(written) <= limit  # at most the limit reached the disk, not the 4 MB sent


@pytest.mark.django_db(transaction=True)
def test_a_large_upload_over_a_real_connection_gets_the_error_page(live_server, users, client_for):
    """Streamed over a socket (not the test client): the server reads it to the end and answers with the
    form and its error, so the browser shows a page rather than a reset connection."""
    client = client_for(users.inspector)
    form = client.get("/documents/upload/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    cookies = "; ".join(f"{k}={v.value}" for k, v in client.cookies.items())
    boundary = "rectrack-test-boundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrfmiddlewaretoken\"\r\n\r\n{token}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
            f"Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    body_size = 3 * 1024 * 1024
    url = urlparse(live_server.url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    with override_settings(RECTRACK_MAX_UPLOAD_BYTES=512 * 1024):
        connection.putrequest("POST", "/documents/upload/")
        connection.putheader("Content-Type", f"multipart/form-data; boundary={boundary}")
        connection.putheader("Content-Length", str(len(head) + body_size + len(tail)))
        connection.putheader("Cookie", cookies)
        connection.putheader("Referer", live_server.url + "/documents/upload/")
        connection.endheaders()
        connection.send(head)
        chunk = b"0" * 65536
        for _ in range(body_size // len(chunk)):
            connection.send(chunk)
        connection.send(tail)
        response = connection.getresponse()
        html = response.read().decode()
    connection.close()
    assert response.status == 200
    assert "The selected file must be smaller than 512 KB." in html and "govuk-error-summary" in html
