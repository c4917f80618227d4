"""Staff accounts: a personal PIN (salted scrypt hash only), lock-out state and the number that tells
apart staff with the same name. Also an index for the audit viewer's "this record" filter.
Frozen copies: never edit after release."""

import peewee as pw


def up(migrator, db):
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        name = pw.CharField(max_length=40)
        roles = pw.TextField(default="")
        active = pw.BooleanField(default=True)
        created_at = pw.DateTimeField()

    class StaffAccount(Base):
        staff = pw.ForeignKeyField(Staff, unique=True, on_delete="CASCADE")
        name_no = pw.IntegerField(default=1)
        pin_hash = pw.CharField(max_length=200, default="")
        pin_set_at = pw.DateTimeField(null=True)
        failed_attempts = pw.IntegerField(default=0)
        locked_until = pw.DateTimeField(null=True)

    db.create_tables([StaffAccount])
    db.execute_sql("CREATE INDEX audit_log_record ON audit_log (table_name, record_id)")
