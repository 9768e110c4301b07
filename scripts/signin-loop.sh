#!/usr/bin/env bash
# Signs in to the real program as a foster-care coordinator RUNS times (default 50) on a virtual X
# display with a window manager, typing the login and password as a person does (xdotool), and
# counts the runs that crashed and the error boxes shown on the way (issue 17: the coordinator's
# sign-in showed "Cannot read my caseload" and then crashed with SIGSEGV in 4 of 7 sign-ins).
# An error box is answered with Enter, as the person would, and the program is then watched for
# a few seconds more. The first run's screens are kept as PNG files in the work folder.
#
#   scripts/signin-loop.sh [RUNS]
#   OPIEKA=path/to/opieka CLI=path/to/opieka-cli scripts/signin-loop.sh 50
#
# Needs xvfb, openbox, xdotool and imagemagick (scripts/install-deps.sh). Uses display :91 (set
# DISPLAY_NUM to change it) and its own settings folder, never the user's. Exit status: 0 when no
# run crashed and no error box appeared, 1 otherwise, 2 when it could not start.
set -uo pipefail

cd "$(dirname "$0")/.."
RUNS=${1:-50}
BUILD=${BUILD:-build/ci}
OPIEKA=${OPIEKA:-$BUILD/src/ui/opieka}
CLI=${CLI:-$BUILD/src/cli/opieka-cli}
DISPLAY_NUM=${DISPLAY_NUM:-:91}
SETTLE=${SETTLE:-4} # seconds the window is watched after signing in and after each error box
for tool in Xvfb openbox xdotool import; do
  command -v "$tool" >/dev/null || { echo "signin-loop: $tool is missing (scripts/install-deps.sh)" >&2; exit 2; }
done
[[ -x $OPIEKA && -x $CLI ]] || { echo "signin-loop: build $OPIEKA and $CLI first" >&2; exit 2; }

work=$(mktemp -d /tmp/signin-loop.XXXXXX)
export DISPLAY=$DISPLAY_NUM
# Settings, logs and data of this run only.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
started=()
cleanup() {
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null; done
}
trap cleanup EXIT

if ! xdotool getdisplaygeometry >/dev/null 2>&1; then
  Xvfb "$DISPLAY" -screen 0 1024x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  started+=($!)
  for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
  openbox >"$work/openbox.log" 2>&1 &
  started+=($!)
  sleep 1
fi

# The small demo with a coordinator's account linked to the demo's first coordinator.
db=$work/demo.sqlite
admin_password=demo-admin-haslo-1
login=koordynatorka
password=koordynatorka-haslo-1
OPIEKA_NEW_PASSWORD=$admin_password "$CLI" --db "$db" init >/dev/null 2>"$work/cli.log" &&
  OPIEKA_PASSWORD=$admin_password "$CLI" --db "$db" demo --scale small --seed 1 >/dev/null 2>>"$work/cli.log" ||
  { echo "signin-loop: the demo database could not be made (see $work/cli.log)" >&2; exit 2; }
worker=$(OPIEKA_PASSWORD=$admin_password "$CLI" --db "$db" export workers 2>>"$work/cli.log" |
  awk -F, '$4 == "foster_care_coordinator" { print $1; exit }')
[[ -n $worker ]] || { echo "signin-loop: the demo has no coordinator" >&2; exit 2; }
OPIEKA_PASSWORD=$admin_password OPIEKA_NEW_PASSWORD=$password \
  "$CLI" --db "$db" user add "$login" --role foster_care_coordinator --worker "$worker" \
  >/dev/null 2>>"$work/cli.log" || { echo "signin-loop: no coordinator account (see $work/cli.log)" >&2; exit 2; }

shot() { import -window root "$work/$1.png" 2>/dev/null; }
# The error boxes the window shows ("Cannot read…", Polish "Nie można…").
error_box() { xdotool search --onlyvisible --name 'Cannot |Nie można' 2>/dev/null | head -n 1; }

crashes=0 boxes=0 runs_with_box=0 failed_start=0
for run in $(seq "$RUNS"); do
  "$OPIEKA" --db "$db" >"$work/run-$run.log" 2>&1 &
  pid=$!
  dialog=
  for _ in $(seq 100); do
    dialog=$(xdotool search --onlyvisible --name 'Sign in to Opieka|Logowanie do Opieki' 2>/dev/null | head -n 1)
    [[ -n $dialog ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [[ -z $dialog ]]; then
    echo "run $run: no sign-in dialog" >&2
    failed_start=$((failed_start + 1))
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    continue
  fi
  ((run == 1)) && shot first-sign-in
  xdotool windowactivate --sync "$dialog" 2>/dev/null || xdotool windowfocus --sync "$dialog"
  # The login field has the focus when no login is remembered.
  xdotool type --delay 20 "$login"
  xdotool key Tab
  xdotool type --delay 20 "$password"
  xdotool key Return
  sleep "$SETTLE"
  seen=0
  for _ in 1 2 3 4 5; do
    kill -0 "$pid" 2>/dev/null || break
    box=$(error_box)
    [[ -n $box ]] || break
    seen=$((seen + 1))
    ((run == 1)) && shot "first-error-$seen"
    xdotool windowactivate --sync "$box" 2>/dev/null
    xdotool key --window "$box" Return 2>/dev/null || xdotool key Return
    sleep "$SETTLE"
  done
  boxes=$((boxes + seen))
  ((seen > 0)) && runs_with_box=$((runs_with_box + 1))
  ((run == 1)) && shot first-after-sign-in
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  else
    wait "$pid"
    status=$?
    if ((status >= 128)); then
      crashes=$((crashes + 1))
      echo "run $run: crashed (signal $((status - 128)), $seen error box(es) before)"
    else
      echo "run $run: ended by itself with status $status"
    fi
  fi
done

echo "signin-loop: $RUNS coordinator sign-ins, $crashes crashed, $boxes error box(es) in $runs_with_box run(s), $failed_start without a sign-in dialog; screens and logs in $work"
((crashes == 0 && boxes == 0 && failed_start == 0))
