# SPDX-License-Identifier: GPL-3.0-or-later
"""The training session summary for the trainer: each step, when it was done and after how many minutes.

Minutes are counted from the last reset (or from the start when there was none): a participant who
resets at minute 90 and imports again 5 minutes later took 5 minutes, not 95. Written as HTML
(``.html``) or Markdown. In a right-to-left language (Arabic) the HTML page says so
(``<html lang="ar" dir="rtl">``), the Markdown is wrapped in a right-to-left block (viewers that
render HTML in Markdown follow it), and paths and file or column names stay left-to-right runs.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.i18n import LEFT_TO_RIGHT_ISOLATE, POP_ISOLATE, left_to_right, left_to_right_runs, tr
from ..base.translation import RIGHT_TO_LEFT_LANGUAGES


def _format_time(iso: str) -> str:
    return dt.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")


def counted_from(state: dict) -> str:
    """ISO time the minutes are counted from: the last reset, else the start."""
    resets = [event["time"] for event in state["events"] if event["event"] == "reset"]
    return resets[-1] if resets else state["started"]


def summary_rows(session, language: str):
    """(exercise title, [(step title, done time or None, minutes since the last reset or start, or None)])."""
    since = dt.datetime.fromisoformat(counted_from(session.state))
    for exercise in session.exercises:
        rows = []
        for step in exercise.steps:
            when = session.done.get(step.id)
            minutes = None
            if when:
                minutes = round((dt.datetime.fromisoformat(when) - since).total_seconds() / 60)
            rows.append((step.title(language), when, minutes))
        yield exercise.title(language), rows


def _html(text: str) -> str:
    """Escaped, its left-to-right runs as ``<span dir="ltr">`` (understood by every browser)."""
    return html.escape(text).replace(LEFT_TO_RIGHT_ISOLATE, '<span dir="ltr">').replace(POP_ISOLATE, "</span>")


def write_summary(session, path, language: str = "en", now: str = "") -> Path:
    """Write the summary of ``session`` to ``path``; ``.html`` gives HTML, anything else Markdown."""
    path = Path(path)
    as_html = path.suffix.lower() in (".html", ".htm")
    right_to_left = language in RIGHT_TO_LEFT_LANGUAGES

    def runs(text: str) -> str:
        return left_to_right_runs(text) if right_to_left else text

    resets = [e for e in session.state["events"] if e["event"] == "reset"]
    minutes_title = tr("Minutes since the last reset") if resets else tr("Minutes since start")
    total = sum(len(ex.steps) for ex in session.exercises)
    folder = left_to_right(session.folder) if right_to_left else str(session.folder)
    facts = [
        tr("Folder: {folder}").format(folder=folder),
        tr("Started: {time}").format(time=_format_time(session.state["started"])),
        tr("Summary written: {time}").format(time=_format_time(now or dt.datetime.now().astimezone().isoformat())),
        tr("Steps done: {done} of {total}").format(done=len(session.done), total=total),
    ]
    lines_md = ["# " + tr("Training session summary"), "", *facts, ""]
    parts_html = [f"<h1>{_html(tr('Training session summary'))}</h1>", "<ul>"]
    parts_html += [f"<li>{_html(line)}</li>" for line in facts] + ["</ul>"]
    for title, rows in summary_rows(session, language):
        lines_md += ["## " + title, "", f"| {tr('Step')} | {tr('Done at')} | {minutes_title} |", "|---|---|---|"]
        parts_html += [
            f"<h2>{_html(title)}</h2>",
            "<table border='1' cellpadding='4'>",
            f"<tr><th>{_html(tr('Step'))}</th><th>{_html(tr('Done at'))}</th><th>{_html(minutes_title)}</th></tr>",
        ]
        for step_title, when, minutes in rows:
            done_text = _format_time(when) if when else tr("not done")
            minutes_text = str(minutes) if minutes is not None else "–"
            mark = "✔" if when else "☐"
            step_title = runs(step_title)
            cell = step_title.replace("|", "\\|")  # a pipe would split the Markdown cell
            lines_md.append(f"| {mark} {cell} | {done_text} | {minutes_text} |")
            parts_html.append(
                f"<tr><td>{mark} {_html(step_title)}</td><td>{_html(done_text)}</td><td>{minutes_text}</td></tr>"
            )
        lines_md.append("")
        parts_html.append("</table>")
    if resets:
        text = tr("Resets: {times}").format(times=", ".join(_format_time(e["time"]) for e in resets))
        lines_md.append(text)
        parts_html.append(f"<p>{_html(text)}</p>")
    direction = "rtl" if right_to_left else "ltr"
    if as_html:
        content = (
            '<!DOCTYPE html>\n<html lang="{}" dir="{}"><head><meta charset="utf-8"><title>{}</title></head>'
            "<body>\n{}\n</body></html>\n"
        ).format(html.escape(language), direction, _html(tr("Training session summary")), "\n".join(parts_html))
    elif right_to_left:  # blank lines around: the Markdown inside the block is still Markdown
        content = "\n".join([f'<div dir="rtl" lang="{html.escape(language)}">', "", *lines_md, "</div>"]) + "\n"
    else:
        content = "\n".join(lines_md) + "\n"
    with atomic_output(path) as tmp:
        Path(tmp).write_text(content, encoding="utf-8")
    return path
