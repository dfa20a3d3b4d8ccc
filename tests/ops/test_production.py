"""Production mode: strict settings from the environment, and Django's deploy checks pass."""

import secrets
import subprocess
import sys

import pytest
from django.conf import settings

from tests.ops.processes import child_env, manage


def production_env(tmp_path, **extra) -> dict:
    return child_env(
        tmp_path,
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="archive.example.org",
        DJANGO_SECURE_HSTS_SECONDS="31536000",
        DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS="1",
        DJANGO_SECURE_HSTS_PRELOAD="1",
        **extra,
    )


def test_deploy_checks_pass_with_production_environment(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("variable", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS"])
def test_production_without_a_required_variable_names_it_in_one_line(tmp_path, variable):
    env = production_env(tmp_path)
    del env[variable]
    result = manage(env, "check")
    assert result.returncode != 0
    assert (
        result.stderr == f"configuration error: {variable} must be set when DJANGO_DEBUG is off.\n"
    )


def test_the_wsgi_app_stops_with_the_same_one_line_error(tmp_path):
    env = production_env(tmp_path)
    del env["DJANGO_SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "-c", "import archive.wsgi"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert result.stderr.splitlines() == [
        "configuration error: DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off."
    ]


def test_deploy_checks_warn_while_hsts_is_left_at_its_default(tmp_path):
    env = production_env(tmp_path)
    del env["DJANGO_SECURE_HSTS_SECONDS"]
    result = manage(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "security.W004" in result.stderr
