"""The draft list model (lazy paging, search, filters) and the findings model, without the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from brandjournal.domain import DraftStatus, Flag, FlagKind, Severity
from brandjournal.ui.draft_list_model import DRAFT_ID_ROLE, DraftListModel
from brandjournal.ui.warnings_model import FLAG_ROLE, WarningsModel

pytestmark = pytest.mark.gui


@pytest.fixture
def many_drafts(ui_journal):
    for n in range(450):
        ui_journal.create_draft(f"Draft {n:03d}", f"Body {n}", status=DraftStatus.IDEA if n % 3 else DraftStatus.DRAFT)
    return ui_journal


def test_draft_list_model_passes_the_model_tester(qtmodeltester, many_drafts):
    # One model per configuration: Qt's tester runs its checks (fetchMore included) from its modelReset handler,
    # before it marks the reset finished, so it reports any reset of a lazily-loading model as a nested change.
    model = DraftListModel(many_drafts, page_size=100)
    qtmodeltester.check(model)
    filtered = DraftListModel(many_drafts, page_size=100)
    filtered.set_status_filter(DraftStatus.DRAFT)
    qtmodeltester.check(filtered)
    searching = DraftListModel(many_drafts, page_size=100)
    searching.set_search("Body")
    qtmodeltester.check(searching)


def test_draft_list_loads_lazily_page_by_page(qapp, many_drafts):
    model = DraftListModel(many_drafts, page_size=100)
    assert model.rowCount() == 100
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert model.index(0, DraftListModel.TITLE).data() == "Draft 449"  # newest edit first
    assert model.index(449, DraftListModel.TITLE).data() == "Draft 000"


def test_status_filter_and_search(qapp, many_drafts):
    model = DraftListModel(many_drafts, page_size=100)
    model.set_status_filter(DraftStatus.DRAFT)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 150
    assert {model.index(r, DraftListModel.STATUS).data() for r in range(150)} == {"Draft"}
    model.set_status_filter(None)
    model.set_search("Body 42")
    ids = [model.index(r, 0).data(DRAFT_ID_ROLE) for r in range(model.rowCount())]
    titles = {many_drafts.get_draft(i).title for i in ids}
    assert "Draft 042" in titles
    assert not model.canFetchMore(QModelIndex())


def test_new_and_updated_drafts_show_without_reload(qapp, ui_journal):
    model = DraftListModel(ui_journal)
    assert model.rowCount() == 0
    draft = ui_journal.create_draft("", "")
    model.add_draft(draft)
    assert model.index(0, DraftListModel.TITLE).data() == "(untitled)"
    draft = ui_journal.update_draft(draft.id, title="Named", score=88)
    model.update_draft(draft)
    assert model.index(0, DraftListModel.TITLE).data() == "Named"
    assert model.index(0, DraftListModel.SCORE).data() == "88"
    assert model.headerData(DraftListModel.SCORE, Qt.Orientation.Horizontal) == "Score"


def _flag(kind, start, end, severity=Severity.WARNING):
    return Flag(kind, start, end, "word", severity, f"{kind}.x", "because")


def test_warnings_model_lists_warnings_first_in_text_order(qtmodeltester):
    model = WarningsModel()
    flags = (
        _flag(FlagKind.VALUE_EXPRESSED, 0, 4, Severity.INFO),
        _flag(FlagKind.JARGON, 20, 24),
        _flag(FlagKind.HEDGE, 10, 14),
    )
    model.set_flags(flags)
    qtmodeltester.check(model)
    order = [model.index(r).data(FLAG_ROLE).kind for r in range(3)]
    assert order == [FlagKind.HEDGE, FlagKind.JARGON, FlagKind.VALUE_EXPRESSED]
    assert "because" in model.index(0).data()
