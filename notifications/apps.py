from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from notifications.services import remember_language_on_sign_in

        user_logged_in.connect(remember_language_on_sign_in, dispatch_uid="remember_language")
