-- Integrity of one finished import batch (psql -v batch=ID): prints one line "ok ..." or "BROKEN ...".
-- Missing: an item 'imported' without its article; half-stored: an article without its analysis stamp or whose
-- analysis rows point outside its text; duplicated: two articles with one content hash; stuck: items still pending.
SELECT CASE WHEN problems = '' THEN 'ok ' ELSE 'BROKEN ' || problems END
       || format('items %s imported %s duplicate %s failed %s pending %s; articles %s (distinct texts %s), unanalysed %s, claims %s',
                 total, imported, duplicate, failed, pending, articles, hashes, unanalysed, claims)
FROM (
  SELECT *,
         concat_ws(', ',
           CASE WHEN pending > 0 THEN pending || ' items still pending' END,
           CASE WHEN imported + duplicate + failed <> total THEN 'item outcomes do not add up to the total' END,
           CASE WHEN articles <> imported THEN articles || ' articles for ' || imported || ' imported items' END,
           CASE WHEN orphan_items > 0 THEN orphan_items || ' imported items without their article' END,
           CASE WHEN hashes <> articles_all THEN (articles_all - hashes) || ' duplicated articles' END,
           CASE WHEN unanalysed > 0 THEN unanalysed || ' articles without analysis' END,
           CASE WHEN bad_spans > 0 THEN bad_spans || ' claims pointing outside their article' END,
           CASE WHEN status NOT IN ('completed', 'failed') THEN 'batch ' || status END) AS problems
  FROM (
    SELECT b.status, b.total,
      (SELECT count(*) FROM import_items i WHERE i.import_batch_id = b.id AND i.status = 'imported') AS imported,
      (SELECT count(*) FROM import_items i WHERE i.import_batch_id = b.id AND i.status = 'duplicate') AS duplicate,
      (SELECT count(*) FROM import_items i WHERE i.import_batch_id = b.id AND i.status = 'failed') AS failed,
      (SELECT count(*) FROM import_items i WHERE i.import_batch_id = b.id AND i.status = 'pending') AS pending,
      (SELECT count(*) FROM import_items i WHERE i.import_batch_id = b.id AND i.status = 'imported'
          AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = i.article_id)) AS orphan_items,
      (SELECT count(*) FROM articles a WHERE a.import_batch_id = b.id) AS articles,
      (SELECT count(*) FROM articles) AS articles_all,
      (SELECT count(DISTINCT content_hash) FROM articles) AS hashes,
      (SELECT count(*) FROM articles a WHERE a.import_batch_id = b.id AND a.analyzed_at IS NULL) AS unanalysed,
      (SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.import_batch_id = b.id) AS claims,
      (SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id
          WHERE a.import_batch_id = b.id AND (c.span_start < 0 OR c.span_end > length(a.body) OR c.span_end <= c.span_start)) AS bad_spans
    FROM import_batches b WHERE b.id = :batch
  ) counts
) checked;
