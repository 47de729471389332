"""DOCUMENT_ID:NUMBER, as the command line names items: a number two items share is refused,
never taken for the first of them (a report's paragraph 1 and its draft resolution's
operative paragraph 1 are both "1"; a stance set on "3:1" went to the report's)."""

from __future__ import annotations

import pytest

from cybertrack.domain.errors import NotFound
from cybertrack.domain.messages import Code
from cybertrack.importers import parse_bytes
from cybertrack.services import ImportDocument

TEXT = """Report of the Committee

1. The Committee met twice.

2. The Committee recommends the following draft resolution.

Annex

1. Decides to meet again.

2. Requests a report.

3. Decides to remain seized of the matter.
"""


@pytest.fixture
def reported(workspace):
    workspace.apply(ImportDocument(parse_bytes(TEXT.encode(), "report.txt")))
    return workspace


def test_a_number_of_one_item_names_it(reported):
    (third,) = [i for i in reported.items() if i.number == "3"]
    assert reported.resolve_item("1:3") == third.id
    assert reported.resolve_item("1:(3)") == third.id


def test_a_number_two_items_share_is_refused_with_their_ids(reported):
    ones = [i.id for i in reported.items() if i.number == "1"]
    assert len(ones) == 2
    with pytest.raises(NotFound) as refused:
        reported.resolve_item("1:1")
    assert refused.value.message.code is Code.AMBIGUOUS_ITEM_NUMBER
    assert refused.value.message.args["ids"] == f"{ones[0]}, {ones[1]}"
    assert reported.resolve_item(str(ones[1])) == ones[1]  # the id names either
