"""The one check of uploaded files: size, and type by content (never by name).

A PDF starts with `%PDF-`; DOCX and XLSX are zip packages with `[Content_Types].xml` and
a `word/` resp. `xl/` part.

`UploadValidator` stands on the model fields (`plans.Document.file`,
`reviews.GovernmentDecision.document`), so every ModelForm — the admin's too — refuses
what the site's forms refuse, and on the plain form fields that fill them (the
government decision, the Excel import). On a model field it also gives the name to be
stored the extension of the type found, so the file is stored, and served, as what it is.
"""

from __future__ import annotations

import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.text import slugify

from kerntaken.errors import MESSAGES

DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

# What a refused file is told, by the types the field accepts.
WRONG_TYPE = {
    ("pdf", "docx", "xlsx"): "not_a_document",
    ("pdf",): "not_pdf",
    ("xlsx",): "not_xlsx",
}


def document_type(file: File) -> str | None:
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


def typed_name(name: str, kind: str) -> str:
    """The name a file of type `kind` is stored under: its stem, slugged, and the type."""
    stem = slugify(PurePath(name).stem)[:60] or "document"
    return f"{stem}.{kind}"


@deconstructible
class UploadValidator:
    """Refuses a file over `settings.MAX_UPLOAD_SIZE` or whose content is not of `types`."""

    def __init__(self, types: tuple[str, ...]) -> None:
        if types not in WRONG_TYPE:
            raise ValueError(f"No message for uploads of the types {types}.")
        self.types = types

    def __call__(self, value: File) -> None:
        # A file already stored passed this check when it came in; only a new upload is read.
        if isinstance(value, FieldFile) and value._committed:
            return
        upload = value.file if isinstance(value, FieldFile) else value
        limit = settings.MAX_UPLOAD_SIZE
        if upload.size > limit:
            raise ValidationError(
                MESSAGES["file_too_large"],
                code="too_large",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        kind = document_type(upload)
        if kind not in self.types:
            raise ValidationError(MESSAGES[WRONG_TYPE[self.types]], code="wrong_type")
        if isinstance(value, FieldFile):
            # The upload too: a form's cleaned data hands the same file to the service.
            value.name = upload.name = typed_name(value.name, kind)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UploadValidator) and self.types == other.types

    def __hash__(self) -> int:
        return hash(self.types)


validate_document = UploadValidator(("pdf", "docx", "xlsx"))
validate_pdf = UploadValidator(("pdf",))
validate_workbook = UploadValidator(("xlsx",))
