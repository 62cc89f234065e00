"""Hand-built articles for the web tests: a plain one and a hostile one.

The texts are written for these tests; spans are found by substring so the
offsets always index the text.
"""

from __future__ import annotations

from dataclasses import replace

from whosays.records import Article, Quote, Sentence, Speaker, SpeakerType, TextSpan, Timex


def span(text: str, part: str, occurrence: int = 1) -> TextSpan:
    """The span of the ``occurrence``-th ``part`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(part, start + 1)
    return TextSpan(start, start + len(part), part)


def quote(
    text: str,
    qid: str,
    said: str,
    cue: str | None,
    name: str | None,
    type_: SpeakerType = "person",
    *,
    mention: str | None = None,
    mention_occurrence: int = 1,
    cue_occurrence: int = 1,
    title: str | None = None,
    time: str | None = None,
    occasion: str | None = None,
    kind: str = "direct",
) -> Quote:
    """A quote record for the substrings ``said``, ``cue`` and ``mention`` of ``text``."""
    body = span(text, said)
    return Quote(
        id=qid,
        kind=kind,  # type: ignore[arg-type]
        start=body.start,
        end=body.end,
        text=body.text,
        cue=span(text, cue, cue_occurrence) if cue else None,
        speaker=Speaker(
            name,
            type_,
            span(text, mention, mention_occurrence) if mention else None,
            None,
            title,
        ),
        time=time,
        occasion=occasion,
    )


def sentences(text: str, voices: list[tuple[str, str]]) -> tuple[Sentence, ...]:
    """Sentence records for (sentence text, voice) pairs."""
    return tuple(
        Sentence(s.start, s.end, voice)  # type: ignore[arg-type]
        for s, voice in ((span(text, part), voice) for part, voice in voices)
    )


HARBOUR_TEXT = (
    "Quay workers end strike at Marlow port\n\n"
    'Harbour Minister Ana Liss said on Monday that the strike was over. "The deal keeps '
    'the quay open," Liss told reporters at a press conference. '
    "The union said in a statement that members would return to work. "
    'Ana Liss added: "Nobody won everything." '
    "It is widely believed that the port lost money. "
    "The port employs 900 people."
)


def harbour_article(article_id: str = "harbour-1", outlet: str = "Marlow Gazette") -> Article:
    """A small article: two speakers (one repeated), a vague and an author sentence."""
    text = HARBOUR_TEXT
    quotes = (
        quote(
            text,
            "q1",
            "that the strike was over",
            "said",
            "Ana Liss",
            mention="Ana Liss",
            title="Harbour Minister",
            time="t1",
            kind="indirect",
        ),
        quote(
            text,
            "q2",
            "The deal keeps the quay open,",
            "told",
            "Ana Liss",
            mention="Liss",
            mention_occurrence=2,
            title="Harbour Minister",
            time="t1",
            occasion="a press conference",
        ),
        quote(
            text,
            "q3",
            "that members would return to work",
            "said",
            "Quay Workers Union",
            "organization",
            mention="The union",
            cue_occurrence=2,
            occasion="a statement",
            kind="indirect",
        ),
        quote(
            text,
            "q4",
            "Nobody won everything.",
            "added",
            "Ana Liss",
            mention="Ana Liss",
            mention_occurrence=2,
        ),
    )
    return Article(
        text=text,
        id=article_id,
        title="Quay workers end strike at Marlow port",
        url="https://example.org/marlow/strike",
        source=outlet,
        published="2025-05-14",
        published_from="metadata",
        quotes=quotes,
        timexes=(Timex("t1", *_offsets(text, "on Monday"), "on Monday", "DATE", "2025-05-12"),),
        sentences=sentences(
            text,
            [
                ("Harbour Minister Ana Liss said on Monday that the strike was over.", "quoted"),
                (
                    '"The deal keeps the quay open," Liss told reporters at a press conference.',
                    "quoted",
                ),
                ("The union said in a statement that members would return to work.", "quoted"),
                ('Ana Liss added: "Nobody won everything."', "quoted"),
                ("It is widely believed that the port lost money.", "vague"),
                ("The port employs 900 people.", "author"),
            ],
        ),
    )


def _offsets(text: str, part: str) -> tuple[int, int]:
    found = span(text, part)
    return found.start, found.end


SCRIPT_PAYLOAD = "<script>window.__pwned = 1; document.title = 'PWNED';</script>"
IMG_PAYLOAD = '<img src=x onerror="window.__pwned=2">'
ATTR_PAYLOAD = '" onmouseover="window.__pwned=3" x="'
HOSTILE_NAME = f"Eve {SCRIPT_PAYLOAD}{ATTR_PAYLOAD}"


def hostile_article(article_id: str = "hostile-1") -> Article:
    """An article whose text, title, metadata and speaker names carry script/HTML payloads."""
    text = (
        f"Breaking {SCRIPT_PAYLOAD} news. "
        f'"{IMG_PAYLOAD} is fine," said Eve. '
        f"</div></mark>{ATTR_PAYLOAD}<iframe src=javascript:window.__pwned=4></iframe> end."
    )
    said = f"{IMG_PAYLOAD} is fine,"
    return Article(
        text=text,
        id=article_id,
        title=f"Title {SCRIPT_PAYLOAD}{IMG_PAYLOAD}",
        url="javascript:window.__pwned=5",
        source=f"Outlet {IMG_PAYLOAD}",
        author=ATTR_PAYLOAD,
        published="2025-01-02",
        quotes=(
            quote(
                text,
                "q1",
                said,
                "said",
                HOSTILE_NAME,
                mention="Eve",
                title=f"Chief {IMG_PAYLOAD}",
                occasion=SCRIPT_PAYLOAD,
            ),
        ),
        timexes=(),
        sentences=sentences(
            text,
            [(f"Breaking {SCRIPT_PAYLOAD} news.", "author"), (f'"{said}" said Eve.', "quoted")],
        ),
    )


BRIDGE_TEXT = (
    "Bridge repairs to start in June\n\n"
    "City engineer Omar Haddad said the old bridge was safe for now. "
    "A council official, who asked not to be named, said funding was short. "
    '"We have waited long enough," residents said. '
    "Repairs were long overdue, many believe. "
    "The bridge opened in 1931."
)


def bridge_article(article_id: str, outlet: str, published: str, url: str) -> Article:
    """A second small article: a person, an anonymous source and a group."""
    text = BRIDGE_TEXT
    quotes = (
        quote(
            text,
            "q1",
            "the old bridge was safe for now",
            "said",
            "Omar Haddad",
            mention="Omar Haddad",
            title="City engineer",
            kind="indirect",
        ),
        quote(
            text,
            "q2",
            "funding was short",
            "said",
            None,
            "anonymous",
            mention="A council official",
            cue_occurrence=2,
            kind="indirect",
        ),
        quote(
            text,
            "q3",
            "We have waited long enough,",
            "said",
            "residents",
            "group",
            mention="residents",
            cue_occurrence=3,
        ),
    )
    return Article(
        text=text,
        id=article_id,
        title="Bridge repairs to start in June",
        url=url,
        source=outlet,
        published=published,
        published_from="metadata",
        quotes=quotes,
        timexes=(
            Timex("t1", *_offsets(text, "in June"), "in June", "DATE", published[:4] + "-06"),
        ),
        sentences=sentences(
            text,
            [
                ("City engineer Omar Haddad said the old bridge was safe for now.", "quoted"),
                (
                    "A council official, who asked not to be named, said funding was short.",
                    "quoted",
                ),
                ('"We have waited long enough," residents said.', "quoted"),
                ("Repairs were long overdue, many believe.", "vague"),
                ("The bridge opened in 1931.", "author"),
            ],
        ),
    )


def store_articles() -> list[Article]:
    """Articles for the test store: two texts in three outlets, and the hostile article."""
    harbour = [
        (harbour_article(f"harbour-{i}", outlet), published, f"https://example.org/h/{i}")
        for i, (outlet, published) in enumerate(
            [
                ("Marlow Gazette", "2025-05-14"),
                ("Coast Times", "2025-05-15"),
                ("Marlow Gazette", "2025-06-01"),
            ]
        )
    ]
    articles = [replace(a, published=published, url=url) for a, published, url in harbour]
    articles += [
        bridge_article("bridge-0", "Coast Times", "2024-03-02", "https://example.org/b/0"),
        bridge_article("bridge-1", "Valley News", "2024-04-10", "https://example.org/b/1"),
        hostile_article(),
    ]
    return articles
