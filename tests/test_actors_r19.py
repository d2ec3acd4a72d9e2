"""Round 19: the speaker's company with the role before the name ("Acme's finance director, Jane Doe,
said the company ..."), an agent adjective's object "it", an object "it" of a joined clause
(docs/events.md, "The speaker's company before the name, an agent's 'it', ..."). Sentences are this
project's own (no corpus text), parsed with the real model."""
from __future__ import annotations

from test_events import REF, expr, rows
from timeline_cli.events import extract_events

STRIKE = ("Dock workers at Norvik Steel walked out on Monday. The strike halted deliveries to Brantel Motors, "
          "which stopped two assembly lines on Tuesday. Norvik Steel's finance director, Anna Holm, said "
          "the company had lost 40 million crowns in 2024.")


def _lost(nlp, text):
    return rows(nlp, text, expr(text, "2024", "2024", "2024-01-01", "2024-12-31", granularity="year"))


def test_the_company_is_the_company_of_the_title_written_before_the_speaker(nlp):
    events = [r.event for r in _lost(nlp, STRIKE)]
    assert any(e.startswith("Norvik Steel had lost 40 million crowns") for e in events), events
    assert not any(e.startswith("Brantel") for e in events), events


def test_an_of_phrase_title_names_the_company_too(nlp):
    text = STRIKE.replace("Norvik Steel's finance director, Anna Holm,", "The finance director of Norvik Steel, "
                          "Anna Holm,")
    events = [r.event for r in _lost(nlp, text)]
    assert any(e.startswith("Norvik Steel had lost 40 million crowns") for e in events), events


BANK = ("Norwegian online bank Brevik Bank files for bankruptcy\n\n"
        "OSLO, March 3, 2025 (Wire) - Brevik Bank, a Norwegian online lender with about 200,000 customers, has "
        "filed for bankruptcy after a run on its deposits left it unable to repay savers, the company said on "
        "Monday.\n\nThe Financial Supervisory Authority said it had been examining the lender since May and had "
        "ordered it on Friday to preserve all its records.\n")


def _all_rows(nlp, text):
    """Every row, the lead's "after" clause too, given a day of its own ("on Friday": a lead dated only by
    the publication range gives an undated "after" clause no row, events/earlier.py)."""
    return extract_events(nlp(text), [expr(text, "Monday", "2025-03-03", "2025-03-03", "2025-03-03"),
                                      expr(text, "Friday", "2025-02-28", "2025-02-28", "2025-02-28")],
                          source="a.txt", reference_date=REF, reference_source="option")


def test_it_the_doer_of_an_agent_adjective_is_the_company_and_so_is_its(nlp):
    found = _all_rows(nlp, BANK.replace("a run on its deposits", "a run on its deposits on Friday"))
    events = [r.event for r in found]
    assert any("run on Brevik Bank's deposits left Brevik Bank unable to repay" in e for e in events), events


def test_an_expletive_it_before_an_adjective_stays(nlp):
    text = BANK.replace("after a run on its deposits left it unable to repay savers",
                        "after, on Friday, a run on its deposits made it clear that savers would lose money")
    found = _all_rows(nlp, text)
    assert not any("made Brevik Bank clear" in r.event for r in found), [r.event for r in found]
    assert any(r.event.startswith("A run on") for r in found), [r.event for r in found]


def test_object_it_of_a_joined_clause_is_the_earlier_clause_s_object(nlp):
    found = rows(nlp, BANK, expr(BANK, "Friday", "2025-02-28", "2025-02-28", "2025-02-28"))
    events = [r.event for r in found]
    assert any("had ordered the lender to preserve" in e for e in events), events


def test_object_it_after_a_person_object_is_left(nlp):
    text = BANK.replace("examining the lender since May", "questioning the founder since May")
    found = rows(nlp, text, expr(text, "Friday", "2025-02-28", "2025-02-28", "2025-02-28"))
    assert not any("ordered the founder" in r.event for r in found), [r.event for r in found]


def test_the_owner_of_a_chief_executive_is_a_company_whatever_the_tagger_said(nlp):
    text = STRIKE.replace("Norvik Steel's finance director, Anna Holm,", "Carlo Bertani's chief executive, Anna Holm,"
                          ).replace("Dock workers at Norvik Steel", "Dock workers at Carlo Bertani")
    events = [r.event for r in _lost(nlp, text)]
    assert any(e.startswith("Carlo Bertani had lost 40 million crowns") for e in events), events


def test_a_described_company_is_not_the_speaker_s_own(nlp):
    text = STRIKE.replace("said the company had lost", "said the merged company had lost")
    events = [r.event for r in _lost(nlp, text)]
    assert not any(e.startswith("Norvik Steel had lost") for e in events), events


PAY = ("Teachers in Norland have won a 7% pay rise, an arbitration panel ruled on Monday, and their union "
       "called off a strike. The union representing school cleaners said it would ballot members on a "
       "walkout in June.")


def _june(nlp, text):
    return rows(nlp, text, expr(text, "June", "2024-06", "2024-06-01", "2024-06-30", granularity="month"))


def test_a_defining_clause_tells_the_story_s_second_union_apart(nlp):
    events = [r.event for r in _june(nlp, PAY)]
    assert any(e.startswith("The union representing school cleaners would ballot") for e in events), events


def test_the_story_s_one_union_is_written_as_the_union(nlp):
    text = PAY.replace(", and their union called off a strike", "")
    events = [r.event for r in _june(nlp, text)]
    assert any(e.startswith("The union would ballot") for e in events), events
