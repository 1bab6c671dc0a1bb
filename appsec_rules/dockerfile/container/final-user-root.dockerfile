FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# Builder stage used only through COPY --from: root here does not reach the image.
FROM node:20-bookworm-slim AS build
# ok: dockerfile.container.root.final-user-root
USER root
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# Temporarily root to install packages, then back to an unprivileged user.
FROM node:20-bookworm-slim AS web
# ok: dockerfile.container.root.final-user-root
USER root
RUN apt-get update && apt-get install -y --no-install-recommends tini \
    && rm -rf /var/lib/apt/lists/*
USER node
COPY --from=build /app/dist ./dist
ENTRYPOINT ["tini", "--", "node", "dist/server.js"]

# Worker target that ends as root.
FROM node:20-bookworm-slim AS worker
USER node
COPY --from=build /app/dist ./dist
# ruleid: dockerfile.container.root.final-user-root
USER root
CMD ["node", "dist/worker.js"]

# Numeric root with a group.
FROM node:20-bookworm-slim AS cron
COPY --from=build /app/dist ./dist
# ruleid: dockerfile.container.root.final-user-root
USER 0:0
CMD ["node", "dist/cron.js"]

# Unprivileged numeric user.
FROM node:20-bookworm-slim AS migrate
COPY --from=build /app/dist ./dist
# ok: dockerfile.container.root.final-user-root
USER 10001:10001
CMD ["node", "dist/migrate.js"]

FROM node:20-bookworm-slim
COPY --from=build /app/dist ./dist
# ruleid: dockerfile.container.root.final-user-root
USER root:root
EXPOSE 3000
CMD ["node", "dist/server.js"]
