"""Machine translation in wagtail-localize's translation editor: off unless the site owner
configures a provider (no outside service is reachable by default, and a machine's text must
never reach the public unchecked: the editor shows it as a suggestion to review).

Set MACHINE_TRANSLATOR to one of the providers below, with its options in the environment:

- deepl: DEEPL_AUTH_KEY (a DeepL API key; free keys end in ":fx").
- libretranslate: LIBRETRANSLATE_URL (e.g. https://translate.example.nl) and, if the server
  asks for one, LIBRETRANSLATE_API_KEY.
- google: GOOGLE_CLOUD_PROJECT_ID and GOOGLE_APPLICATION_CREDENTIALS (needs the
  google-cloud-translate package, which is not installed by default).
"""

PROVIDERS = {
    "deepl": (
        "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        {"AUTH_KEY": "DEEPL_AUTH_KEY"},
    ),
    "libretranslate": (
        "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        {"LIBRETRANSLATE_URL": "LIBRETRANSLATE_URL", "API_KEY": "LIBRETRANSLATE_API_KEY"},
    ),
    "google": (
        "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        {
            "CREDENTIALS_PATH": "GOOGLE_APPLICATION_CREDENTIALS",
            "PROJECT_ID": "GOOGLE_CLOUD_PROJECT_ID",
        },
    ),
}


class MachineTranslationConfigError(ValueError):
    pass


def machine_translator(environ):
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR for these environment variables, or None (off)."""
    name = (environ.get("MACHINE_TRANSLATOR") or "").strip().lower()
    if not name:
        return None
    if name not in PROVIDERS:
        raise MachineTranslationConfigError(
            f"MACHINE_TRANSLATOR={name!r}: choose one of {', '.join(sorted(PROVIDERS))}"
        )
    class_path, options = PROVIDERS[name]
    values = {option: environ.get(variable, "") for option, variable in options.items()}
    missing = [options[o] for o, v in values.items() if not v and o != "API_KEY"]
    if missing:
        raise MachineTranslationConfigError(
            f"MACHINE_TRANSLATOR={name} needs {', '.join(missing)} in the environment"
        )
    return {"CLASS": class_path, "OPTIONS": values}
