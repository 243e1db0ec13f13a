"""Forms of the round management: a new round and the round's documents.

A document's type is decided by what the file contains, never by its name: a PDF starts
with `%PDF-`; DOCX and XLSX are zip packages with `[Content_Types].xml` and a `word/`
resp. `xl/` part. The stored name gets the extension of the type found.
"""

from __future__ import annotations

import zipfile
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from plans.models import Document, Round

DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# Path segments of /ronde-beheer/ that a round's slug must not take.
RESERVED_SLUGS = frozenset({"nieuw", "documenten"})


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


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["title", "date", "kind", "summary", "is_public", "file"]
        widgets = {
            "date": DateInput(),
            "summary": forms.Textarea(attrs={"rows": 3}),
            # No "clear" box: a document keeps its file unless a new one replaces it.
            "file": forms.FileInput(attrs={"accept": ".pdf,.docx,.xlsx"}),
        }
        labels = {"is_public": _("Public: show this document on the round's public page")}
        help_texts = {
            "is_public": _("Internal documents are only seen by the people of the process."),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        file_field = self.fields["file"]
        # A new document needs its file; an existing one keeps what it has unless replaced.
        file_field.required = self.instance.pk is None
        limit = filesizeformat(settings.MAX_UPLOAD_SIZE)
        if not self.instance.file:
            file_field.help_text = _("PDF, Word (DOCX) or Excel (XLSX), at most %(limit)s.") % {
                "limit": limit
            }
        else:
            file_field.help_text = _(
                "Only to replace the current file: PDF, Word (DOCX) or Excel (XLSX), "
                "at most %(limit)s."
            ) % {"limit": limit}

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not isinstance(file, UploadedFile):
            return file  # nothing new uploaded: the current file stays
        if file.size > settings.MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                _("The file is too large (%(size)s); the limit is %(limit)s."),
                code="too_large",
                params={
                    "size": filesizeformat(file.size),
                    "limit": filesizeformat(settings.MAX_UPLOAD_SIZE),
                },
            )
        kind = document_type(file)
        if kind is None:
            raise forms.ValidationError(
                _(
                    "This file is not a PDF, Word (DOCX) or Excel (XLSX) document. "
                    "Only these types can be added; the file's name does not count, "
                    "only its content."
                ),
                code="wrong_type",
            )
        stem = slugify(PurePath(file.name).stem)[:60] or "document"
        file.name = f"{stem}.{kind}"
        return file


class RoundForm(forms.ModelForm):
    class Meta:
        model = Round
        fields = [
            "name",
            "slug",
            "introduction",
            "previous",
            "start_date",
            "submission_deadline",
            "framework_date",
            "review_start",
            "review_end",
            "approval_date",
        ]
        widgets = {
            "introduction": forms.Textarea(attrs={"rows": 8}),
            "start_date": DateInput(),
            "submission_deadline": DateInput(),
            "framework_date": DateInput(),
            "review_start": DateInput(),
            "review_end": DateInput(),
            "approval_date": DateInput(),
        }
        labels = {"slug": _("Short name in the address")}
        help_texts = {
            "slug": _("Part of the public address, e.g. 2019-2020: letters, digits and hyphens."),
            "introduction": _(
                "The text of the round on its public page; a blank line starts a new paragraph."
            ),
            "previous": _("Each domain can start its plan from its approved plan of this round."),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["previous"].queryset = Round.objects.order_by("-start_date")

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(
                _("“%(slug)s” is reserved; choose another short name."),
                code="reserved",
                params={"slug": slug},
            )
        return slug

    def clean(self) -> dict:
        data = super().clean()
        start = data.get("start_date")
        if start is None:
            return data
        not_before_start = [
            "submission_deadline",
            "framework_date",
            "review_start",
            "review_end",
            "approval_date",
        ]
        for name in not_before_start:
            value = data.get(name)
            if value is not None and value < start:
                self.add_error(name, _("This date cannot precede the start of the round."))
        review_start, review_end = data.get("review_start"), data.get("review_end")
        if review_start and review_end and review_end < review_start:
            self.add_error("review_end", _("The review period cannot end before it starts."))
        previous = data.get("previous")
        if previous is not None and previous.start_date >= start:
            self.add_error("previous", _("The previous round must start before this one."))
        return data
