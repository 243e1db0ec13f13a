"""The coordinator's overlap page (SPEC §14): pairs of processes of different domains that
look alike, the progress of the analysis, and the marks.

Only the coordination sees it (`permissions.can_view_overlaps`): the page answers 403
to anyone else signed in, a pair 404. The filters arrive in the query string; a value
that does not validate falls back to its default.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from insight import services
from insight.forms import OverlapFilterForm, OverlapMarkForm, OverlapStartForm
from insight.models import OverlapPair, OverlapRun
from kerntaken import permissions
from kerntaken.errors import DomainError
from plans.models import PolicyDomain, Round

PAGE_SIZE = 25


def _filters(request: HttpRequest) -> tuple[OverlapFilterForm, Round | None, dict]:
    """The filter form as shown, the round, and the valid filters (newest round by default)."""
    rounds = list(Round.objects.order_by("-start_date"))
    domains = list(PolicyDomain.objects.all())
    data = request.GET.copy()
    if not data.get("round") and rounds:
        data["round"] = rounds[0].slug
    form = OverlapFilterForm(data, rounds=rounds, domains=domains)
    form.is_valid()
    chosen = {name: value for name, value in form.cleaned_data.items() if value}
    slug = chosen.pop("round", None)
    round_ = next((r for r in rounds if r.slug == slug), rounds[0] if rounds else None)
    shown = {"round": round_.slug if round_ else ""} | {
        name: value.pk if name == "domain" else value for name, value in chosen.items()
    }
    return OverlapFilterForm(shown, rounds=rounds, domains=domains), round_, chosen


def _pairs(run: OverlapRun, chosen: dict):
    pairs = OverlapPair.objects.filter(run=run).for_list()
    if domain := chosen.get("domain"):
        pairs = pairs.filter(Q(first__plan__domain=domain) | Q(second__plan__domain=domain))
    if axis := chosen.get("axis"):
        pairs = pairs.filter(Q(first__axis=axis) | Q(second__axis=axis))
    if score := chosen.get("score"):
        pairs = pairs.filter(score__gte=float(score))
    shown = chosen.get("shown", "")
    if shown == "open":
        return pairs.filter(mark=OverlapPair.Mark.OPEN)
    if shown:
        return pairs.filter(mark=shown)
    return pairs.exclude(mark=OverlapPair.Mark.NO_OVERLAP)


@require_safe
def overlaps(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_overlaps(request.user):
        raise PermissionDenied
    form, round_, chosen = _filters(request)
    runs = OverlapRun.objects.filter(round=round_).select_related("started_by")
    latest = runs.first() if round_ else None
    done = latest if latest and latest.status == OverlapRun.Status.DONE else None
    if latest is not None and done is None:
        done = runs.filter(status=OverlapRun.Status.DONE).first()
    context = {"round": round_, "latest": latest, "done": done}
    if request.htmx and request.htmx.target == "overlap-progress":
        return render(request, "insight/overlaps.html#progress", context)
    page = None
    if done is not None:
        page = Paginator(_pairs(done, chosen), PAGE_SIZE).get_page(request.GET.get("page"))
    context |= {
        "form": form,
        "page": page,
        "start_form": OverlapStartForm(initial={"round": round_.slug if round_ else ""}),
    }
    return render(request, "insight/overlaps.html", context)


def _back(request: HttpRequest, round_: Round | None = None) -> HttpResponse:
    """To the page the form was sent from (its filters kept), else the round's overlaps."""
    back = request.POST.get("next", "")
    if back.startswith(reverse("insight:overlaps")) and url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}
    ):
        return redirect(back)
    query = f"?round={round_.slug}" if round_ else ""
    return redirect(reverse("insight:overlaps") + query)


@require_POST
def overlap_start(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_overlaps(request.user):
        raise PermissionDenied
    form = OverlapStartForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the round to analyse."))
        return _back(request)
    round_ = form.cleaned_data["round"]
    try:
        services.start_analysis(round=round_, by=request.user)
    except DomainError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("The analysis of %(round)s has started; this page shows its progress.")
            % {"round": round_.name},
        )
    return _back(request, round_)


@require_POST
def overlap_mark(request: HttpRequest, pk: int) -> HttpResponse:
    pair = permissions.get_overlap_pair_or_404(request.user, pk)
    form = OverlapMarkForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return _back(request, pair.round)
    mark = form.cleaned_data["mark"]
    try:
        notes = services.mark_pair(
            pair=pair, mark=mark, by=request.user, to_review=form.cleaned_data["to_review"]
        )
    except DomainError as error:
        messages.error(request, str(error))
        return _back(request, pair.round)
    label = OverlapPair.Mark(mark).label
    messages.success(request, _("The pair is marked: %(mark)s.") % {"mark": label})
    for note in notes:
        messages.info(request, note)
    return _back(request, pair.round)
