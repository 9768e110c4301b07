"""A social worker's day: sign in, open one of her families from My caseload, log a visit, change
the family's address, close the record with the window manager's close (she is asked about the
unsaved change and saves), quit with Ctrl+Q; start again, sign in: the visit and the address are
there."""
import datetime

import e2e
from e2e import pl, row_count, table_rows, text_of, fill, press, click

LOGIN = "maria.dudek"
ADDRESS = "ul. Testowa 17/3, 05-077 Warszawa"
PRESENT = "matka i e2e-swiadek"


def open_first_family(s, app, main):
    tab = app.open_tab(main, "&My caseload")
    table = app.find(main, "table", pl("My families, overdue first"))
    s.check(row_count(table) > 0, "expected the social worker's families in My caseload; the "
            "table is empty")
    first = table_rows(table, limit=1)[0]
    family, case_number = first[0], first[1]
    s.shot("my-caseload")
    click(table.queryTable().getAccessibleAt(0, 0), double=True)
    record = app.record(family)
    return tab, family, case_number, record


def body(s):
    s.demo_database()
    worker_id = 1  # the demo's first social worker (seed 1), with some fifty families
    s.account_for(LOGIN, "social_worker", worker_id)
    today = datetime.date.today().strftime("%d.%m.%Y")

    app = s.start()
    main = app.sign_in(LOGIN)
    s.shot("signed-in")
    s.check(app.current_tab(main) in pl("&My caseload"),
            f"expected a social worker to land on My caseload; the window shows "
            f"{app.current_tab(main)!r} of {app.tabs(main)}")
    _, family, case_number, record = open_first_family(s, app, main)
    s.shot("record-opened")

    # A visit, logged from the Contacts section.
    click(app.find(record, "page tab", pl("C&ontacts")))
    press(app.find(record, "push button", pl("Log a visit or contact")))
    dialog = app.window(pl("Log contact"), roles=("dialog",))
    fill(app.find(dialog, "text", pl("Who was present")), PRESENT)
    fill(app.find(dialog, "text", pl("Notes")), "Wizyta domowa, rozmowa o planie (e2e).")
    s.shot("visit-typed")
    press(app.find(dialog, "push button", pl("Save the contact")))
    s.check(app.gone(dialog), "expected the visit dialog to close after saving; it stayed open "
            f"(message boxes: {app.alerts()})")
    contacts = app.find(record, "table", pl("Visits and contacts"))
    rows = table_rows(contacts)
    s.check(any(today in row and PRESENT in row for row in rows),
            f"expected the new visit ({today}, present: {PRESENT}) in the contacts; they show "
            f"{rows[:3]}")
    s.shot("visit-saved")
    shown = " ".join(" ".join(row) for row in rows)
    s.expect(not e2e.iso_dates(shown), f"expected the contacts' dates in the Polish format; "
             f"they show {e2e.iso_dates(shown)}")

    # The address changed and not saved; the record closed with the window manager's close.
    click(app.find(record, "page tab", pl("&Details")))
    address = app.find(record, "text", pl("Address"))
    old_address = text_of(address)
    fill(address, ADDRESS)
    s.shot("address-typed")
    app.close_with_window_manager(record, app.record_title(family))
    try:
        question = app.window(pl("Unsaved changes"), roles=("alert", "dialog"), timeout=6)
    except e2e.ScenarioFailed:
        closed = not e2e.showing(record)
        s.fail("expected a question about the unsaved address when the record is closed with the "
               "window manager's close (Alt+F4); " +
               ("the record closed WITHOUT asking and the change is lost" if closed else
                "the record stayed open without a question") +
               " [waits for helper shell's fix: the unsaved-edits question]")
    s.shot("unsaved-question")
    buttons = [e2e.name(b) for b in app.find_all(question, "push button")]
    s.check(not ({"Save", "Discard", "Cancel"} & set(buttons)),
            f"the question's buttons are in English: {buttons} (Qt's translations not loaded)")
    save = app.find(question, "push button", {"Zachowaj", "Zapisz", "Save"})  # Qt's own Save
    press(save)
    s.check(app.gone(record), "expected the record to close after answering Save; it is open "
            f"(message boxes: {app.alerts()})")
    s.shot("record-closed")
    app.quit(main)

    # Again: what was saved is there.
    app = s.start()
    main = app.sign_in(LOGIN)
    app.open_tab(main, "&My caseload")
    table = app.find(main, "table", pl("My families, overdue first"))
    rows = table_rows(table, limit=200)
    index = next((i for i, row in enumerate(rows) if row[1] == case_number), None)
    s.check(index is not None, f"expected {case_number} in My caseload after starting again; "
            f"the first rows are {rows[:3]}")
    s.check(today in rows[index], f"expected today's visit ({today}) as the last contact of "
            f"{case_number} in My caseload; the row shows {rows[index]}")
    click(table.queryTable().getAccessibleAt(index, 0), double=True)
    record = app.record(family)
    click(app.find(record, "page tab", pl("&Details")))
    address = app.find(record, "text", pl("Address"))
    s.shot("reopened-details")
    s.check(text_of(address) == ADDRESS,
            f"expected the saved address {ADDRESS!r} after starting again; the record shows "
            f"{text_of(address)!r} (it was {old_address!r})")
    click(app.find(record, "page tab", pl("C&ontacts")))
    contacts = app.find(record, "table", pl("Visits and contacts"))
    rows = table_rows(contacts)
    s.shot("reopened-contacts")
    s.check(any(today in row and PRESENT in row for row in rows),
            f"expected the visit ({today}, present: {PRESENT}) after starting again; the "
            f"contacts show {rows[:3]}")
    visits = s.cli("export", "visits", user="kierownik").stdout
    s.check(datetime.date.today().isoformat() in visits and "e2e" in visits,
            "expected opieka-cli export visits to hold today's visit")
    app.close_with_window_manager(record, app.record_title(family))
    s.check(app.gone(record), "expected the unchanged record to close without a question")
    app.quit(main)


e2e.run("social worker's day", body)
