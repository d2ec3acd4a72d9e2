"""Round 72a: a pronoun whose resolved antecedent the text contradicts is left as written (distrusted.py).

- "he" for a thing while a man is described anew between them; "his" for the owner of a nearer kin noun;
- "it" for a person's name set beside a person's noun ("a marine biologist");
- "it" made the speaker for a common noun that was itself what a speaker said;
- "it" for a subject whose own clause has another "it" as its object ("failed to make it pay");
- a negation or a quantifier taken for an antecedent.
The pronoun kept opens the row, with no actor for it, and the row stays (unresolved.py).
Near misses: a resolution the text does not contradict stays as it was.
"""
from __future__ import annotations

import datetime as dt

from timeline_cli.events.distrusted import distrusted
from timeline_cli.events.words import ENGLISH
from timeline_rows import timeline_rows

TUESDAY = dt.date(2026, 3, 3)


def _rows(nlp, text):
    text = "KESTON, March 3, 2026 (Wire) - " + text  # a story's dateline, as the rows of a story are read
    return {r.time_expression: r for r in timeline_rows(nlp, text, TUESDAY)}


def test_he_is_not_the_helicopter_with_a_man_between(nlp):
    rows = _rows(nlp, "Two climbers were stranded on a ridge above Glen Etive on Sunday. A mountain rescue team "
                      "reached them about an hour later, and a police helicopter flew the injured climber, a "
                      "52-year-old man, to hospital in Fort William, where he was in a serious condition on Monday.")
    assert rows["Monday"].event == "He was in a serious condition"
    assert rows["Monday"].actors == []


def test_it_is_not_the_biologist(nlp):
    rows = _rows(nlp, "Marta Lindqvist-Berg, a marine biologist, was appointed director of the Fjordland "
                      "Research Institute on Monday, becoming the first woman to run the 300-person institute "
                      "since it was founded in 1961.")
    assert rows["1961"].event == "It was founded"
    assert rows["1961"].actors == []


def test_the_fault_a_speaker_told_does_not_speak(nlp):
    rows = _rows(nlp, "Brannock Appliances is recalling 40,000 kettles after reports of leaks, the company said on "
                      "Monday. The fault lies in a rubber seal around the kettle's base, which can crack if the "
                      "kettle boils dry, the company said. It said it had changed the maker of the seal in November "
                      "and that kettles made since then were not affected.")
    assert rows["November"].event == "It had changed the maker of the seal"


def test_another_it_in_the_subject_s_own_clause(nlp):
    rows = _rows(nlp, "The castle hotel will reopen in May. Guest numbers fell in the 1990s, and a hotel group "
                      "that bought the castle in 2004 failed to make it pay. It closed in 2015, after engineers "
                      "found damp in the walls.")
    assert rows["2015"].event == "It closed"
    assert rows["2004"].event == "A hotel group bought the castle"


def _parsed(nlp, text, pronoun_at):
    doc = nlp(text)
    return doc, next(t.i for t in doc if t.idx == text.index(pronoun_at))


def test_kin_noun_owned_by_the_antecedent_is_nearer(nlp):
    text = "Hallorann's grandson, Peter, came in on Monday with the old awl, which had hung in his shed since."
    doc, i = _parsed(nlp, text, "his shed")
    assert distrusted({i: "Hallorann's"}, doc, ENGLISH) == {i}
    assert distrusted({i: "Peter's"}, doc, ENGLISH) == set()  # near miss: the grandson himself


def test_no_train_is_no_antecedent(nlp):
    text = "No train was on the bridge when the lorry hit it. The last train had crossed it an hour earlier."
    doc, i = _parsed(nlp, text, "it an hour")
    assert distrusted({i: "No train"}, doc, ENGLISH) == {i}
    assert distrusted({i: "the bridge"}, doc, ENGLISH) == set()  # near miss


def test_company_that_said_it_keeps_its_name(nlp):
    rows = _rows(nlp, "Carrow Motors reported a loss on Monday. It said it had cut 5,000 jobs in January.")
    assert rows["January"].event == "Carrow Motors had cut 5,000 jobs"
    assert rows["January"].actors == ["Carrow Motors"]


def test_museum_that_reopened_keeps_its_name(nlp):
    rows = _rows(nlp, "The harbour museum will close for repairs. It reopened in 1998 after a fire.")
    assert rows["1998"].event == "The harbour museum reopened after a fire"


def test_it_the_recall_costs_may_be_the_subject_s_own(nlp):
    rows = _rows(nlp, "Hollins Textiles, which is based in Halifax, expects the recall to cost it about 4 million "
                      "pounds. In 2021 it recalled 5,000 electric blankets over a wiring fault.")
    assert rows["2021"].event == "Hollins Textiles recalled 5,000 electric blankets over a wiring fault"


def test_the_speaker_s_own_it_keeps_its_name(nlp):
    rows = _rows(nlp, "Schools in Quebec closed early on Monday because of the heat. The education ministry said it "
                      "would announce grants for air conditioning in June.")
    assert rows["June"].event == "The education ministry would announce grants for air conditioning"
