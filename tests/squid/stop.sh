#!/usr/bin/env bash
# Stops the squid started by start.sh with the same DIR, and waits until it is gone.
set -u
dir=${1:-/tmp/esconnect-squid}
conf="$dir/squid.conf"
squid=$(command -v squid || echo /usr/sbin/squid)
running() { pgrep -f -- "-f $conf" >/dev/null 2>&1; }
if running; then
  "$squid" -k shutdown -f "$conf" >/dev/null 2>&1
  for _ in $(seq 1 50); do running || break; sleep 0.1; done
  pkill -9 -f -- "-f $conf" 2>/dev/null
  for _ in $(seq 1 20); do running || break; sleep 0.1; done
fi
rm -f "$dir/squid.pid"
exit 0
