"""Measures: type, action, imposer, targets, magnitude and evidence, on sentences of our own."""

from __future__ import annotations

import re

import pytest

from newsdesk.analysis.measures import extract_measures
from newsdesk.analysis.model import (
    MEASURE_ACTIONS,
    MEASURE_TYPES,
    Actor,
    Measure,
    Mention,
    TimeExpr,
)
from newsdesk.analysis.sentences import split_sentences


def actor(text: str, name: str, kind: str, *surfaces: str, affiliation: str | None = None) -> Actor:
    """An actor with a mention at every whole-word occurrence of its surface forms."""
    mentions = [Mention(m.start(), m.end(), m.group())
                for s in (surfaces or (name,))
                for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]
    return Actor(name, kind, affiliation=affiliation, mentions=mentions)


def time(text: str, surface: str, type_: str, value: str) -> TimeExpr:
    start = text.index(surface)
    return TimeExpr(start, start + len(surface), surface, type_, value)


def measures(text: str, *actors: tuple, times: list[TimeExpr] | None = None) -> list[Measure]:
    built = [actor(text, *a) if isinstance(a, tuple) else a for a in actors]
    return extract_measures(text, split_sentences(text), built, times or [])


def only(text: str, *actors: tuple, times: list[TimeExpr] | None = None) -> Measure:
    found = measures(text, *actors, times=times)
    assert len(found) == 1, [(m.type, m.action, m.trigger) for m in found]
    return found[0]


# --- one sentence per type ---------------------------------------------------------------

TYPE_CASES = [
    ("tariff", "Ottawa raised tariffs on Chinese steel to 25% last month.",
     [("Canada", "country", "Ottawa")]),
    ("quota", "Canada will introduce a tariff-rate quota on steel imports from Brazil.",
     [("Canada", "country"), ("Brazil", "country")]),
    ("import_ban", "Russia imposed an import ban on Norwegian salmon.", [("Russia", "country")]),
    ("export_control", "India banned wheat exports to cool domestic prices.",
     [("India", "country")]),
    ("trade_defence", "The European Commission imposed anti-subsidy duties of up to 35.3% "
     "on electric cars imported from China.",
     [("European Commission", "organization"), ("China", "country")]),
    ("investigation", "Seoul's competition regulator opened an antitrust probe into Google.",
     [("South Korea", "country", "Seoul"), ("Google", "organization")]),
    ("sanction", "Washington slapped sanctions on two Russian banks.",
     [("United States", "country", "Washington")]),
    ("investment_restriction", "The app's owner was ordered to sell its US operations within "
     "a year.", []),
    ("subsidy", "Germany approved a €10bn subsidy for Intel's chip plant in Magdeburg.",
     [("Germany", "country"), ("Intel", "organization")]),
    ("agreement", "Australia and India signed a free trade agreement in Delhi.",
     [("Australia", "country"), ("India", "country"), ("Delhi", "place")]),
    ("other", "Freedonia proposed a 3% tax on foreign-owned warehouses.",
     [("Freedonia", "country")]),
]


def test_every_type_has_a_case():
    assert sorted(t for t, _, _ in TYPE_CASES) == sorted(MEASURE_TYPES)


@pytest.mark.parametrize(("mtype", "text", "actors"), TYPE_CASES, ids=[c[0] for c in TYPE_CASES])
def test_type(mtype, text, actors):
    assert only(text, *actors).type == mtype


# --- one sentence per action -------------------------------------------------------------

ACTION_CASES = [
    ("impose", "Mexico imposed duties of 30% on Asian textiles.", [("Mexico", "country")]),
    ("maintain", "Tokyo will keep its tariffs on American rice for now.",
     [("Japan", "country", "Tokyo")]),
    ("extend", "The EU agreed to extend its sanctions against Russia by six months.",
     [("European Union", "organization", "EU"), ("Russia", "country")]),
    ("ease", "South Korea cut its tariffs on US cars to 10%.",
     [("South Korea", "country"), ("United States", "country", "US")]),
    ("lift", "The US lifted its import ban on Venezuelan oil.",
     [("United States", "country", "US")]),
    ("delay", "Brussels postponed the new levies on American whiskey until June.",
     [("European Union", "organization", "Brussels")]),
    ("threaten", "Beijing threatened to impose retaliatory tariffs on American soybeans.",
     [("China", "country", "Beijing")]),
    ("investigate", "The EU launched an anti-dumping investigation into Chinese biodiesel.",
     [("European Union", "organization", "EU")]),
    ("propose", "Jakarta plans to cap foreign ownership of mines at 49%.",
     [("Indonesia", "country", "Jakarta")]),
]


def test_every_action_has_a_case():
    assert sorted(a for a, _, _ in ACTION_CASES) == sorted(MEASURE_ACTIONS)


@pytest.mark.parametrize(("action", "text", "actors"), ACTION_CASES,
                         ids=[c[0] for c in ACTION_CASES])
def test_action(action, text, actors):
    assert only(text, *actors).action == action


def test_a_noun_names_the_action():
    m = only("Talks led to a six-month extension of the tariff truce between Canada and Mexico.",
             ("Canada", "country"), ("Mexico", "country"))
    assert (m.type, m.action, m.magnitude) == ("agreement", "extend", "six-month")


def test_modality_turns_impose_into_a_threat():
    m = only("Ankara could impose duties of 40% on European cars.", ("Turkey", "country", "Ankara"))
    assert m.action == "threaten"


def test_refusing_to_lift_is_maintaining():
    m = only("Officials refused to lift the sanctions on Iran.", ("Iran", "country"))
    assert (m.type, m.action, m.targets) == ("sanction", "maintain", ["Iran"])


def test_negated_imposition_is_no_measure():
    assert measures("Canberra did not impose new tariffs on Chinese barley this year.",
                    ("Australia", "country", "Canberra")) == []


# --- imposer ----------------------------------------------------------------------------

def test_imposer_is_the_subject():
    m = only("Japan tightened export curbs on chipmaking equipment to China.",
             ("Japan", "country"), ("China", "country"))
    assert (m.type, m.imposer, m.targets) == ("export_control", "Japan", ["China"])


def test_imposer_from_an_adjective_before_the_trigger():
    m = only("Shares fell as US tariffs on Mexican avocados came into force.",
             ("United States", "country", "US"))
    assert (m.imposer, m.targets) == ("United States", ["Mexico"])


def test_imposer_is_the_organization_not_its_country():
    m = only("Japan's trade ministry launched an anti-dumping probe into Korean steel pipes.",
             ("Japan", "country"), ("Ministry of Economy, Trade and Industry", "organization",
                                    "trade ministry"))
    assert m.imposer == "Ministry of Economy, Trade and Industry"
    assert (m.type, m.action, m.targets) == ("trade_defence", "investigate", ["South Korea"])


def test_the_ministry_refers_back_to_the_last_named_ministry():
    text = ("Brazil's Ministry of Finance named a new envoy. The ministry also opened a trade "
            "investigation into Argentine wine.")
    found = measures(text, ("Ministry of Finance", "organization"), ("Brazil", "country"))
    assert [(m.type, m.imposer, m.targets) for m in found] == [
        ("investigation", "Ministry of Finance", ["Argentina"])]


def test_imposer_from_a_possessor():
    m = only("The move followed Ottawa's decision to add 12 Iranian firms to its sanctions list.",
             ("Canada", "country", "Ottawa"))
    assert (m.imposer, m.targets, m.magnitude) == ("Canada", ["Iran"], "12 firms")


def test_imposer_from_a_passive_agent():
    m = only("Russian banks were hit with sweeping sanctions by the EU.",
             ("European Union", "organization", "EU"))
    assert (m.imposer, m.targets) == ("European Union", ["Russia"])


def test_a_person_acts_for_their_country():
    text = "Prime Minister Carney slapped retaliatory tariffs on American cars."
    m = only(text, actor(text, "Mark Carney", "person", "Carney", affiliation="Canada"))
    assert m.imposer == "Canada"


# --- targets ----------------------------------------------------------------------------

def test_target_from_imported_from():
    m = only("Ankara opened a safeguard investigation into steel imported from Vietnam.",
             ("Turkey", "country", "Ankara"), ("Vietnam", "country"))
    assert m.targets == ["Vietnam"]


def test_target_is_a_named_company():
    m = only("Washington added Huawei to the entity list.",
             ("United States", "country", "Washington"), ("Huawei", "organization"))
    assert (m.type, m.imposer, m.targets) == ("export_control", "United States", ["Huawei"])


def test_a_group_target_brings_its_country():
    text = "The Treasury added 23 Chinese firms to a trade blacklist."
    group = Actor("Chinese firms", "group", affiliation="China",
                  mentions=[Mention(text.index("23"), text.index(" to a"), "23 Chinese firms")])
    m = only(text, ("Treasury", "organization"), group)
    assert m.targets == ["Chinese firms", "China"]
    assert m.magnitude == "23 firms"


def test_who_faces_a_measure_is_its_target():
    m = only("Ant Group, Alibaba's payments arm, faces a deadline to sell its Indian stake or "
             "risk a ban.", ("Ant Group", "organization"), ("Alibaba", "organization"))
    assert m.type == "investment_restriction"
    assert "Ant Group" in m.targets and m.imposer == "India"


def test_a_country_named_before_sanctions_is_their_target():
    m = only("Brussels agreed a new package of Russia sanctions on Friday.",
             ("European Union", "organization", "Brussels"), ("Russia", "country"))
    assert m.type == "sanction" and "Russia" in m.targets and m.imposer == "European Union"


def test_a_deal_has_both_parties():
    m = only("Australia and India signed a free trade agreement in Delhi.",
             ("Australia", "country"), ("India", "country"), ("Delhi", "place"))
    assert {m.imposer, *m.targets} == {"Australia", "India"}


def test_unnamed_sides_come_from_a_two_country_article():
    text = ("Vietnam and Japan met in Hanoi. Japan wants wider access. Vietnam wants aid. "
            "The talks eased retaliatory tariffs of 20%.")
    found = measures(text, ("Vietnam", "country"), ("Japan", "country"), ("Hanoi", "place"))
    assert [(m.type, m.action, m.magnitude) for m in found] == [("tariff", "ease", "20%")]
    assert {found[0].imposer, *found[0].targets} == {"Vietnam", "Japan"}


# --- magnitudes -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "magnitude"), [
    ("Washington kept tariffs on Chinese goods, totalling roughly 55%, in place.", "55%"),
    ("Delhi raised import duties on gold to 15 per cent.", "15%"),
    ("Paris announced a $1bn subsidy for battery makers.", "$1bn"),
    ("Berlin approved €2.5 billion in state aid for Lufthansa.", "€2.5 billion"),
    ("The truce eased triple-digit retaliatory tariffs on both sides.", "triple-digit"),
    ("Seoul and Tokyo agreed a 90-day extension of the trade truce.", "90-day"),
])
def test_magnitude(text, magnitude):
    actors = [("United States", "country", "Washington"), ("India", "country", "Delhi"),
              ("France", "country", "Paris"), ("Germany", "country", "Berlin"),
              ("Lufthansa", "organization"), ("South Korea", "country", "Seoul"),
              ("Japan", "country", "Tokyo")]
    present = [a for a in actors if a[-1] in text]
    assert only(text, *present).magnitude == magnitude


# --- what is not a measure ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The tariff war between the two countries has hurt farmers.",
    "Both sides discussed many issues, including tariffs and technology.",
    "The police investigation into the burglary continues.",
    "Hugh Grant arrived at the premiere with his mother.",
    "The deal was worth $2bn to the firm.",
    "It is my duty to help the club win.",
    "The carmaker sold its stake in the Spanish unit last year.",
])
def test_not_a_measure(text):
    assert measures(text, ("Hugh Grant", "person")) == []


# --- evidence and times -----------------------------------------------------------------

def test_evidence_is_the_sentence_and_times_are_linked():
    text = ("Markets were calm. Seoul will keep its tariffs on American beef, totalling 40%, "
            "until at least March 3. Prices rose.")
    when = time(text, "March 3", "DATE", "2026-03-03")
    m = only(text, ("South Korea", "country", "Seoul"), times=[when])
    assert text[m.start:m.end] == m.text
    assert m.text.startswith("Seoul") and m.text.endswith("March 3.")
    assert m.trigger is not None and text[m.trigger.start:m.trigger.end] == "tariffs"
    assert m.times == [0]
    assert (m.action, m.imposer, m.targets, m.magnitude) == (
        "maintain", "South Korea", ["United States"], "40%")


def test_one_measure_per_sentence_for_repeated_triggers():
    text = "ByteDance faces a deadline to sell its US operations or risk a ban."
    found = measures(text, ("ByteDance", "organization"))
    assert len(found) == 1 and found[0].type == "investment_restriction"


def test_no_trigger_no_work():
    assert measures("The weather was fine in Madrid on Sunday.") == []
