"""The coordinating administration's pages: the round, each plan's review, the government's
decisions. Working groups and meetings are in `views_groups`.

Every view fetches through the permission module (404 for what the user may not see),
refuses a change with 403 when the user sees but may not act, and moves a plan only
through the services; a refused step becomes a message or a form error, never a 500.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kerntaken import fragments, permissions
from kerntaken.errors import MESSAGES, DomainError
from plans import services as plan_services
from plans import versions
from plans.models import Plan, PolicyDomain, Round
from processes.models import REVIEWED_ASSESSMENTS, Assessment, CoreProcess
from processes.selectors import assessment_counts, count_table
from reviews import services
from reviews.forms import (
    AssignWorkingGroupForm,
    FrameworkCheckForm,
    GovernmentDecisionForm,
    ReturnForm,
    StartReviewForm,
)
from reviews.models import FrameworkCheck, GovernmentDecision

ROUND_PARAM = "ronde"


# ---- helpers -------------------------------------------------------------------------


def form_data(request: HttpRequest):
    """The POST body for a bound form, even an empty one (so that it shows its errors)."""
    return request.POST if request.method == "POST" else None


def add_errors(form, error: DomainError | ValidationError) -> None:
    """A refusal of a service, shown with the form: at its field where the form has one."""
    if isinstance(error, DomainError):
        form.add_error(None, str(error))
        return
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
        return
    for name, errors in error.message_dict.items():
        form.add_error(name if name in form.fields else None, errors)


def chosen_round(request: HttpRequest, rounds: list[Round] | None = None) -> Round | None:
    """The round named by `?ronde=slug`; else the newest open round; else the newest."""
    rounds = list(Round.objects.order_by("-start_date")) if rounds is None else rounds
    slug = request.GET.get(ROUND_PARAM)
    by_slug = {r.slug: r for r in rounds}
    if slug in by_slug:
        return by_slug[slug]
    return next((r for r in rounds if r.is_open), rounds[0] if rounds else None)


def coordinator_plan(request: HttpRequest, pk: int) -> Plan:
    """A plan to act on: 404 unless on the user's review pages, 403 unless a coordinator."""
    plan = permissions.get_reviewed_plan_or_404(request.user, pk)
    if not permissions.can_review_plan(request.user, plan):
        raise PermissionDenied
    return plan


def refuse_wrong_state(request: HttpRequest, plan: Plan) -> HttpResponse:
    messages.error(request, MESSAGES["wrong_state"] % {"state": plan.get_status_display()})
    return redirect("reviews:plan_review", pk=plan.pk)


# ---- the round -------------------------------------------------------------------------


@dataclass
class OverviewRow:
    domain: PolicyDomain
    plan: Plan | None
    counts: list[int] = field(default_factory=list)
    total: int = 0
    overdue: bool = False


@require_GET
def round_overview(request: HttpRequest) -> HttpResponse:
    if not permissions.is_coordinator(request.user):
        raise PermissionDenied
    rounds = list(Round.objects.order_by("-start_date"))
    round_ = chosen_round(request, rounds)
    rows: list[OverviewRow] = []
    queue: list[Plan] = []
    states: Counter = Counter()
    overdue_count = 0
    if round_ is not None:
        plans = {
            plan.domain_id: plan
            for plan in Plan.objects.filter(round=round_).select_related(
                "domain", "round", "framework_check"
            )
        }
        counts = assessment_counts(CoreProcess.objects.filter(plan__round=round_), "plan_id")
        table = count_table(
            counts, [(plan.pk, plan.domain.name) for plan in plans.values()], Assessment.values
        )
        per_plan = {row.key: row for row in table.rows}
        past_deadline = round_.submission_deadline < timezone.localdate()
        for domain in PolicyDomain.objects.all():
            plan = plans.get(domain.pk)
            row = OverviewRow(domain=domain, plan=plan)
            row.overdue = past_deadline and (plan is None or plan.is_editable)
            if plan is not None:
                row.counts = per_plan[plan.pk].counts
                row.total = per_plan[plan.pk].total
                states[plan.status] += 1
            overdue_count += row.overdue
            rows.append(row)
        queue = sorted(
            (p for p in plans.values() if p.status == Plan.Status.SUBMITTED),
            key=lambda p: (p.submitted_at or timezone.now(), p.domain.position),
        )
    return render(
        request,
        "reviews/round_overview.html",
        {
            "round": round_,
            "rounds": rounds,
            "rows": rows,
            "domains": _domains_table(round_, rows) if round_ else "",
            "queue": queue,
            "assessments": list(Assessment),
            "states": [(s, s.label, states[s]) for s in Plan.Status if states[s]],
            "overdue_count": overdue_count,
        },
    )


def _domains_table(round_: Round, rows: list[OverviewRow]) -> SafeString:
    """The table of every domain, rendered from plain values and kept in the cache
    (kerntaken/fragments.py): a transition or a changed process shows at once."""
    states = dict(Plan.Status.choices)
    plain = [
        {
            "domain": row.domain.name,
            "plan": row.plan and row.plan.pk,
            "status": row.plan and row.plan.status,
            "state": row.plan and states[row.plan.status],
            "submitted": row.plan and row.plan.submitted_at,
            "overdue": row.overdue,
            "counts": row.counts,
            "total": row.total,
        }
        for row in rows
    ]
    context = {
        "round_name": round_.name,
        "deadline": round_.submission_deadline,
        "assessments": [str(label) for label in Assessment.labels],
        "domain_rows": plain,
    }
    return fragments.render("reviews/round_overview.html#domains", context)


# ---- one plan's review ---------------------------------------------------------------


@require_GET
def plan_review(request: HttpRequest, pk: int) -> HttpResponse:
    plan = permissions.get_reviewed_plan_or_404(request.user, pk)
    can_review = permissions.can_review_plan(request.user, plan)
    processes = plan.processes.select_related("entity", "review_item").order_by("position", "code")
    items = plan.review_items.select_related(
        "process", "meeting", "working_group", "decided_by"
    ).order_by("process__position", "process__code")
    groups = list(plan.working_groups.all())
    check = FrameworkCheck.objects.filter(plan=plan).select_related("checked_by").first()
    context = {
        "plan": plan,
        "processes": processes,
        "items": items,
        "groups": groups,
        "check": check,
        "axes": _check_rows(check),
        "transitions": plan.transitions.select_related("actor"),
        "basis": versions.consultation_basis(plan),
        "can_review": can_review,
    }
    if can_review:
        context |= {
            "can_check": plan.status == Plan.Status.SUBMITTED,
            "can_return": plan.can_move(Plan.Action.RETURN),
            "can_start": plan.can_move(Plan.Action.START_REVIEW),
            "ready_to_start": bool(check and check.is_done and groups),
            "can_validate": plan.can_move(Plan.Action.VALIDATE),
            "can_approve": plan.can_move(Plan.Action.APPROVE),
            "assign_form": AssignWorkingGroupForm(plan=plan)
            if plan.status in services.GROUP_CHANGEABLE_STATES
            else None,
        }
    return render(request, "reviews/plan_review.html", context)


def _check_rows(check: FrameworkCheck | None) -> list[tuple[str, str]]:
    if check is None:
        return []
    names = ["service_delivery", "regulation", "enforcement", "permits", "subsidies"]
    return [(FrameworkCheck._meta.get_field(n).verbose_name, getattr(check, n)) for n in names]


@require_http_methods(["GET", "POST"])
def framework_check(request: HttpRequest, pk: int) -> HttpResponse:
    plan = coordinator_plan(request, pk)
    if plan.status != Plan.Status.SUBMITTED:
        return refuse_wrong_state(request, plan)
    check = FrameworkCheck.objects.filter(plan=plan).first()
    form = FrameworkCheckForm(form_data(request), instance=check)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_framework_check(
                plan=plan,
                by=request.user,
                conclusion=form.cleaned_data["conclusion"],
                remarks=form.remarks,
            )
        except DomainError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("The framework check was saved."))
            return redirect("reviews:plan_review", pk=plan.pk)
    return render(request, "reviews/framework_check.html", {"plan": plan, "form": form})


@require_POST
def plan_assign_working_group(request: HttpRequest, pk: int) -> HttpResponse:
    plan = coordinator_plan(request, pk)
    form = AssignWorkingGroupForm(request.POST, plan=plan)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("working_group", [])))
        return redirect("reviews:plan_review", pk=plan.pk)
    group = form.cleaned_data["working_group"]
    try:
        services.assign_working_group(plan=plan, group=group, by=request.user)
    except DomainError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("The plan is now before the working group “%(group)s”.") % {"group": group.name},
        )
    return redirect("reviews:plan_review", pk=plan.pk)


@require_http_methods(["GET", "POST"])
def plan_return(request: HttpRequest, pk: int) -> HttpResponse:
    plan = coordinator_plan(request, pk)
    if not plan.can_move(Plan.Action.RETURN):
        return refuse_wrong_state(request, plan)
    form = ReturnForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            plan_services.return_plan(
                plan=plan, by=request.user, reason=form.cleaned_data["reason"]
            )
        except DomainError as error:
            add_errors(form, error)
        else:
            messages.success(
                request, _("The plan was returned; its editors have been notified by e-mail.")
            )
            return redirect("reviews:plan_review", pk=plan.pk)
    items = plan.review_items.count()
    return render(
        request, "reviews/plan_return.html", {"plan": plan, "form": form, "item_count": items}
    )


@require_http_methods(["GET", "POST"])
def plan_start_review(request: HttpRequest, pk: int) -> HttpResponse:
    plan = coordinator_plan(request, pk)
    if not plan.can_move(Plan.Action.START_REVIEW):
        return refuse_wrong_state(request, plan)
    form = StartReviewForm(form_data(request), plan=plan)
    if request.method == "POST" and form.is_valid():
        try:
            services.start_review(
                plan=plan, by=request.user, extra_processes=form.cleaned_data["extra_processes"]
            )
        except DomainError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("The review has started."))
            return redirect("reviews:plan_review", pk=plan.pk)
    check = FrameworkCheck.objects.filter(plan=plan).first()
    return render(
        request,
        "reviews/plan_start_review.html",
        {
            "plan": plan,
            "form": form,
            "check": check,
            "group": plan.working_groups.order_by("pk").first(),
            "automatic": plan.processes.filter(assessment__in=REVIEWED_ASSESSMENTS).order_by(
                "position", "code"
            ),
        },
    )


@require_http_methods(["GET", "POST"])
def plan_validate(request: HttpRequest, pk: int) -> HttpResponse:
    plan = coordinator_plan(request, pk)
    if not plan.can_move(Plan.Action.VALIDATE):
        return refuse_wrong_state(request, plan)
    error = None
    if request.method == "POST":
        try:
            services.validate_plan(plan=plan, by=request.user)
        except DomainError as refused:
            error = refused
        else:
            messages.success(
                request, _("The plan is validated: the final assessments have been written.")
            )
            return redirect("reviews:plan_review", pk=plan.pk)
    items = list(
        plan.review_items.select_related("process", "meeting").order_by(
            "process__position", "process__code"
        )
    )
    return render(
        request,
        "reviews/plan_validate.html",
        {
            "plan": plan,
            "items": items,
            "undecided": [item for item in items if not item.is_decided],
            "error": error,
        },
    )


# ---- the government's decisions ------------------------------------------------------


@require_GET
def decision_list(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_decisions(request.user):
        raise PermissionDenied
    decisions = (
        GovernmentDecision.objects.select_related("round")
        .annotate(plan_count=Count("plans"))
        .order_by("-date", "-pk")
    )
    return render(
        request,
        "reviews/decision_list.html",
        {
            "decisions": decisions,
            "can_record": permissions.can_manage_reviews(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def decision_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_manage_reviews(request.user):
        raise PermissionDenied
    rounds = list(Round.objects.order_by("-start_date"))
    round_ = chosen_round(request, rounds)
    if round_ is None:
        raise Http404(_("No round yet."))
    initial = {"plans": [v for v in request.GET.getlist("plan") if v.isdigit()]}
    form = GovernmentDecisionForm(
        form_data(request),
        request.FILES if request.method == "POST" else None,
        round=round_,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        document = data["document"]
        document.name = f"{slugify(data['reference']) or 'besluit'}.pdf"
        try:
            decision = services.record_government_decision(
                round=round_,
                date=data["date"],
                reference=data["reference"],
                title=data["title"],
                plans=data["plans"],
                document=document,
                by=request.user,
            )
        except (DomainError, ValidationError) as error:
            add_errors(form, error)
        else:
            count = len(data["plans"])
            messages.success(
                request,
                ngettext(
                    "The government decision was recorded; %(count)d plan is approved.",
                    "The government decision was recorded; %(count)d plans are approved.",
                    count,
                )
                % {"count": count},
            )
            return redirect("reviews:decision_detail", pk=decision.pk)
    return render(
        request,
        "reviews/decision_form.html",
        {"form": form, "round": round_, "rounds": rounds},
    )


@require_GET
def decision_detail(request: HttpRequest, pk: int) -> HttpResponse:
    decision = permissions.get_decision_or_404(request.user, pk)
    plans = decision.plans.select_related("domain").order_by("domain__position")
    coordinator = permissions.is_coordinator(request.user)
    return render(
        request,
        "reviews/decision_detail.html",
        {"decision": decision, "plans": plans, "links_to_review": coordinator},
    )


@login_not_required
@require_GET
def decision_document(request: HttpRequest, pk: int) -> HttpResponse:
    """The decision's PDF: public once the decision approved plans (see permissions)."""
    decision = GovernmentDecision.objects.filter(pk=pk).first()
    if decision is None or not permissions.can_view_decision_document(request.user, decision):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise Http404(_("No such document."))
    if not decision.document:
        raise Http404(_("This decision has no document."))
    try:
        handle = decision.document.open("rb")
    except FileNotFoundError as missing:
        raise Http404(_("No such document.")) from missing
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"{slugify(decision.reference) or 'besluit'}.pdf",
        content_type="application/pdf",
    )
