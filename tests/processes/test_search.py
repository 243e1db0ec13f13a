"""Process search (/zoeken/): who finds what, every filter, sorting, paging, bad input."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from processes.models import CoreProcess
from tests import factories
from tests.insight_world import ALL_CODES, build_world, process

pytestmark = pytest.mark.django_db

URL = reverse("processes:process_search")


@pytest.fixture
def world(plan, other_plan, group, member, outsider, advance):
    return build_world(plan=plan, other_plan=other_plan, advance=advance)


def codes_found(client, user, query: str = "") -> set[str]:
    client.force_login(user)
    response = client.get(URL + query)
    assert response.status_code == 200
    return {p.code for p in response.context["processes"]}


def found_in_order(client, user, query: str) -> list[str]:
    client.force_login(user)
    return [p.code for p in client.get(URL + query).context["processes"]]


# ---- who finds what --------------------------------------------------------------------


def test_anonymous_is_sent_to_sign_in(client, world):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_viewer_finds_only_processes_of_approved_plans(client, world, viewer):
    assert codes_found(client, viewer) == {"FB-1", "FB-2", "FB-3"}


def test_member_finds_their_groups_plans_and_approved_ones(client, world, member):
    assert codes_found(client, member) == {"OV-1", "OV-2", "OV-3", "FB-1", "FB-2", "FB-3"}


def test_member_of_another_group_does_not_find_this_groups_draft(client, world, outsider):
    assert codes_found(client, outsider) == {"WVG-1", "FB-1", "FB-2", "FB-3"}


def test_editor_finds_own_domain_and_approved_plans(client, world, editor):
    assert codes_found(client, editor) == {"OV-1", "OV-2", "OV-3", "FB-1", "FB-2", "FB-3"}


def test_coordinator_finds_every_process(client, world, coordinator):
    assert codes_found(client, coordinator) == ALL_CODES


def test_filtering_on_an_invisible_domain_reveals_nothing(client, world, viewer):
    assert codes_found(client, viewer, "?domain=ov") == set()


def test_search_refuses_post(client, world, viewer):
    client.force_login(viewer)
    assert client.post(URL).status_code == 405


# ---- each filter -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?domain=fb", {"FB-1", "FB-2", "FB-3"}),
        ("?axis=subsidies", {"OV-2", "FB-1"}),
        ("?assessment=phase_out", {"OV-2", "FB-1"}),
        ("?assessment=transfer", {"OV-3"}),
        ("?final=optimise", {"FB-3"}),
        ("?final=none", {"OV-1", "OV-2", "OV-3", "WVG-1"}),
        ("?state=approved", {"FB-1", "FB-2", "FB-3"}),
        ("?state=draft", {"OV-1", "OV-2", "OV-3", "WVG-1"}),
        ("?round=2014-2015", ALL_CODES),
        ("?q=subsidi", {"OV-2", "FB-1"}),
        ("?q=jeugdverenigingen", {"FB-1"}),
        ("?q=fb-3", {"FB-3"}),
        ("?q=kerntaak", {"FB-2"}),
        ("?q=subsidi+jeugd", {"FB-1"}),
        ("?assessment=phase_out&state=draft", {"OV-2"}),
    ],
)
def test_each_filter_narrows_the_result(client, world, coordinator, query, expected):
    assert codes_found(client, coordinator, query) == expected


def test_assessment_none_finds_processes_not_assessed_yet(client, world, coordinator):
    process(world.draft, "OV-4", assessment="", motivation="")
    assert codes_found(client, coordinator, "?assessment=none") == {"OV-4"}


def test_entity_filter_by_id(client, world, coordinator):
    entity = world.approved.processes.get(code="FB-1").entity
    assert codes_found(client, coordinator, f"?entity={entity.pk}") == {"FB-1", "FB-2", "FB-3"}


def test_round_filter_excludes_other_rounds(client, world, coordinator, domain):
    later = factories.RoundFactory(slug="2019-2020", name="Kerntakenplannen 2019–2020")
    process(factories.PlanFactory(domain=domain, round=later), "OV-NEW")
    assert codes_found(client, coordinator, "?round=2019-2020") == {"OV-NEW"}
    assert "OV-NEW" not in codes_found(client, coordinator, "?round=2014-2015")


# ---- sorting and paging ------------------------------------------------------------------


def test_default_order_is_domain_then_order_in_the_plan(client, world, coordinator):
    codes = found_in_order(client, coordinator, "")
    assert codes.index("OV-1") < codes.index("OV-2") < codes.index("OV-3")


def test_sort_by_code_descending(client, world, coordinator):
    assert found_in_order(client, coordinator, "?sort=-code") == sorted(ALL_CODES, reverse=True)


def test_sort_by_assessment_follows_the_vocabulary_not_the_alphabet(client, world, coordinator):
    codes = found_in_order(client, coordinator, "?sort=assessment&domain=fb")
    assert codes == ["FB-1", "FB-3", "FB-2"]  # phase-out, optimise, keep


def test_column_head_links_keep_the_filters_and_reset_the_page(client, world, coordinator):
    client.force_login(coordinator)
    response = client.get(URL + "?axis=subsidies&page=1&sort=code")
    html = response.content.decode()
    assert 'href="?axis=subsidies&amp;sort=-code"' in html
    assert 'aria-sort="ascending"' in html


def test_pages_split_the_result(client, coordinator, plan):
    for number in range(30):
        process(plan, f"X-{number:02d}")
    first = found_in_order(client, coordinator, "?sort=code&per_page=25")
    second = found_in_order(client, coordinator, "?sort=code&per_page=25&page=2")
    assert len(first) == 25
    assert len(second) == 5
    assert not set(first) & set(second)


# ---- bad input: ignored and reported, never a 500 -----------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "?domain=NOPE",
        "?round=no-such-round",
        "?entity=abc",
        "?entity=999999",
        "?entity=99999999999999999999999999",
        "?entity=-1",
        "?axis=diagonal",
        "?assessment=maybe",
        "?final=%00",
        "?state=deleted",
        "?sort=password",
        "?sort=-plan__domain__editors__password",
        "?per_page=1000000",
        "?per_page=x",
    ],
)
def test_nonsense_filter_is_ignored_and_reported(client, world, coordinator, query):
    client.force_login(coordinator)
    response = client.get(URL + query)
    assert response.status_code == 200
    assert response.context["problems"], "the bad value is reported"
    assert {p.code for p in response.context["processes"]} == ALL_CODES
    assert 'id="search-problems"' in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-3", "abc", "1e309", "99999999999999999999999", "2.5"])
def test_impossible_page_number_shows_a_real_page(client, world, coordinator, page):
    client.force_login(coordinator)
    response = client.get(URL + f"?page={page}")
    assert response.status_code == 200
    assert {p.code for p in response.context["processes"]} == ALL_CODES


def test_overlong_text_is_reported_not_searched(client, world, coordinator):
    client.force_login(coordinator)
    response = client.get(URL + "?q=" + "a" * 5000)
    assert response.status_code == 200
    assert response.context["problems"]


def test_a_valid_filter_still_applies_beside_a_bad_one(client, world, coordinator):
    assert codes_found(client, coordinator, "?domain=fb&axis=diagonal") == {"FB-1", "FB-2", "FB-3"}


def test_page_size_shown_is_the_one_used(client, world, coordinator):
    client.force_login(coordinator)
    response = client.get(URL + "?per_page=7")
    assert response.context["display"].page_size == 50
    assert '<option value="50" selected>' in response.content.decode()


def test_template_comments_do_not_reach_the_page(client, world, coordinator):
    client.force_login(coordinator)
    html = client.get(URL).content.decode()
    assert "{#" not in html and "{%" not in html


def test_no_result_says_so(client, world, coordinator):
    client.force_login(coordinator)
    response = client.get(URL + "?q=zzzzzz")
    assert "Geen kernproces voldoet aan deze filters." in response.content.decode()


# ---- htmx and query counts ---------------------------------------------------------------


def test_htmx_request_gets_only_the_results(client, world, coordinator):
    client.force_login(coordinator)
    response = client.get(
        URL + "?axis=subsidies", headers={"HX-Request": "true", "HX-Target": "search-results"}
    )
    html = response.content.decode()
    assert "<html" not in html
    assert "OV-2" in html and "FB-1" in html
    assert 'id="search-status"' in html and 'hx-swap-oob="true"' in html
    assert 'id="field-sort"' in html  # the form's sort, which a column head may have changed


def test_htmx_history_restore_gets_the_whole_page(client, world, coordinator):
    client.force_login(coordinator)
    response = client.get(URL, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in response.content.decode()


def _many_processes(plan, count: int) -> None:
    entity = factories.EntityFactory(domain=plan.domain)
    CoreProcess.objects.bulk_create(
        CoreProcess(
            plan=plan,
            entity=entity,
            code=f"B-{n:04d}",
            title=f"Proces {n}",
            axis="other",
            assessment="keep",
            position=n,
        )
        for n in range(count)
    )


# Per page, whatever its size: session, user, the user's groups (permission module), the count
# with the fingerprint of what the rows show, the filters' lists of rounds, domains and entities
# (one query), the page of processes with their entity, plan, domain and round joined in (only
# when the results are not in the cache), the header's count of unread notifications. The
# session is not saved: it was renewed less than a minute ago, at sign-in.
SEARCH_QUERIES = 7


@pytest.mark.parametrize("per_page", [25, 200])
def test_search_page_query_count_does_not_grow_with_rows(
    client, coordinator, plan, per_page, django_assert_num_queries
):
    _many_processes(plan, 300)
    client.force_login(coordinator)
    with django_assert_num_queries(SEARCH_QUERIES):
        response = client.get(URL + f"?per_page={per_page}&axis=other&q=proces&sort=title")
    assert len(response.context["processes"]) == per_page


def test_chosen_filters_add_one_query_each_for_their_choice(
    client, coordinator, plan, django_assert_num_queries
):
    # Checking a round (by slug) and an entity (by id) reads each once.
    _many_processes(plan, 60)
    entity = plan.processes.first().entity
    client.force_login(coordinator)
    with django_assert_num_queries(SEARCH_QUERIES + 2):
        client.get(URL + f"?round={plan.round.slug}&entity={entity.pk}")


def test_viewer_search_query_count_is_fixed(
    client, viewer, plan, editor, advance, django_assert_num_queries
):
    _many_processes(plan, 100)
    advance(plan, "approved", editor)
    client.force_login(viewer)
    # As above; the visibility rule is a subquery of the count and the page, not a query.
    with django_assert_num_queries(SEARCH_QUERIES):
        client.get(URL + "?per_page=200")


def test_a_search_asked_again_reads_no_rows(client, coordinator, plan, django_assert_num_queries):
    # The results come from the cache: the count and fingerprint say they did not change.
    _many_processes(plan, 100)
    client.force_login(coordinator)
    first = client.get(URL + "?per_page=25&sort=title")
    with django_assert_num_queries(SEARCH_QUERIES - 1):
        again = client.get(URL + "?per_page=25&sort=title")
    assert again.context["results"] == first.context["results"]
    assert "Proces 10" in again.context["results"]


def test_search_permission_is_asked_of_the_permission_module():
    from kerntaken import permissions

    assert not permissions.can_search_processes(AnonymousUser())


def test_htmx_results_skip_the_form_choices(client, coordinator, plan, django_assert_num_queries):
    # As a whole page, less the header's count of unread notifications (a fragment has no
    # header); the lists of choices are read all the same: they are part of the results' key.
    _many_processes(plan, 100)
    client.force_login(coordinator)
    with django_assert_num_queries(SEARCH_QUERIES - 1):
        client.get(URL, headers={"HX-Request": "true", "HX-Target": "search-results"})
