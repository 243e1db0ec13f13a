from django.apps import AppConfig


class KerntakenConfig(AppConfig):
    name = "kerntaken"
    verbose_name = "Kerntaken"
