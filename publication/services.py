"""The round's documents: add, change, delete (the file checked by the form); personal
API tokens: make one, revoke one."""

from __future__ import annotations

import secrets

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from kerntaken import permissions
from kerntaken.errors import MESSAGES, NotAllowed
from plans.models import Document, Round
from publication.models import ApiToken, digest

# What every token starts with, so that a token found in a file or a log is recognised.
TOKEN_PREFIX = "kt_"  # noqa: S105 - a marker, not a secret

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


# ---- personal API tokens -------------------------------------------------------------


def create_token(*, user, name: str) -> tuple[ApiToken, str]:
    """A new token for `user`: the row (with the token's digest) and the token itself,
    which is shown once and stored nowhere."""
    if not permissions.can_manage_api_tokens(user):
        raise NotAllowed(MESSAGES["not_allowed"])
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, prefix=secret[: len(TOKEN_PREFIX) + 6], key_digest=digest(secret)
    )
    return token, secret


def revoke_token(*, token: ApiToken, by) -> ApiToken:
    """Refuse the token from now on. Only its owner revokes it; revoking twice changes nothing."""
    if token.user_id != by.pk or not permissions.can_manage_api_tokens(by):
        raise NotAllowed(MESSAGES["not_allowed"])
    # An UPDATE guarded by the state: two revocations at once keep the first moment.
    ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    token.refresh_from_db(fields=["revoked_at"])
    return token
