# Intake: one image for the dashboard, the worker and the migrations (docker-compose.yml runs it with different verbs).
# Ubuntu 24.04 (noble) images: same Tesseract 5.3 / Leptonica 1.82 sonames as Debian 12 (libtesseract.so.5, liblept.so.5).
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Intake.App/Intake.App.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-fra libtesseract5 liblept5 poppler-utils fonts-dejavu-core fonts-dejavu-extra fonts-liberation2 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY models /app/models
# The app runs as the image's unprivileged user "app" (uid 1654): it owns only /data (archive, quarantine,
# page images, secrets/ with the one-time password links, mode 600). /app and the shipped models stay root's, read-only to it.
RUN mkdir -p /data && chown app:app /data && chmod 700 /data
# Tesseract's OpenMP must be limited before the process starts (one engine per worker thread instead).
ENV OMP_THREAD_LIMIT=1 \
    INTAKE_HOME=/data \
    INTAKE_MODELS=/app/models \
    INTAKE_URLS=http://0.0.0.0:8080
VOLUME ["/data"]
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "/app/intake.dll"]
CMD ["serve"]
