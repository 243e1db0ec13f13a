"""Personal API tokens (/profiel/api-sleutels/): a signed-in user lists, makes and revokes
their own. A new token is shown once, on the page that answers its creation, and stored
only as a digest; another user's token is "not found"."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from kerntaken import permissions
from publication import services
from publication.forms import TokenForm
from publication.models import ApiToken


@never_cache  # the page that shows a new token must not stay in a cache
@require_http_methods(["GET", "HEAD", "POST"])
def token_list(request: HttpRequest) -> HttpResponse:
    if not permissions.can_manage_api_tokens(request.user):
        raise PermissionDenied
    created = None
    if request.method != "POST":
        form = TokenForm()
    elif (form := TokenForm(request.POST)).is_valid():
        token, secret = services.create_token(user=request.user, name=form.cleaned_data["name"])
        created = {"token": token, "secret": secret}
        form = TokenForm()
    tokens = request.user.api_tokens.all()
    return render(
        request,
        "publication/api_tokens.html",
        {
            "form": form,
            "created": created,
            "tokens": tokens,
            "docs_url": reverse("publication:api_docs"),
        },
    )


@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    if not permissions.can_manage_api_tokens(request.user):
        raise PermissionDenied
    token = ApiToken.objects.filter(pk=pk, user=request.user).first()
    if token is None:
        raise Http404(_("No such token."))
    if not token.is_active:
        messages.info(
            request, _("The token “%(name)s” was already revoked.") % {"name": token.name}
        )
    else:
        services.revoke_token(token=token, by=request.user)
        messages.success(request, _("The token “%(name)s” was revoked.") % {"name": token.name})
    return redirect("publication:api_tokens")
