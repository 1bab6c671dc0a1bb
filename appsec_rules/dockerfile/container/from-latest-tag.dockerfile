# ruleid: dockerfile.container.unpinned.from-latest-tag
FROM node:latest AS assets
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci && npm run build

# ruleid: dockerfile.container.unpinned.from-latest-tag
FROM --platform=$BUILDPLATFORM ghcr.io/acme/build-tools:latest AS tools
RUN make tools

# ruleid: dockerfile.container.unpinned.from-latest-tag
FROM registry.internal.acme.io:5000/base/python:latest
COPY --from=assets /src/dist /app/static
COPY --from=tools /usr/local/bin/acme /usr/local/bin/acme

# ok: dockerfile.container.unpinned.from-latest-tag
FROM python:3.12.4-slim AS test
RUN pip install pytest

# Digest pinning wins over the tag name.
# ok: dockerfile.container.unpinned.from-latest-tag
FROM alpine:latest@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5 AS certs
RUN apk add --no-cache ca-certificates

# ok: dockerfile.container.unpinned.from-latest-tag
FROM gcr.io/distroless/python3-debian12:nonroot
COPY --from=certs /etc/ssl/certs /etc/ssl/certs
