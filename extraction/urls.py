from django.urls import path

from extraction import views

app_name = "extraction"

urlpatterns = [
    path("upload/", views.upload, name="upload"),
    path("upload/import/", views.upload_import, name="upload_import"),
    path("articles/<int:pk>/", views.review, name="review"),
    path("<slug:kind>/<int:pk>/<slug:action>/", views.item_review, name="item_review"),
]
