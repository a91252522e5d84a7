"""A small invented corpus for the views across articles (issue 14), findings built by hand
so the tests say exactly what the views make of them.

The story: Ruritania threatens a steel tariff on Freedonia (deadline 1 March), delays it
(deadline moved to 15 April), eases it to 10%, then lifts it. Its trade minister, Anna
Keller, speaks in every article. An unrelated article (a museum opening) names Anna
Keller too, and nothing else of the story.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdesk.analysis.model import Findings
from newsdesk.app.engine import engine_version
from newsdesk.store.records import Article


@dataclass
class M:
    type: str
    action: str
    imposer: str | None
    targets: list[str]
    sentence: str  # a sentence of the text: the measure's evidence
    magnitude: str | None = None


@dataclass
class D:
    date: str
    what: str
    words: str  # the words of the text that give the date
    measure: int | None = 0


@dataclass
class A:
    name: str
    kind: str
    surface: str  # the words of the text that name it
    role: str | None = None
    affiliation: str | None = None


@dataclass
class Story:
    id: str
    title: str
    published: str | None
    sentences: list[str]
    actors: list[A] = field(default_factory=list)
    measures: list[M] = field(default_factory=list)
    deadlines: list[D] = field(default_factory=list)

    def article(self) -> Article:
        text = " ".join(self.sentences)

        def at(words: str) -> dict:
            start = text.index(words)
            return {"start": start, "end": start + len(words), "text": words}

        findings = Findings.from_json({
            "sentences": [[text.index(sentence), text.index(sentence) + len(sentence)]
                          for sentence in self.sentences],
            "actors": [{"name": a.name, "kind": a.kind, "role": a.role,
                        "affiliation": a.affiliation, "mentions": [at(a.surface)]}
                       for a in self.actors],
            "times": [{**at(d.words), "type": "DATE", "value": d.date} for d in self.deadlines],
            "measures": [{"type": m.type, "action": m.action, "imposer": m.imposer,
                          "targets": m.targets, "magnitude": m.magnitude, **at(m.sentence)}
                         for m in self.measures],
            "deadlines": [{"date": d.date, "what": d.what, "measure": d.measure, **at(d.words)}
                          for d in self.deadlines],
        })
        return Article(id=self.id, title=self.title, text=text, source="Story Wire",
                       published=self.published, imported_at="2025-06-02T00:00:00+00:00",
                       findings=findings, findings_version=engine_version())


KELLER = A("Anna Keller", "person", "Anna Keller", "Trade Minister", "Ruritania")
RURITANIA = A("Ruritania", "country", "Ruritania")
FREEDONIA = A("Freedonia", "country", "Freedonia")

STORY = [
    Story("s1" * 8, "Ruritania threatens steel tariff on Freedonia", "2025-01-10", [
        "Ruritania threatened a 25% tariff on steel from Freedonia.",
        "Anna Keller said it would take effect on 1 March unless talks succeed."],
        [RURITANIA, FREEDONIA, KELLER],
        [M("tariff", "threaten", "Ruritania", ["Freedonia"],
           "Ruritania threatened a 25% tariff on steel from Freedonia.", "25%")],
        [D("2025-03-01", "Ruritania's steel tariff on Freedonia takes effect", "1 March")]),
    Story("s2" * 8, "Ruritania delays steel tariff on Freedonia", "2025-02-20", [
        "Ruritania delayed its steel tariff on Freedonia.",
        "Anna Keller said the tariff would now start on 15 April."],
        [RURITANIA, FREEDONIA, KELLER],
        [M("tariff", "delay", "Ruritania", ["Freedonia"],
           "Ruritania delayed its steel tariff on Freedonia.")],
        [D("2025-04-15", "Ruritania's steel tariff on Freedonia takes effect", "15 April")]),
    Story("s3" * 8, "Ruritania eases steel tariff on Freedonia", "2025-04-20", [
        "Ruritania cut its steel tariff on Freedonia to 10%.",
        "Anna Keller called it a gesture of good faith."],
        [RURITANIA, FREEDONIA, KELLER],
        [M("tariff", "ease", "Ruritania", ["Freedonia"],
           "Ruritania cut its steel tariff on Freedonia to 10%.", "10%")]),
    Story("s4" * 8, "Ruritania lifts steel tariff on Freedonia", "2025-06-01", [
        "Ruritania lifted its steel tariff on Freedonia.",
        "Anna Keller said trade would return to normal."],
        [RURITANIA, FREEDONIA, KELLER],
        [M("tariff", "lift", "Ruritania", ["Freedonia"],
           "Ruritania lifted its steel tariff on Freedonia.")]),
]

MUSEUM = Story("u1" * 8, "Minister opens new art museum", "2025-03-05", [
    "Anna Keller opened the City Art Museum on Tuesday.",
    "The museum shows paintings from three centuries."],
    [KELLER, A("City Art Museum", "organization", "City Art Museum")])
