"""The approved 2016 Work Plan and the reference data, written into a new database.

The source files under ``resources/seed`` record each reading of the damaged PDF text as a
``judgement``; it is kept in the ``note`` column so reviewers can see it in the app.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, Table, select

from cicte_desktop.db import models as m
from cicte_desktop.db.ids import SEED_DEVICE_ID, SEED_TIMESTAMP, new_id, stable_id
from cicte_desktop.db.schema import SEED_VERSION
from cicte_desktop.paths import resource_path

#: Bump when the seed files change, so that existing databases receive the change; each
#: version has a release time, the same on every laptop, stamped on the rows it revises so
#: that merging laptops lets the newer reading win.
SEED_RELEASED = {
    "2016.1": SEED_TIMESTAMP,
    # Mandates carry their work areas; explicit keys; readings corrected after review.
    "2016.2": dt.datetime(2026, 11, 28, tzinfo=dt.timezone.utc),
    # Spanish, French and Portuguese titles of work areas and programs.
    "2016.3": dt.datetime(2026, 11, 28, 12, tzinfo=dt.timezone.utc),
    # The work plan's own title in Spanish, French and Portuguese (databases seeded with 2016.3
    # before it was added receive it).
    "2016.4": dt.datetime(2026, 11, 28, 18, tzinfo=dt.timezone.utc),
}


@cache
def load_seed(name: str) -> dict[str, Any]:
    with resource_path("resources", "seed", name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _stamps() -> dict[str, Any]:
    """Created when the plan was approved; last revised by the current seed version."""
    return {"created_at": SEED_TIMESTAMP, "updated_at": SEED_RELEASED[SEED_VERSION], "device_id": SEED_DEVICE_ID,
            "deleted": False}


def project_key(program_key: str, project: dict[str, Any]) -> str:
    """Numbered projects are known by their number, unnumbered ones by their explicit key."""
    return f"{program_key}/project:{project['number']}" if project["number"] else f"{program_key}/project{project['key']}"


def plan_title_id(item_uuid: str, language: str) -> str:
    """The id of a plan item's title in ``language``: the same whether the seed or a user made it,
    on every laptop, so that they merge instead of clashing."""
    return stable_id(f"plan-title:{item_uuid}:{language}")


def _titles_to_seed(conn: Any, table_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Seeded titles minus those a user already gave the same item and language (theirs stays);
    seeded titles of an earlier id scheme, never edited, are replaced."""
    table = m.PlanTitle.__table__
    wanted = {row["uuid"] for row in table_rows}
    conn.execute(table.delete().where((table.c.device_id == SEED_DEVICE_ID) & table.c.uuid.not_in(wanted)))
    taken = {(item, language) for item, language, uuid in conn.execute(
        select(table.c.item_uuid, table.c.language, table.c.uuid)) if uuid not in wanted}
    return [row for row in table_rows if (row["item_uuid"], row["language"]) not in taken]


def seed_rows() -> dict[Table, list[dict[str, Any]]]:
    """Every seeded row by table, with deterministic ids and stamps."""
    plan = load_seed("workplan_2016.json")
    rows: dict[Table, list[dict[str, Any]]] = {t: [] for t in (
        m.WorkPlan.__table__, m.WorkArea.__table__, m.Program.__table__, m.Project.__table__,
        m.PlannedActivity.__table__, m.Mandate.__table__, m.MemberState.__table__,
        m.PartnerOrganization.__table__, m.PlanTitle.__table__,
    )}  # type: ignore[misc]
    plan_key = f"workplan:{plan['year']}"
    plan_id = stable_id(plan_key)
    rows[m.WorkPlan.__table__].append({  # type: ignore[index]
        "uuid": plan_id, "year": plan["year"], "symbol": plan["symbol"], "title": plan["title"],
        "approved_on": dt.date.fromisoformat(plan["approved_on"]), "source": plan["source"], **_stamps(),
    })
    for wa_pos, wa in enumerate(plan["work_areas"], 1):
        wa_key = f"{plan_key}/wa:{wa['number']}"
        rows[m.WorkArea.__table__].append({  # type: ignore[index]
            "uuid": stable_id(wa_key), "work_plan_uuid": plan_id, "number": wa["number"], "title": wa["title"],
            "position": wa_pos, "note": wa.get("judgement"), **_stamps(),
        })
        for pr_pos, program in enumerate(wa["programs"], 1):
            pr_key = f"{wa_key}/program:{program['letter']}"
            rows[m.Program.__table__].append({  # type: ignore[index]
                "uuid": stable_id(pr_key), "work_area_uuid": stable_id(wa_key), "letter": program["letter"],
                "title": program["title"], "position": pr_pos, "note": program.get("judgement"), **_stamps(),
            })
            for pj_pos, project in enumerate(program["projects"], 1):
                pj_key = project_key(pr_key, project)
                rows[m.Project.__table__].append({  # type: ignore[index]
                    "uuid": stable_id(pj_key), "program_uuid": stable_id(pr_key), "number": project["number"],
                    "title": project["title"], "position": pj_pos, "note": project.get("judgement"), **_stamps(),
                })
                for ac_pos, activity in enumerate(project["activities"], 1):
                    rows[m.PlannedActivity.__table__].append({  # type: ignore[index]
                        "uuid": stable_id(f"{pj_key}/activity#{activity['key']}"), "project_uuid": stable_id(pj_key),
                        "text": activity["text"], "target_quantity": activity["target"],
                        "target_unit": activity["unit"], "upon_request": activity["upon_request"],
                        "position": ac_pos, "note": activity.get("judgement"), **_stamps(),
                    })
    titles = load_seed("workplan_2016_titles.json")
    for language, title in titles["work_plan"].items():
        rows[m.PlanTitle.__table__].append({  # type: ignore[index]
            "uuid": plan_title_id(plan_id, language), "item_uuid": plan_id, "language": language,
            "title": title, **_stamps(),
        })
    for kind, items in (("wa", titles["work_areas"]), ("program", titles["programs"])):
        for key, by_language in items.items():
            item_key = f"{plan_key}/wa:{key}" if kind == "wa" else f"{plan_key}/wa:{key.split('/')[0]}/program:{key.split('/')[1]}"
            for language, title in by_language.items():
                rows[m.PlanTitle.__table__].append({  # type: ignore[index]
                    "uuid": plan_title_id(stable_id(item_key), language), "item_uuid": stable_id(item_key),
                    "language": language, "title": title, **_stamps(),
                })
    for pos, mandate in enumerate(load_seed("mandates.json")["mandates"], 1):
        rows[m.Mandate.__table__].append({  # type: ignore[index]
            "uuid": stable_id(f"{plan_key}/mandate#{mandate['key']}"), "work_plan_uuid": plan_id,
            "category": mandate["category"], "symbol": mandate["symbol"], "title": mandate["title"],
            "section": mandate["section"], "paragraphs": mandate["paragraphs"], "position": pos,
            "note": mandate.get("judgement"), "work_areas": mandate.get("work_areas"), **_stamps(),
        })
    for state in load_seed("member_states.json")["member_states"]:
        rows[m.MemberState.__table__].append({  # type: ignore[index]
            "uuid": stable_id(f"member-state:{state['iso3']}"), "iso3": state["iso3"], "name": state["name"],
            "subregion": state["subregion"], **_stamps(),
        })
    for pos, partner in enumerate(load_seed("partners.json")["partners"], 1):
        rows[m.PartnerOrganization.__table__].append({  # type: ignore[index]
            "uuid": stable_id(f"partner:{partner['section']}/{partner['number'] or 'all'}"),
            "name": partner["name"], "acronym": partner["acronym"], "category": partner["category"],
            "section": partner["section"], "number": partner["number"], "position": pos,
            "note": partner.get("judgement"), **_stamps(),
        })
    return rows


def ensure_seeded(engine: Engine) -> str:
    """Give the database its device id and the current seed; return the device id.

    Runs in one transaction. Rows the seed owns (still stamped by the seed device, i.e. never
    edited in the app) take the current seed's values; rows edited by a user are left alone.
    Databases already holding this seed version are only read.
    """
    settings = m.LocalSetting.__table__
    with engine.connect() as conn:
        current = dict(conn.execute(select(settings.c.key, settings.c.value)).all())
    if current.get("seed_version") == SEED_VERSION and "device_id" in current:
        return current["device_id"]
    with engine.begin() as conn:
        device_id = current.get("device_id") or new_id()
        now = m.utcnow()
        conn.execute(_upsert(conn, m.Device.__table__).on_conflict_do_nothing(), [{
            "uuid": device_id, "name": platform.node() or "This computer",
            "created_at": now, "updated_at": now, "device_id": device_id, "deleted": False,
        }])
        revised = SEED_RELEASED[SEED_VERSION]
        for table, table_rows in seed_rows().items():
            if table is m.PlanTitle.__table__:
                table_rows = _titles_to_seed(conn, table_rows)
                if not table_rows:
                    continue
            insert = _upsert(conn, table)
            owned = [c.name for c in table.columns if c.name not in ("uuid", "created_at")]
            conn.execute(
                insert.on_conflict_do_update(
                    index_elements=["uuid"],
                    set_={name: insert.excluded[name] for name in owned} | {"updated_at": revised},
                    where=(table.c.device_id == SEED_DEVICE_ID) & (table.c.updated_at < revised),
                ),
                table_rows,
            )
        for key, value in (("device_id", device_id), ("seed_version", SEED_VERSION)):
            conn.execute(_upsert(conn, settings).on_conflict_do_update(index_elements=["key"], set_={"value": value}),
                         [{"key": key, "value": value}])
    return device_id


def _upsert(conn: Connection, table: Table):  # type: ignore[no-untyped-def]
    """An INSERT that can say what to do on a conflict, in the database's own dialect (SQLite's
    and PostgreSQL's ``ON CONFLICT`` read the same)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)
