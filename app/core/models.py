"""Studio-wide tables: settings and the audit trail (mirrors app/migrations/0001_core.py)."""

from __future__ import annotations

import peewee as pw

from app.core.db import BaseModel


class Setting(BaseModel):
    key = pw.CharField(max_length=64, unique=True)
    value = pw.TextField(default="null")  # JSON


class AuditLog(BaseModel):
    at = pw.DateTimeField(index=True)
    operator_id = pw.IntegerField(null=True, index=True)
    operator_name = pw.CharField(max_length=40, default="")
    action = pw.CharField(max_length=60)
    table_name = pw.CharField(max_length=40, index=True)
    record_id = pw.IntegerField(null=True)
    before = pw.TextField(default="")
    after = pw.TextField(default="")
    terminal = pw.CharField(max_length=40, default="")


CORE_MODELS = [Setting, AuditLog]
