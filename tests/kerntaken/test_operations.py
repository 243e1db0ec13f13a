"""Operations: the health endpoint, private responses, the language cookie, JSON logs."""

from __future__ import annotations

import json
import logging
import runpy
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from kerntaken.logs import JsonFormatter, log_event
from notifications.tasks import send_notification_mail
from plans import services as plan_services
from tests.conftest import consult_all, fill_plan

pytestmark = pytest.mark.django_db
HEALTH = "/gezondheid/"


# ---- health ----------------------------------------------------------------------------


def test_health_is_public_cheap_and_reports_the_queue(client, settings, django_assert_num_queries):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = send_notification_mail.enqueue(notification_id=1)
    DBTaskResult.objects.filter(pk=result.id).update(
        enqueued_at=timezone.now() - timezone.timedelta(minutes=3)
    )
    with django_assert_num_queries(1):
        response = client.get(HEALTH)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["database"] == "ok"
    assert 179 <= body["oldest_queued_task_age_seconds"] <= 240
    assert "no-store" in response["Cache-Control"]


def test_health_with_an_empty_queue(client):
    assert client.get(HEALTH).json()["oldest_queued_task_age_seconds"] == 0


def test_health_answers_503_when_the_database_is_down_without_an_error_log(client, caplog):
    down = OperationalError("could not connect to server")
    with (
        caplog.at_level(logging.INFO),
        mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=down),
    ):
        response = client.get(HEALTH)
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unreachable"}
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


# ---- private responses, cookies -------------------------------------------------------------


def test_signed_in_pages_are_private_and_not_stored(client, editor):
    client.force_login(editor)
    response = client.get(reverse("plans:dashboard"))
    assert response.status_code == 200
    assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(","))


def test_signed_in_downloads_are_private_and_not_stored(client, editor):
    client.force_login(editor)
    response = client.get(reverse("exchange:process_search_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_public_pages_stay_cacheable_for_anonymous_visitors(client, round_):
    response = client.get(round_.get_absolute_url())
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
    assert "private" not in response.get("Cache-Control", "")


def test_language_cookie_is_same_site_and_http_only(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    cookie = response.cookies[django_settings.LANGUAGE_COOKIE_NAME]
    assert cookie["samesite"] == "Lax" and cookie["httponly"]


def test_language_cookie_is_secure_in_production(monkeypatch):
    for name in ("SECURE_SSL_REDIRECT", "SECURE_COOKIES", "SECURE_HSTS_SECONDS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DEBUG", "0")
    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    production = runpy.run_path(str(Path(django_settings.BASE_DIR) / "kerntaken" / "settings.py"))
    assert production["LANGUAGE_COOKIE_SECURE"] is True
    assert production["LANGUAGE_COOKIE_SAMESITE"] == "Lax"
    assert production["LANGUAGE_COOKIE_HTTPONLY"] is True


# ---- structured logs --------------------------------------------------------------------


def events(caplog, name: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if getattr(r, "event", None) == name]


def test_every_transition_is_logged_with_ids_only(
    plan, editor, coordinator, caplog, django_capture_on_commit_callbacks
):
    fill_plan(plan)
    consult_all(plan, editor)
    with caplog.at_level(logging.INFO), django_capture_on_commit_callbacks(execute=True):
        plan_services.submit_plan(plan=plan, by=editor)
    (record,) = events(caplog, "plan_transition")
    line = json.loads(JsonFormatter().format(record))
    assert line | {"time": None} == {
        "time": None,
        "level": "INFO",
        "logger": "kerntaken.events",
        "message": "plan_transition",
        "event": "plan_transition",
        "plan": plan.pk,
        "action": "submit",
        "from_status": "draft",
        "to_status": "submitted",
        "user": editor.pk,
    }


def test_a_refused_sign_in_is_logged_without_the_name_or_address(client, editor, caplog):
    with caplog.at_level(logging.INFO):
        client.post(
            reverse("login"), {"username": "editor", "password": "fout"}, REMOTE_ADDR="10.1.2.3"
        )
    (record,) = events(caplog, "sign_in_failed")
    line = JsonFormatter().format(record)
    assert "editor" not in line and "10.1.2.3" not in line
    assert json.loads(line)["level"] == "WARNING"


def test_a_permission_refusal_is_logged_with_the_user_id(client, editor, other_plan, caplog):
    client.force_login(editor)
    with caplog.at_level(logging.INFO):
        client.get(reverse("plans:plan_detail", kwargs={"pk": other_plan.pk}))
        client.get(reverse("reviews:round_overview"))
    refusals = [json.loads(JsonFormatter().format(r)) for r in events(caplog, "permission_refused")]
    assert [(r["status"], r["view"], r["user"]) for r in refusals] == [
        (404, "plans:plan_detail", editor.pk),
        (403, "reviews:round_overview", editor.pk),
    ]


def test_log_lines_are_one_json_object_each_on_stdout(capsys):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("kerntaken.events")
    logger.addHandler(handler)
    try:
        log_event("task_failed", level=logging.ERROR, task="x.y", task_id="abc", error="E")
        try:
            raise ValueError("boom\nwith a second line")
        except ValueError:
            logger.exception("failed", extra={"event": "task_failed"})
    finally:
        logger.removeHandler(handler)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["event"] == "task_failed" and first["task"] == "x.y"
    assert "ValueError: boom" in second["exception"]


def test_settings_log_json_to_stdout():
    handler = django_settings.LOGGING["handlers"]["console"]
    assert handler["stream"] == "ext://sys.stdout"
    assert django_settings.LOGGING["formatters"][handler["formatter"]]["()"] == (
        "kerntaken.logs.JsonFormatter"
    )
