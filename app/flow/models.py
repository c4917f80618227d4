"""Service-flow tables (migration 0002_flow). Mirror of the frozen copies in the migration."""

from __future__ import annotations

import peewee as pw

from app.checkin.models import Couple, Visit
from app.core.db import BaseModel
from app.staff.models import Staff

STATES = ("planned", "handoff", "waiting", "in_progress", "done", "not_done", "skipped")
OPEN_STATES = ("handoff", "waiting", "in_progress")  # the couple is at (or on the way to) this station
FINISHED_STATES = ("done", "not_done", "skipped")
TRACKS = ("couple", "bride", "groom")


class Station(BaseModel):
    code = pw.CharField(max_length=30, unique=True)
    name = pw.CharField(max_length=40)
    colour = pw.CharField(max_length=9, default="#607d8b")
    alert_minutes = pw.IntegerField(default=30)
    role = pw.CharField(max_length=30, default="")
    sort_order = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)


class FlowTemplate(BaseModel):
    code = pw.CharField(max_length=30, unique=True)
    name = pw.CharField(max_length=40)
    kind = pw.CharField(max_length=12, default="visit")
    visit_kind = pw.CharField(max_length=12, default="", index=True)
    active = pw.BooleanField(default=True)


class FlowTemplateStep(BaseModel):
    template = pw.ForeignKeyField(FlowTemplate, backref="steps", on_delete="CASCADE")
    position = pw.IntegerField()
    track = pw.CharField(max_length=8, default="couple")
    station = pw.ForeignKeyField(Station, backref="+")
    optional = pw.BooleanField(default=False)
    due_days = pw.IntegerField(default=0)


class Flow(BaseModel):
    couple = pw.ForeignKeyField(Couple, backref="flows", index=True)
    visit = pw.ForeignKeyField(Visit, null=True, backref="flows", index=True)
    template = pw.ForeignKeyField(FlowTemplate, backref="+")
    kind = pw.CharField(max_length=12, default="visit")
    started_at = pw.DateTimeField(index=True)
    finished_at = pw.DateTimeField(null=True, index=True)
    groom_order = pw.IntegerField(null=True)
    requests_confirmed_at = pw.DateTimeField(null=True)
    requests_confirmed_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    version = pw.IntegerField(default=1)


class FlowStep(BaseModel):
    flow = pw.ForeignKeyField(Flow, backref="steps", on_delete="CASCADE")
    position = pw.IntegerField()
    track = pw.CharField(max_length=8, default="couple")
    station = pw.ForeignKeyField(Station, index=True, backref="+")
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

    @property
    def finished(self) -> bool:
        return self.state in FINISHED_STATES

    def serves(self, person: str) -> bool:
        """Whether this step is on ``person``'s way (bride / groom); couple steps serve both."""
        return self.track == "couple" or self.track == person


class StepSignoff(BaseModel):
    """One signed entry for a step. Never edited: a correction is a new entry that ``corrects`` the old."""

    step = pw.ForeignKeyField(FlowStep, backref="signoffs", on_delete="CASCADE", index=True)
    kind = pw.CharField(max_length=12)  # sign / correct / not_done / skip
    outcome = pw.CharField(max_length=12)  # done / not_done / skipped
    staff = pw.ForeignKeyField(Staff, null=True, backref="+")
    started_at = pw.DateTimeField(null=True)
    finished_at = pw.DateTimeField(null=True)
    reason = pw.TextField(default="")
    at = pw.DateTimeField()
    recorded_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    corrects = pw.ForeignKeyField("self", null=True, backref="+")


class FlowNote(BaseModel):
    """A note per outfit set ("白纱OK"), appended to a step."""

    step = pw.ForeignKeyField(FlowStep, backref="notes", on_delete="CASCADE", index=True)
    text = pw.TextField()
    staff = pw.ForeignKeyField(Staff, null=True, backref="+")
    at = pw.DateTimeField()


class GuestRound(BaseModel):
    """One round (巡查): someone looked in on a guest waiting between stations (migration 0026). Never edited."""

    visit = pw.ForeignKeyField(Visit, backref="rounds", on_delete="CASCADE")
    person = pw.CharField(max_length=8)  # bride / groom / couple (both)
    note = pw.CharField(max_length=60)
    staff = pw.ForeignKeyField(Staff, null=True, backref="+", index=True)  # who looked
    at = pw.DateTimeField(index=True)

    class Meta:
        indexes = ((("visit", "at"), False),)


FLOW_MODELS = [Station, FlowTemplate, FlowTemplateStep, Flow, FlowStep, StepSignoff, FlowNote, GuestRound]
