"""Files for the document tests: real PDF, DOCX and XLSX content, and impostors."""

from __future__ import annotations

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, content in members.items():
            package.writestr(name, content)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    return _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w:document/>",
        }
    )


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    workbook = Workbook()
    workbook.active["A1"] = "Kernproces"
    workbook.save(buffer)
    return buffer.getvalue()


def upload(name: str, content: bytes, content_type: str = "application/octet-stream"):
    # The browser's content type is as untrustworthy as the name: the tests vary both.
    return SimpleUploadedFile(name, content, content_type=content_type)


def pdf_upload(name: str = "mededeling.pdf") -> SimpleUploadedFile:
    return upload(name, PDF, "application/pdf")


IMPOSTORS = {
    "text renamed to .pdf": ("nota.pdf", b"Dit is geen PDF."),
    "program renamed to .docx": ("nota.docx", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64),
    "zip without content types": ("nota.docx", _zip({"word/document.xml": b"<w/>"})),
    "package that is neither word nor excel": (
        "nota.xlsx",
        _zip({"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<p/>"}),
    ),
    "broken zip": ("nota.xlsx", b"PK\x03\x04" + b"\x00" * 40),
    "html renamed to .pdf": ("nota.pdf", b"<html><script>alert(1)</script></html>"),
    "empty file": ("nota.pdf", b""),
}
