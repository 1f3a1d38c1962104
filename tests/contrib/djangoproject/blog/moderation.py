from commentguard.contrib.django import CommentguardModerator


class EntryModerator(CommentguardModerator):
    enable_field = "enable_comments"
    post_title_field = "title"
    post_body_field = "body"
