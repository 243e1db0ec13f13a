"""The world the sweeps walk through: one of everything a page can be about.

Built through the factories and the real services, so that every plan reached its state
the way production gets there (with its transitions, frozen versions and review items).

- `w.users[role]` for every role of the matrix except anonymous: `editor` edits the six
  domains of `w.plans`; `other_editor` edits the domain of `w.other_plan`; `member` sits in
  `w.group` (which holds every plan of `w.plans`), `outsider` in `w.other_group` (which
  holds `w.other_plan`); `coordinator`; `viewer`; `admin` (superuser). Usernames are the
  role names and every password is "kerntaken", so the browser can sign in as them.
- `w.round` (open, slug "2014-2015"), `w.new_round` (open, no plans).
- `w.plans[state]` for every state of the lifecycle, `w.other_plan` (draft).
- `w.process` (of the draft plan), `w.processes[state]` (one of each plan),
  `w.other_process` (of the other plan).
- `w.overlap_pair`: a pair the overlap analysis of `w.round` found (the plans share
  their processes' texts, so every process has its like in other domains).
- `w.api_token`: a personal API token of the viewer.
- `w.meeting` (of `w.group`), `w.item` (a pending review item of the plan in review),
  `w.decision` (the government decision that approved `w.plans["approved"]`),
  `w.document` (public) and `w.internal_document` (not public), both of `w.round`,
  `w.minister` (competent for the draft plan's domain).
- Follow-up of `w.plans["approved"]` (tracks for K2, K3 and K4): `w.track` (K2's, with
  `w.milestone`, overdue), and `w.periods[state]` for every state of a progress report —
  "draft", "submitted", "returned", "accepted" (open periods whose report is in that
  state) and "published" (a published period with its accepted report);
  `w.reports[state]` the approved plan's report in each.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from demo import lifecycle
from followup import services as followup_services
from followup.models import FollowUpTrack, Milestone, ProgressReport, ReportingPeriod
from insight import overlaps
from insight.models import OverlapPair, OverlapRun
from kerntaken.permissions import Role
from plans import services as plan_services
from plans.models import Document, Minister, Plan, PolicyDomain, Round
from processes import services as process_services
from processes.models import Assessment, Axis, CoreProcess, TransferLevel
from publication import services as publication_services
from publication.models import ApiToken
from reviews.models import GovernmentDecision, Meeting, ReviewItem, WorkingGroup
from tests import factories

PASSWORD = "kerntaken"  # noqa: S105 - the documented password of test and demo users
STATES = ["draft", "returned", "submitted", "in_review", "validated", "approved"]

# The editor's six domains, one per state, and the other editor's domain.
DOMAINS = {
    "draft": ("ov", "Onderwijs en Vorming", "AHOVOKS", "Agentschap voor Hoger Onderwijs"),
    "returned": ("iv", "Internationaal Vlaanderen", "DIV", "Departement Internationaal"),
    "submitted": ("mow", "Mobiliteit en Openbare Werken", "AWV", "Agentschap Wegen en Verkeer"),
    "in_review": ("wse", "Werk en Sociale Economie", "DWSE", "Departement WSE"),
    "validated": ("ewi", "Economie, Wetenschap en Innovatie", "VLAIO", "Agentschap Innoveren"),
    "approved": ("lv", "Landbouw en Visserij", "ILVO", "Instituut Landbouwonderzoek"),
}
OTHER_DOMAIN = ("wvg", "Welzijn, Volksgezondheid en Gezin", "KG", "Agentschap Kind en Gezin")


@dataclass
class World:
    users: dict[str, object]
    round: Round
    new_round: Round
    domains: dict[str, PolicyDomain] = field(default_factory=dict)
    plans: dict[str, Plan] = field(default_factory=dict)
    processes: dict[str, CoreProcess] = field(default_factory=dict)
    other_plan: Plan | None = None
    other_process: CoreProcess | None = None
    process: CoreProcess | None = None
    group: WorkingGroup | None = None
    other_group: WorkingGroup | None = None
    meeting: Meeting | None = None
    item: ReviewItem | None = None
    decision: GovernmentDecision | None = None
    document: Document | None = None
    internal_document: Document | None = None
    minister: Minister | None = None
    overlap_pair: OverlapPair | None = None
    api_token: ApiToken | None = None
    track: FollowUpTrack | None = None
    milestone: Milestone | None = None
    periods: dict[str, ReportingPeriod] = field(default_factory=dict)
    reports: dict[str, ProgressReport] = field(default_factory=dict)


def _users() -> dict[str, object]:
    users = {
        "editor": factories.UserFactory(username="editor", roles=[Role.EDITOR]),
        "other_editor": factories.UserFactory(username="other_editor", roles=[Role.EDITOR]),
        "coordinator": factories.UserFactory(username="coordinator", roles=[Role.COORDINATOR]),
        "member": factories.UserFactory(username="member", roles=[Role.MEMBER]),
        "outsider": factories.UserFactory(username="outsider", roles=[Role.MEMBER]),
        "viewer": factories.UserFactory(username="viewer", roles=[Role.VIEWER]),
        "admin": factories.UserFactory(username="admin"),
    }
    admin = users["admin"]
    admin.is_staff = admin.is_superuser = True
    admin.save(update_fields=["is_staff", "is_superuser"])
    for user in users.values():
        user.first_name = user.username.replace("_", " ").capitalize()
        user.save(update_fields=["first_name"])
    return users


def _domain(code: str, name: str, acronym: str, entity_name: str, editor) -> PolicyDomain:
    domain = factories.PolicyDomainFactory(code=code, name=name)
    domain.editors.add(editor)
    factories.EntityFactory(domain=domain, acronym=acronym, name=entity_name)
    factories.MinisterFactory(portfolio=f"Vlaams minister bevoegd voor {name}", domains=[domain])
    return domain


def _fill(plan: Plan, by) -> None:
    """Four complete processes through the service, covering the reviewed assessments."""
    entity = plan.domain.entities.get()
    rows = [
        ("K1", "Leerlingenbegeleiding", Axis.SERVICE_DELIVERY, Assessment.KEEP, "", ""),
        ("K2", "Erkenning van instellingen", Axis.PERMITS, Assessment.PHASE_OUT, "Verouderd.", ""),
        (
            "K3",
            "Subsidies voor lokale projecten",
            Axis.SUBSIDIES,
            Assessment.TRANSFER,
            "Lokaal beter geplaatst.",
            TransferLevel.MUNICIPALITY,
        ),
        ("K4", "Inspectie", Axis.ENFORCEMENT, Assessment.OPTIMISE, "Efficiënter mogelijk.", ""),
    ]
    for code, title, axis, assessment, motivation, level in rows:
        process_services.create_process(
            plan=plan,
            by=by,
            entity=entity,
            code=code,
            title=title,
            description=f"{title}: beschrijving van het kernproces.",
            axis=axis,
            assessment=assessment,
            motivation=motivation,
            transfer_level=level,
            fte=Decimal("4.50"),
            budget=Decimal("250.0"),
        )


def _advance(w: World, plan: Plan, state: str) -> Plan:
    """Take a filled draft to `state` through the lifecycle services."""
    script = lifecycle.Script(
        consultation_note="Akkoord na overleg.",
        submit_comment="Klaar voor toetsing.",
        return_reason="Motiveer K2 beter.",
        decision_reference="VR 2015 1707 DOC.0789/1",
        decision_title="Goedkeuring van de kerntakenplannen",
        decision_document=SimpleUploadedFile("besluit.pdf", b"%PDF-1.4\n% Kerntaken\n"),
    )
    plan = lifecycle.advance(
        plan,
        to=state,
        by=w.users["editor"],
        coordinator=w.users["coordinator"],
        script=script,
        review=functools.partial(lifecycle.confirm_all, meeting=w.meeting),
    )
    if state == "approved":
        w.decision = plan.government_decision
    return plan


def build_world() -> World:
    users = _users()
    editor, other_editor = users["editor"], users["other_editor"]
    round_ = factories.RoundFactory(
        name="Kerntakenplannen 2014–2015",
        slug="2014-2015",
        introduction="De Vlaamse Regering vroeg elk beleidsdomein zijn kernprocessen te duiden.",
        review_start=dt.date(2015, 4, 1),
        review_end=dt.date(2015, 6, 30),
    )
    new_round = factories.RoundFactory(
        name="Kerntakenplannen 2019–2020",
        slug="2019-2020",
        start_date=dt.date(2019, 9, 1),
        submission_deadline=dt.date(2020, 1, 31),
        framework_date=None,
        approval_date=None,
        previous=round_,
    )
    w = World(users=users, round=round_, new_round=new_round)

    for state, (code, name, acronym, entity_name) in DOMAINS.items():
        w.domains[state] = _domain(code, name, acronym, entity_name, editor)
    other_domain = _domain(*OTHER_DOMAIN, other_editor)
    w.minister = w.domains["draft"].ministers.get()

    for state in STATES:
        plan = plan_services.create_plan(domain=w.domains[state], round=round_, by=editor)
        _fill(plan, editor)
        w.plans[state] = plan
    w.other_plan = plan_services.create_plan(domain=other_domain, round=round_, by=other_editor)
    _fill(w.other_plan, other_editor)

    w.group = factories.WorkingGroupFactory(
        round=round_, name="Interkabinettenwerkgroep Onderwijs en Economie", chair=users["member"]
    )
    w.group.plans.add(*w.plans.values())
    w.group.members.add(users["member"])
    w.other_group = factories.WorkingGroupFactory(
        round=round_, name="Interkabinettenwerkgroep Welzijn"
    )
    w.other_group.plans.add(w.other_plan)
    w.other_group.members.add(users["outsider"])
    w.meeting = Meeting.objects.create(
        working_group=w.group, date=dt.date(2015, 5, 12), place="Brussel, Boudewijngebouw"
    )

    for state in STATES:
        w.plans[state] = _advance(w, w.plans[state], state)
        w.processes[state] = w.plans[state].processes.order_by("position").first()
    w.process = w.processes["draft"]
    w.other_process = w.other_plan.processes.order_by("position").first()
    w.item = ReviewItem.objects.filter(plan=w.plans["in_review"]).order_by("pk").first()

    run = OverlapRun.objects.create(round=round_, started_by=users["coordinator"])
    overlaps.run_analysis(run)
    w.overlap_pair = OverlapPair.objects.order_by("-score", "pk").first()

    _followup(w)
    w.document = _document(w, "Mededeling aan de Vlaamse Regering", is_public=True)
    w.internal_document = _document(w, "Verslag van de werkgroep (intern)", is_public=False)
    w.api_token, _secret = publication_services.create_token(user=users["viewer"], name="Script")
    return w


def _document(w: World, title: str, *, is_public: bool) -> Document:
    document = Document(
        round=w.round,
        title=title,
        kind=Document.Kind.COMMUNICATION if is_public else Document.Kind.MINUTES,
        date=dt.date(2014, 9, 19),
        summary=f"{title}.",
        is_public=is_public,
        uploaded_by=w.users["coordinator"],
    )
    document.file.save(f"{'publiek' if is_public else 'intern'}.pdf", ContentFile(b"%PDF-1.4\n"))
    return document


REPORT_STATES = ["draft", "submitted", "returned", "accepted", "published"]


def _followup(w: World) -> None:
    """A period per state of a report, each reached through the follow-up's services."""
    editor, coordinator = w.users["editor"], w.users["coordinator"]
    w.track = FollowUpTrack.objects.get(process__plan=w.plans["approved"], process__code="K2")
    w.milestone = followup_services.add_milestone(
        track=w.track, by=editor, title="Decreet aangenomen", due_date=dt.date(2015, 10, 1)
    )
    for number, state in enumerate(REPORT_STATES, start=1):
        period = followup_services.open_period(
            round=w.round,
            by=coordinator,
            name=f"Voortgang {number}",
            reference_date=dt.date(2015, 12, 31),
            deadline=dt.date(2016, 1, 31),
        )
        report = period.reports.get()
        if state != "draft":
            report = followup_services.submit_report(report=report, by=editor)
        if state == "returned":
            report = followup_services.return_report(
                report=report, by=coordinator, reason="Vul aan."
            )
        if state in {"accepted", "published"}:
            report = followup_services.accept_report(report=report, by=coordinator)
        if state == "published":
            period = followup_services.publish_period(period=period, by=coordinator)
        w.periods[state], w.reports[state] = period, report
