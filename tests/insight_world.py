"""Plans in three states for the insight tests (search, overview figures, comparison).

- `plan` (domain OV of `editor`, in `group` of `member`) stays a draft: OV-1..OV-3;
- `other_plan` (domain WVG of `other_editor`, in the group of `outsider`) a draft: WVG-1;
- `approved` (domain FB of its own editor) approved by the government: FB-1..FB-3.

So a viewer sees FB-*, a member or the editor OV-* and FB-*, the outsider or the other
editor WVG-* and FB-*, and a coordinator everything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from demo import lifecycle
from demo.lifecycle import Script
from kerntaken.permissions import Role
from plans.models import Plan
from processes.models import Assessment, Axis, TransferLevel
from reviews import services as review_services
from tests import factories

ALL_CODES = {"OV-1", "OV-2", "OV-3", "WVG-1", "FB-1", "FB-2", "FB-3"}


@dataclass
class World:
    draft: Plan
    other: Plan
    approved: Plan


def process(plan: Plan, code: str, **values):
    entity = plan.domain.entities.order_by("pk").first() or factories.EntityFactory(
        domain=plan.domain
    )
    return factories.CoreProcessFactory(plan=plan, entity=entity, code=code, **values)


def build_world(*, plan: Plan, other_plan: Plan, advance) -> World:
    process(
        plan,
        "OV-1",
        title="Organiseren van het leerlingenvervoer",
        axis=Axis.SERVICE_DELIVERY,
        assessment=Assessment.KEEP,
        fte=Decimal("2"),
        budget=Decimal("10"),
    )
    process(
        plan,
        "OV-2",
        title="Subsidiëren van nascholing",
        axis=Axis.SUBSIDIES,
        assessment=Assessment.PHASE_OUT,
        fte=Decimal("3"),
        budget=Decimal("100"),
    )
    process(
        plan,
        "OV-3",
        title="Inspecteren van scholen",
        axis=Axis.ENFORCEMENT,
        assessment=Assessment.TRANSFER,
        transfer_level=TransferLevel.MUNICIPALITY,
        fte=Decimal("1.5"),
        budget=None,
    )
    process(other_plan, "WVG-1", title="Erkennen van kinderopvang", axis=Axis.PERMITS)

    domain = factories.PolicyDomainFactory(code="fb", name="Financiën en Begroting")
    fb_editor = factories.UserFactory(username="editor-fb", roles=[Role.EDITOR])
    domain.editors.add(fb_editor)
    approved = factories.PlanFactory(domain=domain, round=plan.round)
    process(
        approved,
        "FB-1",
        title="Subsidiëren van jeugdwerk",
        description="Werkingssubsidies voor jeugdverenigingen.",
        axis=Axis.SUBSIDIES,
        assessment=Assessment.PHASE_OUT,
        fte=Decimal("4.5"),
        budget=Decimal("200"),
    )
    process(
        approved,
        "FB-2",
        title="Innen van belastingen",
        axis=Axis.SERVICE_DELIVERY,
        assessment=Assessment.KEEP,
        motivation="Blijft een kerntaak.",
    )
    process(
        approved,
        "FB-3",
        title="Vergunnen van loterijen",
        axis=Axis.PERMITS,
        assessment=Assessment.OPTIMISE,
        motivation="Digitaliseren van de aanvraag.",
        fte=Decimal("1"),
        budget=Decimal("5"),
    )
    approved = advance(approved, "approved", fb_editor)
    return World(draft=plan, other=other_plan, approved=approved)


def amend_to_keep(plan, to, by, meeting=None) -> None:
    """The working group's review: the one item is amended to "keep"."""
    if to != Plan.Status.IN_REVIEW:
        review_services.decide_review_item(
            item=plan.review_items.get(),
            by=by,
            decision="amended",
            final_assessment="keep",
            note="Blijft nodig.",
        )


def amended_to_keep(plan, *, to, editor, coordinator, reference: str = "VR 1"):
    """Submitted with its processes, reviewed by a new working group that amends the one
    proposal to "keep", and taken on to `to` (validated or approved)."""
    factories.WorkingGroupFactory(round=plan.round).plans.add(plan)
    script = Script(consulted_on=dt.date(2015, 1, 12), decision_reference=reference)
    return lifecycle.advance(
        plan, to=to, by=editor, coordinator=coordinator, script=script, review=amend_to_keep
    )
