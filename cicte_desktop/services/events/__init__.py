"""Logging missions and workshops, by job: what a form holds (``inputs``), checking it
(``validation``, ``errors``), reporting-period locks (``periods``), writing (``writing``), reading
back (``reading``), the audit trail (``audit``), form drafts (``drafts``) and importing an Events
sheet (``workbook_files``, ``workbook_import``). Import from the module that does the job."""
