"""Build examples/banjir-lembah-sari/archive.warc.gz from the pages in warc-src/banjir-lembah-sari/.

Run with the project's virtual environment from anywhere:

    /work/main/.venv/bin/python examples/banjir-lembah-sari/make_warc.py

The output is byte-for-byte reproducible: WARC-Date values and record ids are fixed (ids are
UUID5s of the target URI and record type), and zlib's gzip header carries no timestamp.
"""

from __future__ import annotations

import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "banjir-lembah-sari"
OUT = HERE.parent / "banjir-lembah-sari" / "archive.warc.gz"

#: (target URI, source file, capture time, HTTP Date header, whether a request record precedes it)
PAGES = (
    (
        "https://www.beritaviral24.net/2024/03/air-bah-bandang-longsor-lembah-sari.html",
        "beritaviral24-air-bah-lembah-sari.html",
        "2024-03-14T02:11:05Z",
        "Thu, 14 Mar 2024 02:11:05 GMT",
        True,
    ),
    (
        "https://kabarnusa.com/daerah/2024/03/13/banjir-bandang-dan-longsor-terjang-lembah-sari-2300-warga-mengungsi",
        "kabarnusa-banjir-lembah-sari-capture.html",
        "2024-03-14T02:12:40Z",
        "Thu, 14 Mar 2024 02:12:40 GMT",
        False,
    ),
)

NAMESPACE = uuid.UUID("5b1a7a0e-6c1d-4d0e-9a53-7a1e5e0c0b01")


def record_id(kind: str, uri: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NAMESPACE, kind + ' ' + uri)}>"


def main() -> None:
    with OUT.open("wb") as out:
        writer = WARCWriter(out, gzip=True)

        info = (
            b"software: silang example corpus make_warc.py (warcio)\r\n"
            b"format: WARC File Format 1.0\r\n"
            b"description: fictional pages written for the silang demo corpus\r\n"
        )
        writer.write_record(
            writer.create_warc_record(
                "",
                "warcinfo",
                payload=BytesIO(info),
                length=len(info),
                warc_content_type="application/warc-fields",
                warc_headers_dict={
                    "WARC-Record-ID": record_id("warcinfo", "archive.warc.gz"),
                    "WARC-Date": "2024-03-14T02:11:00Z",
                    "WARC-Filename": "archive.warc.gz",
                },
            )
        )

        for uri, name, warc_date, http_date, with_request in PAGES:
            body = (SRC / name).read_bytes()
            host = uri.split("/")[2]
            path = "/" + uri.split("/", 3)[3]
            response_id = record_id("response", uri)

            if with_request:
                req_headers = StatusAndHeaders(
                    f"GET {path} HTTP/1.1",
                    [
                        ("Host", host),
                        ("User-Agent", "Mozilla/5.0 (compatible; silang-example-crawler/1.0)"),
                        ("Accept", "text/html,application/xhtml+xml"),
                        ("Accept-Language", "id-ID,id;q=0.9,en;q=0.8"),
                    ],
                    is_http_request=True,
                )
                writer.write_record(
                    writer.create_warc_record(
                        uri,
                        "request",
                        payload=BytesIO(b""),
                        length=0,
                        http_headers=req_headers,
                        warc_headers_dict={
                            "WARC-Record-ID": record_id("request", uri),
                            "WARC-Date": warc_date,
                            "WARC-Concurrent-To": response_id,
                        },
                    )
                )

            resp_headers = StatusAndHeaders(
                "200 OK",
                [
                    ("Date", http_date),
                    ("Server", "nginx"),
                    ("Content-Type", "text/html; charset=UTF-8"),
                    ("Content-Length", str(len(body))),
                ],
                protocol="HTTP/1.1",
            )
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "response",
                    payload=BytesIO(body),
                    length=len(body),
                    http_headers=resp_headers,
                    warc_headers_dict={
                        "WARC-Record-ID": response_id,
                        "WARC-Date": warc_date,
                    },
                )
            )
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
