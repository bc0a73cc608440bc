using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using NewsAnalysis.Data.Users;
using NewsAnalysis.Web.Claims;

namespace NewsAnalysis.Web.Api;

/// <summary>GET /api/claims/{id}/flags (history) and POST /api/claims/{id}/flags (editors: add a flag).</summary>
public static class ClaimsApi
{
    /// <summary>A flag to add; <see cref="Version"/> is the claim version the caller saw (from GET /api/articles/{id}).</summary>
    public sealed record NewFlag(string Status, string? Note, IReadOnlyList<string>? Evidence, uint? Version, long? SeenFlagId);

    public sealed record FlagView(long Id, string Status, string? Note, IReadOnlyList<string> Evidence, string By, DateTimeOffset At);

    public sealed record FlagResult(FlagView Flag, uint Version, bool Conflict, IReadOnlyList<FlagView> Missed);

    public static void MapClaimsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/claims/{id:long}/flags", async (long id, FlagHistory history, CancellationToken cancellationToken) =>
                TypedResults.Ok((await history.ForClaimAsync(id, cancellationToken)).Select(View).ToList()))
            .RequireAuthorization(ApiPolicies.Read)
            .WithName("ClaimFlags").WithSummary("A claim's flag history, newest first.");

        api.MapGroup("/claims").RequireAuthorization(ApiPolicies.Edit).RequireCurrentUser()
            .MapPost("/{id:long}/flags", async Task<Results<Created<FlagResult>, NotFound, ValidationProblem>> (
                long id, NewFlag body, ClaimFlagging flagging, UserManager<AppUser> users, HttpContext http, CancellationToken cancellationToken) =>
            {
                if (!FlagStatusText.TryParse(body.Status, out var status))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["status"] = [$"one of {string.Join(", ", FlagStatusText.All.Select(FlagStatusText.Value))}"],
                    });
                }

                var request = new FlagRequest(status, body.Note, body.Evidence ?? [], body.Version, body.SeenFlagId);
                if (request.Problems() is { Count: > 0 } problems)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["flag"] = [.. problems] });
                }

                var outcome = await flagging.FlagAsync(id, request, users.GetUserId(http.User)!, cancellationToken);
                if (outcome is null)
                {
                    return TypedResults.NotFound();
                }

                var by = http.User.Identity?.Name ?? string.Empty;
                var flag = outcome.Flag;
                return TypedResults.Created(
                    $"/api/claims/{id}/flags",
                    new FlagResult(
                        new FlagView(flag.Id, FlagStatusText.Value(flag.Status), flag.Note, flag.EvidenceUrls, by, flag.CreatedAt),
                        outcome.Version,
                        outcome.Conflict,
                        outcome.MissedFlags.Select(f => new FlagView(f.Id, FlagStatusText.Value(f.Status), f.Note, f.EvidenceUrls, f.CreatedBy?.DisplayName ?? f.CreatedBy?.Email ?? f.CreatedById, f.CreatedAt)).ToList()));
            })
            .WithName("FlagClaim")
            .WithSummary("Flag a claim. Pass the claim's version: when it changed meanwhile the flag is still saved and conflict is true, with the flags you missed.");
    }

    private static FlagView View(FlagEntry e) => new(e.Id, FlagStatusText.Value(e.Status), e.Note, e.EvidenceUrls, e.By, e.At);
}
