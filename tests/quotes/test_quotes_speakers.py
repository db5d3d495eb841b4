"""Speakers of direct quotations: verbs after and before, pronouns, titles, short names."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of

from silang.model import Entity, Quote


def _direct(code: str, text: str, entities: list[Entity]) -> list[Quote]:
    return [q for q in quotes_of(code, text, *entities) if q.direct]


@pytest.mark.parametrize(
    ("code", "text", "names", "speaker", "cue"),
    [
        ("id", '"Air naik," kata Andi Wijaya.', ["Andi Wijaya"], "Andi Wijaya", "kata"),
        (
            "id",
            '"Air naik," ujar Kepala BPBD, Rudi Hartono.',
            ["Rudi Hartono"],
            "Rudi Hartono",
            "ujar",
        ),
        ("id", '"Air naik," Andi Wijaya menegaskan.', ["Andi Wijaya"], "Andi Wijaya", "menegaskan"),
        ("en", '"It is safe," said Linda Carver.', ["Linda Carver"], "Linda Carver", "said"),
        (
            "en",
            '"It is safe," Linda Carver told reporters.',
            ["Linda Carver"],
            "Linda Carver",
            "told",
        ),
        (
            # A body taken for a person before the title: the speaker is the name after it.
            "en",
            '"It is safe," said Ridgefield Water Board Director Ana Keller.',
            ["Water Board", "Ana Keller"],
            "Ana Keller",
            "said",
        ),
    ],
)
def test_quotes_speaker_from_the_verb_after_the_quote(
    code: str, text: str, names: list[str], speaker: str, cue: str
) -> None:
    (quote,) = _direct(code, text, [mention(text, n) for n in names])
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("code", "text", "speaker", "cue"),
    [
        ("id", 'Andi Wijaya mengatakan, "Air masih naik."', "Andi Wijaya", "mengatakan"),
        ("id", 'Menurut Andi Wijaya, "Air masih naik."', "Andi Wijaya", "Menurut"),
        ("id", 'Kata Andi Wijaya, "Air masih naik."', "Andi Wijaya", "Kata"),
        ("en", 'Linda Carver said: "The bridge is safe."', "Linda Carver", "said"),
    ],
)
def test_quotes_speaker_from_the_verb_before_the_quote(
    code: str, text: str, speaker: str, cue: str
) -> None:
    (quote,) = _direct(code, text, [mention(text, speaker)])
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("id", 'Menteri Ratna Kusuma tiba. "Stok cukup," katanya.', "Ratna Kusuma"),
        ("id", 'Menteri Ratna Kusuma tiba. "Stok cukup," kata dia.', "Ratna Kusuma"),
        ("id", 'Bupati Andi Wijaya datang. Ia menambahkan, "Kami siap."', "Andi Wijaya"),
        ("en", 'Mayor Linda Carver arrived. "We are ready," she said.', "Linda Carver"),
        ("en", 'Tom Reddick farms here. "It is the worst," he said.', "Tom Reddick"),
    ],
)
def test_quotes_pronoun_speaker_is_the_nearest_person(code: str, text: str, speaker: str) -> None:
    (quote,) = _direct(code, text, [mention(text, speaker)])
    assert quote.speaker == speaker


def test_quotes_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = 'Ms. Ferreira met Mr. Donovan. "Ask me in a year," she said.'
    entities = [mention(text, "Ferreira"), mention(text, "Donovan")]
    (quote,) = _direct("en", text, entities)
    assert quote.speaker == "Ferreira"


@pytest.mark.parametrize(
    ("code", "text", "speaker", "other"),
    [
        (
            "id",
            'Menteri Budi Harsono dan Rudi Hartono tiba. "Ekspor turun," kata sang menteri.',
            "Budi Harsono",
            "Rudi Hartono",
        ),
        (
            "id",
            'Presiden Hadi Kusnadi bertemu Rudi Hartono. "Semua di lapangan," kata Presiden.',
            "Hadi Kusnadi",
            "Rudi Hartono",
        ),
        (
            "en",
            'Prime Minister Helen Ashby met Tom Reddick. "Every pound counts," the prime '
            "minister told Parliament.",
            "Helen Ashby",
            "Tom Reddick",
        ),
    ],
)
def test_quotes_title_speaker_is_the_person_with_that_title(
    code: str, text: str, speaker: str, other: str
) -> None:
    (quote,) = _direct(code, text, [mention(text, speaker), mention(text, other)])
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("code", "text", "full", "short"),
    [
        ("id", 'Bupati Andi Wijaya datang. "Kami siap," kata Andi.', "Andi Wijaya", "Andi"),
        ("en", 'Mayor Linda Carver spoke. "We checked," Carver said.', "Linda Carver", "Carver"),
    ],
)
def test_quotes_short_name_speaker_takes_the_canonical_name(
    code: str, text: str, full: str, short: str
) -> None:
    entities = [mention(text, full), mention(text, short, name=full, nth=1)]
    (quote,) = _direct(code, text, entities)
    assert quote.speaker == full
    assert text[quote.speaker_start or 0 : quote.speaker_end or 0] == short


def test_quotes_organisation_pointed_to_by_a_noun() -> None:
    text = (
        "PT Sinar Samudra membantah. Dalam keterangan resminya, perusahaan itu menyatakan "
        'limbah "sudah diolah".'
    )
    (quote,) = _direct("id", text, [mention(text, "PT Sinar Samudra", "organisation")])
    assert quote.speaker == "PT Sinar Samudra"


@pytest.mark.parametrize(
    ("code", "text", "channel"),
    [
        ("id", '"Air naik," kata Andi kepada wartawan di Sukamaju.', "kepada wartawan"),
        ("id", '"Air naik," kata Andi kepada KABARNUSA.com.', "kepada KABARNUSA.com"),
        ("id", '"Air naik," kata Andi dalam keterangan tertulis.', "dalam keterangan tertulis"),
        ("id", '"Air naik," kata Andi seperti dikutip Antara.', "seperti dikutip Antara"),
        ("en", '"We checked," Andi told reporters on Tuesday.', "told reporters"),
        ("en", '"We checked," Andi told the Daily Ledger.', "told the Daily Ledger"),
    ],
)
def test_quotes_channel_of_the_attribution(code: str, text: str, channel: str) -> None:
    (quote,) = _direct(code, text, [mention(text, "Andi")])
    assert quote.channel == channel


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("id", '"Kami siap," kata Rosidah, pedagang. "Di sini saja saya susah."'),
        ("id", '"Kami siap," kata Rosidah.\n\n"Di sini saja saya susah."'),
        ("en", '"We are ready," said Rosidah, a trader. "It is hard here."'),
    ],
)
def test_quotes_quote_without_a_verb_continues_the_speaker_before(code: str, text: str) -> None:
    first, second = _direct(code, text, [mention(text, "Rosidah")])
    assert (first.speaker, second.speaker, second.cue) == ("Rosidah", "Rosidah", None)


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        (
            "id",
            '"Kami belum bisa menyimpulkan," kata penyidik yang enggan disebut namanya.',
            "penyidik yang enggan disebut namanya",
        ),
        (
            "en",
            '"We have been let down," said one resident, who asked not to be named.',
            "one resident",
        ),
    ],
)
def test_quotes_unnamed_speaker_is_described(code: str, text: str, speaker: str) -> None:
    (quote,) = _direct(code, text, [])
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("id", '"Kami bermain bagus," kata Markovic dalam bahasa Inggris yang diterjemahkan.'),
        ("en", "«Nous ne lâcherons rien», said Markovic, which translates as giving nothing."),
    ],
)
def test_quotes_translated_quote_keeps_its_original_speaker(code: str, text: str) -> None:
    (quote,) = _direct(code, text, [mention(text, "Markovic")])
    assert quote.speaker == "Markovic"


@pytest.mark.parametrize(
    ("code", "text", "channel"),
    [
        ("en", 'Linda Carver told reporters: "The bridge is safe."', "told reporters"),
        ("en", 'Linda Carver told MPs: "We are turning the corner."', "told MPs"),
    ],
)
def test_quotes_channel_that_opens_with_the_verb_before_the_quote(
    code: str, text: str, channel: str
) -> None:
    (quote,) = _direct(code, text, [mention(text, "Linda Carver")])
    assert (quote.speaker, quote.cue, quote.channel) == ("Linda Carver", "told", channel)


def test_quotes_source_word_is_no_channel() -> None:
    text = 'According to Inspector Ray Moss, the car was stolen. "We found it," Moss said.'
    entities = [mention(text, "Ray Moss"), mention(text, "Moss", name="Ray Moss", nth=1)]
    quotes = quotes_of("en", text, *entities)
    assert [q.channel for q in quotes] == [None, None]
    assert [q.speaker for q in quotes] == ["Ray Moss", "Ray Moss"]


@pytest.mark.parametrize(
    ("code", "text", "wrong", "speaker"),
    [
        # A recogniser took the sentence connector for a name: it is never a speaker.
        (
            "en",
            'Doctor Lena Hart treated the wounded. Meanwhile, the clinic stayed open. "We are '
            'open all night," she said.',
            "Meanwhile",
            "Lena Hart",
        ),
        (
            "id",
            'Dokter Rina Astuti merawat korban. Sementara itu, klinik tetap buka. "Kami buka '
            'sepanjang malam," kata dia.',
            "Sementara",
            "Rina Astuti",
        ),
    ],
)
def test_quotes_sentence_connector_is_never_a_speaker(
    code: str, text: str, wrong: str, speaker: str
) -> None:
    entities = [mention(text, speaker), mention(text, wrong)]
    found = quotes_of(code, text, *entities)
    assert [q.speaker for q in found if q.direct] == [speaker]


def test_quotes_name_glued_to_a_title_is_no_speaker() -> None:
    # "SpB(K)Onk" is a specialist title; a recogniser that cuts "Onk" out of it found no name.
    text = (
        "dr Dradjat R Suardi, SpB(K)Onk, ahli kanker dari Perhimpunan Onkologi Indonesia "
        "mengatakan hingga saat ini belum ada penelitian tentang hal itu."
    )
    entities = [mention(text, "Dradjat R Suardi"), mention(text, "Onk")]
    found = quotes_of("id", text, *entities)
    assert [q.speaker for q in found] == ["Dradjat R Suardi"]


@pytest.mark.parametrize(
    ("spoke", "speaker"),
    [
        # A body that spoke after the organisation was named is who "it" is.
        ("The coastguard said two crew members were hurt. ", "The coastguard"),
        # With no body speaking since, "it" is the organisation named before.
        ("", "Blue Heron"),
    ],
)
def test_quotes_it_is_the_body_that_spoke_last(spoke: str, speaker: str) -> None:
    text = (
        f"The freighter Blue Heron radioed for help on Monday. {spoke}"
        "The ship would be towed to port, it said."
    )
    quotes = quotes_of("en", text, mention(text, "Blue Heron", "organisation"))
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    ("code", "text", "body"),
    [
        # An organisation named in between (a weapon the tagger took for one) is not "the
        # ministry": the pointing noun looks first among the bodies whose name holds it.
        (
            "en",
            "The Defence Ministry gave details. Seven AK-47s were found. "
            "The ministry said the crew was safe.",
            "Defence Ministry",
        ),
        (
            "id",
            "Kementerian Luar Negeri memberi keterangan. Dua kapal Sinar Jaya ditahan. "
            "Kementerian itu menyatakan awak kapal selamat.",
            "Kementerian Luar Negeri",
        ),
    ],
)
def test_quotes_pointing_noun_takes_the_body_named_with_it(code: str, text: str, body: str) -> None:
    others = ("AK-47s", "Sinar Jaya")
    entities = [mention(text, body, "organisation")] + [
        mention(text, o, "organisation") for o in others if o in text
    ]
    assert [q.speaker for q in quotes_of(code, text, *entities)] == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Two boats were firing, a Defence Ministry statement said.", "Defence Ministry"),
        ("The pirates tried to flee, a Navy spokesman said here.", "Navy"),
    ],
)
def test_quotes_statement_or_spokesman_of_a_body_is_the_body(text: str, body: str) -> None:
    (quote,) = quotes_of("en", text, mention(text, body, "organisation"))
    assert (quote.speaker, quote.direct) == (body, False)


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # A quotation filling its paragraph after reported speech closed by its speaker goes
        # on in that speaker's words.
        ("\n\n", "Defence Ministry"),
        # Another paragraph between: nothing to carry.
        ("\n\nThe boats were towed to port.\n\n", None),
    ],
)
def test_quotes_quote_paragraph_after_reported_speech_keeps_its_speaker(
    between: str, speaker: str | None
) -> None:
    text = (
        "Two boats were closing in and firing, a Defence Ministry statement said."
        f'{between}"On sighting the helicopter, the boats tried to escape."'
    )
    found = quotes_of("en", text, mention(text, "Defence Ministry", "organisation"))
    direct = [q for q in found if q.direct]
    assert [q.speaker for q in direct] == [speaker]


def test_quotes_a_person_named_before_a_quotation_stops_the_speaker_carrying_over() -> None:
    # ECB+ dev topic 19: a manager's words, then a councilman's introduced by a verb that
    # is no speech verb; the councilman's are not the manager's.
    text = (
        'Tom Reddick said, "They poured in here like forty of them."\n\n'
        'Councilman Jumaane Williams lamented that a "peaceful vigil devolved into a riot."'
    )
    quotes = quotes_of("en", text, mention(text, "Tom Reddick"), mention(text, "Jumaane Williams"))
    assert [q.speaker for q in quotes] == ["Tom Reddick", None]


def test_quotes_a_person_in_the_attribution_lets_the_speaker_carry_over() -> None:
    # The daughter of someone named in the attribution goes on speaking.
    text = (
        '"I believe he did not win," said Christina Greenway, daughter of Julie Brandau.\n\n'
        '"I am not disappointed and I have no regrets."'
    )
    entities = (mention(text, "Christina Greenway"), mention(text, "Julie Brandau"))
    quotes = quotes_of("en", text, *entities)
    assert [q.speaker for q in quotes] == ["Christina Greenway", "Christina Greenway"]
