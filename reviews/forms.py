"""The coordination's forms: they validate and normalise; the services decide and save."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from kerntaken.errors import MESSAGES
from kerntaken.permissions import Role
from kerntaken.uploads import PdfField
from plans.models import Plan, Round
from processes.models import REVIEWED_ASSESSMENTS, Assessment
from reviews.models import FrameworkCheck, GovernmentDecision, Meeting, ReviewItem, WorkingGroup


class DateInput(forms.DateInput):
    """The browser's date picker; it sends ISO dates, which every locale accepts."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class PlanChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Plan) -> str:
        return f"{obj.domain.name} ({obj.get_status_display()})"


class FrameworkCheckForm(forms.ModelForm):
    class Meta:
        model = FrameworkCheck
        fields = [
            "service_delivery",
            "regulation",
            "enforcement",
            "permits",
            "subsidies",
            "conclusion",
        ]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in fields}
        error_messages = {"conclusion": {"required": MESSAGES["conclusion_required"]}}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["conclusion"].required = True
        self.fields["conclusion"].help_text = _(
            "Does the plan fit the framework? The review can only start with a conclusion."
        )

    @property
    def remarks(self) -> dict[str, str]:
        return {name: self.cleaned_data.get(name, "") for name in self.Meta.fields[:-1]}


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for return"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The editors of the domain receive this reason by e-mail."),
        error_messages={"required": MESSAGES["reason_required"]},
    )


class StartReviewForm(forms.Form):
    extra_processes = forms.ModelMultipleChoiceField(
        label=_("Also put these processes before the working group"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, plan: Plan, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["extra_processes"]
        field.queryset = plan.processes.exclude(assessment__in=REVIEWED_ASSESSMENTS).order_by(
            "position", "code"
        )
        field.label_from_instance = lambda p: (
            f"{p.code} {p.title} ({p.get_assessment_display() or _('not assessed')})"
        )


class AssignWorkingGroupForm(forms.Form):
    working_group = forms.ModelChoiceField(
        label=_("Working group"),
        queryset=None,
        error_messages={"required": _("Choose a working group.")},
    )

    def __init__(self, *args, plan: Plan, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["working_group"].queryset = WorkingGroup.objects.filter(round=plan.round_id)
        self.fields["working_group"].widget.attrs["class"] = "form-select"
        current = plan.working_groups.first()
        if current is not None:
            self.fields["working_group"].initial = current.pk


class WorkingGroupForm(forms.ModelForm):
    """Name, chair, members and plans; the plans are those of the group's round that are
    not already before another group."""

    class Meta:
        model = WorkingGroup
        fields = ["name", "chair", "members", "plans"]
        widgets = {
            "members": forms.CheckboxSelectMultiple,
            "plans": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, round: Round, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.round = round
        users = get_user_model().objects.filter(is_active=True).order_by("last_name", "username")
        self.fields["members"].queryset = users.filter(groups__name=Role.MEMBER)
        self.fields["members"].label_from_instance = _user_label
        self.fields["members"].help_text = _("Users with the role of working-group member.")
        self.fields["chair"].queryset = users.filter(
            groups__name__in=[Role.MEMBER, Role.COORDINATOR]
        ).distinct()
        self.fields["chair"].label_from_instance = _user_label
        others = WorkingGroup.objects.filter(round=round)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        plans = PlanChoiceField(
            label=_("Plans"),
            queryset=Plan.objects.filter(round=round)
            .exclude(working_groups__in=others)
            .select_related("domain"),
            required=False,
            widget=forms.CheckboxSelectMultiple,
            help_text=_(
                "Plans already before another working group are not listed: move such a "
                "plan from its review page."
            ),
            error_messages={"invalid_choice": _("This plan cannot be chosen for this group.")},
        )
        self.fields["plans"] = plans


def _user_label(user) -> str:
    return user.get_full_name() or user.get_username()


class MeetingForm(forms.ModelForm):
    agenda = forms.ModelMultipleChoiceField(
        label=_("Agenda"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "The open review items of the group's plans in review. Items already decided "
            "at this meeting stay on it."
        ),
        error_messages={"invalid_choice": _("This item is not open before this group.")},
    )

    class Meta:
        model = Meeting
        fields = ["date", "place", "minutes"]
        widgets = {"date": DateInput, "minutes": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, group: WorkingGroup, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.working_group = group
        field = self.fields["agenda"]
        field.queryset = open_items(group).select_related("process", "plan__domain", "meeting")
        field.label_from_instance = self._item_label
        if self.instance.pk:
            field.initial = [i.pk for i in field.queryset if i.meeting_id == self.instance.pk]

    def _item_label(self, item: ReviewItem) -> str:
        label = (
            f"{item.plan.domain.name} – {item.process.code} {item.process.title} "
            f"({item.get_proposed_assessment_display()})"
        )
        if item.decision == ReviewItem.Decision.DEFERRED:
            label += f" – {ReviewItem.Decision.DEFERRED.label}"
        if item.meeting_id and item.meeting_id != self.instance.pk:
            label += " – " + str(
                _("now on the agenda of %(date)s")
                % {"date": date_format(item.meeting.date, "DATE_FORMAT")}
            )
        return label


def open_items(group: WorkingGroup):
    """The items of the group still to be decided: pending or deferred, plan in review."""
    return ReviewItem.objects.filter(
        working_group=group,
        plan__status=Plan.Status.IN_REVIEW,
        decision__in=[ReviewItem.Decision.PENDING, ReviewItem.Decision.DEFERRED],
    ).order_by("plan__domain__position", "process__position", "process__code")


class ReviewItemDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (value, label)
            for value, label in ReviewItem.Decision.choices
            if value != ReviewItem.Decision.PENDING
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a decision.")},
    )
    final_assessment = forms.ChoiceField(
        label=_("New assessment"),
        choices=[("", _("– only for an amendment –")), *Assessment.choices],
        required=False,
    )
    note = forms.CharField(
        label=_("Note"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_("Required for an amendment."),
    )

    def __init__(self, *args, item: ReviewItem, **kwargs) -> None:
        kwargs.setdefault("prefix", f"item-{item.pk}")
        if item.decision != ReviewItem.Decision.PENDING:
            kwargs.setdefault(
                "initial",
                {
                    "decision": item.decision,
                    "final_assessment": item.final_assessment
                    if item.decision == ReviewItem.Decision.AMENDED
                    else "",
                    "note": item.note,
                },
            )
        super().__init__(*args, **kwargs)
        self.item = item

    def clean(self) -> dict:
        data = super().clean()
        if data.get("decision") != ReviewItem.Decision.AMENDED:
            return data
        final = data.get("final_assessment")
        if not final:
            self.add_error("final_assessment", _("Choose the new assessment."))
        elif final == self.item.proposed_assessment:
            self.add_error("final_assessment", MESSAGES["amend_same_assessment"])
        if not (data.get("note") or "").strip():
            self.add_error("note", _("Explain the amendment in a note."))
        return data


class GovernmentDecisionForm(forms.Form):
    date = forms.DateField(label=_("Decision date"), widget=DateInput)
    reference = forms.CharField(
        label=_("Reference number"),
        max_length=100,
        help_text=_("For example VR 2015 1707 DOC.0789/1"),
    )
    title = forms.CharField(label=_("Title"), max_length=300, required=False)
    document = PdfField(
        label=_("Decision document (PDF)"),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )
    plans = PlanChoiceField(
        label=_("Plans approved by this decision"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only validated plans of this round can be approved."),
        error_messages={
            "required": MESSAGES["no_plans"],
            "invalid_choice": _("Only validated plans of this round can be approved."),
        },
    )

    def __init__(self, *args, round: Round, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.round = round
        self.fields["document"].help_text = _("A PDF file of at most %(limit)s.") % {
            "limit": filesizeformat(settings.MAX_UPLOAD_SIZE)
        }
        self.fields["plans"].queryset = (
            Plan.objects.filter(round=round, status=Plan.Status.VALIDATED)
            .select_related("domain")
            .order_by("domain__position")
        )

    def clean_reference(self) -> str:
        reference = " ".join(self.cleaned_data["reference"].split())
        if GovernmentDecision.objects.filter(reference__iexact=reference).exists():
            raise ValidationError(MESSAGES["reference_exists"])
        return reference
