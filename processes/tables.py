"""The table of a plan's processes: filtered, sorted, counted, and prepared for the template.

A plan can hold a thousand processes, so everything a row shows is computed here once
per request (labels looked up in dictionaries, addresses built from one reversed
pattern, translations fetched once) and the template only prints strings. The number
of queries does not depend on the number of rows.
"""

from __future__ import annotations

from functools import cached_property
from urllib.parse import urlsplit

from django.db.models import Count, Max, Sum
from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from kerntaken import fragments, permissions
from kerntaken.statements import Statement
from plans import selectors
from plans.models import Entity, Plan
from processes import sorting
from processes.fields import labels
from processes.filters import COLUMNS, DEFAULT_SORT, PlanProcessFilter
from processes.models import Assessment, CoreProcess, TransferLevel

# The filters above the table (the sort is a hidden field of its own).
FILTER_FIELDS = ("q", "entity", "axis", "assessment")


def _counts(plan_id):
    return (
        CoreProcess.objects.filter(plan_id=plan_id)
        .order_by()
        .values_list("assessment")
        .annotate(n=Count("pk"), versions=Sum("version"), last=Max("pk"), at=Max("updated_at"))
        .values_list("assessment", "n", "versions", "last", "at")
    )


# Read on every view of a plan page: compiled once (kerntaken/statements.py).
_COUNTS = Statement(_counts, plan_id=int)


def assessment_counts(plan: Plan) -> tuple[list[dict], list]:
    """How many of the plan's processes carry each assessment, and a fingerprint of them
    all (one query).

    The fingerprint changes with every change to the plan's processes: an added one
    raises the highest id (ids are never reused), a deleted one lowers a count, and
    every change bumps the process's `version` (the services, the import, moving) or
    sets its `updated_at` to now (the admin, validation).
    """
    grouped = _COUNTS.rows(plan_id=plan.pk)
    counted = {assessment: n for assessment, n, *_rest in grouped}
    rows = [
        {"value": value, "label": label, "count": counted.get(value, 0)}
        for value, label in labels(Assessment).items()
    ]
    if counted.get(""):
        rows.append(
            {"value": "none", "label": pgettext("editor", "Not assessed yet"), "count": counted[""]}
        )
    return rows, sorted(grouped)


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


def rows(processes: list[CoreProcess]) -> list[dict]:
    """What each row prints, as plain strings and numbers."""
    vocabularies = sorting.RowLabels()
    levels = labels(TransferLevel)
    edit, move, history, dossier = (
        fragments.url_maker(name)
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


class FilteredTable:
    """The plan's processes as the filters ask, read only when a fragment is rendered
    afresh (a miss in the cache); a hit needs neither the filters nor the processes."""

    def __init__(self, plan: Plan, query: QueryDict, entities: list) -> None:
        self.plan, self.query, self.entities = plan, query, entities

    @cached_property
    def filterset(self) -> PlanProcessFilter:
        # Only what the rows print: the entity beside each process, not the plan again.
        queryset = self.plan.processes.select_related("entity").defer(
            "description", "created_at", "updated_at", "entity__kind", "entity__domain_id"
        )
        filterset = PlanProcessFilter(self.query, queryset=queryset, plan=self.plan)
        # The entities were read already: the select lists them without asking again.
        entity = filterset.form.fields["entity"]
        entity.widget.choices = [
            ("", entity.empty_label),
            *((pk, Entity.label(acronym, name)) for pk, acronym, name in self.entities),
        ]
        return filterset

    def table(self, *, can_edit: bool, can_view_history: bool, total: int) -> dict:
        filterset = self.filterset
        sort = filterset.current_sort
        return {
            "query": self.query,
            "rows": rows(list(filterset.qs)),
            "total": total,
            "headers": sorting.headers(COLUMNS, sort),
            "sorted": sort != DEFAULT_SORT,
            "is_filtered": filterset.is_filtered,
            "can_edit": can_edit,
            # Moving up and down only means something in the plan's own, unfiltered order.
            "can_move": can_edit and sort == DEFAULT_SORT and not filterset.is_filtered,
            "show_final": self.plan.status in (Plan.Status.VALIDATED, Plan.Status.APPROVED),
            "can_view_history": can_view_history,
            "labels": {
                "edit": pgettext("editor", "Edit"),
                "history": pgettext("editor", "History"),
                "dossier": _("Dossier"),
                "incomplete": pgettext("editor", "Incomplete"),
            },
        }

    def filters(self) -> dict:
        return {
            "plan_pk": self.plan.pk,
            "fields": fragments.form_fields(self.filterset.form, FILTER_FIELDS),
            "sort": self.filterset.current_sort,
        }


def process_table(request: HttpRequest, plan: Plan, query: QueryDict | None = None) -> dict:
    """What the table of processes needs: the counts and the table, rendered or cached.

    Queries: the counts per assessment (also the processes' fingerprint) and the domain's
    entities; on a miss in the cache, the filtered processes with their entities. None
    per row. What a miss built (the rows, the filters) is in the context too.
    """
    query = current_query(request, plan) if query is None else query
    counts, fingerprint = assessment_counts(plan)
    entities = selectors.domain_entities(plan.domain_id)  # (pk, acronym, name)
    filtered = FilteredTable(plan, query, entities)
    flags = {
        "can_edit": permissions.can_edit_plan(request.user, plan),
        "can_view_history": permissions.can_view_history(request.user, plan),
        "total": sum(row["count"] for row in counts),
    }
    # Everything the table shows depends on these, and changes them when it changes.
    key = {
        "plan": [plan.pk, plan.version, plan.status],
        "processes": fingerprint,
        "entities": entities,
        "query": sorted(query.lists()),
        **flags,
    }
    built: dict = {}

    def build() -> dict:
        built.update(filtered.table(**flags))
        return built

    table = fragments.cached("plans/plan_detail.html#table", key, build)
    return (
        built
        | flags
        | {
            "plan": plan,
            "query": query,
            "counts": counts,
            "table": table,
            "filtered": filtered,
        }
    )


def filter_form(context: dict) -> dict:
    """The filters above the table (only the whole page shows them), from `process_table`'s
    context: their HTML and, if they were rendered afresh, the filter itself."""
    filtered: FilteredTable = context["filtered"]
    key = {
        "plan": filtered.plan.pk,
        "entities": filtered.entities,
        "query": sorted(filtered.query.lists()),
    }
    built: dict = {}

    def build() -> dict:
        built["filter"] = filtered.filterset
        return filtered.filters()

    html = fragments.cached("plans/plan_detail.html#filters", key, build)
    return built | {"filters": html}
