"""Exchange between centres (issue 22): an OPS refers a family to the county's PCPR, in the real
windows of both. The two centres' databases are made with opieka-cli (the OPS from the demo, the
PCPR with only its manager), each makes its keys under its centre passphrase and trusts the
other's card. The OPS manager opens a family's record, Record › Send to Partner Centre…, chooses
the PCPR and a referral, reads in the preview that the family's members leave, Send…, types the
file's name in the file dialog and the centre passphrase in its dialog: the package file is
there. The PCPR manager opens Cases › Exchange with Partner Centres…, Receive package…, the same
file and passphrase: the inbox shows it received, to decide; Accept… as a new family: it is
accepted here and the family is found in the Families tab. opieka-cli then says the same
(`accepted`), and the PCPR's receipt, received at the OPS, makes the OPS's outbox say
`accepted` too."""
import csv
import io
import os

import e2e
from e2e import pl, table_rows, fill, press, click, key, name

OPS = ("Ośrodek Pomocy Społecznej w Testowie", "ops", "Testowo")
PCPR = ("Powiatowe Centrum Pomocy Rodzinie w Próbnie", "pcpr", "powiat próbieński")
PASSPHRASE = "Haslo-centrum-e2e-2026"  # both centres'; typed in the window: ASCII for xdotool
PCPR_MANAGER = "pcpr.kierownik"
PURPOSE = "Referral: the family, the plan, the assessments and the visits ticked"


def cli(s, db, *args, user=None, passphrase=False, check=True):
    """opieka-cli on one of the two centres' databases; the centre passphrase only when asked
    (the window never gets it from the environment)."""
    s.db = db
    if passphrase:
        os.environ["OPIEKA_CENTRE_PASSPHRASE"] = PASSPHRASE
    try:
        return s.cli(*args, user=user, check=check)
    finally:
        os.environ.pop("OPIEKA_CENTRE_PASSPHRASE", None)


def csv_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def prepare(s, ops_db, pcpr_db):
    """The OPS from the demo (its manager 'kierownik'), the PCPR with one manager who is also its
    worker (accepted visits are written under a worker); both centres' keys and cards, each the
    other's partner. Returns the OPS family to refer: (id, name, [member names])."""
    s.db = ops_db
    s.demo_database()
    for path in (pcpr_db, pcpr_db + "-wal", pcpr_db + "-shm"):
        if os.path.exists(path):
            os.remove(path)
    s.db = pcpr_db
    s.cli("init", new_password=e2e.PASSWORD)
    workers = os.path.join(s.work, "pcpr-workers.csv")
    with open(workers, "w") as out:
        out.write("id,first_name,last_name,role\n1,Anna,Zielińska,manager\n")
    s.cli("import", "workers", workers)
    s.cli("user", "add", PCPR_MANAGER, "--role", "manager", "--worker", "1",
          new_password=e2e.PASSWORD)

    cards = {}
    for db, centre, manager in ((ops_db, OPS, "kierownik"), (pcpr_db, PCPR, PCPR_MANAGER)):
        cli(s, db, "centre", "init", "--name", centre[0], "--kind", centre[1], "--area",
            centre[2], passphrase=True)
        cards[db] = os.path.join(s.work, f"{centre[1]}.card")
        cli(s, db, "centre", "card", "--out", cards[db], user=manager)
    cli(s, ops_db, "partner", "add", cards[pcpr_db], user="kierownik")
    cli(s, pcpr_db, "partner", "add", cards[ops_db], user=PCPR_MANAGER)

    # An open family of the OPS with at least two members (the demo gives a name to several
    # families: the Families tab is searched by the name, the row chosen by the family's number).
    families = csv_rows(cli(s, ops_db, "export", "families", user="kierownik").stdout)
    members = csv_rows(cli(s, ops_db, "export", "members", user="kierownik").stdout)
    for family in families:
        people = [f"{m['first_name']} {m['last_name']}" for m in members
                  if m["family_id"] == family["id"]]
        if not family["closed_on"] and len(people) >= 2:
            return int(family["id"]), family["name"], people
    raise e2e.ScenarioFailed("the demo changed: no open family with two members")


def menu_item(s, app, window, menu, item, title=None):
    """A menu of the window's menu bar opened with the mouse, and its item (title: the window's
    X title when its accessible name is not)."""
    app.activate(window, title)
    bar = app.find(window, "menu bar")
    entry = next((m for m in e2e.children(bar) if name(m) in pl(menu)), None)
    s.check(entry is not None, f"expected the menu {e2e.describe(pl(menu))}; the bar has "
            f"{[name(m) for m in e2e.children(bar)]}")
    click(entry)
    return app.find(window, "menu item", pl(item))


def find_family(s, app, main, family):
    """Families › search by the name; the table's rows once the family is among them."""
    app.open_tab(main, "&Families")
    fill(app.find(main, "text", pl("Search families")), family)
    table = app.find(main, "table", pl("Families"))
    deadline = e2e.time.time() + 15 * e2e.SLOW
    while True:
        rows = table_rows(table)
        if any(family in r for r in rows) or e2e.time.time() > deadline:
            return table, rows
        e2e.time.sleep(0.3)


def type_file(s, app, chooser, path):
    """The file's name typed in Qt's file dialog (its name field has the focus), Return."""
    e2e.time.sleep(0.5)
    buttons = [name(b) for b in app.find_all(chooser, "push button")]
    s.expect(not ({"Save", "Open", "Cancel"} & set(buttons)),
             f"the file dialog's buttons are in English: {buttons} (Qt's translations)")
    key("ctrl+a")
    e2e.type_text(path)
    key("Return")
    s.check(app.gone(chooser), f"expected the file dialog to close after typing {path}")


def type_passphrase(s, app):
    dialog = app.window(pl("Centre passphrase"), roles=("dialog",))
    s.shot("centre-passphrase")
    fill(app.find(dialog, "password text", pl("Passphrase")), PASSPHRASE)
    key("Return")
    # The keys are unsealed (Argon2id, about a second) before the dialog closes.
    s.check(app.gone(dialog, timeout=30 * e2e.SLOW),
            f"expected the passphrase dialog to close after the right passphrase; message "
            f"boxes: {app.alerts()}")


def english_left(texts, sources):
    """The English sources that have a Polish translation but were shown in English."""
    return sorted(e2e.plain(src) for src in sources
                  if e2e.plain(src) in texts and pl(src) - {e2e.plain(src)})


def send(s, ops_db, family, package):
    family_id, family_name, people = family
    s.db = ops_db
    app = s.start()
    main = app.sign_in("kierownik")
    s.shot("ops-signed-in")
    table, rows = find_family(s, app, main, family_name)
    index = next((i for i, r in enumerate(rows) if r and r[0] == str(family_id) and
                  family_name in r), None)
    s.check(index is not None, f"expected {family_name} no. {family_id} in the Families tab; "
            f"it lists {rows[:5]}")
    click(table.queryTable().getAccessibleAt(index, 0))
    press(app.find(main, "push button", pl("Open the selected family's record")))
    record = app.record(family_name)
    title = app.record_title(family_name)
    s.shot("ops-record")

    click(menu_item(s, app, record, "Record", "Sen&d to Partner Centre…", title))
    dialog = app.window(pl("Send to a partner centre"), roles=("dialog",))
    combos = app.find_all(dialog, "combo box")
    shown = [e2e.combo_text(c) for c in combos]
    s.check(any(t.startswith(PCPR[0]) for t in shown),
            f"expected the PCPR {PCPR[0]} as the partner centre; the combo boxes show {shown}")
    purpose = next((c for c in combos if e2e.combo_text(c) in
                    pl(PURPOSE) | pl("Plan: the current version of the family's work plan") |
                    pl("Transfer: the whole case, every visit with its notes")), None)
    s.check(purpose is not None, f"expected the purpose among the combo boxes; they show {shown}")
    referral = sorted(pl(PURPOSE), key=lambda t: t == PURPOSE)[0]
    s.check(e2e.choose(purpose, referral[:20]),
            f"expected the purpose {referral!r}; the combo shows {e2e.combo_text(purpose)!r}")
    preview = app.find(dialog, "text", pl("What will leave this centre"))
    deadline = e2e.time.time() + 10 * e2e.SLOW
    while not all(p in e2e.text_of(preview) for p in people) and e2e.time.time() < deadline:
        e2e.time.sleep(0.3)
    text = e2e.text_of(preview)
    s.shot("send-dialog")
    missing = [p for p in people if p not in text]
    s.check(not missing, f"expected the preview to list the members {people}; it misses "
            f"{missing}; it reads {text!r}")
    s.expect(PCPR[0] in text, f"expected the preview to name the recipient {PCPR[0]}; it "
             f"reads {text!r}")
    s.expect(not e2e.iso_dates(text), f"expected no ISO dates in the preview; it shows "
             f"{e2e.iso_dates(text)}")
    visits = app.find(dialog, "table", pl("Visits and contacts to send"))
    cells = " ".join(" ".join(r) for r in table_rows(visits))
    s.expect(not e2e.iso_dates(cells), f"expected the visits' dates in the Polish form; they "
             f"show {e2e.iso_dates(cells)}")
    labels = [name(n) for n in app.find_all(dialog, "label")] + \
        [name(b) for b in app.find_all(dialog, "push button")] + shown + [text]
    english = english_left(labels, ["Partner &centre:", "P&urpose:", "&Send…", "Cancel",
                                    PURPOSE, "What will &leave this centre:"])
    s.expect(not english, f"expected the send dialog in Polish; {english} in English")

    press(app.find(dialog, "push button", pl("&Send…")))
    chooser = app.window(pl("Save the package"), roles=("dialog", "file chooser"))
    s.shot("save-package-dialog")
    type_file(s, app, chooser, package)
    type_passphrase(s, app)
    s.check(app.gone(dialog, timeout=15 * e2e.SLOW),
            f"expected the send dialog to close once sent; message boxes: {app.alerts()}")
    s.check(os.path.exists(package) and os.path.getsize(package) > 0,
            f"expected the package written to {package}")
    s.shot("ops-sent")
    outbox = csv_rows(cli(s, ops_db, "exchange", "list", "--format", "csv",
                          user="kierownik").stdout)
    s.check(any(r["direction"] == "out" and r["status"] == "sent" and
                r["family_id"] == str(family_id) for r in outbox),
            f"expected the OPS outbox to hold the referral of family {family_id} as sent; "
            f"it lists {outbox}")
    app.close_with_window_manager(record, title)
    s.check(app.gone(record), "expected the record to close")
    app.quit(main)


def receive(s, pcpr_db, family, package):
    _, family_name, _ = family
    s.db = pcpr_db
    app = s.start()
    main = app.sign_in(PCPR_MANAGER)
    s.shot("pcpr-signed-in")
    click(menu_item(s, app, main, "&Cases", "&Exchange with Partner Centres…"))
    e2e.time.sleep(0.5)
    s.check(app.current_tab(main) in pl("E&xchange"),
            f"expected Cases › Exchange with Partner Centres… to open the exchange; the window "
            f"shows {app.current_tab(main)!r} of {app.tabs(main)}")
    press(app.find(main, "push button", pl("Receive &package…")))
    chooser = app.window(pl("Receive a package"), roles=("dialog", "file chooser"))
    s.shot("receive-file-dialog")
    type_file(s, app, chooser, package)
    type_passphrase(s, app)

    table = app.find(main, "table", pl("Packages sent and received"))
    waiting = pl("Received, to decide")

    def rows_with(statuses):
        deadline = e2e.time.time() + 15 * e2e.SLOW
        while True:
            rows = table_rows(table)
            if any(set(r) & statuses for r in rows) or e2e.time.time() > deadline:
                return rows
            e2e.time.sleep(0.3)

    rows = rows_with(waiting)
    s.shot("inbox-received")
    listed = [" | ".join(r) for r in rows]
    s.check(any(set(r) & waiting and OPS[0] in r for r in rows),
            f"expected the referral from {OPS[0]} received, to decide ({e2e.describe(waiting)}); "
            f"the inbox lists {listed}; message boxes: {app.alerts()}")
    s.expect(not e2e.iso_dates(" ".join(listed)), f"expected no ISO dates in the inbox; it "
             f"shows {e2e.iso_dates(' '.join(listed))}")
    headers = e2e.table_headers(table)
    english = english_left(headers, ["Direction", "Status", "Partner centre", "Purpose", "Family",
                                     "Sent or received", "Last change", "Contents"])
    s.expect(not english, f"expected the inbox's columns in Polish; {english} in English "
             f"(columns: {headers})")

    index = next(i for i, r in enumerate(rows) if set(r) & waiting)
    click(table.queryTable().getAccessibleAt(index, 1))
    press(app.find(main, "push button", pl("Acc&ept…")))
    dialog = app.window(pl("Accept the package"), roles=("dialog",))
    e2e.time.sleep(0.3)
    s.shot("accept-dialog")
    create = app.find(dialog, "radio button", pl("&Create a new family from it"))
    if not e2e.states(create).contains(e2e.pyatspi.STATE_CHECKED):
        click(create)
    press(app.find(dialog, "push button", pl("Acc&ept")))
    s.check(app.gone(dialog, timeout=20 * e2e.SLOW),
            f"expected the package accepted and the dialog closed; message boxes: "
            f"{app.alerts()}")
    accepted = pl("Accepted here")
    rows = rows_with(accepted)
    s.shot("inbox-accepted")
    listed = [" | ".join(r) for r in rows]
    s.check(any(set(r) & accepted and OPS[0] in r for r in rows),
            f"expected the referral accepted here ({e2e.describe(accepted)}); the inbox lists "
            f"{listed}; message boxes: {app.alerts()}")
    s.expect(not e2e.iso_dates(" ".join(listed)), f"expected no ISO dates in the inbox; it "
             f"shows {e2e.iso_dates(' '.join(listed))}")

    _, rows = find_family(s, app, main, family_name)
    s.shot("pcpr-families")
    s.check(any(family_name in r for r in rows), f"expected {family_name} in the PCPR's "
            f"Families tab after accepting; searching it lists {rows[:5]}")
    app.quit(main)


def receipt(s, ops_db, pcpr_db, family):
    family_id = family[0]
    inbox = csv_rows(cli(s, pcpr_db, "exchange", "list", "--format", "csv",
                         user=PCPR_MANAGER).stdout)
    item = next((r for r in inbox if r["direction"] == "in" and r["purpose"] == "referral"), None)
    s.check(item is not None and item["status"] == "accepted" and item["family_id"],
            f"expected opieka-cli exchange list at the PCPR to show the referral accepted, with "
            f"its new family; it lists {inbox}")
    path = os.path.join(s.work, "receipt.opieka")
    cli(s, pcpr_db, "exchange", "receipt", item["id"], "--out", path, user=PCPR_MANAGER,
        passphrase=True)
    cli(s, ops_db, "exchange", "receive", path, user="kierownik", passphrase=True)
    outbox = csv_rows(cli(s, ops_db, "exchange", "list", "--format", "csv",
                          user="kierownik").stdout)
    sent = [r for r in outbox if r["direction"] == "out" and r["purpose"] == "referral"]
    s.check(len(sent) == 1 and sent[0]["status"] == "accepted" and
            sent[0]["family_id"] == str(family_id),
            f"expected the OPS outbox to show the referral of family {family_id} accepted after "
            f"the PCPR's receipt; it lists {outbox}")


def body(s):
    ops_db = os.path.join(s.work, "ops.sqlite")
    pcpr_db = os.path.join(s.work, "pcpr.sqlite")
    family = prepare(s, ops_db, pcpr_db)
    print(f"  the family referred: {family[1]} (no. {family[0]}), members {family[2]}",
          flush=True)
    package = os.path.join(s.work, "referral.opieka")
    if os.path.exists(package):
        os.remove(package)
    send(s, ops_db, family, package)
    receive(s, pcpr_db, family, package)
    receipt(s, ops_db, pcpr_db, family)
    if e2e._UNTRANSLATED:
        print(f"  shown in English (no Polish yet): {sorted(e2e._UNTRANSLATED)}", flush=True)


e2e.run("exchange between an OPS and a PCPR", body)
