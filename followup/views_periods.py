"""Reporting periods: the coordinator opens one for a round, follows it on its overview
and publishes it; the public reads a round's published progress (/rondes/<slug>/voortgang/).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from followup import overview, services
from followup.forms import PeriodForm
from followup.models import ReportingPeriod
from kerntaken import fragments, permissions
from kerntaken.errors import DomainError
from plans.models import Round


@require_http_methods(["GET", "HEAD", "POST"])
def period_create(request: HttpRequest, slug: str) -> HttpResponse:
    if not permissions.can_manage_periods(request.user):
        raise PermissionDenied
    round_ = get_object_or_404(Round, slug=slug)
    form = PeriodForm(request.POST if request.method == "POST" else None, round=round_)
    if request.method == "POST" and form.is_valid():
        try:
            period = services.open_period(round=round_, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            for name, errors in error.message_dict.items():
                form.add_error(name if name in form.fields else None, errors)
        except DomainError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("The period %(name)s is open; the domains' editors can report.")
                % {"name": period.name},
            )
            return redirect("followup:period_overview", pk=period.pk)
    return render(request, "followup/period_form.html", {"round": round_, "form": form})


def _managed_period_or_403(user, pk: int) -> ReportingPeriod:
    period = permissions.get_period_or_404(user, pk)
    if not permissions.can_manage_periods(user):
        raise PermissionDenied
    return period


@require_safe
def period_overview(request: HttpRequest, pk: int) -> HttpResponse:
    """Who reported, who is overdue, tracks per status per domain, delayed tracks, overdue
    milestones, realised against planned effect (chart and table)."""
    period = _managed_period_or_403(request.user, pk)
    # Rendered once per distinct content: a change of any figure, list or name shown changes
    # the data, hence the key, and the next request renders afresh (kerntaken/fragments.py).
    content = fragments.render(
        "followup/period_overview.html#content", overview.period_overview(period)
    )
    return render(request, "followup/period_overview.html", {"period": period, "content": content})


@require_http_methods(["GET", "HEAD", "POST"])
def period_publish(request: HttpRequest, pk: int) -> HttpResponse:
    """A confirmation page, then the publication by POST."""
    period = _managed_period_or_403(request.user, pk)
    if request.method == "POST":
        try:
            services.publish_period(period=period, by=request.user)
        except DomainError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("The period was published: its accepted reports are public.")
            )
        return redirect("followup:period_overview", pk=period.pk)
    reports = period.reports.select_related("plan__domain").order_by("plan__domain__position")
    return render(request, "followup/period_publish.html", {"period": period, "reports": reports})


@login_not_required
@require_safe
def public_progress(request: HttpRequest, slug: str) -> HttpResponse:
    """The round's published progress: per domain and process the status, milestones and
    realised effect of the accepted reports. Nothing unpublished, never a note."""
    round_ = get_object_or_404(Round, slug=slug)
    periods = list(
        round_.reporting_periods.filter(status=ReportingPeriod.Status.PUBLISHED).order_by(
            "-reference_date", "-pk"
        )
    )
    chosen = periods[0] if periods else None
    if wanted := request.GET.get("periode"):
        chosen = next((p for p in periods if str(p.pk) == wanted), None)
        if chosen is None:
            raise Http404(_("No such published period."))
    return render(
        request,
        "followup/public_progress.html",
        {
            "round": round_,
            "periods": periods,
            "period": chosen,
            "domains": overview.public_progress(chosen) if chosen else [],
        },
    )
