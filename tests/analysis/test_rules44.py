"""Rules of the forty-fourth session, on invented sentences (GUIDELINES.md 3, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _records(text: str, published: str = "2024-08-01") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer)
            for m in analyze(text, dt.date.fromisoformat(published)).measures]


def _deadlines(text: str, published: str = "2021-03-22") -> list[str]:
    return [d.date for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_whose_measure_a_named_step_is_taken_on():
    # GUIDELINES 4.5: the state whose measure "the imposition of" or "the lifting of" names
    assert _records("Fish exports have dried up since the imposition of EU sanctions in 2014,"
                    " the ministry said.")[0][2] == "European Union"
    assert _records("Orchards recovered after the lifting of Ukraine's embargo on Moldovan"
                    " apples last year.") == [("import_ban", "lift", "Ukraine")]
    # a possessor before the measure is its owner even when the noun can be a verb
    assert _records("Grain exports fell after Egypt's embargo on Indian wheat took"
                    " effect.")[0][2] == "Egypt"


def test_a_measure_partly_lifted_is_eased():
    # GUIDELINES 4.4: softened, not ended
    assert _records("Seoul partially lifted its ban on Japanese seafood on Monday.") == [
        ("import_ban", "ease", "South Korea")]
    assert _records("Growers gained little from the partial lifting of Ukraine's embargo on"
                    " Moldovan apples.") == [("import_ban", "ease", "Ukraine")]
    assert _records("Seoul lifted its ban on Japanese seafood on Monday.") == [
        ("import_ban", "lift", "South Korea")]


def test_a_ban_on_goods_from_a_country_keeps_them_out():
    # GUIDELINES 4.3: goods kept out are an import ban, however they are described
    assert _records("Mexico's ban on hormone-treated beef from the United States stays in"
                    " place.") == [("import_ban", "maintain", "Mexico")]
    assert _records("Chile banned all Brazilian poultry in May.") == [
        ("import_ban", "impose", "Chile")]


def test_a_ban_never_takes_a_neighbouring_duty_type():
    # GUIDELINES 4.3: a ban is no tariff, even beside one; its owner is named by "'s"
    records = _records("Washington will impose duties on Mexican avocados in retaliation for"
                       " Mexico's ban on genetically modified corn.")
    assert records[0] == ("tariff", "impose", "United States")
    assert [mtype for mtype, _, imposer in records if imposer == "Mexico"] == ["other"]


def test_who_said_it_keeps_the_measure_after_but():
    # GUIDELINES 4.5: "X said it regretted ... but would keep" is X's step
    assert _records("The United States imposed duties on European cheese. The European"
                    " Commission said it regretted the decision but would keep the ban on"
                    " beef imports.")[-1] == ("import_ban", "maintain", "European Commission")


def test_a_step_named_again_is_the_measure_laid_again():
    # GUIDELINES 4.4: "the reimposition of" lays the measure again (impose)
    assert _records("Jamaica welcomed on Tuesday the reimposition of the 260% duty on"
                    " chicken imported from the United States.") == [
        ("tariff", "impose", "Jamaica")]


def _affiliations(text: str) -> dict[str, str | None]:
    return {actor.name: actor.affiliation
            for actor in analyze(text, dt.date(2024, 11, 21)).actors}


def test_a_body_described_by_its_nation_or_town():
    # GUIDELINES 2.7: an organization's country, as the text tells it
    assert _affiliations("China imposed duties on e-bikes. Velomax, a Dutch distributor that"
                         " assembles its bikes in Vietnam, said it would appeal.")[
        "Velomax"] == "Netherlands"
    assert _affiliations("China imposed duties on e-bikes. Swedish distributor Nordvelo"
                         " said it would appeal.")["Nordvelo"] == "Sweden"
    assert _affiliations("China imposed duties on aluminium. Kessler Metallhandel, a Duisburg"
                         " importer, has hired three people.")["Kessler Metallhandel"] == "Germany"
    # a union of states is none's, however it is described; a market is no body's kind
    found = _affiliations("The United States and the European Union agreed on tariffs.")
    assert found["European Union"] is None
    assert _affiliations("Exports fell. Zelko sells mostly to the Chinese market Tmall,"
                         " it said.").get("Tmall") != "China"


def test_firms_named_in_their_own_language():
    # GUIDELINES 2.1: a firm's name, whatever language its trade word is in
    kinds = {actor.name: actor.kind for actor in analyze(
        "Shares in Lindauer Antriebe fell. Obermann Maschinenbau and Sorrento Pneumatici said"
        " they would appeal, and so did Maison Lavergne.", dt.date(2024, 11, 21)).actors}
    assert kinds == {"Lindauer Antriebe": "organization", "Obermann Maschinenbau":
                     "organization", "Sorrento Pneumatici": "organization",
                     "Maison Lavergne": "organization"}
    # a surname that merely ends like a trade word stays a person's
    assert [(actor.name, actor.kind) for actor in analyze(
        "Peter Neubau said so.", dt.date(2024, 11, 21)).actors] == [("Peter Neubau", "person")]


def test_a_firm_named_in_its_own_language_is_of_that_country():
    # GUIDELINES 2.7: the country a firm's own name gives, over the country the story is about
    found = _affiliations("China imposed duties on Chinese tyres. Sorrento Pneumatici and"
                          " Obermann Maschinenbau said they would gain.")
    assert (found["Sorrento Pneumatici"], found["Obermann Maschinenbau"]) == ("Italy",
                                                                             "Germany")


def test_the_steps_of_a_timetable_are_due():
    # GUIDELINES 5.1: each step of a timetable a public body lays out is due on its day
    assert _deadlines("The central bank gave lenders a two-step timetable: full provisions"
                      " by the end of June, then a capital ratio of 8% by 31 December.",
                      "1997-05-27") == ["1997-06-30", "1997-12-31"]
    assert _deadlines("Vietnam will phase in its ban on used electronics in two stages"
                      " (phones from 1 January, all other devices from 1 July), the trade"
                      " ministry said.", "2023-08-15") == ["2024-01-01", "2024-07-01"]
    # each step is labelled by its own words
    found = analyze("The Commission gave importers a two-step timetable: registration by the"
                    " end of January, then full declarations by 31/03/2025.",
                    dt.date(2024, 11, 21))
    assert [d.what for d in found.deadlines] == ["registration", "full declarations"]
    # a firm's own schedule is no one's deadline, nor a dateline's day
    assert _deadlines("Acme set out a two-step timetable: a new plant by June, then a"
                      " second by December.", "1997-05-27") == []


def test_an_abstract_plural_opening_a_sentence_is_no_name():
    # GUIDELINES 2.1: "Remittances rose", "Inflows were": common nouns, capitalized by place
    for text in ("Remittances rose 5% last year, the central bank said.",
                 "Inflows were about $26 billion in 2024, the ministry said."):
        assert analyze(text, dt.date(2024, 11, 21)).actors == []


def test_a_package_of_sanctions_and_what_it_holds():
    # GUIDELINES 4.2, 4.3: the package is sanctions; the ban told after a comma its own record
    assert _records("Ministers adopted a 12th package of sanctions against Belarus, banning"
                    " imports of Belarusian potash.", "2025-02-24") == [
        ("sanction", "impose", None), ("import_ban", "impose", None)]
    # retaliation in a trade dispute, on goods, stays duties
    assert _records("Brazil imposed sanctions on American goods worth $830m.") == [
        ("tariff", "impose", "Brazil")]


def test_an_anti_circumvention_probe_is_trade_defence():
    # GUIDELINES 4.3: anti-dumping, anti-subsidy and anti-circumvention cases
    assert _records("The European Commission opened an anti-circumvention investigation into"
                    " bicycles shipped from Cambodia.") == [
        ("trade_defence", "investigate", "European Commission")]


def test_a_measure_answered_does_not_take_the_main_verb():
    # GUIDELINES 4.4: "X, introduced in response to US tariffs, expires": X ends, not them
    records = _records("Norway's salmon levy, introduced in 2019 in response to US tariffs,"
                       " expires on 30 June.", "2025-10-08")
    assert ("tariff", "lift", "United States") not in records


def test_one_verb_two_flows_two_records():
    # GUIDELINES 4.2: "banned imports of A and exports of B": two measures of two types
    assert _records("Britain banned imports of Belarusian potash and exports of petroleum"
                    " products to Belarus.", "2021-08-10") == [
        ("import_ban", "impose", "United Kingdom"), ("export_control", "impose",
                                                     "United Kingdom")]
    found = analyze("Britain banned imports of Belarusian potash and exports of petroleum"
                    " products to Belarus. The measures will take effect on Thursday.",
                    dt.date(2021, 8, 10))
    assert found.measures[1].trigger is not None and found.measures[1].trigger.text == "exports"
    # the same flow twice is one measure
    assert _records("India banned exports of wheat and exports of sugar.") == [
        ("export_control", "impose", "India")]


def test_holidays_named_as_deadlines():
    # GUIDELINES 3, 5.1: a holiday is a day; Easter moves with the moon
    assert _deadlines("The new labelling rules apply from Easter Monday, the ministry said.",
                      "2005-03-01") == ["2005-03-28"]
    assert _deadlines("Importers must register by Anzac Day, customs said.",
                      "2008-03-18") == ["2008-04-25"]
    assert _deadlines("The duties will take effect on the Fourth of July.",
                      "2026-05-19") == ["2026-07-04"]
    # "Easter week" is a season around the day, not the day
    assert [t.value for t in analyze("Protesters prayed as Easter week began.",
                                     dt.date(2000, 4, 17)).times] == []


def test_dates_in_figures_year_first_and_with_a_month_name():
    # GUIDELINES 3: "2019/10/31", "2015.12.20", "31-Dec-2020", "30/6/98" are one day each
    for text, published, value in (("The quota closes on 2019/10/31.", "2019-09-03",
                                     "2019-10-31"),
                                    ("Applications close on 2015.12.20.", "2015-11-24",
                                     "2015-12-20"),
                                    ("Filings are due by 31-Dec-2020.", "2020-11-10",
                                     "2020-12-31"),
                                    ("Stocks must be sold by 30/6/98.", "1998-05-19",
                                     "1998-06-30")):
        assert [t.value for t in analyze(text, dt.date.fromisoformat(published)).times] == [
            value]


def test_a_span_counted_from_a_dated_event():
    # GUIDELINES 5.3: "within 30 days of its ruling on November 13" ends on December 13
    found = analyze("The competition agency ordered Steppe Grain to sell two elevators within"
                    " 30 days of its ruling on November 13, saying it was too big.",
                    dt.date(2009, 11, 18))
    assert [(d.date, d.what) for d in found.deadlines] == [
        ("2009-12-13", "Steppe Grain must sell two elevators")]
    # counted from the day of the news when no event is dated
    assert _deadlines("The agency ordered Steppe Grain to sell two elevators within 30"
                      " days.", "2009-11-18") == ["2009-12-18"]


def test_a_state_named_in_a_phrase_acts_in_the_relative_clause_after_it():
    # GUIDELINES 4.5: "from the United States, which doubled its tariffs": the US doubled them
    assert _records("Steel was diverted from the United States, which doubled its tariffs on"
                    " steel imports to 50% in June.", "2025-10-08") == [
        ("tariff", "impose", "United States")]
    assert _records("Exports go mostly to India, which banned imports of palm oil in"
                    " 2020.")[0][2] == "India"
    # goods from a state are what the clause tells of, not the state
    assert _records("The EU bought imports from China, which were dumped.") == []


def test_a_measure_named_after_its_law_or_author_is_no_actor():
    # GUIDELINES 2.1: "the Caesar sanctions", "the Helms-Burton embargo" name measures
    for text in ("Banks will stay cautious until the Caesar sanctions are repealed.",
                 "Exporters fear the Helms-Burton embargo."):
        assert analyze(text, dt.date(2024, 11, 21)).actors == []
    # a name the gazetteer knows keeps its actor
    assert [a.name for a in analyze("The EU sanctions stay.",
                                    dt.date(2024, 11, 21)).actors] == ["European Union"]
