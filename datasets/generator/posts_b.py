"""Hand-written blog posts with sincere (ham) reader comments -- set B.

66 posts (ids b001-b066) spread over twelve topics. 57 are in English and
9 in other languages (zh, zh-hant, pt, fr, de); comments are always in the
language of the post. Every comment here is legitimate reader traffic,
including short generic-sounding ones, comments that carry an author URL,
and comments that mention businesses, prices or links in context.

All text was written for this corpus. Blogs, people, shops and events are
fictional unless they are well-known public places or reference sites.
"""

from textwrap import dedent


def _t(s: str) -> str:
    """Normalise a triple-quoted post body (paragraphs separated by blank lines)."""
    return dedent(s).strip()


def _c(kind: str, author: str, author_url: str, content: str) -> dict:
    return {"content": content, "author": author, "author_url": author_url, "kind": kind}


POSTS: list[dict] = []

# ---------------------------------------------------------------------------
# b001 - b006
# ---------------------------------------------------------------------------
POSTS += [
    {
        "id": "b001",
        "topic": "travel",
        "lang": "en",
        "title": "Eleven hours, one couchette: the Belgrade to Bar night train",
        "text": _t("""
I booked the Belgrade to Bar overnight train on a whim, mostly because a friend in Novi Sad told me it was “the last properly old-fashioned train in Europe.” The couchette cost me 15 euros on top of a 21 euro ticket, paid in cash at the counter at Beograd Centar (locals call it Prokop, and not affectionately). You cannot book it online, or at least I couldn't find a way in 2019 that didn't involve a Serbian phone number.

We left at 21:10 and were forty minutes late before we'd even cleared the suburbs. My compartment mates were a retired engineer from Podgorica named Milan, who shared a bag of plums and strong opinions about Tito, and a Dutch couple with an enormous paper map. The bunks were narrow, the sheets were clean, and the window would only close about 90 percent of the way, which matters more than you'd think at 3 a.m. in the mountains.

The reason to take this train is the morning. Somewhere after Kolašin you wake up and the line starts doing impossible things: the Mala Rijeka viaduct is 198 metres high, and from the corridor window you are looking straight down at a river the colour of mouthwash. I stood there with instant coffee from the attendant (one euro, in a plastic cup that was melting slightly) and genuinely forgot to take photos.

We rolled into Bar at 9:50, almost exactly two hours late. Nobody seemed bothered. Would I do it again? Yes, but bring your own water, toilet paper, and a scarf to stuff in the window gap.
"""),
        "url": "https://slowrailnotes.wordpress.com/2019/09/belgrade-bar-night-train/",
        "keywords": ["Belgrade", "Bar", "Montenegro", "night train", "couchette", "Mala Rijeka viaduct", "rail travel", "Serbia"],
        "comments": [
            _c("short", "Ilse", "https://ilseopreis.nl", "Adding this to my list right now!"),
            _c("question", "Graham P.", "", "Did you have to show your passport on the train itself at the Serbia–Montenegro border, or is it handled at a station? I'm travelling with my elderly dad and wondering whether he'll get woken up twice."),
            _c("owner_reply", "Hannah Okafor", "https://slowrailnotes.wordpress.com", "@Graham – both, I'm afraid. Serbian police came through around 1:30 at Prijepolje and the Montenegrin officers at Bijelo Polje about half an hour later. Polite and quick, but lights on both times. A lower bunk near the door might make it easier for him."),
            _c("link_reference", "rail_ronan", "https://mastodon.social/@rail_ronan", '''The Man in Seat 61 page has a decent rundown of the timetable and ticket buying, updated after the station move: <a href="https://www.seat61.com/Montenegro.htm">seat61 on Belgrade–Bar</a>. Worth checking before you go, the summer schedule is different.'''),
            _c("quote_reply", "Vesna", "", "“a river the colour of mouthwash” haha, that's exactly it. The Morača canyon has that unreal turquoise too. Lovely description."),
            _c("disagreement", "Tobias Kremer", "https://kremer-unterwegs.de", "I'll be the grumpy one: I did this in 2022 and the carriage was honestly filthy, the toilet was out of order the whole way and there was no water at all. Scenery is amazing, no argument, but I'd take the daytime train instead so you see the whole route and don't lose a night's sleep."),
            _c("non_native", "Dragana M.", "", "I am from Podgorica and I take this train many times when I was student. Is true, always late, but we say the train is not late, the timetable is optimistic :) Next time stop in Kolašin one night, is very nice in autumn and bus back is cheap."),
            _c("short", "Pippa", "https://pippapacks.blogspot.com", "Lovely writing as always."),
            _c("correction", "Jakub Novák", "", "Minor thing – I think the couchette supplement is lower in the six-berth compartments, around 6 euros. The 15 was probably the four-berth. At least that's what I paid last spring."),
            _c("personal_story", "Marija Vuković-Lee", "https://familystoriesbalkan.wordpress.com", "My grandparents took this line on their honeymoon in 1977, barely a year after it opened. My grandmother still talks about it like it was the Orient Express. They had a first-class compartment because my grandfather's cousin worked for the railway, and a waiter came through with real glasses and Vranac wine. She says the whole carriage went silent on the big bridge because nobody had ever seen anything like it, people were crossing themselves. When I did the trip in 2015 I sent her a photo from the same spot and she called me crying. The train was shabby by then and two hours late, just like yours, but the view was exactly what she had described for forty years."),
            _c("specific_thanks", "Sofia and Ben", "", "Thank you for the tip about the window gap! Would never have thought of it and we're going in late October, so a scarf is now officially on the packing list. Plums too 😄"),
            _c("anecdote", "Niall", "https://niallonrails.blogspot.com", "We shared a compartment with a man transporting two live chickens in a cardboard box. The conductor just shrugged. Best trip I've ever done."),
            _c("question", "Chen Wei", "https://chenwei.github.io", "How was the food situation? Is there a restaurant car or should we pack everything ourselves?"),
        ],
    },
    {
        "id": "b002",
        "topic": "politics",
        "lang": "en",
        "title": "Three minutes at the mic: my first city council budget hearing",
        "text": _t("""
Last Tuesday I did something I've been meaning to do for about eight years: I signed up for public comment at the Fairview City Council budget hearing. The sign-up sheet opened at 5:30, the meeting started at 6:00, and I was speaker number 31 out of 44. I finally got to the podium at 9:47 p.m.

My topic was narrow on purpose. The proposed budget cuts the parks maintenance line by $380,000 while adding $1.2 million for a new parking structure downtown. I wasn't there to argue that parking is evil. I wanted to ask why the restroom at Delmar Park has been locked since 2021 “pending repairs” when the repair estimate in the city's own capital plan is $46,000.

What surprised me: the council members were actually listening, at least two of them. Councilmember Ortiz wrote something down and asked staff a follow-up question after I sat down. What did not surprise me: three minutes is nothing. I had cut my remarks from 700 words to 390 and still got the buzzer mid-sentence.

A few things I'd tell anyone doing this for the first time. Bring a printed copy to hand to the clerk so the full version goes into the record. Eat dinner first. Say your neighborhood, not just your name. And go even if you think nobody cares, because the people who show up every single time are mostly the same eight people, and the council knows it.
"""),
        "url": "https://thirdreadingblog.com/2023/06/three-minutes-at-the-mic/",
        "keywords": ["city council", "public comment", "budget hearing", "parks maintenance", "parking structure", "local government", "civic participation"],
        "comments": [
            _c("specific_thanks", "Marguerite", "", "The tip about handing a printed copy to the clerk is gold. I had no idea the full written version goes into the record even when you get cut off. Doing this in September."),
            _c("angry", "taxpayer_tom", "", "With respect, this is the kind of feel-good civics post that lets councils off the hook. They “listened”? They ALWAYS listen. Then they vote exactly the way they decided in the closed-door briefings. Delmar's bathroom will still be locked next year, watch."),
            _c("owner_reply", "Dev Raman", "https://thirdreadingblog.com", "@taxpayer_tom you may well be right about the bathroom! But Ortiz's follow-up did get a staff memo requested, which is more than zero. I'll post an update either way, and if it's still locked in June I'll say so."),
            _c("short", "Kay", "https://kaygardens.wordpress.com", "This is great. More people should do this."),
            _c("question", "Luis Ochoa", "https://twitter.com/luisochoa_fv", "Do you know if Fairview accepts written comments by email instead of in person? I work evening shifts and can't make a 6pm meeting, let alone wait till 10."),
            _c("link_reference", "Ann Berglund", "https://fairviewparksfriends.org", '''For anyone curious, the capital improvement plan Dev mentions is public, the parks section starts on page 112: <a href="https://www.fairviewcity.gov/DocumentCenter/CIP-2023-2028.pdf">Fairview CIP 2023–2028 (PDF)</a>. The Delmar restroom is line item PK-0419.'''),
            _c("non_native", "Oksana", "", "In my country we don't have this public comment thing at all, you can only write letter and nobody answer. I think 3 minutes is short but is still something. Thank you for explain how it works, I want to try after I get my citizenship next year."),
            _c("quote_reply", "Rita Hallowell", "https://rita-at-the-podium.blogspot.com", "“the people who show up every single time are mostly the same eight people” — I'm one of those eight people (different town, two hours north) and I promise we'd love company. It gets lonely at the podium."),
            _c("short", "jmk", "", "eat dinner first. truest advice lol"),
            _c("disagreement", "Gordon Feeney", "https://feeneyinsurance.com", "I think you're underselling the parking structure. Downtown businesses have been losing customers for years because there's nowhere to park, and those businesses pay a lot of the taxes that fund the parks. It's not either/or, but it's not crazy to prioritize it."),
            _c("personal_story", "Patrice Lemaire", "https://patricelemaire.substack.com", "My first public comment was in 2016, about a stop sign at the corner of our street where kids walk to school. I was so nervous I read the whole thing without looking up once and my hands were shaking so much the paper rattled into the microphone. Nobody on the council said a word. I went home thinking it was pointless. Four months later the traffic engineer called me, said my comment was in the packet and a study had been done, and the stop sign went in the following spring. I still don't know if I made any difference or if it was already planned. But I've gone back about a dozen times since, and now I look up when I talk."),
            _c("correction", "budget watcher", "", "Small correction — the $380k is the operating cut, but there's a separate $150k being moved into the capital fund for parks, so the net is closer to $230k. Still a cut, still bad, but they will quote the number back at you if it's off."),
            _c("short", "Hollis", "", "Update us when you hear back!"),
        ],
    },
    {
        "id": "b003",
        "topic": "parenting",
        "lang": "en",
        "title": "The chair method, night nine: a report from the floor of my son's room",
        "text": _t("""
Teo is nineteen months old and until three weeks ago he slept from 7:30 to 6:00 like a small, warm brick. Then came what the internet calls the 18-month sleep regression and what I call The Incident, because “regression” makes it sound like a gentle slope rather than a cliff. He started screaming at bedtime and waking at 1 a.m. and 4 a.m., standing in his crib shouting “MAMA OUT,” which is a confusing thing to shout when what you want is your mama in.

We tried the obvious things first. Earlier bedtime (worse). Later bedtime (much worse). Dropping the nap was not an option, because he still naps two hours and without it he turns feral by 4 p.m. Our pediatrician, Dr. Amsel, checked his ears, found nothing, and suggested the chair method: sit in a chair next to the crib, don't pick him up, and every three nights move the chair closer to the door.

Nights one through three were awful. I sat on a kitchen chair for 55 minutes, then 70, then 40, saying “shh, it's sleepy time” in the flattest voice I could manage. On night four he lay down after 18 minutes. Tonight is night nine, the chair is in the doorway, and he fell asleep in 11 minutes while I pretended to read.

I'm not writing this to say it works, because this child has humbled me too many times. I'm writing it because at 2 a.m. on night two I searched for anyone who had been through this and found mostly sleep-consultant ads. So here is one ordinary data point from a tired mom in a hallway.
"""),
        "url": "https://twoundertwo.blogspot.com/2016/03/chair-method-night-nine/",
        "keywords": ["toddler sleep", "sleep regression", "chair method", "bedtime", "night waking", "18 months", "parenting"],
        "comments": [
            _c("short", "Becca", "https://beccaandthebabies.blogspot.com", "Solidarity from another hallway ❤️"),
            _c("personal_story", "Hiroko", "https://hirokoandhazel.wordpress.com", "We did almost exactly this with our daughter at 17 months, except our chair was a yoga ball because it was the only thing that fit between the crib and the dresser. The first week I bounced on it out of nervousness and I'm fairly sure that made it worse, she thought it was a show. My husband took over on night five and just sat on the floor like a statue, and she was asleep in twenty minutes. The hardest part for me was the 4 a.m. wake-ups, because at that hour every rule you set for yourself seems stupid. It took us about three weeks in total. She's four now and a great sleeper, and I barely remember how bad it was, which I suppose is the point."),
            _c("question", "Sam (dad of twins)", "", "What did you do for the 1am and 4am wake-ups — back to the chair at the same spot, or did you start over next to the crib? That's the part that broke us."),
            _c("owner_reply", "Marisol Benítez", "https://twoundertwo.blogspot.com", "@Sam same spot as that night's bedtime, and I tried hard not to say anything beyond the shh. Twins though. I can't imagine. You deserve a medal and a nap."),
            _c("disagreement", "Leanne T.", "https://gentlesleepnotes.com", "Glad it's working but I'll gently push back — we tried the chair method and it made things worse, because our son could see me sitting there and screamed harder. For some kids a clean break (or co-sleeping for a few weeks) is kinder. Just don't want anyone reading this to feel like a failure if it doesn't work for theirs."),
            _c("link_reference", "Dana", "", "This AAP page about toddler sleep helped me calm down a bit, mostly because it says these phases usually pass: https://www.healthychildren.org/English/ages-stages/toddler/Pages/default.aspx"),
            _c("quote_reply", "kristin r", "", "“MAMA OUT” i am crying laughing. ours used to yell “NO NIGHT” at the window"),
            _c("short", "Aimee", "", "Thank you for writing this."),
            _c("non_native", "Agnieszka", "https://agnieszkamama.blogspot.com", "My son same age and same problem, I am reading your blog in night feeding. In Poland my mother say just let him cry but I can't do it. The chair is good middle way I think. We start tomorrow, wish me luck"),
            _c("specific_thanks", "Jess Whitford", "https://jesswhitford.substack.com", "Thank you for being honest that you're not promising it works. Every other article I found had a product at the bottom. The flat-voice detail is actually really useful, I think I've been too animated and it's become a game for him."),
            _c("anecdote", "Omar", "https://omarfathers.wordpress.com", "Our pediatrician gave us the same every-three-nights rule, but honestly after the first week we moved it every night and it was fine. Kids don't read the manual."),
            _c("short", "Renata", "", "Following for updates!"),
        ],
    },
    {
        "id": "b004",
        "topic": "sports",
        "lang": "en",
        "title": "My first 50K: mud, a lost shoe, and 7 hours 42 minutes at Blackwater Ridge",
        "text": _t("""
I signed up for the Blackwater Ridge 50K in February, back when running 31 miles felt abstract and kind of funny. My longest run before this was a road marathon in 2018 (4:11, nothing special). The plan was a 20-week build peaking at about 55 miles a week, with back-to-back long runs on weekends. I hit maybe 80 percent of it, which I'm told is normal.

It had rained for three straight days before the race. The first aid station is at mile 6 and I was already carrying about a pound of clay on each shoe. At mile 14, on the descent into Cedar Hollow, my left shoe got sucked off entirely and I spent two minutes on one leg fishing it out of a bog while a woman in her sixties passed me and said, “Happens every year, honey.”

The wall came at mile 22, not 20. I'd been taking a gel every 40 minutes, which turned out to be nowhere near enough for a seven-hour effort on hills. At the mile-23 aid station a volunteer handed me a boiled potato dipped in salt and I almost proposed to him. Real food changed everything. I walked every uphill from there and ran everything flat or down.

Finished in 7:42:10, 118th of 163 finishers; 31 people dropped. My quads were destroyed for four days and I lost a toenail, but I'm already looking at the 50-miler next spring, which my wife calls “a cry for help.” Lessons: more calories, more hill training, and double-knot your shoes, then tape them.
"""),
        "url": "https://muddyminutes.net/2021/10/blackwater-ridge-50k-race-report/",
        "keywords": ["ultramarathon", "50K", "trail running", "race report", "aid station", "nutrition", "Blackwater Ridge"],
        "comments": [
            _c("short", "Lauren K", "https://laurenrunsfar.blogspot.com", "Congrats!! Huge effort."),
            _c("quote_reply", "Dave Mercer", "https://davemercerruns.wordpress.com", "“Happens every year, honey” — that's every ultra in one sentence. The sixty-year-olds are always the ones passing you in the last ten miles."),
            _c("question", "Priya S.", "", "How many calories per hour do you think you were getting, and what will you aim for next time? I'm doing my first 50K in April and have no idea how to plan nutrition."),
            _c("owner_reply", "Tom Behrens", "https://muddyminutes.net", "@Priya gels were 100 cal each so maybe 150/hour, way too low. Next time I'm aiming for 250–300 and mixing in real food (potatoes, PB&J quarters). Practice eating on your long runs — your stomach needs training too!"),
            _c("link_reference", "trailmix_kev", "https://twitter.com/trailmix_kev", "Good piece on ultra fueling by a sports dietitian (not a supplement seller) that changed how I think about gut training: https://www.irunfar.com/nutrition-for-ultrarunners"),
            _c("disagreement", "Grant Whitlock", "https://whitlockcoaching.com", "Respectfully, going from a first 50K where you bonked hard to a 50-miler in six months seems like a fast route to a stress fracture. I'd do another 50K or two and get the fueling dialed in first. Ask me how I know."),
            _c("correction", "Cheryl (course marshal)", "", "Tiny nitpick: the Cedar Hollow descent actually starts around mile 15 on the course map, the mile 14 marker is at the top of the ridge. Not that it matters when you're fishing for a shoe in a bog lol"),
            _c("non_native", "Kenji Morita", "https://kenjirunsjapan.hatenablog.com", "Congratulation! I run my first ultra in Japan last year near Hakone and also I had the wall around 35 km. Boiled potato is magic. In Japan aid station they give onigiri with umeboshi, also very good for salt. Good luck for 50 miles!"),
            _c("short", "alex", "", "the potato proposal 😂"),
            _c("personal_story", "Bernadette Olsen", "", "My first 50K was in 2009 and I made every mistake you made plus a few extra. I wore brand-new shoes because they were a birthday present and I didn't want to hurt my husband's feelings. By mile 12 I had blisters on both heels, by mile 20 I was crying at an aid station and a volunteer in a cow costume sat with me for ten minutes and made me eat two cups of ramen broth. I finished in 8:05, dead last of the people who finished, and they'd started taking down the finish arch. I've done 23 ultras since. I still think about that cow. Welcome to the weird family."),
            _c("specific_thanks", "Miguel Reyes", "", "The double knot AND tape tip is going straight onto my race-day checklist. I lost a shoe at a creek crossing during a 25K last spring and thought I was the only idiot it had happened to."),
            _c("anecdote", "Joanne", "", "My husband also calls my ultras a cry for help. Eleven years married, eighteen ultras. He still drives me to the start at 4 a.m."),
        ],
    },
    {
        "id": "b005",
        "topic": "local_news",
        "lang": "en",
        "title": "Kowalski Hardware to close after 71 years on Elm Street",
        "text": _t("""
After 71 years, Kowalski Hardware at 412 Elm Street will close for good on January 31. Owner Stan Kowalski, 68, grandson of founder Walter Kowalski, confirmed the news to the Eastside Current on Monday and said the closing sale starts this Saturday, with 40 percent off everything except paint.

“It's not one thing,” Stan told me, sitting behind the same counter where he started sweeping floors at age nine. “The big box opened out on Route 9 in 2004 and we survived that. Then online. Then my knees. My kids have their own lives and I'm not going to guilt them into this.” He said the building has been sold but would not say to whom. County property records list the buyer as an LLC registered in November.

For a lot of us on the east side, Kowalski's was more than a store. It was where you could buy a single hinge or three washers, or get a key copied for $2.50, along with advice nobody at a chain would give you. Doreen Haas, who has worked the paint counter since 1993, said customers have been coming in all week just to say goodbye. “A man brought in a bolt his dad bought here in 1962,” she said. “He just wanted me to see it.”

The Eastside Neighborhood Association plans a small gathering outside the store on January 27 at 4 p.m. Stan says he'll be there, “as long as nobody makes a speech.”
"""),
        "url": "https://eastsidecurrent.org/2018/01/kowalski-hardware-closing/",
        "keywords": ["Kowalski Hardware", "Elm Street", "store closing", "small business", "neighborhood", "retirement", "east side"],
        "comments": [
            _c("short", "Barb", "", "End of an era. So sad."),
            _c("anecdote", "Mike Delaney", "", "Stan's dad taught me to fix a leaky faucet in about four minutes, using a diagram he drew on the back of a receipt. I was 22 and had just rented my first apartment. That receipt was on my fridge for years."),
            _c("question", "Corinne W.", "https://corinnew.substack.com", "Does anyone know who bought the building? If it's another dollar store I'm going to lose it. Janet, can you share the LLC name?"),
            _c("owner_reply", "Janet Pruitt", "https://eastsidecurrent.org", "@Corinne the buyer is listed as Elm Holdings 412 LLC. The registered agent is a law office downtown, so no idea yet who's behind it. I've asked the planning department whether any permits have been filed and will report back."),
            _c("angry", "Ray Hensley", "", "This is what happens when everyone drives out to Route 9 to save 80 cents on a box of screws and then acts shocked when the local place closes. We did this. ALL of us. Stop posting sad faces and start spending money at the businesses that are still here."),
            _c("disagreement", "Natalie", "https://natalieoneastside.wordpress.com", "Ray, I get the frustration but Stan literally said it's his knees and his kids not wanting the business. Not every closure is a morality tale about shopping habits. Sometimes people just get to retire."),
            _c("link_reference", "Ken Alvarez", "https://kenalvarezrealty.com", "For anyone interested, the county parcel record is here: https://propertysearch.eastcounty.gov/parcel/14-22-310-008 — sale recorded 12/18, $615,000."),
            _c("short", "Sharon", "", "Thank you Doreen, for everything."),
            _c("personal_story", "Dennis Grabowski", "https://grabowskielectric.com", "I worked at Kowalski's two summers in high school, 1979 and 1980, when Walter was still coming in every morning in a cardigan even in July. My job was mostly sorting the nail bins, which customers mixed up constantly, and I got paid $2.90 an hour plus whatever I learned. Walter would quiz me: a man comes in with a drip under the sink, what do you ask him first? If I got it wrong he'd make me go find the part and explain it back to him. I became an electrician, and I honestly think half my career started in that basement stockroom. I'll be there on the 27th. No speech, I promise Stan."),
            _c("non_native", "Tran Van Minh", "", "I buy there my first tools when I come to this country in 2009. Mr. Stan help me a lot, he explain everything slow for me and draw picture. I will go Saturday to say thank you. Very sad news for our street."),
            _c("specific_thanks", "Lydia Ferris", "https://lydiaferris.wordpress.com", "Thank you for actually talking to Stan and Doreen instead of just reposting the closing notice like the Facebook groups did. The bolt story got me."),
            _c("correction", "Paul", "", "Small thing — I think the big box on Route 9 opened in 2003, not 2004. My sister worked there its first Christmas and she graduated in '03."),
            _c("short", "Eastside Neighborhood Assn.", "https://eastsideneighbors.org", "See everyone on the 27th."),
        ],
    },
    {
        "id": "b006",
        "topic": "music",
        "lang": "en",
        "title": "The $150 piano: what it actually cost to bring a 1974 Baldwin back to life",
        "text": _t("""
In March I bought a 1974 Baldwin Acrosonic spinet from a Marketplace listing that said “piano, works, must go by Sunday, $150 OBO.” It did not entirely work. Middle C stuck down if you played it hard, three notes in the bass buzzed, and the whole thing was about 40 cents flat, which for non-piano people is enough to make it sound like a saloon in a western.

Here is the honest bill so far. Movers: $220 (two guys, one flight of stairs, one very tense moment on the landing). First tuning and pitch raise by a technician named Gloria, who has been doing this for thirty years and hums while she works: $185. Two new bass strings: $90. Key bushings and felt, which Gloria showed me how to install myself: $34. Total: $679, or about four and a half times the purchase price.

Was it worth it? As an instrument, probably not in the strict sense. A decent used digital piano costs about the same. But spinets have a particular sound, a little boxy and warm, and this one has a dent in the fallboard and somebody's initials (“R.M. 1981”) scratched under the keybed. I like knowing it had a life before me.

Gloria's parting advice was to keep the room between 40 and 50 percent humidity and to have it tuned twice in the first year, because a piano that sat below pitch that long will drift. I bought a $25 hygrometer and I'm checking it like a new parent.
"""),
        "url": "https://keysandcrumbs.com/2022/04/the-150-dollar-piano/",
        "keywords": ["upright piano", "Baldwin Acrosonic", "spinet", "piano tuning", "restoration", "humidity", "used instruments"],
        "comments": [
            _c("short", "Hattie", "", "Love this. R.M. 1981 👀"),
            _c("question", "James Whitfield", "https://jameswhitfieldpiano.co.uk", "Did Gloria bring it all the way up to A440 or leave it a little flat? Older pianos sometimes can't take a full pitch raise in one go."),
            _c("owner_reply", "Felix Adeyemi", "https://keysandcrumbs.com", "@James she did it in two passes in one visit and got it to A440, but said it'll probably sag back a few cents over the first couple of months. Hence the second tuning."),
            _c("disagreement", "Rob Tennyson, RPT", "https://tennysonpianoservice.com", "Piano tech here, and I'd gently say: spinets are hard to regulate because of the drop action, and most techs quietly dread working on them. For $679 you could have found a full-size 1960s upright with a much better action. Glad you love it though — that matters more than my opinion."),
            _c("link_reference", "pianolurker", "", '''If you want to date it exactly, Baldwin serial numbers are listed here: <a href="https://www.bluebookofpianos.com/baldwin.htm">Baldwin serial number chart</a>. The number is usually stamped on the plate near the tuning pins.'''),
            _c("anecdote", "Carol Ann", "https://carolannremembers.blogspot.com", "Our family piano was an Acrosonic too. My mother kept a jar of water inside it every winter for humidity, which I'm now told was a terrible idea. It stayed in tune better than anything I've owned since."),
            _c("quote_reply", "Desmond", "https://desmondplaysjazz.bandcamp.com", "<blockquote>a little boxy and warm</blockquote>\nSuch a good description of the spinet sound. People dismiss them but for jazz ballads they're lovely."),
            _c("non_native", "Zsófia", "", "Very nice story. I have also old piano from my grandmother in Hungary, nobody tuned it 20 years. After reading this I think I will call someone. Is hygrometer really necessary or only when big change of seasons?"),
            _c("short", "Ned", "", "Gloria sounds like a legend."),
            _c("personal_story", "Rachel Kim", "https://rachelrelearnspiano.wordpress.com", "I took a free piano in 2011 from an elderly neighbour who was moving into assisted living. She made me promise I'd actually play it. The movers charged $300 and the first tuner who came took one look, tapped the pinblock and said it wouldn't hold a tuning and I should get rid of it. I cried a little. A second tech, an older man, said it wouldn't hold perfectly but it would hold well enough for a beginner, tuned it for $120, and told me to call him in six months. It has been a bit flat ever since and I don't care. I learned to play on it, and I sent my neighbour a recording of me playing her favourite hymn the year before she died."),
            _c("specific_thanks", "Arjun", "https://arjunlearnsthings.github.io", "Thank you for including the actual bill. Everyone online says free pianos aren't free but nobody gives numbers. This helps me decide about the one my neighbour is giving away."),
            _c("correction", "Ingrid L.", "", "Quick pedantic note since you explained cents: a semitone is 100 cents, so 40 cents flat is a bit under half a semitone. Still very noticeable though, especially against a recording!"),
        ],
    },
]

# ---------------------------------------------------------------------------
# b007 - b012
# ---------------------------------------------------------------------------
POSTS += [
    {
        "id": "b007",
        "topic": "film_tv",
        "lang": "en",
        "title": "I'm done with ten-hour movies",
        "text": _t("""
I kept a spreadsheet in 2022, because I am that person. I started 14 new scripted series and finished five. Of the nine I abandoned, seven were what streaming executives call limited series and what I've started calling ten-hour movies: one story, stretched across eight to ten episodes, where episode three exists mainly to make sure you're still subscribed next month.

The breaking point was season two of The Quarry, eight episodes. I loved season one. Season two had a mystery that was, and I checked, solved by information we had in episode two, then withheld for five more hours through a series of characters deciding not to answer their phones. I watched the finale at 1.25x speed and felt nothing except a vague resentment toward my own thumb.

Compare this with the old network model everyone now sneers at. Twenty-two episodes, each a self-contained story with a beginning, a middle and an end, the big arc humming in the background. Yes, there was filler. But filler that resolves in 42 minutes is a different thing from filler that is load-bearing.

I'm not saying all limited series are bad. The good ones (Chernobyl, Mare of Easttown) earn every hour. My rule for 2023 is simple: if an episode ends and I can't say what changed, I'm allowed to stop. So far I've quit three shows and read two novels. I don't miss them.
"""),
        "url": "https://couchcritique.blog/2023/02/done-with-ten-hour-movies/",
        "keywords": ["limited series", "streaming", "prestige TV", "pacing", "filler episodes", "network television", "binge watching"],
        "comments": [
            _c("short", "Franny", "", "Of course there's a spreadsheet 😂"),
            _c("disagreement", "Owen Gallagher", "https://slowtelevision.substack.com", "I think you're judging limited series by the wrong yardstick. The slow middle episodes are where you live with the characters. Not everything needs to be plot. Some of my favourite hours of TV are ones where, by your rule, nothing changed."),
            _c("quote_reply", "Min-jun", "", "“filler that is load-bearing” — stealing this phrase forever."),
            _c("question", "Trish", "https://trishtvtalk.wordpress.com", "What were the five you finished?? Genuinely curious what survived the spreadsheet."),
            _c("owner_reply", "Priya Nandakumar", "https://couchcritique.blog", "@Trish Mare of Easttown, Slow Horses, Abbott Elementary (not limited, but it counts), The Bear, and, embarrassingly, a baking competition. Full post coming."),
            _c("link_reference", "Dee", "https://deereadsandwatches.wordpress.com", "There's a decent explainer on why streamers stretch stories, partly to do with how 'completion' and subscriber retention get measured: https://www.vulture.com/article/streaming-shows-too-long-explained.html"),
            _c("angry", "couchpotato88", "", "Honestly this is such a lazy take. “Network TV was better” — no, network TV gave us 22 episodes of the same case-of-the-week garbage and cancelled anything that tried to be different. Shows like Mare only EXIST because of the model you're complaining about."),
            _c("anecdote", "Maggie Lorne", "https://maggielorne.com", "My husband and I have a two-episode rule, but the second episode always ends on a cliffhanger designed precisely to beat the two-episode rule. They know."),
            _c("non_native", "Henrike", "https://henrikeschaut.de", "In Germany we watch many of these shows dubbed and the long middle part is even more boring somehow. I agree with the rule about what changed. I will use it also, I have four shows open since months."),
            _c("short", "Bill", "https://billwatchesthings.blogspot.com", "Agree 100%."),
            _c("correction", "tvnerd_jules", "", "Pretty sure Quarry S2 was seven episodes plus a recap special that nobody counts, not eight. Which, honestly, makes your point even better."),
            _c("specific_thanks", "Ana Paula", "", "Thank you for the what-changed rule. It's so simple and I've been stuck halfway through four shows out of pure guilt."),
        ],
    },
    {
        "id": "b008",
        "topic": "education",
        "lang": "en",
        "title": "A year without maths homework in Year 8: what happened",
        "text": _t("""
In September I made a deal with my two Year 8 maths sets: no weekly homework for the whole year. Instead, every Friday we'd do a 20-minute retrieval quiz in class covering anything from the year so far, marked by them, not me. The department agreed to let me try it on the condition that I tracked results against the other three Year 8 sets, which kept homework as normal.

Some numbers. In the end-of-year assessment my two sets averaged 61% and 58%. The three homework sets averaged 57%, 63% and 55%. That is, as far as I can tell, nothing. The sets weren't matched perfectly, 8X2 is slightly stronger than 8Y4, and one year with 58 kids proves very little. I'm not going to pretend otherwise.

What did change was everything around the numbers. I got back roughly three hours a week I used to spend chasing, logging and marking homework, about half of which had been copied or done in the ten minutes before registration. Detentions for missing homework in my sets went from 41 last year to zero, obviously. And the Friday quizzes became oddly popular: Kacper in 8Y4 asked if he could write the questions one week, and they were harder than mine.

Parents were split. About a third emailed in the autumn asking why their child had “nothing to do at home.” I sent them the quiz questions and suggested doing five together over dinner. Two families told me at parents' evening that it was the first time they'd talked about maths without a row. Next year we're extending the trial to all of Year 8.
"""),
        "url": "https://chalkfacediary.co.uk/2019/07/a-year-without-homework/",
        "keywords": ["homework", "Year 8", "maths teaching", "retrieval practice", "quizzes", "secondary school", "parents", "workload"],
        "comments": [
            _c("short", "Mrs J", "https://mrsjonesteachesmaths.wordpress.com", "Brilliant, thanks for sharing."),
            _c("disagreement", "Helen Maddox", "https://twitter.com/helenmaddox_edu", "I'd be cautious. Homework isn't only about attainment, it's about building independent study habits before GCSE. If they reach Year 10 never having worked alone at home it'll be a shock. Retrieval quizzes are great but they're still teacher-led."),
            _c("owner_reply", "Gareth Lloyd", "https://chalkfacediary.co.uk", "@Helen that's a fair worry and it's the main thing the department raised too. Plan for next year is optional independent tasks in the summer term of Year 8, then proper homework from Year 9. We'll see."),
            _c("question", "Sunita Rao", "https://sunitarao-teaches.blogspot.com", "How did you handle students who were absent on Fridays? Did they make the quiz up or just miss it?"),
            _c("link_reference", "Tom B (research lead)", "https://twitter.com/tombresearchlead", '''The EEF summary of the homework evidence is worth a look — positive impact at secondary, but heavily dependent on quality and feedback: <a href="https://educationendowmentfoundation.org.uk/education-evidence/teaching-learning-toolkit/homework">EEF Toolkit: Homework</a>'''),
            _c("quote_reply", "Disillusioned HoD", "", "“about half of which had been copied or done in the ten minutes before registration” — this is the bit nobody in SLT wants to admit. We're marking fiction and logging it on a spreadsheet."),
            _c("angry", "Claire H.", "", "As a parent I'd be FURIOUS if my daughter's school did this without asking us. Homework is the only window we get into what they're actually learning. “Do five questions over dinner” is not a substitute for the school doing its job."),
            _c("specific_thanks", "Dr Femi Adebayo", "https://femiadebayo.net", "Thanks for being honest that the numbers show nothing. So many blogs trumpet a 4% gain from one class. It makes me trust the rest of what you're saying."),
            _c("anecdote", "Rhiannon", "", "My son's school dropped homework in Year 7 and some of the kids started making their own flashcards because they were nervous about tests. Not all of them, obviously, but more than I'd have guessed."),
            _c("non_native", "Javier Moreno", "https://profejaviermates.blogspot.com", "I am maths teacher in Spain, here homework is very strong tradition and parents expect it every day. I think I cannot do this full experiment but I will try Friday quiz with my 2º ESO group, thank you for the detail that students mark it themself."),
            _c("short", "Dan", "", "Kacper sounds like a future teacher!"),
            _c("correction", "Priya (A-level stats)", "", "Sorry, stats teacher here: with 58 kids across two sets a 3–4 point gap isn't really “nothing”, it's more that you can't tell either way. Absence of evidence vs evidence of absence. Love the experiment though!"),
            _c("short", "Mark Ellison", "https://ellisonedu.co.uk", "Following this with interest."),
        ],
    },
    {
        "id": "b009",
        "topic": "environment",
        "lang": "en",
        "title": "First winter with a cold-climate heat pump in a 1926 Duluth house",
        "text": _t("""
This was our first full winter with a cold-climate air-source heat pump in our 1926 house in Duluth, and enough people at church have asked me about it that I'm writing it down. Short version: it worked, it wasn't magic, and the old gas furnace still ran on the coldest nine days.

The setup: a 3-ton ducted heat pump rated down to -13°F, installed last August for $18,400 before incentives. We got a $2,000 federal tax credit and a $2,500 utility rebate, so $13,900 out of pocket. We kept the 15-year-old furnace as backup, wired to switch over automatically when it's below -5°F outside. Before the install we spent $3,100 on air sealing and blown cellulose in the attic, which the energy auditor said would matter more than any equipment. She was right.

Numbers from November to February: the heat pump used 5,870 kWh. Gas dropped from 812 therms the previous winter to 164. Our combined heating cost went from roughly $1,190 to $1,020, a savings of about $170, which is frankly underwhelming, because electricity here is expensive and gas is cheap. The carbon picture is much better than the dollar one.

What I didn't expect is that the house feels different. The heat pump runs long, slow cycles instead of blasting hot air every twenty minutes, so the upstairs bedrooms are finally the same temperature as downstairs. My wife, the skeptic, now calls it “the good furnace.” I'll post a full cost breakdown next month, including the electrical panel upgrade I left out of the numbers above.
"""),
        "url": "https://coldclimatehome.net/2024/03/first-winter-heat-pump-duluth/",
        "keywords": ["heat pump", "cold climate", "Duluth", "gas furnace", "energy audit", "insulation", "heating costs", "carbon emissions"],
        "comments": [
            _c("short", "Gretchen", "", "Great real-world data, thanks."),
            _c("question", "Kyle", "https://kylefargohomestead.blogspot.com", "What's your electricity rate per kWh? Trying to compare with ours in Fargo ($0.11). I suspect the math would be better here."),
            _c("owner_reply", "Erik Lindqvist", "https://coldclimatehome.net", "@Kyle we pay $0.156 on the standard residential plan. At 11 cents your winter would look a lot better than mine. Also check whether your co-op has a separate heat pump rate, some in ND do."),
            _c("disagreement", "Walt Sorensen", "", "Respectfully, $13,900 to save $170 a year is an 80-year payback. I'm all for lower carbon but let's not pretend this makes financial sense for most people in the Upper Midwest. Until gas prices change it's a luxury purchase."),
            _c("link_reference", "Sarah Lindahl", "https://northshoreenergyaudits.com", '''If you're shopping, the NEEP cold-climate heat pump list lets you filter by capacity at 5°F, which is the number that actually matters up here: <a href="https://ashp.neep.org/">NEEP ccASHP product list</a>'''),
            _c("quote_reply", "Pete R.", "https://peterenovates.blogspot.com", "“The carbon picture is much better than the dollar one.” Appreciate you not spinning it. Most posts I find are either heat pumps are miracles or heat pumps don't work below freezing."),
            _c("anecdote", "Marcy", "https://marcysmakeovers.com", "We did the air sealing first and put off the heat pump. Gas bill dropped about 22% just from that. Boring but effective."),
            _c("non_native", "Øyvind", "", "Very interesting for me. In Norway almost everybody has heat pump now, but mostly air-to-air in living room, not ducted. Even at -20 it works ok but is noisy outside. Your house from 1926 is similar age as my grandfather house in Trondheim."),
            _c("short", "J. Kowalczyk", "", "Bookmarking for next year's project."),
            _c("correction", "Matt (CPA)", "", "Heads up: the federal heat pump credit is capped at $2,000 a year, so you got the max there, but air sealing and insulation fall under a separate $1,200 cap. You may be able to claim part of that $3,100 too."),
            _c("personal_story", "Jolene Haugen", "https://haugenhomestead.blogspot.com", "Our first heat pump went in back in 2014, an older model the installer swore was fine for Minnesota. During the polar vortex that January it basically gave up at -20 and blew lukewarm air for three days while the backup electric strips ran nonstop. Our bill that month was $640 and I swore I'd never have another one. Fast forward to 2022, a neighbor talked me into looking at the newer cold-climate units and let me stand in her living room at -18 while hers was running. The difference is night and day. We put one in last fall with a gas backup like yours. So if anyone reading has an old horror story like mine, the technology has genuinely changed."),
            _c("specific_thanks", "Danielle Okonkwo", "", "Thank you for mentioning the switchover temperature. Ours was set at 25°F by the installer and I never knew it could go lower. Calling them tomorrow."),
            _c("question", "Bernie", "", "Is the outdoor unit loud? Our lot is tiny and the neighbors' bedroom window is maybe 12 feet away."),
        ],
    },
    {
        "id": "b010",
        "topic": "business",
        "lang": "en",
        "title": "I stopped posting on Instagram every day. Here are the bakery's numbers.",
        "text": _t("""
For three years I posted on the bakery's Instagram every single day. Croissant cross-sections at 7 a.m., reels of lamination, stories with polls about which cookie to bring back. I had 8,900 followers and a nagging feeling that the account was a second full-time job that paid in hearts.

In June I stopped. Not entirely: I went to three posts a week, all photographed in one batch on Monday afternoons, plus a single story on mornings when something sells out. I turned off notifications on my phone and only open the app on the laptop. I honestly expected to see it in the till.

Here's what happened in the five months since. Followers went from 8,900 to 9,240, slower than before but still growth. Average reach per post dropped about 30%. Revenue from June to October was up 6% year over year, roughly matching our price increase, so flat in real terms. The number of first-time customers who mention Instagram stayed about the same, two or three a week. What actually moved the needle this autumn was the local paper's “best cinnamon buns” roundup, which brought in more new faces in one Saturday than any reel I ever made.

I got back something like eight hours a week. I've used some of it to test a rye sourdough and some of it to sleep. If you run a small food business and the algorithm is eating you alive, try a month of doing less and watch your own numbers, not the ones a social media coach tells you to care about.
"""),
        "url": "https://flourandfolly.com/2022/11/stopped-posting-every-day/",
        "keywords": ["Instagram", "small business", "bakery", "social media marketing", "posting frequency", "reach", "local press"],
        "comments": [
            _c("specific_thanks", "Noor", "https://noorbakes.co.uk", "Thank you for sharing actual figures. Asking new customers whether they came from Instagram is such a smart, low-tech way to measure it."),
            _c("disagreement", "Jade Whitmore", "https://whitmoresocial.co.uk", "I run social for a handful of hospitality clients and I'd push back a little: a 30% drop in reach is significant, it just hasn't hit revenue YET because you have an established local base. For a newer business, going quiet can be fatal. Context matters."),
            _c("owner_reply", "Rosa Delgado", "https://flourandfolly.com", "@Jade completely fair, and I should have said it more clearly — we've been open eleven years. If I were starting out I'd probably do the daily grind for a while too."),
            _c("link_reference", "Megan Tully", "https://wickandwander.com", "I tracked something similar for my candle shop for six months last year, results were almost the same as yours: https://wickandwander.com/blog/i-posted-less-heres-what-happened"),
            _c("short", "lizzie b", "", "those cinnamon buns though 😍"),
            _c("question", "Carlos", "https://carloscoffeecart.com", "Do you use a scheduler for the batch posts or post them manually? I keep hearing Instagram punishes scheduled posts but I can't tell if that's a myth."),
            _c("quote_reply", "Tamsin", "https://tamsinmakespots.co.uk", "“a second full-time job that paid in hearts” — oof. This is exactly my life with my pottery account."),
            _c("non_native", "Inês Carvalho", "", "I have small pastelaria in Porto and I feel the same, Instagram take all my evenings. I will try the Monday photo idea. Please can you say how many photos you take in one session for the whole week?"),
            _c("angry", "growthmindset_rob", "", "Sorry but this is the attitude that keeps small businesses small. “Watch your own numbers” — your own numbers say you're FLAT in real terms! Growth is the point. You can sleep when you're big enough to hire someone."),
            _c("short", "Hannah", "", "Needed to read this today."),
            _c("anecdote", "Deli on 5th", "https://delion5th.com", "Same thing happened with us and a newspaper feature. One article in print brought in older customers who would never follow us online, and a lot of them come every week now."),
            _c("personal_story", "Marguerite Okafor", "", "I ran a small café for nine years and for the last three I hired a 'content person' two days a week because a consultant told us we were invisible without daily video. It cost us about £900 a month. Our following tripled. Our weekday lunch trade didn't change at all, because the people who watched our videos mostly lived in other cities. When we finally let her go, nothing happened except that I had more money for a second barista, and the queue got shorter, and people were happier. I'm not anti-social media, I just think for a place people physically walk into, it's one tool, and we treated it like the business."),
            _c("short", "Abdul", "", "Great post, agree completely."),
        ],
    },
    {
        "id": "b011",
        "topic": "history",
        "lang": "en",
        "title": "What the Calder County death register says about the 1918 flu",
        "text": _t("""
With everything going on this spring, I've had a lot of questions from readers about the 1918 influenza in Calder County. So last week I spent two afternoons (masked, alone, by appointment) in the courthouse basement with the death register for October 1918 through March 1919. It's a big leather book with marbled edges, and the handwriting changes three times in October, which tells its own story.

Between October 4 and December 31, 1918, the register records 214 deaths in the county, against 41 for the same period in 1917. Of those, 163 list influenza, “la grippe” or pneumonia as the cause. The town of Brannock, where the Calder No. 2 mine was, accounts for 97 of them, though it had perhaps a fifth of the county's population. The median age of the influenza deaths I counted is 27.

Reading the entries in order is hard. There is a run of six Slovak names, all miners, all between 22 and 34, in four days. There is the Presbyterian minister, Rev. Albert Cooley, who died on October 19, and his wife on October 21. There's a baby girl, aged 11 days, where the clerk wrote a cause, crossed it out, and wrote “unknown.”

The mine closed for three weeks in October, according to the Brannock Courier, and the company's own records (held at the state archive, which I haven't seen yet) might tell us how many men never came back. If your family was in Calder County in 1918 and you have letters, photos or a family Bible with dates, I would love to hear from you.
"""),
        "url": "https://countyarchivist.blogspot.com/2020/04/calder-county-1918-influenza/",
        "keywords": ["1918 influenza", "Spanish flu", "death register", "mining town", "Slovak miners", "county archives", "genealogy", "pandemic"],
        "comments": [
            _c("short", "Ruth A.", "", "Thank you for this, Margaret. Very moving."),
            _c("personal_story", "Karen Hudak-Miles", "https://hudakfamilytree.wordpress.com", "I think my great-grandfather's brother is in that run of Slovak names. Family story was always that Jozef Hudak came over in 1910, worked at Calder No. 2, and that his brother Andrej 'died of the fever' the autumn after he arrived. Nobody knew the exact date and there's no headstone. My grandmother used to say Jozef never spoke about it except once a year, when he'd light a candle in early October and not tell anyone why. If the register has an Andrej or Andrew Hudak in those four days, that would be the first real record we've ever had of him. I'm going to request an appointment at the courthouse. Thank you for doing this work at a time when it must have felt very close to home."),
            _c("question", "Dolores Petrak", "https://petrakgenealogy.wordpress.com", "Do the entries say where people were buried? I've been looking for my grandmother's sister, who died in November 1918, and she isn't in the Brannock Catholic cemetery records."),
            _c("owner_reply", "Margaret Haines", "https://countyarchivist.blogspot.com", "@Dolores some entries name a cemetery and some just say “Brannock.” There was a temporary burial ground on the hill above the company houses that was used that autumn and it's very poorly documented. Email me her name and I'll check on my next visit."),
            _c("link_reference", "epi_student", "", "The CDC overview explains why 1918 killed so many young adults, which matches your median age of 27: https://www.cdc.gov/flu/pandemic-resources/1918-pandemic-h1n1.html"),
            _c("correction", "Howard Lyle", "https://lylegenealogy.com", "Small point: by 1918 most clerks used “la grippe” for influenza, but some still used it loosely for bad colds or bronchitis, so a few of the 163 may be unrelated. Doesn't change the picture much, just worth noting if anyone tries to build statistics from it."),
            _c("disagreement", "J. Whitcombe", "", "I'm a bit uncomfortable with naming the minister's wife and describing the baby's entry in such detail. I know it's public record, but descendants may stumble across this without warning. Maybe leave names out in future?"),
            _c("owner_reply", "Margaret Haines", "https://countyarchivist.blogspot.com", "@J. Whitcombe I did think about that. Registers over 100 years old are open in our state, and families tell me fairly often that they found a relative through a post like this. But I take the point about warning readers, and I left the baby's name out deliberately."),
            _c("quote_reply", "Tess", "https://tesswrites.substack.com", "“the handwriting changes three times in October” — that line stopped me cold. The clerks were getting sick too."),
            _c("non_native", "Milan Kováč", "", "My grandfather come from Slovakia to Pennsylvania mines also in 1912. Our family say his brother died in the spanish flu but we never found where. Thank you for show how to look in county register, I did not know this exist."),
            _c("short", "Eileen", "https://eileensoldphotos.blogspot.com", "Fascinating and sad."),
            _c("anecdote", "Bob Kerrigan", "", "My grandmother was 8 in 1918 and remembered that the town stopped ringing the church bells for funerals because they would have rung all day."),
        ],
    },
    {
        "id": "b012",
        "topic": "personal",
        "lang": "en",
        "title": "I learned to swim at forty",
        "text": _t("""
I turned 40 in May and I could not swim. I could do a kind of upright, panicked thrashing that got me maybe four metres before I grabbed for the side. I grew up in Kumasi, far from the sea, and then in a part of Leicester where nobody I knew went to the baths. By the time I was an adult it had become a secret, the kind you plan holidays around.

In June I signed up for an adult beginners' course at the leisure centre: ten Thursday sessions, £62, 8 p.m. in the teaching pool. There were six of us. Maureen, who is 71 and wanted to swim with her grandchildren in Spain. Dev, a taxi driver. Two sisters from Syria who came together and held hands in the water the first week. A man called Phil who never said why he was there. And me.

Our instructor, Lewis, was about 23 and the most patient person I have ever met. For the first two sessions we didn't swim at all. We stood in chest-deep water and practised breathing out through our noses with our faces in. It's amazing how much fear lives in that one action. In session five I floated on my back for the first time and laughed so hard I swallowed half the pool.

Last Thursday I swam a full width, 12 metres, front crawl, badly. Maureen clapped. I got out, sat in the car park and cried for a bit, which I'm telling you because I think people my age don't admit to learning things that children learn. I've booked the improvers' course for September.
"""),
        "url": "https://notesfromthedeepend.wordpress.com/2017/08/learning-to-swim-at-forty/",
        "keywords": ["learning to swim", "adult swimming lessons", "turning 40", "fear of water", "Leicester", "leisure centre", "personal growth"],
        "comments": [
            _c("short", "Abena", "", "This made me cry too. Well done!"),
            _c("personal_story", "Gillian Marsh", "https://gilliangoesoutside.wordpress.com", "I learned at 52, after my husband died, because we'd always had a rule that he did the water bits on holiday and I stayed with the bags. On our last trip to Crete I watched him swim out to a little rock and wave, and afterwards I couldn't stand the idea of never doing that. My first lesson I got as far as sitting on the edge with my feet in and went home. My instructor, a retired PE teacher called Sandra, rang me the next day and said 'feet in is a start, come back.' It took me two full courses. Last summer I swam out to that same rock. It's about 60 metres. Nobody waved, but I did."),
            _c("question", "Tomás", "https://tomaslearnstoswim.wordpress.com", "Did they let you use floats or noodles at the start? I'm terrified the course near me will just expect me to get in and go."),
            _c("owner_reply", "Kwame Boateng", "https://notesfromthedeepend.wordpress.com", "@Tomás yes, lots — kickboards, noodles, and a float belt for Maureen and me for the first few weeks. Any decent adult beginner class will start in the shallow end. Ring them and ask what the first session looks like, it helps."),
            _c("link_reference", "Lou", "", "For anyone in the UK, Swim England has a search for adult lessons near you: https://www.swimming.org/learntoswim/adult-swimming-lessons/"),
            _c("quote_reply", "Dami", "https://damiwrites.substack.com", "<blockquote>the kind you plan holidays around</blockquote>\nYes. I've spent twenty years telling people I just don't like beaches."),
            _c("disagreement", "Chris P.", "https://chrispcampaigns.org", "Lovely post, but I'd push back on calling it a secret, like something shameful. Loads of adults can't swim, and it's mostly about access and money, not personal failing. Councils closing pools is the real story here."),
            _c("non_native", "Rahima", "", "Congratulations Kwame! I am from Bangladesh and I also cannot swim until 35, in my village only boys swim in pond. Now I go lessons in Bradford with my daughter and she is faster than me already haha"),
            _c("short", "Pam", "", "Go Maureen!"),
            _c("specific_thanks", "Ed Whitley", "", "Thank you for describing the breathing-out-through-your-nose exercise. That is exactly where I freeze and nobody ever explained what to practise."),
            _c("anecdote", "Kofi A.", "https://twitter.com/kofi_in_accra", "My dad learned at 60 at Labadi beach, with my cousin teaching him in the shallows. He still tells everyone about it at every family party."),
            _c("short", "Sue", "https://suesallotment.blogspot.com", "Inspiring. Thanks for sharing."),
        ],
    },
]

# ---------------------------------------------------------------------------
# b013 - b018  (b013 zh, b014 pt, b015 fr, b016 de, b017 zh-hant)
# ---------------------------------------------------------------------------
POSTS += [
    {
        "id": "b013",
        "topic": "travel",
        "lang": "zh",
        "title": "在沙溪住了三天：古镇很小，周边很大",
        "text": _t("""
十月底从大理古城坐了两个多小时的中巴到剑川，再转面包车进沙溪，车费一共四十三块。司机一路放着白族调子，说现在来的人比五年前多了三倍，“但还是比大理安静”。我住在寺登街旁边一家只有六间房的客栈，老板娘姓杨，每天早上给我煮一碗饵丝，加一勺她自己腌的酸菜。

沙溪最出名的是四方街和兴教寺，据说是茶马古道上保存最完整的集市之一。我第一天下午就去了，人不算多，几个小孩在古戏台下面踢毽子。说实话，古镇核心区很小，半个小时就能走完，真正让我留下来的是周边的村子。第二天我租了一辆电动车（一天六十块），沿着黑惠江往南骑，路过一片刚收完的稻田，有个老人坐在田埂上剥蚕豆，看到我就招手让我尝。

第三天赶上了周五的集市，这是整趟旅行我觉得最值的一天。卖菌子的、卖手工铜器的、卖小猪仔的全挤在一条街上，我花二十五块买了一把核桃木勺，现在还在用。

缺点也要说：镇上的咖啡馆和文创店越来越多，有几家一杯美式要三十八，和上海差不多。如果你想看的是“原汁原味”，建议尽快去，也建议住得久一点，别只拍个照就走。
"""),
        "url": "https://lanlan-slowtravel.com/2023/11/shaxi-three-days/",
        "keywords": ["沙溪古镇", "云南", "剑川", "茶马古道", "四方街", "周五集市", "慢旅行", "客栈"],
        "comments": [
            _c("short", "小鹿乱撞", "", "求照片！！"),
            _c("short", "Momo", "https://momo-zoulu.blogspot.com", "写得真好，收藏了。"),
            _c("question", "江南的雨", "", "请问从剑川到沙溪的面包车在哪里坐？是在汽车站门口吗？我们十二月打算带父母去，怕老人家折腾。"),
            _c("owner_reply", "阿岚", "https://lanlan-slowtravel.com", "@江南的雨 对，剑川客运站出门右手边就有，凑满人就走，大概十五块一位。带老人的话也可以让客栈帮忙叫车，杨姐家接送是八十一趟，比较省心。"),
            _c("link_reference", "背包老陈", "https://laochen-backpack.blogspot.com", "补充一个链接，维基百科上有寺登街的介绍，讲了它当年怎么被列入世界建筑遗产观察名录的：https://zh.wikipedia.org/wiki/沙溪镇_(剑川县)"),
            _c("disagreement", "一棵树", "", "我觉得“建议尽快去”有点制造焦虑了。古镇商业化是必然的，当地人也要赚钱，三十八的咖啡只是给游客多一个选择，不想喝可以去集市喝碗豆浆。不能要求人家永远保持我们想象中的样子。"),
            _c("anecdote", "Chloe_Z", "", "去年也在黑惠江边骑过车，被一个奶奶拉去家里吃了顿饭，死活不收钱，最后我把包里的巧克力全给了她孙子。"),
            _c("quote_reply", "行者无疆", "https://www.douban.com/people/xingzhewujiang/", "“真正让我留下来的是周边的村子”——太同意了。鳌峰山脚下那几个村子比古镇本身有意思多了，推荐下次去看看。"),
            _c("specific_thanks", "桃子", "", "谢谢写了具体价格，包括电动车和咖啡，做攻略最需要的就是这些。"),
            _c("non_native", "佐藤健", "", "我是日本人，在昆明学汉语。去年我也去了沙溪，我很喜欢那个集市，但是我的中文不好，买东西时候老板说得太快，我听不懂。下次我想住久一点，也想吃饵丝。"),
            _c("correction", "剑川人在昆明", "", "小纠正：集市固定在周五是这几年的事，以前是按老历法赶街的。另外兴教寺是明代建筑，不是网上很多人说的唐代。"),
            _c("personal_story", "老周", "https://laozhou-photo.com", "我第一次去沙溪是二〇〇八年，那时候整条寺登街只有一家客栈，晚上九点以后全镇黑漆漆的，只听得见狗叫。四方街的戏台还在修，脚手架上挂着瑞士那个修复项目的牌子。我在一户人家里借住了两晚，主人每天早上五点起来喂马，让我帮忙抱草料。十五年后再去，客栈几十家，咖啡馆比马多。心情挺复杂的，可看到老房子都还在，也觉得比拆掉好太多。"),
            _c("short", "Vivian", "", "想去！"),
        ],
    },
    {
        "id": "b014",
        "topic": "sports",
        "lang": "pt",
        "title": "A final da várzea que parou a Vila Jacuí",
        "text": _t("""
Domingo passado o Unidos da Vila Jacuí disputou a final do campeonato de várzea da zona leste contra o Grêmio Recreativo Itaim, e eu, que acompanho o time desde 2011, nunca vi o campo do Jacuizinho tão cheio. A organização falou em 3 mil pessoas. Eu chutaria mais: tinha gente em cima do muro, na laje dos vizinhos, até no galho da mangueira atrás do gol.

O jogo foi duro. O Itaim abriu o placar aos 12 minutos num pênalti que, com todo respeito ao juiz Seu Valdir, não foi pênalti. O empate só veio no segundo tempo, com o Cabeça, nosso zagueiro de 41 anos que trabalha de motorista de aplicativo durante a semana, subindo mais alto que todo mundo num escanteio. Nos pênaltis, o goleiro Tiaguinho pegou dois e a quebrada inteira invadiu o campo.

O que pouca gente de fora entende é que a várzea não é futebol amador no sentido de “menor”. É o clube social do bairro. O churrasco depois do jogo foi bancado com rifa, o jogo de camisas novo saiu de uma vaquinha de R$ 4.800 entre os comerciantes da avenida, e a dona Cida vende pastel na beira do campo há mais de vinte anos.

A prefeitura prometeu gramado sintético para o Jacuizinho em 2016. Até hoje é terra batida, e quando chove vira lama. Fica o registro: campeões na raça, e ainda esperando o gramado.
"""),
        "url": "https://varzearaiz.com.br/2019/12/final-vila-jacui-campeao/",
        "keywords": ["futebol de várzea", "Vila Jacuí", "zona leste", "São Paulo", "final", "pênaltis", "futebol amador", "gramado sintético"],
        "comments": [
            _c("short", "Juninho ZL", "", "É CAMPEÃO!!! 🏆"),
            _c("short", "Paty Moraes", "https://patymoraes.wordpress.com", "Que texto lindo, Rafa."),
            _c("anecdote", "Wellington", "", "Eu tava na laje do seu Jorge! Quando o Tiaguinho pegou o segundo pênalti a laje tremeu, juro por Deus."),
            _c("disagreement", "Marcos (torcedor do Itaim)", "", "Com todo respeito, foi pênalti sim. Vi o vídeo que o pessoal do Itaim postou, o zagueiro chega atrasado e acerta o tornozelo. Parabéns pelo título, mas o Seu Valdir acertou."),
            _c("owner_reply", "Rafael Nogueira", "https://varzearaiz.com.br", "@Marcos rapaz, vou rever o vídeo com calma, mas de onde eu tava pareceu que ele pegou na bola primeiro. Parabéns pro Itaim pela campanha, foi uma final digna."),
            _c("question", "Cláudia Ribeiro", "https://claudiaribeiro.com.br", "Alguém sabe se vai ter jogo festivo ou confraternização no fim do mês? Queria levar meu pai, ele jogou no Jacuí nos anos 80."),
            _c("link_reference", "Prof. André Lima", "https://historiadabola.wordpress.com", "Pra quem quer entender a história da várzea em SP, o acervo do Museu do Futebol tem um material ótimo: https://museudofutebol.org.br/crfb/acervo/ (busca por “várzea”)."),
            _c("angry", "Dona Lurdes", "", "GRAMADO PROMETIDO EM 2016 E ATÉ HOJE NADA. Toda eleição aparece vereador tirando foto no campo e depois some. Vergonha!!"),
            _c("quote_reply", "Bia Santos", "https://twitter.com/biasantosfut", "“a várzea não é futebol amador no sentido de menor” — é isso. Melhor definição que já li."),
            _c("specific_thanks", "Eduardo M.", "", "Obrigado por lembrar da dona Cida. O pastel de carne dela é patrimônio da zona leste."),
            _c("non_native", "Nico Fernández", "", "Soy argentino, moro em São Paulo faz dois anos e fui no jogo com meu vizinho. Foi muito emocionante, parecido com o potrero do meu bairro em Rosario. O pastel da senhora é muito bom, comi tres."),
            _c("correction", "Tiaguinho", "https://instagram.com/tiaguinho.gol", "Só uma correção: o Cabeça tem 43, não 41 kkkk ele fez aniversário semana passada e a gente cantou parabéns no vestiário"),
        ],
    },
    {
        "id": "b015",
        "topic": "film_tv",
        "lang": "fr",
        "title": "Un jeudi soir au ciné-club de la Croix-Rousse : Murnau, un piano et quarante chaises",
        "text": _t("""
Depuis septembre, je vais presque tous les jeudis au petit ciné-club installé dans l'ancienne salle paroissiale d'une rue en pente de la Croix-Rousse. Quarante chaises pliantes, un projecteur qu'Hervé, le bénévole, surveille comme un nouveau-né, et une entrée à 4 euros, café compris. Le programme de ce trimestre est consacré au muet allemand.

Jeudi dernier, c'était L'Aurore de Murnau (1927), accompagné en direct au piano par Mathilde Roux, une étudiante du conservatoire de 22 ans qui improvise à partir de quelques thèmes notés sur une feuille. Je connaissais le film, vu en DVD il y a dix ans avec la partition d'origine. Rien à voir. Quand l'homme rame sur le lac et hésite à noyer sa femme, Mathilde a simplement cessé de jouer pendant presque une minute. On entendait la salle respirer.

Après la projection, Hervé a lancé la discussion, comme chaque fois. Une dame d'environ quatre-vingts ans a raconté qu'elle avait vu le film pour la première fois dans un ciné-club étudiant en 1958. Un lycéen a trouvé le jeu des acteurs « trop exagéré », et il y a eu un débat assez vif, mais bienveillant, sur ce que veut dire « jouer juste » sans la parole.

Je ne sais pas combien de temps ce genre d'endroit peut tenir. La paroisse leur prête la salle gratuitement jusqu'en juin. Si vous êtes à Lyon, allez-y, et apportez un coussin : les chaises sont d'époque, elles aussi.
"""),
        "url": "https://lanternemagique-blog.fr/2018/02/cine-club-croix-rousse-murnau/",
        "keywords": ["ciné-club", "Croix-Rousse", "Lyon", "cinéma muet", "Murnau", "L'Aurore", "accompagnement au piano", "bénévoles"],
        "comments": [
            _c("short", "Odile", "", "Magnifique, merci Claire."),
            _c("short", "Bastien R.", "https://bastienr.fr", "J'y étais ! Quelle soirée."),
            _c("question", "Sébastien L.", "", "Est-ce qu'il faut réserver ou on peut venir directement ? Et le programme du printemps est publié quelque part ?"),
            _c("owner_reply", "Claire Vasseur", "https://lanternemagique-blog.fr", "@Sébastien pas de réservation, premier arrivé premier assis. Le programme est affiché à la boulangerie d'en face et sur leur page Facebook, je mettrai le lien dans le prochain billet."),
            _c("link_reference", "Yannick", "https://cinephile-du-dimanche.over-blog.com", '''Pour ceux qui veulent approfondir, la page Wikipédia du film est très complète, y compris sur la musique d'origine : <a href="https://fr.wikipedia.org/wiki/L%27Aurore_(film,_1927)">L'Aurore (film, 1927)</a>'''),
            _c("disagreement", "Jean-Marc Dufour", "", "Je suis un peu sceptique sur l'improvisation. C'est joli, mais le film est sorti avec une partition, et je trouve qu'on trahit un peu l'œuvre en la remplaçant par l'humeur d'une pianiste, aussi talentueuse soit-elle."),
            _c("correction", "Lucie", "https://lucie-musicologie.hypotheses.org", "@Jean-Marc petite précision : la musique de la sortie américaine était en grande partie une compilation d'airs existants, arrangés par Hugo Riesenfeld. Et à l'époque, dans la plupart des salles, c'était justement un pianiste local qui improvisait. Mathilde est peut-être plus fidèle qu'on ne croit !"),
            _c("quote_reply", "Agathe", "https://agathe-ecrit.fr", "« On entendait la salle respirer. » Rien que pour cette phrase, j'ai envie d'y aller jeudi."),
            _c("anecdote", "Pierre Vandamme", "", "Ma grand-mère jouait du piano dans un cinéma de Roubaix dans les années 20. Elle disait qu'il fallait toujours avoir une valse et une marche funèbre prêtes, parce qu'on ne savait jamais ce qu'on allait projeter."),
            _c("non_native", "Emily", "", "Je suis anglaise et j'habite à Lyon depuis un an. Je ne connais pas ce ciné-club mais je veux aller, c'est plus facile pour moi le cinéma muet car il n'y a pas de dialogues rapides haha. Merci pour l'article !"),
            _c("specific_thanks", "Thomas, pianiste", "https://thomas-accompagne.fr", "Merci d'avoir cité Mathilde par son nom. Les accompagnateurs de films muets sont presque toujours oubliés dans les comptes rendus."),
            _c("personal_story", "Maryvonne", "", "J'ai découvert le cinéma muet à quinze ans, en 1966, dans un ciné-club du Havre tenu par un instituteur qui ressemblait à Buster Keaton. Il projetait les films dans la cantine de l'école, et comme il n'y avait pas de piano, il mettait des disques de Satie et de Debussy sur un électrophone posé sur une chaise. Parfois le disque sautait au moment le plus dramatique et toute la salle éclatait de rire. C'est là que j'ai vu Nosferatu pour la première fois, et je n'ai pas dormi pendant une semaine. Votre billet m'a donné envie de retrouver ce genre de soirée. Merci."),
        ],
    },
    {
        "id": "b016",
        "topic": "environment",
        "lang": "de",
        "title": "Ein Jahr ohne Auto: unsere ehrliche Bilanz mit dem Lastenrad",
        "text": _t("""
Vor genau einem Jahr haben wir unseren Opel Zafira von 2009 verkauft, für 2.300 Euro an einen Händler in Gundelfingen, und uns ein gebrauchtes Lastenrad mit Elektromotor gekauft. Zwei Erwachsene, zwei Kinder (4 und 7), eine Wohnung im Stühlinger. Viele Freunde haben uns damals prophezeit, dass wir nach dem ersten Winter zurückrudern würden. Hier ist die Bilanz.

Das Rad hat 3.900 Euro gekostet, dazu kamen 450 Euro für Regenverdeck, Schloss und Versicherung. In zwölf Monaten sind wir ungefähr 4.100 Kilometer gefahren, geschätzt 70 Prozent davon Kita- und Schulwege und Einkäufe. Für längere Strecken haben wir 14-mal ein Carsharing-Auto am Bahnhof gebucht, insgesamt 612 Euro. Im Vergleich zu den Kosten des Zafira (Versicherung, Steuer, Sprit, TÜV, zwei Reparaturen) sparen wir nach meiner Rechnung etwa 1.800 Euro im Jahr.

Was schwierig war: der Januar. An drei Tagen war es so glatt, dass wir zu Fuß gegangen sind, und einmal musste ich unsere Tochter mit Fieber im Regen zum Kinderarzt fahren, was sich nicht gut angefühlt hat. Außerdem ist ein Lastenrad schwer, 45 Kilo plus Kinder, und unser Fahrradkeller hat zwei Stufen.

Was uns überrascht hat: wie viel wir plötzlich vom Viertel mitbekommen. Die Kinder grüßen den Bäcker, Nachbarn sprechen uns an der Ampel an. Zurück zum Auto? Im Moment nicht. Aber ich verstehe jeden, der auf dem Land wohnt und das alles für Unsinn hält.
"""),
        "url": "https://lastenradjahr.de/2021/05/ein-jahr-ohne-auto-bilanz/",
        "keywords": ["Lastenrad", "autofrei", "Freiburg", "Carsharing", "Familie", "Verkehrswende", "Kosten", "Winter"],
        "comments": [
            _c("short", "Miriam", "", "Toller Bericht, danke!"),
            _c("question", "Katrin M.", "", "Welches Modell habt ihr genau? Und wie schlägt sich der Motor am Anstieg Richtung Sternwald?"),
            _c("owner_reply", "Jonas Weber", "https://lastenradjahr.de", "@Katrin ein gebrauchtes Babboe Curve-E von 2018. Zum Sternwald hoch geht es, aber mit beiden Kindern im Kasten nur auf höchster Stufe, und der Akku merkt das deutlich."),
            _c("angry", "Bernd K.", "", "Schön für euch in der Stadt. Ich wohne im Hochschwarzwald, nächster Supermarkt 11 km, Bus zweimal am Tag. Solche Artikel werden dann von Politikern zitiert, als ob das für ALLE ginge. Geht es nicht."),
            _c("disagreement", "Sabine", "", "Ich finde, man sollte ehrlicher über die Sicherheit sprechen. Mit zwei Kindern im Kasten neben Lastwagen auf der Hauptstraße – das wäre mir ehrlich gesagt zu riskant, egal wie gut die Radwege sind."),
            _c("link_reference", "Lena", "https://radelnimbreisgau.wordpress.com", "Falls jemand überlegt: Die Stadt fördert Lastenräder, Infos und Antragsformular hier: https://www.freiburg.de/lastenrad – wir haben 2020 noch 1.000 Euro Zuschuss bekommen."),
            _c("anecdote", "Moritz", "", "Unser Sohn hat im Lastenrad einen Hund im Nachbarrad gesehen und gerufen: „Lasten-Hund!“ Seitdem heißt unser Rad so."),
            _c("quote_reply", "Ayşe Demir", "https://twitter.com/aysedemir_fr", "„wie viel wir plötzlich vom Viertel mitbekommen“ – genau das ist für mich der eigentliche Gewinn, mehr als das Geld."),
            _c("correction", "Thomas R.", "", "Kleine Anmerkung: TÜV wäre beim Zafira ja nur alle zwei Jahre fällig gewesen, das müsste man in der Jahresrechnung halbieren. An der Ersparnis ändert das aber wenig."),
            _c("non_native", "Lucía", "", "Ich bin aus Spanien und wohne seit 2 Jahren in Freiburg. Ich habe auch kein Auto, aber nur ein normales Fahrrad. Für mich die Radwege hier sind sehr gut, viel besser als in Madrid. Vielleicht kaufe ich auch ein Lastenrad wenn mein Baby kommt."),
            _c("short", "Jan-Ole", "https://janole.codeberg.page", "Respekt für den Januar!"),
            _c("specific_thanks", "Verkehrswende Freiburg e.V.", "https://verkehrswende-freiburg.de", "Danke für die genauen Zahlen inklusive Carsharing. Genau das fehlt in den meisten Berichten, die wir zu dem Thema lesen."),
        ],
    },
    {
        "id": "b017",
        "topic": "local_news",
        "lang": "zh-hant",
        "title": "巷口的興安市場要改建了，攤商最擔心的兩件事",
        "text": _t("""
上禮拜里長在市場門口貼了公告：興安市場將在明年三月起封閉改建，工期預計二十二個月，完工後會變成地上四層的「多功能公有市場」，一樓攤位、二樓美食街、三四樓是社區活動中心和停車場。公告貼出來那天，賣魚的阿忠伯站在前面看了很久，最後只說了一句：「我今年六十八，等得到嗎？」

興安市場是民國五十九年蓋的，屋頂會漏水，排水溝常常堵，夏天走進去確實很悶。我不反對改建。但我跑去問了幾個攤商，發現大家最擔心的是兩件事：施工期間要搬去哪裡，還有完工後的攤位租金。市府說會在旁邊的停車場搭臨時攤棚，但目前只規劃了四十二個攤位，而現在市場裡有五十八攤。

我也問了在市場口賣碗粿三十年的秀玉姨。她說她不怕新，怕的是「搬過去客人就不見了」。她的熟客大多是附近的阿公阿嬤，很多人每天固定時間來，換了位置可能就找不到。

市府預定十月十五日晚上七點在里民活動中心辦說明會。我會去，也會把內容整理在這裡。如果你也住這一帶，或是從小在市場買菜長大的，希望你也能來。
"""),
        "url": "https://xiangkou-notes.tw/2022/09/xingan-market-rebuild/",
        "keywords": ["興安市場", "傳統市場", "改建", "攤商", "臨時攤位", "說明會", "台南", "社區"],
        "comments": [
            _c("short", "阿珍", "", "支持改建，但攤商要照顧好。"),
            _c("short", "吃貨小魏", "https://xiaowei-eats.blogspot.com", "秀玉姨的碗粿無可取代！"),
            _c("question", "阿德", "https://ade-taiwan.blogspot.com", "請問說明會需要事先報名嗎？我不是這個里的，也可以去聽嗎？"),
            _c("owner_reply", "林佩君", "https://xiangkou-notes.tw", "@阿德 不用報名，里長說其他里的人也歡迎，只是發言時間可能會讓本里居民優先。"),
            _c("disagreement", "路人甲", "", "老實說，臨時攤位少十幾個我覺得很正常，有幾攤根本很少開，只是佔著位子。改建本來就是汰舊換新的機會，不用每一攤都保留。"),
            _c("angry", "老台南", "", "每次都說「多功能」，結果蓋好一堆空間沒人用，停車場收費超貴。隔壁區那個市場改建完，二樓美食街三年就倒一半！！市府到底有沒有檢討過？"),
            _c("link_reference", "Kevin Huang", "https://kevinhuang-notes.blogspot.com", "附上市府公告的原始連結，裡面有配置圖和臨時攤棚的位置：https://www.tainan.gov.tw/News_Content.aspx?n=13370&s=8271234"),
            _c("anecdote", "小芸", "https://xiaoyun.pixnet.net/blog", "小時候每天跟阿嬤去興安市場，她一定先去阿忠伯的魚攤，再買一包花生糖給我。看到這篇好想哭。"),
            _c("quote_reply", "陳同學（都計所）", "https://twitter.com/urbanchen_tw", "「搬過去客人就不見了」——這真的是傳統市場改建最常見的問題。建議市府至少在舊市場門口留清楚的指標跟地圖，也要通知里內的獨居長輩。"),
            _c("non_native", "阮氏蘭", "", "我是越南人，嫁來台南十年了，每天都在這個市場買菜。秀玉姨對我很好，她教我做很多台灣菜，我也教她越南春捲。希望改建以後她還有在。"),
            _c("specific_thanks", "Amy Lin", "", "謝謝你去問了攤位數字，四十二對五十八，這個落差報紙都沒寫。"),
            _c("correction", "老鄰居王先生", "", "補充一下，市場應該是民國五十八年落成，五十九年才正式開始營業，我爸當年有去參加開幕。不過不重要啦，謝謝你寫這篇。"),
        ],
    },
    {
        "id": "b018",
        "topic": "politics",
        "lang": "en",
        "title": "I was wrong about ranked-choice voting (mostly)",
        "text": _t("""
In 2019 I wrote a post on this blog titled “Ranked-choice voting is a solution in search of a problem.” I've been rereading it this week and wincing. Our city used RCV for the first time in November's mayoral race, and I worked the polls as an election judge at Precinct 7, the church gym on Linden Street. I want to explain what changed my mind, and what didn't.

My big worry was confusion. I assumed older voters especially would be baffled by ranking five candidates. What I actually saw over 13 hours: maybe a dozen questions, almost all of them “do I have to rank all five?” (no). The rate of rejected ballots at our precinct was 0.6%, about the same as the last mayoral election. The county's voter education mailers, which I'd called a waste of money, clearly helped. People walked in with them folded in their pockets.

What moved me more was the campaign. With five candidates, the two front-runners couldn't afford to trash each other, because each wanted to be the other's voters' second choice. I'm not naive: there were still attack mailers. But I went to four candidate forums and they were the most substantive I've seen in twenty years here.

What didn't change: results took eight days to finalize, because the county waited for all mail ballots before running the rounds. That delay is a real problem for public trust, and opponents hammered it. I'd like the state to let counties publish preliminary round-by-round results on election night. I'm still not an evangelist. But I was wrong about the confusion, and I'd rather say so.
"""),
        "url": "https://ballotbox-diaries.com/2022/12/wrong-about-ranked-choice/",
        "keywords": ["ranked-choice voting", "RCV", "election judge", "mayoral election", "ballots", "voter education", "election results"],
        "comments": [
            _c("short", "Anne-Marie", "", "Respect for admitting you changed your mind."),
            _c("angry", "Dennis W.", "", "Eight days! EIGHT DAYS to count a mayor's race and you treat it like a footnote? It's the whole problem. People already don't trust elections and you want to add a black-box algorithm on top."),
            _c("owner_reply", "Beth Carrow", "https://ballotbox-diaries.com", "@Dennis I don't think I called it a footnote, it's the main thing I want fixed. But the rounds aren't a black box: the county published every round's tallies and the cast vote records, and anyone can re-run them."),
            _c("link_reference", "Precinct 12 Judge", "", '''For anyone who wants the data, the county's round-by-round tabulation is here: <a href="https://www.lindencountyvotes.org/results/2022-general/mayor-rcv">2022 mayoral RCV rounds</a>. Round 3 is where it gets interesting.'''),
            _c("question", "Gail Fontaine", "https://gailfontaine.com", "Did you notice any difference in how long people spent in the booth? Our county is debating RCV and the clerk claims it'll double wait times."),
            _c("disagreement", "Marcus Lee", "https://electiondatanerd.substack.com", "I'd be careful reading too much into the civil forums. Your city is small and fairly homogeneous. In big-city RCV races the campaigns were plenty nasty, and ballot exhaustion rates in later rounds were high. It's not a civility machine."),
            _c("correction", "R. Okafor", "", "Small correction: in RCV an overvote at one rank usually doesn't reject the whole ballot, the tabulator just skips that rank. So your 0.6% may not be measuring the same thing as last time. Worth asking the county how they define it."),
            _c("anecdote", "Jim Tolliver", "https://tolliverlaw.com", "I was a judge in the same election, Precinct 12. Same experience. One elderly gentleman ranked the same candidate 1 through 5 “to make sure he gets it” and honestly, fair enough."),
            _c("quote_reply", "Sasha K.", "https://sashak.micro.blog", "“People walked in with them folded in their pockets.” Such a small detail, but it answers the whole question of whether voter education works."),
            _c("short", "Lou", "", "Great post. Bookmarking."),
            _c("non_native", "Tomasz", "", "I live in Ireland 12 years and here we vote with STV, it is similar, you rank candidates. First time I was confused but now is normal, also my neighbour who is 90. Counting takes few days too but it is big TV event, people love it."),
            _c("specific_thanks", "Priscilla N.", "https://priscillareads.wordpress.com", "Thank you for linking back to your 2019 post instead of quietly deleting it. More of that on the internet, please."),
            _c("angry", "LibertyMom76", "", "ranked choice is how the party machines make sure the “moderate” wins every single time. wake up people"),
        ],
    },
]

# ---------------------------------------------------------------------------
# b019 - b024
# ---------------------------------------------------------------------------
POSTS += [
    {
        "id": "b019",
        "topic": "parenting",
        "lang": "en",
        "title": "Our 14-year-old's first phone, and the eleven-clause contract (now twelve)",
        "text": _t("""
Our daughter Noa turned fourteen in August and got her first smartphone, a refurbished iPhone SE that cost $179. She was, by her count, the second-to-last kid in her grade without one; the last is a boy whose parents are both software engineers, which tells you something. We held out this long mostly out of inertia and partly because I read too many articles.

Before handing it over we wrote a contract together at the kitchen table, and the writing mattered more than what ended up in it. She argued every clause and won a few. The final version has eleven items. Highlights: the phone charges in the kitchen overnight, from 9:30 on school nights. No social media accounts until 15, except the group chat for her soccer team. We know the passcode, but we promise not to read her messages unless we're worried about her safety, and we'll tell her first. She pays $10 a month toward the plan from babysitting money.

Six weeks in, here's the honest report. The charging rule has held except for two nights when she “forgot,” both of which coincided with a friend's birthday. Screen time averages 2 hours 40 minutes a day, about half of it music and the soccer chat. The social media clause is under sustained diplomatic pressure.

What I didn't anticipate is how much I'd have to change. She pointed out, correctly, that I check my phone at dinner. Clause twelve, added in week three at her insistence: no phones at the table for anyone, including Dad. I've broken it twice. She keeps a tally on the fridge.
"""),
        "url": "https://dadinprogress.net/2023/09/first-phone-contract/",
        "keywords": ["first smartphone", "teenagers", "phone contract", "screen time", "social media", "family rules", "parenting teens"],
        "comments": [
            _c("short", "Bree", "", "Clause twelve 😂 I love her."),
            _c("question", "Meera", "https://meerasmorningpages.wordpress.com", "Would you share the full contract? We're about to do this with our 13-year-old and I'd love a starting point."),
            _c("owner_reply", "Daniel Mizrahi", "https://dadinprogress.net", "@Meera sure, with Noa's permission (she negotiated a co-author credit): https://dadinprogress.net/files/noa-phone-contract.pdf. Please don't copy it word for word, though. The arguing is the point."),
            _c("disagreement", "Jules", "https://julesrambles.tumblr.com", "I respect the effort, but “we know the passcode” undercuts the trust part. At 14, the mere possibility of my parents reading my messages would have sent me straight to a secret second phone. Kids are resourceful."),
            _c("link_reference", "Dr. Anita Shah", "https://anitashahmd.com", "Worth reading alongside this: the Surgeon General's advisory on social media and youth mental health. Measured, not alarmist, and has a section for families: https://www.hhs.gov/surgeongeneral/priorities/youth-mental-health/social-media/index.html"),
            _c("angry", "Tracy B.", "", "Sorry, but 14 is way too late and this is exactly the helicopter approach that leaves kids socially isolated. EVERYTHING happens in those group chats. You made her the weird kid for two years because of articles you read."),
            _c("anecdote", "Kelly Sánchez", "", "We did the kitchen charging rule and later discovered our son had been setting an alarm for 2am to go and get it. Found out because the alarm went off one night and he slept right through it 🙃"),
            _c("quote_reply", "Fiona McGill", "https://themcgillfamily.blogspot.com", "“the writing mattered more than what ended up in it” — yes. We did a contract with our son, who's 19 now, and he says the negotiation was the first time he felt we treated him like an adult."),
            _c("personal_story", "Ella", "", "I'm 17, and my parents did something really similar when I was 13. Honestly I hated it at first, especially the charging-in-the-kitchen rule, because everyone else was up until 1am in the group chat and I'd wake up to 400 messages and feel left out of jokes. But by the time I was 15 I kind of realised I was the only one of my friends who wasn't exhausted all the time. The thing that made it work was that my mum followed the rules too, and when she broke them I was allowed to call her out. So the tally on the fridge is honestly a great idea. Tell Noa a random teenager says good negotiating."),
            _c("short", "Rob", "", "Great ideas here, thanks."),
            _c("specific_thanks", "Claudia", "", "The “we tell her first” clause is brilliant. Borrowing that exact wording."),
            _c("non_native", "Jiyoung", "https://jiyounglogs.tistory.com", "In Korea almost all kids have phone already in elementary school, so 14 is very late for us. But I like the kitchen charging idea very much, my husband and me will try it also for us adults haha."),
            _c("correction", "Steve T.", "", "FWIW most platforms set the minimum age at 13, not 15, so her friends with accounts aren't breaking any rules. Not arguing with your choice, just so the 15 doesn't come across to her as the official line."),
        ],
    },
    {
        "id": "b020",
        "topic": "sports",
        "lang": "en",
        "title": "150 seasons at Lower Bramcote: a leaky roof, a full tea urn and Derek",
        "text": _t("""
Lower Bramcote Cricket Club played its first recorded match in June 1865, against a team of farm labourers from the next parish, and lost by an innings. This summer, our 150th season, we played 22 Saturday fixtures in Division Four of the Mid-Shires League, won nine, lost eight and had five rained off. In other words, a fairly typical year, except that for once everybody noticed.

We marked the anniversary with a match against an MCC side on the last Sunday in July. Their team included a former county seamer in his fifties who bowled off four paces and still took 5 for 31. We made 142 all out; they knocked it off with six overs to spare. Nobody minded. Over 300 people turned up, which is roughly 290 more than usual, and the tea, run by Pam Hollis and a rota of eleven volunteers, ran out of egg sandwiches at 4:15.

The club's real problem isn't results, it's numbers. We can field a full XI most weeks and a second XI about half the time. Our youngest regular is 17. Our oldest is Derek, who is 71, keeps wicket, and refuses to discuss retirement. The pavilion roof needs £14,000 of work, and the council grant we applied for in spring was turned down.

So the 150th season ends with a healthy tea fund, a leaky roof and a handful of new junior members who came along after the MCC match. If you live within twenty miles of Bramcote and have ever held a bat, nets are Wednesday evenings from April. We'll find you a position. Probably fine leg.
"""),
        "url": "https://longroomgossip.co.uk/2015/09/bramcote-150th-season/",
        "keywords": ["village cricket", "cricket club", "150th anniversary", "MCC", "cricket tea", "volunteers", "club funding", "junior cricket"],
        "comments": [
            _c("short", "Hettie Ward", "https://hettiebakes.co.uk", "Long live Derek!"),
            _c("short", "Upton & Marsh CC", "https://uptonmarshcc.play-cricket.com", "Happy 150th, Bramcote."),
            _c("anecdote", "Geoff Allardyce", "", "Played against you lot in about 1988 for Stokeley. Your tea was better than your bowling then as well. Congratulations."),
            _c("link_reference", "Nick (treasurer, Haddon CC)", "https://haddoncc.play-cricket.com", "The ECB has a funding scheme for club facilities that councils won't touch, might be worth a look for the roof: https://www.ecb.co.uk/be-involved/club-support/club-funding — we got an interest-free loan for our changing rooms in 2013."),
            _c("question", "Sarah Penhaligon", "", "Is there a proper junior section now or just nets? My lad is 11 and has been cricket-mad since the summer."),
            _c("owner_reply", "Alastair Finch", "https://longroomgossip.co.uk", "@Sarah we started an under-13s session on Friday evenings in August, run by our opening bat Rob, who's a PE teacher. Bring him along in April, kit provided."),
            _c("disagreement", "M. Garside", "", "Slightly contrary view: maybe clubs like yours should stop fighting the decline and merge with the next village along. We did it in 2011 and it's the only reason there's still Saturday cricket round here. Pride is expensive."),
            _c("quote_reply", "Ollie", "", "“ran out of egg sandwiches at 4:15” is the most English sentence I've read all year."),
            _c("personal_story", "Richard Tolland", "", "I played for Bramcote as a teenager in the late seventies, then moved away for work and didn't pick up a bat for 25 years. When I came back to the area in 2009 I wandered down to the ground one Saturday just to watch, and Derek, who was already ancient then, asked if I was 'the Tolland boy' and handed me a pair of pads because they were one short. I made four runs and dropped a catch at square leg, and I've played every season since. I don't think people understand how much a club like this is about being asked. Nobody asks you to do anything at 50. Somebody asked me."),
            _c("correction", "Janet (scorer)", "", "Think you'll find it was 5 for 29, not 31. I was scoring, and a leg bye got put against the bowler by mistake in the book. Derek owes me a pint for spotting it."),
            _c("non_native", "Imran Siddiqui", "https://twitter.com/imran_bowls", "I am from Pakistan and play in a club near Leicester, in my team also many old players and few young. In Pakistan we have the opposite problem, too many boys for one ground! Good luck with the roof."),
            _c("specific_thanks", "Caroline", "", "Thank you for naming the tea volunteers. Pam has done that for thirty years and hardly anyone thanks her."),
        ],
    },
    {
        "id": "b021",
        "topic": "local_news",
        "lang": "en",
        "title": "Harmon Avenue bike lane heads to council after packed committee meeting",
        "text": _t("""
The city's plan for a protected bike lane on Harmon Avenue between 14th Street and Cleveland went before the Transportation Committee on Thursday, and if you weren't among the 200-plus people crammed into the Harmon Rec Center, here's what you missed.

The proposal, 1.3 miles long, would remove 84 of the 211 on-street parking spaces on that stretch, narrow the travel lanes from 12 feet to 10.5, and add concrete curbs between the bike lane and traffic. City traffic engineer Paula Wynn presented crash data: 37 reported crashes involving cyclists or pedestrians on Harmon between 2014 and 2018, including the death of 16-year-old Marcus Reed at the 17th Street intersection last October.

The Harmon Merchants Association, represented by its chair, Frank DiLullo of DiLullo's Deli, asked the city to delay a vote until a parking study is done. He said eight of the association's 26 members have told him they would consider relocating if parking is cut. Several speakers pointed out that the city's own 2017 count found the spaces were, on average, 58% occupied at peak hours.

The committee voted 4–1 to send the plan to the full council on June 6, with an amendment keeping 12 spaces near the senior center as short-term loading. My own two cents, as someone who drives and bikes on Harmon every week: both sides were talking about safety, and both sides were talking about survival. I don't envy the council. Marcus's mother spoke last. The room was silent.
"""),
        "url": "https://harmonheights.blogspot.com/2019/05/harmon-avenue-bike-lane-committee/",
        "keywords": ["bike lane", "Harmon Avenue", "parking", "transportation committee", "traffic safety", "merchants association", "city council"],
        "comments": [
            _c("short", "Dolores", "", "Thanks for the thorough write-up."),
            _c("angry", "Jess Malone", "", "So eight businesses “might” move and that's supposed to outweigh a dead kid? Sorry Frank, but NO. Put the curbs in yesterday."),
            _c("disagreement", "Oscar Trujillo", "https://oscarrides.wordpress.com", "I bike Harmon every day and I still think the merchants deserve the parking study. A corridor-wide average hides that the blocks by the pharmacy and the deli are full all day. Data cuts both ways."),
            _c("question", "Hana Sato", "", "Is there a rendering of what the 17th Street intersection will look like? That's the one that scares me."),
            _c("owner_reply", "Tanya Brooks", "https://harmonheights.blogspot.com", "@Hana yes, page 14 of the presentation. Short version: a raised crosswalk and a leading pedestrian interval on the signal, plus no right turn on red."),
            _c("link_reference", "Harmon Bike Coalition", "https://harmonbikecoalition.org", '''Slides from Thursday are posted on the project page: <a href="https://www.cityofharmon.gov/transportation/harmon-ave-protected-lane">Harmon Ave Protected Bike Lane</a>. The 2017 parking count is in Appendix C.'''),
            _c("personal_story", "Ahmet Yilmaz", "https://yilmazshoerepair.com", "I own the shoe repair at Harmon and 19th, 22 years now. I am not against the bike lane, my son rides on Harmon and I worry every day. But I am 61, most of my customers are older, and they bring heavy bags of boots and park right in front for two minutes. When the street was closed for the water main in 2016, my business dropped by almost half for four months. So when Frank says people are scared, this is why. I would like the city to give us loading spaces on every block, not only near the senior center. Then I think most of us would say yes."),
            _c("quote_reply", "Miriam Katz", "", "<blockquote>both sides were talking about safety, and both sides were talking about survival</blockquote>\nThat's the fairest summary of that meeting I've seen anywhere."),
            _c("anecdote", "Renee", "", "My daughter was in Marcus's class. The kids painted a white ghost bike for that corner and it's still there. Every time I drive past, I slow down."),
            _c("short", "Pete Garrison", "https://twitter.com/petegarrison", "Will be at the June 6 meeting."),
            _c("correction", "Sam W.", "", "Minor correction: 37 is police-reported crashes. Paula said at the very end that the real number is likely higher because many bike crashes never get reported."),
            _c("specific_thanks", "Lana", "https://lanaonharmon.substack.com", "Thank you for including the occupancy number. I'd heard about a dozen versions of it on Nextdoor."),
            _c("short", "kev", "", "good reporting tanya 👍"),
        ],
    },
    {
        "id": "b022",
        "topic": "music",
        "lang": "en",
        "title": "In defense of the dollar bin: my 2023 in used CDs",
        "text": _t("""
Last year I spent $212 on music, and 88 percent of it went on compact discs. I know. My teenage nephew held one up at Christmas like it was a fossil. But I want to make the case, not for CDs as a format, but for the used CD bin as the best-value hobby in music right now.

Here's my 2023 in numbers. I bought 97 CDs, almost all used, from three places: the dollar bin at Spin Cycle Records on Grand, the library's quarterly Friends sale (five dollars a bag), and thrift stores. Average price per disc: $1.92. The most expensive was a Japanese pressing of a Cocteau Twins album for $14; the best value was a four-disc box of Stax singles for $3, with a small coffee stain on the booklet.

Why not just stream? I do, on the bus. But streaming has made me a worse listener. I skip. I shuffle. When I buy a $2 disc by a band I've half heard of, I listen to all eleven tracks in order, usually twice, because I paid for it and it's sitting right there. Roughly one in five turns out to be something I love. That's a better hit rate than any algorithm has given me.

There are downsides. Space: I'm up to four Billy bookcases. Some discs have disc rot, which you don't discover until track nine. And artists get nothing from used sales, which bothers me, so when I find someone alive and working whose old records I love, I buy their new music directly on Bandcamp.
"""),
        "url": "https://bargainbinbeat.wordpress.com/2024/01/in-defense-of-the-dollar-bin/",
        "keywords": ["CDs", "used records", "dollar bin", "physical media", "streaming", "record stores", "Bandcamp", "music collecting"],
        "comments": [
            _c("short", "Mo", "", "Cocteau Twins for $14 is a steal."),
            _c("disagreement", "Ravi", "https://ravilistens.substack.com", "“Streaming has made me a worse listener” — I think that's on you, not streaming. Nothing stops you from playing an album start to finish on Spotify. Romanticising physical media is fun but the argument doesn't quite hold."),
            _c("owner_reply", "Sam Okoro", "https://bargainbinbeat.wordpress.com", "@Ravi fair hit. For me it's about friction: the disc makes the decision for me. Maybe I just lack willpower 🙂"),
            _c("question", "Bethany", "", "How do you deal with disc rot? Is there any way to check in the store before buying?"),
            _c("link_reference", "crate & cable", "https://crateandcable.substack.com", "On the “artists get nothing” point — Bandcamp Fridays, when they waive their revenue share, are still a thing. Handy site to check: https://isitbandcampfriday.com"),
            _c("anecdote", "Lorraine P.", "", "The Friends of the Library sale is the best-kept secret in town. I got a whole run of Blue Note reissues there for $5 because someone's estate dumped them."),
            _c("quote_reply", "Will Tran", "https://willtran.github.io", "“Roughly one in five turns out to be something I love.” I would read an entire post about the one in five from last year. Please?"),
            _c("non_native", "Haruka", "https://note.com/haruka_cd", "In Japan CD is still very popular, many shops in Tokyo have big used section, Disk Union is my favourite. If you visit you will be very happy and very poor."),
            _c("short", "discman_dan", "", "team CD forever 💿"),
            _c("specific_thanks", "Elaine", "", "Thanks for giving an actual per-disc average. I never thought to track mine and now I'm going to."),
            _c("personal_story", "Dale Whitford", "https://spinningbackwards.blogspot.com", "I managed a used CD shop from 2004 to 2012, right through the collapse. The dollar bin was where we put everything we'd bought in bulk that we couldn't sell for more, and it was always the busiest part of the store. Regulars would spend an hour there, every week, and I swear some of them knew the stock better than I did. There was a retired bus driver called Mr. Petrie who bought every jazz disc under a dollar for eight years and once told me he'd never listened to jazz before he turned 60. When we closed, he bought the bin itself, the wooden one. I still think that was the best use of a dollar bin in history."),
            _c("correction", "audiophile_greg", "", "Small note: bronzing disc rot is mostly tied to certain pressing plants in the late 80s and early 90s, not CDs in general. Most discs from the mid-90s on are fine, so don't let it scare anyone off."),
        ],
    },
    {
        "id": "b023",
        "topic": "film_tv",
        "lang": "en",
        "title": "Review: The Last Watch, a quiet film about the keepers of Skerrow Rock",
        "text": _t("""
The Last Watch is an 84-minute documentary about the three men who kept the Skerrow Rock lighthouse off the Scottish coast until it was automated in 1998. I saw it at a small documentary festival with about forty other people on a Tuesday afternoon, and I've been thinking about it for a week.

Director Ailsa McCreadie builds the film around a single object: the logbook, filled in every four hours for twenty-six years. We hear entries read aloud by the surviving keepers, now in their seventies, sitting at kitchen tables in Oban and Stornoway. “Wind SW 7. Visibility poor. Seals on the north ledge.” Occasionally something human leaks in: “Birthday. Cake from relief boat. Slightly crushed.”

What McCreadie resists, to her credit, is nostalgia. One keeper, Donald, is blunt that the isolation broke his first marriage. Another says automation was “the right thing, and I hated it.” The archival footage, shot on Super 8 by a relief boatman in the 1970s, is beautiful but used sparingly; most of the film is faces, hands, the sea.

My one complaint is the score, which swells with strings every time the camera looks at a wave, as if we might not notice the sea is moving. Strip that out and you'd have a near-perfect small film. It's on a couple of arts streaming services and touring festivals through the autumn. Four out of five.
"""),
        "url": "https://docsandpopcorn.com/2017/06/the-last-watch-review/",
        "keywords": ["documentary", "lighthouse keepers", "The Last Watch", "Scotland", "film review", "archival footage", "film score"],
        "comments": [
            _c("short", "Theo", "", "Adding it to the watchlist."),
            _c("question", "Marie-Claude", "", "Do you know which platforms exactly? I can't find it anywhere in Canada."),
            _c("owner_reply", "Lena Park", "https://docsandpopcorn.com", "@Marie-Claude it's on a UK arts streaming service and Kanopy in the US, as far as I know. Not sure about Canada. The distributor's site lists upcoming festival screenings, worth checking for Hot Docs."),
            _c("link_reference", "Morag", "https://moragsmaps.blogspot.com", "The Northern Lighthouse Board history pages are a lovely companion to this, including when each light was automated: https://www.nlb.org.uk/history/"),
            _c("disagreement", "Callum Reid", "https://callumreidcomposer.com", "I actually loved the score. It's meant to be a bit much — the keepers talk about the sea as this overwhelming presence, and the strings match what they felt rather than what we see."),
            _c("personal_story", "Wendy Pardy", "", "My father kept lights in Newfoundland for 31 years, and I grew up on one of them until I was eight. What this review describes, the logbook, the weather written down every four hours, is exactly how I remember him. He wrote in pencil because ink froze. When the light was automated in 1997 they offered him a job on the mainland and he took it, but for the rest of his life he'd wake at 4 a.m. and look out the window to check the wind. After he died we found a notebook by his bed with the weather written in it, every day, for twenty years after he'd left the light. I'll definitely watch this, though I'll need tissues."),
            _c("quote_reply", "nat", "", "“Birthday. Cake from relief boat. Slightly crushed.” I'm not okay."),
            _c("anecdote", "Iain MacLeod", "", "My uncle was a relief boatman in the Hebrides in the 80s. He said the keepers were always desperate for newspapers, even week-old ones, and used to fight over the crossword."),
            _c("correction", "Fraser", "", "Small correction: according to the end credits, Skerrow was officially automated in November 1997. The last keepers didn't leave until March 98, which is probably where the confusion comes from."),
            _c("short", "Priyanka", "https://priyankawatchesdocs.wordpress.com", "Beautiful review."),
            _c("non_native", "Sigrid Aas", "https://sigridaas.no", "I saw this film at a festival in Bergen. Very quiet film, some people in the audience fall asleep, but I was crying at the end with Donald. I agree about the music, it is too much sometimes."),
            _c("specific_thanks", "Ben H. (film student)", "", "Thanks for flagging the Super 8 footage. I'm working on an archive project and might try to track down the boatman's reels."),
        ],
    },
    {
        "id": "b024",
        "topic": "education",
        "lang": "en",
        "title": "Tuesday nights in the library basement: teaching adult ESL",
        "text": _t("""
Every Tuesday from 6:30 to 8:30 I teach an adult English class in the basement of the Westfield branch library. The class is free, run by volunteers, and has no fixed enrollment, which means I never know whether I'll have six students or twenty-two. Last week I had seventeen, from nine countries, aged 19 to 74.

People imagine ESL as grammar drills. Some of it is. But most weeks the real curriculum is whatever someone needs by Friday. Last week Amina needed to call her son's school about a missed bus and didn't know the word “dismissal.” Hector had a letter from his landlord about a rent increase and wanted to know if “effective” meant good. Mrs. Liu, 74, a retired physics teacher from Chengdu, wanted to practise small talk because her grandchildren's friends “think I cannot speak.”

We spent forty minutes role-playing phone calls. I played the school secretary, badly. The class laughed when I tried to say thank you in Mandarin, and Mrs. Liu corrected my tones with great seriousness.

The hardest part isn't the teaching, it's the logistics. We lose about a third of our students between September and December, mostly to shift changes. The library closes at 8:45 sharp, so conversations get finished in the parking lot. And we have exactly one working whiteboard marker, which I guard like treasure. If you're in the area and can spare two hours a week, we need conversation partners, especially men, since several of our male students feel awkward practising only with women volunteers.
"""),
        "url": "https://tuesdaynightesl.org/2018/11/library-basement-esl/",
        "keywords": ["adult ESL", "English classes", "volunteer teaching", "immigrants", "public library", "conversation practice", "adult education"],
        "comments": [
            _c("short", "Grace O.", "", "This is beautiful work. Thank you."),
            _c("question", "Greg", "", "Do volunteers need any certification, like TEFL? I'd love to help but I've never taught anything in my life."),
            _c("owner_reply", "Ruth Abernathy", "https://tuesdaynightesl.org", "@Greg no certification needed for conversation partners. We do a two-hour orientation on the first Saturday of each month. Email the address on the About page and I'll save you a seat (and a marker, maybe)."),
            _c("link_reference", "Tina", "https://teachingtina.wordpress.com", "If anyone wants structured material, Literacy Minnesota has free lesson plans written for exactly this kind of drop-in class: https://www.literacymn.org/resources"),
            _c("non_native", "Luz Marina Gómez", "", "I was student in this class in 2015 when I come from Colombia. Ruth help me to write my first resume and now I am working in a hospital as pharmacy technician. Tuesday was my favourite day of the week. Thank you teacher!!"),
            _c("disagreement", "Paul Mendes", "https://twitter.com/paulmendes_edu", "I love volunteer programs, but I think we let the state off the hook by relying on them. Adult ESL should be properly funded, with paid teachers, childcare and real classrooms, not a basement and one marker."),
            _c("specific_thanks", "Board member, Westfield Friends", "https://westfieldlibraryfriends.org", "“whatever someone needs by Friday” is exactly right. Thank you for putting it so clearly, I'm going to borrow that phrase for our funding report."),
            _c("quote_reply", "Andrea", "", "“wanted to know if effective meant good” — English is so cruel. Landlords know it, too."),
            _c("anecdote", "Marcy Liu-Feldman", "", "I volunteered in a similar class in Portland and a student brought a tax form asking what “exempt” meant. We spent the whole session on it because three other people had the same form in their bags."),
            _c("short", "Dee", "", "Sending markers!! Where should I send them?"),
            _c("correction", "Wen", "", "Tiny note since Mrs. Liu is on it: xièxie is a fourth tone and then a light neutral one. A lot of people say it as two strong fourth tones. Sounds like you have an excellent teacher 😄"),
            _c("personal_story", "Carl Jensen", "https://carljensenphoto.com", "I started volunteering as a conversation partner after I retired from the post office, mostly because my wife told me I needed to get out of the house. For the first month I paired with two men from Afghanistan and one from Eritrea, and we mostly talked about football, which was fine until we realised we meant different sports. The thing nobody tells you is how much you learn. One of them, Farid, had been an engineer and taught me more about bridges in six months than I'd learned in my whole life. I'm useless at grammar, I can't explain the past perfect to save my life, but I can talk. If you're a man on the fence about this, go. They need you."),
        ],
    },
]

# ---------------------------------------------------------------------------
# b025 - b030  (b029 zh, b030 pt)
# ---------------------------------------------------------------------------
POSTS += [
    {
        "id": "b025",
        "topic": "environment",
        "lang": "en",
        "title": "Ten Christmas Bird Counts on the east shore of Calloway Reservoir",
        "text": _t("""
For the tenth year running, I spent the Saturday before Christmas walking the east shore of Calloway Reservoir with a clipboard, a thermos and two people I only ever see on this one day: Dorothy Pike, who is 82 and still out-spots all of us, and Raj, a high school chemistry teacher who keeps the tally. Our section of the count circle is about 4.5 miles, and we walk it from 7:10 a.m. until we lose the light.

This year's totals: 52 species, 2,914 individual birds. That's close to our ten-year average of 49 species, but the mix has changed a lot. In 2006, our first year, we counted 11 American tree sparrows along the cattail edge; this year we had none, for the third year in a row. Ring-necked ducks are up from 40 to over 300. And for the first time ever we had a Carolina wren at the boat launch, singing like it owned the place, a bird you used to have to drive well south of here to see.

I'm wary of reading too much into one small section. Weather on count day matters enormously: a frozen reservoir means no ducks, full stop, and 2010 was a washout. But ten years of the same route, the same people and roughly the same hours is the kind of boring consistency that makes data mean something, and our patterns match what the regional compilers see.

If you've never done a count, I can't recommend it enough. You don't need to be an expert. Dorothy says that on her first count, in 1971, she could identify “robins and not much else.” Contact your local Audubon chapter; most circles are happy to pair beginners with an experienced team.
"""),
        "url": "https://reservoirbirder.net/2016/01/ten-christmas-bird-counts/",
        "keywords": ["Christmas Bird Count", "birdwatching", "citizen science", "reservoir", "Carolina wren", "tree sparrow", "waterfowl", "Audubon"],
        "comments": [
            _c("short", "Phoebe L.", "https://phoebesfeeders.blogspot.com", "Go Dorothy!"),
            _c("question", "Phil", "", "When do you stop, official sunset or when you can't see anymore? And does anyone in your circle count owls before dawn?"),
            _c("owner_reply", "Gil Navarro", "https://reservoirbirder.net", "@Phil we stop at sunset, about 4:40. A couple of people in our circle go owling from 4 a.m.; we're not that dedicated. They got three great horned owls this year."),
            _c("link_reference", "Brenda", "https://birdingwithbrenda.blogspot.com", '''You can pull up the historical results for any circle on Audubon's site, going back decades: <a href="https://netapp.audubon.org/cbcobservation/">CBC historical results</a>. Serious rabbit hole, be warned.'''),
            _c("link_reference", "Tomasz W.", "", "The Carolina wren's northward spread is well documented, the range map here shows it nicely: https://www.allaboutbirds.org/guide/Carolina_Wren/maps-range"),
            _c("disagreement", "Ken Abernathy", "https://kenabernathy.net", "I'd be careful pinning the wren on climate alone. There's decent evidence that backyard feeders help Carolina wrens survive northern winters, and feeding has exploded in the last 30 years. Probably both factors."),
            _c("owner_reply", "Gil Navarro", "https://reservoirbirder.net", "@Ken agreed, I should have said so. And in fairness, the house behind the boat launch has three suet feeders."),
            _c("short", "Marisa", "", "Love the ten-year view."),
            _c("anecdote", "Dwayne", "https://dwaynebirdsohio.wordpress.com", "We did our count the same day and had a snowy owl on the airport fence that half the team missed because they'd gone for coffee. There was shouting in the car park."),
            _c("quote_reply", "Helen Marsh", "", "“a frozen reservoir means no ducks, full stop” — our lake was frozen solid this year and we had zero waterfowl. ZERO. The compiler thought we'd skipped it."),
            _c("correction", "Stu", "", "Small point: as far as I know American tree sparrows aren't declining range-wide. In mild winters a lot of them just stay further north. Three mild Decembers might explain your zeros better than a real loss."),
            _c("personal_story", "Anjali Rao", "https://anjalioutdoors.substack.com", "I did my first count last year after reading one of your older posts, and I was so nervous I almost cancelled. I got put with a retired postman called Frank who had done 34 counts and who was the kindest person imaginable. Every time I said 'is that a...?' he'd wait and let me finish instead of jumping in, even when I was wrong, which was often. I think I correctly identified about nine species on my own all day, and one of them was a crow. But at lunch he showed me how the tallies from all the sections get combined and sent off, and I realised my nine birds were part of a dataset that goes back over a hundred years. I'm doing it again this year."),
            _c("short", "Cheryl", "", "Great write-up, thank you."),
        ],
    },
    {
        "id": "b026",
        "topic": "business",
        "lang": "en",
        "title": "I raised my freelance rates 40% and lost one client",
        "text": _t("""
In January I emailed my eleven retainer clients to say my rate for long-form content was going from $0.25 to $0.35 a word, effective April 1. That's a 40% increase. I'd been at the old rate since 2018, through inflation, a pandemic and me getting substantially better at my job. I rewrote the email fourteen times.

Here's how it went. Seven clients replied within a day with some version of “of course, thanks for the notice.” Two asked to talk. One of those negotiated to $0.32 in exchange for a 12-month commitment, which I accepted because predictable income is worth something. The other, a B2B software company I'd written for since 2017, thanked me warmly and said they'd be moving content in-house. Two never replied, and then simply paid the new invoices in April.

Net result: I lost one client worth about $1,400 a month, and my monthly income went from roughly $8,900 to $10,600 on about 15% fewer hours. The lost client was also, if I'm honest, the one whose edits took longest and whose invoices were paid at 60 days.

A few things I learned. Give at least ten weeks' notice. Don't apologise in the email; I deleted three “I know this is a lot” sentences. Explain once, briefly, what has changed (for me: I now do SEO briefs and subject-matter interviews I didn't do in 2018). And decide before you hit send what you'll do if someone says no. I had already decided I'd let that client go, and it made the conversation easy.
"""),
        "url": "https://aishawrites.io/2021/03/raised-my-rates-40-percent/",
        "keywords": ["freelancing", "rate increase", "pricing", "content writing", "retainer clients", "negotiation", "freelance income"],
        "comments": [
            _c("short", "Nadia", "https://nadiacopy.co", "Saving this for my own email. Thank you!"),
            _c("question", "Corey", "", "Would you be willing to share the actual email? Even a redacted version. I've written mine about nine times now."),
            _c("owner_reply", "Aisha Karim", "https://aishawrites.io", "@Corey here you go, lightly anonymised: https://aishawrites.io/templates/rate-increase-email — steal freely."),
            _c("disagreement", "Lindsey Park", "https://lindseyparkdesign.com", "This works when you have eleven retainer clients and a strong portfolio. For newer freelancers, a 40% jump in one go would just lose them work. I'd suggest 10–15% a year for existing clients, and trying the higher rate on new clients first."),
            _c("link_reference", "Mo Adeyemi", "", "The Editorial Freelancers Association publishes median rates by type of work, useful for a sanity check before raising: https://www.the-efa.org/rates/"),
            _c("angry", "Marketing Manager, SaaS", "", "Speaking from the other side: springing 40% on clients you've had for years isn't “confidence”, it's a budget problem for the people who already had their annual budget signed off in December. A conversation FIRST would have been nice."),
            _c("owner_reply", "Aisha Karim", "https://aishawrites.io", "That's fair, and it's partly why I gave ten weeks' notice and offered calls. But I hear you on budget cycles. Next time I'll send it in October."),
            _c("quote_reply", "Jen", "https://jenwritesthings.substack.com", "“Don't apologise in the email” — I need this tattooed somewhere visible."),
            _c("non_native", "Rita Sousa", "https://ritasousa-traducoes.pt", "I am freelance translator in Portugal and we have same problem, agencies pay same rate since 2015. I try raise 20% last year and I lose two agencies but get better direct clients. Is scary but necessary I think."),
            _c("anecdote", "Tyrell", "", "I raised my rates 50% after my kid was born and literally nobody blinked. I'd been undercharging for years and the clients knew it."),
            _c("specific_thanks", "Beth O.", "", "Thank you for including the 60-day invoice detail. The client you're scared to lose is nearly always the one who pays last."),
            _c("short", "Sandeep", "", "Great post, thanks Aisha."),
            _c("link_reference", "Studio Pinefield", "https://studiopinefield.com", "We wrote something similar from the design-studio side last year, including the emails and the replies we got: https://studiopinefield.com/blog/raising-our-rates-2020/"),
        ],
    },
    {
        "id": "b027",
        "topic": "history",
        "lang": "en",
        "title": "Walking the ghost of the Tappan Creek Canal",
        "text": _t("""
The Tappan Creek Canal opened in October 1834 and carried its last commercial boat in 1861. It ran 27 miles from the river at Harlowe up to the iron furnaces at Bell's Forge, climbing 212 feet through 19 locks. Today most people who drive Route 41 have no idea it's there, a few yards into the trees on their left, full of leaves.

Over four Saturdays this autumn I walked as much of it as I could, using an 1838 survey map from the county historical society and a topo map on my phone. Roughly 19 of the 27 miles are still traceable as a ditch or a raised towpath. About 5 miles are gone under the 1950s highway and a shopping center in Harlowe. The rest crosses private land I didn't have permission to enter.

The best surviving stretch is between Locks 11 and 14, on state game land, where the stonework is almost entirely intact. Lock 12 has the initials “J.McK 1833” cut into a coping stone, and at Lock 13 the wooden miter sill is still there, waterlogged and black, under a foot of silt. I sat on the wall there for a long time eating a sandwich and trying to imagine mule teams and shouting boatmen.

The canal lasted 27 years, less than my mortgage. The railroad reached Bell's Forge in 1858 and that was that. It's tempting to call it a failure, but it built the town that built the railroad. If anyone has photos of the canal from before the highway went through, the historical society would love copies, and so would I.
"""),
        "url": "https://towpathwanderer.com/2014/10/tappan-creek-canal-walk/",
        "keywords": ["canal", "towpath", "locks", "industrial history", "railroad", "iron furnaces", "local history", "historical society"],
        "comments": [
            _c("short", "Dale R.", "", "Fantastic post, Peter."),
            _c("short", "Jo", "https://joexplores.wordpress.com", "Amazing that the miter sill survived!"),
            _c("question", "Linda Burkhart", "", "Is the game land section accessible during hunting season? I'd love to see Lock 12 but I'm not keen on wearing blaze orange all day."),
            _c("owner_reply", "Peter Coyle", "https://towpathwanderer.com", "@Linda it's open, but I'd avoid the first two weeks of deer season and Saturdays in general. Sundays are quiet. Wear orange anyway, it's a good habit."),
            _c("link_reference", "Canal buff", "https://lockandtowpath.blogspot.com", "The American Canal Society keeps records of surviving canal structures, it would be worth sending them your Lock 12 photos: https://www.americancanals.org/"),
            _c("personal_story", "Sarah McKee", "https://mckeeroots.wordpress.com", "You've just made my week. My four-times-great-grandfather, James McKee, was a stonemason who came over from County Antrim around 1830, and family papers say he “cut stone for the canal” somewhere in this county before moving on to the railroad. We never knew which canal or whether anything survived. “J.McK 1833” is almost too good to be true, and I know initials can belong to anyone, but the date fits. I'm planning to drive out in the spring with my dad, who is 79 and has been researching the family for thirty years. If it's him, it will be the only thing we have that he made with his own hands. Thank you for sitting on that wall long enough to notice."),
            _c("disagreement", "Grant Whitaker", "", "I'd gently push back on “it built the town that built the railroad.” Canals like this were mostly state-financed money pits, and the real engine was the iron furnaces, which would have found another way to ship. Lovely walk though."),
            _c("quote_reply", "Meg", "", "“The canal lasted 27 years, less than my mortgage.” Ha. And yet here we are, still talking about it 150 years later."),
            _c("correction", "R.J. Stoltzfus", "", "Small correction: the line reached Bell's Forge in late 1857, according to the railroad's annual report; the station opened in 1858. Splitting hairs, I know."),
            _c("anecdote", "Barb Heisey", "", "We used to ice skate on a flooded section behind Harlowe Elementary in the 60s. Nobody ever told us what it was. We just called it the Ditch."),
            _c("specific_thanks", "Tom F.", "https://tomfhikes.com", "Thanks for respecting the private land. Too many “urban explorer” types just trample through and ruin it for everyone."),
            _c("non_native", "Joost", "https://joostfietst.nl", "I am from Netherlands and canals are my whole life haha, but I never saw one that is abandoned like this, for us they are all still used. Very interesting how fast the railroad win."),
        ],
    },
    {
        "id": "b028",
        "topic": "personal",
        "lang": "en",
        "title": "Forty-three jars of screws",
        "text": _t("""
My father died in June at 84, and it took me until last weekend to face the garage. He was an aircraft mechanic for 38 years, then retired and became the kind of man who fixes the neighbors' lawnmowers for free and keeps the parts. The garage was his real house. The house was where he slept.

My brother flew in from Phoenix and we gave ourselves three days. By the end of the first we had counted 43 glass jars of screws, nuts and washers, each labeled in his block capitals: “#10 MACHINE SCREWS – MIXED,” “WASHERS – SMALL – DO NOT USE.” We still don't know what was wrong with those washers. We found four identical socket sets, a carburetor rebuild kit for a 1962 Ford Falcon he sold in 1979, and a coffee can of keys to nothing.

The hardest part wasn't the sorting, it was deciding what counted as him. My brother wanted to keep everything; I wanted to keep one thing. We settled on a rule: each of us could keep what fit in one banker's box, and the rest would go to people who would use it. On Sunday a teenager from down the street, whom Dad had been teaching to rebuild a dirt bike engine, came over and took the entire rolling tool chest. He cried. We cried. His mother brought lasagna.

In my box: one jar of screws, the do-not-use washers, the reading glasses that always lived on his workbench, and a pencil sharpened with a pocketknife. I don't know what I'll do with any of it. I think that's okay.
"""),
        "url": "https://thingswekeep.blog/2020/10/forty-three-jars-of-screws/",
        "keywords": ["grief", "father", "clearing a house", "garage", "tools", "keepsakes", "siblings", "loss"],
        "comments": [
            _c("short", "Karen", "", "I'm so sorry for your loss."),
            _c("short", "Joel", "", "The do-not-use washers ❤️"),
            _c("personal_story", "Miriam Abboud", "https://miriamwrites.wordpress.com", "When my mother died we had the same argument about her sewing room. She had fabric from every decade of her life, including the curtains from the house I grew up in, cut into squares she never used. My sister wanted to keep all of it; I wanted to hire someone and not look. In the end a quilting group from her church came over with a van and spent a whole afternoon going through it with us, asking us about each piece. It turned out to be the best day of that terrible month. Six months later they brought us two quilts made from her fabric, one each. Mine is on my bed right now. I wouldn't have believed then that giving things away could feel like keeping them."),
            _c("quote_reply", "Dan Whitcomb", "", "“The garage was his real house. The house was where he slept.” That was my father exactly. Thank you."),
            _c("question", "Ginny", "", "How did you handle the things nobody wanted, like the Falcon kit? We're facing the same thing and I can't bring myself to throw out things that still work."),
            _c("owner_reply", "Nora Lindgren", "https://thingswekeep.blog", "@Ginny the Falcon kit went to a man on a Falcon owners' forum who paid shipping and sent us a photo of it installed. Most of the rest went to our city's tool library and the high school shop class. Almost nothing went to the dump, which helped more than I expected."),
            _c("link_reference", "Northside Tool Library", "https://northsidetoollibrary.org", '''If anyone reading is wondering where to donate tools, many cities now have tool libraries. There's a directory here: <a href="https://localtools.org/find/">find a tool library near you</a>. We always need hand tools and the stories that come with them.'''),
            _c("disagreement", "Pat H.", "", "I understand the one-box rule, but I'd caution others against moving too fast. I gave away almost everything of my mother's within a month because I thought it would help, and I've regretted it for ten years. Grief doesn't keep a schedule. A storage unit is cheaper than regret."),
            _c("anecdote", "Lou Bernstein", "", "My grandfather had a jar labeled “SCREWS – TOO GOOD TO THROW OUT, TOO BAD TO USE.” We kept it on the mantel after he died. Still there."),
            _c("non_native", "Wojciech", "", "My father was mechanic in Poland also and his garage was same, everything in old pickle jars. When he died my mother give everything to neighbours, I only have his hammer. Your post make me remember him today, thank you."),
            _c("specific_thanks", "Ruthie", "https://ruthieonthecoast.blogspot.com", "Thank you for writing about the teenager. What a reminder that the things we leave behind can keep working for somebody."),
            _c("short", "Andrea M.", "", "Beautiful. Thank you for sharing this."),
        ],
    },
    {
        "id": "b029",
        "topic": "education",
        "lang": "zh",
        "title": "在县城中学教英语的第十年：我把早读改了",
        "text": _t("""
今年是我在县一中教英语的第十年。九月份接了新的高一，两个班，一共一百零七个学生。开学第一周我做了个小调查：能用英语完整说出自己家住在哪儿的，只有二十三个；初中英语靠“考前突击”过来的，超过一半。

这十年变化最大的不是教材，而是手机。二〇一二年我刚来的时候，住校生基本没有智能手机，晚自习是真正安静的。现在学校规定手机进校要上交，但周末回家以后，很多孩子刷短视频刷到凌晨。周一早读，后排总有几个趴着的。我以前会生气，后来才知道，其中有两个周末在镇上的饭店帮家里干活到十一点。

所以我今年改了早读。以前是全班齐声念课文，现在改成两人一组互相提问，每天五个问题，从最简单的“What did you eat last night?”开始。刚开始很尴尬，很多学生宁愿低头也不愿意开口。到了第六周，声音明显大了。有个平时从不说话的女生小杨，主动问同桌“Do you like rainy days?”，全班都笑了，她自己也笑了。

期中考试平均分比去年同期高了四分多，这说明不了什么。我更在意的是，现在下课会有学生用英语跟我打招呼，虽然只是一句“Good morning, Miss Zhou”，发音也不太标准。县城的孩子不缺聪明，缺的是开口的机会。
"""),
        "url": "https://zhou-teaching-notes.com/2021/06/tenth-year-morning-reading/",
        "keywords": ["县城中学", "英语教学", "早读", "口语练习", "手机管理", "高一", "教师反思"],
        "comments": [
            _c("short", "一只小小鸟", "", "周老师辛苦了！"),
            _c("short", "Ivy", "https://ivy-reads.blogspot.com", "好温暖的一篇。"),
            _c("question", "山里的小刘老师", "https://xiaoliu-jiaoshi.com", "请问两人一组提问的题目是您每天自己出，还是有固定的题库？我在乡镇初中教英语，也想试试。"),
            _c("owner_reply", "周老师", "https://zhou-teaching-notes.com", "@小刘老师 前两周是我出，后来让每个小组轮流出题，效果反而更好，学生出的问题比我出的有意思多了。我把前二十天的题目整理一下，放在下一篇里。"),
            _c("disagreement", "老王（高三班主任）", "", "说实话，高一就把早读全改成对话，我有点担心。高考还是以读写为主，早读背课文、背单词是在打基础。开口当然重要，但县城孩子时间本来就紧，能不能两者兼顾？"),
            _c("personal_story", "曾经坐后排的学生", "", "我就是那种周一早读趴着的孩子。高中三年，每个周末都在我爸的修车铺帮忙，周日晚上洗完手上的机油才能写作业。那时候英语老师从来没问过我为什么困，只是让我站到教室后面去。后来我考上了省里的一所二本，大一第一次上外教课，紧张得一句话都说不出来，下课躲在厕所里哭。现在我在一家外贸公司，每天都要用英语开会。看到这篇文章真的很感动，如果当年有人问我“你周末在做什么”，也许一切会早一点开始。"),
            _c("link_reference", "教研员小陈", "", "推荐看一下《普通高中英语课程标准》原文，里面对“语言能力”和“学习能力”的要求写得挺清楚，正好支持你的做法：http://www.moe.gov.cn/srcsite/A26/s8001/201801/t20180115_324647.html"),
            _c("quote_reply", "江老师", "https://jianglaoshi.wordpress.com", "“县城的孩子不缺聪明，缺的是开口的机会。”说得太好了，已经转给我们学校的老师们看。"),
            _c("anecdote", "梅子", "https://meizi-jiaoshi.blogspot.com", "我们班也有个孩子周一老迟到，后来家访才知道他妈妈生病，他周末要去面馆帮忙。从那以后我再也不随便批评后排睡觉的孩子了。"),
            _c("non_native", "Ben（外教）", "https://benteacheschina.wordpress.com", "我是美国人，在湖南一个中学教口语两年了。我很同意你的方法，学生一开始很害羞，但是做小组以后进步很快。小杨的问题很可爱！我也要用“Do you like rainy days”。"),
            _c("specific_thanks", "阿花", "", "谢谢周老师写了具体数字，一百零七个学生、二十三个能说完整句子，这些比空谈教育理念有用多了。"),
            _c("angry", "看不下去的家长", "", "学校规定手机上交有什么用？周末回家家长根本不管！很多家长自己就刷一晚上，凭什么要求孩子？家庭教育不跟上，老师再努力也白费！！"),
        ],
    },
    {
        "id": "b030",
        "topic": "music",
        "lang": "pt",
        "title": "Minha primeira roda de choro, aos 51 anos",
        "text": _t("""
Comecei a estudar cavaquinho aos 50 anos, em março do ano passado, com um professor chamado Seu Jair, que dá aula na sala dos fundos de uma loja de instrumentos no Centro de Belo Horizonte. Minha motivação era simples e um pouco vergonhosa: eu queria tocar numa roda de choro antes de morrer, e já estava ficando tarde.

Durante um ano foi só ritmo. Seu Jair é da escola antiga e não me deixou tocar nenhuma melodia até eu conseguir fazer a levada de “Brasileirinho” por três minutos sem perder o tempo. Eu treinava 40 minutos por dia, na cozinha, com o metrônomo do celular em 80. Meus vizinhos merecem uma medalha.

Sábado passado, finalmente, fui à roda que acontece todo primeiro sábado do mês num bar de esquina em Santa Tereza. Levei o cavaquinho na capa, sentei num canto e passei a primeira hora só ouvindo. Aí o violonista, um senhor de boné chamado Zé Carlos, olhou pra mim e disse: “Vai ficar só abraçando o instrumento?” Fiz a base em “Carinhoso” e em “Tico-Tico no Fubá”, errei duas passagens e ninguém pareceu se importar.

O que eu aprendi: roda de choro é muito mais generosa do que eu imaginava. Tem gente de 19 e de 80 anos, profissionais e curiosos, e o que importa é escutar os outros. Voltei pra casa às duas da manhã, com os dedos doendo e um sorriso bobo. Já marquei na agenda o próximo primeiro sábado.
"""),
        "url": "https://cavaquinhotardio.blogspot.com/2017/08/minha-primeira-roda-de-choro/",
        "keywords": ["choro", "roda de choro", "cavaquinho", "Belo Horizonte", "Santa Tereza", "aprender música", "Pixinguinha", "música brasileira"],
        "comments": [
            _c("short", "Sônia", "", "Que lindo, Lúcia! 👏👏"),
            _c("short", "Guto", "https://gutobandolim.com.br", "Viva o choro!"),
            _c("question", "Renato Alves", "", "Qual cavaquinho você usa? Tô pensando em comprar um, mas não sei se começo com um de R$ 300 ou se já invisto num de luthier."),
            _c("owner_reply", "Lúcia Ferraz", "https://cavaquinhotardio.blogspot.com", "@Renato comecei com um Giannini de uns R$ 350, e o Seu Jair disse que pra começar tá ótimo. Troquei as cordas e mandei regular a altura das cordas num luthier por R$ 80, e fez toda a diferença."),
            _c("link_reference", "Chorinho Domingueiro", "https://chorinhodomingueiro.wordpress.com", "Pra quem quer entender a história do gênero, o acervo de música do Instituto Moreira Salles tem partituras e gravações do Pixinguinha: https://ims.com.br/acervos/musica/"),
            _c("quote_reply", "Dé Martins", "", "“Vai ficar só abraçando o instrumento?” kkkkk o Zé Carlos é uma figura, ele falou a mesmíssima coisa pra mim em 2014."),
            _c("disagreement", "Prof. Ana Beatriz", "https://anabeatrizmusica.com.br", "Discordo um pouco do método do Seu Jair. Um ano só de ritmo sem melodia desanima muita gente, conheço vários alunos que desistiram assim. Dá pra trabalhar as duas coisas juntas, cada professor tem seu jeito."),
            _c("personal_story", "Heitor", "https://heitornaflauta.wordpress.com", "Comecei flauta transversal com 62 anos, depois que me aposentei do banco. Passei seis meses sem conseguir tirar um som bonito e quase vendi a flauta. Minha neta, que tinha 9 anos, me convenceu a continuar dizendo que eu soava “igual um passarinho resfriado”, o que ela achava um elogio. Hoje, com 67, toco num grupo de choro que se reúne numa padaria em Pinheiros toda quarta de manhã. Somos seis, a mais nova tem 58. Erramos muito, rimos mais ainda, e o dono da padaria dá café de graça porque diz que aumenta o movimento. Seu texto me lembrou da primeira vez que sentei na roda. Não tem sensação igual."),
            _c("non_native", "Michael", "", "Sou americano e moro em BH faz três anos. Eu fui nessa roda uma vez e achei muito bonito, mas eu não tive coragem de tocar meu bandolim. Depois do seu texto eu acho que vou levar no próximo mês!"),
            _c("specific_thanks", "Cris", "", "Obrigada por contar do metrônomo em 80. Eu estava tentando treinar rápido demais e sempre atravessava o tempo."),
            _c("anecdote", "Neide", "", "Minha avó tocava cavaquinho escondida do meu avô, que achava que era coisa de homem. Depois que ele morreu ela passou a tocar na varanda todo domingo, pra rua inteira ouvir."),
            _c("question", "Marina SP", "", "Alguém conhece uma roda assim em São Paulo que aceite iniciante? Tenho medo de chegar e atrapalhar."),
        ],
    },
]

# ---------------------------------------------------------------------------
# b031 - b036  (b031 fr)
# ---------------------------------------------------------------------------
POSTS += [
    {
        "id": "b031",
        "topic": "history",
        "lang": "fr",
        "title": "Quatre lavoirs pour 312 habitants : petite histoire des lavoirs de notre village",
        "text": _t("""
Notre village, dans l'Auxois, compte 312 habitants et quatre lavoirs. C'est une proportion qui m'a toujours amusé : un lavoir pour 78 personnes. Le plus ancien, celui de la Fontaine-Saint-Martin, date de 1834 ; le plus récent, le lavoir du Bas, a été construit en 1891, à une époque où l'État encourageait les communes à « assainir » le lavage du linge.

Ce printemps, avec trois voisins retraités, j'ai passé plusieurs après-midi aux Archives départementales, à Dijon, pour reconstituer leur histoire. Les délibérations du conseil municipal sont étonnamment précises : en 1891, le lavoir du Bas a coûté 2 140 francs, dont une subvention de 600 francs de la préfecture. Le devis mentionne « deux bassins, l'un pour le rinçage, l'autre pour le lavage, et un toit à une pente en tuiles mécaniques ».

J'ai aussi recueilli des souvenirs. Madame Girardot, 91 ans, y a lavé le linge de sa famille jusqu'en 1962, l'année où ses parents ont acheté une machine. Elle se souvient du bruit des battoirs, de l'eau glacée en février, et surtout des conversations : « Au lavoir, on savait tout avant le curé. »

Aujourd'hui, deux des quatre lavoirs sont en bon état, un est envahi par le lierre et le dernier a perdu son toit lors de la tempête de 1999. La mairie a obtenu un devis de 18 500 euros pour le restaurer, et nous lançons une souscription avec la Fondation du patrimoine. Si vous êtes passé par chez nous, ou si vos grands-parents y ont lavé leur linge, écrivez-moi.
"""),
        "url": "https://patrimoine-de-mon-canton.fr/2016/07/quatre-lavoirs-auxois/",
        "keywords": ["lavoirs", "patrimoine rural", "Auxois", "Bourgogne", "archives départementales", "souscription", "Fondation du patrimoine", "mémoire locale"],
        "comments": [
            _c("short", "Françoise", "", "Très bel article, bravo."),
            _c("short", "Gilles M.", "https://gillesenbourgogne.over-blog.com", "Ha, « avant le curé » 😄"),
            _c("question", "Hélène Ravier", "https://lavoirsdelanievre.wordpress.com", "Avez-vous retrouvé les plans d'origine aux Archives ? Pour notre lavoir dans la Nièvre, on n'a que le devis, pas les dessins."),
            _c("owner_reply", "Bernard Lefèvre", "https://patrimoine-de-mon-canton.fr", "@Hélène oui, pour le lavoir du Bas, un plan aquarellé signé de l'agent voyer cantonal. Cherchez dans la série O (administration communale), c'est souvent là qu'ils dorment."),
            _c("link_reference", "Association Pierres Sèches 21", "https://pierresseches21.fr", "Pour la souscription, la page de la Fondation du patrimoine permet de chercher les projets par département, ça aide beaucoup pour la visibilité : https://www.fondation-patrimoine.org/les-projets"),
            _c("disagreement", "Un contribuable", "", "18 500 euros pour un lavoir que plus personne n'utilise, dans un village de 312 habitants ? Je comprends l'attachement, mais il y a sans doute des priorités plus urgentes, l'école, la voirie. Le patrimoine, oui, mais pas à n'importe quel prix."),
            _c("anecdote", "Jacqueline B.", "", "Ma mère racontait que chaque femme avait « sa » place au lavoir et qu'on ne s'y installait pas sans permission. Une vraie hiérarchie, avec les anciennes au bassin de lavage et les jeunes au rinçage."),
            _c("correction", "Daniel Perrot", "https://histoire-cote-dor.fr", "Petite remarque : les subventions préfectorales pour les lavoirs viennent surtout de la loi de 1851, qui prévoyait une aide de l'État aux communes. En 1891 le mouvement était déjà bien lancé. Mais votre devis est un très beau document !"),
            _c("non_native", "Marieke", "https://marieke-fotografeert.nl", "Nous sommes hollandais et nous avons une maison dans l'Auxois depuis 2009. J'adore les lavoirs, je fais des photos de tous les lavoirs de la région, déjà plus que 60. Je peux envoyer mes photos du vôtre si vous voulez, aussi celui avec le lierre."),
            _c("personal_story", "Simone Aubert", "", "Ma grand-mère était lavandière à Semur dans les années 1920, pour les familles bourgeoises de la ville. Elle partait à cinq heures avec la brouette, revenait à la nuit, et elle avait les mains tellement abîmées qu'elle ne pouvait plus coudre à cinquante ans. Elle ne parlait jamais du lavoir avec nostalgie, plutôt avec une sorte de fierté fatiguée. Mais elle disait aussi que c'était le seul endroit où les femmes pouvaient parler librement, sans les hommes, et qu'elle avait appris là tout ce qu'elle savait de la vie. Je vais faire un don à votre souscription en sa mémoire."),
            _c("specific_thanks", "Claude", "", "Merci d'avoir cité le devis de 1891 avec les montants. On voit rarement des chiffres aussi précis dans ce genre d'article."),
            _c("quote_reply", "Yves", "https://yves-randonne.fr", "« un lavoir pour 78 personnes » — chez nous c'est un pour 40, on bat votre record ! Village de 120 habitants, trois lavoirs, dont un sans eau depuis 1976."),
        ],
    },
    {
        "id": "b032",
        "topic": "travel",
        "lang": "en",
        "title": "A week in Lisbon in February for €486 (every receipt included)",
        "text": _t("""
I spent seven nights in Lisbon in February and kept every receipt, because the number one question I get from readers is “how much does it actually cost?” Total, not counting flights: €486. Flights from Manchester were £74 return with carry-on only, booked in November.

The breakdown. Accommodation: €168 for seven nights in a six-bed dorm in Graça, €24 a night including a decent breakfast. Food: €172, mostly supermarket picnic lunches (about €4), pastéis de nata (I ate 19, at roughly €1.10 each, and I'm not sorry) and dinners at tascas where the prato do dia is €8–10. Transport: €40 on a Viva Viagem card; the 28 tram is a tourist crush, so I rode the 12 and the 24 instead. Sights: €64, including the Gulbenkian (€10) and a day trip to Sintra (train €4.50, plus €14 for the Pena Palace park only, not the palace itself). Miscellaneous: €42, mostly a fado night in Alfama with a minimum spend.

February was a good call. It rained three days out of seven, but dorm prices were about half what they are in July, and I never queued longer than ten minutes anywhere. The light after rain on the tiles in Alfama is worth the wet socks.

Where I overspent: the fado night, honestly. Beautiful, but the minimum spend felt like a trap. Where I'd spend more: a second day in Sintra. If you have a week and a budget, Lisbon in winter is one of the best deals in Western Europe.
"""),
        "url": "https://chloeonabudget.com/2019/03/lisbon-week-486-euros/",
        "keywords": ["Lisbon", "budget travel", "hostel", "pastéis de nata", "Sintra", "Alfama", "fado", "travel costs"],
        "comments": [
            _c("short", "Tasha", "", "19 pastéis de nata. Respect."),
            _c("link_reference", "Kasia", "https://kasiawanders.com", "If you go back, try Casa do Limoeiro in Mouraria: about €21 in February, family run, and the owner's dad does a free walking tour on Sundays. https://casadolimoeiro-hostel.pt"),
            _c("question", "Emma J.", "https://emmasfirstsolotrip.wordpress.com", "Did you feel safe walking back to Graça at night on your own? First solo trip this spring and it's the thing I'm most nervous about."),
            _c("owner_reply", "Chloe Martin", "https://chloeonabudget.com", "@Emma completely. Graça is hilly and dark in places but busy with locals until late. Usual advice: phone in a zipped pocket in crowds, especially on the 28."),
            _c("angry", "Miguel", "", "Respectfully, posts like this are part of why my friends in Lisbon can't afford rent anymore. Every “cheap week in Lisbon” blog brings another wave of short-term rentals. The city is NOT a deal for the people who live there."),
            _c("owner_reply", "Chloe Martin", "https://chloeonabudget.com", "@Miguel that's a fair and important point. I stayed in a licensed hostel and ate at local places, but I know that doesn't fix housing. I'm adding a note to the post about checking accommodation is licensed."),
            _c("correction", "Rui", "", "Quick one: the Viva Viagem card itself costs 50 cents, so add that. Also the Sintra train is about €2.25 each way, so €4.50 must be the return?"),
            _c("non_native", "Joana", "https://joanacozinha.blogspot.com", "I am from Porto and I laugh because you eat more pastéis de nata in one week than me in one year. Next time visit Porto also, is cheaper and francesinha is very good for the rain days!"),
            _c("quote_reply", "Gwen", "", "“The light after rain on the tiles in Alfama is worth the wet socks.” I've been trying to describe this to my husband for years. Thank you."),
            _c("short", "Abi", "https://abiontheroad.co.uk", "Saving this for October!"),
            _c("specific_thanks", "Raj & Nisha", "", "Thank you for separating the Pena park ticket from the palace. Everyone quotes the combined price and it made us think Sintra was out of budget."),
            _c("anecdote", "Owen", "", "We did the fado minimum-spend thing too and ended up with a €28 plate of cheese. The singer was incredible though."),
            _c("short", "hels", "", "very helpful, thanks chloe x"),
        ],
    },
    {
        "id": "b033",
        "topic": "politics",
        "lang": "en",
        "title": "Town Meeting, year twenty-one: a grader, a roof and the pie table",
        "text": _t("""
First Tuesday in March, so once again about 240 of our town's 1,100 registered voters crammed into the elementary school gym in Corliss, sat on folding chairs designed for much smaller people, and governed ourselves for a day. This was my twenty-first Town Meeting. It started at 9 a.m. and ended at 4:20 p.m. with a vote on whether to buy a new grader for the road crew.

Some highlights. Article 6, the $3.1 million school budget, passed on a voice vote after only twenty minutes, which may be a record. Article 9, $40,000 to fix the roof of the old Grange hall, took an hour and forty minutes and a paper ballot, and failed 112 to 119. Article 14, $1,500 for the volunteer-run food shelf, passed unanimously, followed by a round of applause for Marjorie Coutu, who has run it for 18 years. Somebody moved to amend it to $3,000. That passed too.

The grader debate got heated. Road foreman Dale Ashby explained that the old one is a 1994 and spends more time in the shop than on the roads. Two men in the back argued the town should lease instead of buy. One called the selectboard “a bunch of spendthrifts,” to which chair Ann Peabody replied, “Frank, you voted for three of us.” Laughter. Then the vote: 141 to 88 to buy.

I know town meeting is inefficient, and I know it shuts out people who can't take a Tuesday off; our crowd skews old and retired. Some towns have moved to Australian ballot for exactly that reason. But there's something I can't get any other way from watching neighbors disagree to their faces for seven hours and then share a potluck lunch. The pie table alone should be a constitutional right.
"""),
        "url": "https://greenmountaingadfly.org/2018/03/town-meeting-year-twenty-one/",
        "keywords": ["town meeting", "Vermont", "direct democracy", "school budget", "selectboard", "Australian ballot", "local government", "food shelf"],
        "comments": [
            _c("short", "Sue-Ellen", "", "The pie table should be in the constitution."),
            _c("quote_reply", "Brian Tewksbury", "https://tewksburyfarm.com", "“Frank, you voted for three of us.” Every town has a Frank. I love this."),
            _c("angry", "Kristen Lavoie", "", "It's lovely for people who can take a Tuesday off. I work twelve-hour shifts at the hospital in Rutland and haven't been able to vote on my own town's budget in SIX years. “Inefficient” is a polite word for it. Stop romanticizing a system that shuts out working people."),
            _c("owner_reply", "Walt Pierce", "https://greenmountaingadfly.org", "@Kristen you're not wrong, and I'm not going to argue. Our town has been debating a hybrid, floor discussion on Saturday and Australian ballot on Tuesday, and I'd vote for it."),
            _c("disagreement", "Nell Ashford", "https://nellashford.substack.com", "Gently disagreeing with the Australian ballot crowd: we switched in 2009, turnout went up, and now the budget passes every year with zero discussion. Nobody reads the warning anymore. Something real got lost."),
            _c("question", "Tom from Ohio", "", "What is an Australian ballot? Outside Vermont this is very confusing for us lol"),
            _c("link_reference", "Jen P.", "https://jenpvt.wordpress.com", "@Tom it just means secret paper ballots at the polls all day instead of voice votes at the meeting. The Secretary of State's town meeting guide explains it: https://sos.vermont.gov/municipal-division/"),
            _c("anecdote", "Grange member", "", "In our town the Grange roof came up four years in a row before it passed. Keep bringing it back, Corliss Grange folks. They wear down eventually."),
            _c("non_native", "Reto", "", "I grow up in Switzerland and in canton Glarus we still have Landsgemeinde, people vote raising hands in the square. Is very similar spirit! Nice to see this exists also in America."),
            _c("specific_thanks", "Abby Coutu", "", "Thank you for mentioning my mom and the food shelf. She pretended to be embarrassed by the applause but talked about it all the way home."),
            _c("short", "Dan", "https://twitter.com/dan_in_vt", "Hooray for Marjorie!"),
            _c("correction", "Row three", "", "Small correction: Ann said “Frank, you voted for FOUR of us,” because she's counting herself twice, she's been elected twice lol. I was right there."),
        ],
    },
    {
        "id": "b034",
        "topic": "parenting",
        "lang": "en",
        "title": "My son has decided he doesn't speak Spanish anymore",
        "text": _t("""
My son Mateo is six and has decided he doesn't speak Spanish anymore. He understands every word; he just answers in English. “¿Quieres más arroz?” “No thank you.” It started around Christmas, about four months into first grade, and it breaks my heart a little more every week.

Some context. I grew up in Monterrey and moved to Ohio at 24. My husband, Greg, is from Dayton, and his Spanish is what he calls “restaurant level.” When Mateo was born we did one parent, one language: I spoke only Spanish, Greg only English. Until age five it worked beautifully. Mateo switched languages depending on who he was talking to, and my mother cried the first time he told her a whole story on FaceTime.

Then school. His class has 24 kids and he is the only one who speaks Spanish at home. When I picked him up one day and called out “¡Mateo, ya llegué!”, he shushed me. I understand. Being different at six is a big deal.

What I'm trying now, after a lot of reading and a long phone call with a speech therapist friend: no forcing, no shame. I still speak only Spanish to him. I found a Saturday morning Spanish story time at the library with eight other bilingual families, including two boys his age. We've planned three weeks in Monterrey this summer, where nobody will speak English to him at all. And I've stopped treating every English answer as a failure. He understands. The door is open. I have to trust that.
"""),
        "url": "https://doslenguas.wordpress.com/2015/10/he-doesnt-speak-spanish-anymore/",
        "keywords": ["bilingual children", "Spanish", "heritage language", "one parent one language", "first grade", "language refusal", "Monterrey"],
        "comments": [
            _c("short", "Paloma", "https://palomayfamilia.blogspot.com", "Sending you so much love 💛"),
            _c("personal_story", "Grace Kim", "https://gracekimwrites.com", "I was Mateo, except with Korean. From about seven until fifteen I refused to speak it, answered my mother in English, and rolled my eyes when she packed kimbap in my lunch because a boy said it smelled. She never stopped speaking Korean to me. Not once, even when I was awful. At sixteen I went to Seoul for a summer with my grandmother and something cracked open: I understood everything and, after two weeks, started answering. My Korean is still not perfect, and my written Korean is a child's, but I can talk to my grandmother, and I'm now doing the same thing with my own daughter. Please keep going. You're building something he'll be grateful for later, even if he has to be a brat about it first."),
            _c("question", "Anh", "", "How do you handle it when Greg is around? Do you switch to English so he's included? That's exactly where our OPOL falls apart."),
            _c("owner_reply", "Lucía Herrera-Scott", "https://doslenguas.wordpress.com", "@Anh at dinner we have a family-language rule which, honestly, is mostly English. I stick to Spanish when it's just me and Mateo. It's not perfect, but it's sustainable."),
            _c("link_reference", "Raising Trilingual", "https://raisingtrilingual.blogspot.com", "François Grosjean's blog has a nice piece on passive bilinguals, and on how often kids come back to the home language as teens: https://www.psychologytoday.com/us/blog/life-bilingual"),
            _c("disagreement", "Magda W.", "", "I'd push back on “no forcing.” We had a firm “in this house we answer in Polish” rule, lovingly but consistently, and our kids are fluent at 12 and 15. Kids test limits. A bit of gentle insistence isn't the same as shame."),
            _c("quote_reply", "Joy Santos", "", "“¡Mateo, ya llegué!” and he shushed you. Oof. My daughter did the exact same thing at pickup, in Tagalog. She's 11 now and asks Lola to teach her songs."),
            _c("non_native", "Fernanda", "https://fernandanotexas.wordpress.com", "We are Brazilian in Texas and my daughter also stop speak Portuguese at 7. We did a trip to my mother in Recife for one month and when she come back she speak Portuguese again, and now at 10 she is proud of it. So the trip is good idea, trust!"),
            _c("specific_thanks", "Kate", "", "Thank you for the library story time idea. I didn't even know such a thing existed and just found one fifteen minutes from us."),
            _c("anecdote", "Samir", "https://twitter.com/samir_dad", "My son refused Arabic for two years and then came back to it in 8th grade because of a girl he liked. Whatever works."),
            _c("short", "Liz", "", "This is so relatable."),
            _c("question", "Columbus mom", "", "Does the library story time have a name? We're in Columbus too and would love to join."),
        ],
    },
    {
        "id": "b035",
        "topic": "sports",
        "lang": "en",
        "title": "Section 104, Row F, Seat 9: giving up my Mudcats season ticket after 20 years",
        "text": _t("""
On Sunday the Riverton Mudcats lost 7–2 to finish the season at 61–78, fourth in the division, and I walked out of Cannery Field for the last time as a season ticket holder after twenty years. Section 104, row F, seat 9. The ticket was $190 for 70 home games in 2002. This year it was $465. Still less than two nights at the big-league park two hours away.

In twenty years I've seen four managers, three ownership groups, two team names (we were the Riverton River Rats until 2008), and about 40 players who went on to the majors, most of them for a cup of coffee. I saw a kid named Danny Ortega hit a home run off the cannery smokestack in 2004; he played six seasons in the big leagues. I sat through a rain delay of 3 hours 12 minutes in which the grounds crew played wiffle ball on the tarp.

Why give it up? Not the team. After the 2021 minor league reorganization the parent club moved us down a level, and the schedule went from 70 home games to 66, mostly on weeknights. Also, I'm 71, and the stairs to row F get steeper every year.

I'll still go, maybe twenty games a season, down in the accessible section where the view is worse and the company might be better. Section 104 had the same six people around me for a decade: Bev and Marty, who keep score in pencil; a dentist named Sung who brings peanuts for everyone; and two brothers who have argued about the infield fly rule every single game since 2011.
"""),
        "url": "https://bleachersandbeer.net/2022/09/section-104-row-f-seat-9/",
        "keywords": ["minor league baseball", "season tickets", "Riverton Mudcats", "ballpark", "baseball fans", "minor league reorganization", "aging"],
        "comments": [
            _c("short", "Bev", "", "End of an era in Section 104!"),
            _c("short", "Jerry M.", "https://jerrymscorecard.blogspot.com", "Thanks for 20 years of great posts."),
            _c("anecdote", "Tina Ruiz", "", "I was at the three-hour rain delay game! My kids are in college now and they still talk about the tarp wiffle ball."),
            _c("question", "Deb", "", "Is the accessible section actually accessible these days? My dad uses a walker and last time the elevator was broken and nobody seemed to care."),
            _c("owner_reply", "Gary Lutz", "https://bleachersandbeer.net", "@Deb the elevator was replaced in 2021 and it's worked every time I've checked this year. The ushers in 112 are great too, ask for Lorraine."),
            _c("link_reference", "Minor League Mike", "https://milbnotebook.substack.com", "For anyone confused by the affiliation business, Wikipedia has a decent summary of what happened in 2021: https://en.wikipedia.org/wiki/2021_Minor_League_Baseball_reorganization"),
            _c("angry", "RiverRatsForever", "", "MLB gutted minor league baseball in 2021 and everybody just shrugged. Dozens of towns lost their teams completely and Riverton got “lucky” and still got downgraded. Don't blame the stairs, Gary. Blame the league office."),
            _c("disagreement", "Sung Park", "https://parkfamilydental.com", "Have to disagree on the weeknights, old friend. Weeknight games are the BEST. Half the crowd, dollar hot dogs on Tuesday, and you can move to any seat by the fifth inning. You're giving up the best deal in town. (Peanuts will still be available.)"),
            _c("quote_reply", "Paul D.", "", "“two brothers who have argued about the infield fly rule every single game since 2011” — I am one of the brothers. For the record, I'm right."),
            _c("owner_reply", "Gary Lutz", "https://bleachersandbeer.net", "@Paul I will not be taking sides. Marty says you're both wrong."),
            _c("correction", "stat nerd", "", "Danny Ortega played five full big-league seasons plus a September call-up. The cup of coffee in '09 doesn't really count as a season, does it? Sorry."),
            _c("non_native", "Ramón Peña", "", "I am from Dominican Republic and I played for the River Rats in 2006, only half season. The fans in Riverton were very kind with me, one family invite me for Thanksgiving dinner. I remember the smokestack! Thank you for this memory."),
        ],
    },
    {
        "id": "b036",
        "topic": "local_news",
        "lang": "en",
        "title": "Northgate library to lose 16 hours a week; neighbors pack Friends meeting",
        "text": _t("""
Starting March 1, the Northgate branch library will be open 32 hours a week instead of 48. It will close on Mondays and Fridays and open at noon instead of 10 a.m. on the days it is open. The change is part of a $2.8 million cut to the city library budget approved in December, and Northgate is one of five branches affected.

About 70 people came to the Friends of Northgate Library meeting on Wednesday night in the branch community room, which is rated for 60. Branch manager Rosalind Teague explained the numbers calmly and then, I thought, looked close to tears. Northgate had 141,000 visits last year, third busiest in the system, and its public computers are booked solid from opening to closing. Eighteen percent of households in the branch area don't have internet at home, according to the library's 2010 survey.

The people who spoke were not who you might expect. A retired man said he does his job applications there because his apartment has no Wi-Fi. A mother of three said Friday toddler story time is “the only hour of my week I talk to other adults.” A high school junior, Deshawn Mills, said he has done all his homework at the branch since sixth grade because his house is “loud, in a nice way.” Everyone clapped for him.

The Friends group plans to ask the council to restore Friday hours using $60,000 from its own fundraising, which it says it can cover for a year. The council's budget committee meets February 22. I'll be there, with my library card, which is, as of this week, my most political possession.
"""),
        "url": "https://northgatenotes.com/2011/02/library-hours-cut/",
        "keywords": ["public library", "branch hours", "budget cuts", "Friends of the Library", "digital divide", "city council", "Northgate"],
        "comments": [
            _c("short", "Arlene", "", "Thank you for covering this."),
            _c("angry", "Vic Moreno", "", "$2.8 million cut from libraries while the city is spending $9 million on a parking garage downtown. UNBELIEVABLE. Who is making these decisions and do any of them have a library card?"),
            _c("disagreement", "Martin Ekberg", "https://martinekberg.net", "I love libraries, but I'd push back on the Friends paying for basic hours. Once private donations cover staff time, the council will never restore the funding. It lets them off the hook permanently."),
            _c("owner_reply", "Helen Zhou", "https://northgatenotes.com", "@Martin that came up at the meeting and it's a real worry. The Friends' plan is explicitly a one-year bridge and they want that in writing. We'll see whether the council agrees."),
            _c("question", "Jo-Anne", "", "Will the book drop still be open on Mondays and Fridays? I always return on my way to work."),
            _c("link_reference", "Northgate Neighbors Assn.", "https://northgateneighbors.org", '''Budget documents, including the library cuts by branch, are here: <a href="https://www.cityofnorthgate.gov/budget/2011-adopted">2011 adopted budget</a>, pages 88–94. Northgate's line is on page 91.'''),
            _c("personal_story", "Leon Whitaker", "https://leonwhitaker.wordpress.com", "I was Deshawn, in 1978. Four brothers, two bedrooms, and a TV that was never off. The Northgate branch was in the old building then, the one with the radiators that clanked, and the librarian, Mrs. Oyelaran, let me sit at the big table by the window every day after school until closing. When I got into State she gave me a dictionary with a note inside that I still have. I'm a civil engineer now, and I honestly don't think I would be without that table. I'll be at the February 22 meeting and I'll tell them this. Cutting Friday hours is cutting somebody's table."),
            _c("quote_reply", "Camille", "", "“loud, in a nice way” — that kid should be running for council."),
            _c("link_reference", "Ruth (retired librarian)", "https://shushnomore.blogspot.com", "The ALA has research on what happens to usage when branch hours are cut, in case the Friends want ammunition for the 22nd: https://www.ala.org/tools/research/librariesmatter"),
            _c("non_native", "Nguyen Thi Hoa", "", "I am coming to this library every day to study English and to use computer for my daughter school. Monday is my free day from work, now I cannot come. I will write letter to the council. Please can you tell where I send it?"),
            _c("short", "Devon", "https://twitter.com/devon_ng", "I'll be there on the 22nd."),
            _c("specific_thanks", "Pastor Jim Coleman", "https://northgatecommunitychurch.org", "Thank you for the 18% no-internet figure. That's the number the council needs to hear, and it matches what we see at our food pantry."),
            _c("short", "mara", "", "library card solidarity 📚"),
        ],
    },
]

# ---------------------------------------------------------------------------
# b037 - b042  (b042 zh)
# ---------------------------------------------------------------------------
POSTS += [
    {
        "id": "b037",
        "topic": "film_tv",
        "lang": "en",
        "title": "Confessions of a reformed subtitles snob",
        "text": _t("""
For fifteen years I was the most insufferable kind of subtitles person. In 2012 I wrote a post on this very blog called “Dubs Are a Crime Against Cinema,” which, rereading it now, has the tone of a man yelling at a cloud in Japanese. This summer I changed my mind, or at least changed my habits, and I want to explain why.

The first reason is boring: my eyes. I'm 47, I've started wearing reading glasses, and a two-hour film with dense subtitles on a TV across the room now gives me a headache by the second act. The second reason is my father-in-law, Frank, who is 79, moved in with us in March, and can't read subtitles fast enough. If I want to watch things with him, and I do, we watch dubbed.

What surprised me is how good some dubbing has become. We started with Spirited Away, whose English dub I'd sneered at for years without ever watching. It's lovely. Then a Spanish heist series, where the dub was flat and strangely cheerful, and a Danish crime drama, where it was so good I forgot about it after ten minutes. Quality varies wildly, exactly like subtitles: I've seen subtitle tracks that reduce a whole paragraph of dialogue to “He's angry.”

I haven't fully switched. For comedy, where rhythm and wordplay matter, I still want the original. When I'm watching alone I usually go subtitles. But the idea that there's one correct way to watch a foreign film now looks to me like a snobbery I could only afford while my eyes worked and I watched alone. The best way to watch a film is with people you love, in a way they can actually follow.
"""),
        "url": "https://subtitlesonplease.blogspot.com/2021/08/reformed-subtitles-snob/",
        "keywords": ["dubbing", "subtitles", "foreign films", "Spirited Away", "accessibility", "watching with family", "film culture"],
        "comments": [
            _c("short", "Reggie", "", "Frank has good taste."),
            _c("quote_reply", "okonkwo_films", "https://letterboxd.com/okonkwo_films/", "“a man yelling at a cloud in Japanese” lmao"),
            _c("disagreement", "Anjali Menon", "https://anjaliwatches.wordpress.com", "I get the accessibility point, truly, but a dub replaces the actor's voice, which is half the performance. Bigger subtitles or sitting closer would fix the eye issue without losing that."),
            _c("owner_reply", "Marcus Webb", "https://subtitlesonplease.blogspot.com", "@Anjali we tried bigger subtitles (our TV lets you bump the size). It helped me, not Frank. But yes, you lose the voice. It's a trade and I'm making it with my eyes open, mostly."),
            _c("question", "Kath", "", "Which Danish crime drama? I've been looking for a decent dub for my mum for ages."),
            _c("link_reference", "Pieter", "", "For anyone curious how dub scripts are actually adapted and lip-synced, the Wikipedia article is surprisingly detailed: https://en.wikipedia.org/wiki/Dubbing"),
            _c("non_native", "Kathrin", "https://kathrinsfilmecke.de", "In Germany we dub almost everything and I grow up with it, for us the German voice of Bruce Willis IS Bruce Willis. When I watch the original I am confused haha. Both ways are ok I think."),
            _c("anecdote", "Lupe", "", "My grandma watched every K-drama on Netflix dubbed into Spanish and knew more about them than my entire group chat."),
            _c("angry", "cinephile_purist", "", "No. Absolutely not. Dubs are lazy and streamers push them because English-speaking audiences refuse to read. Caving to it just makes things worse for everyone who actually cares about cinema."),
            _c("specific_thanks", "Noor H.", "", "Thank you for the point about bad subtitle tracks. “He's angry.” I have seen that exact crime."),
            _c("short", "Ginny", "https://ginnysofa.blogspot.com", "Lovely post, really."),
            _c("correction", "Dave L.", "", "Minor: your 2012 post was titled “Dubbing Is a Crime Against Cinema”, not Dubs. I remember because I argued with you in the comments for three days 😂"),
        ],
    },
    {
        "id": "b038",
        "topic": "education",
        "lang": "en",
        "title": "312 essays later: what I learned grading first-year writing in the ChatGPT semester",
        "text": _t("""
This semester I graded 312 essays for our first-year writing course: four sections of 26 students, three essays each. It was the first full semester since ChatGPT went mainstream, and everyone on campus kept asking the same question: how many were written by AI? My honest answer is that I don't know, and I've stopped trying to find out.

In January I ran the first batch through two detection tools. They disagreed with each other on 14 of 104 essays. One flagged a student's essay about her grandmother's tamale recipe as “98% likely AI-generated.” I know that student. I watched her draft it in my office hours, in pen. That was the end of detection for me.

So I changed the assignments instead. Essay two had to include an interview with someone the student actually knows, with a photo of their handwritten notes. Essay three required a draft, a peer review and a revision memo explaining what they changed and why. None of this is AI-proof. Nothing is. But it made the lazy route slower than the honest one, and it made the essays far more interesting to read. I got essays about a welding instructor, a great-uncle who fought in Angola, and a roommate's ferret.

A few students clearly did use AI for the revision memo; the phrasing gives it away (“This revision enhances clarity and coherence”). I talked to each of them rather than reporting them. Two admitted it. One cried. All three rewrote it. I don't think that's a failure of the system. I think that's teaching.
"""),
        "url": "https://theredpenblog.com/2023/05/312-essays-chatgpt-semester/",
        "keywords": ["first-year writing", "ChatGPT", "AI detection", "grading", "assignment design", "academic integrity", "college teaching"],
        "comments": [
            _c("short", "Tam", "", "The ferret essay, please."),
            _c("disagreement", "Hana R.", "", "With respect, talking to them instead of reporting is unfair to the students who did the work honestly. Integrity policies exist for a reason. If I'd written my memo myself I'd be annoyed."),
            _c("owner_reply", "Ines Carvalho", "https://theredpenblog.com", "@Hana I hear you. Our policy allows instructor discretion for a first instance, and all three took a grade penalty on the memo. I should have said that in the post."),
            _c("link_reference", "Dr. Sam Oduya", "https://samoduya.github.io", "There's decent evidence that detectors are biased against non-native English writers, worth reading before anyone trusts them: https://arxiv.org/abs/2304.02819"),
            _c("question", "Chris Talbot", "", "How did you handle the handwritten-notes photo for students who did interviews over the phone, or in another language?"),
            _c("quote_reply", "Ms. Brandt", "https://brandtteaches.wordpress.com", "“This revision enhances clarity and coherence.” I'm starting a drinking game with my grading pile."),
            _c("angry", "adjunct_life", "", "Honestly I'm exhausted by posts like this. I have 180 students across six courses at two campuses, no office, and no time to sit down with every suspicious memo. Redesigning everything is a LUXURY for people with reasonable loads."),
            _c("owner_reply", "Ines Carvalho", "https://theredpenblog.com", "@adjunct_life that's completely fair. I'm a full-time lecturer with a manageable load, and I should have acknowledged how much that shapes what's possible."),
            _c("non_native", "Linh", "", "As international student from Vietnam I was very scared this year, because my English writing is 'too formal' and my friend was flagged by detector for an essay she wrote alone. Thank you for not trusting the tools blindly."),
            _c("anecdote", "Prof. Dana Whitley", "https://whitleywrites.net", "I did an interview assignment too, and one student interviewed his grandfather about immigrating, the first real conversation they'd ever had about it. He said his whole family cried reading the essay."),
            _c("specific_thanks", "Rob M.", "", "Thank you for giving the 14-of-104 disagreement number. I'm taking that straight to our department meeting on Thursday."),
            _c("short", "K. Liu", "https://kliu.substack.com", "This is how it should be done."),
        ],
    },
    {
        "id": "b039",
        "topic": "environment",
        "lang": "en",
        "title": "Six months of bokashi in a fourth-floor flat with no garden",
        "text": _t("""
I live in a 38-square-metre flat on the fourth floor in Bristol with no garden, no balcony and a partner who has a very sensitive nose. For years I told myself composting wasn't for people like me. In January I bought two bokashi buckets (£45 for the pair, plus £9 for a bag of bran) and decided to try it for six months.

How it works, briefly: you put food scraps in an airtight bucket, sprinkle a handful of inoculated bran on each layer, press it down and close the lid. It ferments rather than rots. Every few days you drain off liquid from a tap at the bottom. When one bucket is full you leave it sealed for two weeks while filling the other. The result is a sort of pickled slurry that you then bury in soil, where it breaks down fast.

The smell question, since it's the first thing everyone asks: closed, the bucket smells of nothing. Opened, it smells like sour apples and cider vinegar. My partner says “like a pub floor,” which is fair. It's unpleasant for about five seconds and then it's gone. The only real disaster was in February, when I forgot to drain it for nine days and the liquid smelled genuinely foul.

The weak point for flat dwellers is the burying. I take the fermented stuff to a community garden in Easton, where they've given me a corner of a bed in exchange for turning their compost heaps on Saturdays. Over six months I've diverted roughly 70 kg of food waste from our bin, by my kitchen scale. I've also made a few friends and one nemesis, a man named Clive who thinks bokashi is “a fad.”
"""),
        "url": "https://smallflatgreen.com/2020/06/six-months-of-bokashi/",
        "keywords": ["bokashi", "composting", "food waste", "flat living", "Bristol", "community garden", "fermentation"],
        "comments": [
            _c("short", "Hannah", "", "Clive sounds fun."),
            _c("question", "Priya", "https://priyasplantshelf.blogspot.com", "Can you use the drained liquid on houseplants? I've read you can dilute it but also that it can kill them."),
            _c("owner_reply", "Yuki Tanaka", "https://smallflatgreen.com", "@Priya I dilute it roughly 1:100 and use it on my pothos and a windowsill tomato, no deaths so far. Undiluted it's very acidic, so don't go stronger than that."),
            _c("disagreement", "Clive's ally", "", "I'm with Clive, sorry. Bokashi means buying bran forever, plastic buckets, and you still need soil at the end. A council food waste collection does the same thing at scale with zero effort. For flats the answer is lobbying for collection, not hobby kits."),
            _c("link_reference", "Maya", "", "Bristol does have food waste collection, including for flats: https://www.bristol.gov.uk/residents/bins-and-recycling — though I know plenty of blocks still don't have the communal caddies."),
            _c("anecdote", "Tom Rees", "https://tomgrowsthings.co.uk", "Our bucket leaked once in the cupboard under the sink and the landlord thought a pipe had burst. Explaining bokashi to a plumber was a highlight of my year."),
            _c("link_reference", "Thrifty Compost Kitchen", "https://thriftycompostkitchen.wordpress.com", "You can make your own bran much more cheaply with an EM starter and wheat bran. I wrote up how here: https://thriftycompostkitchen.wordpress.com/2019/11/diy-bokashi-bran/"),
            _c("quote_reply", "Jess", "", "“like a pub floor” — ACCURATE. I've never been able to describe it to anyone."),
            _c("non_native", "Emiko", "https://emikokitchen.hatenablog.com", "In Japan my grandmother did bokashi already in 1990s in Kobe, she bury it in her small garden. It is funny to see it become popular in UK now. She used rice bran from rice shop, very cheap."),
            _c("specific_thanks", "Ben Akerman", "", "Thanks for actually weighing it. 70 kg in six months from a two-person flat is a really useful number."),
            _c("short", "Lou", "https://louzerowaste.wordpress.com", "Great post!"),
            _c("correction", "Soil nerd", "", "Small correction: bokashi isn't composting in the strict sense, it's fermentation, and the real composting happens once it's in the soil. You explain that well, but the intro calls it composting. Pedantic, I know."),
        ],
    },
    {
        "id": "b040",
        "topic": "business",
        "lang": "en",
        "title": "I quit my LinkedIn engagement pod. Here's what happened to my numbers.",
        "text": _t("""
For eleven months I was in a LinkedIn engagement pod. If you don't know what that is: a group of people, in our case 34 B2B marketers, who agree to like and comment on each other's posts within the first hour to convince the algorithm the content is popular. We coordinated in a Slack channel called #rising-tide. I'm not proud of it.

It worked, in the narrow sense. My average post impressions went from about 1,800 to 11,000. I gained 4,200 followers and got invited onto two podcasts. What I didn't get was a single inbound lead I could trace to a pod-boosted post. The comments were the same twenty people saying “Great insight, Brett!” and “This 🔥” and, in one memorable case, “Congrats on the new role!” on a post about my dog dying.

I left in February. It was awkward; one person messaged to say I was “pulling up the ladder.” My impressions dropped back to about 2,400, higher than before, so maybe the pod left a little lasting audience. But the comments got real again. A procurement manager in Leeds asked a detailed question about a pricing post. A former colleague disagreed with me publicly and we had a genuinely useful argument.

In March I got two sales conversations from LinkedIn, both from people who had never commented on anything but had quietly read my posts for months. That's the thing about B2B: your buyers are mostly lurkers. They don't comment, and they certainly don't comment “This 🔥”. If your content strategy is optimised for the people who comment, you're optimising for other marketers.
"""),
        "url": "https://b2bwithoutbs.com/2022/04/quit-linkedin-engagement-pod/",
        "keywords": ["LinkedIn", "engagement pods", "B2B marketing", "content strategy", "social selling", "algorithm", "lead generation"],
        "comments": [
            _c("short", "Oliver", "", "Congrats on the new role! 😬"),
            _c("quote_reply", "Nadine Pryce", "", "<blockquote>your buyers are mostly lurkers</blockquote>\nI'm an IT director and yes. I read everything and comment on nothing. Pods are painfully obvious from this side."),
            _c("disagreement", "Tasha Greene", "https://tashagreene.co", "I don't think pods are as black and white as you make out. For new creators with no network, a pod is how the first few hundred people ever see your work. Everyone else had a head start."),
            _c("owner_reply", "Brett Callahan", "https://b2bwithoutbs.com", "@Tasha there's something to that. I'd just say be honest with yourself that it's a bootstrap, and get out before the comments become the product."),
            _c("link_reference", "Sophie", "https://sophiewritesb2b.substack.com", "LinkedIn's own community policies mention coordinated inauthentic engagement: https://www.linkedin.com/legal/professional-community-policies — not that it seems to be enforced much."),
            _c("question", "Dev Patel", "", "Did you notice any difference in how LinkedIn treated your posts after you left? There's a rumour they throttle accounts that suddenly leave pods."),
            _c("angry", "Greg H.", "", "The worst part is how many “thought leaders” are still doing this while selling courses on ORGANIC growth. It's a scam. Name the pod, Brett."),
            _c("owner_reply", "Brett Callahan", "https://b2bwithoutbs.com", "@Greg not going to name anyone. Most of them are decent people who were told this is just how it works."),
            _c("link_reference", "Northbeam B2B", "https://northbeamb2b.com", "We ran a six-month test across 12 client accounts, pod vs no pod, and the lead numbers looked a lot like yours. Write-up here: https://northbeamb2b.com/case-studies/linkedin-pods-vs-organic"),
            _c("non_native", "Ankit Sharma", "https://ankitsharma.in", "In India these groups are very common in WhatsApp, we call them engagement groups. I was in three. I left also because I was spending one hour every morning commenting 'insightful' on things I didn't read. Thank you for honest post."),
            _c("specific_thanks", "Mel", "", "Thank you for the dog post example. I laughed and then felt terrible for laughing. Sorry about your dog."),
            _c("short", "Jonas", "", "This is the way."),
            _c("anecdote", "Carla D.", "https://carladesigns.io", "My old pod once had 40 people like a post that was literally an unfinished draft I'd published by accident. Three of them commented “So true!”"),
        ],
    },
    {
        "id": "b041",
        "topic": "history",
        "lang": "en",
        "title": "Nan's ration book, 1943",
        "text": _t("""
Clearing my mother's loft last month I found a brown envelope marked “Mum's bits – KEEP” in her handwriting. Inside was my grandmother's ration book from 1943, issued to Mrs. E. Brennan, 14 Cardigan Terrace, Liverpool 6. It's a buff-coloured RB1, smaller than I expected, about the size of a postcard, with most of the meat coupons neatly cut out and the sweets page untouched.

That last detail made me smile. Nan had five children by 1943 and, according to my mother, gave all her sweet coupons to them, which explains why that page of her own book is intact. The front shows she was registered with a grocer called J. Hughes on Boaler Street and a butcher, T. Flanagan, whose shop my mother remembers as “freezing, with sawdust on the floor.”

I've been reading around the subject. By 1943 the weekly adult ration was roughly 4 oz of bacon and ham, 8 oz of sugar, 2 oz of tea and 2 oz of butter, with meat rationed by price rather than weight, about 1s 2d worth. Bread wasn't rationed until after the war, in 1946, which surprises almost everyone I mention it to.

There's also a pencilled note on the back cover in Nan's handwriting: “Kath – shoes – 7 coupons.” Kath was my mother, aged six. Clothing had its own coupon system, and seven coupons for a child's shoes was a real commitment for a family of seven. My mum is 78 now and remembers those shoes. They were brown, with a buckle, and she wasn't allowed to wear them in the rain.
"""),
        "url": "https://attictreasures.co.uk/2015/05/nans-ration-book-1943/",
        "keywords": ["ration book", "Second World War", "rationing", "Liverpool", "family history", "clothing coupons", "home front"],
        "comments": [
            _c("short", "Pauline", "", "What a treasure. Keep it safe!"),
            _c("personal_story", "Maureen Doyle", "https://maureensmemories.blogspot.com", "My mother was the eldest of eight in Bootle and she told me once that the worst thing about rationing wasn't the food, it was the queueing. She was sent out at seven in the morning with the books and the money wrapped in a hanky and told not to come back without the eggs. One day in 1944 she queued for two hours, got to the front, and the eggs were gone. She was eleven. She sat on the kerb and cried and a docker she didn't know gave her his egg, which he'd just bought, and walked off before she could thank him. She told that story until she was 90. She said she never found out his name, and that she'd spent her whole life trying to be that man for other people."),
            _c("question", "Malcolm", "", "How should I store something like this? I have my grandad's identity card and it's starting to go brittle at the folds."),
            _c("owner_reply", "Sheila Moran", "https://attictreasures.co.uk", "@Malcolm I asked at the record office: acid-free folder, away from sunlight, no ordinary plastic wallets. And whatever you do, don't laminate it!"),
            _c("link_reference", "Home Front Hannah", "https://homefronthannah.wordpress.com", '''The Imperial War Museum has a good explainer with photos of the different books (RB1 for adults, RB2 for children): <a href="https://www.iwm.org.uk/history/what-you-need-to-know-about-rationing-in-the-second-world-war">What you need to know about rationing</a>'''),
            _c("correction", "Derek Ashworth", "", "Small correction, I think: children's shoes generally needed fewer coupons than adults'. Seven sounds like an adult pair, unless Kath was in a bigger size than the scheme allowed for. Might be worth double-checking."),
            _c("disagreement", "Alun", "", "Lovely post, but I do get tired of the rosy make-do-and-mend nostalgia around rationing in general. The black market was huge and families in poorer districts suffered far more than the posters suggest. Not aimed at you, just the genre."),
            _c("quote_reply", "Irene", "", "“she wasn't allowed to wear them in the rain” — my mum said exactly the same about her first new coat in 1948."),
            _c("anecdote", "Frank Gallagher", "", "My grandad worked at a grocer's in Everton during the war and said people always registered with the shop where the grocer liked them. Favouritism was rife, a bit of extra marge under the counter for the regulars."),
            _c("non_native", "Anneke", "https://annekesfamilie.nl", "In Netherlands my grandmother also had ration cards (distributiebonnen) in the war, and in winter 1944 there was no food even with the cards. We still have some in a box. Very interesting to compare with the British ones."),
            _c("short", "Rob", "", "Fascinating detail about the bread."),
            _c("specific_thanks", "L. Hughes", "https://boalerstreetproject.org.uk", "Thank you for including the grocer and butcher names. I'm researching Boaler Street and had no record of a J. Hughes grocer there. Possibly a relative!"),
        ],
    },
    {
        "id": "b042",
        "topic": "personal",
        "lang": "zh",
        "title": "三十一岁，辞职回县城和爸妈住了一年",
        "text": _t("""
去年十一月，我从杭州一家互联网公司离职，拖着两个行李箱回了老家——皖南的一个县城。那年我三十一岁，存款十二万，没有男朋友，也没有下一步的计划。我跟同事说是“休息一下”，跟爸妈说是“回来陪你们”，其实两句都不全是真的。

回家的头三个月，我过得很糟。每天睡到十点，我妈会在门口轻轻问一句“要不要吃点东西”，我爸看新闻的时候会特意把声音调小。他们对我太小心了，反而让我更难受。亲戚见面第一句是“在哪里上班”，第二句是“有没有对象”，我学会了用一个微笑回答两个问题。

转折是在春天。我妈腰不好，菜园子没人管，我就接了过来。种了辣椒、茄子、空心菜，还有一排我爸坚持要种的丝瓜。每天早上六点起来浇水，看着叶子一点点长大，比我在杭州写的任何一份周报都让我踏实。七月，丝瓜结了三十多根，吃不完，我们挨家挨户送给邻居。

现在我在县里一家做茶叶电商的小公司上班，工资是以前的三分之一，但下班走路只要十二分钟。我不知道会不会一直留在这里。只是这一年让我明白，“回家”不一定是失败，有时候只是换一种方式长大。
"""),
        "url": "https://xiaoman-essays.com/2022/12/a-year-back-home/",
        "keywords": ["辞职", "回老家", "县城生活", "父母", "菜园", "三十岁", "人生选择"],
        "comments": [
            _c("short", "栗子", "", "看哭了。"),
            _c("short", "Sunny", "https://sunny-diary.blogspot.com", "丝瓜那段太有画面感了。"),
            _c("quote_reply", "北漂第七年", "https://www.douban.com/people/beipiao7/", "“我学会了用一个微笑回答两个问题”——太真实了，今年过年我也准备这么干。"),
            _c("disagreement", "阿凯", "", "想说点不一样的。能回县城、有父母的房子住、还有十二万存款，这本身就是一种条件。很多人离职了回不去，家里也没有菜园子。不是说你的感受不真实，只是这种“回家治愈”的叙事，不是每个人都能选。"),
            _c("owner_reply", "小满", "https://xiaoman-essays.com", "@阿凯 你说得对，我确实是幸运的那一类。写的时候也犹豫过要不要提存款，最后还是写了，就是不想假装这是谁都能复制的选择。"),
            _c("question", "在深圳的皖南人", "", "请问县里的茶叶电商是怎么找到的？我也在考虑回老家，最担心的就是找不到工作。"),
            _c("personal_story", "林间", "https://linjian.substack.com", "我前年也回过老家，在湖南一个小县城待了十个月。和你不一样的是，我最后又回了广州。不是因为老家不好，而是我发现自己在那里总是在等什么，等一个理由留下，或者等一个理由离开。回广州以后，我反而更常给爸妈打电话了，每个月回去一次，帮我妈把手机里的照片整理好。那十个月没有改变我的生活方向，但改变了我跟父母说话的方式。以前是他们小心翼翼地问，现在是我主动讲。"),
            _c("link_reference", "书虫阿青", "https://aqing-reads.wordpress.com", "推荐一本书，项飙和吴琦的《把自己作为方法》，里面讲到“附近”的消失，跟你这一年的感受很像。豆瓣页面：https://book.douban.com/subject/34963358/"),
            _c("anecdote", "喵喵", "", "我妈也是这样，我在家的时候她看电视都开静音，说怕吵到我工作。其实我在刷手机。"),
            _c("non_native", "Mei Ling", "", "我是马来西亚人，华文不太好，看得有点慢。你写的菜园子让我想起我外婆在怡保的院子，她也种很多丝瓜，每次回去都要带一大袋回吉隆坡。谢谢你，我也想家了。"),
            _c("specific_thanks", "老树", "", "谢谢你写了工资是以前的三分之一，这种真实的数字比“找到了自己”之类的话更有说服力。"),
            _c("short", "豆豆", "", "加油，小满！"),
        ],
    },
]

# ---------------------------------------------------------------------------
# b043 - b048
# ---------------------------------------------------------------------------
POSTS += [
    {
        "id": "b043",
        "topic": "travel",
        "lang": "en",
        "title": "West Highland Way, solo, in May: what I'd tell myself the week before",
        "text": _t("""
I walked the West Highland Way, 96 miles from Milngavie to Fort William, over seven days in late May. Solo, carrying everything, camping four nights and sleeping in bunkhouses for two. Total cost including the train from London: £412. I'm 29, reasonably fit, and had never done a multi-day hike before. Here is what I'd tell myself the week before.

The midges are real. Everyone warns you and you assume they're exaggerating. They are not. On night three at Inverarnan, with no wind, they arrived in a cloud at 8:30 p.m. I put on a head net, zipped myself into the tent and ate a packet of cold noodles in my sleeping bag like a raccoon. Repellent helped; the head net helped more. Buy both.

The hardest day is not the one people say. Everyone talks about the Devil's Staircase, which is short and actually fine. The hard one for me was day two, along the east side of Loch Lomond: 14 miles of roots, rocks and small scrambles where you can never get into a rhythm. It took me nine hours and I cried at the Inversnaid Hotel, where a barman gave me a free packet of crisps.

What went right: trail runners instead of boots, a cheap foam sit pad, and booking the Kingshouse bunkhouse in January, because it was full by March. What went wrong: I carried a paperback I never opened, and three pairs of socks when I needed four. And solo? Never lonely. By day three I had a loose trail family: two Dutch retirees, a firefighter from Ohio, and a Glaswegian called Fiona who walks it every year on her birthday.
"""),
        "url": "https://trailtalesjenna.blogspot.com/2018/06/west-highland-way-solo-may/",
        "keywords": ["West Highland Way", "Scotland", "solo hiking", "long-distance walk", "midges", "Loch Lomond", "camping", "Fort William"],
        "comments": [
            _c("short", "Kirsty", "", "Raccoon noodles. Iconic."),
            _c("short", "Mel B", "https://melbwalks.wordpress.com", "Well done Jenna!!"),
            _c("question", "Ollie", "", "Was water okay? Did you filter from streams or buy in shops? I'm planning mid-June."),
            _c("owner_reply", "Jenna Kowalczyk", "https://trailtalesjenna.blogspot.com", "@Ollie filtered from streams most of the way, except anywhere below sheep fields. Shops at Drymen, Crianlarich, Tyndrum and Kinlochleven if you'd rather buy."),
            _c("link_reference", "Hamish", "https://hamishhillwalks.co.uk", "The official route site has the full accommodation list and baggage transfer options, for anyone who doesn't fancy carrying everything: https://www.westhighlandway.org/"),
            _c("disagreement", "Ruth T.", "", "Slight disagreement: the Devil's Staircase may be fine on a dry day, but I did it in sideways rain and it was the most miserable hour of my life. Weather changes everything on that route."),
            _c("anecdote", "Sam Whitlow", "", "Fiona! I met a Glaswegian woman called Fiona on the Way in 2013 who said she walked it every year on her birthday. Surely the same one? Legend."),
            _c("owner_reply", "Jenna Kowalczyk", "https://trailtalesjenna.blogspot.com", "@Sam it HAS to be the same Fiona. She said this was her fourteenth time."),
            _c("non_native", "Ineke & Henk", "https://wandelenmetinekeenhenk.nl", "Hallo Jenna, we are the Dutch couple! Henk is reading over my shoulder. We were very happy to walk with you and we still laugh about your noodles. Next year we walk the Great Glen Way, maybe you come also?"),
            _c("personal_story", "Alan Brodie", "", "I did the Way at 65, eight months after a knee replacement, mostly to prove to my surgeon and my wife that I could. I took ten days instead of seven and used the baggage service, which some purists sneer at, but I'd have never made it otherwise. The Loch Lomond section nearly finished me too. I sat on a rock above the water for an hour on day three and seriously considered phoning for a taxi from Inversnaid. A young German lad stopped, shared his chocolate, and walked with me at my pace for the rest of the afternoon, which must have cost him three hours. I finished at Fort William in pouring rain and my wife was waiting with a flask. Best thing I've ever done."),
            _c("correction", "Fort William local", "", "Tiny correction: the official finish moved to Gordon Square in 2010, about half a mile past the old sign on the edge of town. If you stopped at the old sign, you'll have to come back and finish properly!"),
            _c("specific_thanks", "Chloe", "", "Thank you for the sock count. I was going to pack two pairs."),
            _c("quote_reply", "Grant", "https://grantgoesnorth.blogspot.com", "“Buy both.” VisitScotland should put this on the sign at Milngavie."),
            _c("question", "Nadia", "", "How heavy was your pack, all in with food and water?"),
        ],
    },
    {
        "id": "b044",
        "topic": "local_news",
        "lang": "en",
        "title": "Six months after the flood: where Main Street stands",
        "text": _t("""
Six months ago today, the Pemberton River crested at 24.6 feet in downtown Riverbend, more than eight feet above flood stage and the highest since 1937. Water stood four feet deep on Main Street between Second and Fifth for almost two days. I walked those same three blocks this week to see where things stand.

Of the 38 businesses on those blocks, 22 have reopened, 9 are still rebuilding, and 7 have closed for good, including Hollister's Pharmacy, which had been there since 1951. Rita Okonjo reopened her salon in September with new floors, new drywall and, she says, “the same chairs, because they floated and I fished them out.” The Corner Café reopened in October after a GoFundMe raised $31,000, more than half of it from people who don't live here.

The slower story is insurance. Most of the owners I talked to didn't have flood insurance, because downtown sat outside the 100-year floodplain on FEMA's 1989 maps. The revised maps, released in draft last month, put most of Main Street inside it. That means premiums, for those who can get coverage at all, of $3,000 to $8,000 a year, which several owners told me they simply can't afford.

There are hopeful signs. The council approved a $1.2 million facade and flood-proofing grant program in November. The high school shop class built new display shelving for three stores. And the water line, painted in blue by volunteers at 4 feet 2 inches on the side of the old bank building, has become a kind of landmark. People stop and take photos in front of it. I'm not sure yet whether that's a memorial or a warning.
"""),
        "url": "https://riverbendreport.com/2019/12/six-months-after-the-flood/",
        "keywords": ["flood recovery", "Main Street", "small businesses", "flood insurance", "FEMA flood maps", "grant program", "Riverbend"],
        "comments": [
            _c("short", "Janine", "", "Thank you for keeping this story going."),
            _c("anecdote", "Curtis Boyd", "", "I helped Rita fish those chairs out. One of them was halfway to Fourth Street."),
            _c("question", "Melissa Tran", "", "Is the facade grant open to businesses that closed and want to come back? My mother had the yarn shop on Third for 19 years."),
            _c("owner_reply", "Carl Dietrich", "https://riverbendreport.com", "@Melissa as I read the program rules, yes, if the property owner applies. The application window opens January 15 and I'll post the link when it's live."),
            _c("link_reference", "Floodplain Fran", "https://franmapsthings.github.io", "FEMA's Flood Map Service Center lets you look up the draft maps by address, for anyone wondering about their own place: https://msc.fema.gov/portal/home"),
            _c("angry", "Dwight S.", "", "Seven businesses closed and the council spent HOW many meetings arguing about whether the grant should be $1.2 million or $900k? These people needed help in July, not a program that opens in January."),
            _c("disagreement", "Alicia Moreno", "https://aliciamoreno.org", "I hate to be this person, but rebuilding in the same spot with the same risk isn't sustainable. Some of Main Street's riverside lots could become floodable park space, like other river towns have done. Grant money for buildings that will flood again is throwing good money after bad."),
            _c("correction", "Café regular", "", "Small correction: the Corner Café fundraiser ended at $31,400, and donations kept coming in after they reopened. They've started putting the extra toward Rita's new sign."),
            _c("personal_story", "Tom Hollister", "https://tomhollister.wordpress.com", "My grandfather opened Hollister's in 1951 and I was the third pharmacist in the family to run it. When the water came in I was standing in the back with a mop like an idiot, trying to lift the compounding equipment onto the counter. We lost everything below four feet, including sixty-eight years of prescription records we were required to keep on paper. The bank would have lent us the money to rebuild, but without flood insurance and with the new maps, I'd have been borrowing $400,000 to reopen in a building that will flood again. I'm 63. I took a job at the chain pharmacy out on the highway. Customers still come in and ask for me by name, and I still cry in my car sometimes."),
            _c("quote_reply", "Beth Anne", "", "“I'm not sure yet whether that's a memorial or a warning.” Both. Definitely both."),
            _c("non_native", "Yousef Haddad", "", "I am owner of the phone repair shop on Fifth, I come from Syria in 2014. The flood destroy all my stock, almost 40 thousand dollars. I open again in November with help from my church and my customers. Thank you for writing about us, many people think everything is fine now."),
            _c("short", "Marty", "https://twitter.com/martyriverbend", "Great reporting, Carl."),
            _c("link_reference", "Riverbend Community Foundation", "https://riverbendcf.org", "For anyone who wants to help, our flood recovery fund is still open and 100% goes to affected households and businesses: https://riverbendcf.org/flood-recovery/"),
        ],
    },
    {
        "id": "b045",
        "topic": "music",
        "lang": "en",
        "title": "Third clarinet: notes from a community band",
        "text": _t("""
On Thursday nights from 7 to 9, forty-one adults who mostly can't quite play their instruments gather in the band room of Lakeview Middle School and rehearse. We are the Lakeview Community Band. I play third clarinet, which is the musical equivalent of being the third person in a three-person canoe: you're there, you're paddling, and nobody would notice if you stopped.

I picked the clarinet back up three years ago at 54, after a gap of 36 years. It was the student model from my parents' attic, and the first note I played sounded like a goose being stepped on. Our director, Mr. Okafor, a retired high school band teacher, said “Welcome back” as if he'd been expecting me.

Our spring concert was last Sunday in the school gym. We played seven pieces, including Holst's First Suite in E-flat, a Sousa march and a medley from a musical I won't name because we mangled it. About 150 people came, most of them related to someone in the band. The second trumpet missed his entrance in the Sousa, which happens every year. The tubas were magnificent. I counted my rests so carefully in the Holst that I came in exactly on time, then panicked and played the wrong note anyway.

I've been thinking about why this matters so much to me. I'm not improving quickly. I practise maybe three times a week. But for two hours every Thursday I'm not anyone's mother, manager or caregiver. I'm third clarinet, and the only thing anyone needs from me is that I count to four.
"""),
        "url": "https://thirdclarinet.wordpress.com/2016/05/notes-from-a-community-band/",
        "keywords": ["community band", "clarinet", "amateur musicians", "adult learners", "Holst", "spring concert", "wind band"],
        "comments": [
            _c("short", "Linda K.", "https://lindaplaysoboe.blogspot.com", "Third clarinet solidarity!"),
            _c("quote_reply", "Viola Vic", "", "“the third person in a three-person canoe” — as a second viola, I feel deeply seen."),
            _c("anecdote", "Stan the tuba", "https://twitter.com/stanthetuba", "I play tuba in our community band and we are, as you say, magnificent. Also usually the ones who bring donuts."),
            _c("question", "Joyce", "", "How did you get your old clarinet working again? Mine's been in the attic since 1984 and I suspect the pads are shot."),
            _c("owner_reply", "Deb Harlow", "https://thirdclarinet.wordpress.com", "@Joyce I took it to the repair shop in town: new pads and corks, $140. The tech said student clarinets are “indestructible and unremarkable,” which also describes my playing."),
            _c("link_reference", "Gordon", "", "If anyone is looking for a band near them, the Association of Concert Bands has a directory: https://www.acbands.org/"),
            _c("disagreement", "Rhonda (bass clarinet)", "https://rhondalowreeds.wordpress.com", "Gently disagreeing with the “nobody would notice” bit! Third parts fill in the harmony. Take them out and the chords go hollow. I guarantee Mr. Okafor noticed you came in on time in the Holst."),
            _c("personal_story", "Second trumpet", "", "Hi. I'm the second trumpet. I have missed that Sousa entrance four years running and I'd like to explain. There's a bar of rest right after the trio where the percussion does a fill, and every single year I get so absorbed in watching Barb on the snare that I forget to count. This year I wrote “STOP WATCHING BARB” in pencil above the bar. I still missed it. My wife was in the audience and said afterwards that it wouldn't be the spring concert without it, which I've decided to take as a compliment. See you Thursday, Deb."),
            _c("specific_thanks", "Marianne", "", "Thank you for naming the Holst. My daughter is playing it in her school band this spring and now I'm going to listen to it properly before the concert."),
            _c("non_native", "Sylvie", "https://sylvieflute.fr", "I play the flute in an amateur orchestra in Lyon and it is exactly the same feeling. On Tuesday evening I am not a mother or an accountant, only the second flute. Thank you for writing what I feel."),
            _c("short", "Bea", "", "I love this so much."),
            _c("correction", "Horn section", "", "Small thing: we were 43 this spring, not 41, with the two new horn players! Mr. O announced it at the concert. We count, even if we can't always count to four."),
            _c("short", "Terri", "https://terrisaxophone.blogspot.com", "Wonderful. See you Thursday!"),
        ],
    },
    {
        "id": "b046",
        "topic": "film_tv",
        "lang": "en",
        "title": "In defense of the Harbor Lights finale (yes, really)",
        "text": _t("""
Harbor Lights ended on Sunday after six seasons, and judging by my timeline, I am the only person on earth who liked the finale. The episode currently sits at 4.1 on the big user ratings site, where season three's “The Drowned Bell” has a 9.6. People are furious. I think they're wrong, and I've rewatched it twice to make sure I'm not just being contrary.

The main complaint is that the finale doesn't answer who burned the cannery in season one. True. It pointedly refuses. But the show told us, again and again, that it wasn't about that. Detective Ruth Mallory says it in the pilot: “Knowing who did it never once helped anybody here.” The finale takes her at her word. It's about whether the town can go on living with each other, and it ends with the whole cast at the harbor lighting ceremony, not looking at each other, but all there.

The second complaint is that Tomás's arc was rushed. Fair. He deserved a full episode, and wrapping his story with a voiceover letter was clearly a budget or scheduling compromise. That's the one part I'd change.

We've been trained by a decade of puzzle-box TV to treat finales as exams: did they answer the questions? Harbor Lights was never a puzzle box. It was a show about grief in a small place, and grief doesn't resolve. It just changes shape. I cried for the last eight minutes. Sorry, internet.
"""),
        "url": "https://peaktvpeeves.com/2020/05/in-defense-of-harbor-lights-finale/",
        "keywords": ["Harbor Lights", "series finale", "TV drama", "mystery", "grief", "fan reaction", "television criticism"],
        "comments": [
            _c("angry", "Kev", "", "I'm sorry but no. Six YEARS of clues about the cannery and they just... don't. That's not “thematic”, it's cowardice. The writers never knew the answer and you're doing their PR for free."),
            _c("owner_reply", "Jess Tran", "https://peaktvpeeves.com", "@Kev I understand, I do. But the showrunner said years ago they'd never reveal it. The clues were always about the town's paranoia, not a trail to follow."),
            _c("link_reference", "HL rewatch podcast", "https://harborlightsrewatch.podbean.com", "Here's the interview where she says it, for the doubters: https://www.avclub.com/harbor-lights-showrunner-cannery-fire-interview — it's from the season two press tour."),
            _c("quote_reply", "Sinead", "", "“Knowing who did it never once helped anybody here.” I had completely forgotten that line was in the pilot. Chills."),
            _c("disagreement", "Marcus T.", "https://marcustwatches.substack.com", "I'm with you on the cannery, but the Tomás letter was more than “a bit rushed.” It was insulting to the actor and to everyone who'd followed him since season two. That alone knocks the finale down for me."),
            _c("short", "Ali", "", "Thank you. I felt so alone."),
            _c("short", "beccaboo", "", "cried too. no shame"),
            _c("question", "Grace", "", "Did anyone else notice Mallory's daughter holding the bell from “The Drowned Bell” in the very last shot? Intentional??"),
            _c("owner_reply", "Jess Tran", "https://peaktvpeeves.com", "@Grace YES. I think it's deliberate and it's the closest the show comes to a resolution. Separate post coming."),
            _c("non_native", "Thiago", "https://thiagoveseries.blogspot.com", "In Brazil the show was very popular also, we watch with subtitle. I think the final is beautiful, like a poem. People want the answer like a game but life don't have answer."),
            _c("personal_story", "Erin M.", "", "My brother died in 2017, and I started watching Harbor Lights about a month later because a friend said it was “about a town where everyone is sad,” which was the only kind of thing I could stand. What helped wasn't the mystery. It was watching characters who never got an answer keep showing up for each other anyway. When the police never fully explained what happened to my brother, people kept telling me I'd feel better when I knew. The show was the only thing that said maybe you won't, and you'll live anyway. So that ending, everyone at the harbor, not talking, just there, was exactly right for me. Thank you for defending it."),
            _c("specific_thanks", "Leo", "", "Thank you for rewatching twice before writing. Most takes I've read were typed during the end credits."),
            _c("correction", "tvdb_nerd", "", "Small correction: “The Drowned Bell” was season four, episode 7, not season three. Season three's high point was “Low Tide.”"),
        ],
    },
    {
        "id": "b047",
        "topic": "environment",
        "lang": "en",
        "title": "Bleaching at Anilao, and the sunscreen question on the dive boat",
        "text": _t("""
I've been diving the same reefs off Anilao in Batangas since 2011, usually three or four trips a year. In April I did 11 dives over five days and, for the first time, saw widespread bleaching on the shallow reef flat: white staghorn and table corals in patches maybe 30 metres across, at 4 to 8 metres depth. My computer read 31°C at 5 metres on two afternoons, about two degrees warmer than I'm used to there in April.

Naturally, the conversation on the boat turned to sunscreen. Half the divers had “reef-safe” bottles. A woman from Manila asked me whether her brand “helped.” I wanted to answer her honestly, so I've spent the last two months reading.

Here's where I've landed, as a diver and not a scientist. Some sunscreen ingredients, especially oxybenzone, are toxic to coral larvae in lab studies, and concentrations can get high at crowded snorkel sites with poor water exchange. Avoiding them is sensible, and Hawaii and Palau have banned some. But “reef-safe” isn't a regulated term in the Philippines or most places, and plenty of products with that label contain other ingredients with very little data behind them. Most importantly: sunscreen is not what bleached Anilao in April. Bleaching is a heat stress response. It tracks ocean temperature, not tourist numbers.

So yes, wear a rash guard instead of slathering on lotion; it's better for the reef and for you. But the mismatch bothers me. We've turned a global heat problem into a shopping choice, because shopping choices feel like something we can do. The reef flat I saw in April needs cooler water, and no bottle can give it that.
"""),
        "url": "https://divelogmarco.net/2024/07/anilao-bleaching-sunscreen/",
        "keywords": ["coral bleaching", "Anilao", "Philippines", "scuba diving", "reef-safe sunscreen", "oxybenzone", "ocean warming", "climate change"],
        "comments": [
            _c("short", "Bea", "", "Sobering. Thanks for this."),
            _c("link_reference", "Reef Check volunteer", "https://reefcheckdiaries.wordpress.com", "NOAA Coral Reef Watch has the heat stress maps for the region, and the 2024 global bleaching event is documented there: https://coralreefwatch.noaa.gov/"),
            _c("disagreement", "Dr. Liza Reyes", "https://lizareyes-marinelab.github.io", "I think you're dismissing local stressors a bit quickly. At heavily visited sites, pollution adds to heat stress, and stressed coral bleaches sooner and recovers slower. It isn't either/or."),
            _c("owner_reply", "Marco Villanueva", "https://divelogmarco.net", "@Dr. Reyes fair, and I didn't mean to say it doesn't matter. Cumulative stress is real. I just don't want people thinking the label solves the problem."),
            _c("question", "Sophie", "", "Are rash guards really enough? I burn horribly on my face and the backs of my hands."),
            _c("anecdote", "Jun", "", "@Sophie I wear a long-sleeve rash guard, thin gloves, and a mineral zinc stick on my face only. No burns in three years of diving in Mindoro."),
            _c("angry", "Tomas Eriksen", "", "It's infuriating that the governments who could actually cut emissions get a free pass while divers argue about LOTION on a boat. We're rearranging deck chairs."),
            _c("non_native", "Rommel", "", "I am dive guide in Anilao for 9 years. This year is the worst I see, the staghorn near the point is almost all white. Some guests ask me if they should stop diving, I say no, but please tell your government about climate. Thank you Sir Marco for writing."),
            _c("quote_reply", "Hannah (marine bio student)", "https://hannahunderwater.blog", "“We've turned a global heat problem into a shopping choice” — this is going on our lab whiteboard."),
            _c("correction", "Kai", "", "Small note: Hawaii's law covers oxybenzone and octinoxate, while Palau's list is longer, around ten ingredients. You're right in general, just adding detail for anyone looking them up."),
            _c("personal_story", "Gav Mitchell", "https://gavdives.com.au", "I first dived the outer Great Barrier Reef off Cairns in 1998, as a 19-year-old on a backpacker boat, and I remember thinking it looked like the inside of someone's imagination. I went back to the same spot in 2016 to celebrate my twentieth year of diving and came up after the first dive and couldn't talk. It looked like a bone yard. The crew, who were kids themselves, were quiet in the way people are at funerals. Some of that reef has recovered, for now, and I've been back since. But I think every long-time diver has a before and after. Yours sounds like it was this April."),
            _c("short", "Lars", "https://larsbubbles.blogspot.com", "Great post."),
            _c("specific_thanks", "Carmina", "", "Thank you for including the actual temperature reading. Two degrees sounds small until you see it written next to what it did."),
        ],
    },
    {
        "id": "b048",
        "topic": "business",
        "lang": "en",
        "title": "What Etsy actually cost my pottery shop, and why I moved",
        "text": _t("""
I've sold my pottery on Etsy since 2015: mugs, small planters and the speckled bowls that somehow became my thing. Last year I did £38,400 in sales there. In July I worked out what Etsy actually cost me in 2021, all in, and it was £5,112, about 13.3% of revenue, once you add listing fees, the 6.5% transaction fee, payment processing, the offsite ads fee I can't opt out of, and a handful of Etsy Ads experiments.

So in August I moved my main shop to my own website, which costs £25 a month plus payment fees of around 2.2%. I kept a smaller Etsy shop with 20 listings as a discovery channel. I'm writing this a month in, so treat it as early.

The good: my margin per mug is up about £2.40. I own my customer email list, 1,140 people, most of whom came from a discount card I started tucking into orders two years ago. The first newsletter announcing the new shop brought in £2,180 in 48 hours, more than Etsy usually does for me in a week in August.

The bad: traffic. Etsy sent me people searching for “speckled ceramic bowl” at 2 a.m. My own site mostly gets people who already know me. New-customer orders are down about 60% on last August. I've spent more hours on product photos, search listings and shipping settings this month than in the whole previous year. Ask me again at Christmas, which, as every maker knows, is where the year is actually won or lost.
"""),
        "url": "https://kilnandcounter.com/2022/08/what-etsy-cost-me/",
        "keywords": ["Etsy", "marketplace fees", "pottery", "handmade business", "own website", "email list", "small business", "ecommerce"],
        "comments": [
            _c("short", "Jo", "", "Good luck Hollie! Just ordered a mug 🙂"),
            _c("question", "Lucy Fairbanks", "https://lucyfairbankstextiles.co.uk", "How did you handle Etsy's rule about not directing buyers off-platform? I've heard of shops getting suspended over cards with their website on."),
            _c("owner_reply", "Hollie Barnes", "https://kilnandcounter.com", "@Lucy my cards only offered a discount for joining the newsletter, and I never messaged Etsy buyers about my own site. But read the seller policy yourself, I'm not a lawyer!"),
            _c("link_reference", "Pete", "", "Etsy's current fee schedule, for anyone running their own numbers: https://www.etsy.com/legal/fees/ — the offsite ads percentage is the killer on higher-priced items."),
            _c("disagreement", "Moss & Fern Candles", "https://mossandferncandles.com", "I moved off Etsy in 2019 and came back in 2020. My own site never got the traffic, and paying for ads to drive it cost more than Etsy's fees ever did. Thirteen percent is honestly a fair price for a marketplace that brings customers to you."),
            _c("link_reference", "Makers Money Blog", "https://makersmoneyblog.co.uk", "I compared the main shop platforms for small makers last year, fees and all, might help anyone reading this: https://makersmoneyblog.co.uk/2021/09/which-shop-platform-for-makers/"),
            _c("anecdote", "Tina W.", "", "I found you through Etsy at 2am searching exactly “speckled ceramic bowl”. Now I'm on your newsletter. So it works both ways!"),
            _c("quote_reply", "Ceri", "https://ceriweaves.blogspot.com", "“where the year is actually won or lost” — too true. November alone is 40% of my revenue."),
            _c("angry", "Anna P.", "", "Etsy raising fees again and again while the site fills up with mass-produced junk is a disgrace. They've abandoned the actual makers who built the platform in the first place."),
            _c("specific_thanks", "Rob Greaves", "", "Thank you for giving the £5,112 number. I'd never added up my offsite ads charges and I'm almost scared to now."),
            _c("non_native", "Teresa", "https://teresajoias.pt", "I make jewellery in Lisbon and I have same situation, Etsy is almost 15% for me with offsite ads. I will wait your Christmas update before I decide. Please write it!"),
            _c("short", "Dani", "", "Following for the Christmas update."),
            _c("correction", "Sam K.", "", "Small correction: the Etsy transaction fee also applies to what the buyer pays for shipping, not just the item price, so your effective rate is probably a little above 6.5%."),
        ],
    },
]

# ---------------------------------------------------------------------------
# b049 - b054
# ---------------------------------------------------------------------------
POSTS += [
    {
        "id": "b049",
        "topic": "parenting",
        "lang": "en",
        "title": "The only dad at the sandpit",
        "text": _t("""
For the past fourteen months I've been the main parent at home for our daughter, Adwoa, who is now two and a half. My wife went back to work as a hospital pharmacist after her leave, and my job as a freelance translator was the one that could bend. So on weekday mornings you'll find me at Hillcrest Park, usually the only man in the toddler area who isn't a grandfather.

The first few months were lonely in a specific way. About eight mums meet at the sandpit at 10 every morning, and they were perfectly polite to me, and I was perfectly polite back, and that was the whole relationship. I'd hear them arranging playdates three feet away. One of them told me much later that they assumed I was “just covering for the day.” Another admitted her husband would have found it “weird” if she'd invited me over.

What broke it open was a rainy Tuesday in November. The park was empty except for me, Adwoa, and one mum, Sinéad, with her son Oisín. The kids started playing together in the tunnel slide. We stood under the same small shelter for forty minutes, and it turned out she was as lonely as I was: she'd just moved from Cork and didn't know anyone either. We've met three times a week since.

I don't want to make this a story about how hard dads have it. Women have dealt with far worse isolation at home for generations, and nobody wrote a blog about it. But I'd say to other dads doing this: go to the library story time, go back to the same park at the same time, bring an extra snack. And to the sandpit mums, if you're reading: just say hi. We're as tired as you are.
"""),
        "url": "https://playgroundpapa.com/2017/04/only-dad-at-the-sandpit/",
        "keywords": ["stay-at-home dad", "playground", "toddlers", "loneliness", "parent friendships", "fatherhood", "gender roles"],
        "comments": [
            _c("short", "Fran", "", "Bring an extra snack. Universal wisdom."),
            _c("personal_story", "Rosie Caldwell", "https://rosiecaldwellwrites.wordpress.com", "I was one of those sandpit mums, at a different park, and I'm a bit ashamed reading this. There was a dad who came every day with twin boys, and we all sort of silently agreed he was someone's problem, not ours. Nobody was unkind. We just never included him. One day one of his twins fell off the climbing frame and split his lip, and he was trying to hold one screaming child and stop the other wandering off, and I took the second twin's hand without thinking. Afterwards we talked for the first time and he said he'd been going to that park for five months and I was the first adult who'd spoken to him. I still think about that. So, from a sandpit mum: sorry, and hi."),
            _c("disagreement", "Rachel P.", "", "I don't think it's fair to frame the mums as excluding you. A group of women might reasonably be cautious about inviting a man they don't know into their homes. That isn't rudeness, it's just how the world works for us."),
            _c("owner_reply", "Ben Asante", "https://playgroundpapa.com", "@Rachel that's a fair point, and I tried not to frame it as rudeness. I'd never expect a home invitation. It was more the park-bench level of “hi” that I missed."),
            _c("question", "Tom in Leeds", "", "Is there an actual dads' group near you? I'm in Leeds and can't find anything at all."),
            _c("link_reference", "Mark Ridley", "https://markridleydad.blogspot.com", "@Tom the Fatherhood Institute has resources and sometimes lists local groups: https://www.fatherhoodinstitute.org — also worth asking your local family hub, ours started a Saturday dads' session last year."),
            _c("anecdote", "Chidi", "", "A woman at my daughter's swim class once asked if I was “babysitting today.” I said no, I'm parenting today, same as you. She laughed. We're friends now."),
            _c("quote_reply", "Helen", "", "“nobody wrote a blog about it” — I appreciated this line a lot. Thank you for saying it."),
            _c("non_native", "Johan", "https://johanspappablogg.se", "In Sweden it is very normal to see dads in the park on weekdays because of long parental leave, we call them latte-pappor. I was surprised when I moved to UK how few dads I saw. Good for you!"),
            _c("short", "Aoife", "", "Sinéad and Oisín for the win."),
            _c("angry", "Lorraine", "", "Honestly, it's exhausting that men get a round of applause for doing what mothers do every single day with zero recognition. Nobody ever wrote an essay about MY loneliness at the park."),
            _c("specific_thanks", "Danny O.", "https://dannyoparenting.substack.com", "Thank you for the “same park, same time” tip. So simple, but I've been going to a different park every day to keep things interesting and I think that's exactly why I've met nobody."),
            _c("short", "Kwesi", "", "Great read, Ben."),
        ],
    },
    {
        "id": "b050",
        "topic": "politics",
        "lang": "en",
        "title": "When the school board race stopped being local",
        "text": _t("""
Our school board race used to be the sleepiest thing on the ballot. In 2017 two seats were open in the Maple Valley district, and the winners raised a combined $3,800, mostly for yard signs and a booth at the farmers' market. Turnout in that race was 19 percent. This month four candidates competed for the same two seats, raised over $140,000 between them, and I got eleven mailers, three of which were about issues our district doesn't deal with at all.

I've been a precinct captain for eight years, so I knocked on doors for this one, like always. What changed was the first thing people said when they opened the door. In 2017 it was “who are the candidates?” This year it was, almost every time, a national talking point, something they'd heard on cable news or a podcast, often in exactly the same words. One man asked whether our candidate “supports the curriculum,” and when I asked which part, he didn't know which curriculum.

The actual issues here are boring and important. The district has a $2.1 million shortfall. The middle school roof leaks. We're short 14 bus drivers, which means some kids get to school 40 minutes late. At the one candidate forum I attended, these came up for about eleven minutes out of ninety.

Turnout was 41 percent, which should make me happy, and in some ways it does. But I watched neighbors who had shared a fence for twenty years pull up each other's yard signs. I don't know how to bring a local race back to being local when the money and the language come from somewhere else. If you have ideas, I'm listening.
"""),
        "url": "https://precinct14.blog/2021/11/school-board-race-stopped-being-local/",
        "keywords": ["school board election", "local politics", "campaign finance", "polarization", "precinct captain", "turnout", "school budget"],
        "comments": [
            _c("angry", "Concerned Dad", "", "The reason it's nationalized is that parents FINALLY woke up to what's being taught. Don't blame us for caring. Your “boring and important” issues are what boards have always used to keep us from asking questions."),
            _c("owner_reply", "Karen Sato", "https://precinct14.blog", "@Concerned Dad I don't blame anyone for caring. My point is that nobody at the door could tell me what specifically they cared about in our district. If there's a specific book or lesson, bring it to a board meeting. That's exactly what it's for."),
            _c("angry", "Mira", "", "Karen, with respect, you're both-sidesing this. One slate ran on the budget and the buses, the other ran on talking points from out-of-state PACs. Say it plainly."),
            _c("disagreement", "Paul Okada", "https://paulokada.net", "I'd gently disagree that higher turnout is part of the problem. 19% turnout meant a tiny group picked our board for decades. Messy engagement is still engagement."),
            _c("link_reference", "Civics teacher", "https://mrjcivics.wordpress.com", "Ballotpedia tracks school board races and has data on how many were contested over national issues in 2021: https://ballotpedia.org/School_board_elections,_2021"),
            _c("link_reference", "Dana L.", "", "The state campaign finance database shows who funded each candidate, for anyone curious where the $140k came from: https://www.pdc.wa.gov/political-disclosure-reporting-data"),
            _c("question", "Jen R.", "", "What's happening with the bus driver shortage? My son is one of the kids arriving late every day."),
            _c("quote_reply", "Tim", "", "“he didn't know which curriculum” — I had this exact conversation at least five times in our district."),
            _c("anecdote", "Maple Valley neighbor", "", "Our neighbor put up a sign for the other candidate and someone egged it. My husband went over and helped him clean it off. Not everything is lost."),
            _c("non_native", "Catalina", "", "In my country (Colombia) local elections are also very political, but I didn't know school board is elected here. I am becoming US citizen next year and this post help me understand how it works. Thank you."),
            _c("short", "Lynn", "https://lynnknocksdoors.substack.com", "Thank you for knocking on doors, Karen."),
            _c("specific_thanks", "Ray", "", "Thank you for listing the actual issues. I didn't know about the $2.1M shortfall, and I live here."),
            _c("personal_story", "Former board member", "https://notesfromtheboardroom.blogspot.com", "I served two terms on a neighboring district's board, 2009 to 2017. In eight years I think we had maybe four meetings with more than twenty members of the public, and three of those were about a bus route change. I used to wish people cared more. Then I watched last spring's meetings on the livestream, with people shouting and police at the door, and I realised I hadn't wished for the right thing. What I wanted was people who'd read the budget. The best meeting I ever attended was a grandmother with a highlighted copy of our transportation contract asking why we were paying for routes that didn't exist. She was right. We saved $90,000. That's the kind of engagement I'd trade the yard signs for."),
            _c("short", "Marcus", "", "Sadly accurate."),
        ],
    },
    {
        "id": "b051",
        "topic": "history",
        "lang": "en",
        "title": "From Voss to Fillmore County: finding Ole Halvorsen",
        "text": _t("""
My family has always said we were “Norwegian on Dad's side,” mostly because of the name and a set of rosemaling plates on Grandma's wall. Nobody knew where exactly. Last Christmas my daughter gave me a DNA test, and in January the results came back 38% Norwegian, concentrated, according to the map, in western Norway. That was the push I needed.

Working backwards was easier than I expected. My great-great-grandfather, Ole Halvorsen, shows up in the 1880 U.S. census in Fillmore County, Minnesota, age 24, born in Norway, farm laborer. The Norwegian Digital Archives have the emigration protocols from Bergen, and there he was: Ole Halvorsen, 22, from Voss, departing 29 April 1878 on a ship to Hull, then rail to Liverpool and a steamer to New York. Ticket paid in full. Occupation: “husmannssønn,” son of a cotter.

That one word explained a lot. Cotters worked land they would never own, in exchange for labour owed to the farm owner. For a younger son like Ole there was little future in Voss. The parish register shows his father, Halvor Olsen, died in 1876, two years before he left. His mother stayed. I found her death in 1899, still at the same cotter's place, called Nedre Bakken.

Next summer my daughter and I are going to Voss. A volunteer from the local historical society, Ingrid, has already emailed me a photo of where Nedre Bakken stood. It's a field now, with a fence and a few sheep. I don't know why that makes me so emotional, but it does.
"""),
        "url": "https://fjordroots.blogspot.com/2019/02/finding-ole-halvorsen/",
        "keywords": ["genealogy", "Norwegian emigration", "Voss", "DNA test", "Digitalarkivet", "cotter", "Minnesota", "family history"],
        "comments": [
            _c("short", "Karen N.", "", "Goosebumps. Enjoy Voss!"),
            _c("link_reference", "Norwegian Roots Help", "https://norwegianrootshelp.wordpress.com", "For anyone wanting to try this: the Digitalarkivet is free and has an English interface. The emigrant lists are a goldmine: https://www.digitalarkivet.no/en/"),
            _c("question", "Kari", "", "How did you read the handwriting in the parish registers? I'm completely stuck on the gothic script in my family's church books."),
            _c("owner_reply", "Steve Halvorsen", "https://fjordroots.blogspot.com", "@Kari the archive's transcriptions helped for the census and emigration lists, and for the church books a volunteer in a Norwegian genealogy group read the entries for me in about ten minutes. Ask there, they're incredibly kind."),
            _c("correction", "Dr. Meg Olsen", "https://megolsen-genetics.com", "A small caution on the DNA side: ethnicity estimates like “38% western Norway” are rough and vary a lot between companies. The paper trail you found is much stronger evidence than the map. Lovely result either way."),
            _c("disagreement", "Arne", "", "I'm a bit skeptical of the “little future in Voss” framing. Many cotter families managed, and sons often became craftsmen or moved to the towns. Emigration was driven as much by letters from relatives already in America as by poverty."),
            _c("anecdote", "Linnea Berg", "", "My great-grandmother came from Voss in 1882 and ALSO ended up in Fillmore County! Maybe they knew each other. Her name was Brita."),
            _c("owner_reply", "Steve Halvorsen", "https://fjordroots.blogspot.com", "@Linnea that's wonderful. Fillmore County was full of Voss people. I'll look for a Brita near Ole in the later censuses."),
            _c("non_native", "Ingrid", "https://vosshistorielag.no", "Hello Steve, I am Ingrid from the historielag. It was a pleasure to help you, and we look forward to show you Bakken in summer. The sheep are not ours, but they are very friendly."),
            _c("quote_reply", "Morag", "", "“It's a field now, with a fence and a few sheep.” I had the same feeling standing where my family's croft was on Skye. Nothing there, and everything."),
            _c("personal_story", "Per Lindqvist", "https://lindqvistfamily.github.io", "I did something similar in 2015 with my great-grandfather's farm in Småland. The address in the Swedish emigration record led me to a forest road, and a farmer who happened to be out on his tractor stopped and asked what I was looking for. When I told him the name, he said his grandmother had talked about the family that 'went to America and never wrote.' He took me to the foundation stones of the cottage, half-hidden under moss, and his wife made us coffee. We've exchanged Christmas cards every year since. I hope Voss gives you something like that. Take a thermos and let people talk to you."),
            _c("short", "B. Hagen", "", "Wonderful research."),
            _c("specific_thanks", "Joan", "", "Thank you for explaining husmannssønn. I've seen that word in our records for years and never knew what it meant."),
        ],
    },
    {
        "id": "b052",
        "topic": "personal",
        "lang": "en",
        "title": "Five years of ringing: what I'd tell someone on week one of tinnitus",
        "text": _t("""
Five years ago this week I woke up with a high-pitched whine in my left ear, like an old television left on in another room. It hasn't stopped since. Not for an hour. I'm 44, I work in IT, and before this I'd have told you my hearing was perfectly normal. An audiogram later showed mild high-frequency loss in that ear, probably from years of loud gigs and, my audiologist suspects, a bad ear infection the winter before.

The first six months were the worst of my life, and I don't say that lightly. I couldn't sleep without a fan. I'd lie awake monitoring it, which made it louder. I read every forum, which I'd warn anyone against: forums are full of people in the worst phase, because the people who've adapted aren't posting anymore.

What helped, roughly in order. A GP who took it seriously and referred me to audiology instead of saying “learn to live with it.” Six sessions of CBT aimed specifically at tinnitus distress, on the NHS, which taught me to stop checking. A cheap sound machine with a rain setting. And time. Habituation is real. The sound didn't get quieter; my brain just started filing it under “unimportant,” like traffic outside a flat you've lived in for years.

Today I notice it maybe two or three times a day, usually in a quiet room or when I'm stressed. It's there as I write this. But I sleep, I work, I go to concerts again, with earplugs, always. If you're in the first few weeks and you've found this post at 3 a.m., I want you to know that the version of you five years from now is probably fine.
"""),
        "url": "https://ringingquiet.net/2021/01/five-years-of-tinnitus/",
        "keywords": ["tinnitus", "hearing loss", "habituation", "CBT", "sleep", "NHS audiology", "ear protection", "mental health"],
        "comments": [
            _c("short", "anon", "", "Needed this tonight. Thank you."),
            _c("personal_story", "Claire Dunmore", "https://clairesquietcorner.wordpress.com", "I'm two years in, and I found your blog at about 3 a.m. on week two, exactly like you describe. Mine started after a concert where I stood too close to a speaker stack, so there was a lot of guilt mixed in with the panic. I spent that first month convinced my life was over and I'd never enjoy silence again. My husband slept on the sofa for weeks because I needed the fan and the radio on at once. Now I have a small speaker by the bed that plays brown noise, and most nights I don't think about it at all. It still gets loud when I'm stressed or I've had too much coffee. But I'm okay. I wanted to add my voice to yours for whoever finds this next."),
            _c("question", "Leah", "", "Which earplugs do you use at concerts? The foam ones make everything sound like it's underwater."),
            _c("owner_reply", "Ravi Menon", "https://ringingquiet.net", "@Leah musician's earplugs with flat filters, about £20 a pair. Everything is just quieter rather than muffled. Custom-moulded ones are better but cost a lot more."),
            _c("link_reference", "Sarah (audiologist)", "https://sarahhearsyou.co.uk", '''The British Tinnitus Association has a helpline and genuinely evidence-based information, and it's where I send every new patient: <a href="https://www.tinnitus.org.uk/">tinnitus.org.uk</a>'''),
            _c("disagreement", "J.", "", "I'm glad it worked for you, but CBT did nothing for me, and being told habituation “is real” can feel invalidating when you're ten years in and it's still loud. Not everyone gets this ending."),
            _c("owner_reply", "Ravi Menon", "https://ringingquiet.net", "@J. I'm sorry, and you're right that it isn't universal. I should have said more clearly that this is one person's experience. I hope you have good support around you."),
            _c("quote_reply", "Marco B.", "", "<blockquote>forums are full of people in the worst phase, because the people who've adapted aren't posting anymore</blockquote>\nThe most important sentence on the internet for anyone newly diagnosed."),
            _c("non_native", "Bettina", "https://bettinas-ohr.de", "I have tinnitus since 2 years, both ears. In Germany my doctor give me hearing aids with noise generator, it helps a bit. Your post give me hope, thank you from Hamburg."),
            _c("anecdote", "Ollie", "", "Rain sounds. Same here. My partner jokes that it's permanently monsoon season in our bedroom."),
            _c("correction", "NHS admin (not a clinician)", "", "Small note: tinnitus CBT on the NHS varies a lot by area. In some places the wait is six months or more and it's delivered by audiologists rather than psychologists. People may need to push for a referral."),
            _c("short", "Deepa", "", "Thank you for writing this, Ravi."),
            _c("specific_thanks", "Gerry", "", "The TV-in-another-room description is exactly it. I've never managed to explain mine to my family, so I just sent them this."),
        ],
    },
    {
        "id": "b053",
        "topic": "travel",
        "lang": "en",
        "title": "Twelve days in Japan with Mamma and her wheelchair",
        "text": _t("""
In April I took my mother, Lucia, 76, to Japan for twelve days. She has used a wheelchair since a stroke in 2019, can stand for short transfers, and had wanted to see the cherry blossoms since she was a girl in Calabria, looking at a calendar in her aunt's kitchen. Everyone, including her doctor, said it would be too hard. It was hard. It was also the best trip of our lives.

The trains were the biggest surprise. At every JR station we used, staff met us at the ticket gate with a portable ramp, radioed ahead, and another staff member was waiting on the platform at the other end. Every single time. For the Shinkansen from Tokyo to Kyoto I booked the wheelchair space two weeks ahead through the JR English phone line.

The hard parts: Kyoto's temples. Many have gravel paths and steps; Kiyomizu-dera was only partly manageable, and Fushimi Inari's famous gates are mostly uphill stairs. We saw the first hundred metres and turned back. Hotels vary hugely: our “accessible” room in Osaka had a shower with a 15 cm lip. The best was a plain business hotel in Tokyo with a proper roll-in shower for ¥9,800 a night.

Mamma's favourite moment wasn't a famous sight. It was a small stretch of riverbank along the Kamo in Kyoto, where an old man sitting under the trees offered her a sakura mochi from his bag, and they “talked” for twenty minutes with gestures and my translation app. She still has the leaf it was wrapped in, pressed in her prayer book.
"""),
        "url": "https://rollingwithmamma.com/2023/05/japan-wheelchair-twelve-days/",
        "keywords": ["accessible travel", "wheelchair", "Japan", "cherry blossoms", "Kyoto", "Shinkansen", "travelling with parents", "accessible hotels"],
        "comments": [
            _c("short", "Sara", "", "Your mamma is a legend ❤️"),
            _c("question", "Giulia", "https://giuliaepapa.blogspot.com", "Did you rent a wheelchair there or bring her own? We're terrified of airline damage."),
            _c("owner_reply", "Elena Rossi", "https://rollingwithmamma.com", "@Giulia we brought hers, with a luggage tag explaining how to fold it in Japanese and English. The airline handled it beautifully. Take photos of it intact at check-in, just in case."),
            _c("link_reference", "Wheelie Wanderer", "https://wheeliewanderer.com", "Accessible Japan is a fantastic resource for exactly this, hotel and sight reviews written by wheelchair users: https://www.accessible-japan.com/"),
            _c("correction", "Shinkansen fan", "", "Minor: the wheelchair space isn't always in the same car. It depends on the train type, so anyone booking should confirm the car number when reserving rather than assuming."),
            _c("disagreement", "Martin G.", "https://martinrolls.wordpress.com", "I'm happy it went well, but I'd be careful with “the trains were the biggest surprise.” Small restaurants, older neighbourhoods and a lot of shops are still very hard. We had a much rougher time. Don't want people expecting it to be easy."),
            _c("anecdote", "Hiro's grandson", "", "A station attendant in Nara carried my grandfather's wheelchair down a full flight of stairs when the lift was broken, then refused to accept even a small thank-you gift. I think about him a lot."),
            _c("personal_story", "Donna Ferraro", "https://donnaandpop.blogspot.com", "Three years ago I took my father, who has Parkinson's and uses a wheelchair, to Rome to see the church where he was baptised. Everybody told me it was madness. Cobblestones everywhere, half the metro stations without lifts, taxis that didn't want to take the chair. Some days we managed one thing and spent the rest of the day in a café. But on the Sunday, the priest at the little church found out why we'd come and let Papa sit right by the font during Mass, and afterwards the old ladies of the parish surrounded him like he was a returning hero. He died last year. That trip is what he talked about at the end. Reading about your mamma's mochi leaf, I understood exactly. Go while you can."),
            _c("quote_reply", "Lina", "", "“She still has the leaf it was wrapped in” — I'm crying at my desk."),
            _c("non_native", "Aya", "https://aya-kyoto.hatenablog.com", "I am Japanese and I work for a tourism office in Kyoto. Thank you for honest review of the temples, we know gravel is very difficult and some temples now have special paths. Next time please visit the Botanical Garden, it is flat and has beautiful sakura."),
            _c("short", "Nick", "", "Saving this for my dad."),
            _c("specific_thanks", "Ana", "https://anaaccessibletravel.co.uk", "Thank you for giving the lip height on the Osaka shower. Hotels' definitions of “accessible” are such a lottery, and nobody ever gives measurements."),
            _c("short", "Teresa", "", "So beautiful."),
        ],
    },
    {
        "id": "b054",
        "topic": "film_tv",
        "lang": "en",
        "title": "Who killed the commentary track?",
        "text": _t("""
I own 1,140 DVDs and Blu-rays, and for roughly 400 of them I've listened to the commentary track. I know this because I keep a spreadsheet (a theme is emerging among people who write about film). That habit is dying, and not because I stopped. Studios stopped recording commentaries, and streaming never bothered.

For anyone under 30: a commentary track is an alternate audio track where the director, actors or crew talk over the film as it plays. At their best they're film school. The track on a certain 1999 heist movie taught me more about how scenes are blocked than any book, with the cinematographer explaining, shot by shot, why he lit the bank vault with a single bare bulb. At their worst they're three actors eating pizza and saying “this was a fun day.”

Streaming has no real equivalent. A few services have experimented with director's notes or separate podcast-style extras, but you have to go hunting for them, and when a film leaves a service, its extras go with it. The physical disc is the last place where a filmmaker's own explanation of their work sits right next to the work.

I'm not naive about why this happened. Commentaries cost money and don't drive subscriptions. But something real is being lost: a kind of generous, unglamorous explanation. My favourite track of all is for a 1980s sci-fi B-movie whose director apologises, sincerely, for the rubber monster for eleven minutes straight. You don't get that in a marketing featurette.
"""),
        "url": "https://commentarytrack.net/2018/10/who-killed-the-commentary-track/",
        "keywords": ["commentary track", "DVD", "Blu-ray", "physical media", "streaming", "special features", "filmmaking"],
        "comments": [
            _c("short", "Gemma", "", "The rubber monster apology sounds incredible."),
            _c("question", "Sam", "", "Which heist movie?? Now I need it."),
            _c("owner_reply", "Owen Price", "https://commentarytrack.net", "@Sam I kept it vague because this isn't a review, but drop me an email through the contact page and I'll tell you. It's worth tracking down the original DVD, not the later Blu-ray."),
            _c("disagreement", "Joel Finch", "https://joelfinch.substack.com", "Podcasts have honestly replaced commentaries for me. Loads of directors and editors now do episode-by-episode podcasts with far more depth than a DVD track ever had. The format moved, it didn't die."),
            _c("link_reference", "Laserdisc Larry", "https://laserdisclarry.blogspot.com", "Criterion still records new commentaries for a lot of releases, and their catalogue lists which discs have them: https://www.criterion.com/shop/browse/list"),
            _c("anecdote", "Ruth", "", "My favourite is a horror film where the director and the editor get into a real argument about a cut, live on the track, and never resolve it. I've listened to it four times."),
            _c("quote_reply", "Pete D.", "", "“three actors eating pizza and saying this was a fun day” — I have heard this exact commentary at least twenty times."),
            _c("non_native", "Álvaro", "https://alvarocine.es", "In Spain the DVD commentaries were often without Spanish subtitles, so I learned a lot of English listening to them with the English subtitles on. Very good method for learning!"),
            _c("angry", "physical_media_forever", "", "And this is why I keep telling people to BUY PHYSICAL. Streaming companies can remove a film, edit it, strip the extras, whenever they like. You own NOTHING."),
            _c("correction", "Chris", "", "Minor correction: some digital storefronts do have commentary tracks on certain titles, usually bundled as extras with a purchase. Rare, but not zero."),
            _c("personal_story", "Maya Osei", "https://mayaosei.com", "I'm a working editor now, and I honestly trace it back to one commentary track. I was fifteen, home sick from school, and I put on a DVD of a film I'd already seen a dozen times and accidentally switched to the commentary. The editor was on it, and for two hours she explained why every cut happened where it did, what she'd thrown away, which scene had been shot in a totally different order. I had no idea that was a job. I went to the library the next week and took out every book on editing they had. I've tried to explain this to younger colleagues and they look at me as if I'm describing a telegram."),
            _c("short", "Dan", "https://twitter.com/dan_watches", "Great essay."),
            _c("specific_thanks", "Izzy", "", "Thank you for explaining it for under-30s without being condescending. I'm 24 and I'm going to try one tonight."),
        ],
    },
]

# ---------------------------------------------------------------------------
# b055 - b060
# ---------------------------------------------------------------------------
POSTS += [
    {
        "id": "b055",
        "topic": "sports",
        "lang": "en",
        "title": "3–9 and nobody quit: a season of equal minutes in U10 basketball",
        "text": _t("""
This winter I coached the Eastbrook Comets, a rec league U10 girls' basketball team: ten players, ages eight and nine, two practices a week in a church gym with a ceiling so low that anything above a bounce pass hits the lights. We went 3–9. We were also, by a distance, the happiest team in the league, and I've been trying to work out how much those two facts are connected.

From the first practice I told parents my rule: everyone plays the same minutes, every game, whatever the score. With ten girls and 32 minutes of game time, that's 16 minutes each, managed with a clipboard and a stopwatch I borrowed from my son's cross-country coach. Two teams in our league clearly didn't do this. Their best three players played almost the whole game. They went 11–1 and 10–2.

Not everyone loved my rule. In January, after a 28–6 loss, one dad sent me a long, polite email arguing that his daughter, our best shooter, was “being held back” and that the other girls would “learn more by watching.” I understood where he was coming from. But our league's own handbook promises every child “equal opportunity to play,” and I believe it.

Here's what I saw by March. Our most hesitant player at the start, Maddie, who spent October scared of the ball, scored her first basket in game ten, and the whole bench ran onto the court. All ten girls have signed up for next season. Two players from the 11–1 team quit mid-season, according to their coach. We lost a lot. Nobody left. At U10, I'll take that record every time.
"""),
        "url": "https://fullcourtfamily.com/2023/03/equal-minutes-u10-basketball/",
        "keywords": ["youth basketball", "rec league", "coaching", "playing time", "U10", "girls sports", "sportsmanship"],
        "comments": [
            _c("short", "Coach Kim", "https://coachkimhoops.blogspot.com", "Go Comets! 🏀"),
            _c("quote_reply", "Jerome", "", "“Nobody left.” That's the only stat that matters at nine."),
            _c("disagreement", "Coach Rob", "https://robcoachesyouth.wordpress.com", "Gently, I think there's a middle ground. Equal minutes is right at U8, but by U10 some girls want to compete, and being on a 3–9 team is discouraging too. Maybe equal minutes in the first half and coach's discretion in close games?"),
            _c("owner_reply", "Denise Hall", "https://fullcourtfamily.com", "@Coach Rob I've heard that version and it's reasonable. My worry is that “close games” becomes every game. I'll think about it for U12."),
            _c("angry", "Parent of a shooter", "", "As the parent of a strong player on a team like yours, I can tell you it's miserable for the kid who actually practises at home every night. Mine came home crying because she NEVER gets to win. Equal minutes is equal for everyone except the ones who work hardest."),
            _c("link_reference", "Maria T.", "https://mariatcoaches.com", "The Aspen Institute's Project Play has good research on why kids quit sports. “Not having fun” and “not playing enough” are right at the top: https://projectplay.org/youth-sports/facts/challenges"),
            _c("personal_story", "Alexis Greer", "https://alexisgreer.substack.com", "I was the Maddie on my U10 team in 1996, except my coach didn't do equal minutes. I sat on the bench for every second half of the season and most first halves. I went to every practice, I learned the plays, and I got maybe four minutes a game when we were up by twenty. At the end of the season I told my mom I hated basketball, and I didn't play any team sport again until I joined a rec volleyball league at 30. I don't blame my coach, he was a volunteer dad who wanted to win. But I do wonder what would have happened if someone had let me be bad at it long enough to get good. Thank you for doing that for Maddie."),
            _c("question", "Tasha", "", "How did you handle subs with the stopwatch? Every four minutes, or by quarter? I coach U9 boys and it always turns into chaos."),
            _c("owner_reply", "Denise Hall", "https://fullcourtfamily.com", "@Tasha every four minutes, five in and five out, with two lineups I mixed up each game. Boring, but it works. A parent volunteer runs the clock so I can actually coach."),
            _c("anecdote", "Grandma of #7", "", "Maddie's basket! I was there, and I cried too. The ref was grinning."),
            _c("short", "Shauna", "", "Love this, Denise."),
            _c("non_native", "Francesca", "https://minibasketfrancesca.it", "I coach minibasket in Italy, age 8 to 10, and in our federation equal time is a rule, every child must play at least two periods. When I read about US leagues with starters at 9 years I was very surprised. Brava coach!"),
            _c("specific_thanks", "Ed Larkin", "", "Thank you for quoting the handbook. I'm printing that line for our first parents' meeting."),
        ],
    },
    {
        "id": "b056",
        "topic": "education",
        "lang": "en",
        "title": "“Should I send my SAT score?” A counselor's view from a Title I high school",
        "text": _t("""
I've been a high school counselor for 17 years, the last nine at a public school where 62% of our students qualify for free or reduced-price lunch. Every fall I sit down with about 90 seniors to build college lists. Since 2020, when most colleges went test-optional, the most common question I get is some version of “Should I send my SAT score?”

My answer used to be simple: if it's at or above the middle 50% range for that college, send it; if it's below, don't. It's gotten murkier. Some selective schools are quietly signaling that they prefer scores. A few have gone back to requiring them. And my students, most of whom took the SAT once, free, on a school day in April, don't have the money or time to retake it three times like students at the private school across town.

Here's what I've seen in my own caseload. Of our 2022 graduates who applied to four-year colleges, 58% applied test-optional to at least one school. Acceptance rates for those applications were, as far as I can tell from our records, about the same as for students who submitted scores. Several students got into schools I'm not sure they'd have applied to at all in 2019, because a 1050 would have scared them off.

I'm not anti-testing. A good score can help a kid from a school like ours stand out, especially one whose GPA was dragged down by a rough sophomore year. But I'd ask colleges for one thing: be explicit. “Test-optional” that really means “test-preferred” hurts exactly the students it was supposed to help, because their families don't know the code.
"""),
        "url": "https://counselorscorner.org/2022/10/should-i-send-my-sat-score/",
        "keywords": ["test-optional admissions", "SAT", "college counseling", "first-generation students", "college applications", "equity", "high school seniors"],
        "comments": [
            _c("short", "Mrs. D", "", "Thank you for everything you do."),
            _c("disagreement", "Dr. Helen Kim", "https://helenkim-edresearch.com", "Respectfully, the research is swinging back toward tests. Several studies find scores predict college success better than grades, especially with grade inflation. Test-optional may actually hurt disadvantaged students by hiding a signal that would help them."),
            _c("owner_reply", "Maria Esposito", "https://counselorscorner.org", "@Dr. Kim I've read those, and I think it's a fair argument, especially for the most selective colleges. My concern is practical: my students get one shot at the test. If colleges require scores, someone needs to fund retakes and prep too."),
            _c("link_reference", "College access nonprofit", "https://firstgenforward.org", "FairTest keeps an updated list of test-optional and test-free schools: https://fairtest.org/test-optional-list/"),
            _c("question", "Donna", "", "How do you advise students whose score is right at the 25th percentile? That's exactly where my daughter is and we cannot decide."),
            _c("owner_reply", "Maria Esposito", "https://counselorscorner.org", "@Donna at the 25th I usually say: submit if the rest of the application is average for that school, hold it back if the GPA and essays are strong. Also, call the admissions office and ask directly. They'll often tell you."),
            _c("quote_reply", "Jamal W.", "https://jamalwrites.medium.com", "“their families don't know the code” — the whole admissions system in six words."),
            _c("personal_story", "Yesenia R.", "", "I was one of those students. First in my family to apply to college, 1080 on the one SAT I took in the school gym, 3.8 GPA, and I worked 25 hours a week at my uncle's restaurant. My counselor told me to apply test-optional to the state flagship, which in 2019 I would never have even looked at because I thought my score disqualified me. I got in, with a scholarship. I'm a junior now, majoring in chemistry, and my GPA here is 3.6. I'm not saying tests are useless, but for me, not sending that number was the difference between applying and not applying. Thank you for writing this for the counselors who are still figuring it out."),
            _c("angry", "Frustrated parent", "", "The whole system is a joke. My son had a 1480 and got rejected from schools that admitted kids who didn't submit anything. How is that fair? Test-optional is just a way to pump up application numbers and game the rankings."),
            _c("non_native", "Soo-jin", "https://soojinmom.tistory.com", "I am from Korea and my daughter study in US high school now. In Korea everything is Suneung exam score, very stressful. The US system is confusing for immigrant parents, thank you for explaining so clearly."),
            _c("anecdote", "Mr. Patel (counselor)", "", "I'm a counselor too, and the free SAT on a school day is the single best thing our state has done for access. Half my kids would never have taken it otherwise."),
            _c("short", "Ben", "", "Great article, very informative."),
            _c("specific_thanks", "Lauren", "https://laurenadmissionsblog.com", "Thank you for the 58% figure from your actual caseload. Real data from a real school is so rare in these debates."),
        ],
    },
    {
        "id": "b057",
        "topic": "parenting",
        "lang": "en",
        "title": "Empty nest, week one: too much pasta and a list from 2004",
        "text": _t("""
We drove our youngest, Caleb, to college last Saturday: six hours to campus, two hours carrying bins up three flights of stairs in 94-degree heat, one trip to Target for a mattress topper and a shower caddy, and a goodbye in the parking lot that lasted, I timed it afterwards, about forty seconds. He hugged me, said “Love you, Mom, drive safe,” and jogged back to his new friends. I held it together until the on-ramp.

Our house is very quiet now. For 24 years there has been at least one kid living here: first Hannah, then the twins, then Caleb on his own for the last three years. This week I've cooked too much pasta twice. I keep hearing the garage door at 10:45 p.m. and realising it's the neighbours'. Our dog, Biscuit, sleeps outside Caleb's door.

I want to be honest, because the internet seems to offer two versions of this: sobbing on the bedroom floor, or champagne and a trip to Tuscany. I've done neither. Mostly I feel disoriented, as if I've been laid off from a job I was good at. Not sad exactly. Untethered. My husband, Rick, seems fine, and then on Tuesday I found him in Caleb's room fixing a drawer that didn't need fixing.

So we've dug out a list. Things we said we'd do “when the kids are gone.” It has 31 items and was started in 2004. Item 1 is “eat dinner after 8 p.m. without anyone complaining.” We did that on Sunday. Item 7 is “take a ballroom dance class.” We start Thursday. Item 19 is “turn Hannah's room into a library.” Hannah has already texted to say absolutely not.
"""),
        "url": "https://nestnotesgwen.wordpress.com/2019/09/empty-nest-week-one/",
        "keywords": ["empty nest", "college drop-off", "parenting adult children", "marriage", "midlife", "family transitions"],
        "comments": [
            _c("short", "Jill", "", "Item 19 😂 Hannah is right."),
            _c("personal_story", "Denise Coffey", "https://denisecoffeywrites.wordpress.com", "Three years into the empty nest here. The first autumn I signed up for everything, pottery, a book club, Spanish, volunteering at the food bank, and by November I was exhausted and still sad, because I'd been trying to fill the hole instead of looking at it. What actually helped was much smaller: my husband and I started walking the dog together every evening, which we'd never done in 22 years because somebody always had to be home. We talk on those walks in a way we hadn't since before the kids. Some nights about them, most nights not. Give yourself the first few months to feel strange. It does shift."),
            _c("quote_reply", "Carmen", "", "“as if I've been laid off from a job I was good at” — this is exactly it, and nobody says it."),
            _c("disagreement", "Pam W.", "https://pamsnextchapter.blogspot.com", "Just a gentle different view: for me the empty nest was mostly relief. I love my kids, but I'd been parenting for 28 years and I was tired. I think it's okay to say that too, without guilt."),
            _c("question", "Sharon", "", "Does Caleb call? Ours left in August and texts maybe once a week, just “fine.” Is that normal?"),
            _c("owner_reply", "Gwen Albright", "https://nestnotesgwen.wordpress.com", "@Sharon texts here too, mostly photos of dining hall food with no caption. Our older two say it gets better around October, once they've settled in."),
            _c("link_reference", "Trish", "https://trishtalksmidlife.com", "There's a reassuring Harvard Health piece on how common that untethered feeling is, and how long it usually lasts: https://www.health.harvard.edu/blog/empty-nest-syndrome"),
            _c("anecdote", "Ken", "", "Our dog slept outside my son's door for a month too. Dogs know."),
            _c("short", "Linda B.", "https://lindabquilts.blogspot.com", "Sending hugs, Gwen."),
            _c("non_native", "Verónica", "https://veronicaenmty.wordpress.com", "My son go to university in other city this month also. In Mexico it is not so common to leave home for university, so my family think I am crazy to let him go. Your post make me feel less alone. Thank you."),
            _c("specific_thanks", "Meredith", "", "Thank you for the list idea. We never made one and I'm starting it tonight. Item 1: sleep past 6."),
            _c("short", "Bob", "", "Lovely post."),
        ],
    },
    {
        "id": "b058",
        "topic": "local_news",
        "lang": "en",
        "title": "211 names, 64 plots: Cedar Commons garden lottery leaves most empty-handed",
        "text": _t("""
The Cedar Commons Community Garden held its annual plot lottery on Saturday in the basement of the neighborhood center, and for the first time in the garden's 14-year history, more people left without a plot than with one. There are 64 plots. There were 211 names in the bowl.

The garden's steering committee changed the rules this year after complaints last fall that some plots had been held by the same families since 2008 while the waiting list grew. Under the new system, no one can hold a plot for more than three consecutive seasons. Twenty-two longtime gardeners lost their plots as a result, including Mrs. Halima Yusuf, who has grown the same bed of okra, tomatoes and basil for 13 years and who, at 81, was one of the garden's founders.

Opinions in the room were strong. Several younger residents, many from the new apartment buildings on Riverside Avenue, said the rule was overdue and fair. Others argued that longtime gardeners built the soil, the compost system and the trust that made the garden work, and that newcomers could wait. Committee chair Luis Carvajal called the three-year limit “the least-bad option” and said anyone who lost a plot this year is guaranteed one in next year's lottery.

There's a bigger problem underneath: 64 plots for a neighborhood of over 8,000 people. The committee is asking the Park Board for a vacant lot on 4th Street that has sat empty since 2017 and could hold 40 more plots. The Park Board meets April 12. Mrs. Yusuf, for her part, says she'll be helping her neighbor's daughter, who won a plot, “to grow okra properly.”
"""),
        "url": "https://cedarriversidevoice.org/2022/03/garden-plot-lottery/",
        "keywords": ["community garden", "plot lottery", "waiting list", "Park Board", "vacant lot", "neighborhood", "urban gardening"],
        "comments": [
            _c("short", "Amina", "", "Mrs. Yusuf is a treasure."),
            _c("disagreement", "Greg Lund", "https://greglundgrows.wordpress.com", "I think the three-year rule is wrong. A garden isn't a vending machine. The people who've been there 13 years mentor everyone else. You're kicking out the teachers."),
            _c("angry", "Riverside renter", "", "211 people for 64 plots and the Park Board has let the 4th Street lot sit EMPTY for five years?? Just do it. Every April it's another meeting and another study."),
            _c("question", "Kelsey", "", "Isn't the 4th Street lot contaminated? I heard it used to be a gas station, which would mean raised beds only."),
            _c("owner_reply", "Abdi Warsame", "https://cedarriversidevoice.org", "@Kelsey it was an auto body shop, and a 2018 soil test found elevated lead in parts of it. So yes, raised beds. The committee's proposal budgets $24,000 for them."),
            _c("link_reference", "Cedar Commons Garden", "https://cedarcommonsgarden.org", "The Park Board agenda for April 12 is posted, the 4th Street lot is item 7: https://www.cityparksboard.org/meetings/2022-04-12-agenda.pdf — public comment sign-up opens at 5:30."),
            _c("link_reference", "Hmong American Farmers friend", "", "For anyone who missed out this year, there's a map of other community gardens in the metro, some with open plots: https://www.gardeningmatters.org/find-a-garden"),
            _c("personal_story", "Priya Venkat", "https://priyagrowsfood.substack.com", "I moved into one of the new buildings on Riverside in 2020 and put my name on the waiting list that first spring. I'd walk past the garden every evening and watch people like Mrs. Yusuf working, and honestly it made me feel like I didn't belong in the neighborhood yet, like there was a whole life here I was on the outside of. This year I won a plot. I know it's because of the new rule, and I know somebody lost theirs so I could have it, and I feel complicated about that. On Sunday I went to introduce myself and the gardener next to me, who has been there since 2011, gave me a bag of compost and a list of what not to plant near the fence. So maybe it's okay."),
            _c("non_native", "Fartun", "", "I am on the waiting list since 2019, this year again no luck. I understand the new rule is good for people like me but I feel bad for Mrs. Halima, she teach me many things about growing when I ask her at the fence. Maybe old gardeners can share a plot with new ones?"),
            _c("quote_reply", "Sam O.", "", "“to grow okra properly” — the most gracious response imaginable."),
            _c("specific_thanks", "Hodan", "https://twitter.com/hodan_mpls", "Thanks for laying out both sides fairly. The Facebook thread was a war zone."),
            _c("short", "Luis C.", "", "See everyone April 12."),
            _c("short", "Mike", "", "Great coverage as always."),
        ],
    },
    {
        "id": "b059",
        "topic": "politics",
        "lang": "en",
        "title": "I read all 412 pages of the city budget so you don't have to (but you should read 12)",
        "text": _t("""
Over three weekends in June I read the City of Ashford's proposed 2020–21 budget, all 412 pages, appendices included, because I kept seeing people argue about it online and suspected none of us had actually read it. I was right about myself, at least. Here's what I learned, with page numbers so you can check me.

The headline number is $486 million in total spending, up 3.1% from last year. But only about $211 million of that is the general fund, which is what the council actually argues about. The rest is enterprise funds (water, sewer, the airport) that mostly pay for themselves through fees and are tightly restricted in how they can be used (p. 34). A lot of the “just move money from X to Y” posts I've seen don't account for that.

Police are 31% of the general fund, $65.4 million (p. 118). Fire is 22%. Parks and libraries combined are 9%. Debt service is a surprisingly large 7%, mostly for a 2009 convention center bond with 14 years left to run (p. 301). Pension contributions are spread through every department's lines and add up to about $29 million, the number nobody mentions and everybody should (p. 355).

I'm not going to tell you how to feel about any of this. Reasonable people will look at 31% for police and see too much or too little. But before you post about the budget, read at least the 12-page executive summary (pp. 3–14). It's in plain English, it's free on the city website, and it would make the argument we're all having a lot more useful.
"""),
        "url": "https://budgetnerd.io/2020/07/i-read-the-whole-city-budget/",
        "keywords": ["city budget", "general fund", "police budget", "pensions", "municipal finance", "enterprise funds", "civic engagement"],
        "comments": [
            _c("short", "Yvonne", "", "Hero. Absolute hero."),
            _c("specific_thanks", "Carl B.", "https://carlbcounts.wordpress.com", "Page numbers! Thank you. I've already checked p. 355 and you're right, nobody talks about pensions."),
            _c("angry", "Tanya F.", "", "31% for police while libraries get table scraps, and you “won't tell us how to feel”? Neutrality is a choice, Nate. A budget is a moral document."),
            _c("owner_reply", "Nate Goldberg", "https://budgetnerd.io", "@Tanya I do have opinions and I'll write them up separately. I wanted this post to be the thing people with different opinions can agree on the facts of. That felt useful on its own."),
            _c("correction", "Former finance staffer", "", "The enterprise fund point is true but slightly overstated: the city transferred about $4M from the water fund to the general fund in 2018 as a “payment in lieu of taxes.” It can be done, within legal limits."),
            _c("link_reference", "Ashford Watch", "https://ashfordwatch.org", "The full proposed budget PDF, for anyone who wants to follow along with Nate's page numbers: https://www.ashfordcity.gov/finance/budget/FY2021-proposed.pdf"),
            _c("link_reference", "Lena M.", "https://lenamakesmaps.github.io", "The Government Finance Officers Association has plain-English material on how municipal budgets work, if anyone wants the background: https://www.gfoa.org/budgeting"),
            _c("question", "Howard", "", "Did the budget say anything about the convention center's actual revenue? I've always wondered whether it covers its own debt."),
            _c("owner_reply", "Nate Goldberg", "https://budgetnerd.io", "@Howard p. 302: hotel tax revenue covers roughly 70% of the annual payment. The rest comes from the general fund. Which is a post in itself."),
            _c("disagreement", "R. Castillo", "", "I'd push back on “read the summary” as the answer. Executive summaries are written by the administration to frame the budget their way. The real story is in the line items, and most people don't have three weekends."),
            _c("quote_reply", "Jess", "", "“I suspected none of us had actually read it. I was right about myself, at least.” Ha. Relatable."),
            _c("non_native", "Chinedu", "https://chinedu-cpa.com", "I am accountant from Nigeria living in Ashford 5 years. Thank you for this, in my country the budget is not so public and easy to read. I will read the executive summary this weekend, it is good civic duty."),
            _c("short", "Margo", "", "Bookmarked. Sharing with my book club."),
            _c("anecdote", "Phil", "", "I tried to do this in 2016 and gave up around page 90, somewhere in the stormwater fund. Respect."),
        ],
    },
    {
        "id": "b060",
        "topic": "business",
        "lang": "en",
        "title": "Nine one-star reviews and what they taught me about running a café",
        "text": _t("""
We opened Czarna Kawa, a 24-seat café on Chapel Road in Sheffield, in March 2017. We have 412 Google reviews, averaging 4.7 stars. Nine of them are one-star. I've read each of those nine probably fifty times, which my wife says is unhealthy, and she is right.

For the first year I replied to bad reviews fast and emotionally. A man gave us one star because we “refused” to make him a caramel frappuccino, and I replied with a paragraph about Polish coffee culture that I now find embarrassing to read. Another reviewer said the toilet was dirty. It was, that day, and I replied defensively anyway.

These days I have a routine. I don't reply the same day. I read the review and ask one question: is any of it true? If yes, I fix it and then reply briefly saying what we changed. The toilet review led to a checklist on the door, checked every two hours, which we still use. If no, and it's just a mismatch (we don't do frappés, we never will), I reply once, politely, with no sarcasm, and don't engage further. If it's abusive or clearly about a different business, I report it and move on.

What surprised me is who reads the replies. New customers regularly mention them. One woman told me she came in because of how I'd answered a one-star review, not because of the five-stars. She said, “I wanted to meet the man who said sorry about the toilet.” Bad reviews aren't nice. But they're an open letter, and the real audience is everyone else reading over the shoulder.
"""),
        "url": "https://czarnakawa-cafe.co.uk/2019/08/nine-one-star-reviews/",
        "keywords": ["online reviews", "Google reviews", "small business", "café", "customer service", "reputation management", "Sheffield"],
        "comments": [
            _c("short", "Becky", "", "The toilet man! Brilliant."),
            _c("link_reference", "Sheffield Indie Food", "https://sheffieldindiefood.co.uk", "Google's own guidance on replying to reviews is surprisingly sensible, worth a read for any owner: https://support.google.com/business/answer/3474050"),
            _c("disagreement", "Jas Dhillon", "", "I'd disagree with replying to one-stars at all. Half of them want a fight, and replying just bumps the review up. Sometimes silence is the better answer."),
            _c("owner_reply", "Tomasz Nowak", "https://czarnakawa-cafe.co.uk", "@Jas fair, and I don't reply to abusive ones. But I've found a calm reply usually makes the review look worse for the reviewer, not for us."),
            _c("anecdote", "Hattie", "https://hattieeatssheffield.wordpress.com", "I've been to Czarna Kawa! Had the sernik. Didn't expect to be reading the owner's business philosophy two years later."),
            _c("question", "Fiona", "", "How do you handle fake reviews from competitors? We had five one-stars in a week from accounts with no other reviews."),
            _c("owner_reply", "Tomasz Nowak", "https://czarnakawa-cafe.co.uk", "@Fiona report each one and keep a screenshot log with dates. It took two attempts and about three weeks, but four of ours were removed."),
            _c("link_reference", "Brightside Local", "https://brightsidelocal.co.uk", "We looked at reviews and owner responses for 200 independent cafés last year, and responsiveness went with a modest ratings bump. Write-up here: https://brightsidelocal.co.uk/research/review-responses-2019/"),
            _c("quote_reply", "Nell", "", "“the real audience is everyone else reading over the shoulder” — printing this and sticking it above my desk."),
            _c("angry", "Gav", "", "Honestly, review culture is poison for small businesses. One bad day and some bloke with a phone can cost you a month's takings. No company should have that much power over people's livelihoods."),
            _c("non_native", "Giuseppe", "https://pizzeriagiuseppe.co.uk", "I have small pizzeria in Manchester and I am Italian, my English is not perfect so I was afraid to reply to reviews. After reading this I will try short replies, maybe my daughter can check. Thank you Tomasz."),
            _c("short", "Dev", "", "Great post, very useful."),
            _c("specific_thanks", "Karen (café owner, Leeds)", "https://thelittleteapotleeds.co.uk", "The two-hourly toilet checklist is such a good concrete example. Thank you for admitting the review was right."),
        ],
    },
]

# ---------------------------------------------------------------------------
# b061 - b066
# ---------------------------------------------------------------------------
POSTS += [
    {
        "id": "b061",
        "topic": "personal",
        "lang": "en",
        "title": "A year of walking to work: 1,880 km and a notebook",
        "text": _t("""
On 4 January last year I sold my car, not for any noble reason but because the clutch had gone and the repair quote was more than the car was worth. My office was 4.1 kilometres away, across the river in Limerick, and I decided to walk there and back every working day for a year, “just to see.” I kept a notebook. This is what's in it.

The numbers first. 229 working days walked. About 1,880 km in total. I wore through two pairs of shoes and one umbrella, which died in a gust on Sarsfield Bridge in February. Average time each way: 43 minutes. Days I got properly soaked: 38. Days I took the bus instead: 11, mostly in December, and I've decided not to feel guilty about any of them.

What changed: I lost about 6 kilos without trying, which was nice but not the point. I sleep better. The bigger change was in my head. The walk became the only part of my day with nothing scheduled. I started noticing things: the heron that stands on the same rock below the bridge most mornings; the man selling newspapers outside the hospital who knows everyone's name; the way the river smells different before rain.

The notebook has 200-odd entries. Most are one line. “Heron.” “Wet.” “Swans fighting.” “Met Siobhán from accounts, walked together, she's getting divorced.” By autumn three colleagues were walking at least part of the way, and we had a loose group that met at the end of O'Connell Street at 8:10. I'm still walking. I haven't bought another car. I'm not sure I'm going to.
"""),
        "url": "https://footnotesfiona.com/2016/01/a-year-of-walking-to-work/",
        "keywords": ["walking", "commuting", "car-free", "Limerick", "daily habits", "noticing", "wellbeing", "notebook"],
        "comments": [
            _c("short", "Orla", "", "The heron! ❤️"),
            _c("quote_reply", "Declan", "https://twitter.com/declanwalks", "“Wet.” The most Irish notebook entry of all time."),
            _c("question", "Aisling", "", "What did you wear on wet days? I'd love to do this but I can't turn up at the office looking drowned."),
            _c("owner_reply", "Fiona Gallagher", "https://footnotesfiona.com", "@Aisling a proper waterproof jacket, over-trousers that go on top of work clothes, and a pair of shoes kept under my desk. It took about a month to get the system right."),
            _c("disagreement", "Ger from Clare", "", "Lovely, but it's easy when you live 4 km from work. For most people in rural Ireland no car means no job. Not everyone gets to choose this."),
            _c("link_reference", "Limerick Cycling & Walking", "https://limerickactivetravel.ie", "The council's active travel pages show the routes being improved, including the quays you'd have walked: https://www.limerick.ie/council/services/roads-travel-and-parking/active-travel"),
            _c("personal_story", "Noreen Walsh", "https://noreenwalsh.blogspot.com", "I started walking to work after my husband died, because I couldn't bear getting into the car he always drove. It was 3 km through the town in Ennis and I hated it at first, I felt everyone was looking at the widow walking. By the spring I'd started to look forward to it. There's a woman who sweeps outside the butcher's every morning and after a few weeks she started saying 'grand morning' whether it was or not, and that became the first thing anyone said to me most days. I've kept it up for four years now. I never did sell the car. It's just sitting in the drive, and that's all right."),
            _c("anecdote", "Tadhg", "", "I know the newspaper man outside the hospital! He called me “Doctor” for a full year because I wore a lanyard. I'm a porter."),
            _c("non_native", "Magda", "https://magdawalks.pl", "I walk to my work in Kraków also, 3 km every day, and I agree, it is the only time I am thinking my own thoughts. My colleagues think I am crazy in winter at minus ten haha."),
            _c("short", "Clodagh", "https://clodaghreads.wordpress.com", "Loved reading this."),
            _c("specific_thanks", "Martin", "", "Thank you for saying you don't feel guilty about the 11 bus days. I always give up on things at the first failure."),
            _c("correction", "Limerick local", "", "Small thing: if you went round by the quays rather than straight over, your route was probably closer to 4.5 km each way, so you walked even further than you think!"),
            _c("short", "Siobhán", "", "Brilliant, well done Fiona."),
        ],
    },
    {
        "id": "b062",
        "topic": "environment",
        "lang": "en",
        "title": "The meadow, the fireflies and Section 7.2 of our HOA covenants",
        "text": _t("""
In April I stopped mowing the back two-thirds of our lawn, about 3,200 square feet of turf behind our house in a subdivision outside Columbus, Ohio. I'd read about No Mow May, decided to keep going past May, and overseeded part of it with a native mix: little bluestem, black-eyed Susan, wild bergamot, purple coneflower and a few others. Cost: $86 for the seed.

By late June it looked, depending on your point of view, like a meadow or a mess. I counted 14 species of flowering plants on June 28, about half of them ones I didn't plant (white clover, fleabane, self-heal). I've seen at least five kinds of bees, including a bumblebee as big as my thumb, and on the Fourth of July there were fireflies across the whole back yard for the first time since we moved in eight years ago. My daughter, who is 10, now does a “bug census” every Saturday.

On July 9 I got a letter from our homeowners' association. It cited Section 7.2 of the covenants, “grass shall be maintained at a height not exceeding six inches,” and gave me 30 days to comply or face a $50-per-week fine. I've read Section 7.2 several times, and it's hard to argue with.

So I went to the HOA board meeting with photos and the bug census. The board was polite; two of the five members were clearly sympathetic. We reached a compromise: I'll keep a mowed four-foot border along the property lines and a mown path through the middle so it looks “intentional,” and the board will consider amending the covenants to allow “managed native plantings” at the annual meeting in November. I call that a win, with asterisks.
"""),
        "url": "https://meadownotlawn.com/2021/07/hoa-section-7-2/",
        "keywords": ["No Mow May", "native plants", "pollinators", "lawn conversion", "HOA", "fireflies", "meadow", "Ohio"],
        "comments": [
            _c("short", "Kat", "", "Fireflies! That's the whole argument right there."),
            _c("angry", "Dale Puckett", "", "HOAs are the worst thing to happen to American ecology. A $50 fine for FLOWERS. I'd have told them exactly where to stick Section 7.2."),
            _c("disagreement", "Greg (HOA board member, elsewhere)", "https://gregsgaragelog.blogspot.com", "I'll defend HOAs a bit: people bought in expecting a certain look, and tall grass right on the property line can mean ticks and rodents next door. The border compromise is exactly the right outcome."),
            _c("owner_reply", "Doug Reinholt", "https://meadownotlawn.com", "@Greg honestly agreed. The border was the board's suggestion and it was a good one. Ticks are a fair concern; we check the kids after every bug census."),
            _c("link_reference", "Wild Ones member", "https://wildonescolumbus.org", "The Xerces Society has guidance on turning lawn into pollinator habitat, and some material on working with HOAs: https://xerces.org/bringing-back-the-pollinators"),
            _c("link_reference", "Erin", "https://erinsbackyardbirds.wordpress.com", "If you want to know what's actually native where you live, this finder searches by zip code: https://www.nwf.org/NativePlantFinder"),
            _c("question", "Ellen", "", "Which seed company did you use? I'm in western PA and would love to buy from somewhere regional."),
            _c("owner_reply", "Doug Reinholt", "https://meadownotlawn.com", "@Ellen a family-run native seed nursery in Pennsylvania, I'll email you the name so this doesn't look like an ad. Their Ohio Valley mix came up beautifully."),
            _c("quote_reply", "Tammy", "", "“a meadow or a mess” — my neighbor's exact words were “is everything alright over there?”"),
            _c("anecdote", "Ray Holbrook", "https://holbrookprairie.net", "We did this three years ago and the first summer looked awful. Year two it was gorgeous. Year three the neighbors asked for seeds. Be patient."),
            _c("non_native", "Wouter", "https://wouterstuin.nl", "In Netherlands many municipalities stop mowing the roadsides now for the insects, and people like it. Strange for me that in America you can get a fine for this! Good luck in November."),
            _c("specific_thanks", "Beth Ann", "", "Thanks for quoting the actual covenant text. We have almost identical wording and now I know what I'm up against."),
            _c("short", "Jules", "", "Great post, keep us updated."),
        ],
    },
    {
        "id": "b063",
        "topic": "travel",
        "lang": "en",
        "title": "3,400 km of Namibian gravel: tyres, fuel and one very patient rhino",
        "text": _t("""
Anya and I spent 17 days in September driving 3,400 km around Namibia in a rented Toyota Hilux with a rooftop tent, and almost all of it, maybe 2,600 km, was on gravel. We'd done self-drive trips in Botswana and South Africa before, but Namibia's roads are their own thing, and I want to write down what we learned while it's fresh.

Tyres first, because this is what everybody asks. We had two punctures, one on the C14 between Solitaire and Walvis Bay and one on a rocky track near Twyfelfontein, and we carried two full-size spares, which the rental company insisted on. Drop your tyre pressure on gravel (we ran about 1.8 bar instead of 2.4) and keep your speed well down. Many serious accidents involving tourists here are rollovers on gravel from people driving as if they're on tar. We passed an overturned rental on the D707.

Fuel and water: stations can be 250 km apart, and in small places the pumps sometimes run dry. We never let the tank drop below half and carried 40 litres of water. Campsites were excellent, typically N$250–400 per person a night, with a braai pit and often a hot shower heated by someone lighting a wood fire under a drum.

The highlights were Sossusvlei at dawn (be at the Sesriem gate when it opens, then drive the 45 km to Dune 45 before the tour buses), the silence of the Namib-Naukluft at night, and an afternoon at an Etosha waterhole where 14 elephants came to drink while a black rhino waited its turn. Total cost for two, excluding flights: about €3,900, of which the vehicle was €1,750.
"""),
        "url": "https://gravelandgrit.net/2019/10/namibia-self-drive-gravel/",
        "keywords": ["Namibia", "self-drive safari", "gravel roads", "rooftop tent", "Etosha", "Sossusvlei", "tyre pressure", "road trip"],
        "comments": [
            _c("short", "Lotte", "", "Incredible trip. Jealous!"),
            _c("question", "Margaret", "", "Was the rooftop tent worth it compared with lodges? We're in our sixties and wondering about that ladder."),
            _c("owner_reply", "Pieter van Rooyen", "https://gravelandgrit.net", "@Margaret the ladder is fine, the midnight toilet trips are the real test 😄 A few lodge nights mixed in would be a good balance, especially in Etosha where the camps book out early."),
            _c("link_reference", "Safari Sue", "https://safarisue.co.za", "Namibia Wildlife Resorts runs the camps inside Etosha and at Sesriem, and you can book directly: https://www.nwr.com.na — for September, book months ahead."),
            _c("correction", "Jannie", "", "Small addition: the general gravel limit is 80 km/h, but a lot of rental contracts set a lower maximum and the insurance may not cover you above it. Worth reading the small print before you trust the road signs."),
            _c("disagreement", "Mark & Tess", "https://markandtessoverland.com", "I'd disagree a little about the D707. It's one of the most beautiful roads in the country and perfectly manageable with care. Please don't let one overturned car put people off it."),
            _c("non_native", "Ndapewa", "", "I am from Windhoek and I am very happy you enjoy our country. Please tell everyone about gravel speed, every year tourists die on our roads. Also next time visit Zambezi region in the north east, is very green and different."),
            _c("personal_story", "Hendrik Visser", "https://hendrikonwheels.blogspot.com", "I rolled a rental on a gravel road outside Aus in 2012, so I read your tyre section nodding so hard my neck hurt. I was doing about 90, the road looked perfectly smooth, and a patch of loose gravel on a gentle bend took the back end out. The car went over once and landed on its wheels. My wife and I walked away with bruises and a cracked windscreen, and a farmer towed us to his house where his wife made us tea while we shook. The rental company was kinder than I deserved. I've been back to Namibia twice since and I drive at 70 like a grandmother. Thank you for writing about it plainly. People need to hear it."),
            _c("quote_reply", "Bea", "", "“a black rhino waited its turn” — the most polite rhino in Africa."),
            _c("anecdote", "Chris L.", "", "The wood-fired shower drum! We had one at Spitzkoppe and the attendant, Elias, lit it just for us at 9 p.m. Best shower of my life."),
            _c("specific_thanks", "Ruan", "https://ruan4x4.co.za", "Thank you for giving actual tyre pressures. Everyone says “lower your pressure” and nobody says to what."),
            _c("short", "Ines", "", "Amazing photos as always."),
            _c("link_reference", "Overland Outpost", "https://overlandoutpost.blogspot.com", "If anyone wants a comparison of Windhoek 4x4 rental companies, I reviewed four of them last year: https://overlandoutpost.blogspot.com/2018/11/windhoek-4x4-rental-comparison.html"),
        ],
    },
    {
        "id": "b064",
        "topic": "politics",
        "lang": "en",
        "title": "Juror number 9: what six days of jury duty taught me",
        "text": _t("""
In February I served on a jury for the first time. I'm 52. I'd been summoned three times before and always got out of it, once legitimately (a newborn) and twice by being, I'm now a bit ashamed to say, unhelpfully opinionated during selection. This time I decided to answer the questions honestly and see what happened. I became juror number 9 on a six-day criminal trial at our county courthouse.

I can't discuss deliberations, and I won't name the defendant. The case was a burglary charge: a man in his twenties accused of breaking into a garage and taking about $2,300 in power tools. What I can tell you about is the experience. The jury assembly room seats 180 and held about 140 people on the first morning, with a vending machine that only took exact change and an orientation video narrated by a retired judge who was, the clerk admitted, “no longer with us.”

The trial was slower and more human than on TV. There were long pauses while the attorneys conferred at the bench. The garage owner started crying on the stand, not about the tools but because one of the stolen drills had belonged to his late father. The defendant's mother sat in the second row every day, in the same coat.

The jury itself was twelve strangers: a retired postal worker, a nursing student, a man who runs a tire shop, a woman from Guatemala who told us at lunch that this was her first jury as a new citizen. We disagreed, sometimes sharply. We took it seriously. I came away with more faith in my neighbours than I've had in years, and less faith in my own first impressions. I'd do it again. I'd also bring exact change.
"""),
        "url": "https://everydaycivics.net/2017/03/juror-number-nine/",
        "keywords": ["jury duty", "criminal trial", "civic duty", "courthouse", "jury selection", "citizenship", "justice system"],
        "comments": [
            _c("short", "Pat", "", "Exact change. Noted."),
            _c("anecdote", "Lou Ferraro", "", "Our jury room vending machine was broken too. The bailiff brought donuts on day three and I'm convinced it's the only reason we reached a verdict."),
            _c("angry", "Darnell", "", "With respect, jury duty is a HUGE burden on working people. I lost a week's wages as a contractor and the county paid me $15 a day. It's easy to have faith in your neighbors when you can afford to be there."),
            _c("owner_reply", "Joanna Reyes", "https://everydaycivics.net", "@Darnell completely fair, and it's a real injustice. Several jurors on my panel were self-employed and it cost them. Juror pay in our state hasn't been raised in decades."),
            _c("link_reference", "Court watcher", "https://courtwatchnotes.wordpress.com", "For anyone curious, the National Center for State Courts has resources on jury management, including juror pay by state: https://www.ncsc.org/jury"),
            _c("disagreement", "Alan K.", "", "I'm glad yours was a good experience, but I'd push back on “more faith in my neighbours.” On my jury in 2014 two people had clearly made up their minds on day one based on how the defendant looked. It was horrifying."),
            _c("question", "Meg", "", "How did you deal with the emotions afterwards? I served last year on a case involving a child and I still think about it."),
            _c("owner_reply", "Joanna Reyes", "https://everydaycivics.net", "@Meg our judge met with us briefly after the verdict, which helped more than I expected. Some courts also offer counseling referrals for jurors. Ask the jury clerk, it's worth it."),
            _c("quote_reply", "Tom Anders", "https://tomanders.substack.com", "“less faith in my own first impressions” — that's the line. Every juror should leave with that."),
            _c("non_native", "Rosa Lima", "", "I became citizen in 2015 and I was called for jury last year. I was very nervous because of my English, but the judge was patient and other jurors help me with difficult words. It was a proud moment for me. Thank you for mention the woman from Guatemala."),
            _c("personal_story", "Public defender", "https://notesfromdefense.blogspot.com", "I've been a public defender for eleven years and I'd like to say thank you, honestly. From our side of the courtroom you can't imagine how much we watch the jury. We notice who takes notes, who looks at the defendant's mother, who seems bored. Most jurors never know how seriously we take them, or how much it matters when someone actually listens to the whole case instead of deciding in voir dire. I've had trials go both ways and I've rarely felt a jury didn't try. The vending machine, however, is a disgrace, and I've complained about it for years."),
            _c("short", "Kim", "https://kimsgardenjournal.blogspot.com", "Thank you for serving!"),
            _c("specific_thanks", "Rachel", "", "Thanks for not sharing the details of deliberations. A lot of people do online, and it's not okay."),
        ],
    },
    {
        "id": "b065",
        "topic": "history",
        "lang": "en",
        "title": "Three wet days on Hadrian's Wall, and a birthday invitation from AD 100",
        "text": _t("""
I've wanted to walk a stretch of Hadrian's Wall since I was eight and my dad bought me a plastic Roman legionary from the gift shop at Housesteads. Last week, at 51, I finally did it: three days, Chollerford to Gilsland, about 23 miles, with a day at Vindolanda in the middle. It rained on all three days. Nobody who knows Northumberland will be surprised.

The Wall itself is less dramatic than the photos and more affecting. For long stretches it's a low line of dressed stone, sometimes waist-high, running along the crest of the Whin Sill with a drop to the north. Around Sycamore Gap and Crag Lough, in the mist, with nobody else on the path, it was easy to imagine a soldier from what is now Belgium or Syria standing here in the same rain around AD 130, wondering what on earth he was doing there. The garrisons really were that international.

Vindolanda was the highlight. The fort is still being excavated, and volunteers were kneeling in the mud in the rain the day I visited. The museum holds some of the famous writing tablets, thin wooden leaves written in ink around AD 100. My favourite is the birthday party invitation from Claudia Severa to her friend Sulpicia Lepidina, with a few lines in Claudia's own hand, thought to be among the earliest surviving writing by a woman in Latin: “I shall expect you, sister. Farewell, sister, my dearest soul.”

Practical notes: the Hadrian's Wall bus, the AD122 (yes, really), runs in season and is the only sane way to do a linear walk. Wear gaiters. And buy the guidebook at Vindolanda, since the money goes to the excavations.
"""),
        "url": "https://romanroadsramble.co.uk/2022/06/hadrians-wall-vindolanda/",
        "keywords": ["Hadrian's Wall", "Vindolanda", "Roman Britain", "writing tablets", "Claudia Severa", "Northumberland", "walking", "archaeology"],
        "comments": [
            _c("short", "Wendy", "", "AD122 bus. Love it."),
            _c("quote_reply", "Prof. Alison Grey", "https://alisongrey-classics.net", "“Farewell, sister, my dearest soul.” Gets me every time. Nineteen hundred years and it's still just a friend saying come to my party."),
            _c("link_reference", "Latin teacher", "https://mrsclatin.wordpress.com", "Vindolanda Tablets Online has images and translations of many of the tablets, including Claudia's invitation: http://vindolanda.csad.ox.ac.uk/"),
            _c("question", "Roger", "", "Can ordinary people volunteer to dig at Vindolanda? I'd love to do it when I retire next year."),
            _c("owner_reply", "Ian Dunmore", "https://romanroadsramble.co.uk", "@Roger yes! The Vindolanda Trust takes volunteer excavators for two-week stints each season. Places go fast, usually within days of applications opening."),
            _c("correction", "Hugh M.", "", "Small clarification: the tablets are around AD 100, but the Wall itself wasn't begun until about AD 122, after Hadrian's visit. Vindolanda was already there a good few decades before the Wall, which surprises a lot of people."),
            _c("disagreement", "Steel Rigg regular", "", "I'd gently disagree that it's less dramatic than the photos. Walk Steel Rigg to Housesteads on a clear evening and it's as dramatic as anything in Britain. You just got the wrong weather!"),
            _c("anecdote", "Pete", "", "I had a plastic legionary from Housesteads too! 1979. I wonder how many of us there are out there."),
            _c("non_native", "Koen", "https://koenromeinen.be", "I am from Tongeren in Belgium, which was the Roman town Atuatuca Tungrorum, and the Tungrian cohort served at Vindolanda! When I visited I was very emotional to see the name of my town in the museum."),
            _c("personal_story", "Sally Trewin", "https://sallywalksthewall.blogspot.com", "My dad and I walked the whole Wall in 2016, Wallsend to Bowness, the year after his cancer diagnosis. He was 74 and slow and stubborn, and we did it in eleven days instead of seven. At Vindolanda he stood in front of Claudia's letter for so long that a guide came over to check he was all right. He said he was thinking about how the most ordinary things, a party, a friend, a 'come if you can', are the ones that last. He died eighteen months later. I've been back to Vindolanda twice on my own since, and both times I've gone straight to that case. Thank you for writing about it."),
            _c("specific_thanks", "Neil", "", "Thanks for the gaiters tip. Everyone says boots and nobody says gaiters, and the path near Cawfields was a swamp for us."),
            _c("short", "Jo R.", "https://jorambles.co.uk", "Great write-up, Ian."),
            _c("short", "Maggie", "", "Brilliant. Adding it to next year's list."),
        ],
    },
    {
        "id": "b066",
        "topic": "music",
        "lang": "en",
        "title": "We played to six people in Leeds and it was the best gig of the tour",
        "text": _t("""
Last Thursday my band, The Hollow Season, played the back room of a pub in Leeds to six people. I counted. Two of them were the other band. One was the sound engineer's girlfriend. One was a man who had come in to watch the darts on the telly and left after our third song. That leaves two people who had, as far as we can tell, chosen to be there.

This was date four of an eight-date tour we booked ourselves over email in September. We're four people in a 2006 van with 190,000 miles on it. The tour budget: £1,140 in fuel, £320 in budget hotels on nights when nobody offered a sofa, and roughly £90 in service station food, which is somehow both too much and nowhere near enough. Our guarantee for Leeds was £50 against 70% of the door after costs. The door was £30. We made £50.

Here's the thing, though. We played the best set of the tour. There's a strange freedom in playing to almost nobody. We stretched the ending of “Marram Grass” into a seven-minute thing we'd never tried before. Our drummer, Jas, sang lead on a song for the first time. The two people who had chosen to be there bought a T-shirt each and a CD, and one of them, a woman called Priya, emailed us the next day to say she'd listened to the CD on her drive to work and cried at track four.

We're not going to make money from this. We all have day jobs. But I think every band should play to six people at least once. It teaches you what you're actually doing it for. Next stop Newcastle, where the promoter says we've “sold about eleven.”
"""),
        "url": "https://backlinefiles.com/2014/11/six-people-in-leeds/",
        "keywords": ["indie band", "DIY touring", "small gigs", "Leeds", "tour budget", "live music", "band life"],
        "comments": [
            _c("short", "Rhys", "", "Marram Grass is a belter."),
            _c("personal_story", "Priya R.", "https://priyarlistens.tumblr.com", "Hi, I'm one of the six! I nearly didn't go. I'd had a horrible week at work and only went in because I'd seen your name on a poster in the loo of that pub a fortnight before and liked the band name. When I walked into the back room and saw how empty it was I almost turned round, because I felt embarrassed for you, and then you started playing as if the room was full. The long ending to Marram Grass was the best thing I heard all year. I bought the CD mostly out of guilt and then listened to it on the M62 the next morning and had to pull into a services at track four. So, thank you. I'll be bringing friends next time, I promise. At least three."),
            _c("anecdote", "Gwyn", "", "Played to three people in Swansea in 2009. One was my mum. We still call it our best gig."),
            _c("question", "Leon", "https://leonandthelowlights.bandcamp.com", "How do you actually book a tour yourselves these days? Is it just cold-emailing promoters? We're a three-piece from Norwich and totally lost."),
            _c("owner_reply", "Kit Harrow", "https://backlinefiles.com", "@Leon basically, yes. Email venues two to three months out with a short bio, one good live video, and an honest estimate of how many people you'll bring. Offer to play with local bands who have their own crowd. And be nice to sound engineers."),
            _c("link_reference", "Ellie Marsh", "https://elliemarshmusic.co.uk", "The Musicians' Union has guidance on fees and contracts for small gigs, worth reading before agreeing to a door deal: https://musiciansunion.org.uk/working-performing/gigs-and-live-performance"),
            _c("disagreement", "Ellie Marsh", "https://elliemarshmusic.co.uk", "Also, respectfully: a £50 guarantee for a four-piece travelling from out of town is exploitation, and romanticising it lets venues get away with it. Bands should push for proper fees."),
            _c("owner_reply", "Kit Harrow", "https://backlinefiles.com", "@Ellie I agree in principle, and the MU would back you. In practice, at our level, the choice is usually £50 or no gig. But I don't want to pretend it's okay."),
            _c("quote_reply", "Dom", "", "“somehow both too much and nowhere near enough” — every touring band's service station experience in one line."),
            _c("link_reference", "Sam (Leeds)", "https://samsgigdiary.wordpress.com", "Here's their Bandcamp for anyone who wants to chip in for fuel: https://thehollowseason.bandcamp.com — track four is “Lanterns” and yes, it got me too."),
            _c("non_native", "Jonas", "https://jonashoert.de", "I am from Germany and I saw you in Hamburg last year in the small bar on the Reeperbahn, maybe 15 people. It was a great concert! Please come back to Germany, we will bring more friends."),
            _c("short", "Newcastle promoter", "", "See you Saturday! Make that twelve."),
            _c("specific_thanks", "Tilly", "", "Thanks for sharing the actual tour budget. Nobody ever talks about this stuff and it's so helpful for other bands."),
        ],
    },
]
