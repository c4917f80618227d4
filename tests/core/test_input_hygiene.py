"""Bad characters and huge text at the service boundary: refused with the field named, never a crash."""

import pytest

from app.appointments import service as appointments
from app.checkin import commands as checkin
from app.checkin import queries as checkin_queries
from app.checkin.models import Couple, SearchTerm
from app.complaints import queries
from app.core.errors import ValidationError
from app.core.validation import char_error, clean_text, normalize_phone, phone_last4, search_text

NASTY = ["\ud800", "a\udfffb", "张\x00伟", "x\x1by", "\x7f", "a\u0085b"]


@pytest.mark.parametrize("bad", NASTY)
def test_couple_with_bad_characters_is_refused_field_named(ctx, bad):
    with pytest.raises(ValidationError) as e:
        checkin.create_couple(ctx, order_no="A-1", bride_name=bad, groom_name="李明", bride_phone="13800000000",
                              notes=bad)
    assert {"bride_name", "notes"} <= set(e.value.errors)
    assert Couple.select().count() == 0 and SearchTerm.select().count() == 0


def test_newline_and_tab_are_text(ctx):
    assert char_error("第一行\n第二行\t完") is None
    c = checkin.create_couple(ctx, order_no="A-2", bride_name="张伟", groom_name="李明", bride_phone="13800000000",
                              notes="第一行\r\n第二行\t完")
    assert c.notes == "第一行\n第二行\t完"


def test_phone_digits_of_other_scripts_are_ascii(ctx):
    assert normalize_phone("١٣٨١٢٣٤٥٦٧٨") == "13812345678"  # Arabic-Indic
    assert normalize_phone("１３８ １２３４ ５６７８") == "13812345678"  # full-width
    assert phone_last4("۱۳۸۱۲۳۴۵۶۷۸") == "5678"  # Extended Arabic-Indic
    c = checkin.create_couple(ctx, order_no="A-3", bride_name="张伟", groom_name="李明", bride_phone="١٣٨١٢٣٤٥٦٧٨")
    assert c.bride_phone == "13812345678" and c.bride_phone_last4 == "5678"
    assert [r.id for r in checkin_queries.search_couples("٥٦٧٨")] == [c.id]
    assert [r.id for r in checkin_queries.search_couples("5678")] == [c.id]


@pytest.mark.parametrize("text", ["\x00", "张\x00", "\ud800", "a" * 100_000, "1" * 100_000, "\x00" * 100_000,
                                  "' OR 1=1 --\x00\udc00"])
def test_searches_never_reach_the_database_as_an_error(ctx, couple, text):
    assert len(search_text(text)) <= 100
    assert isinstance(checkin_queries.search_couples(text), list)
    assert checkin_queries.find_by_order_no(text) is None
    assert isinstance(appointments.search_people(text), list)
    assert isinstance(queries.list_cases(ctx, text=text), list)


def test_clean_text_drops_what_the_driver_cannot_take():
    assert clean_text(" a\ud800b\x00c\r\nd\te ") == "abc\nd\te"
