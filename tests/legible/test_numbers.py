"""Numbers grouped by thousands where they are shown (3.400,0; 104.000), in the active
language, and never where a number becomes part of an id, a URL or a form value."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from kerntaken.templatetags.formatting import grouped
from plans.history import display
from processes.models import CoreProcess
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "value", "shown"),
    [
        ("nl-be", Decimal("3400.0"), "3.400,0"),
        ("nl-be", 104000, "104.000"),
        ("nl-be", Decimal("1.50"), "1,50"),
        ("nl-be", 999, "999"),
        ("nl-be", Decimal("1234567.5"), "1.234.567,5"),
        ("en", Decimal("3400.0"), "3,400.0"),
        ("en", 104000, "104,000"),
    ],
)
def test_numbers_are_grouped_in_the_active_language(language, value, shown):
    with translation.override(language):
        assert grouped(value) == shown
        assert Template("{% load formatting %}{{ n|number }}").render(Context({"n": value})) == (
            shown
        )


def test_number_filter_rounds_to_the_places_asked_for():
    with translation.override("nl-be"):
        rendered = Template("{% load formatting %}{{ n|number:1 }}").render(Context({"n": 3400.04}))
    assert rendered == "3.400,0"


@pytest.mark.parametrize("value", [None, "", "geen getal", True])
def test_number_filter_leaves_empty_and_non_numbers_alone(value):
    assert grouped(value) == ("" if value in (None, "") else str(value))


def test_grouping_is_not_switched_on_globally(settings):
    """Ids and URLs print plain numbers: a pk of 1234 stays 1234 in an address."""
    assert not settings.USE_THOUSAND_SEPARATOR
    with translation.override("nl-be"):
        assert Template("{{ n }}").render(Context({"n": 1234})) == "1234"


@pytest.fixture
def big(plan, entity):
    return factories.CoreProcessFactory(
        plan=plan, entity=entity, code="G-1", fte=Decimal("1250.50"), budget=Decimal("104000.0")
    )


def test_plan_page_groups_staff_and_budget(client, editor, plan, big):
    client.force_login(editor)
    content = client.get(reverse("plans:plan_detail", kwargs={"pk": plan.pk})).content.decode()
    assert '<td class="text-end">1.250,50</td>' in content
    assert '<td class="text-end">104.000,0</td>' in content
    # The process's own address keeps its plain number.
    assert f'id="process-{big.pk}"' in content


def test_plan_page_groups_the_counts(client, editor, plan, entity):
    CoreProcess.objects.bulk_create(
        CoreProcess(
            plan=plan, entity=entity, code=f"N-{n}", title=f"Proces {n}", axis="other",
            assessment="keep", position=n,
        )
        for n in range(1, 1003)
    )  # fmt: skip
    client.force_login(editor)
    content = client.get(reverse("plans:plan_detail", kwargs={"pk": plan.pk})).content.decode()
    assert "1.002 kernprocessen, per beoordeling" in content
    assert "1.002 van 1.002 kernprocessen getoond" in content
    assert re.search(r"Behouden in huidige vorm: <strong>1\.002</strong>", content)


def test_plan_page_groups_in_english_with_commas(client, editor, plan, big):
    client.force_login(editor)
    client.cookies["django_language"] = "en"
    content = client.get(reverse("plans:plan_detail", kwargs={"pk": plan.pk})).content.decode()
    assert '<td class="text-end">104,000.0</td>' in content


def test_history_shows_grouped_numbers():
    with translation.override("nl-be"):
        assert display(CoreProcess, "budget", Decimal("3400.0"), {}) == "3.400,0"
