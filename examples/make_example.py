"""Write ``examples/blog-export.xml``: a small WordPress export to try commentguard on.

    python examples/make_example.py            # rewrites examples/blog-export.xml
    commentguard scan examples/blog-export.xml
    commentguard clean examples/blog-export.xml --output cleaned.xml

Six posts on different topics and about sixty comments, all written for this example:
sincere comments and questions, the author's replies, a reply posted twice, generic
spun praise, link spam in the body and in the author's URL, pharmacy, casino and fake
tech-support spam, and sincere comments in Chinese and Portuguese. Addresses use the
documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24); phone numbers
are fictional 555-01xx numbers. The output is deterministic.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from commentguard.io import wxr

SITE = "https://notes.example.org"
ADMIN = {
    "author": "Marta Lindqvist",
    "email": "marta@notes.example.org",
    "url": SITE,
    "ip": "192.0.2.1",
    "user_id": 1,
}

POSTS = [
    {
        "id": 101,
        "slug": "sourdough-starter-troubleshooting",
        "title": "Sourdough starter troubleshooting: slow rise, grey liquid, odd smells",
        "categories": ["Baking"],
        "date": "2024-02-03 09:12:00",
        "content": (
            "<p>My rye starter went sluggish in January. The kitchen was around 17&nbsp;°C, "
            "the jar sat by a draughty window, and every feed took twelve hours to peak.</p>"
            "<p>What helped: feeding 1:5:5 with warm water, moving the jar on top of the fridge, "
            "and swapping a third of the flour for wholemeal rye. The grey liquid (hooch) is just "
            "alcohol from a hungry starter; pour it off or stir it in for a sourer loaf.</p>"
            "<h2>Smells</h2><p>Acetone means hungry, cheese means too warm for too long, "
            "pink or orange streaks mean throw it out.</p>"
        ),
    },
    {
        "id": 102,
        "slug": "replacing-a-bike-chain",
        "title": "Replacing a bike chain at home with three tools",
        "categories": ["Cycling"],
        "date": "2024-03-10 18:40:00",
        "content": (
            "<p>A worn chain eats cassettes. I measure with a chain checker every 1,000&nbsp;km "
            "and replace at 0.5% stretch on 11-speed.</p><ol><li>Count the links of the old chain "
            "or size the new one big-big plus two links.</li><li>Break it with a chain tool, "
            "never at the quick link.</li><li>Fit the quick link with the pliers, then pedal "
            "backwards and check every link bends freely.</li></ol>"
        ),
    },
    {
        "id": 103,
        "slug": "three-days-on-the-coastal-trail",
        "title": "Three days on the coastal trail from Porthleven to the Lizard",
        "categories": ["Travel", "Walking"],
        "date": "2024-05-22 07:30:00",
        "content": (
            "<p>Forty kilometres, two nights in village B&amp;Bs, one day of sideways rain. "
            "The stretch past Mullion Cove is the best of it: granite, thrift in flower and "
            "choughs over the cliffs.</p><p>Buses back are every two hours; check the tide "
            "tables if you want to cross the beach at Loe Bar.</p>"
        ),
    },
    {
        "id": 104,
        "slug": "flask-app-python-312",
        "title": "Moving a small Flask app to Python 3.12",
        "categories": ["Programming"],
        "date": "2024-06-14 21:05:00",
        "content": (
            "<p>The app is six years old: Flask, SQLAlchemy, a few cron jobs. The upgrade broke "
            "in three places: <code>distutils</code> is gone, an old pin of <code>greenlet</code> "
            "would not build, and <code>datetime.utcnow()</code> now warns.</p>"
            "<pre><code>python3.12 -m venv .venv &amp;&amp; pip install -r requirements.txt</code></pre>"
            "<p>Tests caught the rest. Total time: one evening.</p>"
        ),
    },
    {
        "id": 105,
        "slug": "balcony-tomatoes",
        "title": "Balcony tomatoes: what worked this summer",
        "categories": ["Gardening"],
        "date": "2024-09-01 12:00:00",
        "content": (
            "<p>Four pots on a south-west balcony, 20-litre each. 'Sungold' outgrew everything; "
            "'Black Krim' split after every heavy rain. Self-watering inserts saved the August "
            "heatwave. Next year: fewer plants, bigger pots, and a comfrey feed every week once "
            "the first truss sets.</p>"
        ),
    },
    {
        "id": 106,
        "slug": "choir-spring-concert",
        "title": "Notes from the village choir's spring concert",
        "categories": ["Music"],
        "date": "2024-04-28 22:15:00",
        "content": (
            "<p>We sang Fauré's Cantique de Jean Racine, two Estonian folk arrangements and, "
            "after a month of panic, the Rutter. The tenors were four strong and sounded like "
            "ten. Thank you to everyone who came and to the church for the heating.</p>"
        ),
    },
]

# (post id, comment) — ids are assigned in order below; "parent" refers to the
# position key "ref" of an earlier (or later) comment of the same post.
COMMENTS: list[tuple[int, dict[str, object]]] = [
    # --- 101 sourdough -------------------------------------------------------------
    (
        101,
        {
            "ref": "a1",
            "author": "Jonas Berg",
            "email": "jonas.berg@example.net",
            "ip": "198.51.100.23",
            "content": "The tip about the top of the fridge is gold. My starter doubled in five hours "
            "instead of ten. Do you keep feeding it at 1:5:5 once it is lively again?",
        },
    ),
    (
        101,
        {
            "ref": "a2",
            "parent": "a1",
            **ADMIN,
            "content": "Glad it worked! Once it peaks reliably I go back to 1:2:2, otherwise it gets too "
            "sour for sandwich bread.",
        },
    ),
    (
        101,
        {
            "ref": "a3",
            "author": "Priya N.",
            "email": "priya@example.com",
            "ip": "203.0.113.40",
            "content": "Mine smelled like nail polish remover and I almost threw it away. Good to know it "
            "was only hungry.",
        },
    ),
    (
        101,
        {
            "ref": "a4",
            "author": "Best Essay Writers",
            "email": "orders@essaymill.example",
            "url": "https://essay-writing-service.example/order-now",
            "ip": "192.0.2.201",
            "content": "Great post! I really enjoyed reading this article, it is very informative. "
            "Keep up the good work, I will bookmark your blog and come back for more!",
        },
    ),
    (
        101,
        {
            "ref": "a5",
            "author": "Lena",
            "email": "lena.k@example.org",
            "ip": "198.51.100.61",
            "content": "Has anyone tried spelt instead of rye for the refresh? I only have spelt at home.",
        },
    ),
    (
        101,
        {
            "ref": "a6",
            "parent": "a5",
            "author": "Jonas Berg",
            "email": "jonas.berg@example.net",
            "ip": "198.51.100.23",
            "content": "Spelt works, it just ferments faster, so watch it after four hours or so.",
        },
    ),
    (
        101,
        {
            "ref": "a7",
            "parent": "a5",
            "author": "Jonas Berg",
            "email": "jonas.berg@example.net",
            "ip": "198.51.100.23",
            "content": "Spelt works, it just ferments faster, so watch it after four hours or so.",
        },
    ),
    (
        101,
        {
            "ref": "a8",
            "author": "cheap viagra",
            "email": "rx@pharma-deals.example",
            "url": "http://pharma-deals.example/buy",
            "ip": "192.0.2.213",
            "content": "Buy v1agra and c1alis online without prescription, lowest price, overnight "
            'delivery: <a href="http://pharma-deals.example/buy">cheap viagra</a> '
            '<a href="http://pharma-deals.example/cialis">generic cialis 20mg</a>',
        },
    ),
    (
        101,
        {
            "ref": "a9",
            "author": "陈晓",
            "email": "xiao.chen@example.cn",
            "ip": "203.0.113.88",
            "content": "谢谢分享！我家厨房冬天也很冷，酵种一直长不起来。按照你的方法把罐子放在冰箱顶上，"
            "第二天就冒泡了。请问黑麦粉和全麦粉的比例大概是多少？",
        },
    ),
    (
        101,
        {
            "ref": "a10",
            "parent": "a9",
            **ADMIN,
            "content": "About one third wholemeal rye to two thirds white. Happy baking!",
        },
    ),
    # --- 102 bike chain ------------------------------------------------------------
    (
        102,
        {
            "ref": "b1",
            "author": "Tomás",
            "email": "tomas.r@example.com",
            "ip": "198.51.100.5",
            "content": "Big-big plus two links was exactly right on my gravel bike. One question: do you "
            "reuse quick links? The box says single use.",
        },
    ),
    (
        102,
        {
            "ref": "b2",
            "parent": "b1",
            **ADMIN,
            "content": "For 11- and 12-speed I don't. They are cheap and a failure on a climb is not.",
        },
    ),
    (
        102,
        {
            "ref": "b3",
            "author": "Printer Support",
            "email": "help@printer-fix.example",
            "url": "http://printer-fix.example",
            "ip": "192.0.2.150",
            "content": "Facing printer offline error? Call our HP Canon Epson printer support toll free "
            "number +1 (800) 555-0142 for instant help 24/7. Our certified technicians fix "
            "driver issues, wireless setup and paper jams remotely.",
        },
    ),
    (
        102,
        {
            "ref": "b4",
            "author": "Ada",
            "email": "ada.w@example.org",
            "ip": "203.0.113.14",
            "content": "I wear out chains in about 3,000 km of winter riding. Salt is brutal. "
            "Waxing helped more than any oil.",
        },
    ),
    (
        102,
        {
            "ref": "b5",
            "author": "Nice site",
            "email": "admin@seo-boost.example",
            "url": "https://seo-boost.example/backlinks-package",
            "ip": "192.0.2.177",
            "content": "Hello there, You have done a great job. I will definitely digg it and "
            "personally suggest to my friends. I am confident they will be benefited "
            "from this web site.",
        },
    ),
    (
        102,
        {
            "ref": "b6",
            "author": "Rui Alves",
            "email": "rui.alves@example.pt",
            "ip": "198.51.100.90",
            "content": "Excelente explicação! Troquei a corrente da minha bicicleta ontem seguindo os "
            "três passos e ficou perfeita. A dica de não abrir no elo rápido poupou-me "
            "uma dor de cabeça.",
        },
    ),
    (
        102,
        {
            "ref": "b7",
            "author": "Kai",
            "email": "kai@example.net",
            "ip": "203.0.113.71",
            "content": "What chain checker do you use? Mine says 0.75 on a brand new chain, which "
            "makes me doubt it.",
        },
    ),
    (
        102,
        {
            "ref": "b8",
            "parent": "b7",
            "author": "Ada",
            "email": "ada.w@example.org",
            "ip": "203.0.113.14",
            "content": "The cheap drop-in ones are often off. A ruler over 24 links is slow but honest.",
        },
    ),
    (
        102,
        {
            "ref": "b9",
            "author": "Mega Casino",
            "email": "vip@spinwin.example",
            "url": "https://spinwin-casino.example/bonus",
            "ip": "192.0.2.199",
            "content": "WIN BIG today!!! 500 free spins + 200% welcome bonus at the best online casino. "
            "Play slots, roulette and live poker: https://spinwin-casino.example/bonus "
            "https://spinwin-casino.example/slots",
        },
    ),
    (
        102,
        {
            "ref": "b10",
            "author": "Olu",
            "email": "olu@example.com",
            "ip": "198.51.100.33",
            "content": "Thanks, did this in twenty minutes with your list open on my phone.",
        },
    ),
    # --- 103 coastal trail -----------------------------------------------------------
    (
        103,
        {
            "ref": "c1",
            "author": "Hannah P.",
            "email": "hannah.p@example.org",
            "ip": "203.0.113.9",
            "content": "We did the same walk in June and saw the choughs at Kynance. Did you stay at "
            "the B&B with the blue door in Mullion? The breakfast was unbelievable.",
        },
    ),
    (
        103,
        {
            "ref": "c2",
            "parent": "c1",
            **ADMIN,
            "content": "Yes! The kippers alone were worth the rain.",
        },
    ),
    (
        103,
        {
            "ref": "c3",
            "author": "Travel Deals",
            "email": "deals@cheapflights.example",
            "url": "https://cheap-flights-hotels.example/cornwall",
            "ip": "192.0.2.120",
            "content": 'Very nice post. Book <a href="https://cheap-flights-hotels.example/cornwall">cheap '
            'hotels in Cornwall</a> and <a href="https://cheap-flights-hotels.example/flights">'
            "cheap flights</a> with 70% discount, best price guaranteed!",
        },
    ),
    (
        103,
        {
            "ref": "c4",
            "author": "Greg",
            "email": "greg.m@example.com",
            "ip": "198.51.100.44",
            "content": "How muddy was the section after Gunwalloe? Thinking of going in March with a "
            "nine-year-old.",
        },
    ),
    (
        103,
        {
            "ref": "c5",
            "parent": "c4",
            "author": "Hannah P.",
            "email": "hannah.p@example.org",
            "ip": "203.0.113.9",
            "content": "Muddy but fine in boots. The kids loved the stepping stones at Poldhu.",
        },
    ),
    (
        103,
        {
            "ref": "c6",
            "author": "Anonymous",
            "email": "",
            "ip": "192.0.2.77",
            "content": "I must say this blog loaded quickly for me on Safari. Superb blog! "
            "Wow, this post is pleasant, my sister is analyzing such things, thus I am "
            "going to inform her.",
        },
    ),
    (
        103,
        {
            "ref": "c7",
            "author": "Sofia",
            "email": "sofia.b@example.net",
            "ip": "203.0.113.101",
            "content": "The tide note is important: we had to wait an hour at Loe Bar. Worth it though.",
        },
    ),
    (
        103,
        {
            "ref": "c8",
            "author": "Meds Online",
            "email": "sales@rx-shop.example",
            "url": "http://rx-shop.example",
            "ip": "192.0.2.214",
            "content": "tramadol 50mg no rx, xanax, valium, ambien overnight shipping, discreet "
            "packaging, visit http://rx-shop.example now",
        },
    ),
    (
        103,
        {
            "ref": "c8b",
            "author": "best hiking boots 2024",
            "email": "info@bootsoutlet.example",
            "url": "https://bootsoutlet.example/hiking-boots-sale",
            "ip": "192.0.2.131",
            "content": "Thank you for the nice article.",
        },
    ),
    (
        103,
        {
            "ref": "c9",
            "author": "Ben",
            "email": "ben.t@example.com",
            "ip": "198.51.100.12",
            "content": "Lovely write-up. The bus timing tip is the thing nobody tells you.",
        },
    ),
    (
        103,
        {
            "ref": "c10",
            "type": "pingback",
            "author": "Walking Cornwall in Spring",
            "url": "https://trails.example.net/2024/06/cornwall-spring/",
            "ip": "203.0.113.150",
            "content": "[&#8230;] Marta&#8217;s three-day account of the Lizard stretch is the most "
            "practical I found, especially on buses and tides [&#8230;]",
        },
    ),
    # --- 104 flask -------------------------------------------------------------------
    (
        104,
        {
            "ref": "d1",
            "author": "Mei",
            "email": "mei.l@example.com",
            "ip": "203.0.113.55",
            "content": "The greenlet pin got me too. Upgrading SQLAlchemy to 2.0 pulled a newer greenlet "
            "and it built fine. Did you keep the old Query API?",
        },
    ),
    (
        104,
        {
            "ref": "d2",
            "parent": "d1",
            **ADMIN,
            "content": "For now, yes, with the legacy warnings on. Porting to select() is next month's job.",
        },
    ),
    (
        104,
        {
            "ref": "d3",
            "author": "Dev Tools",
            "email": "promo@devtools.example",
            "url": "https://best-hosting-deals.example/?ref=blog",
            "ip": "192.0.2.160",
            "content": "Thanks for sharing. Check out the best cheap web hosting 2024 with free domain, "
            "unlimited bandwidth, 99.99% uptime: https://best-hosting-deals.example/?ref=blog",
        },
    ),
    (
        104,
        {
            "ref": "d4",
            "author": "Ravi",
            "email": "ravi.k@example.org",
            "ip": "198.51.100.70",
            "content": "utcnow() warning: datetime.now(timezone.utc) is the drop-in, but watch out for "
            "naive datetimes already in the database.",
        },
    ),
    (
        104,
        {
            "ref": "d5",
            "parent": "d4",
            **ADMIN,
            "content": "Good point, I store them naive and UTC. A migration is on the list.",
        },
    ),
    (
        104,
        {
            "ref": "d6",
            "author": "John",
            "email": "john1987@example.com",
            "url": "https://loans-fast.example",
            "ip": "192.0.2.133",
            "content": "Nice blog! Is your theme custom made or did you download it from somewhere? "
            "A theme like yours with a few simple tweaks would really make my blog shine.",
        },
    ),
    (
        104,
        {
            "ref": "d7",
            "author": "Eva",
            "email": "eva.s@example.net",
            "ip": "203.0.113.31",
            "content": "Did the cron jobs need changes? We run ours through Flask CLI commands and "
            "the click upgrade changed some option parsing.",
        },
    ),
    (
        104,
        {
            "ref": "d8",
            "parent": "d7",
            "author": "Ravi",
            "email": "ravi.k@example.org",
            "ip": "198.51.100.70",
            "content": "Same here: flag options with a default of None behave differently in click 8.",
        },
    ),
    (
        104,
        {
            "ref": "d9",
            "author": "Crypto Signals",
            "email": "signals@cryptopump.example",
            "url": "https://cryptopump.example/vip",
            "ip": "192.0.2.144",
            "content": "Earn $3000 per day with our bitcoin trading bot!!! 100% guaranteed profit, "
            "join the VIP Telegram group now, limited places.",
        },
    ),
    (
        104,
        {
            "ref": "d10",
            "author": "Noor",
            "email": "noor@example.com",
            "ip": "198.51.100.99",
            "content": "One evening is impressive. Ours took a week, mostly because of an old "
            "Celery version.",
        },
    ),
    # --- 105 tomatoes ----------------------------------------------------------------
    (
        105,
        {
            "ref": "e1",
            "author": "Grace",
            "email": "grace.o@example.org",
            "ip": "203.0.113.60",
            "content": "Sungold on a balcony is a revelation, I agree. How do you make the comfrey feed, "
            "just leaves in a bucket of water?",
        },
    ),
    (
        105,
        {
            "ref": "e2",
            "parent": "e1",
            **ADMIN,
            "content": "Leaves in a bucket with a lid, four weeks, then dilute 1:10. It smells awful.",
        },
    ),
    (
        105,
        {
            "ref": "e3",
            "author": "Garden Supply Store",
            "email": "shop@garden-store.example",
            "url": "https://garden-store.example/cheap-pots",
            "ip": "192.0.2.111",
            "content": "Awesome article! Buy self watering pots, grow lights and organic fertilizer at "
            "the lowest prices, free shipping worldwide: "
            '<a href="https://garden-store.example/cheap-pots">garden pots</a>',
        },
    ),
    (
        105,
        {
            "ref": "e4",
            "author": "Pieter",
            "email": "pieter.v@example.net",
            "ip": "198.51.100.18",
            "content": "Black Krim split for me too. Someone told me to water less but more regularly; "
            "it helped a little.",
        },
    ),
    (
        105,
        {
            "ref": "e5",
            "author": "Ana Souza",
            "email": "ana.souza@example.com.br",
            "ip": "203.0.113.120",
            "content": "Adorei o texto! Aqui em Lisboa os tomates cereja na varanda deram muito bem, "
            "mas os grandes racharam todos com as chuvas de setembro. Vou experimentar "
            "os vasos maiores no próximo ano.",
        },
    ),
    (
        105,
        {
            "ref": "e6",
            "author": "Support Team",
            "email": "support@helpdesk.example",
            "ip": "192.0.2.178",
            "content": "Hello admin, your website has SEO issues and is not ranking on Google. We can "
            "fix it and bring you on first page. Reply to this email for a free audit.",
        },
    ),
    (
        105,
        {
            "ref": "e7",
            "author": "Tom",
            "email": "tom.h@example.org",
            "ip": "198.51.100.55",
            "content": "20 litres each seems small for indeterminate varieties. Did they need daily "
            "watering in July?",
        },
    ),
    (
        105,
        {
            "ref": "e8",
            "parent": "e7",
            **ADMIN,
            "content": "Twice a day in the heatwave, until the self-watering inserts arrived.",
        },
    ),
    (
        105,
        {
            "ref": "e9",
            "author": "Grace",
            "email": "grace.o@example.org",
            "ip": "203.0.113.60",
            "content": "Thanks! Trying it with nettles too, since we have plenty of those.",
        },
    ),
    (
        105,
        {
            "ref": "e10",
            "author": "lucky88",
            "email": "lucky88@slots.example",
            "url": "https://lucky88-slots.example",
            "ip": "192.0.2.188",
            "content": "slot gacor hari ini, situs judi online terpercaya, bonus new member 100% "
            "https://lucky88-slots.example",
        },
    ),
    # --- 106 choir -------------------------------------------------------------------
    (
        106,
        {
            "ref": "f1",
            "author": "Margaret",
            "email": "margaret.d@example.org",
            "ip": "203.0.113.77",
            "content": "I was in the second row and the Fauré gave me goosebumps. The tenors were "
            "wonderful, four or not.",
        },
    ),
    (
        106,
        {
            "ref": "f2",
            "author": "Peter (tenor)",
            "email": "peter.g@example.net",
            "ip": "198.51.100.81",
            "content": "Four tenors and a lot of coffee. Thank you all for coming out on a cold night.",
        },
    ),
    (
        106,
        {
            "ref": "f3",
            "parent": "f2",
            "author": "Margaret",
            "email": "margaret.d@example.org",
            "ip": "203.0.113.77",
            "content": "Will you sing the Estonian pieces again at the summer fair?",
        },
    ),
    (
        106,
        {
            "ref": "f4",
            "parent": "f3",
            **ADMIN,
            "content": "That is the plan, if the weather lets us sing outside.",
        },
    ),
    (
        106,
        {
            "ref": "f5",
            "author": "Tech Help Desk",
            "email": "care@quickfix.example",
            "ip": "192.0.2.190",
            "content": "Having trouble with your email account or antivirus? Call 1-800-555-0187 toll "
            "free, our experts resolve every problem in minutes. Contact us now!",
        },
    ),
    (
        106,
        {
            "ref": "f6",
            "author": "Ines",
            "email": "ines.m@example.com",
            "ip": "198.51.100.101",
            "content": "Is there a recording? My mother could not come and would love to hear the Rutter.",
        },
    ),
    (
        106,
        {
            "ref": "f7",
            "author": "Bulk Backlinks",
            "email": "sales@backlinks.example",
            "url": "https://buy-backlinks.example",
            "ip": "192.0.2.222",
            "content": '<a href="https://buy-backlinks.example">buy backlinks</a> '
            '<a href="https://buy-backlinks.example/pbn">pbn links</a> '
            '<a href="https://buy-backlinks.example/seo">seo services</a> '
            '<a href="https://buy-backlinks.example/traffic">website traffic</a>',
        },
    ),
    (
        106,
        {
            "ref": "f7b",
            "parent": "f6",
            "author": "Peter (tenor)",
            "email": "peter.g@example.net",
            "ip": "198.51.100.81",
            "content": "Our alto Judith recorded it on her phone; I will ask her to share the file.",
        },
    ),
    (
        106,
        {
            "ref": "f8",
            "author": "Wilhelm",
            "email": "wilhelm.s@example.org",
            "ip": "203.0.113.12",
            "content": "Beautiful programme choice. Cantique de Jean Racine is hard to keep in tune "
            "without an organ, well done.",
        },
    ),
]


def build() -> str:
    ids: dict[str, int] = {}
    next_id = 1001
    for _post, c in COMMENTS:
        ids[str(c["ref"])] = next_id
        next_id += 1
    by_post: dict[int, list[dict[str, object]]] = {}
    minute = 0
    for post_id, c in COMMENTS:
        minute += 37
        day, rest = divmod(minute, 24 * 60)
        hour, mins = divmod(rest, 60)
        entry = {
            "id": ids[str(c["ref"])],
            "author": c.get("author", ""),
            "email": c.get("email", ""),
            "url": c.get("url", ""),
            "ip": c.get("ip", ""),
            "date": f"2024-10-{1 + day:02d} {hour:02d}:{mins:02d}:00",
            "content": c["content"],
            "approved": c.get("approved", "1"),
            "type": c.get("type", "comment"),
            "parent": ids[str(c["parent"])] if "parent" in c else 0,
            "user_id": c.get("user_id", 0),
        }
        by_post.setdefault(post_id, []).append(entry)
    parts = [
        wxr.header("Notes from the Kitchen Table", SITE, description="Bread, bikes, walks and code")
    ]
    for post in POSTS:
        post = dict(post)
        post["link"] = f"{SITE}/{post['slug']}/"
        post["author"] = "marta"
        parts.append(wxr.item(post, by_post.get(int(str(post["id"])), [])))
    parts.append(wxr.WXR_FOOTER)
    return "".join(parts)


def main() -> None:
    out = Path(__file__).resolve().parent / "blog-export.xml"
    out.write_text(build(), encoding="utf-8")
    print(f"wrote {out} ({len(COMMENTS)} comments on {len(POSTS)} posts)")


if __name__ == "__main__":
    main()
