"""direct_compilations(): a page pasted together from two unlinked pages derives from both,
and origins() then keeps the two apart; versions of one story, and cut-down copies of the
page, stay one origin."""

from __future__ import annotations

from link_records import item, lexicons

from silang.link import find_links, origins
from silang.link.compiled import direct_compilations
from silang.model import Evidence, Link

#: Written for this test: a health page's opening, then first-aid steps from another page.
OPENING = (
    "Stroke is a disease of the nerves that often leaves people disabled or dead. "
    "Among the diseases of the nervous system it is the one that kills the most people. "
    "Doctors say that it is still the main problem of neurology in many hospitals today. "
    "Handling it well needs prevention, therapy and rehabilitation all at the same time. "
)
OWN_FIRST = (
    "The old healers of the coast used needles and warm stones to treat it. "
    "Families kept the stones wrapped in cloth beside the kitchen fire for years. "
    "Some villages still keep a healer who knows which points to press first. "
    "Younger people rarely learn the method now that clinics are close by. "
)
OWN_SECOND = (
    "A reader asked us what to do when a neighbour suddenly falls down at home. "
    "Here is what our health desk found after talking to two nurses this week. "
    "Remember that calm hands help more than a crowd of worried relatives. "
)
STEPS = (
    "Do not move the person from the place where they fell to the bed or the car. "
    "Help them sit up against a wall so that they do not fall a second time. "
    "Prick the tip of each finger with a clean needle until a drop of blood comes out. "
    "Pull both ears until they turn red and prick each earlobe once as well. "
    "After ten minutes take the person to the nearest hospital for proper care. "
)

LENGTHS = {"page": 1000, "opening": 1000, "steps": 800}


def _link(source: str, spans: list[tuple[int, int, int, int, float]], score: float) -> Link:
    """An undirected rewrite between ``source`` and "page"; each span (source start, end,
    page start, end, score)."""
    evidence = tuple(Evidence("sentence", a, b, c, d, s) for a, b, c, d, s in spans)
    return Link(source, "page", "rewrite", score, None, evidence)


def _compilation(score: float) -> list[Link]:
    # "page": the first half of "opening" as written, then most of "steps"; the second
    # source's block also aligns, more loosely, with the first source's own paragraphs.
    opening = _link("opening", [(0, 500, 0, 500, score), (700, 900, 600, 800, 0.6)], 0.6)
    steps = _link("steps", [(100, 600, 500, 1000, score)], 0.7)
    return [opening, steps]


def test_link_compiled_page_keeps_its_sources_apart() -> None:
    links = direct_compilations(_compilation(1.0), LENGTHS)
    assert {(link.a, link.original) for link in links} == {
        ("opening", "opening"),
        ("steps", "steps"),
    }
    # The page stays with the source it carries most of (the higher score).
    found = origins(list(LENGTHS), links)
    assert found == {"page": "steps", "opening": "opening", "steps": "steps"}


def test_link_compiled_source_named_second_is_put_first() -> None:
    # A link listed page-first is turned round, its evidence with it, as verify names them.
    opening, steps = _compilation(1.0)
    turned = Link(
        "page",
        "steps",
        "rewrite",
        0.7,
        None,
        tuple(
            Evidence(e.kind, e.b_start, e.b_end, e.a_start, e.a_end, e.score)
            for e in steps.evidence
        ),
    )
    links = direct_compilations([opening, turned], LENGTHS)
    assert links[1] == Link("steps", "page", "rewrite", 0.7, "steps", steps.evidence)


def test_link_compiled_edited_versions_stay_one_origin() -> None:
    # Versions of one wire story: the same shape, but each paragraph edited (0.8).
    links = direct_compilations(_compilation(0.8), LENGTHS)
    assert all(link.original is None for link in links)
    assert set(origins(list(LENGTHS), links).values()) == {"opening"}


def test_link_compiled_cut_down_copies_stay_one_origin() -> None:
    # Two short pages each cut from "page" (one its first half, one its second): each is
    # nearly all in the page, so the page is their source, not a compilation of them.
    lengths = {"page": 1000, "first": 520, "second": 510}
    links = [
        _link("first", [(0, 500, 0, 500, 1.0)], 0.9),
        _link("second", [(0, 500, 500, 1000, 1.0)], 0.9),
    ]
    assert direct_compilations(links, lengths) == links
    assert set(origins(list(lengths), links).values()) == {"first"}


def test_link_compiled_page_found_by_find_links() -> None:
    # Undated pages: the page takes "first"'s opening and "second"'s steps as written, and
    # "first" and "second" share nothing. Without the rule the page joined them.
    items = [
        item("first", OPENING + OWN_FIRST, language="en"),
        item("second", OWN_SECOND + STEPS, language="en"),
        item("page", OPENING + STEPS, language="en"),
    ]
    links = find_links(items, lexicons())
    assert {(link.a, link.b, link.original) for link in links} == {
        ("first", "page", "first"),
        ("second", "page", "second"),
    }
    found = origins([i.article.id for i in items], links)
    assert found["first"] != found["second"]


#: Written for this test: one wire story in ten paragraphs, which three outlets trim as
#: written, each keeping the lede and paragraphs the others dropped.
WIRE = [
    "A strong earthquake shook the northern coast of the island early on Tuesday morning. ",
    "The quake struck at a depth of ten kilometres under the sea near the port town. ",
    "Residents ran out of their homes and waited in the streets until the sun came up. ",
    "The regional disaster agency said that two old houses collapsed in the hill villages. ",
    "Power was cut for several hours in the port town and in three nearby districts. ",
    "The navy sent two ships with water, tents and medicine to the worst hit villages. ",
    "Schools in the province will stay closed on Wednesday while engineers check them. ",
    "The island sits on a belt of faults that produces many quakes every single year. ",
    "A fisherman said the water pulled back from the beach for a minute after the shaking. ",
    "The weather office lifted a tsunami warning about an hour after the first report. ",
]


def test_link_trimmed_versions_of_one_wire_story_stay_one_origin() -> None:
    # The middle version holds the lede both others keep as written: it is no page pasted
    # from two texts, and the three are one origin.
    first = "".join(WIRE[i] for i in (0, 1, 2, 6, 7))
    second = "".join(WIRE[i] for i in (0, 3, 4, 5, 8, 9))
    middle = "".join(WIRE[i] for i in (0, 1, 2, 3, 4, 5))
    items = [
        item("a", first, language="en"),
        item("b", second, language="en"),
        item("m", middle, language="en"),
    ]
    found = origins(["a", "b", "m"], find_links(items, lexicons()))
    assert len(set(found.values())) == 1
