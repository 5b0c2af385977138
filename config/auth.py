"""Logging in: in production mode the development password opens no account, whatever the database holds."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.backends import ModelBackend

from config.checks import DEVELOPMENT_PASSWORD


class ProductionPasswordBackend(ModelBackend):
    """Django's backend, except that production mode refuses the development password (admin/admin)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if getattr(settings, "PRODUCTION", False) and password == DEVELOPMENT_PASSWORD:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
