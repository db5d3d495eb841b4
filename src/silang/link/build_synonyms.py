"""Generate the shipped synonym data (``lang/id/link_synonyms.tsv``, ``link_synsets.txt``)
from Wordnet Bahasa, for maintainers; silang never runs this at analysis time.

    python -m silang.link.build_synonyms ../shared/data/wordnet-bahasa \\
        --counts ../shared/data/id-hoax-news-pratiwi/news600_topics.jsonl [--out src/silang/lang/id]

Wordnet Bahasa (Noor, Sapuan & Bond 2011; Open Multilingual Wordnet) is MIT-licensed data, so
what is derived from it may ship; its copyright and permission notice go with it
(``link_wordnet_LICENSE.txt``). Word counts only order the members of a group (the most
frequent becomes its head, the word others are mapped to); no text of the counted corpora is
shipped. Pratiwi articles count only from the development topics 1-8 (topics 9-12 are held
out for the evaluation). BPPT PANL is not counted: its data licence is unstated
(../shared/data/bppt-panl-en-id/README.md: research/evaluation use only), so nothing shipped
may be derived from it.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

#: Pratiwi topics whose words may be counted (the rest are the held-out evaluation split).
DEV_TOPICS = frozenset(range(1, 9))
#: A synset with more members than this is mostly automatic noise ("tablet" in "entity"):
#: it still counts for synonym checks but does not pull words into one group.
MAX_GROUPING_SYNSET = 12
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def read_synsets(folder: Path) -> dict[str, set[str]]:
    """Synset id → lemmas (lower case, phrases joined with "_")."""
    synsets: dict[str, set[str]] = {}
    with (folder / "wn-data-ind.tab").open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(parts) < 3 or parts[1] != "ind:lemma":
                continue
            lemma = "_".join(parts[2].strip().lower().split())
            if WORD.fullmatch(lemma.replace("_", "-")):
                synsets.setdefault(parts[0], set()).add(lemma)
    return {key: words for key, words in synsets.items() if len(words) >= 2}


def count_words(paths: Iterable[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in paths:
        files = sorted(path.glob("*-ID-*")) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                with file.open(encoding="utf-8") as handle:
                    for line in handle:
                        record = json.loads(line)
                        if record.get("topic_id") in DEV_TOPICS:
                            counts.update(WORD.findall(str(record["text"]).lower()))
            else:
                counts.update(WORD.findall(file.read_text(encoding="latin-1").lower()))
    return counts


def assign_heads(synsets: Mapping[str, set[str]], counts: Mapping[str, int]) -> dict[str, str]:
    """Each single word → the head of its group.

    Words are taken most frequent first; a word not yet placed becomes a head and takes in its
    unplaced synonyms. A word with several head neighbours joins the one it shares the most
    synsets with (then the more frequent). Transitive closure is avoided on purpose: synsets
    are broad, and closing over them joins most of the verbs into one group.
    """
    member: dict[str, list[str]] = {}
    for key, words in synsets.items():
        if len(words) <= MAX_GROUPING_SYNSET:
            for word in words:
                if "_" not in word:
                    member.setdefault(word, []).append(key)
    order = sorted(member, key=lambda w: (-counts.get(w, 0), -len(member[w]), w))
    rank = {word: i for i, word in enumerate(order)}
    heads: dict[str, str] = {}
    for word in order:
        if word in heads:
            continue
        heads[word] = word
        shared: Counter[str] = Counter()
        for key in member[word]:
            shared.update(w for w in synsets[key] if w in member and w != word)
        for other in shared:
            if other in heads:
                continue
            # Join the head it shares most synsets with; ``word`` is the first head seen, so
            # it wins ties on frequency.
            best = max(
                (h for k in member[other] for h in synsets[k] if heads.get(h) == h),
                key=lambda h: (_shared(member, other, h), -rank[h]),
            )
            heads[other] = best
    return heads


def _shared(member: Mapping[str, list[str]], a: str, b: str) -> int:
    return len(set(member[a]) & set(member[b]))


def write(
    out: Path, synsets: Mapping[str, set[str]], heads: Mapping[str, str], counts: Counter[str]
) -> None:
    note = (
        "# Derived from Wordnet Bahasa (MIT; (c) Francis Bond et al., see "
        "link_wordnet_LICENSE.txt)\n# by `python -m silang.link.build_synonyms`. Do not edit.\n"
    )
    with (out / "link_synonyms.tsv").open("w", encoding="utf-8") as handle:
        handle.write(note + "# word<TAB>head ('=' itself)<TAB>count in news text\n")
        for word in sorted(heads):
            head = "=" if heads[word] == word else heads[word]
            handle.write(f"{word}\t{head}\t{counts.get(word, 0)}\n")
    lines = sorted({" ".join(sorted(words)) for words in synsets.values()})
    with (out / "link_synsets.txt").open("w", encoding="utf-8") as handle:
        handle.write(note + "# one synset a line: its lemmas, phrases joined with '_'\n")
        handle.write("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="the wordnet-bahasa folder")
    parser.add_argument("--counts", type=Path, action="append", default=[])
    default_out = Path(__file__).resolve().parents[1] / "lang" / "id"
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args(argv)
    synsets = read_synsets(args.wordnet)
    counts = count_words(args.counts)
    heads = assign_heads(synsets, counts)
    write(args.out, synsets, heads, counts)
    shutil.copyfile(args.wordnet / "LICENSE", args.out / "link_wordnet_LICENSE.txt")
    groups = Counter(heads.values())
    print(f"{len(synsets)} synsets, {len(heads)} words in {len(groups)} groups")


if __name__ == "__main__":
    main()
