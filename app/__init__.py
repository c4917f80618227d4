"""Domain, storage, services and printing of the studio front desk. Never imports QtWidgets."""

APP_NAME = "StudioFrontDesk"
ORG_NAME = "YingLou"
