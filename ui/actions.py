"""The main window's keyboard: tab switching, the counter's main actions and help, as QActions on the
window (Qt.WindowShortcut), so they work wherever focus is in the window (the tab bar, a table, a box).

Each action is shown in the 前台 / Counter menu with its shortcut and has a tooltip that says it.
``install(window)`` is the one call the main window makes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMainWindow, QMenu, QMessageBox, QWidget

from app.core.i18n import translate

TAB_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")


@dataclass(frozen=True)
class Shortcut:
    name: str  # objectName of the QAction
    keys: str
    text: str
    tip: str


def shortcuts() -> list[Shortcut]:
    """The counter's main actions, in menu order (also listed in the help)."""
    return [
        Shortcut("actNewComplaint", "Ctrl+N", translate("Actions", "New complaint…"), translate("Actions", "Record a complaint (counter or phone)")),
        Shortcut("actWalkIn", "Ctrl+K", translate("Actions", "Consultation walk-in…"), translate("Actions", "A walk-in asking: name, phone, call-back")),
        Shortcut("actVisitor", "Ctrl+G", translate("Actions", "Someone looking for them…"),
                 translate("Actions", "A visitor asks where the selected couple is")),
        Shortcut("actNewOrder", "Ctrl+O", translate("Actions", "New order…"), translate("Actions", "Create a couple's order")),
        Shortcut("actCheckOut", "Ctrl+L", translate("Actions", "Check out…"), translate("Actions", "The selected guest in the store leaves")),
        Shortcut("actConfirmations", "Ctrl+T", translate("Actions", "Tomorrow's confirmations…"),
                 translate("Actions", "Call the next opening day's appointments and send the reminders")),
        Shortcut("actPrintSheet", "Ctrl+P", translate("Actions", "Print flow sheet…"), translate("Actions", "Print the selected couple's flow sheet")),
        Shortcut("actFind", "Ctrl+F", translate("Actions", "Find"), translate("Actions", "Go to the search box of this tab")),
        Shortcut("actHelp", "F1", translate("Actions", "Help"), translate("Actions", "The counter's manual: a day at the counter, shortcuts, colours")),
    ]


def _action(window: QMainWindow, sc: Shortcut, slot: Callable[[], object]) -> QAction:
    act = QAction(sc.text, window)
    act.setObjectName(sc.name)
    act.setShortcut(QKeySequence(sc.keys))
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    act.setToolTip(f"{sc.tip} ({QKeySequence(sc.keys).toString(QKeySequence.SequenceFormat.NativeText)})")
    act.setStatusTip(sc.tip)
    act.triggered.connect(lambda _c=False: slot())
    window.addAction(act)
    return act


def _tab(window: QMainWindow, widget: QWidget) -> QWidget:
    window.tabs.setCurrentWidget(widget)
    return widget


def _checkin(window: QMainWindow):  # returns the ui.checkin.tab.CheckInTab
    return _tab(window, window.checkin_tab)


def new_complaint(window: QMainWindow) -> None:
    _tab(window, window.complaints_tab).new_complaint()


def walk_in(window: QMainWindow) -> None:
    _checkin(window).consult()


def visitor(window: QMainWindow) -> None:
    tab = _checkin(window)
    if tab.selected_couple() is None:
        tab.focus_search()
        tab.results_hint.setText(translate("Actions", "Find the couple they are looking for first, then Ctrl+G."))
        return
    tab.visitor()


def new_order(window: QMainWindow) -> None:
    _checkin(window).new_couple()


def check_out(window: QMainWindow) -> None:
    tab = _checkin(window)
    if tab._selected_visit() is None:
        tab.in_store.setFocus()
        if tab.in_store_model.rowCount():
            tab.in_store.selectRow(0)
        QMessageBox.information(window, translate("Actions", "Check out"), translate("Actions", "Pick the guest who leaves in the in-store list, "
                                                            "then Ctrl+L again."))
        return
    tab.check_out()


def confirmations(window: QMainWindow) -> None:
    """Ctrl+T: 明日确认, opened from the check-in tab's expected-arrivals panel."""
    panel = getattr(_checkin(window), "expected_panel", None)
    if panel is not None and hasattr(panel, "open_confirmations"):
        panel.open_confirmations()


def print_sheet(window: QMainWindow) -> None:
    current = window.tabs.currentWidget()
    preview = getattr(current, "preview", None)
    if preview is not None and hasattr(preview, "print_button"):
        if preview.print_button.isEnabled():  # the print tab: print what it previews
            preview.print_button.click()
        return
    if current is window.flow_tab and hasattr(current, "selected_board_row"):
        row = current.selected_board_row()
        if row is not None:
            from ui.printing.preview import preview_flow_sheet

            preview_flow_sheet(window, window.ctx, row.couple_id)
            return
    tab = _checkin(window)
    if tab.selected_couple() is None:
        tab.focus_search()
        tab.results_hint.setText(translate("Actions", "Find the couple first, then Ctrl+P."))
        return
    tab.print_sheet()


SEARCH_ATTRS = ("search", "scan", "case_search")


def find(window: QMainWindow) -> QLineEdit | None:
    """Ctrl+F: the current tab's search box gets the focus (its text selected)."""
    tab = window.tabs.currentWidget()
    box = next((getattr(tab, a) for a in SEARCH_ATTRS if isinstance(getattr(tab, a, None), QLineEdit)), None)
    if box is None:
        for page_attr in ("handover_page", "review_page"):
            page = getattr(tab, page_attr, None)
            if page is not None and page.isVisible():
                box = next((getattr(page, a) for a in SEARCH_ATTRS if isinstance(getattr(page, a, None), QLineEdit)),
                           None)
    if box is None and tab is not None:
        from ui.common.widgets import SearchBox

        boxes = [b for b in tab.findChildren(SearchBox) if b.isVisibleTo(tab) and b.isEnabled()]
        box = boxes[0] if boxes else None  # a tab without a search box (handover): nothing to do
    if box is not None:
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()
    return box


def help_window(window: QMainWindow) -> None:
    from ui.help import show_help

    show_help(window)


def install(window: QMainWindow) -> dict[str, QAction]:
    """Add the actions to ``window`` (and a 前台 / Counter menu listing them). Returns them by object name."""
    acts: dict[str, QAction] = {}
    for i, keys in enumerate(TAB_KEYS):
        act = QAction(translate("Actions", "Tab {n}").format(n=i + 1), window)
        act.setObjectName(f"actTab{i + 1}")
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _c=False, n=i: window.tabs.setCurrentIndex(n)
                              if n < window.tabs.count() else None)
        window.addAction(act)
        acts[act.objectName()] = act
        window.tabs.setTabToolTip(i, translate("Actions", "{title} ({keys})").format(title=window.tabs.tabText(i), keys=keys))
    slots = {"actNewComplaint": new_complaint, "actWalkIn": walk_in, "actVisitor": visitor,
             "actNewOrder": new_order, "actCheckOut": check_out, "actConfirmations": confirmations, "actPrintSheet": print_sheet,
             "actFind": find, "actHelp": help_window}
    help_menu = window.findChild(QMenu, "helpMenu")
    menu = QMenu(translate("Actions", "&Actions"), window)
    menu.setObjectName("counterMenu")
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    menu.setToolTipsVisible(True)
    for sc in shortcuts():
        act = _action(window, sc, lambda fn=slots[sc.name]: fn(window))
        acts[sc.name] = act
        if sc.name == "actHelp":
            continue
        menu.addAction(act)
        if sc.name == "actPrintSheet":
            menu.addSeparator()
    (help_menu or menu).insertAction(help_menu.actions()[0] if help_menu and help_menu.actions() else None,
                                     acts["actHelp"])
    for tab in getattr(window, "built_tabs", lambda: {})().values():
        tab_built(window, tab)
    tab_built(window, window)
    return acts


def tab_built(window: QMainWindow, root: QWidget) -> None:
    """A tab (or the window) just built: its buttons say their shortcuts, and Ctrl+P stays the window's action
    (a second Ctrl+P there would make both silent); the print tab's preview button keeps its label and is
    reached through the action. Preview dialogs keep theirs. Called by the main window for each tab it builds
    (tabs are built when first shown)."""
    _tooltips(root)
    for button in root.findChildren(QAbstractButton, "printButton"):
        if button.shortcut().toString() == "Ctrl+P":
            button.setShortcut(QKeySequence())
            button.setToolTip(translate("Actions", "Print (Ctrl+P)"))


def _tooltips(root: QWidget) -> None:
    """Buttons that do what a shortcut does say so; every action button gets at least its own text."""
    if root.objectName() == "checkinTab":
        tab = root
        pairs = ((tab.consult_btn, "Ctrl+K", translate("Actions", "A walk-in asking: name, phone, call-back")),
                 (tab.new_btn, "Ctrl+O", translate("Actions", "Create a couple's order")),
                 (tab.visitor_btn, "Ctrl+G", translate("Actions", "A visitor asks where the selected couple is")),
                 (tab.leave_btn, "Ctrl+L", translate("Actions", "The selected guest in the store leaves")),
                 (tab.print_btn, "Ctrl+P", translate("Actions", "Print the selected couple's flow sheet")))
        for button, keys, tip in pairs:
            button.setToolTip(f"{tip} ({keys})")
    for button in root.findChildren(QAbstractButton):
        if not button.toolTip() and button.text():
            button.setToolTip(button.text().replace("&", ""))
