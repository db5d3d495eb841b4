"""Accuracy of silang.link: precision/recall per relation and direction accuracy on
(1) hand labels of Pratiwi pairs, (2) a synthetic set made from real text at run time,
(3) the example corpus's expected.json.

    .venv/bin/python bench/link_eval.py [--split dev|test] [--only pratiwi,synthetic,example]
    .venv/bin/python bench/link_eval.py --split dev --only stripped  # copies minus punctuation
    .venv/bin/python bench/link_eval.py --split dev --only pratiwi --errors  # pairs scored wrong
    .venv/bin/python bench/link_eval.py sheet --topics 1-8 --out /tmp/sheet.txt  # labelling aid
    .venv/bin/python bench/link_eval.py candidates --topics 1-8  # unlabelled derivations
    .venv/bin/python bench/link_eval.py --only pratiwi --labels part.tsv  # some labels only

Pratiwi: develop on topics 1-8, report on 9-12 (``--split test``). The synthetic set is drawn
from the same split's Pratiwi articles (copies, truncations, reorders, light edits, synonym
spins at 10-50% with Wordnet Bahasa synonyms read from ../shared/data, not the shipped map)
and from BPPT's article-ordered EN/ID files (translations; hard negatives: the neighbouring
stretch of the same file). Nothing generated is stored. Each Pratiwi variant carries one
direction signal in turn (``SIGNALS``: a later date, a credit, an aggregator's header and
footer on the same day, only its own text, a later date and a credit), and the direction is
also scored per signal (``direction_by_signal``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Indel

from shared_data import PRATIWI, annotate_pratiwi
from silang.lang.derivations import DerivationLexicon, load_derivation_lexicon
from silang.link import find_links, origins, spin_score
from silang.model import Annotated, Article, Credit, Link
from silang.pipeline import Toolkit, analyze, annotate
from silang.settings import Settings
from silang.store import Store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
WORDNET = DATA / "wordnet-bahasa" / "wn-data-ind.tab"
BPPT = DATA / "bppt-panl-en-id" / "parallel"
EXAMPLE = ROOT / "examples" / "banjir-lembah-sari"
LABELS = ROOT / "bench" / "link_labels" / "pratiwi_pairs.tsv"
SPLITS = {"dev": frozenset(range(1, 9)), "test": frozenset(range(9, 13))}
COPY_TYPES = frozenset({"duplicate", "copy", "rewrite", "spin", "translation"})
RELATIONS = ("duplicate", "copy", "rewrite", "spin", "translation", "shares-quote")


@dataclasses.dataclass(frozen=True)
class Expected:
    """A labelled pair: ``relation`` "none" for a negative, "independent" for one that may
    share a quote but derives from nothing; ``original`` None when unknown."""

    a: str
    b: str
    relation: str
    original: str | None = None


def lexicons() -> dict[str, DerivationLexicon]:
    return {code: load_derivation_lexicon(code) for code in ("id", "en")}


# -- corpora -------------------------------------------------------------------------------


def load_pratiwi(toolkit: Toolkit, topics: Iterable[int] | None = None) -> dict[str, Annotated]:
    """Pratiwi articles through silang's own extract/clean/annotate, with the corpus ids."""
    wanted = set(topics) if topics is not None else None
    found = annotate_pratiwi(toolkit, lambda r: wanted is None or r["topic_id"] in wanted)
    return {item.article.id: item for item in found}


def topics_of() -> dict[str, int]:
    with PRATIWI.open(encoding="utf-8") as handle:
        return {r["id"]: r["topic_id"] for r in map(json.loads, handle)}


def read_wordnet() -> dict[str, list[str]]:
    """Word → its single-word synonyms in any synset (raw Wordnet Bahasa, for spinning)."""
    synsets: dict[str, set[str]] = {}
    with WORDNET.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == "ind:lemma" and " " not in parts[2].strip():
                synsets.setdefault(parts[0], set()).add(parts[2].strip().lower())
    out: dict[str, set[str]] = {}
    for words in synsets.values():
        for word in words:
            out.setdefault(word, set()).update(words - {word})
    return {word: sorted(others) for word, others in out.items() if others}


# -- synthetic variants ----------------------------------------------------------------------

WORD = re.compile(r"[^\W\d_]+")


def spin_text(
    text: str,
    rate: float,
    synonyms: Mapping[str, list[str]],
    rng: random.Random,
    stopwords: frozenset[str],
) -> str:
    """Replace ``rate`` of the content words by a random Wordnet synonym (where one exists)."""
    matches = [m for m in WORD.finditer(text) if m.group().lower() not in stopwords]
    target = round(rate * len(matches))
    swappable = [m for m in matches if m.group().lower() in synonyms]
    chosen = sorted(rng.sample(swappable, min(target, len(swappable))), key=lambda m: m.start())
    out: list[str] = []
    last = 0
    for m in chosen:
        replacement = rng.choice(synonyms[m.group().lower()]).replace("_", " ")
        if m.group()[0].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        out.extend((text[last : m.start()], replacement))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def sentences_of(item: Annotated) -> list[str]:
    text = item.article.text
    return [text[s.start : s.end].strip() for s in item.sentences if text[s.start : s.end].strip()]


def light_edit(item: Annotated, filler: str, rng: random.Random) -> str:
    """Drop one sentence, change three words to words of another article, add one sentence."""
    parts = sentences_of(item)
    if len(parts) > 3:
        del parts[rng.randrange(1, len(parts))]
    other = WORD.findall(filler) or ["itu"]
    for _ in range(3):
        index = rng.randrange(len(parts))
        words = parts[index].split(" ")
        if len(words) > 3:
            words[rng.randrange(1, len(words))] = rng.choice(other).lower()
            parts[index] = " ".join(words)
    parts.append(filler)
    return "\n".join(parts)


def reorder(item: Annotated, rng: random.Random) -> str:
    parts = sentences_of(item)
    blocks = [parts[i : i + 3] for i in range(0, len(parts), 3)]
    original = list(blocks)
    for _ in range(10):
        rng.shuffle(blocks)
        if blocks != original or len(blocks) < 2:
            break
    return "\n".join(" ".join(block) for block in blocks)


def truncate(item: Annotated, rng: random.Random) -> str:
    parts = sentences_of(item)
    keep = max(3, round(len(parts) * rng.uniform(0.5, 0.8)))
    return "\n".join(parts[:keep])


def make_item(
    toolkit: Toolkit,
    key: str,
    text: str,
    language: str,
    outlet: str,
    published: str | None,
    credits: Sequence[str] = (),
) -> Annotated:
    article = Article(
        id=key,
        sources=(key,),
        text=text,
        raw_text=text,
        language=language,
        outlet=outlet,
        published=published,
        credits=tuple(Credit("copied-from", f"Sumber: {c}", 0, 0, outlet=c) for c in credits),
    )
    return annotate(article, toolkit)


def _signal(index: int, base_outlet: str) -> tuple[str | None, list[str]]:
    """Direction signals of a translation, in turn: a later date; a credit; both."""
    kind = index % 3
    return ("2018-01-02" if kind != 1 else None), ([base_outlet] if kind != 0 else [])


#: The direction signal a derived Pratiwi variant carries, in turn: published later; a
#: credit to the original's outlet (no date); an aggregator's header and footer around the
#: text, published the same day; only what the variant itself shows (a truncation keeps the
#: beginning, a spin has the rarer words), no date and no credit; a later date and a credit.
SIGNALS = ("later", "credit", "aggregator", "own", "later+credit")
#: Variants whose direction the "own" and "aggregator" signals tell (a reordered or edited
#: copy without a date or credit tells none); the others get no expected original under
#: them and are left out of the direction score.
SELF_EVIDENT = {"own": ("truncated", "spin"), "aggregator": ("exact", "spin")}
#: Boilerplate an aggregator puts around a copied article (written for this bench).
AGGREGATOR_HEAD = "Posted by admin\nRelated Post: {title}\n"
AGGREGATOR_TAIL = (
    "\nBagikan info ini pada keluarga dan teman agar lebih banyak orang membacanya."
    " Semoga bermanfaat dan jangan lupa tinggalkan komentar Anda di bawah ini."
)


@dataclasses.dataclass(frozen=True)
class Derived:
    """A variant's text and record after its direction signal, and whether the expected
    original is known from it."""

    text: str
    published: str | None
    credits: tuple[str, ...]
    known: bool


def derive(signal: str, name: str, text: str, outlet: str, title: str, day: date) -> Derived:
    later = (day + timedelta(days=2)).isoformat()
    if signal == "later":
        return Derived(text, later, (), True)
    if signal == "credit":
        return Derived(text, None, (outlet,), True)
    if signal == "later+credit":
        return Derived(text, later, (outlet,), True)
    if signal == "aggregator":
        wrapped = AGGREGATOR_HEAD.format(title=title) + text + AGGREGATOR_TAIL
        return Derived(wrapped, day.isoformat(), (), name.startswith(SELF_EVIDENT[signal]))
    return Derived(text, None, (), name.startswith(SELF_EVIDENT[signal]))


def synthetic_pratiwi(
    toolkit: Toolkit,
    bases: Mapping[str, Annotated],
    lexicon: DerivationLexicon,
    seed: int,
    limit: int,
) -> tuple[list[Annotated], list[Expected]]:
    rng = random.Random(seed)
    synonyms = read_wordnet()
    items: list[Annotated] = []
    expected: list[Expected] = []
    by_topic: dict[int, list[str]] = {}
    topic = topics_of()
    keys = sorted(bases)
    rng.shuffle(keys)
    chosen = _independent(bases, keys)[:limit]
    for key in chosen:
        by_topic.setdefault(topic[key], []).append(key)
    counter = 0
    for key in chosen:
        base = bases[key]
        outlet = base.article.outlet or f"outlet-{key}"
        # The original is dated on its own day (its URL's, or the latest its text names),
        # declared, so that a copy's date inferred from the same text falls on it too.
        day = date.fromisoformat((base.article.published or "2018-01-01")[:10])
        root = dataclasses.replace(
            base.article,
            id=f"{key}",
            outlet=outlet,
            published=day.isoformat(),
            published_inferred=False,
            credits=(),
        )
        items.append(dataclasses.replace(base, article=root))
        filler_key = rng.choice([k for k in keys if topic[k] != topic[key]])
        filler = (sentences_of(bases[filler_key]) or ["Demikian dilaporkan."])[0]
        variants = {
            "exact": ("copy", root.text),
            "truncated": ("copy", truncate(base, rng)),
            "reordered": ("copy", reorder(base, rng)),
            "edited": ("copy", light_edit(base, filler, rng)),
        }
        for rate in (0.1, 0.2, 0.3, 0.4, 0.5):
            variants[f"spin{int(rate * 100)}"] = (
                "spin",
                spin_text(root.text, rate, synonyms, rng, lexicon.stopwords),
            )
        for name, (relation, text) in variants.items():
            counter += 1
            signal = SIGNALS[counter % len(SIGNALS)]
            title = (sentences_of(bases[filler_key]) or ["Berita lain"])[-1][:60]
            got = derive(signal, name, text, outlet, title, day)
            vid = f"{key}~{name}~{signal}"
            items.append(
                make_item(
                    toolkit, vid, got.text, "id", f"copier-{counter}", got.published, got.credits
                )
            )
            expected.append(Expected(key, vid, relation, key if got.known else None))
    for members in by_topic.values():
        for a, b in pairwise(members):
            expected.append(Expected(a, b, "none"))
    return items, expected


def _independent(bases: Mapping[str, Annotated], keys: list[str]) -> list[str]:
    """Keys whose texts share under 10% of word 5-grams with every key taken before."""
    taken: list[tuple[str, set[tuple[str, ...]]]] = []
    for key in keys:
        words = WORD.findall(bases[key].article.text.lower())
        grams = set(zip(*(words[i:] for i in range(5)), strict=False))
        if grams and all(len(grams & g) / len(grams | g) < 0.1 for _, g in taken):
            taken.append((key, grams))
    return [key for key, _ in taken]


def synthetic_bppt(
    toolkit: Toolkit, seed: int, limit: int, lines: int = 12
) -> tuple[list[Annotated], list[Expected]]:
    """EN stretches of BPPT's article-ordered files and their Indonesian side."""
    rng = random.Random(seed)
    items: list[Annotated] = []
    expected: list[Expected] = []
    chunks: list[tuple[str, list[str], list[str]]] = []
    for domain in ("ECO", "INT", "SPO"):
        en_path = next(BPPT.glob(f"PANL-BPPT-{domain}-EN-*.txt"))
        id_path = next(BPPT.glob(f"PANL-BPPT-{domain}-ID-*.txt"))
        en = en_path.read_text(encoding="latin-1").splitlines()
        ind = id_path.read_text(encoding="latin-1").splitlines()
        for start in range(0, min(len(en), len(ind)) - lines, lines):
            chunks.append(
                (f"{domain}{start}", en[start : start + lines], ind[start : start + lines])
            )
    picks = sorted(rng.sample(range(len(chunks) - 1), min(limit, len(chunks) - 1)))
    for n, index in enumerate(picks):
        name, en, ind = chunks[index]
        _, _, following = chunks[index + 1]
        en_id, id_id, next_id = f"bppt-{name}-en", f"bppt-{name}-id", f"bppt-{name}-next-id"
        published, credits = _signal(n, "Wire EN")
        items.append(make_item(toolkit, en_id, "\n".join(en), "en", "Wire EN", "2018-01-01"))
        items.append(
            make_item(toolkit, id_id, "\n".join(ind), "id", f"penerjemah-{n}", published, credits)
        )
        items.append(
            make_item(toolkit, next_id, "\n".join(following), "id", f"lain-{n}", "2018-01-01")
        )
        expected.append(Expected(en_id, id_id, "translation", en_id))
        expected.append(Expected(en_id, next_id, "none"))
    return items, expected


# -- example corpus and labels ------------------------------------------------------------


def example_corpus() -> tuple[list[Annotated], list[Expected], list[list[str]], dict[str, str]]:
    """The example corpus analysed by silang into a scratch store; expected links and origin
    groups keyed by article id; and id → the key expected.json uses."""
    spec = json.loads((EXAMPLE / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(Path(scratch) / "silang.db")
        analyze([str(EXAMPLE)], store, Settings())
        items = store.annotated()
    key_to_id: dict[str, str] = {}
    for item in items:
        for source in item.article.sources:
            key = source if "://" in source else Path(source).name
            key_to_id[key] = item.article.id
    names = {v: k for k, v in key_to_id.items()}
    expected = []
    for link in spec["links"]:
        a, b = key_to_id[link["a"]], key_to_id[link["b"]]
        if a == b:
            continue  # the "duplicate" of one page read twice: silang merges it into one article
        original = key_to_id[link["original"]] if link["original"] else None
        expected.append(Expected(a, b, link["relation"], original))
    groups = [
        sorted({key_to_id[k] for k in group})
        for story in spec["origins"]
        for group in story["groups"]
    ]
    return items, expected, groups, names


def read_labels(path: Path = LABELS) -> list[Expected]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a, b, relation, original = line.split("\t")[:4]
        out.append(Expected(a, b, relation, None if original in ("", "-", "?") else original))
    return out


# -- scoring -------------------------------------------------------------------------------


def score(
    links: Sequence[Link], expected: Sequence[Expected], *, name_leaks: bool
) -> dict[str, Any]:
    """Per relation precision/recall over the labelled pairs, direction accuracy over the
    labelled derivations with a known original, and copy-type links on shares-quote pairs,
    named only where ``name_leaks`` (never for held-out pairs: their names stay unread)."""
    predicted = {frozenset((link.a, link.b)): link for link in links}
    counts: dict[str, Counter[str]] = {r: Counter() for r in RELATIONS}
    confusion: Counter[tuple[str, str]] = Counter()
    direction_right = direction_total = 0
    # Named, so that a floor can pin which pairs leak, not only how many.
    quote_leaks: list[str] = []
    for item in expected:
        link = predicted.get(frozenset((item.a, item.b)))
        got: str = link.relation if link else "none"
        if item.relation == "independent" and got in ("none", "shares-quote"):
            got = "independent"  # hand labels do not tell these two apart
        confusion[(item.relation, got)] += 1
        for relation in RELATIONS:
            if got == relation and item.relation == relation:
                counts[relation]["tp"] += 1
            elif got == relation:
                counts[relation]["fp"] += 1
            elif item.relation == relation:
                counts[relation]["fn"] += 1
        if item.relation == "shares-quote" and got in COPY_TYPES:
            quote_leaks.append(f"{item.a}/{item.b}")
        if item.relation in COPY_TYPES - {"duplicate"} and item.original and got in COPY_TYPES:
            direction_total += 1
            direction_right += link is not None and link.original == item.original
    out: dict[str, Any] = {"pairs": len(expected)}
    for relation, c in counts.items():
        if c["tp"] + c["fn"] + c["fp"] == 0:
            continue
        out[relation] = {
            "precision": round(c["tp"] / (c["tp"] + c["fp"]), 3) if c["tp"] + c["fp"] else None,
            "recall": round(c["tp"] / (c["tp"] + c["fn"]), 3) if c["tp"] + c["fn"] else None,
            "support": c["tp"] + c["fn"],
        }
    copyish = Counter[str]()
    for item in expected:
        link = predicted.get(frozenset((item.a, item.b)))
        got = link.relation if link else "none"
        want_copy = item.relation in ("duplicate", "copy")
        got_copy = got in ("duplicate", "copy")
        copyish["tp"] += want_copy and got_copy
        copyish["fp"] += got_copy and not want_copy
        copyish["fn"] += want_copy and not got_copy
    if copyish["tp"] + copyish["fn"]:
        out["duplicate+copy"] = {
            "precision": round(copyish["tp"] / max(1, copyish["tp"] + copyish["fp"]), 3),
            "recall": round(copyish["tp"] / (copyish["tp"] + copyish["fn"]), 3),
        }
    out["direction"] = {
        "accuracy": round(direction_right / direction_total, 3) if direction_total else None,
        "pairs": direction_total,
    }
    out["copy_links_on_shares_quote_pairs"] = len(quote_leaks)
    if name_leaks:
        out["shares_quote_pairs_with_copy_links"] = sorted(quote_leaks)
    out["confusion"] = {f"{want}->{got}": n for (want, got), n in sorted(confusion.items())}
    return out


def origin_agreement(groups: Sequence[Sequence[str]], found: Mapping[str, str]) -> dict[str, Any]:
    """Expected origin groups that silang reproduces exactly."""
    exact = sum(
        len({found[m] for m in group}) == 1
        and sum(found[x] == found[group[0]] for x in found) == len(group)
        for group in groups
    )
    return {"groups": len(groups), "exact": exact}


# -- runs ----------------------------------------------------------------------------------


def evaluate_pratiwi(
    split: str, toolkit: Toolkit, *, errors: bool = False, labels_path: Path = LABELS
) -> dict[str, Any]:
    labels = [e for e in read_labels(labels_path) if topics_of()[e.a] in SPLITS[split]]
    items = load_pratiwi(toolkit, SPLITS[split])
    links = find_links(list(items.values()), lexicons())
    result = score(links, labels, name_leaks=split == "dev")
    result["coverage"] = direction_coverage(links)
    if errors:
        result["errors"] = list_errors(links, labels)
    return result


def direction_coverage(links: Sequence[Link]) -> dict[str, int]:
    """Over every derivation link found (labelled or not; a duplicate has no direction):
    how many there are and how many name an original."""
    derived = [link for link in links if link.relation in COPY_TYPES - {"duplicate"}]
    return {
        "derivation_links": len(derived),
        "with_original": sum(link.original is not None for link in derived),
    }


def list_errors(links: Sequence[Link], expected: Sequence[Expected]) -> list[str]:
    """The labelled pairs scored wrong, one line each ("a b: want -> got"): a copy or
    duplicate found as something else or the other way round, and a derivation with a known
    original found with another original or none."""
    predicted = {frozenset((link.a, link.b)): link for link in links}
    out = []
    for item in expected:
        link = predicted.get(frozenset((item.a, item.b)))
        got = link.relation if link else "none"
        copies = ("duplicate", "copy")
        if (item.relation in copies) != (got in copies):
            out.append(f"{item.a} {item.b}: relation {item.relation} -> {got}")
        if item.relation in COPY_TYPES - {"duplicate"} and item.original and got in COPY_TYPES:
            found = link.original if link else None
            if found != item.original:
                out.append(f"{item.a} {item.b}: original {item.original} -> {found}")
    return out


def evaluate_synthetic(
    split: str, toolkit: Toolkit, seed: int = 7, limit: int = 60
) -> dict[str, Any]:
    lex = lexicons()
    bases = load_pratiwi(toolkit, SPLITS[split])
    items, expected = synthetic_pratiwi(toolkit, bases, lex["id"], seed, limit)
    offset = 0 if split == "dev" else 1
    more, more_expected = synthetic_bppt(toolkit, seed + offset, limit)
    links = find_links(items + more, lex)
    result = score(links, expected + more_expected, name_leaks=split == "dev")
    result["articles"] = len(items) + len(more)
    result["direction_by_signal"] = direction_by_signal(links, expected)
    result["spin_score_auc"] = spin_auc(items, expected, lex["id"])
    return result


def direction_by_signal(links: Sequence[Link], expected: Sequence[Expected]) -> dict[str, Any]:
    """Direction accuracy per direction signal of the synthetic Pratiwi variants (the last
    part of a variant's id), over the variants found as derivations; ``unknown`` counts
    links that name no original."""
    predicted = {frozenset((link.a, link.b)): link for link in links}
    tally: dict[str, Counter[str]] = {}
    for item in expected:
        link = predicted.get(frozenset((item.a, item.b)))
        if item.original is None or link is None or link.relation not in COPY_TYPES:
            continue
        counts = tally.setdefault(item.b.rsplit("~", 1)[-1], Counter())
        counts["pairs"] += 1
        counts["right"] += link.original == item.original
        counts["unknown"] += link.original is None
    return {
        signal: {
            "accuracy": round(c["right"] / c["pairs"], 3),
            "pairs": c["pairs"],
            "unknown": c["unknown"],
        }
        for signal, c in sorted(tally.items())
    }


def spin_auc(
    items: Sequence[Annotated], expected: Sequence[Expected], lexicon: DerivationLexicon
) -> dict[str, float]:
    """How well spin_score alone ranks each spun variant above its own original (AUC over all
    spun/original pairs of one spin rate)."""
    by_id = {item.article.id: item for item in items}
    out = {}
    for rate in (10, 30, 50):
        pairs = [e for e in expected if f"~spin{rate}~" in e.b]
        spun = [spin_score(by_id[e.b], lexicon) for e in pairs]
        plain = [spin_score(by_id[e.a], lexicon) for e in pairs]
        wins = sum((p > q) + 0.5 * (p == q) for p in spun for q in plain)
        out[f"spin{rate}"] = round(wins / max(1, len(spun) * len(plain)), 3)
    return out


#: A repost's lost punctuation, each way in turn: sentence marks only; every mark (hyphens,
#: apostrophes and number separators too).
STRIPPED = {
    "sentence-marks": re.compile(r"[.!?]+(?=\s|$)"),
    "all-marks": re.compile(r"[^\w\s]"),
}


def evaluate_stripped(split: str, toolkit: Toolkit) -> dict[str, Any]:
    """Each labelled copy and duplicate verified again with its second article's punctuation
    stripped (``STRIPPED``), under another outlet: the relations found, per way."""
    labels = [
        e
        for e in read_labels()
        if topics_of()[e.a] in SPLITS[split] and e.relation in ("copy", "duplicate")
    ]
    items = load_pratiwi(toolkit, SPLITS[split])
    lex = lexicons()
    out: dict[str, Any] = {"pairs": len(labels)}
    for name, marks in STRIPPED.items():
        found: Counter[str] = Counter()
        for e in labels:
            second = items[e.b].article
            text = marks.sub("", second.text)
            stripped = make_item(toolkit, f"{e.b}~{name}", text, "id", "reposter", None)
            links = find_links([items[e.a], stripped], lex)
            found[links[0].relation if links else "none"] += 1
        out[name] = dict(sorted(found.items()))
    return out


def evaluate_example() -> dict[str, Any]:
    items, expected, groups, _ = example_corpus()
    links = find_links(items, lexicons())
    result = score(links, expected, name_leaks=True)
    result["origins"] = origin_agreement(groups, origins([i.article.id for i in items], links))
    return result


def sheet(topics: frozenset[int], out: Path, per_bin: int, seed: int) -> None:
    """A labelling sheet: same-topic pairs stratified by word 5-gram Jaccard, with excerpts."""
    toolkit = Toolkit.build(Settings())
    items = load_pratiwi(toolkit, topics)
    topic = topics_of()
    grams = {key: _grams(item) for key, item in items.items()}
    bins: dict[int, list[tuple[str, str, float]]] = {}
    keys = sorted(items)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if topic[a] != topic[b] or not grams[a] or not grams[b]:
                continue
            j = len(grams[a] & grams[b]) / len(grams[a] | grams[b])
            edges = (0.0, 0.02, 0.1, 0.3, 0.6, 0.9, 1.01)
            bins.setdefault(next(k for k in range(6) if j < edges[k + 1]), []).append((a, b, j))
    rng = random.Random(seed)
    with out.open("w", encoding="utf-8") as handle:
        for k in sorted(bins):
            for a, b, j in rng.sample(bins[k], min(per_bin, len(bins[k]))):
                lcs = _lcs(items[a].article.text, items[b].article.text)
                handle.write(f"=== {a} {b} topic={topic[a]} j5={j:.2f} lcs={lcs:.2f}\n")
                for key in (a, b):
                    handle.write(_describe(items[key]))


def _describe(item: Annotated) -> str:
    """An article for a labelling sheet: outlet, URL, credits, opening and closing."""
    art = item.article
    text = " ".join(art.text.split())
    return (
        f"[{art.id}] outlet={art.outlet} url={art.url} credits="
        f"{[c.outlet for c in art.credits if c.outlet]} "
        f"words={len(text.split())}\n  {text[:260]}\n  ... {text[-130:]}\n"
    )


def _grams(item: Annotated) -> set[tuple[str, ...]]:
    words = WORD.findall(item.article.text.lower())
    return set(zip(*(words[i:] for i in range(5)), strict=False))


#: A candidate derivation for ``candidates``: word 5-gram containment of either side at
#: least this, or at least ``NEAR_VERBATIM_SENTENCES`` sentences of one with a sentence of
#: the other at a rapidfuzz ratio of ``NEAR_VERBATIM`` or more.
CANDIDATE_CONTAINMENT = 0.3
NEAR_VERBATIM = 0.9
NEAR_VERBATIM_SENTENCES = 5
#: Sentences shorter than this many words are left out of the near-verbatim count.
SENTENCE_WORDS = 5


def candidates(topics: frozenset[int], out: Path) -> int:
    """A labelling sheet for direction (round 4 of bench/link_labels/README.md): the
    same-topic pairs not yet labelled that plain text statistics call derivations, with
    containment both ways. Runs none of silang.link. Returns the number of pairs."""
    toolkit = Toolkit.build(Settings())
    items = load_pratiwi(toolkit, topics)
    topic = topics_of()
    labelled = {frozenset((e.a, e.b)) for e in read_labels()}
    grams = {key: _grams(item) for key, item in items.items()}
    sentences = {
        key: [s for s in sentences_of(item) if len(s.split()) >= SENTENCE_WORDS]
        for key, item in items.items()
    }
    found = 0
    keys = sorted(items)
    with out.open("w", encoding="utf-8") as handle:
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if topic[a] != topic[b] or frozenset((a, b)) in labelled:
                    continue
                if not grams[a] or not grams[b]:
                    continue
                shared = len(grams[a] & grams[b])
                in_b, in_a = shared / len(grams[a]), shared / len(grams[b])
                near = sum(
                    any(Indel.normalized_similarity(x, y) >= NEAR_VERBATIM for y in sentences[b])
                    for x in sentences[a]
                )
                if max(in_a, in_b) < CANDIDATE_CONTAINMENT and near < NEAR_VERBATIM_SENTENCES:
                    continue
                found += 1
                handle.write(
                    f"=== {a} {b} topic={topic[a]} a-in-b={in_b:.2f} b-in-a={in_a:.2f} "
                    f"near-verbatim={near}\n{_describe(items[a])}{_describe(items[b])}"
                )
    return found


def _lcs(left: str, right: str) -> float:
    """Share of the shorter text's words in the longest common word sequence."""
    a, b = WORD.findall(left.lower()), WORD.findall(right.lower())
    if not a or not b:
        return 0.0
    return (len(a) + len(b) - Indel.distance(a, b)) / 2 / min(len(a), len(b))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "command", nargs="?", default="eval", choices=("eval", "sheet", "candidates")
    )
    parser.add_argument("--split", default="test", choices=tuple(SPLITS))
    parser.add_argument("--only", default="example,pratiwi,synthetic")
    parser.add_argument("--topics", default="1-8")
    parser.add_argument("--out", type=Path, default=Path("/tmp/link_sheet.txt"))
    parser.add_argument("--per-bin", type=int, default=45)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--errors", action="store_true", help="list the Pratiwi pairs scored wrong")
    parser.add_argument(
        "--labels", type=Path, default=LABELS, help="Pratiwi labels (a part of pratiwi_pairs.tsv)"
    )
    args = parser.parse_args(argv)
    low, high = (int(x) for x in args.topics.split("-"))
    if args.command == "sheet":
        sheet(frozenset(range(low, high + 1)), args.out, args.per_bin, args.seed)
        return 0
    if args.command == "candidates":
        found = candidates(frozenset(range(low, high + 1)), args.out)
        print(f"{found} pairs written to {args.out}")
        return 0
    wanted = set(args.only.split(","))
    result: dict[str, Any] = {"split": args.split}
    if "example" in wanted:
        result["example"] = evaluate_example()
    if (wanted & {"pratiwi", "synthetic"}) and not PRATIWI.is_file():
        print(f"skipped pratiwi/synthetic: {DATA} is absent", file=sys.stderr)
        wanted -= {"pratiwi", "synthetic"}
    toolkit = Toolkit.build(Settings())
    if "pratiwi" in wanted and args.labels.is_file():
        result["pratiwi"] = evaluate_pratiwi(
            args.split, toolkit, errors=args.errors, labels_path=args.labels
        )
    if "synthetic" in wanted:
        result["synthetic"] = evaluate_synthetic(args.split, toolkit, args.seed)
    if "stripped" in wanted and LABELS.is_file():
        result["stripped"] = evaluate_stripped(args.split, toolkit)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
