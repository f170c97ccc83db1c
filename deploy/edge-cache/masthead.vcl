vcl 4.1;
# The edge cache Masthead ships: Varnish in front of `next start` (docs/deploy/edge-cache.md,
# docs/decisions/0021-edge-cache-varnish.md).
#
# - Signed-out reader pages are cached for 0.5 s and then served stale for at most 1 s more
#   while one background fetch asks Masthead again (stale-while-revalidate): a change reaches
#   readers behind the cache within 1.5 s, without Masthead telling Varnish anything, and a busy
#   page costs Masthead two requests a second whatever the traffic.
# - Requests with a session cookie, with a "live" query parameter (paging, sorting, filters:
#   lib/reader-routes.ts), or to personal addresses go straight to Masthead, uncached.
# - When Masthead is down (health probe failing), cached pages are served for up to a day
#   (stale-if-error).
# - PURGE <url> from the allowed addresses drops one address at once.
#
# deploy/edge-cache/run-edge-cache.sh renders this template: __BACKEND_HOST__, __BACKEND_PORT__.

import std;

backend masthead {
  .host = "__BACKEND_HOST__";
  .port = "__BACKEND_PORT__";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .between_bytes_timeout = 10s;
  # Sick only when most of the last five probes failed: a Masthead that is slow under load is
  # not down, and a sick backend is not even asked for pages the cache lacks.
  .probe = {
    .url = "/robots.txt";
    .interval = 2s;
    .timeout = 5s;
    .window = 5;
    .threshold = 2;
    .initial = 2;
  }
}

acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  # Markers this VCL sets itself; never taken from a client.
  if (req.restarts == 0) {
    unset req.http.X-Masthead-Pass;
    unset req.http.X-Masthead-Stale;
  }
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(405, "Not allowed"));
    }
    return (purge);
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Signed in (next-auth's session cookie, http and https spellings): personal pages.
  if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?next-auth\.session-token=") {
    return (pass);
  }
  # Pages that are always per person or per request.
  if (req.url ~ "^/(admin|account|api|sign-in|sign-up|sign-out|reset-password|verify-email|preview|unsubscribe|banned)(/|\?|$)") {
    return (pass);
  }
  # Live query parameters (READER_ROUTES.liveQueryKeys in lib/reader-routes.ts; a unit test,
  # tests/unit/edge-cache-vcl.test.ts, keeps this list and that one the same).
  if (req.url ~ "[?&](after|tag|author|from|to|page)=") {
    return (pass);
  }
  # Anything else a signed-out reader sends as a cookie does not change the page.
  unset req.http.Cookie;
  # Stale-while-revalidate for 1 s while Masthead answers; stale-if-error for a day when its
  # health probe fails or a request for this page just failed (see vcl_synth).
  if (req.http.X-Masthead-Stale || !std.healthy(req.backend_hint)) {
    set req.grace = 24h;
  } else {
    set req.grace = 1s;
  }
  return (hash);
}

sub vcl_pass {
  set req.http.X-Masthead-Pass = "1";
}

sub vcl_backend_response {
  if (bereq.url ~ "^/_next/static/") {
    # Hashed file names: cached as long as Masthead says (a year, immutable).
    return (deliver);
  }
  if (beresp.status >= 500) {
    # A failed fetch never replaces a cached page: a background refresh keeps the stale copy,
    # a reader's fetch is retried once looking for one (vcl_synth). Only when there is none
    # does Masthead's own error page (503 with Retry-After) reach the reader.
    if (bereq.is_bgfetch || (!bereq.uncacheable && !bereq.http.X-Masthead-Stale)) {
      return (abandon);
    }
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    return (deliver);
  }
  if (beresp.http.Set-Cookie) {
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    return (deliver);
  }
  # Masthead's own s-maxage (60 s) is for its own cache; the edge keeps pages 0.5 s, then at
  # most 1 s stale while refreshing (req.grace in vcl_recv), or a day when Masthead is down.
  set beresp.ttl = 500ms;
  set beresp.grace = 24h;
  return (deliver);
}

sub vcl_backend_error {
  # Masthead unreachable: as for a 5xx answer above.
  if (bereq.is_bgfetch || (!bereq.uncacheable && !bereq.http.X-Masthead-Stale)) {
    return (abandon);
  }
}

sub vcl_synth {
  # An abandoned fetch: look once more, accepting a copy up to a day old.
  if (resp.status == 503 && req.restarts == 0 && req.method == "GET" && !req.http.X-Masthead-Pass) {
    set req.http.X-Masthead-Stale = "1";
    return (restart);
  }
}

sub vcl_deliver {
  if (req.http.X-Masthead-Pass) {
    set resp.http.X-Cache = "PASS";
  } elsif (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  unset resp.http.Via;
  unset resp.http.X-Varnish;
}
