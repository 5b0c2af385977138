"""System checks of the deployment: production never runs with the development account's password.

`bin/serve` creates `admin` / `admin` for local work (manage.py ensure_admin) in db.sqlite3, which is
also production's default database. In production mode `manage.py check` (and so `migrate`,
`check --deploy`) fails with config.E001 while an account still opens with that password, and
config.wsgi refuses to start (see development_password_users); the login refuses it anyway
(config.auth.ProductionPasswordBackend).
"""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, register
from django.db import DatabaseError

DEVELOPMENT_PASSWORD = "admin"


def development_password_users() -> list[str]:
    """Usernames of active accounts that open with the development password (superusers and `admin`).

    Only those: ensure_admin is the one way the development password gets in (the password
    validators refuse it everywhere else), and every check costs a slow password hash.
    """
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    User = get_user_model()
    try:
        candidates = list(
            User.objects.filter(Q(is_superuser=True) | Q(**{User.USERNAME_FIELD: "admin"}), is_active=True)
        )
    except DatabaseError:  # no database yet (or no tables): no account can have any password
        return []
    return [user.get_username() for user in candidates if user.check_password(DEVELOPMENT_PASSWORD)]


@register("security")
def development_password_check(app_configs=None, **kwargs) -> list[Error]:
    if not getattr(settings, "PRODUCTION", False):
        return []
    return [
        Error(
            f"The account '{username}' still has the development password '{DEVELOPMENT_PASSWORD}'.",
            hint=f"Change it (python manage.py changepassword {username}) or deactivate the account; "
            "production mode does not start, and refuses that login, until then.",
            id="config.E001",
        )
        for username in development_password_users()
    ]
