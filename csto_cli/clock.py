"""What csto takes as today, and how old the record is then. Standard library only.

CSTO_TODAY=YYYY-MM-DD pins "today" (reproducible examples and tests); otherwise the system date.
"""

from __future__ import annotations

import datetime as dt
import os

from .model import DateError, PartialDate

ENV_VAR = "CSTO_TODAY"


def today() -> dt.date:
    pinned = os.environ.get(ENV_VAR)
    if not pinned:
        return dt.date.today()
    day = PartialDate.parse(pinned.strip())
    if day.precision != "day":
        raise DateError(f"{ENV_VAR}={pinned!r} is not a day (YYYY-MM-DD)")
    return day.start


def days_since(as_of: dt.date) -> int:
    """How many days old a record as of `as_of` is today (0 when it is current)."""
    try:
        return max((today() - as_of).days, 0)
    except DateError:  # reported by the command line when it reads the option; here, just the age
        return max((dt.date.today() - as_of).days, 0)
