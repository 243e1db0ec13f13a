from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from kerntaken.uploads import DocumentField
from plans.models import (
    Document,
    Entity,
    Minister,
    MinisterConsultation,
    Plan,
    PlanTransition,
    PlanVersion,
    PolicyDomain,
    Round,
)
from processes import fields as process_fields
from processes.models import CoreProcess


class ImmutableWhenApprovedMixin:
    """Nothing changes an approved plan, not even through the admin."""

    def _plan_of(self, obj):
        return obj if isinstance(obj, Plan) else getattr(obj, "plan", None)

    def has_change_permission(self, request, obj=None):
        plan = self._plan_of(obj) if obj is not None else None
        if plan is not None and plan.is_approved:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        plan = self._plan_of(obj) if obj is not None else None
        if plan is not None and plan.is_approved:
            return False
        return super().has_delete_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        if obj is not None and self._plan_of(obj) is not None and self._plan_of(obj).is_approved:
            return False
        if obj is None:
            return super().has_add_permission(request)
        return super().has_add_permission(request, obj)


class EntityInline(admin.TabularInline):
    model = Entity
    extra = 0


@admin.register(PolicyDomain)
class PolicyDomainAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "position"]
    search_fields = ["name", "code"]
    filter_horizontal = ["editors"]
    inlines = [EntityInline]


@admin.register(Entity)
class EntityAdmin(admin.ModelAdmin):
    list_display = ["acronym", "name", "domain", "kind"]
    list_filter = ["domain", "kind"]
    search_fields = ["acronym", "name"]


@admin.register(Minister)
class MinisterAdmin(admin.ModelAdmin):
    list_display = ["portfolio", "position"]
    list_filter = ["domains"]
    search_fields = ["portfolio"]
    filter_horizontal = ["domains"]


@admin.register(Round)
class RoundAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "start_date", "submission_deadline", "approval_date", "is_open"]
    list_filter = ["is_open"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class ProcessInline(ImmutableWhenApprovedMixin, admin.TabularInline):
    model = CoreProcess
    extra = 0
    fields = ["position", *process_fields.short_fields()]
    readonly_fields = process_fields.read_only()
    show_change_link = True

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if obj is not None and "entity" in formset.form.base_fields:
            formset.form.base_fields["entity"].queryset = Entity.objects.filter(domain=obj.domain)
        return formset


class ConsultationInline(ImmutableWhenApprovedMixin, admin.TabularInline):
    model = MinisterConsultation
    extra = 0
    readonly_fields = ["recorded_by"]


class TransitionInline(admin.TabularInline):
    model = PlanTransition
    extra = 0
    can_delete = False
    readonly_fields = ["action", "from_status", "to_status", "actor", "at", "comment"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Plan)
class PlanAdmin(ImmutableWhenApprovedMixin, SimpleHistoryAdmin):
    list_display = ["domain", "round", "status", "submitted_at", "approved_at"]
    list_filter = ["round", "status", "domain"]
    search_fields = ["domain__name"]
    list_select_related = ["domain", "round"]
    # The state moves only through the services (and their transition log).
    readonly_fields = [
        "status",
        "submitted_at",
        "approved_at",
        "government_decision",
        "return_reason",
        "version",
    ]
    inlines = [ProcessInline, ConsultationInline, TransitionInline]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            fields += ["domain", "round", "based_on"]
        return fields


@admin.register(PlanVersion)
class PlanVersionAdmin(admin.ModelAdmin):
    list_display = ["plan", "kind", "number", "created_at", "created_by"]
    list_filter = ["kind", "plan__round"]
    readonly_fields = ["plan", "kind", "number", "created_at", "created_by", "data"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(PlanTransition)
class PlanTransitionAdmin(admin.ModelAdmin):
    list_display = ["plan", "action", "from_status", "to_status", "actor", "at"]
    list_filter = ["action", "plan__round"]
    readonly_fields = ["plan", "action", "from_status", "to_status", "actor", "at", "comment"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(MinisterConsultation)
class MinisterConsultationAdmin(ImmutableWhenApprovedMixin, SimpleHistoryAdmin):
    list_display = ["plan", "minister", "date", "outcome"]
    list_filter = ["outcome", "plan__round"]


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    # The site's check of uploads (size, type by content), not a bare file field.
    formfield_overrides = {models.FileField: {"form_class": DocumentField}}
    list_display = ["title", "round", "kind", "date", "is_public"]
    list_filter = ["round", "kind", "is_public"]
    search_fields = ["title"]
    readonly_fields = ["uploaded_by", "created_at"]


admin.site.site_header = _("Kerntaken administration")
admin.site.site_title = _("Kerntaken")
