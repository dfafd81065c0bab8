"""The one schema of every synchronised value: read from the models, complete, and the same
answer whether records are checked a column at a time (fast) or one by one (naming the bad one)."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid

import pytest

from cicte_desktop.validation import decoding
from cicte_desktop.validation.decoding import decode_rows
from cicte_desktop.validation.records import HALVES_NOT_THE_TARGET, half_targets_fault
from cicte_desktop.validation.rows import InvalidRecord, MalformedRows, check_rows, first_problem
from cicte_desktop.validation.rules import DATE, SHA256, TEXT_MAX, UUID, rules, synced_columns
from cicte_desktop.validation.values import check_values, problem
from cicte_desktop.db.database import open_database
from cicte_desktop.db.synced import tables

STAMP = "2016-05-02T10:00:00.000000Z"
DEVICE = "1b4e28ba-2fa1-41d2-883f-0016d3cca427"
ACTIVITY = "6f1f8a4e-3c1b-5b7e-9d63-2a0c1e7b4d10"


def test_every_synchronised_column_has_a_rule_read_from_the_models() -> None:
    for table, column in synced_columns():
        assert column in rules(table), f"{table}.{column} has no rule"
    event = rules("event")
    assert event["city"].max_length == 200 and event["title"].max_length == TEXT_MAX  # String(200), Text
    assert event["status"].choices == ("planned", "completed", "cancelled", "postponed")  # the CHECK constraint
    assert (event["satisfaction"].low, event["satisfaction"].high) == (1, 5)
    assert event["women"].low == 0 and event["start_date"].kind == DATE and event["start_date"].nullable
    assert not event["title"].nullable and event["activity_uuid"].kind == UUID
    assert rules("period_lock")["half"].choices == (1, 2)
    assert rules("attachment")["sha256"].kind == SHA256
    assert rules("participant")["sex"].choices == ("F", "M")


def test_what_the_app_stores_passes(tmp_path) -> None:
    """The seeded work plan and reference data, as stored, break no rule."""
    db = open_database(tmp_path / "db.sqlite")
    try:
        with db.sql() as conn:
            for name, info in tables().items():
                rows = conn.execute(f"SELECT {', '.join(info.columns)} FROM {name}").fetchall()
                check_rows(name, info.columns, rows)
                assert first_problem(name, info.columns, rows) is None
    finally:
        db.close()


@pytest.mark.parametrize(("column", "value", "words"), [
    ("updated_at", "9999-12-31T23:59:59.000000Z", "later than this computer's clock"),
    ("updated_at", "9999-12-31T23:59:59Z", "not a time stamp"),
    ("updated_at", "2016-13-45T99:99:99.000000Z", "not a time stamp"),
    ("created_at", "2015-02-29T10:00:00.000000Z", "not a time stamp"),
    ("start_date", "garbage", "start date 'garbage' is not a date"),
    ("start_date", "2016-02-30", "not a date"),
    ("start_date", "20160502", "not a date"),
    ("start_date", "0001-01-01", "outside the years 1900 to 2199"),
    ("women", "lots", "women 'lots' is not a whole number"),
    ("women", 1e308, "not a whole number"),
    ("women", -1, "not between 0 and"),
    ("women", 2.5, "not a whole number"),
    ("women", True, "not a whole number"),
    ("title", "x" * (TEXT_MAX + 1), "title is 65,536 characters long; at most 65,535"),
    ("title", None, "title is missing"),
    ("city", "c" * 201, "at most 200"),
    ("uuid", "3F2C8A1B-0000-4000-8000-000000000000", "not an identifier"),
    ("uuid", "{3f2c8a1b-0000-4000-8000-000000000000}", "not an identifier"),
    ("activity_uuid", "../../etc/hostname", "not an identifier"),
    ("event_type", "party", "not one of mission"),
    ("satisfaction", float("inf"), "not a number"),
    ("satisfaction", float("nan"), "not a number"),
    ("satisfaction", 6, "not between 1 and 5"),
    ("deleted", 2, "not 0 or 1"),
])
def test_a_bad_value_is_named_in_words(column: str, value: object, words: str) -> None:
    assert words in (problem("event", column, value) or "")


def test_a_sound_value_has_no_problem() -> None:
    now = dt.datetime.now(dt.timezone.utc)
    almost_tomorrow = (now + dt.timedelta(hours=23)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    for column, value in [("updated_at", almost_tomorrow), ("start_date", "2016-02-29"), ("women", 0),
                          ("satisfaction", 4.5), ("satisfaction", None), ("uuid", DEVICE), ("title", "Taller")]:
        assert problem("event", column, value, now) is None, (column, value)
    assert problem("attachment", "sha256", "/home/user/secret.txt")
    assert problem("attachment", "sha256", "a" * 64) is None


COLUMNS = ["uuid", "created_at", "updated_at", "device_id", "deleted", "activity_uuid", "event_type", "title",
           "status", "start_date", "women", "satisfaction"]


def _event(number: int, **changes: object) -> list:
    values = {"uuid": str(uuid.UUID(int=number, version=4)), "created_at": STAMP, "updated_at": STAMP,
              "device_id": DEVICE, "deleted": 0, "activity_uuid": ACTIVITY, "event_type": "workshop",
              "title": f"Workshop {number}", "status": "planned", "start_date": "2016-05-02", "women": 3,
              "satisfaction": None}
    values.update(changes)
    return [values[c] for c in COLUMNS]


BAD = [
    ("start_date", "garbage", "start date 'garbage' is not a date"),
    ("start_date", "2016-13-45", "is not a date"),
    ("updated_at", "9999-12-31T23:59:59.000000Z", "later than this computer's clock"),
    ("created_at", "2016-13-45T99:99:99.000000Z", "not a time stamp"),
    ("women", "lots", "not a whole number"),
    ("women", 2.5, "not a whole number"),
    ("women", -1, "not between"),
    ("women", None, "women is missing"),
    ("deleted", True, "not a whole number"),
    ("title", "t" * 70_000, "70,000 characters long"),
    ("uuid", "uuid-121", "not an identifier"),
    ("device_id", DEVICE.upper(), "not an identifier"),
    ("activity_uuid", "C:\\x", "not an identifier"),
    ("event_type", "party", "not one of"),
    ("satisfaction", 0.5, "not between 1 and 5"),
]


@pytest.mark.parametrize(("column", "value", "words"), BAD)
def test_the_first_bad_record_is_named_whichever_way_rows_arrive(column: str, value: object, words: str) -> None:
    rows = [_event(n) for n in range(1, 200)]
    rows[120] = _event(121, **{column: value})
    rows[150] = _event(151, title="t" * 80_000)  # a later bad record: not the one named
    name = "event 'uuid-121'" if column == "uuid" else f"event {rows[120][0][:8]}…"
    with pytest.raises(InvalidRecord, match=f"^{name}: .*{words[:20]}") as caught:
        check_rows("event", COLUMNS, rows)
    assert caught.value.index == 120 and caught.value.column == column
    with pytest.raises(InvalidRecord, match=f"^{name}: .*{words[:20]}"):
        decode_rows("event", COLUMNS, json.dumps(rows).encode())


def test_sound_rows_pass_both_ways_and_come_back_as_lists() -> None:
    rows = [_event(n) for n in range(1, 300)]
    check_rows("event", COLUMNS, rows)
    decoded = decode_rows("event", COLUMNS, json.dumps(rows).encode())
    assert decoded == rows and all(type(r) is list for r in decoded)


def test_a_record_twice_or_of_the_wrong_shape_is_named() -> None:
    rows = [_event(n) for n in range(1, 50)]
    rows.append(_event(7))
    with pytest.raises(InvalidRecord, match="appears twice"):
        decode_rows("event", COLUMNS, json.dumps(rows).encode())
    rows[-1] = rows[-1][:5]
    with pytest.raises(InvalidRecord, match="#50: it has the wrong number of values"):
        decode_rows("event", COLUMNS, json.dumps(rows).encode())
    with pytest.raises(MalformedRows):
        decode_rows("event", COLUMNS, b"[[1, 2")


def test_check_values_converts_python_values() -> None:
    found = check_values("event", {"start_date": dt.date(2016, 5, 2), "follow_up_needed": True, "women": -4,
                                      "not_a_column": object()})
    assert [c for c, _text in found] == ["women"]


def test_a_bad_record_among_too_many_values_is_named_by_its_position(monkeypatch: pytest.MonkeyPatch) -> None:
    """Naming a bad record by its uuid needs every record decoded; past a bound (a hostile
    file's million values), it is named by its position and the column instead."""
    rows = [_event(n) for n in range(1, 200)]
    rows[120] = _event(121, women="lots")
    monkeypatch.setattr(decoding, "SLOW_PATH_VALUES", 100)
    with pytest.raises(InvalidRecord, match=r"^event #121: women is not as its table allows \(Expected `int`"):
        decode_rows("event", COLUMNS, json.dumps(rows).encode())
    with pytest.raises(InvalidRecord, match=r"^event #1: .*Expected `array` of length 12"):
        decode_rows("event", COLUMNS, b"[" + b"[]," * 1000 + b"[]]")


# --- A planned activity's half-year targets (schema 0010) ---------------------------------------

ACTIVITY_COLUMNS = ("uuid", "created_at", "updated_at", "device_id", "deleted", "project_uuid", "text", "target_quantity",
                    "target_unit", "upon_request", "position", "target_first_half", "target_second_half")


def _activity(number: int, target: object = 6, first: object = None, second: object = None) -> list:
    return [str(uuid.uuid5(uuid.NAMESPACE_URL, f"activity-{number}")), STAMP, STAMP, DEVICE, 0, ACTIVITY,
            f"Activity {number}", target, "Workshops", 0, number, first, second]


@pytest.mark.parametrize(("target", "first", "second", "words"), [
    (6, 2, 3, "its half-year targets 2 + 3 do not add up to its target 6"),
    (6, 7, None, "its half-year target 7 is more than its target 6"),
    (6, None, 9, "its half-year target 9 is more than its target 6"),
    (None, 1, None, "it has a half-year target but no numeric target"),
    (6, -1, 7, "target first half -1 is not between 0 and"),
    (6, 2.5, 3.5, "target first half 2.5 is not a whole number"),
])
def test_a_planned_activity_whose_half_year_targets_disagree_with_its_target_is_refused(
        target: object, first: object, second: object, words: str) -> None:
    rows = [_activity(n, 6, 3, 3) for n in range(1, 40)]
    rows[20] = _activity(21, target, first, second)
    name = f"planned activity {rows[20][0][:8]}…"
    with pytest.raises(InvalidRecord, match=re.escape(f"{name}: {words}")) as caught:
        check_rows("planned_activity", ACTIVITY_COLUMNS, rows)
    assert caught.value.index == 20 and caught.value.column in ("target_first_half", "target_second_half")
    with pytest.raises(InvalidRecord, match=re.escape(f"{name}: {words}")):
        decode_rows("planned_activity", ACTIVITY_COLUMNS, json.dumps(rows).encode())


def test_half_year_targets_that_agree_with_the_target_pass() -> None:
    rows = [_activity(1, 6, 2, 4), _activity(2, 6, 6, 0), _activity(3, 6, 2, None), _activity(4, 6, None, 6),
            _activity(5, None, None, None), _activity(6, 0, 0, 0)]
    check_rows("planned_activity", ACTIVITY_COLUMNS, rows)
    assert decode_rows("planned_activity", ACTIVITY_COLUMNS, json.dumps(rows).encode()) == rows
    # A package of a version before the half-year targets carries neither column: nothing to compare.
    check_rows("planned_activity", ACTIVITY_COLUMNS[:-2], [r[:-2] for r in rows])
    assert check_values("planned_activity", {"target_quantity": 6, "target_first_half": 2,
                                               "target_second_half": 3}) == [
        ("target_first_half", "its half-year targets 2 + 3 do not add up to its target 6")]
    assert half_targets_fault(6, 2, 4) is None and half_targets_fault(6, 2, 3) == HALVES_NOT_THE_TARGET
