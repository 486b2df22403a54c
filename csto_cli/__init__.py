"""csto: facts about the Collective Security Treaty Organization, with dates and sources."""

__version__ = "0.1.0"
