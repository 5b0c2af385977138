"""Step 3 of 3 of the articles' move to the tracker: the extraction forgets the models. Nothing happens in
the database: the tables are the tracker's since step 1 (extraction 0005) and its models since step 2
(tracker 0008)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('extraction', '0005_article_tables_to_tracker'),
        ('tracker', '0008_article'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='ArticleVersion'),
                migrations.DeleteModel(name='Article'),
            ],
        ),
    ]
