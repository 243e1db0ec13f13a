"""/toetsing/: the coordinating administration's review and the working groups."""

from django.urls import path

from reviews import views, views_groups

urlpatterns = [
    path("", views.round_overview, name="round_overview"),
    # one plan's review
    path("plannen/<int:pk>/", views.plan_review, name="plan_review"),
    path("plannen/<int:pk>/kadertoets/", views.framework_check, name="framework_check"),
    path(
        "plannen/<int:pk>/werkgroep/",
        views.plan_assign_working_group,
        name="plan_assign_working_group",
    ),
    path("plannen/<int:pk>/terugsturen/", views.plan_return, name="plan_return"),
    path("plannen/<int:pk>/toetsing-starten/", views.plan_start_review, name="plan_start_review"),
    path("plannen/<int:pk>/valideren/", views.plan_validate, name="plan_validate"),
    # working groups, meetings, decisions on items
    path("werkgroepen/", views_groups.working_group_list, name="working_group_list"),
    path("werkgroepen/nieuw/", views_groups.working_group_create, name="working_group_create"),
    path("werkgroepen/<int:pk>/", views_groups.working_group_detail, name="working_group_detail"),
    path(
        "werkgroepen/<int:pk>/wijzigen/",
        views_groups.working_group_update,
        name="working_group_update",
    ),
    path(
        "werkgroepen/<int:pk>/vergaderingen/nieuw/",
        views_groups.meeting_create,
        name="meeting_create",
    ),
    path("vergaderingen/<int:pk>/", views_groups.meeting_detail, name="meeting_detail"),
    path("vergaderingen/<int:pk>/wijzigen/", views_groups.meeting_update, name="meeting_update"),
    path(
        "vergaderingen/<int:pk>/alles-bevestigen/",
        views_groups.meeting_confirm_remaining,
        name="meeting_confirm_remaining",
    ),
    path(
        "vergaderingen/<int:pk>/werkboek/",
        views_groups.meeting_workbook,
        name="meeting_workbook",
    ),
    path("punten/<int:pk>/beslissen/", views_groups.review_item_decide, name="review_item_decide"),
    # the government's decisions
    path("besluiten/", views.decision_list, name="decision_list"),
    path("besluiten/nieuw/", views.decision_create, name="decision_create"),
    path("besluiten/<int:pk>/", views.decision_detail, name="decision_detail"),
    path("besluiten/<int:pk>/document/", views.decision_document, name="decision_document"),
]
