"""Fixtures of the coordination's tests: plans in the states the coordinator meets,
through the real services, and uploads that land in a temporary media directory."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from plans.models import Plan

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def media(_media):
    return _media


def pdf_upload(name: str = "besluit.pdf", content: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def submitted(plan, editor, group, advance) -> Plan:
    """The plan of `domain`, submitted, before `group` (where `member` sits)."""
    return advance(plan, "submitted", editor)


@pytest.fixture
def in_review(plan, editor, group, advance) -> Plan:
    """In review before `group`: items for P2 (phase-out), P3 (transfer), P4 (optimise)."""
    return advance(plan, "in_review", editor)


@pytest.fixture
def validated(plan, editor, group, advance) -> Plan:
    return advance(plan, "validated", editor)


@pytest.fixture
def approved(plan, editor, group, advance) -> Plan:
    return advance(plan, "approved", editor)


@pytest.fixture
def items(in_review) -> dict:
    """The in-review plan's items by process code."""
    return {i.process.code: i for i in in_review.review_items.select_related("process")}


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []
