"""Every page ends at its footer: nothing (a visually hidden caption that escaped its
scroll box, say) stretches the document into white space below it. One test per role,
through that role's main pages, in a short window where tables scroll in their box."""

from __future__ import annotations

import pytest

from plans.models import Plan
from reviews.models import Meeting, WorkingGroup

pytestmark = pytest.mark.django_db(transaction=True)

# How far below the footer the document may reach (sub-pixel rounding).
SLACK_PX = 2
PAST_FOOTER = """() => {
    const footer = document.querySelector("footer.site-footer");
    const bottom = footer.getBoundingClientRect().bottom + window.scrollY;
    // A page shorter than the window is as high as the window: that is no scrolling.
    const end = Math.max(bottom, document.documentElement.clientHeight);
    return Math.round(document.documentElement.scrollHeight - end);
}"""


def assert_ends_at_footer(page, paths: list[str]) -> None:
    page.set_viewport_size({"width": 1280, "height": 720})
    overshoot = {}
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, f"{path} answered {response.status}"
        past = page.evaluate(PAST_FOOTER)
        if past > SLACK_PX:
            overshoot[path] = past
    assert not overshoot, f"pages scroll past their footer (px): {overshoot}"


def plan(code: str) -> Plan:
    return Plan.objects.get(domain__code=code, round__slug="2014-2015")


def test_editor_pages_end_at_their_footer(signed_in):
    ov = plan("OV")
    process = ov.processes.first()
    assert_ends_at_footer(
        signed_in("editor"),
        [
            "/plannen/",
            f"/plannen/{ov.pk}/",
            f"/plannen/{ov.pk}/?sort=title",
            f"/plannen/{ov.pk}/overleg/",
            f"/plannen/{ov.pk}/indienen/",
            f"/plannen/{ov.pk}/geschiedenis/",
            f"/processen/{process.pk}/bewerken/",
            "/zoeken/",
            "/inzicht/",
        ],
    )


def test_coordinator_pages_end_at_their_footer(signed_in):
    group = WorkingGroup.objects.filter(meetings__isnull=False).first()
    meeting = Meeting.objects.first()
    paths = ["/toetsing/", "/toetsing/werkgroepen/", "/toetsing/besluiten/", "/ronde-beheer/"]
    paths += [f"/toetsing/plannen/{plan(code).pk}/" for code in ("MOW", "LNE", "DAR", "RWO")]
    paths += [f"/toetsing/werkgroepen/{group.pk}/", f"/toetsing/vergaderingen/{meeting.pk}/"]
    paths += [f"/plannen/{plan('LNE').pk}/", "/zoeken/", "/inzicht/"]
    assert_ends_at_footer(signed_in("coordinator"), paths)


def test_member_pages_end_at_their_footer(signed_in):
    group = WorkingGroup.objects.get(members__username="member")
    paths = ["/toetsing/werkgroepen/", f"/toetsing/werkgroepen/{group.pk}/"]
    paths += [f"/toetsing/vergaderingen/{m.pk}/" for m in group.meetings.all()]
    paths += [f"/toetsing/plannen/{p.pk}/" for p in group.plans.all()]
    paths += ["/zoeken/", "/inzicht/"]
    assert_ends_at_footer(signed_in("member"), paths)


def test_viewer_pages_end_at_their_footer(signed_in):
    approved = plan("DAR")
    assert_ends_at_footer(
        signed_in("viewer"), ["/", f"/plannen/{approved.pk}/", "/zoeken/", "/inzicht/"]
    )


def test_public_pages_end_at_their_footer(new_page):
    assert_ends_at_footer(
        new_page(),
        ["/", "/rondes/2014-2015/", "/woordenlijst/", "/toegankelijkheidsverklaring/"],
    )
