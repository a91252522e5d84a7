"""Rules of the forty-fifth session, on invented sentences (GUIDELINES.md 3, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _measures(text: str, published: str = "2024-08-01") -> list:
    return analyze(text, dt.date.fromisoformat(published)).measures


def _records(text: str, published: str = "2024-08-01") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer) for m in _measures(text, published)]


def test_who_complained_does_not_open_the_probe():
    # GUIDELINES 4.5: the party after "a complaint by" asked for the step; the subject
    # opens the probe
    assert _records("The Tariff Board began its investigation in March after a complaint by"
                    " the Wire Rope Makers Guild.") == [
        ("investigation", "investigate", "Tariff Board")]
    # the complaint itself is still its filer's
    assert ("investigation", "investigate", "Chile") in _records(
        "Chile's complaint by letter aside, the WTO opened a case after a complaint by Chile"
        " against Peruvian sugar subsidies.")


def test_a_review_of_a_plan_to_buy_into_a_firm():
    # GUIDELINES 4.3 investigation: a security or competition review of a party's bid,
    # told as its plan or offer; the bidder is what the review weighs
    measures = _measures("In May, the Competition Bureau opened a review of a plan by"
                         " Calgary-based Ridgeline Partners to buy a 35% stake in Tamarack"
                         " Pipelines.")
    assert [(m.type, m.action, m.imposer, m.targets) for m in measures] == [
        ("investigation", "investigate", "Competition Bureau", ["Ridgeline Partners"])]
    measures = _measures("The Foreign Investment Review Board has begun a review of an offer"
                         " by Japan's Hoshino Metals for 60 percent of Kestrel Nickel.")
    assert [(m.imposer, m.targets) for m in measures] == [
        ("Foreign Investment Review Board", ["Hoshino Metals"])]
    # a plan that is no purchase is no probe of a party
    assert _records("The Competition Bureau opened a review of a plan by consultants to"
                    " simplify its forms.") == []


def test_who_bids_does_not_review_the_takeover():
    # GUIDELINES 4.5: "the takeover of X by Y": Y bids; the reviewer is the subject
    assert _records("The Foreign Investment Review Board said it would review the takeover"
                    " of Kestrel Nickel by Hoshino Metals.") == [
        ("investigation", "investigate", "Foreign Investment Review Board")]


def _deadlines(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.text, d.date) for d in analyze(text, dt.date.fromisoformat(published)).deadlines]


def test_a_span_from_the_day_a_step_starts():
    # GUIDELINES 5.3: a span counted from the day the text gives
    assert ("60 days", "2019-09-30") in _deadlines(
        "Manila will allow duty-free imports of pork from 1 August for 60 days to tame"
        " prices, the agriculture department said.", "2019-07-16")
    assert ("three months", "2020-05") in _deadlines(
        "Kenya will waive the duty on maize imports starting February 1 for a period of"
        " three months, the Treasury said.", "2020-01-20")
    # "N later": counted from the day told before it
    assert ("eight months", "2031-09") in _deadlines(
        "The reporting rules will apply to large refiners from 1 January 2031 and to small"
        " ones eight months later.", "2029-04-02")


def test_the_end_of_a_period_told_in_one_word():
    # GUIDELINES 5.3: a fixed boundary that is meant gives that day
    assert _deadlines("Lenders must report their exposure by quarter-end, the central bank"
                      " said.", "2023-08-09") == [("quarter-end", "2023-09-30")]
    assert _deadlines("The mint expects to issue the new coins by month's end, an official"
                      " said.", "2023-02-07") == [("month's end", "2023-02-28")]
    assert _deadlines("Importers must register by year-end, the customs service said.",
                      "2023-02-07") == [("year-end", "2023-12-31")]


def test_weekdays_told_the_british_way_and_this_week():
    # GUIDELINES 5.3: "Tuesday week" is a week after the coming Tuesday, "Friday
    # fortnight" two, "Monday next" the coming Monday; "this Thursday" is this week's
    assert _deadlines("Brokers have until Wednesday week to file their returns.",
                      "2019-10-03") == [("Wednesday week", "2019-10-16")]
    assert _deadlines("Growers have until Thursday fortnight to lodge claims.",
                      "2019-10-01") == [("Thursday fortnight", "2019-10-17")]
    assert _deadlines("Importers of live oysters will need a health certificate from Monday"
                      " next, the ministry said.", "2019-10-03") == [
        ("Monday next", "2019-10-07")]
    assert _deadlines("The ban on Latvian sprats will be lifted this Friday, the watchdog"
                      " said.", "2019-09-30") == [("this Friday", "2019-10-04")]


def test_next_season_said_in_that_season():
    # GUIDELINES 5.3: "next autumn" told in the autumn is the one a year on
    assert _deadlines("Ottawa will start collecting the levy on streaming services next"
                      " fall, the department said.", "2019-10-28") == [("next fall", "2020")]


def test_a_day_since_replaced_is_no_deadline():
    # GUIDELINES 5.1: only the day still meant is due
    assert _deadlines("Sales of the permits, originally due to begin in 2027, would be pushed back"
                      " to March 2028, the plan says.", "2026-02-10") == [
        ("March 2028", "2028-03")]


def test_a_state_then_an_apposition_then_which():
    # GUIDELINES 4.5: "India, the biggest buyer, which raised ..." is India's step
    assert _records("Sales slowed after Pakistan, the largest buyer, which raised its import"
                    " duty on tea to 20 per cent in May.") == [("tariff", "impose", "Pakistan")]


def test_a_flat_levy_and_a_currency_prefix():
    # GUIDELINES 4.3: a flat levy is a duty like any other; "US$" is money, no target
    measures = _measures("Ghana charges a flat levy of US$40 a tonne on raw cashew exports.")
    assert [(m.type, m.action, m.imposer, m.targets) for m in measures] == [
        ("tariff", "maintain", "Ghana", [])]


def test_duties_replaced_by_their_own_new_form():
    # GUIDELINES 4.2, 4.4: duties recast as a sliding scale are laid anew, not lifted
    assert _records("Decree 41 of Uruguay's Economy Ministry, published on Monday, replaces"
                    " fixed export duties on beef with a sliding scale linked to world"
                    " prices.", "2009-06-10")[0][:2] == ("tariff", "impose")
    assert _records("Japan replaced its rice quota with a tariff.") == [
        ("quota", "lift", "Japan"), ("tariff", "impose", "Japan")]


def test_a_ceiling_price_is_a_price_control():
    # GUIDELINES 4.3 other: a price a public authority caps, whichever word comes first
    assert _records("Kuala Lumpur said the ceiling price for eggs would be extended to"
                    " August 31.", "2022-06-02")[0][:2] == ("other", "extend")
    assert _records("Manila will lift price caps on pork next month.")[0][:2] == (
        "other", "lift")


def test_sums_in_a_currency_are_no_actors():
    # GUIDELINES 2.1: "RM8.90", "Rp14,000", "P15,000" are money, not organizations
    findings = analyze("Stalls sold eggs at RM8.90 a tray, oil at Rp14,000 a litre and rice"
                       " at P45,000 a sack, while the P5 met in Geneva.",
                       dt.date(2022, 6, 2))
    assert [a.name for a in findings.actors if a.kind == "organization"] == ["P5"]


def test_a_deadline_label_keeps_a_sum_whole():
    # GUIDELINES 5.4: the label reads on its own; "2.5-litre" is not cut at its point
    assert [d.what for d in analyze("The duty on cars with 2.5-litre engines will expire on"
                                    " June 30.", dt.date(2022, 5, 27)).deadlines] == [
        "the duty on cars with 2.5-litre engines expires"]


def _actors(text: str) -> list[tuple[str, int]]:
    return [(a.name, len(a.mentions)) for a in analyze(text, dt.date(2019, 5, 2)).actors
            if a.kind == "organization"]


def test_a_short_form_defined_after_a_full_name_is_the_same_actor():
    # GUIDELINES 2.5: one actor per entity, whatever language its short form comes from
    assert _actors("The Czech Social Democratic Party (CSSD) lost ground in Brno. The CSSD"
                   " said it would regroup.") == [("Czech Social Democratic Party", 3)]
    assert _actors("The Ministry of Economy, Trade and Industry, or METI, said chipmakers"
                   " had enough stocks.") == [("Ministry of Economy, Trade and Industry", 2)]
    # not a dateline's agency, nor the tail of a name cut at "of"
    assert _actors("UNITED NATIONS (AP) - The Security Council voted on Monday.")[:2] == [
        ("United Nations", 1), ("Associated Press", 1)]
    assert _actors("The China Council for the Promotion of International Trade (CCPIT)"
                   " disagreed.") == [("China Council for the Promotion of International Trade",
                                       2)]


def test_a_labour_congress_is_a_union_not_a_legislature():
    # GUIDELINES 2.7: a union leader's affiliation is the union, not the state
    findings = analyze("Ghana Trades Union Congress president Kofi Mensah said the strike"
                       " would go on.", dt.date(2019, 5, 2))
    assert [(a.name, a.affiliation) for a in findings.actors if a.kind == "person"] == [
        ("Kofi Mensah", "Ghana Trades Union Congress")]


def test_courtesy_titles_from_many_languages_are_no_names():
    # GUIDELINES 2.1, 2.6: "Engr.", "Atty.", "Herr", "Ibu", "Datuk Seri" are titles before
    # a name, not actors nor parts of one; a post before them is the person's role
    people = analyze("Engr. Ramon Villaflor Cruz, administrator of the Sugar Regulatory"
                     " Administration, spoke first. Atty. Maria Celeste Ong said the quota was"
                     " too small.", dt.date(2019, 5, 2)).actors
    assert [a.name for a in people if a.kind != "person"] == ["Sugar Regulatory Administration"]
    people = analyze("Dr. Helmut Sauerbrey, the railway's finance director, spoke. Herr"
                     " Sauerbrey said Bonn must act. Siti Rahayu, the trade ministry's director,"
                     " agreed. Ibu Siti said so too.", dt.date(1991, 5, 2)).actors
    assert [(a.name, len(a.mentions)) for a in people if a.kind == "person"] == [
        ("Helmut Sauerbrey", 2), ("Siti Rahayu", 2)]
    people = analyze("Trade Minister Datuk Seri Wan Azmi Hashim said the levy would stay.",
                     dt.date(2019, 5, 2)).actors
    assert [(a.name, a.role) for a in people] == [("Wan Azmi Hashim", "Trade Minister")]


def test_festivals_and_diseases_are_no_actors():
    # GUIDELINES 2.1: days, festivals and diseases named after places are no actors
    findings = analyze("Markets will close for Eid al-Adha and reopen after Shavuot, while"
                       " Rift Valley fever and Newcastle disease spread near Mombasa. Kenya's"
                       " Ministry of Health said Alzheimer's disease was not involved.",
                       dt.date(2019, 5, 2))
    assert [a.name for a in findings.actors] == ["Mombasa", "Kenya", "Ministry of Health"]


def test_reviews_of_a_deal_told_other_ways():
    # GUIDELINES 4.3 investigation: a competition review of a party's own plan to buy, an
    # examination of a merger, a regulator that will look into a purchase
    measures = _measures("The Commerce Commission has begun a review of Kauri Freight's plan to"
                         " buy Southern Haulage, its only rival on the route.")
    assert [(m.type, m.imposer, m.targets) for m in measures] == [
        ("investigation", "Commerce Commission", ["Kauri Freight"])]
    assert _records("The Federal Cartel Office said it had opened a formal examination of the"
                    " planned merger of Nordstahl and Rheinblech.") == [
        ("investigation", "investigate", "Federal Cartel Office")]
    assert _records("The Competition and Markets Authority said it would look into whether"
                    " Harbour Foods' purchase of 90 corner shops could raise prices.") == [
        ("investigation", "investigate", "Competition and Markets Authority")]


def test_a_class_told_in_the_present_it_is_obliged_to():
    # GUIDELINES 4.3 other: a duty laid on a class under a new rule, told in the present
    assert _records("Importers are required to post a deposit of 20% from January, the"
                    " Central Bank of Nigeria said.")[0][::2] == (
        "other", "Central Bank of Nigeria")


def test_from_the_end_of_a_period_is_its_last_day():
    # GUIDELINES 5.3: "from the end of June" starts on 30 June, not on the 1st
    assert _deadlines("The rule applies from the end of June, the ministry said.",
                      "2026-03-03") == [("the end of June", "2026-06-30")]
    assert _deadlines("Importers must post a deposit from quarter-end, the central bank"
                      " said.", "2026-03-03") == [("quarter-end", "2026-03-31")]
    assert _deadlines("The ban applies from the start of June.", "2026-03-03") == [
        ("the start of June", "2026-06-01")]


def test_a_waiver_starting_is_labelled_by_its_clause():
    # GUIDELINES 5.4: the label says who does what; a waiver starting is no duty taking
    # effect, and no part of a dateline opens it
    assert [d.what for d in analyze(
        "KUALA LUMPUR, Jan 5 (Bernama) -- Malaysia will waive the export duty on crude palm oil"
        " from Monday to cut stockpiles.", dt.date(2018, 1, 5)).deadlines] == [
        "Malaysia will waive the export duty on crude palm oil to cut stockpiles"]
