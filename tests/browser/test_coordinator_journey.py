"""The coordinator's journey in a real browser (issue 5 §8).

The demo coordinator takes the submitted plan of Mobiliteit en Openbare Werken through
the framework check, puts it before the working group of the demo member, starts the
review, decides its items at a new meeting (one amended with a note, the rest confirmed
in one go), validates it and records the government decision with a PDF that approves
it. The member then reads the plan; nobody can change it any more. Every page is
checked with axe-core in the states the coordinator meets.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from kerntaken import permissions
from plans.models import Plan
from processes.models import REVIEWED_ASSESSMENTS
from reviews.models import ReviewItem

pytestmark = pytest.mark.django_db(transaction=True)

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
MEMBER_GROUP = "Interkabinettenwerkgroep Economie, Werk en Landbouw"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def mow() -> Plan:
    return Plan.objects.select_related("domain").get(domain__code="MOW")


def test_coordinator_takes_a_submitted_plan_to_approval(
    signed_in, assert_accessible, django_user_model
):
    page = signed_in("coordinator")
    assert page.url.endswith("/toetsing/")
    assert_accessible(page, "round overview")

    # The queue leads to the plan's review page.
    page.get_by_role("table", name=re.compile("Ingediende plannen")).get_by_role(
        "link", name="Mobiliteit en Openbare Werken"
    ).click()
    assert (
        page.get_by_role("heading", level=1)
        .inner_text()
        .startswith("Mobiliteit en Openbare Werken")
    )
    assert_accessible(page, "plan review, submitted")

    # Framework check: refused without a conclusion, then saved.
    page.get_by_role("link", name="Toetsing aan het kader").click()
    page.get_by_role("button", name="Toetsing aan het kader opslaan").click()
    expect(page.get_by_text("Schrijf de conclusie van de toetsing aan het kader.")).to_be_visible()
    assert_accessible(page, "framework check with errors")
    page.get_by_label("Regelgeving").fill("De vergunningsprocedures kunnen eenvoudiger.")
    page.get_by_label("Conclusie").fill("Het plan past binnen het kader.")
    page.get_by_role("button", name="Toetsing aan het kader opslaan").click()
    expect(page.get_by_text("De toetsing aan het kader is opgeslagen.")).to_be_visible()

    # Put it before the member's working group, then start the review with one extra process.
    page.get_by_label("Verplaatsen naar de werkgroep").select_option(label=MEMBER_GROUP)
    page.get_by_role("button", name="Toewijzen").click()
    expect(
        page.get_by_text(f"Het plan ligt nu voor bij de werkgroep “{MEMBER_GROUP}”.")
    ).to_be_visible()
    page.get_by_role("link", name="Toetsing starten").click()
    assert_accessible(page, "start review")
    page.get_by_role("group", name="Leg ook deze processen voor aan de werkgroep").get_by_role(
        "checkbox"
    ).first.check()
    page.get_by_role("button", name="Toetsing starten").click()
    expect(page.get_by_text("De toetsing is gestart.")).to_be_visible()
    plan = mow()
    assert plan.status == Plan.Status.IN_REVIEW
    items = list(plan.review_items.select_related("process").order_by("process__position"))
    assert sum(item.added_by_coordinator for item in items) == 1
    assert_accessible(page, "plan review, in review")

    # A new meeting of the group with the plan's items on its agenda.
    page.get_by_role("link", name=MEMBER_GROUP).click()
    page.get_by_role("link", name="Nieuwe vergadering").click()
    assert_accessible(page, "new meeting")
    page.get_by_role("button", name="Vergadering opslaan").click()
    expect(page.get_by_text("Dit veld is verplicht.").first).to_be_visible()
    assert_accessible(page, "new meeting with errors")
    page.get_by_label("Datum").fill("2015-06-23")
    page.get_by_label("Plaats").fill("Martelaarszaal, Brussel")
    agenda = page.get_by_role("group", name="Agenda")
    for checkbox in agenda.get_by_role(
        "checkbox", name=re.compile("Mobiliteit en Openbare Werken")
    ).all():
        checkbox.check()
    page.get_by_role("button", name="Vergadering opslaan").click()
    expect(page.get_by_text("De vergadering is aangemaakt.")).to_be_visible()
    assert page.locator("ol.agenda > li").count() == len(items)
    assert_accessible(page, "meeting with its agenda")

    # One item amended, in place (htmx): first refused without its note.
    amended = next(i for i in items if i.proposed_assessment in REVIEWED_ASSESSMENTS)
    card = page.locator(f"#item-{amended.pk}")
    card.get_by_label("Gewijzigd").check()
    card.get_by_label("Nieuwe beoordeling").select_option("keep")
    card.get_by_role("button", name=re.compile("Beslissing opslaan")).click()
    expect(card.get_by_text("Licht de wijziging toe.")).to_be_visible()
    assert ReviewItem.objects.get(pk=amended.pk).decision == ReviewItem.Decision.PENDING
    assert_accessible(page, "decision with errors")
    card.get_by_label("Toelichting").fill("Het proces blijft nodig voor de verkeersveiligheid.")
    card.get_by_role("button", name=re.compile("Beslissing opslaan")).click()
    expect(card.get_by_text("Beslissing opgeslagen.")).to_be_visible()
    assert ReviewItem.objects.get(pk=amended.pk).decision == ReviewItem.Decision.AMENDED

    # The rest confirmed in one go, after a confirmation step.
    page.reload()
    page.get_by_role("link", name=re.compile("resterende punt")).click()
    assert_accessible(page, "confirm remaining")
    remaining = len(items) - 1
    page.get_by_role("button", name=f"{remaining} punten bevestigen").click()
    expect(page.get_by_text(f"{remaining} punten bevestigd.")).to_be_visible()
    assert_accessible(page, "meeting, decided")
    with page.expect_download() as download:
        page.get_by_role("link", name="Agenda en beslissingen downloaden (Excel)").click()
    assert download.value.suggested_filename.endswith("-2015-06-23.xlsx")

    # Validate.
    page.goto(f"/toetsing/plannen/{plan.pk}/")
    page.get_by_role("link", name="Plan valideren").click()
    assert_accessible(page, "validate")
    page.get_by_role("button", name="Plan valideren").click()
    expect(page.get_by_text("Het plan is gevalideerd: de eindbeoordelingen")).to_be_visible()
    assert mow().status == Plan.Status.VALIDATED

    # The government decision with its PDF approves the plan.
    page.get_by_role("link", name="Beslissing van de Vlaamse Regering registreren").click()
    page.get_by_label("Datum van de beslissing").fill("2015-07-17")
    page.get_by_label("Referentienummer").fill("VR 2015 1707 DOC.0790/1")
    page.get_by_label("Beslissingsdocument (pdf)").set_input_files(
        files=[{"name": "besluit.txt", "mimeType": "text/plain", "buffer": b"geen pdf"}]
    )
    page.get_by_role("button", name="Beslissing registreren en goedkeuren").click()
    expect(page.get_by_text("Het beslissingsdocument moet een pdf-bestand zijn")).to_be_visible()
    assert mow().status == Plan.Status.VALIDATED
    assert_accessible(page, "decision with errors")
    page.get_by_label("Beslissingsdocument (pdf)").set_input_files(
        files=[{"name": "besluit.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_label("Mobiliteit en Openbare Werken (Gevalideerd)").check()
    page.get_by_role("button", name="Beslissing registreren en goedkeuren").click()
    expect(page.get_by_text("1 plan is goedgekeurd.")).to_be_visible()
    assert_accessible(page, "decision")
    plan = mow()
    assert plan.status == Plan.Status.APPROVED
    assert plan.government_decision.document.read() == PDF
    page.get_by_role("link", name="Mobiliteit en Openbare Werken").click()
    expect(page.get_by_text("Goedgekeurd: het plan kan niet meer veranderen.")).to_be_visible()
    assert_accessible(page, "plan review, approved")

    # A member of the group reads the plan, without any action.
    member_page = signed_in("member")
    member_page.get_by_role("link", name=MEMBER_GROUP).click()
    member_page.get_by_role("link", name="Mobiliteit en Openbare Werken").click()
    expect(member_page.get_by_text("als lid van de werkgroep")).to_be_visible()
    assert member_page.get_by_role("link", name="Plan valideren").count() == 0
    expect(
        member_page.get_by_text("Het proces blijft nodig voor de verkeersveiligheid.")
    ).to_be_visible()
    assert_accessible(member_page, "plan review, read by a member")

    # Nobody changes the approved plan: not its editor, not the administration.
    editor = plan.domain.editors.get()
    assert not permissions.can_edit_plan(editor, plan)
    admin = Client()
    admin.force_login(django_user_model.objects.get(username="admin"))
    response = admin.post(f"/admin/plans/plan/{plan.pk}/change/", {"return_reason": "Gewijzigd"})
    assert response.status_code == 403
    process = plan.processes.first()
    response = admin.post(
        f"/admin/processes/coreprocess/{process.pk}/change/", {"title": "Via de admin"}
    )
    assert response.status_code == 403
    assert Plan.objects.get(pk=plan.pk).return_reason == ""


def test_coordination_pages_are_accessible_in_their_states(signed_in, assert_accessible):
    page = signed_in("coordinator")

    # Working groups: the list, a new one refused without a name, then an empty group.
    page.get_by_role("navigation", name="Hoofdnavigatie").get_by_role(
        "link", name="Werkgroepen"
    ).click()
    assert_accessible(page, "working groups")
    page.get_by_role("link", name="Nieuwe werkgroep").click()
    assert_accessible(page, "new working group")
    page.get_by_role("button", name="Werkgroep opslaan").click()
    expect(page.get_by_text("Dit veld is verplicht.").first).to_be_visible()
    assert_accessible(page, "new working group with errors")
    page.get_by_label("Naam").fill("Interkabinettenwerkgroep Kanselarij")
    page.get_by_role("button", name="Werkgroep opslaan").click()
    expect(page.get_by_text("De werkgroep is aangemaakt.")).to_be_visible()
    expect(page.get_by_text("Er liggen geen plannen voor bij deze werkgroep.")).to_be_visible()
    assert_accessible(page, "empty working group")
    page.get_by_role("link", name="Werkgroep wijzigen").click()
    assert_accessible(page, "edit working group")
    page.get_by_role("link", name="Annuleren").click()
    page.get_by_role("link", name="Nieuwe vergadering").click()
    page.get_by_label("Datum").fill("2015-06-30")
    page.get_by_role("button", name="Vergadering opslaan").click()
    expect(page.get_by_text("Nog niets op de agenda.")).to_be_visible()
    assert_accessible(page, "meeting with an empty agenda")
    page.goto(page.url + "alles-bevestigen/")
    expect(page.get_by_text("Over elk punt op deze agenda is beslist.")).to_be_visible()
    assert_accessible(page, "nothing left to confirm")

    # A meeting of the demo with decided and deferred items, and its agenda form.
    lne = Plan.objects.get(domain__code="LNE")
    deferred = lne.review_items.get(decision=ReviewItem.Decision.DEFERRED)
    page.goto(f"/toetsing/vergaderingen/{deferred.meeting_id}/")
    assert_accessible(page, "meeting with a deferred item")
    page.get_by_role("link", name="Vergadering en agenda wijzigen").click()
    assert_accessible(page, "edit meeting")

    # An item's own page, and a return refused without its reason.
    pending = lne.review_items.filter(decision=ReviewItem.Decision.PENDING).first()
    page.goto(f"/toetsing/punten/{pending.pk}/beslissen/")
    assert_accessible(page, "decide an item")
    rwo = Plan.objects.get(domain__code="RWO")
    page.goto(f"/toetsing/plannen/{rwo.pk}/terugsturen/")
    assert_accessible(page, "return")
    page.get_by_role("button", name="Plan terugsturen").click()
    expect(
        page.get_by_text("Geef de reden op waarom het plan wordt teruggestuurd.")
    ).to_be_visible()
    assert_accessible(page, "return with errors")
    assert Plan.objects.get(pk=rwo.pk).status == Plan.Status.SUBMITTED

    # A validation that cannot happen yet, the plan of an approved domain, the decisions.
    page.goto(f"/toetsing/plannen/{lne.pk}/valideren/")
    expect(page.get_by_text("het plan kan niet worden gevalideerd")).to_be_visible()
    assert_accessible(page, "validate, items open")
    page.goto(f"/toetsing/plannen/{Plan.objects.get(domain__code='DAR').pk}/")
    assert_accessible(page, "plan review, approved by the demo decision")
    page.get_by_role("link", name="VR 2015 1707 DOC.0789/1").click()
    assert_accessible(page, "decision of the demo")
    page.get_by_role("link", name="Beslissingen van de Vlaamse Regering").first.click()
    assert_accessible(page, "decisions")
    page.get_by_role("link", name="Een beslissing van de Vlaamse Regering registreren").click()
    assert_accessible(page, "new decision")

    # The member reads their group, its meeting and the decisions.
    member_page = signed_in("member")
    assert_accessible(member_page, "member's working groups")
    member_page.get_by_role("link", name=MEMBER_GROUP).click()
    assert_accessible(member_page, "member's working group")
    member_page.get_by_role("link", name="19 mei 2015").click()
    expect(member_page.get_by_role("button", name=re.compile("Beslissing opslaan"))).to_have_count(
        0
    )
    assert_accessible(member_page, "member's meeting")
