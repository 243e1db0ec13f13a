"""Numbers as people read them: grouped by thousands in the active language.

Grouping is not switched on globally (`USE_THOUSAND_SEPARATOR`): a number printed into an
id, a URL or a form value must stay plain. Templates group only where a number is shown:
`{{ process.budget|number }}` gives 3.400,0 in Dutch and 3,400.0 in English.
"""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils import formats

register = template.Library()


def grouped(value, decimals: int | None = None) -> str:
    """The value grouped by thousands, with the decimal separator of the active language.

    A Decimal keeps its own decimal places unless `decimals` says how many; empty stays
    empty; anything that is not a number is shown as it is.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return str(value)
    return formats.number_format(value, decimals, use_l10n=True, force_grouping=True)


@register.filter
def number(value, decimals=None) -> str:
    """`{{ n|number }}`, `{{ n|number:1 }}`: see `grouped`."""
    return grouped(value, None if decimals in (None, "") else int(decimals))


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    """The full address of a path on this site, for print (where a link cannot be followed)."""
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None else path
