"""Path converters of the publication and round-management URLs."""

from django.urls import register_converter
from django.urls.converters import IntConverter


class RowIdConverter(IntConverter):
    """A primary key of at most 18 digits: larger numbers cannot be a row (the database's
    integers stop at 19 digits), so they answer 404 instead of an overflow error."""

    regex = "[0-9]{1,18}"


register_converter(RowIdConverter, "row_id")
