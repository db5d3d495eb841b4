"""A wire story's later version is one origin with its first even where each keeps material
the other lacks, for it prints the same quotes word for word; another outlet's retelling in
its own words, with its own official and counts, is an origin of its own
(tests/gold/brief/README.md)."""

from __future__ import annotations

import pytest

from silang.lang.derivations import load_derivation_lexicon
from silang.link import find_links, origins
from silang.model import Annotated, Article, Link
from silang.pipeline import Toolkit, annotate
from silang.settings import Settings

#: Written for this test: what a wire service's first and later versions of a story share.
KEPT = [
    "Flames were visible for miles and thick black smoke drifted over the harbour district "
    "until early Wednesday.",
    '"We had crews on the scene within six minutes, but the building was already fully '
    'involved," said fire chief Marta Olsen.',
    "Olsen said two firefighters were treated for heat exhaustion at Halden General Hospital.",
    '"There is no sign that anything toxic reached the water supply," said city health '
    "officer David Renner.",
    "The warehouse, owned by Keller Logistics, stored cleaning solvents and paint thinner.",
    '"We are cooperating fully with investigators and will pay for any cleanup," Keller '
    "Logistics said in a statement.",
    "Investigators have not said what caused the blaze.",
]
#: The first version: its lead, then what the later version drops (the port's halt and a
#: neighbour's words).
FIRST = " ".join(
    [
        "A fire tore through a chemical warehouse in Port Halden on Tuesday night, forcing "
        "the evacuation of about 400 nearby residents, officials said.",
        *KEPT,
        "Harbour traffic was halted for three hours while tugboats sprayed water on the pier, "
        "the port authority said.",
        '"It sounded like fireworks going off, one after another," said neighbour Priya Das, '
        "who lives across the road.",
    ]
)
#: The later version: a new lead, the kept sentences and quotes word for word, and what it
#: adds (the chief's new words, the mayor's damage estimate, the night in a school gym).
LATER = " ".join(
    [
        "Firefighters on Wednesday put out a fire that tore through a chemical warehouse in "
        "Port Halden, where about 400 residents had been evacuated overnight.",
        *KEPT,
        '"The fire is out, but we will keep crews at the site through the weekend to watch '
        'for hot spots," Olsen said on Wednesday.',
        "Mayor Ruth Calder said damage to the warehouse and two neighbouring buildings was "
        "estimated at $12 million.",
        "Residents were allowed home by 10 a.m. on Wednesday; 35 of them had spent the night "
        "in a school gym.",
    ]
)
#: Another outlet's retelling of FIRST, sentence by sentence and mostly in other words,
#: without its quotes.
RETOLD = [
    "A fire swept through a chemical warehouse in Port Halden on Tuesday night, and about "
    "400 nearby residents had to be evacuated, officials said.",
    "Flames were visible for miles and thick black smoke drifted over the harbour "
    "district until early Wednesday.",
    "Fire chief Marta Olsen said two firefighters were taken to Halden General Hospital "
    "for heat exhaustion.",
    "The warehouse, which is owned by Keller Logistics, held cleaning solvents and paint thinner.",
    "Investigators have not said what caused the blaze.",
]
#: What that outlet adds of its own reporting: its own official, quoted, and its own counts.
OWN_REPORTING = [
    "Port authority spokesman Tomas Varga told this newspaper that 18 ships were held "
    "outside the harbour and that 6 berths stayed closed until noon.",
    '"The wind was in our favour, otherwise the smoke would have reached the old town," '
    "Varga said.",
]


@pytest.fixture(scope="module")
def toolkit() -> Toolkit:
    return Toolkit.build(Settings())


def _item(key: str, text: str, toolkit: Toolkit) -> Annotated:
    article = Article(id=key, sources=(f"{key}.txt",), text=text, raw_text=text, language="en")
    return annotate(article, toolkit)


def _linked(items: list[Annotated]) -> tuple[list[Link], dict[str, str]]:
    links = list(find_links(items, {"en": load_derivation_lexicon("en")}))
    return links, origins([i.article.id for i in items], links)


def test_link_wire_story_and_its_later_version_are_one_origin(toolkit: Toolkit) -> None:
    items = [_item("first", FIRST, toolkit), _item("later", LATER, toolkit)]
    links, origin = _linked(items)
    # Each version keeps material the other lacks, so the link is a rewrite, not a copy.
    assert [link.relation for link in links] == ["rewrite"]
    assert origin["first"] == origin["later"]


def test_link_outlet_retelling_with_its_own_official_and_counts_is_its_own_origin(
    toolkit: Toolkit,
) -> None:
    report = " ".join(RETOLD + OWN_REPORTING)
    items = [_item("first", FIRST, toolkit), _item("report", report, toolkit)]
    links, origin = _linked(items)
    assert [link.relation for link in links] == ["rewrite"]
    assert origin["first"] != origin["report"]


def test_link_outlet_retelling_with_nothing_of_its_own_is_one_origin_with_its_source(
    toolkit: Toolkit,
) -> None:
    items = [_item("first", FIRST, toolkit), _item("retold", " ".join(RETOLD), toolkit)]
    links, origin = _linked(items)
    assert [link.relation for link in links] == ["rewrite"]
    assert origin["first"] == origin["retold"]


#: Written for this test: a wire story about a derailment and its write-through, which keeps
#: the quotes, drops two counts and adds two of its own.
TRAIN = [
    "Five carriages left the tracks shortly after the train crossed a bridge over the River Alder.",
    '"The driver applied the emergency brakes as soon as he felt the carriages shake," said '
    "Network East spokeswoman Laura Finch.",
    "Emergency crews took the injured to St Anne's Hospital, where three remained in serious "
    "condition.",
    '"We are doing everything we can to find out what went wrong and to get the line running '
    'again," Finch said.',
    "The line between Brockley and Marston was closed and replacement buses were running.",
]
TRAIN_QUOTE = '"Nobody on board was thrown from the train, and that is a small mercy," Finch added.'
TRAIN_FIRST = " ".join(
    [
        "A passenger train derailed near the town of Brockley on Monday morning, injuring 23 "
        "people, rail officials said.",
        *TRAIN,
        "The train was carrying about 180 passengers from Marston to the coast.",
        "The rail accident investigation board said it had sent 4 inspectors to the site.",
    ]
)
TRAIN_LATER = " ".join(
    [
        "Investigators on Tuesday began examining the tracks near Brockley, where a passenger "
        "train derailed on Monday morning, injuring 23 people.",
        *TRAIN,
        "By Tuesday afternoon, 2 of the injured had been discharged and 40 metres of track had "
        "been replaced.",
    ]
)


def test_link_write_through_adding_only_figures_is_one_origin(toolkit: Toolkit) -> None:
    # Counts one version drops and the other adds are no reporting of its own.
    items = [_item("first", TRAIN_FIRST, toolkit), _item("later", TRAIN_LATER, toolkit)]
    origin = _linked(items)[1]
    assert origin["first"] == origin["later"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The later version trims a quote's tail, or changes one of its words.
        (
            "to find out what went wrong and to get the line running again,",
            "to find out what went wrong,",
        ),
        ("that is a small mercy", "that is a real mercy"),
    ],
)
def test_link_write_through_editing_a_quote_is_one_origin(
    toolkit: Toolkit, old: str, new: str
) -> None:
    first = TRAIN_FIRST + " " + TRAIN_QUOTE
    later = (TRAIN_LATER + " " + TRAIN_QUOTE).replace(old, new)
    items = [_item("first", first, toolkit), _item("later", later, toolkit)]
    origin = _linked(items)[1]
    assert origin["first"] == origin["later"]


def test_link_later_version_trimming_a_kept_quote_is_one_origin(toolkit: Toolkit) -> None:
    # Both add their own, so only the three quotes both print keep them one story; the later
    # version's trimmed quote still counts, for the shorter version is inside the longer.
    later = LATER.replace(", but the building was already fully involved,", ",")
    items = [_item("first", FIRST, toolkit), _item("later", later, toolkit)]
    origin = _linked(items)[1]
    assert origin["first"] == origin["later"]


#: KEPT's three quotes retold with about 60% of their words changed.
REWORDED_QUOTES = [
    '"We had crews on the scene within six minutes, but by then the whole building was '
    'burning," said fire chief Marta Olsen.',
    '"So far there is no sign that anything toxic got into the water supply," said city '
    "health officer David Renner.",
    '"We are cooperating fully with the investigators and we will pay for all the cleanup," '
    "Keller Logistics said.",
]


def test_link_retelling_rewording_the_quotes_with_its_own_reporting_is_its_own_origin(
    toolkit: Toolkit,
) -> None:
    # Quotes half reworded are not the same quotes printed word for word.
    report = " ".join(RETOLD + REWORDED_QUOTES + OWN_REPORTING)
    items = [_item("first", FIRST, toolkit), _item("report", report, toolkit)]
    links, origin = _linked(items)
    assert [link.relation for link in links] == ["rewrite"]
    assert origin["first"] != origin["report"]
