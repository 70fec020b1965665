"""Staff accounts: login throttling, short sessions and the second factor."""
