"""The one check of uploaded files: size, and type by content (never by name).

A PDF starts with `%PDF-`; DOCX and XLSX are zip packages with `[Content_Types].xml` and
a `word/` resp. `xl/` part.

Every form that takes a file uses one of the fields below: the round's documents and
their admin (`DocumentField`), the government decision and its admin (`PdfField`), the
Excel import (`WorkbookField`). So the admin refuses what the site's forms refuse, with
the same messages. A stored file gets the extension of the type found in its content,
so it is stored, and served, as what it is. (The check stands on the form fields, not on
the model fields: a model module imports only models.)
"""

from __future__ import annotations

import zipfile
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
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


class UploadValidator:
    """Refuses a file over `settings.MAX_UPLOAD_SIZE` or whose content is not of `types`."""

    def __init__(self, types: tuple[str, ...]) -> None:
        if types not in WRONG_TYPE:
            raise ValueError(f"No message for uploads of the types {types}.")
        self.types = types

    def __call__(self, upload: File) -> None:
        limit = settings.MAX_UPLOAD_SIZE
        if upload.size > limit:
            raise ValidationError(
                MESSAGES["file_too_large"],
                code="too_large",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        if document_type(upload) not in self.types:
            raise ValidationError(MESSAGES[WRONG_TYPE[self.types]], code="wrong_type")


class UploadField(forms.FileField):
    """A file field whose upload is checked (size, type by content) and, with `rename`,
    named by its type: `Nota 2015.PDF` is stored as `nota-2015.pdf`."""

    types: tuple[str, ...] = ()
    rename = True

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.validators.append(UploadValidator(self.types))

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if self.rename and isinstance(upload, UploadedFile):
            upload.name = typed_name(upload.name, document_type(upload))
        return upload


class DocumentField(UploadField):
    types = ("pdf", "docx", "xlsx")


class PdfField(UploadField):
    types = ("pdf",)


class WorkbookField(UploadField):
    types = ("xlsx",)
    rename = False  # the import shows the name as given and checks its extension
