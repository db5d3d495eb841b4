"""English figures whose counted thing or unit is implied or written in an English way: a
magnitude "of" or "at" a value, a verb that says who is counted ("killing 10", "600 were
killed"), a partitive ("17 of the hijacked ships"), a noun the sentence named before,
measures joined by hyphens ("10-metre-long", "six-month", "24- to 30-foot") and ages set off
by commas. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from silang.lang.figures import load_figures_lexicon

from records import quantities_by_text

EN = load_figures_lexicon("en")
ID = load_figures_lexicon("id")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The survey said the tremor had a magnitude of 5.4.", "magnitude of 5.4", 5.4),
        ("Seismologists put the magnitude at 6.2 on Sunday.", "magnitude at 6.2", 6.2),
        ("A 6.8-strength quake hit the coast.", "6.8-strength", 6.8),
        ("A 5.7 earthquake shook the valley.", "5.7 earthquake", 5.7),
        ("A 4.9 tremor was felt in the port.", "4.9 tremor", 4.9),
    ],
)
def test_magnitudes_written_the_english_ways(text: str, written: str, value: float) -> None:
    found = quantities_by_text(text, EN)[written]
    assert (found.value, found.unit) == (value, "magnitude")


def test_a_whole_number_before_earthquake_counts_earthquakes() -> None:
    found = quantities_by_text("Three earthquakes hit the valley.", EN)["Three earthquakes"]
    assert (found.unit, found.counted_class) == (None, "earthquake")


@pytest.mark.parametrize(
    ("text", "written", "cls"),
    [
        ("The storm killed more than 4,000 in the delta.", "more than 4,000", "person:dead"),
        ("The blast hit the market, injuring 45.", "45", "person:injured"),
        ("It killed nine people and wounding other 35.", "35", "person:injured"),
        ("About 700 were killed in the second wave.", "About 700", "person:dead"),
        ("Officials said 42 were injured.", "42", "person:injured"),
        ("The town has a population of 80,000.", "80,000", "person:resident"),
        ("The valley is home to about 250,000.", "about 250,000", "person:resident"),
        ("The island, home to 90,000 people, shook.", "90,000 people", "person:resident"),
        ("The island has about 9,000 residents.", "about 9,000 residents", "person:resident"),
        ("Nine people died in the fire.", "Nine people", "person:dead"),
        ("Four killed as gunmen storm hotel", "Four", "person:dead"),
        ("One person was arrested for looting.", "One person", "person:arrested"),
        ("The coastguard took 14 into custody.", "14", "person:arrested"),
        ("Six people have been detained so far.", "Six people", "person:arrested"),
        # A parent's own children, whatever befell the parent.
        ("A mother of 12 was killed in the crossfire.", "12", "child:own"),
        ("She was the mother of 12 children.", "12 children", "child:own"),
    ],
)
def test_a_verb_or_phrase_beside_a_bare_figure_says_who_is_counted(
    text: str, written: str, cls: str
) -> None:
    found = quantities_by_text(text, EN)[written]
    assert (found.counted_class, found.unit) == (cls, None)


def test_a_partitive_counts_the_noun_after_of_the_and_keeps_both_figures() -> None:
    found = quantities_by_text("Doctors said 12 of the 60 wounded stayed in hospital.", EN)
    assert found["12"].counted_class == "person:injured"
    assert found["60 wounded"].counted_class == "person:injured"
    ships = quantities_by_text("At least 9 of the seized ships are still held.", EN)["At least 9"]
    assert (ships.counted, ships.counted_class) == ("ship", "ship")


def test_a_bare_figure_at_the_clause_end_counts_the_noun_named_before() -> None:
    found = quantities_by_text(
        "Gangs attacked 60 vessels and seized nearly 20, the bureau said.", EN
    )
    assert found["nearly 20"].counted_class == "ship"
    housed = quantities_by_text("About 500 people are in tents and another 900 are waiting.", EN)
    assert housed["900"].counted_class == "person"


def test_a_bare_figure_with_no_cue_counts_nothing() -> None:
    found = quantities_by_text("The governor met 14 in the capital.", EN)["14"]
    assert (found.counted, found.counted_class, found.unit) == (None, None, None)


def test_a_noun_three_unknown_words_away_is_not_counted() -> None:
    found = quantities_by_text("Several dozen hooligans hurling petrol bombs ran off.", EN)[
        "Several dozen"
    ]
    assert found.counted is None


@pytest.mark.parametrize(
    ("text", "written", "lemma", "cls"),
    [
        ("The patrol seized five AK-47s.", "five AK-47s", "ak-47", "weapon"),
        ("Divers found two outboard motors.", "two outboard motors", "outboard motor", "engine"),
        ("The coast guard took four speedboats.", "four speedboats", "speedboat", "boat"),
        ("Police found 16 loaded magazines.", "16 loaded magazines", "magazine", "magazine"),
        ("The bodies of three more victims were found.", "three more victims", "victim", "victim"),
        ("Guards found two other hunting rifles.", "two other hunting rifles", "rifle", "weapon"),
        (
            "The navy held 19 heavily armed Somali and Yemeni pirates.",
            "19 heavily armed Somali and Yemeni pirates",
            "pirate",
            "pirate",
        ),
    ],
)
def test_counted_nouns_after_adjectives_and_other_or_more(
    text: str, written: str, lemma: str, cls: str
) -> None:
    found = quantities_by_text(text, EN)[written]
    assert (found.counted, found.counted_class) == (lemma, cls)


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("They boarded a 12-metre-long skiff.", "12-metre-long", 12, "m"),
        ("The 25-year-old conflict goes on.", "25-year-old", 25, "year"),
        ("It was a three-month voyage.", "three-month", 3, "month"),
        ("It had shocks of magnitude 3.1 to 4.6.", "magnitude 3.1 to 4.6", 3.1, "magnitude"),
        ("They spotted a 20- to 25-foot boat.", "20- to 25-foot", 20, "ft"),
        ("Its island covers 700 square-kilometers.", "700 square-kilometers", 700, "km2"),
        ("The centre lay about 40km (25 miles) away.", "25 miles", 25, "mile"),
    ],
)
def test_measures_joined_by_hyphens_or_converted(
    text: str, written: str, value: float, unit: str
) -> None:
    found = quantities_by_text(text, EN)[written]
    assert (found.value, found.unit, found.counted) == (value, unit, None)


def test_a_range_opened_by_ranging_from_is_a_range_and_a_change_is_not() -> None:
    ranged = quantities_by_text("Readings ranging from 3.2 to 4.1 were taken.", EN)["3.2 to 4.1"]
    assert (ranged.low, ranged.high, ranged.qualifier) == (3.2, 4.1, "range")
    changed = quantities_by_text("Prices rose from 5 to 7 dollars.", EN)
    assert "5 to 7 dollars" not in changed


def test_an_age_between_commas_after_a_name_is_in_years() -> None:
    found = quantities_by_text("Maria Lopez, 31, a teacher, was hurt.", EN)["31"]
    assert (found.unit, found.counted) == ("year", None)
    assert quantities_by_text("In the end, 31, not 40, came.", EN)["31"].unit is None


def test_an_age_closed_by_a_lists_semicolon_or_the_sentence_end_is_in_years() -> None:
    # A list of people with their ages: "Name, 47; Name, 36; and Name, 39."
    found = quantities_by_text(
        "The dead were Irma Klee, 47; Oswin Tarr, 36; and Peta Lund, 39.", EN
    )
    assert [found[n].unit for n in ("47", "36", "39")] == ["year", "year", "year"]
    assert (
        quantities_by_text("The score in the end stood at Riverton, 3; Ashby, 2.", EN)["3"].unit
        is None
    )


def test_an_identifier_after_km_stays_refused() -> None:
    assert quantities_by_text("The bus stopped at KM 57 on the toll road.", EN) == {}
    assert "2" not in quantities_by_text("Hal itu diatur Pasal 5 ayat (2) undang-undang.", ID)


@pytest.mark.parametrize(
    ("text", "written", "cls"),
    [
        ("Soldiers caught 11 of the raiders.", "11", "perpetrator"),
        ("Two gunmen fled in a car.", "Two gunmen", "perpetrator"),
        ("Three attackers were seen.", "Three attackers", "perpetrator"),
        ("Four climbers reached the summit.", "Four climbers", "climber"),
        ("Five hostages were freed.", "Five hostages", "hostage"),
        # Men and women are people counted by their sex, not a role: "four men" and "four
        # robbers" of one raid may be one count.
        ("Four men rammed the store.", "Four men", "person"),
        ("Two women ran off.", "Two women", "person"),
    ],
)
def test_people_named_by_their_deed_or_plight_are_counted_classes(
    text: str, written: str, cls: str
) -> None:
    assert quantities_by_text(text, EN)[written].counted_class == cls


@pytest.mark.parametrize(
    ("text", "written", "cls"),
    [
        ("Police said no injuries were reported.", "no injuries", "person:injured"),
        ("No deaths have been recorded yet.", "No deaths", "person:dead"),
    ],
)
def test_no_before_people_in_a_state_is_a_count_of_none(text: str, written: str, cls: str) -> None:
    found = quantities_by_text(text, EN)[written]
    assert (found.value, found.counted_class) == (0, cls)


@pytest.mark.parametrize(
    "text",
    ["There is no longer any doubt.", "The firm has no staff left.", "No evidence was found."],
)
def test_no_before_anything_else_is_no_figure(text: str) -> None:
    assert quantities_by_text(text, EN) == {}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The retired judge died at 81 in his sleep.", "81"),
        ("Her grandfather had left school at age 14.", "14"),
        ("The driver, aged 52, was not hurt.", "52"),
        ("The old miner is gone. He was 88.", "88"),
    ],
)
def test_an_age_stated_by_the_words_before_it_is_in_years(text: str, written: str) -> None:
    found = quantities_by_text(text, EN)[written]
    assert (found.unit, found.counted) == ("year", None)


def test_a_number_a_person_was_that_does_not_close_the_clause_is_no_age() -> None:
    assert quantities_by_text("The final toll was 75.", EN)["75"].unit is None
    assert quantities_by_text("The minister died at 10 Downing Street.", EN)["10"].unit is None
    assert (
        quantities_by_text("He was 12 points ahead of the field.", EN)["12 points"].unit == "point"
    )


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Mabry was 64, the county coroner said.", "64"),
        ("The old ferryman Tom Oduya was 91.", "91"),
        ("Neighbours said Ostrander is 58.", "58"),
    ],
)
def test_an_age_a_name_is_said_to_be_is_in_years(text: str, written: str) -> None:
    assert quantities_by_text(text, EN)[written].unit == "year"


@pytest.mark.parametrize(
    "text",
    [
        "It was 64, the clerk said.",
        "Turnout was 64.",
        "The toll was 64.",
        "GDP was 64.",
        "Mabry was 64 points ahead.",
    ],
)
def test_a_number_a_word_that_is_no_name_is_said_to_be_is_no_age(text: str) -> None:
    assert all(q.unit != "year" for q in quantities_by_text(text, EN).values())
