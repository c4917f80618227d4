"""Appointments with their history, the phone log, satisfaction at departure, personal notices.
Frozen copies: never edit after release."""

import peewee as pw


def up(migrator, db):
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    # Existing tables, referenced only (not created here).
    class Staff(Base):
        name = pw.CharField(max_length=40)

    class Couple(Base):
        order_no = pw.CharField(max_length=32)

    class Lead(Base):
        name = pw.CharField(max_length=40)

    class Visit(Base):
        kind = pw.CharField(max_length=12)

    class Appointment(Base):
        couple = pw.ForeignKeyField(Couple, null=True)
        lead = pw.ForeignKeyField(Lead, null=True)
        kind = pw.CharField(max_length=16)
        starts_at = pw.DateTimeField(index=True)
        staff = pw.ForeignKeyField(Staff, null=True, backref="+")
        note = pw.TextField(default="")
        status = pw.CharField(max_length=12, default="booked")
        visit = pw.ForeignKeyField(Visit, null=True)
        created_at = pw.DateTimeField()
        created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        version = pw.IntegerField(default=1)

    class AppointmentChange(Base):
        appointment = pw.ForeignKeyField(Appointment, on_delete="CASCADE")
        at = pw.DateTimeField()
        by = pw.ForeignKeyField(Staff, null=True, backref="+")
        action = pw.CharField(max_length=16)
        old_starts_at = pw.DateTimeField(null=True)
        new_starts_at = pw.DateTimeField(null=True)
        old_staff = pw.ForeignKeyField(Staff, null=True, backref="+")
        new_staff = pw.ForeignKeyField(Staff, null=True, backref="+")
        reason = pw.TextField(default="")

    class PhoneCall(Base):
        at = pw.DateTimeField(index=True)
        caller_name = pw.CharField(max_length=40, default="")
        phone = pw.CharField(max_length=20, default="")
        phone_last4 = pw.CharField(max_length=4, default="", index=True)
        couple = pw.ForeignKeyField(Couple, null=True)
        lead = pw.ForeignKeyField(Lead, null=True)
        asked = pw.TextField(default="")
        answered = pw.TextField(default="")
        callback_owed = pw.BooleanField(default=False)
        callback_by = pw.DateTimeField(null=True)
        callback_done_at = pw.DateTimeField(null=True)
        callback_done_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        callback_note = pw.TextField(default="")
        taken_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        appointment = pw.ForeignKeyField(Appointment, null=True, backref="+")
        complaint_id = pw.IntegerField(null=True)

    class Satisfaction(Base):
        visit = pw.ForeignKeyField(Visit, unique=True, backref="+")
        day = pw.DateField(index=True)
        score = pw.IntegerField(null=True)
        comment = pw.TextField(default="")
        recorded_at = pw.DateTimeField()
        recorded_by = pw.ForeignKeyField(Staff, null=True, backref="+")

    class PersonalNotice(Base):
        couple = pw.ForeignKeyField(Couple, backref="+", on_delete="CASCADE")
        occasion = pw.CharField(max_length=20)
        occasion_date = pw.DateField()
        shown_at = pw.DateTimeField()
        shown_by = pw.ForeignKeyField(Staff, null=True, backref="+")

        class Meta:
            indexes = ((("couple", "occasion", "occasion_date"), True),)

    db.create_tables([Appointment, AppointmentChange, PhoneCall, Satisfaction, PersonalNotice])
    # A couple's (or a lead's) booked appointments: looked up by person and time for the clash check.
    db.execute_sql("CREATE INDEX appointment_couple_time ON appointment (couple_id, starts_at)")
    db.execute_sql("CREATE INDEX appointment_lead_time ON appointment (lead_id, starts_at)")
    # Two live appointments of one couple at the very same minute are refused by the store as well.
    db.execute_sql("CREATE UNIQUE INDEX appointment_couple_slot ON appointment (couple_id, starts_at) "
                   "WHERE status = 'booked' AND couple_id IS NOT NULL")
    db.execute_sql("CREATE INDEX appointment_visit ON appointment (visit_id)")
    # Call-backs owed until done: the handover's list.
    db.execute_sql("CREATE INDEX phone_call_owed ON phone_call (callback_owed, callback_done_at, callback_by)")
    db.execute_sql("CREATE INDEX phone_call_couple ON phone_call (couple_id)")
