"""签到 — the check-in tab: one search box, the couple's card, everyone in the store, keys and call-backs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.appointments import arrival
from app.checkin import commands as checkin
from app.checkin import counts
from app.checkin import queries as checkin_queries
from app.checkin.queries import CoupleView
from app.core.context import AppContext
from ui.checkin.dialogs import ArrivalDialog, ConsultDialog, CoupleDialog, IssueKeyDialog, VisitorDialog
from ui.checkin.tab_data import CheckInData, checkin_data
from ui.checkin.whereabouts import whereabouts_text
from ui.common.errors import call_service
from ui.common.panels import apply_panel, split_panels, with_panels
from ui.common.privacy import Privacy
from ui.common.widgets import (
    Column,
    RowTableModel,
    SearchBox,
    make_proxy,
    make_table,
    minutes_text,
    selected_row,
)
from ui.flow.rounds_panel import RoundsPanel


class CheckInTab(QWidget):
    """The receptionist's home: search → card → check in; who is in the store; keys out; call-backs due.

    Emits ``statusChanged("checkin_waiting", text)`` with the number of parties waiting unattended.
    """

    #: (key, text) for the status bar.
    statusChanged = Signal(str, str)
    #: A couple was checked in (visit id) — other tabs may refresh.
    checkedIn = Signal(int)
    #: A complaint was recorded from the couple's card.
    complaintRecorded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("checkinTab")
        self.privacy = Privacy.instance()
        self.privacy.changed.connect(self._on_privacy_changed)
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 4)

        # ---- search line
        top = QHBoxLayout()
        self.search = SearchBox(self)
        self.search.setObjectName("checkinSearch")
        self.search.setPlaceholderText(self.tr("Search: name, pinyin initials (zw), phone or last 4 digits, "
                                               "order number — or scan the sheet"))
        self.search.setMinimumHeight(34)
        self.search.setStyleSheet("font-size: 15px; padding: 2px 6px;")
        self.search.searchChanged.connect(self.run_search)
        self.search.submitted.connect(self.on_submitted)
        top.addWidget(self.search, 1)
        self.new_btn = QPushButton(self.tr("New order"))
        self.new_btn.setObjectName("newOrderButton")
        self.new_btn.clicked.connect(self.new_couple)
        self.consult_btn = QPushButton(self.tr("Consultation walk-in"))
        self.consult_btn.setObjectName("consultButton")
        self.consult_btn.clicked.connect(self.consult)
        top.addWidget(self.new_btn)
        top.addWidget(self.consult_btn)
        root.addLayout(top)
        # Ctrl+F and the other shortcuts are the main window's actions (ui/actions.py): they work wherever focus is.

        split = QSplitter(Qt.Orientation.Horizontal, self)
        root.addWidget(split, 1)

        # ---- left: results and the couple's card
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.results_model = RowTableModel([
            Column(self.tr("Order"), lambda c: c.order_no),
            Column(self.tr("Bride"), lambda c: c.bride_name),
            Column(self.tr("Groom"), lambda c: c.groom_name),
            Column(self.tr("Phone"), lambda c: self.privacy.phone(c.bride_phone or c.groom_phone)),
            Column(self.tr("Shoot date"), lambda c: c.shoot_date.isoformat() if c.shoot_date else "",
                   sort=lambda c: c.shoot_date.isoformat() if c.shoot_date else ""),
            Column(self.tr("Package"), lambda c: c.package),
        ], self)
        self.results_proxy = make_proxy(self.results_model, self)
        self.results = make_table(self.results_proxy, self, "checkinResults")
        self.results.selectionModel().currentRowChanged.connect(lambda *_: self.show_card())
        self.results.activated.connect(lambda _i: self.check_in_selected())
        self.results_hint = QLabel(self.tr("Type to search. Enter checks the couple in for today's appointment "
                                           "(or asks what they came for)."))
        self.results_hint.setObjectName("resultsHint")
        self.results_hint.setStyleSheet("color: #78909c;")
        ll.addWidget(self.results_hint)
        ll.addWidget(self.results, 2)

        self.card = QGroupBox(self.tr("Couple"))
        self.card.setObjectName("coupleCard")
        cl = QVBoxLayout(self.card)
        self.card_title = QLabel()
        self.card_title.setObjectName("cardTitle")
        self.card_title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.card_info = QLabel()
        self.card_info.setObjectName("cardInfo")
        self.card_info.setWordWrap(True)
        self.card_requests = QLabel()
        self.card_requests.setObjectName("cardRequests")
        self.card_requests.setWordWrap(True)
        self.card_requests.setStyleSheet("background: #fff3e0; border: 1px solid #ffb74d; padding: 4px;")
        self.card_where = QLabel()
        self.card_where.setObjectName("cardWhere")
        self.card_where.setWordWrap(True)
        self.card_where.setStyleSheet("color: #1565c0;")
        # Privacy: a full number only through an explicit, audited reveal (ui.common.privacy.reveal_phone_dialog).
        # Push buttons with a menu: the menu arrow gets its own room (a tool button draws it over the text).
        self.reveal_btn = QPushButton()
        self.reveal_btn.setObjectName("revealPhoneButton")
        self.reveal_btn.setText(self.tr("Full number…"))
        self.reveal_btn.setToolTip(self.tr("Show a full phone number (recorded under your name)"))
        reveal_menu = QMenu(self.reveal_btn)
        for which, label in (("bride", self.tr("Bride's number")), ("groom", self.tr("Groom's number"))):
            act = reveal_menu.addAction(label)
            act.triggered.connect(lambda _c=False, w=which: self.reveal_phone(w))
        self.reveal_btn.setMenu(reveal_menu)
        title_row = QHBoxLayout()
        title_row.addWidget(self.card_title, 1)
        title_row.addWidget(self.reveal_btn)
        cl.addLayout(title_row)
        for w in (self.card_info, self.card_requests, self.card_where):
            cl.addWidget(w)
        btns = QHBoxLayout()
        self.shoot_btn = QPushButton(self.tr("Check in…"))
        self.shoot_btn.setObjectName("checkInShootButton")
        self.shoot_btn.setToolTip(self.tr("Check the couple in for today's appointment, or pick what they came "
                                          "for (Enter on a result)"))
        self.shoot_btn.setDefault(True)
        self.shoot_btn.setStyleSheet("font-weight: bold;")
        self.shoot_btn.clicked.connect(lambda: self.check_in_selected())
        self.later_btn = QPushButton()
        self.later_btn.setObjectName("laterVisitButton")
        self.later_btn.setText(self.tr("Other visit"))
        menu = QMenu(self.later_btn)
        self.later_btn.setToolTip(self.tr("Check in for a particular kind of visit"))
        for kind in arrival.ARRIVAL_KINDS:
            act = menu.addAction(arrival.arrival_kind_label(kind))
            act.triggered.connect(lambda _c=False, k=kind: self.check_in_selected(k))
        self.later_btn.setMenu(menu)
        self.visitor_btn = QPushButton(self.tr("Someone looking for them"))
        self.visitor_btn.setObjectName("visitorButton")
        self.visitor_btn.clicked.connect(self.visitor)
        self.edit_btn = QPushButton(self.tr("Edit"))
        self.edit_btn.setObjectName("editCoupleButton")
        self.edit_btn.clicked.connect(self.edit_couple)
        self.print_btn = QPushButton(self.tr("Print flow sheet"))
        self.print_btn.setObjectName("printSheetButton")
        self.print_btn.clicked.connect(self.print_sheet)
        self.complaint_btn = QPushButton(self.tr("Complaint…"))
        self.complaint_btn.setObjectName("complaintButton")
        self.complaint_btn.setToolTip(self.tr("Record a complaint for this couple"))
        self.complaint_btn.clicked.connect(self.complaint)
        self.undo_card_btn = QPushButton(self.tr("Undo check-in"))
        self.undo_card_btn.setObjectName("undoCheckInCardButton")
        self.undo_card_btn.setToolTip(self.tr("Checked in by mistake? Undo it: the visit, its flow and the "
                                              "appointment are put back (15 minutes; later a supervisor)"))
        self.undo_card_btn.clicked.connect(self.undo_card_check_in)
        # Two rows: what she does at arrival, then the rest (one row of seven would widen the left side and
        # squeeze the lists on the right on a 1366-pixel screen).
        from ui.aftercare.visit_forms import VisitFormsButton

        self.visit_forms_btn = VisitFormsButton(ctx, self.selected_couple, self)  # 选片 / 取件 forms
        self.visit_forms_btn.changed.connect(self.refresh)
        for b in (self.shoot_btn, self.later_btn, self.visit_forms_btn, self.undo_card_btn):
            btns.addWidget(b)
        btns.addStretch(1)
        cl.addLayout(btns)
        btns2 = QHBoxLayout()
        for b in (self.visitor_btn, self.edit_btn, self.print_btn, self.complaint_btn):
            btns2.addWidget(b)
        btns2.addStretch(1)
        cl.addLayout(btns2)
        ll.addWidget(self.card, 1)
        split.addWidget(left)

        # ---- right: expected arrivals (if available), in store, keys, call-backs
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setObjectName("checkinRightSplit")
        right.setChildrenCollapsible(False)
        self.expected_panel = self._make_expected_panel()
        if self.expected_panel is not None:
            right.addWidget(self.expected_panel)
        in_store_box = QWidget()
        rl = QVBoxLayout(in_store_box)
        rl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.in_store_label = QLabel()
        self.in_store_label.setObjectName("inStoreLabel")
        self.in_store_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        head.addWidget(self.in_store_label)
        head.addStretch(1)
        self.receive_btn = QPushButton(self.tr("Received"))
        self.receive_btn.setObjectName("receiveButton")
        self.receive_btn.setToolTip(self.tr("Someone is attending to this party now"))
        self.receive_btn.clicked.connect(self.receive)
        self.key_btn = QPushButton(self.tr("Issue key"))
        self.key_btn.setObjectName("issueKeyButton")
        self.key_btn.clicked.connect(self.issue_key)
        self.leave_btn = QPushButton(self.tr("Check out"))
        self.leave_btn.setObjectName("checkOutButton")
        self.leave_btn.clicked.connect(self.check_out)
        self.undo_btn = QPushButton(self.tr("Undo check-in"))
        self.undo_btn.setObjectName("undoCheckInButton")
        self.undo_btn.setToolTip(self.undo_card_btn.toolTip())
        self.undo_btn.clicked.connect(self.undo_selected_check_in)
        for b in (self.receive_btn, self.key_btn, self.leave_btn, self.undo_btn):
            head.addWidget(b)
        rl.addLayout(head)
        self.in_store_model = RowTableModel([
            Column(self.tr("Arrived"), lambda r: r.visit.arrived_at.strftime("%H:%M"),
                   sort=lambda r: r.visit.arrived_at.isoformat()),
            Column(self.tr("Guest"), lambda r: r.title),
            Column(self.tr("Kind"), lambda r: checkin_queries.visit_kind_label(r.visit.kind)),
            Column(self.tr("Party"), lambda r: r.visit.party_size, sort=lambda r: r.visit.party_size,
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Waiting unattended"),
                   lambda r: minutes_text(r.waited_minutes) if not r.visit.received_at else self.tr("received"),
                   sort=lambda r: r.waited_minutes,
                   background=lambda r: "#ffcdd2" if self._waiting_too_long(r) else None,
                   foreground=lambda r: "#b71c1c" if self._waiting_too_long(r) else "#607d8b"
                   if r.visit.received_at else None),
            Column(self.tr("In store"), lambda r: minutes_text(r.minutes_in_store), sort=lambda r: r.minutes_in_store),
            Column(self.tr("Keys"), lambda r: ", ".join(r.keys)),
        ], self)
        self.in_store_proxy = make_proxy(self.in_store_model, self)
        self.in_store = make_table(self.in_store_proxy, self, "inStoreTable")
        self.in_store.activated.connect(lambda _i: self.receive())
        rl.addWidget(self.in_store, 1)
        from ui.common.legend import make_legend

        self.legend = make_legend([
            ("#ffcdd2", self.tr("Waiting unattended"), self.tr("Red: nobody has received this party for {m} minutes or "
                                                               "more — go to them now (Received when someone "
                                                               "attends)").format(m=counts.unattended_limit())),
            ("#eceff1", self.tr("Received"), self.tr("Grey 'received': someone is attending to them")),
        ], in_store_box, "checkinLegend")
        rl.addWidget(self.legend)
        right.addWidget(in_store_box)

        self.lower = QTabWidget(self)
        self.lower.setObjectName("checkinLowerTabs")
        # keys out
        keys_page = QWidget()
        kl = QVBoxLayout(keys_page)
        kl.setContentsMargins(0, 4, 0, 0)
        kb = QHBoxLayout()
        self.return_counter_btn = QPushButton(self.tr("Returned at counter"))
        self.return_counter_btn.setObjectName("returnCounterButton")
        self.return_counter_btn.clicked.connect(lambda: self.return_key("counter"))
        self.return_bar_btn = QPushButton(self.tr("Returned at bar"))
        self.return_bar_btn.setObjectName("returnBarButton")
        self.return_bar_btn.clicked.connect(lambda: self.return_key("bar"))
        self.lost_btn = QPushButton(self.tr("Key lost…"))
        self.lost_btn.setObjectName("lostKeyButton")
        self.lost_btn.clicked.connect(self.key_lost)
        for b in (self.return_counter_btn, self.return_bar_btn, self.lost_btn):
            kb.addWidget(b)
        kb.addStretch(1)
        kl.addLayout(kb)
        self.keys_model = RowTableModel([
            Column(self.tr("Locker"), lambda k: k.locker),
            Column(self.tr("Guest"), lambda k: k.who),
            Column(self.tr("Issued"), lambda k: k.issued_at.strftime("%H:%M"),
                   sort=lambda k: k.issued_at.isoformat()),
            Column(self.tr("Out for"), lambda k: minutes_text(k.minutes_out), sort=lambda k: k.minutes_out),
        ], self)
        self.keys_proxy = make_proxy(self.keys_model, self)
        self.keys = make_table(self.keys_proxy, self, "keysTable")
        kl.addWidget(self.keys)
        self.lower.addTab(keys_page, "")
        # leads due
        leads_page = QWidget()
        ldl = QVBoxLayout(leads_page)
        ldl.setContentsMargins(0, 4, 0, 0)
        lb = QHBoxLayout()
        self.lead_done_btn = QPushButton(self.tr("Call-back result…"))
        self.lead_done_btn.setObjectName("leadDoneButton")
        self.lead_done_btn.clicked.connect(self.lead_done)
        lb.addWidget(self.lead_done_btn)
        lb.addStretch(1)
        ldl.addLayout(lb)
        self.leads_model = RowTableModel([
            Column(self.tr("Call back on"), lambda ld: ld.callback_date.isoformat() if ld.callback_date else "",
                   foreground=lambda ld: "#b71c1c" if ld.callback_date and ld.callback_date < self.ctx.today()
                   else None),
            Column(self.tr("Name"), lambda ld: ld.name),
            Column(self.tr("Phone"), lambda ld: self.privacy.phone(ld.phone)),
            Column(self.tr("Interested in"), lambda ld: self.privacy.private_text(ld.interest), free_text=True),
        ], self)
        self.leads_proxy = make_proxy(self.leads_model, self)
        self.leads = make_table(self.leads_proxy, self, "leadsTable")
        ldl.addWidget(self.leads)
        self.lower.addTab(leads_page, "")
        from ui.aftercare.lostfound_panel import LostFoundPanel

        self.lost_found = LostFoundPanel(self.ctx, self._selected_guest, self)
        self.lost_found.changed.connect(self.refresh)
        self.lower.addTab(self.lost_found, "")
        self.phone_panel = self._make_phone_panel()
        if self.phone_panel is not None:
            self.lower.addTab(self.phone_panel, self.tr("Phone log"))
        self.rounds_panel = RoundsPanel(self.ctx, self.lower, self, on_changed=self.refresh)  # 巡查
        right.addWidget(self.lower)
        # Panels may shrink (their lists scroll): the in-store list gets the room.
        if self.phone_panel is not None:
            self.phone_panel.setMinimumHeight(120)
        right.setSizes([220, 290, 170] if self.expected_panel is not None else [420, 300])
        split.addWidget(right)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 7)
        split.setSizes([540, 820])
        self.current_couple: CoupleView | None = None
        self._limit: int | None = None
        from ui.common.live import initial_fill

        initial_fill(self)  # refresh() now, or when the main window first shows the tab
        self.show_card()

    # ----------------------------------------------------------------- optional panels (appointments, phone)
    def _make_expected_panel(self) -> QWidget | None:
        try:
            from ui.appointments.panel import ExpectedArrivalsPanel
        except ImportError:
            return None
        panel = ExpectedArrivalsPanel(self.ctx, self)
        panel.checkedIn.connect(self._after_check_in)
        return panel

    def _make_phone_panel(self) -> QWidget | None:
        try:
            from ui.appointments.phone_log import PhoneLogPanel
        except ImportError:
            return None
        return PhoneLogPanel(self.ctx, self)

    # ----------------------------------------------------------------- helpers
    def _on_privacy_changed(self, _client_safe: bool) -> None:
        # A bound method (not a lambda) so Qt drops the connection when the tab is deleted.
        self.refresh()

    def _wait_limit(self) -> int:
        return counts.unattended_limit()

    def _waiting_too_long(self, r: checkin_queries.InStoreRow) -> bool:
        return counts.is_unattended(r, self._limit if self._limit is not None else self._wait_limit())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_couple(self) -> CoupleView | None:
        return selected_row(self.results)

    def reveal_phone(self, which: str) -> str | None:
        """The selected couple's full bride's / groom's number, after the acting person's PIN; audited."""
        from ui.common.privacy import reveal_phone_dialog

        c = self.selected_couple()
        return reveal_phone_dialog(self, self.ctx, c.id, which) if c is not None else None

    # ----------------------------------------------------------------- search
    def run_search(self, text: str) -> None:
        rows = checkin_queries.search_couples(text) if text.strip() else []
        self.results_model.set_rows(rows)
        self.results.resizeColumnsToContents()
        if rows:
            self.results.selectRow(0)
            self.results.setCurrentIndex(self.results_proxy.index(0, 0))
        self.results_hint.setText(self.tr("{n} found. Enter checks the couple in for today's appointment (or asks "
                                          "what they came for).").format(n=len(rows)) if text.strip() else
                                  self.tr("Type to search. Enter checks the couple in for today's appointment "
                                          "(or asks what they came for)."))
        self.show_card()

    def on_submitted(self, text: str) -> None:
        """Enter in the search box (or a scanned sheet): jump to the exact order, ready to check in."""
        exact = checkin_queries.find_by_order_no(text)
        if exact is not None and self.expected_panel is not None and hasattr(self.expected_panel, "check_in_by_order"):
            if self.expected_panel.check_in_by_order(exact.order_no):
                return
        n = self.results_model.rowCount()
        if n == 1 and self.selected_couple() is not None:
            self.check_in_selected()  # one couple found: straight to the check-in question
        elif n:
            self.results.setFocus()

    # ----------------------------------------------------------------- the card
    def show_card(self) -> None:
        c = self.selected_couple()
        self.current_couple = c
        has = c is not None
        for b in (self.shoot_btn, self.later_btn, self.visitor_btn, self.edit_btn, self.print_btn,
                  self.complaint_btn, self.reveal_btn, self.visit_forms_btn):
            b.setEnabled(has)
        if c is None:
            self.card_title.setText(self.tr("No couple selected"))
            self.card_info.setText(self.tr("Search above, or create a new order."))
            self.card_requests.hide()
            self.card_where.clear()
            return
        self.card_title.setText(f"{c.bride_name}  &  {c.groom_name}")
        phones = " / ".join(p for p in (self.privacy.phone(c.bride_phone), self.privacy.phone(c.groom_phone)) if p)
        self.card_info.setText(self.tr("Order {order} · {package} · shoot date {date} · {phones}").format(
            order=c.order_no, package=c.package or "—", date=c.shoot_date.isoformat() if c.shoot_date else "—",
            phones=phones))
        from ui.aftercare.card import order_open_text

        if owed := order_open_text(c.id):  # items or money still open after a pickup
            self.card_info.setText(self.card_info.text() + "\n" + owed)
        if c.special_requests:
            self.card_requests.setText(self.tr("Special requests: {text}").format(
                text=self.privacy.private_text(c.special_requests)))
            self.card_requests.show()
        else:
            self.card_requests.hide()
        w = checkin_queries.where_is(self.ctx, c.id)
        self.card_where.setText(whereabouts_text(w, self.ctx.now()))
        self.shoot_btn.setEnabled(not w.in_store)
        self.later_btn.setEnabled(not w.in_store)
        self.undo_card_btn.setVisible(w.in_store)

    # ----------------------------------------------------------------- actions
    def check_in_selected(self, kind: str | None = None) -> int | None:
        """Check the selected couple in: for today's appointment, or for ``kind`` / what she picks (the
        likeliest first), with the party size asked. Returns the new visit's id."""
        c = self.selected_couple()
        if c is None:
            return None
        if checkin_queries.open_visit_of(c.id) is not None:
            self.show_card()
            return None
        plan = call_service(self, arrival.arrival_plan, self.ctx, c.id)
        if plan is None:
            return None
        dlg = ArrivalDialog(self.ctx, plan, kind, self)
        if dlg.exec() and dlg.visit is not None:
            self._after_check_in(dlg.visit.id)
            self.focus_search()
            return dlg.visit.id
        return None

    # ----------------------------------------------------------------- undo a mistaken check-in
    def undo_selected_check_in(self) -> bool:
        r = self._selected_visit()
        return self.undo_check_in(r.visit.id) if r is not None else False

    def undo_card_check_in(self) -> bool:
        c = self.selected_couple()
        v = checkin_queries.open_visit_of(c.id) if c is not None else None
        return self.undo_check_in(v.id) if v is not None else False

    def undo_check_in(self, visit_id: int) -> bool:
        """Undo a mistaken check-in: within 15 minutes the receptionist confirms; later a supervisor's PIN."""
        from app.checkin import undo
        from app.staff.roles import SUPERVISOR_ROLES
        from ui.common.pin_dialog import ask_pin

        info = call_service(self, undo.undo_info, self.ctx, visit_id)
        if info is None:
            return False
        if not info.possible:
            QMessageBox.information(self, self.tr("Undo check-in"), info.problem)
            return False
        question = self.tr("Undo the check-in of {who} ({m} min ago)? The visit, its flow and today's "
                           "appointment are put back as they were.").format(who=info.title, m=info.minutes_since)
        if info.needs_supervisor:
            got = ask_pin(self, self.tr("Undo check-in"), SUPERVISOR_ROLES, message=question + "\n" + self.tr(
                "More than {m} minutes have passed: a supervisor confirms with her PIN.").format(m=undo.UNDO_MINUTES))
            if got is None:
                return False
            done = call_service(self, undo.undo_check_in, self.ctx, visit_id, "", got[0], got[1])
        else:
            if QMessageBox.question(self, self.tr("Undo check-in"), question) != QMessageBox.StandardButton.Yes:
                return False
            done = call_service(self, undo.undo_check_in, self.ctx, visit_id)
        if done is None:
            return False
        self.refresh()
        self.show_card()
        self.checkedIn.emit(visit_id)  # the other tabs refresh as after a check-in
        return True

    def _after_check_in(self, visit_id: int) -> None:
        self.refresh()
        self.show_card()
        self.checkedIn.emit(visit_id)
        self._personal_notice(visit_id)

    def _personal_notice(self, visit_id: int) -> None:
        try:
            from app.appointments.personal import personal_notice
        except ImportError:
            return
        v = checkin_queries.get_visit(visit_id)
        if v.couple_id is None:
            return
        text = personal_notice(self.ctx, v.couple_id)
        if text:
            QMessageBox.information(self, self.tr("Personal touch"), text)

    def new_couple(self) -> None:
        dlg = CoupleDialog(self.ctx, parent=self)
        if dlg.exec() and dlg.result_couple is not None:
            self.search.setText(dlg.result_couple.order_no)
            self.search.flush()

    def edit_couple(self) -> None:
        c = self.selected_couple()
        if c is None:
            return
        dlg = CoupleDialog(self.ctx, checkin_queries.get_couple(c.id), parent=self)
        if dlg.exec() and dlg.result_couple is not None:
            self.search.flush()

    def consult(self) -> None:
        dlg = ConsultDialog(self.ctx, self)
        if dlg.exec():
            self.refresh()

    def visitor(self) -> None:
        c = self.selected_couple()
        if c is None:
            return
        dlg = VisitorDialog(self.ctx, c, self)
        if dlg.exec() and dlg.whereabouts is not None:
            self.refresh()
            QMessageBox.information(self, self.tr("Where they are"), whereabouts_text(dlg.whereabouts, self.ctx.now()))

    def print_sheet(self) -> None:
        c = self.selected_couple()
        if c is None:
            return
        try:
            from ui.printing.preview import preview_flow_sheet
        except ImportError:
            QMessageBox.information(self, self.tr("Print"), self.tr("Printing is not available in this build."))
            return
        preview_flow_sheet(self, self.ctx, c.id)

    def complaint(self) -> None:
        """Every complaint, however small, becomes a case: open the intake with this couple filled in."""
        c = self.selected_couple()
        if c is None:
            return
        from ui.complaints.intake import ComplaintIntakeDialog

        dlg = ComplaintIntakeDialog(self.ctx, self, couple_id=c.id)
        if dlg.exec():
            self.complaintRecorded.emit()

    def _selected_visit(self) -> checkin_queries.InStoreRow | None:
        return selected_row(self.in_store)

    def _selected_guest(self) -> tuple[int, str] | None:
        r = self._selected_visit()
        return (r.visit.id, r.title) if r is not None else None

    def receive(self) -> None:
        r = self._selected_visit()
        if r is None or r.visit.received_at is not None:
            return
        if call_service(self, checkin.receive_visit, self.ctx, r.visit.id) is not None:
            self.refresh()

    def issue_key(self) -> None:
        r = self._selected_visit()
        if r is None:
            QMessageBox.information(self, self.tr("Issue key"), self.tr("Select a guest in the store first."))
            return
        dlg = IssueKeyDialog(self.ctx, r.visit.id, r.title, self)
        if dlg.exec():
            self.refresh()

    def check_out(self) -> None:
        r = self._selected_visit()
        if r is None:
            return
        try:
            from ui.appointments.departure import DepartureDialog
        except ImportError:
            DepartureDialog = None
        if DepartureDialog is not None:
            dlg = DepartureDialog(self.ctx, r.visit.id, self)
            dlg.exec()
        else:
            call_service(self, checkin.check_out, self.ctx, r.visit.id)
        self.refresh()
        self.show_card()

    def _selected_key(self) -> checkin_queries.KeyOut | None:
        return selected_row(self.keys)

    def return_key(self, place: str) -> None:
        k = self._selected_key()
        if k is None:
            return
        if call_service(self, checkin.return_key, self.ctx, k.loan_id, place) is not None:
            self.refresh()

    def key_lost(self) -> None:
        k = self._selected_key()
        if k is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Key lost"), self.tr("What happened to key {n}?").format(n=k.locker))
        if ok and call_service(self, checkin.return_key, self.ctx, k.loan_id, "counter", True, note) is not None:
            self.refresh()

    def lead_done(self) -> None:
        lead = selected_row(self.leads)
        if lead is None:
            return
        from ui.checkin.leads import LeadOutcomeDialog

        if LeadOutcomeDialog(self.ctx, lead, self).exec():
            self.refresh()

    # ----------------------------------------------------------------- refresh
    _last_status = ""

    def emit_status(self) -> None:
        """Send the last refresh's counter again: the window listens only once the tab is built."""
        self.statusChanged.emit("checkin_waiting", self._last_status)

    def refresh(self) -> None:
        data = call_service(self, checkin_data, self.ctx)
        if data is not None:
            self.apply_refresh(data)

    def refresh_job(self) -> tuple:
        """The tab's own queries as a plain function for a worker (the main window's periodic refresh)."""
        return with_panels((checkin_data, (self.ctx,)), (self.expected_panel, self.lost_found, self.phone_panel))

    applied = 0  # how many refreshes were applied (the window drops a worker's result older than the last)

    def apply_refresh(self, data: CheckInData) -> None:
        """Show what ``checkin_data`` read (on the UI thread); the search and what she types stay as they are."""
        data, panels = split_panels(data, 3)  # the panels' own reads came from the same worker
        self.applied += 1
        sel = self._selected_visit()
        rows = data.rows
        grew = {v: m.rowCount() == 0 for v, m in ((self.in_store, self.in_store_model), (self.keys, self.keys_model),
                                                  (self.leads, self.leads_model))}
        self.in_store_model.set_rows(rows)
        if sel is not None:
            for i, r in enumerate(rows):
                if r.visit.id == sel.visit.id:
                    self.in_store.selectRow(self.in_store_proxy.mapFromSource(self.in_store_model.index(i, 0)).row())
        c = data.counts  # the one set of counts (status bar, handover)
        self._limit = c.limit
        self.in_store_label.setText(counts.in_store_text(c))
        self._last_status = counts.unattended_text(c)
        self.statusChanged.emit("checkin_waiting", self._last_status)
        self.keys_model.set_rows(data.keys)
        self.lower.setTabText(0, self.tr("Keys out ({n})").format(n=len(data.keys)))
        self.leads_model.set_rows(data.leads)
        self.lower.setTabText(1, self.tr("Call-backs due ({n})").format(n=len(data.leads)))
        apply_panel(self.lost_found, panels[1])
        self.lower.setTabText(2, self.tr("Lent · found ({n})").format(n=self.lost_found.count()))
        self.rounds_panel.set_rows(data.rounds)
        apply_panel(self.expected_panel, panels[0])
        apply_panel(self.phone_panel, panels[2])
        if self.current_couple is not None:
            self.show_card()
        # Columns sized to their contents when a list fills (not at every refresh: that measures every cell).
        for view, was_empty in grew.items():
            if was_empty and view.model().rowCount():
                view.resizeColumnsToContents()

    def prepare_screenshot(self) -> None:
        rows = self.in_store_model.rows()
        first = next((r for r in rows if r.visit.couple_id and r.visit.kind == "shoot"), None)
        if first is not None:
            self.search.setText(checkin_queries.get_couple(first.visit.couple_id).order_no[:-1])
            self.search.flush()
