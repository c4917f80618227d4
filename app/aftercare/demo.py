"""Demo: after the shoot — two found items waiting to be claimed and an umbrella lent to a couple
(selection, pickup and tomorrow's clash are added by their own steps below). Everything goes through services."""

from __future__ import annotations

import datetime as dt

from app.aftercare import lostfound
from app.aftercare import pickup as pk
from app.aftercare import selection as sel
from app.checkin import commands as checkin
from app.checkin.demo import PACKAGES
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.staff.models import Staff

# name -> photos included, price per extra photo (fen), price (fen), products
DEMO_PACKAGES = {
    PACKAGES[0]: (30, 8000, 599900, [("30页精修相册", 1), ("24寸装框放大", 1), ("全部底片U盘", 1)]),
    PACKAGES[1]: (40, 8000, 799900, [("40页水晶相册", 1), ("30寸油画框", 1), ("6寸摆台", 2), ("全部底片U盘", 1)]),
    PACKAGES[2]: (25, 6000, 459900, [("25页中式相册", 1), ("20寸装框放大", 1), ("全部底片U盘", 1)]),
    PACKAGES[3]: (50, 10000, 1299900, [("50页旅拍相册", 1), ("36寸装框放大", 1), ("微电影", 1), ("全部底片U盘", 1)]),
    PACKAGES[4]: (30, 6000, 399900, [("30页相册", 1), ("全部底片U盘", 1)]),
}


def demo_lost_and_found(ctx: AppContext, couples: list, visits: list, clock: FixedClock, end: dt.datetime) -> None:
    resume = clock.now()
    lostfound.record_found(ctx, "黑色折叠伞", found_where="二楼休息区", found_by="周婷", kept_where="前台失物柜",
                           found_at=end - dt.timedelta(days=3, hours=2))
    lostfound.record_found(ctx, "白色充电宝（小米）", found_where="化妆间 3 号位", found_by="赵敏",
                           kept_where="前台抽屉 2", found_at=end - dt.timedelta(minutes=50))
    if len(visits) > 2:
        clock.set(end - dt.timedelta(minutes=40))
        lostfound.lend(ctx, "umbrella", "20", visit_id=visits[2].id, note="外景下雨")
    clock.set(resume)


def demo_later_visits(ctx: AppContext, couples: list, visits: list, clock: FixedClock, end: dt.datetime) -> None:
    """The package list; a couple choosing photos right now (selection in progress, extras accepted but not
    signed yet); a couple who picked up this morning with one item missing (follow-up booked, balance paid)."""
    resume = clock.now()
    operator = ctx.operator_id
    boss = Staff.get_or_none(Staff.name == "黄蓉")
    seller = Staff.get_or_none(Staff.name == "何雪")
    pkgs = {}
    for name, (photos, extra, price, products) in DEMO_PACKAGES.items():
        pkgs[name] = sel.store_package(AppContext(clock=ctx.clock, operator_id=boss.id if boss else None,
                                                  terminal=ctx.terminal), name, photos, extra, price, products)
    today = end.date()
    chooser = checkin.create_couple(ctx, order_no=f"YL{today - dt.timedelta(days=18):%Y%m%d}-07",
                                    bride_name="林晓月", groom_name="宋嘉豪", bride_phone="13676543210",
                                    groom_phone="15876543210", package=PACKAGES[1],
                                    shoot_date=today - dt.timedelta(days=18))
    picker = checkin.create_couple(ctx, order_no=f"YL{today - dt.timedelta(days=45):%Y%m%d}-03",
                                   bride_name="何佳音", groom_name="罗文博", bride_phone="13567894321",
                                   groom_phone="18667894321", package=PACKAGES[0],
                                   shoot_date=today - dt.timedelta(days=45))
    sel.set_order(ctx, chooser.id, pkgs[PACKAGES[1]].id, pkgs[PACKAGES[1]].price_fen, 300000)
    sel.set_order(ctx, picker.id, pkgs[PACKAGES[0]].id, pkgs[PACKAGES[0]].price_fen, 200000)
    # The pickup couple chose their photos weeks ago (4 extras, signed).
    clock.set(end - dt.timedelta(days=30))
    s = sel.start_selection(ctx, picker.id, seller_id=seller.id if seller else None)
    sel.save_selection(ctx, s.id, photos_chosen=34, extras_offered=6, decision="accepted",
                       notes="新娘喜欢外景组，加选 4 张")
    sel.sign_selection(ctx, s.id)
    # This morning: the pickup, the framed enlargement not ready.
    clock.set(end - dt.timedelta(minutes=70))
    due = sel.balance(picker.id).due_fen
    pk.record_pickup(ctx, picker.id, [pk.ItemCheck("30页精修相册"), pk.ItemCheck("全部底片U盘"),
                                      pk.ItemCheck("24寸装框放大", missing=True, reason="相框运输中破损，重新制作")],
                     follow_up_at=dt.datetime.combine(today + dt.timedelta(days=5), dt.time(14, 0)),
                     collect=due, method="wechat", receipt_no=f"SK{today:%Y%m%d}-01")
    # Now: a selection in progress (counts recorded, extras accepted, the sheet not signed yet).
    clock.set(end - dt.timedelta(minutes=25))
    s = sel.start_selection(ctx, chooser.id, seller_id=seller.id if seller else None)
    sel.save_selection(ctx, s.id, photos_chosen=45, extras_offered=8, decision="accepted",
                       notes="新郎想多要两张单人照")
    ctx.operator_id = operator
    clock.set(resume)

