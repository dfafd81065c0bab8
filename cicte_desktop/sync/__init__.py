"""Field packages: one file that carries changes between laptops and headquarters with no
network (``package``: the file format, writing and encryption; ``package_reader`` and
``package_checks``: reading it and checking everything in it; ``outgoing``: what to send;
``import_plan``: what an import would do; ``apply``: doing it, in one transaction;
``conflicts``: records changed on both sides, and their log; ``trust``: signing keys and
trusted senders). No Qt widgets, no SQL (that is ``db.sync_store``)."""
