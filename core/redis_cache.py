"""Production's Redis cache backend: django-redis, which with IGNORE_EXCEPTIONS (production
settings) answers "not found" to every read and drops every write while Redis is unreachable,
logging each, so pages render uncached from the database and no request fails.

One answer has to be the other way round. `add` (store only if absent) says False when Redis
is down, as if the key were taken; allauth takes a lock with `add` before counting a login,
sign-up or password reset against its rate limits, waits a second for it, and then refuses the
attempt as rate limited: nobody could log in while Redis is down. Here `add` says True: with
nothing to count in, the rate limits are off until Redis is back (fail open; logins keep
working), and core.cache's version bookkeeping, the other user of `add`, takes a fresh version
as it would for a key seen for the first time.
"""

from django_redis.cache import RedisCache as DjangoRedisCache


class RedisCache(DjangoRedisCache):
    def add(self, *args, **kwargs):
        added = super().add(*args, **kwargs)
        # None only when the connection error was ignored; Redis itself answers True or False.
        return True if added is None else added
