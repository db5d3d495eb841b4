"""One quotation that holds two statements other outlets quote apart: a clause opened by a
connective and a source word ("…, dan menurut saya …") is a statement of its own; a clause
set off by a comma, or a sentence whose full stop an outlet dropped ("… dipublikasikan Jadi
kita …"), is cut off where another outlet quotes it alone; a quotation that alone joins two
statements, one at each end, is cut in two (Pratiwi dev topics 9 and 12's shapes, in
sentences written for these tests)."""

from __future__ import annotations

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Entity, Quote, Span

from records import make_article

SPOKESMAN = "Andi Wirawan"


def _outlet(aid: str, *said: str, speaker: str = SPOKESMAN) -> Annotated:
    """An Indonesian article quoting each of ``said`` in marks, given to ``speaker``."""
    text, quotes = "", []
    for words in said:
        start = len(text) + 1
        text += f'"{words}," kata {speaker} kepada wartawan. '
        quotes.append(Quote(start, start + len(words), words, True, speaker=speaker))
    article = make_article(text.strip(), article_id=aid, language="id", raw_prefix="")
    return Annotated(article=article, sentences=(Span(0, len(text.strip())),), quotes=tuple(quotes))


def _grouped(*items: Annotated) -> list[list[tuple[str, str]]]:
    return sorted(sorted((v.article_id, v.text) for v in g.versions) for g in quote_groups(items))


DENIED = "Jalan lingkar itu tidak ditutup dan belum pernah dibahas"
VIEW = "menurut saya kabar yang beredar di grup warga itu bohong"


def test_quotes_a_clause_a_source_word_opens_is_a_statement_of_its_own() -> None:
    groups = _grouped(
        _outlet("a1", f"{DENIED}, dan {VIEW}"),
        _outlet("a2", DENIED),
        _outlet("a3", f"Yang saya tahu {VIEW}"),
    )
    assert groups == [
        [("a1", DENIED), ("a2", DENIED)],
        [("a1", VIEW), ("a3", f"Yang saya tahu {VIEW}")],
    ]


def test_quotes_a_source_word_inside_its_clause_or_citing_a_record_cuts_nothing() -> None:
    # No connective before "menurut saya"; "menurut data" cites a record for the same claim.
    for said in (
        "Jalan lingkar itu menurut saya tidak ditutup dan belum pernah dibahas",
        f"{DENIED} dan menurut data dinas jalan itu masih dibuka",
    ):
        groups = _grouped(_outlet("a1", said), _outlet("a2", DENIED))
        assert groups == [[("a1", said), ("a2", DENIED)]]


FIRST = "Tidak benar terjadi pembakaran kitab oleh petugas jaga"
SECOND = (
    "yang ada adalah para petugas melakukan pemeriksaan terhadap buku-buku dan benda yang "
    "ada di dalam sel"
)
#: What the second outlet says after the second clause: its quotation does not match the
#: first outlet's whole.
FURTHER = ", namun para tahanan terus berteriak sehingga memancing penghuni blok sebelahnya"


def test_quotes_a_clause_other_outlets_quote_as_a_sentence_is_cut_off() -> None:
    # One outlet sets a comma where others end the sentence and quote the two apart: the
    # comma's clauses are the two statements. An outlet repeating its quotation (lead and
    # body) has both copies cut.
    both = f"{FIRST}, {SECOND}"
    second = SECOND[0].upper() + SECOND[1:]
    groups = _grouped(
        _outlet("a1", FIRST, second), _outlet("a2", both, both), _outlet("a3", FIRST, second)
    )
    assert groups == [
        [("a1", FIRST), ("a2", f"{FIRST},"), ("a2", f"{FIRST},"), ("a3", FIRST)],
        [("a1", second), ("a2", SECOND), ("a2", SECOND), ("a3", second)],
    ]


def test_quotes_a_short_tag_after_a_comma_is_no_clause_to_cut() -> None:
    # "sama sekali tidak ada" (four words) holds too few words to be a statement quoted apart.
    said = f"{FIRST}, sama sekali tidak ada"
    longer = "Sama sekali tidak ada" + FURTHER
    groups = _grouped(_outlet("a1", FIRST), _outlet("a2", said), _outlet("a3", longer))
    assert [("a1", FIRST), ("a2", said)] in groups


HOAX = "Itu hoaks karena banyak akun membuat dokumen yang dibuat mirip milik pemerintah"
NONE = "Jadi kita tidak ada pembahasan mengenai kenaikan tarif itu sama sekali"


def test_quotes_a_sentence_after_a_dropped_full_stop_is_cut_off() -> None:
    # The outlet strips its full stops: a capitalised connective after a word marks where the
    # second sentence began.
    longer = NONE + FURTHER
    groups = _grouped(_outlet("a1", HOAX), _outlet("a2", f"{HOAX} {NONE}"), _outlet("a3", longer))
    assert groups == [[("a1", HOAX), ("a2", HOAX)], [("a2", NONE), ("a3", longer)]]


RIOT = "Terjadi keributan di blok tahanan yang dilakukan oleh para tahanan baru"
DAMAGE = "yang mengakibatkan rusaknya fasilitas rutan seperti pintu sel dan pagar lorong blok"
BRIDGE = f"{RIOT}, {DAMAGE}"
RIOT_ALONE = f"Pada Jumat sore pukul empat telah {RIOT[0].lower()}{RIOT[1:]}"
DAMAGE_ALONE = "Ada banyak fasilitas rutan rusak seperti pintu sel dan pagar lorong blok"


def test_quotes_a_quotation_joining_two_statements_it_tells_in_parts_is_cut_in_two() -> None:
    # The first outlet quotes the riot, the third the damage; only the second's quotation of
    # both joins them.
    groups = _grouped(_outlet("a1", RIOT_ALONE), _outlet("a2", BRIDGE), _outlet("a3", DAMAGE_ALONE))
    assert groups == [
        [("a1", RIOT_ALONE), ("a2", f"{RIOT},")],
        [("a2", DAMAGE), ("a3", DAMAGE_ALONE)],
    ]


MESSAGE = (
    "Telah terjadi banjir besar di kampung kami dan semua warga diminta segera mengungsi "
    "ke masjid sebelum malam tiba."
)


def _printing(aid: str, heading: str, person: str | None = None, text: str = MESSAGE) -> Annotated:
    """An article that prints ``text`` without quote marks below ``heading``, which names
    ``person`` (a recogniser's entity) if given."""
    body = text
    text = f"Kabar itu beredar sejak Senin.\n\n{heading}\n{body}\n\nPolisi membantahnya."
    article = make_article(text, article_id=aid, language="id", raw_prefix="")
    entities: tuple[Entity, ...] = ()
    if person is not None:
        at = text.index(person)
        entities = (Entity(at, at + len(person), person, "person", person),)
    return Annotated(article=article, sentences=(Span(0, len(text)),), entities=entities)


def test_quotes_a_text_displayed_after_a_colon_is_a_version_with_no_speaker() -> None:
    # A chain message two outlets print below "… berbunyi:".
    groups = quote_groups(
        [_printing("a1", "Pesan berantai itu berbunyi:"), _printing("a2", "Isi pesannya:")]
    )
    assert [[(v.article_id, v.text, v.speaker) for v in g.versions] for g in groups] == [
        [("a1", MESSAGE, None), ("a2", MESSAGE, None)]
    ]


def test_quotes_a_text_displayed_below_a_line_naming_its_speaker_is_left_to_him() -> None:
    heading = "Kepala desa Andi Wirawan menulis:"
    items = [_printing(aid, heading, "Andi Wirawan") for aid in ("a1", "a2")]
    assert quote_groups(items) == ()


def test_quotes_a_list_displayed_after_a_colon_is_no_statement() -> None:
    # A schedule two outlets print alike below "Jadwal pertandingan:" and "Berikut
    # jadwalnya:": no line says a written or sent text follows, so it is nobody's statement.
    schedule = "Sabtu pukul 19.00 Persib melawan Persija di Stadion Gelora Bandung Lautan Api"
    items = [
        _printing("a1", "Jadwal pertandingan:", text=schedule),
        _printing("a2", "Berikut jadwalnya:", text=schedule),
    ]
    assert quote_groups(items) == ()
