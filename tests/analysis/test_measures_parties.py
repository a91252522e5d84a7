"""Who acts in a measure (GUIDELINES.md 4.3-4.5), on invented sentences: people, unnamed
authorities, companies, WTO disputes, and one record per measure (parties.py, standing.py,
records.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from support_measures import FREEDONIA, RURITANIA, actor, measures, only, summary

from newsdesk.analysis.engine import analyze

# --- who acts: people, unnamed authorities, companies (parties.py, standing.py) --------

def test_a_person_is_never_the_imposer():
    text = "Freedonian President Okafor raised tariffs on Ruritanian cars to 40%."
    m = only(text, actor(text, "Okafor", "person", role="President"), RURITANIA, FREEDONIA)
    assert (m.imposer, m.targets, m.magnitude) == ("Freedonia", ["Ruritania"], "40%")


def test_a_titled_person_acts_for_the_articles_country():
    text = ("Freedonia is short of cheese. Trade Minister Anna Berg imposed duties on "
            "cheese from Ruritania. Freedonia expects prices to fall.")
    m = only(text, actor(text, "Anna Berg", "person", role="Trade Minister"), RURITANIA,
             FREEDONIA)
    assert (m.type, m.imposer, m.targets) == ("tariff", "Freedonia", ["Ruritania"])


def test_an_untitled_person_acts_for_nobody():
    text = "Freedonia is big. Freedonia is rich. Anna Berg imposed a levy on her tenants."
    assert measures(text, actor(text, "Anna Berg", "person"), FREEDONIA) == []


@pytest.mark.parametrize("text", [
    "Officials said on Tuesday that Ruritania would raise duties on Freedonian cheese.",
    "Officials said in Strelsau that the Ruritanian government would raise duties on "
    "Freedonian cheese.",
])
def test_the_subject_of_a_reported_clause_acts(text):
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.imposer, m.targets) == ("Ruritania", ["Freedonia"])


def test_the_government_a_countrys_official_speaks_of_is_that_country():
    text = ("Freedonia's trade minister, Karl Brenner, said the government would raise duties "
            "on Ruritanian cheese.")
    m = only(text, actor(text, "Karl Brenner", "person", role="trade minister",
                         affiliation="Freedonia"), RURITANIA, FREEDONIA)
    assert (m.imposer, m.targets) == ("Freedonia", ["Ruritania"])


def test_unnamed_inspectors_stand_for_their_country():
    m = only("Ruritanian tax inspectors searched Acme's warehouses.", RURITANIA,
             ("Acme", "organization"))
    assert summary(m) == ("investigation", "investigate", "Ruritania", ["Acme"])


def test_regulators_in_a_capital_stand_for_its_country():
    text = "Regulators in Strelsau fined Acme 2 million crowns."
    strelsau = actor(text, "Strelsau", "place", affiliation="Ruritania")
    m = only(text, strelsau, ("Acme", "organization"))
    assert (m.type, m.action, m.imposer, m.targets) == ("other", "impose", "Ruritania",
                                                        ["Acme"])


def test_the_government_of_the_article_acts():
    text = ("Ruritania's economy grew. The government announced new rules for charities "
            "funded from abroad. Critics in Ruritania said little.")
    m = only(text, RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")


def test_rules_nobody_makes_are_no_measure():
    assert measures("The rules of the game are simple, said Anna Berg of Freedonia.",
                    FREEDONIA) == []


def test_it_stands_for_the_authority_named_before():
    text = ("The Freedonia Trade Commission reviewed the sector. In the last two years, it "
            "has imposed fines totalling 3 million crowns on 12 importers.")
    m = only(text, ("Freedonia Trade Commission", "organization"))
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Freedonia Trade Commission")


def test_an_official_body_fines_a_company():
    m = only("The Freedonian competition authority fined Acme 2 million crowns.", FREEDONIA,
             ("Acme", "organization"))
    assert (m.type, m.action, m.imposer, m.targets) == ("other", "impose", "Freedonia",
                                                        ["Acme"])
    assert m.magnitude == "2 million crowns"


@pytest.mark.parametrize("text", [
    "Acme raised its prices by 10% and closed its plant in Strelsau.",
    "Acme announced a share buyback and cut its dividend.",
    "Acme signed a supply deal with Globex worth 2 million crowns.",
    "Acme wants a tariff rise of 20% for its water customers in Strelsau.",
    "The firm, which serves Strelsau, wants a tariff rise of 20%.",
    "Acme investigated the causes of the outage at its Strelsau plant.",
])
def test_company_decisions_are_no_measures(text):
    assert measures(text, ("Acme", "organization"), ("Globex", "organization"), RURITANIA) == []


def test_a_company_deal_with_a_state_is_an_agreement():
    m = only("Acme signed a fisheries agreement with Freedonia.", ("Acme", "organization"),
             FREEDONIA)
    assert m.type == "agreement" and {m.imposer, *m.targets} >= {"Freedonia"}


def test_a_firm_settling_a_probe_is_its_target():
    m = only("Acme paid 3 million crowns to settle an antitrust investigation in Freedonia.",
             ("Acme", "organization"), FREEDONIA)
    assert (m.type, m.imposer, m.targets) == ("investigation", "Freedonia", ["Acme"])


def test_a_probe_of_nobody_by_nobody_is_no_measure():
    assert measures("Officers are investigating a shooting near the harbour.") == []


def test_a_defendant_on_trial_is_the_target():
    text = "Ruritania is tense. In Ruritania, former minister Anna Berg is on trial for fraud."
    m = only(text, RURITANIA, actor(text, "Anna Berg", "person"))
    assert (m.type, m.action, m.targets) == ("investigation", "investigate", ["Anna Berg"])


def test_a_sports_trial_is_no_probe():
    assert measures("The striker impressed on trial at the club last week.") == []


def test_in_a_sports_report_countries_are_teams():
    text = ("Freedonia beat Ruritania 3-1 in the cup final. Freedonia's striker scored twice "
            "and the coach praised the fans after the match. The win keeps the club's "
            "season alive, and Freedonia agreed a new deal with its goalkeeper.")
    assert measures(text, RURITANIA, FREEDONIA) == []


def test_one_sports_word_does_not_make_a_short_item_a_sports_report():
    text = "Washington has agreed to suspend the penalties until May."
    # (beside the agreement Washington's word makes)
    assert ("other", "delay") in [
        (m.type, m.action) for m in analyze(text, dt.date(1998, 3, 20)).measures]


# --- WTO disputes (measure.wto-complaint) ------------------------------------------------

def test_a_wto_complaint_is_the_complainants_investigation():
    text = ("Freedonia filed a complaint at the World Trade Organization over Ruritania's wine "
            "labels.")
    m = only(text, RURITANIA, FREEDONIA, ("World Trade Organization", "organization"))
    assert summary(m) == ("investigation", "investigate", "Freedonia", ["Ruritania"])
    assert m.why is not None and m.why.startswith("measure.wto-complaint")


def test_the_tariffs_complained_of_are_their_own_record():
    text = "Freedonia lodged a WTO complaint against Ruritania's steel tariffs."
    found = measures(text, RURITANIA, FREEDONIA, ("World Trade Organization", "organization",
                                                  "WTO"))
    assert [summary(m) for m in found] == [
        ("investigation", "investigate", "Freedonia", ["Ruritania"]),
        ("tariff", "maintain", "Ruritania", [])]


@pytest.mark.parametrize("text", [
    "Freedonia said it would challenge any new duties at the World Trade Organization.",
    "Freedonia will sue Ruritania at the World Trade Organization over its wine labels.",
])
def test_a_dispute_a_party_says_it_will_bring_is_its_investigation(text):
    found = measures(text, RURITANIA, FREEDONIA, ("World Trade Organization", "organization"))
    assert [(m.type, m.imposer) for m in found][:1] == [("investigation", "Freedonia")]


def test_a_legal_challenge_named_as_a_noun_is_no_verb():
    assert measures("The legal challenge at the World Trade Organization failed.",
                    ("World Trade Organization", "organization")) == []


def test_a_complaint_away_from_the_wto_is_no_dispute():
    assert measures("Freedonia filed a complaint about noise with the Strelsau council.",
                    FREEDONIA) == []


def test_a_dispute_under_a_trade_pacts_own_procedure_is_a_complaint():
    # "dispute settlement" is the WTO's (or a pact's) word; NAFTA's panels are its cases
    m = only("Ruritania on Friday requested dispute settlement consultations with Freedonia "
             "over its new digital services tax.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.targets) == ("investigation", "investigate", ["Freedonia"])
    found = measures("Freedonia filed a complaint under NAFTA over Ruritanian sugar rules.",
                     FREEDONIA, RURITANIA, ("NAFTA", "organization"))
    assert [(m.type, m.imposer) for m in found] == [("investigation", "Freedonia")]
    assert measures("Freedonia filed a complaint about noise with the Strelsau council.",
                    FREEDONIA) == []


# --- cases before a court (measure.court-case) -------------------------------------------

COURT = ("European Court of Justice", "organization")


@pytest.mark.parametrize(("text", "action"), [
    ("Freedonia threatened to challenge the fishing quota at the European Court of Justice.",
     "threaten"),
    ("Freedonia said it would challenge the directive at the European Court of Justice.",
     "investigate"),
    ("Freedonia challenged the quota at the European Court of Justice last year.",
     "investigate"),
])
def test_a_challenge_a_state_brings_before_a_court_is_its_case(text, action):
    found = measures(text, FREEDONIA, COURT)
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investigation", action, "Freedonia")]
    assert found[0].why is not None and found[0].why.startswith(
        ("measure.court-case", "measure.threat"))
    assert found[0].targets == []  # the court is the forum, not a party


def test_a_court_challenge_needs_a_public_body_and_a_court():
    assert measures("Acme challenged the ruling at the European Court of Justice.",
                    ("Acme", "organization"), COURT) == []
    # a complaint is voiced in court as anywhere: only challenges and suits are cases
    assert measures("Freedonia complained about the delay at the European Court of Justice.",
                    FREEDONIA, COURT) == []
    # no court: a challenge of a figure is no case
    assert measures("Freedonia challenged the quota figures on Monday.", FREEDONIA) == []


def test_a_judicial_review_a_public_body_seeks_is_its_case():
    text = ("The Strelsau Borough Council said it would seek a judicial review if the "
            "ministry approved the plan.")
    found = measures(text, ("Strelsau Borough Council", "organization"))
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investigation", "threaten", "Strelsau Borough Council")]
    assert measures("Acme sought a judicial review of the licence.",
                    ("Acme", "organization")) == []


def test_an_audit_a_public_body_will_carry_out_is_its_probe():
    text = ("Freedonia seized the gas fields on Monday. Freedonia expects more revenue. "
            "Energy Minister Karl Brenner said the government would audit every foreign "
            "company's accounts within 60 days.")
    found = measures(text, FREEDONIA, actor(text, "Karl Brenner", "person",
                                            role="Energy Minister", affiliation="Freedonia"))
    assert ("investigation", "investigate", "Freedonia") in [
        (m.type, m.action, m.imposer) for m in found]
    m = only("The Freedonian Ministry of Finance is auditing the accounts of Acme Bank.",
             actor("The Freedonian Ministry of Finance is auditing the accounts of Acme Bank.",
                   "Ministry of Finance", "organization", affiliation="Freedonia"),
             ("Acme Bank", "organization"))
    assert summary(m) == ("investigation", "investigate", "Ministry of Finance", ["Acme Bank"])


@pytest.mark.parametrize("text", [
    "Acme said the Strelsau firm of accountants would audit its accounts.",
    "The annual audit found no problems at the Freedonian ministry.",
    "The Freedonia Audit Office said the ministry had wasted money.",
])
def test_an_audit_by_no_public_body_or_the_noun_is_no_probe(text):
    assert measures(text, FREEDONIA, ("Acme", "organization"),
                    ("Freedonia Audit Office", "organization")) == []


@pytest.mark.parametrize("text", [
    'Freedonia said it "firmly opposes" steps that harm its exporters and on Thursday opened '
    "an investigation into Ruritania's trade practices.",
    "Freedonia said that it regretted the rules that Ruritania had drawn up and also launched "
    "an investigation into Ruritania's trade practices.",
])
def test_a_speakers_second_step_after_a_relative_clause_is_the_speakers(text):
    found = measures(text, FREEDONIA, RURITANIA)
    assert [summary(m) for m in found] == [
        ("investigation", "investigate", "Freedonia", ["Ruritania"])]


def test_a_named_subject_of_the_second_verb_keeps_its_step():
    text = ("Freedonia said it regretted the rules and Ruritania on Thursday opened an "
            "investigation into Acme.")
    found = measures(text, FREEDONIA, RURITANIA, ("Acme", "organization"))
    assert [(m.type, m.imposer) for m in found] == [("investigation", "Ruritania")]


def test_who_opened_a_probe_in_its_relative_clause_wins_over_a_later_by():
    text = ("The notice follows an investigation that the Commerce Department opened in "
            "September into whether drones made by Ruritanian companies could send data "
            "abroad.")
    found = measures(text, ("Commerce Department", "organization"),
                     ("Ruritania", "country", "Ruritanian"))
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investigation", "investigate", "Commerce Department")]


@pytest.mark.parametrize("qualifier", ["congressional", "parliamentary", "federal",
                                       "government"])
def test_a_probe_a_word_of_the_state_qualifies_is_the_articles_states(qualifier):
    text = (f"Onion prices soared in Freedonia last year. Freedonia imports onions. The "
            f"shortage prompted a {qualifier} inquiry into hoarding.")
    found = measures(text, FREEDONIA)
    assert [(m.type, m.imposer) for m in found] == [("investigation", "Freedonia")]


def test_a_probe_with_no_word_of_the_state_and_no_one_named_is_none():
    text = ("Onion prices soared in Freedonia last year. Freedonia imports onions. The "
            "shortage prompted a long inquiry into hoarding.")
    assert measures(text, FREEDONIA) == []


@pytest.mark.parametrize(("text", "mtype"), [
    ("The Freedonian Liberal Party said it would impose a levy on the profits of the banks.",
     "other"),
    ("The Freedonian Liberal Party pledged to scrap the fuel duty if it wins the election.",
     "other"),
])
def test_what_a_party_says_it_would_do_is_proposed(text, mtype):
    found = measures(text, ("Freedonian Liberal Party", "organization"), FREEDONIA)
    assert [(m.type, m.action, m.imposer) for m in found] == [
        (mtype, "propose", "Freedonian Liberal Party")]


def test_the_market_goods_enter_lays_the_quota_they_enter_under():
    text = "Beef from Ruritania will enter Freedonia within a quota of 9,000 tonnes a year."
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in found] == [("quota", "Freedonia")]


def test_a_crackdown_on_conduct_a_public_body_begins_is_its_probe():
    text = "Freedonia said its police would begin a four-week crackdown on under-age drinking."
    found = measures(text, FREEDONIA)
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investigation", "investigate", "Freedonia")]
    # on people, it is repression, no probe of conduct
    assert measures("Freedonia launched a crackdown on pro-democracy protesters.",
                    FREEDONIA) == []


def test_a_clause_opened_after_a_measure_has_a_verb_of_its_own():
    # "continue" is the checks', not the agreement's
    found = measures("Freedonia said it might seek a panel under the Ruritania Free Trade "
                     "Agreement if the checks continue past October.", FREEDONIA)
    assert "measure.standing" not in {m.why.split(":")[0] for m in found}


def test_two_parties_agreeing_to_act_make_an_agreement():
    found = measures("Ruritania and Freedonia on Monday also agreed to jointly assess five "
                     "lithium projects.", RURITANIA, FREEDONIA)
    assert [summary(m) for m in found] == [("agreement", "impose", "Ruritania", ["Freedonia"])]
    found = measures("Ruritania agreed with Freedonia to cut tariffs on each other's fish.",
                     RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer, m.targets) for m in found][:1] == [
        ("agreement", "Ruritania", ["Freedonia"])]
    # a deal the sentence names is that record, not a second one
    m = only("Ruritania and Freedonia agreed to extend their tariff truce by 90 days.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("agreement", "extend")
    # one party agreeing to something is no deal
    assert [m.type for m in measures("Ruritania agreed to consider the request.",
                                     RURITANIA)] == []


def test_an_earlier_deal_ended_is_not_the_one_just_agreed():
    text = ("Ruritania and Freedonia have agreed to begin talks on ending subsidies to ship "
            "builders. Last year, Ruritania terminated an agreement with Freedonia, reached in "
            "1992, which limits the subsidies.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.action) for m in found if m.type == "agreement"] == [
        ("agreement", "impose"), ("agreement", "lift")]


# --- one record per measure (records.py) -------------------------------------------------

def test_sentences_about_one_measure_make_one_record():
    text = ("Ruritania imposed duties of 25% on Freedonian cheese on Monday. The duties will "
            "be reviewed next year, officials said. Freedonia called the duties unfair.")
    m = only(text, RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Ruritania", ["Freedonia"])
    assert m.text.startswith("Ruritania imposed")


def test_distinct_steps_make_distinct_records():
    text = ("Ruritania imposed duties of 25% on Freedonian cheese. Freedonia imposed duties of "
            "10% on Ruritanian wine.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.imposer, m.targets, m.magnitude) for m in found] == [
        ("Ruritania", ["Freedonia"], "25%"), ("Freedonia", ["Ruritania"], "10%")]


def test_two_figures_in_one_sentence_are_two_steps():
    text = ("Freedonia cut corporate tax from 30% to 28% and offered income tax cuts worth "
            "2 billion crowns.")
    found = measures(text, FREEDONIA)
    assert [(m.type, m.action) for m in found] == [("subsidy", "impose"), ("subsidy", "impose")]
    assert len({m.magnitude for m in found}) == 2


def test_a_sentence_is_not_glued_into_one_many_party_record():
    text = ("At talks attended by Ruritania, Acme and Globex, Freedonia announced a subsidy "
            "for Acme.")
    m = only(text, RURITANIA, FREEDONIA, ("Acme", "organization"), ("Globex", "organization"))
    assert summary(m) == ("subsidy", "impose", "Freedonia", ["Acme"])


def test_complaints_of_two_sides_in_their_own_clauses_are_two_records():
    text = ("Freedonia filed a WTO complaint against Ruritania in May, and Ruritania filed a "
            "WTO complaint against Freedonia in June.")
    found = measures(text, RURITANIA, FREEDONIA, ("World Trade Organization", "organization",
                                                  "WTO"))
    assert [(m.imposer, m.targets) for m in found] == [
        ("Freedonia", ["Ruritania"]), ("Ruritania", ["Freedonia"])]


# --- the 2023-2025 trade domain (invented events, real names) -----------------------------

US = ("United States", "country", "US", "Washington", "United States")
CHINA = ("China", "country", "China", "Beijing")


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("Canada imposed 25% tariffs on steel imported from Mexico.",
     [("Canada", "country"), ("Mexico", "country")],
     ("tariff", "impose", "Canada", ["Mexico"])),
    ("Washington added 12 Chinese chipmakers to its entity list on Tuesday.", [US, CHINA],
     ("export_control", "impose", "United States", ["China"])),
    ("Japan lifted its export curbs on chipmaking materials to South Korea.",
     [("Japan", "country"), ("South Korea", "country")],
     ("export_control", "lift", "Japan", ["South Korea"])),
    ("The EU froze the assets of three Russian banks.",
     [("European Union", "organization", "EU")],
     ("sanction", "impose", "European Union", ["Russia"])),
    ("Washington and Beijing agreed to extend their tariff truce by another 90 days.",
     [US, CHINA], ("agreement", "extend", "United States", ["China"])),
    ("The EU imposed provisional anti-dumping duties of up to 35% on electric bicycles made "
     "in Vietnam.", [("European Union", "organization", "EU"), ("Vietnam", "country")],
     ("trade_defence", "impose", "European Union", ["Vietnam"])),
    ("Beijing said it would not lift its ban on Japanese seafood.",
     [CHINA, ("Japan", "country")], ("import_ban", "maintain", "China", ["Japan"])),
    ("Ottawa warned it would impose counter-tariffs on US whiskey unless Washington dropped "
     "its steel levy.", [("Canada", "country", "Ottawa"), US],
     ("tariff", "threaten", "Canada", ["United States"])),
    ("Mexico's tariffs on Chinese cars expire in June.", [("Mexico", "country"), CHINA],
     ("tariff", "lift", "Mexico", ["China"])),
    ("The Treasury sanctioned two Iranian oil traders on Thursday.",
     [("Treasury", "organization")], ("sanction", "impose", "Treasury", ["Iran"])),
])
def test_trade_news(text, actors, expected):
    m = only(text, *actors)
    assert summary(m) == expected


def test_a_wto_complaint_over_export_controls():
    found = measures("China filed a WTO complaint over US chip export controls.", CHINA, US,
                     ("World Trade Organization", "organization", "WTO"))
    assert [summary(m) for m in found] == [
        ("investigation", "investigate", "China", ["United States"]),
        ("export_control", "maintain", "United States", [])]


def test_a_truce_extension_carries_its_length():
    m = only("Washington and Beijing agreed to extend their tariff truce by another 90 days.",
             US, CHINA)
    assert m.magnitude == "90 days"


# --- more frames and sides ----------------------------------------------------------------

def test_may_the_month_is_no_modal():
    m = only("Ruritania imposed duties on Freedonian cheese in May.", RURITANIA, FREEDONIA)
    assert m.action == "impose"


def test_a_consequence_after_an_if_clause_is_no_measure():
    text = "If the traders are convicted, they could face a fine of 2 million crowns in Freedonia."
    assert measures(text, FREEDONIA) == []


def test_a_lower_duty_is_a_duty_not_a_cut():
    m = only("Energy imports from Freedonia face a lower 10% duty.", FREEDONIA)
    assert (m.type, m.action, m.targets, m.magnitude) == ("tariff", "impose", ["Freedonia"], "10%")


def test_the_new_level_is_the_magnitude():
    m = only("Freedonia cut corporate tax from 30% to 28% in its budget.", FREEDONIA)
    assert (m.type, m.action, m.magnitude) == ("subsidy", "impose", "28%")


def test_the_speaker_is_what_it_stands_for():
    text = ("The Freedonia Trade Commission told Acme it had opened an antitrust investigation "
            "into Globex.")
    m = only(text, ("Freedonia Trade Commission", "organization"), ("Acme", "organization"),
             ("Globex", "organization"))
    assert (m.type, m.imposer, m.targets) == ("investigation", "Freedonia Trade Commission",
                                              ["Globex"])


def test_the_package_stands_for_its_imposer():
    text = ("Ruritania adopted a sanctions package against Freedonia on Monday. The package bans "
            "imports of Freedonian steel.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [summary(m) for m in found] == [
        ("sanction", "impose", "Ruritania", ["Freedonia"]),
        ("import_ban", "impose", "Ruritania", ["Freedonia"])]


def test_who_is_expected_to_act_acts():
    m = only("Freedonia expects Ruritania to lift its quota on Freedonian sugar.",
             RURITANIA, FREEDONIA)
    assert (m.action, m.imposer, m.targets) == ("lift", "Ruritania", ["Freedonia"])


def test_a_budget_step_naming_no_one_is_the_governments():
    text = ("The Ruritanian government announced higher social spending on Monday. Pensioners "
            "will be exempt from the new property tax. Ruritania expects growth of 2%.")
    found = measures(text, RURITANIA)
    assert [summary(m) for m in found] == [("other", "impose", "Ruritania", []),
                                           ("subsidy", "impose", "Ruritania", [])]


def test_a_step_naming_no_one_outside_government_talk_is_nobodys():
    text = "Ruritania grew fast. Members need to change domestic laws. Ruritania agreed."
    assert measures(text, RURITANIA) == []


def test_a_probe_in_a_country_is_that_countrys():
    m = only("Traders at Acme face a criminal investigation in Freedonia.", FREEDONIA,
             ("Acme", "organization"))
    assert summary(m) == ("investigation", "investigate", "Freedonia", ["Acme"])


def test_a_capital_taken_for_a_place_still_acts_for_its_state():
    text = "Strelsau hit back, banning exports of timber to Freedonia."
    strelsau = actor(text, "Strelsau", "place", affiliation="Ruritania")
    m = only(text, strelsau, FREEDONIA)
    assert summary(m) == ("export_control", "impose", "Ruritania", ["Freedonia"])


def test_utility_tariffs_make_the_articles_tariffs_prices():
    text = ("Water tariffs in Strelsau have been frozen since 2002. The government rejected a "
            "20% increase in tariffs, Ruritania's minister said.")
    assert [m for m in measures(text, RURITANIA) if m.type == "tariff"] == []


def test_a_business_deal_with_a_state_is_no_agreement():
    assert measures("Acme signed a supply agreement with Freedonia.", ("Acme", "organization"),
                    FREEDONIA) == []


def test_an_extension_noun_names_the_action():
    m = only("Ruritania and Freedonia agreed a six-month extension of their fisheries pact.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.magnitude) == ("agreement", "extend", "six-month")


def test_the_end_of_a_year_ends_nothing():
    assert measures("At the end of the year Ruritania will hold fisheries talks.", RURITANIA) == []


def test_a_deal_reported_from_the_other_side_is_the_same_deal():
    text = ("Ruritania and Freedonia signed a free trade agreement on Thursday. Freedonia's "
            "prime minister called the pact a landmark.")
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("agreement", "impose")
    assert {m.imposer, *m.targets} == {"Ruritania", "Freedonia"}


def test_deals_of_different_sizes_are_different_deals():
    text = ("The Freedonia Securities Commission agreed a deal worth 3 million crowns with Acme. "
            "Separately, the commission reached a 5 million crowns deal with Globex.")
    found = measures(text, ("Freedonia Securities Commission", "organization"),
                     ("Acme", "organization"), ("Globex", "organization"))
    assert [m.magnitude for m in found] == ["3 million crowns", "5 million crowns"]


def test_a_challenge_at_the_wto_is_the_challengers_and_the_panel_imposes_nothing():
    text = ("Freedonia challenged Ruritania's timber export ban at the WTO in 2019, and a WTO "
            "panel ruled against Strelsau in 2022.")
    found = measures(text, RURITANIA, FREEDONIA, ("World Trade Organization", "organization",
                                                  "WTO"))
    assert summary(found[0]) == ("investigation", "investigate", "Freedonia", ["Ruritania"])
    assert all(m.imposer != "World Trade Organization" for m in found)


def test_a_challenge_away_from_the_wto_is_no_probe():
    assert measures("Freedonia challenged Ruritania to a football match.", RURITANIA,
                    FREEDONIA) == []


def test_an_object_list_does_not_run_into_an_attribution():
    text = "Ruritania will ban exports of timber from June, President Anna Berg announced."
    m = only(text, RURITANIA, actor(text, "Anna Berg", "person", affiliation="Ruritania"))
    assert summary(m) == ("export_control", "impose", "Ruritania", [])


def test_an_object_list_runs_through_its_commas():
    m = only("Ruritania banned exports of timber, copper and tin to Freedonia.", RURITANIA,
             FREEDONIA)
    assert m.targets == ["Freedonia"]


def test_accused_of_ends_the_object_phrase():
    text = ("The Ruritania Treasury sanctioned three Acme units accused of selling drones to "
            "Freedonia.")
    m = only(text, ("Ruritania Treasury", "organization"), ("Acme", "organization"), FREEDONIA)
    assert (m.type, m.imposer, m.targets) == ("sanction", "Ruritania Treasury", ["Acme"])


def test_weighing_whether_to_ease_is_a_planned_change():
    m = only("Ruritania weighs whether to ease restrictions on Freedonian timber imports.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("import_ban", "ease", "Ruritania")


def test_not_renewing_licences_ends_them():
    m = only("Ruritania said it would not renew the export licences of Acme.", RURITANIA,
             ("Acme", "organization"))
    assert (m.type, m.action, m.imposer) == ("export_control", "lift", "Ruritania")


def test_actors_of_a_condition_do_not_act():
    text = ("Strelsau warned it would respond if Freedonia's duties hurt Ruritanian farmers, and "
            "said it had opened an anti-dumping investigation into Freedonian wheat.")
    found = measures(text, RURITANIA, FREEDONIA)
    probe = next(m for m in found if m.type == "trade_defence")
    assert (probe.action, probe.imposer, probe.targets) == ("investigate", "Ruritania",
                                                            ["Freedonia"])


def test_a_denied_step_is_no_measure():
    assert measures("Ruritania's minister denied that he was raising taxes on fuel.",
                    RURITANIA) == []


def test_a_step_said_outright_is_a_measure():
    m = only("Ruritania's minister said that he was raising taxes on fuel.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")


def test_a_measure_word_naming_a_body_is_no_measure():
    text = "Ruritania's public spending watchdog criticised the accounts of Freedonia."
    assert measures(text, RURITANIA, FREEDONIA) == []


def test_a_government_in_general_is_no_authority():
    text = ("Ruritania votes soon. People want a government that upholds the rules, Anna Berg "
            "said. Ruritania's mood is sour.")
    assert measures(text, RURITANIA, actor(text, "Anna Berg", "person")) == []


def test_a_call_for_a_probe_is_a_proposal():
    m = only("Freedonia's minister said the Ruritania Trade Office should investigate Acme.",
             FREEDONIA, ("Ruritania Trade Office", "organization"), ("Acme", "organization"))
    assert (m.type, m.action, m.imposer, m.targets) == (
        "investigation", "propose", "Ruritania Trade Office", ["Acme"])


def test_a_probe_opened_is_investigated():
    m = only("The Ruritania Trade Office opened an antitrust investigation into Acme.",
             ("Ruritania Trade Office", "organization"), ("Acme", "organization"))
    assert (m.action, m.imposer, m.targets) == ("investigate", "Ruritania Trade Office", ["Acme"])


def test_a_step_once_something_happens_is_no_measure():
    assert measures("Acme will pay 5 million crowns once the Freedonian government approves "
                    "the deal.", ("Acme", "organization"), FREEDONIA) == []


def test_a_firm_investigating_opportunities_in_a_country_is_no_probe():
    assert measures("Acme said it would investigate further opportunities in Freedonia.",
                    ("Acme", "organization"), FREEDONIA) == []


def test_a_person_is_a_target_of_a_probe_not_of_a_deal():
    text = "Ruritania's prime minister Anna Berg called for reform of Freedonia's fisheries pact."
    m = only(text, RURITANIA, FREEDONIA, actor(text, "Anna Berg", "person"))
    assert "Anna Berg" not in m.targets and m.type == "agreement"


def test_a_retaliation_is_its_own_record():
    text = ("Freedonia imposed 25% tariffs on Ruritanian steel on Monday. Ruritania said it "
            "would retaliate with 25% tariffs on Freedonian wine.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.imposer, m.targets) for m in found] == [("Freedonia", ["Ruritania"]),
                                                       ("Ruritania", ["Freedonia"])]


def test_the_level_a_cut_sets_is_its_magnitude():
    m = only("Freedonia will halve its 40% duty on Ruritanian wine to 20%.", RURITANIA,
             FREEDONIA)
    assert (m.action, m.magnitude) == ("ease", "20%")


def test_firms_sent_objections_are_their_targets():
    text = ("Acme and Globex were sent statements of objections by the Freedonia Competition "
            "Commission in July.")
    m = only(text, ("Acme", "organization"), ("Globex", "organization"),
             ("Freedonia Competition Commission", "organization"))
    assert (m.type, m.imposer, m.targets) == ("investigation", "Freedonia Competition Commission",
                                              ["Acme", "Globex"])


def test_a_probe_still_going_on_in_a_country_is_its():
    m = only("Regulatory investigations of Acme are still going on in Freedonia.", FREEDONIA,
             ("Acme", "organization"))
    assert (m.imposer, m.targets) == ("Freedonia", ["Acme"])


def test_a_probe_of_operations_in_a_country_is_not_its():
    text = ("The Ruritania Trade Office sent a statement of objections about Acme's operations "
            "in Freedonia.")
    m = only(text, FREEDONIA, ("Ruritania Trade Office", "organization"), ("Acme", "organization"))
    assert m.imposer == "Ruritania Trade Office"


def test_an_order_imposing_tariffs_is_the_tariffs():
    m = only("Freedonia signed an executive order imposing 25% tariffs on Ruritanian steel.",
             RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Freedonia", ["Ruritania"])


def test_an_order_on_its_own_is_a_measure():
    m = only("Freedonia signed an executive order on Monday.", FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Freedonia")


# --- coordinated subjects and partners (subjects.coordinated, parties._reciprocal) -------

def test_a_coordinated_subject_acts_through_its_first_named_side():
    text = "Ruritania and Freedonia imposed sanctions on Acme Holdings."
    m = only(text, RURITANIA, FREEDONIA, actor(text, "Acme Holdings", "organization"))
    assert (m.imposer, m.targets) == ("Ruritania", ["Acme Holdings"])


def test_a_reciprocal_cut_falls_on_each_side():
    text = "Ruritania and Freedonia cut their reciprocal tariffs for 90 days."
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer, m.targets) == ("tariff", "ease", "Ruritania",
                                                        ["Freedonia"])


def test_a_partner_after_with_is_not_the_subject():
    # (the deal and the step it holds are two records, GUIDELINES 4.2)
    text = "Ruritania agreed with Freedonia to remove tariffs on cars."
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("agreement", "impose", "Ruritania"), ("tariff", "lift", "Ruritania")]


def test_an_actor_closing_a_phrase_before_a_verb_is_not_the_imposer():
    text = "Ruritania's sanctions package against Freedonia bans imports of Freedonian steel."
    found = measures(text, RURITANIA, FREEDONIA)
    assert found and all(m.imposer == "Ruritania" for m in found)


def test_a_coordinated_subject_after_an_opening_phrase_still_acts():
    text = ("Under the truce agreed in Strelsau, Ruritania and Freedonia cut their reciprocal "
            "tariffs for 90 days.")
    cuts = [m for m in measures(text, RURITANIA, FREEDONIA) if m.type == "tariff"]
    assert [(m.imposer, m.targets) for m in cuts] == [("Ruritania", ["Freedonia"])]


def test_a_licence_for_goods_leaving_the_country_is_an_export_control():
    text = ("Ruritania expanded export controls on chip tools, requiring Acme to obtain "
            "licences for shipments of lithography tools to Freedonia.")
    m = only(text, RURITANIA, FREEDONIA, ("Acme", "organization"))  # one record, not two
    assert (m.type, m.imposer, "Freedonia" in m.targets) == ("export_control", "Ruritania",
                                                              True)
    text = ("Ruritania expanded export controls, requiring Acme to obtain licences for "
            "shipments of some deep ultraviolet lithography tools to Freedonia.")
    m = only(text, RURITANIA, FREEDONIA, ("Acme", "organization"))  # far from its "to"
    assert m.type == "export_control"
    m = only("Ruritania will require licences for exports of gallium.", RURITANIA)
    assert m.type == "export_control"
    m = only("Ruritania revoked the licences of two Freedonian banks.", RURITANIA, FREEDONIA)
    assert m.type == "other"


def test_a_duty_laid_on_a_class_of_bodies_is_a_measure():
    m = only("Ruritania's government will require importers of cars to match every crown "
             "spent abroad with a crown of exports.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")
    # Only a public authority lays such a duty: a firm's terms are business.
    assert measures("Acme will require retailers to stock its phones.", RURITANIA,
                    ("Acme", "organization")) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("Freedonia threatened to block Ruritania's bid to buy Acme.", "investment_restriction"),
    ("Freedonia froze Ruritania's assets.", "sanction"),
    ("Freedonia halted Ruritania's exports of potash.", "export_control"),
])
def test_whose_thing_a_verb_restricts_is_the_target(text, kind):
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.imposer, m.targets) == (kind, "Freedonia", ["Ruritania"])


def test_a_measure_under_review_stands():
    m = only("Freedonia said it would review its trade pact with Ruritania.", RURITANIA,
             FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("agreement", "maintain", "Freedonia")
    m = only("Freedonia will review its sanctions on Ruritania next month.", RURITANIA,
             FREEDONIA)
    assert (m.type, m.action) == ("sanction", "maintain")


@pytest.mark.parametrize(("text", "action"), [
    ("Ruritania lowered its import quota for Freedonian cheese.", "impose"),
    ("Ruritania raised its import quota for Freedonian cheese.", "ease"),
    ("Ruritania cut its tariffs on Freedonian cheese.", "ease"),
])
def test_a_limit_lowered_is_tightened_and_raised_eased(text, action):
    assert only(text, RURITANIA, FREEDONIA).action == action


def test_an_official_review_of_a_takeover_is_a_probe():
    text = ("The Ruritanian Investment Committee will review Acme's proposed $2 billion "
            "takeover of Globex.")
    m = only(text, RURITANIA, ("Ruritanian Investment Committee", "organization"),
             ("Acme", "organization"), ("Globex", "organization"))
    assert (m.type, m.action, m.imposer) == ("investigation", "investigate",
                                             "Ruritanian Investment Committee")
    assert "Acme" in m.targets
    # A firm reviewing a deal of its own is business.
    assert measures("Acme will review the deal with Globex.", ("Acme", "organization"),
                    ("Globex", "organization")) == []


def test_what_a_states_voice_announces_with_no_one_named_that_state_takes():
    text = "Rudolf Rassendyll said on Monday that tariffs on Freedonia would rise to 30%."
    person = actor(text, "Rudolf Rassendyll", "person", affiliation="Ruritania")
    m = only(text, person, RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Ruritania", ["Freedonia"])
    # What a state's voice opposes is another's measure, never the voice's own.
    text = "Rudolf Rassendyll said Ruritania opposed the forced sale of Acme."
    person = actor(text, "Rudolf Rassendyll", "person", affiliation="Ruritania")
    assert all(m.imposer != "Ruritania" for m in measures(text, person, RURITANIA))
    # A voice with no state gives no imposer.
    text = "An analyst at Acme said that tariffs on Freedonia would rise to 30%."
    found = measures(text, ("Acme", "organization"), FREEDONIA)
    assert all(m.imposer is None for m in found)


@pytest.mark.parametrize("text", [
    # The country goods go to lays the duty they face.
    "Most Freedonian exports to Ruritania will face a 15% tariff under the deal.",
    "Freedonian steel shipped to Ruritania will face a 30% tariff.",
    "Freedonian goods entering Ruritania will face duties of 35% from May 1.",
    # A time phrase opening the sentence leaves its subject acting.
    "In March, Ruritania imposed duties on Freedonian steel.",
    "On Tuesday, Ruritania imposed duties on Freedonian steel.",
    "On Tuesday Ruritania imposed duties on Freedonian steel.",
])
def test_ruritania_lays_a_duty_on_freedonia(text):
    m = only(text, RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Ruritania", ["Freedonia"])


def test_goods_from_a_country_face_no_duty_of_its_own():
    m = only("Imports from Freedonia face a duty of 25%.", RURITANIA, FREEDONIA)
    assert (m.imposer, m.targets) == (None, ["Freedonia"])


def test_a_headlines_state_gives_way_to_the_body_the_story_names():
    # GUIDELINES 4.5: the most specific named actor that acts.
    text = ("Ruritania widens export controls on gallium\n\nStrelsau - Ruritania's Trade"
            " Ministry said on Monday it would add gallium to its export control list.")
    ministry = actor(text, "Trade Ministry", "organization", affiliation="Ruritania")
    found = measures(text, ("Ruritania", "country"), ministry)
    assert [(m.type, m.imposer) for m in found] == [("export_control", "Trade Ministry")]
    # Where the story's first sentence names the state, its ministry told of as acting
    # later takes the step too (thirty-ninth session); its legislature would not.
    text = ("Ruritania added gallium to its export control list on Monday. Ruritania's Trade"
            " Ministry said it would add gallium to its export control list.")
    found = measures(text, ("Ruritania", "country"), actor(text, "Trade Ministry",
                                                            "organization",
                                                            affiliation="Ruritania"))
    assert found[0].imposer == "Trade Ministry"


def test_names_listed_in_a_prepositional_phrase_stay_in_it():
    m = only("Ruritania raised duties on Freedonia, Graustark and Acme.", RURITANIA, FREEDONIA,
             ("Graustark", "country"), ("Acme", "organization"))
    assert m.imposer == "Ruritania" and "Graustark" in m.targets


def test_a_participle_after_a_comma_says_what_the_main_subject_did():
    # Read through the engine: the companies are a group actor, which the frame tests'
    # actors do not make; they were the imposer of "restricting exports".
    import datetime as dt

    from newsdesk.analysis.engine import analyze
    text = ("The Biden administration on Monday added 140 companies, most of them Chinese,"
            " to its Entity List, restricting exports of chipmaking equipment to China.")
    found = analyze(text, dt.date(2024, 12, 3)).measures
    assert {m.imposer for m in found} == {"United States"}


def test_a_dateline_that_is_no_capital_never_acts():
    # Read through the engine: "GENEVA -" gave Switzerland the talks' farm subsidy cuts.
    import datetime as dt

    from newsdesk.analysis.engine import analyze
    text = ("GENEVA - Tariffs on Freedonian cheese will rise to 25 percent on Friday, the"
            " ministry said.")
    assert all(m.imposer != "Switzerland" for m in analyze(text, dt.date(2006, 7, 25)).measures)
    text = "BEIJING - Tariffs on US soybeans will rise to 25 percent on Friday."
    assert [m.imposer for m in analyze(text, dt.date(2006, 7, 25)).measures] == ["China"]


def test_plain_duties_in_a_story_of_anti_dumping_duties_are_those_duties():
    text = ("Ruritania imposes duties on Freedonian solar panels\n\nStrelsau - Ruritania on"
            " Tuesday imposed provisional anti-dumping duties of 11.8% on solar panels from"
            " Freedonia.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer, m.targets) for m in found] == [
        ("trade_defence", "Ruritania", ["Freedonia"])]
    # Duties another state lays stay duties.
    text = ("Ruritania imposed anti-dumping duties on Freedonian panels. Graustark raised"
            " duties on Freedonian steel.")
    found = measures(text, RURITANIA, FREEDONIA, ("Graustark", "country"))
    assert sorted(m.type for m in found) == ["tariff", "trade_defence"]


def test_the_agency_in_a_dateline_is_no_party():
    # Read through the engine: "(AP)" became the target of the producers' dropped challenges.
    import datetime as dt

    from newsdesk.analysis.engine import analyze
    text = ("EU and Latin America end banana war\n\nGENEVA (AP) - The European Union agreed on"
            " Tuesday to cut its import tariff on bananas from Latin America, ending one of the"
            " longest-running disputes in the history of the World Trade Organization.\n\nIn"
            " return, Latin American producers including Ecuador, Colombia and Costa Rica will"
            " drop their legal challenges at the WTO.")
    found = analyze(text, dt.date(2009, 12, 16)).measures
    assert found and all("Associated Press" not in [m.imposer, *m.targets] for m in found)


def test_a_body_of_a_deals_side_is_no_other_party_to_it():
    text = ("Ruritania will suspend its countermeasures, the Trade Ministry said on Tuesday,"
            " after the two sides agreed a framework trade deal.")
    ministry = actor(text, "Trade Ministry", "organization", affiliation="Ruritania")
    deals = [m for m in measures(text, RURITANIA, ministry) if m.type == "agreement"]
    assert [(m.imposer, m.targets) for m in deals] == [("Ruritania", [])]


def test_a_headline_and_its_story_worded_apart_are_one_measure():
    # Read through the engine, which makes the groups: "140 Chinese firms" and "140
    # companies" are one size and one listing.
    import datetime as dt

    from newsdesk.analysis.engine import analyze
    text = ("US adds 140 Chinese firms to trade blacklist\n\nWASHINGTON - The Biden"
            " administration on Monday added 140 companies, most of them Chinese, to its Entity"
            " List, restricting exports of chipmaking equipment to China.")
    found = analyze(text, dt.date(2024, 12, 3)).measures
    assert [(m.type, m.imposer) for m in found] == [("export_control", "United States")]


def test_a_national_bodys_measure_does_not_fall_on_its_own_country():
    text = ("Ruritania's Export Bureau expanded its export control rules to cover chips made"
            " abroad with tools from Ruritania.")
    bureau = actor(text, "Export Bureau", "organization", affiliation="Ruritania")
    found = [m for m in measures(text, RURITANIA, bureau) if m.type == "export_control"]
    assert found and all("Ruritania" not in m.targets for m in found)


def test_a_speaker_named_after_the_object_is_no_target():
    found = only("Ruritania imposed duties on Freedonian steel, Harbour Council President"
                 " Jo Park said.", RURITANIA, FREEDONIA, ("Harbour Council", "organization"),
                 ("Jo Park", "person"))
    assert summary(found) == ("tariff", "impose", "Ruritania", ["Freedonia"])


def test_the_bloc_is_the_union_of_states_named_before():
    text = ("The European Union imposed duties on Freedonian steel. Officials in Brussels said"
            " the bloc would also scrap its quotas on Freedonian cheese.")
    found = measures(text, ("European Union", "organization"), FREEDONIA,
                     ("Brussels", "place", "Brussels"))
    assert {m.imposer for m in found} == {"European Union"}


def test_an_unnamed_authority_serves_the_country_the_articles_people_serve():
    # A British Budget story: no country named twice, two ministers of one country.
    text = ("Brown said the Budget would help families. The chancellor is expected to freeze"
            " petrol duty. Brown and Darling spoke.")
    brown = actor(text, "Gordon Brown", "person", "Brown", affiliation="United Kingdom")
    darling = actor(text, "Alistair Darling", "person", "Darling",
                    affiliation="United Kingdom")
    m = only(text, brown, darling)
    assert (m.type, m.action, m.imposer) == ("other", "maintain", "United Kingdom")
    # People of two countries equally: nobody's.
    text = ("Brown and Dupont said the Budget would help families. The chancellor is expected"
            " to freeze petrol duty. Brown and Dupont spoke.")
    brown = actor(text, "Gordon Brown", "person", "Brown", affiliation="United Kingdom")
    pierre = actor(text, "Pierre Dupont", "person", "Dupont", affiliation="France")
    assert only(text, brown, pierre).imposer is None


def test_the_government_is_the_state_that_took_the_measure_just_named():
    # Ruritania, the target, is named most; "the government" is still Freedonia's.
    text = ("Freedonia will impose a 100% surtax on Ruritanian cars. Ruritania protested."
            " Ruritania said so. The government will also levy a 25% surtax on steel from"
            " Ruritania.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.imposer, m.targets) for m in found] == [("Freedonia", ["Ruritania"])] * 2
    # Far back, or a government named in the sentence: no reference to the earlier step.
    far = text.replace("Ruritania protested.", "Ruritania protested. " + "It was cold. " * 30)
    assert measures(far, RURITANIA, FREEDONIA)[1].imposer != "Freedonia"
    named = text.replace("The government", "The Ruritanian government")
    assert measures(named, RURITANIA, FREEDONIA)[1].imposer == "Ruritania"


def test_would_before_a_verb_like_cut_is_no_passive():
    # "would cut" is a conditional, not "was cut": the subject acts.
    text = "The Harbour Party would cut taxes for families, its leader said."
    found = measures(text, ("Harbour Party", "organization"))
    assert [(m.imposer, m.targets) for m in found] == [("Harbour Party", [])]


def test_a_defendant_on_trial_in_a_place_is_the_target():
    text = "In Ruritania, former minister Anna Berg is on trial in Strelsau on charges of fraud."
    m = only(text, RURITANIA, actor(text, "Anna Berg", "person"))
    assert (m.type, m.action, m.targets) == ("investigation", "investigate", ["Anna Berg"])
    assert measures("The band is on trial in Strelsau tonight.") == []
