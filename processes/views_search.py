"""Search the core processes of every plan the user may see, and export what was found.

The page works without JavaScript (a GET form, plain links); with htmx the form and the
sort and page links replace only the results (the `results` partial of the template).
Filters whose value does not validate are ignored and listed above the results.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Max, QuerySet, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from kerntaken import fragments, permissions
from processes import filters_search, sorting
from processes.filters_search import DEFAULT_ORDER, DisplayForm, ProcessSearchFilter
from processes.models import CoreProcess

RESULTS_TARGET = "search-results"
# Only the columns the results table shows, read as plain values (no model instances):
# descriptions and motivations (and the round's introduction) would make every row that
# the database sorts a hundred times wider.
LIST_FIELDS = (
    "pk",
    "code",
    "title",
    "axis",
    "assessment",
    "final_assessment",
    "plan_id",
    "plan__status",
    "plan__domain__name",
    "plan__round__name",
    "entity__acronym",
    "entity__name",
)
# The sortable column heads, in the table's order (the round is shown with the domain).
TABLE_COLUMNS = ("code", "title", "domain", "entity", "axis", "assessment", "final", "state")


def filtered_search(request: HttpRequest) -> ProcessSearchFilter:
    if not permissions.can_search_processes(request.user):
        raise PermissionDenied
    processes = permissions.visible_processes(
        request.user, CoreProcess.objects.for_list()
    ).order_by(*DEFAULT_ORDER, "pk")
    search = ProcessSearchFilter(request.GET, queryset=processes)
    search.form.is_valid()  # validate now: the view reads `cleaned_data` and `errors`
    return search


def _problems(form) -> list[tuple[str, str]]:
    """(field label, message) for every value that was not understood."""
    return [
        (str(form.fields[name].label), str(message))
        for name, messages in form.errors.items()
        for message in messages
    ]


def fingerprint(processes: QuerySet) -> dict:
    """How many processes the search found, and a fingerprint of what their rows show (one
    query): a process's edit bumps its `version` or its `updated_at`, an added one raises
    the highest id, a removed one lowers the count; a plan's transition bumps its
    `version` and any other save its `updated_at`. The names of rounds, domains and
    entities are in the reference lists (`reference_lists`)."""
    return processes.order_by().aggregate(
        count=Count("pk"),
        versions=Sum("version"),
        last=Max("pk"),
        changed=Max("updated_at"),
        plan_versions=Sum("plan__version"),
        plan_changed=Max("plan__updated_at"),
    )


@require_safe
def process_search(request: HttpRequest) -> HttpResponse:
    search = filtered_search(request)
    display = DisplayForm.from_query(request.GET)
    reference = fragments.digest(reference_lists := filters_search.reference_lists())
    found = fingerprint(search.qs)
    # (The processes as plain values only when the rows are read: on a miss in the cache.)
    paginator = Paginator(search.qs, display.page_size)
    paginator.count = found["count"]  # (a cached property: no second count)
    # get_page never fails: a page that is no number gives the first, one too far the last.
    page = paginator.get_page(request.GET.get("page"))
    current_sort = search.form.cleaned_data.get("sort") or ""
    # Everything the results show but the rows, as plain data; the rows are read only when
    # the results are rendered afresh (kerntaken/fragments.py): the fingerprint of what
    # they show, the reference data and the page are in the key, so that a changed
    # process, plan or name shows at once.
    results = {
        "query": request.GET,
        "pages": _pages(page, paginator),
        "problems": _problems(search.form) + display.problems,
        "columns": sorting.headers(TABLE_COLUMNS, current_sort),
        "is_filtered": any(
            value not in (None, "")
            for name, value in search.form.cleaned_data.items()
            if name != "sort"
        ),
    }
    key = results | {"found": found, "reference": reference}
    context = {
        "filter": search,
        "display": display,
        "page": page,
        "processes": page.object_list,
        "problems": results["problems"],
        "results": fragments.cached(
            "processes/search.html#results",
            key,
            lambda: (
                results | {"rows": _rows(page.object_list.values_list(*LIST_FIELDS, named=True))}
            ),
        ),
    }
    if request.htmx and request.htmx.target == RESULTS_TARGET:
        # The sort field beside the results: a column head's link may have changed it.
        sort = fragments.form_fields(search.form, ("sort",))["sort"]
        context["sort_field"] = fragments.render(
            "processes/search.html#filter_field", {"field": sort, "oob": True}
        )
        return render(request, "processes/search.html#htmx_results", context)

    def filters() -> dict:
        search.read_choices(reference_lists)
        return {
            "fields": list(fragments.form_fields(search.form).values()),
            "per_page": fragments.form_fields(display)["per_page"],
        }

    # The form shows the query's values, checked against the reference data.
    filters_key = {"query": sorted(request.GET.lists()), "reference": reference}
    context["filters"] = fragments.cached("processes/search.html#filters", filters_key, filters)
    return render(request, "processes/search.html", context)


def _pages(page, paginator: Paginator) -> dict:
    """The page's place among the pages, and the pages to link to (… between)."""
    return {
        "count": paginator.count,
        "number": page.number,
        "num_pages": paginator.num_pages,
        "first": page.start_index(),
        "last": page.end_index(),
        "previous": page.previous_page_number() if page.has_previous() else None,
        "next": page.next_page_number() if page.has_next() else None,
        "range": [
            str(number)
            for number in paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
        ],
        "ellipsis": str(paginator.ELLIPSIS),
    }


def _rows(processes) -> list[dict]:
    """The page's processes as plain values, with their labels looked up once per page."""
    vocabularies = sorting.RowLabels()
    return [
        {
            **vocabularies.row(p),
            "plan_id": p.plan_id,
            "domain": p.plan__domain__name,
            "round": p.plan__round__name,
            "entity": p.entity__acronym,
            "entity_name": p.entity__name,
            "status": p.plan__status,
            "state": vocabularies.states.get(p.plan__status, p.plan__status),
        }
        for p in processes
    ]
