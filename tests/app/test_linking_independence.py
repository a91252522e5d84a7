"""An article's findings do not depend on what else is in the store: linking across
articles renames an actor only on strong evidence (the same name written differently, a
surname or short form whose full form is known), never on similarity alone."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.app.engine import actor_linker, analyze_article, link_actors
from newsdesk.app.importing import import_into
from newsdesk.store.db import Store
from newsdesk.store.records import Article

PEOPLE = ["Karl Brenner", "Ilse Varga", "Tomas Oberg", "Mira Castell"]
ORGS = ["Orthodox Aid", "Harbour Council", "Acme Widgets", "Northwind Shipping"]

TEMPLATE = ("{person}, the director of {org}, said on Monday that Ruritania would impose a "
            "10% levy on Freedonian widgets from 1 March. {surname} said {org} would appeal.")


def _letter_off(name: str, where: int, letter: str) -> str:
    """The name with one letter changed (never into the same name)."""
    spots = [i for i, c in enumerate(name) if c.isalpha() and i > 0]
    i = spots[where % len(spots)]
    new = letter if letter != name[i].lower() else ("e" if letter != "e" else "a")
    return name[:i] + new + name[i + 1:]


@st.composite
def similar_name(draw, names: list[str]) -> str:
    """A name like one of `names` but not it: a letter changed, a word swapped, a first
    name changed with the same surname."""
    base = draw(st.sampled_from(names))
    how = draw(st.sampled_from(["letter", "word", "first"]))
    if how == "letter":
        return _letter_off(base, draw(st.integers(0, 20)),
                           draw(st.sampled_from(string.ascii_lowercase)))
    words = base.split()
    other = draw(st.sampled_from(["Concert", "Western", "Global", "Anna", "Boris", "Cato"]))
    if how == "word":
        words[0] = other
    else:
        words[0] = other + "a"
    return " ".join(words)


def _article(n: int, person: str, org: str) -> Article:
    text = TEMPLATE.format(person=person, org=org, surname=person.split()[-1])
    return Article(id=f"{n:012d}", title=f"Levy story {n}", text=text,
                   published="2025-02-10")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(person=st.sampled_from(PEOPLE), org=st.sampled_from(ORGS),
       others=st.lists(st.tuples(similar_name(PEOPLE), similar_name(ORGS)), min_size=1,
                       max_size=4))
def test_findings_are_the_same_alone_and_after_articles_with_similar_names(
        tmp_path_factory, person, org, others):
    target = _article(0, person, org)
    alone = analyze_article(target).findings
    with Store.open(tmp_path_factory.mktemp("store")) as store:
        store.add_articles([analyze_article(_article(n, p, o), actor_linker(store))
                            for n, (p, o) in enumerate(others, 1)])
        linked = analyze_article(target, actor_linker(store)).findings
    assert linked == alone


def test_the_same_full_name_written_differently_is_linked(tmp_path):
    """Strong evidence still links: accents, and a surname whose full form is known."""
    with Store.open(tmp_path / "store") as store:
        first = analyze_article(Article(id="1" * 12, title="One", published="2025-02-10",
                                        text="Pedro Sánchez met Karl Brenner in Strelsau."))
        store.add_article(first)
        later = Article(id="2" * 12, title="Two", published="2025-02-11",
                        text="Pedro Sanchez said Mr Brenner had agreed to the levy.")
        findings = analyze_article(later, actor_linker(store)).findings
    assert findings is not None
    names = {a.name for a in findings.actors}
    assert "Pedro Sánchez" in names and "Pedro Sanchez" not in names
    assert "Karl Brenner" in names and "Brenner" not in names


def test_linking_keeps_two_actors_of_one_article_apart():
    """Renames never fold two actors of the same article into one."""
    from newsdesk.analysis.linking import ActorIndex

    index = ActorIndex()
    index.add("Karl Brenner", "person")
    article = analyze_article(Article(id="3" * 12, title="Three", published="2025-02-10",
                                      text="Karl Brenner and Karla Brenner spoke in Strelsau."))
    assert article.findings is not None
    before = sorted(a.name for a in article.findings.actors)
    link_actors(article.findings, index)
    assert sorted(a.name for a in article.findings.actors) == before


def test_import_links_the_same_way(tmp_path):
    """The importer links with the same rules (a similar name keeps its own spelling)."""
    a = tmp_path / "a.txt"
    a.write_text("Concert levy\nThe charity Concert Aid said on Monday that Ruritania would"
                 " impose a 10% levy on widgets.\n")
    b = tmp_path / "b.txt"
    b.write_text("Orthodox levy\nThe charity Orthodox Aid said on Tuesday that Freedonia would"
                 " impose a 5% levy on bolts.\n")
    with Store.open(tmp_path / "store") as store:
        import_into(store, [a])
        import_into(store, [b])
        later = next(art for art in store.iter_articles() if art.title == "Orthodox levy")
    assert later.findings is not None
    names = {actor.name for actor in later.findings.actors}
    assert "Freedonia" in names and "Concert Aid" not in names
