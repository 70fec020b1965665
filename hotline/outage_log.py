"""One line in the log for one outage.

The settings install this filter on django.request while logging is configured,
before the apps are loaded, so this module imports no models.
"""

import logging

# Set on a request whose outage hotline.unavailable has logged in its own line.
LOGGED_HERE = "hotline_outage_logged"


class SkipLoggedOutages(logging.Filter):
    """Drops Django's "Service Unavailable" line for a response hotline.unavailable has
    already logged: one event, one line (installed on django.request in settings)."""

    def filter(self, record):
        return not getattr(getattr(record, "request", None), LOGGED_HERE, False)
