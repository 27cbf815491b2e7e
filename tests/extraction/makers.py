"""Build DOCX and PDF fixtures in memory."""
import io

ENCRYPTED_PDF_OBJECTS = [
    b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>",
]


def docx_bytes(build) -> bytes:
    """build(document) adds content to a fresh python-docx Document."""
    import docx
    d = docx.Document()
    build(d)
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


def pdf_bytes(html: str) -> bytes:
    """A real text-layer PDF from HTML (WeasyPrint)."""
    import weasyprint
    return weasyprint.HTML(string=html).write_pdf()


def encrypted_pdf() -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(ENCRYPTED_PDF_OBJECTS, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    n = len(ENCRYPTED_PDF_OBJECTS) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<" % n + b"ab" * 16 + b"><" + b"ab" * 16
            + b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out


def markdown_to_html(md: str) -> str:
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark").enable("table").render(md)
