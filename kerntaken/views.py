"""The start page: the public rounds for everyone, and each role's own place."""

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
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
    """The site's icon for browsers that ask /favicon.ico (on a JSON document, say)."""
    return redirect(static("favicon.svg"))
