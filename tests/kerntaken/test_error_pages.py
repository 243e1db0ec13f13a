"""The 400, 403, 404 and 500 pages: in the site's layout and the user's language, with a
way back; the 500 page needs no database."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation
from django.views.defaults import server_error

pytestmark = pytest.mark.django_db


def test_404_in_dutch_in_the_layout_with_a_way_back(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    text = response.content.decode()
    assert '<html lang="nl">' in text
    assert "Deze pagina bestaat niet" in text
    assert 'class="site-header"' in text
    assert '<a class="btn btn-primary" href="/">Terug naar de startpagina</a>' in text


def test_404_in_english_for_a_user_who_chose_english(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = client.get("/bestaat-niet/")
    text = response.content.decode()
    assert '<html lang="en">' in text
    assert "This page does not exist" in text and "Back to the start page" in text


def test_404_of_a_plan_not_yours_looks_the_same(client, editor, other_plan):
    client.force_login(editor)
    response = client.get(reverse("plans:plan_detail", kwargs={"pk": other_plan.pk}))
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()
    assert "Meldingen" in response.content.decode()  # signed in: the header as everywhere


def test_403_in_dutch_in_the_layout(client, editor):
    client.force_login(editor)
    response = client.get(reverse("reviews:round_overview"))
    assert response.status_code == 403
    text = response.content.decode()
    assert "U mag dit niet doen" in text and "Terug naar de startpagina" in text
    assert 'class="site-header"' in text


def test_400_in_dutch_in_the_layout():
    client = Client(raise_request_exception=False)
    response = client.get("/", headers={"host": "aanvaller.example"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Deze aanvraag kon niet verwerkt worden" in text
    assert "Terug naar de startpagina" in text


@pytest.mark.urls("tests.kerntaken.urls_failing")
def test_500_in_dutch_with_a_way_back():
    response = Client(raise_request_exception=False).get("/stuk/")
    assert response.status_code == 500
    text = response.content.decode()
    assert '<html lang="nl">' in text
    assert "Er ging iets mis" in text
    assert '<a class="btn btn-primary" href="/">Terug naar de startpagina</a>' in text
    assert "<script" not in text and "style=" not in text


def test_500_page_is_rendered_without_the_database(django_assert_num_queries):
    request = RequestFactory().get("/")
    with translation.override("en"), django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
