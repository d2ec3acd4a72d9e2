"""Rows: `extract_events`, the event engine's entry point, runs the stages on one document.

`extract_events(doc, expressions, ...)` takes a parsed spaCy Doc and the document's TimeExpressions
(character offsets into the same text) and returns plain `Event` rows; no spaCy object leaves the
package. For each dated expression: anchor.py finds the predicate, describe.py its words, status.py
its status, actors.py its actors; lead.py adds rows for sentences the text does not date itself.
Vague dates (PAST_REF, ...), durations and sets are not rows (vague ones only with include_vague).

No junk rows: a comparison phrase ("profit rose 5% compared with the same month a year ago", "costs,
compared with a year ago, were boosted ...") is no event: the participle "compared" (with no subject
of its own) only says what a figure is set against; its date is the comparison period's, and the row
would read "Compared with".
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..records import Event, TimeExpression
from ..temporal.context import doc_text
from .ability_relatives import in_ability_relative
from .accused_they import custody_until
from .actors import Entities, actors_of, apposed_name, object_substitutions, with_antecedent
from .adverbial_conjuncts import literal_main_clauses, when_clause_host
from .after_nouns import after_noun_date, inside_including
from .agent_gerunds import agent_gerund_host
from .agents import implied_agents
from .alternatives import given_up_date
from .anchor import (
    anchor,
    controlled,
    is_row_expression,
    is_vague,
    later_saying,
    past_plan,
    period_end_clause,
    realized_matrix_verb,
    reported_clause_date,
    reporting_verb_before,
    scheduled_noun,
    scheduled_thing,
    sharing_conjuncts,
    trigger_word,
    when_clauses,
    when_relative_host,
)
from .apposed import apposed_day_rows
from .apposed_names import compared_amount
from .apposed_participle import lost_there, misread_apposed_participle, with_disjunction
from .apposed_splices import apposed_splice
from .attach import (
    date_before_mark,
    dates_noun_only,
    noun_date_other_time,
    object_period_ahead,
    phrase_noun_date,
    scheduled_object,
    subordinate_clause,
    titled_subject_date,
)
from .attributed import asides, lower_first, named_reporter_verb, reporter_first
from .borrowed_dates import commitment_deadline, own_year_conjunct, subject_month
from .change_amounts import change_amount
from .class_participles import class_participle
from .clauses import elliptical_conjunct, repeated_conjunct, second_object
from .clock_conjuncts import clock_of_earlier_conjunct
from .closed_relatives import after_relative_date, closed_relative_host
from .complements import noun_gerund, stray_object, with_strays
from .conditions import coming_limits, drop_conditions
from .conjunct_dates import (
    date_before_clause_and,
    dated_after,
    last_object_date,
    later_conjunct_owner,
    own_modal_conjunct,
    reduced_pair_other,
)
from .conjuncts import cut_finding, negated_conjunct
from .covered import covered_period
from .cut_subjects import (
    contact_clause_in_a_set,
    cut_coordinated_subject,
    date_subject,
    spliced_conjunct,
    spliced_main_conjunct,
    subject_read_as_object,
    unjoined_conjunct,
)
from .dangling import dangling_pronoun
from .deadline_dates import infinitive_deadline, until_on_reduced_relative
from .demonstratives import demonstrative_subject, ones_subject
from .describe import clause_of_nonfinite, describe, render, resolved_render, subject_of, tidy, trim
from .described import described_companies
from .duration_leads import drop_duration_leads
from .durations import ongoing_since_rows, within_rows
from .either import either_rows
from .figures import figure_of_speech
from .finite import finite_form, first_person_saying, gap_object, speaker_names, speaker_words, unnamed_speaker
from .fragments import (
    absolute_partitive,
    cleft_that_clause,
    date_held_genitives,
    object_time,
    partitive_phrase,
    result_clause,
    trailing_participle,
)
from .frames import counting_frame, drop_framed
from .gapped import shared_auxiliary
from .gapped_preps import gapped_object, gapped_subject, untold_gapped_subject
from .garbled import (
    bare_relative,
    date_read_as_clause,
    headless_predicate,
    object_case_subject,
    question_read_as_subject,
    relative_as_second_object,
    relative_object_of_saying,
    relative_of_dated_noun,
    spliced_clauses,
    stranded_relative,
    unread_relative_object,
    verb_of_dated_object,
)
from .generic_relatives import drop_quantified_relatives
from .governed_clauses import with_absolute
from .habits import season_habit, seasonal_ability
from .hanging import cut_duration, cut_object, subject_without_verb
from .holder_relatives import held_for_date
from .holiday_nouns import holiday_as_thing
from .hyphens import cut_at_hyphen, ends_on_auxiliary, rejoined, rejoined_participle, word_of_half
from .identified import identified_later
from .kept import half_comparison_cut, meaning_lost, negated_before, negated_bound_told, until_end, until_unnegated
from .label_dates import label_date, with_count_since
from .lead import (
    QUOTES,
    also_rows,
    context_rows,
    doc_arrays,
    expression_tokens,
    label_id,
    lead_rows,
    lead_sentence,
    meanwhile_rows,
    mention_rows,
    separate_rows,
)
from .linked import counted_clause_rows, linked_clause_rows
from .literal import literal_clause
from .lost_news import after_time_clause, bare_deed, borrowed_subject, cut_news, cut_time_frame, took_until
from .lost_object import bare_saying, lost_object
from .made_years import made_year_noun, told_by_clause
from .market import market_rows
from .modifier_date import object_modifier_ahead, object_modifier_date, object_year
from .named import names_beside_subjects
from .named_again import named_again
from .no_happening import conformity_clause, headline_noun_date, outlet_sourcing, pseudo_cleft, standing_leave
from .noun_ahead import drop_past_verb_noun_ahead
from .noun_dates import (
    called_off_object,
    called_off_subject,
    framework_possessive,
    later_verb_subject,
    noun_phrase_date,
    past_possessive_under_modal,
    topic_date,
)
from .object_relatives import object_relative_clause, opening_article
from .one_word import date_owned_word, one_common_word
from .own_dates import (
    contrasted_clause,
    dated_host,
    misread_compound_verb,
    open_question,
    plan_noun_conjunct,
    relative_clause_verb,
    subject_relative_verb,
)
from .owned import owned_subjects
from .parties import party_rows
from .past_perfect import drop_past_perfect_ahead
from .perfect import lead_perfect_rows
from .period_share import covered_period_of
from .phrases import (
    bounded_scene,
    broken_relative_clause,
    dates_other_noun,
    in_aside,
    in_yardstick,
    merge_reported_leads,
    modified_noun,
    own_clause,
    record_base,
    record_base_noun,
    starting_clause,
)
from .plan_dates import planned_for
from .postponed import moved_thing_row, moved_to, postponed_row
from .present_objects import present_object_date
from .purpose_dates import noun_purpose_date
from .quoted import (
    clipped_quotation,
    context_quotations,
    demonstrative_object,
    lost_subject,
    misparsed_saying,
    quoted_name_verb,
    quoted_time_subject,
    restated_in_quotes,
    said_nothing,
    speaker_guess,
    unattributed_indefinite,
)
from .quoted_it import drop_quoted_it
from .quoted_verdicts import quoted_state, quoted_verdict
from .reduced import reduced_clause_host
from .relative_heads import headless_whose
from .relative_periods import untimed_context
from .relative_states import pronoun_relative, relative_of_existence, relative_state_host
from .respectively import counted_listing, shared_out
from .retold import fold_retold
from .rule_hours import clock_of_period, regime_hour, rule_hour, weekend_of_period
from .same_day_twice import drop_same_words_same_date
from .same_sentence import apposed_renamings, fold_leads, renaming_tokens
from .scenes import immediate_rows, lead_cause_rows, same_subject_rows, scene_rows
from .segments import layout_of, segments_of
from .speech_tags import spliced_tag, tag_row
from .spliced_quotes import quoted_clause, said_pieces
from .stand_ins import bare_noun, bare_pro_verb
from .standing import fold_standing
from .state_participles import state_participle_host
from .states import age_state, drop_stateless, when_state
from .status import event_status, negated_scheduling, reported
from .storyday import headline_perfect_rows, headline_present_rows, reaction_rows
from .taken_dates import apposed_comment_date, named_occasion, noun_conjunct_date, repeat_date, since_perfect_conjunct
from .tallies import in_tally, ranked_in_period
from .tenses import negated_contrast, never_conjunct, past_conjunct, past_perfect_clause, present_beside_past
from .twice import drop_coarser_day, drop_named_year, drop_told_by_when
from .verbless import (
    absolute_clause,
    advice_to_everyone,
    no_finite_verb,
    noun_verb,
    quoted_obligation,
    verbless_row,
    yardstick_date,
)
from .whole_spans import whole_span_rows
from .words import ENGLISH, EventWords

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def extract_events(
    doc: Doc,
    expressions: Iterable[TimeExpression],
    *,
    source: str,
    reference_date: str,
    reference_source: str,
    include_vague: bool = False,
    lead: bool = True,
    words: EventWords = ENGLISH,
) -> list[Event]:
    """One row per dated expression (DATE or TIME) that modifies a predicate, in text order; plus
    (docs/events.md, "Dates not in the sentence") rows for undated sentences that carry on a dated
    scene (`date_basis` context) and, when `lead`, for the article's main event (publication): pass
    lead=False for a piece of a long text that is not its beginning. `words`: the language's event
    words (English by default)."""
    expressions = sorted(expressions, key=lambda e: (e.start, e.end))
    if words.adapt_doc is not None:
        doc = words.adapt_doc(doc)  # the labels the engine reads, from another language's parse
    layout = layout_of(doc)
    segments = segments_of(doc)
    entities = Entities(doc, words)
    spans = {}
    for expression in expressions:
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        # (a holiday named as a thing, "spoil Christmas", is no time: kept in descriptions, no row's date)
        if span is not None and len(span) and not holiday_as_thing(span, words):
            spans[expression] = span
    all_timex_tokens = frozenset(expression_tokens(spans))  # (read by many checks, and by every _row)
    # a conjunct's own date is one that can date it: not a noun's era or model year ("broke in on
    # Thursday and stole two landscapes by the 19th-century painter" shares Thursday)
    conjunct_timex_tokens = expression_tokens({e: s for e, s in spans.items() if modified_noun(s, words) is None})
    dateline = layout.placed_dateline

    rows: list[Event] = []
    seen: set[tuple[int, str]] = set()
    framed: set[tuple[int, int]] = set()
    for expression in expressions:
        if not is_row_expression(expression):
            continue
        if is_vague(expression) and not include_vague:
            continue
        span = spans.get(expression)
        if span is None or dateline and expression.start < dateline[1] and dateline[0] < expression.end:
            continue
        if label_date(span, words) or with_count_since(span, words):
            continue  # "all jars with best-before dates between March and June 2026", "with 312 cases since Jan. 12"
        pred = anchor(span, segments, words)
        if pred is None or named_again(span, pred, expression, rows):
            continue  # "the weekend update would not be reinstalled" after its installing (named_again.py)
        pred = closed_relative_host(span, pred, segments) or pred  # "..., which lies in ..., on Monday"
        pred = reporting_verb_before(span, pred, segments, words) or pred
        pred = realized_matrix_verb(pred, expression, reference_date, words) or pred
        pred = reduced_clause_host(pred, words) or pred  # "ordered six of them held in custody" (reduced.py)
        pred = agent_gerund_host(pred) or pred  # "were woken by police knocking on doors at 2 a.m." (agent_gerunds.py)
        # "steered contracts to two companies controlled by X between 2022 and 2025" (state_participles.py)
        pred = state_participle_host(span, pred, all_timex_tokens, words) or pred
        if relative_of_existence(span, pred, words):
            continue  # "every job that exists today": which jobs, no event (relative_states.py)
        if pronoun_relative(span, pred, words):
            continue  # "will contact everyone who stayed there in May": who is meant (relative_states.py)
        # "vote on the budget that includes the fee increase later in November" (relative_states.py)
        pred = relative_state_host(span, pred, all_timex_tokens, words) or pred
        pred = period_end_clause(pred, spans, segments, include_vague, words)
        if pred is None or plan_noun_conjunct(span, pred, words.control_verbs):
            continue  # "began ... with four aircraft and plans to deploy six more by Friday" (own_dates.py)
        pred = relative_clause_verb(span, pred, words)  # ", which rated it after a visit in 2020, said" (own_dates.py)
        if pred is None or open_question(pred, words):
            continue  # "would decide whether to extend it beyond 2027" (own_dates.py)
        pred = subject_relative_verb(span, pred) or pred  # "A fire that broke out overnight was burning"
        pred = misread_compound_verb(span, pred, words) or pred  # "lifted a tsunami warning ... on Saturday"
        owner = later_conjunct_owner(span, pred, conjunct_timex_tokens)
        if owner is not None:  # "stopped at 9:07 a.m. ... and resumed at 1:30 p.m." (conjunct_dates.py)
            pred = owner
        host = when_relative_host(pred, span, all_timex_tokens, segments, words) or \
            when_clause_host(pred, span, all_timex_tokens, segments, words)  # the advcl parse (adverbial_conjuncts.py)
        if host is not None and repeat_date(span, host, all_timex_tokens, words):
            host = None  # "fell after the war and again in the 1960s, when ...": a repeat's date (taken_dates.py)
        ahead = bool(expression.date) and expression.date > reference_date[:len(expression.date)]
        # (a date a later conjunct owns is shared with no other conjunct)
        shared = [] if owner is not None else \
            [c for c in sharing_conjuncts(pred, conjunct_timex_tokens, segments, words) if not own_clause(pred, c)
             and not bounded_scene(span, pred, c, words) and not present_beside_past(pred, c)
             and not (ahead and past_conjunct(pred, c, words.control_verbs))  # "were checking ... and expected results next week" (tenses.py)
             and not covered_period_of(span, pred, words) and not contrasted_clause(span, pred, c, words)
             and not clock_of_earlier_conjunct(span, expression, pred, c, words)
             and not own_year_conjunct(c, spans.values(), words)  # "suspended matches for next weekend and ordered ..."
             and not dated_after(pred, c, conjunct_timex_tokens)
             and not since_perfect_conjunct(span, pred, c, words)  # "has struggled since March but refused" (taken_dates.py)
             and not own_modal_conjunct(span, pred, c, words.condition_marks)  # "would strike on Monday and would fight" (conjunct_dates.py)
             and not past_perfect_clause(span, pred, c)  # "had issued ... on Thursday, and the city had posted signs"
             and not negated_contrast(pred, c, words.contrast_conjunctions)  # "drew 9,000 in 2023 but was not held again"
             and not never_conjunct(pred, c, words.never_negations)  # "halted in 2020 and never recovered" (tenses.py)
             and not later_saying(pred, c, expression.granularity, conjunct_timex_tokens, words)]  # (anchor.py)
        own = [] if host is not None and when_state(pred, words) else [pred]  # "when the area was part of" (states.py)
        called_off = called_off_object(span, pred, ahead, words)
        # "will have to pay ... for Thursday's hearing": the past day is the hearing's (noun_dates.py)
        modal_owner = past_possessive_under_modal(span, ahead)
        made_noun = made_year_noun(span, words)  # "used a power in a 1999 law": the law's year (made_years.py)
        if noun_phrase_date(span, pred, all_timex_tokens, words) or called_off_subject(span, ahead, words) or \
                (expression.granularity not in ("day", "time") and later_verb_subject(span, words)) or \
                present_object_date(span, pred, expression, reference_date, words) or last_object_date(span, pred) or \
                framework_possessive(span, words) or topic_date(span, words):
            # (present_objects.py: "The outage follows a three-hour halt last March")
            own, shared = [], []  # "reports of 11 crashes, including one in Ohio in April" (noun_dates.py)
        if apposed_comment_date(span, pred) or repeat_date(span, pred, all_timex_tokens, words) or noun_conjunct_date(span, pred, all_timex_tokens) or \
                named_occasion(span, pred, words):
            own, shared = [], []  # ", something that has happened once, in 2009", "and again in the 2010s" (taken_dates.py)
        passed = bool(expression.end_date) and expression.end_date < reference_date[:10]
        if infinitive_deadline(span, all_timex_tokens, words, passed=passed) or until_on_reduced_relative(span, words) or \
                after_noun_date(span, all_timex_tokens, words) or inside_including(span, expression, words) or \
                commitment_deadline(span, words) or subject_month(span):
            # "decided in 2018 to close them by 2023", "run by X until Dec. 15" (deadline_dates.py); "has
            # flooded five times since 2012, after events in 1987" (after_nouns.py); "remains committed to
            # cutting it by 2026", "a mild March helped yields" (borrowed_dates.py)
            own, shared = [], []
        for predicate in [*own, *shared,
                          *when_clauses(pred, span, all_timex_tokens, segments, words), *filter(None, [host])]:
            if reduced_pair_other(span, predicate, all_timex_tokens):
                continue  # "Samples taken ... last week tested positive on Tuesday" (conjunct_dates.py)
            row = _row(doc, span, expression, segments, spans, entities, predicate, source=source,
                       reference_date=reference_date, reference_source=reference_source, words=words,
                       timex_tokens=all_timex_tokens,
                       descend=not past_plan(predicate, expression, reference_date, words))
            if row is None or called_off is not None and row.trigger_start == called_off.idx:
                continue  # "cancelled ... Sunday's card", on a Saturday: not the cancelling's day (noun_dates.py)
            if modal_owner and (row.status == "occurred" or modal_owner in words.definite_future_aux) and \
                    not row.event.casefold().startswith(span.text.casefold()):
                continue  # told by the modal clause, not as "Yesterday's decision by the board" (noun_dates.py)
            if made_noun is not None and told_by_clause(row.event, made_noun):
                continue  # "campaigned on a 2016 verdict": the verdict's year, not the campaigning's
            key = (row.trigger_start, expression.value)
            if key in seen:
                continue
            seen.add(key)
            rows.append(row)
            if row.date_basis == "publication":
                # only postponed_row gives a row of this loop the publication date: "postponed until
                # Tuesday any action on ...", the action on Tuesday too (postponed.py)
                thing = moved_thing_row(row, span, predicate, expression, words)
                if thing is not None and (thing.trigger_start, expression.value) not in seen:
                    seen.add((thing.trigger_start, expression.value))
                    rows.append(thing)
            if counting_frame(span, words):
                framed.add((row.trigger_start, row.start))
    rows = drop_framed(rows, framed)  # "meets on Dec. 9 for the last time this year": Dec. 9 only
    rows = either_rows(doc, rows, words)  # "expected to crest on Thursday or Friday": one row, both days
    rows = whole_span_rows(doc, rows, words)  # "kept them grounded all of Friday and Saturday" (whole_spans.py)
    rows = apposed_renamings(doc, rows, words)  # "cut rates on Tuesday, its second cut this year"
    # Rows whose date is not in their own sentence: a dated scene carried on, and the article's main
    # event dated by the publication date (lead.py).
    def make_row(span, expression, predicate):
        return _row(doc, span, expression, segments, spans, entities, predicate, source=source,
                    reference_date=reference_date, reference_source=reference_source, words=words,
                    timex_tokens=all_timex_tokens)

    story_start = layout.story_start
    # "Frost jammed the valves shortly after the ship left on Feb. 9": the main clause of a dated
    # "when"/"shortly after" clause, a row of the sentence's own date, before the lead rule (linked.py)
    misread: set[int] = set()
    linked = linked_clause_rows(doc, rows, segments, spans, make_row, words=words, misread=misread)
    if linked:
        # "when a line of storms spawned ..." misread as a noun and its participle: the main clause
        # carries the date, the garbled "When a line of storms was spawned ..." goes (linked.py)
        rows = sorted([r for r in rows if r.trigger_start not in misread] + linked, key=lambda row: row.start)
    inferred = []
    if lead:
        leads = lead_rows(doc, rows, segments, spans, make_row, story_start=story_start,
                          reference_date=reference_date, reference_source=reference_source, words=words)
        rows, leads = fold_leads(doc, rows, leads, words)  # a row of the sentence's own date tells it
        inferred += leads
        inferred += lead_cause_rows(doc, rows + inferred, segments, spans, make_row, story_start=story_start,
                                    words=words)
        inferred += also_rows(doc, rows + inferred, segments, spans, make_row, story_start=story_start, words=words)
        inferred += separate_rows(doc, rows + inferred, segments, spans, make_row, story_start=story_start,
                                  reference_date=reference_date, reference_source=reference_source, words=words)
    inferred += context_rows(doc, rows + inferred, segments, spans, layout.blocks, make_row, words)
    inferred += mention_rows(doc, rows + inferred, segments, spans, make_row, words=words)
    inferred += scene_rows(doc, rows + inferred, segments, spans, make_row, words=words)
    inferred += immediate_rows(doc, rows + inferred, segments, spans, make_row, words=words)
    inferred += same_subject_rows(doc, rows + inferred, segments, spans, layout.blocks, make_row, words=words)
    inferred += meanwhile_rows(doc, rows + inferred, segments, spans, make_row, words=words)
    if lead:  # after the scene rules: the lead's actor's later present perfects set no scene (perfect.py)
        inferred += lead_perfect_rows(doc, rows + inferred, segments, spans, make_row, story_start=story_start,
                                      words=words)
    if lead:  # after the scene rules: a share price's latest session sets no scene for what follows
        inferred += market_rows(doc, rows + inferred, segments, spans, make_row, story_start=story_start,
                                reference_date=reference_date, reference_source=reference_source, words=words)
    if lead:  # after the lead's actor's rules: they date the same sentences more closely
        inferred += reaction_rows(doc, rows + inferred, segments, spans, make_row, story_start=story_start,
                                  words=words)
        inferred += headline_perfect_rows(doc, rows + inferred, segments, spans, make_row,
                                          story_start=story_start, reference_date=reference_date,
                                          reference_source=reference_source, words=words)
        # a feature lead opens with a scene; the news follows in the present progressive (storyday.py)
        inferred += headline_present_rows(doc, rows + inferred, segments, spans, make_row,
                                          story_start=story_start, reference_date=reference_date,
                                          reference_source=reference_source, words=words)
    inferred += apposed_day_rows(doc, rows + inferred, spans, make_row, words=words)
    inferred += counted_clause_rows(doc, rows + inferred, spans, make_row, words=words)
    inferred += ongoing_since_rows(rows + inferred, expressions, spans, make_row, reference_date=reference_date,
                                   reference_source=reference_source, words=words)
    inferred += within_rows(rows + inferred, expressions, spans, make_row, reference_date=reference_date,
                            reference_source=reference_source, words=words)
    inferred = untimed_context(doc, inferred, words)  # "took the lead in the third week" (relative_periods.py)
    if inferred:
        rows = sorted(rows + inferred, key=lambda row: row.start)
        rows = merge_reported_leads(doc, rows, words.reporting, words.when_conjunctions, spans)
        rows = sorted(rows, key=lambda row: row.start)
    # the lead's happening told twice, a result and its report: one row
    rows = fold_retold(doc, rows, words, segments, lead_sentence(doc, segments, story_start) if lead else None)
    if lead:
        rows = implied_agents(doc, rows, segments, story_start=story_start, words=words)
        rows = identified_later(doc, rows, segments, story_start=story_start, words=words)
        rows = party_rows(doc, rows, segments, story_start=story_start, words=words)
    rows = names_beside_subjects(doc, rows, words)
    rows = described_companies(doc, rows, words)  # "the American computer company" -> Apple
    rows = owned_subjects(doc, rows, words)  # "officials say the goal is ...", "management", "to be called X"
    rows = fold_standing(doc, rows, words)  # "a record that had stood since 1947" beside its setting in 1947
    rows = context_quotations(doc, rows, segments)  # '"He came home with nothing," she said' (quoted.py)
    rows = restated_in_quotes(doc, rows, segments, words)  # '"Today a judge looked at the evidence."' (quoted.py)
    rows = drop_quoted_it(doc, rows, segments, words)  # '"Everyone here was talking about it"' (quoted_it.py)
    rows = drop_conditions(doc, rows, words)  # 'would strike if operators did not improve their offer' (conditions.py)
    rows = drop_quantified_relatives(doc, rows, words)  # 'Nobody who was registered on Dec. 31' (generic_relatives.py)
    rows = coming_limits(doc, rows, words)  # 'will stay until the wreckage is cleared': expected (conditions.py)
    rows = drop_past_perfect_ahead(doc, rows, words)  # 'had called ... and planned a vote next week' (past_perfect.py)
    rows = drop_stateless(doc, rows, spans, words)  # 'and has millions of customers', 'lasted' (states.py)
    rows = drop_coarser_day(rows)  # "on Monday at about 4:30 a.m.": the 4:30 row only (twice.py)
    rows = drop_named_year(doc, rows)  # "The 2028 budget ... will be delayed until next year" (twice.py)
    rows = drop_told_by_when(doc, rows, words)  # "was last hit by a quake in 1995, when ..." (twice.py)
    rows = literal_main_clauses(doc, rows, spans, words)  # "reopened on Friday, 31 years after it closed" (adverbial_conjuncts.py)
    rows = drop_same_words_same_date(rows)  # "ended Friday's session ..., up 1.8 percent on the day" (same_day_twice.py)
    rows = drop_duration_leads(doc, rows, expressions, spans, words)  # "has worked there for 31 years" (duration_leads.py)
    rows = drop_past_verb_noun_ahead(doc, rows, words)  # "had asked for talks next week" (noun_ahead.py)
    return rows


def _row(doc, span, expression, segments, spans, entities, pred, *, source, reference_date,
         reference_source, words: EventWords, timex_tokens: frozenset[int], descend=True) -> Event | None:
    """The row of the time expression `span` on the predicate `pred`, or None; `timex_tokens`: the
    indexes of every time expression's words in the doc (`spans`), made once per doc."""
    whole = word_of_half(pred)  # "re-elected" parsed as "re", "-", "elected" with "-" the verb (hyphens.py)
    if whole.i != pred.i:
        if not whole.left_edge.i <= span.start < whole.right_edge.i + 1:
            return None  # the date is another verb's ("elected in 2021 and re-elected in 2025": not 2021)
        pred = whole
    pred, chain = controlled(pred, words) if descend else (pred, [])
    top = chain[0] if chain else pred
    if _dated_elsewhere(span, pred, top, expression, segments, spans, timex_tokens, reference_date, words):
        return None
    cue = scheduler = None
    scheduled = scheduled_noun(pred, words) if not chain else None
    if scheduled is None and not chain and scheduled_thing(pred, span, words):
        return None  # "A second target, set for early 2025, slipped": the target's date (anchor.py)
    if scheduled is not None:
        cue = words.control_verbs.get(pred.lemma_.lower())
        if cue and negated_scheduling(pred, expression, words):
            cue = "negated"  # "No new hearings had been scheduled on Monday" (status.negated_scheduling)
        scheduler, pred = pred, scheduled
    # "Judge X set a sentencing hearing for June 15": the hearing is June 15's (planned), told by its clause
    scheduling = scheduled_object(pred, span, words) if not chain and scheduler is None else None
    set_for = None
    if scheduling is not None:
        pred, set_for = scheduling
        cue = words.control_verbs.get(pred.lemma_.lower())
    verb = verb_of_dated_object(span, pred, words) if descend and not chain and scheduler is None and \
        set_for is None else None
    relative = relative_of_dated_noun(span, pred) if verb is None and descend and not chain and \
        scheduler is None and set_for is None else None
    if relative is not None:  # "the 1973 epidemic, which cost farmers ...": the epidemic's cost (garbled.py)
        told = _row(doc, span, expression, segments, spans, entities, relative, source=source,
                    reference_date=reference_date, reference_source=reference_source, words=words,
                    timex_tokens=timex_tokens)
        # (a row that lost the noun, "Cost farmers ...", says nothing of it: none, not the verbless noun)
        return told if told is not None and pred.lower_ in told.event.lower().split() else None
    if verb is not None:  # "plans to apply for approval ... before the end of the year" (garbled.py)
        return _row(doc, span, expression, segments, spans, entities, verb, source=source,
                    reference_date=reference_date, reference_source=reference_source, words=words,
                    timex_tokens=timex_tokens)
    bounds = segments.span(pred) or segments.span(span.root)
    if bounds is None:
        return None
    if quoted_time_subject(span, pred, timex_tokens, bounds):
        return None  # '"Today is a day for the whole crew," Berg said': a remark, no event (quoted.py)
    if quoted_verdict(span, pred, bounds, words):
        return None  # '"Ruby was the better player today."': a verdict on the day (quoted_verdicts.py)
    if quoted_state(pred, bounds, words):
        return None  # '"Tonight the basket was kind to me."': how it was, no happening (quoted_verdicts.py)
    if tag_row(pred, words):
        return None  # "The royal household was announced": the tag of another row's clause (speech_tags.py)
    if outlet_sourcing(pred, words) or standing_leave(span, pred, words) or pseudo_cleft(pred, words) or \
            headline_noun_date(span, pred, words) or conformity_clause(pred, words):
        return None  # "a memo seen by Reuters", "are free to sign in", "what counts", "as a 2019 rule requires"
    own = chain[0] if chain else pred
    drop, strays = _left_out(doc, span, spans, bounds, own, pred, entities, segments, words, chain)
    if not chain and scheduler is None:
        clause = starting_clause(pred, bounds, drop)
        if clause is not None:  # "will replace the harness for free starting Nov. 10": the replacing
            if not noun_gerund(pred):  # (but "its first report of overheating in late 2024" keeps its gerund)
                drop |= {pred.i}
            pred = clause
        clause, goes = result_clause(pred, span, spans, bounds)
        if goes:
            return None  # "walked off on Tuesday, closing most schools for the day": no "Teachers closing"
        if clause is not None:
            pred = clause  # "hit the coast, cutting power on Sunday": the clause, with its result
    if unnamed_speaker(pred, top, words):
        return None  # "we saw the water coming up", "Anyone who travelled ...": no event to name (finite.py)
    if advice_to_everyone(pred, words) or yardstick_date(span, pred, words) or quoted_obligation(pred, bounds, words):
        return None  # "Nobody should remain ...", "were shorter than on Wednesday" (verbless.py)
    if age_state(pred, range(span.start, span.end), words):
        return None  # "The children, aged between six and 11, ...": an age, no happening (states.py)
    subject = subject_of(pred, chain, words)
    if dated_host(span, pred, clause_of_nonfinite(pred, chain, subject, bounds), spans, bounds):
        return None  # "banned him on Tuesday for punching a referee last month": the punching's (own_dates.py)
    # "told staff at a meeting on Friday" keeps its row, not its "we" quote (finite.py)
    unsaid = first_person_saying(pred, spans, words) if not chain and scheduler is None else set()
    drop |= unsaid
    pieces, subject_tokens = describe(pred, chain, subject, bounds, drop, words, scheduler)
    disjoined = not chain and scheduler is None and with_disjunction(pieces, pred, words)
    if disjoined:  # "merged" -> "have closed or merged" (apposed_participle.py)
        pieces = disjoined
    rewritten = broken_relative_clause(span, pred, bounds, drop, words)
    if rewritten is not None:
        pieces, subject_tokens = rewritten, []
    else:  # "on sale in Korea on Sept. 12 and in Europe a week later": Europe's row
        others = [o for o in spans.values() if o.start != span.start and bounds[0] <= o.start <= bounds[1]]
        # ("closed twice in 2024 and again for six weeks this summer": "The station closed again for six weeks")
        pieces = elliptical_conjunct(span, pred, pieces, others) or \
            repeated_conjunct(span, pred, pieces, others, words) or pieces
    for stray in strays:
        pieces = with_strays(pieces, stray)
    pieces = tidy(trim(pieces, pred, words))
    # "ordered the state to pay him for the years [he spent in prison]": without "for the years" (lost_news.py)
    pieces = tidy(cut_time_frame(pieces, words) or pieces)
    finite = {}
    if rewritten is None and scheduler is None:  # "a truce agreed last year" -> "A truce was agreed" (finite.py)
        verb = chain[0] if chain else pred
        ahead = bool(expression.date) and expression.date > reference_date[:len(expression.date)]
        kept = [t for p in pieces for t in p if t is not None]
        coming = (expression.end_date or expression.date or "") > reference_date  # runs past the day
        goes, finite = finite_form(verb, subject_tokens, kept, ahead, words, coming)
        if goes:
            return None  # "with the captain retiring to a farm": no finite verb
        finite = finite or gap_object(verb, kept, words)
        if not finite:  # "were killed and more than 60 injured" -> "More than 60 were injured" (gapped.py)
            goes, finite = shared_auxiliary(verb, subject_tokens, words)
            if goes:
                return None
        if disjoined:
            finite.pop(pred.i, None)  # the first verb's auxiliary, kept, serves both: not "was sold or was shut"
    # '"I will vote on Sunday," Hale said' -> "Hale will vote" (finite.py); not with a date from another
    # clause ('"My father voted no in 2009, and I voted yes"': his vote is not of 2009)
    speakers = speaker_names([t for p in pieces for t in p if t is not None], words) \
        if pred.left_edge.i <= span.start and span.end - 1 <= pred.right_edge.i else {}
    finite = {**speakers, **finite}
    # "did not fully resume until 10:20 a.m." dated 10:20 -> "Service did fully resume" (kept.py)
    told = [t for p in pieces for t in p if t is not None]
    unnegated = until_unnegated([*chain, pred], expression, told, words)
    finite.update(unnegated)
    finite.update(gapped_object(pred, span, told))  # "open to cars in 2028, and to buses a year later" (gapped_preps.py)
    if untold_gapped_subject(pred, chain, span):
        return None  # "... and imports 5 percent in June": another subject's figure (gapped_preps.py)
    gap_subs, gap_subject = gapped_subject(pred, chain, span, told, subject_tokens)
    finite.update(gap_subs)  # "... in 2028 and the second in 2030": "The second phase will open" (gapped_preps.py)
    finite.update(half_comparison_cut(told, expression, words))  # "..., as long [as Israel had ...]": both words out (kept.py)
    quoted = quoted_clause(pred, words) if rewritten is None and scheduler is None and not chain and not unsaid else None
    if quoted is not None:  # '"...," Hughes told reporters' -> "Hughes said the ..." (spliced_quotes.py)
        pieces, said = said_pieces(pieces, pred, quoted, subject_tokens, words)
        finite.update(said)
    description, resolved = resolved_render(pieces, subject_tokens, pred, entities, segments, words, finite)
    if is_quoted_imperative(pred, bounds):
        return None  # '"Call me Sunday night at 8 PM," the letter said': a request quoted, not an event
    ordering = pred.head.lower_ in words.ordering_preps or pred.head.head.lower_ in words.ordering_preps
    # (a possessive date kept in the noun phrase, "this year's", says nothing more)
    owner = len(span) if span.root.dep_ == "poss" and span.root.head.i == pred.i else 0
    # "sank after a collision with a tanker in 2018": the sinking, not "A collision with a tanker" (round 29)
    # (an event noun after a past verb of happening; "were reluctant ... after the death of X" keeps the
    # death, "They blame a fall after the government capped enrolments in 2025" the capping)
    after = pred.dep_ == "pobj" and pred.pos_ == "NOUN" and pred.head.lower_ in words.sequence_preps and \
        pred.head.head.pos_ == "VERB" and pred.head.head.tag_ in ("VBD", "VBN")
    # "survived a fire in 1912 and heavy shelling in 1944": an event noun the parser hangs on the verb as
    # its object's conjunct is told with the verb ("The foundry survived heavy shelling", round 51c)
    object_conjunct = pred.pos_ == "NOUN" and pred.head.pos_ == "VERB" and second_object(pred, pred.head)
    if (pred.dep_ == "pobj" and (len(description.split()) - owner < 5 or after) or object_conjunct) and \
            scheduler is None and not ordering and not dates_noun_only(span, pred, words):
        # "A bombing" says little: "The minister was killed in a bombing" (the trigger stays bombing).
        verb = next((a for a in pred.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "prep"), None)
        told = None
        if verb is not None and segments.same(verb, pred) and not trailing_participle(verb):
            # (not a participle with no finite verb: "ending a dispute over the election", fragments.py)
            told, subject_told = describe(verb, [], subject_of(verb, []), bounds, drop, words)
            # ("won the cup in 2024 and a medal at the world games in 2022": the medal, clauses.py)
            others = [o for o in spans.values() if o.start != span.start and bounds[0] <= o.start <= bounds[1]]
            elliptical = elliptical_conjunct(span, verb, told, others)
            if elliptical is None and object_conjunct:
                told = None  # (an object's conjunct is told only in place of the first object; else as it was)
        if told is not None:
            pieces, subject_tokens = elliptical or told, subject_told
            pieces = tidy(trim(pieces, verb, words))
            quoted, said = quoted_clause(verb, words), {}
            if quoted is not None:  # "Hughes told reporters after the hearing The ..." (spliced_quotes.py)
                pieces, said = said_pieces(pieces, verb, quoted, subject_tokens, words)
            description, resolved = resolved_render(pieces, subject_tokens, verb, entities, segments, words, said)
    tokens = [t for p in pieces for t in p if t is not None]
    if speaker_words(tokens, words):
        return None  # "Berg said we begin the repairs": a speaker no row can name (finite.py)
    if said_nothing(pred, bounds, words):
        said_words = misparsed_saying(pred, bounds, timex_tokens, words)
        if not said_words:
            return None  # "The insurer said at the time" with nothing said (quoted.py)
        # "announced in an internal memo that he would be on leave": what it says, parsed apart
        pieces = tidy(trim([*pieces, said_words], pred, words))
        description, resolved = resolved_render(pieces, subject_tokens, pred, entities, segments, words, finite)
        tokens = [t for p in pieces for t in p if t is not None]
    if _told_badly(span, pred, chain, bounds, spans, timex_tokens, description, tokens, words):
        return None
    if gap_subject:  # the gapped subject's actors, not the first subject's (gapped_preps.py)
        tokens = [t for t in tokens if t not in subject_tokens] + gap_subject
        subject_tokens = gap_subject
    actors = actors_of(subject_tokens, tokens, entities, words, pred)  # (not a clause on the subject's, actors.py)
    kept_opener = False
    if resolved:
        actors = _named_first(resolved, actors)
    elif resolved == "":  # a subject pronoun left as written, its antecedent untrusted: no actor (distrusted.py)
        kept_opener = True
    else:
        actors = with_antecedent(doc, subject_tokens, actors, entities, words, segments)
        named = apposed_name(subject_tokens, entities, words)
        if named:
            actors = _named_first(named, actors)
    reporter = named_reporter_verb(top, bounds, entities, words) if not actors and scheduler is None and \
        rewritten is None else None
    if reporter is not None:  # "The change will occur ..., Apple announced": who says so (attributed.py)
        # a date the row kept as its clause's subject stays ('"Now January will be empty too," said
        # Hofer': not "Hofer said will be empty too"; quoted.lost_subject)
        kept_dates = {t.i for t in tokens} & timex_tokens
        said, said_subject = describe(reporter, [], subject_of(reporter, [], words), bounds,
                                      (drop | asides(top)) - kept_dates, words, through=pred)
        said = tidy(trim(reporter_first(said, reporter, pred), pred, words))
        # (the negation of a future or modal "not ... until" out here too: "parts will not be available
        # until early next year, Sato said" on early next year -> "Sato said parts ... will be available";
        # a past "did not know until" is left as it was, kept.py)
        unnegated = {i: v for i, v in unnegated.items() if any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in doc[i].head.children)}
        description, _ = resolved_render(said, said_subject, reporter, entities, segments, words, unnegated)
        description = lower_first(description, said, reporter, words)
        tokens = [t for p in said for t in p if t is not None]
    if _reads_badly(pred, top, description, tokens, reporter is not None, set(finite), speakers, words):
        return None
    if reporter is None and verbless_row(span, tokens, bool(finite), bounds, words):
        verb = noun_verb(span, tokens)
        if verb is None:
            return None  # "A doubling of energy prices", "The decision from a journalist": no verb (verbless.py)
        # told with its verb and subject: "Jeroen Bakker blamed a doubling of energy prices" (verbless.py)
        pieces, subject_tokens = describe(verb, [], subject_of(verb, [], words), bounds, drop, words)
        pieces = tidy(trim(pieces, verb, words))
        description, resolved = resolved_render(pieces, subject_tokens, verb, entities, segments, words)
        tokens = [t for p in pieces for t in p if t is not None]
        actors = actors_of(subject_tokens, tokens, entities, words)
        if resolved:
            actors = _named_first(resolved, actors)
        if _reads_badly(verb, verb, description, tokens, False, set(), speakers, words):
            return None
        pred, chain = verb, []  # its status the verb's ("will double its flights ... by August": expected)
    literal = literal_clause(span, pred, chain, tokens, bounds, words) or \
        object_relative_clause(pred, set(range(span.start, span.end)), bounds, words)
    if literal is not None:  # "Portugal named the cork oak its national tree": as written (literal.py)
        # ("a permit that the authority granted": "The authority granted a permit", object_relatives.py)
        tokens, subject_tokens = literal
        description, actors = render([tokens], opening_article(tokens, words)), actors_of(subject_tokens, tokens, entities, words)
    description = rejoined(description, tokens)
    if cut_at_hyphen(description, tokens) or ends_on_auxiliary(description, tokens) or \
            rejoined_participle(tokens, bool(finite)):
        return None  # "... executive was re" for "re-elected", "A former shipping executive was" (hyphens.py)
    if object_modifier_date(span, pred, tokens, words):
        return None  # "below the previous low of 26% reached in 2024": the low's year (modifier_date.py)
    if object_year(span, pred, words):
        return None  # "showed internal emails from 2019" during a 2026 trial: the emails' year (modifier_date.py)
    if object_modifier_ahead(span, pred, spans, words):
        return None  # "collected the July images only last week": the images' month (modifier_date.py)
    head = set_for if set_for is not None else trigger_word(pred, words)
    # (the segment's text sliced from the doc's, kept once per doc: no Span joined anew per row)
    first, last = doc[bounds[0]], doc[bounds[1]]
    sentence_text = _SPACES.sub(" ", doc_text(doc)[first.idx:last.idx + len(last.text)]).strip()
    row = Event(
        date=expression.date,
        end_date=expression.end_date or expression.date,
        value=expression.value,
        granularity=expression.granularity,
        time_expression=expression.text,
        event=description,
        actors=actors,
        # "was first planned for 2016": the plan's date, `planned` (plan_dates.py)
        status=cue or ("planned" if planned_for(span, pred, words) else
                       reported(event_status(pred, chain, expression, reference_date, words), pred, chain, words)),
        source=source,
        sentence=sentence_text,
        start=expression.start,
        end=expression.end,
        reference_date=reference_date,
        reference_source=reference_source,
        trigger=head.lemma_.lower() if head.pos_ != "PROPN" else head.lemma_,
        trigger_start=head.idx,
        trigger_end=head.idx + len(head.text),
        sources=[source],
    )
    if kept_opener:  # its opening pronoun stays (unresolved.py)
        doc.user_data.setdefault(KEPT_OPENERS, set()).add(row.trigger_start)
    if scheduler is None and moved_to(span, pred, words):
        return postponed_row(row, expression, reference_date, reference_source)  # "postponed until Tuesday"
    return row



KEPT_OPENERS = "kept_openers"  # doc.user_data: trigger offsets of rows whose opening pronoun was left on purpose
_SPACES = re.compile(r"\s+")  # a row's sentence text, its runs of white space one space each
_PREP_ADVMOD = frozenset(map(label_id, ("prep", "advmod")))  # as the doc's DEP array holds them


def _named_first(name: str, actors: list[str]) -> list[str]:
    """The actors with `name` (a resolved antecedent or an apposed name) first and not repeated."""
    return [name, *(a for a in actors if a.casefold() != name.casefold())]

def _left_out(doc, span, spans, bounds, own, pred, entities, segments, words: EventWords,
              chain: list = ()) -> tuple[set, list]:
    """The words a description leaves out (token indices), and the stray objects it puts back:
    the expression itself with its preposition, other expressions' phrases, a renaming or a speech
    tag. `own` is the clause's verb, `pred` the described word."""
    drop = set()
    strays: list = []
    for timex, other in spans.items():
        if other.end <= bounds[0] or other.start > bounds[1]:
            continue  # only this sentence's words are described; other sentences' expressions don't matter
        stray = stray_object(other, words)
        if stray and stray[0].pos_ == "PRON" and not object_substitutions(stray, [], entities, segments, words):
            stray = []  # a pronoun kept only where the text says who it is (no "against her" left as it is)
        if stray:  # "against her next week": 'her' is the preposition's, not the week's (complements.py)
            strays.append(stray)
            drop |= set(range(other.start, other.end))
            continue
        if other.start != span.start and (modified_noun(other, words) is not None or timex.type == "DURATION"
                                          and other.root.dep_ in ("amod", "compound", "nummod")):
            continue  # "covers 2022 to 2024 models", "a 48-hour strike": part of a noun phrase, kept with it
        if other.start != span.start and timex.type == "DURATION" and change_amount(other, words):
            continue  # "cutting the journey from five hours to under two": the change, kept (change_amounts.py)
        if object_time(other, timex.type, words):
            continue  # "took six months off in early 2009": the verb's object (fragments.py)
        if other.start != span.start and record_base(other, words):
            continue  # "recorded more cases than in any year since 2012": the record's base stays (phrases.py)
        if other.root.dep_ == "poss" and other.root.head.pos_ in ("NOUN", "PROPN"):
            continue  # "Turnout in Saturday's vote": the noun's owner, never "Turnout in vote"
        marker = other.root.head
        if other.start == span.start and negated_before(marker, [*chain, pred], words):
            continue  # "did not expect prices to ease before May": the phrase stays with its "not" (kept.py)
        if other.start == span.start and until_end(marker, [*chain, pred], words):
            continue  # "used it as a fuel depot until 1991": where the act ends stays written (kept.py)
        if other.start != span.start and negated_bound_told(marker, pred, words):
            continue  # "said on Monday the line will not open until 2031": kept with its "not" (kept.py)
        drop |= set(range(other.start, other.end))
        if marker.pos_ in ("ADP", "SCONJ") and marker.dep_ in ("prep", "pcomp") and other.root.dep_ == "pobj":
            phrase = {t.i for t in marker.subtree}
            if own.i in phrase and not other.start <= own.i < other.end:
                # "since November, when he was found ...": the row's own clause stays in its phrase
                phrase -= {t.i for t in own.subtree} - set(range(other.start, other.end))
            phrase -= {t.i for c in date_held_genitives(marker, other.root, words) if c.i >= other.end
                       for t in c.subtree}  # "the scene in 2003 of one of the largest thefts" (fragments.py)
            drop |= phrase
            outer = partitive_phrase(other, words)
            if outer is not None and not outer.left_edge.i <= own.i <= outer.right_edge.i:
                drop |= {t.i for t in outer.subtree}  # "for the rest of the summer": whole (fragments.py)
            if marker.head.dep_ == "advmod" and marker.head.head.i != marker.head.i and \
                    marker.head.lower_ in words.degree_adverbs:
                drop |= {t.i for t in marker.head.subtree}  # "as early as July"
            before = doc[marker.i - 1] if marker.i > 0 else None
            # (the adverb on the row's verb too: "said late on Thursday it would strike", round 42a)
            if before is not None and before.dep_ == "advmod" and before.head.i in (marker.head.i, pred.i) and \
                    before.lower_ in words.degree_adverbs and not any(True for _ in before.children):
                drop.add(before.i)  # "issued late on Friday": not "was issued late"
    drop |= renaming_tokens(own, words)  # ", its second cut this year": the clause's event renamed
    drop |= spliced_tag(pred, bounds, words)  # ", the royal household announced": a tag (speech_tags.py)
    drop |= counted_listing(own, spans, words)  # "twice, first in December and again in February"
    drop |= cleft_that_clause(own, words)  # "the first time since X began that Y": Y is the cleft's (fragments.py)
    if pred.i == own.i:  # "an eight that won the title last year by a length": not the margin (closed_relatives.py)
        drop |= after_relative_date(span, own)
    drop |= absolute_partitive(doc, drop, bounds, words)  # ", nine of them over 70" (fragments.py)
    drop -= {pred.i}
    if pred.pos_ in ("NOUN", "PROPN") and subordinate_clause(pred):
        drop |= {c.i for c in pred.children if c.dep_ == "mark"}  # "before parliament returns": the returning
    # A preposition whose object was a time expression goes with it ("lifted off at"), and so does a
    # change adverb left with nothing but its yardstick ("fell 12 percent, down from a year earlier").
    # (a Token made only for the sentence's "prep" and "advmod" words, found from the per-doc DEP array)
    labels = doc_arrays(doc)[1]
    sentence = [doc[i] for i in range(bounds[0], bounds[1] + 1) if labels[i] in _PREP_ADVMOD]
    for deps in ({"prep"}, {"advmod"}):
        drop |= {t.i for t in sentence if t.dep_ in deps and t.i not in drop and
                 not any(stray[0].i == t.i + 1 for stray in strays) and
                 (t.dep_ == "prep" or t.lower_ in words.change_adverbs) and any(c.i in drop for c in t.children)
                 and all(c.i in drop or c.is_punct for c in t.children)}
    return drop, strays


def _dated_elsewhere(span, pred, top, expression, segments, spans, timex_tokens, reference_date,
                     words: EventWords) -> bool:
    """The expression dates something other than the clause's event: a yardstick, a count, a noun's
    period or an aside's. The row would carry another thing's date, so there is none."""
    if is_comparison(pred, words) or in_yardstick(span, pred, words, timex_tokens):
        return True  # "compared with a year ago", "up 4% from a year earlier": a figure's yardstick
    if dates_other_noun(span, pred, words):
        return True  # "covers 2022 to 2024 models": the date is the models', not the covering's
    if custody_until(span, pred, words):
        return True  # "were remanded in custody until Dec. 16": the next hearing's day (accused_they.py)
    if noun_purpose_date(span, pred, expression, words):
        return True  # "voted against a bid for 2024": the bid's Games, not the vote's year (purpose_dates.py)
    if record_base_noun(span, pred, words):
        return True  # "their worst day since the financial crisis on Monday": a yardstick (phrases.py)
    if in_tally(span, words) or ranked_in_period(span, expression, reference_date, words):
        return True  # "It is the second theft from a French museum this year": a count, no event (tallies.py)
    if object_period_ahead(span, pred, expression, reference_date, words):
        return True  # "approved a budget for next year": the budget's year, not the approving's
    if noun_date_other_time(span, pred, expression, reference_date, words):
        return True  # "cancelled next weekend's downhill": the race's weekend (attach.py)
    if titled_subject_date(span, pred, expression, reference_date, words):
        return True  # "Last year's champion did not start": the title's year (attach.py)
    if date_before_mark(span, pred, words):
        return True  # "a shortfall this year after the government cut its grant": not the cut's (attach.py)
    if date_before_clause_and(span, pred):
        return True  # "postponed until Feb. 3, and 300 operations are expected to be cancelled" (conjunct_dates.py)
    if covered_period(span, pred, words):
        return True  # "will publish its figures for January next week": January is the figures' (covered.py)
    if phrase_noun_date(span, pred, spans, words):
        return True  # "issued a warning on Thursday for gusts on Friday": Friday is the gusts' (attach.py)
    if rule_hour(span, expression, words):
        return True  # "ordered the bar to close at midnight", "a ban after 10 p.m.": a rule's hour (rule_hours.py)
    if clock_of_period(span, expression, spans, words) or weekend_of_period(span, expression, spans, reference_date):
        return True  # "since the 1990s, when radar picked up birds at noon": no day (rule_hours.py)
    if regime_hour(span, expression, spans, words):
        return True  # "dimmed between midnight and 5 a.m. from April": each day's hours (rule_hours.py)
    if in_aside(span, pred, segments.span(pred) or (span.start, span.end), words):
        return True  # "..., a premium of 27 percent to its closing price on Friday": the price's date
    if reported_clause_date(span, pred, words):
        return True  # "Officers arrested nine people on Thursday, the minister told reporters" (anchor.py)
    if top.dep_ == "acl" and any(top.head.i in range(o.start, o.end) for o in spans.values()):
        return True  # "for the quarter ended Sept. 30": the date bounds a period, no event
    if class_participle(span, pred, words):
        return True  # "capped premiums for homes built before 2012": which homes, no building (class_participles.py)
    if given_up_date(span, words):
        return True  # "will start in February instead of in mid-March": the dropped date (alternatives.py)
    if held_for_date(span, pred, words):
        return True  # "Passengers who had booked seats for next weekend can claim": which ones (holder_relatives.py)
    if season_habit(span, pred, spans, words):
        return True  # "visited regularly at Christmas", "at 6 a.m. every day": a habit's, no one date (habits.py)
    return False


def _told_badly(span, pred, chain, bounds, spans, timex_tokens, description: str, tokens, words: EventWords) -> bool:
    """The clause, once described, says no event of the article: a remark, a pair's member, a cut
    finding, a fragment with its actor or its news lost. Each check names its module."""
    if speaker_guess(pred, words) or demonstrative_object(pred, bounds):
        return True  # '"Tonight, I think, she can pay," he said'; '"Nobody is saying that"' (quoted.py)
    if unattributed_indefinite(pred, bounds, words):
        return True  # '"Today somebody listened."', its speaker cut: the news restated (quoted.py)
    if shared_out(span, pred, words):
        return True  # "won medals in 2019 and 2022 respectively": each date one member's (respectively.py)
    if seasonal_ability(span, pred, chain, words):
        return True  # "stubble, which the beetles can use over winter": a habit, no season's news (habits.py)
    if in_ability_relative(pred, words):
        return True  # "the age at which Spaniards can draw a full pension" (ability_relatives.py)
    if negated_conjunct(span, pred, words):
        return True  # "opened in 2014, but no one was hurt": what was not, the clause lost (conjuncts.py)
    if cut_finding(pred, bounds, words):
        return True  # "A review found in a report": what it found is the clause before (conjuncts.py)
    if lost_subject(tokens, timex_tokens):
        return True  # '"Today is a good day," the mayor said' -> "The mayor said is a good day" (quoted.py)
    if object_case_subject(tokens) or stranded_relative(pred) or headless_whose(description, words) or \
            bare_relative(description, tokens) or spliced_clauses(tokens):
        return True  # "Them said the charity", "Supply farms ...", "Would consider which", "A gate jammed stopped" (garbled.py)
    if date_read_as_clause(tokens, timex_tokens, words) or relative_as_second_object(pred, tokens) or \
            unread_relative_object(pred, tokens) or question_read_as_subject(pred) or \
            relative_object_of_saying(pred, tokens):
        return True  # "New Year had cracked the pipes", "Forecasters expect to hit a front the coast" (garbled.py)
    if compared_amount(pred, words):
        return True  # "118 million zlotys, more than double the estimate made in 2022" (apposed_names.py)
    if figure_of_speech(pred, words):
        return True  # "it closed a chapter that began more than 130 years ago": a figure, no event (figures.py)
    if absolute_clause(pred, words) or with_absolute(pred, words):
        return True  # "..., his left leg swollen to the knee": a state left by the event (verbless.py)
    if misread_apposed_participle(chain[0] if chain else pred) or lost_there(tokens):
        return True  # "Lewis, asked about ..., said" -> "Lewis asked about"; "Has been no water" (apposed_participle.py)
    if headless_predicate(description, tokens):
        return True  # "Held after the collapse of ...", "Attacked Poland": who did it is lost (garbled.py)
    # (the phrases of a counted listing, "twice, first in December over a tax ... and again in
    # February", are left out on purpose, as dates are: respectively.py)
    if lost_object(description, tokens, timex_tokens | counted_listing(chain[0] if chain else pred, spans, words)):
        return True  # "The FBI has interviewed", "The troops entered": what was done is lost (lost_object.py)
    if bare_saying(description, tokens, words):
        return True  # "A study showed", "Veltron planned": what was said or planned is lost (lost_object.py)
    if one_common_word(description, tokens):
        return True  # "Losses", "Pricings", "Campaign": no actor, often no happening (one_word.py)
    if date_owned_word(tokens, timex_tokens):
        return True  # "Tuesday's decision": one word and its date, what the sentence says lost (one_word.py)
    if bare_pro_verb(pred, tokens, words) or bare_noun(description, tokens, words):
        return True  # "New Brunswick did on some of its bridges", "The treaty" (stand_ins.py)
    if bare_deed(description, tokens, words) or cut_news(pred, tokens, words) or took_until(pred, words) or \
            after_time_clause(pred, words):
        return True  # "The uprising", "Hudec was one of the men" (who switched it off: lost_news.py)
    return False


def _reads_badly(pred, top, description: str, tokens, reported: bool, finite: set, speakers, words: EventWords) -> bool:
    """The description, with its subject resolved, does not read as a sentence saying who did what:
    a dangling pronoun, a lost verb or subject, a speaker no row can name. A row told through its
    reporter ("..., Apple announced") reads as the reporter's, so the checks of its own clause's words
    are left out there."""
    if dangling_pronoun(description, tokens, words):
        return True  # "Keepers met her calf": whose calf the row does not say (dangling.py)
    if not reported and meaning_lost(description, pred, tokens, finite, words):
        return True  # "The index was changed" ("little" cut), "The race planned" ("as" cut) (kept.py)
    if not reported and no_finite_verb(description, tokens, pred, bool(finite), words):
        return True  # "Remedies starting", "Wanjiru to run in London": no finite verb (verbless.py)
    if contact_clause_in_a_set(pred):
        return True  # "a list of the birds she has seen" told "Marsh has seen the birds" (cut_subjects.py)
    if spliced_conjunct(pred) or spliced_main_conjunct(pred) or apposed_splice(pred, words) or \
            unjoined_conjunct(top) or subject_read_as_object(pred) or date_subject(pred):
        return True  # "as soon as the first cases appeared and had closed the buffet" (cut_subjects.py)
    if not reported and cut_coordinated_subject(tokens, bool(finite)):
        return True  # "A test and the 2009 collision [created thousands]": verb cut (cut_subjects.py)
    if not reported and borrowed_subject(tokens, pred, bool(finite), words):
        return True  # "The cabinet speed GPS monitoring", "A larger tomb excavated" (lost_news.py)
    if not reported and cut_object(description, tokens, words):
        return True  # "A session ran past", "The city has pledged to build" (hanging.py)
    if not reported and (cut_duration(description, tokens, words) or
                         subject_without_verb(tokens, pred, bool(finite), words)):
        return True  # "Full repairs could take", "Prices to fall", "A 3% rise backdated" (hanging.py)
    if speaker_words(tokens, words, final=True, named=frozenset(speakers) if not reported else frozenset()):
        return True  # "I voted yes" cut from '..., said Rui Costa'; "My grandfather voted no" (finite.py)
    if clipped_quotation(tokens, words):
        return True  # "Foley said Eighty acres": the quotation's clause cut (quoted.py)
    if quoted_name_verb(pred) or any(c.dep_ == "ccomp" and quoted_name_verb(c) for c in pred.children):
        return True  # 'under the name "Manos por Valencia"' read as a clause: a name, no deed (quoted.py)
    if demonstrative_subject(description, tokens, pred, words) or ones_subject(description, tokens, pred, words):
        return True  # "That ends", "The ones were ordered": what the pronoun points at is lost (demonstratives.py)
    return False


def is_comparison(pred: Token, words: EventWords) -> bool:
    """A bare participle of comparison: "compared with/to ...", "as compared with ..."; or an
    intransitive finite one, a figure set against its yardstick ("The harvest compares with 3.4
    million tonnes last year"), where "Analysts compared the two quarters" has an object and is a deed."""
    if pred.lemma_.lower() not in words.comparing:
        return False
    if pred.tag_ in ("VBZ", "VBP", "VBD") and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in pred.children):
        return True
    if pred.tag_ not in ("VBN", "VBG"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children):
        return False  # "Analysts compared the two quarters", "sales were compared"
    return pred.dep_ not in ("ROOT", "conj", "ccomp")


def is_quoted_imperative(pred: Token, bounds: tuple[int, int]) -> bool:
    """A verb in the base form without subject or auxiliary, inside quotation marks: an order or a
    request someone wrote or said ("Call me Sunday night"), not an event of the article."""
    if pred.tag_ != "VB" or pred.dep_ not in ("ROOT", "ccomp", "xcomp", "conj", "parataxis"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in pred.children):
        return False
    doc = pred.doc
    opened = sum(1 for t in doc[bounds[0]:pred.i] if t.text in QUOTES)
    return opened % 2 == 1
