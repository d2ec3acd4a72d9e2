"""Who "he", "she", "the president" and "whose" stand for, by the text's own evidence (issue 10,
item 3; docs/events.md "Subject resolution"): a pronoun already tied to a person, a surname the tagger
missed, a role the story gives a person, another person in sight who may be meant. A wrong name is
worse than a pronoun. Sentences are this project's own (no corpus text), parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows

RECOUNT = ('Councilwoman Maria Olsen beat Mayor Tom Reed by 30 votes on Monday. Reed asked for a recount on '
           'May 2. He has until Friday to appeal. "The people have spoken," Olsen told supporters. She will be '
           'sworn in on June 5.')


def _by_value(found):
    return {r.value: r for r in found}


def test_she_is_not_the_man_the_text_calls_he_and_a_missed_surname_is_the_person(nlp):
    found = _by_value(rows(nlp, RECOUNT, expr(RECOUNT, "Friday", "2024-06-28", "2024-06-28"),
                           expr(RECOUNT, "June 5", "2024-06-05", "2024-06-05")))
    # "Olsen" is tagged a common noun in "Olsen told supporters": still the councilwoman
    assert found["2024-06-05"].event == "Olsen will be sworn in", found["2024-06-05"]
    assert found["2024-06-05"].actors[:1] == ["Olsen"]
    assert found["2024-06-28"].event.startswith("Reed has"), found["2024-06-28"]


PORT = ("Ghana on Thursday named Abena Mensah, a senior official at the World Bank, as head of the ports "
        "authority. Mensah, 48, will replace Kofi Boateng, who retired in June. His deputy, Yaw Darko, has run "
        "the authority since then. The transport committee will question her next week. She would then take "
        "office on January 5. Mensah joined the World Bank in 2008. She has written widely on trade.")


def test_she_is_the_storys_woman_not_the_nearer_person_of_untold_gender(nlp):
    found = _by_value(rows(nlp, PORT, expr(PORT, "January 5", "2025-01-05", "2025-01-05")))
    row = found["2025-01-05"]
    # not "Yaw Darko would take office"; since round 29b the story's woman, Mensah, shown a woman by
    # other pronouns and named more often than anyone else (main_person.py, `untold`)
    assert row.event == "Mensah would take office", row
    assert "Yaw Darko" not in row.actors


COUP = ("Police Chief Anna Berg said about 20 men led by a former army officer, Major Tomas Riel, stormed the "
        "television station shortly after dawn. The president was not in the capital: he had flown to Lagos on "
        "Thursday for talks, and he returned on Friday evening.")


def test_a_role_noun_names_only_the_person_the_story_gives_that_role(nlp):
    found = _by_value(rows(nlp, COUP, expr(COUP, "Friday evening", "2024-06-28TEV", "2024-06-28", "2024-06-28",
                                           type="TIME", granularity="part-of-day")))
    row = found["2024-06-28TEV"]
    assert row.event == "The president returned", row
    assert not {"Anna Berg", "Tomas Riel"} & set(row.actors), row.actors
    text = "Prime Minister Ana Ruiz visited Lagos on Monday. The prime minister met the president on Tuesday."
    found = _by_value(rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25")))
    assert found["2024-06-25"].event == "Ana Ruiz met the president"


def test_whose_after_a_resolved_generic_subject_is_named(nlp):
    text = ("Software maker Corvane Inc said on Wednesday it would close two offices. The company, whose shares "
            "have fallen by half since March, hired 300 people last May.")
    found = _by_value(rows(nlp, text, expr(text, "March", "2024-03", "2024-03-01", "2024-03-31", granularity="month")))
    row = found["2024-03"]
    assert row.event.startswith("Corvane Inc's shares have fallen"), row
    assert row.actors[:1] == ["Corvane Inc"]


def test_its_after_a_hyphenated_subject(nlp):
    text = ("The 300-metre road bridge, which opened in 1968, had been closed to trucks since last March, when "
            "engineers found rust in two of its steel beams.")
    found = _by_value(rows(nlp, text, expr(text, "last March", "2024-03", "2024-03-01", "2024-03-31",
                                           granularity="month")))
    assert found["2024-03"].event == "Engineers found rust in two of the 300-metre road bridge's steel beams"


def test_which_after_a_phrase_of_an_event_noun_is_the_happening_when_its_verb_says_so(nlp):
    text = "Staff in Spain will be told after talks with local unions, which are expected to last until April."
    found = _by_value(rows(nlp, text, expr(text, "April", "2025-04", "2025-04-01", "2025-04-30", granularity="month")))
    assert found["2025-04"].event.startswith("Talks with local unions are expected to last"), found["2025-04"]
    # an act of its own, with an object: the nearest noun stays the antecedent
    text = "The company ended talks with two unions, which began a strike in April."
    found = _by_value(rows(nlp, text, expr(text, "April", "2025-04", "2025-04-01", "2025-04-30", granularity="month")))
    assert found["2025-04"].event.startswith("Two unions began a strike"), found["2025-04"]


def test_a_conjunct_with_a_clausal_subject_keeps_its_own_subject(nlp):
    """The small model sometimes reads "that affected employees" as a clause ("that" its subject,
    "employees" its object); written out here so the test does not depend on the model's mood."""
    from test_describe_clauses import reparsed

    text = ("Chief Executive Dana Moss told staff in a memo that the cuts would fall mainly on sales and support, "
            "and that affected employees in Germany would be told by Friday.")
    doc = reparsed(nlp, text, {"that": ("affected", "nsubj"), "affected": ("told", "csubjpass"),
                               "employees": ("affected", "dobj")})
    found = rows(lambda _text: doc, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))
    told = [r for r in found if r.trigger == "tell" and r.event.endswith("would be told")]
    assert told and told[0].event == "Employees in Germany would be told", [r.event for r in found]
    assert "Dana Moss" not in told[0].actors


VACCINE = ("AMSTERDAM, Feb. 27, 2026 (Wire) - The regulator on Friday approved a new flu vaccine made by Swiss drug "
           "company Helvex Pharma. Shares jumped 9 percent. The company, which was founded in 2011, has never made "
           "a profit. It raised 300 million euros from investors in 2024.")


def test_the_company_is_the_one_name_the_story_called_a_company(nlp):
    found = _by_value(rows(nlp, VACCINE, expr(VACCINE, "2011", "2011", "2011-01-01", "2011-12-31", granularity="year"),
                           expr(VACCINE, "2024", "2024", "2024-01-01", "2024-12-31", granularity="year")))
    assert found["2011"].event == "Helvex Pharma was founded", found["2011"]
    assert found["2024"].event.startswith("Helvex Pharma raised 300 million euros"), found["2024"]
    # two companies so described: "the company" names neither
    text = VACCINE.replace("Shares jumped 9 percent.", "Rival drug company Norvex Labs fell 2 percent.")
    found = _by_value(rows(nlp, text, expr(text, "2011", "2011", "2011-01-01", "2011-12-31", granularity="year")))
    assert found["2011"].event == "The company was founded", found["2011"]


def test_evidence_comes_from_the_subject_the_pronoun_hangs_on_not_a_clause_in_between(nlp):
    # "her" is the stepmother's: it tells nothing of Lind, the subject of the clause in between
    text = ("Lind's stepmother, who married Lind's father when Lind was a boy, said from her home that he was a "
            "quiet man. Police named Erik Lind as the suspect on Monday. Lind had been arrested twice since 1990. "
            "His car was found at the airport on Tuesday.")
    found = _by_value(rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25")))
    assert found["2024-06-25"].event.startswith("Lind's car was found"), found["2024-06-25"]

