"""What an English count of a noun-noun compound counts: the compound's head, which ends
it ("three submarine cables" counts cables), and, in a story that names the compound once
in full, its head alone ("six engines" beside "four fire engines"). Sentences written for
these tests."""

from __future__ import annotations

from silang.compare.figures import read_figures
from silang.compare.glossary import load_glossary
from silang.compare.slots import _short_for_compound

from records import figured_report


def _subjects(*sentences: str) -> list[str]:
    glossary = load_glossary()
    item = figured_report("a0", list(sentences))
    return [f.subject for f in read_figures(item, glossary)]


def test_the_last_noun_of_a_compound_is_what_is_counted() -> None:
    assert _subjects("Ships damaged three submarine cables near the coast.") == ["cable"]


def test_a_count_before_a_noun_that_is_also_a_verb_keeps_its_noun() -> None:
    # "police" counts itself (no plural ending to read): "shot" after it is the verb, no
    # "police shot" compound counting shots.
    assert _subjects("Three police shot the man outside the shop.") == ["police"]


def _story_subjects(*reports: str) -> list[str]:
    """The subjects of a story of one-sentence reports once bare heads are read."""
    glossary = load_glossary()
    items = [figured_report(f"a{i}", [report]) for i, report in enumerate(reports)]
    figures = [f for item in items for f in read_figures(item, glossary)]
    texts = {item.article.id: item.article.text for item in items}
    return [f.subject for f in _short_for_compound(figures, texts)]


def test_a_bare_head_stands_for_the_one_compound_of_the_story() -> None:
    subjects = _story_subjects(
        "The brigade sent four fire engines to the store.",
        "Fire crews called in six engines to the store.",
    )
    assert set(subjects) == {"fire engine"}


def test_a_bare_head_of_two_compounds_keeps_its_own_class() -> None:
    subjects = _story_subjects(
        "The clinic hired 12 health workers and 40 migrant workers.",
        "About 50 workers joined the strike.",
    )
    assert "worker" in subjects


def test_an_irregular_plural_before_a_noun_is_no_compound() -> None:
    # "women" is the count's own plural (its singular is "woman"): "homes" is what the
    # council found them, not the head of "women homes".
    assert _subjects("The council found 12 women homes.") == ["person"]


def test_a_bare_head_stands_for_the_compound_only_where_its_article_writes_the_modifier() -> None:
    # The plane's engines are no fire engines: the report never writes "fire".
    subjects = _story_subjects(
        "Four fire engines attended the crash site.",
        "The plane lost two engines before it came down.",
    )
    assert subjects.count("fire engine") == 1
