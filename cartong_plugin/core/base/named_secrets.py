# SPDX-License-Identifier: GPL-3.0-or-later
"""Secrets for runs without a desktop (``qgis_process``, cron): read from a place the user names.

A Processing parameter never holds a secret itself, since parameter values land in logs, in the
Processing history and in models. It holds where the secret is: ``env:NAME`` (an environment
variable) or ``file:PATH`` (a file whose content is the secret; a bare path works too). The secret is
read when the algorithm runs, never written anywhere, and never quoted in a message.
``check_sendable`` refuses a token or password that cannot be what the server gave (a line break of a
two-line paste, a "…" of a shortened display), wherever it was read from, before it reaches a request.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CartongError, os_reason
from .i18n import tr

MAX_SECRET_FILE_BYTES = 64 * 1024  # a token, password or key is tiny: anything bigger is the wrong file


@dataclass
class NamedSecret:
    """The secret read from ``source``; ``warnings`` are sentences to show (never containing it)."""

    value: str = field(repr=False)
    source: str
    warnings: list[str] = field(default_factory=list)

    def __repr__(self) -> str:  # keep the secret out of tracebacks and debug prints
        return f"NamedSecret(source={self.source!r}, value=<hidden>)"


def read_named_secret(source: str, what: str, *, parameter: str) -> NamedSecret:
    """Read the secret named by ``source`` (``env:NAME``, ``file:PATH`` or a path).

    ``what`` says in words what the secret is for (e.g. "the KoboToolbox API token"), ``parameter`` where
    ``source`` was given (a parameter's name such as SECRET, or a field's label), both for messages.
    What was given is quoted only once it is known to be a place: a value pasted there by mistake is
    often the secret itself (an unset ``env:`` name, a file that does not exist and does not look like
    a path)."""
    source = (source or "").strip()
    if not source:
        raise CartongError(tr("No place was named for {what}: write env:VARIABLE or file:PATH.").format(what=what))
    if source.startswith("env:"):
        name = source[4:].strip()
        value = os.environ.get(name, "").strip() if name else ""
        if not value:
            raise CartongError(
                tr(
                    "{parameter} gives env: for {what}, but no environment variable of that name is set, or it is "
                    "empty. After env: write the name of a variable that holds the secret, never the secret itself: "
                    "if you wrote {what} there, put it in an environment variable or a file and name that instead."
                ).format(parameter=parameter, what=what)
            )
        return NamedSecret(value, source)
    prefixed = source.startswith("file:")
    path = Path(source[5:] if prefixed else source).expanduser()
    if not _is_file(path):
        if _looks_like_path(path):
            raise CartongError(
                tr("The file {file}, named in {parameter} for {what}, does not exist.").format(
                    file=path, parameter=parameter, what=what
                )
            )
        if prefixed:
            raise CartongError(
                tr(
                    "{parameter} gives file: for {what}, but what follows is not an existing file, and it may be "
                    "the secret itself. Put {what} in a file or an environment variable and write file:PATH or "
                    "env:NAME instead."
                ).format(parameter=parameter, what=what)
            )
        raise CartongError(
            tr(
                "{parameter} must start with env: or file: ({what}): what was given is not an existing file, and "
                "it may be the secret itself. Put it in an environment variable or a file and write env:NAME or "
                "file:PATH instead."
            ).format(parameter=parameter, what=what)
        )
    if path.stat().st_size > MAX_SECRET_FILE_BYTES:
        raise CartongError(
            tr("The file {file}, named for {what}, is too big to hold a secret: is it the right file?").format(
                file=path, what=what
            )
        )
    try:
        value = path.read_text(encoding="utf-8-sig").strip()
    except (OSError, UnicodeDecodeError) as err:
        raise CartongError(
            tr("The file {file}, named for {what}, could not be read as text: {error}").format(
                file=path, what=what, error=os_reason(err) if isinstance(err, OSError) else type(err).__name__
            )
        ) from err
    if not value:
        raise CartongError(tr("The file {file}, named for {what}, is empty.").format(file=path, what=what))
    if "\n" in value:
        raise CartongError(
            tr("The file {file}, named for {what}, holds several lines: it must hold the secret alone.").format(
                file=path, what=what
            )
        )
    warnings = []
    if os.name == "posix" and path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH):
        warnings.append(tr("Other users of this computer can read {file}: restrict it (chmod 600).").format(file=path))
    return NamedSecret(value, source, warnings)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a pasted secret may be too long for a file name, or hold a NUL
        return False


def _looks_like_path(path: Path) -> bool:
    """True when ``path`` is surely a place, not a secret pasted by mistake: it exists, or lies in an
    existing folder other than the current one or a drive's root (a secret may start with "/")."""
    try:
        return path.exists() or (bool(path.parent.name) and path.parent.is_dir())
    except (OSError, ValueError):
        return False


def check_sendable(value: str, where: str, *, token: bool) -> None:
    """CartongError when the secret ``value`` holds a line break or another control character, or, for a
    ``token`` (sent in a header or an address: ASCII only), any character outside printable ASCII.

    ``where`` is a sentence's subject naming where it was read from ("The secret named by env:KOBO_TOKEN (the
    KoboToolbox API token)"). The secret is never quoted: only the wrong character is described."""
    for char in value:
        if char in "\r\n\u2028\u2029\x85":
            problem = tr("a line break")
        elif unicodedata.category(char) == "Cc":
            problem = tr("a control character (such as a tab)")
        elif token and not (" " <= char <= "~"):
            problem = tr("a character that is not part of a token ({char})").format(
                char=f"U+{ord(char):04X} {unicodedata.name(char, '')}".strip()
            )
        else:
            continue
        raise CartongError(
            tr("{where} holds {problem}: copy it again, in full and on one line, from where it was created.").format(
                where=where, problem=problem
            )
        )
