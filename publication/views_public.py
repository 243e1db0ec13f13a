"""The public pages of an approved plan and of an approved process, and the data
dictionary of the open data. No sign-in needed.

Their addresses are built from the round's slug, the domain's code and the process's code
and never change once published. A plan that is not approved, and every process of it,
answers 404 at whatever address (`kerntaken.permissions.public_plans`). Each page carries
a meta description and its structured data (JSON-LD, schema.org).
"""

from __future__ import annotations

import json
from collections import Counter

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from followup.dossier import public_dossier
from kerntaken import permissions
from plans.models import Plan
from processes import fields as process_fields
from processes.models import Assessment, CoreProcess
from publication import catalogue, opendata, opendata_followup

# A JSON text is safe inside <script> once these cannot close or open a tag.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
ORGANISATION = {"@type": "GovernmentOrganization", "name": "Vlaamse overheid"}


def json_ld(data: dict) -> SafeString:
    """A <script type="application/ld+json"> block (data, not code: the CSP lets it be)."""
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 - escaped above


def _public_plan(slug: str, domain: str) -> Plan:
    return get_object_or_404(
        permissions.public_plans(Plan.objects.for_list()), round__slug=slug, domain__code=domain
    )


@login_not_required
@require_safe
def public_plan(request: HttpRequest, slug: str, domain: str) -> HttpResponse:
    plan = _public_plan(slug, domain)
    processes = list(plan.processes.select_related("entity").order_by("position", "code"))
    labels = process_fields.labels(Assessment)
    counts = Counter(process.effective_assessment for process in processes)
    url = request.build_absolute_uri(request.path)
    structured = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "@id": url,
        "url": url,
        "name": str(plan),
        "description": _description_of_plan(plan, len(processes)),
        "inLanguage": "nl-BE",
        "license": catalogue.LICENCE,
        "publisher": ORGANISATION,
        "isPartOf": request.build_absolute_uri(plan.round.get_absolute_url()),
        "datePublished": plan.government_decision.date.isoformat(),
        "distribution": {
            "@type": "DataDownload",
            "encodingFormat": catalogue.DISTRIBUTIONS[2].media_type,
            "contentUrl": request.build_absolute_uri(
                reverse(
                    "publication:public_plan_export",
                    kwargs={"slug": plan.round.slug, "pk": plan.pk},
                )
            ),
        },
    }
    return render(
        request,
        "publication/plan.html",
        {
            "plan": plan,
            "rows": [
                (process, labels.get(process.effective_assessment, "")) for process in processes
            ],
            "counts": [(label, counts[code]) for code, label in labels.items() if counts[code]],
            "description": structured["description"],
            "json_ld": json_ld(structured),
        },
    )


def _description_of_plan(plan: Plan, count: int) -> str:
    return _(
        "The core-task plan of %(domain)s in %(round)s, approved by the Flemish government "
        "on %(date)s: %(count)s core processes with their assessment."
    ) % {
        "domain": plan.domain.name,
        "round": plan.round.name,
        "date": plan.government_decision.date.isoformat(),
        "count": count,
    }


@login_not_required
@require_safe
def public_process(request: HttpRequest, slug: str, domain: str, code: str) -> HttpResponse:
    queryset = permissions.public_processes(
        CoreProcess.objects.for_list().select_related("plan__government_decision")
    )
    process = get_object_or_404(
        queryset, plan__round__slug=slug, plan__domain__code=domain, code=code
    )
    plan = process.plan
    shown = [
        (field.label, _display(process, field))
        for field in process_fields.FIELDS
        if field.public and field.name not in {"code", "title"}
    ]
    url = request.build_absolute_uri(request.path)
    description = _(
        "Core process %(code)s “%(title)s” of %(domain)s in %(round)s: %(assessment)s."
    ) % {
        "code": process.code,
        "title": process.title,
        "domain": plan.domain.name,
        "round": plan.round.name,
        "assessment": process_fields.label(Assessment, process.effective_assessment),
    }
    structured = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "@id": url,
        "url": url,
        "identifier": process.code,
        "name": process.title,
        "description": process.description or description,
        "serviceType": process_fields.label(Assessment, process.effective_assessment),
        "provider": {**ORGANISATION, "name": process.entity.name},
        "areaServed": "Vlaanderen",
        "isRelatedTo": {
            "@type": "Dataset",
            "name": str(plan),
            "url": request.build_absolute_uri(_plan_url(plan)),
        },
    }
    return render(
        request,
        "publication/process.html",
        {
            "process": process,
            "plan": plan,
            "shown": shown,
            "plan_url": _plan_url(plan),
            "description": description,
            "json_ld": json_ld(structured),
            # The published follow-up only (SPEC §11): never notes or unpublished reports.
            "public_dossier": public_dossier(process),
        },
    )


def _plan_url(plan: Plan) -> str:
    return reverse(
        "publication:public_plan", kwargs={"slug": plan.round.slug, "domain": plan.domain.code}
    )


def _display(process: CoreProcess, field: process_fields.ProcessField) -> str:
    if field.kind == process_fields.ENTITY:
        return str(getattr(process, field.name))
    value = getattr(process, field.name)
    if field.vocabulary is not None:
        return process_fields.label(field.vocabulary, value) if value else ""
    if value is None:
        return ""
    return value if isinstance(value, str) else _number(value)


def _number(value) -> str:
    return number_format(value, use_l10n=True)


# ---- the data dictionary ------------------------------------------------------------------


def _explained(columns: list) -> list[dict]:
    """Each column with its label and meaning in Dutch and English, and its codes."""
    entries = []
    for column in columns:
        texts, codes = {}, {}
        for language in ("nl", "en"):
            with translation.override(language):
                texts[language] = (str(column.label), str(column.description))
                if column.vocabulary is not None:
                    codes[language] = process_fields.labels(column.vocabulary)
        vocabulary = [
            (code, label, codes["en"][code]) for code, label in codes.get("nl", {}).items()
        ]
        entries.append(
            {"column": column, "nl": texts["nl"], "en": texts["en"], "codes": vocabulary}
        )
    return entries


@login_not_required
@require_safe
def data_dictionary(request: HttpRequest) -> HttpResponse:
    """Every column of the CSV and the JSON files, explained in Dutch and in English."""
    return render(
        request,
        "publication/data_dictionary.html",
        {
            "entries": _explained(opendata.columns()),
            "followup_entries": _explained(opendata_followup.columns()),
            "licence": catalogue.LICENCE,
            "licence_name": catalogue.LICENCE_NAME,
        },
    )
