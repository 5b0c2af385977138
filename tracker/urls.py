from django.urls import path

from tracker import views

app_name = "tracker"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("provinces/<slug:slug>/", views.province, name="province"),
    path("districts/<slug:slug>/", views.district, name="district"),
    path("communes/<slug:slug>/", views.commune, name="commune"),
    path("themes/<slug:code>/", views.theme, name="theme"),
    path("resolutions/<int:pk>/", views.resolution, name="resolution"),
    path("resolutions/<int:pk>/report.docx", views.resolution_report, name="resolution_report"),
    path("targets/", views.targets, name="targets"),
    path("targets/<int:pk>/", views.target, name="target"),
    path("articles/<int:pk>/", views.article, name="article"),
    path("search/", views.search, name="search"),
]
