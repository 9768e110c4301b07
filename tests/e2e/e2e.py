"""What the end-to-end scenarios share: the accessibility bus, the program, the database made with
opieka-cli, finding controls by role and accessible name (in the Polish window, through the
Polish translation of the English source), typing, the window manager's close, screenshots, and
failures that say what was expected, what the window showed and where the screenshot is.

Scenarios run under tests/e2e/run.py, which provides the X display, the window manager and the
session bus (dbus-run-session) and sets E2E_BUILD_DIR and E2E_ARTIFACTS.
"""
import os
import re
import shlex
import signal
import subprocess
import sys
import time
import traceback
import xml.etree.ElementTree as ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
BUILD = os.environ.get("E2E_BUILD_DIR", os.path.join(SOURCE, "build", "ci"))
ARTIFACTS = os.environ.get("E2E_ARTIFACTS", os.path.join(BUILD, "e2e-artifacts", "manual"))
OPIEKA = os.environ.get("E2E_OPIEKA", os.path.join(BUILD, "src", "ui", "opieka"))
CLI = os.environ.get("E2E_CLI", os.path.join(BUILD, "src", "cli", "opieka-cli"))
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PASSWORD = "Haslo-e2e-2026"
SLOW = float(os.environ.get("E2E_SLOW", "1"))  # every wait multiplied, for gdb or valgrind  # every account of the throwaway databases


class ScenarioFailed(Exception):
    pass


# --- the accessibility bus --------------------------------------------------------------------

def _start_accessibility_bus():
    """at-spi-bus-launcher on this session bus (run.py made it with dbus-run-session); pyatspi
    must be imported only after it answers."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        sys.exit("e2e: FAILED, no session bus: run the scenario through tests/e2e/run.py")
    log = open(os.path.join(ARTIFACTS, "at-spi.log"), "a")
    launcher = subprocess.Popen([LAUNCHER, "--launch-immediately"], stdout=log, stderr=log)
    deadline = time.time() + 15
    while time.time() < deadline:
        answer = subprocess.run(["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply",
                                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                                capture_output=True, text=True)
        if answer.returncode == 0 and "unix:" in answer.stdout:
            return launcher
        time.sleep(0.2)
    sys.exit("e2e: FAILED, the accessibility bus (at-spi-bus-launcher) did not start")


_launcher = _start_accessibility_bus()
import pyatspi  # noqa: E402  (needs the bus above)


# --- the Polish window's names ----------------------------------------------------------------

def _load_translations():
    table = {}
    path = os.path.join(SOURCE, "resources", "translations", "opieka_pl.ts")
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            text = translation.text
            if text is None:  # plural forms
                forms = [f.text for f in translation.iter("numerusform") if f.text]
                text = forms[0] if forms else None
            if text:
                table.setdefault(source, set()).add(text)
    return table


_TRANSLATIONS = _load_translations()


def plain(text):
    """A label as an accessible name: without the mnemonic '&' (a doubled '&&' stays '&')."""
    return re.sub(r"&(.)", r"\1", text or "")


def pl(source):
    """The Polish names the window gives the English source text (every context's), and the
    source itself, mnemonics removed."""
    if source not in _TRANSLATIONS:
        # A string added since the last merge of the translations: the window shows it in English
        # until the lead merges the helpers' Polish. Noted, so that the report can say so.
        _UNTRANSLATED.add(source)
        return {plain(source)}
    # The English source too: a string new since the last merge of the helpers' translations may
    # share its source with an older one in another context (e.g. 'First name').
    return {plain(t) for t in _TRANSLATIONS[source]} | {plain(source)}


_UNTRANSLATED = set()


def pl_args(source, *args):
    """pl() of a source with %1, %2... filled in."""
    names = set()
    for text in pl(source):
        for number, arg in enumerate(args, start=1):
            text = text.replace(f"%{number}", str(arg))
        names.add(text)
    return names


def _matches(name, wanted):
    if wanted is None:
        return True
    if isinstance(wanted, re.Pattern):
        return wanted.search(name or "") is not None
    if isinstance(wanted, (set, frozenset, list, tuple)):
        return name in wanted
    return name == wanted


def describe(wanted):
    if isinstance(wanted, re.Pattern):
        return "/" + wanted.pattern + "/"
    if isinstance(wanted, (set, frozenset, list, tuple)):
        return " or ".join(repr(w) for w in sorted(wanted))
    return repr(wanted)


# --- reading the accessibility tree -----------------------------------------------------------

# Large views expose one child per cell: never walked when searching (read through Table).
_OPAQUE = {"table", "tree table", "tree", "list", "text"}


def children(node):
    try:
        count = node.childCount
    except Exception:
        return []
    result = []
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            result.append(child)
    return result


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return "?"


def name(node):
    try:
        return node.name or ""
    except Exception:
        return ""


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def showing(node):
    state = states(node)
    return state is not None and state.contains(pyatspi.STATE_SHOWING)


def enabled(node):
    state = states(node)
    return state is not None and state.contains(pyatspi.STATE_ENABLED)


def walk(node, depth=0, max_depth=40, shown_only=False):
    """The node and those below it; large views are not entered, nor (shown_only) what is
    hidden: a hidden tab page, a closed menu."""
    yield node
    if depth >= max_depth or role(node) in _OPAQUE:
        return
    for child in children(node):
        if shown_only and not showing(child):
            continue
        yield from walk(child, depth + 1, max_depth, shown_only)


def dump(node, out, depth=0, rows=4):
    """The tree as a screen reader sees it; tables show their first rows."""
    text = ""
    if role(node) in ("text", "password text", "label", "spin button", "combo box"):
        try:
            t = node.queryText()
            text = " = " + repr(t.getText(0, min(t.characterCount, 200)))
        except Exception:
            pass
    flags = "" if showing(node) else " (hidden)"
    out.write(f"{'  ' * depth}[{role(node)}] {name(node)!r}{text}{flags}\n")
    if role(node) in ("table", "tree table", "tree"):
        for row in table_rows(node, limit=rows):
            out.write(f"{'  ' * (depth + 1)}| " + " | ".join(row) + "\n")
        return
    if role(node) in ("list", "text"):
        return
    for child in children(node):
        dump(child, out, depth + 1, rows)


def table_rows(table, limit=50):
    try:
        t = table.queryTable()
    except Exception:
        return []
    rows = []
    for r in range(min(t.nRows, limit)):
        row = []
        for c in range(t.nColumns):
            try:
                row.append(name(t.getAccessibleAt(r, c)))
            except Exception:
                row.append("?")
        rows.append(row)
    return rows


def table_headers(table):
    t = table.queryTable()
    headers = []
    for c in range(t.nColumns):
        try:
            headers.append(t.getColumnDescription(c) or name(t.getColumnHeader(c)))
        except Exception:
            headers.append("")
    return headers


def combo_text(combo):
    """What a combo box shows: its text, else the selected item of its list."""
    try:
        t = combo.queryText()
        if t.characterCount:
            return t.getText(0, t.characterCount)
    except Exception:
        pass
    for child in children(combo):
        try:
            selection = child.querySelection()
            if selection.nSelectedChildren:
                return name(selection.getSelectedChild(0))
        except Exception:
            continue
    try:
        return combo.queryValue().text
    except Exception:
        return name(combo)


def iso_dates(text):
    """Dates written as 2026-12-06: the Polish window writes 06.12.2026."""
    return sorted(set(re.findall(r"\b\d{4}-\d{2}-\d{2}\b", text)))


def row_count(table):
    return table.queryTable().nRows


def text_of(node):
    try:
        t = node.queryText()
        return t.getText(0, t.characterCount)
    except Exception:
        return name(node)


# --- the screen and the keyboard --------------------------------------------------------------

def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


def key(*keys):
    """Keys pressed on the keyboard, e.g. key('ctrl+q'); they go to the focused window."""
    xdotool("key", "--clearmodifiers", "--delay", "40", *keys)
    time.sleep(0.15)


def type_text(text):
    xdotool("type", "--clearmodifiers", "--delay", "25", "--", text)
    time.sleep(0.2)


def _has_area(node):
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return box.width > 0 and box.height > 0
    except Exception:
        return False


def extents(node):
    """Where the node is on the screen: x, y, width, height."""
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return box.x, box.y, box.width, box.height


def screen_size():
    """The X screen's width and height (Xvfb's -screen)."""
    out = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, text=True,
                         check=True).stdout.split()
    return int(out[0]), int(out[1])


def centre(node):
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return box.x + box.width // 2, box.y + box.height // 2


def click(node, double=False):
    x, y = centre(node)
    xdotool("mousemove", "--sync", str(x), str(y))
    xdotool("click", *(["--repeat", "2", "--delay", "80"] if double else []), "1")
    time.sleep(0.4)


def do_action(node, *names):
    """An accessible action by name (Press, Toggle, SetFocus, ShowMenu), as a screen reader
    performs it."""
    action = node.queryAction()
    available = [action.getName(i) for i in range(action.nActions)]
    for wanted in names:
        if wanted in available:
            action.doAction(available.index(wanted))
            time.sleep(0.4)
            return
    raise ScenarioFailed(f"{role(node)} {name(node)!r} has no action {names}; it has {available}")


def press(node):
    do_action(node, "Press", "press", "Toggle", "toggle")


def focus(node):
    try:
        do_action(node, "SetFocus")
    except ScenarioFailed:
        click(node)
    deadline = time.time() + 1
    while time.time() < deadline:
        if states(node).contains(pyatspi.STATE_FOCUSED):
            return
        time.sleep(0.1)
    click(node)  # a spin box's or combo box's focus is its inner editor's: the mouse then


def choose(combo, wanted, tries=60):
    """Picks the combo box item whose text contains `wanted`, with the keyboard: the mouse
    gives the box the focus (its popup closed again with Escape: Qt's SetFocus action on a combo
    box blocks for seconds), then Home and Down, reading the item after each key."""
    if wanted in combo_text(combo):
        return True
    click(combo)
    key("Escape")
    key("Home")
    for _ in range(tries):
        if wanted in combo_text(combo):
            return True
        before = combo_text(combo)
        key("Down")
        if combo_text(combo) == before:
            break
    return wanted in combo_text(combo)


def fill(node, text):
    """Replaces a field's text as a person does: focus, select all, type."""
    focus(node)
    key("ctrl+a")
    type_text(text)


# --- the scenario and the program -------------------------------------------------------------

class Scenario:
    def __init__(self, title):
        self.title = title
        self.name = os.environ.get("E2E_SCENARIO", "manual")
        self.step = 0
        self.app = None
        self.work = os.path.join(ARTIFACTS, "work")
        os.makedirs(self.work, exist_ok=True)
        self.db = os.path.join(self.work, "opieka.sqlite")
        self.started = time.time()
        self.last_shot = None
        self.soft_failures = []

    # -- artefacts

    def shot(self, label):
        self.step += 1
        path = os.path.join(ARTIFACTS, f"{self.step:02d}-{label}.png")
        subprocess.run(["import", "-window", "root", path], check=False)
        self.last_shot = path
        print(f"  [{time.time() - self.started:5.1f} s] {self.step:02d} {label}: {path}",
              flush=True)
        return path

    def fail(self, message):
        path = self.shot("failure")
        tree = os.path.join(ARTIFACTS, "accessibility-tree.txt")
        try:
            with open(tree, "w") as out:
                if self.app and self.app.node is not None:
                    dump(self.app.node, out)
        except Exception as error:  # the program may be gone
            tree = f"(no tree: {error})"
        raise ScenarioFailed(f"{message}\n  screenshot: {path}\n  accessibility tree: {tree}")

    def check(self, condition, message):
        if not condition:
            self.fail(message)

    def expect(self, condition, message):
        """A check that lets the day go on (to see what else is wrong); the scenario fails at
        its end."""
        if not condition:
            path = self.shot("wrong")
            self.soft_failures.append(f"{message}\n  screenshot: {path}")
            print(f"  EXPECTED: {message}", flush=True)

    # -- data through the command line

    def cli(self, *args, user=None, password=PASSWORD, new_password=None, check=True):
        env = dict(os.environ)
        env["OPIEKA_PASSWORD"] = password
        if new_password:
            env["OPIEKA_NEW_PASSWORD"] = new_password
        command = [CLI, "--db", self.db] + (["--user", user] if user else []) + list(args)
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if check and done.returncode != 0:
            raise ScenarioFailed(f"opieka-cli {' '.join(args)} failed ({done.returncode}): "
                                 f"{done.stderr.strip()}")
        return done

    def demo_database(self):
        """A throwaway database: the small synthetic demo (seed 1), the administrator 'admin'
        with a password, so that the window asks everyone to sign in."""
        for path in (self.db, self.db + "-wal", self.db + "-shm"):
            if os.path.exists(path):
                os.remove(path)
        self.cli("init", new_password=PASSWORD)
        self.cli("demo", "--scale", "small", "--seed", "1")
        # The demo's manager has no password yet: she sets her own (four eyes: a password an
        # administrator sets for the centre's only confirmed manager is refused).
        self.cli("user", "password", "kierownik", user="kierownik", password="",
                 new_password=PASSWORD)

    def workers(self):
        """id -> (first name, last name, role) of the demo's workers."""
        out = self.cli("export", "workers", user="kierownik").stdout.splitlines()
        header = out[0].split(",")
        result = {}
        for line in out[1:]:
            fields = dict(zip(header, line.split(",")))
            result[int(fields["id"])] = (fields["first_name"], fields["last_name"],
                                         fields["role"])
        return result

    def caseload(self, role=None):
        """The CLI's caseload today: a list of dicts (worker_id, worker_name, limit, cases,
        status...)."""
        args = ["caseload", "--format", "csv"] + (["--role", role] if role else [])
        lines = self.cli(*args).stdout.splitlines()
        header = lines[0].split(",")
        return [dict(zip(header, line.split(","))) for line in lines[1:]]

    def account_for(self, login, role, worker_id):
        self.cli("user", "add", login, "--role", role, "--worker", str(worker_id),
                 new_password=PASSWORD)

    # -- the program

    def start(self):
        self.app = App(self)
        self.app.start()
        return self.app

    def finish(self):
        if self.app:
            self.app.kill()


def _parent(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


class App:
    def __init__(self, scenario):
        self.scenario = scenario
        self.process = None
        self.node = None
        self.log = None
        self.runs = getattr(scenario, "_runs", 0) + 1
        scenario._runs = self.runs

    def start(self):
        env = dict(os.environ)
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        env["QT_ACCESSIBILITY"] = "1"
        env["QT_QPA_PLATFORM"] = "xcb"
        # The Polish window, as the users see it: the language follows the system's (AppSettings
        # 'system', the default), which Qt reads from LC_ALL / LC_MESSAGES / LANG.
        env.pop("LC_ALL", None)
        env.pop("LC_MESSAGES", None)
        env["LANG"] = os.environ.get("E2E_LANG", "pl_PL.UTF-8")
        env["LANGUAGE"] = env["LANG"].split(".")[0]
        self.log = open(os.path.join(ARTIFACTS, f"opieka-run{self.runs}.log"), "w")
        command = [OPIEKA, "--db", self.scenario.db]
        if os.environ.get("E2E_GDB"):  # a crash's backtrace in opieka-runN.log
            command = ["gdb", "-q", "-batch", "-ex", "run", "-ex", "bt 30", "--args"] + command
        elif os.environ.get("E2E_WRAP"):  # e.g. valgrind; with E2E_SLOW=10 for its pace
            command = shlex.split(os.environ["E2E_WRAP"]) + command
        self.process = subprocess.Popen(command, env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 30 * SLOW
        while time.time() < deadline:
            self.check_alive()
            desktop = pyatspi.Registry.getDesktop(0)
            for app in children(desktop):
                try:
                    pid = app.get_process_id()
                    if pid == self.process.pid or _parent(pid) == self.process.pid:
                        self.node = app
                        self.pid = pid
                        return self
                except Exception:
                    continue
            time.sleep(0.3)
        self.scenario.fail("the program did not appear on the accessibility bus within 30 s")

    def check_alive(self):
        code = self.process.poll() if self.process else None
        if code is not None and code != 0 and not getattr(self, "_quitting", False):
            reason = (f"signal {signal.Signals(-code).name}" if code < 0 else f"exit code {code}")
            self.log.flush()
            raise ScenarioFailed(
                f"the program CRASHED ({reason}); its output: "
                f"{os.path.join(ARTIFACTS, f'opieka-run{self.runs}.log')}; last screenshot: "
                f"{self.scenario.last_shot}")

    def windows(self):
        return [w for w in children(self.node) if showing(w)] if self.node else []

    def alerts(self):
        """The message boxes shown now, as 'title: text'."""
        found = []
        for window in self.windows():
            for node in walk(window, max_depth=3):
                if role(node) == "alert":
                    texts = [name(n) for n in walk(node) if role(n) == "label" and name(n)]
                    found.append(f"{name(node)}: {' / '.join(texts)}")
        return found

    def window(self, wanted, roles=("frame", "dialog", "alert", "window", "file chooser",
                                    "filler"),
               timeout=15):
        """A shown top-level window (or message box) whose title matches."""
        deadline = time.time() + timeout * SLOW
        while True:
            self.check_alive()
            for window in self.windows():
                if role(window) in roles and _matches(name(window), wanted):
                    return window
                for node in walk(window, max_depth=2):
                    if role(node) == "alert" and role(node) in roles and \
                            _matches(name(node), wanted):
                        return node
            if time.time() > deadline:
                shown = [f"{role(w)} {name(w)!r}" for w in self.windows()]
                self.scenario.fail(f"expected a window {describe(wanted)}; shown: {shown}; "
                                   f"message boxes: {self.alerts()}")
            time.sleep(0.3)

    def gone(self, window, timeout=10):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if not showing(window):
                return True
            time.sleep(0.2)
        return False

    def find(self, within, wanted_role, wanted_name=None, timeout=10, visible=True):
        """The first control of a role (e.g. 'push button', 'page tab', 'text', 'table') whose
        accessible name matches, searched in a window; waits for it to appear."""
        deadline = time.time() + timeout * SLOW
        while True:
            self.check_alive()
            for node in walk(within, shown_only=visible):
                if role(node) == wanted_role and _matches(name(node), wanted_name) and \
                        (not visible or showing(node)):
                    return node
            if time.time() > deadline:
                self.scenario.fail(f"expected a {wanted_role} named {describe(wanted_name)} in "
                                   f"{role(within)} {name(within)!r}; message boxes shown: "
                                   f"{self.alerts()}")
            time.sleep(0.3)

    def find_all(self, within, wanted_role, wanted_name=None, visible=True):
        return [n for n in walk(within, shown_only=visible) if role(n) == wanted_role and
                _matches(name(n), wanted_name) and (not visible or showing(n))]

    def activate(self, window, title=None):
        """Brings a window to the front through the window manager (_NET_ACTIVE_WINDOW). Its X
        title is its accessible name unless told (a record's accessible name is 'Family
        record', its title '<family> — family record')."""
        titles = title if isinstance(title, (set, list, tuple)) else [title or name(window)]
        pattern = "^(" + "|".join(re.escape(t) for t in titles) + ")$"
        ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                              str(self.pid), "--name", pattern],
                             capture_output=True, text=True).stdout.split()
        if not ids:
            self.scenario.fail(f"no X window titled {titles} to activate")
        xdotool("windowactivate", "--sync", ids[-1])
        time.sleep(0.4)
        return ids[-1]

    def close_with_window_manager(self, window, title=None):
        """Closes a window as a person does with the mouse or Alt+F4: openbox's Close (its
        default key binding Alt+F4), which asks the program to close the window
        (WM_DELETE_WINDOW)."""
        self.activate(window, title)
        key("alt+F4")

    def record(self, family):
        """The family record window of a family (its title '<family> — family record')."""
        window = self.window(pl("Family record"), roles=("filler", "frame", "dialog", "window"))
        # The label naming the family has an accessible name, and Qt 6.4 then gives a screen
        # reader no way to read the label's text: the family is checked in the window's title.
        titles = self.record_title(family)
        deadline = time.time() + 10
        while not self.x_windows(titles):
            if time.time() > deadline:
                self.scenario.fail(f"expected the record of {family} (a window titled {titles})")
            time.sleep(0.3)
        return window

    def x_windows(self, titles):
        pattern = "^(" + "|".join(re.escape(t) for t in titles) + ")$"
        return subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                               str(self.pid), "--name", pattern],
                              capture_output=True, text=True).stdout.split()

    @staticmethod
    def record_title(family):
        return pl_args("%1 — family record", family)

    def sign_in(self, login, password=PASSWORD):
        dialog = self.window(pl("Sign in to Opieka"), roles=("dialog",), timeout=30)
        self.scenario.shot("sign-in")
        login_field = self.find(dialog, "text", pl("Login"))
        fill(login_field, login)
        password_field = self.find(dialog, "password text", pl("Password"))
        fill(password_field, password)
        press(self.find(dialog, "push button", pl("Sign &in")))
        if not self.gone(dialog, timeout=20 * SLOW):
            message = self.find(dialog, "label", pl("Sign-in message"))
            self.scenario.fail(f"signing in as {login} was refused: {text_of(message)!r}")
        return self.main_window()

    def main_window(self):
        deadline = time.time() + 20 * SLOW
        while time.time() < deadline:
            self.check_alive()
            for window in self.windows():
                if role(window) == "frame" and self.find_all(window, "filler",
                                                             pl("Main sections")):
                    return window
            time.sleep(0.3)
        self.scenario.fail(f"expected the main window with its sections; shown: "
                           f"{[name(w) for w in self.windows()]}; message boxes: {self.alerts()}")

    def tab_list(self, within, container=("Main sections",)):
        """The tab bar of a tab widget. Qt names the tab widget (a filler) by its accessible name
        and its tab bar by the current tab, so the bar is found through the widget."""
        names = set().union(*(pl(c) for c in container))
        widget = self.find(within, "filler", names)
        for child in children(widget):
            if role(child) == "page tab list":
                return child
        self.scenario.fail(f"no tab bar in {describe(names)}")

    def tabs(self, window, container=("Main sections",)):
        """The tabs shown (Qt 6.4 reports a hidden tab as showing, but with no width)."""
        bar = self.tab_list(window, container)
        return [name(t) for t in children(bar) if role(t) == "page tab" and _has_area(t)]

    def current_tab(self, window, container=("Main sections",)):
        """Qt names the tab bar after its current tab (and sets no 'selected' state)."""
        return name(self.tab_list(window, container))

    def open_tab(self, window, source, container=("Main sections",)):
        bar = self.tab_list(window, container)
        for tab in children(bar):
            if role(tab) == "page tab" and _matches(name(tab), pl(source)) and _has_area(tab):
                click(tab)
                return tab
        self.scenario.fail(f"expected a tab {describe(pl(source))}; there are "
                           f"{self.tabs(window, container)}")

    def quit(self, window, keys="ctrl+q", timeout=20):
        """Quits with the keyboard; a question about unsaved work is a failure unless the
        scenario answered it before."""
        self.activate(window)
        self._quitting = True
        key(keys)
        try:
            code = self.process.wait(timeout * SLOW)
        except subprocess.TimeoutExpired:
            self._quitting = False
            self.scenario.fail(f"the program did not quit after {keys}; windows shown: "
                               f"{[name(w) for w in self.windows()]}; message boxes: "
                               f"{self.alerts()}")
        if code != 0:
            reason = signal.Signals(-code).name if code < 0 else f"exit code {code}"
            self.scenario.fail(f"the program ended with {reason} on quitting")
        self.node = None

    def kill(self):
        if self.process and self.process.poll() is None:
            self._quitting = True
            self.process.kill()
            self.process.wait()


def run(title, body):
    """Runs a scenario body(scenario); prints PASSED/FAILED with the time and the artefacts."""
    scenario = Scenario(title)
    print(f"e2e: {title}", flush=True)
    code = 0
    try:
        body(scenario)
        if scenario.soft_failures:
            raise ScenarioFailed("\n".join(scenario.soft_failures))
        print(f"e2e: PASSED {title} in {time.time() - scenario.started:.1f} s", flush=True)
    except ScenarioFailed as failure:
        print(f"e2e: FAILED {title}: {failure}", flush=True)
        code = 1
    except Exception:
        traceback.print_exc()
        try:
            scenario.shot("failure")
        except Exception:
            pass
        print(f"e2e: FAILED {title}: an error in the scenario (above); last screenshot: "
              f"{scenario.last_shot}", flush=True)
        code = 1
    finally:
        scenario.finish()
        _launcher.terminate()
    print(f"e2e: screenshots in {ARTIFACTS}", flush=True)
    sys.exit(code)
