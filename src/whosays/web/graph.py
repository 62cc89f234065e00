"""Lay out the speakers-and-outlets graph as SVG coordinates, on the server.

Speakers sit in a column on the left, outlets on the right, each column ordered so
that edges cross little (outlets by the mean position of the speakers they quote);
an edge's width grows with the number of quotes. The template draws it as inline
SVG: no script, no library.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from whosays.web.queries import Graph

WIDTH = 960
ROW = 34
MARGIN = 40
SPEAKER_X = 300
OUTLET_X = 660


@dataclass(frozen=True)
class Node:
    """A node placed on the canvas, with the link it opens."""

    id: str
    label: str
    kind: str  # "speaker" or "outlet"
    x: int
    y: int
    n: int
    href: str


@dataclass(frozen=True)
class Edge:
    """A line from a speaker to an outlet; ``width`` in pixels."""

    x1: int
    y1: int
    x2: int
    y2: int
    width: float
    n: int
    title: str


@dataclass(frozen=True)
class Layout:
    """The placed graph and the canvas height."""

    nodes: list[Node]
    edges: list[Edge]
    width: int
    height: int


def graph_layout(graph: Graph) -> Layout:
    """Place ``graph`` on a two-column canvas."""
    from urllib.parse import quote

    speaker_y = {s["speaker_id"]: MARGIN + i * ROW for i, s in enumerate(graph.speakers)}
    mean_y: dict[str, list[int]] = {}
    for edge in graph.edges:
        mean_y.setdefault(edge["source"], []).append(speaker_y[edge["speaker_id"]])
    outlets = sorted(
        graph.outlets, key=lambda o: sum(mean_y[o["source"]]) / len(mean_y[o["source"]])
    )
    step = ROW * max(len(graph.speakers), 1) / max(len(outlets), 1)
    outlet_y = {o["source"]: MARGIN + round(i * step) for i, o in enumerate(outlets)}
    nodes = [
        Node(
            s["speaker_id"],
            s["name"] or "(unnamed)",
            "speaker",
            SPEAKER_X,
            speaker_y[s["speaker_id"]],
            int(s["n_quotes"]),
            f"/speakers/{s['speaker_id']}",
        )
        for s in graph.speakers
    ] + [
        Node(
            o["source"],
            o["source"],
            "outlet",
            OUTLET_X,
            outlet_y[o["source"]],
            int(o["n"]),
            "/quotes?" + "outlet=" + quote(o["source"], safe=""),
        )
        for o in outlets
    ]
    most = max((int(e["n"]) for e in graph.edges), default=1)
    names = {s["speaker_id"]: s["name"] or "(unnamed)" for s in graph.speakers}
    edges = [
        Edge(
            SPEAKER_X,
            speaker_y[e["speaker_id"]],
            OUTLET_X,
            outlet_y[e["source"]],
            round(1 + 7 * math.sqrt(int(e["n"]) / most), 1),
            int(e["n"]),
            f"{names[e['speaker_id']]} quoted {e['n']} times by {e['source']}",
        )
        for e in graph.edges
    ]
    height = MARGIN * 2 + ROW * max(len(graph.speakers), len(outlets), 1)
    return Layout(nodes, edges, WIDTH, height)
