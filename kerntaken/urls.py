from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

from kerntaken import views

urlpatterns = [
    path("", views.home, name="home"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("admin/", admin.site.urls),
    path("plannen/", include("plans.urls")),
    path("processen/", include("processes.urls")),
    path("toetsing/", include("reviews.urls")),
    path("rondes/", include("plans.urls_public")),
    path("ronde-beheer/", include("plans.urls_rounds")),
    path("excel/", include("plans.urls_excel")),
    path("inzicht/", include("plans.urls_insight")),
    path("zoeken/", include("processes.urls_search")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
