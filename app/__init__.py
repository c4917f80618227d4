"""Domain, storage, services and printing of the studio front desk. No widgets here: those live in ui/."""

APP_NAME = "StudioFrontDesk"
ORG_NAME = "YingLou"


def _import_peewee_without_psycopg() -> None:
    """peewee and its migration runner (through playhouse.cockroachdb) import psycopg when it is installed
    (~220 ms, ~30 MiB), even for SQLite. Import them first with psycopg hidden;
    ``app.core.db.enable_psycopg`` loads the driver when a PostgreSQL URL is opened."""
    import sys

    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None  # type: ignore[assignment] - makes ``import psycopg`` fail at once
    try:
        import peewee  # noqa: F401
        import playhouse.migrations  # noqa: F401
    finally:
        if sys.modules.get("psycopg", False) is None:
            del sys.modules["psycopg"]


_import_peewee_without_psycopg()
