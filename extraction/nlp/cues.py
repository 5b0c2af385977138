"""Wording that tells a plan from a result, and what a number is doing in its clause.

The patterns live in the grammar (extraction/grammar/plans.py, built from the lexicon files when it
loads); this module hands them on under the names the NLP modules (pipeline, scorecards) import.
"""

from __future__ import annotations

import importlib

from extraction.grammar import may_match  # noqa: F401 (the pre-check the NLP modules call as cues.may_match)
from extraction.grammar import plans as _plans

# Reloading this module after a lexicon file changed (tests/extraction/test_lexicon_cues.py adds a phrase
# that way) must rebuild the patterns made of the lexicon's words, which are built when the grammar loads.
if "TARGET_CUE" in globals():
    importlib.reload(_plans)

from extraction.grammar.plans import (  # noqa: E402, F401 (re-exported)
    AS_RESOLVED,
    BRACKET_PLAN_AFTER,
    BRACKET_RESULT_BEFORE,
    BRACKET_SHARE_BEFORE,
    COMMITTEE_MEMBERS,
    COMPARE_WORDS,
    DESCRIPTION_BEFORE,
    DESCRIPTION_BEFORE_NEEDS,
    DIRECTIVE,
    EXCESS_AFTER,
    EXCESS_BEFORE,
    EXCESS_PLAN_BEFORE,
    FORECAST,
    FORECAST_CUE,
    FREQUENCY_CUE,
    GROWTH_AFTER,
    GROWTH_BEFORE,
    HEADING_RESULTS,
    HEADING_TARGETS,
    LEAD_IN,
    LEVEL_LEFT,
    ORDINAL,
    ORGANISATIONS_IN,
    ORGANISATIONS_IN_NEEDS,
    PCT_VERB_BEFORE,
    PLACES_COUNTED,
    PLACES_COUNTED_NEEDS,
    PLAN_BEFORE_BRACKET,
    PLAN_BETWEEN,
    PLAN_BOUND_AFTER,
    PLAN_BOUND_BEFORE,
    PLAN_CUE_STRONG,
    PLAN_EVENT,
    PLAN_LABEL,
    PLAN_REF,
    PLAN_STATED,
    PLAN_WORDS,
    RANKING_BEFORE,
    RANKING_BEFORE_NEEDS,
    RESULT_PAST,
    RESULT_STRONG,
    RESULT_VERB_BEFORE,
    RESULT_WEAK,
    RESULTS_SUMMARY_BEFORE,
    REVIEW_EVENT,
    SECTION_LABEL,
    SHARE_AFTER,
    SIZE_AFTER,
    SIZE_BEFORE,
    SIZE_BEFORE_NEEDS,
    SIZE_CONTEXT,
    SIZE_CONTEXT_NEEDS,
    TALLY_UNITS,
    TARGET_CUE,
    TARGET_CUE_NEEDS,
    TARGET_INTRO,
    TARGET_INTRO_NEEDS,
    TARGETS_SUBJECT,
    TARGETS_SUBJECT_NEEDS,
    TARGETS_TAIL,
    TARGETS_TAIL_NEEDS,
    TERM_WORD,
    TOTAL_BEFORE,
)
