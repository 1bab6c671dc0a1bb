FROM debian:12-slim

ARG TINI_VERSION=v0.19.0

# ruleid: dockerfile.container.remote-script.add-remote-url
ADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini /usr/local/bin/tini

# ruleid: dockerfile.container.remote-script.add-remote-url
ADD --chmod=755 https://get.acme-tools.example/agent/latest/acme-agent /usr/local/bin/acme-agent

# ruleid: dockerfile.container.remote-script.add-remote-url
add http://mirror.example.org/certs/internal-ca.pem /usr/local/share/ca-certificates/internal-ca.crt

# Safe: BuildKit verifies the pinned checksum.
# ok: dockerfile.container.remote-script.add-remote-url
ADD --checksum=sha256:c5b0b0d2bc9b3e4b4f7e5f7c1d4a1b8f0e6d9a2c3b4e5f60718293a4b5c6d7e8 https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini-static

# Safe: local build-context files.
# ok: dockerfile.container.remote-script.add-remote-url
ADD rootfs.tar.gz /
# ok: dockerfile.container.remote-script.add-remote-url
COPY --chown=10001:10001 config/ /etc/acme/

# Safe: a URL mentioned in a label is not downloaded.
# ok: dockerfile.container.remote-script.add-remote-url
LABEL org.opencontainers.image.source="https://github.com/acme/agent"

USER 10001
ENTRYPOINT ["/usr/local/bin/tini", "--", "/usr/local/bin/acme-agent"]
