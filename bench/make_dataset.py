"""A reproducible five-year studio database for the benchmarks (issue #12).

    uv run python bench/make_dataset.py [--scale 1] [--out PATH]

Scale 1 is a studio serving 4,000 couples a year, kept five years: 20,000 couples, ~40,000 visits,
~150,000 flow steps, ~3,000 complaints with their follow-ups and misses, ~3,600 handovers, appointments and
their changes, leads, phone calls, key loans and audit rows. Today (the dataset's "now") 80 couples are in
the store with open steps, so the board and the handover snapshot have a real morning to show.

The schema comes from the app's own migrations; rows are written with ``insert_many`` in one transaction
(synchronous off while filling: a benchmark file, not a studio's data). ``cached_dataset`` keeps one file per
(scale, day, generator version) under the temp directory, so a benchmark run pays for it once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import operator
import os
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

VERSION = 2  # 2: search terms carry display_rank (migration 0024)
COUPLES_PER_SCALE = 20_000
YEARS = 5
TERMINAL = "counter-1"
SUPERVISOR_PIN = "2468"
IN_STORE_TODAY = 80

SURNAMES = ("王" * 14 + "李" * 13 + "张" * 12 + "刘" * 9 + "陈" * 9 + "杨" * 6 + "黄" * 4 + "赵" * 4 + "吴" * 4
            + "周" * 4 + "徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "慕容")
BRIDE_GIVEN = "芳娜敏静丽艳娟秀霞桂英华玉兰萍红梅琳雪婷慧晨雨桐思琪欣怡嘉颖佳悦璐瑶倩洁妍晓蕾薇"
GROOM_GIVEN = "伟强磊军洋勇杰涛明超平刚辉鹏飞宇浩然子轩俊峰建国志文斌波海龙博凯锋宁昊天"
PHONE_HEADS = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
               "157", "158", "159", "166", "173", "176", "177", "180", "181", "183", "185", "186", "187", "188",
               "189", "191", "198", "199")
PACKAGES = ("经典婚纱照 3999", "韩式唯美 5999", "旅拍三亚 12999", "中式秀禾 4599", "轻奢全天 8999", "简约证件套餐 1299")
STAFF = (("王丽", "receptionist,store_supervisor"), ("李娜", "receptionist"), ("赵敏", "receptionist"),
         ("孙倩", "floor_control,base_dispatcher"), ("周婷", "makeup_artist"), ("吴静", "makeup_artist"),
         ("郑雪", "makeup_artist"), ("冯晨", "stylist"), ("陈杰", "photographer"), ("刘洋", "photographer"),
         ("黄磊", "photographer"), ("杨帆", "dresser"), ("何琳", "dresser"), ("罗欣", "selection"),
         ("梁颖", "selection"), ("谢浩", "retoucher"), ("宋宇", "retoucher"), ("唐佳", "finished_goods_checker"),
         ("许峰", "department_supervisor"), ("韩志", "executive_manager"))
COMPLAINT_TEXTS = ("化妆等待时间太长", "样片颜色偏暗", "取件日期一再推迟", "摄影师态度不好", "礼服有污渍", "精修图不满意",
                   "相册少了两页", "外景时间被压缩", "加价项目事先没说清楚", "储物柜钥匙丢失后处理慢")


def default_now() -> dt.datetime:
    return dt.datetime.combine(dt.date.today(), dt.time(11, 0))


def cache_path(scale: float, now: dt.datetime | None = None) -> Path:
    now = now or default_now()
    return Path(tempfile.gettempdir()) / "studio-bench" / f"five-years-s{scale:g}-{now:%Y%m%d%H%M}-v{VERSION}.db"


def cached_dataset(scale: float = 1.0, now: dt.datetime | None = None, quiet: bool = False) -> Path:
    """The dataset file for these parameters, generated once (atomically) and reused."""
    path = cache_path(scale, now)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
        t = time.perf_counter()
        counts = make_dataset(tmp, scale, now)
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        tmp.rename(path)
        if not quiet:
            print(f"dataset {path.name}: {counts} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return path


NAME_POOL = 2_500  # distinct names per sex: common names repeat at a real counter (张伟, 王芳)


class _Names:
    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.pools: dict[str, list[str]] = {}

    def _new(self, given: str) -> str:
        r = self.rnd
        surname = r.choice(COMPOUND) if r.random() < 0.01 else r.choice(SURNAMES)
        return surname + "".join(r.choices(given, k=1 if r.random() < 0.3 else 2))

    def person(self, given: str) -> str:
        pool = self.pools.get(given)
        if pool is None:
            pool = self.pools[given] = list(dict.fromkeys(self._new(given) for _ in range(NAME_POOL)))
        return self.rnd.choice(pool)

    def phone(self) -> str:
        return self.rnd.choice(PHONE_HEADS) + f"{self.rnd.randint(0, 99_999_999):08d}"


def _bulk_insert(database, model, batch: list[dict]) -> None:
    """``executemany`` of one INSERT per table: the rows are plain values already, and building a peewee
    ``insert_many`` statement costs ~60 µs per value (minutes for five years). Dates and datetimes go through
    sqlite3's adapters, which write them as peewee does ("2026-12-03 09:15:00")."""
    if not batch:
        return
    keys = list(batch[0])
    columns = ", ".join(model._meta.fields[k].column_name for k in keys)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({", ".join("?" * len(keys))})'
    get = operator.itemgetter(*keys)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the default date adapters (Python 3.12)
        database.connection().executemany(sql, map(get, batch))


def make_dataset(path: str | Path, scale: float = 1.0, now: dt.datetime | None = None) -> dict[str, int]:
    """Write the dataset to ``path`` (a new file) and return the row counts of the main tables."""
    import peewee as pw

    from app.appointments.models import Appointment, AppointmentChange, PhoneCall, Satisfaction
    from app.checkin.models import Couple, KeyLoan, Lead, Locker, SearchTerm, Visit
    from app.checkin.search import couple_terms, display_rank
    from app.complaints.models import (
        Complaint,
        ComplaintCategory,
        ComplaintCause,
        ComplaintLog,
        ComplaintMiss,
    )
    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.core.db import close_database, db, open_database
    from app.core.models import AuditLog
    from app.flow.models import Flow, FlowStep, FlowTemplate, FlowTemplateStep, Station, StepSignoff
    from app.handover.models import Handover, HandoverItem
    from app.staff import service as staff_service
    from app.staff.models import Staff
    from app.wiring import connect_areas

    connect_areas()
    now = now or default_now()
    today = now.date()
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    open_database(str(path))
    database = db.obj
    database.execute_sql("PRAGMA journal_mode=OFF")  # a benchmark file: no journal while filling
    database.execute_sql("PRAGMA synchronous=OFF")
    t0 = time.perf_counter()
    import functools

    from app.checkin import search

    original_name_terms = search.name_terms
    search.name_terms = functools.lru_cache(maxsize=None)(search.name_terms)  # type: ignore[assignment]
    rnd = random.Random(20261203)
    names = _Names(rnd)
    n_couples = max(20, round(COUPLES_PER_SCALE * scale))
    start = today - dt.timedelta(days=365 * YEARS)
    days = (today - start).days

    ctx = AppContext(clock=FixedClock(dt.datetime.combine(start, dt.time(8)) - dt.timedelta(days=1)), terminal=TERMINAL)
    staff_ids: dict[str, list[int]] = {}
    for i, (name, roles) in enumerate(STAFF):
        s = staff_service.add_staff(ctx, name, roles.split(","), pin=SUPERVISOR_PIN if i == 0 else None)
        for role in roles.split(","):
            staff_ids.setdefault(role, []).append(s.id)
    supervisor = staff_ids["store_supervisor"][0]
    everyone = [s.id for s in Staff.select(Staff.id)]
    stations = {s.id: s for s in Station.select()}
    station_staff = {sid: staff_ids.get(s.role, everyone) for sid, s in stations.items()}
    templates = {t.visit_kind or t.kind: t.id for t in FlowTemplate.select()}
    tsteps: dict[int, list] = {}
    for ts in FlowTemplateStep.select().order_by(FlowTemplateStep.position):
        tsteps.setdefault(ts.template_id, []).append(ts)
    lockers = [lk.id for lk in Locker.select(Locker.id)]
    categories = [c.id for c in ComplaintCategory.select(ComplaintCategory.id)]
    causes = [c.id for c in ComplaintCause.select(ComplaintCause.id)]
    from app.handover import service as handover_service

    ctx.operator_id = supervisor
    snapshot_json = handover_service.build_snapshot(ctx).to_json()

    rows: dict[type, list[dict]] = {m: [] for m in (
        Couple, SearchTerm, Lead, Visit, KeyLoan, Flow, FlowStep, StepSignoff, Appointment, AppointmentChange,
        PhoneCall, Satisfaction, Complaint, ComplaintLog, ComplaintMiss, Handover, HandoverItem, AuditLog)}
    ids = {m: m.select(pw.fn.MAX(m.id)).scalar() or 0 for m in rows}

    def add(model, **values) -> int:
        ids[model] += 1
        values["id"] = ids[model]
        rows[model].append(values)
        return ids[model]

    def audit(at: dt.datetime, action: str, table: str, record: int, after: dict | None = None) -> None:
        add(AuditLog, at=at, operator_id=supervisor, operator_name="王丽", action=action, table_name=table,
            record_id=record, before="", after=json.dumps(after or {}, ensure_ascii=False, default=str),
            terminal=TERMINAL)

    def at_on(day: dt.date, earliest: int = 9, latest: int = 17) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(earliest)) + dt.timedelta(
            minutes=rnd.randint(0, (latest - earliest) * 60))

    def add_flow(couple: int, visit: int | None, kind: str, begin: dt.datetime, finished: bool,
                 open_at: int | None = None) -> None:
        """A flow from its template; ``open_at``: the position where the couple is now (today's store)."""
        tid = templates[kind]
        done_at = begin
        fid = add(Flow, couple=couple, visit=visit, template=tid, kind="post" if kind == "post" else "visit",
                  started_at=begin, finished_at=None, groom_order=None, requests_confirmed_at=None,
                  requests_confirmed_by=None, updated_at=begin, updated_by=supervisor, version=1)
        flow_row = rows[Flow][-1]
        for ts in tsteps[tid]:
            skipped = ts.optional and rnd.random() < 0.75
            if skipped and open_at is None:
                continue
            staff = rnd.choice(station_staff[ts.station_id])
            due = (begin.date() + dt.timedelta(days=sum(s.due_days for s in tsteps[tid] if s.position <= ts.position))
                   if ts.due_days else None)
            step = dict(flow=fid, position=ts.position, track=ts.track, station=ts.station_id, optional=ts.optional,
                        state="planned", state_since=None, staff=None, handoff_at=None, handoff_by=None,
                        arrived_at=None, started_at=None, finished_at=None, reason="", due_date=due,
                        signed_by=None, signed_at=None)
            if open_at is not None and ts.position >= open_at:
                if ts.position == open_at:
                    step.update(state=rnd.choice(("waiting", "in_progress", "in_progress")), staff=staff,
                                state_since=done_at, arrived_at=done_at, started_at=done_at)
                add(FlowStep, **step)
                continue
            if not finished and kind == "post" and rnd.random() < 0.5:
                step.update(state="in_progress", staff=staff, state_since=done_at, arrived_at=done_at,
                            started_at=done_at)
                add(FlowStep, **step)
                finished = None  # type: ignore[assignment] - the rest stay planned
                continue
            if finished is None:
                add(FlowStep, **step)
                continue
            took = dt.timedelta(days=ts.due_days) if kind == "post" else dt.timedelta(minutes=rnd.randint(10, 70))
            step.update(state="done", staff=staff, state_since=done_at + took, arrived_at=done_at,
                        started_at=done_at, finished_at=done_at + took, signed_by=staff, signed_at=done_at + took)
            sid = add(FlowStep, **step)
            if rnd.random() < 0.15:
                add(StepSignoff, step=sid, kind="sign", outcome="done", staff=staff, started_at=done_at,
                    finished_at=done_at + took, reason="", at=done_at + took, recorded_by=staff, corrects=None)
            done_at += took
        if finished:
            flow_row["finished_at"] = done_at
            flow_row["updated_at"] = done_at

    # ------------------------------------------------------------------ couples, their visits and flows
    busy_lockers: set[int] = set()
    in_store = set(rnd.sample(range(n_couples), min(IN_STORE_TODAY, n_couples // 4)))
    for i in range(n_couples):
        bride, groom = names.person(BRIDE_GIVEN), names.person(GROOM_GIVEN)
        bp, gp = names.phone(), names.phone() if rnd.random() < 0.85 else ""
        booked = start + dt.timedelta(days=int(i * days / n_couples))
        shoot = booked + dt.timedelta(days=rnd.randint(20, 90))
        if i in in_store:
            shoot = today
        created = at_on(booked)
        order_no = f"YL{booked:%Y%m}{i:05d}"
        cid = add(Couple, order_no=order_no, bride_name=bride, groom_name=groom, bride_phone=bp, groom_phone=gp,
                  bride_phone_last4=bp[-4:], groom_phone_last4=gp[-4:], package=rnd.choice(PACKAGES),
                  shoot_date=shoot, special_requests="新娘怕冷，外景少安排" if rnd.random() < 0.08 else "",
                  notes="", bride_birthday=dt.date(rnd.randint(1988, 2001), rnd.randint(1, 12), rnd.randint(1, 28)),
                  groom_birthday=dt.date(rnd.randint(1986, 2000), rnd.randint(1, 12), rnd.randint(1, 28)),
                  wedding_date=shoot + dt.timedelta(days=rnd.randint(30, 200)), created_at=created,
                  updated_at=created, version=1)
        rank = display_rank(shoot, cid)
        for t in sorted(couple_terms(order_no, bride, groom, [bp, gp])):
            add(SearchTerm, term=t, couple=cid, display_rank=rank)
        audit(created, "create", "couple", cid, {"order_no": order_no})
        appt = add(Appointment, couple=cid, lead=None, kind="shoot", starts_at=dt.datetime.combine(shoot, dt.time(9)),
                   staff=None, note="", status="booked", visit=None, created_at=created, created_by=supervisor,
                   version=1)
        add(AppointmentChange, appointment=appt, at=created, by=supervisor, action="booked", old_starts_at=None,
            new_starts_at=dt.datetime.combine(shoot, dt.time(9)), old_staff=None, new_staff=None, reason="")
        if rnd.random() < 0.12:
            add(AppointmentChange, appointment=appt, at=created + dt.timedelta(days=3), by=supervisor,
                action="rescheduled", old_starts_at=dt.datetime.combine(shoot - dt.timedelta(days=7), dt.time(9)),
                new_starts_at=dt.datetime.combine(shoot, dt.time(9)), old_staff=None, new_staff=None,
                reason="客户改期")
        if shoot > today or (shoot == today and i not in in_store):
            continue
        arrived = at_on(shoot, 8, 10) if i in in_store else at_on(shoot, 8, 11)
        if i in in_store:
            arrived = min(arrived, now - dt.timedelta(minutes=20))
        vid = add(Visit, kind="shoot", couple=cid, lead=None, guest_name="", party_size=rnd.choice((2, 2, 3, 4)),
                  arrived_at=arrived, received_at=arrived + dt.timedelta(minutes=rnd.randint(0, 12)),
                  received_by=supervisor, left_at=None if i in in_store else arrived + dt.timedelta(hours=7),
                  created_by=supervisor, note="")
        rows[Appointment][-1]["visit"] = vid
        audit(arrived, "check_in", "visit", vid)
        loan_back = None if i in in_store else arrived + dt.timedelta(hours=6)
        if loan_back is not None or len(busy_lockers) < len(lockers) - 5:
            locker = rnd.choice(lockers) if loan_back else lockers[len(busy_lockers)]
            if loan_back is None:
                busy_lockers.add(locker)
            add(KeyLoan, locker=locker, visit=vid, issued_at=arrived, issued_by=supervisor,
                returned_at=loan_back, returned_to="counter" if loan_back else "",
                returned_by=supervisor if loan_back else None, lost=False, note="")
        if i in in_store:
            add_flow(cid, vid, "shoot", arrived, False, open_at=rnd.randint(0, 5))
            continue
        add_flow(cid, vid, "shoot", arrived, True)
        if rnd.random() < 0.7:
            add(Satisfaction, visit=vid, day=shoot, score=rnd.choice((5, 5, 5, 4, 4, 3, 2)), comment="",
                recorded_at=arrived + dt.timedelta(hours=7), recorded_by=supervisor)
        age = (today - shoot).days
        if age < 90:  # post-production still open or recently done
            add_flow(cid, None, "post", arrived + dt.timedelta(hours=8), age > 20)
        for kind, after, share in (("selection", 12, 0.85), ("pickup", 40, 0.08), ("proof", 25, 0.05)):
            day = shoot + dt.timedelta(days=after + rnd.randint(0, 5))
            if day >= today or rnd.random() > share:
                continue
            at = at_on(day)
            vid2 = add(Visit, kind=kind, couple=cid, lead=None, guest_name="", party_size=2, arrived_at=at,
                       received_at=at + dt.timedelta(minutes=rnd.randint(0, 10)), received_by=supervisor,
                       left_at=at + dt.timedelta(hours=2), created_by=supervisor, note="")
            add(Appointment, couple=cid, lead=None, kind=kind, starts_at=at, staff=None, note="", status="booked",
                visit=vid2, created_at=at - dt.timedelta(days=7), created_by=supervisor, version=1)
            add(AppointmentChange, appointment=ids[Appointment], at=at - dt.timedelta(days=7), by=supervisor,
                action="booked", old_starts_at=None, new_starts_at=at, old_staff=None, new_staff=None, reason="")
            add_flow(cid, vid2, kind, at, True)

    # ------------------------------------------------------------------ walk-ins, visitors, calls
    from app.checkin.options import LEAD_SOURCES, LOST_REASONS

    lead_rnd = random.Random(20261204)
    for _ in range(round(2_400 * scale)):
        day = start + dt.timedelta(days=rnd.randrange(days))
        at = at_on(day)
        name, phone = names.person(BRIDE_GIVEN), names.phone()
        status = "done" if day < today - dt.timedelta(days=5) or rnd.random() < 0.5 else "open"
        # source and outcome (migration 0022) from their own generator: the main stream stays as it was
        outcome = "open" if status == "open" else lead_rnd.choice(("booked", "booked_other", "lost", "lost"))
        lid = add(Lead, name=name, phone=phone, phone_last4=phone[-4:], interest=rnd.choice(PACKAGES),
                  callback_date=day + dt.timedelta(days=3), status=status, created_at=at, created_by=supervisor,
                  note="", source=lead_rnd.choice(LEAD_SOURCES.default), outcome=outcome,
                  lost_reason=lead_rnd.choice(LOST_REASONS.default) if outcome == "lost" else "",
                  booked_couple=lead_rnd.randint(1, ids[Couple]) if outcome == "booked" else None,
                  outcome_at=None if outcome == "open" else at + dt.timedelta(days=3),
                  outcome_by=None if outcome == "open" else supervisor)
        add(Visit, kind="consult", couple=None, lead=lid, guest_name=name, party_size=1, arrived_at=at,
            received_at=at, received_by=supervisor, left_at=at + dt.timedelta(minutes=40), created_by=supervisor,
            note="")
    for _ in range(round(600 * scale)):
        at = at_on(start + dt.timedelta(days=rnd.randrange(days)))
        add(Visit, kind="visitor", couple=rnd.randint(1, ids[Couple]), lead=None, guest_name=names.person(GROOM_GIVEN),
            party_size=1, arrived_at=at, received_at=at, received_by=supervisor, left_at=at + dt.timedelta(minutes=30),
            created_by=supervisor, note="找新人")
    for _ in range(round(8_000 * scale)):
        at = at_on(start + dt.timedelta(days=rnd.randrange(days)))
        phone = names.phone()
        owed = rnd.random() < 0.3
        add(PhoneCall, at=at, caller_name=names.person(BRIDE_GIVEN), phone=phone, phone_last4=phone[-4:],
            couple=rnd.randint(1, ids[Couple]) if rnd.random() < 0.6 else None, lead=None, asked="问取件时间",
            answered="已告知", callback_owed=owed, callback_by=at + dt.timedelta(hours=4) if owed else None,
            callback_done_at=at + dt.timedelta(hours=2) if owed else None, callback_done_by=supervisor if owed else None,
            callback_note="", taken_by=supervisor, appointment=None, complaint_id=None)

    # ------------------------------------------------------------------ complaints
    per_day: dict[dt.date, int] = {}
    for _ in range(round(3_000 * scale)):
        day = start + dt.timedelta(days=rnd.randrange(days))
        per_day[day] = per_day.get(day, 0) + 1
        received = at_on(day)
        recent = (today - day).days < 10
        status = rnd.choice(("new", "investigating", "waiting_customer")) if recent and rnd.random() < 0.6 else "closed"
        closed = status == "closed"
        due_result = received + dt.timedelta(days=7)
        comp = add(Complaint, case_no=f"KS-{day:%Y%m%d}-{per_day[day]:03d}", couple=rnd.randint(1, ids[Couple]),
                   complainant=names.person(BRIDE_GIVEN), contact=names.phone(),
                   channel=rnd.choice(("counter", "phone", "online", "pickup")), occurred_at=received -
                   dt.timedelta(hours=rnd.randint(0, 48)), station=rnd.choice(list(stations)),
                   responsible=rnd.choice(everyone), category=rnd.choice(categories), cause=rnd.choice(causes)
                   if closed else None, description=rnd.choice(COMPLAINT_TEXTS), wants="给个说法", received_at=received,
                   received_by=supervisor, reported_to=supervisor, reported_at=received, reported_stand_in=False,
                   holder=supervisor, status=status, due_investigation=received + dt.timedelta(hours=24),
                   due_reply=received + dt.timedelta(hours=48), due_feedback=None if closed else
                   received + dt.timedelta(days=1), due_result=due_result, result_estimated=False,
                   next_due=None if closed else received + dt.timedelta(hours=24),
                   investigated_at=received + dt.timedelta(hours=rnd.randint(2, 30)) if closed else None,
                   replied_at=received + dt.timedelta(hours=30) if closed else None, last_feedback_at=None,
                   result_at=received + dt.timedelta(days=rnd.randint(1, 8)) if closed else None, paused_at=None,
                   paused_minutes=0, outcome=rnd.choice(("confirmed", "not_confirmed")) if closed else "",
                   corrective_action="加强培训" if closed else "", apology=closed, compensation="",
                   explanation="", beyond_order=False, approval="", approval_request="", approved_by=None,
                   approved_at=None, customer_response="满意" if closed else "",
                   closed_at=received + dt.timedelta(days=8) if closed else None, version=1)
        audit(received, "create", "complaint", comp)
        for k in range(rnd.randint(1, 4)):
            add(ComplaintLog, complaint=comp, at=received + dt.timedelta(hours=6 * (k + 1)), staff=supervisor,
                action=("investigate", "feedback", "reply", "result")[k], text="已联系客户", customer_told=k > 0)
        if closed and rnd.random() < 0.12:
            add(ComplaintMiss, complaint=comp, kind="result", due_at=due_result, failed_by=rnd.choice(everyone),
                recorded_at=due_result + dt.timedelta(minutes=1))

    # ------------------------------------------------------------------ handovers (two a day)
    for d in range(days):
        day = start + dt.timedelta(days=d)
        for hour in (13, 21):
            if rnd.random() < 0.01:
                continue
            at = dt.datetime.combine(day, dt.time(hour))
            hid = add(Handover, outgoing=supervisor, outgoing_shift=None, terminal=TERMINAL, submitted_at=at,
                      status="accepted", snapshot=snapshot_json, remark="", incoming=rnd.choice(staff_ids["receptionist"]),
                      accepted_at=at + dt.timedelta(minutes=5), withdrawn_at=None)
            if rnd.random() < 0.5:
                add(HandoverItem, handover=hid, position=0, text="回电话给新人确认取件", owner=supervisor,
                    due_at=at + dt.timedelta(hours=20))

    print(f"generated in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    with database.atomic():
        for model, batch in rows.items():
            _bulk_insert(database, model, batch)
    print(f"written in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    ctx.clock = FixedClock(now - dt.timedelta(hours=2))
    staff_service.start_shift(ctx, supervisor)
    database.execute_sql("ANALYZE")
    database.execute_sql("PRAGMA journal_mode=WAL")
    search.name_terms = original_name_terms  # type: ignore[assignment]
    counts = {m._meta.table_name: len(batch) for m, batch in rows.items()}
    close_database()
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="1 = 4,000 couples a year for five years")
    ap.add_argument("--out", help="write here instead of the cache")
    args = ap.parse_args(argv)
    t = time.perf_counter()
    if args.out:
        counts = make_dataset(args.out, args.scale)
        print(f"{args.out}: {counts} in {time.perf_counter() - t:.1f} s")
    else:
        print(cached_dataset(args.scale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
