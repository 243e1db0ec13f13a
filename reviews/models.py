"""The coordinating administration's check, the working groups and the government's decision."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from processes.models import Assessment


class FrameworkCheck(models.Model):
    """The test of a plan against the five axes of the framework (20 March 2015)."""

    plan = models.OneToOneField(
        "plans.Plan",
        on_delete=models.CASCADE,
        related_name="framework_check",
        verbose_name=_("plan"),
    )
    service_delivery = models.TextField(_("own service delivery"), blank=True)
    regulation = models.TextField(_("regulation"), blank=True)
    enforcement = models.TextField(_("enforcement and inspection"), blank=True)
    permits = models.TextField(_("permits and accreditations"), blank=True)
    subsidies = models.TextField(_("subsidies"), blank=True)
    conclusion = models.TextField(_("conclusion"), blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("checked by"),
    )
    checked_at = models.DateTimeField(_("checked on"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("framework check")
        verbose_name_plural = _("framework checks")

    def __str__(self) -> str:
        return str(self.plan)

    @property
    def is_done(self) -> bool:
        return bool(self.conclusion.strip())


class WorkingGroup(models.Model):
    round = models.ForeignKey(
        "plans.Round",
        on_delete=models.PROTECT,
        related_name="working_groups",
        verbose_name=_("round"),
    )
    name = models.CharField(_("name"), max_length=200)
    chair = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="chaired_working_groups",
        verbose_name=_("chair"),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="working_groups",
        blank=True,
        verbose_name=_("members"),
    )
    plans = models.ManyToManyField(
        "plans.Plan", related_name="working_groups", blank=True, verbose_name=_("plans")
    )

    class Meta:
        ordering = ["round", "name"]
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "name"],
                name="working_group_name_unique_in_round",
                violation_error_message=_("This round already has a working group of this name."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Meeting(models.Model):
    working_group = models.ForeignKey(
        WorkingGroup,
        on_delete=models.PROTECT,
        related_name="meetings",
        verbose_name=_("working group"),
    )
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    minutes = models.TextField(_("minutes"), blank=True)

    class Meta:
        ordering = ["working_group", "date", "pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self) -> str:
        return f"{self.working_group} – {self.date}"


class ReviewItem(models.Model):
    """A process put before a working group, and what the group decided about it."""

    class Decision(models.TextChoices):
        PENDING = "pending", _("Not yet decided")
        CONFIRMED = "confirmed", _("Confirmed")
        AMENDED = "amended", _("Amended")
        DEFERRED = "deferred", _("Deferred")

    plan = models.ForeignKey(
        "plans.Plan",
        on_delete=models.CASCADE,
        related_name="review_items",
        verbose_name=_("plan"),
    )
    process = models.OneToOneField(
        "processes.CoreProcess",
        on_delete=models.PROTECT,
        related_name="review_item",
        verbose_name=_("process"),
    )
    working_group = models.ForeignKey(
        WorkingGroup,
        on_delete=models.PROTECT,
        related_name="items",
        verbose_name=_("working group"),
    )
    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="items",
        verbose_name=_("meeting"),
    )
    proposed_assessment = models.CharField(
        _("proposed assessment"), max_length=20, choices=Assessment
    )
    decision = models.CharField(
        _("decision"), max_length=20, choices=Decision, default=Decision.PENDING, db_index=True
    )
    final_assessment = models.CharField(
        _("final assessment"), max_length=20, choices=Assessment, blank=True
    )
    note = models.TextField(_("note"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    added_by_coordinator = models.BooleanField(_("added by the coordinator"), default=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "process__position", "process__code"]
        verbose_name = _("review item")
        verbose_name_plural = _("review items")
        constraints = [
            models.CheckConstraint(
                condition=~Q(decision="amended") | (~Q(final_assessment="") & ~Q(note="")),
                name="review_item_amended_has_assessment_and_note",
                violation_error_message=_("An amendment needs a new assessment and a note."),
            ),
            models.CheckConstraint(
                condition=~Q(decision="confirmed")
                | Q(final_assessment=models.F("proposed_assessment")),
                name="review_item_confirmed_keeps_assessment",
                violation_error_message=_("A confirmation keeps the proposed assessment."),
            ),
        ]

    def __str__(self) -> str:
        return str(self.process)

    @property
    def is_decided(self) -> bool:
        return self.decision in {self.Decision.CONFIRMED, self.Decision.AMENDED}


def decision_upload_to(instance: GovernmentDecision, filename: str) -> str:
    return f"decisions/{instance.round.slug}/{filename}"


class GovernmentDecision(models.Model):
    round = models.ForeignKey(
        "plans.Round",
        on_delete=models.PROTECT,
        related_name="government_decisions",
        verbose_name=_("round"),
    )
    date = models.DateField(_("decision date"))
    reference = models.CharField(
        _("reference number"),
        max_length=100,
        unique=True,
        help_text=_("For example VR 2015 1707 DOC.0789/1"),
    )
    title = models.CharField(_("title"), max_length=300, blank=True)
    document = models.FileField(_("decision document"), upload_to=decision_upload_to, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded on"), auto_now_add=True)

    class Meta:
        ordering = ["round", "date"]
        verbose_name = _("government decision")
        verbose_name_plural = _("government decisions")

    def __str__(self) -> str:
        return f"{self.reference} ({self.date})"
