# SPDX-License-Identifier: GPL-3.0-or-later
"""The record-level export for sharing: which columns are kept, dropped or pseudonymised, and the points moved.

``_record_rows`` plans the run (``_plan_records``: chosen and automatic drops, high-risk columns,
pseudonymiser, displacer or grid), protects every row (a Kobo validation status kept is reduced to the
status alone: ``validation_status``), suppresses rare combinations of the
quasi-identifiers, and lists the steps taken (``_record_actions``) for the README and the
protection table. Called by ``share_export.export_for_sharing`` for every location mode but
"aggregate".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.provenance import layer_provenance
from ..base.qgis_compat import new_field
from ..survey.submission_ids import INSTANCE_ID_COLUMNS, is_instance_id, without_uuid_prefix
from .companions import companion_columns, repeating_columns, stored_form, submission_id_partners
from .displace import AreaKeepingDisplacer, GridSnapper, KeyedDraws, PointDisplacer
from .kanonymity import SuppressionResult, suppress_rare_combinations
from .pseudonymise import Pseudonymiser, displacement_secret
from .share_defaults import DefaultPlan, default_plan
from .share_options import ShareOptions, _check, _py, strip_links
from .share_repeats import PARENT_ID, SUBMISSION_ID, absent_submissions, absent_submissions_warning
from .share_times import StoredDateTimes, date_time_columns
from .validation_status import ACCOUNT_KEY, status_only

ATTACHMENT_COLUMNS = ("_attachments",)
# The submission's own id, which stays the same from one download to the next: Kobo's uuid, the form's
# instanceID (ODK: __id), Kobo's record number. With none, the feature id (fid) is the last resort.
SUBMISSION_ID_COLUMNS = ("_uuid", *INSTANCE_ID_COLUMNS, "__id", "_id")


def _location_columns(findings) -> list[str]:
    """Columns that repeat the location: split geopoints, GPS strings, lat/lon fields."""
    return [f.column for f in findings if f.category == "location" and f.column != "geometry"]


@dataclass
class _RecordRun:
    """What a record-level export keeps, changes and counts, for its metadata."""

    kept: list[str]
    auto_dropped: list[str]
    attachment_columns: list[str]
    pseudonymised: list[str]
    defaults: DefaultPlan = field(default_factory=DefaultPlan)
    pseudonymiser: Pseudonymiser | None = None
    quasi: list[str] = field(default_factory=list)
    move: PointDisplacer | AreaKeepingDisplacer | GridSnapper | None = None
    links_removed: int = 0
    moved: int = 0
    suppression: SuppressionResult | None = None
    companions_dropped: list[str] = field(default_factory=list)
    quasi_companions: dict[str, list[str]] = field(default_factory=dict)
    # the same identifier under another name (instanceID, __id, Kobo's _id): pseudonymised with it
    id_followers: list[str] = field(default_factory=list)
    # a displaced point's offset is fixed by this secret and the submission's id (in this column, else fid)
    offset_secret: bytes = field(default=b"", repr=False)
    offset_id: str = "fid"
    # a repeat row's offset: its submission's id and its place in it (rows of that submission seen so far)
    rows_in_submission: dict[str, int] = field(default_factory=dict)
    absent: list[dict] = field(default_factory=list)  # rows whose submission a survey table beside lacks
    # Kobo validation statuses naming their validator, reduced to the status: values changed, by column
    statuses: dict[str, int] = field(default_factory=dict)


def _plan_records(layer, options: ShareOptions) -> _RecordRun:
    from .detect import detect_in_layer

    findings = detect_in_layer(layer, form=stored_form(layer))
    auto_dropped = (
        [c for c in _location_columns(findings) if c not in options.drop_columns]
        if options.location_mode != "keep"
        else []
    )
    attachment_columns = [
        c for c in layer.fields().names() if c in ATTACHMENT_COLUMNS and c not in options.drop_columns
    ]
    defaults = default_plan(findings, options)
    defaults.removed = [c for c in defaults.removed if c not in auto_dropped and c not in attachment_columns]
    key = options.key
    if defaults.pseudonymised and not key:
        key = _key_for_defaults(options, defaults)
    to_pseudonymise = [*options.pseudonymise_columns, *defaults.pseudonymised]
    removed = [*options.drop_columns, *defaults.removed, *defaults.dropped, *defaults.unkeyed]
    dropped = set(removed) | set(auto_dropped) | set(attachment_columns)
    # a label or 0/1 choice column repeats its question: it goes when the question goes or is pseudonymised
    companions = companion_columns(layer)
    names = layer.fields().names()
    pseudonymised = [c for c in to_pseudonymise if c not in dropped]
    # so does a column holding the same values under another name (instanceID = "uuid:" + _uuid);
    # a server's other id of the submission (_id beside _uuid) leads back to the same record
    candidates = [c for c in names if c not in dropped and c not in options.keep_columns and c.lower() != "fid"]
    candidates = [c for c in candidates if c not in to_pseudonymise and c not in options.quasi_identifiers]
    repeats = repeating_columns(layer, [*removed, *pseudonymised, *options.quasi_identifiers], candidates)
    repeat_dropped = [c for q in removed for c in repeats.get(q, [])] + submission_id_partners(removed, candidates)
    id_followers = [c for q in pseudonymised for c in repeats.get(q, [])]
    id_followers += submission_id_partners(pseudonymised, candidates)
    followers = [
        c
        for question in [*dropped, *to_pseudonymise]
        for c in companions.get(question, [])
        if c not in dropped and c not in options.keep_columns
    ] + repeat_dropped
    companions_dropped = [c for c in names if c in set(followers)]
    dropped |= set(companions_dropped)
    kept = [name for name in names if name not in dropped and name.lower() != "fid"]
    quasi = [c for c in options.quasi_identifiers if c in kept]
    run = _RecordRun(
        kept=kept,
        auto_dropped=auto_dropped,
        attachment_columns=attachment_columns,
        pseudonymised=[c for c in to_pseudonymise if c in kept],
        quasi=quasi,
        defaults=defaults,
        companions_dropped=companions_dropped,
        # a free-text copy of a blanked area (admin2_typed) gives it back as surely as its label
        quasi_companions={
            q: [c for c in [*companions.get(q, []), *repeats.get(q, [])] if c in kept and c not in quasi] for q in quasi
        },
        id_followers=[c for c in names if c in set(id_followers) and c in kept],
    )
    if (run.pseudonymised or run.id_followers) and key:  # a missing key was refused by _validate
        run.pseudonymiser = Pseudonymiser(key)
    if not layer.isSpatial():  # a table without points (a repeat such as members): nothing to move
        return run
    if options.location_mode == "displace":
        run.move = PointDisplacer(options.min_distance_m, options.max_distance_m, options.rng)
        run.offset_secret = options.displacement_secret or displacement_secret()
        run.offset_id = _submission_id_column(names)
        if options.boundaries is not None:
            run.move = AreaKeepingDisplacer(run.move, options.boundaries)
    elif options.location_mode == "snap":
        run.move = GridSnapper(options.grid_size_m)
    return run


def _submission_id_column(names) -> str:
    """The first of ``SUBMISSION_ID_COLUMNS`` (the instanceID in any spelling) among ``names``, else a repeat
    row's ``PARENT_ID``, else "fid"."""
    instance = [n for n in names if is_instance_id(n)][:1]
    return next((c for c in ("_uuid", *instance, "__id", "_id", PARENT_ID) if c in names), "fid")


def _key_for_defaults(options: ShareOptions, defaults: DefaultPlan) -> bytes | None:
    """The key for the identifiers pseudonymised by default, or None once they are planned for removal."""
    try:
        key = options.key_for_defaults() if options.key_for_defaults is not None else None
    except CartongError as err:
        defaults.without_key(str(err))
        return None
    if not key:
        defaults.without_key("")
    return key or None


def _record_rows(layer, options: ShareOptions, feedback, leave_out=frozenset()):
    """(fields, [(attributes, point or None)], has points, actions) of the protected records; the features
    whose ids are in ``leave_out`` (refusals of consent, share_refusals) are not shared."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsField,
        QgsFields,
        QgsPointXY,
        QgsProject,
    )

    run = _plan_records(layer, options)
    if run.offset_secret and run.offset_id == "fid" and feedback is not None:
        feedback.pushWarning(
            tr(
                "The layer {layer} has no submission id column ({columns}): each point's offset follows its "
                "row number (fid). A copy made from a re-imported or re-ordered file moves the points "
                "another way: do not give both copies to the same partner."
            ).format(layer=layer_provenance(layer, checksum=False).layer, columns=", ".join(SUBMISSION_ID_COLUMNS))
        )
    fields = QgsFields()
    for name in run.kept:
        source_field = layer.fields().field(name)
        hashed = name in run.pseudonymised or name in run.id_followers
        fields.append(new_field(name, "string") if hashed else QgsField(source_field))

    # date-times as the survey stores them (QGIS reads them without their zone): see share_times
    hashed_columns = {*run.pseudonymised, *run.id_followers}
    times = StoredDateTimes(layer, [c for c in date_time_columns(layer.fields(), run.kept) if c not in hashed_columns])
    has_points = layer.isSpatial() and options.location_mode != "drop"
    if has_points:
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        to_wgs84 = QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance())
        back = QgsCoordinateTransform(wgs84, layer.crs(), QgsProject.instance())

    # a repeat table's rows, by the submission each belongs to (before any pseudonym)
    parent_index = layer.fields().indexOf(PARENT_ID) if layer.fields().indexOf(SUBMISSION_ID) < 0 else -1
    records, parents, total = [], [], max(layer.featureCount(), 1)
    for index, feature in enumerate(layer.getFeatures()):
        _check(feedback)
        if feature.id() in leave_out:
            continue
        if parent_index >= 0:
            parents.append(_py(feature.attribute(parent_index)))
        attributes = []
        for name in run.kept:
            value = _py(feature[name])
            if name in run.pseudonymised and run.pseudonymiser is not None:  # set whenever one is
                value = run.pseudonymiser(value)
            elif name in run.id_followers and run.pseudonymiser is not None:  # "uuid:x" gets x's pseudonym
                value = run.pseudonymiser(without_uuid_prefix(value))
            elif name in times.columns:
                value = times.text(feature.id(), name, value)
            elif isinstance(value, str):
                if ACCOUNT_KEY in value and (status := status_only(value)) != value:  # never the validator
                    run.statuses[name] = run.statuses.get(name, 0) + 1
                    value = status
                if options.strip_links and isinstance(value, str):
                    stripped = strip_links(value)
                    run.links_removed += stripped != value
                    value = stripped
            attributes.append(value)
        point = None
        geometry = feature.geometry()
        if has_points and geometry is not None and not geometry.isEmpty():
            point = to_wgs84.transform(geometry.asPoint())
            if isinstance(run.move, GridSnapper):
                point = QgsPointXY(*run.move(point.x(), point.y()))
                run.moved += 1
            elif run.move is not None:
                point = QgsPointXY(*run.move(point.x(), point.y(), _draws(run, options, feature)))
                run.moved += 1
            point = back.transform(point)
        records.append((attributes, point))
        if feedback is not None:
            feedback.setProgress(80.0 * index / total)
    run.suppression = suppress_rare_combinations(
        [a for a, _ in records],
        [run.kept.index(c) for c in run.quasi],
        options.k,
        {run.kept.index(q): [run.kept.index(c) for c in cs] for q, cs in run.quasi_companions.items() if cs},
    )
    run.absent = absent_submissions(layer, parents)
    for step in run.absent if feedback is not None else ():
        feedback.pushWarning(absent_submissions_warning(step))
    if _points_reveal_blanks(run, has_points) and feedback is not None:
        feedback.pushWarning(
            tr(
                "Rare combinations of {columns} were blanked, but the file keeps its points: a point can show "
                "the area or place a blanked value stood for, so the count of {k} rows does not hold for the "
                "file. To share rare areas, count by admin area or remove the locations."
            ).format(columns=", ".join(run.quasi), k=options.k)
        )
    return fields, records, has_points, _record_actions(options, layer, run, has_points)


def _points_reveal_blanks(run: _RecordRun, has_points: bool) -> bool:
    """Values were blanked while points stay: a moved point still lies, mostly, in its true area."""
    return has_points and run.suppression is not None and run.suppression.blanked > 0


def _draws(run: _RecordRun, options: ShareOptions, feature) -> KeyedDraws:
    """The draws that move this submission: the same in every export with the same secret and distances."""
    value = _py(feature[run.offset_id]) if run.offset_id != "fid" else None
    submission = str(without_uuid_prefix(str(value))).strip().casefold() if value is not None else ""
    if submission and run.offset_id == PARENT_ID:  # a repeat row: its own offset, by its place in the submission
        run.rows_in_submission[submission] = place = run.rows_in_submission.get(submission, 0) + 1
        submission = f"{submission}#{place}"
    label = submission or f"fid:{feature.id()}"
    return KeyedDraws(run.offset_secret, f"{options.min_distance_m!r}|{options.max_distance_m!r}|{label}")


def _record_actions(options: ShareOptions, layer, run: _RecordRun, has_points: bool = False) -> list[dict[str, Any]]:
    """The steps of a record-level export, in the order they are recorded and explained."""
    mode = options.location_mode
    actions: list[dict[str, Any]] = []
    if options.drop_columns:
        actions.append({"action": "drop_columns", "columns": list(options.drop_columns)})
    actions += run.defaults.actions()
    if run.auto_dropped:
        actions.append({"action": "drop_location_columns", "columns": run.auto_dropped})
    if run.attachment_columns:
        actions.append({"action": "drop_attachment_columns", "columns": run.attachment_columns})
    if run.companions_dropped:
        actions.append({"action": "drop_companion_columns", "columns": run.companions_dropped})
    by_default = [c for c in run.pseudonymised if c in run.defaults.pseudonymised]
    for kind, columns in (
        ("pseudonymise", [c for c in run.pseudonymised if c not in by_default]),
        ("pseudonymise_by_default", by_default),
    ):
        if columns and run.pseudonymiser is not None:
            parameters = {"method": "HMAC-SHA256", "length": run.pseudonymiser.length}
            parameters["key_fingerprint"] = run.pseudonymiser.fingerprint
            actions.append({"action": kind, "columns": columns, "parameters": parameters})
    if run.id_followers and run.pseudonymiser is not None:
        actions.append(
            {
                "action": "pseudonymise_same_id_columns",
                "columns": run.id_followers,
                "parameters": {"key_fingerprint": run.pseudonymiser.fingerprint},
            }
        )
    if run.quasi and run.suppression is not None:  # _record_rows sets it before asking
        actions.append(
            {
                "action": "suppress_rare_combinations",
                "columns": run.quasi,
                "rows_affected": run.suppression.records_touched,
                "parameters": {
                    "k": options.k,
                    "values_blanked": run.suppression.blanked,
                    "records_left_below_k": run.suppression.residual,
                },
            }
        )
        followers = [c for q in run.quasi for c in run.quasi_companions.get(q, [])]
        if followers:
            actions.append(
                {
                    "action": "blank_companion_columns",
                    "columns": followers,
                    "rows_affected": run.suppression.companion_rows,
                }
            )
        if _points_reveal_blanks(run, has_points):
            actions.append(
                {"action": "points_reveal_blanked_values", "columns": run.quasi, "parameters": {"k": options.k}}
            )
    if run.statuses:
        actions.append(
            {
                "action": "validation_status_only",
                "columns": [c for c in run.kept if c in run.statuses],
                "rows_affected": sum(run.statuses.values()),
            }
        )
    if options.strip_links:
        actions.append({"action": "strip_links", "rows_affected": run.links_removed})
    actions += run.absent
    if not layer.isSpatial():  # a table without points: no sentence about moving them
        return actions
    if mode == "displace":
        actions.append(
            {
                "action": "displace",
                "rows_affected": run.moved,
                "parameters": {
                    "min_distance_m": options.min_distance_m,
                    "max_distance_m": options.max_distance_m,
                    "same_offset_in_every_copy_by": run.offset_id,
                },
            }
        )
        if run.offset_id == "fid":
            table = layer_provenance(layer, checksum=False).layer  # its table, not the file's stem
            actions.append({"action": "offsets_by_row", "parameters": {"source": table}})
        if isinstance(run.move, AreaKeepingDisplacer) and options.boundaries is not None:
            actions.append(
                {
                    "action": "keep_in_admin_area",
                    "rows_affected": run.move.left,
                    "parameters": {"admin_areas": options.boundaries.name()},
                }
            )
    elif mode == "snap":
        actions.append(
            {
                "action": "snap_to_grid",
                "rows_affected": run.moved,
                "parameters": {"grid_size_m": options.grid_size_m, "grid": "UTM zone"},
            }
        )
    elif mode == "drop":
        actions.append({"action": "drop_geometry"})
    elif mode == "keep":
        actions.append({"action": "keep_location"})
    return actions
