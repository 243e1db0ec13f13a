"""Template filters of the follow-up."""

from django import template

register = template.Library()


@register.filter
def overdue_on(milestone, day) -> bool:
    """Whether the milestone was overdue on `day` (today when none is given)."""
    return milestone.is_overdue(day or None)
