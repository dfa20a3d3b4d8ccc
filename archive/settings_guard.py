"""A missing or bad production setting stops manage.py and the WSGI app with one line, no traceback.

settings.py raises ImproperlyConfigured naming the variable; the operator needs that sentence,
not Django's import stack.
"""

import sys

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# gunicorn's "worker failed to boot" status: the arbiter stops instead of respawning forever.
EXIT_STATUS = 3


def load_settings_or_exit() -> None:
    try:
        settings.INSTALLED_APPS  # noqa: B018 -- the first access imports the settings module
    except ImproperlyConfigured as error:
        print(f"configuration error: {error}", file=sys.stderr)
        sys.exit(EXIT_STATUS)
