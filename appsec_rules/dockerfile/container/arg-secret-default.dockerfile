# ruleid: dockerfile.container.secret.arg-secret-default
ARG NPM_TOKEN=npm_9kQ2vX7rL4mT8pZ1wB6yN3cF5hJ0dS2aE4gU

FROM node:20-bookworm-slim AS build
# ruleid: dockerfile.container.secret.arg-secret-default
ARG GITHUB_TOKEN="ghs_fixtureTokenValue0000000000000000"
# ruleid: dockerfile.container.secret.arg-secret-default
ARG DOCKERHUB_PASSWORD='Sup3r-S3cret-Build-Pw'
WORKDIR /app
COPY . .
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc

FROM node:20-bookworm-slim
# Safe: no default value (see arg-secret-build-arg for build-time secrets).
# ok: dockerfile.container.secret.arg-secret-default
ARG SENTRY_AUTH_TOKEN
# Safe: placeholder / empty / non-secret names.
# ok: dockerfile.container.secret.arg-secret-default
ARG API_KEY=dummy
# ok: dockerfile.container.secret.arg-secret-default
ARG CLIENT_SECRET=""
# ok: dockerfile.container.secret.arg-secret-default
ARG NODE_VERSION=20.15.1
# ok: dockerfile.container.secret.arg-secret-default
ARG TOKEN_URL=https://auth.example.com/oauth/token
COPY --from=build /app/dist /app
USER node
CMD ["node", "/app/server.js"]
