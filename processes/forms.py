"""The core-process form: the form of a careful civil servant.

It checks what the model checks (motivation unless `keep`, a transfer level exactly for a
transfer, an entity of the plan's own domain) and what the model leaves to the database
(a code unique in the plan), so every refusal lands at its field with the values kept.
FTE and budget accept the decimal comma of the active language (`localized_fields`).
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from plans.models import Plan
from processes import fields as process_fields
from processes.models import Assessment, Axis, CoreProcess, TransferLevel


class CoreProcessForm(forms.ModelForm):
    # The version the user started from; a save based on an older one is refused.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    class Meta:
        model = CoreProcess
        fields = list(process_fields.editable())
        localized_fields = ["fte", "budget"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "motivation": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "code": _("Unique within the plan, e.g. OV-12."),
            "axis": _("The axes and the assessments are explained under “Help with your choice”."),
            "assessment": _("Leave empty while you are still assessing; needed to submit."),
            "motivation": _("Required for every assessment except “Keep in its current form”."),
            "transfer_level": _("Only for “(Partly) transfer to local government”."),
            "fte": _("Full-time equivalents, e.g. 3,5."),
            "budget": _("Thousands of euro, e.g. 1250,5."),
        }
        error_messages = {
            "entity": {"invalid_choice": _("Choose an entity of the plan's own policy domain.")},
        }

    def __init__(self, *args, plan: Plan, **kwargs) -> None:
        instance = kwargs.get("instance") or CoreProcess(plan=plan)
        instance.plan = plan
        kwargs["instance"] = instance
        if instance.pk:
            kwargs.setdefault("initial", {})["version"] = instance.version
        super().__init__(*args, **kwargs)
        self.plan = plan
        if not instance.pk:
            # A new process has no version to compare with yet.
            self.fields["version"].required = False
        # Only the plan's own entities; a forged POST naming another is an invalid choice.
        self.fields["entity"].queryset = plan.domain.entities.order_by("acronym")
        self.fields["entity"].empty_label = _("— choose an entity —")
        self.fields["axis"].choices = [("", _("— choose an axis —")), *Axis.choices]
        self.fields["assessment"].choices = [("", _("— not assessed yet —")), *Assessment.choices]
        self.fields["transfer_level"].choices = [("", "—"), *TransferLevel.choices]

    def _update_errors(self, errors: ValidationError) -> None:
        # A value the form already refused (too long, not a number) reaches the model as
        # empty, and the model's rules would refuse that field a second time, confusingly.
        if hasattr(errors, "error_dict"):
            fresh = {
                name: messages
                for name, messages in errors.error_dict.items()
                if name == NON_FIELD_ERRORS or name not in self._errors
            }
            if not fresh:
                return
            errors = ValidationError(fresh)
        super()._update_errors(errors)

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip()
        others = self.plan.processes.filter(code__iexact=code)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise ValidationError(
                _("This plan already has a process with code %(code)s."),
                code="duplicate",
                params={"code": code},
            )
        return code

    def clean_fte(self) -> Decimal | None:
        return self._not_negative("fte", _("Staff (FTE) cannot be negative."))

    def clean_budget(self) -> Decimal | None:
        return self._not_negative("budget", _("The budget cannot be negative."))

    def _not_negative(self, name: str, message) -> Decimal | None:
        value = self.cleaned_data.get(name)
        if value is not None and value < 0:
            raise ValidationError(message, code="negative")
        return value

    def values(self) -> dict:
        """The cleaned values the services take."""
        return {name: self.cleaned_data[name] for name in process_fields.editable()}


class DeleteProcessForm(forms.Form):
    """The confirmation of a deletion, naming the version the user saw."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class MoveProcessForm(forms.Form):
    offset = forms.TypedChoiceField(choices=[("-1", "-1"), ("1", "1")], coerce=int)
