from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from plans.admin import ImmutableWhenApprovedMixin
from plans.models import Plan
from processes import fields as process_fields
from processes.models import CoreProcess


@admin.register(CoreProcess)
class CoreProcessAdmin(ImmutableWhenApprovedMixin, SimpleHistoryAdmin):
    list_display = ["code", "title", "plan", "entity", *process_fields.classified()]
    list_filter = ["plan__round", "plan__domain", *process_fields.classified()]
    search_fields = ["code", "title", "description"]
    list_select_related = ["plan__domain", "plan__round", "entity"]
    fields = ["plan", *(f.name for f in process_fields.FIELDS), "position", "version"]
    readonly_fields = [*process_fields.read_only(), "version"]
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
