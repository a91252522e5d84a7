"""The collector pause the app and the command line use: the one the search uses too
(analysis/gcpause.py, below the app's layer)."""

from __future__ import annotations

from newsdesk.analysis.gcpause import gc_paused

__all__ = ["gc_paused"]
