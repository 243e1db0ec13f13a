"""Adding a core process through the form: the form of a careful civil servant.

Every bad value is refused at its field, in Dutch, with the entered values kept, and
nothing is written.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from processes.models import CoreProcess
from tests import factories

pytestmark = pytest.mark.django_db


def valid(entity_, **overrides) -> dict:
    data = {
        "entity": entity_.pk,
        "code": "OV-99",
        "title": "Beheren van de leerlingendatabank",
        "description": "Een beschrijving.",
        "axis": "service_delivery",
        "assessment": "optimise",
        "motivation": "De databank wordt samengevoegd met de centrale databank.",
        "transfer_level": "",
        "fte": "3,5",
        "budget": "1250,5",
    }
    return data | overrides


@pytest.fixture
def url(plan):
    return reverse("processes:process_create", kwargs={"pk": plan.pk})


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def test_form_page_lists_only_the_plans_entities(as_editor, url, entity, other_entity):
    response = as_editor.get(url)
    assert response.status_code == 200
    choices = list(response.context["form"].fields["entity"].queryset)
    assert choices == [entity]
    assert other_entity.name not in response.content.decode()


def test_editor_adds_process_with_decimal_comma(as_editor, url, plan, entity):
    response = as_editor.post(url, valid(entity))
    process = plan.processes.get(code="OV-99")
    assert response.status_code == 302
    assert response["Location"] == f"/plannen/{plan.pk}/#process-{process.pk}"
    assert process.fte == Decimal("3.5")
    assert process.budget == Decimal("1250.5")
    assert process.entity == entity


def test_decimal_point_is_accepted_too(as_editor, url, plan, entity):
    as_editor.post(url, valid(entity, fte="2.25", budget="10"))
    process = plan.processes.get(code="OV-99")
    assert (process.fte, process.budget) == (Decimal("2.25"), Decimal("10"))


def test_new_process_goes_last_in_the_plan(as_editor, url, plan, entity):
    factories.CoreProcessFactory(plan=plan, entity=entity, code="A", position=7)
    as_editor.post(url, valid(entity))
    assert plan.processes.get(code="OV-99").position == 8


def test_creation_is_recorded_in_history_with_the_editor(as_editor, url, plan, entity, editor):
    as_editor.post(url, valid(entity))
    record = plan.processes.get(code="OV-99").history.get()
    assert record.history_type == "+"
    assert record.history_user == editor


def assert_refused(response, field: str, text: str, plan, kept: dict | None = None) -> None:
    """The form came back (200) with `text` at `field`, the values kept, nothing written."""
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors, form.errors
    assert any(text in error for error in form.errors[field]), form.errors[field]
    assert text in response.content.decode()
    for name, value in (kept or {}).items():
        assert form[name].value() == value
    assert not plan.processes.exists()


def test_missing_motivation_is_refused_at_the_field(as_editor, url, plan, entity):
    response = as_editor.post(url, valid(entity, motivation="  "))
    assert_refused(
        response, "motivation", "Motiveer deze beoordeling", plan, kept={"code": "OV-99"}
    )


def test_keep_needs_no_motivation(as_editor, url, plan, entity):
    as_editor.post(url, valid(entity, assessment="keep", motivation=""))
    assert plan.processes.get(code="OV-99").motivation == ""


def test_transfer_without_level_is_refused(as_editor, url, plan, entity):
    response = as_editor.post(url, valid(entity, assessment="transfer", transfer_level=""))
    assert_refused(response, "transfer_level", "Kies het niveau", plan)


def test_level_without_transfer_is_refused(as_editor, url, plan, entity):
    response = as_editor.post(url, valid(entity, transfer_level="province"))
    assert_refused(response, "transfer_level", "enkel bij een overheveling", plan)


def test_transfer_with_level_is_accepted(as_editor, url, plan, entity):
    as_editor.post(url, valid(entity, assessment="transfer", transfer_level="municipality"))
    assert plan.processes.get(code="OV-99").transfer_level == "municipality"


@pytest.mark.parametrize("field", ["code", "title", "entity", "axis"])
def test_empty_required_field_is_refused(as_editor, url, plan, entity, field):
    response = as_editor.post(url, valid(entity, **{field: ""}))
    assert_refused(response, field, "Dit veld is verplicht", plan)


def test_empty_form_is_refused_at_every_required_field(as_editor, url, plan):
    response = as_editor.post(url, {})
    form = response.context["form"]
    assert set(form.errors) == {"entity", "code", "title", "axis"}
    assert not plan.processes.exists()


@pytest.mark.parametrize(
    ("field", "length"), [("code", 31), ("title", 201), ("description", 4001), ("motivation", 4001)]
)
def test_too_long_value_is_refused(as_editor, url, plan, entity, field, length):
    response = as_editor.post(url, valid(entity, **{field: "x" * length}))
    assert_refused(response, field, "niet meer dan", plan)


def test_a_refused_motivation_is_not_also_reported_missing(as_editor, url, plan, entity):
    response = as_editor.post(url, valid(entity, motivation="x" * 4001))
    assert len(response.context["form"].errors["motivation"]) == 1


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("fte", "Het personeel (VTE) kan niet negatief zijn"),
        ("budget", "Het budget kan niet negatief"),
    ],
)
def test_negative_number_is_refused(as_editor, url, plan, entity, field, message):
    response = as_editor.post(url, valid(entity, **{field: "-1,5"}))
    assert_refused(response, field, message, plan, kept={field: "-1,5"})


@pytest.mark.parametrize("field", ["fte", "budget"])
def test_non_numeric_value_is_refused(as_editor, url, plan, entity, field):
    response = as_editor.post(url, valid(entity, **{field: "veel"}))
    assert_refused(response, field, "Voer een getal in", plan, kept={field: "veel"})


def test_too_many_digits_are_refused(as_editor, url, plan, entity):
    response = as_editor.post(url, valid(entity, fte="1234567,5"))
    assert_refused(response, "fte", "cijfers", plan)


def test_unknown_choice_is_refused(as_editor, url, plan, entity):
    response = as_editor.post(url, valid(entity, assessment="abolish"))
    assert_refused(response, "assessment", "geldige keuze", plan)


def test_foreign_entity_in_forged_post_is_refused(as_editor, url, plan, entity, other_entity):
    response = as_editor.post(url, valid(entity, entity=other_entity.pk))
    assert_refused(response, "entity", "Kies een entiteit van het eigen beleidsdomein", plan)


def test_duplicate_code_is_refused(as_editor, url, plan, entity):
    factories.CoreProcessFactory(plan=plan, entity=entity, code="OV-99")
    response = as_editor.post(url, valid(entity, title="Een ander proces"))
    assert response.status_code == 200
    assert "heeft al een kernproces met code OV-99" in str(response.context["form"].errors["code"])
    assert plan.processes.count() == 1


def test_duplicate_code_differing_in_case_is_refused(as_editor, url, plan, entity):
    factories.CoreProcessFactory(plan=plan, entity=entity, code="OV-99")
    response = as_editor.post(url, valid(entity, code="ov-99"))
    assert "code" in response.context["form"].errors
    assert plan.processes.count() == 1


def test_same_code_in_another_plan_is_fine(as_editor, url, plan, entity, other_plan):
    factories.CoreProcessFactory(plan=other_plan, code="OV-99")
    as_editor.post(url, valid(entity))
    assert plan.processes.filter(code="OV-99").exists()


def test_markup_is_stored_as_text_and_shown_escaped(as_editor, url, plan, entity):
    markup = '<script>alert("x")</script><b>vet</b>'
    as_editor.post(url, valid(entity, title=markup))
    page = as_editor.get(reverse("plans:plan_detail", kwargs={"pk": plan.pk})).content.decode()
    assert plan.processes.get(code="OV-99").title == markup
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;vet&lt;/b&gt;" in page


def test_markup_in_a_refused_form_is_kept_escaped(as_editor, url, plan, entity):
    response = as_editor.post(url, valid(entity, title="<i>x</i>", motivation=""))
    assert "&lt;i&gt;x&lt;/i&gt;" in response.content.decode()
    assert "<i>x</i>" not in response.content.decode()


# ---- who may add ----------------------------------------------------------------------


def test_other_domains_editor_gets_404(client, other_editor, url, plan, entity):
    client.force_login(other_editor)
    assert client.get(url).status_code == 404
    assert client.post(url, valid(entity)).status_code == 404
    assert not plan.processes.exists()


@pytest.mark.parametrize("role", ["coordinator", "member", "admin_user"])
def test_readers_of_the_plan_get_403(client, request, role, url, plan, entity):
    client.force_login(request.getfixturevalue(role))
    assert client.get(url).status_code == 403
    assert client.post(url, valid(entity)).status_code == 403
    assert not plan.processes.exists()


def test_anonymous_is_sent_to_sign_in(client, url, plan, entity):
    response = client.post(url, valid(entity))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not plan.processes.exists()


def test_editor_of_submitted_plan_is_sent_back_with_message(
    as_editor, plan, editor, advance, entity
):
    plan = advance(plan, "submitted", editor)
    url = reverse("processes:process_create", kwargs={"pk": plan.pk})
    response = as_editor.post(url, valid(entity, code="NEW"), follow=True)
    assert response.redirect_chain[-1][0] == f"/plannen/{plan.pk}/"
    assert "kan niet meer gewijzigd worden" in response.content.decode()
    assert not plan.processes.filter(code="NEW").exists()


def test_get_of_the_form_writes_nothing(as_editor, url, plan):
    as_editor.get(url, {"code": "X", "title": "Y"})
    assert not CoreProcess.objects.exists()
