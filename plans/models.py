"""Policy domains, their entities and ministers, rounds, plans and what a plan carries.

The plan's state moves only through `plans.services`; the table of allowed moves is
`Plan.TRANSITIONS`.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class PolicyDomain(models.Model):
    code = models.SlugField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=200, unique=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("editors"),
        related_name="editable_domains",
        blank=True,
        help_text=_("Users who draw up this domain's plan."),
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("policy domain")
        verbose_name_plural = _("policy domains")

    def __str__(self) -> str:
        return self.name


class Entity(models.Model):
    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Department")
        INTERNAL_AGENCY = "internal_agency", _("Internal autonomous agency")
        EXTERNAL_AGENCY = "external_agency", _("External autonomous agency")
        OTHER = "other", _("Other")

    domain = models.ForeignKey(
        PolicyDomain, on_delete=models.PROTECT, related_name="entities", verbose_name=_("domain")
    )
    acronym = models.CharField(_("acronym"), max_length=30)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.DEPARTMENT)

    class Meta:
        ordering = ["domain__position", "name"]
        verbose_name = _("entity")
        verbose_name_plural = _("entities")
        constraints = [
            models.UniqueConstraint(fields=["domain", "acronym"], name="entity_acronym_unique"),
            models.UniqueConstraint(fields=["domain", "name"], name="entity_name_unique"),
        ]

    def __str__(self) -> str:
        return self.label(self.acronym, self.name)

    @staticmethod
    def label(acronym: str, name: str) -> str:
        """How an entity is named in lists (also where it is read as plain values)."""
        return f"{acronym} – {name}" if acronym != name else name


class Minister(models.Model):
    portfolio = models.CharField(_("portfolio"), max_length=300, unique=True)
    domains = models.ManyToManyField(
        PolicyDomain, verbose_name=_("competent for"), related_name="ministers"
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "portfolio"]
        verbose_name = _("minister")
        verbose_name_plural = _("ministers")

    def __str__(self) -> str:
        return self.portfolio


# Path segments of /ronde-beheer/ that a round's slug must not take: a round so named
# could not be reached.
RESERVED_SLUGS = frozenset({"nieuw", "documenten"})


def validate_round_slug(slug: str) -> None:
    if slug in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is reserved; choose another short name."),
            code="reserved",
            params={"slug": slug},
        )


class Round(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=50, unique=True, validators=[validate_round_slug])
    introduction = models.TextField(_("introduction"), blank=True)
    start_date = models.DateField(_("start"))
    submission_deadline = models.DateField(_("submission deadline"))
    framework_date = models.DateField(_("framework date"), null=True, blank=True)
    review_start = models.DateField(_("review period start"), null=True, blank=True)
    review_end = models.DateField(_("review period end"), null=True, blank=True)
    approval_date = models.DateField(_("approval date"), null=True, blank=True)
    is_open = models.BooleanField(
        _("open"), default=True, help_text=_("Plans of an open round can be drawn up.")
    )
    previous = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="next_rounds",
        verbose_name=_("previous round"),
    )

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        constraints = [
            models.CheckConstraint(
                condition=Q(submission_deadline__gte=models.F("start_date")),
                name="round_deadline_after_start",
                violation_error_message=_("The submission deadline cannot precede the start."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("publication:public_round", kwargs={"slug": self.slug})


class PlanQuerySet(models.QuerySet):
    def for_list(self) -> PlanQuerySet:
        return self.select_related("domain", "round", "government_decision")


class Plan(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Returned")
        IN_REVIEW = "in_review", _("In review")
        VALIDATED = "validated", _("Validated")
        APPROVED = "approved", _("Approved")

    class Action(models.TextChoices):
        CREATE = "create", _("Created")
        SUBMIT = "submit", _("Submitted")
        RETURN = "return", _("Returned")
        START_REVIEW = "start_review", _("Review started")
        VALIDATE = "validate", _("Validated")
        APPROVE = "approve", _("Approved")

    # The one table of allowed moves: action -> (states it starts from, state it leads to).
    TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
        Action.SUBMIT: (frozenset({Status.DRAFT, Status.RETURNED}), Status.SUBMITTED),
        Action.RETURN: (frozenset({Status.SUBMITTED, Status.IN_REVIEW}), Status.RETURNED),
        Action.START_REVIEW: (frozenset({Status.SUBMITTED}), Status.IN_REVIEW),
        Action.VALIDATE: (frozenset({Status.IN_REVIEW}), Status.VALIDATED),
        Action.APPROVE: (frozenset({Status.VALIDATED}), Status.APPROVED),
    }
    EDITABLE_STATES = frozenset({Status.DRAFT, Status.RETURNED})

    domain = models.ForeignKey(
        PolicyDomain, on_delete=models.PROTECT, related_name="plans", verbose_name=_("domain")
    )
    round = models.ForeignKey(
        Round, on_delete=models.PROTECT, related_name="plans", verbose_name=_("round")
    )
    status = models.CharField(
        _("state"), max_length=20, choices=Status, default=Status.DRAFT, db_index=True
    )
    return_reason = models.TextField(_("reason for return"), blank=True)
    submitted_at = models.DateTimeField(_("submitted on"), null=True, blank=True)
    approved_at = models.DateTimeField(_("approved on"), null=True, blank=True)
    government_decision = models.ForeignKey(
        "reviews.GovernmentDecision",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plans",
        verbose_name=_("government decision"),
    )
    based_on = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="successors",
        verbose_name=_("based on"),
    )
    # Optimistic locking: bumped by every change to the plan or its processes.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed on"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["version", "updated_at"])
    objects = PlanQuerySet.as_manager()

    class Meta:
        ordering = ["round", "domain__position"]
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        constraints = [
            models.UniqueConstraint(
                fields=["domain", "round"],
                name="plan_one_per_domain_per_round",
                violation_error_message=_("This domain already has a plan in this round."),
            ),
            models.CheckConstraint(
                condition=~Q(status="approved") | Q(government_decision__isnull=False),
                name="plan_approved_has_decision",
                violation_error_message=_("An approved plan needs a government decision."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.domain} – {self.round}"

    def get_absolute_url(self) -> str:
        return reverse("plans:plan_detail", kwargs={"pk": self.pk})

    @property
    def is_editable(self) -> bool:
        return self.status in self.EDITABLE_STATES

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED

    def can_move(self, action: str) -> bool:
        sources, _target = self.TRANSITIONS[action]
        return self.status in sources

    @property
    def next_step(self) -> str:
        """The next step in words, shown beside the state badge."""
        return str(NEXT_STEP[self.status])


NEXT_STEP = {
    Plan.Status.DRAFT: _("Being drawn up by the administration"),
    Plan.Status.RETURNED: _("Returned for changes: adjust and submit again"),
    Plan.Status.SUBMITTED: _("Waiting for review by the coordinating administration"),
    Plan.Status.IN_REVIEW: _("Before the inter-cabinet working group"),
    Plan.Status.VALIDATED: _("Validated: waiting for the government's approval"),
    Plan.Status.APPROVED: _("Approved by the government"),
}


class MinisterConsultation(models.Model):
    class Outcome(models.TextChoices):
        AGREEMENT = "agreement", _("Agreement")
        REMARKS = "remarks", _("Agreement with remarks")

    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="consultations", verbose_name=_("plan")
    )
    minister = models.ForeignKey(
        Minister, on_delete=models.PROTECT, related_name="consultations", verbose_name=_("minister")
    )
    date = models.DateField(_("date"))
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome)
    note = models.TextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    # What the minister was consulted on (SPEC §14): the plan's processes at that moment
    # (`plans.versions.content_of`) and their digest. Empty for a consultation recorded
    # before consulted versions were kept: it makes no claim either way.
    fingerprint = models.CharField(_("version consulted on"), max_length=64, blank=True)
    content = models.JSONField(_("content consulted on"), default=list, blank=True)

    history = HistoricalRecords(excluded_fields=["content"])

    class Meta:
        ordering = ["minister__position"]
        verbose_name = _("minister consultation")
        verbose_name_plural = _("minister consultations")
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "minister"],
                name="consultation_once_per_minister",
                violation_error_message=_("This minister's consultation is already recorded."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.minister} ({self.date})"


class PlanTransition(models.Model):
    """One row per change of a plan's state: who, when, from, to, why."""

    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="transitions", verbose_name=_("plan")
    )
    action = models.CharField(_("step"), max_length=20, choices=Plan.Action)
    from_status = models.CharField(_("from"), max_length=20, choices=Plan.Status, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=Plan.Status)
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
        verbose_name = _("plan transition")
        verbose_name_plural = _("plan transitions")

    def __str__(self) -> str:
        return f"{self.plan}: {self.from_status} → {self.to_status}"


class PlanVersion(models.Model):
    """A frozen copy of the plan and its processes at submission or approval."""

    class Kind(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        DEFINITIVE = "definitive", _("Definitive")

    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="versions", verbose_name=_("plan")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    number = models.PositiveIntegerField(_("number"))
    created_at = models.DateTimeField(_("frozen on"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("frozen by"),
    )
    data = models.JSONField(_("content"))
    # A submitted version: the consultations it rests on, [{id, minister, date,
    # fingerprint, current}], `current` saying whether it was about this content.
    consultations = models.JSONField(_("consultations"), default=list, blank=True)

    class Meta:
        ordering = ["plan", "number"]
        verbose_name = _("plan version")
        verbose_name_plural = _("plan versions")
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="plan_version_number_unique"),
            models.UniqueConstraint(
                fields=["plan"],
                condition=Q(kind="definitive"),
                name="plan_one_definitive_version",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan} – {self.get_kind_display()} {self.number}"


class ConsultationEvent(models.Model):
    """The log of what a plan's consultations rest on once the plan changed after them:
    a minister consulted again on the changed plan, or the editor's reasoned confirmation
    at submission that the changes need no new consultation (SPEC §14)."""

    class Kind(models.TextChoices):
        RECONSULTED = "reconsulted", _("Consulted again on the changed plan")
        CONFIRMED = "confirmed", _("Changes need no new consultation")

    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="consultation_events", verbose_name=_("plan")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    ministers = models.TextField(_("ministers"))
    reason = models.TextField(_("reason"), blank=True)
    # What changed since the earlier consultation: {"added": [...], "removed": [...],
    # "changed": [...]}, each a list of "CODE title".
    changes = models.JSONField(_("changes"), default=dict)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("when"))

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("consultation event")
        verbose_name_plural = _("consultation events")

    def __str__(self) -> str:
        return f"{self.plan}: {self.get_kind_display()}"


def document_upload_to(instance: Document, filename: str) -> str:
    return f"documents/{instance.round.slug}/{filename}"


class Document(models.Model):
    class Kind(models.TextChoices):
        COMMUNICATION = "communication", _("Communication to the government")
        DECISION = "decision", _("Government decision")
        FRAMEWORK = "framework", _("Framework")
        MINUTES = "minutes", _("Minutes")
        OTHER = "other", _("Other")

    round = models.ForeignKey(
        Round, on_delete=models.PROTECT, related_name="documents", verbose_name=_("round")
    )
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.OTHER)
    date = models.DateField(_("date"))
    summary = models.TextField(_("summary"), blank=True)
    file = models.FileField(_("file"), upload_to=document_upload_to, blank=True)
    is_public = models.BooleanField(
        _("public"), default=False, help_text=_("Public documents appear on the round's page.")
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    created_at = models.DateTimeField(_("added on"), auto_now_add=True)

    class Meta:
        ordering = ["round", "date", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.title
