"""Shift handover (交接班) and the daily review (每日工作小结)."""
