"""Meetings of a working group (issue 5 §3): date, place, minutes and an agenda of open
review items; "confirm all remaining" with a confirmation step; the workbook."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from kerntaken.errors import DomainError
from reviews import services
from reviews.models import Meeting, ReviewItem
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(group, items, coordinator) -> Meeting:
    """A meeting of `group` with P2 and P3 of the in-review plan on its agenda."""
    return services.save_meeting(
        by=coordinator,
        group=group,
        date=dt.date(2015, 4, 21),
        place="Martelaarszaal",
        minutes="",
        agenda=[items["P2"], items["P3"]],
    )


def test_coordinator_creates_a_meeting_with_an_agenda(client, coordinator, group, items):
    client.force_login(coordinator)
    response = client.post(
        reverse("reviews:meeting_create", kwargs={"pk": group.pk}),
        {
            "date": "2015-05-19",
            "place": "Boudewijngebouw",
            "minutes": "",
            "agenda": [items["P2"].pk, items["P4"].pk],
        },
    )
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert meeting.date == dt.date(2015, 5, 19) and meeting.working_group == group
    assert set(meeting.items.values_list("process__code", flat=True)) == {"P2", "P4"}


def test_meeting_without_date_is_refused(client, coordinator, group, items):
    client.force_login(coordinator)
    response = client.post(reverse("reviews:meeting_create", kwargs={"pk": group.pk}), {"date": ""})
    assert response.status_code == 200
    assert response.context["form"].errors["date"]
    assert not Meeting.objects.exists()


def test_agenda_offers_only_open_items_of_the_group(client, coordinator, group, items, meeting):
    services.decide_review_item(item=items["P2"], by=coordinator, decision="confirmed")
    client.force_login(coordinator)
    response = client.get(reverse("reviews:meeting_create", kwargs={"pk": group.pk}))
    offered = {i.process.code for i in response.context["form"].fields["agenda"].queryset}
    assert offered == {"P3", "P4"}
    assert "nu op de agenda van 21 april 2015" in response.content.decode()


def test_a_decided_item_cannot_be_put_on_an_agenda(client, coordinator, group, items):
    services.decide_review_item(item=items["P2"], by=coordinator, decision="confirmed")
    client.force_login(coordinator)
    response = client.post(
        reverse("reviews:meeting_create", kwargs={"pk": group.pk}),
        {"date": "2015-05-19", "agenda": [items["P2"].pk]},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["agenda"]
    assert not Meeting.objects.exists()


def test_save_meeting_refuses_an_item_of_another_group(coordinator, items, round_):
    other = factories.WorkingGroupFactory(round=round_, name="Andere werkgroep")
    with pytest.raises(DomainError):
        services.save_meeting(
            by=coordinator,
            group=other,
            date=dt.date(2015, 5, 19),
            place="",
            minutes="",
            agenda=[items["P2"]],
        )
    assert not Meeting.objects.exists()
    assert ReviewItem.objects.get(pk=items["P2"].pk).meeting is None


def test_editing_the_agenda_keeps_decided_items_and_frees_dropped_ones(
    client, coordinator, items, meeting
):
    services.decide_review_item(item=items["P2"], by=coordinator, decision="confirmed")
    client.force_login(coordinator)
    response = client.post(
        reverse("reviews:meeting_update", kwargs={"pk": meeting.pk}),
        {
            "date": "2015-04-21",
            "place": "Martelaarszaal",
            "minutes": "Verslag.",
            "agenda": [items["P4"].pk],
        },
    )
    assert response.status_code == 302
    on_agenda = set(meeting.items.values_list("process__code", flat=True))
    assert on_agenda == {"P2", "P4"}  # P2 was decided here and stays; P3 was dropped
    assert ReviewItem.objects.get(pk=items["P3"].pk).meeting is None
    assert Meeting.objects.get(pk=meeting.pk).minutes == "Verslag."


def test_member_reads_the_meeting_without_decision_forms(client, member, items, meeting):
    client.force_login(member)
    response = client.get(reverse("reviews:meeting_detail", kwargs={"pk": meeting.pk}))
    content = response.content.decode()
    assert response.status_code == 200
    assert items["P2"].process.title in content
    assert reverse("reviews:review_item_decide", kwargs={"pk": items["P2"].pk}) not in content
    assert reverse("reviews:meeting_confirm_remaining", kwargs={"pk": meeting.pk}) not in content
    assert reverse("exchange:meeting_workbook", kwargs={"pk": meeting.pk}) in content


def test_outsider_does_not_find_the_meeting(client, outsider, meeting):
    client.force_login(outsider)
    for name in ["reviews:meeting_detail", "exchange:meeting_workbook", "reviews:meeting_update"]:
        assert client.get(reverse(name, kwargs={"pk": meeting.pk})).status_code == 404


def test_member_may_not_change_the_meeting(client, member, meeting):
    client.force_login(member)
    response = client.post(
        reverse("reviews:meeting_update", kwargs={"pk": meeting.pk}), {"date": "2016-01-01"}
    )
    assert response.status_code == 403
    assert Meeting.objects.get(pk=meeting.pk).date == dt.date(2015, 4, 21)


def test_meeting_page_query_count_does_not_grow_with_items(
    client, coordinator, group, in_review, meeting, django_assert_num_queries
):
    client.force_login(coordinator)
    # session, user, meeting (with group and round), user's groups, the agenda (with process,
    # entity, plan, domain, round, decider), the header's count of unread notifications (the
    # session is not saved: renewed at sign-in, less than a minute ago).
    with django_assert_num_queries(6):
        client.get(reverse("reviews:meeting_detail", kwargs={"pk": meeting.pk}))
    services.save_meeting(
        by=coordinator,
        group=group,
        meeting=meeting,
        date=meeting.date,
        place="",
        minutes="",
        agenda=list(in_review.review_items.all()),
    )
    with django_assert_num_queries(6):
        response = client.get(reverse("reviews:meeting_detail", kwargs={"pk": meeting.pk}))
    assert len(response.context["cards"]) == 3


# ---- confirm all remaining -----------------------------------------------------------


def test_confirm_remaining_shows_what_will_be_confirmed(client, coordinator, items, meeting):
    services.decide_review_item(
        item=items["P2"],
        by=coordinator,
        decision="amended",
        final_assessment="keep",
        note="Noodzakelijk.",
    )
    client.force_login(coordinator)
    response = client.get(reverse("reviews:meeting_confirm_remaining", kwargs={"pk": meeting.pk}))
    assert [i.process.code for i in response.context["remaining"]] == ["P3"]
    assert ReviewItem.objects.get(pk=items["P3"].pk).decision == ReviewItem.Decision.PENDING


def test_confirm_remaining_confirms_what_was_shown(client, coordinator, items, meeting):
    client.force_login(coordinator)
    response = client.post(
        reverse("reviews:meeting_confirm_remaining", kwargs={"pk": meeting.pk}),
        {"item": [items["P2"].pk, items["P3"].pk]},
        follow=True,
    )
    assert "2 punten bevestigd." in response.content.decode()
    decided = dict(meeting.items.values_list("process__code", "decision"))
    assert decided == {"P2": "confirmed", "P3": "confirmed"}
    # P4 is not on this meeting's agenda: untouched.
    assert ReviewItem.objects.get(pk=items["P4"].pk).decision == ReviewItem.Decision.PENDING


def test_confirm_remaining_never_confirms_an_item_it_did_not_show(
    client, coordinator, items, meeting
):
    client.force_login(coordinator)
    client.post(
        reverse("reviews:meeting_confirm_remaining", kwargs={"pk": meeting.pk}),
        {"item": [items["P2"].pk, items["P4"].pk]},  # P4 is not on this agenda
    )
    decided = dict(ReviewItem.objects.values_list("process__code", "decision"))
    assert decided == {"P2": "confirmed", "P3": "pending", "P4": "pending"}


def test_member_may_not_confirm_remaining(client, member, items, meeting):
    client.force_login(member)
    url = reverse("reviews:meeting_confirm_remaining", kwargs={"pk": meeting.pk})
    assert client.get(url).status_code == 403
    assert client.post(url, {"item": [items["P2"].pk]}).status_code == 403
    assert not ReviewItem.objects.exclude(decision="pending").exists()


# ---- the workbook --------------------------------------------------------------------


def test_workbook_holds_the_agenda_and_the_decisions(client, member, coordinator, items, meeting):
    services.decide_review_item(
        item=items["P3"],
        by=coordinator,
        decision="amended",
        final_assessment="optimise",
        note='=HYPERLINK("http://example.org")',
    )
    client.force_login(member)
    response = client.get(reverse("exchange:meeting_workbook", kwargs={"pk": meeting.pk}))
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert "2015-04-21" in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    meeting_sheet, agenda = workbook.worksheets
    assert meeting_sheet["A2"].value == "Werkgroep Onderwijs"
    assert meeting_sheet["C2"].value.date() == dt.date(2015, 4, 21)
    rows = list(agenda.iter_rows(values_only=True))
    assert rows[0][:3] == ("Beleidsdomein", "Code", "Titel")
    by_code = {row[1]: row for row in rows[1:]}
    assert set(by_code) == {"P2", "P3"}
    assert by_code["P3"][6:9] == (
        "Gewijzigd",
        "Optimalisatie aangewezen",
        '=HYPERLINK("http://example.org")',
    )
    assert agenda.cell(row=3, column=9).data_type == "s"  # the note stays text
    assert by_code["P2"][6] == "Nog niet beslist"


def test_agenda_changes_are_in_the_items_history(coordinator, items, meeting):
    latest = ReviewItem.objects.get(pk=items["P2"].pk).history.first()
    assert latest.meeting_id == meeting.pk
    assert latest.history_user == coordinator
    assert latest.history_change_reason
