# SPDX-License-Identifier: GPL-3.0-or-later
"""The sentences cartong:countbyadmin says about the admin areas it counted in: P-codes shared by
several areas (or written with other capitals), areas without P-code, areas without boundary,
overlapping areas, submissions right on a border two areas share, submissions outside every area
(swapped coordinates, wrong CRS) and submissions whose location no map can hold; and the areas an
atlas makes no page for (no boundary), said by cartong:exportmappdf and the map wizard.
"""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from ..base.i18n import tr, trn
from .aggregate import NO_CODE_KEY, AdminCounts

NO_BOUNDARY_PROPERTY = "cartong/areas_without_boundary"
NO_BOUNDARY = "is_empty_or_null($geometry)"


def duplicates_warning(admin: QgsVectorLayer, counts: AdminCounts) -> str:
    """The sentence naming the P-codes several areas of ``admin`` share ("" when none)."""
    if not counts.duplicates:
        return ""
    codes = sorted(counts.duplicates)
    listed = (
        ", ".join(  # codes written with other capitals are one code: each spelling is shown
            tr("{code} ({count} areas)").format(
                code=" / ".join(sorted(counts.spellings.get(code, {code}))), count=counts.duplicates[code]
            )
            for code in codes[:10]
        )
        + (" ..." if len(codes) > 10 else "")
    )
    return tr(
        "The admin layer {layer} has {count} P-code(s) shared by several areas: {codes}. Each submission "
        "is counted once: the areas of one P-code are one area (one feature) in the result. Check the "
        "boundaries: a P-code names one area."
    ).format(layer=admin.name(), count=len(codes), codes=listed)


def outside_warning(points: QgsVectorLayer, admin: QgsVectorLayer, outside: int, counted: int) -> str:
    """The sentence on the ``outside`` submissions of ``points`` that lie in no area of ``admin`` (by
    location), with the likely causes; stronger when not one was ``counted``: every area counts 0."""
    crs = points.crs().authid() or points.crs().description()
    if counted == 0:
        return trn(
            "No submission of {points} lies in any area of {admin}: its %n submission is outside every area, "
            "so every area counts 0 and a map of these counts is empty. If the survey was made in these "
            "areas, its latitude and longitude are most likely swapped, or {points} has the wrong coordinate "
            "reference system ({crs}): look at both layers on a map, fix the coordinates, and count again.",
            "No submission of {points} lies in any area of {admin}: all %n submissions are outside every area, "
            "so every area counts 0 and a map of these counts is empty. If the survey was made in these "
            "areas, its latitude and longitude are most likely swapped, or {points} has the wrong coordinate "
            "reference system ({crs}): look at both layers on a map, fix the coordinates, and count again.",
            outside,
        ).format(points=points.name(), admin=admin.name(), crs=crs)
    return trn(
        "%n submission of {points} lies outside every area of {admin} and is not counted. If it was made in "
        "these areas, its latitude and longitude may be swapped, or {points} may have the wrong coordinate "
        "reference system ({crs}).",
        "%n submissions of {points} lie outside every area of {admin} and are not counted. If they were made "
        "in these areas, their latitude and longitude may be swapped, or {points} may have the wrong "
        "coordinate reference system ({crs}).",
        outside,
    ).format(points=points.name(), admin=admin.name(), crs=crs)


def area_warnings(admin: QgsVectorLayer, counts: AdminCounts, name_field: str | None) -> list[str]:
    """The sentences naming the areas without P-code or without boundary, the overlapping areas, the
    submissions on a shared border and the locations off the earth (none when all is well)."""
    names = {}
    if name_field and admin.fields().indexOf(name_field) >= 0:
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        names = {
            f.id(): f[name_field]
            for f in admin.getFeatures(request.setSubsetOfAttributes([name_field], admin.fields()))
        }

    def area(key: str) -> str:
        if not key.startswith("\0"):
            return key
        fid = int(key[1:])
        name = names.get(fid)
        return (
            str(name)
            if name not in (None, "") and not (hasattr(name, "isNull") and name.isNull())
            else tr("feature {fid}").format(fid=fid)
        )

    first_area: dict = {}  # P-code -> its first area's feature id, for its name
    for fid, key in counts.keys.items():
        first_area.setdefault(key, fid)

    def named(key: str) -> str:
        """ "CF112 Damara": the P-code and the name of the area (the name alone when it has no P-code)."""
        name = names.get(first_area.get(key, -1))  # -1: no feature
        if key.startswith("\0") or name in (None, "") or (hasattr(name, "isNull") and name.isNull()):
            return area(key)
        return f"{key} {name}"

    warnings = []
    if counts.no_boundary:
        listed = ", ".join(named(counts.keys[fid]) for fid in counts.no_boundary[:10])
        warnings.append(
            trn(
                "%n area of {layer} has no boundary (its geometry is empty): {areas}. No submission can be placed "
                "in it by location: its submissions are counted outside every area. Give it its boundary, or "
                "count by the P-code of the submissions.",
                "%n areas of {layer} have no boundary (their geometry is empty): {areas}. No submission can be "
                "placed in them by location: their submissions are counted outside every area. Give them their "
                "boundaries, or count by the P-code of the submissions.",
                len(counts.no_boundary),
            ).format(layer=admin.name(), areas=listed + (" ..." if len(counts.no_boundary) > 10 else ""))
        )
    if counts.no_code:
        listed = ", ".join(area(NO_CODE_KEY.format(fid=fid)) for fid in counts.no_code[:10])
        warnings.append(
            trn(
                "%n area of {layer} has no P-code ({areas}): it is counted on its own. Give it its P-code.",
                "%n areas of {layer} have no P-code ({areas}): each is counted on its own, none merged. "
                "Give them their P-codes.",
                len(counts.no_code),
            ).format(layer=admin.name(), areas=listed + (" ..." if len(counts.no_code) > 10 else ""))
        )
    if counts.overlaps:
        listed = _ranked(counts.overlaps, " + ", area)
        warnings.append(
            trn(
                "%n submission lies in several overlapping areas of {layer} ({listed}); it was counted once, in "
                "the first area listed (in the order of the layer). Check the boundaries: areas of one level "
                "do not overlap.",
                "%n submissions lie in several overlapping areas of {layer} ({listed}); each was counted once, in "
                "the first area listed (in the order of the layer). Check the boundaries: areas of one level "
                "do not overlap.",
                sum(counts.overlaps.values()),
            ).format(layer=admin.name(), listed=listed)
        )
    if counts.borders:
        listed = _ranked(counts.borders, " / ", named)
        warnings.append(
            trn(
                "%n submission lies right on a border shared by areas of {layer} ({listed}); it was counted once, "
                "in the area whose P-code comes first (the first listed). A shared border is no overlap: the "
                "boundaries need no correction.",
                "%n submissions lie right on a border shared by areas of {layer} ({listed}); each was counted once, "
                "in the area whose P-code comes first (the first listed). A shared border is no overlap: the "
                "boundaries need no correction.",
                sum(counts.borders.values()),
            ).format(layer=admin.name(), listed=listed)
        )
    if counts.off_earth:
        fid, x, y = counts.off_earth[0]
        warnings.append(
            trn(
                "%n submission has a location outside the earth (feature {fid}: {x}, {y}) and is not counted. "
                "Correct its GPS location (latitude and longitude swapped or mistyped?).",
                "%n submissions have a location outside the earth (first: feature {fid}: {x}, {y}) and are not "
                "counted. Correct their GPS locations (latitude and longitude swapped or mistyped?).",
                len(counts.off_earth),
            ).format(fid=fid, x=round(x, 6), y=round(y, 6))
        )
    return warnings


def _ranked(groups: dict, joiner: str, name) -> str:
    """The ten groups of areas with the most submissions, most first: "A + B: 3; C + D: 1"."""
    ranked = sorted(groups.items(), key=lambda item: -item[1])
    return "; ".join(
        tr("{areas}: {count}").format(areas=joiner.join(name(key) for key in keys), count=count)
        for keys, count in ranked[:10]
    )


def note_areas_without_boundary(layout, areas: QgsVectorLayer, data_filter: str, code_field: str, name_field: str):
    """Keep on ``layout`` "<P-code> <name>" of each area of ``areas`` (of those ``data_filter``, when
    given, keeps) whose geometry is NULL or empty: the atlas makes no page for it (``no_boundary_warnings``)."""
    expression = f"({data_filter}) AND {NO_BOUNDARY}" if data_filter else NO_BOUNDARY
    request = QgsFeatureRequest().setFilterExpression(expression)
    request.addOrderBy(f'"{code_field.replace(chr(34), chr(34) * 2)}"')  # the order of the atlas pages

    def text(value) -> str:
        return "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)

    missing = [f"{text(f[code_field])} {text(f[name_field])}".strip() for f in areas.getFeatures(request)]
    layout.setCustomProperty(NO_BOUNDARY_PROPERTY, missing)


def no_boundary_warnings(layout) -> list[str]:
    """One sentence per area the atlas of ``layout`` has no page for, as it has no boundary."""
    value = layout.customProperty(NO_BOUNDARY_PROPERTY) or []
    return [
        tr("{area} has no boundary (its geometry is empty): no page was made for it.").format(area=area)
        for area in ([value] if isinstance(value, str) else value)
    ]
