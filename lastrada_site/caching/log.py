"""One line a minute about an unreachable cache, not one per request.

While Redis is away every request would log the same failure (django-redis logs
each call it answers with "not found", and the rate limit each send it counts
on its own). This filter lets the first record through, as one line without the
traceback, and then stays quiet for a minute.
"""

import logging
import time

QUIET_SECONDS = 60


class OncePerMinute(logging.Filter):
    def __init__(self, name=""):
        super().__init__(name)
        self.last_passed = {}

    def filter(self, record):
        key = record.name
        now = time.monotonic()
        if now - self.last_passed.get(key, -QUIET_SECONDS) < QUIET_SECONDS:
            return False
        self.last_passed[key] = now
        if record.exc_info:
            error = record.exc_info[1]
            cause = error.__cause__ or error
            record.msg = f"Cache unreachable, answered without it ({type(cause).__name__})"
            record.args = ()
            record.exc_info = record.exc_text = None
        return True
