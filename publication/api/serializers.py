"""What the API tells about each object: plain JSON, codes for vocabularies, ISO dates,
numbers as numbers. A process's fields are read from `processes.fields.FIELDS`."""

from __future__ import annotations

from typing import Literal

from rest_framework import serializers

from followup.models import FollowUpTrack, Milestone, ProgressReport, ReportEntry, ReportingPeriod
from plans.models import Plan, Round
from processes import fields as process_fields
from processes.models import Assessment, CoreProcess
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


# ---- the follow-up (SPEC §10) ---------------------------------------------------------------


class MilestoneSerializer(serializers.ModelSerializer):
    class Meta:
        model = Milestone
        fields = ["id", "title", "due_date", "done_on"]


class TrackSerializer(serializers.ModelSerializer):
    round = serializers.CharField(source="plan.round.slug")
    domain = serializers.CharField(source="plan.domain.code")
    process_code = serializers.CharField(source="process.code")
    process_title = serializers.CharField(source="process.title")
    final_assessment = serializers.ChoiceField(
        source="process.final_assessment", choices=Assessment.choices
    )
    effect = serializers.SerializerMethodField()
    milestones = MilestoneSerializer(many=True)

    class Meta:
        model = FollowUpTrack
        fields = [
            "id",
            "plan",
            "process",
            "round",
            "domain",
            "process_code",
            "process_title",
            "final_assessment",
            "intended_result",
            "effect",
            "planned_fte",
            "planned_budget",
            "status",
            "milestones",
            "updated_at",
        ]

    def get_effect(self, track: FollowUpTrack) -> Literal["freed", "needed"]:
        return "freed" if track.effect_is_freed else "needed"


class PeriodSerializer(serializers.ModelSerializer):
    round = serializers.CharField(source="round.slug")

    class Meta:
        model = ReportingPeriod
        fields = ["id", "round", "name", "reference_date", "deadline", "status", "published_at"]


class EntrySerializer(serializers.ModelSerializer):
    """What the report page shows of an entry, its internal note and delay reason included:
    the reports listed are those the user may open (`permissions.visible_reports`)."""

    process_code = serializers.CharField(source="track.process.code")

    class Meta:
        model = ReportEntry
        fields = [
            "track",
            "process_code",
            "status",
            "reason",
            "completed_on",
            "decision_reference",
            "note",
            "realised_fte",
            "realised_budget",
        ]


class ReportSerializer(serializers.ModelSerializer):
    period = PeriodSerializer()
    domain = serializers.CharField(source="plan.domain.code")
    domain_name = serializers.CharField(source="plan.domain.name")
    return_reason = serializers.SerializerMethodField()
    entries = EntrySerializer(many=True)

    class Meta:
        model = ProgressReport
        fields = [
            "id",
            "period",
            "plan",
            "domain",
            "domain_name",
            "status",
            "submitted_at",
            "accepted_at",
            "return_reason",
            "entries",
        ]

    def get_return_reason(self, report: ProgressReport) -> str:
        """As the report page: the reason while the report is returned."""
        return report.return_reason if report.status == report.Status.RETURNED else ""
