from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from followup.models import (
    FollowUpTrack,
    Milestone,
    ProgressReport,
    ReportEntry,
    ReportingPeriod,
    ReportTransition,
)


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0
    fields = ["title", "due_date", "done_on"]


@admin.register(FollowUpTrack)
class FollowUpTrackAdmin(SimpleHistoryAdmin):
    list_display = ["process", "plan", "status", "planned_fte", "planned_budget"]
    list_filter = ["status", "plan__round", "plan__domain"]
    search_fields = ["process__code", "process__title"]
    list_select_related = ["process", "plan__domain", "plan__round"]
    readonly_fields = ["plan", "process", "status"]
    inlines = [MilestoneInline]


@admin.register(Milestone)
class MilestoneAdmin(SimpleHistoryAdmin):
    list_display = ["title", "track", "due_date", "done_on"]
    list_filter = ["track__plan__round", "track__plan__domain"]
    search_fields = ["title", "track__process__code"]
    list_select_related = ["track__process"]
    raw_id_fields = ["track"]


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(SimpleHistoryAdmin):
    list_display = ["name", "round", "reference_date", "deadline", "status"]
    list_filter = ["round", "status"]
    search_fields = ["name"]
    readonly_fields = ["status", "opened_by", "opened_at", "published_by", "published_at"]


class ReportTransitionInline(admin.TabularInline):
    model = ReportTransition
    extra = 0
    can_delete = False
    readonly_fields = ["action", "from_status", "to_status", "actor", "at", "comment"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ProgressReport)
class ProgressReportAdmin(SimpleHistoryAdmin):
    list_display = ["plan", "period", "status", "submitted_at", "accepted_at"]
    list_filter = ["status", "period__round", "period"]
    list_select_related = ["plan__domain", "plan__round", "period__round"]
    readonly_fields = ["period", "plan", "status", "submitted_at", "accepted_at"]
    inlines = [ReportTransitionInline]


@admin.register(ReportEntry)
class ReportEntryAdmin(SimpleHistoryAdmin):
    list_display = ["track", "report", "status", "realised_fte", "realised_budget"]
    list_filter = ["status", "report__period"]
    search_fields = ["track__process__code", "track__process__title"]
    list_select_related = ["track__process", "report__plan__domain", "report__period__round"]
    raw_id_fields = ["report", "track"]
