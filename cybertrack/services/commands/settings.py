"""Workspace settings (the delegation's name, the author's initials)."""

from __future__ import annotations

from dataclasses import dataclass

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.model import ChangeSet
from cybertrack.domain.text import clean_text
from cybertrack.services.commands.base import Context, Handler, handles
from cybertrack.storage.images import SettingImage


@dataclass(frozen=True)
class SetSetting:
    """One workspace setting; None removes it."""

    key: str
    value: str | None


@handles(SetSetting)
class SetSettingHandler(Handler[SetSetting]):
    def apply(self, ctx: Context, command: SetSetting) -> ChangeSet:
        before = ctx.store.settings.image(command.key)
        # The delegation's name is printed on every paper: cleaned like any other typed text.
        value = clean_text(command.value) if command.value is not None else None
        after = SettingImage(command.key, value)
        ctx.store.settings.write(after)
        result = (
            Message(Code.SETTING_VALUE, key=command.key, value=value)
            if value
            else Message(Code.SETTING_UNSET, key=command.key)
        )
        return ChangeSet(
            Message(Code.DID_SET_SETTING, key=command.key),
            before=(before,),
            after=(after,),
            message=result,
        )
