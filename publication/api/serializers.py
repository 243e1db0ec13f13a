"""What the API tells about each object: plain JSON, codes for vocabularies, ISO dates,
numbers as numbers. A process's fields are read from `processes.fields.FIELDS`."""

from __future__ import annotations

from rest_framework import serializers

from plans.models import Plan, Round
from processes import fields as process_fields
from processes.models import CoreProcess
from reviews.models import GovernmentDecision


class RoundSerializer(serializers.ModelSerializer):
    public_url = serializers.SerializerMethodField()

    class Meta:
        model = Round
        fields = [
            "slug",
            "name",
            "start_date",
            "submission_deadline",
            "framework_date",
            "review_start",
            "review_end",
            "approval_date",
            "is_open",
            "public_url",
        ]

    def get_public_url(self, round_: Round) -> str:
        return self.context["request"].build_absolute_uri(round_.get_absolute_url())


class PlanSerializer(serializers.ModelSerializer):
    round = serializers.CharField(source="round.slug")
    domain = serializers.CharField(source="domain.code")
    domain_name = serializers.CharField(source="domain.name")
    process_count = serializers.IntegerField()

    class Meta:
        model = Plan
        fields = [
            "id",
            "round",
            "domain",
            "domain_name",
            "status",
            "submitted_at",
            "approved_at",
            "government_decision",
            "process_count",
        ]


def _process_field_names() -> list[str]:
    return [field.name for field in process_fields.FIELDS if field.name != "entity"]


class ProcessSerializer(serializers.ModelSerializer):
    round = serializers.CharField(source="plan.round.slug")
    domain = serializers.CharField(source="plan.domain.code")
    plan_status = serializers.ChoiceField(source="plan.status", choices=Plan.Status.choices)
    entity = serializers.CharField(source="entity.acronym")
    entity_name = serializers.CharField(source="entity.name")

    class Meta:
        model = CoreProcess
        fields = [
            "id",
            "plan",
            "round",
            "domain",
            "plan_status",
            "entity",
            "entity_name",
            *_process_field_names(),
            "updated_at",
        ]


class DecisionSerializer(serializers.ModelSerializer):
    round = serializers.CharField(source="round.slug")
    has_document = serializers.SerializerMethodField()

    class Meta:
        model = GovernmentDecision
        fields = ["id", "round", "date", "reference", "title", "has_document"]

    def get_has_document(self, decision: GovernmentDecision) -> bool:
        return bool(decision.document)
