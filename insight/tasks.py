"""Background work of insight, through Django's task framework (django.tasks).

Until the project configures a queue (`TASKS`), Django's default backend runs a task
at once, in the process that enqueues it; with a database-backed queue and its worker
the same call runs in the background and the page shows its progress.
"""

from __future__ import annotations

from django.tasks import task

from insight import overlaps
from insight.models import OverlapRun


@task
def find_overlaps(run_id: int) -> int:
    """Run the overlap analysis `run_id` asked for; returns the number of pairs found."""
    run = OverlapRun.objects.get(pk=run_id)
    return overlaps.run_analysis(run).pair_count
