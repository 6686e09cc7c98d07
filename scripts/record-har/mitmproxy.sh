#!/usr/bin/env bash
# Records a HAR of every planted route through mitmproxy's hardump (mitmdump as a plain HTTP
# proxy, curl as the client). Usage, from the repository root:
#   cargo run --example planted-server -- 18080 &
#   python3 -m venv /tmp/v-mitmproxy && /tmp/v-mitmproxy/bin/pip install mitmproxy
#   MITMDUMP=/tmp/v-mitmproxy/bin/mitmdump scripts/record-har/mitmproxy.sh http://127.0.0.1:18080 tests/data/check/mitmproxy.har
set -euo pipefail
base=$1
out=$(realpath -m "$2")
MITMDUMP=${MITMDUMP:-mitmdump}
PORT=${PORT:-18081}
"$MITMDUMP" -q --listen-host 127.0.0.1 -p "$PORT" --set hardump="$out" &
proxy=$!
trap 'kill $proxy 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  (echo > /dev/tcp/127.0.0.1/"$PORT") 2>/dev/null && break
  sleep 0.2
done
cargo run --quiet --example planted-server -- --routes | while read -r method path _; do
  data=()
  [ "$method" = POST ] && data=(--data-raw a=1)
  curl -s -o /dev/null --max-time 5 -x "http://127.0.0.1:$PORT" -X "$method" "${data[@]}" "$base$path" || true
done
# hardump writes the file when mitmdump shuts down.
kill -INT $proxy
wait $proxy || true
trap - EXIT
