"""Help where the choice is made (the axes and assessments beside the process form), the
glossary and the accessibility statement: public, Dutch first, linked from every page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from processes import vocabulary
from processes.models import Assessment, Axis

pytestmark = pytest.mark.django_db


def test_every_assessment_and_axis_is_explained():
    assert set(vocabulary.ASSESSMENT_HELP) == set(Assessment)
    assert set(vocabulary.AXIS_HELP) == set(Axis)
    assert [label for label, _ in vocabulary.assessments()] == [
        name for _, name in Assessment.choices
    ]


def test_glossary_is_public_and_dutch_first(client):
    response = client.get(reverse("publication:glossary"))
    content = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Woordenlijst</h1>" in content
    for label in ("Vatbaar voor afbouw", "Nieuw in te voeren", "Handhaving en inspectie"):
        assert f"<dt>{label}</dt>" in content
    assert "Interkabinettenwerkgroep" in content
    assert "De Vlaamse overheid kan deze activiteit geheel of gedeeltelijk stopzetten" in content


def test_glossary_in_english(client):
    client.cookies["django_language"] = "en"
    content = client.get(reverse("publication:glossary")).content.decode()
    assert "<dt>Eligible for phase-out</dt>" in content
    assert "The Flemish government can stop this activity" in content


def test_glossary_and_statement_refuse_post(client):
    assert client.post(reverse("publication:glossary")).status_code == 405
    assert client.post(reverse("accessibility_statement")).status_code == 405


def test_statement_says_status_contact_date_and_enforcement(client, settings):
    settings.ACCESSIBILITY_CONTACT_EMAIL = "toegankelijkheid@example.org"
    response = client.get(reverse("accessibility_statement"))
    content = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Toegankelijkheidsverklaring</h1>" in content
    assert "volledig in overeenstemming" in content and "WCAG" in content
    assert 'href="mailto:toegankelijkheid@example.org"' in content
    assert "1 december 2026" in content
    assert "Handhavingsprocedure" in content and "Vlaamse Ombudsdienst" in content


@pytest.mark.parametrize("signed_in", [False, True])
def test_every_page_links_glossary_and_statement_in_its_footer(client, editor, signed_in):
    if signed_in:
        client.force_login(editor)
    content = client.get(reverse("publication:glossary")).content.decode()
    footer = content.split('<footer class="site-footer')[1]
    assert f'href="{reverse("accessibility_statement")}"' in footer
    assert f'href="{reverse("publication:glossary")}"' in footer


@pytest.mark.parametrize("htmx", [False, True])
def test_process_form_explains_axes_and_assessments_beside_the_fields(client, editor, plan, htmx):
    client.force_login(editor)
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    content = client.get(
        reverse("processes:process_create", kwargs={"pk": plan.pk}), **headers
    ).content.decode()
    assert "Hulp bij uw keuze" in content
    assert "<summary>Wat de assen betekenen</summary>" in content
    assert "<summary>Wat de beoordelingen betekenen</summary>" in content
    assert "De activiteit is een kerntaak en werkt goed zoals ze is." in content
    assert "Nagaan of regels worden nageleefd" in content
    assert f'href="{reverse("publication:glossary")}"' in content
    # The axis field points to the help.
    assert "worden uitgelegd onder “Hulp bij uw keuze”" in content
