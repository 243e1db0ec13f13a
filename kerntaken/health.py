"""/gezondheid/: for the load balancer. Public, one query, no session, no template.

200 with the database reachable and the age of the oldest task waiting in the queue
(a worker that stopped shows as a growing age); 503 when the database does not answer.
Neither answer is logged as an error: a load balancer asks every few seconds.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET
from django_tasks_db.models import DBTaskResult


@login_not_required
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    try:
        oldest = (
            DBTaskResult.objects.ready()
            .order_by("enqueued_at")
            .values_list("enqueued_at", flat=True)
            .first()
        )
    except DatabaseError:
        response = JsonResponse({"status": "error", "database": "unreachable"}, status=503)
        # A 503 is normally logged as a server error; this one is an answer, not a fault.
        response._has_been_logged = True
    else:
        age = (timezone.now() - oldest).total_seconds() if oldest else 0
        response = JsonResponse(
            {"status": "ok", "database": "ok", "oldest_queued_task_age_seconds": round(age, 1)}
        )
    add_never_cache_headers(response)
    return response
