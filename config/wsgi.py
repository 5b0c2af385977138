"""WSGI entry point (gunicorn config.wsgi)."""

import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()


def _refuse_development_password() -> None:
    """gunicorn runs no system checks: production does not start while config.E001 would fail."""
    from django.conf import settings

    from config.checks import development_password_users

    if settings.PRODUCTION and (users := development_password_users()):
        raise ImproperlyConfigured(
            f"production mode refuses to start: {', '.join(users)} still has the development password; "
            "change it with `python manage.py changepassword`."
        )


_refuse_development_password()
