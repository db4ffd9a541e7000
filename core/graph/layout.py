"""Deterministic force-directed layout of a citation graph, in pure Python (no numpy)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Hashable, Iterable, Sequence

import networkx as nx

Point = tuple[float, float]
Positions = dict[Hashable, Point]

GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
COMPONENT_GAP = 1.5  # ideal edge lengths between packed components
SPIRAL = 0.9  # sunflower spacing of leaf nodes around their anchor
SPIRAL_START = 1.5  # first sunflower slot: keeps leaves off the anchor itself


def node_key(node: Hashable) -> tuple[int, int, str]:
    """A total order over node ids (ints, then strings) that does not depend on hashing.

    String hashes change from one process to the next, so every loop whose order matters walks
    nodes sorted by this key; that is what makes the layout the same for the same library.
    """
    if isinstance(node, int):
        return (0, node, "")
    return (1, 0, str(node))


def layout_graph(
    g: nx.Graph,
    *,
    seed: int = 0,
    iterations: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Positions:
    """Positions for every node of ``g``, in units of the ideal edge length.

    Edge direction is ignored. Each connected component is placed by a greedy breadth-first
    start (every node next to a placed neighbour, on a sunflower spiral so that a law cited by
    hundreds of notices does not start with them piled on one point) and then relaxed by
    Fruchterman–Reingold with repulsion only between nodes in neighbouring grid cells, which
    keeps each step near-linear in the number of nodes. Components are then packed in rows,
    largest first, and the whole drawing centred on the origin. The result depends only on the
    graph and ``seed``. ``cancelled`` is polled between steps; when it answers True the current
    (unfinished) positions are returned.
    """
    nodes = sorted(g.nodes, key=node_key)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    adj: list[dict[int, float]] = [{} for _ in nodes]
    for u, v, w in g.edges(data="weight", default=1):
        i, j = index[u], index[v]
        if i == j:
            continue
        w = float(w or 1)
        adj[i][j] = adj[i].get(j, 0.0) + w
        adj[j][i] = adj[j].get(i, 0.0) + w
    rng = random.Random(seed)
    boxes: list[tuple[list[int], list[float], list[float]]] = []
    for comp in _components(adj):
        xs, ys = _layout_component(comp, adj, rng, iterations, cancelled)
        boxes.append((comp, xs, ys))
    out: Positions = {}
    for comp, xs, ys in _pack(boxes):
        for i, x, y in zip(comp, xs, ys, strict=True):
            out[nodes[i]] = (x, y)
    return out


def _components(adj: list[dict[int, float]]) -> list[list[int]]:
    """Connected components, largest first; within one, breadth-first from its best-linked node."""
    seen = [False] * len(adj)
    comps: list[list[int]] = []
    for start in range(len(adj)):
        if seen[start]:
            continue
        seen[start] = True
        members = [start]
        k = 0
        while k < len(members):
            for j in sorted(adj[members[k]]):
                if not seen[j]:
                    seen[j] = True
                    members.append(j)
            k += 1
        comps.append(members)
    comps.sort(key=lambda c: (-len(c), min(c)))
    return comps


def default_iterations(n: int) -> int:
    """Fewer relaxation steps for bigger components: the start is already close."""
    return max(15, min(200, int(6000 / max(n, 1))))


def _layout_component(
    comp: list[int],
    adj: list[dict[int, float]],
    rng: random.Random,
    iterations: int | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[list[float], list[float]]:
    n = len(comp)
    if n == 1:
        return [0.0], [0.0]
    if n == 2:
        return [0.0, 1.0], [0.0, 0.0]
    local = {node: i for i, node in enumerate(comp)}
    nbrs = [[(local[j], w) for j, w in sorted(adj[node].items())] for node in comp]
    xs, ys = _initial_positions(nbrs, rng)
    _relax(xs, ys, nbrs, iterations or default_iterations(n), cancelled)
    return xs, ys


def _initial_positions(
    nbrs: list[list[tuple[int, float]]], rng: random.Random
) -> tuple[list[float], list[float]]:
    """A balloon drawing of the breadth-first tree from the best-linked node.

    Each node's leaf children sit on a sunflower spiral around it (a law cited by three hundred
    notices gets a disc, not a ring three hundred wide) and its other children's subtrees on a
    ring outside that disc, each in an angular sector as wide as the subtree's own disc. Nothing
    overlaps, so the force steps that follow start from an even density and only have to pull
    the cross-links together.
    """
    n = len(nbrs)
    degree = [len(a) for a in nbrs]
    root = max(range(n), key=lambda i: (degree[i], -i))
    parent = [-1] * n
    seen = [False] * n
    seen[root] = True
    order = [root]
    children: list[list[int]] = [[] for _ in range(n)]
    k = 0
    while k < len(order):
        a = order[k]
        k += 1
        for j, _w in sorted(nbrs[a], key=lambda jw: (-degree[jw[0]], jw[0])):
            if not seen[j]:
                seen[j] = True
                parent[j] = a
                children[a].append(j)
                order.append(j)
    radius = [0.5] * n
    for v in reversed(order):
        if children[v]:
            area = sum(_disc_area(radius[c]) for c in children[v]) + _disc_area(0.5)
            radius[v] = math.sqrt(area / math.pi)
    xs = [0.0] * n
    ys = [0.0] * n
    heading = [0.0] * n
    heading[root] = rng.random() * 2 * math.pi
    for v in order:
        x, y, theta = xs[v], ys[v], heading[v]
        # leaves nearest, then subtrees from small to large: the big ones get the outer rim
        kids = sorted(children[v], key=lambda c: (radius[c], c))
        filled = _disc_area(0.5)
        for m, c in enumerate(kids):
            a = _disc_area(radius[c])
            r = math.sqrt((filled + a / 2) / math.pi) + 0.5 * radius[c]
            filled += a
            angle = theta + m * GOLDEN_ANGLE
            xs[c] = x + r * math.cos(angle)
            ys[c] = y + r * math.sin(angle)
            heading[c] = angle
    return xs, ys


def _disc_area(r: float) -> float:
    """Room a subtree of radius ``r`` takes on its parent's spiral (a little padding)."""
    return math.pi * (r + SPIRAL / 2) ** 2


def _relax(
    xs: list[float],
    ys: list[float],
    nbrs: list[list[tuple[int, float]]],
    iterations: int,
    cancelled: Callable[[], bool] | None,
) -> None:
    """Grid-accelerated Fruchterman–Reingold with linear cooling (ideal edge length 1)."""
    n = len(xs)
    cell = 2.0  # repulsion reaches two edge lengths, as in the original paper's grid variant
    cutoff2 = cell * cell
    edges = [(i, j, 1.0 + math.log(w)) for i, a in enumerate(nbrs) for j, w in a if i < j]
    t0 = max(0.5, min(2.0, 0.1 * math.sqrt(n)))
    t_end = 0.02
    offsets = ((1, -1), (1, 0), (1, 1), (0, 1))  # half the neighbours: each pair once
    for step in range(iterations):
        if cancelled is not None and cancelled():
            return
        fx = [0.0] * n
        fy = [0.0] * n
        grid: dict[tuple[int, int], list[int]] = {}
        for i in range(n):
            key = (math.floor(xs[i] / cell), math.floor(ys[i] / cell))
            bucket = grid.get(key)
            if bucket is None:
                grid[key] = [i]
            else:
                bucket.append(i)
        for (cx, cy), members in grid.items():
            others = [members]
            for ox, oy in offsets:
                b = grid.get((cx + ox, cy + oy))
                if b is not None:
                    others.append(b)
            for a_pos, i in enumerate(members):
                xi = xs[i]
                yi = ys[i]
                sx = 0.0
                sy = 0.0
                for bucket_no, bucket in enumerate(others):
                    for j in bucket[a_pos + 1 :] if bucket_no == 0 else bucket:
                        dx = xi - xs[j]
                        dy = yi - ys[j]
                        d2 = dx * dx + dy * dy
                        if d2 >= cutoff2:
                            continue
                        if d2 < 1e-6:
                            # coincident: push apart along a fixed direction per pair
                            dx = 0.01 * (1 + (i * 7 + j) % 5)
                            dy = 0.01 * (1 + (i * 3 + j) % 7)
                            d2 = dx * dx + dy * dy
                        f = 1.0 / d2  # k²/d along the unit vector = k²·d⃗/d²
                        sx += dx * f
                        sy += dy * f
                        fx[j] -= dx * f
                        fy[j] -= dy * f
                fx[i] += sx
                fy[i] += sy
        for i, j, w in edges:
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            f = w  # linear spring: hubs' long spokes pull less than d²/k would
            fx[i] -= dx * f
            fy[i] -= dy * f
            fx[j] += dx * f
            fy[j] += dy * f
        t = t0 + (t_end - t0) * step / max(iterations - 1, 1)
        for i in range(n):
            dx = fx[i]
            dy = fy[i]
            d = math.sqrt(dx * dx + dy * dy)
            if d > t:
                dx *= t / d
                dy *= t / d
            xs[i] += dx
            ys[i] += dy


def _pack(
    boxes: list[tuple[list[int], list[float], list[float]]],
) -> list[tuple[list[int], list[float], list[float]]]:
    """Shelf-pack the components (largest first) into a roughly square drawing centred at 0."""
    sized = []
    for comp, xs, ys in boxes:
        x0, y0 = min(xs), min(ys)
        w, h = max(xs) - x0, max(ys) - y0
        sized.append((comp, [x - x0 for x in xs], [y - y0 for y in ys], w, h))
    area = sum((w + COMPONENT_GAP) * (h + COMPONENT_GAP) for *_, w, h in sized)
    row_width = max(max(w for *_, w, _h in sized) + COMPONENT_GAP, math.sqrt(area) * 1.2)
    out = []
    x = y = row_h = 0.0
    for comp, xs, ys, w, h in sized:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h + COMPONENT_GAP, 0.0
        out.append((comp, [px + x for px in xs], [py + y for py in ys]))
        x += w + COMPONENT_GAP
        row_h = max(row_h, h)
    all_x = [px for _c, xs, _ys in out for px in xs]
    all_y = [py for _c, _xs, ys in out for py in ys]
    mx = (min(all_x) + max(all_x)) / 2
    my = (min(all_y) + max(all_y)) / 2
    return [(c, [px - mx for px in xs], [py - my for py in ys]) for c, xs, ys in out]


def satellite_positions(
    centre: Point, radius: float, count: int, start_angle: float = -math.pi / 2
) -> list[Point]:
    """``count`` points evenly on a circle around ``centre`` (for a document's cited articles)."""
    if count <= 0:
        return []
    step = 2 * math.pi / count
    cx, cy = centre
    return [
        (
            cx + radius * math.cos(start_angle + k * step),
            cy + radius * math.sin(start_angle + k * step),
        )
        for k in range(count)
    ]


def label_thresholds(
    anchors: Sequence[Point],
    sizes: Sequence[tuple[float, float]],
    max_scale: float = 64.0,
    obstacles: Sequence[Sequence[tuple[float, float, float]]] | None = None,
) -> list[float]:
    """The smallest view scale at which each label no longer overlaps a more important one.

    Labels keep their size in pixels while the drawing scales, so two labels at scene distance
    (dx, dy) stop overlapping once ``scale * |dx| >= (w1 + w2) / 2`` or the same for height.
    ``anchors`` are the labels' top centres in scene units, most important first; ``sizes``
    their (width, height) in pixels. The first label is always shown (threshold 0); a label
    that would need more than ``max_scale`` gets ``math.inf`` (shown only on hover). A label
    only competes with a more important one at scales where that one is shown.
    ``obstacles[k]``, when given, are discs (x, y, radius in scene units) that label ``k``
    must not cover: the nodes near it, which scale with the drawing.
    """
    out: list[float] = []
    shown: list[tuple[float, float, float, float, float]] = []  # labels that ever show
    for k, ((x, y), (w, h)) in enumerate(zip(anchors, sizes, strict=True)):
        need = 0.0
        for ox, oy, ow, oh, at in shown:
            dx = abs(x - ox)
            dy = abs(y - oy)
            sx = (w + ow) / 2 / dx if dx > 1e-9 else math.inf
            sy = (h + oh) / 2 / dy if dy > 1e-9 else math.inf
            pair = sx if sx < sy else sy
            if pair > at and pair > need:
                need = pair
        for cx, cy, r in obstacles[k] if obstacles is not None else ():
            if cy + r <= y:
                continue  # wholly above the label's top edge: never covered
            gap_x = abs(cx - x) - r
            gap_y = cy - r - y
            sx = w / 2 / gap_x if gap_x > 1e-9 else math.inf
            sy = h / gap_y if gap_y > 1e-9 else math.inf
            need = max(need, min(sx, sy))
        out.append(need if need <= max_scale else math.inf)
        if need <= max_scale:
            shown.append((x, y, w, h, need))
    return out


def bounds(positions: Iterable[Point]) -> tuple[float, float, float, float]:
    """(min x, min y, max x, max y) of some points; zeros for none."""
    pts = list(positions)
    if not pts:
        return (0.0, 0.0, 0.0, 0.0)
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))
