using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Data.Migrations
{
    /// <summary>
    /// articles.actor_names: the names of the actors an analysis found, as a tsvector kept by a statement trigger on
    /// article_actors, so search is one condition on articles (search_vector OR actor_names) that PostgreSQL can serve
    /// with a bitmap of two GIN indexes for rare words or a newest-first index walk for common ones. Claims need no
    /// index of their own: a claim's text is a span of the body. Not in the EF model (search reads it in SQL).
    /// </summary>
    [DbContext(typeof(NewsDbContext))]
    [Migration("20261126062000_ArticleActorNames")]
    public partial class ArticleActorNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP INDEX IF EXISTS ix_claims_text_fts;
                DROP INDEX IF EXISTS ix_article_actors_name_fts;
                ALTER TABLE articles ADD COLUMN actor_names tsvector;
                CREATE FUNCTION articles_refresh_actor_names() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE articles a
                    SET actor_names = (SELECT to_tsvector('english', string_agg(x.name, ' ')) FROM article_actors x WHERE x.article_id = a.id)
                    WHERE a.id IN (SELECT DISTINCT article_id FROM changed);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER article_actors_names_insert AFTER INSERT ON article_actors
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION articles_refresh_actor_names();
                CREATE TRIGGER article_actors_names_update AFTER UPDATE ON article_actors
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION articles_refresh_actor_names();
                CREATE TRIGGER article_actors_names_delete AFTER DELETE ON article_actors
                    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION articles_refresh_actor_names();
                UPDATE articles a
                SET actor_names = (SELECT to_tsvector('english', string_agg(x.name, ' ')) FROM article_actors x WHERE x.article_id = a.id)
                WHERE EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = a.id);
                CREATE INDEX ix_articles_actor_names ON articles USING GIN (actor_names);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP TRIGGER IF EXISTS article_actors_names_insert ON article_actors;
                DROP TRIGGER IF EXISTS article_actors_names_update ON article_actors;
                DROP TRIGGER IF EXISTS article_actors_names_delete ON article_actors;
                DROP FUNCTION IF EXISTS articles_refresh_actor_names();
                DROP INDEX IF EXISTS ix_articles_actor_names;
                ALTER TABLE articles DROP COLUMN IF EXISTS actor_names;
                CREATE INDEX ix_claims_text_fts ON claims USING GIN (to_tsvector('english', text));
                CREATE INDEX ix_article_actors_name_fts ON article_actors USING GIN (to_tsvector('english', name));
                """);
        }
    }
}
