# SPDX-License-Identifier: GPL-3.0-or-later
"""Replace identifying values by keyed hashes (HMAC-SHA256), the key kept in QGIS's auth manager.

With the same key, the same value always gives the same pseudonym, so shared tables can
still be linked (a household across rounds) while nobody without the key can test a
guessed name or phone number, which a plain hash would allow. The key lives only in
the QGIS authentication database (encrypted by the master password); what is stored
in the settings is the ``authcfg`` id, which reveals nothing. The key is never written
to settings, projects, GeoPackage metadata, logs or error messages.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata

from ..base.errors import CartongError
from ..base.i18n import tr

SETTING_KEY_AUTHCFG = "cartong/protection/pseudonym_authcfg"
KEY_CONFIG_NAME = "CartONG pseudonymisation key"
_KEY_USERNAME = "cartong-pseudonymisation"  # marks the auth config as ours
PSEUDONYM_LENGTH = 16  # hex characters: 64 bits, no collision expected below millions of values
SETTING_DISPLACEMENT_SECRET = "cartong/protection/displacement_secret"


def new_key() -> bytes:
    """A fresh random 256-bit key."""
    return secrets.token_bytes(32)


def _normalise(value) -> str:
    """The text that is hashed: NFC, trimmed, inner spaces collapsed, case folded.

    "Awa  Ngaba" and "awa ngaba" are the same person typed twice; they get one pseudonym.
    """
    text = unicodedata.normalize("NFC", str(value))
    return re.sub(r"\s+", " ", text).strip().casefold()


def pseudonymise_value(value, key: bytes, length: int = PSEUDONYM_LENGTH) -> str | None:
    """HMAC-SHA256 of the normalised value, as ``length`` hex characters; None stays None.

    Empty values stay empty: a pseudonym for "nothing" would only add noise.
    """
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    text = _normalise(value)
    if not text:
        return None
    if not key:
        raise CartongError(tr("No pseudonymisation key: create or choose one first."))
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:length]


def key_from_named_source(source: str, feedback=None, parameter: str = "KEY_SOURCE") -> bytes:
    """The key held in the place ``source`` names (``env:NAME`` or ``file:PATH``): 64 hex characters.

    For runs without a desktop and one-off exports: no authentication database, no master password.
    Make one with ``python3 -c "import secrets; print(secrets.token_hex(32))" > key.txt``. ``parameter``
    names where ``source`` was given, for messages."""
    from ..base.named_secrets import read_named_secret

    named = read_named_secret(source, tr("the pseudonymisation key"), parameter=parameter)
    for warning in named.warnings:
        if feedback is not None:
            feedback.pushWarning(warning)
    try:
        key = bytes.fromhex(named.value)
    except ValueError:
        key = b""
    if len(key) < 16:
        raise CartongError(
            tr(
                "The pseudonymisation key in {source} must be at least 32 hexadecimal characters "
                "(64 recommended), on one line."
            ).format(source=source)
        )
    return key


def key_fingerprint(key: bytes) -> str:
    """A short, non-secret tag of the key, so a metadata note can say which key was used."""
    return hmac.new(key, b"cartong key fingerprint", hashlib.sha256).hexdigest()[:8]


class Pseudonymiser:
    """A callable holding the key; its repr never shows it (safe in logs and tracebacks)."""

    def __init__(self, key: bytes, length: int = PSEUDONYM_LENGTH):
        if not key:
            raise CartongError(tr("No pseudonymisation key: create or choose one first."))
        self._key = bytes(key)
        self.length = length
        self.fingerprint = key_fingerprint(self._key)

    def __call__(self, value) -> str | None:
        return pseudonymise_value(value, self._key, self.length)

    def __repr__(self) -> str:
        return f"Pseudonymiser(fingerprint={self.fingerprint!r})"


# --------------------------------------------------------------------------- auth manager


def _auth_manager():
    """The unlocked auth manager, or CartongError saying what to do."""
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise CartongError(
            tr("The QGIS authentication system is not available, so the pseudonymisation key cannot be kept safely.")
        )
    # In the desktop, setMasterPassword(True) asks the user (or the system keychain).
    if not manager.masterPasswordIsSet() and not manager.setMasterPassword(True):
        raise CartongError(
            tr(
                "The QGIS master password is needed to keep the pseudonymisation "
                "key: set it in Settings > Options > Authentication and try again."
            )
        )
    return manager


def store_key(key: bytes, name: str = KEY_CONFIG_NAME) -> str:
    """Store ``key`` as a new auth configuration; return its ``authcfg`` id."""
    from qgis.core import QgsAuthMethodConfig

    manager = _auth_manager()
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", _KEY_USERNAME)
    config.setConfig("password", key.hex())
    if not manager.storeAuthenticationConfig(config) or not config.id():
        raise CartongError(tr("The pseudonymisation key could not be saved in the QGIS authentication database."))
    return config.id()


def load_key(authcfg: str) -> bytes:
    """Read the key of auth configuration ``authcfg``; CartongError if missing or not a key."""
    from qgis.core import QgsAuthMethodConfig

    manager = _auth_manager()
    config = QgsAuthMethodConfig()
    if not authcfg or authcfg not in manager.configIds() or not manager.loadAuthenticationConfig(authcfg, config, True):
        raise CartongError(
            tr(
                "The authentication configuration {authcfg} was not found: choose "
                "another pseudonymisation key or create a new one."
            ).format(authcfg=authcfg)
        )
    try:
        key = bytes.fromhex(config.config("password"))
    except ValueError:
        key = b""
    if config.config("username") != _KEY_USERNAME or len(key) < 16:
        raise CartongError(
            tr("The authentication configuration {authcfg} does not hold a CartONG pseudonymisation key.").format(
                authcfg=authcfg
            )
        )
    return key


def list_keys() -> list[tuple[str, str]]:
    """(authcfg, name) of the CartONG pseudonymisation keys in the auth database, by name.

    Only names are read (no secret, no master password): a key is checked when loaded.
    """
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return []
    configs = manager.availableAuthMethodConfigs()
    return sorted(
        ((authcfg, config.name()) for authcfg, config in configs.items() if config.name().startswith(KEY_CONFIG_NAME)),
        key=lambda item: item[1].casefold(),
    )


def create_key(label: str) -> tuple[str, bytes]:
    """(authcfg, key) of a new key stored as "CartONG pseudonymisation key - <label>".

    A key for one recipient: their pseudonyms cannot be matched with those of other exports.
    """
    key = new_key()
    return store_key(key, f"{KEY_CONFIG_NAME} - {label}"), key


def default_key() -> tuple[str, bytes]:
    """(authcfg, key) of the user's pseudonymisation key, created and remembered on first use.

    Only the ``authcfg`` id goes to QgsSettings; reusing one key keeps pseudonyms stable
    from one export to the next.
    """
    from qgis.core import QgsSettings

    settings = QgsSettings()
    authcfg = settings.value(SETTING_KEY_AUTHCFG, "", type=str)
    if authcfg:
        manager = _auth_manager()
        if authcfg in manager.configIds():
            return authcfg, load_key(authcfg)
    key = new_key()
    authcfg = store_key(key)
    settings.setValue(SETTING_KEY_AUTHCFG, authcfg)
    return authcfg, key


# --------------------------------------------------------------------------- displacement secret


def displacement_secret(key: bytes | None = None) -> bytes:
    """The secret that fixes each submission's offset when points are moved (``displace.KeyedDraws``).

    With a ``key`` the user named for the export (KEY_AUTHCFG, KEY_SOURCE): a secret derived from
    it (HMAC with a label, so one key is never used raw for two purposes), and every machine holding
    the key moves a submission the same way. Otherwise the profile's own secret: 256 random bits
    made on first use and kept in the profile's QGIS settings. Not in the authentication database
    like the key: every export moves points by default and must run without a master password
    (qgis_process, first use), and a master password asked for sometimes but not always would give
    two secrets, so two offsets to average. The secret only helps someone who already holds this
    QGIS profile; it is never written in an output, a log or a message.
    """
    if key:
        return hmac.new(bytes(key), b"cartong displacement secret", hashlib.sha256).digest()
    from qgis.core import QgsSettings

    settings = QgsSettings()
    try:
        secret = bytes.fromhex(settings.value(SETTING_DISPLACEMENT_SECRET, "", type=str))
    except ValueError:
        secret = b""
    if len(secret) < 32:
        secret = new_key()
        settings.setValue(SETTING_DISPLACEMENT_SECRET, secret.hex())
        settings.sync()
    return secret
