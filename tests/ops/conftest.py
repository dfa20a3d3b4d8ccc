"""Fixtures for tests that run manage.py in child processes on throwaway data folders."""

import os
import shutil

import pytest

from tests.conftest import FIXTURE_PAGES
from tests.ops.processes import child_env, manage

# Copies of each fixture page in a crash test's corpus (5 pages each). Enough for a kill to land
# mid-run; FAULT_TEST_COPIES=40 gives the 200-page run the README's repair advice is about.
COPIES = int(os.environ.get("FAULT_TEST_COPIES") or 10)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """A data folder with a migrated SQLite database and no articles, made once."""
    folder = tmp_path_factory.mktemp("migrated")
    result = manage(child_env(folder), "migrate", "--noinput", "-v0")
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture
def migrated_data(migrated_template, tmp_path):
    """A fresh copy of the migrated data folder, for one test to change."""
    return shutil.copytree(migrated_template, tmp_path / "data")


@pytest.fixture(scope="session")
def page_corpus(tmp_path_factory):
    """COPIES renamed copies of every fixture page: one folder of distinct pages."""
    folder = tmp_path_factory.mktemp("corpus")
    for n in range(COPIES):
        for page in sorted(FIXTURE_PAGES.glob("*.txt")):
            shutil.copyfile(page, folder / f"copy{n:03d}_{page.name}")
    return folder
