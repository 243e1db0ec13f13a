"""Recording the consultation of each competent minister: date, outcome, note."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from plans import services
from plans.models import MinisterConsultation
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def url(plan):
    return reverse("plans:plan_consultations", kwargs={"pk": plan.pk})


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def second_minister(domain):
    return factories.MinisterFactory(portfolio="Vlaams minister van Werk", domains=[domain])


def entry(minister, date="2015-01-15", outcome="agreement", note="") -> dict:
    prefix = f"minister-{minister.pk}"
    return {f"{prefix}-date": date, f"{prefix}-outcome": outcome, f"{prefix}-note": note}


def test_page_has_a_fieldset_per_competent_minister(as_editor, url, minister, second_minister):
    page = as_editor.get(url).content.decode()
    assert f'<legend class="h5">{minister.portfolio}</legend>' in page
    assert f'<legend class="h5">{second_minister.portfolio}</legend>' in page


def test_editor_records_a_consultation(as_editor, url, plan, minister, editor):
    response = as_editor.post(
        url, {"version": plan.version} | entry(minister, note="Akkoord na overleg.")
    )
    assert response.status_code == 302
    consultation = plan.consultations.get()
    assert (consultation.minister, consultation.date, consultation.outcome) == (
        minister,
        dt.date(2015, 1, 15),
        "agreement",
    )
    assert consultation.recorded_by == editor
    assert consultation.note == "Akkoord na overleg."


def test_belgian_date_format_is_accepted(as_editor, url, plan, minister):
    as_editor.post(url, {"version": plan.version} | entry(minister, date="15/01/2015"))
    assert plan.consultations.get().date == dt.date(2015, 1, 15)


def test_minister_left_empty_is_not_recorded(as_editor, url, plan, minister, second_minister):
    data = {"version": plan.version} | entry(minister) | entry(second_minister, "", "", "")
    as_editor.post(url, data)
    assert list(plan.consultations.values_list("minister", flat=True)) == [minister.pk]


def test_recorded_consultation_can_be_corrected(as_editor, url, plan, minister, editor):
    services.record_consultation(
        plan=plan,
        minister=minister,
        date=dt.date(2015, 1, 2),
        outcome="agreement",
        note="",
        by=editor,
    )
    plan.refresh_from_db()
    data = {"version": plan.version} | entry(minister, outcome="remarks", note="Twee opmerkingen.")
    as_editor.post(url, data)
    consultation = plan.consultations.get()
    assert (consultation.outcome, consultation.note) == ("remarks", "Twee opmerkingen.")


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"date": ""}, "date", "Vul de datum van het overleg in"),
        ({"date": "gisteren"}, "date", "geldige datum"),
        ({"date": "2999-01-01"}, "date", "kan niet in de toekomst"),
        ({"outcome": ""}, "outcome", "Kies de uitkomst"),
        ({"outcome": "veto"}, "outcome", "geldige keuze"),
        ({"outcome": "remarks", "note": " "}, "note", "Beschrijf de opmerkingen"),
        ({"note": "x" * 2001}, "note", "niet meer dan 2000"),
    ],
)
def test_bad_entry_is_refused_at_the_field(as_editor, url, plan, minister, values, field, message):
    data = {"version": plan.version} | entry(minister, **values)
    response = as_editor.post(url, data)
    assert response.status_code == 200
    form = response.context["forms"][0]
    assert any(message in error for error in form.errors[field]), form.errors
    assert message in response.content.decode()
    assert not plan.consultations.exists()


def test_markup_in_the_note_is_shown_escaped(as_editor, url, plan, minister, client):
    as_editor.post(url, {"version": plan.version} | entry(minister, note="<script>x</script>"))
    page = as_editor.get(url).content.decode()
    assert "<script>x</script>" not in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page


def test_stale_page_is_refused_and_keeps_the_entry(as_editor, url, plan, minister, editor):
    opened_on = plan.version
    second = factories.MinisterFactory(
        portfolio="Vlaams minister van Cultuur", domains=[plan.domain]
    )
    services.record_consultation(
        plan=plan,
        minister=second,
        date=dt.date(2015, 1, 3),
        outcome="agreement",
        note="",
        by=editor,
    )
    response = as_editor.post(url, {"version": opened_on} | entry(minister, note="Mijn notitie"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Iemand anders heeft dit plan gewijzigd" in page
    assert "Mijn notitie" in page
    assert not plan.consultations.filter(minister=minister).exists()
    plan.refresh_from_db()
    assert response.context["version_form"]["version"].value() == plan.version


def test_post_without_version_records_nothing(as_editor, url, plan, minister):
    response = as_editor.post(url, entry(minister))
    assert response.status_code == 200
    assert not plan.consultations.exists()


def test_foreign_minister_in_forged_post_is_ignored(as_editor, url, plan, minister):
    foreign = factories.MinisterFactory(portfolio="Vlaams minister van Mobiliteit")
    as_editor.post(url, {"version": plan.version} | entry(foreign))
    assert not MinisterConsultation.objects.exists()


@pytest.mark.parametrize("role", ["coordinator", "member"])
def test_readers_see_the_record_but_cannot_change_it(client, request, role, url, plan, minister):
    client.force_login(request.getfixturevalue(role))
    response = client.get(url)
    assert response.status_code == 200
    assert '<form method="post" novalidate class="consultation-form">' not in (
        response.content.decode()
    )
    assert client.post(url, {"version": plan.version} | entry(minister)).status_code == 403
    assert not plan.consultations.exists()


@pytest.mark.parametrize("role", ["other_editor", "outsider", "viewer"])
def test_others_get_404(client, request, role, url, plan, minister):
    client.force_login(request.getfixturevalue(role))
    assert client.get(url).status_code == 404
    assert client.post(url, {"version": plan.version} | entry(minister)).status_code == 404
    assert not plan.consultations.exists()


def test_submitted_plan_consultation_is_locked(as_editor, plan, editor, advance, minister):
    plan = advance(plan, "submitted", editor)
    url = reverse("plans:plan_consultations", kwargs={"pk": plan.pk})
    response = as_editor.post(url, {"version": plan.version} | entry(minister, date="2015-01-20"))
    assert response.status_code == 302
    assert plan.consultations.get().date == dt.date(2015, 1, 15)
