#!/usr/bin/env bash
# Page weight: the bytes a phone transfers (compressed, as the server sends them) for
#   home      the first load of / : the HTML, every stylesheet, script and image it links, and the
#             fragments it asks for on load (hx-trigger="load": the bell, the cards)
#   list      the same for /customers (the list pattern)
#   record    the same for a customer's page (the record pattern, with its first tab)
#   tab       one tab switch on that page: the htmx request of each other tab, largest reported
# A first load counts every linked file once (nothing cached); a later page reuses them, so only
# its HTML and fragments are new. Budget (issue: phone-first pages): first load <= 150 KB, tab
# switch <= 20 KB. Reports only; it asserts nothing. Runs the packaged app on its embedded
# database with demo data (app.sh), signed in as demo/sales (BENCH_USER to change).
set -euo pipefail
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/session.sh"

USER_NAME="${BENCH_USER:-sales}"

ensure_jar
trap stop_app EXIT
launch_app
BASE="http://127.0.0.1:$APP_PORT"
sign_in "$BASE" demo "$USER_NAME"

# bytes transferred for one GET (compressed when the server compresses)
bytes() {
  page --compressed -o /dev/null -w '%{size_download}' "$@"
}

# the same-origin files a page links: stylesheets, scripts, images and icons
linked() {
  grep -oE '(href|src)="/[^"]+\.(css|js|svg|png|webp|woff2?)"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u
}

# the fragments a page loads by itself: elements with an hx-get and hx-trigger="load…"
on_load() {
  tr '\n' ' ' | grep -oE '<[^>]*hx-get="[^"]+"[^>]*hx-trigger="load[^"]*"|<[^>]*hx-trigger="load[^"]*"[^>]*hx-get="[^"]+"' |
    grep -oE 'hx-get="[^"]+"' | sed -E 's/^hx-get="//; s/"$//; s/&amp;/\&/g' | sort -u
}

# first_load <name> <path>: prints the total and its parts
first_load() {
  local name="$1" path="$2" html total files=0 fragments=0 size url
  html="$(page --compressed "$BASE$path")"
  total="$(bytes "$BASE$path")"
  local document="$total"
  while read -r url; do
    [[ -z "$url" ]] && continue
    size="$(bytes "$BASE$url")"
    files=$((files + size))
  done < <(printf '%s' "$html" | linked)
  while read -r url; do
    [[ -z "$url" ]] && continue
    size="$(bytes -H 'HX-Request: true' "$BASE$url")"
    fragments=$((fragments + size))
  done < <(printf '%s' "$html" | on_load)
  total=$((document + files + fragments))
  printf '%-8s %-28s %7.1f KB  (html %.1f, css/js/images %.1f, on-load fragments %.1f)  budget 150 KB %s\n' \
    "$name" "$path" "$(kb "$total")" "$(kb "$document")" "$(kb "$files")" "$(kb "$fragments")" \
    "$( ((total <= 150 * 1024)) && echo within || echo OVER)"
  printf '%s' "$html" >"$APP_DIR/$name.html"
}

kb() {
  awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'
}

first_load home /
first_load list /customers
customer="$(grep -oE 'href="/customers/[0-9]+"' "$APP_DIR/list.html" | head -n 1 | grep -oE '[0-9]+')"
if [[ -z "$customer" ]]; then
  echo "no customer on /customers for $USER_NAME" >&2
  exit 1
fi
first_load record "/customers/$customer"

# every tab of the record page as htmx asks for it (hx-get of the tab links)
largest=0
while read -r url; do
  [[ -z "$url" ]] && continue
  size="$(bytes -H 'HX-Request: true' "$BASE$url")"
  printf '  tab %-44s %6.1f KB\n' "$url" "$(kb "$size")"
  ((size > largest)) && largest=$size
done < <(tr '\n' ' ' <"$APP_DIR/record.html" | grep -oE '<a role="tab"[^>]*hx-get="[^"]+"' | grep -oE 'hx-get="[^"]+"' |
  sed -E 's/^hx-get="//; s/"$//; s/&amp;/\&/g')
printf '%-8s %-28s %7.1f KB  (largest tab)  budget 20 KB %s\n' tab "/customers/$customer?tab=…" "$(kb "$largest")" \
  "$( ((largest <= 20 * 1024)) && echo within || echo OVER)"
