"""A family assistant's day: sign in, open a family without a plan from the assistant's desk, write
a goal and an action into a new work plan, agree it (today), close the record with the window
manager's close, quit; start again: the agreed plan is there."""
import datetime

import e2e
from e2e import pl, pl_args, row_count, table_rows, text_of, fill, press, click, name

LOGIN = "zofia.nowakowska"
# ASCII only: xdotool typed into Xvfb once dropped the "ą" of "chodzą" in a clean-clone CI run.
GOAL = "Dzieci codziennie w szkole (e2e)"
ACTION = "Codzienne sprawdzanie dziennika (e2e)"


def desk(s, app, main):
    s.expect(app.current_tab(main) in pl("&Assistant's desk"),
             f"expected a family assistant to land on the assistant's desk; the window shows "
             f"{app.current_tab(main)!r}, a tab she does not have (hers: {app.tabs(main)}) "
             "[the landing page by role: waits for helper shell's fix]")
    app.open_tab(main, "&Assistant's desk")
    table = app.find(main, "table", pl("The assistant's families, what needs attention first"))
    deadline = e2e.time.time() + 10
    while row_count(table) == 0 and e2e.time.time() < deadline:
        e2e.time.sleep(0.3)
    s.check(row_count(table) > 0, "expected the assistant's families on her desk; the table is "
            "empty")
    return table


def agreed(s, app, record):
    new_version = app.find_all(record, "push button", pl("Change the agreed plan by a new "
                                                         "version"))
    agree = app.find_all(record, "push button", pl("Agree the plan with the family"))
    s.check(new_version and not agree, "expected the agreed plan (its 'New version' button, no "
            f"'Agree…'); the record offers {[name(b) for b in app.find_all(record, 'push button')]}")


def plan_column(table):
    headers = e2e.table_headers(table)
    for index, header in enumerate(headers):
        if header in pl("Work plan"):
            return index
    return 2


def body(s):
    s.demo_database()
    s.account_for(LOGIN, "family_assistant", 9)  # the demo's first family assistant (seed 1)
    today = datetime.date.today().strftime("%d.%m.%Y")

    app = s.start()
    main = app.sign_in(LOGIN)
    table = desk(s, app, main)
    s.shot("assistants-desk")
    column = plan_column(table)
    rows = table_rows(table, limit=40)
    index = next((i for i, row in enumerate(rows) if row[column] in pl("no plan yet")), None)
    s.check(index is not None, f"expected a family without a work plan on the desk; the rows "
            f"show {[row[column] for row in rows]}")
    family, case_number = rows[index][0], rows[index][1]
    click(table.queryTable().getAccessibleAt(index, 0), double=True)
    record = app.record(family)
    click(app.find(record, "page tab", pl("Work &plan")))
    press(app.find(record, "push button", pl("Start the family's work plan")))
    press(app.find(record, "push button", pl("Add a goal")))
    dialog = app.window(pl("Goal of the plan"), roles=("dialog",))
    fill(app.find(dialog, "text", pl("What the family wants to achieve")), GOAL)
    s.shot("goal-typed")
    press(app.find(dialog, "push button", pl("Keep the goal in the draft")))
    s.check(app.gone(dialog), f"expected the goal dialog to close; message boxes: {app.alerts()}")

    add_action = app.find(record, "push button", pl("Add an action to the selected goal"))
    if not e2e.enabled(add_action):  # the new goal not selected: select it as a person would
        tree = app.find(record, "tree", pl("Goals and actions of the plan"))
        click(tree.queryTable().getAccessibleAt(0, 0))
    press(add_action)
    dialog = app.window(pl("Action of the plan"), roles=("dialog",))
    fill(app.find(dialog, "text", pl("What is to be done")), ACTION)
    fill(app.find(dialog, "text", pl("Name of the person or institution")), "Asystentka rodziny")
    fill(app.find(dialog, "text", pl("Expected effect")), "Brak nieobecności (e2e)")
    s.shot("action-typed")
    press(app.find(dialog, "push button", pl("Keep the action in the draft")))
    s.check(app.gone(dialog), f"expected the action dialog to close; message boxes: "
            f"{app.alerts()}")
    press(app.find(record, "push button", pl("Save the draft")))
    s.shot("draft-saved")

    press(app.find(record, "push button", pl("Agree the plan with the family")))
    dialog = app.window(pl("Agree the work plan"), roles=("dialog",))
    agreed_on = app.find(dialog, "spin button", pl("Date the plan was agreed"))
    s.check(today in text_of(agreed_on), f"expected the agreement dated today ({today}) by "
            f"default; the date field shows {text_of(agreed_on)!r}")
    for box in ("The family took part", "The social worker was consulted"):
        check_box = app.find(dialog, "check box", pl(box))
        if not e2e.states(check_box).contains(e2e.pyatspi.STATE_CHECKED):
            press(check_box)
    s.shot("agree-dialog")
    press(app.find(dialog, "push button", pl("Agree the plan")))
    s.check(app.gone(dialog), f"expected the plan to be agreed; the dialog stayed open "
            f"(message boxes: {app.alerts()})")
    # The plan's state is a label with an accessible name, whose text Qt 6.4 does not give a
    # screen reader: the agreed plan shows in its buttons (a new version, no more agreeing).
    agreed(s, app, record)
    s.shot("plan-agreed")

    app.close_with_window_manager(record, app.record_title(family))
    s.check(app.gone(record), "expected the record to close with the window manager's close "
            f"(nothing unsaved); windows: {[name(w) for w in app.windows()]}; message boxes: "
            f"{app.alerts()}")
    s.shot("record-closed")
    app.quit(main)

    app = s.start()
    main = app.sign_in(LOGIN)
    table = desk(s, app, main)
    rows = table_rows(table, limit=60)
    index = next((i for i, row in enumerate(rows) if row[1] == case_number), None)
    s.check(index is not None, f"expected {case_number} on the desk after starting again")
    s.shot("desk-again")
    version_agreed = {v for a in pl("agreed") for v in pl_args("v%1 %2", 1, a)}
    s.check(rows[index][column] in version_agreed,
            f"expected the desk to show version 1 agreed for {case_number}: {version_agreed}; "
            f"it shows {rows[index][column]!r}")
    click(table.queryTable().getAccessibleAt(index, 0), double=True)
    record = app.record(family)
    click(app.find(record, "page tab", pl("Work &plan")))
    s.shot("plan-again")
    agreed(s, app, record)
    tree = app.find(record, "tree", pl("Goals and actions of the plan"))
    shown = " ".join(" ".join(row) for row in table_rows(tree))
    s.check(GOAL in shown and ACTION in shown,
            f"expected the goal and the action in the agreed plan; it shows {shown[:300]!r}")
    app.close_with_window_manager(record, app.record_title(family))
    s.check(app.gone(record), "expected the record to close without a question")
    app.quit(main)


e2e.run("family assistant's day", body)
