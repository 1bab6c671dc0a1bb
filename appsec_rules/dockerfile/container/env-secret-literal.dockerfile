FROM python:3.12-slim

# ruleid: dockerfile.container.secret.env-secret-literal
ENV DATABASE_PASSWORD=Pr0d-db-S3cr3t-2024

# Several variables on one instruction; only the credential is reported.
# ruleid: dockerfile.container.secret.env-secret-literal
ENV APP_ENV=production APP_PORT=8080 STRIPE_API_KEY="rk_test_51HqfTzK8mN2pQ7vW" LOG_LEVEL=info

# Legacy "ENV key value" form.
# ruleid: dockerfile.container.secret.env-secret-literal
ENV JWT_SECRET 9f2c7e1a4b8d3f60e5c2a7b9d1f4e8c3

# ruleid: dockerfile.container.secret.env-secret-literal
ENV SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE3MTk4NTQwMDB9_q8Zr2TmW \
    PATH="/app/.venv/bin:$PATH" \
    PYTHONDONTWRITEBYTECODE=1

# Safe: values come from build args / other variables.
# ok: dockerfile.container.secret.env-secret-literal
ENV DB_PASSWORD=${DB_PASSWORD}
# Safe: points to a secret file, not the secret.
# ok: dockerfile.container.secret.env-secret-literal
ENV POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password
# Safe: placeholders and short flags.
# ok: dockerfile.container.secret.env-secret-literal
ENV API_KEY=changeme
# ok: dockerfile.container.secret.env-secret-literal
ENV ADMIN_TOKEN="<set-at-runtime>"
# ok: dockerfile.container.secret.env-secret-literal
ENV REQUIRE_TOKEN=true
# Safe: not a credential name (Hugging Face tokenizers flag).
# ok: dockerfile.container.secret.env-secret-literal
ENV TOKENIZERS_PARALLELISM=false_positive_check

USER 10001
CMD ["gunicorn", "app:create_app()"]
