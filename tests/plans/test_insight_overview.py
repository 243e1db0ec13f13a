"""Overview figures (/inzicht/): counts, FTE and budget of the plans the user may see."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from insight.figures import FINAL, SUBMITTED
from processes.models import CoreProcess
from tests import factories
from tests.insight_world import amended_to_keep, build_world, process

pytestmark = pytest.mark.django_db

URL = reverse("insight:overview")


@pytest.fixture
def world(plan, other_plan, group, member, outsider, advance):
    return build_world(plan=plan, other_plan=other_plan, advance=advance)


def figures_for(client, user, query: str = ""):
    client.force_login(user)
    response = client.get(URL + query)
    assert response.status_code == 200
    return response.context["figures"]


def by_domain(figures) -> dict[str, dict[str, int]]:
    codes = [c.code for c in figures.columns]
    return {
        row.label: {code: n for code, n in zip(codes, row.counts, strict=True) if n}
        for row in figures.by_domain
    }


# ---- who sees which figures ----------------------------------------------------------------


def test_anonymous_is_sent_to_sign_in(client, world):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_overview_refuses_post(client, world, viewer):
    client.force_login(viewer)
    assert client.post(URL).status_code == 405


def test_viewer_counts_only_approved_plans(client, world, viewer):
    figures = figures_for(client, viewer)
    assert by_domain(figures) == {
        "Financiën en Begroting": {"phase_out": 1, "keep": 1, "optimise": 1}
    }
    assert figures.total == 3


def test_member_counts_their_groups_plans_and_approved_ones(client, world, member):
    counted = by_domain(figures_for(client, member))
    assert set(counted) == {"Onderwijs en Vorming", "Financiën en Begroting"}


def test_outsider_does_not_count_another_groups_draft(client, world, outsider):
    counted = by_domain(figures_for(client, outsider))
    assert set(counted) == {"Welzijn, Volksgezondheid en Gezin", "Financiën en Begroting"}


def test_coordinator_counts_every_plan(client, world, coordinator):
    assert by_domain(figures_for(client, coordinator)) == {
        "Onderwijs en Vorming": {"keep": 1, "phase_out": 1, "transfer": 1},
        "Welzijn, Volksgezondheid en Gezin": {"keep": 1},
        "Financiën en Begroting": {"phase_out": 1, "keep": 1, "optimise": 1},
    }


def test_viewer_does_not_see_draft_plans_listed(client, world, viewer):
    client.force_login(viewer)
    plans = list(client.get(URL).context["plans"])
    assert plans == [world.approved]


# ---- the figures ---------------------------------------------------------------------------


def test_counts_per_axis_and_assessment(client, world, coordinator):
    figures = figures_for(client, coordinator)
    codes = [c.code for c in figures.columns]
    axes = {row.label: dict(zip(codes, row.counts, strict=True)) for row in figures.by_axis}
    assert axes["Subsidies"]["phase_out"] == 2
    assert axes["Vergunningen en erkenningen"]["keep"] == 1
    assert axes["Vergunningen en erkenningen"]["optimise"] == 1
    assert sum(figures.axis_totals) == figures.total == 7


def test_fte_and_budget_affected_by_phase_out_and_transfer(client, world, coordinator):
    figures = figures_for(client, coordinator)
    rows = {row.label: row for row in figures.affected}
    ov = rows["Onderwijs en Vorming"]
    assert ov.fte == {"phase_out": Decimal("3"), "transfer": Decimal("1.5")}
    assert ov.budget == {"phase_out": Decimal("100"), "transfer": Decimal("0")}
    total = figures.affected_total
    assert total.fte_total == Decimal("9")  # 3 + 1.5 (OV) + 4.5 (FB)
    assert total.budget_total == Decimal("300")
    assert not rows["Welzijn, Volksgezondheid en Gezin"].is_affected


def test_final_basis_counts_unvalidated_processes_apart(client, world, coordinator):
    figures = figures_for(client, coordinator, "?basis=final")
    assert figures.basis == FINAL
    assert by_domain(figures)["Onderwijs en Vorming"] == {"": 3}
    assert by_domain(figures)["Financiën en Begroting"] == {
        "phase_out": 1,
        "keep": 1,
        "optimise": 1,
    }
    assert figures.columns[-1].label == "Nog niet gevalideerd"


def test_final_basis_follows_an_amended_assessment(client, coordinator, plan, editor):
    process(plan, "A-1", assessment="phase_out", motivation="Afbouwen.")
    amended_to_keep(plan, to="validated", editor=editor, coordinator=coordinator)
    assert by_domain(figures_for(client, coordinator, "?basis=final")) == {
        plan.domain.name: {"keep": 1}
    }
    assert by_domain(figures_for(client, coordinator, "?basis=submitted")) == {
        plan.domain.name: {"phase_out": 1}
    }


def test_state_filter(client, world, coordinator):
    figures = figures_for(client, coordinator, "?state=draft")
    assert set(by_domain(figures)) == {"Onderwijs en Vorming", "Welzijn, Volksgezondheid en Gezin"}


def test_newest_round_is_shown_by_default_and_all_rounds_on_request(
    client, world, coordinator, domain
):
    later = factories.RoundFactory(
        slug="2019-2020",
        name="Kerntakenplannen 2019–2020",
        start_date="2019-09-01",
        submission_deadline="2020-01-31",
    )
    process(factories.PlanFactory(domain=domain, round=later), "NEW-1")
    assert figures_for(client, coordinator).total == 1
    assert figures_for(client, coordinator, "?round=2014-2015").total == 7
    assert figures_for(client, coordinator, "?round=").total == 8


# ---- bad input and empty states -----------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["?round=no-such-round", "?state=deleted", "?basis=everything", "?round=%00"]
)
def test_nonsense_choice_is_reported_and_the_default_used(client, world, coordinator, query):
    client.force_login(coordinator)
    response = client.get(URL + query)
    assert response.status_code == 200
    assert response.context["problems"]
    assert response.context["figures"].total == 7
    assert response.context["figures"].basis == SUBMITTED


def test_form_shows_the_round_actually_counted_after_a_bad_value(client, world, coordinator):
    client.force_login(coordinator)
    html = client.get(URL + "?round=nope").content.decode()
    assert re.search(r'<option value="2014-2015" selected>', html)


def test_no_processes_says_so(client, db, viewer, round_):
    client.force_login(viewer)
    response = client.get(URL)
    assert response.status_code == 200
    assert "Geen kernprocessen voldoen aan deze keuzes" in response.content.decode()


def test_works_without_any_round(client, db, viewer):
    client.force_login(viewer)
    assert client.get(URL).status_code == 200


# ---- the page: charts with their tables, and its queries ------------------------------------


def test_every_chart_is_an_accessible_image_with_a_table_beside_it(client, world, coordinator):
    client.force_login(coordinator)
    html = client.get(URL).content.decode()
    charts = re.findall(r"<svg [^>]*>", html)
    assert len(charts) == 4
    for svg in charts:
        assert 'role="img"' in svg
        ids = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
        for id_ in ids:
            assert f'id="{id_}"' in html
    assert html.count("<caption>") >= 3
    assert "style=" not in html and "<script>" not in html
    assert "{#" not in html and "{%" not in html


def test_numbers_are_written_the_belgian_way(client, world, coordinator):
    client.force_login(coordinator)
    html = client.get(URL).content.decode()
    assert "1,50" in html  # OV-3's FTE for transfer


def _volume(plan, count: int) -> None:
    entity = factories.EntityFactory(domain=plan.domain)
    CoreProcess.objects.bulk_create(
        CoreProcess(
            plan=plan,
            entity=entity,
            code=f"V-{n:04d}",
            title=f"Proces {n}",
            axis="subsidies",
            assessment="phase_out",
            motivation="Afbouwen.",
            fte=Decimal("1.25"),
            budget=Decimal("10"),
        )
        for n in range(count)
    )


# Session, user, the user's groups (permission module), the rounds, the two aggregates (domain ×
# assessment with the sums; axis × assessment), the plans with their number of versions; the
# header's count of unread notifications. The session is not saved (renewed at sign-in, less
# than a minute ago).
OVERVIEW_QUERIES = 8


@pytest.mark.parametrize("count", [1, 400])
def test_overview_query_count_does_not_grow_with_processes(
    client, coordinator, plan, other_plan, count, django_assert_num_queries
):
    _volume(plan, count)
    _volume(other_plan, count)
    client.force_login(coordinator)
    with django_assert_num_queries(OVERVIEW_QUERIES):
        response = client.get(URL + "?basis=final")
    assert response.context["figures"].total == 2 * count
