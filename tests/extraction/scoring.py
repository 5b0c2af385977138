# A copy of the format's scorer, ../shared/tools/score_extraction.py, unchanged below the marker line, so the
# corpus tests (tests/extraction/corpus) run in a clean clone without ../shared. Refresh it by copying the file
# again; test_pipeline_scores checks that it still matches where ../shared is present.
# --- copied from shared/tools/score_extraction.py ---
#!/usr/bin/env python3
"""Score an extraction (format resolution-extraction/1) against a hand annotation.

Usage:
    score_extraction.py --gold GOLD.json --pred PRED.json [--min-f1 0.9] [--details]

PRED is what the project's extraction command prints as JSON. The format is
described in ../docs/extraction-format.md. Standard library only.

A predicted item counts as correct only when it is filed under the right
resolution (same province, district or commune, kind and year or term) of the right
article, carries an acceptable number and an acceptable unit. Gold items marked
"optional" are not required, and predicting them is not an error.
"""
import argparse
import json
import sys
import unicodedata


def norm_text(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", str(s)).lower().strip()
    for prefix in ("thành phố ", "tp. ", "tp ", "tỉnh ", "huyện ", "thị xã ", "quận ", "xã ", "phường ", "đặc khu "):
        if s.startswith(prefix):
            s = s[len(prefix):]
    s = s.replace("–", "-").replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return " ".join(s.split())


def norm_unit(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", str(s)).lower()
    return "".join(s.split())


def resolution_period(res):
    if res.get("kind") == "term":
        return ("term", tuple(res.get("term") or [None, None]))
    return ("annual", res.get("year"))


def resolution_key(res):
    province = res.get("province")
    if isinstance(province, list):  # gold may accept several provinces for an ambiguous name
        province = province[0]
    return (norm_text(province), norm_text(res.get("district")), norm_text(res.get("commune")), resolution_period(res))


def gold_keys_of(res):
    provinces = res.get("province")
    provinces = provinces if isinstance(provinces, list) else [provinces]
    return [(norm_text(p), norm_text(res.get("district")), norm_text(res.get("commune")), resolution_period(res))
            for p in provinces]


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def gold_matches(gold, pred, section):
    if section == "achievements" and not gold.get("values"):
        # only the share of the plan is stated ("đạt 118% kế hoạch", "vượt 21% kế hoạch")
        share = gold.get("percent_of_plan")
        if same_number(share, pred.get("percent_of_plan")):
            return True
        return same_number(share, pred.get("value")) and norm_unit(pred.get("unit")) == "%"
    if not any(same_number(v, pred.get("value")) for v in gold.get("values", [])):
        return False
    if norm_unit(pred.get("unit")) not in {norm_unit(u) for u in gold.get("units", [])}:
        return False
    if section == "targets" and not same_number(gold.get("value_max"), pred.get("value_max")):
        return False
    return True


def scorecard_matches(gold, pred):
    if gold.get("total") != pred.get("total"):
        return False
    return gold.get("met_or_exceeded") == pred.get("met_or_exceeded")


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def prf(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def line(self, name):
        p, r, f = self.prf()
        return f"{name} P={p:.2f} R={r:.2f} F1={f:.2f} (tp={self.tp} fp={self.fp} fn={self.fn})"


def score(gold_doc, pred_doc, details):
    tallies = {k: Tally() for k in ("resolutions", "targets", "achievements", "scorecards")}
    theme_ok = theme_n = direction_ok = direction_n = 0
    notes = []
    pred_articles = {}
    for art in pred_doc.get("articles", []):
        name = str(art.get("source_file", "")).rsplit("/", 1)[-1]
        pred_articles[name] = art

    for gart in gold_doc["articles"]:
        name = gart["source_file"]
        part = pred_articles.pop(name, {"resolutions": []})
        pred_res = {}
        for res in part.get("resolutions", []):
            pred_res.setdefault(resolution_key(res), []).append(res)
        gold_keys = set()
        for gres in gart["resolutions"]:
            keys = gold_keys_of(gres)
            gold_keys.update(keys)
            found = [res for key in keys for res in pred_res.get(key, [])]
            key = keys[0]
            if found:
                if not gres.get("optional"):
                    tallies["resolutions"].tp += 1
            elif not gres.get("optional"):
                tallies["resolutions"].fn += 1
                notes.append(f"{name}: missed resolution {key}")
            for section in ("targets", "achievements", "scorecards"):
                preds = [p for res in found for p in res.get(section, [])]
                used = set()
                # required items claim their matches before optional ones do
                for gitem in sorted(gres.get(section, []), key=lambda g: bool(g.get("optional"))):
                    hit = None
                    for i, p in enumerate(preds):
                        if i in used:
                            continue
                        ok = scorecard_matches(gitem, p) if section == "scorecards" else gold_matches(gitem, p, section)
                        if ok:
                            hit = i
                            break
                    if hit is None:
                        if not gitem.get("optional"):
                            tallies[section].fn += 1
                            notes.append(f"{name}: missed {section[:-1]} {gitem.get('indicator', gitem)} {gitem.get('values', '')}")
                        continue
                    used.add(hit)
                    if gitem.get("optional"):
                        continue
                    tallies[section].tp += 1
                    p = preds[hit]
                    if section != "scorecards" and gitem.get("theme"):
                        theme_n += 1
                        theme_ok += p.get("theme") == gitem["theme"]
                        if p.get("theme") != gitem["theme"]:
                            notes.append(f"{name}: theme {p.get('theme')} != {gitem['theme']} for {gitem['indicator']}")
                    if section == "targets" and gitem.get("direction"):
                        direction_n += 1
                        direction_ok += p.get("direction") == gitem["direction"]
                        if p.get("direction") != gitem["direction"]:
                            notes.append(f"{name}: direction {p.get('direction')} != {gitem['direction']} for {gitem['indicator']}")
                for i, p in enumerate(preds):
                    if i not in used:
                        tallies[section].fp += 1
                        notes.append(f"{name}: extra {section[:-1]} {p.get('indicator', '')} {p.get('value', p.get('total'))} {p.get('unit', '')}")
        for key, items in pred_res.items():
            if key in gold_keys:
                continue
            tallies["resolutions"].fp += 1
            notes.append(f"{name}: extra resolution {key}")
            for res in items:
                for section in ("targets", "achievements", "scorecards"):
                    n = len(res.get(section, []))
                    tallies[section].fp += n
                    if n:
                        notes.append(f"{name}: {n} {section} under the extra resolution {key}")
    for name in pred_articles:
        notes.append(f"{name}: article not in the annotation (ignored)")

    lines = [tallies[k].line(k) for k in ("targets", "achievements", "scorecards", "resolutions")]
    lines.append(f"theme accuracy {theme_ok}/{theme_n}" + (f" = {theme_ok / theme_n:.2f}" if theme_n else ""))
    lines.append(f"direction accuracy {direction_ok}/{direction_n}" + (f" = {direction_ok / direction_n:.2f}" if direction_n else ""))
    if details:
        lines = notes + [""] + lines
    return tallies, lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--min-f1", type=float, default=None, help="exit 1 when target F1 is below this")
    ap.add_argument("--details", action="store_true", help="list every miss and every extra")
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as f:
        gold = json.load(f)
    try:
        with open(args.pred, encoding="utf-8") as f:
            pred = json.load(f)
    except (OSError, ValueError) as e:
        print(f"cannot read the prediction: {e}")
        return 1
    tallies, lines = score(gold, pred, args.details)
    print("\n".join(lines))
    f1 = tallies["targets"].prf()[2]
    if args.min_f1 is not None and f1 < args.min_f1:
        print(f"target F1 {f1:.2f} is below {args.min_f1:.2f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
