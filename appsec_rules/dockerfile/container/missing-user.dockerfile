# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22

# Builder stage: only consumed through COPY --from, so its user does not matter.
# ok: dockerfile.container.root.missing-user
FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

# Test target (docker build --target test) inherits root from the builder.
# ruleid: dockerfile.container.root.missing-user
FROM build AS test
RUN go test ./...

# Runtime base creates and switches to an unprivileged user.
# ok: dockerfile.container.root.missing-user
FROM debian:12-slim AS runtime-base
RUN useradd --system --uid 10001 --no-create-home app
USER app

# Production target inherits USER app from runtime-base.
# ok: dockerfile.container.root.missing-user
FROM runtime-base AS prod
COPY --from=build /out/api /usr/local/bin/api
ENTRYPOINT ["/usr/local/bin/api"]

# Debug target: never drops root.
# ruleid: dockerfile.container.root.missing-user
FROM debian:12-slim AS debug
RUN apt-get update && apt-get install -y --no-install-recommends strace \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/api /usr/local/bin/api
ENTRYPOINT ["/usr/local/bin/api"]

# Distroless nonroot images already run as UID 65532.
# ok: dockerfile.container.root.missing-user
FROM gcr.io/distroless/static-debian12:nonroot AS minimal
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]

# Final (default) stage without USER.
# ruleid: dockerfile.container.root.missing-user
FROM alpine:3.20
RUN apk add --no-cache ca-certificates
COPY --from=build /out/api /api
EXPOSE 8080
CMD ["/api"]
