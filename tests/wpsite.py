"""A real WordPress on loopback for the send tests: Debian's ``wordpress`` package served by
``php -S 127.0.0.1:PORT`` on a private MariaDB (own datadir and socket in a temp folder, no
TCP port), installed by a small PHP script through ``wp-load.php``.

``start_site(folder)`` returns a running ``WordPressSite`` (an administrator and a contributor,
each with an Application Password); ``site.stop_web()``/``site.start_web()`` take the web
server away and back (the outbox journey); ``site.close()`` stops everything. ``missing()``
names the binaries that are not installed (the tests skip with that reason).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

WORDPRESS = Path("/usr/share/wordpress")
BINARIES = ("php", "mariadbd", "mariadb-install-db", "mariadb")
ADMIN, CONTRIBUTOR = "redaksi", "kontributor"

_CONFIG = """<?php
define('DB_NAME', 'wp');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:{socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
define('WP_HOME', '{url}');
define('WP_SITEURL', '{url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');  // Application Passwords without HTTPS
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', false);
{keys}
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
"""

# Served for every address that is not a file: WordPress's own front controller.
_ROUTER = """<?php
$root = $_SERVER['DOCUMENT_ROOT'];
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if ($path !== '/' && file_exists($root . $path) && !is_dir($root . $path)) return false;
if (is_dir($root . $path) && file_exists($root . rtrim($path, '/') . '/index.php')
    && $path !== '/') return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
require $root . '/index.php';
"""

_INSTALL = r"""<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
$r = wp_install('Situs Uji Kaltim', 'redaksi', 'redaksi@example.invalid', false, '',
                wp_generate_password(24));
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
update_option('timezone_string', 'Asia/Makassar');
update_option('WPLANG', '');
$admin = get_user_by('login', 'redaksi');
$contrib = wp_insert_user(['user_login' => 'kontributor', 'user_pass' => wp_generate_password(24),
                           'user_email' => 'kontributor@example.invalid', 'role' => 'contributor']);
$out = [];
foreach (['redaksi' => $admin->ID, 'kontributor' => $contrib] as $login => $id) {
    list($password, $item) = WP_Application_Passwords::create_new_application_password(
        $id, ['name' => 'EditorBerita uji']);
    $out[$login] = $password;
}
echo json_encode($out);
"""


def missing() -> list[str]:
    """Return what a real WordPress needs and this machine lacks (empty: all there)."""
    gone = [b for b in BINARIES if shutil.which(b) is None]
    if not (WORDPRESS / "wp-load.php").is_file():
        gone.append("wordpress (/usr/share/wordpress)")
    return gone


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(check, seconds: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not start within {seconds:.0f} s")


@dataclass
class WordPressSite:
    """A running WordPress: its address and the Application Passwords of its two users."""

    folder: Path
    port: int
    passwords: dict[str, str]
    startup_seconds: float = 0.0
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def docroot(self) -> Path:
        return self.folder / "wordpress"

    def start_web(self) -> None:
        """Serve WordPress (four PHP workers: uploads and the REST calls may overlap)."""
        env = {**os.environ, "PHP_CLI_SERVER_WORKERS": "4"}
        log = open(self.folder / "php.log", "ab")  # noqa: SIM115 - the process keeps it
        self.procs["php"] = subprocess.Popen(
            ["php", "-d", "upload_max_filesize=64M", "-d", "post_max_size=64M",
             "-d", "memory_limit=512M", "-S", f"127.0.0.1:{self.port}", "-t",
             str(self.docroot), str(self.folder / "router.php")],
            stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        log.close()

        def answers() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return True
            except OSError:
                return False
        _wait(answers, 20, "php -S")

    def stop_web(self) -> None:
        """Stop the PHP server and its workers (its own process group), port closed after."""
        proc = self.procs.pop("php", None)
        if proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(10)

    def php(self, code: str) -> str:
        """Run PHP inside the installed WordPress (wp-load.php) and return what it prints."""
        script = self.docroot / "_probe.php"
        script.write_text("<?php $_SERVER['HTTP_HOST'] = '127.0.0.1';\n"
                          "require __DIR__ . '/wp-load.php';\n" + code)
        try:
            return subprocess.run(["php", str(script)], check=True, capture_output=True,
                                  timeout=60).stdout.decode()
        finally:
            script.unlink(missing_ok=True)

    def close(self) -> None:
        self.stop_web()
        proc = self.procs.pop("mariadb", None)
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


def start_site(folder: Path) -> WordPressSite:
    """Install and start a WordPress in ``folder``; raise RuntimeError when it will not start."""
    began = time.monotonic()
    folder.mkdir(parents=True, exist_ok=True)
    datadir, sock = folder / "db", folder / "db.sock"
    user = ["--user=root"] if os.geteuid() == 0 else []
    subprocess.run(["mariadb-install-db", "--no-defaults", f"--datadir={datadir}",
                    "--auth-root-authentication-method=normal", "--skip-test-db",
                    "--skip-name-resolve", *user], check=True, capture_output=True, timeout=120)
    db = subprocess.Popen(
        ["mariadbd", "--no-defaults", f"--datadir={datadir}", f"--socket={sock}",
         "--skip-networking", f"--pid-file={folder / 'db.pid'}",
         f"--log-error={folder / 'db.err'}", "--innodb-buffer-pool-size=32M",
         "--innodb-log-file-size=16M", "--skip-log-bin", *user],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port = free_port()
    site = WordPressSite(folder, port, {}, procs={"mariadb": db})
    try:
        _wait(sock.exists, 60, "mariadbd")
        _wait(lambda: subprocess.run(["mariadb", "--no-defaults", "-S", str(sock), "-uroot",
                                      "-e", "CREATE DATABASE IF NOT EXISTS wp "
                                      "CHARACTER SET utf8mb4"],
                                     capture_output=True).returncode == 0, 30, "mariadb")
        shutil.copytree(WORDPRESS, site.docroot, symlinks=False,
                        ignore=shutil.ignore_patterns(".htaccess", "wp-config.php"))
        (site.docroot / "wp-content" / "uploads").mkdir(exist_ok=True)
        keys = "\n".join(f"define('{k}', '{os.urandom(16).hex()}');" for k in (
            "AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT",
            "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"))
        (site.docroot / "wp-config.php").write_text(
            _CONFIG.replace("{socket}", str(sock)).replace("{url}", site.url.rstrip("/"))
            .replace("{keys}", keys))
        (folder / "router.php").write_text(_ROUTER)
        (site.docroot / "_install.php").write_text(_INSTALL)
        done = subprocess.run(["php", str(site.docroot / "_install.php")], check=True,
                              capture_output=True, timeout=120)
        (site.docroot / "_install.php").unlink()
        site.passwords = json.loads(done.stdout.decode().strip().splitlines()[-1])
        site.start_web()
    except BaseException:
        site.close()
        raise
    site.startup_seconds = time.monotonic() - began
    return site
