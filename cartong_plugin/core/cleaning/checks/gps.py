# SPDX-License-Identifier: GPL-3.0-or-later
"""GPS checks: missing, (0,0), impossible, swapped latitude/longitude, outside the area of interest,
poor precision, points lying in another admin area than the one answered, and answers naming no admin
area.

The P-code answered is compared with the areas' as the maps count it (case and surrounding spaces
aside, see cleaning.pcode_keys). A point within ``ChecksConfig.admin_tolerance_m`` (50 m by default,
measured in metres whatever the boundaries' units) of the area answered is taken to be in it: a point
on the border of two areas, or a few metres across it, is within the precision of a phone's GPS and
of the boundaries, not in another area. The polygons are in admin_areas.
"""

from __future__ import annotations

from ...base.i18n import tr
from .admin_areas import AdminAreas
from .common import add_note, column_holding, make_entries, to_number

# AdminAreas importable from here, as before the polygons had their own module
__all__ = ["GEOMETRY_LATITUDE", "POINT_READER", "AdminAreas", "coordinate_columns", "find_gps_problems"]


# -- the check ----------------------------------------------------------------------------------


# WGS 84 coordinates of a point layer's geometry, added by layers.layer_to_frame (NaN where it has none)
GEOMETRY_LATITUDE = "_geometry_latitude"  # the source named when the layer's points stood in
# in a frame's attrs: a callable giving (longitudes, latitudes) of the layer's points, or None (see layer_to_frame)
POINT_READER = "cartong_point_reader"


def _geopoint_questions(form) -> list[str]:
    if form is None:
        return []
    return [n for n, q in form.questions.items() if q.type == "geopoint" and q.repeat is None]


def coordinate_columns(df, form, config):
    """(latitude, longitude, precision) column names, from the config, the form's geopoint or Kobo's default."""
    geopoints = _geopoint_questions(form)
    base = geopoints[0] if geopoints else "location"
    lat = config.latitude_column or f"_{base}_latitude"
    lon = config.longitude_column or f"_{base}_longitude"
    precision = config.precision_column or f"_{base}_precision"
    return lat, lon, precision


def _geopoint_text_parts(series):
    """(latitude, longitude, precision) numbers of a geopoint answer 'lat lon [alt [precision]]' (NaN if not)."""
    import numpy as np
    import pandas as pd

    parts = series.astype(object).where(series.notna(), "").astype(str).str.split(expand=True)
    out = []
    for position in (0, 1, 3):
        column = parts[position] if position in parts.columns else pd.Series([None] * len(series))
        out.append(pd.to_numeric(column, errors="coerce").to_numpy(dtype=float))
    good = ~(np.isnan(out[0]) | np.isnan(out[1]))
    return [np.where(good, values, np.nan) for values in out]


def read_coordinates(df, form, config):
    """(lat, lon, precision, sources) as float arrays: the coordinate columns where they are filled, else the
    geopoint answer's text, else the layer's point geometry. ``sources``: what was found (empty: nothing)."""
    import numpy as np

    lat_col, lon_col, precision_col = coordinate_columns(df, form, config)
    nothing = np.full(len(df), np.nan)
    sources = []
    lat, lon, precision = nothing.copy(), nothing.copy(), nothing.copy()
    if lat_col in df.columns and lon_col in df.columns:
        sources.append(lat_col)
        lat, lon = to_number(df[lat_col]).to_numpy(), to_number(df[lon_col]).to_numpy()
        if precision_col in df.columns:
            precision = to_number(df[precision_col]).to_numpy()
    geopoint = lat_col[1 : -len("_latitude")] if lat_col.startswith("_") and lat_col.endswith("_latitude") else ""

    def from_text(empty):
        if not geopoint or geopoint not in df.columns:
            return None
        parts = [nothing.copy(), nothing.copy(), nothing.copy()]  # parsed only where still empty
        for whole, found in zip(parts, _geopoint_text_parts(df[geopoint][empty])):
            whole[empty] = found
        return parts

    def from_geometry(empty):
        reader = df.attrs.get(POINT_READER)
        points = reader(empty) if reader is not None else None
        return None if points is None else (points[1], points[0], nothing)

    # each fallback is read only when cells are still empty (most surveys have every coordinate column filled)
    for source, read in ((geopoint, from_text), (GEOMETRY_LATITUDE, from_geometry)):
        empty = np.isnan(lat) | np.isnan(lon)
        if not empty.any():
            break
        found = read(empty)
        if found is None:
            continue
        other_lat, other_lon, other_precision = found
        sources.append(source)
        lat, lon = np.where(empty, other_lat, lat), np.where(empty, other_lon, lon)
        precision = np.where(empty & np.isnan(precision), other_precision, precision)
    return lat, lon, precision, sources


def _cells(df, column, numbers):
    """Old values of a coordinate: the column's own text where it is filled, else the number read elsewhere."""
    import numpy as np

    if column not in df.columns:
        return numbers
    filled = ~np.isnan(to_number(df[column]).to_numpy())
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
    lat, lon, precision, sources = read_coordinates(df, form, config)
    if not sources:
        add_note(
            config,
            tr(
                "GPS check not run: the layer has no {latitude}/{longitude} columns, no geopoint answer and no "
                "point geometry. Run the checks on the survey layer that holds the GPS points."
            ).format(latitude=lat_col, longitude=lon_col),
        )
        return []
    if lat_col not in df.columns:  # the log names a question the layer has: the geopoint, else the latitude
        geopoint = lat_col[1 : -len("_latitude")] if lat_col.endswith("_latitude") else ""
        lat_col = lon_col = geopoint if geopoint in df.columns else lat_col
    common = {"uuid_column": config.uuid_column, "when": config.when, "who": config.who}

    def where(i):
        return tr("Point: latitude {lat}, longitude {lon}.").format(lat=lat[i], lon=lon[i])

    entries = []
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
                old_values=_cells(df, question, value),
                new_values=_cells(df, other, new),
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
            entries += _admin_entries(df, code_col, answered, named, near, inside, located, common)
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


def _admin_entries(df, code_col, answered, named, near, inside, located, common):
    """gps.admin_mismatch where the point lies in another area than the one answered, gps.admin_unknown
    where the answer is the P-code of no area; the area holding the point suggested."""
    import numpy as np

    known = np.fromiter((code is not None for code in named), dtype=bool, count=len(named))
    filled = np.fromiter((bool(text.strip()) for text in answered), dtype=bool, count=len(answered))
    other = inside & known & (named != located) & ~near
    unknown = inside & filled & ~known

    def explain_other(i):
        return tr("The point lies in {found}, the answer is {answered}.").format(found=located[i], answered=answered[i])

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
        new_values=located,
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
