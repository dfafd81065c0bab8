"""The main window's jobs, one controller each: events, workbooks, reports and packages. Each
holds the window, calls services, runs its long jobs on the window's task runner and reports
back by signals; the window keeps the layout, the browsing and the wiring."""
