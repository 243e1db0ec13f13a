from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path

from kerntaken import health, views
from notifications.views import set_language

urlpatterns = [
    path("", views.home, name="home"),
    path(
        "toegankelijkheidsverklaring/",
        views.accessibility_statement,
        name="accessibility_statement",
    ),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("gezondheid/", health.health, name="health"),
    # Browsers ask for /favicon.ico on what is not a page (JSON, downloads).
    path("favicon.ico", views.favicon, name="favicon"),
    path("admin/", admin.site.urls),
    path("", include("plans.urls")),
    path("", include("processes.urls")),
    path("", include("reviews.urls")),
    path("", include("followup.urls")),
    path("", include("exchange.urls")),
    path("", include("publication.urls")),
    path("", include("insight.urls")),
    path("", include("notifications.urls")),
]


if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
