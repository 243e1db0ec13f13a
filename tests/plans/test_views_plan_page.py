"""The plan page: processes with counts, filters and sorting; read-only for readers."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.urls import reverse

from processes.models import CoreProcess
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def url(plan):
    return reverse("plans:plan_detail", kwargs={"pk": plan.pk})


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def mixed(plan, entity, domain):
    second = factories.EntityFactory(domain=domain, acronym="AGO", name="Agentschap Gebouwen")
    rows = [
        ("C-3", "Subsidiëren van scholen", entity, "subsidies", "phase_out", ""),
        ("A-1", "Regelgeving voorbereiden", second, "regulation", "keep", ""),
        ("B-2", "Inspecteren van scholen", entity, "enforcement", "transfer", "province"),
        ("D-4", "Nog te beoordelen", second, "regulation", "", ""),
    ]
    return [
        factories.CoreProcessFactory(
            plan=plan,
            entity=ent,
            code=code,
            title=title,
            axis=axis,
            assessment=assessment,
            transfer_level=level,
            position=position,
        )
        for position, (code, title, ent, axis, assessment, level) in enumerate(rows, start=1)
    ]


def codes(response) -> list[str]:
    return [row["code"] for row in response.context["rows"]]


def test_processes_in_the_plans_order(as_editor, url, mixed):
    assert codes(as_editor.get(url)) == ["C-3", "A-1", "B-2", "D-4"]


def test_counts_per_assessment_at_the_top(as_editor, url, mixed):
    response = as_editor.get(url)
    counts = {row["value"]: row["count"] for row in response.context["counts"]}
    assert counts == {
        "phase_out": 1,
        "transfer": 1,
        "optimise": 0,
        "keep": 1,
        "strengthen": 0,
        "introduce": 0,
        "none": 1,
    }
    assert "Vatbaar voor afbouw: <strong>1</strong>" in response.content.decode()


def test_counts_stay_those_of_the_whole_plan_when_filtered(as_editor, url, mixed):
    response = as_editor.get(url, {"axis": "regulation"})
    assert response.context["total"] == 4
    assert codes(response) == ["A-1", "D-4"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "scholen"}, ["C-3", "B-2"]),
        ({"q": "a-1"}, ["A-1"]),
        ({"axis": "regulation"}, ["A-1", "D-4"]),
        ({"assessment": "transfer"}, ["B-2"]),
        ({"assessment": "none"}, ["D-4"]),
        ({"q": "scholen", "axis": "enforcement"}, ["B-2"]),
    ],
)
def test_filters(as_editor, url, mixed, query, expected):
    assert codes(as_editor.get(url, query)) == expected


def test_filter_by_entity(as_editor, url, mixed, entity):
    assert codes(as_editor.get(url, {"entity": entity.pk})) == ["C-3", "B-2"]


def test_foreign_entity_filter_is_refused_at_the_field_and_ignored(
    as_editor, url, mixed, other_entity
):
    response = as_editor.get(url, {"entity": other_entity.pk})
    assert "entity" in response.context["filter"].errors
    assert len(codes(response)) == 4


def test_text_filter_is_shown_escaped(as_editor, url, mixed):
    page = as_editor.get(url, {"q": "<script>x</script>"}).content.decode()
    assert "<script>x</script>" not in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("code", ["A-1", "B-2", "C-3", "D-4"]),
        ("-code", ["D-4", "C-3", "B-2", "A-1"]),
        ("title", ["B-2", "D-4", "A-1", "C-3"]),
        ("entity", ["A-1", "D-4", "C-3", "B-2"]),
    ],
)
def test_sorting(as_editor, url, mixed, sort, expected):
    assert codes(as_editor.get(url, {"sort": sort})) == expected


def test_unknown_sort_falls_back_to_the_plans_order(as_editor, url, mixed):
    assert codes(as_editor.get(url, {"sort": "password"})) == ["C-3", "A-1", "B-2", "D-4"]


def test_sorted_column_says_so_to_screen_readers(as_editor, url, mixed):
    page = as_editor.get(url, {"sort": "-code"}).content.decode()
    assert 'aria-sort="descending"' in page


def test_moving_is_offered_only_in_the_plans_own_order(as_editor, url, mixed):
    assert as_editor.get(url).context["can_move"] is True
    assert as_editor.get(url, {"sort": "code"}).context["can_move"] is False
    assert as_editor.get(url, {"q": "scholen"}).context["can_move"] is False


def test_incomplete_process_is_marked_in_words(as_editor, url, plan, entity):
    factories.CoreProcessFactory(plan=plan, entity=entity, assessment="optimise", motivation="")
    assert "Onvolledig" in as_editor.get(url).content.decode()


def test_editor_sees_the_edit_actions(as_editor, url, mixed):
    page = as_editor.get(url).content.decode()
    assert reverse("processes:process_create", kwargs={"pk": mixed[0].plan_id}) in page
    assert reverse("processes:process_update", kwargs={"pk": mixed[0].pk}) in page
    assert reverse("plans:plan_submit", kwargs={"pk": mixed[0].plan_id}) in page


@pytest.mark.parametrize("role", ["coordinator", "member", "admin_user"])
def test_readers_see_the_plan_read_only(client, request, role, url, mixed):
    client.force_login(request.getfixturevalue(role))
    response = client.get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert "C-3" in page
    assert reverse("processes:process_update", kwargs={"pk": mixed[0].pk}) not in page
    assert reverse("processes:process_create", kwargs={"pk": mixed[0].plan_id}) not in page
    assert 'id="move-form"' not in page


@pytest.mark.parametrize("role", ["other_editor", "outsider", "viewer"])
def test_plan_is_invisible_to_others(client, request, role, url):
    client.force_login(request.getfixturevalue(role))
    assert client.get(url).status_code == 404


def test_editor_sees_submitted_plan_read_only(as_editor, plan, editor, advance):
    plan = advance(plan, "submitted", editor)
    response = as_editor.get(reverse("plans:plan_detail", kwargs={"pk": plan.pk}))
    assert response.context["can_edit"] is False
    assert (
        reverse("processes:process_create", kwargs={"pk": plan.pk}) not in response.content.decode()
    )


def test_returned_plan_shows_the_reason_on_top_and_is_editable(
    as_editor, plan, editor, advance, coordinator
):
    from plans import services

    plan = advance(plan, "submitted", editor)
    services.return_plan(plan=plan, by=coordinator, reason="Vul de motivering <b>aan</b>.")
    response = as_editor.get(reverse("plans:plan_detail", kwargs={"pk": plan.pk}))
    page = response.content.decode()
    assert response.context["can_edit"] is True
    assert "Teruggestuurd voor aanpassingen" in page
    assert "Vul de motivering &lt;b&gt;aan&lt;/b&gt;." in page
    assert page.index("Vul de motivering") < page.index('id="processes"')


def test_post_is_refused(as_editor, url):
    assert as_editor.post(url).status_code == 405


# ---- scale ----------------------------------------------------------------------------


def fill(plan, count: int) -> None:
    entities = [factories.EntityFactory(domain=plan.domain) for _ in range(5)]
    CoreProcess.objects.bulk_create(
        CoreProcess(
            plan=plan,
            entity=entities[n % 5],
            code=f"P{n:04d}",
            title=f"Kernproces {n}",
            axis="regulation",
            assessment=["keep", "optimise", ""][n % 3],
            motivation="Omdat." if n % 2 else "",
            position=n,
        )
        for n in range(count)
    )


@pytest.mark.parametrize("count", [1, 100])
def test_plan_page_query_count_does_not_grow_with_processes(
    as_editor, url, plan, editor, django_assert_num_queries, count
):
    fill(plan, count)
    as_editor.get(url)  # warm up
    cache.clear()  # and render the table afresh (the next test counts a cached table)
    # 1 session, 2 user, 3 the plan with its domain, round and decision, 4 the user's
    # groups with the editor's domains (one query, cached for the rest of the request), 5 the
    # filtered processes with their entities, 6 the counts per assessment, 7 the
    # consultations (consulted on an earlier version? none here, so the plan's content is
    # not read), 8 the entities of the filter, 9 the steps with their actors, 10 the
    # header's count of unread notifications. The session is not saved: it was renewed at
    # sign-in, less than a minute ago (kerntaken/sessions.py).
    with django_assert_num_queries(10):
        response = as_editor.get(url)
    assert len(response.context["rows"]) == count


@pytest.mark.parametrize("count", [1, 100])
def test_cached_plan_page_does_not_read_the_processes(
    as_editor, url, plan, editor, django_assert_num_queries, count
):
    fill(plan, count)
    as_editor.get(url)  # renders the table and the filters into the cache
    # As above, less the processes: the counts say whether the table changed.
    with django_assert_num_queries(9):
        response = as_editor.get(url)
    assert "rows" not in response.context
    assert response.text.count('<tr id="process-') == count


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        # phase-out, transfer, keep, then the one not assessed yet: the vocabulary's order,
        # as in the search (alphabetically by code, "keep" would come before "phase_out").
        ("assessment", ["C-3", "B-2", "A-1", "D-4"]),
        ("-assessment", ["D-4", "A-1", "B-2", "C-3"]),
        # regulation, enforcement, subsidies: the framework's order, not the alphabet's.
        ("axis", ["A-1", "D-4", "B-2", "C-3"]),
    ],
)
def test_sorting_by_a_vocabulary_follows_its_order(as_editor, url, mixed, sort, expected):
    assert codes(as_editor.get(url, {"sort": sort})) == expected
