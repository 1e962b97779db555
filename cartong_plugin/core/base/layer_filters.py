# SPDX-License-Identifier: GPL-3.0-or-later
"""A survey layer filtered in QGIS: how many of its submissions the filter hides.

A layer's filter (its subset string, set in the Query Builder while exploring one area or one enumerator)
is applied by QGIS to every read, so an algorithm that reads the layer sees only the rows it shows. An
algorithm that must see the whole survey (applying the cleaning log, running the checks) refuses such a
layer with :func:`refuse_filtered`; one for which a part may be meant (export for sharing) says it.
The algorithms' INPUT is a layer parameter, which QGIS gives no "selected features only" nor feature
limit: the filter is the only way they see fewer rows than the survey holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import trn


@dataclass(frozen=True)
class HiddenRows:
    """A layer whose filter hides some of its rows."""

    layer: str  # the layer's name, as the Layers panel shows it
    filter: str  # its subset string
    shown: int  # rows the filter shows
    total: int  # rows of the table without the filter


def hidden_rows(layer) -> HiddenRows | None:
    """What the filter of ``layer`` hides, or None when it has none or hides no row."""
    subset = layer.subsetString() if layer is not None else ""
    if not subset:
        return None
    shown, total = _count(layer), _count(_unfiltered(layer))
    return HiddenRows(layer.name(), subset, shown, total) if shown != total else None


def _unfiltered(layer):
    """The same table opened again without the filter; the project's layer is not touched.

    Opened from its source without the filter rather than by clearing a clone's: a GeoPackage whose filter
    is cleared by setSubsetString("") is written to by QGIS 3.22's OGR provider, and inputs are never changed.
    """
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsVectorLayer

    registry, provider = QgsProviderRegistry.instance(), layer.providerType()
    assert registry is not None  # QGIS is running
    parts = registry.decodeUri(provider, layer.source())
    if "sql" in parts:  # PostgreSQL, SpatiaLite...: the URI keeps its other keys (authcfg, sslmode) as they are
        uri = QgsDataSourceUri(layer.source())
        uri.setSql("")
        source = uri.uri(False)
    else:  # OGR files, delimited text: "subset"
        parts.pop("subset", None)
        source = registry.encodeUri(provider, parts)
    whole = QgsVectorLayer(source, layer.name(), provider) if source else None
    if whole is None or not whole.isValid() or whole.subsetString():
        whole = layer.clone()  # a provider whose URI cannot be rebuilt: its filter cleared on a copy
        whole.setSubsetString("")
    return whole


def _count(layer) -> int:
    """The rows ``layer`` gives, counted one by one (ids only: no geometry, no attribute).

    Not featureCount(): a PostgreSQL layer with estimatedmetadata=true gives the planner's estimate (70 rows
    for a filter showing 5 on a table not yet analysed, 419 for a filter hiding none of 420), so a filter
    would be refused falsely or with wrong numbers, or not refused at all. Only filtered layers are counted."""
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return sum(1 for _feature in layer.getFeatures(request))


def refuse_filtered(layer, for_checks: bool = False) -> None:
    """CartongError when the filter of ``layer`` hides some of its submissions, naming the layer, the filter,
    how many rows it shows and how to clear it: the cleaned survey (or the checks' log, ``for_checks``) is
    about the whole survey."""
    from .errors import CartongError

    hidden = hidden_rows(layer)
    if hidden is None:
        return
    if for_checks:
        raise CartongError(
            trn(
                "The layer {layer} has a filter ({filter}): {shown} of %n submission shown. The checks compare "
                "each submission with the whole survey (duplicates, outliers, interviews in bursts) and write its "
                "cleaning log, which would lose the pending rows of the hidden submissions, so nothing was checked: "
                "clear the filter (Layer Properties > Source > Query Builder, or the filter icon in the Layers "
                "panel) and run again.",
                "The layer {layer} has a filter ({filter}): {shown} of %n submissions shown. The checks compare "
                "each submission with the whole survey (duplicates, outliers, interviews in bursts) and write its "
                "cleaning log, which would lose the pending rows of the hidden submissions, so nothing was checked: "
                "clear the filter (Layer Properties > Source > Query Builder, or the filter icon in the Layers "
                "panel) and run again.",
                hidden.total,
            ).format(layer=hidden.layer, filter=hidden.filter, shown=hidden.shown)
        )
    raise CartongError(
        trn(
            "The layer {layer} has a filter ({filter}): {shown} of %n submission shown. The cleaned survey is the "
            "whole survey minus the submissions the cleaning log removes, so nothing was written: clear the filter "
            "(Layer Properties > Source > Query Builder, or the filter icon in the Layers panel) and run again.",
            "The layer {layer} has a filter ({filter}): {shown} of %n submissions shown. The cleaned survey is the "
            "whole survey minus the submissions the cleaning log removes, so nothing was written: clear the filter "
            "(Layer Properties > Source > Query Builder, or the filter icon in the Layers panel) and run again.",
            hidden.total,
        ).format(layer=hidden.layer, filter=hidden.filter, shown=hidden.shown)
    )


def shared_part_warning(hidden: HiddenRows) -> str:
    """What the user is told when a filtered layer is exported for sharing (a part may be meant)."""
    return trn(
        "The layer {layer} has a filter ({filter}): only the {shown} of its %n submission that it shows are "
        "shared, and every count (by area, small counts hidden, rare combinations) is made on them, not on the "
        "whole survey; the README says so. To share the whole survey, clear the filter (Layer Properties > "
        "Source > Query Builder, or the filter icon in the Layers panel).",
        "The layer {layer} has a filter ({filter}): only the {shown} of its %n submissions that it shows are "
        "shared, and every count (by area, small counts hidden, rare combinations) is made on them, not on the "
        "whole survey; the README says so. To share the whole survey, clear the filter (Layer Properties > "
        "Source > Query Builder, or the filter icon in the Layers panel).",
        hidden.total,
    ).format(layer=hidden.layer, filter=hidden.filter, shown=hidden.shown)


def shared_part_sentence(action: dict) -> str:
    """The wizard's line for the README step of a filtered layer shared (action ``part_of_source``)."""
    params = action.get("parameters", {})
    return trn(
        "WARNING: the file holds {shown} of the %n submission of the layer (its filter chose them): its counts "
        "are not the survey's totals.",
        "WARNING: the file holds {shown} of the %n submissions of the layer (its filter chose them): its counts "
        "are not the survey's totals.",
        params.get("total", 0),
    ).format(shown=params.get("shown", 0))


def part_of_source(hidden: HiddenRows) -> dict:
    """The step recorded in the README and cartong_protection of a file shared from a filtered layer. The filter
    itself is not written: it may name a person (an enumerator) and the file goes to partners."""
    return {"action": "part_of_source", "parameters": {"shown": hidden.shown, "total": hidden.total}}
