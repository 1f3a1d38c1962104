from helpers import run

from commentguard.checks.contact import ContactCheck
from commentguard.checks.obfuscation import ObfuscationCheck
from commentguard.checks.style import StyleCheck
from commentguard.checks.submission import SubmissionCheck


def test_support_phone_number_is_the_scam():
    s = run(
        ContactCheck(), "Printer offline? Call our toll free support number +1 (844) 555-0199 now"
    )
    assert s is not None and "contact_details" in s.flags and s.score >= 2.5


def test_a_year_or_a_price_is_not_a_phone():
    assert run(ContactCheck(), "In 2019 I paid 1,200 for 3 bags of seed.") is None


def test_messenger_contact_in_foreign_spam():
    s = run(ContactCheck(), "代开发票 加微信 abc123")
    assert s is not None and "微信" in s.evidence


def test_obfuscated_commercial_word():
    s = run(ObfuscationCheck(), "best c\u0430sino here, v1agra too")
    assert s is not None and "obfuscated" in s.flags and "casino" in s.message


def test_plain_text_is_not_obfuscated():
    assert run(ObfuscationCheck(), "I planted 4 rows in 2024.") is None


def test_shouting_and_keyword_stuffing():
    s = run(StyleCheck(), "THIS IS THE WORST ADVICE I HAVE EVER READ ON THIS SITE")
    assert s is not None and "shouting" in s.flags
    stuffed = run(StyleCheck(), "cheap nike shoes " * 8)
    assert stuffed is not None and "repetitive" in stuffed.flags and stuffed.score > 1


def test_honeypot_forces_spam_and_admin_forces_ham():
    hp = run(SubmissionCheck(), "hello", extra={"honeypot": "filled"})
    assert hp is not None and hp.force == "spam"
    admin = run(SubmissionCheck(), "buy viagra", extra={"user_role": "administrator"})
    assert admin is not None and admin.force == "ham"


def test_fast_submit_and_returning_author():
    fast = run(SubmissionCheck(), "hi", extra={"submit_seconds": "0.4"})
    assert fast is not None and "too_fast" in fast.flags and fast.score > 0
    back = run(SubmissionCheck(), "hi", extra={"approved_before": "true"})
    assert back is not None and back.score < 0


def test_akismet_test_author():
    s = run(SubmissionCheck(), "x", author="viagra-test-123")
    assert s is not None and s.force == "spam"


def test_self_promotion_asks_are_flagged():
    from commentguard.checks.promo import SelfPromotionCheck

    s = run(
        SelfPromotionCheck(), "Nice video! Check out my channel and please subscribe, sub 4 sub"
    )
    assert s is not None and "self_promotion" in s.flags and s.score == 1.0
    assert (
        run(SelfPromotionCheck(), "I wrote about pruning suckers on my blog last year too.") is None
    )
