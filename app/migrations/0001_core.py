"""Core tables: staff, stations, couples and their search index, leads, visits, lockers and key
loans, shifts, settings and the audit trail. Frozen copies: never edit after release."""

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

    class Station(Base):
        code = pw.CharField(max_length=30, unique=True)
        name = pw.CharField(max_length=40)
        colour = pw.CharField(max_length=9, default="#607d8b")
        alert_minutes = pw.IntegerField(default=30)
        role = pw.CharField(max_length=30, default="")
        sort_order = pw.IntegerField(default=0)
        active = pw.BooleanField(default=True)

    class Couple(Base):
        order_no = pw.CharField(max_length=32, unique=True)
        bride_name = pw.CharField(max_length=40)
        groom_name = pw.CharField(max_length=40)
        bride_phone = pw.CharField(max_length=20, default="")
        groom_phone = pw.CharField(max_length=20, default="")
        bride_phone_last4 = pw.CharField(max_length=4, default="", index=True)
        groom_phone_last4 = pw.CharField(max_length=4, default="", index=True)
        package = pw.CharField(max_length=80, default="")
        shoot_date = pw.DateField(null=True, index=True)
        special_requests = pw.TextField(default="")
        notes = pw.TextField(default="")
        bride_birthday = pw.DateField(null=True)
        groom_birthday = pw.DateField(null=True)
        wedding_date = pw.DateField(null=True)
        created_at = pw.DateTimeField()
        updated_at = pw.DateTimeField()
        version = pw.IntegerField(default=1)

    class SearchTerm(Base):
        term = pw.CharField(max_length=64, index=True)
        couple = pw.ForeignKeyField(Couple, on_delete="CASCADE")

    class Lead(Base):
        name = pw.CharField(max_length=40)
        phone = pw.CharField(max_length=20, default="")
        phone_last4 = pw.CharField(max_length=4, default="", index=True)
        interest = pw.TextField(default="")
        callback_date = pw.DateField(null=True, index=True)
        status = pw.CharField(max_length=12, default="open")
        created_at = pw.DateTimeField()
        created_by = pw.ForeignKeyField(Staff, null=True)
        note = pw.TextField(default="")

    class Visit(Base):
        kind = pw.CharField(max_length=12)
        couple = pw.ForeignKeyField(Couple, null=True)
        lead = pw.ForeignKeyField(Lead, null=True)
        guest_name = pw.CharField(max_length=40, default="")
        party_size = pw.IntegerField(default=1)
        arrived_at = pw.DateTimeField(index=True)
        received_at = pw.DateTimeField(null=True)
        received_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        left_at = pw.DateTimeField(null=True)
        created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        note = pw.TextField(default="")

    class Locker(Base):
        number = pw.CharField(max_length=10, unique=True)
        location = pw.CharField(max_length=40, default="")
        active = pw.BooleanField(default=True)

    class KeyLoan(Base):
        locker = pw.ForeignKeyField(Locker)
        visit = pw.ForeignKeyField(Visit)
        issued_at = pw.DateTimeField()
        issued_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        returned_at = pw.DateTimeField(null=True)
        returned_to = pw.CharField(max_length=10, default="")
        returned_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        lost = pw.BooleanField(default=False)
        note = pw.TextField(default="")

    class Shift(Base):
        operator = pw.ForeignKeyField(Staff)
        started_at = pw.DateTimeField()
        ended_at = pw.DateTimeField(null=True)
        terminal = pw.CharField(max_length=40, default="")

    class Setting(Base):
        key = pw.CharField(max_length=64, unique=True)
        value = pw.TextField(default="null")

    class AuditLog(Base):
        at = pw.DateTimeField(index=True)
        operator_id = pw.IntegerField(null=True, index=True)
        operator_name = pw.CharField(max_length=40, default="")
        action = pw.CharField(max_length=60)
        table_name = pw.CharField(max_length=40, index=True)
        record_id = pw.IntegerField(null=True)
        before = pw.TextField(default="")
        after = pw.TextField(default="")
        terminal = pw.CharField(max_length=40, default="")

    db.create_tables([Staff, Station, Couple, SearchTerm, Lead, Visit, Locker, KeyLoan, Shift, Setting,
                      AuditLog])
    # One open loan per locker: a key cannot be issued twice (enforced by the store, not only the UI).
    db.execute_sql("CREATE UNIQUE INDEX key_loan_open_locker ON key_loan (locker_id) WHERE returned_at IS NULL")
    db.execute_sql("CREATE INDEX visit_open ON visit (left_at, arrived_at)")

    stations = [
        # code, name, colour, alert minutes, role
        ("reception", "接待", "#78909c", 10, "receptionist"),
        ("makeup", "化妆", "#ec407a", 60, "makeup_artist"),
        ("groom_styling", "新郎衬衫/造型", "#5c6bc0", 30, "stylist"),
        ("wardrobe", "礼服", "#ab47bc", 30, "dresser"),
        ("studio", "内景拍摄", "#26a69a", 120, "photographer"),
        ("outdoor", "外景拍摄", "#66bb6a", 180, "photographer"),
        ("removal", "卸妆", "#8d6e63", 30, "makeup_artist"),
        ("leave", "离店", "#bdbdbd", 15, "receptionist"),
        ("selection", "选片", "#ffa726", 90, "selection"),
        ("proof", "看样", "#ffca28", 60, "selection"),
        ("pickup", "取件", "#9ccc65", 30, "receptionist"),
        ("retouch", "后期修片", "#29b6f6", 7 * 24 * 60, "retoucher"),
        ("design", "设计排版", "#42a5f5", 5 * 24 * 60, "retoucher"),
        ("qc", "整件检验", "#7e57c2", 2 * 24 * 60, "finished_goods_checker"),
        ("ready", "待取件", "#9e9e9e", 0, "receptionist"),
    ]
    for i, (code, name, colour, minutes, role) in enumerate(stations):
        Station.create(code=code, name=name, colour=colour, alert_minutes=minutes, role=role, sort_order=i)
    for i in range(1, 31):
        Locker.create(number=f"{i:02d}", location="休息区" if i <= 20 else "吧台")
