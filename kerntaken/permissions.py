"""The one place that decides who may see, change, move and export what (SPEC §5).

Every view asks these functions; no view checks a group or a domain itself. Fetching
goes through `get_plan_or_404` and friends, which answer "not found" alike for what does
not exist and what the user may not see (so a URL never reveals another domain's plan);
what a user may see but not change gets a 403 from the view (`PermissionDenied`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from kerntaken.roles import (  # noqa: F401 - the roles are part of this module's answers
    Role,
    editor_domain_ids,
    has_role,
    is_coordinator,
    member_group_ids,
)

if TYPE_CHECKING:
    from followup.models import FollowUpTrack, Milestone, ProgressReport, ReportingPeriod
    from insight.models import OverlapPair
    from plans.models import Document, Plan
    from processes.models import CoreProcess
    from reviews.models import GovernmentDecision, Meeting, ReviewItem, WorkingGroup


def is_editor_of(user, plan: Plan) -> bool:
    return plan.domain_id in editor_domain_ids(user)


def is_member_for(user, plan: Plan) -> bool:
    groups = member_group_ids(user)
    return bool(groups) and plan.working_groups.filter(pk__in=groups).exists()


def is_staff_user(user) -> bool:
    """Signed in with any role of the process (not just a viewer)."""
    return is_coordinator(user) or bool(editor_domain_ids(user)) or bool(member_group_ids(user))


# ---- plans -------------------------------------------------------------------------


def visible_plans(user, queryset: QuerySet | None = None) -> QuerySet:
    """What the user may see (SPEC §5): every plan for coordinators; approved plans for
    everyone signed in; their domain's plans for editors; their groups' plans for
    working-group members."""
    from plans.models import Plan

    qs = Plan.objects.all() if queryset is None else queryset
    if is_coordinator(user):
        return qs
    visible = Q(status=Plan.Status.APPROVED)
    if domains := editor_domain_ids(user):
        visible |= Q(domain_id__in=domains)
    if groups := member_group_ids(user):
        # A subquery rather than a join, so that no plan is listed twice.
        through = Plan.working_groups.through
        visible |= Q(pk__in=through.objects.filter(workinggroup_id__in=groups).values("plan_id"))
    return qs.filter(visible)


def visible_processes(user, queryset: QuerySet | None = None) -> QuerySet:
    """The processes of the plans the user may see."""
    from processes.models import CoreProcess

    qs = CoreProcess.objects.all() if queryset is None else queryset
    if is_coordinator(user):
        return qs  # every plan: no subquery for the database to run
    return qs.filter(plan__in=visible_plans(user))


def can_view_plan(user, plan: Plan) -> bool:
    if plan.is_approved or is_coordinator(user) or is_editor_of(user, plan):
        return True
    return is_member_for(user, plan)


def can_edit_plan(user, plan: Plan) -> bool:
    """Change the processes and consultations: an editor of the domain, while a draft."""
    return plan.is_editable and is_editor_of(user, plan)


def can_submit_plan(user, plan: Plan) -> bool:
    return is_editor_of(user, plan)


def can_review_plan(user, plan: Plan) -> bool:
    """Framework check, return, start review, validate, approve."""
    return is_coordinator(user)


def can_export_plan(user, plan: Plan) -> bool:
    return user.is_authenticated and can_view_plan(user, plan)


def can_view_history(user, plan: Plan) -> bool:
    return is_coordinator(user) or is_editor_of(user, plan) or is_member_for(user, plan)


def get_plan_or_404(user, pk: int) -> Plan:
    from plans.models import Plan

    plan = Plan.objects.for_list().filter(pk=pk).order_by("pk").first()
    if plan is None or not can_view_plan(user, plan):
        raise Http404(_("No such plan."))
    return plan


def can_export_round(user, status: str | None) -> bool:
    """Export a round's plans in `status` (None: every state): approved plans for anyone
    signed in, the plans of other states (which only coordinators all see) for coordinators."""
    from plans.models import Plan

    if status == Plan.Status.APPROVED:
        return user.is_authenticated
    return is_coordinator(user)


# ---- working groups and decisions --------------------------------------------------


def can_manage_reviews(user) -> bool:
    """Working groups, meetings, decisions on items, government decisions."""
    return is_coordinator(user)


def visible_working_groups(user, queryset: QuerySet | None = None) -> QuerySet:
    from reviews.models import WorkingGroup

    qs = WorkingGroup.objects.all() if queryset is None else queryset
    if is_coordinator(user):
        return qs
    return qs.filter(pk__in=member_group_ids(user))


def can_view_working_group(user, group: WorkingGroup) -> bool:
    return is_coordinator(user) or group.pk in member_group_ids(user)


def can_view_decisions(user) -> bool:
    return is_coordinator(user) or bool(member_group_ids(user))


def can_view_plan_review(user, plan: Plan) -> bool:
    """The coordinator's page of a plan; the members of its working group read it too."""
    return is_coordinator(user) or is_member_for(user, plan)


def get_reviewed_plan_or_404(user, pk: int) -> Plan:
    """A plan as the coordination sees it: 404 alike for missing and for not theirs."""
    from plans.models import Plan

    plan = Plan.objects.for_list().filter(pk=pk).order_by("pk").first()
    if plan is None or not can_view_plan_review(user, plan):
        raise Http404(_("No such plan."))
    return plan


def get_working_group_or_404(user, pk: int) -> WorkingGroup:
    group = visible_working_groups(user).select_related("round", "chair").filter(pk=pk).first()
    if group is None:
        raise Http404(_("No such working group."))
    return group


def get_meeting_or_404(user, pk: int) -> Meeting:
    from reviews.models import Meeting

    meeting = (
        Meeting.objects.select_related("working_group__round")
        .filter(working_group__in=visible_working_groups(user), pk=pk)
        .first()
    )
    if meeting is None:
        raise Http404(_("No such meeting."))
    return meeting


def get_review_item_or_404(user, pk: int) -> ReviewItem:
    from reviews.models import ReviewItem

    item = (
        ReviewItem.objects.select_related(
            "process__entity", "plan__domain", "plan__round", "working_group", "meeting"
        )
        .filter(working_group__in=visible_working_groups(user), pk=pk)
        .first()
    )
    if item is None:
        raise Http404(_("No such review item."))
    return item


def get_decision_or_404(user, pk: int) -> GovernmentDecision:
    from reviews.models import GovernmentDecision

    decision = GovernmentDecision.objects.select_related("round").filter(pk=pk).first()
    if decision is None or not can_view_decisions(user):
        raise Http404(_("No such decision."))
    return decision


def can_view_decision_document(user, decision: GovernmentDecision) -> bool:
    """The document of a decision that approved plans is published with those plans
    (SPEC §1.5), so anyone may read it; any other decision's document stays with the
    coordination and the working groups."""
    if can_view_decisions(user):
        return True
    from plans.models import Plan

    return decision.plans.filter(status=Plan.Status.APPROVED).exists()


# ---- documents, overview, admin ----------------------------------------------------


def can_manage_documents(user) -> bool:
    return is_coordinator(user)


def can_view_document(user, document: Document) -> bool:
    return document.is_public or is_staff_user(user)


def can_view_overview(user) -> bool:
    return user.is_authenticated


def can_open_round(user) -> bool:
    return is_coordinator(user)


def can_start_plan(user, domain_id: int) -> bool:
    """Start the domain's plan in a new round (from the previous approved plan)."""
    return domain_id in editor_domain_ids(user) or is_coordinator(user)


# ---- publication, documents and new rounds (publish) --------------------------------


def visible_documents(user, queryset: QuerySet | None = None) -> QuerySet:
    """The documents `can_view_document` lets the user see, as a queryset."""
    from plans.models import Document

    qs = Document.objects.all() if queryset is None else queryset
    if is_staff_user(user):
        return qs
    return qs.filter(is_public=True)


def can_list_documents(user) -> bool:
    """The documents page of a round (internal ones included): the people of the process."""
    return is_staff_user(user)


def can_view_round_management(user) -> bool:
    """The round's page in /ronde-beheer/: coordinators, and editors for their own domains."""
    return is_coordinator(user) or bool(editor_domain_ids(user))


def startable_domains(user, queryset: QuerySet | None = None) -> QuerySet:
    """The domains whose plan the user may start in a new round (cf. `can_start_plan`)."""
    from plans.models import PolicyDomain

    qs = PolicyDomain.objects.all() if queryset is None else queryset
    if is_coordinator(user):
        return qs
    return qs.filter(pk__in=editor_domain_ids(user))


# ---- overlaps across domains (insight) ---------------------------------------------


def can_view_overlaps(user) -> bool:
    """The overlap analysis: see it, start it, mark its pairs — the coordination only."""
    return is_coordinator(user)


def get_overlap_pair_or_404(user, pk: int) -> OverlapPair:
    from insight.models import OverlapPair

    pair = OverlapPair.objects.select_related("round").filter(pk=pk).first()
    if pair is None or not can_view_overlaps(user):
        raise Http404(_("No such overlap."))
    return pair


def can_search_processes(user) -> bool:
    """Search and export the processes of every plan the user may see (SPEC §6)."""
    return user.is_authenticated


# ---- notifications -----------------------------------------------------------------


def visible_notifications(user) -> QuerySet:
    """A user's own notifications; nobody reads another's."""
    from notifications.models import Notification

    if not user.is_authenticated:
        return Notification.objects.none()
    return Notification.objects.filter(recipient_id=user.pk)


def get_notification_or_404(user, pk: int):
    note = visible_notifications(user).filter(pk=pk).first()
    if note is None:
        raise Http404(_("No such notification."))
    return note


# ---- the public pages, open data and the API (publication) --------------------------


def public_plans(queryset: QuerySet | None = None) -> QuerySet:
    """What the public sees of the plans: the approved ones, never one before its approval."""
    from plans.models import Plan

    qs = Plan.objects.all() if queryset is None else queryset
    return qs.filter(status=Plan.Status.APPROVED)


def public_processes(queryset: QuerySet | None = None) -> QuerySet:
    """The processes of the approved plans: the public pages, the open data, the catalogue."""
    from plans.models import Plan
    from processes.models import CoreProcess

    qs = CoreProcess.objects.all() if queryset is None else queryset
    return qs.filter(plan__status=Plan.Status.APPROVED)


def visible_decisions(user, queryset: QuerySet | None = None) -> QuerySet:
    """Every government decision for those who read the decisions (`can_view_decisions`);
    for everyone else the decisions that approved a plan, published with it."""
    from plans.models import Plan
    from reviews.models import GovernmentDecision

    qs = GovernmentDecision.objects.all() if queryset is None else queryset
    if can_view_decisions(user):
        return qs
    approved = Plan.objects.filter(status=Plan.Status.APPROVED).values("government_decision_id")
    return qs.filter(pk__in=approved)


def can_use_api(user) -> bool:
    """The read-only API: anyone signed in, through the session or a personal token."""
    return user.is_authenticated


def can_manage_api_tokens(user) -> bool:
    """Create and revoke one's own personal API tokens (never another user's)."""
    return user.is_authenticated and user.is_active


# ---- follow-up of approved plans (SPEC §10) and the dossier (SPEC §11) -----------------


def can_view_followup(user, plan: Plan) -> bool:
    """Tracks and milestones of an approved plan: whoever may read the plan."""
    return plan.is_approved and can_view_plan(user, plan)


def can_edit_track(user, track: FollowUpTrack) -> bool:
    """Intended result, planned effect and milestones: the editors of the plan's domain."""
    return track.plan.is_approved and is_editor_of(user, track.plan)


def can_manage_periods(user) -> bool:
    """Open and publish reporting periods, accept or return reports, see the overview."""
    return is_coordinator(user)


def can_view_report(user, report: ProgressReport) -> bool:
    """The domain's editors and the coordinators in every state; once accepted, whoever
    may read the plan (the internal notes included: they are signed-in readers)."""
    if is_coordinator(user) or is_editor_of(user, report.plan):
        return True
    return report.status == report.Status.ACCEPTED and can_view_plan(user, report.plan)


def can_edit_report(user, report: ProgressReport) -> bool:
    """Fill in and submit: an editor of the domain, while the report is a draft or
    returned and its period open."""
    return report.is_editable and report.period.is_open and is_editor_of(user, report.plan)


def can_file_report(user, report: ProgressReport) -> bool:
    """Who acts on the report for the domain (the state is the service's guard)."""
    return is_editor_of(user, report.plan)


def visible_reports(user, queryset: QuerySet | None = None) -> QuerySet:
    from followup.models import ProgressReport

    qs = ProgressReport.objects.all() if queryset is None else queryset
    if is_coordinator(user):
        return qs
    visible = Q(status=ProgressReport.Status.ACCEPTED, plan__in=visible_plans(user))
    if domains := editor_domain_ids(user):
        visible |= Q(plan__domain_id__in=domains)
    return qs.filter(visible)


def visible_tracks(user, queryset: QuerySet | None = None) -> QuerySet:
    """The tracks of the approved plans the user may read (`can_view_followup`)."""
    from followup.models import FollowUpTrack
    from plans.models import Plan

    qs = FollowUpTrack.objects.all() if queryset is None else queryset
    qs = qs.filter(plan__status=Plan.Status.APPROVED)
    return qs if is_coordinator(user) else qs.filter(plan__in=visible_plans(user))


def public_report_entries(queryset: QuerySet | None = None) -> QuerySet:
    """What the public sees of the reports: the entries of accepted reports of published
    periods (their notes and delay reasons stay inside: the caller leaves them out)."""
    from followup.models import ProgressReport, ReportEntry, ReportingPeriod

    qs = ReportEntry.objects.all() if queryset is None else queryset
    return qs.filter(
        report__status=ProgressReport.Status.ACCEPTED,
        report__period__status=ReportingPeriod.Status.PUBLISHED,
    )


def get_track_or_404(user, pk: int) -> FollowUpTrack:
    from followup.models import FollowUpTrack

    track = (
        FollowUpTrack.objects.select_related(
            "process__entity", "plan__domain", "plan__round", "plan__government_decision"
        )
        .filter(pk=pk)
        .first()
    )
    if track is None or not can_view_followup(user, track.plan):
        raise Http404(_("No such follow-up track."))
    return track


def get_milestone_or_404(user, pk: int) -> Milestone:
    from followup.models import Milestone

    milestone = (
        Milestone.objects.select_related(
            "track__process__entity", "track__plan__domain", "track__plan__round"
        )
        .filter(pk=pk)
        .first()
    )
    if milestone is None or not can_view_followup(user, milestone.track.plan):
        raise Http404(_("No such milestone."))
    return milestone


def get_report_or_404(user, pk: int) -> ProgressReport:
    from followup.models import ProgressReport

    report = (
        ProgressReport.objects.select_related("period__round", "plan__domain", "plan__round")
        .filter(pk=pk)
        .first()
    )
    if report is None or not can_view_report(user, report):
        raise Http404(_("No such progress report."))
    return report


def get_period_or_404(user, pk: int) -> ReportingPeriod:
    """Periods are no secret to anyone signed in; what they may do with one varies."""
    from followup.models import ReportingPeriod

    period = ReportingPeriod.objects.select_related("round").filter(pk=pk).order_by("pk").first()
    if period is None or not user.is_authenticated:
        raise Http404(_("No such reporting period."))
    return period


def can_view_dossier(user, process: CoreProcess) -> bool:
    """A process's dossier follows its plan's rules (SPEC §11)."""
    return can_view_plan(user, process.plan)
