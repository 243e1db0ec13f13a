"""The overlap analysis across domains (SPEC §14): its runs and the pairs they find.

Insight holds models that are not the plan itself. A pair is kept across runs with the
coordinator's mark; a run replaces the pairs nobody marked (`insight.overlaps`).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class OverlapRun(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    round = models.ForeignKey(
        "plans.Round",
        on_delete=models.CASCADE,
        related_name="overlap_runs",
        verbose_name=_("round"),
    )
    status = models.CharField(_("state"), max_length=20, choices=Status, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    process_count = models.PositiveIntegerField(_("processes compared"), default=0)
    pair_count = models.PositiveIntegerField(_("pairs found"), default=0)
    error = models.TextField(_("error"), blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    created_at = models.DateTimeField(_("asked on"), auto_now_add=True)
    started_at = models.DateTimeField(_("started on"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished on"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("overlap analysis")
        verbose_name_plural = _("overlap analyses")

    def __str__(self) -> str:
        return f"{self.round} – {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)


class OverlapPairQuerySet(models.QuerySet):
    def for_list(self) -> OverlapPairQuerySet:
        return self.select_related(
            "first__plan__domain", "first__entity", "second__plan__domain", "second__entity"
        ).select_related("marked_by")


class OverlapPair(models.Model):
    """Two processes of different domains whose texts look alike, `first` the lower id."""

    class Mark(models.TextChoices):
        OPEN = "", _("Not marked yet")
        DISCUSS = "discuss", _("To discuss")
        NO_OVERLAP = "no_overlap", _("No overlap")

    round = models.ForeignKey(
        "plans.Round",
        on_delete=models.CASCADE,
        related_name="overlap_pairs",
        verbose_name=_("round"),
    )
    first = models.ForeignKey(
        "processes.CoreProcess",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("process"),
    )
    second = models.ForeignKey(
        "processes.CoreProcess",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("other process"),
    )
    score = models.FloatField(_("similarity"))
    # The processes linked by pairs, directly or through others, form a group.
    group = models.PositiveIntegerField(_("group"), default=0)
    group_size = models.PositiveIntegerField(_("processes in the group"), default=2)
    run = models.ForeignKey(
        OverlapRun,
        on_delete=models.SET_NULL,
        null=True,
        related_name="pairs",
        verbose_name=_("last found by"),
    )
    mark = models.CharField(_("mark"), max_length=20, choices=Mark, blank=True, default="")
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("marked by"),
    )
    marked_at = models.DateTimeField(_("marked on"), null=True, blank=True)
    # The texts as they were when marked: "no overlap" holds while neither changes.
    first_text = models.CharField(_("text of the process when marked"), max_length=64, blank=True)
    second_text = models.CharField(
        _("text of the other process when marked"), max_length=64, blank=True
    )

    objects = OverlapPairQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "pk"]
        verbose_name = _("overlap")
        verbose_name_plural = _("overlaps")
        indexes = [models.Index(fields=["run", "score"], name="overlap_run_score")]
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="overlap_pair_once"),
            models.CheckConstraint(condition=Q(first__lt=F("second")), name="overlap_pair_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.first_id} ~ {self.second_id} ({self.score:.2f})"
