### Sharing, embedding and downloading a chart.

open-explorer = Открыть в обозревателе

link = Ссылка

copy-link = Копировать ссылку

embed-code = Код для вставки

copy-embed = Копировать код

embed-hint = Вставьте код на любую страницу или в CMS: график подстраивается под ширину колонки. По желанию добавьте скрипт-слушатель из README, чтобы рамка точно совпала с высотой графика.

copied = скопировано в буфер обмена.

copy-manually = готово: выделите и скопируйте (Ctrl+C).

preview = Ширина предпросмотра

close = Закрыть

download = Скачать

download-png = Изображение PNG

download-svg = Изображение SVG

download-csv = Данные CSV

cite-this = Как цитировать

words-note = Примечание
