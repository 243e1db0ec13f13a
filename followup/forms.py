"""The follow-up's forms: they validate and normalise at the field; the services save.

The model's own rules (`clean()` of a milestone and an entry) run inside the forms, so a
milestone due before the round started or a delayed track without a reason is refused
at its field, with the user's values kept. Numbers take the decimal comma of the active
language (`localized_fields`).
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext_lazy as _

from followup.models import (
    FollowUpTrack,
    Milestone,
    ProgressReport,
    ReportEntry,
    ReportingPeriod,
    TrackStatus,
)
from followup.services import DETAIL_OF
from kerntaken.errors import MESSAGES
from plans.models import Round
from reviews.forms import DateInput

FTE_HELP = _("Full-time equivalents, e.g. 3,5.")
BUDGET_HELP = _("Thousands of euro, e.g. 1250,5.")


class VersionForm(forms.Form):
    # The version the user started from; a save based on an older one is refused.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class TrackForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    class Meta:
        model = FollowUpTrack
        fields = ["intended_result", "planned_fte", "planned_budget"]
        localized_fields = ["planned_fte", "planned_budget"]
        widgets = {"intended_result": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"planned_fte": FTE_HELP, "planned_budget": BUDGET_HELP}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.version
        freed = self.instance.effect_is_freed
        self.fields["planned_fte"].label = (
            _("Staff freed (FTE)") if freed else _("Staff needed (FTE)")
        )
        self.fields["planned_budget"].label = (
            _("Budget freed (k€)") if freed else _("Budget needed (k€)")
        )

    @property
    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class MilestoneForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)

    class Meta:
        model = Milestone
        fields = ["title", "due_date", "done_on"]
        widgets = {"due_date": DateInput(), "done_on": DateInput()}
        help_texts = {"done_on": _("Leave empty while the milestone is not reached.")}

    def __init__(self, *args, track: FollowUpTrack, **kwargs) -> None:
        instance = kwargs.get("instance") or Milestone(track=track)
        instance.track = track  # the model's rules need the track's round
        kwargs["instance"] = instance
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = instance.version

    @property
    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class PeriodForm(forms.ModelForm):
    class Meta:
        model = ReportingPeriod
        fields = ["name", "reference_date", "deadline"]
        widgets = {"reference_date": DateInput(), "deadline": DateInput()}
        help_texts = {
            "name": _("For example “Voortgang december 2015”."),
            "reference_date": _("The date the reports describe the situation on."),
            "deadline": _("The date by which every domain files its report."),
        }

    def __init__(self, *args, round: Round, **kwargs) -> None:
        kwargs["instance"] = ReportingPeriod(round=round)
        super().__init__(*args, **kwargs)

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        if ReportingPeriod.objects.filter(round=self.instance.round, name=name).exists():
            raise forms.ValidationError(MESSAGES["period_exists"])
        return name

    def clean(self) -> dict:
        data = super().clean()
        reference, deadline = data.get("reference_date"), data.get("deadline")
        if reference and deadline and deadline < reference:
            self.add_error("deadline", _("The deadline cannot precede the reference date."))
        return data

    def _post_clean(self) -> None:
        # The deadline's rule is said at its field above; the constraint says it again.
        super()._post_clean()
        if "deadline" in self._errors:
            self._errors.pop(NON_FIELD_ERRORS, None)


class EntryForm(forms.ModelForm):
    """What the report says about one track; its track is shown beside it."""

    class Meta:
        model = ReportEntry
        fields = [
            "status",
            "reason",
            "completed_on",
            "decision_reference",
            "realised_fte",
            "realised_budget",
            "note",
        ]
        localized_fields = ["realised_fte", "realised_budget"]
        widgets = {
            "status": forms.RadioSelect,
            "reason": forms.Textarea(attrs={"rows": 2}),
            "note": forms.Textarea(attrs={"rows": 2}),
            "completed_on": DateInput(),
        }
        help_texts = {
            "reason": _("Required when the track is delayed."),
            "completed_on": _("Required when the track is completed."),
            "decision_reference": _(
                "Required when the track is stopped: only a government decision stops it."
            ),
            "realised_fte": FTE_HELP,
            "realised_budget": BUDGET_HELP,
            "note": _("For the coordinating administration; never published."),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = TrackStatus.choices

    def clean(self) -> dict:
        data = super().clean()
        # Each status keeps only its own detail (the service does the same).
        status = data.get("status")
        for name, owner in DETAIL_OF.items():
            if status and status != owner and name in data:
                data[name] = None if name == "completed_on" else ""
                setattr(self.instance, name, data[name])
        return data

    @property
    def values(self) -> dict:
        return {name: self.cleaned_data.get(name) for name in self.Meta.fields}


class BaseEntryFormSet(forms.BaseModelFormSet):
    def values(self) -> dict[int, dict]:
        return {form.instance.track_id: form.values for form in self.forms}


EntryFormSet = forms.modelformset_factory(
    ReportEntry, form=EntryForm, formset=BaseEntryFormSet, extra=0, can_delete=False
)


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The domain's editors read it on top of their report."),
        error_messages={"required": MESSAGES["report_reason_required"]},
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(MESSAGES["report_reason_required"])
        return reason


class SubmitReportForm(VersionForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)


def report_formset(report: ProgressReport, data=None) -> EntryFormSet:
    """The entries of the report with their tracks, processes and milestones (3 queries)."""
    queryset = report.entries.select_related("track__process").prefetch_related("track__milestones")
    return EntryFormSet(data, queryset=queryset, prefix="entry")
