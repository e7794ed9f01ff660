from django.apps import AppConfig


class BoardConfig(AppConfig):
    name = "board"
    verbose_name = "Prikbord"

    def ready(self):
        from members.export import register_export
        from members.sections import register_profile_section

        from .export import export_posts
        from .profile import my_posts_section

        register_export("prikbord", export_posts)
        register_profile_section(my_posts_section)
