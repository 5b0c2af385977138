from django.urls import path

from extraction import views

app_name = "extraction"

urlpatterns = [
    path("upload/", views.upload, name="upload"),
    path("upload/import/", views.upload_import, name="upload_import"),
    path("articles/<int:pk>/", views.review, name="review"),
    path("articles/<int:pk>/review/", views.review_selection, name="review_selection"),
    path("articles/<int:pk>/undo/", views.review_undo_last, name="review_undo"),
    path("articles/<int:pk>/merge/", views.target_merge, name="target_merge"),
    path("<slug:kind>/<int:pk>/<slug:action>/", views.item_review, name="item_review"),
]
