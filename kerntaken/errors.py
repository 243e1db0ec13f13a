"""Errors of the domain, with the user-facing texts gathered in one place.

Services raise these; views turn them into a message and a redirect (never a 500).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class DomainError(Exception):
    """A rule of the process refused the action; `message` says why, `reasons` lists details."""

    def __init__(self, message: str | Promise, reasons: Iterable[str | Promise] = ()) -> None:
        self.message = message
        self.reasons = [str(reason) for reason in reasons]
        super().__init__(str(message))

    def __str__(self) -> str:
        if not self.reasons:
            return str(self.message)
        return f"{self.message} " + " ".join(self.reasons)


class NotAllowed(DomainError):
    """The user may not perform this action on this object."""


class StaleEdit(DomainError):
    """Someone else saved the object after the user opened it."""

    def __init__(self, message: str | Promise, current=None) -> None:
        super().__init__(message)
        self.current = current


MESSAGES = {
    "not_allowed": _("You may not do this."),
    "wrong_state": _("This step is not possible while the plan is “%(state)s”."),
    "not_editable": _("This plan can no longer be changed: it is “%(state)s”."),
    "submit_incomplete": _("The plan cannot be submitted yet."),
    "no_processes": _("Add at least one core process."),
    "process_incomplete": _("Process %(code)s still lacks %(missing)s."),
    "consultation_missing": _("Record the consultation with: %(minister)s."),
    "reason_required": _("Give the reason why the plan is returned."),
    "consulted_earlier_version": _(
        "The plan changed after a minister's consultation. Record a new consultation, or "
        "confirm that the changes need none and say why."
    ),
    "confirmation_reason_required": _("Give the reason why the changes need no new consultation."),
    "framework_check_missing": _("Complete the framework check first (a conclusion is required)."),
    "working_group_missing": _("Assign the plan to a working group first."),
    "items_undecided": _("Not every review item has been decided."),
    "item_undecided": _("%(code)s: %(decision)s."),
    "not_validated": _("Only validated plans can be approved: %(plan)s is “%(state)s”."),
    "no_plans": _("Choose at least one validated plan."),
    "stale_process": _(
        "Someone else changed this process after you opened it. "
        "Your changes were not saved; review their version below and try again."
    ),
    "stale_plan": _(
        "Someone else changed this plan after you opened it. Reload the page and try again."
    ),
    "amend_needs_note": _("An amendment needs a new assessment and a note."),
    "amend_same_assessment": _("An amendment must change the assessment."),
    "item_wrong_plan": _("This process does not belong to the plan under review."),
    "item_exists": _("Process %(code)s is already on the agenda."),
    "plan_exists": _("This domain already has a plan in this round."),
    "round_closed": _("This round is closed."),
    # coordination: framework check, working groups, meetings, government decision
    "conclusion_required": _("Write the conclusion of the framework check."),
    "group_other_round": _("The working group and the plan belong to different rounds."),
    "plan_in_other_group": _("%(plan)s is already in the working group “%(group)s”."),
    "plan_has_items": _(
        "%(plan)s cannot leave the working group: its review items are before this group."
    ),
    "group_locked": _("The working group can no longer change for a plan that is “%(state)s”."),
    "item_not_open": _("%(code)s has already been decided and cannot be put on an agenda."),
    "item_other_group": _("%(code)s is not before this working group."),
    # uploads (kerntaken/uploads.py): the same texts for every form and the admin
    "file_too_large": _("The file is too large (%(size)s); the limit is %(limit)s."),
    "not_a_document": _(
        "This file is not a PDF, Word (DOCX) or Excel (XLSX) document. "
        "Only these types can be added; the file's name does not count, only its content."
    ),
    "not_xlsx": _("This file is not an Excel workbook (.xlsx)."),
    "not_pdf": _("The decision document must be a PDF file; this file is not a PDF."),
    "reference_exists": _("A government decision with this reference number already exists."),
    "code_taken": _("This plan already has a process with this code."),
    # overlaps across domains (insight)
    "overlap_running": _("An analysis of this round is already running."),
    # follow-up: tracks, milestones, reporting periods, progress reports
    "plan_not_approved": _("Only the processes of an approved plan are followed up."),
    "report_wrong_state": _("This step is not possible while the report is “%(state)s”."),
    "report_not_editable": _("This report can no longer be changed: it is “%(state)s”."),
    "period_not_open": _("The reporting period “%(period)s” is no longer open."),
    "report_reason_required": _("Give the reason why the report is returned."),
    "period_exists": _("This round already has a reporting period of this name."),
    "period_no_approved_plans": _("This round has no approved plan to report on."),
    "period_nothing_accepted": _("Accept at least one report before publishing the period."),
    "period_reports_waiting": _("Accept or return the submitted reports first: %(domains)s."),
    "stale_report": _(
        "Someone else changed this report after you opened it. "
        "Your changes were not saved; review the current version below and try again."
    ),
    "stale_track": _(
        "Someone else changed this track after you opened it. "
        "Your changes were not saved; review the current version below and try again."
    ),
    "stale_milestone": _(
        "Someone else changed this milestone after you opened it. "
        "Your changes were not saved; review the current version below and try again."
    ),
}
