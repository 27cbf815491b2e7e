"""Evidence files: hashed and sized on upload, downloaded only as attachments: internal evidence by those
who may read the response's working copy, public evidence (once published) by anyone."""
import hashlib

from django.core.files.uploadedfile import SimpleUploadedFile

from rectrack.responses.models import Evidence

CONTENT = b"<html><script>alert('x')</script></html>"


def upload(client, response, name="plan.html"):
    return client.post(f"/responses/{response.pk}/evidence/new-file/",
                       {"title": "Action plan", "file": SimpleUploadedFile(name, CONTENT, content_type="text/html")})


def test_upload_stores_hash_and_size(users, client_for, sussex_response):
    page = upload(client_for(users.sussex_editor), sussex_response)
    assert page.status_code == 302
    evidence = Evidence.objects.get()
    assert evidence.sha256 == hashlib.sha256(CONTENT).hexdigest()
    assert evidence.size == len(CONTENT)
    assert evidence.filename == "plan.html"
    html = client_for(users.sussex_editor).get(f"/responses/{sussex_response.pk}/").content.decode()
    assert evidence.sha256 in html and "plan.html" in html and "Internal" in html
    public = client_for(None).get(f"/responses/{sussex_response.pk}/").content.decode()
    assert "plan.html" not in public and evidence.sha256 not in public  # internal evidence stays internal


def test_download_is_an_attachment_never_inline(users, client_for, sussex_response):
    upload(client_for(users.sussex_editor), sussex_response)
    evidence = Evidence.objects.get()
    assert client_for(users.liberty).get(f"/responses/evidence/{evidence.pk}/file").status_code == 404
    response = client_for(users.sussex_editor).get(f"/responses/evidence/{evidence.pk}/file")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;") and "plan.html" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"
    assert b"".join(response.streaming_content) == CONTENT


def test_anonymous_download_of_internal_evidence_refused(users, client_for, sussex_response):
    upload(client_for(users.sussex_editor), sussex_response)
    evidence = Evidence.objects.get()
    response = client_for(None).get(f"/responses/evidence/{evidence.pk}/file")
    assert response.status_code == 404 and CONTENT not in response.content


def test_file_name_with_path_is_reduced_to_its_name(users, client_for, sussex_response):
    upload(client_for(users.sussex_editor), sussex_response, name="../../etc/passwd")
    evidence = Evidence.objects.get()
    assert "/" not in evidence.filename and ".." not in evidence.file.name


def test_link_evidence_is_text_and_a_safe_link(users, client_for, sussex_response):
    client_for(users.sussex_editor).post(f"/responses/{sussex_response.pk}/evidence/new-link/",
                                         {"title": "Minutes", "url": "https://example.org/minutes?a=1&b=2"})
    html = client_for(users.sussex_editor).get(f"/responses/{sussex_response.pk}/").content.decode()
    assert 'href="https://example.org/minutes?a=1&amp;b=2" rel="noopener noreferrer nofollow"' in html


# --- Accepted by content, stored once, removed when the last item that uses it goes (ADR 0011) ---------

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


def add(user, response, data=PDF, name="minutes.pdf", content_type="application/pdf"):
    from rectrack.responses import services

    return services.add_evidence_file(user=user, response=response, title="",
                                      uploaded=SimpleUploadedFile(name, data, content_type=content_type))


def test_the_stored_content_type_is_sniffed_not_the_browsers(users, sussex_response):
    evidence = add(users.sussex_editor, sussex_response, content_type="image/svg+xml")
    assert evidence.content_type == "application/pdf"
    html = add(users.sussex_editor, sussex_response, data=CONTENT, name="page.html", content_type="image/png")
    assert html.content_type == "text/html"


def test_a_disguised_file_is_refused_on_the_page_and_nothing_is_stored(users, client_for, sussex_response):
    client = client_for(users.sussex_editor)
    url = f"/responses/{sussex_response.pk}/evidence/new-file/"
    exe = SimpleUploadedFile("plan.pdf", b"MZ\x90\x00" + b"\x00" * 60, content_type="application/pdf")
    page = client.post(url, {"title": "Plan", "file": exe}).content.decode()
    assert "govuk-error-summary" in page and 'href="#id_file"' in page
    assert "The selected file is a Windows program. The selected file must be a PDF, DOCX" in page
    html_as_docx = SimpleUploadedFile("plan.docx", CONTENT, content_type="application/vnd.openxmlformats")
    page = client.post(url, {"title": "Plan", "file": html_as_docx}).content.decode()
    assert "ends in .docx but the file is a web page (HTML)" in page
    assert not Evidence.objects.exists()


def test_the_form_names_the_formats_and_the_one_size_limit(users, client_for, sussex_response, settings):
    settings.RECTRACK_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
    page = client_for(users.sussex_editor).get(f"/responses/{sussex_response.pk}/evidence/new-file/").content.decode()
    assert "PDF, DOCX, HTML, Markdown, plain text, PNG, JPEG, GIF, WebP, XLSX, ODS or CSV, smaller than 5 MB" in page
    assert 'accept=".pdf,.docx,' in page


def test_the_same_bytes_twice_share_one_stored_file(users, sussex_response):
    first = add(users.sussex_editor, sussex_response)
    second = add(users.sussex_editor, sussex_response, name="copy.pdf")
    assert first.file.name == second.file.name and first.file.name.endswith(first.sha256)
    assert second.filename == "copy.pdf"


def test_a_deleted_file_is_removed_once_no_evidence_shares_it(users, sussex_response,
                                                             django_capture_on_commit_callbacks):
    from rectrack.responses import services

    first = add(users.sussex_editor, sussex_response)
    second = add(users.sussex_editor, sussex_response, name="copy.pdf")
    storage, name, second_id = first.file.storage, first.file.name, second.pk
    with django_capture_on_commit_callbacks(execute=True):
        services.delete_evidence(user=users.sussex_editor, evidence=first)
    assert storage.exists(name)  # the second item still uses the bytes
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.delete_evidence(user=users.sussex_editor, evidence=second)
    assert len(callbacks) == 1 and not storage.exists(name)
    # The history keeps what the file was (hash, name, size, who removed it), not the bytes.
    removed = Evidence.history.filter(id=second_id, history_type="-").get()
    assert (removed.sha256, removed.filename, removed.size) == (second.sha256, "copy.pdf", len(PDF))
    assert removed.history_user == users.sussex_editor


def test_nothing_is_removed_before_the_delete_commits(users, sussex_response, django_capture_on_commit_callbacks):
    from rectrack.responses import services

    evidence = add(users.sussex_editor, sussex_response)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.delete_evidence(user=users.sussex_editor, evidence=evidence)
    assert evidence.file.storage.exists(evidence.file.name)  # a rollback would keep the file
    assert len(callbacks) == 1


def test_files_go_with_a_deleted_response_too(users, sussex_response, django_capture_on_commit_callbacks):
    from rectrack.responses import services

    evidence = add(users.sussex_editor, sussex_response, data=b"%PDF-1.4 other bytes")
    storage, name = evidence.file.storage, evidence.file.name
    with django_capture_on_commit_callbacks(execute=True):
        services.delete_response(user=users.inspector, response=sussex_response)
    assert not Evidence.objects.exists() and not storage.exists(name)
