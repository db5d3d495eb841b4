"""Evaluation gate for the cross-checked brief on the gold briefs, Pratiwi (Indonesian) and
ECB+ (English) (see bench/brief_eval.py and README.md here).

Pinned floors sit a little below the figures measured with
`.venv/bin/python bench/brief_eval.py pratiwi --split dev|test` and
`.venv/bin/python bench/brief_eval.py ecbplus --split dev` (listed at FLOORS and
ECBPLUS_FLOORS); a change that drops below one fails; lower a floor only on purpose, in the
open. Needs ../shared/data; skipped with a message when it is absent.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

import brief_eval
from shared_data import PRATIWI

#: The data each gold corpus needs.
NEEDS = {"pratiwi": PRATIWI, "ecbplus": brief_eval.ECBPLUS}


@cache
def scores(split: str, corpus: str = "pratiwi") -> dict[str, Any]:
    if not NEEDS[corpus].exists():
        pytest.skip(f"needs {NEEDS[corpus]}; absent here")
    result: dict[str, Any] = brief_eval.evaluate_pratiwi(split, corpus=corpus)
    return result


@pytest.mark.parametrize(("corpus", "least"), [("pratiwi", 3), ("ecbplus", 2)])
def test_brief_gold_files_name_their_articles_and_split(corpus: str, least: int) -> None:
    golds = brief_eval.read_golds("all", corpus)
    assert len(golds) >= least
    for gold in golds:
        assert gold["split"] in ("dev", "test")
        named = {aid for slot in gold["slots"] for v in slot["values"] for aid in v["article_ids"]}
        named |= {v["article_id"] for g in gold["quote_groups"] for v in g["versions"]}
        named |= {
            aid for s in gold.get("date_slots", []) for v in s["values"] for aid in v["article_ids"]
        }
        assert named <= set(gold["article_ids"])


#: (split, category, precision floor, recall floor). Measured (bench/brief_eval.py pratiwi):
#: dev (topics 1, 3, 4, 5, 6 and 7, seven stories, 52 articles): grouping P 1.000 R 0.970,
#: disputed 1.000/0.750, agreed 1.000/0.923, single-source 0.923/0.900, changed over time
#: 1.000/1.000, quotes 1.000/0.787, other-speaker flags none (none expected), copy groups
#: 0.829/1.000. The dev sum grew from 5 to 7 stories when topics 4 and 6 were added; the
#: floors below were measured again on the seven. Four floors went down for that reason
#: alone, not because any story scored less (no story's figure dropped in the change that
#: re-pinned them): disputed recall (topic 4's thousands-or-hundreds dispute is not found),
#: single-source recall (topic 6's "satu baris", "tiga baris" and "282,983 ton" are not
#: extracted as the gold reads them), quotes recall (topics 4 and 6 have versions told
#: without quote marks, which the quote stage does not extract) and copy-groups precision
#: (the link stage makes 600-163/164 copies of 600-154, which the gold keeps apart).
#: On the five stories before: grouping 1.000/0.956, disputed 1.000/1.000, agreed
#: 1.000/0.900, single-source 0.933/0.966, quotes 1.000/1.000, copy groups 0.920/1.000.
#: Dev quotes recall was 0.766 before a whole version of a statement quoted in two parts
#: joined the groups of both parts (topic 3's Apple statement in two translations), 0.894
#: before the quote stage read 600-104's unquoted statement instead of its channel "seperti
#: detikINET kutip dari CNBC". Dev copy groups were 1.000/1.000 until the link stage's
#: sentence channel found 600-216 and 600-220 to be rewrites of 600-201; the link labels
#: (bench/link_labels/pratiwi_pairs.tsv) say so too, the brief's gold keeps 600-201 apart,
#: and the two golds were left as written.
#: test (topics 10, 11 and 12, 30 articles, scored once when topics 10 and 11 were added, on
#: the code that added them): grouping P 0.821 R 0.458, disputed 0.500/0.250, agreed
#: 0.529/0.750, single-source 0.583/0.600, changed over time 0/0 (one found, one expected,
#: not the same), quotes 1.000/0.849 with 3 false other-speaker flags, copy groups
#: 0.750/0.667. Topic 12 alone was 0.303/0.396 in grouping before money slots; the old
#: floors were for topic 12 alone, these are a little under the three-story figures.
#: Scored once more after dev topics 4 and 6 and the fixes they led to (figure lists,
#: rates, retold-sentence slots, quote marks): grouping 0.826/0.474, disputed 0.500/0.250,
#: agreed 0.529/0.750, single-source 0.609/0.600, changed over time none found (one
#: expected), quotes 1.000/0.849 with 2 false other-speaker flags, copy groups 0.750/0.667.
#: The floors were left where they were: the gains are one or two items each.
#: Dev topic 8 (tests/gold/brief/pratiwi-08-pokemon.json, written from the articles alone)
#: made the dev sum eight stories, 62 articles. Measured 2026-11-23 12:22 UTC on the working
#: tree of that day (other helpers' uncommitted changes to compare/ and extract/ in it): the
#: seven stories alone scored 1.000/1.000 in every category but copy groups (0.829/1.000);
#: the eight score grouping 1.000/0.995, disputed 1.000/0.800, agreed 0.929/1.000,
#: single-source 1.000/0.977, changed over time 1.000/1.000, quotes 1.000/0.955, other-speaker
#: one false flag (none expected), copy groups 0.800/1.000, timeline 1.000/0.667 (topic 8 is
#: the first gold story with a timeline). Re-pinned for that cause alone, no story scoring
#: less: agreed precision 0.95 -> 0.9 (topic 8's 721-or-722 species dispute is one agreed
#: slot: 600-381's "722 makhluk" is not read), copy-groups precision 0.8 -> 0.78 (the link
#: stage joins 600-387, Radar Cirebon's own report of the interview, to Tempo's 600-399/372;
#: 0.800 measured, so the old floor had no margin) and the dev other-speaker row is gone: the
#: dev gold has no misattributed version, so one flag (600-379's retold LA Times sentence,
#: speaker "Di dalam beritanya") makes its precision 0, and a floor of 0 cannot fail.
#: Then (same day, after the fixes those stories led to: vague estimates of one event's day,
#: decimal-or-thousands evidence, retold quote sentences matched without marks, reported
#: speech after "dijelaskan bahwa"): grouping 1.000/0.995, disputed 1.000/0.800, agreed
#: 0.929/1.000, single-source 1.000/1.000, changed over time 1.000/1.000, quotes
#: 1.000/0.955, other-speaker none, copy groups 0.800/1.000, timeline 1.000/0.667; the
#: seven older stories 1.000 in every category but copy groups. Raised: single-source,
#: disputed recall and quotes recall; the other-speaker row is back (no flag now).
#: Then (2026-11-24) the fresh blind set joined the dev sum (pratiwi-02-tusuk-jari.json and
#: pratiwi-05-istiqlal-b.json, scored once blind first: README, "How the fresh set scored"):
#: ten stories, grouping 0.884/0.935, disputed 0.750/0.875, agreed 0.905/0.870,
#: single-source 0.962/0.857, changed over time 1.000/1.000, quotes 0.962/0.887, other-speaker
#: none, copy groups 0.778/1.000, timeline 1.000/0.667. LOWERED only because the two new
#: stories entered the sum (the eight older stories unchanged).
#: Then (2026-11-24, later) figures, dates and quotes reworked on two blind sets (README,
#: "Two blind sets"): the first (three Pratiwi subsets) joined the dev sum and the second
#: (three more) the test sum, each scored before it joined. Dev, thirteen stories: grouping
#: 0.894/0.952, disputed 0.800/0.750, agreed 0.931/0.875, single-source 0.909/0.838, quotes
#: 0.951/0.846, copy groups 0.792/1.000. Test, six stories (topics 10-12 and the second
#: set): grouping 0.879/0.570, disputed 0.600/0.143, agreed 0.643/0.792, single-source
#: 0.667/0.692, quotes 0.923/0.774, copy groups 0.812/0.812. Raised where the rows rose;
#: LOWERED only where the new stories entered the sums (dev disputed, single-source and quotes
#: recall; test disputed and quotes recall).
#: Then (2026-11-24, latest) the second blind set opened as dev and a third blind set held
#: out (README, "The second set opened, a third blind set held out"), with slots keeping
#: apart two numbers one report gives side by side, quotes capped at a stray mark, and dates
#: of retold happenings. Dev, sixteen stories: grouping 0.975/0.917, disputed 0.900/0.600,
#: agreed 0.905/0.909, single-source 0.835/0.821, changed over time 1.000/1.000, quotes
#: 0.989/0.851, copy groups 0.790/1.000. Test, six stories (topics 10-12 and the third set):
#: grouping 0.671/0.406, disputed 0.364/0.429, agreed 0.632/0.429, single-source
#: 0.649/0.696, quotes 0.783/0.776, copy groups 0.762/0.842. Raised where the rows rose;
#: LOWERED only where the sets changed: dev disputed and single-source recall and quotes
#: recall (set 2's stories entered); every test row (set 2 left the test sum and set 3, with
#: topic 12's money table and topic 9's zero read from a denial, entered: set 3 alone scored
#: 0.538/0.344 grouping, 0.286/0.667 disputed, on the code before and after this session).
#: Then (2026-11-24, session 14, final code a73e956): a class of people named in a generic
#: count's clause, differences, quotes opened by "Masih menurut X," or a "bahwa" rumour, and
#: the fourth blind set (README, "A fourth blind set, held out") entered the test sum. Dev,
#: sixteen stories: grouping 0.972/0.919, disputed 1.000/0.600, agreed 0.905/0.909,
#: single-source 0.842/0.821, changed over time 1.000/1.000, quotes 0.990/0.878, copy groups
#: 0.790/1.000. Test, nine stories (topics 10-12, set 3's and set 4's Pratiwi files):
#: grouping 0.697/0.414, disputed 0.333/0.333, agreed 0.667/0.450, single-source
#: 0.678/0.734, quotes 0.808/0.714, copy groups 0.585/0.857; without set 4 (the six stories
#: of the floors before) every row as before but single-source precision 0.649 -> 0.667.
#: Raised where the rows rose; LOWERED only where set 4 entered: test disputed, quotes recall
#: and copy groups precision.
#: Then (2026-11-24, session 15, final code): pratiwi-03-iphone-c opened as dev, set 4's other
#: Pratiwi files stayed in the test sum, and the fifth blind set's Pratiwi files (topics 4, 7
#: and 8; README, "A fifth blind set, held out") entered it. Dev, seventeen stories: grouping
#: 0.973/0.912, disputed 1.000/0.600, agreed 0.917/0.920, single-source 0.845/0.808,
#: changed over time 1.000/1.000, quotes 0.990/0.873, copy groups 0.803/0.981, timeline
#: 1.000/0.667. Test, eleven stories: grouping 0.687/0.398, disputed 0.333/0.333, agreed
#: 0.621/0.462, single-source 0.717/0.711, quotes 0.792/0.657, copy groups 0.519/0.900.
#: LOWERED only where the sums changed: dev single-source recall (iphone-c's loads and
#: ranks), every test row but disputed (set 5 entered; it scored the same on the session's
#: first and final code but for one row, README "How the fifth set scored").
#: Then (2026-11-24, session 16, code a452643): the third blind set's Pratiwi files (topics 9
#: and 12-b; README, "The third set's Pratiwi files opened") moved from the test sum to dev,
#: unchanged. Dev, twenty stories: grouping 0.860/0.718, disputed 0.706/0.611, agreed
#: 0.870/0.742, single-source 0.806/0.776, changed over time 1.000/0.750, quotes 0.868/0.816,
#: copy groups 0.795/0.969, timeline 1.000/0.667. Test, eight stories: grouping 0.830/0.442,
#: disputed 0.400/0.167, agreed 0.556/0.652, single-source 0.726/0.681, quotes 0.875/0.592,
#: copy groups 0.436/0.850. LOWERED only where the files moved: dev rows the three opened
#: stories pull down (they were written blind and held out until now), test rows that lost
#: them (disputed recall, agreed precision, single-source recall, quotes recall, copy groups
#: precision: set 3's Pratiwi files scored above the rest of the test sum there).
#: Then (2026-11-24, session 16, final code 3118f3b: holders and kinds of pay, windows of a
#: count, money standings and owners, Indonesian counted things, statements within one
#: quotation, post short forms, compiled pages and kept wording in links). Dev, twenty
#: stories: grouping 0.977/0.844, disputed 1.000/0.611, agreed 0.891/0.879, single-source
#: 0.800/0.816, changed over time 1.000/0.750, quotes 0.995/0.905, copy groups 0.873/0.969,
#: timeline 1.000/0.667. Test, eight stories: grouping 0.887/0.398, disputed 0.600/0.333,
#: agreed 0.567/0.696, single-source 0.733/0.667, quotes 0.874/0.587, copy groups
#: 0.531/0.850. Raised where the rows rose; LOWERED: test single-source recall (0.681 ->
#: 0.667) and quotes recall (0.592 -> 0.587), and test grouping recall (0.442 -> 0.398: pay
#: amounts of two holders and counts of two windows now apart, where the held-out gold joins
#: some).
#: Then (2026-11-24, session 17, final code ce4982c: quotes told in prose, Indonesian speech
#: cues and speakers, money holders, English records and ordinals, dates). Dev, twenty
#: stories: quotes 0.995/0.934, every other row as before. Test, eight stories: grouping
#: 0.907/0.407, disputed 0.750/0.333, agreed 0.581/0.739, single-source 0.750/0.681, quotes
#: 0.941/0.676, copy groups 0.531/0.850. Raised where the rows rose; none lowered.
#: Then (2026-11-24, session 18, final code a4a5582: fronted windows and one thing given two
#: ways in the slots, product models and seasons read, quote speakers mended). Dev, twenty
#: stories: grouping 0.977/0.850, disputed 1.000/0.667, agreed 0.892/0.894, single-source
#: 0.815/0.832, quotes 0.995/0.937, the rest as before. Test, eight stories: every row as
#: before. Raised where the rows rose; none lowered.
#: Then (2026-11-25, session 19, final code 3d4c012: compound heads and added counts in the
#: slots, figures read (hedged units, slash halves, spelled ranges), a paraphrase as a
#: rewrite, English attribution). Dev, twenty stories: grouping 0.977/0.850, disputed
#: 1.000/0.667, agreed 0.891/0.879, single-source 0.809/0.832, quotes 0.995/0.939, copy
#: groups 0.875/0.984, the rest as before. Test, eight stories: grouping 0.922/0.412,
#: disputed 0.667/0.167 (3 found), agreed 0.581/0.739, single-source 0.742/0.696, quotes
#: 0.941/0.676, copy groups 0.531/0.850. Raised where the rows rose; LOWERED: dev agreed
#: recall (0.894 -> 0.879) and single-source precision (0.815 -> 0.809), in
#: pratiwi-03-iphone-c, whose two articles the paraphrase rule now makes one origin (copy
#: groups recall 0.969 -> 0.984), so one agreed slot counts one origin; test disputed (one
#: held-out dispute lost, not looked into: the files stay held out).
#: Then (2026-11-25, session 24, final code d8314bb, measured once): test quotes
#: 0.942/0.690 (was 0.942/0.685), every other test row as before. Quotes recall raised.
#: An origins rule of that session (3713960) failed the copy-groups floor here (precision
#: 0.436 < 0.53) and was taken back (1ee831f).
FLOORS = [
    ("dev", "slots grouping", 0.97, 0.84),
    ("dev", "slots disputed", 0.99, 0.66),
    ("dev", "slots agreed", 0.88, 0.87),
    ("dev", "slots single-source", 0.8, 0.83),
    ("dev", "slots changed-over-time", 0.95, 0.75),
    ("dev", "quotes grouping", 0.99, 0.93),
    ("dev", "quotes other-speaker", 0.95, 0.95),
    ("dev", "copy groups", 0.87, 0.98),
    ("dev", "timeline", 0.95, 0.6),
    ("test", "slots grouping", 0.92, 0.41),
    ("test", "slots disputed", 0.66, 0.16),
    ("test", "slots agreed", 0.58, 0.73),
    ("test", "slots single-source", 0.74, 0.69),
    ("test", "quotes grouping", 0.94, 0.68),
    ("test", "copy groups", 0.53, 0.85),
]


#: Date slots (silang.compare.dates), scored where a gold brief has ``date_slots``: measured
#: 2026-11-23 15:50 UTC with bench/brief_eval.py pratiwi --split dev on the working tree of that
#: day (the dev golds' date slots as then written, all ``date_slots_exhaustive``): grouping
#: P 1.000 R 0.491, disputed 1.000/0.333 (the Los Angeles Times edition of 2001 or 2011 is
#: found; the delegation's visit, 2 October or 2 November in one article, is not, because one
#: article giving two dates is taken for two events; the consulate's press release, 20 or 31
#: October, is not read as one statement), agreed 1.000/0.556, single-source 0.409/0.500
#: (statements and events the gold does not list count against precision).
#: Then (2026-11-23 21:30 UTC, same command) after undated reports read as of the story's day,
#: deaths joined to the happening of their day, places one report's NER missed, and "another"
#: happenings that dispute none: agreed 1.000/0.778 (was 1.000/0.556), single-source
#: 0.429/0.500 (was 0.409/0.500), the rest unchanged. Raised: agreed recall, single-source
#: precision.
#: Then (2026-11-24, ten stories with the fresh set): grouping 0.984/0.353, disputed
#: 1.000/0.333, agreed 1.000/0.812, single-source 0.391/0.526. LOWERED only for the new
#: stories: grouping precision, single-source precision.
#: Then (2026-11-24, later, thirteen stories with the first blind set; README, "Two blind
#: sets"): grouping 0.988/0.305, disputed 1.000/0.286, agreed 1.000/0.682, single-source
#: 0.389/0.419. Grouping precision raised; recalls LOWERED only for the new stories.
#: Then (2026-11-24, latest; sixteen stories, the second blind set opened, and dates of
#: retold happenings and of spans that stand free): grouping 0.984/0.444, disputed
#: 1.000/0.250, agreed 0.917/0.846, single-source 0.353/0.512. Recalls raised but disputed
#: (set 2's one date dispute is not found); agreed precision LOWERED (one retold "2005"
#: that the gold disputes with "2007" told in other words, and set 2), single-source
#: precision LOWERED (set 2).
#: Then (2026-11-24, session 14, final code a73e956): grouping 0.984/0.448, disputed
#: 1.000/0.250, agreed 0.920/0.885, single-source 0.364/0.512 (speaker names with a letter
#: doubled read as one: Penny's statement dates joined). Raised.
#: Then (2026-11-24, session 15, final code; seventeen stories with pratiwi-03-iphone-c):
#: grouping 0.985/0.452, disputed 1.000/0.250, agreed 0.920/0.885, single-source
#: 0.368/0.500. Single-source recall LOWERED (iphone-c's three dates of cited reports).
#: Then (2026-11-24, session 16, code a452643; twenty stories with the third set's Pratiwi
#: files opened): grouping 0.928/0.520, disputed 1.000/0.222, agreed 0.853/0.882,
#: single-source 0.384/0.481. LOWERED only where the opened stories entered: grouping and
#: agreed precision (statements of one day joined to the happening), disputed and
#: single-source recall.
#: Then (2026-11-24, session 16, final code 3118f3b): grouping 0.934/0.565, disputed
#: 1.000/0.222, agreed 0.784/0.882, single-source 0.389/0.481. Raised; agreed precision
#: LOWERED (0.853 -> 0.784): dates of statements now read (a day closing reported speech, a
#: channel phrase between a telling and its day) land in slots the gold counts over other
#: origins (pratiwi-03-iphone-c's copy pair the link stage splits; reog-b's mistyped year the
#: gold disputes; the chain message's day once its two printings are two origins).
#: Then (2026-11-24, session 17, final code ce4982c: a date lent the happening its sentence
#: names, new event classes, a day lacking its year read in the story's weeks): grouping
#: 0.939/0.618, other rows as before. Raised.
#: Then (2026-11-24, session 18, final code a4a5582: a year or month one report alone writes
#: of its past kept as a single-source happening): single-source 0.408/0.538, other rows as
#: before. Raised.
#: Then (2026-11-25, session 19, final code 3d4c012: a series of readings is no happening,
#: a citing day no statement, the same sum on dates one slip apart one happening): agreed
#: 0.806/0.882, single-source 0.477/0.538, grouping 0.939/0.616, disputed 1.000/0.222.
#: Raised; grouping recall fell 0.618 -> 0.616 (iphone-c's cited date, one origin now),
#: still above its floor.
#: Then (2026-11-25, session 20, code of the fresh-data audits: a congress's year "Munas BPOM
#: 2017" no longer read as a happening, a schedule's clock "setiap pukul 21.30" no day):
#: single-source 0.469/0.519, agreed 0.800/0.882, grouping 0.935/0.616. single-source
#: LOWERED: both falls are dates the gold credited by accident (the congress's year standing
#: for the gold's 6 March date; the schedule's clock carrying its telling day).
#: Then (2026-11-25, session 24: "resmi", "official", no longer read as an opening, and a
#: suit's filing an event): grouping 0.935/0.618, agreed 0.794/0.882, single-source
#: 0.448/0.519. agreed and single-source precision LOWERED: pratiwi-05-istiqlal-b's two
#: official statements ("keterangan secara resmi") had made one false "opening" slot that
#: joined five gold slots and whose "agreed" status the gold matched by accident; read as
#: the statements they are, they fall apart into single-source slots.
DATE_FLOORS = [
    ("dev", "dates grouping", 0.93, 0.61),
    ("dev", "dates disputed", 0.95, 0.22),
    ("dev", "dates agreed", 0.79, 0.88),
    ("dev", "dates single-source", 0.44, 0.51),
]


@pytest.mark.parametrize(("split", "category", "precision", "recall"), FLOORS + DATE_FLOORS)
def test_brief_gold_pratiwi_meets_its_floor(
    split: str, category: str, precision: float, recall: float
) -> None:
    found = scores(split)[category]
    assert found["precision"] >= precision
    assert found["recall"] >= recall


#: (category, precision floor, recall floor) on the ECB+ gold stories (topics 12 and 20,
#: 16 articles, English), a little under what bench/brief_eval.py ecbplus measured when they
#: were added (2026-11-23 12:22 UTC, same working tree as above): grouping P 0.784 R 0.253,
#: disputed 0.714/0.462, agreed 0.696/0.720, single-source 0.466/0.568, changed over time
#: 0.500/0.500, quotes 1.000/0.182, copy groups 1.000/1.000 (one pair). Both files were
#: written before silang was run on their articles. Re-measured the same day after the
#: figures and quotes fixes: grouping 0.837/0.342, disputed 0.714/0.385 (the Bam toll, once
#: mixed into the Qeshm toll's slot, is its own slot now and its "more than 26,000" and
#: "31,000" read as compatible, where the gold calls them a dispute: recall floor 0.4 ->
#: 0.35 for that), agreed 0.692/0.800, single-source 0.537/0.614, changed over time
#: 1.000/0.500, quotes 1.000/0.727, copy groups 1.000/1.000.
#: After the English figures work (verb-implied counts, magnitudes, hyphenated measures,
#: qualifiers that are not the counted thing) and slots across units (km with miles): grouping
#: 0.770/0.699, disputed 0.833/0.462, agreed 0.586/0.800, single-source 0.700/0.773, the rest
#: unchanged. Grouping P 0.8 -> 0.75 and agreed P 0.65 -> 0.55 are LOWERED on purpose: twice
#: the figures are found now, and fragments of gold disputes that are now found (the Qeshm
#: population's 100,000 against 120,000, 940 miles with 1,500 km) read as agreed slots
#: where the gold slot holds values not yet joined to them; recall nearly doubled.
#: Date slots on the ECB+ stories, measured as the dev ones above: grouping P 1.000 R 0.014,
#: disputed none found (2 expected), agreed 1.000/0.143, single-source 0.000/0.000: the times
#: stage resolves few of these documents' dates (no publication day to read "Sunday" against),
#: so there is little to slot; the floor guards that what is joined is joined right.
#: Dev topics 3 (Nichols's sentencing) and 19 (Kimani Gray) made the dev sum four stories,
#: 33 articles (both written before silang was run on them). Scored at first sight, on the
#: code of before the scope work below: topic 3 grouping 1.000/0.544, disputed none found
#: (1 expected); topic 19 grouping 0.857/0.443, disputed none found (6 expected); the four
#: grouping 0.812/0.599, disputed 0.833/0.300, agreed 0.580/0.795, single-source
#: 0.610/0.663, changed over time 0.500/0.500. Then (2026-11-23 18:21 UTC, bench/brief_eval.py
#: ecbplus --split dev, working tree of that time) after the scope work (an earlier period a
#: sentence names, general statements, parts of a count, measures of one thing, distances
#: from one place, places the whole story names, hedged counts holding another, repetitions
#: told by their verb, spans with their unit twice, trial nouns and ages in the figures
#: stage): grouping 0.985/0.673, disputed 0.909/0.450, agreed 0.653/0.795, single-source
#: 0.641/0.703, changed over time 1.000/0.500, quotes 0.843-0.915/0.843 (the quote stage
#: changed under other hands during the measures), copy groups 1.000/0.600,
#: dates grouping 1.000/0.059; topics 12 and 20 alone: grouping 0.992/0.766, disputed
#: 0.909/0.692. Raised: the slot floors (agreed recall stays 0.78) and quotes recall 0.7 ->
#: 0.8. Moved DOWN because the two new
#: stories entered the sum, not because a story scored less: quotes precision 0.95 -> 0.82
#: (topic 3's versions told in several groups) and copy-groups recall 0.95 -> 0.55 (topic
#: 3's three-article copy group is split by the link stage).
#: Then (2026-11-23 21:05 UTC, same command) after the undated-report work (counts of one
#: noun in two reports with no day, distances from one named port, a gun's calibre as a
#: measure, "officials" in two reports as no one source): grouping 0.976/0.783 (was
#: 0.985/0.699), disputed 0.923/0.600 (was 0.900/0.450), agreed 0.696/0.795, single-source
#: 0.653/0.703, changed over time 1.000/1.000, the rest unchanged. Raised: the slot floors.
#: Then (2026-11-23 21:30 UTC, same command) after the quote-group work (two quotations of
#: one article are two statements unless a version elsewhere holds both, one person's
#: shared sentence, retold sentences missing their first words): quotes 1.000/0.902 (was
#: 0.843/0.843). Raised: quotes grouping 0.82/0.8 -> 0.95/0.88.
#: Date slots, then (2026-11-23 21:30 UTC, same command) after the date work (undated
#: reports read as of the story's day when its dated reports lie within a week, deaths joined
#: to the happening of their day, a place one report's NER missed, "another" happenings):
#: dates grouping 1.000/0.186 (was 1.000/0.064), agreed 0.857/0.250 (was 0.833/0.188),
#: single-source 0.174/0.211 (was 0.167/0.105), disputed unchanged 0.000/0.333, timeline
#: 0.714/0.643 (was 0.700/0.536). Raised: dates grouping recall; dates agreed pinned.
#: LOWERED then (2026-11-23 22:00 UTC, same command), in the open: the ECB+ text rebuilder
#: (brief_eval.py) no longer pairs quote marks across paragraphs, so 19_10's two-sentence
#: quotation is whole and 19_6's two quotations are two, as the articles write them; the
#: compare stage puts one long version in one group only, so quotes 1.000/0.902 -> 0.935/0.843
#: (the 1.000 was partly an artefact of mis-cut quotations). Quotes floor 0.95/0.88 -> 0.92/0.82.
#: LOWERED then (2026-11-23 22:00 UTC, same command), in the open: a publication day is no
#: longer inferred from a retold event's date (extract/times.infer_published: topic 3's
#: December 2008 reports had been dated 2005-03-11, the courthouse killings, and 3_2 2001-09-11),
#: so topic 3's reports carry no day; the wrong days had kept some of its counts and dates
#: apart by accident. Dates grouping 1.000/0.186 -> 1.000/0.165, dates disputed (1 found, wrong)
#: -> 0 found, dates agreed 0.857/0.250 -> 0.875/0.312, timeline 0.714/0.643 -> 0.824/0.643,
#: slots grouping 0.976/0.783 -> 0.963/0.783, disputed 0.923/0.600 -> 0.857/0.600 (topic 3's
#: 4 and 7 life sentences now one slot), agreed 0.696/0.795 -> 0.682/0.773. Floors: dates
#: grouping R 0.18 -> 0.16, slots disputed P 0.9 -> 0.85, slots agreed R 0.78 -> 0.77.
#: Then (22:30 UTC) counts a report gives side by side no longer join as one count of one day
#: in two other reports (slot_joins.given_side_by_side): slots back to grouping 0.976/0.783,
#: disputed 0.923/0.600, agreed 0.696/0.795; the slot floors restored (0.9, 0.78).
#: Then (2026-11-23 23:50 UTC, bench/brief_eval.py ecbplus --split dev, working tree of that
#: time) after the people-counts work (people of a place, people arrested or in custody, "no
#: injuries" as 0, a parent's own children, ages told apart by their names, amounts joined to
#: their bracketed conversions, counts of a report of no day against a dated one, an order
#: away from a report's other counts): on the four stories above, grouping 0.978/0.860,
#: disputed 0.938/0.750, agreed 0.750/0.795, single-source 0.695/0.703. The dev sum now
#: holds seven stories (G's dev topics 22, 24 and 33 added the same day, written before silang
#: was run on them): grouping 0.984/0.773 (0.901/0.573 on the code before this work),
#: disputed 0.938/0.577 (0.750/0.538), agreed 0.775/0.792 (0.743/0.694), single-source
#: 0.611/0.612 (0.556/0.626). Raised: grouping, disputed precision, agreed. LOWERED only
#: because the three new stories entered the sum (each above the old floors on the four):
#: disputed recall 0.58 -> 0.57, single-source 0.63/0.68 -> 0.6/0.6.
#: Then (2026-11-24, same seven stories) date slots: an event word after a date or inside a
#: compound dates it, abbreviations end no clause, page-stamp lines date nothing: dates
#: grouping 1.000/0.299, agreed 0.929/0.464: raised. Copy groups over the seven stories are
#: 0.485/0.842 (1.000/0.600 on the four): LOWERED only because topic 24 entered the sum,
#: where the gold keeps the Telegraph's and Sky's reports of the AFP story as origins of
#: their own (own counts and quotes around AFP's sentences) and silang links them to AFP as
#: rewrites; 29 pairs found against 12 expected, every other story at precision 1.0.
#: Then (2026-11-24, same seven stories) quote groups: a described speaker ("A witness")
#: holding a named one's words in order, one person's reworded statement sharing three key
#: terms with a name or number, two lines quoted apart by two outlets kept two, a speaker not
#: carried past another named person, a stray straight mark not opening a quotation across
#: paragraphs: quotes 0.908/0.885 -> 0.937/0.949. Raised: quotes recall 0.82 -> 0.94.
#: Then (2026-11-24) date and figure joins that could weld two happenings of one kind need
#: evidence, and parts of months date events (seven stories: dates grouping 1.000/0.357,
#: agreed 0.933/0.500, timeline 0.800/0.807); quote speakers compared by names, not by any
#: shared word (quotes 0.938/0.962). Then the fresh blind set joined the dev sum (ECB+ topics
#: 10, 26, 28, 32, 35, scored once blind first: README, "How the fresh set scored"): twelve
#: stories, grouping 0.895/0.675, disputed 0.789/0.441, agreed 0.783/0.658, single-source
#: 0.582/0.578, changed over time 1.000/0.667, quotes 0.617/0.958, copy groups 0.764/0.873,
#: dates grouping 0.994/0.335, dates agreed 0.889/0.359, timeline 0.723/0.809. LOWERED only
#: because the five new stories entered the sum; copy groups precision raised.
#: Then (same twelve stories) a group's statements cut at every outlet's quotations, not one
#: outlet's (compare.quotes._statements; topic 35's four-sentence statement): quotes
#: 0.617/0.958 -> 0.698/0.941, every other row identical. Raised: quotes precision; recall
#: 0.94 -> 0.93 for the two pairs lost (35_4's whole quotation scores 68.8 against 35_11's
#: "leaders" line, under the bar of 70).
#: Then (same twelve stories) a mark opening a sentence mid-paragraph inside an unclosed
#: quotation starts a new one (extract.quotes_marks): quotes 0.698/0.941 -> 0.735/0.941. And
#: lengths of time are no one thing measured ("a 12-year sentence", "another three-year
#: sentence"), averages are kept from one season's figures, "over" after an amount is its term,
#: "four and a half", ages stated by the words before them ("died at 75"): grouping
#: 0.895/0.675 -> 0.973/0.727, disputed 0.789/0.441 -> 0.938/0.441, agreed 0.783/0.658 ->
#: 0.786/0.726, single-source 0.582/0.578 -> 0.586/0.587; the rest identical. Raised.
#: Then (2026-11-24, later) figures, dates and quotes reworked on dev and on two blind sets
#: (README, "Two blind sets"); the first (ECB+ topics 4, 13, 16, 30) joined the dev sum, the
#: second (1, 11, 14, 21) the test split. Sixteen dev stories: grouping 0.970/0.729, disputed
#: 0.963/0.591, agreed 0.833/0.730, single-source 0.650/0.585, changed over time 0.500/0.500,
#: quotes 0.764/0.880, copy groups 0.764/0.833, dates grouping 0.988/0.360, dates agreed
#: 0.870/0.432. Raised where the rows rose; LOWERED only where the four new stories entered
#: the sum (changed over time, quotes recall, copy groups recall, dates agreed precision).
#: Then (2026-11-24, latest) the second blind set (ECB+ 1, 11, 14, 21) opened as dev; quote
#: versions cut to the statements other outlets quote apart, dates of retold happenings.
#: Twenty dev stories: grouping 0.973/0.732, disputed 0.963/0.542, agreed 0.826/0.720,
#: single-source 0.649/0.591, changed over time 0.500/0.500, quotes 1.000/0.910, copy groups
#: 0.770/0.781, dates grouping 0.986/0.421, dates agreed 0.895/0.465. Raised where the rows
#: rose; LOWERED only where set 2 entered the sum (disputed recall: its four disputes are not
#: found; copy groups recall).
#: Then (2026-11-24, session 14) the third blind set's four ECB+ sports stories (5, 7, 29,
#: 31) opened as dev, code unchanged (9caf305). Twenty-four dev stories: grouping
#: 0.870/0.564, disputed 0.812/0.518, agreed 0.821/0.583, single-source 0.618/0.530, changed
#: over time 0.333/0.500, quotes 1.000/0.923, copy groups 0.832/0.778, dates grouping
#: 0.984/0.392, dates agreed 0.879/0.432. LOWERED only because the four box-score stories
#: entered the sum (their slots are silang's weakest); quotes recall, copy groups precision
#: raised.
#: Then (2026-11-24, session 14, final code a73e956) slots keep apart same-day counts of one
#: noun that a report gives several of, lengths in two units, differences ("five rounds
#: sooner than"), old records ("the previous record"), counts tied to other counts; scores and
#: records read as two figures; date groups joined only where all fit. Twenty-four stories:
#: grouping 0.968/0.647, disputed 0.963/0.464, agreed 0.834/0.741, single-source
#: 0.619/0.559, changed over time 0.400/0.500, quotes 1.000/0.923, copy groups 0.832/0.778,
#: dates grouping 0.988/0.395, dates agreed 0.882/0.449. Raised where the rows rose; disputed
#: recall LOWERED (0.518 -> 0.464): the disputes it lost were found by a wrong join (one
#: giant slot of every yards figure supplied the second value; bench/slot_diagnose.py had
#: them as "found, one gold value read").
#: Then (2026-11-24, session 15) the fourth blind set's ECB+ stories (9, 25, 27, 34) opened as
#: dev: twenty-eight stories, on the session's first code (49b4016) grouping 0.965/0.636,
#: disputed 0.812/0.441 (32 found: the new stories' 5 false), quotes 0.966/0.934 with 3
#: false other-speaker flags, copy groups 0.819/0.761, dates grouping 0.986/0.362. On the
#: final code (a join of two different values needs evidence tied to the numbers, the
#: story's one measure where the two measure alike by a word of their own, masses in
#: pounds, retold tellings' dates, speakers in appositions, copied wire passages): grouping
#: 0.957/0.648, disputed 0.967/0.492, agreed 0.842/0.719, single-source 0.633/0.577,
#: changed over time 0.400/0.500, quotes 0.966/0.934 (no
#: other-speaker flag), copy groups 0.822/0.779, dates grouping 0.984/0.384, dates agreed
#: 0.874/0.479. Raised where the rows rose; LOWERED where the four stories entered the sum
#: (grouping precision, agreed recall, quotes precision, copy groups precision, dates
#: grouping recall, dates agreed precision). Against the session's first code on the same
#: stories every row rose or held but grouping precision (0.965 -> 0.957: game counts of
#: two periods joined once "game" counted matches) and dates grouping precision (0.986 ->
#: 0.984: retold tellings' dates).
#: Then (2026-11-24, session 16, final code 3118f3b): grouping 0.959/0.652, disputed
#: 0.967/0.492, agreed 0.846/0.733, single-source 0.627/0.577, changed over time
#: 0.400/0.500, quotes 0.966/0.937, copy groups 0.830/0.779, dates grouping 0.981/0.397,
#: dates agreed 0.886/0.486. Raised where the rows rose; single-source precision LOWERED
#: (0.633 -> 0.627): English figures newly read (ages after a fronted "at", observers and
#: experts, a win-loss record) that the comparison leaves in slots of their own.
#: Then (2026-11-24, session 17, final code ce4982c: English records, scores, ordinals that
#: count and tallies read; numbers after a comma counts again; dates lent by their sentence,
#: weekdays and days without a year read in undated reports, weekdays told as coming):
#: grouping 0.963/0.724, disputed 0.967/0.492, agreed 0.840/0.761, single-source
#: 0.633/0.576, quotes 0.966/0.937, copy groups 0.830/0.779, dates grouping 0.983/0.449,
#: dates agreed 0.884/0.500, timeline 0.752/0.793 (now pinned too). Raised where the rows
#: rose; agreed precision LOWERED (0.846 -> 0.840, floor 0.84 -> 0.83): the newly read
#: records and rounds make agreed slots the gold keeps apart (a coach's two records, the
#: knockdown round the gold counts single-source), while agreed recall rose 0.733 -> 0.761.
#: Then (session 18, short wire versions linked as rewrites, LINK_VERSION 13): copy groups
#: 0.830/0.779 -> 0.839/0.832; agreed recall LOWERED (0.761 -> 0.758, floor 0.76 -> 0.75)
#: and dates agreed recall (0.500 -> 0.493, floor 0.5 -> 0.49): in topic 31 the AP's short
#: version 31_10 no longer counts as an origin of its own, and the other origins' mentions
#: of those figures and dates are not read (agreed precision rose 0.840 -> 0.846).
#: Then (session 18, final code a4a5582): grouping 0.965/0.750, disputed 0.970/0.525, agreed
#: 0.853/0.786, single-source 0.646/0.601, changed over time 0.400/0.500, quotes
#: 0.966/0.950, copy groups 0.835/0.805, timeline 0.754/0.824, dates grouping 0.985/0.486,
#: dates agreed 0.885/0.507. Raised where the rows rose, the two lowered above included.
#: Copy groups recall rose less than the links alone gave (0.832): the bench's rebuilt text
#: of 35_1 no longer leaves its last eleven sentences inside an unclosed quote, and
#: 35_11's rewrite link to it rested on that.
#: Then (2026-11-25, session 19, final code 3d4c012: compound heads, added counts, hedged
#: units, slash halves and spelled ranges read; dates told by a shared sum or retold words,
#: months that meet; a release's statement handed over): grouping 0.963/0.770, disputed
#: 0.970/0.542, agreed 0.855/0.796, single-source 0.653/0.621, quotes 0.966/0.950, copy
#: groups 0.843/0.805, timeline 0.754/0.824, dates grouping 0.985/0.492, dates disputed
#: 1.000/0.409 (8 found; now pinned), dates agreed 0.895/0.507, dates single-source
#: 0.326/0.526 (now pinned). Raised where the rows rose; none lowered (grouping precision
#: 0.965 -> 0.963 stays above its floor).
#: Then (2026-11-25, session 20, code of the fresh-data audits): slots grouping 0.963/0.780,
#: agreed 0.860/0.800, single-source 0.659/0.622, timeline 0.756/0.835, dates grouping
#: 0.985/0.504, dates agreed 0.899/0.528, other rows as before. Raised where the rows rose.
ECBPLUS_FLOORS = [
    ("dates grouping", 0.98, 0.5),
    ("dates disputed", 0.95, 0.4),
    ("dates agreed", 0.89, 0.52),
    ("dates single-source", 0.32, 0.52),
    ("slots grouping", 0.96, 0.775),
    ("slots disputed", 0.96, 0.54),
    ("slots agreed", 0.85, 0.795),
    ("slots single-source", 0.65, 0.62),
    ("timeline", 0.75, 0.83),
    ("slots changed-over-time", 0.4, 0.5),
    ("quotes grouping", 0.96, 0.95),
    ("copy groups", 0.84, 0.8),
]


@pytest.mark.parametrize(("category", "precision", "recall"), ECBPLUS_FLOORS)
def test_brief_gold_ecbplus_meets_its_floor(category: str, precision: float, recall: float) -> None:
    found = scores("dev", "ecbplus")[category]
    assert found["precision"] >= precision
    assert found["recall"] >= recall
