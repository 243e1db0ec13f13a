"""The editor's journey (SPEC §4–§6): dashboard, plan page, consultation, submission, history.

Every view fetches the plan through `permissions.get_plan_or_404` (404 for what the user
may not see) and asks the permission module what they may change (403 otherwise).
State changes go through `plans.services`; their refusals become messages, never a 500.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import HttpResponseClientRedirect

from kerntaken import permissions
from kerntaken.errors import MESSAGES, DomainError
from plans import history, services, versions
from plans.forms import ConsultationForm, PlanVersionForm, SubmitForm
from plans.models import MinisterConsultation, Plan, Round
from processes.models import CoreProcess
from processes.tables import filter_form, process_table

# The deadline counts as near this many days before it.
DEADLINE_NEAR_DAYS = 14
HISTORY_PAGE_SIZE = 50


# ---- dashboard ----------------------------------------------------------------------


def deadline_signal(plan: Plan) -> dict | None:
    """How close the submission deadline is, for a plan the editor still works on."""
    if not plan.is_editable:
        return None
    days = (plan.round.submission_deadline - timezone.localdate()).days
    if days < 0:
        state = "past"
    elif days <= DEADLINE_NEAR_DAYS:
        state = "near"
    else:
        state = "open"
    return {"state": state, "days": abs(days), "date": plan.round.submission_deadline}


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    plans = (
        permissions.visible_plans(request.user)
        .filter(domain_id__in=permissions.editor_domain_ids(request.user))
        .for_list()
        .order_by("-round__is_open", "-round__start_date", "domain__position")
    )
    rows = [
        {
            "plan": plan,
            "problems": services.submission_problems(plan) if plan.is_editable else [],
            "deadline": deadline_signal(plan),
            "can_edit": permissions.can_edit_plan(request.user, plan),
        }
        for plan in plans
    ]
    # Open rounds in which one of the user's domains has no plan yet: it can be started.
    # The user's plans are listed above already: no need to fetch them again per round.
    domains = permissions.editor_domain_ids(request.user)
    started = {(row["plan"].round_id, row["plan"].domain_id) for row in rows}
    rounds_to_start = [
        round_
        for round_ in Round.objects.filter(is_open=True)
        if any((round_.pk, domain) not in started for domain in domains)
    ]
    return render(
        request, "plans/dashboard.html", {"rows": rows, "rounds_to_start": rounds_to_start}
    )


# ---- the plan page --------------------------------------------------------------------


@require_GET
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = permissions.get_plan_or_404(request.user, pk)
    context = process_table(request, plan)
    if request.htmx and request.htmx.target == "processes":
        return render(request, "plans/plan_detail.html#processes", context)
    user = request.user
    context |= filter_form(context) | {
        "earlier": versions.earlier_versions(plan),
        "can_export": permissions.can_export_plan(user, plan),
        "can_view_review": permissions.can_view_plan_review(user, plan),
        "transitions": history.timeline(plan),
    }
    return render(request, "plans/plan_detail.html", context)


# ---- minister consultation ----------------------------------------------------------


def _consultation_forms(plan: Plan, data=None) -> list[ConsultationForm]:
    recorded = {c.minister_id: c for c in plan.consultations.all()}
    return [
        ConsultationForm(data, minister=minister, recorded=recorded.get(minister.pk))
        for minister in plan.domain.ministers.all()
    ]


@require_http_methods(["GET", "HEAD", "POST"])
def plan_consultations(request: HttpRequest, pk: int) -> HttpResponse:
    plan = permissions.get_plan_or_404(request.user, pk)
    if request.method != "POST":
        version_form = PlanVersionForm(initial={"version": plan.version})
        return _consultations_page(request, plan, version_form, _consultation_forms(plan))
    if refusal := refuse_unless_editable(request, plan):
        return refusal
    version_form = PlanVersionForm(request.POST)
    if not version_form.is_valid() or version_form.cleaned_data["version"] != plan.version:
        return _stale_consultations(request, plan)
    forms = _consultation_forms(plan, request.POST)
    if not all([form.is_valid() for form in forms]):
        return _consultations_page(request, plan, version_form, forms)
    try:
        saved = _record_consultations(plan, forms, version_form.cleaned_data["version"], request)
    except DomainError as error:
        messages.error(request, str(error))
        return redirect("plans:plan_detail", pk=plan.pk)
    if saved is None:
        return _stale_consultations(request, plan)
    if saved:
        messages.success(request, _("The consultation was recorded."))
    else:
        messages.info(request, _("Nothing was changed."))
    return redirect("plans:plan_detail", pk=plan.pk)


def _stale_consultations(request: HttpRequest, plan: Plan) -> HttpResponse:
    """The plan changed since the page was opened (or the page did not say which version
    it showed): record nothing, show what is recorded now, keep what the user entered
    and let them save again on the current version."""
    plan = permissions.get_plan_or_404(request.user, plan.pk)
    recorded = {c.minister_id: c for c in plan.consultations.all()}
    forms = []
    for minister in plan.domain.ministers.all():
        prefix = f"minister-{minister.pk}"
        entered = {
            name: request.POST.get(f"{prefix}-{name}", "") for name in ("date", "outcome", "note")
        }
        initial = entered if any(value.strip() for value in entered.values()) else None
        forms.append(
            ConsultationForm(minister=minister, recorded=recorded.get(minister.pk), initial=initial)
        )
    version_form = PlanVersionForm(initial={"version": plan.version})
    return _consultations_page(request, plan, version_form, forms, stale=True)


def _consultations_page(
    request: HttpRequest,
    plan: Plan,
    version_form: PlanVersionForm,
    forms: list[ConsultationForm],
    *,
    stale: bool = False,
) -> HttpResponse:
    return render(
        request,
        "plans/consultations.html",
        {
            "plan": plan,
            "forms": forms,
            "version_form": version_form,
            "can_edit": permissions.can_edit_plan(request.user, plan),
            "stale": stale,
            "earlier": versions.earlier_versions(plan),
            "consultations": MinisterConsultation.objects.filter(plan=plan).select_related(
                "minister", "recorded_by"
            ),
        },
    )


def _record_consultations(
    plan: Plan, forms: list[ConsultationForm], version: int, request: HttpRequest
) -> int | None:
    """Record every changed consultation, all or nothing; None if the plan changed since
    the page was opened (someone else recorded a consultation or moved the plan)."""
    with transaction.atomic():
        locked = services.lock_plan(plan)
        if locked.version != version:
            return None
        changed = [form for form in forms if form.has_changed_values]
        for form in changed:
            services.record_consultation(
                plan=locked,
                minister=form.minister,
                date=form.cleaned_data["date"],
                outcome=form.cleaned_data["outcome"],
                note=form.cleaned_data["note"].strip(),
                by=request.user,
            )
    return len(changed)


# ---- submission -----------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def plan_submit(request: HttpRequest, pk: int) -> HttpResponse:
    plan = permissions.get_plan_or_404(request.user, pk)
    if not permissions.can_submit_plan(request.user, plan):
        raise PermissionDenied
    earlier = versions.earlier_versions(plan) if plan.is_editable else []
    form = SubmitForm(
        request.POST if request.method == "POST" else None, needs_confirmation=bool(earlier)
    )
    refusal: DomainError | None = None
    if request.method == "POST" and form.is_valid():
        try:
            services.submit_plan(
                plan=plan,
                by=request.user,
                comment=form.cleaned_data["comment"],
                confirm_unchanged=form.cleaned_data.get("confirm_unchanged", False),
                reason=form.cleaned_data.get("reason", ""),
            )
        except DomainError as error:
            refusal = error
        else:
            messages.success(
                request,
                _(
                    "The plan was submitted. The coordinating administration has been "
                    "notified; the plan can no longer be changed."
                ),
            )
            return redirect("plans:plan_detail", pk=plan.pk)
        plan.refresh_from_db()
    processes = list(plan.processes.all())
    return render(
        request,
        "plans/submit.html",
        {
            "plan": plan,
            "form": form,
            "checks": _guard_checks(plan, processes),
            "earlier": earlier,
            "problems": services.submission_problems(plan) if plan.is_editable else [],
            "refusal": refusal,
            "deadline": deadline_signal(plan),
            "process_count": len(processes),
        },
    )


def _guard_checks(plan: Plan, processes: list[CoreProcess]) -> list[dict]:
    """The guard of the submission (SPEC §4), one line per condition."""
    return [
        {"label": _("The plan has at least one core process."), "ok": bool(processes)},
        {
            "label": _(
                "Every core process is complete: an assessment, a motivation (unless "
                "kept) and a transfer level for a transfer."
            ),
            "ok": bool(processes) and all(p.is_complete for p in processes),
        },
        {
            "label": _("The consultation of every competent minister is recorded."),
            "ok": not services.missing_consultations(plan),
        },
    ]


# ---- history --------------------------------------------------------------------------


@require_GET
def plan_history(request: HttpRequest, pk: int) -> HttpResponse:
    plan = permissions.get_plan_or_404(request.user, pk)
    if not permissions.can_view_history(request.user, plan):
        raise PermissionDenied
    records = CoreProcess.history.filter(plan_id=plan.pk).select_related("history_user")
    page = Paginator(records.order_by("-history_date", "-history_id"), HISTORY_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "plans/plan_history.html",
        {
            "plan": plan,
            "transitions": plan.transitions.select_related("actor"),
            "page": page,
            "process_entries": history.plan_process_history(plan, list(page.object_list)),
            "consultation_entries": history.consultation_history(plan),
            "versions": plan.versions.select_related("created_by"),
        },
    )


def plan_url(plan: Plan, anchor: str = "") -> str:
    url = reverse("plans:plan_detail", kwargs={"pk": plan.pk})
    return f"{url}#{anchor}" if anchor else url


def back_to_plan(request: HttpRequest, plan: Plan, anchor: str = "") -> HttpResponse:
    """To the plan page; an htmx request is told to go there as a whole page."""
    url = plan_url(plan, anchor)
    if request.htmx:
        return HttpResponseClientRedirect(url)
    return redirect(url)


def refuse_unless_editable(request: HttpRequest, plan: Plan) -> HttpResponse | None:
    """None if the user may change the plan's processes now.

    The plan's own editor meets a locked plan (submitted meanwhile, perhaps by a
    colleague) with a message on the plan page; anyone else who sees it gets a 403.
    """
    if permissions.can_edit_plan(request.user, plan):
        return None
    if permissions.is_editor_of(request.user, plan):
        messages.error(request, MESSAGES["not_editable"] % {"state": plan.get_status_display()})
        return back_to_plan(request, plan)
    raise PermissionDenied
