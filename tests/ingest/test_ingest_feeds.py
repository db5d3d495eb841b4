"""RSS and Atom files: one Document per entry, broken XML, entries without text."""

from __future__ import annotations

from pathlib import Path

import pytest

from silang.ingest import iter_documents
from silang.ingest.feeds import channel_outlet
from silang.model import Document, Rejection
from silang.settings import Settings

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Kabar Rekaan</title><language>in-ID</language>
<item>
  <title>Banjir Rendam 300 Rumah</title>
  <link>https://kabar.example/banjir</link>
  <pubDate>Mon, 28 Oct 2024 09:15:00 +0700</pubDate>
  <dc:creator>Siti Contoh</dc:creator>
  <description>Ringkasan singkat.</description>
  <content:encoded><![CDATA[<p>Banjir merendam 300 rumah.</p><p>Warga mengungsi.</p>]]>
  </content:encoded>
</item>
<item>
  <title>Tanpa Tautan</title>
  <description>Ringkasan berita tanpa tautan.</description>
</item>
<item><title>Kosong</title><link>https://kabar.example/kosong</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Warta Contoh</title>
<entry><title>Harga Beras Naik</title><link href="https://warta.example/beras"/>
<id>urn:beras</id><updated>2024-11-04T08:00:00+07:00</updated>
<author><name>Andi Rekaan</name></author>
<content type="html">&lt;p&gt;Harga beras naik di lima pasar.&lt;/p&gt;</content>
</entry></feed>"""


def _read(tmp_path: Path, name: str, text: str) -> list[Document | Rejection]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(iter_documents([str(path)], Settings()))


def test_ingest_feeds_rss_entry_uses_content_encoded(tmp_path: Path) -> None:
    first = _read(tmp_path, "feed.rss", RSS)[0]
    assert isinstance(first, Document)
    assert first.media == "html"
    assert first.data == b"<p>Banjir merendam 300 rumah.</p><p>Warga mengungsi.</p>"


def test_ingest_feeds_rss_entry_metadata(tmp_path: Path) -> None:
    first = _read(tmp_path, "feed.rss", RSS)[0]
    assert isinstance(first, Document)
    assert (first.source, first.url, first.title, first.outlet, first.author) == (
        "https://kabar.example/banjir",
        "https://kabar.example/banjir",
        "Banjir Rendam 300 Rumah",
        "Kabar Rekaan",
        "Siti Contoh",
    )
    assert (first.published, first.language, first.container) == (
        "2024-10-28T02:15:00+00:00",
        "id",
        str(tmp_path / "feed.rss"),
    )


def test_ingest_feeds_entry_without_link_is_numbered(tmp_path: Path) -> None:
    second = _read(tmp_path, "feed.rss", RSS)[1]
    assert isinstance(second, Document)
    assert (second.source, second.url) == (f"{tmp_path / 'feed.rss'}#2", None)
    assert (second.media, second.data) == ("text", b"Ringkasan berita tanpa tautan.")


def test_ingest_feeds_entry_without_text_is_rejected(tmp_path: Path) -> None:
    third = _read(tmp_path, "feed.rss", RSS)[2]
    assert third == Rejection(
        "https://kabar.example/kosong", "feed entry has neither content nor summary"
    )


def test_ingest_feeds_atom_entry(tmp_path: Path) -> None:
    (entry,) = _read(tmp_path, "atom.xml", ATOM)
    assert isinstance(entry, Document)
    assert (entry.url, entry.author, entry.outlet, entry.published) == (
        "https://warta.example/beras",
        "Andi Rekaan",
        "Warta Contoh",
        "2024-11-04T01:00:00+00:00",
    )
    assert entry.data == b"<p>Harga beras naik di lima pasar.</p>"


def test_ingest_feeds_broken_xml_keeps_recovered_entries(tmp_path: Path) -> None:
    broken = RSS.split("<item><title>Kosong", maxsplit=1)[0] + "<item><title>Putus di tengah"
    items = _read(tmp_path, "broken.xml", broken)
    # The entry cut off before its text is rejected, not dropped.
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Rejection"]


def test_ingest_feeds_broken_xml_without_entries_is_rejected(tmp_path: Path) -> None:
    (item,) = _read(tmp_path, "broken.rss", '<?xml version="1.0"?><rss><channel><title>X<')
    assert isinstance(item, Rejection) and item.reason.startswith("broken feed XML: ")


def test_ingest_feeds_feed_without_entries_is_rejected(tmp_path: Path) -> None:
    (item,) = _read(tmp_path, "empty.rss", "<rss><channel><title>Sepi</title></channel></rss>")
    assert item == Rejection(str(tmp_path / "empty.rss"), "feed has no entries")


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("BeritaKini.id - Nasional", "BeritaKini.id"),
        ("Warta Sari | Berita Terkini Tanjung Barat", "Warta Sari"),
        ("Pacific Wire", "Pacific Wire"),
        ("", None),
        (None, None),
    ],
)
def test_ingest_feed_channel_title_names_the_outlet(title: str | None, outlet: str | None) -> None:
    assert channel_outlet(title) == outlet
