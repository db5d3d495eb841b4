from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from silang.cli import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, app

ARTICLE = (
    "Warga Lembah Sari Gotong Royong\n\n"
    "LEMBAH SARI, WARTASARI.id - Ratusan warga bergotong royong membersihkan lumpur sisa banjir "
    "di Desa Sukamaju, Minggu (17/3/2024). Kegiatan itu dipimpin kepala desa setempat.\n\n"
    "Tags: banjir, lembah sari\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gotong-royong.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_cli_analyze_writes_the_reports_and_exits_zero(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["analyze", str(corpus), "--out", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert len(report["articles"]) == 1
    assert (out / "report.html").is_file()
    assert (out / "silang.db").is_file()
    assert "report.html" in result.output


def test_cli_analyze_exits_three_when_something_was_rejected(corpus: Path, tmp_path: Path) -> None:
    (corpus / "kosong.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["analyze", str(corpus), "--out", str(tmp_path / "o")])
    assert result.exit_code == EXIT_REJECTED
    report = json.loads((tmp_path / "o" / "report.json").read_text("utf-8"))
    assert [Path(r["source"]).name for r in report["rejected"]] == ["kosong.txt"]


def test_cli_usage_error_exits_two(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["analyze", str(tmp_path), "--no-such-option"])
    assert result.exit_code == EXIT_USAGE


def test_cli_unusable_store_exits_one(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite at all" * 64)
    result = CliRunner().invoke(
        app, ["analyze", str(corpus), "--out", str(tmp_path / "o"), "--db", str(bad)]
    )
    assert result.exit_code == EXIT_ERROR
    assert "cannot open store" in result.output


def test_cli_json_logs_are_json_lines(corpus: Path, tmp_path: Path) -> None:
    (corpus / "kosong.txt").write_bytes(b"")
    result = CliRunner().invoke(
        app, ["analyze", str(corpus), "--out", str(tmp_path / "o"), "--json"]
    )
    lines = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert any(e["message"] == "run finished" and e["rejected"] == 1 for e in lines)
    assert any(e["level"] == "warning" and e["source"].endswith("kosong.txt") for e in lines)


def test_cli_report_rerenders_a_store(corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    runner.invoke(app, ["analyze", str(corpus), "--out", str(tmp_path / "a")])
    result = runner.invoke(
        app, ["report", "--db", str(tmp_path / "a" / "silang.db"), "--out", str(tmp_path / "b")]
    )
    assert result.exit_code == EXIT_OK
    report = json.loads((tmp_path / "b" / "report.json").read_text("utf-8"))
    assert report["run"] is None
    assert len(report["articles"]) == 1


def test_cli_schema_prints_the_report_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert json.loads(result.output)["properties"]["schema"]["const"] == "silang.report/1"


def test_cli_help_on_every_command() -> None:
    runner = CliRunner()
    for command in ("analyze", "report", "schema"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Usage" in result.output
