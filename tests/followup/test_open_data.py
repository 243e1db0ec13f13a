"""The published follow-up as open data (issues 11 and 12): per round a CSV that parses
back into exactly the entries of accepted reports of published periods, a JSON valid
against the schema in the repository, both streamed with ETag, Last-Modified and 304;
never a note, a delay's reason, a returned report or an unpublished period."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import jsonschema
import pytest
from django.urls import reverse
from rdflib import RDF, Graph, URIRef

from followup import services
from followup.models import ReportEntry
from kerntaken import permissions
from publication import opendata_followup
from publication.views_opendata import FOLLOWUP_SCHEMA
from tests.followup.conftest import file_report, open_period
from tests.publication.test_catalogue import DCAT, DCTERMS

pytestmark = pytest.mark.django_db


def csv_url(round_) -> str:
    return reverse("publication:open_data_followup_csv", kwargs={"slug": round_.slug})


def json_url(round_) -> str:
    return reverse("publication:open_data_followup_json", kwargs={"slug": round_.slug})


def body(response) -> str:
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8")


def read_csv(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body(response), newline="")))


def test_csv_parses_back_into_exactly_the_published_entries(client, published, approved_plan):
    response = client.get(csv_url(approved_plan.round))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = read_csv(response)
    period, _later = published
    expected = ReportEntry.objects.filter(report__period=period, report__plan=approved_plan)
    assert sorted((row["period"], row["code"]) for row in rows) == sorted(
        (period.name, code) for code in expected.values_list("track__process__code", flat=True)
    )
    assert {row["domain"] for row in rows} == {approved_plan.domain.code}  # not the returned
    by_code = {row["code"]: row for row in rows}
    assert by_code["P2"]["status"] == "delayed"
    assert by_code["P3"] | {"url": ""} == by_code["P3"] | {
        "round": approved_plan.round.slug,
        "reference_date": "2015-12-31",
        "status": "completed",
        "completed_on": "2015-11-30",
        "realised_fte": "2.50",
        "effect": "freed",
        "final_assessment": "transfer",
        "url": "",
    }
    assert by_code["P5"]["effect"] == "needed"
    assert by_code["P2"]["url"].endswith(
        reverse(
            "publication:public_process",
            kwargs={"slug": approved_plan.round.slug, "domain": "ov", "code": "P2"},
        )
    )


def test_csv_header_is_the_data_dictionary_in_order(client, published, approved_plan):
    text = body(client.get(csv_url(approved_plan.round)))
    header = next(csv.reader(io.StringIO(text, newline="")))
    assert header == [column.name for column in opendata_followup.columns()]
    assert "note" not in header and "reason" not in header
    dictionary = client.get(reverse("publication:data_dictionary")).text
    for name in header:
        assert f'id="followup-field-{name}"' in dictionary


def test_json_validates_against_the_schema_in_the_repository(client, published, approved_plan):
    response = client.get(json_url(approved_plan.round))
    assert response["Content-Type"] == "application/json"
    data = json.loads(body(response))
    schema = json.loads(FOLLOWUP_SCHEMA.read_text())
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    assert sorted(entry["code"] for entry in data["entries"]) == ["P2", "P3", "P4", "P5", "P6"]
    completed = next(entry for entry in data["entries"] if entry["code"] == "P3")
    assert completed["realised_fte"] == 2.5 and completed["completed_on"] == "2015-11-30"
    assert data["schema"].endswith(reverse("publication:followup_schema"))


def test_the_schema_describes_exactly_the_columns():
    schema = json.loads(FOLLOWUP_SCHEMA.read_text())
    entry = schema["$defs"]["entry"]
    names = [column.name for column in opendata_followup.columns()]
    assert set(entry["properties"]) == set(names) == set(entry["required"])


def test_a_round_without_published_follow_up_gives_valid_empty_files(client, period):
    round_ = period.round
    assert read_csv(client.get(csv_url(round_))) == []
    data = json.loads(body(client.get(json_url(round_))))
    jsonschema.validate(data, json.loads(FOLLOWUP_SCHEMA.read_text()))
    assert data["entries"] == []


def test_stopped_track_carries_its_decision_and_milestones_count_by_reference_date(
    client, approved_plan, editor, coordinator
):

    track = approved_plan.tracks.get(process__code="P4")
    services.add_milestone(
        track=track,
        by=editor,
        title="Start",
        due_date=dt.date(2015, 9, 1),
        done_on=dt.date(2015, 10, 1),
    )
    services.add_milestone(track=track, by=editor, title="Einde", due_date=dt.date(2016, 6, 1))
    period = open_period(approved_plan.round, coordinator)
    report = period.reports.get()
    file_report(report, editor, P4={"status": "stopped", "decision_reference": "VR 2016 0101"})
    services.submit_report(report=report, by=editor)
    services.accept_report(report=report, by=coordinator)
    assert read_csv(client.get(csv_url(approved_plan.round))) == []  # not yet published
    services.publish_period(period=period, by=coordinator)
    row = next(r for r in read_csv(client.get(csv_url(approved_plan.round))) if r["code"] == "P4")
    assert row["status"] == "stopped"
    assert row["stop_decision_reference"] == "VR 2016 0101"
    assert (row["milestones"], row["milestones_done"]) == ("2", "1")


def test_unknown_round_is_404(client, db):
    for name in ("publication:open_data_followup_csv", "publication:open_data_followup_json"):
        assert client.get(reverse(name, kwargs={"slug": "bestaat-niet"})).status_code == 404


@pytest.mark.parametrize("url", [csv_url, json_url])
def test_download_sends_etag_and_last_modified_and_answers_304(
    client, published, approved_plan, url
):
    first = client.get(url(approved_plan.round))
    b"".join(first.streaming_content)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag and modified
    assert client.get(url(approved_plan.round), headers={"If-None-Match": etag}).status_code == 304
    since = client.get(url(approved_plan.round), headers={"If-Modified-Since": modified})
    assert since.status_code == 304


def test_etag_changes_when_a_milestone_or_a_publication_changes(
    client, published, approved_plan, editor, coordinator
):
    round_ = approved_plan.round
    etag = client.get(csv_url(round_))["ETag"]
    assert client.get(json_url(round_))["ETag"] != etag
    assert (
        client.get(reverse("publication:open_data_csv", kwargs={"slug": round_.slug}))["ETag"]
        != etag
    )
    track = approved_plan.tracks.get(process__code="P2")
    services.add_milestone(track=track, by=editor, title="Nieuw", due_date=dt.date(2016, 3, 1))
    changed = client.get(csv_url(round_), headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag
    _period, later = published
    services.publish_period(period=later, by=coordinator)
    rows = read_csv(client.get(csv_url(round_), headers={"If-None-Match": changed["ETag"]}))
    assert {row["period"] for row in rows} == {"Voortgang december 2015", "Voortgang juni 2016"}


def test_download_query_count_does_not_grow(
    client, published, approved_plan, django_assert_num_queries
):
    # the round; the version (one aggregate); the entries (one query, read in chunks)
    for url in (csv_url, json_url):
        with django_assert_num_queries(3):
            b"".join(client.get(url(approved_plan.round)).streaming_content)


def test_public_entries_are_the_accepted_ones_of_published_periods(published):
    period, later = published
    found = set(permissions.public_report_entries().values_list("report__period", flat=True))
    assert found == {period.pk}
    assert not permissions.public_report_entries().filter(report__status="returned").exists()
    assert later.reports.filter(status="accepted").exists()


# ---- the catalogue ------------------------------------------------------------------------


def _catalogue(client):
    response = client.get(reverse("publication:catalogue"))
    return Graph().parse(data=response.content, format="json-ld")


def test_catalogue_lists_the_follow_up_distributions_once_published(
    client, published, approved_plan, coordinator, django_assert_num_queries
):
    with django_assert_num_queries(2):
        g = _catalogue(client)
    (dataset,) = g.subjects(RDF.type, DCAT.Dataset)
    downloads = {
        str(next(g.objects(d, DCAT.downloadURL))): d for d in g.objects(dataset, DCAT.distribution)
    }
    slug = approved_plan.round.slug
    for name, schema in (
        ("publication:open_data_followup_csv", None),
        ("publication:open_data_followup_json", "publication:followup_schema"),
    ):
        distribution = downloads["http://testserver" + reverse(name, kwargs={"slug": slug})]
        assert (distribution, RDF.type, DCAT.Distribution) in g
        period = published[0]
        period.refresh_from_db()
        issued = next(g.objects(distribution, DCTERMS.issued))
        assert str(issued) == period.published_at.date().isoformat()
        if schema:
            conforms = URIRef("http://testserver" + reverse(schema))
            assert (distribution, DCTERMS.conformsTo, conforms) in g
    assert len(downloads) == 5
    for url in downloads:
        assert client.get(url.removeprefix("http://testserver")).status_code == 200


def test_catalogue_lists_no_follow_up_before_a_period_is_published(client, period):
    g = _catalogue(client)
    (dataset,) = g.subjects(RDF.type, DCAT.Dataset)
    downloads = {
        str(next(g.objects(d, DCAT.downloadURL))) for d in g.objects(dataset, DCAT.distribution)
    }
    assert len(downloads) == 3
    assert not any("opvolging" in url for url in downloads)
