"""Rules of the forty-sixth session, on invented sentences (GUIDELINES.md 3, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _findings(text: str, published: str):
    return analyze(text, dt.date.fromisoformat(published))


def _deadlines(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.text, d.date) for d in _findings(text, published).deadlines]


def test_a_measure_laid_for_a_span_whose_name_has_a_hyphen_or_a_size():
    # GUIDELINES 5.3: "anti-dumping" and "totalling" are words of the measure, no verb
    # of another step the span could belong to
    assert ("four years", "2028") in _deadlines(
        "Chile will impose anti-dumping duties of up to 31% on steel balls from Peru for four"
        " years, the finance ministry said on Monday.", "2024-03-05")
    found = _findings("Egypt will impose anti-subsidy and countervailing duties totalling 18.5%"
                      " on sheet glass from Turkey for three years from Sunday.", "2022-02-03")
    assert [(d.text, d.date) for d in found.deadlines] == [
        ("three years", "2025"), ("Sunday", "2022-02-06")]
    assert found.deadlines[0].what.startswith(
        "the anti-subsidy and countervailing duties in force")


def test_a_ban_or_a_waiver_laid_for_a_span_from_a_day():
    # GUIDELINES 5.3: the span runs from the day the ban or the waiver starts
    assert _deadlines("Zambia will ban exports of raw cashew for nine months from Monday to"
                      " feed local processors, the agriculture ministry said.", "2023-06-08") \
        == [("nine months", "2024-03"), ("Monday", "2023-06-12")]
    assert _deadlines("Thailand will waive the import duty on feed wheat for four months from"
                      " Monday, the commerce minister said today.", "2019-03-01") == [
        ("four months", "2019-07"), ("Monday", "2019-03-04")]


def test_a_weekday_is_not_turned_back_by_the_next_clause():
    # the verb of a clause joined by "but" does not set the tense of the time before it
    found = _findings("Mexico's economy ministry said on Friday it would impose duties on frozen"
                      " pork from Brazil for six months from Saturday, but exempted four packers.",
                      "2025-07-04")
    assert [(t.text, t.value) for t in found.times if t.text == "Saturday"] == [
        ("Saturday", "2025-07-05")]
    assert [(d.text, d.date) for d in found.deadlines] == [
        ("six months", "2026-01"), ("Saturday", "2025-07-05")]


def test_what_would_otherwise_have_happened_is_no_deadline():
    # GUIDELINES 5.1: a counterfactual dates nothing to come
    assert _deadlines("The levy would otherwise have been collected at 4 per cent in March, the"
                      " minister told reporters.", "2021-02-10") == []


def test_a_span_told_of_a_vague_past_start_gives_no_day():
    # GUIDELINES 5.3: never compute from a vague anchor
    assert _deadlines("The Treasury waived the sanctions for 120 days in April.",
                      "2024-07-02") == []
    assert _deadlines("The Treasury waived the sanctions for 120 days last month.",
                      "2024-07-02") == []
    # a day told right after the span is still counted from
    assert _deadlines("The Treasury waived the sanctions for 120 days on Monday.",
                      "2024-07-02") == [("120 days", "2024-10-29")]


def test_checks_that_start_on_a_day():
    # GUIDELINES 5.1: enforcement that starts on a day is a step officials take then, not
    # a visit or a meeting
    assert _deadlines("The ministry said food inspectors would start visiting bakeries on"
                      " Monday.", "2016-05-04") == [("Monday", "2016-05-09")]
    assert _deadlines("The Interior Ministry said police in nine provinces would begin a"
                      " crackdown on fuel smuggling on 1 June.", "2016-05-04") == [
        ("1 June", "2016-06-01")]
    assert _deadlines("Customs officers at the border posts will begin checks on July 15.",
                      "2016-05-04") == [("July 15", "2016-07-15")]
    found = _findings("Manila said its market monitors and those of the Bureau of Plant"
                      " Industry (BPI) would start inspecting warehouses on Thursday.",
                      "2016-05-04").deadlines
    assert [(d.text, d.date) for d in found] == [("Thursday", "2016-05-05")]
    assert "Philippines's" not in found[0].what
    # a visit is still no deadline
    assert _deadlines("Officials will visit the port on Monday.", "2016-05-04") == []


def test_a_day_of_the_month_named_by_its_ordinal_alone():
    # GUIDELINES 3 and 5.3: "by the 15th" is this month's 15th, or next month's once it
    # has passed; "the 20th of next month" the month named
    assert _deadlines("Kenya's revenue authority told importers of sugar to declare their stocks"
                      " by the 12th or lose their permits.", "2017-09-20") == [
        ("the 12th", "2017-10-12")]
    assert _deadlines("Rice millers must register with the food ministry on or before the 25th"
                      " of next month, the ministry said.", "2017-09-20") == [
        ("the 25th of next month", "2017-10-25")]
    assert _deadlines("Quito will charge the new levy on imported phones from the first of the"
                      " month, the finance ministry said.", "2017-09-20") == [
        ("the first of the month", "2017-10-01")]
    found = _findings("The mill opened on the 2nd and closed on the 18th, after the 20th"
                      " century's last strike.", "2017-09-20")
    assert [(t.text, t.value) for t in found.times] == [
        ("the 2nd", "2017-09-02"), ("the 18th", "2017-09-18"), ("the 20th century", "19")]
    assert found.deadlines == []


def test_the_day_of_a_statement_and_days_no_longer_meant():
    # GUIDELINES 5.1: "said on Tuesday" dates the saying, not a step, even beside a word of
    # schedules; a period since extended ends on no day; a forecast of welfare lifts no
    # measure
    assert _deadlines("Chile will ban exports of raw lithium brine from March 1, a year ahead of"
                      " schedule, the mining ministry said on Tuesday.", "2022-10-04") == [
        ("March 1", "2023-03-01")]
    assert _deadlines("Fishermen had hoped to sail when the original 60-day moratorium ends next"
                      " week.", "2022-10-04") == []
    assert _deadlines("The moratorium ends next week.", "2022-10-04") == [
        ("next week", "2022-10-16")]
    assert _deadlines("The bank said the accord could lift 12 million people out of poverty by"
                      " 2030.", "2022-10-04") == []


def _records(text: str, published: str = "2016-06-09") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer) for m in _findings(text, published).measures]


def test_regional_blocs_act_as_public_bodies():
    # GUIDELINES 2.1 and 4.5: a customs union or an economic community lays tariffs as a
    # state does, under one name whatever its short form
    assert _records("Southern African Customs Union ministers have raised the common duty on"
                    " imported frozen chicken to 37%.") == [
        ("tariff", "impose", "Southern African Customs Union")]
    found = _findings("The East African Community (EAC) will double its duty on used tyres. The"
                      " EAC said the rate applies from July.", "2016-06-09")
    assert [a.name for a in found.actors if a.kind == "organization"] == [
        "East African Community"]
    assert [(m.type, m.imposer) for m in found.measures] == [
        ("tariff", "East African Community")]


def test_a_body_s_own_step_against_named_firms_is_its_own_record():
    # GUIDELINES 4.2: a state's ban, then a board cancelling the licences of firms it names,
    # are two measures of one type
    found = _findings("Ghana has barred private traders from exporting raw shea nuts this"
                      " season.\n\nThe Ghana Cocoa Board said on Tuesday it had cancelled the"
                      " export licences of 12 companies that failed to pay farmers.",
                      "2019-03-14")
    assert [(m.type, m.action, m.imposer) for m in found.measures] == [
        ("export_control", "impose", "Ghana"),
        ("export_control", "impose", "Ghana Cocoa Board")]


def test_a_ban_that_stays():
    # GUIDELINES 4.4 maintain: "will remain banned" keeps a ban as it is
    assert _records("Malawi said exports of raw tobacco leaf will remain banned.") == [
        ("export_control", "maintain", "Malawi")]
    assert _records("Peru said imports of used tyres would stay banned.") == [
        ("import_ban", "maintain", "Peru")]


def test_a_cess_is_a_tax():
    # GUIDELINES 4.3: a cess is a tax (other), laid by the state or province that levies it
    assert _records("Punjab will levy a 2% infrastructure cess on liquor sales from April,"
                    " the state's finance minister said.", "2019-02-01") == [
        ("other", "impose", "Punjab")]
    assert _records("India scrapped the cess on raw cotton exports.", "2019-02-01") == [
        ("other", "lift", "India")]


def _actors(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind) for a in _findings(text, "2020-05-04").actors]


def test_storms_faiths_languages_and_legal_forms_name_no_actor():
    # GUIDELINES 2.8: a storm, a faith or a language is no actor; a legal form alone names
    # no firm, and one that ends a name makes it a firm's
    assert _actors("Storm Dennis flooded three towns.") == []
    assert _actors("The radio station broadcasts in Tagalog and Cebuano.") == []
    assert _actors("Rheinwerk Antriebe GmbH & Co. KG will cut 300 jobs.") == [
        ("Rheinwerk Antriebe GmbH & Co. KG", "organization")]
    assert _actors("Fazenda Boa Vista Ltda was sold.") == [
        ("Fazenda Boa Vista Ltda", "organization")]


def test_orders_and_spans_of_hours():
    # GUIDELINES 5.1 and 5.3: a public body's order to a party it names is due by the
    # span's end, a span of hours ends on the day its last hour falls in; a span counted
    # back from an event dates nothing
    assert _deadlines("Kenya's central bank ordered mobile lenders to publish their interest"
                      " rates within one year.", "2017-06-20") == [("one year", "2018")]
    assert _deadlines("Ghana's port authority ordered the shipping lines at the port of Tema to"
                      " clear their containers within 72 hours.", "2017-06-20") == [
        ("72 hours", "2017-06-23")]
    assert _deadlines("Under the rules, she does not have to decide until 24 hours before the"
                      " race starts.", "2017-06-20") == []
