"""A domain's progress report (/opvolging/rapporten/<pk>/): read it, fill it in, submit
it; the coordinator returns it with a reason or accepts it.

Same shape as the plan's pages: the report is fetched through the permission module
(404 for who may not see it), the services decide (a refusal is a message), a save based
on an older version of the report is refused and the user's entries are kept.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from followup import services
from followup.forms import ReturnForm, SubmitReportForm, VersionForm, report_formset
from followup.models import ProgressReport
from kerntaken import permissions
from kerntaken.errors import MESSAGES, DomainError, StaleEdit


def _back(report: ProgressReport) -> HttpResponse:
    return redirect("followup:report_detail", pk=report.pk)


@require_safe
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = permissions.get_report_or_404(request.user, pk)
    user = request.user
    entries = report.entries.select_related("track__process").prefetch_related("track__milestones")
    return render(
        request,
        "followup/report_detail.html",
        {
            "report": report,
            "period": report.period,
            "entries": entries,
            "today": timezone.localdate(),
            "transitions": report.transitions.select_related("actor"),
            "can_edit": permissions.can_edit_report(user, report),
            "can_decide": permissions.can_manage_periods(user)
            and report.status == ProgressReport.Status.SUBMITTED,
            "submit_form": SubmitReportForm(initial={"version": report.version}),
        },
    )


def _editable_or_refused(request: HttpRequest, report: ProgressReport) -> HttpResponse | None:
    """None if the user may fill the report in now. The domain's own editor meets a locked
    report (submitted by a colleague, the period closed) with a message; anyone else 403."""
    if permissions.can_edit_report(request.user, report):
        return None
    if permissions.can_file_report(request.user, report):
        if not report.period.is_open:
            messages.error(request, MESSAGES["period_not_open"] % {"period": report.period.name})
        else:
            state = report.get_status_display()
            messages.error(request, MESSAGES["report_not_editable"] % {"state": state})
        return _back(report)
    raise PermissionDenied


@require_http_methods(["GET", "HEAD", "POST"])
def report_edit(request: HttpRequest, pk: int) -> HttpResponse:
    report = permissions.get_report_or_404(request.user, pk)
    if refusal := _editable_or_refused(request, report):
        return refusal
    data = request.POST if request.method == "POST" else None
    formset = report_formset(report, data)
    version_form = VersionForm(data, initial={"version": report.version})
    stale = False
    if request.method == "POST" and version_form.is_valid() and formset.is_valid():
        try:
            services.save_report(
                report=report,
                by=request.user,
                version=version_form.cleaned_data["version"],
                entries=formset.values(),
            )
        except StaleEdit as error:
            stale = True
            report = error.current
            data = request.POST.copy()
            data["version"] = str(report.version)
            version_form = VersionForm(data)
            formset = report_formset(report, data)
            formset.is_valid()
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        except DomainError as error:
            messages.error(request, str(error))
            return _back(report)
        else:
            messages.success(request, _("The report was saved. Submit it when it is complete."))
            return _back(report)
    return render(
        request,
        "followup/report_form.html",
        {
            "report": report,
            "period": report.period,
            "formset": formset,
            "version_form": version_form,
            "stale": stale,
            "today": timezone.localdate(),
            "version_missing": request.method == "POST" and not version_form.is_valid(),
        },
    )


@require_POST
def report_submit(request: HttpRequest, pk: int) -> HttpResponse:
    report = permissions.get_report_or_404(request.user, pk)
    if not permissions.can_file_report(request.user, report):
        raise PermissionDenied
    form = SubmitReportForm(request.POST)
    version = form.cleaned_data.get("version") if form.is_valid() else None
    try:
        services.submit_report(report=report, by=request.user, version=version)
    except StaleEdit:
        messages.error(request, MESSAGES["stale_report"])
    except DomainError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("The report was submitted to the coordinating administration; it is now locked."),
        )
    return _back(report)


@require_http_methods(["GET", "HEAD", "POST"])
def report_return(request: HttpRequest, pk: int) -> HttpResponse:
    report = permissions.get_report_or_404(request.user, pk)
    if not permissions.can_manage_periods(request.user):
        raise PermissionDenied
    form = ReturnForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.return_report(
                report=report, by=request.user, reason=form.cleaned_data["reason"]
            )
        except DomainError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The report was returned to the domain's editors."))
        return _back(report)
    return render(request, "followup/report_return.html", {"report": report, "form": form})


@require_POST
def report_accept(request: HttpRequest, pk: int) -> HttpResponse:
    report = permissions.get_report_or_404(request.user, pk)
    if not permissions.can_manage_periods(request.user):
        raise PermissionDenied
    try:
        services.accept_report(report=report, by=request.user)
    except DomainError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The report was accepted."))
    return _back(report)
