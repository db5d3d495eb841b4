"""Which outlet a name, a credit or a mention in running text stands for.

An outlet is matched to a credit or a mention by the names it is known by (``name_keys``):
its domain's registered label or its name run together, case folded, without "www.",
"m." and the TLD, with and without a site word at the end ("news", "online", "com":
"Antara" for antaranews.com, "detikcom" for detik.com) or a press word at the start
("Harian", "Kantor Berita"), and with an edition host after a network's name ("Tribun
Medan" for medan.tribunnews.com). No table of names is kept: of the credit and dateline
names on the dev articles, the only ones not matched so to their page's host are an acronym
("SI Online" on suara-islam.com) and a name of unknown tie ("Garuda News" on bdp.co.id),
and no dev pair turns on either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from silang.extract.metadata import outlet_key
from silang.model import Article

#: Outlet keys shorter than this are not matched by suffix ("ap" would match "liputan6ap").
MIN_SUFFIX = 4


def same_outlet(left: str | None, right: str | None) -> bool:
    """One outlet under two names: equal keys, one a suffix of the other as a section host
    is of its site ("inet.detik.com" credited as "detik.com", "bengkulu.antaranews.com" as
    "antaranews"), or a name the outlet is known by in common (``name_keys``: "Antara" and
    "antaranews.com", "JPNN" and "m.jpnn.com")."""
    a, b = outlet_key(left), outlet_key(right)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    if a == b or (len(short) >= MIN_SUFFIX and long.endswith(short)):
        return True
    sections = {_section(left), _section(right)}
    if "" not in sections and len(sections) > 1:
        return False  # two editions of one network: solo.tribunnews.com, medan.tribunnews.com
    return bool(name_keys(left) & name_keys(right))


#: Words a site adds to its newsroom's name, at the end of its domain or name ("ANTARA News"
#: at antaranews.com, "Tribun" at tribunnews.com, "Waspada Online", "VIVAnews", detik's own
#: "detikcom"): the newsroom is credited without them ("Sumber: Antara", "(ANTARA) -").
SITE_WORDS = ("news", "online", "com")
#: Words before a newspaper's name that are no part of its site's ("Harian Kompas" at
#: kompas.id, "Kantor Berita Antara"): a credit may carry them.
PRESS_WORDS = ("kantorberita", "harian", "koran", "majalah", "tabloid")
#: Keys shorter than this are left out: "ap", "tv" would match too much.
MIN_KEY = 4


def name_keys(outlet: str | None) -> frozenset[str]:
    """The names an outlet is known by, case and spacing folded: the domain's registered
    label without "www." and "m." ("m.republika.co.id" → "republika") or the whole name
    ("ANTARA News" → "antaranews"); that key without a site word at its end
    (``SITE_WORDS``: "antara") or a press word at its start (``PRESS_WORDS``: "Harian
    Kompas" → "kompas"); and, for an edition or section host, each of those with the
    section after it, as networks name them ("Tribun Medan" for medan.tribunnews.com,
    "detikINET" for inet.detik.com). Empty when unknown."""
    full = registered(outlet)
    keys = {full}
    for word in SITE_WORDS:
        if full.endswith(word):
            keys.add(full.removesuffix(word))
    for word in PRESS_WORDS:
        if full.startswith(word):
            keys.add(full.removeprefix(word))
    section = _section(outlet)
    if section.isalnum():  # one section label: "medan", not "kab.medan"
        keys |= {key + section for key in keys}
    return frozenset(key for key in keys if len(key) >= MIN_KEY)


#: Host labels before a site's name that are no section of it.
_NO_SECTION = frozenset(["www", "m", "mobile", "amp"])


def _section(outlet: str | None) -> str:
    """The section or edition host of a domain ("solo" for solo.tribunnews.com, "news" for
    news.detik.com); empty for the site itself, its "www." and "m." hosts, and a name that
    is no domain."""
    name = (outlet or "").strip().lower()
    if " " in name or "." not in name:
        return ""
    labels = _below_top_level(name)
    named = [i for i, x in enumerate(labels) if x not in _DOMAIN_LABELS]
    sections = [x for x in labels[: named[-1]] if x not in _NO_SECTION] if named else []
    return ".".join("".join(ch for ch in x if ch.isalnum()) for x in sections)


def _below_top_level(name: str) -> list[str]:
    """The labels of a domain without its top level, which never names the outlet
    ("bbc.co.uk", "cbc.ca", "x.today"); a single label ("Tempo." ending a sentence) is kept."""
    labels = [x for x in name.split(".") if x]
    return labels[:-1] if len(labels) > 1 else labels


def registered(outlet: str | None) -> str:
    """The registered label of a domain ("bali.antaranews.com" → "antaranews"), or a
    name's words run together ("ANTARA News" → "antaranews"), lower case, letters and
    digits only. A name as a text writes it folds so too ("VIVA.co.id" → "viva",
    "detikHealth" → "detikhealth", "Tempo." at a sentence's end → "tempo")."""
    if not outlet:
        return ""
    name = outlet.strip().lower()
    if " " not in name and "." in name:
        labels = [x for x in _below_top_level(name) if x not in _DOMAIN_LABELS]
        name = labels[-1] if labels else ""
    return "".join(ch for ch in name if ch.isalnum())


def credits_outlet(article: Article, outlet: str | None) -> bool:
    """Whether ``article`` names ``outlet`` as its source or wire."""
    if not outlet_key(outlet) or same_outlet(outlet, article.outlet):
        return False
    return any(
        credit.relation in ("copied-from", "cited", "wire") and same_outlet(credit.outlet, outlet)
        for credit in article.credits
    )


#: Domain labels that say nothing of the outlet ("nasional.republika.co.id" is "republika").
_DOMAIN_LABELS = frozenset(
    [
        "www",
        "com",
        "co",
        "id",
        "net",
        "org",
        "or",
        "go",
        "ac",
        "web",
        "my",
        "info",
        "biz",
        "xyz",
        "tv",
        "news",
        "online",
        "site",
        "blog",
    ]
)
#: A brand shorter than this is too likely an ordinary word ("dream", "kabar") to count.
MIN_BRAND = 5
_TOKEN = re.compile(r"[^\W_][\w.]*")


def brand(outlet: str | None) -> str:
    """The name an outlet is known by in running text: the last meaningful label of its
    domain ("inet.detik.com" → "detik"), or the first word of its name ("ANTARA News" →
    "antara"); empty when unknown or too short to tell from an ordinary word."""
    if not outlet:
        return ""
    name = outlet.strip().lower()
    labels = [x for x in name.split(".") if x and x not in _DOMAIN_LABELS]
    if " " in name:
        found = name.split()[0]  # "ANTARA News" is "Antara" in running text
    elif "." in name and labels:
        found = labels[-1]
    else:
        found = outlet_key(outlet)
    found = "".join(ch for ch in found if ch.isalnum())
    return found if len(found) >= MIN_BRAND else ""


def mentions_outlet(
    article: Article, outlet: str | None, newsrooms: frozenset[str] = frozenset()
) -> bool:
    """Whether ``article`` names ``outlet`` in its text as a name ("Republika", "detikINET",
    "halalmui.org", "Halal Corner" for halalcorner.id): a copy keeps its source's "kepada
    Republika". The brand alone counts only capitalised and inside a sentence: "detik" and a
    sentence-opening "Suara" are words. The outlet's other names (``name_keys``) count
    only as they are written (``_names_plainly``), and a name without its site word
    ("Antara" for antaranews.com, "Depok" for depoknews.id) only where ``newsrooms`` lists
    it: a place or a word is named so too."""
    if not outlet_key(outlet) or same_outlet(outlet, article.outlet):
        return False
    own = outlet_key(article.outlet)
    text = article.raw_text
    folded = text.lower().replace(" ", "")
    name = brand(outlet)
    names = {x for x in _mention_keys(outlet, newsrooms) | {name} if x and x not in own}
    names = {x for x in names if x in folded}  # the common case: none, without a pass
    if name in names and _names_brand(text, name):
        return True
    return any(_names_plainly(text, x) for x in names)


def _mention_keys(outlet: str | None, newsrooms: frozenset[str]) -> set[str]:
    """The outlet's names that a mention may use beside its brand: its registered label,
    and its other keys that ``newsrooms`` lists."""
    full = registered(outlet)
    return {key for key in name_keys(outlet) if key == full or key in newsrooms}


def _names_brand(text: str, name: str) -> bool:
    """Whether the text writes the brand as a name: a word that starts with it ("detikINET",
    "Republika.co.id"), the brand capitalised inside a sentence, or spaced into words."""
    for match in _TOKEN.finditer(text):
        token = match.group().rstrip(".").removeprefix("www.")
        if not token.lower().startswith(name):
            continue
        if len(token) > len(name) or _capitalised_inside(text, match.start(), token):
            return True
    return _names_in_words(text, name)


def _capitalised_inside(text: str, start: int, token: str) -> bool:
    """Whether the word at ``start`` is capitalised and not the first of its sentence."""
    before = text[:start].rstrip()
    return token[0].isupper() and bool(before) and before[-1] not in ".!?:\"“”'"


#: A tag in brackets that closes a story or a paragraph: "(jpnn)", "(jpnn/fat)", "(ANTARA)";
#: and a name after a source cue in running text, in any case ("(Sumber: okezone)",
#: "Sumber : jpnn"), where the credit reader takes only whole credit lines.
_TAG = re.compile(r"\(\s*([^\W_][\w.]*)\s*(?:/[^()]{0,30})?\)")
_SOURCE_CUE = re.compile(r"(?i)\b(?:sumber|source)\s*:\s*([^\W_][\w.]*)")


def _names_plainly(text: str, name: str) -> bool:
    """Whether the text writes the name as a name and not a word: with a domain after it
    ("jpnn.com"), as a bracketed tag or after a source cue ("(jpnn)", "(netralitas)",
    "Sumber: jpnn"), alone and capitalised inside a sentence ("kepada Antara") or, a name
    too short for that, in capitals ("JPNN"; "INILAH" and "FAKTA" open shouted
    headings)."""
    for match in _TOKEN.finditer(text):
        token = match.group().rstrip(".").removeprefix("www.")
        lowered = token.lower()
        if lowered.startswith(name + "."):
            return True
        if lowered != name:
            continue
        short = len(name) < MIN_BRAND
        if token.isupper() if short else _capitalised_inside(text, match.start(), token):
            return True
    tags = (*_TAG.finditer(text), *_SOURCE_CUE.finditer(text))
    return any(tag.group(1).rstrip(".").lower() == name for tag in tags)


#: Capitalised words in a row: where a brand written as separate words ("Halal Corner" for
#: halalcorner.id, "Liputan 6" for liputan6.com) can stand.
_CAPITALISED_RUN = re.compile(r"(?<![\w.])[A-Z0-9]\w*(?: [A-Z0-9]\w*)+(?!\w)")
#: The most words a brand is written in.
SPACED_WORDS = 3


def _names_in_words(text: str, name: str) -> bool:
    """Whether the text writes the brand as two or three capitalised words that run together
    into it: a community or a newsroom is named so in running text, and its domain is the
    same words without the spaces."""
    for run in _CAPITALISED_RUN.findall(text):
        words = run.lower().split()
        for start in range(len(words) - 1):
            for end in range(start + 2, min(start + SPACED_WORDS, len(words)) + 1):
                if "".join(words[start:end]) == name:
                    return True
    return False


def newsroom_brands(names: Iterable[str]) -> frozenset[str]:
    """The keys (``registered``) of known newsroom names ("Republika", "REPUBLIKA.CO.ID",
    "JPNN"). Names of several words are left out: their first word is often generic
    ("Harian Kompas", "Media Indonesia"), and the one-word name is listed beside them."""
    one_word = (registered(name) for name in names if " " not in name.strip())
    return frozenset(key for key in one_word if len(key) >= MIN_KEY)


def is_newsroom(outlet: str | None, newsrooms: frozenset[str]) -> bool:
    """Whether one of the outlet's names (``name_keys``) is a known newsroom's: "jpnn.com"
    is JPNN's site, "m.tribunnews.com" Tribunnews's, "ANTARA News" Antara's."""
    return bool(name_keys(outlet) & newsrooms)
