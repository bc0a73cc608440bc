using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Data.Migrations
{
    /// <summary>
    /// lz4 instead of pglz for the large values search reads row by row: the search vectors (checked article by article
    /// when PostgreSQL walks the newest-first index, or rechecked for a phrase) and the body (ts_headline of each hit).
    /// lz4 unpacks several times faster. Applies to rows written from now on; a server built without lz4 keeps pglz.
    /// No model change.
    /// </summary>
    [DbContext(typeof(NewsDbContext))]
    [Migration("20261126083000_Lz4TextColumns")]
    public partial class Lz4TextColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                        ALTER TABLE articles ALTER COLUMN search_vector SET COMPRESSION lz4;
                        ALTER TABLE articles ALTER COLUMN actor_names SET COMPRESSION lz4;
                        ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4;
                    END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                ALTER TABLE articles ALTER COLUMN search_vector SET COMPRESSION DEFAULT;
                ALTER TABLE articles ALTER COLUMN actor_names SET COMPRESSION DEFAULT;
                ALTER TABLE articles ALTER COLUMN body SET COMPRESSION DEFAULT;
                """);
        }
    }
}
