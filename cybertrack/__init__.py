"""CyberTrack: a delegation's stance on every item of a negotiation text."""

__version__ = "0.1.0"
