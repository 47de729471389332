"""Block and Label set their fields in one update, for speed: their hand-written constructors
stay their dataclasses' (the same parameters, the same defaults, still frozen values)."""

import dataclasses
import inspect

import pytest

from cybertrack.importers.blocks import Block, BlockRole
from cybertrack.importers.labels import Label, match_label


@pytest.mark.parametrize("cls", [Block, Label])
def test_the_constructor_takes_every_field_with_its_declared_default(cls: type) -> None:
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in parameters] == [f.name for f in fields]
    assert [p.default for p in parameters] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]


def test_a_block_is_still_a_frozen_value() -> None:
    block = Block("16.1 The Office ...", role=BlockRole.BODY, page=2)
    assert block == Block("16.1 The Office ...", page=2)
    assert hash(block) == hash(Block("16.1 The Office ...", page=2))
    assert dataclasses.replace(block, page_start=True).page_start
    assert not block.page_start
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.text = "changed"  # type: ignore[misc]


def test_a_label_sets_its_place_in_the_sequence() -> None:
    label = match_label("16.12 bis The Office ...")
    assert label is not None
    assert (label.scheme, label.number, label.stem, label.ordinal, label.suffix) == (
        "decimal",
        "16.12 bis",
        "16",
        12,
        "bis",
    )
    assert label == Label("decimal", "16.12 bis", "16.12 bis", "The Office ...")
    pp = Label("pp", "PP3", "PP3", "Recalling ...")
    assert (pp.stem, pp.ordinal, pp.suffix) == ("", 3, "")
    with pytest.raises(dataclasses.FrozenInstanceError):
        label.rest = "changed"  # type: ignore[misc]
