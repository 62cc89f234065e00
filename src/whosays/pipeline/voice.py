"""whosays_voice: who stands behind each sentence — a quote's speaker, a vague source, the author.

A sentence is ``quoted`` when an attribution's content or cue lies in it,
``vague`` when its only source is a vague or passive attribution (recorded by
``whosays_sources`` as attributions of kind ``vague``), and ``author`` otherwise.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from whosays.pipeline.doc import AttributionData, SentenceData, attributions, doc_list

DEFAULT_CONFIG: dict[str, object] = {}


@Language.factory("whosays_voice", default_config=DEFAULT_CONFIG)
def make_voice(nlp: Language, name: str) -> VoiceLabeller:
    """Create the whosays_voice component."""
    return VoiceLabeller(name)


def _overlaps(sent: Span, pair: list[int] | None) -> bool:
    return pair is not None and pair[0] < sent.end_char and sent.start_char < pair[1]


def _carries(sent: Span, attribution: AttributionData) -> bool:
    return _overlaps(sent, attribution["content"]) or _overlaps(sent, attribution.get("cue"))


class VoiceLabeller:
    """Label each sentence of the Doc with its voice and the attributions it carries."""

    def __init__(self, name: str = "whosays_voice") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        found = attributions(doc)
        sentences: list[SentenceData] = doc_list(doc, "whosays_sentences")
        sentences.clear()
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            carried = [i for i, a in enumerate(found) if _carries(sent, a)]
            sentences.append(self.label(sent, carried, found))
        return doc

    def label(self, sent: Span, carried: list[int], found: list[AttributionData]) -> SentenceData:
        """The :class:`SentenceData` of one sentence given the attributions it carries."""
        real = [i for i in carried if found[i].get("kind") != "vague"]
        vague = [i for i in carried if found[i].get("kind") == "vague"]
        start, end = _trimmed(sent)
        if real:
            cue = found[real[0]].get("cue")
            return {"start": start, "end": end, "voice": "quoted", "attributions": real, "cue": cue}
        if vague:
            cue = found[vague[0]].get("cue")
            return {"start": start, "end": end, "voice": "vague", "attributions": [], "cue": cue}
        return {"start": start, "end": end, "voice": "author", "attributions": [], "cue": None}


def _trimmed(sent: Span) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return start, end
