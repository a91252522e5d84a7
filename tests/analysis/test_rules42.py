"""Rules of the forty-second session, on invented sentences (GUIDELINES.md 2, 4, 5)."""

from __future__ import annotations

import datetime as dt

from newsdesk.analysis.engine import analyze


def _records(text: str, published: str = "2022-05-06") -> list[tuple[str, str, str | None]]:
    return [(m.type, m.action, m.imposer)
            for m in analyze(text, dt.date.fromisoformat(published)).measures]


def test_foreigners_barred_from_buying_in_any_wording():
    # GUIDELINES 4.3 investment_restriction: foreign ownership held back, whoever the
    # foreigners are and whatever the verb of buying
    assert _records("Canada banned foreign buyers from purchasing residential property for"
                    " two years.") == [("investment_restriction", "impose", "Canada")]
    assert _records("New Zealand banned most foreigners from buying existing homes.") == [
        ("investment_restriction", "impose", "New Zealand")]
    # those barred from something else are no owners held back
    assert all(record[0] != "investment_restriction" for record in _records(
        "Canada banned foreign fishing boats from entering its waters."))


def test_foreigners_let_own_a_share():
    # GUIDELINES 4.3 investment_restriction, 4.4 ease
    assert _records("Thailand will allow foreigners to own up to 49 percent of condominium"
                    " units.") == [("investment_restriction", "ease", "Thailand")]
    assert _records("Thailand will allow foreigners to visit for 30 days without a visa.") == []


def test_what_is_sold_to_foreigners_restricted_or_let_again():
    # GUIDELINES 4.3 investment_restriction: the sale of land to foreigners is their buying
    assert _records("The Ukrainian cabinet restricted the sale of farmland to"
                    " foreigners.") == [("investment_restriction", "impose", "Ukraine")]
    assert _records("Ukraine lifted a moratorium on the sale of farmland to foreign investors"
                    " in 2021.") == [("investment_restriction", "lift", "Ukraine")]
    assert _records("Ukraine praised the sale of farmland to foreign investors.") == []


def test_foreigners_a_state_requires_to_sell_or_seek_approval():
    # GUIDELINES 4.3 investment_restriction: a duty laid on foreigners about their stakes
    assert _records("Vietnam will require foreign investors to obtain approval before buying"
                    " stakes in ports.") == [("investment_restriction", "impose", "Vietnam")]
    assert _records("Indonesia will require foreign mining companies to sell 51 percent of"
                    " their shares to local investors within ten years.") == [
        ("investment_restriction", "impose", "Indonesia")]
    # a duty of another kind on foreigners stays "other"
    assert _records("Thailand will require foreign banks to file monthly reports.") == [
        ("other", "impose", "Thailand")]


def test_permits_a_state_will_no_longer_issue():
    # GUIDELINES 4.3: permits withheld hold back what they allow
    assert _records("The Indian government will no longer issue import permits for used"
                    " clothing.") == [("import_ban", "impose", "India")]
    assert _records("Kenya will no longer grant mining licences to foreign firms, the"
                    " ministry said.") == [("other", "impose", "Kenya")]
    assert _records("The bank will no longer issue paper statements.") == []
