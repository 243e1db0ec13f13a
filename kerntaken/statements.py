"""Small reads made on every page, compiled to SQL once per process.

Django compiles a queryset to SQL each time it is evaluated. For the few small reads that
every signed-in page makes (the session, the user, their roles, the count of unread
notifications) and the fixed reads of the busiest pages, compiling costs two to four times
what the database spends answering (measured on the demo round with PostgreSQL: the
unread count 0.29 ms through the ORM, 0.09 ms as a statement; README, *Capacity*).

A `Statement` is written as a queryset, built once with a stand-in for each parameter,
compiled by the ORM for the database in use, and then sent as is with the request's
values. Its rows come back as `values_list` gives them: tuples, each value through the
same conversions the ORM applies (dates on SQLite, decimals, …).
"""

from __future__ import annotations

import functools
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connections
from django.db.models import QuerySet

# Stand-ins for the parameters while the queryset is compiled, found back among the SQL's
# parameters: whole numbers that no row uses (negative, far from any id, yet within a
# 32-bit integer column's range, which the ORM checks), and texts that no form lets anyone
# type.
_NUMBERS = itertools.count(-2_100_000_001, -1)
_TEXTS = (f"\x00statement-parameter-{n}\x00" for n in itertools.count())


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple
    slots: dict[int, str]  # position in params → parameter name
    converters: list  # (position, converter functions, expression)


class Statement:
    """`build(**stand_ins)` returns the queryset; `rows(**values)` runs it.

    `parameters` name each parameter and its type, `int` (an id) or `str` (a key): `build`
    is called once per database with a distinct stand-in for each, which must each end up
    among the compiled SQL's parameters (one the ORM folded into the SQL is refused)."""

    def __init__(self, build: Callable[..., QuerySet], **parameters: type) -> None:
        if any(kind not in (int, str) for kind in parameters.values()):
            raise TypeError("A statement's parameters are whole numbers (int) or texts (str).")
        self.build, self.parameters = build, parameters
        self._compiled: dict[str, _Compiled] = {}
        self._lock = threading.Lock()

    def _compile(self, alias: str) -> _Compiled:
        stand_ins = {
            name: next(_NUMBERS) if kind is int else next(_TEXTS)
            for name, kind in self.parameters.items()
        }
        queryset = self.build(**stand_ins)
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        names = {value: name for name, value in stand_ins.items()}
        slots = {
            i: names[value]
            for i, value in enumerate(params)
            if isinstance(value, int | str) and value in names
        }
        missing = set(self.parameters) - set(slots.values())
        if missing:
            raise ValueError(f"Parameters not found in the compiled SQL: {sorted(missing)}")
        fields = [column[0] for column in compiler.select[: compiler.col_count]]
        converters = [
            (position, functions, expression)
            for position, (functions, expression) in compiler.get_converters(fields).items()
        ]
        return _Compiled(sql, tuple(params), slots, converters)

    def rows(self, using: str = "default", **values: int | str) -> list[tuple]:
        compiled = self._compiled.get(using)
        if compiled is None:
            with self._lock:
                if using not in self._compiled:
                    self._compiled[using] = self._compile(using)
            compiled = self._compiled[using]
        params = list(compiled.params)
        for i, name in compiled.slots.items():
            params[i] = self.parameters[name](values[name])
        connection = connections[using]
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            rows = cursor.fetchall()
        if not compiled.converters:
            return rows
        converted = []
        for row in rows:
            row = list(row)
            for position, functions, expression in compiled.converters:
                value = row[position]
                for function in functions:
                    value = function(value, expression, connection)
                row[position] = value
            converted.append(tuple(row))
        return converted


# ---- model instances from a statement's rows ---------------------------------------------
# A statement returns plain rows; these two read a model and the related models it would
# `select_related`, and build the instances from the rows with the documented
# `Model.from_db`, the related ones set on their parents (a null foreign key: None).


@functools.cache
def _parts(model, related: tuple[str, ...]) -> tuple[tuple[str, type, list[str]], ...]:
    """(path, model, its concrete columns) for the model and each related path (read from
    the models' options once, not at every request)."""
    parts = [("", model)]
    for path in related:
        target = model
        for name in path.split("__"):
            target = target._meta.get_field(name).related_model
        parts.append((path, target))
    return tuple((path, m, [f.attname for f in m._meta.concrete_fields]) for path, m in parts)


def with_related(queryset: QuerySet, *related: str) -> QuerySet:
    """The queryset's rows as every column of its model and of each related path."""
    return queryset.values_list(
        *(
            f"{path}__{name}" if path else name
            for path, _model, names in _parts(queryset.model, related)
            for name in names
        )
    )


def instances(model, rows: list[tuple], *related: str, using: str = "default") -> list:
    """The instances of `model` (with their related instances) that `with_related` rows hold."""
    parts = _parts(model, related)
    found = []
    for row in rows:
        objects, start = {}, 0
        for path, part_model, names in parts:
            values = row[start : start + len(names)]
            start += len(names)
            pk = values[names.index(part_model._meta.pk.attname)]
            objects[path] = None if pk is None else part_model.from_db(using, names, values)
        for path, _model, _names in parts[1:]:
            parent, _, name = path.rpartition("__")
            if objects[parent] is not None:
                setattr(objects[parent], name, objects[path])
        found.append(objects[""])
    return found
