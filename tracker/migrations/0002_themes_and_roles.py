"""Themes of the extraction format and the two staff roles."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

THEMES = [
    ("party", "Xây dựng Đảng, hệ thống chính trị", "Party building and political system"),
    ("economy", "Kinh tế", "Economy"),
    ("budget", "Tài chính - Ngân sách", "Finance and budget"),
    ("rural", "Nông nghiệp - Nông thôn mới", "Agriculture and new rural areas"),
    ("labour", "Lao động - Việc làm", "Labour and employment"),
    ("social", "Văn hóa - Xã hội", "Culture and society"),
    ("security", "Quốc phòng - An ninh", "Defence and security"),
    ("environment", "Tài nguyên - Môi trường", "Natural resources and environment"),
    ("other", "Khác", "Other"),
]

EDITOR = "Biên tập viên"
VIEWER = "Người xem"
TRACKED = ["unit", "theme", "resolution", "target", "achievement", "scorecard", "article"]
EDITOR_CHANGES = [
    "change_target", "add_target",
    "add_achievement", "change_achievement", "delete_achievement",
    "add_scorecard", "change_scorecard",
    "change_resolution",
    "add_article", "change_article",
]


def add_themes(apps, schema_editor):
    Theme = apps.get_model("tracker", "Theme")
    for position, (code, name_vi, name_en) in enumerate(THEMES):
        Theme.objects.update_or_create(code=code, defaults={"name_vi": name_vi, "name_en": name_en,
                                                            "position": position})


def add_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; roles need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view = Permission.objects.filter(codename__in=[f"view_{m}" for m in TRACKED]
                                     + [f"view_historical{m}" for m in TRACKED])
    viewer, _ = Group.objects.get_or_create(name=VIEWER)
    viewer.permissions.set(view)
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.set(list(view) + list(Permission.objects.filter(codename__in=EDITOR_CHANGES)))


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITOR, VIEWER]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0001_initial"),
        ("extraction", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(add_themes, migrations.RunPython.noop),
        migrations.RunPython(add_roles, remove_roles),
    ]
