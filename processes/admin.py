from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from plans.admin import ImmutableWhenApprovedMixin
from plans.models import Plan
from processes.models import CoreProcess


@admin.register(CoreProcess)
class CoreProcessAdmin(ImmutableWhenApprovedMixin, SimpleHistoryAdmin):
    list_display = ["code", "title", "plan", "entity", "axis", "assessment", "final_assessment"]
    list_filter = ["plan__round", "plan__domain", "axis", "assessment", "final_assessment"]
    search_fields = ["code", "title", "description"]
    list_select_related = ["plan__domain", "plan__round", "entity"]
    readonly_fields = ["final_assessment", "version"]
    autocomplete_fields = ["entity"]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            fields.append("plan")
        return fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "plan":
            # New processes only go into plans that can still change.
            kwargs["queryset"] = Plan.objects.exclude(status=Plan.Status.APPROVED)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
