using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Data.Migrations
{
    /// <summary>
    /// A phrase index. GIN over a tsvector keeps no word positions, so a phrase query ("prime minister") rechecked
    /// every article holding both words. <c>phrase_vector</c> holds each pair of adjacent lexemes of the same text as
    /// one lexeme ("prime minist"), so a phrase becomes a GIN lookup of its pairs; the phrase condition itself still
    /// decides. No model change: only search reads the column.
    /// </summary>
    [DbContext(typeof(NewsDbContext))]
    [Migration("20261126093000_PhraseBigrams")]
    public partial class PhraseBigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE FUNCTION na_bigrams(v tsvector) RETURNS tsvector
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                    SELECT coalesce(array_to_tsvector(array_agg(pair.lexeme || ' ' || pair.next)), ''::tsvector)
                    FROM (SELECT lexeme, pos, lead(lexeme) OVER w AS next, lead(pos) OVER w AS next_pos
                          FROM (SELECT lexeme, unnest(positions) AS pos FROM unnest(v)) AS word
                          WINDOW w AS (ORDER BY pos)) AS pair
                    WHERE pair.next_pos = pair.pos + 1
                $$;

                ALTER TABLE articles ADD COLUMN phrase_vector tsvector GENERATED ALWAYS AS
                    (na_bigrams(to_tsvector('english', coalesce(title, '')) || to_tsvector('english', coalesce(body, '')))) STORED;
                CREATE INDEX ix_articles_phrase_vector ON articles USING GIN (phrase_vector) WITH (gin_pending_list_limit = 16384);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP INDEX ix_articles_phrase_vector;
                ALTER TABLE articles DROP COLUMN phrase_vector;
                DROP FUNCTION na_bigrams(tsvector);
                """);
        }
    }
}
