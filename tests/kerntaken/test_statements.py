"""Reads compiled once (kerntaken/statements.py): the same answers as the ORM, one query."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Value
from django.test.utils import CaptureQueriesContext

from kerntaken import roles
from kerntaken.statements import Statement
from plans.models import Entity

pytestmark = pytest.mark.django_db


def _entities_of(domain_id):
    return Entity.objects.filter(domain_id=domain_id).order_by("acronym").values_list("acronym")


def test_a_statement_answers_as_its_queryset_for_each_value(domain, plan, other_plan):
    statement = Statement(_entities_of, domain_id=int)
    for domain_id in (plan.domain_id, other_plan.domain_id):
        assert statement.rows(domain_id=domain_id) == list(_entities_of(domain_id))


def test_a_statement_is_compiled_once(domain, django_assert_num_queries):
    built = []

    def build(domain_id):
        built.append(domain_id)
        return _entities_of(domain_id)

    statement = Statement(build, domain_id=int)
    statement.rows(domain_id=domain.pk)
    with django_assert_num_queries(1):
        statement.rows(domain_id=domain.pk)
    assert len(built) == 1


def test_a_parameter_the_sql_does_not_take_is_refused(domain):
    statement = Statement(
        lambda domain_id: Entity.objects.annotate(x=Value(1)).values_list("x"), domain_id=int
    )
    with pytest.raises(ValueError, match="domain_id"):
        statement.rows(domain_id=domain.pk)


def test_a_value_is_a_number_not_sql(domain):
    statement = Statement(_entities_of, domain_id=int)
    with pytest.raises(ValueError):
        statement.rows(domain_id="1 OR 1=1")


def test_roles_domains_and_working_groups_are_read_in_one_query(
    editor, member, group, domain, django_assert_num_queries
):
    member.groups.add(*editor.groups.all())
    domain.editors.add(member)
    roles.forget(member)
    with django_assert_num_queries(1):
        found = roles.identity(member)
    assert found.groups == {"member", "editor"}
    assert found.domains == {domain.pk}
    assert found.working_groups == {group.pk}
    assert roles.editor_domain_ids(member) == {domain.pk}
    assert roles.member_group_ids(member) == {group.pk}


def test_a_user_without_relations_has_no_roles(db):
    nobody = get_user_model().objects.create_user("nobody")
    assert roles.identity(nobody) == roles.Identity(frozenset(), frozenset(), frozenset())
    assert not roles.is_coordinator(nobody)
    assert roles.editor_domain_ids(nobody) == frozenset()


def test_instances_are_built_with_their_related_ones(plan, editor):
    from kerntaken.statements import instances, with_related
    from processes.models import CoreProcess
    from tests.conftest import fill_plan

    fill_plan(plan)
    related = ("entity", "plan", "plan__domain", "plan__round", "plan__government_decision")
    statement = Statement(
        lambda pk: with_related(CoreProcess.objects.filter(pk=pk), *related), pk=int
    )
    expected = CoreProcess.objects.select_related(*related).order_by("pk").first()
    (process,) = instances(CoreProcess, statement.rows(pk=expected.pk), *related)
    assert process == expected
    assert process._state.adding is False
    for name in ("code", "title", "fte", "budget", "updated_at", "version"):
        assert getattr(process, name) == getattr(expected, name)
    with CaptureQueriesContext(connection) as queries:
        assert process.entity == expected.entity
        assert process.plan.domain.name == expected.plan.domain.name
        assert process.plan.round.start_date == expected.plan.round.start_date
        assert process.plan.government_decision is None
    assert len(queries) == 0  # all read with the process
