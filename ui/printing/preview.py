"""A reusable preview of a real PDF (QtPdf), with Print… (the system print dialog) and Save as PDF….

Other tabs open a preview with one call::

    from ui.printing.preview import preview_flow_sheet, show_pdf_preview
    preview_flow_sheet(self, ctx, couple_id)                       # the couple's flow sheet
    show_pdf_preview(self, title, lambda: build_bytes(...), "file-name.pdf")   # any printout

The pages printed are the pages of the very PDF shown (rendered with QPdfDocument onto the QPrinter), so
paper and preview never differ.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.printing.output import save_pdf
from ui.common.errors import call_service
from ui.common.palette import GRID, MUTED

#: Pages are rendered for the printer at its resolution, but never finer than this (memory).
MAX_PRINT_DPI = 300


def render_to_printer(document: QPdfDocument, printer: QPrinter, pages: Iterable[int] | None = None) -> int:
    """Draw ``pages`` (0-based; default all) of ``document`` onto ``printer``, each page scaled to fit the
    paper. Returns the number of pages sent."""
    pages = list(range(document.pageCount()) if pages is None else pages)
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for n, index in enumerate(pages):
            if n:
                printer.newPage()
            pt = document.pagePointSize(index)
            image = document.render(index, QSize(round(pt.width() * dpi / 72), round(pt.height() * dpi / 72)))
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
            painter.drawImage(target, image)
            sent += 1
    finally:
        painter.end()
    return sent


class PdfPreview(QWidget):
    """Shows PDF bytes; Print… and Save as PDF… act on exactly those bytes."""

    #: Emitted after the pages were sent to a printer (number of pages).
    printed = Signal(int)
    #: Emitted after the PDF was saved (path).
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._file_name = "printout.pdf"
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)

        self.title_label = QLabel()
        self.title_label.setObjectName("previewTitle")
        self.title_label.setStyleSheet("font-size: 14px; font-weight: 600;")
        self.pages_label = QLabel()
        self.pages_label.setObjectName("previewPages")
        self.pages_label.setStyleSheet(f"color: {MUTED};")
        self.zoom = QComboBox()
        self.zoom.setObjectName("previewZoom")
        self.zoom.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.currentIndexChanged.connect(self._apply_zoom)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(self.save_as)

        bar = QHBoxLayout()
        bar.addWidget(self.title_label)
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        bar.addWidget(self.zoom)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setDocument(self.document)
        self.view.setStyleSheet(f"QPdfView {{ background: {GRID}; }}")
        self.placeholder = QLabel()
        self.placeholder.setObjectName("previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(f"color: {MUTED}; font-size: 15px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.stack, 1)
        self.clear(self.tr("Pick a couple or a date: the printout is shown here before it is printed."))

    # ------------------------------------------------------------------ content
    def set_pdf(self, data: bytes, file_name: str, title: str = "") -> None:
        self.document.close()
        self._data = bytes(data)
        self._file_name = file_name
        buf = QBuffer(self)
        buf.setData(QByteArray(self._data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buf)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buf
        n = self.document.pageCount()
        self.title_label.setText(title)
        self.pages_label.setText(self.tr("Pages: {n}").format(n=n))
        self.stack.setCurrentWidget(self.view)
        self.view.pageNavigator().jump(0, QPointF(0, 0))
        self._set_enabled(n > 0)

    def clear(self, message: str) -> None:
        self.document.close()
        self._data = b""
        self.title_label.clear()
        self.pages_label.clear()
        self.placeholder.setText(message)
        self.stack.setCurrentWidget(self.placeholder)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        self.print_button.setEnabled(on)
        self.save_button.setEnabled(on)

    def _apply_zoom(self) -> None:
        self.view.setZoomMode(self.zoom.currentData())

    def wait_rendered(self, ms: int = 2000) -> bool:
        """QPdfView renders pages in the background: wait until ink shows on screen (screenshots, tests).
        Returns whether it did within ``ms``."""
        from PySide6.QtCore import QElapsedTimer, QEventLoop, QThread
        from PySide6.QtWidgets import QApplication

        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < ms:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self._ink_on_screen():
                return True
            QThread.msleep(20)
        return False

    def _ink_on_screen(self) -> bool:
        img = self.view.viewport().grab().toImage()
        w, h = img.width(), img.height()
        step = max(2, min(w, h) // 80)
        for y in range(0, h, step):
            for x in range(0, w, step):
                if img.pixelColor(x, y).lightness() < 80:
                    return True
        return False

    def pdf_bytes(self) -> bytes:
        return self._data

    def file_name(self) -> str:
        return self._file_name

    def page_count(self) -> int:
        return self.document.pageCount() if self._data else 0

    # ------------------------------------------------------------------ actions
    def ask_printer(self) -> QPrinter | None:
        """The system print dialog (in the UI language). None when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self._file_name).stem)
        printer.setFullPage(True)
        dlg = QPrintDialog(printer, self)
        dlg.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        dlg.setMinMax(1, max(self.page_count(), 1))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_pdf(self) -> int:
        if not self._data:
            return 0
        printer = self.ask_printer()
        if printer is None:
            return 0
        n = self.page_count()
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            pages: Iterable[int] = range(printer.fromPage() - 1, min(printer.toPage(), n))
        elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
            pages = [self.view.pageNavigator().currentPage()]
        else:
            pages = range(n)
        sent = render_to_printer(self.document, printer, pages)
        if sent:
            self.printed.emit(sent)
        return sent

    def ask_save_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(Path(folder) / self._file_name),
                                                    self.tr("PDF files (*.pdf)"))
        return path

    def save_as(self) -> str:
        if not self._data:
            return ""
        path = self.ask_save_path()
        if not path:
            return ""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if call_service(self, save_pdf, path, self._data) is None:
            return ""
        self.saved.emit(path)
        return path


class PrintPreviewDialog(QDialog):
    """A window with the preview of one printout (opened from the check-in or the complaints tab)."""

    def __init__(self, title: str, data: bytes, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        self.resize(820, 940)
        self.preview = PdfPreview(self)
        self.preview.set_pdf(data, file_name, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.preview, 1)
        lay.addWidget(buttons)


def show_pdf_preview(parent: QWidget | None, title: str, build: Callable[[], bytes],
                     file_name: str) -> PrintPreviewDialog | None:
    """Build a printout through ``build`` (errors shown as usual) and open its preview, non-modal."""
    data = call_service(parent, build)
    if data is None:
        return None
    dlg = PrintPreviewDialog(title, data, file_name, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg


def current_paper() -> str:
    from app.printing.paper import current_paper as paper

    return paper()


def flow_sheet_file_name(order_no: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in order_no)
    return f"flow-sheet-{safe}.pdf"


def preview_flow_sheet(parent: QWidget | None, ctx: AppContext, couple_id: int,
                       paper: str | None = None) -> PrintPreviewDialog | None:
    """Open the preview of a couple's flow sheet (for the check-in result's Print button)."""
    from app.checkin.queries import get_couple

    couple = call_service(parent, get_couple, couple_id)
    if couple is None:
        return None

    def build() -> bytes:
        from app.printing.flow_sheet import flow_sheet_pdf

        return flow_sheet_pdf(ctx, couple_id, paper or current_paper())

    title = f"{couple.order_no}  {couple.names}"
    return show_pdf_preview(parent, title, build, flow_sheet_file_name(couple.order_no))


def preview_complaint(parent: QWidget | None, ctx: AppContext, complaint_id: int) -> PrintPreviewDialog | None:
    """Open the preview of a complaint register (for the complaints tab's Print button)."""

    def build() -> bytes:
        from app.printing.complaint_form import complaint_pdf

        return complaint_pdf(ctx, complaint_id)

    def case_no() -> str:
        from app.printing.complaint_form import case_number

        return case_number(complaint_id)

    number = call_service(parent, case_no)
    if number is None:
        return None
    return show_pdf_preview(parent, number, build, f"complaint-{number}.pdf")
