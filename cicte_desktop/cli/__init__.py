"""The command line: the parser (``parser``), ``main`` (``main``), what the commands share
(``common``) and one module per group of commands."""
