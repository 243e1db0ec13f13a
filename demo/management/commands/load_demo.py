"""`manage.py load_demo`: the 2014–2015 round, its 13 domains and plans in every state.

The round is data (demo/dataset.py describes the files in demo/data/). The processes
are loaded through the Excel importer, so the model's rules check every row; a row it
refuses stops the command with the file, the row and the message. Every state change
goes through the services the application uses (demo/lifecycle.py).

Idempotent: reference data is fetched or created by its natural key, the plans of the
round are only built when the round has none yet and its follow-up (demo/followup.py)
when it has no reporting period yet, so a second run changes nothing.
"""

from __future__ import annotations

import datetime as dt
import functools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from demo import dataset, followup
from demo.lifecycle import Script, advance
from exchange.imports import apply_import, validate_rows
from insight import overlaps
from insight.models import OverlapRun
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
from processes import services as process_services
from reviews import services as review_services
from reviews.models import Meeting, ReviewItem, WorkingGroup

PASSWORD = "kerntaken"  # noqa: S105 - the documented password of the demo users
ROUND_DATES = (
    "start_date",
    "submission_deadline",
    "framework_date",
    "review_start",
    "review_end",
    "approval_date",
)


class Command(BaseCommand):
    help = "Load the 2014–2015 round with its 13 policy domains, plans and demo users."

    def handle(self, *args, **options) -> None:
        # The demo's history is not news: its steps mail nobody.
        dummy = {"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}}
        with override_settings(MAILERS=dummy):
            self._load(dataset.load())

    def _load(self, data: dict) -> None:
        with transaction.atomic():
            users = self._users(data["users"])
            round_ = self._round(data["round"], data["documents"])
            domains = self._domains(data, users)
            if not round_.plans.exists():
                self._plans(data, round_, domains, users)
            elif round_.reporting_periods.exists():
                self.stdout.write("The demo round already has its plans; nothing to do.")
                return
            # The follow-up of the approved plans (also for a round loaded before it existed).
            followup.load(round_, users["coordinator"], data["followup"])
        self.stdout.write(
            self.style.SUCCESS(f"Demo data loaded. Password of every demo user: {PASSWORD}")
        )

    # ---- reference data -------------------------------------------------------------

    def _users(self, rows: list[dict]) -> dict:
        User = get_user_model()
        users = {}
        for row in rows:
            user, created = User.objects.get_or_create(
                username=row["username"],
                defaults={
                    "first_name": row["first_name"],
                    "last_name": row["last_name"],
                    "email": f"{row['username']}@kerntaken.example",
                    "is_staff": row["superuser"],
                    "is_superuser": row["superuser"],
                },
            )
            if created:
                user.set_password(PASSWORD)
                user.save(update_fields=["password"])
            if row["role"]:
                user.groups.add(Group.objects.get_or_create(name=row["role"])[0])
            users[row["username"]] = user
        for role in Role:
            Group.objects.get_or_create(name=role)
        return users

    def _round(self, data: dict, documents: list[dict]) -> Round:
        values = {key: dataset.date(data[key]) for key in ROUND_DATES}
        values |= {"name": data["name"], "introduction": data["introduction"], "is_open": True}
        round_, _ = Round.objects.get_or_create(slug=data["slug"], defaults=values)
        for doc in documents:
            Document.objects.get_or_create(
                round=round_,
                title=doc["title"],
                defaults={
                    "kind": doc["kind"],
                    "date": dataset.date(doc["date"]),
                    "is_public": doc["is_public"],
                    "summary": doc.get("summary", ""),
                },
            )
        return round_

    def _domains(self, data: dict, users: dict) -> dict[str, PolicyDomain]:
        domains = {}
        editor_group = Group.objects.get(name=Role.EDITOR)
        editors = {row["domain"]: users[row["username"]] for row in data["users"] if row["domain"]}
        for position, row in enumerate(data["domains"], start=1):
            code = row["code"]
            domain, _ = PolicyDomain.objects.get_or_create(
                code=code, defaults={"name": row["name"], "position": position}
            )
            for entity in row["entities"]:
                Entity.objects.get_or_create(
                    domain=domain,
                    acronym=entity["acronym"],
                    defaults={"name": entity["name"], "kind": entity["kind"]},
                )
            for key in row["ministers"]:
                minister, _ = Minister.objects.get_or_create(portfolio=data["ministers"][key])
                minister.domains.add(domain)
            # Every domain has an editor to act for it; the demo users can sign in.
            editor = editors.get(code)
            if editor is None:
                editor, created = get_user_model().objects.get_or_create(
                    username=f"redactie-{code.lower()}",
                    defaults={"first_name": "Redactie", "last_name": code},
                )
                if created:
                    editor.set_unusable_password()
                    editor.save(update_fields=["password"])
                editor.groups.add(editor_group)
            domain.editors.add(editor)
            domains[code] = domain
        return domains

    # ---- plans in every state -----------------------------------------------------

    def _plans(self, data: dict, round_: Round, domains: dict, users: dict) -> None:
        coordinator = users["coordinator"]
        plans = {}
        for code, domain in domains.items():
            editor = domain.editors.order_by("pk").first()
            plan = services.create_plan(domain=domain, round=round_, by=coordinator)
            self._import(plan, editor)
            plans[code] = (plan, editor)
        for row in data["working_groups"]:
            group = WorkingGroup.objects.create(
                round=round_, name=row["name"], chair=users[row["chair"]]
            )
            group.members.add(*(users[name] for name in row["members"]))
            group.plans.add(*(plans[code][0] for code in row["plans"]))
            for meeting in row["meetings"]:
                Meeting.objects.create(
                    working_group=group,
                    date=dataset.date(meeting["date"]),
                    place=meeting["place"],
                    minutes=meeting["minutes"],
                )
        steps = data["lifecycle"]
        script = _script(steps)
        approve = []
        for code, (plan, editor) in plans.items():
            target = data["plans"][code]["state"]
            # Approval is one decision for all the approved plans together, below.
            to = Plan.Status.VALIDATED if target == Plan.Status.APPROVED else target
            plan = advance(
                plan,
                to=to,
                by=editor,
                coordinator=coordinator,
                script=script,
                review=functools.partial(_review, notes=steps["review"]),
            )
            if target == Plan.Status.APPROVED:
                approve.append(plan)
            if changes := data["plans"][code].get("after_consultation"):
                _change_after_consultation(plan, editor, changes)
        decision = steps["government_decision"]
        review_services.record_government_decision(
            round=round_,
            date=dataset.date(decision["date"]),
            reference=decision["reference"],
            title=decision["title"],
            plans=approve,
            by=coordinator,
        )
        self._backdate(round_, steps["dates"])
        # The coordinator's overlap page has a result to show (SPEC §14).
        overlaps.run_analysis(OverlapRun.objects.create(round=round_, started_by=coordinator))

    def _import(self, plan: Plan, editor) -> None:
        """The plan's processes file through the importer; a refused row stops the load."""
        sheet = dataset.process_rows(plan.domain.code)
        preview = validate_rows(plan, sheet)
        if not preview.is_valid:
            path = dataset.processes_path(plan.domain.code)
            raise CommandError(
                "\n".join(
                    f"{path}, row {problem.row}, column {problem.column}: {problem.message}"
                    for problem in preview.problems
                )
            )
        apply_import(plan=plan, by=editor, sheet=sheet, fingerprint=preview.fingerprint)

    def _backdate(self, round_: Round, dates: dict[str, str]) -> None:
        """Give the demo's steps the dates of the real round instead of today's."""
        when = {action: dt.datetime.fromisoformat(moment) for action, moment in dates.items()}
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


def _change_after_consultation(plan: Plan, editor, changes: dict) -> None:
    """Edit a plan after its consultations (a returned plan being reworked): its pages
    then say the consultation was about an earlier version."""
    for row in changes["changed"]:
        values = {key: value for key, value in row.items() if key != "code"}
        process = plan.processes.get(code=row["code"])
        process_services.update_process(
            process=process, by=editor, version=process.version, **values
        )
    for row in changes["added"]:
        entity = plan.domain.entities.get(acronym=row["entity"])
        process_services.create_process(plan=plan, by=editor, **(row | {"entity": entity}))


def _script(steps: dict) -> Script:
    consultation = steps["consultation"]
    return Script(
        consulted_on=dataset.date(consultation["date"]),
        consultation_outcome=consultation["outcome"],
        consultation_note=consultation["note"],
        submit_comment=steps["submit_comment"],
        return_reason=steps["return_reason"],
        framework_check=steps["framework_check"],
    )


def _review(plan: Plan, to: str, by, *, notes: dict) -> None:
    """The working group's work, spread over its meetings: the second item amended, the
    others confirmed; a plan still in review has two items decided and the third deferred
    to the last meeting."""
    items = list(plan.review_items.select_related("process").order_by("process__position"))
    meetings = list(plan.working_groups.order_by("pk").first().meetings.order_by("date"))
    last = 2 if to == Plan.Status.IN_REVIEW else len(items)
    for index, item in enumerate(items[:last]):
        kind = "amended" if index == 1 else "confirmed"
        review_services.decide_review_item(
            item=item,
            by=by,
            decision=ReviewItem.Decision(kind),
            meeting=meetings[index % 2],
            **notes[kind],
        )
    if to == Plan.Status.IN_REVIEW and len(items) > last:
        review_services.decide_review_item(
            item=items[last],
            by=by,
            decision=ReviewItem.Decision.DEFERRED,
            meeting=meetings[2],
            **notes["deferred"],
        )
