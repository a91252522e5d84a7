"""The linking index's shortcut for names added before (`ActorIndex._settled`, `add_all`):
an index that takes it answers every name as one that never does, and ends in the same
state, whatever the order of the names, and after a snapshot is restored."""

from __future__ import annotations

import json
import random

import pytest

from newsdesk.analysis.linking import ActorIndex

# Names that make the index decide by more than the exact key: surnames alone before and
# after the full name, initials, middle names, two people of one surname, honorifics,
# word order, acronyms, short company names, spellings, spacing, affiliations that fit or
# clash (None, empty, another case, another body), countries by alias.
PEOPLE = ["Trump", "Donald Trump", "Donald J. Trump", "D. Trump", "Mr Trump", "Ivanka Trump",
          "Biden", "Joe Biden", "Hunter Biden", "Jill Biden", "Greer", "J. Greer",
          "Jamieson Greer", "Jamieson  Greer", "Pedro Sánchez", "Pedro Sanchez", "Sanchez",
          "Kim Jong-un", "Kim Jong Un", "Kim Jong-il", "Xi Jin-ping", "Xi Jinping", "Xi",
          "Dr Ngozi Okonjo-Iweala", "Okonjo-Iweala", "Macron", "Emmanuel Macron", "Ms", "-"]
ORGS = ["International Monetary Fund", "IMF", "Huawei", "Huawei Technologies",
        "Huawei Technologies Co Ltd", "Commerce Ministry", "Ministry of Commerce",
        "Ministry of Finance", "World Trade Organization", "WTO", "The WTO", "Toyota",
        "Toyota Motor Corp", "European Commission", "EC", "Warner Bros", "Warner Bros.",
        "Ministry", "&", "Bank of England", "BoE"]
COUNTRIES = ["United States", "US", "U.S.", "USA", "China", "People's Republic of China",
             "United Kingdom", "UK", "Britain"]
AFFILIATIONS = [None, None, None, "", "United States", "united states", "China",
                "Yukos", "Group Menatep", "Canada"]


def random_names(seed: int, count: int) -> list[tuple[str, str, str | None]]:
    rnd = random.Random(seed)
    names = []
    for _ in range(count):
        kind = rnd.choice(["person", "person", "organization", "organization", "country",
                           "place"])
        pool = {"person": PEOPLE, "organization": ORGS, "country": COUNTRIES,
                "place": COUNTRIES}[kind]
        names.append((rnd.choice(pool), kind, rnd.choice(AFFILIATIONS)))
    return names


class Unsettled(ActorIndex):
    """The index without the shortcut: every name found by `_find`, as before it."""

    def _settle(self, name, kind, affiliation, i) -> None:
        pass


def answers(index: ActorIndex, names) -> list[str]:
    return [index.add(*name) for name in names]


@pytest.mark.parametrize("seed", range(40))
def test_the_shortcut_never_changes_an_answer_or_the_state(seed):
    names = random_names(seed, 400)
    fast, slow = ActorIndex(), Unsettled()
    assert answers(fast, names) == answers(slow, names)
    assert fast.snapshot() == slow.snapshot()
    for name, kind, affiliation in random_names(seed + 1000, 100):
        assert fast.canonical(name, kind, affiliation) == slow.canonical(name, kind,
                                                                         affiliation)
    bulk = ActorIndex()
    bulk.add_all(iter(names))
    assert bulk.snapshot() == slow.snapshot()


@pytest.mark.parametrize("seed", range(10))
def test_a_restored_snapshot_carries_on_as_the_index_it_was_taken_from(seed):
    names = random_names(seed, 600)
    whole = Unsettled()
    answers(whole, names)
    first = ActorIndex()
    first.add_all(iter(names[:300]))
    restored = ActorIndex.from_snapshot(json.loads(json.dumps(first.snapshot())))
    assert answers(restored, names[300:]) == answers(first, names[300:])
    assert restored.snapshot() == first.snapshot() == whole.snapshot()


def test_a_name_added_before_skips_the_search(monkeypatch):
    index = ActorIndex()
    index.add_all(iter([("Pedro Sánchez", "person", "Spain"), ("IMF", "organization", None),
                        ("Pedro Sanchez", "person", None)]))
    searched: list[str] = []
    real = ActorIndex._find
    monkeypatch.setattr(ActorIndex, "_find",
                        lambda self, name, *a: searched.append(name) or real(self, name, *a))
    index.add_all(iter([("Pedro Sánchez", "person", "Spain"), ("IMF", "organization", None),
                        ("Pedro Sanchez", "person", None)] * 3))
    assert searched == []
    assert index.add("Pedro Sanchez", "person", "Spain") == "Pedro Sánchez"
    assert searched == ["Pedro Sanchez"]  # a new affiliation: searched, then settled
    assert index.add("Pedro Sanchez", "person", "Spain") == "Pedro Sánchez"
    assert searched == ["Pedro Sanchez"]


def test_a_settled_name_follows_its_actor_when_a_surname_grows_into_a_full_name():
    index = ActorIndex()
    assert index.add("Macron", "person") == "Macron"
    assert index.add("Macron", "person") == "Macron"  # settled on the surname entry
    assert index.add("Emmanuel Macron", "person") == "Emmanuel Macron"
    assert index.add("Macron", "person") == "Emmanuel Macron"
    assert len(index) == 1


def test_a_surname_found_despite_its_affiliation_is_looked_up_again_each_time():
    # "Trump" (X) reaches Ivanka Trump by the surname though her entry's affiliation (Y)
    # does not fit. Once a second Trump is known, the surname alone is nobody's.
    index = ActorIndex()
    assert index.add("Trump", "person", "Y") == "Trump"
    assert index.add("Ivanka Trump", "person", "Z") == "Ivanka Trump"
    assert index.add("Trump", "person", "X") == "Ivanka Trump"
    assert index.add("Donald Trump", "person", "X") == "Donald Trump"
    assert index.add("Trump", "person", "X") == "Trump"
    assert len(index) == 3
