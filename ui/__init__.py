"""Qt widgets, dialogs and item models. Widgets call services in app/; no database query lives here."""
