"""A foster-care coordinator's day: sign in (no error box, no crash, she lands on the coordinator's
page with her foster families), show one of her foster families in the register, record its
assessment, quit; start again: the assessment is there (the next one due a period from today)."""
import datetime

import e2e
from e2e import pl, row_count, table_rows, text_of, fill, press, click, name

LOGIN = "halina.kowalska"
WORKER = 12  # the demo's first foster-care coordinator (seed 1)
FINDINGS = "Rodzina zapewnia dobre warunki, wspolpraca z koordynatorem dobra (e2e)."


def sign_in_as_coordinator(s, app):
    """Signs in and checks what issue 17 saw go wrong: an error box, a crash, the wrong page."""
    main = app.sign_in(LOGIN)
    e2e.time.sleep(1.0)  # an error box or a crash comes right after the window shows
    app.check_alive()
    alerts = app.alerts()
    s.expect(not alerts, f"expected the coordinator's sign-in to show no error; the window shows "
             f"{alerts} [waits for helper shell's fix: the coordinator's sign-in]")
    for _ in alerts:  # a person reads the box and closes it
        e2e.key("Return")
    s.expect(app.current_tab(main) in pl("Coor&dinator"),
             f"expected the coordinator to land on the coordinator's page; the window shows "
             f"{app.current_tab(main)!r} (her tabs: {app.tabs(main)}) [the landing page by "
             "role: waits for helper shell's fix]")
    app.open_tab(main, "Coor&dinator")
    families = app.find(main, "table", pl("My foster families"))
    deadline = e2e.time.time() + 10
    while row_count(families) == 0 and e2e.time.time() < deadline:
        e2e.time.sleep(0.3)
    s.check(row_count(families) > 0, "expected the coordinator's foster families on her page; "
            "the table is empty")
    return main, families


def column(table, source):
    for index, header in enumerate(e2e.table_headers(table)):
        if header in pl(source):
            return index
    raise e2e.ScenarioFailed(f"no column {pl(source)} in {e2e.table_headers(table)}")


def selected_register_row(s, app, main):
    register = app.find(main, "table", pl("Foster family register"))
    deadline = e2e.time.time() + 10
    while e2e.time.time() < deadline:
        selected = register.queryTable().getSelectedRows()
        if selected:
            row = selected[0]
            t = register.queryTable()
            return register, [name(t.getAccessibleAt(row, c)) for c in range(t.nColumns)]
        e2e.time.sleep(0.3)
    s.fail("expected the foster family selected in the register after 'Show in the register'")


def body(s):
    s.demo_database()
    s.account_for(LOGIN, "foster_care_coordinator", WORKER)
    today = datetime.date.today().strftime("%d.%m.%Y")

    app = s.start()
    main, families = sign_in_as_coordinator(s, app)
    s.shot("coordinators-page")
    foster_family = table_rows(families, limit=1)[0][0]
    click(families.queryTable().getAccessibleAt(0, 0))
    press(app.find(main, "push button", pl("Show the selected foster family in the register")))
    register, row = selected_register_row(s, app, main)
    s.check(row[0] == foster_family, f"expected {foster_family!r} selected in the register; "
            f"the selected row is {row}")
    s.shot("register")

    press(app.find(main, "push button", pl("Record the selected foster family's assessment")))
    dialog = app.window(pl("Record foster family assessment"), roles=("dialog",))
    assessed = app.find(dialog, "spin button", pl("Assessed on"))
    s.check(today in text_of(assessed), f"expected the assessment dated today ({today}); the "
            f"date field shows {text_of(assessed)!r}")
    fill(app.find(dialog, "text", pl("Findings")), FINDINGS)
    s.shot("assessment-typed")
    press(app.find(dialog, "push button", pl("Record the assessment")))
    if not app.gone(dialog):
        s.fail(f"expected the assessment recorded; the dialog stayed open (message boxes: "
               f"{app.alerts()})")
    # 'Assessment recorded…' is a label with an accessible name, out of a screen reader's
    # reach in Qt 6.4, and the register shows no assessment date for a family without children
    # (the demo places none): what was saved is checked in the audit after starting again.
    s.shot("assessment-recorded")
    app.quit(main)

    app = s.start()
    main, families = sign_in_as_coordinator(s, app)
    rows = table_rows(families, limit=60)
    index = next((i for i, r in enumerate(rows) if r[0] == foster_family), None)
    s.check(index is not None, f"expected {foster_family!r} among her foster families again")
    click(families.queryTable().getAccessibleAt(index, 0))
    press(app.find(main, "push button", pl("Show the selected foster family in the register")))
    _, row = selected_register_row(s, app, main)
    s.shot("register-again")
    s.check(row[0] == foster_family, f"expected {foster_family!r} in the register again")
    audit = s.cli("audit", "user", LOGIN, "--format", "csv", user="kierownik").stdout
    recorded = [line for line in audit.splitlines() if "foster_assessment.record" in line
                and datetime.date.today().isoformat() in line]
    s.check(recorded, "expected today's foster family assessment in the database after starting "
            f"again (opieka-cli audit user {LOGIN}); it holds {audit.splitlines()[1:]}")
    app.quit(main)


if __name__ == "__main__":
    e2e.run("foster-care coordinator's day", body)
