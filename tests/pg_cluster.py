"""A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, listen on 127.0.0.1 only
(a free port, trust auth, no unix socket), always stopped at the end.

PostgreSQL refuses to run as root; as root the server runs as ``nobody`` (``runuser`` or ``setpriv``)
in a folder it owns. Anything missing raises ``Unavailable`` with the reason, which tests turn into a skip.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

START_TIMEOUT = 20  # seconds
STOP_TIMEOUT = 10


class Unavailable(Exception):
    """No PostgreSQL server can be started here (the reason says why)."""


def find_bin_dir() -> Path:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(Path(d).parent.name)
                  if Path(d).parent.name.isdigit() else 0, reverse=True)
    for d in dirs:
        if (Path(d) / "pg_ctl").exists() and (Path(d) / "initdb").exists():
            return Path(d)
    raise Unavailable("PostgreSQL is not installed (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin)")


def _as_user_prefix() -> tuple[list[str], int | None, int | None]:
    """Command prefix that drops root to an unprivileged user, and that user's uid/gid."""
    if os.geteuid() != 0:
        return [], None, None
    import pwd

    try:
        user = pwd.getpwnam("nobody")
    except KeyError as exc:
        raise Unavailable("running as root and there is no 'nobody' user to run PostgreSQL as") from exc
    if shutil.which("runuser"):
        return ["runuser", "-u", "nobody", "--"], user.pw_uid, user.pw_gid
    if shutil.which("setpriv"):
        return (["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"],
                user.pw_uid, user.pw_gid)
    raise Unavailable("running as root (PostgreSQL refuses) and neither runuser nor setpriv is available")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(cmd: list[str], timeout: float, env: dict) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise Unavailable(f"{Path(cmd[0]).name if cmd else '?'} timed out after {timeout}s") from exc


LOCALE_CACHE = Path(tempfile.gettempdir()) / "studio-test-locale"


def private_locale_dir() -> Path | None:
    """A folder with a compiled glibc en_US.UTF-8 locale for ``LOCPATH``, when this system has no UTF-8 locale
    but C (a bare Debian: ``locales`` installed, nothing generated, no root needed). Compiled once (``localedef``,
    a few seconds) and kept under the temporary folder for later sessions; None when it cannot be made."""
    try:
        have = subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=10).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    if any(n.lower().endswith((".utf8", ".utf-8")) and not n.lower().startswith("c.") for n in have):
        return None  # the system's own locales will do
    if (LOCALE_CACHE / "en_US.UTF-8" / "LC_COLLATE").exists():
        return LOCALE_CACHE
    if not shutil.which("localedef") or not Path("/usr/share/i18n/locales/en_US").exists():
        return None
    LOCALE_CACHE.mkdir(mode=0o755, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix="build-", dir=LOCALE_CACHE))
    try:
        subprocess.run(["localedef", "-i", "en_US", "-f", "UTF-8", str(build / "en_US.UTF-8")],
                           capture_output=True, timeout=120)
        if not (build / "en_US.UTF-8" / "LC_COLLATE").exists():
            return None
        for f in [build, *build.rglob("*")]:
            f.chmod(0o755 if f.is_dir() else 0o644)
        with contextlib.suppress(OSError):  # another session may have finished first: theirs is as good
            (build / "en_US.UTF-8").rename(LOCALE_CACHE / "en_US.UTF-8")
        return LOCALE_CACHE if (LOCALE_CACHE / "en_US.UTF-8" / "LC_COLLATE").exists() else None
    except (OSError, subprocess.SubprocessError):
        return None
    finally:
        shutil.rmtree(build, ignore_errors=True)


@contextlib.contextmanager
def cluster() -> Iterator[str]:
    """Start a cluster, yield the server URL ``postgresql://postgres@127.0.0.1:PORT``, stop it."""
    bin_dir = find_bin_dir()
    prefix, uid, gid = _as_user_prefix()
    # Not under pytest's tmp_path: as root that lives in a 0700 folder the server user cannot enter.
    base = Path(tempfile.mkdtemp(prefix="studio-pg-", dir="/tmp" if uid is not None else None))
    data = base / "data"
    log = base / "server.log"
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "TZ": "UTC"}
    env.pop("PGDATA", None)
    locales = private_locale_dir()
    if locales is not None:  # initdb imports it as a collation, the server can create databases with it
        env["LOCPATH"] = str(locales)
    started = False
    try:
        if uid is not None:
            os.chown(base, uid, gid)
        os.chmod(base, 0o700)
        r = _run([*prefix, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"], 60, env)
        if r.returncode != 0:
            raise Unavailable(f"initdb failed: {(r.stderr or r.stdout).strip()[-400:]}")
        port = free_port()
        opts = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='' -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=20 "
                "-c shared_buffers=16MB")
        r = _run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts,
                  "-w", "-t", str(START_TIMEOUT), "start"], START_TIMEOUT + 5, env)
        started = True  # even a failed start may have left a postmaster behind: always stop
        if r.returncode != 0:
            text = log.read_text(errors="replace")[-400:] if log.exists() else r.stderr
            raise Unavailable(f"PostgreSQL did not start: {text.strip()}")
        url = f"postgresql://postgres@127.0.0.1:{port}"
        start_cmd = [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts,
                     "-w", "-t", str(START_TIMEOUT), "start"]
        _CONTROLS[url] = (lambda: _stop(prefix, bin_dir, data, env), lambda: _run(start_cmd, START_TIMEOUT + 5, env))
        try:
            yield url
        finally:
            _CONTROLS.pop(url, None)
    finally:
        if started:
            _stop(prefix, bin_dir, data, env)
        shutil.rmtree(base, ignore_errors=True)


_CONTROLS: dict[str, tuple] = {}  # server URL -> (stop, start) of a cluster started here


@contextlib.contextmanager
def server_stopped(server_url: str) -> Iterator[None]:
    """The server really stopped (``pg_ctl stop -m immediate``: every connection cut) for the ``with`` block,
    then started again on the same port and data, whatever happens inside."""
    stop, start = _CONTROLS[server_url]
    stop()
    try:
        yield
    finally:
        r = start()
        if r.returncode != 0:
            raise Unavailable(f"PostgreSQL did not start again: {(r.stderr or r.stdout).strip()[-400:]}")


def _stop(prefix: list[str], bin_dir: Path, data: Path, env: dict) -> None:
    try:
        r = _run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                  "-t", str(STOP_TIMEOUT), "stop"], STOP_TIMEOUT + 5, env)
        if r.returncode == 0 or not (data / "postmaster.pid").exists():
            return
    except Unavailable:
        pass
    # Last resort: kill the postmaster we started (its pid is the first line of postmaster.pid).
    with contextlib.suppress(OSError, ValueError, IndexError):
        pid = int((data / "postmaster.pid").read_text().split()[0])
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except OSError:
                break
            time.sleep(0.05)


def create_database(server_url: str, name: str, icu_locale: str | None = None, locale: str | None = None,
                    template: str | None = None) -> str:
    """CREATE DATABASE ``name`` and return its URL. ``locale`` (libc, e.g. zh_CN.UTF-8) or ``icu_locale``
    (e.g. zh-CN) gives it the collation a real shop's server may have; the default is the cluster's C.UTF-8."""
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        if icu_locale:
            conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' "
                         f"LOCALE_PROVIDER icu ICU_LOCALE '{icu_locale}'")
        elif locale:
            conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LOCALE '{locale}'")
        elif template:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        else:
            conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server_url}/{name}"


def locale_collation(server_url: str) -> tuple[str | None, str | None]:
    """(libc locale, ICU locale): a real-world, non-C collation this server has, preferring glibc's
    (zh_CN, then en_US, then any UTF-8 one), else ICU's zh-CN; (None, None) when it has neither."""
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", connect_timeout=5) as conn:
        rows = conn.execute("SELECT collname, collprovider FROM pg_collation").fetchall()
    libc = [n for n, p in rows if p == "c" and n.lower().endswith((".utf8", ".utf-8"))
            and not n.lower().startswith(("c.", "posix", "ucs_basic"))]
    for want in ("zh_cn", "en_us"):
        for n in libc:
            if n.lower().startswith(want):
                return n, None
    if libc:
        return libc[0], None
    if any(p == "i" and n == "zh-CN-x-icu" for n, p in rows):
        return None, "zh-CN"
    return None, None
