from django.db import models
from django.urls import reverse


class Entry(models.Model):
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    enable_comments = models.BooleanField(default=True)

    class Meta:
        app_label = "blog"

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("entry", args=[self.pk])
