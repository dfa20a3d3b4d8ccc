"""What a browser and an attacker see: the CSP header, and the admin login lockout (behind a
proxy too)."""

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


def login_from(client, password, forwarded):
    """Through the proxy: REMOTE_ADDR is the proxy's, the header names the client last."""
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": password},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=forwarded,
    )


@override_settings(AXES_FAILURE_LIMIT=3, CLIENT_IP_HEADER="X-Forwarded-For")
def test_behind_a_proxy_one_attacker_cannot_lock_the_editor_out_for_everyone(client, editor):
    for _ in range(3):  # the attacker forges an address first; the proxy appends the real one
        login_from(client, "guess", "10.9.9.9, 203.0.113.5")
    assert login_from(client, "guess", "10.1.1.1, 203.0.113.5").status_code == 429
    response = login_from(client, "correct horse", "198.51.100.7")
    assert (response.status_code, response["Location"]) == (302, "/admin/")


@override_settings(AXES_FAILURE_LIMIT=3, CLIENT_IP_HEADER="")
def test_without_a_named_header_a_forged_one_does_not_escape_the_lockout(client, editor):
    for n in range(3):
        login_from(client, "guess", f"203.0.113.{n}")
    assert login_from(client, "correct horse", "198.51.100.7").status_code == 429
