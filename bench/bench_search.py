"""Check-in search at five years of data (20,000 couples): indexed prefix terms vs. a full-scan LIKE.

    uv run python bench/bench_search.py [--couples 20000]

Both are measured in the same run on the same file; the figure that matters is the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypinyin import lazy_pinyin

from app.checkin import queries as checkin_queries
from app.checkin.models import Couple, SearchTerm
from app.checkin.search import couple_terms
from app.core.db import db, open_database

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅琳雪婷慧晨宇浩然子轩雨桐思琪欣怡嘉"


def fill(n: int) -> None:
    rnd = random.Random(1)
    now = dt.datetime(2026, 11, 20, 9)
    rows, terms = [], []
    for i in range(n):
        b = rnd.choice(SURNAMES) + "".join(rnd.choices(GIVEN, k=rnd.choice([1, 2])))
        g = rnd.choice(SURNAMES) + "".join(rnd.choices(GIVEN, k=rnd.choice([1, 2])))
        bp = f"13{rnd.randint(0, 9)}{rnd.randint(10_000_000, 99_999_999)}"
        gp = f"15{rnd.randint(0, 9)}{rnd.randint(10_000_000, 99_999_999)}"
        rows.append(dict(id=i + 1, order_no=f"YL{2022 + i // 4000}{i:06d}", bride_name=b, groom_name=g,
                         bride_phone=bp, groom_phone=gp, bride_phone_last4=bp[-4:], groom_phone_last4=gp[-4:],
                         shoot_date=dt.date(2022, 1, 1) + dt.timedelta(days=i // 11), created_at=now, updated_at=now))
        terms += [{"term": t, "couple": i + 1} for t in couple_terms(rows[-1]["order_no"], b, g, [bp, gp])]
    with db.atomic():
        for k in range(0, len(rows), 500):
            Couple.insert_many(rows[k:k + 500]).execute()
        for k in range(0, len(terms), 2000):
            SearchTerm.insert_many(terms[k:k + 2000]).execute()


def full_scan(q: str) -> list[int]:
    """The naive baseline: LIKE '%q%' over every searchable column, pinyin computed per row in Python."""
    like = f"%{q}%"
    ids = [c.id for c in Couple.select(Couple.id).where(
        Couple.bride_name.contains(q) | Couple.groom_name.contains(q) | Couple.bride_phone.contains(q)
        | Couple.groom_phone.contains(q) | Couple.order_no ** like)]
    if q.isascii() and q.isalpha():
        for c in Couple.select(Couple.id, Couple.bride_name, Couple.groom_name):
            if any("".join(p[0] for p in lazy_pinyin(n)).startswith(q) for n in (c.bride_name, c.groom_name)):
                ids.append(c.id)
    return ids


def timed(fn, queries, repeat=3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for q in queries:
            fn(q)
        best = min(best, time.perf_counter() - t)
    return best / len(queries)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--couples", type=int, default=20_000)
    n = ap.parse_args().couples
    with tempfile.TemporaryDirectory() as tmp:
        open_database(str(Path(tmp) / "bench.db"))
        t = time.perf_counter()
        fill(n)
        print(f"filled {n} couples, {SearchTerm.select().count()} search terms in {time.perf_counter() - t:.1f} s")
        queries = ["zw", "王", "5678", "13812345678", "YL2024008000", "lm", "张伟"]
        ours = timed(lambda q: checkin_queries.search_couples(q), queries)
        naive = timed(full_scan, queries[:3], repeat=1)
        print(f"indexed search: {ours * 1000:.2f} ms/query")
        print(f"full-scan baseline (LIKE '%q%' + pinyin per row): {naive * 1000:.1f} ms/query")
        print(f"ratio baseline/indexed: {naive / ours:.0f}x")


if __name__ == "__main__":
    main()
