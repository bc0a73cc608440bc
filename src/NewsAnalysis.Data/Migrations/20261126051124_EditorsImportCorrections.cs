using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsAnalysis.Data.Migrations
{
    /// <inheritdoc />
    public partial class EditorsImportCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "format",
                table: "import_items",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "text");

            migrationBuilder.AddColumn<byte[]>(
                name: "payload",
                table: "import_items",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "processed_at",
                table: "import_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "warning",
                table: "import_items",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "merged_into_id",
                table: "actors",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "claim_corrections",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    span_start = table.Column<int>(type: "integer", nullable: false),
                    span_end = table.Column<int>(type: "integer", nullable: false),
                    claim_text = table.Column<string>(type: "text", nullable: false),
                    source_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    attribution_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_by_id = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_corrections", x => x.id);
                    table.ForeignKey(
                        name: "fk_claim_corrections_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_claim_corrections_users_created_by_id",
                        column: x => x.created_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_import_items_import_batch_id_status_ordinal",
                table: "import_items",
                columns: new[] { "import_batch_id", "status", "ordinal" });

            migrationBuilder.CreateIndex(
                name: "ix_actors_merged_into_id",
                table: "actors",
                column: "merged_into_id");

            migrationBuilder.CreateIndex(
                name: "ix_claim_corrections_article_id_created_at",
                table: "claim_corrections",
                columns: new[] { "article_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_claim_corrections_created_by_id",
                table: "claim_corrections",
                column: "created_by_id");

            migrationBuilder.AddForeignKey(
                name: "fk_actors_actors_merged_into_id",
                table: "actors",
                column: "merged_into_id",
                principalTable: "actors",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_actors_actors_merged_into_id",
                table: "actors");

            migrationBuilder.DropTable(
                name: "claim_corrections");

            migrationBuilder.DropIndex(
                name: "ix_import_items_import_batch_id_status_ordinal",
                table: "import_items");

            migrationBuilder.DropIndex(
                name: "ix_actors_merged_into_id",
                table: "actors");

            migrationBuilder.DropColumn(
                name: "format",
                table: "import_items");

            migrationBuilder.DropColumn(
                name: "payload",
                table: "import_items");

            migrationBuilder.DropColumn(
                name: "processed_at",
                table: "import_items");

            migrationBuilder.DropColumn(
                name: "warning",
                table: "import_items");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "actors");
        }
    }
}
