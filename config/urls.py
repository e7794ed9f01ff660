from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import sitemaps
from core import views as core_views
from members.two_factor import AdminLoginView
from municipalities import admin_views as scoped_admin_views
from municipalities import translations as scoped_translations

urlpatterns = [
    # Wagtail's login form, logging in through allauth (the code of two-factor authentication).
    path("admin/login/", AdminLoginView.as_view(), name="wagtailadmin_login"),
    # Admin views confined to a municipality's own tree, at Wagtail's own addresses.
    path("admin/", include(scoped_admin_views.urlpatterns())),
    path("admin/", include(scoped_translations.urlpatterns())),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("manifest.webmanifest", core_views.manifest, name="manifest"),
    re_path(
        r"^kleur/(?P<colour>[0-9a-f]{6})\.css$",
        core_views.accent_stylesheet,
        name="accent_stylesheet",
    ),
    # One of each per host, covering every language (core/sitemaps.py, core/views.py).
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
]

# The server error page needs nothing that may have failed (no database).
handler500 = "core.views.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# The benchmark's ceiling (make bench), only with BENCH=true: core/bench_views.py.
if settings.PROGRAM_BENCH:
    from core import bench_views

    urlpatterns.append(path("bench/ceiling/", bench_views.ceiling, name="bench_ceiling"))

# Page routes: Dutch unprefixed, every other language under /<code>/.
urlpatterns += i18n_patterns(
    path("accounts/", include("members.urls")),
    path("accounts/", include("allauth.urls")),
    path("reacties/", include("comments.urls")),
    path("aanmelding/", include("events.urls")),
    path("zoeken/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
