"""One action catalogue: every action comes from it, every entry is reachable and documented."""

from PySide6.QtGui import QAction, QKeySequence

from cybertrack.gui.action_catalogue import ACTIONS, BY_NAME, MENUS, SCOPES, TOOLBAR
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
# The GUI modules that create dialog actions.
SCOPED = [
    text
    for text in (p.read_text() for p in (ROOT / "cybertrack" / "gui").rglob("*.py"))
    if "add_scoped_action(" in text
]


def test_every_window_action_comes_from_the_catalogue(window):
    names = []
    for action in window.findChildren(QAction):
        name = action.objectName()
        if not action.shortcuts() and not name.startswith("action:"):
            continue  # Qt's own (menu titles, separators, the toolbar's toggle)
        assert name.startswith("action:"), f"{action.text()!r} is not from the catalogue"
        name = name.removeprefix("action:")
        if name.startswith("file.recent."):
            continue
        assert name in BY_NAME, name
        spec = BY_NAME[name]
        if spec.scope != "window":
            continue  # a panel's own keys (the proposals list in the negotiation dock)
        expected = [QKeySequence(k) for k in spec.keys]
        assert action.shortcuts() == expected, name
        names.append(name)
    window_specs = {s.name for s in ACTIONS if s.scope == "window"}
    assert set(names) == window_specs


def test_every_window_action_is_in_exactly_one_menu_and_the_toolbar_uses_known_ones():
    placed = [e for _, _, entries in MENUS for e in entries if e and not e.startswith("@")]
    assert len(placed) == len(set(placed))
    assert set(placed) == {s.name for s in ACTIONS if s.scope == "window"}
    assert {e for e in TOOLBAR if e} <= set(placed)


def test_every_dialog_action_is_created_by_its_dialog():
    for spec in ACTIONS:
        assert spec.scope in SCOPES, spec.name
        if spec.scope != "window":
            assert any(f'"{spec.name}"' in text for text in SCOPED), f"nothing creates {spec.name}"


def test_names_are_unique_and_every_action_has_keys():
    assert len(BY_NAME) == len(ACTIONS)
    for spec in ACTIONS:
        assert spec.keys, spec.name


def test_no_two_actions_of_one_scope_share_a_key():
    # Ctrl+Shift+P (precedent list, new proposal) and Ctrl+Shift+T (cite, status table) each
    # named two window actions: Qt reported an ambiguous shortcut and ran neither.
    seen: dict[tuple[str, str], str] = {}
    for spec in ACTIONS:
        for key in spec.keys:
            other = seen.setdefault((spec.scope, key), spec.name)
            assert other == spec.name, f"{key}: {other} and {spec.name}"


def test_the_readme_lists_every_key_of_the_catalogue():
    table = README[README.index("## Keyboard") :]
    for spec in ACTIONS:
        for key in spec.keys:
            readable = {"Return": "Enter", "Escape": "Escape"}.get(key, key)
            assert readable in table, f"{spec.name} ({readable}) missing from the README"


def test_a_toolbar_label_drops_a_mnemonic_set_apart_in_brackets():
    # Arabic and Chinese menus put the mnemonic after the word: "استيراد(&I)…". The toolbar
    # and tooltips showed "استيراد(I)".
    from cybertrack.gui.actions import plain

    assert plain("استيراد(&I)…") == "استيراد"
    assert plain("导入（&I）…") == "导入"
    assert plain("&Import…") == "Import"
    assert plain("Export stance &sheet…") == "Export stance sheet"
