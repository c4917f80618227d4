"""The evidence strip and "Merge into…" in the case dialog, through real widgets."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from app.complaints import cases, config, queries
from app.complaints import evidence as ev
from app.complaints.models import Complaint, ComplaintEvidence
from app.staff import service as staff
from ui.common.worker import wait_for_background
from ui.complaints.case import ComplaintCaseDialog
from ui.complaints.merge import MergeCaseDialog
from ui.complaints.tab import ComplaintsTab


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"])


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a) or QMessageBox.StandardButton.Ok)
    return shown


def make_case(ctx, boss, **kw):
    data = dict(complainant="王芳", channel="counter", category_id=config.categories()[0].id,
                description="礼服上有污渍", reported_to_id=boss.id, reported_at=ctx.now())
    data.update(kw)
    return cases.create_complaint(ctx, **data)


def png_file(path, color=(220, 40, 40)):
    Image.new("RGB", (300, 200), color).save(path, "PNG")
    return str(path)


def attach_and_wait(qtbot, dlg, paths):
    dlg.evidence.attach_paths(paths)
    qtbot.waitUntil(lambda: not dlg.evidence.busy, timeout=10_000)
    wait_for_background()


def test_attach_open_and_save_from_the_case_dialog(qtbot, ctx, boss, tmp_path):
    c = make_case(ctx, boss)
    dlg = ComplaintCaseDialog(ctx, c.id)
    qtbot.addWidget(dlg)
    strip = dlg.evidence
    assert strip.list.count() == 0 and not strip.open_button.isEnabled()
    photo = png_file(tmp_path / "污渍.png")
    strip.choose_files = lambda: [photo]
    qtbot.mouseClick(strip.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not strip.busy and strip.list.count() == 1, timeout=10_000)
    entry = strip.list.item(0)
    assert entry.text() == "污渍.png" and not entry.icon().isNull()
    assert entry.icon().availableSizes() or entry.icon().pixmap(32, 32).width() > 0
    assert "1" in strip.title.text()
    # the log line appeared in the dialog
    assert any(e.action == "evidence_added" for e in dlg.log_model.rows())
    # open: a copy is written and handed to the system viewer
    opened = []
    strip.open_url = opened.append
    strip.list.setCurrentRow(0)
    qtbot.mouseClick(strip.open_button, Qt.MouseButton.LeftButton)
    [url] = opened
    with open(url.toLocalFile(), "rb") as f:
        assert f.read() == open(photo, "rb").read()
    # save as
    target = tmp_path / "out" / "copy.png"
    strip.choose_save_path = lambda name: str(target) if name == "污渍.png" else ""
    qtbot.mouseClick(strip.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == open(photo, "rb").read()


def test_refused_files_are_named_in_the_strip_and_nothing_saved(qtbot, ctx, boss, tmp_path):
    c = make_case(ctx, boss)
    dlg = ComplaintCaseDialog(ctx, c.id)
    qtbot.addWidget(dlg)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    big = tmp_path / "big.mov"
    with big.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    good = png_file(tmp_path / "ok.png")
    attach_and_wait(qtbot, dlg, [str(empty), str(big), good, str(tmp_path / "gone.png")])
    message = dlg.evidence.error.text()
    assert dlg.evidence.error.isVisibleTo(dlg)
    assert "empty.jpg" in message and "big.mov" in message and "gone.png" in message
    assert [i.name for i in ev.list_evidence(c.id)] == ["ok.png"]


def test_dropping_files_on_the_case_attaches_them(qtbot, ctx, boss, tmp_path):
    c = make_case(ctx, boss)
    dlg = ComplaintCaseDialog(ctx, c.id)
    qtbot.addWidget(dlg)
    chat = tmp_path / "聊天截图.txt"
    chat.write_text("客人说礼服有污渍", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(png_file(tmp_path / "a.png")), QUrl.fromLocalFile(str(chat)),
                  QUrl("https://example.com/x.png"), QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    dlg.dropEvent(event)
    qtbot.waitUntil(lambda: not dlg.evidence.busy, timeout=10_000)
    wait_for_background()
    assert sorted(i.name for i in ev.list_evidence(c.id)) == ["a.png", "聊天截图.txt"]
    assert dlg.evidence.list.count() == 2


def test_new_evidence_while_waiting_shows_in_the_list_until_the_case_is_opened(qtbot, ctx, boss):
    c = make_case(ctx, boss)
    cases.wait_for_customer(ctx, c.id, "等客人发照片")
    out = io.BytesIO()
    Image.new("RGB", (80, 60), (0, 0, 200)).save(out, "PNG")
    ev.attach(ctx, c.id, "礼服.png", out.getvalue())
    tab = ComplaintsTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    [row] = [r for r in tab.model.rows() if r.id == c.id]
    status_col = next(i for i in range(tab.model.columnCount())
                      if tab.model.headerData(i, Qt.Orientation.Horizontal) == tab.tr("Status"))
    text = tab.model.index(tab.model.rows().index(row), status_col).data()
    assert "●" in text
    dlg = ComplaintCaseDialog(ctx, c.id)
    qtbot.addWidget(dlg)
    assert dlg.evidence.list.item(0).text().startswith("●")  # marked new in this viewing
    assert "●" in dlg.evidence.title.text()
    assert queries.get_case(ctx, c.id).new_evidence == 0  # seen now
    tab.refresh()
    [row] = [r for r in tab.model.rows() if r.id == c.id]
    assert "●" not in tab.model.index(tab.model.rows().index(row), status_col).data()


def test_merge_into_from_the_case_dialog(qtbot, ctx, boss, monkeypatch):
    bride = make_case(ctx, boss)
    groom = make_case(ctx, boss, complainant="赵强", channel="phone", contact="13900001111",
                      promised_reply_at=ctx.now().replace(hour=18))
    make_case(ctx, boss, complainant="李四")
    dlg = ComplaintCaseDialog(ctx, groom.id)
    qtbot.addWidget(dlg)
    picked = {}

    def run_merge(picker):
        assert groom.id not in [r.id for r in picker.model.rows()]  # not into itself
        picker.do_merge()  # nothing chosen: the message is next to the list
        assert picker.errors.text("merge_into") and not picker.merged
        picker.search.setText(bride.case_no)
        picker.search.flush()
        assert [r.id for r in picker.model.rows()] == [bride.id]
        picker.table.selectRow(0)
        picker.note.setText("同一件事")
        qtbot.mouseClick(picker.merge_button, Qt.MouseButton.LeftButton)
        picked["merged"] = picker.merged
        return 1

    monkeypatch.setattr(MergeCaseDialog, "exec", run_merge)
    qtbot.mouseClick(dlg.merge_button, Qt.MouseButton.LeftButton)
    assert picked["merged"]
    assert Complaint.get_by_id(groom.id).status == "merged"
    assert not dlg.merge_button.isEnabled() and not dlg.evidence.attach_button.isEnabled()
    assert bride.case_no in dlg.header.text()
    survivor = ComplaintCaseDialog(ctx, bride.id)
    qtbot.addWidget(survivor)
    assert groom.case_no in survivor.header.text() and "139****1111" in survivor.header.text()
    what_col = 2
    texts = [survivor.log_model.index(i, what_col).data() for i in range(survivor.log_model.rowCount())]
    assert any(t.startswith(f"[{groom.case_no}]") for t in texts)
    assert ComplaintEvidence.select().count() == 0


def test_attach_to_a_log_entry_from_the_log(qtbot, ctx, boss, tmp_path):
    c = make_case(ctx, boss)
    cases.add_follow_up(ctx, c.id, "客人微信发来两张照片", customer_told=True)
    dlg = ComplaintCaseDialog(ctx, c.id)
    qtbot.addWidget(dlg)
    proxy = dlg.log_table.model()
    row = next(i for i in range(proxy.rowCount()) if "微信" in (proxy.index(i, 4).data() or ""))
    photo = png_file(tmp_path / "微信照片.png")
    dlg.evidence.choose_files = lambda: [photo]
    dlg.attach_to_log_entry(row)
    qtbot.waitUntil(lambda: not dlg.evidence.busy and dlg.evidence.list.count() == 1, timeout=10_000)
    wait_for_background()
    [item] = ev.list_evidence(c.id)
    entry_id = next(e.id for e in queries.case_log(c.id) if "微信" in e.text)
    assert item.log_entry_id == entry_id
    assert dlg.evidence.list.item(0).toolTip().count("\n") >= 3  # says which log entry it belongs to
