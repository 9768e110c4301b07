"""Not in CI (some four minutes): the coordinator signs in N times (default 50, E2E_SIGNINS) on
the same database; counts crashes, error boxes and wrong landing pages. Exit 1 if any.

    E2E_TIMEOUT=900 tests/e2e/run.py build/ci coordinator_signins
"""
import os
import sys

import e2e
from e2e import pl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from coordinator import LOGIN, WORKER  # noqa: E402


def body(s):
    s.demo_database()
    s.account_for(LOGIN, "foster_care_coordinator", WORKER)
    runs = int(os.environ.get("E2E_SIGNINS", "50"))
    crashes, errors, wrong_page = [], [], []
    for run in range(1, runs + 1):
        app = s.start()
        try:
            main = app.sign_in(LOGIN)
            e2e.time.sleep(1.0)
            app.check_alive()
            if app.alerts():
                errors.append((run, app.alerts()))
                s.shot(f"run{run}-error")
            if app.current_tab(main) not in pl("Coor&dinator"):
                wrong_page.append((run, app.current_tab(main)))
            # Whatever boxes are open, the window manager closes the main window.
            app._quitting = True
            app.close_with_window_manager(main)
            code = app.process.wait(20)
            if code < 0:
                crashes.append((run, f"signal {-code} on quitting"))
        except e2e.ScenarioFailed as failure:
            if "CRASHED" in str(failure):
                crashes.append((run, str(failure).splitlines()[0]))
            else:
                errors.append((run, str(failure).splitlines()[0]))
            app.kill()
        except Exception as error:  # e.g. the window vanished while being read
            crashes.append((run, repr(error)))
            app.kill()
        print(f"  sign-in {run}/{runs}: crashes {len(crashes)}, error boxes {len(errors)}, "
              f"wrong page {len(wrong_page)}", flush=True)
    print(f"e2e: {runs} coordinator sign-ins: {len(crashes)} crashed, {len(errors)} showed an "
          f"error, {len(wrong_page)} landed elsewhere than the coordinator's page")
    for run, what in crashes + errors + wrong_page:
        print(f"  run {run}: {what}")
    s.check(not crashes and not errors and not wrong_page,
            "expected every coordinator sign-in to land on her page without an error or a crash")


e2e.run("50 coordinator sign-ins", body)
