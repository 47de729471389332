"""Messages as codes: what the layers below the front ends tell the user.

Below `gui/` and `cli/` no sentence is built. A result, warning or error is a `Message`: a `Code`
and named arguments. The CLI prints `english(message)`; the GUI translates the code's template
(Qt context "Message") and fills in the same arguments in the interface language.

Adding a message
    1. Add a member to `Code` below: a stable dotted key and the English template.
    2. Raise or return `Message(Code.YOUR_CODE, name=value, ...)`.
    3. Run `python packaging/update_translations.py` and translate the new entries in
       `resources/translations/*.ts` (context "Message"). tests/unit/test_messages.py fails while
       a language lacks a code, or a translation drops one of its placeholders.

Template syntax
    {name}            the argument `name` (numbers and dates are written in the reader's locale)
    {n|item|items}    a plural choice on the integer argument `n`: the forms follow the
                      language's plural rules (English and Spanish: one, other; French: 0 and 1
                      are singular; Russian: one, few, many; Arabic: zero, one, two, few, many,
                      other; Chinese: one form). A translation may give fewer forms: the last
                      one is used for the rest.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from types import MappingProxyType
from typing import Union

Arg = Union[str, int, float, date, "Message"]


class Code(enum.Enum):
    """Every message below the front ends: (stable key, English template)."""

    def __init__(self, key: str, english: str) -> None:
        self.key = key
        self.english = english

    # -- import: reading a file --------------------------------------------------------------
    IMPORT_EMPTY = ("import.empty", "{name} is empty")
    IMPORT_NO_ITEMS = (
        "import.no_items",
        "{name} contains no numbered paragraphs or recommendations",
    )
    FILE_MISSING = ("file.missing", "{path} does not exist")
    IMPORT_FOLDER = ("import.folder", "{path} is a folder, not a document")
    IMPORT_TOO_LARGE = (
        "import.too_large",
        "{name} is too large to be a meeting document ({size} MB)",
    )
    IMPORT_TEXT_TOO_LARGE = (
        "import.text_too_large",
        "{name} is too large for a meeting document in text form ({size} MB; the limit is "
        "{limit} MB)",
    )
    IMPORT_PERMISSION = ("import.permission", "{path} cannot be read (permission denied)")
    IMPORT_UNREADABLE = ("import.unreadable", "{path} cannot be read: {reason}")
    IMPORT_FAKE_FORMAT = (
        "import.fake_format",
        "{name} is not a real {kind} file (its content is of another kind)",
    )
    IMPORT_OLD_WORD = (
        "import.old_word",
        "{name} is an old binary Word (.doc) file; save it as .docx in Word",
    )
    IMPORT_BINARY = (
        "import.binary",
        "{name} is not a document CyberTrack can read (binary content)",
    )
    IMPORT_OTHER_ARCHIVE = (
        "import.other_archive",
        "{name} is a spreadsheet, a presentation or another kind of archive, not a Word "
        "(.docx) or OpenDocument (.odt) text",
    )
    IMPORT_ENCODING = ("import.encoding", "{name} is not valid text (unknown character encoding)")
    IMPORT_LEGACY_ENCODING = (
        "import.legacy_encoding",
        "{name} is not in Unicode: it was read as {encoding}; check that its letters look right",
    )
    IMPORT_EMAIL_ATTACHED_ONLY = (
        "import.email_attached_only",
        "{name} is an e-mail whose text is empty; the documents attached to it ({files}) are "
        "not read from it: save them and import each",
    )
    IMPORT_EMAIL_ATTACHMENTS = (
        "import.email_attachments",
        "the e-mail's text is imported; the documents attached to it ({files}) are not: save "
        "them and import each",
    )
    IMPORT_EMAIL_ATTACHMENT_READ = (
        "import.email_attachment_read",
        "the text of {name} holds no numbered paragraphs: the document attached to it, {file}, "
        "is imported",
    )
    IMPORT_OUTLOOK_MESSAGE = (
        "import.outlook_message",
        "{name} is an Outlook message, not a document: save the document it carries (or its "
        "text) and import that",
    )
    IMPORT_OTHER_OFFICE = (
        "import.other_office",
        "{name} is an Excel or PowerPoint file (or another old Office file), not a Word document",
    )
    IMPORT_UNSUPPORTED = ("import.unsupported", "{name}: {kind} files are not supported")
    IMPORT_READER_FAILED = ("import.reader_failed", "{name} could not be read as {kind} ({reason})")
    DOCX_UNREADABLE = (
        "import.docx.unreadable",
        "{name} is not a readable Word file (damaged or not .docx)",
    )
    DOCX_NOT_WORD = ("import.docx.not_word", "{name} is not a Word document ({reason})")
    DOCX_BAD_XML = ("import.docx.bad_xml", "{name} is a damaged Word file (its XML cannot be read)")
    DOCX_PART_MISSING = (
        "import.docx.part_missing",
        "{name} is a damaged Word file: its part {part} is missing",
    )
    DOCX_PASSWORD = (
        "import.docx.password",
        "{name} is password-protected; remove the password in Word and import it again",
    )
    ZIP_DAMAGED = (
        "import.zip.damaged",
        "{name} is not a readable Word file (its zip container is damaged)",
    )
    ZIP_PART_DAMAGED = (
        "import.zip.part_damaged",
        "{name} is a damaged Word file (a part cannot be unpacked)",
    )
    ZIP_TOO_MANY_PARTS = (
        "import.zip.too_many_parts",
        "{name} is refused: it holds {count} parts, far more than any document",
    )
    ZIP_TOO_LARGE = (
        "import.zip.too_large",
        "{name} is refused: it would unpack to {size} MB, which only a zip bomb does",
    )
    ZIP_BOMB = (
        "import.zip.bomb",
        "{name} is refused: its part {part} expands {ratio} times, which only a zip bomb does",
    )
    XML_ENTITIES = (
        "import.xml.entities",
        "{name} is refused: its part {part} declares XML entities (DOCTYPE/ENTITY), which Word "
        "never writes and attacks use",
    )
    ODT_DAMAGED = (
        "import.odt.damaged",
        "{name} is not a readable OpenDocument text (.odt) file (damaged)",
    )
    ODT_PART_MISSING = (
        "import.odt.part_missing",
        "{name} is a damaged OpenDocument text file: its part {part} is missing",
    )
    ODT_PASSWORD = (
        "import.odt.password",
        "{name} is password-protected; save an unprotected copy in LibreOffice",
    )
    RTF_DAMAGED = ("import.rtf.damaged", "{name} is not a readable RTF file ({reason})")
    HTML_ENTITIES = (
        "import.html.entities",
        "{name} is refused: it declares entities (<!ENTITY>), which web pages never need",
    )
    MARKUP_TOO_LARGE = (
        "import.markup_too_large",
        "{name} is too large for a meeting document in {kind} form ({size} MB; the limit is "
        "{limit} MB)",
    )
    DOC_CONVERT_FAILED = (
        "import.doc.convert_failed",
        "{name} is an old binary Word (.doc) file and LibreOffice could not convert it "
        "({reason}); save it as .docx in Word",
    )
    PDF_PASSWORD = (
        "import.pdf.password",
        "{name} is password-protected; save an unprotected copy",
    )
    PDF_UNREADABLE = (
        "import.pdf.unreadable",
        "{name} is not a readable PDF (damaged or truncated)",
    )
    PDF_PAGE_DAMAGED = (
        "import.pdf.page_damaged",
        "{name} is a damaged PDF (a page cannot be read)",
    )
    PDF_NO_TEXT = (
        "import.pdf.no_text",
        "{name} has no text layer (a scanned image?); ask for the Word or text version",
    )
    PDF_BOMB = (
        "import.pdf.bomb",
        "{name} is refused: its compressed streams would expand past {limit} MB, which only a "
        "compression bomb does",
    )
    PDF_IMPLAUSIBLE_TEXT = (
        "import.pdf.implausible_text",
        "the text of page(s) {pages} does not read as words (a font that maps its characters "
        "wrongly?): compare those pages with the printed document",
    )
    PDF_IMAGE_PAGES = (
        "import.pdf.image_pages",
        "no text on page(s) {pages}, only images (a scan, a map or a chart?): what they show "
        "is not imported",
    )
    DOCX_LARGE_PICTURES = (
        "import.docx.large_pictures",
        "large pictures in the Word file ({n}, the first {where}): a scan, a map or a chart? "
        "What they show is not imported",
    )
    DOCX_HIDDEN_TEXT = (
        "import.docx.hidden_text",
        "hidden text in the Word file ({chars} characters, the first {excerpt!q}): Word does "
        "not show it, so it is not imported",
    )
    COMMENTS = (
        "import.comments",
        "{n} {n|comment|comments} in the margin of the {kind} file (the first {excerpt!q}): "
        "comments are not imported; read them in the file",
    )
    DOCX_STRUCK_TEXT = (
        "import.docx.struck_text",
        "text struck through in {n} {n|paragraph|paragraphs} of the Word file (the first "
        "{excerpt!q}): a deletion proposed by formatting, not a tracked change? It is kept in "
        "the items as if it stood: read them against the document",
    )
    MARKUP_TRACKED_CHANGES = (
        "import.markup.tracked_changes",
        "{n} tracked {n|change|changes} in the {kind} file, read as proposed (changes "
        "accepted): text proposed for deletion is left out. Import its Word (.docx) version "
        "to see each change",
    )
    AFTER_TEXT = ("import.where.after_text", "after {excerpt!q}")
    AT_DOCUMENT_START = ("import.where.document_start", "at the start of the document")

    # -- import: results ---------------------------------------------------------------------
    IMPORTED = ("import.done", "imported {document}: {n} {n|item|items}")
    IMPORTED_VERSION = (
        "import.done_version",
        "imported {document}: {n} {n|item|items} (new version of {symbol})",
    )
    # A warning an importer gives with what it read (ParsedDocument.warnings).
    IMPORT_NUMBERING_GAP = (
        "import.warning.numbering_gap",
        "the numbering jumps from {first} to {next}: a paragraph may be missing",
    )
    IMPORT_UNNUMBERED = (
        "import.unnumbered",
        "no paragraph carries a printed number: {n} {n|paragraph is|paragraphs are} numbered "
        "in reading order",
    )
    IMPORT_LAZY_LIST = (
        "import.lazy_list",
        "{n} {n|item is|items are} numbered as a Markdown viewer shows them: the text repeats "
        "the same list number before each",
    )
    IMPORT_RECORD = (
        "import.record",
        "read as a meeting record: {n} {n|statement|statements} by {speakers} "
        "{speakers|speaker|speakers}, numbered in reading order",
    )
    IMPORT_ALREADY_PRESENT = (
        "import.already_present",
        "{name} is already in the workspace (document {document_id})",
    )
    IMPORTED_LIBRARY = (
        "import.done_library",
        "added {document} to the library of precedent: {n} {n|paragraph|paragraphs}",
    )

    # -- import: what the import found, and what it could not place -------------------------
    AT_PAGE = ("import.where.page", "page {page}")
    AT_HEADING = ("import.where.heading", "under {heading!q}")
    AT_START = ("import.where.start", "before the first heading")
    GAP = ("import.gap", "{missing} missing between {before} and {after} ({where})")
    GAP_AT_START = ("import.gap_at_start", "{missing} missing before {first} ({where})")
    DUPLICATE = ("import.duplicate", "{number} appears twice ({where})")
    OUT_OF_ORDER = (
        "import.out_of_order",
        "{number} comes after {previous}, out of order ({where})",
    )
    LEFT_OUT = (
        "import.left_out",
        "text in no item or heading ({where}, {chars} {chars|character|characters}): {excerpt!q}",
    )
    COVER_PROSE = (
        "import.cover_prose",
        "read as the cover page, before the first paragraph or heading ({chars} characters): "
        "{excerpt!q}",
    )
    TRANSLATION = (
        "import.translation",
        "the text is printed again from {excerpt!q} on, in another language: that copy "
        "({chars} {chars|character|characters}) was not imported",
    )
    LEFT_OUT_SHARE = (
        "import.left_out_share",
        "{share}% of the body text is in no item or heading",
    )
    COVERAGE = (
        "import.coverage",
        "{share}% of the body text in items or headings; tables {tables} {tables|character|"
        "characters}, footnotes {footnotes} {footnotes|character|characters}",
    )
    TRACKED_CHANGES = (
        "import.tracked_changes",
        "{n} {n|item carries|items carry} tracked changes; imported as {view}",
    )
    WORD_PROPOSED = ("word.revisions.proposed", "proposed (changes accepted)")
    WORD_ORIGINAL = ("word.revisions.original", "original (changes rejected)")
    STRICT_GAP = (
        "import.strict.gap",
        "{name} is refused (--strict): its numbering has {n} {n|gap|gaps}; nothing was imported",
    )
    STRICT_LEFT_OUT = (
        "import.strict.left_out",
        "{name} is refused (--strict): {share}% of its body text is in no item or heading (the "
        "limit is {limit}%); nothing was imported",
    )

    # -- the stance spreadsheet --------------------------------------------------------------
    SHEET_UNREADABLE = (
        "sheet.unreadable",
        "{name} is not an Excel workbook (.xlsx) CyberTrack can read",
    )
    SHEET_DAMAGED = ("sheet.damaged", "{name} is not an Excel workbook (.xlsx): {reason}")
    SHEET_NO_COLUMN = (
        "sheet.no_column",
        "{name} has no column {column!q}; export a stance sheet to see the layout",
    )
    SHEET_NAME_XLSX = (
        "sheet.name_xlsx",
        "{name}: the stance sheet is an Excel file; name it .xlsx",
    )
    SHEET_ROW_NO_ID = (
        "sheet.row.no_id",
        "row {row}: no item id (the first column must keep the exported id)",
    )
    SHEET_ROW_UNKNOWN_ITEM = (
        "sheet.row.unknown_item",
        "row {row}: no item with id {item_id} in this workspace",
    )
    SHEET_ROW_OTHER_LABEL = (
        "sheet.row.other_label",
        "row {row}: item {item_id} is {label} here, not {sheet_label}",
    )
    SHEET_ROW_TWICE = (
        "sheet.row.twice",
        "row {row}: item {item_id} appears twice; only its first row is used",
    )
    SHEET_ROW_PROBLEM = ("sheet.row.problem", "row {row}: {problem}")

    # -- the workspace file ------------------------------------------------------------------
    WORKSPACE_IS_FOLDER = ("workspace.is_folder", "{path} is a folder, not a workspace file")
    WORKSPACE_NOT_FOUND = (
        "workspace.not_found",
        "there is no workspace at {path}: check the path (--db or $CYBERTRACK_DB); an import "
        "makes a new one",
    )
    WORKSPACE_CANNOT_OPEN = ("workspace.cannot_open", "cannot open {path}: {reason}")
    WORKSPACE_DISK_FAILING = (
        "workspace.disk_failing",
        "cannot open {path}: the disk is full, failing or gone ({reason}); the file was not "
        "changed",
    )
    WORKSPACE_BUSY_OPEN = (
        "workspace.busy_open",
        "{path} is busy in another program; try again in a moment",
    )
    WORKSPACE_UNUSABLE = (
        "workspace.unusable",
        "cannot open {path}: the file or its folder cannot be used",
    )
    WORKSPACE_DAMAGED_OPEN = (
        "workspace.damaged_open",
        "{path} is damaged or not a CyberTrack workspace ({reason})",
    )
    WORKSPACE_DAMAGED = ("workspace.damaged", "{path} is damaged ({reason})")
    WORKSPACE_BACKUP_BEFORE_UPGRADE = (
        "workspace.backup_before_upgrade",
        "{path} needs an upgrade, but its backup {backup} could not be written ({reason}); the "
        "file was not changed",
    )
    WORKSPACE_NEWER = (
        "workspace.newer",
        "{path} was written by a newer CyberTrack (schema {version}; this version reads up to "
        "{supported}). Update CyberTrack to open it; the file was not changed.",
    )
    WORKSPACE_PREPARE_FAILED = (
        "workspace.prepare_failed",
        "{path} could not be prepared: {reason}",
    )
    WORKSPACE_NOT_THERE = ("workspace.not_there", "cannot open {path}: it does not exist")
    WORKSPACE_READ_ONLY_NEWER = (
        "workspace.read_only_newer",
        "{path} is read-only and was written by a newer CyberTrack; update CyberTrack to open it",
    )
    WORKSPACE_READ_ONLY_OLDER = (
        "workspace.read_only_older",
        "{path} is read-only and was written by an older CyberTrack; copy it to a writable "
        "folder to upgrade it",
    )
    WORKSPACE_NOT_READABLE = (
        "workspace.not_readable",
        "{path} is not a readable CyberTrack workspace ({reason})",
    )
    WORKSPACE_READ_ONLY = (
        "workspace.read_only",
        "{name} is open read-only (the file or its folder cannot be written); nothing was changed",
    )
    WORKSPACE_GONE = (
        "workspace.gone",
        "the workspace file {path} is no longer there (was its disk removed?); nothing was "
        "changed — reconnect it and reopen CyberTrack; everything saved before is in that file",
    )
    WRITE_BUSY = (
        "write.busy",
        "the workspace is busy in another CyberTrack window or command; try again",
    )
    WRITE_READ_ONLY = ("write.read_only", "the workspace file is read-only; nothing was changed")
    WRITE_DISK = (
        "write.disk",
        "the workspace could not be written ({reason}); your earlier work is safe",
    )
    WRITE_FAILED = ("write.failed", "the workspace could not be written: {reason}")
    WRITE_REFUSED = ("write.refused", "the change was refused ({reason}); nothing was saved")
    WRITE_DAMAGED = (
        "write.damaged",
        "the workspace file is damaged ({reason}); nothing was changed — restore a backup "
        "(File > Restore from backup…, or cybertrack restore)",
    )
    COPY_IS_OPEN = ("workspace.copy_is_open", "{path} is the open workspace; choose another file")
    CANNOT_WRITE = ("file.cannot_write", "cannot write {path}: {reason}")

    # -- backups and recovery ----------------------------------------------------------------
    BACKUP_FAILED = ("backup.failed", "no backup could be written: {reason}")
    BACKUP_DAMAGED = ("backup.damaged", "{name} is damaged ({reason}); choose another backup")
    BACKUP_NOT_A_WORKSPACE = (
        "backup.not_a_workspace",
        "{name} is not a CyberTrack workspace ({reason})",
    )
    BACKUP_NEWER = ("backup.newer", "{name} was written by a newer CyberTrack")
    BACKUP_RESTORE_FAILED = ("backup.restore_failed", "the backup could not be restored: {reason}")
    BACKUP_NO_NUMBER = (
        "backup.no_number",
        "there is no backup number {number} (see cybertrack backups)",
    )
    RESTORED = ("backup.restored", "restored {name}; the previous state is saved as {safety}")
    RECOVERY_NO_BACKUP = (
        "recovery.no_backup",
        "{problem}. There is no good backup of it; the file was not changed",
    )
    RECOVERY_DECLINED = ("recovery.declined", "{problem}. Nothing was changed")
    RECOVERY_MOVE_FAILED = (
        "recovery.move_failed",
        "the damaged workspace could not be moved aside ({reason}); nothing was changed",
    )
    RECOVERY_PUT_FAILED = (
        "recovery.put_failed",
        "the backup could not be put in place ({reason}); the damaged file is at {damaged}",
    )

    # -- items and documents -----------------------------------------------------------------
    NO_DOCUMENT = ("lookup.no_document", "no document with id {document_id}")
    NO_ITEM = ("lookup.no_item", "no item with id {item_id}")
    NO_ITEM_NUMBERED = (
        "lookup.no_item_numbered",
        "document {document_id} has no item numbered {number}",
    )
    NUMBER_TOO_LARGE = (
        "lookup.number_too_large",
        "a number given is too large to name an item, a document or a count",
    )
    AMBIGUOUS_ITEM_NUMBER = (
        "lookup.ambiguous_item_number",
        "document {document_id} has more than one item numbered {number} (items {ids}): name "
        "the item by its id, as `cybertrack items` lists it",
    )
    BAD_ITEM_REFERENCE = (
        "lookup.bad_item_reference",
        "{reference!q} is neither an item id nor DOCUMENT_ID:NUMBER",
    )
    BAD_DOCUMENT_REFERENCE = (
        "lookup.bad_document_reference",
        "{reference!q} is not DOCUMENT_ID:NUMBER",
    )
    NO_DELEGATION = ("lookup.no_delegation", "no delegation with id {delegation_id}")
    NO_DELEGATION_NAMED = (
        "lookup.no_delegation_named",
        "no delegation named {name!q} (see: cybertrack delegations)",
    )
    BAD_CHOICE = ("value.bad_choice", "unknown {what} {value!q} (choose {choices})")

    # -- what a command did (undo texts and results) -----------------------------------------
    DID_IMPORT = ("did.import", "Import {document}")
    DID_IMPORT_ALREADY = ("did.import_already", "Import (already present)")
    DID_SET_STANCE = ("did.set_stance", "Set {n} {n|item|items} to {stance}")
    DID_SET_STANCE_ONE = ("did.set_stance_one", "Set {item} to {stance}")
    DID_EDIT_FIELD_OF = ("did.edit_field_of", "Edit the {field} of {item}")
    DID_MARK_CHECKED = ("did.mark_checked", "Mark {n} {n|item|items} as checked")
    DID_SET_PRIORITY = ("did.set_priority", "Set priority of {n} {n|item|items} to {priority}")
    DID_EDIT_FIELD = ("did.edit_field", "Edit {field}")
    DID_SET_SETTING = ("did.set_setting", "Set {key}")
    SETTING_VALUE = ("result.setting", "{key} = {value}")
    SETTING_UNSET = ("result.setting_unset", "{key} = (unset)")
    DID_SETTINGS = ("did.settings", "Settings")
    DID_NOTHING = ("did.nothing", "No change")
    DID_SEVERAL = ("did.several", "{first}; {rest}")
    DID_SEVERAL_MORE = ("did.several_more", "{first} (+{n})")  # and n more steps
    DID_RESTORE = ("did.restore", "Restore {name}")
    DID_LINK_DOCUMENTS = ("did.link_documents", "Link documents {old} and {new}")
    LINKED = ("result.linked", "{n} new candidate {n|link|links}")
    DID_CONFIRM_LINK = ("did.confirm_link", "Confirm link")
    DID_REJECT_LINK = ("did.reject_link", "Reject link")
    DID_REPOINT_LINK = ("did.repoint_link", "Re-point link")
    DID_CARRY = ("did.carry", "Carry {n} {n|position|positions} to the new version")
    CARRIED = (
        "result.carried",
        "carried {n} {n|position|positions} to {document}; {recheck} marked to recheck "
        "because their text changed",
    )
    DID_ADD_DELEGATIONS = ("did.add_delegations", "Add {n} {n|delegation|delegations}")
    ADDED_DELEGATIONS = ("result.added_delegations", "{n} {n|delegation|delegations} added")
    DID_DELEGATION_STANCE = ("did.delegation_stance", "Record a delegation's stance")
    DID_DELEGATION_STANCES = ("did.delegation_stances", "Record delegations' stances")
    DID_CONFIRM_UNCHANGED = ("did.confirm_unchanged", "Confirm the links of unchanged items")
    DID_CARRY_REVIEWED = ("did.carry_reviewed", "Carry positions to the new version")
    DID_IMPORT_SHEET = ("did.import_sheet", "Import {name}")
    DID_CITE = ("did.cite", "Cite {n} {n|paragraph|paragraphs} as agreed language")
    DID_CLEAR_CITATIONS = ("did.clear_citations", "Clear the citations of agreed language")

    # -- precedent ---------------------------------------------------------------------------
    PRECEDENT_TOO_SHORT = (
        "precedent.too_short",
        "a precedent search needs a wording of at least two words",
    )
    CITE_ITSELF = ("precedent.cite_itself", "item {item_id} cannot cite itself as precedent")
    DID_SET_ROOM = ("did.set_room", "Set the room status of {n} {n|item|items} to {status}")
    DID_SET_INSTRUCTION = (
        "did.set_instruction",
        "Set capital's instruction on {n} {n|item|items} to {instruction}",
    )
    DID_PROPOSE = ("did.propose", "Record {by}'s proposal on {label}")
    DID_EDIT_PROPOSAL = ("did.edit_proposal", "Edit {by}'s proposal on {label}")
    DID_WITHDRAW_PROPOSAL = ("did.withdraw_proposal", "Withdraw {by}'s proposal on {label}")
    DID_REINSTATE_PROPOSAL = ("did.reinstate_proposal", "Reinstate {by}'s proposal on {label}")

    # -- words used inside other messages ----------------------------------------------------
    WORD_NO_STANCE = ("word.no_stance", "no stance")
    WORD_SUPPORT = ("word.stance.support", "support")
    WORD_OPPOSE = ("word.stance.oppose", "oppose")
    WORD_AMEND = ("word.stance.amend", "amend")
    WORD_NORMAL = ("word.priority.normal", "normal")
    WORD_PRIORITY = ("word.priority.priority", "priority")
    WORD_RED_LINE = ("word.priority.red_line", "red line")
    WORD_NOTE = ("word.field.note", "note")
    WORD_AMENDMENT = ("word.field.amendment", "amendment")
    WORD_RATIONALE = ("word.field.rationale", "public rationale")
    WORD_STANCE = ("word.stance", "stance")
    WORD_LANGUAGE = ("word.language", "language")
    WORD_FIELD = ("word.field", "field")
    WORD_PUBLIC_REASON = ("word.column.public_reason", "public reason")
    WORD_INTERNAL_NOTE = ("word.column.internal_note", "internal note")
    WORD_PROPOSED_WORDING = ("word.column.proposed_wording", "proposed wording")
    WORD_INSTRUCTION = ("word.instruction", "instruction")
    WORD_NO_INSTRUCTION = ("word.no_instruction", "no instruction")
    WORD_FLEXIBLE = ("word.instruction.flexible", "flexible")
    WORD_FALLBACK = ("word.field.fallback", "fallback wording")
    WORD_INSTRUCTION_NOTE = ("word.field.instruction_note", "note on the instruction")
    WORD_ROOM_STATUS = ("word.room_status", "room status")
    WORD_NO_ROOM_STATUS = ("word.no_room_status", "no room status")
    WORD_AGREED = ("word.room.agreed", "agreed")
    WORD_AD_REF = ("word.room.ad_ref", "agreed ad ref")
    WORD_PENDING = ("word.room.pending", "pending")
    WORD_INFORMALS = ("word.room.informals", "in informals")
    WORD_BRACKETED = ("word.room.bracketed", "bracketed")
    WORD_DELETED = ("word.room.deleted", "deleted")

    # -- comparison --------------------------------------------------------------------------
    COMPARE_SAME_DOCUMENT = ("compare.same_document", "choose two different documents to compare")
    LINK_SAME_DOCUMENT = (
        "compare.link_same_document",
        "a link joins items of two different documents",
    )
    CARRY_ONTO_ONE = (
        "compare.carry_onto_one",
        "carry one old item's position onto each new item, not several",
    )
    DELEGATION_NEEDS_NAME = ("compare.delegation_needs_name", "a delegation needs a name")
    COMPARISON_EXPORT_KIND = (
        "compare.export_kind",
        "{name}: name the comparison .docx (Word) or .xlsx (Excel)",
    )

    # -- the negotiation day: room status, instructions, proposals ---------------------------
    BAD_TIME = (
        "negotiation.bad_time",
        "{value!q} is not a time; write it as 2026-11-30T17:30 or '2026-11-30 17:30'",
    )
    BAD_DATE = ("negotiation.bad_date", "{value!q} is not a date; write it as 2026-11-30")
    TIME_IN_FUTURE = (
        "negotiation.time_in_future",
        "{time} is in the future (it is now {now}); the room is known only up to now",
    )
    NO_PROPOSAL = ("lookup.no_proposal", "no proposal with id {proposal_id}")
    PROPOSAL_NEEDS_TEXT = ("negotiation.proposal_needs_text", "a proposal needs its text")
    PROPOSAL_NEEDS_SPONSOR = (
        "negotiation.proposal_needs_sponsor",
        "a proposal needs the delegation that made it",
    )
    PROPOSAL_BOTH_SIDES = (
        "negotiation.proposal_both_sides",
        "{name} cannot both support and oppose the same proposal",
    )
    PROPOSAL_SPONSOR_OPPOSES = (
        "negotiation.proposal_sponsor_opposes",
        "{name} made the proposal and cannot oppose it",
    )
    REPORT_INTERNAL_ONLY = (
        "export.report_internal_only",
        "the report to capital is internal only: it carries instructions and deviations, so "
        "it has no shareable profile",
    )

    # -- export ------------------------------------------------------------------------------
    EXPORT_NAME_DOCX = ("export.name_docx", "{name}: the export is a Word file; name it .docx")
    EXPORT_NO_TEMPLATE = ("export.no_template", "template {path} does not exist")
    EXPORT_BAD_TEMPLATE = (
        "export.bad_template",
        "{name} is not a usable Word template (.docx or .dotx)",
    )
    EXPORT_DOSSIER_INTERNAL = (
        "export.dossier_internal",
        "the dossier is internal only: it holds internal notes and the stance history; "
        "export a position paper or a briefing note to share",
    )
    EXPORT_SAME_AMENDMENT = (
        "export.same_amendment",
        "{document} {label}: the proposed wording is the same as the text, so the paper shows "
        "no proposed wording for it",
    )
    EXPORT_NOTHING_DECIDED = (
        "export.nothing_decided",
        "nothing in {document} has a position yet, and a shareable paper lists only what has "
        "one unless undecided paragraphs are included",
    )
    EXPORT_NO_DOCUMENTS = ("export.no_documents", "the workspace has no documents to export")
    EXPORT_PRIORITY_NEEDS_INTERNAL = (
        "export.priority_needs_internal",
        "ordering by priority needs the internal profile: a shareable paper shows no red lines",
    )
    EXPORT_STYLE_BORROWED = (
        "export.style_borrowed",
        "the template has no style {style!q}; CyberTrack's default is used for it",
    )

    # -- the team: position packs and the hub ---------------------------------------------------
    TEAM_NO_AUTHOR = (
        "team.no_author",
        "your author name is not set; set it first (settings --author NAME)",
    )
    TEAM_BAD_TIME = (
        "team.bad_time",
        "{value!q} is not a time; write it as ISO 8601 (2026-11-28 or 2026-11-28T09:30)",
    )
    TEAM_NO_UNRESOLVED = (
        "team.no_unresolved",
        "{row!q} names no paragraph that waits for a link (pack unresolved lists them)",
    )
    LINKED_PARAGRAPH = (
        "team.linked_paragraph",
        "the colleagues' rows on {where} now show on item {item}",
    )
    REJECTED_PARAGRAPH = (
        "team.rejected_paragraph",
        "item {item} is no longer offered for {where}",
    )
    PACK_NOT_A_PACK = ("pack.not_a_pack", "{name} is not a CyberTrack position pack")
    PACK_NEWER = (
        "pack.newer",
        "{name} was made by a newer CyberTrack (pack format {version}; this version reads up "
        "to {supported}); update CyberTrack to read it",
    )
    PACK_DAMAGED = ("pack.damaged", "{name} is damaged or incomplete; nothing was changed")
    PACK_NEEDS_PASSPHRASE = (
        "pack.needs_passphrase",
        "{name} is sealed with a passphrase; give the passphrase to open it",
    )
    PACK_WRONG_PASSPHRASE = (
        "pack.wrong_passphrase",
        "{name} cannot be opened: wrong passphrase, or the pack is damaged; nothing was changed",
    )
    PACK_BAD_VALUE = ("pack.bad_value", "a row holds a value that cannot be read ({value})")
    PACK_UNKNOWN_KIND = (
        "pack.unknown_kind",
        "a row is of a kind this version does not know ({kind})",
    )
    PASSPHRASE_FILE = (
        "pack.passphrase_file",
        "cannot read the passphrase from {path}: {reason}",
    )
    PASSPHRASE_EMPTY = ("pack.passphrase_empty", "the passphrase file {path} is empty")
    DID_MERGE_PACK = ("did.merge_pack", "Merge {name}")
    MERGED_PACK = (
        "result.merged_pack",
        "{n} {n|change|changes} merged, {disagreements} {disagreements|disagreement|"
        "disagreements}, {unresolved} unresolved",
    )
    DID_LINK_PARAGRAPH = ("did.link_paragraph", "Link a colleague's paragraph to an item")
    DID_REJECT_PARAGRAPH = ("did.reject_paragraph", "Reject a paragraph link")
    HUB_BAD_URL = (
        "hub.bad_url",
        "{url!q} is not a hub address (postgresql://user@host:port/database)",
    )
    HUB_UNREACHABLE = ("hub.unreachable", "cannot reach the hub {hub}: {reason}")
    HUB_FAILED = ("hub.failed", "the hub {hub} refused the request: {reason}; nothing was changed")
    HUB_NEWER = (
        "hub.newer",
        "the hub {hub} holds a newer format ({version}; this version reads up to {supported}); "
        "update CyberTrack",
    )

    def __str__(self) -> str:
        return self.key


class Message:
    """A code and its arguments; equal when both are. Immutable."""

    __slots__ = ("_args", "code")

    def __init__(self, code: Code, /, **args: Arg) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "_args", MappingProxyType(dict(args)))

    code: Code
    _args: Mapping[str, Arg]

    @property
    def args(self) -> Mapping[str, Arg]:
        return self._args

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Message is immutable")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and other.code is self.code and other._args == self._args

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self._args.items()))))

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self._args.items())
        return f"Message({self.code.name}{', ' if args else ''}{args})"

    def __str__(self) -> str:
        return english(self)


# -- rendering -------------------------------------------------------------------------------

_FIELD = re.compile(r"\{(\w+)(!q)?(?:\|([^{}]*))?\}")


def plural_index(language: str, n: int) -> int:
    """Which plural form `n` takes in `language` (CLDR's cardinal rules, integers only)."""
    base = language.split("_")[0]
    n = abs(n)
    if base == "zh":
        return 0
    if base == "fr":
        return 0 if n in (0, 1) else 1
    if base == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if base == "ar":
        if n in (0, 1, 2):
            return n
        if 3 <= n % 100 <= 10:
            return 3
        if 11 <= n % 100 <= 99:
            return 4
        return 5
    return 0 if n == 1 else 1


def placeholders(template: str) -> set[str]:
    """The argument names a template uses ("{n|item|items}" uses n)."""
    return {m.group(1) for m in _FIELD.finditer(template)}


def iter_fields(template: str) -> Iterator[re.Match[str]]:
    return _FIELD.finditer(template)


Formatter = Callable[[Arg], str]


def render(
    template: str,
    args: Mapping[str, Arg],
    *,
    language: str = "en",
    format_arg: Formatter | None = None,
    quote: Callable[[str], str] = lambda text: f"'{text}'",
) -> str:
    """Fill `template` with `args`; a missing argument is left visible, never a crash."""

    def fill(match: re.Match[str]) -> str:
        name, quoted, forms = match.group(1), match.group(2), match.group(3)
        if name not in args:
            return match.group(0)
        value = args[name]
        if forms is not None:
            choices = forms.split("|")
            count = int(value) if isinstance(value, int | float) else 0
            index = min(plural_index(language, count), len(choices) - 1)
            return choices[index]
        text = format_arg(value) if format_arg else _plain(value)
        return quote(text) if quoted else text

    return _FIELD.sub(fill, template)


def _plain(value: Arg) -> str:
    if isinstance(value, Message):
        return english(value)
    if isinstance(value, float):
        return f"{value:.1f}".removesuffix(".0")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def english(message: Message) -> str:
    """The message in English, as the CLI prints it."""
    return render(message.code.english, message.args)
