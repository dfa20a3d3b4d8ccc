"""What a browser and an attacker see: the CSP header, and the admin login lockout."""

import pytest
from django.contrib.auth.models import User
from django.test import override_settings


def test_pages_forbid_inline_script_and_style(client, db):
    policy = client.get("/search/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert "unsafe-inline" not in policy


@pytest.fixture
def editor(db):
    return User.objects.create_superuser("editor", "editor@example.org", "correct horse")


def login(client, password):
    return client.post("/admin/login/?next=/admin/", {"username": "editor", "password": password})


@override_settings(AXES_FAILURE_LIMIT=3)
def test_admin_login_locks_out_after_repeated_wrong_passwords(client, editor):
    for _ in range(2):
        assert login(client, "guess").status_code == 200  # the form again, with an error
    assert login(client, "guess").status_code == 429
    assert login(client, "correct horse").status_code == 429  # even the right one, for now


def test_admin_login_with_the_right_password_still_works(client, editor):
    response = login(client, "correct horse")
    assert (response.status_code, response["Location"]) == (302, "/admin/")
