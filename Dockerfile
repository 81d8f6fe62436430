# The site for the production stack (docker-compose.yml): gunicorn behind a TLS-terminating proxy.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=config.settings.production
WORKDIR /app

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN SECRET_KEY=build-only python manage.py compile_catalogues \
    && SECRET_KEY=build-only python manage.py collectstatic --noinput

RUN useradd --create-home site && mkdir -p /app/media && chown site /app/media
USER site
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
