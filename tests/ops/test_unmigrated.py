"""Commands run on a fresh, unmigrated data folder say to run migrate, in one line."""

import pytest

from tests.conftest import FIXTURE_PAGES
from tests.ops.processes import child_env, finish, start

COMMANDS = {
    "ingest": [FIXTURE_PAGES],
    "export_articles": [],
    "import_articles": ["backup.jsonl"],
    "check_index": ["--dry-run"],
    "bench_ingest": ["--copies", "1"],
    "drain_index": ["--once"],
}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """Every command, run at once, each on its own fresh data folder."""
    started = {
        name: start(child_env(tmp_path_factory.mktemp(name)), name, *args)
        for name, args in COMMANDS.items()
    }
    return {name: finish(process) for name, process in started.items()}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_command_on_an_unmigrated_database_says_to_run_migrate(command, results):
    result = results[command]
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("CommandError: the database is not ready (")
    assert line.endswith("run `python manage.py migrate` first")
