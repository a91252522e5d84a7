"""The article pane: header, and a body with highlighted mentions, a sentence cursor and
a keyboard selection. The body is a line-API ScrollView over wrapped offsets, so a
100,000-word article costs one wrap pass and then only the lines on screen."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.cache import LRUCache
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from newsdesk.analysis.text import mask_controls, one_line
from newsdesk.app.refs import Span

from ..messages import SelectionChanged, SentenceCursorMoved
from .textlayout import SpanIndex, line_of, wrap_offsets

# Drawn bottom to top: a later kind's style wins where spans overlap.
HIGHLIGHT_KINDS = ("measure", "time", "deadline", "actor", "annotated")
_WORD = re.compile(r"\w+")


def _b(name: str, key: str, action: str, description: str, tooltip: str,
       show: bool = False) -> Binding:
    return Binding(key, action, description, show=show, id=f"article.{name}", tooltip=tooltip)


class ArticleBody(ScrollView, can_focus=True):
    """The text of one article, wrapped to the pane's width and drawn line by line."""

    BINDINGS = [
        _b("next_sentence", "j,down", "sentence(1)", "Next sentence",
           "Move the cursor to the next sentence"),
        _b("previous_sentence", "k,up", "sentence(-1)", "Prev sentence",
           "Move the cursor to the previous sentence"),
        _b("select_word", "shift+right,l", "extend_word(1)", "Select word",
           "Extend the selection by one word"),
        _b("unselect_word", "shift+left,h", "extend_word(-1)", "Unselect word",
           "Shrink the selection by one word"),
        _b("select_sentence", "shift+down", "extend_sentence(1)", "Select sentence",
           "Extend the selection to the end of the next sentence"),
        _b("unselect_sentence", "shift+up", "extend_sentence(-1)", "Unselect sentence",
           "Shrink the selection by one sentence"),
        _b("toggle_select", "v", "toggle_select", "Select", "Start (or stop) selecting "
           "from the cursor; then j/k extend by sentence and h/l by word", show=True),
        _b("clear_selection", "escape", "clear_selection", "Clear selection",
           "Drop the selection"),
        _b("page_down", "pagedown,space", "page(1)", "Page down", "Scroll down one page"),
        _b("page_up", "pageup", "page(-1)", "Page up", "Scroll up one page"),
        _b("first_sentence", "home,g", "edge(0)", "First sentence", "Go to the first sentence"),
        _b("last_sentence", "end,G", "edge(1)", "Last sentence", "Go to the last sentence"),
    ]
    COMPONENT_CLASSES = {
        *(f"article--{kind}" for kind in HIGHLIGHT_KINDS),
        "article--sentence", "article--selection", "article--mention",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article_id = ""
        self.text = ""
        self.empty_message = ""
        self.sentences: list[Span] = []
        self._sentence_starts: list[int] = []
        self._highlights: dict[str, SpanIndex] = {}
        self._lines: list[Span] = []
        self._line_starts: list[int] = []
        self._wrap_width = 0
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self.sentence = 0  # index into self.sentences
        self.mention: Span | None = None  # the mention the reader jumped to
        self.selection_anchor: int | None = None  # selection: fixed end (not Widget.anchor)
        self.head: int | None = None  # selection: moving end
        self.selecting = False

    # -- data in -------------------------------------------------------------------------

    def show_text(self, article_id: str, text: str, sentences: Sequence[Span],
                  highlights: dict[str, list[Span]]) -> None:
        """Show an article: its text, sentence spans and highlight spans by kind."""
        self.article_id = article_id
        # Same length, so offsets stay valid; a control character (ESC, ...) never
        # reaches the terminal.
        self.text = mask_controls(text.replace("\t", " "))
        self.empty_message = ""
        self.sentences = list(sentences) or ([(0, len(text))] if text else [])
        self._sentence_starts = [s for s, _ in self.sentences]
        self.sentence = 0
        self.mention = None
        self._clear_selection_state()
        self.set_highlights(highlights)
        self._relayout(force=True)
        self.scroll_to(y=0, animate=False)
        if self.sentences:
            self.post_message(SentenceCursorMoved(article_id, 0, 0))

    def show_empty(self, message: str) -> None:
        """Show a message in place of an article (an empty store, say)."""
        self.show_text("", "", [], {})
        self.empty_message = message
        self._relayout(force=True)

    def set_highlights(self, highlights: dict[str, list[Span]]) -> None:
        self._highlights = {k: SpanIndex(v) for k, v in highlights.items() if v}
        self._cache.clear()
        self.refresh()

    # -- queries -------------------------------------------------------------------------

    @property
    def cursor_offset(self) -> int:
        if self.mention is not None:
            return self.mention[0]
        return self.sentences[self.sentence][0] if self.sentences else 0

    @property
    def current_sentence(self) -> Span | None:
        return self.sentences[self.sentence] if self.sentences else None

    @property
    def selection(self) -> Span | None:
        if self.selection_anchor is None or self.head is None or self.selection_anchor == self.head:
            return None
        return (min(self.selection_anchor, self.head), max(self.selection_anchor, self.head))

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    # -- cursor --------------------------------------------------------------------------

    def move_to_sentence(self, index: int) -> None:
        if not self.sentences:
            return
        index = max(0, min(len(self.sentences) - 1, index))
        old = self._cursor_spans()
        self.sentence = index
        self.mention = None
        self._after_cursor_move(old)

    def focus_span(self, span: Span) -> None:
        """Put the cursor on a span (a mention), scrolled into view."""
        if not self.sentences:
            return
        old = self._cursor_spans()
        self.mention = span
        self.sentence = self.sentence_at(span[0])
        self._after_cursor_move(old)

    def _cursor_spans(self) -> list[Span]:
        spans = [s for s in (self.current_sentence, self.mention, self.selection) if s]
        return spans

    def _after_cursor_move(self, old: list[Span]) -> None:
        for span in (*old, *self._cursor_spans()):
            self._invalidate(span)
        self.scroll_cursor_visible()
        self.post_message(SentenceCursorMoved(self.article_id, self.sentence,
                                              self.cursor_offset))

    def scroll_cursor_visible(self) -> None:
        span = self.mention or self.current_sentence
        if span is None or not self._lines:
            return
        top = line_of(self._line_starts, span[0])
        bottom = line_of(self._line_starts, max(span[0], span[1] - 1))
        height = max(1, self.scrollable_content_region.height)
        y = self.scroll_offset.y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom >= y + height:
            self.scroll_to(y=min(top, bottom - height + 1), animate=False, immediate=True)

    def action_sentence(self, delta: int) -> None:
        if self.selecting:
            self.action_extend_sentence(delta)
        else:
            self.move_to_sentence(self.sentence + delta)

    def action_edge(self, end: int) -> None:
        self.move_to_sentence(len(self.sentences) - 1 if end else 0)

    def action_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height)
        target_line = self.scroll_offset.y + direction * height
        target_line = max(0, min(len(self._lines) - 1, target_line))
        if self._lines:
            self.move_to_sentence(self.sentence_at(self._lines[target_line][0]))

    # -- selection -----------------------------------------------------------------------

    def _clear_selection_state(self) -> None:
        self.selection_anchor = self.head = None
        self.selecting = False

    def _set_head(self, head: int) -> None:
        old = self.selection
        if self.selection_anchor is None:
            self.selection_anchor = self.cursor_offset
        self.head = max(0, min(len(self.text), head))
        for span in (old, self.selection):
            if span:
                self._invalidate(span)
        if self.head is not None:
            self.focus_head()
        self.post_message(SelectionChanged(self.article_id, self.selection))

    def focus_head(self) -> None:
        if self.head is None or not self._lines:
            return
        line = line_of(self._line_starts, max(0, self.head - 1))
        height = max(1, self.scrollable_content_region.height)
        y = self.scroll_offset.y
        if line < y or line >= y + height:
            self.scroll_to(y=max(0, line - height // 2), animate=False, immediate=True)

    def action_toggle_select(self) -> None:
        if self.selecting or self.selection:
            self.action_clear_selection()
            return
        if not self.text:
            return
        self.selecting = True
        self.selection_anchor = self.head = self.cursor_offset
        self.notify("Selecting: j/k extend by sentence, h/l by word; v or escape stops.",
                    timeout=3, markup=False)

    def action_clear_selection(self) -> None:
        old = self.selection
        self._clear_selection_state()
        if old:
            self._invalidate(old)
            self.post_message(SelectionChanged(self.article_id, None))

    def action_extend_word(self, direction: int) -> None:
        if not self.text:
            return
        head = self.head if self.head is not None else self.cursor_offset
        anchor = self.selection_anchor if self.selection_anchor is not None else self.cursor_offset
        if direction > 0:
            m = _WORD.search(self.text, head)
            self._set_head(m.end() if m else len(self.text))
        else:
            lo = min(anchor, head)
            ends = [m.end() for m in _WORD.finditer(self.text, max(lo, head - 400), head)
                    if m.end() < head]
            self._set_head(ends[-1] if ends else anchor)

    def action_extend_sentence(self, direction: int) -> None:
        if not self.sentences:
            return
        head = self.head if self.head is not None else self.cursor_offset
        anchor = self.selection_anchor if self.selection_anchor is not None else self.cursor_offset
        index = self.sentence_at(max(0, head - 1)) if head > 0 else 0
        start, end = self.sentences[index]
        if direction > 0:
            if head < end:
                self._set_head(end)
            elif index + 1 < len(self.sentences):
                self._set_head(self.sentences[index + 1][1])
        else:
            previous = self.sentences[index - 1][1] if index > 0 else anchor
            self._set_head(max(anchor, previous) if head > anchor else previous)

    # -- layout and drawing --------------------------------------------------------------

    def _relayout(self, force: bool = False) -> None:
        width = max(10, self.scrollable_content_region.width or self.size.width or 80)
        if not force and width == self._wrap_width:
            return
        self._wrap_width = width
        text = self.text if self.text else self.empty_message
        self._lines = wrap_offsets(text, width - 1)  # one cell spare for the cursor mark
        self._line_starts = [s for s, _ in self._lines]
        self._cache.clear()
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        # Wrapped to the width the layout gives, before the frame it is drawn in: waiting
        # for the Resize event, the first frame showed the text wrapped to 80 columns and
        # every line was drawn again at its width. (Textual's hook is private; a test in
        # tests/tui/test_tui_app.py fails if a Textual release stops calling it so.)
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if size.width:
            self._relayout()
        return resized

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        self.scroll_cursor_visible()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme) -> None:
        # The new theme's CSS is in place by now; lines drawn meanwhile may be stale.
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def _invalidate(self, span: Span) -> None:
        if not self._lines:
            return
        first = line_of(self._line_starts, span[0])
        last = line_of(self._line_starts, max(span[0], span[1] - 1))
        for index in range(first, last + 1):
            self._cache.discard(index)
        self.refresh_lines(first, last - first + 1)

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_index(index, width)
            self._cache[index] = strip
        return strip

    def _render_index(self, index: int, width: int) -> Strip:
        base = self.rich_style
        start, end = self._lines[index]
        if not self.text:
            text = Text(self.empty_message[start:end], style=Style(dim=True), end="")
            return Strip(list(text.render(self.app.console))).apply_style(
                base).extend_cell_length(width, base)
        # The widget's style goes under the spans after rendering: Rich drops a Text's
        # own style on a line without spans.
        text = Text(self.text[start:end].rstrip("\n"), end="")
        length = len(text)

        def paint(span: Span, component: str) -> None:
            a, b = max(span[0], start) - start, min(span[1], end) - start
            if b > a and a < length:
                text.stylize(self.get_component_rich_style(component, partial=True), a, b)

        def paint_kind(kind: str) -> None:
            spans = self._highlights.get(kind)
            if spans:
                for span in spans.overlapping(start, end):
                    paint(span, f"article--{kind}")

        # A measure shades its whole sentence, so the cursor is drawn over it.
        paint_kind("measure")
        if self.current_sentence:
            paint(self.current_sentence, "article--sentence")
        for kind in HIGHLIGHT_KINDS[1:]:
            paint_kind(kind)
        if self.mention:
            paint(self.mention, "article--mention")
        if self.selection:
            paint(self.selection, "article--selection")
        segments: list[Segment] = list(text.render(self.app.console))
        return Strip(segments).apply_style(base).extend_cell_length(width, base)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        """Clicking a line puts the sentence cursor there (the mouse is optional)."""
        index = self.scroll_offset.y + event.y
        if self.text and 0 <= index < len(self._lines):
            start, end = self._lines[index]
            self.move_to_sentence(self.sentence_at(min(end, start + max(0, event.x))))


class ArticlePane(Vertical):
    """Title, source and date over the article's body."""

    def compose(self) -> ComposeResult:
        yield Static(id="article-header", markup=False)
        yield ArticleBody(id="article-body")

    @property
    def body(self) -> ArticleBody:
        return self.query_one(ArticleBody)

    def show_header(self, title: str, source: str | None, published: str | None,
                    words: int) -> None:
        self._header = Content.assemble(
            (one_line(title), "bold"), "\n",
            ("source ", "dim"), one_line(source or "unknown"),
            ("  published ", "dim"), published or "unknown",
            ("  words ", "dim"), f"{words:,}",
        )
        self.query_one("#article-header", Static).update(self._header)

    def show_story(self, line: str | None) -> None:
        """A third header line: where the article stands in its story (H shows it)."""
        header = getattr(self, "_header", None)
        if header is None:
            return
        if line:
            header = Content.assemble(header, "\n", ("story ", "dim"), one_line(line))
        self.query_one("#article-header", Static).update(header)

    def show_empty(self, message: str) -> None:
        self.query_one("#article-header", Static).update(Content("No article"))
        self.body.show_empty(message)

