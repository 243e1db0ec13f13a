"""Search the core processes of every plan the user may see, and export what was found.

The page works without JavaScript (a GET form, plain links); with htmx the form and the
sort and page links replace only the results (the `results` partial of the template).
Filters whose value does not validate are ignored and listed above the results.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from kerntaken import permissions
from processes import sorting
from processes.filters_search import DEFAULT_ORDER, DisplayForm, ProcessSearchFilter
from processes.models import CoreProcess

RESULTS_TARGET = "search-results"
# Only the columns the results table shows: descriptions and motivations (and the
# round's introduction) would make every row that the database sorts a hundred times wider.
LIST_FIELDS = (
    "code",
    "title",
    "axis",
    "assessment",
    "final_assessment",
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


@require_safe
def process_search(request: HttpRequest) -> HttpResponse:
    search = filtered_search(request)
    display = DisplayForm.from_query(request.GET)
    paginator = Paginator(search.qs.only(*LIST_FIELDS), display.page_size)
    # get_page never fails: a page that is no number gives the first, one too far the last.
    page = paginator.get_page(request.GET.get("page"))
    current_sort = search.form.cleaned_data.get("sort") or ""
    context = {
        "filter": search,
        "display": display,
        "page": page,
        "processes": page.object_list,
        "rows": _rows(page.object_list),
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
        "problems": _problems(search.form) + display.problems,
        "columns": sorting.headers(TABLE_COLUMNS, current_sort),
        "is_filtered": any(
            value not in (None, "")
            for name, value in search.form.cleaned_data.items()
            if name != "sort"
        ),
    }
    if request.htmx and request.htmx.target == RESULTS_TARGET:
        return render(request, "processes/search.html#htmx_results", context)
    search.read_choices()  # only the whole page shows the form
    return render(request, "processes/search.html", context)


def _rows(processes) -> list[dict]:
    """The page's processes with their labels looked up once per page."""
    vocabularies = sorting.RowLabels()
    return [
        {
            **vocabularies.row(p),
            "process": p,
            "state": vocabularies.states.get(p.plan.status, p.plan.status),
        }
        for p in processes
    ]
