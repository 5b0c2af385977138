"""Articles in the admin: what each one gave, how much of it is reviewed, and the way to upload."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from tracker.models import Achievement, Article, ArticleVersion, Scorecard, Target

STATES = ("extracted", "confirmed", "rejected")


def _count(model, state: str) -> Coalesce:
    rows = (
        model.objects.filter(article=OuterRef("pk"), review_state=state)
        .order_by()
        .values("article")
        .annotate(n=Count("id"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


class ArticleVersionInline(admin.TabularInline):
    """Earlier texts an update replaced, kept because reviewed items quote them (read-only)."""

    model = ArticleVersion
    fields = ["title", "imported_at", "replaced_at", "content_hash", "text"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "published", "needs_review", "awaiting", "confirmed", "rejected", "review_link"]
    list_filter = ["needs_review", "is_synthetic", "published"]
    search_fields = ["title", "source_file", "text"]
    date_hierarchy = "published"
    # The text is what every item's offsets and the content hash point into: never edited by hand.
    readonly_fields = [
        "text",
        "content_hash",
        "source_file",
        "source_url",
        "source_path",
        "imported_at",
        "updated_at",
        "review_link",
    ]
    fields = [
        "title",
        "published",
        "source_file",
        "source_url",
        "source_path",
        "needs_review",
        "review_reasons",
        "is_synthetic",
        "review_link",
        "text",
        "content_hash",
        "imported_at",
        "updated_at",
    ]
    change_list_template = "admin/extraction/article/change_list.html"
    inlines = [ArticleVersionInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        annotations = {}
        for state in STATES:
            annotations[f"n_{state}"] = sum(
                (_count(model, state) for model in (Target, Achievement, Scorecard)), Value(0)
            )
        return super().get_queryset(request).annotate(**annotations)

    @admin.display(description=_("awaiting review"), ordering="n_extracted")
    def awaiting(self, article: Article) -> int:
        return article.n_extracted

    @admin.display(description=_("confirmed"), ordering="n_confirmed")
    def confirmed(self, article: Article) -> int:
        return article.n_confirmed

    @admin.display(description=_("rejected"), ordering="n_rejected")
    def rejected(self, article: Article) -> int:
        return article.n_rejected

    @admin.display(description=_("review"))
    def review_link(self, article: Article) -> str:
        if not article.pk:
            return "–"
        return format_html('<a href="{}">{}</a>', reverse("extraction:review", args=[article.pk]), _("Review items"))

    def get_urls(self):
        upload = path("upload/", self.admin_site.admin_view(self.upload_redirect), name="tracker_article_upload")
        return [upload, *super().get_urls()]

    def upload_redirect(self, request: HttpRequest) -> HttpResponse:
        return redirect("extraction:upload")

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Articles come in through the upload page (preview first), not an empty form.
        return False
