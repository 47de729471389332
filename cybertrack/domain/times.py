"""Moments as a delegate types them and as the workspace stores them.

A delegate writes the room's hours in the meeting's local time ("2026-11-30 17:30"); the
workspace stores every moment in UTC as ISO 8601 with seconds ("2026-11-30T16:30:00+00:00"), the
form `Workspace` stamps its rows with, so stored moments compare as text.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from cybertrack.domain.errors import BadValue
from cybertrack.domain.messages import Code


def parse_time(text: str, zone: tzinfo | None = None) -> datetime:
    """'2026-11-30T17:30' or '2026-11-30 17:30' (seconds and an offset are allowed) -> an aware
    moment; without an offset it is read in `zone` (default: this computer's local time).

    A bare date is refused: "as of 30 November" could mean its first or its last hour."""
    value = text.strip()
    try:
        if len(value) <= len("2026-11-30"):
            raise ValueError(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise BadValue(Code.BAD_TIME, value=text) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
    return moment


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadValue(Code.BAD_DATE, value=text) from None


def utc_stamp(moment: datetime) -> str:
    """The stored form of an aware moment: UTC, ISO 8601, seconds."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_stamp(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def local_iso(stamp: str, zone: tzinfo | None = None) -> str:
    """A stored moment in `zone` (default local), with its offset: '2026-11-30T17:30:00+01:00'."""
    return from_stamp(stamp).astimezone(zone).isoformat(timespec="seconds")


def day_bounds(day: date, zone: tzinfo | None = None) -> tuple[str, str]:
    """The stored stamps of `day`'s first moment and of the next day's, in `zone` (default local).

    The day is [start, end): a change stamped at the next midnight belongs to the next day."""
    start = datetime.combine(day, time())
    end = datetime.combine(day + timedelta(days=1), time())
    if zone is not None:
        return utc_stamp(start.replace(tzinfo=zone)), utc_stamp(end.replace(tzinfo=zone))
    return utc_stamp(start.astimezone()), utc_stamp(end.astimezone())


def past_stamp(moment: datetime | None, now: str) -> str:
    """The stored stamp of `moment` (None: `now`); a moment after `now` is refused, since the
    room's status and the proposals made are known only up to now."""
    if moment is None:
        return now
    stamp = utc_stamp(moment)
    if stamp > now:
        raise BadValue(
            Code.TIME_IN_FUTURE,
            time=moment.isoformat(timespec="minutes"),
            now=from_stamp(now).astimezone(moment.tzinfo).isoformat(timespec="minutes"),
        )
    return stamp
