"""The evidence strip of a complaint case: thumbnails of the photos, icons for other files, "Attach…", open,
save as — and files dropped onto the case dialog. Attaching runs off the UI thread (a photo may be 20 MB)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.complaints import evidence
from app.core.context import AppContext
from app.core.errors import ValidationError
from ui.common.errors import FieldErrors, call_service
from ui.complaints.common import when_text

ICON_PX = 64
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def attach_all(ctx: AppContext, complaint_id: int, paths: list[str],
               log_entry_id: int | None = None) -> tuple[int, list[str]]:
    """Attach each file (off the UI thread): how many were kept, and the message for each one refused."""
    kept, refused = 0, []
    for path in paths:
        try:
            evidence.attach_file(ctx, complaint_id, path, log_entry_id=log_entry_id)
            kept += 1
        except ValidationError as exc:
            refused += list(exc.errors.values())
    return kept, refused


def local_files(urls: list[QUrl]) -> list[str]:
    """The local files among dropped URLs (folders and web links are left out)."""
    return [u.toLocalFile() for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


class EvidenceStrip(QWidget):
    """Evidence of one case (and of the cases merged into it). ``changed`` after something was attached."""

    changed = Signal()

    def __init__(self, ctx: AppContext, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.complaint_id = complaint_id
        self.busy = False
        self._attach_allowed = True
        self._why = ""
        self.entry_times: dict[int, Any] = {}  # log entry id → when (set by the case dialog)
        self.items: list[evidence.EvidenceItem] = []
        self.setObjectName("evidenceStrip")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("evidenceTitle")
        top.addWidget(self.title, 1)
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setObjectName("attachEvidenceButton")
        self.attach_button.setToolTip(self.tr("Attach photos or files (or drop them onto this window)"))
        self.attach_button.clicked.connect(self.choose_and_attach)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openEvidenceButton")
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setObjectName("saveEvidenceButton")
        self.save_button.clicked.connect(self.save_selected)
        for b in (self.attach_button, self.open_button, self.save_button):
            top.addWidget(b)
        lay.addLayout(top)
        self.error = QLabel()
        self.error.setObjectName("error_file")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.errors = FieldErrors(self.error)
        lay.addWidget(self.error)
        self.list = QListWidget()
        self.list.setObjectName("evidenceList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(ICON_PX, ICON_PX))
        self.list.setGridSize(QSize(ICON_PX + 56, ICON_PX + 30))
        self.list.setFixedHeight(ICON_PX + 44)
        self.list.setDragEnabled(False)
        self.list.viewport().setAcceptDrops(False)  # a drop goes to the case dialog, which attaches it
        self.list.itemDoubleClicked.connect(lambda _i: self.open_selected())
        self.list.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        lay.addWidget(self.list)
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        items = call_service(self, evidence.list_evidence, self.complaint_id)
        if items is None:
            return
        self.items = items
        self.list.clear()
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for item in items:
            icon = file_icon
            if item.thumbnail is not None:
                pix = QPixmap()
                if pix.loadFromData(item.thumbnail):
                    icon = QIcon(pix)
            label = ("● " if item.unseen else "") + item.name
            entry = QListWidgetItem(icon, label)
            entry.setData(ITEM_ROLE, item.id)
            entry.setToolTip(self._tooltip(item))
            entry.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            if item.unseen:
                entry.setForeground(QColor("#1b5e20"))
            self.list.addItem(entry)
        new = sum(1 for i in items if i.unseen)
        text = self.tr("Evidence ({n})").format(n=len(items))
        if new:
            text += " · " + self.tr("● {n} new while waiting for the customer").format(n=new)
        elif not self._attach_allowed:
            text += " · " + self._why
        elif not items:
            text += " · " + self.tr("Drop photos or files here, or use Attach…")
        self.title.setText(text)
        self._update_buttons()

    def _tooltip(self, item: evidence.EvidenceItem) -> str:
        lines = [item.name, f"{evidence.size_text(item.size)} · {item.mime_type}",
                 self.tr("Attached {at} by {who}").format(at=when_text(item.added_at), who=item.added_by or "—")]
        if item.log_entry_id is not None:
            lines.append(self.tr("With the log entry of {at}").format(at=when_text(self.entry_times.get(
                item.log_entry_id)) or "—"))
        if item.complaint_id != self.complaint_id:
            lines.append(self.tr("From the merged case {no}").format(no=item.case_no))
        if item.unseen:
            lines.append(self.tr("New: arrived while waiting for the customer"))
        return "\n".join(lines)

    def selected_id(self) -> int | None:
        entry = self.list.currentItem()
        return entry.data(ITEM_ROLE) if entry is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.attach_button.setEnabled(not self.busy and self._attach_allowed)

    def set_attach_allowed(self, allowed: bool, why: str = "") -> None:
        self.attach_button.setEnabled(allowed and not self.busy)
        self.attach_button.setToolTip(why or self.tr("Attach photos or files (or drop them onto this window)"))
        changed = allowed != self._attach_allowed or why != self._why
        self._attach_allowed = allowed
        self._why = why
        if changed:
            self.reload()

    # ------------------------------------------------------------------ attach
    def choose_files(self) -> list[str]:
        """The files to attach (tests replace this)."""
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        paths, _f = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence"), pictures,
                                                 self.tr("Photos and files (*)"))
        return paths

    def choose_and_attach(self) -> None:
        paths = self.choose_files()
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[str], log_entry_id: int | None = None) -> None:
        """Attach files (to the case, or to one of its log entries) off the UI thread; refused ones are named
        under the title."""
        if self.busy or not paths or not self._attach_allowed:
            return
        from ui.common.live import run_with_own_connection

        self.busy = True
        self.errors.clear()
        self.attach_button.setEnabled(False)
        self.title.setText(self.tr("Attaching {n} file(s)…").format(n=len(paths)))
        run_with_own_connection(self, attach_all, self.ctx, self.complaint_id, list(paths), log_entry_id,
                                done=self._attached, failed=self._failed)

    def _attached(self, result: tuple[int, list[str]]) -> None:
        self.busy = False
        kept, refused = result
        self.reload()
        if refused:
            self.errors.show({"file": "\n".join(refused)})
        if kept:
            self.list.setCurrentRow(self.list.count() - 1)
            self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.reload()

        def again() -> None:
            raise exc

        call_service(self, again, errors=self.errors)

    # ------------------------------------------------------------------ open / save
    def open_url(self, url: QUrl) -> None:
        """Open a file with the system's viewer (tests replace this)."""
        QDesktopServices.openUrl(url)

    def open_selected(self) -> None:
        ev_id = self.selected_id()
        if ev_id is None:
            return
        item = next(i for i in self.items if i.id == ev_id)
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))
        target = call_service(self, evidence.save_copy, ev_id, folder / "studio-evidence" / f"{ev_id}-{item.name}",
                              errors=self.errors)
        if target is not None:
            self.open_url(QUrl.fromLocalFile(str(target)))

    def choose_save_path(self, name: str) -> str:
        """Where to save a copy (tests replace this); "" when cancelled."""
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save evidence as"), str(Path(docs) / name))
        return path

    def save_selected(self) -> None:
        ev_id = self.selected_id()
        if ev_id is None:
            return
        item = next(i for i in self.items if i.id == ev_id)
        path = self.choose_save_path(item.name)
        if path:
            call_service(self, evidence.save_copy, ev_id, path, errors=self.errors)
