"""Rules of the thirty-ninth session, on invented sentences (GUIDELINES.md 2, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _records(text: str, published: str = "2024-05-02") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer)
            for m in analyze(text, dt.date.fromisoformat(published)).measures]


def _labels(text: str, published: str = "2024-05-02") -> list[tuple[str, str]]:
    return [(d.date, d.what) for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_the_states_own_body_that_tells_of_its_step_takes_it():
    # GUIDELINES 4.5: the most specific named actor presented as acting
    assert _records("Ghana will raise its duty on imported cheese to 20% from June 1, the"
                    " Ministry of Finance said on Tuesday, after a review of the dairy"
                    " market.") == [("tariff", "impose", "Ministry of Finance")]
    assert _records("Japan will scrap its quota on imported rice from April, its Ministry of"
                    " Agriculture said.") == [("quota", "lift", "Ministry of Agriculture")]
    # a firm or another state's body that tells of it does not take it
    assert _records("Japan will scrap its quota on imported rice from April, Toyota"
                    " said.") == [("quota", "lift", "Japan")]
    assert _records("Japan will scrap its quota on imported rice from April, the European"
                    " Commission said.") == [("quota", "lift", "Japan")]
    # a deal keeps its parties
    assert _records("Japan and Canada will sign a trade agreement in June, the Ministry of"
                    " Foreign Affairs said.")[0][2] == "Japan"


def test_the_body_that_told_of_a_step_stays_on_its_states_side():
    # GUIDELINES 4.2: one record for one measure, whether the state or its ministry is named
    text = ("China will scrap hefty duties on Australian wine from Friday, its Ministry of"
            " Commerce said on Thursday. China imposed anti-dumping duties on Australian wine"
            " in March 2021.")
    assert _records(text) == [("trade_defence", "lift", "Ministry of Commerce"),
                              ("trade_defence", "impose", "China")]


def test_a_ministry_in_a_label_reads_with_its_article():
    assert _labels("Ghana will raise its duty on imported cheese to 20% from June 1, the"
                   " Ministry of Finance said. The ministry said the duty would apply to all"
                   " cheese.") == [
        ("2024-06-01", "the Ministry of Finance's duty on imported cheese takes effect")]


def test_a_states_step_its_agency_is_later_told_to_keep_is_the_agencys():
    # GUIDELINES 4.5: the most specific named actor the story presents as acting
    assert _records("Canada suspended imports of beef from Brazil on Friday. The Canadian Food"
                    " Inspection Agency said it would keep the ban until Brazil answers its"
                    " questions.") == [
        ("import_ban", "impose", "Canadian Food Inspection Agency")]
    # not its legislature, which only speaks of it
    assert _records("Canada suspended imports of beef from Brazil on Friday. The Canadian"
                    " Parliament said it would keep the ban until Brazil answers its"
                    " questions.") == [("import_ban", "impose", "Canada")]


def test_relief_sought_from_a_measure_leaves_the_measure_standing():
    # GUIDELINES 4.1: the tariff is laid (by the relative clause's subject); the relief
    # lobbied for is no step
    assert _records("Gulf producers are lobbying Washington for relief from the 10% tariff on"
                    " aluminium imports that the United States imposed last week.",
                    "2018-03-15") == [("tariff", "impose", "United States")]


def test_a_title_before_the_name_in_a_relative_clause_is_the_persons():
    # GUIDELINES 4.5: a person's step is the state's; "President" is not an unnamed
    # authority of the dateline's country
    records = _records("MANAMA, March 15 - Gulf producers are lobbying Washington for relief"
                       " from the 10% tariff on aluminium imports that President Donald Trump"
                       " ordered last week.", "2018-03-15")
    assert ("tariff", "impose", "United States") in records


def test_a_second_measure_set_off_beside_the_first_shares_its_verb():
    assert _records("The tariff, and a 25% duty on steel, were imposed by the United States"
                    " under Section 232.", "2018-03-15") == [
        ("tariff", "impose", "United States")]


def test_a_measure_a_relative_clause_tells_was_laid_but_the_main_clause_keeps():
    # GUIDELINES 4.4 maintain: a standing measure described as in force
    assert _records("The ban on beef, which Japan imposed in 2019 after an outbreak of"
                    " disease in the United States, still remains in force.") == [
        ("other", "maintain", "Japan")]


def test_a_relative_clause_on_a_long_subject_leaves_the_label():
    # GUIDELINES 5: "what" a short clause that reads on its own
    assert _labels("The United States imposed a tariff on aluminium in March. Producers said"
                   " the 10% tariff on aluminium imports that President Donald Trump ordered"
                   " last week takes effect on March 23.", "2018-03-15") == [
        ("2018-03-23", "the 10% tariff on aluminium imports takes effect")]
    # the hearer of what is told is no subject of a relative clause
    assert _labels("He told the Scottish Parliament on Wednesday that a ban on smoking in"
                   " public places would be introduced by the spring of 2006.",
                   "2005-03-01")[0][1].startswith("a ban on smoking")


def test_a_tax_a_legislature_repeals_or_abolishes_is_ended():
    # GUIDELINES 4.3 other (a new tax), 4.4 lift
    assert _records("PERTH, Sept 3 - Australia's miners will stop paying the resource rent tax"
                    " at the end of this month after the Senate voted on Tuesday to repeal the"
                    " levy.", "2014-09-03") == [("other", "lift", "Senate")]
    assert _records("The Senate abolished the carbon price in July.", "2014-09-03") == [
        ("other", "lift", "Senate")]
    assert _records("Canberra will impose a 40% resource rent tax on coal profits from July.",
                    "2014-09-03") == [("other", "impose", "Australia")]


def test_a_boycott_states_lay_is_a_sanction_and_its_access_denied_one_of_them():
    # GUIDELINES 4.3 sanction (a blockade); a boycott no state lays is no measure
    assert _records("DOHA, July 4 - Cargo for Qatar goes through Oman as the month-old boycott"
                    " led by Saudi Arabia shows no sign of ending.", "2017-07-04") == [
        ("sanction", "maintain", "Saudi Arabia")]
    assert _records("Consumers in China have called for a boycott of Japanese cars.") == []
    # "the four countries" are the states told before, not the name in the clause before
    records = _records("Saudi Arabia imposed a boycott on Qatar on June 5. Egypt closed Qatar's"
                       " border, and the four countries shut their airspace to Qatari"
                       " aircraft.", "2017-07-04")
    assert ("sanction", "impose", "Saudi Arabia") in records
    assert all(imposer != "Qatar" for _, _, imposer in records)


def test_a_state_asking_a_treaty_body_to_rule_brings_a_dispute():
    # GUIDELINES 4.3 investigation, as a WTO complaint
    assert _records("Qatar has also asked the Montreal-based International Civil Aviation"
                    " Organization to rule that the airspace closures breach the Chicago"
                    " Convention.", "2017-07-04") == [("investigation", "investigate", "Qatar")]


def test_a_repeal_takes_effect_and_what_will_not_happen_has_no_day():
    # GUIDELINES 5: a scheduled step; the time of a step that will not happen is none
    assert _labels("The repeal takes effect on September 30.", "2014-09-03") == [
        ("2014-09-30", "the repeal takes effect")]
    assert [date for date, _ in _labels(
        "Under the deal, the schoolkids bonus will continue until December 31, 2016, instead"
        " of ending this year.", "2014-09-03")] == ["2016-12-31"]


def test_a_second_span_given_is_a_deadline_of_its_own():
    # GUIDELINES 5: "have 120 days to" binds as the first span does
    assert _labels("Carriers have 21 days to deploy explosive trace detection and 120 days to"
                   " meet the remaining requirements, or face a ban.", "2017-07-06") == [
        ("2017-07-27", "carriers must deploy explosive trace detection"),
        ("2017-11-03", "carriers must meet the remaining requirements")]


def test_a_package_a_body_will_set_out_by_a_time_is_due():
    assert _labels("Ottawa would compensate dairy farmers. A working group with the industry"
                   " will set out the package by the end of the first quarter of next year,"
                   " he said.", "2018-10-03") == [
        ("2019-03-31", "a working group with the industry will set out the package")]


def test_a_tariff_called_a_safeguard_or_a_safeguard_triggered_is_trade_defence():
    # GUIDELINES 4.3 trade_defence: a safeguard duty
    assert _records("Japan on Tuesday raised its tariff on frozen beef to 50% from 38.5%, a"
                    " safeguard that will stay in place until the end of March.",
                    "2017-08-02") == [("trade_defence", "impose", "Japan")]
    assert ("trade_defence", "impose", "Japan") in _records(
        "Japan last triggered the frozen beef safeguard in August 2003.", "2017-08-02")
    assert _records("The bill contains a safeguard for workers.") == []


def test_a_group_a_state_compensates_gets_aid():
    # GUIDELINES 4.3 subsidy
    assert _records("Ottawa would compensate dairy farmers for lost income.", "2018-10-03") == [
        ("subsidy", "impose", "Canada")]
    assert _records("Acme Corp will compensate customers for the outage.") == []
    # the purpose of a sum told before is no second aid
    assert len(_records("The French government has set aside 5m euros (£3.4m) to compensate"
                        " growers who must destroy treated seed.")) == 1


def test_a_screening_threshold_cut_screens_more():
    # GUIDELINES 4.3 investment_restriction: a lower threshold screens more purchases
    assert _records("In March, the Australian government cut the screening threshold for"
                    " foreign purchases of agricultural land to A$15 million.",
                    "2015-11-20") == [("investment_restriction", "impose", "Australia")]
    assert _records("New Zealand raised the screening threshold for foreign investment to"
                    " NZ$200 million.", "2015-11-20") == [
        ("investment_restriction", "ease", "New Zealand")]


def test_a_ban_on_flights_bars_travel_not_goods():
    # GUIDELINES 4.3 other (not an import ban); the time between the ban and its object
    assert _records("Britain imposed a similar ban in March on flights from Egypt.",
                    "2017-07-06") == [("other", "impose", "United Kingdom")]
    assert _records("Russia banned flights from Georgia.", "2017-07-06") == [
        ("other", "impose", "Russia")]
    assert _records("Russia imposed a ban last week on imports of Polish meat.",
                    "2017-07-06") == [("import_ban", "impose", "Russia")]


def test_a_duty_to_sell_output_at_home_is_laid_on_a_class():
    # GUIDELINES 4.3 other (a law placing duties on a class); a stake sold is a forced sale
    assert _records("Indonesia will require miners to sell 25% of their output at home.") == [
        ("other", "impose", "Indonesia")]
    assert _records("The regulator ordered three Chinese firms to divest their stakes in the"
                    " port.")[0][0] == "investment_restriction"
    # in force since a time past (4.4 maintain), however long the duty's words
    assert _records("Western Australia has required LNG projects off its coast to reserve the"
                    " equivalent of 15% of their output for the local market since 2006.",
                    "2017-09-27") == [("other", "maintain", "Western Australia")]


def _actor_roles(text: str, published: str = "2024-05-02") -> list[tuple[str, str, str | None]]:
    return [(actor.name, actor.kind, actor.role)
            for actor in analyze(text, dt.date.fromisoformat(published)).actors]


def test_a_portfolio_before_a_ministers_title_and_a_class_of_leases_are_no_actors():
    # GUIDELINES 2.1 (a document's name is no actor), 2.5 (the role before the name)
    assert _actor_roles("Resources Minister Daniel Harcourt said on Wednesday he had begun"
                        " consultations.") == [("Daniel Harcourt", "person",
                                                "Resources Minister")]
    assert _actor_roles("In 2014 the government stopped issuing new Special Agriculture and"
                        " Business Leases.") == []


def test_a_condition_that_limits_be_in_force_and_a_quoted_fronted_start():
    # GUIDELINES 5: the condition's step is due; a start fronted inside a quote
    assert _labels("U.S. trade negotiator Daniel Porter said Washington could revive the"
                   " dispute if the advertising limits were not in force by Sept. 1.",
                   "1999-05-26") == [("1999-09-01", "the advertising limits must be in force")]
    assert _labels("\"From March 15, Korean companies will have preferential access to the"
                   " biggest market in the world,\" he said.", "2012-02-22") == [
        ("2012-03-15", "Korean companies will have preferential access to the biggest market"
                       " in the world")]


def test_a_state_staying_on_a_terror_list_and_a_currency_pegged_or_floated():
    # GUIDELINES 4.3 sanction (a listing kept, 4.4 maintain); other (a currency peg)
    assert _records("Syria stays on the State Department's list of state sponsors of"
                    " terrorism, which bars US arms sales.", "2025-07-01") == [
        ("sanction", "maintain", "State Department")]
    assert _records("Argentina floated the peso in January 2002.", "2011-09-07") == [
        ("other", "lift", "Argentina")]
    assert _records("Exporters say the strong franc hurts them.", "2011-09-07") == []


def test_a_step_joined_to_a_states_measure_does_not_rename_its_taker():
    # GUIDELINES 4.5: the state's step stays the state's when its ministry's later mention
    # is another step, not the measure named again
    records = _records("WASHINGTON, July 1 - President Donald Trump signed an executive order"
                       " on Monday ending most US sanctions on Syria. Sanctions on Assad will"
                       " remain, and Syria stays on the State Department's list of state"
                       " sponsors of terrorism.", "2025-07-01")
    assert records[0] == ("sanction", "lift", "United States")


def test_a_tax_on_shipments_is_a_duty_and_a_blocked_service_a_restriction():
    # GUIDELINES 4.3 tariff (an export tax); investment_restriction (a company's service)
    assert _records("Papua New Guinea will raise the tax on log shipments from July 1.",
                    "2018-05-17") == [("tariff", "impose", "Papua New Guinea")]
    assert _records("Access to ClipStream, a U.S. video-sharing site, has been blocked in"
                    " China since March.", "2010-06-01") == [
        ("investment_restriction", "maintain", "China")]
    assert _records("Access to the internet has been restricted in Xinjiang.",
                    "2010-06-01") == []


def test_a_label_names_a_measure_of_no_noun_by_a_word_that_reads():
    # GUIDELINES 5: "what" reads on its own: not "the other on hold until then"
    assert _labels("The Chinese regulator ordered Seeknet to suspend its search service for a"
                   " month.", "2013-06-12") == [("2013-07", "the measure on hold until then")]
    # people the pronoun stands for are not the measure
    labels = _labels("They were convicted under a state law that bars the sending of bulk"
                     " e-mails. They will be formally sentenced next year.", "2005-03-01")
    assert all("measure" not in what and "other" not in what for _, what in labels)


def test_a_verb_of_the_clause_before_does_not_act_on_a_bound_trigger():
    # "cut transport links ..., and the four countries shut their airspace": shutting lays
    # it; "the four countries" names the parties again, it is no size
    found = analyze("Saudi Arabia, the UAE, Bahrain and Egypt cut transport links with Qatar"
                    " in June, and the four countries shut their airspace to Qatari aircraft.",
                    dt.date(2017, 7, 4)).measures
    assert [(m.action, m.magnitude) for m in found] == [("impose", None)]
