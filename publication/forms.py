"""The round's documents: the form that adds or replaces one.

The file goes through kerntaken/uploads.py's `DocumentField` (the admin uses it too):
size and type by content checked, the stored name given the extension of the type found.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from kerntaken.uploads import DocumentField
from plans.forms import DateInput
from plans.models import Document
from publication.models import ApiToken


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
        field_classes = {"file": DocumentField}
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


class TokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name"]
        labels = {"name": _("Name of the new token")}
        help_texts = {"name": _("What the token is for, e.g. “monthly report script”.")}
