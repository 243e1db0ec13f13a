"""Test data, built the way production builds it (state changes go through services)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from kerntaken.permissions import Role
from plans.models import Entity, Minister, Plan, PolicyDomain, Round
from processes.models import Assessment, Axis, CoreProcess
from reviews.models import FrameworkCheck, WorkingGroup


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("kerntaken")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        for role in extracted or ():
            group, _ = Group.objects.get_or_create(name=Role(role))
            self.groups.add(group)


class PolicyDomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PolicyDomain
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"dom{n}")
    name = factory.Sequence(lambda n: f"Beleidsdomein {n}")


class EntityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Entity

    domain = factory.SubFactory(PolicyDomainFactory)
    acronym = factory.Sequence(lambda n: f"ENT{n}")
    name = factory.Sequence(lambda n: f"Agentschap {n}")


class MinisterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Minister
        skip_postgeneration_save = True

    portfolio = factory.Sequence(lambda n: f"Vlaams minister van Portefeuille {n}")

    @factory.post_generation
    def domains(self, create, extracted, **kwargs):
        for domain in extracted or ():
            self.domains.add(domain)


class RoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Round
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Kerntakenplannen {2014 + n}")
    slug = factory.Sequence(lambda n: f"ronde-{n}")
    start_date = dt.date(2014, 9, 19)
    submission_deadline = dt.date(2015, 1, 31)
    framework_date = dt.date(2015, 3, 20)
    approval_date = dt.date(2015, 7, 17)


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    domain = factory.SubFactory(PolicyDomainFactory)
    round = factory.SubFactory(RoundFactory)


class CoreProcessFactory(factory.django.DjangoModelFactory):
    """A complete process (assessment `keep`), inserted directly: for setting up data."""

    class Meta:
        model = CoreProcess

    plan = factory.SubFactory(PlanFactory)
    entity = factory.LazyAttribute(lambda p: EntityFactory(domain=p.plan.domain))
    code = factory.Sequence(lambda n: f"P-{n:03d}")
    title = factory.Sequence(lambda n: f"Kernproces {n}")
    description = "Beschrijving van het kernproces."
    axis = Axis.SERVICE_DELIVERY
    assessment = Assessment.KEEP
    motivation = "Motivering."
    fte = Decimal("3.50")
    budget = Decimal("120.0")
    position = factory.Sequence(lambda n: n)


class WorkingGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkingGroup

    round = factory.SubFactory(RoundFactory)
    name = factory.Sequence(lambda n: f"Interkabinettenwerkgroep {n}")


class FrameworkCheckFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FrameworkCheck

    conclusion = "Het plan past binnen het kader."
