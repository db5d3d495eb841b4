"""The ``silang`` command: parse arguments, call the library, turn SilangError into a message.

Exit codes (also in the README):
  0  every input was processed
  1  silang could not run (store unusable, output not writable …)
  2  usage error (unknown option, missing argument)
  3  the run finished but some inputs were rejected (listed in the report)
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from silang import __version__
from silang.errors import SilangError
from silang.pipeline import Progress as RunProgress
from silang.pipeline import analyze as run_analysis
from silang.render import write_reports
from silang.render.report import load_schema, store_report
from silang.settings import MIB, Settings
from silang.store import Store

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3

app = typer.Typer(
    name="silang",
    help="Cross-check the news: read many articles and report, per story, what sources agree "
    "on, which figures they dispute, who said what, and how many origins are independent.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line, for machines reading the log."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def _configure_logging(json_logs: bool, quiet: bool, verbose: bool) -> logging.Logger:
    handler: logging.Handler = logging.StreamHandler(sys.stderr)
    if json_logs:
        handler.setFormatter(JsonLogFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    root = logging.getLogger("silang")
    root.handlers[:] = [handler]
    root.propagate = False
    if quiet:
        root.setLevel(logging.ERROR)
    elif verbose or json_logs:
        root.setLevel(logging.INFO)
    else:
        root.setLevel(logging.WARNING)
    # trafilatura and htmldate log every odd page at WARNING; their reasons reach our report.
    for noisy in ("trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    return logging.getLogger("silang.cli")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"silang {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """silang: cross-check the news."""


@app.command()
def analyze(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders, feeds, WARC archives, JSON/JSONL files or http(s) URLs.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for report.json/.md/.html and figures.csv.")
    ],
    db: Annotated[
        Path | None,
        typer.Option(help="SQLite store to use or add to (default: OUT/silang.db)."),
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes for extraction and link verification.")
    ] = 1,
    max_file_mb: Annotated[
        float, typer.Option(min=0.001, help="Reject single files larger than this (MB).")
    ] = Settings.max_file_bytes / MIB,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds to wait for a URL.")] = (
        Settings.fetch_timeout_s
    ),
    json_logs: Annotated[
        bool, typer.Option("--json", help="Log JSON lines to stderr, for machines.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step.")] = False,
) -> None:
    """Read articles into the store and write the report (exit 3 if any input was rejected)."""
    log = _configure_logging(json_logs, quiet, verbose)
    settings = Settings(
        max_file_bytes=int(max_file_mb * MIB), fetch_timeout_s=timeout, workers=workers
    )
    store_path = db if db is not None else out / "silang.db"
    console = Console(stderr=True)
    show_progress = console.is_terminal and not (quiet or json_logs)
    try:
        with Store(store_path) as store:
            if show_progress:
                with Progress(
                    SpinnerColumn(),
                    TextColumn("{task.description}"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TextColumn("{task.fields[source]}", style="dim"),
                    console=console,
                    transient=True,
                ) as bar:
                    task = bar.add_task("reading", total=None, source="")

                    def tick(step: RunProgress) -> None:
                        bar.update(task, completed=step.documents, source=step.source[-60:])

                    summary = run_analysis(inputs, store, settings, on_progress=tick)
            else:
                summary = run_analysis(inputs, store, settings)
            report = store_report(store, summary)
            paths = write_reports(report, out)
    except SilangError as exc:
        log.error("%s", exc)
        raise typer.Exit(EXIT_ERROR) from exc
    except OSError as exc:
        log.error("cannot write the report: %s", exc)
        raise typer.Exit(EXIT_ERROR) from exc

    fields = {
        "documents_seen": summary.documents_seen,
        "documents_skipped": summary.documents_skipped,
        "articles_added": summary.articles_added,
        "articles_merged": summary.articles_merged,
        "rejected": len(summary.rejected),
        "articles_in_store": len(report["articles"]),
        "report": str(paths["html"]),
    }
    for rejection in summary.rejected:
        log.warning(
            "rejected %s: %s",
            rejection.source,
            rejection.reason,
            extra={"fields": {"source": rejection.source, "reason": rejection.reason}},
        )
    log.info("run finished", extra={"fields": fields})
    if not (quiet or json_logs):
        console.print(
            f"[bold]{len(report['articles'])}[/] articles in the store "
            f"({summary.articles_added} new, {summary.articles_merged} merged, "
            f"{summary.documents_skipped} already known); "
            f"[bold]{len(summary.rejected)}[/] rejected."
        )
        console.print(f"Report: {paths['html']}")
    if summary.rejected:
        raise typer.Exit(EXIT_REJECTED)


@app.command()
def report(
    db: Annotated[Path, typer.Option(help="The SQLite store to report on.")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for report.json/.md/.html and figures.csv.")
    ],
) -> None:
    """Write the report for everything in an existing store, without reading any input."""
    if not db.is_file():
        typer.echo(f"error: no store at {db}", err=True)
        raise typer.Exit(EXIT_ERROR)
    try:
        with Store(db) as store:
            report_data = store_report(store)
            paths = write_reports(report_data, out)
    except SilangError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_ERROR) from exc
    typer.echo(str(paths["html"]))


@app.command()
def schema() -> None:
    """Print the JSON Schema of report.json."""
    typer.echo(json.dumps(load_schema(), indent=2, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    app()
