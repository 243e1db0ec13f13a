from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from kerntaken.uploads import PdfField
from plans.admin import ImmutableWhenApprovedMixin
from reviews.models import FrameworkCheck, GovernmentDecision, Meeting, ReviewItem, WorkingGroup


@admin.register(FrameworkCheck)
class FrameworkCheckAdmin(ImmutableWhenApprovedMixin, SimpleHistoryAdmin):
    list_display = ["plan", "checked_by", "checked_at"]
    list_filter = ["plan__round"]


class MeetingInline(admin.TabularInline):
    model = Meeting
    extra = 0


@admin.register(WorkingGroup)
class WorkingGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "round", "chair"]
    list_filter = ["round"]
    search_fields = ["name"]
    filter_horizontal = ["members", "plans"]
    inlines = [MeetingInline]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["working_group", "date", "place"]
    list_filter = ["working_group__round", "working_group"]


@admin.register(ReviewItem)
class ReviewItemAdmin(ImmutableWhenApprovedMixin, SimpleHistoryAdmin):
    list_display = [
        "process",
        "plan",
        "working_group",
        "proposed_assessment",
        "decision",
        "final_assessment",
    ]
    list_filter = ["decision", "working_group", "plan__round"]
    search_fields = ["process__code", "process__title"]
    list_select_related = ["process", "plan__domain", "plan__round", "working_group"]
    readonly_fields = ["plan", "process", "proposed_assessment", "decided_by", "decided_at"]


@admin.register(GovernmentDecision)
class GovernmentDecisionAdmin(admin.ModelAdmin):
    # The site's check of uploads (size, a PDF by content), not a bare file field.
    formfield_overrides = {models.FileField: {"form_class": PdfField}}
    list_display = ["reference", "round", "date"]
    list_filter = ["round"]
    search_fields = ["reference", "title"]
    readonly_fields = ["recorded_by", "recorded_at"]
