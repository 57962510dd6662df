#!/usr/bin/env bash
set -u
dir=${1:-/tmp/esconnect-squid}
squid=$(command -v squid || echo /usr/sbin/squid)
[ -f "$dir/squid.conf" ] && "$squid" -k shutdown -f "$dir/squid.conf" 2>/dev/null
[ -f "$dir/squid.pid" ] && kill "$(cat "$dir/squid.pid")" 2>/dev/null
exit 0
