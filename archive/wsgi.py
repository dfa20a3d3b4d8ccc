"""WSGI entry point for production servers (gunicorn archive.wsgi etc.)."""

import os

from django.core.wsgi import get_wsgi_application

from archive.settings_guard import load_settings_or_exit
from archive.warmup import warm_up

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
load_settings_or_exit()

application = get_wsgi_application()
warm_up()
