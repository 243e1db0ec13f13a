from django.apps import AppConfig


class KerntakenConfig(AppConfig):
    name = "kerntaken"
    verbose_name = "Kerntaken"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_login_failed
        from django.tasks.signals import task_finished

        from kerntaken import logs, sessions

        user_login_failed.connect(logs.sign_in_failed, dispatch_uid="log_sign_in_failed")
        user_logged_in.connect(sessions.renewed_on_sign_in, dispatch_uid="session_renewed")
        task_finished.connect(logs.task_finished, dispatch_uid="log_task_failed")
