"""Machine translation is off by default and turned on by the environment alone."""

import pytest
from django.test import override_settings
from wagtail_localize.machine_translators import get_machine_translator

from config.machine_translation import MachineTranslationConfigError, machine_translator


def test_off_by_default():
    assert machine_translator({}) is None
    # What the test settings (and a production without MACHINE_TRANSLATOR) run with.
    assert get_machine_translator() is None


def test_deepl_is_turned_on_by_its_key():
    config = machine_translator({"MACHINE_TRANSLATOR": "DeepL", "DEEPL_AUTH_KEY": "abc:fx"})
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=config):
        translator = get_machine_translator()
    assert type(translator).__name__ == "DeepLTranslator"
    assert translator.options["AUTH_KEY"] == "abc:fx"


@pytest.mark.parametrize(
    "environ, message",
    [
        ({"MACHINE_TRANSLATOR": "babelfish"}, "choose one of deepl, google, libretranslate"),
        ({"MACHINE_TRANSLATOR": "deepl"}, "needs DEEPL_AUTH_KEY"),
        ({"MACHINE_TRANSLATOR": "libretranslate"}, "needs LIBRETRANSLATE_URL"),
    ],
)
def test_a_wrong_configuration_stops_the_start(environ, message):
    with pytest.raises(MachineTranslationConfigError, match=message):
        machine_translator(environ)
