"""The words and patterns the temporal engine reads, as one object: `TemporalWords`, built from a
language's data module (`lang/en/temporal.py` for English, the default). The engine's modules take it as
a parameter and hold no words of any language themselves; the data module says what each one is for."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from types import MappingProxyType, ModuleType


# eq=False: compared and hashed by identity, so that it can key the number parsers' caches.
@dataclasses.dataclass(frozen=True, eq=False)
class TemporalWords:
    """One language's temporal words. Sets are frozensets, tables read-only mappings, patterns compiled."""

    # lexicon
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    ordinals: Mapping[str, int]
    small: Mapping[str, int]
    tens: Mapping[str, int]
    vague_amounts: frozenset[str]
    units: Mapping[str, str]
    mods: Mapping[str, str | None]
    vague: Mapping[str, str]
    set_words: Mapping[str, str]
    ord_num: Mapping[str, int]
    dec_words: Mapping[str, int]
    holidays: Mapping[str, tuple]
    # recognition: (pattern name, compiled pattern), in order of preference; range connectors
    patterns: tuple[tuple[str, re.Pattern], ...]
    range_between: re.Pattern
    range_from: re.Pattern
    range_bare: frozenset[str]
    pair_joiners: frozenset[str]
    pair_before: re.Pattern
    # tense cues
    past_words: re.Pattern
    future_words: re.Pattern
    future_left: re.Pattern
    past_schedule: re.Pattern
    deadline_left: re.Pattern
    future_right: re.Pattern
    future_lemmas: frozenset[str]
    commit_lemmas: frozenset[str]
    past_due_heads: frozenset[str]
    prospect_heads: frozenset[str]
    prospect_lemmas: frozenset[str]
    future_aux: frozenset[str]
    past_aux: frozenset[str]
    possible_aux: frozenset[str]
    forecast_modal_aux: frozenset[str]
    forecast_lemmas: frozenset[str]
    obligation_aux: frozenset[str]
    until_preps: frozenset[str]
    start_preps: frozenset[str]
    start_modals: frozenset[str]
    start_participle_lemmas: frozenset[str]
    start_by_preps: frozenset[str]
    called_off_lemmas: frozenset[str]
    copulas: frozenset[str]
    noon_clocks: frozenset[str]
    midnight_clocks: frozenset[str]
    following_rels: frozenset[str]
    preceding_rels: frozenset[str]
    foresee_by_lemmas: frozenset[str]
    foresee_by_preps: frozenset[str]
    deadline_preps: frozenset[str]
    habit_adverbs: frozenset[str]
    when_relatives: frozenset[str]
    past_perfect_aux: frozenset[str]
    schedule_for_lemmas: frozenset[str]
    schedule_for_preps: frozenset[str]
    schedule_on_lemmas: frozenset[str]
    arranged_on_lemmas: frozenset[str]
    arranged_on_preps: frozenset[str]
    bare_infinitive_heads: frozenset[str]
    participle_object_heads: frozenset[str]
    perfect_aux: frozenset[str]
    infinitive_marker: str
    going_heads: frozenset[str]
    head_future_aux: frozenset[str]
    not_scheduling_lemmas: frozenset[str]
    invite_to_lemmas: frozenset[str]
    # Verbs that offer a gathering and the gatherings they offer ("offered a second meeting on Tuesday":
    # the meeting lies ahead of the offer; context.Tense._offered)
    offer_lemmas: frozenset[str]
    gathering_nouns: frozenset[str]
    event_nouns: frozenset[str]
    holiday_span_nouns: frozenset[str]
    # Verbs that give someone a fixture and the fixtures they give ("has awarded the town a World Cup
    # race on Jan. 16": the race lies ahead of the award; context.Tense._offered, round 57d)
    award_lemmas: frozenset[str]
    fixture_nouns: frozenset[str]
    # context of an expression
    narrative_prep: re.Pattern
    # A count forward from the time the text has reached ("a month later"): a history moving on, whose
    # year a following partial date keeps (context.Context._carried_year)
    later_count: re.Pattern
    range_year_ahead: re.Pattern
    ended_date: re.Pattern
    ended_deictic: re.Pattern
    before_bare_duration: frozenset[str]
    name_after: re.Pattern
    not_a_name: frozenset[str]
    generic_after_today: re.Pattern
    age_after: re.Pattern
    # reference dates and datelines
    full_date: re.Pattern
    weekday_date: re.Pattern
    dateline_prefix: re.Pattern
    dateline_suffix: re.Pattern
    # narrative time and eras
    explicit_year: re.Pattern
    partial_date: re.Pattern
    own_days: re.Pattern
    era_bc: re.Pattern
    before_year_range: re.Pattern
    after_event: re.Pattern

    # cues the handlers read around an expression (see the data module)
    on_before: re.Pattern
    on_part_of_day_before: re.Pattern
    deadline_before: re.Pattern
    between_before: re.Pattern
    high_before: re.Pattern
    pm_parts: re.Pattern
    clock_prep_before: re.Pattern
    midnight_run_on_before: re.Pattern
    clock_next_day_after: re.Pattern
    some_weekday_before: re.Pattern
    some_weekday_after: re.Pattern
    clock_some_weekday_after: re.Pattern
    may_prep_before: re.Pattern
    spelled_year_compound: re.Pattern
    spelled_year_prep_before: re.Pattern
    numbered_before: re.Pattern
    habit_clock_link: re.Pattern
    habit_clock_after: re.Pattern
    set_clock_link: re.Pattern
    set_list_link: re.Pattern
    yearly_set_link: re.Pattern
    set_frame_deictic: re.Pattern
    scope_object: re.Pattern
    scope_of_before: re.Pattern
    scope_superlatives: frozenset[str]
    scope_ranks: frozenset[str]
    scope_units: frozenset[str]
    figure_before: re.Pattern
    half_edge: re.Pattern
    game_period_after: re.Pattern
    game_words: re.Pattern
    fall_noun_after: re.Pattern
    season_break_after: re.Pattern
    water_spring: re.Pattern
    water_spring_time_before: re.Pattern
    water_spring_owned_after: re.Pattern
    season_break_before: re.Pattern
    southern_dateline: re.Pattern
    surname_after: re.Pattern
    name_word_before: re.Pattern
    race_time_before: re.Pattern
    the_before_decade: re.Pattern
    season_prep_before: re.Pattern
    noun_of_before: re.Pattern
    season_noun_after: re.Pattern
    stretch_before_lower: re.Pattern
    stretch_before: re.Pattern
    span_ahead_before: re.Pattern
    weekend_ahead_before: re.Pattern
    rate_before: re.Pattern
    fraction_of_after: re.Pattern
    # "the last year of the sentence": a unit of something's span, no calendar unit (relative.py)
    span_of_after: re.Pattern
    quarter_duration_before: re.Pattern
    noun_after: re.Pattern
    plural_unit_prep_before: re.Pattern
    not_duration_after: re.Pattern
    vague_duration_prep_before: re.Pattern
    past_count_after: re.Pattern
    year_rate_before: re.Pattern
    every: re.Pattern
    frequency: re.Pattern
    parts_of_days: re.Pattern
    number_range: re.Pattern
    range_dash_before: re.Pattern
    abbreviation_end: re.Pattern
    modal_before: re.Pattern
    overnight_manner_before: re.Pattern
    overnight_manner_clause: re.Pattern
    overnight_adverb_after: re.Pattern
    report_day_before: re.Pattern
    counted_back: re.Pattern
    yardstick_before: re.Pattern
    aside_before: re.Pattern
    since_before: re.Pattern
    late_before: re.Pattern
    report_lemmas: frozenset[str]
    period_prep_before: re.Pattern
    ago_span_mods: frozenset[str]
    shift_amount_mods: frozenset[str]
    # "A report released in May found ...": a bare participle's preposition that tells a month gone when
    # the clause is a finite past (context.Tense.finite_past); not "set for April"
    past_participle_preps: frozenset[str]
    # A sentence's closing attribution (", the ministry said."): what it reports is news told now, so a
    # partial date in it does not take the year of a history sentence before it (Dates.narrative_year)
    trailing_attribution: re.Pattern
    # a year in figures, what breaks a clause, and the "when" clause that does not (context.sentence_year)
    year_in_figures: re.Pattern
    clause_break: re.Pattern
    when_clause_gap: re.Pattern
    deictic_start: re.Pattern
    # the noun and "of" before a year that names which thing it is ("the frame of 1951"; context.told_year)
    noun_of_year_before: re.Pattern
    # an article before a year used as a noun's modifier ("a 2021 change"; history.h_month_of_that_year)
    article_before_year: re.Pattern
    # Verbs of ordering or asking whose "to"-infinitive looks ahead of the order ("ordered the schools
    # to stay closed on Sunday"), and the subordinators of a present clause that a forward-looking main
    # clause puts ahead too ("will reopen when the repairs are done on Tuesday"; context.Tense)
    directive_lemmas: frozenset[str]
    pending_marks: frozenset[str]
    # a share of "the day" ("uses a wheelchair for most of the day"; relative._the_unit)
    day_share_before: re.Pattern
    # a share of "the year's" something ("half the year's methane comes out in two weeks"; relative._the_unit)
    year_share_before: re.Pattern
    # the prepositions of a limit in a relative clause that states a condition of a clause ahead
    # ("workers who stay out beyond Friday could be fired"; context.Tense.limit_condition)
    limit_condition_preps: frozenset[str]
    # the preposition of a forecast verb's prospect ("warned of delays over the weekend";
    # context.Tense.prospect_object with of_object, relative weekend)
    prospect_object_preps: frozenset[str]
    # "during the week" beside a habit: the weekdays of any week, no date (relative._the_unit)
    week_within_before: re.Pattern
    week_habit_contrast: re.Pattern
    # verbs that move a thing to a new day ("had moved the ceremonies to Saturday"): the day a weekday
    # after their "to" names is the new, coming one (context.Tense.moved_to, round 65e)
    reschedule_lemmas: frozenset[str]
    reschedule_preps: frozenset[str]
    # the subordinators of a clause that tells what led to a dated act ("closed in 2021 after the roof
    # fell overnight"; relative.h_overnight, round 65e)
    overnight_after_mark: re.Pattern
    # the future auxiliaries that are past forms ("would"): a past story's own future, not the
    # narrator's (narrative.NarrativeAnchoring._present_ahead, round 70d)
    past_future_aux: frozenset[str]
    # verbs of a one-off whose simple present news uses for a schedule ("the museum reopens in spring"):
    # with a bare season they are no habit (context.Tense.present_habit, round 70d)
    scheduled_present_lemmas: frozenset[str]

    @property
    def pattern_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.patterns)

    @classmethod
    def from_module(cls, module: ModuleType, like: TemporalWords | None = None) -> TemporalWords:
        """The words a data module spells out: each field from the module's upper-case name of it; a
        name the module lacks is taken from `like` when given (a pack that only adds month names)."""
        values = {}
        for field in dataclasses.fields(cls):
            if like is not None and not hasattr(module, field.name.upper()):
                values[field.name] = getattr(like, field.name)
                continue
            value = getattr(module, field.name.upper())
            if isinstance(value, dict):
                value = MappingProxyType(dict(value))
            elif isinstance(value, (set, frozenset)):
                value = frozenset(value)
            elif isinstance(value, list):
                value = tuple(value)
            values[field.name] = value
        return cls(**values)


def english() -> TemporalWords:
    """The English words (lang/en/temporal.py), the engine's default."""
    from ..lang.en import temporal

    return TemporalWords.from_module(temporal)


ENGLISH = english()
