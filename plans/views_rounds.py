"""Round management: open a new round, start each domain's plan in it.

Who may do what is asked of `kerntaken.permissions`; changes go through `plans.services`.
Rounds and policy domains are public knowledge, so a user who may not act on them gets
a 403, not a 404.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from kerntaken import permissions
from kerntaken.errors import DomainError
from plans import services
from plans.forms import RoundForm
from plans.models import Plan, PolicyDomain, Round

get_or_post = require_http_methods(["GET", "HEAD", "POST"])

# ---- rounds ------------------------------------------------------------------------


@require_safe
def round_list(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_round_management(request.user):
        raise PermissionDenied
    rounds = Round.objects.select_related("previous").order_by("-start_date")
    return render(
        request,
        "plans/round_list.html",
        {
            "rounds": rounds,
            "can_open_round": permissions.can_open_round(request.user),
            "can_list_documents": permissions.can_list_documents(request.user),
        },
    )


@get_or_post
def round_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_open_round(request.user):
        raise PermissionDenied
    latest = Round.objects.order_by("-start_date").first()
    if request.method != "POST":
        form = RoundForm(initial={"previous": latest})
    elif (form := RoundForm(request.POST)).is_valid():
        round_ = form.save()
        messages.success(
            request,
            _("The round “%(round)s” is open. Each domain can now start its plan.")
            % {"round": round_.name},
        )
        return redirect("plans:round_detail", slug=round_.slug)
    return render(request, "plans/round_form.html", {"form": form})


@require_safe
def round_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Each domain the user may start a plan for, and whether it has one in the round."""
    if not permissions.can_view_round_management(request.user):
        raise PermissionDenied
    round_ = get_object_or_404(Round.objects.select_related("previous"), slug=slug)
    domains = list(permissions.startable_domains(request.user).order_by("position", "name"))
    plans = {
        plan.domain_id: plan
        for plan in Plan.objects.filter(round=round_, domain__in=domains).select_related(
            "based_on__round"
        )
    }
    previous = services.previous_approved_plans(round_, [domain.pk for domain in domains])
    rows = [(domain, plans.get(domain.pk), previous.get(domain.pk)) for domain in domains]
    return render(
        request,
        "plans/round_detail.html",
        {
            "round": round_,
            "rows": rows,
            "started": len(plans),
            "is_coordinator": permissions.is_coordinator(request.user),
            "can_list_documents": permissions.can_list_documents(request.user),
        },
    )


@require_POST
def plan_start(request: HttpRequest, slug: str, domain_pk: int) -> HttpResponse:
    """Start the domain's plan in the round, from its previous approved plan if any."""
    round_ = get_object_or_404(Round, slug=slug)
    domain = get_object_or_404(PolicyDomain, pk=domain_pk)
    if not permissions.can_start_plan(request.user, domain.pk):
        raise PermissionDenied
    try:
        plan = services.start_plan(domain=domain, round=round_, by=request.user)
    except DomainError as error:
        messages.error(request, str(error))
        return redirect("plans:round_detail", slug=round_.slug)
    if plan.based_on_id:
        text = _(
            "The plan of %(domain)s for %(round)s has been started with the processes of the "
            "approved plan of %(previous)s. Assess every process again."
        ) % {"domain": domain.name, "round": round_.name, "previous": plan.based_on.round.name}
    else:
        text = _("The plan of %(domain)s for %(round)s has been started.") % {
            "domain": domain.name,
            "round": round_.name,
        }
    messages.success(request, text)
    return redirect(plan.get_absolute_url())
