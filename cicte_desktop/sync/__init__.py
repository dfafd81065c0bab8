"""Field packages: one file that carries changes between laptops and headquarters with no
network (``package``: the file format, its checks and its encryption; ``merge``: what to send,
and how a package is merged into a database). No Qt widgets."""
