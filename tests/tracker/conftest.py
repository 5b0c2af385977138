"""Fixtures for the admin tests: a staff user without a role, and a dated achievement."""

import pytest
from django.contrib.auth.models import User


@pytest.fixture
def staff_without_role(db) -> User:
    return User.objects.create_user("clerk", password="clerk-pass-123", is_staff=True)
