"""The follow-up of approved plans (SPEC §10): tracks, milestones, reporting periods and
the domains' progress reports.

A report's state moves only through `followup.services`; the table of allowed moves is
`ProgressReport.TRANSITIONS`.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from processes.models import Assessment

# The final assessments that ask for change: their processes get a follow-up track.
CHANGE_ASSESSMENTS = frozenset(
    {
        Assessment.PHASE_OUT,
        Assessment.TRANSFER,
        Assessment.OPTIMISE,
        Assessment.STRENGTHEN,
        Assessment.INTRODUCE,
    }
)
# Of those, the ones that free staff and budget; strengthening and introducing need them.
FREEING_ASSESSMENTS = frozenset({Assessment.PHASE_OUT, Assessment.TRANSFER, Assessment.OPTIMISE})


class TrackStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    ON_SCHEDULE = "on_schedule", _("On schedule")
    DELAYED = "delayed", _("Delayed")
    COMPLETED = "completed", _("Completed")
    STOPPED = "stopped", _("Stopped")


def _fte(verbose_name) -> models.DecimalField:
    return models.DecimalField(
        verbose_name,
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )


def _budget(verbose_name) -> models.DecimalField:
    return models.DecimalField(
        verbose_name,
        max_digits=12,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )


def _not_negative(field: str, name: str, message) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gte": 0}),
        name=name,
        violation_error_message=message,
    )


class FollowUpTrack(models.Model):
    """One approved process whose final assessment asks for change, followed to its end.

    The effect is an amount (never negative): freed for phase-out, transfer and
    optimisation, needed for strengthening and introduction (`effect_is_freed`).
    """

    plan = models.ForeignKey(
        "plans.Plan", on_delete=models.PROTECT, related_name="tracks", verbose_name=_("plan")
    )
    process = models.OneToOneField(
        "processes.CoreProcess",
        on_delete=models.PROTECT,
        related_name="track",
        verbose_name=_("process"),
    )
    intended_result = models.TextField(_("intended result"), blank=True, max_length=4000)
    planned_fte = _fte(_("planned effect (FTE)"))
    planned_budget = _budget(_("planned effect (k€)"))
    # The status of the last accepted report (the current one, as far as anyone knows).
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=TrackStatus,
        default=TrackStatus.NOT_STARTED,
        db_index=True,
    )
    # Optimistic locking: a save must name the version it was based on.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed on"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["version", "updated_at"])

    class Meta:
        ordering = ["plan", "process__position", "process__code"]
        verbose_name = _("follow-up track")
        verbose_name_plural = _("follow-up tracks")
        constraints = [
            _not_negative("planned_fte", "track_planned_fte_not_negative", _("FTE ≥ 0.")),
            _not_negative("planned_budget", "track_planned_budget_not_negative", _("k€ ≥ 0.")),
        ]

    def __str__(self) -> str:
        return str(self.process)

    @property
    def effect_is_freed(self) -> bool:
        return self.process.final_assessment in FREEING_ASSESSMENTS


class Milestone(models.Model):
    track = models.ForeignKey(
        FollowUpTrack,
        on_delete=models.CASCADE,
        related_name="milestones",
        verbose_name=_("follow-up track"),
    )
    title = models.CharField(_("title"), max_length=200)
    due_date = models.DateField(_("due date"))
    done_on = models.DateField(_("done on"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords(excluded_fields=["version"])

    class Meta:
        ordering = ["track", "due_date", "pk"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        indexes = [models.Index(fields=["due_date"], name="milestone_due_date")]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        """A milestone belongs to the work the round decided: not before the round began."""
        if self.track_id is None or self.due_date is None:
            return
        start = self.track.plan.round.start_date
        when = {"date": date_format(start, "DATE_FORMAT")}
        errors = {}
        if self.due_date < start:
            errors["due_date"] = (
                _("A milestone cannot fall due before the round started (%(date)s).") % when
            )
        if self.done_on is not None and self.done_on < start:
            errors["done_on"] = (
                _("A milestone cannot be done before the round started (%(date)s).") % when
            )
        elif self.done_on is not None and self.done_on > timezone.localdate():
            errors["done_on"] = _("A milestone cannot be done in the future.")
        if errors:
            raise ValidationError(errors)

    def is_overdue(self, on=None) -> bool:
        """Not done by `on` (today by default) although it was due before."""
        on = on or timezone.localdate()
        return self.due_date < on and (self.done_on is None or self.done_on > on)


class ReportingPeriod(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        PUBLISHED = "published", _("Published")

    round = models.ForeignKey(
        "plans.Round",
        on_delete=models.PROTECT,
        related_name="reporting_periods",
        verbose_name=_("round"),
    )
    name = models.CharField(_("name"), max_length=200)
    reference_date = models.DateField(_("reference date"))
    deadline = models.DateField(_("deadline"))
    status = models.CharField(
        _("state"), max_length=20, choices=Status, default=Status.OPEN, db_index=True
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("opened by"),
    )
    opened_at = models.DateTimeField(_("opened on"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )
    published_at = models.DateTimeField(_("published on"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords(excluded_fields=["version"])

    class Meta:
        ordering = ["round", "-reference_date", "pk"]
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "name"],
                name="period_name_unique_in_round",
                violation_error_message=_("This round already has a period of this name."),
            ),
            models.CheckConstraint(
                condition=Q(deadline__gte=models.F("reference_date")),
                name="period_deadline_after_reference",
                violation_error_message=_("The deadline cannot precede the reference date."),
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="period_published_has_date",
                violation_error_message=_("A published period needs its publication date."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.round})"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def is_past_deadline(self) -> bool:
        return self.deadline < timezone.localdate()


class ProgressReport(models.Model):
    """A domain's report on its tracks in one period (one per approved plan and period)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Returned")
        ACCEPTED = "accepted", _("Accepted")

    class Action(models.TextChoices):
        SUBMIT = "submit", _("Submitted")
        RETURN = "return", _("Returned")
        ACCEPT = "accept", _("Accepted")

    # The one table of allowed moves: action -> (states it starts from, state it leads to).
    TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
        Action.SUBMIT: (frozenset({Status.DRAFT, Status.RETURNED}), Status.SUBMITTED),
        Action.RETURN: (frozenset({Status.SUBMITTED}), Status.RETURNED),
        Action.ACCEPT: (frozenset({Status.SUBMITTED}), Status.ACCEPTED),
    }
    EDITABLE_STATES = frozenset({Status.DRAFT, Status.RETURNED})

    period = models.ForeignKey(
        ReportingPeriod,
        on_delete=models.PROTECT,
        related_name="reports",
        verbose_name=_("reporting period"),
    )
    plan = models.ForeignKey(
        "plans.Plan",
        on_delete=models.PROTECT,
        related_name="progress_reports",
        verbose_name=_("plan"),
    )
    status = models.CharField(
        _("state"), max_length=20, choices=Status, default=Status.DRAFT, db_index=True
    )
    return_reason = models.TextField(_("reason for return"), blank=True)
    submitted_at = models.DateTimeField(_("submitted on"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("accepted on"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed on"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["version", "updated_at"])

    class Meta:
        ordering = ["period", "plan__domain__position"]
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        constraints = [
            models.UniqueConstraint(
                fields=["period", "plan"],
                name="report_one_per_plan_per_period",
                violation_error_message=_("This domain already has a report in this period."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan.domain} – {self.period.name}"

    @property
    def is_editable(self) -> bool:
        return self.status in self.EDITABLE_STATES

    def can_move(self, action: str) -> bool:
        sources, _target = self.TRANSITIONS[action]
        return self.status in sources


class ReportTransition(models.Model):
    """One row per change of a report's state: who, when, from, to, why."""

    report = models.ForeignKey(
        ProgressReport,
        on_delete=models.CASCADE,
        related_name="transitions",
        verbose_name=_("progress report"),
    )
    action = models.CharField(_("step"), max_length=20, choices=ProgressReport.Action)
    from_status = models.CharField(_("from"), max_length=20, choices=ProgressReport.Status)
    to_status = models.CharField(_("to"), max_length=20, choices=ProgressReport.Status)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("when"))
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("report transition")
        verbose_name_plural = _("report transitions")

    def __str__(self) -> str:
        return f"{self.report}: {self.from_status} → {self.to_status}"


class ReportEntry(models.Model):
    """What a report says about one track: status, note, the effect realised so far."""

    report = models.ForeignKey(
        ProgressReport,
        on_delete=models.CASCADE,
        related_name="entries",
        verbose_name=_("progress report"),
    )
    track = models.ForeignKey(
        FollowUpTrack,
        on_delete=models.PROTECT,
        related_name="entries",
        verbose_name=_("follow-up track"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=TrackStatus, default=TrackStatus.NOT_STARTED
    )
    reason = models.TextField(_("reason for the delay"), blank=True, max_length=4000)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    decision_reference = models.CharField(
        _("reference of the government decision"), max_length=100, blank=True
    )
    note = models.TextField(_("internal note"), blank=True, max_length=4000)
    realised_fte = _fte(_("realised effect (FTE)"))
    realised_budget = _budget(_("realised effect (k€)"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["report", "track__process__position", "track__process__code"]
        verbose_name = _("report entry")
        verbose_name_plural = _("report entries")
        constraints = [
            models.UniqueConstraint(fields=["report", "track"], name="entry_once_per_track"),
            models.CheckConstraint(
                condition=~Q(status="delayed") | ~Q(reason=""),
                name="entry_delayed_has_reason",
                violation_error_message=_("Say why the track is delayed."),
            ),
            models.CheckConstraint(
                condition=~Q(status="completed") | Q(completed_on__isnull=False),
                name="entry_completed_has_date",
                violation_error_message=_("Give the date the track was completed."),
            ),
            models.CheckConstraint(
                condition=~Q(status="stopped") | ~Q(decision_reference=""),
                name="entry_stopped_has_decision",
                violation_error_message=_(
                    "A track is only stopped by a government decision: give its reference."
                ),
            ),
            _not_negative("realised_fte", "entry_realised_fte_not_negative", _("FTE ≥ 0.")),
            _not_negative("realised_budget", "entry_realised_budget_not_negative", _("k€ ≥ 0.")),
        ]

    def __str__(self) -> str:
        return f"{self.report}: {self.track}"

    def clean(self) -> None:
        """The rules of the constraints, said at the field that breaks them."""
        errors = {}
        if self.status == TrackStatus.DELAYED and not self.reason.strip():
            errors["reason"] = _("Say why the track is delayed.")
        if self.status == TrackStatus.COMPLETED and self.completed_on is None:
            errors["completed_on"] = _("Give the date the track was completed.")
        if self.status == TrackStatus.STOPPED and not self.decision_reference.strip():
            errors["decision_reference"] = _(
                "A track is only stopped by a government decision: give its reference."
            )
        if self.completed_on is not None and self.completed_on > timezone.localdate():
            errors["completed_on"] = _("The completion date cannot lie in the future.")
        if errors:
            raise ValidationError(errors)
