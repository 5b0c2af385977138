"""/healthz: the database answers (200) or not (503), for anyone, and never redirected to https."""

import pytest
from django.db import DatabaseError

pytestmark = pytest.mark.django_db


def test_it_says_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_it_answers_503_when_the_database_does_not(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def broken(self, sql, params=None):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", broken)

    response = client.get("/healthz")

    assert response.status_code == 503 and response.json()["status"] == "error"


def test_it_refuses_a_post(client):
    assert client.post("/healthz").status_code == 405


def test_it_is_exempt_from_the_https_redirect_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

    assert client.get("/healthz").status_code == 200
    assert client.get("/targets/").status_code == 301
