# SPDX-License-Identifier: GPL-3.0-or-later
"""The office columns that follow a field edit: a select answer's label and a moved point's coordinates.

The import writes beside a select answer its label (``q_label``, from ``form_choices`` in the import's
language) and beside the point its geopoint text (``location``: "lat lon alt acc") and split columns
(``_location_latitude`` ...). A team changing the answer or moving the point in its copy leaves those
as they were; merged alone, the office would say "male" labelled "Female", or a point 300 km from its
coordinates. So, when a field edit is applied:

* the label is made again from the office's choices (``choice_follow.label_of``); a code outside the
  list is its own label, as at import, and is listed (``code_not_in_choices``, the field value kept);
  a label the field changed for an answer that was not merged is not taken either;
* a select_multiple answer's 0/1 choice columns (Kobo's ``q/choice``, typed ``q_choice``) say again
  which choices it holds: 1 for each of its codes, 0 for the others, all empty for no answer (as the
  import leaves a question not asked); like the label, those the field changed for an answer that
  was not merged are not taken;
* the location text and its split latitude/longitude take the new point, unless the field changed
  them itself. Altitude and accuracy are dropped (text "lat lon", their columns emptied): they
  described the GPS fix at the old place, and a point moved by hand has neither. A point removed in
  the field empties them all.
"""

from __future__ import annotations

from ..cleaning.apply import survey_names
from ..cleaning.choice_follow import label_of
from .snapshot import GEOMETRY_KEY

CODE_NOT_IN_CHOICES = "code_not_in_choices"


class Followers:
    """The derived columns of one office table (see the module)."""

    def __init__(self, office_gpkg, layer):
        defn = layer.GetLayerDefn()
        present = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
        names = survey_names(office_gpkg, layer.GetName())
        self.selects = {
            column: (kind, dict(names.choices.get(list_name, [])))
            for column, (kind, list_name) in names.selects.items()
            if column in present
        }
        self.labels = {column for column in self.selects if f"{column}_label" in present}
        self.flags = _choice_columns(names, present)
        self.location: tuple[str, ...] = ()
        srs = layer.GetSpatialRef()
        if srs is not None and srs.GetAuthorityCode(None) == "4326":
            text = _location_column(office_gpkg, present)
            parts = [f"_{text}_{part}" for part in ("latitude", "longitude", "altitude", "precision")]
            if text and parts[0] in present and parts[1] in present:
                self.location = (text, *(p if p in present else "" for p in parts))

    def follow(self, uuid: str, fid, office: dict, field: dict, changes: dict, flagged: list, make) -> dict:
        """The derived values of the office row ``fid`` after ``changes`` (dropping from ``changes`` a label
        whose answer was not taken); codes outside their list appended to ``flagged`` (``make`` builds
        the entry: column, office value, field value)."""
        derived = {}
        for column, (kind, labels) in self.selects.items():
            label = f"{column}_label"
            if column not in changes:
                if field.get(column) != office.get(column):  # an answer left as the office has it:
                    for follower in (label, *(flag for flag, _choice in self.flags.get(column, ()))):
                        changes.pop(follower, None)  # nor its label nor its choice columns are the field's
                continue
            if column in self.labels:
                derived[label] = label_of(kind, labels, changes[column])
            if kind == "select_multiple":
                derived.update(_choice_flags(self.flags.get(column, ()), changes[column]))
            codes = (changes[column] or "").split() if kind == "select_multiple" else [changes[column] or ""]
            if labels and any(code and code not in labels for code in codes):
                flagged.append(make(column, office.get(column), changes[column]))
        if GEOMETRY_KEY in changes and self.location and not set(self.location) & set(changes):
            derived.update(_coordinates(self.location, changes[GEOMETRY_KEY]))
        return derived


def _choice_columns(names, present: set[str]) -> dict[str, list[tuple[str, str]]]:
    """{select_multiple column: [(its choice column in the layer, the choice)]}: the import's typed
    ``q_choice`` (``survey_names``), or Kobo's ``[group/]q/choice`` / ``q.choice`` kept as exported."""
    found: dict[str, list[tuple[str, str]]] = {}
    for flag, (owner, choice) in names.flag_of.items():
        if flag in present:
            found.setdefault(owner, []).append((flag, choice))
    for column, (kind, list_name) in names.selects.items():
        taken = {choice for _flag, choice in found.get(column, [])}
        for choice, _label in names.choices.get(list_name, []) if kind == "select_multiple" else []:
            spelled = sorted(
                name
                for name in present
                for sep in ("/", ".")
                if name == f"{column}{sep}{choice}" or name.endswith(f"{sep}{column}{sep}{choice}")  # group/q/choice
            )
            if spelled and choice not in taken:
                found.setdefault(column, []).append((spelled[0], choice))
    return found


def _choice_flags(flags, answer) -> dict:
    """The 0/1 choice columns of a select_multiple ``answer``: all empty when there is no answer."""
    codes = None if answer is None or not str(answer).strip() else set(str(answer).split())
    return {flag: None if codes is None else int(choice in codes) for flag, choice in flags}


def _location_column(gpkg, present: set[str]) -> str:
    """The geopoint text column of the import's point (``cartong_metadata.geometry_column``)."""
    import sqlite3
    from contextlib import closing

    try:
        with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT geometry_column FROM cartong_metadata ORDER BY fid DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return ""
    name = (row[0] or "").split("/")[-1] if row else ""
    return name if name in present else ""


def _coordinates(columns: tuple[str, ...], wkb_hex) -> dict:
    from osgeo import ogr

    text, lat, lon, alt, acc = columns
    point = ogr.CreateGeometryFromWkb(bytes.fromhex(wkb_hex)) if wkb_hex else None
    if point is None or point.IsEmpty() or ogr.GT_Flatten(point.GetGeometryType()) != ogr.wkbPoint:
        values: dict[str, object] = {text: None, lat: None, lon: None}
    else:
        y, x = _number(point.GetY()), _number(point.GetX())
        values = {text: f"{y} {x}", lat: y, lon: x}
    values.update({column: None for column in (alt, acc) if column})
    return values


def _number(value: float) -> str:
    return f"{value:.8f}".rstrip("0").rstrip(".")
