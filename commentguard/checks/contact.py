"""Contact details in the body: phone numbers, messenger handles, e-mail addresses.

Real readers rarely post a phone number under a blog post; fake tech-support spam
("call +1-8xx … for printer support") exists only to carry one, and a lot of non-English
spam carries a WhatsApp, Telegram, WeChat or QQ contact instead of a link.
"""

from __future__ import annotations

import re

from ..normalize import Document
from ..types import Signal
from . import register
from .base import Check, Context

_PHONE_RE = re.compile(r"(?<![\w/.=-])\+?\(?\d{1,4}\)?(?:[ .\-]?\(?\d{2,4}\)?){2,5}(?![\w/.-])")
_SUPPORT_RE = re.compile(
    r"\b(?:support|helpline|help line|help desk|helpdesk|customer (?:care|service)|toll[- ]free|"
    r"hotline|call (?:us|now|at|on)|contact (?:us|number)|phone number|dial|reservations?|"
    r"booking number|technical|tech support)\b"
)
_MESSENGER_RE = re.compile(
    r"\b(?:whats ?app|telegram|wechat|viber|skype|line id|kakao(?:talk)?|signal)\b|微信|加v|qq[:：]?\s*\d{5,}|vx[:：]"
)
_EMAIL_RE = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")


@register
class ContactCheck(Check):
    """Flags ``contact_details``; a phone number next to "support" words scores high."""

    name = "contact"
    weight = 1.0

    def run(self, doc: Document, context: Context) -> Signal | None:
        text = doc.folded[:5000]
        phones = [m.group(0).strip() for m in _PHONE_RE.finditer(text)]
        phones = [p for p in phones if sum(ch.isdigit() for ch in p) >= 9]
        messengers = list(dict.fromkeys(m.group(0) for m in _MESSENGER_RE.finditer(text)))
        emails = _EMAIL_RE.findall(text)
        if not (phones or messengers or emails):
            return None
        score = 0.0
        notes = []
        if phones:
            support = _SUPPORT_RE.findall(text)
            if support:
                score += 2.5 + min(len(phones) - 1, 3) * 0.5
                notes.append(f"phone number offered for {support[0]}: the fake support scam")
            else:
                score += 1.0
                notes.append("a phone number in the comment")
        if messengers and (phones or len(doc.tokens) < 80):
            score += 1.0
            notes.append("asks to be contacted on " + ", ".join(messengers[:3]))
        if emails:
            score += 0.3
            notes.append("an e-mail address in the comment")
        return Signal(
            self.name,
            score,
            frozenset({"contact_details"}),
            "; ".join(notes),
            tuple(phones[:3] + messengers[:3] + emails[:2]),
        )
