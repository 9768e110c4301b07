"""A new centre, from an empty database to a first assigned family, all in the window and without
a CSV file: the first start asks for the administrator, then walks through the centre's name, its
workers (a social worker and a manager) and their accounts; the manager signs in, opens a first
family's case and assigns it to the social worker; the social worker signs in and finds it in
My caseload."""
import os

import e2e
from e2e import pl, row_count, table_rows, fill, press, key, name, choose, combo_text

ADMIN = "admin.osrodka"
CENTRE = "Osrodek Testowy (e2e)"
WORKER = ("Jan", "Testowy", "Social worker", "j.testowy")
MANAGER = ("Anna", "Probna", "Manager", "a.probna")
FAMILY = "Rodzina-e2e"


def button(app, window, *sources):
    names = set().union(*(pl(source) for source in sources))
    return app.find(window, "push button", names)


def combo_among(app, window, options):
    """The shown combo box whose item is one of the options (Qt names a combo box by its
    current item, not by its accessible name)."""
    for combo in app.find_all(window, "combo box"):
        if combo_text(combo) in options:
            return combo
    app.scenario.fail(f"expected a combo box showing one of {sorted(options)}; the combo boxes "
                      f"show {[combo_text(c) for c in app.find_all(window, 'combo box')]}")


def role_names():
    return set().union(*(pl(r) for r in ("Social worker", "Family assistant",
                                          "Foster-care coordinator", "Manager")))


def add_worker(s, app, wizard, first, last, role):
    fill(app.find(wizard, "text", pl("First name")), first)
    fill(app.find(wizard, "text", pl("Surname")), last)
    combo = combo_among(app, wizard, role_names())
    role_pl = sorted(pl(role))[0]
    s.check(choose(combo, role_pl), f"expected the role {role_pl} among the roles; the combo "
            f"shows {combo_text(combo)!r}")
    press(button(app, wizard, "&Add this worker"))
    added = app.find(wizard, "list", pl("Workers added"))
    deadline = e2e.time.time() + 5
    while e2e.time.time() < deadline:
        items = [name(i) for i in e2e.children(added)]
        if any(last in item for item in items):
            return
        e2e.time.sleep(0.3)
    s.fail(f"expected {first} {last} among the workers added; the list shows {items}")


def add_account(s, app, wizard, first, last, login):
    worker_combo = None
    for combo in app.find_all(wizard, "combo box"):
        if last in combo_text(combo) or choose(combo, last):
            worker_combo = combo
            break
    s.check(worker_combo is not None and last in combo_text(worker_combo),
            f"expected {first} {last} to choose for an account")
    fill(app.find(wizard, "text", pl("Login")), login)
    fill(app.find(wizard, "password text", pl("Password")), e2e.PASSWORD)
    fill(app.find(wizard, "password text", pl("Password again")), e2e.PASSWORD)
    press(button(app, wizard, "&Create this account"))
    created = app.find(wizard, "list", pl("Accounts created"))
    deadline = e2e.time.time() + 5
    while e2e.time.time() < deadline:
        if any(login in name(i) for i in e2e.children(created)):
            return
        e2e.time.sleep(0.3)
    s.fail(f"expected the account {login} among those created; the list shows "
           f"{[name(i) for i in e2e.children(created)]}")


def body(s):
    s.check(not os.path.exists(s.db), "the scenario starts from no database at all")
    app = s.start()

    # The first start: the administrator, then the centre set up step by step.
    first = app.window(pl("A new Opieka database"), roles=("dialog",), timeout=30)
    s.shot("first-start")
    fill(app.find(first, "text", pl("Administrator's login")), ADMIN)
    fill(app.find(first, "password text", pl("Password")), e2e.PASSWORD)
    fill(app.find(first, "password text", pl("Password again")), e2e.PASSWORD)
    press(app.find(first, "push button", {"OK", "&OK"}))
    s.check(app.gone(first), "expected the administrator to be created")
    try:
        wizard = app.window(pl("Setting up the centre"), roles=("dialog", "frame", "window"),
                            timeout=10)
    except e2e.ScenarioFailed as failure:
        raise e2e.ScenarioFailed("expected the first start to walk the administrator through "
                                 "setting up the centre [waits for helper centre's first-start "
                                 f"wizard]: {failure}")
    fill(app.find(wizard, "text", pl("Centre's name")), CENTRE)
    s.shot("wizard-centre")
    press(button(app, wizard, "&Next >"))
    add_worker(s, app, wizard, *WORKER[:3])
    add_worker(s, app, wizard, *MANAGER[:3])
    s.shot("wizard-workers")
    press(button(app, wizard, "&Next >"))
    add_account(s, app, wizard, WORKER[0], WORKER[1], WORKER[3])
    add_account(s, app, wizard, MANAGER[0], MANAGER[1], MANAGER[3])
    s.shot("wizard-accounts")
    press(button(app, wizard, "&Next >"))
    s.shot("wizard-ready")
    press(button(app, wizard, "&Finish"))
    s.check(app.gone(wizard), "expected the set-up to finish")
    main = app.main_window()
    s.shot("administrator")
    app.quit(main)

    # What the window wrote, as the command line sees it.
    users = s.cli("user", "list", "--format", "csv", user=ADMIN).stdout
    s.check(WORKER[3] in users and MANAGER[3] in users,
            f"expected the two accounts in the database; opieka-cli user list says {users}")

    # The manager opens the first family's case and assigns it to the social worker.
    app = s.start()
    main = app.sign_in(MANAGER[3])
    s.shot("manager-signed-in")
    app.activate(main)
    key("ctrl+n")
    dialog = app.window(pl("New family"), roles=("dialog",))
    fill(app.find(dialog, "text", pl("Family name")), FAMILY)
    fill(app.find(dialog, "text", pl("Municipality")), "Testowo")
    s.shot("new-family")
    press(app.find(dialog, "push button", pl("Open the case")))
    s.check(app.gone(dialog), "expected the family's case opened")
    for window in app.windows():  # a record that opened with the new case
        if name(window) in pl("Family record"):
            app.close_with_window_manager(window, app.record_title(FAMILY))
    app.activate(main)
    key("ctrl+r")
    dialog = app.window(pl("Assign worker"), roles=("dialog",))
    fill(app.find(dialog, "spin button", pl("Family ID")), "1")
    worker = f"{WORKER[0]} {WORKER[1]}"
    combo = app.find(dialog, "combo box")
    s.check(choose(combo, worker), f"expected {worker} among the workers to assign; the combo "
            f"shows {combo_text(combo)!r}")
    s.shot("assign")
    press(app.find(dialog, "push button", pl("Assign")))
    s.check(app.gone(dialog), "expected the first family assigned")
    app.quit(main)

    load = [r for r in s.caseload() if r["worker_name"] == worker]
    s.check(load and load[0]["cases"] == "1",
            f"expected opieka-cli caseload to give {worker} one family; it says {load}")

    # The social worker finds the family in her caseload.
    app = s.start()
    main = app.sign_in(WORKER[3])
    table = app.find(main, "table", pl("My families, overdue first"))
    deadline = e2e.time.time() + 10
    while row_count(table) == 0 and e2e.time.time() < deadline:
        e2e.time.sleep(0.3)
    rows = table_rows(table)
    s.shot("social-worker")
    s.check(any(FAMILY in row for row in rows),
            f"expected {FAMILY} in the social worker's caseload; it shows {rows}")
    app.quit(main)


e2e.run("a new centre, from an empty database to a first assigned family", body)
