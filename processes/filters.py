"""The filters and sorting above a plan's table of processes (django-filter).

The sort keys and what they order by come from `processes.sorting`, shared with the search.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import F, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from plans.models import Entity, Plan
from processes import sorting
from processes.models import Assessment, Axis

NOT_ASSESSED = "none"

# The plan's own order is the default; it has no column of its own.
DEFAULT_SORT = "position"
# The sortable columns of the plan's table, in its order.
COLUMNS = ("code", "title", "entity", "axis", "assessment", "fte", "budget")
# Within equal values, the plan's own order.
THEN = (F("position").asc(), F("code").asc())


class PlanProcessFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=pgettext_lazy("editor", "Search text"),
        method="search",
        widget=forms.TextInput(attrs={"type": "search"}),
        max_length=200,
    )
    entity = django_filters.ModelChoiceFilter(
        label=_("Entity"),
        queryset=Entity.objects.none(),
        empty_label=pgettext_lazy("editor", "All entities"),
    )
    axis = django_filters.ChoiceFilter(
        label=_("Axis"), choices=Axis.choices, empty_label=pgettext_lazy("editor", "All axes")
    )
    assessment = django_filters.ChoiceFilter(
        label=_("Assessment"),
        choices=[(NOT_ASSESSED, pgettext_lazy("editor", "Not assessed yet")), *Assessment.choices],
        empty_label=pgettext_lazy("editor", "All assessments"),
        method="by_assessment",
    )
    sort = django_filters.ChoiceFilter(
        label=pgettext_lazy("editor", "Sort by"),
        choices=[(prefix + key, key) for key in (DEFAULT_SORT, *COLUMNS) for prefix in ("", "-")],
        method="sort_by",
        widget=forms.HiddenInput,
    )

    def __init__(self, data=None, *args, plan: Plan, **kwargs) -> None:
        super().__init__(data, *args, **kwargs)
        self.filters["entity"].queryset = plan.domain.entities.order_by("acronym")
        for name, form_field in self.form.fields.items():
            css = "form-select" if name in ("entity", "axis", "assessment") else "form-control"
            form_field.widget.attrs["class"] = css

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(code__icontains=value)
            | Q(title__icontains=value)
            | Q(description__icontains=value)
            | Q(motivation__icontains=value)
        )

    def by_assessment(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(assessment="" if value == NOT_ASSESSED else value)

    def sort_by(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # Applied in `filter_queryset` instead, so that an empty value still sorts.
        return queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        return queryset.order_by(*self.ordering())

    @property
    def current_sort(self) -> str:
        """The sort in force: a column's key (or the default), '-' in front for descending."""
        return self._cleaned().get("sort") or DEFAULT_SORT

    def _cleaned(self) -> dict:
        # The valid part of the filters; an invalid one is shown with its error and ignored.
        if not self.is_bound:
            return {}
        self.form.is_valid()
        return self.form.cleaned_data

    def ordering(self) -> list:
        return sorting.order_by(self.current_sort, then=THEN)

    @property
    def is_filtered(self) -> bool:
        """Whether any filter (not the sorting) narrows the list."""
        data = self._cleaned()
        return any(data.get(name) for name in ("q", "entity", "axis", "assessment"))
