-- whosays store schema (DuckDB). Store schema version 1.
--
-- Character offsets (*_start, *_end, start_char, end_char) index articles.text, end
-- exclusive, exactly as in the article contract. Ids of quotes, entities and timexes
-- (q1, e1, t1) are unique within their article only: join on (article_id, <id>).
-- The per-article tables (articles, sentences, quotes, entities, mentions, timexes,
-- errors) are what Parquet shards hold, column for column (whosays.store.rows).
-- No constraints or ART indexes: bulk loads stay fast, and the loader deduplicates by
-- deleting an article's rows before inserting them again (see whosays.store.duckdb).

CREATE TABLE IF NOT EXISTS store_meta (
    key VARCHAR,                -- setting name, e.g. 'schema_version'
    value VARCHAR               -- its value
);

CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR,             -- id of one whosays batch/analyze run
    started_at TIMESTAMP,       -- UTC
    finished_at TIMESTAMP,      -- UTC; NULL while running or after a crash
    status VARCHAR,             -- 'running', 'done' or 'failed'
    whosays_version VARCHAR,    -- package version that produced the rows
    model VARCHAR,              -- spaCy pipeline name
    params VARCHAR,             -- the run's options as a JSON object
    n_articles BIGINT,          -- articles stored by the run (set when it finishes)
    n_errors BIGINT             -- errors recorded by the run (set when it finishes)
);

CREATE TABLE IF NOT EXISTS shards (
    shard_id VARCHAR,           -- stable id of a unit of work (same input -> same id)
    run_id VARCHAR,             -- run that produced it
    path VARCHAR,               -- Parquet shard directory it was loaded from, or NULL
    n_articles BIGINT,          -- articles loaded from the shard
    n_errors BIGINT,            -- error rows loaded from the shard
    added_at TIMESTAMP          -- UTC time the shard was committed to the store
);

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR,         -- stable hash of url, else (id, text), else text
    run_id VARCHAR,             -- run that stored this version of the article
    shard_id VARCHAR,           -- shard it came in, NULL for direct writes
    doc_id VARCHAR,             -- the input's own id (Article.id), if any
    url VARCHAR,
    title VARCHAR,
    source VARCHAR,             -- the outlet ("Reuters", "rt.com")
    author VARCHAR,
    published VARCHAR,          -- publication date as given (ISO)
    published_date DATE,        -- published parsed as a date, NULL if not a full date
    published_from VARCHAR,     -- 'metadata', 'argument', 'inferred' or NULL
    origin VARCHAR,             -- where the input came from (path, path:line)
    text VARCHAR,               -- the article body all offsets index
    n_chars INTEGER,
    n_sentences INTEGER,
    n_quoted_sentences INTEGER, -- sentences whose voice is 'quoted'
    n_vague_sentences INTEGER,  -- ... 'vague'
    n_author_sentences INTEGER, -- ... 'author'
    n_quotes INTEGER,
    n_entities INTEGER,
    n_timexes INTEGER
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR,
    sentence_index INTEGER,     -- 0-based position in the article
    start_char INTEGER,
    end_char INTEGER,
    voice VARCHAR,              -- 'quoted', 'vague' or 'author'
    quote_ids VARCHAR[],        -- ids of the quotes in or carried by the sentence
    cue_start INTEGER,          -- the vague/attribution cue, if any
    cue_end INTEGER,
    cue_text VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR,
    quote_id VARCHAR,           -- 'q1'... within the article
    quote_index INTEGER,        -- 0-based position in the article's quote list
    kind VARCHAR,               -- 'direct', 'indirect' or 'mixed'
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,               -- the quoted or reported content
    cue_start INTEGER,          -- cue verb/phrase ("said", "according to")
    cue_end INTEGER,
    cue_text VARCHAR,
    speaker_name VARCHAR,       -- resolved speaker name as the quote gives it, or NULL
    speaker_type VARCHAR,       -- person, organization, document, group, anonymous, unknown
    speaker_title VARCHAR,      -- "Foreign Minister"
    mention_start INTEGER,      -- the span that names the speaker for this quote
    mention_end INTEGER,
    mention_text VARCHAR,
    entity_id VARCHAR,          -- the article entity the speaker resolved to
    speaker_full_name VARCHAR,  -- entity name if resolved, else speaker_name
    speaker_norm VARCHAR,       -- speaker_full_name through the normaliser
    speaker_class VARCHAR,      -- speaker_type used to keep people and organisations apart
    speaker_scope VARCHAR,      -- article_id when the name is trusted only in its article
    speaker_id VARCHAR,         -- canonical speaker id (speakers.speaker_id), aliases applied
    time_id VARCHAR,            -- timex id of when the words were said
    time_value VARCHAR,         -- that timex's TIMEX3 value
    time_type VARCHAR,          -- that timex's type
    occasion VARCHAR,           -- where/at what the words were said
    confidence DOUBLE,          -- 0..1
    source VARCHAR,             -- copy of articles.source, for fast filters
    published_date DATE,        -- copy of articles.published_date, for fast filters
    title VARCHAR,              -- copy of articles.title, so quote lists need no join
    url VARCHAR                 -- copy of articles.url, so quote lists need no join
);

CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR,
    entity_id VARCHAR,          -- 'e1'... within the article
    name VARCHAR,               -- fullest name the article gives
    type VARCHAR,               -- person, organization, document, group
    titles VARCHAR[],           -- titles the article gives the entity
    n_mentions INTEGER,
    speaker_norm VARCHAR,       -- as in quotes
    speaker_class VARCHAR,
    speaker_scope VARCHAR,
    speaker_id VARCHAR          -- canonical speaker id, aliases applied
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR,
    entity_id VARCHAR,
    mention_index INTEGER,      -- 0-based position in the entity's mention list
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS timexes (
    article_id VARCHAR,
    timex_id VARCHAR,           -- 't1'... within the article
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    type VARCHAR,               -- DATE, TIME, DURATION or SET
    value VARCHAR               -- TIMEX3 value ('2024-12', '2025-10-10', 'P3Y')
);

CREATE TABLE IF NOT EXISTS errors (
    run_id VARCHAR,
    shard_id VARCHAR,           -- shard being processed, NULL outside batch runs
    origin VARCHAR,             -- the input that failed (path, path:line, URL)
    article_id VARCHAR,         -- when the article was read before it failed
    error_type VARCHAR,         -- exception class name
    reason VARCHAR,             -- one-line message
    occurred_at TIMESTAMP       -- UTC
);

CREATE TABLE IF NOT EXISTS aliases (
    kind VARCHAR,               -- 'person' (honorifics stripped) or 'other'
    alias_norm VARCHAR,         -- normalised alias
    canonical VARCHAR,          -- canonical display name
    canonical_norm VARCHAR      -- normalised canonical name
);

-- Derived: rebuilt from quotes and entities by Store.refresh_speakers().
CREATE TABLE IF NOT EXISTS speakers (
    speaker_id VARCHAR,         -- 's' + 16 hex digits of md5(canonical_key)
    canonical_key VARCHAR,      -- 'class:normalised name' ('...@article_id' if scoped)
    name VARCHAR,               -- alias canonical name, else the most used full name
    type VARCHAR,               -- speaker class
    n_quotes BIGINT,
    n_articles BIGINT,          -- articles quoting the speaker
    n_outlets BIGINT,           -- distinct sources quoting the speaker
    first_published DATE,
    last_published DATE,
    names VARCHAR[]             -- every full name the speaker appears under
);

-- Derived: rebuilt with speakers. Which canonical speaker each normalised name stands
-- for, so a name lookup reads this small table, then quotes by speaker_id only.
CREATE TABLE IF NOT EXISTS speaker_names (
    speaker_norm VARCHAR,       -- normalised name as in quotes
    speaker_class VARCHAR,      -- speaker class as in quotes
    speaker_id VARCHAR,         -- canonical speaker id it resolves to
    n_quotes BIGINT             -- quotes under this name
);
