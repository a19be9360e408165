### The page: title, loading lines, header, views, filters and controls.

app-title = Обозреватель промышленного производства Казахстана

app-subtitle = Индекс промышленного производства и объём продукции по регионам — по данным Бюро национальной статистики и прессы. Все данные встроены: сеть не нужна.

# The static first paint's line while the wasm loads (written by the build, tools/og).
loading-explorer = Загружается интерактивный обозреватель…

# The widget page's note before its wasm arrives (written into the page by the build).
loading-chart = Загружается график…

# The static paint's line when the wasm could not be fetched or started.
load-failed-explorer = Не удалось загрузить интерактивный обозреватель. Проверьте подключение и обновите страницу.

# The widget page's line when its wasm could not be fetched or started.
load-failed-chart = Не удалось загрузить график. Проверьте подключение и обновите страницу.

# About the data and Output while their part of the data (glossary, physical output) is fetched
# from beside the app, and when it could not be.
loading-part = Загружается эта часть данных…
load-failed-part = Не удалось загрузить эту часть данных. Проверьте подключение и обновите страницу.

# Share / Embed while its tools (a file of their own) are fetched, and when they could not be.
loading-share = Загружаются инструменты, чтобы поделиться и встроить…
load-failed-share = Не удалось загрузить инструменты, чтобы поделиться и встроить. Проверьте подключение и попробуйте ещё раз.

region = Регион

data-errors = Часть встроенных данных не удалось прочитать; показано то, что корректно.

dismiss = Скрыть

data-table = Таблица данных

footer = Данные: Бюро национальной статистики Республики Казахстан и пресса, как указано. Расчётные значения отмечены.

show-activity-for-republic = Показать этот вид деятельности по республике

show-total-for-regions = Показать промышленность в целом по выбранным регионам

works-offline = Всё встроено, поэтому обозреватель работает без сети: установите его через меню браузера или сохраните

single-file = версию в одном файле (один HTML-файл, открывается с диска)

language = Язык

theme = Тема

theme-auto = как в системе

theme-light = светлая

theme-dark = тёмная

# The language's own name, in itself (the language links).
language-name = Русский
