"""The round's documents for the coordinating administration (/ronde-beheer/…/documenten/):
list, add, change, delete. Who may do it is asked of `kerntaken.permissions`."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from kerntaken import permissions
from plans.models import Document, Round
from publication import services
from publication.forms import DocumentForm
from publication.views import file_info

get_or_post = require_http_methods(["GET", "HEAD", "POST"])


# ---- documents ---------------------------------------------------------------------


@require_safe
def document_list(request: HttpRequest, slug: str) -> HttpResponse:
    if not permissions.can_list_documents(request.user):
        raise PermissionDenied
    round_ = get_object_or_404(Round, slug=slug)
    documents = permissions.visible_documents(request.user, round_.documents.all()).order_by(
        "date", "pk"
    )
    return render(
        request,
        "publication/document_list.html",
        {
            "round": round_,
            "documents": [(document, file_info(document)) for document in documents],
            "can_manage": permissions.can_manage_documents(request.user),
        },
    )


def _document_data(form: DocumentForm) -> dict:
    data = {name: form.cleaned_data[name] for name in services.DOCUMENT_FIELDS}
    file = form.cleaned_data.get("file")
    data["file"] = file if isinstance(file, UploadedFile) else None
    return data


@get_or_post
def document_create(request: HttpRequest, slug: str) -> HttpResponse:
    if not permissions.can_manage_documents(request.user):
        raise PermissionDenied
    round_ = get_object_or_404(Round, slug=slug)
    if request.method != "POST":
        form = DocumentForm()
    elif (form := DocumentForm(request.POST, request.FILES)).is_valid():
        document = services.add_document(round=round_, by=request.user, **_document_data(form))
        messages.success(request, _("The document “%(title)s” was added.") % {"title": document})
        return redirect("publication:document_list", slug=round_.slug)
    return render(
        request, "publication/document_form.html", {"form": form, "round": round_, "document": None}
    )


@get_or_post
def document_update(request: HttpRequest, pk: int) -> HttpResponse:
    if not permissions.can_manage_documents(request.user):
        raise PermissionDenied
    document = get_object_or_404(Document.objects.select_related("round"), pk=pk)
    # Read before the form is validated, which writes the posted values onto `document`.
    current_title, current_file = document.title, file_info(document)
    if request.method != "POST":
        form = DocumentForm(instance=document)
    elif (form := DocumentForm(request.POST, request.FILES, instance=document)).is_valid():
        document = services.update_document(
            document=Document.objects.get(pk=pk), by=request.user, **_document_data(form)
        )
        messages.success(request, _("The document “%(title)s” was saved.") % {"title": document})
        return redirect("publication:document_list", slug=document.round.slug)
    return render(
        request,
        "publication/document_form.html",
        {
            "form": form,
            "round": document.round,
            "document": document,
            "current_title": current_title,
            "file_info": current_file,
        },
    )


@get_or_post
def document_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """GET asks for confirmation; POST deletes the document and its file."""
    if not permissions.can_manage_documents(request.user):
        raise PermissionDenied
    document = get_object_or_404(Document.objects.select_related("round"), pk=pk)
    if request.method == "POST":
        round_slug, title = document.round.slug, document.title
        services.delete_document(document=document, by=request.user)
        messages.success(request, _("The document “%(title)s” was deleted.") % {"title": title})
        return redirect("publication:document_list", slug=round_slug)
    return render(request, "publication/document_confirm_delete.html", {"document": document})
