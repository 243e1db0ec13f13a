"""Adding, changing, deleting, reordering a plan's core processes, and their history.

Every page works without JavaScript (a form page, then a redirect to the plan); with
htmx the same views answer with fragments of the plan page (template partials), so the
editor adds and edits processes without leaving the table.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kerntaken import permissions
from kerntaken.errors import MESSAGES, DomainError, StaleEdit
from plans import history
from plans.models import Plan
from plans.views import back_to_plan, refuse_unless_editable
from processes import fields, services
from processes.forms import CoreProcessForm, DeleteProcessForm, MoveProcessForm
from processes.models import CoreProcess
from processes.tables import process_table


def get_process_or_404(user, pk: int) -> CoreProcess:
    """The process, if the user may see its plan; 404 alike for missing and invisible."""
    process = CoreProcess.objects.select_related("entity").filter(pk=pk).first()
    if process is None:
        raise Http404(_("No such core process."))
    process.plan = permissions.get_plan_or_404(user, process.plan_id)
    return process


def _add_errors(form: Form, error: ValidationError) -> None:
    """Put a service's ValidationError at the form's fields (the rest on top)."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for name, errors in error.error_dict.items():
        form.add_error(name if name in form.fields else None, errors)


def _form_page(request: HttpRequest, plan: Plan, form: CoreProcessForm, **extra) -> HttpResponse:
    context = {"plan": plan, "form": form, **extra}
    if request.htmx:
        return render(request, "processes/process_form.html#editor", context)
    return render(request, "processes/process_form.html", context)


def _saved(request: HttpRequest, plan: Plan, process: CoreProcess, status: str) -> HttpResponse:
    """After a change: with htmx the refreshed table and a status line; else a redirect."""
    if request.htmx:
        context = process_table(request, plan) | {"status": status, "focus": process}
        return render(request, "processes/_saved.html", context)
    messages.success(request, status)
    return back_to_plan(request, plan, f"process-{process.pk}")


@require_http_methods(["GET", "HEAD", "POST"])
def process_create(request: HttpRequest, pk: int) -> HttpResponse:
    plan = permissions.get_plan_or_404(request.user, pk)
    if refusal := refuse_unless_editable(request, plan):
        return refusal
    form = CoreProcessForm(request.POST if request.method == "POST" else None, plan=plan)
    if request.method == "POST" and form.is_valid():
        try:
            process = services.create_process(plan=plan, by=request.user, **form.values())
        except ValidationError as error:
            _add_errors(form, error)
        except DomainError as error:
            messages.error(request, str(error))
            return back_to_plan(request, plan)
        else:
            status = _("Core process %(code)s was added.") % {"code": process.code}
            return _saved(request, plan, process, status)
    return _form_page(request, plan, form)


@require_http_methods(["GET", "HEAD", "POST"])
def process_update(request: HttpRequest, pk: int) -> HttpResponse:
    process = get_process_or_404(request.user, pk)
    plan = process.plan
    if refusal := refuse_unless_editable(request, plan):
        return refusal
    data = request.POST if request.method == "POST" else None
    form = CoreProcessForm(data, plan=plan, instance=process)
    if request.method != "POST" or not form.is_valid():
        return _form_page(request, plan, form, process=process)
    try:
        saved = services.update_process(
            process=process, by=request.user, version=form.cleaned_data["version"], **form.values()
        )
    except StaleEdit as error:
        return _stale_page(request, plan, form, error.current)
    except ValidationError as error:
        _add_errors(form, error)
        return _form_page(request, plan, form, process=process)
    except CoreProcess.DoesNotExist:
        messages.error(request, _("This core process was deleted meanwhile."))
        return back_to_plan(request, plan)
    except DomainError as error:
        messages.error(request, str(error))
        return back_to_plan(request, plan)
    status = _("Core process %(code)s was saved.") % {"code": saved.code}
    return _saved(request, plan, saved, status)


def _stale_page(
    request: HttpRequest, plan: Plan, form: CoreProcessForm, current: CoreProcess
) -> HttpResponse:
    """Refuse a save based on an old version, without losing anything: the user's values
    stay in the form (now on the current version, so saving again overwrites knowingly)
    and the other person's current values are shown beside them."""
    labels = {"entity": {e.pk: str(e) for e in plan.domain.entities.all()}}
    differences = []
    for name in fields.editable():
        model_field = CoreProcess._meta.get_field(name)
        theirs = getattr(current, model_field.attname)
        yours = form.cleaned_data.get(name)
        yours = getattr(yours, "pk", yours)
        if _blank_is_none(theirs) != _blank_is_none(yours):
            differences.append(
                {
                    "label": model_field.verbose_name,
                    "theirs": history.display(CoreProcess, name, theirs, labels),
                    "yours": history.display(CoreProcess, name, yours, labels),
                }
            )
    last = current.history.select_related("history_user").first()
    data = request.POST.copy()
    data["version"] = str(current.version)
    form = CoreProcessForm(data, plan=plan, instance=current)
    return _form_page(
        request,
        plan,
        form,
        process=current,
        stale={
            "differences": differences,
            "message": MESSAGES["stale_process"],
            "who": history.who(last) if last else "",
            "when": last.history_date if last else None,
        },
    )


def _blank_is_none(value):
    return None if value == "" else value


@require_http_methods(["GET", "HEAD", "POST"])
def process_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """A confirmation page (no JavaScript needed), then the deletion by POST."""
    process = get_process_or_404(request.user, pk)
    plan = process.plan
    if refusal := refuse_unless_editable(request, plan):
        return refusal
    if request.method != "POST":
        form = DeleteProcessForm(initial={"version": process.version})
        return _delete_page(request, plan, process, form)
    form = DeleteProcessForm(request.POST)
    if not form.is_valid():
        return _delete_page(request, plan, process, form)
    try:
        services.delete_process(
            process=process, by=request.user, version=form.cleaned_data["version"]
        )
    except StaleEdit as error:
        messages.error(request, MESSAGES["stale_process"])
        form = DeleteProcessForm(initial={"version": error.current.version})
        return _delete_page(request, plan, error.current, form)
    except DomainError as error:
        messages.error(request, str(error))
        return back_to_plan(request, plan)
    messages.success(request, _("Core process %(code)s was deleted.") % {"code": process.code})
    return back_to_plan(request, plan)


def _delete_page(
    request: HttpRequest, plan: Plan, process: CoreProcess, form: DeleteProcessForm
) -> HttpResponse:
    return render(
        request, "processes/process_delete.html", {"plan": plan, "process": process, "form": form}
    )


@require_POST
def process_move(request: HttpRequest, pk: int) -> HttpResponse:
    process = get_process_or_404(request.user, pk)
    plan = process.plan
    if refusal := refuse_unless_editable(request, plan):
        return refusal
    form = MoveProcessForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether to move the process up or down."))
        return back_to_plan(request, plan)
    try:
        services.move_process(process=process, by=request.user, offset=form.cleaned_data["offset"])
    except DomainError as error:
        messages.error(request, str(error))
        return back_to_plan(request, plan)
    if request.htmx:
        return render(request, "plans/plan_detail.html#processes", process_table(request, plan))
    return back_to_plan(request, plan, f"process-{process.pk}")


@require_GET
def process_history(request: HttpRequest, pk: int) -> HttpResponse:
    process = get_process_or_404(request.user, pk)
    if not permissions.can_view_history(request.user, process.plan):
        raise PermissionDenied
    return render(
        request,
        "processes/process_history.html",
        {
            "plan": process.plan,
            "process": process,
            "entries": history.process_history(process),
        },
    )
