"""Overlaps across domains (SPEC §14): processes of different domains whose texts look alike.

How: each process's title and description are normalised (accents stripped, case
folded, Dutch stop words from `data/stopwords_nl.txt` dropped; the title counts twice)
and weighed by scikit-learn's `TfidfVectorizer`; identical texts are weighed once. The
similarity of two texts is the cosine of their vectors, found by sparse products of the
matrix with itself in chunks of rows (scipy), which only touch texts that share a word.
A word found in very many texts is left out (`max_df`): it says little about overlap and
would make the products grow with the square of the number of texts. Two processes on
the same axis of the framework weigh more (`OTHER_AXIS` lowers the score of the others).
Each process keeps its `NEIGHBOURS` best matches in other domains above `THRESHOLD`;
pairs linked through common processes form groups (connected components).

`find_pairs` is the pure computation; `run_analysis` reads a round, records progress on
the `OverlapRun` and saves the pairs, keeping the coordinator's marks across runs.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from django.db import transaction
from django.utils import timezone
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import TfidfVectorizer

from insight.models import OverlapPair, OverlapRun
from processes.models import CoreProcess

STOP_WORDS_FILE = Path(__file__).resolve().parent / "data" / "stopwords_nl.txt"
THRESHOLD = 0.3  # the lowest score reported
OTHER_AXIS = 0.8  # a pair on different axes: its text similarity counts for this much
NEIGHBOURS = 3  # the best matches kept per process
TEXT_NEIGHBOURS = 20  # the most similar texts looked at per text
MAX_DOCUMENT_FREQUENCY = 0.2  # a word in more texts than this share is left out …
MAX_DOCUMENT_COUNT = 400  # … and so is one in more texts than this
CHUNK = 1000  # rows per sparse product
# Words of at least two letters: codes and numbers do not make two texts alike.
WORD_PATTERN = r"(?u)\b[^\W\d_]{2,}\b"


@dataclass(frozen=True)
class Text:
    """One process as the analysis sees it."""

    id: int
    domain: int
    axis: str
    title: str
    description: str


@dataclass(frozen=True)
class Found:
    first: int  # the lower id
    second: int
    score: float
    group: int = 0
    group_size: int = 2


def normalise(text: str) -> str:
    """Case folded, accents stripped: "Controle op Slachthuizen" ~ "controle op slachthuizen"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def stop_words() -> frozenset[str]:
    lines = STOP_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(normalise(line.strip()) for line in lines if line.strip()[:1] not in "#")


def text_fingerprint(title: str, description: str) -> str:
    """A digest of a process's text, kept with a mark: a mark holds while it is the same."""
    return hashlib.sha256(f"{title}\n{description}".encode()).hexdigest()


# ---- the computation ------------------------------------------------------------------


def _similar_texts(
    documents: list[str], progress: Callable[[float], None]
) -> list[list[tuple[int, float]]]:
    """Per document, its most similar documents (itself included) with their cosine."""
    vectorizer = TfidfVectorizer(
        preprocessor=normalise,
        token_pattern=WORD_PATTERN,
        stop_words=sorted(stop_words()),
        sublinear_tf=True,
        max_df=min(MAX_DOCUMENT_COUNT, max(2, int(MAX_DOCUMENT_FREQUENCY * len(documents)))),
        dtype=np.float32,
    )
    try:
        matrix = vectorizer.fit_transform(documents)  # rows of unit length
    except ValueError:  # no word left at all (empty texts): nothing looks alike
        return [[] for _ in documents]
    transposed = matrix.T.tocsr()
    similar: list[list[tuple[int, float]]] = []
    for start in range(0, matrix.shape[0], CHUNK):
        products = (matrix[start : start + CHUNK] @ transposed).tocsr()
        for row in range(products.shape[0]):
            begin, end = products.indptr[row], products.indptr[row + 1]
            columns, values = products.indices[begin:end], products.data[begin:end]
            keep = values >= THRESHOLD
            columns, values = columns[keep], values[keep]
            if len(values) > TEXT_NEIGHBOURS:
                best = np.argpartition(-values, TEXT_NEIGHBOURS)[:TEXT_NEIGHBOURS]
                columns, values = columns[best], values[best]
            # A text is like itself (rounding aside), unless no word of it is left.
            index = start + row
            own = [(index, 1.0)] if matrix.indptr[index + 1] > matrix.indptr[index] else []
            others = zip(columns.tolist(), values.tolist(), strict=True)
            similar.append(own + [(c, v) for c, v in others if c != index])
        progress(min(1.0, (start + CHUNK) / matrix.shape[0]))
    return similar


def find_pairs(
    texts: Sequence[Text], progress: Callable[[float], None] = lambda share: None
) -> list[Found]:
    """The pairs of processes in different domains that look alike, best first.

    `progress(share)` is told how far the comparison is (0 to 1).
    """
    # Identical texts are weighed and compared once.
    documents: dict[tuple[str, str], int] = {}
    text_of: list[int] = []
    for text in texts:
        key = (normalise(text.title), normalise(text.description))
        text_of.append(documents.setdefault(key, len(documents)))
    similar = _similar_texts([f"{t} {t} {d}" for t, d in documents], progress)

    # The processes of each text, by axis: candidates on the same axis come first.
    members: list[dict[str, list[Text]]] = [{} for _ in documents]
    for text, document in zip(texts, text_of, strict=True):
        members[document].setdefault(text.axis, []).append(text)

    best: dict[tuple[int, int], float] = {}
    matches: dict[tuple[int, int, str], list[tuple[float, int]]] = {}
    for text, document in zip(texts, text_of, strict=True):
        # Processes with the same text, domain and axis have the same matches.
        key = (document, text.domain, text.axis)
        if key not in matches:
            matches[key] = _best_matches(text, similar[document], members)
        for score, other in matches[key]:
            pair = (min(text.id, other), max(text.id, other))
            best[pair] = max(best.get(pair, 0.0), score)
    return _with_groups(best)


def _best_matches(
    text: Text, similar: list[tuple[int, float]], members: list[dict[str, list[Text]]]
) -> list[tuple[float, int]]:
    candidates: list[tuple[float, int]] = []
    for document, similarity in similar:
        for axis, others in members[document].items():
            score = similarity if axis == text.axis else similarity * OTHER_AXIS
            if score < THRESHOLD:
                continue
            taken = 0
            for other in others:
                if other.domain != text.domain:
                    candidates.append((score, other.id))
                    taken += 1
                    if taken == NEIGHBOURS:
                        break
    return heapq.nlargest(NEIGHBOURS, candidates)


def _with_groups(best: dict[tuple[int, int], float]) -> list[Found]:
    if not best:
        return []
    ids = sorted({i for pair in best for i in pair})
    index = {pk: n for n, pk in enumerate(ids)}
    rows = [index[a] for a, _b in best]
    columns = [index[b] for _a, b in best]
    graph = coo_matrix((np.ones(len(rows)), (rows, columns)), shape=(len(ids), len(ids)))
    _count, labels = connected_components(graph, directed=False)
    sizes = np.bincount(labels)
    found = [
        Found(a, b, round(score, 4), int(labels[index[a]]) + 1, int(sizes[labels[index[a]]]))
        for (a, b), score in best.items()
    ]
    found.sort(key=lambda f: (-f.score, f.first, f.second))
    return found


# ---- a run on a round -----------------------------------------------------------------


def _texts(run: OverlapRun) -> list[Text]:
    rows = CoreProcess.objects.filter(plan__round_id=run.round_id).values_list(
        "pk", "plan__domain_id", "axis", "title", "description"
    )
    return [Text(*row) for row in rows.order_by("pk").iterator(chunk_size=5000)]


def run_analysis(run: OverlapRun) -> OverlapRun:
    """Compare the round's processes and save what looks alike; the run records progress,
    its end and failure (the exception is raised again for the task framework)."""
    OverlapRun.objects.filter(pk=run.pk).update(
        status=OverlapRun.Status.RUNNING, started_at=timezone.now(), progress=1
    )
    try:
        texts = _texts(run)

        def progress(share: float) -> None:
            OverlapRun.objects.filter(pk=run.pk).update(progress=5 + int(85 * share))

        found = find_pairs(texts, progress)
        current = {t.id: text_fingerprint(t.title, t.description) for t in texts}
        with transaction.atomic():
            save_pairs(run, found, current)
            OverlapRun.objects.filter(pk=run.pk).update(
                status=OverlapRun.Status.DONE,
                progress=100,
                process_count=len(texts),
                pair_count=len(found),
                finished_at=timezone.now(),
            )
    except Exception as error:
        OverlapRun.objects.filter(pk=run.pk).update(
            status=OverlapRun.Status.FAILED, error=repr(error)[:2000], finished_at=timezone.now()
        )
        raise
    run.refresh_from_db()
    return run


def save_pairs(run: OverlapRun, found: list[Found], current: dict[int, str]) -> None:
    """Replace the round's unmarked pairs by those found; marked pairs stay, with their
    mark. "No overlap" holds while both texts are as they were when marked; when one
    changed and the pair is found again, it is open again."""
    marked = {
        (pair.first_id, pair.second_id): pair
        for pair in OverlapPair.objects.filter(round_id=run.round_id).exclude(mark="")
    }
    OverlapPair.objects.filter(round_id=run.round_id, mark="").delete()
    new, again = [], []
    for f in found:
        pair = marked.get((f.first, f.second))
        if pair is None:
            new.append(
                OverlapPair(
                    round_id=run.round_id,
                    first_id=f.first,
                    second_id=f.second,
                    score=f.score,
                    group=f.group,
                    group_size=f.group_size,
                    run=run,
                )
            )
            continue
        pair.score, pair.group, pair.group_size, pair.run = f.score, f.group, f.group_size, run
        changed = (pair.first_text, pair.second_text) != (current[f.first], current[f.second])
        if pair.mark == OverlapPair.Mark.NO_OVERLAP and changed:
            pair.mark, pair.marked_by, pair.marked_at = OverlapPair.Mark.OPEN, None, None
            pair.first_text = pair.second_text = ""
        again.append(pair)
    OverlapPair.objects.bulk_create(new, batch_size=2000)
    fields = ["score", "group", "group_size", "run", "mark", "marked_by", "marked_at"]
    OverlapPair.objects.bulk_update(again, [*fields, "first_text", "second_text"], batch_size=500)
