"""Measures read in their frame (GUIDELINES.md 4.1-4.7, 6), on invented sentences.

Each rule of frames.py, parties.py, standing.py and records.py has a sentence where it
fires and one where it must not. Names are invented (Ruritania, Freedonia, Acme) or the
sentences are invented events in the 2023-2025 trade domain.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from support_measures import FREEDONIA, RURITANIA, actor, measures, only, summary

from newsdesk.analysis.engine import analyze
from newsdesk.analysis.measures import extract_measures
from newsdesk.analysis.model import TimeExpr
from newsdesk.analysis.sentences import split_sentences

# --- every measure says why -------------------------------------------------------------

def test_every_measure_has_a_short_why_with_a_rule_id():
    m = only("Ruritania imposed a levy on widgets.", RURITANIA)
    assert m.why is not None and re.fullmatch(r"measure\.[a-z-]+: '.+'", m.why)
    assert m.why == "measure.verb-object: 'imposed' + 'levy'" and len(m.why) < 80


# --- plain verb + object (measure.verb-object, measure.passive) --------------------------

def test_a_plain_levy_is_found():
    m = only("Ruritania imposed a levy on widgets.", RURITANIA)
    assert summary(m) == ("tariff", "impose", "Ruritania", [])


def test_a_levy_on_fuel_is_a_tax():
    m = only("Freedonia introduced a levy on jet fuel.", FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Freedonia")


def test_a_levy_on_profits_is_a_tax_even_with_the_payers_named():
    text = "Freedonia imposed a one-off levy on the profits of Acme Bank and Zentrix Bank."
    m = only(text, FREEDONIA, ("Acme Bank", "organization"), ("Zentrix Bank", "organization"))
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Freedonia")
    # goods from abroad named first: a tariff
    m = only("Freedonia imposed a levy on imports of Ruritanian widgets.", FREEDONIA,
             ("Ruritania", "country", "Ruritanian"))
    assert m.type == "tariff"


def test_duty_without_a_measure_sense_is_nothing():
    assert measures("Ruritanian soldiers were on duty in Strelsau.", RURITANIA) == []
    assert measures("It is the minister's duty to explain the budget.", RURITANIA) == []


def test_a_passive_with_an_agent():
    m = only("Duties of 20% were imposed on Ruritanian steel by Freedonia.", RURITANIA,
             FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Freedonia", ["Ruritania"])
    assert m.magnitude == "20%"


# --- demonyms and capitals (GUIDELINES.md 6, first row) ----------------------------------

def test_capital_imposes_and_demonym_is_the_target():
    m = only("Strelsau imposed duties on Freedonian cheese.", RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Ruritania", ["Freedonia"])


def test_a_demonym_taken_for_an_organization_is_still_its_country():
    text = "Ruritania banned imports of Freedonian cheese. Freedonia protested."
    odd = actor(text, "Freedonian", "organization")  # a name finder's mistake
    m = only(text, RURITANIA, FREEDONIA, odd)
    assert summary(m) == ("import_ban", "impose", "Ruritania", ["Freedonia"])


def test_a_demonym_is_never_the_imposer():
    m = only("Freedonian exporters face new duties of 15% imposed by Ruritania.",
             RURITANIA, FREEDONIA)
    assert (m.imposer, m.targets) == ("Ruritania", ["Freedonia"])


def test_made_in_names_the_target():
    m = only("Ruritania imposed a ban on Freedonian-made drones.", RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "impose", "Ruritania", ["Freedonia"])


# --- negation, refusal, rule-out (measure.refused-change, measure.not-ruled-out) --------

def test_a_negated_step_is_no_measure():
    assert measures("Ruritania did not impose duties on Freedonian cheese.",
                    RURITANIA, FREEDONIA) == []


def test_refusing_to_lift_keeps_the_measure():
    m = only("Ruritania refused to lift its embargo on Freedonian wine.", RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "maintain", "Ruritania", ["Freedonia"])
    assert m.why is not None and m.why.startswith("measure.refused-change")


def test_lifting_is_lifting():
    m = only("Ruritania lifted its embargo on Freedonian wine.", RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "lift", "Ruritania", ["Freedonia"])


def test_not_ruling_out_threatens():
    m = only("Freedonia did not rule out tariffs on Ruritanian steel.", RURITANIA, FREEDONIA)
    assert (m.action, m.imposer, m.targets) == ("threaten", "Freedonia", ["Ruritania"])
    assert m.why is not None and m.why.startswith("measure.not-ruled-out")


def test_ruling_out_drops():
    assert measures("Freedonia ruled out tariffs on Ruritanian steel.", RURITANIA,
                    FREEDONIA) == []


# --- opposition (measure.opposed): who acts, and whether they act ------------------------

def test_the_opponent_of_a_lifting_does_not_lift():
    text = ("Ruritania lifted its embargo on Freedonian cheese on Monday, despite opposition "
            "from Senator Anna Berg, who argued against lifting it.")
    m = only(text, RURITANIA, FREEDONIA, actor(text, "Anna Berg", "person",
                                               affiliation="Ruritania"))
    assert summary(m) == ("import_ban", "lift", "Ruritania", ["Freedonia"])


def test_arguing_against_a_step_is_not_taking_it():
    text = "Senator Anna Berg argued against lifting the embargo on Freedonia."
    m = only(text, actor(text, "Anna Berg", "person", role="Senator"), FREEDONIA)
    assert m.action == "lift" and m.imposer is None and m.targets == ["Freedonia"]
    assert m.why is not None and m.why.startswith("measure.opposed")


def test_a_verb_right_before_the_noun_phrase_governs_it_not_one_further_back():
    text = ("Ruritanian talks with Freedonia would continue next week, and officials expect "
            "an agreement before the end of the month.")
    assert measures(text, RURITANIA, FREEDONIA) == []
    # A date between the verb and its object is no verb.
    m = only("Ruritania agreed on Friday a new package of sanctions against Freedonia.",
             RURITANIA, FREEDONIA)
    assert summary(m) == ("sanction", "impose", "Ruritania", ["Freedonia"])


# --- threats and conditions (measure.threat) ---------------------------------------------

def test_threatened_to_impose_is_a_threat():
    m = only("Freedonia threatened to impose tariffs of 50% on Ruritanian cars.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer, m.magnitude) == ("tariff", "threaten", "Freedonia",
                                                          "50%")


def test_would_unless_is_a_threat_and_the_condition_no_measure():
    text = ("Freedonia warned it would ban imports of Ruritanian wine unless Ruritania "
            "scrapped its sugar quota.")
    m = only(text, RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "threaten", "Freedonia", ["Ruritania"])


def test_will_from_a_date_is_an_announced_measure():
    m = only("Freedonia said it will impose tariffs of 10% on Ruritanian cars from 1 May.",
             RURITANIA, FREEDONIA)
    assert (m.action, m.imposer, m.targets) == ("impose", "Freedonia", ["Ruritania"])


def test_could_threatens():
    m = only("Ruritania could impose duties of 40% on Freedonian steel.", RURITANIA, FREEDONIA)
    assert m.action == "threaten"


# --- proposals, plans and appeals (measure.proposal, measure.planned-change) ------------

def test_a_plan_for_a_new_measure_is_a_proposal():
    m = only("Ruritania plans to impose a levy on Freedonian timber.", RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "propose", "Ruritania", ["Freedonia"])


def test_a_planned_change_keeps_its_action():
    m = only("Ruritania plans to lift its quota on Freedonian sugar.", RURITANIA, FREEDONIA)
    assert summary(m) == ("quota", "lift", "Ruritania", ["Freedonia"])
    assert m.why is not None and m.why.startswith("measure.planned-change")


def test_a_proposed_tax_is_proposed():
    m = only("Freedonia proposed a 3% tax on foreign-owned warehouses.", FREEDONIA)
    assert (m.type, m.action, m.imposer, m.magnitude) == ("other", "propose", "Freedonia", "3%")


def test_an_appeal_to_act_is_no_measure():
    assert measures("Freedonia urged Ruritania to lift its embargo.", RURITANIA, FREEDONIA) == []


def test_talks_about_tariffs_are_no_measure():
    assert measures("Officials from Freedonia and Ruritania discussed tariffs on steel.",
                    RURITANIA, FREEDONIA) == []


def test_agreed_talks_on_a_deal_are_an_agreement():
    m = only("Freedonia and Ruritania will open negotiations on a fisheries deal, both said.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("agreement", "impose")
    assert {m.imposer, *m.targets} == {"Freedonia", "Ruritania"}


# --- hypotheses and forecasts (measure.speculation) ------------------------------------

def test_a_hypothesis_is_no_measure():
    assert measures("If Freedonia scraps its rice quota, prices will fall.", FREEDONIA) == []


def test_the_scrapped_quota_itself_is_lifted():
    m = only("Freedonia scrapped its rice quota.", FREEDONIA)
    assert summary(m) == ("quota", "lift", "Freedonia", [])


def test_an_analysts_forecast_is_no_measure():
    assert measures("Analysts expect Ruritania may impose duties on Freedonian steel.",
                    RURITANIA, FREEDONIA) == []


def test_a_forecast_is_evidence_of_a_measure_stated_elsewhere():
    text = ("Ruritania imposed duties of 30% on Freedonian steel in March. "
            "Analysts predict the duties may be lifted next year.")
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.action, m.magnitude) == ("impose", "30%") and m.text.startswith("Ruritania")


# --- endings, starts and standing measures (measure.ending/-starting/-standing) ---------

def test_quotas_that_expire_are_lifted():
    m = only("Freedonia's import quotas expire at the end of the year.", FREEDONIA)
    assert summary(m) == ("quota", "lift", "Freedonia", [])
    assert m.why == "measure.ending: 'expire' + 'import quotas'"


@pytest.mark.parametrize("verb", ["lapsed", "ended", "was scrapped", "was terminated"])
def test_ending_verbs_lift(verb):
    text = f"The fisheries pact between Freedonia and Ruritania {verb} in March."
    assert only(text, RURITANIA, FREEDONIA).action == "lift"


def test_walking_out_of_a_pact_lifts_it():
    m = only("Freedonia walked out of its 2011 fisheries pact with Ruritania in March.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer, m.targets) == ("agreement", "lift", "Freedonia",
                                                        ["Ruritania"])


def test_quotas_that_remain_are_maintained():
    m = only("Freedonia's import quotas remain in force.", FREEDONIA)
    assert (m.action, m.why) == ("maintain", "measure.standing: 'remain' + 'import quotas'")


def test_duties_that_take_effect_are_imposed():
    m = only("Ruritania's new duties on Freedonian cheese take effect on 1 May.",
             RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "impose", "Ruritania", ["Freedonia"])


def test_a_cap_stated_in_the_present_is_maintained():
    m = only("Ruritania caps foreign stakes in its shipping lines at 49%.", RURITANIA)
    assert (m.type, m.action, m.imposer, m.targets, m.magnitude) == (
        "investment_restriction", "maintain", "Ruritania", [], "49%")


def test_a_headline_tells_a_step_just_taken_in_the_present():
    # The same verb in the body describes a standing measure (above); the title line,
    # with no final stop, tells what was just done.
    m = measures("Ruritania caps foreign stakes in its shipping lines at 49%\n\n"
                 "Officials said so on Monday.", RURITANIA)[0]
    assert (m.type, m.action, m.imposer) == ("investment_restriction", "impose", "Ruritania")
    m = measures("Officials met.\nRuritania caps foreign stakes in its shipping lines at 49%\n",
                 RURITANIA)[0]
    assert m.action == "maintain"  # not the article's first line: no headline


@pytest.mark.parametrize("text", [
    # told in the present, as a headline tells it
    "Ruritania doubles duties on Freedonian steel",
    "Ruritania slaps tariffs on Freedonian cheese",
    "Ruritania unveils new export curbs on gallium to Freedonia",
    "Ruritania signs a trade pact with Freedonia",
    # in a clause of its own: the main verb does not frame it
    "Freedonia protested after Ruritania doubled duties on its steel.",
    "Freedonia threatened retaliation after Ruritania doubled duties on its steel.",
    "Freedonia will retaliate as Ruritania doubles duties on its steel.",
])
def test_a_step_just_taken_is_imposed_by_whoever_takes_it(text):
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.action, m.imposer) == ("impose", "Ruritania")


def test_a_cap_set_in_the_past_is_imposed():
    m = only("Ruritania capped foreign stakes in its shipping lines at 49% in 2019.", RURITANIA)
    assert m.action == "impose"


def test_a_measure_named_as_fact_is_maintained():
    m = only("Freedonia protested against Ruritania's steel tariffs.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("tariff", "maintain", "Ruritania")


def test_a_bare_mention_with_nobody_named_is_no_record():
    assert measures("Lower taxes were a theme of the campaign in Freedonia.", FREEDONIA) == []


# --- measures the subject tries to escape (measure_actions.json threaten, patient verbs) --

@pytest.mark.parametrize("verb", ["avoid", "avert", "escape", "stave off", "head off"])
def test_a_measure_the_subject_tries_to_escape_is_threatened_against_it(verb):
    text = f"Freedonia offered to buy more grain to {verb} a 46% tariff on its cheese."
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("tariff", "threaten", None)
    assert "Freedonia" in m.targets


def test_seeking_to_avert_a_measure_proposes_nothing():
    text = "Freedonia is seeking to avert Ruritanian tariffs on its steel."
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.action, m.imposer, m.targets) == ("threaten", "Ruritania", ["Freedonia"])


def test_extending_the_deadline_for_a_measure_delays_it():
    text = "Ruritania extended the deadline for higher tariffs on Freedonian cheese to 1 August."
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("tariff", "delay", "Ruritania")


def test_extending_a_measure_itself_extends_it():
    text = "Ruritania extended its sanctions on Freedonia for six months."
    assert only(text, RURITANIA, FREEDONIA).action == "extend"


def test_a_verb_before_an_ing_verb_does_not_act_on_the_measure():
    text = "Freedonia will keep pressing for an exemption from the Ruritanian levy on cars."
    assert all(m.action != "maintain" for m in measures(text, RURITANIA, FREEDONIA))


def test_extending_a_measure_s_deadline_named_after_it_delays_it():
    text = "Ruritania extends tariff deadline for Freedonian cheese."
    assert only(text, RURITANIA, FREEDONIA).action == "delay"


def test_a_deadline_extended_in_the_passive_delays_its_measure():
    text = "The deadline for Ruritanian tariffs on Freedonian cheese was extended to 1 August."
    assert only(text, RURITANIA, FREEDONIA).action == "delay"


def test_what_a_country_banned_is_a_measure_it_imposed():
    texts = ("Freedonia banned smoking in public places.",
             "Freedonia banned the wearing of masks at rallies.",
             "Freedonia banned all imports of Ruritanian cheese.")
    assert [summary(only(text, RURITANIA, FREEDONIA))[:3] for text in texts] == [
        ("other", "impose", "Freedonia"), ("other", "impose", "Freedonia"),
        ("import_ban", "impose", "Freedonia")]


def test_scrapping_a_tax_ends_it_where_cutting_one_is_a_tax_break():
    m = only("Ruritania scrapped its digital tax on Sunday.", RURITANIA)
    assert (m.type, m.action) == ("other", "lift")
    m = only("Ruritania will repeal the tax on imported fuel.", RURITANIA)
    assert (m.type, m.action) == ("other", "lift")
    m = only("Ruritania cut income tax for pensioners.", RURITANIA)
    assert (m.type, m.action) == ("subsidy", "impose")


def test_a_duty_on_exporters_to_hold_a_licence_is_an_export_control():
    m = only("Ruritania will require exporters of gallium to obtain a licence for shipments"
             " to Freedonia from May 1.", RURITANIA, FREEDONIA)
    assert summary(m) == ("export_control", "impose", "Ruritania", ["Freedonia"])
    # A duty on a class of bodies with no licence stays what it is.
    m = only("Ruritania will require importers to match every dollar of imports with"
             " exports from July 1.", RURITANIA)
    assert (m.type, m.action) == ("other", "impose")


@pytest.mark.parametrize("text", [
    "Rudolf Rassendyll of Ruritania called it a historic agreement.",
    "Ruritania hailed it as a historic trade agreement.",
    "Ruritania described it as an illegal embargo.",
])
def test_what_someone_calls_a_step_describes_it(text):
    assert measures(text, RURITANIA) == []


def test_calling_for_a_measure_is_no_description():
    m = only("Ruritania called for new tariffs on Freedonian steel.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("tariff", "propose", "Ruritania")


def test_a_duty_that_is_a_tax_is_no_tariff():
    m = only("Ruritania said homes worth less than 120,000 crowns would be exempt from stamp"
             " duty.", RURITANIA)
    assert (m.type, m.action) == ("subsidy", "impose")  # a tax break
    m = only("Ruritania raised fuel duty by two cents a litre.", RURITANIA)
    assert (m.type, m.action) == ("other", "impose")
    m = only("Ruritania imposed a 10% duty on Freedonian steel.", RURITANIA, FREEDONIA)
    assert m.type == "tariff"


def test_a_cap_on_how_fast_trade_grows_is_a_quota():
    m = only("Ruritania will restrict growth in 10 categories of textiles to 8% a year.",
             RURITANIA)
    assert (m.type, m.action, m.imposer) == ("quota", "impose", "Ruritania")
    assert measures("Ruritania will limit the growth of public spending.", RURITANIA) == []


def test_the_end_of_a_period_ends_no_measure():
    # With its date tagged, "a trade restriction, before the end of the year" was a second
    # record, lifted by "end" (a noun after "the").
    import datetime as dt

    from newsdesk.analysis.engine import analyze
    found = analyze("US lawmakers are expected to repeal the Jackson-Vanik amendment, a trade"
                    " restriction, before the end of the year.", dt.date(2012, 8, 22)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [("other", "lift", "United States")]


def test_repealing_a_named_amendment_lifts_it():
    m = only("Ruritanian lawmakers are expected to repeal the Rassendyll amendment, a trade"
             " restriction, before the end of the year.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "lift", "Ruritania")



def test_barring_a_party_from_exporting_or_importing_is_a_trade_curb():
    m = only("Ruritania barred Acme's Freedonian unit from exporting finished chips.",
             RURITANIA, FREEDONIA, ("Acme", "organization"))
    assert (m.type, m.action, m.imposer, m.targets) == (
        "export_control", "impose", "Ruritania", ["Acme"])
    m = only("Ruritania banned Acme from importing toys.", RURITANIA, ("Acme", "organization"))
    assert (m.type, m.imposer) == ("import_ban", "Ruritania")
    # A company that stops exporting takes a business decision.
    assert measures("Acme stopped exporting cars to Freedonia.", ("Acme", "organization"),
                    FREEDONIA) == []


def test_blocking_a_restriction_ends_it_where_blocking_goods_restricts_them():
    m = only("A Ruritanian court blocked most of the tariffs on Freedonian cheese.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("tariff", "lift")
    m = only("Ruritania blocked exports of gallium to Freedonia.", RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("export_control", "impose")


def test_what_talks_failed_to_agree_on_is_no_step():
    assert measures("Ruritania and Freedonia failed to agree on new sanctions against Graustark.",
                    RURITANIA, FREEDONIA, ("Graustark", "country")) == []
    m = only("Ruritania and Freedonia agreed on new sanctions against Graustark.",
             RURITANIA, FREEDONIA, ("Graustark", "country"))
    assert (m.type, m.action) == ("sanction", "impose")


def test_ban_as_a_verb_after_a_modal_bans_what_it_names():
    m = only("Ruritania will ban television adverts for junk food.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")
    m = only("Ruritania is to ban imports of beef from Freedonia.", RURITANIA, FREEDONIA)
    assert (m.type, m.imposer, m.targets) == ("import_ban", "Ruritania", ["Freedonia"])


def test_a_verb_before_since_or_after_does_not_govern_the_clause_that_follows():
    m = only("Freedonian exports to Ruritania have risen 1,500% since quotas were scrapped.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("quota", "lift")


def test_restricting_imports_is_an_import_curb_and_still_doing_so_keeps_it():
    m = only("Ruritania will restrict imports of Freedonian beef from May.", RURITANIA,
             FREEDONIA)
    assert summary(m) == ("import_ban", "impose", "Ruritania", ["Freedonia"])
    m = only("Ruritania and Graustark still restrict imports of Freedonian beef.", RURITANIA,
             FREEDONIA, ("Graustark", "country"))
    assert (m.type, m.action) == ("import_ban", "maintain")


def test_an_adjective_in_ing_does_not_hide_the_verb():
    # "sweeping", "crippling": they qualify the measure's noun; "pressing for" governs
    for text in ("Ruritania imposed sweeping economic sanctions on Freedonia.",
                 "Ruritania imposed crippling sanctions on Freedonia."):
        assert summary(only(text, RURITANIA, FREEDONIA)) == (
            "sanction", "impose", "Ruritania", ["Freedonia"]), text


def test_suspending_a_flow_of_goods_is_a_ban_laid():
    m = only("Ruritania has suspended imports of wine from Freedonia.", RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "impose", "Ruritania", ["Freedonia"])
    m = only("Ruritania suspended exports of rare earths to Freedonia.", RURITANIA, FREEDONIA)
    assert summary(m) == ("export_control", "impose", "Ruritania", ["Freedonia"])
    # suspending a measure still puts it off
    m = only("Ruritania suspended its ban on imports of wine from Freedonia.", RURITANIA,
             FREEDONIA)
    assert summary(m) == ("import_ban", "delay", "Ruritania", ["Freedonia"])


def test_goods_from_abroad_make_a_ban_an_import_ban():
    for text in ("Ruritania imposed a ban on frozen beef from Freedonia.",
                 "Ruritania banned beef from Freedonia.",
                 "Ruritania will ban wine from Freedonia."):
        assert summary(only(text, RURITANIA, FREEDONIA)) == (
            "import_ban", "impose", "Ruritania", ["Freedonia"]), text
    # what is banned is no goods from abroad: a measure of no listed kind
    m = only("Ruritania banned smoking in public places.", RURITANIA)
    assert (m.type, m.action) == ("other", "impose")


def test_a_participle_after_a_preposition_does_not_end_the_object():
    m = only("Ruritania set anti-dumping duties of up to 112% on frozen shrimp from "
             "Freedonia.", RURITANIA, FREEDONIA)
    assert summary(m) == ("trade_defence", "impose", "Ruritania", ["Freedonia"])


def test_its_measure_in_a_reported_clause_is_the_speakers():
    brussels = ("European Union", "organization", "Brussels")
    text = ("Brussels said on Tuesday that its tariffs on electric cars made in Freedonia "
            "would take effect on July 9.")
    assert summary(only(text, brussels, FREEDONIA)) == (
        "tariff", "impose", "European Union", ["Freedonia"])


def test_a_measure_that_ends_something_else_is_not_ended():
    text = ("The settlement with the Ruritanian Broadcasting Regulator ends a long-running "
            "investigation of Acme.")
    assert all(m.action != "lift" or m.type == "investigation"
               for m in measures(text, RURITANIA, ("Acme", "organization")))


def test_an_actor_with_a_verb_of_its_own_after_the_object_is_no_target():
    m = only("Ruritania imposed tariffs on Freedonia, and Grand Fenwick said it would "
             "retaliate.", RURITANIA, FREEDONIA, ("Grand Fenwick", "country"))
    assert summary(m) == ("tariff", "impose", "Ruritania", ["Freedonia"])
    # a list of targets goes on past its commas
    m = only("Ruritania imposed tariffs on steel from Freedonia, Grand Fenwick and Elbonia.",
             RURITANIA, FREEDONIA, ("Grand Fenwick", "country"), ("Elbonia", "country"))
    assert m.targets == ["Freedonia", "Grand Fenwick", "Elbonia"]


def test_a_tax_on_exports_is_a_tariff():
    # GUIDELINES 4.3 (duties) and the GTA's export taxes; a tax on fuel stays a tax
    for text in ("Ruritania has raised its tax on beef exports from 5% to 15%.",
                 "Ruritania imposed a tax on exports of beef."):
        assert summary(only(text, RURITANIA))[:2] == ("tariff", "impose"), text
    assert only("Ruritania raised its tax on fuel.", RURITANIA).type == "other"


def test_a_country_under_sanctions_bears_them():
    un = ("United Nations", "organization", "UN")
    m = only("Ruritania has been under UN sanctions since its invasion of Freedonia.",
             RURITANIA, un, FREEDONIA)
    assert summary(m) == ("sanction", "maintain", "United Nations", ["Ruritania"])


def test_restrictions_on_sales_to_a_country_are_an_export_control():
    m = only("Ruritania has expanded its restrictions on sales of advanced chips to "
             "Freedonia.", RURITANIA, FREEDONIA)
    assert summary(m) == ("export_control", "impose", "Ruritania", ["Freedonia"])


def test_a_relative_clause_acts_for_the_actor_it_follows():
    m = only("Freedonia, which still restricts most imports from Ruritania, welcomed the "
             "decision.", RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "maintain", "Freedonia", ["Ruritania"])


def test_allowing_imports_lifts_a_ban_and_emergency_tariffs_are_a_safeguard():
    m = only("Ruritania will allow imports of 700 items from Freedonia.", RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "lift", "Ruritania", ["Freedonia"])
    m = only("Ruritania scrapped its emergency tariffs on steel imports.", RURITANIA)
    assert (m.type, m.action) == ("trade_defence", "lift")


def test_what_a_measure_requires_is_its_content_not_a_record():
    found = measures("Ruritania says licensing rules introduced in February require importers "
                     "to seek approval.", RURITANIA)
    assert len(found) == 1
    # a duty told as a step of its own stays one
    found = measures("Ruritania imposed tariffs and will require importers to register.",
                     RURITANIA)
    assert sorted(m.type for m in found) == ["other", "tariff"]


def test_a_country_named_before_goods_makes_a_ban_an_import_ban():
    m = only("Ruritania will extend its ban on Freedonia beef.", RURITANIA, FREEDONIA)
    assert summary(m) == ("import_ban", "extend", "Ruritania", ["Freedonia"])
    # a ban on the country itself is of no listed kind here
    assert only("A ban on Freedonia was lifted.", FREEDONIA).type == "other"


def test_a_verb_on_a_planned_measure_takes_the_change_not_the_plan():
    # "planned" after a possessive qualifies the noun: the verb before it acts.
    m = only("Ruritania will suspend its planned duties on widgets for 90 days.", RURITANIA)
    assert summary(m)[:3] == ("tariff", "delay", "Ruritania")
    m = only("Ruritania dropped its proposed levy on widgets.", RURITANIA)
    assert summary(m)[:3] == ("tariff", "lift", "Ruritania")
    # With no verb to govern it, the plan is still a plan.
    m = only("Ruritania unveiled its planned duties on widgets.", RURITANIA)
    assert summary(m)[:3] == ("tariff", "propose", "Ruritania")


def test_a_plan_qualifying_another_measure_makes_no_plan_of_this_one():
    found = measures("Ruritania will suspend its planned countermeasures against Freedonian"
                     " tariffs.", RURITANIA, FREEDONIA)
    tariffs = [m for m in found if m.imposer == "Freedonia"]
    assert tariffs and all(m.action != "propose" for m in tariffs)


def test_restrictions_on_the_sale_of_goods_to_a_country_are_export_controls():
    m = only("Ruritania tightened restrictions on the sale of advanced chips to Freedonia.",
             RURITANIA, FREEDONIA)
    assert summary(m) == ("export_control", "impose", "Ruritania", ["Freedonia"])
    m = only("Ruritania tightened restrictions on the sale of guns to teenagers.", RURITANIA)
    assert m.type == "other"


def test_warning_a_state_against_a_step_opposes_it_and_the_measure_stays_that_states():
    m = only("Freedonia has warned Ruritania against lifting its arms embargo on Freedonian"
             " allies.", RURITANIA, FREEDONIA)
    assert (m.action, m.imposer) == ("lift", "Ruritania")
    assert m.why.startswith("measure.opposed")
    # A warning of one's own step is still a threat.
    m = only("Freedonia warned Ruritania it would impose duties on Ruritanian steel.",
             RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "threaten", "Freedonia", ["Ruritania"])


def test_a_measure_named_again_with_the_joins_its_record_whatever_the_bare_word_says():
    found = measures("Freedonia keeps its arms embargo on Ruritania. Officials expected the"
                     " embargo to be lifted within six months.", RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in found] == [("sanction", "Freedonia")]
    # Without "the", a bare word of its own kind is its own record.
    found = measures("Freedonia keeps its arms embargo on Ruritania. Ruritania imposed an"
                     " embargo on Freedonian cheese.", RURITANIA, FREEDONIA)
    assert len(found) == 2


def test_what_a_government_asks_its_legislature_to_do_is_its_plan():
    m = only("Ruritania will ask parliament to scrap its export credits.", RURITANIA)
    assert (m.type, m.action) == ("subsidy", "lift")
    # Others' appeals to a state are no plan of it (GUIDELINES 4.1: appeals to act).
    assert measures("Farmers urged Ruritania to scrap its export credits.", RURITANIA) == []


def test_an_agreement_a_step_is_taken_under_is_its_frame_not_its_object():
    found = measures("Quotas on Ruritanian cloth will end on 1 January, when the limits expire"
                     " under a trade agreement.", RURITANIA)
    assert [(m.type, m.action) for m in found] == [("quota", "lift")]
    # An embargo a state is put under is laid on it.
    m = only("Freedonia put Ruritania under an arms embargo.", RURITANIA, FREEDONIA)
    assert summary(m)[:3] == ("sanction", "impose", "Freedonia")


def test_who_presses_for_a_step_is_no_target_of_it():
    m = only("Freedonia lifted the ban on wine under pressure from Ruritania.", RURITANIA,
             FREEDONIA)
    assert (m.action, m.imposer, m.targets) == ("lift", "Freedonia", [])


def test_a_preferred_settlement_is_a_wish_not_a_deal():
    assert measures("Freedonia said it preferred a negotiated settlement with Ruritania.",
                    RURITANIA, FREEDONIA) == []
    m = only("Freedonia and Ruritania negotiated a settlement of the wine dispute.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("agreement", "impose")


def test_failing_to_end_a_measure_keeps_it_and_failing_to_take_one_takes_none():
    m = only("Ruritania failed to end its cotton subsidies.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("subsidy", "maintain", "Ruritania")
    m = only("Ruritania failed to extend the tax credit.", RURITANIA)
    assert m.action == "lift"
    assert measures("Ruritania failed to impose duties on Freedonian shoes.", RURITANIA,
                    FREEDONIA) == []


def test_who_judges_a_measure_did_not_take_it_and_a_clause_after_after_has_its_subject():
    found = measures("Freedonia will retaliate after Ruritania failed to end cotton subsidies"
                     " ruled illegal by the WTO.", RURITANIA, FREEDONIA,
                     ("WTO", "organization"))
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("subsidy", "maintain", "Ruritania")]


def test_a_licence_firms_must_obtain_to_export_is_an_export_control():
    m = only("Ruritania will require companies to obtain a licence to export chip tools.",
             RURITANIA)
    assert summary(m) == ("export_control", "impose", "Ruritania", [])
    assert measures("Acme obtained a licence to export chips.", ("Acme", "organization")) == []


def test_restricting_investment_is_an_investment_restriction_and_its_order_the_instrument():
    found = measures("The president signed an executive order on Wednesday that will restrict"
                     " Ruritanian investment in Freedonian chip firms.", RURITANIA, FREEDONIA)
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investment_restriction", "impose", "Ruritania")]
    assert measures("Ruritania will raise investment in schools.", RURITANIA) == []


def test_a_verb_word_after_the_is_a_noun():
    # "limit" is a verb of investment rules, but here the noun of the cap raised.
    found = measures("Ruritania has raised the limit for foreign direct investment in"
                     " telecoms firms to 74%.", RURITANIA)
    assert all(not (m.why or "").startswith("measure.verb-bound: 'limit") for m in found)
    m = only("Ruritania will limit investment in Freedonian telecoms firms.", RURITANIA,
             FREEDONIA)
    assert (m.type, m.action) == ("investment_restriction", "impose")


def test_a_rate_that_falls_to_a_figure_is_eased_and_one_that_rises_is_raised():
    m = only("Ruritanian duties on Freedonian goods will fall to 30% from 145%.", RURITANIA,
             FREEDONIA)
    assert summary(m) == ("tariff", "ease", "Ruritania", ["Freedonia"])
    m = only("Ruritanian duties on Freedonian steel will rise to 50% in June.", RURITANIA,
             FREEDONIA)
    assert m.action == "impose"
    # What falls is the imports, not the quota they come under: it stands as it was.
    assert [m.action for m in measures("Imports under the Ruritanian quota fell to 20% last"
                                       " year.", RURITANIA)] == ["maintain"]


def test_who_is_given_time_to_act_or_face_a_penalty_suffers_it_and_who_gives_it_lays_it():
    m = only("The Harbour Commission has given Acme until September 1 to change its Zentrix"
             " rules or face fines.", ("Harbour Commission", "organization"),
             ("Acme", "organization"), ("Zentrix", "organization"))
    assert (m.imposer, m.targets) == ("Harbour Commission", ["Acme"])


def test_a_step_named_in_an_until_clause_is_a_condition_not_a_measure():
    found = measures("Ruritania promised a 10% tariff on Freedonian goods, until Freedonia"
                     " stops the flow of arms into Ruritania.", RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in found] == [("tariff", "Ruritania")]


def test_emergency_loans_a_state_offers_are_a_subsidy():
    found = measures("Ruritania will offer emergency loans to its carmakers.", RURITANIA)
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("subsidy", "impose", "Ruritania")]


def test_revoking_the_licences_that_let_goods_leave_restricts_exports():
    m = only("Ruritania revoked the licences that allowed Acme to ship chips to Freedonia.",
             RURITANIA, FREEDONIA, ("Acme", "organization"))
    assert (m.type, m.action, m.imposer) == ("export_control", "impose", "Ruritania")


def test_a_measure_word_after_without_names_no_measure():
    assert measures("Ruritania will require permits for steel from countries without trade"
                    " deals.", RURITANIA) == []


def test_a_measure_whose_relative_clause_comes_before_its_passive_verb():
    # "Quotas that have restricted trade ... will be abolished": the main clause's verb.
    found = measures("Ruritania's quotas that have restricted Freedonian cheese for decades"
                     " will be abolished.", RURITANIA, FREEDONIA)
    assert [(m.type, m.action, m.imposer) for m in found] == [("quota", "lift", "Ruritania")]
    # The relative clause's own passive is not the main verb; what the duties fall on,
    # said inside it, makes "duties" a measure's word.
    found = measures("Ruritanian duties that were imposed on Freedonian cheese in 1994 were"
                     " scrapped.", RURITANIA, FREEDONIA)
    assert [(m.type, m.action, m.imposer) for m in found] == [("tariff", "lift", "Ruritania")]


def test_a_measure_in_an_as_clause_of_its_own_is_not_the_main_verbs_object():
    found = measures("Ruritania vows response as Freedonian tariffs take effect",
                     RURITANIA, FREEDONIA)
    assert [(m.action, m.imposer) for m in found] == [("impose", "Freedonia")]
    # "as" that joins two verbs of one subject keeps the frame.
    found = measures("Ruritania vowed to respond as well as impose tariffs on Freedonian cars.",
                     RURITANIA, FREEDONIA)
    assert [(m.action, m.imposer) for m in found] == [("threaten", "Ruritania")]


def test_the_speaker_of_a_forecast_suffers_no_measure():
    text = ("The Harbour Party's shadow chancellor, Jo Park, said families would be hit by"
            " higher taxes.")
    found = measures(text, ("Harbour Party", "organization"),
                     actor(text, "Jo Park", "person", role="shadow chancellor",
                           affiliation="Harbour Party"))
    assert [m.targets for m in found if m.targets] == []


def test_a_list_added_to_passively_is_nobodys_speech():
    m = only("Two Freedonian chip designers, Acme and Zentrix, were added to the entity list.",
             FREEDONIA, ("Acme", "organization"), ("Zentrix", "organization"))
    assert (m.type, m.imposer, m.targets) == ("export_control", None, ["Acme", "Zentrix"])


def test_who_took_a_measure_inside_its_relative_clause():
    m = only("The 125% duty that Ruritania imposed on Freedonian goods remains in place.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer, m.targets) == ("tariff", "maintain", "Ruritania",
                                                        ["Freedonia"])


def test_a_measure_standing_past_a_restrictive_clause_is_maintained():
    # The clause after the measure's words ("that ... imposed in 2019") is read past, and a
    # list of goods ("steel, copper and zinc") does not end the phrase.
    m = only("A ban on short selling of Freedonian bank shares that the Ruritanian "
             "Securities Commission imposed in 2019 remains in force.",
             ("Ruritanian Securities Commission", "organization"))
    assert (m.action, m.imposer) == ("maintain", "Ruritanian Securities Commission")
    m = only("The 30% duties on steel, copper and zinc that angered Freedonia also remain.",
             FREEDONIA)
    assert (m.type, m.action) == ("tariff", "maintain")


def test_a_list_of_things_after_a_measure_does_not_use_up_the_reach_to_its_verb():
    m = only("Ruritania's ban on tobacco advertising in newspapers, magazines and on the "
             "internet will come into force on Sunday.", RURITANIA)
    assert (m.type, m.action, m.why) == ("other", "impose",
                                         "measure.starting: 'come into force' + 'ban'")


def test_a_verb_inside_a_clause_set_off_by_commas_is_not_the_measures():
    # ", which were set to start on Tuesday," starts nothing: the measure's own verb comes
    # after the clause.
    text = ("Freedonia's counter-duties on 30 billion dollars of Ruritanian goods, which "
            "were set to start on Tuesday, would be suspended as well.")
    assert [m.why for m in measures(text, FREEDONIA, RURITANIA)
            if m.why.startswith("measure.starting")] == []


def test_an_activity_banned_in_the_passive_is_a_measure():
    text = "Smoking will be banned in all enclosed public places in Ruritania from March."
    at = text.index("March")
    found = extract_measures(text, split_sentences(text), [actor(text, *RURITANIA)],
                             [TimeExpr(at, at + 5, "March", "DATE", "2026-03")])
    assert [(m.type, m.action) for m in found] == [("other", "impose")]
    # A thing in "-ing" is no activity.
    assert measures("The building was banned by Ruritania.", RURITANIA) == []


def test_aid_for_a_trade_of_producers_is_a_subsidy():
    text = ("Ruritanian agriculture ministers approved 45 million crowns of emergency aid for"
            " farmers hit by frost.")
    assert [(m.type, m.action) for m in measures(text, RURITANIA)] == [("subsidy", "impose")]


def test_a_relative_clause_that_only_says_what_a_budget_holds():
    m = only("Ruritania's cabinet approved a budget on Friday that includes 2 billion crowns in"
             " subsidies for chip factories.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("subsidy", "impose", "Ruritania")


def test_a_measure_in_a_concessive_phrase_is_not_the_verbs_object():
    found = measures("The programme allows Freedonia to sell oil despite sanctions imposed after"
                     " its invasion of Ruritania.", RURITANIA, FREEDONIA)
    assert [(m.type, m.action) for m in found if m.type == "sanction"] in ([], [
        ("sanction", "impose")])
    assert all(m.imposer != "Freedonia" and m.action != "ease" for m in found)


def test_a_headline_rounding_a_figure_names_the_same_measure():
    text = ("Ruritania to impose tariffs of up to 38% on Freedonian cars\n\nThe Ruritanian"
            " trade ministry said it would impose duties of up to 38.1% on Freedonian cars.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in found] == [("tariff", "Ruritania")]
    # 25% and 10% are two steps.
    text = ("Ruritania imposed a 25% tariff on Freedonian steel. Ruritania also imposed a 10%"
            " tariff on Freedonian steel.")
    assert len(measures(text, RURITANIA, FREEDONIA)) == 2


def test_a_review_of_privatisations_probes_the_sales():
    m = only("The Ruritanian government will review 3,000 privatisations.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("investigation", "investigate", "Ruritania")
    m = only("Ruritania will review its trade pact with Freedonia.", RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("agreement", "maintain")


def test_public_charges_a_party_pledges_to_abolish():
    m = only("The Harbour Party pledged to abolish university tuition fees.",
             ("Harbour Party", "organization"))
    # (put forward by a party, not taken: 4.4 propose, as the annotators of two sets read
    # a party's pledge to abolish a charge)
    assert (m.type, m.action, m.imposer) == ("other", "propose", "Harbour Party")
    assert measures("Students pay tuition fees of 3,000 crowns.") == []


def test_a_deal_that_talks_are_about_is_no_measure():
    assert measures("Officials said talks on a broader nuclear agreement with Freedonia would"
                    " resume next month.", FREEDONIA) == []
    m = only("Ruritania and Freedonia agreed to open talks on a free trade agreement.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.imposer, m.targets) == ("agreement", "Ruritania", ["Freedonia"])


def test_time_an_authority_gives_to_act_is_an_obligation_it_lays():
    m = only("The Harbour Commission has given Freedonia until July to explain its accounts.",
             ("Harbour Commission", "organization"), FREEDONIA)
    assert (m.type, m.action, m.imposer, m.targets) == ("other", "impose", "Harbour Commission",
                                                        ["Freedonia"])
    # A company's time to its staff is no measure; nor is time given to a named measure's
    # target a second record.
    assert measures("Acme gave staff until Friday to decide.", ("Acme", "organization")) == []
    found = measures("The Harbour Commission has given Zentrix until September to change its"
                     " rules or face fines.", ("Harbour Commission", "organization"),
                     ("Zentrix", "organization"))
    assert [m.why for m in found] == ["measure.verb-object: 'face' + 'fines'"]


def test_time_given_to_a_bidder_is_a_review_of_its_bid():
    m = only("Ruritania has given Acme until November to submit more information on its"
             " takeover bid.", RURITANIA, ("Acme", "organization"))
    assert (m.type, m.action, m.imposer) == ("investment_restriction", "investigate",
                                             "Ruritania")


def test_a_fee_or_toll_a_state_lays_is_a_new_tax():
    m = only("Ruritania will impose a new fee on foreign tourists from July.", RURITANIA)
    assert summary(m) == ("other", "impose", "Ruritania", [])
    m = only("Ruritania abolished the toll on its bridges to Freedonia.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("other", "lift", "Ruritania")


def test_a_fee_a_company_charges_is_no_measure():
    assert measures("Acme will introduce a new fee for late payments.",
                    ("Acme", "organization")) == []
    assert measures("Globex imposed higher fees on its merchants.",
                    ("Globex", "organization")) == []


def test_a_relative_clause_after_the_measure_names_who_took_it():
    m = only("The tariffs, which Ruritania raised to 50% on Wednesday, hit Freedonian mills.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("tariff", "impose", "Ruritania")
    assert m.why is not None and m.why.startswith("measure.relative-verb")
    m = only("Freedonia protested against the tariffs on steel that Ruritania imposed in March.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.imposer) == ("tariff", "Ruritania")


def test_a_relative_clause_that_takes_no_measure_gives_none():
    assert measures("The tariffs, which Ruritania criticised on Wednesday, hit its mills.",
                    RURITANIA) == []


def test_any_deal_is_no_particular_agreement():
    found = measures("Ruritania wants the 25% tariff on its cars scrapped as part of any deal.",
                     RURITANIA)
    assert [m.type for m in found] == ["tariff"]
    assert measures("Freedonia insists any trade deal must protect its farmers.", FREEDONIA) == []


def test_ready_to_take_a_measure_on_a_condition_is_a_threat():
    m = only("Ruritania said it was ready to impose tariffs on Freedonian goods if talks fail.",
             RURITANIA, FREEDONIA)
    assert (m.action, m.why) == ("threaten", "measure.threat: 'if' + 'tariffs'")
    m = only("Ruritania is prepared to impose tariffs on Freedonian goods.", RURITANIA, FREEDONIA)
    assert m.action == "propose"


def test_a_step_held_out_in_the_clause_a_warning_opens_is_a_threat():
    text = ("The Ruritanian trade minister said the country would file a complaint and warned "
            "that Ruritania was ready to impose its own duties on Freedonian goods.")
    got = {m.type: m for m in measures(text, RURITANIA, FREEDONIA)}
    assert (got["tariff"].action, got["tariff"].imposer) == ("threaten", "Ruritania")
    m = only("Ruritania warned that it will ban imports of Freedonian beef.", RURITANIA, FREEDONIA)
    assert m.action == "threaten"
    # the warning is about the measure, which the clause does not take
    assert [m.action for m in measures("Ruritania warned that Freedonia's new tariffs would "
                                       "hurt its farmers.", RURITANIA, FREEDONIA)] != ["threaten"]


def test_grant_after_to_or_a_modal_is_the_verb():
    assert measures("A Ruritanian court will decide whether to grant Acme bankruptcy protection.",
                    RURITANIA, ("Acme", "organization")) == []
    m = only("Ruritania approved a state grant to Acme.", RURITANIA, ("Acme", "organization"))
    assert (m.type, m.imposer) == ("subsidy", "Ruritania")


def test_a_step_with_no_side_under_another_word_is_another_measure():
    # the whole engine: the passive step needs its time to stand as a record
    text = ("Brazil and Argentina agreed to limit the growth of Argentine textile exports."
            " Global textile quotas were scrapped on 1 January under World Trade Organization"
            " rules.")
    found = analyze(text, dt.date(2005, 6, 11)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("agreement", "impose", "Brazil"), ("quota", "impose", "Brazil"), ("quota", "lift", None)]


def test_the_same_word_for_a_later_step_stays_one_measure():
    text = "Ruritania imposed a quota on Freedonian steel. The quota will be lifted in June."
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in found] == [("quota", "Ruritania")]


def test_should_as_a_modal_later_in_the_sentence_is_no_condition():
    m = only("Ruritania said it would keep its tariffs on Freedonian steel, and that a review"
             " of them should end within weeks.", RURITANIA, FREEDONIA)
    assert m.action == "maintain"
    m = only("Ruritania would impose tariffs on Freedonian steel, should talks fail.",
             RURITANIA, FREEDONIA)
    assert (m.action, m.why) == ("threaten", "measure.threat: 'should' + 'tariffs'")


def test_a_hyphened_trigger_needs_its_hyphen():
    found = measures("The Ruritanian government imposed a levy on plastic bags.", RURITANIA)
    assert [(m.type, m.action) for m in found] == [("other", "impose")]


def test_who_eased_a_measure_in_a_relative_clause_is_its_imposer():
    m = only("A senator argued against lifting the embargo on Freedonia, which Ruritania eased"
             " last year.", RURITANIA, FREEDONIA)
    assert (m.imposer, m.targets) == ("Ruritania", ["Freedonia"])


def test_a_long_subject_before_its_start_and_a_closing_attribution():
    text = ("A ban on smoking in enclosed public places in Strelsau will come into force on"
            " 1 July, the Ruritanian health minister has announced.")
    m = only(text, RURITANIA, actor(text, "Strelsau", "place", affiliation="Ruritania"))
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")
    assert m.why is not None and m.why.startswith("measure.starting")


def test_a_quote_before_the_attribution_gives_its_speaker_no_measure():
    text = ('"Any decision to lift the arms embargo should not raise arms exports," the'
            ' Ruritanian foreign minister said.')
    assert [m.action for m in measures(text, RURITANIA)] in ([], ["propose"], ["threaten"])


def test_phasing_out_imports_is_an_import_ban_laid():
    m = only("Ruritania will phase out imports of Freedonian gas by 2027.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer, m.targets) == ("import_ban", "impose", "Ruritania",
                                                        ["Freedonia"])


def test_a_vote_on_provisional_duties_proposes_trade_defence():
    text = "Ruritanian ministers will vote on provisional duties on Freedonian electric cars."
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer, m.targets) == ("trade_defence", "propose", "Ruritania",
                                                        ["Freedonia"])
    text = "Ruritania opened a foreign subsidies investigation into Acme."
    m = only(text, RURITANIA, actor(text, "Acme", "organization"))
    assert (m.type, m.action, m.targets) == ("trade_defence", "investigate", ["Acme"])


def test_an_age_the_law_sets_moved_by_a_state_is_a_measure():
    m = only("Ruritania will raise the state pension age to 68.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")
    assert measures("Acme will raise the age of its fleet.", actor(
        "Acme will raise the age of its fleet.", "Acme", "organization")) == []


def test_a_title_naming_fewer_targets_is_the_same_measure():
    text = ("Ruritania imposes duties on Freedonian shoes\n\nRuritania has agreed to impose"
            " anti-dumping duties of up to 16.5% on leather shoes from Freedonia and Grand"
            " Fenwick.")
    found = measures(text, RURITANIA, FREEDONIA, actor(text, "Grand Fenwick", "country"))
    assert [(m.type, m.imposer, sorted(m.targets)) for m in found] == [
        ("trade_defence", "Ruritania", ["Freedonia", "Grand Fenwick"])]


def test_a_partys_call_is_not_the_states_measure_of_the_same_kind():
    text = ("Chancellor Karl Brenner has frozen fuel duty for the rest of the year. The Liberal"
            " Democrats called for a fuel duty regulator that would cut duty when prices rise.")
    found = measures(text, RURITANIA, actor(text, "Karl Brenner", "person",
                                            affiliation="Ruritania", role="Chancellor"),
                     actor(text, "Liberal Democrats", "organization", affiliation="Ruritania"))
    assert [(m.action, m.imposer) for m in found] == [("maintain", "Ruritania"),
                                                      ("propose", "Liberal Democrats")]


def test_a_state_and_its_allies_after_as_take_the_measure():
    text = "Prices rose as Ruritania and its allies tightened curbs on Freedonia's access to chips."
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.imposer, m.targets) == ("export_control", "Ruritania", ["Freedonia"])
    text = "Ruritania tightened restrictions on Acme's access to Ruritanian software."
    m = only(text, RURITANIA, actor(text, "Acme", "organization"))
    assert (m.type, m.targets) == ("export_control", ["Acme"])
    text = "Freedonia eased curbs on foreign firms' access to its market."
    assert only(text, FREEDONIA).type != "export_control"


def test_the_object_of_a_first_verb_is_no_subject_of_the_second():
    text = ("Ruritania agreed new sanctions. The package also targets 116 individuals and"
            " entities and imposes an asset freeze on several Freedonian banks.")
    found = measures(text, RURITANIA, FREEDONIA, actor(text, "116 individuals", "group"))
    assert all(m.imposer != "116 individuals" for m in found)


def test_the_war_a_sanction_answers_names_no_target():
    text = "Ruritania imposed sanctions on Freedonia over its war in Grand Fenwick."
    m = only(text, RURITANIA, FREEDONIA, actor(text, "Grand Fenwick", "country"))
    assert m.targets == ["Freedonia"]


def test_a_deal_named_again_alone_is_no_deal_of_its_own():
    text = "Ruritania had held up the deal for weeks, demanding guarantees."
    assert measures(text, RURITANIA) == []
    text = ("Ruritania and Freedonia signed a fisheries deal on Monday. Ruritania had held up"
            " the deal for weeks.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.action) for m in found] == [("agreement", "impose")]
    assert found[0].imposer == "Ruritania"


def test_making_something_compulsory_or_illegal_is_a_measure():
    m = only("Ruritania wants to make identity cards compulsory by 2027.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "propose", "Ruritania")
    m = only("Ruritania will make smoking in cars illegal.", RURITANIA)
    assert (m.type, m.action) == ("other", "impose")
    text = "Acme made overtime compulsory for its staff."
    assert measures(text, actor(text, "Acme", "organization")) == []


def test_whom_targets_are_close_to_is_no_target():
    text = ("Ruritania said the sanctions targeted individuals with close links to President"
            " Karl Brenner.")
    m = only(text, RURITANIA, actor(text, "Karl Brenner", "person", affiliation="Freedonia"))
    assert "Karl Brenner" not in m.targets


def test_a_partys_own_ban_is_of_the_kind_the_article_told():
    text = ("Ruritania will lift its ban on imports of Freedonian beef. Grand Fenwick lifted its"
            " ban in April.")
    found = measures(text, RURITANIA, FREEDONIA, actor(text, "Grand Fenwick", "country"))
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("import_ban", "lift", "Ruritania"), ("import_ban", "lift", "Grand Fenwick")]
    # with nothing told before, a bare "its ban" names no kind
    text = "Grand Fenwick lifted its ban in April."
    assert measures(text, actor(text, "Grand Fenwick", "country")) == []


def test_what_banned_bans_names_its_target():
    assert only("Ruritania banned Freedonian wine.", RURITANIA, FREEDONIA).targets == ["Freedonia"]
    m = only("Ruritania banned Freedonian arms exports.", RURITANIA, FREEDONIA)
    assert (m.type, m.targets) == ("export_control", ["Freedonia"])
    # an adjective opening the sentence bans nothing
    text = "Banned Freedonian sprinter Karl Brenner says he took steroids."
    assert measures(text, FREEDONIA, actor(text, "Karl Brenner", "person")) == []


def test_a_body_of_an_organization_acts_for_it():
    text = ("UN votes new sanctions on Ruritania\n\nThe United Nations Security Council has voted"
            " to impose fresh sanctions on Ruritania.")
    found = measures(text, RURITANIA, actor(text, "United Nations", "organization", "UN"),
                     actor(text, "United Nations Security Council", "organization"))
    assert len(found) == 1 and found[0].imposer == "United Nations Security Council"


def test_a_measure_word_inside_a_laws_name_is_no_measure_of_its_kind():
    text = ("It is the third probe under the Foreign Subsidies Regulation, which came into force"
            " last year.")
    assert all(m.type != "subsidy" for m in measures(text, RURITANIA))
    # the word outside a name still is one
    m = only("Ruritania's foreign subsidies regulation grants subsidies to farmers.", RURITANIA)
    assert m.type == "subsidy"


def test_a_body_sentence_saying_as_much_leads_before_the_title():
    text = ("Ruritania lifts sanctions on Freedonian oil\n\nRuritania on Wednesday eased sanctions"
            " on Freedonia's oil and gas sectors.")
    m = only(text, RURITANIA, FREEDONIA)
    assert m.action == "ease" and m.text.startswith("Ruritania on Wednesday")


def test_an_accusation_or_an_open_door_is_no_measure():
    text = "Ruritania accused Freedonia of hoarding the metals to force manufacturers to move."
    assert measures(text, RURITANIA, FREEDONIA) == []
    text = "Ruritania remained open to a negotiated settlement with Freedonia."
    assert measures(text, RURITANIA, FREEDONIA) == []
    m = only("Ruritania opened an investigation into Freedonian steel.", RURITANIA, FREEDONIA)
    assert m.action == "investigate"


def test_a_minerals_export_quota_is_a_quota():
    m = only("Ruritania cut its rare earth export quotas by 35%.", RURITANIA)
    assert (m.type, m.magnitude) == ("quota", "35%")


def test_a_clause_opened_by_after_names_its_own_subject():
    text = "The deal was sealed after Ruritania cut off gas supplies to Freedonia."
    found = [m for m in measures(text, RURITANIA, FREEDONIA) if m.type == "export_control"]
    assert [m.imposer for m in found] == ["Ruritania"]


def test_a_statutory_duty_is_no_levy():
    text = "The new law will place a new statutory duty on councils to house the homeless."
    assert all(m.type != "tariff" for m in measures(text, RURITANIA))
    assert only("Ruritania raised the duty on whisky.", RURITANIA).type == "tariff"


def test_the_embargo_named_again_is_the_arms_embargo_told_before():
    text = ("Ruritania plans to lift its arms embargo on Freedonia. Grand Fenwick has called"
            " for the embargo to be lifted.")
    found = measures(text, RURITANIA, FREEDONIA, actor(text, "Grand Fenwick", "country"))
    assert all(m.type == "sanction" for m in found)


def test_a_wire_storys_dateline_names_whose_department_acts():
    # (a capital's dateline: "GENEVA -" stands for nobody, see test_measures_parties)
    text = ("WASHINGTON (AP) -- Freedonia's steel exports have tripled, officials said.\n\nThe"
            " department opened anti-dumping investigations last week into steel from"
            " Freedonia and Grand Fenwick. Freedonia and Freedonia's mills objected.")
    found = measures(text, FREEDONIA, actor(text, "Grand Fenwick", "country"),
                     actor(text, "Washington", "place", "WASHINGTON",
                           affiliation="United States"))
    probe = next(m for m in found if m.type == "trade_defence")
    assert probe.imposer == "United States" and "Freedonia" in probe.targets


def test_a_body_named_after_its_leader_is_his_countrys():
    text = ("The Brenner administration gave Freedonia until Friday to curb its steel exports"
            " or face anti-dumping penalties.")
    found = measures(text, FREEDONIA, RURITANIA, actor(text, "Karl Brenner", "person",
                                                       "Brenner", affiliation="Ruritania"))
    duties = [m for m in found if m.type == "trade_defence"]
    assert [m.imposer for m in duties] == ["Ruritania"]
    assert all("Karl Brenner" not in m.targets for m in found)


def test_a_state_support_scheme_approved_is_a_subsidy_with_its_size():
    m = only("The Commission approved a 5 billion euro Ruritanian support scheme for battery"
             " makers.", RURITANIA)
    assert (m.type, m.imposer, m.magnitude) == ("subsidy", "Ruritania", "5 billion euro")
    text = "Acme launched a loyalty scheme for customers."
    assert measures(text, actor(text, "Acme", "organization")) == []


# --- unseen 2025-style wires (twelfth session) ------------------------------------------
def test_a_measure_that_acts_on_something_else_is_not_acted_on():
    # "the deal lowered the risk": the deal acts; no easing of a deal is told
    text = "Analysts said the Ruritania-Freedonia deal lowered the risk of a recession."
    assert [m for m in measures(text, RURITANIA, FREEDONIA) if m.action == "ease"] == []
    m = only("The tariffs imposed by Ruritania were lifted.", RURITANIA)
    assert (m.type, m.imposer) == ("tariff", "Ruritania")


def test_rules_named_as_the_footing_of_an_act_are_not_its_object():
    for text in ("Ruritania said it would seek compensation under WTO rules.",
                 "Ruritania will seek damages in breach of the trade laws.",
                 "Ruritania will seek redress compatible with WTO rules."):
        assert measures(text, RURITANIA) == [], text
    m = only("Ruritania issued new rules on steel imports.", RURITANIA)
    assert (m.action, m.imposer) == ("impose", "Ruritania")


def test_a_condition_after_until_is_no_measure_whoever_its_subject_is():
    text = ("Ruritania imposed duties on Freedonian steel, saying they would stay until the "
            "two countries curbed the flow of migrants across its borders.")
    assert [m.type for m in measures(text, RURITANIA, FREEDONIA)] == ["tariff"]
    text = "Ruritania imposed duties on Freedonian steel until they stop the flow of migrants."
    assert [m.type for m in measures(text, RURITANIA, FREEDONIA)] == ["tariff"]
    # a time, not a clause: "until the end of March"
    text = "Ruritania will restrict the flow of steel exports until the end of March."
    assert [m.type for m in measures(text, RURITANIA)] == ["export_control"]


def test_export_rules_are_export_controls_and_a_relative_clause_is_their_content():
    m = only("Ruritania on Friday published new export rules for advanced machines.", RURITANIA)
    assert summary(m)[:3] == ("export_control", "impose", "Ruritania")
    text = ("The move follows restrictions announced by Ruritania in October, which barred "
            "Ruritanian firms from supplying tools to Freedonian factories.")
    m = only(text, RURITANIA, FREEDONIA)
    assert summary(m)[:3] == ("export_control", "impose", "Ruritania")
    assert m.why.startswith("measure.passive")


def test_a_package_holds_a_measure_of_another_kind_taken_with_it():
    text = ("Ruritania adopted a package of sanctions against Freedonia, with a ban on imports "
            "of Freedonian aluminium.")
    got = sorted(summary(m) for m in measures(text, RURITANIA, FREEDONIA))
    assert got == [("import_ban", "impose", "Ruritania", ["Freedonia"]),
                   ("sanction", "impose", "Ruritania", ["Freedonia"])]
    assert any(m.why.startswith("measure.package-content") for m in
               measures(text, RURITANIA, FREEDONIA))


def test_whose_decision_to_take_a_step_it_is_takes_it():
    text = ("Freedonia will impose anti-dumping duties on Ruritanian brandy, a move seen as "
            "retaliation for Ruritania's decision last week to impose tariffs of up to 45% on "
            "Freedonian cars.")
    got = {m.type: m for m in measures(text, RURITANIA, FREEDONIA)}
    assert summary(got["tariff"]) == ("tariff", "impose", "Ruritania", ["Freedonia"])
    assert got["trade_defence"].imposer == "Freedonia"


def test_an_official_source_after_according_to_names_the_state():
    text = ("Energy imports from Freedonia will face a 10% duty, according to a Ruritanian "
            "Trade Ministry fact sheet.")
    wh = actor(text, "Ruritanian Trade Ministry", "organization", affiliation="Ruritania")
    m = only(text, RURITANIA, FREEDONIA, wh)
    assert summary(m) == ("tariff", "impose", "Ruritania", ["Freedonia"])
    text = "Imports from Freedonia will face a 10% duty, according to news agency reports."
    assert only(text, RURITANIA, FREEDONIA).imposer is None


def test_a_count_takes_no_comma():
    text = ("Ruritania said its rules, which come into force on Sept. 1, require companies to "
            "obtain an export licence for the machines.")
    assert only(text, RURITANIA).magnitude is None
    m = only("Ruritania added 1,200 companies to its entity list.", RURITANIA)
    assert m.magnitude == "1,200 companies"


def test_one_verb_binding_two_nouns_names_the_measure_of_the_first():
    text = "Under the deal, Ruritania will limit growth in exports of ten categories of textiles."
    assert [m.type for m in measures(text, RURITANIA)] == ["quota"]


def test_curbing_imports_is_the_quota_the_same_sides_take():
    text = ("Ruritania to curb Freedonian clothing imports\n\nRuritania said it will impose quotas "
            "on three types of clothing imported from Freedonia.")
    got = measures(text, RURITANIA, ("Freedonia", "country", "Freedonia", "Freedonian"))
    assert [summary(m) for m in got] == [("quota", "impose", "Ruritania", ["Freedonia"])]
    # alone, a curb on imports stays an import restriction
    got = measures("Ruritania will curb Freedonian clothing imports.", RURITANIA,
                   ("Freedonia", "country", "Freedonia", "Freedonian"))
    assert [m.type for m in got] == ["import_ban"]


def test_why_a_measure_is_laid_names_no_target():
    text = "Ruritania doubled its tariff on Freedonia to 50% over Acmeland's oil."
    m = only(text, RURITANIA, FREEDONIA, ("Acmeland", "country"))
    assert m.targets == ["Freedonia"]
    # a complaint's "over" is what it is about, and whose it is
    text = "Freedonia filed a complaint at the WTO over Ruritania's wine labels."
    assert only(text, RURITANIA, FREEDONIA).targets == ["Ruritania"]


def test_a_passive_change_may_stand_past_the_object_phrase():
    text = ("The Ruritanian embargo on arms exports to Freedonia is likely to be lifted in the "
            "next six months.")
    m = only(text, ("Ruritania", "country", "Ruritania", "Ruritanian"), FREEDONIA)
    assert (m.type, m.action) == ("sanction", "lift")


def test_one_restriction_told_by_turns_as_ban_and_embargo_keeps_its_kind():
    text = ("Moves to lift Ruritania's ban on arms exports to Freedonia were condemned. The "
            "15 year embargo was imposed in 1989. Ruritania will not put Freedonia under the "
            "same embargo as pirates, officials said.")
    got = measures(text, RURITANIA, FREEDONIA)
    assert {m.type for m in got} == {"sanction"}, [(m.type, m.why) for m in got]


def test_others_asking_that_a_measure_change_take_no_step():
    text = "Freedonia has called for the embargo on Ruritania to be lifted."
    assert measures(text, RURITANIA, FREEDONIA) == []
    # its own plan is a step
    m = only("Freedonia wants to lift the embargo on Ruritania.", RURITANIA, FREEDONIA)
    assert (m.action, m.imposer) == ("lift", "Freedonia")


def test_a_judgement_of_a_step_is_a_view_not_a_step():
    text = "Ruritania said it was wrong to put Freedonia under an arms embargo."
    assert measures(text, RURITANIA, FREEDONIA) == []
    # "the right to a fair trial" judges nothing
    text = ("Ruritania opted out of the right to a fair trial in order to bring in "
            "anti-terrorism legislation.")
    assert [m.type for m in measures(text, RURITANIA)] == ["other"]


def test_blaming_a_measure_is_no_step_of_the_blamer():
    text = ("Union secretary general Karl Brenner blamed the closures on the end of worldwide "
            "textile quotas.")
    union = actor(text, "Ruritanian Textile Union", "organization", "Union")
    assert [m.imposer for m in measures(text, union)] in ([], [None])


def test_a_possessive_before_ban_makes_it_a_noun_one_record():
    text = "Ruritania's ban on arms exports to Freedonia will be lifted."
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("sanction", "lift", "Ruritania")


def test_who_speaks_for_or_against_a_change_takes_no_step():
    text = ("Ruritania will lift its arms embargo on Freedonia. Karl Brenner backs ending the "
            "Freedonia embargo. Opposition spokesman Anna Karlsson said lifting the arms "
            "embargo would be \"irresponsible\".")
    brenner = actor(text, "Karl Brenner", "person", "Karl Brenner", affiliation="Acmeland")
    karlsson = actor(text, "Anna Karlsson", "person", "Anna Karlsson",
                     affiliation="Ruritanian Party")
    got = measures(text, RURITANIA, FREEDONIA, ("Acmeland", "country"), brenner, karlsson)
    assert [summary(m) for m in got] == [("sanction", "lift", "Ruritania", ["Freedonia"])]
    # a legislature backing a ban votes for it
    assert _backed_is_a_view("Ruritanian MPs backed banning smoking in pubs.") is False


def _backed_is_a_view(text: str) -> bool:
    return any(m.why.startswith("measure.opinion") for m in measures(text, RURITANIA))


def test_a_measure_complained_of_is_in_force_and_a_complaint_weighed_is_proposed():
    text = "Freedonia is considering a WTO complaint against Ruritanian cotton subsidies."
    got = {m.type: m for m in measures(text, ("Ruritania", "country", "Ruritania", "Ruritanian"),
                                       FREEDONIA)}
    assert got["investigation"].action == "propose"
    assert (got["subsidy"].action, got["subsidy"].imposer) == ("maintain", "Ruritania")
    m = only("Freedonia said it would consider taking the case to the WTO.", FREEDONIA)
    assert (m.type, m.action) == ("investigation", "propose")
    m = only("Freedonia filed a WTO complaint against Ruritania's wine labels.", RURITANIA,
             FREEDONIA)
    assert (m.type, m.action) == ("investigation", "investigate")


def test_a_sanction_answers_the_act_of_the_state_named_after_it():
    text = "Ruritania imposed sanctions after Freedonia's invasion of Acmeland."
    m = only(text, RURITANIA, FREEDONIA, ("Acmeland", "country"))
    assert summary(m) == ("sanction", "impose", "Ruritania", ["Freedonia"])


def test_a_span_between_verb_and_object_does_not_hide_the_verb():
    text = ("The Ruritanian Security Council voted to extend for six months the oil-for-food "
            "program for Freedonia.")
    council = actor(text, "Ruritanian Security Council", "organization",
                    affiliation="Ruritania")
    m = only(text, council, FREEDONIA)
    assert (m.type, m.action, m.magnitude) == ("sanction", "extend", "six months")


def test_blocking_any_attempt_to_ease_a_measure_eases_nothing():
    text = "Ruritania said it will block any attempt to ease the sanctions on Freedonia."
    assert [m.action for m in measures(text, RURITANIA, FREEDONIA)] in ([], ["maintain"])


def test_one_ban_told_as_on_beef_then_on_beef_exports_is_one_record():
    text = ("Ruritania agrees to lift ban on Freedonian beef\n\nRuritanian ministers agreed "
            "Monday to lift the worldwide ban on Freedonian beef exports. The decision will "
            "allow Freedonia to resume exports of beef.")
    got = measures(text, ("Ruritania", "country", "Ruritania", "Ruritanian"),
                   ("Freedonia", "country", "Freedonia", "Freedonian"))
    lifted = [m for m in got if m.action == "lift"]
    assert len(lifted) == 1, [(m.type, m.action, m.why) for m in got]
    resumed = [m for m in got if m.action == "ease"]
    assert all(m.imposer != "Freedonia" and "Freedonia" in m.targets for m in resumed)


def test_aid_a_state_stops_to_another_is_a_sanction():
    text = ("Freedonia suspended grant aid to Ruritania on Wednesday, and Acmeland said it "
            "would freeze new development aid.")
    got = measures(text, RURITANIA, FREEDONIA, ("Acmeland", "country"))
    assert [(m.type, m.action, m.imposer) for m in got] == [
        ("sanction", "impose", "Freedonia"), ("sanction", "impose", "Acmeland")]
    m = only("Freedonia said it would resume development aid to Ruritania.", RURITANIA,
             FREEDONIA)
    assert summary(m) == ("sanction", "lift", "Freedonia", ["Ruritania"])
    # aid to a class at home is no sanction
    assert all(m.type != "sanction" for m in measures("Ruritania cut aid to farmers.",
                                                       RURITANIA))


def test_ban_coordinated_with_a_verb_before_a_party_is_a_verb():
    text = "The sanctions end Ruritanian aid and ban Ruritanian banks from lending to Freedonia."
    got = measures(text, ("Ruritania", "country", "Ruritania", "Ruritanian"), FREEDONIA)
    assert "lift" not in [m.action for m in got], [(m.type, m.action, m.why) for m in got]


def test_a_deal_setting_a_tariff_on_one_sides_goods_is_laid_by_the_other():
    text = "Ruritania and Freedonia strike trade deal setting 15% tariff on most Ruritanian goods"
    got = {m.type: m for m in measures(text, ("Ruritania", "country"), FREEDONIA)}
    assert summary(got["tariff"]) == ("tariff", "impose", "Freedonia", ["Ruritania"])


def test_european_goods_are_the_unions_when_the_union_is_named():
    text = "Freedonia imposed a 15% tariff on European goods, the European Union said."
    eu = actor(text, "European Union", "organization")
    assert only(text, FREEDONIA, eu).targets == ["European Union"]


def test_a_qualified_measure_takes_the_step_the_verb_after_it_tells():
    text = "Ruritania's planned countermeasures on Freedonian goods were suspended for six months."
    m = only(text, RURITANIA, ("Freedonia", "country", "Freedonia", "Freedonian"))
    assert (m.action, m.imposer) == ("delay", "Ruritania")


def test_what_remains_subject_to_a_tariff_keeps_it():
    m = only("Steel will remain subject to a 50% tariff, Ruritania said.", RURITANIA)
    assert (m.type, m.action, m.magnitude) == ("tariff", "maintain", "50%")


def test_countries_that_lack_trade_deals_have_none():
    text = "Ruritania will tax goods from countries that lack trade deals with Ruritania."
    assert all(m.type != "agreement" for m in measures(text, RURITANIA))


def test_a_body_of_a_party_to_a_deal_is_no_party_of_its_own():
    text = ("Ruritania and Freedonia reached a trade agreement on Sunday. President Karl "
            "Brenner and Freedonian Commission President Anna Karlsson announced the deal "
            "after a meeting.")
    commission = actor(text, "Freedonian Commission", "organization", affiliation="Freedonia")
    brenner = actor(text, "Karl Brenner", "person", affiliation="Ruritania")
    karlsson = actor(text, "Anna Karlsson", "person", affiliation="Freedonian Commission")
    m = only(text, RURITANIA, FREEDONIA, commission, brenner, karlsson)
    assert (m.type, m.imposer, m.targets) == ("agreement", "Ruritania", ["Freedonia"])


def test_capping_a_rise_lays_a_cap():
    m = only("The Ruritanian government will cap council tax rises this year.",
             ("Ruritania", "country", "Ruritania", "Ruritanian"))
    assert (m.type, m.action) == ("other", "impose")


def test_a_domestic_rule_is_laid_by_the_state_where_it_holds():
    m = only("Smoking has been banned in all workplaces in Freedonia since March.", FREEDONIA)
    assert (m.type, m.imposer, m.targets) == ("other", "Freedonia", [])
    text = ("Ruritania banned smoking in public places. The total ban that came into force "
            "in Freedonia is stricter.")
    got = measures(text, RURITANIA, FREEDONIA)
    assert sorted(m.imposer or "" for m in got) == ["Freedonia", "Ruritania"], \
        [(m.type, m.imposer, m.why) for m in got]


def test_the_ban_told_before_is_no_step_of_whoever_mentions_it():
    text = ("Ruritania will lift its arms ban on Freedonia. Karl Brenner said an arms code was "
            "more effective than the current ban.")
    brenner = actor(text, "Karl Brenner", "person", affiliation="Acmeland")
    got = measures(text, RURITANIA, FREEDONIA, ("Acmeland", "country"), brenner)
    assert [m.imposer for m in got] == ["Ruritania"], [(m.imposer, m.why) for m in got]


def test_what_a_package_includes_is_taken_with_it():
    text = ("Ruritania on Thursday adopted its 19th sanctions package, which includes a ban on "
            "imports of Freedonian gas.")
    got = sorted(summary(m) for m in measures(text, ("Ruritania", "country"),
                                                ("Freedonia", "country")))
    assert ("import_ban", "impose", "Ruritania", ["Freedonia"]) in got, got


def test_counts_of_those_named_do_not_split_a_sanction():
    text = ("Ruritania imposed sanctions on Freedonia's two biggest oil companies. The Ruritanian "
            "Treasury said it had designated the two companies and about 30 of their "
            "subsidiaries, freezing any assets they hold.")
    treasury = actor(text, "Ruritanian Treasury", "organization", affiliation="Ruritania")
    got = measures(text, RURITANIA, ("Freedonia", "country"), treasury)
    assert [m.type for m in got] == ["sanction"], [(m.type, m.imposer, m.why) for m in got]


def test_a_peoples_adjective_in_an_apposition_speaks_for_no_state():
    text = ("Ruritania imposed sanctions on Acme. Freedonian refiners, major buyers of Acmelandic "
            "crude, said they would review purchases to comply with the sanctions.")
    got = measures(text, RURITANIA, ("Acme", "organization"), ("Freedonia", "country"),
                   ("Acmeland", "country"))
    assert [m.imposer for m in got] == ["Ruritania"], [(m.imposer, m.why) for m in got]


def test_what_would_have_happened_without_a_step_is_no_step():
    text = ("Without the extension, Ruritanian duties on Freedonian goods would have risen to "
            "145%.")
    assert measures(text, ("Ruritania", "country"), ("Freedonia", "country")) == []


def test_the_nearer_appeal_frames_a_deal_not_an_earlier_plan():
    text = ("The Freedonia-Ruritania Business Council said firms had time to plan, and urged "
            "Ruritania and Freedonia to reach a broader trade agreement.")
    got = measures(text, RURITANIA, FREEDONIA)
    assert all(m.action != "propose" or "appeal" in (m.why or "") for m in got), \
        [(m.action, m.why) for m in got]


def test_the_second_of_two_coordinated_verbs_has_the_first_ones_subject():
    text = ("Ruritania added 11 Freedonian firms to its Unreliable Entity List and placed 16 "
            "others on its export control list.")
    got = measures(text, RURITANIA, ("Freedonia", "country"))
    assert {m.imposer for m in got} == {"Ruritania"}, [(m.imposer, m.why) for m in got]


def test_weighing_a_response_to_a_measure_does_not_propose_it():
    text = "Ruritania weighs its response to Freedonian tariffs imposed last month."
    got = measures(text, RURITANIA, ("Freedonia", "country", "Freedonia", "Freedonian"))
    assert [m.action for m in got if m.type == "tariff"] == ["impose"], \
        [(m.type, m.action, m.why) for m in got]


def test_a_carbon_border_levy_is_a_duty_on_imports():
    text = ("Ruritania's carbon border adjustment mechanism will start charging importers of "
            "steel from January 2026.")
    m = only(text, RURITANIA)
    assert (m.type, m.imposer) == ("tariff", "Ruritania")


def test_a_refused_change_keeps_the_measure_of_whoever_refuses():
    text = ("Ruritania imposed 100 percent tariffs in retaliation for Freedonia's refusal to "
            "change its banana import rules.")
    got = {m.type: m for m in measures(text, RURITANIA, FREEDONIA)}
    assert (got["other"].action, got["other"].imposer) == ("maintain", "Freedonia")
    assert got["tariff"].imposer == "Ruritania"


def test_retaliatory_duties_called_sanctions_are_one_record():
    text = ("Ruritania imposed 100 percent tariffs on Freedonian goods in retaliation for "
            "Freedonia's banana rules. Ruritania said the sanctions would remain in place "
            "until Freedonia complies.")
    got = measures(text, RURITANIA, ("Freedonia", "country", "Freedonia", "Freedonian"))
    assert [m.type for m in got if m.imposer == "Ruritania"] == ["tariff"], \
        [(m.type, m.action, m.imposer) for m in got]


def test_a_separate_measure_is_not_the_one_told_before():
    text = ("Ruritania exempts smartphones from reciprocal tariffs\n\nThe products remain "
            "subject to a separate 20% tariff on Freedonian imports that Ruritania imposed in "
            "February.")
    got = measures(text, RURITANIA, ("Freedonia", "country", "Freedonia", "Freedonian"))
    assert sorted(m.action for m in got) == ["ease", "maintain"], \
        [(m.action, m.magnitude, m.why) for m in got]


def test_a_task_force_forces_nobody():
    text = "Ruritania's trade ministry said it would set up a task force to support exporters."
    assert measures(text, RURITANIA) == []


def test_a_licence_for_a_makers_model_exports_is_an_export_control():
    text = "Ruritania requires licence for Acme H20 chip exports to Freedonia"
    m = only(text + "\n\nThe rule took effect on Monday.", RURITANIA, FREEDONIA,
             ("Acme", "organization"))
    assert (m.type, m.imposer) == ("export_control", "Ruritania")


def test_one_compound_of_two_measure_words_is_one_record():
    # (an import licence curbs imports: import_ban since the twenty-ninth session)
    found = measures("Ruritania to ease import licence rules after WTO defeat", RURITANIA)
    assert [(m.type, m.action) for m in found] == [("import_ban", "ease")]


def test_a_verb_of_a_flow_before_for_is_a_noun():
    # "volume limits for its exports": limits as a noun, no limiting of exports in force
    text = ("The plan gives Ruritania two months to agree on a minimum price or volume limits "
            "for its exports.")
    assert [m for m in measures(text, RURITANIA) if m.type == "export_control"] == []
    # the verb: a limit (on a staple's exports a quota, GUIDELINES 4.3; on chips an export
    # control)
    assert only("Ruritania limits its exports of rice.", RURITANIA).type == "quota"
    assert only("Ruritania limits its exports of chips.", RURITANIA).type == "export_control"


def test_a_condition_after_a_participle_is_the_participles():
    text = ("Ruritania will impose duties on Freedonian solar panels from Thursday, starting at "
            "11.8 percent and rising to 47.6 percent in August unless Freedonia negotiates a "
            "settlement.")
    assert [m.action for m in measures(text, RURITANIA, FREEDONIA)] == ["impose"]
    text = "Ruritania will impose duties on Freedonian solar panels unless Freedonia negotiates."
    assert [m.action for m in measures(text, RURITANIA, FREEDONIA)] == ["threaten"]


def test_an_agentless_passive_on_the_side_just_hit_is_laid_by_the_same_party():
    text = ("Ruritania is to impose sanctions on Freedonian banks from 1 March. Tariffs of 5% "
            "will be levied on Freedonian goods, rising each month.")
    got = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in got] == [("sanction", "Ruritania"),
                                                  ("tariff", "Ruritania")]
    # past a record of the other side told between ("after Freedonia failed to scrap ...")
    text = ("Ruritania is to impose sanctions on Freedonian exports from 1 March after "
            "Freedonia failed to scrap illegal tax breaks for exporters. Tariffs of 5% will be "
            "levied on Freedonian goods.")
    assert {m.type: m.imposer for m in measures(text, RURITANIA, FREEDONIA)}["tariff"] \
        == "Ruritania"
    # on another side, or alone, nobody is named
    text = ("Ruritania is to impose sanctions on Freedonian banks. Tariffs of 5% will be levied "
            "on Ruritanian goods.")
    assert [m.imposer for m in measures(text, RURITANIA, FREEDONIA)] == ["Ruritania", None]


def test_what_will_be_banned_says_the_kind_of_ban():
    m = only("Imports of Freedonian beef will be banned from May, Ruritania said.", RURITANIA,
             FREEDONIA)
    assert (m.type, m.action, m.imposer, m.targets) == ("import_ban", "impose", "Ruritania",
                                                       ["Freedonia"])
    m = only("Smoking is to be banned in pubs in Ruritania from next year.", RURITANIA)
    assert (m.type, m.action) == ("other", "impose")
    # a person barred, told as done, is no rule: "the first athlete to be banned"
    assert measures("She is the first athlete in Ruritania to be banned without a test.",
                    RURITANIA) == []


def test_a_ban_told_as_a_verb_then_as_a_noun_is_one_record():
    text = ("Adverts for junk food will be banned from television in Ruritania. The ban would "
            "come into force in January if broadcasters failed to agree voluntary curbs.")
    assert [(m.type, m.action) for m in measures(text, RURITANIA)] == [("other", "impose")]


def test_a_measure_acting_past_an_adverb_is_not_acted_on():
    text = ("Ruritania will ban exports of nickel ore from May. Freedonia later filed a "
            "complaint at the WTO, saying the ban unfairly restricted access to raw materials.")
    got = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in got] == [("export_control", "Ruritania"),
                                                  ("investigation", "Freedonia")]
    # a participle past an adverb, then a time, is still done to the measure
    m = only("Ruritania said the tariffs quietly lifted last year would return.", RURITANIA)
    assert m.action == "lift"


def test_what_a_measure_does_in_its_relative_clause_is_done_by_its_party():
    text = ("Ruritania will suspend its countermeasures against Freedonian tariffs for six "
            "months. The countermeasures, which would have imposed tariffs on 93 billion euros "
            "of Freedonian goods, were due to take effect on Thursday.")
    got = measures(text, RURITANIA, FREEDONIA)
    assert ("tariff", "Ruritania", ["Freedonia"]) in [(m.type, m.imposer, m.targets)
                                                      for m in got], \
        [(m.type, m.action, m.imposer, m.targets) for m in got]


def test_a_country_naming_a_law_is_not_the_party_that_lays_it():
    text = ("The Freedonia Autonomy Act, passed unanimously by Congress, requires sanctions "
            "on banks that do business with Freedonian officials.")
    got = measures(text, RURITANIA, FREEDONIA, ("Congress", "organization"))
    assert [m.imposer for m in got] == ["Congress"], \
        [(m.type, m.imposer, m.targets) for m in got]


def test_a_measure_standing_with_no_side_named_is_the_party_named_just_before():
    text = ("Ruritania lifted some sanctions on Freedonia. Restrictions on exports of sensitive "
            "technology remain in place.")
    got = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.action, m.imposer) for m in got] == [
        ("sanction", "lift", "Ruritania"), ("export_control", "maintain", "Ruritania")]
    # far from any party, nobody is named, and nothing is kept
    text = ("Ruritania lifted some sanctions on Freedonia. " + "Trade grew fast. " * 30
            + "Restrictions on exports of sensitive technology remain in place.")
    assert [m.type for m in measures(text, RURITANIA, FREEDONIA)] == ["sanction"]


def test_how_much_a_market_moved_is_no_measures_size():
    m = only("Ruritania had threatened to impose quotas after imports of some goods surged by "
             "more than 500% when a global quota system expired.", RURITANIA)
    assert (m.type, m.magnitude) == ("quota", None)
    m = only("Ruritania imposed tariffs after imports jumped 40%.", RURITANIA)
    assert m.magnitude is None
    # unless the measure itself moved
    m = only("Ruritania said its tariffs on Freedonian steel jumped to 50%.", RURITANIA,
             FREEDONIA)
    assert m.magnitude == "50%"


def test_who_is_given_a_benefit_is_its_target_and_the_giver_lays_it():
    for text in ("Ruritania granted Freedonian goods duty-free access.",
                 "The assistance of a Ruritanian law had given Freedonia's textiles duty-free "
                 "access to Ruritanian markets."):
        m = only(text, RURITANIA, FREEDONIA)
        assert (m.type, m.imposer, m.targets) == ("tariff", "Ruritania", ["Freedonia"]), text
    # "giving evidence to the inquiry": a phrase after "to" is no one given anything
    text = "Mr Cook, who is giving evidence to the Freedonia inquiry, said turnout fell."
    assert [m.imposer for m in measures(text, RURITANIA, FREEDONIA)] in ([], [None],
                                                                          ["Freedonia"])


def test_coordinated_subjects_of_a_measure_verb_are_read_from_the_first():
    text = "Acmeland and Freedonia also suspended imports of Ruritanian beef."
    m = only(text, RURITANIA, FREEDONIA, ("Acmeland", "country"))
    assert (m.type, m.imposer) == ("import_ban", "Acmeland")


def test_he_opening_a_sentence_of_saying_is_the_person_named_before():
    text = ("Ruritanian Finance Minister Karl Brenner announced a freeze in the grant paid to "
            "councils. He also confirmed that stamp duty on homes would be abolished from 1 "
            "April.")
    brenner = actor(text, "Karl Brenner", "person", affiliation="Ruritania",
                    role="Finance Minister")
    got = measures(text, RURITANIA, brenner)
    assert ("other", "lift", "Ruritania") in [(m.type, m.action, m.imposer) for m in got], \
        [(m.type, m.action, m.imposer) for m in got]


def test_a_country_banning_a_countrys_goods_bans_imports():
    m = only("Ruritania banned Freedonia beef in 2003.", RURITANIA, FREEDONIA)
    assert (m.type, m.imposer, m.targets) == ("import_ban", "Ruritania", ["Freedonia"])
    m = only("Ruritania banned Freedonian frozen chicken last year.", RURITANIA, FREEDONIA)
    assert m.type == "import_ban"
    # parties of the country are no goods
    assert [m.type for m in measures("Ruritania banned Freedonia tech firms from bidding.",
                                     RURITANIA, FREEDONIA)] != ["import_ban"]


def test_history_told_in_a_subjects_relative_clause_yields_to_the_step_told():
    text = "Ruritania, which also banned Freedonian beef in 2003, lifted its own ban in May."
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("import_ban", "lift", "Ruritania")
    assert "'lifted'" in m.why
    m = only("Ruritania, which banned imports of Freedonian beef, lifted the ban in May.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("import_ban", "lift")
    # a relative clause on the measure itself is no aside
    m = only("Ruritania lifted its ban on Freedonia beef, which it imposed in 2003.",
             RURITANIA, FREEDONIA)
    assert m.action == "lift"


def test_a_participle_phrase_set_off_after_a_measure_keeps_its_passive_verb():
    m = only("Duties on Freedonia steel, announced last month, were set at up to 40%.",
             FREEDONIA)
    assert (m.type, m.action, m.magnitude) == ("tariff", "impose", "40%")
    m = only("Tariffs on Freedonia steel, imposed in 2018, were lifted on Monday.", FREEDONIA)
    assert m.action == "lift"
    # a participle phrase before a verb of the measure's own is no passive of it
    assert [m.action for m in measures(
        "The tariffs on Freedonia steel, introduced in March, hit exporters hard.",
        FREEDONIA)] in ([], ["impose"])


def test_an_agentless_passive_is_laid_by_the_party_of_any_sentence_just_before():
    filler = ("Shrimp farmers along the coast say the price of a kilogram has fallen for six "
              "years in a row, that wages have not kept up, and that many of the smaller "
              "co-operatives that once sold abroad now sell only to local markets and "
              "restaurants, which pay less and later. ")
    text = ("Ruritania set anti-dumping duties of 25% on shrimp from Freedonia. " + filler
            + "The anti-dumping duties on Freedonia will be collected from next week. "
            "Duties on Freedonia prawns were raised to 40% as well.")
    got = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer, m.magnitude) for m in got] == [
        ("trade_defence", "Ruritania", "25%"), ("trade_defence", "Ruritania", "40%")], \
        [(m.type, m.imposer, m.magnitude, m.why) for m in got]


def test_a_plain_probe_of_the_side_that_opens_an_anti_subsidy_one_is_that_one():
    text = ("Ruritania opens probe into Freedonia tyres\n\nRuritania has opened an anti-subsidy "
            "investigation into car tyres imported from Freedonia.")
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("trade_defence", "investigate", "Ruritania")
    # a complaint at the WTO stays a complaint
    text = ("Freedonia filed a complaint at the WTO against Ruritania. Ruritania has opened an "
            "anti-dumping investigation into Freedonia steel.")
    assert sorted(m.type for m in measures(text, RURITANIA, FREEDONIA)) == [
        "investigation", "trade_defence"]


def test_a_process_that_ended_with_duties_laid_them():
    text = ("Ruritania opened a probe into Freedonia brandy, which ended with duties on "
            "Freedonia brandy makers in July.")
    got = measures(text, RURITANIA, FREEDONIA)
    assert ("tariff", "impose") in [(m.type, m.action) for m in got], \
        [(m.type, m.action, m.why) for m in got]
    m = only("Ruritania ended its duties on Freedonia bikes.", RURITANIA, FREEDONIA)
    assert m.action == "lift"


def test_two_taxes_of_one_head_word_are_two_measures():
    text = ("Ruritania's stamp duty will double from midnight. Fuel duty will rise by 2p a litre "
            "in June. Tobacco duty will rise in line with inflation from 6pm.")
    got = measures(text, RURITANIA)
    assert len(got) == 3, [(m.type, m.action, m.why) for m in got]


def test_a_change_done_to_a_rise_is_the_rise_delayed():
    m = only("Ruritania said a rise in fuel duty, worth 2p a litre, would be put off until "
             "1 September.", RURITANIA)
    assert (m.type, m.action) == ("other", "delay")
    m = only("Ruritania said the increase in stamp duty would be scrapped.", RURITANIA)
    assert m.action == "lift"
    # unless nothing is done to it
    m = only("Ruritania announced a rise in fuel duty of 2p a litre.", RURITANIA)
    assert m.action == "impose"


def test_a_tax_told_with_no_side_in_one_states_budget_is_that_states():
    text = ("Ruritania's finance minister cut stamp duty on homes. Tobacco duty will rise in "
            "line with inflation from 6pm tonight, adding 8p to a packet of 20 cigarettes.")
    got = measures(text, RURITANIA)
    assert [m.imposer for m in got] == ["Ruritania", "Ruritania"], \
        [(m.type, m.imposer, m.why) for m in got]
    # a party's promises are no state's measures
    text = ("The Ruritanian Liberal Party promised to cut stamp duty. Tobacco duty will rise in "
            "line with inflation from 6pm tonight.")
    assert [m.imposer for m in measures(text, ("Ruritanian Liberal Party", "organization"))] \
        == ["Ruritanian Liberal Party"]  # (the duty, with no side, is only evidence)


def test_raising_a_taxs_threshold_eases_the_tax():
    # a level moved for every payer is a change of the tax (4.3 other, eased), as the
    # annotators of three sets read it; one moved for a class stays a break given to it
    m = only("Ruritania said the stamp duty threshold would rise to 120,000 crowns.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "ease", "Ruritania")
    for text in ("Ruritania doubled the level at which house buyers pay stamp duty to 120,000 "
                 "crowns as it put the economy first.",
                 "Ruritania cut stamp duty for first-time buyers."):
        m = only(text, RURITANIA)
        assert (m.type, m.action, m.imposer) == ("subsidy", "impose", "Ruritania"), text
    # a verb in the clause after "as he" is his, not the tax's
    m = only("Ruritania doubled the level at which buyers pay stamp duty as he put it.",
             RURITANIA)
    assert "'put'" not in m.why


def test_a_tax_cut_promised_is_a_benefit_proposed():
    m = only("The Ruritanian Liberal Party is promising to cut stamp duty.",
             ("Ruritanian Liberal Party", "organization"))
    assert (m.type, m.action) == ("subsidy", "propose")


def test_a_threat_given_up_lifts_the_step_and_one_renewed_threatens_it():
    m = only("Ruritania dropped its threat to impose safeguard duties on Freedonia textiles.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("trade_defence", "lift", "Ruritania")
    m = only("Ruritania abandoned plans to impose sanctions on Freedonia.", RURITANIA, FREEDONIA)
    assert m.action == "lift"
    m = only("Ruritania renewed its threat to impose safeguard duties on Freedonia textiles.",
             RURITANIA, FREEDONIA)
    assert m.action == "threaten"
    m = only("Ruritania carried out its threat to impose safeguard duties on Freedonia "
             "textiles.", RURITANIA, FREEDONIA)
    assert m.action == "impose"


def test_a_relative_clause_with_no_that_leaves_the_main_verb_to_the_measure():
    m = only("The export duties it placed on clothing in January, intended to slow sales, will "
             "be scrapped from 1 September, Ruritania said.", RURITANIA)
    assert (m.type, m.action) == ("tariff", "lift")
    m = only("The tariffs Ruritania imposed in March will be lifted.", RURITANIA)
    assert (m.action, m.imposer) == ("lift", "Ruritania")
    # a party that bears a measure lays nothing
    assert [m.imposer for m in measures("The sanctions Freedonia faces were criticised by "
                                        "Ruritania.", RURITANIA, FREEDONIA)] != ["Freedonia"]


def test_a_measure_after_a_participle_and_by_is_that_participles_agent():
    text = ("Ruritania has also announced that the export duties it placed on 74 types of "
            "clothing in January will be scrapped from 1 September for the 10 categories "
            "covered by the quota deal.")
    got = measures(text, RURITANIA)
    assert ("agreement", "lift") not in [(m.type, m.action) for m in got], \
        [(m.type, m.action, m.why) for m in got]


def test_a_time_goes_to_the_measure_whose_verb_stands_next_to_it():
    text = ("Ruritania has also announced that the export duties it placed on 74 types of "
            "clothing in January will be scrapped from 1 September for the 10 categories "
            "covered by the quota deal.")
    at = text.index("1 September")
    got = extract_measures(text, split_sentences(text), [actor(text, *RURITANIA)],
                           [TimeExpr(at, at + 11, "1 September", "DATE", "2025-09-01")])
    duties = next(m for m in got if m.type == "tariff")
    assert duties.times == [0], [(m.type, m.times) for m in got]


def test_a_forced_sale_of_land_or_a_site_ordered_past_an_apposition():
    text = ("Ruritania's president ordered Acme Data Holdings, a Freedonia-controlled miner, "
            "to sell land it owns near an air base.")
    m = only(text, RURITANIA, FREEDONIA, ("Acme Data Holdings", "organization"))
    assert (m.type, m.action, m.targets[0]) == ("investment_restriction", "impose",
                                                "Acme Data Holdings")
    m = only("Ruritania forced Acme Partners to sell a site near a missile base.", RURITANIA,
             ("Acme Partners", "organization"))
    assert m.type == "investment_restriction"
    # a firm selling a site of its own accord is business
    assert measures("Acme Partners sold a site near the port to a rival.",
                    ("Acme Partners", "organization")) == []


def test_a_verb_of_a_dispute_over_a_measure_governs_the_dispute():
    text = ("Ruritanian and Freedonian negotiators meet next week to try to end their long "
            "dispute over subsidies to Acme.")
    assert ("subsidy", "lift") not in [(m.type, m.action)
                                       for m in measures(text, RURITANIA, FREEDONIA)]


def test_a_duty_exemption_is_a_tariff_measure():
    m = only("Ruritania plans to scrap its duty exemption for parcels worth less than 150 "
             "crowns by 2028.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("tariff", "lift", "Ruritania")


def test_a_relative_clause_with_no_that_may_open_with_the_body():
    text = "It is the only exception to the trade sanctions the council imposed on Freedonia."
    council = actor(text, "Ruritanian Council", "organization", "Ruritanian Council", "council",
                    affiliation="Ruritania")
    got = measures(text, RURITANIA, FREEDONIA, council)
    assert [m.imposer for m in got if m.type == "sanction"] == ["Ruritanian Council"], \
        [(m.type, m.imposer, m.why) for m in got]


def test_a_time_between_a_fronted_phrase_subject_and_verb_keeps_the_subject():
    for text in ("In Strelsau, Ruritania last month opened a probe into Freedonia steel.",
                 "In Strelsau, Ruritania on Monday opened a probe into Freedonia steel.",
                 "In Strelsau, Ruritania yesterday opened a probe into Freedonia steel."):
        m = only(text, ("Ruritania", "country"), FREEDONIA)
        assert (m.type, m.imposer) == ("investigation", "Ruritania"), text


def test_imports_limited_or_capped_are_held_to_a_quota():
    m = only("Ruritania will limit imports of Freedonian cotton textiles from August.",
             RURITANIA, ("Freedonia", "country", "Freedonia", "Freedonian"))
    assert (m.type, m.action, m.imposer, m.targets) == ("quota", "impose", "Ruritania",
                                                       ["Freedonia"])
    # restricting them is a curb of no named kind
    m = only("Ruritania restricted imports of Freedonian shoes.", RURITANIA,
             ("Freedonia", "country", "Freedonia", "Freedonian"))
    assert m.type == "import_ban"


def test_a_verbs_object_set_after_the_time_it_runs_to_is_its_object():
    m = only("Ruritania has also extended until 21 February a separate anti-subsidy probe into "
             "Freedonia dairy products.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("trade_defence", "extend", "Ruritania")
    # a time clause is no such thing
    m = only("Ruritania kept its tariffs on Freedonia until 2020 when the dispute ended.",
             RURITANIA, FREEDONIA)
    assert m.action == "maintain"


def test_complaining_to_the_wto_is_a_complaint():
    m = only("Freedonia complained to the WTO about Ruritania's cotton rules in 2001.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("investigation", "investigate", "Freedonia")
    # complaining with no WTO is talk
    assert measures("Freedonia complained about Ruritania's cotton rules.", RURITANIA,
                    FREEDONIA) == []


def test_a_measure_word_after_an_article_is_no_verb_and_duties_applied_since_stand():
    m = only("The copper levy comes on top of 50% duties on Freedonia steel that have applied "
             "since June 4.", FREEDONIA)
    assert (m.type, m.action, m.magnitude) == ("tariff", "maintain", "50%"), m.why
    assert "'levy'" not in m.why
    m = only("The duties on Freedonia steel will apply from June 4.", FREEDONIA)
    assert m.action == "impose"


def test_a_sum_between_a_verb_and_the_aid_it_stops_keeps_them_bound():
    m = only("Ruritania said it was freezing about $26 million in grant aid to Freedonia.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer, m.magnitude) == ("sanction", "impose", "Ruritania",
                                                         "$26 million")
    m = only("Ruritania cut off $2bn of military aid to Freedonia.", RURITANIA, FREEDONIA)
    assert m.type == "sanction"


def test_higher_taxes_opening_a_sentence_are_a_tax_rise():
    m = only("Higher fuel, tobacco and alcohol taxes will help fund the extra spending, "
             "Ruritania said.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")


def test_a_step_a_text_lets_a_party_take_in_a_case_to_come_is_a_provision():
    text = ("Ruritania vowed to block the trade deal with Freedonia. The deal allows either "
            "side to reimpose tariffs temporarily if imports surge.")
    assert "tariff" not in [m.type for m in measures(text, RURITANIA, FREEDONIA)]
    # a ruling that lets a party retaliate is no text's clause
    m = only("The WTO allowed Freedonia to impose sanctions worth $147m if Ruritania does not "
             "comply.", RURITANIA, FREEDONIA)
    assert m.imposer == "Freedonia"


def test_removing_duties_on_a_share_of_goods_eases_them():
    m = only("Ruritania will remove tariffs on 92% of Freedonia exports over a decade.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("tariff", "ease")
    m = only("Ruritania will remove tariffs on Freedonia cars.", RURITANIA, FREEDONIA)
    assert m.action == "lift"


def test_a_complaint_held_out_on_a_condition_is_threatened():
    m = only("Freedonia would file a complaint with the WTO unless the decision was reversed "
             "within 30 days.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("investigation", "threaten", "Freedonia")
    m = only("Freedonia will file a complaint with the WTO next week.", FREEDONIA)
    assert m.action == "investigate"


def test_a_measure_replaced_is_lifted_and_what_replaces_it_laid():
    text = ("Ruritania said it would replace its quota on rice imports with a tariff of 351 "
            "crowns per kilogram from April 1.")
    got = measures(text, RURITANIA)
    assert sorted((m.type, m.action) for m in got) == [("quota", "lift"), ("tariff", "impose")], \
        [(m.type, m.action, m.why) for m in got]


def test_a_measure_word_in_a_documents_title_is_no_measure():
    assert measures("The Ruritanian Pensions Commission's final report, A New Pension "
                    "Settlement, is due in the autumn.",
                    ("Ruritanian Pensions Commission", "organization")) == []


def test_who_alone_can_take_a_step_is_how_the_system_works():
    assert measures("Under the 1996 law, only the Ruritanian Congress can lift the embargo.",
                    ("Ruritanian Congress", "organization", "Ruritanian Congress")) == []
    m = only("The Ruritanian Congress voted to lift the embargo on Freedonia.",
             ("Ruritanian Congress", "organization", "Ruritanian Congress"), FREEDONIA)
    assert m.action == "lift"


def test_a_deal_a_party_tries_to_reach_is_sought_not_made():
    # the hoped-for result of talks is no record of its own (GUIDELINES 4.4)
    assert measures("Ruritania is still trying to strike a trade deal with Freedonia.",
                    RURITANIA, FREEDONIA) == []


def test_a_ban_replaced_with_a_minimum_export_price_is_two_steps():
    text = ("Ruritania on Saturday lifted its ban on exports of white rice and replaced it with a "
            "minimum export price of $490 a tonne.")
    got = measures(text, RURITANIA)
    assert sorted((m.type, m.action) for m in got) == [("export_control", "impose"),
                                                      ("export_control", "lift")], \
        [(m.type, m.action, m.why) for m in got]


def test_a_price_cap_on_russian_oil_is_a_sanction():
    m = only("The Group of Seven agreed a price cap on Russian oil.",
             ("Group of Seven", "organization"), ("Russia", "country"))
    assert (m.type, m.imposer) == ("sanction", "Group of Seven")
    # a cap on energy bills is no sanction
    m = only("Ruritania's regulator raised the energy price cap.", RURITANIA)
    assert m.type != "sanction"


def test_a_decree_cited_as_the_source_is_no_measure_of_its_own():
    m = only("Ruritania will impose an additional 40% tariff on vehicles imported from Freedonia "
             "from July 7, according to a presidential decree published on Saturday.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.magnitude) == ("tariff", "40%")



def test_a_ban_takes_no_kind_from_a_probe_beside_it():
    text = ("A WTO panel ruled against Indonesia last month, but Jakarta has appealed and says "
            "it will not lift the nickel ban.")
    found = analyze(text, dt.date(2022, 12, 21)).measures
    assert [(m.type, m.action) for m in found] == [("investigation", "investigate")]


def test_a_measure_put_on_hold_or_on_ice_is_delayed():
    m = only("Ruritania on Thursday put its retaliatory tariffs against Freedonia on hold for "
             "90 days.", RURITANIA, FREEDONIA)
    assert summary(m) == ("tariff", "delay", "Ruritania", ["Freedonia"])
    m = only("Ruritania has put its planned duties on Freedonian steel on ice.", RURITANIA,
             FREEDONIA)
    assert m.action == "delay"
    # put in place is laid; "on hold" in an aside of its own says nothing of the step
    m = only("Ruritania put new tariffs on Freedonian cheese on Monday.", RURITANIA, FREEDONIA)
    assert m.action == "impose"
    m = only("Ruritania placed sanctions on three Freedonian banks, on hold since March, and "
             "named them.", RURITANIA, FREEDONIA)
    assert m.action == "impose"


def test_a_restriction_takes_its_type_from_further_into_its_object():
    m = only("Ruritania's curbs on 23 types of chipmaking tools take effect on Friday.",
             RURITANIA)
    assert (m.type, m.imposer) == ("export_control", "Ruritania")
    # the trade's direction comes before the goods' kind, arms before both
    m = only("Ruritania imposed a ban on chip imports from Freedonia.", RURITANIA, FREEDONIA)
    assert m.type == "import_ban"
    m = only("Ruritania kept its embargo on arms exports to Freedonia.", RURITANIA, FREEDONIA)
    assert m.type == "sanction"


def test_a_licence_for_exports_after_a_time_set_off_by_commas_is_an_export_control():
    m = only("Ruritania published rules requiring licences, from 1 September, for exports of "
             "some advanced chipmaking machines.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("export_control", "impose", "Ruritania")
    # an aside that is no time ends what the licence is for
    m = only("Ruritania requires licences, on the advice of its army, for exports of guns.",
             RURITANIA)
    assert m.type != "export_control"


def test_a_verb_that_ends_or_keeps_a_relief_named_after_its_measure_says_what_is_done():
    m = only("Ruritania will end the tax and customs duty exemptions granted to Acme Motors.",
             RURITANIA)
    assert (m.type, m.action) == ("tariff", "lift")
    m = only("Ruritania kept the customs duty exemptions for Freedonian cars.", RURITANIA,
             FREEDONIA)
    assert m.action == "maintain"
    # a relief given is an easing
    m = only("Ruritania granted customs duty exemptions to Freedonian cars.", RURITANIA,
             FREEDONIA)
    assert m.action == "ease"


def test_a_verb_of_change_before_a_planned_rise_says_what_is_done_to_it():
    m = only("Ruritania's finance minister has put off a planned rise in fuel duty.", RURITANIA)
    assert m.action == "delay"
    m = only("Ruritania has scrapped the rise in fuel duty.", RURITANIA)
    assert m.action == "lift"
    m = only("Ruritania announced a rise in fuel duty.", RURITANIA)
    assert m.action == "impose"


def test_an_inspection_ordered_and_budget_support_ended_are_measures():
    m = only("Ruritania's central bank will inspect both lenders' correspondent accounts.",
             RURITANIA)
    assert (m.type, m.action, m.imposer) == ("investigation", "investigate", "Ruritania")
    m = only("Ruritania will end budget support for the aircraft maker Acme.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("subsidy", "lift", "Ruritania")
    # agreed to (with a lender, say), the state's word is a new agreement beside the step
    found = measures("Ruritania agreed to end budget support for the aircraft maker Acme.",
                     RURITANIA)
    assert [(m.type, m.action) for m in found] == [("agreement", "impose"), ("subsidy", "lift")]


def test_a_probe_told_in_a_relative_clause_is_its_subjects():
    text = ("The rates are the product of an anti-subsidy investigation the Trade Commission "
            "launched last October.")
    m = only(text, actor(text, "Trade Commission", "organization", affiliation="Ruritania"))
    assert (m.type, m.action, m.imposer) == ("trade_defence", "investigate", "Trade Commission")
    m = only("The probe that Ruritania opened in March looks at Freedonian steel.", RURITANIA,
             FREEDONIA)
    assert (m.action, m.imposer) == ("investigate", "Ruritania")


def test_blacklisting_ships_or_in_a_sanctions_package_is_a_sanction():
    found = measures("Ruritania on Friday adopted a new package of sanctions against Freedonia, "
                     "blacklisting more vessels.", RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in found] == [("sanction", "Ruritania")]
    m = only("Ruritania added more than 70 tankers to its blacklist.", RURITANIA)
    assert m.type == "sanction"
    # firms added to a trade blacklist lose exports: an export control
    m = only("Ruritania added 13 Freedonian firms to its trade blacklist.", RURITANIA, FREEDONIA)
    assert m.type == "export_control"


def test_countermeasures_on_a_sum_of_goods_are_duties():
    m = only("Ruritania suspended countermeasures on 21 billion euros of Freedonian goods in "
             "April.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.magnitude) == ("tariff", "delay", "21 billion euros")
    # countermeasures with no goods named stay "other"
    m = only("Ruritania imposed countermeasures on Freedonia.", RURITANIA, FREEDONIA)
    assert m.type == "other"


def test_rules_that_license_exports_are_an_export_control():
    m = only("Under rules published by Ruritania's trade ministry, foreign makers will need a "
             "licence to export the magnets.", RURITANIA)
    assert m.type == "export_control"
    # rules with no licence for exports stay "other"
    m = only("Under rules published by Ruritania's trade ministry, shops must close at 10pm.",
             RURITANIA)
    assert m.type == "other"


def test_an_embargo_on_trade_with_a_country_is_a_sanction():
    m = only("Ruritania has kept an embargo against Freedonia since 1962.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.targets) == ("sanction", "maintain", ["Freedonia"])
    m = only("Ruritania said the trade embargo would stay in place.", RURITANIA)
    assert m.type == "sanction"
    # an embargo on goods bars their import
    m = only("Ruritania imposed an embargo on Freedonian meat.", RURITANIA, FREEDONIA)
    assert m.type == "import_ban"


def test_a_step_told_in_a_separate_notice_is_its_own_record():
    text = ("Ruritania restricted exports of gallium to Freedonia on Monday. In a separate "
            "notice, Ruritania banned the export of refining technology without permission.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in found] == [("export_control", "Ruritania")] * 2
    # "it" after the opening phrase is the state the sentence before opened on, not the
    # one named last
    found = measures(text.replace("notice, Ruritania banned", "notice, it banned"),
                     RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in found] == [("export_control", "Ruritania")] * 2


def test_a_step_taken_separately_by_another_body_of_the_state_is_its_own_record():
    text = ("The Treasury on Wednesday imposed sanctions on a Freedonian ship manager. The "
            "Foreign Ministry separately imposed visa restrictions on three executives of the "
            "company.")
    found = measures(text, FREEDONIA,
                     actor(text, "Treasury", "organization", affiliation="Ruritania"),
                     actor(text, "Foreign Ministry", "organization", affiliation="Ruritania"))
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("sanction", "impose", "Treasury"), ("sanction", "impose", "Foreign Ministry")]
    # told again with no such word, one record
    text = ("Ruritania on Wednesday imposed sanctions on a Freedonian ship manager. The "
            "sanctions were imposed after a long inquiry.")
    assert len(measures(text, RURITANIA, FREEDONIA)) == 1



def test_a_licence_a_class_of_bodies_will_need_to_ship_goods_abroad_is_an_export_control():
    m = only("Ruritania said exporters will need a licence to ship gallium products abroad.",
             RURITANIA)
    assert (m.type, m.action, m.imposer) == ("export_control", "impose", "Ruritania")
    m = only("Ruritania said exporters will need a licence from the ministry to export magnets.",
             RURITANIA)
    assert (m.type, m.action) == ("export_control", "impose")
    # a licence to drive is none
    assert measures("Ruritania said drivers will need a licence to drive lorries.",
                    RURITANIA) == []


def _dated(text: str, *dates: tuple[str, str]) -> list:
    times = [TimeExpr(text.index(surface), text.index(surface) + len(surface), surface, "DATE",
                      value) for surface, value in dates]
    return extract_measures(text, split_sentences(text),
                            [actor(text, *RURITANIA), actor(text, *FREEDONIA)], times)


def test_the_goods_of_an_amount_cut_tell_its_quota_from_another_ones():
    text = ("Ruritania's ministers agreed to cut the amount of cod that can be caught next year"
            " by 15%. "
            "Ruritania kept the haddock quota at this year's level.")
    found = measures(text, RURITANIA)
    assert [(m.type, m.action) for m in found] == [("quota", "impose"), ("quota", "maintain")]
    # the same fish again is the same quota
    text = ("Ruritania's ministers agreed to cut the amount of cod that can be caught next year"
            " by 15%. "
            "Ruritania said the cod quota would be reviewed in June.")
    assert len(measures(text, RURITANIA)) == 1


def test_a_ban_on_other_goods_a_similar_ban_and_a_retaliation_are_records_of_their_own():
    story = ("Ruritania has extended its ban on wine imports from Freedonia. The ban was imposed "
             "on 27 March by Ruritania. Ruritania said imports of Freedonian brandy would be "
             "banned from Monday. Last year Ruritania banned imports of Freedonian ")
    found = measures(story + "fruit and vegetables.", RURITANIA, FREEDONIA)
    # wine, brandy (the goods a passive verb's subject names) and fruit: three bans
    assert [(m.type, m.action) for m in found] == [("import_ban", "extend"),
                                                   ("import_ban", "impose"),
                                                   ("import_ban", "impose")]
    # the wine ban's history joins it; brandy stays apart
    assert len(measures(story + "wine.", RURITANIA, FREEDONIA)) == 2
    found = analyze("Indonesia banned exports of nickel ore in January 2020. Lawmakers in the "
                    "Philippines are weighing a similar ban on raw ore exports.",
                    dt.date(2025, 9, 1)).measures
    assert [(m.type, m.action) for m in found] == [("export_control", "impose"),
                                                   ("export_control", "propose")]
    found = analyze("Washington imposed 50% tariffs on Brazilian goods in July. Lula gave a "
                    "committee 30 days to draw up a list of U.S. goods that could face "
                    "retaliatory tariffs.", dt.date(2025, 9, 1)).measures
    assert [(m.type, m.action) for m in found] == [("tariff", "impose"), ("tariff", "threaten")]


def test_penalties_told_after_sanctions_are_those_sanctions_a_step_of_their_own():
    text = ("The United States imposed sanctions on Cuba in 1962. The Treasury Department has "
            "agreed to suspend those penalties until May.")
    found = analyze(text, dt.date(1998, 3, 20)).measures
    assert [(m.type, m.action) for m in found] == [("sanction", "impose"), ("sanction", "delay")]
    # penalties with no sanctions told before them stay what they are
    text = "The Treasury Department has agreed to suspend the penalties until May."
    assert [m.type for m in analyze(text, dt.date(1998, 3, 20)).measures] == ["other"]


def test_a_step_laid_months_before_the_news_is_its_own_record():
    text = ("Ruritania expanded its controls on gallium exports on Thursday. Ruritania imposed "
            "licensing requirements on gallium in April.")
    found = _dated(text, ("on Thursday", "2025-10-09"), ("in April", "2025-04"))
    assert [(m.type, m.action) for m in found] == [("export_control", "impose")] * 2
    # told as the same one ("the requirements"), or weeks apart, it is one
    text = ("Ruritania expanded its controls on gallium exports on Thursday. Ruritania imposed "
            "the first of those controls in April.")
    assert len(_dated(text, ("on Thursday", "2025-10-09"), ("in April", "2025-04"))) == 1
    text = ("Ruritania expanded its controls on gallium exports on Thursday. Ruritania imposed "
            "licensing requirements on gallium in September.")
    assert len(_dated(text, ("on Thursday", "2025-10-09"), ("in September", "2025-09"))) == 1
    # so is one told as standing since months before
    text = ("Ruritania will impose an extra 40% tariff on Freedonian cars from next month. "
            "Freedonian electric cars have faced an extra 40% levy since March.")
    found = _dated(text, ("from next month", "2025-10"), ("since March", "2025-03"))
    assert [(m.type, m.action) for m in found] == [("tariff", "impose"), ("tariff", "maintain")]
    # a date after the news's is the step's own start, not another step
    text = ("Ruritania imposed licensing requirements on gallium in April. Ruritania "
            "expanded its controls on gallium exports on Thursday.")
    assert len(_dated(text, ("in April", "2025-04"), ("on Thursday", "2025-10-09"))) == 1


def test_steps_of_one_kind_years_apart_are_two_unless_told_as_the_ones_history():
    text = ("Ruritania will restrict exports of gallium from 1 August 2023. The move recalls "
            "2010, when Ruritania halted rare earth shipments to Freedonia.")
    found = _dated(text, ("1 August 2023", "2023-08-01"), ("2010", "2010"))
    assert [(m.type, m.targets) for m in found] == [("export_control", []),
                                                    ("export_control", ["Freedonia"])]
    # "the embargo" refers back: its history, one record
    text = ("Ruritania will lift its arms embargo on Freedonia in 2023. Ruritania imposed the "
            "embargo in 1989.")
    found = _dated(text, ("2023", "2023"), ("1989", "1989"))
    assert len(found) == 1


def test_told_reports_a_step_unless_an_infinitive_asks_for_one():
    text = "The Trade Commission told reporters it had now opened an investigation into Acme."
    m = only(text, actor(text, "Trade Commission", "organization", affiliation="Ruritania"),
             ("Acme", "organization"))
    assert (m.type, m.action) == ("investigation", "investigate")
    # told to: an appeal, no step taken
    assert measures("Ruritania told Freedonia to lift its tariffs on wine.", RURITANIA,
                    FREEDONIA) == []


def test_two_steps_each_told_as_new_are_two_records():
    text = ("Ruritania on Monday launched an anti-dumping investigation into pork from "
            "Freedonia. In January, the ministry opened an anti-dumping probe into brandy from "
            "Freedonia.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.action) for m in found] == [("trade_defence", "investigate")] * 2
    text = ("Ruritania imposed a ban on Freedonian beef. Ruritania also imposed a ban on "
            "Freedonian poultry.")
    assert len(measures(text, RURITANIA, FREEDONIA)) == 2
    # told again as the one before: one record
    text = ("Ruritania on Monday launched an anti-dumping investigation into pork from "
            "Freedonia. Ruritania opened the investigation after complaints by farmers.")
    assert len(measures(text, RURITANIA, FREEDONIA)) == 1


def test_a_trade_defence_probe_and_the_duties_it_leads_to_are_two_records():
    text = ("Ruritania opened an anti-subsidy investigation into Freedonian bicycles in "
            "October. Ruritania will impose provisional anti-subsidy duties of up to 38% on "
            "Freedonian bicycles from July.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.action) for m in found] == [("trade_defence", "investigate"),
                                                    ("trade_defence", "impose")]
    # the probe told again is the probe
    text = ("Ruritania opened an anti-subsidy investigation into Freedonian bicycles in "
            "October. Ruritania extended the anti-subsidy investigation by two months.")
    assert len(measures(text, RURITANIA, FREEDONIA)) == 1


def test_goods_that_already_face_a_rate_bear_a_measure_in_force():
    m = only("Freedonian cars already face a separate 25% Ruritanian levy.", RURITANIA,
             FREEDONIA)
    assert (m.type, m.action, m.imposer, m.magnitude) == ("tariff", "maintain", "Ruritania",
                                                         "25%")
    m = only("Freedonian steel makers continue to face Ruritanian tariffs of 25%.", RURITANIA,
             FREEDONIA)
    assert (m.type, m.action) == ("tariff", "maintain")
    # facing a new one is its imposition
    m = only("Freedonian steel will face a 10% Ruritanian duty from March.", RURITANIA,
             FREEDONIA)
    assert (m.type, m.action) == ("tariff", "impose")


def test_curbs_still_in_place_after_others_were_eased_are_a_record_of_their_own():
    text = ("Ruritania has already eased curbs on Freedonian coal and timber this year. "
            "Restrictions on Freedonian wine remain in place, however.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.action) for m in found] == [("import_ban", "ease"),
                                                    ("import_ban", "maintain")]
    # the ones eased, told again, are the same
    text = ("Ruritania has already eased curbs on Freedonian coal this year. The curbs remain "
            "in place for timber.")
    assert len(measures(text, RURITANIA, FREEDONIA)) == 1


def test_a_sentence_opening_it_continues_the_body_that_opened_the_one_before():
    text = ("Ruritania's Trade Ministry barred local firms from dealing with Acme Shipping, "
            "a Freedonian company. It said it would also investigate whether Freedonia's "
            "subsidies had harmed local shipyards.")
    found = measures(text, actor(text, "Trade Ministry", "organization",
                                 affiliation="Ruritania"), RURITANIA, FREEDONIA,
                     ("Acme Shipping", "organization"))
    probe = next(m for m in found if m.type == "investigation")
    assert (probe.action, probe.imposer) == ("investigate", "Trade Ministry")
    # "It is likely that ...": no one
    text = ("Ruritania's Trade Ministry met Acme Shipping. It is likely that an inquiry into "
            "Freedonian subsidies will follow.")
    found = measures(text, actor(text, "Trade Ministry", "organization",
                                 affiliation="Ruritania"), RURITANIA, FREEDONIA,
                     ("Acme Shipping", "organization"))
    assert all(m.imposer != "Trade Ministry" for m in found)


def test_barring_a_states_firms_from_dealing_with_a_party_blacklists_the_party():
    text = ("Ruritania's Trade Ministry barred Ruritanian companies from dealing with five "
            "units of the shipbuilder Acme Marine.")
    m = only(text, actor(text, "Trade Ministry", "organization", affiliation="Ruritania"),
             RURITANIA, ("Acme Marine", "organization"))
    assert (m.type, m.action, m.imposer, m.targets) == ("export_control", "impose",
                                                       "Trade Ministry", ["Acme Marine"])
    # the other way round: those barred from trading with the state's own firms bear it,
    # and "them" of a clause that tells the step before adds no measure
    text = ("Ruritania's Trade Ministry added six Freedonian defence firms to its entity list, "
            "barring them from trading with Ruritanian companies.")
    found = measures(text, actor(text, "Trade Ministry", "organization",
                                 affiliation="Ruritania"), RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in found] == [("export_control", "Trade Ministry")]
    # a trader barred from dealing with clients: no state's step
    assert measures("The trader was barred from dealing with clients for a year.") == []
    # under the same state's sanctions, the bar is part of them
    text = ("Ruritania imposed sanctions on Acme Oil and Globex. The order bars Ruritanian "
            "firms from dealing with the two companies.")
    found = measures(text, RURITANIA, ("Acme Oil", "organization"), ("Globex", "organization"))
    assert [(m.type, m.imposer) for m in found] == [("sanction", "Ruritania")]


def test_a_verb_that_is_also_a_noun_is_the_verb_before_its_object():
    m = only("The government cut the fuel subsidy that keeps Ruritanian petrol cheap.",
             RURITANIA)
    assert (m.type, m.action) == ("subsidy", "ease")
    # the noun, before a verb of its own
    assert measures("The copper levy comes on top of 50% duties.") == []


def test_a_tax_said_to_fall_or_rise_to_a_rate_is_a_tax_measure():
    text = ("Ruritania's finance minister presented the budget. He said the top rate of income "
            "tax would fall from 42% to 41%. VAT will rise to 17.5%.")
    found = measures(text, RURITANIA)
    assert [(m.type, m.action, m.magnitude) for m in found] == [
        ("other", "ease", "41%"), ("other", "impose", "17.5%")]
    # the tax itself cut, not a rate of it: a tax break
    text = "Ruritania cut income tax by 2p for pensioners."
    assert [(m.type, m.action) for m in measures(text, RURITANIA)] == [("subsidy", "impose")]
    # receipts, or a rise told with no rate: no measure
    text = ("Ruritania's finance minister presented the budget. Income tax receipts fell to "
            "£20bn. Corporation tax rose sharply last year.")
    assert measures(text, RURITANIA) == []


def test_a_criminal_case_opened_is_an_investigation():
    m = only("Ruritanian prosecutors had opened a criminal case into the forged certificates.",
             RURITANIA)
    assert (m.type, m.action, m.imposer) == ("investigation", "investigate", "Ruritania")
    # one that collapsed long ago, with no one named: nothing
    assert measures("The criminal case against him collapsed in 2003.") == []


def test_taking_a_party_to_the_wto_or_asking_it_to_rule_brings_a_dispute():
    m = only("Ruritania threatened to take Freedonia to the WTO over its wine subsidies.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer, m.targets) == ("investigation", "threaten",
                                                       "Ruritania", ["Freedonia"])
    m = only("Ruritania reserved the right to take the matter to the World Trade "
             "Organization.", RURITANIA)
    assert (m.type, m.action) == ("investigation", "threaten")
    m = only("Ruritania has asked the WTO to rule on Freedonia's export loans.", RURITANIA,
             FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("investigation", "investigate", "Ruritania")
    # a dispute that took time to reach it is no step
    assert measures("The dispute took two years to reach the WTO.") == []


def test_public_money_put_into_banks_handouts_and_cheap_loans_are_subsidies():
    m = only("Ruritania on Friday approved a 7.5 trillion crown injection of public money into "
             "its biggest banks.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("subsidy", "impose", "Ruritania")
    m = only("Ruritania offered 1.7 billion crowns in cut-rate loans to Acme Air.", RURITANIA,
             ("Acme Air", "organization"))
    assert (m.type, m.imposer, m.targets) == ("subsidy", "Ruritania", ["Acme Air"])
    # a firm's own capital raising is business
    assert measures("The bank received a capital injection from its parent.") == []


def test_a_round_of_official_checks_is_an_investigation():
    text = ("The Banking Agency said its inspectors would begin a new round of checks on the "
            "loan books of Acme Bank in July.")
    m = only(text, actor(text, "Banking Agency", "organization", affiliation="Ruritania"),
             ("Acme Bank", "organization"))
    assert (m.type, m.action, m.imposer, m.targets) == ("investigation", "investigate",
                                                       "Banking Agency", ["Acme Bank"])
    # a firm's own checks are business
    assert measures("The company ordered safety checks on its fleet.") == []


def test_similar_bans_after_a_flow_stopped_are_of_that_kind():
    text = ("Ruritania on Friday suspended imports of beef from Freedonia. Graustark said it "
            "would impose similar bans by Monday.")
    found = measures(text, RURITANIA, FREEDONIA, ("Graustark", "country"))
    assert [(m.type, m.action) for m in found] == [("import_ban", "impose"),
                                                    ("import_ban", "impose")]


def test_a_deal_named_by_its_title_in_passing_is_no_step():
    text = ("Graustark and Freedonia, Ruritania's partners in the North Sea Free Trade "
            "Agreement, said they would impose similar bans.")
    found = measures(text, RURITANIA, FREEDONIA, ("Graustark", "country"))
    assert all(m.type != "agreement" for m in found)
    # signed, it is one
    text = "Ruritania and Freedonia signed the North Sea Free Trade Agreement on Monday."
    m = only(text, RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("agreement", "impose")


def test_a_members_bill_is_put_forward_a_governments_is_laid():
    text = ("WASHINGTON (AP) -- The United States imposed sanctions on India. Sen. Karl "
            "Brenner said he would introduce legislation to waive the penalties.")
    found = analyze(text, dt.date(1998, 6, 5)).measures
    assert ("other", "propose") in [(m.type, m.action) for m in found]
    text = "The Ruritanian government will introduce legislation to ban smoking in bars."
    assert [m.action for m in measures(text, RURITANIA)] == ["impose"]


def test_those_who_will_pay_no_tax_have_a_tax_break():
    text = ("Ruritania's finance minister presented the budget. First-time buyers will pay no "
            "stamp duty on homes costing up to €317,500.")
    m = only(text, RURITANIA)
    assert (m.type, m.action) == ("subsidy", "impose")
    assert m.why is not None and m.why.startswith("measure.exempted")
    # not paying a duty owed is no measure
    text = ("Ruritania's finance minister presented the budget. Some firms did not pay the "
            "fuel duty.")
    assert measures(text, RURITANIA) == []


def test_a_rise_that_would_come_on_a_condition_is_a_threat():
    m = only("Ruritania said its tariffs on Freedonian goods would rise if Freedonia "
             "retaliated.", RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("tariff", "threaten")
    m = only("Ruritania said its tariffs on Freedonian steel will rise to 50% from Monday.",
             RURITANIA, FREEDONIA)
    assert m.action == "impose"


def test_an_abbreviation_the_name_finder_read_as_a_term_is_no_party():
    m = only("Ruritania keeps its ban on GM crops.", RURITANIA)
    assert "General Motors" not in m.targets and m.type != "investment_restriction"


def test_a_deals_content_of_another_type_is_a_record_laid_by_the_deals_sides():
    text = ("Ruritania and Freedonia signed a deal that limits Freedonian steel imports to "
            "750,000 tons a year.")
    found = measures(text, RURITANIA, FREEDONIA)
    assert [(m.type, m.imposer) for m in found] == [("agreement", "Ruritania"),
                                                    ("quota", "Ruritania")]


def test_a_ban_in_force_since_a_time_past_stands():
    # "has been banned ... since": laid before, still in force (4.4 maintain)
    m = only("Advertising for Acme cigarettes has been banned in Ruritania since 1999.",
             RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "maintain", "Ruritania")
    m = only("Ruritania has imposed duties on Freedonian steel since March.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("tariff", "maintain")
    # "since" giving a reason, or no perfect tense: the step as told
    m = only("Ruritania has imposed duties on Freedonian steel since it fears a glut.",
             RURITANIA, FREEDONIA)
    assert m.action == "impose"
    m = only("Ruritania imposed duties on Freedonian steel in March, its first step since "
             "1999.", RURITANIA, FREEDONIA)
    assert m.action == "impose"
    # persons barred from a game by its maker are no measure
    assert measures("About 20,000 players have been banned from playing the game.") == []


def test_a_ban_throughout_the_union_is_the_unions():
    text = "Tobacco advertising on television has been banned throughout the EU since 1989."
    m = only(text, ("European Union", "organization", "EU"))
    assert (m.type, m.action, m.imposer, m.targets) == ("other", "maintain", "European Union",
                                                        [])


def test_public_money_put_up_to_help_a_group_is_a_subsidy():
    m = only("Ruritania has set aside 5m euros (£3.4m) to compensate growers who must "
             "destroy treated seed.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("subsidy", "impose", "Ruritania")
    m = only("The minister said Ruritania would offer £10m in aid to help skippers fit new "
             "nets.", RURITANIA)
    assert (m.type, m.imposer) == ("subsidy", "Ruritania")
    # a firm's provision for its customers, money with no help named: no measure
    assert measures("Acme has set aside $500m to compensate customers.",
                    ("Acme", "organization")) == []
    assert measures("Ruritania offered £10m for the painting.", RURITANIA) == []


def test_public_money_put_up_to_better_or_prop_up_what_a_group_has_is_a_subsidy():
    m = only("Ruritania will spend an extra £220m over three years to improve school "
             "dinners.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("subsidy", "impose", "Ruritania")
    m = only("Ruritania plans to set aside 10 billion won to shore up its shipbuilders.",
             RURITANIA)
    assert (m.type, m.action) == ("subsidy", "propose")
    m = only("Ruritania will pay farmers 500 million euros to compensate for the drought.",
             RURITANIA)
    assert (m.type, m.action, m.imposer) == ("subsidy", "impose", "Ruritania")
    m = only("Ruritania said it would buy up to 2.5 million tons of wheat for food aid, in an "
             "effort to shore up prices.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("subsidy", "impose", "Ruritania")
    # a firm's money, paying for work, buying with no price held up: no measure
    acme = ("Acme", "organization")
    assert measures("Acme will spend $1bn to improve its network.", acme) == []
    assert measures("Acme bought 2 million tonnes of soybeans to lift prices.", acme) == []
    assert measures("Ruritania will pay contractors $5bn to build the bridge.", RURITANIA) == []
    assert measures("Ruritania will buy 40 fighter jets to replace its fleet.", RURITANIA) == []


def test_stakes_bailouts_loan_guarantees_and_tax_exemptions_a_state_grants_are_aid():
    for text in ("Ruritania will take a 10% stake in Acme.",
                 "Ruritania bailed out the national airline with a 3 billion euro loan.",
                 "Ruritania will guarantee loans to small businesses.",
                 "Ruritania will exempt electric vehicles from purchase tax until 2027."):
        m = only(text, RURITANIA, ("Acme", "organization"))
        assert (m.type, m.action, m.imposer) == ("subsidy", "impose", "Ruritania"), text
    # a firm's stake is business
    assert measures("Globex took a 10% stake in Acme.", ("Globex", "organization"),
                    ("Acme", "organization")) == []
    m = only("Farmers will receive direct payments of 200 euros per hectare, Ruritania said.",
             RURITANIA)
    assert (m.type, m.action) == ("subsidy", "impose")


def test_conduct_a_state_bars_a_class_of_bodies_from_is_a_duty_on_that_class():
    for text in ("Ruritania barred state agencies from flying drones made abroad.",
                 "Ruritania banned banks from charging fees on cash withdrawals.",
                 "Ruritania prohibits landlords from evicting tenants in winter."):
        m = only(text, RURITANIA)
        assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania"), text
    # a firm's rule for its staff, a law that holds changes back, trade barred: not this
    assert measures("Acme barred its employees from using rival phones.",
                    ("Acme", "organization")) == []
    assert measures("A 1998 law bars the changes from taking effect until May.",
                    RURITANIA) == []
    assert all(m.type != "other" for m in measures(
        "Ruritania barred its chipmakers from exporting chips to Freedonia.",
        RURITANIA, FREEDONIA))


def test_a_states_own_investors_barred_from_buying_shares_abroad_is_its_restriction():
    for text in ("The US barred American investors from investing in 31 Chinese companies.",
                 "The US barred American investors from buying shares in 31 Chinese "
                 "companies."):
        found = analyze(text, dt.date(2021, 1, 1)).measures
        assert [(m.type, m.action, m.imposer) for m in found] == [
            ("investment_restriction", "impose", "United States")], text
    assert analyze("The club barred fans from buying shares in the team.",
                   dt.date(2021, 1, 1)).measures == []


def test_goods_from_abroad_a_state_stops_taking_are_banned_and_taken_again_eased():
    found = analyze("China stopped buying US soybeans in May.", dt.date(2019, 8, 6)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("import_ban", "impose", "China", ["United States"])]
    found = analyze("Japan refused to accept shipments of beef from the United States.",
                    dt.date(2004, 1, 6)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [("import_ban", "impose", "Japan")]
    found = analyze("Beijing resumed buying Australian barley.", dt.date(2023, 8, 6)).measures
    assert [(m.type, m.action) for m in found] == [("import_ban", "ease")]
    found = analyze("China has let Australian coal back into its ports since January.",
                    dt.date(2023, 5, 1)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("import_ban", "ease", "China", ["Australia"])]
    # a firm's purchases are its business
    assert analyze("Acme stopped buying raw materials from Brazil.",
                   dt.date(2019, 8, 6)).measures == []


def test_talks_between_states_suspended_broken_off_or_resumed_are_steps_of_a_deal():
    cases = (("Brazil has suspended talks with Argentina on a new regime for trade in cars.",
              ("agreement", "delay", "Brazil", ["Argentina"])),
             ("Canada broke off trade talks with the United States on Friday.",
              ("agreement", "lift", "Canada", ["United States"])),
             ("India resumed negotiations with the European Union in June.",
              ("agreement", "impose", "India", ["European Union"])))
    for text, expected in cases:
        found = analyze(text, dt.date(2025, 6, 20)).measures
        assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [expected], text
    # a firm's talks are its business
    assert analyze("Acme Corp suspended talks with Globex Inc on a merger.",
                   dt.date(2025, 6, 20)).measures == []


def test_a_step_its_own_relative_clause_tells_stands_in_a_sentence_about_talks():
    found = analyze("The EU negotiates with Washington over 20% tariffs on European goods that "
                    "the United States paused for 90 days.", dt.date(2025, 4, 20)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("tariff", "delay", "United States")]
    # what talks are about, with nothing done to it, is no measure
    assert analyze("The EU negotiates with Washington over 20% tariffs on European goods.",
                   dt.date(2025, 4, 20)).measures == []


def test_who_places_a_party_under_investigation_investigates_it():
    for text in ("Italian prosecutors placed Calisto Tanzi under investigation.",
                 "Prosecutors in Milan put Calisto Tanzi under investigation."):
        found = analyze(text, dt.date(2004, 1, 2)).measures
        assert [(m.type, m.imposer, m.targets) for m in found] == [
            ("investigation", "Italy", ["Calisto Tanzi"])], text


def test_a_list_of_state_sponsors_of_terrorism_is_a_sanction_on_those_listed():
    found = analyze("Washington removed Cuba from its list of state sponsors of terrorism.",
                    dt.date(2015, 5, 30)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("sanction", "lift", "United States", ["Cuba"])]
    found = analyze("Iran remains on the State Department's list of countries that sponsor "
                    "terrorism.", dt.date(2000, 3, 18)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("sanction", "maintain", "State Department", ["Iran"])]


def test_a_measures_standing_is_read_past_an_aside_telling_its_history():
    for text in ("China placed 14 firms on its unreliable entity list on Thursday. Controls on "
                 "drone components, in place since September last year, remain in force.",
                 "China placed 14 firms on its unreliable entity list on Thursday. Controls on "
                 "drone components, first imposed in 2023, remain in force."):
        found = analyze(text, dt.date(2025, 10, 10)).measures
        assert [(m.action, m.imposer) for m in found][-1] == ("maintain", "China"), text


def test_controls_on_other_goods_standing_are_the_kind_told_and_a_record_of_their_own():
    text = ("China expanded its export controls on rare earths on Thursday. China also placed "
            "14 firms on its unreliable entity list. Controls on drone components, in place "
            "since September last year, remain in force.")
    found = analyze(text, dt.date(2025, 10, 10)).measures
    standing = [m for m in found if m.text.startswith("Controls on drone")]
    assert [(m.type, m.action, m.imposer) for m in standing] == [
        ("export_control", "maintain", "China")]


def test_goods_subject_to_a_duty_bear_it_and_will_be_subject_to_one_laid_anew():
    found = analyze("Steel from Britain is subject to a 25% US duty.",
                    dt.date(2025, 9, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("tariff", "maintain", "United States")]
    found = analyze("All conversions of dollars into pesos will from 8 November be subject to "
                    "a 10% tax, Cuba's central bank said.", dt.date(2004, 10, 26)).measures
    assert [(m.type, m.action) for m in found] == [("other", "impose")]


def test_what_a_public_authority_orders_a_named_party_to_do_is_a_measure_on_it():
    ftc = ("Fair Trade Commission", "organization")
    acme = ("Acme", "organization")
    m = only("The Fair Trade Commission ordered Acme to stop restricting rival search "
             "engines.", ftc, acme)
    assert (m.type, m.action, m.imposer, m.targets) == (
        "other", "impose", "Fair Trade Commission", ["Acme"])
    # a firm's order to another, a coach's to players: none
    assert measures("Acme ordered Globex to stop using its logo.", acme,
                    ("Globex", "organization")) == []
    assert measures("The coach ordered his players to stop talking to the press.") == []


def test_a_public_bodys_suit_and_a_party_it_takes_to_court_are_its_case():
    ftc = ("Fair Trade Commission", "organization")
    acme = ("Acme", "organization")
    m = only("The Fair Trade Commission sued Acme for abusing its monopoly.", ftc, acme)
    assert (m.type, m.action, m.imposer, m.targets) == (
        "investigation", "investigate", "Fair Trade Commission", ["Acme"])
    assert m.why is not None and m.why.startswith("measure.court-case")
    commission = ("European Commission", "organization", "European Commission", "Commission")
    m = only("The European Commission took Ruritania to court over its asylum law.",
             commission, RURITANIA)
    assert (m.type, m.imposer, m.targets) == ("investigation", "European Commission",
                                              ["Ruritania"])
    assert m.why is not None and m.why.startswith("measure.court-case")
    # a private suit, or a firm taking a state to court, is no public body's case
    assert measures("Shareholders are suing Acme over its accounts.", acme) == []
    assert measures("Acme took Ruritania to court over the ban.", acme, RURITANIA) == []


def test_the_bidder_named_after_a_takeover_blocked_is_its_target():
    acme = ("Acme Holdings", "organization")
    m = only("Ruritania blocked the takeover of the tyre maker by Acme Holdings.",
             RURITANIA, acme)
    assert (m.type, m.imposer, m.targets) == (
        "investment_restriction", "Ruritania", ["Acme Holdings"])
    # a bid to do something is no takeover
    assert measures("Ruritania will veto any bid to cut the rebate secured by Anna Berg.",
                    RURITANIA, ("Anna Berg", "person")) == []


def test_licences_revoked_white_lists_and_loans_extended_read_as_what_they_do():
    text = "Ruritania revoked licences that allowed Acme to buy Ruritanian components."
    found = measures(text, RURITANIA, ("Acme", "organization"))
    assert [(m.type, m.action) for m in found] == [("export_control", "impose")]
    m = only("Ruritania removed Freedonia from its white list of trusted trading partners.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.targets) == ("export_control", "impose", ["Freedonia"])
    m = only('Ruritania restored Freedonia to its "white list" of trusted trading partners.',
             RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("export_control", "ease")
    m = only("Ruritania will extend low-interest loans to carmakers.", RURITANIA)
    assert (m.type, m.action) == ("subsidy", "impose")
    # a loan scheme kept longer is extended
    m = only("Ruritania will extend its low-interest loan scheme until 2027.", RURITANIA)
    assert m.action == "extend"


def test_rules_and_caps_on_foreign_ownership_restrict_investment():
    m = only("Ruritania will scrap rules barring foreign investors from palm oil plantations.",
             RURITANIA)
    assert (m.type, m.action) == ("investment_restriction", "lift")
    m = only("Ruritania will relax rules on foreign ownership of banks.", RURITANIA)
    assert (m.type, m.action) == ("investment_restriction", "ease")
    m = only("Ruritania lifted the cap on foreign ownership of carmakers.", RURITANIA)
    assert (m.type, m.action) == ("investment_restriction", "lift")
    # rules on anything else stay other
    m = only("Ruritania will relax rules on foreign travel.", RURITANIA)
    assert m.type == "other"


def test_deposits_at_a_rate_on_goods_are_provisional_trade_defence_duties():
    m = only("Ruritania will require importers of pork from Freedonia to pay deposits of 15.6% "
             "to 62.4% from September 10.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("trade_defence", "impose", "Ruritania")
    m = only("Ruritania will impose provisional deposits of 20% on brandy from Freedonia.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.targets) == ("trade_defence", "impose", ["Freedonia"])
    # a buyer's deposit is no duty
    assert measures("Buyers must pay a deposit of 10% when they order a new car.") == []


def test_permits_a_state_stops_issuing_halt_what_they_allow():
    m = only("Ruritania said it would stop issuing permits for new smelters from next year.",
             RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")
    m = only("Ruritania has stopped issuing certificates for Freedonia-bound meat for 30 "
             "days.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("export_control", "impose", "Ruritania")
    m = only("Ruritania halted the granting of new licences for meat bound for Freedonia.",
             RURITANIA, FREEDONIA)
    assert m.type == "export_control"
    # a firm that stops issuing its own certificates takes no measure
    assert measures("Acme stopped issuing gift certificates last year.",
                    ("Acme", "organization")) == []


def test_output_a_cartel_or_a_state_cuts_in_barrels_is_a_production_quota():
    cartel = ("Organization of the Petroleum Exporting Countries", "organization", "OPEC")
    m = only("OPEC oil ministers agreed on Tuesday to cut production by 1.7 million barrels a "
             "day.", cartel)
    assert (m.type, m.action, m.imposer) == (
        "quota", "impose", "Organization of the Petroleum Exporting Countries")
    m = only("Ruritania said it would raise output to 10 million barrels a day.", RURITANIA)
    assert (m.type, m.action) == ("quota", "ease")
    m = only("Ruritania pledged to cut a further 400,000 barrels a day.", RURITANIA)
    assert m.type == "quota"
    # no barrels told, a firm's own output, a step judged unlikely: no measure
    assert measures("Ruritania will cut production of coal.", RURITANIA) == []
    assert measures("Acme will cut production by 5,000 barrels a day.",
                    ("Acme", "organization")) == []
    assert measures("OPEC said it was now unlikely to cut production by 500,000 barrels a "
                    "day.", cartel) == []


def test_a_lift_judged_unlikely_leaves_the_measure_standing():
    m = only("Ruritania is unlikely to lift its ban on Freedonian beef this year.",
             RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("import_ban", "maintain")


def test_a_case_a_public_body_brings_in_court_is_an_official_probe():
    commission = ("European Commission", "organization", "European Commission", "Commission")
    m = only("The European Commission launched infringement proceedings against Ruritania.",
             commission, RURITANIA)
    assert (m.type, m.action, m.imposer, m.targets) == (
        "investigation", "investigate", "European Commission", ["Ruritania"])
    justice = ("Department of Justice", "organization", "Justice Department")
    m = only("The Justice Department filed an antitrust lawsuit against Acme Corp.", justice,
             ("Acme Corp.", "organization"))
    assert (m.type, m.imposer, m.targets) == ("investigation", "Department of Justice",
                                              ["Acme Corp."])
    # private lawsuits are no measures (4.1), whoever's nationality the sentence gives
    assert measures("Freedonian sprinter Ana Lopez has filed a lawsuit for defamation "
                    "against Acme.", FREEDONIA, ("Ana Lopez", "person"),
                    ("Acme", "organization")) == []
    assert measures("The producer is facing legal action from the mother of the actress.") \
        == []


def test_a_deal_a_step_is_said_to_break_is_no_step_of_its_own():
    found = measures("Ruritania has kept a 17% duty on Freedonian seeds, which Freedonia says "
                     "breaks the spirit of a Ruritanian partnership accord.", RURITANIA,
                     FREEDONIA)
    assert [(m.type, m.action) for m in found] == [("tariff", "maintain")]
    m = only("Ruritania and Freedonia signed a partnership accord.", RURITANIA, FREEDONIA)
    assert (m.type, m.action) == ("agreement", "impose")


def test_a_products_sale_an_authority_stops_is_a_ban():
    m = only("Ruritania has suspended the sale of an insecticide blamed for the deaths of "
             "bees.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")
    # a firm's own sales: business
    assert measures("Acme suspended the sale of its phones.", ("Acme", "organization")) == []


def test_controls_on_capital_are_a_measure():
    m = only("Ruritania imposed sweeping controls on money leaving the country.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "impose", "Ruritania")
    m = only("Ruritania will lift its capital controls next year.", RURITANIA)
    assert (m.type, m.action) == ("other", "lift")


def test_a_state_asking_a_court_to_annul_a_rule_brings_a_case():
    m = only("Ruritania has asked the European Court of Justice to annul the directive.",
             RURITANIA)
    assert (m.type, m.action, m.imposer) == ("investigation", "investigate", "Ruritania")
    # a firm going to court: a private lawsuit (4.1)
    assert measures("Acme asked the High Court to block the merger.",
                    ("Acme", "organization")) == []


def test_a_measures_verb_after_a_which_clause_set_off_by_commas_reads_it():
    m = only("Ruritania's quota for haddock, which is caught alongside cod, will rise by 10%.",
             RURITANIA)
    assert (m.type, m.action) == ("quota", "ease")
    m = only("Ruritania's tariffs on steel, which were imposed in March, will be lifted.",
             RURITANIA)
    assert (m.type, m.action) == ("tariff", "lift")


def test_rules_put_back_are_delayed():
    m = only("Ruritania's parliament voted to put back its own rules until 1 January.",
             RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "delay", "Ruritania")


def test_the_amount_of_goods_allowed_cut_is_a_quota():
    m = only("Ruritania's ministers agreed to cut the amount of cod that trawlers may land "
             "next year by 15%.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("quota", "impose", "Ruritania")
    m = only("Ruritania will raise the amount of rice that can be imported.", RURITANIA)
    assert (m.type, m.action) == ("quota", "ease")
    # a firm's own output
    assert measures("Acme cut the amount of steel that it can produce.",
                    ("Acme", "organization")) == []


def test_money_made_available_to_help_a_group_is_a_subsidy():
    m = only("Ruritania said it would make £10m available to help skippers who tie up their "
             "boats.", RURITANIA)
    assert (m.type, m.imposer) == ("subsidy", "Ruritania")


def test_a_sum_given_as_help_to_a_group_is_a_subsidy():
    m = only("On Monday Ruritania announced 370 million dollars in support for its beet "
             "growers, including cheap loans.", RURITANIA)
    assert (m.type, m.action, m.imposer, m.magnitude) == (
        "subsidy", "impose", "Ruritania", "370 million dollars")
    m = only("Ruritania has promised a fund of 1 billion euros to compensate fishermen.",
             RURITANIA)
    assert (m.type, m.imposer) == ("subsidy", "Ruritania")
    m = only("Freedonia unveiled a £2bn package of childcare support over ten years.",
             FREEDONIA)
    assert m.type == "subsidy"
    # one record where a trigger phrase names the same aid; backing for a plan is no money
    m = only("Ruritania approved $4bn in emergency aid for farmers.", RURITANIA)
    assert m.why == "measure.verb-object: 'approved' + 'aid for farmers'"
    assert measures("Freedonia voiced support for the plan.", FREEDONIA) == []


def test_public_money_a_group_of_people_will_receive_is_a_subsidy():
    m = only("Ruritanian pensioner households are to receive a one-off £200 payment towards "
             "their heating bills.", RURITANIA)
    assert (m.type, m.action, m.magnitude) == ("subsidy", "impose", "£200")
    m = only("Parents of children under six will receive a new childcare supplement of €1,000 "
             "a year, Ruritania said.", RURITANIA)
    assert (m.type, m.action) == ("subsidy", "impose")
    # what a firm pays its shareholders is no subsidy
    assert measures("Shareholders of Acme will receive a payment of 20p a share.",
                    ("Acme", "organization")) == []


def test_waters_a_state_shuts_to_fleets_are_a_measure():
    m = only("Ruritania has threatened to shut its waters to Freedonian trawlers unless "
             "Freedonia accepts a smaller share of the catch.", RURITANIA, FREEDONIA)
    assert (m.type, m.action, m.imposer) == ("other", "threaten", "Ruritania")
    assert measures("The port will close to fishing boats during the storm.") == []


def test_a_brand_among_the_goods_banned_is_no_party_barred():
    # "imports of ... Borjomi water will be banned": the name is of the goods, not a body
    # barred from something ("Acme will be banned from the case")
    text = "Russia said imports of Georgian brandy and Zentrix mineral water would be " \
        "banned from Monday."
    found = analyze(text, dt.date(2006, 4, 5)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("import_ban", "impose", "Russia")]
    assert analyze("Zentrix Holdings will be banned from the case.",
                   dt.date(2006, 4, 5)).measures == []


def test_maximum_prices_and_a_minimum_wage_that_rises_are_measures():
    found = analyze("The health ministry of Ruritania will impose maximum prices on 500 "
                    "generic drugs from February.", dt.date(2004, 11, 3)).measures
    assert [(m.type, m.action) for m in found] == [("other", "impose")]
    found = analyze("Britain's minimum wage will rise to £5.05 an hour from 1 October, the "
                    "government said.", dt.date(2005, 2, 24)).measures
    assert [(m.type, m.action) for m in found] == [("other", "impose")]
    # a rise told as a noun before the wage, and laws that "keep up", are no step
    assert analyze("The last rise in the minimum wage cost my company 5,000 dollars. Our "
                   "laws cannot keep up.", dt.date(2005, 2, 24)).measures == []


def test_a_body_after_an_opening_time_is_the_subject_of_a_verb_naming_a_measure():
    # "On Tuesday, the Bureau of Customs raided ...": the time is no prepositional phrase
    # holding the body
    found = analyze("On Tuesday, the Bureau of Customs raided three warehouses in Manila.",
                    dt.date(2025, 2, 13)).measures
    assert [(m.type, m.imposer) for m in found] == [("investigation", "Bureau of Customs")]


def test_a_quantity_let_in_is_a_quota():
    found = analyze("From May, the ministry will allow imports of up to 30,000 tonnes over two "
                    "months.", dt.date(2025, 2, 13)).measures
    assert [(m.type, m.action, m.magnitude) for m in found] == [
        ("quota", "impose", "30,000 tonnes")]
    # no quantity: the ban is lifted
    found = analyze("The ministry will allow imports of beef from Brazil again.",
                    dt.date(2025, 2, 13)).measures
    assert [(m.type, m.action) for m in found] == [("import_ban", "lift")]


def test_duties_of_a_trade_defence_body_are_trade_defence():
    found = analyze("Australia's Anti-Dumping Commission is reviewing duties on Chinese wind "
                    "towers.", dt.date(2024, 3, 28)).measures
    assert [(m.type, m.action) for m in found] == [("trade_defence", "investigate")]
    found = analyze("The Trade Remedies Authority will impose duties on Chinese steel.",
                    dt.date(2024, 3, 28)).measures
    assert [(m.type, m.action) for m in found] == [("trade_defence", "impose")]
    # another body's duties stay duties
    found = analyze("The Finance Ministry will impose duties on Chinese steel.",
                    dt.date(2024, 3, 28)).measures
    assert [m.type for m in found] == ["tariff"]


@pytest.mark.parametrize("text", [
    "The European Commission opened an investigation into whether Chinese makers of ferry "
    "engines received unfair state subsidies.",
    "China's Ministry of Commerce opened a probe into whether cognac from the EU was dumped "
    "on its market.",
    "Canada launched an inquiry into whether steel wire from Vietnam is sold below cost.",
])
def test_a_probe_into_dumped_or_unfairly_subsidised_goods_is_trade_defence(text):
    found = analyze(text, dt.date(2024, 3, 28)).measures
    assert [(m.type, m.action) for m in found] == [("trade_defence", "investigate")]


def test_a_probe_into_other_conduct_stays_an_investigation():
    found = analyze("The European Commission opened an investigation into whether Intel abused "
                    "its dominant position.", dt.date(2024, 3, 28)).measures
    assert [m.type for m in found] == ["investigation"]


def test_a_deal_in_a_policys_capitalized_name_is_the_states_programme_not_an_agreement():
    m = only("Ruritania will extend the New Deal jobs programme to older workers.", RURITANIA)
    assert (m.type, m.action, m.imposer) == ("other", "extend", "Ruritania")
    m = only("Ruritania and Freedonia signed a trade deal on Monday.", RURITANIA, FREEDONIA)
    assert m.type == "agreement"


@pytest.mark.parametrize("text", [
    "Ruritania barred Acme from selling its X200 chips to Freedonia.",
    "Ruritania stopped Acme from shipping engine parts to Zentrix.",
])
def test_a_state_barring_a_firms_sales_abroad_is_an_export_control(text):
    found = measures(text, RURITANIA, FREEDONIA, ("Acme", "organization"),
                     ("Zentrix", "organization"))
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("export_control", "impose", "Ruritania")]


def test_a_sale_barred_at_home_is_no_export_control():
    assert measures("Ruritania barred Acme from selling cigarettes to teenagers.", RURITANIA,
                    ("Acme", "organization")) == []


def test_a_licence_needed_before_shipping_abroad_is_an_export_control():
    m = only("Ruritania will require Acme to obtain a licence before shipping its lithography "
             "machines to Freedonia.", RURITANIA, FREEDONIA, ("Acme", "organization"))
    assert (m.type, m.action, m.imposer) == ("export_control", "impose", "Ruritania")


def test_stakes_a_state_orders_sold_are_a_forced_sale():
    m = only("Ruritania ordered two Freedonian funds to sell their stakes in a rare earths "
             "miner.", RURITANIA, ("Freedonia", "country", "Freedonian"))
    assert (m.type, m.action, m.imposer) == ("investment_restriction", "impose", "Ruritania")
    assert measures("Investors sold their stakes in Acme on Monday.",
                    ("Acme", "organization")) == []


def test_a_transaction_ban_is_a_sanction_and_a_packages_new_step_its_own_record():
    text = ("Freedonia adopted a new package of sanctions against Ruritania on Friday. The "
            "package also imposes a full transaction ban on three Ruritanian banks.")
    found = measures(text, FREEDONIA, RURITANIA)
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("sanction", "impose", "Freedonia"), ("sanction", "impose", "Freedonia")]
    # the sanctions told again are the same record
    text = ("Freedonia adopted a new package of sanctions against Ruritania on Friday. The "
            "sanctions take effect on Monday.")
    assert len(measures(text, FREEDONIA, RURITANIA)) == 1


@pytest.mark.parametrize("text", [
    "Ruritania will give carmakers 500m crowns to build electric vans.",
    "Ruritania granted $39 billion to chipmakers last year.",
    "Ruritania will subsidise the purchase of hydrogen cars.",
])
def test_public_money_handed_to_a_group_or_paying_for_a_thing_is_a_subsidy(text):
    found = measures(text, RURITANIA)
    assert [(m.type, m.imposer) for m in found] == [("subsidy", "Ruritania")]


def test_a_firms_bonus_to_its_staff_is_no_subsidy():
    assert measures("Acme gave its workers a 500 crown bonus to buy shares.",
                    ("Acme", "organization")) == []


def test_exports_that_will_require_a_licence_are_an_export_control():
    text = "Exports of gallium will require a licence from August 1, Ruritania said."
    found = measures(text, RURITANIA)
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("export_control", "impose", "Ruritania")]


@pytest.mark.parametrize("text", [
    "Australia blocked a Chinese bid for its largest dairy company.",
    "Australia rejected a Chinese bid for its largest dairy company.",
    "Australia blocked the sale of its main port operator to a Chinese buyer.",
    "Australia banned its citizens from investing in Chinese military companies.",
])
def test_a_takeover_or_investment_a_state_bars_is_an_investment_restriction(text):
    found = analyze(text, dt.date(2024, 3, 28)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investment_restriction", "impose", "Australia")]


def test_a_sale_of_goods_barred_abroad_stays_an_export_control():
    m = only("Ruritania blocked the sale of advanced chips to Freedonia.", RURITANIA,
             FREEDONIA)
    assert (m.type, m.imposer) == ("export_control", "Ruritania")


def test_rules_keeping_foreign_owners_out_are_an_investment_restriction():
    found = analyze("Ottawa will keep its rules barring foreign companies from buying Canadian "
                    "publishers.", dt.date(1999, 5, 26)).measures
    assert [(m.type, m.action) for m in found] == [("investment_restriction", "maintain")]
    found = analyze("Beijing scrapped a law that prevented foreign investors from owning more "
                    "than half of a car maker.", dt.date(1999, 5, 26)).measures
    assert [(m.type, m.action) for m in found] == [("investment_restriction", "lift")]
    # rules on something else stay other
    found = analyze("Beijing scrapped a law that prevented banks from lending to farmers.",
                    dt.date(1999, 5, 26)).measures
    assert [m.type for m in found] == ["other"]


def test_funds_withheld_as_a_penalty_and_national_insurance_cut():
    found = analyze("The European Commission warned that it could withhold up to £100m of "
                    "farm funding from the UK.", dt.date(2006, 3, 16)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("other", "threaten", "European Commission")]
    assert analyze("Acme will withhold funding from the project.",
                   dt.date(2006, 3, 16)).measures == []
    found = analyze("The government will cut national insurance contributions.",
                    dt.date(2005, 2, 24)).measures
    assert [(m.type, m.action) for m in found] == [("subsidy", "impose")]


def test_royalties_support_programmes_and_cases_opened_by_a_public_body():
    found = analyze("JAKARTA - Indonesia will raise royalties on nickel ore from April 26.",
                    dt.date(2025, 4, 14)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [("other", "impose", "Indonesia")]
    assert analyze("The band's label will raise royalties for artists.",
                   dt.date(2025, 4, 14)).measures == []
    found = analyze("The Department of Agriculture said it would extend an export support "
                    "programme for citrus growers until March 31, 2025.",
                    dt.date(2023, 11, 21)).measures
    assert [(m.type, m.action) for m in found] == [("subsidy", "extend")]
    found = analyze("The Federal Antimonopoly Service said it had opened cases against three "
                    "fuel retailers.", dt.date(2023, 9, 22)).measures
    assert [(m.type, m.imposer) for m in found] == [
        ("investigation", "Federal Antimonopoly Service")]
    assert analyze("The music industry has started legal cases against owners of file-sharing "
                   "networks.", dt.date(2005, 3, 1)).measures == []


def test_the_decree_a_step_is_laid_under_is_no_measure_of_its_own():
    found = analyze("Turkey will impose an additional 40% tariff on cars imported from China, "
                    "under a presidential decree published in the Official Gazette on "
                    "Saturday.", dt.date(2024, 6, 10)).measures
    assert [(m.type, m.action) for m in found] == [("tariff", "impose")]


def test_an_exemption_from_a_tariff_told_before_is_a_step_of_its_own():
    text = ("Turkey will impose a 40% tariff on cars imported from China from July 8. Trade "
            "Minister Omer Bolat said companies that build factories in Turkey would be "
            "exempted from the new tariff from July 8.")
    found = analyze(text, dt.date(2024, 6, 10)).measures
    assert [(m.type, m.action) for m in found] == [("tariff", "impose"), ("tariff", "ease")]


def test_a_fund_set_up_for_a_group_and_a_complaint_to_a_dispute_forum():
    found = analyze("Canada agreed to set up a fund to support Canadian publishers.",
                    dt.date(1999, 5, 26)).measures
    # (beside the agreement Canada's word makes)
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("agreement", "impose", "Canada"), ("subsidy", "impose", "Canada")]
    assert analyze("Investors set up a fund to buy shares.", dt.date(1999, 5, 26)).measures == []
    text = ("Washington will file a complaint with the International Civil Aviation "
            "Organization, the U.N. aviation body, within 60 days if the rules are adopted.")
    found = analyze(text, dt.date(1999, 3, 10))
    assert [(m.type, m.action) for m in found.measures] == [("investigation", "threaten")]
    # the deadline's label leaves out the condition that follows the aside
    assert [d.what for d in found.deadlines] == [
        "Washington will file a complaint with the International Civil Aviation Organization"]


def test_help_given_on_a_condition_is_no_threat():
    text = ("The government said it would give 20 billion won in low-interest loans to film "
            "producers and exempt cinemas from the entertainment tax if they meet the quota.")
    found = analyze(text, dt.date(1998, 12, 2)).measures
    assert [(m.type, m.action) for m in found] == [("subsidy", "impose")]


def test_a_step_told_with_no_agent_is_laid_by_the_body_that_announces_it():
    found = analyze("Tariffs on steel will rise to 25% from August 1, the Ministry of Commerce "
                    "said.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.imposer) for m in found] == [("tariff", "Ministry of Commerce")]
    # a firm or a person speaking lays nothing
    found = analyze("Tariffs on steel will rise to 25% from August 1, Zentrix Holdings said.",
                    dt.date(2025, 3, 1)).measures
    assert [m.imposer for m in found] == [None]


def test_a_ban_laid_on_its_own_day_after_one_extended_is_another_ban():
    text = ("Russia has extended its ban on wine imports from Georgia and Moldova. He also said "
            "imports of Georgian brandy would be banned from Monday.")
    found = analyze(text, dt.date(2006, 4, 5)).measures
    assert [(m.type, m.action) for m in found] == [("import_ban", "extend"),
                                                     ("import_ban", "impose")]


def test_loans_grants_and_rebates_a_public_body_gives_are_state_aid():
    found = analyze("The Export-Import Bank of Freedonia is offering loans to developers of "
                    "lithium mines.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("subsidy", "impose", "Export-Import Bank of Freedonia")]
    found = analyze("Ruritania's Ministry of Trade will provide $2 billion in grants to "
                    "shipbuilders.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.magnitude) for m in found] == [("subsidy", "$2 billion")]
    # a bank lending on its own account is business
    assert analyze("Acme Bank is offering loans to small firms.",
                   dt.date(2025, 3, 1)).measures == []
    # a rescue lender's credit line to a state is a rescue, not state aid
    found = analyze("The International Monetary Fund approved a $7.2 billion credit line for "
                    "Ruritania.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.imposer) for m in found] == [("other", "International Monetary Fund")]


def test_probes_by_two_bodies_of_one_state_are_two_records():
    text = ("On Tuesday, the Ruritanian Bureau of Customs raided three warehouses suspected of "
            "holding smuggled onions. The Ruritanian Competition Commission said on Wednesday "
            "it had opened an inquiry into price-fixing among onion traders.")
    found = analyze(text, dt.date(2025, 2, 13)).measures
    assert sorted(m.imposer for m in found if m.type == "investigation") == [
        "Ruritanian Bureau of Customs", "Ruritanian Competition Commission"]


def test_public_money_spent_to_help_a_group_is_state_aid():
    found = analyze("The Ruritanian Department of Health will spend an extra £40m over three "
                    "years to help carers.", dt.date(2005, 3, 1)).measures
    assert [(m.type, m.magnitude) for m in found] == [("subsidy", "£40m")]
    assert analyze("Acme will spend $2bn to help its suppliers.",
                   dt.date(2005, 3, 1)).measures == []


def test_a_duty_a_public_body_lays_on_a_class_from_a_day_is_a_measure():
    found = analyze("The European Commission has also said that citrus consignments from "
                    "Freedonia must carry electronic certificates from Jan. 1.",
                    dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("other", "impose", "European Commission")]
    # no day, no rule: a forecast, not a duty laid
    assert analyze("Companies will have to adapt to the new reality, the Commission said.",
                   dt.date(2025, 3, 1)).measures == []
    # an appeal to a named state is no duty on a class
    assert analyze("The union said Ruritania must cut taxes from April.",
                   dt.date(2025, 3, 1)).measures == []


def test_a_quoted_measure_name_reads_its_object_past_the_closing_mark():
    found = analyze('Japan imposed what it called a "total ban" on imports of Ruritanian beef.',
                    dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [("import_ban", "impose", "Japan")]


def test_prices_rents_and_budgets_a_state_caps_or_freezes_are_a_measure():
    found = analyze("Egypt froze fuel prices until March.", dt.date(2025, 1, 10)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [("other", "impose", "Egypt")]
    assert analyze("Acme froze prices on 500 products.", dt.date(2025, 1, 10)).measures == []


def test_a_duty_any_business_may_be_told_to_do_needs_a_public_body_and_its_to():
    found = analyze("The UK government will soon require all quoted companies to report their "
                    "social and environmental risks.", dt.date(2005, 3, 1)).measures
    assert [(m.type, m.imposer) for m in found] == [("other", "United Kingdom")]
    assert analyze("Rising costs and a slump in China will force firms to cut jobs.",
                   dt.date(2005, 3, 1)).measures == []


def test_miners_shipowners_and_platforms_a_state_tells_what_to_do_bear_a_duty():
    for text, who in (("Indonesia will require miners to process ore at home from 2025.",
                       "Indonesia"),
                      ("China ordered social media companies to remove the posts.", "China"),
                      ("Ofgem will order suppliers to compensate customers directly.",
                       "Ofgem")):
        found = analyze(text, dt.date(2025, 3, 1)).measures
        assert [(m.type, m.action, m.imposer) for m in found] == [("other", "impose", who)], text
    assert analyze("The slump in metal prices forced miners to cut jobs.",
                   dt.date(2025, 3, 1)).measures == []


def test_curbs_on_critical_minerals_are_export_controls():
    found = analyze("China sharply expanded its restrictions on rare earths on Thursday.",
                    dt.date(2025, 10, 10)).measures
    assert [(m.type, m.imposer) for m in found] == [("export_control", "China")]
    found = analyze("China's curbs on gallium and germanium remain in force.",
                    dt.date(2025, 10, 10)).measures
    assert [(m.type, m.action) for m in found] == [("export_control", "maintain")]



def test_rules_told_only_as_published_are_how_a_told_measure_comes_about():
    text = ("The United States will lift its ban on imports of Iranian carpets. The Treasury "
            "Department's Office of Foreign Assets Control will publish the new rules within "
            "30 days, officials said.")
    found = analyze(text, dt.date(1999, 3, 1)).measures
    assert [(m.type, m.action) for m in found] == [("import_ban", "lift")]
    # rules with a content of their own stay a measure
    found = analyze("The Treasury Department will publish rules barring US investment in "
                    "Chinese chipmakers.", dt.date(2024, 3, 1)).measures
    assert found and found[0].type == "investment_restriction"


def test_a_deal_only_hoped_for_is_no_measure_but_its_day_is_still_due():
    text = ("Britain, which takes over the rotating EU presidency on 1 July, said it would "
            "try to secure a deal among farm ministers by November.")
    found = analyze(text, dt.date(2005, 6, 20))
    assert found.measures == []
    assert [(d.date, d.measure) for d in found.deadlines] == [("2005-11", None)]
    # a deal offered is put forward
    found = analyze("The European Union offered a zero-for-zero deal on cars to the United "
                    "States.", dt.date(2025, 4, 8)).measures
    assert [m.type for m in found] == ["agreement"]


def test_a_firms_own_rate_of_anti_dumping_duties_is_part_of_them():
    text = ("The European Commission imposed anti-dumping duties of up to 66% on Chinese "
            "energy-saving bulbs. Xiamen Topstar Lighting, one of the largest Chinese makers, "
            "faces a duty of 21.4%.")
    found = analyze(text, dt.date(2006, 3, 1)).measures
    assert [(m.type, m.imposer) for m in found] == [("trade_defence", "European Commission")]
    assert "Xiamen Topstar Lighting" in found[0].targets


def test_assets_frozen_and_travel_bans_in_one_sentence_are_one_record():
    found = analyze("London also froze the assets of three Iranian individuals and three "
                    "entities and imposed travel bans on the individuals.",
                    dt.date(2025, 3, 1)).measures
    assert [(m.type, m.imposer) for m in found] == [("sanction", "United Kingdom")]


def test_brussels_acting_as_a_seat_is_the_union():
    found = analyze("The duties will last for six months while Brussels completes its "
                    "investigation, the European Commission said.", dt.date(2006, 3, 1)).measures
    assert "Belgium" not in [m.imposer for m in found]


def test_land_a_state_seizes_from_its_owners_is_taken_over():
    found = analyze("Venezuelan authorities have said they will seize land owned by a British "
                    "company.", dt.date(2005, 3, 1)).measures
    assert [(m.type, m.imposer) for m in found] == [("investment_restriction", "Venezuela")]
    assert analyze("The bank will seize property from borrowers who default.",
                   dt.date(2005, 3, 1)).measures == []


def test_a_class_barred_from_doing_something_from_a_day_is_a_duty_laid():
    found = analyze("Britain's Department of Trade and Industry has announced that firms will "
                    "be barred from 2006 from imposing arbitrary retirement ages.",
                    dt.date(2005, 3, 1)).measures
    assert [(m.type, m.imposer) for m in found] == [("other", "Department of Trade and Industry")]


def test_ban_as_a_verb_after_to_is_a_ban_decided():
    found = analyze("Britain decided to ban beef on the bone.", dt.date(1997, 12, 4)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("other", "impose", "United Kingdom")]
    assert analyze("Campaigners want to ban fox hunting.", dt.date(2005, 3, 1)).measures == []


def test_lending_or_aid_a_state_stops_to_a_state_is_a_sanction():
    found = analyze("Japan halted aid to Myanmar after the coup. The Export-Import Bank said it "
                    "would stop approving new financing for sales to India.",
                    dt.date(2021, 3, 1)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("sanction", "impose", "Japan", ["Myanmar"]),
        ("sanction", "impose", "Export-Import Bank", ["India"])]
    # aid stopped to no state is no sanction; a rescue lender's lending is a rescue (other)
    assert all(m.type != "sanction" for m in analyze(
        "The government will halt aid to farmers hit by the drought.",
        dt.date(2021, 3, 1)).measures)
    found = analyze("The IMF suspended lending to Kenya on Monday.", dt.date(2021, 3, 1)).measures
    assert [(m.type, m.action, m.targets) for m in found] == [("other", "impose", ["Kenya"])]


def test_a_monopoly_a_state_ends_is_lifted():
    found = analyze("Indonesia will abolish the clove marketing monopoly by June.",
                    dt.date(1998, 1, 15)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [("other", "lift", "Indonesia")]
    assert analyze("Microsoft abused its monopoly, the court ruled.",
                   dt.date(2004, 3, 1)).measures == []


def test_sales_to_a_state_a_state_restricts_are_exports_controlled():
    found = analyze("Washington restricted sales of jet engines to Iran last year.",
                    dt.date(2020, 3, 1)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("export_control", "impose", "United States", ["Iran"])]
    found = analyze("France suspended the sale of the drug after three deaths.",
                    dt.date(2020, 3, 1)).measures
    assert [m.type for m in found] == ["other"]


def test_a_party_listed_as_a_terrorist_group_is_sanctioned():
    found = analyze("The State Department designated the Houthis a foreign terrorist "
                    "organization on Friday. Washington removed Cuba from its terrorist list "
                    "in 2015.", dt.date(2021, 1, 15)).measures
    assert [(m.type, m.action, m.targets) for m in found] == [
        ("sanction", "impose", ["Houthis"]), ("sanction", "lift", ["Cuba"])]


def test_goods_a_regulator_orders_withdrawn_are_a_duty_laid():
    found = analyze("The Food Standards Agency ordered the withdrawal of 400 products "
                    "containing the dye.", dt.date(2005, 2, 20)).measures
    assert [(m.type, m.imposer) for m in found] == [("other", "Food Standards Agency")]
    assert analyze("The president ordered the withdrawal of troops from the border.",
                   dt.date(2005, 2, 20)).measures == []


def test_a_charge_a_class_will_pay_by_the_unit_is_a_duty_laid():
    found = analyze("Foreign trucks will have to pay 50 euros per crossing from July, the Swiss "
                    "government said.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [("other", "impose", "Switzerland")]
    found = analyze("Ships owned by US firms would pay 400 yuan per net ton on each voyage, the "
                    "Ministry of Transport said.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("other", "impose", "Ministry of Transport")]
    # a price told by analysts is no charge laid
    assert analyze("Shoppers will pay $5 a pound for beef next year, analysts said.",
                   dt.date(2025, 3, 1)).measures == []


def test_a_class_opening_its_sentence_may_bear_a_duty():
    found = analyze("Importers must register every shipment from January 1, the Ministry of "
                    "Commerce said.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.imposer) for m in found] == [("other", "Ministry of Commerce")]


def test_a_duty_laid_under_a_states_rules_or_until_a_day_is_laid_by_it():
    found = analyze("Under separate EU rules that come into force in July, travel agents and "
                    "tour operators will have to tell customers which airline will fly them.",
                    dt.date(2005, 2, 17)).measures
    assert [(m.type, m.imposer) for m in found] == [("other", "European Union")]
    found = analyze("Companies will also be barred from raising the price of any branded drug "
                    "until at least 2006, the Department of Health said.",
                    dt.date(2005, 2, 17)).measures
    assert [(m.type, m.imposer) for m in found] == [("other", "Department of Health")]


def test_a_ban_on_exporting_is_an_export_control():
    found = analyze("Kazakhstan said it would extend its ban on exporting gasoline by six "
                    "months.", dt.date(2025, 9, 20)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("export_control", "extend", "Kazakhstan")]


def test_rules_changed_with_nothing_said_of_them_are_no_record_beside_the_measure():
    text = "China imposed export controls on drone engines in September. Beijing has "
    found = analyze(text + "tightened its own rules.", dt.date(2025, 9, 20)).measures
    assert [m.type for m in found] == ["export_control"]
    found = analyze(text + "tightened its rules on data transfers.", dt.date(2025, 9, 20)).measures
    assert [m.type for m in found] == ["export_control", "other"]


def test_a_government_asking_its_legislature_for_a_measure_proposes_it():
    found = analyze("Mexico's government has asked Congress to raise import duties on 1,463 "
                    "products from China.", dt.date(2025, 9, 20)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("tariff", "propose", "Mexico", ["China"])]


def test_who_hurt_a_benefits_group_does_not_grant_the_benefit():
    found = analyze("Beijing offered tax rebates to exporters hit by US tariffs.",
                    dt.date(2025, 9, 20)).measures
    assert ("subsidy", "China") in [(m.type, m.imposer) for m in found]
    assert ("subsidy", "United States") not in [(m.type, m.imposer) for m in found]


def test_money_a_state_announces_to_help_a_group_is_a_subsidy():
    found = analyze("Canada announced C$2 billion to help steelmakers hit by US tariffs.",
                    dt.date(2025, 9, 20)).measures
    assert ("subsidy", "impose", "Canada") in [(m.type, m.action, m.imposer) for m in found]
    assert analyze("Acme announced $2 billion to help customers switch to its cloud.",
                   dt.date(2025, 9, 20)).measures == []


def test_a_listed_public_body_named_by_a_proper_name_takes_measures():
    found = analyze("Rospotrebnadzor banned imports of Georgian wine.",
                    dt.date(2006, 5, 5)).measures
    assert [(m.type, m.imposer) for m in found] == [("import_ban", "Rospotrebnadzor")]
    found = analyze("Ofcom fined BT 5 million pounds for poor service.",
                    dt.date(2005, 3, 1)).measures
    assert [(m.type, m.imposer) for m in found] == [("other", "Ofcom")]


def test_a_new_ban_on_its_own_day_after_an_extended_one_with_its_history_is_another():
    text = ("Russia has extended its ban on wine imports from Georgia. The ban was imposed on "
            "27 March by Rospotrebnadzor. He also said imports of Georgian brandy would be "
            "banned from Monday.")
    found = analyze(text, dt.date(2006, 4, 5)).measures
    assert [(m.type, m.action) for m in found] == [("import_ban", "extend"),
                                                   ("import_ban", "impose")]


def test_a_licence_exporters_will_need_is_an_export_control_laid():
    found = analyze("Exporters of gallium will need a licence from August 1, the Ministry of "
                    "Commerce said. Foreign buyers of rare earths will need an export licence "
                    "from October, Beijing said.", dt.date(2023, 7, 3)).measures
    assert {(m.type, m.action) for m in found} == {("export_control", "impose")}
    assert analyze("Pubs will need a licence to serve alcohol after 11pm.",
                   dt.date(2023, 7, 3)).measures == []


def test_a_duty_no_one_is_named_to_lay_falls_to_the_state_the_article_is_about():
    # Only the finance minister acts before it: the state she serves lays the duty.
    text = ("Finance Minister Mary Hanlon of Ireland presented the budget on Tuesday. Mary "
            "Hanlon said Ireland would grow. From next year, wealthy individuals who use such "
            "reliefs will have to pay an effective tax rate of at least 20%.")
    found = analyze(text, dt.date(2005, 12, 7)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [("other", "impose", "Ireland")]
    # after a body's own step, nothing is guessed: that body may not be the state's
    text = ("The European Commission delayed its deforestation rules by a year. India and "
            "Brazil welcomed it, and India said exports would rise. Large operators must now "
            "comply from December 30.")
    found = analyze(text, dt.date(2025, 10, 21)).measures
    assert all(m.imposer != "India" for m in found)


def test_a_duty_laid_under_rules_a_body_issued_is_laid_by_that_body():
    found = analyze("Under rules drawn up by the European Commission, importers will have to "
                    "register with customs from January.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.imposer) for m in found] == [("other", "European Commission")]
    # rules issued by no public body lay nothing by themselves
    assert analyze("Under rules drawn up by Acme, dealers will have to register from January.",
                   dt.date(2025, 3, 1)).measures == []


def test_a_probe_closed_ends():
    for text in ("The European Commission closed its investigation into whether Acme favoured "
                 "its own shopping service.",
                 "The European Commission is closing its probe into Acme's marketplace."):
        found = analyze(text, dt.date(2025, 3, 1)).measures
        assert [(m.type, m.action) for m in found] == [("investigation", "lift")], text
    # a market closing is no probe's end
    found = analyze("Shares in Acme closed lower after the European Commission opened an "
                    "investigation into the company.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action) for m in found] == [("investigation", "investigate")]


def test_controls_take_their_kind_from_their_object_or_the_controls_told_before():
    found = analyze("The Netherlands imposed controls on exports of chipmaking machines to "
                    "China.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("export_control", "impose", "Netherlands")]
    found = analyze("China's controls on graphite exports remain in force.",
                    dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action) for m in found] == [("export_control", "maintain")]
    # "its own controls", "the same controls" after export controls are of that kind
    for text in ("Japan imposed export controls on chipmaking tools in May. South Korea said "
                 "on Friday it would impose its own controls in October.",
                 "Japan imposed export controls on chipmaking tools in May. The Netherlands "
                 "imposed the same controls in July."):
        found = analyze(text, dt.date(2025, 9, 1)).measures
        assert [m.type for m in found] == ["export_control", "export_control"], text
    # a verb, or controls of no restricting kind, are no measure
    for text in ("The state controls the oil sector through its national company.",
                 "Border controls between France and Spain were tightened after the attacks.",
                 "Quality controls at the plant in Ohio were criticised by the regulator."):
        assert analyze(text, dt.date(2025, 3, 1)).measures == [], text


def test_a_review_of_a_deal_a_public_body_opens_puts_off_or_closes_is_a_probe():
    cases = [("The Federal Communications Commission suspended its review of the merger in "
              "May.", "delay"),
             ("The Committee on Foreign Investment in the United States opened its review of "
              "the 2022 purchase in early 2023.", "investigate"),
             ("The European Commission closed its review of the takeover on Friday.", "lift")]
    for text, action in cases:
        found = analyze(text, dt.date(2025, 3, 1)).measures
        assert [(m.type, m.action) for m in found] == [("investigation", action)], text
    # a review of a policy, or one by shareholders, is no probe of a party
    for text in ("The government launched a review of its trade policy in May.",
                 "Shareholders began a review of the merger terms."):
        assert analyze(text, dt.date(2025, 3, 1)).measures == [], text


def test_the_verb_after_a_long_aside_or_one_opened_by_an_adverb_tells_the_step():
    found = analyze("The EU's economic sanctions on Russia, first imposed in 2014 and renewed "
                    "every six months, are due to be rolled over again by Jan. 31.",
                    dt.date(2024, 12, 10)).measures
    assert [(m.type, m.action) for m in found] == [("sanction", "extend")]
    found = analyze("Ottawa's counter-tariffs on C$30 billion of American goods, which were set "
                    "to start on Tuesday at midnight, will be put on hold for 30 days.",
                    dt.date(2025, 2, 3)).measures
    assert [(m.type, m.action) for m in found] == [("tariff", "delay")]


def test_money_earmarked_in_aid_is_aid_granted():
    found = analyze("The European Commission has earmarked 40m euros in aid for sugar growers "
                    "for 2006.", dt.date(2005, 6, 22)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("subsidy", "impose", "European Commission")]


def test_steps_on_other_goods_of_one_type_are_other_records():
    found = analyze("EU fisheries ministers cut the cod quota by 15%. EU ministers kept the "
                    "haddock quota at this year's level.", dt.date(2004, 12, 22)).measures
    assert [(m.type, m.action) for m in found] == [("quota", "impose"), ("quota", "maintain")]
    # the same goods, or none named, are the same measure told again; so is a headline's
    # step told again in the body with another form of its verb
    for text in ("US imposes tariffs on Chinese steel\n\nThe United States has imposed "
                 "tariffs of 25% on steel from China.",
                 "Canada imposes quotas on Chinese steel\n\nCanada has imposed quotas on "
                 "steel imported from China."):
        assert len(analyze(text, dt.date(2025, 7, 1)).measures) == 1, text
    for text in ("Russia banned imports of Moldovan wine in March. The ban was extended in "
                 "June.",
                 "Russia banned imports of Moldovan wine in March. Its ban on wine was "
                 "extended in June."):
        found = analyze(text, dt.date(2006, 7, 1)).measures
        assert [m.type for m in found] == ["import_ban"], text


def test_trade_defence_on_other_goods_is_another_record():
    found = analyze("The European Commission imposed anti-dumping duties on Chinese steel "
                    "tubes in March. In June it lifted the anti-dumping duties on Chinese "
                    "aluminium foil.", dt.date(2025, 7, 1)).measures
    assert [(m.type, m.action) for m in found] == [("trade_defence", "impose"),
                                                   ("trade_defence", "lift")]


def test_a_sanctions_licence_issued_eases_them_for_the_party_it_lets_deal():
    found = analyze("The United States imposed sanctions on Volga Shipping in May. On Friday "
                    "the Office of Foreign Assets Control issued a general licence allowing "
                    "Volga Shipping to wind down its contracts until June 1.",
                    dt.date(2025, 5, 20)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("sanction", "impose", "United States", ["Volga Shipping"]),
        ("sanction", "ease", "Office of Foreign Assets Control", ["Volga Shipping"])]
    # revoked, the bar is whole again
    found = analyze("Washington revoked the general licence that let Chevron pump oil in "
                    "Venezuela.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action, m.targets) for m in found] == [
        ("sanction", "impose", ["Chevron"])]


def test_a_licence_exempting_a_party_eases_the_sanctions_told_before():
    found = analyze("The Treasury imposed sanctions on Rosneft and Lukoil on Wednesday. A "
                    "second licence exempts the Caspian Pipeline Consortium, in which Lukoil "
                    "holds a stake.", dt.date(2025, 10, 23)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found][1:] == [
        ("sanction", "ease", "Treasury", ["Caspian Pipeline Consortium"])]
    # a law that exempts a firm from a tax is no sanctions licence
    assert all(m.type != "sanction" for m in analyze(
        "The new law exempts the Caspian Pipeline Consortium from the tax.",
        dt.date(2025, 10, 23)).measures)


def test_a_probe_into_whether_a_party_acted_falls_on_it_and_its_end_told_after():
    found = analyze("The Federal Trade Commission opened an investigation into claims that "
                    "Meta and Google rigged ad auctions.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action, m.targets) for m in found] == [
        ("investigation", "investigate", ["Meta", "Google"])]
    found = analyze("The European Commission said the investigation into whether Apple let "
                    "users change their default browser was closed after the company changed "
                    "its settings.", dt.date(2025, 4, 23)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("investigation", "lift", "European Commission", ["Apple"])]
    found = analyze("The Commission launched an investigation into whether Italian airline "
                    "Alitalia received illegal state aid.", dt.date(2005, 3, 1)).measures
    assert [m.targets for m in found] == [["Alitalia"]]


def test_past_a_participle_phrase_after_the_measure_the_main_passive_verb_tells_the_step():
    cases = [("Tax breaks granted to the carmaker Timor Motors will be withdrawn "
              "immediately.", ("subsidy", "lift")),
             ("Anti-dumping duties imposed on Chinese steel in 2019 will be lifted next "
              "month.", ("trade_defence", "lift")),
             ("Quotas set for cod fishermen were extended by a year.", ("quota", "extend"))]
    for text, step in cases:
        found = analyze(text, dt.date(2025, 3, 1)).measures
        assert [(m.type, m.action) for m in found] == [step], text
    # with no main verb after it, the participle is the step
    found = analyze("Anti-dumping duties imposed on Chinese steel hit exporters hard.",
                    dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action) for m in found] == [("trade_defence", "impose")]


def test_a_postal_service_that_stops_taking_parcels_from_a_country_bans_them():
    found = analyze("The US Postal Service stopped accepting parcels from China on Tuesday.",
                    dt.date(2025, 2, 5)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("import_ban", "impose", "US Postal Service", ["China"])]


def test_a_fund_a_state_blocks_from_raising_its_stake_is_barred_from_investing():
    for text in ("Canberra blocked Jade Minerals from raising its stake in Northern Lithium.",
                 "Canberra blocked a Chinese-linked fund, Jade Minerals, from raising its stake "
                 "in Northern Lithium to 25%."):
        found = analyze(text, dt.date(2025, 6, 1)).measures
        assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
            ("investment_restriction", "impose", "Australia", ["Jade Minerals"])], text
    # a fund that raises its stake takes no measure
    assert analyze("The fund raised its stake in Northern Lithium to 25%.",
                   dt.date(2025, 6, 1)).measures == []


def test_screening_of_foreign_investment_tightened_or_eased_restricts_investment():
    found = analyze("Australia will ease its scrutiny of foreign investment in housing from "
                    "July.", dt.date(2025, 6, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investment_restriction", "ease", "Australia")]
    found = analyze("Japan tightened its screening of foreign investment in chipmakers last "
                    "year.", dt.date(2025, 6, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investment_restriction", "impose", "Japan")]


def test_sales_a_state_licenses_to_states_past_a_list_of_goods_are_exports_eased():
    found = analyze("Since July, the United States has licensed sales of wheat, corn and "
                    "medicine to Iran and Sudan on a case-by-case basis.",
                    dt.date(1999, 5, 1)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("export_control", "ease", "United States", ["Iran", "Sudan"])]


def test_public_money_a_state_stops_paying_is_aid_ended():
    found = analyze("Indonesia will stop funding the aircraft maker IPTN from April.",
                    dt.date(1998, 1, 15)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [("subsidy", "lift", "Indonesia")]
    # lenders that stop buying a state's debt end no aid
    assert analyze("Mr Greenspan warned that Asian states could soon stop funding the US "
                   "deficit.", dt.date(2005, 3, 1)).measures == []


def test_the_end_of_a_measure_put_off_delays_it():
    found = analyze("Nigeria announced that the end of the subsidy on kerosene would be put "
                    "off until January 2006.", dt.date(2005, 8, 1)).measures
    assert [(m.type, m.action) for m in found] == [("subsidy", "delay")]
    found = analyze("Nigeria announced the end of the subsidy on kerosene on Friday.",
                    dt.date(2005, 8, 1)).measures
    assert [(m.type, m.action) for m in found] == [("subsidy", "lift")]
    # a subsidy on other goods is another one
    found = analyze("Nigeria cut its fuel subsidy in June. On Thursday, the president said "
                    "that the end of the subsidy on kerosene would be put off until January "
                    "2006.", dt.date(2005, 8, 1)).measures
    assert [(m.type, m.action) for m in found] == [("subsidy", "ease"), ("subsidy", "delay")]


def test_a_separate_measure_named_as_a_second_object_takes_the_verb_of_the_first():
    found = analyze("Ottawa imposed a 100% surtax on Chinese-made electric vehicles from "
                    "October 1, after a 30-day consultation, and a separate 25% surtax on "
                    "Chinese steel and aluminium from October 15.", dt.date(2024, 9, 1)).measures
    assert [(m.type, m.action, m.imposer, m.magnitude) for m in found] == [
        ("tariff", "impose", "Canada", "100%"), ("tariff", "impose", "Canada", "25%")]
    # "a separate" one that stands in a clause of its own keeps its own verb
    found = analyze("The US imposed a 25% tariff on steel, and a separate 10% tariff on "
                    "aluminium remains in force.", dt.date(2025, 3, 1)).measures
    assert [(m.action, m.magnitude) for m in found] == [("impose", "25%"), ("maintain", "10%")]


def test_goods_or_parties_put_on_a_list_past_a_long_object_are_a_step_laid():
    found = analyze("China's commerce ministry added five rare earth elements, including "
                    "holmium and ytterbium, to its export control list on Thursday.",
                    dt.date(2025, 10, 10)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("export_control", "impose", "China")]
    found = analyze("Beijing removed the US drone maker Skydio and two of its suppliers from "
                    "its unreliable entity list.", dt.date(2025, 10, 10)).measures
    assert [(m.type, m.action) for m in found] == [("export_control", "lift")]
    # parties listed and goods held back by one ministry are two steps
    found = analyze("China banned the export of rare earth refining technology on Thursday. "
                    "The ministry also placed 14 foreign organisations, among them the "
                    "Canadian firm TechInsights, on its unreliable entity list.",
                    dt.date(2025, 10, 10)).measures
    assert [(m.type, m.action) for m in found] == [("export_control", "impose")] * 2


def test_parties_a_state_designates_are_sanctioned():
    found = analyze("The Treasury Department designated 50 entities in China and Hong Kong "
                    "for supplying Russia's military.", dt.date(2025, 1, 10)).measures
    assert [(m.type, m.action, m.imposer, m.magnitude) for m in found] == [
        ("sanction", "impose", "Treasury Department", "50 entities")]
    for text in ("The council designated two areas of the city as conservation zones.",
                 "The club designated three players for assignment."):
        assert analyze(text, dt.date(2025, 1, 10)).measures == [], text


def test_apps_a_state_bans_are_a_companys_service_banned():
    found = analyze("India banned 59 Chinese apps, including TikTok, citing security concerns.",
                    dt.date(2020, 6, 30)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investment_restriction", "impose", "India")]


def test_one_verb_read_as_two_triggers_is_one_measure():
    found = analyze("The EU banned the sale of new petrol and diesel cars from 2035.",
                    dt.date(2023, 3, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("other", "impose", "European Union")]


def test_stores_or_branches_a_regulator_orders_sold_are_a_forced_sale():
    found = analyze("The Competition Commission ordered the supermarket to sell 50 of its "
                    "stores.", dt.date(2008, 4, 30)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investment_restriction", "impose", "Competition Commission")]
    assert analyze("Tesco said it would sell 50 of its stores in Poland.",
                   dt.date(2008, 4, 30)).measures == []


def test_a_measure_that_hits_a_party_stands_and_money_spent_on_loans_is_aid():
    found = analyze("Brazil will spend 12 billion reais on credit lines for exporters hit by "
                    "the US tariffs.", dt.date(2025, 8, 13)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("subsidy", "impose", "Brazil"), ("tariff", "maintain", "United States")]
    # new ones that hit a party, or a state that hits another with them, are laid
    for text in ("China was hit by new US tariffs of 34% on Friday.",
                 "The US hit China with tariffs on Friday."):
        found = analyze(text, dt.date(2025, 4, 5)).measures
        assert [(m.type, m.action) for m in found] == [("tariff", "impose")], text


def test_a_limit_on_the_number_of_things_allowed_is_a_quota():
    found = analyze("The EU imposed a new limit on the number of days Spanish boats may spend "
                    "at sea.", dt.date(2004, 12, 22)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("quota", "impose", "European Union")]
    found = analyze("EU fisheries ministers cut catch limits for cod by 15%.",
                    dt.date(2004, 12, 22)).measures
    assert [(m.type, m.action) for m in found] == [("quota", "impose")]


def test_a_flow_of_drugs_or_migrants_curbed_is_no_trade_measure():
    found = analyze("Mexico will send 10,000 National Guard troops to its northern border to "
                    "curb the flow of fentanyl.", dt.date(2025, 2, 4)).measures
    assert found == []
    found = analyze("China halted the flow of rare earth magnets to US carmakers.",
                    dt.date(2025, 4, 10)).measures
    assert [(m.type, m.action) for m in found] == [("export_control", "impose")]


def test_a_duty_lifted_to_a_rate_is_raised():
    found = analyze("Japan lifted the tariff on imported rice to 40% from 25%.",
                    dt.date(2025, 4, 10)).measures
    assert [(m.type, m.action, m.magnitude) for m in found] == [("tariff", "impose", "40%")]
    found = analyze("The EU lifted its ban on British beef exports to 30 countries in March.",
                    dt.date(2006, 5, 3)).measures
    assert [m.action for m in found] == ["lift"]


def test_an_instrument_in_an_opening_phrase_is_how_the_step_was_taken():
    found = analyze("In an executive order signed on Monday, Trump extended the 90-day pause "
                    "on the higher duties.", dt.date(2025, 7, 8)).measures
    assert [m.type for m in found] == ["tariff"]
    found = analyze("The president signed an executive order on Monday.",
                    dt.date(2025, 7, 8)).measures
    assert [m.type for m in found] == ["other"]


def test_a_measure_named_as_a_topic_on_the_agenda_is_no_step():
    assert analyze("Officials in Washington said export controls would be on the agenda.",
                   dt.date(2023, 7, 5)).measures == []


def test_income_tax_raised_or_cut_past_its_rate_is_a_tax_step():
    found = analyze("France will raise the top rate of income tax to 50% from April.",
                    dt.date(2012, 3, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [("other", "impose", "France")]
    found = analyze("The Liberal Democrats plan to increase income tax to 50% for those "
                    "earning more than £100,000.", dt.date(2005, 4, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("other", "propose", "Liberal Democrats")]
    # one too afraid to raise it takes no step
    found = analyze("The Conservatives say the Scottish Executive is too afraid to raise "
                    "income tax.", dt.date(2005, 4, 1)).measures
    assert all(m.imposer != "Scottish Executive" for m in found)


def test_transactions_barred_and_visas_restricted_for_officials_are_sanctions():
    found = analyze("The EU banned transactions with three Russian banks on Friday.",
                    dt.date(2025, 5, 20)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("sanction", "impose", "European Union")]
    for text in ("The US revoked visas for 13 Brazilian officials.",
                 "The United States said it would restrict visas for officials involved in "
                 "the shipments."):
        found = analyze(text, dt.date(2025, 7, 19)).measures
        assert [(m.type, m.action, m.imposer) for m in found] == [
            ("sanction", "impose", "United States")], text
    # visas for students are no sanction
    assert analyze("The US suspended visas for students from Harvard.",
                   dt.date(2025, 6, 5)).measures == []


def test_a_bar_read_by_a_verb_bound_phrase_is_one_measure():
    found = analyze("China barred its firms from dealing with Skydio.",
                    dt.date(2024, 10, 11)).measures
    assert [(m.type, m.targets) for m in found] == [("export_control", ["Skydio"])]


def test_a_body_that_separately_takes_a_step_takes_one_of_its_own():
    found = analyze("The Treasury imposed sanctions on two Chinese refiners. The State "
                    "Department separately imposed visa restrictions on three executives of "
                    "the shipping company.", dt.date(2025, 3, 20)).measures
    assert [(m.type, m.imposer) for m in found] == [("sanction", "Treasury"),
                                                    ("sanction", "State Department")]


def test_export_licences_revoked_or_issued_again():
    found = analyze("Washington revoked the licences that let Huawei buy American chips.",
                    dt.date(2024, 5, 8)).measures
    assert [(m.type, m.action) for m in found] == [("export_control", "impose")]
    found = analyze("China will resume issuing export licences for rare earth magnets to "
                    "European companies.", dt.date(2025, 6, 1)).measures
    assert [(m.type, m.action) for m in found] == [("export_control", "ease")]
    found = analyze("China began issuing export licences for gallium.",
                    dt.date(2023, 9, 20)).measures
    assert [(m.type, m.action) for m in found] == [("export_control", "impose")]


def test_a_named_party_an_authority_charges_or_arrests_is_prosecuted():
    found = analyze("The Justice Department charged Sam Bankman-Fried with fraud.",
                    dt.date(2022, 12, 14)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("investigation", "investigate", "Justice Department", ["Sam Bankman-Fried"])]
    found = analyze("Police arrested Nick Leeson on suspicion of fraud.",
                    dt.date(1995, 3, 3)).measures
    assert [(m.type, m.targets) for m in found] == [("investigation", ["Nick Leeson"])]
    # a club's charge, or a task one is charged with, is no prosecution
    for text in ("The club charged Wayne Rooney with misconduct.",
                 "The board charged Ann Lee with running the new unit."):
        assert analyze(text, dt.date(2005, 3, 3)).measures == [], text


def test_an_industry_nationalised_is_taken_over_but_a_bank_nationalised_is_rescued():
    found = analyze("Bolivia has nationalised its natural gas industry.",
                    dt.date(2006, 5, 2)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investment_restriction", "impose", "Bolivia")]
    found = analyze("Britain nationalised Northern Rock, the troubled lender, in February.",
                    dt.date(2008, 3, 1)).measures
    assert [(m.type, m.action) for m in found] == [("other", "impose")]


def test_a_cap_on_foreign_ownership_raised_eases_it():
    for text in ("India raised the foreign direct investment limit in insurance to 74%.",
                 "India will raise the cap on foreign ownership of telecoms companies from 49% "
                 "to 74%."):
        found = analyze(text, dt.date(2021, 2, 1)).measures
        assert [(m.type, m.action, m.imposer) for m in found] == [
            ("investment_restriction", "ease", "India")], text


def test_the_sale_of_a_firm_or_a_purchase_a_state_blocks_is_a_takeover_blocked():
    found = analyze("Italy vetoed the sale of the steelmaker to a Chinese group.",
                    dt.date(2023, 6, 1)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investment_restriction", "impose", "Italy")]
    found = analyze("Berlin blocked the Chinese purchase of a stake in the Hamburg port "
                    "terminal.", dt.date(2023, 6, 1)).measures
    assert [(m.type, m.imposer, m.targets) for m in found] == [
        ("investment_restriction", "Germany", ["China"])]
    # the sale of goods blocked is no takeover
    found = analyze("Germany blocked the sale of arms to Saudi Arabia.",
                    dt.date(2023, 6, 1)).measures
    assert all(m.type != "investment_restriction" for m in found)


def test_the_share_foreigners_may_hold_is_a_cap_on_foreign_ownership():
    found = analyze("India raised the foreign direct investment limit in insurance to 74% on "
                    "Monday. Foreign investors may hold no more than 49% of a telecoms "
                    "operator under the current rules.", dt.date(2021, 2, 2)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investment_restriction", "ease", "India"),
        ("investment_restriction", "maintain", "India")]
    found = analyze("Indonesia said foreign companies will be able to own as much as 67% of "
                    "mining firms.", dt.date(2021, 2, 2)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("investment_restriction", "ease", "Indonesia")]
    assert analyze("Foreign investors bought more than 40% of the bonds.",
                   dt.date(2021, 2, 2)).measures == []


def test_a_sum_of_help_paid_or_got_is_aid_given():
    found = analyze("The French government said it would pay farmers 500 million euros in "
                    "compensation for the drought.", dt.date(2005, 8, 1)).measures
    assert [(m.type, m.action, m.imposer, m.magnitude) for m in found] == [
        ("subsidy", "impose", "France", "500 million euros")]
    found = analyze("Britain unveiled its budget on Wednesday. Pensioners will get a £200 "
                    "rebate on their council tax bills.", dt.date(2005, 3, 17)).measures
    assert [(m.type, m.action, m.magnitude) for m in found] == [("subsidy", "impose", "£200")]
    for text in ("The company paid its workers 5 million euros in compensation.",
                 "The players will get a £200 bonus."):
        assert analyze(text, dt.date(2005, 3, 17)).measures == [], text


def test_export_refunds_and_direct_payments_to_farmers_are_subsidies():
    found = analyze("Brussels agreed to scrap export refunds for sugar.",
                    dt.date(2005, 6, 22)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("subsidy", "lift", "European Union")]


def test_shipments_of_another_states_goods_blocked_are_an_import_ban():
    found = analyze("China blocked shipments of Australian coal.", dt.date(2020, 11, 1)).measures
    assert [(m.type, m.imposer, m.targets) for m in found] == [
        ("import_ban", "China", ["Australia"])]
    found = analyze("The US halted shipments of American chips to China.",
                    dt.date(2020, 11, 1)).measures
    assert [m.type for m in found] == ["export_control"]


def test_a_count_keeps_its_scale_and_its_decimals():
    found = analyze("OPEC agreed to cut output by 2.6 million barrels a day.",
                    dt.date(1999, 3, 23)).measures
    assert [m.magnitude for m in found] == ["2.6 million barrels"]


def test_a_measure_a_deal_lays_in_its_relative_clause_is_laid_by_the_deals_side():
    found = analyze("The US and Japan reached a trade deal that cuts tariffs on Japanese cars "
                    "to 15%.", dt.date(2025, 7, 23)).measures
    assert [(m.type, m.imposer) for m in found] == [("agreement", "United States"),
                                                    ("tariff", "United States")]


def test_a_deal_ratified_is_laid():
    found = analyze("The Senate ratified the trade pact with Colombia.",
                    dt.date(2011, 10, 12)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [("agreement", "impose", "Senate")]


def test_probes_of_imports_state_support_or_safeguards_are_trade_defence():
    cases = ["The European Commission opened an inquiry into whether Chinese steel makers "
             "received state support.",
             "Canada opened a safeguard inquiry into steel imports.",
             "The International Trade Commission voted to continue its investigation into "
             "imports of tomatoes from Mexico."]
    for text in cases:
        found = analyze(text, dt.date(2025, 3, 1)).measures
        assert [(m.type, m.action) for m in found] == [("trade_defence", "investigate")], text
    # a probe of a firm's conduct stays a probe
    found = analyze("The European Commission opened an inquiry into whether Google abused "
                    "its dominance.", dt.date(2025, 3, 1)).measures
    assert [m.type for m in found] == ["investigation"]


def test_a_class_charged_a_fee_by_the_unit_and_a_firm_put_on_the_covered_list():
    found = analyze("The US will charge Chinese-built ships a fee of $50 per net ton from "
                    "October 14.", dt.date(2025, 4, 18)).measures
    assert [(m.type, m.action, m.imposer, m.magnitude) for m in found] == [
        ("other", "impose", "United States", "$50")]
    assert analyze("The hotel will charge guests a fee of $20 per night.",
                   dt.date(2025, 4, 18)).measures == []
    found = analyze("The FCC added DJI to its Covered List, barring new models from approval.",
                    dt.date(2025, 12, 23)).measures
    assert [(m.type, m.action, m.targets) for m in found] == [("import_ban", "impose", ["DJI"])]


def test_a_measure_that_adds_to_a_price_acts_and_one_set_to_move_moves():
    found = analyze("The builders warned that new duties would add as much as $1,000 to the "
                    "price of an average house.", dt.date(2001, 4, 1)).measures
    assert found == []
    found = analyze("Tariffs on Chinese steel are set to rise to 25% next month, the "
                    "Commission said.", dt.date(2025, 3, 1)).measures
    assert [(m.type, m.action, m.magnitude) for m in found] == [("tariff", "impose", "25%")]


def test_the_eus_restrictive_measures_are_its_sanctions():
    found = analyze("The EU extended its restrictive measures against Belarus for another "
                    "year.", dt.date(2025, 2, 25)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("sanction", "extend", "European Union", ["Belarus"])]


def test_exports_or_imports_told_first_and_their_verb_after_in_the_passive():
    found = analyze("Russia said exports of gasoline would be prohibited from December 1.",
                    dt.date(2025, 11, 20)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("export_control", "impose", "Russia")]
    found = analyze("Imports of Japanese seafood were suspended by China in August.",
                    dt.date(2023, 9, 1)).measures
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("import_ban", "impose", "China", ["Japan"])]
    assert analyze("Exports of cars were up 5% in March.", dt.date(2025, 4, 1)).measures == []


def test_exports_limited_or_allowed_to_a_quantity_are_a_quota():
    for text in ("India limited exports of sugar to 6 million tonnes.",
                 "India will allow exports of up to 500,000 tonnes of sugar this season."):
        found = analyze(text, dt.date(2025, 1, 20)).measures
        assert [(m.type, m.action, m.imposer) for m in found] == [
            ("quota", "impose", "India")], text
    found = analyze("India barred exports of wheat until further notice.",
                    dt.date(2022, 5, 14)).measures
    assert [(m.type, m.action) for m in found] == [("export_control", "impose")]


def test_a_flow_of_capital_held_back_restricts_investment():
    found = analyze("The Biden administration has also moved to restrict the flow of "
                    "American capital into China's technology sector.",
                    dt.date(2023, 8, 9)).measures
    assert [m.type for m in found] == ["investment_restriction"]


def _found(text: str, day: dt.date = dt.date(2025, 3, 10)) -> list[tuple]:
    return [(m.type, m.action, m.imposer, m.targets) for m in analyze(text, day).measures]


def test_not_hesitating_to_take_a_step_threatens_it():
    assert _found("Ottawa will not hesitate to impose retaliatory tariffs on US steel.") == [
        ("tariff", "threaten", "Canada", ["United States"])]
    assert _found("The European Commission said it would not hesitate to impose safeguards "
                  "on Chinese textiles.") == [
        ("trade_defence", "threaten", "European Commission", ["China"])]


def test_safeguards_on_goods_are_trade_defence_and_safeguards_of_data_are_not():
    assert _found("The EU will impose safeguards on steel imports.") == [
        ("trade_defence", "impose", "European Union", [])]
    assert _found("Brussels lifted its safeguards on steel imports on Friday.") == [
        ("trade_defence", "lift", "European Union", [])]
    assert _found("The regulator will impose safeguards on the use of personal data.") == []


def test_limits_on_imports_are_a_quota():
    assert _found("The EU will scrap the last of its limits on imports from WTO "
                  "members.") == [("quota", "lift", "European Union", [])]
    assert [(m.type, m.action) for m in analyze(
        "The new import limits on Chinese textiles take effect in May.",
        dt.date(2025, 3, 10)).measures] == [("quota", "impose")]


def test_a_request_for_protection_an_authority_studies_is_a_trade_defence_case():
    found = _found("In Washington, the US International Trade Commission is studying "
                   "requests from US manufacturers to limit imports of Chinese shirts.")
    assert [(t, a, tg) for t, a, _, tg in found] == [
        ("trade_defence", "investigate", ["China"])]
    found = _found("Canada is reviewing a petition from steelmakers to curb imports of "
                   "Korean pipe.")
    assert found == [("trade_defence", "investigate", "Canada", ["South Korea"])]
    # the step itself, with no request weighed, stays what it is
    assert _found("Canada will limit imports of Korean pipe.") == [
        ("quota", "impose", "Canada", ["South Korea"])]


def test_a_state_suspended_from_a_body_of_states_and_let_back_in():
    assert _found("Mali was suspended from the African Union after the coup.") == [
        ("other", "impose", "African Union", ["Mali"])]
    assert _found("The African Union suspended Niger from the bloc on Friday.") == [
        ("other", "impose", "African Union", ["Niger"])]
    assert _found("Zimbabwe was suspended from the Commonwealth after the disputed "
                  "election.") == [("other", "impose", "Commonwealth", ["Zimbabwe"])]
    assert _found("Venezuela was expelled from Mercosur in 2017.") == [
        ("other", "impose", "Mercosur", ["Venezuela"])]
    assert _found("Fiji was readmitted to the Commonwealth in 2014.") == [
        ("other", "lift", "Commonwealth", ["Fiji"])]
    for text in ("The striker was suspended from Arsenal for three matches.",
                 "John Smith was suspended from the Labour Party last week.",
                 "Trading in Acme shares was suspended from the London Stock Exchange.",
                 "Acme Mining was suspended from the London Stock Exchange on Monday."):
        assert _found(text) == [], text


def test_its_own_measure_is_the_speakers_past_an_aside():
    assert _found("The United States, which has barred almost all trade with Cuba since "
                  "1962, said its own embargo would stay in place.") == [
        ("import_ban", "maintain", "United States", [])]


def test_a_bid_to_join_a_body_blocked_is_no_takeover():
    assert _found("He warned that Georgia could block Russia's bid to join the WTO.") == [
        ("other", "threaten", "Georgia", ["Russia"])]
    assert _found("Australia blocked a Chinese bid to buy the dairy firm.") == [
        ("investment_restriction", "impose", "Australia", ["China"])]


def test_an_exemption_from_a_measure_eases_it_for_whoever_obtains_it():
    assert _found("The United States granted Mexico an exemption from the steel "
                  "tariffs.") == [("tariff", "ease", "United States", ["Mexico"])]
    assert _found("Brazil secured an exemption from the new US duties on orange "
                  "juice.") == [("tariff", "ease", "United States", ["Brazil"])]
    assert _found("Mexico was granted a waiver from the US steel tariffs.") == [
        ("tariff", "ease", "United States", ["Mexico"])]
    # no exemption: the duties laid
    assert _found("The United States imposed tariffs on steel from Mexico.") == [
        ("tariff", "impose", "United States", ["Mexico"])]


def test_a_licence_taken_from_its_holder_is_a_penalty_laid():
    assert [(t, a, tg) for t, a, _, tg in _found(
        "The regulator suspended the operating licence of Acme Bank.")] == [
        ("other", "impose", ["Acme Bank"])]
    assert [(t, a) for t, a, _, _ in _found(
        "The ministry revoked the licences of three fishing companies.")] == [
        ("other", "impose")]
    # a licence rule lifted is eased, not laid
    assert [(t, a) for t, a, _, _ in _found(
        "The government lifted the licence requirement for steel exports.")] == [
        ("export_control", "lift")]


def test_a_price_the_state_guarantees_is_a_subsidy():
    assert _found("India raised the minimum support price for wheat by 7%.") == [
        ("subsidy", "impose", "India", [])]
    assert _found("Beijing froze the support price for rice this year.") == [
        ("subsidy", "maintain", "China", [])]
    assert [(t, a) for t, a, _, _ in _found(
        "The government cut the guaranteed price paid to sugar farmers by 20%.")] == [
        ("subsidy", "ease")]
    assert _found("Prices of wheat rose by 7%.") == []


def test_a_number_a_state_caps_is_a_quota():
    assert _found("Australia will cap the number of international students at "
                  "270,000.") == [("quota", "impose", "Australia", [])]
    assert _found("The airline will limit the number of bags passengers can check.") == []


def test_a_class_ordered_to_sell_is_one_forced_sale_laid_by_who_orders_it():
    assert _found("Ottawa ordered three Chinese firms to divest their stakes in Canadian "
                  "lithium companies.") == [
        ("investment_restriction", "impose", "Canada", ["Chinese firms", "China"])]
    # a class told to do something else is a duty laid on it
    assert [(t, a, i) for t, a, i, _ in _found(
        "Canada will require all banks to report their exposure to China.")] == [
        ("other", "impose", "Canada")]


def test_rules_on_foreign_investment_restrict_investment():
    assert _found("India tightened rules on investments from neighbouring countries.") == [
        ("investment_restriction", "impose", "India", [])]
    assert _found("Australia tightened its foreign investment rules last year.") == [
        ("investment_restriction", "impose", "Australia", [])]
    assert _found("The company broke investment rules.") == []


def test_subsidies_a_state_pays_and_support_packages_are_laid():
    assert _found("Germany will pay €10bn in subsidies to Intel for its Magdeburg "
                  "plant.") == [("subsidy", "impose", "Germany", ["Intel"])]
    assert [(t, a) for t, a, _, _ in _found(
        "Ireland announced a €2bn support package for farmers hit by floods.")] == [
        ("subsidy", "impose")]
    # subsidies a class gets: no payer named, nothing laid by the class
    assert _found("Farmers will get subsidies for planting trees.") == []


def test_a_step_talks_are_about_and_a_step_judged_no_answer_are_not_taken():
    assert _found("Brussels and Beijing held talks on replacing the duties with minimum "
                  "prices.") == []
    assert _found("In Washington, Treasury Secretary Robert Rubin said capital controls were "
                  '"not the answer" to Asia\'s troubles.', dt.date(1998, 9, 1)) == []
    # taken, they are steps
    assert [(t, a, i) for t, a, i, _ in _found(
        "The EU replaced the duties with minimum prices in June.", dt.date(2025, 7, 1))] == [
        ("other", "impose", "European Union")]
    assert _found("Malaysia imposed capital controls in 1998.", dt.date(1998, 9, 3)) == [
        ("other", "impose", "Malaysia", [])]


def test_a_staples_flow_limited_or_capped_is_a_quota_and_a_chips_flow_is_controlled():
    day = dt.date(2025, 3, 10)
    assert [(m.type, m.action, m.imposer) for m in analyze(
        "Ukraine will limit exports of wheat, barley and maize until the end of the year.",
        day).measures] == [("quota", "impose", "Ukraine")]
    assert [(m.type, m.action) for m in analyze(
        "A five-year pact that has limited Canadian lumber shipments to the United States "
        "expires at midnight Saturday.", day).measures] == [("quota", "lift")]
    assert [(m.type, m.imposer, m.magnitude) for m in analyze(
        "India capped sugar exports at 1 million tonnes.", day).measures] == [
        ("quota", "India", "1 million tonnes")]
    assert [(m.type, m.imposer) for m in analyze(
        "The US will limit exports of AI chips to China.", day).measures] == [
        ("export_control", "United States")]
    assert [m.type for m in analyze("China limited exports of rare earths in 2010.",
                                    day).measures] == ["export_control"]


def test_time_given_until_a_day_with_an_abbreviated_month_and_border_checks():
    assert _found("Separately, a federal judge in Washington gave the Commerce Department "
                  "until Sept. 30 to hand over records of past supercomputer licenses.",
                  dt.date(1999, 9, 1)) == [
        ("other", "impose", "United States", ["Commerce Department"])]
    assert _found("Neighbouring Benin said it would tighten border checks.") == [
        ("other", "impose", "Benin", [])]
    assert _found("Border checks slowed traffic at Dover.") == []


def test_duties_raised_or_cut_to_a_rate_and_what_an_issued_decree_does():
    assert _found("The proposal goes further than a decree issued by the Economy Ministry "
                  "in April 2024, which raised duties to as much as 50% on 544 products.",
                  dt.date(2025, 9, 10)) == [
        ("other", "impose", "Economy Ministry", []),
        ("tariff", "impose", "Economy Ministry", [])]
    assert [(t, a, i) for t, a, i, _ in _found("India raised duties to 20% on gold "
                                               "imports.")] == [("tariff", "impose", "India")]
    assert _found("The minister has a duty to report to parliament.") == []


def test_plain_duties_stay_tariffs_beside_an_anti_dumping_probe_of_the_same_side():
    text = ("The proposal goes further than a decree issued by the Economy Ministry in April "
            "2024, which raised duties to as much as 50% on 544 products. The ministry has "
            "also opened anti-dumping investigations this year into steel pipes from China.")
    found = [(m.type, m.action) for m in analyze(text, dt.date(2025, 9, 10)).measures]
    assert ("tariff", "impose") in found and ("trade_defence", "investigate") in found
    # beside anti-dumping duties the same side lays, plain duties are those duties
    text = ("The EU imposed anti-dumping duties on Chinese solar glass on Monday. The duties "
            "range from 17% to 75%.")
    assert [m.type for m in analyze(text, dt.date(2025, 9, 10)).measures] == [
        "trade_defence"]


def test_a_probe_closed_in_a_later_sentence_is_the_last_acting_bodys():
    text = ("The European Commission fined Apple on Monday. In a separate decision, the "
            "investigation into whether Apple let users change their default browser was "
            "closed.")
    assert ("investigation", "lift", "European Commission", ["Apple"]) in _found(text)


def test_states_named_together_with_the_plain_present_keep_a_standing_measure():
    assert [(t, a, i) for t, a, i, _ in _found(
        "France and Austria ban the import of GM maize.")] == [
        ("import_ban", "maintain", "France")]
    assert [(t, a) for t, a, _, _ in _found(
        "France and Germany impose tariffs on US steel from Monday.")] == [
        ("tariff", "impose")]
    assert [(t, a) for t, a, _, _ in _found(
        "France and Germany will ban the import of GM maize.")] == [("import_ban", "impose")]


def test_a_state_adopting_anothers_sanctions_lays_them_and_a_list_of_entities_is_a_control():
    assert _found("Switzerland adopted the EU's latest sanctions against Russia.") == [
        ("sanction", "impose", "Switzerland", ["Russia"])]
    assert _found("The EU adopted its 14th package of sanctions against Russia.") == [
        ("sanction", "impose", "European Union", ["Russia"])]
    assert [(t, a, i) for t, a, i, _ in _found(
        "The EU added 45 companies to its list of entities supporting Russia's military.")] == [
        ("export_control", "impose", "European Union")]
    assert _found("The report contains a list of entities that hold bank accounts.") == []


def test_states_that_do_the_same_take_the_step_each():
    assert _found("South Korea restored Japan to its white list of trusted trading partners "
                  "in April 2023, and Tokyo did the same for South Korea in July 2023.",
                  dt.date(2024, 1, 5)) == [
        ("export_control", "ease", "South Korea", ["Japan"]),
        ("export_control", "ease", "Japan", ["South Korea"])]
    assert _found("Britain imposed sanctions on Iran Air, and France followed suit.") == [
        ("sanction", "impose", "United Kingdom", ["Iran Air"]),
        ("sanction", "impose", "France", ["Iran Air"])]
    assert [(t, a, i) for t, a, i, _ in _found(
        "The European Union will scrap its limits on imports from WTO members under a deal "
        "struck ten years ago, and the United States and Canada will do the same.")] == [
        ("quota", "lift", "European Union"), ("agreement", "impose", "European Union"),
        ("quota", "lift", "United States"), ("quota", "lift", "Canada")]
    # what is no state does nothing of the kind
    assert _found("Japan cut its tariffs on beef, and analysts expect prices to do the "
                  "same.") == [("tariff", "ease", "Japan", [])]


def test_time_given_to_strike_deals_strikes_none():
    assert _found("President Donald Trump pushed back the deadline to Aug. 1, giving trading "
                  "partners three more weeks to strike deals.", dt.date(2025, 7, 8)) == []
    assert _found("Japan and the US struck a deal on Tuesday.") == [
        ("agreement", "impose", "Japan", ["United States"])]


def test_what_a_party_says_its_government_would_do_is_proposed():
    assert [(t, a) for t, a, _, _ in _found(
        "Shadow chancellor Oliver Letwin said a Conservative government would scrap the "
        "tax.")] == [("other", "propose")]
    assert [(t, a) for t, a, _, _ in _found(
        "A new government would scrap the tax, analysts said.")] == [("other", "lift")]


def _typed(text: str) -> list[tuple[str, str, str | None, list[str]]]:
    found = analyze(text, dt.date(2025, 3, 10)).measures
    return sorted((m.type, m.action, m.imposer, m.targets) for m in found)


def test_a_deals_relative_clause_tells_a_content_of_its_own():
    """GUIDELINES 4.2: a deal whose content is a measure of another type gives that record
    too, laid by the deal's sides, even with a modal in the clause."""
    assert _typed("Brazil struck a deal with Argentina which cuts tariffs on cars.") == [
        ("agreement", "impose", "Brazil", ["Argentina"]),
        ("tariff", "ease", "Brazil", ["Argentina"])]
    assert ("tariff", "lift", "Kenya", ["Uganda"]) in _typed(
        "Kenya signed a deal with Uganda that will scrap duties on sugar.")


def test_duties_on_sugar_are_customs_duties_a_sugar_tax_is_a_tax():
    assert _typed("Kenya cut duties on sugar.") == [("tariff", "ease", "Kenya", [])]
    assert [m[0] for m in _typed("The government will raise the levy on sugar.")] == ["other"]


def test_a_deal_opening_the_sentence_that_tells_its_content_is_a_record():
    """ "Under a deal signed in June, X did Y": the deal and its content, two records (4.2);
    "Under the deal, ..." refers back to one told before; a firm's deal is no measure."""
    assert _typed("Under the deal signed in Shanghai in June, the European Union capped the "
                  "growth of imports of Chinese clothing at 10% a year.") == [
        ("agreement", "impose", "European Union", ["China"]),
        ("quota", "impose", "European Union", ["China"])]
    assert [m[0] for m in _typed("Under a deal reached on Tuesday, Vietnam will cut its "
                                 "duties on American pork to 5%.")] == ["agreement", "tariff"]
    assert _typed("Under the deal, Acme will buy 20 planes from Boeing.") == []


def test_a_cap_ceiling_or_limit_on_a_flow_of_trade_is_a_quota():
    """GUIDELINES 4.3: a limit on quantities is a quota, whatever the noun ("cap",
    "ceiling", "limit"), with its figure between; a cap on anything else is none."""
    assert _typed("Ukraine scrapped its cap on wheat exports on Monday.") == [
        ("quota", "lift", "Ukraine", [])]
    assert _typed("A ceiling of 1.6 million tonnes on Chinese steel imports was set by "
                  "Turkey on Thursday.") == [("quota", "impose", "Turkey", ["China"])]
    assert _typed("India imposed a limit on the export of rice.") == [
        ("quota", "impose", "India", [])]
    assert _typed("Argentina extended its ceiling on beef exports until the end of 2023.")[0][:2] \
        == ("quota", "extend")
    assert _typed("The EU wants a cap on bankers' bonuses.") == []
    assert _typed("The speed limit on motorways is 70mph.") == []


def test_a_change_told_past_the_relative_clause_of_its_history():
    """GUIDELINES 4.4: the step the sentence tells is the main clause's ("were cut"), not
    the history in the relative clause ("that Washington imposed in April"), also with an
    irregular participle, an adverb, or no "that"; the object phrase after the relative
    clause gives the type."""
    assert _typed("The tariffs that Washington imposed on Chinese goods in April were cut "
                  "to 30% on Monday.") == [("tariff", "ease", "United States", ["China"])]
    assert _typed("A ban on Brazilian chicken that Saudi Arabia imposed last year was eased "
                  "on Thursday.") == [("import_ban", "ease", "Saudi Arabia", ["Brazil"])]
    assert _typed("The ban that Beijing imposed on Australian coal in 2020 was quietly "
                  "lifted this week.") == [("import_ban", "lift", "China", ["Australia"])]
    assert _typed("The duties Washington placed on Chinese solar panels in 2018 were "
                  "reduced to 14% on Tuesday.") == [("tariff", "ease", "United States", ["China"])]
    assert _typed("The ban that Russia imposed on Georgian wine in 2006 was a blow.")[0][:2] \
        == ("import_ban", "impose")


def test_takeovers_blocked_or_reviewed_and_firms_banned_are_investment_measures():
    """GUIDELINES 4.3: a takeover blocked (its buyer and price between the verb and the
    noun) or a firm's service banned is an investment restriction; its review a probe."""
    assert _typed("President Biden blocked Nippon Steel's $14.9 billion takeover of US Steel "
                  "on Friday.")[0][:3] == ("investment_restriction", "impose", "United States")
    assert _typed("Australia rejected a Chinese dairy company's bid for a local milk "
                  "producer.") == [("investment_restriction", "impose", "Australia", ["China"])]
    assert _typed("The Committee on Foreign Investment in the United States is reviewing "
                  "Nippon Steel's planned purchase of US Steel.")[0][:2] == (
        "investigation", "investigate")
    assert _typed("India banned TikTok on Monday.") == [
        ("investment_restriction", "impose", "India", ["TikTok"])]
    assert _typed("India banned TikTok and 58 other Chinese apps.")[0][0] == \
        "investment_restriction"
    assert _typed("The Philippines scrapped the 40% ceiling on foreign ownership of telecoms "
                  "firms.")[0][:2] == ("investment_restriction", "lift")
    assert _typed("Shareholders rejected the takeover bid.") == []


def test_a_security_probe_of_imports_and_a_wto_complaint_are_probes_not_trade_defence():
    """GUIDELINES 4.3: a probe into imports is anti-dumping or safeguard work unless it is
    on national security grounds; a WTO complaint over anti-dumping duties is a complaint
    (the duties complained of are trade defence)."""
    assert _typed("The Commerce Department launched a national security probe into imports "
                  "of copper.") == [("investigation", "investigate", "Commerce Department", [])]
    assert _typed("India started a probe into imports of solar glass from China.")[0][0] == \
        "trade_defence"
    found = _typed("The WTO set up a panel on the EU's complaint over Chinese anti-dumping "
                   "duties on brandy.")
    assert ("investigation", "investigate", "European Union", ["China"]) in found
    assert [m[0] for m in found] == ["investigation", "trade_defence"]


def test_what_a_bill_or_a_proposed_regulation_would_do_is_proposed():
    """GUIDELINES 4.4: a new measure put forward, not adopted, is proposed, by who brings
    the bill; the ban it would lay takes the ban's own kind, not the regulation's."""
    assert _typed("Lawmakers in Congress put forward a bill that would outlaw imports of "
                  "Russian uranium.") == [("import_ban", "propose", "Congress", ["Russia"])]
    assert _typed("The European Commission proposed a regulation that would ban imports of "
                  "products made with forced labour.") == [
        ("import_ban", "propose", "European Commission", [])]
    assert _typed("Russia banned imports of Georgian wine.") == [
        ("import_ban", "impose", "Russia", ["Georgia"])]


def test_readiness_to_talk_is_no_deal_and_accession_talks_are_one_bodys_decision():
    assert _typed("India's trade minister said the country was open to talks with the "
                  "European Union on a trade deal.") == []
    assert _typed("Vietnam said it was ready to negotiate a trade pact with the United "
                  "States.") == []
    assert _typed("Japan said it was willing to discuss a currency swap deal with South "
                  "Korea.") == []
    assert _typed("The EU decided on Thursday to open accession talks with Ukraine and "
                  "Moldova.") == [("other", "impose", "European Union", ["Ukraine", "Moldova"])]
    assert _typed("Canada and Mexico will open talks on a free trade agreement next "
                  "month.")[0][:3] == ("agreement", "impose", "Canada")


def test_a_rate_or_a_limit_moved_takes_the_direction_of_the_move():
    """GUIDELINES 4.4: duties that drop, fall or come down to a figure are eased (not
    lifted), also as the subject of "under which"; a quota enlarged or a limit lifted to a
    figure is eased; export tax rebates are a subsidy, a levy on revenue a tax."""
    assert ("tariff", "ease", "United States", ["China"]) in _typed(
        "The United States and China agreed on Monday to a 90-day truce under which US "
        "duties on Chinese goods fall to 30% from 145%.")
    assert _typed("US duties on Chinese goods will drop to 30% from Wednesday.") == [
        ("tariff", "ease", "United States", ["China"])]
    assert _typed("India's duty on imported gold came down to 6% from 15%.") == [
        ("tariff", "ease", "India", [])]
    assert _typed("South Korea enlarged its tariff-rate quota for imported pork to 50,000 "
                  "tonnes.") == [("quota", "ease", "South Korea", [])]
    assert _typed("Canada lifted its limit on foreign ownership of airlines to 49%.") == [
        ("investment_restriction", "ease", "Canada", [])]
    assert _typed("The US lifted tariffs on Chinese steel to 50%.")[0][:2] == ("tariff", "impose")
    assert _typed("Beijing cut export tax rebates for aluminium products.") == [
        ("subsidy", "ease", "China", [])]


def test_a_state_leaving_a_body_of_states_is_a_membership_decision():
    """GUIDELINES 4.3 other: a membership decision, laid by the state on the body; leaving
    a country, a party or a firm is none; a call for it is proposed."""
    assert _typed("The United States will leave the World Health Organization, the White "
                  "House said.") == [("other", "impose", "United States",
                                      ["World Health Organization"])]
    assert _typed("Venezuela quit the Organization of American States.") == [
        ("other", "impose", "Venezuela", ["Organization of American States"])]
    assert _typed("Officials said foreigners would be allowed to leave Iraq.") == []
    assert _typed("Mr Smith left the IMF in 2001 to join Goldman Sachs.") == []
    assert _typed("UKIP gained on the back of its call for the UK to leave the European "
                  "Union.") == [("other", "propose", "United Kingdom", ["European Union"])]


def test_a_public_service_closed_and_firms_shut_out_of_networks():
    """GUIDELINES 4.3: closing a public service is 'other' (a firm closing its offices is
    business); a firm banned from a network is an investment restriction; a passive verb's
    agent before the measure lays it."""
    assert _typed("The Polish government closed 20 regional tax offices on Monday.") == [
        ("other", "impose", "Poland", [])]
    assert _typed("HSBC closed 20 branch offices in Scotland.") == []
    assert _typed("Britain banned Huawei from its 5G network.") == [
        ("investment_restriction", "impose", "United Kingdom", ["Huawei"])]
    assert _typed("Nexperia was ordered by the British government on Wednesday to sell its "
                  "stake in Newport Wafer Fab.") == [
        ("investment_restriction", "impose", "United Kingdom", ["Nexperia"])]


def test_penalties_debt_relief_probes_and_closures_of_the_second_challenge_set():
    """GUIDELINES 4.3/4.4: a penalty with its sum before it is imposed; debt cancelled is
    relief granted (impose, by the creditor, not the debtor 'owed by'); a state official
    who subpoenas or charges a named party probes it; a minimum import price against
    dumping is trade defence; a closure of public offices a government announces."""
    assert _typed("Energy regulator Ofgem imposed a 10 million pound penalty on Transco on "
                  "Monday.") == [("other", "impose", "Ofgem", ["Transco"])]
    assert _typed("The IMF forgave $3bn of debt owed by Zambia.") == [
        ("other", "impose", "International Monetary Fund", [])]
    assert _typed("Japan cancelled $7bn of Iraq's debt.")[0][:3] == ("other", "impose", "Japan")
    assert _typed("New York's attorney general subpoenaed Marsh & McLennan.")[0][:2] == (
        "investigation", "investigate")
    assert _typed("The SEC charged former Enron chief executive Jeffrey Skilling with "
                  "fraud.")[0][:3] == ("investigation", "investigate",
                                       "Securities and Exchange Commission")
    assert _typed("Brussels imposed a minimum import price on Norwegian salmon to shield fish "
                  "farmers from dumping.")[0][:3] == ("trade_defence", "impose", "European Union")
    assert _typed("Trade and Industry Secretary Alistair Darling announced the closure of "
                  "2,500 post offices across Britain.") == [
        ("other", "impose", "United Kingdom", [])]
    assert _typed("Police charged two men from Leeds with theft.") == []


def test_the_closing_speaker_lays_a_step_no_one_else_takes_and_other_frames():
    """GUIDELINES 4.5: an unnamed step told with a body's closing attribution is that
    body's, also when the day of the telling follows; plans to lift an embargo shelved
    keep it; a judge's ruling is no imposer; a postponed rise with its figure is delayed."""
    assert _typed("Fuel duty will rise by 1.25p a litre from September, the Treasury said "
                  "on Wednesday.") == [("other", "impose", "Treasury", [])]
    assert _typed("Any company whose bids look inflated will be investigated, the commission "
                  "said.") == []
    assert _typed("The EU shelved plans to lift its arms embargo on China on Thursday.") == [
        ("sanction", "maintain", "European Union", ["China"])]
    assert _typed("France will keep its ban on British beef despite a ruling by the European "
                  "Court of Justice that it is illegal.") == [
        ("import_ban", "maintain", "France", ["United Kingdom"])]
    assert _typed("The Treasury postponed the 2p rise in fuel duty until October.") == [
        ("other", "delay", "Treasury", [])]


def test_sales_forced_steps_demanded_and_grants_handed():
    """GUIDELINES 4.3/4.4: a firm forced or ordered to sell another named firm (or "it") is
    a forced sale, proposed when legislation would do it; a step another party is asked to
    take in a "that" clause is proposed; grants handed out are laid (not "hand" alone:
    "which hands the proceeds of anti-dumping duties to", "handing Brazil a victory")."""
    assert _typed("Lawmakers proposed legislation on Tuesday that would force ByteDance to "
                  "sell TikTok.") == [("investment_restriction", "propose", None,
                                       ["ByteDance", "TikTok"])]
    assert _typed("CFIUS ordered the Chinese owner of the dating app Grindr to sell it.")[0][:2] \
        == ("investment_restriction", "impose")
    assert _typed("Falling prices forced farmers to sell their land.") == []
    assert _typed("French farmers demanded that the European Union cap imports of Ukrainian "
                  "poultry.") == [("quota", "propose", "European Union", ["Ukraine"])]
    assert _typed("The government handed out grants to farmers.")[0][:2] == ("subsidy", "impose")


def test_a_flow_restricted_past_a_long_object_phrase():
    """A passive verb after goods named at length still binds the flow (4.4 maintain: in
    force since a day told)."""
    assert _typed("Exports of some ASML lithography machines to China have been restricted "
                  "by the Netherlands since September.") == [
        ("export_control", "maintain", "Netherlands", ["ASML", "China"])]


def test_a_participle_after_sanctions_tells_the_same_package():
    """GUIDELINES 4.2: "imposed sanctions on Iran, freezing the assets of 10 companies" is
    one sanctions record naming its targets; tariffs then duties on another state, two."""
    found = _typed("The Security Council voted to impose sanctions on Iran, freezing the "
                   "assets of 10 companies.")
    assert [m[:3] for m in found] == [("sanction", "impose", "Security Council")]
    assert found[0][3][:1] == ["Iran"]
    assert len(_typed("The US imposed tariffs on Canada, raising duties on Mexican goods "
                      "too.")) == 2


def test_a_new_tax_credit_a_wto_request_with_its_day_and_a_review_of_a_length():
    """A new tax credit is a subsidy (the phrase "new tax" had taken its words); a request to
    the WTO with its day between is a complaint; "a 45-day review" of a purchase is opened
    within the verb's reach (a length before a noun is not counted)."""
    assert _typed("The government introduced a new tax credit for families.")[0][:2] == (
        "subsidy", "impose")
    assert ("investigation", "investigate", "Ecuador", ["European Union"]) in _typed(
        "Ecuador asked the WTO on Friday to rule on the EU's banana tariff.")
    assert _typed("The Committee on Foreign Investment in the United States opened a 45-day "
                  "review of Dubai Ports World's purchase of P&O.")[0][:2] == (
        "investigation", "investigate")
    assert _typed("The government will introduce a new tax on sugary drinks.")[0][0] == "other"


def test_foreigners_barred_from_owning_is_an_investment_restriction():
    """GUIDELINES 4.3: caps on foreign ownership, told as foreigners barred from owning or
    buying, are investment restrictions (not conduct barred: 'other')."""
    assert _typed("Kazakhstan will bar foreign companies from owning more than 49% of new oil "
                  "projects.") == [("investment_restriction", "impose", "Kazakhstan", [])]
    assert _typed("India barred foreign firms from owning more than 26% of insurers.")[0][:2] \
        == ("investment_restriction", "impose")


def test_types_decided_by_the_context_of_the_word():
    """GUIDELINES 4.3: sanctions allowed in a WTO dispute or laid on goods are duties
    (tariff); duties laid against subsidies or dumping are trade defence even unnamed so,
    but not retaliation; a duty on a bottle of wine or a levy on soft drinks is a tax;
    countermeasures that are tariffs are one record with them."""
    assert _typed("The WTO authorised Brazil on Monday to impose sanctions worth up to $830m a "
                  "year on US goods in the cotton dispute.")[0][:2] == ("tariff", "impose")
    assert _typed("Washington imposed sanctions on North Korea after the WTO meeting.")[0][0] \
        == "sanction"
    assert _typed("The European Union imposed duties of up to 18% on biodiesel from Indonesia "
                  "to offset subsidies.")[0][:2] == ("trade_defence", "impose")
    assert _typed("The EU imposed duties on US goods in retaliation for illegal subsidies to "
                  "Boeing.")[0][0] == "tariff"
    assert _typed("The EU will impose duties of 15% on US goods unless Washington scraps a law "
                  "that hands anti-dumping revenue to American firms.")[0][0] == "tariff"
    assert _typed("The duty on a bottle of wine will rise by 14p from Sunday.")[0][0] == "other"
    assert [m[0] for m in _typed("Canada hit back with C$30bn of countermeasures on Sunday, "
                                 "imposing 25% tariffs on American orange juice.")] == ["tariff"]


def test_sales_of_a_firms_goods_banned():
    """GUIDELINES 4.3: a ban on sales of a named firm's product keeps its service off the
    market (investment_restriction), with their import an import ban; one record for the
    one verb; sales of anything else banned stay 'other'."""
    assert _typed("The Commerce Department banned sales of Kaspersky antivirus software in the "
                  "United States from July.") == [
        ("investment_restriction", "impose", "Commerce Department", ["Kaspersky"])]
    assert [m[0] for m in _typed("The Federal Communications Commission banned the sale and "
                                 "import of new Huawei and ZTE telecoms equipment.")] == [
        "import_ban"]
