"""Rules of the thirty-fifth session, on invented sentences (GUIDELINES.md 4.1, 4.2)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _measures(text: str, published: str = "2024-03-04") -> list[tuple[str, str]]:
    return [(m.type, m.action) for m in analyze(text, dt.date.fromisoformat(published)).measures]


def test_a_ban_on_other_goods_told_by_a_passive_verb_is_its_own_measure():
    # the goods of "would be banned" are those its subject names: not the wine ban again
    assert _measures(
        "Kazakhstan imposed a ban on wine imports from Armenia in January, citing pesticides."
        " On Tuesday the Kazakh government said imports of Armenian cheese and butter would"
        " be banned from Monday.") == [("import_ban", "impose"), ("import_ban", "impose")]
    assert _measures(
        "Kazakhstan imposed a ban on wine imports from Armenia in January, citing pesticides."
        " The chief sanitary inspector, Arman Dulatov, said on Tuesday that imports of"
        " Armenian brandy and mineral water would be banned from Monday.") == [
        ("import_ban", "impose"), ("import_ban", "impose")]


def test_the_same_goods_banned_again_stay_one_measure():
    assert _measures(
        "Kazakhstan imposed a ban on wine imports from Armenia in January, citing pesticides."
        " On Tuesday the Kazakh government said imports of Armenian wine would stay banned"
        " until producers prove it safe.") == [("import_ban", "impose")]


def _actor_names(text: str) -> list[str]:
    return [a.name for a in analyze(text, dt.date(2024, 3, 4)).actors]


def test_a_unit_after_a_number_is_no_actor():
    assert _actor_names("The plant will add 500 MW of capacity, and the mine produced"
                        " 12,000 GWh. Shipments on 20,000 DWT vessels fell.") == []
    # a body the gazetteer knows stays one after a count; a year before a name is no count
    assert _actor_names("All 27 EU states backed it.") == ["European Union"]
    assert _actor_names("In 2004 MSN introduced a blog system.") == ["MSN"]
    # nor is the word a unit where the text uses it as a name too
    assert "MW" in " ".join(_actor_names("MW said it would sell 500 MW of capacity."))


def _deadline_dates(text: str, published: str) -> list[str]:
    return [d.date for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_a_span_counts_from_the_day_its_paragraph_tells():
    # GUIDELINES 5.3: counted from the day the text gives for the step (Friday, 3 August)
    story = ("MEXICO CITY - A trade panel has ordered Mexico to review its duties on corn"
             " syrup.\n\nThe panel ruled Friday that the ministry had failed to show harm.")
    assert _deadline_dates(story + " It gave the ministry 90 days to issue a new"
                           " determination.", "2001-08-04") == ["2001-11-01"]
    # a day told in another paragraph may be another step's: from publication
    assert _deadline_dates(story + "\n\nIt gave the ministry 90 days to issue a new"
                           " determination.", "2001-08-04") == ["2001-11-02"]
    # nor is a month long before publication the day counted from
    assert _deadline_dates("The panel ruled in March that the duties broke the rules. It gave"
                           " the ministry 90 days to issue a new determination.",
                           "2001-08-04") == ["2001-11-02"]


def _actor_kinds(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind) for a in analyze(text, dt.date(2025, 7, 1)).actors]


def test_a_surname_opening_a_sentence_is_the_common_noun_when_nobody_bears_it():
    assert _actor_kinds('Foreign banks have been wary. "Banks will stay cautious until the'
                        ' sanctions are repealed," said Noura Khatib, an analyst.') == [
        ("Noura Khatib", "person")]
    # someone the article names so keeps it
    assert ("Mike Banks", "person") in _actor_kinds(
        "Mike Banks, a trader, was wary. Banks said the banks would wait.")


def test_a_given_name_before_a_common_surname_that_is_a_body_word_names_a_person():
    assert _actor_kinds("Actress Natalie Press and Labour MP Tony Banks spoke.") == [
        ("Natalie Press", "person"), ("Tony Banks", "person")]
    # bodies stay bodies
    assert _actor_kinds("Brent Council, Sterling Bank and the Christian Church objected.") == [
        ("Brent Council", "organization"), ("Sterling Bank", "organization"),
        ("Christian Church", "organization")]


def test_a_name_ending_in_a_trades_plural_is_a_firm():
    assert _actor_kinds("Suvarna Jewellers, a chain of 40 stores, said it would stop selling"
                        " coins, and Lotus Exporters protested.") == [
        ("Suvarna Jewellers", "organization"), ("Lotus Exporters", "organization")]
    # a person whose surname ends so keeps being one
    assert _actor_kinds("Bernie Ebbers and Dave Summers spoke.") == [
        ("Bernie Ebbers", "person"), ("Dave Summers", "person")]
    # and the trade's plural opening a sentence is the common noun
    assert _actor_kinds("Jewellers said the duty would fuel smuggling.") == []


def test_a_people_s_adjective_before_the_class_barred_from_conduct():
    assert _measures("In March, Ankara barred Turkish airlines from joining the scheme"
                     " without approval.", "2012-11-12") == [("other", "impose")]
    # a firm barred is a case, not a rule on a class
    assert _measures("The regulator barred Apple from selling the phone.", "2012-11-12") == []


def test_a_ban_named_by_the_activity_it_bars_is_a_measure_of_no_listed_kind():
    assert _measures("Vietnam announced a fishing ban in the gulf on Monday.",
                     "2012-05-16") == [("other", "impose")]
    assert _measures("Kenya's annual logging ban in the highlands started on Wednesday.",
                     "2012-05-16") == [("other", "impose")]
    # a quality of the ban names no activity; a player's ban is no state's measure
    assert _measures("Vietnam kept its existing ban in place.", "2012-05-16") == []
    assert _measures("The sprinter appealed against her eight-year doping ban.",
                     "2012-05-16") == []


def test_checks_on_goods_stepped_up_by_a_public_body_are_an_inspection():
    assert _measures("Kazakhstan's customs service has tightened checks on Uzbek goods this"
                     " month.", "2013-08-14") == [("investigation", "investigate")]
    assert _measures("The EU stepped up checks on imported Brazilian beef.",
                     "2013-08-14") == [("investigation", "investigate")]
    # checks on anything but goods are not
    assert _measures("The bank tightened checks on its clients.", "2013-08-14") == []


def test_a_case_put_to_a_trade_panel_or_a_blocs_secretariat_is_a_complaint():
    assert _measures("Peru has asked the General Secretariat of the Andean Community, the"
                     " bloc's executive body, to rule on whether Bolivia's levy breaks its"
                     " rules.", "2025-02-03") == [("investigation", "investigate")]
    assert _measures("Mexico asked a NAFTA panel to review the US duties.",
                     "2025-02-03") == [("investigation", "investigate")]
    # a panel of experts reviewing a policy is no case
    assert _measures("The minister asked a panel of experts to review the policy.",
                     "2025-02-03") == []


def test_a_name_right_after_a_launch_ending_in_an_everyday_noun_is_a_product():
    assert _actor_names("Kiora, owned by Hexun Media, launched Kiora Shop in Indonesia in"
                        " 2021.") == ["Kiora", "Hexun Media", "Indonesia"]
    # a body launched stays one
    assert "Acme Capital" in _actor_names("The bank launched Acme Capital last year.")


def _affiliations(text: str) -> dict[str, str | None]:
    return {a.name: a.affiliation for a in analyze(text, dt.date(2025, 7, 31)).actors
            if a.kind == "person"}


def test_a_state_title_serves_the_state_whose_capital_its_holder_speaks_in():
    story = ("The United States imposed a 50% tariff on copper. Peru welcomed the decision."
             ' "Our main export remains free of tariffs," Finance Minister Rosa Quispe said in'
             " Lima. The US Commerce Department said more. Washington will review it.")
    assert _affiliations(story) == {"Rosa Quispe": "Peru"}
    assert _affiliations("The United States imposed a tariff. Trade Minister Piyush Rao told"
                         " reporters in New Delhi on Monday that the talks would go on."
                         " Washington said no.") == {"Piyush Rao": "India"}


def test_a_state_in_apposition_is_no_list():
    # "Spain, the EU's largest pork exporter, would appeal": Spain acts, one state
    assert _affiliations("China imposed duties on EU pork. Beijing said the duties would stay."
                         " Spain, the EU's largest pork exporter, would appeal, Agriculture"
                         " Minister Javier Olmedo said. China said it would not budge.") == {
        "Javier Olmedo": "Spain"}


def _roles(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.role, a.affiliation) for a in analyze(text, dt.date(2013, 1, 11)).actors
            if a.kind == "person"}


def test_a_plain_word_may_open_a_post_in_apposition():
    assert _roles('"It is a classic case," said Olga Petrova, an automotive analyst at Neva'
                  ' Capital.') == {"Olga Petrova": ("automotive analyst at Neva Capital",
                                                    "Neva Capital")}
    assert _roles('"It works," said Kim Min-jun, semiconductor analyst at Namsan'
                  ' Securities.') == {"Kim Min-jun": ("semiconductor analyst at Namsan"
                                                     " Securities", "Namsan Securities")}
    # how he came to the post is not the post
    assert _roles("Pavel Orlov, elected president in January, spoke.")["Pavel Orlov"][0] \
        != "elected president in January"


def test_a_post_owned_by_a_body_not_found_again_is_still_a_post():
    assert _roles('The steelworkers filed a petition. "We will not stand by," said Marcus'
                  " Reed, the union's international vice president.") == {
        "Marcus Reed": ("international vice president", None)}


def test_a_word_of_the_post_around_its_owner_is_no_body():
    found = analyze("Deputy US Trade Representative Laura Benning told reporters. EU Climate"
                    " Action Commissioner Marta Lindqvist said on Monday.",
                    dt.date(2012, 9, 24)).actors
    assert [(a.name, a.kind, a.role, a.affiliation) for a in found] == [
        ("United States", "country", None, None),
        ("Laura Benning", "person", "Trade Representative", "United States"),
        ("European Union", "organization", None, None),
        ("Marta Lindqvist", "person", "Climate Action Commissioner", "European Union")]
    # a body's own name before a title stays whole
    assert "US District Court" in _actor_names("US District Court Judge Robert Sweet ruled on"
                                               " Monday.")


def test_excise_raised_is_a_tax_measure():
    assert _measures("Australia raised tobacco excise by 25 percent in 2010.",
                     "2012-11-30") == [("other", "impose")]
    # excise named with no step is none; nor are excise officers
    assert _measures("Excise officers seized 300 bottles.", "2012-11-30") == []


def test_the_body_a_case_is_put_to_is_its_forum_not_its_target():
    found = analyze("Peru has asked the General Secretariat of the Andean Community to rule on"
                    " whether Bolivia's levy breaks the bloc's rules.", dt.date(2025, 2, 3))
    assert [(m.imposer, m.targets) for m in found.measures] == [("Peru", ["Bolivia"])]
