"""Round 59d: a lead in the present perfect with a phrase between the auxiliary and the verb ("Scientists
have for the first time followed European eels ..."): the parser hangs the subject on "have" and tags
the verb a simple past. The sentence is still the story's lead (docs/events.md, "The lead's subject on
its auxiliary"): its main verb is a row of the publication range, and the next sentence's past verb,
whose sentence dates only a participle ("tags to eels caught ... in the autumn of 2023"), takes no
publication date. Sentences are new ones of the same shape, with near-misses that must not change."""
from __future__ import annotations

from timeline_cli import Document, extract_timeline

SPLIT = ("Port strike ends\n\nROTTERDAM, June 9, 2026 (Wire) - Dock workers have after six weeks of talks "
         "accepted a new pay offer, ending a strike that closed the port.\n\nInspectors checked the cranes "
         "used by the crews in the winter of 2025. The union had rejected two earlier offers in May.\n")


def _rows(nlp, text: str):
    return extract_timeline([Document(id="a", text=text)], merge=False, nlp=nlp)


def test_split_perfect_lead_is_a_publication_row(nlp):
    rows = _rows(nlp, SPLIT)
    lead = [r for r in rows if r.date_basis == "publication"]
    assert [r.event for r in lead] == ["Dock workers have accepted a new pay offer, ending a strike"]
    assert (lead[0].date, lead[0].end_date) == ("2026-06-08", "2026-06-09")  # a present perfect: day before to day


def test_sentence_after_the_lead_keeps_no_publication_date(nlp):
    rows = _rows(nlp, SPLIT)
    assert not [r for r in rows if r.trigger == "check" and r.date_basis == "publication"]


def test_plain_perfect_lead_unchanged(nlp):
    rows = _rows(nlp, SPLIT.replace("have after six weeks of talks accepted", "have accepted"))
    lead = [r for r in rows if r.date_basis == "publication"]
    assert [(r.event, r.date, r.end_date) for r in lead] == [
        ("Dock workers have accepted a new pay offer, ending a strike", "2026-06-08", "2026-06-09")]


def test_lead_dated_by_its_own_text_keeps_its_date(nlp):
    rows = _rows(nlp, "Probe reaches far side of moon\n\nHOUSTON, May 4, 2026 (Wire) - Engineers have for the "
                      "first time landed a probe on the far side of the moon, the agency said on Monday.\n")
    assert not [r for r in rows if r.date_basis == "publication"]
    assert [r.value for r in rows if r.time_expression == "Monday"] == ["2026-05-04"]
