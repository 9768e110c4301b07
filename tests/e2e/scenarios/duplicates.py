"""Duplicate people (issue 21): a social worker adds to one of her families a woman who is already
a member of her other family, typed without Polish letters ("Malgorzata Wojcik", the birth date
typed as 12.05.1984); the window warns her and names the person and the family already in the
register; she answers "This is someone else", the member is saved, and saving the member again
asks nothing. A manager then opens Cases › Likely Duplicates…: the pair the social worker told
apart is not listed, a planted pair (one child recorded as "Zofia Kowalska" and as "Zofia
Kowalski") is, and "Not a duplicate", confirmed, takes it off the list for good."""
import csv
import datetime
import io
import os

import e2e
from e2e import pl, row_count, table_rows, fill, press, click, key, name

LOGIN = "maria.dudek"
WORKER = 1  # the demo's first social worker (seed 1), with some fifty families
EXISTING = ("Małgorzata", "Wójcik", "1984-05-12")  # already in her first family
TYPED = ("Malgorzata", "Wojcik", "12.05.1984")  # what she types in her second family
CHILD = ("Zofia", "Kowalska", "Kowalski", "2015-03-08")  # one child recorded twice


def csv_rows(s, data):
    return list(csv.DictReader(io.StringIO(s.cli("export", data, user="kierownik").stdout)))


def plant(s):
    """The woman in one of the social worker's families, the child twice in two families of
    others (as the manager imports them). Her two families are ones whose names no other family
    of hers has: a row of My caseload and a record are recognised by the family's name. Returns
    her two families, (id, name) each."""
    today = datetime.date.today().isoformat()
    families = {int(f["id"]): f for f in csv_rows(s, "families")}
    open_now = []
    for a in csv_rows(s, "assignments"):
        family = families.get(int(a["case_id"]))
        if (a["case_kind"] == "family" and int(a["worker_id"]) == WORKER and a["from"] <= today
                and (not a["to"] or a["to"] > today) and family and not family["closed_on"]
                and int(a["case_id"]) not in open_now):
            open_now.append(int(a["case_id"]))
    names = [families[i]["name"] for i in open_now]
    hers = [i for i in open_now if names.count(families[i]["name"]) == 1]
    if len(hers) < 2:
        raise e2e.ScenarioFailed(f"the demo changed: worker {WORKER} has {len(hers)} open "
                                 "families with a name of their own, not two")
    first, second = hers[0], hers[1]
    others = [i for i in sorted(families) if i not in open_now and not families[i]["closed_on"]]
    path = os.path.join(s.work, "members.csv")
    with open(path, "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["family_id", "pesel", "first_name", "last_name", "birth_date", "sex",
                         "relation"])
        writer.writerow([first, "", EXISTING[0], EXISTING[1], EXISTING[2], "F", "parent"])
        writer.writerow([others[0], "", CHILD[0], CHILD[1], CHILD[3], "F", "child"])
        writer.writerow([others[1], "", CHILD[0], CHILD[2], CHILD[3], "F", "child"])
    s.cli("import", "members", path, user="kierownik")
    s.check(any(m["first_name"] == EXISTING[0] and m["last_name"] == EXISTING[1] and
                int(m["family_id"]) == first for m in csv_rows(s, "members")),
            f"expected {EXISTING[0]} {EXISTING[1]} in family {first} after the import")
    return (first, families[first]["name"]), (second, families[second]["name"])


def duplicates_cli(s):
    out = s.cli("duplicates", "--format", "csv", user="kierownik").stdout
    return list(csv.DictReader(io.StringIO(out)))


def is_child_pair(row):
    return {row["a_name"], row["b_name"]} == {f"{CHILD[0]} {CHILD[1]}", f"{CHILD[0]} {CHILD[2]}"}


def is_woman_pair(row):
    return {row["a_name"], row["b_name"]} == {f"{EXISTING[0]} {EXISTING[1]}",
                                              f"{TYPED[0]} {TYPED[1]}"}


def open_family(s, app, main, family):
    app.open_tab(main, "&My caseload")
    table = app.find(main, "table", pl("My families, overdue first"))
    deadline = e2e.time.time() + 10
    while row_count(table) == 0 and e2e.time.time() < deadline:
        e2e.time.sleep(0.3)
    rows = table_rows(table, limit=200)
    index = next((i for i, row in enumerate(rows) if row and row[0] == family), None)
    s.check(index is not None, f"expected {family} in My caseload; it lists "
            f"{[r[0] for r in rows[:10]]}...")
    # The row may be below the visible part: the first row clicked, then the arrow key down to
    # it (the table scrolls along), and Open family.
    click(table.queryTable().getAccessibleAt(0, 0))
    if index:
        key(*["Down"] * index)
    press(app.find(main, "push button", pl("Open the selected family's record")))
    return app.record(family)


def wait_rows(table, wanted, timeout=10):
    """The table's rows once one of them satisfies wanted(row) (or the time is up)."""
    deadline = e2e.time.time() + timeout * e2e.SLOW
    while True:
        rows = table_rows(table, limit=200)
        if any(wanted(r) for r in rows) or e2e.time.time() > deadline:
            return rows
        e2e.time.sleep(0.3)


def combo_showing(s, app, window, options):
    """The combo box whose current item is one of the options (Qt names a combo box by its
    current item)."""
    for combo in app.find_all(window, "combo box"):
        if e2e.combo_text(combo) in options:
            return combo
    s.fail(f"expected a combo box showing one of {sorted(options)}; the combo boxes show "
           f"{[e2e.combo_text(c) for c in app.find_all(window, 'combo box')]}")


def no_window(app, wanted, seconds):
    """True when no window matching `wanted` shows up within the seconds."""
    deadline = e2e.time.time() + seconds * e2e.SLOW
    while e2e.time.time() < deadline:
        app.check_alive()
        for window in app.windows():
            if e2e._matches(name(window), wanted):
                return False
        e2e.time.sleep(0.3)
    return True


def add_member(s, app, record):
    """Members › Add member…: the name typed without Polish letters, the date as a person types
    it, the sex chosen; Save. Returns the dialog (still open while the warning asks)."""
    click(app.find(record, "page tab", pl("&Members")))
    press(app.find(record, "push button", pl("Add a household member")))
    dialog = app.window(pl("Household member"), roles=("dialog",))
    fill(app.find(dialog, "text", pl("First name")), TYPED[0])
    fill(app.find(dialog, "text", pl("Last name")), TYPED[1])
    fill(app.find(dialog, "spin button", pl("Birth date")), TYPED[2])
    sex = combo_showing(s, app, dialog, pl("Choose…"))
    female = sorted(pl("Female") - {"Female"}) or ["Female"]
    s.check(e2e.choose(sex, female[0]), f"expected {female[0]} among the sexes; the combo shows "
            f"{e2e.combo_text(sex)!r}")
    s.shot("member-typed")
    press(app.find(dialog, "push button", pl("Save")))
    return dialog


def check_warning(s, app, warning, family):
    """The warning names the woman already in the register, her birth date in the Polish form and
    the family she is in."""
    intro = [name(n) for n in app.find_all(warning, "label") if f"{TYPED[0]} {TYPED[1]}" in name(n)]
    s.expect(bool(intro), f"expected the warning to name the entry {TYPED[0]} {TYPED[1]}; its "
             f"labels read {[name(n) for n in app.find_all(warning, 'label')]}")
    matches = app.find(warning, "list", pl("People who may be the same"))
    items = [name(i) for i in e2e.children(matches)]
    existing = f"{EXISTING[0]} {EXISTING[1]}"
    born = datetime.date.fromisoformat(EXISTING[2]).strftime("%d.%m.%Y")
    s.check(any(existing in item and family in item for item in items),
            f"expected the warning to name {existing} and the family {family}; it lists {items}")
    s.expect(any(born in item for item in items),
             f"expected {existing}'s birth date as {born} in the warning; it lists {items}")
    shown = " ".join(items + intro)
    s.expect(not e2e.iso_dates(shown), f"expected no ISO dates in the warning; it shows "
             f"{e2e.iso_dates(shown)}")
    buttons = [name(b) for b in app.find_all(warning, "push button")]
    english = {"This is someone else", "Save anyway", "Back to the form",
               "Open the existing record"} & set(buttons)
    s.expect(not english, f"expected the warning's buttons in Polish; {sorted(english)} are in "
             f"English (buttons: {buttons})")


def social_worker(s, first, second):
    app = s.start()
    main = app.sign_in(LOGIN)
    s.shot("signed-in")
    record = open_family(s, app, main, second[1])
    s.shot("second-family")
    dialog = add_member(s, app, record)

    warning = app.window(pl("Is this person already in the register?"), roles=("dialog",))
    e2e.time.sleep(0.5)
    s.shot("duplicate-warning")
    check_warning(s, app, warning, first[1])
    press(app.find(warning, "push button", pl("This is someone else")))
    s.check(app.gone(warning), "expected the warning to close after 'This is someone else'")
    s.check(app.gone(dialog), f"expected the member saved and its dialog closed after 'This is "
            f"someone else'; it stayed open (message boxes: {app.alerts()})")
    members = app.find(record, "table", pl("Household members"))
    typed = f"{TYPED[0]} {TYPED[1]}"

    def is_new(row):
        text = " ".join(row)
        return (typed in text or (TYPED[0] in row and TYPED[1] in row)) and TYPED[2] in text

    rows = wait_rows(members, is_new)
    s.shot("member-saved")
    s.check(any(is_new(r) for r in rows), f"expected {typed}, born {TYPED[2]}, among the "
            f"members of {second[1]}; they are {rows}")
    shown = " ".join(" ".join(r) for r in rows)
    s.expect(not e2e.iso_dates(shown), f"expected the members' dates in the Polish format; "
             f"they show {e2e.iso_dates(shown)}")

    # Saved again (Edit…, Save): the pair was told apart, so nothing is asked.
    index = next(i for i, r in enumerate(rows) if is_new(r))
    click(members.queryTable().getAccessibleAt(index, 0))
    press(app.find(record, "push button", pl("Edit the selected member")))
    dialog = app.window(pl("Household member"), roles=("dialog",))
    s.shot("member-edit")
    press(app.find(dialog, "push button", pl("Save")))
    asked = not no_window(app, pl("Is this person already in the register?"), 3)
    if asked:
        s.shot("warned-again")
        key("Escape")
    s.check(not asked, "expected no warning when the member told apart is saved again; the "
            "warning came again")
    s.check(app.gone(dialog), f"expected the edited member saved and its dialog closed; it "
            f"stayed open (message boxes: {app.alerts()})")
    s.shot("member-saved-again")
    app.close_with_window_manager(record, app.record_title(second[1]))
    s.check(app.gone(record), "expected the record to close")
    app.quit(main)


def manager(s):
    app = s.start()
    main = app.sign_in("kierownik")
    s.shot("manager-signed-in")
    # Cases › Likely Duplicates… (Sprawy › Prawdopodobne duplikaty…), with the mouse.
    app.activate(main)
    bar = app.find(main, "menu bar")
    click(next(m for m in e2e.children(bar) if name(m) in pl("&Cases")))
    item = app.find(main, "menu item", pl("Likely &Duplicates…"))
    s.shot("cases-menu")
    click(item)
    e2e.time.sleep(0.5)
    s.check(app.current_tab(main) in pl("Likely d&uplicates"),
            f"expected Cases › Likely Duplicates… to open the likely duplicates; the window "
            f"shows {app.current_tab(main)!r} of {app.tabs(main)}")
    table = app.find(main, "table", pl("Likely duplicates"))
    child = f"{CHILD[0]} {CHILD[1]}"
    rows = wait_rows(table, lambda r: child in r, timeout=20)
    s.shot("manager-duplicates")
    listed = [" | ".join(r) for r in rows]
    s.check(not any(f"{EXISTING[0]} {EXISTING[1]}" in r and f"{TYPED[0]} {TYPED[1]}" in r
                    for r in rows),
            f"expected the pair told apart by the social worker left out; the tab lists {listed}")
    s.check(any(child in r and f"{CHILD[0]} {CHILD[2]}" in r for r in rows),
            f"expected the planted pair {child} / {CHILD[0]} {CHILD[2]} listed; the tab lists "
            f"{listed}")
    born = datetime.date.fromisoformat(CHILD[3]).strftime("%d.%m.%Y")
    s.expect(any(born in r for r in rows), f"expected the birth dates as {born}; the tab lists "
             f"{listed}")
    s.expect(not e2e.iso_dates(" ".join(listed)), f"expected no ISO dates in the tab; it shows "
             f"{e2e.iso_dates(' '.join(listed))}")
    headers = e2e.table_headers(table)
    english = {"Score", "Person", "Born", "Family", "Other person", "Reasons"} & set(headers)
    s.expect(not english, f"expected the columns in Polish; {sorted(english)} are in English "
             f"(columns: {headers})")

    index = next(i for i, r in enumerate(rows) if child in r)
    click(table.queryTable().getAccessibleAt(index, 1))
    press(app.find(main, "push button", pl("&Not a duplicate")))
    question = app.window(pl("Not a duplicate"), roles=("alert", "dialog"))
    e2e.time.sleep(0.3)
    s.shot("not-a-duplicate-question")
    press(app.find(question, "push button", {"Tak", "&Tak", "Yes", "&Yes"}))
    s.check(app.gone(question), "expected the question to close after Yes")
    deadline = e2e.time.time() + 10
    while any(child in r for r in table_rows(table)) and e2e.time.time() < deadline:
        e2e.time.sleep(0.3)
    rows = table_rows(table)
    s.shot("manager-dismissed")
    s.check(not any(child in r for r in rows),
            f"expected the pair gone from the list after 'Not a duplicate'; the tab lists {rows}")
    left = duplicates_cli(s)
    s.check(not any(is_child_pair(r) for r in left),
            f"expected opieka-cli duplicates to leave the pair out now; it lists {left}")
    app.quit(main)


def body(s):
    s.demo_database()
    s.account_for(LOGIN, "social_worker", WORKER)
    first, second = plant(s)
    before = duplicates_cli(s)
    s.check(any(is_child_pair(r) for r in before),
            f"expected the planted child among the likely duplicates; opieka-cli duplicates "
            f"lists {before}")
    social_worker(s, first, second)
    after = duplicates_cli(s)
    s.check(not any(is_woman_pair(r) for r in after),
            f"expected opieka-cli duplicates to leave out the pair told apart; it lists {after}")
    manager(s)


e2e.run("likely duplicates", body)
