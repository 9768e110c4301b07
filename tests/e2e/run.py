#!/usr/bin/python3
"""Runs one end-to-end scenario against the built program, on its own virtual X display.

    tests/e2e/run.py BUILD_DIR SCENARIO [--opieka=PATH] [--cli=PATH]

Starts Xvfb on a free display and openbox on it, then runs tests/e2e/scenarios/SCENARIO.py with
Debian's /usr/bin/python3 under dbus-run-session (the scenario itself starts the accessibility
bus, see e2e.py). Screenshots and logs go to BUILD_DIR/e2e-artifacts/SCENARIO/. A missing tool
fails the run with a message naming it: the scenario never passes without having run.
"""
import os
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = {
    "Xvfb": "xvfb",
    "openbox": "openbox",
    "dbus-run-session": "dbus-x11 (dbus-run-session comes with dbus)",
    "import": "imagemagick",
    "xdotool": "xdotool",
    "xprop": "x11-utils",
    "dbus-send": "dbus",
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
}
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PYTHON = "/usr/bin/python3"


def missing_tools():
    missing = [f"{tool} (package {package})" for tool, package in TOOLS.items()
               if shutil.which(tool) is None]
    if not os.access(LAUNCHER, os.X_OK):
        missing.append(f"{LAUNCHER} (package at-spi2-core)")
    if not os.access(PYTHON, os.X_OK):
        missing.append(PYTHON)
    else:
        probe = subprocess.run([PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0');"
                                " import pyatspi"], capture_output=True, text=True)
        if probe.returncode != 0:
            missing.append("pyatspi for /usr/bin/python3 (packages python3-pyatspi, "
                           "gir1.2-atspi-2.0): " + probe.stderr.strip().splitlines()[-1]
                           if probe.stderr.strip() else "pyatspi")
    return missing


def start_display(log):
    """Xvfb on the first free display (it picks the number itself), 1024x768 like a small office
    screen."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1024x768x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,), stdout=log, stderr=log,
                            start_new_session=True)
    os.close(write_end)
    number = b""
    deadline = time.time() + 20
    while time.time() < deadline:
        chunk = os.read(read_end, 16)
        if not chunk:
            break
        number += chunk
        if number.endswith(b"\n"):
            break
    os.close(read_end)
    if not number.strip():
        xvfb.kill()
        raise RuntimeError("Xvfb did not start (see xvfb.log)")
    return xvfb, ":" + number.decode().strip()


def wait_for_window_manager(env, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        out = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                             capture_output=True, text=True).stdout
        if "window id" in out:
            return True
        time.sleep(0.2)
    return False


def stop(process):
    if process and process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    options = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    build_dir, scenario = os.path.abspath(args[0]), args[1]
    script = os.path.join(HERE, "scenarios", scenario + ".py")
    if scenario.endswith(".py"):  # a script of one's own, e.g. while debugging
        script = os.path.abspath(scenario)
        scenario = os.path.basename(scenario)[:-3]
    if not os.path.exists(script):
        print(f"e2e: no scenario {script}", file=sys.stderr)
        return 2
    missing = missing_tools()
    if missing:
        print("e2e: FAILED, the end-to-end tests cannot run: missing " + "; ".join(missing) +
              ". Install them with scripts/install-deps.sh.", file=sys.stderr)
        return 1

    programs = [options.get("opieka", os.path.join(build_dir, "src", "ui", "opieka")),
                options.get("cli", os.path.join(build_dir, "src", "cli", "opieka-cli"))]
    absent = [p for p in programs if not os.access(p, os.X_OK)]
    if absent:
        print("e2e: FAILED, not built: " + ", ".join(absent), file=sys.stderr)
        return 1

    artifacts = os.path.join(build_dir, "e2e-artifacts", scenario)
    shutil.rmtree(artifacts, ignore_errors=True)
    os.makedirs(artifacts)
    started = time.time()
    with open(os.path.join(artifacts, "xvfb.log"), "w") as xlog:
        xvfb, display = start_display(xlog)
        wm = None
        try:
            env = dict(os.environ)
            env["DISPLAY"] = display
            # ctest runs under QT_QPA_PLATFORM=offscreen (scripts/test.sh): this window is real.
            env["QT_QPA_PLATFORM"] = "xcb"
            # A fresh home for openbox and the program's settings (never the user's own).
            home = os.path.join(artifacts, "home")
            os.makedirs(home)
            env["HOME"] = home
            env["XDG_CONFIG_HOME"] = os.path.join(home, ".config")
            env["XDG_DATA_HOME"] = os.path.join(home, ".local", "share")
            env["XDG_CACHE_HOME"] = os.path.join(home, ".cache")
            env["XDG_RUNTIME_DIR"] = os.path.join(home, "runtime")
            os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
            for var in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "PYTHONHOME",
                        "PYTHONPATH"):
                env.pop(var, None)
            wm = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=xlog,
                                  stderr=xlog, start_new_session=True)
            if not wait_for_window_manager(env):
                print("e2e: FAILED, openbox did not start on " + display, file=sys.stderr)
                return 1
            env["E2E_BUILD_DIR"] = build_dir
            if "opieka" in options:
                env["E2E_OPIEKA"] = os.path.abspath(options["opieka"])
            if "cli" in options:
                env["E2E_CLI"] = os.path.abspath(options["cli"])
            env["E2E_ARTIFACTS"] = artifacts
            env["E2E_SCENARIO"] = scenario
            env["PYTHONPATH"] = HERE
            env["PYTHONUNBUFFERED"] = "1"
            env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ in the source tree
            print(f"e2e: {scenario} on display {display}; screenshots in {artifacts}", flush=True)
            run = subprocess.Popen(["dbus-run-session", "--", PYTHON, script], env=env,
                                   start_new_session=True)
            try:
                code = run.wait(timeout=float(os.environ.get("E2E_TIMEOUT", "240")))
            except subprocess.TimeoutExpired:
                subprocess.run(["import", "-window", "root",
                                os.path.join(artifacts, "99-timeout.png")], env=env)
                stop(run)
                print(f"e2e: FAILED, {scenario} did not finish within the time limit; "
                      f"last screen: {artifacts}/99-timeout.png", file=sys.stderr)
                return 1
        finally:
            stop(wm)
            stop(xvfb)
    print(f"e2e: {scenario} {'passed' if code == 0 else 'FAILED'} in "
          f"{time.time() - started:.1f} s; screenshots in {artifacts}", flush=True)
    return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
