#!/usr/bin/env bash
# The app's first window against a bare eframe window (examples/minimal_window.rs: same
# renderer, features and window size), started alternately in one virtual screen: the time from
# launch to a visible window, and the resident memory once settled. Prints medians and ratios.
#
#   benches/first-window.sh [RUNS]        (default 10; needs xvfb, xdotool)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
settle_s=2

cargo build --release --quiet --bin p2p-cancel-review --example minimal_window
app=target/release/p2p-cancel-review
minimal=target/release/examples/minimal_window

# A display of our own: the first number with no X server, and an Xvfb that stayed up on it.
for n in $(seq 150 199); do
  [[ -e /tmp/.X$n-lock ]] && continue
  # -noreset: a server that resets when its last client leaves refuses the next one meanwhile.
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
  xvfb=$!
  sleep 0.3
  if kill -0 "$xvfb" 2>/dev/null; then display=":$n"; break; fi
done
[[ -n ${display:-} ]] || { echo "no free X display" >&2; exit 1; }
trap 'kill $xvfb 2>/dev/null' EXIT
export DISPLAY=$display
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done

# One launch: prints "MS KB", the milliseconds to the first visible window and the RSS after
# settling.
measure() {
  local data; data=$(mktemp -d)
  local start; start=$(date +%s%N)
  P2P_CANCEL_REVIEW_DATA_DIR=$data "$@" >/dev/null 2>"$data/stderr" &
  local pid=$!
  until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      local status=0; wait "$pid" || status=$?
      echo "$* exited early (status $status):" >&2; tail -5 "$data/stderr" >&2; exit 1
    fi
    sleep 0.005
  done
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep "$settle_s"
  local kb; kb=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  echo "$ms $kb"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

declare -A ms kb
for name in minimal app app-practice; do ms[$name]=""; kb[$name]=""; done
for i in $(seq "$runs"); do
  for name in minimal app app-practice; do
    case $name in
      minimal) read -r m k < <(measure "$minimal") ;;
      app) read -r m k < <(measure "$app") ;;
      app-practice) read -r m k < <(measure "$app" --practice) ;;
    esac
    ms[$name]+="$m"$'\n'; kb[$name]+="$k"$'\n'
  done
  printf '.' >&2
done
echo >&2

base_ms=$(printf '%s' "${ms[minimal]}" | median)
base_kb=$(printf '%s' "${kb[minimal]}" | median)
printf '%-28s %12s %8s %12s %8s\n' "median of $runs runs" "first window" "ratio" "resident" "ratio"
for name in minimal app app-practice; do
  m=$(printf '%s' "${ms[$name]}" | median)
  k=$(printf '%s' "${kb[$name]}" | median)
  case $name in
    minimal) label="minimal eframe window" ;;
    app) label="the app (welcome)" ;;
    app-practice) label="the app --practice" ;;
  esac
  printf '%-28s %9s ms %8s %9s MiB %8s\n' "$label" "$m" \
    "$(awk -v a="$m" -v b="$base_ms" 'BEGIN{printf "%.2fx", a/b}')" \
    "$(awk -v k="$k" 'BEGIN{printf "%.1f", k/1024}')" \
    "$(awk -v a="$k" -v b="$base_kb" 'BEGIN{printf "%.2fx", a/b}')"
done
