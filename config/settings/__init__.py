# Deliberately empty: DJANGO_SETTINGS_MODULE always names one of base, dev, test
# or production, so importing this package never has side effects.
