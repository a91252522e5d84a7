"""The services the faces share (no Textual here): import with analysis, seeding,
re-analysis, the corpus scan, the clock, and the one view of an article (findings with
the reader's corrections applied, notes, deadlines) that the workstation, `newsdesk show`,
export, deadlines and the calendar all show.

Layers, each importing only those below it: tui > cli > app > store | analysis.
"""
