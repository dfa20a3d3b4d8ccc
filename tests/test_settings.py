"""Settings come from the environment, with local defaults that keep all data in one folder."""

import importlib.util
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

import archive

SETTINGS_FILE = Path(archive.__file__).with_name("settings.py")
ENV = ("ARCHIVE_DATA_DIR", "DATABASE_URL", "DJANGO_DEBUG", "DJANGO_SECRET_KEY")


def load_settings(monkeypatch, **env):
    """A fresh copy of archive/settings.py evaluated under this environment."""
    for name in (*ENV, "DJANGO_ALLOWED_HOSTS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location("settings_under_test", SETTINGS_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_test_run_keeps_its_data_in_a_temporary_folder():
    assert "archive-tests-" in str(settings.ARCHIVE_DATA_DIR)
    assert settings.ARCHIVE_DATA_DIR.is_dir()


def test_data_dir_defaults_to_var_in_the_repository(monkeypatch):
    loaded = load_settings(monkeypatch)
    assert loaded.ARCHIVE_DATA_DIR == loaded.BASE_DIR / "var"


def test_data_dir_is_created_and_holds_the_sqlite_database(monkeypatch, tmp_path):
    data = tmp_path / "data" / "here"
    loaded = load_settings(monkeypatch, ARCHIVE_DATA_DIR=str(data))
    assert data.is_dir()
    assert loaded.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(loaded.DATABASES["default"]["NAME"]) == data / "archive.sqlite3"
    assert data / "static" == loaded.STATIC_ROOT


def test_database_url_selects_postgresql(monkeypatch, tmp_path):
    loaded = load_settings(
        monkeypatch,
        ARCHIVE_DATA_DIR=str(tmp_path),
        DATABASE_URL="postgres://archive:secret@db.internal:5433/newspapers",
    )
    db = loaded.DATABASES["default"]
    assert (db["ENGINE"], db["NAME"], db["HOST"], db["PORT"], db["USER"]) == (
        "django.db.backends.postgresql",
        "newspapers",
        "db.internal",
        5433,
        "archive",
    )


def test_production_refuses_to_start_without_a_secret_key(monkeypatch, tmp_path):
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY"):
        load_settings(monkeypatch, ARCHIVE_DATA_DIR=str(tmp_path), DJANGO_DEBUG="0")


def test_production_settings_from_the_environment(monkeypatch, tmp_path):
    loaded = load_settings(
        monkeypatch,
        ARCHIVE_DATA_DIR=str(tmp_path),
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="s3cret",
        DJANGO_ALLOWED_HOSTS="archive.example.org, www.archive.example.org",
    )
    assert (loaded.DEBUG, loaded.SECRET_KEY) == (False, "s3cret")
    assert loaded.ALLOWED_HOSTS == ["archive.example.org", "www.archive.example.org"]


def test_locale_time_zone_and_static_serving():
    assert (settings.LANGUAGE_CODE, settings.TIME_ZONE, settings.USE_TZ) == (
        "zh-hans",
        "Asia/Shanghai",
        True,
    )
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in settings.MIDDLEWARE


def test_make_run_serves_on_the_port_the_operator_names():
    """`PORT=8001 make run` for a machine where 8000 is taken (README quick start)."""
    planned = subprocess.run(
        ["make", "-n", "run", "PORT=8001"],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "runserver 127.0.0.1:8001" in planned
