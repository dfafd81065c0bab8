"""Pieces of SQL that SQLite and PostgreSQL write differently, in one place: services build their
queries with these, for the database they are given (``db.dialect``: "sqlite" or "postgresql").
Everything else the services send is SQL both understand."""

from __future__ import annotations

#: What a LIMIT without a limit reads (an OFFSET needs one on SQLite).
NO_LIMIT = {"sqlite": "-1", "postgresql": "ALL"}

#: A separator no name holds (the unit separator), for lists split again in Python.
UNIT_SEPARATOR = "char(31)"


def _joined(dialect: str, value: str, separator: str, source: str, order: str) -> str:
    """One text of ``value`` over the rows of ``source`` (FROM ... WHERE ...), in ``order``."""
    if dialect == "postgresql":
        separator = "chr(31)" if separator == UNIT_SEPARATOR else separator
        return f"(SELECT string_agg({value}, {separator} ORDER BY {order}) {source})"
    # SQLite's group_concat keeps the order of a subquery's ORDER BY.
    return f"(SELECT group_concat(v, {separator}) FROM (SELECT {value} AS v {source} ORDER BY {order}))"


def event_states(dialect: str) -> str:
    """The ISO codes of event ``e``'s member states, in alphabetical order, separated by spaces."""
    return _joined(dialect, "m.iso3", "' '", "FROM event_member_state l JOIN member_state m ON m.uuid = "
                   "l.member_state_uuid WHERE l.event_uuid = e.uuid AND NOT l.deleted", "m.iso3")


def event_partners(dialect: str, separator: str) -> str:
    """The acronyms (else names) of event ``e``'s partner organisations, in order, joined by
    ``separator`` (an SQL expression, e.g. ``'; '`` or :data:`UNIT_SEPARATOR`)."""
    name = "coalesce(o.acronym, o.name)"
    return _joined(dialect, name, separator, "FROM event_partner l JOIN partner_organization o ON o.uuid = "
                   "l.partner_uuid WHERE l.event_uuid = e.uuid AND NOT l.deleted", name)


def month_of(dialect: str, column: str) -> str:
    """The month of a date column as text, "2016-03" (NULL for no date)."""
    return f"to_char({column}, 'YYYY-MM')" if dialect == "postgresql" else f"substr({column}, 1, 7)"


def not_by_index(dialect: str, column: str) -> str:
    """``column`` in a condition SQLite's planner must not pick an index for (SQLite's unary "+");
    PostgreSQL's planner weighs that itself."""
    return column if dialect == "postgresql" else f"+{column}"


def year_of(dialect: str, column: str) -> str:
    """The year of a date column as text, "2016"."""
    return f"to_char({column}, 'YYYY')" if dialect == "postgresql" else f"substr({column}, 1, 4)"
