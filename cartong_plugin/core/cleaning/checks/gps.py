# SPDX-License-Identifier: GPL-3.0-or-later
"""GPS checks: missing, (0,0), impossible, swapped latitude/longitude, outside the area of interest,
poor precision, points lying in another admin area than the one answered, answers naming no admin
area, and points moved in QGIS away from their coordinate columns.

The P-code answered is compared with the areas' as the maps count it (case and surrounding spaces
aside, see cleaning.pcode_keys). A point within ``ChecksConfig.admin_tolerance_m`` (50 m by default,
measured in metres whatever the boundaries' units) of the area answered is taken to be in it: a point
on the border of two areas, or a few metres across it, is within the precision of a phone's GPS and
of the boundaries, not in another area. Where the points come from: see gps_points.
"""

from __future__ import annotations

from ...base.i18n import tr, trn
from .admin_areas import AdminAreas
from .admin_names import answers_agreeing
from .common import add_note, column_holding, make_entries, to_number
from .gps_points import GEOMETRY_LATITUDE, POINT_READER, coordinate_columns, distance_m, geopoint_column, read_points

# importable from here, as before the polygons and the points had their own modules
__all__ = ["GEOMETRY_LATITUDE", "POINT_READER", "AdminAreas", "coordinate_columns", "find_gps_problems"]


def _cells(df, column, numbers, moved=None):
    """Values of a coordinate: the column's own text where it is filled, else (and where the point was
    moved away from it) the number read elsewhere."""
    import numpy as np

    if column not in df.columns:
        return numbers
    filled = ~np.isnan(to_number(df[column]).to_numpy())
    if moved is not None:
        filled &= ~moved
    return np.where(filled, df[column].to_numpy(dtype=object), numbers.astype(object))


def _guess_code_column(df, areas, config):
    """The answered question holding the same P-codes as the areas."""
    if config.admin_code_column:
        return config.admin_code_column if config.admin_code_column in df.columns else ""
    return column_holding(df, areas.codes)


def find_gps_problems(df, form, config):
    """GPS entries, at most one per submission and problem; suggestions for swapped points."""
    import numpy as np

    lat_col, lon_col, precision_col = coordinate_columns(df, form, config)
    if config.uuid_column not in df.columns:
        return []
    points = read_points(df, form, config)
    if not points.sources:
        add_note(
            config,
            tr(
                "GPS check not run: the layer has no {latitude}/{longitude} columns, no geopoint answer and no "
                "point geometry. Run the checks on the survey layer that holds the GPS points."
            ).format(latitude=lat_col, longitude=lon_col),
        )
        return []
    lat, lon, precision = points.lat, points.lon, points.precision
    moved = points.moved if points.moved is not None else np.zeros(len(df), dtype=bool)
    common = {"uuid_column": config.uuid_column, "when": config.when, "who": config.who}
    entries = _moved_entries(df, points, lat_col, lon_col, config, common) if moved.any() else []
    if lat_col not in df.columns:  # the log names a question the layer has: the geopoint, else the latitude
        geopoint = geopoint_column(lat_col)
        lat_col = lon_col = geopoint if geopoint in df.columns else lat_col

    def where(i):
        return tr("Point: latitude {lat}, longitude {lon}.").format(lat=lat[i], lon=lon[i])

    missing = np.isnan(lat) | np.isnan(lon)
    entries += make_entries(
        df,
        missing,
        question=lat_col,
        issue=tr("GPS point missing"),
        check_id="gps.missing",
        explanations=tr("The submission has no GPS point."),
        **common,
    )
    zero = ~missing & (lat == 0) & (lon == 0)
    entries += make_entries(
        df,
        zero,
        question=lat_col,
        issue=tr("GPS point at (0, 0)"),
        check_id="gps.zero",
        explanations=tr("Latitude and longitude are both 0: the GPS had no fix."),
        **common,
    )
    impossible = ~missing & ~zero & ((np.abs(lat) > 90) | (np.abs(lon) > 180))
    usable = ~missing & ~zero

    areas = (
        config.admin_areas if config.admin_areas is not None and getattr(config.admin_areas, "areas", None) else None
    )
    if areas is not None or config.bbox is not None:

        def in_aoi(x, y):
            if areas is not None:
                found = areas.locate(x, y)
                return np.fromiter((c is not None for c in found), dtype=bool, count=len(found)), found
            xmin, ymin, xmax, ymax = config.bbox
            with np.errstate(invalid="ignore"):
                return (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax), None

        inside, located = in_aoi(np.where(usable, lon, np.nan), np.where(usable, lat, np.nan))
        code_col = _guess_code_column(df, areas, config) if located is not None else ""
        answered, named, near = _answered_areas(df, code_col, areas, lat, lon, usable, inside, located, config)
        swapped_inside, _ = in_aoi(np.where(usable & ~inside, lat, np.nan), np.where(usable & ~inside, lon, np.nan))
        swapped = usable & ~inside & swapped_inside & ~near
        outside = usable & ~inside & ~swapped & ~impossible & ~near  # impossible points get their own entry
        explain = tr("Latitude and longitude seem swapped: swapped, the point falls in the area of interest.")
        for question, other, value, new in ((lat_col, lon_col, lat, lon), (lon_col, lat_col, lon, lat)):
            entries += make_entries(
                df,
                swapped,
                question=question,
                issue=tr("latitude and longitude swapped"),
                check_id="gps.swapped",
                old_values=_cells(df, question, value, moved),
                new_values=_cells(df, other, new, moved),
                explanations=explain,
                **common,
            )
        entries += make_entries(
            df,
            outside,
            question=lat_col,
            issue=tr("GPS point outside the area of interest"),
            check_id="gps.outside_area",
            explanations=where,
            **common,
        )
        impossible &= ~swapped
        if code_col:
            agreeing = answers_agreeing(
                df, form, config, code_col, np.flatnonzero(inside & (named != located) & ~near), named
            )
            entries += _admin_entries(df, code_col, answered, named, near, inside, located, agreeing, common)
    entries += make_entries(
        df,
        impossible,
        question=lat_col,
        issue=tr("impossible coordinates"),
        check_id="gps.invalid",
        explanations=where,
        **common,
    )
    if not np.isnan(precision).all():
        with np.errstate(invalid="ignore"):
            poor = usable & (precision > config.max_precision_m)
        entries += make_entries(
            df,
            poor,
            question=precision_col,
            issue=tr("poor GPS precision"),
            check_id="gps.precision",
            explanations=tr("Precision worse than {limit} m.").format(limit=f"{config.max_precision_m:g}"),
            **common,
        )
    return entries


def _answered_areas(df, code_col, areas, lat, lon, usable, inside, located, config):
    """(answers as text, the area code each names or None, True where the point is within the
    tolerance of the area answered though another area holds it or none does)."""
    import numpy as np

    if not code_col:
        nothing = np.full(len(df), None, dtype=object)
        return nothing, nothing, np.zeros(len(df), dtype=bool)
    values = df[code_col].astype(object).where(df[code_col].notna(), None).to_numpy()
    answered = np.array(["" if value is None else str(value) for value in values], dtype=object)
    named = areas.named(answered)
    known = np.fromiter((code is not None for code in named), dtype=bool, count=len(named))
    elsewhere = usable & known & (~inside | (named != located))
    near = np.zeros(len(df), dtype=bool)
    if elsewhere.any():
        near = areas.near(lon, lat, np.where(elsewhere, named, None), config.admin_tolerance_m)
    return answered, named, near


def _admin_entries(df, code_col, answered, named, near, inside, located, agreeing, common):
    """gps.admin_mismatch where the point lies in another area than the one answered, gps.admin_unknown
    where the answer is the P-code of no area; the area holding the point suggested, except where the
    other answers agree with the area answered (``agreeing``: {row: those answers}): the point is then the
    likelier fault, and accepting the area as a new answer would move the household."""
    import numpy as np

    known = np.fromiter((code is not None for code in named), dtype=bool, count=len(named))
    filled = np.fromiter((bool(text.strip()) for text in answered), dtype=bool, count=len(answered))
    other = inside & known & (named != located) & ~near
    unknown = inside & filled & ~known

    def explain_other(i):
        if i in agreeing:
            return tr(
                "The point lies in {found}, the answer is {answered}, and the other answers agree with {answered} "
                "({answers}): the GPS point is more likely wrong than the answer. Check the location; give "
                "{found} as the new value only if the household really is there."
            ).format(found=located[i], answered=answered[i], answers=agreeing[i])
        return tr("The point lies in {found}, the answer is {answered}.").format(found=located[i], answered=answered[i])

    suggested = np.array([None if i in agreeing else code for i, code in enumerate(located)], dtype=object)

    def explain_unknown(i):
        return tr("{answered} is the P-code of no admin area; the point lies in {found}.").format(
            answered=answered[i].strip(), found=located[i]
        )

    return make_entries(
        df,
        other,
        question=code_col,
        issue=tr("GPS point in another admin area"),
        check_id="gps.admin_mismatch",
        new_values=suggested,
        explanations=explain_other,
        **common,
    ) + make_entries(
        df,
        unknown,
        question=code_col,
        issue=tr("P-code of no admin area"),
        check_id="gps.admin_unknown",
        new_values=located,
        explanations=explain_unknown,
        **common,
    )


def _moved_entries(df, points, lat_col, lon_col, config, common):
    """gps.moved: the coordinate columns a point was moved away from in QGIS, its coordinates suggested;
    and a sentence for the run's output saying the point, not the columns, was checked."""
    import numpy as np

    moved = points.moved
    rows = np.flatnonzero(moved)
    add_note(
        config,
        trn(
            "%n GPS point of the layer lies away from the coordinates answered in {latitude}/{longitude} (first: "
            "{uuid}): it was moved after the import, and the GPS checks used the point, not the columns.",
            "%n GPS points of the layer lie away from the coordinates answered in {latitude}/{longitude} (first: "
            "{uuid}): they were moved after the import, and the GPS checks used the points, not the columns.",
            len(rows),
        ).format(latitude=lat_col, longitude=lon_col, uuid=df[config.uuid_column].iloc[rows[0]]),
    )
    if lat_col not in df.columns or lon_col not in df.columns:
        return []  # no column to bring to the point: the sentence says it
    # Python floats: numpy 2 (QGIS 3.40's) writes a numpy float's repr as 'np.float64(5.9)' in the log
    lat, lon = np.round(points.lat, 7).tolist(), np.round(points.lon, 7).tolist()
    with np.errstate(invalid="ignore"):
        metres = distance_m(points.answered_lat, points.answered_lon, points.lat, points.lon)

    def explain(i):
        return tr(
            "The layer's point lies {distance} m from these coordinates, at latitude {lat}, longitude {lon}: it "
            "was moved after the import, and the GPS checks used it. The new value brings the column to it."
        ).format(distance=f"{metres[i]:.0f}", lat=lat[i], lon=lon[i])

    return [
        entry
        for question, values in ((lat_col, lat), (lon_col, lon))
        for entry in make_entries(
            df,
            moved,
            question=question,
            issue=tr("GPS point moved: coordinates out of date"),
            check_id="gps.moved",
            new_values=values,
            explanations=explain,
            **common,
        )
    ]
