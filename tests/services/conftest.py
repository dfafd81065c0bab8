"""These tests run on a database file and on the PostgreSQL server alike (issue 21): the same
results on both. A test about the file itself is marked ``file_only``."""

import pytest

from tests.conftest import both_back_ends


@pytest.fixture(params=["file", "server"])
def db(request: pytest.FixtureRequest, db_path):  # type: ignore[no-untyped-def]
    return both_back_ends(request, db_path)
