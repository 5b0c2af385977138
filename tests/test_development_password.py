"""Production never opens with the development account: admin/admin is a check error, a refused start and a refused login."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import reverse

from config.checks import development_password_check

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def production(settings):
    settings.PRODUCTION = True


@pytest.fixture
def development_admin(db) -> User:
    """What `bin/serve` (manage.py ensure_admin) leaves in the database."""
    user = User.objects.create_superuser("admin", "admin@example.org", "x")
    user.set_password("admin")
    user.save()
    return user


def log_in(client, username: str, password: str):
    return client.post(
        reverse("admin:login"), {"username": username, "password": password, "next": reverse("admin:index")}
    )


def test_production_mode_fails_its_check_while_admin_has_the_development_password(production, development_admin):
    errors = development_password_check()

    assert [error.id for error in errors] == ["config.E001"]
    assert "admin" in errors[0].msg and "changepassword" in errors[0].hint
    with pytest.raises(SystemCheckError, match="config.E001"):
        call_command("check")


def test_a_superuser_under_another_name_with_the_development_password_is_caught(production, db):
    User.objects.create_superuser("chanh.vp", "c@example.org", "admin")

    assert [error.id for error in development_password_check()] == ["config.E001"]


def test_the_check_passes_once_the_password_is_changed(production, development_admin):
    development_admin.set_password("a-long-real-password-8317")
    development_admin.save()

    assert development_password_check() == []


def test_development_mode_keeps_admin_admin_for_local_work(settings, development_admin, client):
    settings.PRODUCTION = False

    assert development_password_check() == []
    log_in(client, "admin", "admin")
    assert client.session["_auth_user_id"] == str(development_admin.pk)


def test_production_mode_refuses_the_login_with_the_development_password(production, development_admin, client):
    response = log_in(client, "admin", "admin")

    assert response.status_code == 200  # the login form again, with its error
    assert "_auth_user_id" not in client.session


def test_production_mode_lets_other_passwords_in(production, db, client):
    User.objects.create_superuser("chanh.vp", "c@example.org", "a-long-real-password-8317")

    log_in(client, "chanh.vp", "a-long-real-password-8317")
    assert "_auth_user_id" in client.session


def _run(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DJANGO_PRODUCTION"}}
    return subprocess.run(
        [sys.executable, *args], cwd=REPO, env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


def test_the_production_server_does_not_start_on_a_database_bin_serve_prepared(tmp_path):
    database = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    production = {
        **database,
        "DJANGO_PRODUCTION": "1",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "tracker.example.org",
    }
    assert _run("manage.py", "migrate", "--noinput", "-v", "0", **database).returncode == 0
    assert _run("manage.py", "ensure_admin", **database).returncode == 0

    check = _run("manage.py", "check", "--deploy", **production)
    start = _run("-c", "import config.wsgi", **production)

    assert check.returncode != 0 and "config.E001" in check.stderr
    assert start.returncode != 0 and "development password" in start.stderr
    changed = (
        "from django.contrib.auth.models import User; u = User.objects.get(username='admin'); "
        "u.set_password('a-long-real-password-8317'); u.save()"
    )
    assert _run("manage.py", "shell", "-c", changed, **database).returncode == 0
    assert _run("-c", "import config.wsgi", **production).returncode == 0
