from django.http import HttpResponse
from django.urls import include, path


def entry(request, pk):
    return HttpResponse(f"entry {pk}")


urlpatterns = [
    path("comments/", include("django_comments.urls")),
    path("entries/<int:pk>/", entry, name="entry"),
]
