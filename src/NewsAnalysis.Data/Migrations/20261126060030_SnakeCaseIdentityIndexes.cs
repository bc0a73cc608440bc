using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Data.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseIdentityIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "UserNameIndex",
                table: "users",
                newName: "ix_users_normalized_user_name");

            migrationBuilder.RenameIndex(
                name: "EmailIndex",
                table: "users",
                newName: "ix_users_normalized_email");

            migrationBuilder.RenameIndex(
                name: "RoleNameIndex",
                table: "roles",
                newName: "ix_roles_normalized_name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "ix_users_normalized_user_name",
                table: "users",
                newName: "UserNameIndex");

            migrationBuilder.RenameIndex(
                name: "ix_users_normalized_email",
                table: "users",
                newName: "EmailIndex");

            migrationBuilder.RenameIndex(
                name: "ix_roles_normalized_name",
                table: "roles",
                newName: "RoleNameIndex");
        }
    }
}
