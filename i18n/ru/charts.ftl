### Charts and their tables: titles, axes, legends, read-outs and generated descriptions.

regions = Регионы

regions-hint = Можно сравнить до 7, включая республику.

year-range = Годы

from = С

to = По

ranking-title-iip = Индекс промышленного производства по регионам

ranking-title-volume = Объём промышленной продукции по регионам

year = Год

measure = Показатель

measure-iip = Индекс (ИПП, %)

measure-volume = Объём (тенге)

axis-year = год

republic = Республика Казахстан

republic-reference = Республика

rank = №

nothing-selected = Выберите хотя бы один регион, чтобы построить динамику.

legend-preliminary = p = предварительные данные

legend-press = n = сообщение прессы

legend-restated = * = опубликовано как темп прироста, показано как индекс

activity = Вид деятельности

activity-hint = Разделы и их отрасли. Источники дают виды деятельности только по республике.

activity-title = Индекс промышленного производства по видам деятельности

activity-all-periods = Все опубликованные значения

activity-trend-title = Динамика

activity-trend-none = Значение есть только за один период этого типа: динамику не построить.

ranking-total-only = Рейтинг регионов — по промышленности в целом: виды деятельности по регионам не публикуются.

composition-title = Структура промышленного производства

composition-hint = Доли горнодобывающей и обрабатывающей промышленности в общем объёме в текущих ценах; остальное (электроэнергия, газ, вода, отходы) рассчитано как 100 минус обе доли.

mining = Горнодобывающая промышленность и разработка карьеров

manufacturing = Обрабатывающая промышленность

rest = Остальная промышленность (расчёт)

share = Доля в общем объёме

share-embed = Поделиться / Встроить

chart = График

chart-trend = Динамика (линии)

chart-ranking = Рейтинг регионов (столбцы)

chart-activity = Индекс по видам деятельности (столбцы)

chart-composition = Структура производства

share-axis = % от общего объёма промышленной продукции

legend-uncertain = ? = неоднозначное прочтение (формулировка источника не указывает направление)

described-title = описание проекта, а не собственное название источника

find-region = Найти регион

find-region-hint = Любое название: Астана или Нур-Султан, Северо-Казахстанская, СКО …

no-region-matches = Нет региона «{ $query }».

desc-high-low = Наибольшее: { $high_name } ({ $high }); наименьшее: { $low_name } ({ $low }); значений: { $count }.

desc-reference = Республика: { $text }.

desc-latest = { $series }: { $value } в { $period } г.

desc-rose = рост с { $value } в { $period } г.

desc-fell = снижение с { $value } в { $period } г.

desc-range = максимум { $high } ({ $high_period }), минимум { $low } ({ $low_period })

desc-no-values = { $series }: нет значений за эти годы

desc-lowest-of = наименьшее из { $what }

desc-highest-of = наибольшее из { $what }

chart-role = интерактивный график

chart-help = Перейдите к графику клавишей Tab, затем ← → ↑ ↓, Home, End — значения; Escape — выход.

legend-toggle = Показать или скрыть ряд; наведите или выделите, чтобы подсветить

views = Разделы

view-trend = Динамика

view-ranking = Рейтинг

view-activities = Виды деятельности

view-composition = Структура

view-projects = Проекты

view-output = Продукция

view-about = О данных

filters = Фильтры

measure-level = Уровень (базовый год = 100)

ranking-title-growth = Накопленный рост промышленного производства, { $from }–{ $to }

axis-growth = изменение в % за { $from }–{ $to } (расчёт)

avg-annual = в среднем за год

break-missing = цепочка прервана: нет ИПП за { $year }

break-boundary = цепочка прервана: изменение границ в { $year }

break-not-existing = не существовала в { $year }

base-year = Базовый год

growth-needs-years = Выберите год после базового, чтобы сравнить накопленный рост.

chain-broken-apart = Без рейтинга (цепочка прервана)

view-map = Карта

map-hint = Одна плитка — один регион, расположены как на карте. Щелчок или Enter на плитке добавляет регион в динамику; год — ползунком.

map-no-value = нет значения

# A trend chart's title: by measure, and for volumes by currency; $base is the level's base year.
trend-title =
    { $measure ->
        [iip] Индекс промышленного производства, % к предыдущему году
        [level] Промышленное производство, цепной уровень ({ $base } = 100)
       *[volume] { $currency ->
            [usd] Объём промышленной продукции, млрд долларов США (пересчёт, расчёт)
           *[kzt] Объём промышленной продукции, млрд тенге в текущих ценах
        }
    }

# The value axis of a chart, by measure and currency.
value-axis =
    { $measure ->
        [iip] % к предыдущему году (100 = без изменений)
        [level] уровень, { $base } = 100 (расчёт)
       *[volume] { $currency ->
            [usd] млрд долларов США (расчёт)
           *[kzt] млрд тенге
        }
    }

# The heading of a table's value column, by measure and currency.
value-column =
    { $measure ->
        [iip] ИПП, % к предыдущему году
        [level] Уровень, { $base } = 100 (расчёт)
       *[volume] { $currency ->
            [usd] Объём, млн долларов США (расчёт)
           *[kzt] Объём, млн тенге
        }
    }

# A table's size after its name ("Data table · 3 rows"); plural by CLDR category.
table-rows =
    { $count ->
        [one] { $count } строка
        [few] { $count } строки
        [many] { $count } строк
       *[other] { $count } строки
    }
