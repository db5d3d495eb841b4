"""Who is who among the speakers of a story's quotes and statements: whether two speaker
names name one person, and whether a speaker names anyone at all.

Speaker names are compared without knowing their language, so the lexicon holds the words of
every pack. It is read once per run (``load_speaker_lexicon``, kept on the glossary) and
passed down; its function words are the story lexicons' stopwords, which the glossary has
already read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from silang.compare.text import words
from silang.lang.files import SUPPORTED, read_lines, read_table
from silang.lang.stories import StoriesLexicon, load_stories_lexicon

#: Two spellings of one name ("Heydar"/"Heidar", "Alishbandi"/"Alishvandi") have the same
#: length and differ in one letter; names shorter than SPELT_LETTERS must be written the
#: same ("Andi"/"Anda"), and a name and the word derived from it differ in length
#: ("India"/"Indian").
SPELT_LETTERS = 5
#: A name written with one letter doubled or not ("Peny"/"Penny") has this many letters at
#: least, written once: a shorter one ("Ana"/"Anna") may be two names.
DOUBLED_LETTERS = 4
#: A name shortened in writing ("Abd" for "Abdul", "Muh" for "Muhammad") has this many
#: letters.
SHORT_NAME = 3
#: A word of a speaker: letters, with an apostrophe's tail left off ("Smith's").
_SPEAKER_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class SpeakerLexicon:
    """The words that are no names in a speaker, casefolded, from every pack."""

    #: Words of titles and offices ("bupati", "akbp", "mr", "councilman"): quotes_titles.tsv,
    #: compare_person_titles.tsv and quotes_office_words.txt.
    titles: frozenset[str] = frozenset()
    #: Function words ("the", "dan"): the stopwords of the story lexicons
    #: (StoriesLexicon.stopwords, from stories_stopwords.txt).
    function: frozenset[str] = frozenset()
    #: Nouns of documents and of a body's unnamed voices ("statement", "release",
    #: "spokesman"): the "issued" and "record" rows of quotes_verbs.tsv.
    issued: frozenset[str] = frozenset()
    #: Pairs of letters inside a personal name that outlets write whole or with one letter
    #: left out ("ch": "Rachmat"/"Rahmat"; "iy": "Widiyanto"/"Widyanto"):
    #: quotes_name_spellings.txt.
    spellings: frozenset[str] = frozenset()


def load_speaker_lexicon(
    codes: Iterable[str] = SUPPORTED, stories: Mapping[str, StoriesLexicon] | None = None
) -> SpeakerLexicon:
    """The speaker lexicon of the given language packs (read once per run, then passed
    down). Its function words are those of ``stories``, the packs' story lexicons where
    they are already read (the glossary's), else read here."""
    codes = tuple(codes)
    if stories is None:
        stories = {code: load_stories_lexicon(code) for code in codes}
    titles: set[str] = set()
    function: set[str] = set()
    issued: set[str] = set()
    spellings: set[str] = set()
    for code in codes:
        for title, _kind in (
            *read_table(code, "quotes_titles.tsv"),
            *read_table(code, "compare_person_titles.tsv"),
        ):
            titles.update(title.casefold().split())
        titles.update(w.casefold() for w in read_lines(code, "quotes_office_words.txt"))
        function.update(stories[code].stopwords)
        for role, noun in read_table(code, "quotes_verbs.tsv"):
            if role in ("issued", "record"):
                issued.update(noun.casefold().split())
        spellings.update(p.casefold() for p in read_lines(code, "quotes_name_spellings.txt"))
    return SpeakerLexicon(
        frozenset(titles), frozenset(function), frozenset(issued), frozenset(spellings)
    )


@dataclass(frozen=True)
class SpeakerWords:
    """A speaker read for comparison (speaker_words): worked out once per quote, compared
    with many."""

    #: All its words, lower-cased (compare.text.words): a speaker written alike in two
    #: outlets is one however its words read.
    plain: str
    #: Capitalised words that are neither titles nor function words, casefolded, in order.
    names: tuple[str, ...]
    #: The other words of three letters or more that are no function words, casefolded.
    words: frozenset[str]
    #: The fuller names of its story that ``names`` are a part of (StoryNames.read): a
    #: short form names whoever its story names by it in full ("Wiratama" after "Bupati
    #: Hendra Wiratama"), each of them where there are several. Empty where the story names
    #: no one more fully, or was not read.
    stands_for: tuple[tuple[str, ...], ...] = ()
    #: The spelling pairs of the lexicon that read it (SpeakerLexicon.spellings), to compare
    #: its names with another speaker's.
    spellings: frozenset[str] = frozenset()
    #: The words of the bodies and places its story names (StoryNames.read), casefolded:
    #: what may stand fused before a person's name (_one_longer_name).
    bodies: frozenset[str] = frozenset()


def may_be_one(first: SpeakerWords | None, second: SpeakerWords | None) -> bool:
    """Whether two speakers may name one person: the same person, or a name in common.
    Saying that an outlet gave one person's words to another is an accusation: a shared
    name leaves it open ("Mark Teixeira" and a headline read as a speaker, "Red Sox Will
    Nab Teixeira"; "Kimani Gray" and "Mahnefah Gray" are two people, but the flag waits for
    names that share nothing)."""
    if same_person(first, second):
        return True
    return first is not None and second is not None and bool(set(first.names) & set(second.names))


def same_speaker(a: str | None, b: str | None, lexicon: SpeakerLexicon) -> bool:
    """Whether two speaker names name one person: "Hendra" and "Regent Hendra Wiratama" do,
    "Hendra Wiratama" and "Hendra Saputra" do not (same_person)."""
    return same_person(speaker_words(a, lexicon), speaker_words(b, lexicon))


def same_person(first: SpeakerWords | None, second: SpeakerWords | None) -> bool:
    """Whether two speakers read by speaker_words name one person; a missing speaker names
    no one.

    The names of a speaker are its capitalised words less titles, offices and function
    words ("Bupati", "AKBP", "Mr", "The") and less the place or body a title is of
    ("Brooklyn Councilman"); one person is named by the same names or by a part of them
    ("Bupati Hendra" and "Hendra Wiratama", "Mr. Smith" and "John Smith"), written alike
    (_same_names). Two descriptions without a name ("the police", "a police spokesman") are
    one when the words of one are all words of the other, and so are a description and a
    named speaker described by all its words ("the police" and "police spokesman John
    Doe"). A word both share is not enough: "the", "dan" or "police" in two speakers says
    nothing of who spoke, and "Kimani Gray" and "Mahnefah Gray" are two people.

    A part of a name read in its story (StoryNames.read) names whom its story names by it in
    full: news writes a name in full once, then the surname alone, so "Wiratama" is Hendra
    Wiratama where the story names no other Wiratama, but not where its own article names
    Budi Wiratama. Where the story names two people by it ("Hendra Wiratama", "Budi
    Wiratama"), a bare "Wiratama" in another article is evidence of neither (_fits).
    """
    if first is None or second is None:
        return False
    if first.plain == second.plain and first.stands_for == second.stands_for:
        return True
    if first.names and second.names:
        spelt, bodies = first.spellings, first.bodies | second.bodies
        return (
            _same_names(first.names, second.names, spelt)
            and _fits(first, second, spelt, bodies)
            and _fits(second, first, spelt, bodies)
        )
    if first.names or second.names:
        described, named = (first, second) if second.names else (second, first)
        return bool(described.words) and described.words <= named.words | set(named.names)
    return bool(first.words and second.words) and (
        first.words <= second.words or second.words <= first.words
    )


class StoryNames:
    """The names of people a story's articles write out, to read what a short form of a
    speaker names (same_person). Built once per story and passed down: each speaker is read
    once per article, however many quotes it says."""

    def __init__(
        self,
        named: Mapping[str, Iterable[str]],
        lexicon: SpeakerLexicon,
        bodies: Iterable[str] = (),
    ) -> None:
        """``named``: per article id, the names of people it writes; ``bodies``: the names
        of bodies and places its articles write."""
        self.lexicon = lexicon
        self._bodies = frozenset(w.casefold() for b in bodies for w in _SPEAKER_WORD.findall(b))
        # Each article's names read once, in the order written, each name once.
        read = {
            article: list(
                dict.fromkeys(
                    w.names
                    for w in map(self._words, dict.fromkeys(names))
                    if w is not None and w.names
                )
            )
            for article, names in named.items()
        }
        self._articles = {article: tuple(names) for article, names in read.items()}
        #: Per article, the short names it writes before any fuller name that holds them
        #: (``named`` lists each article's names in the order written): the article's
        #: coreference left them standing alone (extract.coref).
        self._alone = {
            article: _written_first(names, lexicon.spellings) for article, names in read.items()
        }
        self._story = tuple({n for names in read.values() for n in names})
        self._read: dict[tuple[str, str], SpeakerWords | None] = {}

    def _words(self, name: str) -> SpeakerWords | None:
        return speaker_words(name, self.lexicon)

    def read(self, speaker: str | None, article_id: str) -> SpeakerWords | None:
        """``speaker`` of article ``article_id`` read for comparison, with the fuller names it
        stands for: those of its own article, which wrote it out before shortening it; else,
        where its article writes none, those of the story's other articles. Where its
        article names someone by the short form itself before any fuller name (its
        coreference found it no short form of them: "Gigante" used throughout before a
        brother "Louis Gigante" is named, extract.coref), it stands for no one fuller."""
        if not speaker:
            return None
        key = (speaker, article_id)
        if key not in self._read:
            who = self._words(speaker)
            own = self._articles.get(article_id, ())
            spelt = self.lexicon.spellings
            fuller = (
                _fuller(who.names, own, spelt) or _fuller(who.names, self._story, spelt)
                if who is not None and who.names
                else ()
            )
            if who is not None and who.names in self._alone.get(article_id, ()):
                fuller = ()
            self._read[key] = (
                replace(who, stands_for=fuller, bodies=self._bodies) if who and fuller else who
            )
        return self._read[key]


def _written_first(
    read: list[tuple[str, ...]], spelt: frozenset[str]
) -> frozenset[tuple[str, ...]]:
    """The names, in the order written, that come before any fuller name holding them and
    have one after them."""
    return frozenset(
        short
        for n, short in enumerate(read)
        if not _fuller(short, read[:n], spelt) and _fuller(short, read[n + 1 :], spelt)
    )


def _fits(
    short: SpeakerWords, other: SpeakerWords, spelt: frozenset[str], bodies: frozenset[str]
) -> bool:
    """Whether each fuller name ``short`` stands for in its story may name the person
    ``other`` names (in full, or by what its own short form stands for): two people who share
    a surname differ in another name where the other's stands ("Hendra Wiratama", "Budi
    Wiratama"), so a surname that stands for both fits neither alone."""
    return all(
        _one_longer_name(full, named, spelt, bodies)
        for full in short.stands_for
        for named in other.stands_for or (other.names,)
    )


def _one_longer_name(
    first: tuple[str, ...],
    second: tuple[str, ...],
    spelt: frozenset[str],
    bodies: frozenset[str],
) -> bool:
    """Whether two names may be views of one longer name: one is a run of the other's names
    ("Hendra Wiratama" in "Muhammad Hendra Wiratama"), or one ends with names the other
    begins with. A person named with a body before the name ("BPOM RI Penny", an entity cut
    from "Kepala BPOM RI Penny") is still "Penny Kusumastuti Lukito"; "Budi Wiratama" is
    not "Hendra Wiratama", whatever they share."""
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    size = len(shorter)
    if any(
        _same_run(shorter, longer[at : at + size], spelt) for at in range(len(longer) - size + 1)
    ):
        return True
    if size >= 2 and _in_order(shorter, longer, spelt):
        return True
    # Outlets fuse different bodies before one person's name, each taken as a name of its
    # own ("Istiqlal Abu Hurairah" from "Humas Masjid Istiqlal Abu Hurairah", "BPPMI Abu
    # Hurairah Abd Salam" from "Humas BPPMI ..."): past their first words, two names that
    # go on with the same two names are one name after two bodies. The first word must be a
    # body the story names ("Masjid Istiqlal"): two given names before the same two names
    # are two people ("Budi Hendra Wiratama", "Andi Hendra Wiratama"; "Nur Hidayat").
    if (
        size > 2
        and (first[0] in bodies or second[0] in bodies)
        and _same_run(first[1:3], second[1:3], spelt)
    ):
        return True
    # Two names that overlap at their ends are views of one longer name ("BPOM RI Penny",
    # "Penny Lukito"), but one shared name between two two-word names is two people ("Budi
    # Hendra", "Hendra Wiratama"): a one-name overlap needs letters of a body before it.
    return any(
        ((overlap > 1 or len(first) > 2) and _same_run(first[-overlap:], second[:overlap], spelt))
        or (
            (overlap > 1 or len(second) > 2)
            and _same_run(second[-overlap:], first[:overlap], spelt)
        )
        for overlap in range(1, size)
    )


def _in_order(shorter: tuple[str, ...], longer: tuple[str, ...], spelt: frozenset[str]) -> bool:
    """Whether ``longer`` is ``shorter`` with middle names added: the same first and last
    names, the rest in order ("Mary Smith", "Mary Ann Smith")."""
    if not (
        _same_name(shorter[0], longer[0], spelt) and _same_name(shorter[-1], longer[-1], spelt)
    ):
        return False
    rest = iter(longer[1:-1])
    return all(any(_same_name(n, m, spelt) for m in rest) for n in shorter[1:-1])


def _same_run(first: tuple[str, ...], second: tuple[str, ...], spelt: frozenset[str]) -> bool:
    return all(_same_name(a, b, spelt) for a, b in zip(first, second, strict=True))


def _fuller(
    names: tuple[str, ...], known: Iterable[tuple[str, ...]], spelt: frozenset[str]
) -> tuple[tuple[str, ...], ...]:
    """The names of ``known`` that hold every name of ``names`` and more, in a steady order."""
    return tuple(
        sorted(
            full
            for full in known
            if len(full) > len(names)
            and all(any(_same_name(n, m, spelt) for m in full) for n in names)
        )
    )


def _same_name(a: str, b: str, spelt: frozenset[str]) -> bool:
    if a == b:
        return True
    # Most names compared are two people's: the lengths tell at once which test can hold.
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    extra = len(longer) - len(shorter)
    if extra == 0:
        return len(a) >= SPELT_LETTERS and sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(shorter) == SHORT_NAME and longer.startswith(shorter):
        return True
    if extra != 1:
        return False
    if len(longer) >= DOUBLED_LETTERS + 1 and _undoubled(longer, shorter):
        return True
    return len(shorter) >= SPELT_LETTERS and _inner_letter(longer, shorter, spelt)


def _inner_letter(longer: str, shorter: str, spelt: frozenset[str]) -> bool:
    """Whether ``longer`` is ``shorter`` with one letter added inside it, neither first nor
    last, that makes one of the pairs ``spelt`` with a letter beside it: outlets spell a
    personal name's inner sounds their own way, Indonesian ones above all
    ("Widiyanto"/"Widyanto"/"Widianto", "Machmudin"/"Mahmudin"), as they spell one of its
    vowels otherwise ("Heydar"/"Heidar", SPELT_LETTERS). Any other letter added inside makes
    another name ("Kevin"/"Kelvin", "Maria"/"Marina", "Susanti"/"Susianti"); one added at
    the end makes a derived word ("India"/"Indian"), and one at the start another name
    ("Ardi"/"Hardi")."""
    return any(
        longer[:i] + longer[i + 1 :] == shorter
        and (longer[i : i + 2] in spelt or longer[i - 1 : i + 1] in spelt)
        for i in range(1, len(longer) - 1)
    )


def _undoubled(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with one letter doubled: a personal name's spelling
    varies in its double consonants from outlet to outlet ("Efendi"/"Effendi",
    "Muhamad"/"Muhammad", "Peny"/"Penny", "Philips"/"Phillips"). A letter added that
    doubles none is another word ("India"/"Indian")."""
    return any(
        longer[i] == longer[i + 1] and longer[:i] + longer[i + 1 :] == shorter
        for i in range(len(longer) - 1)
    )


def _same_names(first: tuple[str, ...], second: tuple[str, ...], spelt: frozenset[str]) -> bool:
    """Whether two speakers' names name one person: each name of one is a name of the other
    ("Hendra" in "Hendra Wiratama"), the same letters spaced otherwise ("Del Giudice",
    "DelGiudice"), or two views of one longer name, one ending with two names or more that
    the other begins with ("Penjelasan KJRI Davao" and "KJRI Davao City")."""
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    if all(any(_same_name(n, m, spelt) for m in longer) for n in shorter):
        return True
    if "".join(first) == "".join(second):
        return True
    return any(
        len(first) > size < len(second)
        and (first[-size:] == second[:size] or second[-size:] == first[:size])
        for size in range(2, min(len(first), len(second)))
    )


def speaker_words(speaker: str | None, lexicon: SpeakerLexicon) -> SpeakerWords | None:
    """The names and other words of a speaker (same_person); None where there is no
    speaker."""
    if not speaker:
        return None
    names: list[str] = []
    other: set[str] = set()
    #: The names since the last title, function word or mark.
    run: list[str] = []
    #: Names right before a title ("Brooklyn Councilman", "Fulton County District
    #: Attorney"): the place or body of the post when a name follows the title, else names.
    post: list[str] = []
    position = 0
    for match in _SPEAKER_WORD.finditer(speaker):
        word, folded = match.group(), match.group().casefold()
        gap, position = speaker[position : match.start()].strip(), match.end()
        if gap or folded in lexicon.function or len(word) < 2:
            names.extend(post + run)
            post, run = [], []
            if folded in lexicon.function or len(word) < 2:
                continue
        if word[0].isupper() and folded not in lexicon.titles:
            if post and not run:
                other.update(post)
                post = []
            run.append(folded)
            continue
        if run:
            names.extend(post)
            post, run = run, []
        if len(word) > 2:
            other.add(folded)
    names.extend(post + run)
    return SpeakerWords(words(speaker), tuple(names), frozenset(other), spellings=lexicon.spellings)


def names_no_one(speaker: str | None, lexicon: SpeakerLexicon) -> bool:
    """Whether a speaker is only a document or an unnamed voice of a body ("The statement",
    "the release", "a spokesman": quotes_verbs.tsv issued and record nouns): the words are
    someone's, but the speaker says nothing of whose (ECB+ dev topic 12: "the statement"
    quotes the navy's words that another outlet gives to "the navy")."""
    if speaker is None:
        return False
    said = [w for w in words(speaker).split() if w in lexicon.issued or w not in lexicon.function]
    return bool(said) and all(w in lexicon.issued for w in said)
