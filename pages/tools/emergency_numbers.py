"""The emergency numbers of any country, from the short-number data of `phonenumbers`.

A country page gives its numbers in the editors' own words; for every other
country the site still owes a person in trouble a number to dial. Google's
libphonenumber (the `phonenumbers` package) keeps, for about 240 regions, a
pattern that matches that region's emergency short numbers: 112|99[7-9] for the
United Arab Emirates, 1(?:669|9[19]) for Thailand. The patterns are short and
the numbers at most six digits long, so listing every string of the allowed
lengths that the pattern matches gives the numbers themselves.

The data describe what a phone network routes, not who answers, so readers are
told to check the numbers on arrival.
"""

import itertools
import re
from functools import cache

from phonenumbers import PhoneMetadata

# A pattern that matches a whole range (Gabon's 13xx) is a numbering plan, not a
# number to put on a card: past this many, only the three-digit numbers are kept.
MAX_NUMBERS = 8
DIGITS = "0123456789"


@cache
def emergency_numbers(region):
    """The region's emergency short numbers, shortest first; () when none are known."""
    metadata = PhoneMetadata.short_metadata_for_region((region or "").upper())
    if metadata is None or metadata.emergency is None:
        return ()
    pattern = metadata.emergency.national_number_pattern
    if not pattern:
        return ()
    matcher = re.compile(pattern)
    lengths = metadata.emergency.possible_length or metadata.general_desc.possible_length
    numbers = [
        candidate
        for length in sorted(lengths)
        for candidate in map("".join, itertools.product(DIGITS, repeat=length))
        if matcher.fullmatch(candidate)
    ]
    if len(numbers) > MAX_NUMBERS:
        numbers = [number for number in numbers if len(number) <= 3][:MAX_NUMBERS]
    return tuple(numbers)
