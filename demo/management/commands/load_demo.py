"""`manage.py load_demo`: the 2014–2015 round, its 13 domains and plans in every state.

Idempotent: reference data is fetched or created by its natural key, and the plans of
the round are only built when the round has none yet, so a second run changes nothing.
Every state change goes through the same services the application uses.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from simple_history.utils import bulk_create_with_history

from demo import demo_data
from kerntaken.permissions import Role
from plans import services
from plans.models import (
    Document,
    Entity,
    Minister,
    Plan,
    PlanTransition,
    PlanVersion,
    PolicyDomain,
    Round,
)
from processes.models import CoreProcess
from reviews import services as review_services
from reviews.models import FrameworkCheck, Meeting, ReviewItem, WorkingGroup

PASSWORD = "kerntaken"  # noqa: S105 - the documented password of the demo users
BRUSSELS = ZoneInfo("Europe/Brussels")

DEMO_USERS = [
    # username, first name, last name, role, domain code, superuser
    ("editor", "Els", "Editeur", Role.EDITOR, "OV", False),
    ("editor2", "Wout", "Editeur", Role.EDITOR, "WVG", False),
    ("coordinator", "Koen", "Coördinator", Role.COORDINATOR, None, False),
    ("member", "Mieke", "Werkgroeplid", Role.MEMBER, None, False),
    ("viewer", "Vera", "Lezer", Role.VIEWER, None, False),
    ("admin", "Ada", "Beheerder", None, None, True),
]

# The state each domain's plan reaches in the demo.
TARGET_STATES = {
    "DAR": Plan.Status.APPROVED,
    "BZ": Plan.Status.APPROVED,
    "FB": Plan.Status.APPROVED,
    "IV": Plan.Status.RETURNED,
    "EWI": Plan.Status.VALIDATED,
    "OV": Plan.Status.DRAFT,
    "WVG": Plan.Status.DRAFT,
    "CJSM": Plan.Status.APPROVED,
    "WSE": Plan.Status.IN_REVIEW,
    "LV": Plan.Status.APPROVED,
    "LNE": Plan.Status.IN_REVIEW,
    "MOW": Plan.Status.SUBMITTED,
    "RWO": Plan.Status.SUBMITTED,
}
ORDER = [
    Plan.Status.DRAFT,
    Plan.Status.SUBMITTED,
    Plan.Status.IN_REVIEW,
    Plan.Status.VALIDATED,
    Plan.Status.APPROVED,
]
WORKING_GROUPS = [
    ("Interkabinettenwerkgroep Bestuur en Financiën", ["DAR", "BZ", "FB", "IV"]),
    ("Interkabinettenwerkgroep Economie, Werk en Landbouw", ["EWI", "WSE", "LV", "CJSM"]),
    ("Interkabinettenwerkgroep Omgeving en Mobiliteit", ["LNE", "MOW", "RWO"]),
]
MEMBER_GROUP = 1  # `member` sits in the second working group
DECISION_REFERENCE = "VR 2015 1707 DOC.0789/1"

FRAMEWORK_REMARKS = {
    "service_delivery": "De processen van eigen dienstverlening zijn volledig in kaart gebracht; "
    "de klantgerichtheid kan scherper worden geformuleerd.",
    "regulation": "De voorgestelde vereenvoudigingen van regelgeving sluiten aan bij het kader.",
    "enforcement": "Handhaving en inspectie zijn afgestemd op de risico's; verdere bundeling "
    "van inspecties is aangewezen.",
    "permits": "De vergunningsprocessen worden geïntegreerd waar mogelijk.",
    "subsidies": "De subsidielijnen worden doorgelicht op overlap en verkokering.",
    "conclusion": "Het kerntakenplan is getoetst aan het kader en kan worden voorgelegd aan de "
    "interkabinettenwerkgroep.",
}


class Command(BaseCommand):
    help = "Load the 2014–2015 round with its 13 policy domains, plans and demo users."

    def handle(self, *args, **options) -> None:
        # The demo's history is not news: its steps mail nobody.
        dummy = {"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}}
        with override_settings(MAILERS=dummy):
            self._load()

    def _load(self) -> None:
        with transaction.atomic():
            users = self._users()
            round_ = self._round()
            domains = self._domains(users)
            if round_.plans.exists():
                self.stdout.write("The demo round already has its plans; nothing to do.")
                return
            self._plans(round_, domains, users)
        self.stdout.write(
            self.style.SUCCESS(f"Demo data loaded. Password of every demo user: {PASSWORD}")
        )

    # ---- reference data -------------------------------------------------------------

    def _users(self) -> dict:
        User = get_user_model()
        users = {}
        for username, first, last, role, _domain, superuser in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@kerntaken.example",
                    "is_staff": superuser,
                    "is_superuser": superuser,
                },
            )
            if created:
                user.set_password(PASSWORD)
                user.save(update_fields=["password"])
            if role:
                user.groups.add(Group.objects.get_or_create(name=role)[0])
            users[username] = user
        for role in Role:
            Group.objects.get_or_create(name=role)
        return users

    def _round(self) -> Round:
        data = demo_data.ROUND
        round_, _ = Round.objects.get_or_create(
            slug=data["slug"],
            defaults={
                key: data[key]
                for key in (
                    "name",
                    "introduction",
                    "start_date",
                    "submission_deadline",
                    "framework_date",
                    "review_start",
                    "review_end",
                    "approval_date",
                )
            }
            | {"is_open": True},
        )
        for doc in demo_data.DOCUMENTS:
            Document.objects.get_or_create(
                round=round_,
                title=doc["title"],
                defaults={
                    "kind": doc["kind"],
                    "date": doc["date"],
                    "is_public": doc["is_public"],
                    "summary": doc.get("summary", ""),
                },
            )
        return round_

    def _domains(self, users: dict) -> dict[str, PolicyDomain]:
        domains = {}
        editor_group = Group.objects.get(name=Role.EDITOR)
        for position, data in enumerate(demo_data.DOMAINS, start=1):
            domain, _ = PolicyDomain.objects.get_or_create(
                code=data["code"], defaults={"name": data["name"], "position": position}
            )
            for acronym, name, kind in data["entities"]:
                Entity.objects.get_or_create(
                    domain=domain, acronym=acronym, defaults={"name": name, "kind": kind}
                )
            for portfolio in data["ministers"]:
                minister, _ = Minister.objects.get_or_create(portfolio=portfolio)
                minister.domains.add(domain)
            # Every domain has an editor to act for it; two of them can sign in.
            demo_editor = next(
                (users[u] for u, *_r, code, _s in DEMO_USERS if code == data["code"]), None
            )
            if demo_editor is None:
                demo_editor, created = get_user_model().objects.get_or_create(
                    username=f"redactie-{data['code'].lower()}",
                    defaults={"first_name": "Redactie", "last_name": data["code"]},
                )
                if created:
                    demo_editor.set_unusable_password()
                    demo_editor.save(update_fields=["password"])
                demo_editor.groups.add(editor_group)
            domain.editors.add(demo_editor)
            domains[data["code"]] = domain
        return domains

    # ---- plans in every state -----------------------------------------------------

    def _plans(self, round_: Round, domains: dict[str, PolicyDomain], users: dict) -> None:
        coordinator = users["coordinator"]
        groups = []
        for index, (name, codes) in enumerate(WORKING_GROUPS):
            group = WorkingGroup.objects.create(round=round_, name=name, chair=coordinator)
            if index == MEMBER_GROUP:
                group.members.add(users["member"])
            groups.append((group, codes))
        plans = {}
        for data in demo_data.DOMAINS:
            domain = domains[data["code"]]
            editor = domain.editors.order_by("pk").first()
            plan = services.create_plan(domain=domain, round=round_, by=coordinator)
            self._processes(plan, data["processes"], editor)
            plans[data["code"]] = (plan, editor)
        for group, codes in groups:
            group.plans.add(*(plans[code][0] for code in codes))
            self._meetings(group)
        approve = []
        for code, (plan, editor) in plans.items():
            plan = self._advance(plan, TARGET_STATES[code], editor, coordinator)
            if TARGET_STATES[code] == Plan.Status.APPROVED:
                approve.append(plan)
        review_services.record_government_decision(
            round=round_,
            date=round_.approval_date,
            reference=DECISION_REFERENCE,
            title="Goedkeuring van de definitieve kerntakenplannen",
            plans=approve,
            by=coordinator,
        )
        self._backdate(round_)

    def _processes(self, plan: Plan, rows: list[dict], editor) -> None:
        entities = {e.acronym: e for e in plan.domain.entities.all()}
        processes = [
            CoreProcess(
                plan=plan,
                entity=entities[row["entity"]],
                position=position,
                **{k: v for k, v in row.items() if k != "entity"},
            )
            for position, row in enumerate(rows, start=1)
        ]
        for process in processes:
            process.full_clean()
        bulk_create_with_history(processes, CoreProcess, default_user=editor)

    def _meetings(self, group: WorkingGroup) -> None:
        for date, place in [
            (dt.date(2015, 4, 21), "Martelaarszaal, Brussel"),
            (dt.date(2015, 5, 19), "Martelaarszaal, Brussel"),
            (dt.date(2015, 6, 16), "Boudewijngebouw, Brussel"),
        ]:
            Meeting.objects.create(
                working_group=group,
                date=date,
                place=place,
                minutes="De werkgroep besprak de voorgelegde processen aan de hand van het kader."
                if date.month < 6
                else "",
            )

    def _advance(self, plan: Plan, target: str, editor, coordinator) -> Plan:
        if target == Plan.Status.DRAFT:
            return plan
        for minister in plan.domain.ministers.all():
            services.record_consultation(
                plan=plan,
                minister=minister,
                date=dt.date(2015, 1, 12),
                outcome="agreement",
                note="Akkoord van het kabinet na bilateraal overleg.",
                by=editor,
            )
        plan = services.submit_plan(plan=plan, by=editor, comment="Ingediend na overleg.")
        if target == Plan.Status.RETURNED:
            return services.return_plan(
                plan=plan,
                by=coordinator,
                reason="De motivering van de af te bouwen processen is te summier; "
                "vul ze aan met de verwachte impact op personeel en budget.",
            )
        if ORDER.index(target) < ORDER.index(Plan.Status.IN_REVIEW):
            return plan
        FrameworkCheck.objects.create(plan=plan, checked_by=coordinator, **FRAMEWORK_REMARKS)
        plan = review_services.start_review(plan=plan, by=coordinator)
        items = list(plan.review_items.select_related("process").order_by("process__position"))
        meetings = list(plan.working_groups.first().meetings.order_by("date"))
        last = len(items) if ORDER.index(target) > ORDER.index(Plan.Status.IN_REVIEW) else 2
        for index, item in enumerate(items[:last]):
            meeting = meetings[index % 2]
            if index == 1:
                review_services.decide_review_item(
                    item=item,
                    by=coordinator,
                    decision=ReviewItem.Decision.AMENDED,
                    final_assessment="keep",
                    meeting=meeting,
                    note="De werkgroep acht het proces noodzakelijk voor de continuïteit "
                    "van de dienstverlening.",
                )
            else:
                review_services.decide_review_item(
                    item=item,
                    by=coordinator,
                    decision=ReviewItem.Decision.CONFIRMED,
                    meeting=meeting,
                    note="Bevestigd door de werkgroep.",
                )
        if target == Plan.Status.IN_REVIEW:
            if len(items) > last:
                review_services.decide_review_item(
                    item=items[last],
                    by=coordinator,
                    decision=ReviewItem.Decision.DEFERRED,
                    meeting=meetings[2],
                    note="Uitgesteld in afwachting van bijkomende cijfers.",
                )
            return plan
        return review_services.validate_plan(plan=plan, by=coordinator)

    def _backdate(self, round_: Round) -> None:
        """Give the demo's steps the dates of the real round instead of today's."""
        when = {
            Plan.Action.CREATE: dt.datetime(2014, 10, 1, 9, 0, tzinfo=BRUSSELS),
            Plan.Action.SUBMIT: dt.datetime(2015, 1, 28, 16, 30, tzinfo=BRUSSELS),
            Plan.Action.RETURN: dt.datetime(2015, 3, 25, 11, 0, tzinfo=BRUSSELS),
            Plan.Action.START_REVIEW: dt.datetime(2015, 4, 2, 10, 0, tzinfo=BRUSSELS),
            Plan.Action.VALIDATE: dt.datetime(2015, 6, 30, 15, 0, tzinfo=BRUSSELS),
            Plan.Action.APPROVE: dt.datetime(2015, 7, 17, 13, 0, tzinfo=BRUSSELS),
        }
        for action, moment in when.items():
            PlanTransition.objects.filter(plan__round=round_, action=action).update(at=moment)
        plans = Plan.objects.filter(round=round_)
        plans.exclude(submitted_at=None).update(submitted_at=when[Plan.Action.SUBMIT])
        plans.exclude(approved_at=None).update(approved_at=when[Plan.Action.APPROVE])
        versions = PlanVersion.objects.filter(plan__round=round_)
        versions.filter(kind=PlanVersion.Kind.SUBMITTED).update(created_at=when[Plan.Action.SUBMIT])
        versions.filter(kind=PlanVersion.Kind.DEFINITIVE).update(
            created_at=when[Plan.Action.APPROVE]
        )
