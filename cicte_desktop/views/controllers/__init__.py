"""The main window's jobs, one controller each: they hold the window, run long work on its
task runner and report back by signals."""
