"""Text -> findings: sentences, actors, times, measures, deadlines. No UI, no storage."""
