"""Forms of the overlap page: its filters, starting an analysis and marking a pair."""

from __future__ import annotations

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from insight.models import OverlapPair
from plans.models import PolicyDomain, Round
from processes.models import Axis

SCORES = [("", _("Any score")), ("0.4", "≥ 40 %"), ("0.5", "≥ 50 %"), ("0.6", "≥ 60 %")]
# Which pairs to list: by default every pair but those marked "no overlap".
SHOWN = [
    ("", _("All but “no overlap”")),
    ("open", _("Not marked yet")),
    (OverlapPair.Mark.DISCUSS, _("To discuss")),
    (OverlapPair.Mark.NO_OVERLAP, _("No overlap")),
]


class OverlapFilterForm(forms.Form):
    round = forms.ChoiceField(label=capfirst(_("round")))
    domain = forms.ModelChoiceField(
        label=_("Policy domain (either process)"),
        queryset=PolicyDomain.objects.none(),
        required=False,
        empty_label=_("All domains"),
    )
    axis = forms.ChoiceField(
        label=_("Axis (either process)"),
        choices=[("", _("All axes")), *Axis.choices],
        required=False,
    )
    score = forms.ChoiceField(label=_("Similarity"), choices=SCORES, required=False)
    shown = forms.ChoiceField(label=_("Marked"), choices=SHOWN, required=False)

    def __init__(self, *args, rounds: list[Round], domains: list[PolicyDomain], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].choices = [(r.slug, r.name) for r in rounds]
        self.fields["domain"].queryset = PolicyDomain.objects.filter(pk__in=[d.pk for d in domains])
        self.fields["domain"].choices = [("", _("All domains"))] + [(d.pk, d.name) for d in domains]
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select"


class OverlapStartForm(forms.Form):
    round = forms.ModelChoiceField(
        label=capfirst(_("round")), queryset=Round.objects.all(), to_field_name="slug"
    )


REOPEN = "open"


class OverlapMarkForm(forms.Form):
    mark = forms.ChoiceField(
        label=_("Mark"),
        choices=[
            (OverlapPair.Mark.DISCUSS, OverlapPair.Mark.DISCUSS.label),
            (OverlapPair.Mark.NO_OVERLAP, OverlapPair.Mark.NO_OVERLAP.label),
            (REOPEN, _("Open again")),
        ],
        error_messages={"required": _("Choose how to mark the pair.")},
    )
    to_review = forms.BooleanField(
        label=_("Also put both processes before their working groups (plans in review)"),
        required=False,
    )

    def clean_mark(self) -> str:
        mark = self.cleaned_data["mark"]
        return OverlapPair.Mark.OPEN if mark == REOPEN else mark
