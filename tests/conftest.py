from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the reference data folder {SHARED} is missing (it sits beside the repo)")
    return SHARED


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO
