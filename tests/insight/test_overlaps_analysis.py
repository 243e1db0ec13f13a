"""The overlap analysis itself (insight/overlaps.py): normalised Dutch text, TF-IDF,
pairs across domains only, the same axis weighing more, groups."""

from __future__ import annotations

from insight import overlaps
from insight.overlaps import Text

INSPECTION = (
    "Inspecteren van de mestopslag op landbouwbedrijven",
    "Controle ter plaatse van mestopslag en mestverwerking op landbouwbedrijven.",
)
INSPECTION_OTHER_WORDS = (
    "Controleren van mestopslag bij landbouwbedrijven",
    "Inspecties ter plaatse naar de opslag en verwerking van mest op landbouwbedrijven.",
)
UNRELATED = (
    "Organiseren van de examencommissie secundair onderwijs",
    "Afnemen van examens voor leerlingen die zelfstandig studeren.",
)


def text(id: int, domain: int, words: tuple[str, str], axis: str = "enforcement") -> Text:
    return Text(id=id, domain=domain, axis=axis, title=words[0], description=words[1])


def test_text_is_case_folded_and_stripped_of_accents():
    assert overlaps.normalise("Subsidiëren van Coöperaties") == "subsidieren van cooperaties"


def test_stop_words_come_from_the_data_file_normalised():
    words = overlaps.stop_words()
    assert {"de", "het", "een", "vlaamse"} <= words
    assert not any(word.startswith("#") for word in words)
    assert all(word == overlaps.normalise(word) for word in words)


def test_near_duplicates_in_two_domains_are_found_and_unrelated_texts_are_not():
    found = overlaps.find_pairs(
        [text(1, 10, INSPECTION), text(2, 20, INSPECTION_OTHER_WORDS), text(3, 30, UNRELATED)]
    )
    assert [(f.first, f.second) for f in found] == [(1, 2)]
    assert found[0].score >= overlaps.THRESHOLD


def test_processes_of_the_same_domain_are_not_paired():
    assert overlaps.find_pairs([text(1, 10, INSPECTION), text(2, 10, INSPECTION)]) == []


def test_accents_and_case_do_not_hide_a_duplicate():
    shouted = (INSPECTION[0].upper(), INSPECTION[1].replace("e", "é"))
    (pair,) = overlaps.find_pairs([text(1, 10, INSPECTION), text(2, 20, shouted)])
    assert pair.score > 0.5


def test_the_same_axis_weighs_more():
    same = overlaps.find_pairs([text(1, 10, INSPECTION), text(2, 20, INSPECTION)])
    other = overlaps.find_pairs([text(1, 10, INSPECTION), text(2, 20, INSPECTION, axis="permits")])
    assert same[0].score == 1.0
    assert other[0].score == overlaps.OTHER_AXIS


def test_numbers_and_stop_words_make_no_likeness():
    a = ("Proces 2015 van de", "Het is in 2015 voor de overheid.")
    b = ("Proces 2015 voor het", "Het was in 2015 van de overheid.")
    assert overlaps.find_pairs([text(1, 10, a), text(2, 20, b)]) == []


def test_three_domains_with_the_same_task_form_one_group():
    found = overlaps.find_pairs(
        [
            text(1, 10, INSPECTION),
            text(2, 20, INSPECTION_OTHER_WORDS),
            text(3, 30, INSPECTION),
            text(4, 40, UNRELATED),
        ]
    )
    assert {(f.first, f.second) for f in found} == {(1, 2), (1, 3), (2, 3)}
    assert {f.group_size for f in found} == {3} and len({f.group for f in found}) == 1


def test_identical_texts_are_weighed_once_but_every_process_is_paired():
    texts = [text(n, n % 3, INSPECTION) for n in range(1, 31)]
    found = overlaps.find_pairs(texts)
    paired = {i for f in found for i in (f.first, f.second)}
    assert paired == set(range(1, 31))
    # Each process keeps its best few, not every one of its 20 twins in other domains.
    assert len(found) <= len(texts) * overlaps.NEIGHBOURS


def test_best_pairs_come_first():
    found = overlaps.find_pairs(
        [text(1, 10, INSPECTION), text(2, 20, INSPECTION_OTHER_WORDS), text(3, 30, INSPECTION)]
    )
    assert [f.score for f in found] == sorted((f.score for f in found), reverse=True)
    assert (found[0].first, found[0].second) == (1, 3)


def test_empty_texts_find_nothing():
    assert overlaps.find_pairs([text(1, 10, ("", "")), text(2, 20, ("", ""))]) == []
    assert overlaps.find_pairs([]) == []


def test_progress_is_reported_up_to_the_end():
    seen: list[float] = []
    overlaps.find_pairs([text(1, 10, INSPECTION), text(2, 20, UNRELATED)], seen.append)
    assert seen and seen[-1] == 1.0
