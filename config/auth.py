"""Logging in: in production mode the development password opens no account, whatever the database holds."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.http import HttpResponse
from django.shortcuts import render

from config.checks import DEVELOPMENT_PASSWORD


class ProductionPasswordBackend(ModelBackend):
    """Django's backend, except that production mode refuses the development password (admin/admin)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if getattr(settings, "PRODUCTION", False) and password == DEVELOPMENT_PASSWORD:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def client_ip(request) -> str:
    """The client's address for login throttling, past settings.TRUSTED_PROXY_COUNT proxies.

    Only the addresses the trusted proxies appended are believed: whatever a client writes into
    X-Forwarded-For itself stands to their left and is never read.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0)
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    return forwarded[-proxies] if len(forwarded) >= proxies else remote


def lockout_response(request, original_response=None, credentials=None) -> HttpResponse:
    """The lockout page (django-axes), in the site's layout and language, answered 429."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "registration/lockout.html",
        {"failure_limit": settings.AXES_FAILURE_LIMIT, "cooloff_minutes": minutes},
        status=429,
    )
