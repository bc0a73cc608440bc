using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Data.Migrations
{
    /// <summary>
    /// Expression indexes for the journalists' pages (not in the EF model, so no model change): full text over claims and
    /// actor names, newest-first paging, figures by measure, claims by source actor.
    /// </summary>
    [DbContext(typeof(NewsDbContext))]
    [Migration("20261126051500_JournalistSearchIndexes")]
    public partial class JournalistSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_claims_text_fts ON claims USING GIN (to_tsvector('english', text));");
            migrationBuilder.Sql("CREATE INDEX ix_article_actors_name_fts ON article_actors USING GIN (to_tsvector('english', name));");
            migrationBuilder.Sql("CREATE INDEX ix_articles_newest ON articles ((coalesce(published_at, imported_at)) DESC, id DESC);");
            migrationBuilder.Sql("CREATE INDEX ix_figures_measure_key ON figures ((lower(measure))) WHERE measure IS NOT NULL;");
            migrationBuilder.Sql("CREATE INDEX ix_articles_source_name ON articles (source_name);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_articles_source_name;");
            migrationBuilder.Sql("DROP INDEX ix_figures_measure_key;");
            migrationBuilder.Sql("DROP INDEX ix_articles_newest;");
            migrationBuilder.Sql("DROP INDEX ix_article_actors_name_fts;");
            migrationBuilder.Sql("DROP INDEX ix_claims_text_fts;");
        }
    }
}
