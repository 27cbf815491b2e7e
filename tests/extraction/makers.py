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


def _pdf_file(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """Numbered objects, a cross-reference table and a trailer: a PDF file by hand."""
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    n = len(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (n, trailer, xref)


def encrypted_pdf() -> bytes:
    return _pdf_file(ENCRYPTED_PDF_OBJECTS, b"/Encrypt 4 0 R /ID [<" + b"ab" * 16 + b"><" + b"ab" * 16 + b">] ")


def markdown_to_html(md: str) -> str:
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark").enable("table").render(md)


def raw_pdf(page_content: bytes, forms: dict[str, bytes] | None = None) -> bytes:
    """A one-page PDF written by hand: its content stream (Flate-compressed) and named Form XObjects.

    For documents no tool would make: a page whose few kilobytes inflate to millions of glyphs."""
    import zlib

    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"", b"",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    xobjects = []
    for name, content in (forms or {}).items():
        stream = zlib.compress(content, 9)
        objs.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
                    b"/Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        xobjects.append(b"/%s %d 0 R" % (name.encode(), len(objs)))
    resources = b"<< /Font << /F1 5 0 R >> /XObject << " + b" ".join(xobjects) + b" >> >>"
    objs[2] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources " + resources + b" >>"
    stream = zlib.compress(page_content, 9)
    objs[3] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    return _pdf_file(objs)


def glyphs(n: int, per_show: int = 1000) -> bytes:
    """Drawing instructions that show n glyphs, per_show at a time."""
    return b"BT /F1 1 Tf 10 700 Td " + (b"(" + b"a" * per_show + b") Tj ") * (n // per_show) + b"ET"


def zip_bomb(megabytes: int) -> bytes:
    """A DOCX-shaped archive whose document part inflates to `megabytes` of zeros."""
    import zipfile

    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            block = b"\0" * 1048576
            for _ in range(megabytes):
                f.write(block)
    return bio.getvalue()
