"""Words beside an event word that make it no happening's day: a body named by the event
word ("the board of elections", "election officials", "petugas pemilu") is no election; a
poll is a survey, not the vote, unless a phrase tells the vote ("go to the polls"); a post a
crowd makes ("Thousands tweeted") is a reaction, no one's statement. Sentences written for
these tests, modelled on fresh PolNeAR stories; their dates are read by the times stage."""

from __future__ import annotations

import pytest

from dated_reports import date_event, dated_report, story_date_slots
from silang.compare.dates_lexicon import STATEMENT


@pytest.mark.parametrize(
    ("sentence", "written", "language"),
    [
        ("The board of elections on Monday rejected both objections.", "Monday", "en"),
        ("The county election board on Monday rejected both objections.", "Monday", "en"),
        ("Election officials on Monday rejected both objections.", "Monday", "en"),
        ("The two firms whose final Iowa polls started on Monday led the field.", "Monday", "en"),
        ("Opinion polls showing on Monday that many voters were unhappy.", "Monday", "en"),
        ("Petugas pemilu pada Senin menolak gugatan itu.", "Senin", "id"),
        ("Panitia pemilihan pada Senin menolak gugatan itu.", "Senin", "id"),
    ],
)
def test_a_body_or_a_poll_is_no_election(sentence: str, written: str, language: str) -> None:
    assert date_event(sentence, written, "2016-02-02", language) != "election"


@pytest.mark.parametrize(
    ("sentence", "written", "language"),
    [
        ("Voters went to the polls on Monday.", "Monday", "en"),
        ("Turkmens go to the polls Sunday in a parliamentary election.", "Sunday", "en"),
        ("Polls closed on Monday at 8 p.m.", "Monday", "en"),
        ("The council election was held on Monday.", "Monday", "en"),
        ("Pemilihan dewan digelar pada Senin.", "Senin", "id"),
        ("Polls opened on Monday at 7 a.m.", "Monday", "en"),
        ("Polling took place on Monday.", "Monday", "en"),
        ("The polling was held on Monday.", "Monday", "en"),
        ("Voters go to polls on Monday.", "Monday", "en"),
    ],
)
def test_the_vote_is_still_an_election(sentence: str, written: str, language: str) -> None:
    assert date_event(sentence, written, "2016-02-02", language) == "election"


@pytest.mark.parametrize(
    ("sentence", "written", "language"),
    [
        ("Thousands tweeted about the debate on Monday.", "Monday", "en"),
        ("Fans tweeted on Monday that the show was over.", "Monday", "en"),
        ("Ribuan warganet mencuit pada Senin.", "Senin", "id"),
        ("Warganet ramai mencuit pada Senin tentang debat itu.", "Senin", "id"),
        ("Warganet pun mencuit pada Senin.", "Senin", "id"),
        ("Para warganet juga mencuit pada Senin.", "Senin", "id"),
        ("Thousands of Indonesians tweeted about the debate on Monday.", "Monday", "en"),
    ],
)
def test_a_crowds_posts_are_no_statement(sentence: str, written: str, language: str) -> None:
    assert date_event(sentence, written, "2016-02-02", language) != STATEMENT


def test_a_boards_day_and_a_polls_day_dispute_no_election() -> None:
    # The PolNeAR pattern: a board's ruling on Monday and a poll's Friday were read as two
    # days of one election.
    board = dated_report(
        "a", ["The board of elections on Monday rejected both objections."], "2016-02-02"
    )
    poll = dated_report(
        "b", ["Two pollsters whose final Iowa polls started last Friday did best."], "2016-02-03"
    )
    slots = story_date_slots(board, poll)
    assert not any(s.status == "disputed" for s in slots), slots


# A body's noun names a body only beside a word of the events that have bodies (an
# election's) and written right beside it: beside another event's word it is what the event
# acts on or what acts, and a date set between ("officials on Monday arrested") joins no words.
@pytest.mark.parametrize(
    ("sentence", "written", "language", "event"),
    [
        ("Police arrested officials on Monday.", "Monday", "en", "arrest"),
        ("Obama met officials on Monday.", "Monday", "en", "meeting"),
        ("Gunmen killed officials on Monday.", "Monday", "en", "death"),
        ("The agency on Monday arrested two men.", "Monday", "en", "arrest"),
        ("The ministry on Monday evacuated residents.", "Monday", "en", "evacuation"),
        ("Petugas menangkap tersangka pada Senin.", "Senin", "id", "arrest"),
        ("Ahli meninggal pada Senin.", "Senin", "id", "death"),
        ("The election Monday officials called calm drew few voters.", "Monday", "en", "election"),
    ],
)
def test_a_body_beside_another_happening_keeps_it(
    sentence: str, written: str, language: str, event: str
) -> None:
    assert date_event(sentence, written, "2016-02-02", language) == event
