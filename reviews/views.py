"""The coordinating administration's pages and the working groups."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from kerntaken import permissions
from plans.models import Plan, Round


def round_overview(request: HttpRequest) -> HttpResponse:
    if not permissions.is_coordinator(request.user):
        raise PermissionDenied
    round_ = Round.objects.filter(is_open=True).order_by("-start_date").first() or (
        Round.objects.order_by("-start_date").first()
    )
    plans = Plan.objects.for_list().filter(round=round_) if round_ else Plan.objects.none()
    return render(request, "reviews/round_overview.html", {"round": round_, "plans": plans})


def working_group_list(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_decisions(request.user):
        raise PermissionDenied
    groups = permissions.visible_working_groups(request.user).select_related("round", "chair")
    return render(request, "reviews/working_group_list.html", {"groups": groups})
