"""Excel downloads and the import of processes (SPEC §7): /excel/, the search's export and
the meeting workbook.

Every view asks `kerntaken.permissions`: a plan the user may not see is a 404, an
export or import they may not make is a 403. Downloads are GET only; the import
changes nothing until the POST of `process_import_apply`.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
    require_safe,
)

from exchange import exports
from exchange.followup_export import period_workbook_response
from exchange.import_files import ProcessImportForm, UploadStore, read_upload
from exchange.imports import Preview, PreviewChanged, apply_import, validate_rows
from exchange.meeting import meeting_workbook_response
from kerntaken import permissions
from kerntaken.errors import DomainError
from plans.models import Plan, Round
from processes.views_search import filtered_search
from reviews.views_groups import agenda_of

ALL_STATES = "all"


@require_GET
def plan_export(request: HttpRequest, pk: int) -> FileResponse:
    plan = permissions.get_plan_or_404(request.user, pk)
    if not permissions.can_export_plan(request.user, plan):
        raise PermissionDenied
    return exports.plan_workbook_response(plan)


@require_GET
def round_export(request: HttpRequest, slug: str) -> FileResponse:
    """The round's approved plans; `?status=<state>` (or `all`) for coordinators."""
    round_ = get_object_or_404(Round, slug=slug)
    status = request.GET.get("status", Plan.Status.APPROVED)
    if status == ALL_STATES:
        status = None
    elif status not in Plan.Status.values:
        raise Http404(pgettext("excel", "Unknown state."))
    if not permissions.can_export_round(request.user, status):
        raise PermissionDenied
    return exports.round_workbook_response(round_, status)


def _editable_plan(request: HttpRequest, pk: int) -> Plan:
    plan = permissions.get_plan_or_404(request.user, pk)
    if not permissions.can_edit_plan(request.user, plan):
        raise PermissionDenied
    return plan


@require_GET
def process_import_template(request: HttpRequest, pk: int) -> FileResponse:
    plan = _editable_plan(request, pk)
    return exports.template_response(plan)


@require_http_methods(["GET", "POST"])
def process_import(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the upload form. POST: the upload, read and validated into a preview."""
    plan = _editable_plan(request, pk)
    if request.method == "GET":
        return render(
            request, "exchange/import_upload.html", {"plan": plan, "form": ProcessImportForm()}
        )
    form = ProcessImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "exchange/import_upload.html", {"plan": plan, "form": form})
    upload = form.cleaned_data["file"]
    sheet = read_upload(upload)
    preview = validate_rows(plan, sheet)
    token = ""
    if preview.is_valid and preview.has_changes:
        token = UploadStore(request.session).save(plan, sheet, preview.fingerprint)
    return _render_preview(request, plan, preview, token=token, name=upload.name)


@require_POST
def process_import_apply(request: HttpRequest, pk: int) -> HttpResponse:
    """Write the previewed upload: everything or, if anything changed, nothing."""
    plan = _editable_plan(request, pk)
    store = UploadStore(request.session)
    token = request.POST.get("token", "")
    stored = store.load(plan, token)
    if stored is None:
        messages.error(request, _("This preview has expired. Upload the file again."))
        return redirect("exchange:process_import", pk=plan.pk)
    sheet, fingerprint = stored
    try:
        preview = apply_import(plan=plan, by=request.user, sheet=sheet, fingerprint=fingerprint)
    except PreviewChanged as changed:
        if changed.preview.is_valid and changed.preview.has_changes:
            store.update(token, changed.preview.fingerprint)
        else:
            store.discard(token)
            token = ""
        messages.warning(request, changed.message)
        return _render_preview(request, plan, changed.preview, token=token)
    except DomainError as error:  # the plan is no longer editable, or a process went stale
        store.discard(token)
        messages.error(request, str(error))
        return redirect(plan)
    except ValidationError as error:  # a rule the preview could not foresee; nothing written
        store.discard(token)
        messages.error(request, " ".join(error.messages))
        return redirect("exchange:process_import", pk=plan.pk)
    store.discard(token)
    messages.success(
        request,
        _("Import done: %(added)s core processes added, %(updated)s changed.")
        % {"added": len(preview.additions), "updated": len(preview.updates)},
    )
    return redirect(plan)


def _render_preview(
    request: HttpRequest, plan: Plan, preview: Preview, *, token: str, name: str = ""
) -> HttpResponse:
    return render(
        request,
        "exchange/import_preview.html",
        {
            "plan": plan,
            "preview": preview,
            "token": token,
            "name": name,
            "form": ProcessImportForm(),
            "apply_url": reverse("exchange:process_import_apply", kwargs={"pk": plan.pk}),
        },
    )


@require_safe
def process_search_export(request: HttpRequest) -> HttpResponse:
    """The search's filtered list as a workbook (the same filters as /zoeken/)."""
    search = filtered_search(request)
    stamp = timezone.localdate().isoformat()
    return exports.processes_workbook_response(
        search.qs,
        title=_("Core processes"),
        filename=f"kernprocessen-{stamp}.xlsx",
    )


@require_GET
def meeting_workbook(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = permissions.get_meeting_or_404(request.user, pk)
    return meeting_workbook_response(meeting, agenda_of(meeting))


@require_GET
def period_export(request: HttpRequest, pk: int) -> FileResponse:
    """A reporting period's workbook: for the coordinators who follow the period up."""
    period = permissions.get_period_or_404(request.user, pk)
    if not permissions.can_manage_periods(request.user):
        raise PermissionDenied
    return period_workbook_response(period)
