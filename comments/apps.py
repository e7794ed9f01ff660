from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Reacties"

    def ready(self):
        from members.export import register_export

        from .services import export_comments

        register_export("comments", export_comments)
