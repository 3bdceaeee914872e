# Sourced by the bench scripts after app.sh: signs in through the real form with curl (cookies in
# $APP_DIR/cookies) and issues personal API tokens, as a user would.

page() {
  curl -fsS -b "$APP_DIR/cookies" -c "$APP_DIR/cookies" "$@"
}

# "Cookie: a=1; b=2" from curl's cookie jar (HttpOnly cookies are written as #HttpOnly_<host>).
cookie_header() {
  awk -F '\t' 'NF == 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", n++ ? "; " : "Cookie: ", $6, $7 }' \
    "$APP_DIR/cookies"
}

# The hidden _csrf input of the sign-in form.
form_csrf() {
  grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'
}

# The <meta name="_csrf" content="…"> of a shell page.
meta_csrf() {
  grep -o '<meta name="_csrf" content="[^"]*"' | head -n 1 | sed 's/.*content="\([^"]*\)"/\1/'
}

# sign_in <base> [tenant] [username]: demo/admin (data scope: all) unless told otherwise.
sign_in() {
  local base="$1" tenant="${2:-demo}" username="${3:-admin}" csrf location
  csrf="$(page "$base/login" | form_csrf)"
  location="$(page -o /dev/null -w '%{redirect_url}' "$base/login" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "tenant=$tenant" --data-urlencode "username=$username" --data-urlencode password=demo1234)"
  if [[ "$location" != "$base/" ]]; then
    echo "sign-in as $tenant/$username failed (redirected to '$location')" >&2
    return 1
  fi
}

# Issues a 30-day token named "bench"; prints the one-time secret.
issue_token() {
  local base="$1" csrf secret
  csrf="$(page "$base/me/tokens" | meta_csrf)"
  secret="$(page "$base/me/tokens" --data-urlencode "_csrf=$csrf" --data-urlencode name=bench \
    --data-urlencode validDays=30 | grep -o 'id="new-token-secret"[^>]*>[^<]*' | sed 's/.*>//')"
  if [[ "$secret" != hut_* ]]; then
    echo "no token secret in the /me/tokens response" >&2
    return 1
  fi
  echo "$secret"
}
