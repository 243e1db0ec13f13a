"""The public pages of a round, like the reference page of the 2014–2015 round.

No sign-in needed. What reaches the public: the round, its approved plans and its public
documents; never a plan before its approval, never an internal document. An unknown
round, plan or document answers 404, as does one the visitor may not see.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import PurePath

from django.contrib.auth.decorators import login_not_required
from django.db.models import Count
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from exchange import exports
from kerntaken import permissions
from kerntaken.uploads import DOCUMENT_TYPES
from plans.models import Document, Plan, Round
from processes import vocabulary


@dataclass(frozen=True)
class Milestone:
    label: str
    date: dt.date
    end: dt.date | None = None
    planned: bool = False


MILESTONES = [
    # field, (end field), label
    ("start_date", None, gettext_lazy("Start of the round")),
    ("submission_deadline", None, gettext_lazy("Deadline for submitting the plans")),
    ("framework_date", None, gettext_lazy("Framework for the review laid down")),
    ("review_start", "review_end", gettext_lazy("Review in the inter-cabinet working groups")),
    ("approval_date", None, gettext_lazy("Approval by the Flemish government")),
]


def milestones(round_: Round) -> list[Milestone]:
    """The round's timeline: the milestones it has a date for, in order of date."""
    today = timezone.localdate()
    found = []
    for field, end_field, label in MILESTONES:
        date = getattr(round_, field)
        if date is None:
            continue
        end = getattr(round_, end_field) if end_field else None
        found.append(Milestone(str(label), date, end, planned=date > today))
    return sorted(found, key=lambda milestone: milestone.date)


@dataclass(frozen=True)
class FileInfo:
    kind: str  # "PDF", "DOCX", "XLSX"
    size: int | None


def file_info(document: Document) -> FileInfo | None:
    """What the download link says about the file; None when there is no file to give."""
    if not document.file:
        return None
    extension = PurePath(document.file.name).suffix.lstrip(".").lower()
    try:
        size = document.file.size
    except OSError:
        return None  # the row outlived its file: offer no broken link
    return FileInfo(extension.upper(), size)


@login_not_required
@require_safe
def public_round(request: HttpRequest, slug: str) -> HttpResponse:
    round_ = get_object_or_404(Round, slug=slug)
    plans = (
        round_.plans.filter(status=Plan.Status.APPROVED)
        .select_related("domain", "government_decision")
        .annotate(process_count=Count("processes"))
        .order_by("domain__position", "domain__name")
    )
    documents = round_.documents.filter(is_public=True).order_by("date", "pk")
    return render(
        request,
        "publication/round.html",
        {
            "round": round_,
            "milestones": milestones(round_),
            "plans": plans,
            "documents": [(document, file_info(document)) for document in documents],
        },
    )


@login_not_required
@require_safe
def public_plan_export(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """One approved plan as a workbook; any other plan is not there for the public."""
    plan = get_object_or_404(
        Plan.objects.select_related("domain", "round"),
        pk=pk,
        round__slug=slug,
        status=Plan.Status.APPROVED,
    )
    return exports.plan_workbook_response(plan)


@login_not_required
@require_safe
def public_round_export(request: HttpRequest, slug: str) -> HttpResponse:
    """Every approved plan of the round in one workbook."""
    round_ = get_object_or_404(Round, slug=slug)
    return exports.round_workbook_response(round_)


@login_not_required
@require_safe
def document_download(request: HttpRequest, pk: int) -> HttpResponse:
    """A document's file, through the view (never straight from /media/).

    Public documents for everyone; internal ones only for `can_view_document`. An
    internal document answers "not found" to the others, so its existence stays internal.
    """
    document = Document.objects.filter(pk=pk).first()
    if document is None or not permissions.can_view_document(request.user, document):
        raise Http404(_("No such document."))
    if not document.file:
        raise Http404(_("This document has no file."))
    name = PurePath(document.file.name).name
    content_type = DOCUMENT_TYPES.get(PurePath(name).suffix.lstrip(".").lower())
    try:
        handle = document.file.open("rb")
    except OSError as error:
        raise Http404(_("This document has no file.")) from error
    return FileResponse(
        handle,
        as_attachment=True,
        filename=name,
        content_type=content_type or "application/octet-stream",
    )


@login_not_required
@require_safe
def glossary(request: HttpRequest) -> HttpResponse:
    """The words of the process explained: the terms, the assessments and the axes."""
    return render(
        request,
        "publication/glossary.html",
        {"assessments": vocabulary.assessments(), "axes": vocabulary.axes()},
    )
