"""Settings: only supervisors with their PIN change them, every change is audited under her name,
stations in use cannot be removed (found through every table that points at them)."""

from __future__ import annotations

import datetime as dt
import json

import peewee as pw
import pytest

from app import settings_service
from app.checkin import commands as checkin
from app.checkin import lockers
from app.checkin.models import Locker
from app.core.db import BaseModel, db
from app.core.errors import Conflict, PermissionDenied, ValidationError
from app.core.models import AuditLog
from app.core.options import LANGUAGE, WORKDAY_OVERRIDES
from app.flow import stations
from app.flow.models import Station
from app.printing.options import STUDIO_NAME
from app.settings_service import change_option
from app.staff import service as staff
from app.staff.models import Staff

PIN = "739153"


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)


@pytest.fixture
def receptionist(ctx):
    rec = Staff.get(Staff.name == "王丽")
    staff.authenticate(ctx, rec.id, "2468")
    return rec


def test_receptionist_cannot_change_any_setting(ctx, boss, receptionist, tmp_path):
    st = Station.get(Station.code == "makeup")
    lk = Locker.get(Locker.number == "01")
    calls = [
        lambda sid, pin: settings_service.save_studio_info(ctx, sid, pin, "纽约婚纱", "", "", ""),
        lambda sid, pin: settings_service.save_ui_language(ctx, sid, pin, "en"),
        lambda sid, pin: settings_service.set_workday_override(ctx, sid, pin, dt.date(2027, 2, 6), True),
        lambda sid, pin: stations.add_station(ctx, sid, pin, "night", "夜景", "#123456", 30, ""),
        lambda sid, pin: stations.update_station(ctx, sid, pin, st.id, "化妆", "#ec407a", 45, "makeup_artist", True),
        lambda sid, pin: stations.move_station(ctx, sid, pin, st.id, 1),
        lambda sid, pin: stations.delete_station(ctx, sid, pin, st.id),
        lambda sid, pin: lockers.add_locker(ctx, sid, pin, "99", "吧台"),
        lambda sid, pin: lockers.update_locker(ctx, sid, pin, lk.id, "01", "休息区", False),
        lambda sid, pin: lockers.delete_locker(ctx, sid, pin, lk.id),
        lambda sid, pin: change_option(ctx, sid, pin, "flow.request_stations", ["makeup", "dress"]),
    ]
    before = AuditLog.select().where(AuditLog.action != "staff.auth_failed").count()
    for call in calls:
        with pytest.raises(PermissionDenied):
            call(receptionist.id, "2468")
        with pytest.raises(PermissionDenied):
            call(boss.id, "000000")
        from app.staff.models import StaffAccount
        StaffAccount.update(failed_attempts=0, locked_until=None).execute()
        staff._FAILED.clear()
    assert AuditLog.select().where(AuditLog.action != "staff.auth_failed").count() == before, [a.action for a in AuditLog.select()]
    assert not LANGUAGE.is_set() and settings_service.studio_info().name == ""


def test_studio_info_saved_and_audited(ctx, boss, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n")
    info = settings_service.save_studio_info(ctx, boss.id, PIN, " 纽约婚纱摄影 ", "杭州市西湖区文三路1号", "0571-88001234",
                               str(logo))
    assert settings_service.studio_info() == info and info.name == "纽约婚纱摄影"
    entries = list(AuditLog.select().where(AuditLog.action == "setting.change"))
    assert {json.loads(e.after)["key"] for e in entries} == {"studio.name", "studio.address", "studio.phone",
                                                           "studio.logo"}
    assert {e.operator_name for e in entries} == {"黄蓉"}
    assert STUDIO_NAME.get() == "纽约婚纱摄影"  # the key the printouts read
    with pytest.raises(ValidationError) as exc:
        settings_service.save_studio_info(ctx, boss.id, PIN, "", "x", "12", str(tmp_path / "none.png"))
    assert set(exc.value.errors) == {"name", "phone", "logo_path"}
    assert settings_service.studio_info() == info


def test_workday_overrides(ctx, boss):
    settings_service.set_workday_override(ctx, boss.id, PIN, dt.date(2031, 2, 1), True)
    settings_service.set_workday_override(ctx, boss.id, PIN, dt.date(2031, 1, 28), False)
    assert settings_service.workday_overrides() == {dt.date(2031, 1, 28): False, dt.date(2031, 2, 1): True}
    # One list: the one the complaint deadlines read.
    from app.core import calendar as workdays

    assert WORKDAY_OVERRIDES.get() == {"years": [], "holidays": ["2031-01-28"], "workdays": ["2031-02-01"]}
    ov = workdays.load_overrides()
    assert workdays.is_workday(dt.date(2031, 2, 1), ov) == (True, True)  # a Saturday made a working day
    assert workdays.is_workday(dt.date(2031, 1, 28), ov) == (False, True)
    settings_service.remove_workday_override(ctx, boss.id, PIN, dt.date(2031, 1, 28))
    assert settings_service.workday_overrides() == {dt.date(2031, 2, 1): True}
    with pytest.raises(ValidationError):
        settings_service.set_workday_override(ctx, boss.id, PIN, None, True)
    assert AuditLog.select().where(AuditLog.action == "setting.change").count() == 3


def test_language(ctx, boss):
    assert settings_service.ui_language() == "zh_CN"
    settings_service.save_ui_language(ctx, boss.id, PIN, "en")
    assert settings_service.ui_language() == "en" and LANGUAGE.get() == "en"
    with pytest.raises(ValidationError):
        settings_service.save_ui_language(ctx, boss.id, PIN, "fr")


def test_station_edit_add_move(ctx, boss):
    st = Station.get(Station.code == "makeup")
    stations.update_station(ctx, boss.id, PIN, st.id, "化妆间", "#EC407A", 75, "makeup_artist", True)
    st = Station.get_by_id(st.id)
    assert (st.name, st.colour, st.alert_minutes) == ("化妆间", "#ec407a", 75)
    e = AuditLog.select().where(AuditLog.action == "station.edit").get()
    assert json.loads(e.before) == {"alert_minutes": 60, "colour": "#ec407a", "name": "化妆"} or \
        json.loads(e.before)["alert_minutes"] == 60
    with pytest.raises(ValidationError) as exc:
        stations.update_station(ctx, boss.id, PIN, st.id, "", "red", -1, "wizard", True)
    assert set(exc.value.errors) == {"name", "colour", "alert_minutes", "role"}
    new = stations.add_station(ctx, boss.id, PIN, "night_shoot", "夜景拍摄", "#123456", 40, "photographer")
    assert stations.station_rows()[-1].id == new.id
    with pytest.raises(ValidationError) as exc:
        stations.add_station(ctx, boss.id, PIN, "night_shoot", "又一个", "#123456", 40, "")
    assert "code" in exc.value.errors
    stations.move_station(ctx, boss.id, PIN, new.id, -1)
    assert stations.station_rows()[-2].id == new.id
    assert [s.sort_order for s in stations.station_rows()] == list(range(len(stations.station_rows())))


def test_station_in_use_cannot_be_removed(ctx, boss):
    """A table of another area pointing at stations (as the flow tables will) is found and named."""

    class DemoStep(BaseModel):
        station = pw.ForeignKeyField(Station, backref="+")

        class Meta:
            table_name = "test_flow_step"

    db.create_tables([DemoStep])
    from app.core.references import register_table_label

    register_table_label("test_flow_step", lambda: "flow steps")
    st = Station.get(Station.code == "studio")
    DemoStep.create(station=st)
    DemoStep.create(station=st)
    with pytest.raises(Conflict) as exc:
        stations.delete_station(ctx, boss.id, PIN, st.id)
    assert "2 flow steps" in str(exc.value)
    assert Station.get_or_none(Station.id == st.id) is not None
    unused = stations.add_station(ctx, boss.id, PIN, "spare", "备用", "#000000", 0, "")
    stations.delete_station(ctx, boss.id, PIN, unused.id)
    assert Station.get_or_none(Station.id == unused.id) is None


def test_schema_fallback_finds_tables_of_unloaded_modules(ctx, boss):
    db.execute_sql('CREATE TABLE "other_area_thing" (id INTEGER PRIMARY KEY, '
                   'station_id INTEGER REFERENCES station (id))')
    st = Station.get(Station.code == "outdoor")
    db.execute_sql(f'INSERT INTO "other_area_thing" (id, station_id) VALUES (1, {db.obj.param})', (st.id,))
    with pytest.raises(Conflict, match="other area thing"):
        stations.delete_station(ctx, boss.id, PIN, st.id)


def test_lockers(ctx, boss, couple):
    lk = lockers.add_locker(ctx, boss.id, PIN, "31", "吧台")
    with pytest.raises(ValidationError):
        lockers.add_locker(ctx, boss.id, PIN, "31", "吧台")
    v = checkin.check_in_couple(ctx, couple.id, "shoot")
    checkin.issue_key(ctx, v.id, "31")
    rows = {r.number: r for r in lockers.locker_rows()}
    assert rows["31"].in_use and not rows["01"].in_use
    with pytest.raises(Conflict):
        lockers.update_locker(ctx, boss.id, PIN, lk.id, "31", "吧台", False)
    with pytest.raises(Conflict, match="key loan|钥匙"):
        lockers.delete_locker(ctx, boss.id, PIN, lk.id)
    spare = Locker.get(Locker.number == "30")
    lockers.update_locker(ctx, boss.id, PIN, spare.id, "30", "仓库", False)
    assert not Locker.get_by_id(spare.id).active
    lockers.delete_locker(ctx, boss.id, PIN, spare.id)
    assert Locker.get_or_none(Locker.number == "30") is None


def test_station_used_by_the_flow_tables_cannot_be_removed(ctx, boss, couple):
    """The real flow tables (landed from the flow area) are found too."""
    st = Station.get(Station.code == "makeup")
    checkin.check_in_couple(ctx, couple.id, "shoot")
    with pytest.raises(Conflict) as exc:
        stations.delete_station(ctx, boss.id, PIN, st.id)
    text = str(exc.value)
    assert ("flow template steps" in text or "流程模板" in text) and ("flow steps" in text or "流程步骤" in text)
    assert Station.get_or_none(Station.id == st.id) is not None


def test_letterhead_saved_here_is_printed_and_phones_stay_masked(ctx, boss, couple, qapp):
    from app.printing import flow_sheet
    from tests.print_util import page_texts, squash

    settings_service.save_studio_info(ctx, boss.id, PIN, "纽约婚纱摄影西湖店", "杭州市文三路398号", "0571-88001234", "")
    text = squash(page_texts(flow_sheet.flow_sheet_pdf(ctx, couple.id))[0])
    assert squash("纽约婚纱摄影西湖店") in text
    assert "138****5678" in text and "13812345678" not in text
