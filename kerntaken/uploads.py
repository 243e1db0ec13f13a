"""The one check of uploaded files: size, and type by content (never by name).

A PDF starts with `%PDF-`; DOCX and XLSX are zip packages with `[Content_Types].xml` and
a `word/` resp. `xl/` part.
"""

from __future__ import annotations

import zipfile

from django.core.files.uploadedfile import UploadedFile

DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def document_type(file: UploadedFile) -> str | None:
    """'pdf', 'docx' or 'xlsx' from the file's content; None for anything else."""
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(file) as package:
            names = package.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    finally:
        file.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    if any(name.startswith("word/") for name in names):
        return "docx"
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    return None
