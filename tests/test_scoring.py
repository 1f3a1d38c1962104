"""The fast scorer must give exactly what the sklearn pipeline gives, on any text."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from commentguard.classifier import build_pipeline, default_model_path, load_model
from commentguard.features import stem
from commentguard.normalize import normalize
from commentguard.scoring import CharNgramCache, Scorer
from commentguard.types import Comment

REPO = Path(__file__).resolve().parent.parent

ODD_TEXTS = [
    "",
    "   \t\n ",
    "a",
    "I a b cd",  # words shorter than the n-gram lengths: counted once, whole
    "naïve café Übermaß résumé",
    "這篇文章寫得很好，謝謝分享",
    "정말 좋은 글이에요 감사합니다",
    "спасибо за статью, очень полезно",
    "ok\u00a0ok\u2003ok\u3000ok",  # non-breaking and wide spaces split words too
    "x" * 3000,
    "Buy ch3ap v1agra http://pills.example/buy now!!! <b>bold</b>",
    "def f(x):\n    return x ** 2  # a reader's code",
]


@pytest.fixture(scope="module")
def shipped():
    pipeline, _card = load_model(default_model_path())
    return pipeline


def corpus_docs(n: int = 600) -> list:
    """Comments from the team's training corpus: many topics, languages and spam kinds."""
    path = REPO / "datasets" / "comments.jsonl"
    docs = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 20 == 0:
                docs.append(normalize(Comment.from_dict(json.loads(line))))
            if len(docs) >= n:
                break
    return docs


def test_shipped_model_scores_equal_predict_proba(shipped):
    docs = corpus_docs() + [normalize(Comment(content=t)) for t in ODD_TEXTS]
    fast = Scorer(shipped).probabilities(docs)
    slow = shipped.predict_proba(docs)[:, 1]
    np.testing.assert_allclose(fast, slow, rtol=0, atol=1e-12)


def test_char_cache_matrix_equals_transform_even_when_the_cache_is_cleared(shipped):
    chars = dict(shipped.named_steps["features"].transformer_list)["chars"]
    assert CharNgramCache.supports(chars)
    docs = corpus_docs(300) + [normalize(Comment(content=t)) for t in ODD_TEXTS]
    cache = CharNgramCache(chars, max_words=50)  # cleared many times on the way
    for start in range(0, len(docs), 70):
        part = docs[start : start + 70]
        got, want = cache.transform(part), chars.transform(part)
        assert got.shape == want.shape
        assert abs(got - want).max() < 1e-12
        assert np.array_equal(np.sort(got.indices), np.sort(want.indices))
    assert len(cache._words) <= 50


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=5))
def test_any_text_scores_like_the_pipeline(shipped, texts):
    docs = [normalize(Comment(content=t)) for t in texts]
    np.testing.assert_allclose(
        Scorer(shipped).probabilities(docs), shipped.predict_proba(docs)[:, 1], atol=1e-12
    )


@pytest.mark.parametrize(
    "options",
    [
        {"sublinear_tf": False, "norm": "l1"},
        {"use_idf": False, "norm": None},
        {"binary": True, "ngram_range": (1, 3)},
    ],
)
def test_other_vectoriser_options_are_reproduced(options):
    texts = ["great post thank you", "cheap pills online now", "a b c", "über naïve", ""]
    v = TfidfVectorizer(analyzer="char_wb", min_df=1, **options).fit(texts)
    assert CharNgramCache.supports(v)
    probe = [*texts, "pills for a great naïve thank"]
    got, want = CharNgramCache(v).transform(probe), v.transform(probe)
    assert abs(got - want).max() < 1e-12


def test_vectorisers_the_cache_cannot_reproduce_are_left_to_sklearn():
    assert not CharNgramCache.supports(TfidfVectorizer(analyzer="char").fit(["abc def"]))
    assert not CharNgramCache.supports(TfidfVectorizer(analyzer="char_wb"))  # not fitted


def test_a_pipeline_of_another_shape_goes_through_predict_proba():
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    texts = ["buy cheap pills", "lovely bread recipe", "cheap pills now", "my bread rose"]
    pipe = Pipeline(
        [("v", TfidfVectorizer(analyzer="char_wb")), ("clf", LogisticRegression())]
    ).fit(texts, [1, 0, 1, 0])
    scorer = Scorer(pipe)
    np.testing.assert_allclose(scorer.probabilities(texts), pipe.predict_proba(texts)[:, 1])
    assert scorer.known_words(["pills"]) is None  # no word vocabulary to count against


def test_known_words_counts_stems_in_the_vocabulary():
    pipe = build_pipeline(min_df=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pipe.fit(["running dogs bark", "cheap pills online"], [0, 1])
    vocab = dict(pipe.named_steps["features"].transformer_list)["words"].vocabulary_
    tokens = ["running", "runs", "dogs", "zebra", "pills", "running"]
    want = sum(stem(t) in vocab for t in tokens)
    scorer = Scorer(pipe)
    assert scorer.known_words(tokens) == want
    assert scorer.known_words(tokens) == want  # the second time from the cache
    assert 0 < want < len(tokens)
