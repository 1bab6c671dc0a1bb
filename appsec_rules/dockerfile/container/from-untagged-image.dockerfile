ARG BASE_IMAGE=python:3.12-slim

# ruleid: dockerfile.container.unpinned.from-untagged-image
FROM golang AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app .

# Registry host with a port, but no tag on the image itself.
# ruleid: dockerfile.container.unpinned.from-untagged-image
FROM registry.internal.acme.io:5000/platform/debian AS runtime-base
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates

# ruleid: dockerfile.container.unpinned.from-untagged-image
FROM --platform=linux/amd64 ubuntu AS tools
RUN apt-get update

# An earlier build stage, not an image from a registry.
# ok: dockerfile.container.unpinned.from-untagged-image
FROM runtime-base AS app
COPY --from=build /out/app /usr/local/bin/app

# ok: dockerfile.container.unpinned.from-untagged-image
FROM scratch AS export
COPY --from=build /out/app /app

# Image chosen by a build argument whose default is pinned.
# ok: dockerfile.container.unpinned.from-untagged-image
FROM ${BASE_IMAGE} AS py

# Digest-pinned without a tag.
# ok: dockerfile.container.unpinned.from-untagged-image
FROM debian@sha256:5f7d5664eae4a192c2d2d6cb67fc3f3c7891a8722cd2903cc35aa649a12b0c8d
COPY --from=app /usr/local/bin/app /usr/local/bin/app
USER 10001
