"""Production settings refuse to start without their variables and pass Django's deploy check."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION_ENV = {
    "SECRET_KEY": "k7#vQ2!mZp9@Lr4$Xw8^Tn3&Hs6*Jd1(Fb5)Gc0_Ye-Ua+Ni=Oq;Pe:Rf<Sg>Th",
    "DATABASE_URL": "postgres://aandeslag:geheim@db.internal:5432/aandeslag",
    "ALLOWED_HOSTS": ".aandeslag.example.nl,aandeslag.example.nl",
    "PROGRAM_BASE_DOMAIN": "aandeslag.example.nl",
    "WAGTAILADMIN_BASE_URL": "https://aandeslag.example.nl",
    "EMAIL_URL": "smtp+tls://mailer:geheim@smtp.example.nl:587",
}


def run_manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        env={**clean, **env, "DJANGO_SETTINGS_MODULE": "config.settings.production"},
        timeout=120,
    )


def test_deploy_check_is_clean_with_the_documented_environment():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"])
def test_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_never_creates_demo_logins_and_uses_https_urls():
    code = (
        "from django.conf import settings; "
        "print(settings.PROGRAM_DEMO_LOGINS, settings.PROGRAM_SITE_PORT, settings.DEBUG)"
    )
    result = run_manage("shell", "-c", code, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == ["False", "443", "False"]
