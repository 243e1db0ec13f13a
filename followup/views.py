"""The follow-up's pages for the domains (/opvolging/): the start page, a plan's tracks,
a track with its milestones, and a process's dossier (/processen/<pk>/dossier/).

Every view fetches through `kerntaken.permissions` (404 alike for missing and for not
visible) and asks it what the user may change (403 otherwise). Changes go through
`followup.services`; their refusals become messages, a stale edit shows the other
person's values beside the user's, never a 500.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from followup import dossier as story
from followup import dossier_reads, services
from followup.forms import MilestoneForm, TrackForm, VersionForm
from followup.models import FollowUpTrack, Milestone, ProgressReport, ReportingPeriod
from kerntaken import fragments, permissions
from kerntaken.errors import MESSAGES, DomainError, StaleEdit
from plans import history
from plans.models import Plan, Round

# ---- the start page ------------------------------------------------------------------


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    """The user's reports to file, the periods of every round, the approved plans."""
    user = request.user
    today = timezone.localdate()
    plans = (
        permissions.visible_plans(user)
        .filter(status=Plan.Status.APPROVED)
        .select_related("domain", "round")
        .annotate(
            track_count=Count("tracks", distinct=True),
            overdue=Count(
                "tracks__milestones",
                filter=Q(tracks__milestones__due_date__lt=today, tracks__milestones__done_on=None),
                distinct=True,
            ),
        )
        .order_by("-round__start_date", "domain__position")
    )
    my_reports = (
        ProgressReport.objects.filter(plan__domain_id__in=permissions.editor_domain_ids(user))
        .filter(period__status=ReportingPeriod.Status.OPEN)
        .select_related("period", "plan__domain")
        .order_by("period__deadline", "plan__domain__position")
    )
    rounds = Round.objects.filter(plans__status=Plan.Status.APPROVED).distinct()
    periods = ReportingPeriod.objects.select_related("round").order_by(
        "-round__start_date", "-reference_date"
    )
    return render(
        request,
        "followup/index.html",
        {
            "plans": plans,
            "my_reports": my_reports,
            "periods": periods,
            "rounds": rounds.order_by("-start_date"),
            "can_manage": permissions.can_manage_periods(user),
            "today": today,
        },
    )


# ---- a plan's tracks -------------------------------------------------------------------


def _approved_plan_or_404(user, pk: int) -> Plan:
    plan = permissions.get_plan_or_404(user, pk)
    if not permissions.can_view_followup(user, plan):
        raise Http404(_("This plan has no follow-up."))
    return plan


@require_safe
def plan_tracks(request: HttpRequest, pk: int) -> HttpResponse:
    """Every track of an approved plan with its status, effect and overdue milestones."""
    plan = _approved_plan_or_404(request.user, pk)
    today = timezone.localdate()
    tracks = (
        FollowUpTrack.objects.filter(plan=plan)
        .select_related("process__entity")
        .annotate(
            milestone_count=Count("milestones"),
            overdue=Count(
                "milestones", filter=Q(milestones__due_date__lt=today, milestones__done_on=None)
            ),
        )
        .order_by("process__position", "process__code")
    )
    return render(
        request,
        "followup/plan_tracks.html",
        {"plan": plan, "tracks": tracks, "can_edit": permissions.is_editor_of(request.user, plan)},
    )


# ---- a track and its milestones -------------------------------------------------------


@require_safe
def track_detail(request: HttpRequest, pk: int) -> HttpResponse:
    track = permissions.get_track_or_404(request.user, pk)
    today = timezone.localdate()
    milestones = [(m, m.is_overdue(today)) for m in track.milestones.all()]
    entries = (
        track.entries.filter(report__in=permissions.visible_reports(request.user))
        .select_related("report__period")
        .order_by("-report__period__reference_date")
    )
    return render(
        request,
        "followup/track_detail.html",
        {
            "track": track,
            "plan": track.plan,
            "milestones": milestones,
            "entries": entries,
            "can_edit": permissions.can_edit_track(request.user, track),
            "delete_form": VersionForm(),
        },
    )


def _editable_track_or_403(user, pk: int) -> FollowUpTrack:
    track = permissions.get_track_or_404(user, pk)
    if not permissions.can_edit_track(user, track):
        raise PermissionDenied
    return track


def _stale(model, fields, current, form: Form, message) -> dict:
    """The other person's saved values beside the user's entry, for the fields that differ."""
    differences = []
    for name in fields:
        model_field = model._meta.get_field(name)
        theirs, yours = getattr(current, model_field.attname), form.cleaned_data.get(name)
        if (theirs or None) != (yours or None):
            differences.append(
                {
                    "label": model_field.verbose_name,
                    "theirs": history.display(model, name, theirs, {}),
                    "yours": history.display(model, name, yours, {}),
                }
            )
    last = current.history.select_related("history_user").first()
    return {
        "message": message,
        "differences": differences,
        "who": history.who(last) if last else "",
        "when": last.history_date if last else None,
    }


def _add_errors(form: Form, error: ValidationError) -> None:
    for name, errors in getattr(error, "error_dict", {None: error.error_list}).items():
        form.add_error(name if name in form.fields else None, errors)


@require_http_methods(["GET", "HEAD", "POST"])
def track_update(request: HttpRequest, pk: int) -> HttpResponse:
    track = _editable_track_or_403(request.user, pk)
    form = TrackForm(request.POST if request.method == "POST" else None, instance=track)
    stale = None
    if request.method == "POST" and form.is_valid():
        try:
            services.update_track(
                track=track, by=request.user, version=form.cleaned_data["version"], **form.values
            )
        except StaleEdit as error:
            stale = _stale(FollowUpTrack, TrackForm.Meta.fields, error.current, form, error.message)
            data = request.POST.copy()
            data["version"] = str(error.current.version)
            form = TrackForm(data, instance=error.current)
        except ValidationError as error:
            _add_errors(form, error)
        except DomainError as error:
            messages.error(request, str(error))
            return redirect("followup:track_detail", pk=track.pk)
        else:
            messages.success(request, _("The follow-up track was saved."))
            return redirect("followup:track_detail", pk=track.pk)
    return render(
        request, "followup/track_form.html", {"track": track, "form": form, "stale": stale}
    )


@require_http_methods(["GET", "HEAD", "POST"])
def milestone_create(request: HttpRequest, pk: int) -> HttpResponse:
    track = _editable_track_or_403(request.user, pk)
    form = MilestoneForm(request.POST if request.method == "POST" else None, track=track)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_milestone(track=track, by=request.user, **form.values)
        except ValidationError as error:
            _add_errors(form, error)
        except DomainError as error:
            messages.error(request, str(error))
            return redirect("followup:track_detail", pk=track.pk)
        else:
            messages.success(request, _("The milestone was added."))
            return redirect("followup:track_detail", pk=track.pk)
    return render(request, "followup/milestone_form.html", {"track": track, "form": form})


def _editable_milestone_or_403(user, pk: int) -> Milestone:
    milestone = permissions.get_milestone_or_404(user, pk)
    if not permissions.can_edit_track(user, milestone.track):
        raise PermissionDenied
    return milestone


@require_http_methods(["GET", "HEAD", "POST"])
def milestone_update(request: HttpRequest, pk: int) -> HttpResponse:
    milestone = _editable_milestone_or_403(request.user, pk)
    track = milestone.track
    data = request.POST if request.method == "POST" else None
    form = MilestoneForm(data, track=track, instance=milestone)
    stale = None
    if request.method == "POST" and form.is_valid():
        try:
            services.update_milestone(
                milestone=milestone,
                by=request.user,
                version=form.cleaned_data["version"] or 0,
                **form.values,
            )
        except StaleEdit as error:
            stale = _stale(Milestone, MilestoneForm.Meta.fields, error.current, form, error.message)
            data = request.POST.copy()
            data["version"] = str(error.current.version)
            form = MilestoneForm(data, track=track, instance=error.current)
        except ValidationError as error:
            _add_errors(form, error)
        except DomainError as error:
            messages.error(request, str(error))
            return redirect("followup:track_detail", pk=track.pk)
        else:
            messages.success(request, _("The milestone was saved."))
            return redirect("followup:track_detail", pk=track.pk)
    return render(
        request,
        "followup/milestone_form.html",
        {"track": track, "form": form, "milestone": milestone, "stale": stale},
    )


@require_http_methods(["POST"])
def milestone_delete(request: HttpRequest, pk: int) -> HttpResponse:
    milestone = _editable_milestone_or_403(request.user, pk)
    form = VersionForm(request.POST)
    if not form.is_valid():
        messages.error(request, MESSAGES["stale_milestone"])
        return redirect("followup:track_detail", pk=milestone.track_id)
    try:
        services.delete_milestone(
            milestone=milestone, by=request.user, version=form.cleaned_data["version"]
        )
    except DomainError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The milestone was deleted."))
    return redirect("followup:track_detail", pk=milestone.track_id)


# ---- the dossier of a process ------------------------------------------------------------


@require_safe
def process_dossier(request: HttpRequest, pk: int) -> HttpResponse:
    """One process's whole story, in time order (SPEC §11): as its plan's rules allow."""
    process = dossier_reads.process(pk)
    if process is None or not permissions.can_view_dossier(request.user, process):
        raise Http404(_("No such core process."))
    found = story.dossier(process, request.user)
    # Rendered once per distinct story: any change it shows changes the data, hence the key
    # (kerntaken/fragments.py).
    content = fragments.render("followup/dossier.html#content", {"story": story.as_plain(found)})
    return render(request, "followup/dossier.html", found | {"content": content})
