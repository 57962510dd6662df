#!/usr/bin/env bash
# Starts squid for the test suite on loopback and prints the line to export:
#   ESCONNECT_TEST_SQUID=127.0.0.1:OPEN,AUTH,DENY  (proxy user: esconnect / password: proxy-pass)
# Usage: tests/squid/start.sh [DIR]   (default DIR: /tmp/esconnect-squid). Stop: tests/squid/stop.sh [DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-/tmp/esconnect-squid}
open=${SQUID_PORT_OPEN:-3128}; auth=${SQUID_PORT_AUTH:-3129}; deny=${SQUID_PORT_DENY:-3130}
squid=$(command -v squid || echo /usr/sbin/squid)
[ -x "$squid" ] || { echo "squid is not installed (apt-get install -y squid)" >&2; exit 1; }
ncsa=""
for c in /usr/lib/squid/basic_ncsa_auth /usr/lib64/squid/basic_ncsa_auth; do [ -x "$c" ] && { ncsa=$c; break; }; done
[ -n "$ncsa" ] || { echo "basic_ncsa_auth not found" >&2; exit 1; }
"$here/stop.sh" "$dir" >/dev/null 2>&1 || true
mkdir -p "$dir"
chmod 0777 "$dir"
# Fresh logs: the readiness check below reads them, and squid appends.
: > "$dir/cache.log"; : > "$dir/access.log"
chmod 0666 "$dir/cache.log" "$dir/access.log"
printf 'esconnect:%s\n' "$(openssl passwd -apr1 proxy-pass)" > "$dir/passwd"
chmod 0644 "$dir/passwd"
sed -e "s|@OPEN@|$open|g; s|@AUTH@|$auth|g; s|@DENY@|$deny|g; s|@DIR@|$dir|g; s|@NCSA@|$ncsa|g" "$here/squid.conf.in" > "$dir/squid.conf"
"$squid" -k parse -f "$dir/squid.conf" >/dev/null 2>&1 || { "$squid" -k parse -f "$dir/squid.conf"; exit 1; }
"$squid" -f "$dir/squid.conf"
# Ready when our squid says it accepts on all three ports (another proxy already holding a port would
# otherwise pass for it: squid keeps running when one port cannot be bound).
accepting() { grep -c "Accepting HTTP Socket connections at .* local=127.0.0.1:$1 " "$dir/cache.log" 2>/dev/null; }
for _ in $(seq 1 100); do
  if grep -q "Cannot bind socket" "$dir/cache.log" 2>/dev/null; then
    grep "Cannot bind socket" "$dir/cache.log" >&2
    "$here/stop.sh" "$dir"
    exit 1
  fi
  if [ "$(accepting "$open")" -ge 1 ] && [ "$(accepting "$auth")" -ge 1 ] && [ "$(accepting "$deny")" -ge 1 ]; then
    echo "ESCONNECT_TEST_SQUID=127.0.0.1:$open,$auth,$deny"
    exit 0
  fi
  sleep 0.1
done
echo "squid did not start; see $dir/cache.log" >&2
tail -20 "$dir/cache.log" >&2 || true
exit 1
