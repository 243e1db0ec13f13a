"""A working group's decision on one review item (issue 5 §3): confirmed, amended (a
new assessment and a required note) or deferred; in place with htmx or on its own page."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from plans.models import Plan
from reviews import services
from reviews.models import ReviewItem

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def decide_url(item: ReviewItem) -> str:
    return reverse("reviews:review_item_decide", kwargs={"pk": item.pk})


def fields(item, **data):
    return {f"item-{item.pk}-{key}": value for key, value in data.items()}


def test_coordinator_confirms_an_item(client, coordinator, items):
    item = items["P2"]
    client.force_login(coordinator)
    response = client.post(decide_url(item), fields(item, decision="confirmed"))
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.decision == "confirmed" and item.final_assessment == "phase_out"
    assert item.decided_by == coordinator


def test_coordinator_amends_an_item_with_a_note(client, coordinator, items):
    item = items["P3"]
    client.force_login(coordinator)
    client.post(
        decide_url(item),
        fields(
            item,
            decision="amended",
            final_assessment="optimise",
            note="Gemeenten kunnen dit niet dragen.",
        ),
    )
    item.refresh_from_db()
    assert (item.decision, item.final_assessment) == ("amended", "optimise")
    assert item.note == "Gemeenten kunnen dit niet dragen."


def test_amendment_without_note_is_refused_and_nothing_written(client, coordinator, items):
    item = items["P3"]
    client.force_login(coordinator)
    response = client.post(
        decide_url(item), fields(item, decision="amended", final_assessment="optimise")
    )
    assert response.status_code == 200
    assert response.context["form"].errors["note"]
    assert "Licht de wijziging toe." in response.content.decode()
    item.refresh_from_db()
    assert item.decision == "pending" and item.final_assessment == ""


def test_amendment_without_new_assessment_is_refused(client, coordinator, items):
    item = items["P3"]
    client.force_login(coordinator)
    response = client.post(decide_url(item), fields(item, decision="amended", note="x"))
    assert response.context["form"].errors["final_assessment"]
    assert ReviewItem.objects.get(pk=item.pk).decision == "pending"


def test_amendment_keeping_the_assessment_is_refused(client, coordinator, items):
    item = items["P3"]
    client.force_login(coordinator)
    response = client.post(
        decide_url(item),
        fields(item, decision="amended", final_assessment="transfer", note="Zelfde."),
    )
    assert "Een wijziging moet de beoordeling aanpassen." in response.content.decode()
    assert ReviewItem.objects.get(pk=item.pk).decision == "pending"


def test_empty_decision_is_refused(client, coordinator, items):
    client.force_login(coordinator)
    response = client.post(decide_url(items["P2"]), {})
    assert response.status_code == 200
    assert "Kies een beslissing." in response.content.decode()


def test_forged_pending_decision_is_refused(client, coordinator, items):
    item = items["P2"]
    services.decide_review_item(item=item, by=coordinator, decision="confirmed")
    client.force_login(coordinator)
    response = client.post(decide_url(item), fields(item, decision="pending"))
    assert response.context["form"].errors["decision"]
    assert ReviewItem.objects.get(pk=item.pk).decision == "confirmed"


def test_coordinator_defers_an_item(client, coordinator, items):
    item = items["P4"]
    client.force_login(coordinator)
    client.post(decide_url(item), fields(item, decision="deferred", note="Cijfers?"))
    item.refresh_from_db()
    assert item.decision == "deferred" and item.final_assessment == ""


def test_htmx_decision_answers_with_the_item_alone(client, coordinator, items):
    item = items["P2"]
    client.force_login(coordinator)
    response = client.post(decide_url(item), fields(item, decision="confirmed"), **HTMX)
    content = response.content.decode()
    assert response.status_code == 200
    assert content.lstrip().startswith(f'<li id="item-{item.pk}"')
    assert "<html" not in content
    assert "Beslissing opgeslagen." in content
    assert ReviewItem.objects.get(pk=item.pk).decision == "confirmed"


def test_htmx_amendment_without_note_shows_the_error_in_place(client, coordinator, items):
    item = items["P3"]
    client.force_login(coordinator)
    response = client.post(
        decide_url(item),
        fields(item, decision="amended", final_assessment="keep"),
        **HTMX,
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert content.lstrip().startswith(f'<li id="item-{item.pk}"')
    assert "Licht de wijziging toe." in content
    assert ReviewItem.objects.get(pk=item.pk).decision == "pending"


def test_decision_returns_to_the_meeting_the_item_is_on(client, coordinator, group, items):
    meeting = services.save_meeting(
        by=coordinator,
        group=group,
        date=dt.date(2015, 4, 21),
        place="",
        minutes="",
        agenda=[items["P2"]],
    )
    client.force_login(coordinator)
    response = client.post(decide_url(items["P2"]), fields(items["P2"], decision="confirmed"))
    assert response["Location"] == (
        reverse("reviews:meeting_detail", kwargs={"pk": meeting.pk}) + f"#item-{items['P2'].pk}"
    )


def test_no_decision_once_the_plan_is_validated(client, coordinator, validated):
    item = validated.review_items.first()
    client.force_login(coordinator)
    page = client.get(decide_url(item))
    assert page.context["form"] is None
    response = client.post(
        decide_url(item), fields(item, decision="deferred", note="Te laat."), follow=True
    )
    assert "Deze stap is niet mogelijk" in response.content.decode()
    assert ReviewItem.objects.get(pk=item.pk).decision == "confirmed"
    assert Plan.objects.get(pk=validated.pk).status == Plan.Status.VALIDATED


def test_member_may_not_decide(client, member, items):
    item = items["P2"]
    client.force_login(member)
    assert client.get(decide_url(item)).status_code == 403
    response = client.post(decide_url(item), fields(item, decision="confirmed"))
    assert response.status_code == 403
    assert ReviewItem.objects.get(pk=item.pk).decision == "pending"


@pytest.mark.parametrize("role", ["outsider", "editor", "viewer"])
def test_others_do_not_find_the_item(request, client, items, member, role):
    client.force_login(request.getfixturevalue(role))
    assert client.post(decide_url(items["P2"]), {}).status_code == 404


def _meeting_of(coordinator, group, items):
    return services.save_meeting(
        by=coordinator,
        group=group,
        date=dt.date(2015, 4, 21),
        place="",
        minutes="",
        agenda=[items["P2"], items["P3"], items["P4"]],
    )


def test_htmx_decision_on_the_meeting_page_updates_its_counts(client, coordinator, group, items):
    """The meeting's "confirm all N remaining" and its counts follow an in-place decision."""
    meeting = _meeting_of(coordinator, group, items)
    client.force_login(coordinator)
    meeting_url = reverse("reviews:meeting_detail", kwargs={"pk": meeting.pk})
    page = client.get(meeting_url).content.decode()
    assert "Alle 3 resterende punten bevestigen" in page
    response = client.post(
        decide_url(items["P2"]),
        fields(items["P2"], decision="confirmed"),
        HTTP_HX_CURRENT_URL=f"http://testserver{meeting_url}",
        **HTMX,
    )
    content = response.content.decode()
    assert content.lstrip().startswith(f'<li id="item-{items["P2"].pk}"')
    summary = content.split('<div id="meeting-summary" hx-swap-oob="true">')[1]
    assert "Alle 2 resterende punten bevestigen" in summary
    assert "<dt>Beslist</dt><dd>1</dd>" in summary


def test_htmx_decision_elsewhere_answers_without_the_meeting_counts(
    client, coordinator, group, items
):
    """On the item's own page there is no summary to refresh: none is sent."""
    _meeting_of(coordinator, group, items)
    client.force_login(coordinator)
    response = client.post(
        decide_url(items["P2"]),
        fields(items["P2"], decision="confirmed"),
        HTTP_HX_CURRENT_URL=f"http://testserver{decide_url(items['P2'])}",
        **HTMX,
    )
    assert "meeting-summary" not in response.content.decode()


def test_refused_htmx_decision_leaves_the_meeting_counts_alone(client, coordinator, group, items):
    meeting = _meeting_of(coordinator, group, items)
    client.force_login(coordinator)
    meeting_url = reverse("reviews:meeting_detail", kwargs={"pk": meeting.pk})
    response = client.post(
        decide_url(items["P3"]),
        fields(items["P3"], decision="amended", final_assessment="keep"),
        HTTP_HX_CURRENT_URL=f"http://testserver{meeting_url}",
        **HTMX,
    )
    content = response.content.decode()
    assert "Licht de wijziging toe." in content
    assert "meeting-summary" not in content
