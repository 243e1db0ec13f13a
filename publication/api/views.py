"""The API's endpoints: read-only lists and details (GET), paginated, JSON only.

Every queryset comes from `kerntaken.permissions` (`visible_plans`, `visible_processes`,
`visible_decisions`), every single object through the same "not found alike for missing
and forbidden" as the pages. The process list is the process search: its filters
(`ProcessSearchFilter`), its order, its sorting; a filter value that does not validate
answers 400 with the field's message (a script must not mistake an ignored filter for a
result). LoginRequiredMiddleware would send an anonymous request to the sign-in page: the
views are marked `login_not_required` in `urls.py` and answer 401 themselves.
"""

from __future__ import annotations

import django_filters
from django.db.models import Count
from django.utils.translation import gettext as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, serializers
from rest_framework.exceptions import NotFound

from kerntaken import permissions
from plans.models import Plan, PolicyDomain, Round
from processes.filters_search import DEFAULT_ORDER, ProcessSearchFilter
from processes.models import CoreProcess
from publication.api.serializers import (
    DecisionSerializer,
    PlanSerializer,
    ProcessSerializer,
    RoundSerializer,
)
from reviews.models import GovernmentDecision


class Problem(serializers.Serializer):
    detail = serializers.CharField()


ROW_ID = {"type": "integer", "minimum": 1, "maximum": 10**18 - 1}
SLUG = {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"}
REFUSALS = {
    401: OpenApiResponse(Problem, description="Not signed in, or a token not valid."),
    403: OpenApiResponse(Problem, description="Not allowed."),
    429: OpenApiResponse(Problem, description="Too many requests: wait and try again."),
}
NOT_FOUND = {404: OpenApiResponse(Problem, description="Not found, or not yours to see.")}
BAD_FILTER = {
    400: OpenApiResponse(
        OpenApiTypes.OBJECT, description="A filter value that is not valid, per parameter."
    )
}


def detail_schema(serializer, parameter: str, kind: dict):
    return extend_schema(
        parameters=[OpenApiParameter(parameter, kind, OpenApiParameter.PATH)],
        responses={200: serializer, **REFUSALS, **NOT_FOUND},
    )


def list_schema(serializer):
    return extend_schema(responses={200: serializer(many=True), **REFUSALS, **NOT_FOUND,
                                    **BAD_FILTER})  # fmt: skip


# ---- rounds ------------------------------------------------------------------------------


@list_schema(RoundSerializer)
class RoundList(generics.ListAPIView):
    """Every round (their public pages are open to all)."""

    serializer_class = RoundSerializer
    queryset = Round.objects.order_by("-start_date", "pk")


@detail_schema(RoundSerializer, "slug", SLUG)
class RoundDetail(generics.RetrieveAPIView):
    serializer_class = RoundSerializer
    queryset = Round.objects.all()
    lookup_field = "slug"


# ---- plans ---------------------------------------------------------------------------------


class PlanFilter(django_filters.FilterSet):
    round = django_filters.ModelChoiceFilter(
        field_name="round", queryset=Round.objects.all(), to_field_name="slug"
    )
    domain = django_filters.ModelChoiceFilter(
        field_name="domain", queryset=PolicyDomain.objects.all(), to_field_name="code"
    )
    status = django_filters.ChoiceFilter(choices=Plan.Status.choices)

    class Meta:
        model = Plan
        fields: list[str] = []


def _plans(user):
    return (
        permissions.visible_plans(user, Plan.objects.select_related("domain", "round"))
        .annotate(process_count=Count("processes"))
        .order_by("-round__start_date", "domain__position", "domain__name", "pk")
    )


@list_schema(PlanSerializer)
class PlanList(generics.ListAPIView):
    """The plans the user may see: what their dashboard, round pages and search show."""

    serializer_class = PlanSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = PlanFilter

    def get_queryset(self):
        return _plans(self.request.user)


@detail_schema(PlanSerializer, "id", ROW_ID)
class PlanDetail(generics.RetrieveAPIView):
    serializer_class = PlanSerializer
    lookup_url_kwarg = "id"

    def get_object(self) -> Plan:
        # The same fetch as the plan page: 404 alike for missing and not visible.
        plan = permissions.get_plan_or_404(self.request.user, self.kwargs["id"])
        plan.process_count = plan.processes.count()
        return plan


# ---- processes ---------------------------------------------------------------------------


def _processes(user):
    # As the search page: the plans the user sees, in the search's default order.
    return permissions.visible_processes(user, CoreProcess.objects.for_list()).order_by(
        *DEFAULT_ORDER, "pk"
    )


@list_schema(ProcessSerializer)
class ProcessList(generics.ListAPIView):
    """The process search (/zoeken/) as JSON: the same filters, order and sorting."""

    serializer_class = ProcessSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = ProcessSearchFilter

    def get_queryset(self):
        return _processes(self.request.user)


@detail_schema(ProcessSerializer, "id", ROW_ID)
class ProcessDetail(generics.RetrieveAPIView):
    serializer_class = ProcessSerializer
    lookup_url_kwarg = "id"

    def get_object(self) -> CoreProcess:
        process = _processes(self.request.user).filter(pk=self.kwargs["id"]).first()
        if process is None:
            raise NotFound(_("No such process."))
        return process


# ---- government decisions ------------------------------------------------------------------


class DecisionFilter(django_filters.FilterSet):
    round = django_filters.ModelChoiceFilter(
        field_name="round", queryset=Round.objects.all(), to_field_name="slug"
    )

    class Meta:
        model = GovernmentDecision
        fields: list[str] = []


def _decisions(user):
    return permissions.visible_decisions(
        user, GovernmentDecision.objects.select_related("round")
    ).order_by("-date", "pk")


@list_schema(DecisionSerializer)
class DecisionList(generics.ListAPIView):
    """Every decision for the coordination and the working groups; for everyone else the
    decisions that approved a plan (published with it)."""

    serializer_class = DecisionSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = DecisionFilter

    def get_queryset(self):
        return _decisions(self.request.user)


@detail_schema(DecisionSerializer, "id", ROW_ID)
class DecisionDetail(generics.RetrieveAPIView):
    serializer_class = DecisionSerializer
    lookup_url_kwarg = "id"

    def get_object(self) -> GovernmentDecision:
        decision = _decisions(self.request.user).filter(pk=self.kwargs["id"]).first()
        if decision is None:
            raise NotFound(_("No such decision."))
        return decision
