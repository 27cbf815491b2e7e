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
