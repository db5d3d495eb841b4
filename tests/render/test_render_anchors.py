from __future__ import annotations

import re
from pathlib import Path

from silang.pipeline import analyze
from silang.render import write_reports
from silang.render.report import store_report
from silang.settings import Settings
from silang.store import Store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "banjir-lembah-sari"


def test_render_every_claim_and_quote_links_to_its_span_in_the_article(tmp_path: Path) -> None:
    with Store(":memory:") as store:
        analyze([str(EXAMPLE)], store, Settings())
        html = write_reports(store_report(store), tmp_path)["html"].read_text("utf-8")
    found = re.findall(r' id="([^"]+)"', html)
    assert len(found) == len(set(found))  # one element per anchor: a link outlines all of it
    ids = set(found)
    targets = re.findall(r'href="#([^"]+)"', html)
    assert [t for t in targets if t not in ids] == []
    assert any(t.startswith("figure-") for t in targets)
    assert any(t.startswith("quote-") for t in targets)
    assert any(t.startswith("sentence-") for t in targets)
