"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py lastrada_site.wsgi`.

The access log must not become a list of who asked for help: it records what was
served and how fast, never the client's address, browser, the page they came from
or the query string (a search for "trafficking" would be there for anyone who
reads the logs).
"""

import os

from lastrada_site.client_ip import parse_trusted_proxies

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))

accesslog = "-"
# Time, method, path without the query string, status, bytes sent, seconds taken.
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(L)s'

# Only the proxies the site trusts may set X-Forwarded-Proto and the other forwarding
# headers gunicorn acts on; the same list decides whose X-Forwarded-For is believed.
forwarded_allow_ips = ",".join(
    str(network) for network in parse_trusted_proxies(os.environ.get("TRUSTED_PROXIES", ""))
)
# The one header that says the proxy received HTTPS. From a trusted proxy gunicorn
# turns it into the request's scheme, which Django reads (production settings set no
# SECURE_PROXY_SSL_HEADER); from anyone else the request is plain http: Django then
# redirects it to HTTPS and sends no HSTS.
secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}
