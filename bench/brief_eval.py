"""Accuracy of the cross-checked brief (claim slots, statuses, changes over time, quote groups,
timeline, date slots) against a careful reader's gold.

    .venv/bin/python bench/brief_eval.py example [--report /tmp/x/report.json]
    .venv/bin/python bench/brief_eval.py pratiwi [--split dev|test|all] [--errors]
    .venv/bin/python bench/brief_eval.py money
    .venv/bin/python bench/brief_eval.py money-aid
    .venv/bin/python bench/brief_eval.py ecbplus [--errors]


``example`` scores a run on examples/banjir-lembah-sari (by default a fresh in-memory run)
against its expected.json; ``pratiwi`` scores the compare stage on the gold briefs in
tests/gold/brief/ (stories taken as the gold lists them, links found by silang); ``money``
scores a run on tests/compare/fixtures/money-hoax (a money hoax and its debunks, written for
silang) against its gold.json, and ``money-aid`` does the same for
tests/compare/fixtures/money-aid (flood-aid amounts of many kinds and periods, a second money
story in another shape); ``ecbplus`` does for the English gold briefs (ids of ECB+ documents,
train and dev topics only) what ``pratiwi`` does for the Indonesian ones. The scoring itself
lives in silang.compare.score.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from shared_data import PRATIWI, SHARED_DATA, annotate_pratiwi
from silang.cluster.corpora import read_ecbplus_document
from silang.compare.score import (
    date_claims,
    gold_date_atoms,
    matching_story,
    quantity_claims,
    quote_matches,
    report_origins,
    score_report,
    score_story,
)
from silang.lang.derivations import load_derivation_lexicon
from silang.link import find_links
from silang.model import Annotated, Document, Story
from silang.pipeline import Toolkit, analyze, process_document
from silang.render.report import build_report, store_report
from silang.settings import Settings
from silang.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "banjir-lembah-sari"
GOLD = ROOT / "tests" / "gold" / "brief"
FIXTURES = ROOT / "tests" / "compare" / "fixtures"
MONEY = FIXTURES / "money-hoax"
MONEY_AID = FIXTURES / "money-aid"
ECBPLUS = SHARED_DATA / "ecbplus"


# -- the example corpus ------------------------------------------------------------------


def _key_ids(report: dict[str, Any]) -> dict[str, str]:
    """expected.json keys (file names, or URLs) to the report's article ids."""
    out = {}
    for article in report["articles"]:
        for source in article["sources"]:
            out[source] = article["id"]
            out[Path(source).name] = article["id"]
    return out


def _value(entry: dict[str, Any], ids: dict[str, str], series: str | None) -> dict[str, Any]:
    return {
        "value": entry.get("value"),
        "low": entry.get("low"),
        "high": entry.get("high"),
        "article_ids": sorted({ids[k] for k in entry["keys"] if k in ids}),
        "series": series,
    }


def expected_gold(expected: dict[str, Any], report: dict[str, Any]) -> list[dict[str, Any]]:
    """expected.json in the gold-brief shape, keyed by the report's article ids.

    A changed-over-time entry whose figures sit in a disputed slot marks those values as one
    run; one that does not becomes a slot of its own, agreed across its origins.
    """
    ids = _key_ids(report)
    golds = []
    for story in expected["stories"]:
        sid = story["id"]
        slots: list[dict[str, Any]] = []
        for entry in expected["disputed_figures"]:
            if entry["story"] == sid:
                values = [_value(v, ids, None) for v in entry["values"]]
                slots.append({"counted": entry["counted"], "status": "disputed", "values": values})
        for entry in expected["changed_over_time"]:
            if entry["story"] != sid:
                continue
            run = [_value(v, ids, entry["attributed_to"]) for v in entry["values"]]
            home = next((s for s in slots if s["counted"] == entry["counted"]), None)
            if home is None:
                slots.append({"counted": entry["counted"], "status": "agreed", "values": run})
                continue
            for value in run:
                twin = next(
                    (
                        v
                        for v in home["values"]
                        if v["value"] == value["value"]
                        and set(v["article_ids"]) & set(value["article_ids"])
                    ),
                    None,
                )
                if twin is None:
                    home["values"].append(value)
                else:
                    twin["series"] = value["series"]
        for entry in expected["agreed_figures"]:
            if entry["story"] == sid:
                status = entry.get("status", "agreed")
                slots.append(
                    {
                        "counted": entry["counted"],
                        "status": status,
                        "values": [_value(entry, ids, None)],
                    }
                )
        quotes = [
            {
                "speaker": group["speaker"],
                "versions": [
                    {
                        "article_id": ids[v["key"]],
                        "text": v["text"],
                        "speaker": v["attributed_to"],
                        "misattributed": v.get("misattributed", False),
                    }
                    for v in group["versions"]
                    if v["key"] in ids
                ],
            }
            for group in expected["quote_groups"]
            if group["story"] == sid
        ]
        timeline = [
            {"date": t["date"], "article_ids": sorted({ids[k] for k in t["keys"] if k in ids})}
            for t in expected["timeline"]
            if t["story"] == sid
        ]
        golds.append(
            {
                "id": sid,
                "article_ids": sorted({ids[k] for k in story["keys"] if k in ids}),
                "slots": slots,
                "quote_groups": quotes,
                "timeline": timeline,
                "exhaustive": ["disputed"],
            }
        )
    return golds


def example_report(expected_stories: bool) -> dict[str, Any]:
    """A fresh in-memory run on the example corpus; with ``expected_stories`` its stories are
    the ones expected.json lists, so that the score measures the cross-checks alone and not
    the story clustering before them."""
    store = Store(":memory:")
    analyze([str(EXAMPLE)], store, Settings())
    if not expected_stories:
        return store_report(store)
    annotated, links = store.annotated(), store.links()
    ids = _key_ids(build_report(annotated, [], None, links, None))
    expected = json.loads((EXAMPLE / "expected.json").read_text("utf-8"))
    stories = [
        Story(s["id"], s["title"], tuple(dict.fromkeys(ids[k] for k in s["keys"] if k in ids)))
        for s in expected["stories"]
    ]
    return build_report(annotated, store.rejections(), None, links, stories)


def evaluate_example(report: dict[str, Any] | None = None) -> dict[str, Any]:
    """``report`` scored against expected.json; by default a fresh run on expected stories."""
    if report is None:
        report = example_report(expected_stories=True)
    expected = json.loads((EXAMPLE / "expected.json").read_text("utf-8"))
    return score_report(report, expected_gold(expected, report))


# -- a fixture story with a gold brief keyed by file name --------------------------------


def fixture_report(folder: Path = MONEY) -> dict[str, Any]:
    """A fresh in-memory run on ``folder``/articles, all its articles taken as one story."""
    store = Store(":memory:")
    analyze([str(folder / "articles")], store, Settings())
    annotated, links = store.annotated(), store.links()
    story = Story(folder.name, folder.name, tuple(item.article.id for item in annotated))
    return build_report(annotated, store.rejections(), None, links, [story])


def fixture_gold(folder: Path, report: dict[str, Any]) -> dict[str, Any]:
    """``folder``/gold.json with its file names turned into the report's article ids."""
    gold: dict[str, Any] = json.loads((folder / "gold.json").read_text("utf-8"))
    ids = _key_ids(report)
    gold["article_ids"] = [ids[k] for k in gold["article_ids"]]
    gold["copy_groups"] = [[ids[k] for k in group] for group in gold.get("copy_groups", [])]
    for slot in gold["slots"]:
        for value in slot["values"]:
            value["article_ids"] = [ids[k] for k in value["article_ids"]]
    for group in gold["quote_groups"]:
        for version in group["versions"]:
            version["article_id"] = ids[version["article_id"]]
    for date_slot in gold.get("date_slots", []):
        for value in date_slot["values"]:
            value["article_ids"] = [ids[k] for k in value["article_ids"]]
    return gold


def evaluate_fixture(folder: Path = MONEY, report: dict[str, Any] | None = None) -> dict[str, Any]:
    """``folder``'s run scored against its gold.json."""
    report = report if report is not None else fixture_report(folder)
    return score_report(report, [fixture_gold(folder, report)])


# -- gold briefs: Pratiwi (Indonesian) and ECB+ (English) --------------------------------


def read_golds(split: str, corpus: str = "pratiwi") -> list[dict[str, Any]]:
    """The gold briefs of ``corpus`` (the files' name prefix) in ``split`` (or "all")."""
    paths = sorted(GOLD.glob(f"{corpus}-*.json"))
    golds = [json.loads(p.read_text("utf-8")) for p in paths]
    return [g for g in golds if split == "all" or g["split"] == split]


def _load(ids: set[str], toolkit: Toolkit) -> list[Annotated]:
    return list(annotate_pratiwi(toolkit, lambda record: record["id"] in ids))


#: ECB+ stores tokens: numbers, quotes and punctuation come apart ("5 . 9", "31 , 000",
#: "'' Not deep enough , ''", "6.1 - magnitude", "a . 38 - caliber"). These rejoin them the
#: way the outlets wrote them, in this order.
_DETOKENIZE = [
    (re.compile(r"(?<=\d) (?:([.:/]) (?=\d)|(,) (?=\d{3}\b))"), r"\1\2"),
    # A leading decimal point after a lower-case word ("a . 38 - caliber"), not the point of
    # an abbreviation ("Dec . 13").
    (re.compile(r"\b([a-z]+) \. (?=\d)"), r"\1 ."),
    (re.compile(r"\b([ap]) \. m \."), r"\1.m."),
    (re.compile(r"\b([A-Z]) \. (?=[A-Z] \.)"), r"\1."),
    (re.compile(r"''|``"), '"'),
    (re.compile(r" - - "), " -- "),
    (re.compile(r"(?<=\w) - (?=\w)"), "-"),
    # A clitic is a word's tail, but a quotation opening with one is not ("screaming , 'stop").
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|%)(?!\w)"), r"\1"),
    (re.compile(r" ?’ ?(?=(?:s|ll|re|ve|d|m|t)\b)"), "’"),
    (re.compile(r"([$(\[‘]) "), r"\1"),
    (re.compile(r" ([,;:!?)\]’]|\.(?!\d))"), r"\1"),
]
#: A double quotation mark with the spaces the tokens left around it.
_SPACED_MARK = re.compile(r" ?(``|''|[\"“”]) ?")
#: A straight mark between a sentence's punctuation (or a number: 15.4" display) and a
#: lower-case word: a closing one.
_ENDS_QUOTE = re.compile(r'[\d,.?!] " [a-z]')
#: A straight mark after a sentence's end and against the capitalised word that opens the
#: next sentence: where the marks do not pair up and a quote is still open, it opens a new
#: quotation, for the one open was left unclosed (a quotation running on into the next
#: paragraph opens that paragraph with a mark and leaves the one before open, and ECB+
#: keeps sentences, not paragraphs). A closing mark stands apart from the next sentence
#: ('help . " An investigation').
_OPENS_AGAIN = re.compile(r'[.?!] "[A-Z]')


def detokenize(text: str) -> str:
    """ECB+ text of space-joined tokens as running text, one paragraph a line."""
    for pattern, replacement in _DETOKENIZE:
        text = pattern.sub(replacement, text)
    return "\n".join(_close_up_quotes(line) for line in text.split("\n"))


def _opening_marks(line: str) -> list[bool]:
    """Whether each double mark of a paragraph opens a quotation. Curly marks and `` '' say
    which they are; a straight one opens or closes by its turn in the paragraph, except that
    where the marks do not pair up, one after a sentence's punctuation and before a
    lower-case word closes ('now , " followed by'): the paragraph began inside a quote, or
    the mark is a measure's (15.4 " retina display); and one against a sentence's first
    word while a quote is open opens again ('scene . "We've'): the open one ran on unclosed."""
    marks = list(_SPACED_MARK.finditer(line))
    unpaired = len(marks) % 2 == 1
    is_open = False
    opening = []
    for found in marks:
        mark = found.group(1)
        if mark == '"':
            closes = unpaired and found.start() > 0 and _ENDS_QUOTE.match(line, found.start() - 1)
            opens_again = unpaired and is_open and _OPENS_AGAIN.match(line, found.start() - 1)
            is_open = bool(opens_again) or (not is_open and not closes)
        else:
            is_open = mark in ("“", "``")
        opening.append(is_open)
    return opening


def _close_up_quotes(line: str) -> str:
    """Each double mark against its quotation: an opening one against the word after it, a
    closing one against the word before, so that a quote is never paired with the next
    paragraph's (ECB+ dev 19_10: 'insane . "' then 'a "peaceful vigil')."""
    opening = iter(_opening_marks(line))

    def close_up(found: re.Match[str]) -> str:
        before, after = found.group().split(found.group(1))
        return before + found.group(1) if next(opening) else found.group(1) + after

    return _SPACED_MARK.sub(close_up, line)


def paragraphs(sentences: list[str]) -> list[str]:
    """ECB+ sentences as paragraphs: ECB+ keeps no paragraphs, so each sentence is one, as in
    wire copy, except that a sentence inside an open quote joins the one before. Curly marks
    count with straight ones: 19_6 opens a quote with one and closes it with the other."""
    found: list[str] = []
    for sentence in sentences:
        if found and _opening_marks(found[-1])[-1:] == [True]:
            found[-1] += " " + sentence
        else:
            found.append(sentence)
    return found


def _load_ecbplus(ids: set[str], toolkit: Toolkit) -> list[Annotated]:
    """ECB+ documents (``20_8ecbplus``) through silang's per-document stages, headline first,
    each carrying its document id."""
    items = []
    for doc_id in sorted(ids):
        path = ECBPLUS / "ECB+_docs" / doc_id.split("_")[0] / f"{doc_id}.xml"
        headline, body = read_ecbplus_document(path)
        text = detokenize("\n".join(paragraphs([headline, *body])))
        document = Document(doc_id, "text", text.encode("utf-8"), language="en")
        result = process_document(document, toolkit)
        if isinstance(result, Annotated):
            article = dataclasses.replace(result.article, id=doc_id)
            items.append(dataclasses.replace(result, article=article))
    return items


_Loader = Callable[[set[str], Toolkit], list[Annotated]]
#: Each gold corpus (the gold files' name prefix) and how its articles are read.
LOADERS: dict[str, _Loader] = {"pratiwi": _load, "ecbplus": _load_ecbplus}


def pratiwi_report(
    golds: list[dict[str, Any]], toolkit: Toolkit, load: _Loader = _load
) -> dict[str, Any]:
    """The report of the gold stories' articles (read by ``load``), each gold story taken as
    one story."""
    items = load({aid for g in golds for aid in g["article_ids"]}, toolkit)
    lexicons = {code: load_derivation_lexicon(code) for code in ("id", "en")}
    links = find_links(items, lexicons)
    stories = [Story(g["id"], g["id"], tuple(g["article_ids"])) for g in golds]
    return build_report(items, [], None, list(links), stories)


def evaluate_pratiwi(
    split: str,
    toolkit: Toolkit | None = None,
    dump: Path | None = None,
    errors: bool = False,
    corpus: str = "pratiwi",
) -> dict[str, Any]:
    """The gold stories of ``corpus`` in ``split`` scored and summed; ``errors`` prints each
    story's own figures and errors first."""
    golds = read_golds(split, corpus)
    report = pratiwi_report(golds, toolkit or Toolkit.build(Settings()), LOADERS[corpus])
    if dump is not None:
        dump.write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    if errors:
        print_errors(report, golds)
    return score_report(report, golds)


# -- per-story figures and an error listing ------------------------------------------------


def _claim_label(index: int, claim: Mapping[str, Any]) -> str:
    values = ", ".join(f"{v['value']:g}@{'/'.join(v['article_ids'])}" for v in claim["values"])
    return f"#{index} {claim['subject']}/{claim['unit']} {claim['status']} [{values}]"


def _gold_value_number(
    value: dict[str, Any], aid: str, claims: Sequence[Mapping[str, Any]]
) -> float:
    """The number silang read for a gold value in ``aid`` (a vague gold value's inside)."""
    if value.get("value") is not None:
        return float(value["value"])
    for claim in claims:
        for found in claim["values"]:
            if aid in found["article_ids"] and value["low"] <= found["value"] <= value["high"]:
                return float(found["value"])
    return float(value["low"])


def slot_errors(story: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """Gold slots split, missed or given the wrong status; found slots joining two gold
    slots; disputes the gold does not list."""
    claims = quantity_claims(story)
    where: dict[tuple[str, float], set[int]] = {}
    for index, claim in enumerate(claims):
        for value in claim["values"]:
            for aid in value["article_ids"]:
                where.setdefault((aid, float(value["value"])), set()).add(index)
    owner: dict[tuple[str, float], set[int]] = {}
    for g, slot in enumerate(gold["slots"]):
        for value in slot["values"]:
            for aid in value["article_ids"]:
                owner.setdefault((aid, _gold_value_number(value, aid, claims)), set()).add(g)
    lines: list[str] = []
    for g, slot in enumerate(gold["slots"]):
        # A mention two gold slots share ("3" districts and "3" schools of one article)
        # tells neither apart; it is left out of the listing as the scorer's pairs leave it.
        atoms = [a for a, owners in owner.items() if g in owners]
        homes = set().union(*(where.get(a, set()) for a in atoms if len(owner[a]) == 1))
        missing = [f"{a[1]:g}@{a[0]}" for a in atoms if a not in where]
        statuses = {claims[i]["status"] for i in homes}
        problems = []
        if missing:
            problems.append("missing " + " ".join(missing))
        if len(homes) > 1:
            problems.append(f"split over {len(homes)} slots")
        if homes and slot["status"] not in statuses:
            problems.append(f"status {'/'.join(sorted(statuses))} not {slot['status']}")
        if problems:
            lines.append(f"  slot '{slot['counted']}' ({slot['status']}): " + "; ".join(problems))
            lines.extend(f"      found {_claim_label(i, claims[i])}" for i in sorted(homes))
    exhaustive = set(gold.get("exhaustive", ()))
    for index, claim in enumerate(claims):
        atoms = [a for a, found in where.items() if index in found]
        golds = set().union(*(owner[a] for a in atoms if len(owner.get(a, ())) == 1))
        label = _claim_label(index, claim)
        if len(golds) > 1:
            lines.append(f"  joins {len(golds)} gold slots: {label}")
        if not golds:
            if claim["status"] in exhaustive:
                lines.append(f"  {claim['status']} not in the gold: {label}")
            continue
        votes = Counter(g for a in atoms for g in owner.get(a, ()))
        best = max(votes, key=lambda g: (votes[g], -g))
        if gold["slots"][best]["status"] != claim["status"]:
            lines.append(
                f"  {claim['status']}, the gold says {gold['slots'][best]['status']}: {label}"
            )
    return lines


def _date_label(index: int, claim: Mapping[str, Any]) -> str:
    values = ", ".join(f"{v['date']}@{'/'.join(v['article_ids'])}" for v in claim["values"])
    return f"#{index} {claim['subject']} {claim['status']} [{values}]"


def date_errors(story: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """Gold date slots split, missed or given the wrong status, found date slots joining two
    gold slots, and (for an exhaustive gold) found date slots the gold does not list."""
    if "date_slots" not in gold:
        return []
    claims = date_claims(story)
    where: dict[tuple[str, str], set[int]] = {}
    for index, claim in enumerate(claims):
        for value in claim["values"]:
            for aid in value["article_ids"]:
                where.setdefault((aid, str(value["date"])), set()).add(index)
    owner = gold_date_atoms(gold, where)
    lines: list[str] = []
    for g, slot in enumerate(gold["date_slots"]):
        atoms = [a for a, owners in owner.items() if g in owners]
        homes = set().union(*(where.get(a, set()) for a in atoms))
        problems = []
        missing = [f"{a[1]}@{a[0]}" for a in atoms if a not in where]
        if missing:
            problems.append("missing " + " ".join(missing))
        if len(homes) > 1:
            problems.append(f"split over {len(homes)} slots")
        statuses = {claims[i]["status"] for i in homes}
        if homes and slot["status"] not in statuses:
            problems.append(f"status {'/'.join(sorted(statuses))} not {slot['status']}")
        if problems:
            lines.append(f"  date '{slot['event']}' ({slot['status']}): " + "; ".join(problems))
            lines.extend(f"      found {_date_label(i, claims[i])}" for i in sorted(homes))
    for index, claim in enumerate(claims):
        golds = set().union(*(owner.get(a, set()) for a, f in where.items() if index in f))
        if len(golds) > 1:
            lines.append(f"  date joins {len(golds)} gold slots: {_date_label(index, claim)}")
        elif not golds and gold.get("date_slots_exhaustive"):
            lines.append(f"  date not in the gold: {_date_label(index, claim)}")
    return lines


def quote_errors(story: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """Gold quote groups whose versions silang missed or put in several groups."""
    lines = []
    quotes = story.get("quotes", [])
    for group in gold.get("quote_groups", []):
        homes: dict[str, set[int]] = {}
        for version in group["versions"]:
            homes[version["article_id"]] = {
                f
                for f, found in enumerate(quotes)
                for m in found["mentions"]
                if m["article_id"] == version["article_id"] and quote_matches(version, m["text"])
            }
        missing = [aid for aid, found in homes.items() if not found]
        shared = set.intersection(*homes.values()) if homes else set()
        if missing or not shared:
            phrase = group["versions"][0].get("phrase") or group["versions"][0]["text"][:40]
            where = " ".join(
                f"{aid}:{','.join(map(str, sorted(f))) or '-'}" for aid, f in homes.items()
            )
            lines.append(f"  quote {group['speaker']} '{phrase}': {where}")
    return lines


def copy_errors(origin: dict[str, str], gold: dict[str, Any]) -> list[str]:
    """Gold copy groups silang split, and articles silang joined across gold groups."""
    lines = []
    group_of = {aid: i for i, group in enumerate(gold.get("copy_groups", [])) for aid in group}
    found: dict[str, list[str]] = {}
    for aid in group_of:
        found.setdefault(origin.get(aid, aid), []).append(aid)
    for root, members in found.items():
        if len({group_of[a] for a in members}) > 1:
            lines.append(f"  copy: silang joins {' '.join(members)} (origin {root})")
    for group in gold.get("copy_groups", []):
        if len({origin.get(a, a) for a in group}) > 1:
            lines.append(f"  copy: gold group {' '.join(group)} split by silang")
    return lines


def print_errors(report: dict[str, Any], golds: list[dict[str, Any]]) -> None:
    """Each gold story's own figures (as score_report sums them), then its errors."""
    origin = report_origins(report)
    for gold in golds:
        story = dict(matching_story(report.get("stories", []), gold["article_ids"]) or {})
        print(f"== {gold['id']}")
        for name, scored in score_story(story, gold, origin).items():
            pr = scored.as_dict()
            print(
                f"  {name:26} P {pr['precision']:.3f}  R {pr['recall']:.3f}"
                f"  (found {pr['found']}, expected {pr['expected']})"
            )
        for line in (
            slot_errors(story, gold)
            + date_errors(story, gold)
            + quote_errors(story, gold)
            + copy_errors(origin, gold)
        ):
            print(line)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", choices=["example", "pratiwi", "ecbplus", "money", "money-aid"])
    parser.add_argument("--report", type=Path, help="score this report.json (example only)")
    parser.add_argument(
        "--pipeline-stories",
        action="store_true",
        help="example: score silang's own stories (end to end) instead of the expected ones",
    )
    # Dev by default: the held-out files are scored only when asked for by name (twice this
    # session a helper's bare run printed held-out sums).
    parser.add_argument(
        "--split",
        default="dev",
        choices=["dev", "test", "all"],
        help="dev (default); test and all read the held-out gold briefs",
    )
    parser.add_argument("--dump", type=Path, help="write the Pratiwi/ECB+ report.json here")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="pratiwi, ecbplus: print each story's figures and list its errors before the sums",
    )
    args = parser.parse_args(argv)
    if args.corpus == "example":
        if args.report:
            report = json.loads(args.report.read_text("utf-8"))
        else:
            report = example_report(expected_stories=not args.pipeline_stories)
        result = evaluate_example(report)
    elif args.corpus in ("money", "money-aid"):
        result = evaluate_fixture(MONEY if args.corpus == "money" else MONEY_AID)
    else:
        needs = PRATIWI if args.corpus == "pratiwi" else ECBPLUS
        if not needs.exists():
            print(f"needs {needs}; absent here", file=sys.stderr)
            return 2
        result = evaluate_pratiwi(args.split, None, args.dump, args.errors, args.corpus)
    for name, pr in result.items():
        print(
            f"{name:28} P {pr['precision']:.3f}  R {pr['recall']:.3f}"
            f"  (found {pr['found']}, expected {pr['expected']})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
