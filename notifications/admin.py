from django.contrib import admin

from notifications.models import Notification, SentReminder, UserPreference


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["kind", "recipient", "created_at", "read_at", "mailed_at"]
    list_filter = ["kind"]
    list_select_related = ["recipient"]
    date_hierarchy = "created_at"
    raw_id_fields = ["recipient"]


@admin.register(UserPreference)
class UserPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "language"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]


@admin.register(SentReminder)
class SentReminderAdmin(admin.ModelAdmin):
    list_display = ["key", "deadline", "days_before", "recipient", "sent_at"]
    list_select_related = ["recipient"]
    raw_id_fields = ["recipient"]
