"""A post's short form that the recogniser takes for a name ("Menkeu" for Menteri Keuangan,
"Wapres" for Wakil Presiden) stands for the one person the article names with that post;
a pointing phrase closed by "ini" names the person before it. Hand-written sentences;
entities as a recogniser gives them, the short form included."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of


@pytest.mark.parametrize(
    ("post", "short"),
    [
        ("Menteri Keuangan", "Menkeu"),
        ("Wakil Presiden", "Wapres"),
        # The short form written in brackets inside the post.
        ("Menteri Keuangan (Menkeu)", "Menkeu"),
    ],
)
def test_quotes_a_posts_short_form_speaks_for_the_person_holding_the_post(
    post: str, short: str
) -> None:
    text = (
        f"{post} Sri Wahyuni membantah kabar kenaikan tarif itu pada Senin. "
        f"Usai rapat bersama Gubernur Budi Hartono, {short} mengatakan kabar tersebut tidak "
        "benar. "
        '"Kami tidak pernah membahas kenaikan tarif itu sama sekali," tuturnya.'
    )
    entities = (
        mention(text, "Sri Wahyuni"),
        mention(text, "Budi Hartono"),
        mention(text, short, nth=text.count(short) - 1),
    )
    quotes = quotes_of("id", text, *entities)
    # The pronoun of "tuturnya" finds the minister who spoke, not the governor before her.
    assert [q.speaker for q in quotes] == ["Sri Wahyuni", "Sri Wahyuni"]


@pytest.mark.parametrize(
    "post",
    [
        # Another post: "Menkeu" shortens no word of "Menteri Kesehatan".
        "Menteri Kesehatan",
        # No post at all.
        "Warga",
    ],
)
def test_quotes_a_short_form_of_a_post_no_one_holds_here_stays_as_written(post: str) -> None:
    text = (
        f"{post} Sri Wahyuni membantah kabar kenaikan tarif itu pada Senin. "
        "Menkeu mengatakan kabar tersebut tidak benar."
    )
    entities = (mention(text, "Sri Wahyuni"), mention(text, "Menkeu"))
    (quote,) = quotes_of("id", text, *entities)
    assert quote.speaker == "Menkeu"


def test_quotes_a_one_word_name_after_a_person_is_no_short_form() -> None:
    # "Kimani" written before "Gray" (a recogniser's split of one name) is no post's short
    # form: only a word in brackets or the heads of a title's words are.
    text = "Kimani Gray tewas pada Sabtu malam. Kimani mengatakan kepada temannya ia takut."
    entities = (mention(text, "Gray"), mention(text, "Kimani", nth=1))
    quotes = quotes_of("id", text, *entities)
    assert quotes[0].speaker == "Kimani"


@pytest.mark.parametrize("determiner", ["tersebut", "itu", "ini"])
def test_quotes_a_pointing_phrase_closed_by_this_names_the_person_before(determiner: str) -> None:
    # "ini" (this) closes a pointing phrase as "itu" (that) does: the former director named
    # before, not the bank of his old post.
    text = (
        "Budi Santoso datang ke gedung itu pada Senin pagi. "
        '"Kami tidak pernah membahas kenaikan tarif itu," kata mantan Direktur Bank Sentosa '
        f"{determiner}."
    )
    entities = (mention(text, "Budi Santoso"), mention(text, "Bank Sentosa", "organisation"))
    (quote,) = quotes_of("id", text, *entities)
    assert quote.speaker == "Budi Santoso"
