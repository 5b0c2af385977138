"""The articles move to the tracker (issue 9: the apps in one direction). Step 1 of 3: their tables take
the tracker's names, so no model of the tracker has to name the extraction's tables. Renaming keeps every
row, every id and every foreign key pointing at them (PostgreSQL follows the table, SQLite >= 3.26
rewrites the references). Step 2 is tracker 0008, step 3 extraction 0006."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('extraction', '0004_article_version'),
    ]

    operations = [
        migrations.AlterModelTable(name='article', table='tracker_article'),
        migrations.AlterModelTable(name='articleversion', table='tracker_articleversion'),
    ]
