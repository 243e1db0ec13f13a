"""The overlap analysis on a round: runs, marks kept across runs, the coordinator's page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from insight import overlaps, services
from insight.models import OverlapPair, OverlapRun
from kerntaken.errors import DomainError, NotAllowed
from processes import services as process_services
from reviews.models import ReviewItem
from tests import factories
from tests.insight.test_overlaps_analysis import INSPECTION, INSPECTION_OTHER_WORDS, UNRELATED

pytestmark = pytest.mark.django_db

PAGE = reverse("insight:overlaps")


def add(plan, code: str, words: tuple[str, str], axis: str = "enforcement"):
    entity = plan.domain.entities.first() or factories.EntityFactory(domain=plan.domain)
    return factories.CoreProcessFactory(
        plan=plan, entity=entity, code=code, title=words[0], description=words[1], axis=axis
    )


@pytest.fixture
def alike(plan, other_plan):
    """Two processes in two domains that describe the same inspection, and one unrelated."""
    first = add(plan, "OV-1", INSPECTION)
    second = add(other_plan, "WVG-1", INSPECTION_OTHER_WORDS)
    add(other_plan, "WVG-2", UNRELATED, axis="service_delivery")
    return first, second


def analyse(round_, by=None) -> OverlapRun:
    return overlaps.run_analysis(OverlapRun.objects.create(round=round_, started_by=by))


def only_pair() -> OverlapPair:
    return OverlapPair.objects.get()


# ---- a run ------------------------------------------------------------------------------


def test_a_run_records_its_result_and_when_it_ran(round_, alike, coordinator):
    run = analyse(round_, coordinator)
    assert run.status == OverlapRun.Status.DONE and run.progress == 100
    assert (run.process_count, run.pair_count) == (3, 1)
    assert run.started_at <= run.finished_at
    pair = only_pair()
    assert (pair.first, pair.second, pair.run) == (*alike, run)


def test_a_failing_run_says_so(round_, alike, monkeypatch):
    def broken(texts, progress):
        raise RuntimeError("kapot")

    monkeypatch.setattr(overlaps, "find_pairs", broken)
    run = OverlapRun.objects.create(round=round_)
    with pytest.raises(RuntimeError):
        overlaps.run_analysis(run)
    run.refresh_from_db()
    assert run.status == OverlapRun.Status.FAILED and "kapot" in run.error
    assert not OverlapPair.objects.exists()


def test_other_rounds_are_not_compared(round_, alike, domain, other_domain):
    later = factories.RoundFactory(name="Ronde 2019", slug="2019-2020")
    add(factories.PlanFactory(domain=domain, round=later), "X-1", INSPECTION)
    analyse(round_)
    assert only_pair().first.plan.round == round_


def test_marks_survive_a_rerun(round_, alike, coordinator):
    analyse(round_)
    services.mark_pair(pair=only_pair(), mark="discuss", by=coordinator)
    run = analyse(round_)
    pair = only_pair()
    assert (pair.mark, pair.marked_by, pair.run) == ("discuss", coordinator, run)


def test_no_overlap_stays_away_while_the_texts_are_the_same(round_, alike, coordinator):
    analyse(round_)
    services.mark_pair(pair=only_pair(), mark="no_overlap", by=coordinator)
    analyse(round_)
    assert only_pair().mark == "no_overlap"


def test_no_overlap_comes_back_when_a_text_changes(round_, alike, coordinator, editor):
    analyse(round_)
    services.mark_pair(pair=only_pair(), mark="no_overlap", by=coordinator)
    first = alike[0]
    process_services.update_process(
        process=first, by=editor, version=first.version, description=first.description + " Ook."
    )
    analyse(round_)
    pair = only_pair()
    assert (pair.mark, pair.marked_by, pair.first_text) == ("", None, "")


def test_unmarked_pairs_no_longer_found_are_dropped_and_marked_ones_kept(
    round_, alike, coordinator, other_plan
):
    third = add(factories.PlanFactory(round=round_), "DAR-1", INSPECTION)
    analyse(round_)
    marked = OverlapPair.objects.get(first=alike[0], second=third)
    services.mark_pair(pair=marked, mark="discuss", by=coordinator)
    third.title = third.description = "Iets heel anders"
    third.save()
    run = analyse(round_)
    assert list(OverlapPair.objects.filter(run=run)) == [
        OverlapPair.objects.get(first=alike[0], second=alike[1])
    ]
    marked.refresh_from_db()
    assert marked.mark == "discuss" and marked.run != run


# ---- starting and marking: the coordinator only ------------------------------------------


def test_start_runs_the_task_after_the_commit(
    round_, alike, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run = services.start_analysis(round=round_, by=coordinator)
    run.refresh_from_db()
    assert run.status == OverlapRun.Status.DONE and run.started_by == coordinator


def test_a_second_start_while_one_runs_is_refused(round_, coordinator):
    services.start_analysis(round=round_, by=coordinator)  # queued: on_commit not run here
    with pytest.raises(DomainError):
        services.start_analysis(round=round_, by=coordinator)
    assert OverlapRun.objects.count() == 1


@pytest.mark.parametrize("who", ["editor", "viewer", "member"])
def test_only_coordinators_start_and_mark(request, round_, alike, who):
    user = request.getfixturevalue(who)
    with pytest.raises(NotAllowed):
        services.start_analysis(round=round_, by=user)
    analyse(round_)
    with pytest.raises(NotAllowed):
        services.mark_pair(pair=only_pair(), mark="discuss", by=user)
    assert OverlapRun.objects.count() == 1 and only_pair().mark == ""


def test_marking_keeps_the_texts_it_was_about(round_, alike, coordinator):
    analyse(round_)
    services.mark_pair(pair=only_pair(), mark="no_overlap", by=coordinator)
    pair = only_pair()
    first = alike[0]
    assert pair.first_text == overlaps.text_fingerprint(first.title, first.description)
    assert pair.marked_at is not None


def test_to_discuss_puts_processes_of_plans_in_review_before_the_working_group(
    round_, plan, other_plan, editor, other_editor, coordinator, advance
):
    first = add(plan, "OV-1", INSPECTION)
    add(other_plan, "WVG-1", INSPECTION_OTHER_WORDS)
    factories.WorkingGroupFactory(round=round_).plans.add(plan)
    advance(plan, "in_review", editor)
    analyse(round_)
    notes = services.mark_pair(pair=only_pair(), mark="discuss", by=coordinator, to_review=True)
    assert ReviewItem.objects.filter(process=first, added_by_coordinator=True).exists()
    assert notes[0] == "OV-1 (Onderwijs en Vorming) staat op de lijst van de werkgroep."
    assert "is niet in bespreking" in notes[1]


# ---- the page ----------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["editor", "viewer", "member"])
def test_page_is_for_coordinators_only(client, request, round_, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(PAGE).status_code == 403


def test_page_shows_the_pair_side_by_side_with_links_to_both_plans(
    client, coordinator, round_, alike
):
    analyse(round_, coordinator)
    client.force_login(coordinator)
    content = client.get(PAGE).content.decode()
    for process in alike:
        assert reverse("plans:plan_detail", kwargs={"pk": process.plan_id}) in content
        assert process.title in content
    assert "Laatste analyse" in content and "1 paar" in content


def test_page_before_any_analysis_offers_to_start_it(client, coordinator, round_):
    client.force_login(coordinator)
    content = client.get(PAGE).content.decode()
    assert "Deze ronde is nog niet geanalyseerd." in content
    assert reverse("insight:overlap_start") in content


def test_page_shows_the_progress_of_a_running_analysis(client, coordinator, round_, alike):
    analyse(round_)
    OverlapRun.objects.create(round=round_, status=OverlapRun.Status.RUNNING, progress=42)
    client.force_login(coordinator)
    content = client.get(PAGE).content.decode()
    assert "42 % klaar" in content and 'hx-trigger="every 3s"' in content
    assert "WVG-1" in content  # the previous result stays visible meanwhile
    fragment = client.get(PAGE, headers={"HX-Request": "true", "HX-Target": "overlap-progress"})
    assert "<html" not in fragment.content.decode() and "42 %" in fragment.content.decode()


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ({}, 1),
        ({"score": "0.6"}, 0),
        ({"axis": "enforcement"}, 1),
        ({"axis": "permits"}, 0),
        ({"shown": "open"}, 1),
        ({"shown": "discuss"}, 0),
        ({"round": "onbekend"}, 1),  # not understood: the newest round
    ],
)
def test_filters(client, coordinator, round_, alike, query, shown):
    analyse(round_)
    client.force_login(coordinator)
    assert client.get(PAGE, query).context["page"].paginator.count == shown


def test_domain_filter(client, coordinator, round_, alike, plan):
    third = factories.PlanFactory(round=round_)
    add(third, "X-1", INSPECTION)
    analyse(round_)
    client.force_login(coordinator)
    page = client.get(PAGE, {"domain": third.domain_id}).context["page"]
    assert {p.second.code for p in page} == {"X-1"}


def test_no_overlap_is_hidden_by_default(client, coordinator, round_, alike):
    analyse(round_)
    services.mark_pair(pair=only_pair(), mark="no_overlap", by=coordinator)
    client.force_login(coordinator)
    assert client.get(PAGE).context["page"].paginator.count == 0
    assert client.get(PAGE, {"shown": "no_overlap"}).context["page"].paginator.count == 1


@pytest.mark.parametrize("count", [1, 12])
def test_page_query_count_does_not_grow_with_pairs(
    client, coordinator, round_, plan, other_plan, count, django_assert_num_queries
):
    for n in range(count):
        words = (f"{INSPECTION[0]} {chr(97 + n) * 3}", INSPECTION[1])
        add(plan, f"A-{n}", words)
        add(other_plan, f"B-{n}", words)
    analyse(round_)
    client.force_login(coordinator)
    client.get(PAGE)
    # session, user, the user's groups, rounds, domains (the filters), the runs (latest),
    # the count of pairs, the pairs with both processes, plans, domains and entities and
    # who marked them; the header's count of unread notifications (the session is not saved:
    # renewed at sign-in, less than a minute ago).
    with django_assert_num_queries(9):
        response = client.get(PAGE)
    assert len(response.context["page"].object_list) >= count


def test_marking_from_the_page(client, coordinator, round_, alike):
    analyse(round_)
    client.force_login(coordinator)
    back = PAGE + "?axis=enforcement"
    url = reverse("insight:overlap_mark", kwargs={"pk": only_pair().pk})
    response = client.post(url, {"mark": "discuss", "next": back})
    assert response.status_code == 302 and response.url == back
    assert only_pair().mark == "discuss"
    client.post(url, {"mark": "open"})
    assert only_pair().mark == ""


@pytest.mark.parametrize("data", [{}, {"mark": "misschien"}])
def test_a_mark_not_understood_changes_nothing(client, coordinator, round_, alike, data):
    analyse(round_)
    client.force_login(coordinator)
    url = reverse("insight:overlap_mark", kwargs={"pk": only_pair().pk})
    response = client.post(url, data, follow=True)
    assert only_pair().mark == "" and only_pair().marked_by is None
    assert any("markeren" in str(m) or "geldige" in str(m) for m in response.context["messages"])


def test_a_foreign_next_address_is_not_followed(client, coordinator, round_, alike):
    analyse(round_)
    client.force_login(coordinator)
    url = reverse("insight:overlap_mark", kwargs={"pk": only_pair().pk})
    response = client.post(url, {"mark": "discuss", "next": "https://elders.example/"})
    assert response.url == f"{PAGE}?round={round_.slug}"


def test_starting_from_the_page(
    client, coordinator, round_, alike, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("insight:overlap_start"), {"round": round_.slug})
    assert response.status_code == 302
    assert OverlapRun.objects.get().status == OverlapRun.Status.DONE
    assert OverlapPair.objects.count() == 1


def test_starting_without_a_round_is_refused_with_a_message(client, coordinator, round_):
    client.force_login(coordinator)
    response = client.post(reverse("insight:overlap_start"), {}, follow=True)
    assert not OverlapRun.objects.exists()
    assert "Kies de ronde" in response.content.decode()
