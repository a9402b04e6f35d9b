# Walker: one static binary on a small non-root image. The steps are those of
# the README's build (`make build`): CGO_ENABLED=0 go build.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/walker . && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/walker /walker
COPY --from=build --chown=65532:65532 /out/data /data
# The embedded SQLite database lives in /data; mount a volume there.
VOLUME ["/data"]
ENV WALKER_ADDR=":8080" WALKER_DB="/data/walker.db"
EXPOSE 8080
USER nonroot:nonroot
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["/walker", "healthcheck"]
ENTRYPOINT ["/walker"]
