"""The DCAT-AP catalogue (JSON-LD): parsed as RDF with rdflib, one dataset per round with
approved plans, each with its CSV, JSON and XLSX distributions, licence and publisher."""

from __future__ import annotations

import pytest
from django.urls import reverse
from rdflib import RDF, Graph, Literal, Namespace, URIRef

from publication import catalogue
from tests import factories

pytestmark = pytest.mark.django_db
# Plain namespaces: rdflib's closed ones warn when pytest looks into the module.
DCAT = Namespace(catalogue.CONTEXT["dcat"])
DCTERMS = Namespace(catalogue.CONTEXT["dct"])
FOAF = Namespace(catalogue.CONTEXT["foaf"])


def graph(client) -> Graph:
    response = client.get(reverse("publication:catalogue"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    return Graph().parse(data=response.content, format="json-ld")


def test_catalogue_has_one_dataset_per_round_with_approved_plans(client, approved, unapproved):
    second = factories.RoundFactory(name="Ronde zonder goedkeuring", slug="2019-2020")
    g = graph(client)
    datasets = set(g.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == 1
    (dataset,) = datasets
    assert (dataset, DCTERMS.identifier, Literal(approved.round.slug)) in g
    assert second.slug not in {str(o) for o in g.objects(None, DCTERMS.identifier)}
    (catalog,) = g.subjects(RDF.type, DCAT.Catalog)
    assert (catalog, DCAT.dataset, dataset) in g


def test_each_dataset_has_csv_json_and_xlsx_distributions(client, approved):
    g = graph(client)
    (dataset,) = g.subjects(RDF.type, DCAT.Dataset)
    distributions = list(g.objects(dataset, DCAT.distribution))
    media = {str(next(g.objects(d, DCAT.mediaType))) for d in distributions}
    assert media == {
        catalogue.IANA + "text/csv",
        catalogue.IANA + "application/json",
        catalogue.IANA + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
    slug = approved.round.slug
    downloads = {str(next(g.objects(d, DCAT.downloadURL))) for d in distributions}
    assert downloads == {
        "http://testserver" + reverse(name, kwargs={"slug": slug})
        for name in (
            "publication:open_data_csv",
            "publication:open_data_json",
            "publication:public_round_export",
        )
    }
    for distribution in distributions:
        assert (distribution, RDF.type, DCAT.Distribution) in g
        assert (distribution, DCTERMS.license, URIRef(catalogue.LICENCE)) in g
        assert next(g.objects(distribution, DCTERMS["format"]))


def test_dataset_has_licence_publisher_dates_keywords_and_language(client, approved):
    g = graph(client)
    (dataset,) = g.subjects(RDF.type, DCAT.Dataset)
    assert (dataset, DCTERMS.license, URIRef(catalogue.LICENCE)) in g
    publisher = next(g.objects(dataset, DCTERMS.publisher))
    assert (publisher, FOAF.name, Literal("Departement Kanselarij en Bestuur")) in g
    issued = next(g.objects(dataset, DCTERMS.issued))
    assert str(issued) == approved.government_decision.date.isoformat()
    assert next(g.objects(dataset, DCTERMS.modified))
    keywords = {(str(k), k.language) for k in g.objects(dataset, DCAT.keyword)}
    assert ("kerntakenplannen", "nl") in keywords
    assert ("core-task plans", "en") in keywords
    assert (dataset, DCTERMS.language, URIRef(catalogue.LANGUAGE)) in g


def test_the_files_the_catalogue_lists_download(client, approved):
    g = graph(client)
    for url in g.objects(None, DCAT.downloadURL):
        path = str(url).removeprefix("http://testserver")
        assert client.get(path).status_code == 200, path


def test_catalogue_query_count_does_not_grow_with_rounds(
    client, approved, other_plan, other_editor, advance, django_assert_num_queries
):
    url = reverse("publication:catalogue")
    with django_assert_num_queries(2):
        client.get(url)
    later = factories.RoundFactory(name="Kerntakenplannen 2019–2020", slug="2019-2020")
    other_plan.round = later
    other_plan.save()
    advance(other_plan, "approved", other_editor)
    with django_assert_num_queries(2):
        assert len(set(graph(client).subjects(RDF.type, DCAT.Dataset))) == 2
