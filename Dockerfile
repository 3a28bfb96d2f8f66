# syntax=docker/dockerfile:1
# cce-gateway: multi-stage build on Node.js 24 LTS (slim).

ARG NODE_IMAGE=node:24-slim

# --- build: full dependency tree, bundle the TypeScript sources into dist/ (rolldown) --------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json rolldown.config.ts ./
COPY schema ./schema
COPY src ./src
RUN npm run build

# --- deps: production dependencies only ------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime -----------------------------------------------------------------------------------
FROM ${NODE_IMAGE}
ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="cce-gateway" \
      org.opencontainers.image.description="GraphQL BFF gateway for Huawei Cloud CCE (clusters, Helm releases, charts, add-ons)" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="Apache-2.0"
# NODE_ENV=production: against a real CCE (CCE_REGION/CCE_ENDPOINT), GraphiQL and introspection
# are off; `docker run -e GRAPHIQL=true …` turns them on (README, Security defaults).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node schema ./schema
COPY --chown=node:node package.json ./
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1 and receives SIGTERM directly: the gateway drains and exits 0. dist/start.js turns
# on Node's module compile cache (in /tmp) before loading the bundle, so a restart starts faster.
CMD ["node", "dist/start.js"]
