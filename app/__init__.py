"""Domain, storage, services and printing of the studio front desk. No widgets here: those live in ui/."""

APP_NAME = "StudioFrontDesk"
ORG_NAME = "YingLou"
