"""Fixtures for the extraction engine's tests (plain pytest: no Django, no database)."""
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # so tests can import the sibling helper modules (layouts, makers)

from rectrack.extraction import load_catalogue  # noqa: E402
from rectrack.extraction.catalogue import default_paths  # noqa: E402


def shared_dir() -> Path:
    """The team's shared folder beside the repository (sample corpus, gold, scorer)."""
    return Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="session")
def catalogue():
    yaml_path, csv_path = default_paths()
    if not yaml_path.exists():
        ref = shared_dir() / "reference"
        yaml_path, csv_path = ref / "super_complaints.yaml", ref / "organisations.csv"
    return load_catalogue(yaml_path, csv_path)


@pytest.fixture(scope="session")
def corpus_dir():
    d = shared_dir() / "corpus"
    if not (d / "safe-to-share").is_dir():
        pytest.skip(f"the shared sample corpus is not at {d}")
    return d
