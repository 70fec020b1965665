"""Docker HEALTHCHECK: ask gunicorn for /healthz/ as the proxy would.

Sends the first allowed host name and X-Forwarded-Proto so that ALLOWED_HOSTS
and the HTTPS redirect of the production settings accept the request.
"""

import http.client
import os
import sys

host = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")[0].strip()
connection = http.client.HTTPConnection("127.0.0.1", 8000, timeout=4)
try:
    connection.request("GET", "/healthz/", headers={"Host": host, "X-Forwarded-Proto": "https"})
    status = connection.getresponse().status
except OSError:
    sys.exit(1)
sys.exit(0 if status == 200 else 1)
