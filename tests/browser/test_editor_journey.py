"""The editor's journey in a real browser (issue 4, SPEC §4–§6).

The demo editor of Onderwijs en Vorming adds processes (one refused first for a missing
motivation), records the minister consultation and submits; the coordinator gets the
mail; the editor of another domain cannot even see the plan. Every page is checked with
axe-core in the states the editor meets it: empty, filled, with errors, submitted,
returned.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.core import mail
from playwright.sync_api import expect

from plans import services
from plans.models import Plan
from processes.models import CoreProcess

pytestmark = pytest.mark.django_db(transaction=True)


def demo_plan(code: str = "OV") -> Plan:
    return Plan.objects.get(domain__code=code, round__slug="2014-2015")


def open_add_form(page) -> None:
    page.get_by_role("link", name="Kernproces toevoegen").click()
    expect(page.locator("#process-editor form")).to_be_visible()


def fill_process(page, *, code: str, title: str, assessment: str, motivation: str = "") -> None:
    editor = page.locator("#process-editor")
    editor.get_by_label("Verantwoordelijke entiteit").select_option(index=1)
    editor.get_by_label("Code").fill(code)
    editor.get_by_label("Titel").fill(title)
    editor.get_by_label("As").select_option("regulation")
    editor.get_by_label("Beoordeling").select_option(assessment)
    editor.get_by_label("Motivering").fill(motivation)
    editor.get_by_label("Personeel (VTE)").fill("2,5")
    editor.get_by_label("Budget (k€)").fill("1250,5")


def test_editor_adds_processes_consults_and_submits(signed_in, assert_accessible):
    plan = demo_plan()
    page = signed_in("editor")
    expect(page.get_by_role("heading", name="Mijn plan")).to_be_visible()
    expect(page.get_by_text("Termijn verstreken")).to_be_visible()
    expect(page.get_by_text("Registreer het overleg met")).to_be_visible()
    assert_accessible(page, "dashboard, draft with a missing consultation")

    page.get_by_role("link", name="Het plan openen").click()
    expect(page.get_by_role("heading", name="Kernprocessen", exact=True)).to_be_visible()
    assert_accessible(page, "plan page, filled")

    # The first one is refused: an optimisation needs a motivation.
    open_add_form(page)
    assert_accessible(page, "add form, empty")
    fill_process(
        page, code="OV-90", title="Digitaliseren van de inschrijvingen", assessment="optimise"
    )
    page.locator("#process-editor").get_by_role("button", name="Toevoegen").click()
    motivation = page.locator("#process-editor #id_motivation")
    expect(motivation).to_have_class(re.compile("is-invalid"))
    expect(page.locator("#process-editor")).to_contain_text("Motiveer deze beoordeling.")
    expect(page.locator("#process-editor #id_code")).to_have_value("OV-90")  # values kept
    assert not plan.processes.filter(code="OV-90").exists()
    assert_accessible(page, "add form, with errors")

    motivation.fill("Eén digitaal loket voor alle inschrijvingen.")
    page.locator("#process-editor").get_by_role("button", name="Toevoegen").click()
    expect(page.locator("#plan-status")).to_contain_text("Kernproces OV-90 werd toegevoegd.")
    expect(page.locator("#processes")).to_contain_text("Digitaliseren van de inschrijvingen")
    process = plan.processes.get(code="OV-90")
    assert (process.fte, process.budget) == (Decimal("2.5"), Decimal("1250.5"))

    # A second one, kept as it is: no motivation needed.
    open_add_form(page)
    fill_process(page, code="OV-91", title="Erkennen van hogescholen", assessment="keep")
    page.locator("#process-editor").get_by_role("button", name="Toevoegen").click()
    expect(page.locator("#plan-status")).to_contain_text("Kernproces OV-91 werd toegevoegd.")
    assert_accessible(page, "plan page after adding")

    # Filtering without a reload keeps the page (and its status line).
    page.get_by_label("Beoordeling", exact=True).select_option("optimise")
    expect(page.locator("#processes")).not_to_contain_text("Erkennen van hogescholen")
    expect(page.locator("#plan-status")).to_contain_text("OV-91")
    assert "assessment=optimise" in page.url

    # The consultation of the competent minister.
    page.get_by_role("link", name="Overleg met de ministers").first.click()
    assert_accessible(page, "consultation, empty")
    fieldset = page.locator("fieldset").first
    fieldset.get_by_label("Uitkomst").select_option("remarks")
    page.get_by_role("button", name="Overleg bewaren").click()
    expect(page.get_by_text("Vul de datum van het overleg in.")).to_be_visible()
    expect(page.get_by_text("Beschrijf de opmerkingen van de minister.")).to_be_visible()
    assert_accessible(page, "consultation, with errors")
    fieldset = page.locator("fieldset").first
    fieldset.get_by_label("Datum van het overleg").fill("2015-01-20")
    fieldset.get_by_label("Notitie").fill("Akkoord, mits opvolging van de digitalisering.")
    page.get_by_role("button", name="Overleg bewaren").click()
    expect(page.get_by_text("Het overleg werd geregistreerd.")).to_be_visible()

    # Submit: the checklist is complete; the coordinator is mailed.
    page.get_by_role("link", name="Het plan indienen").click()
    expect(page.get_by_text("In orde:").first).to_be_visible()
    assert_accessible(page, "submit page, ready")
    page.get_by_label("Opmerking voor de coördinerende administratie").fill("Na overleg.")
    page.get_by_role("button", name="Het plan indienen").click()
    expect(page.get_by_text("Het plan werd ingediend.")).to_be_visible()
    expect(page.locator(".state-badge").first).to_have_text("Ingediend")
    expect(page.get_by_role("link", name="Kernproces toevoegen")).to_have_count(0)
    assert_accessible(page, "plan page, submitted")
    plan.refresh_from_db()
    assert plan.status == Plan.Status.SUBMITTED
    assert plan.versions.get().data["processes"][-1]["code"] == "OV-91"
    assert [m.to for m in mail.outbox] == [["coordinator@kerntaken.example"]]
    assert "Onderwijs en Vorming" in mail.outbox[0].subject


def test_editor_of_another_domain_cannot_see_the_plan(signed_in):
    plan = demo_plan()
    page = signed_in("editor2")
    # Through the signed-in browser's own session (a 404 page would count as a console
    # error in the fixture, so the request is made without rendering it).
    for path in (f"/plannen/{plan.pk}/", f"/plannen/{plan.pk}/processen/nieuw/"):
        assert page.request.get(path).status == 404
    page.goto("/plannen/")
    expect(page.get_by_role("link", name="Het plan openen")).to_have_count(1)
    assert f"/plannen/{plan.pk}/" not in page.content()


def test_returned_plan_shows_the_reason_and_is_resubmitted(signed_in, assert_accessible):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    plan = demo_plan()
    editor = User.objects.get(username="editor")
    for minister in plan.domain.ministers.all():
        services.record_consultation(
            plan=plan,
            minister=minister,
            date=plan.round.start_date,
            outcome="agreement",
            note="",
            by=editor,
        )
    plan = services.submit_plan(plan=plan, by=editor)
    services.return_plan(
        plan=plan,
        by=User.objects.get(username="coordinator"),
        reason="Motiveer de optimalisaties <b>uitgebreider</b>.",
    )
    page = signed_in("editor")
    expect(page.locator(".return-reason")).to_contain_text(
        "Motiveer de optimalisaties <b>uitgebreider</b>."
    )
    assert_accessible(page, "dashboard, returned")
    page.get_by_role("link", name="Het plan openen").click()
    expect(page.locator(".return-reason")).to_be_visible()
    assert_accessible(page, "plan page, returned")

    page.locator("#processes").get_by_role("link", name="Bewerken OV-02").click()
    editor_panel = page.locator("#process-editor")
    editor_panel.get_by_label("Motivering").fill("Uitgebreide motivering met de impact.")
    editor_panel.get_by_role("button", name="Bewaren").click()
    expect(page.locator("#plan-status")).to_contain_text("Kernproces OV-02 werd opgeslagen.")

    page.get_by_role("link", name="Het plan indienen").click()
    assert_accessible(page, "submit page, returned")
    # The plan changed after its consultation (SPEC §14): the editor confirms, with a reason.
    expect(page.locator(".earlier-version")).to_contain_text("Overlegd over een eerdere versie")
    page.get_by_label("De wijzigingen sinds het overleg vragen geen nieuw overleg").check()
    page.get_by_label("Waarom de wijzigingen geen nieuw overleg vragen").fill(
        "Enkel de motivering werd aangevuld."
    )
    page.get_by_role("button", name="Het plan indienen").click()
    expect(page.locator(".state-badge").first).to_have_text("Ingediend")
    assert CoreProcess.objects.get(plan=plan, code="OV-02").motivation.startswith("Uitgebreide")


def test_the_form_works_without_javascript(browser, demo):
    # axe-core needs JavaScript itself: these pages are checked with it in the next test.
    context = browser.new_context(base_url=demo.url, locale="nl-BE", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("/accounts/login/")
        page.fill("input[name=username]", "editor")
        page.fill("input[name=password]", "kerntaken")
        with page.expect_navigation():
            page.click("main button[type=submit]")
        page.wait_for_load_state("networkidle")
        plan = demo_plan()
        page.goto(f"/plannen/{plan.pk}/")
        page.get_by_role("link", name="Kernproces toevoegen").click()
        assert page.url.endswith(f"/plannen/{plan.pk}/processen/nieuw/")
        page.get_by_label("Verantwoordelijke entiteit").select_option(index=1)
        page.get_by_label("Code").fill("OV-95")
        page.get_by_label("Titel").fill("Zonder JavaScript")
        page.get_by_label("As").select_option("other")
        page.get_by_label("Beoordeling").select_option("keep")
        page.get_by_role("button", name="Toevoegen").click()
        expect(page.get_by_text("Kernproces OV-95 werd toegevoegd.")).to_be_visible()
        process = plan.processes.get(code="OV-95")
        assert page.url.endswith(f"/plannen/{plan.pk}/#process-{process.pk}")

        # Delete from the edit page, through the confirmation page: plain forms.
        page.locator(f"#process-{process.pk}").get_by_role("link", name="Bewerken").click()
        page.get_by_role("link", name="Verwijderen").click()
        page.get_by_role("button", name="Verwijderen").click()
        expect(page.get_by_text("Kernproces OV-95 werd verwijderd.")).to_be_visible()
        assert not plan.processes.filter(code="OV-95").exists()

        # Move by the arrow buttons (plain POST forms).
        first = plan.processes.order_by("position").first()
        with page.expect_navigation():
            page.locator(f"#down-{first.pk}").click()
        assert plan.processes.order_by("position")[1].pk == first.pk
    finally:
        context.close()


def test_pages_of_one_process_are_accessible(signed_in, assert_accessible):
    plan = demo_plan()
    process = plan.processes.order_by("position").first()
    page = signed_in("editor")
    for path, label in [
        (f"/processen/{process.pk}/bewerken/", "edit page"),
        (f"/processen/{process.pk}/verwijderen/", "delete confirmation"),
        (f"/processen/{process.pk}/geschiedenis/", "process history"),
        (f"/plannen/{plan.pk}/processen/nieuw/", "add page"),
        (f"/plannen/{plan.pk}/geschiedenis/", "plan history"),
        (f"/plannen/{plan.pk}/indienen/", "submit page, consultation missing"),
        (f"/plannen/{plan.pk}/?q=geen-enkel-proces", "plan page, empty table"),
        (f"/plannen/{plan.pk}/?sort=-code&axis=regulation", "plan page, sorted and filtered"),
    ]:
        page.goto(path)
        assert_accessible(page, label)
    assert plan.processes.filter(pk=process.pk).exists()  # GET deleted nothing
