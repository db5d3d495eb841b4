"""Articles as terms: figures, stems, concepts and names, per language."""

from __future__ import annotations

import pytest
from cluster_records import LEXICONS, item

from silang.cluster.terms import article_terms, figure_term, parse_figure, stem, word_term
from silang.model import Entity, Quantity


@pytest.mark.parametrize(
    ("language", "token", "value"),
    [
        ("id", "2.300", 2300.0),
        ("id", "5,4", 5.4),
        ("id", "1.500.000", 1_500_000.0),
        ("en", "2,300", 2300.0),
        ("en", "5.4", 5.4),
        ("en", "1,500,000", 1_500_000.0),
    ],
)
def test_cluster_figures_read_with_the_language_decimal_mark(
    language: str, token: str, value: float
) -> None:
    assert parse_figure(token, LEXICONS[language].decimal_mark) == value


@pytest.mark.parametrize(
    ("language", "text"),
    [("id", "Pengungsi capai 23 ribu jiwa."), ("en", "Refugees reach 23 thousand souls.")],
)
def test_cluster_figure_multipliers_make_one_term(language: str, text: str) -> None:
    terms = article_terms(item("a", text, language=language), LEXICONS[language], {}, 1.0)
    assert figure_term(23_000.0) in terms


@pytest.mark.parametrize(
    ("language", "words", "expected"),
    [
        ("id", ("banjir", "kebanjiran"), "=flood"),
        ("en", ("flood", "floods", "flooding"), "=flood"),
        ("id", ("mengungsi", "pengungsi"), "=evacuate"),
        ("en", ("evacuated", "displaced"), "=evacuate"),
    ],
)
def test_cluster_event_words_share_a_concept_across_languages(
    language: str, words: tuple[str, ...], expected: str
) -> None:
    assert {word_term(word, LEXICONS[language]) for word in words} == {expected}


@pytest.mark.parametrize(
    ("language", "word", "expected"),
    [
        ("id", "rumahnya", "rumah"),
        ("id", "dibangun", "bangun"),
        ("en", "charged", "charg"),
        ("en", "charges", "charg"),
        ("en", "casualties", "casualty"),
        ("en", "press", "press"),
    ],
)
def test_cluster_light_stemming(language: str, word: str, expected: str) -> None:
    assert stem(word, LEXICONS[language]) == expected


@pytest.mark.parametrize(
    ("language", "word"), [("id", "yang"), ("id", "mengatakan"), ("en", "said")]
)
def test_cluster_stopwords_make_no_term(language: str, word: str) -> None:
    assert word_term(word, LEXICONS[language]) is None


def test_cluster_title_words_weigh_more_than_body_words() -> None:
    article = item("a", "Warga mengungsi ke balai desa.", title="Jembatan putus")
    terms = article_terms(article, LEXICONS["id"], {}, 2.0)
    assert terms["putus"] > terms["balai"]


def test_cluster_names_inside_sentences_weigh_more() -> None:
    article = item("a", "Kemarin warga bertemu Wiratama di balai desa.")
    plain = article_terms(article, LEXICONS["id"], {}, 1.0, 1.0)
    named = article_terms(article, LEXICONS["id"], {}, 1.0, 2.0)
    assert named["wiratama"] == 2 * plain["wiratama"]
    assert named["balai"] == plain["balai"]


def test_cluster_annotated_entities_and_figures_become_terms() -> None:
    article = item(
        "a",
        "Sekitar dua ribu tiga ratus warga mengungsi.",
        entities=(Entity(0, 7, "BPBD", "organisation", "Badan Penanggulangan Bencana"),),
        quantities=(Quantity(8, 30, "dua ribu tiga ratus", 2300.0),),
    )
    terms = article_terms(article, LEXICONS["id"], {}, 1.0)
    assert "@badan penanggulangan bencana" in terms
    assert "#2300" in terms
