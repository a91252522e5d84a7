"""The network, only when the reader asks: polite, bounded HTTP fetches (issue 13)."""
