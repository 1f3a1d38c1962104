from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "djangoproject.blog"
    label = "blog"

    def ready(self):
        from django_comments.moderation import moderator

        from .models import Entry
        from .moderation import EntryModerator

        moderator.register(Entry, EntryModerator)
