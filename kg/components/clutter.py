"""``kg_clutter``: marks navigation lines, captions, bylines and photo credits, which are not article facts."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.attributes import CLUTTER, document_text, register_extensions

DEFAULT_PREFIXES = [
    "read more", "read also", "also read", "related", "see also", "recommended", "more on this",
    "sign up", "subscribe", "advertisement", "advt", "photo", "photograph", "image", "picture", "pictured",
    "caption", "credit", "copyright", "click here", "follow us", "share this", "watch",
    "reporting by", "additional reporting", "editing by", "writing by", "compiled by",
    "media contact", "media contacts", "press contact", "press contacts", "media enquiries", "media inquiries",
    "press enquiries", "press inquiries", "investor contact", "investor contacts", "contact", "contacts", "inquiries", "enquiries",
    "translated from", "translated by", "translation by",
    "forwarded this", "was this forwarded", "this issue is sponsored", "this newsletter is sponsored", "this email is sponsored", "sponsored", "you are receiving", "you're receiving", "manage your subscription", "update preferences", "view in browser", "view this email",
    "skip to", "we use cookies", "we value your privacy", "this site uses cookies", "this website uses cookies", "accept all",
    "social sharing", "share:", "share on", "tags:", "topics:", "explore more on", "filed under", "continue reading",
    "this article is for subscribers", "already a subscriber", "already subscribed", "log in", "sign in", "register now",
    "upcoming webinar", "newsletter:", "catch all the", "stocks mentioned", "disclaimer", "about the author",
    "updated", "last updated", "first published", "listen to this article", "report typo", "©", "all rights reserved",
    "published", "share", "save", "read next", "suggested topics", "our standards", "gift this article",
    "have a confidential tip", "get the latest", "video", "written by", "author:", "enter your email", "get our",
    "never miss", "view comments", "join the discussion", "about us", "keywords:", "categories:", "by continuing",
    "manage cookies", "cookie settings", "cookie policy", "accept cookies", "to continue reading", "register for free",
    "promoted", "partner content", "you have reached", "free articles",
    "for immediate release", "embargoed", "not for publication", "not for release", "notes to editors", "note to editors",
    "rns number", "this announcement contains inside information", "the person responsible for",
    "this information is provided by", "to whom it may concern", "name of representative",
    "securities code", "cin:", "regd. office", "registered office:", "registered in england", "reg. no", "registration no",
    "company no", "company number", "tel:", "tel.:", "phone:", "fax:", "email:", "e-mail:", "website:", "scrip code",
    "symbol:", "isin:", "ticker:", "lei:", "to,", "the listing department", "sub:", "ref:", "dear sir", "dear madam",
    "dear shareholder", "yours faithfully", "yours sincerely", "thanking you", "sd/-", "membership no", "encl",
    "for further information", "investor relations:", "media relations:", "spokesperson:", "spokesman:", "spokeswoman:", "contact person:",
]
#: A line that opens a list of other stories, links or readers' comments: the lines under it, up to the next blank
#: line, are the page around the story ('Most viewed', 'Trending Now', 'More from Wire', 'Comments (41)').
DEFAULT_LIST_HEADINGS = [
    "most viewed", "most read", "most popular", "most shared", "popular now", "popular in", "popular on", "trending",
    "related", "more from", "more on this", "more stories", "more in", "sponsored content", "you may also like",
    "you might also like", "recommended", "latest news", "latest stories", "top stories", "editor's picks", "don't miss",
    "in other news", "comments", "reader comments", "have your say", "join the conversation",
    "about the author", "about the reporter", "join the discussion",
]
#: Of those, the headings of readers' comments: the comments run on, paragraph after paragraph, to the page's end.
COMMENT_HEADINGS = re.compile(r"^[ \t]*(?:comments|reader comments|have your say|join the conversation|join the discussion)\b[^\n]{0,60}$",
                              re.IGNORECASE | re.MULTILINE)


@Language.factory(
    "kg_clutter",
    default_config={"prefixes": DEFAULT_PREFIXES, "list_headings": DEFAULT_LIST_HEADINGS, "byline_max_words": 6},
    assigns=[f"doc._.{CLUTTER}"],
)
def make_clutter(nlp: Language, name: str, prefixes: list[str], list_headings: list[str], byline_max_words: int) -> "ClutterMarker":
    register_extensions()
    return ClutterMarker(prefixes, list_headings, byline_max_words)


MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
UPPER = "[" + "".join(re.escape(chr(c)) for c in range(0x41, 0x250) if chr(c).isupper()) + "]"  # Latin capitals: 'WROCŁAW'
CAPITALS = rf"{UPPER}(?:{UPPER}|[.'’]|-(?={UPPER}))*(?: {UPPER}(?:{UPPER}|[.'’]|-(?={UPPER}))*){{0,3}}"
#: What a wire flash opens with ('BREAKING: CASTELLAN MOTORS SAYS IT WILL NOT BUILD ...'): no dateline's place.
FLASH_WORDS = r"(?:BREAKING(?: NEWS)?|FLASH|URGENT|ALERT|JUST IN|EXCLUSIVE|DEVELOPING)"
#: What an e-mail's first line opens with ('FYI - see below', 'FW: ...'): no dateline's place either.
MAIL_WORDS = r"(?:FYI|FW|FWD|RE|NB|PS|ICYMI|ATTN|CC|TL;DR)"
#: 'HOUSTON--(BUSINESS WIRE)--', 'OULU, Finland, March 10, 2027 (GLOBE NEWSWIRE) --', 'OSLO, Nov 4 (Reuters) -',
#: 'KUALA LUMPUR (Dec 3):', 'MUMBAI/TOKYO:', 'MUSCAT - ', 'RABAT, 20 November 2025 - ', 'KAMENZ. ' (German papers): the places (kept: the story happens there) and the date and wire service
#: (clutter) opening a release or a wire story.
DATELINE = re.compile(
    rf"\s*(?![AI] )(?!{FLASH_WORDS}\b|{MAIL_WORDS}\b)(?P<where>{CAPITALS}(?:(?:,? and |/){CAPITALS})*(?:, (?:the )?[A-Z](?:[\w.'’]|-(?=\w))*(?: [A-Z](?:[\w.'’]|-(?=\w))*){{0,2}})?)"
    rf"(?P<stamp>(?:,? {MONTH} \d{{1,2}}(?:, \d{{4}})?)?\s*(?:--\s*\([^()\n]{{2,40}}\)\s*--|/[^/\n]{{2,40}}/\s*(?:--|[-–—])|"
    rf"\([^()\n]{{2,40}}\)\s*(?:--|[-–—]|:)|\s*--|:)|, (?:{MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {MONTH}(?: \d{{4}})?)\s*(?:--|[-–—])"
    rf"| [-–—](?= )|(?<={UPPER}{UPPER}{UPPER})\.(?= [A-Z][a-z]))"
)
#: 'Ramos Arizpe, Coahuila.- ': the dateline of Spanish- and Portuguese-language papers, in the case of the story, which
#: their translations keep.
LATIN_DATELINE = re.compile(r"\s*(?P<where>[A-ZÁÉÍÓÚÑÇ][\w'’-]+(?: (?:de |del |do |da |dos |das |la |el )?[A-ZÁÉÍÓÚÑÇ][\w'’-]+){0,3}"
                            r"(?:, [A-ZÁÉÍÓÚÑÇ][\w'’-]+(?: [A-ZÁÉÍÓÚÑÇ][\w'’-]+){0,2})?)(?P<stamp>\.-[ \t]?)")
#: '(NYSE: CPLY)', '(Nasdaq Helsinki: VASKO)', '(ETR: LQC; SIX: LQN)': where a company's shares trade, not a party.
TICKER = re.compile(r"\((?:[A-Z][\w.&'’ ]{0,30}?:\s*[A-Z0-9][A-Z0-9.-]{0,9}(?:[;,]\s*)?)+(?:\)|(?<=;)|(?<=; ))")  # or
# '(TSE Prime: 4599; hereinafter "Sakuragi")': the ticker before the defined terms
#: The words that open a release's definition in brackets: '(hereinafter referred to as "the Company")'.
HEREINAFTER = r"(?:hereinafter|hereafter)(?: referred to as)?,? "
#: '("Calder" or the "Company")', '(hereinafter "KFM")': a release's defined terms.
DEFINED_TERM = re.compile(rf"\((?:{HEREINAFTER})?(?:the )?[\"“][^\"”\n]{{1,40}}[\"”](?:\s*(?:,|or|and)\s*(?:the )?[\"“][^\"”\n]{{1,40}}[\"”])*\)")
#: 'About Calder Polymers' and 'Forward-Looking Statements' headings, and the paragraph under each: a release's
#: boilerplate, the same in every release of the company, not the news.
BOILERPLATE = re.compile(
    r"^(?:About (?=(?:\S+[ \t]+){0,7}\S+[ \t]*\n)(?!the )[A-Z][^\n!?]{0,80}|"  # a short heading, 'Pte. Ltd.' included; not a
    # notice's 'About the Applicant', its part of the story
    r"(?:Forward[- ]looking statements?|Cautionary (?:note|statement)s?|Safe harbou?r(?: statement)?)"
    r"[^\n.!?]{0,60})[ \t]*\n(?:[ \t]*\n)*[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


def about_paragraphs(text: str) -> list[tuple[int, int]]:
    """A release's 'About X' heading and paragraph: boilerplate for the news, yet where it lists the company's plants by
    town ('operates six plants in Brazil, in Jundiaí, ...') it tells where they stand."""
    return [m.span() for m in BOILERPLATE.finditer(text) if m.group(0)[:6].lower() == "about "]


#: A web page's menus, share bars, tickers and footers, pasted with the story: a line of three or more short items
#: between bars ('News | Business | Politics', 'Share | Post | Email | 41 comments'), or of two ('Newsletter | Subscribe').
#: Not a profile's headline under a name, whose first item is a post ('CEO at Stalprofil S.A. | Board member | Speaker').
MENU = re.compile(r"^[ \t]*(?![^|\n]{0,40} at [A-Z])[^\s|][^|\n]{0,40}(?:[ \t]\|[ \t]*[^|\n]{1,40}){1,}[ \t]*$"
                  r"|^[ \t]*[^\s·•][^·•\n]{0,30}(?:[ \t][·•][ \t]*[^·•\n]{1,30}){2,}[ \t]*$", re.MULTILINE)  # or between dots
#: A press release's contact lines ('Halden Communications (Financial PR) galloway@haldencomms.example.com') and its end
#: mark ('ENDS', '-30-', '###').
CONTACT_LINE = re.compile(r"^(?=[^\n]{0,120}$)[^\n]*[\w.+-]+@[\w-]+\.[\w.-]+[^\n]*$"
                          r"|^[ \t]*(?:-*[ \t]*(?:ENDS?|Ends?)[ \t]*-*|#{3}|-30-)[ \t]*$", re.MULTILINE)
#: 'By Jonas Eckert and Thea Brandl in Frankfurt', 'By Dana Whitford, CKPR News': a byline naming two or more writers.
BYLINE_NAMES = re.compile(r"^[ \t]*By [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:(?:,| and| &) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})*"
                          r"(?:(?:,| in| \||:| for)[^\n]{0,60})?$", re.MULTILINE)
#: What a machine translation says of itself: 'Translated from Korean by Google', '[This article is translated by the
#: machine translation. ...]', 'Translated with DeepL', 'Original title: ...', alone on its line or after a menu.
_TRANSLATION_NOTE = (r"[\[※*]?(?:This (?:article|text|page|story|news) (?:is|was|has been) (?:\w+ ){0,2}translat(?:ed|ion)|(?:Machine|Automatically|Auto)[- ]translated"
                     r"|Translated (?:from|by|with|automatically|using)|Original (?:title|text|article|version|language)[ \t]*:)[^\n]*")
TRANSLATION_NOTE = re.compile(rf"^[ \t]*{_TRANSLATION_NOTE}$", re.MULTILINE | re.IGNORECASE)
#: '(Reporter: Economy Department)', '(Editor in charge: Liu Fang)': the desk's credit in brackets closing a story; not a
#: transcript's 'REPORTER: ...' question, which is the story.
BRACKETED_CREDIT = re.compile(r"^[ \t]*\((?:Reporters?|Editor(?: in charge)?|Reporting|Writer|Text)[ \t]*:[^()\n]*\)[ \t]*$", re.MULTILINE)
#: 'Business > Industry > Manufacturing', 'Home / News / Companies': where the page sits on its site.
BREADCRUMB = re.compile(r"^[ \t]*[\w'’&-]+(?: [\w'’&-]+){0,3}(?: (?:>|/|›|») [\w'’&-]+(?: [\w'’&-]+){0,3}){1,5}"
                        rf"(?:[ \t]{{2,}}+{_TRANSLATION_NOTE})?[ \t]*$", re.MULTILINE)
#: 'An artist's impression of the planned plant. Photograph: Halvergate Metals': a caption ending in its credit.
CAPTION = re.compile(r"^[^\n]*\b(?:Photograph|Photo|Picture|Image|Illustration)(?::| by) [^\n.]{1,60}\.?[ \t]*$", re.MULTILINE)
#: 'Item 1 of 3 A worker walks past the plant. REUTERS/X Purchase Licensing Rights, opens new tab', '2 hours ago': a
#: wire site's gallery captions, links and time stamps.
SITE_LINE = re.compile(r"^[^\n]*(?:, opens new tab|Purchase Licensing Rights|delivered to your inbox)[^\n]*$|"
                       r"^[ \t]*(?:Item \d+ of \d+|\[\d+/\d+\])[^\n]*$|^[ \t]*\d+ (?:minutes?|hours?|days?|mins?|hrs?) ago[ \t]*$",
                       re.IGNORECASE | re.MULTILINE)
#: A live page's time stamps and entry furniture on lines of their own: '14:32 GMT', '9.05am BST', 'Updated 16:02 CET',
#: '2h ago', '15:05 CET - Correction', 'Pinned', 'Key event', 'BREAKING': when an entry was posted, no name ('GMT' is
#: no company).
TIME_ZONES = ("GMT|BST|UTC|CET|CEST|EET|EEST|WET|WEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|IST|JST|KST|HKT|SGT|AEST|AEDT|"
              "AWST|NZST|NZDT|WIB|ICT|PHT|MSK|SAST|WAT|EAT|GST|BRT|ART|MEZ|MESZ|TRT|PKT")
_CLOCK = rf"\d{{1,2}}[:.]\d{{2}}(?:[ \t]?[aApP]\.?[mM]\.?)?(?:[ \t]?(?:{TIME_ZONES})(?:[+-]\d{{1,2}})?|[ \t]local time)?"
LIVE_STAMP = re.compile(
    rf"^[ \t]*(?:(?:Updated|Posted|Published|Last updated)[ \t]+(?:at[ \t]+)?)?(?:{_CLOCK}|\d{{1,3}}[ \t]?[hm](?:in|rs?)?[ \t]ago)"
    r"(?:,?[ \t]+(?:\d{1,2}[ \t]+)?[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{1,2})?(?:,?[ \t]+\d{4})?)?(?:[ \t]*(?:[-–—|:]|by)[ \t]*[A-Z][\w'’-]+(?: [A-Za-z][\w'’-]+){0,2})?[ \t]*$"
    r"|^[ \t]*(?:Pinned(?: post)?|Key event|Breaking(?: news)?|BREAKING(?: NEWS)?|Live|LIVE|Just in|JUST IN|Just now|Moments ago)[ \t]*:?[ \t]*$",
    re.MULTILINE)
#: '... misstated the grant as €32 million; it is €22 million': the right figure, after the wrong one.
CORRECTED_FIGURE = re.compile(r";|\bit is\b|\bis in fact\b|\bthe (?:correct|right|actual) (?:figure|amount|sum)\b|\bshould have\b|\bwhereas\b",
                              re.IGNORECASE)


#: 'Earlier we reported the plant would cost €1.8bn', 'an earlier version of this story gave the figure as $40m': the
#: page's own figure, since corrected, and '€2.1bn, not €1.8bn as previously reported': no investment.
MISREPORTED = re.compile(r"\b(?:(?:earlier|previously),? we(?: had)?(?: incorrectly| wrongly| mistakenly)? (?:reported|said|wrote|stated)|"
                         r"we (?:had )?(?:earlier |previously )?(?:incorrectly|wrongly|mistakenly|erroneously) (?:reported|said|wrote|stated)|"
                         r"(?:an|our|the|a) (?:earlier|previous) (?:version|report|story|entry|post)(?: of this (?:article|story|post|report|entry|blog))?|"
                         r"in (?:our|an|the) (?:\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)?|earlier|previous|first) (?:entry|post|update|report)|"
                         r"at \d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)?,? we (?:wrote|reported|said|stated)|"
                         r"(?:was|were|had been) (?:incorrectly|wrongly|mistakenly|erroneously) (?:reported|given|stated))\b", re.IGNORECASE)
AS_MISREPORTED = re.compile(r"\s*,?\s*(?:as|which was|which had been) (?:previously|earlier|originally|initially|first|incorrectly|wrongly|mistakenly) "
                            r"(?:reported|stated|said|given)\b", re.IGNORECASE)


#: The attendance lists of minutes ('Present: Councillor Mark Hughes (Chair); Councillors ...', 'Apologies: ...', 'Attest:
#: Lisa Mims, County Clerk') and the moving and seconding of motions: who sat in the meeting, not who took part in the news.
ATTENDANCE = re.compile(r"^[ \t]*(?:(?:Members |Also |Officers )?[Pp]resent|(?:Also )?[Ii]n attendance|Apologies(?: for absence)?|Absent|"
                        r"Officers|Attest|Attendees|Members)[ \t]*:[^\n]*$|"
                        r"\b(?:Motion|Moved|Proposed) by [^,;\n]{1,60}[,;] second(?:ed)? by [^,;.\n]{1,60}", re.MULTILINE)


#: A broadcast script's production lines: the story's slug and the bulletin line, stage directions in capitals and
#: brackets ('[ANCHOR ON CAM]', '[PKG - REPORTER V/O] [0:10]'; not an editor's note '[Meera Vardhan is the chairperson
#: ...]'), running times ('[0:44]') and the cue word before a sound clip's speaker ('SOT: KEVIN OH, PLANT MANAGER', whose
#: name stays): instructions to the studio, not the story read on air.
BROADCAST_CUE = re.compile(r"^[ \t]*(?:(?:SLUG|BULLETIN)[ \t]*:[^\n]*|(?:\[[^\]\na-z]{1,120}\][ \t]*)+)$"
                           r"|^[ \t]*(?:SOT|SUPER|GFX|CG|VO|NATS?)(?:/[A-Z]+)?[ \t]*:|\[\d{1,2}:\d{2}\]", re.MULTILINE)
#: An e-mail's furniture: its headers (two lines at least: one 'Date:' line can open a story), the forwarding and reply
#: markers ('---------- Forwarded message ---------', 'On Tue, 4 Mar 2025 at 09:12, Anna Berg <...> wrote:'), a sender's
#: disclaimer.
EMAIL_HEADER = re.compile(r"^[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Original Message)[ \t]*-{2,}|Begin forwarded message:|"
                          r"(?:(?:From|To|Cc|Bcc|Sent|Date|Subject|Reply-To)[ \t]*:[^\n]*\n[ \t]*){1,6}(?:From|To|Cc|Bcc|Sent|Date|Subject|Reply-To)[ \t]*:[^\n]*|"
                          r">?[ \t]*On [^\n]{5,160} wrote:|"
                          r"(?:The information in this e-?mail|This e-?mail and any attachments|This message and any attachments)[^\n]*)[ \t]*$",
                          re.MULTILINE | re.IGNORECASE)
#: Where a forwarded e-mail starts: what comes before is the forwarder's own note ('FYI - see below. Tomas').
FORWARDED = re.compile(r"^[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Original Message)[ \t]*-{2,}|Begin forwarded message:)", re.MULTILINE | re.IGNORECASE)
FORWARDER_NOTE_CHARS = 600
#: A correspondent's note from greeting to signature ('Hi Dara, / Confirmed: the final figure is €140m ... / Lisa'), up
#: to 600 characters.
PERSONAL_NOTE = re.compile(r"^[ \t]*(?:Hi|Hello|Hey|Dear|Morning|Good morning|Good afternoon)\b[^\n]{0,40}$"
                           r"(?:\n(?![ \t]*(?:Hi|Hello|Dear)\b)[^\n]*){1,12}?"
                           r"\n[ \t]*(?:(?:Best|Thanks|Cheers|Regards|Kind regards|Best regards|Many thanks|BR)[,!.]?[ \t]*\n)?[A-Z][a-z]+[ \t]*$",
                           re.MULTILINE)


@lru_cache(maxsize=4)
def email_furniture(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of an e-mail's header block and markers, the forwarder's note above a forwarded message and the
    correspondents' notes from greeting to signature: the chatter around the release, not the news in it. The lines a
    reply quotes stay: a thread quotes the release as often as small talk. Read once per text, though the clutter marker
    and every dateline lookup ask."""
    spans = [m.span() for m in EMAIL_HEADER.finditer(text)]
    if spans:
        spans += [m.span() for m in PERSONAL_NOTE.finditer(text) if m.end() - m.start() <= FORWARDER_NOTE_CHARS]
    if (forwarded := FORWARDED.search(text)) is not None and forwarded.start() <= FORWARDER_NOTE_CHARS:
        spans.append((0, forwarded.start()))
    return tuple(spans)


def misreported_span(sentence: str) -> tuple[int, int] | None:
    """Where a sentence tells what the page got wrong: from after 'Earlier we reported' or 'at 10:40 we wrote' to the
    correction ('; it is €22 million') or the sentence's end; the figures and places in it are no facts."""
    told = MISREPORTED.search(sentence)
    if told is None:
        return None
    corrected = CORRECTED_FIGURE.search(sentence, told.end())
    return told.end(), corrected.start() if corrected else len(sentence)
#: How closely a reader is connected to someone on a professional network ('Lars Kvist • 1st').
CONNECTION_DEGREE = r"(?:1st|2nd|3rd\+?)"
_ENGAGEMENT = (r"[\d.,]+[KkMm]?[ \t]*(?:reactions?|comments?|reposts?|retweets?|quotes?|likes?|bookmarks?|views?|shares?|"
               r"followers?|following|upvotes?|points?|replies|reply|subscribers?|members?|impressions?)")
#: One item of that furniture, taken whole (an atomic group: the first alternative that fits is the item), so a line
#: that is not furniture fails in linear time; counts with their words before bare numbers, 'Replying to' before 'Reply'.
_INTERACTION = (r"(?>" + _ENGAGEMENT + "|" + CONNECTION_DEGREE + r"|\d+ ?(?:mins?|hrs?)|\d+[smhdwy]|[\d.,]+[KkM]?|Replying to(?: @[\w.]+)+|"
                r"Like|Reply|Repost|Share|Send|Comment|Follow|Connect|Message|Edited|Author|Pinned|Promoted|Translate post|"
                r"See translation|Show translation|Most relevant|Most recent|Top comments|Newest|Show more replies|Show this thread|"
                r"Load more comments|View (?:\d+ )?(?:more )?(?:replies|comments))")
#: What parts two items: spaces, a dot or a bar, never nothing.
_BETWEEN_ITEMS = r"(?:[ \t]++(?:[·•|][ \t]*+)?|[·•|][ \t]*+)"
#: A social network's furniture around a post: 'Like · Reply · 28 · 1h', '312 Reposts  41 Quotes  1,870 Likes',
#: '48,213 followers', 'Translate post', 'Most relevant ▾', a line of hashtags, a post's '…see more'.
SOCIAL_LINE = re.compile(
    rf"^[ \t]*+{_INTERACTION}(?:{_BETWEEN_ITEMS}{_INTERACTION})*+[ \t]*+[·•▾▼]?[ \t]*+$"
    r"|^[ \t]*+#\w++(?:[ \t,]++#\w++)*+[ \t]*+$|(?:…|\.\.\.)[ \t]*+(?:see|read|show)? ?more[ \t]*+$",
    re.IGNORECASE | re.MULTILINE)
#: 'This article was amended on 11 March 2025. An earlier version gave the grant as £24m.': the figure corrected
#: is no fact, and the story above already gives the right one.
AMENDED = re.compile(r"^[ \t]*(?:This (?:article|story|piece) (?:was|has been) (?:amended|corrected)|An earlier version of this)[^\n]*$",
                     re.IGNORECASE | re.MULTILINE)


#: A roundup's section heading on a line of its own ('Solar', 'Cables'): a topic, not a name in a sentence.
HEADING = re.compile(r"(?<=\n\n)[A-Z][^\W\d]*(?:[ \t][A-Za-z&][^\W\d]*){0,2}[ \t]*(?=\n\n)")


#: The story's first paragraph on a pasted page, after the menus, banners and headline lines above it.
FIRST_PARAGRAPH = re.compile(r"^[^\n]{120,}", re.MULTILINE)
#: '(Recasts with company confirmation; adds governor's comment in paragraph 7)', '(Adds analyst comment, paragraph
#: 5)', 'This article has been updated with the companies' statement': a desk's note on what an update changed, above
#: the story's dateline, and a flash in capitals above the story that tells it again; they state no fact of their own.
UPDATE_NOTE = re.compile(r"^[ \t]*\((?:Recasts|Adds|Updates|Corrects|Changes|Rewrites|Refiles|Repeats|Removes|Fixes|Clarifies|"
                         r"Releads|Writes through|Inserts|Deletes|Moves|Combines|Advances|Tops)\b[^\n]*\)[ \t]*$"
                         r"|^[ \t]*This (?:article|story|post|page|report) (?:has been|was) updated\b[^\n]*$"
                         rf"|^[ \t]*{FLASH_WORDS}[ \t]*[:\-–—][^a-z\n]*$", re.MULTILINE)
SPACES = re.compile(r"\s*")


def dateline(text: str) -> re.Match | None:
    """The dateline opening ``text``, or opening its first paragraph ('MONTERREY, Mexico, Sept 9 (Meridian Newswire) -'
    under a page's menus and headline), if it has one."""
    begin = _after_update_notes(text, 0)
    mail = email_furniture(text)  # not a correspondent's note over a forwarded release
    first = next((line for line in FIRST_PARAGRAPH.finditer(text, begin) if not UPDATE_NOTE.match(text, line.start())
                  and not any(start <= line.start() < end for start, end in mail)), None)
    starts = [begin] if first is None or first.start() == begin else [begin, first.start()]
    return next((opening for pattern in (DATELINE, LATIN_DATELINE) for start in starts if (opening := pattern.match(text, start))), None)


def _after_update_notes(text: str, begin: int) -> int:
    """Where the text after the wire desk's update notes at ``begin`` starts."""
    while (note := UPDATE_NOTE.match(text, begin)) is not None:
        begin = SPACES.match(text, note.end()).end()
    return begin


class ClutterMarker:
    def __init__(self, prefixes: list[str], list_headings: list[str], byline_max_words: int) -> None:
        alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
        self.prefix_line = re.compile(rf"^\W*(?:{alternatives})(?:(?<=\W)|\b).*$", re.IGNORECASE | re.MULTILINE)
        headings = "|".join(re.escape(h) for h in sorted(list_headings, key=len, reverse=True))
        self.listed = re.compile(rf"^[ \t]*(?:{headings})\b[^\n]{{0,60}}$(?:\n[ \t]*\S[^\n]*)*", re.IGNORECASE | re.MULTILINE)
        self.byline = re.compile(rf"^\s*by\s+(?:\S+\s+){{0,{byline_max_words - 1}}}\S+\s*$", re.IGNORECASE | re.MULTILINE)
        self.subscription = re.compile(r"^[^\n]*\b(?:reader-supported|paid subscriber|unsubscribe)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
        self.credit = re.compile(r"^[^\n.]{1,60}/(?:AFP|Reuters|AP|Getty Images|Bloomberg|PA|EPA|Shutterstock)\s*$", re.MULTILINE)

    def __call__(self, doc: Doc) -> Doc:
        text = document_text(doc)
        ranges = [m.span() for rx in (self.prefix_line, self.byline, self.subscription, self.credit, TICKER, DEFINED_TERM,
                                      BOILERPLATE, HEADING, MENU, BREADCRUMB, CAPTION, AMENDED, SITE_LINE, BYLINE_NAMES,
                                      CONTACT_LINE, SOCIAL_LINE, TRANSLATION_NOTE, BRACKETED_CREDIT, LIVE_STAMP, UPDATE_NOTE, ATTENDANCE,
                                      BROADCAST_CUE) for m in rx.finditer(text)]
        ranges += [(m.start(), _headlines_after(text, m.end())) for m in self.listed.finditer(text)] + [*email_furniture(text)]
        if (comments := COMMENT_HEADINGS.search(text)) is not None and comments.start() > len(text) // 2:
            ranges.append((comments.start(), len(text)))  # readers' comments, in the page's second half, run to its end
        if (opening := dateline(text)) is not None:
            ranges.append(opening.span("stamp"))
        doc._.set(CLUTTER, sorted(ranges))
        return doc


def _headlines_after(text: str, start: int) -> int:
    """Where a list of headlines set one to a paragraph ends: 'Related articles', a blank line, 'Veldhoven Polymers
    opens PET flake line in Texas', a blank line, ... each a line of its own with no full stop."""
    end = start
    while (match := PARAGRAPH_LINE.match(text, end)) is not None:
        line = match.group(1).strip()
        if len(line) > 120 or line.endswith((".", "!", "?", '"', "”", ":")):
            break
        end = match.end()
    return end


#: A blank line, then a line of its own with a blank line or the end after it.
PARAGRAPH_LINE = re.compile(r"\n[ \t]*\n([^\n]+)(?=\n|$)")


def in_clutter(doc: Doc, start_char: int) -> bool:
    """Whether a character offset lies on a clutter line."""
    return any(start <= start_char < end for start, end in doc._.get(CLUTTER) or ())
