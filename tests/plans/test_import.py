"""Import of core processes from Excel (SPEC §7): preview, apply, round trip, permissions."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from exchange.exports import plan_workbook_response, template_response
from exchange.import_files import UploadStore, read_upload
from exchange.imports import PreviewChanged, apply_import, preview_import, validate_rows
from plans import services as plan_services
from processes import services as process_services
from processes.models import CoreProcess
from tests import factories
from tests.conftest import consult_all
from tests.plans.excel import (
    add_processes,
    open_workbook,
    response_bytes,
    row,
    workbook_bytes,
)


@pytest.fixture
def filled_plan(plan, entity):
    add_processes(plan, entity)
    return plan


@pytest.fixture(autouse=True)
def _private_import_dir(settings, tmp_path):
    settings.IMPORT_TEMP_DIR = tmp_path / "imports"


def state(plan) -> list[tuple]:
    """Everything an import could change, to compare before and after."""
    return list(
        CoreProcess.objects.order_by("pk").values_list(
            "pk", "plan_id", "code", "title", "version", "assessment", "fte", "budget"
        )
    ) + [("history", CoreProcess.history.count())]


def exported(plan) -> bytes:
    return response_bytes(plan_workbook_response(plan))


def edited(data: bytes, edit) -> bytes:
    """The workbook `data` after `edit(processes_sheet)`."""
    workbook = open_workbook(data)
    edit(workbook["Kernprocessen"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def upload(client, plan, data: bytes, name: str = "kernprocessen.xlsx"):
    url = reverse("exchange:process_import", kwargs={"pk": plan.pk})
    return client.post(url, {"file": SimpleUploadedFile(name, data)})


def apply(client, plan, token: str):
    url = reverse("exchange:process_import_apply", kwargs={"pk": plan.pk})
    return client.post(url, {"token": token})


NEW_ROW = row(
    entity="DOV",
    code="OV-04",
    title="Nieuw proces",
    axis="Regelgeving",
    assessment="Activiteit verder te versterken",
    motivation="Meer vraag.",
    fte="1,5",
    budget=80,
)


# ---- round trip ---------------------------------------------------------------------------


def test_exported_plan_imported_unchanged_changes_nothing(client, editor, filled_plan):
    before = state(filled_plan)
    client.force_login(editor)
    response = upload(client, filled_plan, exported(filled_plan))
    assert response.status_code == 200
    preview = response.context["preview"]
    assert (preview.additions, preview.updates, preview.unchanged) == ([], [], 3)
    assert "Niets te wijzigen" in response.content.decode()
    assert response.context["token"] == ""
    assert state(filled_plan) == before


def test_template_imported_unchanged_changes_nothing(filled_plan):
    data = response_bytes(template_response(filled_plan))
    preview = preview_import(filled_plan, io.BytesIO(data))
    assert preview.is_valid
    assert (preview.has_changes, preview.unchanged) == (False, 3)


def test_round_trip_keeps_awkward_text_unchanged(filled_plan):
    CoreProcess.objects.filter(code="OV-01").update(
        title="=1+1 @x", description="regel een\r\nregel twee  ", motivation="-min\x07"
    )
    preview = preview_import(filled_plan, io.BytesIO(exported(filled_plan)))
    assert preview.is_valid
    assert (preview.has_changes, preview.unchanged) == (False, 3)


# ---- preview and apply --------------------------------------------------------------------


def _changed_file(plan) -> bytes:
    def edit(sheet):
        sheet["D2"] = "Leerlingenbegeleiding en -oriëntering"
        sheet["K3"] = 2.5
        sheet.append(NEW_ROW)

    return edited(exported(plan), edit)


def test_preview_lists_additions_and_updates_and_writes_nothing(client, editor, filled_plan):
    before = state(filled_plan)
    client.force_login(editor)
    response = upload(client, filled_plan, _changed_file(filled_plan))
    preview = response.context["preview"]
    assert [(c.row, c.code, c.title) for c in preview.additions] == [(5, "OV-04", "Nieuw proces")]
    assert [(c.row, c.code, c.changed) for c in preview.updates] == [
        (2, "OV-01", ["Titel"]),
        (3, "OV-02", ["Personeel (VTE)"]),
    ]
    assert preview.unchanged == 1
    page = response.content.decode()
    assert "Nieuw proces" in page and "Import toepassen" in page
    assert state(filled_plan) == before


def test_apply_writes_the_additions_and_updates(client, editor, filled_plan):
    client.force_login(editor)
    token = upload(client, filled_plan, _changed_file(filled_plan)).context["token"]
    response = apply(client, filled_plan, token)
    assert response.status_code == 302
    assert response["Location"] == filled_plan.get_absolute_url()
    first = CoreProcess.objects.get(plan=filled_plan, code="OV-01")
    assert (first.title, first.version) == ("Leerlingenbegeleiding en -oriëntering", 2)
    assert first.history.count() == 2  # the update went through the service
    assert CoreProcess.objects.get(plan=filled_plan, code="OV-02").fte == Decimal("2.5")
    new = CoreProcess.objects.get(plan=filled_plan, code="OV-04")
    assert (new.entity.acronym, new.axis, new.assessment) == ("DOV", "regulation", "strengthen")
    assert (new.fte, new.budget, new.position) == (Decimal("1.5"), Decimal("80"), 4)
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["Import uitgevoerd. Kernprocessen: 1 toegevoegd, 2 gewijzigd."]


def test_applied_upload_is_removed_and_cannot_be_applied_twice(client, editor, filled_plan):
    client.force_login(editor)
    token = upload(client, filled_plan, _changed_file(filled_plan)).context["token"]
    stored = UploadStore(client.session).directory / f"{token}.json"
    assert stored.exists()
    apply(client, filled_plan, token)
    assert not stored.exists()
    before = state(filled_plan)
    response = apply(client, filled_plan, token)
    assert response["Location"] == reverse("exchange:process_import", kwargs={"pk": filled_plan.pk})
    assert state(filled_plan) == before


def test_accepts_codes_english_labels_names_and_decimal_commas(filled_plan):
    rows = [
        row(entity="Departement Onderwijs", code="A", title="a", axis="regulation",
            assessment="keep", fte="1.234,5", budget="2 000,5"),
        row(entity="dov", code="B", title="b", axis="Own service delivery",
            assessment="(Partly) transfer to local government", motivation="m",
            transfer_level="intermunicipal", fte="0.75"),
        row(entity="DOV – Departement Onderwijs", code="C", title="c",
            axis="  eigen   DIENSTVERLENING ", assessment="Behouden in huidige vorm", budget=3),
    ]  # fmt: skip
    preview = preview_import(filled_plan, io.BytesIO(workbook_bytes(rows)))
    assert preview.problems == []
    values = {change.code: change.values for change in preview.additions}
    assert values["A"]["fte"] == Decimal("1234.5")
    assert values["A"]["budget"] == Decimal("2000.5")
    assert values["B"]["assessment"] == "transfer"
    assert values["B"]["transfer_level"] == "intermunicipal"
    assert values["B"]["fte"] == Decimal("0.75")
    assert values["C"]["axis"] == "service_delivery"
    assert {v["entity"].acronym for v in values.values()} == {"DOV"}


def test_blank_rows_are_skipped(filled_plan):
    rows = [row(), NEW_ROW, row(title="   ")]
    preview = preview_import(filled_plan, io.BytesIO(workbook_bytes(rows)))
    assert preview.problems == []
    assert [change.row for change in preview.additions] == [3]


def test_apply_is_all_or_nothing(filled_plan, editor, monkeypatch):
    data = _changed_file(filled_plan)
    preview = preview_import(filled_plan, io.BytesIO(data))
    assert (len(preview.updates), len(preview.additions)) == (2, 1)
    before = state(filled_plan)

    def failing_create(*args, **kwargs):
        raise ValidationError("De schijf is vol.")  # after the updates were written

    monkeypatch.setattr(process_services, "bulk_create_with_history", failing_create)
    with pytest.raises(ValidationError):
        apply_import(
            plan=filled_plan,
            by=editor,
            sheet=read_upload(io.BytesIO(data)),
            fingerprint=preview.fingerprint,
        )
    assert state(filled_plan) == before


def test_a_failure_at_apply_is_a_message_not_an_error_page(
    client, editor, filled_plan, monkeypatch
):
    client.force_login(editor)
    token = upload(client, filled_plan, _changed_file(filled_plan)).context["token"]
    before = state(filled_plan)

    def failing_create(*args, **kwargs):
        raise ValidationError("De schijf is vol.")

    monkeypatch.setattr(process_services, "bulk_create_with_history", failing_create)
    response = apply(client, filled_plan, token)
    assert response.status_code == 302
    assert [str(m) for m in response.wsgi_request._messages] == ["De schijf is vol."]
    assert state(filled_plan) == before


def _as_dict(values: list) -> dict:
    from exchange.columns import columns

    return {column.key: value for column, value in zip(columns(), values, strict=True)}


def test_apply_refuses_when_the_plan_changed_since_the_preview(filled_plan, editor):
    data = _changed_file(filled_plan)
    preview = preview_import(filled_plan, io.BytesIO(data))
    process = CoreProcess.objects.get(plan=filled_plan, code="OV-01")
    process_services.update_process(process=process, by=editor, version=1, title="Intussen")
    before = state(filled_plan)
    with pytest.raises(PreviewChanged) as changed:
        apply_import(
            plan=filled_plan,
            by=editor,
            sheet=read_upload(io.BytesIO(data)),
            fingerprint=preview.fingerprint,
        )
    assert changed.value.preview.is_valid
    assert state(filled_plan) == before


def test_changed_plan_shows_the_new_preview_to_apply(client, editor, filled_plan):
    client.force_login(editor)
    token = upload(client, filled_plan, _changed_file(filled_plan)).context["token"]
    process = CoreProcess.objects.get(plan=filled_plan, code="OV-03")
    process_services.update_process(process=process, by=editor, version=1, title="Intussen")
    response = apply(client, filled_plan, token)
    assert response.status_code == 200
    assert "Het plan is sinds de voorvertoning gewijzigd." in response.content.decode()
    assert CoreProcess.objects.get(plan=filled_plan, code="OV-03").title == "Intussen"
    response = apply(client, filled_plan, response.context["token"])
    assert response.status_code == 302
    assert CoreProcess.objects.filter(plan=filled_plan, code="OV-04").exists()


def test_apply_is_refused_once_the_plan_is_submitted(client, editor, filled_plan):
    client.force_login(editor)
    token = upload(client, filled_plan, _changed_file(filled_plan)).context["token"]
    consult_all(filled_plan, editor)
    plan_services.submit_plan(plan=filled_plan, by=editor)
    before = state(filled_plan)
    assert apply(client, filled_plan, token).status_code == 403
    assert state(filled_plan) == before


def test_tampered_rows_between_preview_and_apply_are_refused(client, editor, filled_plan):
    client.force_login(editor)
    token = upload(client, filled_plan, _changed_file(filled_plan)).context["token"]
    stored = UploadStore(client.session).directory / f"{token}.json"
    stored.write_text(stored.read_text().replace("Nieuw proces", "Iets anders"))
    before = state(filled_plan)
    response = apply(client, filled_plan, token)
    assert response["Location"] == reverse("exchange:process_import", kwargs={"pk": filled_plan.pk})
    assert state(filled_plan) == before


def test_date_cells_are_read_as_text(filled_plan, editor):
    data = workbook_bytes([NEW_ROW[:4] + [dt.date(2015, 7, 17)] + NEW_ROW[5:]])
    sheet = read_upload(io.BytesIO(data))
    sheet = type(sheet).from_json(sheet.to_json())  # as kept between preview and apply
    preview = validate_rows(filled_plan, sheet)
    assert preview.additions[0].values["description"] == "2015-07-17T00:00:00"


def test_apply_needs_the_token_of_this_session(client, editor, filled_plan):
    client.force_login(editor)
    token = upload(client, filled_plan, _changed_file(filled_plan)).context["token"]
    other = type(client)()
    other.force_login(editor)
    before = state(filled_plan)
    response = apply(other, filled_plan, token)
    assert response["Location"] == reverse("exchange:process_import", kwargs={"pk": filled_plan.pk})
    assert state(filled_plan) == before


def test_token_is_bound_to_its_plan(client, editor, filled_plan, domain, entity):
    later = factories.PlanFactory(domain=domain, round=factories.RoundFactory(slug="2019"))
    client.force_login(editor)
    token = upload(client, filled_plan, _changed_file(filled_plan)).context["token"]
    before = state(filled_plan)
    response = apply(client, later, token)
    assert response["Location"] == reverse("exchange:process_import", kwargs={"pk": later.pk})
    assert state(filled_plan) == before


def test_import_never_touches_another_plan(client, editor, filled_plan, other_plan, other_entity):
    factories.CoreProcessFactory(plan=other_plan, entity=other_entity, code="OV-01", title="X")
    client.force_login(editor)
    token = upload(client, filled_plan, _changed_file(filled_plan)).context["token"]
    apply(client, filled_plan, token)
    assert CoreProcess.objects.get(plan=other_plan, code="OV-01").title == "X"
    assert CoreProcess.objects.filter(plan=other_plan).count() == 1


def test_returned_plan_can_be_imported(client, editor, coordinator, filled_plan):
    consult_all(filled_plan, editor)
    plan_services.submit_plan(plan=filled_plan, by=editor)
    plan_services.return_plan(plan=filled_plan, by=coordinator, reason="Aanvullen.")
    client.force_login(editor)
    token = upload(client, filled_plan, _changed_file(filled_plan)).context["token"]
    assert apply(client, filled_plan, token).status_code == 302
    assert CoreProcess.objects.filter(plan=filled_plan, code="OV-04").exists()


# ---- who may import -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["exchange:process_import", "exchange:process_import_template"])
def test_editor_opens_the_import_and_the_template(client, editor, filled_plan, name):
    client.force_login(editor)
    assert client.get(reverse(name, kwargs={"pk": filled_plan.pk})).status_code == 200


@pytest.mark.parametrize(
    ("user", "status"),
    [("other_editor", 404), ("viewer", 404), ("outsider", 404), ("coordinator", 403),
     ("member", 403), ("admin_user", 403)],
)  # fmt: skip
@pytest.mark.parametrize("name", ["exchange:process_import", "exchange:process_import_template"])
def test_others_may_not_import(client, request, filled_plan, user, status, name):
    client.force_login(request.getfixturevalue(user))
    url = reverse(name, kwargs={"pk": filled_plan.pk})
    assert client.get(url).status_code == status


@pytest.mark.parametrize(
    ("user", "status"),
    [("other_editor", 404), ("viewer", 404), ("coordinator", 403), ("member", 403)],
)
def test_others_cannot_upload_or_apply(client, request, filled_plan, user, status):
    client.force_login(request.getfixturevalue(user))
    before = state(filled_plan)
    assert upload(client, filled_plan, _changed_file(filled_plan)).status_code == status
    assert apply(client, filled_plan, "x" * 43).status_code == status
    assert state(filled_plan) == before


def test_editor_may_not_import_into_a_submitted_plan(client, editor, filled_plan):
    consult_all(filled_plan, editor)
    plan_services.submit_plan(plan=filled_plan, by=editor)
    client.force_login(editor)
    before = state(filled_plan)
    assert (
        client.get(reverse("exchange:process_import", kwargs={"pk": filled_plan.pk})).status_code
        == 403
    )
    assert upload(client, filled_plan, _changed_file(filled_plan)).status_code == 403
    assert state(filled_plan) == before


def test_anonymous_is_sent_to_sign_in(client, filled_plan):
    response = client.get(reverse("exchange:process_import", kwargs={"pk": filled_plan.pk}))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_apply_refuses_get(client, editor, filled_plan):
    client.force_login(editor)
    url = reverse("exchange:process_import_apply", kwargs={"pk": filled_plan.pk})
    assert client.get(url).status_code == 405
