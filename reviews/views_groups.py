"""The inter-cabinet working groups: the groups, their meetings, the agenda of review
items and the decisions on them.

Coordinators manage all of it; a working group's members read their own groups, read
only (403 on every change), and find nothing of other groups (404).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from kerntaken import permissions
from kerntaken.errors import MESSAGES, DomainError
from plans.models import Plan
from reviews import services
from reviews.forms import MeetingForm, ReviewItemDecisionForm, WorkingGroupForm, open_items
from reviews.models import Meeting, ReviewItem, WorkingGroup
from reviews.views import add_errors, chosen_round, form_data

DECIDED = [ReviewItem.Decision.CONFIRMED, ReviewItem.Decision.AMENDED]


def managed_group(request: HttpRequest, pk: int) -> WorkingGroup:
    group = permissions.get_working_group_or_404(request.user, pk)
    if not permissions.can_manage_reviews(request.user):
        raise PermissionDenied
    return group


def managed_meeting(request: HttpRequest, pk: int) -> Meeting:
    meeting = permissions.get_meeting_or_404(request.user, pk)
    if not permissions.can_manage_reviews(request.user):
        raise PermissionDenied
    return meeting


def agenda_of(meeting: Meeting):
    return meeting.items.select_related(
        "process__entity", "plan__domain", "plan__round", "meeting", "decided_by"
    ).order_by("plan__domain__position", "process__position", "process__code")


# ---- working groups ------------------------------------------------------------------


@require_GET
def working_group_list(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_decisions(request.user):
        raise PermissionDenied
    groups = (
        permissions.visible_working_groups(request.user)
        .select_related("round", "chair")
        .annotate(
            plan_count=Count("plans", distinct=True),
            member_count=Count("members", distinct=True),
            meeting_count=Count("meetings", distinct=True),
        )
        .order_by("-round__start_date", "name")
    )
    return render(
        request,
        "reviews/working_group_list.html",
        {"groups": groups, "can_manage": permissions.can_manage_reviews(request.user)},
    )


@require_http_methods(["GET", "POST"])
def working_group_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_manage_reviews(request.user):
        raise PermissionDenied
    round_ = chosen_round(request)
    if round_ is None:
        raise Http404(_("No round yet."))
    form = WorkingGroupForm(form_data(request), round=round_)
    if request.method == "POST" and form.is_valid():
        group = _save_group(request, form, round_, group=None)
        if group is not None:
            messages.success(request, _("The working group was created."))
            return redirect("reviews:working_group_detail", pk=group.pk)
    return render(
        request, "reviews/working_group_form.html", {"form": form, "round": round_, "group": None}
    )


@require_http_methods(["GET", "POST"])
def working_group_update(request: HttpRequest, pk: int) -> HttpResponse:
    group = managed_group(request, pk)
    form = WorkingGroupForm(form_data(request), instance=group, round=group.round)
    valid = request.method == "POST" and form.is_valid()
    if valid and _save_group(request, form, group.round, group=group) is not None:
        messages.success(request, _("The working group was saved."))
        return redirect("reviews:working_group_detail", pk=group.pk)
    return render(
        request,
        "reviews/working_group_form.html",
        {"form": form, "round": group.round, "group": group},
    )


def _save_group(request, form: WorkingGroupForm, round_, group) -> WorkingGroup | None:
    fields = ("name", "chair", "members", "plans")
    arguments = {name: form.cleaned_data[name] for name in fields}
    return _saved(
        form, services.save_working_group, by=request.user, group=group, round=round_, **arguments
    )


def _saved(form, save, **arguments):
    """What the service saved, or None with its refusal written onto the form."""
    try:
        return save(**arguments)
    except (DomainError, ValidationError) as error:
        add_errors(form, error)
        return None


@require_GET
def working_group_detail(request: HttpRequest, pk: int) -> HttpResponse:
    group = permissions.get_working_group_or_404(request.user, pk)
    meetings = group.meetings.annotate(
        item_count=Count("items"),
        decided_count=Count("items", filter=Q(items__decision__in=DECIDED)),
    ).order_by("date", "pk")
    items = open_items(group)
    return render(
        request,
        "reviews/working_group_detail.html",
        {
            "group": group,
            "plans": group.plans.select_related("domain", "round").order_by("domain__position"),
            "members": group.members.order_by("last_name", "username"),
            "meetings": meetings,
            "open_count": items.count(),
            "unscheduled_count": items.filter(meeting__isnull=True).count(),
            "can_manage": permissions.can_manage_reviews(request.user),
        },
    )


# ---- meetings ------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def meeting_create(request: HttpRequest, pk: int) -> HttpResponse:
    group = managed_group(request, pk)
    form = MeetingForm(form_data(request), group=group)
    if request.method == "POST" and form.is_valid():
        meeting = _save_meeting(request, form, group, meeting=None)
        if meeting is not None:
            messages.success(request, _("The meeting was created."))
            return redirect("reviews:meeting_detail", pk=meeting.pk)
    return render(
        request, "reviews/meeting_form.html", {"form": form, "group": group, "meeting": None}
    )


@require_http_methods(["GET", "POST"])
def meeting_update(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = managed_meeting(request, pk)
    group = meeting.working_group
    form = MeetingForm(form_data(request), instance=meeting, group=group)
    valid = request.method == "POST" and form.is_valid()
    if valid and _save_meeting(request, form, group, meeting=meeting) is not None:
        messages.success(request, _("The meeting was saved."))
        return redirect("reviews:meeting_detail", pk=meeting.pk)
    return render(
        request, "reviews/meeting_form.html", {"form": form, "group": group, "meeting": meeting}
    )


def _save_meeting(request, form: MeetingForm, group, meeting) -> Meeting | None:
    fields = ("date", "place", "minutes", "agenda")
    arguments = {name: form.cleaned_data[name] for name in fields}
    return _saved(
        form, services.save_meeting, by=request.user, group=group, meeting=meeting, **arguments
    )


@require_GET
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = permissions.get_meeting_or_404(request.user, pk)
    can_manage = permissions.can_manage_reviews(request.user)
    items = list(agenda_of(meeting))
    cards = [(item, _decision_form(item) if can_manage else None) for item in items]
    return render(
        request,
        "reviews/meeting_detail.html",
        {"meeting": meeting, "group": meeting.working_group, "cards": cards}
        | _meeting_summary(meeting, items, can_manage=can_manage),
    )


def _meeting_summary(meeting: Meeting, items: list[ReviewItem], *, can_manage: bool) -> dict:
    """What the top of a meeting's page counts: shown on the page, refreshed after a decision."""
    return {
        "meeting": meeting,
        "can_manage": can_manage,
        "item_count": len(items),
        "pending_count": sum(_is_pending(item) for item in items),
        "decided_count": sum(item.is_decided for item in items),
    }


def _is_pending(item: ReviewItem) -> bool:
    return item.decision == ReviewItem.Decision.PENDING and (
        item.plan.status == Plan.Status.IN_REVIEW
    )


def _decision_form(item: ReviewItem, data=None) -> ReviewItemDecisionForm | None:
    """A decision can be taken or changed only while the item's plan is in review."""
    if item.plan.status != Plan.Status.IN_REVIEW:
        return None
    return ReviewItemDecisionForm(data, item=item)


@require_http_methods(["GET", "POST"])
def meeting_confirm_remaining(request: HttpRequest, pk: int) -> HttpResponse:
    """Confirm every item of the agenda still undecided; GET shows which, POST does it.

    The POST confirms only the items the page showed (and that are still undecided), so
    an item put on the agenda meanwhile is never confirmed unseen.
    """
    meeting = managed_meeting(request, pk)
    remaining = [item for item in agenda_of(meeting) if _is_pending(item)]
    if request.method == "POST":
        shown = set(request.POST.getlist("item"))
        chosen = [item for item in remaining if str(item.pk) in shown]
        try:
            count = services.confirm_remaining(items=chosen, by=request.user, meeting=meeting)
        except DomainError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                ngettext("%(count)d item confirmed.", "%(count)d items confirmed.", count)
                % {"count": count},
            )
        return redirect("reviews:meeting_detail", pk=meeting.pk)
    return render(
        request,
        "reviews/meeting_confirm_remaining.html",
        {"meeting": meeting, "group": meeting.working_group, "remaining": remaining},
    )


# ---- one item's decision ----------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def review_item_decide(request: HttpRequest, pk: int) -> HttpResponse:
    """Decide one item: a page of its own, or (with htmx) in place on the meeting's page."""
    item = permissions.get_review_item_or_404(request.user, pk)
    if not permissions.can_manage_reviews(request.user):
        raise PermissionDenied
    form = _decision_form(item, form_data(request))
    saved = False
    error = None
    if request.method == "POST" and form is None:
        error = MESSAGES["wrong_state"] % {"state": item.plan.get_status_display()}
        if not request.htmx:
            messages.error(request, error)
            return redirect(_item_url(item))
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.decide_review_item(
                item=item,
                by=request.user,
                decision=data["decision"],
                final_assessment=data["final_assessment"],
                note=data["note"],
            )
        except DomainError as error:
            add_errors(form, error)
        else:
            if not request.htmx:
                messages.success(
                    request, _("The decision on %(code)s was saved.") % {"code": item.process.code}
                )
                return redirect(_item_url(item))
            saved = True
            item = permissions.get_review_item_or_404(request.user, pk)
            form = _decision_form(item)
    context = {"item": item, "form": form, "saved": saved, "error": error}
    if not request.htmx:
        return render(request, "reviews/review_item_decide.html", context)
    on_meeting_page = item.meeting_id and (request.htmx.current_url_abs_path or "").startswith(
        reverse("reviews:meeting_detail", kwargs={"pk": item.meeting_id})
    )
    if saved and on_meeting_page:
        # In place on the meeting's page: its counts and "confirm the N remaining" follow.
        meeting = item.meeting
        summary = _meeting_summary(meeting, list(agenda_of(meeting)), can_manage=True)
        context |= {"summary": summary}
    return render(request, "reviews/_decided.html", context)


def _item_url(item: ReviewItem) -> str:
    if item.meeting_id:
        return (
            reverse("reviews:meeting_detail", kwargs={"pk": item.meeting_id}) + f"#item-{item.pk}"
        )
    return reverse("reviews:plan_review", kwargs={"pk": item.plan_id}) + "#items"
