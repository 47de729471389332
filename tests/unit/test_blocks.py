"""A Block's hand-written constructor (set in one update, for speed) stays its dataclass's."""

import dataclasses
import inspect

import pytest

from cybertrack.importers.blocks import Block, BlockRole


def test_the_constructor_takes_every_field_with_its_declared_default() -> None:
    parameters = list(inspect.signature(Block.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Block)
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
