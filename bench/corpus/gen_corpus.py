#!/usr/bin/python3
"""Deterministic synthetic news corpus for scale runs of newsgraph and its peers.

Writes articles about international affairs as a real scraper would hand them over:
headline, dateline, byline, boilerplate lines ("Advertisement", "Share this article",
copyright), then paragraphs in the phrasings of wire copy: "X met Y in Geneva",
"X criticised Y over ...", "X proposed ...", "X told Reuters", "according to ...",
quotes, dates ("On March 30", "last week", "in 2019"), curly quotes and accented names.
The cast is large: some 150 real leaders and officials, 60 countries, 40 organisations,
25 treaties, 30 outlets, plus thousands of generated officials ("Deputy Foreign Minister
Anna Kowalczyk") whom no lexicon knows, so both the gazetteer and the name rules work.

Output is a pure function of (--seed, document index): the same command gives the same
bytes on any machine and Python 3 version (only random.Random with integer seeds and
choice/randrange are used), and shards can be generated independently.

  gen_corpus.py --size 100M --format jsonl --out corpus.jsonl
  gen_corpus.py --docs 5000 --format txt --out corpus-dir/      (one .txt per article)
  gen_corpus.py --size 1G --out - | newsgraph extract - -o docs.ngraph

--size accepts K, M, G suffixes (powers of 1000) and counts article text bytes (UTF-8);
generation stops after the first document that reaches it.
"""
import argparse
import json
import os
import random
import sys

# Real people with the title news copy gives them, and their country.
LEADERS = [
    ("President", "Joe Biden", "United States"), ("President", "Donald Trump", "United States"),
    ("President", "Vladimir Putin", "Russia"), ("President", "Xi Jinping", "China"),
    ("President", "Emmanuel Macron", "France"), ("Chancellor", "Olaf Scholz", "Germany"),
    ("Chancellor", "Angela Merkel", "Germany"), ("Prime Minister", "Rishi Sunak", "Britain"),
    ("Prime Minister", "Boris Johnson", "Britain"), ("Prime Minister", "Narendra Modi", "India"),
    ("President", "Volodymyr Zelensky", "Ukraine"), ("President", "Recep Tayyip Erdoğan", "Turkey"),
    ("Prime Minister", "Fumio Kishida", "Japan"), ("President", "Yoon Suk Yeol", "South Korea"),
    ("President", "Luiz Inácio Lula da Silva", "Brazil"), ("President", "Cyril Ramaphosa", "South Africa"),
    ("Prime Minister", "Justin Trudeau", "Canada"), ("Prime Minister", "Anthony Albanese", "Australia"),
    ("Prime Minister", "Giorgia Meloni", "Italy"), ("Prime Minister", "Pedro Sánchez", "Spain"),
    ("President", "Andrzej Duda", "Poland"), ("Prime Minister", "Viktor Orbán", "Hungary"),
    ("President", "Alexander Lukashenko", "Belarus"), ("Prime Minister", "Benjamin Netanyahu", "Israel"),
    ("President", "Ebrahim Raisi", "Iran"), ("Crown Prince", "Mohammed bin Salman", "Saudi Arabia"),
    ("President", "Abdel Fattah el-Sisi", "Egypt"), ("President", "Joko Widodo", "Indonesia"),
    ("President", "Andrés Manuel López Obrador", "Mexico"), ("President", "Emmanuel Macron", "France"),
    ("Prime Minister", "Shehbaz Sharif", "Pakistan"), ("President", "Kassym-Jomart Tokayev", "Kazakhstan"),
    ("President", "Ilham Aliyev", "Azerbaijan"), ("Prime Minister", "Nikol Pashinyan", "Armenia"),
    ("President", "Bola Tinubu", "Nigeria"), ("President", "William Ruto", "Kenya"),
    ("Prime Minister", "Mark Rutte", "Netherlands"), ("President", "Sauli Niinistö", "Finland"),
    ("Prime Minister", "Mette Frederiksen", "Denmark"), ("President", "Gustavo Petro", "Colombia"),
]
OFFICIALS = [
    ("Secretary of State", "Antony Blinken", "United States"), ("Foreign Minister", "Sergei Lavrov", "Russia"),
    ("Foreign Minister", "Wang Yi", "China"), ("Foreign Minister", "Dmytro Kuleba", "Ukraine"),
    ("Foreign Minister", "Annalena Baerbock", "Germany"), ("Foreign Secretary", "James Cleverly", "Britain"),
    ("Foreign Minister", "Catherine Colonna", "France"), ("Foreign Minister", "Mevlüt Çavuşoğlu", "Turkey"),
    ("Foreign Minister", "Subrahmanyam Jaishankar", "India"), ("Foreign Minister", "Yoshimasa Hayashi", "Japan"),
    ("Defence Secretary", "Lloyd Austin", "United States"), ("Defence Minister", "Sergei Shoigu", "Russia"),
    ("National Security Adviser", "Jake Sullivan", "United States"), ("Kremlin spokesman", "Dmitry Peskov", "Russia"),
    ("Foreign Minister", "Hossein Amir-Abdollahian", "Iran"), ("Foreign Minister", "Mélanie Joly", "Canada"),
    ("Foreign Minister", "Penny Wong", "Australia"), ("Foreign Minister", "Zbigniew Rau", "Poland"),
    ("Foreign Minister", "Péter Szijjártó", "Hungary"), ("Foreign Minister", "Sameh Shoukry", "Egypt"),
]
COUNTRIES = [
    ("United States", "U.S.", "Washington"), ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"),
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"), ("Britain", "British", "London"),
    ("India", "Indian", "New Delhi"), ("Ukraine", "Ukrainian", "Kyiv"), ("Turkey", "Turkish", "Ankara"),
    ("Japan", "Japanese", "Tokyo"), ("South Korea", "South Korean", "Seoul"), ("Brazil", "Brazilian", "Brasília"),
    ("South Africa", "South African", "Pretoria"), ("Canada", "Canadian", "Ottawa"),
    ("Australia", "Australian", "Canberra"), ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"),
    ("Poland", "Polish", "Warsaw"), ("Hungary", "Hungarian", "Budapest"), ("Belarus", "Belarusian", "Minsk"),
    ("Israel", "Israeli", "Jerusalem"), ("Iran", "Iranian", "Tehran"), ("Saudi Arabia", "Saudi", "Riyadh"),
    ("Egypt", "Egyptian", "Cairo"), ("Indonesia", "Indonesian", "Jakarta"), ("Mexico", "Mexican", "Mexico City"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Kazakhstan", "Kazakh", "Astana"), ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Armenia", "Armenian", "Yerevan"), ("Nigeria", "Nigerian", "Abuja"), ("Kenya", "Kenyan", "Nairobi"),
    ("Netherlands", "Dutch", "The Hague"), ("Finland", "Finnish", "Helsinki"), ("Denmark", "Danish", "Copenhagen"),
    ("Colombia", "Colombian", "Bogotá"), ("Sweden", "Swedish", "Stockholm"), ("Norway", "Norwegian", "Oslo"),
    ("Greece", "Greek", "Athens"), ("Qatar", "Qatari", "Doha"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("Georgia", "Georgian", "Tbilisi"), ("Moldova", "Moldovan", "Chișinău"), ("Serbia", "Serbian", "Belgrade"),
    ("Switzerland", "Swiss", "Bern"), ("Austria", "Austrian", "Vienna"), ("Argentina", "Argentine", "Buenos Aires"),
    ("Chile", "Chilean", "Santiago"), ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Algeria", "Algerian", "Algiers"),
    ("Morocco", "Moroccan", "Rabat"), ("Thailand", "Thai", "Bangkok"), ("Philippines", "Philippine", "Manila"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"), ("Singapore", "Singaporean", "Singapore"),
    ("Venezuela", "Venezuelan", "Caracas"), ("Cuba", "Cuban", "Havana"), ("Syria", "Syrian", "Damascus"),
    ("Iraq", "Iraqi", "Baghdad"), ("Jordan", "Jordanian", "Amman"),
]
ORGANISATIONS = [
    "NATO", "the United Nations", "the European Union", "the UN Security Council", "the World Health Organization",
    "the International Atomic Energy Agency", "the African Union", "the G7", "the G20", "ASEAN", "the OSCE",
    "the World Bank", "the International Monetary Fund", "the World Trade Organization", "the Arab League",
    "the Shanghai Cooperation Organisation", "OPEC", "the European Commission", "the Council of Europe",
    "the International Criminal Court", "the Red Cross", "Amnesty International", "Human Rights Watch",
    "the Kremlin", "the White House", "the Pentagon", "the State Department", "Gazprom", "Rosatom",
    "the European Central Bank", "the Organisation of Islamic Cooperation", "BRICS", "the Commonwealth",
    "the Gulf Cooperation Council", "Mercosur", "UNICEF", "the UN Human Rights Council",
    "the International Court of Justice", "Interpol", "the European Parliament",
]
TREATIES = [
    "New START", "the Intermediate-Range Nuclear Forces Treaty", "the Nuclear Non-Proliferation Treaty",
    "the Comprehensive Nuclear-Test-Ban Treaty", "the Treaty on Open Skies", "the Chemical Weapons Convention",
    "the Paris Agreement", "the Joint Comprehensive Plan of Action", "the Minsk agreements",
    "the Black Sea Grain Initiative", "the Arms Trade Treaty", "the Ottawa Treaty", "the Kyoto Protocol",
    "the Good Friday Agreement", "the Abraham Accords", "the Budapest Memorandum", "the Helsinki Final Act",
    "the Treaty of Lisbon", "the Schengen Agreement", "the Outer Space Treaty", "the Montreal Protocol",
    "the Biological Weapons Convention", "the Anti-Ballistic Missile Treaty", "the Camp David Accords",
    "the Dayton Agreement",
]
OUTLETS = [
    "Reuters", "the Associated Press", "AFP", "the BBC", "CNN", "Al Jazeera", "The New York Times",
    "The Washington Post", "The Guardian", "the Financial Times", "Bloomberg", "Le Monde", "Der Spiegel",
    "TASS", "RIA Novosti", "Xinhua", "Kyodo News", "Yonhap", "Anadolu Agency", "Deutsche Welle",
    "Politico", "The Wall Street Journal", "NHK", "El País", "Interfax", "Axios", "NPR", "Sky News",
    "The Times of India", "Haaretz",
]
FIRST_NAMES = [
    "Anna", "Maria", "Elena", "Olga", "Sofia", "Laura", "Sarah", "Emma", "Ingrid", "Fatima", "Aisha", "Mei",
    "Yuki", "Priya", "Lucía", "Chloé", "Zeynep", "Katarzyna", "Ewa", "Helena", "Nadia", "Leila", "Amara",
    "Grace", "Hana", "Irina", "Daria", "Camille", "Giulia", "Marta", "John", "Michael", "David", "Peter",
    "Thomas", "Andrei", "Sergei", "Dmitri", "Pavel", "Jan", "Lars", "Henrik", "Ahmed", "Omar", "Yusuf",
    "Ravi", "Arjun", "Kenji", "Hiroshi", "Wei", "Li", "Carlos", "José", "Miguel", "Pierre", "François",
    "Klaus", "Stefan", "Mehmet", "Emre", "Kwame", "Tunde", "Samuel", "Daniel", "Robert", "James", "Mark",
    "Nikolai", "Viktor", "Tomasz", "Piotr", "Jakub", "Matteo", "Luca", "Rafael", "Diego", "Hassan", "Karim",
]
LAST_NAMES = [
    "Kowalczyk", "Novak", "Petrov", "Ivanova", "Schmidt", "Müller", "Dubois", "Rossi", "García", "Fernández",
    "Yılmaz", "Demir", "Tanaka", "Suzuki", "Kim", "Park", "Chen", "Zhang", "Sharma", "Patel", "Okafor",
    "Mensah", "Haddad", "Khalil", "Nasser", "Andersson", "Johansson", "Nielsen", "Virtanen", "Korhonen",
    "Horváth", "Nagy", "Popescu", "Ionescu", "Kovalenko", "Shevchenko", "Bondarenko", "Morozov", "Volkov",
    "Sokolov", "Lebedev", "Kuznetsov", "Martin", "Bernard", "Laurent", "Moreau", "Weber", "Wagner", "Becker",
    "Hoffmann", "Smith", "Johnson", "Williams", "Brown", "Taylor", "Clarke", "Walker", "Wright", "Evans",
    "Hughes", "Santos", "Oliveira", "Pereira", "Costa", "Silva", "Mendes", "Rahman", "Hussain", "Qureshi",
    "Aliyev", "Hakobyan", "Nurlanov", "Abubakar", "Otieno", "Kamau", "Mwangi", "Eriksen", "Berg", "Lind",
]
ROLES = [
    "Deputy Foreign Minister", "Foreign Minister", "Defence Minister", "Trade Minister", "Finance Minister",
    "Energy Minister", "Interior Minister", "Ambassador", "envoy", "Deputy Prime Minister", "senator",
    "Economy Minister", "Justice Minister", "Health Minister", "Agriculture Minister",
]
EXPERT_ROLES = [
    "a senior fellow at the Carnegie Endowment", "an analyst at the International Crisis Group",
    "a professor of international relations at the London School of Economics",
    "a former ambassador now at the Atlantic Council", "a researcher at Chatham House",
    "director of the Russia programme at the Center for Strategic and International Studies",
    "an economist at Oxford Economics", "a political scientist at Sciences Po",
]
ISSUES = [
    "the war in Ukraine", "arms control", "grain exports", "sanctions", "energy prices", "the nuclear programme",
    "migration", "climate finance", "trade tariffs", "cyberattacks", "human rights", "the refugee crisis",
    "maritime security in the South China Sea", "prisoner exchanges", "debt relief", "vaccine supplies",
    "the ceasefire", "election interference", "troop deployments", "food security",
]
PROPOSALS = [
    "a ceasefire along the front line", "new talks on strategic stability", "a joint working group on trade",
    "an international conference on food security", "a prisoner exchange", "a peace plan in twelve points",
    "extending the treaty for five years", "a humanitarian corridor", "a moratorium on missile tests",
    "a fund to rebuild the power grid", "a summit later this year", "lifting some of the sanctions",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
BOILERPLATE = [
    "Advertisement", "Share this article", "Share on Facebook", "Share on Twitter", "Sign up for our newsletter",
    "Read more:", "Skip to main content", "Follow us on Twitter", "Most read", "Related coverage",
    "Subscribe to read the full story", "Cookie settings", "Listen to this article", "Photo: AFP / Getty Images",
]


class Article:
    """One article drawn from its own Random, so documents are independent of each other."""

    def __init__(self, seed, index):
        self.r = random.Random(seed * 1_000_003 + index)
        self.index = index
        r = self.r
        self.year = 2015 + r.randrange(10)
        self.month = r.randrange(12)
        self.day = 1 + r.randrange(28)
        self.outlet = r.choice(OUTLETS)
        # A small cast per article, as in real stories: two or three principals, officials, an expert.
        self.cast = [self.person() for _ in range(2 + r.randrange(3))]

    def person(self):
        r = self.r
        pick = r.randrange(10)
        if pick < 4:
            title, name, country = r.choice(LEADERS)
        elif pick < 7:
            title, name, country = r.choice(OFFICIALS)
        else:
            # A generated official: thousands of distinct names no lexicon knows.
            name = f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"
            title, country = r.choice(ROLES), r.choice(COUNTRIES)[0]
        demonym = next((d for c, d, _ in COUNTRIES if c == country), country)
        return {"title": title, "name": name, "country": country, "demonym": demonym,
                "surname": name.split()[-1]}

    def full(self, p):
        return f"{p['demonym']} {p['title']} {p['name']}"

    def short(self, p):
        return p["surname"] if self.r.randrange(3) else p["name"]

    def two(self):
        a, b = self.r.sample(self.cast, 2) if len(self.cast) >= 2 else (self.cast[0], self.person())
        return a, b

    def date_phrase(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return f"on {r.choice(WEEKDAYS)}"
        if k == 1:
            return f"on {MONTHS[r.randrange(12)]} {1 + r.randrange(28)}"
        if k == 2:
            return f"in {MONTHS[r.randrange(12)]} {self.year - r.randrange(3)}"
        if k == 3:
            return "last week"
        return f"on {1 + r.randrange(28)} {MONTHS[self.month]} {self.year}"

    def sentence(self):
        r = self.r
        a, b = self.two()
        city = r.choice(COUNTRIES)[2]
        country = r.choice(COUNTRIES)
        k = r.randrange(22)
        if k == 0:
            return f"{self.full(a)} met {self.full(b)} in {city} {self.date_phrase()} for talks on {r.choice(ISSUES)}."
        if k == 1:
            return f"{self.short(a)} criticised {self.short(b)} over {r.choice(ISSUES)}, calling the policy “reckless”."
        if k == 2:
            return f"{self.short(a)} proposed {r.choice(PROPOSALS)} {self.date_phrase()}."
        if k == 3:
            return f"“We had a frank and constructive conversation,” {self.short(a)} told {r.choice(OUTLETS)}."
        if k == 4:
            return f"According to {r.choice(OUTLETS)}, {self.short(a)} spoke by telephone with {self.short(b)} {self.date_phrase()}."
        if k == 5:
            return f"{self.short(a)} accused {country[0]} of violating {r.choice(TREATIES)}."
        if k == 6:
            return f"The two leaders discussed {r.choice(ISSUES)} and {r.choice(ISSUES)}, the {r.choice(['Kremlin', 'White House', 'Elysée', 'foreign ministry'])} said in a statement."
        if k == 7:
            return f"{self.short(a)}, the {a['demonym']} {a['title'].lower()}, said {r.choice(ORGANISATIONS)} would meet again {self.date_phrase()}."
        if k == 8:
            treaty = r.choice(TREATIES)
            return f"{treaty[0].upper() + treaty[1:]} was signed in {1960 + r.randrange(60)} and expires in {self.year + 1 + r.randrange(5)}."
        if k == 9:
            return f"{self.short(a)} held talks with {self.short(b)} on the sidelines of the {r.choice(['G20', 'NATO', 'UN General Assembly', 'ASEAN', 'BRICS'])} summit in {city}."
        if k == 10:
            fn, ln = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
            return f"“This is not a breakthrough, but it is a start,” said {fn} {ln}, {r.choice(EXPERT_ROLES)}."
        if k == 11:
            return f"{self.short(a)} condemned the decision by {r.choice(ORGANISATIONS)} and warned of “serious consequences”."
        if k == 12:
            return f"{country[1]} officials said {r.choice(ISSUES)} would top the agenda when {self.short(a)} visits {city} {self.date_phrase()}."
        if k == 13:
            return f"{self.short(a)} urged {r.choice(ORGANISATIONS)} to do more on {r.choice(ISSUES)}."
        if k == 14:
            return f"{self.full(a)} telephoned {self.short(b)} {self.date_phrase()}, {r.choice(OUTLETS)} reported."
        if k == 15:
            return f"Analysts said the meeting was unlikely to change the course of {r.choice(ISSUES)}."
        if k == 16:
            return f"The {country[1]} foreign ministry said {self.short(a)} and {self.short(b)} had agreed to keep talking."
        if k == 17:
            return f"{self.short(a)} praised {self.short(b)} for {r.choice(['his', 'her'])} role in the negotiations on {r.choice(TREATIES)}."
        if k == 18:
            return f"More than {1 + r.randrange(900)} {r.choice(['people', 'soldiers', 'civilians', 'delegates'])} were reported {r.choice(['killed', 'displaced', 'present', 'detained'])}, {r.choice(ORGANISATIONS)} said."
        if k == 19:
            return f"{self.short(a)} rejected the accusation at a news conference in {city}."
        if k == 20:
            return f"{country[0]} and {r.choice(COUNTRIES)[0]} signed {r.choice(['a trade deal', 'a defence pact', 'a memorandum of understanding', 'an energy agreement'])} worth ${1 + r.randrange(40)} billion."
        return f"{self.short(a)} told reporters in {city} that {r.choice(ISSUES)} “cannot wait”."

    def headline(self):
        a, b = self.two()
        r = self.r
        forms = [f"{a['surname']} and {b['surname']} meet in {r.choice(COUNTRIES)[2]} as talks on {r.choice(ISSUES)} resume",
                 f"{a['surname']} criticises {b['country']} over {r.choice(ISSUES)}",
                 f"{a['surname']} proposes {r.choice(PROPOSALS)}",
                 f"What the {a['surname']}–{b['surname']} call means for {r.choice(ISSUES)}"]
        return r.choice(forms)

    def render(self):
        r = self.r
        paragraphs = []
        for _ in range(5 + r.randrange(10)):
            paragraphs.append(" ".join(self.sentence() for _ in range(1 + r.randrange(5))))
            if r.randrange(6) == 0:
                paragraphs.append(r.choice(BOILERPLATE))
        fn, ln = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
        date = f"{MONTHS[self.month]} {self.day}, {self.year}"
        title = self.headline()
        head = [title, "", f"{date}", "", f"By {fn} {ln}, {self.outlet}", "", r.choice(BOILERPLATE), ""]
        tail = ["", r.choice(BOILERPLATE),
                f"© {self.year} {self.outlet.removeprefix('the ').removeprefix('The ')}. All rights reserved."]
        text = "\n".join(head) + "\n" + "\n\n".join(paragraphs) + "\n" + "\n".join(tail) + "\n"
        return {
            "id": f"gen-{self.index:08d}",
            "date": f"{self.year}-{self.month + 1:02d}-{self.day:02d}",
            "outlet": self.outlet,
            "url": f"https://news.example.org/{self.year}/{self.month + 1:02d}/gen-{self.index:08d}",
            "title": title,
            "text": text,
        }


def parse_size(s):
    units = {"K": 10**3, "M": 10**6, "G": 10**9}
    s = s.strip().upper().removesuffix("B")
    if s and s[-1] in units:
        return int(float(s[:-1]) * units[s[-1]])
    return int(s)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", help="stop once this many bytes of article text are written (e.g. 50M)")
    p.add_argument("--docs", type=int, help="number of documents")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--start", type=int, default=0, help="index of the first document (for shards)")
    p.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    p.add_argument("--out", default="-", help="JSON Lines file or - (jsonl); a directory (txt)")
    args = p.parse_args()
    if args.size is None and args.docs is None:
        p.error("give --size or --docs")
    limit_bytes = parse_size(args.size) if args.size else None
    limit_docs = args.docs

    if args.format == "txt":
        if args.out == "-":
            p.error("--format txt writes a directory: give --out DIR")
        os.makedirs(args.out, exist_ok=True)
        out = None
    else:
        out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="\n")

    written = docs = 0
    index = args.start
    while (limit_docs is None or docs < limit_docs) and (limit_bytes is None or written < limit_bytes):
        art = Article(args.seed, index).render()
        written += len(art["text"].encode("utf-8"))
        if out is not None:
            out.write(json.dumps(art, ensure_ascii=False) + "\n")
        else:
            with open(os.path.join(args.out, art["id"] + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write(art["text"])
        docs += 1
        index += 1
    if out is not None and out is not sys.stdout:
        out.close()
    else:
        sys.stdout.flush()
    print(f"gen_corpus: {docs} documents, {written} bytes of text", file=sys.stderr)


if __name__ == "__main__":
    main()
