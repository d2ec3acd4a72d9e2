"""One options object (options.RunOptions) carries a run's settings through every layer, and the
library's keyword arguments still work."""
import datetime as dt
import pickle

import pytest

from timeline_cli import Document, extract_timeline, tag_dates
from timeline_cli.extraction import document_results
from timeline_cli.options import RunOptions

REF = dt.date(2024, 6, 27)
TEXT = "Incheon Airport had to close on Wednesday because of the balloons."


def test_the_readme_example_still_works(nlp):
    rows = extract_timeline([Document(id="a.txt", text=TEXT)], reference_date=REF, nlp=nlp)
    assert (rows[0].date, rows[0].event) == ("2024-06-26", "Incheon Airport had to close because of the balloons")


def test_an_options_object_gives_what_the_keywords_give(nlp):
    by_keywords = extract_timeline([TEXT], reference_date=REF, include_vague=True, nlp=nlp)
    by_object = extract_timeline([TEXT], options=RunOptions(reference_date=REF, include_vague=True), nlp=nlp)
    assert by_keywords and [r.to_dict() for r in by_object] == [r.to_dict() for r in by_keywords]


def test_keywords_override_the_options_object(nlp):
    options = RunOptions(reference_date=dt.date(2020, 1, 1))
    (row,) = tag_dates(["They met on Wednesday."], options=options, reference_date=REF, nlp=nlp)
    assert (row.date, row.reference_date, row.reference_source) == ("2024-06-26", "2024-06-27", "option")


def test_an_unknown_option_is_a_type_error_naming_it():
    with pytest.raises(TypeError, match="'reference_day'"):
        extract_timeline([TEXT], reference_day=REF)


def test_options_travel_to_worker_processes_as_they_are():
    options = RunOptions(reference_date=REF, lang="en", model="en_core_web_sm", batch_size=4, n_process=2)
    assert pickle.loads(pickle.dumps(options)) == options


def test_results_are_typed_rows_with_whole_text_offsets(nlp, monkeypatch):
    """A long text is parsed in pieces; each piece's rows come back as Event records whose offsets
    index the whole text (moved once, where the rows are made)."""
    from timeline_cli import documents as documents_module

    monkeypatch.setattr(documents_module, "DEFAULT_PIECE_CHARS", 200)
    # twelve happenings (one gate each): the same sentence twelve times would be one happening re-told
    text = "".join(f"Seoul closed gate {n} on Wednesday.\n\n" for n in range(12)).strip()
    results = list(document_results([Document(id="long.txt", text=text)], "events",
                                    RunOptions(reference_date=REF), nlp=nlp))
    assert len(results) > 1 and results[1][0].offset > 0
    rows = [row for _, result in results for row in result.rows]
    assert len(rows) == 12
    assert all(text[row.start:row.end] == "Wednesday" for row in rows)
    assert all(text[row.trigger_start:row.trigger_end] == "closed" for row in rows)
