### The page: title, loading lines, header, views, filters and controls.

app-title = Қазақстанның өнеркәсіптік өндірісі шолушысы

app-subtitle = Өңірлер бойынша өнеркәсіптік өндіріс индексі мен өнім көлемі — Ұлттық статистика бюросының және баспасөздің деректері. Барлық деректер ішінде: желі қажет емес.

# The static first paint's line while the wasm loads (written by the build, tools/og).
loading-explorer = Интерактивті шолушы жүктелуде…

# The widget page's note before its wasm arrives (written into the page by the build).
loading-chart = Диаграмма жүктелуде…

# The static paint's line when the wasm could not be fetched or started.
load-failed-explorer = Интерактивті шолушы жүктелмеді. Байланысты тексеріп, бетті жаңартыңыз.

# The widget page's line when its wasm could not be fetched or started.
load-failed-chart = Диаграмма жүктелмеді. Байланысты тексеріп, бетті жаңартыңыз.

# About the data and Output while their part of the data (glossary, physical output) is fetched
# from beside the app, and when it could not be.
loading-part = Деректердің бұл бөлігі жүктелуде…
load-failed-part = Деректердің бұл бөлігі жүктелмеді. Байланысты тексеріп, бетті жаңартыңыз.

# Share / Embed while its tools (a file of their own) are fetched, and when they could not be.
loading-share = Бөлісу және ендіру құралдары жүктелуде…
load-failed-share = Бөлісу және ендіру құралдары жүктелмеді. Байланысты тексеріп, қайталап көріңіз.

region = Өңір

data-errors = Ішкі деректердің бір бөлігі оқылмады; дұрысы ғана көрсетілді.

dismiss = Жасыру

data-table = Деректер кестесі

footer = Деректер: Қазақстан Республикасының Ұлттық статистика бюросы және баспасөз, көрсетілгендей. Есептелген мәндер белгіленген.

show-activity-for-republic = Бұл қызмет түрін республика бойынша көрсету

show-total-for-regions = Таңдалған өңірлер бойынша жалпы өнеркәсіпті көрсету

works-offline = Бәрі ішінде, сондықтан шолушы желісіз жұмыс істейді: оны браузер мәзірінен орнатыңыз немесе сақтап қойыңыз:

single-file = бір файлдағы нұсқа (бір HTML файл, дискіден ашылады)

language = Тіл

theme = Тақырып

theme-auto = жүйедегідей

theme-light = ашық

theme-dark = қараңғы

# The language's own name, in itself (the language links).
language-name = Қазақша
