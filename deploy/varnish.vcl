# Varnish 7 in front of the app servers (gunicorn): readers share the public pages,
# everything personal goes straight through. The app decides what may be shared
# (Cache-Control: public, s-maxage=… or private, no-store); this file adds what the
# app cannot say for itself and lets the site purge what it publishes.
#
#   varnishd -f /etc/varnish/varnish.vcl -a 127.0.0.1:6081 -s malloc,256m
#
# behind the TLS terminator, which sets X-Forwarded-Proto. The app servers purge
# through FRONTEND_CACHE=http://127.0.0.1:6081 (this cache's address as they reach
# it; they must be in the `purgers` list below).
vcl 4.1;

# One app server; with several, declare each and spread requests with
# vmod_directors (new app = directors.round_robin(); app.add_backend(...)).
backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may PURGE a page or BAN a whole host: the app servers, nobody else.
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.method == "BAN") {
            # A change shown on every page (hotline contacts, a topic, a redirect).
            ban("obj.http.x-host == " + req.http.host);
            return (synth(200, "Banned"));
        }
        # A page with every query it was read with (?page=2, ?topic=work).
        ban("obj.http.x-host == " + req.http.host +
            " && obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin. Its path is ADMIN_URL_PATH: change this line with that setting.
    if (req.url ~ "^/admin/") {
        return (pass);
    }
    # The hotline form and its thank-you page are never shared, whatever they say;
    # "/" redirects by the browser's Accept-Language; /healthz/ is the app's own;
    # /reads/ counts each read of a page served from here, so every request must reach the app.
    if (req.url ~ "^/[a-z]{2}/hotline/" || req.url ~ "^/(\?|$)" || req.url ~ "^/healthz/" ||
        req.url ~ "^/reads/") {
        return (pass);
    }
    # Signed-in staff, and a reader whose browser holds the CSRF cookie (set by the
    # answer to a sent request), are answered by the app.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # Any other cookie (another site's on this domain) does not change a page, so the request
    # may be answered from the cache. It still reaches the app on a miss, which then
    # marks its answer private if it sets a cookie.
    return (hash);
}

sub vcl_hash {
    # Plain http:// is answered with a redirect to https://, which an https reader
    # must never get from the cache. (The built-in part adds the URL and host.)
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # Only what the app says may be kept: no Cache-Control, no sharing.
    if (!beresp.http.Cache-Control) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # What a PURGE or BAN compares with (kept in the object, so the ban lurker can
    # drop objects in the background without waiting for a request).
    set beresp.http.x-host = bereq.http.host;
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    # The built-in rules follow: s-maxage / max-age give the time to keep; private,
    # no-cache, no-store or a Set-Cookie mean "do not share".
}

sub vcl_deliver {
    unset resp.http.x-host;
    unset resp.http.x-path;
    # Browsers get the app's own max-age (60 s), never the shared s-maxage; Age
    # and X-Varnish stay, so an operator can see what came from the cache.
}
