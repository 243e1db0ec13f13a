"""Insight: overview figures of the plans a user may see, and what changed between versions.

Both pages only read. Their filters arrive in the query string; a value that does not
validate is reported on the page and the default is used instead.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from insight import figures as insight
from kerntaken import permissions
from plans.models import Plan, PlanVersion, Round
from plans.services import snapshot
from plans.versions import compare_snapshots, process_summary
from processes.models import CoreProcess

# ---- overview figures -----------------------------------------------------------------


class OverviewForm(forms.Form):
    round = forms.ChoiceField(label=capfirst(gettext_lazy("round")), required=False)
    state = forms.ChoiceField(
        label=gettext_lazy("Plan state"),
        choices=[("", gettext_lazy("All states")), *Plan.Status.choices],
        required=False,
    )
    basis = forms.ChoiceField(
        label=gettext_lazy("Count by"),
        choices=[
            (insight.SUBMITTED, gettext_lazy("Submitted assessment")),
            (insight.FINAL, gettext_lazy("Final assessment")),
        ],
        required=False,
    )

    def __init__(self, *args, rounds: list[Round], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["round"].choices = [("", _("All rounds"))] + [(r.slug, r.name) for r in rounds]
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select"


def _problems(form: forms.Form) -> list[tuple[str, str]]:
    """(field label, message) for every value of the address that was not understood."""
    return [
        (str(form.fields[name].label), str(message))
        for name, messages in form.errors.items()
        for message in messages
    ]


def _overview_choices(request: HttpRequest) -> tuple[OverviewForm, list, Round | None, str, str]:
    """The form to show, the problems met, and the round, state and basis to count.

    Without a round in the address the newest round is shown; "all rounds" is a choice.
    A value that does not validate is reported and replaced by its default, and the form
    shows what is counted.
    """
    rounds = list(Round.objects.order_by("-start_date"))
    newest = rounds[0] if rounds else None
    data = request.GET.copy()
    if "round" not in data and newest is not None:
        data["round"] = newest.slug
    form = OverviewForm(data, rounds=rounds)
    form.is_valid()
    if "round" in form.errors:
        round_ = newest
    else:
        round_ = next((r for r in rounds if r.slug == form.cleaned_data["round"]), None)
    state = form.cleaned_data.get("state") or ""
    basis = form.cleaned_data.get("basis") or insight.SUBMITTED
    shown = OverviewForm(
        {"round": round_.slug if round_ else "", "state": state, "basis": basis}, rounds=rounds
    )
    return shown, _problems(form), round_, state, basis


@require_safe
def overview(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_overview(request.user):
        raise PermissionDenied
    form, problems, round_, state, basis = _overview_choices(request)
    plans = permissions.visible_plans(request.user)
    if round_ is not None:
        plans = plans.filter(round=round_)
    if state:
        plans = plans.filter(status=state)
    processes = CoreProcess.objects.filter(plan__in=plans)
    figures = insight.overview_figures(processes, basis=basis)
    affected_columns = figures.affected_columns
    context = {
        "form": form,
        "problems": problems,
        "round": round_,
        "figures": figures,
        "domain_chart": insight.bubble_chart(figures.by_domain, figures.columns),
        "axis_chart": insight.bubble_chart(figures.by_axis, figures.columns),
        "fte_chart": insight.affected_chart(figures.affected, affected_columns, "fte"),
        "budget_chart": insight.affected_chart(figures.affected, affected_columns, "budget"),
        "plans": plans.for_list()
        .annotate(version_count=Count("versions"))
        .order_by("-round__start_date", "domain__position"),
    }
    return render(request, "insight/overview.html", context)


# ---- comparing versions -----------------------------------------------------------------

CURRENT = "current"


def _version_label(version: PlanVersion) -> str:
    when = date_format(timezone.localtime(version.created_at), "DATE_FORMAT")
    if version.kind == PlanVersion.Kind.DEFINITIVE:
        return _("Definitive version %(number)s of %(date)s") % {
            "number": version.number,
            "date": when,
        }
    return _("Submitted version %(number)s of %(date)s") % {"number": version.number, "date": when}


def _default_pair(versions: list[PlanVersion]) -> tuple[str, str]:
    """The first submitted version against the definitive one; without a definitive
    version, the latest submitted one against the plan as it is now."""
    submitted = [v for v in versions if v.kind == PlanVersion.Kind.SUBMITTED]
    definitive = next((v for v in versions if v.kind == PlanVersion.Kind.DEFINITIVE), None)
    if definitive is not None:
        first = submitted[0] if submitted else versions[0]
        return str(first.number), str(definitive.number)
    latest = submitted[-1] if submitted else versions[-1]
    return str(latest.number), CURRENT


class CompareForm(forms.Form):
    old = forms.ChoiceField(label=gettext_lazy("From version"), required=False)
    new = forms.ChoiceField(label=gettext_lazy("To version"), required=False)

    def __init__(self, *args, options: list[tuple[str, str]], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.choices = options
            field.widget.attrs["class"] = "form-select"


@require_safe
def plan_compare(request: HttpRequest, pk: int) -> HttpResponse:
    plan = permissions.get_plan_or_404(request.user, pk)
    versions = list(plan.versions.order_by("number"))
    context: dict = {"plan": plan, "versions": versions}
    if not versions:
        return render(request, "insight/compare.html", context)

    options = [(str(v.number), _version_label(v)) for v in versions]
    has_definitive = any(v.kind == PlanVersion.Kind.DEFINITIVE for v in versions)
    if not has_definitive:
        options.append(
            (CURRENT, _("The plan as it is now (%(state)s)") % {"state": plan.get_status_display()})
        )
    old_key, new_key = _default_pair(versions)
    asked = CompareForm(request.GET, options=options)
    asked.is_valid()
    old_key = asked.cleaned_data.get("old") or old_key
    new_key = asked.cleaned_data.get("new") or new_key
    form = CompareForm({"old": old_key, "new": new_key}, options=options)

    by_key = {str(v.number): v for v in versions}
    labels = dict(options)

    def data(key: str) -> dict:
        return snapshot(plan) if key == CURRENT else by_key[key].data

    new_data = data(new_key)
    old_data = new_data if old_key == new_key else data(old_key)
    comparison = compare_snapshots(old_data, new_data)
    context |= {
        "form": form,
        "problems": _problems(asked),
        "old_label": labels[old_key],
        "new_label": labels[new_key],
        "same_version": old_key == new_key,
        "comparison": comparison,
        "added": [process_summary(p) for p in comparison.added],
        "removed": [process_summary(p) for p in comparison.removed],
    }
    return render(request, "insight/compare.html", context)
