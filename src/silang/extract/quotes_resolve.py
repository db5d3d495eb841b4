"""Resolving a speaker mention to a name: pronouns and titles to the nearest fitting person.

"ia", "katanya", "he" stand for the nearest person named before them (outside quotations, and
of the right gender where the text says it: "Pak", "Ms."); a speaker described rather than named
("seorang warga") stays the nearest antecedent when no person was named since. A title or
pointing phrase ("sang menteri", "the minister", "Presiden") takes the nearest person who
carries that title in the article, else the nearest person; "perusahaan itu", "the company",
"it" the nearest organisation, or a body that spoke since it was named ("the navy said").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from silang.extract.quotes_speaker import Mention, Word, words_in
from silang.lang.quotes import QuotesLexicon
from silang.model import Entity

#: Words either side of a person mention searched for the person's titles ("Prime Minister
#: Helen Ashby", "Victor Andrade, the army chief").
TITLE_REACH = 6
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


class Resolver:
    """Resolves mentions in one article."""

    def __init__(
        self,
        text: str,
        entities: Sequence[Entity],
        lexicon: QuotesLexicon,
        quoted: Sequence[tuple[int, int]],
    ) -> None:
        self.lexicon = lexicon
        self.text = text
        outside = [e for e in entities if not any(s <= e.start < t for s, t in quoted)]
        self.persons = [e for e in outside if e.kind == "person"]
        self.organisations = [e for e in outside if e.kind == "organisation"]
        self.titles: dict[str, set[str]] = {}
        self.gender: dict[str, str] = {}
        #: The words of the post written before each person's name ("Menteri Keuangan Sri
        #: Mulyani", "Menteri Keuangan (Menkeu) Sri Mulyani"), for the short forms of posts.
        self.posts: dict[str, set[tuple[str, ...]]] = {}
        #: The short forms written in brackets inside a post ("(Menkeu)").
        self.bracketed: dict[str, set[str]] = {}
        for person in self.persons:
            self._learn(text, person)
            post, bracketed = _post_before(text, person, lexicon)
            if post:
                self.posts.setdefault(person.name, set()).add(post)
                self.bracketed.setdefault(person.name, set()).update(bracketed)
        # A post's short form taken for a name is its holder wherever it stands, so that a
        # pronoun after "Menkeu mengatakan …" finds the minister who spoke.
        self.persons = [replace(p, name=self._holder(p.name)) for p in self.persons]
        #: Persons that open their sentence (its subject, most likely): a pronoun points back
        #: to one of these, or to a speaker, rather than to a person named in passing.
        self.salient = {
            p.start
            for p in self.persons
            if _opens_sentence(text, p, self.persons, lexicon) or _agent_of_speech(text, p, lexicon)
        }
        #: (position, name, described) of each speaker found so far.
        self.spoken: list[tuple[int, str, bool]] = []
        #: Persons and bodies that open their sentence: a side ("pihaknya") named as the
        #: subject after the last speaker is the side the pronoun speaks for.
        self.subjects = [
            e
            for e in sorted((*self.persons, *self.organisations), key=lambda e: e.start)
            if _subject(text, e, lexicon)
        ]

    def _learn(self, text: str, person: Entity) -> None:
        """The titles written next to a person: right before the name ("Prime Minister Helen
        Ashby", "Kapolda Jawa Timur Irjen Nanang"), or set off by commas ("Victor Andrade,
        the army chief," / "the mayor, Frank Dolan")."""
        left = _sentence_start(text, person.start, self.lexicon)
        found = _SENTENCE_END.search(text, person.end)
        right = found.start() if found else len(text)
        attached = _attached(text, left, person, self.lexicon, " .")
        apposed: list[Word] = []
        if text[person.end : person.end + 2] == ", ":
            comma = text.find(",", person.end + 2, right)
            apposed += words_in(text, person.end, comma if comma >= 0 else right)[:TITLE_REACH]
        if text[: person.start].endswith(", "):
            comma = text.rfind(",", left, person.start - 2)
            apposed += words_in(text, max(comma + 1, left), person.start)[-TITLE_REACH:]
        titles = self.titles.setdefault(person.name, set())
        for word in (*attached, *apposed):
            kind = self.lexicon.titles.get(word.key)
            if kind is None:
                continue
            titles.add(word.key)
            # "dr Ahmad" is the one "dokter itu" points to: the short form is the title.
            titles.add(self.lexicon.title_forms.get(word.key, word.key))
            if kind in ("honorific-m", "honorific-f") and word in attached:
                self.gender[person.name] = "male" if kind == "honorific-m" else "female"

    def note(self, at: int, name: str, described: bool) -> None:
        self.spoken.append((at, name, described))

    def resolve(self, mention: Mention, at: int) -> str | None:
        """The name a mention stands for, seen from position ``at`` (its quotation); a post's
        short form read as a name ("Menkeu") stands for the one holder of the post
        (_holder)."""
        if mention.kind == "desc":
            return self._issuer(mention) or mention.key
        name = self._resolve(mention, at)
        return self._holder(name) if name is not None else None

    def _issuer(self, mention: Mention) -> str | None:
        """Who issued the document a described speaker is: "A statement from Surrey police
        said", "a statement of the organisers said" are the police and the organisers
        speaking, as "a Defence Ministry statement said" is the ministry
        (quotes_indirect._issued_by). The phrase is a determiner at most, a document noun
        (_document), a preposition and the issuer, whose own
        leading article is dropped (the articles are the pack's apposition openers: "a",
        "the"); None otherwise."""
        ws = words_in(self.text, mention.start, mention.end)
        k = next((i for i, w in enumerate(ws[:2]) if self._document(w.key)), None)
        if k is None or len(ws) < k + 3 or ws[k + 1].capital:
            return None
        if k and ws[0].key not in self.lexicon.appositions:
            return None  # "a statement", "the statement"; not "his statement"
        preposition = ws[k + 1].key
        if (
            preposition not in self.lexicon.issuer_prepositions
            and preposition not in self.lexicon.agents
        ):
            return None  # a source ("from", "by", "dari", "oleh"), not a place ("in Jakarta")
        rest = ws[k + 2 :]
        if preposition in self.lexicon.issuer_named_after and not (
            rest[0].capital or rest[0].key in self.lexicon.appositions
        ):
            return None  # "a statement of intent", "of support from the union"
        if len(rest) > 1 and rest[0].key in self.lexicon.appositions:
            rest = rest[1:]
        if rest[0].key[:1].isdigit() or any(
            w.key in self.lexicon.time_words or w.key in self.lexicon.time_units for w in rest
        ):
            return None  # a time: "a statement from Monday", "from last week", "from 2019"
        return self.text[rest[0].start : mention.end]

    def _document(self, key: str) -> bool:
        """An ``issued`` noun that names a document, not a person speaking for the body: "a
        spokeswoman for Meridian Airlines" is a person described (a title), and stays."""
        return key in self.lexicon.issued and key not in self.lexicon.titles

    def _holder(self, name: str) -> str:
        """The person whose post ``name`` is the short form of, where the article names one
        person only with that post: Indonesian writes a minister as "Menkeu" (Menteri
        Keuangan) or "Wapres" (Wakil Presiden), and the recogniser takes it for a name, so
        that one official speaks under two names. A short form is one capitalised word that
        is no title of its own; it is the post's when written in brackets in it ("Menteri
        Keuangan (Menkeu) Sri Mulyani") or made of the heads of the post's words from its
        title on (_shortens). Anything else is kept as it is."""
        key = name.casefold()
        if " " in name or key in self.lexicon.titles:
            return name
        holders = {
            person
            for person, posts in self.posts.items()
            if person != name
            and (
                key in self.bracketed.get(person, ())
                or any(_shortens(key, post, self.lexicon) for post in posts)
            )
        }
        return holders.pop() if len(holders) == 1 else name

    def _resolve(self, mention: Mention, at: int) -> str | None:
        if mention.kind == "name":
            return mention.key
        before = min(at, mention.start)
        if mention.kind == "pronoun" and _possessed_side(mention.key, self.lexicon):
            # "Pihaknya" ("his side") is whoever spoke for a side last, person or body,
            # though another person is named in between ("Sensitifitas Kemlu … ditunggu").
            spoken = [(position, name) for position, name, _ in self.spoken if position < before]
            subject = _nearest_entity(self.subjects, before)
            if subject is not None and (not spoken or subject.start > spoken[-1][0]):
                return subject.name
            if spoken:
                return spoken[-1][1]
        if mention.kind == "title" and mention.wants == "organisation":
            repeated = self._repeated(mention, before)
            if repeated is not None:
                return repeated
        if mention.wants == "organisation":
            # A pronoun names no kind of body: "it" is no word of "Microsoft's Fix It" that
            # it could point to, as "the ministry" points to the "Defence Ministry".
            noun = "" if mention.kind == "pronoun" else mention.key
            return self._organisation(before, noun)
        if mention.wants == "body":
            return self._body_before(before)
        if mention.kind == "title":
            # A capitalised title word standing alone that ends a person's name is that
            # person's surname ("King said" after "team president Billy King").
            written = self.text[mention.start : mention.end]
            surnamed = [
                p
                for p in self.persons
                if written[:1].isupper()
                and " " in p.name
                and p.name.casefold().split()[-1] == written.casefold()
            ]
            found = _nearest(surnamed, before) or _first_after(surnamed, before)
            if found is not None:
                return found
            titled = [p for p in self.persons if mention.key in self.titles.get(p.name, ())]
            found = _nearest(titled, before) or _first_after(titled, before)
            if found is not None:
                return found
        fitting = [p for p in self.persons if self._fits(p, mention.wants)]
        speakers = {name for _, name, _ in self.spoken}
        salient = [p for p in fitting if p.start in self.salient or p.name in speakers]
        person = _nearest_entity(salient, before) or _nearest_entity(fitting, before)
        # A speaker described, or a fitting person a pronoun stood for, since the nearest
        # person named: the words go on in theirs ("Pihaknya berpendapat, …" … ", ungkapnya").
        names = {p.name for p in fitting}
        since = [s for s in self.spoken if s[0] < before and (s[2] or s[1] in names)]
        if since and (person is None or since[-1][0] > person.end):
            return since[-1][1]
        if person is not None:
            return person.name
        return _first_after(fitting, before) if mention.kind == "title" else None

    def _repeated(self, mention: Mention, before: int) -> str | None:
        """The body a pointing phrase for a body names again inside it: "pihak apple
        tersebut", "perusahaan Apple itu" stand for the Apple named before, whatever kind
        the recogniser gave it and however it is written; the phrase's noun and determiners
        only point. In a phrase for a person a name is whose post or kin it is ("mantan
        Direktur Bank Dunia tersebut", "rekan Budi itu"), not the one pointed to."""
        inner = " ".join(w.key for w in words_in(self.text, mention.start, mention.end))
        named = [
            e
            for e in (*self.persons, *self.organisations)
            if e.end <= before and f" {e.name.casefold()} " in f" {inner} "
        ]
        return max(named, key=lambda e: e.end).name if named else None

    def _organisation(self, before: int, noun: str) -> str | None:
        """ "it", "perusahaan itu": the nearest organisation, or a body that spoke since
        (named, or described: "the navy said. … , it said"). A pointing noun that names a
        kind of body ("the ministry", "kementerian itu") looks first among the bodies whose
        name holds it ("Defence Ministry"): an organisation named in between ("AK-47s", a
        ship, an outlet) is seldom the one meant."""
        fitting = [o for o in self.organisations if noun in o.name.casefold().split()]
        pool = fitting or self.organisations
        found = _nearest_entity(pool, before)
        names = {o.name for o in pool}
        bodies = [
            s
            for s in self.spoken
            if s[0] < before
            and (s[1] in names or (s[2] and (not fitting or noun in s[1].casefold().split())))
        ]
        if bodies and (found is None or bodies[-1][0] > found.end):
            return bodies[-1][1]
        return found.name if found else None

    def _body_before(self, before: int) -> str | None:
        """A pronoun for a body only where the clause before names one ("mereka", "they",
        in Indonesian mostly people): the body that opens this sentence or the one before
        it, whose subject the pronoun goes on with ("Sebelumnya, Apple juga sudah
        menunjukkan … Mereka juga telah menjelaskan bahwa …"). A sentence before that opens
        with a person, or with a description ("Brand yang … ini mem-posting …"), gives the
        pronoun no body: the nearest organisation named in passing is not its antecedent; nor
        does a count of people named after the body."""
        start = _sentence_start(self.text, before, self.lexicon)
        previous = _sentence_start(self.text, max(0, start - 1), self.lexicon) if start else 0
        subject = _nearest_entity([e for e in self.subjects if e.start >= previous], before)
        if subject is None or subject.kind != "organisation":
            return None
        # A counted group named after the body ("Polres Bogor menangkap tiga pemuda. Mereka
        # mengaku ...") is the nearer plural: "mereka" is the youths, not the police.
        between = words_in(self.text, subject.end, before)
        if any(w.key[:1].isdigit() or w.key in self.lexicon.number_words for w in between):
            return None
        return subject.name

    def _fits(self, person: Entity, wants: str) -> bool:
        known = self.gender.get(person.name)
        return wants not in ("male", "female") or known is None or known == wants


#: The fewest letters of a post's word that its short form keeps ("Men" of "Menteri", "Lu"
#: of "Luar").
SHORT_HEAD = 2


def _post_before(
    text: str, person: Entity, lexicon: QuotesLexicon
) -> tuple[tuple[str, ...], set[str]]:
    """The words of the post written right before ``person`` (casefolded, in order): the
    capitalised and title words up to TITLE_REACH, across spaces and brackets ("Menteri
    Keuangan (Menkeu) Sri Mulyani"); and those of them written alone in brackets."""
    left = _sentence_start(text, person.start, lexicon)
    post = _attached(text, left, person, lexicon, " ()")
    bracketed = {
        word.key
        for word in post
        if text[word.start - 1 : word.start] == "(" and text[word.end : word.end + 1] == ")"
    }
    return tuple(word.key for word in reversed(post)), bracketed


def _attached(text: str, left: int, person: Entity, lexicon: QuotesLexicon, gap: str) -> list[Word]:
    """The capitalised and title words right before ``person``, nearest first, up to
    TITLE_REACH and not before ``left`` (its sentence's start), with nothing but ``gap``'s
    characters between two of them: the title a name carries (Resolver._learn) or its post
    (_post_before)."""
    attached: list[Word] = []
    end = person.start
    for word in reversed(words_in(text, left, person.start)[-TITLE_REACH:]):
        if text[word.end : end].strip(gap) or not (word.capital or word.key in lexicon.titles):
            break
        attached.append(word)
        end = word.start
    return attached


def _shortens(short: str, post: Sequence[str], lexicon: QuotesLexicon) -> bool:
    """Whether ``short`` is the heads of two or more words of ``post`` in a row from a
    title on (of one word or two: "wakil presiden"), SHORT_HEAD letters of each at least:
    "menkeu" of "menteri keuangan", "wapres" of "wakil presiden"."""

    def heads(rest: str, index: int, taken: int) -> bool:
        if not rest:
            return taken > 1
        if index >= len(post):
            return False
        word = post[index]
        return any(
            rest.startswith(word[:size]) and heads(rest[size:], index + 1, taken + 1)
            for size in range(min(len(word), len(rest)), SHORT_HEAD - 1, -1)
        )

    return any(
        any(" ".join(post[index : index + size]) in lexicon.titles for size in (1, 2))
        and heads(short, index, 0)
        for index in range(len(post))
    )


def _sentence_start(text: str, pos: int, lexicon: QuotesLexicon) -> int:
    """Where the sentence holding ``pos`` starts, as far as a title's dot ("Ms.") allows."""
    for match in reversed(list(_SENTENCE_END.finditer(text, 0, pos))):
        before = words_in(text, max(0, match.start() - 12), match.start())
        if (
            before
            and before[-1].end == match.start()
            and (before[-1].key in lexicon.titles or len(before[-1].key) == 1)
        ):
            continue
        return max(match.end(), text.rfind("\n", 0, pos) + 1)
    return text.rfind("\n", 0, pos) + 1


def _opens_sentence(
    text: str, person: Entity, persons: Sequence[Entity], lexicon: QuotesLexicon
) -> bool:
    start = _sentence_start(text, person.start, lexicon)
    if any(start <= p.start < person.start for p in persons):
        return False
    # A name right after a fronted adverbial set off by a comma opens the clause, however
    # long the adverbial ("After nearly a quarter-century of public craziness, Gigante
    # pleaded guilty": ECB+ dev 26_9, where "he told the judge" two sentences on is him).
    lead = text[start : person.start].rstrip()
    fronted = lead.endswith(",") and "," not in lead[:-1]
    return fronted or len(words_in(text, start, person.start)) <= TITLE_REACH


def _agent_of_speech(text: str, person: Entity, lexicon: QuotesLexicon) -> bool:
    """Whether ``person`` is named as the one who said something, after a passive speech
    verb or a source word, across the titles and capitalised words of their post ("Pernyataan
    tersebut disampaikan Karo Penmas Divisi Humas Polri Brigjen Rikwanto", "Hal itu
    dikatakan oleh Kapolres Budi"): a speaker, whom a pronoun in the next sentence ("Dia
    menjelaskan, …") stands for, though the name does not open its sentence."""
    ws = words_in(text, _sentence_start(text, person.start, lexicon), person.start)
    i = len(ws)
    while (
        i > 0
        and len(ws) - i < TITLE_REACH
        and (ws[i - 1].capital or ws[i - 1].key in lexicon.titles)
    ):
        i -= 1
    if i > 0 and text[ws[i - 1].end : (ws[i].start if i < len(ws) else person.start)].strip():
        return False  # a comma or other mark parts the verb from the name
    if i > 1 and ws[i - 1].key in lexicon.agents:
        i -= 1
    return (
        i > 0
        and not ws[i - 1].capital
        and (ws[i - 1].key in lexicon.passive or ws[i - 1].key in lexicon.sources)
    )


def _subject(text: str, entity: Entity, lexicon: QuotesLexicon) -> bool:
    """Whether ``entity`` opens its sentence, after connectives and its post's words only
    ("Sementara itu, Polres Kota Baru ...", "Bupati Kota Baru Hartono ..."; not "Keputusan
    Bupati Sleman ...")."""
    ws = words_in(text, _sentence_start(text, entity.start, lexicon), entity.start)
    return all(
        w.key in lexicon.connectives or w.key in lexicon.titles or (w.capital and i > 0)
        for i, w in enumerate(ws)
    )


def _possessed_side(key: str, lexicon: QuotesLexicon) -> bool:
    """Whether a pronoun of the lexicon is a pointing noun with a possessive clitic:
    "pihaknya" is "pihak" (a side, a party) + "-nya"."""
    return any(
        key.endswith(suffix) and key[: -len(suffix)] in lexicon.anaphor_nouns
        for suffix in lexicon.pronoun_suffixes
    )


def _nearest_entity(entities: Sequence[Entity], before: int) -> Entity | None:
    found = [e for e in entities if e.end <= before]
    return found[-1] if found else None


def _nearest(entities: Sequence[Entity], before: int) -> str | None:
    found = _nearest_entity(entities, before)
    return found.name if found else None


def _first_after(entities: Sequence[Entity], after: int) -> str | None:
    found = [e for e in entities if e.start >= after]
    return found[0].name if found else None
