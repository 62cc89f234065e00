"""SQL shared by the store and its queries: canonical speaker ids and the speaker tables.

These mirror :mod:`whosays.store.speakers` in SQL, so the store can re-derive
``speaker_id`` for millions of rows without leaving DuckDB.
"""

from __future__ import annotations

__all__ = [
    "SPEAKERS_SQL",
    "SPEAKER_NAMES_SQL",
    "alias_join",
    "canonical_key_sql",
    "speaker_id_sql",
]


def canonical_key_sql(src: str, alias: str) -> str:
    """SQL for the canonical speaker key of rows ``src`` left-joined to aliases ``alias``.

    Mirrors :meth:`whosays.store.speakers.SpeakerKey.canonical_key`.
    """
    return (
        f"{src}.speaker_class || ':' || coalesce({alias}.canonical_norm, "
        f"{src}.speaker_norm || coalesce('@' || {src}.speaker_scope, ''))"
    )


def speaker_id_sql(src: str, alias: str) -> str:
    """SQL for ``speaker_id`` (``'s'`` + 16 hex digits of the key's MD5), NULL if unnamed."""
    key = canonical_key_sql(src, alias)
    return (
        f"CASE WHEN {src}.speaker_norm IS NULL THEN NULL ELSE 's' || substr(md5({key}), 1, 16) END"
    )


def alias_join(src: str, alias: str) -> str:
    """``LEFT JOIN aliases <alias>`` matching rows ``src`` by normalised name and kind."""
    kind = f"CASE WHEN {src}.speaker_class = 'person' THEN 'person' ELSE 'other' END"
    return (
        f"LEFT JOIN aliases {alias} "
        f"ON {alias}.alias_norm = {src}.speaker_norm AND {alias}.kind = {kind}"
    )


SPEAKERS_SQL = f"""
WITH name_counts AS (
    SELECT speaker_id, speaker_full_name, count(*) AS uses
    FROM quotes WHERE speaker_id IS NOT NULL GROUP BY ALL
),
best_names AS (
    SELECT speaker_id,
           first(speaker_full_name ORDER BY uses DESC, length(speaker_full_name),
                 speaker_full_name) AS best_name
    FROM name_counts GROUP BY speaker_id
)
SELECT q.speaker_id,
       any_value({canonical_key_sql("q", "a")}) AS canonical_key,
       coalesce(any_value(a.canonical), any_value(b.best_name)) AS name,
       any_value(q.speaker_class) AS type,
       count(*) AS n_quotes,
       count(DISTINCT q.article_id) AS n_articles,
       count(DISTINCT q.source) AS n_outlets,
       min(q.published_date) AS first_published,
       max(q.published_date) AS last_published,
       list_sort(list(DISTINCT q.speaker_full_name)) AS names
FROM quotes q {alias_join("q", "a")} JOIN best_names b USING (speaker_id)
WHERE q.speaker_id IS NOT NULL
GROUP BY q.speaker_id
"""


SPEAKER_NAMES_SQL = """
SELECT speaker_norm, speaker_class, speaker_id, count(*) AS n_quotes
FROM quotes WHERE speaker_id IS NOT NULL GROUP BY ALL
"""
