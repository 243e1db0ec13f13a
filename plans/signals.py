"""Signals of the plan's lifecycle, for the later stages that act on it.

An earlier stage must not import a later one (STYLE.md, Layout), so the approval tells
whoever listens instead of calling them: `plan_approved` is sent inside the approval's
transaction, once per approved plan, with `plan` and `by`. A receiver that raises undoes
the approval, so what it creates exists exactly when the plan is approved.
"""

from django.dispatch import Signal

plan_approved = Signal()
