"""Fixtures of the admin tests, imported by the test_admin_* modules (the conftest belongs to the dashboard).

fast_password_hashing is autouse in every module that imports it."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client


@pytest.fixture(autouse=True)
def fast_password_hashing(settings) -> None:
    """The shared user fixtures set passwords; the production hasher would cost ~0.5 s each."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff_without_role(db) -> User:
    return User.objects.create_user("clerk", password="clerk-pass-123", is_staff=True)


def _widget_value(bound_field) -> str | list[str] | None:
    value = bound_field.value()
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if isinstance(value, bool):
        return "on" if value else None
    return bound_field.field.widget.format_value(value)


def _form_data(form) -> dict:
    data = {}
    for name in form.fields:
        value = _widget_value(form[name])
        if value is not None:
            data[form.add_prefix(name)] = value
    return data


@pytest.fixture
def admin_form_data() -> Callable[[Client, str], dict]:
    """What the browser would post back, unchanged, from an admin add or change page."""

    def read(client: Client, url: str) -> dict:
        response = client.get(url)
        assert response.status_code == 200
        data = _form_data(response.context["adminform"].form)
        for inline in response.context["inline_admin_formsets"]:
            formset = inline.formset
            data.update(_form_data(formset.management_form))
            for form in formset.forms:
                data.update(_form_data(form))
        return data

    return read
