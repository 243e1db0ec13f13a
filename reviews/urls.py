"""/toetsing/: the coordinating administration's review and the working groups."""

from django.urls import path

from reviews import views, views_groups

app_name = "reviews"

urlpatterns = [
    path("toetsing/", views.round_overview, name="round_overview"),
    # one plan's review
    path("toetsing/plannen/<int:pk>/", views.plan_review, name="plan_review"),
    path("toetsing/plannen/<int:pk>/kadertoets/", views.framework_check, name="framework_check"),
    path(
        "toetsing/plannen/<int:pk>/werkgroep/",
        views.plan_assign_working_group,
        name="plan_assign_working_group",
    ),
    path("toetsing/plannen/<int:pk>/terugsturen/", views.plan_return, name="plan_return"),
    path(
        "toetsing/plannen/<int:pk>/toetsing-starten/",
        views.plan_start_review,
        name="plan_start_review",
    ),
    path("toetsing/plannen/<int:pk>/valideren/", views.plan_validate, name="plan_validate"),
    # working groups, meetings, decisions on items
    path("toetsing/werkgroepen/", views_groups.working_group_list, name="working_group_list"),
    path(
        "toetsing/werkgroepen/nieuw/",
        views_groups.working_group_create,
        name="working_group_create",
    ),
    path(
        "toetsing/werkgroepen/<int:pk>/",
        views_groups.working_group_detail,
        name="working_group_detail",
    ),
    path(
        "toetsing/werkgroepen/<int:pk>/wijzigen/",
        views_groups.working_group_update,
        name="working_group_update",
    ),
    path(
        "toetsing/werkgroepen/<int:pk>/vergaderingen/nieuw/",
        views_groups.meeting_create,
        name="meeting_create",
    ),
    path("toetsing/vergaderingen/<int:pk>/", views_groups.meeting_detail, name="meeting_detail"),
    path(
        "toetsing/vergaderingen/<int:pk>/wijzigen/",
        views_groups.meeting_update,
        name="meeting_update",
    ),
    path(
        "toetsing/vergaderingen/<int:pk>/alles-bevestigen/",
        views_groups.meeting_confirm_remaining,
        name="meeting_confirm_remaining",
    ),
    path(
        "toetsing/punten/<int:pk>/beslissen/",
        views_groups.review_item_decide,
        name="review_item_decide",
    ),
    # the government's decisions
    path("toetsing/besluiten/", views.decision_list, name="decision_list"),
    path("toetsing/besluiten/nieuw/", views.decision_create, name="decision_create"),
    path("toetsing/besluiten/<int:pk>/", views.decision_detail, name="decision_detail"),
    path(
        "toetsing/besluiten/<int:pk>/document/", views.decision_document, name="decision_document"
    ),
]
