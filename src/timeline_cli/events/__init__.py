"""Events: the clause each dated expression modifies, as a timeline row (docs/events.md).

One module per stage, in the order a document goes through them:

* segments.py: line blocks, datelines and sentences, found once per document (the spaCy component
  `timeline_line_breaks` registered here starts sentences at them);
* anchor.py: which predicate a time expression dates;
* describe.py: the words of the event;
* status.py: occurred, expected, planned, ongoing, negated or reported;
* actors.py: the named actors, and who a pronoun or "the company" is;
* lead.py: rows dated outside their own sentence (the lead rule, context dates); scenes.py (an event
  named again, "immediately", the same subject, the lead's "after" clause), market.py (share prices),
  durations.py ("has been shipping for a week", "within six months"), apposed.py, linked.py (a dated
  "when"/"shortly after" clause's main clause, "eight months after ...") and perfect.py (the lead's
  actor's later present perfect) add more;
* retold.py: one row per happening (the lead's happening told again, a result's report);
* rows.py: `extract_events`, which runs the stages and makes the `Event` rows.

The engine compares tokens with no words of its own: it takes them as an `EventWords` pack (words.py,
which says what is left), built from `lang/en/events.py` by default.
"""
from __future__ import annotations

from .rows import extract_events
from .segments import Layout, Segments, layout_of, line_blocks, line_breaks, segments_of
from .words import ENGLISH, EventWords

__all__ = ["ENGLISH", "EventWords", "Layout", "Segments", "extract_events", "layout_of", "line_blocks",
           "line_breaks", "segments_of"]
