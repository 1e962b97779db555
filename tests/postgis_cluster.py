# SPDX-License-Identifier: GPL-3.0-or-later
"""A throw-away PostgreSQL 15 + PostGIS 3 cluster for the tests (and the benchmark).

``initdb``/``pg_ctl`` from Debian's ``postgresql-15`` (or the newest PostgreSQL installed, as in
the QGIS LTR chroot of ``make test-ltr``) run as an unprivileged system user
(``cartongtest``, created when missing, since the tests run as root and PostgreSQL refuses to)
with the data and the Unix socket in a temporary folder: no system service, no TCP port.
GDAL and QGIS connect with ``host=<folder>``.

Roles made once for the whole session, none of them superuser:
``steward`` (owns the database ``teams``, may create roles: what an administrator of the shared
store has), ``alice``, ``bob``, ``carol`` (reviewers), ``vera`` (a viewer) and ``secured``, the
only one that must give a password (``SECURED_PASSWORD``, scram-sha-256), for the auth-manager
tests. Everyone else is trusted on the socket, as in a throw-away cluster.

The cluster is stopped and its folder removed at the end of the session whatever happens; a
folder left by a session that died (its pytest process is gone) is cleaned by the next one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


def _server_bin() -> Path:
    """CARTONG_PG_BIN, else Debian's PostgreSQL 15 (bookworm), else the newest one installed (17 on trixie)."""
    if os.environ.get("CARTONG_PG_BIN"):
        return Path(os.environ["CARTONG_PG_BIN"])
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    preferred = Path("/usr/lib/postgresql/15/bin")
    return preferred if (preferred / "initdb").exists() or not found else found[-1].parent


BIN = _server_bin()
SYSTEM_USER = "cartongtest"
DATABASE = "teams"
STEWARD = "steward"
PEOPLE = ("alice", "bob", "carol", "vera")
SECURED = "secured"
SECURED_PASSWORD = "correct horse battery staple"
_PREFIX = "cartong-pg-"

_HBA = f"""\
local all {SECURED} scram-sha-256
local all all trust
"""


class PostgisCluster:
    """One running cluster: ``conninfo(user)`` is a libpq connection string for GDAL and QGIS."""

    def __init__(self, root: Path | None = None):
        self.root = Path(root or tempfile.mkdtemp(prefix=_PREFIX, dir="/tmp"))  # short: a socket path
        self.data = self.root / "data"
        self.socket_dir = self.root
        self.log = self.root / "server.log"
        self._as_user: dict = {}

    # -- running commands as the unprivileged user -----------------------------------------------

    def _prepare_user(self) -> None:
        if os.geteuid() != 0:
            return  # a developer's own account: PostgreSQL runs as them
        import grp
        import pwd

        try:
            pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            subprocess.run(
                ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER], check=True
            )
        entry = pwd.getpwnam(SYSTEM_USER)
        self._as_user = {"user": entry.pw_uid, "group": grp.getgrgid(entry.pw_gid).gr_gid, "extra_groups": []}
        os.chown(self.root, entry.pw_uid, entry.pw_gid)

    def run(self, *args: str, check: bool = True, stdin: str | None = None) -> subprocess.CompletedProcess:
        env = {"PATH": f"{BIN}:/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": str(self.root), "PGTZ": "UTC"}
        return subprocess.run(
            list(args),
            check=check,
            capture_output=True,
            text=True,
            cwd=self.root,
            env=env,
            input=stdin,
            timeout=120,
            **self._as_user,
        )

    # -- life ------------------------------------------------------------------------------------

    def start(self) -> PostgisCluster:
        _remove_orphans()
        (self.root / "owner.pid").write_text(str(os.getpid()), encoding="ascii")
        self._prepare_user()
        self.run(
            str(BIN / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--encoding=UTF8",
            "--locale=C",
            "--auth=trust",
            "--no-sync",
        )
        (self.data / "pg_hba.conf").write_text(_HBA, encoding="utf-8")
        options = " ".join(
            [
                "-c listen_addresses=''",
                f"-c unix_socket_directories={self.socket_dir}",
                "-c shared_buffers=16MB",
                "-c max_connections=60",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c timezone=UTC",
                "-c lc_messages=C",
            ]
        )
        self.run(
            str(BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start"
        )
        self.sql(
            f"CREATE ROLE {STEWARD} LOGIN CREATEROLE;"
            f"CREATE DATABASE {DATABASE} OWNER {STEWARD};"
            + "".join(f"CREATE ROLE {person} LOGIN;" for person in PEOPLE)
            + f"CREATE ROLE {SECURED} LOGIN PASSWORD '{SECURED_PASSWORD}';",
            database="postgres",
        )
        self.sql("CREATE EXTENSION postgis;")  # needs a superuser: done once by whoever installs the store
        return self

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            if (self.data / "postmaster.pid").exists():
                self.run(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    # -- using it --------------------------------------------------------------------------------

    def conninfo(self, user: str = STEWARD, database: str = DATABASE) -> str:
        """A libpq connection string over the Unix socket (no port, no password except for ``secured``)."""
        return f"host={self.socket_dir} dbname={database} user={user}"

    def sql(self, statements: str, user: str = "postgres", database: str = DATABASE) -> str:
        """Run SQL with psql as ``user`` (the cluster's superuser by default); rows as ``a|b`` lines."""
        done = self.run(
            str(BIN / "psql"),
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            str(self.socket_dir),
            "-U",
            user,
            "-d",
            database,
            check=False,
            stdin=statements,
        )
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def database_in_time_zone(self, name: str, zone: str) -> str:
        """A new database ``name`` with PostGIS whose sessions run in ``zone`` (``ALTER DATABASE ... SET
        timezone``, as a server installed outside UTC has it: Debian's initdb takes the machine's zone);
        the cluster itself stays in UTC for the other tests. Returns ``name``."""
        self.sql(f"CREATE DATABASE {name} OWNER {STEWARD}", database="postgres")
        self.sql(f"ALTER DATABASE {name} SET timezone = '{zone}'; ", database="postgres")
        self.sql("CREATE EXTENSION postgis;", database=name)
        return name

    def backends(self, user: str) -> list[int]:
        """Process ids of the server processes serving ``user``."""
        out = self.sql(f"SELECT pid FROM pg_stat_activity WHERE usename = '{user}' AND pid <> pg_backend_pid()")
        return [int(line) for line in out.splitlines() if line.strip()]


def _remove_orphans() -> None:
    """Stop and remove clusters left by test sessions that died (their pytest process is gone)."""
    for folder in Path("/tmp").glob(_PREFIX + "*"):
        try:
            owner = int((folder / "owner.pid").read_text(encoding="ascii"))
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        pid_file = folder / "data" / "postmaster.pid"
        with contextlib.suppress(OSError, ValueError, ProcessLookupError, PermissionError):
            postmaster = int(pid_file.read_text(encoding="ascii").splitlines()[0])
            os.kill(postmaster, 3)  # SIGQUIT: PostgreSQL's immediate shutdown
            for _ in range(50):
                if not _alive(postmaster):
                    break
                time.sleep(0.1)
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def available() -> bool:
    return (BIN / "initdb").exists() and (BIN / "pg_ctl").exists()
