"""Forms of the editor's journey (the minister consultation and the submission) and of
the round management (a new round)."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from kerntaken.errors import MESSAGES
from plans.models import Minister, MinisterConsultation, Round


class PlanVersionForm(forms.Form):
    """The plan's version when the page was opened (optimistic locking of the plan)."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class ConsultationForm(forms.Form):
    """The consultation of one competent minister: date, outcome and a note.

    Left entirely empty for a minister not consulted yet, it records nothing; once
    anything is filled in (or the consultation was recorded before) date and outcome
    are required, and remarks need a note saying what they are.
    """

    date = forms.DateField(
        label=_("Date of the consultation"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    outcome = forms.ChoiceField(
        label=pgettext_lazy("editor", "Outcome"),
        required=False,
        choices=[("", "—"), *MinisterConsultation.Outcome.choices],
    )
    note = forms.CharField(
        label=pgettext_lazy("editor", "Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when the minister made remarks."),
    )

    def __init__(
        self, *args, minister: Minister, recorded: MinisterConsultation | None = None, **kwargs
    ) -> None:
        if recorded is not None and kwargs.get("initial") is None:
            kwargs["initial"] = {
                "date": recorded.date,
                "outcome": recorded.outcome,
                "note": recorded.note,
            }
        kwargs.setdefault("prefix", f"minister-{minister.pk}")
        super().__init__(*args, **kwargs)
        self.minister = minister
        self.recorded = recorded

    @property
    def is_empty(self) -> bool:
        """Nothing filled in for a minister not consulted yet: nothing to record."""
        data = self.cleaned_data
        return (
            self.recorded is None
            and not data.get("date")
            and not data.get("outcome")
            and not data.get("note", "").strip()
        )

    def clean(self) -> dict:
        data = super().clean()
        if self.is_empty or self.errors:
            return data
        if not data.get("date"):
            self.add_error("date", _("Enter the date of the consultation."))
        elif data["date"] > timezone.localdate():
            self.add_error("date", _("A consultation cannot take place in the future."))
        if not data.get("outcome"):
            self.add_error("outcome", _("Choose the outcome of the consultation."))
        elif (
            data["outcome"] == MinisterConsultation.Outcome.REMARKS
            and not data.get("note", "").strip()
        ):
            self.add_error("note", _("Describe the minister's remarks."))
        return data

    @property
    def has_changed_values(self) -> bool:
        if self.recorded is None:
            return not self.is_empty
        data = self.cleaned_data
        return (data["date"], data["outcome"], data["note"].strip()) != (
            self.recorded.date,
            self.recorded.outcome,
            self.recorded.note,
        )


class SubmitForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment for the coordinating administration"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=pgettext_lazy("editor", "Optional."),
    )

    confirm_unchanged = forms.BooleanField(
        label=_("The changes since the consultation need no new consultation"),
        required=False,
    )
    reason = forms.CharField(
        label=_("Why the changes need no new consultation"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Logged and shown to the coordinating administration."),
    )

    def __init__(self, *args, needs_confirmation: bool = False, **kwargs) -> None:
        """`needs_confirmation`: the plan changed after a consultation (SPEC §14)."""
        super().__init__(*args, **kwargs)
        if not needs_confirmation:
            del self.fields["confirm_unchanged"], self.fields["reason"]

    def clean_comment(self) -> str:
        return self.cleaned_data["comment"].strip()

    def clean(self) -> dict:
        data = super().clean()
        if "confirm_unchanged" not in self.fields:
            return data
        data["reason"] = data.get("reason", "").strip()
        if not data.get("confirm_unchanged"):
            self.add_error(
                "confirm_unchanged",
                _("Record a new consultation first, or confirm that the changes need none."),
            )
        elif not data["reason"]:
            self.add_error("reason", MESSAGES["confirmation_reason_required"])
        return data


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


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
