"""Renderers: the report contract as JSON, Markdown and self-contained HTML."""

from silang.render.report import SCHEMA_ID, build_report, write_reports

__all__ = ["SCHEMA_ID", "build_report", "write_reports"]
