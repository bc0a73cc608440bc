# The web app as a container image: docker compose up (see docker-compose.yml), or docker build -t newsanalysis .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/NewsAnalysis.Analysis/NewsAnalysis.Analysis.csproj src/NewsAnalysis.Analysis/
COPY src/NewsAnalysis.Data/NewsAnalysis.Data.csproj src/NewsAnalysis.Data/
COPY src/NewsAnalysis.Web/NewsAnalysis.Web.csproj src/NewsAnalysis.Web/
RUN dotnet restore src/NewsAnalysis.Web/NewsAnalysis.Web.csproj
COPY src/ src/
RUN dotnet publish src/NewsAnalysis.Web/NewsAnalysis.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# A container gets its database from ConnectionStrings__News; it never starts one of its own.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Database__AutoProvision=false
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "NewsAnalysis.Web.dll"]
