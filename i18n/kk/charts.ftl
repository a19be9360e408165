### Charts and their tables: titles, axes, legends, read-outs and generated descriptions.

regions = Өңірлер

regions-hint = Республиканы қоса алғанда, 7-ге дейін салыстыруға болады.

year-range = Жылдар

from = Бастап

to = Дейін

ranking-title-iip = Өңірлер бойынша өнеркәсіптік өндіріс индексі

ranking-title-volume = Өңірлер бойынша өнеркәсіп өнімінің көлемі

year = Жыл

measure = Көрсеткіш

measure-iip = Индекс (ӨӨИ, %)

measure-volume = Көлем (теңге)

axis-year = жыл

republic = Қазақстан Республикасы

republic-reference = Республика

rank = №

nothing-selected = Серпінді көрсету үшін кемінде бір өңірді таңдаңыз.

legend-preliminary = p = алдын ала деректер

legend-press = n = баспасөз хабары

legend-restated = * = өсу қарқыны ретінде жарияланған, индекс ретінде көрсетілген

activity = Қызмет түрі

activity-hint = Бөлімдер және олардың салалары. Дереккөздер қызмет түрлерін тек республика бойынша береді.

activity-title = Қызмет түрлері бойынша өнеркәсіптік өндіріс индексі

activity-all-periods = Барлық жарияланған мәндер

activity-trend-title = Серпін

activity-trend-none = Бұл түрдегі тек бір кезеңнің мәні бар: серпінді салу мүмкін емес.

ranking-total-only = Өңірлер рейтингі жалпы өнеркәсіп бойынша: қызмет түрлері өңірлер бойынша жарияланбайды.

composition-title = Өнеркәсіптік өндіріс құрылымы

composition-hint = Тау-кен өндіру және өңдеу өнеркәсібінің ағымдағы бағамен жалпы көлемдегі үлестері; қалғаны (электр энергиясы, газ, су, қалдықтар) 100-ден екі үлесті алып есептелген.

mining = Тау-кен өндіру өнеркәсібі және карьерлерді қазу

manufacturing = Өңдеу өнеркәсібі

rest = Қалған өнеркәсіп (есептелген)

share = Жалпы көлемдегі үлесі

share-embed = Бөлісу / Ендіру

chart = Диаграмма

chart-trend = Серпін (сызықтар)

chart-ranking = Өңірлер рейтингі (бағандар)

chart-activity = Қызмет түрлері бойынша индекс (бағандар)

chart-composition = Өндіріс құрылымы

share-axis = өнеркәсіп өнімінің жалпы көлемінен %

legend-uncertain = ? = күмәнді оқылым (дереккөздің тұжырымы бағытты көрсетпейді)

described-title = жобаның сипаттамасы, дереккөздің өз атауы емес

find-region = Өңірді іздеу

find-region-hint = Кез келген атау: Астана немесе Нұр-Сұлтан, Солтүстік Қазақстан, СКО …

no-region-matches = «{ $query }» өңірі табылмады.

desc-high-low = Ең жоғары: { $high_name } ({ $high }); ең төмен: { $low_name } ({ $low }); мәндер саны: { $count }.

desc-reference = Республика: { $text }.

desc-latest = { $series }: { $period } жылы { $value }

desc-rose = { $period } жылғы { $value } мәнінен өсті

desc-fell = { $period } жылғы { $value } мәнінен төмендеді

desc-range = ең жоғары { $high } ({ $high_period }), ең төмен { $low } ({ $low_period })

desc-no-values = { $series }: бұл жылдарда мән жоқ

desc-lowest-of = { $what } ішіндегі ең төмені

desc-highest-of = { $what } ішіндегі ең жоғарысы

chart-role = интерактивті диаграмма

chart-help = Tab арқылы диаграммаға өтіңіз, сосын ← → ↑ ↓, Home, End — мәндер; Escape — шығу.

legend-toggle = Қатарды көрсету не жасыру; бөлектеу үшін үстіне апарыңыз

views = Бөлімдер

view-trend = Динамика

view-ranking = Рейтинг

view-activities = Қызмет түрлері

view-composition = Құрылым

view-projects = Жобалар

view-output = Өнім

view-about = Деректер туралы

filters = Сүзгілер

measure-level = Деңгей (базалық жыл = 100)

ranking-title-growth = Өнеркәсіп өндірісінің жинақталған өсімі, { $from }–{ $to }

axis-growth = { $from }–{ $to } жылдардағы өзгеріс, % (есептелген)

avg-annual = жылына орта есеппен

break-missing = тізбек үзілді: { $year } жылға ӨӨИ жоқ

break-boundary = тізбек үзілді: { $year } жылы шекара өзгерді

break-not-existing = { $year } жылы болмаған

base-year = Базалық жыл

growth-needs-years = Жинақталған өсімді салыстыру үшін базалық жылдан кейінгі жылды таңдаңыз.

chain-broken-apart = Рейтингсіз (тізбек үзілген)

view-map = Карта

map-hint = Бір тақта — бір өңір, картадағыдай орналасқан. Тақтаны басу немесе Enter өңірді динамикаға қосады; жылды жүгірткімен таңдаңыз.

map-no-value = мән жоқ

# A trend chart's title: by measure, and for volumes by currency; $base is the level's base year.
trend-title =
    { $measure ->
        [iip] Өнеркәсіптік өндіріс индексі, алдыңғы жылға %
        [level] Өнеркәсіп өндірісі, тізбекті деңгей ({ $base } = 100)
       *[volume] { $currency ->
            [usd] Өнеркәсіп өнімінің көлемі, млрд АҚШ доллары (қайта есептеу, есептелген)
           *[kzt] Өнеркәсіп өнімінің көлемі, ағымдағы бағамен млрд теңге
        }
    }

# The value axis of a chart, by measure and currency.
value-axis =
    { $measure ->
        [iip] алдыңғы жылға % (100 = өзгеріссіз)
        [level] деңгей, { $base } = 100 (есептелген)
       *[volume] { $currency ->
            [usd] млрд АҚШ доллары (есептелген)
           *[kzt] млрд теңге
        }
    }

# The heading of a table's value column, by measure and currency.
value-column =
    { $measure ->
        [iip] ӨӨИ, алдыңғы жылға %
        [level] Деңгей, { $base } = 100 (есептелген)
       *[volume] { $currency ->
            [usd] Көлем, млн АҚШ доллары (есептелген)
           *[kzt] Көлем, млн теңге
        }
    }

# A table's size after its name ("Data table · 3 rows"); plural by CLDR category.
table-rows =
    { $count ->
        [one] { $count } жол
       *[other] { $count } жол
    }
