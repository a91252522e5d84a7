"""The newsdesk workstation (Textual). Placeholder screen until the workstation lands."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from store.db import Store


class NewsdeskApp(App[None]):
    """Shows the first article of the store as plain text."""

    TITLE = "newsdesk"
    BINDINGS = [Binding("q", "quit", "Quit", id="quit", tooltip="Leave newsdesk")]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        rows = self.store.list_articles()
        with VerticalScroll():
            if not rows:
                yield Static("No articles yet: run `newsdesk import PATH`.", markup=False)
            else:
                article = self.store.get_article(rows[0].id)
                # Article text is untrusted: Text(), never markup.
                yield Static(Text(article.title, style="bold"))
                yield Static(Text(f"published: {article.published or 'unknown'}"))
                yield Static(Text(article.text))
        yield Footer()


def run_app(store: Store) -> None:
    NewsdeskApp(store).run()
