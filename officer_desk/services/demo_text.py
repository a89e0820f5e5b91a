# ruff: noqa: E501 -- Korean template text: ruff counts each Hangul syllable as two columns.
"""Words and sentence templates for the demo database (see ``services.demo``).

Everything here is invented: companies, people, counterparties and cases are made up
from these pieces; agencies, courts, platforms and programmes are the real ones an
overseas patent officer deals with. Korean templates avoid particles that depend on
the preceding word (은/는, 이/가) so that any name can be slotted in.

Template slots: {co} {co_en} (Korean company, short name), {cp} (counterparty),
{caption} (English case caption), {fs} {fs_en} (forum, short), {case}, {prod}
{prod_en} {prod_title} (product), {mark} {mark_cn} (brand), {domain}, {n} {n2}
(numbers), {amount} (claimed amount in words), {opened} (date in Korean), {city}.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- companies ------------------------------------------------------------------------

#: First parts of invented company names: (Korean, romanised).
PREFIXES = (
    ("한빛", "Hanbit"), ("새롬", "Saerom"), ("누리", "Nuri"), ("다온", "Daon"),
    ("가람", "Garam"), ("하늘", "Haneul"), ("미르", "Mir"), ("푸른", "Pureun"),
    ("솔빛", "Solbit"), ("해담", "Haedam"), ("한결", "Hangyeol"), ("초록", "Chorok"),
    ("별빛", "Byeolbit"), ("은하", "Eunha"), ("아름", "Areum"), ("새별", "Saebyeol"),
    ("다올", "Daol"), ("로아", "Roa"), ("라온", "Raon"), ("이룸", "Irum"),
    ("보람", "Boram"), ("나래", "Narae"), ("시온", "Sion"), ("해솔", "Haesol"),
    ("윤슬", "Yunseul"), ("도담", "Dodam"), ("온빛", "Onbit"), ("빛가람", "Bitgaram"),
    ("청람", "Cheongram"), ("서광", "Seogwang"), ("진솔", "Jinsol"), ("모아", "Moa"),
    ("하람", "Haram"), ("루미", "Lumi"), ("비채", "Bichae"), ("아라", "Ara"),
    ("소담", "Sodam"), ("가온", "Gaon"), ("하나래", "Hanarae"), ("예담", "Yedam"),
    ("마루", "Maru"), ("새뜸", "Saetteum"), ("늘봄", "Neulbom"), ("한울", "Hanul"),
    ("도운", "Dowoon"), ("세움", "Seum"), ("우리누리", "Woorinuri"), ("단아", "Dana"),
    ("송도", "Songdo"), ("판교", "Pangyo"), ("오창", "Ochang"), ("구미", "Gumi"),
    ("창원", "Changwon"), ("울산", "Ulsan"), ("대덕", "Daedeok"), ("광교", "Gwanggyo"),
    ("동해", "Donghae"), ("서해", "Seohae"), ("태백", "Taebaek"), ("금강", "Geumgang"),
)

#: Second parts by sector: (Korean, English).
STEMS = {
    "semiconductors": (("반도체", "Semiconductor"), ("세미콘", "Semicon"), ("실리콘", "Silicon"),
                       ("나노텍", "Nanotech"), ("웨이퍼텍", "Wafertech")),
    "batteries": (("배터리", "Battery"), ("에너지", "Energy"), ("셀텍", "Celltech"),
                  ("파워솔루션", "Power Solutions"), ("머티리얼즈", "Materials")),
    "automotive": (("모빌리티", "Mobility"), ("오토텍", "Autotech"), ("모터스", "Motors"),
                   ("오토파츠", "Auto Parts")),
    "electronics": (("전자", "Electronics"), ("일렉트릭", "Electric"), ("테크", "Tech"),
                    ("디바이스", "Devices"), ("홈테크", "Hometech")),
    "display": (("디스플레이", "Display"), ("옵틱스", "Optics"), ("포토닉스", "Photonics")),
    "bio_pharma": (("바이오", "Bio"), ("제약", "Pharmaceutical"), ("바이오로직스", "Biologics"),
                   ("메디텍", "Meditech"), ("진단", "Diagnostics")),
    "cosmetics": (("코스메틱", "Cosmetics"), ("뷰티", "Beauty"), ("랩", "Lab"), ("스킨", "Skin")),
    "food": (("식품", "Foods"), ("푸드", "Food"), ("제과", "Confectionery"),
             ("농수산", "Agrifood")),
    "fashion_apparel": (("패션", "Fashion"), ("어패럴", "Apparel"), ("스포츠", "Sports")),
    "machinery": (("정밀", "Precision"), ("기계", "Machinery"), ("로보틱스", "Robotics"),
                  ("오토메이션", "Automation")),
    "chemicals": (("화학", "Chemical"), ("소재", "Materials"), ("폴리머", "Polymer")),
    "shipbuilding": (("중공업", "Heavy Industries"), ("마린", "Marine"), ("오션텍", "Oceantech")),
    "software_content": (("소프트", "Soft"), ("게임즈", "Games"), ("엔터테인먼트", "Entertainment"),
                         ("스튜디오", "Studio"), ("시큐리티", "Security"), ("랩스", "Labs")),
    "telecom": (("텔레콤", "Telecom"), ("네트웍스", "Networks"), ("와이어리스", "Wireless"),
                ("커뮤니케이션즈", "Communications")),
    "other": (("수소에너지", "Hydrogen Energy"), ("에어로스페이스", "Aerospace"),
              ("퀀텀", "Quantum"), ("뉴테크", "Newtech")),
}

#: Technology fields (national strategic technologies) that fit a sector.
SECTOR_TECH = {
    "semiconductors": ("semiconductors_displays",),
    "batteries": ("secondary_batteries",),
    "automotive": ("advanced_mobility", "advanced_mobility", "secondary_batteries"),
    "electronics": ("semiconductors_displays", "ai", "next_gen_communications", "other"),
    "display": ("semiconductors_displays",),
    "bio_pharma": ("advanced_bio",),
    "cosmetics": ("other", "advanced_bio"),
    "food": ("other",),
    "fashion_apparel": ("other",),
    "machinery": ("advanced_robotics_manufacturing",),
    "chemicals": ("secondary_batteries", "hydrogen", "semiconductors_displays", "other"),
    "shipbuilding": ("aerospace_ocean", "hydrogen"),
    "software_content": ("ai", "cybersecurity", "other"),
    "telecom": ("next_gen_communications", "next_gen_communications", "quantum"),
    "other": ("hydrogen", "aerospace_ocean", "quantum", "next_gen_nuclear"),
}

#: Products by sector: (Korean, English).
PRODUCTS = {
    "semiconductors": (("메모리 컨트롤러", "memory controllers"),
                       ("반도체 패키징 장비", "semiconductor packaging equipment"),
                       ("웨이퍼 세정 장치", "wafer cleaning apparatus"),
                       ("전력 반도체 모듈", "power semiconductor modules")),
    "batteries": (("리튬이온 배터리 셀", "lithium-ion battery cells"),
                  ("배터리 관리 시스템(BMS)", "battery management systems"),
                  ("양극재", "cathode active materials"), ("배터리 분리막", "battery separators")),
    "automotive": (("전기차 충전기", "EV chargers"), ("차량용 카메라 모듈", "automotive camera modules"),
                   ("라이다 센서", "lidar sensors"), ("전동 파워스티어링 부품", "electric power steering parts")),
    "electronics": (("무선 이어폰", "wireless earbuds"), ("스마트 TV", "smart televisions"),
                    ("로봇청소기", "robot vacuum cleaners"), ("공기청정기", "air purifiers"),
                    ("스마트워치", "smartwatches")),
    "display": (("OLED 패널", "OLED display panels"), ("마이크로 LED 모듈", "micro-LED modules"),
                ("디스플레이 구동칩", "display driver ICs")),
    "bio_pharma": (("바이오시밀러", "biosimilar products"), ("체외진단 키트", "in-vitro diagnostic kits"),
                   ("보툴리눔 톡신 제제", "botulinum toxin products"), ("히알루론산 필러", "hyaluronic acid fillers")),
    "cosmetics": (("쿠션 파운데이션", "cushion foundation"), ("마스크팩", "sheet masks"),
                  ("선크림", "sunscreen"), ("기초 화장품 세트", "skincare sets"), ("앰플 세럼", "ampoule serums")),
    "food": (("즉석 라면", "instant noodles"), ("김 스낵", "seaweed snacks"), ("고추장", "gochujang"),
             ("떡볶이 간편식", "tteokbokki meal kits"), ("과채 음료", "fruit and vegetable drinks")),
    "fashion_apparel": (("아웃도어 의류", "outdoor apparel"), ("캐릭터 잡화", "character goods"),
                        ("운동화", "sneakers"), ("가방", "handbags")),
    "machinery": (("산업용 로봇 감속기", "robot reduction gears"), ("CNC 공작기계", "CNC machine tools"),
                  ("협동로봇", "collaborative robots"), ("사출성형기", "injection moulding machines")),
    "chemicals": (("고기능성 필름", "functional films"), ("전해액 첨가제", "electrolyte additives"),
                  ("수전해 촉매", "electrolysis catalysts"), ("반도체용 포토레지스트", "photoresists")),
    "shipbuilding": (("LNG 화물창 단열 시스템", "LNG cargo containment systems"),
                     ("선박용 스크러버", "marine scrubbers"), ("선박 평형수 처리장치", "ballast water treatment systems")),
    "software_content": (("웹툰", "webtoons"), ("모바일 게임", "mobile games"), ("캐릭터 IP", "character IP"),
                         ("보안 소프트웨어", "security software"), ("AI 음성인식 엔진", "AI speech-recognition engines")),
    "telecom": (("5G 기지국 장비", "5G base station equipment"), ("Wi-Fi 6 공유기", "Wi-Fi 6 routers"),
                ("LTE 통신 모듈", "LTE modules"), ("광송수신기", "optical transceivers")),
    "other": (("수소 연료전지 스택", "hydrogen fuel-cell stacks"), ("소형모듈원자로(SMR) 부품", "SMR components"),
              ("위성 탑재체", "satellite payloads"), ("양자암호 통신장비", "quantum key distribution equipment")),
}

#: What gets counterfeited when the company's products are not goods.
MERCHANDISE = {"software_content": ("캐릭터 굿즈", "character merchandise")}

#: Sectors whose products are copied as consumer brands (trademarks, counterfeits).
CONSUMER = frozenset({"cosmetics", "food", "fashion_apparel", "electronics", "software_content",
                      "bio_pharma"})

#: Sector mix of companies by post profile.
SECTOR_WEIGHTS = {
    "US": {"semiconductors": 10, "batteries": 12, "automotive": 8, "electronics": 14, "display": 5,
           "bio_pharma": 9, "cosmetics": 8, "food": 4, "fashion_apparel": 3, "machinery": 5,
           "chemicals": 4, "shipbuilding": 1, "software_content": 7, "telecom": 8, "other": 2},
    "CN": {"semiconductors": 6, "batteries": 7, "automotive": 5, "electronics": 12, "display": 4,
           "bio_pharma": 5, "cosmetics": 18, "food": 10, "fashion_apparel": 12, "machinery": 6,
           "chemicals": 5, "shipbuilding": 1, "software_content": 6, "telecom": 2, "other": 1},
    "JP": {"semiconductors": 9, "batteries": 6, "automotive": 7, "electronics": 12, "display": 6,
           "bio_pharma": 6, "cosmetics": 16, "food": 9, "fashion_apparel": 6, "machinery": 8,
           "chemicals": 7, "shipbuilding": 2, "software_content": 5, "telecom": 3, "other": 1},
    "EU": {"semiconductors": 6, "batteries": 12, "automotive": 10, "electronics": 12, "display": 4,
           "bio_pharma": 9, "cosmetics": 9, "food": 5, "fashion_apparel": 4, "machinery": 7,
           "chemicals": 6, "shipbuilding": 3, "software_content": 4, "telecom": 9, "other": 3},
    "GVA": {"semiconductors": 4, "batteries": 4, "automotive": 4, "electronics": 10, "display": 3,
            "bio_pharma": 10, "cosmetics": 12, "food": 8, "fashion_apparel": 8, "machinery": 4,
            "chemicals": 4, "shipbuilding": 2, "software_content": 16, "telecom": 6, "other": 3},
}

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허"
GIVEN = ("민준", "서연", "지훈", "하은", "도윤", "수빈", "현우", "지민", "예준", "서진", "준호",
         "유나", "성민", "지영", "태윤", "은지", "동현", "혜린", "재원", "소희", "정우", "나연",
         "상훈", "미경", "영수", "주원", "가은", "승현", "다인", "우진")
STAFF_TITLES = ("지식재산팀장", "IP팀 과장", "법무팀 차장", "해외사업본부 부장", "대표이사",
                "특허팀 책임연구원", "CTO", "수출지원팀 대리")

# --- counterparties -------------------------------------------------------------------

NPE_WORDS = ("Voltaic", "Lumen", "Arcadia", "Redstone", "Bluestar", "Cobalt Ridge", "Pinnacle",
             "Silverline", "Northpoint", "Granite Peak", "Orion", "Meridian", "Sonata", "Helix",
             "Quantum Edge", "Atlas Global", "Beacon", "Crescent", "Evergreen", "Sapphire Bay",
             "Tidewater", "Ironbridge", "Polaris", "Westfield", "Longhorn")
NPE_SUFFIXES = ("Licensing LLC", "IP Holdings LLC", "Technologies LLC", "Innovations LLC",
                "Patent Group LLC", "Ventures LLC", "IP LLC")
US_WORDS = ("Apex", "Summit", "Northwind", "Pacifica", "Crestline", "Bayview", "Ironwood",
            "Clearpath", "Brightwave", "Tristar", "Redwood", "Lakeshore", "Harbor Point", "Sierra")
US_SUFFIXES = ("Systems Inc.", "Technologies Inc.", "Corp.", "Electronics Inc.", "Labs Inc.",
               "Devices LLC", "Industries Inc.")
US_SELLERS = ("TopGlowStore", "KBeautyOutlet", "SeoulDirectShop", "LuxSkinDeals", "MegaValueHub",
              "SunriseGoods", "FastShipUSA", "DailyDealsCo", "PrimeKStyle", "BestBuyBargainz")
US_PEOPLE = ("Kevin Zhang", "Michael Tran", "Jason Lee", "Brian Wu", "Eric Nguyen", "David Lin")

CN_CITIES = (("Guangzhou", "广州"), ("Shenzhen", "深圳"), ("Yiwu", "义乌"), ("Shantou", "汕头"),
             ("Quanzhou", "泉州"), ("Hangzhou", "杭州"), ("Dongguan", "东莞"), ("Wenzhou", "温州"),
             ("Shanghai", "上海"), ("Qingdao", "青岛"), ("Ningbo", "宁波"), ("Suzhou", "苏州"))
CN_WORDS = (("Meiyan", "美妍"), ("Hanlian", "韩联"), ("Xinyue", "新悦"), ("Jiahui", "嘉汇"),
            ("Huarui", "华瑞"), ("Hengtong", "恒通"), ("Boya", "博雅"), ("Kaixin", "凯鑫"),
            ("Tianyu", "天宇"), ("Ruifeng", "瑞丰"), ("Hongda", "宏达"), ("Mingzhu", "明珠"),
            ("Yuxin", "宇鑫"), ("Jinhui", "金辉"), ("Shengshi", "盛世"), ("Lianying", "联盈"))
CN_TECH_WORDS = (("Huaxin", "华芯"), ("Xinneng", "新能"), ("Ruineng", "锐能"), ("Jingchuang", "晶创"),
                 ("Guangyuan", "光源"), ("Haotian", "昊天"), ("Chuangxin", "创芯"), ("Zhihui", "智汇"),
                 ("Lianchuang", "联创"), ("Hengxin", "恒芯"), ("Dianchi", "电驰"), ("Kexun", "科讯"))
CN_TRADE = (("Trading Co., Ltd.", "商贸有限公司"), ("Trade Co., Ltd.", "贸易有限公司"),
            ("E-commerce Co., Ltd.", "电子商务有限公司"), ("Industrial Co., Ltd.", "实业有限公司"),
            ("Cosmetics Co., Ltd.", "化妆品有限公司"))
CN_TECH = (("Technology Co., Ltd.", "科技有限公司"), ("Electronic Technology Co., Ltd.", "电子科技有限公司"),
           ("New Energy Co., Ltd.", "新能源有限公司"), ("Intelligent Equipment Co., Ltd.", "智能装备有限公司"))
CN_PEOPLE = (("Wang Jianguo", "王建国"), ("Li Hong", "李红"), ("Zhang Wei", "张伟"), ("Chen Ming", "陈明"),
             ("Liu Yang", "刘洋"), ("Zhou Lei", "周磊"), ("Huang Xiaoling", "黄晓玲"), ("Wu Jun", "吴军"),
             ("Zhao Lixin", "赵立新"), ("Sun Haitao", "孙海涛"), ("Xu Fang", "徐芳"), ("Ma Jie", "马杰"))
MARKS_CN = ("韩光", "美妍秀", "新乐", "汉彼", "瑞朗", "爱若", "雪颜", "金冠", "乐趣", "韩熙", "晨露", "悦享")

JP_WORDS = (("Minato", "ミナト"), ("Sakura", "サクラ"), ("Hikari", "ヒカリ"), ("Yamabuki", "ヤマブキ"),
            ("Kaede", "カエデ"), ("Tsubasa", "ツバサ"), ("Aoba", "アオバ"), ("Kirameki", "キラメキ"),
            ("Hoshino", "ホシノ"), ("Midori", "ミドリ"), ("Shirakawa", "シラカワ"), ("Nagisa", "ナギサ"))
JP_KINDS = (("Seiki", "精機"), ("Denshi", "電子"), ("Kagaku", "化学"), ("Kogyo", "工業"),
            ("Techno", "テクノ"), ("Materials", "マテリアルズ"), ("Devices", "デバイス"))
JP_SHOPS = ("韓国コスメ館", "ソウルビューティー", "K-Style Select", "ハングルマート", "コスメ問屋さくら",
            "韓流グッズ本舗", "美容雑貨ミナミ")
JP_PEOPLE = (("Tanaka Kenji", "田中健二"), ("Suzuki Akira", "鈴木明"), ("Sato Yumi", "佐藤由美"),
             ("Kobayashi Takeshi", "小林武"))

EU_NPE_WORDS = ("Vantage", "Aurora", "Nordlicht", "Lumière", "Rheinland", "Alpina", "Baltic",
                "Danube", "Atlantis", "Lombard", "Hanseatic", "Flanders")
EU_NPE_SUFFIXES = ("Licensing GmbH", "IP S.à r.l.", "Patent Holdings B.V.", "Wireless Licensing Ltd.",
                   "Technologies Oy")
EU_WORDS = ("Rheinmetrik", "Elbtal Systems", "Lumitec", "Voltaris", "Nordcell", "Brabant Innovations",
            "Alpensol", "Kessler & Voss", "Stellaris", "Valmonte", "Adriatech", "Polaris Nordic",
            "Moselle Energie", "Vistula Tech")
EU_SUFFIXES = ("GmbH", "AG", "SAS", "S.p.A.", "B.V.", "AB", "Oy", "Sp. z o.o.")
EU_PEOPLE = ("Marco Bianchi", "Ahmet Yılmaz", "Jan Novák", "Pierre Lambert", "Andrei Popescu",
             "Sofia Moreau")
EU_SQUAT_COMPANIES = ("Euro K-Trade s.r.o.", "Balkan Beauty Import d.o.o.", "Iberia Hallyu S.L.",
                      "K-Style Europe Kft.", "Nordic Seoul Trading ApS")
EU_SELLERS = ("EuroDealsDirect", "BeautyBazaarEU", "MegaShop24", "TopPreisHandel", "BonPlanStore")

INT_PEOPLE = ("Li Wei", "Ivan Petrov", "Rahul Verma", "Zhang Hao", "Carlos Mendes", "Nguyen Van Minh",
              "Ali Hassan", "Olga Smirnova")
INT_COMPANIES = ("Saigon Hanviet Trading JSC (Viet Nam)", "PT Nusantara Mitra Abadi (Indonesia)",
                 "Siam Korea Partners Co., Ltd. (Thailand)", "Andes Distribuciones S.A.S. (Colombia)",
                 "Gulf Korea Trading LLC (UAE)", "Almaty Import Partners LLP (Kazakhstan)",
                 "Rio Comércio e Representações Ltda. (Brazil)", "Maple Bridge Partners Inc. (Canada)",
                 "Bosphorus Ticaret A.Ş. (Türkiye)", "Manila Bay Ventures Inc. (Philippines)",
                 "Delhi Hanseong Enterprises Pvt. Ltd. (India)", "Nile Distribution S.A.E. (Egypt)")
DOMAIN_ENDINGS = ("-official.com", "shop.com", "korea.net", "-store.shop", "outlet.com", "-kr.com",
                  "online.store", "-sale.top")

# --- disputes -------------------------------------------------------------------------


@dataclass(frozen=True)
class Forum:
    ko: str  # the "forum" field
    short_ko: str
    short_en: str
    case: str | None = None  # case number format (see demo._case_number), "key:arg"
    platform: str | None = None  # the platform named as a second counterparty


@dataclass(frozen=True)
class Scenario:
    key: str
    weight: int
    ip_type: str
    kind: str
    asserting: float  # share of cases where the Korean company asserts its right
    parties: tuple[str, ...]  # counterparty pools, one is chosen
    forums: tuple[Forum, ...]
    days: tuple[int, int]  # how long such a case runs
    stages: tuple[str, ...]  # stages of an open case, in order
    outcomes: tuple[tuple[str, int], ...]
    title_ko: str
    title_en: str
    facts: tuple[str, ...]  # opening sentences (Korean company asserting, or only role)
    facts_d: tuple[str, ...] = ()  # opening sentences when defending
    title_ko_d: str | None = None
    money: tuple[tuple[str, ...], int, int] | None = None  # currencies, low, high
    tags: tuple[str, ...] = ()
    bucket: str = "any"  # tech, consumer, any or a sector: which companies it happens to
    jurisdiction: str = ""
    ip_types: tuple[str, ...] = ()  # alternatives to ip_type


_COURT = ("intake", "assessment", "filed", "evidence", "hearing", "decision", "appeal")
_OFFICE = ("filed", "evidence", "decision")
_QUICK = ("intake", "filed", "enforcement")

SCENARIOS: dict[str, tuple[Scenario, ...]] = {
    "US": (
        Scenario(
            "us_npe", 26, "patent", "infringement_suit", 0.0, ("npe_us",),
            (Forum("미국 텍사스 동부연방지방법원 (U.S. District Court for the Eastern District of Texas)",
                   "E.D. Tex.", "E.D. Tex.", "edtx"),
             Forum("미국 텍사스 동부연방지방법원 (U.S. District Court for the Eastern District of Texas)",
                   "E.D. Tex.", "E.D. Tex.", "edtx"),
             Forum("미국 델라웨어연방지방법원 (U.S. District Court for the District of Delaware)",
                   "D. Del.", "D. Del.", "ded"),
             Forum("미국 텍사스 서부연방지방법원 (U.S. District Court for the Western District of Texas)",
                   "W.D. Tex.", "W.D. Tex.", "wdtx")),
            (240, 1000), _COURT,
            (("settled_licensed", 55), ("dismissed_withdrawn", 25), ("damages", 8), ("invalidated", 7),
             ("upheld", 5)),
            "{co} v. {cp} 특허침해소송 ({fs})", "{cp} v. {co_en} — patent infringement ({fs_en})",
            ("{opened} 특허관리전문회사(NPE)인 {cp} 측이 {fs}에 {co} 측을 상대로 {prod} 관련 미국 특허 "
             "{n}건의 침해를 주장하는 소송을 제기함(청구액 {amount}).",
             "{cp} 측이 동일 특허로 한국 기업 여러 곳에 경고장을 보낸 뒤 {opened} {co} 측을 {fs}에 "
             "제소함. 대상 제품은 미국 수출용 {prod}이며 청구액은 {amount} 규모임.",
             "NPE {cp} 측이 {co}의 {prod} 제품이 자사 특허 {n}건을 침해한다며 {fs}에 소를 "
             "제기함({opened} 접수, 청구액 {amount})."),
            money=(("USD",), 1_000_000, 60_000_000), tags=("NPE", "미국 소송"), bucket="tech",
            jurisdiction="US"),
        Scenario(
            "us_itc", 12, "patent", "itc_337", 0.15, ("npe_us", "competitor_us"),
            (Forum("미국 국제무역위원회 (U.S. International Trade Commission)", "ITC", "ITC", "itc"),),
            (420, 620), ("filed", "instituted", "evidence", "hearing", "decision", "appeal"),
            (("settled_licensed", 40), ("exclusion_order", 22), ("dismissed_withdrawn", 30),
             ("invalidated", 8)),
            "{co} ITC 337조 조사 대응 ({case}, {prod})",
            "Certain {prod_title} and Components Thereof (Inv. No. {case})",
            ("{co} 측이 {cp} 측의 {prod} 수입이 자사 미국 특허를 침해한다며 {opened} ITC에 337조 "
             "조사를 신청하고 수입배제명령을 요청함.",),
            ("{opened} {cp} 측이 {co}의 {prod} 제품에 대해 미국 관세법 337조 위반을 이유로 ITC에 조사를 "
             "신청하고 수입배제명령을 요청함.",
             "ITC가 {cp} 측의 신청에 따라 {co} 측을 피신청인으로 하는 337조 조사({case})를 개시함. "
             "대상은 {prod} 및 그 부품임."),
            title_ko_d="{co} ITC 337조 조사 피신청 대응 ({case}, {prod})",
            tags=("ITC", "337조", "수입배제"), bucket="tech", jurisdiction="US"),
        Scenario(
            "us_ipr", 10, "patent", "ptab_ipr_pgr", 0.0, ("npe_us", "competitor_us"),
            (Forum("미국 특허심판원 (USPTO Patent Trial and Appeal Board)", "PTAB", "PTAB", "ipr"),),
            (420, 560), ("filed", "instituted", "evidence", "hearing", "decision", "appeal"),
            (("invalidated", 50), ("upheld", 22), ("settled_licensed", 12), ("dismissed_withdrawn", 16)),
            "{co} PTAB 무효심판(IPR) 청구 — {cp} 특허 ({case})",
            "{co_en} v. {cp} — inter partes review ({case})",
            ("{co} 측이 {cp} 측의 침해 주장에 대응하여 해당 특허의 무효를 구하는 IPR을 {opened} "
             "PTAB에 청구함({case}).",
             "{cp} 측의 {prod} 관련 특허에 대해 {co} 측이 선행기술 {n}건을 근거로 IPR을 청구함."),
            tags=("PTAB", "IPR", "NPE"), bucket="tech", jurisdiction="US"),
        Scenario(
            "us_letter", 10, "patent", "warning_letter", 0.0, ("npe_us",),
            (Forum("미국 (소송 전 단계)", "경고장", "demand letter"),),
            (60, 300), ("intake", "assessment", "pre_filing"),
            (("settled_licensed", 40), ("dismissed_withdrawn", 60)),
            "{cp}의 {co} 대상 특허 라이선스 요구 (경고장)",
            "Licence demand by {cp} against {co_en}",
            ("{opened} {cp} 측이 {co} 측에 {prod} 관련 특허 {n}건의 라이선스 체결을 요구하는 경고장을 "
             "발송함(제시 금액 {amount}).",),
            money=(("USD",), 200_000, 5_000_000), tags=("NPE", "경고장"), bucket="tech",
            jurisdiction="US"),
        Scenario(
            "us_amazon", 9, "trademark", "online_takedown", 1.0, ("seller_us",),
            (Forum("Amazon.com 브랜드 레지스트리 (Amazon Brand Registry)", "Amazon.com", "Amazon.com",
                   "online", "Amazon.com, Inc."),),
            (7, 75), _QUICK, (("listings_removed", 85), ("dismissed_withdrawn", 15)),
            "{mark} 위조상품 Amazon.com 판매 게시물 삭제 요청 ({n}건)",
            "Takedown of counterfeit {mark} listings on Amazon.com ({n} listings)",
            ("Amazon.com에서 {co}의 {mark} 상표를 부착한 위조 {prod} 판매 게시물 {n}건이 확인되어 "
             "{opened} 삭제를 요청함.",),
            tags=("위조품", "온라인", "K-브랜드"), bucket="consumer", jurisdiction="US"),
        Scenario(
            "us_ttab", 6, "trademark", "opposition", 0.8, ("squatter_us", "competitor_us"),
            (Forum("미국 상표심판원 (USPTO Trademark Trial and Appeal Board)", "TTAB", "TTAB", "ttab"),),
            (240, 720), ("filed", "evidence", "hearing", "decision"),
            (("mark_refused_cancelled", 50), ("settled_licensed", 25), ("dismissed_withdrawn", 15),
             ("upheld", 10)),
            "{mark} 상표 이의신청 (TTAB, {case})",
            "{caption} — opposition concerning {mark} (TTAB {case})",
            ("{cp} 측이 {co}의 {mark} 상표와 동일·유사한 표장을 미국에 출원하여 {co} 측이 TTAB에 "
             "이의신청을 제기함.",),
            ("{co}의 {mark} 상표 출원에 대해 {cp} 측이 선행 상표와 혼동 우려를 이유로 TTAB에 "
             "이의신청을 제기함.",),
            tags=("상표",), bucket="consumer", jurisdiction="US"),
        Scenario(
            "us_cbp", 5, "trademark", "customs_detention", 1.0, ("seller_us",),
            (Forum("미국 관세국경보호청 로스앤젤레스·롱비치항 (CBP, Port of Los Angeles/Long Beach)",
                   "CBP LA/LB", "CBP Los Angeles/Long Beach", "cbp"),
             Forum("미국 관세국경보호청 뉴욕·뉴저지항 (CBP, Port of New York/Newark)",
                   "CBP NY/NJ", "CBP New York/Newark", "cbp"),
             Forum("미국 관세국경보호청 시카고 국제우편물류센터 (CBP, Chicago International Mail Facility)",
                   "CBP 시카고", "CBP Chicago", "cbp")),
            (20, 120), _QUICK, (("goods_detained_destroyed", 85), ("dismissed_withdrawn", 15)),
            "{mark} 위조품 미국 세관 통관보류 ({fs})",
            "CBP detention of counterfeit {mark} goods ({fs_en})",
            ("미국 세관(CBP)이 {mark} 상표 위조 의심 {prod} {n}상자를 통관 보류하고 {co} 측에 진위 "
             "확인을 요청함({opened}).",),
            tags=("위조품", "세관", "K-브랜드"), bucket="consumer", jurisdiction="US"),
        Scenario(
            "us_secret", 4, "trade_secret", "infringement_suit", 0.6,
            ("former_partner_us", "competitor_us"),
            (Forum("미국 캘리포니아 북부연방지방법원 (U.S. District Court for the Northern District of "
                   "California)", "N.D. Cal.", "N.D. Cal.", "ndcal"),
             Forum("미국 뉴저지연방지방법원 (U.S. District Court for the District of New Jersey)",
                   "D.N.J.", "D.N.J.", "dnj")),
            (300, 1000), _COURT,
            (("settled_licensed", 50), ("injunction", 15), ("damages", 15), ("dismissed_withdrawn", 20)),
            "{co} v. {cp} 영업비밀 침해소송 ({fs})",
            "{caption} — trade secret misappropriation ({fs_en})",
            ("{co}의 전 거래처인 {cp} 측이 {prod} 공정 관련 기술자료를 무단 사용한 정황이 확인되어 "
             "{co} 측이 미국 연방 영업비밀보호법(DTSA)에 따라 제소함(청구액 {amount}).",),
            ("{cp} 측이 {co} 측의 현지 채용 인력을 통해 자사 영업비밀이 유출되었다며 {fs}에 소를 "
             "제기함(청구액 {amount}).",),
            money=(("USD",), 2_000_000, 30_000_000), tags=("영업비밀", "기술유출"), bucket="tech",
            jurisdiction="US"),
    ),
    "CN": (
        Scenario(
            "cn_squat", 20, "trademark", "invalidation", 1.0, ("squatter_cn",),
            (Forum("중국 국가지식산권국 상표국 (CNIPA Trademark Office)", "CNIPA", "CNIPA",
                   "cn_tm_reg"),),
            (300, 600), ("intake", "assessment", "filed", "evidence", "decision", "appeal"),
            (("mark_refused_cancelled", 62), ("upheld", 18), ("settled_licensed", 12),
             ("dismissed_withdrawn", 8)),
            "{mark} 상표 악의적 선점 등록 무효선고 청구 (CNIPA)",
            "Invalidation of bad-faith registration of {mark} in China ({cp})",
            ("{cp} 측이 {co}의 {mark} 상표를 제{n}류에 선점 등록한 사실이 확인되어 {co} 측이 "
             "{opened} CNIPA에 무효선고를 청구함.",
             "{co} 측의 중국 진출 준비 과정에서 {cp} 측이 {mark}·{mark_cn} 표장을 {n2}개 류에 걸쳐 "
             "먼저 등록해 둔 것이 확인됨. 상표법 제4조(사용 목적 없는 악의적 출원)와 제44조를 근거로 "
             "무효선고를 청구함."),
            tags=("상표 선점", "악의적 출원", "K-브랜드"), bucket="consumer", jurisdiction="CN"),
        Scenario(
            "cn_opp", 10, "trademark", "opposition", 1.0, ("squatter_cn",),
            (Forum("중국 국가지식산권국 상표국 (CNIPA Trademark Office)", "CNIPA", "CNIPA",
                   "cn_tm_app"),),
            (240, 480), _OFFICE,
            (("mark_refused_cancelled", 65), ("upheld", 25), ("dismissed_withdrawn", 10)),
            "{mark} 유사 상표 출원 이의신청 (CNIPA, {case})",
            "Opposition against {cp}'s application for {mark} (CNIPA)",
            ("{cp} 측이 {mark}·{mark_cn} 표장을 출원하여 초보심정 공고된 것을 모니터링으로 발견하고 "
             "{co} 측이 {opened} 이의신청을 제기함.",),
            tags=("상표 선점", "이의신청"), bucket="consumer", jurisdiction="CN"),
        Scenario(
            "cn_nonuse", 5, "trademark", "non_use_cancellation", 1.0, ("squatter_cn",),
            (Forum("중국 국가지식산권국 상표국 (CNIPA Trademark Office)", "CNIPA", "CNIPA",
                   "cn_tm_reg"),),
            (180, 420), _OFFICE,
            (("mark_refused_cancelled", 70), ("upheld", 20), ("dismissed_withdrawn", 10)),
            "{mark} 선점 상표 3년 불사용 취소심판 청구 (CNIPA)",
            "Non-use cancellation of the {mark} registration held by {cp}",
            ("{cp} 명의로 등록된 {mark} 상표가 3년 이상 사용되지 않은 것으로 조사되어 {co} 측이 "
             "{opened} 불사용 취소(撤三)를 청구함.",),
            tags=("상표 선점", "불사용 취소"), bucket="consumer", jurisdiction="CN"),
        Scenario(
            "cn_customs", 10, "trademark", "customs_detention", 1.0, ("seller_cn",),
            (Forum("칭다오해관 (青岛海关)", "칭다오해관", "Qingdao Customs", "cn_customs:青"),
             Forum("상하이해관 (上海海关)", "상하이해관", "Shanghai Customs", "cn_customs:沪"),
             Forum("광저우해관 (广州海关)", "광저우해관", "Guangzhou Customs", "cn_customs:穗"),
             Forum("선전해관 (深圳海关)", "선전해관", "Shenzhen Customs", "cn_customs:深"),
             Forum("닝보해관 (宁波海关)", "닝보해관", "Ningbo Customs", "cn_customs:甬"),
             Forum("톈진해관 (天津海关)", "톈진해관", "Tianjin Customs", "cn_customs:津")),
            (15, 120), _QUICK, (("goods_detained_destroyed", 85), ("dismissed_withdrawn", 15)),
            "{mark} 위조 {prod} 수출화물 세관 압류 ({fs})",
            "Customs seizure of counterfeit {mark} {prod_en} ({fs_en})",
            ("{fs}에서 {mark} 상표 위조 {prod} {n}상자가 수출 신고 과정에서 적발되어 {co} 측에 권리 확인 "
             "요청이 접수됨({opened}). {co} 측은 해관총서에 지식재산권 세관보호 备案을 해 둔 상태임.",),
            tags=("위조품", "세관", "K-브랜드"), bucket="consumer", jurisdiction="CN"),
        Scenario(
            "cn_raid", 10, "trademark", "administrative_raid", 1.0, ("seller_cn",),
            (Forum("광저우시 바이윈구 시장감독관리국 (广州市白云区市场监督管理局)", "광저우 바이윈구 AMR",
                   "Guangzhou Baiyun AMR", "cn_amr:穗白", None),
             Forum("이우시 시장감독관리국 (义乌市市场监督管理局)", "이우시 AMR", "Yiwu AMR", "cn_amr:义"),
             Forum("선전시 룽강구 시장감독관리국 (深圳市龙岗区市场监督管理局)", "선전 룽강구 AMR",
                   "Shenzhen Longgang AMR", "cn_amr:深龙"),
             Forum("취안저우시 시장감독관리국 (泉州市市场监督管理局)", "취안저우시 AMR", "Quanzhou AMR",
                   "cn_amr:泉")),
            (30, 200), ("intake", "assessment", "filed", "enforcement"),
            (("goods_detained_destroyed", 75), ("dismissed_withdrawn", 10), ("damages", 15)),
            "{mark} 위조 {prod} 제조·유통업체 행정단속 ({fs})",
            "Administrative raid on counterfeit {mark} {prod_en} ({fs_en})",
            ("{co} 측의 의뢰로 현지 조사업체가 위조 {prod} 제조 공장을 확인하였고, {fs}에 행정단속을 "
             "요청하여 {opened} 위조품 약 {n}천 점을 압수함.",
             "{mark} 위조 {prod} 제품을 도매로 유통하는 {cp} 측을 적발하여 {fs}에 신고함. 현장 단속에서 위조 "
             "라벨과 포장재가 함께 확인됨."),
            tags=("위조품", "행정단속", "K-브랜드"), bucket="consumer", jurisdiction="CN"),
        Scenario(
            "cn_online", 14, "trademark", "online_takedown", 1.0, ("seller_cn",),
            (Forum("알리바바 지식재산권 보호 플랫폼 (阿里巴巴知识产权保护平台, 淘宝·天猫)", "타오바오·티몰",
                   "Taobao/Tmall", "cn_platform", "Taobao/Tmall (Alibaba Group)"),
             Forum("징둥 지식재산권 보호 플랫폼 (京东知识产权保护平台)", "징둥(JD.com)", "JD.com",
                   "cn_platform", "JD.com"),
             Forum("핀둬둬 지식재산권 보호 플랫폼 (拼多多知识产权保护平台)", "핀둬둬", "Pinduoduo",
                   "cn_platform", "Pinduoduo"),
             Forum("더우인 전자상거래 지식재산권 보호 플랫폼 (抖音电商)", "더우인", "Douyin E-commerce",
                   "cn_platform", "Douyin E-commerce")),
            (5, 60), _QUICK, (("listings_removed", 88), ("dismissed_withdrawn", 12)),
            "{mark} 위조상품 {fs} 판매 게시물 삭제 요청 ({n}건)",
            "Takedown of counterfeit {mark} listings on {fs_en} ({n} listings)",
            ("{fs}에서 {mark} 상표를 도용한 {prod} 판매 게시물 {n}건이 확인되어 {opened} 플랫폼에 "
             "삭제를 요청함.",
             "{co} 측의 모니터링 결과 {fs}에 정품 이미지를 도용한 위조 {prod} 게시물 {n}건이 확인됨."),
            tags=("위조품", "온라인", "K-브랜드"), bucket="consumer", jurisdiction="CN",
            ip_types=("trademark", "trademark", "trademark", "design", "copyright")),
        Scenario(
            "cn_suit", 9, "patent", "infringement_suit", 0.55, ("competitor_cn",),
            (Forum("베이징지식산권법원 (北京知识产权法院)", "베이징지식산권법원", "Beijing IP Court",
                   "cn_court:京73"),
             Forum("상하이지식산권법원 (上海知识产权法院)", "상하이지식산권법원", "Shanghai IP Court",
                   "cn_court:沪73知"),
             Forum("광저우지식산권법원 (广州知识产权法院)", "광저우지식산권법원", "Guangzhou IP Court",
                   "cn_court:粤73"),
             Forum("선전시 중급인민법원 (深圳市中级人民法院)", "선전중급법원", "Shenzhen Intermediate Court",
                   "cn_court:粤03"),
             Forum("쑤저우시 중급인민법원 (苏州市中级人民法院)", "쑤저우중급법원", "Suzhou Intermediate Court",
                   "cn_court:苏05")),
            (300, 900), _COURT,
            (("injunction", 20), ("damages", 20), ("settled_licensed", 30), ("dismissed_withdrawn", 20),
             ("invalidated", 10)),
            "{co} v. {cp} 특허침해소송 ({fs})", "{caption} — patent infringement ({fs_en}, {case})",
            ("{co} 측이 {cp} 측의 {prod} 제품이 자사 중국 발명특허를 침해한다며 {opened} {fs}에 "
             "제소함(청구액 {amount}).",),
            ("{cp} 측이 {co}의 중국 현지법인이 생산하는 {prod} 제품이 자사 특허를 침해한다며 {fs}에 "
             "소를 제기함(청구액 {amount}).",),
            money=(("CNY",), 500_000, 30_000_000), tags=("특허", "중국 소송"), bucket="tech",
            jurisdiction="CN"),
        Scenario(
            "cn_patent_inval", 6, "patent", "invalidation", 0.3, ("competitor_cn",),
            (Forum("중국 국가지식산권국 복심무효심리부 (CNIPA Patent Reexamination and Invalidation "
                   "Department)", "CNIPA 복심무효심리부", "CNIPA", "cn_inval"),),
            (240, 540), ("filed", "evidence", "hearing", "decision", "appeal"),
            (("upheld", 45), ("invalidated", 40), ("dismissed_withdrawn", 15)),
            "{cp} 중국 특허 무효선고 청구 ({co}, {case})",
            "Invalidation request against a Chinese patent ({caption}, {case})",
            ("{cp} 측의 침해 경고에 대응하여 {co} 측이 해당 특허의 무효선고를 {opened} 청구함.",),
            ("{cp} 측이 {co}의 {prod} 관련 중국 특허에 대해 무효선고를 청구함. 병행 중인 침해소송의 "
             "반격 성격으로 보임.",),
            title_ko_d="{co} 중국 특허 무효선고 청구 대응 ({case})",
            tags=("특허", "무효"), bucket="tech", jurisdiction="CN"),
        Scenario(
            "cn_secret", 4, "trade_secret", "criminal_complaint", 1.0, ("former_partner_cn",),
            (Forum("쑤저우시 공안국 경제범죄수사대 (苏州市公安局经侦支队)", "쑤저우 공안국", "Suzhou PSB",
                   "cn_police:苏"),
             Forum("우시시 공안국 (无锡市公安局)", "우시 공안국", "Wuxi PSB", "cn_police:锡"),
             Forum("시안시 공안국 (西安市公安局)", "시안 공안국", "Xi'an PSB", "cn_police:西")),
            (200, 700), ("intake", "assessment", "filed", "evidence", "decision"),
            (("settled_licensed", 30), ("damages", 25), ("dismissed_withdrawn", 45)),
            "{co} 중국법인 기술유출 형사고소 ({fs})",
            "Criminal complaint over trade secret theft at {co_en}'s China subsidiary ({fs_en})",
            ("{co} 중국법인 전직 직원이 {cp} 측으로 이직하며 {prod} 공정 자료를 반출한 정황이 확인되어 "
             "{opened} {fs}에 형사고소함.",),
            tags=("영업비밀", "기술유출"), bucket="tech", jurisdiction="CN"),
    ),
    "JP": (
        Scenario(
            "jp_suit", 22, "patent", "infringement_suit", 0.5, ("competitor_jp",),
            (Forum("도쿄지방재판소 (東京地方裁判所) 민사 제29부", "도쿄지법", "Tokyo District Court",
                   "jp_court"),
             Forum("도쿄지방재판소 (東京地方裁判所) 민사 제46부", "도쿄지법", "Tokyo District Court",
                   "jp_court"),
             Forum("오사카지방재판소 (大阪地方裁判所) 민사 제21부", "오사카지법", "Osaka District Court",
                   "jp_court")),
            (400, 900), _COURT,
            (("settled_licensed", 40), ("dismissed_withdrawn", 30), ("injunction", 15), ("damages", 15)),
            "{co} v. {cp} 특허침해소송 ({fs})", "{caption} — patent infringement ({fs_en}, {case})",
            ("{co} 측이 {cp} 측의 {prod} 제품이 자사 일본 특허를 침해한다며 {opened} {fs}에 금지 및 "
             "손해배상({amount})을 청구함.",),
            ("{cp} 측이 {co}의 일본 수출 {prod} 제품에 대해 {fs}에 특허침해 금지 및 손해배상({amount}) "
             "청구 소송을 제기함.",),
            money=(("JPY",), 30_000_000, 3_000_000_000), tags=("특허", "일본 소송"), bucket="tech",
            jurisdiction="JP"),
        Scenario(
            "jp_design", 10, "design", "infringement_suit", 0.8, ("competitor_jp",),
            (Forum("도쿄지방재판소 (東京地方裁判所) 민사 제40부", "도쿄지법", "Tokyo District Court",
                   "jp_court"),
             Forum("오사카지방재판소 (大阪地方裁判所) 민사 제26부", "오사카지법", "Osaka District Court",
                   "jp_court")),
            (300, 700), _COURT,
            (("settled_licensed", 40), ("injunction", 25), ("damages", 15), ("dismissed_withdrawn", 20)),
            "{co} {prod} 디자인권 침해소송 ({fs})", "{caption} — design infringement ({fs_en}, {case})",
            ("{cp} 측이 {co}의 {prod} 디자인을 모방한 제품을 일본에서 판매하여 {co} 측이 {opened} "
             "{fs}에 디자인권 침해소송을 제기함(청구액 {amount}).",),
            ("{cp} 측이 {co}의 {prod} 제품이 자사 등록디자인과 유사하다며 {fs}에 제소함.",),
            money=(("JPY",), 10_000_000, 300_000_000), tags=("디자인",), bucket="consumer",
            jurisdiction="JP"),
        Scenario(
            "jp_opp", 16, "trademark", "opposition", 0.85, ("squatter_jp", "competitor_jp"),
            (Forum("일본 특허청 (JPO) 심판부", "JPO", "JPO", "jp_opp"),),
            (200, 500), _OFFICE,
            (("mark_refused_cancelled", 55), ("upheld", 35), ("dismissed_withdrawn", 10)),
            "{mark} 유사 상표 등록 이의신청 (JPO, {case})",
            "Opposition against a {mark}-like registration by {cp} (JPO {case})",
            ("{cp} 명의로 {mark} 표장과 유사한 가타카나 표장이 등록되어 {co} 측이 {opened} JPO에 "
             "등록이의신청을 제기함.",),
            ("{co}의 {mark} 상표 등록에 대해 {cp} 측이 선행 상표와 유사하다며 이의신청을 제기함.",),
            tags=("상표",), bucket="consumer", jurisdiction="JP"),
        Scenario(
            "jp_inval", 10, "patent", "invalidation", 0.5, ("competitor_jp",),
            (Forum("일본 특허청 (JPO) 심판부", "JPO", "JPO", "jp_inv"),),
            (300, 600), ("filed", "evidence", "hearing", "decision", "appeal"),
            (("upheld", 45), ("invalidated", 35), ("settled_licensed", 10), ("dismissed_withdrawn", 10)),
            "{cp} 특허 무효심판 청구 ({co}, JPO {case})",
            "Invalidation trial against a Japanese patent ({caption}, JPO {case})",
            ("{cp} 측의 특허가 {co} 측의 일본 사업에 장애가 되어 {opened} JPO에 무효심판을 청구함.",),
            ("{cp} 측이 {co}의 {prod} 관련 일본 특허에 대해 무효심판을 청구함({case}).",),
            title_ko_d="{co} 일본 특허 무효심판 대응 (JPO {case})",
            tags=("특허", "무효심판"), bucket="tech", jurisdiction="JP"),
        Scenario(
            "jp_customs", 14, "trademark", "customs_detention", 1.0, ("seller_jp",),
            (Forum("도쿄세관 (東京税関)", "도쿄세관", "Tokyo Customs", "jp_customs"),
             Forum("오사카세관 (大阪税関)", "오사카세관", "Osaka Customs", "jp_customs"),
             Forum("요코하마세관 (横浜税関)", "요코하마세관", "Yokohama Customs", "jp_customs"),
             Forum("고베세관 (神戸税関)", "고베세관", "Kobe Customs", "jp_customs")),
            (20, 90), _QUICK, (("goods_detained_destroyed", 85), ("dismissed_withdrawn", 15)),
            "{mark} 위조 {prod} 수입 통관보류 ({fs})",
            "Import suspension of counterfeit {mark} {prod_en} ({fs_en})",
            ("{fs}이 국제우편으로 반입된 {mark} 위조 {prod} {n}점에 대해 인정절차(認定手続)를 개시하고 "
             "{co} 측에 통지함({opened}).",),
            tags=("위조품", "세관", "K-뷰티"), bucket="consumer", jurisdiction="JP"),
        Scenario(
            "jp_online", 16, "trademark", "online_takedown", 1.0, ("seller_jp",),
            (Forum("라쿠텐 이치바 권리침해 신고 (楽天市場)", "라쿠텐", "Rakuten Ichiba", "online",
                   "Rakuten Group, Inc."),
             Forum("Amazon.co.jp 브랜드 레지스트리", "Amazon.co.jp", "Amazon.co.jp", "online",
                   "Amazon Japan G.K."),
             Forum("메루카리 권리침해 신고 (メルカリ)", "메루카리", "Mercari", "online", "Mercari, Inc."),
             Forum("Qoo10 재팬 권리침해 신고", "Qoo10", "Qoo10 Japan", "online", "eBay Japan G.K. (Qoo10)")),
            (5, 60), _QUICK, (("listings_removed", 90), ("dismissed_withdrawn", 10)),
            "{mark} 위조상품 {fs} 게시물 삭제 요청 ({n}건)",
            "Takedown of counterfeit {mark} listings on {fs_en} ({n} listings)",
            ("{fs}에서 {mark} 위조 {prod} 판매 게시물 {n}건이 확인되어 {opened} 권리침해 신고를 접수함.",),
            tags=("위조품", "온라인", "K-뷰티"), bucket="consumer", jurisdiction="JP"),
        Scenario(
            "jp_nonuse", 6, "trademark", "non_use_cancellation", 1.0, ("squatter_jp",),
            (Forum("일본 특허청 (JPO) 심판부", "JPO", "JPO", "jp_nonuse"),),
            (180, 420), _OFFICE,
            (("mark_refused_cancelled", 70), ("upheld", 20), ("dismissed_withdrawn", 10)),
            "{mark} 선등록 상표 불사용 취소심판 (JPO {case})",
            "Non-use cancellation of a {mark} registration held by {cp} (JPO {case})",
            ("{co}의 일본 상표 출원이 {cp} 측 선등록 상표로 거절되어, 해당 상표의 3년 불사용을 이유로 "
             "{opened} 취소심판을 청구함.",),
            tags=("상표", "불사용 취소"), bucket="consumer", jurisdiction="JP"),
        Scenario(
            "jp_letter", 6, "patent", "warning_letter", 0.0, ("competitor_jp",),
            (Forum("일본 (소송 전 단계)", "경고장", "warning letter"),),
            (60, 300), ("intake", "assessment", "pre_filing"),
            (("settled_licensed", 40), ("dismissed_withdrawn", 60)),
            "{cp}의 {co} 대상 특허 침해 경고장",
            "Warning letter from {cp} to {co_en}",
            ("{opened} {cp} 측이 {co} 측에 {prod} 관련 일본 특허 침해를 주장하는 경고장을 보내고 "
             "실시료({amount})를 요구함.",),
            money=(("JPY",), 10_000_000, 500_000_000), tags=("경고장",), bucket="tech",
            jurisdiction="JP"),
    ),
    "EU": (
        Scenario(
            "eu_upc", 18, "patent", "infringement_suit", 0.35, ("npe_eu", "competitor_eu"),
            tuple(Forum(f"통합특허법원(UPC) {ko} 지방부 ({en} Local Division)", f"UPC {ko} 지방부",
                        f"UPC LD {en}", "upc")
                  for ko, en in (("뮌헨", "Munich"), ("뮌헨", "Munich"), ("뒤셀도르프", "Düsseldorf"),
                                 ("만하임", "Mannheim"), ("파리", "Paris"), ("헤이그", "The Hague"),
                                 ("밀라노", "Milan"), ("함부르크", "Hamburg"))),
            (360, 720), _COURT,
            (("injunction", 25), ("settled_licensed", 40), ("dismissed_withdrawn", 20), ("damages", 15)),
            "{co} v. {cp} UPC 특허침해소송 ({fs})", "{caption} — UPC infringement action ({fs_en}, {case})",
            ("{co} 측이 {cp} 측의 {prod} 제품이 자사 유럽특허를 침해한다며 {opened} {fs}에 침해소송을 "
             "제기함(청구액 {amount}).",),
            ("{cp} 측이 {co}의 유럽 판매 {prod} 제품에 대해 {fs}에 침해소송을 제기하고 UPC 회원국 "
             "전역의 판매금지를 청구함(청구액 {amount}).",
             "{opened} {cp} 측이 {fs}에 {co} 측을 상대로 유럽특허 침해소송을 제기함. 대상은 {prod}이며 "
             "청구액은 {amount} 규모임."),
            money=(("EUR",), 500_000, 25_000_000), tags=("UPC", "유럽 소송"), bucket="tech",
            jurisdiction="EU"),
        Scenario(
            "eu_revocation", 6, "patent", "invalidation", 0.6, ("competitor_eu", "npe_eu"),
            (Forum("통합특허법원(UPC) 중앙부 파리 본부 (Central Division, Paris seat)", "UPC 중앙부(파리)",
                   "UPC CD Paris", "upc"),
             Forum("통합특허법원(UPC) 중앙부 뮌헨 지부 (Central Division, Munich section)",
                   "UPC 중앙부(뮌헨)", "UPC CD Munich", "upc"),
             Forum("통합특허법원(UPC) 중앙부 밀라노 지부 (Central Division, Milan section)",
                   "UPC 중앙부(밀라노)", "UPC CD Milan", "upc")),
            (300, 600), ("filed", "evidence", "hearing", "decision", "appeal"),
            (("invalidated", 45), ("upheld", 35), ("settled_licensed", 20)),
            "{cp} 유럽특허 UPC 취소소송 ({co}, {case})",
            "Revocation action concerning a European patent ({caption}, {fs_en}, {case})",
            ("{co} 측이 {cp} 측의 유럽특허가 진보성이 없다며 {opened} {fs}에 취소소송을 제기함.",),
            ("{cp} 측이 {co}의 {prod} 관련 유럽특허에 대해 {fs}에 취소소송을 제기함.",),
            title_ko_d="{co} 유럽특허 UPC 취소소송 대응 ({case})",
            tags=("UPC", "무효"), bucket="tech", jurisdiction="EU"),
        Scenario(
            "eu_sep", 6, "patent", "infringement_suit", 0.0, ("npe_eu",),
            (Forum("독일 뮌헨 제1지방법원 (Landgericht München I) 제7민사부", "뮌헨 지법",
                   "LG München I", "de_munich"),
             Forum("독일 만하임 지방법원 (Landgericht Mannheim) 제2민사부", "만하임 지법", "LG Mannheim",
                   "de_mannheim"),
             Forum("독일 뒤셀도르프 지방법원 (Landgericht Düsseldorf) 제4c민사부", "뒤셀도르프 지법",
                   "LG Düsseldorf", "de_dus")),
            (300, 800), _COURT,
            (("settled_licensed", 55), ("injunction", 20), ("dismissed_withdrawn", 25)),
            "{co} v. {cp} 표준필수특허(SEP) 침해소송 ({fs})",
            "{cp} v. {co_en} — SEP infringement ({fs_en}, {case})",
            ("{cp} 측이 5G·Wi-Fi 표준필수특허 {n}건을 근거로 {opened} {fs}에 {co} 측을 제소하고 "
             "판매금지를 청구함. FRAND 조건 협상이 병행되고 있음(청구액 {amount}).",),
            money=(("EUR",), 1_000_000, 50_000_000), tags=("SEP", "FRAND", "독일 소송"), bucket="tech",
            jurisdiction="DE"),
        Scenario(
            "eu_opp", 14, "trademark", "opposition", 0.8, ("squatter_eu", "competitor_eu"),
            (Forum("유럽연합 지식재산청 (EUIPO) 이의부", "EUIPO", "EUIPO", "euipo_opp"),),
            (200, 700), ("filed", "evidence", "decision", "appeal"),
            (("mark_refused_cancelled", 55), ("upheld", 25), ("settled_licensed", 10),
             ("dismissed_withdrawn", 10)),
            "{mark} 유사 EU 상표 출원 이의신청 (EUIPO {case})",
            "Opposition {case} concerning {mark} (EUIPO, {caption})",
            ("{cp} 측의 {mark} 유사 EU 상표 출원에 대해 {co} 측이 선행 국제등록(마드리드)을 근거로 "
             "{opened} 이의신청을 제기함.",),
            ("{co}의 {mark} EU 상표 출원에 대해 {cp} 측이 선행 권리를 근거로 이의신청을 제기함.",),
            tags=("상표", "EUIPO"), bucket="consumer", jurisdiction="EU"),
        Scenario(
            "eu_tm_inval", 4, "trademark", "invalidation", 1.0, ("squatter_eu",),
            (Forum("유럽연합 지식재산청 (EUIPO) 취소부", "EUIPO", "EUIPO", "euipo_canc"),),
            (300, 700), ("filed", "evidence", "decision", "appeal"),
            (("mark_refused_cancelled", 60), ("upheld", 30), ("settled_licensed", 10)),
            "{mark} EU 상표 무효 청구 (EUIPO {case})",
            "Invalidity action against the EU trade mark {mark} ({case})",
            ("{cp} 측이 {co}의 {mark} 상표를 EU에 먼저 등록한 것이 확인되어 악의 출원을 이유로 "
             "{opened} 무효를 청구함.",),
            tags=("상표", "악의적 출원", "EUIPO"), bucket="consumer", jurisdiction="EU"),
        Scenario(
            "eu_design", 3, "design", "invalidation", 0.5, ("competitor_eu",),
            (Forum("유럽연합 지식재산청 (EUIPO) 무효부", "EUIPO", "EUIPO", "euipo_icd"),),
            (300, 700), ("filed", "evidence", "decision", "appeal"),
            (("invalidated", 45), ("upheld", 45), ("settled_licensed", 10)),
            "{prod} 등록디자인 무효 청구 (EUIPO {case})",
            "Design invalidity proceedings {case} ({caption})",
            ("{cp} 측의 등록공동체디자인이 {co}의 {prod} 선행 디자인과 동일하여 {opened} 무효를 "
             "청구함.",),
            ("{cp} 측이 {co}의 {prod} 등록공동체디자인에 대해 신규성 결여를 이유로 무효를 청구함.",),
            tags=("디자인", "EUIPO"), bucket="consumer", jurisdiction="EU"),
        Scenario(
            "eu_customs", 12, "trademark", "customs_detention", 1.0, ("seller_eu",),
            (Forum("네덜란드 세관 로테르담항 (Douane Rotterdam)", "로테르담 세관", "Dutch Customs, Rotterdam",
                   "eu_customs:NL"),
             Forum("독일 함부르크 세관 (Hauptzollamt Hamburg)", "함부르크 세관", "Hamburg Customs",
                   "eu_customs:DE"),
             Forum("벨기에 세관 앤트워프항 (Douane Antwerpen)", "앤트워프 세관", "Belgian Customs, Antwerp",
                   "eu_customs:BE"),
             Forum("프랑스 세관 르아브르항 (Douane du Havre)", "르아브르 세관", "French Customs, Le Havre",
                   "eu_customs:FR"),
             Forum("스페인 세관 발렌시아항 (Aduana de Valencia)", "발렌시아 세관", "Spanish Customs, Valencia",
                   "eu_customs:ES")),
            (10, 90), _QUICK, (("goods_detained_destroyed", 85), ("dismissed_withdrawn", 15)),
            "{mark} 위조 {prod} EU 세관 통관보류 ({fs})",
            "EU customs detention of counterfeit {mark} {prod_en} ({fs_en})",
            ("{fs}이 {co} 측의 세관 단속신청(AFA)에 따라 {mark} 위조 {prod} {n}상자를 통관 보류하고 "
             "{opened} 권리자 확인을 요청함.",),
            tags=("위조품", "세관", "K-브랜드"), bucket="consumer", jurisdiction="EU"),
        Scenario(
            "eu_amazon", 12, "trademark", "online_takedown", 1.0, ("seller_eu",),
            tuple(Forum(f"Amazon.{tld} 브랜드 레지스트리 (Amazon Brand Registry)", f"Amazon.{tld}",
                        f"Amazon.{tld}", "online", "Amazon EU S.à r.l.")
                  for tld in ("de", "fr", "it", "es", "nl")),
            (5, 60), _QUICK, (("listings_removed", 88), ("dismissed_withdrawn", 12)),
            "{mark} 위조상품 {fs} 게시물 삭제 요청 ({n}건)",
            "Takedown of counterfeit {mark} listings on {fs_en} ({n} listings)",
            ("{fs}에서 {mark} 상표를 도용한 {prod} 판매 게시물 {n}건을 확인하고 {opened} 삭제를 요청함.",),
            tags=("위조품", "온라인"), bucket="consumer", jurisdiction="EU"),
        Scenario(
            "eu_epo", 6, "patent", "opposition", 0.5, ("competitor_eu",),
            (Forum("유럽특허청 (EPO) 이의부", "EPO", "EPO", "epo"),),
            (400, 900), ("filed", "evidence", "hearing", "decision", "appeal"),
            (("upheld", 40), ("invalidated", 40), ("dismissed_withdrawn", 20)),
            "{cp} 유럽특허 이의신청 ({case}, {co})",
            "Opposition against {case} ({caption})",
            ("{co} 측이 {cp} 측의 {prod} 관련 유럽특허({case})에 대해 {opened} 이의신청을 제기함.",),
            ("{cp} 측이 {co}의 유럽특허({case})에 대해 이의신청을 제기함.",),
            title_ko_d="{co} 유럽특허 이의신청 대응 ({case})",
            tags=("EPO", "이의신청"), bucket="tech", jurisdiction="EU"),
    ),
    "GVA": (
        Scenario(
            "gva_udrp", 40, "domain_name", "mediation", 1.0, ("domain_squatter",),
            (Forum("WIPO 중재조정센터 (WIPO Arbitration and Mediation Center) — UDRP", "WIPO UDRP",
                   "WIPO UDRP", "udrp"),),
            (45, 120), _OFFICE,
            (("upheld", 75), ("dismissed_withdrawn", 15), ("settled_licensed", 10)),
            "{domain} 도메인이름 분쟁 (UDRP {case})",
            "{co_en} v. {cp} — {domain} (WIPO Case No. {case})",
            ("{cp} 측이 {co}의 {mark} 상표를 포함한 {domain} 도메인을 등록하여 위조품 판매에 사용하고 "
             "있어 {opened} WIPO에 UDRP 분쟁조정을 신청함.",),
            tags=("UDRP", "도메인", "WIPO"), bucket="consumer", jurisdiction="INT"),
        Scenario(
            "gva_mediation", 25, "patent", "mediation", 0.5, ("competitor_int", "former_partner_int"),
            (Forum("WIPO 중재조정센터 조정 (WIPO Mediation)", "WIPO 조정", "WIPO Mediation", "wipo_med"),),
            (90, 400), ("intake", "filed", "hearing", "decision"),
            (("settled_licensed", 70), ("dismissed_withdrawn", 30)),
            "{co}–{cp} 라이선스 분쟁 WIPO 조정",
            "{co_en} / {cp} — licence dispute (WIPO mediation)",
            ("{co} 측과 현지 라이선시 {cp} 측 사이에 {prod} 관련 실시료 미지급 분쟁이 발생하여 {opened} "
             "WIPO 조정을 신청함(청구액 {amount}).",),
            ("{cp} 측이 {co} 측과의 {prod} 기술 라이선스 계약 위반을 주장하며 WIPO 조정을 신청함"
             "(청구액 {amount}).",),
            money=(("USD", "EUR", "CHF"), 200_000, 10_000_000), tags=("WIPO", "조정", "라이선스"),
            jurisdiction="INT", ip_types=("patent", "patent", "trademark", "copyright")),
        Scenario(
            "gva_arbitration", 15, "patent", "mediation", 0.5, ("competitor_int",),
            (Forum("WIPO 중재조정센터 신속중재 (WIPO Expedited Arbitration)", "WIPO 신속중재",
                   "WIPO Expedited Arbitration", "wipo_arb"),),
            (180, 500), ("intake", "filed", "evidence", "hearing", "decision"),
            (("settled_licensed", 40), ("damages", 35), ("dismissed_withdrawn", 25)),
            "{co}–{cp} 기술이전계약 분쟁 WIPO 신속중재",
            "{caption} — technology transfer dispute (WIPO expedited arbitration)",
            ("{co} 측이 {cp} 측의 {prod} 기술이전 계약상 개량기술 귀속 조항 위반을 이유로 {opened} "
             "WIPO 신속중재를 신청함(청구액 {amount}).",),
            ("{cp} 측이 {co} 측을 상대로 {prod} 기술이전 계약 해지에 따른 손해배상을 구하는 WIPO "
             "신속중재를 신청함(청구액 {amount}).",),
            money=(("USD", "EUR", "CHF"), 300_000, 15_000_000), tags=("WIPO", "중재"), bucket="tech",
            jurisdiction="INT"),
        Scenario(
            "gva_content", 10, "copyright", "mediation", 1.0, ("former_partner_int",),
            (Forum("WIPO 중재조정센터 조정 (WIPO Mediation)", "WIPO 조정", "WIPO Mediation", "wipo_med"),),
            (90, 360), ("intake", "filed", "hearing", "decision"),
            (("settled_licensed", 70), ("dismissed_withdrawn", 30)),
            "{co} 콘텐츠 해외 라이선스 분쟁 WIPO 조정 ({cp})",
            "{co_en} / {cp} — content licence dispute (WIPO mediation)",
            ("{co}의 {prod} 해외 배포권을 가진 {cp} 측이 계약 종료 후에도 콘텐츠를 계속 유통하여 "
             "{opened} WIPO 조정을 신청함(청구액 {amount}).",),
            money=(("USD",), 100_000, 3_000_000), tags=("WIPO", "저작권", "K-콘텐츠"),
            bucket="software_content", jurisdiction="INT"),
    ),
    "GEN": (
        Scenario(
            "gen_opp", 30, "trademark", "opposition", 1.0, ("squatter_int",),
            (Forum("{city} 주재국 상표관청", "현지 상표관청", "local trademark office"),),
            (200, 500), _OFFICE,
            (("mark_refused_cancelled", 60), ("upheld", 30), ("dismissed_withdrawn", 10)),
            "{mark} 상표 선점 출원 이의신청 ({city})", "Opposition against a squatted {mark} filing",
            ("현지 업체 {cp} 측이 {co}의 {mark} 상표를 먼저 출원하여 {opened} 이의신청을 제기함.",),
            tags=("상표 선점",), bucket="consumer"),
        Scenario(
            "gen_online", 30, "trademark", "online_takedown", 1.0, ("seller_int",),
            (Forum("현지 온라인 쇼핑몰 권리침해 신고", "현지 쇼핑몰", "local marketplace"),),
            (5, 60), _QUICK, (("listings_removed", 85), ("dismissed_withdrawn", 15)),
            "{mark} 위조상품 온라인 게시물 삭제 요청 ({n}건)",
            "Takedown of counterfeit {mark} listings ({n} listings)",
            ("현지 온라인 쇼핑몰에서 {mark} 위조 {prod} 게시물 {n}건이 확인되어 {opened} 삭제를 요청함.",),
            tags=("위조품", "온라인"), bucket="consumer"),
        Scenario(
            "gen_suit", 20, "patent", "infringement_suit", 0.5, ("competitor_int",),
            (Forum("{city} 관할 법원", "현지 법원", "local court"),),
            (300, 900), _COURT,
            (("settled_licensed", 45), ("dismissed_withdrawn", 30), ("injunction", 15), ("damages", 10)),
            "{co} v. {cp} 특허침해소송 ({city})", "{caption} — patent infringement",
            ("{co} 측이 {cp} 측의 {prod} 제품이 자사 현지 특허를 침해한다며 {opened} 제소함.",),
            ("{cp} 측이 {co}의 {prod} 제품에 대해 현지 법원에 특허침해소송을 제기함.",),
            tags=("특허",), bucket="tech"),
        Scenario(
            "gen_customs", 20, "trademark", "customs_detention", 1.0, ("seller_int",),
            (Forum("{city} 주재국 세관", "현지 세관", "local customs"),),
            (15, 90), _QUICK, (("goods_detained_destroyed", 85), ("dismissed_withdrawn", 15)),
            "{mark} 위조 {prod} 세관 통관보류 ({city})", "Customs detention of counterfeit {mark} goods",
            ("현지 세관이 {mark} 위조 {prod} {n}상자를 통관 보류하고 {opened} {co} 측에 확인을 요청함.",),
            tags=("위조품", "세관"), bucket="consumer"),
    ),
}

#: Second sentences of a summary by dispute kind (``kind:ip_type`` first).
DETAILS = {
    "infringement_suit": (
        "대상 특허는 {prod}의 핵심 구성에 관한 것으로, 현지 대리인은 비침해 및 무효 항변이 가능하다는 "
        "의견임.",
        "상대방이 다른 국가에서도 동일 패밀리 특허로 병행 소송을 제기할 가능성이 있음.",
        "주요 거래처 납품 일정에 영향이 있어 조기 대응 방안을 검토함.",
        "손해배상액 산정 시 현지 매출 규모와 실시료율이 쟁점이 될 전망임.",
    ),
    "infringement_suit:trade_secret": (
        "유출 자료에는 공정 조건과 설비 도면이 포함된 것으로 파악됨.",
        "디지털 포렌식 결과를 증거로 제출할 예정임.",
    ),
    "infringement_suit:design": (
        "상대방 제품은 형상과 색채 배치가 거의 동일하여 침해 가능성이 높다는 현지 대리인 의견임.",
        "현지 판매 채널 다수에서 모방품이 유통되고 있음.",
    ),
    "itc_337": (
        "수입배제명령이 내려질 경우 미국 내 거래처 공급에 직접 영향이 있어 대응이 시급함.",
        "공동 피신청인에 한국 기업 {n2}개사가 포함되어 있어 공동 대응을 협의함.",
        "행정판사(ALJ) 일정상 증거개시 기간이 짧아 현지 대리인 선임을 서두름.",
    ),
    "ptab_ipr_pgr": (
        "PTAB의 재량적 기각(discretionary denial) 기준 변경으로 개시 여부가 불확실함.",
        "병행 중인 지방법원 소송의 일정과 맞물려 개시 결정 시점이 중요함.",
        "선행기술은 한국·일본 공개특허와 학술 논문으로 구성됨.",
    ),
    "opposition": (
        "이의신청 기간 내 선사용 증거(국내 판매실적, 해외 수출 자료)를 확보하여 제출함.",
        "상대방 표장은 한글 브랜드를 그대로 음역한 형태로 혼동 가능성이 높음.",
        "상대방은 같은 명의로 한국 브랜드 여러 건을 출원한 이력이 있음.",
    ),
    "opposition:patent": (
        "이의 사유로 진보성 결여와 보정 범위 위반을 주장함.",
        "관련 선행문헌 {n2}건을 제출하였으며 구술심리가 예정되어 있음.",
    ),
    "invalidation": (
        "상대방의 출원 이력(한국 브랜드 다수 선점)을 악의의 근거로 제출함.",
        "현지 대리인과 함께 선행 사용 자료의 번역본과 공증 서류를 준비함.",
        "무효 결정 후 {co} 측 명의의 상표 출원을 병행할 계획임.",
    ),
    "invalidation:patent": (
        "무효 사유로 신규성·진보성 결여와 명세서 기재불비를 주장함.",
        "선행문헌 {n2}건을 근거로 제출하였으며 구술심리가 예정되어 있음.",
        "침해소송과 병행되고 있어 무효 결정 시점이 소송 전략에 중요함.",
    ),
    "invalidation:design": (
        "선행 디자인의 공개 시점을 입증하기 위해 국내 출시 자료와 온라인 게시 기록을 제출함.",
    ),
    "non_use_cancellation": (
        "상대방은 상표 등록 후 3년 이상 실제 사용 증거가 없는 것으로 조사됨.",
        "취소 후 {co} 측 상표가 등록될 수 있도록 후속 출원을 병행함.",
    ),
    "customs_detention": (
        "세관의 권리 확인 요청에 대해 기한 내 진위 감정서와 담보를 제출해야 함.",
        "적발 물품은 포장과 라벨을 정교하게 모방한 것으로 온라인 재판매 목적으로 추정됨.",
        "같은 발송인 명의의 반복 적발 사례가 있어 세관에 정보 공유를 요청함.",
    ),
    "administrative_raid": (
        "현장에서 위조 라벨·포장재와 생산 설비가 함께 확인됨.",
        "위조품 판매 규모가 형사 기준에 이를 가능성이 있어 공안 이송 여부를 검토함.",
        "단속 후 유사 업체가 인근 지역으로 옮기는 사례가 있어 지속 모니터링이 필요함.",
    ),
    "online_takedown": (
        "판매자 다수가 같은 이미지를 사용하고 있어 일괄 신고 방식으로 처리함.",
        "삭제된 게시물이 다른 계정으로 재등록되는 사례가 반복되어 플랫폼에 반복 침해자 조치를 요청함.",
        "정품 대비 가격이 30~60% 낮게 책정되어 소비자 피해가 우려됨.",
    ),
    "warning_letter": (
        "경고장에는 구체적인 청구항 대비표(claim chart)가 첨부되어 있음.",
        "같은 권리자가 다른 한국 기업에도 유사한 경고장을 보낸 사실이 확인됨.",
        "회신 기한이 촉박하여 현지 대리인의 비침해 의견서 확보를 우선 추진함.",
    ),
    "criminal_complaint": (
        "유출 자료에는 공정 레시피와 설비 도면이 포함된 것으로 파악됨.",
        "현지 법인의 보안 관리 체계 점검을 함께 권고함.",
    ),
    "mediation": (
        "양측은 소송 대신 WIPO 절차를 통해 비공개로 분쟁을 해결하기로 합의함.",
        "쟁점은 실시료 산정 기준과 개량 기술의 귀속 문제임.",
        "조정인(중재인)은 양측 추천으로 지식재산 분야 경험이 많은 전문가로 선정됨.",
    ),
    "mediation:domain_name": (
        "분쟁 도메인은 {co} 측의 정품 판매 사이트를 모방한 화면을 게시하고 있음.",
        "등록인은 개인정보 보호 서비스를 이용하고 있으며 등록인 정보 공개 후에도 답변이 없음.",
        "도메인에서 위조품 판매와 피싱 우려가 확인됨.",
    ),
}

#: Last sentence of the summary of an open case, by stage.
STATUS_OPEN = {
    "intake": "현재 사실관계 파악과 기업 면담을 진행 중임.",
    "assessment": "현지 대리인을 통해 대응 방향(비침해·무효 주장, 합의 가능성)을 검토 중임.",
    "pre_filing": "회신 또는 제소 전 준비 단계로, 증거 확보를 진행 중임.",
    "filed": "{stage_date} 사건이 정식 접수되어 서면 공방이 진행 중임.",
    "instituted": "{stage_date} 개시 결정이 내려져 본안 심리가 진행 중임.",
    "evidence": "현재 증거조사(디스커버리) 단계로 기술자료 제출 범위를 협의 중임.",
    "hearing": "{stage_date}부터 변론·심리 단계이며 쟁점 정리가 진행 중임.",
    "decision": "결정(판결) 선고를 앞두고 있음.",
    "appeal": "1심 결과에 불복하여 상급심 절차가 진행 중임.",
    "enforcement": "결정 이후 집행(폐기·삭제 확인) 절차가 진행 중임.",
}

#: ... for cases handled by customs, market regulators and platforms.
STATUS_OPEN_QUICK = {
    "intake": "권리 확인 요청을 접수하여 진위 감정을 준비 중임.",
    "assessment": "단속 요청 전 증거 수집과 현장 확인을 진행 중임.",
    "filed": "{stage_date} 감정서와 신고 서류를 제출하고 처리 결과를 기다리는 중임.",
    "enforcement": "처분 이후 폐기·삭제 이행 여부를 확인하는 중임.",
}
QUICK_KINDS = ("customs_detention", "administrative_raid", "online_takedown")

#: Last sentence of the summary of a closed case, by outcome (``outcome:ip_type`` or
#: ``outcome:dispute_kind`` first).
STATUS_CLOSED = {
    "upheld:domain_name": "{closed} 패널이 도메인이름 이전을 결정하여 종결됨.",
    "dismissed_withdrawn:domain_name": "{closed} 패널이 신청을 기각하여 종결됨.",
    "settled_licensed:domain_name": "{closed} 등록인이 도메인 이전에 합의하여 종결됨.",
    "damages:mediation": "{closed} 중재판정으로 손해배상이 인정되어 종결됨.",
    "dismissed_withdrawn:warning_letter": "{closed} 상대방이 추가 요구를 하지 않아 종결 처리함.",
    "dismissed_withdrawn:customs_detention": "{closed} 정품으로 확인되어 통관 보류가 해제됨.",
    "dismissed_withdrawn:online_takedown": "{closed} 플랫폼이 일부 신고를 받아들이지 않아 종결 처리함.",
    "settled_licensed": "{closed} 양측이 합의(라이선스 계약 체결)하여 종결됨.",
    "injunction": "{closed} 금지명령이 내려져 종결됨.",
    "exclusion_order": "{closed} ITC가 수입배제명령을 발령하여 종결됨.",
    "damages": "{closed} 손해배상 판결(결정)로 종결됨.",
    "dismissed_withdrawn": "{closed} 기각·취하로 종결됨.",
    "invalidated": "{closed} 대상 권리가 무효로 판단되어 종결됨.",
    "upheld": "{closed} 청구가 인용되어(권리 유지) 종결됨.",
    "mark_refused_cancelled": "{closed} 상대방 상표가 거절·취소(무효)되어 종결됨.",
    "goods_detained_destroyed": "{closed} 위조품이 압류되어 폐기 처분됨.",
    "listings_removed": "{closed} 신고한 게시물이 모두 삭제되어 종결됨.",
}

IMPACT = {
    "tech": ("같은 기술 분야 한국 기업의 유사 분쟁 가능성이 있어 사례 공유가 필요함.",
             "{tech} 분야 수출 기업 전반에 영향을 줄 수 있는 사안임.",
             "현지 매출 비중이 높은 제품이어서 사업 영향이 큼."),
    "consumer": ("K-브랜드 인기에 편승한 모방 사례로, 유사 피해 기업에 주의 안내가 필요함.",
                 "현지 유통망 확대 시기와 맞물려 브랜드 이미지 훼손이 우려됨.",
                 "같은 판매자가 다른 한국 브랜드도 모방하고 있어 공동 대응을 검토함."),
}

#: What the officer did: sentences for any case, then by profile with the dispute kinds
#: each fits ("*": any).
SUPPORT_ANY = (
    "기업 면담을 통해 사건 경과와 애로사항을 청취함.",
    "한국지식재산보호원의 해외 지재권 분쟁 대응 지원사업(공동대응·컨설팅) 연계를 안내함.",
    "현지 대리인 후보 {n2}곳의 정보를 제공함.",
    "해외 지재권 분쟁 보험 가입 현황을 확인하고 보험금 청구 절차를 안내함.",
    "본청에 사건 현황을 보고하고 유사 사례를 공유함.",
    "관련 판례와 현지 제도 자료를 정리하여 제공함.",
)
_SUITS = "infringement_suit itc_337 ptab_ipr_pgr warning_letter invalidation opposition"
_FAKES = "customs_detention administrative_raid online_takedown"
SUPPORT = {
    "US": (("NPE 대응 가이드북과 최근 E.D. Tex. 판결 동향 자료를 제공함.", "infringement_suit warning_letter"),
           ("같은 원고에게 피소된 한국 기업 간 공동 대응 협의를 주선함.", "infringement_suit itc_337"),
           ("USPTO 관계자 면담 시 PTAB 절차 관련 애로사항을 전달함.", "ptab_ipr_pgr"),
           ("IPR 청구를 위한 선행기술 조사 지원을 연계함.", "infringement_suit ptab_ipr_pgr warning_letter"),
           ("ITC 337조 대응 매뉴얼과 최근 조사 사례를 제공함.", "itc_337"),
           ("CBP 상표 등록(e-Recordation) 절차를 안내함.", _FAKES),
           ("Amazon 브랜드 레지스트리 등록과 일괄 신고 방법을 안내함.", _FAKES)),
    "CN": (("IP-DESK(해외지식재산센터)와 연계하여 현지 조사와 증거 공증을 지원함.", "*"),
           ("CNIPA 상표국에 악의적 선점 출원 사례로 전달하고 신속 심리를 요청함.",
            "invalidation opposition non_use_cancellation"),
           ("상표 선점 대응 매뉴얼과 무효선고 성공 사례를 제공함.", "invalidation opposition non_use_cancellation"),
           ("시장감독관리국 담당자와 면담하여 행정단속 협조를 요청함.", "administrative_raid"),
           ("해관총서 지식재산권 세관보호 备案 절차를 안내함.", "customs_detention"),
           ("플랫폼 지식재산 보호 담당자와 협의하여 일괄 신고 채널을 마련함.", "online_takedown"),
           ("중국 법원의 손해배상 인정 동향 자료를 제공함.", "infringement_suit"),
           ("공안 담당자 면담을 주선하고 기술유출 수사 절차를 안내함.", "criminal_complaint")),
    "JP": (("일본 특허청(JPO) 심판 절차와 기한을 안내함.",
            "invalidation opposition non_use_cancellation"),
           ("현지 변리사와의 상담회를 주선함.", "*"),
           ("세관 수입금지 신청(輸入差止申立) 절차를 안내함.", "customs_detention online_takedown"),
           ("일본 내 K-브랜드 위조품 유통 현황 자료를 제공함.", _FAKES),
           ("일본 특허침해소송 절차와 비용 자료를 제공함.", "infringement_suit warning_letter")),
    "EU": (("UPC 절차(가처분 포함)와 비용 구조 자료를 제공함.", "infringement_suit invalidation"),
           ("EUIPO 중소기업 지원기금(SME Fund) 신청 방법을 안내함.", "opposition invalidation"),
           ("EU 세관 단속신청(AFA) 등록을 권고하고 신청서 작성을 지원함.", _FAKES),
           ("EU 집행위원회 관계자 면담 시 SEP 관련 업계 의견을 전달함.", "infringement_suit"),
           ("FRAND 협상 관련 유럽 판례 자료를 제공함.", "infringement_suit")),
    "GVA": (("WIPO 중재조정센터 절차와 비용, 중소기업 감면 제도를 안내함.", "mediation"),
            ("WIPO 중재조정센터 담당자와 면담을 주선함.", "mediation"),
            ("UDRP 신청서 작성 요령과 유사 결정례를 제공함.", "mediation")),
}

FOLLOW_UPS = {
    "infringement_suit": ("답변서 제출 기한", "마크먼(청구항 해석) 심리 준비 상황 확인",
                          "조정기일 참석 여부 확인", "항소 기한 확인", "손해배상 전문가 의견서 제출 기한",
                          "기업 면담 — 합의 조건 검토"),
    "itc_337": ("ITC 최종판정 예정 — 대응 전략 협의", "예비판정(ID) 대비 기업 면담", "증거개시 일정 점검",
                "대통령 심사기간(60일) 종료 확인", "공동 피신청인 대응 협의"),
    "ptab_ipr_pgr": ("PTAB 개시 결정 예정", "특허권자 예비답변서(POPR) 제출 기한 확인", "구술심리 준비",
                     "최종서면결정(FWD) 예정"),
    "opposition": ("이의신청 보충 이유서 제출 기한", "사용증거 자료 제출 기한", "결정 결과 확인"),
    "invalidation": ("무효선고 청구 보정 서류 제출 기한", "구술심리 참석", "심결 결과 확인 및 후속 출원 검토"),
    "non_use_cancellation": ("상대방 사용증거 제출 여부 확인", "취소 결정 확인 후 상표 출원"),
    "customs_detention": ("세관 통지 후 담보 제공 기한 확인", "압류 물품 폐기 확인", "진위 감정서 제출 기한"),
    "administrative_raid": ("행정처벌 결정 확인", "재범 여부 현장 모니터링", "공안 이송 여부 확인"),
    "online_takedown": ("삭제 후 재등록 여부 모니터링", "플랫폼 회신 확인", "반복 침해자 계정 조치 요청"),
    "warning_letter": ("경고장 회신 기한", "비침해 의견서 수령", "라이선스 조건 검토 회의"),
    "criminal_complaint": ("공안 입건 여부 확인", "검찰 송치 여부 확인", "피해액 산정 자료 제출"),
    "mediation": ("패널 결정 통보 예정", "조정기일 준비", "합의서 초안 검토"),
    "engagements": ("면담 결과 본청 보고", "후속 협조 서한 발송", "기관 답변 회신 확인",
                    "요청 자료(피해 사례 목록) 송부", "관련 기업에 결과 공유"),
}

# --- engagements ----------------------------------------------------------------------

#: Topics by agency code: (Korean, English) and what Korea asks for.
TOPICS = {
    "uspto": (("PTAB 재량적 기각 기준 변경 관련 의견 교환", "Discretionary denial practice at the PTAB"),
              ("한미 특허심사하이웨이(PPH) 운영 협의", "KR–US Patent Prosecution Highway"),
              ("AI 활용 발명 심사 가이드라인 설명 청취", "Examination guidance for AI-assisted inventions"),
              ("USPTO 수수료 개정안에 대한 한국 기업 의견 전달", "USPTO fee proposals: Korean users' views")),
    "ustr": (("스페셜 301조 보고서 관련 한국 측 의견 전달", "Special 301 review: Korea's submission"),
             ("한미 FTA 지재권 분야 이행 점검", "KORUS FTA IP chapter implementation")),
    "us_itc": (("337조 조사 절차와 중소기업 대응 설명회", "Section 337 procedures for SMEs"),
               ("337조 조사 공익(public interest) 고려 관련 협의", "Public interest in Section 337")),
    "us_cbp": (("위조 K-브랜드 상품 통관 단속 협조 요청", "Enforcement against counterfeit Korean brands"),
               ("CBP 상표 등록(e-Recordation) 안내 협력", "CBP e-Recordation outreach")),
    "us_doc": (("반도체 수출통제 규정 관련 기업 애로 전달", "Semiconductor export controls: industry concerns"),
               ("해외 IP 보호 지원 프로그램 상호 협력", "Cooperation on IP attaché programmes")),
    "us_copyright_office": (("K-콘텐츠 불법 유통 대응 협력", "Online piracy of Korean content"),
                            ("생성형 AI와 저작권 보고서 설명 청취", "Generative AI and copyright report")),
    "cnipa": (("한국 기업 상표 악의적 선점 출원 심사 강화 요청", "Bad-faith trademark filings against Korean brands"),
              ("한중 특허청장회의 후속 실무협의", "Follow-up to the KIPO–CNIPA heads meeting"),
              ("특허 심사 품질·기간 관련 정보 교환", "Patent examination quality and pendency")),
    "samr": (("위조 화장품 행정단속 공조", "Joint action against counterfeit cosmetics"),
             ("온라인 위조품 유통 단속 협력", "Online counterfeit enforcement")),
    "china_customs": (("세관 지식재산권 보호 备案 절차 설명회", "Customs IP recordation for Korean brands"),
                      ("수출 위조품 적발 정보 공유", "Information sharing on seized counterfeit exports")),
    "mofcom": (("RCEP 지재권 장 이행 점검", "RCEP IP chapter implementation"),
               ("한중 FTA 지재권 분과 준비 협의", "KR–CN FTA IP sub-committee preparation")),
    "cn_courts": (("징벌적 손해배상 적용 사례 의견 교환", "Punitive damages in IP cases"),
                  ("외국 기업 지재권 소송 절차 설명 청취", "IP litigation procedures for foreign firms")),
    "jpo": (("한일 특허청 디자인 심사 협력", "KR–JP cooperation on design examination"),
            ("일본 상표 이의신청 실무 설명 청취", "Trademark opposition practice at the JPO"),
            ("한일 특허청장회의 의제 사전 협의", "Agenda for the KIPO–JPO heads meeting")),
    "meti": (("반도체 소재 수출관리 동향 청취", "Export management of semiconductor materials"),
             ("부정경쟁방지법 개정 방향 의견 교환", "Revision of the Unfair Competition Prevention Act")),
    "japan_customs": (("K-뷰티 위조품 수입 차단 협조", "Stopping counterfeit K-beauty imports"),
                      ("수입금지 신청 절차 간소화 요청", "Simpler applications for import suspension")),
    "eu_commission": (("EU 표준필수특허(SEP) 규정안 관련 한국 업계 의견 전달",
                       "Proposed EU SEP Regulation: Korean industry views"),
                      ("한-EU FTA 지재권 작업반 준비 협의", "KR–EU FTA IP working group"),
                      ("위조·불법복제 감시목록 관련 협의", "Counterfeit and Piracy Watch List")),
    "euipo": (("EUIPO 중소기업 지원기금(SME Fund) 안내 협조", "SME Fund outreach to Korean firms"),
              ("상표 이의신청 실무 세미나 공동 개최", "Joint seminar on opposition practice"),
              ("위조품 데이터베이스(IP Enforcement Portal) 활용 협력", "IP Enforcement Portal cooperation")),
    "epo": (("유니타리 특허 제도 이용 현황 설명 청취", "Unitary Patent uptake"),
            ("한-EPO 심사 협력(PPH) 운영 점검", "KIPO–EPO PPH operations")),
    "eu_customs": (("EU 세관 단속신청(AFA) 절차 안내 협력", "Customs applications for action (AFA)"),
                   ("K-브랜드 위조품 위험정보 공유", "Risk information on counterfeit Korean goods")),
    "upc": (("UPC 초기 판례 동향 청취", "Early UPC case law"),
            ("UPC 절차 비용과 중소기업 접근성 의견 교환", "UPC costs and SME access")),
    "wipo": (("PCT 규칙 개정 논의 대응", "PCT rule amendments"),
             ("WIPO 중재조정센터 한국 기업 이용 확대 협의", "Wider use of the WIPO AMC by Korean firms"),
             ("WIPO 한국 신탁기금(FIT) 사업 협의", "Korea Funds-in-Trust projects"),
             ("특허법 상설위원회(SCP) 의제 대응", "Standing Committee on the Law of Patents"),
             ("지식재산과 첨단기술 대화(AI) 참가", "WIPO Conversation on IP and Frontier Technologies")),
    "wto": (("TRIPS 이사회 의제 사전 협의", "TRIPS Council agenda"),
            ("전자상거래 협정 지재권 관련 조항 논의", "IP aspects of the e-commerce agreement")),
}
GENERIC_TOPICS = (("주재국 지재권 관계기관 면담", "Meeting with host-country IP authorities"),
                  ("한국 기업 지재권 애로 해소 협조 요청", "Request for help with Korean firms' IP problems"))
ASKS = ("한국 기업 피해 사례에 대한 신속한 처리를 요청함.",
        "중소기업이 절차에 쉽게 접근할 수 있도록 안내 자료 공동 제작을 제안함.",
        "제도 개선 시 한국 업계 의견이 반영되도록 의견서를 제출하겠다고 밝힘.",
        "정례 실무협의 채널 설치를 제안함.",
        "관련 통계와 처리 현황 자료 공유를 요청함.",
        "한국 기업 대상 설명회에 담당자 파견을 요청함.")
POSITION_LEADS = ("우리 측은 최근 한국 기업의 현지 분쟁 사례를 소개하면서",
                  "우리 측은 업계 의견 수렴 결과를 토대로",
                  "우리 측은 지난 협의의 후속 조치를 점검하면서",
                  "우리 측은 본청 지시사항에 따라")
RESULTS = ("{agency} 측은 우리 측 요청을 검토하여 실무 차원에서 회신하겠다고 답변함.",
           "{agency} 측은 관련 제도 운영 현황을 설명하고 구체적 사례 자료를 요청함.",
           "양측은 정례 실무협의 채널을 유지하기로 합의함.",
           "{agency} 측은 제도 개선 논의 시 한국 측 의견을 반영하겠다는 입장을 밝힘.",
           "{agency} 측은 사안별 협조 창구(담당관)를 지정함.",
           "{agency} 측은 일부 사항은 법령 개정이 필요하다며 중장기 과제로 검토하겠다고 함.")
NEXT_STEPS = ("회의 결과를 본청에 보고하고 관련 기업에 공유 예정.",
              "{month}월 중 후속 실무협의 개최 예정.",
              "요청 자료(피해 사례 목록)를 정리하여 {agency} 측에 송부 예정.",
              "차기 본청 화상회의에서 진행 상황 보고 예정.",
              "관련 기업 대상 설명회 개최 검토.")
COUNTERPART_TITLES = ("국제협력 담당 국장", "국제협력과장", "정책 담당관", "법무 담당 선임고문",
                      "집행 담당 과장", "Director, International Affairs", "Senior Counsel", "Head of Unit")

# --- trend notes ----------------------------------------------------------------------

#: (category, title_ko, title_en, body_ko, implications_ko, source, technology_field)
NOTES = {
    "US": (
        ("export_controls", "미 상무부 산업안보국(BIS), 첨단 반도체·장비 수출통제 규정 개정",
         "BIS revises export controls on advanced semiconductors and equipment",
         "BIS가 {month}월 첨단 컴퓨팅 칩과 반도체 제조장비에 대한 수출통제 규정을 개정함. 통제 대상 품목과 "
         "최종용도 요건이 확대되고, 동맹국 기업에 대한 일부 예외 절차가 신설됨.",
         "중국 내 생산시설을 둔 한국 반도체 기업은 장비 반입 허가 요건을 재점검할 필요가 있음.",
         "bis", "semiconductors_displays"),
        ("export_controls", "BIS, 거래제한 명단(Entity List)에 중국 기업 {n}곳 추가",
         "BIS adds {n} Chinese entities to the Entity List",
         "BIS가 군사 전용 우려를 이유로 중국 기업 {n}곳을 거래제한 명단에 추가함. 추가된 기업에는 "
         "{tech} 관련 기업이 다수 포함됨.",
         "추가 기업과 거래 관계가 있는 한국 기업은 공급망과 라이선스 계약을 점검해야 함.", "bis", None),
        ("court_ruling", "연방순회항소법원(CAFC), {tech} 분야 소프트웨어 특허 §101 무효 판결 유지",
         "Federal Circuit affirms §101 invalidity of a {tech_en} software patent",
         "CAFC가 {tech} 관련 소프트웨어 특허의 청구항이 추상적 아이디어에 해당한다는 1심 판단을 유지함. "
         "NPE 소송에서 특허 적격성 항변의 유효성을 재확인한 판결로 평가됨.",
         "NPE로부터 피소된 한국 기업은 소송 초기 §101 기각 신청(motion to dismiss)을 적극 검토할 만함.",
         "cafc", None),
        ("court_ruling", "E.D. Tex. 배심원, NPE에 {n}백만 달러 손해배상 평결",
         "E.D. Tex. jury awards an NPE ${n} million",
         "텍사스 동부지법 배심원이 {tech} 관련 특허 침해를 인정하고 NPE에 {n}백만 달러의 손해배상을 "
         "평결함. 피고는 평결 후 신청(JMOL)을 제기할 예정임.",
         "E.D. Tex.의 높은 원고 승소율이 이어지고 있어 한국 기업은 조기 합의와 IPR 병행 전략을 함께 "
         "검토할 필요가 있음.", "txed", None),
        ("office_practice", "USPTO, PTAB 재량적 기각 절차 개편 발표",
         "USPTO revises the discretionary denial process at the PTAB",
         "USPTO가 IPR 개시 여부 판단 시 재량적 기각 요소를 별도 절차로 먼저 심리하는 방식으로 개편함. "
         "병행 소송 일정, 특허의 존속 기간 등이 고려 요소로 명시됨.",
         "IPR을 NPE 대응 수단으로 활용해 온 한국 기업은 개시 가능성이 낮아질 수 있어 청구 시점과 "
         "전략을 조정해야 함.", "uspto", None),
        ("office_practice", "USPTO, AI 활용 발명의 발명자 판단 가이드라인 발표",
         "USPTO inventorship guidance for AI-assisted inventions",
         "USPTO가 AI를 활용한 발명에서 자연인의 '중요한 기여'가 있어야 발명자로 인정된다는 "
         "가이드라인을 발표함.",
         "AI 연구개발 비중이 큰 한국 기업은 발명 과정 기록(연구노트) 관리 체계를 보완할 필요가 있음.",
         "uspto", "ai"),
        ("trade_dispute", "USTR, {year}년 스페셜 301조 보고서 발표",
         "USTR releases the {year} Special 301 Report",
         "USTR가 {year}년 스페셜 301조 보고서에서 중국을 우선감시대상국으로 유지하고 영업비밀 탈취와 "
         "강제 기술이전 문제를 지적함. 한국은 감시 대상에 포함되지 않음.",
         "미·중 기술 갈등이 지재권 분야로 확산되는 흐름을 보여 주며, 중국 진출 한국 기업의 기술 보호 "
         "관리가 중요해짐.", "ustr", None),
        ("trade_dispute", "미국, 중국산 {tech} 제품 대상 301조 관세 인상",
         "US raises Section 301 tariffs on Chinese {tech_en} products",
         "USTR가 301조 검토 결과 중국산 {tech} 관련 제품의 관세를 인상하기로 결정함. 인상분은 "
         "단계적으로 적용됨.",
         "미국 시장에서 한국 제품의 가격 경쟁력이 높아질 수 있으나, 중국 내 생산 제품의 우회 수출 "
         "판정에 유의해야 함.", "ustr", None),
        ("market", "{qyear}년 {q}분기 미국 NPE 소송 동향: 신규 {n}건, 한국 기업 피소 {n2}건",
         "NPE litigation in Q{q} {qyear}: {n} new suits, {n2} against Korean companies",
         "{qyear}년 {q}분기 미국 연방법원에 접수된 NPE 특허소송은 {n}건이며 이 중 한국 기업 피소는 "
         "{n2}건임. 텍사스 동부·서부지법 비중이 절반을 넘음.",
         "한국 중소·중견기업 피소가 늘고 있어 분쟁 보험과 공동 대응 지원 안내를 강화할 필요가 있음.",
         "uspto", None),
        ("court_ruling", "ITC, {tech} 관련 337조 조사에서 수입배제명령 발령",
         "ITC issues an exclusion order in a {tech_en} Section 337 investigation",
         "ITC가 {tech} 관련 337조 조사에서 특허 침해를 인정하고 제한적 수입배제명령을 발령함. 60일간의 "
         "대통령 심사기간이 진행됨.",
         "같은 분야 한국 수출기업은 회피설계 여부와 공급망 영향을 점검할 필요가 있음.", "itc", None),
        ("legislation", "미 의회, 특허 심판 제도 개편 법안(PREVAIL Act) 재발의",
         "PREVAIL Act reintroduced in Congress",
         "PTAB 무효심판 청구 요건을 강화하는 PREVAIL Act가 상원에 재발의됨. 청구인 적격 제한과 증거 "
         "기준 상향이 주요 내용임.",
         "법안이 통과되면 NPE 대응 수단으로서 IPR의 효용이 줄어들 수 있어 동향을 지속 점검해야 함.",
         "congress", None),
        ("digital_economy", "미 저작권청, 생성형 AI 학습과 저작권 보고서 공개",
         "US Copyright Office report on generative AI training",
         "미 저작권청이 생성형 AI 학습 데이터 이용과 공정이용(fair use) 판단에 관한 보고서를 공개함.",
         "AI 서비스를 미국에 출시하는 한국 기업은 학습 데이터 출처 관리와 라이선스 확보 방안을 점검해야 "
         "함.", "copyright", "ai"),
    ),
    "CN": (
        ("office_practice", "CNIPA, 악의적 상표출원 단속 특별행동 결과 발표 — {n}만 건 처리",
         "CNIPA reports on its crackdown on bad-faith trademark filings",
         "CNIPA가 {year}년 악의적 상표출원 단속 결과 약 {n}만 건을 거절·무효 처리했다고 발표함. "
         "유명 외국 브랜드 선점과 대량 출원이 주요 단속 대상임.",
         "한국 브랜드 선점 피해 기업은 CNIPA에 악의 출원 사례로 적극 신고할 필요가 있음.", "cnipa", None),
        ("office_practice", "CNIPA, 발명특허 심사기간 단축 목표 발표 (평균 {m}개월)",
         "CNIPA targets shorter patent pendency ({m} months)",
         "CNIPA가 고가치 발명특허의 평균 심사기간을 {m}개월로 단축하겠다는 목표를 발표함. 우선심사 대상도 "
         "확대됨.",
         "중국 특허 확보가 필요한 한국 기업은 우선심사 제도와 PPH 활용을 검토할 만함.", "cnipa", None),
        ("legislation", "중국 상표법 개정안 의견수렴 — 악의적 출원 제재·사용의무 강화",
         "Draft revision of the PRC Trademark Law: bad faith and use requirements",
         "전국인민대표대회가 상표법 개정안 초안을 공개하고 의견을 수렴함. 악의적 출원에 대한 과태료 "
         "부과와 등록 후 사용 상황 신고 의무가 신설됨.",
         "개정 시 선점 상표 대응 수단이 늘어나므로 한국 기업 피해 사례를 의견서로 제출할 필요가 있음.",
         "npc", None),
        ("court_ruling", "최고인민법원, 지식재산권 징벌적 손해배상 전형사례 발표",
         "SPC publishes typical cases on punitive damages in IP",
         "최고인민법원이 지식재산권 침해 징벌적 손해배상 전형사례 {n}건을 발표함. 고의 침해와 반복 침해에 "
         "최대 5배 배상이 적용됨.",
         "중국에서 권리를 행사하는 한국 기업은 침해자의 고의를 입증할 자료(경고장 발송 기록 등)를 "
         "확보해 둘 필요가 있음.", "court_cn", None),
        ("court_ruling", "베이징지식산권법원, 외국 브랜드 선점 상표 무효 판결 잇따라",
         "Beijing IP Court upholds invalidation of squatted foreign brands",
         "베이징지식산권법원이 외국 브랜드를 대량 선점한 출원인의 상표에 대해 악의를 인정하고 무효 결정을 "
         "유지하는 판결을 잇따라 내림.",
         "선점 피해 한국 기업은 출원인의 대량 출원 이력을 악의의 증거로 활용할 수 있음.", "court_cn", None),
        ("export_controls", "중국 상무부, 갈륨·게르마늄 등 핵심 광물 수출통제 강화",
         "MOFCOM tightens export controls on gallium, germanium and other critical minerals",
         "중국 상무부가 갈륨·게르마늄·흑연 등 핵심 광물의 수출 허가 요건을 강화함.",
         "반도체·이차전지 소재를 중국에서 조달하는 한국 기업은 공급선 다변화를 검토해야 함.", "mofcom",
         "semiconductors_displays"),
        ("export_controls", "중국, 이차전지 양극재·리튬 정제 기술 수출제한 목록 추가",
         "China adds battery cathode and lithium processing technologies to its export restriction list",
         "중국 상무부와 과학기술부가 수출금지·제한 기술 목록을 개정하여 이차전지 양극재 제조와 리튬 "
         "정제 기술을 추가함.",
         "중국 기업과 기술협력 중인 한국 배터리 기업은 기술이전 계약의 허가 요건을 확인해야 함.", "mofcom",
         "secondary_batteries"),
        ("trade_dispute", "중국, '신뢰할 수 없는 실체 명단'에 미국 기업 추가 지정",
         "China adds US companies to its Unreliable Entity List",
         "중국 상무부가 미국의 수출통제에 대응하여 미국 기업 {n}곳을 신뢰할 수 없는 실체 명단에 추가함.",
         "미·중 양국과 거래하는 한국 기업은 양측 제재 목록을 동시에 점검하는 체계가 필요함.", "mofcom", None),
        ("fta_rcep", "RCEP 발효 {n}년 — 중국의 지재권 장 이행 현황",
         "RCEP at {n}: China's implementation of the IP chapter",
         "RCEP 지재권 장의 이행 점검 결과, 중국은 악의적 상표 출원 거절 근거와 국경조치 관련 규정을 "
         "정비함.",
         "RCEP 규정을 근거로 중국 당국에 한국 브랜드 보호 강화를 요청할 수 있음.", "mofcom", None),
        ("market", "중국 온라인 플랫폼 위조상품 신고 처리 현황 ({qyear}년 {q}분기)",
         "Counterfeit takedowns on Chinese platforms, Q{q} {qyear}",
         "{qyear}년 {q}분기 주요 플랫폼의 지재권 침해 신고 처리 건수는 약 {n}만 건으로, 화장품과 식품 "
         "분야 한국 브랜드 관련 신고가 {pct}%를 차지함.",
         "K-뷰티·K-푸드 기업은 플랫폼 권리자 등록과 상시 모니터링을 권고함.", "samr", None),
        ("digital_economy", "중국, 데이터 국외이전 규정 완화",
         "China eases rules on cross-border data transfers",
         "국가인터넷정보판공실이 데이터 국외이전 안전평가 대상 기준을 완화하는 규정을 시행함.",
         "중국 법인 데이터를 한국 본사로 이전하는 기업의 규제 부담이 줄어들 전망임.", "cac", None),
        ("office_practice", "해관총서, 지식재산권 세관보호 备案 온라인 절차 개편",
         "GACC revamps online IP customs recordation",
         "해관총서가 지식재산권 세관보호 备案 신청을 온라인으로 일원화하고 처리기간을 단축함.",
         "수출 위조품 적발을 위해 한국 브랜드 기업의 备案 등록을 적극 권장할 필요가 있음.", "customs_cn", None),
    ),
    "JP": (
        ("office_practice", "JPO, 특허 심사 처리기간 실적 발표 (1차 심사 {m}개월)",
         "JPO reports patent pendency: first action in {m} months",
         "JPO가 {year}년 특허 1차 심사 통지까지 평균 {m}개월, 권리화까지 평균 {n}개월이 걸렸다고 발표함.",
         "일본 권리화 일정 수립 시 조기심사 제도 활용을 검토할 만함.", "jpo", None),
        ("office_practice", "JPO, AI 관련 발명 심사 사례집 추가 공개",
         "JPO publishes more examination cases on AI-related inventions",
         "JPO가 AI 관련 발명의 발명 해당성과 진보성 판단 사례 {n}건을 추가 공개함.",
         "AI 분야 한국 출원인은 청구항 작성 시 일본의 판단 기준을 참고할 필요가 있음.", "jpo", "ai"),
        ("legislation", "일본 부정경쟁방지법 개정 — 디지털 공간 형태 모방 규제",
         "Japan's Unfair Competition Prevention Act now covers imitation in digital spaces",
         "개정 부정경쟁방지법이 시행되어 메타버스 등 디지털 공간에서의 상품 형태 모방도 규제 대상이 됨.",
         "디지털 콘텐츠·캐릭터 사업을 하는 한국 기업의 일본 내 보호 수단이 넓어짐.", "meti", None),
        ("legislation", "일본 상표법 개정: 동의서(コンセント) 제도 도입",
         "Japan introduces a consent system in trademark examination",
         "개정 상표법 시행으로 선행 상표권자의 동의가 있으면 유사 상표도 등록할 수 있게 됨.",
         "일본 진출 시 선행 상표와 충돌하는 한국 기업은 공존 동의 협상을 대안으로 검토할 수 있음.", "jpo",
         None),
        ("court_ruling", "지재고등재판소, 해외 서버를 통한 특허침해 인정 판결",
         "IP High Court finds infringement through a server located abroad",
         "지재고등재판소가 해외 서버를 이용해 일본 내 이용자에게 제공된 서비스에 대해 일본 특허 침해를 "
         "인정함.",
         "일본 시장에 온라인 서비스를 제공하는 한국 기업은 서버 위치와 무관하게 침해 위험을 점검해야 함.",
         "ipcourt", None),
        ("court_ruling", "도쿄지방재판소, 디자인권 침해 손해배상 산정 기준 제시",
         "Tokyo District Court on damages for design infringement",
         "도쿄지방재판소가 디자인권 침해 손해배상 산정 시 침해자 이익의 추정 범위에 관한 기준을 제시함.",
         "일본에서 모방품 피해를 입은 한국 기업의 손해배상 청구 전략 수립에 참고가 됨.", "ipcourt", None),
        ("export_controls", "METI, 반도체 제조장비 수출관리 대상 품목 확대",
         "METI widens export controls on semiconductor manufacturing equipment",
         "METI가 외환법 시행령을 개정하여 첨단 반도체 제조장비 {n}개 품목을 수출관리 대상에 추가함.",
         "일본산 장비·소재를 사용하는 한국 반도체 기업은 조달 일정에 미칠 영향을 점검해야 함.", "meti",
         "semiconductors_displays"),
        ("fta_rcep", "일본, RCEP 지재권 장 관련 국내 제도 정비 현황",
         "Japan's domestic measures under the RCEP IP chapter",
         "일본 정부가 RCEP 지재권 장 이행을 위한 국경조치와 민사 구제 관련 제도 정비 현황을 공개함.",
         "RCEP 역내에서 한국 기업의 권리 보호 수준을 비교할 자료로 활용 가능함.", "meti", None),
        ("market", "일본 세관, K-뷰티 위조품 적발 {pct}% 증가 ({year}년)",
         "Japan Customs: seizures of counterfeit K-beauty up {pct}% ({year})",
         "일본 세관의 {year}년 지재권 침해물품 적발 통계에서 한국 화장품 위조품 적발이 전년보다 {pct}% "
         "증가함. 대부분 국제우편을 통한 소량 반입임.",
         "K-뷰티 기업은 일본 세관 수입금지 신청을 적극 활용할 필요가 있음.", "customs_jp", None),
        ("digital_economy", "일본 문화청, 생성형 AI와 저작권에 관한 '사고방식' 공표",
         "Agency for Cultural Affairs publishes its views on generative AI and copyright",
         "일본 문화청이 생성형 AI의 학습·생성 단계별 저작권 침해 판단 기준을 정리한 문서를 공표함.",
         "일본에서 AI 서비스를 운영하는 한국 기업은 생성물의 유사성 관리 방안을 마련해야 함.", "bunka",
         "ai"),
    ),
    "EU": (
        ("legislation", "EU 표준필수특허(SEP) 규정안 논의 동향",
         "Proposed EU SEP Regulation: state of play",
         "EU 집행위원회가 제안한 SEP 규정안은 EUIPO에 SEP 등록부를 두고 FRAND 로열티 산정을 위한 조정 "
         "절차를 의무화하는 내용임. 이사회와 의회의 논의가 이어지고 있음.",
         "통신·전자 분야 한국 기업은 SEP 보유자이자 실시자로서 양면의 영향을 검토해야 함.", "ec",
         "next_gen_communications"),
        ("legislation", "EU 디자인 제도 개편(디자인 규정·지침) 시행",
         "EU design reform enters into force",
         "EU 디자인 규정 개정안이 시행되어 등록공동체디자인의 명칭이 'EU 디자인'으로 바뀌고 수수료 체계와 "
         "보호 대상(디지털 디자인)이 정비됨.",
         "유럽에 제품을 수출하는 한국 기업은 디자인 출원 전략과 갱신 비용을 재검토할 필요가 있음.", "euipo",
         None),
        ("legislation", "EU AI법(AI Act) 단계적 시행 — 범용 AI 모델 의무 적용",
         "EU AI Act: obligations for general-purpose AI models apply",
         "EU AI법의 범용 AI 모델 관련 의무가 적용되기 시작함. 학습 데이터 요약 공개와 저작권 정책 수립이 "
         "요구됨.",
         "유럽에 AI 서비스를 제공하는 한국 기업은 학습 데이터 요약과 저작권 준수 정책을 준비해야 함.", "ec",
         "ai"),
        ("court_ruling", "UPC 항소법원, 가처분 요건 관련 주요 결정",
         "UPC Court of Appeal rules on the requirements for provisional measures",
         "UPC 항소법원이 가처분 인용 요건으로 권리 유효성의 '상당한 개연성'과 긴급성 판단 기준을 제시함.",
         "유럽에서 권리를 행사하거나 피소된 한국 기업은 UPC 가처분 대응 전략을 점검해야 함.", "upc", None),
        ("court_ruling", "UPC 개원 {n}년: 침해소송 {m}건 중 독일 지방부 비중 {pct}%",
         "UPC after {n} years: {m} infringement actions, {pct}% in German local divisions",
         "UPC 개원 이후 접수된 침해소송은 {m}건으로, 독일 지방부(뮌헨·뒤셀도르프·만하임) 비중이 {pct}%에 "
         "달함. 평균 1심 처리기간은 약 {n2}개월임.",
         "유럽 수출 한국 기업은 단일 소송으로 여러 국가 판매금지가 가능한 UPC 위험을 고려해야 함.", "upc",
         None),
        ("court_ruling", "유럽사법재판소(CJEU), 온라인 마켓플레이스 상표 침해 책임 판결",
         "CJEU rules on marketplace liability for trade mark infringement",
         "CJEU가 제3자 판매자의 위조품 광고에 대해 마켓플레이스 운영자도 상표 '사용' 주체가 될 수 있다고 "
         "판단함.",
         "Amazon 등에서 위조품 피해를 입은 한국 기업의 플랫폼 대응 근거가 강화됨.", "curia", None),
        ("office_practice", "EUIPO, {year}년 중소기업 지원기금(SME Fund) 신청 개시",
         "EUIPO opens the {year} SME Fund",
         "EUIPO가 {year}년 SME Fund 신청을 개시함. EU 내 중소기업의 상표·디자인 출원 비용 일부를 "
         "환급함.",
         "EU 현지법인을 둔 한국 중소기업도 요건을 충족하면 신청할 수 있어 안내가 필요함.", "euipo", None),
        ("office_practice", "EPO, 유니타리 특허 이용률 {pct}% 기록",
         "EPO: Unitary Patent uptake reaches {pct}%",
         "EPO 발표에 따르면 등록 유럽특허 중 유니타리 특허 신청 비율이 {pct}%에 이름. 한국 출원인의 "
         "이용률은 평균보다 낮은 편임.",
         "유럽 여러 국가에서 권리가 필요한 한국 기업은 비용 대비 효과를 비교해 활용을 검토할 만함.", "epo",
         None),
        ("trade_dispute", "EU, 중국산 전기차 상계관세 확정",
         "EU imposes countervailing duties on Chinese battery electric vehicles",
         "EU 집행위원회가 중국산 배터리 전기차에 대한 상계관세 부과를 확정함.",
         "유럽 전기차 시장에서 한국 완성차·배터리 기업의 경쟁 여건 변화를 주시해야 함.", "ec",
         "advanced_mobility"),
        ("market", "EU 세관 지재권 침해물품 단속 보고서: 압수 물품 {n}천만 점",
         "EU customs enforcement report: {n}0 million articles detained",
         "EU 집행위원회 보고서에 따르면 {year}년 EU 세관이 압수한 지재권 침해 물품은 약 {n}천만 점으로, "
         "화장품과 장난감, 전자기기 비중이 큼.",
         "K-브랜드 기업은 EU 세관 단속신청(AFA)을 통해 회원국 세관의 적발을 지원받을 수 있음.", "taxud",
         None),
        ("digital_economy", "EU 디지털서비스법(DSA): 온라인 마켓플레이스 위조품 대응 의무",
         "Digital Services Act: marketplace duties against counterfeits",
         "DSA에 따라 대형 온라인 플랫폼은 판매자 추적성 확보와 신뢰 신고자(trusted flagger) 신고 우선 "
         "처리 의무를 짐.",
         "한국 브랜드 보호 단체가 신뢰 신고자 지정을 받으면 신고 처리 속도를 높일 수 있음.", "ec", None),
        ("export_controls", "EU 이중용도 품목 수출통제 목록 개정",
         "EU updates its dual-use export control list",
         "EU가 이중용도 품목 목록을 개정하여 양자컴퓨팅·반도체 장비 관련 품목을 추가함.",
         "유럽 기업과 기술협력 중인 한국 기업은 공동연구 결과물 반출 시 허가 요건을 확인해야 함.", "ec",
         "quantum"),
    ),
    "GVA": (
        ("legislation", "WIPO 지식재산·유전자원 및 관련 전통지식 조약 후속 논의",
         "WIPO Treaty on IP, Genetic Resources and Associated Traditional Knowledge: follow-up",
         "유전자원 기반 발명의 특허 출원 시 출처 공개를 의무화하는 WIPO 조약의 비준과 이행 논의가 "
         "진행됨.",
         "바이오 분야 한국 기업은 해외 출원 시 유전자원 출처 기재 요건을 확인할 필요가 있음.", "wipo",
         "advanced_bio"),
        ("legislation", "WIPO 디자인법 조약(DLT) 채택 — 출원 절차 간소화",
         "WIPO Design Law Treaty adopted",
         "디자인 출원 요건과 절차를 간소화하는 디자인법 조약이 채택됨. 유예기간과 우선권 회복 절차가 "
         "포함됨.",
         "해외 디자인 출원이 많은 한국 기업의 절차 부담이 줄어들 전망임.", "wipo", None),
        ("office_practice", "PCT 국제출원 통계: 한국 {rank}위 ({year}년)",
         "PCT filings: Korea ranks {rank} ({year})",
         "WIPO 발표에 따르면 {year}년 PCT 국제출원에서 한국은 {rank}위를 기록함. 한국 기업 {n2}곳이 "
         "상위 50대 출원인에 포함됨.",
         "PCT 활용도가 높은 만큼 국제단계 수수료 감면 제도 안내를 지속할 필요가 있음.", "wipo", None),
        ("office_practice", "마드리드 시스템 수수료·절차 개정 논의",
         "Madrid System: changes to fees and procedures under discussion",
         "마드리드 실무그룹에서 개별 수수료 체계와 통지 절차의 전자화 방안이 논의됨.",
         "마드리드를 통해 해외 상표를 관리하는 한국 중소기업의 비용에 영향이 있는지 점검이 필요함.",
         "wipo", None),
        ("digital_economy", "WIPO '지식재산과 첨단기술 대화' 제{n}차 회의 결과",
         "WIPO Conversation on IP and Frontier Technologies, session {n}",
         "WIPO가 생성형 AI와 지식재산을 주제로 제{n}차 대화를 개최함. 학습 데이터 이용과 AI 생성물 보호가 "
         "주요 논점이었음.",
         "국제 논의 동향을 국내 AI 관련 지재권 제도 정비에 참고할 수 있음.", "wipo", "ai"),
        ("market", "WIPO 글로벌 혁신지수(GII) {year}: 한국 {rank}위",
         "Global Innovation Index {year}: Korea ranks {rank}",
         "WIPO가 발표한 {year}년 GII에서 한국은 {rank}위를 기록함. 연구개발 투자와 지식재산 출원 지표가 "
         "강점으로 꼽힘.",
         "혁신 역량 대비 지재권 보호·활용 지표 개선 과제를 점검할 필요가 있음.", "wipo", None),
        ("trade_dispute", "WTO TRIPS 이사회, 코로나19 진단·치료제 지재권 면제 확대 논의",
         "WTO TRIPS Council on extending the waiver to diagnostics and therapeutics",
         "TRIPS 이사회에서 백신에 이어 진단·치료제까지 지재권 의무 면제를 확대하는 방안이 논의되었으나 "
         "합의에 이르지 못함.",
         "바이오 분야 한국 기업의 해외 특허 보호에 영향이 있을 수 있어 논의를 계속 주시해야 함.", "wto",
         "advanced_bio"),
        ("fta_rcep", "WTO 전자상거래 협정 공동성명 협상 동향",
         "WTO joint statement initiative on e-commerce",
         "WTO 전자상거래 복수국간 협상에서 소스코드 보호 조항과 전자적 전송물 무관세 관행이 논의됨.",
         "소프트웨어·콘텐츠 기업의 해외 사업 환경에 영향을 주는 규범이어서 동향을 공유할 필요가 있음.",
         "wto", None),
        ("other", "WIPO 중재조정센터 도메인이름 분쟁 역대 최다 ({year}년 {n}건)",
         "WIPO domain name cases reach a record {n} in {year}",
         "WIPO 중재조정센터가 {year}년 처리한 UDRP 사건이 {n}건으로 역대 최다를 기록함. 유명 브랜드를 "
         "도용한 피싱·위조품 사이트가 주요 유형임.",
         "한국 브랜드 기업은 도메인 모니터링과 신속한 UDRP 활용을 검토할 필요가 있음.", "wipo", None),
        ("office_practice", "WIPO 상표법 상설위원회(SCT) 논의 동향",
         "WIPO Standing Committee on Trademarks (SCT): latest session",
         "SCT에서 국가명 상표 보호와 디자인 출원 형식 통일 방안이 논의됨.",
         "한국 기업의 해외 상표·디자인 출원 실무에 미칠 영향을 점검할 필요가 있음.", "wipo", None),
    ),
}
GENERIC_NOTES = (
    ("office_practice", "주재국 특허청 심사 실무 변화", "Changes in examination practice in the host country",
     "주재국 특허청이 심사 처리기간 단축과 전자출원 확대 계획을 발표함.",
     "현지 출원 일정 수립 시 참고할 필요가 있음.", "wipo", None),
    ("market", "주재국 K-브랜드 모방품 유통 동향", "Imitations of Korean brands in the host country",
     "현지 온라인 쇼핑몰에서 한국 화장품·식품 모방품 판매가 늘고 있음.",
     "현지 진출 기업에 상표 선출원과 모니터링을 권고함.", "wipo", None),
)
NOTE_EXTRA = {
    "*": ("관련 동향은 차기 본청 화상회의에서 공유할 예정임.", "공관은 관계기관 면담을 통해 세부 내용을 확인 중임."),
    "court_ruling": ("판결문 원문과 요약 번역본을 본청에 송부함.",),
    "legislation": ("시행 일정과 경과규정은 추가 확인이 필요함.",),
    "export_controls": ("주재국 상무 담당 주재관과 정보를 공유함.",),
    "office_practice": ("관련 실무지침 번역본을 기업 안내 자료로 활용할 예정임.",),
}
#: Added to a note's title when a topic comes back: (Korean, English).
NOTE_SEQUELS = (("", ""), ("", ""), ("", ""), (" — 후속 동향", " — follow-up"),
                (" — 세부 내용", " — details"), (" — 업계 반응", " — industry reaction"),
                (" — 시행 일정", " — timetable"))
REGION = {"US": "미국", "CN": "중국", "JP": "일본", "EU": "유럽연합", "GVA": "국제기구(WIPO·WTO)"}

# --- conferences ----------------------------------------------------------------------

HQ_TOPICS = (("미·중 기술·통상 분쟁 동향", "US–China technology and trade disputes"),
             ("RCEP 이행 현황과 대응", "RCEP implementation"),
             ("디지털 전환 대응 지재권 정책", "IP policy for the digital transition"),
             ("NPE 소송 대응 방안", "Responding to NPE litigation"),
             ("K-브랜드 위조상품 대응", "Counterfeit Korean brands"),
             ("수출통제 강화에 따른 기업 영향", "Impact of tighter export controls"),
             ("UPC 운영 동향", "The Unified Patent Court in practice"),
             ("악의적 상표 선점 대응", "Bad-faith trademark squatting"),
             ("생성형 AI와 지식재산", "Generative AI and IP"))
HQ_OWNERS = ("본청 해외지식재산보호과", "본청 국제협력과", "본청 산업재산보호정책과", "본청 다자기구팀",
             "한국지식재산보호원 해외분쟁대응팀")
SESSION = {
    "kpaa_session": ("{region} 지식재산 분쟁 동향 대한변리사회 간담회",
                     "KPAA roundtable on IP disputes in {region_en}"),
    "kinpa_session": ("한국지식재산협회(KINPA) 회원사 대상 {region} IP 동향 설명회",
                      "KINPA member briefing on IP developments in {region_en}"),
    "company_session": ("{region} 진출 기업 지식재산 애로 간담회 ({city})",
                        "Roundtable with Korean companies in {city_en}"),
    "public_session": ("{region} 지식재산 보호 설명회 — {theme}", "Public seminar: {theme_en}"),
}
THEMES = {
    "US": (("NPE 소송과 ITC 337조 대응", "NPE suits and Section 337"),
           ("미국 상표·위조품 대응", "Trademarks and counterfeits in the US")),
    "CN": (("상표 선점과 위조품 대응", "Trademark squatting and counterfeits in China"),
           ("중국 기술유출 예방", "Preventing technology leaks in China")),
    "JP": (("일본 상표·디자인 보호", "Protecting trademarks and designs in Japan"),
           ("일본 세관 수입금지 제도 활용", "Using import suspension at Japan Customs")),
    "EU": (("UPC 시대의 유럽 특허분쟁", "Patent disputes in the UPC era"),
           ("EU 상표·디자인과 세관 단속", "EU trade marks, designs and customs")),
    "GVA": (("WIPO 중재조정과 UDRP 활용", "Using WIPO mediation and the UDRP"),
            ("PCT·마드리드 제도 활용", "Using the PCT and Madrid systems")),
}
REGION_EN = {"US": "the United States", "CN": "China", "JP": "Japan", "EU": "Europe",
             "GVA": "the international arena (WIPO)"}
HQ_SUMMARY = ("본청 국장 주재로 {n}개 공관 특허관이 참석하여 {t1}, {t2} 등을 논의함.",
              "각 공관의 주요 분쟁 현황과 주재국 관계기관 협의 결과를 공유함.",
              "청장은 현지 한국 기업과의 소통을 강화하고 분쟁 초기 단계부터 지원해 줄 것을 당부함.",
              "다음 회의까지 공관별 중점 과제 추진 실적을 취합하기로 함.",
              "지난 회의 조치사항 {k}건 중 대부분이 완료되었고 나머지는 다음 회의에서 재점검하기로 함.",
              "공관 간 유사 사례(NPE 동일 원고, 동일 선점자)를 공유하는 체계를 마련하기로 함.",
              "본청은 분쟁 대응 지원사업 예산 집행 현황을 설명하고 공관의 수요 발굴을 요청함.")
SESSION_SUMMARY = ("참석 기업 {n}개사로부터 현지 지재권 애로사항과 건의사항을 청취함.",
                   "{post} 특허관이 최근 분쟁 동향과 대응 사례를 발표함.",
                   "참석자들은 현지 대리인 비용 부담과 분쟁 정보 부족을 주요 애로로 꼽음.",
                   "건의사항은 본청 관계 부서에 전달하고 회신하기로 함.",
                   "현지 대리인 비용 지원과 분쟁 보험 가입 조건 완화에 대한 건의가 있었음.",
                   "중소기업 참석자들은 상표 선출원의 중요성을 몰랐다는 의견이 많았음.",
                   "변리사회 측은 현지 대리인 네트워크 공유를 제안함.",
                   "참석자 만족도 조사 결과 다음 설명회 주제로 세관 단속 실무가 꼽힘.")
#: Action items: (Korean, English, what they link to, who owns them).
ACTIONS_HQ = (("{co} 사건 관련 본청 지원사업 연계 검토", "Consider HQ support programmes for the {co_en} case",
               "dispute", "hq"),
              ("주재국 관계기관 협의 결과 보고", "Report on consultations with host-country authorities",
               None, "post"),
              ("차기 회의까지 '{topic}' 관련 공관별 자료 취합", "Collect post inputs on '{topic_en}'",
               None, "hq"),
              ("한국지식재산보호원과 공동 대응 방안 마련", "Prepare a joint response with KOIPA", None, "hq"),
              ("'{note}' 관련 기업 안내문 배포", "Circulate guidance to companies on '{note_en}'", "note",
               "post"))
ACTIONS_SESSION = (("간담회 건의사항 본청 관계 부서 전달 및 회신", "Forward requests from the session to HQ",
                    None, "post"),
                   ("참석 기업 대상 개별 상담 진행", "Individual consultations with attending companies",
                    None, "post"),
                   ("설명회 자료 공관 누리집 게시", "Publish session materials on the post's website", None,
                    "post"),
                   ("{co} 사례 후속 지원 방안 검토", "Follow-up support for the {co_en} case", "dispute",
                    "post"))
#: Agenda items: (Korean, English); {title} is the linked record's title.
AGENDA = {
    "review": ("지난 회의 조치사항 점검", "Review of action items from the last meeting"),
    "report": ("{post} 현안 보고: {title}", "{code}: {title_en}"),
    "trend": ("동향 공유: {title}", "Trend: {title_en}"),
    "other": ("기타 토의 및 차기 회의 일정", "Other business and next meeting"),
    "outlook": ("{region} 지재권 분쟁 동향 설명", "IP disputes in {region_en}"),
    "case": ("분쟁 대응 사례 공유: {title}", "Case study: {title_en}"),
    "requests": ("기업 애로사항 및 건의사항 청취", "Concerns and requests from companies"),
    "qa": ("질의응답", "Questions and answers"),
}
UPCOMING = {"hq": "개최 예정. 공관별 보고 자료는 회의 1주 전까지 제출 바람.",
            "session": "개최 예정. 참석 신청을 받고 있으며 사전 질의를 취합 중임."}
AGENDA_NOTES = {
    "hq": ("공관 특허관 보고 5분", "관련 자료 사전 배포", "본청 담당 과장 의견 제시", "다음 회의에서 재보고"),
    "session": ("발표 10분, 질의응답 5분", "관련 자료 사전 배포", "참석 기업 질의 {n}건", "공관 특허관 발표"),
}

# --- case numbers and source addresses ------------------------------------------------

#: Case number formats: (template, lowest n, highest n, choices for {pick}). Slots: {n},
#: {sp} (n spaced in threes, as EUIPO and EPO write them), {year}, {yy}, {pick}, {arg}
#: (the part after ":" in a forum's format key). ITC numbers are for 2021 and grow by
#: about 45 a year.
CASE_FORMATS = {
    "edtx": ("2:{yy:02d}-cv-{n:05d}", 1, 999, ()),
    "ded": ("1:{yy:02d}-cv-{n:05d}", 1, 1500, ()),
    "wdtx": ("6:{yy:02d}-cv-{n:05d}", 1, 1100, ()),
    "ndcal": ("{pick}:{yy:02d}-cv-{n:05d}", 100, 9999, ("3", "4", "5")),
    "dnj": ("2:{yy:02d}-cv-{n:05d}", 100, 21000, ()),
    "itc": ("337-TA-{n}", 1250, 1294, ()),
    "ipr": ("IPR{year}-{n:05d}", 1, 1500, ()),
    "ttab": ("Opposition No. 91{n}", 265000, 330000, ()),
    "cbp": ("{year}-{pick}-{n:06d}-01", 1, 9999, ("2704", "2709", "4601", "3901")),
    "online": ("Case ID {n}", 10**9, 10**10 - 1, ()),
    "cn_tm_reg": ("注册号 第{n}号", 20_000_000, 70_000_000, ()),
    "cn_tm_app": ("申请号 第{n}号", 60_000_000, 82_000_000, ()),
    "cn_customs": ("{arg}关知字〔{year}〕{n:04d}号", 1, 999, ()),
    "cn_amr": ("{arg}市监处罚〔{year}〕{n}号", 10, 3000, ()),
    "cn_platform": ("投诉单号 {n}", 10**11, 10**12 - 1, ()),
    "cn_court": ("({year}){arg}民初{n}号", 100, 9999, ()),
    "cn_inval": ("4W{n}", 110000, 125000, ()),
    "cn_police": ("{arg}公(经)立字〔{year}〕{n:03d}号", 1, 999, ()),
    "jp_court": ("令和{reiwa}年(ワ)第{n}号", 1000, 30000, ()),
    "jp_opp": ("異議{year}-900{n:03d}", 1, 650, ()),
    "jp_inv": ("無効{year}-800{n:03d}", 1, 60, ()),
    "jp_nonuse": ("取消{year}-300{n:03d}", 1, 999, ()),
    "jp_customs": ("認定手続 第{year}-{n:04d}号", 1, 9999, ()),
    "upc": ("UPC_CFI_{n}/{year}", 1, 1200, ()),
    "de_munich": ("7 O {n}/{yy:02d}", 1000, 17000, ()),
    "de_mannheim": ("2 O {n}/{yy:02d}", 10, 200, ()),
    "de_dus": ("4c O {n}/{yy:02d}", 1, 90, ()),
    "euipo_opp": ("B {sp}", 3_150_000, 3_240_000, ()),
    "euipo_canc": ("C {sp}", 50_000, 70_000, ()),
    "euipo_icd": ("ICD {sp}", 100_000, 130_000, ()),
    "eu_customs": ("AFA {arg}{year}{n:05d}", 1, 99999, ()),
    "epo": ("EP {sp}", 3_200_000, 4_300_000, ()),
    "udrp": ("D{year}-{n:04d}", 1, 5500, ()),
    "wipo_med": ("WIPO M{year}-{n:04d}", 1, 60, ()),
    "wipo_arb": ("WIPO EA{year}-{n:04d}", 1, 40, ()),
}

#: Addresses of sources of trend notes, in the style of each site: (template, lowest n,
#: highest n, choices for {pick}). Slots: {y} {yy} {m} {dd} (the note's date), {fy}
#: (Japanese fiscal year), {month} {mon} (English month, full and short), {congress},
#: {slug} (from the English title), {hex} (32 hex digits), {n}, {pick}.
SOURCES = {
    "uspto": ("https://www.uspto.gov/about-us/news-updates/{slug}", 0, 0, ()),
    "ustr": ("https://ustr.gov/about-us/policy-offices/press-office/press-releases/{y}/{month}/{slug}", 0, 0, ()),
    "bis": ("https://www.bis.gov/press-release/{slug}", 0, 0, ()),
    "cafc": ("https://www.cafc.uscourts.gov/opinions-orders/{yy}-{n}.opinion.{m:02d}-{dd:02d}-{y}.pdf", 1000, 2400, ()),
    "txed": ("https://www.txed.uscourts.gov/news/{slug}", 0, 0, ()),
    "itc": ("https://www.usitc.gov/press_room/news_release/{y}/er{m:02d}{dd:02d}_{n}.htm", 1, 9, ()),
    "congress": ("https://www.congress.gov/bill/{congress}th-congress/senate-bill/{n}", 1000, 4999, ()),
    "copyright": ("https://www.copyright.gov/newsnet/{y}/{n}.html", 1000, 1200, ()),
    "cnipa": ("https://www.cnipa.gov.cn/art/{y}/{m}/{dd}/art_{pick}_{n}.html", 150000, 200000, ("53", "55", "66", "88")),
    "npc": ("https://www.npc.gov.cn/npc/c2/c30834/{y}{m:02d}/t{y}{m:02d}{dd:02d}_{n}.html", 430000, 450000, ()),
    "court_cn": ("https://www.court.gov.cn/zixun/xiangqing/{n}.html", 380000, 460000, ()),
    "mofcom": ("https://english.mofcom.gov.cn/News/PressConference/art/{y}/art_{hex}.html", 0, 0, ()),
    "samr": ("https://www.samr.gov.cn/xw/zj/art/{y}/art_{hex}.html", 0, 0, ()),
    "cac": ("https://www.cac.gov.cn/{y}-{m:02d}/{dd:02d}/c_{n}.htm", 10**12, 10**13 - 1, ()),
    "customs_cn": ("https://www.customs.gov.cn/customs/xwfb34/302425/{n}/index.html", 5_000_000, 6_500_000, ()),
    "jpo": ("https://www.jpo.go.jp/news/shinchaku/{y}{m:02d}{dd:02d}{n:02d}.html", 1, 9, ()),
    "meti": ("https://www.meti.go.jp/press/{fy}/{m:02d}/{y}{m:02d}{dd:02d}00{n}/{y}{m:02d}{dd:02d}00{n}.html", 1, 5, ()),
    "ipcourt": ("https://www.ip.courts.go.jp/app/hanrei_jp/detail?id={n}", 5000, 6500, ()),
    "customs_jp": ("https://www.customs.go.jp/mizugiwa/chiteki/pages/{y}_{n:02d}.htm", 1, 12, ()),
    "bunka": ("https://www.bunka.go.jp/seisaku/chosakuken/{slug}.html", 0, 0, ()),
    "ec": ("https://ec.europa.eu/commission/presscorner/detail/en/ip_{yy}_{n}", 1, 6999, ()),
    "euipo": ("https://www.euipo.europa.eu/en/news/{slug}", 0, 0, ()),
    "upc": ("https://www.unified-patent-court.org/en/news/{slug}", 0, 0, ()),
    "curia": ("https://curia.europa.eu/juris/liste.jsf?num=C-{n}/{yy}", 1, 900, ()),
    "epo": ("https://www.epo.org/en/news-events/news/{slug}", 0, 0, ()),
    "taxud": ("https://taxation-customs.ec.europa.eu/news/{slug}_en", 0, 0, ()),
    "wipo": ("https://www.wipo.int/pressroom/en/articles/{y}/article_{n:04d}.html", 1, 20, ()),
    "wto": ("https://www.wto.org/english/news_e/news{yy}_e/trip_{dd:02d}{mon}{yy}_e.htm", 0, 0, ()),
}
