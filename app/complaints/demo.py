"""Demo complaints: open, overdue, paused, waiting for approval, resolved and closed, call-backs due (one
not reached twice), photos attached (one arrived while the case waited for the customer: "● new evidence"),
and a duplicate merged into its twin (bride and groom both called) — through services."""

from __future__ import annotations

import datetime as dt
import io

from app.checkin.models import Couple, Visit
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.flow.models import Station
from app.staff.models import Staff

from . import callbacks, cases, config, evidence


def _staff(name: str) -> int:
    return Staff.get(Staff.name == name).id


def _station(code: str) -> int:
    return Station.get(Station.code == code).id


def _category(name: str) -> int:
    return next(c.id for c in config.categories() if c.name == name)


def _responsible(ctx: AppContext, couple: Couple, station_code: str, default: str) -> int:
    """Who worked on the couple at that station (from the flow when installed), else ``default``."""
    station = _station(station_code)
    for member, station_id in config.responsible_candidates(ctx, couple.id):
        if station_id == station:
            return member.id
    return _staff(default)


def _cause(name: str) -> int:
    return next(c.id for c in config.causes() if c.name == name)


def _picture(kind: str) -> bytes:
    """A small made-up photo (drawn here, no files shipped): the eye after lash glue, a stained gown, a chat."""
    from PIL import Image, ImageDraw

    if kind == "eye":
        img = Image.new("RGB", (480, 320), (236, 196, 170))
        d = ImageDraw.Draw(img)
        d.ellipse((90, 110, 390, 230), fill=(250, 236, 236), outline=(120, 60, 50), width=4)
        for x, y in ((120, 150), (340, 160), (150, 200), (320, 200)):
            d.ellipse((x - 28, y - 16, x + 28, y + 16), fill=(228, 90, 90))
        d.ellipse((195, 120, 285, 220), fill=(70, 45, 30))
        d.ellipse((225, 150, 255, 185), fill=(10, 10, 10))
        d.arc((80, 60, 400, 250), 200, 340, fill=(40, 30, 30), width=6)
    elif kind == "gown":
        img = Image.new("RGB", (360, 480), (120, 120, 130))
        d = ImageDraw.Draw(img)
        d.polygon([(150, 20), (210, 20), (240, 160), (330, 470), (30, 470), (120, 160)], fill=(250, 248, 240))
        d.ellipse((170, 300, 250, 350), fill=(176, 140, 96))
        d.ellipse((200, 330, 235, 370), fill=(160, 120, 80))
    else:
        img = Image.new("RGB", (300, 520), (237, 237, 237))
        d = ImageDraw.Draw(img)
        d.rectangle((0, 0, 300, 44), fill=(60, 60, 60))
        for i, (left, w) in enumerate(((True, 200), (False, 150), (True, 230), (True, 120), (False, 180))):
            y = 70 + i * 85
            box = (16, y, 16 + w, y + 56) if left else (284 - w, y, 284, y + 56)
            d.rounded_rectangle(box, 8, fill=(255, 255, 255) if left else (149, 236, 105))
    out = io.BytesIO()
    img.save(out, "JPEG" if kind != "chat" else "PNG", quality=85)
    return out.getvalue()


def add_demo_complaints(ctx: AppContext, couples: list[Couple], visits: list[Visit], clock: FixedClock,
                        end: dt.datetime) -> None:
    back = clock.now()
    receptionist = ctx.operator_id
    day = end.replace(hour=0, minute=0, second=0)

    def at(days: int, hour: int, minute: int = 0) -> dt.datetime:
        t = day - dt.timedelta(days=days) + dt.timedelta(hours=hour, minutes=minute)
        clock.set(t)
        return t

    boss, dispatcher = _staff("黄蓉"), _staff("马骏")

    # Last week: delivery delay, confirmed, compensated within the order, closed with thanks.
    t = at(8, 10, 15)
    c = cases.create_complaint(
        ctx, couple_id=couples[12].id, complainant=couples[12].bride_name, contact=couples[12].bride_phone,
        channel="phone", occurred_at=t, station_id=_station("pickup"), category_id=_category("交件延误"),
        cause_id=_cause("排期或人手不足"), description="约定上周取件，到店后被告知相册还在工厂。",
        wants="尽快拿到相册，并给个说法。", reported_to_id=boss, reported_at=t,
        promised_reply_at=t + dt.timedelta(hours=4))
    at(8, 13)
    cases.record_investigation(ctx, c.id, "工厂排产延误两天，已加急。", customer_told=True)
    at(7, 16)
    cases.resolve(ctx, c.id, "confirmed", corrective_action="工厂加急，安排专人送件上门。", apology=True,
               compensation="赠送一张12寸摆台（订单条款内）。")
    at(6, 11)
    cases.close(ctx, c.id, "客人收到相册，表示满意。")
    # Its call-back (回访): nobody answered twice; due again today.
    first_callback = callbacks.case_callbacks(ctx, c.id)[0].id
    at(5, 11)
    callbacks.record_call(ctx, first_callback, reached=False, comment="无人接听")
    at(1, 17, 30)
    callbacks.record_call(ctx, first_callback, reached=False, comment="关机，明天再打")

    # Two weeks ago: retouched photos late, put right, closed; the call-back reached a happy customer (won back).
    t = at(13, 16, 20)
    c = cases.create_complaint(
        ctx, couple_id=couples[9].id, complainant=couples[9].bride_name, contact=couples[9].bride_phone,
        channel="phone", occurred_at=t, station_id=_station("pickup"), category_id=_category("交件延误"),
        cause_id=_cause("排期或人手不足"), description="精修片比约定晚了三天还没发来。", wants="本周内拿到精修片。",
        reported_to_id=boss, reported_at=t, promised_reply_at=t + dt.timedelta(hours=4))
    at(12, 10)
    cases.resolve(ctx, c.id, "confirmed", corrective_action="后期组加班，当天发送全部精修片并致歉。", apology=True)
    at(11, 15)
    cases.close(ctx, c.id, "客人收到精修片，很满意。", callback_owner_id=_staff("刘芳"))
    at(4, 11, 30)
    callbacks.record_call(ctx, callbacks.case_callbacks(ctx, c.id)[0].id, reached=True, satisfaction=5,
                          comment="新娘说照片很好看，会推荐朋友来拍。")

    # Three days ago: a long wait at the counter, apologised for, closed yesterday: call back today.
    t = at(3, 14, 10)
    c = cases.create_complaint(
        ctx, couple_id=couples[11].id, complainant=couples[11].groom_name, contact=couples[11].groom_phone,
        channel="counter", occurred_at=t - dt.timedelta(minutes=20), station_id=_station("wardrobe"),
        category_id=_category("等候时间"), cause_id=_cause("排期或人手不足"),
        description="试礼服等了半小时没人招呼。", wants="以后别让客人干等。", reported_to_id=boss, reported_at=t)
    at(2, 10)
    cases.resolve(ctx, c.id, "confirmed", corrective_action="礼服区增加一名助理，等候超过15分钟主动招呼。",
                  apology=True)
    at(1, 16)
    cases.close(ctx, c.id, "新郎接受道歉。", callback_owner_id=_staff("刘芳"))

    # Two days ago, by phone: promised a reply yesterday evening; nobody called back → overdue, on top.
    ctx.operator_id = _staff("刘芳")
    t = at(2, 15, 40)
    cases.create_complaint(
        ctx, complainant="孙女士", contact="13811112222", channel="phone",
        occurred_at=t - dt.timedelta(days=1), station_id=_station("selection"),
        responsible_id=_staff("何雪"), category_id=_category("选片/销售压力"),
        cause_id=_cause("员工态度/言语不当"),
        description="选片时被反复推销加选，拒绝后选片师态度冷淡。", wants="店长道歉，按原套系选片。",
        reported_to_id=boss, reported_at=t, promised_reply_at=day - dt.timedelta(days=1) + dt.timedelta(hours=18))
    ctx.operator_id = receptionist

    # Yesterday: retouch quality, waiting for the customer to mark the photos (clocks paused).
    t = at(1, 14, 20)
    c = cases.create_complaint(
        ctx, couple_id=couples[13].id, complainant=couples[13].bride_name, contact="微信 " + couples[13].order_no,
        channel="online", occurred_at=t, station_id=_station("retouch"), responsible_id=_staff("许超"),
        category_id=_category("后期修片质量"), cause_id=_cause("审美/专业认识差异"),
        description="精修片磨皮过重，脸型修得不像本人。", wants="重新修图。", reported_to_id=boss, reported_at=t,
        promised_reply_at=t + dt.timedelta(hours=3))
    at(1, 16)
    cases.record_investigation(ctx, c.id, "后期主管看过原片，同意按客人标注返修。", customer_told=True)
    at(1, 16, 10)
    cases.wait_for_customer(ctx, c.id, "请客人在小程序里标出需要返修的照片编号。")
    waiting_retouch = c.id

    # Yesterday: compensation beyond the order, waiting for the executive manager.
    t = at(1, 11, 5)
    c = cases.create_complaint(
        ctx, couple_id=couples[10].id, complainant=couples[10].groom_name, contact=couples[10].groom_phone,
        channel="counter", occurred_at=t - dt.timedelta(days=3), station_id=_station("outdoor"),
        responsible_id=_staff("冯涛"), category_id=_category("摄影"), cause_id=_cause("未按流程操作"),
        description="外景少拍了一组海边场景，订单里写明有。", wants="免费补拍并赠送相册。",
        reported_to_id=dispatcher, reported_at=t)
    at(1, 15)
    cases.record_investigation(ctx, c.id, "核对底片，确实少拍一组。摄影师承认遗漏。", customer_told=True)
    cases.request_approval(ctx, c.id, "免费补拍海边外景一组，另赠10寸相册一本（超出订单）。")

    # Yesterday: an aesthetic disagreement, explained professionally (resolved, not confirmed).
    t = at(1, 10, 30)
    c = cases.create_complaint(
        ctx, couple_id=couples[9].id, complainant=couples[9].bride_name, contact="",
        channel="onsite_makeup", occurred_at=t, station_id=_station("makeup"), responsible_id=_staff("孙倩"),
        category_id=_category("化妆"), cause_id=_cause("审美/专业认识差异"),
        description="新娘觉得眼妆太浓。", wants="改淡一些。", reported_to_id=dispatcher, reported_at=t)
    at(1, 10, 50)
    cases.resolve(ctx, c.id, "not_confirmed",
               explanation="棚拍灯光下需要较浓的眼妆，化妆主管现场对比样片说明，并把眼线调细。")

    # This morning: on site at makeup — the special request was not relayed.
    t = end - dt.timedelta(minutes=95)
    clock.set(t)
    c = cases.create_complaint(
        ctx, couple_id=couples[1].id, complainant=couples[1].bride_name, contact=couples[1].bride_phone,
        channel="onsite_makeup", occurred_at=t - dt.timedelta(minutes=10), station_id=_station("makeup"),
        responsible_id=_responsible(ctx, couples[1], "makeup", "赵敏"), category_id=_category("化妆"),
        cause_id=_cause("特殊要求未传达"),
        description="登记时说明对睫毛胶过敏，化妆师仍用了普通睫毛胶，眼睛发红。",
        wants="换无胶款重新化妆，要个说法。", reported_to_id=dispatcher, reported_at=t)
    clock.set(t + dt.timedelta(minutes=30))
    cases.record_investigation(ctx, c.id, "流程单上的特殊要求没有传到化妆间。已卸妆冷敷，换无胶款重化。",
                            customer_told=True)
    evidence.attach(ctx, c.id, "新娘右眼_睫毛胶过敏.jpg", _picture("eye"))

    # This morning by phone, twice: the bride, then the groom, about the same stained gown → merged.
    t = end - dt.timedelta(minutes=80)
    clock.set(t)
    bride = cases.create_complaint(
        ctx, couple_id=couples[8].id, complainant=couples[8].bride_name, contact=couples[8].bride_phone,
        channel="phone", occurred_at=t - dt.timedelta(days=2), station_id=_station("wardrobe"),
        category_id=_category("礼服"), cause_id=_cause("待查明"),
        description="拍摄那天的主纱裙摆有一块黄褐色污渍，样片里很明显。", wants="后期修掉，礼服部给个说法。",
        reported_to_id=boss, reported_at=t, promised_reply_at=end + dt.timedelta(hours=3))
    evidence.attach(ctx, bride.id, "主纱裙摆污渍.jpg", _picture("gown"))
    clock.set(t + dt.timedelta(minutes=35))
    groom = cases.create_complaint(
        ctx, couple_id=couples[8].id, complainant=couples[8].groom_name, contact=couples[8].groom_phone,
        channel="phone", occurred_at=t - dt.timedelta(days=2), station_id=_station("wardrobe"),
        category_id=_category("礼服"), cause_id=_cause("待查明"),
        description="新郎来电：婚纱上有污渍，照片要重拍吗？", wants="尽快答复。",
        reported_to_id=boss, reported_at=t + dt.timedelta(minutes=35), promised_reply_at=end + dt.timedelta(hours=2))
    clock.set(t + dt.timedelta(minutes=45))
    cases.merge_into(ctx, groom.id, bride.id, "新郎和新娘说的是同一件礼服污渍。")

    # The retouch customer sent her marked photos this morning, while the case waits for her.
    clock.set(end - dt.timedelta(minutes=40))
    evidence.attach(ctx, waiting_retouch, "客人标注_返修照片.png", _picture("chat"))

    # Just now: an online complaint with a reply promised within the hour (due soon); supervisor absent.
    t = end - dt.timedelta(minutes=25)
    clock.set(t)
    cases.create_complaint(
        ctx, complainant="周女士", contact="微博私信 @小周爱拍照", channel="online", occurred_at=t,
        category_id=_category("等候时间"), cause_id=_cause("待查明"),
        description="周六到店后在休息区等了40分钟才开始化妆，没人招呼。", wants="解释原因。",
        reported_to_id=_staff("陈静"), stand_in=True, reported_at=t,
        promised_reply_at=end + dt.timedelta(minutes=50))
    clock.set(back)

