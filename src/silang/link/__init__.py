"""Derivations: which articles copy, rewrite, spin or translate which, and the origins they
form (so that a count of sources is a count of independent origins).

    links = find_links(annotated, {"id": load_derivation_lexicon("id"), ...}, seed=1)
    origin_of = origins([a.article.id for a in annotated], links)
"""

from silang.link.find import find_links
from silang.link.origins import origins
from silang.link.spin import spin_score

__all__ = ["find_links", "origins", "spin_score"]
