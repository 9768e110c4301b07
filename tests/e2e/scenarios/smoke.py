"""The smallest day: start, sign in as the manager, find the main sections through the
accessibility tree, quit with Ctrl+Q."""
import e2e
from e2e import pl


def body(s):
    s.demo_database()
    app = s.start()
    main = app.sign_in("kierownik")
    tabs = app.tabs(main)
    s.shot("signed-in")
    for section in ("Centre at a &glance", "&Families", "Case&load", "&Reports"):
        s.check(pl(section) & set(tabs), f"expected the section {pl(section)} among {tabs}")
    app.quit(main)


e2e.run("smoke: start, sign in, main sections, quit", body)
