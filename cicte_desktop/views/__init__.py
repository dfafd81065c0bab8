"""Windows, dialogs and widgets. They call services; they never hold SQL."""
