"""The bundled corpus against its gold annotations, and the corpus build in a real browser.

The F1 floors are regression guards, not the targets of issue 3; the scores are printed with -s.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from kg.evaluate import evaluate
from kg.viz.html import DEFAULT_MAX_NODES

from conftest import CORPUS

GOLD = sorted((CORPUS / "gold").glob("*.json"))
pytestmark = pytest.mark.slow
#: F1 floors per split; raise them when the pipeline improves, never lower them to make a change pass. A split
#: that grows is measured afresh: the ten blind g- articles took held-out from 0.90/0.67 to 0.88/0.66 (2026-11-29),
#: and the session's rules then took it to 0.90/0.70; the ten h- articles joined dev. The ten blind i- articles
#: (scored alone 0.86/0.54) took held-out from 0.91/0.71 to 0.90/0.68 (2026-11-29, session 5); the ten j- joined dev,
#: then the twenty blind k- and l- (scored alone 0.79/0.47 and 0.77/0.46) took dev from 0.98/0.85 to 0.93/0.77.
#: The ten blind m- held-out articles (scored alone 0.90/0.59 at the end of session 5; 0.86/0.54 with the session's
#: starting code) joined held-out at 0.90/0.68. Session 6 (2026-11-29): the thirty blind n- (Asian business dailies),
#: o- (North American regional business news) and p- (press releases and wire briefs) dev articles, scored alone
#: 0.77/0.52, 0.87/0.57 and 0.76/0.51, took dev from 0.96/0.82 to 0.92/0.75; the session's rules took it to 0.96/0.79.
#: Then the blind held-out q- (mixed styles; 0.87/0.59 with the session's starting code, 0.88/0.60 with its code at the
#: time, never read) took held-out from 0.91/0.68 to 0.91/0.67, and the blind dev r- (trade press from Europe, Latin
#: America, the Middle East and Africa; 0.89/0.59, then 0.90/0.59) took dev to 0.94/0.77. At the end of session 6 the
#: blind held-out s- (mainstream international business news; 0.86/0.64 with the session's starting code, 0.89/0.68 with
#: its final code, never read) took held-out to 0.91/0.68, and the blind dev t- (European and Japanese/Chinese national
#: business news; 0.84/0.62 and 0.85/0.64 before anyone read it) took dev to 0.94/0.77. Session 7 (2026-11-29): the
#: blind held-out v- (UK/Irish/North American/Australian general news; 0.89/0.60 with the session's starting code and
#: 0.90/0.60 with its code at the time, never read) took held-out to 0.91/0.67; the blind dev u- (wire-service project
#: updates; 0.86/0.54) and w- (national and local papers' business pages; 0.81/0.61) took dev from 0.95/0.78 to 0.93/0.76.
#: Later in session 7 the blind held-out y- (an ordinary week's mix of styles; 0.94/0.58 with the session's starting
#: code, 0.94/0.59 with its code at the time, never read) and the blind dev x- (general news websites and broadcasters;
#: 0.85/0.56, then 0.88/0.61 unread) left held-out at 0.92/0.67 and dev at 0.94/0.77. The session's rules took
#: them to 0.92/0.68 and 0.94/0.78; the blind held-out z- (major news sites' plant decisions; 0.82/0.64 with the
#: session's starting code, 0.84/0.67 with its final code, never read) left held-out at 0.91/0.68. Session 8
#: (2026-11-29): the blind held-out ac-, ad- and af- (0.84/0.57, 0.93/0.70 and 0.94/0.64 with the session's starting
#: code, never read) and the blind dev aa-, ab- and ae- (0.90/0.68, 0.89/0.70, 0.86/0.52) joined; with the session's
#: starting code the 335 articles score held-out 0.91/0.67 and dev 0.93/0.76, with its final code 0.915/0.690 and
#: 0.948/0.787. Session 9 (2026-11-29/30): the blind held-out ag- and aj- (0.92/0.57 and 0.88/0.54 with the session's
#: starting code, never read) and the blind dev ah-, ai- and ak- (0.89/0.57, 0.84/0.53, 0.90/0.57) joined; with the
#: session's starting code the 385 articles score held-out 0.913/0.671 and dev 0.938/0.752; the session's rules took
#: them to 0.917/0.692 and 0.947/0.781 (ag- 0.92/0.61 and aj- 0.88/0.57 with the final code, still never read).
#: Session 10 (2026-11-30): the blind held-out al- (an analyst's alert feed: pharma, data centres, food, chemicals,
#: chips, aerospace, metals; 0.89/0.60 with the session's starting code, never read) and the blind dev am- (stories
#: told through people: interviews, earnings calls, hearings, openings; 0.85/0.62) joined; with the session's starting
#: code the 405 articles score held-out 0.916/0.686 and dev 0.940/0.772, with its final code 0.922/0.696 and 0.952/0.784.
#: Session 11 (2026-11-30): the blind held-out an- (business news from outside the US and UK; 0.86/0.65 with the
#: session's starting code, never read) joined; with the session's starting code the 415 articles score held-out
#: 0.918/0.693 and dev 0.952/0.784, with its final code 0.922/0.698 and 0.958/0.790. Session 12 (2026-11-30): the
#: blind dev ao- (money and deals outside the US and UK: several funders, ownership splits, stakes, term sheets; 0.93/0.53
#: with the session's starting code) took dev from 0.958/0.790 to 0.956/0.776; the blind held-out ap- (industrial news from
#: Japan, Korea, Taiwan, Australia, Canada, Mexico, Spain, Italy, the Nordics and Kazakhstan; 0.87/0.65 with the session's
#: starting code, never read) took held-out from 0.922/0.698 to 0.918/0.695. With the session's starting code the 435
#: articles score held-out 0.918/0.695 and dev 0.956/0.776, with its final code 0.921/0.711 and 0.961/0.790.
#: Session 13 (2026-11-30): the blind dev aq- (plants and joint ventures in East Asia, Australia, Canada and Europe;
#: 0.94/0.73 with the session's starting code) and ar- (trade and regional news from everywhere; 0.79/0.59) took dev
#: from 0.961/0.790 to 0.952/0.780 with the session's starting code. The blind held-out as- (an analyst's alert on new
#: plants, investments and ventures; 0.905/0.649 with the starting code, never read) took held-out from 0.921/0.711 to
#: 0.920/0.708 with the starting code. With the session's final code the 465 articles score held-out 0.924/0.709 and
#: dev 0.956/0.785. Session 14 (2026-11-30): the blind dev at- (joint ventures, subsidiaries and supply chains;
#: 0.897/0.643 with the session's starting code) took dev to 0.954/0.780, and the blind held-out au- (a business
#: journalist's week at a regional or national paper; 0.908/0.738 with the starting code, never read) took held-out
#: to 0.923/0.710, both with the starting code. With the session's final code the 485 articles score held-out
#: 0.925/0.716 and dev 0.960/0.787. Session 15 (2026-11-30): the blind dev aw- (regional and trade-press plant
#: stories naming towns, zones, regions and datelines; 0.902/0.620 with the session's starting code) took dev to
#: 0.958/0.781, and the blind held-out av- (analyst and trade-newsletter notes; 0.941/0.675, never read) took held-out
#: to 0.926/0.714, both with the starting code. With the session's final code the 505 articles score held-out
#: 0.926/0.717 and dev 0.960/0.789. Session 16 (2026-11-30): the blind dev ay- (joint ventures, holding companies and
#: their arms; 0.966/0.701 with the session's starting code) took dev to 0.960/0.785, and the blind held-out ax- (wire
#: stories; 0.924/0.786) and az- (local papers on factories in their towns; 0.859/0.546), never read, took held-out
#: to 0.923/0.713, all with the starting code. Session 17 (2026-11-30/12-01): the blind dev ba- (local papers and
#: broadcasters on factories in their area: planning decisions, councillors, MPs, unions, regional agencies;
#: 0.814/0.556 with the session's starting code) and the blind held-out bb- (a researcher's week of news-search
#: results; 0.925/0.659, never read) joined; with its code at the time the 555 articles scored dev 0.954/0.786 and
#: held-out 0.923/0.712. Session 18 (2026-12-01): the blind dev bc- (plants and partnerships at the centre of ordinary
#: news; 0.946/0.659 with the session's starting code) and the blind held-out bd- (a journalist's fortnight of
#: manufacturing news; 0.939/0.766, never read) joined; with the starting code the 575 articles score dev 0.958/0.787
#: and held-out 0.926/0.714. Session 19 (2026-12-01): the blind dev be- (joint ventures, subsidiaries and
#: second plants in business-wire and trade-press news; 0.951/0.741 with the session's starting code) and bg- (the
#: many ways news writes partnerships and plants; 0.931/0.648) and the blind held-out bf- (a month of
#: regional-development news; 0.863/0.737, never read) and bh- (an agency's commodities and manufacturing desk;
#: 0.897/0.663, never read) joined; with the starting code the 615 articles score dev 0.957/0.792 and held-out
#: 0.924/0.720 (bf- and bh- lowered the held-out scores, so their floors went down with them). Session 20
#: (2026-12-01): the blind dev bi- (corporate families and repeat deals; 0.958/0.756 with the session's starting code)
#: and bk- (European regional and national press on plants; 0.952/0.755) and the blind held-out bj- (a week of an
#: Asian and Middle Eastern business daily; 0.973/0.811, never read) and bl- (two weeks of North and Latin American
#: business news; 0.899/0.652, never read) joined; with the starting code the 655 articles score dev 0.959/0.797 and
#: held-out 0.926/0.725, with the final code dev 0.960/0.800 and held-out 0.927/0.729. Session 21 (2026-12-01): the
#: blind dev bm- (trade-press roundups and follow-ups; 0.937/0.659 unread) and held-out bn- (wire copy from Africa,
#: Australia and Eastern Europe; 0.944/0.699, never read) joined; with the starting code the 675 articles score dev
#: 0.959/0.795 and held-out 0.927/0.728, with the final code dev 0.961/0.801 and held-out 0.928/0.732. Session 22
#: (2026-12-01): the blind dev bo- (plants and partnerships in mainstream business news; 0.974/0.753 unread) and
#: held-out bp- (a week of a news search for new factories, joint ventures and investments; 0.912/0.746, never read)
#: joined; with the starting code the 695 articles score dev 0.961/0.800 and held-out 0.928/0.733, with the final
#: code dev 0.962/0.806 and held-out 0.928/0.739. Session 23 (2026-12-01): the blind dev bq- (financing and
#: ownership of new plants; 0.917/0.656 unread) and held-out br- (a month of industrial investment news on five
#: continents; 0.943/0.553, never read) joined; with the starting code the 715 articles score dev 0.9606/0.8021 and
#: held-out 0.9285/0.7323 (the held-out relations floor goes down with the harder batch), with the final code dev
#: 0.9606/0.8072 and held-out 0.9287/0.7335. Session 24 (2026-12-02): the blind dev bs- (business press built around
#: people; 0.948/0.774 unread) and held-out bt- (regional development and local government; 0.902/0.635, never read)
#: joined; with the starting code the 735 articles score dev 0.9603/0.8064 and held-out 0.9279/0.7309, with the final
#: code dev 0.9616/0.8138 and held-out 0.9288/0.7362. Session 25 (2026-12-02): the blind dev bu- (ports, shipyards,
#: logistics parks and maintenance bases; 0.921/0.569 unread) and held-out bv- (critical-minerals processing;
#: 0.923/0.696, never read) joined; with the starting code the 755 articles score dev 0.9608/0.8097 and held-out
#: 0.9287/0.7352, with the final code dev 0.9634/0.8152 and held-out 0.9302/0.7386.
#: Session 26 (2026-12-02): the blind dev bw- (semiconductors, electronics and data centres; 0.950/0.803 unread) and
#: held-out bx- (food, drink, consumer-goods and pharma plants; 0.941/0.667 unread, never read) took the splits with the
#: starting code to dev 0.9631/0.8149 and held-out 0.9305/0.7368; the final code scores dev 0.9650/0.8208 and held-out
#: 0.9333/0.7391.
#: Session 27 (2026-12-02): the blind dev by- (metals and heavy industry; 0.923/0.828 unread) and held-out bz- (the EV and
#: battery supply chain; 0.939/0.640 unread, never read) took the splits with the starting code to dev 0.9643/0.8209 and
#: held-out 0.9334/0.7366; the final code scores dev 0.9649/0.8240 and held-out 0.9337/0.7395.
#: Session 28 (2026-12-02): the blind held-out ca- (officials and incentives; 0.917/0.818 unread, never read) and dev cb-
#: (joint ventures and stakes; 0.958/0.630 unread) took the splits with the starting code to dev 0.9648/0.8199 and
#: held-out 0.9333/0.7413; the final code scores dev 0.9669/0.8253 and held-out 0.9350/0.7439.
#: Session 29 (2026-12-02): the blind held-out cc- (multi-site factory expansions; 0.967/0.882 unread, never read) and dev
#: cd- (partnerships told across sentences; 0.911/0.704 unread) took the splits with the starting code to dev
#: 0.9659/0.8230 and held-out 0.9356/0.7471; the final code scores dev 0.9671/0.8289 and held-out 0.9369/0.7530.
#: Session 30 (2026-12-02): the blind held-out ce- (ordinary regional business news; 0.824/0.542 unread, never read) and
#: dev cf- (who runs the plant; 0.926/0.656) and cg- (ce-'s theme; 0.943/0.716) took the splits with the starting code to
#: dev 0.9658/0.8229 and held-out 0.9342/0.7480 (the held-out relations floor goes down with the harder batch); the
#: final code scores dev 0.9676/0.8285 and held-out 0.9362/0.7518.
#: Session 31 (2026-12-03): the blind held-out ch- (partnerships, consortia and joint ventures; 0.943/0.640 unread, never
#: read) and dev ci- (ch-'s theme; 0.952/0.578) and cj- (several companies per article; 0.900/0.603) took the splits with
#: the starting code to dev 0.9655/0.8163 and held-out 0.9364/0.7482 (the dev relations floor goes down with the harder
#: batches); the final code scores dev 0.9688/0.8239 and held-out 0.9405/0.7524.
#: Session 32 (2026-12-03): the blind dev ck- (wire copy on partnerships and venture plants; 0.981/0.714 unread) and cl-
#: (trade press and releases on new plants; 0.936/0.733) took the splits with the starting code to dev 0.9683/0.8197
#: and held-out 0.9405/0.7524 (held-out unchanged); the final code scores dev 0.9700/0.8264 and held-out 0.9410/0.7551.
#: Session 33 (2026-12-03): the blind held-out cm- (investor-relations news; 0.954/0.689 unread, never read) and dev cn-
#: (cm-'s theme; 0.871/0.802) and co- (non-native English regional agency news; 0.876/0.566) took the splits with the
#: starting code to dev 0.9668/0.8216 and held-out 0.9413/0.7534; the final code scores dev 0.9700/0.8275 and held-out
#: 0.9422/0.7555.
#: Session 34 (2026-12-03): the blind held-out cp- (English versions of East Asian companies' releases and filings;
#: 0.824/0.526 unread, never read) and dev cq- (cp-'s theme; 0.850/0.644) took the splits with the starting code to dev
#: 0.9684/0.8244 and held-out 0.9404/0.7510; the final code scores dev 0.9706/0.8277 and held-out 0.9431/0.7556.
#: Session 35 (2026-12-03): the blind held-out cr- (government gazettes and regulatory decisions; 0.895/0.686 unread)
#: and ct- (trade fairs, investment summits and state visits; 0.934/0.780), both never read, and the dev twins cs-
#: (0.890/0.641) and cu- (0.938/0.719) took the splits with the starting code to dev 0.9683/0.8227 and held-out
#: 0.9417/0.7550; the final code scores dev 0.9696/0.8288 and held-out 0.9432/0.7578.
#: Session 36 (2026-12-03): the blind held-out cv- (regional and local-language press in English translation;
#: 0.808/0.653 unread, never read) and its dev twin cw- (0.776/0.532) took the splits with the starting code to dev
#: 0.9664/0.8246 and held-out 0.9403/0.7560; the final code scores dev 0.9685/0.8285 and held-out 0.9416/0.7593.
#: Session 37 (2026-12-03): the blind held-out cx- (industry newsletters and digests; 0.906/0.693 unread, never read)
#: and its dev twin cy- (0.883/0.647) took the splits with the starting code to dev 0.9670/0.8247 and held-out
#: 0.9407/0.7572; the final code scores dev 0.9679/0.8312 and held-out 0.9409/0.7610.
#: Session 38 (2026-12-04): the blind held-out cz- (spoken word turned into text: interview, podcast, panel and hearing
#: transcripts; 0.850/0.333 unread, never read) and its dev twin da- (0.852/0.382) took the splits with the starting
#: code to dev 0.9665/0.8258 and held-out 0.9396/0.7547; the final code scores dev 0.9685/0.8338 and held-out
#: 0.9399/0.7577.
#: Session 39 (2026-12-04): the blind held-out db- (news web pages pasted whole, with menus, banners, headline lists and
#: readers' comments; 0.802/0.593 unread, never read) and its dev twin dc- (0.843/0.739) took the splits with the
#: starting code to dev 0.9661/0.8321 and held-out 0.9368/0.7543; the final code scores dev 0.9686/0.8363 and held-out
#: 0.9402/0.7582. Session 40 (2026-12-04): the blind held-out dd- (text pasted out of PDFs: filings, annual reports,
#: slides, press notes, hard-wrapped with page headers and footers; 0.742/0.301 unread, never read) and its dev twin
#: de- (0.783/0.339) took the splits with the starting code to dev 0.9665/0.8313 and held-out 0.9371/0.7516; the final
#: code (kg/layout.py joins wrapped lines and drops page furniture) scores dev 0.9680/0.8353 and held-out 0.9383/0.7550.
#: Session 41 (2026-12-04): the blind held-out df- (social media as pasted: LinkedIn posts with comments, threads on X
#: and Bluesky, Reddit, Facebook, WeChat, YouTube; 0.671/0.403 unread, never read) and its dev twin dg- (0.694/0.417)
#: took the splits with the starting code to dev 0.9646/0.8303 and held-out 0.9337/0.7493; the final code (emoji,
#: handles, post furniture, profile headlines) scores dev 0.9660/0.8326 and held-out 0.9350/0.7511.
#: Session 42 (2026-12-04): the blind held-out dh- (machine-translated news; 0.737/0.500 unread on ten articles, one
#: moved to dev after a line of it was seen) and its dev twin di- (0.794/0.329) took the splits with the starting code
#: to dev 0.9636/0.8254 and held-out 0.9317/0.7477; the final code (amounts in the source's format, names spelt two
#: ways, translated genitives, local bodies, translation banners) scores dev 0.9657/0.8301 and held-out 0.9323/0.7493.
#: Session 43 (2026-12-04): the blind held-out dj- (developing stories: live blogs, updated wire copy, flashes,
#: corrections; 0.859/0.663 unread, never read) and its dev twin dk- (0.920/0.670) took the splits with the starting code
#: to dev 0.9649/0.8274 and held-out 0.9309/0.7477; the final code (entry stamps and update notes as furniture, Key
#: points as story, misreported figures and places, trade words ending names) scores dev 0.9667/0.8319 and held-out
#: 0.9330/0.7533.
#: Session 44 (2026-12-05): the blind held-out dl- (news as it reaches an analyst's inbox: forwarded releases in e-mails,
#: newsletter digests, council minutes, OCR'd print, aggregator dumps, call transcripts; 0.821/0.557 unread, never read)
#: and its dev twin dm- (0.849/0.597) took the splits with the starting code to dev 0.9647/0.8282 and held-out
#: 0.9307/0.7493 (the held-out entities floor goes down with the harder batch); the final code (e-mail furniture,
#: minutes' attendance lists and offices, call labels' titles, narrow scanned columns, a digest item's company) scores
#: dev 0.9661/0.8329 and held-out 0.9317/0.7524.
#: Session 45 (2026-12-05): the blind held-out dn- (semi-structured and spoken news: trackers, slide decks, translated
#: filings, rulings, broadcast scripts, interviews, fact sheets, posts; 0.805/0.393 unread, never read) and its dev twin
#: do- (0.710/0.492) took the splits with the starting code to dev 0.9623/0.8281 and held-out 0.9293/0.7461 (all floors
#: go down with the two hardest batches in a while); the final code (a speaker's floor, broadcast cues, slide labels,
#: courts and country agencies as public bodies, ruling's short names) scores dev 0.9640/0.8299 and held-out 0.9302/0.7474.
#: Session 46 (2026-12-05): the blind held-out dp- (the paper trail around projects: tender and award notices, impact
#: assessments, planning minutes, parliamentary answers, job adverts, fair press kits, infobox pages, sustainability
#: reports; 0.830/0.541 unread, never read) and its dev twin dq- (0.762/0.430) took the splits with the starting code to
#: dev 0.9612/0.8252 and held-out 0.9285/0.7442 (all floors go down with them); the final code (labelled fields:
#: tracker rows, key facts and infoboxes, award notices; declared dollars; document names) scores dev 0.9640/0.8289 and
#: held-out 0.9292/0.7452.
#: Session 47 (2026-12-05): the blind held-out dr- (industrial sites changing hands: sales, buyouts, administrations,
#: restarts, closures, blocked deals; 0.920/0.655 unread, never read) and its dev twin ds- (0.943/0.709) took the splits
#: with the starting code to dev 0.9637/0.8270 and held-out 0.9290/0.7437 (the held-out relations floor goes down with
#: them); the final code (model codes as products, former names as aliases, appointments, sales with asides, pending
#: purchases, world regions and process acronyms as no places) scores dev 0.9645/0.8281 and held-out 0.9295/0.7443.
#: Session 48 (2026-12-05): the blind held-out dt- (plants hit by disruption: fires, leaks, floods, strikes, closure
#: orders, force majeure, cyberattacks, recalls, repair money, fines; 0.921/0.745 unread, never read) and its dev twin
#: du- (0.888/0.680) took the splits with the starting code to dev 0.9631/0.8259 and held-out 0.9293/0.7443; the final
#: code (regulators and regions as public bodies, union locals, penalties and compensation as no investments, a plant's
#: customers, owners of whole companies as no partners, legislators' posts) scores dev 0.9652/0.8297 and held-out
#: 0.9302/0.7469.
#: Session 49 (2026-12-05): the blind held-out dv- (the energy, feedstock and utility supply of plants: PPAs, gas,
#: hydrogen, steam and water contracts, grid connections, captive power, curtailment; 0.938/0.784 unread, never read)
#: and its dev twin dw- (0.938/0.718) took the splits with the starting code to dev 0.9648/0.8279 and held-out
#: 0.9304/0.7476; the final code (supply deals and their plants, power stations and electrolysers, plants built at or
#: beside others, crowns and ranges, city officials, places on a town's side or road) scores dev 0.9658/0.8326 and
#: held-out 0.9307/0.7503.
#: Session 50 (2026-12-05): the blind held-out dx- (building and staffing plants: EPC and equipment contracts, tenders,
#: groundbreakings and topping-out, contractors replaced, financial close, hiring and training; 0.980/0.800 unread,
#: never read) and its dev twin dy- (0.904/0.667) took the splits with the starting code to dev 0.9645/0.8299 and
#: held-out 0.9318/0.7513 (with the session's largest-matching scorer); the final code (legal forms that end no
#: sentence, contracts won, awarded to consortia or given, contractors at work, financial close, roles from 'led by'
#: and 'whose') scores dev 0.9660/0.8348 and held-out 0.9331/0.7562.
#: Session 51 (2026-12-05): the blind held-out dz- (company results and what executives say about plants and money:
#: results, guidance, capital-markets days, filings, Q&A interviews, analysts' notes; 0.933/0.731 unread, never read)
#: and its dev twin ea- (0.903/0.651) took the splits with the starting code to dev 0.9654/0.8325 and held-out
#: 0.9331/0.7559; the final code (results figures that are no investments or companies, places after 'on', 'where'
#: and before their country, About-paragraph plants, boards approving money for plants, bodies offering money)
#: scores dev 0.9663/0.8377 and held-out 0.9334/0.7575.
#: Session 52 (2026-12-06): the blind held-out eb- (industrial parks, economic zones and procurement that brings local
#: plants: park tenants, land allotments, SPVs, transit tenders with local assembly, permits; 0.896/0.657 unread, never
#: read) and its dev twin ec- (0.915/0.681) took the splits with the starting code to dev 0.9657/0.8355 and held-out
#: 0.9328/0.7558; the final code (SPVs as ventures, consortium members as parties, park landlords, city halls and
#: courts as public bodies, certificates' holders as investors, anchor tenants) scores dev 0.9665/0.8379 and held-out
#: 0.9333/0.7576.
#: Session 53 (2026-12-06): the blind held-out ed- (university spin-offs, pilot and demonstration plants, first commercial
#: plants; 0.917/0.699 unread, never read) and its dev twin ee- (0.879/0.670) took the splits with the starting code to
#: dev 0.9653/0.8356 and held-out 0.9330/0.7564; the final code (funding rounds' leads and parts, term sheets, administrators'
#: firms, professors and rectors, surnames taken for places, lower-case industrial estates) scores dev 0.9671/0.8382 and
#: held-out 0.9335/0.7578.
#: Session 54 (2026-12-06): the blind held-out ef- (agricultural processing, farmer co-operatives and agri-food logistics;
#: 0.905/0.686 unread, never read) and its dev twin eg- (0.927/0.631) took the splits with the starting code to
#: dev 0.9665/0.8352 and held-out 0.9330/0.7565; the final code (roundup country tags, About
#: paragraphs' plants, co-operatives' names and officers, agri-food plant kinds, spin-offs' universities) scores dev
#: 0.9676/0.8394 and held-out 0.9335/0.7576.
#: Session 55 (2026-12-06): the blind held-out eh- (water, wastewater and waste infrastructure; 0.920/0.680 unread,
#: never read) and its dev twin ei- (0.927/0.725) took the splits with the starting code to dev 0.9669/0.8377 and
#: held-out 0.9333/0.7563, so the held-out relations floor drops by a thousandth with the harder corpus; the final code
#: (utilities' works, unions' talks with management, contracts awarded and orders won, names cut or taken for people)
#: scores dev 0.9677/0.8407 and held-out 0.9333/0.7567.
#: Session 56 (2026-12-06): the blind held-out ej- (shipbuilding, ship repair and naval procurement; 0.935/0.663
#: unread, never read) and its dev twin ek- (0.946/0.741) took the splits with the starting code to dev 0.9674/0.8394
#: and held-out 0.9334/0.7553; the final code (yards named as their companies, navies and consortia, administration
#: sales, share subscriptions, holdings that run) scores dev 0.9686/0.8451 and held-out 0.9344/0.7606 (ej- 0.955/0.762).
#: Session 57 (2026-12-06): the blind held-out el- (aviation maintenance and airport infrastructure; 0.950/0.670
#: unread, never read) and its dev twin em- (0.920/0.671) took the splits with the starting code to dev 0.9680/0.8431
#: and held-out 0.9347/0.7593; the final code (MROs and airports, Q&A interviews' 'we', roundup items past run-in
#: headings, short forms the model took for products, places taken for people, a plant's cost as its owner's, buyers
#: taking a share of a plant's output, loan talks as no partnership) scores dev 0.9693/0.8472 and held-out 0.9364/0.7641
#: (el- 0.978/0.790).
#: Session 58 (2026-12-06): the blind held-out en- (industrial accidents, disputes and litigation; 0.928/0.814 unread,
#: never read) and its dev twin eo- (0.966/0.790) took the splits with the starting code to dev 0.9693/0.8468 and
#: held-out 0.9363/0.7648; the final code (insurers' payouts, damages and money paid to a party as no investments, a
#: consortium as its project company, prosecutors and tribunals as bodies, customers moving their business, plants
#: damaged and replaced) scores dev 0.9697/0.8497 and held-out 0.9363/0.7656 (en- 0.928/0.824).
#: Session 59 (2026-12-06): the blind held-out ep- (railways, metros and rolling stock; 0.938/0.750 unread) and
#: er- (textile, apparel and footwear supply chains; 0.920/0.726 unread), both never read, and their dev
#: twins eq- (0.880/0.659) and es- (0.920/0.734) took the splits with the starting code to dev
#: 0.9682/0.8465 and held-out 0.9361/0.7648; the final code (dissolved ventures, public bodies' names
#: the model cuts short, names joined by '&', interview answers, land allotted for a plant, firms engaged for work)
#: scores dev 0.9707/0.8517 and held-out 0.9375/0.7677 (ep- 0.938/0.778, er- 0.934/0.780).
#: Session 60 (2026-12-06): the blind held-out et- (power generation, grids and electricity deals;
#: 0.929/0.640 unread, never read) and its dev twin eu- (0.908/0.684) took the splits with
#: the starting code to dev 0.9699/0.8497 and held-out 0.9374/0.7658; the final code (capacities no part
#: of names, project companies, land granted by public bodies, Spanish and Colombian names) scores dev
#: 0.9714/0.8528 and held-out 0.9384/0.7675 (et- 0.929/0.636).
#: Session 61 (2026-12-07): the blind held-out ev- (mining, mine development, licences and royalties;
#: 0.959/0.733 unread, never read) and its dev twin ew- (0.973/0.733) took the splits with the
#: starting code to dev 0.9714/0.8514 and held-out 0.9387/0.7670; the final code (places at a bearing
#: from a town, lenders in loan talks, royalties bought, unions, ventures named after both partners, legal forms
#: ending sentences) scores dev 0.9718/0.8540 and held-out 0.9388/0.7685 (ev- 0.959/0.754).
#: Session 62 (2026-12-07): the blind held-out ex- (textiles, apparel, footwear and consumer-goods factories;
#: 0.927/0.841 unread, never read) and its dev twin ey- (0.906/0.724) took the splits with the starting
#: code to dev 0.9712/0.8525 and held-out 0.9387/0.7693; the final code (cotton clusters and ventures to be
#: called a name, textile exporters' currencies, approving boards, ventures set up to invest, towns before their
#: regions, regencies) scores dev 0.9720/0.8552 and held-out 0.9390/0.7702 (ex- 0.927/0.854).
#: Session 63 (2026-12-07): the blind held-out ez- (telecoms networks, towers, fibre and subsea cables;
#: 0.966/0.755 unread, never read) and its dev twin fa- (0.930/0.701) took the splits with the
#: starting code to dev 0.9715/0.8538 and held-out 0.9394/0.7700; the final code (telecoms words and
#: descriptors, ventures' splits and talks' terms as no second partnership, sellers set off by name, companies
#: named only for a thing) scores
#: dev 0.9722/0.8565 and held-out 0.9399/0.7726 (ez- 0.966/0.785).
#: Session 64 (2026-12-07): the blind held-out fb- (aerospace and defence manufacturing; 0.939/0.765
#: unread, never read) and its dev twin fc- (0.960/0.828) took the splits with the starting code to dev
#: 0.9721/0.8561 and held-out 0.9399/0.7725; the final code (plants counted after towns, company short forms
#: the model took for a person or a place, orders, contracts held by a named party, portfolios as their
#: ministries, grant agreements, sovereign funds, regions by their style) scores dev 0.9724/0.8579 and
#: held-out 0.9400/0.7745 (fb- 0.939/0.776).
#: Session 65 (2026-12-07): the blind held-out fd- (pharmaceutical and contract manufacturing; 0.921/0.728
#: unread, never read), its dev twin fe- (0.959/0.827) and the blind dev fg- (water and waste; 0.927/0.704) and
#: fh- (an ordinary fortnight; 0.910/0.759) took the splits with the starting code to dev 0.9711/0.8546 and
#: held-out 0.9397/0.7739; the final code ('For X,' sentences, sale talks, public buyers, Chinese and French
#: short names, second surnames, legal forms, misparsed relative clauses, plants planned for a town or next door,
#: bonds and upfront payments as no investment) scores dev 0.9725/0.8586 and held-out 0.9403/0.7756 (fd-
#: 0.921/0.735).
#: Session 66 (2026-12-07): the blind held-out fi- (cement and building materials; 0.900/0.789 unread, never
#: read), its dev twin fj- (0.938/0.782) and the blind dev fk- (glass and packaging; 0.946/0.749) took the splits
#: with the starting code to dev 0.9719/0.8565 and held-out 0.9398/0.7758; the final code (towns that say where a
#: company is from, names with particles, coined words and lower-case Czech words, acronyms set off before a name,
#: defined terms, universities, bodies every state has, mayors' councils, retiring predecessors, officers who
#: speak for the story's company, capex guidance and unit sales as no investment) scores dev 0.9738/0.8597 and
#: held-out 0.9404/0.7771 (fi- 0.900/0.789).
#: Session 67 (2026-12-07): the blind held-out fl- (tyres and rubber; 0.967/0.779 unread, never read) and the blind
#: dev fm- (steel service centres and fabrication; 0.986/0.777) and fn- (furniture and wood; 0.985/0.854) took the
#: splits with the starting code to dev 0.9741/0.8588 and held-out 0.9407/0.7771; the final code (two supply or
#: licence deals in a sentence, each union in talks, loans a bank signs, sentences reported about a named company,
#: ventures' deals besides their owners, investors alongside each other, budgets, can plants, reported prices,
#: analysts' estimates, plants a clause says another company builds, service centres, Portuguese town councils)
#: scores dev 0.9741/0.8623 and held-out 0.9409/0.7791 (fl- 0.967/0.779).
#: Session 68 (2026-12-07): the blind held-out fo- (cables and wires; 0.944/0.751 unread, never read) and the blind
#: dev fp- (ceramics and sanitaryware; 0.895/0.655) and fq- (bicycles and e-bikes; 0.897/0.759) took the splits with
#: the starting code to dev 0.9726/0.8593 and held-out 0.9409/0.7787; the final code (names cut short at particles,
#: dashes, commas and lower-case Czech words, people taken for bodies, towns' short names, their venture, recognised
#: unions, land and quarries bought, a line's customer, 'them' we negotiate with, contracts that run to a year,
#: state aid contributed by a ministry, revolving facilities, stakes valued) scores dev 0.9745/0.8652 and held-out
#: 0.9409/0.7794 (fo- 0.944/0.751).
FLOORS = {
    "dev": {"entities": 0.974, "relations": 0.865},
    "heldout": {"entities": 0.940, "relations": 0.779},
}


def test_gold_files_are_valid():
    """corpus/verify_gold.py: well-formed, grounded in the article text, and the corpus is big enough."""
    result = subprocess.run([sys.executable, str(CORPUS / "verify_gold.py")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    splits = [json.loads(path.read_text(encoding="utf-8"))["split"] for path in GOLD]
    assert len(GOLD) >= 40 and splits.count("heldout") * 4 >= len(GOLD)


def test_extraction_quality_against_gold():
    """`kg eval corpus/`: regression floors a little under the last measured scores (README, "Evaluation")."""
    report = evaluate(CORPUS)
    print(report.table())
    assert not report.failed
    scores = {split: report.summary(split) for split in ("dev", "heldout")}
    for split, floors in FLOORS.items():
        for category, floor in floors.items():
            assert scores[split][category].f1 >= floor, (split, category, scores[split][category].as_dict())


@pytest.mark.parametrize("name", ["organizations", "people", "plants", "investments", "partnerships", "products"])
def test_contract_queries_on_the_corpus(corpus_graph, name):
    rows = corpus_graph.query(name).records()
    assert len({r["source"] for r in rows}) >= (2 if name == "products" else 3), f"{name} finds facts in several articles"


def test_evidence_reachable_for_every_fact(corpus_graph):
    facts = corpus_graph.query(
        "SELECT DISTINCT ?fact WHERE { ?fact a ?cls . VALUES ?cls { <https://w3id.org/industry-kg/ontology#Plant> "
        "<https://w3id.org/industry-kg/ontology#Investment> <https://w3id.org/industry-kg/ontology#Partnership> "
        "<https://w3id.org/industry-kg/ontology#Role> } }").records()
    assert facts
    for fact in facts:
        assert corpus_graph.query("evidence", {"fact": fact["fact"]}).rows, fact


@pytest.mark.browser
def test_corpus_network_draws_in_chromium(corpus_graph, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    path = corpus_graph.write_html(tmp_path / "network.html")
    total = corpus_graph.networkx().number_of_nodes()
    expected = min(total, DEFAULT_MAX_NODES)  # a corpus past the cap draws its most connected nodes and says so
    errors = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-kg-ready='true']", state="attached", timeout=60_000)
        drawn = int(page.get_attribute("body", "data-kg-nodes"))
        positions = int(page.get_attribute("body", "data-kg-positions"))
        notice = page.inner_text("body")
        page.screenshot(path=str(tmp_path / "corpus.png"))
        browser.close()
    assert errors == []
    assert drawn == positions == expected > 20
    assert total <= DEFAULT_MAX_NODES or f"{total - DEFAULT_MAX_NODES:,} hidden" in notice


def test_hard_wrapped_articles_score_as_their_originals(tmp_path):
    """Dev articles hard-wrapped at 64-90 characters, as a PDF, e-mail or plain-text wire pastes them, lose (almost)
    nothing: before kg.layout joined wrapped lines, wrapping took relations F1 on the corpus from 0.80 to 0.32."""
    import textwrap

    sample = [path for path in GOLD if json.loads(path.read_text(encoding="utf-8"))["split"] == "dev"][::8]
    for name, width in (("original", None), ("wrapped", 64)):
        folder = tmp_path / name
        (folder / "articles").mkdir(parents=True)
        (folder / "gold").mkdir()
        for n, gold in enumerate(sample):
            shutil.copy(gold, folder / "gold")
            article = CORPUS / "articles" / f"{gold.stem}.md"
            _, front_matter, body = article.read_text(encoding="utf-8").split("---\n", 2)
            if width:
                wrap_at = width + 8 * (n % 4)
                body = "\n".join(textwrap.fill(line, wrap_at, break_long_words=False) for line in body.split("\n"))
            (folder / "articles" / article.name).write_text(f"---\n{front_matter}---\n{body}", encoding="utf-8")
    original, wrapped = (evaluate(tmp_path / name).summary("dev") for name in ("original", "wrapped"))
    print(f"\n{len(sample)} articles: original {original['relations'].f1:.3f}, wrapped {wrapped['relations'].f1:.3f}")
    assert wrapped["entities"].f1 >= original["entities"].f1 - 0.01
    assert wrapped["relations"].f1 >= original["relations"].f1 - 0.02
