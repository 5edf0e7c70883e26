# Builds the btwc-operator image: `docker build -t btwc-operator:dev .`
# NOTE: this repository's CI has no container engine, so this file is not built or tested there.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Btwc.Cli/Btwc.Cli.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
USER 65532
ENTRYPOINT ["dotnet", "/app/btwc.dll"]
