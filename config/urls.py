from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from config.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Articles belong to the tracker since issue 9; staff bookmarks of their old admin pages still land.
    re_path(
        r"^admin/extraction/article/(?P<rest>.*)$",
        RedirectView.as_view(url="/admin/tracker/article/%(rest)s", permanent=True, query_string=True),
    ),
    path("admin/", admin.site.urls),
    path("extraction/", include("extraction.urls")),
    path("", include("tracker.urls")),
]
