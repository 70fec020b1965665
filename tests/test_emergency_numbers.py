import pytest

from pages.tools.country_names import COUNTRIES
from pages.tools.emergency_numbers import MAX_NUMBERS, emergency_numbers


@pytest.mark.parametrize(
    "region, expected",
    [
        ("AE", {"112", "997", "998", "999"}),
        ("TH", {"191", "199", "1669"}),
        ("EG", {"122", "123", "180"}),
        ("PL", {"112", "997", "998", "999"}),
        ("US", {"112", "911"}),
    ],
)
def test_known_countries_give_their_numbers(region, expected):
    assert set(emergency_numbers(region)) == expected


def test_the_code_may_be_in_lower_case():
    assert emergency_numbers("th") == emergency_numbers("TH")


@pytest.mark.parametrize("region", ["", None, "ZZ", "GN", "XX"])
def test_unknown_or_missing_data_gives_nothing(region):
    assert emergency_numbers(region) == ()


def test_a_range_is_cut_to_a_card_sized_list_of_short_numbers():
    # Gabon's pattern covers every number from 1300 to 1399.
    numbers = emergency_numbers("GA")
    assert 0 < len(numbers) <= MAX_NUMBERS
    assert all(len(number) <= 3 for number in numbers)


def test_almost_every_country_in_the_list_has_numbers():
    with_numbers = [code for code in COUNTRIES if emergency_numbers(code)]
    assert len(with_numbers) >= 230
