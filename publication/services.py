"""The round's documents: add, change, delete (the file checked by the form)."""

from __future__ import annotations

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from kerntaken import permissions
from kerntaken.errors import MESSAGES, NotAllowed
from plans.models import Document, Round

DOCUMENT_FIELDS = frozenset({"title", "kind", "date", "summary", "is_public"})


def add_document(*, round: Round, by, file: UploadedFile, **fields) -> Document:
    """Add a document (its file already checked by the form) to the round."""
    if not permissions.can_manage_documents(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    document = Document(round=round, uploaded_by=by, file=file, **_document_fields(fields))
    document.save()
    return document


def update_document(*, document: Document, by, file: UploadedFile | None = None, **fields):
    """Change a document's details; a new file replaces the old one, which is removed."""
    if not permissions.can_manage_documents(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    old_name = document.file.name
    for name, value in _document_fields(fields).items():
        setattr(document, name, value)
    with transaction.atomic():
        if file is not None:
            document.file = file
            document.uploaded_by = by
        document.save()
        if file is not None and old_name and old_name != document.file.name:
            _remove_file_after_commit(document.file.storage, old_name)
    return document


def delete_document(*, document: Document, by) -> None:
    if not permissions.can_manage_documents(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    name, storage = document.file.name, document.file.storage
    with transaction.atomic():
        document.delete()
        if name:
            _remove_file_after_commit(storage, name)


def _document_fields(fields: dict) -> dict:
    unknown = set(fields) - DOCUMENT_FIELDS
    if unknown:
        raise TypeError(f"Not a document field: {', '.join(sorted(unknown))}")
    return fields


def _remove_file_after_commit(storage, name: str) -> None:
    # Only once the row is gone for good: a rolled-back change keeps its file.
    transaction.on_commit(lambda: storage.delete(name))
