"""What a process's dossier reads, each a statement compiled once (kerntaken/statements.py).

The dossier tells a process's story from nine sources in as many queries; compiling them
cost more than the database spent answering. Each read here has one fixed shape, whoever
asks: what the user may see of it is decided afterwards by the permission module, on the
instances (the same process in another round, the reports of its track).
"""

from __future__ import annotations

from followup.models import FollowUpTrack, Milestone, ReportEntry
from kerntaken import permissions
from kerntaken.statements import Statement, instances, with_related
from plans.models import PlanVersion
from processes.models import CoreProcess
from reviews.models import FrameworkCheck, ReviewItem

PROCESS = ("entity", "plan", "plan__domain", "plan__round", "plan__government_decision")
NEIGHBOUR = ("plan", "plan__round")


def _one(model, statement: Statement, related: tuple[str, ...] = (), **values):
    found = instances(model, statement.rows(**values), *related)
    return found[0] if found else None


_PROCESS = Statement(
    lambda pk: with_related(CoreProcess.objects.filter(pk=pk).order_by(), *PROCESS), pk=int
)
_VERSIONS = Statement(
    lambda plan_id: with_related(PlanVersion.objects.filter(plan_id=plan_id).order_by("number")),
    plan_id=int,
)
_FRAMEWORK = Statement(
    lambda plan_id: with_related(
        FrameworkCheck.objects.filter(plan_id=plan_id).order_by("pk"), "checked_by"
    )[:1],
    plan_id=int,
)
REVIEW = ("working_group", "meeting", "decided_by")
_REVIEW = Statement(
    lambda process_id: with_related(
        ReviewItem.objects.filter(process_id=process_id).order_by("pk"), *REVIEW
    )[:1],
    process_id=int,
)
_TRACK = Statement(
    lambda process_id: with_related(
        FollowUpTrack.objects.filter(process_id=process_id).order_by("pk")
    )[:1],
    process_id=int,
)
_MILESTONES = Statement(
    lambda track_id: with_related(
        Milestone.objects.filter(track_id=track_id).order_by("due_date", "pk")
    ),
    track_id=int,
)
ENTRY = ("report", "report__period")
_ENTRIES = Statement(
    lambda track_id: with_related(
        ReportEntry.objects.filter(track_id=track_id).order_by(
            "report__period__reference_date", "pk"
        ),
        *ENTRY,
    ),
    track_id=int,
)


def _same_code(in_round: str) -> Statement:
    """The processes of a domain with a process's code in a round (`in_round`: the lookup
    that names the round), the earliest round first."""
    return Statement(
        lambda round_id, domain_id, process_id: with_related(
            CoreProcess.objects.filter(**{in_round: round_id}, plan__domain_id=domain_id)
            .filter(code__in=CoreProcess.objects.filter(pk=process_id).values("code"))
            .order_by("plan__round__start_date", "pk"),
            *NEIGHBOUR,
        ),
        round_id=int,
        domain_id=int,
        process_id=int,
    )


_PREVIOUS = _same_code("plan__round_id")  # the round given
_NEXT = _same_code("plan__round__previous_id")  # the round after the one given


def process(pk: int) -> CoreProcess | None:
    """The process with its entity, plan, domain, round and government decision."""
    return _one(CoreProcess, _PROCESS, PROCESS, pk=pk)


def versions(plan) -> list[PlanVersion]:
    """The plan's frozen versions, in order."""
    return instances(PlanVersion, _VERSIONS.rows(plan_id=plan.pk))


def framework_check(plan) -> FrameworkCheck | None:
    return _one(FrameworkCheck, _FRAMEWORK, ("checked_by",), plan_id=plan.pk)


def review_item(process: CoreProcess) -> ReviewItem | None:
    return _one(ReviewItem, _REVIEW, REVIEW, process_id=process.pk)


def track(process: CoreProcess) -> tuple[FollowUpTrack | None, list[Milestone]]:
    """The process's track and its milestones in date order."""
    found = _one(FollowUpTrack, _TRACK, process_id=process.pk)
    if found is None:
        return None, []
    found.process = process
    return found, instances(Milestone, _MILESTONES.rows(track_id=found.pk))


def visible_entries(found: FollowUpTrack, user) -> list[ReportEntry]:
    """The track's report entries in time order, those of the reports the user may read."""
    entries = instances(ReportEntry, _ENTRIES.rows(track_id=found.pk), *ENTRY)
    for entry in entries:
        if entry.report.plan_id == found.plan_id:
            entry.report.plan = found.process.plan  # (read already: no query per report)
    return [entry for entry in entries if permissions.can_view_report(user, entry.report)]


def same_process(process: CoreProcess, user, *, previous: bool) -> CoreProcess | None:
    """The process of the same domain and code in the round before or after this one,
    if the user may see it."""
    round_ = process.plan.round
    if previous and round_.previous_id is None:
        return None
    statement, round_id = (_PREVIOUS, round_.previous_id) if previous else (_NEXT, round_.pk)
    candidates = instances(
        CoreProcess,
        statement.rows(round_id=round_id, domain_id=process.plan.domain_id, process_id=process.pk),
        *NEIGHBOUR,
    )
    return next((c for c in candidates if permissions.can_view_dossier(user, c)), None)
