"""Rows that waited for a document: when it is imported, colleagues' rows on it are tied to its
items even if they came from another form of it, and the local author's own rows (made on
another machine) become their positions.

Called by the import inside its transaction, before the import's image is taken, so undoing
the import removes what this wrote and redoing it puts it back.
"""

from __future__ import annotations

from cybertrack.domain.team import POSITION
from cybertrack.services.settings import AUTHOR
from cybertrack.services.team.merge import position_image
from cybertrack.services.team.resolve import NUMBER_AND_TEXT, resolve
from cybertrack.storage import Store
from cybertrack.storage.images import PositionImage, TeamMapImage


def attach_waiting_rows(store: Store, document_id: int) -> None:
    keys = store.team.keys_on_document(document_id)
    if not keys:
        return
    found = resolve(store, keys, with_candidates=False)
    here = {item.id for item in store.team.items_of_documents([document_id])}
    for key in sorted(keys):
        items = [i for i in found.resolved(key) if i in here]
        if found.how.get(key) == NUMBER_AND_TEXT:
            for item_id in items:
                store.team.write_map(TeamMapImage(*key, item_id, how=NUMBER_AND_TEXT))
    me = store.settings.get(AUTHOR)
    if not me:
        return
    for row in store.team.rows({k.document for k in keys}):
        if row.author != me or row.kind != POSITION.name or row.empty or row.key not in keys:
            continue
        for item_id in (i for i in found.resolved(row.key) if i in here):
            # A new document's items hold no position yet: the row is simply theirs now.
            image = position_image(PositionImage(item_id), row.values, row.at)
            store.positions.write(image, row.at, row.at)
            if image.stance is not None:  # a decision, in the audit trail like any other
                store.positions.record(item_id, None, image.stance, row.at)
