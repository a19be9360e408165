### Notices for parts of a link that cannot be used (each names the part and what is shown instead).

notice-heading = Часть ссылки не удалось использовать

notice-unknown-region = Неизвестный код региона «{ $code }» пропущен.

notice-too-many = Слишком много регионов; показаны первые { $count }.

notice-bad-year = «{ $key }={ $value }» — не год с данными; использовано значение по умолчанию.

notice-bad-range = Диапазон лет { $from }–{ $to } перевёрнут; показан весь период.

notice-bad-measure = Неизвестный показатель «{ $value }»; показан индекс производства.

notice-unknown-activity = Неизвестный вид деятельности «{ $value }»; показана промышленность в целом.

notice-bad-period = «{ $value }» — не период с данными; показан последний год.

notice-bad-currency = Неизвестная валюта «{ $value }»; объёмы показаны в тенге.

notice-bad-widget = «{ $key }={ $value }» — не параметр виджета; использовано значение по умолчанию.

notice-unknown-language = Язык «{ $value }» недоступен; показан английский.

notice-bad-view = Неизвестный раздел «{ $value }»; показана динамика.

notice-bad-base = «base={ $value }» — не год с данными; используется 2015.

# `theme=` with a value other than auto, light or dark.
notice-bad-theme = Неизвестная тема «{ $value }»; используется светлая или тёмная тема системы.
