"""Rules of the thirty-seventh session, on invented sentences (GUIDELINES.md 2, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _records(text: str, published: str = "2019-01-08") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer)
            for m in analyze(text, dt.date.fromisoformat(published)).measures]


def test_a_state_that_agreed_to_act_gave_its_word_to_another_party():
    # GUIDELINES 4.3 agreement: a joint commitment; the state is the side reported from
    assert _records("The quarrel over chip rebates was settled after Beijing agreed to phase"
                    " out the rebates.") == [("agreement", "impose", "China")]
    assert _records("Chile agreed in 2004 to open its dairy market gradually under the"
                    " over ten years.") == [("agreement", "impose", "Chile")]
    # beside the step it holds
    assert ("agreement", "impose", "Norway") in _records(
        "Norway has agreed to suspend its complaint at the World Trade Organization.")


def test_no_agreement_from_a_person_a_firm_ministers_or_a_relative_clause():
    assert ("agreement", "impose", "Peru") not in _records(
        "Importers pay lower duties under the scheme, which Peru has agreed to phase out by"
        " July 2018.")
    assert ("agreement", "impose", "United States") not in _records(
        "President Ann Carter on Monday agreed to pause her tariffs on Mexican steel.")
    assert _records("Halvorsen Foods agreed to sell its dairy unit to a rival.") == []
    assert _records("EU ministers agreed to meet again in March.") == []


def test_a_step_a_state_agreed_to_lay_on_others_or_to_weigh_is_no_agreement():
    # "agreed to impose duties" is the body deciding, no word given to another party
    assert [t for t, _, _ in _records(
        "Norway has agreed to impose anti-dumping duties on leather shoes from Peru.")] == [
        "trade_defence"]
    assert [t for t, _, _ in _records(
        "Canada agreed to extend its sanctions on Belarus for another year.")] == ["sanction"]
    # agreeing to weigh or talk something over commits a state to nothing
    assert _records("Chile agreed to consider the request from Peru.") == []


def _steps(text: str, published: str = "2017-08-06") -> list[tuple[str, str]]:
    return [(m.type, m.action) for m in analyze(text, dt.date.fromisoformat(published)).measures]


def test_a_step_a_party_will_take_after_an_opening_condition_is_a_threat():
    # GUIDELINES 4.4 threaten: "if something happens or does not", told before the step
    assert _steps("If the permits are not restored by Friday, Tanzania will stop imports of"
                  " Kenyan eggs and cooking oil.") == [("import_ban", "threaten")]
    # the condition's "fail" refuses nothing
    assert _steps("If the talks fail, Ottawa will impose tariffs on U.S. steel.") == [
        ("tariff", "threaten")]
    assert _steps("Unless Ghana lifts its ban by June, Togo will halt imports of Ghanaian"
                  " cement.") == [("import_ban", "threaten")]


def test_an_opening_condition_of_adoption_or_a_consequence_laid_down_is_no_threat():
    # a text not yet adopted puts the step forward (4.4 propose)
    assert _steps("If passed, the bill would impose a 10% tariff on imported steel.") == [
        ("tariff", "propose")]
    # a consequence a rule lays down, in the passive, is no party's threat
    assert ("export_control", "threaten") not in _steps(
        "If no agency completes the review by Dec. 23, Skyward will be added to the Entity"
        " List.")
    # a step inside the condition is a hypothesis, and a past clause of time frames nothing
    assert _steps("If the quota is scrapped, imports will surge.") == []
    assert _steps("After talks failed, Ottawa imposed tariffs on U.S. steel.") == [
        ("tariff", "impose")]


def test_a_board_of_state_stops_issuing_import_permits():
    # a state board is a public body; import permits withheld keep the goods out (4.3)
    assert _records("The Kenya Dairy Board stopped issuing import permits for Tanzanian milk"
                    " products on Nov. 9.", "2018-11-22") == [
        ("import_ban", "impose", "Kenya Dairy Board")]
    assert _records("The ministry has stopped issuing export permits for maize, Kenya's"
                    " farm minister said.", "2018-11-22")[:1] == [
        ("export_control", "impose", "Kenya")]


def test_a_bloc_suspends_a_member_state_with_no_from():
    # GUIDELINES 4.3 other: a membership decision, laid by the bloc on the state
    assert _records("The Mercosur trade bloc has suspended Paraguay indefinitely for breaking"
                    " the democratic order.") == [("other", "impose", "Mercosur")]
    assert _records("ECOWAS suspended Guinea, the bloc said.") == [
        ("other", "impose", "Economic Community of West African States")]
    # a firm is no member, and a state suspends no state
    assert _records("The EU suspended Boeing indefinitely.") == []
    assert _records("Russia suspended Ukraine over the dispute.") == []


def test_a_complaint_a_state_lodges_with_a_forum_of_states_is_a_case():
    found = analyze("Tanzania filed a formal complaint with the EAC secretariat in Arusha on"
                    " Monday over Kenyan curbs.", dt.date(2018, 11, 22)).measures
    # (the forum is no target)
    assert [(m.type, m.action, m.imposer, m.targets) for m in found] == [
        ("investigation", "investigate", "Tanzania", ["Kenya"])]
    # a firm's complaint is no state's step
    assert _records("Shell filed a complaint with the European Commission.") == []


def test_three_states_agreeing_at_a_meeting_make_one_agreement():
    found = analyze("Ghana, Togo and Benin agreed at a meeting in Accra last month to set up"
                    " a joint committee on smuggling.", dt.date(2019, 10, 16)).measures
    assert [(m.type, m.imposer, sorted(m.targets)) for m in found] == [
        ("agreement", "Ghana", ["Benin", "Togo"])]


def test_importers_barred_from_buying_currency_is_a_control_of_it():
    # GUIDELINES 4.3 other: conduct a public body forbids a class
    assert ("other", "impose", "Central Bank of Nigeria") in _records(
        "The Central Bank of Nigeria barred importers of 41 items from buying dollars at"
        " official rates.")
    # buying goods is trade, read by other words
    assert ("other", "impose", "Kenya") not in _records(
        "Kenya barred state firms from buying Chinese cameras.")


def test_a_rate_in_words_stays_in_the_countdown_label():
    found = analyze("A 15 percent safeguard tariff on steel pipes from Asia will remain in"
                    " force until the end of September, Mexico's economy ministry said.",
                    dt.date(2019, 5, 21)).deadlines
    assert [d.what for d in found] == [
        "the 15 percent safeguard tariff on steel pipes kept until then"]


def test_a_state_complaining_to_a_forum_of_states_or_its_government_filing_there():
    # the forum is where the case goes, never its target
    assert _records("Tanzania has complained to the East African Community over Kenya's"
                    " suspension of imports of Tanzanian milk powder.", "2018-11-22")[:1] == [
        ("investigation", "investigate", "Tanzania")]
    # "the government" of the dateline's state files it, with no target in its sentence
    assert ("investigation", "investigate", "Tanzania") in _records(
        "DODOMA, Nov 22 (Reuters) - Tanzania is angry. She said the government had filed a"
        " formal complaint with the EAC secretariat in Arusha on Monday.", "2018-11-22")
    assert _records("Farmers complained to the ministry about the tax.") == []


def test_a_measure_that_has_left_someone_with_something_acts_and_is_not_kept():
    assert ("import_ban", "maintain") in _steps("Kenya's ban on Ugandan milk was left in place.")
    assert [w for w in (m.why for m in analyze(
        "Kenya's ban on Ugandan milk has left farmers with unsold stock.",
        dt.date(2018, 11, 22)).measures) if "'left'" in (w or "")] == []


def test_borders_closed_to_trade_in_goods_keep_imports_out():
    # GUIDELINES 4.3 import_ban: imports of goods stopped at the border
    assert _records("Ghana closed its land borders to trade in goods in August.") == [
        ("import_ban", "impose", "Ghana")]
    assert _records("Ghana will reopen its borders to trade in goods next month.") == [
        ("import_ban", "lift", "Ghana")]
    found = analyze("Ghana will keep its land borders closed to trade in goods until at least"
                    " Jan. 31, the customs service said.", dt.date(2019, 10, 16))
    assert [(m.type, m.action) for m in found.measures] == [("import_ban", "maintain")]
    # the countdown names whose borders they are
    assert [d.what for d in found.deadlines] == [
        "the import ban on Ghana's land borders kept at least until then"]
    # borders closed to people, or with nothing said of trade, are no import ban
    assert _records("Hungary closed its border to migrants.") == []


def test_cash_withdrawals_a_public_body_caps_are_a_control_of_capital():
    assert _records("The Reserve Bank of Malawi has capped daily cash withdrawals at $1,000"
                    " since May.", "2016-07-05") == [
        ("other", "maintain", "Reserve Bank of Malawi")]
    assert _records("Cyprus suspended bank withdrawals for a week.") == [
        ("other", "impose", "Cyprus")]
    # a bank's own limit is business
    assert _records("Barclays capped withdrawals at its cash machines.") == []


def test_a_measure_no_longer_laid_ends():
    # GUIDELINES 4.4 lift: it is ended
    assert _steps("The import surcharge will no longer be levied on goods from Peru.") == [
        ("tariff", "lift")]
    assert _steps("Ecuador will no longer charge the surcharge on imports from Peru.") == [
        ("tariff", "lift")]
    assert _steps("China no longer requires export licences for gallium.") == [
        ("export_control", "lift")]
    # firms no longer allowed to import: a ban, not one lifted
    assert ("import_ban", "lift") not in _steps(
        "Firms will no longer be allowed to import rice from Thailand.")


def test_a_support_price_the_state_pays_is_a_subsidy():
    # GUIDELINES 4.3 subsidy: price subsidies
    assert _records("India raised the minimum support price for wheat by 5%.") == [
        ("subsidy", "impose", "India")]
    assert _steps("Kenya has kept unchanged the minimum support price it pays maize"
                  " farmers.") == [("subsidy", "maintain")]


def test_years_a_state_gives_a_class_to_act_lay_an_obligation():
    # GUIDELINES 4.1: an obligation an authority lays; foreign owners made to give way
    assert _records("Zambia has given foreign-owned mining companies five years to hand"
                    " majority control to local investors.") == [
        ("investment_restriction", "impose", "Zambia")]
    assert _records("Brazil gave importers 30 days to register their plants.") == [
        ("other", "impose", "Brazil")]
    # time to make a deal or to answer is no obligation laid, nor a report asked of an
    # agency
    assert _records("The White House gave Canada three more weeks to strike a deal.") == []
    assert _records("The order gives the Commerce Department 30 days to report on whether"
                    " that can be done.") == []


def test_money_a_public_body_lends_a_group_cheaply_is_a_subsidy():
    # GUIDELINES 4.3 subsidy: soft loans
    assert _records("The Department of Agriculture would lend 200 million pesos ($4.7"
                    " million) at low interest to growers hurt by the ban.", "2013-06-01") == [
        ("subsidy", "impose", "Department of Agriculture")]
    # a bank's loan is business
    assert _records("The bank lent $5 million to developers.") == []


def test_the_sale_of_a_plant_or_a_stake_a_state_blocks_is_screened_ownership():
    # GUIDELINES 4.3 investment_restriction
    assert _records("Italy vetoed the sale of a stake in the port operator to Cosco.") == [
        ("investment_restriction", "impose", "Italy")]
    # a sale of goods blocked is another kind; shareholders are no state
    assert [t for t, _, _ in _records("The US blocked the sale of arms to Taiwan.")] != [
        "investment_restriction"]
    assert _records("Shareholders rejected the sale of the unit.") == []


def _due(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.date, d.what) for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_a_day_told_as_planned_keeps_the_clauses_own_tense():
    # "planned" after "as" is no past verb of the clause: June 1 is still to come
    assert _due("Peru will remove the last of its import surcharges on June 1 as planned.",
                "2017-04-28") == [
        ("2017-06-01", "Peru will remove the last of its import surcharges as planned")]
    # ("has implemented" is no "as" before a participle: June is the last one)
    assert [(t.text, t.value) for t in analyze(
        "The Fed has implemented rises in June and August.", dt.date(2005, 1, 10)).times] == [
        ("June", "2004-06"), ("August", "2004-08")]


def test_a_past_aside_before_the_clauses_verb_does_not_date_a_weekday_back():
    assert _due("The decree, signed by the president on Dec. 1, takes effect from Saturday.",
                "2016-12-15") == [("2016-12-17", "the decree takes effect")]
    # a past frame still sends a bare weekday back
    assert _due("The company completed its offer by the Tuesday deadline.", "2016-12-15") == []


def test_wire_copy_writes_dec_and_jan_with_no_period_before_a_day():
    found = analyze("The deposits will apply until a final ruling, which the ministry said is"
                    " due by Dec 16.", dt.date(2025, 9, 5)).times
    assert [(t.text, t.value) for t in found] == [("Dec 16", "2025-12-16")]
    assert [(t.text, t.value) for t in analyze("The ban ends on Jan 31.",
                                               dt.date(2025, 9, 5)).times] == [
        ("Jan 31", "2026-01-31")]
    # alone, "Jan" is no month
    assert analyze("Jan said the ban would end.", dt.date(2025, 9, 5)).times == []


def test_a_measure_phased_out_over_a_span_is_gone_at_its_end():
    # GUIDELINES 5.1: its end is scheduled (counted from the publication day)
    assert _due("Tariffs on Korean cars will be phased out over 15 years.",
                "2012-02-22") == [("2027", "tariffs on Korean cars will be phased out")]
    assert _due("Prices rose over five years.", "2012-02-22") == []
    assert _due("Tariffs on cars were eliminated over five years.", "2012-02-22") == []
    assert _due("If the tariff is phased out over 10 years, farmers will suffer.",
                "2012-02-22") == []


def test_officials_a_person_calls_his_own_are_his_countrys():
    # GUIDELINES 4.5: an unnamed authority stands for its country, here the president's,
    # not the dateline's
    found = analyze("BRUSSELS — The fines were announced on Wednesday. President Donald Trump"
                    " signed a memorandum in February directing his trade officials to consider"
                    " tariffs on countries whose digital taxes hit US firms.",
                    dt.date(2025, 4, 23)).measures
    assert [(m.type, m.action, m.imposer) for m in found] == [
        ("tariff", "propose", "United States")]


def test_a_country_after_a_titled_name_and_of_is_the_persons_state_not_a_person():
    found = analyze("President Ann Carter of the Philippines said so.", dt.date(2025, 4, 23))
    assert [(a.name, a.kind, a.affiliation) for a in found.actors] == [
        ("Ann Carter", "person", "Philippines"), ("Philippines", "country", None)]
    found = analyze("Chairman John Smith of Acme Corp said so.", dt.date(2025, 4, 23))
    assert [(a.name, a.kind) for a in found.actors] == [
        ("John Smith", "person"), ("Acme Corp", "organization")]


def test_jan_before_a_surname_is_a_first_name():
    found = analyze("The Czech minister Jan Novak said the ban ends in March.",
                    dt.date(2025, 4, 23))
    assert [(a.name, a.kind) for a in found.actors] == [("Jan Novak", "person")]
    assert analyze("On Jan Monday said.", dt.date(2025, 4, 23)).actors == []


def test_an_opening_condition_inside_a_quote_is_read_the_same():
    assert _steps('"If the permits are not restored by Friday, Tanzania will stop imports of'
                  ' Kenyan eggs," Juma said.', "2025-06-10") == [("import_ban", "threaten")]
