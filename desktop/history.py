"""Browser-like back/forward history of (document, position) places."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    doc_id: int
    cp: int = 0


class History:
    def __init__(self, limit: int = 200) -> None:
        self.places: list[Place] = []
        self.index = -1
        self.limit = limit

    def visit(self, place: Place) -> None:
        """Record a new place; forward history is dropped, as in a browser."""
        if 0 <= self.index < len(self.places) and self.places[self.index] == place:
            return
        del self.places[self.index + 1 :]
        self.places.append(place)
        if len(self.places) > self.limit:
            del self.places[0]
        self.index = len(self.places) - 1

    def update_current(self, place: Place) -> None:
        """Remember where the reader scrolled to before leaving the current place."""
        if 0 <= self.index < len(self.places) and self.places[self.index].doc_id == place.doc_id:
            self.places[self.index] = place

    def can_back(self) -> bool:
        return self.index > 0

    def can_forward(self) -> bool:
        return self.index < len(self.places) - 1

    def back(self) -> Place | None:
        if not self.can_back():
            return None
        self.index -= 1
        return self.places[self.index]

    def forward(self) -> Place | None:
        if not self.can_forward():
            return None
        self.index += 1
        return self.places[self.index]

    def forget(self, doc_ids: set[int]) -> None:
        keep = [p for p in self.places if p.doc_id not in doc_ids]
        self.places = keep
        self.index = min(self.index, len(keep) - 1)
