"""A Title Case headline on a line of its own reports speech with its verb ("Trump Says He
Never Pledged …"): the capitalised words before the verb are the speaker, though the
recogniser ran the name on into the verb. Elsewhere a capitalised "Said" is a surname, as it
is before an auxiliary ("Ahmed Said Was Born …"), and a preposition after the verb ("Warns Of
Floods") or a content of two words ("Simon Says Game Returns") says nothing. Sentences
written for these tests; names are made up."""

from __future__ import annotations

from quote_reads import written


def test_a_title_case_headline_says_what_follows_its_verb() -> None:
    text = "Hale Says He Will Campaign Across The State\n\nThe governor spoke on Monday."
    assert written("en", text) == [("He Will Campaign Across The State", "Hale", "Says")]


def test_a_headline_speaker_that_is_no_name_is_the_words_before_the_verb() -> None:
    text = "Former Hale Pollster Says Hale Is In Trouble In Ohio\n\nThe poll came out."
    assert written("en", text) == [("Hale Is In Trouble In Ohio", "Former Hale Pollster", "Says")]


def test_no_headline_speech_after_a_preposition_or_with_two_words_said() -> None:
    assert written("en", "Tom Hale Warns Of Floods In The Valley\n\nRain fell.") == []
    assert written("en", "Simon Says Game Returns\n\nChildren played.") == []


def test_a_capitalised_said_in_running_text_stays_a_surname() -> None:
    text = '"We will not stop," Ahmed Said told reporters in Cairo on Monday.'
    assert written("en", text) == [("We will not stop,", "Ahmed Said", "told")]


def test_a_headline_said_before_an_auxiliary_is_a_surname() -> None:
    # "Said Was Born": a verb of speech takes no auxiliary or copula after it.
    assert written("en", "Ahmed Said Was Born In Cairo In 1950\n\nHe moved in 1970.") == []
    assert written("en", "Omar Said Has Left The Party Again\n\nHe quit on Monday.") == []


def test_a_plural_speaker_says_with_say() -> None:
    text = "Critics Say New Law Will Hurt Farmers\n\nThe law passed on Monday."
    assert written("en", text) == [("New Law Will Hurt Farmers", "Critics", "Say")]
