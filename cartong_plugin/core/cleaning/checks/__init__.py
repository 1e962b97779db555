# SPDX-License-Identifier: GPL-3.0-or-later
"""Data-quality checks on a survey table; each family returns cleaning-log entries.

Every check is a pure function ``check(df, form, config) -> list[LogEntry]``: a DataFrame
whose columns are the bare question names plus Kobo metadata (``_uuid``, ``start``, ``end``,
``deviceid``, ``_location_latitude``...), the FormSpec (or None) and a ChecksConfig. The
Processing algorithm and the cleaning wizard both call ``run_checks``.

check_id values (family.rule), every entry starting as change_type "pending":
  duplicates.uuid, duplicates.keys, duplicates.answers
  missing.required
  outliers.constraint, outliers.statistical, outliers.not_a_number
  gps.missing, gps.zero, gps.invalid, gps.swapped (two entries, lat and lon, with the swap suggested),
  gps.outside_area, gps.precision, gps.admin_mismatch (the P-code the point lies in suggested, unless the
  parent area answered or a typed name agrees with the area answered; not within 50 m of that area),
  gps.admin_unknown (the answer is the P-code of no area; the area suggested),
  gps.moved (two entries: the point was moved in QGIS away from its coordinate columns, its coordinates
  suggested for them)
  durations.too_short, durations.too_long, durations.negative (question "duration", minutes),
  durations.outside_period, durations.burst, durations.no_consent (the consent question answered no:
  remove_survey suggested, see consent.py)
  other_answers.recode
  admin_names.match (official name suggested), admin_names.ambiguous, admin_names.no_match,
  admin_names.code_mismatch
  cascades.parent (a cascading select's choice belongs to another answer of the question its choice_filter names)
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from ..log import LogEntry, now_iso
from .question_columns import by_question_name

CHECK_NAMES = ("duplicates", "missing", "outliers", "gps", "durations", "other_answers", "admin_names", "cascades")


@dataclass
class ChecksConfig:
    """Which checks run and their thresholds; the defaults suit a household survey."""

    enabled: tuple[str, ...] = CHECK_NAMES
    uuid_column: str = "_uuid"
    who: str = ""  # written in the log's `who` column
    when: str = ""  # time stamp of the run (filled by run_checks when empty)
    # duplicates
    duplicate_keys: tuple[str, ...] = ()  # e.g. ("household_id", "today"); () = no key check
    identical_answers: bool = True  # flag submissions whose answers are all equal to an earlier one
    # outliers
    outlier_columns: tuple[str, ...] = ()  # () = integer/decimal questions of the form (or numeric columns)
    outlier_group: str = ""  # statistics per value of this column (e.g. "admin1"); "" = whole table
    iqr_factor: float = 3.0  # fences Q1 - k*IQR, Q3 + k*IQR
    robust_z: float = 3.5  # |0.6745 * (x - median) / MAD|
    outlier_method: str = "both"  # "both" (fewest false alarms), "either", "iqr" or "robust_z"
    min_group_size: int = 20  # smaller groups get no statistical check
    # GPS
    latitude_column: str = ""  # "" = _<geopoint>_latitude, else _location_latitude
    longitude_column: str = ""
    precision_column: str = ""
    max_precision_m: float = 50.0
    bbox: tuple[float, float, float, float] | None = None  # (xmin, ymin, xmax, ymax) area of interest
    admin_areas: object = None  # gps.AdminAreas: polygons keyed by P-code
    admin_code_column: str = ""  # question answered with the P-codes of admin_areas/gazetteer ("" = guess)
    admin_tolerance_m: float = 50.0  # a point this close to the area answered is in it (borders, GPS error)
    # durations
    min_duration_min: float = 10.0  # not applied to refusals (consent_column answered "no")
    consent_column: str = "consent"  # used when the form names no consent question (consent.consent_question)
    max_duration_min: float = 120.0
    period_start: str = ""  # ISO date of the first day of data collection ("" = not checked)
    period_end: str = ""  # ISO date of the last day
    burst_count: int = 4  # this many interviews started by one device ...
    burst_minutes: float = 30.0  # ... within this many minutes is suspicious
    burst_by: tuple[str, ...] = ("deviceid", "enumerator")  # first column found is used
    # other (specify)
    other_choice: str = "other"
    # admin names
    gazetteer: tuple = ()  # admin_names.Place entries (P-code, name, parent P-code)
    admin_name_columns: tuple[str, ...] = ()  # () = text questions named *_typed
    admin_parent_column: str = ""  # answered parent P-code (e.g. "admin1") to settle ties ("" = guess)
    match_threshold: float = 0.8
    ambiguity_margin: float = 0.05
    # sentences for the run's output (what was not checked, and why), filled by the checks
    notes: list | None = None


def iso_day(value: str):
    """The date of a YYYY-MM-DD (or ISO 8601 date-time) text, None when it is none."""
    import datetime as dt

    for parse in (dt.date.fromisoformat, lambda text: dt.datetime.fromisoformat(text).date()):
        try:
            return parse(value.strip())
        except ValueError:
            continue
    return None


def validate_config(config: ChecksConfig) -> None:
    """Refuse settings that would make a check silently wrong: a collection period that is not dates or
    ends before it starts, a shortest interview longer than the longest. CartongError naming them."""
    import math

    from ...base.errors import CartongError
    from ...base.i18n import tr

    for key, number in (
        ("MIN_DURATION", config.min_duration_min),
        ("MAX_DURATION", config.max_duration_min),
        ("MAX_PRECISION", config.max_precision_m),
        ("IQR_FACTOR", config.iqr_factor),
        ("ROBUST_Z", config.robust_z),
        ("BURST_MINUTES", config.burst_minutes),
    ):
        if not math.isfinite(number):  # "nan" compares false with everything: its check would never flag
            raise CartongError(
                tr("{parameter} is '{value}', not a number: give a number.").format(parameter=key, value=number),
                field=key,
            )
    days = {}
    for key, value in (("PERIOD_START", config.period_start), ("PERIOD_END", config.period_end)):
        if value and value.strip():
            days[key] = iso_day(value)
            if days[key] is None:
                message = (
                    tr(
                        "The first day of data collection (PERIOD_START) '{value}' is not a date: write it "
                        "YYYY-MM-DD, for example 2026-03-02."
                    )
                    if key == "PERIOD_START"
                    else tr(
                        "The last day of data collection (PERIOD_END) '{value}' is not a date: write it "
                        "YYYY-MM-DD, for example 2026-03-20."
                    )
                )
                raise CartongError(message.format(value=value), field=key)
    if days.get("PERIOD_START") and days.get("PERIOD_END") and days["PERIOD_END"] < days["PERIOD_START"]:
        raise CartongError(
            tr(
                "The data collection period ends ({end}, PERIOD_END) before it starts ({start}, "
                "PERIOD_START): swap the two dates."
            ).format(end=config.period_end.strip(), start=config.period_start.strip()),
            field="PERIOD_END",
        )
    if config.min_duration_min > config.max_duration_min:
        raise CartongError(
            tr(
                "The shortest plausible interview ({shortest} minutes, MIN_DURATION) is longer "
                "than the longest ({longest} minutes, MAX_DURATION): every interview would be "
                "flagged. Swap the two values."
            ).format(shortest=f"{config.min_duration_min:g}", longest=f"{config.max_duration_min:g}"),
            field="MIN_DURATION",
        )


def _registry():
    from . import (
        admin_names,
        cascades,
        duplicates,
        durations,
        gps,
        missing,
        other_answers,
        outliers,
    )

    return {
        "duplicates": duplicates.find_duplicates,
        "missing": missing.find_missing_required,
        "outliers": outliers.find_outliers,
        "gps": gps.find_gps_problems,
        "durations": durations.find_duration_problems,
        "other_answers": other_answers.list_other_answers,
        "admin_names": admin_names.match_admin_names,
        "cascades": cascades.find_cascade_problems,
    }


def run_checks(
    df,
    form=None,
    config: ChecksConfig | None = None,
    progress=None,
    timings: dict | None = None,
    notes: list | None = None,
) -> list[LogEntry]:
    """All enabled checks on ``df``, in CHECK_NAMES order, as one list of log entries.

    ``progress(done_fraction, check_name)`` is called before each check (and may raise to cancel);
    ``timings`` (optional dict) receives the seconds spent per check; ``notes`` (optional list) the
    sentences saying what could not be checked or what was assumed, for the run's output.
    """
    config = config or ChecksConfig()
    validate_config(config)
    if not config.when:
        config = replace(config, when=now_iso())
    config = replace(config, notes=notes if notes is not None else [])
    df, form = by_question_name(df, form, config)  # a raw export's household/hh_size is question hh_size
    checks = _registry()
    names = [n for n in CHECK_NAMES if n in config.enabled]
    entries: list[LogEntry] = []
    for number, name in enumerate(names):
        if progress is not None:
            progress(number / max(len(names), 1), name)
        started = time.perf_counter()
        entries.extend(checks[name](df, form, config))
        if timings is not None:
            timings[name] = time.perf_counter() - started
    _note_repeats(form, config, names)
    return entries


def _note_repeats(form, config: ChecksConfig, names) -> None:
    """Say which repeat tables' questions went unchecked: every check reads one row per submission."""
    from ...base.i18n import trn
    from .common import NON_DATA_TYPES, add_note

    questions = getattr(form, "questions", {}) or {}
    repeats = list(dict.fromkeys(q.repeat for q in questions.values() if q.repeat and q.type not in NON_DATA_TYPES))
    if repeats and set(names) - {"duplicates"}:
        add_note(
            config,
            trn(
                "The questions of %n repeat table ({repeats}) were not checked: the cleaning log names "
                "submissions, not repeat rows.",
                "The questions of %n repeat tables ({repeats}) were not checked: the cleaning log names "
                "submissions, not repeat rows.",
                len(repeats),
            ).format(repeats=", ".join(repeats)),
        )


__all__ = ["CHECK_NAMES", "ChecksConfig", "LogEntry", "iso_day", "run_checks", "validate_config"]
