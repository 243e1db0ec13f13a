"""The start page (the public rounds for everyone, each role's own place) and the
accessibility statement."""

import datetime as dt

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.http import require_safe

from kerntaken import permissions
from plans.models import Plan, Round


@login_not_required
def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    if user.is_authenticated:
        if permissions.is_coordinator(user):
            return redirect("reviews:round_overview")
        if permissions.editor_domain_ids(user):
            return redirect("plans:dashboard")
        if permissions.member_group_ids(user):
            return redirect("reviews:working_group_list")
    rounds = Round.objects.order_by("-start_date")
    approved = Plan.objects.filter(status=Plan.Status.APPROVED)
    return render(
        request,
        "home.html",
        {"rounds": rounds, "approved_count": approved.count()},
    )


@login_not_required
@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    return HttpResponsePermanentRedirect(static("favicon.svg"))


# The day the statement was drawn up and last reviewed: change it with the statement.
STATEMENT_DATE = dt.date(2026, 12, 1)


@login_not_required
@require_safe
def accessibility_statement(request: HttpRequest) -> HttpResponse:
    """The accessibility statement the EU Web Accessibility Directive asks of public sites."""
    return render(
        request,
        "accessibility_statement.html",
        {"statement_date": STATEMENT_DATE, "contact": settings.ACCESSIBILITY_CONTACT_EMAIL},
    )
