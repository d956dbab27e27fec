#!/usr/bin/env bash
# One-off measurement (not a test): Lighthouse's four scores for the home page and a topic page, served by `serve`
# (production headers, 127.0.0.1). Lighthouse is not a project dependency: install it in a scratch folder first,
#   mkdir -p /tmp/lh && (cd /tmp/lh && npm install lighthouse@12.8.2)   # 12.x runs on Node 20; 13.x needs Node 22
# then: LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse bash bench/Build/lighthouse.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
port=${PORT:-5091}
lighthouse=${LIGHTHOUSE:-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
work=$(mktemp -d)

setsid dotnet run --project "$repo/generator" -- serve --port "$port" --output "$work/site" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill -- -"$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
  sleep 1
done

topic=$(cd "$work/site" && ls topics/*.html | head -1)
printf '| page | performance | accessibility | best practices | SEO |\n| --- | ---: | ---: | ---: | ---: |\n'
for page in "" "$topic"; do
  ok=
  for attempt in 1 2 3; do  # Lighthouse now and then loses the trace (NO_NAVSTART): try again
    if "$lighthouse" "http://127.0.0.1:$port/$page" --quiet --chrome-flags="--headless --no-sandbox" \
      --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$work/report.json" >/dev/null 2>"$work/lighthouse.log"; then
      ok=1; break
    fi
  done
  [ -n "$ok" ] || { cat "$work/lighthouse.log" >&2; exit 1; }
  node -e '
    const r = require(process.argv[1]); const c = r.categories;
    const s = (k) => c[k] ? Math.round(c[k].score * 100) : "?";
    console.log(`| /${process.argv[2]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`);
    for (const k of Object.keys(c)) for (const ref of c[k].auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 0.9) console.error(`  ${k}: ${a.id} ${a.score} ${a.displayValue || ""}`);
    }' "$work/report.json" "$page"
done
