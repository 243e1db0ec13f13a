"""A working-group meeting as a workbook: the meeting, its agenda and the decisions.

Written with `exchange.exports`, so that no text ever becomes a formula.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.http import FileResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from exchange.exports import workbook_response
from reviews.models import Meeting, ReviewItem


def meeting_workbook_response(meeting: Meeting, items: Iterable[ReviewItem]) -> FileResponse:
    group = meeting.working_group
    # (header, column width): the long texts get wide columns and wrap.
    meeting_sheet = (
        _("Meeting"),
        [
            (_("Working group"), 34),
            (_("Round"), 30),
            (_("Date"), 18),
            (_("Place"), 30),
            (_("Minutes"), 100),
        ],
        [[group.name, group.round.name, meeting.date, meeting.place, meeting.minutes]],
    )
    agenda_sheet = (
        _("Agenda and decisions"),
        [
            (_("Policy domain"), 24),
            (_("Code"), 12),
            (_("Title"), 36),
            (_("Entity"), 12),
            (_("Axis"), 22),
            (_("Proposed assessment"), 30),
            (_("Decision"), 14),
            (_("Final assessment"), 30),
            (_("Note"), 100),
            (_("Decided by"), 20),
            (_("Decided on"), 24),
        ],
        [_agenda_row(item) for item in items],
    )
    filename = f"{slugify(group.name)[:60]}-{meeting.date:%Y-%m-%d}.xlsx"
    title = f"{group.name} – {date_format(meeting.date, 'DATE_FORMAT')}"
    return workbook_response([meeting_sheet, agenda_sheet], filename, title=title)


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
