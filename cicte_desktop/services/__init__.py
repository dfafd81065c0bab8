"""Services: every query and write of the app, one session and one transaction each. No Qt widgets."""
