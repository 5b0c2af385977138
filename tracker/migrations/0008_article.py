"""Step 2 of 3 of the articles' move from the extraction to the tracker: the tracker's models take over the
tables renamed in step 1 (extraction 0005), the items' source-article keys point at them, and the content
types move with their permissions, so the roles, user grants and admin history stay as they were. The
database schema is not touched here. Step 3 is extraction 0006."""

import django.db.models.deletion
from django.db import migrations, models

MOVED = ["article", "articleversion"]


def _content_types_move(apps, *, source: str, destination: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model in MOVED:
        moving = ContentType.objects.filter(app_label=source, model=model).first()
        if moving is None:
            continue  # permissions never created yet: post_migrate creates them for the new app
        # A migrate run back and forth lets post_migrate create the destination's own in between: its
        # grants join the permissions that move, then it goes (the names are unique).
        stray = ContentType.objects.filter(app_label=destination, model=model).first()
        if stray is not None:
            for permission in Permission.objects.filter(content_type=stray):
                kept = Permission.objects.filter(content_type=moving, codename=permission.codename).first()
                if kept is None:
                    permission.content_type = moving
                    permission.save(update_fields=["content_type"])
                    continue
                kept.group_set.add(*permission.group_set.all())
                kept.user_set.add(*permission.user_set.all())
            stray.delete()
        moving.app_label = destination
        moving.save(update_fields=["app_label"])
    ContentType.objects.clear_cache()


def content_types_to_tracker(apps, schema_editor) -> None:
    _content_types_move(apps, source="extraction", destination="tracker")


def content_types_to_extraction(apps, schema_editor) -> None:
    _content_types_move(apps, source="tracker", destination="extraction")


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('extraction', '0005_article_tables_to_tracker'),
        ('tracker', '0007_item_rules'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Article',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=500, verbose_name='title')),
                        ('source_file', models.CharField(blank=True, max_length=255, verbose_name='source file')),
                        ('source_url', models.CharField(blank=True, db_index=True, max_length=1000, verbose_name='source address')),
                        ('source_path', models.CharField(blank=True, db_index=True, max_length=1000, verbose_name='source path')),
                        ('published', models.DateTimeField(blank=True, null=True, verbose_name='published')),
                        ('text', models.TextField(verbose_name='text')),
                        ('content_hash', models.CharField(max_length=64, unique=True, verbose_name='content hash')),
                        ('needs_review', models.BooleanField(db_index=True, default=False, verbose_name='needs review')),
                        ('review_reasons', models.JSONField(blank=True, default=list, verbose_name='review reasons')),
                        ('extraction', models.JSONField(blank=True, default=dict, editable=False, verbose_name='extraction')),
                        ('is_synthetic', models.BooleanField(default=False, verbose_name='synthetic (demo data)')),
                        ('imported_at', models.DateTimeField(auto_now_add=True, verbose_name='imported')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                    ],
                    options={
                        'verbose_name': 'article',
                        'verbose_name_plural': 'articles',
                        'ordering': ['-published', '-id'],
                    },
                ),
                migrations.CreateModel(
                    name='ArticleVersion',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=500, verbose_name='title')),
                        ('text', models.TextField(verbose_name='text')),
                        ('content_hash', models.CharField(max_length=64, verbose_name='content hash')),
                        ('imported_at', models.DateTimeField(verbose_name='imported')),
                        ('replaced_at', models.DateTimeField(auto_now_add=True, verbose_name='replaced')),
                        ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='versions', to='tracker.article', verbose_name='article')),
                    ],
                    options={
                        'verbose_name': 'earlier text of an article',
                        'verbose_name_plural': 'earlier texts of articles',
                        'ordering': ['article', '-replaced_at', '-id'],
                    },
                ),
                migrations.AlterField(
                    model_name='achievement',
                    name='article',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='tracker.article', verbose_name='source article'),
                ),
                migrations.AlterField(
                    model_name='historicalachievement',
                    name='article',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tracker.article', verbose_name='source article'),
                ),
                migrations.AlterField(
                    model_name='historicalscorecard',
                    name='article',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tracker.article', verbose_name='source article'),
                ),
                migrations.AlterField(
                    model_name='historicaltarget',
                    name='article',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tracker.article', verbose_name='source article'),
                ),
                migrations.AlterField(
                    model_name='resolution',
                    name='articles',
                    field=models.ManyToManyField(blank=True, related_name='resolutions', to='tracker.article', verbose_name='source articles'),
                ),
                migrations.AlterField(
                    model_name='scorecard',
                    name='article',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='tracker.article', verbose_name='source article'),
                ),
                migrations.AlterField(
                    model_name='target',
                    name='article',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='tracker.article', verbose_name='source article'),
                ),
            ],
        ),
        migrations.RunPython(content_types_to_tracker, content_types_to_extraction),
    ]
