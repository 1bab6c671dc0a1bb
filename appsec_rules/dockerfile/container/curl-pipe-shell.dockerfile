FROM debian:12-slim

ARG NODE_MAJOR=20
ENV RUSTUP_VERSION=1.27.1

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates gnupg \
    && rm -rf /var/lib/apt/lists/*

# ruleid: dockerfile.container.remote-script.curl-pipe-shell
RUN curl -fsSL https://deb.nodesource.com/setup_${NODE_MAJOR}.x | bash -

# ruleid: dockerfile.container.remote-script.curl-pipe-shell
RUN wget -qO- https://get.acme-tools.example/install.sh | sudo sh -s -- --prefix /opt/acme \
    && /opt/acme/bin/acme --version

# ruleid: dockerfile.container.remote-script.curl-pipe-shell
RUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"

# ruleid: dockerfile.container.remote-script.curl-pipe-shell
RUN curl -sSL https://install.python-poetry.org | python3 -

# Safe: download, verify a pinned checksum, then execute.
# ok: dockerfile.container.remote-script.curl-pipe-shell
RUN curl -fsSLo /tmp/rustup-init https://static.rust-lang.org/rustup/archive/${RUSTUP_VERSION}/x86_64-unknown-linux-gnu/rustup-init \
    && echo "6aeece6993e902708983b209d04c0d1dbb14ebb405ddb87def578d41f920f56d  /tmp/rustup-init" | sha256sum -c - \
    && chmod +x /tmp/rustup-init && /tmp/rustup-init -y --no-modify-path

# Safe: piping a downloaded archive into tar/gpg is not executing a script.
# ok: dockerfile.container.remote-script.curl-pipe-shell
RUN curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key | gpg --dearmor -o /etc/apt/keyrings/nodesource.gpg

# ok: dockerfile.container.remote-script.curl-pipe-shell
RUN curl -fsSL https://releases.hashicorp.com/terraform/1.9.2/terraform_1.9.2_linux_amd64.zip -o /tmp/tf.zip \
    && echo "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90  /tmp/tf.zip" | sha256sum -c -

# Safe: a local script piped to a shell.
# ok: dockerfile.container.remote-script.curl-pipe-shell
RUN cat /opt/setup/bootstrap.sh | bash

USER 10001
