# SPDX-License-Identifier: GPL-3.0-or-later
"""The proxy configured in QGIS (Settings > Options > Network), as ``requests`` takes it.

``qgis_proxies`` is asked by ``http.ServerClient`` for each URL: the QGIS proxy, none for URLs QGIS
excludes, or the system's when QGIS says so (or outside QGIS).
"""

from __future__ import annotations


def qgis_proxies(url: str = "") -> dict[str, str] | None:
    """Proxies for ``requests`` from the QGIS network settings (Settings > Options > Network).

    None means "let requests use the system/environment proxy" (QGIS's DefaultProxy or no
    QGIS settings at all); an empty dict means no proxy; URLs listed as excluded in QGIS
    get no proxy. The proxy password may be in the returned URL: never log it.
    """
    try:
        from qgis.core import QgsSettings
    except ImportError:  # outside QGIS (bench tools): the environment decides
        return None
    settings = QgsSettings()
    enabled = str(settings.value("proxy/proxyEnabled", False)).lower() in ("true", "1")
    if not enabled:
        return None
    kind = str(settings.value("proxy/proxyType", "DefaultProxy") or "DefaultProxy")
    if kind == "DefaultProxy":
        return None
    if kind == "NoProxy":
        return {}
    for key in ("proxy/proxyExcludedUrls", "proxy/noProxyUrls"):
        excluded = settings.value(key, []) or []
        if isinstance(excluded, str):
            excluded = excluded.split("|")
        if url and any(prefix and url.startswith(prefix) for prefix in excluded):
            return {}
    host = str(settings.value("proxy/proxyHost", "") or "").strip()
    if not host:
        return None
    port = str(settings.value("proxy/proxyPort", "") or "").strip()
    user = str(settings.value("proxy/proxyUser", "") or "")
    password = str(settings.value("proxy/proxyPassword", "") or "")
    scheme = "socks5h" if kind == "Socks5Proxy" else "http"
    credentials = ""
    if user:
        from urllib.parse import quote

        credentials = quote(user, safe="") + (":" + quote(password, safe="") if password else "") + "@"
    proxy = f"{scheme}://{credentials}{host}" + (f":{port}" if port else "")
    return {"http": proxy, "https": proxy}
