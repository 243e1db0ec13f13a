"""What the assessments and the axes mean, in plain words, for the people who choose them.

Written from the texts of the 2014–2015 round: the communication to the government of
19 September 2014 (the six assessments of every core process) and the framework of
20 March 2015 (five axes for a more result- and client-oriented government). The process
form shows them beside its fields and the glossary lists them with the other terms.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from processes.models import Assessment, Axis

ASSESSMENT_HELP = {
    Assessment.PHASE_OUT: _(
        "The Flemish government can stop this activity, wholly or in part: it no longer "
        "belongs to its core tasks. An inter-cabinet working group discusses and validates "
        "every process proposed for phase-out."
    ),
    Assessment.TRANSFER: _(
        "The activity is better done closer to the citizen, by the municipalities, the "
        "provinces or an intermunicipal partnership; say which level. A working group "
        "discusses and validates the transfer."
    ),
    Assessment.OPTIMISE: _(
        "The activity remains a core task, but it can be done better or more efficiently: "
        "simpler procedures, fewer rules, digital services. A working group discusses and "
        "validates the optimisation."
    ),
    Assessment.KEEP: _(
        "The activity is a core task and works well as it is. The only assessment that "
        "needs no motivation."
    ),
    Assessment.STRENGTHEN: _(
        "A core task that deserves more effort than today, for example more reach, staff "
        "or budget. Say why in the motivation."
    ),
    Assessment.INTRODUCE: _(
        "A task the Flemish government does not perform yet but should take up. Say why in "
        "the motivation."
    ),
}

AXIS_HELP = {
    Axis.SERVICE_DELIVERY: _(
        "What the administration itself delivers to citizens, businesses and organisations: "
        "information, counters, files, payments. The question: can it be simpler, more "
        "digital and closer to what the client needs?"
    ),
    Axis.REGULATION: _(
        "Drafting and maintaining decrees, orders and other rules. The question: can there "
        "be fewer and simpler rules, with less administrative burden?"
    ),
    Axis.ENFORCEMENT: _(
        "Checking that rules are kept: inspections, controls and sanctions. The question: "
        "can it be more risk-based and better coordinated between services?"
    ),
    Axis.PERMITS: _(
        "Permits, licences, recognitions and accreditations the government grants. The "
        "question: can there be fewer of them, merged, and decided faster?"
    ),
    Axis.SUBSIDIES: _(
        "Grants and other financial support to organisations, local governments and "
        "people. The question: can there be fewer, simpler and more result-oriented "
        "subsidies?"
    ),
    Axis.OTHER: _(
        "Processes under none of the five axes, such as internal support (staff, ICT, "
        "finance) and policy preparation. They are assessed like any other process."
    ),
}


def assessments() -> list[tuple[str, str]]:
    """Each assessment's label and meaning, in the order of the round."""
    return [(label, ASSESSMENT_HELP[value]) for value, label in Assessment.choices]


def axes() -> list[tuple[str, str]]:
    """Each axis's label and meaning: the five of the framework, then `other`."""
    return [(label, AXIS_HELP[value]) for value, label in Axis.choices]
