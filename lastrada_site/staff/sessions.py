"""Short staff sessions: a working day at most, and half an hour without activity.

Only signed-in users have a session here; a visitor of the public site never
gets one, so nothing is stored or set for them.
"""

import time

from django.conf import settings
from django.contrib.auth import logout

STARTED_KEY = "staff_session_started"


class StaffSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.signed_in(request) and self.lived_too_long(request.session):
            # Ends the session on the server too; the next page asks to sign in again.
            logout(request)
        response = self.get_response(request)
        if self.signed_in(request):
            self.renew(request.session)
        return response

    @staticmethod
    def signed_in(request):
        # Without a session cookie nobody is signed in; asking request.user would read
        # the session and add "Vary: Cookie" to every public page.
        return bool(request.session.session_key) and request.user.is_authenticated

    @staticmethod
    def lived_too_long(session):
        started = session.get(STARTED_KEY)
        return started is not None and time.time() - started >= settings.STAFF_SESSION_SECONDS

    @staticmethod
    def renew(session):
        # Each request pushes the idle deadline on, never past the day's limit; the
        # database session backend refuses an expired session by itself.
        started = session.setdefault(STARTED_KEY, int(time.time()))
        left_today = started + settings.STAFF_SESSION_SECONDS - time.time()
        session.set_expiry(max(1, int(min(settings.STAFF_SESSION_IDLE_SECONDS, left_today))))
