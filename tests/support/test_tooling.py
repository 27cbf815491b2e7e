"""The test tooling itself: the settings under test, the PostgreSQL pass, bench/run.py."""
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def test_tests_use_a_throwaway_var_dir_and_plain_static_storage():
    assert Path(settings.MEDIA_ROOT).is_relative_to(Path(tempfile.gettempdir()))
    assert settings.STORAGES["staticfiles"]["BACKEND"] == "django.contrib.staticfiles.storage.StaticFilesStorage"


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_pass_really_runs_on_postgres():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 150000


def test_bench_runner_streams_output_and_repeats_figures_last(tmp_path):
    (tmp_path / "bench_a.py").write_text('print("warming up")\nprint("BENCH a_ms 12.5")\n')
    (tmp_path / "bench_b.py").write_text('print("BENCH b_rows 3")\nraise SystemExit(3)\n')
    (tmp_path / "helper.py").write_text('raise SystemExit("not a benchmark")\n')
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    lines = result.stdout.strip().splitlines()
    assert "warming up" in lines
    assert lines[-2:] == ["BENCH a_ms 12.5", "BENCH b_rows 3"]
    assert "1 failed: bench_b.py" in result.stdout
    assert result.returncode == 1
