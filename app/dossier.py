"""A dossier across the store's articles: every article, one actor's, or one tag's."""

from __future__ import annotations

from newsdesk.store.db import Store
from newsdesk.store.export_dossier import (
    Dossier,
    gather,
    no_tag,
    scope_actor,
    scope_all,
    scope_tag,
    wanted_tag,
)

from .views import iter_views


def load_dossier(store: Store, *, actor: str | None = None,
                 tag: str | None = None) -> Dossier:
    """The dossier of a store: of `actor`, of `tag`, or (neither given) of everything.

    The same as the scope functions over `load_views(store)`, reading each article once and
    holding of each only what the dossier shows; `tag` reads only the tagged notes' articles.
    """
    if tag is not None:
        wanted = wanted_tag(tag)
        notes = [n for n in store.annotations() if store.has_article(n.article_id)]
        ids = {n.article_id for n in notes if wanted in n.tags}
        if not ids:
            raise no_tag(wanted, notes)
        return scope_tag(list(iter_views(store, ids, text=False)), tag)
    views, files = gather(iter_views(store, text=False), slim=True)
    return scope_all(views, files) if actor is None else scope_actor(views, actor, files)
