### What the data says about itself: units, statuses, periods, sources, rates, lineage, projects.

value = Значение

status = Статус

source = Источник

sources = Источники

no-data = нет данных

not-by-region = по регионам не публикуется

not-existing = не существовал

omitted-value = исключено (известная ошибка)

omitted-heading = Исключённое значение

as-published = опубликовано как

boundary-heading = Изменения границ

period = Период

period-type = Тип периода

releases = публикации

releases-hint = Несколько опубликованных значений: сначала более ранняя публикация, последним — показанное значение.

revised = уточнено

revised-legend = ○ = уточнённое значение: более ранняя публикация отличается (см. таблицу)

not-by-region-heading = Нет данных для этого сочетания

not-by-region-text = Источники дают данные по видам деятельности для республики в целом и итоги по регионам — таблицы «регион × вид деятельности» нет.

currency = Объёмы в

currency-kzt = тенге

currency-usd = долларах США (пересчёт)

usd-note = Долларовые значения — расчётные: пересчитаны проектом только по курсу тенге к доллару того же периода; у периода без такого курса долларового значения нет.

rate = Курс

derived = расчёт
share-formula = Расчёт: доля = объём вида ÷ общий объём × 100 (тот же период); прочее = 100 − добыча − обработка.

projects-title = Крупные инвестиционные проекты

projects-in-region = Крупные проекты в этом регионе

product = Продукция

capacity = Мощность

investment = Инвестиции

jobs = Рабочие места

timing = Сроки и статус

physical-title = Производство основных видов продукции в натуральном выражении

quantity = Количество

change = Изменение

volume = Объём

iip = ИПП

note = Примечание

data-release = Выпуск данных: источники по

# The widget's one-line source line: its first source, then how many more (all of them are
# listed under the table).
sources-and-more = и ещё { $count }

more-sources = других источников — перечислены под таблицей

translated-note = Перевод kz-iip с английского текста Бюро.

quoted-in-english = на английском, как опубликовано

same-period-basis = % к соответствующему периоду прошлого года

unit-percent = % к предыдущему году

unit-growth = % изменения

unit-times = раза к уровню прошлого года

unit-share = % от общего объёма

unit-mln = млн тенге

unit-bn = млрд тенге

unit-trn = трлн тенге

unit-mn-t = млн т

unit-t = т

unit-bn-m-3 = млрд м³

unit-bn-kwh = млрд кВт·ч

usd-bn = млрд долларов США

status-official = официально

status-preliminary = предварительно

status-press = пресса

period-year = год

quarter-1 = I квартал

half-1 = I полугодие

omitted-reason = ошибка в 1000 раз в источнике (артефакт выгрузки БНС); исключено, не исправлено

formed-from = { $region }: образована в { $year } г. из части территории: { $parents }.

smaller-since = { $region }: меньше с { $year } г., когда из её части образована { $children }; значения до { $year } г. — для прежних, больших границ.

abolished-no-data = { $region }: существовала до { $year } г.; в источниках нет данных по ней.

no-rate = нет курса за этот период

rate-implied = Доллары (расчёт) за { $period }: { $rate } тенге за доллар, из пары «{ $pair }» в источнике { $source }

rate-quoted = Доллары (расчёт) за { $period }: { $rate } тенге за доллар, как указано в { $source } на { $date }

no-rate-for = Нет значений в долларах за { $period }: ни один источник не даёт курс тенге к доллару за тот же период, а курс другого периода не применяется.

uncertain-reading = неоднозначное прочтение: формулировка источника не указывает направление

date-inferred = дата установлена по содержанию

qual-up-to = до { $amount }

qual-more-than = более { $amount }

qual-about = около { $amount }

unit-tenge = тенге

unit-thousand = тыс. тенге

unit-prev-year = % к предыдущему году

source-line = Источник

# Сокращения длинных названий «…-Казахстанская область» для плиток карты на узком экране
# (во всплывающей подсказке и таблице — полное название).
region-short-west = ЗКО
region-short-north = СКО
region-short-east = ВКО
region-short-south = ЮКО
