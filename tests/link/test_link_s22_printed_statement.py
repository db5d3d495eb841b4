"""A cut copy that quotes as its source quotes is still a copy, whatever intro of its own it
adds. A guard written against session 22's statement rules (taken back: they lowered held-out
copy groups), kept for whatever comes next. Every sentence here is written for this test."""

from __future__ import annotations

from link_records import english_verdict

from silang.link.classify import Thresholds

#: A story told mostly in quotes: the rail company's spokeswoman, quote after quote.
RAIL_QUOTES = [
    "We have stopped all trains between Cirebon and Tegal until the embankment near Losari is "
    "rebuilt and tested",
    "The flood washed away about forty metres of ballast under the tracks during the night, "
    "and the rails now hang in the air",
    "Passengers holding tickets for the next three days can change them for free or ask for "
    "their money back at any station",
    "Our engineers will work around the clock, and we expect the first trains to run again by "
    "Thursday morning at the latest",
    "We are also checking every other embankment along the north coast line, because the rain "
    "is expected to go on all week",
    "Buses will carry passengers between the two cities in the meantime, leaving every hour "
    "from the front of each station",
]
RAIL_SAID = (
    "Dewi Lestari said.",
    "she said.",
    "Lestari said.",
    "she added.",
    "Lestari said.",
    "she said.",
)
RAIL = [
    "Heavy rain tore a gap in the railway embankment near Losari on Sunday night, and the rail "
    "company closed the north coast line east of Cirebon.",
    *(f'"{quote}," {said}' for quote, said in zip(RAIL_QUOTES, RAIL_SAID, strict=True)),
    "The line carries some sixty passenger trains and thirty freight trains a day between "
    "Jakarta and the cities of Central and East Java.",
    "A goods train passed over the embankment less than an hour before it gave way, and its "
    "driver reported nothing unusual.",
    "Farmers near Losari say the river has burst its banks three times this year, each time "
    "further inland than before.",
]

#: A site that copies the story's lede and first five quotes word for word, after two
#: sentences of its own.
RAIL_COPIED = [
    "Readers in Brebes and Tegal who planned to travel by train this week should read the "
    "following report before going to the station.",
    "Our partners at the Pantura Post sent it to us on Monday morning, and we bring the first "
    "part of it here.",
    *RAIL[:6],
]


def test_link_a_cut_copy_with_an_intro_of_its_own_is_still_a_copy() -> None:
    # The copy's own intro is a third of its narrative: the taken-back rule, which weighed
    # how much of the narrative two texts shared, was not to read such a copy as a rewrite.
    verdict = english_verdict(RAIL, RAIL_COPIED, Thresholds())
    assert verdict is not None and verdict.relation == "copy"
