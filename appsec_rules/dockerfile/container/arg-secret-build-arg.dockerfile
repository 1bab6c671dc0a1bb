FROM node:20-bookworm-slim AS build
# ruleid: dockerfile.container.secret.arg-secret-build-arg
ARG NPM_TOKEN
# ruleid: dockerfile.container.secret.arg-secret-build-arg
ARG AWS_SECRET_ACCESS_KEY
# ruleid: dockerfile.container.secret.arg-secret-build-arg
ARG PIP_INDEX_PASSWORD
WORKDIR /app
COPY . .
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc

# Safe: BuildKit secret mount instead of a build argument.
# ok: dockerfile.container.secret.arg-secret-build-arg
RUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci

FROM node:20-bookworm-slim
# Safe: build arguments that are not credentials.
# ok: dockerfile.container.secret.arg-secret-build-arg
ARG NODE_ENV
# ok: dockerfile.container.secret.arg-secret-build-arg
ARG AWS_ACCESS_KEY_ID
# ok: dockerfile.container.secret.arg-secret-build-arg
ARG TOKEN_ENDPOINT
COPY --from=build /app/dist /app
USER node
CMD ["node", "/app/server.js"]
