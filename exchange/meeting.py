"""A working-group meeting as a workbook: the meeting, its agenda and the decisions.

Written with `exchange.exports`, so that no text ever becomes a formula.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.http import FileResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from exchange.exports import workbook_response
from reviews.models import Meeting, ReviewItem


def meeting_workbook_response(meeting: Meeting, items: Iterable[ReviewItem]) -> FileResponse:
    group = meeting.working_group
    meeting_sheet = (
        _("Meeting"),
        [_("Working group"), _("Round"), _("Date"), _("Place"), _("Minutes")],
        [[group.name, group.round.name, meeting.date, meeting.place, meeting.minutes]],
    )
    agenda_sheet = (
        _("Agenda and decisions"),
        [
            _("Policy domain"),
            _("Code"),
            _("Title"),
            _("Entity"),
            _("Axis"),
            _("Proposed assessment"),
            _("Decision"),
            _("Final assessment"),
            _("Note"),
            _("Decided by"),
            _("Decided on"),
        ],
        [_agenda_row(item) for item in items],
    )
    filename = f"{slugify(group.name)[:60]}-{meeting.date:%Y-%m-%d}.xlsx"
    return workbook_response([meeting_sheet, agenda_sheet], filename)


def _agenda_row(item: ReviewItem) -> list:
    process = item.process
    decided_by = item.decided_by
    return [
        item.plan.domain.name,
        process.code,
        process.title,
        process.entity.acronym,
        process.get_axis_display(),
        item.get_proposed_assessment_display(),
        item.get_decision_display(),
        item.get_final_assessment_display(),
        item.note,
        (decided_by.get_full_name() or decided_by.get_username()) if decided_by else "",
        # Excel has no time zones: the Brussels wall-clock time of the decision.
        timezone.localtime(item.decided_at).replace(tzinfo=None) if item.decided_at else None,
    ]
