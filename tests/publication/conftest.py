"""The publication's cast: `approved` (the plan of `domain`, approved with the processes
P1–P4) and `unapproved` (the other domain's plan, validated but not approved)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def approved(plan, editor, advance):
    return advance(plan, "approved", editor)


@pytest.fixture
def unapproved(other_plan, other_editor, advance):
    return advance(other_plan, "validated", other_editor)
