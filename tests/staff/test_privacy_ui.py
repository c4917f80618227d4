"""Client-safe toggle (F9) through the real main window; phones masked in what supervisors see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.common.privacy import Privacy


@pytest.fixture(autouse=True)
def _reset_privacy():
    yield
    Privacy.instance().set_client_safe(False)


def test_f9_toggles_client_safe_with_indicator(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    indicator = window.client_safe_label
    assert not Privacy.instance().client_safe and not indicator.isVisible()
    seen = []
    Privacy.instance().changed.connect(seen.append)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F9)
    assert Privacy.instance().client_safe and indicator.isVisible()
    assert window.client_safe_action.isChecked()
    assert "F9" in indicator.text() and "隐藏" in indicator.text()
    assert Privacy.instance().private_text("新娘对睫毛胶过敏") == "•••"
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F9)
    assert not Privacy.instance().client_safe and not indicator.isVisible()
    assert seen == [True, False]
    Privacy.instance().changed.disconnect(seen.append)


def test_menu_action_and_other_sources_stay_in_sync(window):
    window.client_safe_action.trigger()
    assert Privacy.instance().client_safe
    Privacy.instance().set_client_safe(False)  # e.g. another tab's button
    assert not window.client_safe_action.isChecked() and window.client_safe_label.isHidden()


def test_reveal_refused_in_client_safe_mode(window, couple, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.common.privacy import reveal_phone_dialog

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    Privacy.instance().set_client_safe(True)
    assert reveal_phone_dialog(window, window.ctx, couple.id, "bride") is None
    assert shown and "F9" in shown[0]


def test_reveal_through_the_dialog_is_audited(window, couple, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    import ui.common.pin_dialog
    from app.core.models import AuditLog
    from ui.common.privacy import reveal_phone_dialog

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(ui.common.pin_dialog, "ask_pin", lambda *a, **k: (window.ctx.operator_id, "2468"))
    assert reveal_phone_dialog(window, window.ctx, couple.id, "bride") == "13812345678"
    assert shown == ["13812345678"]
    assert AuditLog.select().where(AuditLog.action == "privacy.reveal_phone").count() == 1


def test_audit_viewer_masks_phones(qtbot, qtmodeltester, ctx, couple):
    from app.core.audit_query import open_audit
    from app.staff import service as staff
    from ui.settings.audit_viewer import AuditViewer

    boss = staff.add_staff(ctx, "杨总", ["executive_manager"], pin="739153")
    viewer = AuditViewer(ctx, open_audit(ctx, boss.id, "739153"))
    qtbot.addWidget(viewer)
    qtmodeltester.check(viewer.model)
    texts = [viewer.proxy.index(r, c).data() for r in range(viewer.proxy.rowCount())
             for c in range(viewer.proxy.columnCount())]
    assert any("138****5678" in t for t in texts)
    assert not any("13812345678" in t or "13987654321" in t for t in texts)
    for r in range(viewer.proxy.rowCount()):
        viewer.view.selectRow(r)
        assert "13812345678" not in viewer.detail.toPlainText()


def _everything_on_screen(root) -> list[str]:
    """Every text a customer could read: labels, fields, buttons, and every cell and tooltip of every view."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    out = []
    for w in root.findChildren(QLabel):
        out.append(w.text())
    for w in root.findChildren(QLineEdit):
        out += [w.text(), w.placeholderText()]
    for w in root.findChildren(QAbstractButton):
        out.append(w.text())
    for w in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        out.append(w.toPlainText())
    for view in root.findChildren(QAbstractItemView):
        m = view.model()
        if m is None:
            continue
        for r in range(m.rowCount()):
            for c in range(m.columnCount()):
                idx = m.index(r, c)
                out += [str(idx.data() or ""), str(idx.data(Qt.ItemDataRole.ToolTipRole) or "")]
    return out


def test_no_full_phone_number_anywhere_on_the_counter_screen(window, ctx, couple):
    """Done-when of issue 7: nothing a customer can see at the counter shows a full phone number."""
    from app.checkin import commands as checkin

    visit = checkin.check_in_couple(ctx, couple.id)
    checkin.check_in_consult(ctx, "钱女士", "13712345678", "旅拍", ctx.today())
    checkin.issue_key(ctx, visit.id, "05")
    checkin_tab = window.checkin_tab
    checkin_tab.search.setText("zw")
    checkin_tab.search.flush()
    window.refresh_all()
    texts = _everything_on_screen(window)
    joined = "\n".join(texts)
    assert "138****5678" in joined  # the masked form is shown
    for full in ("13812345678", "13987654321", "13712345678"):
        assert full not in joined
    # Client-safe mode also hides the special requests.
    assert "睫毛胶" in joined
    Privacy.instance().set_client_safe(True)
    joined = "\n".join(_everything_on_screen(window))
    assert "睫毛胶" not in joined
    for full in ("13812345678", "13987654321", "13712345678"):
        assert full not in joined


def test_check_in_card_reveals_a_number_only_through_the_audited_action(window, couple, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    import ui.common.pin_dialog
    from app.core.models import AuditLog

    tab = window.checkin_tab
    tab.search.setText("zw")
    tab.search.flush()
    assert tab.reveal_btn.isEnabled() and "13812345678" not in tab.card_info.text()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(ui.common.pin_dialog, "ask_pin", lambda *a, **k: (window.ctx.operator_id, "2468"))
    tab.reveal_btn.menu().actions()[1].trigger()
    assert shown == ["13987654321"]
    e = AuditLog.select().where(AuditLog.action == "privacy.reveal_phone").get()
    assert e.record_id == couple.id and "groom" in e.after
    assert "13987654321" not in tab.card_info.text()
