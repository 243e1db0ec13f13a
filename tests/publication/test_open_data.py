"""Open data per round (issue 12): CSV (RFC 4180, a header of the dictionary's names) and
JSON (valid against the schema in the repo), streamed, with ETag and Last-Modified and a
304 to a matching conditional request; never a process of an unapproved plan."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import jsonschema
import pytest
from django.urls import reverse
from django.utils.http import http_date

from processes.models import CoreProcess
from publication import opendata
from publication.views_opendata import SCHEMA

pytestmark = pytest.mark.django_db


def csv_url(round_) -> str:
    return reverse("publication:open_data_csv", kwargs={"slug": round_.slug})


def json_url(round_) -> str:
    return reverse("publication:open_data_json", kwargs={"slug": round_.slug})


def body(response) -> str:
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8")


def read_csv(response) -> list[dict]:
    text = body(response)
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_parses_back_into_exactly_the_approved_processes(client, approved, unapproved):
    response = client.get(csv_url(approved.round))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = read_csv(response)
    expected = CoreProcess.objects.filter(plan=approved)
    assert sorted(row["code"] for row in rows) == sorted(expected.values_list("code", flat=True))
    assert {row["domain"] for row in rows} == {approved.domain.code}
    for row in rows:
        process = expected.get(code=row["code"])
        assert row["title"] == process.title
        assert row["final_assessment"] == process.final_assessment
        assert row["fte"] == ("" if process.fte is None else str(process.fte))
        assert row["decision_date"] == approved.government_decision.date.isoformat()


def test_csv_header_is_the_data_dictionary_in_order(client, approved):
    text = body(client.get(csv_url(approved.round)))
    header = next(csv.reader(io.StringIO(text, newline="")))
    assert header == [column.name for column in opendata.columns()]
    dictionary = client.get(reverse("publication:data_dictionary")).text
    for name in header:
        assert f'id="field-{name}"' in dictionary


def test_csv_is_rfc4180_crlf_comma_quotes_dot_decimals(client, approved):
    process = approved.processes.get(code="P1")
    CoreProcess.objects.filter(pk=process.pk).update(
        title='Titel, met "aanhalingstekens"\nen een nieuwe regel', fte=Decimal("1234.50")
    )
    text = body(client.get(csv_url(approved.round)))
    assert text.endswith("\r\n")
    assert '"Titel, met ""aanhalingstekens""\nen een nieuwe regel"' in text
    row = next(r for r in csv.DictReader(io.StringIO(text, newline="")) if r["code"] == "P1")
    assert row["title"] == 'Titel, met "aanhalingstekens"\nen een nieuwe regel'
    assert row["fte"] == "1234.50"


def test_json_validates_against_the_schema_in_the_repository(client, approved, unapproved):
    response = client.get(json_url(approved.round))
    assert response["Content-Type"] == "application/json"
    data = json.loads(body(response))
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    assert sorted(p["code"] for p in data["processes"]) == ["P1", "P2", "P3", "P4"]
    assert data["licence"].endswith("modellicentie-gratis-hergebruik/v1.0")
    assert all(isinstance(p["fte"], float | int) for p in data["processes"])


def test_json_of_a_round_without_approved_plans_is_valid_and_empty(client, unapproved):
    data = json.loads(body(client.get(json_url(unapproved.round))))
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    assert data["processes"] == []


def test_the_schema_describes_exactly_the_columns():
    schema = json.loads(SCHEMA.read_text())
    process = schema["$defs"]["process"]
    names = [column.name for column in opendata.columns()]
    assert set(process["properties"]) == set(names)
    assert set(process["required"]) == set(names)


def test_every_public_field_is_explained():
    from processes.fields import FIELDS

    for field in FIELDS:
        if field.public:
            assert field.name in opendata.DESCRIPTIONS, field.name


def test_unknown_round_is_404(client, db):
    for name in ("publication:open_data_csv", "publication:open_data_json"):
        assert client.get(reverse(name, kwargs={"slug": "bestaat-niet"})).status_code == 404


# ---- versions and conditional requests ----------------------------------------------------


@pytest.mark.parametrize("url", [csv_url, json_url])
def test_download_sends_etag_and_last_modified_and_answers_304(client, approved, url):
    first = client.get(url(approved.round))
    b"".join(first.streaming_content)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag and modified
    again = client.get(url(approved.round), headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert not again.content
    since = client.get(url(approved.round), headers={"If-Modified-Since": modified})
    assert since.status_code == 304


def test_etag_differs_between_csv_and_json_and_after_a_new_approval(
    client, approved, other_plan, other_editor, advance
):
    csv_etag = client.get(csv_url(approved.round))["ETag"]
    assert client.get(json_url(approved.round))["ETag"] != csv_etag
    advance(other_plan, "approved", other_editor)
    response = client.get(csv_url(approved.round), headers={"If-None-Match": csv_etag})
    assert response.status_code == 200
    assert response["ETag"] != csv_etag
    assert {row["domain"] for row in read_csv(response)} == {"ov", "wvg"}


def test_a_stale_if_modified_since_gets_the_file(client, approved):
    response = client.get(csv_url(approved.round), headers={"If-Modified-Since": http_date(0)})
    assert response.status_code == 200


def test_download_queries_are_few_and_fixed(client, approved, django_assert_num_queries):
    url = csv_url(approved.round)
    # The round; the version (one aggregate); the rows (one query, read in chunks).
    with django_assert_num_queries(3):
        b"".join(client.get(url).streaming_content)
    with django_assert_num_queries(2):  # a 304 reads no row
        response = client.get(url, headers={"If-None-Match": "*"})
    assert response.status_code == 304


def test_rows_are_read_in_chunks(approved, monkeypatch):
    """The rows stream: the query is read with iterator(chunk_size), never all at once."""
    seen = {}
    original = type(CoreProcess.objects.all()).iterator

    def spy(self, chunk_size=None):
        seen["chunk_size"] = chunk_size
        return original(self, chunk_size=chunk_size)

    monkeypatch.setattr(type(CoreProcess.objects.all()), "iterator", spy)
    processes = opendata.round_processes(approved.round)
    chunks = opendata.csv_chunks(processes, "http://x/{domain}/{code}/")
    assert next(chunks).startswith("round,domain,")
    list(chunks)
    assert seen["chunk_size"] == opendata.CHUNK_ROWS
