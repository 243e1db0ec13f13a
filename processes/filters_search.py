"""The filters of the process search (SPEC §6, "everyone signed in").

Every value arrives in the query string, so every value may be nonsense: a filter whose
value does not validate is left out (django-filter drops it from `cleaned_data`) and the
view reports it; nothing here raises on bad input.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import CharField, F, IntegerField, Q, QuerySet, Value
from django.db.models.functions import Cast, ExtractDay, ExtractMonth, ExtractYear
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from kerntaken.statements import Statement
from plans.models import Entity, Plan, PolicyDomain, Round
from processes import sorting
from processes.models import Assessment, Axis, CoreProcess
from processes.sorting import SORTS

# The value of the assessment filters that means "not (yet) assessed".
NONE = "none"
# At most this many words of the text filter count; the rest is ignored.
MAX_WORDS = 8
PAGE_SIZES = (25, 50, 100, 200)
# The lists of choices read from the reference data, in the order of the filters.
REFERENCE_LISTS = ("round", "domain", "entity")
DEFAULT_PAGE_SIZE = 50


# The sort keys the search accepts (see `processes.sorting`).
SEARCH_SORTS = (
    "round",
    "domain",
    "entity",
    "code",
    "title",
    "axis",
    "assessment",
    "final",
    "state",
)
# Without a chosen sort: newest round first, then the domains and each plan's own order.
DEFAULT_ORDER = [
    F("plan__round__start_date").desc(),
    F("plan__domain__position").asc(),
    F("plan_id").asc(),
    F("position").asc(),
    F("code").asc(),
]


def _descending(label) -> str:
    return gettext("%(column)s (descending)") % {"column": label}


# Translated when shown, in the language of the request.
SORT_CHOICES = [
    choice
    for key in SEARCH_SORTS
    for label in (SORTS[key].label,)
    for choice in ((key, label), (f"-{key}", lazy(_descending, str)(label)))
]


def order_by(sort: str | None) -> list:
    """The ORDER BY of a sort key; a primary-key tie-breaker keeps pages stable."""
    if not sort:
        return [*DEFAULT_ORDER, F("pk").asc()]
    return sorting.order_by(sort, then=[F("pk").asc()])


def _assessment_choices(none_label) -> list[tuple[str, str]]:
    return [*Assessment.choices, (NONE, none_label)]


def _reference_rows() -> QuerySet:
    """(list, order, tie, value, label, domain code) of every round, domain and entity."""
    text, number = CharField(), IntegerField()

    def part(queryset: QuerySet, rank: int, order, tie: str, value, label: str, extra=""):
        return (
            queryset.order_by()
            .annotate(
                list_rank=Value(rank, output_field=number),
                list_order=order,
                list_tie=F(tie),
                list_value=value,
                list_label=F(label),
                list_extra=Value(extra, output_field=text) if isinstance(extra, str) else extra,
            )
            .values_list(
                "list_rank", "list_order", "list_tie", "list_value", "list_label", "list_extra"
            )
        )

    # Newest round first (a later start gives a smaller number), the domains in their
    # order, the entities by their domain's order and acronym: as each list was ordered.
    start = "start_date"
    newest_first = -(ExtractYear(start) * 10000 + ExtractMonth(start) * 100 + ExtractDay(start))
    return (
        part(Round.objects, 0, newest_first, "slug", F("slug"), "name")
        .union(
            part(PolicyDomain.objects, 1, F("position"), "name", F("code"), "name"),
            part(
                Entity.objects,
                2,
                F("domain__position"),
                "acronym",
                Cast("pk", output_field=text),
                "name",
                F("domain__code"),
            ),
            all=True,
        )
        .order_by("list_rank", "list_order", "list_tie")
    )


_REFERENCE_ROWS = Statement(_reference_rows)


def reference_lists() -> dict[str, list[tuple[str, str]]]:
    """The choices of the round, domain and entity filters, {list: [(value, label)]}, in the
    order of each list, read in one query (compiled once) as plain values, no model
    instances. They are all the reference data a search page shows, so they are also part
    of its cache keys."""
    lists: dict[str, list[tuple[str, str]]] = {name: [] for name in REFERENCE_LISTS}
    for rank, _order, acronym, value, name, domain_code in _REFERENCE_ROWS.rows():
        if rank == 2:
            name = entity_choice_label(domain_code, acronym, name)
        lists[REFERENCE_LISTS[int(rank)]].append((str(value), name))
    return lists


def entity_choice_label(domain_code: str, acronym: str, name: str) -> str:
    """How the entity filter names an entity: its domain's code first."""
    return f"{domain_code} · {Entity.label(acronym, name)}"


class EntityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Entity) -> str:
        return entity_choice_label(obj.domain.code, obj.acronym, obj.name)


class EntityFilter(django_filters.ModelChoiceFilter):
    field_class = EntityChoiceField


class ProcessSearchFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=pgettext_lazy("process search", "Text"),
        method="filter_text",
        max_length=200,
        help_text=_("Searches code, title, description and motivation."),
    )
    round = django_filters.ModelChoiceFilter(
        label=capfirst(_("round")),
        field_name="plan__round",
        queryset=Round.objects.order_by("-start_date"),
        to_field_name="slug",
        empty_label=_("All rounds"),
    )
    domain = django_filters.ModelChoiceFilter(
        label=_("Policy domain"),
        field_name="plan__domain",
        queryset=PolicyDomain.objects.order_by("position", "name"),
        to_field_name="code",
        empty_label=_("All policy domains"),
    )
    entity = EntityFilter(
        label=_("Entity"),
        queryset=Entity.objects.select_related("domain").order_by("domain__position", "acronym"),
        empty_label=_("All entities"),
    )
    axis = django_filters.ChoiceFilter(
        label=_("Axis"), choices=Axis.choices, empty_label=_("All axes")
    )
    assessment = django_filters.ChoiceFilter(
        label=_("Assessment"),
        choices=_assessment_choices(_("Not assessed yet")),
        method="filter_assessment",
        empty_label=_("All assessments"),
    )
    final = django_filters.ChoiceFilter(
        label=_("Final assessment"),
        field_name="final_assessment",
        choices=_assessment_choices(_("Not validated yet")),
        method="filter_assessment",
        empty_label=_("All final assessments"),
    )
    state = django_filters.ChoiceFilter(
        label=_("Plan state"),
        field_name="plan__status",
        choices=Plan.Status.choices,
        empty_label=_("All states"),
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=SORT_CHOICES,
        method="filter_sort",
        empty_label=_("Round, policy domain and order in the plan"),
    )

    class Meta:
        model = CoreProcess
        fields: list[str] = []

    def get_form_class(self) -> type[forms.Form]:
        """django-filter builds a new form class, with new fields, for every search; they
        are the same every time (the labels are translated when shown, and every form
        copies its fields), so the class is built once."""
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.form.fields.items():
            css = "form-control" if name == "q" else "form-select"
            field.widget.attrs["class"] = css
        self.form.fields["q"].widget.input_type = "search"

    def read_choices(self, reference: dict[str, list[tuple[str, str]]]) -> None:
        """The lists of rounds, domains and entities as `reference_lists()` read them (the
        template writes the options out itself, and its loop would count them first)."""
        for name in REFERENCE_LISTS:
            field = self.form.fields[name]
            field.widget.choices = [("", field.empty_label), *reference[name]]

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Every word must occur in the code, title, description or motivation."""
        for word in value.split()[:MAX_WORDS]:
            queryset = queryset.filter(
                Q(code__icontains=word)
                | Q(title__icontains=word)
                | Q(description__icontains=word)
                | Q(motivation__icontains=word)
            )
        return queryset

    def filter_assessment(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        field = "final_assessment" if name == "final_assessment" else "assessment"
        return queryset.filter(**{field: "" if value == NONE else value})

    def filter_sort(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.order_by(*order_by(value))


class DisplayForm(forms.Form):
    """How many rows a page shows: one of a few sizes, never what the URL asks."""

    per_page = forms.TypedChoiceField(
        label=_("Rows per page"),
        choices=[(size, size) for size in PAGE_SIZES],
        coerce=int,
        required=False,
        empty_value=DEFAULT_PAGE_SIZE,
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["per_page"].widget.attrs["class"] = "form-select"
        self.problems: list[tuple[str, str]] = []

    @classmethod
    def from_query(cls, query) -> DisplayForm:
        """The form as it should be shown: the size in use selected, bad values reported."""
        asked = cls(query)
        size = asked.cleaned_data["per_page"] if asked.is_valid() else DEFAULT_PAGE_SIZE
        shown = cls({"per_page": size})
        shown.is_valid()
        shown.problems = [
            (str(asked.fields[name].label), str(message))
            for name, messages in asked.errors.items()
            for message in messages
        ]
        return shown

    @property
    def page_size(self) -> int:
        return self.cleaned_data["per_page"]
