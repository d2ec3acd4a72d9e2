"""temporal.context.doc_text: a doc's text, joined once and kept (round 32d, speed)."""
import spacy
from spacy.tokens import Doc

from timeline_cli.temporal.context import doc_text


def test_doc_text_is_the_docs_text_and_is_kept():
    nlp = spacy.blank("en")
    doc = nlp("The council met on Monday.\n\nIt voted  twice. ")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # joined once


def test_doc_text_of_an_empty_doc():
    assert doc_text(spacy.blank("en")("")) == ""


def test_doc_text_kept_for_another_length_is_not_used():
    nlp = spacy.blank("en")
    doc = nlp("Rates rose in May.")
    doc.user_data["timeline_cli.text"] = "Rates rose."  # e.g. copied over from another doc
    assert doc_text(doc) == "Rates rose in May."
    assert doc_text(Doc(nlp.vocab, words=["a", "b"], spaces=[True, False])) == "a b"
