"""Search terms rebuilt once with the current rules: every reading of a surname (朴 Piáo, 曾 Zēng, 尉迟 Yùchí)
and full names without their spaces ("annasmith"). Couples saved before this only had the everyday reading.

Reads and writes the two tables directly (no live models, which may have grown columns since); the terms
come from ``app.checkin.search.couple_terms``, a pure function. Frozen copy: never edit after release."""

import peewee as pw


def up(migrator, db):
    from app.checkin.search import couple_terms

    couple = pw.Table("couple", ("id", "order_no", "bride_name", "groom_name", "bride_phone",
                                 "groom_phone")).bind(db)
    term = pw.Table("search_term", ("term", "couple_id")).bind(db)
    with db.atomic():
        rows = list(couple.select(couple.id, couple.order_no, couple.bride_name, couple.groom_name,
                                  couple.bride_phone, couple.groom_phone).tuples())
        term.delete().execute()
        batch: list[dict] = []
        for cid, order_no, bride, groom, bride_phone, groom_phone in rows:
            for t in sorted(couple_terms(order_no or "", bride or "", groom or "",
                                         [bride_phone or "", groom_phone or ""])):
                batch.append({"term": t, "couple_id": cid})
            if len(batch) >= 500:
                term.insert(batch).execute()
                batch = []
        if batch:
            term.insert(batch).execute()
