"""The workstation's keys: each a Binding with an id ("main.<name>") that keymap.toml can
remap, a description for the footer and a tooltip for the help screen."""

from __future__ import annotations

from textual.binding import Binding, BindingType


def _b(key: str, action: str, description: str, tooltip: str, *, show: bool = True,
       name: str | None = None) -> Binding:
    """A binding with an id ("main.<name>") that a keymap can remap."""
    return Binding(key, action, description, show=show, tooltip=tooltip,
                   id=f"main.{name or action}")


MAIN_BINDINGS: list[BindingType] = [
    _b("tab", "pane(1)", "Next pane", "Move to the next pane", show=False,
       name="next_pane"),
    _b("shift+tab", "pane(-1)", "Prev pane", "Move to the previous pane", show=False,
       name="previous_pane"),
    _b("n", "mention(1)", "Next mention", "Next mention of the selected item",
       name="next_mention"),
    _b("N", "mention(-1)", "Prev mention", "Previous mention of the selected item",
       show=False, name="previous_mention"),
    _b("slash", "jump", "Jump", "Fuzzy jump to any item, article, sentence or note"),
    _b("r", "related", "Related", "What shares the selected item's sentences, and "
       "other articles naming the same actor"),
    _b("left_square_bracket", "back", "Back", "Back to where you were before the jump",
       show=False),
    _b("right_square_bracket", "forward", "Forward", "Forward again", show=False),
    _b("o", "articles", "Articles", "Open the articles switcher"),
    _b("a", "annotate", "Annotate", "Write a note on the current sentence or selection"),
    _b("b", "notes", "Notes", "List the notes on this article (ctrl+t there: every "
       "article); jump to, edit or delete one"),
    _b("w", "why", "Why", "Why the engine found the selected actor, measure or deadline "
       "(the rule behind it)", show=False),
    _b("e", "edit", "Edit", "Correct the selected finding", show=False),
    _b("x", "reject", "Reject", "Reject the selected finding", show=False),
    _b("m", "merge", "Merge", "Merge the selected actor into another", show=False),
    _b("plus", "add", "Add finding", "Add a finding the engine missed", show=False),
    _b("u", "undo", "Undo", "Undo your latest correction", show=False),
    _b("U", "redo", "Redo", "Apply again the correction you undid last", show=False),
    _b("C", "corrections", "Corrections", "Every correction you made: undo, redo or "
       "delete one", show=False),
    _b("p", "published", "Published", "Set the article's published date (re-resolves "
       "its dates)", show=False),
    _b("i", "import", "Import", "Import a file or folder of articles", show=False),
    _b("T", "timeline", "Timeline", "Every measure and deadline of every article on one"
       " time axis (z zooms; type to filter)", show=False),
    _b("P", "profile", "Profile", "The selected actor across every article: roles,"
       " measures, deadlines, who it appears with, your notes", show=False),
    _b("H", "thread", "Thread", "This article's story: the articles of it and what each"
       " added (new measures, changed actions, moved deadlines)", show=False),
    _b("W", "watch", "Watch", "Watch the selected actor, the selected measure's type, or"
       " the selected words; matching articles and near deadlines are announced",
       show=False),
    _b("L", "watchlist", "Watchlist", "What you watch, watched deadlines within a week,"
       " articles that matched (x forgets an item)", show=False),
    _b("F", "fetch_feeds", "Fetch", "Fetch every feed you follow (newsdesk feeds add URL);"
       " new articles are marked unread in the switcher", show=False),
    _b("E", "export", "Export", "Write this article, its findings and your notes as "
       "a Markdown file"),
    _b("d", "countdown_as_of", "As of", "Countdown: as of now, or as of the article's "
       "published date", show=False),
    _b("c", "countdown_scope", "All/this", "Countdown: this article, or every article",
       show=False),
]
