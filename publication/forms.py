"""The round's documents: the form that adds or replaces one.

The stored name gets the extension of the type found in the file's content.
"""

from __future__ import annotations

from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from kerntaken.uploads import document_type
from plans.forms import DateInput
from plans.models import Document


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
