"""RowTableModel with a key: a refresh updates rows in place (no reset) and the proxy stays right."""

from __future__ import annotations

from dataclasses import dataclass

from ui.common.widgets import Column, RowTableModel, make_proxy


@dataclass(frozen=True)
class R:
    id: int
    name: str
    minutes: int


def _model(qtbot):
    model = RowTableModel([Column("Name", lambda r: r.name), Column("Minutes", lambda r: r.minutes,
                                                                     sort=lambda r: r.minutes)],
                          key=lambda r: r.id)
    proxy = make_proxy(model)
    proxy.sort(1)
    return model, proxy


def _spy(model):
    seen: dict[str, list] = {"reset": [], "inserted": [], "removed": [], "changed": []}
    model.modelReset.connect(lambda: seen["reset"].append(1))
    model.rowsInserted.connect(lambda _p, a, b: seen["inserted"].append((a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: seen["removed"].append((a, b)))
    model.dataChanged.connect(lambda a, b, *_r: seen["changed"].append((a.row(), b.row())))
    return seen


def _proxy_names(proxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_changed_rows_and_arrivals_without_a_reset(qtbot) -> None:
    model, proxy = _model(qtbot)
    model.set_rows([R(1, "a", 5), R(3, "c", 9), R(4, "d", 1)])
    seen = _spy(model)
    model.set_rows([R(1, "a", 5), R(2, "b", 3), R(3, "c", 2), R(4, "d", 1), R(5, "e", 7), R(6, "f", 0)])
    assert seen["reset"] == []
    assert seen["inserted"] == [(1, 1), (4, 5)]
    assert seen["changed"] == [(2, 2)]  # only c's minutes changed
    assert [r.name for r in model.rows()] == ["a", "b", "c", "d", "e", "f"]
    assert _proxy_names(proxy) == ["f", "d", "c", "b", "a", "e"]  # sorted by minutes, re-sorted after the change


def test_a_row_that_leaves_resets_and_hands_its_selection_to_nobody(qtbot) -> None:
    from ui.common.widgets import make_table, selected_row

    model, proxy = _model(qtbot)
    view = make_table(proxy, fit=False)
    qtbot.addWidget(view)
    model.set_rows([R(1, "a", 5), R(2, "b", 3), R(3, "c", 9)])
    view.selectRow(proxy.mapFromSource(model.index(1, 0)).row())
    assert selected_row(view).name == "b"
    seen = _spy(model)
    model.set_rows([R(1, "a", 5), R(3, "c", 9)])
    assert seen["reset"] == [1]
    assert selected_row(view) is None  # not the neighbour: an action meant for b must not go to a or c


def test_nothing_changed_sends_nothing(qtbot) -> None:
    model, _proxy = _model(qtbot)
    rows = [R(1, "a", 5), R(2, "b", 3)]
    model.set_rows(rows)
    seen = _spy(model)
    model.set_rows([R(1, "a", 5), R(2, "b", 3)])
    assert seen == {"reset": [], "inserted": [], "removed": [], "changed": []}


def test_reordered_or_without_key_resets(qtbot) -> None:
    model, proxy = _model(qtbot)
    model.set_rows([R(1, "a", 5), R(2, "b", 3)])
    seen = _spy(model)
    model.set_rows([R(2, "b", 3), R(1, "a", 5)])
    assert seen["reset"] == [1]
    assert [r.name for r in model.rows()] == ["b", "a"]
    plain = RowTableModel([Column("Name", lambda r: r.name)])
    plain.set_rows([R(1, "a", 5)])
    seen = _spy(plain)
    plain.set_rows([R(1, "a", 6)])
    assert seen["reset"] == [1]


def test_privacy_mode_redraws_a_keyed_model(qtbot) -> None:
    from ui.common.privacy import Privacy

    model, _proxy = _model(qtbot)
    model.set_rows([R(1, "a", 5), R(2, "b", 3)])
    seen = _spy(model)
    privacy = Privacy.instance()
    was = privacy.client_safe
    try:
        privacy.set_client_safe(not was)
        assert seen["changed"] == [(0, 1)]  # every shown row: a cell may read differently now
    finally:
        privacy.set_client_safe(was)
