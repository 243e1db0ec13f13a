"""Core processes: what a plan is made of, each with its assessment."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Assessment(models.TextChoices):
    PHASE_OUT = "phase_out", _("Eligible for phase-out")
    TRANSFER = "transfer", _("(Partly) transfer to local government")
    OPTIMISE = "optimise", _("Optimisation recommended")
    KEEP = "keep", _("Keep in its current form")
    STRENGTHEN = "strengthen", _("Strengthen further")
    INTRODUCE = "introduce", _("Introduce as new")


# The assessments a working group must discuss and validate.
REVIEWED_ASSESSMENTS = frozenset({Assessment.PHASE_OUT, Assessment.TRANSFER, Assessment.OPTIMISE})


class Axis(models.TextChoices):
    SERVICE_DELIVERY = "service_delivery", _("Own service delivery")
    REGULATION = "regulation", _("Regulation")
    ENFORCEMENT = "enforcement", _("Enforcement and inspection")
    PERMITS = "permits", _("Permits and accreditations")
    SUBSIDIES = "subsidies", _("Subsidies")
    OTHER = "other", _("Supporting / outside the framework")


# The five axes of the framework (20 March 2015); `other` lies outside it.
FRAMEWORK_AXES = [axis for axis in Axis if axis != Axis.OTHER]


class TransferLevel(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    PROVINCE = "province", _("Province")
    INTERMUNICIPAL = "intermunicipal", _("Intermunicipal partnership")


class CoreProcessQuerySet(models.QuerySet):
    def for_list(self) -> CoreProcessQuerySet:
        return self.select_related("entity", "plan__domain", "plan__round")


class CoreProcess(models.Model):
    plan = models.ForeignKey(
        "plans.Plan", on_delete=models.CASCADE, related_name="processes", verbose_name=_("plan")
    )
    entity = models.ForeignKey(
        "plans.Entity",
        on_delete=models.PROTECT,
        related_name="processes",
        verbose_name=_("responsible entity"),
    )
    code = models.CharField(_("code"), max_length=30)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    axis = models.CharField(_("axis"), max_length=20, choices=Axis, db_index=True)
    assessment = models.CharField(
        _("assessment"), max_length=20, choices=Assessment, blank=True, db_index=True
    )
    motivation = models.TextField(_("motivation"), blank=True, max_length=4000)
    transfer_level = models.CharField(
        _("transfer level"), max_length=20, choices=TransferLevel, blank=True
    )
    fte = models.DecimalField(
        _("staff (FTE)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    budget = models.DecimalField(
        _("budget (k€)"),
        max_digits=12,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    final_assessment = models.CharField(
        _("final assessment"), max_length=20, choices=Assessment, blank=True, db_index=True
    )
    position = models.PositiveIntegerField(_("order"), default=0)
    # Optimistic locking: a save must name the version it was based on.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed on"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["version", "updated_at", "position"])
    objects = CoreProcessQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "position", "code"]
        verbose_name = _("core process")
        verbose_name_plural = _("core processes")
        indexes = [models.Index(fields=["plan", "position"], name="process_plan_position")]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "code"],
                name="process_code_unique_in_plan",
                violation_error_message=_("This plan already has a process with this code."),
            ),
            models.CheckConstraint(
                condition=(Q(assessment="transfer") & ~Q(transfer_level=""))
                | (~Q(assessment="transfer") & Q(transfer_level="")),
                name="process_transfer_level_iff_transfer",
                violation_error_message=_(
                    "A transfer level is required for a transfer, and only then."
                ),
            ),
            models.CheckConstraint(
                condition=Q(fte__isnull=True) | Q(fte__gte=0),
                name="process_fte_not_negative",
                violation_error_message=_("Staff (FTE) cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(budget__isnull=True) | Q(budget__gte=0),
                name="process_budget_not_negative",
                violation_error_message=_("The budget cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.entity_id and self.plan_id and self.entity.domain_id != self.plan.domain_id:
            errors["entity"] = _("Choose an entity of the plan's own policy domain.")
        if self.assessment == Assessment.TRANSFER and not self.transfer_level:
            errors["transfer_level"] = _("Choose the level the process moves to.")
        if self.assessment != Assessment.TRANSFER and self.transfer_level:
            errors["transfer_level"] = _("A transfer level only applies to a transfer.")
        if self.assessment and self.assessment != Assessment.KEEP and not self.motivation.strip():
            errors["motivation"] = _("Explain this assessment.")
        if errors:
            raise ValidationError(errors)

    @property
    def missing(self) -> list[str]:
        """What this process still lacks before its plan can be submitted."""
        missing = []
        if not self.assessment:
            missing.append(str(_("an assessment")))
        elif self.assessment != Assessment.KEEP and not self.motivation.strip():
            missing.append(str(_("a motivation")))
        if self.assessment == Assessment.TRANSFER and not self.transfer_level:
            missing.append(str(_("a transfer level")))
        return missing

    @property
    def is_complete(self) -> bool:
        return not self.missing

    @property
    def effective_assessment(self) -> str:
        return self.final_assessment or self.assessment
