"""The public pages of a round, like the reference page of the 2014–2015 round."""

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from plans.models import Plan, Round


@login_not_required
def public_round(request: HttpRequest, slug: str) -> HttpResponse:
    round_ = get_object_or_404(Round, slug=slug)
    plans = round_.plans.filter(status=Plan.Status.APPROVED).select_related("domain")
    documents = round_.documents.filter(is_public=True).order_by("date")
    return render(
        request,
        "public/round.html",
        {"round": round_, "plans": plans, "documents": documents},
    )
