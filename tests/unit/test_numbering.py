from cybertrack.domain.numbering import sort_key, sort_key_text


def test_numbers_sort_as_people_read_them():
    numbers = ["10", "9", "16.10", "16.9", "12 bis", "12", "2", "12 ter", "1"]
    expected = ["1", "2", "9", "10", "12", "12 bis", "12 ter", "16.9", "16.10"]
    assert sorted(numbers, key=sort_key) == expected
    assert sorted(numbers, key=sort_key_text) == expected
