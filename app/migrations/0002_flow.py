"""Service flow (流程): flow templates (ordered station lists), each couple's flows and steps, the
append-only sign-off entries (corrections are new entries) and per-outfit notes.
Frozen copies: never edit after release."""

import peewee as pw


def up(migrator, db):
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class Station(Base):
        code = pw.CharField(max_length=30, unique=True)

        class Meta:
            table_name = "station"

    class Couple(Base):
        class Meta:
            table_name = "couple"

    class Visit(Base):
        class Meta:
            table_name = "visit"

    class FlowTemplate(Base):
        code = pw.CharField(max_length=30, unique=True)
        name = pw.CharField(max_length=40)
        kind = pw.CharField(max_length=12, default="visit")  # visit (in store) / post (post-production)
        visit_kind = pw.CharField(max_length=12, default="", index=True)  # starts when this visit arrives
        active = pw.BooleanField(default=True)

    class FlowTemplateStep(Base):
        template = pw.ForeignKeyField(FlowTemplate, on_delete="CASCADE")
        position = pw.IntegerField()
        track = pw.CharField(max_length=8, default="couple")  # couple / bride / groom
        station = pw.ForeignKeyField(Station)
        optional = pw.BooleanField(default=False)
        due_days = pw.IntegerField(default=0)  # post-production: days after the previous step's due date

    class Flow(Base):
        couple = pw.ForeignKeyField(Couple, index=True)
        visit = pw.ForeignKeyField(Visit, null=True, index=True)
        template = pw.ForeignKeyField(FlowTemplate)
        kind = pw.CharField(max_length=12, default="visit")
        started_at = pw.DateTimeField(index=True)
        finished_at = pw.DateTimeField(null=True, index=True)
        groom_order = pw.IntegerField(null=True)  # floor control's styling order (1 = first)
        requests_confirmed_at = pw.DateTimeField(null=True)
        requests_confirmed_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        updated_at = pw.DateTimeField()
        updated_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        version = pw.IntegerField(default=1)

    class FlowStep(Base):
        flow = pw.ForeignKeyField(Flow, on_delete="CASCADE")
        position = pw.IntegerField()
        track = pw.CharField(max_length=8, default="couple")
        station = pw.ForeignKeyField(Station, index=True)
        optional = pw.BooleanField(default=False)
        state = pw.CharField(max_length=12, default="planned", index=True)
        state_since = pw.DateTimeField(null=True)
        staff = pw.ForeignKeyField(Staff, null=True, index=True, backref="+")
        handoff_at = pw.DateTimeField(null=True)
        handoff_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        arrived_at = pw.DateTimeField(null=True)
        started_at = pw.DateTimeField(null=True, index=True)
        finished_at = pw.DateTimeField(null=True)
        reason = pw.TextField(default="")
        due_date = pw.DateField(null=True, index=True)
        signed_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        signed_at = pw.DateTimeField(null=True)

        class Meta:
            indexes = ((("flow", "position"), False),)

    class StepSignoff(Base):
        step = pw.ForeignKeyField(FlowStep, on_delete="CASCADE", index=True)
        kind = pw.CharField(max_length=12)  # sign / correct / not_done / skip
        outcome = pw.CharField(max_length=12)  # done / not_done / skipped
        staff = pw.ForeignKeyField(Staff, null=True, backref="+")
        started_at = pw.DateTimeField(null=True)
        finished_at = pw.DateTimeField(null=True)
        reason = pw.TextField(default="")
        at = pw.DateTimeField()
        recorded_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        corrects = pw.ForeignKeyField("self", null=True, backref="+")

    class FlowNote(Base):
        step = pw.ForeignKeyField(FlowStep, on_delete="CASCADE", index=True)
        text = pw.TextField()
        staff = pw.ForeignKeyField(Staff, null=True, backref="+")
        at = pw.DateTimeField()

    db.create_tables([FlowTemplate, FlowTemplateStep, Flow, FlowStep, StepSignoff, FlowNote])
    db.execute_sql("CREATE INDEX flow_open ON flow (finished_at, started_at)")

    stations = {s.code: s.id for s in Station.select()}
    templates = [
        # code, name, kind, visit kind, [(position, track, station, optional, due days)]
        ("shoot", "拍摄当天", "visit", "shoot", [
            (0, "couple", "reception", False, 0),
            (1, "bride", "makeup", False, 0),
            (1, "groom", "groom_styling", False, 0),
            (2, "couple", "wardrobe", False, 0),
            (3, "couple", "studio", False, 0),
            (4, "couple", "outdoor", True, 0),
            (5, "couple", "removal", False, 0),
            (6, "couple", "leave", False, 0),
        ]),
        ("selection", "选片", "visit", "selection", [(0, "couple", "selection", False, 0)]),
        ("proof", "看样", "visit", "proof", [(0, "couple", "proof", False, 0)]),
        ("pickup", "取件", "visit", "pickup", [(0, "couple", "pickup", False, 0)]),
        ("post", "后期制作", "post", "", [
            (0, "couple", "retouch", False, 7),
            (1, "couple", "design", False, 5),
            (2, "couple", "qc", False, 2),
            (3, "couple", "ready", False, 1),
        ]),
    ]
    for code, name, kind, visit_kind, steps in templates:
        t = FlowTemplate.create(code=code, name=name, kind=kind, visit_kind=visit_kind)
        for position, track, station, optional, due_days in steps:
            FlowTemplateStep.create(template=t, position=position, track=track, station=stations[station],
                                    optional=optional, due_days=due_days)
