"""Across articles the same actor gets the same name (import and re-analysis link them)."""

from __future__ import annotations

import json

from newsdesk.cli.main import main


def _names(capsys, prefix: str) -> set[str]:
    main(["show", prefix, "--json"])
    record = json.loads(capsys.readouterr().out)
    return {a["name"] for a in record["actors"]}


def _id_of(capsys, title_word: str) -> str:
    main(["list"])
    out = capsys.readouterr().out
    return next(line.split()[0] for line in out.splitlines() if title_word in line)


def test_spelling_variants_and_surnames_link_to_the_known_name(tmp_path, capsys,
                                                               workstation_store):
    first = tmp_path / "ottawa.txt"
    first.write_text("Ottawa steel curbs\nCanadian Prime Minister Mark Carney said on Monday "
                     "that Canada would impose a 25% surtax on Chinese steel.\n")
    second = tmp_path / "carney.txt"
    second.write_text("Surtax widened\nCarney told reporters the surtax would also cover "
                      "aluminium. Prime Minister Carney did not give a date.\n")
    third = tmp_path / "accents.txt"
    third.write_text("Madrid reacts\nSpanish Prime Minister Pedro Sánchez criticised the "
                     "tariffs on Tuesday.\n")
    fourth = tmp_path / "plain.txt"
    fourth.write_text("Sanchez meets Carney\nPrime Minister Pedro Sanchez met Mark Carney in "
                      "Madrid on Friday.\n")
    assert main(["import", str(first), str(second), str(third), str(fourth)]) == 0
    capsys.readouterr()
    assert "Mark Carney" in _names(capsys, _id_of(capsys, "Surtax widened"))
    # The seed article already names "Pedro Sanchez": both spellings take that name.
    assert "Pedro Sanchez" in _names(capsys, _id_of(capsys, "Madrid reacts"))
    assert "Pedro Sanchez" in _names(capsys, _id_of(capsys, "Sanchez meets Carney"))
    # Different people are not folded together.
    assert "Mark Carney" in _names(capsys, _id_of(capsys, "Sanchez meets Carney"))
