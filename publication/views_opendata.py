"""Open data for everyone (no sign-in): per round the approved processes and the published
follow-up as CSV and JSON, the DCAT-AP catalogue of every round, the JSON schemas.

The files stream (`StreamingHttpResponse` over the rows read in chunks) and carry an
ETag and a Last-Modified derived from one aggregate query; a matching conditional request
(`If-None-Match`, `If-Modified-Since`) is answered 304 before a row is read.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import condition, require_safe

from plans.models import Round
from publication import catalogue, opendata, opendata_followup

SCHEMA = Path(__file__).resolve().parent / "schemas" / "processes.schema.json"
FOLLOWUP_SCHEMA = Path(__file__).resolve().parent / "schemas" / "followup.schema.json"
# Each dataset of a round and how its version is measured.
MEASURES = {"processes": opendata.freshness, "followup": opendata_followup.freshness}
CSV_TYPE = "text/csv; charset=utf-8"
JSON_TYPE = "application/json"


def _freshness(
    request: HttpRequest, slug: str, dataset: str = "processes"
) -> tuple[Round, opendata.Freshness]:
    """The round and the version of its `dataset`, found once per request (the ETag and
    the Last-Modified both ask): 404 for an unknown round."""
    cached = getattr(request, "_open_data", None)
    if cached is None or cached[0].slug != slug or cached[2] != dataset:
        round_ = get_object_or_404(Round, slug=slug)
        cached = request._open_data = (round_, MEASURES[dataset](round_), dataset)
    return cached[0], cached[1]


def _etag(kind: str, dataset: str = "processes"):
    def etag(request: HttpRequest, slug: str) -> str:
        round_, found = _freshness(request, slug, dataset)
        return found.etag(round_, kind)

    return etag


def _last_modified(dataset: str):
    def last_modified(request: HttpRequest, slug: str):
        return _freshness(request, slug, dataset)[1].last_modified

    return last_modified


def process_page_url(request: HttpRequest, round_: Round) -> str:
    """The absolute address of a process page, `{domain}` and `{code}` left open."""
    path = reverse(
        "publication:public_process",
        kwargs={"slug": round_.slug, "domain": "__DOMAIN__", "code": "__CODE__"},
    )
    url = request.build_absolute_uri(path)
    return url.replace("__DOMAIN__", "{domain}").replace("__CODE__", "{code}")


def _download(chunks, content_type: str, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        (chunk.encode() for chunk in chunks), content_type=content_type
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "public, max-age=0, must-revalidate"
    return response


@login_not_required
@require_safe
@condition(etag_func=_etag("csv"), last_modified_func=_last_modified("processes"))
def open_data_csv(request: HttpRequest, slug: str) -> HttpResponse:
    round_, _found = _freshness(request, slug)
    processes = opendata.round_processes(round_)
    chunks = opendata.csv_chunks(processes, process_page_url(request, round_))
    return _download(chunks, CSV_TYPE, f"kernprocessen-{round_.slug}.csv")


@login_not_required
@require_safe
@condition(etag_func=_etag("json"), last_modified_func=_last_modified("processes"))
def open_data_json(request: HttpRequest, slug: str) -> HttpResponse:
    round_, _found = _freshness(request, slug)
    about = _about(request, round_, "publication:json_schema")
    processes = opendata.round_processes(round_)
    chunks = opendata.json_chunks(processes, process_page_url(request, round_), about=about)
    return _download(chunks, JSON_TYPE, f"kernprocessen-{round_.slug}.json")


def _about(request: HttpRequest, round_: Round, schema: str) -> dict:
    """The head of a JSON file: the round, the licence, the dictionary, the schema."""
    return {
        "round": {
            "slug": round_.slug,
            "name": round_.name,
            "approval_date": round_.approval_date.isoformat() if round_.approval_date else None,
            "url": request.build_absolute_uri(round_.get_absolute_url()),
        },
        "licence": catalogue.LICENCE,
        "publisher": catalogue.PUBLISHER,
        "dictionary": request.build_absolute_uri(reverse("publication:data_dictionary")),
        "schema": request.build_absolute_uri(reverse(schema)),
    }


@login_not_required
@require_safe
@condition(
    etag_func=_etag("followup-csv", "followup"), last_modified_func=_last_modified("followup")
)
def followup_csv(request: HttpRequest, slug: str) -> HttpResponse:
    round_, _found = _freshness(request, slug, "followup")
    values = opendata.rows(
        opendata_followup.round_entries(round_),
        process_page_url(request, round_),
        for_json=False,
        framing=opendata_followup.framing(),
    )
    names = [column.name for column in opendata_followup.columns()]
    return _download(opendata.write_csv(names, values), CSV_TYPE, f"opvolging-{round_.slug}.csv")


@login_not_required
@require_safe
@condition(
    etag_func=_etag("followup-json", "followup"), last_modified_func=_last_modified("followup")
)
def followup_json(request: HttpRequest, slug: str) -> HttpResponse:
    round_, _found = _freshness(request, slug, "followup")
    values = opendata.rows(
        opendata_followup.round_entries(round_),
        process_page_url(request, round_),
        for_json=True,
        framing=opendata_followup.framing(),
    )
    names = [column.name for column in opendata_followup.columns()]
    about = _about(request, round_, "publication:followup_schema")
    chunks = opendata.write_json(about, "entries", names, values)
    return _download(chunks, JSON_TYPE, f"opvolging-{round_.slug}.json")


@login_not_required
@require_safe
def data_catalogue(request: HttpRequest) -> HttpResponse:
    document = catalogue.catalogue(request.build_absolute_uri)
    return HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=1),
        content_type="application/ld+json; charset=utf-8",
    )


@login_not_required
@require_safe
def json_schema(request: HttpRequest) -> FileResponse:
    return FileResponse(SCHEMA.open("rb"), content_type="application/schema+json")


@login_not_required
@require_safe
def followup_schema(request: HttpRequest) -> FileResponse:
    return FileResponse(FOLLOWUP_SCHEMA.open("rb"), content_type="application/schema+json")
