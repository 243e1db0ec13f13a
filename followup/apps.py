from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowupConfig(AppConfig):
    name = "followup"
    verbose_name = _("Follow-up")

    def ready(self) -> None:
        # The approval (reviews) announces itself; the follow-up, a later stage, listens
        # and creates the tracks inside the same transaction (see create_tracks_on_approval).
        from followup.services import create_tracks_on_approval
        from plans.signals import plan_approved

        plan_approved.connect(create_tracks_on_approval, dispatch_uid="followup-create-tracks")
