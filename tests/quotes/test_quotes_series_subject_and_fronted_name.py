"""A speech verb that closes a series of predicates ("he smiled at his wife, thanked the
jurors and said") shares the subject of the series' first predicate; a name after a fronted
adverbial set off by a comma opens its clause, so a later "he" may stand for it.
Hand-written sentences; entities as a recogniser gives them."""

from __future__ import annotations

from quotes_records import mention, quotes_of


def test_quotes_a_speech_verb_after_a_series_of_predicates_takes_its_subject() -> None:
    text = (
        "Dario Benz was acquitted on Friday. At the hearing, he smiled at his wife, "
        'thanked the jurors and said "This is the best day of my life" to the judge.'
    )
    quotes = quotes_of("en", text, mention(text, "Dario Benz"))
    # Not "thanked the jurors" described as a speaker.
    assert [q.speaker for q in quotes] == ["Dario Benz"]


def test_quotes_he_is_the_name_after_a_long_fronted_adverbial() -> None:
    text = (
        "Dario Benz was convicted in 1999, said court spokesman Tom Ruiz. "
        "After nearly a decade of appeals and public hearings, Benz pleaded guilty. "
        "He then thanked the jurors. "
        '"It is over," he told the judge.'
    )
    entities = (
        mention(text, "Dario Benz"),
        mention(text, "Tom Ruiz"),
        mention(text, "Benz", name="Dario Benz", nth=1),
    )
    quotes = quotes_of("en", text, *entities)
    assert [q.speaker for q in quotes if q.direct] == ["Dario Benz"]


def test_quotes_a_group_noun_after_a_comma_opens_a_clause_of_its_own() -> None:
    # A comma splice: the police searched and spoke, not the man who was freed.
    text = (
        "Dario Benz was acquitted. He was freed on Monday, police searched his flat and "
        "said a gun was found."
    )
    quotes = quotes_of("en", text, mention(text, "Dario Benz"))
    assert "Dario Benz" not in [q.speaker for q in quotes]
