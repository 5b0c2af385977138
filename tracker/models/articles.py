"""Source articles: the text every extracted item points back to, and its earlier texts."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Article(models.Model):
    """A news article as imported: its cleaned text, identified by the hash of that text."""

    title = models.CharField(_("title"), max_length=500)
    source_file = models.CharField(_("source file"), max_length=255, blank=True)
    # What makes a later import "the same article, changed": the page's own address (a saved web
    # page names it) or the file's full path. A file name alone never does (index.html, baiviet.txt).
    source_url = models.CharField(_("source address"), max_length=1000, blank=True, db_index=True)
    source_path = models.CharField(_("source path"), max_length=1000, blank=True, db_index=True)
    published = models.DateTimeField(_("published"), null=True, blank=True)
    text = models.TextField(_("text"))
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True)
    needs_review = models.BooleanField(_("needs review"), default=False, db_index=True)
    review_reasons = models.JSONField(_("review reasons"), default=list, blank=True)
    # What the pipeline read, kept so staff can see items that could not be stored
    # (no unit or period recognised) and so a later import can be compared with it.
    extraction = models.JSONField(_("extraction"), default=dict, blank=True, editable=False)
    is_synthetic = models.BooleanField(_("synthetic (demo data)"), default=False)
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("tracker:article", args=[self.pk])


class ArticleVersion(models.Model):
    """An earlier text of an article, kept when an update changed it: kept items may quote it."""

    article = models.ForeignKey(Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="versions")
    title = models.CharField(_("title"), max_length=500)
    text = models.TextField(_("text"))
    content_hash = models.CharField(_("content hash"), max_length=64)
    imported_at = models.DateTimeField(_("imported"))
    replaced_at = models.DateTimeField(_("replaced"), auto_now_add=True)

    class Meta:
        verbose_name = _("earlier text of an article")
        verbose_name_plural = _("earlier texts of articles")
        ordering = ["article", "-replaced_at", "-id"]

    def __str__(self) -> str:
        return f"{self.title} ({self.imported_at:%d/%m/%Y})"
