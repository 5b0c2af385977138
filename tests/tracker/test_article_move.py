"""Articles moved from the extraction app to the tracker (issue 9): a database that already holds articles
keeps every row, id, link and permission through the migrations, and old admin addresses still land."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from tracker.models import Achievement, Article, ArticleVersion, Resolution, Scorecard, Target

# The last migrations before the move; tracker 0008 and extraction 0005–0006 are the move.
BEFORE_MOVE = [("extraction", "0004_article_version"), ("tracker", "0007_item_rules")]


def migrate(targets: list[tuple[str, str]] | None = None):
    """Migrates the test database to these migrations (the latest when None), returns the models there."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    ContentType.objects.clear_cache()
    return MigrationExecutor(connection).loader.project_state(targets).apps


def foreign_key_of(table: str, column: str) -> tuple[str, str] | None:
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return next((c["foreign_key"] for c in constraints.values() if c["foreign_key"] and c["columns"] == [column]), None)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_article_and_everything_read_from_it_survive_the_move_to_the_tracker():
    old = migrate(BEFORE_MOVE)
    OldUnit, OldResolution = old.get_model("tracker", "Unit"), old.get_model("tracker", "Resolution")
    OldArticle, OldVersion = old.get_model("extraction", "Article"), old.get_model("extraction", "ArticleVersion")
    OldTheme, OldTarget = old.get_model("tracker", "Theme"), old.get_model("tracker", "Target")
    unit = OldUnit.objects.create(
        name="Tỉnh Bến Tre", short_name="Bến Tre", kind="tinh", level=1, system="2019", slug="ben-tre-x"
    )
    resolution = OldResolution.objects.create(unit=unit, kind="annual", start_year=2021, end_year=2021)
    theme, _ = OldTheme.objects.get_or_create(code="party", defaults={"name_vi": "Đảng", "name_en": "Party"})
    # An article removed before the move: the kept one's id is not the first a fresh table would give.
    OldArticle.objects.create(title="Bài đã xóa", text="…", content_hash="a" * 64).delete()
    article = OldArticle.objects.create(
        title="Tổng kết năm 2021", text="Phát triển 62 đảng viên.", content_hash="b" * 64
    )
    OldVersion.objects.create(
        article=article,
        title="Bản cũ",
        text="Phát triển 60 đảng viên.",
        content_hash="c" * 64,
        imported_at=datetime.datetime(2021, 1, 25, tzinfo=datetime.UTC),
    )
    resolution.articles.add(article)
    target = OldTarget.objects.create(
        resolution=resolution,
        theme=theme,
        indicator="phát triển đảng viên mới",
        planned_value=Decimal(60),
        article=article,
    )
    achievement = old.get_model("tracker", "Achievement").objects.create(
        target=target, value=Decimal(62), as_of=datetime.date(2021, 12, 31), article=article
    )
    scorecard = old.get_model("tracker", "Scorecard").objects.create(
        resolution=resolution, as_of=datetime.date(2021, 12, 31), total=25, met_or_exceeded=19, article=article
    )
    clerk = User.objects.create_user("clerk", is_staff=True)
    clerk.user_permissions.add(Permission.objects.get(content_type__app_label="extraction", codename="delete_article"))

    migrate()

    moved = Article.objects.get(pk=article.pk)
    assert (moved.title, moved.content_hash) == ("Tổng kết năm 2021", "b" * 64)
    assert ArticleVersion.objects.get(article=moved).text == "Phát triển 60 đảng viên."
    assert Target.objects.get(pk=target.pk).article_id == article.pk
    assert Achievement.objects.get(pk=achievement.pk).article_id == article.pk
    assert Scorecard.objects.get(pk=scorecard.pk).article_id == article.pk
    assert list(Resolution.objects.get(pk=resolution.pk).articles.all()) == [moved]
    # The database still enforces the links, now against the tracker's table.
    for table in ("tracker_target", "tracker_achievement", "tracker_scorecard", "tracker_resolution_articles"):
        assert foreign_key_of(table, "article_id") == ("tracker_article", "id"), table
    assert foreign_key_of("tracker_articleversion", "article_id") == ("tracker_article", "id")
    # The next article numbers on from the kept ones (PostgreSQL's sequence moved with its table).
    assert Article.objects.create(title="Bài mới", text="…", content_hash="d" * 64).pk > article.pk
    assert User.objects.get(pk=clerk.pk).has_perm("tracker.delete_article")
    assert not ContentType.objects.filter(app_label="extraction").exists()


@pytest.mark.django_db
def test_the_roles_keep_their_article_permissions_in_the_tracker(editor_user, viewer_user):
    def article_permissions(role: str) -> set[str]:
        permissions = Group.objects.get(name=role).permissions.filter(content_type__model="article")
        return {f"{p.content_type.app_label}.{p.codename}" for p in permissions}

    assert article_permissions("Biên tập viên") == {
        "tracker.add_article",
        "tracker.change_article",
        "tracker.view_article",
    }
    assert article_permissions("Người xem") == {"tracker.view_article"}
    assert editor_user.has_perm("tracker.add_article") and not viewer_user.has_perm("tracker.add_article")
    assert not Permission.objects.filter(content_type__app_label="extraction").exists()


@pytest.mark.django_db
def test_an_old_admin_address_of_an_article_lands_on_its_new_one(client, admin_user, article):
    client.force_login(admin_user)
    old = f"/admin/extraction/article/{article.pk}/change/"

    response = client.get(old, follow=True)

    assert response.redirect_chain[0] == (reverse("admin:tracker_article_change", args=[article.pk]), 301)
    assert response.status_code == 200
    assert (
        client.get("/admin/extraction/article/?needs_review__exact=1").url
        == "/admin/tracker/article/?needs_review__exact=1"
    )
