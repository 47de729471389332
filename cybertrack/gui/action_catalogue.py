"""The one catalogue of the GUI's actions: name, text, keys, icon, and where each one lives.

The main window's menus and toolbar are built from it (`MENUS`, `TOOLBAR`), the dialogs take
their keys from it, the keyboard sheet (Help > Keyboard shortcuts) lists it, and a test checks
the README's keyboard tables against it.

Adding an action
    1. Add an `ActionSpec` below: a unique dotted name, its text (menu wording, with the &
       mnemonic) in QT_TRANSLATE_NOOP("Actions", ...), its keys (PortableText), an icon if it
       goes in the toolbar, and `scope`: "window" for the main window, else the dialog or view
       whose own keys it is.
    2. Window actions: put the name in `MENUS` (and `TOOLBAR` if wanted) and give the window a
       slot for it (`MainWindow._slots` or the module that owns the feature). Dialog actions:
       create it in the dialog with `gui.actions.add_scoped_action(self, "name", slot)`.
    3. Write the keys in the README's keyboard table and run
       `python packaging/update_translations.py` (then translate). tests/gui/test_actions.py
       fails while an action has no entry here, a catalogue entry is not reachable, or the
       README lacks its keys.
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; translated where it is shown."""
    return text


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    keys: tuple[str, ...]
    icon: str | None = None
    scope: str = "window"


def _a(
    name: str, text: str, *keys: str, icon: str | None = None, scope: str = "window"
) -> ActionSpec:
    return ActionSpec(name, text, keys, icon, scope)


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    _a("file.import", QT_TRANSLATE_NOOP("Actions", "&Import…"), "Ctrl+I", icon="import"),
    _a("file.export", QT_TRANSLATE_NOOP("Actions", "&Export…"), "Ctrl+E"),
    _a("file.export_sheet", QT_TRANSLATE_NOOP("Actions", "Export stance &sheet…"), "Ctrl+Shift+E"),
    _a("file.import_sheet", QT_TRANSLATE_NOOP("Actions", "Import stance s&heet…"), "Ctrl+Shift+I"),
    _a(
        "file.capital_report",
        QT_TRANSLATE_NOOP("Actions", "Report to c&apital…"),
        "Ctrl+Shift+R",
    ),
    _a("file.status_table", QT_TRANSLATE_NOOP("Actions", "Status &table…"), "Ctrl+Shift+T"),
    _a(
        "file.export_pack",
        QT_TRANSLATE_NOOP("Actions", "Export position &pack…"),
        "Ctrl+Alt+E",
    ),
    _a(
        "file.import_pack",
        QT_TRANSLATE_NOOP("Actions", "Import position pac&k…"),
        "Ctrl+Alt+I",
    ),
    _a("file.new", QT_TRANSLATE_NOOP("Actions", "&New workspace…"), "Ctrl+N"),
    _a("file.open", QT_TRANSLATE_NOOP("Actions", "&Open workspace…"), "Ctrl+O"),
    _a("file.save_copy", QT_TRANSLATE_NOOP("Actions", "Save a &copy…"), "Ctrl+Shift+S"),
    _a("file.restore", QT_TRANSLATE_NOOP("Actions", "Restore from &backup…"), "Ctrl+Alt+B"),
    _a("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q"),
    # Edit
    _a("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "Ctrl+Z", icon="undo"),
    _a("edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "Ctrl+Shift+Z", "Ctrl+Y", icon="redo"),
    _a("edit.find", QT_TRANSLATE_NOOP("Actions", "&Find…"), "Ctrl+F", icon="search"),
    _a(
        "edit.search_scope",
        QT_TRANSLATE_NOOP("Actions", "Search &in: text, notes and wording"),
        "Ctrl+Shift+F",
    ),
    _a("edit.clear_filters", QT_TRANSLATE_NOOP("Actions", "&Clear filters"), "Ctrl+Shift+L"),
    _a("edit.note", QT_TRANSLATE_NOOP("Actions", "Edit &note"), "Return"),
    _a("edit.amendment", QT_TRANSLATE_NOOP("Actions", "&Amend from the original"), "Ctrl+M"),
    _a(
        "edit.amendment_empty",
        QT_TRANSLATE_NOOP("Actions", "Amend starting &empty"),
        "Ctrl+Shift+M",
    ),
    # Precedent (agreed language) beside the amendment
    _a(
        "precedent.focus",
        QT_TRANSLATE_NOOP("Actions", "Go to the precedent &list"),
        "Ctrl+Alt+P",
    ),
    _a(
        "precedent.insert",
        QT_TRANSLATE_NOOP("Actions", "In&sert the precedent's wording"),
        "Ctrl+Shift+Return",
    ),
    _a(
        "precedent.cite",
        QT_TRANSLATE_NOOP("Actions", "Ci&te the precedent as agreed language"),
        "Ctrl+Alt+C",
    ),
    _a("edit.preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "Ctrl+,"),
    # Stance
    _a("stance.support", QT_TRANSLATE_NOOP("Actions", "&Support"), "1", icon="support"),
    _a("stance.oppose", QT_TRANSLATE_NOOP("Actions", "&Oppose"), "2", icon="oppose"),
    _a("stance.amend", QT_TRANSLATE_NOOP("Actions", "&Amend"), "3", icon="amend"),
    _a("stance.clear", QT_TRANSLATE_NOOP("Actions", "&Clear stance"), "0", icon="clear"),
    _a("stance.checked", QT_TRANSLATE_NOOP("Actions", "Mark as c&hecked"), "Ctrl+K"),
    # Room: where the room stands (as of now), capital's instruction, others' proposals
    _a("room.agreed", QT_TRANSLATE_NOOP("Actions", "&Agreed"), "Alt+1"),
    _a("room.ad_ref", QT_TRANSLATE_NOOP("Actions", "Agreed ad &ref"), "Alt+2"),
    _a("room.pending", QT_TRANSLATE_NOOP("Actions", "&Pending"), "Alt+3"),
    _a("room.informals", QT_TRANSLATE_NOOP("Actions", "In&formals"), "Alt+4"),
    _a("room.bracketed", QT_TRANSLATE_NOOP("Actions", "&Bracketed"), "Alt+5"),
    _a("room.deleted", QT_TRANSLATE_NOOP("Actions", "&Deleted"), "Alt+6"),
    _a("room.clear", QT_TRANSLATE_NOOP("Actions", "&No room status"), "Alt+0"),
    _a("room.record", QT_TRANSLATE_NOOP("Actions", "Record room status at a &time…"), "Ctrl+R"),
    _a(
        "room.instruction",
        QT_TRANSLATE_NOOP("Actions", "Capital's &instruction"),
        "Ctrl+Shift+K",
    ),
    _a("room.propose", QT_TRANSLATE_NOOP("Actions", "New pr&oposal…"), "Ctrl+Shift+P"),
    # Go
    _a("go.next", QT_TRANSLATE_NOOP("Actions", "&Next item"), "J"),
    _a("go.previous", QT_TRANSLATE_NOOP("Actions", "&Previous item"), "K"),
    _a(
        "go.next_undecided",
        QT_TRANSLATE_NOOP("Actions", "Next &undecided item"),
        "N",
        icon="next-undecided",
    ),
    _a("go.list", QT_TRANSLATE_NOOP("Actions", "Back to the &list"), "Escape"),
    _a("go.text", QT_TRANSLATE_NOOP("Actions", "Item &text (select and copy)"), "Ctrl+T"),
    _a("go.navigator", QT_TRANSLATE_NOOP("Actions", "&Documents and sections"), "Ctrl+D"),
    # View
    _a("view.undecided", QT_TRANSLATE_NOOP("Actions", "Only &undecided items"), "Ctrl+Shift+U"),
    _a("view.deviations", QT_TRANSLATE_NOOP("Actions", "Only d&eviations"), "Ctrl+Shift+X"),
    _a("view.as_of", QT_TRANSLATE_NOOP("Actions", "Room &as of…"), "Ctrl+Shift+A"),
    _a(
        "view.negotiation",
        QT_TRANSLATE_NOOP("Actions", "&Room, capital and proposals"),
        "Ctrl+Shift+N",
    ),
    _a("view.compare", QT_TRANSLATE_NOOP("Actions", "&Compare documents…"), "Ctrl+Shift+C"),
    _a("view.links", QT_TRANSLATE_NOOP("Actions", "&Links between versions…"), "Ctrl+L"),
    _a(
        "view.carry",
        QT_TRANSLATE_NOOP("Actions", "Carry positions to the &new version…"),
        "Ctrl+Shift+V",
    ),
    _a("view.delegations", QT_TRANSLATE_NOOP("Actions", "&Delegations…"), "Ctrl+Shift+D"),
    _a("view.team", QT_TRANSLATE_NOOP("Actions", "&Team…"), "Ctrl+Alt+T"),
    _a(
        "view.disagreements",
        QT_TRANSLATE_NOOP("Actions", "Only team disa&greements"),
        "Ctrl+Alt+D",
    ),
    # Help
    _a("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "Ctrl+/"),
    _a("help.guide", QT_TRANSLATE_NOOP("Actions", "&User guide"), "F1"),
    _a("help.about", QT_TRANSLATE_NOOP("Actions", "&About CyberTrack"), "Ctrl+Shift+F1"),
    # The import preview
    _a(
        "preview.import",
        QT_TRANSLATE_NOOP("Actions", "Import the document"),
        "Ctrl+Return",
        scope="preview",
    ),
    _a(
        "preview.split",
        QT_TRANSLATE_NOOP("Actions", "Split the item"),
        "Ctrl+Shift+T",
        scope="preview",
    ),
    _a(
        "preview.merge",
        QT_TRANSLATE_NOOP("Actions", "Merge into the item above"),
        "Ctrl+Shift+M",
        scope="preview",
    ),
    _a(
        "preview.make_item",
        QT_TRANSLATE_NOOP("Actions", "Make the left-out text an item"),
        "Ctrl+Shift+A",
        scope="preview",
    ),
    _a(
        "preview.renumber", QT_TRANSLATE_NOOP("Actions", "Renumber the item"), "F2", scope="preview"
    ),
    _a(
        "preview.next_left_out",
        QT_TRANSLATE_NOOP("Actions", "Next left-out text"),
        "F8",
        scope="preview",
    ),
    # The links between two versions
    _a("links.confirm", QT_TRANSLATE_NOOP("Actions", "Confirm the link"), "C", scope="links"),
    _a("links.reject", QT_TRANSLATE_NOOP("Actions", "Reject the link"), "R", scope="links"),
    _a("links.repoint", QT_TRANSLATE_NOOP("Actions", "Re-point the link"), "P", scope="links"),
    _a("links.find", QT_TRANSLATE_NOOP("Actions", "Find candidate links"), "F", scope="links"),
    _a("links.next", QT_TRANSLATE_NOOP("Actions", "Next link"), "J", scope="links"),
    _a("links.previous", QT_TRANSLATE_NOOP("Actions", "Previous link"), "K", scope="links"),
    # Carrying positions to a new version
    _a(
        "carry.carry",
        QT_TRANSLATE_NOOP("Actions", "Carry the ticked positions"),
        "Ctrl+Return",
        scope="carry",
    ),
    # The comparison view
    _a(
        "compare.export",
        QT_TRANSLATE_NOOP("Actions", "Export the comparison"),
        "Ctrl+E",
        scope="compare",
    ),
    _a(
        "compare.list",
        QT_TRANSLATE_NOOP("Actions", "Back to the comparison list"),
        "Ctrl+F",
        scope="compare",
    ),
    # The proposals on a paragraph (room, capital and proposals panel)
    _a(
        "proposals.edit", QT_TRANSLATE_NOOP("Actions", "Edit the proposal"), "F2", scope="proposals"
    ),
    _a(
        "proposals.withdraw",
        QT_TRANSLATE_NOOP("Actions", "Withdraw or reinstate the proposal"),
        "Delete",
        scope="proposals",
    ),
    # A position pack's preview
    _a(
        "pack.apply",
        QT_TRANSLATE_NOOP("Actions", "Merge the pack"),
        "Ctrl+Return",
        scope="pack",
    ),
    # The team view: paragraphs of colleagues' rows found nowhere here
    _a("team.link", QT_TRANSLATE_NOOP("Actions", "Link to the candidate"), "C", scope="team"),
    _a("team.reject", QT_TRANSLATE_NOOP("Actions", "Not this paragraph"), "R", scope="team"),
    # Other delegations
    _a(
        "delegations.support",
        QT_TRANSLATE_NOOP("Actions", "They support"),
        "1",
        scope="delegations",
    ),
    _a("delegations.oppose", QT_TRANSLATE_NOOP("Actions", "They oppose"), "2", scope="delegations"),
    _a(
        "delegations.amend",
        QT_TRANSLATE_NOOP("Actions", "They want it amended"),
        "3",
        scope="delegations",
    ),
    _a(
        "delegations.clear",
        QT_TRANSLATE_NOOP("Actions", "Clear their stance"),
        "0",
        scope="delegations",
    ),
    _a(
        "delegations.participants",
        QT_TRANSLATE_NOOP("Actions", "Add the participants"),
        "Ctrl+P",
        scope="delegations",
    ),
    _a(
        "delegations.add",
        QT_TRANSLATE_NOOP("Actions", "Add a delegation"),
        "Ctrl+N",
        scope="delegations",
    ),
)

BY_NAME: dict[str, ActionSpec] = {spec.name: spec for spec in ACTIONS}

# The recent workspaces are made as the list changes; their keys follow this pattern.
RECENT_KEYS = "Ctrl+Alt+%1"
RECENT_MENU = "@recent"

# Menu bar: (object name, title, entries); None is a separator, RECENT_MENU the recent list.
MENUS: tuple[tuple[str, str, tuple[str | None, ...]], ...] = (
    (
        "file",
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            "file.import",
            "file.export",
            "file.export_sheet",
            "file.import_sheet",
            "file.capital_report",
            "file.status_table",
            "file.export_pack",
            "file.import_pack",
            None,
            "file.new",
            "file.open",
            "file.save_copy",
            RECENT_MENU,
            "file.restore",
            None,
            "file.quit",
        ),
    ),
    (
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        (
            "edit.undo",
            "edit.redo",
            None,
            "edit.find",
            "edit.search_scope",
            "edit.clear_filters",
            None,
            "edit.note",
            "edit.amendment",
            "edit.amendment_empty",
            None,
            "precedent.focus",
            "precedent.insert",
            "precedent.cite",
            None,
            "edit.preferences",
        ),
    ),
    (
        "stance",
        QT_TRANSLATE_NOOP("Actions", "&Stance"),
        (
            "stance.support",
            "stance.oppose",
            "stance.amend",
            "stance.clear",
            None,
            "stance.checked",
        ),
    ),
    (
        "room",
        QT_TRANSLATE_NOOP("Actions", "&Room"),
        (
            "room.agreed",
            "room.ad_ref",
            "room.pending",
            "room.informals",
            "room.bracketed",
            "room.deleted",
            "room.clear",
            None,
            "room.record",
            None,
            "room.instruction",
            "room.propose",
        ),
    ),
    (
        "go",
        QT_TRANSLATE_NOOP("Actions", "&Go"),
        ("go.next", "go.previous", "go.next_undecided", "go.list", "go.text", "go.navigator"),
    ),
    (
        "view",
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            "view.undecided",
            "view.deviations",
            "view.as_of",
            "view.negotiation",
            "view.disagreements",
            None,
            "view.compare",
            "view.links",
            "view.carry",
            "view.delegations",
            "view.team",
        ),
    ),
    (
        "help",
        QT_TRANSLATE_NOOP("Actions", "&Help"),
        ("help.shortcuts", "help.guide", "help.about"),
    ),
)

TOOLBAR: tuple[str | None, ...] = (
    "file.import",
    None,
    "stance.support",
    "stance.oppose",
    "stance.amend",
    "stance.clear",
    "go.next_undecided",
    None,
    "edit.undo",
    "edit.redo",
)

# Titles of the scopes, for the keyboard sheet.
SCOPES: dict[str, str] = {
    "window": QT_TRANSLATE_NOOP("Actions", "Main window"),
    "preview": QT_TRANSLATE_NOOP("Actions", "Import preview"),
    "links": QT_TRANSLATE_NOOP("Actions", "Links between versions"),
    "carry": QT_TRANSLATE_NOOP("Actions", "Carry-over"),
    "compare": QT_TRANSLATE_NOOP("Actions", "Comparison"),
    "delegations": QT_TRANSLATE_NOOP("Actions", "Delegations"),
    "proposals": QT_TRANSLATE_NOOP("Actions", "Proposals"),
    "pack": QT_TRANSLATE_NOOP("Actions", "Position pack"),
    "team": QT_TRANSLATE_NOOP("Actions", "Team"),
}
