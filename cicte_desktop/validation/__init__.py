"""Every value a synchronised record may hold: one rule per column of every synchronised table,
read from the models (types, ``String`` lengths, nullability, ``CheckConstraint`` ranges and
enumerations), so that the rules cannot drift from the database. No Qt widgets.

Used by field-package import (``decoding.decode_rows``), by the services that save
(``services/events/validation.py``) and by Excel import (``values.problem``): a value the window
cannot save cannot arrive by package either.

The API, by module:

- ``values.problem(table, column, value, now=None) -> str | None``: what is wrong with one value as
  the database stores it (dates and time stamps as ISO text, booleans as 0/1; use
  ``values.stored`` to convert Python values), in the user's words; None when it is sound.
- ``rows.check_rows(table, columns, rows, now=None)``: every value of ``rows`` (lists or tuples in
  the order of ``columns``), checked a column at a time (fast: 100,000 records in well under a
  tenth of a second); raises ``rows.InvalidRecord`` naming the first bad record
  ("event 3f2c…: start date 'garbage' is not a date").
- ``decoding.decode_rows(table, columns, data, now=None) -> list[list]``: a JSON array of rows decoded
  and checked at once (msgspec checks types, lengths, ranges and enumerations while it parses,
  faster than ``json.loads`` alone); raises ``rows.InvalidRecord`` or ``rows.MalformedRows``.
- ``rules.rules(table) -> dict[column, Rule]``: the rules themselves.
- Rules across the values of one record (``records.RECORD_RULES``): a planned activity's half-year
  targets agree with its target (``records.half_targets_fault``); checked by all of the above.

Formats: uuids are canonical (lowercase 8-4-4-4-12 hexadecimal); time stamps are
``YYYY-MM-DDTHH:MM:SS.ffffffZ``, real, and not later than this computer's clock plus one day;
dates are ``YYYY-MM-DD``, real, in the years 1900 to 2199; whole numbers are integers within
range (never 2.5, "lots" or 1e308); numbers are finite and within range; text is within its
column's length (``Text`` columns: ``rules.TEXT_MAX`` characters); enumerations are within the
vocabulary; file checksums are 64 lowercase hexadecimal characters.
"""
