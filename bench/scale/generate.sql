-- Grows the articles table to :target rows for the scale figures, SQL-side, from the articles already imported (run
-- after a real import of the BBC corpus): each generated article is a title from one article and six paragraphs picked
-- from the whole corpus by a fixed arithmetic walk, so texts are realistic English, all distinct (own content hash)
-- and the run is repeatable. Generated rows carry source_name 'generated' and no analysis rows (claims, figures,
-- actors); the search vector is computed by PostgreSQL as for any article.
-- Usage: psql URL -v target=100000 -f bench/scale/generate.sql
\set ON_ERROR_STOP on
CREATE TEMP TABLE paragraph AS
    SELECT row_number() OVER (ORDER BY a.id, p.ord) - 1 AS n, p.text
    FROM articles a, regexp_split_to_table(a.body, E'\n\\s*\n') WITH ORDINALITY AS p(text, ord)
    WHERE a.source_name IS DISTINCT FROM 'generated' AND length(p.text) > 40;
CREATE UNIQUE INDEX ON paragraph (n);
CREATE TEMP TABLE title AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS n, title FROM articles WHERE source_name IS DISTINCT FROM 'generated';
CREATE UNIQUE INDEX ON title (n);
SELECT count(*) AS paragraphs FROM paragraph \gset
SELECT count(*) AS titles FROM title \gset
SELECT greatest(0, :target - count(*)) AS missing FROM articles \gset

INSERT INTO articles (title, body, source_name, content_hash, imported_at, published_at)
SELECT t.title || ' (' || g || ')', b.body, 'generated', encode(sha256(convert_to(b.body, 'UTF8')), 'hex'),
       now(), timestamptz '2004-01-01' + (g % 730) * interval '1 day'
FROM generate_series(1, :missing) AS g
JOIN title t ON t.n = (g::bigint * 7919) % :titles
CROSS JOIN LATERAL (
    SELECT string_agg(p.text, E'\n\n' ORDER BY k) || E'\n\nGenerated article ' || g || '.' AS body
    FROM generate_series(1, 6) AS k
    JOIN paragraph p ON p.n = (g::bigint * 104729 + k * 15485863 + k * g::bigint) % :paragraphs
) b;
ANALYZE articles;
SELECT count(*) AS articles, pg_size_pretty(pg_total_relation_size('articles')) AS size FROM articles;
