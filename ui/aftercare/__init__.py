"""UI of the after-the-shoot area: lost and found and loans (on the check-in tab), selection, pickup."""
