"""The plan pages: an editor's dashboard and a plan with its processes."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from kerntaken import permissions
from plans.models import Plan
from plans.services import submission_problems


def dashboard(request: HttpRequest) -> HttpResponse:
    plans = (
        Plan.objects.visible_to(request.user)
        .filter(domain_id__in=permissions.editor_domain_ids(request.user))
        .for_list()
        .order_by("-round__start_date", "domain__position")
    )
    rows = [(plan, submission_problems(plan) if plan.is_editable else []) for plan in plans]
    return render(request, "plans/dashboard.html", {"rows": rows})


def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = permissions.get_plan_or_404(request.user, pk)
    processes = plan.processes.for_list().order_by("position", "code")
    transitions = plan.transitions.select_related("actor")
    return render(
        request,
        "plans/plan_detail.html",
        {
            "plan": plan,
            "processes": processes,
            "transitions": transitions,
            "can_edit": permissions.can_edit_plan(request.user, plan),
        },
    )
