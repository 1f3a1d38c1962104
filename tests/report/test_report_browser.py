"""The review page in a real browser: headless Chromium driven by Selenium.

Needs the ``chromium`` and ``chromium-driver`` Debian packages (and ``selenium`` from
PyPI); the tests skip only when the browser or driver binary is missing.
``COMMENTGUARD_SCREENSHOT=1`` also saves ``docs/review-page.png``.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from commentguard.cli import app
from commentguard.report import write_report

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="no chromium/chromedriver binary (apt-get install chromium chromium-driver)",
)

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()

# Example comments written for these tests: (id, post, label, p, flags, evidence, author, text)
POSTS = {
    "p1": "Replacing the chain on a single-speed bike",
    "p2": "Sourdough starter: week two",
    "p3": "Why I moved my blog to a static site generator",
}
EXAMPLES: list[tuple[str, str, str, float, list[str], list[str], str, str]] = [
    (
        "c01",
        "p1",
        "ham",
        0.03,
        [],
        [],
        "Marta",
        "I used a chain checker before replacing mine and it was already at 0.75. Thanks for the tip about the quick link.",
    ),
    (
        "c02",
        "p1",
        "unsure",
        0.58,
        ["links"],
        ["bike-deals.example"],
        "cyclist_88",
        "Good write-up. I found a cheaper chain tool at bike-deals.example if anyone needs one.",
    ),
    (
        "c03",
        "p1",
        "spam",
        0.97,
        ["links", "contact"],
        ["cheap-pills.example", "whatsapp"],
        "Pharma Store",
        "Best prices on cheap-pills.example, order today, contact on whatsapp +00 000 000.",
    ),
    (
        "c04",
        "p1",
        "unsure",
        0.71,
        ["praise"],
        ["great article"],
        "Jenny K",
        "Great article!!! Very informative, keep it up, great article.",
    ),
    (
        "c05",
        "p2",
        "ham",
        0.12,
        ["duplicate"],
        [],
        "Ola",
        "My starter smells like nail polish remover, is that normal in week two?",
    ),
    (
        "c06",
        "p2",
        "spam",
        0.88,
        ["links"],
        ["loans-fast.example"],
        "Quick Loans",
        "Need money before payday? loans-fast.example approves in minutes.",
    ),
    (
        "c07",
        "p2",
        "spam",
        0.995,
        ["obfuscation", "links"],
        ["<script>", "c a s i n o"],
        "x",
        "<script>document.title='pwned';window.__pwned=1</script> play c a s i n o now",
    ),
    (
        "c08",
        "p2",
        "unsure",
        0.52,
        [],
        [],
        "<img src=x onerror=\"document.title='pwned'\">",
        "<img src=x onerror=\"document.title='pwned';window.__pwned=1\"> my starter finally doubled!",
    ),
    (
        "c09",
        "p3",
        "unsure",
        0.66,
        ["links"],
        ["javascript:"],
        "Link Lover",
        '<a href="javascript:window.__pwned=1">read my post</a> about Hugo vs Jekyll',
    ),
    (
        "c10",
        "p3",
        "ham",
        0.2,
        [],
        [],
        "Tom",
        "Moving to a static site halved my hosting bill too. How do you handle comments now?",
    ),
    (
        "c11",
        "p3",
        "spam",
        0.93,
        ["contact"],
        ["telegram"],
        "SEO Expert",
        "I can get your site to page one of search results. Message me on telegram.",
    ),
    (
        "c12",
        "p3",
        "unsure",
        0.79,
        ["links", "praise"],
        ["nice post", "seo-tools.example"],
        "Ravi",
        "Nice post, nice post. Also try seo-tools.example </script><script>window.__pwned=1</script>",
    ),
]


def labels_rows() -> list[dict[str, Any]]:
    rows = []
    for cid, post, label, p, flags, evidence, _author, _text in EXAMPLES:
        reasons = []
        if evidence:
            reasons.append(
                {
                    "check": flags[0] if flags else "model",
                    "weight": 1.25,
                    "message": f"{len(evidence)} suspicious term(s)",
                    "evidence": evidence,
                }
            )
        rows.append(
            {
                "id": cid,
                "post_id": post,
                "label": label,
                "spam_probability": p,
                "model_probability": p,
                "flags": flags,
                "reasons": reasons,
                "truncated": False,
                "action": {"ham": "approve", "unsure": "hold", "spam": "reject"}[label],
            }
        )
    return rows


def export_rows() -> list[dict[str, Any]]:
    return [
        {
            "id": cid,
            "post_id": post,
            "post_title": POSTS[post],
            "author": author,
            "author_url": "javascript:window.__pwned=1" if cid == "c09" else "",
            "content": text,
        }
        for cid, post, _l, _p, _f, _e, author, text in EXAMPLES
    ]


def write_jsonl(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(arg)
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        },
    )
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.downloads = downloads  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        driver.quit()


def open_page(driver: Any, path: Path) -> float:
    from selenium.webdriver.support.ui import WebDriverWait

    start = time.perf_counter()
    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 60).until(
        lambda d: d.execute_script("return document.documentElement.dataset.ready === 'true'")
    )
    return time.perf_counter() - start


def assert_nothing_ran(driver: Any, title: str) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    assert driver.title == title
    assert driver.execute_script("return window.__pwned") is None
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text
    assert (
        driver.execute_script(
            "return document.querySelectorAll('#rows img, #rows a, #rows script, #rows iframe').length"
        )
        == 0
    )
    # Nothing was even attempted: a blocked inline script or load would log a CSP error.
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def table_ids(driver: Any) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#rows tr.row')).map(tr => tr.dataset.id)"
    )


def wait_for_download(folder: Path, timeout: float = 20.0) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in folder.iterdir() if not p.name.endswith((".crdownload", ".tmp"))]
        if done:
            return done[0]
        time.sleep(0.1)
    raise AssertionError(f"no download in {folder}: {list(folder.iterdir())}")


def test_review_page_end_to_end(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    labels = write_jsonl(tmp_path / "labels.jsonl", labels_rows())
    export = write_jsonl(tmp_path / "export.jsonl", export_rows())
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["report", str(labels), "--input", str(export), "-o", str(out)])
    assert result.exit_code == 0, result.output

    open_page(browser, out)
    title = "commentguard review — labels.jsonl"
    assert_nothing_ran(browser, title)

    # Summary numbers match the labels file.
    rows = [json.loads(line) for line in labels.read_text().splitlines()]
    by_label = Counter(r["label"] for r in rows)
    by_flag = Counter(f for r in rows for f in r["flags"])
    by_action = Counter(r["action"] for r in rows)

    def shown_count(element_id: str) -> int:
        return int(
            browser.find_element(By.ID, element_id)
            .find_element(By.CLASS_NAME, "count-n")
            .text.replace(",", "")
        )

    assert int(browser.find_element(By.ID, "count-total").text) == len(rows)
    for label, n in by_label.items():
        assert shown_count(f"count-label-{label}") == n
    for flag, n in by_flag.items():
        assert shown_count(f"count-flag-{flag}") == n
    for action, n in by_action.items():
        assert shown_count(f"count-action-{action}") == n
    need_human = [r for r in rows if r["label"] != "ham"]
    assert len(table_ids(browser)) == len(need_human)
    assert table_ids(browser)[0] == "c12"  # the most spam-like unsure comment first

    # Hostile text is shown as text, exactly, with evidence wrapped in <mark>.
    texts = browser.execute_script(
        "const m = {}; for (const tr of document.querySelectorAll('#rows tr.row'))"
        " m[tr.dataset.id] = tr.querySelector('.text').textContent; return m;"
    )
    originals = {e["id"]: e["content"] for e in export_rows()}
    for cid, text in texts.items():
        assert text == originals[cid]
    marks = browser.execute_script(
        "return Array.from(document.querySelectorAll('tr[data-id=\"c07\"] .text mark'))"
        ".map(m => m.textContent)"
    )
    assert marks == ["<script>", "c a s i n o"]

    # Filter by a flag.
    Select(browser.find_element(By.ID, "filter-flag")).select_by_value("links")
    linked = [r["id"] for r in need_human if "links" in r["flags"]]
    assert sorted(table_ids(browser)) == sorted(linked)
    # A click on a summary count filters too.
    browser.find_element(By.ID, "count-flag-contact").click()
    assert sorted(table_ids(browser)) == ["c03", "c11"]
    Select(browser.find_element(By.ID, "filter-flag")).select_by_value("")

    # Decide with the buttons: spam on one row, ham on another.
    first, second = table_ids(browser)[:2]
    browser.find_element(By.CSS_SELECTOR, f'tr[data-id="{first}"] button.decide-spam').click()
    browser.find_element(By.CSS_SELECTOR, f'tr[data-id="{second}"] button.decide-ham').click()
    # …and with the keyboard: / search, Escape, s marks the first hit spam.
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("/")
    active = browser.switch_to.active_element
    assert active.get_attribute("id") == "search"
    active.send_keys("payday")
    time.sleep(0.3)  # the search box is debounced
    assert table_ids(browser) == ["c06"]
    active.send_keys(Keys.ESCAPE)
    body.send_keys("s")
    assert "3 decided: 2 spam, 1 ham" in browser.find_element(By.ID, "decision-count").text
    pressed = browser.find_element(By.CSS_SELECTOR, 'tr[data-id="c06"] button.decide-spam')
    assert pressed.get_attribute("aria-pressed") == "true"

    if os.environ.get("COMMENTGUARD_SCREENSHOT") == "1":
        browser.execute_script(
            "const box = document.getElementById('search'); box.value = '';"
            "box.dispatchEvent(new Event('input')); box.blur(); window.scrollTo(0, 0);"
        )
        time.sleep(0.3)  # the search box is debounced
        (REPO / "docs").mkdir(exist_ok=True)
        browser.save_screenshot(str(REPO / "docs" / "review-page.png"))

    # Download the decisions.
    browser.find_element(By.ID, "download").click()
    downloaded = wait_for_download(browser.downloads)
    assert downloaded.name == "review.decisions.jsonl"
    lines = [json.loads(line) for line in downloaded.read_text(encoding="utf-8").splitlines()]
    assert {d["id"]: d["label"] for d in lines} == {first: "spam", second: "ham", "c06": "spam"}
    exported = {e["id"]: e for e in export_rows()}
    for d in lines:
        assert set(d) == {"id", "label", "content", "author", "author_url", "post_id", "post_title"}
        for key in ("content", "author", "author_url", "post_id", "post_title"):
            assert d[key] == exported[d["id"]][key]
    assert_nothing_ran(browser, title)

    # Decisions survive a reload (localStorage, keyed by report).
    open_page(browser, out)
    assert "3 decided" in browser.find_element(By.ID, "decision-count").text

    # That it trains a model: test_decisions_train_a_model.


def _read_records_available() -> bool:
    try:
        from commentguard.io import read_records  # type: ignore[attr-defined,unused-ignore]  # noqa: F401
    except ImportError:
        return False
    return True


def test_decisions_train_a_model(browser: Any, tmp_path: Path) -> None:
    """Label 40 comments with the keyboard, download, and hand the file to `train` and
    `feedback` as they are."""
    from selenium.webdriver.common.by import By

    if not _read_records_available():
        # TODO(lead): also run train — remove this skip once commentguard.io lands
        # (`train`/`feedback` read labelled files through commentguard.io.read_records).
        pytest.skip("commentguard.io.read_records is not available yet: train cannot read files")
    spammy = "Cheap watches at discount-watch.example, order now, free shipping, best price {n}"
    hammy = "I tried the fix from this post on my old laptop and the fan noise is gone, thanks {n}"
    rows, export = [], []
    for i in range(40):
        spam = i % 2 == 0
        rows.append(
            {
                "id": f"k{i}",
                "post_id": f"p{i % 4}",
                "label": "unsure",
                "spam_probability": 0.8 - i / 100,
                "flags": [],
                "reasons": [],
            }
        )
        export.append(
            {
                "id": f"k{i}",
                "post_id": f"p{i % 4}",
                "post_title": f"Post {i % 4}",
                "author": f"user{i}",
                "content": (spammy if spam else hammy).format(n=i),
            }
        )
    labels = write_jsonl(tmp_path / "labels.jsonl", rows)
    source = write_jsonl(tmp_path / "export.jsonl", export)
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["report", str(labels), "-i", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    open_page(browser, out)
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("j")  # the cursor goes to the first row; each decision moves it on
    for i in range(40):
        body.send_keys("s" if i % 2 == 0 else "h")
    assert "40 decided: 20 spam, 20 ham" in browser.find_element(By.ID, "decision-count").text
    browser.find_element(By.ID, "download").click()
    decisions = wait_for_download(browser.downloads)

    model = tmp_path / "site.joblib"
    trained = runner.invoke(
        app, ["train", str(decisions), "--base", "none", "--cv", "2", "--out", str(model), "-q"]
    )
    assert trained.exit_code == 0, trained.output
    assert model.exists()
    store = tmp_path / "feedback.jsonl"
    fed = runner.invoke(app, ["feedback", str(decisions), "--store", str(store)])
    assert fed.exit_code == 0, fed.output
    assert "recorded 40 decisions" in fed.stderr
    # `train --base default` adds the bundled corpus; run it when the checkout has one.
    if (REPO / "datasets" / "comments.jsonl").exists():
        trained = runner.invoke(
            app, ["train", str(decisions), "--base", "default", "--out", str(model), "-q"]
        )
        assert trained.exit_code == 0, trained.output


def test_pagination_and_keys(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    rows = [
        {
            "id": f"r{i:03}",
            "post_id": f"p{i % 7}",
            "label": "unsure",
            "spam_probability": 0.5 + (449 - i) / 1000,
            "flags": ["links"] if i % 2 else [],
        }
        for i in range(450)
    ]
    out = tmp_path / "review.html"
    write_report(rows, out, thresholds=(0.5, 0.85))
    open_page(browser, out)
    assert len(table_ids(browser)) == 200
    assert "Showing 1–200 of 450" in browser.find_element(By.ID, "pager-top").text
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("n")
    assert table_ids(browser)[0] == "r200"
    body.send_keys("p")
    assert table_ids(browser)[0] == "r000"
    # Changing page puts the cursor on its first row; j walks over the page boundary.
    assert browser.find_element(By.CSS_SELECTOR, "tr.cursor").get_attribute("data-id") == "r000"
    body.send_keys("j" * 200)
    assert "Showing 201–400" in browser.find_element(By.ID, "pager-top").text
    cursor = browser.find_element(By.CSS_SELECTOR, "tr.cursor").get_attribute("data-id")
    assert cursor == "r200"
    body.send_keys("k")
    assert browser.find_element(By.CSS_SELECTOR, "tr.cursor").get_attribute("data-id") == "r199"
    body.send_keys("h")  # ham, then the cursor moves on
    assert browser.find_element(By.CSS_SELECTOR, "tr.cursor").get_attribute("data-id") == "r200"
    body.send_keys("u")  # undo on r200: nothing to undo; r199 stays ham
    jsonl = browser.execute_script("return window.commentguardReport.decisionsJsonl()")
    assert [json.loads(x)["id"] for x in jsonl.splitlines()] == ["r199"]


@pytest.mark.slow
def test_50k_rows_stay_usable(browser: Any, tmp_path: Path) -> None:
    """50,000 rows: the page opens and filters quickly. Prints what it measured."""
    from selenium.webdriver.support.ui import Select, WebDriverWait

    rng = random.Random(7)
    words = (
        "bike chain starter dough static site hosting comment thanks great post "
        "cheap deals click here link price order today really helpful question"
    ).split()
    flags = ["links", "contact", "praise", "duplicate", "obfuscation"]
    labels = ["unsure", "spam"]
    rows: list[dict[str, Any]] = []
    for i in range(50_000):
        text = " ".join(rng.choice(words) for _ in range(60))
        rows.append(
            {
                "id": f"id{i}",
                "post_id": f"p{i % 500}",
                "label": labels[i % 2],
                "spam_probability": rng.random() * 0.5 + 0.5,
                "model_probability": rng.random(),
                "action": "hold",
                "flags": rng.sample(flags, rng.randint(0, 2)),
                "reasons": [
                    {
                        "check": "links",
                        "weight": 1.3,
                        "message": "links to shops",
                        "evidence": ["click here", "cheap deals"],
                    }
                ],
                "truncated": False,
                "content": text,
                "author": f"author {i}",
                "post_title": f"Post number {i % 500}",
            }
        )
    out = tmp_path / "big.html"
    start = time.perf_counter()
    summary = write_report(rows, out, thresholds=(0.5, 0.85))
    write_s = time.perf_counter() - start
    assert summary.shown == 50_000

    open_s = open_page(browser, out)
    Select(browser.find_element("id", "filter-flag")).select_by_value("contact")
    filter_ms = browser.execute_script("return window.commentguardReport.lastFilterMs()")
    assert browser.execute_script("return window.commentguardReport.shown()") == sum(
        "contact" in r["flags"] for r in rows
    )
    Select(browser.find_element("id", "filter-flag")).select_by_value("")
    browser.find_element("id", "search").send_keys("author 49999")
    WebDriverWait(browser, 10).until(
        lambda d: d.execute_script("return window.commentguardReport.shown()") == 1
    )
    search_ms = browser.execute_script("return window.commentguardReport.lastFilterMs()")
    print(
        f"\n50k rows: {summary.size_bytes / 1e6:.1f} MB, write {write_s:.1f} s, "
        f"open {open_s:.2f} s, flag filter {filter_ms:.0f} ms, search {search_ms:.0f} ms"
    )
    assert open_s < 30 and filter_ms < 5000 and search_ms < 5000
