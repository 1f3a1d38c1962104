from commentguard import Comment, Post
from commentguard.checks.base import Context
from commentguard.normalize import normalize

GARDEN_POST = Post(
    title="Pruning tomato suckers without killing the harvest",
    text=(
        "Every July I prune the suckers on my indeterminate tomatoes. This year I left two "
        "leaders on the San Marzano plants and compared them with single-stem Brandywines. "
        "The single stems ripened a week earlier, but the two-leader plants gave more fruit."
    ),
    url="https://mygarden.example/2026/07/tomato-suckers/",
)


def run(check, text, post=GARDEN_POST, **fields):
    return check.run(normalize(Comment(content=text, **fields), post), Context())
