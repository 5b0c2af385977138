"""Why an item was read the way it was, in the page's language, from the ids of the rules that fired.

The extraction gives every item a `rules` list: decision rules and shaping rules (extraction.nlp.decisions,
which carries their Vietnamese and English wording), vocabulary entries of scorecards
("scorecard_met:đạt và vượt": the file and the phrase found) and card rules ("card:parts_make_total").
Pure and light: the decision table imports nothing heavy, so web pages may use it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import get_language, gettext_lazy, pgettext_lazy
from django.utils.translation import gettext as _

from extraction.nlp.decisions import explain

KIND_LABELS = {
    "target": pgettext_lazy("reading", "target"),
    "achievement": pgettext_lazy("reading", "result"),
    "scorecard": pgettext_lazy("reading", "scorecard"),
}

# Vocabulary files of scorecards (extraction/lexicon/<name>.toml): what a phrase found in them means.
VOCABULARY = {
    "scorecard_met": gettext_lazy("targets met"),
    "scorecard_exceeded": gettext_lazy("targets exceeded"),
    "scorecard_nearly_met": gettext_lazy("targets nearly met"),
    "scorecard_not_met": gettext_lazy("targets not met"),
    "scorecard_partial": gettext_lazy("targets partly met"),
    "scorecard_qualifiers": gettext_lazy("a qualifier of the targets counted"),
}

CARD_RULES = {
    "card:exceeded_only": gettext_lazy("only the targets exceeded are given: they are the ones met"),
    "card:exceeded_plus_met": gettext_lazy("the targets exceeded are added to those met"),
    "card:parts_make_total": gettext_lazy("the counts of each status add up to the total"),
    "card:every_target": gettext_lazy("every target of the resolution is met"),
}


def rule_text(rule_id: str, language: str | None = None) -> str:
    """One rule in plain words ("vi" or "en"; default the active language)."""
    language = "en" if (language or get_language() or "vi").startswith("en") else "vi"
    rule_id = str(rule_id)
    if rule_id in CARD_RULES:
        return str(CARD_RULES[rule_id])
    vocabulary, colon, phrase = rule_id.partition(":")
    if colon and vocabulary in VOCABULARY:
        return _("the words “%(phrase)s” (%(meaning)s, vocabulary %(file)s)") % {
            "phrase": phrase,
            "meaning": VOCABULARY[vocabulary],
            "file": vocabulary,
        }
    if colon and vocabulary == "card":
        return _("scorecard rule %(rule)s") % {"rule": phrase}
    text = explain(rule_id, language)
    if text == rule_id and colon:  # an entry of another vocabulary file: name the file and the phrase
        return _("the words “%(phrase)s” (vocabulary %(file)s)") % {"phrase": phrase, "file": vocabulary}
    return text


def item_reason(kind: str, rules: Iterable[str] | None) -> str:
    """ "chỉ tiêu vì: lời lẽ đặt kế hoạch (…)": what the item is and why, or "" when no rule is recorded."""
    texts = list(dict.fromkeys(rule_text(rule) for rule in (rules or []) if rule))
    if not texts:
        return ""
    return _("%(kind)s because: %(reasons)s") % {"kind": KIND_LABELS.get(kind, kind), "reasons": "; ".join(texts)}
