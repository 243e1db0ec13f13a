"""The DCAT-AP catalogue of the open data (JSON-LD): one dataset per round with approved
plans, each with its distributions (CSV, JSON, the Excel workbook) and, once a reporting
period of the round is published, the published follow-up's (CSV, JSON).

Two queries whatever the number of rounds: the rounds (with their published follow-up's
count and last publication as subqueries), and one grouped aggregate of their approved
processes (how many, first decision, last change). The context is written out in
the document itself, so a reader needs nothing from the network to parse it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count, IntegerField, Max, Min, OuterRef, Subquery
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from followup.models import ReportEntry
from kerntaken import permissions
from plans.models import Round
from processes.models import CoreProcess

# The Flemish model licence for free reuse.
LICENCE = "https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0"
LICENCE_NAME = "Modellicentie voor gratis hergebruik"
# The coordinating administration (SPEC §1.2).
PUBLISHER = "Departement Kanselarij en Bestuur"
EU = "http://publications.europa.eu/resource/authority/"
LANGUAGE = EU + "language/NLD"
THEME = EU + "data-theme/GOVE"  # government and public sector
IANA = "https://www.iana.org/assignments/media-types/"

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@dataclass(frozen=True)
class Distribution:
    key: str  # the fragment of its identifier
    url_name: str
    title: object
    file_type: str  # the EU file-type authority's code
    media_type: str
    schema: str = ""  # the URL name of the JSON schema it conforms to
    followup: bool = False  # listed once the round has published follow-up


DISTRIBUTIONS = [
    Distribution("csv", "publication:open_data_csv", _("Approved core processes (CSV)"),
                 "CSV", "text/csv"),
    Distribution("json", "publication:open_data_json", _("Approved core processes (JSON)"),
                 "JSON", "application/json", "publication:json_schema"),
    Distribution("xlsx", "publication:public_round_export",
                 _("Approved core-task plans (Excel workbook)"), "XLSX",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    Distribution("followup-csv", "publication:open_data_followup_csv",
                 _("Published follow-up of the approved core processes (CSV)"), "CSV",
                 "text/csv", followup=True),
    Distribution("followup-json", "publication:open_data_followup_json",
                 _("Published follow-up of the approved core processes (JSON)"), "JSON",
                 "application/json", "publication:followup_schema", followup=True),
]  # fmt: skip
KEYWORDS = [_("core-task plans"), _("core processes"), _("Flemish government"), _("assessment")]


def _both(text, **params) -> list[dict]:
    """A text in Dutch and in English, as language-tagged literals (`params` filled in
    after the translation)."""
    found = []
    for language in ("nl", "en"):
        with translation.override(language):
            value = str(text) % params if params else str(text)
            found.append({"@language": language, "@value": value})
    return found


def _date(value) -> dict | None:
    return {"@value": value.isoformat(), "@type": "xsd:date"} if value else None


def _published_rounds() -> list[tuple[Round, dict]]:
    figures = {
        row["plan__round"]: row
        for row in permissions.public_processes(CoreProcess.objects.all())
        .values("plan__round")
        .annotate(
            count=Count("pk"),
            issued=Min("plan__government_decision__date"),
            changed=Max("updated_at"),
            approved=Max("plan__approved_at"),
        )
        .order_by()
    }
    rounds = (
        Round.objects.filter(pk__in=figures)
        .annotate(
            followup_count=_per_round(Count("pk"), IntegerField()),
            followup_first=_per_round(Min("report__period__published_at")),
            followup_published=_per_round(Max("report__period__published_at")),
        )
        .order_by("-start_date")
    )
    return [(round_, figures[round_.pk]) for round_ in rounds]


def _per_round(aggregate, output_field=None) -> Subquery:
    """An aggregate of the round's published follow-up entries, as a subquery."""
    entries = permissions.public_report_entries(
        ReportEntry.objects.filter(report__period__round=OuterRef("pk"))
    )
    found = entries.order_by().values("report__period__round").annotate(value=aggregate)
    return Subquery(found.values("value"), output_field=output_field)


def catalogue(absolute: Callable[[str], str]) -> dict:
    """The catalogue as a JSON-LD document; `absolute` turns a path into a full address."""
    publisher = {"@type": "foaf:Agent", "foaf:name": PUBLISHER}
    licence = {"@id": LICENCE, "@type": "dct:LicenseDocument", "dct:title": LICENCE_NAME}
    datasets = [
        _dataset(round_, figures, absolute, publisher, licence)
        for round_, figures in _published_rounds()
    ]
    return {
        "@context": CONTEXT,
        "@id": absolute(reverse("publication:catalogue")),
        "@type": "dcat:Catalog",
        "dct:title": _both(_("Core-task plans of the Flemish government: open data")),
        "dct:description": _both(
            _("The approved core-task plans of every round, per core process.")
        ),
        "dct:publisher": publisher,
        "dct:language": {"@id": LANGUAGE},
        "dct:license": licence,
        "foaf:homepage": {"@id": absolute(reverse("home"))},
        "dcat:dataset": datasets,
    }


def _dataset(round_: Round, figures: dict, absolute, publisher: dict, licence: dict) -> dict:
    page = absolute(round_.get_absolute_url())
    moments = [moment for moment in (figures["changed"], figures["approved"]) if moment]
    modified = max(moments).date() if moments else None
    issued = figures["issued"] or round_.approval_date
    published = round_.followup_published.date() if round_.followup_count else None
    distributions = []
    for item in DISTRIBUTIONS:
        if item.followup and not round_.followup_count:
            continue
        url = absolute(reverse(item.url_name, kwargs={"slug": round_.slug}))
        distribution = {
            "@id": f"{page}#{item.key}",
            "@type": "dcat:Distribution",
            "dct:title": _both(item.title),
            "dcat:accessURL": {"@id": url},
            "dcat:downloadURL": {"@id": url},
            "dct:format": {"@id": f"{EU}file-type/{item.file_type}"},
            "dcat:mediaType": {"@id": IANA + item.media_type},
            "dct:license": licence,
            "dct:issued": _date(round_.followup_first.date() if item.followup else issued),
            "dct:modified": _date(published if item.followup else modified),
        }
        if item.schema:
            distribution["dct:conformsTo"] = {"@id": absolute(reverse(item.schema))}
        if item.key != "xlsx":
            distribution["foaf:page"] = {"@id": absolute(reverse("publication:data_dictionary"))}
        distributions.append({k: v for k, v in distribution.items() if v is not None})
    dataset = {
        "@id": f"{page}#dataset",
        "@type": "dcat:Dataset",
        "dct:identifier": round_.slug,
        "dct:title": {"@language": "nl", "@value": round_.name},
        "dct:description": _both(
            _("The %(count)s core processes of the approved core-task plans of %(round)s."),
            count=figures["count"],
            round=round_.name,
        ),
        "dct:issued": _date(issued),
        "dct:modified": _date(max(filter(None, (modified, published)), default=None)),
        "dct:publisher": publisher,
        "dct:language": {"@id": LANGUAGE},
        "dct:license": licence,
        "dcat:theme": {"@id": THEME},
        "dcat:keyword": [keyword for text in KEYWORDS for keyword in _both(text)],
        "dcat:landingPage": {"@id": page},
        "dcat:distribution": distributions,
    }
    return {k: v for k, v in dataset.items() if v is not None}
