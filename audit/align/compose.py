"""Alignment through a third version: a reference is aligned to its own MT by
lexical overlap, and to every other language through that MT, so its
sentences are never embedded (they say what the MT's say)."""
from __future__ import annotations

from ..model import AlignedGroup

Alignments = dict[tuple[int, int], list[AlignedGroup]]


def oriented(alignments: Alignments, i: int, j: int) -> list[tuple[tuple[int, ...], tuple[int, ...], float | None]]:
    """(sentences of i, sentences of j, score) of each group of the pair."""
    if i < j:
        return [(g.a, g.b, g.score) for g in alignments.get((i, j), [])]
    return [(g.b, g.a, g.score) for g in alignments.get((j, i), [])]


def through(alignments: Alignments, i: int, j: int, hub: int) -> list[AlignedGroup]:
    """Groups of the pair (i, j), i < j, composed from i-hub and hub-j: i's
    sentences go with the j sentences their hub sentences went with. Groups
    that come to share a sentence are joined; a joined group's score is the
    lowest measured one (None where the structure alone decided)."""
    to_j: dict[int, tuple[tuple[int, ...], float | None]] = {}
    for h_sents, j_sents, score in oriented(alignments, hub, j):
        for h in h_sents:
            to_j[h] = (j_sents, score)
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    scores: dict[tuple[str, int], list[float | None]] = {}
    for i_sents, h_sents, _ in oriented(alignments, i, hub):
        for h in h_sents:
            if h not in to_j:
                continue
            j_sents, score = to_j[h]
            for node in [("j", s) for s in j_sents] + [("i", s) for s in i_sents[1:]]:
                parent[find(node)] = find(("i", i_sents[0]))
            scores.setdefault(("i", i_sents[0]), []).append(score)
    members: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for node in list(parent):
        members.setdefault(find(node), []).append(node)
    root_scores: dict[tuple[str, int], list[float | None]] = {}
    for node, ss in scores.items():
        root_scores.setdefault(find(node), []).extend(ss)
    groups = []
    for root, nodes in members.items():
        a = tuple(sorted(s for side, s in nodes if side == "i"))
        b = tuple(sorted(s for side, s in nodes if side == "j"))
        if a and b:
            measured = [s for s in root_scores.get(root, []) if s is not None]
            groups.append(AlignedGroup(a, b, min(measured) if measured else None))
    groups.sort(key=lambda g: (g.a[0], g.b[0]))
    return groups
