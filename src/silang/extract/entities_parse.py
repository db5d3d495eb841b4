"""Cutting a run of capitalised words into titles, affiliations and names.

"Kapolres Batu Putih AKBP Dimas Prasetyo" is a regional title, the place it governs, a rank and
a person; "Menteri Keuangan Sri Wulandari" a title with its office words and a person;
"Badan Pusat Statistik" an organisation. Titles, days and months are capitalised in Indonesian
but are not names: they are cut off, and only what is left becomes an entity.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Sequence
from typing import NamedTuple

from silang.extract.entities_runs import Word, is_acronym, is_number
from silang.extract.entities_words import EntityWords, is_demonym
from silang.lang.quotes import QuotesLexicon
from silang.model import EntityKind


class Piece(NamedTuple):
    start: int
    end: int
    kind: EntityKind


class Context(NamedTuple):
    """What the words around a run say about it."""

    #: The run is followed by ", <name>," or "(ACRONYM)": its own tail is no person's name.
    apposition: bool
    #: The lower-case word right before the run, and right after it.
    before: str
    after: str
    #: Nothing but spaces or an opening bracket lies between the run and ``after``: a comma
    #: or a full stop between them parts a month from a figure ("Brian May, 71").
    after_adjacent: bool
    #: A place noun written in lower case stands right before the run, only a space between
    #: ("kawasan Sukmajaya", "daerah Tapos"): a lone word there names the place.
    place_noun: bool
    #: Words known to be (parts of) person names in this text.
    hints: frozenset[str]
    #: Words that occur in lower case somewhere in this text.
    lowercase: frozenset[str]


#: A name after a title is taken to be this many words long when nothing else tells where the
#: office or place before it ends: most names in Indonesian news have two words (dev set: 2 of
#: 3 names cut wrongly with 3, none with 2).
NAME_WORDS = 2


def keys(words: Sequence[Word]) -> str:
    """The words' keys joined by spaces: how the packs' phrase tables are keyed."""
    return " ".join(w.key for w in words)


def match_at(
    words: Sequence[Word],
    i: int,
    table: Container[str],
    longest: int,
    spell: Callable[[Sequence[Word]], str] = keys,
) -> int:
    """The end (exclusive) of the longest phrase of ``table`` starting at word ``i``, or ``i``;
    ``spell`` writes a stretch of words as the table's keys are written."""
    for j in range(min(len(words), i + longest), i, -1):
        if spell(words[i:j]) in table:
            return j
    return i


def _title_at(words: Sequence[Word], i: int, lexicon: QuotesLexicon) -> tuple[int, str] | None:
    j = match_at(words, i, lexicon.titles, lexicon.title_words)
    if j == i:
        return None
    return j, lexicon.titles[keys(words[i:j])]


def gazetteer_at(words: Sequence[Word], i: int, lexicon: QuotesLexicon) -> tuple[int, str] | None:
    """The end of the longest gazetteer entry starting at word ``i`` and its kind, if any."""
    j = match_at(words, i, lexicon.gazetteer, lexicon.gazetteer_words)
    if j == i:
        return None
    return j, lexicon.gazetteer[keys(words[i:j])]


def _piece(words: Sequence[Word], kind: EntityKind) -> Piece:
    return Piece(words[0].start, words[-1].end - words[-1].clitic, kind)


#: An ordinal written in figures ("67th", "21st"): persons are not numbered, so an untitled
#: name after one is a unit, body or place ("the 67th Precinct", "the 82nd Airborne").
_ORDINAL = re.compile(r"\d+[^\W\d_]+")


def parse_run(
    run: Sequence[Word], context: Context, lexicon: QuotesLexicon, known: EntityWords
) -> list[Piece]:
    """The entities in one run of capitalised words."""
    # The day goes first: "Andi Rabu" opening a sentence is Andi, not a feast's two words.
    words = _strip(_strip_date(list(run), context, lexicon, known), context, lexicon)
    words = _strip_demonym(words, context, lexicon, known)
    # "| Editor: Andi Wijaya", "By John Smith", "Photo: ...", "Tangkapan Layar/Facebook": the
    # words of a credit or of a picture's source name no one.
    cut = max(match_at(words, 0, known.credit_words, 1), match_at(words, 0, known.photo_words, 2))
    words = words[cut:]
    if not words:
        return []
    if _people(words, known):
        return [_piece(words, "organisation")]  # a people speaks as a body, not a person
    whole = gazetteer_at(words, 0, lexicon)
    if whole is not None and whole[0] == len(words):
        return [_piece(words, "place" if whole[1] == "place" else "organisation")]
    titles = _titles(words, lexicon)
    if titles and titles[0][0] > 0 and words[-1].key in lexicon.org_tails:
        titles = []  # "Westfield General Hospital": a title word inside a name
    if (
        titles
        and titles[-1][1] == len(words)
        and (len(titles) > 1 or context.before in lexicon.titles)
        and _surname(words, titles[-1], lexicon)
    ):
        titles = titles[:-1]
    if not titles:
        return _classify(words, context, lexicon, known)
    pieces: list[Piece] = []
    prefix = [w for w in words[: titles[0][0]] if w.key not in lexicon.office_words]
    if prefix:
        pieces.extend(_affiliation(prefix, "office", lexicon))
    for (_, end, kind), (start, _, _) in itertools.pairwise(titles):
        middle = _skip_office(words[end:start], lexicon)
        if middle:
            pieces.extend(_affiliation(middle, kind, lexicon))
    _, end, kind = titles[-1]
    final = words[end:] if kind in ("rank",) or kind.startswith("honorific") else None
    if final is not None:
        if final:
            pieces.append(_piece(final, "person"))
        return pieces
    final = _skip_office(words[end:], lexicon)
    if not final:
        return pieces
    if context.apposition:
        return [*pieces, *_affiliation(final, kind, lexicon)]
    split = _name_split(final, kind, context, lexicon)
    # A common word after a title names no one ("Rep. Democratic"), but a month or feast may
    # open the name when more follows: "Rep. Jan Schakowsky", "Gov. April Smith" (_strip).
    if (
        split < len(final)
        and final[split].key in lexicon.not_names
        and not (final[split].key in lexicon.time_words and split + 1 < len(final))
    ):
        split = len(final)
    if split:
        pieces.extend(_affiliation(final[:split], kind, lexicon))
    if split < len(final):
        pieces.append(_piece(final[split:], "person"))
    return pieces


def _surname(words: Sequence[Word], title: tuple[int, int, str], lexicon: QuotesLexicon) -> bool:
    """Whether a one-word title that closes a run is a surname: a title stands before the
    name it gives, so one with nothing after it and a name's word before it ("team president
    Billy King said") is the name's own last word, not a post."""
    start, end, _ = title
    if end - start != 1 or start == 0:
        return False
    before = words[start - 1]
    return (
        not before.initial
        and before.key not in lexicon.office_words
        and not _title_at(words, start - 1, lexicon)
    )


def _strip(run: Sequence[Word], context: Context, lexicon: QuotesLexicon) -> list[Word]:
    """Drop sentence openers, days and months from the start of a run, and runs of office
    words alone ("Foreign" before a lower-case "minister")."""
    words = list(run)
    # Right after "the" a word opens a name even where the text also writes it in lower case:
    # "The Democratic Governors Association ... not democratic".
    after_the = context.before in lexicon.non_person_determiners
    while words:
        first = words[0]
        if _title_at(words, 0, lexicon) or gazetteer_at(words, 0, lexicon):
            break
        # A sentence-initial word also seen in lower case is an ordinary word ("Menurut"),
        # unless it heads a longer name: "Masjid Istiqlal menyerukan" opens with a facility
        # word that the text also uses alone ("area masjid").
        heads = len(words) > 1 and bool(
            match_at(words, 0, lexicon.place_heads, 2) or match_at(words, 0, lexicon.org_heads, 3)
        )
        common = (
            first.initial and first.key in context.lowercase and not is_acronym(first) and not heads
        )
        speech = first.key in lexicon.inverted or first.key in lexicon.sources
        if (
            first.key in lexicon.time_words
            and len(words) > 1
            and not (words[1].key in lexicon.not_names or is_number(words[1]))
        ):
            break  # "Fitri Handayani", "Juni Rahayu": a name that is also a feast or month
        # Inside a sentence a listed word before an organisation's tail is the name's own
        # first word: "Democratic Senatorial Campaign Committee", "Republican Study Committee"
        # (alone, "Democratic" and "Republican" are adjectives and name nothing).
        named = (
            not first.initial
            and first.key not in lexicon.non_person_determiners  # "The Harvard Club" drops it
            # "After Fox News": an opener, not a name
            and (first.key not in context.lowercase or after_the)
            and len(words) > 1
            and words[-1].key in lexicon.org_tails
        )
        if (first.key in lexicon.not_names and not named) or common or speech:
            after_the = first.key in lexicon.non_person_determiners
            words = words[1:]
            continue
        break
    if all(w.key in lexicon.office_words for w in words):
        return []
    if len(words) == 2 and words[-1].key in lexicon.time_words:
        first = words[0]
        # "Menjelang Lebaran", "Idul Fitri": a feast, not a name; "Rizky Ramadhan" is one.
        if first.initial or first.key in lexicon.not_names:
            return []
    return words


def _strip_date(
    words: list[Word], context: Context, lexicon: QuotesLexicon, known: EntityWords
) -> list[Word]:
    """Drop a weekday, or a month that a figure or a date word follows, from the end of a
    run: "kata Budi Santoso Senin (12/3)", "said John Smith Monday", "Ahmad Fauzi Maret lalu"
    give the name alone, while "Theresa May said", "Brian May, 71" (a comma parts the figure)
    and "April Jones" keep theirs, as does a place whose own word is the day ("Pasar Minggu").
    One word left that names a day with it ("Super Tuesday", "Black Friday") is no name
    wherever it stands ("Retailers said Black Friday was strong"). Another is a name beside a
    speech verb ("ujar Andi Rabu"), where known as one ("kepada Antara Selasa"), and after a
    place preposition ("in Queens Friday night") or inside a sentence ("met Smith Friday
    night") where the text never writes it in lower case; else the run named the day."""
    if len(words) < 2:
        return words
    last, after = words[-1].key, context.after
    dated = context.after_adjacent and (
        after[:1].isdigit() or (after in known.after_month and last not in known.word_months)
    )
    day = last in known.weekdays or (last in known.months and dated)
    if not day or _day_in_place(words, lexicon, known):
        return words
    rest = words[:-1]
    word = rest[0]
    if len(rest) == 1 and word.key in known.day_names:
        return []  # the run named the day, whatever stands around it: "said Black Friday was"
    named = (
        context.before in lexicon.inverted
        or after in lexicon.finite
        or word.key in context.hints
        or word.key in lexicon.titles
        or word.key in lexicon.gazetteer
        or is_acronym(word)
        or "." in word.text  # an outlet's domain: "Republika.co.id Selasa"
        or (context.before in lexicon.place_prepositions and word.key not in context.lowercase)
        or (
            not word.initial
            and word.key not in lexicon.not_names
            and word.key not in context.lowercase
        )
    )
    if len(rest) == 1 and not named:
        return []
    return rest


def _day_in_place(words: Sequence[Word], lexicon: QuotesLexicon, known: EntityWords) -> bool:
    """Whether the run's last word, a day, belongs to a place: a gazetteer entry ends at it or
    a head of places named after a day stands right before it ("Pasar Minggu", "Stasiun Pasar
    Minggu"). Other place heads do not keep it: "Istana Senin (12/3)" is the palace on a
    Monday, and English heads are surnames too ("Kanye West Monday")."""
    n = len(words)
    return _head_ends_at(words, n - 2, (known.day_place_heads,)) or any(
        match_at(words, i, lexicon.gazetteer, lexicon.gazetteer_words) == n for i in range(n - 1)
    )


def _strip_demonym(
    words: list[Word], context: Context, lexicon: QuotesLexicon, known: EntityWords
) -> list[Word]:
    """A people's adjectives that open a run ("Israeli", "African American") name no one:
    alone they are none ("Israeli officials", "an American voter"), and before a title the
    title's person is named alone ("Israeli Prime Minister Mira Dahan"). Other runs keep them:
    the adjective opens a name there ("Palestinian Authority", "American Enterprise
    Institute"), and a people named by its plural is kept ("Mexicans say", _people). A word
    the text gives inside a person's name is that name ("Dawn French ... French said")."""
    n = _leading_demonyms(words, known)
    if n == 0 or any(w.key in context.hints for w in words[:n]):
        return words
    if n == len(words):
        return words if _people(words, known) else []
    if _title_at(words, n, lexicon) is not None:
        return words[n:]
    return words


def _leading_demonyms(words: Sequence[Word], known: EntityWords) -> int:
    n = 0
    while n < len(words) and is_demonym(words[n].key, known):
        n += 1
    return n


def _people(words: Sequence[Word], known: EntityWords) -> bool:
    """Whether the run, never empty, is a people named by its plural noun ("Israelis",
    "African Americans")."""
    return _leading_demonyms(words, known) == len(words) and words[-1].key not in known.demonyms


def _titles(words: Sequence[Word], lexicon: QuotesLexicon) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each title in the run. Inside an organisation's name an office
    word is part of the name ("Kantor Staf Presiden"); only a rank still starts a person."""
    found: list[tuple[int, int, str]] = []
    organisation = match_at(words, 0, lexicon.org_heads, 3) > 0
    named = False  # a name has begun after a rank: "Dr. Lukman Hakim" holds no judge
    i = 0
    while i < len(words):
        title = _title_at(words, i, lexicon)
        if title is not None and not named and (not organisation or title[1] == "rank"):
            found.append((i, title[0], title[1]))
            i = title[0]
            organisation = False
            continue
        named = bool(found) and (found[-1][2] == "rank" or found[-1][2].startswith("honorific"))
        i += 1
    return found


def _skip_office(words: Sequence[Word], lexicon: QuotesLexicon) -> list[Word]:
    """What follows an office's words ("Pemuda dan Olahraga") after a title."""
    i = 0
    while i < len(words):
        word = words[i]
        connector = word.key in lexicon.org_connectors and i + 1 < len(words) and i > 0
        if (word.key in lexicon.office_words and not is_acronym(word)) or connector:
            i += 1
            continue
        break
    return list(words[i:])


def _affiliation(words: Sequence[Word], title: str, lexicon: QuotesLexicon) -> list[Piece]:
    """The organisation or place a title belongs to: "BPBD Lembah Sari", "Jawa Barat"."""
    if not words:
        return []
    organisation = match_at(words, 0, lexicon.org_heads, 3) or is_acronym(words[0])
    if title == "regional" and not organisation:
        return [_piece(words, "place")]
    known = gazetteer_at(words, 0, lexicon)
    if known is not None:
        rest = words[known[0] :]
        if all(w.key in lexicon.place_tails for w in rest):
            return [_piece(words, "place" if known[1] == "place" else "organisation")]
        return [_piece(words, "organisation")]
    if organisation:
        return [_piece(words, "organisation")]
    if match_at(words, 0, lexicon.place_heads, 2):
        return [_piece(words, "place")]
    if words[-1].key in lexicon.place_tails:
        return [_piece(words, "place")]
    return [_piece(words, "organisation")]


def _name_split(words: Sequence[Word], title: str, context: Context, lexicon: QuotesLexicon) -> int:
    """Where the name starts in what follows a title: after the known affiliation words,
    at a word known as a name elsewhere in the text, else NAME_WORDS from the end."""
    k = 0
    pending = False
    while k < len(words):
        known = gazetteer_at(words, k, lexicon)
        head = max(
            match_at(words, k, lexicon.org_heads, 3), match_at(words, k, lexicon.place_heads, 2)
        )
        if known is not None:
            k, pending = known[0], False
        elif head > k:
            k, pending = head, True
        elif (
            is_acronym(words[k])
            or is_number(words[k])
            or pending
            or (k and words[k].key in lexicon.place_tails)
        ):
            k, pending = k + 1, False
        else:
            break
    if lexicon.affiliation_first:
        k, pending = 0, False  # "UNHCR spokesperson Olga Sarrazin": nothing between
    rest = len(words) - k
    if rest <= 0:
        return len(words)
    if (
        title == "regional"
        and len(words) == 1
        and words[0].key not in context.hints
        and words[0].key not in lexicon.aliases
        and context.after in lexicon.anaphor_after
    ):
        # "kata mantan Camat Rungkut ini": a demonstrative points back to a person named
        # before, so the one word is the title's place; "kata Camat Budi kepada wartawan"
        # names Budi.
        return 1
    if rest <= NAME_WORDS and not pending:
        return k
    # A word used as a name elsewhere ("kata Andi") starts the name, unless it is the last
    # word (a surname: "Wijaya" says where the name ends, not where it starts).
    for h in range(k, len(words) - 1):
        if words[h].key in context.hints and (h > k or not pending):
            return h
    # Straight after an office ("Presiden Susilo Bambang Yudhoyono") a name may be longer; after
    # a place or an organisation the split is a guess.
    if rest <= NAME_WORDS or (title == "office" and k == 0 and rest <= NAME_WORDS + 1):
        return k
    return k + rest - NAME_WORDS


def _classify(
    words: Sequence[Word], context: Context, lexicon: QuotesLexicon, vocab: EntityWords
) -> list[Piece]:
    """A run without a title: an organisation, a place or a person by its head, tail,
    gazetteer entry and surroundings."""
    first, last = words[0], words[-1]
    several = len(words) > 1
    english_heads = lexicon.org_tails  # languages with head-final names need two words
    if "." in first.text and not several and first.text[-1].isalpha():
        return [_piece(words, "organisation")]  # a domain: "KABARNUSA.com"
    split = _known_name_after_affiliation(words, context, lexicon) if several else None
    if split is not None:
        return [*_affiliation(words[:split], "office", lexicon), _piece(words[split:], "person")]
    head = match_at(words, 0, lexicon.org_heads, 3)
    if head and (several or not (english_heads or first.initial)):
        return [_piece(words, "organisation")]
    if several and last.key in lexicon.org_tails:
        return [_piece(words, "organisation")]
    if several and match_at(words, 0, lexicon.place_heads, 2):
        return [_piece(words, "place")]
    if several and last.key in lexicon.place_tails:
        return [_piece(words, "place")]
    known = gazetteer_at(words, 0, lexicon)
    held = _held(words, known, context, lexicon, vocab) if known is not None and several else None
    if held is not None:
        return held
    if known is not None and _named_after_place(words, context, lexicon, vocab):
        return [_piece(words, "person")]
    if known is not None:
        return _affiliation(words, "office", lexicon)
    if is_acronym(first):
        return [_piece(words, "organisation")]
    if context.before in lexicon.non_person_determiners or _ORDINAL.fullmatch(context.before):
        return [_piece(words, "organisation")]
    if (
        several
        and last.key in lexicon.not_names
        and last.key not in lexicon.time_words
        and context.after in lexicon.noun_after
    ):
        # A common word closes no person's name: a capitalised "Tahun" before "ini" / "lalu"
        # ("Lele Tahun lalu dijual murah") is the time phrase's noun, not a surname. A month
        # or feast may be one ("Rizky Ramadhan", _strip).
        return _classify(words[:-1], context, lexicon, vocab)
    office = _office_of_body(words, context, lexicon) if several else None
    if office is not None:
        return [_piece(words, office)]
    if several:
        return [_piece(words, "person")]
    if len(first.key) == 1:
        return []  # a letter: "plan B"
    placed = context.before in lexicon.place_prepositions or context.place_noun
    if placed and first.key not in context.hints:
        return [_piece(words, "place")]
    if first.key in lexicon.aliases or first.key in context.hints:
        return [_piece(words, "person")]
    if first.initial and context.after not in lexicon.finite:
        return []
    return [_piece(words, "person")]


def _held(
    words: Sequence[Word],
    known: tuple[int, str],
    context: Context,
    lexicon: QuotesLexicon,
    vocab: EntityWords,
) -> list[Piece] | None:
    """A run opening with a listed place in the possessive ("Arizona's ..."), ``known`` its
    gazetteer entry: the place, then what it holds, where the words tell what that is. An
    adjective or a month after it is nothing ("Nevada's Democratic party", "Florida's Aug. 30
    primary"); an organisation stands apart ("Britain's Parliament"), a place where listed or
    named by several words ("Turkey's Syria", "Chicago's South Side"), a person where the text
    writes none of the name's words in lower case ("Arizona's John McCain"); one the text names
    alone ("Switzerland's Trump") was split off before (_known_name_after_affiliation). Else
    None: the whole run is read as before."""
    end, kind = known
    if kind != "place" or not words[end - 1].clitic:
        return None
    place = _piece(words[:end], "place")
    rest = list(words[end:])
    while rest and rest[0].key in lexicon.not_names:
        rest = rest[1:]
    if not rest or (len(rest) == 1 and rest[0].key in lexicon.time_words):
        return [place]
    pieces = _classify(rest, context, lexicon, vocab)
    if len(rest) == 1:
        listed = rest[0].key in lexicon.gazetteer
        clear = {p.kind for p in pieces} == {"organisation"} or listed
    else:
        clear = not any(p.kind == "person" for p in pieces) or not any(
            w.key in context.lowercase for w in rest
        )
    return [place, *pieces] if pieces and clear else None


def _named_after_place(
    words: Sequence[Word], context: Context, lexicon: QuotesLexicon, vocab: EntityWords
) -> bool:
    """Whether a two-word run opening with a place that is also a given name is a person:
    "Virginia Giuffre", "Tennessee Williams". The second word must be one no list knows and
    the text never writes in lower case: "Georgia Democrats", "Virginia voters", "Georgia
    Tech" (an organisation's tail), "Sydney Harbour" (a place's tail) and "Georgia's ..."
    (_held) stay the place's."""
    first, second = words[0], words[-1]
    return (
        len(words) == 2
        and first.key in vocab.given_places
        and not first.clitic
        and not is_acronym(second)
        and second.key not in lexicon.not_names
        and second.key not in lexicon.gazetteer
        and second.key not in lexicon.place_tails
        and second.key not in lexicon.org_tails
        and second.key not in context.lowercase
    )


def _office_of_body(
    words: Sequence[Word], context: Context, lexicon: QuotesLexicon
) -> EntityKind | None:
    """What an untitled run of office words and then a body is, if it is one: an organisation
    ("Humas BNN Pusat", "Dok/Humas Polri" on a picture's line, "Humas Badan Pengelola Masjid
    Raya (BPMR)"), whose office speaks for it, as a unit of it; no one is named. Where the body
    opens with a place's head ("Pusat Kota Bandung", "Humas Masjid Raya"), the run is that
    place: never a person, and no body is told."""
    n = 0
    while n < len(words) and words[n].key in lexicon.office_words and not is_acronym(words[n]):
        n += 1
    if n == 0 or n == len(words):
        return None
    # The body is told by its own words, never by where a guess ends: a gazetteer entry, a
    # short form with office words or place tails after it ("BNN Pusat"), or a run opening with
    # a head ("Badan Pelaksana ...", "Masjid Raya"). "Humas BPPMI Abu Hurairah" goes on to a
    # name, which a short form alone does not rule out.
    body = words[n:]
    known = gazetteer_at(body, 0, lexicon)
    if known is not None and known[1] == "place":
        # "Warga Negara Indonesia" (citizens) reads "Negara Indonesia": who speaks there is
        # no place, and a guess at one would drop the statement.
        return None
    if known is not None or is_acronym(body[0]):
        tail = body[known[0] if known is not None else 1 :]
        ok = all(w.key in lexicon.office_words or w.key in lexicon.place_tails for w in tail)
        return "organisation" if ok else None
    # A head opens a body whose end the words do not tell, and a name may follow it: "Humas
    # Universitas Indonesia Amelita Lusia mengatakan". Only a run set off from a name ("...
    # (BPMR), Rahmat Hidayat,") or one that does not speak is the office alone.
    speaks = context.after in lexicon.finite or context.before in lexicon.inverted
    if speaks and not context.apposition:
        return None
    if match_at(body, 0, lexicon.org_heads, 3):
        return "organisation"
    return "place" if match_at(body, 0, lexicon.place_heads, 2) else None


def _known_name_after_affiliation(
    words: Sequence[Word], context: Context, lexicon: QuotesLexicon
) -> int | None:
    """Where a person's name starts in an untitled run that opens with an organisation or
    place: "(BPBD) Lembah Sari Sri Lestari Wulandari" once "kata Sri Lestari" has named her
    (``context.hints`` holds the words of names found elsewhere in the text). A name's own
    words never split it: the word before the split must not be a known name word. A place or
    organisation head is a common noun that names nothing alone ("Kota", "Lembah", "Gedung"):
    the word after it is the place's own even when someone in the text bears it as a name
    ("Kota Sari", "(BPBD) Lembah Sari Sri Lestari Wulandari"), so no split falls right after a
    head, and the word after a head does not keep the next word from starting the name."""
    heads = (lexicon.place_heads, lexicon.org_heads)
    for split in range(1, len(words)):
        if words[split].key not in context.hints or _head_ends_at(words, split - 1, heads):
            continue
        if words[split - 1].key in context.hints and not _head_ends_at(words, split - 2, heads):
            continue
        prefix = words[:split]
        if (
            match_at(prefix, 0, lexicon.org_heads, 3)
            or match_at(prefix, 0, lexicon.place_heads, 2)
            or gazetteer_at(prefix, 0, lexicon) is not None
        ):
            return split
    return None


def _head_ends_at(words: Sequence[Word], i: int, heads: Sequence[frozenset[str]]) -> bool:
    """Whether a head of ``heads`` (place or organisation heads: "kota", "stasiun geofisika")
    ends at word ``i``."""
    for length in (1, 2, 3):
        if i - length + 1 < 0:
            break
        key = keys(words[i - length + 1 : i + 1])
        if any(key in table for table in heads):
            return True
    return False
