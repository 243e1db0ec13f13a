"""`{% vocabulary_help %}`: the meaning of the axes and assessments, beside the process form."""

from django import template

from processes import vocabulary

register = template.Library()


@register.inclusion_tag("processes/_vocabulary_help.html")
def vocabulary_help() -> dict:
    return {"assessments": vocabulary.assessments(), "axes": vocabulary.axes()}
