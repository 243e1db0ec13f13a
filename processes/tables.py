"""The table of a plan's processes: filtered, sorted, counted, and prepared for the template.

A plan can hold a thousand processes, so everything a row shows is computed here once
per request (labels looked up in dictionaries, addresses built from one reversed
pattern, translations fetched once) and the template only prints strings. The number
of queries does not depend on the number of rows.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.db.models import Count
from django.http import HttpRequest, QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from kerntaken import permissions
from plans.models import Plan
from processes import sorting
from processes.fields import labels
from processes.filters import COLUMNS, DEFAULT_SORT, PlanProcessFilter
from processes.models import Assessment, CoreProcess, TransferLevel

# Stands in for the primary key when a process URL is reversed once for all rows.
_PK = 2_147_483_647


def assessment_counts(plan: Plan) -> list[dict]:
    """How many of the plan's processes carry each assessment (one query)."""
    counted = dict(
        plan.processes.order_by()
        .values_list("assessment")
        .annotate(n=Count("pk"))
        .values_list("assessment", "n")
    )
    rows = [
        {"value": value, "label": label, "count": counted.get(value, 0)}
        for value, label in labels(Assessment).items()
    ]
    if counted.get(""):
        rows.append(
            {"value": "none", "label": pgettext("editor", "Not assessed yet"), "count": counted[""]}
        )
    return rows


def current_query(request: HttpRequest, plan: Plan) -> QueryDict:
    """The filters of the plan page the user looks at.

    A full page request carries them itself; an htmx request made from the plan page
    (adding, editing, moving) finds them in the page's address (HX-Current-URL).
    """
    if request.method == "GET" and request.path == plan.get_absolute_url():
        return request.GET
    current = getattr(request, "htmx", None) and request.htmx.current_url
    if current:
        parts = urlsplit(current)
        if parts.path == plan.get_absolute_url():
            return QueryDict(parts.query)
    return QueryDict()


def _url_maker(name: str):
    pattern = reverse(name, kwargs={"pk": _PK})
    head, tail = pattern.split(str(_PK))
    return lambda pk: f"{head}{pk}{tail}"


def rows(processes: list[CoreProcess]) -> list[dict]:
    """What each row prints, as plain strings and numbers."""
    vocabularies = sorting.RowLabels()
    levels = labels(TransferLevel)
    edit, move, history, dossier = (
        _url_maker(name)
        for name in (
            "processes:process_update",
            "processes:process_move",
            "processes:process_history",
            "followup:process_dossier",
        )
    )
    up, down = _("Move %(code)s up"), _("Move %(code)s down")
    return [
        {
            **vocabularies.row(p),
            "entity": p.entity.acronym,
            "entity_name": p.entity.name,
            "transfer_level": levels.get(p.transfer_level, ""),
            "fte": "" if p.fte is None else p.fte,
            "budget": "" if p.budget is None else p.budget,
            "missing": ", ".join(p.missing),
            "edit_url": edit(p.pk),
            "move_url": move(p.pk),
            "history_url": history(p.pk),
            "dossier_url": dossier(p.pk),
            "up": up % {"code": p.code},
            "down": down % {"code": p.code},
        }
        for p in processes
    ]


def process_table(request: HttpRequest, plan: Plan, query: QueryDict | None = None) -> dict:
    """What the table of processes needs: the filtered, sorted rows and the counts.

    Queries: the plan's processes with their entities, one aggregate for the counts and,
    while rendering, the entities of the filter. None per row.
    """
    query = current_query(request, plan) if query is None else query
    # Only what the rows print: the entity beside each process, not the plan again.
    queryset = plan.processes.select_related("entity").defer(
        "description", "created_at", "updated_at", "entity__kind", "entity__domain_id"
    )
    filterset = PlanProcessFilter(query, queryset=queryset, plan=plan)
    processes = list(filterset.qs)
    counts = assessment_counts(plan)
    can_edit = permissions.can_edit_plan(request.user, plan)
    sort = filterset.current_sort
    return {
        "plan": plan,
        "filter": filterset,
        "query": query,
        "rows": rows(processes),
        "counts": counts,
        "total": sum(row["count"] for row in counts),
        "headers": sorting.headers(COLUMNS, sort),
        "sorted": sort != DEFAULT_SORT,
        "can_edit": can_edit,
        # Moving up and down only means something in the plan's own, unfiltered order.
        "can_move": can_edit and sort == DEFAULT_SORT and not filterset.is_filtered,
        "show_final": plan.status in (Plan.Status.VALIDATED, Plan.Status.APPROVED),
        "can_view_history": permissions.can_view_history(request.user, plan),
        "labels": {
            "edit": pgettext("editor", "Edit"),
            "history": pgettext("editor", "History"),
            "dossier": _("Dossier"),
            "incomplete": pgettext("editor", "Incomplete"),
        },
    }
