### What the data says about itself: units, statuses, periods, sources, rates, lineage, projects.

value = Мән

status = Мәртебе

source = Дереккөз

sources = Дереккөздер

no-data = дерек жоқ

not-by-region = өңірлер бойынша жарияланбайды

not-existing = болмаған

omitted-value = алынып тасталды (белгілі қате)

omitted-heading = Алынып тасталған мән

as-published = жарияланғаны

boundary-heading = Шекара өзгерістері

period = Кезең

period-type = Кезең түрі

releases = жариялым

releases-hint = Бірнеше жарияланған мән: алдымен ертерек жариялым, соңында көрсетілген мән.

revised = нақтыланған

revised-legend = ○ = нақтыланған мән: ертерек жариялым өзгеше (кестені қараңыз)

not-by-region-heading = Бұл үйлесім үшін дерек жоқ

not-by-region-text = Дереккөздер қызмет түрлері бойынша деректерді тұтас республика үшін, ал өңірлер үшін тек жиынтықты береді — «өңір × қызмет түрі» кестесі жоқ.

currency = Көлемдер

currency-kzt = теңгемен

currency-usd = АҚШ долларымен (қайта есептеу)

usd-note = Доллармен берілген мәндер есептелген: жоба тек сол кезеңнің теңге/доллар бағамы бойынша қайта есептеді; мұндай бағамы жоқ кезеңнің доллармен мәні жоқ.

rate = Бағам

derived = есептелген
share-formula = Есептелген: үлес = түр көлемі ÷ жалпы көлем × 100 (сол кезең); қалғаны = 100 − тау-кен − өңдеу.

projects-title = Ірі инвестициялық жобалар

projects-in-region = Осы өңірдегі ірі жобалар

product = Өнім

capacity = Қуаты

investment = Инвестиция

jobs = Жұмыс орындары

timing = Мерзімі мен мәртебесі

physical-title = Негізгі өнім түрлерін заттай өндіру

quantity = Саны

change = Өзгеріс

volume = Көлем

iip = ӨӨИ

note = Ескерту

data-release = Деректер шығарылымы: дереккөздер

# The widget's one-line source line: its first source, then how many more (all of them are
# listed under the table).
sources-and-more = және тағы { $count }

more-sources = басқа дереккөз — кесте астында берілген

translated-note = Бюроның ағылшынша мәтінінен kz-iip аудармасы.

quoted-in-english = ағылшынша, жарияланғандай

same-period-basis = өткен жылдың сәйкес кезеңіне %

unit-percent = алдыңғы жылға %

unit-growth = % өзгеріс

unit-times = есе өткен жыл деңгейіне

unit-share = жалпы көлемнен %

unit-mln = млн теңге

unit-bn = млрд теңге

unit-trn = трлн теңге

unit-mn-t = млн т

unit-t = т

unit-bn-m-3 = млрд м³

unit-bn-kwh = млрд кВт·сағ

usd-bn = млрд АҚШ доллары

status-official = ресми

status-preliminary = алдын ала

status-press = баспасөз

period-year = жыл

quarter-1 = I тоқсан

half-1 = I жартыжылдық

omitted-reason = дереккөзде 1000 есе қате (БНС экспортының ақауы); алынып тасталды, түзетілмеді

formed-from = { $region }: { $year } жылы құрылды, бұрынғы аумағы: { $parents }.

smaller-since = { $region }: { $year } жылдан бастап кішірейді, оның бір бөлігінен { $children } құрылды; { $year } жылға дейінгі мәндер бұрынғы, үлкенірек шекара бойынша.

abolished-no-data = { $region }: { $year } жылға дейін болды; дереккөздерде ол бойынша дерек жоқ.

no-rate = бұл кезеңге бағам жоқ

rate-implied = { $period } үшін доллар (есептелген): 1 долларға { $rate } теңге, { $source } дереккөзіндегі «{ $pair }» жұбынан

rate-quoted = { $period } үшін доллар (есептелген): 1 долларға { $rate } теңге, { $source } дереккөзінде { $date } күні көрсетілгендей

no-rate-for = { $period } үшін доллармен мән жоқ: бірде-бір дереккөз сол кезеңге теңге/доллар бағамын бермейді, ал басқа кезеңнің бағамы қолданылмайды.

uncertain-reading = күмәнді оқылым: дереккөздің тұжырымы бағытты көрсетпейді

date-inferred = күні мазмұнынан анықталған

qual-up-to = { $amount } дейін

qual-more-than = { $amount } астам

qual-about = шамамен { $amount }

unit-tenge = теңге

unit-thousand = мың теңге

unit-prev-year = алдыңғы жылға %

source-line = Дереккөз

# «… Қазақстан облысы» атауларының қысқа түрлері: тар экрандағы карта тақталары үшін
# (толық атау оқылымда және кестеде).
region-short-west = БҚО
region-short-north = СҚО
region-short-east = ШҚО
region-short-south = ОҚО
