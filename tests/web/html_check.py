"""An HTML checker for the tests: which elements, attributes and scripts a page really has."""

from __future__ import annotations

from html.parser import HTMLParser


class PageElements(HTMLParser):
    """Collects every start tag with its attributes, and the text outside tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        """Attributes of every ``tag`` element."""
        return [attrs for name, attrs in self.tags if name == tag]

    def event_handlers(self) -> list[tuple[str, str]]:
        """(tag, attribute) of every ``on...`` attribute: there should be none."""
        return [(t, a) for t, attrs in self.tags for a in attrs if a.lower().startswith("on")]


def parse(html: str) -> PageElements:
    """Parse ``html`` into a :class:`PageElements`."""
    page = PageElements()
    page.feed(html)
    page.close()
    return page
