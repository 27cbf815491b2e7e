"""The web process's garbage collector (rectrack.core.collector): frozen after loading, collecting less often."""
import gc
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, **env) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **env}).stdout.strip()


def test_loading_the_wsgi_application_freezes_it_and_raises_the_threshold():
    out = _run("import gc; import rectrack.wsgi; print(gc.get_freeze_count() > 1000, gc.get_threshold()[0])",
               DJANGO_SETTINGS_MODULE="rectrack.settings")
    assert out == "True 20000"


def test_the_threshold_comes_from_the_environment_and_zero_leaves_python_alone():
    code = ("import gc; from rectrack.core import collector; before = gc.get_freeze_count(); "
            "print(collector.tune(), gc.get_freeze_count() > before, gc.get_threshold()[0])")
    assert _run(code, GC_THRESHOLD="5000") == "5000 True 5000"
    assert _run(code, GC_THRESHOLD="0") == f"0 False {gc.get_threshold()[0]}"
